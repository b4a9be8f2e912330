"""The attendance of a session: who came, for which member, and how many women and men."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from secframe.models import Sex
from secframe.services.meetings import AttendeeInput
from secframe.services.members import MemberInfo
from secframe.ui.widgets.cut_cells import tips_on_cut_cells
from secframe.ui.widgets.member_picker import MemberList, MemberPicker, picker_value

MEMBER, PERSON, SEX = range(3)


class AttendanceEditor(QWidget):
    """A row per person present: member, representative (or a name typed in), sex."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members: dict[int, MemberInfo] = {}
        self.member_list = MemberList((), parent=self)
        self._filling = False
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Representative or name"), self.tr("Sex")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MEMBER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SEX, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        tips_on_cut_cells(self.table)
        self.counts = QLabel(self)
        self.add_button = QPushButton(self.tr("&Add a person"), self)
        self.add_all_button = QPushButton(self.tr("Add every &member"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.add_button.clicked.connect(lambda: self.add_row(AttendeeInput()))
        self.add_all_button.clicked.connect(self.add_every_member)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.add_all_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.counts)
        self._update_counts()

    # --- filling -------------------------------------------------------------------------------

    def set_attendance(
        self, attendees: tuple[AttendeeInput, ...], members: list[MemberInfo]
    ) -> None:
        """Show a session's attendance, choosing among the framework's members."""
        self.members = {m.id: m for m in members}
        self.member_list = MemberList(members, parent=self)  # shared by every row
        self.table.setRowCount(0)
        self._filling = True  # counted once at the end, not after every row
        try:
            for a in attendees:
                self.add_row(a)
        finally:
            self._filling = False
        self._update_counts()

    def add_row(self, value: AttendeeInput) -> None:
        """Add a person present."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        member = MemberPicker(self.table, placeholder=self.tr("— not for a member —"))
        member.set_list(self.member_list)
        member.set_value(value.member_id)
        person = QComboBox(self.table)
        person.setEditable(True)
        sex = QComboBox(self.table)
        for s in Sex:
            sex.addItem(s.label(), s.value)
        sex.setCurrentIndex(sex.findData(value.sex.value))
        previous = self.table.cellWidget(row - 1, SEX) if row else self.table
        self.table.setCellWidget(row, MEMBER, member)
        self.table.setCellWidget(row, PERSON, person)
        self.table.setCellWidget(row, SEX, sex)
        for widget in (member.edit, person, sex):  # Tab goes along the rows, before the buttons
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self._fill_people(person, value.member_id, value.representative_id, value.name)
        member.changed.connect(lambda m=member, p=person: self._member_changed(m, p))
        person.activated.connect(lambda _=0, p=person, s=sex: self._person_chosen(p, s))
        person.editTextChanged.connect(self.changed)
        sex.currentIndexChanged.connect(self._update_counts)
        sex.currentIndexChanged.connect(self.changed)
        if not self._filling:
            self._update_counts()
            self.changed.emit()

    def add_every_member(self) -> None:
        """Add a row for each member not listed yet (their first representative, if any)."""
        listed = {v.member_id for v in self.value()}
        self._filling = True
        try:
            for m in sorted(self.members.values(), key=lambda m: m.label.casefold()):
                if m.id in listed:
                    continue
                rep = m.representatives[0] if m.representatives else None
                sex = rep.sex if rep else Sex.UNKNOWN
                self.add_row(AttendeeInput(m.id, rep.id if rep else None, None, sex))
        finally:
            self._filling = False
        self._update_counts()
        self.changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected people."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._update_counts()
            self.changed.emit()

    def _fill_people(
        self, person: QComboBox, member_id: int | None, rep_id: int | None, name: str | None
    ) -> None:
        person.blockSignals(True)
        person.clear()
        member = self.members.get(member_id) if member_id is not None else None
        for r in member.representatives if member else ():
            label = f"{r.name} ({r.title})" if r.title else r.name
            person.addItem(label, r.id)
        if rep_id is not None and person.findData(rep_id) >= 0:
            person.setCurrentIndex(person.findData(rep_id))
        else:
            person.setCurrentIndex(-1)
            person.setEditText(name or "")
        person.blockSignals(False)

    def _member_changed(self, member: MemberPicker, person: QComboBox) -> None:
        self._fill_people(person, member.value(), None, person.currentText())
        self.changed.emit()

    def _person_chosen(self, person: QComboBox, sex: QComboBox) -> None:
        member_id = self._row_member(person)
        member = self.members.get(member_id) if member_id is not None else None
        rep = (
            next((r for r in member.representatives if r.id == person.currentData()), None)
            if member
            else None
        )
        if rep is not None and rep.sex != Sex.UNKNOWN:
            sex.setCurrentIndex(sex.findData(rep.sex.value))
        self.changed.emit()

    def _row_member(self, person: QComboBox) -> int | None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, PERSON) is person:
                return picker_value(self.table.cellWidget(row, MEMBER))
        return None

    # --- reading -------------------------------------------------------------------------------

    def value(self) -> tuple[AttendeeInput, ...]:
        """The attendance as entered."""
        rows = []
        for row in range(self.table.rowCount()):
            member = self.table.cellWidget(row, MEMBER)
            person = self.table.cellWidget(row, PERSON)
            sex = self.table.cellWidget(row, SEX)
            assert isinstance(member, MemberPicker) and isinstance(person, QComboBox)
            assert isinstance(sex, QComboBox)
            text = person.currentText().strip()
            rep_id = person.currentData() if person.currentIndex() >= 0 else None
            if rep_id is not None and person.itemText(person.currentIndex()) != text:
                rep_id = None  # typed over a representative: a name
            rows.append(
                AttendeeInput(
                    member_id=member.value(),
                    representative_id=rep_id,
                    name=None if rep_id is not None else (text or None),
                    sex=Sex(sex.currentData()),
                )
            )
        return tuple(rows)

    def set_read_only(self, read_only: bool) -> None:
        """Lock the attendance (a locked session)."""
        for row in range(self.table.rowCount()):
            for col in (MEMBER, PERSON, SEX):
                widget = self.table.cellWidget(row, col)
                if widget is not None:
                    widget.setEnabled(not read_only)
        for b in (self.add_button, self.add_all_button, self.remove_button):
            b.setEnabled(not read_only)

    def _update_counts(self) -> None:
        counts = dict.fromkeys(Sex, 0)
        for v in self.value():
            counts[v.sex] += 1
        self.counts.setText(
            self.tr(
                "{people} present — women: {women}, men: {men}, not recorded: {unknown}"
            ).format(
                people=sum(counts.values()),
                women=counts[Sex.FEMALE],
                men=counts[Sex.MALE],
                unknown=counts[Sex.UNKNOWN],
            )
        )
