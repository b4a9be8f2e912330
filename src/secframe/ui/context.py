"""The application context handed to every view: database, settings, current framework, and the
operations through which every view reads and writes the database.

Operations (in the spirit of Anki's ``aqt.operations``), all on the one worker of
``ui.workers`` — no view opens a database session on the UI thread:

- ``context.load(parent, key, fn, on_done)`` reads: ``fn(session)`` in the background, then
  ``on_done(result)`` on the UI thread (only the latest load of each ``key`` is delivered);
- ``context.write(parent, fn, title=…, on_done=…)`` writes: ``fn(session)`` in one unit of
  work on the database thread. ``fn`` returns a ``services.changes.Saved(value, changes)`` or a
  plain value (then the changes are what the session flushed). ``on_done`` gets the value;
  ``data_changed`` announces the ``Changes`` to every view, even if ``parent`` was closed;
- ``context.run(parent, fn, …)`` runs any other long job (exports, imports) with a progress
  dialog.

Views listen to ``data_changed(changes)`` and refresh only what the ``Changes`` names: e.g.
``if changes.touches(COMMITMENT): ids = changes.ids_of(COMMITMENT)`` (None: reload all).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from secframe.jobs import JobState
from secframe.services.changes import EVERYTHING, Changes, Saved, as_changes, recorded
from secframe.ui.settings import remember_framework
from secframe.ui.workers import Job, show_error, start_job

if TYPE_CHECKING:  # SQLAlchemy is imported after the window is shown (start-up time)
    from sqlalchemy.orm import Session

    from secframe.db import Database

T = TypeVar("T")


class AppContext(QObject):
    """Explicit shared state instead of globals (one per main window).

    ``data_changed(changes)`` is emitted after every successful write with a
    ``services.changes.Changes`` saying which records changed; views refresh what they show of
    them. ``framework_changed(id)`` follows the framework selector (0 when the database
    holds no framework). ``database_changed`` follows File › Open. ``busy_changed(bool)`` tells
    whether background reads started with ``load`` are running (the window shows it).

    At start-up the window is shown before the database is open (``db`` is None until the
    first ``set_database``); pages and extensions are only built once it is.
    """

    data_changed = Signal(object)  # services.changes.Changes
    framework_changed = Signal(int)
    database_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, db: Database | None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db: Database = db  # type: ignore[assignment]  # None only before start-up ends
        if settings is None:
            from secframe.ui.settings import app_settings

            settings = app_settings()
        self.settings = settings
        self._framework_id: int | None = None
        self.framework_short_names: dict[int, str] = {}  # filled when the frameworks are read
        self._loads: dict[str, int] = {}
        self._running = 0
        self.undo_history: Any = None  # services.undo.UndoHistory once a database is open
        if db is not None:
            self._track_changes(db)

    def _track_changes(self, db: Database) -> None:
        """Keep this session's changes to ``db`` for Edit › Undo (a new history per database)."""
        from secframe.services.undo import UndoHistory

        self.undo_history = UndoHistory(db.user)
        self.undo_history.attach(db.session_factory)

    @property
    def framework_id(self) -> int | None:
        """The framework the views show (None when the database has none)."""
        return self._framework_id

    def set_framework(self, framework_id: int | None) -> None:
        """Switch every view to another framework and remember it for this database."""
        if framework_id == self._framework_id:
            return
        self._framework_id = framework_id
        if framework_id is not None and self.db is not None:
            remember_framework(self.settings, self.db.location, framework_id)
        self.framework_changed.emit(framework_id or 0)

    @property
    def read_only(self) -> bool:
        """Whether the database is open read-only (asked for, or not writable by this account):
        the views then offer nothing that writes (``ui.read_only``)."""
        return self.db is not None and self.db.read_only

    def read_only_message(self) -> str:
        """Why the database is read-only, in the user's words ("" when it is not)."""
        reason = self.db.read_only_reason if self.db is not None else None
        return reason.message(self.db.location).render() if reason is not None else ""

    def set_database(self, db: Database) -> None:
        """Switch to another database (the caller closes the old one)."""
        self.db = db
        self._framework_id = None
        self._track_changes(db)
        self.database_changed.emit()

    def notify_changed(self, changes: Changes | str = "") -> None:
        """Tell the views what changed: a ``Changes``, or a kind's name ("": anything)."""
        self.data_changed.emit(as_changes(changes))

    def write(
        self,
        parent: QWidget | None,
        fn: Callable[[Session], Any],
        *,
        title: str,
        on_done: Callable[[Any], None] | None = None,
        note: str = "desktop",
        **kw: Any,
    ) -> Job:
        """Write in one unit of work on the database thread, then announce what changed.

        ``fn(session)`` returns ``Saved(value, changes)`` or a plain value (its changes are
        then what the session flushed); ``on_done(value)`` runs on the UI thread.
        """
        db = self.db
        outcome: dict[str, Changes] = {}

        def job(_state: JobState) -> Any:
            with db.write(note) as session:
                result = fn(session)
            if isinstance(result, Saved):
                outcome["changes"] = result.changes or recorded(session)
                return result.value
            outcome["changes"] = recorded(session)
            return result

        def settled(ok: bool) -> None:
            if ok:
                self.notify_changed(outcome.get("changes", EVERYTHING))

        return start_job(
            parent, job, title=title, on_done=on_done, on_settled=settled, writes=True, **kw
        )

    def run(
        self,
        parent: QWidget | None,
        fn: Callable[[JobState], Any],
        *,
        title: str,
        on_done: Callable[[Any], None] | None = None,
        writes: bool = False,
        changed: Changes | str | None = None,
        **kw: Any,
    ) -> Job:
        """Run a long job in the background; after a write, ``changed`` is notified (even if
        ``parent`` was closed meanwhile: the other views still need to know). Database writes
        whose changes are known are better run with ``write``."""

        def settled(ok: bool) -> None:
            if ok and changed is not None:
                self.notify_changed(changed)

        return start_job(
            parent, fn, title=title, on_done=on_done, on_settled=settled, writes=writes, **kw
        )

    def load(
        self,
        parent: QWidget | None,
        key: str,
        fn: Callable[[Session], T],
        on_done: Callable[[T], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> Job:
        """Read in the background, without a dialog: ``fn(session)``, then ``on_done(result)``.

        Only the latest load of each ``key`` delivers its result: a list reloaded twice in a
        row (framework switched while loading) never shows the older rows.
        """
        ticket = self._loads.get(key, 0) + 1
        self._loads[key] = ticket
        db = self.db

        def job(state: JobState) -> T:
            with db.read() as session:
                return fn(session)

        def settled(_ok: bool) -> None:
            self._running -= 1
            if self._running == 0:
                self.busy_changed.emit(False)

        def latest() -> bool:
            return self._loads.get(key) == ticket and self.db is db

        def done(result: T) -> None:
            if latest():
                on_done(result)

        def failed(err: BaseException) -> None:
            if not latest():
                return
            if on_error is not None:
                on_error(err)
            else:
                show_error(parent, err)

        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(True)
        return start_job(
            parent,
            job,
            title="",
            on_done=done,
            on_error=failed,
            on_settled=settled,
            progress=False,
        )

    @property
    def loading(self) -> bool:
        """Whether background reads are running."""
        return self._running > 0
