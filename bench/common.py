"""The benchmark harness: what a benchmark is, how it is timed and reported."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secframe.db import Database


@dataclass
class Context:
    """What every benchmark module gets: the large database and what it holds."""

    db_path: Path
    db: Database
    framework_id: int
    sizes: dict[str, int]
    out_dir: Path
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Benchmark:
    """One measured operation, optionally against a baseline measured in the same run.

    ``goal_ms`` is an absolute goal on the median time; ``goal_ratio`` a goal on
    median / baseline median. ``setup`` runs before each repetition, untimed. ``clock`` is
    what is measured: wall time by default, ``time.thread_time`` for the CPU time of the
    calling (UI) thread only.
    """

    name: str
    run: Callable[[], Any]
    baseline: Callable[[], Any] | None = None
    baseline_name: str = ""
    goal_ms: float | None = None
    goal_ratio: float | None = None
    repeat: int = 5
    setup: Callable[[], Any] | None = None
    clock: Callable[[], float] = time.perf_counter


@dataclass
class Result:
    """The measured figures of one benchmark."""

    name: str
    median_ms: float
    baseline_ms: float | None
    baseline_name: str
    goal_ms: float | None
    goal_ratio: float | None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Median time over the baseline's."""
        if self.baseline_ms in (None, 0):
            return None
        return self.median_ms / self.baseline_ms  # type: ignore[operator]

    @property
    def met(self) -> bool | None:
        """Whether every goal set was met (None when there is no goal)."""
        checks = []
        if self.goal_ms is not None:
            checks.append(self.median_ms <= self.goal_ms)
        if self.goal_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.goal_ratio)
        return all(checks) if checks else None


def timed(
    fn: Callable[[], Any],
    repeat: int,
    setup: Callable[[], Any] | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Median time (``clock``: wall time by default) of ``fn`` in milliseconds over
    ``repeat`` runs."""
    return statistics.median(_once(fn, setup, clock) for _ in range(max(repeat, 1)))


def _once(
    fn: Callable[[], Any], setup: Callable[[], Any] | None, clock: Callable[[], float]
) -> float:
    """One run of ``fn`` in milliseconds (``setup`` untimed)."""
    if setup is not None:
        setup()
    gc.collect()
    start = clock()
    fn()
    return (clock() - start) * 1000


def measure(b: Benchmark) -> Result:
    """Time a benchmark and its baseline (if any) in the same run, one after the other in
    turn: on a shared machine both then see the same load, and the ratio compares like with
    like instead of two moments of a busy machine."""
    if b.baseline is None:
        median = timed(b.run, b.repeat, b.setup, b.clock)
        return Result(b.name, median, None, b.baseline_name, b.goal_ms, b.goal_ratio)
    runs, bases = [], []
    for _ in range(max(b.repeat, 1)):
        runs.append(_once(b.run, b.setup, b.clock))
        bases.append(_once(b.baseline, None, b.clock))
    return Result(
        b.name,
        statistics.median(runs),
        statistics.median(bases),
        b.baseline_name,
        b.goal_ms,
        b.goal_ratio,
    )


def report(results: list[Result]) -> str:
    """The results as a plain-text table."""
    lines = [
        f"{'benchmark':<44} {'median':>10} {'baseline':>10} {'ratio':>7}  {'goal':<14} ok",
        "-" * 92,
    ]
    for r in results:
        goal = " ".join(
            g
            for g in (
                f"<{r.goal_ms:g} ms" if r.goal_ms is not None else "",
                f"≤{r.goal_ratio:g}×" if r.goal_ratio is not None else "",
            )
            if g
        )
        ok = {True: "yes", False: "NO", None: ""}[r.met]
        base = f"{r.baseline_ms:.1f}" if r.baseline_ms is not None else ""
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else ""
        lines.append(f"{r.name:<44} {r.median_ms:>8.1f}ms {base:>10} {ratio:>7}  {goal:<14} {ok}")
        if r.note:
            lines.append(f"    {r.note}")
    return "\n".join(lines)


class GuiSession:
    """A QApplication in French with an application context on the bench database, showing
    its framework, with private settings (the desktop benches build their pages on it, then
    call ``settle()``)."""

    def __init__(self, ctx: Context) -> None:
        import sys
        import tempfile

        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from secframe.ui.context import AppContext
        from secframe.ui.language import install_language

        self.app = QApplication.instance() or QApplication(sys.argv)
        install_language("fr")
        self.settings_dir = tempfile.TemporaryDirectory()
        settings = QSettings(f"{self.settings_dir.name}/s.ini", QSettings.Format.IniFormat)
        self.context = AppContext(ctx.db, settings)
        self.context.set_framework(ctx.framework_id)
        self.settle()

    def settle(self) -> None:
        """Garbage collection as in the app once started: what lives for the session is
        frozen out of later collections and the collector runs on the UI thread
        (``ui.app.collect_on_ui_thread``; again once the pages are built)."""
        from secframe.ui.app import collect_on_ui_thread

        collect_on_ui_thread()

    def bare_window(self) -> None:
        """A bare window shown and painted (the baseline of the desktop benches)."""
        from PySide6.QtWidgets import QMainWindow

        window = QMainWindow()
        window.resize(1200, 700)
        window.show()
        window.repaint()
        window.close()
