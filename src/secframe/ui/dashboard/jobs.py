"""The dashboard's background work: load the data, build the figures and render them with Agg,
all off the UI thread. Plain functions of a ``JobState``, run by ``ui.workers.start_job``.

Rendering here is what keeps the UI thread free: a chart with its texts takes 50–150 ms to
draw, so the worker draws each figure once, at the size and pixel ratio of the canvas that will
show it, and the canvas (``canvas.ChartCanvas``) only copies the pixels on screen.

This module imports matplotlib: the page imports it inside the job, never at start-up.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from secframe.db import Database
from secframe.jobs import JobState
from secframe.reports import charts
from secframe.reports.charts_data import (
    DashboardData,
    IncidentSeries,
    PlaceChoice,
    incident_series,
    load_dashboard,
)
from secframe.reports.charts_figures import KeyFigureItem, key_figure_items

PixelSize = tuple[int, int]
SCREEN_DPI = 100.0


@dataclass
class RenderedDashboard:
    """What a refresh hands back to the page: the data, the key figures as text, the figures
    (already rendered) with what each draws (``fingerprints``), the charts left as they are
    on screen (``unchanged``) and the pixel height the timeline needs."""

    data: DashboardData
    items: list[KeyFigureItem]
    figures: dict[str, Figure] = field(default_factory=dict)
    fingerprints: dict[str, bytes] = field(default_factory=dict)
    unchanged: set[str] = field(default_factory=set)
    timeline_height: int = 0


def timeline_height(rows: int) -> int:
    """The timeline's height in pixels for a number of rows (title, axis and legend included)."""
    return 150 + 28 * max(rows, 2)


def inches(size: PixelSize) -> tuple[float, float]:
    """A canvas size in pixels as a figure size in inches at the screen resolution."""
    return max(size[0], 200) / SCREEN_DPI, max(size[1], 150) / SCREEN_DPI


def prerender(figure: Figure, ratio: float) -> None:
    """Draw a figure with Agg at ``ratio`` device pixels per pixel, so that a canvas showing it
    at that size only has to copy its pixels."""
    canvas = FigureCanvasAgg(figure)
    canvas._set_device_pixel_ratio(ratio)  # type: ignore[attr-defined]
    with warnings.catch_warnings():
        # A window made very small leaves a chart no room for its layout: it is drawn cramped,
        # which is what the user sees anyway, and the next, larger size lays it out again.
        warnings.filterwarnings("ignore", "constrained_layout not applied", UserWarning)
        canvas.draw()


def render_dashboard(
    db: Database,
    framework_id: int,
    place_key: str | None,
    sizes: dict[str, PixelSize],
    ratio: float,
    state: JobState,
    today: date | None = None,
    shown: Mapping[str, bytes] | None = None,
) -> RenderedDashboard:
    """Load a framework's dashboard and render every chart at its canvas size, but for the
    charts already on screen that would look the same (``shown``: their fingerprints)."""
    with db.read() as session:
        data = load_dashboard(session, framework_id, place_key, today=today, state=state)
    result = RenderedDashboard(data, key_figure_items(data.key_figures))
    width = sizes.get("timeline", (1000, 0))[0]
    result.timeline_height = timeline_height(len(data.timeline.items))
    sizes = {**sizes, "timeline": (width, result.timeline_height)}
    for done, key in enumerate(charts.CHART_KEYS, start=1):
        size = sizes.get(key, (600, 340))
        fingerprint = charts.chart_fingerprint(data, key, size, ratio)
        if shown and shown.get(key) == fingerprint:
            result.unchanged.add(key)
            continue
        figure = charts.dashboard_chart(data, key, size=inches(size), dpi=SCREEN_DPI)
        if figure is not None:
            prerender(figure, ratio)
            result.figures[key] = figure
            result.fingerprints[key] = fingerprint
        state.progress(done, len(charts.CHART_KEYS))
    return result


def render_incidents(
    db: Database,
    framework_id: int,
    place: PlaceChoice,
    size: PixelSize,
    ratio: float,
    state: JobState,
    today: date | None = None,
) -> tuple[IncidentSeries, Figure]:
    """The incidents of another place and their chart, rendered at its canvas size."""
    with db.read() as session:
        series = incident_series(session, framework_id, place, today=today)
    state.check()
    figure = charts.incidents_chart(series, size=inches(size), dpi=SCREEN_DPI)
    prerender(figure, ratio)
    return series, figure


def save_chart(build: Callable[[], Figure], path: str | Path, fmt: str | None = None) -> Path:
    """Build a chart afresh (never the one on screen, which the UI thread may be drawing) and
    write it as PNG or SVG; returns the file written."""
    return charts.save_figure(build(), path, fmt=fmt)
