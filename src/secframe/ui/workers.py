"""One worker type for long jobs: a QRunnable on a thread pool, results back by queued signals.

``start_job(parent, fn, ...)`` runs ``fn(state)`` off the UI thread. A progress dialog with a
Cancel button appears if the job lasts more than a moment; the result (or error) comes back to
the GUI thread. Jobs that write to the database go through a single-thread pool, one at a time.
User errors (rules, database problems) are shown in the user's words; anything else is logged
with its traceback and the user is told where the log is.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from secframe import config
from secframe.jobs import Cancelled, JobState
from secframe.services.errors import ServiceError

log = logging.getLogger(__name__)

_read_pool = QThreadPool()
_write_pool = QThreadPool()
_write_pool.setMaxThreadCount(1)
_running: set[Job] = set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Job(QRunnable):
    """A long job running ``fn(state)`` on a worker thread."""

    def __init__(self, fn: Callable[[JobState], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()
        self.state = JobState(on_progress=self.signals.progress.emit)
        self.done = False

    def run(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self.fn(self.state)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as err:
            self.signals.failed.emit(err)
        else:
            self.signals.finished.emit(result)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self.state.cancel()


def is_user_error(err: BaseException) -> bool:
    """Whether an error is one the user can act on (a broken rule, a database problem)."""
    if isinstance(err, ServiceError):
        return True
    # Not imported at start-up (it brings SQLAlchemy); if it was never imported, no
    # DatabaseError can have been raised.
    db_errors = sys.modules.get("secframe.db.errors")
    return db_errors is not None and isinstance(err, db_errors.DatabaseError)


def show_error(parent: QWidget | None, err: BaseException, title: str = "secframe") -> None:
    """Tell the user about an error: theirs in their words, ours with the log's location."""
    if is_user_error(err):
        QMessageBox.warning(parent, title, str(err))
        return
    log.error("Unexpected error", exc_info=(type(err), err, err.__traceback__))
    QMessageBox.critical(
        parent,
        title,
        QCoreApplication.translate(
            "Workers", "Something went wrong. The details were written to the log file:\n{log}"
        ).format(log=config.log_file()),
    )


def start_job(
    parent: QWidget | None,
    fn: Callable[[JobState], Any],
    *,
    title: str,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    writes: bool = False,
    progress: bool = True,
    delay_ms: int = 400,
) -> Job:
    """Run ``fn(state)`` in the background; callbacks run on the GUI thread.

    With ``progress``, a modal progress dialog (with Cancel) shows if the job is not done after
    ``delay_ms``. Without ``on_error``, errors are shown with ``show_error``.
    """
    job = Job(fn)
    dialog: QProgressDialog | None = None
    if progress:
        cancel = QCoreApplication.translate("Workers", "Cancel")
        dialog = QProgressDialog(title, cancel, 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(delay_ms)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)

        def on_progress(done: int, total: int, message: str) -> None:
            if dialog is None or job.done:
                return
            dialog.setMaximum(total)
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(message)

        job.signals.progress.connect(on_progress)

        def show_if_still_running() -> None:
            if dialog is not None and not job.done:
                dialog.show()

        QTimer.singleShot(delay_ms, show_if_still_running)

    def finish() -> None:
        job.done = True
        _running.discard(job)
        if dialog is not None:
            dialog.canceled.disconnect(job.cancel)
            dialog.close()
            dialog.deleteLater()

    def done(result: object) -> None:
        finish()
        if on_done is not None:
            on_done(result)

    def failed(err: BaseException) -> None:
        finish()
        if on_error is not None:
            on_error(err)
        else:
            show_error(parent, err, title)

    def cancelled() -> None:
        finish()
        if on_cancel is not None:
            on_cancel()

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    _running.add(job)
    (_write_pool if writes else _read_pool).start(job)
    return job


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Block until every background job has finished (used when the app quits)."""
    return _write_pool.waitForDone(timeout_ms) and _read_pool.waitForDone(timeout_ms)
