"""Creating, reading, changing and deleting one commitment."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from secframe.db.session import recorder
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    Commitment,
    CommitmentPartner,
    CommitmentStatus,
    DeadlineRevision,
    Framework,
    StatusCause,
    StatusChange,
)
from secframe.models.base import utcnow
from secframe.services.checks import clean, fail
from secframe.services.commitments.data import (
    CommitmentDetail,
    CommitmentFilter,
    CommitmentInput,
    DeadlineRevisionInfo,
    PartnerInfo,
    StatusChangeInfo,
    UnblockingInput,
)
from secframe.services.commitments.queries import list_commitments
from secframe.services.commitments.references import give_reference, labelled
from secframe.services.commitments.validation import (
    apply_input,
    check_meeting_open,
    check_transition,
    validate_input,
)
from secframe.services.entities import COMMITMENT, FRAMEWORK
from secframe.services.errors import NotFoundError
from secframe.services.records import check_version, get_or_fail
from secframe.services.resources import need_infos


def create_commitment(
    session: Session,
    framework_id: int,
    data: CommitmentInput,
    *,
    status: CommitmentStatus = CommitmentStatus.PLANNED,
    status_on: date | None = None,
    cause: StatusCause | None = None,
    reason: str | None = None,
    source: str | None = None,
    meeting_id: int | None = None,
    today: date | None = None,
) -> CommitmentDetail:
    """Add a commitment; its status log starts with ``status`` on ``status_on``."""
    new_id = add_commitment(
        session, framework_id, data, status=status, status_on=status_on, cause=cause,
        reason=reason, source=source, meeting_id=meeting_id, today=today,
    )  # fmt: skip
    return get_commitment(session, new_id, today=today)


def add_commitment(
    session: Session,
    framework_id: int,
    data: CommitmentInput,
    *,
    status: CommitmentStatus = CommitmentStatus.PLANNED,
    status_on: date | None = None,
    cause: StatusCause | None = None,
    reason: str | None = None,
    source: str | None = None,
    meeting_id: int | None = None,
    today: date | None = None,
) -> int:
    """``create_commitment`` without reading the commitment back: written with its first
    status in one flush, it returns the new id."""
    today = today or date.today()
    get_or_fail(session, Framework, framework_id, FRAMEWORK)
    validate_input(session, framework_id, data, None)
    when = status_on or data.start_date or today
    check_transition(None, status, when, None, cause, reason, today)
    check_meeting_open(session, meeting_id)
    c = Commitment(framework_id=framework_id, status=status, status_since=when)
    apply_input(c, data)
    give_reference(session, c, today)
    log_status_change(session, c, None, status, when, cause, reason, source, meeting_id)
    session.add(c)
    session.flush()
    return c.id


def update_commitment(
    session: Session,
    commitment_id: int,
    data: CommitmentInput,
    *,
    expected_version: int | None,
    today: date | None = None,
) -> CommitmentDetail:
    """Save edited fields; refuses if someone else saved the commitment meanwhile."""
    stage_update(session, commitment_id, data, expected_version=expected_version)
    session.flush()
    return get_commitment(session, commitment_id, today=today)


def stage_update(
    session: Session, commitment_id: int, data: CommitmentInput, *, expected_version: int | None
) -> None:
    """Check edited fields and apply them, without flushing or reading the commitment back:
    the unit of work writes them at its next flush (``update_commitment`` does both; an import
    changing thousands of commitments flushes once)."""
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    validate_input(session, c.framework_id, data, commitment_id)
    if data.start_date and c.deadline and c.deadline_revisions and c.deadline < data.start_date:
        raise fail(
            "start_date",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "The date {end} is before the start date {start}."),
                end=c.deadline,
                start=data.start_date,
            ),
        )
    apply_input(c, data)


def delete_commitment(
    session: Session, commitment_id: int, *, expected_version: int | None
) -> None:
    """Delete a commitment with its log, revisions and resource lines (the audit log stays)."""
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    session.delete(c)
    session.flush()


def deletion_impact(session: Session, commitment_id: int) -> dict[str, int]:
    """What goes with a commitment when it is deleted, for the confirmation question."""
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    successors = session.scalar(
        select(func.count()).select_from(Commitment).where(Commitment.predecessor_id == c.id)
    )
    return {
        "status_changes": len(c.status_changes),
        "deadline_revisions": len(c.deadline_revisions),
        "resource_needs": len(c.resource_needs),
        "partners": len(c.partners),
        "successors": successors or 0,
    }


def get_commitment(
    session: Session, commitment_id: int, *, today: date | None = None
) -> CommitmentDetail:
    """One commitment with partners, resource lines, status log and deadline revisions."""
    c = session.scalars(
        select(Commitment)
        .where(Commitment.id == commitment_id)
        .options(
            selectinload(Commitment.partners).selectinload(CommitmentPartner.member),
            selectinload(Commitment.status_changes),
            selectinload(Commitment.deadline_revisions),
        )
    ).one_or_none()
    if c is None:
        raise NotFoundError(COMMITMENT, commitment_id)
    row = list_commitments(
        session, c.framework_id, CommitmentFilter(ids=frozenset({c.id})), today=today
    )[0]
    successors = session.execute(
        select(Commitment.id, Commitment.reference, Commitment.title)
        .where(Commitment.predecessor_id == c.id)
        .order_by(Commitment.id)
    ).all()
    predecessor = session.get(Commitment, c.predecessor_id) if c.predecessor_id else None
    return CommitmentDetail(
        row=row,
        description=c.description,
        source=c.source,
        source_meeting_id=c.source_meeting_id,
        theme=c.theme,
        frequency=c.frequency,
        outcome_notes=c.outcome_notes,
        partners=tuple(PartnerInfo(p.member_id, p.member.label, p.role) for p in c.partners),
        needs=tuple(need_infos(session, c.id)),
        status_log=tuple(status_info(s) for s in c.status_changes),
        revisions=tuple(revision_info(r) for r in c.deadline_revisions),
        successor_ids=tuple(s.id for s in successors),
        predecessor_label=labelled(predecessor.reference, predecessor.title)
        if predecessor
        else None,
        successor_labels=tuple(labelled(s.reference, s.title) for s in successors),
        unblocking=UnblockingInput(c.unblock_by, c.next_step, c.next_step_on),
    )


def status_info(s: StatusChange) -> StatusChangeInfo:
    return StatusChangeInfo(
        id=s.id,
        commitment_id=s.commitment_id,
        changed_on=s.changed_on,
        from_status=s.from_status,
        to_status=s.to_status,
        cause=s.cause,
        reason=s.reason,
        source=s.source,
        meeting_id=s.meeting_id,
        recorded_by=s.recorded_by,
        recorded_at=s.recorded_at,
    )


def revision_info(r: DeadlineRevision) -> DeadlineRevisionInfo:
    return DeadlineRevisionInfo(
        id=r.id,
        commitment_id=r.commitment_id,
        previous_deadline=r.previous_deadline,
        new_deadline=r.new_deadline,
        reason=r.reason,
        decided_on=r.decided_on,
        source=r.source,
        meeting_id=r.meeting_id,
        recorded_by=r.recorded_by,
        recorded_at=r.recorded_at,
    )


def log_status_change(
    session: Session,
    c: Commitment,
    old: CommitmentStatus | None,
    new: CommitmentStatus,
    on: date,
    cause: StatusCause | None,
    reason: str | None,
    source: str | None,
    meeting_id: int | None,
) -> StatusChange:
    entry = StatusChange(
        changed_on=on,
        from_status=old,
        to_status=new,
        cause=cause,
        reason=clean(reason),
        source=clean(source),
        meeting_id=meeting_id,
        recorded_by=recorder(session),
        recorded_at=utcnow(),
    )
    c.status_changes.append(entry)  # the loaded log stays whole (``change_status`` reads it)
    return entry
