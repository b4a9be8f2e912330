"""Controlled vocabularies, stored by their English code and shown by translated label."""

from __future__ import annotations

from enum import StrEnum

from secframe.i18n import QT_TRANSLATE_NOOP, count_text, translate


class LabelledEnum(StrEnum):
    """A string enum whose members carry a translatable label."""

    @classmethod
    def _labels(cls) -> dict[str, str]:
        raise NotImplementedError

    @classmethod
    def context(cls) -> str:
        """The translation context of the labels."""
        return cls.__name__

    @classmethod
    def _definitions(cls) -> dict[str, str]:
        """One-line definitions shown as tooltips (none by default)."""
        return {}

    def label(self) -> str:
        """The member's label in the current language."""
        return translate(self.context(), self._labels()[self.value])

    def definition(self) -> str:
        """What the member means, in one line of the current language ("" when undefined)."""
        source = self._definitions().get(self.value)
        return translate(self.context(), source) if source else ""

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
    LOCAL_AUTHORITY = "local_authority"
    ARMED_GROUP = "armed_group"
    SECURITY_FORCES = "security_forces"
    JUSTICE = "justice"
    CUSTOMS = "customs"
    INTERNATIONAL_FORCES = "international_forces"
    RELIGIOUS_LEADERS = "religious_leaders"
    CADIS_IMAMS = "cadis_imams"
    TRADITIONAL_LEADERS = "traditional_leaders"
    VILLAGE_CHIEFS = "village_chiefs"
    YOUTH = "youth"
    YOUTH_ASSOCIATION = "youth_association"
    WOMEN = "women"
    WOMEN_ASSOCIATION = "women_association"
    CIVIL_SOCIETY = "civil_society"
    COMMUNITY_RADIO = "community_radio"
    TRANSPORTERS = "transporters"
    PARTNER = "partner"
    OTHER = "other"  # e.g. created by an import, to be reviewed

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "governorate": QT_TRANSLATE_NOOP("MemberCategory", "Governorate"),
            "prefecture": QT_TRANSLATE_NOOP("MemberCategory", "Prefecture"),
            "interim_authority": QT_TRANSLATE_NOOP("MemberCategory", "Interim authority"),
            "local_authority": QT_TRANSLATE_NOOP(
                "MemberCategory", "Local authorities (mayors, cercle councils)"
            ),
            "armed_group": QT_TRANSLATE_NOOP("MemberCategory", "Signatory armed group"),
            "security_forces": QT_TRANSLATE_NOOP("MemberCategory", "Defence and security forces"),
            "justice": QT_TRANSLATE_NOOP("MemberCategory", "Justice"),
            "customs": QT_TRANSLATE_NOOP("MemberCategory", "Customs"),
            "international_forces": QT_TRANSLATE_NOOP(
                "MemberCategory", "MINUSMA / international forces (observer)"
            ),
            "religious_leaders": QT_TRANSLATE_NOOP("MemberCategory", "Religious leaders"),
            "cadis_imams": QT_TRANSLATE_NOOP("MemberCategory", "Cadis and imams"),
            "traditional_leaders": QT_TRANSLATE_NOOP(
                "MemberCategory", "Traditional and community leaders"
            ),
            "village_chiefs": QT_TRANSLATE_NOOP("MemberCategory", "Village and fraction chiefs"),
            "youth": QT_TRANSLATE_NOOP("MemberCategory", "Youth"),
            "youth_association": QT_TRANSLATE_NOOP("MemberCategory", "Youth association"),
            "women": QT_TRANSLATE_NOOP("MemberCategory", "Women"),
            "women_association": QT_TRANSLATE_NOOP("MemberCategory", "Women's association"),
            "civil_society": QT_TRANSLATE_NOOP("MemberCategory", "Civil society"),
            "community_radio": QT_TRANSLATE_NOOP("MemberCategory", "Community radio"),
            "transporters": QT_TRANSLATE_NOOP("MemberCategory", "Transporters' union"),
            "partner": QT_TRANSLATE_NOOP("MemberCategory", "Partner organisation"),
            "other": QT_TRANSLATE_NOOP("MemberCategory", "Other (to review)"),
        }

    @classmethod
    def _definitions(cls) -> dict[str, str]:
        return {
            "governorate": QT_TRANSLATE_NOOP(
                "MemberCategory", "The governor and the services of the region."
            ),
            "prefecture": QT_TRANSLATE_NOOP(
                "MemberCategory", "The prefect and sub-prefects of the cercles."
            ),
            "interim_authority": QT_TRANSLATE_NOOP(
                "MemberCategory",
                "The interim authority set up by the peace agreement in the region.",
            ),
            "local_authority": QT_TRANSLATE_NOOP(
                "MemberCategory",
                "Elected local government: mayors and councils of communes and cercles.",
            ),
            "armed_group": QT_TRANSLATE_NOOP(
                "MemberCategory", "A movement that signed the 2015 agreement: CMA, Plateforme."
            ),
            "security_forces": QT_TRANSLATE_NOOP(
                "MemberCategory", "The Malian armed forces (FAMa), the police and the gendarmerie."
            ),
            "justice": QT_TRANSLATE_NOOP(
                "MemberCategory",
                "Courts and prosecutors, who receive the people the forces arrest.",
            ),
            "customs": QT_TRANSLATE_NOOP(
                "MemberCategory", "The customs service and its posts on the roads."
            ),
            "international_forces": QT_TRANSLATE_NOOP(
                "MemberCategory", "MINUSMA or other international forces, seated as observers."
            ),
            "religious_leaders": QT_TRANSLATE_NOOP(
                "MemberCategory",
                "Religious figures in general: marabouts, preachers, religious associations.",
            ),
            "cadis_imams": QT_TRANSLATE_NOOP(
                "MemberCategory",
                "The cadis (Islamic judges who settle disputes) and the imams of the mosques.",
            ),
            "traditional_leaders": QT_TRANSLATE_NOOP(
                "MemberCategory",
                "Customary and community notables, elders and leaders of communities.",
            ),
            "village_chiefs": QT_TRANSLATE_NOOP(
                "MemberCategory", "The customary head of a village or of a nomadic fraction."
            ),
            "youth": QT_TRANSLATE_NOOP(
                "MemberCategory", "The young people of a community, as a constituency."
            ),
            "youth_association": QT_TRANSLATE_NOOP(
                "MemberCategory", "An organised youth association or council, with its own leaders."
            ),
            "women": QT_TRANSLATE_NOOP(
                "MemberCategory", "The women of a community, as a constituency."
            ),
            "women_association": QT_TRANSLATE_NOOP(
                "MemberCategory", "An organised women's association or mediation commission."
            ),
            "civil_society": QT_TRANSLATE_NOOP(
                "MemberCategory", "Associations and community members not listed elsewhere."
            ),
            "community_radio": QT_TRANSLATE_NOOP(
                "MemberCategory",
                "A local radio that broadcasts the framework's messages and debates.",
            ),
            "transporters": QT_TRANSLATE_NOOP(
                "MemberCategory",
                "Drivers and vehicle owners on the axes, first victims of road banditry.",
            ),
            "partner": QT_TRANSLATE_NOOP(
                "MemberCategory",
                "An organisation supporting from outside: facilitator, technical and financial "
                "partner (PTF) or both, as its roles say.",
            ),
            "other": QT_TRANSLATE_NOOP(
                "MemberCategory", "Not classified yet (e.g. created by an import): to review."
            ),
        }


