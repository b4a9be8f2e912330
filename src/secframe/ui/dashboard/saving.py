"""Saving a dashboard chart as a PNG or SVG image: ask where, then write it in the background."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from secframe.jobs import JobState
from secframe.ui.workers import Job, show_error, start_job

if TYPE_CHECKING:
    from secframe.ui.dashboard.page import DashboardPage

FORMATS = ("png", "svg")


def file_name(title: str, fmt: str, today: date | None = None) -> str:
    """A file name from a chart's title: "engagements-par-statut-et-par-type-2026-03-15.png"."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-") or "chart"
    return f"{slug}-{(today or date.today()).isoformat()}.{fmt}"


class ChartSaver(QObject):
    """Writes the dashboard's charts to image files."""

    saved = Signal(str)  # the path written

    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page

    def ask_and_save(self, key: str, fmt: str) -> None:
        """Ask for a file name (PNG or SVG), then save the chart ``key``."""
        panel = self.page.panels[key]
        if self.page.data is None or panel.figure is None:
            return
        settings = self.page.context.settings
        folder = str(
            settings.value("dashboard/save_folder")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG image (*.svg)")}
        path, chosen = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Save the chart"),
            str(Path(folder) / file_name(panel.title, fmt)),
            ";;".join(filters.values()),
            filters[fmt],
        )
        if not path:
            return
        suffix = Path(path).suffix.lower().lstrip(".")
        fmt = (
            suffix
            if suffix in FORMATS
            else next((k for k, v in filters.items() if v == chosen), fmt)
        )
        settings.setValue("dashboard/save_folder", str(Path(path).parent))
        self.save(key, path, fmt)

    def save(self, key: str, path: str | Path, fmt: str | None = None) -> Job | None:
        """Write the chart ``key`` as shown (same data, same size) to ``path``."""
        data, figure = self.page.data, self.page.panels[key].figure
        if data is None or figure is None:
            return None
        width, height = figure.get_size_inches()
        size = (float(width), float(height))

        def work(state: JobState) -> str:
            from matplotlib.figure import Figure

            from secframe.reports import charts
            from secframe.ui.dashboard.jobs import save_chart

            def build() -> Figure:
                built = charts.dashboard_chart(data, key, size=size)
                if built is None:
                    raise ValueError(f"no chart {key} for this framework")
                return built

            return str(save_chart(build, path, fmt))

        return start_job(
            self.page,
            work,
            title=self.tr("Saving the chart…"),
            on_done=self._done,
            on_error=lambda err: self._failed(err, path),
            progress=False,
        )

    def _done(self, path: str) -> None:
        window = self.page.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Chart saved: {path}").format(path=path), 8000)
        self.saved.emit(path)

    def _failed(self, err: BaseException, path: str | Path) -> None:
        if isinstance(err, OSError):
            QMessageBox.warning(
                self.page,
                self.tr("Save the chart"),
                self.tr("The chart could not be saved to {path}:\n{error}").format(
                    path=path, error=err.strerror or err
                ),
            )
            return
        show_error(self.page, err, self.tr("Save the chart"))
