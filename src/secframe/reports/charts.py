"""The charts of the dashboard, the briefs and the exports: one function per chart.

Every chart function takes plain data (the frozen dataclasses of ``services.stats`` or of
``reports.charts_data``) and returns a ``matplotlib.figure.Figure`` built with the
object-oriented API only (no pyplot, no Qt), so it can be built on a worker thread, embedded in
a Qt canvas, printed or saved. Texts are in the current language (``secframe.i18n``), amounts in
FCFA and dates as the language writes them; statuses are told apart by colour, hatch and word,
so a chart stays readable on a black-and-white printout. Each function accepts ``size`` (inches)
and ``dpi``; with no data it returns a figure that says so rather than raising.

Typical use (in a brief)::

    from secframe.reports import charts

    with db.read() as s:
        fig = charts.status_kind_chart(stats.status_kind_counts(s, fw_id), size=(6.7, 3.5))
        series = charts.incident_series(s, fw_id, charts.place_choices(s, fw_id)[0])
    charts.save_figure(charts.incidents_chart(series), "incidents.svg")

This module imports matplotlib: import it when a chart is first needed, not at start-up.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from matplotlib.figure import Figure

from secframe import i18n
from secframe.reports.charts_commitments import status_kind_chart, timeline_chart
from secframe.reports.charts_data import (
    ActivityBand,
    DashboardData,
    DeadlineMove,
    IncidentSeries,
    PlaceChoice,
    StatusSpan,
    Timeline,
    TimelineItem,
    default_place,
    incident_series,
    load_dashboard,
    place_choices,
    status_spans,
    timeline,
)
from secframe.reports.charts_figures import KeyFigureItem, key_figure_items, key_figures_chart
from secframe.reports.charts_incidents import incidents_chart
from secframe.reports.charts_resources import (
    gap_by_category_chart,
    gap_by_commitment_chart,
    resource_gap_chart,
)
from secframe.reports.charts_style import DPI, STATUS_HATCHES, Size
from secframe.services.mapping import MapData

__all__ = [
    "CHART_KEYS",
    "DPI",
    "SAVE_FORMATS",
    "STATUS_HATCHES",
    "ActivityBand",
    "DashboardData",
    "DeadlineMove",
    "IncidentSeries",
    "KeyFigureItem",
    "PlaceChoice",
    "Size",
    "StatusSpan",
    "Timeline",
    "TimelineItem",
    "chart_from_input",
    "chart_input",
    "dashboard_chart",
    "dashboard_figures",
    "default_place",
    "gap_by_category_chart",
    "gap_by_commitment_chart",
    "incident_series",
    "incidents_chart",
    "key_figure_items",
    "key_figures_chart",
    "load_dashboard",
    "place_choices",
    "resource_gap_chart",
    "save_figure",
    "status_kind_chart",
    "status_spans",
    "timeline",
    "timeline_chart",
]

SAVE_FORMATS = ("png", "svg")
SAVE_DPI = 150.0

# The dashboard's charts, in display order.
CHART_KEYS = ("status_kind", "gap_category", "gap_commitment", "incidents", "timeline", "map")


def save_figure(
    figure: Figure, path: str | Path, *, fmt: str | None = None, dpi: float = SAVE_DPI
) -> Path:
    """Write a chart as PNG or SVG (from ``fmt`` or the file's extension, PNG by default);
    returns the path written (the extension added when missing)."""
    target = Path(path)
    chosen = (fmt or target.suffix.lstrip(".") or "png").lower()
    if chosen not in SAVE_FORMATS:
        raise ValueError(f"unsupported image format: {chosen}")
    if target.suffix.lower() != f".{chosen}":
        target = target.with_name(f"{target.name}.{chosen}")
    from io import BytesIO

    from secframe.files import write_bytes

    image = BytesIO()  # then written private, beside the target, never through a link
    figure.savefig(image, format=chosen, dpi=dpi, facecolor="white", metadata=_metadata(chosen))
    return write_bytes(target, image.getvalue())


def _metadata(fmt: str) -> dict[str, Any]:
    # No creation date in SVG output: the same chart saved twice gives the same file.
    return {"Date": None} if fmt == "svg" else {}


def _map(incident_map: MapData | None, size: Size | None, dpi: float) -> Figure | None:
    """The map of the last year's incidents per cercle, the axes and the commitments."""
    if incident_map is None:
        return None
    from secframe.reports.maps import map_figure

    return map_figure(incident_map, size=size, dpi=dpi)


# What each chart draws from the data: a chart whose input, size and language are unchanged
# looks the same, and need not be drawn again; the input alone is enough to draw it (in another
# process, see ``reports.drawing``).
_INPUTS: dict[str, Callable[[DashboardData], Any]] = {
    "status_kind": lambda d: d.status_kinds,
    "gap_category": lambda d: d.gaps_by_category,
    "gap_commitment": lambda d: d.gaps_by_commitment,
    "incidents": lambda d: d.incidents,
    "timeline": lambda d: d.timeline,
    "map": lambda d: d.incident_map,
}

_BUILDERS: dict[str, Callable[[Any, Size | None, float], Figure | None]] = {
    "status_kind": lambda counts, size, dpi: status_kind_chart(counts, size=size, dpi=dpi),
    "gap_category": lambda gaps, size, dpi: gap_by_category_chart(gaps, size=size, dpi=dpi),
    "gap_commitment": lambda gaps, size, dpi: gap_by_commitment_chart(gaps, size=size, dpi=dpi),
    "incidents": lambda series, size, dpi: (
        incidents_chart(series, size=size, dpi=dpi) if series is not None else None
    ),
    "timeline": lambda items, size, dpi: timeline_chart(items, size=size, dpi=dpi),
    "map": _map,
}


def chart_input(data: DashboardData, key: str) -> Any:
    """The part of ``data`` that dashboard chart ``key`` draws."""
    return _INPUTS[key](data)


def chart_fingerprint(data: DashboardData, key: str, *extra: object) -> bytes:
    """A digest of what chart ``key`` draws (its part of ``data``, the language, and
    ``extra``, e.g. its size): equal digests draw equal charts."""
    seen = repr((chart_input(data, key), i18n.language(), extra))
    return hashlib.blake2b(seen.encode("utf-8"), digest_size=16).digest()


def chart_from_input(
    key: str, inputs: Any, *, size: Size | None = None, dpi: float = DPI
) -> Figure | None:
    """Dashboard chart ``key`` from its input (``chart_input``); None for the incidents chart
    and the map when the framework has nothing to show there."""
    return _BUILDERS[key](inputs, size, dpi)


def dashboard_chart(
    data: DashboardData, key: str, *, size: Size | None = None, dpi: float = DPI
) -> Figure | None:
    """One of the dashboard's charts (``key`` in ``CHART_KEYS``) for loaded data; None for the
    incidents chart when the framework has no place to show."""
    return chart_from_input(key, chart_input(data, key), size=size, dpi=dpi)


def dashboard_figures(
    data: DashboardData, sizes: Mapping[str, Size] | None = None, *, dpi: float = DPI
) -> dict[str, Figure]:
    """Every dashboard chart for loaded data, keyed as ``CHART_KEYS`` (``sizes`` in inches)."""
    sizes = sizes or {}
    figures = {}
    for key in CHART_KEYS:
        figure = dashboard_chart(data, key, size=sizes.get(key), dpi=dpi)
        if figure is not None:
            figures[key] = figure
    return figures
