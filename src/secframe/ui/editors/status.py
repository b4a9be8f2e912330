"""Change status… and Revise deadline…: the only ways a commitment's status and deadline move."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from secframe import i18n
from secframe.models import CommitmentStatus, StatusCause
from secframe.models.rules import needs_reason
from secframe.services import commitments as cs
from secframe.ui.context import AppContext
from secframe.ui.editors.change import CommitmentChangeDialog, form_above_log
from secframe.ui.editors.history import (
    revision_headers,
    revision_rows,
    status_headers,
    status_rows,
)
from secframe.ui.lookups import Lookups
from secframe.ui.widgets.fields import DateField
from secframe.ui.widgets.pickers import EnumCombo
from secframe.ui.widgets.readonly import fill_table, log_table, log_title
from secframe.ui.widgets.screen import resize_to_fit


@dataclass(frozen=True)
class StatusInput:
    """The status change as entered."""

    status: CommitmentStatus | None
    on: date | None
    cause: StatusCause | None
    reason: str
    source: str
    meeting_id: int | None


def status_since(status: CommitmentStatus, since: date | None) -> str:
    """'Suspended since 01/04/2020' in the user's language."""
    if since is None:
        return status.label()
    return QCoreApplication.translate("Status", "{status} since {date}").format(
        status=status.label(), date=i18n.format_date(since)
    )


class StatusDialog(CommitmentChangeDialog):
    """Change a commitment's status with its date, cause and reason; the log is shown below."""

    def __init__(
        self,
        context: AppContext,
        detail: cs.CommitmentDetail,
        lookups: Lookups,
        parent: QWidget | None = None,
        *,
        initial: CommitmentStatus | None = None,
    ) -> None:
        super().__init__(context, detail, lookups, parent)
        row = detail.row
        self.setWindowTitle(self.tr("Change status — {title}").format(title=row.title))
        self.save_button.setText(self.tr("Change status"))
        current = QLabel(
            self.tr("Current status: {status}").format(
                status=status_since(row.status, row.status_since)
            )
        )
        current.setObjectName("current_status")
        self.status = EnumCombo(CommitmentStatus, empty="—", exclude=[row.status])
        if initial is not None:
            self.status.set_value(initial)
        self.on = DateField()
        self.on.set_value(date.today())
        self.cause = EnumCombo(StatusCause, empty="—", exclude=[StatusCause.HANDOVER])
        self.cause_label = QLabel()
        self.reason_label = QLabel()
        self.source.setPlaceholderText(self.tr("e.g. minutes of the session, letter, call"))
        form = QFormLayout()
        form.addRow(current)
        form.addRow(self.tr("&New status"), self.errors.box("to_status", self.status))
        form.addRow(self.tr("&Date of the change"), self.errors.box("changed_on", self.on))
        form.addRow(self.cause_label, self.errors.box("cause", self.cause))
        form.addRow(self.reason_label, self.errors.box("reason", self.reason))
        form.addRow(self.tr("&Source"), self.errors.box("source", self.source))
        form.addRow(self.tr("Decided at s&ession"), self.errors.box("meeting_id", self.meeting))
        self.log = log_table(status_headers())
        rows, chips = status_rows(detail.status_log)
        fill_table(self.log, rows, chips)
        self.frame(form_above_log(form, self.log, self.tr("Status log")), first=self.status)
        self.status.changed.connect(self._status_chosen)
        self._status_chosen()
        resize_to_fit(self, 760, 620)
        self.mark_clean()

    def _status_chosen(self) -> None:
        new = self.status.value()
        needs = new is not None and new.needs_cause
        self.cause_label.setText(self.tr("&Cause (required)") if needs else self.tr("&Cause"))
        required = new is not None and needs_reason(self.detail.row.status, new)
        self.reason_label.setText(self.tr("&Reason (required)") if required else self.tr("&Reason"))

    def collect(self) -> StatusInput:
        return StatusInput(
            status=self.status.value(),
            on=self.on.value(),
            cause=self.cause.value(),
            reason=self.reason_text(),
            source=self.source_text(),
            meeting_id=self.meeting.value(),
        )

    def is_dirty(self) -> bool:
        data = self.collect()
        return bool(data.reason or data.source or data.cause)

    def problems(self) -> dict[str, str]:
        result = {}
        if self.status.value() is None:
            result["to_status"] = self.tr("Choose the new status.")
        if self.on.problem():
            result["changed_on"] = self.on.problem() or ""
        return result

    def write(self, session: Session, data: Any) -> cs.CommitmentDetail:
        cs.change_status(
            session,
            self.detail.id,
            data.status,
            on=data.on,
            cause=data.cause,
            reason=data.reason or None,
            source=data.source or None,
            meeting_id=data.meeting_id,
            expected_version=self.version,
        )
        return cs.get_commitment(session, self.detail.id)


