"""Countable results of a commitment: patrols held, escorts run, arrests, weapons collected,
people reached, each dated and with its quantity."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secframe.models.base import Base, VersionedMixin, enum_type
from secframe.models.commitment import Commitment
from secframe.models.enums import ResultUnit


class CommitmentResult(VersionedMixin, Base):
    """What a commitment achieved by a date, counted: « Opération Alafia : ~20 arrestations »."""

    __tablename__ = "commitment_results"
    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False, index=True
    )
    recorded_on: Mapped[date] = mapped_column(Date, nullable=False)
    unit: Mapped[ResultUnit] = mapped_column(enum_type(ResultUnit), nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)
    approximate: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    notes: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))

    commitment: Mapped[Commitment] = relationship()

    def audit_label(self) -> str:
        """The result in words, for the history."""
        return self.unit.count_text(self.quantity, self.approximate)
