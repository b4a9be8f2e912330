"""The fields of a session: number, date, kind, place, chair, agenda, attendance, notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from secframe.models import MeetingKind
from secframe.services.meetings import MeetingInput
from secframe.services.members import MemberInfo
from secframe.ui.meetings.attendance import AttendanceEditor


def to_qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


class SessionEditor(QWidget):
    """Edits one session; ``changed`` tells when what is shown differs from what was saved."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved: MeetingInput | None = None
        self._build_fields()
        self.attendance = AttendanceEditor(self)
        form = QFormLayout()
        form.addRow(self.tr("Session n°"), self.number)
        form.addRow(self.tr("Da&te"), self.held_on)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("P&lace"), self.place)
        form.addRow(self.tr("C&hair"), self.chair)
        form.addRow(self.tr("A&genda"), self.agenda)
        form.addRow(self.tr("&Notes"), self.notes)
        top = QWidget(self)
        top.setLayout(form)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.attendance)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        for signal in (
            self.number.valueChanged,
            self.held_on.dateChanged,
            self.kind.currentIndexChanged,
            self.place.textChanged,
            self.chair.textChanged,
            self.agenda.textChanged,
            self.notes.textChanged,
            self.attendance.changed,
        ):
            signal.connect(self.changed)

    def _build_fields(self) -> None:
        self.number = QSpinBox(self)
        self.number.setRange(1, 9999)
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        self.kind = QComboBox(self)
        for k in MeetingKind:
            self.kind.addItem(k.label(), k.value)
        self.place = QLineEdit(self)
        self.chair = QLineEdit(self)
        self.agenda = QPlainTextEdit(self)
        self.agenda.setPlaceholderText(
            self.tr("One item per line: the decisions expected from this session.")
        )
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMaximumHeight(110)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)

    def set_session(self, info: MeetingInput, members: list[MemberInfo]) -> None:
        """Show a session's fields, choosing attendees among the framework's members."""
        widgets = (
            self.number,
            self.held_on,
            self.kind,
            self.place,
            self.chair,
            self.agenda,
            self.notes,
            self.attendance,
        )
        for w in widgets:
            w.blockSignals(True)
        self.number.setValue(info.number)
        self.held_on.setDate(to_qdate(info.held_on))
        self.kind.setCurrentIndex(self.kind.findData(info.kind.value))
        self.place.setText(info.place or "")
        self.chair.setText(info.chair or "")
        self.agenda.setPlainText("\n".join(info.agenda))
        self.notes.setPlainText(info.notes or "")
        self.attendance.set_attendance(info.attendance, members)
        for w in widgets:
            w.blockSignals(False)
        self._saved = self.value()
        self.changed.emit()

    def value(self) -> MeetingInput:
        """The session as entered."""
        return MeetingInput(
            number=self.number.value(),
            held_on=from_qdate(self.held_on.date()),
            kind=MeetingKind(self.kind.currentData()),
            place=self.place.text(),
            chair=self.chair.text(),
            notes=self.notes.toPlainText(),
            agenda=tuple(
                line.strip() for line in self.agenda.toPlainText().splitlines() if line.strip()
            ),
            attendance=self.attendance.value(),
        )

    def is_dirty(self) -> bool:
        """Whether what is shown differs from what was loaded or saved."""
        return self._saved is not None and _normal(self.value()) != _normal(self._saved)

    def set_read_only(self, read_only: bool) -> None:
        """A locked session is shown but cannot be edited."""
        for w in (self.number, self.held_on, self.kind, self.place, self.chair):
            w.setEnabled(not read_only)
        for text in (self.agenda, self.notes):
            text.setReadOnly(read_only)
        self.attendance.set_read_only(read_only)


def _normal(data: MeetingInput) -> MeetingInput:
    """Compare inputs the way the service stores them (empty text is no text)."""
    return MeetingInput(
        number=data.number,
        held_on=data.held_on,
        kind=data.kind,
        place=(data.place or "").strip() or None,
        chair=(data.chair or "").strip() or None,
        notes=(data.notes or "").strip() or None,
        agenda=data.agenda,
        attendance=data.attendance,
    )
