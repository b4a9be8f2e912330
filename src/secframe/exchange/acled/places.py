"""ACLED's admin1 › admin2 › admin3 › location as places of the hierarchy.

Each name is looked up under its parent only (by P-code when the export has one, else by name
with accents, case, punctuation, words such as "Commune" and the shipped known spellings
ignored), so "Goundam Commune" is Goundam and "Niafounke" is Niafunké. A region that is not
known is an error; a cercle or commune that is not known is created, with a warning naming
the closest known place when the framework records places at that level there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from secframe.exchange.cells import is_empty
from secframe.exchange.import_report import ImportReport, text
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.models import LocalityLevel
from secframe.services.place_lookup import PlaceTree
from secframe.services.place_names import display_name, place_key

COLUMNS = ("admin1", "admin2", "admin3", "location")
WARN_LEVELS = (LocalityLevel.CERCLE, LocalityLevel.COMMUNE)


@dataclass
class AcledPlaces:
    """Finds (or creates) the place of each event, reporting unknown places once."""

    session: Session
    report: ImportReport
    tree: PlaceTree
    cache: dict[tuple[str, ...], int | None] = field(default_factory=dict)
    warned: set[tuple[int, str]] = field(default_factory=set)
    known: frozenset[int] = frozenset()  # the places there were before the import

    def __post_init__(self) -> None:
        self.known = frozenset(self.tree.places)

    @classmethod
    def load(cls, session: Session, report: ImportReport) -> AcledPlaces:
        """Every place of the database, ready for the events of one file."""
        return cls(session, report, PlaceTree.load(session))

    def region_of(self, row: dict[str, Any]) -> int | None:
        """The region an event's admin1 names, or None when it names no known region."""
        ids = self._region_ids(row)
        return ids[0] if ids else None

    def _region_ids(self, row: dict[str, Any]) -> tuple[int, ...] | None:
        code = _text(row.get("admin1_pcode"))
        if code and code.upper() in self.tree.by_pcode:
            return (self.tree.by_pcode[code.upper()],)
        name = _text(row.get("admin1"))
        return self.tree.region(name) if name else None

    def place(self, number: int, row: dict[str, Any], lat: float | None, lon: float | None) -> int | None:  # fmt: skip
        """The id of the event's place, or None after reporting why there is none."""
        names = tuple(_text(row.get(c)) or "" for c in COLUMNS)
        key = tuple(place_key(n) for n in names)
        if key in self.cache:
            return self.cache[key]
        if not names[0]:
            self._error(number, "admin1", QT_TRANSLATE_NOOP("Exchange", "The event has no admin1 (region): write the region's name, e.g. Tombouctou."))  # fmt: skip
            return None
        top = self._region_ids(row)
        if top is None:
            known = ", ".join(sorted(self.tree.regions().values()))
            self._error(number, "admin1", QT_TRANSLATE_NOOP("Exchange", "“{name}” is not a known region; write one of: {regions} (or add the region under Places first)."), name=names[0], regions=known)  # fmt: skip
            self.cache[key] = None
            return None
        found = self._below(number, row, top[-1], names[1:], lat, lon)
        self.cache[key] = found
        return found

    def _below(self, number: int, row: dict[str, Any], parent: int, names: tuple[str, ...],
               lat: float | None, lon: float | None) -> int:  # fmt: skip
        """The place of ``names`` (admin2, admin3, location) under ``parent``."""
        admin2, admin3, location = names
        if location and place_key(location) == place_key(admin3):
            location = ""  # a town named like its commune is recorded at the commune
        depth = self.tree.places[parent].level.depth
        steps = [
            (level, name, code)
            for level, name, code in (
                (LocalityLevel.CERCLE, admin2, "admin2_pcode"),
                (LocalityLevel.COMMUNE, admin3, "admin3_pcode"),
                (LocalityLevel.LOCALITY, location, ""),
            )
            if name and level.depth > depth  # below a region the shipped places lack (Ménaka)
        ]
        for level, name, code_column in steps:
            code = _text(row.get(code_column)) if code_column else None
            found = self.tree.by_pcode.get(code.upper()) if code else None
            found = found or self.tree.child(parent, name)
            if found is None:
                self._warn_unknown(number, parent, level, name, lat, lon)
                found = self.tree.plan(parent, level, display_name(name))
                self.report.tally("places").created += 1
            parent = found
        return parent

    def materialise(self) -> dict[int, int]:
        """Write the places planned so far; returns temporary id -> real id."""
        real = self.tree.materialise(self.session)
        if real:
            self.cache = {
                k: real.get(v, v) if v is not None else None for k, v in self.cache.items()
            }
        return real

    def _warn_unknown(self, number: int, parent: int, level: LocalityLevel, name: str,
                      lat: float | None, lon: float | None) -> None:  # fmt: skip
        if level not in WARN_LEVELS or not set(self.tree.under(parent, level)) & self.known:
            return
        if (parent, place_key(name)) in self.warned:
            return
        self.warned.add((parent, place_key(name)))
        column = "admin2" if level == LocalityLevel.CERCLE else "admin3"
        nearest = self.tree.nearest(parent, name, lat, lon, level, self.known)
        where = self.tree.places[parent].name
        if nearest:
            message = QT_TRANSLATE_NOOP("Exchange", "“{name}” is not a known {level} of {parent} (the nearest known is “{nearest}”): it is added; if it is the same place, correct the name in the file.")  # fmt: skip
        else:
            message = QT_TRANSLATE_NOOP("Exchange", "“{name}” is not a known {level} of {parent}: it is added.")  # fmt: skip
        self.report.warning(text(message, name=name, level=level.label().lower(), parent=where, nearest=nearest or ""), "", number, column)  # fmt: skip

    def _error(self, number: int, column: str, source: str, **params: Any) -> None:
        self.report.error(text(source, **params), "", number, column)


def _text(value: Any) -> str | None:
    return None if is_empty(value) else str(value).strip()
