"""The main window (a first version: frameworks and their contents)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QSplitter

from secframe.db import Database
from secframe.services.frameworks import get_framework, list_frameworks


class MainWindow(QMainWindow):
    """Lists the frameworks of the open database."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(f"secframe — {db.location}")
        self.resize(1000, 650)
        splitter = QSplitter(self)
        self.frameworks = QListWidget(splitter)
        self.details = QLabel(splitter)
        self.details.setWordWrap(True)
        self.setCentralWidget(splitter)
        self.frameworks.currentRowChanged.connect(self._show)
        with db.read() as session:
            self._items = list_frameworks(session)
        for fw in self._items:
            self.frameworks.addItem(fw.short_name)
        self.statusBar().showMessage(db.location)
        if self._items:
            self.frameworks.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if row < 0:
            return
        with self.db.read() as session:
            fw = get_framework(session, self._items[row].id)
        counts = ", ".join(f"{k}: {v}" for k, v in fw.counts.items())
        self.details.setText(f"<h2>{fw.name}</h2><p>{fw.level.label()}</p><p>{counts}</p>")
