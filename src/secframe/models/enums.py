"""Controlled vocabularies, stored by their English code and shown by translated label."""

from __future__ import annotations

from enum import StrEnum

from secframe.i18n import QT_TRANSLATE_NOOP, translate


class LabelledEnum(StrEnum):
    """A string enum whose members carry a translatable label."""

    @classmethod
    def _labels(cls) -> dict[str, str]:
        raise NotImplementedError

    @classmethod
    def context(cls) -> str:
        """The translation context of the labels."""
        return cls.__name__

    def label(self) -> str:
        """The member's label in the current language."""
        return translate(self.context(), self._labels()[self.value])

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(code, label) pairs in declaration order, for pickers and validation lists."""
        return [(m.value, m.label()) for m in cls]

    @classmethod
    def from_label(cls, text: str) -> LabelledEnum | None:
        """The member whose code or label (any language) equals ``text``, ignoring case."""
        key = text.strip().casefold()
        for member in cls:
            if key in (member.value.casefold(), member.label().casefold()):
                return member
            if key == cls._labels()[member.value].casefold():
                return member
        return None


class FrameworkLevel(LabelledEnum):
    REGIONAL = "regional"
    LOCAL_FORUM = "local_forum"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "regional": QT_TRANSLATE_NOOP("FrameworkLevel", "Regional framework"),
            "local_forum": QT_TRANSLATE_NOOP("FrameworkLevel", "Local dialogue forum"),
        }


class LocalityLevel(LabelledEnum):
    REGION = "region"
    CERCLE = "cercle"
    COMMUNE = "commune"
    LOCALITY = "locality"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "region": QT_TRANSLATE_NOOP("LocalityLevel", "Region"),
            "cercle": QT_TRANSLATE_NOOP("LocalityLevel", "Cercle"),
            "commune": QT_TRANSLATE_NOOP("LocalityLevel", "Commune"),
            "locality": QT_TRANSLATE_NOOP("LocalityLevel", "Locality"),
        }

    @property
    def depth(self) -> int:
        """0 for a region, 3 for a locality."""
        return list(LocalityLevel).index(self)


class MemberCategory(LabelledEnum):
    GOVERNORATE = "governorate"
    PREFECTURE = "prefecture"
    INTERIM_AUTHORITY = "interim_authority"
    ARMED_GROUP = "armed_group"
    SECURITY_FORCES = "security_forces"
    RELIGIOUS_LEADERS = "religious_leaders"
    TRADITIONAL_LEADERS = "traditional_leaders"
    YOUTH = "youth"
    WOMEN = "women"
    CIVIL_SOCIETY = "civil_society"
    PARTNER = "partner"
    OTHER = "other"  # e.g. created by an import, to be reviewed

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "governorate": QT_TRANSLATE_NOOP("MemberCategory", "Governorate"),
            "prefecture": QT_TRANSLATE_NOOP("MemberCategory", "Prefecture"),
            "interim_authority": QT_TRANSLATE_NOOP("MemberCategory", "Interim authority"),
            "armed_group": QT_TRANSLATE_NOOP("MemberCategory", "Signatory armed group"),
            "security_forces": QT_TRANSLATE_NOOP("MemberCategory", "Defence and security forces"),
            "religious_leaders": QT_TRANSLATE_NOOP("MemberCategory", "Religious leaders"),
            "traditional_leaders": QT_TRANSLATE_NOOP(
                "MemberCategory", "Traditional and community leaders"
            ),
            "youth": QT_TRANSLATE_NOOP("MemberCategory", "Youth"),
            "women": QT_TRANSLATE_NOOP("MemberCategory", "Women"),
            "civil_society": QT_TRANSLATE_NOOP("MemberCategory", "Civil society"),
            "partner": QT_TRANSLATE_NOOP("MemberCategory", "Partner"),
            "other": QT_TRANSLATE_NOOP("MemberCategory", "Other (to review)"),
        }


class MembershipStatus(LabelledEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    WITHDRAWN = "withdrawn"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "active": QT_TRANSLATE_NOOP("MembershipStatus", "Active"),
            "suspended": QT_TRANSLATE_NOOP("MembershipStatus", "Suspended"),
            "withdrawn": QT_TRANSLATE_NOOP("MembershipStatus", "Withdrawn"),
        }


class Sex(LabelledEnum):
    FEMALE = "F"
    MALE = "M"
    UNKNOWN = "U"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "F": QT_TRANSLATE_NOOP("Sex", "Female"),
            "M": QT_TRANSLATE_NOOP("Sex", "Male"),
            "U": QT_TRANSLATE_NOOP("Sex", "Not recorded"),
        }


class CommitmentKind(LabelledEnum):
    PATROL = "patrol"
    ESCORT = "escort"
    CHECKPOINT = "checkpoint"
    OPERATION = "operation"
    MEDIATION = "mediation"
    SENSITISATION = "sensitisation"
    CHARTER = "charter"
    FOLLOW_UP_COMMITTEE = "follow_up_committee"
    ADVOCACY = "advocacy"
    COMMUNITY_PROJECT = "community_project"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "patrol": QT_TRANSLATE_NOOP("CommitmentKind", "Patrol"),
            "escort": QT_TRANSLATE_NOOP("CommitmentKind", "Armed escort"),
            "checkpoint": QT_TRANSLATE_NOOP("CommitmentKind", "Checkpoint"),
            "operation": QT_TRANSLATE_NOOP("CommitmentKind", "Security operation"),
            "mediation": QT_TRANSLATE_NOOP("CommitmentKind", "Dialogue / mediation"),
            "sensitisation": QT_TRANSLATE_NOOP("CommitmentKind", "Sensitisation"),
            "charter": QT_TRANSLATE_NOOP("CommitmentKind", "Charter / pact"),
            "follow_up_committee": QT_TRANSLATE_NOOP("CommitmentKind", "Follow-up committee"),
            "advocacy": QT_TRANSLATE_NOOP("CommitmentKind", "Advocacy"),
            "community_project": QT_TRANSLATE_NOOP("CommitmentKind", "Community project"),
            "other": QT_TRANSLATE_NOOP("CommitmentKind", "Other"),
        }


class CommitmentStatus(LabelledEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    COMPLETED = "completed"
    ABANDONED = "abandoned"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "planned": QT_TRANSLATE_NOOP("CommitmentStatus", "Planned"),
            "active": QT_TRANSLATE_NOOP("CommitmentStatus", "Active"),
            "suspended": QT_TRANSLATE_NOOP("CommitmentStatus", "Suspended"),
            "completed": QT_TRANSLATE_NOOP("CommitmentStatus", "Completed"),
            "abandoned": QT_TRANSLATE_NOOP("CommitmentStatus", "Abandoned"),
        }

    @property
    def is_open(self) -> bool:
        """Planned, active and suspended commitments are still open."""
        return self in OPEN_STATUSES

    @property
    def is_closed(self) -> bool:
        """Completed and abandoned commitments are closed."""
        return not self.is_open

    @property
    def needs_cause(self) -> bool:
        """Suspending or abandoning a commitment needs a cause and a reason."""
        return self in CAUSE_REQUIRED

    @property
    def can_be_overdue(self) -> bool:
        """Only planned and active commitments can be late: a suspended one is blocked, not
        overdue; a closed one is history."""
        return self in RUNNING_STATUSES


# Still open: counted in « reste à financer » and in the lists of what remains to do.
OPEN_STATUSES = frozenset(
    {CommitmentStatus.PLANNED, CommitmentStatus.ACTIVE, CommitmentStatus.SUSPENDED}
)
# Open and not stopped: the statuses whose commitments are overdue once their deadline passes.
RUNNING_STATUSES = frozenset({CommitmentStatus.PLANNED, CommitmentStatus.ACTIVE})
# The statuses a change to needs a cause and a reason.
CAUSE_REQUIRED = frozenset({CommitmentStatus.SUSPENDED, CommitmentStatus.ABANDONED})

# Colours for status, shared by lists, charts, exports and briefs (never shown without the word).
STATUS_COLOURS: dict[CommitmentStatus, str] = {
    CommitmentStatus.PLANNED: "#8da0cb",
    CommitmentStatus.ACTIVE: "#1b9e77",
    CommitmentStatus.SUSPENDED: "#e6ab02",
    CommitmentStatus.COMPLETED: "#4575b4",
    CommitmentStatus.ABANDONED: "#d95f02",
}


class ImplementationLevel(LabelledEnum):
    """The 0–3 scale used by peace-agreement monitors."""

    NOT_STARTED = "0"
    MINIMAL = "1"
    INTERMEDIATE = "2"
    FULL = "3"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "0": QT_TRANSLATE_NOOP("ImplementationLevel", "0 – not started"),
            "1": QT_TRANSLATE_NOOP("ImplementationLevel", "1 – minimal"),
            "2": QT_TRANSLATE_NOOP("ImplementationLevel", "2 – intermediate"),
            "3": QT_TRANSLATE_NOOP("ImplementationLevel", "3 – full"),
        }


class StatusCause(LabelledEnum):
    RESOURCES = "resources"
    SECURITY = "security"
    POLITICAL = "political"
    HANDOVER = "handover"
    COMPLETED = "completed"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "resources": QT_TRANSLATE_NOOP("StatusCause", "Lack of resources"),
            "security": QT_TRANSLATE_NOOP("StatusCause", "Security situation"),
            "political": QT_TRANSLATE_NOOP("StatusCause", "Political"),
            "handover": QT_TRANSLATE_NOOP("StatusCause", "Handover"),
            "completed": QT_TRANSLATE_NOOP("StatusCause", "Completed"),
            "other": QT_TRANSLATE_NOOP("StatusCause", "Other"),
        }


class ResourceCategory(LabelledEnum):
    VEHICLES = "vehicles"
    FUEL = "fuel"
    ALLOWANCES = "allowances"
    RATIONS = "rations"
    COMMUNICATIONS = "communications"
    EQUIPMENT = "equipment"
    FUNDING = "funding"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "vehicles": QT_TRANSLATE_NOOP("ResourceCategory", "Vehicles"),
            "fuel": QT_TRANSLATE_NOOP("ResourceCategory", "Fuel"),
            "allowances": QT_TRANSLATE_NOOP("ResourceCategory", "Allowances"),
            "rations": QT_TRANSLATE_NOOP("ResourceCategory", "Rations"),
            "communications": QT_TRANSLATE_NOOP("ResourceCategory", "Communications"),
            "equipment": QT_TRANSLATE_NOOP("ResourceCategory", "Equipment"),
            "funding": QT_TRANSLATE_NOOP("ResourceCategory", "Funding"),
            "other": QT_TRANSLATE_NOOP("ResourceCategory", "Other"),
        }


class MeetingKind(LabelledEnum):
    ORDINARY = "ordinary"
    EXTRAORDINARY = "extraordinary"
    WITH_GOVERNOR = "with_governor"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "ordinary": QT_TRANSLATE_NOOP("MeetingKind", "Ordinary session"),
            "extraordinary": QT_TRANSLATE_NOOP("MeetingKind", "Extraordinary session"),
            "with_governor": QT_TRANSLATE_NOOP("MeetingKind", "Session with the governor"),
        }


class ReviewOutcome(LabelledEnum):
    NO_CHANGE = "no_change"
    STATUS_CHANGE = "status_change"
    DEADLINE_REVISION = "deadline_revision"
    NOTE = "note"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "no_change": QT_TRANSLATE_NOOP("ReviewOutcome", "No change"),
            "status_change": QT_TRANSLATE_NOOP("ReviewOutcome", "Status change"),
            "deadline_revision": QT_TRANSLATE_NOOP("ReviewOutcome", "Deadline revision"),
            "note": QT_TRANSLATE_NOOP("ReviewOutcome", "Note"),
        }


class DecisionEffect(LabelledEnum):
    CREATED = "created"
    UPDATED = "updated"
    LINKED = "linked"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "created": QT_TRANSLATE_NOOP("DecisionEffect", "Created"),
            "updated": QT_TRANSLATE_NOOP("DecisionEffect", "Updated"),
            "linked": QT_TRANSLATE_NOOP("DecisionEffect", "Linked"),
        }


class IncidentType(LabelledEnum):
    ROBBERY = "robbery"
    KIDNAPPING = "kidnapping"
    TARGETED_KILLING = "targeted_killing"
    VEHICLE_THEFT = "vehicle_theft"
    ARMED_ATTACK = "armed_attack"
    CLASH = "clash"
    EXPLOSIVE_DEVICE = "explosive_device"
    ILLEGAL_CHECKPOINT = "illegal_checkpoint"
    DEMONSTRATION = "demonstration"
    INTERCOMMUNAL = "intercommunal"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "robbery": QT_TRANSLATE_NOOP("IncidentType", "Robbery"),
            "kidnapping": QT_TRANSLATE_NOOP("IncidentType", "Kidnapping"),
            "targeted_killing": QT_TRANSLATE_NOOP("IncidentType", "Targeted killing"),
            "vehicle_theft": QT_TRANSLATE_NOOP("IncidentType", "Vehicle theft"),
            "armed_attack": QT_TRANSLATE_NOOP("IncidentType", "Armed attack"),
            "clash": QT_TRANSLATE_NOOP("IncidentType", "Armed clash"),
            "explosive_device": QT_TRANSLATE_NOOP("IncidentType", "Explosive device"),
            "illegal_checkpoint": QT_TRANSLATE_NOOP("IncidentType", "Illegal checkpoint"),
            "demonstration": QT_TRANSLATE_NOOP("IncidentType", "Demonstration"),
            "intercommunal": QT_TRANSLATE_NOOP("IncidentType", "Intercommunal violence"),
            "other": QT_TRANSLATE_NOOP("IncidentType", "Other"),
        }


class Verification(LabelledEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    REJECTED = "rejected"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "unverified": QT_TRANSLATE_NOOP("Verification", "Unverified"),
            "verified": QT_TRANSLATE_NOOP("Verification", "Verified"),
            "rejected": QT_TRANSLATE_NOOP("Verification", "Rejected"),
        }


class AuditAction(LabelledEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "create": QT_TRANSLATE_NOOP("AuditAction", "Created"),
            "update": QT_TRANSLATE_NOOP("AuditAction", "Changed"),
            "delete": QT_TRANSLATE_NOOP("AuditAction", "Deleted"),
        }


class ActionStatus(LabelledEnum):
    """Where a follow-up action of a decision stands."""

    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "todo": QT_TRANSLATE_NOOP("ActionStatus", "To do"),
            "in_progress": QT_TRANSLATE_NOOP("ActionStatus", "In progress"),
            "done": QT_TRANSLATE_NOOP("ActionStatus", "Done"),
            "dropped": QT_TRANSLATE_NOOP("ActionStatus", "Dropped"),
        }

    @property
    def is_pending(self) -> bool:
        """Still to be done (to do or in progress)."""
        return self in (ActionStatus.TODO, ActionStatus.IN_PROGRESS)


class Remedy(LabelledEnum):
    """What would restart a blocked commitment, by the cause of its blocking."""

    FUNDING = "funding"
    REDEPLOYMENT = "redeployment"
    MEDIATION = "mediation"
    REFERRAL = "referral"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "funding": QT_TRANSLATE_NOOP("Remedy", "Funding"),
            "redeployment": QT_TRANSLATE_NOOP("Remedy", "Redeployment of the forces"),
            "mediation": QT_TRANSLATE_NOOP("Remedy", "Mediation"),
            "referral": QT_TRANSLATE_NOOP("Remedy", "Referral to the authority concerned"),
        }
