"""Choosing from lists: vocabulary values, members, axes, and places in their hierarchy."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from secframe.models.enums import LabelledEnum
from secframe.services.matching import fold
from secframe.services.places import AxisInfo, LocalityInfo

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # ("locality" | "axis", id)
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 4  # the text a chosen suggestion puts in the field


class ValueCombo(QComboBox):
    """A combo box of (value, label) pairs, optionally with an empty choice first."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, empty: str | None = None) -> None:
        super().__init__(parent)
        self._empty = empty
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)

    def set_choices(self, choices: Iterable[tuple[Any, str]], tooltips: Sequence[str] = ()) -> None:
        """Replace the choices, keeping the current value when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._empty is not None:
            self.addItem(self._empty, None)
        for i, (value, label) in enumerate(choices):
            self.addItem(label, value)
            if i < len(tooltips) and tooltips[i]:
                self.setItemData(self.count() - 1, tooltips[i], Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        """The chosen value (None for the empty choice)."""
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        """Choose a value (the empty choice, or the first, when it is not offered)."""
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(0 if self.count() else -1)


class EnumCombo(ValueCombo):
    """A choice among the members of a vocabulary (translated labels, declaration order); each
    choice, and the box itself, shows the member's one-line definition as its tooltip."""

    def __init__(
        self,
        enum: type[LabelledEnum],
        parent: QWidget | None = None,
        *,
        empty: str | None = None,
        exclude: Iterable[LabelledEnum] = (),
    ) -> None:
        super().__init__(parent, empty=empty)
        self._enum = enum
        skip = set(exclude)
        self.offer(m for m in enum if m not in skip)
        self.changed.connect(self._show_definition)
        self._show_definition()

    def offer(self, members: Iterable[LabelledEnum]) -> None:
        """Offer only ``members`` (in their declaration order), keeping the current one when it
        is still offered."""
        chosen = set(members)
        offered = [m for m in self._enum if m in chosen]
        self.set_choices(((m, m.label()) for m in offered), [m.definition() for m in offered])
        self._show_definition()

    def offered(self) -> list[Any]:
        """The members offered, in order."""
        codes = [self.itemData(i) for i in range(self.count())]
        return [self._enum(code) for code in codes if code is not None]

    def value(self) -> Any:
        """The chosen member (Qt keeps only its code: it is turned back into the member)."""
        code = super().value()
        return self._enum(code) if code is not None else None

    def _show_definition(self) -> None:
        member = self.value()
        self.setToolTip(member.definition() if member is not None else "")


class PlaceTree(QStandardItemModel):
    """Places as a tree (region › cercle › commune › locality), axes under their own node;
    the regions in ``first`` (the framework's) come before the others."""

    def __init__(
        self,
        places: Sequence[LocalityInfo],
        axes: Sequence[AxisInfo] = (),
        axes_title: str = "",
        first: Collection[int] = (),
    ) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        items: dict[int, QStandardItem] = {}
        for place in sorted(places, key=lambda p: len(p.ancestor_ids)):
            item = QStandardItem(place.name)
            item.setEditable(False)
            item.setData(("locality", place.id), KEY_ROLE)
            item.setData(fold(place.label), FOLDED_ROLE)
            item.setToolTip(f"{place.label} ({place.level.label()})")
            item.setData(("0" if place.id in first else "1") + fold(place.name), SORT_ROLE)
            items[place.id] = item
            parent = items.get(place.parent_id) if place.parent_id is not None else None
            (parent or self.invisibleRootItem()).appendRow(item)
        if axes:
            node = QStandardItem(axes_title)
            node.setEditable(False)
            node.setSelectable(False)
            node.setData(fold(axes_title), FOLDED_ROLE)
            node.setData("1" + fold(axes_title), SORT_ROLE)
            for axis in axes:
                item = QStandardItem(axis.name)
                item.setEditable(False)
                item.setData(("axis", axis.id), KEY_ROLE)
                item.setData(fold(axis.name + " " + " ".join(axis.locality_names)), FOLDED_ROLE)
                item.setToolTip(" – ".join(axis.locality_names))
                item.setData(fold(axis.name), SORT_ROLE)
                node.appendRow(item)
            self.invisibleRootItem().appendRow(node)
        self.sort(0)


