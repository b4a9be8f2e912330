"""Queries behind the desktop lists: commitments needing attention, and incident ids in order.

The incidents list loads its rows lazily: it first asks for the ids matching a filter in the
order the user chose (``incident_ids``), then fetches the rows it shows, a block at a time.
Text search ignores case and accents, as people type names ("tombouctou", "niafunke").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from secframe.models import (
    Axis,
    Commitment,
    CommitmentStatus,
    Decision,
    DecisionCommitment,
    Incident,
    Meeting,
    MeetingKind,
    ReviewEntry,
)
from secframe.services.incidents import IncidentFilter, scope_condition
from secframe.services.matching import fold
from secframe.services.places import locality_labels


def suspended_without_decision(session: Session, framework_id: int) -> dict[int, date | None]:
    """Suspended commitments that no session has discussed since their suspension.

    A decision linked to the commitment, or a review entry about it, in a session held on or
    after the suspension date counts as discussed. Returns commitment id -> suspended since.
    """
    since = Commitment.status_since
    decided = (
        exists()
        .where(DecisionCommitment.commitment_id == Commitment.id)
        .where(Decision.id == DecisionCommitment.decision_id)
        .where(Meeting.id == Decision.meeting_id)
        .where(since.is_(None) | (Meeting.held_on >= since))
    )
    reviewed = (
        exists()
        .where(ReviewEntry.commitment_id == Commitment.id)
        .where(Meeting.id == ReviewEntry.meeting_id)
        .where(since.is_(None) | (Meeting.held_on >= since))
    )
    rows = session.execute(
        select(Commitment.id, since).where(
            Commitment.framework_id == framework_id,
            Commitment.status == CommitmentStatus.SUSPENDED,
            ~decided,
            ~reviewed,
        )
    )
    return {cid: on for cid, on in rows}  # noqa: C416  (rows are Row objects)


@dataclass(frozen=True)
class MeetingBrief:
    """A session as offered in pickers (without attendance and decisions)."""

    id: int
    number: int
    held_on: date
    kind: MeetingKind
    locked: bool


def meeting_briefs(session: Session, framework_id: int) -> list[MeetingBrief]:
    """A framework's sessions, the latest first, without their details (quick to read)."""
    rows = session.execute(
        select(Meeting.id, Meeting.number, Meeting.held_on, Meeting.kind, Meeting.locked)
        .where(Meeting.framework_id == framework_id)
        .order_by(Meeting.held_on.desc(), Meeting.number.desc())
    )
    return [MeetingBrief(*r) for r in rows]


# Columns the incidents list can be ordered by -> how a value sorts.
INCIDENT_ORDERS = (
    "occurred_on",
    "type",
    "sub_type",
    "place",
    "axis",
    "fatalities",
    "actors",
    "description",
    "source",
    "verification",
)

_TEXT_COLUMNS = (Incident.description, Incident.actors, Incident.sub_type, Incident.source)


def incident_ids(
    session: Session,
    flt: IncidentFilter,
    order: str = "occurred_on",
    *,
    descending: bool = True,
) -> list[int]:
    """Ids of the incidents matching ``flt`` in the chosen order (latest first on ties).

    ``flt.text`` matches every word, ignoring case and accents, in the description, actors,
    sub-type, source, type and place.
    """
    if order not in INCIDENT_ORDERS:
        raise ValueError(f"unknown order {order!r}")
    text = flt.text
    conds = scope_condition(session, replace(flt, text=None))
    columns: list[Any] = [Incident.id, Incident.occurred_on, Incident.locality_id, Incident.type]
    columns += [_order_column(order)]
    if text:
        columns += [*_TEXT_COLUMNS, Axis.name]
    stmt = select(*columns).outerjoin(Axis, Axis.id == Incident.axis_id).where(*conds)
    rows = list(session.execute(stmt).all())
    labels = locality_labels(session) if rows and (text or order == "place") else {}
    if text:
        words = fold(text).split()
        rows = [r for r in rows if _matches(r, words, labels)]
    rows.sort(key=lambda r: (r[1], r[0]), reverse=True)  # ties: the latest first
    if order != "occurred_on":
        key = _sort_key(order, labels)
        present = [r for r in rows if r[4] is not None and r[4] != ""]
        missing = [r for r in rows if r[4] is None or r[4] == ""]
        present.sort(key=lambda r: key(r[4]), reverse=descending)
        rows = present + missing  # empty values last, whatever the direction
    elif not descending:
        rows.reverse()
    return [r[0] for r in rows]


def _order_column(order: str) -> Any:
    if order == "place":
        return Incident.locality_id
    if order == "axis":
        return Axis.name
    return getattr(Incident, order)


def _sort_key(order: str, labels: dict[int, str]) -> Callable[[Any], Any]:
    if order == "place":
        return lambda v: fold(labels.get(v, ""))
    if order in ("type", "verification"):
        return lambda v: fold(v.label())
    if order == "fatalities":
        return lambda v: v
    return lambda v: fold(str(v))


def _matches(row: Any, words: list[str], labels: dict[int, str]) -> bool:
    _, _, locality_id, kind = row[:4]
    parts = [p for p in row[5:] if p]
    parts.append(kind.label())
    if locality_id is not None:
        parts.append(labels.get(locality_id, ""))
    haystack = fold(" ".join(parts))
    return all(w in haystack for w in words)
