"""The audit log as users read it, and database-wide counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secframe.models import (
    AuditAction,
    AuditEntry,
    Axis,
    Commitment,
    DeadlineRevision,
    Framework,
    Incident,
    Locality,
    Meeting,
    Member,
    Representative,
    ResourceNeed,
    StatusChange,
)


@dataclass(frozen=True)
class AuditInfo:
    """One audit entry."""

    id: int
    at: datetime
    user: str
    action: AuditAction
    entity: str
    entity_id: int | None
    field: str | None
    old_value: str | None
    new_value: str | None
    context: str | None


def audit_trail(
    session: Session, entity: str, entity_id: int, *, limit: int = 500
) -> list[AuditInfo]:
    """What was done to one record, the latest first (``entity`` is the class name)."""
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return [
        AuditInfo(
            r.id,
            r.at,
            r.user,
            r.action,
            r.entity,
            r.entity_id,
            r.field,
            r.old_value,
            r.new_value,
            r.context,
        )
        for r in rows
    ]


COUNTED = {
    "frameworks": Framework,
    "members": Member,
    "representatives": Representative,
    "commitments": Commitment,
    "status_changes": StatusChange,
    "deadline_revisions": DeadlineRevision,
    "resource_needs": ResourceNeed,
    "meetings": Meeting,
    "incidents": Incident,
    "localities": Locality,
    "axes": Axis,
    "audit_entries": AuditEntry,
}


def entity_counts(session: Session) -> dict[str, int]:
    """How many records of each kind the database holds."""
    return {
        name: session.scalar(select(func.count()).select_from(model)) or 0
        for name, model in COUNTED.items()
    }
