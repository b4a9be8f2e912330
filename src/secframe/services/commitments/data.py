"""What the commitment services take in and hand out: inputs, rows, details, log entries, filters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from secframe.models import (
    CommitmentKind,
    CommitmentStatus,
    StatusCause,
)
from secframe.services.resources import ResourceNeedInfo


@dataclass(frozen=True)
class PartnerInput:
    """A partner member of a commitment and its role."""

    member_id: int
    role: str | None = None


@dataclass(frozen=True)
class CommitmentInput:
    """The fields of a commitment a user edits (status and deadline have their own actions)."""

    title: str
    kind: CommitmentKind
    description: str | None = None
    reference: str | None = None
    source: str | None = None
    source_meeting_id: int | None = None
    theme: str | None = None
    lead_member_id: int | None = None
    partners: tuple[PartnerInput, ...] = ()
    locality_id: int | None = None
    axis_id: int | None = None
    frequency: str | None = None
    start_date: date | None = None
    original_deadline: date | None = None
    implementation_level: int = 0
    outcome_notes: str | None = None
    predecessor_id: int | None = None


@dataclass(frozen=True)
class UnblockingInput:
    """For a blocked commitment: who can unblock it (a member, a partner, or an authority
    outside the framework, as text), the next step and its date."""

    unblock_by: str | None = None
    next_step: str | None = None
    next_step_on: date | None = None


@dataclass(frozen=True)
class PartnerInfo:
    """A partner as shown."""

    member_id: int
    name: str
    role: str | None


@dataclass(frozen=True)
class StatusChangeInfo:
    """One entry of the status log."""

    id: int
    commitment_id: int
    changed_on: date
    from_status: CommitmentStatus | None
    to_status: CommitmentStatus
    cause: StatusCause | None
    reason: str | None
    source: str | None
    meeting_id: int | None
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class DeadlineRevisionInfo:
    """One deadline revision."""

    id: int
    commitment_id: int
    previous_deadline: date | None
    new_deadline: date
    reason: str
    decided_on: date
    source: str | None
    meeting_id: int | None
    recorded_by: str
    recorded_at: datetime

    @property
    def days_moved(self) -> int:
        """How many days the deadline moved (negative when brought forward)."""
        if self.previous_deadline is None:
            return 0
        return (self.new_deadline - self.previous_deadline).days


@dataclass(frozen=True)
class CommitmentRow:
    """A commitment as listed: its fields, current state, slippage and resource totals (XOF)."""

    id: int
    framework_id: int
    reference: str | None
    kind: CommitmentKind
    title: str
    lead_member_id: int | None
    lead_member: str
    partners: str
    locality_id: int | None
    locality: str
    axis_id: int | None
    axis: str
    start_date: date | None
    original_deadline: date | None
    deadline: date | None
    status: CommitmentStatus
    status_since: date | None
    implementation_level: int
    revisions: int
    last_change_on: date | None
    last_cause: StatusCause | None
    last_reason: str | None
    needed: Decimal
    pledged: Decimal
    received: Decimal
    gap: Decimal  # « reste à financer »: zero once closed (models.rules.counts_in_gap)
    overdue: bool  # models.rules.is_overdue
    predecessor_id: int | None
    version: int

    @property
    def place(self) -> str:
        """The axis and/or locality, as one label."""
        return " / ".join(p for p in (self.axis, self.locality) if p)

    @property
    def days_slipped(self) -> int:
        """Days between the original and the current deadline."""
        if self.original_deadline is None or self.deadline is None:
            return 0
        return (self.deadline - self.original_deadline).days


@dataclass(frozen=True)
class CommitmentDetail:
    """Everything about one commitment, for its editor and its history."""

    row: CommitmentRow
    description: str | None
    source: str | None
    source_meeting_id: int | None
    theme: str | None
    frequency: str | None
    outcome_notes: str | None
    partners: tuple[PartnerInfo, ...]
    needs: tuple[ResourceNeedInfo, ...]
    status_log: tuple[StatusChangeInfo, ...]
    revisions: tuple[DeadlineRevisionInfo, ...]
    successor_ids: tuple[int, ...]
    predecessor_label: str | None = None  # reference and title of what it took over from
    successor_labels: tuple[str, ...] = ()  # reference and title of what took over from it
    unblocking: UnblockingInput = UnblockingInput()  # who can unblock it, the next step

    @property
    def id(self) -> int:
        """The commitment's id."""
        return self.row.id

    @property
    def version(self) -> int:
        """The version to pass back when saving."""
        return self.row.version

    def to_input(self) -> CommitmentInput:
        """The editable fields, to change and save back."""
        r = self.row
        return CommitmentInput(
            title=r.title,
            kind=r.kind,
            description=self.description,
            reference=r.reference,
            source=self.source,
            source_meeting_id=self.source_meeting_id,
            theme=self.theme,
            lead_member_id=r.lead_member_id,
            partners=tuple(PartnerInput(p.member_id, p.role) for p in self.partners),
            locality_id=r.locality_id,
            axis_id=r.axis_id,
            frequency=self.frequency,
            start_date=r.start_date,
            original_deadline=r.original_deadline,
            implementation_level=r.implementation_level,
            outcome_notes=self.outcome_notes,
            predecessor_id=r.predecessor_id,
        )


@dataclass(frozen=True)
class CommitmentFilter:
    """What the lists filter commitments by; empty fields do not filter."""

    statuses: frozenset[CommitmentStatus] = frozenset()
    kinds: frozenset[CommitmentKind] = frozenset()
    member_id: int | None = None
    locality_id: int | None = None
    axis_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    overdue_only: bool = False
    ids: frozenset[int] = field(default_factory=frozenset)
