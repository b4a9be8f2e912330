"""The garbage collector is paused while the app starts, and always comes back on."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from secframe import memory


@pytest.fixture(autouse=True)
def _collector_as_before() -> Iterator[None]:
    """Whatever a test does, the test process gets its collector back as it was."""
    threshold = gc.get_threshold()
    yield
    memory.settle_after_start()  # cancels a pause a failed test left behind
    gc.unfreeze()
    gc.set_threshold(*threshold)
    gc.enable()


def test_the_collector_comes_back_once_the_first_page_shows_its_data() -> None:
    timer = memory.pause_collection(timeout_s=60)
    assert not gc.isenabled() and memory.collection_paused()
    memory.settle_after_start()
    assert gc.isenabled() and not memory.collection_paused()
    timer.join()  # cancelled: ends at once instead of waiting 60 s
    assert not timer.is_alive()


def test_the_collector_comes_back_after_the_timeout_whatever_happens() -> None:
    memory.pause_collection(timeout_s=0.01).join()
    assert gc.isenabled() and not memory.collection_paused()


def test_settling_keeps_the_objects_alive_out_of_later_collections() -> None:
    memory.pause_collection(timeout_s=60)
    lived = [[object()] for _ in range(10)]  # lists: tracked by the collector
    frozen_before = gc.get_freeze_count()
    memory.settle_after_start()
    assert gc.get_freeze_count() > frozen_before
    young = {id(o) for o in gc.get_objects(generation=0)}
    assert all(gc.is_tracked(o) and id(o) not in young for o in lived)
    assert gc.get_threshold()[0] == memory.FIRST_THRESHOLD


def _cycles(count: int) -> list[weakref.ref[Node]]:
    """``count`` unreachable cycles; weak references tell when they are freed."""
    refs = []
    for _ in range(count):
        a, b = Node(), Node()
        a.other, b.other = b, a
        refs.append(weakref.ref(a))
    return refs


class Node:
    other: Node | None = None


def test_collecting_when_due_frees_cycles_only_once_enough_was_allocated() -> None:
    memory.settle_after_start(automatic=False)
    assert not gc.isenabled()
    gc.collect()
    few = _cycles(10)
    assert memory.collect_due() == 0  # far below the first threshold: nothing walked yet
    assert all(ref() is not None for ref in few)
    many = _cycles(memory.FIRST_THRESHOLD)  # two objects and their dicts each: over it
    assert memory.collect_due() > 0
    assert all(ref() is None for ref in few + many)
    assert not gc.isenabled()  # still only when asked
