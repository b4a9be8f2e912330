"""Preparing a session for the governor and following up its decisions.

- **Decision points**: for an agenda item or a blocked commitment, the situation, the options,
  the secretariat's recommendation and the action asked of the governor. Recorded while the
  session is open; read-only once it is locked.
- **Who can unblock** a blocked commitment, the next step and its date.
- **Follow-up actions** of a decision: what, who, by when and where it stands. What was
  decided is fixed with the session, but the status of an action is followed from session to
  session, so it stays editable after the session is locked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from secframe.models import (
    ActionStatus,
    Decision,
    DecisionPoint,
    FollowUpAction,
    Meeting,
)
from secframe.models.base import utcnow
from secframe.services import meetings as ms
from secframe.services.checks import Checker, clean, fail, required
from secframe.services.commitments.data import UnblockingInput
from secframe.services.commitments.unblocking import record_unblocking
from secframe.services.entities import MEETING
from secframe.services.records import get_or_fail

TITLE_LENGTH = 300


@dataclass(frozen=True)
class DecisionPointInput:
    """A point submitted to the governor's decision, as entered."""

    title: str
    situation: str | None = None
    options: tuple[str, ...] = ()
    recommendation: str | None = None
    action_asked: str | None = None
    commitment_id: int | None = None


@dataclass(frozen=True)
class DecisionPointInfo:
    """A decision point as shown."""

    id: int
    position: int
    title: str
    situation: str | None
    options: tuple[str, ...]
    recommendation: str | None
    action_asked: str | None
    commitment_id: int | None


@dataclass(frozen=True)
class ActionInput:
    """A follow-up action of a decision, as entered."""

    what: str
    who: str | None = None
    due_on: date | None = None
    status: ActionStatus = ActionStatus.TODO
    status_on: date | None = None
    note: str | None = None


@dataclass(frozen=True)
class ActionInfo:
    """A follow-up action as shown, with the decision it comes from."""

    id: int
    decision_id: int
    position: int
    what: str
    who: str | None
    due_on: date | None
    status: ActionStatus
    status_on: date | None
    note: str | None


def _point_info(p: DecisionPoint) -> DecisionPointInfo:
    options = tuple(o for o in (p.options or "").split("\n") if o.strip())
    return DecisionPointInfo(
        p.id,
        p.position,
        p.title,
        p.situation,
        options,
        p.recommendation,
        p.action_asked,
        p.commitment_id,
    )


def _action_info(a: FollowUpAction) -> ActionInfo:
    return ActionInfo(
        a.id, a.decision_id, a.position, a.what, a.who, a.due_on, a.status, a.status_on, a.note
    )


# --- decision points -------------------------------------------------------------------------


def decision_points(session: Session, meeting_id: int) -> list[DecisionPointInfo]:
    """The decision points prepared for a session, in order."""
    rows = session.scalars(
        select(DecisionPoint)
        .where(DecisionPoint.meeting_id == meeting_id)
        .order_by(DecisionPoint.position, DecisionPoint.id)
    )
    return [_point_info(p) for p in rows]


def set_decision_points(
    session: Session, meeting_id: int, points: tuple[DecisionPointInput, ...]
) -> list[DecisionPointInfo]:
    """Replace the decision points of a session that is not locked."""
    meeting = get_or_fail(session, Meeting, meeting_id, MEETING)
    ms.ensure_open(meeting)
    check = Checker()
    for i, p in enumerate(points):
        if not clean(p.title):
            check.add(f"points[{i}].title", required("title"))
    check.done()
    ms.check_decision_links(session, meeting, {p.commitment_id for p in points if p.commitment_id})
    meeting.decision_points = [
        DecisionPoint(
            position=i,
            title=(clean(p.title) or "")[:TITLE_LENGTH],
            situation=clean(p.situation),
            options="\n".join(o.strip() for o in p.options if o.strip()) or None,
            recommendation=clean(p.recommendation),
            action_asked=clean(p.action_asked),
            commitment_id=p.commitment_id,
        )
        for i, p in enumerate(points)
    ]
    meeting.updated_at = utcnow()
    session.flush()
    return decision_points(session, meeting_id)


# --- who can unblock ---------------------------------------------------------------------------


def set_unblocking(
    session: Session,
    commitment_id: int,
    *,
    unblock_by: str | None,
    next_step: str | None,
    next_step_on: date | None,
) -> None:
    """Record who can unblock a commitment, the next step and its date (checked by
    ``services.commitments.unblocking``)."""
    record_unblocking(session, commitment_id, UnblockingInput(unblock_by, next_step, next_step_on))


# --- follow-up actions -------------------------------------------------------------------------


def add_action(session: Session, decision_id: int, data: ActionInput) -> ActionInfo:
    """Add a follow-up action to a decision of a session that is not locked."""
    d = get_or_fail(session, Decision, decision_id, MEETING)
    ms.ensure_open(d.meeting)
    if not clean(data.what):
        raise fail("what", required("text"))
    action = FollowUpAction(
        decision_id=d.id,
        position=len(d.actions),
        what=clean(data.what) or "",
        who=clean(data.who),
        due_on=data.due_on,
        status=data.status,
        status_on=data.status_on,
        note=clean(data.note),
    )
    session.add(action)
    d.meeting.updated_at = utcnow()
    session.flush()
    return _action_info(action)


def set_action_status(
    session: Session,
    action_id: int,
    status: ActionStatus,
    *,
    on: date,
    note: str | None = None,
) -> ActionInfo:
    """Record where a follow-up action stands (allowed after its session is locked: this is
    the follow-up itself)."""
    action = get_or_fail(session, FollowUpAction, action_id, MEETING)
    action.status = status
    action.status_on = on
    if clean(note):
        action.note = clean(note)
    session.flush()
    return _action_info(action)


def actions_of_meeting(session: Session, meeting_id: int) -> dict[int, list[ActionInfo]]:
    """The follow-up actions of each decision of a session, by decision id."""
    decisions = session.scalars(
        select(Decision)
        .where(Decision.meeting_id == meeting_id)
        .options(selectinload(Decision.actions))
        .order_by(Decision.position)
    )
    return {d.id: [_action_info(a) for a in d.actions] for d in decisions}
