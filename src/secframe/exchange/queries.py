"""Bulk reads the tracker needs beyond the services' lists (one query per kind of record)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secframe.models import (
    Commitment,
    CommitmentPartner,
    DeadlineRevision,
    Locality,
    Member,
    ResourceNeed,
)
from secframe.services.commitments import PartnerInput
from secframe.services.preferences import get_preference, set_preference
from secframe.services.resources import ResourceNeedInfo

DATABASE_ID_KEY = "exchange.database_id"


@dataclass(frozen=True)
class CommitmentExtras:
    """What the tracker shows of a commitment beyond its list row."""

    notes: str | None
    last_revision_reason: str | None


def commitment_extras(session: Session, framework_id: int) -> dict[int, CommitmentExtras]:
    """Outcome notes and the reason of the latest deadline revision, per commitment."""
    last = (
        select(DeadlineRevision.commitment_id, func.max(DeadlineRevision.id).label("rid"))
        .join(Commitment, Commitment.id == DeadlineRevision.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .group_by(DeadlineRevision.commitment_id)
        .subquery()
    )
    rows = session.execute(
        select(Commitment.id, Commitment.outcome_notes, DeadlineRevision.reason)
        .outerjoin(last, last.c.commitment_id == Commitment.id)
        .outerjoin(DeadlineRevision, DeadlineRevision.id == last.c.rid)
        .where(Commitment.framework_id == framework_id)
    )
    return {cid: CommitmentExtras(notes, reason) for cid, notes, reason in rows}


def partner_links(session: Session, framework_id: int) -> dict[int, tuple[PartnerInput, ...]]:
    """Partner members (with their roles) of every commitment, in entry order."""
    rows = session.execute(
        select(CommitmentPartner.commitment_id, CommitmentPartner.member_id, CommitmentPartner.role)
        .join(Commitment, Commitment.id == CommitmentPartner.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .order_by(CommitmentPartner.id)
    )
    result: dict[int, list[PartnerInput]] = {}
    for cid, mid, role in rows:
        result.setdefault(cid, []).append(PartnerInput(mid, role))
    return {k: tuple(v) for k, v in result.items()}


def resource_lines(session: Session, framework_id: int) -> list[ResourceNeedInfo]:
    """Every resource line of a framework, by commitment then entry order."""
    rows = session.execute(
        select(ResourceNeed, func.coalesce(Member.short_name, Member.name))
        .join(Commitment, Commitment.id == ResourceNeed.commitment_id)
        .outerjoin(Member, Member.id == ResourceNeed.provider_member_id)
        .where(Commitment.framework_id == framework_id)
        .order_by(ResourceNeed.commitment_id, ResourceNeed.id)
    )
    return [
        ResourceNeedInfo(
            id=n.id,
            commitment_id=n.commitment_id,
            category=n.category,
            description=n.description,
            quantity=Decimal(n.quantity),
            unit=n.unit,
            unit_cost=Decimal(n.unit_cost),
            currency=n.currency,
            provider_member_id=n.provider_member_id,
            provider=member or n.provider_name or "",
            pledged=Decimal(n.pledged),
            received=Decimal(n.received),
            notes=n.notes,
            version=n.version,
        )
        for n, member in rows
    ]


def database_id(session: Session) -> str | None:
    """The identity written into exported workbooks (None before the first export)."""
    value = get_preference(session, DATABASE_ID_KEY)
    return str(value) if value else None


def ensure_database_id(session: Session) -> str:
    """The database's identity, created on first use (a random UUID)."""
    value = database_id(session)
    if value is None:
        value = str(uuid.uuid4())
        set_preference(session, DATABASE_ID_KEY, value)
    return value


def count_places(session: Session) -> int:
    """How many places the database holds (to tell how many an import added)."""
    return session.scalar(select(func.count()).select_from(Locality)) or 0
