"""Frameworks, their members and the members' representatives."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Date,
    ForeignKey,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secframe.models.base import Base, VersionedMixin, enum_type
from secframe.models.enums import (
    FrameworkLevel,
    MemberCategory,
    MemberRole,
    MembershipStatus,
    Sex,
)
from secframe.models.geo import Locality

framework_regions = Table(
    "framework_regions",
    Base.metadata,
    Column("framework_id", ForeignKey("frameworks.id", ondelete="CASCADE"), primary_key=True),
    Column("locality_id", ForeignKey("localities.id", ondelete="RESTRICT"), primary_key=True),
)


class Framework(VersionedMixin, Base):
    """A collaborative security management framework or a local dialogue forum."""

    __tablename__ = "frameworks"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False, unique=True)
    short_name: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)
    level: Mapped[FrameworkLevel] = mapped_column(enum_type(FrameworkLevel), nullable=False)
    established_on: Mapped[date | None] = mapped_column(Date)
    facilitating_partners: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    regions: Mapped[list[Locality]] = relationship(secondary=framework_regions)
    members: Mapped[list[Member]] = relationship(
        back_populates="framework", cascade="all, delete-orphan", passive_deletes=True
    )


class Member(VersionedMixin, Base):
    """An organisation or constituency sitting in a framework."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("framework_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(
        ForeignKey("frameworks.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    short_name: Mapped[str | None] = mapped_column(String(60))
    category: Mapped[MemberCategory] = mapped_column(enum_type(MemberCategory), nullable=False)
    status: Mapped[MembershipStatus] = mapped_column(
        enum_type(MembershipStatus), nullable=False, default=MembershipStatus.ACTIVE
    )
    joined_on: Mapped[date | None] = mapped_column(Date)
    status_since: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # A member or partner organisation can facilitate the framework (HD, Alert, AMSS), fund it
    # as a technical and financial partner (PTF, the « bailleur » resource lines name), or both.
    facilitator: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    funder: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )

    framework: Mapped[Framework] = relationship(back_populates="members")

    @hybrid_property
    def label(self) -> str:
        """How a member is named in lists, briefs and exports: its short name, else its name."""
        return self.short_name or self.name

    @property
    def roles(self) -> tuple[MemberRole, ...]:
        """Facilitator, funder (PTF), both or neither."""
        return member_roles(self.facilitator, self.funder)

    @label.inplace.expression
    @classmethod
    def _label_expression(cls) -> ColumnElement[str]:
        return func.coalesce(cls.short_name, cls.name)

    representatives: Mapped[list[Representative]] = relationship(
        back_populates="member",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Representative.id",
    )


def member_roles(facilitator: bool, funder: bool) -> tuple[MemberRole, ...]:
    """The roles a member's two flags stand for, in order."""
    flags = {MemberRole.FACILITATOR: facilitator, MemberRole.FUNDER: funder}
    return tuple(role for role, on in flags.items() if on)


class Representative(VersionedMixin, Base):
    """A person who represents a member in the framework (personal data)."""

    __tablename__ = "representatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    title: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    sex: Mapped[Sex] = mapped_column(enum_type(Sex, 1), nullable=False, default=Sex.UNKNOWN)

    member: Mapped[Member] = relationship(back_populates="representatives")
