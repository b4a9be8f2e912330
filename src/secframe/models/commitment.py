"""Commitments with their partners, status log, deadline revisions and resource needs."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secframe.models.base import Base, Money, Quantity, TimestampMixin, VersionedMixin, enum_type
from secframe.models.enums import (
    CommitmentKind,
    CommitmentStatus,
    ResourceCategory,
    StatusCause,
)
from secframe.models.framework import Framework, Member
from secframe.models.geo import Axis, Locality


class Commitment(VersionedMixin, Base):
    """What one or more members agreed to do.

    ``status`` and ``deadline`` are the current values; their history lives in
    ``status_changes`` and ``deadline_revisions`` and is only written by the services.
    """

    __tablename__ = "commitments"
    __table_args__ = (
        CheckConstraint("implementation_level BETWEEN 0 AND 3", name="implementation_level"),
        Index("ix_commitments_framework_status", "framework_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(
        ForeignKey("frameworks.id", ondelete="CASCADE"), nullable=False
    )
    reference: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[CommitmentKind] = mapped_column(enum_type(CommitmentKind), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))
    source_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    theme: Mapped[str | None] = mapped_column(String(200))
    lead_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    locality_id: Mapped[int | None] = mapped_column(
        ForeignKey("localities.id", ondelete="SET NULL"), index=True
    )
    axis_id: Mapped[int | None] = mapped_column(
        ForeignKey("axes.id", ondelete="SET NULL"), index=True
    )
    frequency: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[date | None] = mapped_column(Date)
    original_deadline: Mapped[date | None] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[CommitmentStatus] = mapped_column(
        enum_type(CommitmentStatus), nullable=False, default=CommitmentStatus.PLANNED
    )
    status_since: Mapped[date | None] = mapped_column(Date)
    implementation_level: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    outcome_notes: Mapped[str | None] = mapped_column(Text)
    predecessor_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="SET NULL"), index=True
    )
    # For a blocked commitment: who can unblock it (a member, a partner, an authority outside
    # the framework), the next step and its date.
    unblock_by: Mapped[str | None] = mapped_column(String(200))
    next_step: Mapped[str | None] = mapped_column(Text)
    next_step_on: Mapped[date | None] = mapped_column(Date)

    framework: Mapped[Framework] = relationship()
    lead_member: Mapped[Member | None] = relationship()
    locality: Mapped[Locality | None] = relationship()
    axis: Mapped[Axis | None] = relationship()
    predecessor: Mapped[Commitment | None] = relationship(remote_side=[id])
    partners: Mapped[list[CommitmentPartner]] = relationship(
        back_populates="commitment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CommitmentPartner.id",
    )
    status_changes: Mapped[list[StatusChange]] = relationship(
        back_populates="commitment",
        passive_deletes=True,
        order_by="(StatusChange.changed_on, StatusChange.id)",
    )
    deadline_revisions: Mapped[list[DeadlineRevision]] = relationship(
        back_populates="commitment",
        passive_deletes=True,
        order_by="DeadlineRevision.id",
    )
    resource_needs: Mapped[list[ResourceNeed]] = relationship(
        back_populates="commitment",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ResourceNeed.id",
    )


class CommitmentPartner(Base):
    """A member taking part in a commitment besides its lead, with its role."""

    __tablename__ = "commitment_partners"
    __table_args__ = (UniqueConstraint("commitment_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False, index=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    role: Mapped[str | None] = mapped_column(String(200))

    commitment: Mapped[Commitment] = relationship(back_populates="partners")
    member: Mapped[Member] = relationship()


class StatusChange(TimestampMixin, Base):
    """One entry of a commitment's append-only status log."""

    __tablename__ = "status_changes"
    __table_args__ = (Index("ix_status_changes_commitment_date", "commitment_id", "changed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False
    )
    changed_on: Mapped[date] = mapped_column(Date, nullable=False)
    from_status: Mapped[CommitmentStatus | None] = mapped_column(enum_type(CommitmentStatus))
    to_status: Mapped[CommitmentStatus] = mapped_column(enum_type(CommitmentStatus), nullable=False)
    cause: Mapped[StatusCause | None] = mapped_column(enum_type(StatusCause))
    reason: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    recorded_by: Mapped[str] = mapped_column(String(120), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)

    commitment: Mapped[Commitment] = relationship(back_populates="status_changes")


class DeadlineRevision(TimestampMixin, Base):
    """A change of a commitment's deadline, with its reason."""

    __tablename__ = "deadline_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False, index=True
    )
    previous_deadline: Mapped[date | None] = mapped_column(Date)
    new_deadline: Mapped[date] = mapped_column(Date, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)
    source: Mapped[str | None] = mapped_column(String(300))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    recorded_by: Mapped[str] = mapped_column(String(120), nullable=False)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)

    commitment: Mapped[Commitment] = relationship(back_populates="deadline_revisions")


class ResourceNeed(VersionedMixin, Base):
    """A resource a commitment needs, with what was pledged and received.

    The amount needed is quantity × unit cost; the gap is derived, never stored.
    """

    __tablename__ = "resource_needs"
    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        CheckConstraint("unit_cost >= 0", name="unit_cost_not_negative"),
        CheckConstraint("pledged >= 0", name="pledged_not_negative"),
        CheckConstraint("received >= 0", name="received_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False, index=True
    )
    category: Mapped[ResourceCategory] = mapped_column(enum_type(ResourceCategory), nullable=False)
    description: Mapped[str | None] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(Quantity, nullable=False, default=Decimal(1))
    unit: Mapped[str | None] = mapped_column(String(60))
    unit_cost: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="XOF")
    provider_member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    provider_name: Mapped[str | None] = mapped_column(String(200))
    pledged: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))
    received: Mapped[Decimal] = mapped_column(Money, nullable=False, default=Decimal(0))
    notes: Mapped[str | None] = mapped_column(Text)

    commitment: Mapped[Commitment] = relationship(back_populates="resource_needs")
    provider_member: Mapped[Member | None] = relationship()

    def audit_label(self) -> str:
        """What the need is (its description, else its category), never a database number."""
        return (self.description or ResourceCategory(self.category).label())[:200]

    @property
    def needed(self) -> Decimal:
        """Quantity × unit cost."""
        return Decimal(self.quantity) * Decimal(self.unit_cost)

    @property
    def gap(self) -> Decimal:
        """What is still missing: needed minus received, never below zero."""
        return max(self.needed - Decimal(self.received), Decimal(0))
