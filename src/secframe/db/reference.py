"""Reference places shipped with the app: Mali's regions and cercles (OCHA COD-AB / COD-PS)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from importlib import resources

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.models import Locality, LocalityLevel

ATTRIBUTION = (
    "Administrative boundaries and P-codes: OCHA Mali – COD-AB; "
    "cercle names and population: OCHA Mali – COD-PS (Creative Commons Attribution)."
)


@dataclass(frozen=True)
class ReferenceCercle:
    """A cercle of the shipped reference list."""

    name: str
    pcode: str
    region: str
    region_pcode: str
    latitude: float | None
    longitude: float | None


def _centroids() -> dict[str, tuple[float, float]]:
    data = json.loads(
        (resources.files("secframe") / "resources/data/mali_cercles.geojson").read_text("utf-8")
    )
    result: dict[str, tuple[float, float]] = {}
    for feature in data["features"]:
        geom = feature["geometry"]
        rings = (
            [geom["coordinates"][0]]
            if geom["type"] == "Polygon"
            else [poly[0] for poly in geom["coordinates"]]
        )
        points = [pt for ring in rings for pt in ring]
        lon = sum(p[0] for p in points) / len(points)
        lat = sum(p[1] for p in points) / len(points)
        result[feature["properties"]["adm2_pcode"]] = (round(lat, 4), round(lon, 4))
    return result


def reference_cercles() -> list[ReferenceCercle]:
    """The 50 cercles with their regions, P-codes and approximate centres."""
    raw = (resources.files("secframe") / "resources/data/mali_cercles_pcodes_2020.csv").read_text(
        "utf-8-sig"
    )
    centres = _centroids()
    cercles = []
    for row in csv.DictReader(io.StringIO(raw)):
        lat, lon = centres.get(row["admin2Pcode"], (None, None))
        cercles.append(
            ReferenceCercle(
                name=row["admin2Name_fr"],
                pcode=row["admin2Pcode"],
                region=row["admin1Name_fr"],
                region_pcode=row["admin1Pcode"],
                latitude=lat,
                longitude=lon,
            )
        )
    return cercles


def seed_reference_places(session: Session) -> int:
    """Add the regions and cercles that are not there yet (matched by P-code); returns the count."""
    known = set(session.scalars(select(Locality.pcode).where(Locality.pcode.is_not(None))))
    regions = {
        loc.pcode: loc
        for loc in session.scalars(select(Locality).where(Locality.level == LocalityLevel.REGION))
    }
    added: list[Locality] = []
    for cercle in sorted(reference_cercles(), key=lambda c: (c.region_pcode, c.pcode)):
        region = regions.get(cercle.region_pcode)
        if region is None:
            region = Locality(
                level=LocalityLevel.REGION, name=cercle.region, pcode=cercle.region_pcode
            )
            session.add(region)
            regions[cercle.region_pcode] = region
            added.append(region)
        if cercle.pcode in known:
            continue
        loc = Locality(
            level=LocalityLevel.CERCLE,
            name=cercle.name,
            pcode=cercle.pcode,
            parent=region,
            latitude=cercle.latitude,
            longitude=cercle.longitude,
        )
        session.add(loc)
        added.append(loc)
    session.flush()
    for loc in added:  # parents come first, so their paths are set before their children's
        loc.assign_path()
    session.flush()
    return len(added)
