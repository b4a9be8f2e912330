"""The rows of each tracker sheet, as values keyed by column, built from the services' data."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from secframe.exchange.labels import enum_label, yes_no
from secframe.exchange.tracker.layout import Col
from secframe.models.enums import LabelledEnum

if TYPE_CHECKING:
    from secframe.services.mapping import MapData
from secframe.services.commitments import CommitmentRow, DeadlineRevisionInfo, StatusChangeInfo
from secframe.services.frameworks import FrameworkInfo
from secframe.services.incidents import IncidentRow
from secframe.services.members import MemberInfo
from secframe.services.resources import ResourceNeedInfo
from secframe.services.results import ResultInfo
from secframe.services.stats import KeyFigures, ResourceGroup
from secframe.services.tracker_data import CommitmentExtras, MeetingRow

Row = dict[str, Any]


@dataclass(frozen=True)
class TrackerData:
    """Everything one export writes, read in one database session."""

    framework: FrameworkInfo
    database_id: str
    commitments: list[CommitmentRow]
    extras: dict[int, CommitmentExtras]
    lines: list[ResourceNeedInfo]
    history: list[StatusChangeInfo]
    revisions: list[DeadlineRevisionInfo]
    members: list[MemberInfo]
    meetings: list[MeetingRow]
    incidents: list[IncidentRow]
    figures: KeyFigures
    gaps: list[ResourceGroup]
    results: list[ResultInfo] = field(default_factory=list)
    # who can unblock each commitment, its next step and the step's date (the Fiche de suivi)
    unblocking: dict[int, tuple[str | None, str | None, date | None]] = field(default_factory=dict)
    incident_map: MapData | None = None  # the Summary's map

    @property
    def titles(self) -> dict[int, str]:
        """Commitment id -> title."""
        return {c.id: c.title for c in self.commitments}


def label(value: LabelledEnum | None, lang: str) -> str | None:
    """An enum's label in ``lang`` (None stays empty)."""
    return enum_label(value, lang) if value is not None else None


def commitment_row(
    c: CommitmentRow, extras: CommitmentExtras | None, lang: str, results: str | None = None
) -> Row:
    """A row of the Commitments sheet (``results``: its counted results in one line)."""
    return {
        "id": c.id,
        "reference": c.reference,
        "title": c.title,
        "kind": label(c.kind, lang),
        "lead": c.lead_member or None,
        "partners": c.partners or None,
        "axis": c.axis or None,
        "locality": c.locality or None,
        "start": c.start_date,
        "original_deadline": c.original_deadline,
        "deadline": c.deadline,
        "revisions": c.revisions,
        "revision_reason": extras.last_revision_reason if extras else None,
        "status": label(c.status, lang),
        "level": c.implementation_level,
        "status_on": c.last_change_on or c.status_since,
        "cause": label(c.last_cause, lang),
        "reason": c.last_reason,
        "unblock_by": extras.unblock_by if extras else None,
        "next_step": extras.next_step if extras else None,
        "next_step_on": extras.next_step_on if extras else None,
        "needed": c.needed,
        "pledged": c.pledged,
        "received": c.received,
        "gap": c.gap,
        "results": results,
        "notes": extras.notes if extras else None,
        "_version": c.version,
    }


def line_row(n: ResourceNeedInfo, titles: dict[int, str], lang: str) -> Row:
    """A row of the Resource needs sheet (amounts in the line's own currency)."""
    return {
        "_line": n.id,
        "commitment_id": n.commitment_id,
        "commitment": titles.get(n.commitment_id),
        "category": label(n.category, lang),
        "description": n.description,
        "quantity": n.quantity,
        "unit": n.unit,
        "unit_cost": n.unit_cost,
        "currency": n.currency,
        "provider": n.provider or None,
        "pledged": n.pledged,
        "received": n.received,
        "needed": n.needed,
        "gap": n.gap,
        "notes": n.notes,
        "_version": n.version,
    }


def history_row(s: StatusChangeInfo, titles: dict[int, str], lang: str) -> Row:
    """A row of the Status history sheet."""
    return {
        "commitment_id": s.commitment_id,
        "commitment": titles.get(s.commitment_id),
        "changed_on": s.changed_on,
        "from_status": label(s.from_status, lang),
        "to_status": label(s.to_status, lang),
        "cause": label(s.cause, lang),
        "reason": s.reason,
        "source": s.source,
        "recorded_by": s.recorded_by,
        "recorded_at": minutes(s.recorded_at),
    }


