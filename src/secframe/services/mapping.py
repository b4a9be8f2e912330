"""What the map of a framework shows, as plain data: incidents per cercle over a period, the
framework's axes, and the places where its commitments act (drawn by ``reports.maps``).

A place without coordinates is shown at the nearest place above it that has some (the
reference cercles have their centre), and is then marked approximate.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secframe.models import (
    Axis,
    AxisLocality,
    Commitment,
    Framework,
    Incident,
    Locality,
    LocalityLevel,
)
from secframe.models.rules import gap_condition
from secframe.services.incidents import IncidentFilter, scope_condition


@dataclass(frozen=True)
class MapPlace:
    """A place where open commitments act."""

    label: str
    longitude: float
    latitude: float
    commitments: int
    approximate: bool


@dataclass(frozen=True)
class MapAxis:
    """A road of the framework, through its stops."""

    name: str
    points: tuple[tuple[float, float], ...]  # (longitude, latitude)


@dataclass(frozen=True)
class MapData:
    """Incidents per cercle (by P-code) over a period, the axes and the commitments' places."""

    since: date
    until: date
    regions: tuple[str, ...]  # P-codes of the framework's regions (the map's extent)
    cercles: dict[str, int]
    incidents: int
    unmapped: int  # incidents in places without a known cercle P-code
    axes: tuple[MapAxis, ...]
    places: tuple[MapPlace, ...]


def _positions(session: Session) -> tuple[dict[int, tuple[float, float, bool]], dict[int, str]]:
    """Every place's (longitude, latitude, approximate) and its cercle's P-code."""
    rows = session.execute(
        select(Locality.id, Locality.level, Locality.pcode, Locality.path,
               Locality.longitude, Locality.latitude)
    ).all()  # fmt: skip
    own = {i: (lon, lat) for i, _lvl, _p, _path, lon, lat in rows if lon is not None and lat}
    cercle_pcode = {i: p for i, lvl, p, *_ in rows if lvl == LocalityLevel.CERCLE and p}
    where: dict[int, tuple[float, float, bool]] = {}
    cercle_of: dict[int, str] = {}
    for i, _lvl, _pcode, path, *_ in rows:
        chain = [int(x) for x in path.strip("/").split("/") if x] or [i]
        for up in reversed(chain):
            if up in own:
                where[i] = (*own[up], up != i)
                break
        pcode = next((cercle_pcode[c] for c in chain if c in cercle_pcode), None)
        if pcode:
            cercle_of[i] = pcode
    return where, cercle_of


def map_data(session: Session, framework_id: int, since: date, until: date) -> MapData:
    """The map of a framework: incidents over ``since``–``until``, the axes its commitments
    use and the places of its open commitments."""
    fw = session.get(Framework, framework_id)
    regions = tuple(r.pcode for r in fw.regions if r.pcode) if fw is not None else ()
    where, cercle_of = _positions(session)
    flt = IncidentFilter(framework_id=framework_id, date_from=since, date_to=until)
    counts = session.execute(
        select(Incident.locality_id, func.count())
        .where(*scope_condition(session, flt))
        .group_by(Incident.locality_id)
    ).all()
    cercles: Counter[str] = Counter()
    unmapped = 0
    for loc, n in counts:
        pcode = cercle_of.get(loc) if loc is not None else None
        if pcode is None:
            unmapped += n
        else:
            cercles[pcode] += n
    return MapData(
        since,
        until,
        regions,
        dict(cercles),
        sum(n for _, n in counts),
        unmapped,
        _axes(session, framework_id, where),
        _places(session, framework_id, where),
    )


def _axes(
    session: Session, framework_id: int, where: dict[int, tuple[float, float, bool]]
) -> tuple[MapAxis, ...]:
    """The axes the framework's commitments use, through their stops that can be placed."""
    used = set(
        session.scalars(
            select(Commitment.axis_id).where(
                Commitment.framework_id == framework_id, Commitment.axis_id.is_not(None)
            )
        )
    )
    stops: dict[int, list[tuple[float, float]]] = {}
    names = dict(session.execute(select(Axis.id, Axis.name).where(Axis.id.in_(used))).all())
    for axis_id, loc in session.execute(
        select(AxisLocality.axis_id, AxisLocality.locality_id)
        .where(AxisLocality.axis_id.in_(used))
        .order_by(AxisLocality.axis_id, AxisLocality.position)
    ):
        if loc in where:
            point = where[loc][:2]
            line = stops.setdefault(axis_id, [])
            if not line or line[-1] != point:
                line.append(point)
    return tuple(MapAxis(names[a], tuple(points)) for a, points in sorted(stops.items()) if points)


def _places(
    session: Session, framework_id: int, where: dict[int, tuple[float, float, bool]]
) -> tuple[MapPlace, ...]:
    """The places of the open commitments, with how many act there."""
    rows = session.execute(
        select(Commitment.locality_id, Locality.name)
        .join(Locality, Locality.id == Commitment.locality_id)
        .where(Commitment.framework_id == framework_id, gap_condition())
    ).all()
    per = Counter(loc for loc, _ in rows)
    names = dict(rows)
    places = [
        MapPlace(names[loc], where[loc][0], where[loc][1], n, where[loc][2])
        for loc, n in per.items()
        if loc in where
    ]
    return tuple(sorted(places, key=lambda p: (-p.commitments, p.label)))
