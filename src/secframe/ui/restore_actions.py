"""File › Restore from…: choose a backup, have it checked, confirm, restore, reopen.

The work is ``secframe.db.restore`` (no Qt); this module only asks and shows. The backup is
checked in the background before the question is even asked, so a wrong file is refused with
its reason and nothing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from secframe import config
from secframe.i18n import translate
from secframe.jobs import JobState
from secframe.ui.dialogs import ask
from secframe.ui.workers import show_error, start_job

if TYPE_CHECKING:
    from secframe.db import Database
    from secframe.db.restore import Restored
    from secframe.ui.main_window import MainWindow

FILTER = "secframe (*.sqlite3 *.sqlite *.db)"


def restore_from(window: MainWindow, path: str | None = None) -> None:
    """Replace the open database with a backup the user chooses (asked for when ``path`` is
    None), once unsaved changes are dealt with."""
    from secframe.db.errors import DatabaseError
    from secframe.db.restore import ensure_restorable

    db = window.context.db
    try:
        ensure_restorable(db)
    except DatabaseError as err:
        show_error(window, err, translate("Restore", "Restore from a backup"))
        return
    if not window.confirm_leave(lambda: restore_from(window, path)):
        return
    if path is None:
        folder = config.data_dir() / "backups"
        path, _ = QFileDialog.getOpenFileName(
            window,
            translate("Restore", "Restore from a backup"),
            str(folder if folder.is_dir() else ""),
            FILTER,
        )
        if not path:
            return
    chosen = Path(path)

    def check(_state: JobState) -> str:
        from secframe.db.restore import check_backup

        return check_backup(chosen, db.key)  # an encrypted backup opens with the same key

    start_job(
        window,
        check,
        title=translate("Restore", "Checking the backup…"),
        on_done=lambda _revision: _confirm_and_restore(window, db, chosen),
    )


def _confirm_and_restore(window: MainWindow, db: Database, chosen: Path) -> None:
    """Ask before replacing, then restore in the background and switch to the result."""
    if window.context.db is not db:  # another database was opened meanwhile
        return
    text = translate("Restore", "Replace the data of {database} with the backup {backup}?").format(
        database=db.location, backup=chosen
    )
    details = translate(
        "Restore",
        "Everything recorded since that backup was made is replaced. The database as it is now "
        "is first copied beside it (a file ending in “.before-restore.sqlite3”), so nothing is "
        "lost.",
    )
    if not ask.confirm(
        window,
        translate("Restore", "Restore from a backup"),
        text,
        translate("Restore", "Restore"),
        details,
    ):
        return

    def job(state: JobState) -> tuple[Restored, Database]:
        from secframe.db.restore import reopen, restore

        state.progress(0, 0, translate("Restore", "Restoring the backup…"))
        done = restore(db, chosen, state.progress)
        return done, reopen(db)  # upgrades an older backup, keeps the passphrase

    def finished(result: tuple[Restored, Database]) -> None:
        from secframe.ui.database_actions import switch_to

        done, reopened = result
        switch_to(window, reopened)
        ask.inform(
            window,
            translate("Restore", "Restore from a backup"),
            translate(
                "Restore",
                "The data of {backup} is back in {database}.\n\nThe database it replaced is "
                "kept as {aside}.",
            ).format(backup=done.source, database=done.database, aside=done.kept_aside),
        )

    window.context.run(
        window,
        job,
        title=translate("Restore", "Restoring the backup…"),
        writes=True,
        on_done=finished,
    )