def revision_row(r: DeadlineRevisionInfo, titles: dict[int, str], lang: str) -> Row:
    """A row of the Deadline revisions sheet."""
    return {
        "commitment_id": r.commitment_id,
        "commitment": titles.get(r.commitment_id),
        "previous": r.previous_deadline,
        "new": r.new_deadline,
        "days": r.days_moved if r.previous_deadline else None,
        "reason": r.reason,
        "decided_on": r.decided_on,
        "source": r.source,
        "recorded_by": r.recorded_by,
    }


def result_row(r: ResultInfo, titles: dict[int, str], lang: str) -> Row:
    """A row of the Results sheet."""
    return {
        "commitment_id": r.commitment_id,
        "commitment": titles.get(r.commitment_id),
        "recorded_on": r.recorded_on,
        "unit": label(r.unit, lang),
        "quantity": r.quantity,
        "approximate": yes_no(r.approximate, lang),
        "result": r.text(lang),
        "notes": r.notes,
        "source": r.source,
    }


def member_row(m: MemberInfo, lang: str) -> Row:
    """A row of the Members sheet; representatives one per line."""
    reps = "\n".join(
        " — ".join(p for p in (r.name, r.title, r.phone) if p) for r in m.representatives
    )
    return {
        "id": m.id,
        "name": m.name,
        "short_name": m.short_name,
        "category": label(m.category, lang),
        "roles": ", ".join(enum_label(role, lang) for role in m.roles) or None,
        "status": label(m.status, lang),
        "joined_on": m.joined_on,
        "representatives": reps or None,
        "notes": m.notes,
    }


def meeting_rows(m: MeetingRow, lang: str) -> list[Row]:
    """Rows of the Meetings and decisions sheet: one per decision (one if none)."""
    base = {
        "number": m.number,
        "held_on": m.held_on,
        "kind": label(m.kind, lang),
        "place": m.place,
        "chair": m.chair,
        "attendance": m.attendance,
        "women": m.women,
        "locked": yes_no(m.locked, lang),
    }
    if not m.decisions:
        return [base]
    return [
        {
            **base,
            "decision_no": position + 1,
            "decision": text,
            "commitments": ", ".join(str(cid) for cid in links) or None,
        }
        for position, text, links in m.decisions
    ]


def incident_row(i: IncidentRow, lang: str) -> Row:
    """A row of the Incidents sheet."""
    return {
        "id": i.id,
        "occurred_on": i.occurred_on,
        "type": label(i.type, lang),
        "sub_type": i.sub_type,
        "locality": i.locality or None,
        "axis": i.axis or None,
        "fatalities": i.fatalities,
        "actors": i.actors,
        "description": i.description,
        "source": i.source,
        "verification": label(i.verification, lang),
        "time_precision": i.time_precision,
        "geo_precision": i.geo_precision,
        "latitude": i.latitude,
        "longitude": i.longitude,
        "external_id": i.external_id,
    }


def minutes(value: datetime | None) -> datetime | None:
    """A timestamp to the minute, as the sheet shows it."""
    if value is None:
        return None
    return (value + timedelta(seconds=30)).replace(second=0, microsecond=0)


# --- the hidden check of read-only rows --------------------------------------------------------


def normalise(value: Any) -> str:
    """A value as text that survives a trip through Excel or LibreOffice unchanged."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return minutes(value).isoformat()  # type: ignore[union-attr]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float | Decimal):
        number = round(Decimal(str(value)), 6).normalize()
        return format(number, "f")
    text = str(value).replace("\r\n", "\n").strip()
    return text


def row_check(values: Iterable[Any]) -> str:
    """A short fingerprint of a row's values (hidden column of read-only sheets)."""
    joined = "\x1f".join(normalise(v) for v in values)
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=6).hexdigest()


def project(rows: Iterable[Row], columns: Sequence[Col], checked: bool) -> list[list[Any]]:
    """Rows as lists in column order; read-only sheets get their check in the last column."""
    keys = [c.key for c in columns if c.key != "_check"]
    result = []
    for row in rows:
        values = [row.get(k) for k in keys]
        if checked:
            values.append(row_check(values))
        result.append(values)
    return result