class MemberRole(LabelledEnum):
    """What a member or partner organisation does for the framework besides sitting in it."""

    FACILITATOR = "facilitator"
    FUNDER = "funder"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "facilitator": QT_TRANSLATE_NOOP("MemberRole", "Facilitator"),
            "funder": QT_TRANSLATE_NOOP("MemberRole", "Technical and financial partner (PTF)"),
        }

    @classmethod
    def _definitions(cls) -> dict[str, str]:
        return {
            "facilitator": QT_TRANSLATE_NOOP(
                "MemberRole", "Convenes and mediates the framework's work (HD, Alert, AMSS)."
            ),
            "funder": QT_TRANSLATE_NOOP(
                "MemberRole",
                "Funds or equips the framework's work: the « bailleur » resource lines name.",
            ),
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
    REDEPLOYMENT = "redeployment"
    ARRESTS = "arrests"
    WEAPONS_COLLECTION = "weapons_collection"
    MEDIATION = "mediation"
    PUBLIC_DEBATE = "public_debate"
    SENSITISATION = "sensitisation"
    CHARTER = "charter"
    FOLLOW_UP_COMMITTEE = "follow_up_committee"
    EARLY_WARNING = "early_warning"
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
            "redeployment": QT_TRANSLATE_NOOP(
                "CommitmentKind", "Redeployment of the defence and security forces"
            ),
            "arrests": QT_TRANSLATE_NOOP("CommitmentKind", "Arrests and handing over to justice"),
            "weapons_collection": QT_TRANSLATE_NOOP("CommitmentKind", "Collection of weapons"),
            "mediation": QT_TRANSLATE_NOOP("CommitmentKind", "Dialogue / mediation"),
            "public_debate": QT_TRANSLATE_NOOP("CommitmentKind", "Public debate / community forum"),
            "sensitisation": QT_TRANSLATE_NOOP("CommitmentKind", "Sensitisation"),
            "charter": QT_TRANSLATE_NOOP("CommitmentKind", "Charter / pact"),
            "follow_up_committee": QT_TRANSLATE_NOOP("CommitmentKind", "Follow-up committee"),
            "early_warning": QT_TRANSLATE_NOOP("CommitmentKind", "Early-warning mechanism"),
            "advocacy": QT_TRANSLATE_NOOP("CommitmentKind", "Advocacy"),
            "community_project": QT_TRANSLATE_NOOP("CommitmentKind", "Community project"),
            "other": QT_TRANSLATE_NOOP("CommitmentKind", "Other"),
        }

    @classmethod
    def _definitions(cls) -> dict[str, str]:
        return {
            "patrol": QT_TRANSLATE_NOOP(
                "CommitmentKind", "Armed men go up and down an axis or a place."
            ),
            "escort": QT_TRANSLATE_NOOP(
                "CommitmentKind", "Forces accompany vehicles or convoys along an axis."
            ),
            "checkpoint": QT_TRANSLATE_NOOP(
                "CommitmentKind", "A fixed post that checks people and vehicles."
            ),
            "operation": QT_TRANSLATE_NOOP(
                "CommitmentKind",
                "A planned operation against banditry in an area, like Operation Alafia.",
            ),
            "redeployment": QT_TRANSLATE_NOOP(
                "CommitmentKind",
                "The army, police or gendarmerie return to, or reinforce, a place.",
            ),
            "arrests": QT_TRANSLATE_NOOP(
                "CommitmentKind",
                "Suspects are arrested and handed over to the courts, not dealt with locally.",
            ),
            "weapons_collection": QT_TRANSLATE_NOOP(
                "CommitmentKind", "Small arms and ammunition are handed in or seized."
            ),
            "mediation": QT_TRANSLATE_NOOP(
                "CommitmentKind", "Bringing parties in conflict together to settle a dispute."
            ),
            "public_debate": QT_TRANSLATE_NOOP(
                "CommitmentKind",
                "An open meeting where the population, leaders and forces discuss security.",
            ),
            "sensitisation": QT_TRANSLATE_NOOP(
                "CommitmentKind",
                "Messages to a group (youth, fighters, population) to change behaviour.",
            ),
            "charter": QT_TRANSLATE_NOOP(
                "CommitmentKind", "A written pact of good conduct signed by parties."
            ),
            "follow_up_committee": QT_TRANSLATE_NOOP(
                "CommitmentKind", "A committee that follows an agreement and makes it known."
            ),
            "early_warning": QT_TRANSLATE_NOOP(
                "CommitmentKind",
                "Focal points who report threats so that someone acts before violence.",
            ),
            "advocacy": QT_TRANSLATE_NOOP(
                "CommitmentKind",
                "Pressing an authority or a group (Bamako, a movement's leaders) to act.",
            ),
            "community_project": QT_TRANSLATE_NOOP(
                "CommitmentKind", "Cultural events, debates, trainings that bring people together."
            ),
            "other": QT_TRANSLATE_NOOP(
                "CommitmentKind", "None of the above: say what in the title."
            ),
        }


