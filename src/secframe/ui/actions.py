"""The main window's menus and pages: what each menu entry does, with its shortcut."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from secframe.i18n import QT_TRANSLATE_NOOP, translate
from secframe.ui import database_actions as db_actions
from secframe.ui.read_only import grey_window_actions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from secframe.ui.context import AppContext
    from secframe.ui.main_window import MainWindow

# Edit menu entries -> the page method they call.
EDIT_ACTIONS = {
    "new": "new_record",
    "open": "open_selected",
    "delete": "delete_selected",
    "copy": "copy_selected",
    "find": "focus_search",
}


def _action(
    window: MainWindow,
    key: str,
    text: str,
    slot: Callable[[], Any],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(f"action_{key}")
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    window.actions_by_key[key] = action
    return action


def install_pages(window: MainWindow, first: str | None = None) -> None:
    """Add the lists of commitments, members, incidents, and localities & axes (each in its
    place in the navigation; the one keyed ``first`` is built first: shown at once, it starts
    reading its rows while the others are built)."""
    from secframe.ui.pages.commitments import CommitmentsPage
    from secframe.ui.pages.incidents import IncidentsPage
    from secframe.ui.pages.members import MembersPage
    from secframe.ui.pages.places import PlacesPage

    pages: dict[str, tuple[str, Callable[[AppContext], QWidget]]] = {
        "commitments": (translate("Menus", "Commitments"), CommitmentsPage),
        "members": (translate("Menus", "Members"), MembersPage),
        "incidents": (translate("Menus", "Incidents"), IncidentsPage),
        "places": (translate("Menus", "Localities & axes"), PlacesPage),
    }
    for key in sorted(pages, key=lambda k: k != first):
        title, page = pages[key]
        window.add_page(key, title, page(window.context))
        if key == first:
            window.show_page(key)


def page_shortcuts(window: MainWindow) -> None:
    """One View menu entry per page, Ctrl+1, Ctrl+2… in navigation order."""
    view = window.menu("view")
    for action in getattr(window, "page_actions", []):
        view.removeAction(action)
    window.page_actions = []
    for i, key in enumerate(window.page_keys):
        item = window.navigation.item(i)
        action = QAction(item.text() if item else key, window)
        action.setObjectName(f"action_page_{key}")
        if i < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
        action.triggered.connect(lambda _c=False, k=key: window.show_page(k))
        if window.pages_menu_separator is not None:
            view.insertAction(window.pages_menu_separator, action)
        window.addAction(action)
        window.page_actions.append(action)


# What stays usable while the database is being opened at start-up.
WITHOUT_DATABASE = ("quit", "preferences", "guide")


def enable_database_actions(window: MainWindow, enabled: bool) -> None:
    """Enable (or, while the database is being opened, disable) what needs the database."""
    for key, action in window.actions_by_key.items():
        if key not in WITHOUT_DATABASE:
            action.setEnabled(enabled)
    if enabled:
        update_edit_actions(window)


def update_edit_actions(window: MainWindow) -> None:
    """Enable the Edit entries the current page supports."""
    page = window.current_page()
    has_framework = window.context.framework_id is not None
    for key, method in EDIT_ACTIONS.items():
        action = window.actions_by_key.get(key)
        if action is not None:
            action.setEnabled(callable(getattr(page, method, None)))
    for key in ("framework_properties", "delete_framework"):
        window.actions_by_key[key].setEnabled(has_framework)
    grey_window_actions(window)  # a read-only database: nothing that writes


def _on_page(window: MainWindow, key: str) -> None:
    method = getattr(window.current_page(), EDIT_ACTIONS[key], None)
    if callable(method):
        method()


def _fill_columns(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    source = getattr(window.current_page(), "column_menu", None)
    if not callable(source):
        menu.addAction(translate("Menus", "This page has no columns to choose")).setEnabled(False)
        return
    chooser = source()
    menu.chooser = chooser  # type: ignore[attr-defined]  # keeps its actions alive
    for action in chooser.actions():
        menu.addAction(action)


def _refresh(window: MainWindow) -> None:
    window.reload_frameworks()
    window.context.notify_changed("")


def new_framework(window: MainWindow) -> None:
    """Create a framework and show it."""
    from secframe.ui.editors.framework import FrameworkEditor

    editor = FrameworkEditor(window.context, None, window)
    editor.saved.connect(lambda info: window.reload_frameworks(select=info.id))
    editor.finished.connect(editor.deleteLater)
    editor.open()


def edit_framework(window: MainWindow) -> None:
    """Change the current framework's name, level and regions."""
    from secframe.ui.editors.framework import FrameworkEditor

    if window.context.framework_id is None:
        new_framework(window)
        return
    editor = FrameworkEditor(window.context, window.context.framework_id, window)
    editor.saved.connect(lambda info: window.reload_frameworks(select=info.id))
    editor.finished.connect(editor.deleteLater)
    editor.open()


