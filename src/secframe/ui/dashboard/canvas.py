"""The Qt canvas of a dashboard chart: matplotlib's QtAgg canvas that adopts the pixels a
worker already rendered (``jobs.prerender``) instead of drawing them again on the UI thread.

When the canvas is shown at the size the figure was rendered at, it only copies pixels; when
the window is resized it redraws itself like any QtAgg canvas. If anything does not match
(another pixel ratio, a size that changed meanwhile), it simply draws as usual.
"""

from __future__ import annotations

import math

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QSizePolicy, QWidget

from secframe.reports.drawing import cramped_allowed


class ChartCanvas(FigureCanvasQTAgg):
    """A QtAgg canvas showing one chart, reusing the worker's rendering when it fits."""

    _adopted = False  # also read by resize events Qt may deliver while constructing

    def __init__(self, figure: Figure, ratio: float = 1.0) -> None:
        rendered = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else None
        super().__init__(figure)
        self._adopted = False
        if rendered is not None and getattr(rendered, "renderer", None) is not None:
            # The worker set the figure's dpi for this pixel ratio; tell this canvas so that
            # showing it does not change the dpi (and redraw) again.
            self._set_device_pixel_ratio(ratio)
            self.renderer = rendered.renderer
            self._lastKey = rendered._lastKey
            self._adopted = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def adopted(self) -> bool:
        """Whether the pixels on screen are still the worker's (nothing drawn here yet)."""
        return self._adopted

    def draw(self) -> None:
        """Draw the chart here (after a resize), cramped without a warning in a tiny window."""
        with cramped_allowed():
            super().draw()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel scrolls the dashboard, whatever chart the pointer is over (matplotlib's
        canvas would keep the event: no chart zooms)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            event.ignore()
            return
        viewport = parent.viewport()
        QApplication.sendEvent(viewport if viewport is not None else parent, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        ratio = self.device_pixel_ratio
        width, height = self.figure.bbox.size
        same = math.isclose(event.size().width() * ratio, width, abs_tol=0.5) and math.isclose(
            event.size().height() * ratio, height, abs_tol=0.5
        )
        if self._adopted and same:
            QWidget.resizeEvent(self, event)  # the worker rendered exactly this size
            return
        self._adopted = False
        super().resizeEvent(event)
