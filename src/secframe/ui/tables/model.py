"""The table model shared by every list: rows are frozen dataclasses from the services."""

from __future__ import annotations

from collections.abc import Collection, Hashable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPixmap

from secframe.i18n import translate
from secframe.ui.tables.columns import TableSpec

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the value the column sorts by
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the row's id

_chips: dict[str, QIcon] = {}


def colour_chip(colour: str) -> QIcon:
    """A small round colour mark shown before a status word (never instead of it)."""
    icon = _chips.get(colour)
    if icon is None:
        from PySide6.QtGui import QPainter

        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colour))
        painter.setPen(QColor(colour).darker(130))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = _chips[colour] = QIcon(pixmap)
    return icon


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind of record, one column per ``spec`` column.

    ``set_rows`` replaces everything (beginResetModel/endResetModel); ``update_row`` changes one
    row in place (dataChanged); ``put_row`` also inserts a new row where the sort puts it, and
    ``remove_ids`` removes rows (beginInsertRows/beginRemoveRows): what a page needs to show
    one saved or deleted record without reading the whole list again. Sorting is done here, in one Python sort, and keeps persistent
    indexes (and so the selection) on their rows.
    """

    def __init__(self, spec: TableSpec[R], parent: Any = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._rows: list[R] = []
        self._keys: list[str] | None = None
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self.generation = 0  # bumped whenever rows change, for caches built on them

    # --- content ------------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[R]:
        """The rows in their current order."""
        return self._rows

    @property
    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the rows are sorted by (None: as the service gave them)."""
        return self._sorted

    def set_rows(
        self,
        rows: Sequence[R],
        search_keys: list[str] | None = None,
        *,
        sorted_by: tuple[int, Qt.SortOrder] | None = None,
    ) -> None:
        """Replace every row. ``search_keys`` may be built beforehand, off the UI thread, and
        the rows sorted there too (``presort``): ``sorted_by`` says by what."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = list(search_keys) if search_keys is not None else None
        if self._sorted is not None and sorted_by != self._sorted:
            self._sort_rows(*self._sorted)
        self.generation += 1
        self.endResetModel()

    def update_row(self, row: R) -> bool:
        """Replace the row with the same id; False when it is not shown."""
        ident = self.spec.row_id(row)
        for i, old in enumerate(self._rows):
            if self.spec.row_id(old) == ident:
                self._rows[i] = row
                if self._keys is not None:
                    self._keys[i] = self.spec.search_text(row)
                self.generation += 1
                last = self.index(i, self.columnCount() - 1)
                self.dataChanged.emit(self.index(i, 0), last)
                return True
        return False

    def put_row(self, row: R) -> None:
        """Show ``row``: replace the row with its id, or insert it where the sort puts it."""
        if self.update_row(row):
            return
        position = len(self._rows)
        if self._sorted is not None:
            column, order = self._sorted
            col = self.spec.columns[column]
            empty, key = col.sort_key(row)
            descending = order == Qt.SortOrder.DescendingOrder
            for i, other in enumerate(self._rows):
                other_empty, other_key = col.sort_key(other)
                if empty != 0:  # empty values go last
                    break
                if other_empty != 0 or (other_key > key if not descending else other_key < key):
                    position = i
                    break
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        if self._keys is not None:
            self._keys.insert(position, self.spec.search_text(row))
        self.generation += 1
        self.endInsertRows()

    def remove_ids(self, ids: Collection[Hashable]) -> None:
        """Remove the rows with these ids (those shown)."""
        for i in reversed(range(len(self._rows))):
            if self.spec.row_id(self._rows[i]) in ids:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                if self._keys is not None:
                    del self._keys[i]
                self.generation += 1
                self.endRemoveRows()

    def row_at(self, row: int) -> R:
        """The row object at a (source) row number."""
        return self._rows[row]

    def row_of(self, ident: Hashable) -> int:
        """The row number of the record with this id, or -1."""
        for i, r in enumerate(self._rows):
            if self.spec.row_id(r) == ident:
                return i
        return -1

    def set_search_keys(self, keys: list[str], generation: int) -> bool:
        """Install search keys built in the background for the rows of ``generation``
        (ignored if the rows changed or were re-sorted since)."""
        if generation != self.generation or self._keys is not None:
            return False
        self._keys = keys
        return True

    def search_keys(self) -> list[str]:
        """The folded search text of every row, in row order (built on first use)."""
        if self._keys is None:
            self._keys = self.spec.search_keys(self._rows)
        return self._keys

    def column_index(self, key: str) -> int:
        """The column named ``key``."""
        return self.spec.index(key)

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.spec.columns):
            return None
        column = self.spec.columns[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return translate(self.spec.context, column.title)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self._valid(index):
            return None
        row = self.row_at(index.row())
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return self.spec.row_id(row)
        if role == SORT_ROLE:
            return column.sort_key(row)[1]
        return self._decoration(row, column, role)

    def _valid(self, index: Index) -> bool:
        return 0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()

    def _decoration(self, row: R, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column.chip is not None:
            colour = column.chip(row)
            return colour_chip(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip(row) if column.tooltip is not None else None
            return tip or column.display(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column; empty values always come last."""
        if not 0 <= column < len(self.spec.columns):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        tracked = [(p, self.spec.row_id(self._rows[p.row()])) for p in persistent if p.isValid()]
        self._sort_rows(column, order)
        positions = {self.spec.row_id(r): i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            [p for p, _ in tracked],
            [self.index(positions[ident], p.column()) for p, ident in tracked],
        )
        self.generation += 1
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sorted = (column, order)
        keys = self.search_keys() if self._keys is not None else None
        self._rows, sorted_keys = presort(self.spec, self._rows, keys, (column, order))
        if keys is not None:
            self._keys = sorted_keys


def presort(
    spec: TableSpec[R],
    rows: Sequence[R],
    keys: Sequence[str] | None,
    sort: tuple[int, Qt.SortOrder] | None,
) -> tuple[list[R], list[str] | None]:
    """Rows (and their search keys) in a column's order, empty values last.

    Plain Python: a page sorts in its loading job, then ``set_rows(..., sorted_by=sort)``.
    """
    if sort is None:
        return list(rows), list(keys) if keys is not None else None
    column, order = sort
    col = spec.columns[column]
    decorated = [(col.sort_key(r), i) for i, r in enumerate(rows)]
    filled = [d for d in decorated if d[0][0] == 0]
    empty = [d for d in decorated if d[0][0] != 0]
    filled.sort(key=lambda d: d[0][1], reverse=order == Qt.SortOrder.DescendingOrder)
    ordering = [i for _, i in filled] + [i for _, i in empty]
    return [rows[i] for i in ordering], [keys[i] for i in ordering] if keys is not None else None
