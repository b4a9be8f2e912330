"""Input fields typed the way the secretariat types: dates (15/03/2019) and XOF amounts.

Each field has ``value()``, ``set_value()``, a ``changed`` signal and ``problem()``, which
says in the user's language why the text cannot be read (shown next to the field before
anything is saved).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from secframe import i18n

_MONTHS = {
    name[:3].casefold(): i + 1 for names in (i18n.month_names("fr"), i18n.month_names("en"))
    for i, name in enumerate(names)
}  # fmt: skip
_MONTHS.update({"fév": 2, "fev": 2, "aoû": 8, "aou": 8, "déc": 12, "dec": 12})


def parse_date(text: str) -> date | None:
    """A date from what users type: 15/03/2019, 15-3-19, 2019-03-15, 15 mars 2019.

    Empty text gives None; text that is not a date raises ValueError.
    """
    text = text.strip()
    if not text:
        return None
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        return date(int(iso[1]), int(iso[2]), int(iso[3]))
    numeric = re.fullmatch(r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})", text)
    if numeric:
        year = int(numeric[3])
        return date(year + 2000 if year < 100 else year, int(numeric[2]), int(numeric[1]))
    named = re.fullmatch(r"(\d{1,2})\s+([^\W\d_]+)\.?\s+(\d{4})", text)
    if named:
        month = _MONTHS.get(named[2][:3].casefold())
        if month:
            return date(int(named[3]), month, int(named[1]))
    raise ValueError(text)


def parse_amount(text: str) -> Decimal | None:
    """An amount from "1 500 000", "1500000", "1.500.000", "2,5" or "2.5"; None when empty."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    for suffix in ("FCFA", "XOF", "F CFA", "€", "EUR"):
        text = text.removesuffix(suffix).strip()
    if not text:
        return None
    compact = text.replace(" ", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", compact):  # 1.500.000 written with dots
        compact = compact.replace(".", "")
    compact = compact.replace(",", ".")
    try:
        value = Decimal(compact)
    except InvalidOperation as err:
        raise ValueError(text) from err
    if not value.is_finite():
        raise ValueError(text)
    return value


class DateField(QWidget):
    """A date typed as text or picked in a calendar; empty means no date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        self.edit.textEdited.connect(lambda _text: self.changed.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Choose in a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)

    def value(self) -> date | None:
        """The date entered (None when empty or unreadable; see ``problem``)."""
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def set_value(self, value: date | None) -> None:
        """Show a date (or nothing)."""
        self.edit.setText(i18n.format_date(value) if value else "")

    def problem(self) -> str | None:
        """Why the text is not a date, or None."""
        try:
            parse_date(self.edit.text())
        except ValueError:
            return self.tr("Enter a date like 15/03/2019.")
        return None

    def setReadOnly(self, read_only: bool) -> None:
        """Show the date without letting it change."""
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(not read_only)
        self.button.setVisible(not read_only)

    def _tidy(self) -> None:
        value = self.value()
        if value is not None:
            text = i18n.format_date(value)
            if text != self.edit.text():
                self.edit.setText(text)

    def _prepare_calendar(self) -> None:
        value = self.value() or date.today()
        self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _picked(self, qdate: QDate) -> None:
        self.set_value(date(qdate.year(), qdate.month(), qdate.day()))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
        self.changed.emit()


class AmountField(QLineEdit):
    """An amount in XOF (FCFA) with thousands separators; empty means zero unless required."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, suffix: str = "FCFA") -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0")
        self.textEdited.connect(lambda _text: self.changed.emit())
        self._suffix = QLabel(suffix, self)
        self._suffix.setEnabled(False)
        self.setTextMargins(0, 0, self._suffix.sizeHint().width() + 6, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        hint = self._suffix.sizeHint()
        self._suffix.move(self.width() - hint.width() - 6, (self.height() - hint.height()) // 2)

    def value(self) -> Decimal | None:
        """The amount (None when empty or unreadable; see ``problem``)."""
        try:
            return parse_amount(self.text())
        except ValueError:
            return None

    def set_value(self, value: Decimal | int | None) -> None:
        """Show an amount with the language's separators."""
        if value is None:
            self.setText("")
            return
        value = Decimal(value)
        decimals = 0 if value == value.to_integral_value() else 2
        self.setText(i18n.format_number(value, decimals))

    def problem(self) -> str | None:
        """Why the text is not an amount, or None."""
        try:
            parse_amount(self.text())
        except ValueError:
            return self.tr("Enter an amount in figures, like 1 500 000.")
        return None

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        value = self.value()
        if value is not None:
            self.set_value(value)
