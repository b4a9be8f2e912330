"""The small reference lists editors and filters choose from: members, places, axes, sessions
(read in one go, in the background, when an editor or a page opens)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from secframe import i18n
from secframe.services.browse import meeting_briefs
from secframe.services.members import MemberInfo, list_members
from secframe.services.places import (
    AxisInfo,
    LocalityInfo,
    framework_region_ids,
    list_axes,
    list_localities,
)


@dataclass(frozen=True)
class MeetingChoice:
    """A session of the framework, as offered in pickers."""

    id: int
    label: str
    locked: bool


@dataclass(frozen=True)
class Lookups:
    """What pickers offer for one framework (read once when an editor or page opens)."""

    framework_id: int | None
    members: tuple[MemberInfo, ...]
    places: tuple[LocalityInfo, ...]
    axes: tuple[AxisInfo, ...]
    meetings: tuple[MeetingChoice, ...]
    region_ids: tuple[int, ...] = ()  # the framework's regions: place pickers list them first

    def member_choices(self, *, active_only: bool = False) -> list[tuple[int, str]]:
        """(id, display name) of the members, by name."""
        members = [m for m in self.members if not active_only or m.status.value == "active"]
        return [(m.id, m.label) for m in sorted(members, key=lambda m: m.label.casefold())]

    def funder_ids(self) -> list[int]:
        """The members who fund the framework (PTF, the « bailleurs » of resource lines)."""
        return [m.id for m in self.members if m.funder]

    def member_name(self, member_id: int | None) -> str:
        """A member's display name ('' when unknown)."""
        for m in self.members:
            if m.id == member_id:
                return m.label
        return ""

    def axis_choices(self) -> list[tuple[int, str]]:
        """(id, name) of the axes."""
        return [(a.id, a.name) for a in self.axes]

    def meeting_choices(self) -> list[tuple[int, str]]:
        """(id, label) of the framework's sessions, the latest first."""
        return [(m.id, m.label) for m in self.meetings]


def load_lookups(session: Session, framework_id: int | None) -> Lookups:
    """Read the lists pickers offer for a framework."""
    members: tuple[MemberInfo, ...] = ()
    meetings: tuple[MeetingChoice, ...] = ()
    region_ids: tuple[int, ...] = ()
    if framework_id is not None:
        region_ids = framework_region_ids(session, framework_id)
        members = tuple(list_members(session, framework_id))
        meetings = tuple(
            MeetingChoice(
                m.id,
                f"n° {m.number} — {i18n.format_date(m.held_on)} ({m.kind.label()})",
                m.locked,
            )
            for m in meeting_briefs(session, framework_id)
        )
    return Lookups(
        framework_id=framework_id,
        members=members,
        places=tuple(list_localities(session)),
        axes=tuple(list_axes(session)),
        meetings=meetings,
        region_ids=region_ids,
    )