@dataclass(frozen=True)
class DeadlineInput:
    """The deadline revision as entered."""

    new_deadline: date | None
    decided_on: date | None
    reason: str
    source: str
    meeting_id: int | None


class DeadlineDialog(CommitmentChangeDialog):
    """Move a commitment's deadline, with the reason; earlier revisions are shown below."""

    def __init__(
        self,
        context: AppContext,
        detail: cs.CommitmentDetail,
        lookups: Lookups,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, detail, lookups, parent)
        row = detail.row
        self.setWindowTitle(self.tr("Revise deadline — {title}").format(title=row.title))
        self.save_button.setText(self.tr("Revise deadline"))
        current = QLabel(self._current_deadline(row))
        current.setObjectName("current_deadline")
        self.new_deadline = DateField()
        self.decided_on = DateField()
        self.decided_on.set_value(date.today())
        form = QFormLayout()
        form.addRow(current)
        form.addRow(self.tr("&New deadline"), self.errors.box("new_deadline", self.new_deadline))
        form.addRow(self.tr("&Reason (required)"), self.errors.box("reason", self.reason))
        form.addRow(self.tr("&Decided on"), self.errors.box("decided_on", self.decided_on))
        form.addRow(self.tr("&Source"), self.errors.box("source", self.source))
        form.addRow(self.tr("Decided at s&ession"), self.errors.box("meeting_id", self.meeting))
        self.log = log_table(revision_headers())
        fill_table(self.log, revision_rows(detail.revisions))
        title = log_title(self.tr("Earlier revisions"), len(detail.revisions))
        self.frame(form_above_log(form, self.log, title), first=self.new_deadline)
        resize_to_fit(self, 720, 560)
        self.mark_clean()

    def _current_deadline(self, row: cs.CommitmentRow) -> str:
        """The deadline now, and the first one if it was revised, in words."""
        if row.deadline is None:
            return self.tr("No deadline yet.")
        deadline = i18n.format_date(row.deadline)
        if row.original_deadline is None or row.original_deadline == row.deadline:
            return self.tr("Current deadline: {deadline}").format(deadline=deadline)
        return self.tr("Current deadline: {deadline} (originally {original})").format(
            deadline=deadline, original=i18n.format_date(row.original_deadline)
        )

    def collect(self) -> DeadlineInput:
        return DeadlineInput(
            new_deadline=self.new_deadline.value(),
            decided_on=self.decided_on.value(),
            reason=self.reason_text(),
            source=self.source_text(),
            meeting_id=self.meeting.value(),
        )

    def is_dirty(self) -> bool:
        data = self.collect()
        return bool(data.new_deadline or data.reason or data.source)

    def problems(self) -> dict[str, str]:
        result = {}
        for name, field in (("new_deadline", self.new_deadline), ("decided_on", self.decided_on)):
            problem = field.problem()
            if problem:
                result[name] = problem
        return result

    def write(self, session: Session, data: Any) -> cs.CommitmentDetail:
        cs.revise_deadline(
            session,
            self.detail.id,
            data.new_deadline,
            reason=data.reason or None,
            decided_on=data.decided_on,
            source=data.source or None,
            meeting_id=data.meeting_id,
            expected_version=self.version,
        )
        return cs.get_commitment(session, self.detail.id)
