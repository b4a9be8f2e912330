"""Edit › Undo “…” (Ctrl+Z) and Redo “…” (Ctrl+Shift+Z) of this session's changes.

The rules (what an action is, what may be undone) live in ``services.undo``; this module only
offers them in the Edit menu and runs them as background writes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence

from secframe.i18n import QT_TRANSLATE_NOOP, translate
from secframe.ui.feedback import confirm

if TYPE_CHECKING:
    from secframe.ui.main_window import MainWindow

UNDO_NAMED = QT_TRANSLATE_NOOP("Undo", "&Undo “{what}”")
UNDO_BARE = QT_TRANSLATE_NOOP("Undo", "&Undo")
REDO_NAMED = QT_TRANSLATE_NOOP("Undo", "&Redo “{what}”")
REDO_BARE = QT_TRANSLATE_NOOP("Undo", "&Redo")


def install(window: MainWindow) -> None:
    """Put Undo and Redo at the top of the Edit menu."""
    menu = window.menu("edit")
    first = menu.actions()[0]  # New…: Undo and Redo come before it
    undo = QAction(window)
    undo.setObjectName("action_undo")
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = QAction(window)
    redo.setObjectName("action_redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    undo.triggered.connect(lambda _c=False: run(window, backwards=True))
    redo.triggered.connect(lambda _c=False: run(window, backwards=False))
    for action in (undo, redo):
        menu.insertAction(first, action)
        window.addAction(action)
        window.actions_by_key[action.objectName().removeprefix("action_")] = action
    menu.insertSeparator(first)
    menu.aboutToShow.connect(lambda: update(window))
    window.context.data_changed.connect(lambda _entity: update(window))
    window.context.database_changed.connect(lambda: update(window))
    update(window)


def update(window: MainWindow) -> None:
    """Name the action Undo and Redo would act on, or disable them."""
    history = window.context.undo_history
    for key, source, named, bare in (
        ("undo", "next_undo", UNDO_NAMED, UNDO_BARE),
        ("redo", "next_redo", REDO_NAMED, REDO_BARE),
    ):
        action = window.actions_by_key[key]
        pending = getattr(history, source)() if history is not None else None
        action.setEnabled(pending is not None)
        if pending is None:
            action.setText(translate("Undo", bare))
        else:
            action.setText(translate("Undo", named).format(what=_short(pending.description)))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run(window: MainWindow, *, backwards: bool) -> None:
    """Undo (or redo) the last action in the background, then say what was done."""
    from secframe.services.undo import redo_last, undo_last

    context = window.context
    history, db = context.undo_history, context.db
    if history is None or (history.next_undo() if backwards else history.next_redo()) is None:
        return
    step = undo_last if backwards else redo_last

    def job(_state: Any) -> Any:
        return step(history, db.write)

    def done(action: Any) -> None:
        if action is None:
            return
        text = (
            translate("Undo", "Undone: {what}")
            if backwards
            else translate("Undo", "Redone: {what}")
        )
        confirm(window, text.format(what=action.description))

    context.run(
        window,
        job,
        title=translate("Undo", "Undoing…") if backwards else translate("Undo", "Redoing…"),
        writes=True,
        changed="",
        on_done=done,
    )
