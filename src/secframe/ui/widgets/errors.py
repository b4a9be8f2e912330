"""Showing broken rules next to the fields they concern, in the user's language.

Services raise ``ValidationError`` whose errors name the input field ("title", "reason",
"representatives[2].phone"). An editor wraps each input in a ``FieldBox`` registered under
that name; ``FormErrors.show(err)`` puts each message under its field and the rest in a
banner at the top of the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from secframe.services.errors import ValidationError

ERROR_COLOUR = "#b00020"
QWIDGETSIZE_MAX = (1 << 24) - 1


def error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden label for an error message, shown in red with a warning sign."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setObjectName("field_error")
    label.hide()
    return label


class FieldBox(QWidget):
    """An input with room below it for its error message."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field, 1)  # a text box grows into the room, not the space below it
        self.error = error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(0)
        # Grow only as much as the field would: a one-line input stays one line high.
        policy = field.sizePolicy()
        if field.maximumHeight() < QWIDGETSIZE_MAX:
            policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
        self.setSizePolicy(policy)
        self.setFocusProxy(field)

    def set_error(self, message: str | None) -> None:
        """Show (or with None, hide) the message under the field."""
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.field.setProperty("invalid", bool(message))
        self.field.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};" if message else "")

    @property
    def message(self) -> str:
        """The message shown ('' when none)."""
        return self.error.text().removeprefix("⚠ ")


class Banner(QFrame):
    """A message across the top of a dialog, for errors that concern no single field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_banner")
        self.setStyleSheet(
            f"#error_banner {{ background: #fdecea; border: 1px solid {ERROR_COLOUR}; "
            "border-radius: 3px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label = error_label(self)
        self.label.show()
        layout.addWidget(self.label)
        self.hide()

    def show_messages(self, messages: Iterable[str]) -> None:
        """Show these messages (hide the banner when there are none)."""
        text = "\n".join(m for m in messages if m)
        self.label.setText(text)
        self.setVisible(bool(text))

    @property
    def text(self) -> str:
        """The messages shown."""
        return self.label.text() if self.isVisible() else ""


class FormErrors:
    """The field boxes of a form by input name, and the banner for everything else."""

    def __init__(self, banner: Banner) -> None:
        self.banner = banner
        self.boxes: dict[str, FieldBox] = {}
        self.clearers: list[Callable[[], None]] = []
        self.routes: list[tuple[Callable[[str], bool], Callable[[str, str], str | None]]] = []

    def box(self, name: str, field: QWidget) -> FieldBox:
        """Wrap ``field`` in a FieldBox registered under the input name ``name``."""
        box = FieldBox(field)
        self.boxes[name] = box
        return box

    def route(self, matches: Callable[[str], bool], show: Callable[[str, str], str | None]) -> None:
        """Send errors of fields matching ``matches`` (e.g. table cells) to ``show(field, text)``,
        which marks the cell and may return the text for the banner ("Line 2: ...")."""
        self.routes.append((matches, show))

    def clear(self) -> None:
        """Hide every message."""
        for box in self.boxes.values():
            box.set_error(None)
        for clear in self.clearers:
            clear()
        self.banner.show_messages([])

    def show_problems(self, problems: dict[str, str]) -> bool:
        """Show messages by field name; True when there were any."""
        self.clear()
        general: list[str] = []
        first: QWidget | None = None
        for name, text in problems.items():
            box = self.boxes.get(name)
            if box is not None:
                box.set_error(text)
                first = first or box
                if box.isVisibleTo(box.window()):
                    continue  # on another tab: the banner says it too
            route = next((show for match, show in self.routes if match(name)), None)
            general.append((route(name, text) if route is not None else None) or text)
        self.banner.show_messages(general)
        if first is not None:
            first.setFocus()
        return bool(problems)

    def show(self, err: ValidationError) -> None:
        """Show every broken rule of a ValidationError."""
        problems: dict[str, str] = {}
        for e in err.errors:
            text = str(e)
            problems[e.field] = f"{problems[e.field]}\n{text}" if e.field in problems else text
        self.show_problems(problems)

    def message(self, name: str) -> str:
        """The message shown under a field ('' when none)."""
        box = self.boxes.get(name)
        return box.message if box is not None else ""
