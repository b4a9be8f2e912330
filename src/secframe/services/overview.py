"""Light lists of commitments for charts: their dates and status without the resource totals,
partners and place labels that ``commitments.list_commitments`` computes for the lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.models import Commitment, CommitmentStatus, DeadlineRevision
from secframe.services.commitments.data import CommitmentFilter
from secframe.services.commitments.queries import filtered


@dataclass(frozen=True)
class CommitmentDates:
    """A commitment's title, status and dates, for timelines and activity periods."""

    id: int
    title: str
    status: CommitmentStatus
    status_since: date | None
    start_date: date | None
    original_deadline: date | None
    deadline: date | None
    locality_id: int | None
    axis_id: int | None


def commitment_dates(
    session: Session,
    framework_id: int,
    flt: CommitmentFilter | None = None,
    *,
    today: date | None = None,
) -> list[CommitmentDates]:
    """A framework's commitments matching ``flt`` (the same filter as the lists), by id."""
    stmt = (
        select(
            Commitment.id,
            Commitment.title,
            Commitment.status,
            Commitment.status_since,
            Commitment.start_date,
            Commitment.original_deadline,
            Commitment.deadline,
            Commitment.locality_id,
            Commitment.axis_id,
        )
        .where(Commitment.framework_id == framework_id)
        .order_by(Commitment.id)
    )
    stmt = filtered(session, stmt, flt or CommitmentFilter(), today or date.today())
    return [CommitmentDates(*row) for row in session.execute(stmt)]


@dataclass(frozen=True)
class RevisionDates:
    """When a commitment's deadline was revised, and from which date to which."""

    commitment_id: int
    decided_on: date
    previous_deadline: date | None
    new_deadline: date


def revision_dates(session: Session, commitment_ids: list[int]) -> list[RevisionDates]:
    """The deadline revisions of the given commitments, oldest first."""
    if not commitment_ids:
        return []
    stmt = (
        select(
            DeadlineRevision.commitment_id,
            DeadlineRevision.decided_on,
            DeadlineRevision.previous_deadline,
            DeadlineRevision.new_deadline,
        )
        .where(DeadlineRevision.commitment_id.in_(commitment_ids))
        .order_by(DeadlineRevision.decided_on, DeadlineRevision.id)
    )
    return [RevisionDates(*row) for row in session.execute(stmt)]
