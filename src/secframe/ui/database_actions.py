"""File menu work on databases: new, open, open recent, back up now, delete a framework.

Opening or creating a database may upgrade or build it (seconds on a slow PC), so it runs in
the background with a progress dialog; the window switches to it only once it is ready.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMenu

from secframe import config
from secframe.i18n import translate
from secframe.jobs import JobState
from secframe.ui.dialogs import ask
from secframe.ui.folders import last_folder, remember_folder
from secframe.ui.settings import recent_databases
from secframe.ui.workers import start_job

if TYPE_CHECKING:
    from secframe.db import Database
    from secframe.ui.main_window import MainWindow

FILTER = "secframe (*.sqlite3 *.sqlite *.db)"


def open_in_background(
    window: MainWindow | None,
    location: str,
    on_open: Callable[[Database], None],
    *,
    create: bool,
    read_only: bool = False,
    passphrase: str | None = None,
) -> None:
    """Open (or create) a database off the UI thread, then hand it to ``on_open``; an
    encrypted one after its passphrase."""
    from secframe.ui.protection import open_database as open_protected

    open_protected(
        window,
        location,
        on_open,
        create=create,
        read_only=read_only,
        passphrase=passphrase,
        title=translate("Databases", "Opening the database…"),
    )


def switch_to(window: MainWindow, db: Database) -> None:
    """Show another database in the window (the previous one is closed)."""
    old = window.context.db

    def welcome_if_empty(frameworks: Sequence[object]) -> None:
        if not frameworks and not window.context.read_only:  # read-only: nothing to create
            from secframe.ui.dialogs.welcome import show_welcome

            show_welcome(window)

    window.after_frameworks(welcome_if_empty)
    window.context.set_database(db)  # the window reads the frameworks of the new database
    if old is not db:
        old.close()


def new_database(window: MainWindow) -> None:
    """Create a database file and switch to it (unsaved changes dealt with first)."""
    if not window.confirm_leave(lambda: new_database(window)):
        return
    folder = str(config.data_dir())
    path, _ = QFileDialog.getSaveFileName(
        window,
        translate("Databases", "New database"),
        str(Path(folder) / translate("Databases", "new-secframe.sqlite3")),
        FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not path:
        return
    if not path.endswith((".sqlite3", ".sqlite", ".db")):
        path += ".sqlite3"
    if Path(path).exists():
        ask.inform(
            window,
            translate("Databases", "New database"),
            translate(
                "Databases",
                "{path} already exists. Choose another name, or open it with File › Open database.",
            ).format(path=path),
        )
        return
    from secframe.ui.protection import NewPassphraseDialog

    choice = NewPassphraseDialog(window)
    if not choice.exec():
        return
    open_in_background(
        window,
        path,
        lambda db: switch_to(window, db),
        create=True,
        passphrase=choice.passphrase(),
    )


def open_read_only(window: MainWindow) -> None:
    """File › Open read-only: open a database file without writing anything to it."""
    open_database(window, None, read_only=True)


def open_database(window: MainWindow, path: str | None = None, *, read_only: bool = False) -> None:
    """Open an existing database file (asked for when ``path`` is None), unsaved changes
    dealt with first."""
    if not window.confirm_leave(lambda: open_database(window, path, read_only=read_only)):
        return
    if path is None:
        start = str(Path(window.context.db.location).parent) if window.context.db.is_sqlite else ""
        path, _ = QFileDialog.getOpenFileName(
            window, translate("Databases", "Open a database"), start, FILTER
        )
        if not path:
            return
    if path == window.context.db.location and read_only == window.context.db.read_only:
        return
    open_in_background(
        window, path, lambda db: switch_to(window, db), create=False, read_only=read_only
    )


def fill_recent(window: MainWindow, menu: QMenu) -> None:
    """List the databases opened lately."""
    menu.clear()
    items = [
        x for x in recent_databases(window.context.settings) if x != window.context.db.location
    ]
    for location in items:
        action = menu.addAction(location)
        action.triggered.connect(lambda _c=False, loc=location: open_database(window, loc))
    if not items:
        menu.addAction(translate("Databases", "No other database opened lately")).setEnabled(False)


def default_backup_path(db: Database) -> Path:
    """Where "Back up to…" proposes to write: a dated copy in the data folder's backups/."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
    stem = Path(db.location).stem if db.is_sqlite else "secframe-server"
    return config.backup_dir() / f"{stem}-{stamp}.sqlite3"


def back_up(window: MainWindow, target: str | None = None) -> None:
    """Write a consistent copy of the database, with progress, while the app stays usable."""
    if target is None:
        suggested = default_backup_path(window.context.db)
        folder = last_folder(window.context.settings, "backup", suggested.parent)
        target, _ = QFileDialog.getSaveFileName(
            window,
            translate("Databases", "Back up the database"),
            str(folder / suggested.name),
            FILTER,
        )
        if not target:
            return
        remember_folder(window.context.settings, "backup", target)
    from secframe.db.backup import backup

    engine = window.context.db.engine

    def job(state: JobState) -> Path:
        state.progress(0, 0, translate("Databases", "Copying the database…"))
        return backup(engine, Path(target), state.progress)

    def done(path: Path) -> None:
        window.statusBar().showMessage(
            translate("Databases", "Backup written to {path}").format(path=path), 10_000
        )

    start_job(window, job, title=translate("Databases", "Backing up…"), on_done=done)


def delete_framework(window: MainWindow) -> None:
    """Delete the current framework with everything it holds, after saying what goes."""
    from secframe.services.frameworks import get_framework

    framework_id = window.context.framework_id
    if framework_id is None:
        return
    window.context.load(
        window,
        "databases:framework",
        lambda session: get_framework(session, framework_id),
        lambda info: _confirm_delete_framework(window, info),
    )


def _confirm_delete_framework(window: MainWindow, info: Any) -> None:
    """Say what goes with the framework; delete it if the user agrees."""
    from secframe.services.frameworks import delete_framework as delete

    details = translate(
        "Databases",
        "Its {members} member(s), {commitments} commitment(s) with their history and needs, "
        "and {meetings} session(s) are deleted too. Make a backup first (File › Back up to…). "
        "This cannot be undone.",
    ).format(**info.counts)
    text = translate("Databases", "Delete the framework “{name}”?").format(name=info.name)
    if not ask.confirm(
        window, translate("Databases", "Delete"), text, translate("Databases", "Delete"), details
    ):
        return
    window.context.write(
        window,
        lambda session: delete(session, info.id, expected_version=info.version),
        title=translate("Databases", "Deleting…"),
    )
