"""The main window: framework selector, navigation between pages, menus, status bar.

Other parts of the app extend it through a small API instead of editing this file:
``menu(key)`` returns one of the menus ("file", "edit", "view", "meeting", "help"),
``add_page(key, title, widget)`` adds a page to the navigation, and every module named in
``EXTENSIONS`` has an ``install(window)`` function called once the window is built.
"""

from __future__ import annotations

import importlib

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from secframe.services.frameworks import list_frameworks
from secframe.ui.context import AppContext

# Modules whose install(window) adds pages and menu entries.
EXTENSIONS: tuple[str, ...] = (
    "secframe.ui.dashboard",
    "secframe.ui.exchange",
    "secframe.ui.meetings",
)


class MainWindow(QMainWindow):
    """The secretariat's main window."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle("secframe")
        self.resize(1200, 760)
        self._menus: dict[str, QMenu] = {}
        for key, title in (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("view", self.tr("&View")),
            ("meeting", self.tr("&Meeting")),
            ("help", self.tr("&Help")),
        ):
            self._menus[key] = self.menuBar().addMenu(title)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self._menus["file"].addAction(quit_action)

        toolbar = QToolBar(self.tr("Framework"), self)
        toolbar.setObjectName("framework_toolbar")
        toolbar.addWidget(QLabel(self.tr("Framework:")))
        self.framework_box = QComboBox(toolbar)
        self.framework_box.setMinimumContentsLength(40)
        toolbar.addWidget(self.framework_box)
        self.addToolBar(toolbar)
        self.framework_box.currentIndexChanged.connect(self._framework_selected)

        self.navigation = QListWidget()
        self.pages = QStackedWidget()
        self._page_keys: list[str] = []
        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.statusBar().showMessage(context.db.location)

        self.reload_frameworks()
        for name in EXTENSIONS:
            importlib.import_module(name).install(self)

    # --- extension API ------------------------------------------------------------------------

    def menu(self, key: str) -> QMenu:
        """One of the window's menus: "file", "edit", "view", "meeting" or "help"."""
        return self._menus[key]

    def add_page(self, key: str, title: str, widget: QWidget, position: int | None = None) -> None:
        """Add a page to the navigation (at ``position``, default last)."""
        index = len(self._page_keys) if position is None else position
        self._page_keys.insert(index, key)
        self.navigation.insertItem(index, title)
        self.pages.insertWidget(index, widget)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def show_page(self, key: str) -> QWidget:
        """Bring a page to the front and return it."""
        self.navigation.setCurrentRow(self._page_keys.index(key))
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page registered under ``key``."""
        widget = self.pages.widget(self._page_keys.index(key))
        assert widget is not None
        return widget

    # --- frameworks ---------------------------------------------------------------------------

    def reload_frameworks(self) -> None:
        """Fill the selector and keep (or restore) the current framework."""
        with self.context.db.read() as session:
            frameworks = list_frameworks(session)
        wanted = self.context.framework_id or self.context.settings.value("last_framework")
        self.framework_box.blockSignals(True)
        self.framework_box.clear()
        for fw in frameworks:
            self.framework_box.addItem(fw.short_name, fw.id)
            self.framework_box.setItemData(self.framework_box.count() - 1, fw.name, 3)
        self.framework_box.blockSignals(False)
        index = self.framework_box.findData(int(wanted)) if wanted is not None else -1
        self.framework_box.setCurrentIndex(max(index, 0) if frameworks else -1)
        self._framework_selected(self.framework_box.currentIndex())

    def _framework_selected(self, index: int) -> None:
        if index >= 0:
            self.context.set_framework(self.framework_box.itemData(index))
