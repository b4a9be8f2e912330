"""Filter widgets for the lists: a search box, multi-choice buttons, a date range."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QWidget

from secframe.ui.widgets.fields import DateField


class SearchBox(QLineEdit):
    """Filters a list as you type (every word, ignoring case and accents)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.setMinimumWidth(260)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ChoiceFilter(QPushButton):
    """A button listing values to tick; none ticked means no filter.

    The button's text says what is chosen ("Statut : tous", "Statut : En cours, Suspendu").
    """

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._actions: list[QAction] = []
        self._refresh()

    def set_choices(self, choices: Iterable[tuple[Any, str]]) -> None:
        """Replace the values offered (ticks on values still offered are kept)."""
        kept = set(self.selected())
        self._menu.clear()
        self._actions = []
        for value, label in choices:
            action = QAction(label, self._menu)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value in kept)
            action.toggled.connect(self._toggled)
            self._menu.addAction(action)
            self._actions.append(action)
        if self._actions:
            self._menu.addSeparator()
            clear = self._menu.addAction(self.tr("Show all"))
            clear.triggered.connect(self.clear)
        self._refresh()

    def selected(self) -> list[Any]:
        """The ticked values."""
        return [a.data() for a in self._actions if a.isChecked()]

    def set_selected(self, values: Iterable[Any]) -> None:
        """Tick exactly these values."""
        wanted = set(values)
        for action in self._actions:
            action.blockSignals(True)
            action.setChecked(action.data() in wanted)
            action.blockSignals(False)
        self._refresh()
        self.changed.emit()

    def clear(self) -> None:
        """Untick everything (no filter)."""
        self.set_selected(())

    def _toggled(self, _on: bool) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        chosen = [a.text() for a in self._actions if a.isChecked()]
        if not chosen:
            summary = self.tr("all")
        elif len(chosen) <= 2:
            summary = ", ".join(chosen)
        else:
            summary = self.tr("{count} chosen").format(count=len(chosen))
        self.setText(self.tr("{title}: {summary}").format(title=self.title, summary=summary))
        self.setToolTip("\n".join(chosen))


class DateRange(QWidget):
    """From … to … dates (either may be empty)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.start = DateField(self)
        self.end = DateField(self)
        layout.addWidget(QLabel(self.tr("From"), self))
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.end)
        for field in (self.start, self.end):
            field.edit.editingFinished.connect(self.changed)
            field.calendar.clicked.connect(lambda _d: self.changed.emit())

    def value(self) -> tuple[date | None, date | None]:
        """(from, to); None where empty."""
        return self.start.value(), self.end.value()

    def set_value(self, start: date | None, end: date | None) -> None:
        """Set both ends."""
        self.start.set_value(start)
        self.end.set_value(end)
        self.changed.emit()
