"""Who can unblock a commitment, the next step and its date: the three inputs Change status…
(when the new status blocks the commitment) and the commitment editor's « Dates and
follow-up » tab share."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit

from secframe.i18n import format_date, translate
from secframe.models.rules import blocked_since
from secframe.services.commitments import CommitmentDetail, UnblockingInput
from secframe.services.lookups import Lookups
from secframe.ui.widgets.errors import FormErrors
from secframe.ui.widgets.fields import DateField

FIELDS = ("unblock_by", "next_step", "next_step_on")


class UnblockingBox(QGroupBox):
    """The three inputs in a titled box, with their errors under each (``FormErrors``)."""

    def __init__(self, errors: FormErrors, lookups: Lookups, *, note: str = "") -> None:
        super().__init__(translate("Unblocking", "To unblock it"))
        self.setObjectName("unblocking")
        self.unblock_by = QLineEdit()
        self.unblock_by.setObjectName("unblock_by")
        self.unblock_by.setPlaceholderText(
            translate(
                "Unblocking",
                "a member, a partner or an authority outside the framework, e.g. Bamako",
            )
        )
        names = [label for _id, label in lookups.member_choices()]
        completer = QCompleter(names, self.unblock_by)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.unblock_by.setCompleter(completer)
        self.next_step = QPlainTextEdit()
        self.next_step.setObjectName("next_step")
        self.next_step.setTabChangesFocus(True)
        self.next_step.setPlaceholderText(
            translate("Unblocking", "e.g. Governor's letter asking for the forces back")
        )
        self.next_step.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.next_step_on = DateField()
        self.next_step_on.setObjectName("next_step_on")
        form = QFormLayout(self)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setObjectName("unblocking_note")
            form.addRow(hint)
        form.addRow(
            translate("Unblocking", "&Who can unblock it"),
            errors.box("unblock_by", self.unblock_by),
        )
        form.addRow(translate("Unblocking", "Ne&xt step"), errors.box("next_step", self.next_step))
        form.addRow(
            translate("Unblocking", "Date of the next ste&p"),
            errors.box("next_step_on", self.next_step_on),
        )

    def set_value(self, value: UnblockingInput) -> None:
        """Show who can unblock, the next step and its date."""
        self.unblock_by.setText(value.unblock_by or "")
        self.next_step.setPlainText(value.next_step or "")
        self.next_step_on.set_value(value.next_step_on)

    def value(self) -> UnblockingInput:
        """What is typed, blanks trimmed (empty: None)."""
        return UnblockingInput(
            self.unblock_by.text().strip() or None,
            self.next_step.toPlainText().strip() or None,
            self.next_step_on.value(),
        )

    def problems(self) -> dict[str, str]:
        """The date, when its text is not a date."""
        problem = self.next_step_on.problem()
        return {"next_step_on": problem} if problem else {}


def unblocking_flag(detail: CommitmentDetail, today: date) -> str:
    """For a blocked commitment, the header's line (rich text) saying who can unblock it and
    the next step, or that neither is recorded yet; empty when it is not blocked."""
    row = detail.row
    if blocked_since(row.status, row.status_since, row.start_date, row.deadline, today) is None:
        return ""
    u = detail.unblocking
    if not (u.unblock_by or u.next_step):
        text = translate(
            "Unblocking",
            "Who can unblock it and the next step are not recorded yet (“Dates and follow-up”).",
        )
        return f"<i>{escape(text)}</i>"
    parts = []
    if u.unblock_by:
        parts.append(
            translate("Unblocking", "Who can unblock it: {who}").format(who=escape(u.unblock_by))
        )
    if u.next_step:
        step = escape(u.next_step)
        if u.next_step_on is not None:
            step = translate("Unblocking", "{step} by {date}").format(
                step=step, date=format_date(u.next_step_on)
            )
        parts.append(translate("Unblocking", "next step: {step}").format(step=step))
    return " — ".join(parts)
