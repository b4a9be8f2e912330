"""The review of open commitments during a session: per commitment "no change", a status
change, a deadline revision or a note (decisions and adoption: ``services.decisions``).

Every change goes through the commitment services (``change_status``, ``revise_deadline``,
``create_commitment``) with the session as its source, so the status log and the deadline
history say which session decided what. A locked session refuses all of it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    Commitment,
    CommitmentStatus,
    DeadlineRevision,
    Meeting,
    ReviewEntry,
    ReviewOutcome,
    StatusCause,
    StatusChange,
)
from secframe.models.base import utcnow
from secframe.models.enums import OPEN_STATUSES
from secframe.services import commitments as cs
from secframe.services import meetings as ms
from secframe.services.checks import clean, fail, required
from secframe.services.entities import COMMITMENT, MEETING
from secframe.services.records import get_or_fail


@dataclass(frozen=True)
class ReviewInput:
    """What the secretariat records about one commitment during a session's review.

    ``changed_on`` (for a status change) defaults to the session's date; a deadline revision is
    dated by the session.
    """

    outcome: ReviewOutcome
    note: str | None = None
    new_status: CommitmentStatus | None = None
    cause: StatusCause | None = None
    reason: str | None = None
    changed_on: date | None = None
    new_deadline: date | None = None


@dataclass(frozen=True)
class ReviewEntryInfo:
    """What a session recorded about one commitment."""

    id: int
    meeting_id: int
    commitment_id: int
    outcome: ReviewOutcome
    note: str | None
    status_change: cs.StatusChangeInfo | None
    deadline_revision: cs.DeadlineRevisionInfo | None
    recorded_at: datetime


@dataclass(frozen=True)
class ReviewItem:
    """One line of a session's review: the commitment as it stands and what was recorded."""

    commitment: cs.CommitmentRow
    entry: ReviewEntryInfo | None

    @property
    def reviewed(self) -> bool:
        """Whether the session recorded anything about this commitment."""
        return self.entry is not None


@dataclass(frozen=True)
class ReviewSheet:
    """The review of a session: every open commitment, and those the session closed."""

    meeting: ms.MeetingInfo
    items: tuple[ReviewItem, ...]

    @property
    def reviewed(self) -> int:
        """How many commitments were reviewed."""
        return sum(1 for i in self.items if i.reviewed)

    @property
    def outcomes(self) -> dict[ReviewOutcome, int]:
        """Reviewed commitments per outcome (every outcome present)."""
        counts = Counter(i.entry.outcome for i in self.items if i.entry is not None)
        return {o: counts.get(o, 0) for o in ReviewOutcome}


# --- reading -----------------------------------------------------------------------------------


def _entry_info(
    e: ReviewEntry, change: StatusChange | None, revision: DeadlineRevision | None
) -> ReviewEntryInfo:
    return ReviewEntryInfo(
        id=e.id,
        meeting_id=e.meeting_id,
        commitment_id=e.commitment_id,
        outcome=e.outcome,
        note=e.note,
        status_change=cs.status_info(change) if change is not None else None,
        deadline_revision=cs.revision_info(revision) if revision is not None else None,
        recorded_at=e.updated_at,
    )


def review_entries(session: Session, meeting_id: int) -> dict[int, ReviewEntryInfo]:
    """What a session recorded, by commitment id."""
    rows = session.execute(
        select(ReviewEntry, StatusChange, DeadlineRevision)
        .outerjoin(StatusChange, StatusChange.id == ReviewEntry.status_change_id)
        .outerjoin(DeadlineRevision, DeadlineRevision.id == ReviewEntry.deadline_revision_id)
        .where(ReviewEntry.meeting_id == meeting_id)
    ).all()
    return {e.commitment_id: _entry_info(e, c, r) for e, c, r in rows}


def review_sheet(session: Session, meeting_id: int, *, today: date | None = None) -> ReviewSheet:
    """The open commitments of the session's framework with what the session recorded about
    each (commitments the session closed stay on the sheet); the least reviewed first is up to
    the caller, the order here is the commitments' title."""
    meeting = ms.get_meeting(session, meeting_id)
    entries = review_entries(session, meeting_id)
    rows = cs.list_commitments(
        session,
        meeting.framework_id,
        cs.CommitmentFilter(statuses=OPEN_STATUSES),
        today=today,
    )
    listed = {r.id for r in rows}
    closed_here = frozenset(entries) - listed
    if closed_here:
        rows += cs.list_commitments(
            session, meeting.framework_id, cs.CommitmentFilter(ids=closed_here), today=today
        )
        rows.sort(key=lambda r: (r.title, r.id))
    return ReviewSheet(meeting, tuple(ReviewItem(r, entries.get(r.id)) for r in rows))


# --- recording ---------------------------------------------------------------------------------


def session_source(number: int, held_on: date) -> str:
    """The source recorded with what a session decided: "Session n° 4 of 18/06/2020"."""
    return msg(
        "Review",
        QT_TRANSLATE_NOOP("Review", "Session n° {number} of {date}"),
        number=str(number),
        date=held_on,
    ).render()


def _session_source(meeting: Meeting) -> str:
    return session_source(meeting.number, meeting.held_on)


def open_meeting(session: Session, meeting_id: int) -> Meeting:
    """A session that can still be changed (LockedError otherwise)."""
    meeting = get_or_fail(session, Meeting, meeting_id, MEETING)
    ms.ensure_open(meeting)
    return meeting


