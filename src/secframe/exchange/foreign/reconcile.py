"""Reconciling the names a foreign tracker uses with what secframe holds, as OpenRefine does.

Every lead, partner or place that is not recorded under that name gets the closest members,
places or axes with a score from 0 to 1, and a proposed choice: the best one when it is close
enough, else "create new". The choices travel with the column mapping (``Mapping.values``) and
the import applies them; a name left without a choice is an error at its cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from secframe.exchange.cells import is_empty, read_text
from secframe.exchange.foreign.mapping import Mapping
from secframe.exchange.indexes import LIST_SPLIT, MemberIndex, PlaceIndex
from secframe.exchange.workbook import Book
from secframe.services.matching import fold
from secframe.services.place_names import similarity

GOOD_MATCH = 0.8  # a proposal at least this close is chosen by default
SHOWN = 3
NEW = "new"
MEMBER, PLACE, AXIS = "member", "place", "axis"
_SMALL_WORDS = {"de", "des", "du", "d", "l", "la", "le", "les", "et", "pour", "of", "the", "and"}
PLACE_SPLIT = re.compile(r"\s*(?:[,;\n]|\bet\b)\s*")


@dataclass(frozen=True)
class Candidate:
    """An existing record a name may stand for."""

    kind: str  # MEMBER, PLACE or AXIS
    id: int
    label: str
    score: float

    @property
    def key(self) -> str:
        """How a choice is written in a mapping file: "member:CMA", "axis:Tombouctou – Goundam"."""
        return f"{self.kind}:{self.label}"


@dataclass
class Unknown:
    """A name the tracker uses that secframe does not know, with what it may be."""

    kind: str  # MEMBER or PLACE (a place may turn out to be an axis)
    name: str
    rows: list[int] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    choice: str | None = None  # a Candidate.key, NEW, or None (not decided)

    @property
    def proposed(self) -> str:
        """The default choice: the best candidate when it is close enough, else create new."""
        best = self.candidates[0] if self.candidates else None
        return best.key if best is not None and best.score >= GOOD_MATCH else NEW


def split_names(text: str) -> list[str]:
    """The names of a cell listing several ("Police; Gendarmerie", "CMA, FAMa")."""
    return [p.strip() for p in LIST_SPLIT.split(text) if p.strip()]


def split_places(text: str) -> list[str]:
    """The places of a cell listing several ("Goundam, Niafunké et Ber")."""
    return [p.strip() for p in PLACE_SPLIT.split(text) if p.strip()]


def initials(name: str) -> str:
    """The initials of a name's main words ("Coordination des mouvements de l'Azawad" → cma)."""
    words = [w for w in re.split(r"[\s'’\-]+", fold(name)) if w and w not in _SMALL_WORDS]
    return "".join(w[0] for w in words)


def member_score(name: str, member: str, short: str | None) -> float:
    """How alike a name is to a member's name or short name (initials count)."""
    score = max(similarity(name, member), similarity(name, short or ""))
    if len(fold(name)) >= 2 and fold(name).replace(".", "") == initials(member):
        score = max(score, 0.9)
    words, full = fold(name).split(), fold(member).split()
    if words and len(words) < len(full) and full[: len(words)] == words:
        score = max(score, 0.85)  # "Police" for "Police nationale"
    return round(score, 2)


class Reconciler:
    """Finds the unknown names of a tracker and what they may be."""

    def __init__(self, session: Session, framework_id: int) -> None:
        self.members = MemberIndex(session, framework_id)
        self.places = PlaceIndex(session)
        self.unknown: dict[tuple[str, str], Unknown] = {}

    def scan(self, book: Book, mapping: Mapping) -> list[Unknown]:
        """Every unknown name of the mapped name columns, in order of first use."""
        columns = {k: mapping.column_of(k) for k in ("lead", "partners", "place")}
        for number, values in enumerate(book.rows(mapping.sheet), start=1):
            if number <= mapping.header_row:
                continue
            for key, col in columns.items():
                if col is None or col >= len(values) or is_empty(values[col]):
                    continue
                text = read_text(values[col]) or ""
                if key == "place":
                    self._place(text, number)
                else:
                    for name in split_names(text):
                        self._member(name, number)
        found = list(self.unknown.values())
        for u in found:
            u.candidates = self._candidates(u)
        return found

    def _member(self, name: str, row: int) -> None:
        if self.members.find_any(name) is not None:
            return
        self.unknown.setdefault((MEMBER, fold(name)), Unknown(MEMBER, name)).rows.append(row)

    def _place(self, text: str, row: int) -> None:
        names = [text] if self.places.find_any(text) else split_places(text)
        for name in names:
            if self.places.find_any(name) is None:
                self.unknown.setdefault((PLACE, fold(name)), Unknown(PLACE, name)).rows.append(row)

    def _candidates(self, u: Unknown) -> list[Candidate]:
        if u.kind == MEMBER:
            scored = [
                Candidate(MEMBER, i, label, member_score(u.name, name, short))
                for i, (label, name, short) in self.members.entries.items()
            ]
        else:
            scored = [
                Candidate(PLACE, i, label, similarity(u.name, label.rsplit("›", 1)[-1]))
                for i, label in self.places.labels.items()
            ] + [Candidate(AXIS, i, name, similarity(u.name, name)) for i, name in self.places.axes.items()]  # fmt: skip
        scored = [c for c in scored if c.score >= 0.5]
        scored.sort(key=lambda c: (-c.score, fold(c.label)))
        return scored[:SHOWN]


def proposed_values(unknowns: list[Unknown]) -> dict[str, dict[str, str]]:
    """The default choices, as a mapping file stores them: {"member": {name: choice}, ...}."""
    values: dict[str, dict[str, str]] = {}
    for u in unknowns:
        values.setdefault(u.kind, {})[u.name] = u.choice or u.proposed
    return values


def resolve(choice: str, members: MemberIndex, places: PlaceIndex) -> tuple[str, int] | None:
    """(kind, id) for a stored choice such as "member:CMA"; None for NEW or what is gone."""
    kind, _, label = choice.partition(":")
    if kind == MEMBER:
        found = members.find_any(label)
        return (MEMBER, found) if found is not None else None
    if kind == AXIS:
        axis = places.find_axis(label)
        return (AXIS, axis) if axis is not None else None
    if kind == PLACE:
        place = places.find_any(label)
        return (PLACE, place[1]) if place and place[1] is not None else None
    return None


def describe(u: Unknown) -> dict[str, Any]:
    """An unknown name as plain data (for the preview and the command line)."""
    return {
        "kind": u.kind,
        "name": u.name,
        "rows": u.rows,
        "candidates": [(c.key, c.score) for c in u.candidates],
        "proposed": u.choice or u.proposed,
    }
