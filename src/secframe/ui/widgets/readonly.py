"""Small read-only tables for logs and histories shown inside editors."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from secframe.ui.tables.model import colour_chip
from secframe.ui.widgets.cut_cells import tips_on_cut_cells


def log_table(headers: Sequence[str], parent: QWidget | None = None) -> QTableWidget:
    """A read-only table with these column titles (the last one stretches; a cut cell shows
    its whole text as tooltip)."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tips_on_cut_cells(table)
    return table


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    chips: Sequence[dict[int, str]] = (),
) -> None:
    """Replace the table's rows; ``chips[row][column]`` puts a colour mark before a cell."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            colour = chips[r].get(c) if r < len(chips) else None
            if colour:
                item.setIcon(colour_chip(colour))
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    for c in range(table.columnCount() - 1):
        table.setColumnWidth(c, min(table.columnWidth(c) + 8, 260))
    table.resizeRowsToContents()


def cell_texts(table: QTableWidget) -> list[list[str]]:
    """Every cell's text, row by row (for tests and copying)."""
    rows = []
    for r in range(table.rowCount()):
        items = [table.item(r, c) for c in range(table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows


def log_title(title: str, rows: int) -> str:
    """A log's title, saying « none » when it has no line (an empty table says nothing)."""
    if rows:
        return title
    return QCoreApplication.translate("LogTable", "{title} — none").format(title=title)
