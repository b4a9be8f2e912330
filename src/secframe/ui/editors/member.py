"""A member of the framework and the people who represent it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe.models import MemberCategory, MemberRole, MembershipStatus, Sex
from secframe.services import members as mem
from secframe.ui.context import AppContext
from secframe.ui.editors.base import RecordEditor
from secframe.ui.widgets.fields import DateField
from secframe.ui.widgets.pickers import EnumCombo
from secframe.ui.widgets.row_tables import beside_buttons, rows_table, rows_to_remove
from secframe.ui.widgets.screen import resize_to_fit


class RepresentativesTable(QWidget):
    """Name, title, phone and sex of each representative (personal data: keep it minimal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = rows_table(
            [self.tr("Name"), self.tr("Title or role"), self.tr("Phone"), self.tr("Sex")], self
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the room
        for column, width in ((1, 140), (2, 110), (3, 90)):
            self.table.setColumnWidth(column, width)
        self.ids: list[int | None] = []
        add = QPushButton(self.tr("Add a representative"), self)
        remove = QPushButton(self.tr("Remove"), self)
        add.clicked.connect(lambda: self.add(mem.RepresentativeInput(name="")))
        remove.clicked.connect(self.remove_selected)
        beside_buttons(self, self.table, add, remove)

    def add(self, rep: mem.RepresentativeInput | mem.RepresentativeInfo) -> None:
        """Append a row."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((rep.name, rep.title or "", rep.phone or "")):
            self.table.setItem(row, column, QTableWidgetItem(value))
        sex = EnumCombo(Sex)
        sex.set_value(rep.sex)
        self.table.setCellWidget(row, 3, sex)
        self.ids.append(getattr(rep, "id", None))

    def remove_selected(self) -> None:
        """Remove the selected rows."""
        for row in rows_to_remove(self.table):
            self.table.removeRow(row)
            del self.ids[row]

    def value(self) -> tuple[mem.RepresentativeInput, ...]:
        """The representatives entered."""
        result = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, c) for c in range(3)]
            texts = [item.text().strip() if item is not None else "" for item in items]
            sex = self.table.cellWidget(row, 3)
            result.append(
                mem.RepresentativeInput(
                    name=texts[0],
                    title=texts[1] or None,
                    phone=texts[2] or None,
                    sex=sex.value() if isinstance(sex, EnumCombo) else Sex.UNKNOWN,
                    id=self.ids[row],
                )
            )
        return tuple(result)

    def set_value(self, reps: tuple[mem.RepresentativeInfo, ...]) -> None:
        """Show these representatives."""
        self.table.setRowCount(0)
        self.ids = []
        for rep in reps:
            self.add(rep)

    def show_error(self, name: str, message: str) -> str:
        """Mark the cell of an error named ``representatives[i].field``."""
        index, _, fieldname = name.partition("].")
        row = int(index.removeprefix("representatives["))
        column = {"name": 0, "title": 1, "phone": 2}.get(fieldname, 0)
        item = self.table.item(row, column)
        if item is not None:
            item.setToolTip(message)
            item.setBackground(QColor("#f9d6d5"))
        return self.tr("Representative {n}: {message}").format(n=row + 1, message=message)


class MemberEditor(RecordEditor):
    """Create or edit a member of the current framework."""

    def __init__(
        self, context: AppContext, member_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.member_id = member_id
        self.framework_id = context.framework_id
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(self.tr("e.g. CMA, FAMa"))
        self.category = EnumCombo(MemberCategory)
        self.status = EnumCombo(MembershipStatus)
        self.facilitator = QCheckBox(MemberRole.FACILITATOR.label())
        self.facilitator.setToolTip(MemberRole.FACILITATOR.definition())
        self.funder = QCheckBox(MemberRole.FUNDER.label())
        self.funder.setToolTip(MemberRole.FUNDER.definition())
        roles = QWidget()
        roles_row = QHBoxLayout(roles)
        roles_row.setContentsMargins(0, 0, 0, 0)
        roles_row.addWidget(self.facilitator)
        roles_row.addWidget(self.funder)
        roles_row.addStretch(1)
        self.joined = DateField()
        self.since = DateField()
        self.representatives = RepresentativesTable()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(self.tr("&Name (required)"), self.errors.box("name", self.name))
        form.addRow(self.tr("S&hort name"), self.errors.box("short_name", self.short_name))
        form.addRow(self.tr("&Category"), self.errors.box("category", self.category))
        form.addRow(self.tr("Ro&les"), roles)
        form.addRow(self.tr("&Membership"), self.errors.box("status", self.status))
        form.addRow(self.tr("&Joined on"), self.errors.box("joined_on", self.joined))
        form.addRow(
            self.tr("Membership &status since"), self.errors.box("status_since", self.since)
        )
        form.addRow(self.tr("&Representatives"), self.representatives)
        form.addRow(self.tr("N&otes"), self.errors.box("notes", self.notes))
        self.errors.route(
            lambda n: n.startswith("representatives["), self.representatives.show_error
        )
        self.frame(body, first=self.name)
        resize_to_fit(self, 960, 600)
        self.reload()

    def reload(self) -> None:
        if self.member_id is None:
            self._show(None)
            self.mark_clean()
        else:
            member_id = self.member_id
            self.read_in_background(lambda s: mem.get_member(s, member_id), self._show)

    def _show(self, info: mem.MemberInfo | None) -> None:
        self.version = info.version if info else None
        self.setWindowTitle(
            self.tr("Member — {name}").format(name=info.name) if info else self.tr("New member")
        )
        self.name.setText(info.name if info else "")
        self.short_name.setText(info.short_name or "" if info else "")
        self.category.set_value(info.category if info else MemberCategory.CIVIL_SOCIETY)
        self.status.set_value(info.status if info else MembershipStatus.ACTIVE)
        self.facilitator.setChecked(info.facilitator if info else False)
        self.funder.setChecked(info.funder if info else False)
        self.joined.set_value(info.joined_on if info else None)
        self.since.set_value(info.status_since if info else None)
        self.representatives.set_value(info.representatives if info else ())
        self.notes.setPlainText(info.notes or "" if info else "")

    def collect(self) -> mem.MemberInput:
        return mem.MemberInput(
            name=self.name.text().strip(),
            category=self.category.value(),
            short_name=self.short_name.text().strip() or None,
            status=self.status.value(),
            joined_on=self.joined.value(),
            status_since=self.since.value(),
            notes=self.notes.toPlainText().strip() or None,
            representatives=self.representatives.value(),
            facilitator=self.facilitator.isChecked(),
            funder=self.funder.isChecked(),
        )

    def problems(self) -> dict[str, str]:
        result = {}
        for name, field in (("joined_on", self.joined), ("status_since", self.since)):
            if field.problem():
                result[name] = field.problem() or ""
        return result

    def write(self, session: Session, data: Any) -> mem.MemberInfo:
        if self.member_id is None:
            assert self.framework_id is not None
            return mem.create_member(session, self.framework_id, data)
        return mem.update_member(session, self.member_id, data, expected_version=self.version)
