"""The chart drawing helper process: it draws exactly what the app would draw itself, in the
user's language, and when it dies or cannot help the dashboard is drawn in the app."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from secframe import i18n
from secframe.db import Database
from secframe.jobs import JobState
from secframe.reports import charts
from secframe.reports.charts_data import DashboardData
from secframe.reports.drawing import ChartProcess, adopt_pixels, draw_pixels, inches, prerender
from secframe.services.frameworks import list_frameworks
from secframe.ui.dashboard import jobs

TODAY = date(2020, 12, 31)
SIZES = {"status_kind": (470, 340), "timeline": (950, 480), "map": (950, 460)}


@pytest.fixture
def timbuktu(demo_db: Database) -> tuple[int, DashboardData]:
    with demo_db.read() as s:
        fw = next(f for f in list_frameworks(s) if f.short_name == "CGCS Tombouctou-Taoudéni")
        return fw.id, charts.load_dashboard(s, fw.id, today=TODAY)


@pytest.fixture
def helper() -> Iterator[ChartProcess]:
    process = ChartProcess()
    process.start()
    deadline = time.monotonic() + 60
    while not process.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.ready, "the helper process never became ready"
    yield process
    process.stop()


@pytest.fixture
def english() -> Iterator[None]:
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


def _drawn_here(data: DashboardData, key: str, ratio: float) -> tuple[int, int, bytes]:
    figure = charts.dashboard_chart(data, key, size=inches(SIZES[key]), dpi=100)
    assert figure is not None
    prerender(figure, ratio)
    assert isinstance(figure.canvas, FigureCanvasAgg)
    width, height = figure.canvas.get_width_height(physical=True)
    return width, height, bytes(figure.canvas.buffer_rgba())


def _pixels_drawn_here(data: DashboardData, key: str, ratio: float) -> bytes:
    return _drawn_here(data, key, ratio)[2]


@pytest.mark.parametrize("key", ["status_kind", "timeline", "map"])
def test_the_helper_draws_the_very_pixels_the_app_would(timbuktu, helper, key):
    _fw, data = timbuktu
    drawn = helper.draw(key, charts.chart_input(data, key), SIZES[key], 2.0).result(timeout=60)
    width, height, rgba = _drawn_here(data, key, 2.0)
    assert abs(width - SIZES[key][0] * 2) <= 1 and abs(height - SIZES[key][1] * 2) <= 1
    assert (drawn.width, drawn.height, drawn.rgba) == (width, height, rgba)


def test_the_helper_draws_in_the_language_of_the_app(timbuktu, helper, english):
    _fw, data = timbuktu
    inputs = charts.chart_input(data, "status_kind")
    drawn = helper.draw("status_kind", inputs, SIZES["status_kind"], 1.0).result(timeout=60)
    assert drawn.rgba == _pixels_drawn_here(data, "status_kind", 1.0)
    i18n.set_language("fr")
    assert drawn.rgba != _pixels_drawn_here(data, "status_kind", 1.0)


def test_a_figure_adopts_the_helpers_pixels_only_at_its_own_size(timbuktu):
    _fw, data = timbuktu
    pixels = draw_pixels("status_kind", data.status_kinds, SIZES["status_kind"], 1.0, "fr")
    figure = charts.dashboard_chart(data, "status_kind", size=inches(SIZES["status_kind"]))
    assert figure is not None
    assert adopt_pixels(figure, 1.0, pixels)
    assert isinstance(figure.canvas, FigureCanvasAgg)
    shown = np.asarray(figure.canvas.get_renderer().buffer_rgba())
    assert shown.tobytes() == pixels.rgba
    other = charts.dashboard_chart(data, "status_kind", size=inches((400, 300)))
    assert other is not None and not adopt_pixels(other, 1.0, pixels)


def _render(demo_db: Database, framework_id: int) -> jobs.RenderedDashboard:
    sizes = {key: SIZES.get(key, (470, 360)) for key in charts.CHART_KEYS}
    return jobs.render_dashboard(demo_db, framework_id, None, sizes, 1.0, JobState(), TODAY)


def test_the_dashboard_uses_the_helper_and_looks_the_same(demo_db, timbuktu, helper, monkeypatch):
    framework_id, _data = timbuktu
    alone = _render(demo_db, framework_id)
    sent: list[str] = []
    real_draw = helper.draw
    monkeypatch.setattr(helper, "draw", lambda key, *a: sent.append(key) or real_draw(key, *a))
    monkeypatch.setattr(jobs, "chart_process", helper)
    helped = _render(demo_db, framework_id)
    assert sorted(sent) == sorted(jobs.HELPER_CHARTS)
    assert set(helped.figures) == set(alone.figures) == set(charts.CHART_KEYS)
    for key, figure in helped.figures.items():
        mine = alone.figures[key].canvas
        assert isinstance(figure.canvas, FigureCanvasAgg) and isinstance(mine, FigureCanvasAgg)
        assert bytes(figure.canvas.buffer_rgba()) == bytes(mine.buffer_rgba()), key


def test_a_dead_helper_leaves_the_dashboard_drawn_by_the_app(demo_db, timbuktu, monkeypatch):
    framework_id, _data = timbuktu
    helper = ChartProcess()
    helper.start()
    deadline = time.monotonic() + 60
    while not helper.ready and time.monotonic() < deadline:
        time.sleep(0.05)
    monkeypatch.setattr(jobs, "chart_process", helper)
    for process in list(helper._executor._processes.values()):  # type: ignore[union-attr]
        process.kill()
        process.join()
    result = _render(demo_db, framework_id)
    assert set(result.figures) == set(charts.CHART_KEYS)
    for figure in result.figures.values():
        canvas = figure.canvas
        assert isinstance(canvas, FigureCanvasAgg)
        assert np.asarray(canvas.buffer_rgba())[..., :3].min() < 128  # something dark drawn
    assert not helper.ready  # stopped: the next start spawns a new one


def test_no_helper_on_a_single_core(monkeypatch):
    monkeypatch.setattr("os.cpu_count", lambda: 1)
    process = ChartProcess()
    process.start()
    assert not process.useful() and not process.ready
