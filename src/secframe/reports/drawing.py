"""Drawing charts off screen, in this process or in a helper process beside it.

Drawing a chart with matplotlib is Python work that holds the interpreter lock: threads draw
one chart at a time, so a dashboard of six charts took about a second on one core while the
office PC's other cores were idle. ``ChartProcess`` keeps one helper process that draws some
of the charts (from their input, see ``charts.chart_input``) while the calling thread draws
the others, and hands back their pixels; the caller builds the same figures without drawing
them and adopts these pixels (``adopt_pixels``), as if it had drawn them itself.

The helper is started on demand with the "spawn" method on every system (a fork of a process
running Qt threads is not safe), warmed up once (imports, fonts, the catalogue), then kept.
It draws nothing the calling thread would not draw identically: the same code, the same
fonts, the language sent with each chart. While it is not ready, on a single core, or after
it died, every chart is drawn in the calling thread as before (``ready`` is False).

The helper reads nothing from the database and writes nothing: it receives plain data and
returns pixels, so an encrypted database's key never leaves the app's process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
import warnings
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from secframe import i18n

log = logging.getLogger(__name__)

PixelSize = tuple[int, int]
SCREEN_DPI = 100.0


def inches(size: PixelSize) -> tuple[float, float]:
    """A canvas size in pixels as a figure size in inches at the screen resolution."""
    return max(size[0], 200) / SCREEN_DPI, max(size[1], 150) / SCREEN_DPI


@contextmanager
def cramped_allowed() -> Iterator[None]:
    """Draw without a warning when there is no room for the layout: a window made very small
    leaves a chart no room, it is drawn cramped, which is what the user sees anyway, and the
    next, larger size lays it out again."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "constrained_layout not applied", UserWarning)
        yield


def prerender(figure: Figure, ratio: float) -> None:
    """Draw a figure with Agg at ``ratio`` device pixels per pixel, so that a canvas showing it
    at that size only has to copy its pixels."""
    canvas = FigureCanvasAgg(figure)
    canvas._set_device_pixel_ratio(ratio)  # type: ignore[attr-defined]
    with cramped_allowed():
        canvas.draw()


@dataclass(frozen=True)
class Pixels:
    """A chart drawn elsewhere: its size in device pixels and its RGBA bytes."""

    width: int
    height: int
    rgba: bytes


def draw_pixels(key: str, inputs: Any, size: PixelSize, ratio: float, language: str) -> Pixels:
    """Build dashboard chart ``key`` from its input, draw it at ``size`` pixels and ``ratio``
    device pixels per pixel in ``language``, and return its pixels (the helper's work)."""
    from secframe.reports import charts

    if i18n.language() != language:
        i18n.set_language(language)
    figure = charts.chart_from_input(key, inputs, size=inches(size), dpi=SCREEN_DPI)
    if figure is None:
        raise ValueError(f"chart {key} has nothing to draw")
    prerender(figure, ratio)
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    width, height = canvas.get_width_height(physical=True)
    return Pixels(width, height, bytes(canvas.buffer_rgba()))


def adopt_pixels(figure: Figure, ratio: float, pixels: Pixels) -> bool:
    """Give ``figure`` (built, not drawn) an Agg canvas holding ``pixels``, as ``prerender``
    would have left it; False (nothing changed) when the sizes do not match."""
    canvas = FigureCanvasAgg(figure)
    canvas._set_device_pixel_ratio(ratio)  # type: ignore[attr-defined]
    if canvas.get_width_height(physical=True) != (pixels.width, pixels.height):
        return False
    import numpy as np

    buffer = np.asarray(canvas.get_renderer().buffer_rgba())
    buffer[...] = np.frombuffer(pixels.rgba, dtype=np.uint8).reshape(buffer.shape)
    return True


def _warm_up(language: str) -> None:
    """Run once in the helper: import and draw a small chart, so the first real one is fast."""
    from secframe.reports import charts  # noqa: F401 - imported once, here

    i18n.set_language(language)
    figure = Figure(figsize=(2, 1), dpi=SCREEN_DPI)
    figure.add_subplot().set_title("Aé")
    prerender(figure, 1.0)


def _warmed(started: float, warm: Future[None]) -> None:
    err = None if warm.cancelled() else warm.exception()
    if err is not None:
        log.error("The chart drawing helper process could not start: %s", err)
    elif not warm.cancelled():
        log.info("Chart drawing helper process ready in %.1f s", time.monotonic() - started)


class ChartProcess:
    """One helper process drawing charts beside the calling thread (see the module's text).

    ``start()`` spawns it in the background (nothing happens on a single core); ``ready`` says
    whether it can take charts; ``draw`` sends one; ``stop()`` ends it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._warm: Future[None] | None = None

    @staticmethod
    def useful() -> bool:
        """Whether a second process can draw at the same time (more than one core)."""
        return (os.cpu_count() or 1) > 1

    def start(self) -> None:
        """Start the helper if it is not running (it warms up in the background)."""
        with self._lock:
            if self._executor is not None or not self.useful():
                return
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
            self._warm = self._executor.submit(_warm_up, i18n.language())
            self._warm.add_done_callback(partial(_warmed, time.monotonic()))

    @property
    def ready(self) -> bool:
        """True once the helper is warm and alive."""
        warm = self._warm
        return warm is not None and warm.done() and warm.exception() is None

    def draw(self, key: str, inputs: Any, size: PixelSize, ratio: float) -> Future[Pixels]:
        """Send one chart to the helper (call only when ``ready``)."""
        executor = self._executor
        if executor is None:
            raise RuntimeError("the chart process is not running")
        return executor.submit(draw_pixels, key, inputs, size, ratio, i18n.language())

    def failed(self, err: BaseException) -> None:
        """A chart sent to the helper came back as an error: note it; a dead helper is
        stopped (the next ``start`` spawns a new one)."""
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(err, BrokenProcessPool):
            log.warning("The chart drawing process stopped; charts are drawn in the app")
            self.stop()
        else:
            log.warning("A chart could not be drawn by the helper process: %s", err)

    def stop(self) -> None:
        """End the helper (charts then draw in the calling thread)."""
        with self._lock:
            executor, self._executor, self._warm = self._executor, None, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


#: The app's helper, started by the dashboard once the app has settled.
chart_process = ChartProcess()