class _TreeFilter(QSortFilterProxyModel):
    """Keeps places whose full label holds every typed word (accents and case ignored)."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_text(self, text: str) -> None:
        self.words = fold(text).split()
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.words:
            return True
        folded = self.sourceModel().index(row, 0, parent).data(FOLDED_ROLE) or ""
        return all(w in folded for w in self.words)


class FoldedFilter(QSortFilterProxyModel):
    """Keeps completion entries holding every typed word (accents and case ignored)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.words = fold(text).split()
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.words:
            return True
        folded = self.sourceModel().index(row, 0, parent).data(FOLDED_ROLE) or ""
        return all(w in folded for w in self.words)


def place_entries(
    places: Sequence[LocalityInfo], axes: Sequence[AxisInfo], axis_word: str
) -> QStandardItemModel:
    """One completion entry per place, showing its full path and its level
    (« Tombouctou › Diré › Diré — Commune »), and per axis."""
    model = QStandardItemModel()
    for place in places:
        item = QStandardItem(f"{place.label} — {place.level.label()}")
        item.setData(place.label, COMPLETION_ROLE)
        item.setData(("locality", place.id), KEY_ROLE)
        item.setData(fold(f"{place.label} {place.level.label()}"), FOLDED_ROLE)
        model.appendRow(item)
    for axis in axes:
        stops = " – ".join(axis.locality_names)
        item = QStandardItem(f"{axis.name} — {axis_word}" + (f" ({stops})" if stops else ""))
        item.setData(axis.name, COMPLETION_ROLE)
        item.setData(("axis", axis.id), KEY_ROLE)
        item.setData(fold(f"{axis.name} {stops} {axis_word}"), FOLDED_ROLE)
        model.appendRow(item)
    return model


