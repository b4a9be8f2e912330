"""Security incidents: create, change, list with filters, and upsert by external id (ACLED)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass, fields
from datetime import date
from enum import StrEnum

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    Axis,
    AxisLocality,
    Incident,
    IncidentType,
    Locality,
    Verification,
    bounds,
)
from secframe.services.checks import Checker, clean, required
from secframe.services.entities import INCIDENT
from secframe.services.errors import NotFoundError, ValidationError
from secframe.services.matching import text_filter
from secframe.services.places import (
    framework_places_condition,
    locality_labels,
    subtree_condition,
)
from secframe.services.records import check_version, get_or_fail


@dataclass(frozen=True)
class IncidentInput:
    """What a user (or an import) enters for an incident."""

    occurred_on: date
    type: IncidentType
    sub_type: str | None = None
    locality_id: int | None = None
    axis_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    actors: str | None = None
    fatalities: int = 0
    description: str | None = None
    source: str | None = None
    verification: Verification = Verification.UNVERIFIED
    time_precision: int = 1
    geo_precision: int = 1
    external_id: str | None = None
    source_timestamp: int | None = None  # when the source last changed the event (ACLED)


@dataclass(frozen=True)
class IncidentRow:
    """An incident as listed."""

    id: int
    occurred_on: date
    type: IncidentType
    sub_type: str | None
    locality_id: int | None
    locality: str
    axis_id: int | None
    axis: str
    latitude: float | None
    longitude: float | None
    actors: str | None
    fatalities: int
    description: str | None
    source: str | None
    verification: Verification
    time_precision: int
    geo_precision: int
    external_id: str | None
    version: int
    source_timestamp: int | None = None

    def to_input(self) -> IncidentInput:
        """The editable fields."""
        names = {f.name for f in fields(IncidentInput)}
        return IncidentInput(**{k: v for k, v in asdict(self).items() if k in names})


@dataclass(frozen=True)
class IncidentFilter:
    """What incident lists filter by; empty fields do not filter."""

    framework_id: int | None = None
    locality_id: int | None = None
    axis_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    types: frozenset[IncidentType] = frozenset()
    include_rejected: bool = False
    max_time_precision: int = 3
    max_geo_precision: int = 3
    text: str | None = None


class UpsertResult(StrEnum):
    """What an upsert did."""

    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    KEPT_NEWER = "kept_newer"  # the stored event is newer than the one given: left as it is


def _validate(
    session: Session, data: IncidentInput, today: date, known: Collection[int] | None = None
) -> None:
    """Check an incident; ``known``: place ids the caller has just read (not looked up)."""
    check = Checker()
    check.within_bounds(data, Incident)
    check.require("occurred_on", data.occurred_on, required("date"))
    check.not_future("occurred_on", data.occurred_on, today)
    check.require("type", data.type, required("type"))
    if data.locality_id is None and data.axis_id is None:
        check.add("locality_id", required("place"))
    if (
        data.locality_id is not None
        and (known is None or data.locality_id not in known)
        and session.get(Locality, data.locality_id) is None
    ):
        check.add("locality_id", msg("Rules", QT_TRANSLATE_NOOP("Rules", "Unknown place.")))
    if data.axis_id is not None and session.get(Axis, data.axis_id) is None:
        check.add("axis_id", msg("Rules", QT_TRANSLATE_NOOP("Rules", "Unknown axis.")))
    if check.not_negative("fatalities", data.fatalities):
        check.bounded("fatalities", data.fatalities, bounds.check_fatalities)
    for name in ("time_precision", "geo_precision"):
        if getattr(data, name) not in (1, 2, 3):
            check.add(
                name,
                msg(
                    "Rules", QT_TRANSLATE_NOOP("Rules", "Precision is 1 (exact), 2 or 3 (coarse).")
                ),
            )
    check.coordinates(data.latitude, data.longitude)
    check.done()


def _apply(i: Incident, data: IncidentInput) -> None:
    i.occurred_on = data.occurred_on
    i.type = data.type
    i.sub_type = clean(data.sub_type)
    i.locality_id = data.locality_id
    i.axis_id = data.axis_id
    i.latitude = data.latitude
    i.longitude = data.longitude
    i.actors = clean(data.actors)
    i.fatalities = data.fatalities
    i.description = clean(data.description)
    i.source = clean(data.source)
    i.verification = data.verification
    i.time_precision = data.time_precision
    i.geo_precision = data.geo_precision
    i.external_id = clean(data.external_id)
    i.source_timestamp = data.source_timestamp


def create_incident(
    session: Session, data: IncidentInput, *, today: date | None = None
) -> IncidentRow:
    """Record an incident."""
    _validate(session, data, today or date.today())
    i = Incident()
    _apply(i, data)
    session.add(i)
    session.flush()
    return get_incident(session, i.id)


def update_incident(
    session: Session,
    incident_id: int,
    data: IncidentInput,
    *,
    expected_version: int | None,
    today: date | None = None,
) -> IncidentRow:
    """Change an incident."""
    i = get_or_fail(session, Incident, incident_id, INCIDENT)
    check_version(i, expected_version, i.audit_label())
    _validate(session, data, today or date.today())
    _apply(i, data)
    session.flush()
    return get_incident(session, i.id)


def upsert_incident(
    session: Session, data: IncidentInput, *, today: date | None = None
) -> tuple[int, UpsertResult]:
    """Create or update the incident with ``data.external_id`` (ACLED's event id); an
    incident whose source changed it later than ``data.source_timestamp`` is kept."""
    if not data.external_id:
        return create_incident(session, data, today=today).id, UpsertResult.CREATED
    _validate(session, data, today or date.today())
    existing = session.scalars(
        select(Incident).where(Incident.external_id == data.external_id)
    ).first()
    if existing is None:
        i = Incident()
        _apply(i, data)
        session.add(i)
        session.flush()
        return i.id, UpsertResult.CREATED
    if is_older(data.source_timestamp, existing.source_timestamp):
        return existing.id, UpsertResult.KEPT_NEWER
    _apply(existing, data)
    if not session.is_modified(existing):
        return existing.id, UpsertResult.UNCHANGED
    session.flush()
    return existing.id, UpsertResult.UPDATED


BATCH = 500


def upsert_incidents(
    session: Session,
    items: list[IncidentInput],
    *,
    today: date | None = None,
    known_places: Collection[int] | None = None,
) -> list[UpsertResult | ValidationError]:
    """``upsert_incident`` for many incidents at once (an ACLED file): the stored ones are read
    in batches and everything is written in one flush; each item gets its result or the
    validation error that stopped it (the others are still done)."""
    today = today or date.today()
    ids = [d.external_id for d in items if d.external_id]
    stored: dict[str, Incident] = {}
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        stored.update(
            (i.external_id or "", i)
            for i in session.scalars(select(Incident).where(Incident.external_id.in_(chunk)))
        )
    results: list[UpsertResult | ValidationError] = []
    with session.no_autoflush:
        for data in items:
            try:
                _validate(session, data, today, known_places)
            except ValidationError as err:
                results.append(err)
                continue
            existing = stored.get(data.external_id or "")
            if existing is None:
                i = Incident()
                _apply(i, data)
                session.add(i)
                if data.external_id:
                    stored[data.external_id] = i
                results.append(UpsertResult.CREATED)
            elif is_older(data.source_timestamp, existing.source_timestamp):
                results.append(UpsertResult.KEPT_NEWER)
            else:
                _apply(existing, data)
                changed = session.is_modified(existing)
                results.append(UpsertResult.UPDATED if changed else UpsertResult.UNCHANGED)
    session.flush()
    return results


def source_timestamps(session: Session, external_ids: Collection[str]) -> dict[str, int | None]:
    """The source timestamp of the stored incidents among ``external_ids`` (read in batches)."""
    ids = list(external_ids)
    found: dict[str, int | None] = {}
    for start in range(0, len(ids), BATCH):
        stmt = select(Incident.external_id, Incident.source_timestamp).where(
            Incident.external_id.in_(ids[start : start + BATCH])
        )
        found.update((e, t) for e, t in session.execute(stmt) if e)
    return found


def is_older(given: int | None, stored: int | None) -> bool:
    """True when an event's source timestamp is older than the stored one (an older export)."""
    return given is not None and stored is not None and given < stored


def delete_incident(session: Session, incident_id: int, *, expected_version: int | None) -> None:
    """Delete an incident."""
    i = get_or_fail(session, Incident, incident_id, INCIDENT)
    check_version(i, expected_version, i.audit_label())
    session.delete(i)
    session.flush()


def get_incident(session: Session, incident_id: int) -> IncidentRow:
    """One incident."""
    rows = list_incidents(session, IncidentFilter(include_rejected=True), ids=[incident_id])
    if not rows:
        raise NotFoundError(INCIDENT, incident_id)
    return rows[0]


def scope_condition(session: Session, flt: IncidentFilter) -> list[ColumnElement[bool]]:
    """Conditions on ``Incident`` for a filter (shared by lists and aggregates)."""
    conds: list[ColumnElement[bool]] = []
    if flt.framework_id is not None:
        conds.append(_place_condition(framework_places_condition(session, flt.framework_id)))
    if flt.locality_id is not None:
        conds.append(_place_condition(subtree_condition(session, flt.locality_id)))
    if flt.axis_id is not None:
        on_axis = select(AxisLocality.locality_id).where(AxisLocality.axis_id == flt.axis_id)
        conds.append(or_(Incident.axis_id == flt.axis_id, Incident.locality_id.in_(on_axis)))
    if flt.date_from is not None:
        conds.append(Incident.occurred_on >= flt.date_from)
    if flt.date_to is not None:
        conds.append(Incident.occurred_on <= flt.date_to)
    if flt.types:
        conds.append(Incident.type.in_(flt.types))
    if not flt.include_rejected:
        conds.append(Incident.verification != Verification.REJECTED)
    if flt.max_time_precision < 3:
        conds.append(Incident.time_precision <= flt.max_time_precision)
    if flt.max_geo_precision < 3:
        conds.append(Incident.geo_precision <= flt.max_geo_precision)
    if flt.text:
        conds.append(
            text_filter(
                flt.text,
                func.coalesce(Incident.description, ""),
                func.coalesce(Incident.actors, ""),
                func.coalesce(Incident.sub_type, ""),
                func.coalesce(Incident.source, ""),
            )
        )
    return conds


def _place_condition(places: ColumnElement[bool]) -> ColumnElement[bool]:
    """Incidents at one of ``places`` or on an axis passing through one of them."""
    inside = select(Locality.id).where(places)
    return or_(
        Incident.locality_id.in_(inside),
        exists().where(
            AxisLocality.axis_id == Incident.axis_id, AxisLocality.locality_id.in_(inside)
        ),
    )


def count_incidents(session: Session, flt: IncidentFilter) -> int:
    """How many incidents match a filter."""
    stmt = select(func.count()).select_from(Incident).where(*scope_condition(session, flt))
    return session.scalar(stmt) or 0


def list_incidents(
    session: Session,
    flt: IncidentFilter | None = None,
    *,
    ids: list[int] | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[IncidentRow]:
    """Incidents matching a filter, the latest first (``limit``/``offset`` for lazy lists)."""
    stmt = (
        select(Incident, Axis.name)
        .outerjoin(Axis, Axis.id == Incident.axis_id)
        .where(*scope_condition(session, flt or IncidentFilter()))
        .order_by(Incident.occurred_on.desc(), Incident.id.desc())
    )
    if ids is not None:
        stmt = stmt.where(Incident.id.in_(ids))
    if limit is not None:
        stmt = stmt.limit(limit).offset(offset)
    rows = session.execute(stmt).all()
    labels = locality_labels(session) if rows else {}
    return [
        IncidentRow(
            id=i.id,
            occurred_on=i.occurred_on,
            type=i.type,
            sub_type=i.sub_type,
            locality_id=i.locality_id,
            locality=labels.get(i.locality_id, "") if i.locality_id else "",
            axis_id=i.axis_id,
            axis=axis or "",
            latitude=i.latitude,
            longitude=i.longitude,
            actors=i.actors,
            fatalities=i.fatalities,
            description=i.description,
            source=i.source,
            verification=i.verification,
            time_precision=i.time_precision,
            geo_precision=i.geo_precision,
            external_id=i.external_id,
            version=i.version,
            source_timestamp=i.source_timestamp,
        )
        for i, axis in rows
    ]
