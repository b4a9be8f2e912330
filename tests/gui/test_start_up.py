"""Start-up order: the page left last shows its rows before the other pages come."""

from __future__ import annotations

import pytest

from secframe.ui import app
from secframe.ui.context import AppContext
from secframe.ui.main_window import MainWindow
from secframe.ui.workers import wait_for_jobs
from tests.gui.helpers import make_context


@pytest.mark.parametrize("left_on", ["members", "dashboard"])
def test_start_up_opens_on_the_page_left_last(qtbot, demo_db, tmp_path, left_on):
    """On a list, its rows come first: the other pages' reads and the extensions' pages
    wait until they are shown; the dashboard (an extension's page) opens as before."""
    settings = make_context(demo_db, tmp_path).settings
    settings.setValue("window/page", left_on)
    window = MainWindow(AppContext(None, settings))
    qtbot.addWidget(window)
    window.show()
    seen: list[tuple[str | None, int, bool]] = []

    def when_installed() -> None:
        members, commitments = window.page("members"), window.page("commitments")
        seen.append((window.current_key(), members.model.rowCount(), commitments.stale))

    window.extensions_installed.connect(when_installed)
    with qtbot.waitSignal(window.extensions_installed, timeout=20_000):
        app.open_at_start(window, demo_db.location)
    if left_on == "members":
        assert seen == [("members", window.page("members").model.rowCount(), True)]
        assert seen[0][1] > 0  # shown before the extensions' pages came
    assert window.current_key() == left_on
    assert window.page_keys == [
        "dashboard", "commitments", "members", "meetings", "incidents", "places"
    ]  # fmt: skip
    qtbot.waitUntil(lambda: not window.context.loading, timeout=10_000)
    wait_for_jobs(5000)
    window.context.db.close()
