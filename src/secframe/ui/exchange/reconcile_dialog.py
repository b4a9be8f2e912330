"""The names of a foreign tracker that secframe does not know, matched with what it holds (as
OpenRefine reconciles), and the date the tracker's statuses are true on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secframe.exchange.foreign.reconcile import MEMBER, NEW, Unknown
from secframe.i18n import format_number
from secframe.ui.widgets.screen import resize_to_fit

UNDECIDED = ""  # left unknown: the import reports it at its cells


class ReconcileDialog(QDialog):
    """One row per unknown name with a choice: the closest records (with their score), create
    it, or leave it; the best match or "create" is chosen already."""

    def __init__(
        self,
        file_name: str,
        unknowns: list[Unknown],
        stated: tuple[date, str] | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.unknowns = unknowns
        self.setWindowTitle(self.tr("Names and date of {file}").format(file=file_name))
        resize_to_fit(self, 820, 520)
        intro = QLabel(
            self.tr(
                "{n} name(s) of this tracker are not in secframe under that name. For each, "
                "choose what it stands for: the closest records are proposed with how alike "
                "they are, or it is created (members in the category “other (to review)”, "
                "places under the framework's region)."
            ).format(n=len(unknowns))
            if unknowns
            else self.tr("Every member and place of this tracker is known.")
        )
        intro.setWordWrap(True)
        self.table = self._table()
        self.as_of = QDateEdit()
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        when = stated[0] if stated else today
        self.as_of.setDate(QDate(when.year, when.month, when.day))
        if stated:
            hint = self.tr("The date the tracker states: “{text}”.").format(text=stated[1])
        else:
            hint = self.tr(
                "The tracker states no date: give the day it was up to date on (today by default)."
            )
        hint_label = QLabel(hint)
        hint_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Statuses are &true on:"), self.as_of)
        form.addRow("", hint_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Preview the import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _table(self) -> QTableWidget:
        table = QTableWidget(len(self.unknowns), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Name in the file"), self.tr("Kind"), self.tr("Rows"), self.tr("Becomes")]
        )
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for n, u in enumerate(self.unknowns):
            kind = self.tr("member") if u.kind == MEMBER else self.tr("place or axis")
            rows = ", ".join(str(r) for r in u.rows[:6]) + ("…" if len(u.rows) > 6 else "")
            for col, text in enumerate((u.name, kind, rows)):
                table.setItem(n, col, QTableWidgetItem(text))
            table.setCellWidget(n, 3, self._choices(u))
        return table

    def _choices(self, u: Unknown) -> QComboBox:
        box = QComboBox()
        for c in u.candidates:
            score = format_number(round(c.score * 100))
            box.addItem(
                self.tr("{label} ({score} % alike)").format(label=c.label, score=score), c.key
            )
        new = self.tr("Create “{name}”").format(name=u.name)
        box.addItem(new if u.kind == MEMBER else self.tr("Create the place “{name}”").format(name=u.name), NEW)  # fmt: skip
        box.addItem(self.tr("Leave it (an error at its cells)"), UNDECIDED)
        box.setCurrentIndex(max(box.findData(u.choice or u.proposed), 0))
        return box

    def values(self) -> dict[str, dict[str, str]]:
        """The choices, as a mapping stores them."""
        values: dict[str, dict[str, str]] = {}
        for n, u in enumerate(self.unknowns):
            box = self.table.cellWidget(n, 3)
            choice = box.currentData() if isinstance(box, QComboBox) else UNDECIDED
            values.setdefault(u.kind, {})[u.name] = str(choice)
        return values

    def status_date(self) -> date:
        """The date chosen for the tracker's statuses."""
        d = self.as_of.date()
        return date(d.year(), d.month(), d.day())
