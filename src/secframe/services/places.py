"""Places: the locality hierarchy (region › cercle › commune › locality) and axes."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    Axis,
    AxisLocality,
    Commitment,
    Incident,
    Locality,
    LocalityLevel,
    bounds,
    framework_regions,
)
from secframe.models.base import utcnow
from secframe.services.checks import Checker, clean, required
from secframe.services.entities import AXIS
from secframe.services.entities import PLACE as LOCALITY
from secframe.services.matching import fold
from secframe.services.records import check_version, delete_unless_used, get_or_fail

SEPARATOR = " › "


@dataclass(frozen=True)
class LocalityInput:
    """What a user enters for a place."""

    name: str
    level: LocalityLevel
    parent_id: int | None = None
    pcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    notes: str | None = None


@dataclass(frozen=True)
class LocalityInfo:
    """A place with its full label ("Tombouctou › Goundam › Tonka")."""

    id: int
    name: str
    level: LocalityLevel
    parent_id: int | None
    pcode: str | None
    latitude: float | None
    longitude: float | None
    notes: str | None
    path: str
    label: str
    version: int

    @property
    def ancestor_ids(self) -> tuple[int, ...]:
        """Ids from the region down to this place (itself included)."""
        return tuple(int(p) for p in self.path.strip("/").split("/") if p)


@dataclass(frozen=True)
class AxisInput:
    """What a user enters for an axis: its name and the localities along it, in order."""

    name: str
    locality_ids: tuple[int, ...] = ()
    length_km: float | None = None
    notes: str | None = None


@dataclass(frozen=True)
class AxisInfo:
    """An axis with the names of its stops."""

    id: int
    name: str
    locality_ids: tuple[int, ...]
    locality_names: tuple[str, ...]
    length_km: float | None
    notes: str | None
    version: int


# --- localities --------------------------------------------------------------------------------


def _labels(session: Session) -> dict[int, tuple[str, str]]:
    """id -> (name, path) for every place."""
    return {
        i: (n, p) for i, n, p in session.execute(select(Locality.id, Locality.name, Locality.path))
    }


def _label_from(path: str, names: dict[int, tuple[str, str]]) -> str:
    ids = [int(p) for p in path.strip("/").split("/") if p]
    return SEPARATOR.join(names[i][0] for i in ids if i in names)


def locality_labels(session: Session, only: Collection[int] | None = None) -> dict[int, str]:
    """Full labels of every place (or of the places ``only`` names), for pickers and lists."""
    if only is None:
        names = _labels(session)
        return {i: _label_from(path, names) for i, (_, path) in names.items()}
    found = session.execute(select(Locality.id, Locality.path).where(Locality.id.in_(only)))
    paths: dict[int, str] = dict(found.all())
    above = {int(p) for path in paths.values() for p in path.strip("/").split("/") if p}
    names = {
        i: (n, "")
        for i, n in session.execute(
            select(Locality.id, Locality.name).where(Locality.id.in_(above))
        )
    }
    return {i: _label_from(path, names) for i, path in paths.items()}


def _info(loc: Locality, names: dict[int, tuple[str, str]] | None = None) -> LocalityInfo:
    label = loc.name
    if names is not None:
        label = _label_from(loc.path, names)
    return LocalityInfo(
        id=loc.id,
        name=loc.name,
        level=loc.level,
        parent_id=loc.parent_id,
        pcode=loc.pcode,
        latitude=loc.latitude,
        longitude=loc.longitude,
        notes=loc.notes,
        path=loc.path,
        label=label,
        version=loc.version,
    )


def within_condition(session: Session, place_ids: Collection[int]) -> ColumnElement[bool]:
    """A condition on ``Locality`` matching these places and every place inside them."""
    paths = list(session.scalars(select(Locality.path).where(Locality.id.in_(place_ids))))
    if not paths:
        return Locality.id == -1
    return or_(*(Locality.path.startswith(p) for p in paths))


def list_localities(
    session: Session,
    *,
    under: int | None = None,
    level: LocalityLevel | None = None,
    within: Collection[int] | None = None,
) -> list[LocalityInfo]:
    """Places ordered by their full label, optionally those below one place, at one level, or
    inside some places (``within``: e.g. a framework's regions, themselves included)."""
    stmt = select(Locality)
    if under is not None:
        parent = get_or_fail(session, Locality, under, LOCALITY)
        stmt = stmt.where(Locality.path.startswith(parent.path), Locality.id != under)
    if level is not None:
        stmt = stmt.where(Locality.level == level)
    if within is not None:
        stmt = stmt.where(within_condition(session, within))
    names = _labels(session)
    return sorted((_info(loc, names) for loc in session.scalars(stmt)), key=lambda i: fold(i.label))


def get_locality(session: Session, locality_id: int) -> LocalityInfo:
    """One place with its full label."""
    return _info(get_or_fail(session, Locality, locality_id, LOCALITY), _labels(session))


def _validate_locality(
    session: Session, data: LocalityInput, existing: Locality | None
) -> Locality | None:
    check = Checker()
    check.within_bounds(data, Locality)
    check.require("name", clean(data.name), required("name"))
    parent = session.get(Locality, data.parent_id) if data.parent_id is not None else None
    if data.level == LocalityLevel.REGION:
        if data.parent_id is not None:
            check.add(
                "parent_id",
                msg(
                    "Rules", QT_TRANSLATE_NOOP("Rules", "A region cannot be inside another place.")
                ),
            )
    elif parent is None:
        check.add(
            "parent_id",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "Choose the place this one belongs to.")),
        )
    elif parent.level.depth >= data.level.depth:
        check.add(
            "parent_id",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "A {level} cannot be placed inside a {parent_level}."),
                level=data.level,
                parent_level=parent.level,
            ),
        )
    elif existing is not None and parent.path.startswith(existing.path):
        check.add(
            "parent_id",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "A place cannot be moved inside itself.")),
        )
    if existing is not None and data.level != existing.level:
        child_levels = session.scalars(
            select(Locality.level).where(Locality.parent_id == existing.id).distinct()
        )
        if any(child.depth <= data.level.depth for child in child_levels):
            check.add(
                "level",
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP(
                        "Rules", "This level does not fit the places that are inside it."
                    ),
                ),
            )
    check.coordinates(data.latitude, data.longitude)
    name = clean(data.name)
    if name:
        siblings = session.scalars(
            select(Locality.name).where(
                Locality.parent_id.is_(None)
                if data.parent_id is None
                else Locality.parent_id == data.parent_id,
                Locality.id != (existing.id if existing else -1),
            )
        )
        if any(fold(s) == fold(name) for s in siblings):
            check.add(
                "name",
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP("Rules", "A place with this name already exists there."),
                ),
            )
    check.done()
    return parent


