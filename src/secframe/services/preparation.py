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
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from secframe.models import (
    ActionStatus,
    Decision,
    DecisionPoint,
    FollowUpAction,
    Meeting,
    bounds,
)
from secframe.models.base import utcnow
from secframe.services import meetings as ms
from secframe.services.changes import MEETING as MEETING_KIND
from secframe.services.changes import Changes, Saved, recorded
from secframe.services.checks import Checker, clean, required
from secframe.services.commitments.data import UnblockingInput
from secframe.services.commitments.unblocking import record_unblocking
from secframe.services.entities import MEETING
from secframe.services.errors import FieldError, NotFoundError, ValidationError
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


ACTION_LENGTH = 1000  # what an action asks, in a sentence or two (the column is unbounded)
NOTE_LENGTH = 1000


def action_errors(data: ActionInput, today: date | None = None) -> list[FieldError]:
    """Every rule a follow-up action breaks: what it asks is required; texts within their
    length; dates between 1960 and 2100; where it stands not dated in the future."""
    check = Checker()
    check.require("what", clean(data.what), required("text"))
    check.within_bounds(data, FollowUpAction)
    for field, value, limit in (
        ("what", data.what, ACTION_LENGTH),
        ("note", data.note, NOTE_LENGTH),
    ):
        if value is not None:
            check.bounded(field, value.strip(), partial(bounds.check_text, limit=limit))
    check.not_future("status_on", data.status_on, today or date.today())
    return check.errors


def _meeting_of(session: Session, decision_id: int) -> Meeting:
    return get_or_fail(session, Decision, decision_id, MEETING).meeting


def save_action(
    session: Session,
    decision_id: int,
    action_id: int | None,
    data: ActionInput,
    *,
    today: date | None = None,
) -> Saved[ActionInfo]:
    """Add a follow-up action to a decision (``action_id`` None) or change one.

    While the decision's session is open everything can change. Once it is locked, what was
    decided (what, who, by when) is fixed, but where the action stands (status, its date, the
    note) is still followed up. A status that changes without a date is dated today."""
    today = today or date.today()
    meeting = _meeting_of(session, decision_id)
    action = None if action_id is None else get_or_fail(session, FollowUpAction, action_id, MEETING)
    if action is not None and action.decision_id != decision_id:
        raise NotFoundError(MEETING, action_id)
    fixed = (clean(data.what) or "", clean(data.who), data.due_on)
    if action is None or fixed != (action.what, action.who, action.due_on):
        ms.ensure_open(meeting)
    errors = action_errors(data, today)
    if errors:
        raise ValidationError(errors)
    status_on = data.status_on
    if status_on is None and (action is None or action.status != data.status):
        status_on = None if data.status == ActionStatus.TODO and action is None else today
    if action is None:
        decision = session.get_one(Decision, decision_id)
        action = FollowUpAction(decision_id=decision_id, position=len(decision.actions))
        session.add(action)
    action.what, action.who, action.due_on = fixed
    action.status, action.status_on, action.note = data.status, status_on, clean(data.note)
    meeting.updated_at = utcnow()
    session.flush()
    return Saved(_action_info(action), recorded(session) | Changes.of(MEETING_KIND, meeting.id))


def add_action(session: Session, decision_id: int, data: ActionInput) -> ActionInfo:
    """Add a follow-up action to a decision of a session that is not locked."""
    return save_action(session, decision_id, None, data).value


def delete_action(session: Session, action_id: int) -> Saved[None]:
    """Delete a follow-up action of a session that is not locked (a locked session's actions
    are followed up, marked done or dropped, never deleted)."""
    action = get_or_fail(session, FollowUpAction, action_id, MEETING)
    meeting = action.decision.meeting
    ms.ensure_open(meeting)
    session.delete(action)
    meeting.updated_at = utcnow()
    session.flush()
    return Saved(None, recorded(session) | Changes.of(MEETING_KIND, meeting.id))


def set_action_status(
    session: Session,
    action_id: int,
    status: ActionStatus,
    *,
    on: date,
    note: str | None = None,
) -> ActionInfo:
    """Record where a follow-up action stands (allowed after its session is locked: this is
    the follow-up itself); a note given replaces the note."""
    action = get_or_fail(session, FollowUpAction, action_id, MEETING)
    data = ActionInput(
        action.what,
        action.who,
        action.due_on,
        status,
        on,
        note if clean(note) else action.note,
    )
    return save_action(session, action.decision_id, action.id, data).value


def actions_of_meeting(session: Session, meeting_id: int) -> dict[int, list[ActionInfo]]:
    """The follow-up actions of each decision of a session, by decision id."""
    decisions = session.scalars(
        select(Decision)
        .where(Decision.meeting_id == meeting_id)
        .options(selectinload(Decision.actions))
        .order_by(Decision.position)
    )
    return {d.id: [_action_info(a) for a in d.actions] for d in decisions}
