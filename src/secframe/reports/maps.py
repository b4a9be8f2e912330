"""The map of a framework, drawn offline with matplotlib from the cercle boundaries shipped
with the app (OCHA Mali – COD-AB, simplified): incidents per cercle over a period
(choropleth), the framework's axes, the places where its open commitments act, a scale, a
north arrow, the source and the period. No tiles, no network."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, format_number
from secframe.reports.charts_style import (
    DPI,
    MUTED,
    SMALL_SIZE,
    TEXT,
    Size,
    tr,
    wrap_to,
)
from secframe.services.mapping import MapData

MAP_SIZE: Size = (7.0, 4.6)
# In the brief the map shares a page with the monthly chart and the agenda: lower, the same
# width and type size (the map keeps its proportions; the legend beside it has room).
BRIEF_MAP_SIZE: Size = (7.0, 3.2)
# Light to dark: a class per range of incident counts, readable in black and white too.
SHADES = ("#ffffff", "#fee5d9", "#fcae91", "#fb6a4a", "#cb181d")
OUTSIDE = "#eeeeee"
AXIS_COLOUR = "#1f3b5c"
LABELLED = 10  # places named on the map (those with the most commitments)
SOURCE = QT_TRANSLATE_NOOP(
    "Charts",
    "Boundaries: OCHA Mali – COD-AB (CC BY), simplified. Incidents recorded in secframe from "
    "{start} to {end}.",
)


@dataclass(frozen=True)
class Cercle:
    """A cercle's P-code, region P-code, name and outline rings (longitude, latitude)."""

    pcode: str
    region: str
    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]


@lru_cache(maxsize=1)
def cercles() -> tuple[Cercle, ...]:
    """The 50 cercles of the shipped boundaries."""
    path = resources.files("secframe") / "resources/data/mali_cercles.geojson"
    data = json.loads(path.read_text("utf-8"))
    out = []
    for f in data["features"]:
        geom, props = f["geometry"], f["properties"]
        polygons = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        rings = tuple(tuple((x, y) for x, y in poly[0]) for poly in polygons)
        out.append(Cercle(props["adm2_pcode"], props["adm1_pcode"], props["adm2"], rings))
    return tuple(out)


def classes(largest: int) -> list[tuple[int, int]]:
    """Up to four ranges of counts above zero, of whole numbers, covering 1..largest."""
    if largest <= 0:
        return []
    step = max(1, math.ceil(largest / 4))
    return [(lo, min(lo + step - 1, largest)) for lo in range(1, largest + 1, step)]


def _shade(count: int, bins: list[tuple[int, int]]) -> str:
    if count <= 0:
        return SHADES[0]
    for i, (_lo, hi) in enumerate(bins):
        if count <= hi:
            return SHADES[i + 1]
    return SHADES[0]


def _extent(data: MapData) -> tuple[float, float, float, float]:
    """Longitude and latitude bounds of what the map shows: the cercles with incidents, the
    axes and the places, else the framework's regions (else all Mali)."""
    points = [centre(c) for c in cercles() if data.cercles.get(c.pcode)]
    points += [pt for a in data.axes for pt in a.points]
    points += [(p.longitude, p.latitude) for p in data.places]
    if points:
        pad = 1.0  # degrees around the centres of what happened
    else:
        chosen = [c for c in cercles() if c.region in data.regions] or list(cercles())
        points = [pt for c in chosen for r in c.rings for pt in r]
        pad = 0.2
    xs, ys = [x for x, _ in points], [y for _, y in points]
    x0, x1, y0, y1 = min(xs) - pad, max(xs) + pad, min(ys) - pad, max(ys) + pad
    # At least as wide as high (the page is landscape-shaped).
    extra = max(0.0, (y1 - y0) - (x1 - x0)) / 2
    return x0 - extra, x1 + extra, y0, y1


def _overlaps(
    ring: tuple[tuple[float, float], ...], x0: float, x1: float, y0: float, y1: float
) -> bool:
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    return max(xs) >= x0 and min(xs) <= x1 and max(ys) >= y0 and min(ys) <= y1  # fmt: skip


def centre(c: Cercle) -> tuple[float, float]:
    """The mean of a cercle's outline points (inside for the shapes of northern Mali)."""
    ring = max(c.rings, key=len)
    return sum(x for x, _ in ring) / len(ring), sum(y for _, y in ring) / len(ring)


def _scale_bar(ax: object, x0: float, x1: float, y0: float, y1: float) -> None:
    """A bar of a round number of kilometres in the lower left corner."""
    mid = math.radians((y0 + y1) / 2)
    km_per_degree = 111.32 * math.cos(mid)
    target = (x1 - x0) * km_per_degree / 5
    length = next(n for n in (500, 200, 100, 50, 20, 10) if n <= target) if target >= 10 else 10
    width = length / km_per_degree
    bx, by = x0 + 0.04 * (x1 - x0), y0 + 0.05 * (y1 - y0)
    ax.plot([bx, bx + width], [by, by], color=TEXT, linewidth=2.5, solid_capstyle="butt")  # type: ignore[attr-defined]
    ax.text(  # type: ignore[attr-defined]
        bx + width / 2, by + 0.015 * (y1 - y0), f"{format_number(length)} km",
        ha="center", va="bottom", fontsize=SMALL_SIZE, color=TEXT,
    )  # fmt: skip


