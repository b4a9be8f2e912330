"""Search everywhere: one query over a framework's commitments, members, sessions and their
decisions, incidents and places, as people type (accents and case ignored).

``build_index`` reads what can be found once (in the background); ``SearchIndex.find`` then
answers each keystroke from memory, grouped by kind. Words are matched anywhere, every word
must match (« alafia », « op alaf », « dire »…), as in the lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, translate
from secframe.models import Axis, Commitment, Decision, Incident, Meeting, Member
from secframe.services.incidents import IncidentFilter, scope_condition
from secframe.services.matching import fold
from secframe.services.place_scope import places_in_scope

# Kinds in the order results are shown, with their heading.
KINDS: dict[str, str] = {
    "commitment": QT_TRANSLATE_NOOP("Search", "Commitments"),
    "member": QT_TRANSLATE_NOOP("Search", "Members"),
    "meeting": QT_TRANSLATE_NOOP("Search", "Sessions"),
    "decision": QT_TRANSLATE_NOOP("Search", "Decisions"),
    "incident": QT_TRANSLATE_NOOP("Search", "Incidents"),
    "place": QT_TRANSLATE_NOOP("Search", "Localities"),
    "axis": QT_TRANSLATE_NOOP("Search", "Axes"),
}


def kind_heading(kind: str) -> str:
    """The heading of a kind of result, in the current language."""
    return translate("Search", KINDS[kind])


@dataclass(frozen=True)
class Hit:
    """One record found: what to show, and what to open (``kind`` and ``ident``; a decision
    opens its session, ``parent_id``)."""

    kind: str
    ident: int
    title: str
    detail: str = ""
    parent_id: int | None = None


@dataclass(frozen=True)
class Group:
    """The results of one kind: the first ones, and how many match in all."""

    kind: str
    hits: tuple[Hit, ...]
    total: int


class SearchIndex:
    """What can be found in a framework, with each record's folded search text."""

    def __init__(self) -> None:
        # kind -> (folded search texts, folded titles, hits), index for index
        self.entries: dict[str, tuple[list[str], list[str], list[Hit]]] = {}

    def add(self, hit: Hit, *texts: str | None) -> None:
        """Make ``hit`` findable by these texts (its title and detail are always searched)."""
        keys, titles, hits = self.entries.setdefault(hit.kind, ([], [], []))
        keys.append(fold(" ".join(t for t in (hit.title, hit.detail, *texts) if t)))
        titles.append(fold(hit.title))
        hits.append(hit)

    def find(self, text: str, limit: int = 8) -> list[Group]:
        """The records matching every word of ``text``, by kind (at most ``limit`` of each,
        those whose title starts with the first word first, then in their order)."""
        words = sorted(set(fold(text).split()), key=len, reverse=True)  # rarest first
        if not words:
            return []
        first = fold(text).split()[0]
        groups = []
        for kind in KINDS:
            if kind not in self.entries:
                continue
            keys, titles, hits = self.entries[kind]
            found = [i for i, key in enumerate(keys) if words[0] in key]
            for word in words[1:]:
                found = [i for i in found if word in keys[i]]
            if not found:
                continue
            starts = [i for i in found if titles[i].startswith(first)][:limit]
            chosen = starts + [i for i in found[: limit * 2] if i not in starts]
            groups.append(Group(kind, tuple(hits[i] for i in chosen[:limit]), len(found)))
        return groups

    def __len__(self) -> int:
        return sum(len(hits) for _keys, _titles, hits in self.entries.values())


def build_index(session: Session, framework_id: int | None) -> SearchIndex:
    """Read everything findable in a framework (its incidents and places: those of its
    regions)."""
    index = SearchIndex()
    if framework_id is None:
        return index
    _commitments(session, framework_id, index)
    _members(session, framework_id, index)
    _meetings(session, framework_id, index)
    _incidents(session, framework_id, index)
    scope = places_in_scope(session, framework_id)
    for loc in scope.localities:
        index.add(Hit("place", loc.id, loc.name, f"{loc.level.label()} · {loc.label}"), loc.pcode)
    for axis in scope.axes:
        index.add(Hit("axis", axis.id, axis.name, " – ".join(axis.locality_names)))
    return index


def _commitments(session: Session, framework_id: int, index: SearchIndex) -> None:
    rows = session.execute(
        select(
            Commitment.id,
            Commitment.reference,
            Commitment.title,
            Commitment.status,
            Commitment.description,
            Commitment.theme,
        )
        .where(Commitment.framework_id == framework_id)
        .order_by(Commitment.title)
    )
    for ident, reference, title, status, description, theme in rows:
        detail = " · ".join(p for p in (reference, status.label()) if p)
        index.add(Hit("commitment", ident, title, detail), description, theme)


def _members(session: Session, framework_id: int, index: SearchIndex) -> None:
    rows = session.execute(
        select(Member.id, Member.name, Member.short_name, Member.category)
        .where(Member.framework_id == framework_id)
        .order_by(Member.name)
    )
    for ident, name, short_name, category in rows:
        detail = " · ".join(p for p in (short_name, category.label()) if p)
        index.add(Hit("member", ident, name, detail))


def _meeting_title(number: int, held_on: object) -> str:
    return translate("Search", "Session n° {number} of {date}").format(
        number=number,
        date=format_date(held_on),  # type: ignore[arg-type]
    )


def _meetings(session: Session, framework_id: int, index: SearchIndex) -> None:
    meetings = session.execute(
        select(Meeting.id, Meeting.number, Meeting.held_on, Meeting.place, Meeting.chair)
        .where(Meeting.framework_id == framework_id)
        .order_by(Meeting.held_on.desc())
    ).all()
    titles = {}
    for ident, number, held_on, place, chair in meetings:
        titles[ident] = _meeting_title(number, held_on)
        index.add(Hit("meeting", ident, titles[ident], place or ""), chair)
    decisions = session.execute(
        select(Decision.id, Decision.meeting_id, Decision.text)
        .join(Meeting, Meeting.id == Decision.meeting_id)
        .where(Meeting.framework_id == framework_id)
        .order_by(Meeting.held_on.desc(), Decision.position)
    )
    for ident, meeting_id, text in decisions:
        title = text if len(text) <= 120 else text[:119] + "…"
        index.add(Hit("decision", ident, title, titles[meeting_id], meeting_id), text)


def _incidents(session: Session, framework_id: int, index: SearchIndex) -> None:
    from secframe.services.places import locality_labels

    rows = session.execute(
        select(
            Incident.id,
            Incident.occurred_on,
            Incident.type,
            Incident.sub_type,
            Incident.locality_id,
            Incident.axis_id,
            Incident.actors,
            Incident.description,
        )
        .where(*scope_condition(session, IncidentFilter(framework_id=framework_id)))
        .order_by(Incident.occurred_on.desc(), Incident.id.desc())
    ).all()
    places = locality_labels(session, {r.locality_id for r in rows if r.locality_id})
    axes: dict[int, str] = dict(session.execute(select(Axis.id, Axis.name)).all())
    type_labels: dict[object, str] = {}
    for ident, on, kind, sub_type, locality_id, axis_id, actors, description in rows:
        if kind not in type_labels:
            type_labels[kind] = kind.label()
        where = places.get(locality_id or 0) or axes.get(axis_id or 0) or ""
        title = f"{format_date(on)} · {type_labels[kind]}" + (f" · {where}" if where else "")
        detail = (description or "")[:120]
        index.add(Hit("incident", ident, title, detail), sub_type, actors, description)
