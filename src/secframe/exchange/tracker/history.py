"""Status changes and deadline revisions asked for by a row of the Commitments sheet.

A new status is appended to the status log through ``commitments.stage_status`` and a new
deadline is a revision through ``commitments.stage_revision`` (``change_status`` and
``revise_deadline`` left for the import's one flush), with the import as their source; the columns that secframe calculates are compared, never imported.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from secframe.exchange.cells import same_amount, without_long_mark
from secframe.exchange.import_report import text
from secframe.exchange.tracker.sheet import ImportContext, SheetReader, report_service_error
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import CommitmentStatus
from secframe.services import commitments as cs
from secframe.services.errors import ServiceError
from secframe.services.tracker_data import CommitmentExtras

if TYPE_CHECKING:
    from secframe.exchange.tracker.commitments import Wanted

STATUS_FIELDS = {
    "changed_on": "status_on",
    "to_status": "status",
    "cause": "cause",
    "reason": "reason",
}
REVISION_FIELDS = {
    "new_deadline": "deadline",
    "reason": "revision_reason",
    "decided_on": "deadline",
}
COMPUTED = ("revisions", "needed", "pledged", "received", "gap")


class HistoryChanges:
    """The status and deadline part of importing a commitment row."""

    r: SheetReader
    ctx: ImportContext

    def _error(self, number: int, key: str, source: str, **params: Any) -> None:
        column = self.r.column_name(key) if key else ""
        self.ctx.report.error(msg("Exchange", source, **params), self.r.name, number, column)

    def _deadline_change(
        self,
        number: int,
        row: cs.CommitmentRow,
        extras: CommitmentExtras,
        w: Wanted,
        changes: dict[str, Any],
    ) -> bool | None:
        """True if a revision is needed, None if not, False on error (reported)."""
        if "deadline" not in w:
            return None
        after_update = (
            changes.get("original_deadline", row.original_deadline)
            if row.revisions == 0
            else row.deadline
        )
        if w.get("deadline") == after_update:
            return None
        if w.get("deadline") is None:
            self._error(
                number,
                "deadline",
                QT_TRANSLATE_NOOP(
                    "Exchange", "A deadline cannot be removed once it has been revised."
                ),
            )
            return False
        reason = w.get("revision_reason")
        if not reason or reason == extras.last_revision_reason:
            self._error(
                number,
                "revision_reason",
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "The current deadline changed: give the reason for the new deadline in this column.",
                ),
            )
            return False
        return True

    def _revise(self, number: int, row: cs.CommitmentRow, w: Wanted) -> bool:
        try:
            cs.stage_revision(
                self.ctx.session,
                row.id,
                w.get("deadline"),
                reason=w.get("revision_reason"),
                source=self.ctx.source,
                today=self.ctx.today,
            )
        except ServiceError as err:
            report_service_error(self.r, number, err, REVISION_FIELDS)
            return False
        self.ctx.report.tally("deadline_revisions").created += 1
        self.ctx.report.change(
            text(
                QT_TRANSLATE_NOOP("Exchange", "“{title}”: deadline moved from {old} to {new}."),
                title=row.title,
                old=row.deadline or "–",
                new=w.get("deadline"),
            ),
            self.r.name,
            number,
        )
        return True

    def _status_change(self, number: int, row: cs.CommitmentRow, w: Wanted) -> bool | None:
        """True if the status changes, None if not, False on error (reported)."""
        if "status" not in w:
            return None
        status = w.get("status")
        if status is None:
            self._error(
                number, "status", QT_TRANSLATE_NOOP("Exchange", "The status cannot be empty.")
            )
            return False
        last_on = row.last_change_on or row.status_since
        if status == row.status:
            edited = []
            for key, old in (
                ("status_on", last_on),
                ("cause", row.last_cause),
                ("reason", row.last_reason),
            ):
                new = w.get(key)
                if isinstance(new, str) and isinstance(old, str):
                    new = without_long_mark(new, old)
                if key in w and new != old:
                    edited.append(key)
            if edited:
                self.ctx.report.warning(
                    text(
                        QT_TRANSLATE_NOOP(
                            "Exchange",
                            "The status log keeps its past entries: this edit of the last status change is not imported (change the status to record a new change).",
                        )
                    ),
                    self.r.name,
                    number,
                    self.r.column_name(edited[0]),
                )
            return None
        if "status_on" in w and w.get("status_on") == last_on and last_on != self.ctx.today:
            self._error(
                number,
                "status_on",
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "The status changed: give the date of the change in this column (it still shows the date of the previous change).",
                ),
            )
            return False
        return True

    def _change_status(self, number: int, row: cs.CommitmentRow, w: Wanted) -> bool:
        status: CommitmentStatus = w.get("status")
        try:
            cs.stage_status(
                self.ctx.session,
                row.id,
                status,
                on=w.get("status_on"),
                cause=w.get("cause"),
                reason=w.get("reason"),
                source=self.ctx.source,
                today=self.ctx.today,
            )
        except ServiceError as err:
            report_service_error(self.r, number, err, STATUS_FIELDS)
            return False
        self.ctx.report.tally("status_changes").created += 1
        self.ctx.report.change(
            text(
                QT_TRANSLATE_NOOP("Exchange", "“{title}”: status {old} → {new}."),
                title=row.title,
                old=row.status,
                new=status,
            ),
            self.r.name,
            number,
        )
        return True

    def _check_computed(self, number: int, row: cs.CommitmentRow, w: Wanted) -> None:
        current: dict[str, Any] = {
            "revisions": row.revisions,
            "needed": row.needed,
            "pledged": row.pledged,
            "received": row.received,
            "gap": row.gap,
        }
        for key in COMPUTED:
            if key not in w:
                continue
            new, old = w.get(key), current[key]
            differs = (
                (new or 0) != old if key == "revisions" else not same_amount(new, Decimal(old))
            )
            if differs:
                self.ctx.report.warning(
                    text(
                        QT_TRANSLATE_NOOP(
                            "Exchange",
                            "This column is calculated by secframe; the value typed here is not imported (change the resource lines or deadlines instead).",
                        )
                    ),
                    self.r.name,
                    number,
                    self.r.column_name(key),
                )