class CommitmentStatus(LabelledEnum):
    PLANNED = "planned"
    AWAITING_SUPPORT = "awaiting_support"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    COMPLETED = "completed"
    ABANDONED = "abandoned"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "planned": QT_TRANSLATE_NOOP("CommitmentStatus", "Planned"),
            "awaiting_support": QT_TRANSLATE_NOOP(
                "CommitmentStatus", "Not started, awaiting support"
            ),
            "active": QT_TRANSLATE_NOOP("CommitmentStatus", "Active"),
            "suspended": QT_TRANSLATE_NOOP("CommitmentStatus", "Suspended"),
            "completed": QT_TRANSLATE_NOOP("CommitmentStatus", "Completed"),
            "abandoned": QT_TRANSLATE_NOOP("CommitmentStatus", "Abandoned"),
        }

    @classmethod
    def _definitions(cls) -> dict[str, str]:
        return {
            "planned": QT_TRANSLATE_NOOP(
                "CommitmentStatus", "Decided; work is due to start on its start date."
            ),
            "awaiting_support": QT_TRANSLATE_NOOP(
                "CommitmentStatus",
                "Decided, but waiting for the means or the authorisation to start.",
            ),
            "active": QT_TRANSLATE_NOOP("CommitmentStatus", "Being carried out."),
            "suspended": QT_TRANSLATE_NOOP(
                "CommitmentStatus", "Started, then stopped for a cause; it can resume."
            ),
            "completed": QT_TRANSLATE_NOOP(
                "CommitmentStatus", "Carried out, or handed over to another member."
            ),
            "abandoned": QT_TRANSLATE_NOOP(
                "CommitmentStatus", "Given up for good, with its cause."
            ),
        }

    @property
    def is_open(self) -> bool:
        """Planned, awaiting support, active and suspended commitments are still open."""
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
        """Only planned and active commitments can be late: a suspended one, or one awaiting
        support, is blocked, not overdue; a closed one is history."""
        return self in RUNNING_STATUSES

    @property
    def is_stopped(self) -> bool:
        """Suspended or awaiting support: blocked since the status began (not overdue)."""
        return self in STOPPED_STATUSES

    def allowed_causes(self) -> tuple[StatusCause, ...]:
        """The causes a change to this status may record, in the order pickers offer them
        (``CAUSES_BY_STATUS``); empty when a cause makes no sense."""
        return CAUSES_BY_STATUS[self]

    def offered_causes(self) -> tuple[StatusCause, ...]:
        """The causes a person chooses from for this status: the allowed ones but the
        handover, which only the handover itself records."""
        return tuple(c for c in self.allowed_causes() if c != StatusCause.HANDOVER)


