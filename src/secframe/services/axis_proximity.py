"""Which axis an incident lies on: the nearest road within a set distance of its coordinates,
the road drawn as straight lines between the axis's localities that have coordinates."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.models import AxisLocality, Locality
from secframe.services.preferences import get_preference

DEFAULT_KM = 5.0
PREFERENCE_KEY = "incidents.axis_distance_km"
EARTH_KM = 6371.0


def axis_distance_km(session: Session) -> float:
    """How far from an axis an incident may lie and still be on it (a shared preference)."""
    value = get_preference(session, PREFERENCE_KEY, DEFAULT_KM)
    try:
        km = float(value)
    except (TypeError, ValueError):
        return DEFAULT_KM
    return km if 0 <= km <= 100 else DEFAULT_KM


@dataclass(frozen=True)
class AxisLine:
    """An axis as a line of (latitude, longitude) points, in order."""

    axis_id: int
    points: tuple[tuple[float, float], ...]


class AxisFinder:
    """The axes of the database as lines, to find the one an incident lies on."""

    def __init__(self, session: Session, max_km: float) -> None:
        self.max_km = max_km
        stmt = (
            select(AxisLocality.axis_id, Locality.latitude, Locality.longitude)
            .join(Locality, Locality.id == AxisLocality.locality_id)
            .order_by(AxisLocality.axis_id, AxisLocality.position)
        )
        points: dict[int, list[tuple[float, float]]] = {}
        for axis_id, lat, lon in session.execute(stmt):
            if lat is not None and lon is not None:
                points.setdefault(axis_id, []).append((lat, lon))
        self.lines = [AxisLine(a, tuple(p)) for a, p in points.items() if len(p) >= 2]

    def axis_at(self, latitude: float | None, longitude: float | None) -> int | None:
        """The nearest axis within the distance, or None."""
        if latitude is None or longitude is None or not self.lines:
            return None
        best: tuple[float, int] | None = None
        for line in self.lines:
            km = distance_to_line_km(latitude, longitude, line.points)
            if km <= self.max_km and (best is None or km < best[0]):
                best = (km, line.axis_id)
        return best[1] if best else None


def distance_to_line_km(lat: float, lon: float, points: tuple[tuple[float, float], ...]) -> float:
    """Distance in km from a point to a line through ``points`` (locally flat projection)."""
    scale = math.cos(math.radians(lat))

    def xy(p: tuple[float, float]) -> tuple[float, float]:
        return (math.radians(p[1] - lon) * scale * EARTH_KM, math.radians(p[0] - lat) * EARTH_KM)

    best = math.inf
    flat = [xy(p) for p in points]
    for (ax, ay), (bx, by) in itertools.pairwise(flat):
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length2))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best
