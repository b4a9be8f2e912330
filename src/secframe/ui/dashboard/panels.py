"""The dashboard's building blocks: a key figure card and a chart panel (no matplotlib import
here; the chart canvas module is imported when the first figure arrives)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from secframe import i18n
from secframe.services.results import ResultTotal

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from secframe.reports.charts_figures import KeyFigureItem
    from secframe.ui.dashboard.canvas import ChartCanvas

ALERT_STYLE = "QFrame#{name} {{ border: 1px solid #b2182b; border-left: 5px solid #b2182b; }}"
CARD_STYLE = "QFrame#{name} {{ border: 1px solid palette(mid); border-radius: 3px; }}"


class KeyFigureCard(QFrame):
    """One key figure: a large value, its label, and a detail line (why it needs attention)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"key_{key}")
        self.value = QLabel("–")
        self.value.setObjectName("value")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.label = QLabel()
        self.label.setObjectName("label")
        self.label.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        small = QFont(self.detail.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.detail.setFont(small)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        for widget in (self.value, self.label, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.set_alert(False)

    def set_item(self, item: KeyFigureItem) -> None:
        """Show a key figure."""
        self.value.setText(item.value)
        self.label.setText(item.label)
        self.detail.setText(item.detail)
        self.detail.setVisible(bool(item.detail))
        self.setToolTip("\n".join(t for t in (item.label, item.value, item.detail) if t))
        self.set_alert(item.alert)

    def set_alert(self, alert: bool) -> None:
        """A red frame for a figure that needs attention (its detail says why in words)."""
        style = ALERT_STYLE if alert else CARD_STYLE
        self.setStyleSheet(style.format(name=self.objectName()))
        self.detail.setStyleSheet("color: #b2182b;" if alert else "color: palette(dark);")


class ChartPanel(QFrame):
    """One chart: its canvas (or a message while it loads), a header for extra controls, and
    Save/Copy actions in a button menu and in the chart's context menu."""

    save_requested = Signal(str)  # "png" or "svg"

    def __init__(self, key: str, height: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = ""
        self.setObjectName(f"chart_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.canvas: ChartCanvas | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        self.header = QHBoxLayout()
        self.header.addStretch(1)
        self.save_button = QToolButton(self)
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.save_button.setAutoRaise(True)
        self.header.addWidget(self.save_button)
        layout.addLayout(self.header)
        self.area = QWidget(self)
        self.area.setMinimumHeight(height)
        self.area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._area_layout = QVBoxLayout(self.area)
        self._area_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.area)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self._area_layout.addWidget(self.placeholder)
        layout.addWidget(self.area, 1)
        self.actions_menu = QMenu(self)
        self.save_png = QAction(self)
        self.save_svg = QAction(self)
        self.copy_image = QAction(self)
        self.save_png.triggered.connect(lambda: self.save_requested.emit("png"))
        self.save_svg.triggered.connect(lambda: self.save_requested.emit("svg"))
        self.copy_image.triggered.connect(self.copy_to_clipboard)
        for action in (self.save_png, self.save_svg, self.copy_image):
            self.actions_menu.addAction(action)
            action.setEnabled(False)
        self.save_button.setMenu(self.actions_menu)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.save_button.setText(self.tr("Save image"))
        self.save_png.setText(self.tr("Save as PNG image…"))
        self.save_svg.setText(self.tr("Save as SVG image…"))
        self.copy_image.setText(self.tr("Copy image"))
        if self.canvas is None:
            self.placeholder.setText(self.tr("Loading the chart…"))

    @property
    def figure(self) -> Figure | None:
        """The figure on screen."""
        return self.canvas.figure if self.canvas is not None else None

    def canvas_size(self) -> tuple[int, int]:
        """The size in pixels a chart will get on screen."""
        return self.area.width(), self.area.height()

    def set_chart_height(self, height: int) -> None:
        """Fix the chart's height (the timeline grows with its rows)."""
        self.area.setMinimumHeight(height)
        self.area.setMaximumHeight(height)

    def set_figure(self, figure: Figure, ratio: float, title: str) -> None:
        """Show a figure (already rendered by the worker at this panel's size)."""
        from secframe.ui.dashboard.canvas import ChartCanvas

        canvas = ChartCanvas(figure, ratio)
        canvas.setParent(self.area)
        canvas.setObjectName(f"canvas_{self.key}")
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(self._context_menu)
        canvas.setToolTip(self.tr("Right-click to save or copy this chart."))
        old = self.canvas or self.placeholder
        self._area_layout.replaceWidget(old, canvas)
        old.hide()
        if old is not self.placeholder:
            old.deleteLater()
        canvas.show()
        self.canvas = canvas
        self.title = title
        for action in (self.save_png, self.save_svg, self.copy_image):
            action.setEnabled(True)

    def show_message(self, text: str) -> None:
        """Show a message instead of a chart (and forget the chart)."""
        if self.canvas is not None:
            self._area_layout.replaceWidget(self.canvas, self.placeholder)
            self.canvas.hide()
            self.canvas.deleteLater()
            self.canvas = None
            self.placeholder.show()
        self.placeholder.setText(text)
        for action in (self.save_png, self.save_svg, self.copy_image):
            action.setEnabled(False)

    def copy_to_clipboard(self) -> None:
        """Put the chart on the clipboard as an image (to paste into a report)."""
        if self.canvas is not None:
            QGuiApplication.clipboard().setImage(self.canvas.grab().toImage())

    def _context_menu(self, pos: QPoint) -> None:
        if self.canvas is not None:
            self.actions_menu.exec(self.canvas.mapToGlobal(pos))


class ResultsPanel(QFrame):
    """The framework's counted results, one line per commitment and unit, the most recent
    first (« Opération Alafia : ~20 arrestations »)."""

    SHOWN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_panel")
        self.setStyleSheet(CARD_STYLE.format(name="results_panel"))
        self.title = QLabel()
        self.title.setObjectName("title")
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.lines = QLabel()
        self.lines.setObjectName("lines")
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)
        self.results: tuple[ResultTotal, ...] | None = None  # None until the first load
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Results counted"))
        if self.results is not None:
            self.set_results(self.results)

    def set_results(self, results: tuple[ResultTotal, ...]) -> None:
        """Show these results (the first ones, and how many more the tracker has)."""
        self.results = results
        if not results:
            self.lines.setText(
                escape(self.tr("No result counted yet: record them on each commitment."))
            )
            return
        colon = "\u00a0: " if i18n.language() == "fr" else ": "
        rows = [
            f"<b>{escape(r.title)}</b>{colon}{escape(r.text())} "
            f'<span style="color: #666666;">({escape(i18n.format_date(r.last_on))})</span>'
            for r in results[: self.SHOWN]
        ]
        if len(results) > self.SHOWN:
            more = self.tr("… and {count} more in the tracker.")
            rows.append(escape(more.format(count=i18n.format_number(len(results) - self.SHOWN))))
        self.lines.setText("<br>".join(rows))
