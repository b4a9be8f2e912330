"""What every record editor shares: save in one unit of work, errors beside fields, no lost work.

A subclass builds its form (wrapping inputs with ``self.errors.box(name, widget)`` under the
service's input field names) and provides ``collect()`` (the input dataclass, compared with
its value at load time to know whether something changed), ``problems()`` (text that cannot
be read, e.g. a date typed wrong) and ``write(session, data)`` (one service use case; it runs
in the database worker thread and must not touch widgets, and returns the use case's
``Saved(value, changes)`` or a plain value). ``saved(value)`` is emitted after a successful
save, just before the dialog closes; every view hears what changed through
``AppContext.data_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from secframe.db.errors import DatabaseError, RecordConflict
from secframe.i18n import translate
from secframe.services.errors import ConflictError, ServiceError, ValidationError
from secframe.ui import read_only
from secframe.ui.context import AppContext
from secframe.ui.dialogs import ask
from secframe.ui.widgets.errors import Banner, FormErrors
from secframe.ui.widgets.keyboard import link_buddies
from secframe.ui.workers import show_error

_DIFFERENT = object()
T = TypeVar("T")


class FormProblems(Exception):
    """Every problem of a form: what could not be read here and the rules the service found
    broken, by field (what was read here wins for the same field). Nothing was written."""

    def __init__(self, local: dict[str, str], err: ValidationError | None) -> None:
        super().__init__("form problems")
        problems: dict[str, str] = {}
        for e in err.errors if err is not None else ():
            text = str(e)
            problems[e.field] = f"{problems[e.field]}\n{text}" if e.field in problems else text
        problems.update(local)
        self.problems = problems


class RecordEditor(QDialog):
    """A dialog editing one record; Save writes everything in one transaction or nothing."""

    saved = Signal(object)
    ready = Signal()  # what the editor shows was read and is on screen

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.version: int | None = None
        self.result_value: Any = None
        self._initial: Any = _DIFFERENT
        self._saving = False
        self._reading = False
        self._body: QWidget | None = None
        self._first: QWidget | None = None
        self._close_after_save = True
        self.banner = Banner(self)
        self.errors = FormErrors(self.banner)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(translate("RecordEditor", "Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(translate("RecordEditor", "Save (Ctrl+S)"))
        self.cancel_button = QPushButton(translate("RecordEditor", "Cancel"), self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._dirty_timer = QTimer(self)  # the title's unsaved-changes mark follows the form
        self._dirty_timer.setInterval(400)
        self._dirty_timer.timeout.connect(self.show_modified)

    def setWindowTitle(self, title: str) -> None:
        """The title, with a mark (*) while there are unsaved changes."""
        super().setWindowTitle(title if "[*]" in title else f"{title} [*]")

    def show_modified(self) -> None:
        """Mark the title (*) when something was changed and not saved yet."""
        if not self._saving:
            self.setWindowModified(self._initial is not _DIFFERENT and self.is_dirty())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._dirty_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._dirty_timer.stop()
        super().hideEvent(event)

    def frame(self, body: QWidget, first: QWidget | None = None) -> None:
        """Lay out the banner, the form and the buttons; Alt+letter of a label reaches its input,
        and the dialog opens with the cursor in ``first``."""
        self._body, self._first = body, first
        layout = QVBoxLayout(self)
        if self.context.read_only:  # shown to look at: nothing can be saved
            layout.addWidget(read_only.notice(self.context, self))
        layout.addWidget(self.banner)
        layout.addWidget(body, 1)
        layout.addWidget(self.buttons)
        link_buddies(self)
        self._show_access()
        if first is not None:
            first.setFocus()

    def _show_access(self) -> None:
        """On a read-only database: the fields shown but not editable, Save greyed."""
        read_only.writable(self.context, self.save_button, not self._saving and not self._reading)
        if self.context.read_only and self._body is not None:
            read_only.freeze(self._body)

    # --- to provide ---------------------------------------------------------------------------

    def collect(self) -> Any:
        """The input as entered (a frozen dataclass, compared to know what changed)."""
        raise NotImplementedError

    def problems(self) -> dict[str, str]:
        """Fields whose text cannot be read, by input name, with the message to show."""
        return {}

    def write(self, session: Session, data: Any) -> Any:
        """Save ``data`` (runs in the database thread); returns what ``saved`` carries."""
        raise NotImplementedError

    def reload(self) -> None:
        """Show the record as it is now in the database (after a conflict)."""

    # --- reading ------------------------------------------------------------------------------

    def read_in_background(self, read: Callable[[Session], T], show: Callable[[T], None]) -> None:
        """Read what the editor shows off the UI thread (``read(session)``), then
        ``show(result)``; the form is disabled meanwhile and clean afterwards."""
        self._reading = True
        if self._body is not None:
            self._body.setEnabled(False)
        self.save_button.setEnabled(False)

        def done(result: T) -> None:
            show(result)
            self._reading = False
            if self._body is not None:
                self._body.setEnabled(True)
            if self._first is not None:
                self._first.setFocus()  # the form was disabled: the cursor goes back in it
            self.mark_clean()
            self.ready.emit()

        self.context.load(self, f"editor:{id(self)}", read, done)

    @property
    def is_ready(self) -> bool:
        """Whether what the editor shows was read (not still reading)."""
        return not self._reading

    # --- state --------------------------------------------------------------------------------

    def mark_clean(self) -> None:
        """What is shown now is what is saved."""
        self._initial = self._snapshot()
        self._show_access()  # fields just filled in (lines, rows) frozen too when read-only

    def is_dirty(self) -> bool:
        """Whether anything was changed since loading or saving."""
        return not self._reading and self._snapshot() != self._initial

    def _snapshot(self) -> Any:
        if self.problems():
            return _DIFFERENT
        try:
            return self.collect()
        except (ValueError, TypeError):
            return _DIFFERENT

    @property
    def saving(self) -> bool:
        """Whether a save is running."""
        return self._saving

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """Check what can be checked here and what the service checks, in the background, and
        show every problem at once; save only when there is none."""
        if self._saving or self._reading or self.context.read_only:
            return
        problems = self.problems()
        try:
            data = self.collect()  # what cannot be read is left empty; ``problems`` says why
        except (ValueError, TypeError):
            self.errors.show_problems(problems)
            return
        self.errors.clear()
        self._set_saving(True)
        write = self.write

        def save_all(session: Session) -> Any:
            try:
                result = write(session, data)
            except ValidationError as err:
                raise FormProblems(problems, err) from err
            if problems:  # the rest was right, but nothing is kept while a problem is left
                raise FormProblems(problems, None)
            return result

        self.context.write(
            self,
            save_all,
            title=translate("RecordEditor", "Saving…"),
            on_done=self._saved,
            on_error=self._failed,
            delay_ms=600,
        )

    def _set_saving(self, on: bool) -> None:
        self._saving = on
        read_only.writable(self.context, self.save_button, not on)
        self.cancel_button.setEnabled(not on)

    def _saved(self, result: Any) -> None:
        self._set_saving(False)
        self.result_value = result
        self.saved.emit(result)
        if self._close_after_save:
            self._initial = self._snapshot()
            self.done(QDialog.DialogCode.Accepted)
        else:
            self.show_modified()

    def _failed(self, err: BaseException) -> None:
        self._set_saving(False)
        if isinstance(err, FormProblems):
            self.errors.show_problems(err.problems)
        elif isinstance(err, ValidationError):
            self.errors.show(err)
        elif isinstance(err, ConflictError | RecordConflict):  # checked, or a true race
            if ask.reload_after_conflict(self, str(err)):
                self.errors.clear()
                self.reload()
            else:
                self.banner.show_messages([str(err)])
        elif isinstance(err, ServiceError | DatabaseError):
            self.errors.clear()
            self.banner.show_messages([str(err)])
        else:
            show_error(self, err)

    # --- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close; with unsaved changes, ask first (save, discard or keep editing)."""
        if self._saving:
            return
        if self.is_dirty():
            answer = ask.unsaved_changes(self)
            if answer == "cancel":
                return
            if answer == "save":
                self.save()
                return
        super().reject()
