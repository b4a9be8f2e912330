"""A table model for lists too long to load at once (50,000 incidents).

It holds the ids of the matching records in display order — a cheap query, run in the
background by the page — and fetches the rows themselves a block at a time, only when the
view shows them (the way Anki's browser does). Sorting and searching are done by the query
that produces the ids: ``sort()`` only records the wish and emits ``sort_requested``.

With ``request(ids, deliver)``, blocks the view paints are read in the background: the cells
show "…" until ``deliver(rows)`` (on the UI thread) fills them. ``row_at`` (selection, copy,
exports) still reads a missing block at once with ``fetch``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from secframe.ui.tables.columns import TableSpec
from secframe.ui.tables.model import ID_ROLE, RecordTableModel

R = TypeVar("R")
Fetch = Callable[[list[Any]], Sequence[Any]]
Request = Callable[[list[Any], Callable[[Sequence[Any]], None]], None]
PENDING_TEXT = "…"


class LazyRecordModel(RecordTableModel[R], Generic[R]):
    """Rows known by id, loaded in blocks of ``block`` rows by ``fetch(ids)`` on demand.

    At most ``cache_size`` rows are kept in memory; ``fetch`` runs on the GUI thread, so a
    block must be quick to read (a few milliseconds for 200 rows); ``request`` (optional) reads
    the blocks the view shows in the background instead.
    """

    sort_requested = Signal(str, bool)  # column key, descending

    def __init__(
        self,
        spec: TableSpec[R],
        fetch: Fetch,
        *,
        block: int = 200,
        cache_size: int = 5000,
        parent: Any = None,
        request: Request | None = None,
    ) -> None:
        super().__init__(spec, parent)
        self._fetch = fetch
        self._request = request
        self._requested: set[tuple[int, int]] = set()  # (generation, first row) being read
        self._ids: list[Hashable] = []
        self._cache: OrderedDict[Hashable, R] = OrderedDict()
        self._block = block
        self._cache_size = cache_size
        self.fetches = 0  # how many blocks were read (for tests and benchmarks)

    @property
    def ids(self) -> Sequence[Hashable]:
        """The ids of every matching record, in display order."""
        return self._ids

    @property
    def rows(self) -> Sequence[R]:
        """Every row (reads them all: for exports of the whole list only)."""
        return [self.row_at(i) for i in range(len(self._ids))]

    def set_ids(self, ids: Sequence[Hashable], *, keep_cache: bool = False) -> None:
        """Show these records in this order; cached rows are dropped unless ``keep_cache``."""
        self.beginResetModel()
        self._ids = list(ids)
        if not keep_cache:
            self._cache.clear()
        self.generation += 1
        self.endResetModel()

    def set_rows(
        self,
        rows: Sequence[R],
        search_keys: list[str] | None = None,
        *,
        sorted_by: tuple[int, Qt.SortOrder] | None = None,
    ) -> None:
        """Show these rows (their ids, with the rows already cached)."""
        self.beginResetModel()
        self._ids = [self.spec.row_id(r) for r in rows]
        self._cache = OrderedDict((self.spec.row_id(r), r) for r in rows)
        self.generation += 1
        self.endResetModel()

    def update_row(self, row: R) -> bool:
        """Replace a cached row; False when the record is not in the list."""
        ident = self.spec.row_id(row)
        try:
            i = self._ids.index(ident)
        except ValueError:
            return False
        self._cache[ident] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        return True

    def forget(self) -> None:
        """Drop every cached row (after an edit), refreshing what is shown."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
            )

    def row_at(self, row: int) -> R:
        """The row at a position, fetching its block when it is not in memory."""
        ident = self._ids[row]
        found = self._cache.get(ident)
        if found is None:
            self._load_block(row)
            found = self._cache.get(ident)
            if found is None:  # deleted meanwhile: fetch gave nothing for it
                raise LookupError(ident)
        else:
            self._cache.move_to_end(ident)
        return found

    def row_of(self, ident: Hashable) -> int:
        """The position of a record, or -1."""
        try:
            return self._ids.index(ident)
        except ValueError:
            return -1

    def search_keys(self) -> list[str]:
        """Searching is done by the query producing the ids; every row matches here."""
        return [""] * len(self._ids)

    def _load_block(self, row: int) -> None:
        start = row - row % self._block
        wanted = [i for i in self._ids[start : start + self._block] if i not in self._cache]
        self._keep(self._fetch(wanted))

    def _keep(self, rows: Sequence[R]) -> None:
        for r in rows:
            self._cache[self.spec.row_id(r)] = r
        self.fetches += 1
        while len(self._cache) > max(self._cache_size, self._block):
            self._cache.popitem(last=False)

    def _request_block(self, row: int) -> None:
        """Read the block of ``row`` in the background (once), then repaint it."""
        assert self._request is not None
        start = row - row % self._block
        ticket = (self.generation, start)
        if ticket in self._requested:
            return
        self._requested.add(ticket)
        wanted = [i for i in self._ids[start : start + self._block] if i not in self._cache]

        def deliver(rows: Sequence[R]) -> None:
            self._requested.discard(ticket)
            if ticket[0] != self.generation:
                return  # the list changed meanwhile
            self._keep(rows)
            end = min(start + self._block, len(self._ids)) - 1
            if end >= start:
                self.dataChanged.emit(self.index(start, 0), self.index(end, self.columnCount() - 1))

        self._request(wanted, deliver)

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if self._request is not None and self._ids[index.row()] not in self._cache:
            self._request_block(index.row())
            return PENDING_TEXT if role == Qt.ItemDataRole.DisplayRole else None
        try:
            return super().data(index, role)
        except LookupError:
            return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the page for the ids in another order."""
        if 0 <= column < len(self.spec.columns):
            self._sorted = (column, order)
            key = self.spec.columns[column].key
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    @property
    def sort_order(self) -> tuple[str, bool] | None:
        """The column key and direction last asked for."""
        if self._sorted is None:
            return None
        column, order = self._sorted
        return self.spec.columns[column].key, order == Qt.SortOrder.DescendingOrder