def preferences(window: MainWindow) -> None:
    """Choose the language; the window is rebuilt in the new one."""
    from secframe.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.context.settings, window)
    dialog.language_changed.connect(lambda _code: _rebuild(window))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def _rebuild(window: MainWindow) -> None:
    """The window in the new language, once unsaved changes are dealt with (else at the next
    start)."""
    if window.confirm_leave(lambda: _rebuild(window)):
        window.rebuild()


def about(window: MainWindow) -> None:
    """Version, database, schema revision and data attributions."""
    from secframe.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(window.context.db, window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def restore_from(window: MainWindow) -> None:
    """Replace the database with a backup, checked first (File › Restore from…)."""
    from secframe.ui.restore_actions import restore_from as restore

    restore(window)


def user_guide(window: MainWindow) -> None:
    """The guide, at the section about the page on screen (F1)."""
    from secframe.ui.guide import show_guide_for

    show_guide_for(window)


def quit_app(window: MainWindow) -> None:
    """Close the window (and so the app), asking about unsaved changes first."""
    window.close()


Shortcut = QKeySequence.StandardKey | str | None
Entry = tuple[str, str, Callable[["MainWindow"], Any], Shortcut] | None  # None: a separator

Std = QKeySequence.StandardKey

# menu key -> (action key, text, what it does, shortcut); the Edit entries call the page's
# method of the same name (EDIT_ACTIONS).
MENUS: dict[str, tuple[Entry, ...]] = {
    "file": (
        ("new_database", QT_TRANSLATE_NOOP("Menus", "&New database…"), db_actions.new_database, "Ctrl+Shift+N"),
        ("open_database", QT_TRANSLATE_NOOP("Menus", "&Open database…"), db_actions.open_database, Std.Open),
        ("open_read_only", QT_TRANSLATE_NOOP("Menus", "Open read-onl&y…"), db_actions.open_read_only, None),
        None,
        ("new_framework", QT_TRANSLATE_NOOP("Menus", "New &framework…"), new_framework, None),
        ("framework_properties", QT_TRANSLATE_NOOP("Menus", "Framework &properties…"), edit_framework, None),
        ("delete_framework", QT_TRANSLATE_NOOP("Menus", "Dele&te this framework…"), db_actions.delete_framework, None),
        None,
        ("backup", QT_TRANSLATE_NOOP("Menus", "&Back up to…"), db_actions.back_up, "Ctrl+B"),
        ("restore", QT_TRANSLATE_NOOP("Menus", "Re&store from…"), restore_from, None),
        None,
        ("quit", QT_TRANSLATE_NOOP("Menus", "&Quit"), quit_app, Std.Quit),
    ),
    "edit": (
        ("new", QT_TRANSLATE_NOOP("Menus", "&New…"), lambda w: _on_page(w, "new"), Std.New),
        ("open", QT_TRANSLATE_NOOP("Menus", "&Open the selection"), lambda w: _on_page(w, "open"), None),
        ("delete", QT_TRANSLATE_NOOP("Menus", "&Delete the selection…"), lambda w: _on_page(w, "delete"), Std.Delete),
        None,
        ("copy", QT_TRANSLATE_NOOP("Menus", "&Copy the selection"), lambda w: _on_page(w, "copy"), Std.Copy),
        ("find", QT_TRANSLATE_NOOP("Menus", "&Find"), lambda w: _on_page(w, "find"), Std.Find),
        None,
        ("preferences", QT_TRANSLATE_NOOP("Menus", "&Preferences…"), preferences, "Ctrl+,"),
    ),
    "view": (
        ("refresh", QT_TRANSLATE_NOOP("Menus", "&Refresh"), _refresh, Std.Refresh),
    ),
    "help": (
        ("guide", QT_TRANSLATE_NOOP("Menus", "User &guide"), user_guide, "F1"),
        None,
        ("about", QT_TRANSLATE_NOOP("Menus", "&About secframe"), about, None),
    ),
}  # fmt: skip


def build_menus(window: MainWindow) -> None:
    """Fill the File, Edit, View and Help menus from ``MENUS`` (F1 in editors and dialogs:
    ``MainWindow._attach``)."""
    window.actions_by_key = {}
    for menu_key, entries in MENUS.items():
        menu = window.menu(menu_key)
        if menu_key == "view":  # the pages (Ctrl+1…) and the column chooser come first
            window.pages_menu_separator = menu.addSeparator()
            columns = menu.addMenu(translate("Menus", "&Columns"))
            columns.setObjectName("menu_columns")
            columns.aboutToShow.connect(lambda m=columns: _fill_columns(window, m))
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            key, text, slot, shortcut = entry
            menu.addAction(
                _action(window, key, translate("Menus", text), _bound(slot, window), shortcut)
            )
            if key == "open_database":
                recent = menu.addMenu(translate("Menus", "Open &recent"))
                recent.setObjectName("menu_recent")
                recent.aboutToShow.connect(lambda m=recent: db_actions.fill_recent(window, m))


def _bound(slot: Callable[[MainWindow], Any], window: MainWindow) -> Callable[[], Any]:
    return lambda: slot(window)
