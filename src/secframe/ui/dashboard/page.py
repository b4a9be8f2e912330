"""The dashboard page: the current framework's key figures and charts, kept up to date.

Everything heavy happens in a background job (``jobs.render_dashboard``): reading the data,
building the matplotlib figures and rendering them. The page refreshes when it is shown after a
change, when the framework changes and shortly after any edit (``AppContext.data_changed``);
while hidden it only notes that it is out of date. matplotlib is first imported by that job,
after the window is on screen, so it never delays start-up.
"""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsOpacityEffect,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secframe import config
from secframe.db.errors import DatabaseError
from secframe.jobs import JobState
from secframe.services.changes import Changes
from secframe.services.errors import ServiceError
from secframe.ui.context import AppContext
from secframe.ui.dashboard.panels import ChartPanel, KeyFigureCard, ResultsPanel
from secframe.ui.dashboard.saving import ChartSaver
from secframe.ui.workers import Job, start_job

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from sqlalchemy.orm import Session

    from secframe.reports.charts_data import DashboardData, IncidentSeries
    from secframe.reports.charts_figures import KeyFigureItem
    from secframe.ui.dashboard.jobs import RenderedDashboard

log = logging.getLogger(__name__)

KEY_FIGURES = ("commitments", "active", "suspended", "overdue", "gap", "incidents")
# Chart key, grid row, column, column span, height in pixels.
LAYOUT = (
    ("status_kind", 0, 0, 1, 340),
    ("gap_category", 0, 1, 1, 340),
    ("gap_commitment", 1, 0, 1, 360),
    ("incidents", 1, 1, 1, 360),
    ("timeline", 2, 0, 2, 300),
    ("map", 3, 0, 2, 460),
)
REFRESH_DELAY_MS = 300
# The helper process that draws half of the charts (``reports.drawing``) starts this long after
# the page is built: never during start-up, usually before the dashboard is first opened.
HELPER_DELAY_MS = 3000


def start_chart_helper() -> None:
    """Start the chart drawing helper process in the background (the import of matplotlib
    and the process's start stay off the UI thread); it is stopped when the app quits."""

    def start() -> None:
        from secframe.reports.drawing import chart_process

        chart_process.start()

    app = QCoreApplication.instance()
    if app is not None and not app.property("secframe_chart_helper"):
        app.setProperty("secframe_chart_helper", True)
        app.aboutToQuit.connect(stop_chart_helper)
    threading.Thread(target=start, name="chart-helper", daemon=True).start()


def stop_chart_helper() -> None:
    """Stop the chart drawing helper process, if it was ever started."""
    drawing = sys.modules.get("secframe.reports.drawing")
    if drawing is not None:
        drawing.chart_process.stop()


