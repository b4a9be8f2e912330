"""The application context handed to every view: database, settings, current framework."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from secframe.db import Database
from secframe.jobs import JobState
from secframe.ui.workers import Job, start_job


class AppContext(QObject):
    """Explicit shared state instead of globals (one per main window).

    ``data_changed(entity)`` is emitted after every successful write, with the entity's class
    name ("Commitment", "Member", ...) or "" when anything may have changed; views reload what
    they show. ``framework_changed(id)`` follows the framework selector.
    """

    data_changed = Signal(str)
    framework_changed = Signal(int)
    database_changed = Signal()

    def __init__(self, db: Database, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or QSettings()
        self._framework_id: int | None = None

    @property
    def framework_id(self) -> int | None:
        """The framework the views show (None when the database has none)."""
        return self._framework_id

    def set_framework(self, framework_id: int | None) -> None:
        """Switch every view to another framework and remember it."""
        if framework_id == self._framework_id:
            return
        self._framework_id = framework_id
        if framework_id is not None:
            self.settings.setValue("last_framework", framework_id)
            self.framework_changed.emit(framework_id)

    def set_database(self, db: Database) -> None:
        """Switch to another database (the caller closes the old one)."""
        self.db = db
        self._framework_id = None
        self.database_changed.emit()

    def notify_changed(self, entity: str = "") -> None:
        """Tell the views that records of ``entity`` (or anything) changed."""
        self.data_changed.emit(entity)

    def run(
        self,
        parent: QWidget | None,
        fn: Callable[[JobState], Any],
        *,
        title: str,
        on_done: Callable[[Any], None] | None = None,
        writes: bool = False,
        changed: str | None = None,
        **kw: Any,
    ) -> Job:
        """Run a long job in the background; after a write, ``changed`` is notified."""

        def done(result: Any) -> None:
            if changed is not None:
                self.notify_changed(changed)
            if on_done is not None:
                on_done(result)

        return start_job(parent, fn, title=title, on_done=done, writes=writes, **kw)
