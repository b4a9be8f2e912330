"""The dashboard: the first page of the main window, with the selected framework's key
figures and charts (``page.DashboardPage``). Importing this package does not import
matplotlib; the page's first background refresh does, once the window is on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from secframe.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the dashboard as the first page of the main window and show it."""
    from secframe.ui.dashboard.page import DashboardPage

    page = DashboardPage(window.context, window)
    title = QCoreApplication.translate("Dashboard", "Dashboard")
    window.add_page("dashboard", title, page, position=0)
    window.show_page("dashboard")
