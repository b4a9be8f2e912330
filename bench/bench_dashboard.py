"""Drawing the dashboard on the large database, against bare matplotlib figures with the same
number of axes drawn in the same run.

- the data, the figures and their rendering, as the background job does them;
- the page itself (offscreen Qt): from "refresh" to every chart on screen (goal < 700 ms),
  every chart drawn afresh (another framework, the first show), and after one commitment's
  status changed (the charts that do not show it are left as they are);
- the share of that work left on the UI thread (goal < 100 ms: the window never freezes).
"""

from __future__ import annotations

import os
from datetime import date
from typing import Any

from common import Benchmark, Context
from secframe.jobs import JobState

TODAY = date(2026, 1, 1)
# The pixel sizes of the charts in a 1200 × 760 window.
SIZES = {
    "status_kind": (470, 340),
    "gap_category": (470, 340),
    "gap_commitment": (470, 360),
    "incidents": (470, 360),
    "timeline": (950, 570),
}
AXES = {"status_kind": 1, "gap_category": 1, "gap_commitment": 1, "incidents": 2, "timeline": 1}


def _bare_figures() -> list[Any]:
    """Bare figures with the dashboard's number of axes and sizes, laid out the same way."""
    from matplotlib.figure import Figure

    from secframe.ui.dashboard.jobs import inches

    figures = []
    for key, size in SIZES.items():
        fig = Figure(figsize=inches(size), dpi=100, layout="constrained")
        for i in range(AXES[key]):
            fig.add_subplot(AXES[key], 1, i + 1).set_title(key)
        figures.append(fig)
    return figures


def _bare_rendered() -> None:
    from secframe.ui.dashboard.jobs import prerender

    for fig in _bare_figures():
        prerender(fig, 1.0)


def benchmarks(ctx: Context) -> list[Benchmark]:
    """The dashboard's charts, its page, and the UI thread's share of a refresh."""
    from secframe.reports import charts
    from secframe.ui.dashboard.jobs import render_dashboard

    db, fw = ctx.db, ctx.framework_id

    def load() -> Any:
        with db.read() as s:
            return charts.load_dashboard(s, fw, today=TODAY)

    def rendered() -> Any:
        return render_dashboard(db, fw, None, SIZES, 1.0, JobState(), today=TODAY)

    page = _Page(ctx)
    return [
        Benchmark("dashboard: read its data (services)", load, repeat=5),
        Benchmark("dashboard: read, build and render 5 charts", rendered, _bare_rendered,
                  "bare figures, 6 axes", goal_ms=1000, repeat=5),
        Benchmark("dashboard page: refresh until drawn (Qt)", page.refresh, _bare_rendered,
                  "bare figures, 6 axes", goal_ms=700, repeat=5, setup=page.forget_charts),
        Benchmark("dashboard page: refresh after a status change (Qt)", page.refresh,
                  _bare_rendered, "bare figures, 6 axes", goal_ms=700, repeat=5,
                  setup=page.change_one_status),
        Benchmark("dashboard page: UI-thread share of a refresh", page.show_result,
                  page.bare_canvases, "bare QtAgg canvases drawn", goal_ms=100, repeat=5,
                  setup=page.prepare_result),
    ]  # fmt: skip


class _Page:
    """The real dashboard page, offscreen, on the large database."""

    def __init__(self, ctx: Context) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from secframe.ui.context import AppContext
        from secframe.ui.dashboard.page import DashboardPage

        self.app = QApplication.instance() or QApplication([])
        settings = QSettings(str(ctx.out_dir / "bench-settings.ini"), QSettings.Format.IniFormat)
        self.context = AppContext(ctx.db, settings)
        self.page = DashboardPage(self.context)
        self.page.resize(1000, 1400)
        self.context.set_framework(ctx.framework_id)
        self._result: Any = None
        self._changed: int | None = None
        self.refresh_on_show()
        self.wait_for_helper()
        from secframe.ui.app import collect_on_ui_thread

        collect_on_ui_thread()  # garbage collection as in the app once started

    def _wait(self, start: Any) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        self.page.refreshed.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        start()
        loop.exec()
        self.page.refreshed.disconnect(loop.quit)

    def wait_for_helper(self) -> None:
        """The chart drawing helper process, started a few seconds after the page as in the
        app, is warm (untimed)."""
        import time

        from secframe.reports.drawing import chart_process
        from secframe.ui.dashboard.page import start_chart_helper

        start_chart_helper()
        deadline = time.monotonic() + 60
        while not chart_process.ready and chart_process.useful() and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.05)

    def refresh_on_show(self) -> None:
        self._wait(self.page.show)

    def forget_charts(self) -> None:
        """The next refresh draws every chart (as for another framework)."""
        self.page._shown.clear()

    def change_one_status(self) -> None:
        """Suspend an active commitment, or take it up again (untimed)."""
        from secframe.models import CommitmentStatus, StatusCause
        from secframe.services import commitments as cs

        fw = self.context.framework_id
        with self.context.db.write() as s:
            if self._changed is None:
                rows = cs.list_commitments(s, fw)
                self._changed = next(r.id for r in rows if r.status == CommitmentStatus.ACTIVE)
            row = cs.get_commitment(s, self._changed).row
            if row.status == CommitmentStatus.ACTIVE:
                cs.change_status(s, row.id, CommitmentStatus.SUSPENDED, on=date.today(),
                                 cause=StatusCause.RESOURCES, reason="Banc d’essai")  # fmt: skip
            else:
                cs.change_status(s, row.id, CommitmentStatus.ACTIVE, on=date.today())

    def refresh(self) -> None:
        """From a refresh to the last chart on screen and painted."""
        self._wait(self.page.refresh)
        self.page.repaint()

    def prepare_result(self) -> None:
        """What the worker hands back (untimed)."""
        from secframe.ui.dashboard.jobs import render_dashboard

        sizes = {key: panel.canvas_size() for key, panel in self.page.panels.items()}
        fw = self.context.framework_id
        assert fw is not None
        self._result = render_dashboard(self.context.db, fw, None, sizes, 1.0, JobState())

    def show_result(self) -> None:
        """The UI thread's part: key figures, place list, canvases installed and painted."""
        page = self.page
        page._generation += 1
        self._wait(lambda: page._loaded(page._generation, self._result))
        page.repaint()

    def bare_canvases(self) -> None:
        """Baseline: bare figures drawn by QtAgg canvases on the UI thread."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        for fig in _bare_figures():
            canvas = FigureCanvasQTAgg(fig)
            canvas.draw()
            canvas.deleteLater()
