"""The names of a foreign tracker's lead, partner and place cells as records: members, places
and axes, as they are recorded or as reconciled (see ``reconcile``); with ``create_missing``
or a "new" choice, what has no match is created (members in category "other (to review)",
places under the framework's region)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from secframe.exchange.cells import read_text
from secframe.exchange.errors import CellError
from secframe.exchange.foreign.mapping import Mapping
from secframe.exchange.foreign.reconcile import NEW, resolve, split_names, split_places
from secframe.exchange.import_report import ImportReport, text
from secframe.exchange.indexes import WORD_SPLIT, MemberIndex, PlaceIndex
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import LocalityLevel, MemberCategory
from secframe.services import members as mem
from secframe.services import places as pl
from secframe.services.matching import fold

AXIS_SPLIT = re.compile(r"\s*[–—]\s*|\s+-\s+|\s*->\s*|\s*/\s*")


@dataclass
class Names:
    """Resolves the names of one import, creating what it was asked to."""

    session: Session
    framework_id: int
    mapping: Mapping
    report: ImportReport
    source: str
    create_missing: bool = False
    members: MemberIndex = field(init=False)
    places: PlaceIndex = field(init=False)
    new_members: set[str] = field(default_factory=set)
    new_places: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.members = MemberIndex(self.session, self.framework_id)
        self.places = PlaceIndex(self.session)
        for kind, choices in self.mapping.values.items():
            for name, choice in choices.items():
                self._apply(kind, name, choice)

    def _apply(self, kind: str, name: str, choice: str) -> None:
        if choice == NEW:
            (self.new_members if kind == "member" else self.new_places).add(fold(name))
            return
        found = resolve(choice, self.members, self.places)
        if found is None:
            return  # the record chosen is gone: the name is unknown again
        what, ident = found
        if what == "member":
            self.members.extra[fold(name)] = ident
        elif what == "axis":
            self.places.extra[fold(name)] = (ident, None)
        else:
            self.places.extra[fold(name)] = (None, ident)

    # --- members ---------------------------------------------------------------------------

    def member(self, name: str) -> int:
        """The member a name stands for (created if asked); an error if unknown."""
        found = self.members.find(name)
        if found is not None:
            return found
        if fold(name) in self.new_members or self.create_missing:
            return self._create_member(name)
        words = [w for w in WORD_SPLIT.split(name) if w.strip()]
        if len(words) > 1:
            raise CellError(self._several(words))
        return self.members.get(name)

    def _several(self, words: list[str]) -> Any:
        return msg("Exchange", QT_TRANSLATE_NOOP("Exchange", "“{value}” names several members; separate them with “;” (the first is the lead)."), value=" / ".join(words))  # fmt: skip

    def members_of(self, value: Any) -> list[int]:
        """The members of a cell listing one or several ("Police; Gendarmerie"), in order."""
        raw = read_text(value)
        ids: list[int] = []
        for part in split_names(raw or ""):
            try:
                found = [self.member(part)]
            except CellError:
                words = [w for w in WORD_SPLIT.split(part) if w.strip()]
                if len(words) < 2:
                    raise
                found = [self.member(w) for w in words]
            ids += [i for i in found if i not in ids]
        return ids

    def _create_member(self, name: str) -> int:
        notes = text(QT_TRANSLATE_NOOP("Exchange", "To review: added by “{import_name}”."), import_name=self.source).render()  # fmt: skip
        data = mem.MemberInput(name=name.strip(), category=MemberCategory.OTHER, notes=notes)
        created = mem.create_member(self.session, self.framework_id, data)
        self.members.add(created.id, created.name, created.short_name, created.label)
        self.report.tally("members").created += 1
        message = QT_TRANSLATE_NOOP("Exchange", "New member “{name}”, in the category “other (to review)”.")  # fmt: skip
        self.report.change(text(message, name=created.name))
        return created.id

    # --- places ----------------------------------------------------------------------------

    def place(self, value: Any, row: int, column: str) -> tuple[int | None, int | None]:
        """(axis id, locality id) of a place cell: one place or axis, or several places (the
        axis through them, else the place that holds them all, with a note)."""
        raw = read_text(value)
        if not raw:
            return None, None
        found = self.places.find_any(raw)
        if found is not None:
            return found
        names = split_places(raw)
        if len(names) <= 1:
            return self._one_place(raw)
        ids = [self._one_place(n) for n in names]
        localities = [loc for _, loc in ids if loc is not None]
        axes = [a for a, _ in ids if a is not None]
        named = [
            self.places.all_named(n) | ({loc} if loc is not None else set())
            for n, (_, loc) in zip(names, ids, strict=True)
        ]
        for axis_id, stops in self.places.stops.items():  # an axis through two of the places
            on_axis = [same & set(stops) for same in named]
            if sum(1 for hit in on_axis if hit) >= 2 or axis_id in axes:
                off = [n for n, hit, (a, _) in zip(names, on_axis, ids, strict=True) if not hit and a != axis_id]  # fmt: skip
                if off:  # said, not silently dropped
                    message = QT_TRANSLATE_NOOP("Exchange", "Several places ({names}): the commitment is recorded on the axis “{axis}”, which does not pass through {off}; add them to the axis or to the notes if they matter.")  # fmt: skip
                    axis = self.places.axes.get(axis_id, "–")
                    self.report.warning(text(message, names=", ".join(names), axis=axis, off=", ".join(off)), self.mapping.sheet, row, column)  # fmt: skip
                return axis_id, None
        common = self._common(localities)
        message = QT_TRANSLATE_NOOP("Exchange", "Several places ({names}): the commitment is recorded at “{place}”, the place that holds them all; no axis passes through them.")  # fmt: skip
        self.report.warning(text(message, names=", ".join(names), place=self.places.labels.get(common or -1, "–")), self.mapping.sheet, row, column)  # fmt: skip
        return None, common

    def prepare(self, value: Any) -> None:
        """Create beforehand the axes and places a place cell needs (when asked to), so that
        every row sees the same places whatever its order; errors wait for the row."""
        raw = read_text(value)
        if not raw or self.places.find_any(raw) is not None:
            return
        for name in split_places(raw) if len(split_places(raw)) > 1 else [raw]:
            try:
                self._one_place(name)
            except CellError:
                continue

    def _one_place(self, name: str) -> tuple[int | None, int | None]:
        found = self.places.find_any(name)
        if found is not None:
            return found
        if fold(name) in self.new_places or self.create_missing:
            axis = self._create_axis(name)
            return (axis, None) if axis is not None else (None, self._create_place(name))
        return self.places.place(name)  # raises the error naming the cell

    def _create_place(self, name: str) -> int:
        regions = pl.framework_region_ids(self.session, self.framework_id)
        if not regions:
            return self.places.locality(name)  # nowhere to put it: the unknown place error
        notes = text(QT_TRANSLATE_NOOP("Exchange", "To review: added by “{import_name}”."), import_name=self.source).render()  # fmt: skip
        data = pl.LocalityInput(name.strip(), LocalityLevel.LOCALITY, regions[0], notes=notes)
        created = pl.create_locality(self.session, data)
        self.places.add(created.id, created.label, created.ancestor_ids)
        self.report.tally("places").created += 1
        message = QT_TRANSLATE_NOOP("Exchange", "New place “{name}”, to review.")
        self.report.change(text(message, name=created.label))
        return created.id

    def _create_axis(self, name: str) -> int | None:
        """An axis for a name joining known places ("Tombouctou–Goundam"), else None."""
        parts = [p.strip() for p in AXIS_SPLIT.split(name) if p.strip()]
        if len(parts) < 2:
            return None
        stops = [self.places.find_any(p) for p in parts]
        ids = [s[1] for s in stops if s is not None and s[1] is not None]
        if len(ids) != len(parts) or len(set(ids)) != len(ids):
            return None
        created = pl.create_axis(self.session, pl.AxisInput(name.strip(), tuple(ids)))
        self.places.add_axis(created.id, created.name, created.locality_ids)
        self.places.extra[fold(name)] = (created.id, None)
        self.report.tally("axes").created += 1
        message = QT_TRANSLATE_NOOP("Exchange", "New axis “{name}” through {stops}, to review.")
        self.report.change(
            text(message, name=created.name, stops=", ".join(created.locality_names))
        )
        return created.id

    def _common(self, localities: list[int]) -> int | None:
        paths = [self.places.paths.get(i, ()) for i in localities]
        if not paths:
            return None
        common: tuple[int, ...] = paths[0]
        for path in paths[1:]:
            n = 0
            while n < min(len(common), len(path)) and common[n] == path[n]:
                n += 1
            common = common[:n]
        return common[-1] if common else None
