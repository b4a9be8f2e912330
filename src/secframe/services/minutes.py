"""The minutes (« compte rendu ») of a session, as plain data: heading, attendance with counts
by sex and by category, agenda, the review of open commitments with what changed, the
decisions with who does what by when, and the next session.

Like the brief, the minutes of an adopted session are printed from the figures frozen at its
adoption (``services.adoption``); otherwise they are computed from the data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.models import (
    ActionStatus,
    Commitment,
    CommitmentStatus,
    DeadlineRevision,
    DecisionEffect,
    Framework,
    Meeting,
    Member,
    MemberCategory,
    ReviewEntry,
    ReviewOutcome,
    Sex,
    StatusCause,
    StatusChange,
)
from secframe.models.rules import action_is_late
from secframe.services import meetings as ms
from secframe.services import preparation as prep
from secframe.services.briefing import is_illustrative, states_on
from secframe.services.entities import FRAMEWORK
from secframe.services.records import get_or_fail
from secframe.services.snapshots import Frozen, load


@dataclass(frozen=True)
class PresentLine:
    """Someone present, for a member or on their own account."""

    member: str
    name: str | None
    sex: Sex


@dataclass(frozen=True)
class ReviewLine:
    """What the session recorded about one open commitment."""

    title: str
    status: CommitmentStatus | None  # on the session's date
    outcome: ReviewOutcome
    change: tuple[CommitmentStatus | None, CommitmentStatus] | None
    cause: StatusCause | None
    reason: str | None
    deadline: tuple[date | None, date] | None
    note: str | None


@dataclass(frozen=True)
class ActionLine:
    """Who does what by when, for a decision."""

    what: str
    who: str | None
    due_on: date | None
    status: ActionStatus
    late: bool


@dataclass(frozen=True)
class DecisionLine:
    """A decision with the commitments it created or concerns and its follow-up actions."""

    text: str
    commitments: tuple[tuple[str, DecisionEffect], ...]
    actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class Minutes:
    """Everything the minutes of a session print."""

    framework_name: str
    framework_short_name: str
    meeting: ms.MeetingInfo
    generated_at: datetime
    present: tuple[PresentLine, ...]
    by_sex: dict[Sex, int]
    by_category: dict[MemberCategory, int]
    agenda: tuple[str, ...]
    reviewed: tuple[ReviewLine, ...]
    not_reviewed: tuple[str, ...]  # open commitments the session did not review
    decisions: tuple[DecisionLine, ...]
    next_meeting: tuple[int, date] | None
    adopted_in: int | None  # the number of the session that adopted these conclusions
    illustrative: bool = False
    frozen: Frozen | None = None


def _present(session: Session, meeting: ms.MeetingInfo) -> tuple[list[PresentLine], dict]:
    categories = dict(
        session.execute(
            select(Member.id, Member.category).where(Member.framework_id == meeting.framework_id)
        ).all()
    )
    by_category: dict[MemberCategory, int] = {}
    lines = []
    for a in meeting.attendance:
        lines.append(PresentLine(a.member, a.name, a.sex))
        if a.member_id is not None and a.member_id in categories:
            cat = categories[a.member_id]
            by_category[cat] = by_category.get(cat, 0) + 1
    return lines, by_category


def _review(session: Session, meeting: ms.MeetingInfo) -> tuple[list[ReviewLine], list[str]]:
    states = states_on(session, meeting.framework_id, meeting.held_on)
    rows = session.execute(
        select(ReviewEntry, Commitment.title, StatusChange, DeadlineRevision)
        .join(Commitment, Commitment.id == ReviewEntry.commitment_id)
        .outerjoin(StatusChange, StatusChange.id == ReviewEntry.status_change_id)
        .outerjoin(DeadlineRevision, DeadlineRevision.id == ReviewEntry.deadline_revision_id)
        .where(ReviewEntry.meeting_id == meeting.id)
        .order_by(Commitment.title)
    ).all()
    lines = []
    for entry, title, sc, rev in rows:
        state = states.get(entry.commitment_id)
        lines.append(
            ReviewLine(
                title,
                state.status if state else None,
                entry.outcome,
                (sc.from_status, sc.to_status) if sc is not None else None,
                sc.cause if sc is not None else None,
                sc.reason if sc is not None else None,
                (rev.previous_deadline, rev.new_deadline) if rev is not None else None,
                entry.note,
            )
        )
    seen = {e.commitment_id for e, *_ in rows}
    titles = dict(
        session.execute(
            select(Commitment.id, Commitment.title).where(
                Commitment.framework_id == meeting.framework_id
            )
        ).all()
    )
    missing = sorted(
        titles[cid] for cid, s in states.items() if s.status.is_open and cid not in seen
    )
    return lines, missing


def _decisions(session: Session, meeting: ms.MeetingInfo, as_of: date) -> list[DecisionLine]:
    titles = dict(
        session.execute(
            select(Commitment.id, Commitment.title).where(
                Commitment.framework_id == meeting.framework_id
            )
        ).all()
    )
    actions = prep.actions_of_meeting(session, meeting.id)
    return [
        DecisionLine(
            d.text,
            tuple((titles[c], eff) for c, eff in d.links if c in titles),
            tuple(
                ActionLine(
                    a.what, a.who, a.due_on, a.status, action_is_late(a.status, a.due_on, as_of)
                )
                for a in actions.get(d.id, [])
            ),
        )
        for d in meeting.decisions
    ]


def _next_meeting(session: Session, meeting: ms.MeetingInfo) -> tuple[int, date] | None:
    row = session.execute(
        select(Meeting.number, Meeting.held_on)
        .where(Meeting.framework_id == meeting.framework_id, Meeting.number > meeting.number)
        .order_by(Meeting.number)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


def build_minutes(
    session: Session,
    meeting_id: int,
    *,
    today: date | None = None,
    now: datetime | None = None,
    live: bool = False,
) -> Minutes:
    """The minutes of a session: as frozen at its adoption, else (or with ``live``) from the
    data."""
    now = now or datetime.now().replace(microsecond=0)
    if not live:
        frozen = load(session, meeting_id, "minutes", Minutes)
        if frozen is not None:
            return replace(frozen[0], generated_at=now, frozen=frozen[1])
    meeting = ms.get_meeting(session, meeting_id)
    fw = get_or_fail(session, Framework, meeting.framework_id, FRAMEWORK)
    present, by_category = _present(session, meeting)
    reviewed, missing = _review(session, meeting)
    adopted_in = (
        session.scalar(select(Meeting.number).where(Meeting.id == meeting.adopted_in_id))
        if meeting.adopted_in_id is not None
        else None
    )
    return Minutes(
        framework_name=fw.name,
        framework_short_name=fw.short_name,
        meeting=meeting,
        generated_at=now,
        present=tuple(present),
        by_sex=meeting.attendance_by_sex,
        by_category=by_category,
        agenda=meeting.agenda,
        reviewed=tuple(reviewed),
        not_reviewed=tuple(missing),
        decisions=tuple(_decisions(session, meeting, today or date.today())),
        next_meeting=_next_meeting(session, meeting),
        adopted_in=adopted_in,
        illustrative=is_illustrative(session, fw.id, meeting.id),
    )
