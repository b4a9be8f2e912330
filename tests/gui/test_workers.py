"""The background job runner: results, errors and cancel come back to the GUI thread."""

from __future__ import annotations

import threading

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.jobs import Cancelled, JobState
from secframe.services.errors import ServiceError
from secframe.ui.workers import start_job


def test_result_comes_back_on_the_gui_thread(qtbot):
    gui_thread = threading.get_ident()
    seen = {}

    def job(state: JobState) -> int:
        seen["worker"] = threading.get_ident()
        state.progress(1, 2, "half")
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    start_job(None, job, title="t", on_done=done, progress=False)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread


def test_user_errors_reach_on_error(qtbot):
    errors = []

    def job(state: JobState) -> None:
        raise ServiceError(msg("Rules", QT_TRANSLATE_NOOP("Rules", "A title is required.")))

    start_job(None, job, title="t", on_error=errors.append, progress=False)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "Le titre est obligatoire."


def test_cancel_stops_the_job_at_its_next_report(qtbot):
    started, release = threading.Event(), threading.Event()
    outcome = []

    def job(state: JobState) -> str:
        started.set()
        release.wait(5)
        for i in range(100):
            state.progress(i, 100)
        return "finished"

    handle = start_job(
        None,
        job,
        title="t",
        on_done=outcome.append,
        on_cancel=lambda: outcome.append("cancelled"),
        progress=False,
    )
    started.wait(5)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]


def test_job_state_raises_cancelled_when_asked():
    state = JobState()
    state.progress(1, 10)
    state.cancel()
    try:
        state.progress(2, 10)
    except Cancelled:
        pass
    else:  # pragma: no cover - the assertion below reports it
        raise AssertionError("progress() did not raise Cancelled")


def test_jobs_can_read_and_write_the_database(qtbot, sqlite_sample):
    from secframe.services.commitments import list_commitments

    db = sqlite_sample.db
    sqlite_sample.commitment("Lue ici")  # a connection is now open in the GUI thread
    rows = []

    def job(state: JobState) -> list[str]:
        with db.read() as s:
            return [c.title for c in list_commitments(s, sqlite_sample.framework_id)]

    start_job(None, job, title="t", on_done=rows.extend, progress=False)
    qtbot.waitUntil(lambda: bool(rows), timeout=5000)
    assert rows == ["Lue ici"]
