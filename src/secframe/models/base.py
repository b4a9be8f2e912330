"""Declarative base, naming convention and shared column mixins."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from typing import Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, Numeric, String
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names: Alembic needs them, and SQLite batch migrations cannot alter
# unnamed constraints.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(18, 2)
Quantity = Numeric(14, 3)


def utcnow() -> datetime:
    """The current UTC time as a naive datetime (stored the same way on every backend)."""
    return datetime.now(UTC).replace(tzinfo=None)


def enum_type(enum_cls: type[Enum], length: int = 32) -> SAEnum:
    """A portable enum column stored as its string code (no native type, no CHECK)."""
    return SAEnum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        validate_strings=True,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    """The one declarative base of every secframe table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    # Attributes whose changes are not written to the audit log.
    __audit_exclude__: ClassVar[frozenset[str]] = frozenset({"version", "created_at", "updated_at"})
    __audited__: ClassVar[bool] = True

    def audit_label(self) -> str:
        """A short human label for audit entries."""
        for attr in ("title", "name", "text"):
            value = getattr(self, attr, None)
            if value:
                return str(value)[:200]
        return f"#{getattr(self, 'id', '?')}"


class TimestampMixin:
    """Creation and last-update times (UTC)."""

    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, nullable=False
    )


class VersionedMixin(TimestampMixin):
    """Optimistic locking: every UPDATE checks and bumps ``version``."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.version}


def short_text(length: int = 200) -> String:
    """A bounded string column type."""
    return String(length)
