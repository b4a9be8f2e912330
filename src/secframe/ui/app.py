"""Starting the desktop application.

The window is shown first, before SQLAlchemy is even imported; the database is opened (and
upgraded if needed) in the background, then the pages are built. On a slow office PC the
window appears at once and says it is opening the database.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from secframe import config, i18n, memory
from secframe.jobs import JobState

if TYPE_CHECKING:
    from secframe.db import Database
    from secframe.ui.main_window import MainWindow

FILE_FILTER = "secframe (*.sqlite3 *.sqlite *.db)"


def start_location(db_location: str | None, settings: QSettings) -> str | None:
    """The database to open: ``--db``, else ``SECFRAME_DB``, else the one open last time."""
    if db_location:
        return db_location
    if os.environ.get(config.ENV_DB):
        return None
    from secframe.ui.settings import last_database

    return last_database(settings)


def run(
    db_location: str | None = None, language: str | None = None, *, read_only: bool = False
) -> int:
    """Show the main window, open the database, run until the window closes."""
    memory.pause_collection()  # until the first page shows its data (secframe.memory)
    config.setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("secframe")
    app.setOrganizationName("secframe")
    QApplication.setWindowIcon(
        QIcon(str(resources.files("secframe") / "resources/icons/secframe.png"))
    )
    QApplication.setDesktopFileName("org.secframe.Secframe")  # resources/linux/: the desktop entry
    from secframe.ui.language import install_language
    from secframe.ui.settings import app_settings

    settings = app_settings()
    install_language(language or str(settings.value("language") or "") or i18n.system_language())
    from secframe.ui.context import AppContext
    from secframe.ui.main_window import MainWindow, open_windows

    window = MainWindow(AppContext(None, settings))
    window.extensions_installed.connect(collect_on_ui_thread)
    window.show()
    location = start_location(db_location, settings)
    QTimer.singleShot(0, lambda: open_at_start(window, location, read_only=read_only))
    try:
        return app.exec()
    finally:
        for open_window in open_windows():
            if open_window.context.db is not None:
                open_window.context.db.close()


COLLECT_EVERY_MS = 1000


def collect_on_ui_thread() -> None:
    """From the end of start-up on, Python's cyclic garbage collector runs on the UI thread
    only, between two events (``secframe.memory``: it could otherwise free a Qt object on a
    worker thread, and it paused the background jobs)."""
    app = QApplication.instance()
    if app is None or app.property("secframe_collector"):
        memory.settle_after_start(automatic=app is None)
        return
    app.setProperty("secframe_collector", True)
    memory.settle_after_start(automatic=False)
    timer = QTimer(app)
    timer.setObjectName("secframe_collector")
    timer.timeout.connect(memory.collect_due)
    timer.start(COLLECT_EVERY_MS)


def _open(
    _state: JobState, location: str | None, read_only: bool = False, passphrase: str | None = None
) -> Database:
    """Open the database; import what the pages read with meanwhile and set up the ORM's
    mappers (off the UI thread, which then imports and builds the pages).

    Only modules without Qt are imported here: a Qt class defined on this thread (the pages'
    widgets and item models) sometimes crashed the UI thread when it made its first object
    (PySide's MetaObjectBuilder::update)."""
    from sqlalchemy.orm import configure_mappers

    import secframe.services.browse
    import secframe.services.commitments
    import secframe.services.history
    import secframe.services.incidents
    import secframe.services.lookups
    import secframe.services.matching
    import secframe.services.members
    import secframe.services.place_scope
    import secframe.services.places
    import secframe.services.results
    import secframe.services.stats  # noqa: F401
    from secframe.db import Database

    configure_mappers()
    return Database.open(location, create=not read_only, read_only=read_only, passphrase=passphrase)


def open_at_start(
    window: MainWindow,
    location: str | None,
    *,
    read_only: bool = False,
    passphrase: str | None = None,
    failed_tries: int = 0,
) -> None:
    """Open the start database in the background and hand it to the window (an encrypted
    one after its passphrase: three tries)."""
    from secframe.ui.workers import is_user_error, show_error, start_job

    def opened(db: Database) -> None:
        window.after_frameworks(welcome_if_empty)
        window.context.set_database(db)

    def welcome_if_empty(frameworks: Sequence[object]) -> None:
        if not frameworks and not window.context.read_only:  # read-only: nothing to create
            from secframe.ui.dialogs.welcome import show_welcome

            show_welcome(window)

    def failed(err: BaseException) -> None:
        from secframe.db.crypto import PassphraseNeeded, WrongPassphrase
        from secframe.ui.guide import install_f1
        from secframe.ui.protection import TRIES, ask_passphrase

        install_f1()  # F1 in the prompts below (the window installs it once attached)

        wrong = int(isinstance(err, WrongPassphrase))
        if isinstance(err, PassphraseNeeded | WrongPassphrase) and failed_tries + wrong < TRIES:
            typed = ask_passphrase(window, err.location, failed_tries + wrong)
            if typed is not None:
                open_at_start(
                    window, location, read_only=read_only, passphrase=typed,
                    failed_tries=failed_tries + wrong,
                )  # fmt: skip
                return
        # The status bar tells the truth while the user decides: nothing is being opened.
        window.busy.hide()
        window.database_label.setText(QApplication.translate("App", "No database open"))
        if not is_user_error(err):
            show_error(window, err)
        other = ask_other_database(window, str(err))
        if other is None:
            QApplication.exit(2)
        else:
            window.busy.show()
            window.database_label.setText(
                QApplication.translate("App", "Opening {location}…").format(location=other)
            )
            open_at_start(window, other)

    start_job(
        window,
        lambda state: _open(state, location, read_only, passphrase),
        title="",
        on_done=opened,
        on_error=failed,
        progress=False,
    )


def ask_other_database(window: MainWindow | None, message: str) -> str | None:
    """Say why the database cannot be opened; return another one to try, or None to quit."""
    box = QMessageBox(QMessageBox.Icon.Critical, "secframe", message, parent=window)
    other = box.addButton(
        QApplication.translate("App", "Open another file…"), QMessageBox.ButtonRole.AcceptRole
    )
    new = box.addButton(
        QApplication.translate("App", "Create a new database…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    folder = str(config.data_dir())
    if box.clickedButton() is other:
        title = QApplication.translate("App", "Open a database")
        path, _ = QFileDialog.getOpenFileName(window, title, folder, FILE_FILTER)
        return path or None
    if box.clickedButton() is new:
        title = QApplication.translate("App", "New database")
        path, _ = QFileDialog.getSaveFileName(window, title, folder, "secframe (*.sqlite3)")
        return path or None
    return None