def _apply_locality(loc: Locality, data: LocalityInput, parent: Locality | None) -> None:
    loc.name = (clean(data.name) or "")[:200]
    loc.level = data.level
    loc.parent = parent
    loc.pcode = clean(data.pcode)
    loc.latitude = data.latitude
    loc.longitude = data.longitude
    loc.notes = clean(data.notes)


def create_locality(session: Session, data: LocalityInput) -> LocalityInfo:
    """Add a place under its parent."""
    parent = _validate_locality(session, data, None)
    loc = Locality()
    _apply_locality(loc, data, parent)
    session.add(loc)
    session.flush()
    loc.assign_path()
    session.flush()
    return _info(loc, _labels(session))


def update_locality(
    session: Session, locality_id: int, data: LocalityInput, *, expected_version: int | None
) -> LocalityInfo:
    """Change a place; moving it moves everything inside it too."""
    loc = get_or_fail(session, Locality, locality_id, LOCALITY)
    check_version(loc, expected_version, loc.name)
    parent = _validate_locality(session, data, loc)
    old_path = loc.path
    _apply_locality(loc, data, parent)
    session.flush()
    loc.assign_path()
    if loc.path != old_path:
        session.execute(
            update(Locality)
            .where(Locality.path.startswith(old_path), Locality.id != loc.id)
            .values(path=func.replace(Locality.path, old_path, loc.path))
            .execution_options(synchronize_session=False)
        )
    session.flush()
    session.expire_all()
    return get_locality(session, locality_id)