def _commitment_of(session: Session, meeting: Meeting, commitment_id: int) -> Commitment:
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    if c.framework_id != meeting.framework_id:
        raise fail(
            "commitment_id",
            msg(
                "Review",
                QT_TRANSLATE_NOOP(
                    "Review", "A session reviews only the commitments of its own framework."
                ),
            ),
        )
    return c


def record_review(
    session: Session,
    meeting_id: int,
    commitment_id: int,
    data: ReviewInput,
    *,
    expected_version: int | None = None,
    today: date | None = None,
) -> ReviewEntryInfo:
    """Record what the session decided about one commitment.

    A status change or a deadline revision goes through the commitment services with the
    session as source; recording again for the same commitment adds to the session's entry
    (the status log and the deadline history are never rewritten).
    """
    meeting = open_meeting(session, meeting_id)
    c = _commitment_of(session, meeting, commitment_id)
    entry = session.scalar(
        select(ReviewEntry).where(
            ReviewEntry.meeting_id == meeting.id, ReviewEntry.commitment_id == c.id
        )
    )
    _check_input(data, entry)
    change, revision = _record_change(session, meeting, c, data, expected_version, today)
    if entry is None:
        entry = ReviewEntry(meeting_id=meeting.id, commitment_id=c.id, outcome=data.outcome)
        session.add(entry)
    if change is not None:
        entry.status_change_id = change.id
    if revision is not None:
        entry.deadline_revision_id = revision.id
    entry.note = clean(data.note)
    entry.outcome = _outcome_of(entry, data.outcome)
    entry.updated_at = utcnow()
    meeting.updated_at = utcnow()
    session.flush()
    return review_entries(session, meeting.id)[c.id]


def _record_change(
    session: Session,
    meeting: Meeting,
    c: Commitment,
    data: ReviewInput,
    expected_version: int | None,
    today: date | None,
) -> tuple[cs.StatusChangeInfo | None, cs.DeadlineRevisionInfo | None]:
    """The status change or deadline revision asked for, through the commitment services."""
    source = _session_source(meeting)
    if data.outcome == ReviewOutcome.STATUS_CHANGE:
        assert data.new_status is not None
        change = cs.change_status(
            session,
            c.id,
            data.new_status,
            on=data.changed_on or meeting.held_on,
            cause=data.cause,
            reason=data.reason,
            source=source,
            meeting_id=meeting.id,
            expected_version=expected_version,
            today=today,
        )
        return change, None
    if data.outcome == ReviewOutcome.DEADLINE_REVISION:
        revision = cs.revise_deadline(
            session,
            c.id,
            data.new_deadline,
            reason=data.reason,
            decided_on=meeting.held_on,
            source=source,
            meeting_id=meeting.id,
            expected_version=expected_version,
            today=today,
        )
        return None, revision
    return None, None


def _check_input(data: ReviewInput, entry: ReviewEntry | None) -> None:
    if data.outcome == ReviewOutcome.NOTE and not clean(data.note):
        raise fail("note", required("text"))
    if data.outcome == ReviewOutcome.STATUS_CHANGE and data.new_status is None:
        raise fail(
            "new_status",
            msg("Review", QT_TRANSLATE_NOOP("Review", "Choose the new status.")),
        )
    if data.outcome == ReviewOutcome.DEADLINE_REVISION and data.new_deadline is None:
        raise fail("new_deadline", required("date"))
    recorded = entry is not None and (
        entry.status_change_id is not None or entry.deadline_revision_id is not None
    )
    if data.outcome == ReviewOutcome.NO_CHANGE and recorded:
        raise fail(
            "outcome",
            msg(
                "Review",
                QT_TRANSLATE_NOOP(
                    "Review",
                    "This session already recorded a change for this commitment; "
                    "it cannot be marked “no change”. Record a new status change to correct it.",
                ),
            ),
        )


def _outcome_of(entry: ReviewEntry, chosen: ReviewOutcome) -> ReviewOutcome:
    """A status change outweighs a deadline revision, which outweighs a note or "no change"."""
    if entry.status_change_id is not None:
        return ReviewOutcome.STATUS_CHANGE
    if entry.deadline_revision_id is not None:
        return ReviewOutcome.DEADLINE_REVISION
    return chosen


def mark_unchanged(session: Session, meeting_id: int, *, today: date | None = None) -> int:
    """Record "no change" for every open commitment the session has not reviewed yet;
    returns how many were marked."""
    meeting = open_meeting(session, meeting_id)
    sheet = review_sheet(session, meeting.id, today=today)
    todo = [i.commitment.id for i in sheet.items if not i.reviewed]
    session.add_all(
        ReviewEntry(meeting_id=meeting.id, commitment_id=cid, outcome=ReviewOutcome.NO_CHANGE)
        for cid in todo
    )
    if todo:
        meeting.updated_at = utcnow()
    session.flush()
    return len(todo)


def clear_review(session: Session, meeting_id: int, commitment_id: int) -> None:
    """Take a commitment back to "not reviewed" when only "no change" or a note was recorded."""
    meeting = open_meeting(session, meeting_id)
    entry = session.scalar(
        select(ReviewEntry).where(
            ReviewEntry.meeting_id == meeting.id, ReviewEntry.commitment_id == commitment_id
        )
    )
    if entry is None:
        return
    if entry.status_change_id is not None or entry.deadline_revision_id is not None:
        raise fail(
            "outcome",
            msg(
                "Review",
                QT_TRANSLATE_NOOP(
                    "Review",
                    "A status change or a deadline revision stays in the commitment's history; "
                    "record a new one to correct it.",
                ),
            ),
        )
    session.delete(entry)
    meeting.updated_at = utcnow()
    session.flush()
