"""Numbered sessions of a framework: attendance, agenda, decisions and commitment review."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from secframe.models.base import Base, TimestampMixin, VersionedMixin, enum_type
from secframe.models.enums import ActionStatus, DecisionEffect, MeetingKind, ReviewOutcome, Sex
from secframe.models.framework import Framework


class Meeting(VersionedMixin, Base):
    """A numbered session of a framework; locked once its conclusions are adopted."""

    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("framework_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(
        ForeignKey("frameworks.id", ondelete="CASCADE"), nullable=False, index=True
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[MeetingKind] = mapped_column(
        enum_type(MeetingKind), nullable=False, default=MeetingKind.ORDINARY
    )
    held_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    chair: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    locked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    locked_at: Mapped[datetime | None] = mapped_column(DateTime)
    locked_by: Mapped[str | None] = mapped_column(String(120))
    adopted_in_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL")
    )

    framework: Mapped[Framework] = relationship()
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.id"
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Decision.position"
    )
    reviews: Mapped[list[ReviewEntry]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ReviewEntry.id"
    )
    decision_points: Mapped[list[DecisionPoint]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="DecisionPoint.position"
    )
    snapshot: Mapped[MeetingSnapshot | None] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", uselist=False
    )

    def audit_label(self) -> str:
        return f"n° {self.number}"


class Attendance(Base):
    """A person present at a session, for a member or on their own account."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True
    )
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL"), index=True
    )
    representative_id: Mapped[int | None] = mapped_column(
        ForeignKey("representatives.id", ondelete="SET NULL")
    )
    name: Mapped[str | None] = mapped_column(String(200))
    sex: Mapped[Sex] = mapped_column(enum_type(Sex, 1), nullable=False, default=Sex.UNKNOWN)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")


class AgendaItem(Base):
    """An item on a session's agenda (the decisions expected)."""

    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    notes: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")


class Decision(Base):
    """A decision recorded in a session, possibly creating or changing commitments."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")
    links: Mapped[list[DecisionCommitment]] = relationship(
        back_populates="decision", cascade="all, delete-orphan"
    )
    actions: Mapped[list[FollowUpAction]] = relationship(
        back_populates="decision", cascade="all, delete-orphan", order_by="FollowUpAction.position"
    )


class DecisionCommitment(Base):
    """The link between a decision and a commitment it created, changed or concerns."""

    __tablename__ = "decision_commitments"
    __table_args__ = (UniqueConstraint("decision_id", "commitment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False, index=True
    )
    effect: Mapped[DecisionEffect] = mapped_column(enum_type(DecisionEffect), nullable=False)

    decision: Mapped[Decision] = relationship(back_populates="links")


class ReviewEntry(TimestampMixin, Base):
    """What a session recorded about one open commitment during its review."""

    __tablename__ = "review_entries"
    __table_args__ = (UniqueConstraint("meeting_id", "commitment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True
    )
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitments.id", ondelete="CASCADE"), nullable=False, index=True
    )
    outcome: Mapped[ReviewOutcome] = mapped_column(enum_type(ReviewOutcome), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    status_change_id: Mapped[int | None] = mapped_column(
        ForeignKey("status_changes.id", ondelete="SET NULL")
    )
    deadline_revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("deadline_revisions.id", ondelete="SET NULL")
    )

    meeting: Mapped[Meeting] = relationship(back_populates="reviews")


class DecisionPoint(Base):
    """A point submitted to the governor's decision, prepared for a session: the situation,
    the options, the secretariat's recommendation and the action asked of the governor.
    ``commitment_id`` names the blocked commitment the point is about, if any."""

    __tablename__ = "decision_points"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    situation: Mapped[str | None] = mapped_column(Text)
    options: Mapped[str | None] = mapped_column(Text)  # one option per line
    recommendation: Mapped[str | None] = mapped_column(Text)
    action_asked: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="decision_points")


class FollowUpAction(Base):
    """What a decision asks someone to do, by when, and where it stands."""

    __tablename__ = "follow_up_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decisions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    what: Mapped[str] = mapped_column(Text, nullable=False)
    who: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        enum_type(ActionStatus), nullable=False, default=ActionStatus.TODO
    )
    status_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    decision: Mapped[Decision] = relationship(back_populates="actions")


class MeetingSnapshot(Base):
    """The figures of a session frozen when its conclusions were adopted (JSON), so that its
    brief and minutes print what was true then."""

    __tablename__ = "meeting_snapshots"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    taken_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    taken_by: Mapped[str] = mapped_column(String(120), nullable=False)
    format: Mapped[int] = mapped_column(Integer, nullable=False)
    payload: Mapped[str] = mapped_column(Text, nullable=False)

    meeting: Mapped[Meeting] = relationship(back_populates="snapshot")
