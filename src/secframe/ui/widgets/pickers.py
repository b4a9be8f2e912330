"""Choosing from lists: vocabulary values, members, axes, and places in their hierarchy."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
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
    """A choice among the members of a vocabulary (translated labels, declaration order)."""

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
        self.set_choices((m, m.label()) for m in enum if m not in skip)

    def value(self) -> Any:
        """The chosen member (Qt keeps only its code: it is turned back into the member)."""
        code = super().value()
        return self._enum(code) if code is not None else None


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


class PlacePicker(QWidget):
    """A place (or, with ``axes``, an axis) typed with completion or chosen in a tree.

    ``value()`` is a locality id, or with ``axes`` a ("locality" | "axis", id) pair.
    """

    changed = Signal()

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
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._build_popup()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)

    def _build_popup(self) -> None:
        menu = QMenu(self.button)
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
        action = QWidgetAction(menu)
        action.setDefaultWidget(box)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.search.textChanged.connect(self._search)
        self.tree.activated.connect(self._chosen)
        self.tree.doubleClicked.connect(self._chosen)
        menu.aboutToShow.connect(self.search.setFocus)

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
        ordered = sorted(self._labels, key=lambda k: (k not in inside, fold(self._labels[k])))
        completer = QCompleter([self._labels[k] for k in ordered], self.edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda _text: self._resolve())
        self.edit.setCompleter(completer)
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
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
