"""Bulk reads the tracker workbook needs beyond the lists (one query per kind of record), and
the database identity written into exported workbooks."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secframe.models import (
    Attendance,
    Commitment,
    CommitmentPartner,
    DeadlineRevision,
    Decision,
    DecisionCommitment,
    Locality,
    Meeting,
    MeetingKind,
    Sex,
)
from secframe.services.commitments import PartnerInput
from secframe.services.preferences import get_preference, set_preference

DATABASE_ID_KEY = "exchange.database_id"


@dataclass(frozen=True)
class CommitmentExtras:
    """What the tracker shows of a commitment beyond its list row."""

    notes: str | None
    last_revision_reason: str | None
    unblock_by: str | None = None
    next_step: str | None = None
    next_step_on: date | None = None


def commitment_extras(session: Session, framework_id: int) -> dict[int, CommitmentExtras]:
    """Outcome notes, the reason of the latest deadline revision, who can unblock the
    commitment and its next step, per commitment."""
    last = (
        select(DeadlineRevision.commitment_id, func.max(DeadlineRevision.id).label("rid"))
        .join(Commitment, Commitment.id == DeadlineRevision.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .group_by(DeadlineRevision.commitment_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Commitment.id,
            Commitment.outcome_notes,
            DeadlineRevision.reason,
            Commitment.unblock_by,
            Commitment.next_step,
            Commitment.next_step_on,
        )
        .outerjoin(last, last.c.commitment_id == Commitment.id)
        .outerjoin(DeadlineRevision, DeadlineRevision.id == last.c.rid)
        .where(Commitment.framework_id == framework_id)
    )
    return {
        cid: CommitmentExtras(notes, reason, by, step, on)
        for cid, notes, reason, by, step, on in rows
    }


def partner_links(session: Session, framework_id: int) -> dict[int, tuple[PartnerInput, ...]]:
    """Partner members (with their roles) of every commitment, in entry order."""
    rows = session.execute(
        select(CommitmentPartner.commitment_id, CommitmentPartner.member_id, CommitmentPartner.role)
        .join(Commitment, Commitment.id == CommitmentPartner.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .order_by(CommitmentPartner.id)
    )
    result: dict[int, list[PartnerInput]] = {}
    for cid, mid, role in rows:
        result.setdefault(cid, []).append(PartnerInput(mid, role))
    return {k: tuple(v) for k, v in result.items()}


@dataclass(frozen=True)
class MeetingRow:
    """A session as the tracker lists it: attendance counted, decisions with their links."""

    number: int
    held_on: date
    kind: MeetingKind
    place: str | None
    chair: str | None
    attendance: int
    women: int
    locked: bool
    decisions: tuple[tuple[int, str, tuple[int, ...]], ...]  # (position, text, commitment ids)


def meeting_rows(session: Session, framework_id: int) -> list[MeetingRow]:
    """A framework's sessions by number, with attendance counts and decisions (few queries)."""
    meetings = session.execute(
        select(
            Meeting.id,
            Meeting.number,
            Meeting.held_on,
            Meeting.kind,
            Meeting.place,
            Meeting.chair,
            Meeting.locked,
        )
        .where(Meeting.framework_id == framework_id)
        .order_by(Meeting.number)
    ).all()
    ids = [m.id for m in meetings]
    attendance: dict[int, list[int]] = {}
    for mid, sex, count in session.execute(
        select(Attendance.meeting_id, Attendance.sex, func.count())
        .where(Attendance.meeting_id.in_(ids))
        .group_by(Attendance.meeting_id, Attendance.sex)
    ):
        totals = attendance.setdefault(mid, [0, 0])
        totals[0] += count
        totals[1] += count if sex == Sex.FEMALE else 0
    links: dict[int, list[int]] = {}
    for did, cid in session.execute(
        select(DecisionCommitment.decision_id, DecisionCommitment.commitment_id)
        .join(Decision, Decision.id == DecisionCommitment.decision_id)
        .where(Decision.meeting_id.in_(ids))
        .order_by(DecisionCommitment.id)
    ):
        links.setdefault(did, []).append(cid)
    decisions: dict[int, list[tuple[int, str, tuple[int, ...]]]] = {}
    for did, mid, position, text in session.execute(
        select(Decision.id, Decision.meeting_id, Decision.position, Decision.text)
        .where(Decision.meeting_id.in_(ids))
        .order_by(Decision.meeting_id, Decision.position)
    ):
        decisions.setdefault(mid, []).append((position, text, tuple(links.get(did, ()))))
    result = []
    for m in meetings:
        total, women = attendance.get(m.id, [0, 0])
        result.append(
            MeetingRow(
                m.number,
                m.held_on,
                m.kind,
                m.place,
                m.chair,
                total,
                women,
                m.locked,
                tuple(decisions.get(m.id, ())),
            )
        )
    return result


def database_id(session: Session) -> str | None:
    """The identity written into exported workbooks (None before the first export)."""
    value = get_preference(session, DATABASE_ID_KEY)
    return str(value) if value else None


def ensure_database_id(session: Session) -> str:
    """The database's identity, created on first use (a random UUID)."""
    value = database_id(session)
    if value is None:
        value = str(uuid.uuid4())
        set_preference(session, DATABASE_ID_KEY, value)
    return value


def count_places(session: Session) -> int:
    """How many places the database holds (to tell how many an import added)."""
    return session.scalar(select(func.count()).select_from(Locality)) or 0
