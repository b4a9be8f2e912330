"""The audit log and domain preferences stored in the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from secframe.models.base import Base, TimestampMixin, enum_type
from secframe.models.enums import AuditAction


class AuditEntry(Base):
    """Who created, changed or deleted what, and when (written by the session, never edited)."""

    __tablename__ = "audit_entries"
    __audited__ = False
    __table_args__ = (Index("ix_audit_entries_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, index=True)
    user: Mapped[str] = mapped_column(String(120), nullable=False)
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction, 10), nullable=False)
    entity: Mapped[str] = mapped_column(String(60), nullable=False)
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    context: Mapped[str | None] = mapped_column(String(300))


class Preference(TimestampMixin, Base):
    """A domain preference shared by everyone using the database (JSON value)."""

    __tablename__ = "preferences"
    __audited__ = False

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
