"""The list of a framework's sessions on the Sessions page (one selected at a time)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSettings
from PySide6.QtWidgets import QAbstractItemView, QWidget

from secframe.services.meetings import MeetingInfo
from secframe.ui.meetings.tables import SESSIONS
from secframe.ui.tables import RecordFilterProxy, RecordTableModel, RecordTableView


class SessionList(RecordTableView):
    """The sessions, the latest first; ``selectionModel().currentRowChanged`` says which one
    the user picked (``select`` picks one without saying so)."""

    def __init__(self, settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(SESSIONS, settings, parent)
        self.records: RecordTableModel[MeetingInfo] = RecordTableModel(SESSIONS, self)
        self.proxy = RecordFilterProxy(self.records, self)
        self.setModel(self.proxy)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    @property
    def sessions(self) -> Sequence[MeetingInfo]:
        """Every session listed."""
        return self.records.rows

    def set_sessions(self, sessions: Sequence[MeetingInfo]) -> None:
        """Replace the sessions listed."""
        self.records.set_rows(sessions)

    def latest(self) -> MeetingInfo | None:
        """The session with the highest number."""
        return max(self.sessions, key=lambda m: m.number, default=None)

    def before(self, meeting: MeetingInfo) -> MeetingInfo | None:
        """The session just before ``meeting`` (None for the first one)."""
        earlier = [m for m in self.sessions if m.number < meeting.number]
        return max(earlier, key=lambda m: m.number, default=None)

    def select(self, meeting_id: int | None) -> bool:
        """Select a session without emitting the selection signals; False if not listed."""
        row = self.proxy.proxy_row_of(meeting_id) if meeting_id is not None else -1
        if row < 0:
            return False
        self.set_current(self.proxy.index(row, 0))
        return True

    def set_current(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Make a row current and selected without emitting the selection signals."""
        selection = self.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        selection.blockSignals(False)
        self.viewport().update()
