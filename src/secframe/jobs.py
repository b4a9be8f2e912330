"""Long jobs as plain functions: ``run(..., state)`` reports progress and honours cancel.

The same function runs in a Qt worker thread (``secframe.ui.workers``), in the command line
(``TextProgress``) and in tests (``JobState``), so it is written and tested once, without Qt.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

from secframe.i18n import Message

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user cancelled the job; whatever it started was rolled back."""


class JobState:
    """Progress reporting and cancellation for one run of a long job (thread-safe)."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress
        self.done = 0
        self.total = 0
        self.message = ""

    @property
    def cancelled(self) -> bool:
        """Whether cancel was asked for."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report or check."""
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int = 0, message: str | Message | None = None) -> None:
        """Report ``done`` out of ``total`` steps (0: unknown), then check for cancel."""
        self.done, self.total = done, total
        if message is not None:
            self.message = str(message)
        if self._on_progress is not None:
            self._on_progress(done, total, self.message)
        self.check()


class TextProgress(JobState):
    """Progress on a terminal (stderr), at most a few updates per second."""

    def __init__(self, stream: TextIO | None = None, interval: float = 0.25) -> None:
        super().__init__()
        self._stream = stream or sys.stderr
        self._interval = interval
        self._last = 0.0
        self._shown = False

    def progress(self, done: int, total: int = 0, message: str | Message | None = None) -> None:
        super().progress(done, total, message)
        now = time.monotonic()
        if not self._stream.isatty() or (now - self._last < self._interval and done < total):
            return
        self._last = now
        share = f" {100 * done // total:3d} %" if total else ""
        self._stream.write(f"\r{self.message[:60]:<60}{share}")
        self._stream.flush()
        self._shown = True

    def finish(self) -> None:
        """End the progress line."""
        if self._shown:
            self._stream.write("\n")
            self._stream.flush()
