"""Change status… and Revise deadline…: the only ways a commitment's status and deadline move."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from secframe import i18n
from secframe.models import CommitmentStatus, StatusCause
from secframe.models.rules import needs_reason
from secframe.services import commitments as cs
from secframe.services.commitments.history import (
    revision_headers,
    revision_rows,
    status_headers,
    status_rows,
)
from secframe.services.lookups import Lookups
from secframe.ui.context import AppContext
from secframe.ui.editors.change import CommitmentChangeDialog, form_above_log
from secframe.ui.editors.unblocking import UnblockingBox
from secframe.ui.widgets.fields import DateField
from secframe.ui.widgets.pickers import EnumCombo
from secframe.ui.widgets.readonly import fill_table, log_table, log_title
from secframe.ui.widgets.screen import resize_to_fit


def status_since(status: CommitmentStatus, since: date | None) -> str:
    """'Suspended since 01/04/2020' in the user's language."""
    if since is None:
        return status.label()
    return QCoreApplication.translate("Status", "{status} since {date}").format(
        status=status.label(), date=i18n.format_date(since)
    )


def offer_causes(combo: EnumCombo, status: CommitmentStatus | None) -> None:
    """Offer in ``combo`` only the causes that make sense for ``status``
    (``CommitmentStatus.offered_causes``): none for a start or a resumption, never
    « Engagement réalisé » nor « Passation » for a suspension."""
    combo.offer(status.offered_causes() if status is not None else ())


class StatusDialog(CommitmentChangeDialog):
    """Change a commitment's status with its date, cause and reason; the log is shown below."""

    use_case = staticmethod(cs.record_status)
    dirty_fields = ("reason", "source", "cause")

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
        self.cause = EnumCombo(StatusCause, empty="—")
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
        self.unblocking = UnblockingBox(
            self.errors,
            lookups,
            note=self.tr(
                "This status blocks the commitment: the brief for the Governor and the "
                "tracker's Fiche de suivi show who can unblock it and the next step."
            ),
        )
        self.unblocking.set_value(detail.unblocking)
        form.addRow(self.unblocking)
        self.log = log_table(status_headers())
        rows, chips = status_rows(detail.status_log)
        fill_table(self.log, rows, chips)
        self.frame(form_above_log(form, self.log, self.tr("Status log")), first=self.status)
        self.status.changed.connect(self._status_chosen)
        self._status_chosen()
        resize_to_fit(self, 760, 720)
        self.mark_clean()

    def _status_chosen(self) -> None:
        new = self.status.value()
        needs = new is not None and new.needs_cause
        self.cause_label.setText(self.tr("&Cause (required)") if needs else self.tr("&Cause"))
        offer_causes(self.cause, new)
        for widget in (self.cause_label, self.errors.boxes["cause"]):
            widget.setVisible(bool(self.cause.offered()))
        required = new is not None and needs_reason(self.detail.row.status, new)
        self.reason_label.setText(self.tr("&Reason (required)") if required else self.tr("&Reason"))
        self.unblocking.setVisible(new is not None and new.is_stopped)

    def collect(self) -> cs.StatusEdit:
        new = self.status.value()
        return cs.StatusEdit(
            status=new,
            on=self.on.value(),
            cause=self.cause.value(),
            reason=self.reason_text(),
            source=self.source_text(),
            meeting_id=self.meeting.value(),
            unblocking=self.unblocking.value() if new is not None and new.is_stopped else None,
        )

    def is_dirty(self) -> bool:
        data = self.collect()
        typed = data.unblocking is not None and data.unblocking != self.detail.unblocking
        return typed or super().is_dirty()

    def choices(self) -> dict[str, tuple[Any, str]]:
        return {"to_status": (self.status, self.tr("Choose the new status."))}

    def dates(self) -> dict[str, DateField]:
        dates = {"changed_on": self.on}
        new = self.status.value()
        if new is not None and new.is_stopped:
            dates["next_step_on"] = self.unblocking.next_step_on
        return dates


class DeadlineDialog(CommitmentChangeDialog):
    """Move a commitment's deadline, with the reason; earlier revisions are shown below."""

    use_case = staticmethod(cs.record_deadline)
    dirty_fields = ("new_deadline", "reason", "source")

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

    def collect(self) -> cs.DeadlineEdit:
        return cs.DeadlineEdit(
            new_deadline=self.new_deadline.value(),
            decided_on=self.decided_on.value(),
            reason=self.reason_text(),
            source=self.source_text(),
            meeting_id=self.meeting.value(),
        )

    def dates(self) -> dict[str, DateField]:
        return {"new_deadline": self.new_deadline, "decided_on": self.decided_on}
