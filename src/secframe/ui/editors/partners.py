"""The partner members of a commitment, each with its role."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from secframe.services.commitments import PartnerInput
from secframe.services.members import MemberInfo
from secframe.ui.widgets.member_picker import MemberList, MemberPicker, picker_value
from secframe.ui.widgets.row_tables import beside_buttons, rows_table, rows_to_remove


class PartnersTable(QWidget):
    """Rows of (member, role); a member appears once (the service says so if not)."""

    changed = Signal()

    def __init__(self, members: Sequence[MemberInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members = MemberList(members, parent=self)  # shared by every row
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
        """Append a row (a new empty row takes the keyboard: type the partner's name)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        picker = MemberPicker(placeholder=self.tr("Type a member"))
        picker.set_list(self.members)
        picker.set_value(member_id)
        picker.changed.connect(self.changed)
        self.table.setCellWidget(row, 0, picker)
        self.table.setItem(row, 1, QTableWidgetItem(role or ""))
        if member_id is None and self.isVisible():
            self.table.setCurrentCell(row, 0)
            picker.setFocus()
        self.changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        for row in rows_to_remove(self.table):
            self.table.removeRow(row)
        self.changed.emit()

    def pickers(self) -> list[MemberPicker]:
        """The member field of each row, in order."""
        widgets = [self.table.cellWidget(row, 0) for row in range(self.table.rowCount())]
        return [w for w in widgets if isinstance(w, MemberPicker)]

    def value(self) -> tuple[PartnerInput, ...]:
        """The partners entered (rows without a member are ignored)."""
        result = []
        for row in range(self.table.rowCount()):
            member_id = picker_value(self.table.cellWidget(row, 0))
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

    def problem(self) -> str | None:
        """Why a row's typed name names no member, or None."""
        for picker in self.pickers():
            problem = picker.problem()
            if problem:
                return problem
        return None
