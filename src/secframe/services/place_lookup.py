"""Finding places in the hierarchy from names written elsewhere (ACLED's admin1/admin2/admin3,
a tracker's place column): by P-code, else by name with the known spellings, each name looked
up under its parent only; and creating what is missing."""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from secframe.models import Locality, LocalityLevel
from secframe.services.place_names import aliases, canonical_key, closest, place_key

ROOT = 0  # parent key of the regions


@dataclass
class Place:
    """A place as the lookup holds it."""

    id: int
    parent_id: int | None
    level: LocalityLevel
    name: str
    pcode: str | None
    latitude: float | None
    longitude: float | None
    path: str = ""


@dataclass
class PlaceTree:
    """Every place, by parent, loaded once for a whole import."""

    places: dict[int, Place] = field(default_factory=dict)
    children: dict[int, dict[str, int]] = field(default_factory=dict)  # parent -> key -> id
    by_pcode: dict[str, int] = field(default_factory=dict)
    planned: list[int] = field(default_factory=list)  # temporary ids, parents first
    _next_temporary: int = 0

    @classmethod
    def load(cls, session: Session) -> PlaceTree:
        """Read every place."""
        tree = cls()
        columns = (Locality.id, Locality.parent_id, Locality.level, Locality.name,
                   Locality.pcode, Locality.latitude, Locality.longitude, Locality.path)  # fmt: skip
        for row in session.execute(select(*columns).order_by(Locality.id)):
            tree.add(Place(*row))
        return tree

    def add(self, place: Place) -> None:
        """Hold one more place."""
        self.places[place.id] = place
        siblings = self.children.setdefault(place.parent_id or ROOT, {})
        siblings.setdefault(place_key(place.name), place.id)
        if place.pcode:
            self.by_pcode.setdefault(place.pcode.upper(), place.id)

    def child(self, parent_id: int | None, name: str) -> int | None:
        """The place called ``name`` (or a known spelling of it) directly under a parent."""
        siblings = self.children.get(parent_id or ROOT, {})
        return siblings.get(place_key(name)) or siblings.get(canonical_key(name))

    def region(self, name: str) -> tuple[int, ...] | None:
        """The ids from the region down to the place an ``admin1`` name stands for: the region
        itself, or for a region the shipped boundaries lack (Ménaka) the region and the place
        inside it that has its name."""
        found = self.child(None, name)
        if found is not None:
            return (found,)
        alias = aliases().get(place_key(name))
        if alias is None or alias.within is None:
            return None
        region = self.child(None, alias.within)
        inner = self.child(region, alias.name) if region is not None else None
        if inner is None:
            return None
        return (region, inner) if region is not None else None

    def regions(self) -> dict[int, str]:
        """id -> name of every region."""
        return {i: self.places[i].name for i in self.children.get(ROOT, {}).values()}

    def under(self, parent_id: int, level: LocalityLevel | None = None) -> dict[int, str]:
        """id -> name of the places directly under a parent (at one level)."""
        ids = self.children.get(parent_id, {}).values()
        return {
            i: self.places[i].name for i in ids if level is None or self.places[i].level == level
        }

    def nearest(self, parent_id: int, name: str, latitude: float | None,
                longitude: float | None, level: LocalityLevel,
                among: Collection[int] | None = None) -> str | None:  # fmt: skip
        """The known place most like ``name`` under a parent (among some places), else the
        closest one on the map."""
        candidates = self.under(parent_id, level)
        if among is not None:
            candidates = {i: n for i, n in candidates.items() if i in among}
        like = closest(name, candidates, limit=1, cutoff=0.6)
        if like:
            return like[0][1]
        if latitude is None or longitude is None:
            return None
        placed = [p for p in (self.places[i] for i in candidates) if p.latitude is not None]
        if not placed:
            return None
        best = min(placed, key=lambda p: _km(latitude, longitude, p.latitude, p.longitude))
        return best.name

    def path_of(self, place_id: int) -> list[Place]:
        """The places from the region down to ``place_id``."""
        chain = []
        current: int | None = place_id
        while current is not None:
            chain.append(self.places[current])
            current = self.places[current].parent_id
        return chain[::-1]

    def plan(self, parent_id: int, level: LocalityLevel, name: str) -> int:
        """A place to create under a parent: known at once under a temporary (negative) id,
        written with the others by ``materialise``. The caller has looked it up first."""
        self._next_temporary -= 1
        self.add(
            Place(self._next_temporary, parent_id, level, name.strip()[:200], None, None, None)
        )
        self.planned.append(self._next_temporary)
        return self._next_temporary

    def materialise(self, session: Session) -> dict[int, int]:
        """Create the planned places, one flush per level; returns temporary id -> real id."""
        real: dict[int, int] = {}
        planned, self.planned = self.planned, []
        depths = {t: self.places[t].level.depth for t in planned}
        for depth in sorted(set(depths.values())):
            made = []
            for temporary in (t for t in planned if depths[t] == depth):
                place = self.places[temporary]
                parent = real.get(place.parent_id or 0, place.parent_id)
                loc = Locality(level=place.level, name=place.name, parent_id=parent)
                session.add(loc)
                made.append((temporary, loc))
            session.flush()
            paths = []
            for temporary, loc in made:
                parent_path = self.places[loc.parent_id].path if loc.parent_id else "/"
                path = f"{parent_path}{loc.id}/"
                paths.append({"place_id": loc.id, "place_path": path})
                real[temporary] = loc.id
                old = self.places.pop(temporary)
                self.add(Place(loc.id, loc.parent_id, old.level, old.name, None, None, None, path))
            # one statement for every path (the column is not audited; undoing the places'
            # creation takes their paths with them)
            table = cast(Table, Locality.__table__)
            session.execute(
                update(table).where(table.c.id == bindparam("place_id")).values(path=bindparam("place_path")),
                paths,
                execution_options={"undo_follows": True},
            )  # fmt: skip
            for (_, loc), row in zip(made, paths, strict=True):
                set_committed_value(loc, "path", row["place_path"])  # what the database now holds
        self._rekey(real)
        return real

    def _rekey(self, real: dict[int, int]) -> None:
        for parent in list(self.children):
            siblings = self.children[parent]
            for key, ident in list(siblings.items()):
                if ident in real:
                    siblings[key] = real[ident]
            if parent in real:
                self.children.setdefault(real[parent], {}).update(self.children.pop(parent))


def locality_paths(session: Session) -> dict[int, tuple[int, ...]]:
    """The ids from the region down to each place, for every place."""
    rows = session.execute(select(Locality.id, Locality.path))
    return {i: tuple(int(p) for p in path.strip("/").split("/") if p) for i, path in rows}


def _km(lat1: float, lon1: float, lat2: float | None, lon2: float | None) -> float:
    """Distance in km between two points (equirectangular: exact enough under 500 km)."""
    assert lat2 is not None and lon2 is not None
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)
