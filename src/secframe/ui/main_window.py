"""The main window: framework selector, navigation between pages, menus, status bar.

Other parts of the app extend it through a small API instead of editing this file:
``menu(key)`` returns one of the menus ("file", "edit", "view", "meeting", "help"),
``add_page(key, title, widget, position=None)`` adds a page to the navigation, and every module
named in ``EXTENSIONS`` has an ``install(window)`` function called once the window is built.

At start-up the window is shown before the database is open (so that it appears at once);
pages and ``install(window)`` of the extensions come once it is, so an extension may use
``window.context.db`` in ``install``.

Pages are placed in the order of ``PAGE_ORDER`` (dashboard, commitments, members, meetings,
incidents, places) unless a position is given. A page may offer, and the Edit menu then uses:
``new_record()``, ``open_selected()``, ``delete_selected()``, ``copy_selected()``,
``focus_search()``, ``column_menu()``, and a ``status_message(str)`` signal whose text the
status bar shows while the page is current.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from secframe.services.changes import FRAMEWORK, Changes
from secframe.ui import actions
from secframe.ui.context import AppContext
from secframe.ui.settings import remember_database, remembered_framework
from secframe.ui.widgets.screen import resize_to_fit
from secframe.ui.workers import wait_for_jobs

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from secframe.services.frameworks import FrameworkInfo

# Modules whose install(window) adds pages and menu entries.
EXTENSIONS: tuple[str, ...] = (
    "secframe.ui.dashboard",
    "secframe.ui.exchange",
    "secframe.ui.meetings",
    "secframe.ui.undo",
    "secframe.ui.search",
    "secframe.ui.list_printing",
    "secframe.ui.protection",
)

PAGE_ORDER = ("dashboard", "commitments", "members", "meetings", "incidents", "places")

# Windows alive (a window rebuilt in another language replaces the old one).
_windows: set[MainWindow] = set()


class MainWindow(QMainWindow):
    """The secretariat's main window."""

    page_changed = Signal(str)
    frameworks_loaded = Signal(object)  # the frameworks now in the selector (a list)
    extensions_installed = Signal()  # every page is there

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        _windows.add(self)
        self.context = context
        self.replaced_by: MainWindow | None = None
        self._after_frameworks: list[Callable[[list[FrameworkInfo]], None]] = []
        self.setObjectName("main_window")
        self.setWindowTitle("secframe")
        resize_to_fit(self, 1366, 860)
        self._menus: dict[str, QMenu] = {}
        self.actions_by_key: dict[str, QAction] = {}
        self.page_actions: list[QAction] = []
        self.pages_menu_separator: QAction | None = None
        for key, title in (
            ("file", self.tr("&File")),
            ("edit", self.tr("&Edit")),
            ("view", self.tr("&View")),
            ("meeting", self.tr("&Meeting")),
            ("help", self.tr("&Help")),
        ):
            self._menus[key] = self.menuBar().addMenu(title)
            self._menus[key].setObjectName(f"menu_{key}")
        self._build_framework_bar()
        self._build_centre()
        self._build_status_bar()
        actions.build_menus(self)
        self._menus["meeting"].menuAction().setVisible(False)  # until a part of the app uses it
        self.attached = False
        self._waiting_for: QWidget | None = None  # the list whose rows the extensions wait for
        context.framework_changed.connect(self._framework_changed)
        context.database_changed.connect(self._database_changed)
        context.data_changed.connect(self._data_changed)
        context.busy_changed.connect(self.busy.setVisible)
        self._restore_geometry()
        if context.db is not None:
            self._attach()
        else:  # start-up: shown at once, filled when the database is open
            actions.enable_database_actions(self, False)
            self.busy.show()

    def _attach(self) -> None:
        """Build the pages and extensions once a database is open; from then on F1 opens the
        guide from editors and dialogs too (not before the first paint: its filter sees every
        event of the application, and the window's first ones cost ~15 ms through Python)."""
        from secframe.ui.guide import install_f1

        install_f1()
        self.attached = True
        actions.enable_database_actions(self, True)
        self._show_database()
        if self.context.framework_id is not None:  # known already (a rebuilt window)
            self._install_pages(later=False)
        else:
            # The pages come once the framework is known, so that none reads (or says)
            # anything about "no framework" meanwhile; before anything else waiting for it.
            # On screen, the extensions' pages come a turn later (the list's read starts first).
            later = self.isVisible()
            self._after_frameworks.insert(0, lambda _frameworks: self._install_pages(later=later))
        self.reload_frameworks()

    def _install_pages(self, *, later: bool) -> None:
        """The lists first (the page left last first of all: it starts reading its rows), then
        the extensions' pages. ``later`` (at start-up, on screen): once the list on screen
        shows its rows, so that its read has the interpreter to itself; when the page left
        last is an extension's, on the next turn of the event loop."""
        wanted = self._remembered_page()
        actions.install_pages(self, first=wanted)
        on_a_list = self._restore_page() is not None or wanted is None
        if not later:
            self._install_extensions()
        elif on_a_list and self.context.loading:
            self._waiting_for = self.current_page()
            self._waiting_for.loaded.connect(self._rows_shown)  # type: ignore[union-attr]
            self.context.busy_changed.connect(self._rows_shown)  # or its read failed
        else:
            QTimer.singleShot(0, self, self._install_extensions)

    def _rows_shown(self, busy: bool = False) -> None:
        """The list on screen shows its rows (or no read runs any more): the extensions'
        pages come on the next turn of the event loop, once the rows are painted."""
        page, self._waiting_for = self._waiting_for, None
        if busy or page is None:
            self._waiting_for = page
            return
        page.loaded.disconnect(self._rows_shown)  # type: ignore[attr-defined]
        self.context.busy_changed.disconnect(self._rows_shown)
        QTimer.singleShot(0, self, self._install_extensions)

    def _install_extensions(self) -> None:
        for name in EXTENSIONS:
            importlib.import_module(name).install(self)
        self._restore_page()  # an extension's install may have shown its own page
        self.extensions_installed.emit()

    # --- building -----------------------------------------------------------------------------

    def _build_framework_bar(self) -> None:
        toolbar = QToolBar(self.tr("Framework"), self)
        toolbar.setObjectName("framework_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Framework:")))
        self.framework_box = QComboBox(toolbar)
        self.framework_box.setObjectName("framework_box")
        self.framework_box.setMinimumContentsLength(40)
        self.framework_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        toolbar.addWidget(self.framework_box)
        self.framework_button = QToolButton(toolbar)
        self.framework_button.setText(self.tr("Properties…"))
        self.framework_button.setToolTip(self.tr("Name, level and regions of the framework"))
        self.framework_button.clicked.connect(lambda: actions.edit_framework(self))
        toolbar.addWidget(self.framework_button)
        self.addToolBar(toolbar)
        self.framework_box.currentIndexChanged.connect(self._framework_selected)

    def _build_centre(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(150)
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 7px 6px; }")
        self.pages = QStackedWidget()
        self._page_keys: list[str] = []
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 1200])
        self.setCentralWidget(self.splitter)
        self.navigation.currentRowChanged.connect(self._page_selected)

    def _build_status_bar(self) -> None:
        self.records_label = QLabel(self)
        self.records_label.setObjectName("records_label")
        self.database_label = QLabel(self)
        self.database_label.setObjectName("database_label")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setToolTip(self.tr("Loading…"))
        self.busy.hide()
        bar = self.statusBar()
        bar.addWidget(self.records_label, 1)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.database_label)
        self._show_database()

    def _show_database(self) -> None:
        if self.context.db is None:
            self.database_label.setText(self.tr("Opening the database…"))
            return
        location = self.context.db.location
        self.database_label.setText(self.tr("Database: {location}").format(location=location))
        self.database_label.setToolTip(location)
        remember_database(self.context.settings, location)  # File › Open recent, next start

    # --- extension API ------------------------------------------------------------------------

    def menu(self, key: str) -> QMenu:
        """One of the window's menus: "file", "edit", "view", "meeting" or "help"."""
        if key == "meeting":
            self._menus[key].menuAction().setVisible(True)
        return self._menus[key]

    def add_page(self, key: str, title: str, widget: QWidget, position: int | None = None) -> None:
        """Add a page to the navigation (at ``position``; default: by ``PAGE_ORDER``)."""
        if position is None:
            position = self._default_position(key)
        index = max(0, min(position, len(self._page_keys)))
        self._page_keys.insert(index, key)
        self.navigation.insertItem(index, title)
        self.pages.insertWidget(index, widget)
        message = getattr(widget, "status_message", None)
        if message is not None:
            message.connect(lambda text, w=widget: self._page_message(w, text))
        actions.page_shortcuts(self)
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)

    def _default_position(self, key: str) -> int:
        if key not in PAGE_ORDER:
            return len(self._page_keys)
        rank = PAGE_ORDER.index(key)
        for i, other in enumerate(self._page_keys):
            if other in PAGE_ORDER and PAGE_ORDER.index(other) > rank:
                return i
        return len(self._page_keys)

    def show_page(self, key: str) -> QWidget:
        """Bring a page to the front and return it."""
        self.navigation.setCurrentRow(self._page_keys.index(key))
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page registered under ``key``."""
        widget = self.pages.widget(self._page_keys.index(key))
        assert widget is not None
        return widget

    @property
    def page_keys(self) -> list[str]:
        """The pages' keys in navigation order."""
        return list(self._page_keys)

    def current_page(self) -> QWidget | None:
        """The page on screen."""
        return self.pages.currentWidget()

    def current_key(self) -> str | None:
        """The key of the page on screen."""
        row = self.navigation.currentRow()
        return self._page_keys[row] if 0 <= row < len(self._page_keys) else None

    def _page_selected(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        status = getattr(page, "status_text", None)
        self.records_label.setText(status() if callable(status) else "")
        actions.update_edit_actions(self)
        self.page_changed.emit(self._page_keys[row])

    def _page_message(self, widget: QWidget, text: str) -> None:
        if widget is self.pages.currentWidget():
            self.records_label.setText(text)

    # --- frameworks ---------------------------------------------------------------------------

    def reload_frameworks(self, select: int | None = None) -> None:
        """Read the frameworks in the background, fill the selector and keep (or restore, or
        choose ``select``) the framework; then run what ``after_frameworks`` asked for."""

        def read(session: Session) -> tuple[list[FrameworkInfo], dict[int, int]]:
            from secframe.services.frameworks import commitment_counts, list_frameworks

            return list_frameworks(session), commitment_counts(session)

        self.context.load(
            self, "window:frameworks", read, lambda result: self._show_frameworks(*result, select)
        )

    def after_frameworks(self, then: Callable[[list[FrameworkInfo]], None]) -> None:
        """Run ``then(frameworks)`` once, after the selector is next filled."""
        self._after_frameworks.append(then)

    def _show_frameworks(
        self, frameworks: list[FrameworkInfo], counts: dict[int, int], select: int | None
    ) -> None:
        ids = {fw.id for fw in frameworks}
        wanted = next(
            (
                i
                for i in (select, self.context.framework_id, self._remembered_framework())
                if i in ids
            ),
            max(ids, key=lambda i: (counts.get(i, 0), -i), default=None),  # the busiest
        )
        self.context.framework_short_names = {fw.id: fw.short_name for fw in frameworks}
        self.framework_box.blockSignals(True)
        self.framework_box.clear()
        for fw in frameworks:
            self.framework_box.addItem(fw.name, fw.id)
            self.framework_box.setItemData(
                self.framework_box.count() - 1, fw.short_name, Qt.ItemDataRole.ToolTipRole
            )
        index = self.framework_box.findData(wanted) if wanted is not None else -1
        self.framework_box.setCurrentIndex(max(index, 0) if frameworks else -1)
        self.framework_box.blockSignals(False)
        self.framework_button.setEnabled(bool(frameworks))
        self._framework_selected(self.framework_box.currentIndex(), ask=False)
        waiting, self._after_frameworks = self._after_frameworks, []
        for then in waiting:
            then(frameworks)
        self.frameworks_loaded.emit(frameworks)

    def _remembered_framework(self) -> int | None:
        return remembered_framework(self.context.settings, self.context.db.location)

    def _framework_selected(self, index: int, ask: bool = True) -> None:
        """The selector shows another framework: switch to it, once unsaved changes are dealt
        with if the user chose it (``ask``)."""
        framework_id = self.framework_box.itemData(index) if index >= 0 else None
        if (
            ask
            and framework_id != self.context.framework_id
            and not self.confirm_leave(lambda: self.framework_box.setCurrentIndex(index))
        ):
            self.framework_box.blockSignals(True)  # stay on the framework being edited
            self.framework_box.setCurrentIndex(
                self.framework_box.findData(self.context.framework_id)
            )
            self.framework_box.blockSignals(False)
            return
        self.context.set_framework(framework_id)

    def _framework_changed(self, _framework_id: int) -> None:
        name = self.framework_box.currentText()
        self.setWindowTitle(f"{name} — secframe" if name else "secframe")
        actions.update_edit_actions(self)

    def _database_changed(self) -> None:
        if not self.attached:
            self._attach()
            return
        self._show_database()
        self.reload_frameworks()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(FRAMEWORK):
            self.reload_frameworks()

    # --- state --------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(splitter)

    def _remembered_page(self) -> str | None:
        """The key of the page left last time (None: none saved)."""
        page = self.context.settings.value("window/page")
        return page if isinstance(page, str) and page else None

    def _restore_page(self) -> str | None:
        """Show the page left last time, if it is there; returns its key."""
        page = self._remembered_page()
        if page is not None and page in self._page_keys:
            self.show_page(page)
            return page
        return None

    def save_state(self) -> None:
        """Remember geometry, splitter, page and every list's columns."""
        if not self.attached:
            return
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        key = self.current_key()
        if key:
            settings.setValue("window/page", key)
        for i in range(self.pages.count()):
            save = getattr(self.pages.widget(i), "save_layout", None)
            if callable(save):
                save()
        settings.sync()

    def close_for_good(self) -> None:
        """Close without asking (the window is being replaced)."""
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _windows.discard(self)
        self.close()

    def close_editors(self) -> bool:
        """Close the open editors, each asking about its unsaved changes; False if one stays."""
        from secframe.ui.editors.base import RecordEditor

        def depth(widget: QWidget) -> int:
            n, parent = 0, widget.parentWidget()
            while parent is not None:
                n, parent = n + 1, parent.parentWidget()
            return n

        editors = [e for e in self.findChildren(RecordEditor) if e.isVisible()]
        for editor in sorted(editors, key=depth, reverse=True):  # dialogs opened from editors first
            editor.reject()
            if editor.isVisible():
                return False
        return True

    def confirm_leave(self, then: Callable[[], None]) -> bool:
        """Before the window closes or shows other data: every open editor, then every page
        with unsaved changes (shown first), asks whether to save, discard or keep editing.
        False to stay; after "save" the page runs ``then`` once its save succeeded."""
        if not self.close_editors():
            return False
        for key in self._page_keys:
            page = self.page(key)
            unsaved = getattr(page, "has_unsaved_changes", None)
            if callable(unsaved) and unsaved():
                self.show_page(key)
                if not page.confirm_leave(then):  # type: ignore[attr-defined]
                    return False
        return True

    def _close_again(self) -> None:
        """Close once a page saved what the user asked to save before closing."""
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.replaced_by is None and not self.confirm_leave(self._close_again):
            event.ignore()
            return
        self.save_state()
        if self.replaced_by is None:
            wait_for_jobs(10_000)
        super().closeEvent(event)

    def rebuild(self) -> MainWindow:
        """A new window in the current language, showing the same page (replaces this one)."""
        key = self.current_key()
        self.save_state()
        window = MainWindow(self.context)
        self.replaced_by = window
        if key and key in window.page_keys:
            window.show_page(key)
        window.show()
        QTimer.singleShot(0, self.close_for_good)
        return window


def open_windows() -> list[Any]:
    """The main windows alive (for the app's start and tests)."""
    return list(_windows)
