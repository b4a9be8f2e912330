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
    ("import_incidents", QT_TRANSLATE_NOOP("ExchangeMenu", "Import i&ncidents (ACLED)…"), ""),
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
    quit_action = next(
        (a for a in menu.actions() if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)),
        None,
    )
    created = []
    for name, title, shortcut in ENTRIES:
        action = QAction(QCoreApplication.translate("ExchangeMenu", title), window)
        action.setObjectName(f"exchange_{name}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False, name=name: getattr(actions_of(window), name)())
        created.append(action)
    if quit_action is not None:
        menu.insertActions(quit_action, created)
        menu.insertSeparator(quit_action)
    else:
        menu.addActions(created)
