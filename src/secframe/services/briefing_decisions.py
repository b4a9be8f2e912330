"""The parts of the governor's brief that ask for decisions and follow them up: the points
submitted to the governor, who can unblock each blocked commitment, and the follow-up of the
previous session's decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.models import (
    ActionStatus,
    Commitment,
    CommitmentStatus,
    Remedy,
    StatusCause,
    StatusChange,
)
from secframe.models.rules import action_is_late
from secframe.services import meetings as ms
from secframe.services import preparation as prep


@dataclass(frozen=True)
class Precedent:
    """The commitment a decision point is about, as it stood on the brief's date."""

    title: str
    status: CommitmentStatus
    since: date | None
    cause: StatusCause | None
    reason: str | None


@dataclass(frozen=True)
class PointLine:
    """A point submitted to the governor's decision."""

    title: str
    situation: str | None
    options: tuple[str, ...]
    recommendation: str | None
    action_asked: str | None
    precedent: Precedent | None


@dataclass(frozen=True)
class Unblocking:
    """Who can unblock a commitment, the next step and its date, and what would restart it."""

    commitment_id: int
    remedy: Remedy
    unblock_by: str | None
    next_step: str | None
    next_step_on: date | None


@dataclass(frozen=True)
class ActionLine:
    """A follow-up action of a decision, and where it stands on the brief's date."""

    what: str
    who: str | None
    due_on: date | None
    status: ActionStatus
    late: bool
    note: str | None


@dataclass(frozen=True)
class FollowUpLine:
    """A decision of the previous session with its follow-up actions."""

    text: str
    actions: tuple[ActionLine, ...]


def points_of(
    session: Session, meeting_id: int, states: dict[int, tuple[CommitmentStatus, date | None]]
) -> tuple[PointLine, ...]:
    """The decision points of a session; a point about a commitment carries how it stood
    (``states``: status and since when, on the brief's date)."""
    points = prep.decision_points(session, meeting_id)
    ids = {p.commitment_id for p in points if p.commitment_id is not None}
    facts = _last_changes(session, ids)
    lines = []
    for p in points:
        precedent = None
        if p.commitment_id is not None and p.commitment_id in facts:
            title, cause, reason = facts[p.commitment_id]
            status, since = states.get(p.commitment_id, (None, None))
            if status is not None:
                precedent = Precedent(title, status, since, cause, reason)
        lines.append(
            PointLine(p.title, p.situation, p.options, p.recommendation, p.action_asked, precedent)
        )
    return tuple(lines)


def _last_changes(
    session: Session, ids: set[int]
) -> dict[int, tuple[str, StatusCause | None, str | None]]:
    """Title and the cause and reason of the last status change that gave one."""
    if not ids:
        return {}
    titles: dict[int, str] = dict(
        session.execute(select(Commitment.id, Commitment.title).where(Commitment.id.in_(ids))).all()
    )
    out: dict[int, tuple[str, StatusCause | None, str | None]] = {
        cid: (title, None, None) for cid, title in titles.items()
    }
    rows = session.execute(
        select(StatusChange.commitment_id, StatusChange.cause, StatusChange.reason)
        .where(StatusChange.commitment_id.in_(ids), StatusChange.reason.is_not(None))
        .order_by(StatusChange.changed_on, StatusChange.id)
    )
    for cid, cause, reason in rows:
        out[cid] = (titles[cid], cause, reason)
    return out


def unblocking_of(
    session: Session, ids: set[int]
) -> dict[int, tuple[str | None, str | None, date | None]]:
    """Who can unblock each commitment, its next step and the step's date."""
    if not ids:
        return {}
    rows = session.execute(
        select(
            Commitment.id, Commitment.unblock_by, Commitment.next_step, Commitment.next_step_on
        ).where(Commitment.id.in_(ids))
    )
    return {cid: (by, step, on) for cid, by, step, on in rows}


def follow_up_of(
    session: Session, previous: ms.MeetingInfo | None, as_of: date
) -> tuple[FollowUpLine, ...]:
    """The previous session's decisions with their follow-up actions on ``as_of``."""
    if previous is None:
        return ()
    actions = prep.actions_of_meeting(session, previous.id)
    lines = []
    for d in previous.decisions:
        rows = []
        for a in actions.get(d.id, []):
            # A status recorded after the brief's date was not known then.
            known = a.status_on is None or a.status_on <= as_of
            status = a.status if known else ActionStatus.TODO
            late = action_is_late(status, a.due_on, as_of)
            rows.append(ActionLine(a.what, a.who, a.due_on, status, late, a.note))
        lines.append(FollowUpLine(d.text, tuple(rows)))
    return tuple(lines)
