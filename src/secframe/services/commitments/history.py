"""A commitment's history as users read it (the read-model of the editor's History tab and of
the change dialogs' logs): status log, deadline revisions and every recorded change, as rows of
text in the user's language."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date

from sqlalchemy.orm import Session

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP, translate
from secframe.models import (
    AuditAction,
    CommitmentKind,
    CommitmentStatus,
    ResourceCategory,
    StatusCause,
)
from secframe.models.enums import STATUS_COLOURS, LabelledEnum
from secframe.services.commitments.data import (
    CommitmentDetail,
    DeadlineRevisionInfo,
    StatusChangeInfo,
)
from secframe.services.commitments.editing import get_commitment
from secframe.services.history import AuditInfo, audit_trail
from secframe.services.results import ResultInfo, results_of


@dataclass(frozen=True)
class CommitmentHistory:
    """A commitment, its results, and the audit entries of it, its resource lines and its
    results, latest first."""

    detail: CommitmentDetail
    audit: tuple[AuditInfo, ...]
    results: tuple[ResultInfo, ...] = ()


def commitment_history(session: Session, commitment_id: int) -> CommitmentHistory:
    """One commitment, its results, and what was recorded about it, its resource lines and
    its results."""
    detail = get_commitment(session, commitment_id)
    results = tuple(results_of(session, commitment_id))
    entries = list(audit_trail(session, "Commitment", commitment_id))
    for need in detail.needs:
        entries.extend(audit_trail(session, "ResourceNeed", need.id))
    for result in results:
        entries.extend(audit_trail(session, "CommitmentResult", result.id))
    entries.sort(key=lambda e: e.id, reverse=True)
    return CommitmentHistory(detail, tuple(entries), results)


# Field names in the audit log -> label shown (the same words as the editor's labels).
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("History", "Title"),
    "reference": QT_TRANSLATE_NOOP("History", "Reference"),
    "kind": QT_TRANSLATE_NOOP("History", "Kind"),
    "description": QT_TRANSLATE_NOOP("History", "Description"),
    "source": QT_TRANSLATE_NOOP("History", "Source"),
    "source_meeting_id": QT_TRANSLATE_NOOP("History", "Decided at session"),
    "theme": QT_TRANSLATE_NOOP("History", "Theme"),
    "lead_member_id": QT_TRANSLATE_NOOP("History", "Lead member"),
    "locality_id": QT_TRANSLATE_NOOP("History", "Locality"),
    "axis_id": QT_TRANSLATE_NOOP("History", "Axis"),
    "frequency": QT_TRANSLATE_NOOP("History", "Frequency"),
    "start_date": QT_TRANSLATE_NOOP("History", "Start"),
    "original_deadline": QT_TRANSLATE_NOOP("History", "Original deadline"),
    "deadline": QT_TRANSLATE_NOOP("History", "Deadline"),
    "status": QT_TRANSLATE_NOOP("History", "Status"),
    "status_since": QT_TRANSLATE_NOOP("History", "Status since"),
    "implementation_level": QT_TRANSLATE_NOOP("History", "Implementation level"),
    "outcome_notes": QT_TRANSLATE_NOOP("History", "Outcome"),
    "predecessor_id": QT_TRANSLATE_NOOP("History", "Takes over from"),
    "category": QT_TRANSLATE_NOOP("History", "Category"),
    "quantity": QT_TRANSLATE_NOOP("History", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("History", "Unit"),
    "unit_cost": QT_TRANSLATE_NOOP("History", "Unit cost"),
    "currency": QT_TRANSLATE_NOOP("History", "Currency"),
    "provider_member_id": QT_TRANSLATE_NOOP("History", "Funder"),
    "provider_name": QT_TRANSLATE_NOOP("History", "Funder"),
    "pledged": QT_TRANSLATE_NOOP("History", "Pledged"),
    "received": QT_TRANSLATE_NOOP("History", "Received"),
    "notes": QT_TRANSLATE_NOOP("History", "Notes"),
    "recorded_on": QT_TRANSLATE_NOOP("History", "Date of the result"),
    "approximate": QT_TRANSLATE_NOOP("History", "Approximate"),
}
ENTITY_LABELS = {
    "Commitment": QT_TRANSLATE_NOOP("History", "Commitment"),
    "ResourceNeed": QT_TRANSLATE_NOOP("History", "Resource need"),
    "CommitmentResult": QT_TRANSLATE_NOOP("History", "Result"),
}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATABASE_NUMBER = re.compile(r"#\d+")
_ENUMS: dict[str, type[LabelledEnum]] = {
    "kind": CommitmentKind,
    "status": CommitmentStatus,
    "cause": StatusCause,
    "category": ResourceCategory,
}


def readable(field: str | None, value: str | None) -> str:
    """An audit value as users write it (labels for codes, dates and amounts formatted)."""
    if value is None or value == "":
        return "—"
    if field == "currency" and value == "XOF":
        return "FCFA"  # the ISO code stays in the workbook's number format only
    if field in _ENUMS:
        try:
            return _ENUMS[field](value).label()
        except ValueError:
            return value
    if ISO_DATE.fullmatch(value):
        try:
            return i18n.format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if field in ("unit_cost", "pledged", "received"):
        try:
            return i18n.format_number(float(value))
        except ValueError:
            return value
    return value


def status_rows(log: Sequence[StatusChangeInfo]) -> tuple[list[list[str]], list[dict[int, str]]]:
    """Rows (latest first) and colour marks for a status log table."""
    rows, chips = [], []
    for s in reversed(log):
        rows.append(
            [
                i18n.format_date(s.changed_on),
                s.from_status.label() if s.from_status else "—",
                s.to_status.label(),
                s.cause.label() if s.cause else "",
                s.reason or "",
                s.source or "",
                s.recorded_by,
            ]
        )
        chips.append({2: STATUS_COLOURS[s.to_status]})
    return rows, chips


def status_headers() -> list[str]:
    """Titles of the status log's columns."""
    return [
        translate("History", "Date"),
        translate("History", "From"),
        translate("History", "To"),
        translate("History", "Cause"),
        translate("History", "Reason"),
        translate("History", "Source"),
        translate("History", "By"),
    ]


