"""The one sort/filter proxy every list uses: a search box and named filters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal

from secframe.services.matching import fold
from secframe.ui.tables.model import RecordTableModel

Predicate = Callable[[Any], bool]


class RecordFilterProxy(QSortFilterProxyModel):
    """Filters rows of a ``RecordTableModel`` by search words and predicates.

    The search matches every word, ignoring case and accents, anywhere in the row's search
    text (see ``TableSpec.search_text``). Predicates are named so that each filter widget
    replaces its own (``set_predicate("status", ...)``, ``None`` removes it). ``sort()`` is
    forwarded to the source model, which sorts faster than a proxy calling back into Python
    for every comparison. ``filter_changed`` is emitted after every change of the filter.
    """

    filter_changed = Signal()

    def __init__(self, source: RecordTableModel[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._predicates: dict[str, Predicate] = {}
        self.setSourceModel(source)
        source.modelReset.connect(self.filter_changed)

    @property
    def records(self) -> RecordTableModel[Any]:
        """The source model."""
        source = self.sourceModel()
        assert isinstance(source, RecordTableModel)
        return source

    # --- filters ------------------------------------------------------------------------------

    @property
    def search(self) -> str:
        """The current search words, folded."""
        return " ".join(self._words)

    def set_search(self, text: str) -> None:
        """Show only rows containing every word of ``text`` (case and accents ignored)."""
        words = fold(text).split()
        if words != self._words:
            self._change_filter(lambda: setattr(self, "_words", words))

    def set_predicate(self, name: str, predicate: Predicate | None) -> None:
        """Add, replace or (with None) remove a named filter on row objects."""
        if predicate is None and name not in self._predicates:
            return

        def apply() -> None:
            if predicate is None:
                self._predicates.pop(name, None)
            else:
                self._predicates[name] = predicate

        self._change_filter(apply)

    def set_predicates(self, predicates: dict[str, Predicate | None]) -> None:
        """Change several named filters at once (one re-filtering)."""

        def apply() -> None:
            for name, predicate in predicates.items():
                if predicate is None:
                    self._predicates.pop(name, None)
                else:
                    self._predicates[name] = predicate

        self._change_filter(apply)

    @property
    def filtering(self) -> bool:
        """Whether any search word or predicate is active."""
        return bool(self._words or self._predicates)

    def _change_filter(self, apply: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange") and hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt < 6.10
            apply()
            self.invalidateFilter()
        self.filter_changed.emit()

    def filterAcceptsRow(
        self, source_row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words and not self._predicates:
            return True
        source = self.records
        if self._words:
            key = source.search_keys()[source_row]
            if not all(w in key for w in self._words):
                return False
        if self._predicates:
            row = source.row_at(source_row)
            return all(p(row) for p in self._predicates.values())
        return True

    # --- rows ---------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.records.sort(column, order)

    def row_at(self, proxy_row: int) -> Any:
        """The row object shown at a proxy row."""
        return self.records.row_at(self.mapToSource(self.index(proxy_row, 0)).row())

    def visible_rows(self) -> Sequence[Any]:
        """Every row object that passes the filters, in display order."""
        return [self.row_at(i) for i in range(self.rowCount())]

    def proxy_row_of(self, ident: Any) -> int:
        """The proxy row showing the record with this id, or -1 (hidden or absent)."""
        source_row = self.records.row_of(ident)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.records.index(source_row, 0)).row()