# Still open: counted in « reste à financer » and in the lists of what remains to do.
OPEN_STATUSES = frozenset(
    {
        CommitmentStatus.PLANNED,
        CommitmentStatus.AWAITING_SUPPORT,
        CommitmentStatus.ACTIVE,
        CommitmentStatus.SUSPENDED,
    }
)
# Open and not stopped: the statuses whose commitments are overdue once their deadline passes.
RUNNING_STATUSES = frozenset({CommitmentStatus.PLANNED, CommitmentStatus.ACTIVE})
# Open but stopped: blocked since the change to them (never overdue).
STOPPED_STATUSES = frozenset({CommitmentStatus.AWAITING_SUPPORT, CommitmentStatus.SUSPENDED})
# The statuses a change to needs a cause and a reason.
CAUSE_REQUIRED = frozenset({CommitmentStatus.SUSPENDED, CommitmentStatus.ABANDONED})

# Colours for status, shared by lists, charts, exports and briefs (never shown without the word).
STATUS_COLOURS: dict[CommitmentStatus, str] = {
    CommitmentStatus.PLANNED: "#8da0cb",
    CommitmentStatus.AWAITING_SUPPORT: "#7570b3",
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
    FORCES_WITHDRAWAL = "forces_withdrawal"
    SECURITY = "security"
    POLITICAL = "political"
    BREACH = "breach"
    NO_CENTRAL_SUPPORT = "no_central_support"
    HANDOVER = "handover"
    COMPLETED = "completed"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "resources": QT_TRANSLATE_NOOP("StatusCause", "Lack of resources"),
            "forces_withdrawal": QT_TRANSLATE_NOOP(
                "StatusCause", "Withdrawal of the security forces"
            ),
            "security": QT_TRANSLATE_NOOP("StatusCause", "Insecurity on the axis or in the area"),
            "political": QT_TRANSLATE_NOOP("StatusCause", "Political"),
            "breach": QT_TRANSLATE_NOOP("StatusCause", "Breach by a party"),
            "no_central_support": QT_TRANSLATE_NOOP(
                "StatusCause", "No support from the central authorities"
            ),
            "handover": QT_TRANSLATE_NOOP("StatusCause", "Handover"),
            "completed": QT_TRANSLATE_NOOP("StatusCause", "Completed"),
            "other": QT_TRANSLATE_NOOP("StatusCause", "Other"),
        }

    @classmethod
    def _definitions(cls) -> dict[str, str]:
        return {
            "resources": QT_TRANSLATE_NOOP(
                "StatusCause",
                "Vehicles, fuel, allowances or money are missing (see the resource needs).",
            ),
            "forces_withdrawal": QT_TRANSLATE_NOOP(
                "StatusCause",
                "The army, police or gendarmerie left the place (e.g. the FAMa from Tonka).",
            ),
            "security": QT_TRANSLATE_NOOP(
                "StatusCause", "Attacks, banditry or threats make the work too dangerous."
            ),
            "political": QT_TRANSLATE_NOOP(
                "StatusCause", "A disagreement or decision between parties or authorities."
            ),
            "breach": QT_TRANSLATE_NOOP("StatusCause", "A party did not keep what it agreed to."),
            "no_central_support": QT_TRANSLATE_NOOP(
                "StatusCause",
                "Bamako (ministries, military command) gave no means or authorisation.",
            ),
            "handover": QT_TRANSLATE_NOOP(
                "StatusCause", "Another member took over: the commitment continues under a new one."
            ),
            "completed": QT_TRANSLATE_NOOP("StatusCause", "The commitment did what was agreed."),
            "other": QT_TRANSLATE_NOOP("StatusCause", "None of the above: say what in the reason."),
        }