def delete_locality(session: Session, locality_id: int, *, expected_version: int | None) -> None:
    """Delete a place nothing refers to."""
    loc = get_or_fail(session, Locality, locality_id, LOCALITY)
    check_version(loc, expected_version, loc.name)
    refusal = QT_TRANSLATE_NOOP(
        "Rules",
        "{name} cannot be deleted: it holds {places} place(s) and is used by "
        "{commitments} commitment(s), {incidents} incident(s), {axes} axis/axes and "
        "{frameworks} framework(s).",
    )
    delete_unless_used(session, loc, locality_uses(session, locality_id), refusal, loc.name)


def locality_uses(session: Session, locality_id: int) -> dict[str, int]:
    """How many records refer to a place (what stops it being deleted)."""

    def count(stmt: ColumnElement[bool], model: type) -> int:
        return session.scalar(select(func.count()).select_from(model).where(stmt)) or 0

    return {
        "places": count(Locality.parent_id == locality_id, Locality),
        "commitments": count(Commitment.locality_id == locality_id, Commitment),
        "incidents": count(Incident.locality_id == locality_id, Incident),
        "axes": count(AxisLocality.locality_id == locality_id, AxisLocality),
        "frameworks": session.scalar(
            select(func.count())
            .select_from(framework_regions)
            .where(framework_regions.c.locality_id == locality_id)
        )
        or 0,
    }


def subtree_condition(session: Session, locality_id: int) -> ColumnElement[bool]:
    """A condition on ``Locality`` matching a place and every place inside it."""
    path = session.scalar(select(Locality.path).where(Locality.id == locality_id))
    if path is None:
        return Locality.id == -1
    return Locality.path.startswith(path)


def framework_places_condition(session: Session, framework_id: int) -> ColumnElement[bool]:
    """A condition on ``Locality`` matching every place inside a framework's regions."""
    return within_condition(session, framework_region_ids(session, framework_id))


def framework_region_ids(session: Session, framework_id: int) -> tuple[int, ...]:
    """The ids of the regions a framework covers (none when it has none recorded)."""
    stmt = select(framework_regions.c.locality_id).where(
        framework_regions.c.framework_id == framework_id
    )
    return tuple(sorted(session.scalars(stmt)))


def find_or_create_place(
    session: Session, chain: list[tuple[LocalityLevel, str, str | None]]
) -> int:
    """The id of the place at the end of ``chain`` ((level, name, pcode) from the top down).

    Each step is looked up under the previous one only (by P-code, else by name ignoring case
    and accents), so two places that share a name elsewhere are never merged; missing steps are
    created.
    """
    parent: Locality | None = None
    for level, name, pcode in chain:
        stmt = select(Locality).where(
            Locality.parent_id.is_(None) if parent is None else Locality.parent_id == parent.id
        )
        candidates = list(session.scalars(stmt))
        found = next((c for c in candidates if pcode and c.pcode == pcode), None)
        if found is None:
            found = next((c for c in candidates if fold(c.name) == fold(name)), None)
        if found is None:
            found = Locality(level=level, name=name.strip()[:200], pcode=pcode, parent=parent)
            session.add(found)
            session.flush()
            found.assign_path()
            session.flush()
        parent = found
    if parent is None:
        raise ValueError("empty place chain")
    return parent.id


# --- axes --------------------------------------------------------------------------------------


