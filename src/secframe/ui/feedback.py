"""What the user is told once an action is done: a line in the main window's status bar.

``confirm(widget, text)`` is called where a write completes (an editor's save, an undo…); it
finds the main window of ``widget`` and shows ``text`` for a few seconds.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow, QWidget

CONFIRM_MS = 6000  # how long a confirmation stays in the status bar


def main_window(widget: QWidget | None) -> QMainWindow | None:
    """The main window a widget (or the dialog it sits in) belongs to."""
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None


def record_label(result: Any) -> str:
    """How a saved record is named to users (its reference and title, or its name)."""
    row = getattr(result, "row", result)
    title = getattr(row, "title", None) or getattr(row, "name", None) or getattr(row, "label", "")
    reference = getattr(row, "reference", None)
    text = str(title or "")
    return f"{reference} · {text}" if reference and text else text


def confirm(widget: QWidget | None, text: str) -> None:
    """Say in the status bar that something was done (« Engagement « … » enregistré »)."""
    window = main_window(widget)
    if window is not None:
        window.statusBar().showMessage(text, CONFIRM_MS)
