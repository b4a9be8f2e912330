"""Places: the region › cercle › commune › locality hierarchy, and axes (roads)."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secframe.models.base import Base, VersionedMixin, enum_type
from secframe.models.enums import LocalityLevel


class Locality(VersionedMixin, Base):
    """A place at one level of the administrative hierarchy.

    ``path`` holds the ids from the region down to this place ("/3/17/240/") so that every
    place below a region or cercle is found with one indexed prefix match.
    """

    __tablename__ = "localities"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("localities.id", ondelete="RESTRICT"), index=True
    )
    level: Mapped[LocalityLevel] = mapped_column(enum_type(LocalityLevel), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    pcode: Mapped[str | None] = mapped_column(String(32), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    path: Mapped[str] = mapped_column(String(255), nullable=False, default="", index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    parent: Mapped[Locality | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Locality]] = relationship(back_populates="parent")

    __audit_exclude__ = frozenset({"version", "created_at", "updated_at", "path"})

    def assign_path(self) -> None:
        """Set ``path`` from the parent's; the row must have been flushed (it needs its id)."""
        prefix = self.parent.path if self.parent is not None else "/"
        self.path = f"{prefix}{self.id}/"


class Axis(VersionedMixin, Base):
    """A named road through an ordered list of localities."""

    __tablename__ = "axes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    notes: Mapped[str | None] = mapped_column(Text)
    length_km: Mapped[float | None] = mapped_column(Float)

    stops: Mapped[list[AxisLocality]] = relationship(
        back_populates="axis",
        order_by="AxisLocality.position",
        cascade="all, delete-orphan",
    )


class AxisLocality(Base):
    """One locality on an axis, at its position along the road."""

    __tablename__ = "axis_localities"
    __table_args__ = (UniqueConstraint("axis_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    axis_id: Mapped[int] = mapped_column(
        ForeignKey("axes.id", ondelete="CASCADE"), nullable=False, index=True
    )
    locality_id: Mapped[int] = mapped_column(
        ForeignKey("localities.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)

    axis: Mapped[Axis] = relationship(back_populates="stops")
    locality: Mapped[Locality] = relationship()
