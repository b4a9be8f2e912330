"""The table view every list uses: remembered columns, column chooser, open and context menu."""

from __future__ import annotations

from collections.abc import Collection, Hashable
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from secframe.ui.tables.columns import TableSpec
from secframe.ui.tables.model import ID_ROLE, ROW_ROLE


class RecordTableView(QTableView):
    """A list of records: sort by any column, choose columns, multi-select, open with Enter.

    Widths, order, hidden columns and sort order are saved in ``settings`` under
    ``tables/<spec.name>/…`` whenever they change. ``open_requested(rows)`` is emitted on
    double-click or Enter; ``context_requested(global_pos, rows)`` on right-click, for the
    page to build its menu.
    """

    open_requested = Signal(list)
    context_requested = Signal(QPoint, list)
    rows_selected = Signal(list)

    def __init__(
        self, spec: TableSpec[Any], settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.settings = settings
        self.setObjectName(f"table_{spec.name}")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_layout)
        self.doubleClicked.connect(lambda index: self._open([index.data(ROW_ROLE)]))

    # --- model and layout ---------------------------------------------------------------------

    def setModel(self, model: Any) -> None:
        """Show a model (normally a ``RecordFilterProxy``) and restore the saved layout."""
        super().setModel(model)
        self.restore_layout()
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        header = self.horizontalHeader()
        for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
            signal.connect(self._save_timer.start)

    def _key(self, part: str) -> str:
        return f"tables/{self.spec.name}/{part}"

    def restore_layout(self) -> None:
        """Saved widths, order, hidden columns and sort, or the spec's defaults."""
        header = self.horizontalHeader()
        keys = [c.key for c in self.spec.columns]
        restored = False
        if self.settings is not None and self.settings.value(self._key("columns")) == keys:
            state = self.settings.value(self._key("header"))
            restored = state is not None and header.restoreState(state)
        if not restored:
            self.reset_layout()
        self.setSortingEnabled(True)

    def reset_layout(self) -> None:
        """The spec's default widths, order, visible columns and sort."""
        header = self.horizontalHeader()
        for i, column in enumerate(self.spec.columns):
            header.moveSection(header.visualIndex(i), i)
            header.setSectionHidden(i, column.hidden)
            header.resizeSection(i, self.default_width(i))
        if self.spec.default_sort is not None:
            order = (
                Qt.SortOrder.DescendingOrder
                if self.spec.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(self.spec.index(self.spec.default_sort), order)
        else:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def default_width(self, index: int) -> int:
        """A column's default width: its ``width`` in digits, plus room for a colour mark."""
        column = self.spec.columns[index]
        extra = 20 if column.chip is not None else 0
        return self.fontMetrics().horizontalAdvance("0" * column.width) + 14 + extra

    def save_layout(self) -> None:
        """Remember widths, order, hidden columns and sort order."""
        if self.settings is None:
            return
        self.settings.setValue(self._key("columns"), [c.key for c in self.spec.columns])
        self.settings.setValue(self._key("header"), self.horizontalHeader().saveState())

    # --- column chooser -----------------------------------------------------------------------

    def column_menu(self, parent: QWidget | None = None) -> QMenu:
        """A menu with one checkable entry per column, and one to restore the defaults."""
        menu = QMenu(self.tr("Columns"), parent or self)
        header = self.horizontalHeader()
        model = self.model()
        for i in range(len(self.spec.columns)):
            title = model.headerData(i, Qt.Orientation.Horizontal) if model is not None else ""
            action = QAction(str(title), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: self.show_column(i, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Restore default columns"))
        reset.triggered.connect(self._reset_and_save)
        return menu

    def show_column(self, index: int, visible: bool) -> None:
        """Show or hide a column (the last visible column stays)."""
        header = self.horizontalHeader()
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        if not visible and shown == [index]:
            return
        header.setSectionHidden(index, not visible)
        if visible and header.sectionSize(index) < 30:
            header.resizeSection(index, self.default_width(index))
        self.save_layout()

    def _reset_and_save(self) -> None:
        self.reset_layout()
        self.sortByColumn(
            self.horizontalHeader().sortIndicatorSection(),
            self.horizontalHeader().sortIndicatorOrder(),
        )
        self.save_layout()

    def _header_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.horizontalHeader().mapToGlobal(pos))

    # --- selection and opening ----------------------------------------------------------------

    def selected_rows(self) -> list[Any]:
        """The selected row objects, top to bottom."""
        selection = self.selectionModel()
        if selection is None:
            return []
        rows = sorted(selection.selectedRows(), key=lambda i: i.row())
        return [i.data(ROW_ROLE) for i in rows]

    def current_row(self) -> Any:
        """The row object under the cursor (None if none)."""
        index = self.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_ids(self, ids: Collection[Hashable], *, scroll: bool = True) -> None:
        """Select the rows of these records (those that are shown)."""
        model = self.model()
        selection = QItemSelection()
        first = None
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(ID_ROLE) in ids:
                selection.select(index, model.index(row, model.columnCount() - 1))
                first = first or index
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags | QItemSelectionModel.SelectionFlag.Rows)
        if first is not None:
            self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            if scroll:
                self.scrollTo(first)

    def _selection_changed(self, *_: Any) -> None:
        self.rows_selected.emit(self.selected_rows())

    def _open(self, rows: list[Any]) -> None:
        rows = [r for r in rows if r is not None]
        if rows:
            self.open_requested.emit(rows)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._open(self.selected_rows() or [self.current_row()])
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(), index.parent()):
            self.selectRow(index.row())
        self.context_requested.emit(event.globalPos(), self.selected_rows())
