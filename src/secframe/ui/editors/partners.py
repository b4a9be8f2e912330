"""The partner members of a commitment, each with its role."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from secframe.services.commitments import PartnerInput
from secframe.ui.widgets.pickers import ValueCombo
from secframe.ui.widgets.row_tables import beside_buttons, rows_table, rows_to_remove


class PartnersTable(QWidget):
    """Rows of (member, role); a member appears once (the service says so if not)."""

    changed = Signal()

    def __init__(self, members: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members = members
        self.table = rows_table([self.tr("Member"), self.tr("Role")], self)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 220)
        self.table.setMinimumHeight(self.fontMetrics().height() * 5 + 16)
        self.table.setMaximumHeight(self.fontMetrics().height() * 8 + 16)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        add = QPushButton(self.tr("Add a partner"), self)
        remove = QPushButton(self.tr("Remove"), self)
        add.clicked.connect(lambda: self.add_partner(None, ""))
        remove.clicked.connect(self.remove_selected)
        beside_buttons(self, self.table, add, remove)

    def add_partner(self, member_id: int | None, role: str | None) -> None:
        """Append a row."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = ValueCombo(empty="—")
        combo.set_choices(self.members)
        combo.set_value(member_id)
        combo.changed.connect(self.changed)
        self.table.setCellWidget(row, 0, combo)
        self.table.setItem(row, 1, QTableWidgetItem(role or ""))
        self.changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        for row in rows_to_remove(self.table):
            self.table.removeRow(row)
        self.changed.emit()

    def value(self) -> tuple[PartnerInput, ...]:
        """The partners entered (rows without a member are ignored)."""
        result = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            member_id = combo.value() if isinstance(combo, ValueCombo) else None
            item = self.table.item(row, 1)
            role = item.text().strip() if item is not None else ""
            if member_id is not None:
                result.append(PartnerInput(member_id, role or None))
        return tuple(result)

    def set_value(self, partners: tuple[PartnerInput, ...] | list[PartnerInput]) -> None:
        """Show these partners."""
        self.table.setRowCount(0)
        for p in partners:
            self.add_partner(p.member_id, p.role)
