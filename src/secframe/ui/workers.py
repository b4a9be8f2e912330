"""One worker type for long jobs: a job run on a thread pool, results back by queued signals.

``start_job(parent, fn, ...)`` runs ``fn(state)`` off the UI thread. A progress dialog with a
Cancel button appears if the job lasts more than a moment; the result (or error) comes back to
the GUI thread — unless the widget that started the job was closed meanwhile: then the
result or error is dropped (and logged), never handed to a widget that no longer exists. Jobs
that write to the database go through a single-thread pool, one at a time. User errors (rules,
database problems) are shown in the user's words; anything else is logged with its traceback
and the user is told where the log is.

A job lives until its outcome was handled: the pool holds only its ``run`` (released once it
ran), and its signals' QObject belongs to a UI-thread owner and is deleted there (never by a
worker thread dropping the last reference), which also drops the callbacks it held.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from secframe import config
from secframe.jobs import Cancelled, JobState
from secframe.services.errors import ServiceError, ValidationError

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


_owner: list[QObject] = []  # the UI-thread parent of the jobs' signals (made on first use)


def _signals_owner() -> QObject:
    if not _owner:
        _owner.append(QObject())
    return _owner[0]


class Job:
    """A long job running ``fn(state)`` on a worker thread (made on the UI thread)."""

    def __init__(self, fn: Callable[[JobState], Any]) -> None:
        self.fn = fn
        self.signals = _Signals(_signals_owner())  # deleted by ``release``, on the UI thread
        self.state = JobState(on_progress=self.signals.progress.emit)
        self.done = False

    def run(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self.fn(self.state)
        except Cancelled:
            self._tell(self.signals.cancelled)
        except BaseException as err:
            if _database_closed(err):  # closed (another file opened) before the job ran
                self._tell(self.signals.cancelled)
                return
            if is_user_error(err):  # shown to the user: in the log too, with its details
                log_user_error(err)
            self._tell(self.signals.failed, err)
        else:
            self._tell(self.signals.finished, result)

    def _tell(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the application quit meanwhile: no one is left to tell
            log.debug("A job ended after the application quit; its outcome is dropped")

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self.state.cancel()

    def release(self) -> None:
        """Once the outcome was handled (UI thread): delete the signals' QObject, and with it
        the callbacks connected to it (they refer to the job: a cycle otherwise)."""
        if isValid(self.signals):
            self.signals.deleteLater()


def _database_closed(err: BaseException) -> bool:
    db_errors = sys.modules.get("secframe.db.errors")  # see is_user_error
    return db_errors is not None and isinstance(err, db_errors.DatabaseClosed)


def is_user_error(err: BaseException) -> bool:
    """Whether an error is one the user can act on (a broken rule, a database problem)."""
    if isinstance(err, ServiceError):
        return True
    # Not imported at start-up (it brings SQLAlchemy); if it was never imported, no
    # DatabaseError can have been raised.
    db_errors = sys.modules.get("secframe.db.errors")
    return db_errors is not None and isinstance(err, db_errors.DatabaseError)


def log_user_error(err: BaseException) -> None:
    """Log an error shown to the user with its details: the message's source text and the
    driver's words (never the values: logs never hold the data), and its traceback."""
    if isinstance(err, ValidationError):  # shown under the fields: which ones is enough
        log.info("Refused input: %s", ", ".join(e.field for e in err.errors))
        return
    message = getattr(err, "message", None)
    log.warning(
        "%s: %s [%s]",
        type(err).__name__,
        getattr(message, "source", type(err).__name__),
        getattr(err, "detail", "") or "",
        exc_info=(type(err), err, err.__traceback__),
    )


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
    on_settled: Callable[[bool], None] | None = None,
    writes: bool = False,
    progress: bool = True,
    delay_ms: int = 400,
) -> Job:
    """Run ``fn(state)`` in the background; callbacks run on the GUI thread.

    With ``progress``, a modal progress dialog (with Cancel) shows if the job is not done after
    ``delay_ms``. Without ``on_error``, errors are shown with ``show_error``. When ``parent``
    was deleted before the job ended (its window closed), the result, error or cancellation is
    dropped and logged instead of reaching a widget that no longer exists. ``on_settled(ok)``
    runs first after every outcome, even then, for what does not touch the widget (announcing
    a write, counting running jobs); ``ok`` is True when the job succeeded.
    """
    job = Job(fn)
    dialog = _progress_dialog(job, parent, title, delay_ms) if progress else None

    def finish(ok: bool) -> bool:
        """Bookkeeping of every outcome; True when the callbacks may run."""
        job.done = True
        job.release()
        _running.discard(job)
        if dialog is not None and isValid(dialog):
            dialog.canceled.disconnect(job.cancel)
            dialog.close()
            dialog.deleteLater()
        if on_settled is not None:
            on_settled(ok)
        return parent is None or isValid(parent)

    def done(result: object) -> None:
        if not finish(True):
            log.debug("%s: result dropped, its window was closed", title or "job")
        elif on_done is not None:
            on_done(result)

    def failed(err: BaseException) -> None:
        if not finish(False):
            _dropped_error(title, err)
        elif on_error is not None:
            on_error(err)
        else:
            show_error(parent, err, title)

    def cancelled() -> None:
        if finish(False) and on_cancel is not None:
            on_cancel()

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    _running.add(job)
    (_write_pool if writes else _read_pool).start(job.run)
    return job


def _progress_dialog(
    job: Job, parent: QWidget | None, title: str, delay_ms: int
) -> QProgressDialog:
    """A modal progress dialog with Cancel, shown if the job still runs after ``delay_ms``."""
    cancel = QCoreApplication.translate("Workers", "Cancel")
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel)

    def on_progress(done: int, total: int, message: str) -> None:
        if job.done or not isValid(dialog):
            return
        dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def show_if_still_running() -> None:
        if not job.done and isValid(dialog):
            dialog.show()

    job.signals.progress.connect(on_progress)
    QTimer.singleShot(delay_ms, dialog, show_if_still_running)
    return dialog


def _dropped_error(title: str, err: BaseException) -> None:
    """An error of a job whose window was closed: logged, not shown (a bug keeps its trace)."""
    if is_user_error(err):
        log.debug("%s: error dropped, its window was closed: %s", title or "job", err)
    else:
        log.error(
            "Unexpected error (its window was closed)",
            exc_info=(type(err), err, err.__traceback__),
        )


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Block until every background job has finished (used when the app quits)."""
    return _write_pool.waitForDone(timeout_ms) and _read_pool.waitForDone(timeout_ms)
