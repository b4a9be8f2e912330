"""File menu entries for the Excel exchange: export, import of trackers, ACLED incidents.

The dialogs and the exchange code are imported when an entry is first used, so they cost
nothing at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from secframe.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from secframe.ui.exchange.actions import ExchangeActions

ENTRIES = (
    ("export", QT_TRANSLATE_NOOP("ExchangeMenu", "&Export to Excel…"), "Ctrl+E"),
    ("import_workbook", QT_TRANSLATE_NOOP("ExchangeMenu", "&Import…"), "Ctrl+I"),
    ("import_incidents", QT_TRANSLATE_NOOP("ExchangeMenu", "Import in&cidents (ACLED)…"), ""),
)


def actions_of(window: QMainWindow) -> ExchangeActions:
    """The exchange commands of a window (created on first use)."""
    found = getattr(window, "_exchange_actions", None)
    if found is None:
        from secframe.ui.exchange.actions import ExchangeActions

        found = ExchangeActions(window, window.context)  # type: ignore[attr-defined]
        window._exchange_actions = found  # type: ignore[attr-defined]
    return found


def install(window: QMainWindow) -> None:
    """Add File › Export to Excel…, Import…, Import incidents… to a main window."""
    menu: QMenu = window.menu("file")  # type: ignore[attr-defined]
    # Just above the group that ends with Quit (found by key: on some platforms the
    # standard Quit shortcut is empty, so it cannot identify the action).
    quit_action = getattr(window, "actions_by_key", {}).get("quit")
    entries = menu.actions()
    anchor = quit_action
    if quit_action in entries:
        before = entries[: entries.index(quit_action)]
        anchor = next((a for a in reversed(before) if a.isSeparator()), quit_action)
    created = []
    for name, title, shortcut in ENTRIES:
        action = QAction(QCoreApplication.translate("ExchangeMenu", title), window)
        action.setObjectName(f"exchange_{name}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False, name=name: getattr(actions_of(window), name)())
        created.append(action)
        by_key = getattr(window, "actions_by_key", None)
        if by_key is not None:  # imports are greyed on a read-only database (ui.read_only)
            by_key[name] = action
    if anchor is not None:
        menu.insertSeparator(anchor)
        menu.insertActions(anchor, created)
    else:
        menu.addActions(created)
