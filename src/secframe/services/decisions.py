"""Decisions of a session that create or concern commitments, and the adoption of the
previous session's conclusions (which locks it). A locked session refuses all of it."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    CommitmentKind,
    CommitmentStatus,
    Decision,
    DecisionCommitment,
    DecisionEffect,
)
from secframe.models.base import utcnow
from secframe.services import commitments as cs
from secframe.services import meetings as ms
from secframe.services.checks import clean, fail, required
from secframe.services.entities import MEETING
from secframe.services.records import get_or_fail
from secframe.services.review import open_meeting, session_source

TITLE_LENGTH = 300


def decision_draft(meeting: ms.MeetingInfo, text: str) -> cs.CommitmentInput:
    """A new commitment pre-filled from a decision: its first sentence as title, the whole
    text as description, the session as source, starting on the session's date."""
    body = clean(text) or ""
    first = body.split("\n", 1)[0]
    for stop in (". ", " ; ", "; "):
        if stop in first:
            first = first.split(stop, 1)[0]
    title = first.rstrip(" .;")
    if len(title) > TITLE_LENGTH:
        title = title[: TITLE_LENGTH - 1].rstrip() + "…"
    return cs.CommitmentInput(
        title=title,
        kind=CommitmentKind.OTHER,
        description=body or None,
        source=session_source(meeting.number, meeting.held_on),
        source_meeting_id=meeting.id,
        start_date=meeting.held_on,
    )


def add_decision_with_commitment(
    session: Session,
    meeting_id: int,
    text: str,
    data: cs.CommitmentInput,
    *,
    status: CommitmentStatus = CommitmentStatus.PLANNED,
    today: date | None = None,
) -> tuple[ms.DecisionInfo, cs.CommitmentDetail]:
    """Record a decision and the new commitment it creates, linked to each other; the
    commitment's status log starts on the session's date with the session as source."""
    meeting = open_meeting(session, meeting_id)
    decision = ms.add_decision(session, meeting.id, text)
    detail = cs.create_commitment(
        session,
        meeting.framework_id,
        data,
        status=status,
        status_on=meeting.held_on,
        source=session_source(meeting.number, meeting.held_on),
        meeting_id=meeting.id,
        today=today,
    )
    ms.link_decision(session, decision.id, detail.id, DecisionEffect.CREATED)
    session.flush()
    links = ((detail.id, DecisionEffect.CREATED),)
    return ms.DecisionInfo(decision.id, decision.position, decision.text, links), detail


def update_decision(
    session: Session,
    decision_id: int,
    text: str,
    *,
    links: tuple[tuple[int, DecisionEffect], ...] | None = None,
) -> ms.DecisionInfo:
    """Change a decision's text and, when given, the commitments it concerns (links marked
    "created" are kept: the commitment exists because of this decision)."""
    d = get_or_fail(session, Decision, decision_id, MEETING)
    ms.ensure_open(d.meeting)
    if not clean(text):
        raise fail("text", required("text"))
    d.text = clean(text) or ""
    if links is not None:
        wanted = dict(links)
        kept = [x for x in d.links if x.effect == DecisionEffect.CREATED]
        kept_ids = {x.commitment_id for x in kept}
        ms.check_decision_links(session, d.meeting, set(wanted) - kept_ids)
        d.links = kept + [
            DecisionCommitment(commitment_id=cid, effect=eff)
            for cid, eff in wanted.items()
            if cid not in kept_ids
        ]
    d.meeting.updated_at = utcnow()
    session.flush()
    return ms.DecisionInfo(
        d.id, d.position, d.text, tuple((x.commitment_id, x.effect) for x in d.links)
    )


# --- adoption ----------------------------------------------------------------------------------


def adopt_previous(session: Session, meeting_id: int) -> ms.MeetingInfo:
    """Adopt, at this session, the conclusions of the session before it: that one becomes
    read-only, with who locked it and when, and its figures are frozen. Returns the locked
    session."""
    previous = ms.previous_meeting(session, meeting_id)
    if previous is None:
        raise fail(
            "adopted_in_id",
            msg(
                "Review",
                QT_TRANSLATE_NOOP(
                    "Review", "There is no earlier session whose conclusions could be adopted."
                ),
            ),
        )
    from secframe.services.adoption import adopt_conclusions

    return adopt_conclusions(
        session, previous.id, adopted_in_id=meeting_id, expected_version=previous.version
    )