class PlacePicker(QWidget):
    """A place (or, with ``axes``, an axis) typed with completion or chosen in a tree.

    Typing suggests every place whose full path holds the words typed, accents and case
    ignored (« dire » suggests the cercle and the commune of Diré, each with its level); the
    ▾ list opens under the field, one click chooses. « New place… » (and « New axis… ») ask
    the window to create one: ``new_place_requested`` / ``new_axis_requested``.

    ``value()`` is a locality id, or with ``axes`` a ("locality" | "axis", id) pair.
    """

    changed = Signal()
    new_place_requested = Signal()
    new_axis_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, axes: bool = False) -> None:
        super().__init__(parent)
        self._with_axes = axes
        self._labels: dict[tuple[str, int], str] = {}
        self._key: tuple[str, int] | None = None
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Type a place or choose it in the list"))
        self.edit.editingFinished.connect(self._resolve)
        self.edit.textEdited.connect(self._edited)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Choose in the list of places"))
        self.button.clicked.connect(self.open_list)
        self._build_popup()
        self._build_completer()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)

    def _build_completer(self) -> None:
        self.entries = FoldedFilter(self)
        self.entries.setSourceModel(QStandardItemModel(self))
        self.completer = QCompleter(self.entries, self.edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(COMPLETION_ROLE)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._completed)  # type: ignore[index]

    def _suggest(self, text: str) -> None:
        """Show the places holding every word typed, under the field."""
        self.entries.set_text(text)
        popup = self.completer.popup()
        if text.strip() and self.entries.rowCount():
            if popup is not None:
                popup.setMinimumWidth(max(self.edit.width(), 420))
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def _completed(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key is not None:
            self._show((str(key[0]), int(key[1])))

    def open_list(self) -> None:
        """Open the list of places under the field, the cursor in its search box."""
        menu = self.button.menu() or self._menu
        menu.popup(self.edit.mapToGlobal(QPoint(0, self.edit.height())))

    def _build_popup(self) -> None:
        menu = QMenu(self.button)
        self._menu = menu
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit(box)
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeView(box)
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumSize(380, 320)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filter = _TreeFilter()
        self.tree.setModel(self.filter)
        column.addWidget(self.search)
        column.addWidget(self.tree)
        buttons = QHBoxLayout()
        self.new_place_button = QPushButton(self.tr("New place…"), box)
        self.new_place_button.clicked.connect(lambda: self._ask(self.new_place_requested))
        buttons.addWidget(self.new_place_button)
        self.new_axis_button = QPushButton(self.tr("New axis…"), box)
        self.new_axis_button.clicked.connect(lambda: self._ask(self.new_axis_requested))
        buttons.addWidget(self.new_axis_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.new_place_button.hide()  # shown once someone listens (the editors do)
        self.new_axis_button.hide()
        action = QWidgetAction(menu)
        action.setDefaultWidget(box)
        menu.addAction(action)
        self.search.textChanged.connect(self._search)
        self.tree.activated.connect(self._chosen)
        self.tree.clicked.connect(self._chosen)  # one click chooses
        menu.aboutToShow.connect(self.search.setFocus)

    def offer_new(self, *, place: bool = True, axis: bool = False) -> None:
        """Show « New place… » (and « New axis… ») in the list."""
        self.new_place_button.setVisible(place)
        self.new_axis_button.setVisible(axis)

    def _ask(self, signal: Any) -> None:
        self._menu.hide()
        signal.emit()

    def set_places(
        self,
        places: Sequence[LocalityInfo],
        axes: Sequence[AxisInfo] = (),
        *,
        first: Collection[int] = (),
    ) -> None:
        """Offer these places (and axes, for an ``axes`` picker); the places of the regions in
        ``first`` (the framework's) are listed before the others."""
        offered_axes = axes if self._with_axes else ()
        self._labels = {("locality", p.id): p.label for p in places}
        self._labels.update({("axis", a.id): a.name for a in offered_axes})
        tree = PlaceTree(places, offered_axes, self.tr("Axes"), first)
        self.filter.setSourceModel(tree)
        self._tree = tree
        inside = {
            ("locality", p.id) for p in places if p.ancestor_ids and p.ancestor_ids[0] in first
        }
        ordered = sorted(places, key=lambda p: (("locality", p.id) not in inside, fold(p.label)))
        self.entries.setSourceModel(place_entries(ordered, offered_axes, self.tr("axis")))
        self._show(self._key if self._key in self._labels else None)

    def value(self) -> Any:
        """The locality id, or (with axes) the ("locality" | "axis", id) pair; None if empty."""
        if self._key is None:
            return None
        return self._key if self._with_axes else self._key[1]

    def set_value(self, value: Any) -> None:
        """Show a place (a locality id, or a pair for an axes picker)."""
        if value is None:
            key = None
        elif isinstance(value, tuple):
            key = (str(value[0]), int(value[1]))
        else:
            key = ("locality", int(value))
        self._show(key)

    def label(self) -> str:
        """The full label of the chosen place ('' when none)."""
        return self._labels.get(self._key, "") if self._key else ""

    def problem(self) -> str | None:
        """Why the typed text names no known place, or None."""
        text = self.edit.text().strip()
        if text and (self._key is None or text != self.label()):
            return self.tr("Choose a place from the list.")
        return None

    def _show(self, key: tuple[str, int] | None) -> None:
        changed = key != self._key
        self._key = key
        self.edit.setText(self._labels.get(key, "") if key else "")
        if changed:
            self.changed.emit()

    def _edited(self, text: str) -> None:
        if not text:
            self._show(None)
        self._suggest(text)

    def _resolve(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self._show(None)
            return
        key = fold(text)
        exact = [k for k, label in self._labels.items() if fold(label) == key]
        if not exact:
            exact = [k for k, label in self._labels.items() if fold(label.split(" › ")[-1]) == key]
        if len(exact) == 1:
            self._show(exact[0])

    def _search(self, text: str) -> None:
        self.filter.set_text(text)
        if text:
            self.tree.expandAll()

    def _chosen(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key is None:
            return
        self._show((str(key[0]), int(key[1])))
        self._menu.hide()
