"""Sessions of a framework and the governor's brief, in the desktop app.

``install(window)`` adds the Sessions page and the entries of the Meeting menu.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from secframe.ui.main_window import MainWindow
    from secframe.ui.meetings.page import MeetingsPage


def install(window: MainWindow) -> None:
    """Add the Sessions page and the Meeting menu's entries to the main window."""
    from secframe.ui.meetings.page import MeetingsPage

    page = MeetingsPage(window.context, window)
    window.add_page("meetings", QCoreApplication.translate("MeetingsMenu", "Sessions"), page)
    menu = window.menu("meeting")

    def on_page(action: Callable[[MeetingsPage], None]) -> Callable[[], None]:
        def run() -> None:
            window.show_page("meetings")
            page.when_ready(lambda: action(page))  # the sessions are read once first shown

        return run

    t = QCoreApplication
    entries = [
        (t.translate("MeetingsMenu", "&New session"), "Ctrl+Alt+N", MeetingsPage.new_session),
        (
            t.translate("MeetingsMenu", "&Review open commitments"),
            "Ctrl+Alt+R",
            MeetingsPage.show_review,
        ),
        (
            t.translate("MeetingsMenu", "&Adopt previous conclusions…"),
            "Ctrl+Alt+A",
            MeetingsPage.adopt_previous,
        ),
        (
            t.translate("MeetingsMenu", "Points for deci&sion…"),
            "Ctrl+Alt+D",
            MeetingsPage.prepare_points,
        ),
        (t.translate("MeetingsMenu", "&Print brief…"), "Ctrl+Shift+P", MeetingsPage.print_brief),
        (t.translate("MeetingsMenu", "Save brief as P&DF…"), "Ctrl+Alt+S", MeetingsPage.save_brief),
        (t.translate("MeetingsMenu", "&Minutes…"), "Ctrl+Alt+M", MeetingsPage.save_minutes),
        (
            t.translate("MeetingsMenu", "Minutes, redacted cop&y…"),
            "Ctrl+Alt+X",
            MeetingsPage.save_redacted_minutes,
        ),
    ]
    for i, (text, keys, action) in enumerate(entries):
        if i in (3, 4):
            menu.addSeparator()
        item = QAction(text, window)
        item.setShortcut(QKeySequence(keys))
        item.triggered.connect(on_page(action))
        menu.addAction(item)
        window.actions_by_key[action.__name__] = item  # e.g. "new_session" (ui.read_only)
