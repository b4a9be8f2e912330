"""The columns of the members, incidents, localities and axes lists."""

from __future__ import annotations

from dataclasses import dataclass

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.services.incidents import IncidentRow
from secframe.services.members import MemberInfo
from secframe.services.places import AxisInfo, LocalityInfo
from secframe.ui.tables.columns import (
    Column,
    TableSpec,
    date_column,
    enum_column,
    number_column,
    place_label,
    text_column,
)

INACTIVE_COLOUR = "#7a7a7a"


@dataclass(frozen=True)
class MemberItem:
    """A member as listed, with how many commitments it leads or takes part in."""

    member: MemberInfo
    commitments: int

    @property
    def id(self) -> int:
        """The member's id."""
        return self.member.id


def _inactive(item: MemberItem) -> str | None:
    return INACTIVE_COLOUR if item.member.status.value != "active" else None


MEMBERS: TableSpec[MemberItem] = TableSpec(
    name="members",
    context="Columns",
    columns=(
        text_column("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda m: m.member.name, width=34, colour=_inactive),
        text_column("short_name", QT_TRANSLATE_NOOP("Columns", "Short name"), lambda m: m.member.short_name, width=12),
        enum_column("category", QT_TRANSLATE_NOOP("Columns", "Category"), lambda m: m.member.category, width=22,
                    tooltip=lambda m: m.member.category.definition()),
        text_column("roles", QT_TRANSLATE_NOOP("Columns", "Roles"), lambda m: ", ".join(r.label() for r in m.member.roles), width=18),
        enum_column("status", QT_TRANSLATE_NOOP("Columns", "Membership"), lambda m: m.member.status, width=11, colour=_inactive),
        date_column("joined", QT_TRANSLATE_NOOP("Columns", "Joined"), lambda m: m.member.joined_on, width=12),
        text_column(
            "representatives", QT_TRANSLATE_NOOP("Columns", "Representatives"),
            lambda m: ", ".join(r.name for r in m.member.representatives), width=24,
        ),
        number_column("commitments", QT_TRANSLATE_NOOP("Columns", "Commitments"), lambda m: m.commitments, width=11),
    ),
    extra_search=lambda m: " ".join(
        " ".join(filter(None, (r.title, r.phone))) for r in m.member.representatives
    ),
    default_sort="name",
)  # fmt: skip


INCIDENTS: TableSpec[IncidentRow] = TableSpec(
    name="incidents",
    context="Columns",
    columns=(
        date_column("occurred_on", QT_TRANSLATE_NOOP("Columns", "Date"), lambda i: i.occurred_on),
        enum_column("type", QT_TRANSLATE_NOOP("Columns", "Type"), lambda i: i.type, width=18),
        text_column("sub_type", QT_TRANSLATE_NOOP("Columns", "Sub-type"), lambda i: i.sub_type, hidden=True),
        text_column("place", QT_TRANSLATE_NOOP("Columns", "Locality"), lambda i: place_label(i.locality), width=26, tooltip=lambda i: i.locality),
        text_column("axis", QT_TRANSLATE_NOOP("Columns", "Axis"), lambda i: i.axis, width=18),
        number_column("fatalities", QT_TRANSLATE_NOOP("Columns", "Fatalities"), lambda i: i.fatalities, width=8),
        text_column("actors", QT_TRANSLATE_NOOP("Columns", "Actors"), lambda i: i.actors, width=18),
        text_column("description", QT_TRANSLATE_NOOP("Columns", "Description"), lambda i: i.description, width=40),
        text_column("source", QT_TRANSLATE_NOOP("Columns", "Source"), lambda i: i.source, width=24, hidden=True),
        enum_column("verification", QT_TRANSLATE_NOOP("Columns", "Verification"), lambda i: i.verification, width=11),
    ),
    default_sort="occurred_on",
    descending=True,
)  # fmt: skip


LOCALITIES: TableSpec[LocalityInfo] = TableSpec(
    name="localities",
    context="Columns",
    columns=(
        text_column("label", QT_TRANSLATE_NOOP("Columns", "Place"), lambda p: p.label, width=44),
        enum_column("level", QT_TRANSLATE_NOOP("Columns", "Level"), lambda p: p.level, width=10),
        text_column("pcode", QT_TRANSLATE_NOOP("Columns", "P-code"), lambda p: p.pcode, width=10),
        Column("latitude", QT_TRANSLATE_NOOP("Columns", "Latitude"), lambda p: p.latitude, "number",
               text=lambda p: i18n.format_number(p.latitude, 4), searchable=False, width=9),
        Column("longitude", QT_TRANSLATE_NOOP("Columns", "Longitude"), lambda p: p.longitude, "number",
               text=lambda p: i18n.format_number(p.longitude, 4), searchable=False, width=9),
        text_column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), lambda p: p.notes, width=30),
    ),
    default_sort="label",
)  # fmt: skip


AXES: TableSpec[AxisInfo] = TableSpec(
    name="axes",
    context="Columns",
    columns=(
        text_column("name", QT_TRANSLATE_NOOP("Columns", "Axis"), lambda a: a.name, width=26),
        text_column("stops", QT_TRANSLATE_NOOP("Columns", "Localities"), lambda a: " – ".join(a.locality_names), width=44),
        number_column("length", QT_TRANSLATE_NOOP("Columns", "Length (km)"), lambda a: a.length_km, width=10),
        text_column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), lambda a: a.notes, width=30),
    ),
    default_sort="name",
)  # fmt: skip
