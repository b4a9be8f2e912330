"""A commitment's life: status changes, deadline revisions and handovers, and their logs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.db.session import recorder
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    Commitment,
    CommitmentStatus,
    DeadlineRevision,
    StatusCause,
    StatusChange,
    bounds,
)
from secframe.models.base import utcnow
from secframe.services.checks import Checker, clean, fail, required
from secframe.services.commitments.data import (
    CommitmentDetail,
    CommitmentInput,
    DeadlineRevisionInfo,
    StatusChangeInfo,
)
from secframe.services.commitments.editing import (
    create_commitment,
    log_status_change,
    revision_info,
    status_info,
)
from secframe.services.commitments.validation import check_meeting_open, check_transition
from secframe.services.entities import COMMITMENT
from secframe.services.records import check_version, get_or_fail


def change_status(
    session: Session,
    commitment_id: int,
    new_status: CommitmentStatus,
    *,
    on: date | None,
    cause: StatusCause | None = None,
    reason: str | None = None,
    source: str | None = None,
    meeting_id: int | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> StatusChangeInfo:
    """Change a commitment's status and append the change to its log (the only way to do so).

    Suspending or abandoning needs a cause and a reason; reopening a closed commitment needs a
    reason; the date cannot be in the future nor before the last logged change.
    """
    entry = _status_entry(
        session, commitment_id, new_status, on, cause, reason, source, meeting_id,
        expected_version, today,
    )  # fmt: skip
    session.flush()
    return status_info(entry)


def stage_status(
    session: Session,
    commitment_id: int,
    new_status: CommitmentStatus,
    *,
    on: date | None,
    cause: StatusCause | None = None,
    reason: str | None = None,
    source: str | None = None,
    meeting_id: int | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> None:
    """``change_status`` without flushing: the change is written at the unit of work's next
    flush (an import changing thousands of statuses flushes once)."""
    _status_entry(
        session, commitment_id, new_status, on, cause, reason, source, meeting_id,
        expected_version, today,
    )  # fmt: skip


def _status_entry(
    session: Session,
    commitment_id: int,
    new_status: CommitmentStatus,
    on: date | None,
    cause: StatusCause | None,
    reason: str | None,
    source: str | None,
    meeting_id: int | None,
    expected_version: int | None,
    today: date | None,
) -> StatusChange:
    today = today or date.today()
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    check_meeting_open(session, meeting_id)
    last_on = max((s.changed_on for s in c.status_changes), default=None)
    check_transition(c.status, new_status, on, last_on, cause, reason, today)
    assert on is not None
    if new_status == CommitmentStatus.COMPLETED and cause is None:
        cause = StatusCause.COMPLETED
    entry = log_status_change(
        session, c, c.status, new_status, on, cause, reason, source, meeting_id
    )
    c.status = new_status
    c.status_since = on
    return entry


def revise_deadline(
    session: Session,
    commitment_id: int,
    new_deadline: date | None,
    *,
    reason: str | None,
    decided_on: date | None = None,
    source: str | None = None,
    meeting_id: int | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> DeadlineRevisionInfo:
    """Move a commitment's deadline, keeping the original and every revision with its reason."""
    rev = _revision(
        session, commitment_id, new_deadline, reason, decided_on, source, meeting_id,
        expected_version, today,
    )  # fmt: skip
    session.flush()
    return revision_info(rev)


