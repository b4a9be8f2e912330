"""Finding places in the hierarchy from names written elsewhere (ACLED's admin1/admin2/admin3,
a tracker's place column): by P-code, else by name with the known spellings, each name looked
up under its parent only; and creating what is missing."""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.models import Locality, LocalityLevel
from secframe.services.place_names import aliases, canonical_key, closest, place_key
from secframe.services.places import find_or_create_place

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


@dataclass
class PlaceTree:
    """Every place, by parent, loaded once for a whole import."""

    places: dict[int, Place] = field(default_factory=dict)
    children: dict[int, dict[str, int]] = field(default_factory=dict)  # parent -> key -> id
    by_pcode: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> PlaceTree:
        """Read every place."""
        tree = cls()
        columns = (Locality.id, Locality.parent_id, Locality.level, Locality.name,
                   Locality.pcode, Locality.latitude, Locality.longitude)  # fmt: skip
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

    def create(self, session: Session, parent_id: int, names: list[tuple[LocalityLevel, str]],
               latitude: float | None = None, longitude: float | None = None) -> int:  # fmt: skip
        """Create the places ``names`` (top down) under a parent; returns the last one's id."""
        above = [(p.level, p.name, p.pcode) for p in self.path_of(parent_id)]
        chain = above + [(level, name, None) for level, name in names]
        created = find_or_create_place(session, chain)
        self._reload_under(session, parent_id)  # so that the next rows find the new places
        return created

    def _reload_under(self, session: Session, parent_id: int) -> None:
        path = session.scalar(select(Locality.path).where(Locality.id == parent_id)) or "/"
        columns = (Locality.id, Locality.parent_id, Locality.level, Locality.name,
                   Locality.pcode, Locality.latitude, Locality.longitude)  # fmt: skip
        for row in session.execute(select(*columns).where(Locality.path.startswith(path))):
            if row[0] not in self.places:
                self.add(Place(*row))


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
