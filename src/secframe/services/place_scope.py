"""The places a framework's secretariat sees by default: those of the regions it covers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secframe.models import Axis, Locality
from secframe.services.places import (
    AxisInfo,
    LocalityInfo,
    framework_region_ids,
    list_axes,
    list_localities,
)


@dataclass(frozen=True)
class PlaceScope:
    """Places and axes as a list shows them, with how many there are in all of Mali."""

    localities: list[LocalityInfo]
    axes: list[AxisInfo]
    total_localities: int
    total_axes: int
    region_names: tuple[str, ...]  # the framework's regions, by name (none recorded: empty)
    everywhere: bool  # every place is listed (asked for, or no region to keep to)


def places_in_scope(
    session: Session, framework_id: int | None, *, everywhere: bool = False
) -> PlaceScope:
    """The places inside a framework's regions and the axes through them, or all of them when
    ``everywhere`` is asked, no framework is chosen, or the framework has no region recorded."""
    region_ids = framework_region_ids(session, framework_id) if framework_id is not None else ()
    names = session.scalars(
        select(Locality.name).where(Locality.id.in_(region_ids)).order_by(Locality.name)
    )
    keep = None if everywhere or not region_ids else region_ids
    return PlaceScope(
        localities=list_localities(session, within=keep),
        axes=list_axes(session, within=keep),
        total_localities=session.scalar(select(func.count()).select_from(Locality)) or 0,
        total_axes=session.scalar(select(func.count()).select_from(Axis)) or 0,
        region_names=tuple(names),
        everywhere=keep is None,
    )
