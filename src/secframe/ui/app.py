"""Starting the desktop application."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from secframe import config, i18n
from secframe.db import Database, DatabaseError


def start_location(db_location: str | None, settings: object) -> str | None:
    """The database to open: ``--db``, else ``SECFRAME_DB``, else the one open last time."""
    if db_location:
        return db_location
    if os.environ.get(config.ENV_DB):
        return None
    from secframe.ui.settings import last_database

    return last_database(settings)  # type: ignore[arg-type]


def run(db_location: str | None = None, language: str | None = None) -> int:
    """Open the database and show the main window; returns the exit status."""
    config.setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("secframe")
    app.setOrganizationName("secframe")
    from secframe.ui.language import install_language
    from secframe.ui.settings import app_settings, remember_database

    settings = app_settings()
    install_language(language or str(settings.value("language") or "") or i18n.system_language())
    db = _open_first(start_location(db_location, settings))
    if db is None:
        return 2
    remember_database(settings, db.location)
    from secframe.ui.context import AppContext
    from secframe.ui.main_window import MainWindow, open_windows

    window = MainWindow(AppContext(db, settings))
    window.show()
    if window.context.framework_id is None:
        from secframe.ui.dialogs.welcome import show_welcome

        QTimer.singleShot(0, lambda: show_welcome(window))
    try:
        return app.exec()
    finally:
        for open_window in open_windows():
            open_window.context.db.close()
        db.close()


def _open_first(location: str | None) -> Database | None:
    """Open the start database; on failure, offer another file or a new one."""
    while True:
        try:
            return Database.open(location)
        except DatabaseError as err:
            location = _ask_other_database(str(err))
            if location is None:
                return None


def _ask_other_database(message: str) -> str | None:
    """Say why the database cannot be opened; return another one to try, or None to quit."""
    from PySide6.QtWidgets import QFileDialog

    box = QMessageBox(QMessageBox.Icon.Critical, "secframe", message)
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
        path, _ = QFileDialog.getOpenFileName(
            None,
            QApplication.translate("App", "Open a database"),
            folder,
            "secframe (*.sqlite3 *.sqlite *.db)",
        )
        return path or None
    if box.clickedButton() is new:
        path, _ = QFileDialog.getSaveFileName(
            None, QApplication.translate("App", "New database"), folder, "secframe (*.sqlite3)"
        )
        return path or None
    return None