def _north_arrow(ax: object) -> None:
    ax.annotate(  # type: ignore[attr-defined]
        "N", xy=(0.96, 0.95), xytext=(0.96, 0.82), xycoords="axes fraction",
        ha="center", va="center", fontsize=10, fontweight="bold", color=TEXT,
        arrowprops={"arrowstyle": "-|>", "color": TEXT, "linewidth": 1.5},
    )  # fmt: skip


def map_figure(data: MapData, size: Size | None = None, dpi: float = DPI) -> Figure:
    """The framework's map: incidents per cercle, axes, commitments' places, scale, north."""
    # A fixed layout (map on the left, legend on the right): quicker than a computed one.
    fig = Figure(figsize=size or MAP_SIZE, dpi=dpi)
    fig.set_facecolor("white")
    ax = fig.add_axes((0.01, 0.1, 0.66, 0.82))
    x0, x1, y0, y1 = _extent(data)
    counts = data.cercles
    bins = classes(max(counts.values(), default=0))
    inside = set(data.regions)
    polys, faces = [], []
    for c in cercles():
        own = not inside or c.region in inside
        for ring in c.rings:
            if not _overlaps(ring, x0, x1, y0, y1):
                continue
            polys.append(ring)
            faces.append(_shade(counts.get(c.pcode, 0), bins) if own else OUTSIDE)
    ax.add_collection(PolyCollection(polys, facecolors=faces, edgecolors="#7a7a7a", linewidths=0.5))
    for c in cercles():
        if (not inside or c.region in inside) and c.rings:
            cx, cy = centre(c)
            if x0 < cx < x1 and y0 < cy < y1:
                ax.text(cx, cy, c.name, fontsize=SMALL_SIZE - 1, color=MUTED, ha="center",
                        va="center", style="italic")  # fmt: skip
    for axis in data.axes:
        xs, ys = zip(*axis.points, strict=True)
        ax.plot(xs, ys, color=AXIS_COLOUR, linewidth=2.2, solid_capstyle="round", zorder=3)
    if data.places:  # one collection for every place; names for the busiest ones only
        ax.scatter(
            [p.longitude for p in data.places], [p.latitude for p in data.places],
            s=[18 + 10 * min(p.commitments, 12) for p in data.places], zorder=4,
            facecolors=["white" if p.approximate else AXIS_COLOUR for p in data.places],
            edgecolors=AXIS_COLOUR, linewidths=1.2,
        )  # fmt: skip
    for p in data.places[:LABELLED]:
        ax.annotate(p.label, (p.longitude, p.latitude), xytext=(5, 4),
                    textcoords="offset points", fontsize=SMALL_SIZE, color=TEXT, zorder=5)  # fmt: skip
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)), adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    _scale_bar(ax, x0, x1, y0, y1)
    _north_arrow(ax)
    if not (data.incidents or data.axes or data.places):
        ax.text(
            0.5, 0.5, tr(QT_TRANSLATE_NOOP("Charts", "No incident in this period")),
            ha="center", va="center", fontsize=10, color=MUTED, transform=ax.transAxes,
            gid="empty-message", bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8},
        )  # fmt: skip
    ax.legend(handles=_legend(data, bins), loc="upper left", bbox_to_anchor=(1.02, 1.0),
              fontsize=SMALL_SIZE, frameon=False,
              title=tr(QT_TRANSLATE_NOOP("Charts", "Incidents in the period")),
              title_fontsize=SMALL_SIZE, alignment="left")  # fmt: skip
    fig.text(
        0.01, 0.97, tr(QT_TRANSLATE_NOOP("Charts", "Incidents per cercle, axes and commitments")),
        fontsize=10, color=TEXT, ha="left", va="top",
    )  # fmt: skip
    note = tr(SOURCE, start=format_date(data.since), end=format_date(data.until))
    if data.unmapped:
        note += " " + tr(
            QT_TRANSLATE_NOOP("Charts", "Incidents without a known cercle: {count}."),
            count=data.unmapped,
        )
    fig.text(0.01, 0.01, wrap_to(note, fig.get_figwidth() * 0.97, SMALL_SIZE - 1),
             fontsize=SMALL_SIZE - 1, color=MUTED, ha="left", va="bottom")  # fmt: skip
    return fig


def _legend(data: MapData, bins: list[tuple[int, int]]) -> list[object]:
    handles: list[object] = [Patch(facecolor=SHADES[0], edgecolor="#7a7a7a", label="0")]
    for i, (lo, hi) in enumerate(bins):
        label = format_number(lo) if lo == hi else f"{format_number(lo)}–{format_number(hi)}"
        handles.append(Patch(facecolor=SHADES[i + 1], edgecolor="#7a7a7a", label=label))
    if data.axes:
        handles.append(Line2D([], [], color=AXIS_COLOUR, linewidth=2.2,
                              label=tr(QT_TRANSLATE_NOOP("Charts", "Axis of a commitment"))))  # fmt: skip
    if data.places:
        handles.append(Line2D([], [], marker="o", linestyle="", color=AXIS_COLOUR,
                              label=tr(QT_TRANSLATE_NOOP("Charts", "Open commitments"))))  # fmt: skip
    if any(p.approximate for p in data.places):
        handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="white",
                              color=AXIS_COLOUR,
                              label=tr(QT_TRANSLATE_NOOP("Charts", "Place approximate"))))  # fmt: skip
    return handles


def map_png(data: MapData, dpi: float = 110) -> bytes:
    """The map as PNG data (the exported workbook's Summary)."""
    import io

    buffer = io.BytesIO()
    map_figure(data).savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
