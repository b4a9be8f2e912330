"""After saving one commitment: the 5,000-row list and the dashboard's key figures show the
change, on the large database, against a bare window shown in the same run.

The save goes through the app's write operation (``AppContext.write`` with the editor's use
case, ``save_commitment``); the list re-reads only the saved row and the dashboard only its key
figures, both in the background. Two measures of the same path:

- the UI thread's own time (CPU time of that thread, ``time.thread_time``): goal < 100 ms, the
  window never freezes while the views catch up;
- the wall time until both show the new title and figures (no goal: it includes the write and
  the background reads, and what other programs take from the machine).
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from itertools import count
from typing import Any

from common import Benchmark, Context, GuiSession

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class _Views:
    """The commitments list and the dashboard, shown and up to date, on the large database."""

    def __init__(self, ctx: Context) -> None:
        from secframe.ui.dashboard.page import DashboardPage
        from secframe.ui.pages.commitments import CommitmentsPage

        self.gui = GuiSession(ctx)
        self.app, self.context = self.gui.app, self.gui.context
        self.page = CommitmentsPage(self.context)
        self.page.resize(1200, 700)
        self.dashboard = DashboardPage(self.context)
        self.dashboard.resize(1000, 1400)
        self._wait(self.page.loaded, self.page.show)
        self._wait(self.dashboard.refreshed, self.dashboard.show)
        self.gui.settle()  # the views live for the session, as in the app once started
        self.commitment_id = self.page.model.rows[0].id
        self.numbers = count(1)
        self.edit: Any = None
        self.version: int | None = None
        self.seen: dict[int, int] = {}

    def _wait(self, signal: Any, start: Any) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        start()
        loop.exec()
        signal.disconnect(loop.quit)

    def prepare(self) -> None:
        """Untimed: let the previous save's chart refresh end, then read what the editor
        would hold (the commitment as shown when it opened) and type a new title."""
        from secframe.services import commitments as cs

        if self.dashboard.stale:
            self._wait(self.dashboard.refreshed, self.dashboard.refresh)
        with self.context.db.read() as session:
            detail = cs.get_commitment(session, self.commitment_id)
        title = f"Patrouille mixte Tombouctou–Goundam (bench {next(self.numbers)})"
        lines = tuple((n.id, n.version, n.to_input()) for n in detail.needs)
        self.edit = cs.CommitmentEdit(replace(detail.to_input(), title=title), lines)
        self.version = detail.version
        self.seen = {n.id: n.version for n in detail.needs}

    def save_and_show(self) -> None:
        """Save the new title as the editor does; return once the list shows it and the
        dashboard's key figures were read again."""
        from PySide6.QtCore import QEventLoop, QTimer

        from secframe.services import commitments as cs

        context, edit, version, seen = self.context, self.edit, self.version, self.seen
        framework_id = context.framework_id
        assert framework_id is not None
        loop = QEventLoop()
        pending = {"row", "figures"}

        def done(what: str) -> None:
            pending.discard(what)
            if not pending:
                loop.quit()

        def row_shown() -> None:
            row = self.page.model.row_of(self.commitment_id)
            if row >= 0 and self.page.model.rows[row].row.title == edit.fields.title:
                done("row")

        self.page.loaded.connect(row_shown)
        self.dashboard.figures_shown.connect(lambda: done("figures"))
        QTimer.singleShot(60_000, loop.quit)
        context.write(
            None,
            lambda session: cs.save_commitment(
                session,
                framework_id,
                self.commitment_id,
                edit,
                expected_version=version,
                seen_lines=seen,
            ),
            title="",
            progress=False,
        )
        loop.exec()
        self.page.loaded.disconnect(row_shown)
        self.dashboard.figures_shown.disconnect()
        self.page.view.viewport().repaint()
        self.dashboard.repaint()
        assert not pending, f"not shown: {pending}"


def benchmarks(ctx: Context) -> list[Benchmark]:
    """One commitment saved, shown in the list and the key figures."""
    views = _Views(ctx)
    return [
        Benchmark(
            "save one commitment: UI-thread time until shown",
            views.save_and_show,
            baseline=views.gui.bare_window,
            baseline_name="bare window shown",
            goal_ms=100,
            repeat=7,
            setup=views.prepare,
            clock=time.thread_time,
        ),
        Benchmark(
            "save one commitment: wall time until shown",
            views.save_and_show,
            baseline=views.gui.bare_window,
            baseline_name="bare window shown",
            repeat=7,
            setup=views.prepare,
        ),
    ]
