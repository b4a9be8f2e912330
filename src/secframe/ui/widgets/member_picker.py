"""Choosing a member by typing part of its name, as places are chosen (``PlacePicker``).

Typing « fama », « gendarmerie » or « cma » suggests, under the field, every member whose short
name, full name or category holds the words typed, accents and case ignored (the lists' own
``fold``); each suggestion shows the short name, the full name and the category. Arrows move,
Enter or one click chooses, Esc closes; ▾ (or ↓, Alt+↓, F4 in the field) lists every member.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from secframe.models import MemberRole, MembershipStatus
from secframe.services.matching import fold
from secframe.services.members import MemberInfo
from secframe.ui.widgets.pickers import COMPLETION_ROLE, FOLDED_ROLE, KEY_ROLE, FoldedFilter


def member_entry(member: MemberInfo, *, funder: bool = False) -> QStandardItem:
    """One suggestion: « FAMa — Forces armées maliennes · Forces de défense et de sécurité »
    (« · PTF » for a funder offered first, « · Retiré » for a member who left)."""
    parts = [member.label]
    if fold(member.name) != fold(member.label):
        parts.append(f"— {member.name}")
    details = [member.category.label()]
    if funder:
        details.append(MemberRole.FUNDER.label())
    if member.status != MembershipStatus.ACTIVE:
        details.append(member.status.label())
    text = " ".join(parts) + " · " + " · ".join(details)
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(text)
    item.setData(member.label, COMPLETION_ROLE)
    item.setData(member.id, KEY_ROLE)
    item.setData(fold(f"{member.label} {member.name} {' '.join(details)}"), FOLDED_ROLE)
    return item


class MemberList(QStandardItemModel):
    """The members pickers offer, in order (built once and shared by the pickers of a
    table's rows: an attendance of every member does not build a list per row)."""

    def __init__(
        self,
        members: Sequence[MemberInfo],
        *,
        first: Collection[int] = (),
        exclude: Collection[int | None] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        offered = [m for m in members if m.id not in exclude]
        offered.sort(key=lambda m: (m.id not in first, fold(m.label)))
        self.labels = {m.id: m.label for m in offered}
        self.shown: dict[int, str] = {}  # id -> the entry's whole text
        self.names: dict[str, list[int]] = {}  # folded short or full name -> ids
        for m in offered:
            item = member_entry(m, funder=m.id in first)
            self.appendRow(item)
            self.shown[m.id] = item.text()
            for name in {fold(m.label), fold(m.name)}:
                self.names.setdefault(name, []).append(m.id)


class MemberPicker(QWidget):
    """A member typed with accent-free suggestions, or chosen in the ▾ list.

    ``value()`` is the member's id (None when empty). With ``free_text`` a name that is no
    member may be typed (a resource line's funder): ``text()`` is then what was typed.
    """

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, placeholder: str = "", free_text: bool = False
    ) -> None:
        super().__init__(parent)
        self.free_text = free_text
        self._labels: dict[int, str] = {}
        self.members = MemberList((), parent=self)
        self._key: int | None = None
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(placeholder or self.tr("Type a member or choose it"))
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._resolve)
        self.edit.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Choose in the list of members"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_list)
        self.entries = FoldedFilter(self)  # over ``members`` once typing starts
        self.completer = QCompleter(self.entries, self.edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(COMPLETION_ROLE)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._completed)  # type: ignore[index]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)

    @property
    def popup(self) -> QAbstractItemView:
        """The list of suggestions under the field (Qt may make a new one: asked each time)."""
        popup = self.completer.popup()
        assert popup is not None  # a completer always has its list
        return popup

    # --- what is offered ---------------------------------------------------------------------

    def set_members(
        self,
        members: Sequence[MemberInfo],
        *,
        first: Collection[int] = (),
        exclude: Collection[int | None] = (),
    ) -> None:
        """Offer these members by name, those in ``first`` (the funders, for a resource line)
        before the others; keep the chosen one when it is still offered."""
        self.set_list(MemberList(members, first=first, exclude=exclude, parent=self))

    def set_list(self, members: MemberList) -> None:
        """Offer a list of members (possibly shared with other pickers)."""
        previous, self.members = self.members, members
        if self.entries.sourceModel() is previous:  # suggesting already: from the new list
            self.entries.setSourceModel(members)
        if previous.parent() is self and previous is not members:
            previous.deleteLater()  # the list page offers them again after every change
        self._labels = members.labels
        if self._key is not None and self._key not in self._labels:
            self._show(None)
        elif self._key is not None:
            self._show(self._key)

    # --- value -------------------------------------------------------------------------------

    def value(self) -> int | None:
        """The chosen member's id (None when none, or when the field no longer shows it)."""
        if self._key is not None and self.text() != self.label():
            return None
        return self._key

    def set_value(self, member_id: int | None) -> None:
        """Show a member (None: empty)."""
        self._show(member_id if member_id in self._labels else None)

    def set_text(self, text: str) -> None:
        """Show a typed name that is no member (``free_text`` pickers)."""
        self._key = None
        self.edit.setText(text)

    def text(self) -> str:
        """The text in the field (the member's name, or a name typed in)."""
        return self.edit.text().strip()

    def label(self) -> str:
        """The chosen member's name ('' when none)."""
        return self._labels.get(self._key, "") if self._key is not None else ""

    def problem(self) -> str | None:
        """Why the typed text names no member, or None."""
        text = self.text()
        if self.free_text or not text or (self._key is not None and text == self.label()):
            return None
        return self.tr("Choose a member from the list.")

    # --- choosing ----------------------------------------------------------------------------

    def open_list(self) -> None:
        """List every member under the field."""
        self.edit.setFocus()
        self._suggest("", everyone=True)

    def _suggest(self, text: str, *, everyone: bool = False) -> None:
        if self.edit.isReadOnly():  # a read-only editor shows the member, offers no other
            return
        if self.entries.sourceModel() is not self.members:
            self.entries.setSourceModel(self.members)
        self.entries.set_text(text)
        popup = self.popup
        if (everyone or text.strip()) and self.entries.rowCount():
            widest = popup.sizeHintForColumn(0) + 32  # each entry whole, within reason
            popup.setMinimumWidth(max(self.edit.width() + self.button.width(), min(widest, 760)))
            self.completer.complete()
            if not everyone or self._key is None:
                popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
            else:  # the list opens on the member chosen
                for row in range(self.entries.rowCount()):
                    if self.entries.index(row, 0).data(KEY_ROLE) == self._key:
                        popup.setCurrentIndex(self.completer.completionModel().index(row, 0))
        else:
            popup.hide()

    def _edited(self, text: str) -> None:
        if not text:
            self._show(None)
        elif self._key is not None and text != self.label():
            self._key = None  # typing over a member unchooses it until one is chosen
            self.changed.emit()
        self._suggest(text)

    def _completed(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key is not None:
            self._show(int(key))

    def _resolve(self) -> None:
        """A name typed whole (short or full, accents and case ignored) chooses its member."""
        if self.popup.isVisible():
            return
        text = fold(self.text())
        if not text or (self._key is not None and self.text() == self.label()):
            return
        exact = self.members.names.get(text, [])
        if len(exact) == 1:
            self._show(exact[0])

    def _show(self, key: int | None) -> None:
        changed = key != self._key
        self._key = key
        self.edit.setText(self._labels.get(key, "") if key is not None else "")
        self.edit.setCursorPosition(0)
        shown = self.members.shown.get(key, "") if key is not None else ""
        self.edit.setToolTip(shown)  # else the picker's own tooltip shows
        if changed:
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓, Alt+↓ or F4 in the field list every member (as a combo box does)."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            opens = event.key() == Qt.Key.Key_F4 or (
                event.key() == Qt.Key.Key_Down and not self.popup.isVisible()
            )
            if opens:
                self._suggest(self.edit.text() if self._key is None else "", everyone=True)
                return True
        return super().eventFilter(watched, event)