_STOPPING_CAUSES = (
    StatusCause.RESOURCES,
    StatusCause.FORCES_WITHDRAWAL,
    StatusCause.SECURITY,
    StatusCause.POLITICAL,
    StatusCause.BREACH,
    StatusCause.NO_CENTRAL_SUPPORT,
)
# The causes a change to each status may record (``CommitmentStatus.allowed_causes``): the
# importers, the services' validation and every picker read this table. A suspension or an
# abandonment never records « Engagement réalisé » nor « Passation »; a handover completes its
# predecessor and starts its successor (planned, awaiting support or active), so those
# statuses allow it, but only the handover records it (``offered_causes`` leaves it out).
CAUSES_BY_STATUS: dict[CommitmentStatus, tuple[StatusCause, ...]] = {
    CommitmentStatus.PLANNED: (StatusCause.HANDOVER,),
    CommitmentStatus.AWAITING_SUPPORT: (
        StatusCause.RESOURCES,
        StatusCause.NO_CENTRAL_SUPPORT,
        StatusCause.SECURITY,
        StatusCause.POLITICAL,
        StatusCause.HANDOVER,
        StatusCause.OTHER,
    ),
    CommitmentStatus.ACTIVE: (StatusCause.HANDOVER,),
    CommitmentStatus.SUSPENDED: (*_STOPPING_CAUSES, StatusCause.OTHER),
    CommitmentStatus.COMPLETED: (StatusCause.COMPLETED, StatusCause.HANDOVER),
    CommitmentStatus.ABANDONED: (*_STOPPING_CAUSES, StatusCause.OTHER),
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


class ResultUnit(LabelledEnum):
    """What a countable result of a commitment counts."""

    PATROLS = "patrols"
    ESCORTS = "escorts"
    ARRESTS = "arrests"
    WEAPONS = "weapons"
    PEOPLE_REACHED = "people_reached"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "patrols": QT_TRANSLATE_NOOP("ResultUnit", "Patrols held"),
            "escorts": QT_TRANSLATE_NOOP("ResultUnit", "Escorts run"),
            "arrests": QT_TRANSLATE_NOOP("ResultUnit", "Arrests"),
            "weapons": QT_TRANSLATE_NOOP("ResultUnit", "Weapons collected"),
            "people_reached": QT_TRANSLATE_NOOP("ResultUnit", "People reached"),
        }

    @classmethod
    def _definitions(cls) -> dict[str, str]:
        return {
            "patrols": QT_TRANSLATE_NOOP(
                "ResultUnit", "Patrols actually carried out (not planned ones)."
            ),
            "escorts": QT_TRANSLATE_NOOP(
                "ResultUnit", "Convoys or vehicles escorted to their destination."
            ),
            "arrests": QT_TRANSLATE_NOOP("ResultUnit", "People arrested (bandits, suspects)."),
            "weapons": QT_TRANSLATE_NOOP("ResultUnit", "Weapons handed in or seized."),
            "people_reached": QT_TRANSLATE_NOOP(
                "ResultUnit", "People who attended or were reached by an activity."
            ),
        }

    @classmethod
    def _counts(cls) -> dict[str, tuple[str, str]]:
        return {
            "patrols": (
                QT_TRANSLATE_NOOP("ResultUnit", "{count} patrol held"),
                QT_TRANSLATE_NOOP("ResultUnit", "{count} patrols held"),
            ),
            "escorts": (
                QT_TRANSLATE_NOOP("ResultUnit", "{count} escort run"),
                QT_TRANSLATE_NOOP("ResultUnit", "{count} escorts run"),
            ),
            "arrests": (
                QT_TRANSLATE_NOOP("ResultUnit", "{count} arrest"),
                QT_TRANSLATE_NOOP("ResultUnit", "{count} arrests"),
            ),
            "weapons": (
                QT_TRANSLATE_NOOP("ResultUnit", "{count} weapon collected"),
                QT_TRANSLATE_NOOP("ResultUnit", "{count} weapons collected"),
            ),
            "people_reached": (
                QT_TRANSLATE_NOOP("ResultUnit", "{count} person reached"),
                QT_TRANSLATE_NOOP("ResultUnit", "{count} people reached"),
            ),
        }

    def count_text(self, quantity: int, approximate: bool = False, lang: str | None = None) -> str:
        """'~20 arrests' / '~20 arrestations': the quantity with its unit in the current
        language (or ``lang``), marked '~' when it is an approximation (« une vingtaine »)."""
        one, many = self._counts()[self.value]
        text = count_text(self.context(), quantity, one, many, lang)
        return "~" + text if approximate else text


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
