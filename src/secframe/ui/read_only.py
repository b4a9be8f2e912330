"""What a read-only database looks like in the window: nothing that would write looks writable.

Whether the database is read-only is asked in one place, ``AppContext.read_only`` (opened
with ``--read-only`` or File › Open read-only, or a file, folder or server role that may not
be written). Then:

- ``writable(context, control, enabled)`` enables a control that writes (a button, a menu
  action) only when the database may be written, and otherwise greys it with a tooltip saying
  why; pages call it wherever they enable such a control, so their own conditions still apply
  once another, writable, database is opened;
- ``grey_window_actions(window)`` greys the window's menu entries that write (``WRITE_ACTIONS``);
- ``freeze(editor_body)`` shows an editor's fields without letting them change (editors still
  open, to look) and keeps its buttons greyed.

The services refuse every write to a read-only database anyway (``ReadOnlyDatabase``); this
module only keeps the window from offering them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from secframe.i18n import translate

if TYPE_CHECKING:
    from secframe.ui.context import AppContext
    from secframe.ui.main_window import MainWindow

# The window's menu entries (``MainWindow.actions_by_key``) that change data.
WRITE_ACTIONS = (
    "new_framework", "delete_framework", "new", "delete", "undo", "redo",
    "import_workbook", "import_incidents", "restore",
    "new_session", "adopt_previous", "prepare_points",
)  # fmt: skip
# Of those, the entries whose own code decides when they are enabled on a writable database.
DECIDED_ELSEWHERE = ("new", "delete", "delete_framework", "undo", "redo")
OWN_TIP = "secframe_own_tooltip"  # the control's tooltip when the database may be written


def tip() -> str:
    """The tooltip of a control greyed because the database is read-only."""
    return translate("ReadOnly", "The database is open read-only: nothing can be changed.")


def writable(context: AppContext, control: QWidget | QAction, enabled: bool = True) -> None:
    """Enable a control that writes when ``enabled`` and the database may be written; on a
    read-only database grey it, with a tooltip saying why (its own tooltip comes back once a
    writable database is open)."""
    read_only = context.read_only
    control.setEnabled(enabled and not read_only)
    own = control.property(OWN_TIP)
    if own is None:
        own = control.toolTip()
        control.setProperty(OWN_TIP, own)
    control.setToolTip(tip() if read_only else str(own))


def grey_window_actions(window: MainWindow) -> None:
    """Grey the window's menu entries that write when the database is read-only; give them
    back once a writable one is open (those whose state depends on the page, the framework
    or the history of changes keep what their own code decided)."""
    context = window.context
    for key in WRITE_ACTIONS:
        action = window.actions_by_key.get(key)
        if action is None:
            continue
        if context.read_only:
            writable(context, action, False)
        elif action.property(OWN_TIP) is not None:  # greyed for an earlier database
            writable(context, action, action.isEnabled() if key in DECIDED_ELSEWHERE else True)


class _KeepGreyed(QObject):
    """Greys again the buttons of a frozen editor that its own code enables."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


def freeze(body: QWidget) -> None:
    """Show the fields inside ``body`` without letting them change: text and numbers
    read-only, lists not editable, choices and buttons greyed (and kept greyed); tabs still
    switch. Call it again after adding fields."""
    keeper = body.findChild(
        _KeepGreyed, "secframe_keep_greyed", Qt.FindChildOption.FindDirectChildrenOnly
    )
    if keeper is None:
        keeper = _KeepGreyed(body)
        keeper.setObjectName("secframe_keep_greyed")
    for widget in body.findChildren(QWidget):
        if _inside_tab_bar(widget):
            continue
        if isinstance(widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit | QTextEdit):
            widget.setReadOnly(True)
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                widget.setPlaceholderText("")  # no « type a place… » in a field one cannot type in
            palette = widget.palette()  # the window's grey, not the white of a field to fill
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            widget.setPalette(palette)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(widget, QComboBox | QAbstractButton):
            if not widget.property("secframe_frozen"):
                widget.setProperty("secframe_frozen", True)
                widget.installEventFilter(keeper)
                if isinstance(widget, QAbstractButton):  # a choice keeps its word's definition
                    widget.setToolTip(tip())
            widget.setEnabled(False)


def notice(context: AppContext, parent: QWidget) -> QLabel:
    """The band an editor shows on a read-only database (why nothing can be saved)."""
    label = QLabel(context.read_only_message(), parent)
    label.setObjectName("read_only_notice")
    label.setWordWrap(True)
    label.setStyleSheet(
        "QLabel { background: #fff3cd; color: #5c4400; padding: 6px 10px; "
        "border: 1px solid #e0c36a; }"
    )
    return label


def _inside_tab_bar(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(widget, QTabBar) or isinstance(parent, QTabBar)
