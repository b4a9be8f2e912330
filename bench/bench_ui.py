"""The desktop app on the large database, against a bare PySide6 window measured in the same run.

- start-up to the first paint of the main window, in a fresh process each time (goal: at most
  2 times a bare PySide6 window, also started in a fresh process), and until the 5,000
  commitments are listed on the commitments page, where the user left the app (goal < 800 ms);
- opening the 5,000-row commitments list: reading in the background, filling the table,
  painting it (goal < 300 ms);
- one keystroke in the list's search box: filtering 5,000 rows and painting (goal < 50 ms);
- opening the 50,000-incident list: ordered ids, then the first block of rows (no goal).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from itertools import cycle
from pathlib import Path
from typing import Any

from common import Benchmark, Context, GuiSession

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_WINDOW = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                sys.exit(0)
            return False

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 760)
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    """
)

# The watcher sits on the main window only, as on the bare window: on the application it
# would bring every event of every widget through Python (~15 ms of PySide type set-up that
# the app itself does not do before its first paint). main_window is imported by run() before
# the window is built anyway: importing it first changes nothing measured.
MAIN_WINDOW = textwrap.dedent(
    """
    import os, sys
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                os._exit(0)
            return False

    app = QApplication(sys.argv)
    watcher = FirstPaint()
    from secframe.ui import main_window
    show = main_window.MainWindow.show

    def watched_show(window):
        window.installEventFilter(watcher)
        show(window)

    main_window.MainWindow.show = watched_show
    from secframe.ui.app import run
    run(db_location=sys.argv[1])
    """
)


LIST_SHOWN = textwrap.dedent(
    """
    import builtins, os, sys
    from PySide6.QtWidgets import QApplication

    # Watch for the list page's first rows without importing it here: the app imports it in
    # the background while the window is shown, and importing it first would add its import
    # time (SQLAlchemy, the services) before the window even starts.
    real_import = builtins.__import__

    def painted_once_loaded(base):
        shown = base.ListPage._loaded

        def loaded(self, payload):
            shown(self, payload)
            if self.model.rowCount() >= 5000:
                self.view.viewport().repaint()
                print("painted", flush=True)
                os._exit(0)

        base.ListPage._loaded = loaded

    def watching_import(name, *args, **kwargs):
        module = real_import(name, *args, **kwargs)
        base = sys.modules.get("secframe.ui.pages.base")
        if base is not None and getattr(base, "ListPage", None) is not None:
            builtins.__import__ = real_import
            painted_once_loaded(base)
        return module

    builtins.__import__ = watching_import
    app = QApplication(sys.argv)
    from secframe.ui.app import run
    run(db_location=sys.argv[1])
    """
)


def _first_paint(script: str, *args: str, page: str | None = None) -> None:
    """Start a Python process running ``script``; return once it says it painted. With
    ``page``, the app starts on that page (as left by the user last time)."""
    with tempfile.TemporaryDirectory() as home:
        if page is not None:
            (Path(home) / "settings.ini").write_text(f"[window]\npage={page}\n", "utf-8")
        env = {**os.environ, "SECFRAME_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        proc = subprocess.Popen(
            [sys.executable, "-c", script, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        try:
            line = proc.stdout.readline() if proc.stdout else ""
        finally:
            proc.kill()
            proc.wait()
        if "painted" not in line:
            raise RuntimeError("the window was never painted")


class _Gui:
    """A QApplication and a commitments page on the large database, built once."""

    def __init__(self, ctx: Context) -> None:
        from secframe.ui.pages.commitments import CommitmentsPage
        from secframe.ui.pages.incidents import IncidentsPage

        self.gui = GuiSession(ctx)
        self.app, self.context = self.gui.app, self.gui.context
        self.page = CommitmentsPage(self.context)
        self.page.resize(1200, 700)
        self.incidents = IncidentsPage(self.context)
        self.incidents.resize(1200, 700)
        self.words = cycle(["sécurisation", "sécurisation 1"])

    def wait_for(self, page: Any) -> None:
        """Reload a page and spin the event loop until its rows are shown and painted."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        page.loaded.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        page.reload()
        loop.exec()
        page.loaded.disconnect(loop.quit)
        page.view.viewport().repaint()

    def open_list(self) -> None:
        """Read and show the 5,000 commitments."""
        self.page.search.clear()
        self.page.show()
        self.wait_for(self.page)
        assert self.page.model.rowCount() >= 5000

    def keystroke(self) -> None:
        """One more (or one less) character in the search box, filtered and painted."""
        self.page.search.setText(next(self.words))
        self.page.view.viewport().repaint()

    def open_incidents(self) -> None:
        """The incidents list: ordered ids, then the rows on screen."""
        self.incidents.show()
        self.wait_for(self.incidents)
        self.incidents.view.viewport().repaint()


def benchmarks(ctx: Context) -> list[Benchmark]:
    """Start-up, opening the commitments list, one search keystroke, the incidents list."""
    gui = _Gui(ctx)
    gui.open_list()  # warm up: imports, query plans, fonts
    gui.keystroke()
    gui.gui.settle()  # the pages live for the session, as in the app once started
    return [
        Benchmark(
            "start-up to first paint of the main window",
            lambda: _first_paint(MAIN_WINDOW, str(ctx.db_path)),
            baseline=lambda: _first_paint(BARE_WINDOW),
            baseline_name="bare PySide6 window",
            goal_ratio=2.0,
            repeat=5,
        ),
        Benchmark(
            "start-up until the 5,000 commitments are shown",
            lambda: _first_paint(LIST_SHOWN, str(ctx.db_path), page="commitments"),
            baseline=lambda: _first_paint(BARE_WINDOW),
            baseline_name="bare PySide6 window",
            goal_ms=800,
            repeat=5,
        ),
        Benchmark(
            "open the commitments list (5,000 rows)",
            gui.open_list,
            baseline=gui.gui.bare_window,
            baseline_name="bare window shown",
            goal_ms=300,
        ),
        Benchmark(
            "one keystroke in the search box (5,000 rows)",
            gui.keystroke,
            baseline=gui.gui.bare_window,
            baseline_name="bare window shown",
            goal_ms=50,
            repeat=11,
        ),
        Benchmark(
            "open the incidents list (50,000, lazily)",
            gui.open_incidents,
            baseline=gui.gui.bare_window,
            baseline_name="bare window shown",
        ),
    ]
