"""Python's garbage collector tuned for a desktop session (no Qt: the benches use it too).

Why: the cyclic collector's full (generation 2) pass walks every object alive. Once the app
has started, that is some 200,000 objects — modules, classes, SQLAlchemy's mappers, Qt's
wrappers — which live as long as the session, yet each full pass walks them again: 13 to
130 ms a time, falling wherever the allocations happen to trigger it (opening the database,
reading the 5,000 commitments, drawing the dashboard). Reference counting frees almost
everything anyway; the collector is only there for cycles.

So ``pause_collection()`` turns the collector off while the app starts (every object made
then lives for the session), and ``settle_after_start()`` — once the first page shows its
data — moves every object tracked to the permanent generation (``gc.freeze()``: never
walked again; the few cycles that became garbage during the start-up stay with them) and
turns the collector on again with a higher first threshold (fewer, still short, young passes
while a list or a chart builds its objects). The collector is never left off: the pause ends
after ``timeout_s`` whatever happens (a prompt for a passphrase, an error dialog).

The desktop app then goes one step further (``settle_after_start(automatic=False)`` and
``collect_due()`` on a timer of its UI thread, see ``ui.app``): the automatic collector runs
on whichever thread happens to allocate, so it could free a cycle holding a Qt object on a
worker thread (Qt objects must be destroyed on their own thread: a crash), and it paused the
background jobs (the dashboard's drawing) in the middle of their work. Collected on the UI
thread between two events, the same cycles are freed at the same pace, safely.
"""

from __future__ import annotations

import gc
import threading

# Objects allocated (minus those freed) before a young collection: 700 by default. Young
# passes then come ~14 times less often; each walks at most this many objects (< 1 ms).
FIRST_THRESHOLD = 10_000
START_TIMEOUT_S = 5.0

_lock = threading.Lock()
_pending: list[threading.Timer] = []


def pause_collection(timeout_s: float = START_TIMEOUT_S) -> threading.Timer:
    """Turn the cyclic collector off for the start-up; it comes back on at
    ``settle_after_start()``, or after ``timeout_s`` at the latest (the timer returned)."""
    timer = threading.Timer(timeout_s, settle_after_start)
    timer.daemon = True  # never keeps the app alive
    with _lock:
        _pending.append(timer)
        gc.disable()
    timer.start()
    return timer


def settle_after_start(*, automatic: bool = True) -> None:
    """Keep the objects alive now out of every later collection (they live for the session)
    and turn the collector on again, with a higher first threshold (again: also freezes what
    was made meanwhile). ``automatic=False`` leaves the collection to ``collect_due()``,
    called by the program on the thread of its choice."""
    with _lock:
        for timer in _pending:
            timer.cancel()
        _pending.clear()
        gc.freeze()
        _, second, third = gc.get_threshold()
        gc.set_threshold(FIRST_THRESHOLD, second, third)
        if automatic:
            gc.enable()
        else:
            gc.disable()


def collect_due() -> int:
    """Collect what the automatic collector would have collected by now (the young objects
    once more than the first threshold were allocated, the older generations after as many
    young passes as their thresholds say); returns the unreachable objects found."""
    first, second, third = gc.get_threshold()
    young, passes, older_passes = gc.get_count()
    if young <= first:
        return 0
    generation = 0
    if passes + 1 > second:
        generation = 2 if older_passes + 1 > third else 1
    return gc.collect(generation)


def collection_paused() -> bool:
    """Whether the collector is off, waiting for ``settle_after_start()``."""
    with _lock:
        return bool(_pending)
