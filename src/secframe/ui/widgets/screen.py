"""Window sizes that fit the screen: office laptops often have 1366 × 768 screens, less a taskbar."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the title bar and borders the window manager adds around a window.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, made smaller where needed so the window and its frame fit in ``available``."""
    return QSize(
        max(1, min(wanted.width(), available.width() - FRAME_ALLOWANCE.width())),
        max(1, min(wanted.height(), available.height() - FRAME_ALLOWANCE.height())),
    )


def available_geometry(widget: QWidget) -> QRect | None:
    """The part of the widget's screen that windows may use (without the taskbar)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Give a window the size ``width`` × ``height``, or less when its screen is smaller."""
    wanted = QSize(width, height)
    available = available_geometry(widget)
    widget.resize(wanted if available is None else fitted_size(wanted, available))
