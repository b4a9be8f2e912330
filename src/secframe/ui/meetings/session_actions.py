"""What the Sessions page does to a session: save, delete, adopt the previous session's
conclusions — each confirmed where it cannot be undone, and run as one background write."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from secframe.i18n import format_date
from secframe.services import decisions as ds
from secframe.services import meetings as ms
from secframe.ui.context import AppContext
from secframe.ui.workers import show_error


def save_session(
    context: AppContext,
    parent: QWidget,
    framework_id: int,
    current: ms.MeetingInfo | None,
    value: ms.MeetingInput,
    on_done: Callable[[ms.MeetingInfo], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Create the session (``current`` None) or save changes to it; ``on_error`` runs after
    the error was shown."""

    def job(s: Session) -> ms.MeetingInfo:
        if current is None:
            return ms.create_meeting(s, framework_id, value)
        return ms.update_meeting(s, current.id, value, expected_version=current.version)

    title = QCoreApplication.translate("MeetingsPage", "Save the session")

    def failed(err: BaseException) -> None:
        show_error(parent, err, title)
        on_error(err)

    context.write(parent, job, title=title, note="session", on_done=on_done, on_error=failed)


def save_then_close(
    context: AppContext,
    dialog: QDialog,
    buttons: QWidget,
    job: Callable[[Session], Any],
    note: str,
    *,
    on_error: Callable[[BaseException], bool] | None = None,
) -> None:
    """Run a dialog's save in the background with its ``buttons`` disabled: the dialog closes
    once saved, or stays open with the error shown (by ``on_error`` when it returns True, for
    errors shown beside their field, else in a message box)."""
    buttons.setEnabled(False)

    def failed(err: BaseException) -> None:
        buttons.setEnabled(True)
        if on_error is None or not on_error(err):
            show_error(dialog, err, dialog.windowTitle())

    context.write(
        dialog,
        job,
        title=dialog.windowTitle(),
        note=note,
        on_done=lambda _result: dialog.accept(),
        on_error=failed,
    )


def delete_session(context: AppContext, parent: QWidget, m: ms.MeetingInfo) -> bool:
    """Delete a session once the user confirms; False when they did not."""
    title = QCoreApplication.translate("MeetingsPage", "Delete a session")
    question = QCoreApplication.translate(
        "MeetingsPage",
        "Delete session n° {number} of {date} with its attendance, decisions and review? "
        "Commitments and their history stay.",
    ).format(number=m.number, date=format_date(m.held_on))
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return False

    context.write(
        parent,
        lambda s: ms.delete_meeting(s, m.id, expected_version=m.version),
        title=title,
        note="session",
    )
    return True


def adopt_previous(
    context: AppContext, parent: QWidget, m: ms.MeetingInfo, previous: ms.MeetingInfo | None
) -> None:
    """Adopt, at session ``m``, the conclusions of the session before it, once confirmed."""
    title = QCoreApplication.translate("MeetingsPage", "Adopt previous conclusions")
    if previous is None:
        text = QCoreApplication.translate(
            "MeetingsPage", "Session n° {number} is the first one: there is nothing to adopt."
        )
        QMessageBox.information(parent, title, text.format(number=m.number))
        return
    question = QCoreApplication.translate(
        "MeetingsPage",
        "Adopt the conclusions of session n° {previous} at session n° {number}? "
        "Session n° {previous} will become read-only: its attendance, decisions and "
        "review can no longer be changed.",
    ).format(previous=previous.number, number=m.number)
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return

    context.write(parent, lambda s: ds.adopt_previous(s, m.id), title=title, note="adoption")
