"""SQLAlchemy ORM entities (no Qt)."""

from secframe.models.audit import AuditEntry, Preference
from secframe.models.base import Base
from secframe.models.commitment import (
    Commitment,
    CommitmentPartner,
    DeadlineRevision,
    ResourceNeed,
    StatusChange,
)
from secframe.models.enums import (
    AuditAction,
    CommitmentKind,
    CommitmentStatus,
    DecisionEffect,
    FrameworkLevel,
    ImplementationLevel,
    IncidentType,
    LocalityLevel,
    MeetingKind,
    MemberCategory,
    MemberRole,
    MembershipStatus,
    ResourceCategory,
    ResultUnit,
    ReviewOutcome,
    Sex,
    StatusCause,
    Verification,
)
from secframe.models.framework import Framework, Member, Representative, framework_regions
from secframe.models.geo import Axis, AxisLocality, Locality
from secframe.models.incident import Incident
from secframe.models.meeting import (
    AgendaItem,
    Attendance,
    Decision,
    DecisionCommitment,
    Meeting,
    ReviewEntry,
)
from secframe.models.result import CommitmentResult

__all__ = [
    "AgendaItem",
    "Attendance",
    "AuditAction",
    "AuditEntry",
    "Axis",
    "AxisLocality",
    "Base",
    "Commitment",
    "CommitmentKind",
    "CommitmentPartner",
    "CommitmentResult",
    "CommitmentStatus",
    "DeadlineRevision",
    "Decision",
    "DecisionCommitment",
    "DecisionEffect",
    "Framework",
    "FrameworkLevel",
    "ImplementationLevel",
    "Incident",
    "IncidentType",
    "Locality",
    "LocalityLevel",
    "Meeting",
    "MeetingKind",
    "Member",
    "MemberCategory",
    "MemberRole",
    "MembershipStatus",
    "Preference",
    "Representative",
    "ResourceCategory",
    "ResourceNeed",
    "ResultUnit",
    "ReviewEntry",
    "ReviewOutcome",
    "Sex",
    "StatusCause",
    "StatusChange",
    "Verification",
    "framework_regions",
]
