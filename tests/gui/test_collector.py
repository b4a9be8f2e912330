"""Once started, the desktop app collects Python's garbage cycles on its UI thread only: the
automatic collector could free a Qt object on a worker thread, and paused the background jobs."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from secframe import memory
from secframe.ui.app import collect_on_ui_thread


class Node:
    other: Node | None = None


@pytest.fixture
def ui_collector() -> Iterator[QTimer]:
    threshold = gc.get_threshold()
    collect_on_ui_thread()
    app = QApplication.instance()
    timer = app.findChild(QTimer, "secframe_collector")
    yield timer
    timer.stop()
    timer.setParent(None)
    timer.deleteLater()
    app.setProperty("secframe_collector", False)
    gc.unfreeze()
    gc.set_threshold(*threshold)
    gc.enable()


def test_cycles_are_collected_on_the_ui_thread_only(qtbot, ui_collector):
    assert not gc.isenabled()  # never on a worker thread's allocation
    assert ui_collector.isActive()
    threads: list[threading.Thread] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread())

    refs = []

    def make_garbage() -> None:  # on a worker, as a background job would
        for _ in range(memory.FIRST_THRESHOLD):
            a, b = Node(), Node()
            a.other, b.other = b, a
            refs.append(weakref.ref(a))

    gc.callbacks.append(note)
    try:
        worker = threading.Thread(target=make_garbage)
        worker.start()
        worker.join()
        assert threads == [] and all(ref() is not None for ref in refs)
        qtbot.waitUntil(lambda: all(ref() is None for ref in refs), timeout=10_000)
    finally:
        gc.callbacks.remove(note)
    assert threads and all(t is threading.main_thread() for t in threads)


def test_settling_twice_starts_one_collector(qtbot, ui_collector):
    collect_on_ui_thread()  # a second window's pages
    assert len(QApplication.instance().findChildren(QTimer, "secframe_collector")) == 1
    assert not gc.isenabled()
