"""What the Sessions page reads for a framework and for the session shown (in a worker thread)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from secframe.services import commitments as cs
from secframe.services import meetings as ms
from secframe.services import preparation as prep
from secframe.services import review as rv
from secframe.services.members import MemberInfo, list_members


def local_time(utc: datetime) -> datetime:
    """A stored (naive UTC) time in the computer's time zone."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class SessionData:
    """Everything the page shows about one session."""

    meeting: ms.MeetingInfo
    members: list[MemberInfo]
    sheet: rv.ReviewSheet
    commitments: list[cs.CommitmentRow]
    adopted_in: int | None  # the number of the session that adopted its conclusions
    actions: dict[int, list[prep.ActionInfo]] = field(default_factory=dict)  # by decision id


def read_sessions(
    session: Session, framework_id: int
) -> tuple[list[ms.MeetingInfo], list[MemberInfo]]:
    """A framework's sessions and members."""
    return ms.list_meetings(session, framework_id), list_members(session, framework_id)


def read_session(session: Session, meeting_id: int) -> SessionData:
    """One session with its framework's members and commitments, its review, and the
    follow-up actions of its decisions."""
    meeting = ms.get_meeting(session, meeting_id)
    adopted = ms.get_meeting(session, meeting.adopted_in_id) if meeting.adopted_in_id else None
    return SessionData(
        meeting,
        list_members(session, meeting.framework_id),
        rv.review_sheet(session, meeting_id),
        cs.list_commitments(session, meeting.framework_id),
        adopted.number if adopted is not None else None,
        prep.actions_of_meeting(session, meeting_id),
    )