def picker_value(widget: Any) -> int | None:
    """The member chosen in a cell widget (None when it is no ``MemberPicker``)."""
    return widget.value() if isinstance(widget, MemberPicker) else None


def suggest_names(edit: QLineEdit, names: Sequence[str]) -> QCompleter:
    """Suggest these names (the members') under a free-text field as it is typed, with the
    lists' search: every word, accents and case ignored (« gendarmerie », « fama »); one click
    or Enter puts the name in the field, which stays free text."""
    model = QStandardItemModel(edit)
    for name in names:
        item = QStandardItem(name)
        item.setEditable(False)
        item.setData(name, COMPLETION_ROLE)
        item.setData(fold(name), FOLDED_ROLE)
        model.appendRow(item)
    entries = FoldedFilter(edit)
    entries.setSourceModel(model)
    completer = QCompleter(entries, edit)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCompletionRole(COMPLETION_ROLE)
    completer.setWidget(edit)

    def typed(text: str) -> None:
        entries.set_text(text)
        popup = completer.popup()
        if text.strip() and entries.rowCount():
            completer.complete()
        elif popup is not None:
            popup.hide()

    def chosen(index: QModelIndex) -> None:
        edit.setText(str(index.data(COMPLETION_ROLE) or ""))

    edit.textEdited.connect(typed)
    completer.activated[QModelIndex].connect(chosen)  # type: ignore[index]
    return completer