def revision_rows(revisions: Sequence[DeadlineRevisionInfo]) -> list[list[str]]:
    """Rows (latest first) for a deadline revisions table."""
    return [
        [
            i18n.format_date(r.decided_on),
            i18n.format_date(r.previous_deadline) or "—",
            i18n.format_date(r.new_deadline),
            translate("History", "{days} days").format(days=i18n.format_number(r.days_moved))
            if r.previous_deadline is not None
            else "—",
            r.reason,
            r.recorded_by,
        ]
        for r in reversed(revisions)
    ]


def revision_headers() -> list[str]:
    """Titles of the revisions' columns."""
    return [
        translate("History", "Decided on"),
        translate("History", "Previous deadline"),
        translate("History", "New deadline"),
        translate("History", "Moved by"),
        translate("History", "Reason"),
        translate("History", "By"),
    ]


def audit_rows(entries: Sequence[AuditInfo]) -> list[list[str]]:
    """Rows for the audit table (the latest first, as the service returns them)."""
    rows = []
    for e in entries:
        what = translate("History", ENTITY_LABELS.get(e.entity, e.entity))
        field = (
            translate("History", FIELD_LABELS[e.field])
            if e.field in FIELD_LABELS
            else (e.field or "")
        )
        if e.action == AuditAction.UPDATE:
            change = f"{readable(e.field, e.old_value)} → {readable(e.field, e.new_value)}"
        else:
            change = e.new_value or e.old_value or ""
            if DATABASE_NUMBER.fullmatch(change):  # older entries named a line by its number
                change = ""
        when = e.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)  # stored in UTC
        rows.append([i18n.format_datetime(when), e.user, e.action.label(), what, field, change])
    return rows


def audit_headers() -> list[str]:
    """Titles of the audit table's columns."""
    return [
        translate("History", "When (local time)"),
        translate("History", "By"),
        translate("History", "Action"),
        translate("History", "Record"),
        translate("History", "Field"),
        translate("History", "Change"),
    ]
