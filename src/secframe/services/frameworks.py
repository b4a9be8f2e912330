"""Frameworks: create, change, list, find by name, delete."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    Commitment,
    Framework,
    FrameworkLevel,
    Locality,
    LocalityLevel,
    Meeting,
    Member,
)
from secframe.services.checks import Checker, clean, required
from secframe.services.entities import FRAMEWORK as ENTITY
from secframe.services.errors import ServiceError
from secframe.services.matching import fold
from secframe.services.records import check_version, get_or_fail


@dataclass(frozen=True)
class FrameworkInput:
    """What a user enters for a framework."""

    name: str
    short_name: str
    level: FrameworkLevel = FrameworkLevel.REGIONAL
    region_ids: tuple[int, ...] = ()
    established_on: date | None = None
    facilitating_partners: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class FrameworkInfo:
    """A framework as shown to users."""

    id: int
    name: str
    short_name: str
    level: FrameworkLevel
    region_ids: tuple[int, ...]
    region_names: tuple[str, ...]
    established_on: date | None
    facilitating_partners: str | None
    notes: str | None
    version: int
    counts: dict[str, int] = field(default_factory=dict)


def _info(fw: Framework) -> FrameworkInfo:
    regions = sorted(fw.regions, key=lambda r: r.name)
    return FrameworkInfo(
        id=fw.id,
        name=fw.name,
        short_name=fw.short_name,
        level=fw.level,
        region_ids=tuple(r.id for r in regions),
        region_names=tuple(r.name for r in regions),
        established_on=fw.established_on,
        facilitating_partners=fw.facilitating_partners,
        notes=fw.notes,
        version=fw.version,
    )


def _validate(session: Session, data: FrameworkInput, existing_id: int | None) -> list[Locality]:
    check = Checker()
    check.within_bounds(data, Framework)
    check.require("name", clean(data.name), required("name"))
    check.require("short_name", clean(data.short_name), required("short_name"))
    others = session.execute(
        select(Framework.name, Framework.short_name).where(Framework.id != (existing_id or -1))
    ).all()
    if clean(data.name) and any(fold(n) == fold(data.name) for n, _ in others):
        check.add(
            "name",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "Another framework already has this name.")),
        )
    if clean(data.short_name) and any(fold(s) == fold(data.short_name) for _, s in others):
        check.add(
            "short_name",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "Another framework already has this short name."),
            ),
        )
    regions = list(session.scalars(select(Locality).where(Locality.id.in_(data.region_ids))))
    if len(regions) != len(set(data.region_ids)) or any(
        r.level != LocalityLevel.REGION for r in regions
    ):
        check.add(
            "region_ids",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "Only regions can be covered by a framework.")),
        )
    check.done()
    return regions


def _apply(fw: Framework, data: FrameworkInput, regions: list[Locality]) -> None:
    fw.name = (clean(data.name) or "")[:300]
    fw.short_name = (clean(data.short_name) or "")[:60]
    fw.level = data.level
    fw.established_on = data.established_on
    fw.facilitating_partners = clean(data.facilitating_partners)
    fw.notes = clean(data.notes)
    fw.regions = regions


def create_framework(session: Session, data: FrameworkInput) -> FrameworkInfo:
    """Add a framework."""
    regions = _validate(session, data, None)
    fw = Framework()
    _apply(fw, data, regions)
    session.add(fw)
    session.flush()
    return _info(fw)


def update_framework(
    session: Session, framework_id: int, data: FrameworkInput, *, expected_version: int | None
) -> FrameworkInfo:
    """Change a framework; refuses if someone else saved it since ``expected_version``."""
    fw = get_or_fail(session, Framework, framework_id, ENTITY)
    check_version(fw, expected_version, fw.name)
    regions = _validate(session, data, framework_id)
    _apply(fw, data, regions)
    session.flush()
    return _info(fw)


def get_framework(session: Session, framework_id: int) -> FrameworkInfo:
    """One framework with the number of members, commitments and meetings it holds."""
    fw = get_or_fail(session, Framework, framework_id, ENTITY)
    info = _info(fw)
    info.counts.update(
        {
            "members": _count(session, Member, framework_id),
            "commitments": _count(session, Commitment, framework_id),
            "meetings": _count(session, Meeting, framework_id),
        }
    )
    return info


def _count(session: Session, model: type[Member | Commitment | Meeting], framework_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(model).where(model.framework_id == framework_id)
        )
        or 0
    )


def list_frameworks(session: Session) -> list[FrameworkInfo]:
    """Every framework in the database, by name."""
    rows = session.scalars(
        select(Framework).options(selectinload(Framework.regions)).order_by(Framework.name)
    )
    return [_info(fw) for fw in rows]


def commitment_counts(session: Session) -> dict[int, int]:
    """How many commitments each framework holds (frameworks without any are left out)."""
    rows = session.execute(
        select(Commitment.framework_id, func.count()).group_by(Commitment.framework_id)
    )
    return dict(rows.all())


def delete_framework(session: Session, framework_id: int, *, expected_version: int | None) -> None:
    """Delete a framework with its members, commitments and meetings (the audit log stays)."""
    fw = get_or_fail(session, Framework, framework_id, ENTITY)
    check_version(fw, expected_version, fw.name)
    session.delete(fw)
    session.flush()


class FrameworkNotFound(ServiceError):
    """No framework, or more than one, matches what the user typed."""


def find_framework(session: Session, query: str | None) -> FrameworkInfo:
    """The framework meant by ``query``: its id, short name or a unique part of its name.

    Case and accents are ignored. With a single framework in the database, ``query`` may be empty.
    """
    frameworks = list_frameworks(session)
    if not query:
        if len(frameworks) == 1:
            return frameworks[0]
        if not frameworks:
            raise FrameworkNotFound(
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP(
                        "Rules", "The database holds no framework yet (try 'secframe demo')."
                    ),
                )
            )
        raise FrameworkNotFound(
            msg(
                "Rules",
                QT_TRANSLATE_NOOP(
                    "Rules", "The database holds several frameworks; choose one of: {names}."
                ),
                names=", ".join(f.short_name for f in frameworks),
            )
        )
    key = fold(query)
    if key.isdigit():
        by_id = [f for f in frameworks if f.id == int(key)]
        if by_id:
            return by_id[0]
    exact = [f for f in frameworks if key in (fold(f.short_name), fold(f.name))]
    if len(exact) == 1:
        return exact[0]
    partial = [f for f in frameworks if key in fold(f.name) or key in fold(f.short_name)]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise FrameworkNotFound(
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "No framework matches “{query}”. Known: {names}."),
                query=query,
                names=", ".join(f.short_name for f in frameworks) or "–",
            )
        )
    raise FrameworkNotFound(
        msg(
            "Rules",
            QT_TRANSLATE_NOOP("Rules", "“{query}” matches several frameworks: {names}."),
            query=query,
            names=", ".join(f.short_name for f in partial),
        )
    )