def _axis_info(axis: Axis) -> AxisInfo:
    return AxisInfo(
        id=axis.id,
        name=axis.name,
        locality_ids=tuple(s.locality_id for s in axis.stops),
        locality_names=tuple(s.locality.name for s in axis.stops),
        length_km=axis.length_km,
        notes=axis.notes,
        version=axis.version,
    )


def _validate_axis(session: Session, data: AxisInput, existing_id: int | None) -> None:
    check = Checker()
    check.within_bounds(data, Axis)
    check.bounded(
        "length_km", data.length_km, lambda n: bounds.check_range(n, 0, bounds.LENGTH_KM_MAX)
    )
    name = clean(data.name)
    check.require("name", name, required("name"))
    if name:
        others = session.scalars(select(Axis.name).where(Axis.id != (existing_id or -1)))
        if any(fold(o) == fold(name) for o in others):
            check.add(
                "name",
                msg("Rules", QT_TRANSLATE_NOOP("Rules", "Another axis already has this name.")),
            )
    if len(data.locality_ids) < 2:
        check.add(
            "locality_ids",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "An axis links at least two localities, in order."),
            ),
        )
    found = set(session.scalars(select(Locality.id).where(Locality.id.in_(data.locality_ids))))
    if found != set(data.locality_ids):
        check.add(
            "locality_ids",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "Some places of this axis do not exist.")),
        )
    check.not_negative("length_km", data.length_km)
    check.done()


def _apply_axis(axis: Axis, data: AxisInput) -> None:
    axis.name = (clean(data.name) or "")[:200]
    axis.length_km = data.length_km
    axis.notes = clean(data.notes)
    axis.stops = [
        AxisLocality(locality_id=lid, position=i) for i, lid in enumerate(data.locality_ids)
    ]


def create_axis(session: Session, data: AxisInput) -> AxisInfo:
    """Add an axis through its localities."""
    _validate_axis(session, data, None)
    axis = Axis()
    _apply_axis(axis, data)
    session.add(axis)
    session.flush()
    session.refresh(axis)
    return _axis_info(axis)


def update_axis(
    session: Session, axis_id: int, data: AxisInput, *, expected_version: int | None
) -> AxisInfo:
    """Change an axis."""
    axis = get_or_fail(session, Axis, axis_id, AXIS)
    check_version(axis, expected_version, axis.name)
    _validate_axis(session, data, axis_id)
    axis.stops.clear()
    session.flush()
    _apply_axis(axis, data)
    axis.updated_at = utcnow()  # the row itself changes, so its version is checked and bumped
    session.flush()
    session.refresh(axis)
    return _axis_info(axis)


def list_axes(session: Session, *, within: Collection[int] | None = None) -> list[AxisInfo]:
    """Axes by name: every one, or those with at least one locality inside some places."""
    stmt = (
        select(Axis)
        .options(selectinload(Axis.stops).selectinload(AxisLocality.locality))
        .order_by(Axis.name)
    )
    if within is not None:
        passing = (
            select(AxisLocality.axis_id)
            .join(Locality, Locality.id == AxisLocality.locality_id)
            .where(within_condition(session, within))
        )
        stmt = stmt.where(Axis.id.in_(passing))
    return [_axis_info(a) for a in session.scalars(stmt)]


def get_axis(session: Session, axis_id: int) -> AxisInfo:
    """One axis."""
    return _axis_info(get_or_fail(session, Axis, axis_id, AXIS))


def delete_axis(session: Session, axis_id: int, *, expected_version: int | None) -> None:
    """Delete an axis; commitments and incidents on it keep their localities."""
    axis = get_or_fail(session, Axis, axis_id, AXIS)
    check_version(axis, expected_version, axis.name)
    session.delete(axis)
    session.flush()


def axis_places_condition(session: Session, axis_id: int) -> ColumnElement[bool]:
    """A condition on ``Locality`` matching the localities an axis passes through."""
    ids = list(
        session.scalars(select(AxisLocality.locality_id).where(AxisLocality.axis_id == axis_id))
    )
    return Locality.id.in_(ids)
