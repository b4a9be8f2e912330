"""The background job runner: results, errors and cancel come back to the GUI thread."""

from __future__ import annotations

import logging
import threading

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.jobs import Cancelled, JobState
from secframe.services.changes import MEETING, Changes
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


def _blocked_job(release: threading.Event, outcome: object = 42):  # type: ignore[no-untyped-def]
    """A job that waits for ``release``, then returns ``outcome`` (or raises it)."""

    def job(state: JobState) -> object:
        release.wait(5)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return job


def _wait_for(qtbot, handle) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: handle.done, timeout=5000)


def test_results_of_a_closed_widget_are_dropped_and_logged(qtbot, caplog):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    caplog.set_level(logging.DEBUG, logger="secframe.ui.workers")
    widget = QWidget()
    release = threading.Event()
    calls: list[object] = []
    handle = start_job(
        widget,
        _blocked_job(release),
        title="Chargement",
        on_done=calls.append,
        on_settled=lambda ok: calls.append(("settled", ok)),
        delay_ms=0,  # the progress dialog (a child of the widget) is shown at once
    )
    shiboken6.delete(widget)  # the window was closed while the job ran
    release.set()
    _wait_for(qtbot, handle)
    assert calls == [("settled", True)]  # bookkeeping still runs; the widget is not reached
    assert "result dropped" in caplog.text


def test_errors_of_a_closed_widget_are_not_shown(qtbot, caplog, shown_messages):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    caplog.set_level(logging.DEBUG, logger="secframe.ui.workers")
    widget = QWidget()
    release = threading.Event()
    rule = ServiceError(msg("Rules", QT_TRANSLATE_NOOP("Rules", "A title is required.")))
    handle = start_job(widget, _blocked_job(release, rule), title="Enregistrement", progress=False)
    shiboken6.delete(widget)
    release.set()
    _wait_for(qtbot, handle)
    assert shown_messages == []
    assert "error dropped" in caplog.text and "Le titre est obligatoire." in caplog.text


def test_a_live_widget_still_gets_its_result(qtbot):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    results: list[object] = []
    handle = start_job(widget, lambda _s: "ok", title="t", on_done=results.append)
    _wait_for(qtbot, handle)
    assert results == ["ok"]


def test_a_write_is_announced_even_when_its_window_was_closed(qtbot, tmp_path):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from tests.gui.helpers import make_context

    context = make_context(None, tmp_path)  # type: ignore[arg-type]  # no database needed
    widget = QWidget()
    changed: list[Changes] = []
    context.data_changed.connect(changed.append)
    release = threading.Event()
    handle = context.run(widget, _blocked_job(release), title="t", writes=True, changed=MEETING)
    shiboken6.delete(widget)
    release.set()
    _wait_for(qtbot, handle)
    assert changed == [Changes.of(MEETING)]  # the other views reload what was written


def test_a_load_for_a_closed_page_still_ends_the_busy_state(qtbot, sqlite_db, tmp_path):
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from tests.gui.helpers import make_context

    context = make_context(sqlite_db, tmp_path)
    widget = QWidget()
    release = threading.Event()
    shown: list[object] = []
    handle = context.load(widget, "page", lambda _session: release.wait(5), shown.append)
    assert context.loading
    shiboken6.delete(widget)
    release.set()
    _wait_for(qtbot, handle)
    assert not context.loading and shown == []


def test_a_read_whose_database_was_closed_meanwhile_is_dropped_quietly(
    qtbot, sqlite_db, tmp_path, shown_messages
):
    from tests.gui.helpers import make_context

    context = make_context(sqlite_db, tmp_path)
    sqlite_db.close()  # e.g. converted to an encrypted file while a page waited to read
    delivered: list[object] = []
    job = context.load(None, "late", lambda session: 1, delivered.append)
    qtbot.waitUntil(lambda: job.done, timeout=5000)
    assert delivered == [] and shown_messages == []


def test_a_finished_job_is_freed_without_the_garbage_collector(qtbot):
    """The pool keeps no job, and no reference cycle is left through its callbacks: a day of
    work leaves no jobs (nor the pages their callbacks hold) behind, and the collector never
    has to free a job's QObject on a worker thread."""
    import gc
    import weakref

    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    outcomes: list[str] = []
    enabled = gc.isenabled()
    gc.disable()
    try:
        jobs = [
            start_job(host, lambda _s: 1, title="t", on_done=lambda _r: outcomes.append("done")),
            start_job(host, lambda _s: 1 / 0, title="t", on_error=lambda _e: outcomes.append("error")),
        ]  # fmt: skip
        qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=5000)  # after each job's finish
        assert all(job.done for job in jobs)
        freed = [weakref.ref(job) for job in jobs]
        del jobs
        qtbot.waitUntil(lambda: all(ref() is None for ref in freed), timeout=5000)
    finally:
        if enabled:
            gc.enable()