def stage_revision(
    session: Session,
    commitment_id: int,
    new_deadline: date | None,
    *,
    reason: str | None,
    decided_on: date | None = None,
    source: str | None = None,
    meeting_id: int | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> None:
    """``revise_deadline`` without flushing: the revision is written at the unit of work's
    next flush."""
    _revision(
        session, commitment_id, new_deadline, reason, decided_on, source, meeting_id,
        expected_version, today,
    )  # fmt: skip


def _revision(
    session: Session,
    commitment_id: int,
    new_deadline: date | None,
    reason: str | None,
    decided_on: date | None,
    source: str | None,
    meeting_id: int | None,
    expected_version: int | None,
    today: date | None,
) -> DeadlineRevision:
    today = today or date.today()
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    check_meeting_open(session, meeting_id)
    decided_on = decided_on or today
    check = Checker()
    check.require("new_deadline", new_deadline, required("date"))
    if not clean(reason):
        check.add(
            "reason",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "A deadline revision needs a reason.")),
        )
    check.bounded("new_deadline", new_deadline, bounds.check_date)
    check.bounded("decided_on", decided_on, bounds.check_date)
    check.not_future("decided_on", decided_on, today)
    check.in_order("new_deadline", c.start_date, new_deadline)
    if new_deadline is not None and new_deadline == c.deadline:
        check.add(
            "new_deadline",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "The deadline is already {date}."),
                date=new_deadline,
            ),
        )
    check.done()
    assert new_deadline is not None
    rev = DeadlineRevision(
        previous_deadline=c.deadline,
        new_deadline=new_deadline,
        reason=clean(reason) or "",
        decided_on=decided_on,
        source=clean(source),
        meeting_id=meeting_id,
        recorded_by=recorder(session),
        recorded_at=utcnow(),
    )
    c.deadline_revisions.append(rev)  # the loaded revisions stay whole (``apply_input`` reads them)
    if c.original_deadline is None:
        c.original_deadline = c.deadline
    c.deadline = new_deadline
    return rev


def hand_over(
    session: Session,
    commitment_id: int,
    successor: CommitmentInput,
    *,
    on: date | None,
    reason: str | None,
    source: str | None = None,
    meeting_id: int | None = None,
    successor_status: CommitmentStatus = CommitmentStatus.ACTIVE,
    expected_version: int | None = None,
    today: date | None = None,
) -> CommitmentDetail:
    """Another member takes over a commitment: the old one is completed by handover and the
    new one, linked to it, starts on the same day. Both records are kept."""
    today = today or date.today()
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    if not clean(reason):
        raise fail(
            "reason",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "A handover needs a reason.")),
        )
    change_status(
        session,
        commitment_id,
        CommitmentStatus.COMPLETED,
        on=on,
        cause=StatusCause.HANDOVER,
        reason=reason,
        source=source,
        meeting_id=meeting_id,
        today=today,
    )
    data = replace(successor, predecessor_id=c.id, start_date=successor.start_date or on)
    return create_commitment(
        session,
        c.framework_id,
        data,
        status=successor_status,
        status_on=on,
        cause=StatusCause.HANDOVER,
        reason=reason,
        source=source,
        meeting_id=meeting_id,
        today=today,
    )


def status_log(session: Session, commitment_ids: list[int] | None = None) -> list[StatusChangeInfo]:
    """Status changes of the given commitments (all when None), oldest first."""
    stmt = select(StatusChange).order_by(StatusChange.commitment_id, StatusChange.id)
    if commitment_ids is not None:
        stmt = stmt.where(StatusChange.commitment_id.in_(commitment_ids))
    return [status_info(s) for s in session.scalars(stmt)]


def revisions_of(session: Session, framework_id: int) -> list[DeadlineRevisionInfo]:
    """Every deadline revision in a framework, oldest first."""
    stmt = (
        select(DeadlineRevision)
        .join(Commitment, Commitment.id == DeadlineRevision.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .order_by(DeadlineRevision.decided_on, DeadlineRevision.id)
    )
    return [revision_info(r) for r in session.scalars(stmt)]


def framework_status_log(session: Session, framework_id: int) -> list[StatusChangeInfo]:
    """Every status change in a framework, in date order (plain columns, no ORM objects: the
    tracker export reads tens of thousands)."""
    s = StatusChange
    rows = session.execute(
        select(
            s.id,
            s.commitment_id,
            s.changed_on,
            s.from_status,
            s.to_status,
            s.cause,
            s.reason,
            s.source,
            s.meeting_id,
            s.recorded_by,
            s.recorded_at,
        )
        .join(Commitment, Commitment.id == s.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .order_by(s.changed_on, s.id)
    )
    return [StatusChangeInfo(*r) for r in rows]
