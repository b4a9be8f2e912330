"""Security incidents, entered by hand or imported from ACLED."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secframe.models.base import Base, VersionedMixin, enum_type
from secframe.models.enums import IncidentType, Verification
from secframe.models.geo import Axis, Locality


class Incident(VersionedMixin, Base):
    """A dated security event at a place.

    Precision follows ACLED's codes: 1 exact (day / town), 2 approximate (week / district),
    3 coarse (month / region).
    """

    __tablename__ = "incidents"
    __table_args__ = (
        CheckConstraint("fatalities >= 0", name="fatalities_not_negative"),
        CheckConstraint("time_precision BETWEEN 1 AND 3", name="time_precision"),
        CheckConstraint("geo_precision BETWEEN 1 AND 3", name="geo_precision"),
        Index("ix_incidents_locality_date", "locality_id", "occurred_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    type: Mapped[IncidentType] = mapped_column(enum_type(IncidentType), nullable=False)
    sub_type: Mapped[str | None] = mapped_column(String(200))
    locality_id: Mapped[int | None] = mapped_column(
        ForeignKey("localities.id", ondelete="SET NULL")
    )
    axis_id: Mapped[int | None] = mapped_column(
        ForeignKey("axes.id", ondelete="SET NULL"), index=True
    )
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    actors: Mapped[str | None] = mapped_column(Text)
    fatalities: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    description: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(300))
    verification: Mapped[Verification] = mapped_column(
        enum_type(Verification), nullable=False, default=Verification.UNVERIFIED
    )
    time_precision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    geo_precision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    external_id: Mapped[str | None] = mapped_column(String(60), unique=True)
    # When the source last changed the event (ACLED's ``timestamp``, seconds since 1970).
    source_timestamp: Mapped[int | None] = mapped_column(BigInteger)

    locality: Mapped[Locality | None] = relationship()
    axis: Mapped[Axis | None] = relationship()

    def audit_label(self) -> str:
        return f"{self.occurred_on} {self.type}"
