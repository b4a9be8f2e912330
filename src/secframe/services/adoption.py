"""Adopting a session's conclusions: the session is locked and the figures of its brief and
minutes are frozen, so that reprinting them later shows what was true then."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from secframe.services import meetings as ms
from secframe.services import snapshots


def freeze(session: Session, meeting_id: int, *, at: datetime, by: str) -> None:
    """Compute a session's brief and minutes on its date and keep them."""
    from secframe.services.briefing import build_brief
    from secframe.services.minutes import build_minutes

    brief = build_brief(session, meeting_id, today=at.date(), now=at, live=True)
    minutes = build_minutes(session, meeting_id, today=at.date(), now=at, live=True)
    snapshots.store(session, meeting_id, {"brief": brief, "minutes": minutes}, taken_at=at, by=by)


def adopt_conclusions(
    session: Session,
    meeting_id: int,
    *,
    adopted_in_id: int,
    expected_version: int | None = None,
    at: datetime | None = None,
    by: str | None = None,
) -> ms.MeetingInfo:
    """Adopt a session's conclusions at a later session: lock it and freeze its figures."""
    info = ms.adopt_conclusions(
        session,
        meeting_id,
        adopted_in_id=adopted_in_id,
        expected_version=expected_version,
        at=at,
        by=by,
    )
    assert info.locked_at is not None and info.locked_by is not None
    freeze(session, meeting_id, at=info.locked_at, by=info.locked_by)
    return info
