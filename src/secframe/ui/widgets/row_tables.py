"""Tables of rows the user adds and removes inside an editor (representatives, partners)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from secframe.ui.widgets.cut_cells import tips_on_cut_cells


def rows_table(headers: Sequence[str], parent: QWidget) -> QTableWidget:
    """An editable table under these column titles: whole rows selected, the last column
    stretching, cut cells shown whole in their tooltip."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    tips_on_cut_cells(table)
    return table


def beside_buttons(owner: QWidget, table: QTableWidget, *buttons: QPushButton) -> None:
    """Lay out ``owner``: the table, with its buttons stacked on its right."""
    column = QVBoxLayout()
    for button in buttons:
        column.addWidget(button)
    column.addStretch(1)
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table, 1)
    layout.addLayout(column)


def rows_to_remove(table: QTableWidget) -> list[int]:
    """The rows a Remove button takes away: those selected, else the current one; last first
    (so that removing them one by one keeps the others' numbers)."""
    rows = {i.row() for i in table.selectedIndexes()} or {table.currentRow()}
    return sorted((r for r in rows if r >= 0), reverse=True)
