"""The dashboard's background work: load the data, build the figures and render them with Agg,
all off the UI thread. Plain functions of a ``JobState``, run by ``ui.workers.start_job``.

Rendering here is what keeps the UI thread free: a chart with its texts takes 50–150 ms to
draw, so the worker draws each figure once, at the size and pixel ratio of the canvas that will
show it, and the canvas (``canvas.ChartCanvas``) only copies the pixels on screen. When the
helper process of ``reports.drawing`` is ready, it draws half of the charts meanwhile (Python
draws one chart at a time per process); this thread builds those figures too and adopts the
helper's pixels, so the page cannot tell the two apart.

This module imports matplotlib: the page imports it inside the job, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

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
from secframe.reports.drawing import (
    SCREEN_DPI,
    Pixels,
    PixelSize,
    adopt_pixels,
    chart_process,
    inches,
    prerender,
)

__all__ = ["RenderedDashboard", "inches", "prerender", "render_dashboard", "render_incidents"]

# The charts the helper process draws while this thread draws the others: about half the work
# each (the incidents chart and the two resource gap charts are drawn here).
HELPER_CHARTS = ("timeline", "status_kind", "map")
HELPER_TIMEOUT = 10.0  # seconds; a chart the helper has not drawn by then is drawn here


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
    todo = []
    for key in charts.CHART_KEYS:
        size = sizes.get(key, (600, 340))
        fingerprint = charts.chart_fingerprint(data, key, size, ratio)
        if shown and shown.get(key) == fingerprint:
            result.unchanged.add(key)
        else:
            todo.append((key, size, fingerprint))
    sent = _send_to_helper(data, todo, ratio)
    for done, (key, size, fingerprint) in enumerate(todo, start=1):
        figure = charts.dashboard_chart(data, key, size=inches(size), dpi=SCREEN_DPI)
        if figure is not None:
            if key not in sent or not _adopt(figure, ratio, sent[key]):
                prerender(figure, ratio)
            result.figures[key] = figure
            result.fingerprints[key] = fingerprint
        state.progress(done, len(todo))
    return result


def _send_to_helper(
    data: DashboardData, todo: list[tuple[str, PixelSize, bytes]], ratio: float
) -> dict[str, Future[Pixels]]:
    """Send the helper's share of the charts to draw (none while it is not ready)."""
    if not chart_process.ready:
        return {}
    sent = {}
    for key, size, _fingerprint in todo:
        inputs = charts.chart_input(data, key)
        if key in HELPER_CHARTS and inputs is not None:
            try:
                sent[key] = chart_process.draw(key, inputs, size, ratio)
            except Exception as err:  # stopped meanwhile: this thread draws it
                chart_process.failed(err)
    # This thread draws its own share first, then builds the helper's figures to adopt their
    # pixels: move the helper's charts to the end.
    todo.sort(key=lambda item: item[0] in sent)
    return sent


def _adopt(figure: Figure, ratio: float, pixels: Future[Pixels]) -> bool:
    """Adopt the pixels the helper drew for ``figure``; False when it could not draw them."""
    try:
        return adopt_pixels(figure, ratio, pixels.result(timeout=HELPER_TIMEOUT))
    except Exception as err:  # the chart is drawn here instead; the helper may be gone
        chart_process.failed(err)
        return False


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
