"""Starting the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from secframe import config, i18n
from secframe.db import Database, DatabaseError


def run(db_location: str | None = None, language: str | None = None) -> int:
    """Open the database and show the main window; returns the exit status."""
    config.setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("secframe")
    app.setOrganizationName("secframe")
    i18n.set_language(language or i18n.system_language())
    try:
        db = Database.open(db_location)
    except DatabaseError as err:
        QMessageBox.critical(None, "secframe", str(err))
        return 2
    from secframe.ui.context import AppContext
    from secframe.ui.main_window import MainWindow

    if db.created:
        _offer_demo(db)
    window = MainWindow(AppContext(db))
    window.show()
    try:
        return app.exec()
    finally:
        db.close()


def _offer_demo(db: Database) -> None:
    from secframe.services.demo import build_demo

    answer = QMessageBox.question(
        None,
        "secframe",
        QApplication.translate(
            "App",
            "This database is new. Add the example frameworks (Timbuktu and Taoudéni, Gao, "
            "the Bourem-Inaly forum) to explore the application?",
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        with db.write("demo") as session:
            build_demo(session)