class DashboardPage(QWidget):
    """Key figures and charts of the selected framework."""

    refreshed = Signal()  # the charts of the latest data are on screen
    figures_shown = Signal()  # the key figures of the latest data are on screen

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self.context = context
        self.data: DashboardData | None = None
        self._dirty = True
        self._generation = 0
        self._jobs: list[Job] = []
        self._pending: list[tuple[str, Figure, bytes]] = []
        self._shown: dict[str, bytes] = {}  # what each chart on screen draws (its fingerprint)
        self._ratio = 1.0
        self._build_ui()
        self.saver = ChartSaver(self)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(REFRESH_DELAY_MS)
        self._delay.timeout.connect(self.refresh)
        context.framework_changed.connect(self._elsewhere)  # methods: gone with the page
        context.database_changed.connect(self._elsewhere)
        context.data_changed.connect(self._data_changed)
        self.retranslate()
        QTimer.singleShot(HELPER_DELAY_MS, self, start_chart_helper)

    def _build_ui(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#banner { background: #fff4ce; border: 1px solid #e0c45c; padding: 8px; }"
        )
        self.banner.hide()
        self.cards = {key: KeyFigureCard(key) for key in KEY_FIGURES}
        figures_row = QHBoxLayout()
        for card in self.cards.values():
            figures_row.addWidget(card)
        self.content = QWidget()
        body = QVBoxLayout(self.content)
        body.setContentsMargins(0, 0, 4, 0)
        body.addLayout(figures_row)
        self.results_panel = ResultsPanel()
        body.addWidget(self.results_panel)
        body.addLayout(self._build_charts())
        body.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.content)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        # A scroll bar that came and went would change every chart's width, and so redraw them.
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        self._set_busy(False)

    def _build_header(self) -> QHBoxLayout:
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.busy_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.refresh_button = QToolButton()
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.busy_label)
        header.addWidget(self.busy)
        header.addWidget(self.refresh_button)
        return header

    def _build_charts(self) -> QGridLayout:
        self.panels: dict[str, ChartPanel] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for key, row, column, span, height in LAYOUT:
            panel = ChartPanel(key, height)
            panel.save_requested.connect(lambda fmt, key=key: self.saver.ask_and_save(key, fmt))
            self.panels[key] = panel
            grid.addWidget(panel, row, column, 1, span)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.place_label = QLabel()
        self.place_box = QComboBox()
        self.place_box.setObjectName("place_box")
        self.place_box.setMinimumContentsLength(42)
        self.place_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.place_box.activated.connect(self._place_chosen)
        self.place_label.setBuddy(self.place_box)
        incidents_header = self.panels["incidents"].header
        incidents_header.insertWidget(0, self.place_label)
        incidents_header.insertWidget(1, self.place_box)
        return grid

    def retranslate(self) -> None:
        """Set the page's own texts in the current language."""
        self.busy_label.setText(self.tr("Updating the charts…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the data again and redraw the charts"))
        self.place_label.setText(self.tr("&Place:"))
        self.place_box.setToolTip(self.tr("Region, cercle or axis whose incidents are shown"))
        for panel in self.panels.values():
            panel.retranslate()
        self.results_panel.retranslate()
        self._set_heading()

    def _set_heading(self) -> None:
        if self.data is None:
            self.heading.setText(self.tr("Dashboard"))
        else:
            self.heading.setText(
                self.tr("Dashboard – {framework}").format(framework=self.data.framework_name)
            )

    # --- when to refresh ----------------------------------------------------------------------

    @property
    def stale(self) -> bool:
        """True while the charts on screen may not show the latest data."""
        return self._dirty or bool(self._pending) or any(not job.done for job in self._jobs)

    def _elsewhere(self, *_: object) -> None:
        """Another framework or database: everything shown is out of date."""
        self.mark_dirty(delay=False)

    def mark_dirty(self, *, delay: bool) -> None:
        """Note that the charts are out of date; refresh now (or shortly) if on screen."""
        self._dirty = True
        if not self.isVisible():
            return
        if delay:
            self._delay.start()
        else:
            self._delay.stop()
            QTimer.singleShot(0, self.refresh)

    def _data_changed(self, _changes: Changes) -> None:
        """After a write: the key figures at once, the charts shortly after."""
        self.mark_dirty(delay=True)
        if self.isVisible():
            self.refresh_key_figures()

    def refresh_key_figures(self) -> None:
        """Read and show the key figures again (in the background), without the charts."""
        framework_id = self.context.framework_id
        if framework_id is None:
            return

        def read(session: Session) -> list[KeyFigureItem]:
            from secframe.reports.charts_figures import key_figure_items
            from secframe.services.stats import key_figures

            return key_figure_items(key_figures(session, framework_id))

        def show(items: list[KeyFigureItem]) -> None:
            if self.context.framework_id == framework_id:
                for item in items:
                    self.cards[item.key].set_item(item)
                self.figures_shown.emit()

        self.context.load(self, "dashboard:key-figures", read, show)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            QTimer.singleShot(0, self.refresh)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.mark_dirty(delay=False)
        super().changeEvent(event)

    # --- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the data again and redraw every chart in the background."""
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._delay.stop()
        self._generation += 1
        for job in self._jobs:
            job.cancel()
        self._jobs.clear()
        framework_id = self.context.framework_id
        if framework_id is None:
            self._show_no_framework()
            return
        generation, db = self._generation, self.context.db
        sizes = {key: panel.canvas_size() for key, panel in self.panels.items()}
        ratio = self._ratio = self.devicePixelRatioF() or 1.0
        place_key = self.context.settings.value(f"dashboard/place/{framework_id}")
        shown = dict(self._shown)

        def work(state: JobState) -> RenderedDashboard:
            from secframe.ui.dashboard.jobs import render_dashboard

            return render_dashboard(db, framework_id, place_key, sizes, ratio, state, shown=shown)

        self._set_busy(True)
        self._start(work, lambda result: self._loaded(generation, result), generation)

    def _start(self, work: Any, on_done: Any, generation: int) -> None:
        job = start_job(
            self,
            work,
            title=self.tr("Updating the charts…"),
            on_done=on_done,
            on_error=lambda err: self._failed(generation, err),
            progress=False,
        )
        self._jobs.append(job)

    def _current(self, generation: int) -> bool:
        """Whether a job's result is still wanted (nothing newer ran; ``start_job`` drops the
        results of a page that was closed)."""
        return generation == self._generation

    def _loaded(self, generation: int, result: RenderedDashboard) -> None:
        if not self._current(generation):
            return
        self.data = result.data
        self._set_heading()
        for item in result.items:
            self.cards[item.key].set_item(item)
        self.results_panel.set_results(result.data.results)
        self.figures_shown.emit()
        self._fill_places()
        self.panels["timeline"].set_chart_height(result.timeline_height)
        self._set_banner(self._empty_message() if result.data.is_empty else "")
        self.scroll_area.show()
        for key, panel in self.panels.items():
            if key not in result.figures and key not in result.unchanged:
                self._shown.pop(key, None)
                panel.show_message(self.tr("No place to show for this framework."))
        self._pending = [
            (key, fig, result.fingerprints[key]) for key, fig in result.figures.items()
        ]
        QTimer.singleShot(0, self, lambda: self._install_next(generation))

    def _install_next(self, generation: int) -> None:
        """Put one chart on screen per turn of the event loop, so the window stays live."""
        if not self._current(generation):
            return
        if not self._pending:
            self._update_busy()
            self.refreshed.emit()
            return
        key, figure, fingerprint = self._pending.pop(0)
        self.panels[key].set_figure(figure, self._ratio, figure.get_suptitle())
        self._shown[key] = fingerprint  # drawn again only once what it shows changes
        QTimer.singleShot(0, self, lambda: self._install_next(generation))

    def _failed(self, generation: int, err: BaseException) -> None:
        if not self._current(generation):
            return
        self._update_busy()
        for panel in self.panels.values():
            if panel.canvas is None:
                panel.placeholder.clear()  # not "loading…": the banner says what went wrong
        if isinstance(err, ServiceError | DatabaseError):
            self._set_banner(str(err))
            return
        log.error("Dashboard refresh failed", exc_info=(type(err), err, err.__traceback__))
        self._set_banner(
            self.tr(
                "The charts could not be drawn. The details were written to the log file:\n{log}"
            ).format(log=config.log_file())
        )

    # --- the place of the incidents chart ----------------------------------------------------

    def _fill_places(self) -> None:
        data = self.data
        self.place_box.blockSignals(True)
        self.place_box.clear()
        if data is not None:
            for choice in data.places:
                self.place_box.addItem(choice.label(), choice.key)
            if data.place is not None:
                self.place_box.setCurrentIndex(self.place_box.findData(data.place.key))
        self.place_box.setEnabled(self.place_box.count() > 0)
        self.place_box.blockSignals(False)

    def _place_chosen(self, index: int) -> None:
        data = self.data
        if data is None or index < 0:
            return
        place = next(p for p in data.places if p.key == self.place_box.itemData(index))
        self.context.settings.setValue(f"dashboard/place/{data.framework_id}", place.key)
        generation, db = self._generation, self.context.db
        size, ratio = self.panels["incidents"].canvas_size(), self._ratio

        def work(state: JobState) -> tuple[IncidentSeries, Figure]:
            from secframe.ui.dashboard.jobs import render_incidents

            return render_incidents(db, data.framework_id, place, size, ratio, state)

        def done(result: tuple[IncidentSeries, Figure]) -> None:
            if not self._current(generation) or self.data is not data:
                return
            series, figure = result
            self.data = replace(data, place=place, incidents=series)
            self.panels["incidents"].set_figure(figure, ratio, figure.get_suptitle())
            from secframe.reports.charts import chart_fingerprint  # matplotlib is loaded by now

            self._shown["incidents"] = chart_fingerprint(self.data, "incidents", size, ratio)
            self._update_busy()
            self.refreshed.emit()

        self._set_busy(True)
        self._start(work, done, generation)

    # --- states -------------------------------------------------------------------------------

    def _update_busy(self) -> None:
        """Busy while a job runs or charts wait to be put on screen."""
        self._set_busy(bool(self._pending) or any(not job.done for job in self._jobs))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.refresh_button.setEnabled(not busy)
        self._show_updating(busy)

    def _show_updating(self, busy: bool) -> None:
        """While figures are refreshed, the old ones are greyed out and say they are being
        updated; each chart comes back to full colour as its new version is put on screen."""
        updating = self.tr("Being updated…")
        for card in self.cards.values():
            card.setEnabled(not busy)
            card.setToolTip(updating if busy else "")
        for panel in self.panels.values():
            canvas = panel.canvas
            if canvas is None:
                continue
            if busy:
                effect = QGraphicsOpacityEffect(canvas)
                effect.setOpacity(0.45)
                canvas.setGraphicsEffect(effect)
                canvas.setToolTip(updating)
            else:
                canvas.setGraphicsEffect(None)
                canvas.setToolTip("")

    def updating(self) -> bool:
        """Whether old figures are on screen while new ones are read."""
        return any(not card.isEnabled() for card in self.cards.values())

    def _set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _empty_message(self) -> str:
        return self.tr(
            "This framework has no commitments, resource needs or incidents yet: the charts will "
            "fill in as they are recorded."
        )

    def _show_no_framework(self) -> None:
        self.data = None
        self._shown.clear()
        self._set_heading()
        self.scroll_area.hide()
        self._set_busy(False)
        self._set_banner(
            self.tr(
                "There is no framework in this database yet. Create one, or add the example "
                "frameworks, to see its dashboard."
            )
        )
        self.refreshed.emit()
