"""The Sessions page: a framework's numbered sessions, and for the one selected its fields and
attendance, the review of open commitments, and its decisions. A locked session is shown
read-only with who locked it and when; it can still be printed and saved as PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secframe.i18n import format_datetime
from secframe.models import MeetingKind
from secframe.services import commitments as cs
from secframe.services import meetings as ms
from secframe.services import review as rv
from secframe.services.members import MemberInfo, list_members
from secframe.ui.context import AppContext
from secframe.ui.meetings import printing
from secframe.ui.meetings import session_actions as actions
from secframe.ui.meetings.alive import run
from secframe.ui.meetings.decisions_panel import DecisionsPanel
from secframe.ui.meetings.editor import SessionEditor
from secframe.ui.meetings.review_panel import ReviewPanel
from secframe.ui.meetings.tables import ROW_ROLE, SessionsModel

SESSION_TAB, REVIEW_TAB, DECISIONS_TAB = range(3)


def local_time(utc: datetime) -> datetime:
    """A stored (naive UTC) time in the computer's time zone."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class SessionData:
    """Everything the page shows about one session."""

    meeting: ms.MeetingInfo
    members: list[MemberInfo]
    sheet: rv.ReviewSheet
    commitments: list[cs.CommitmentRow]
    adopted_in: int | None  # the number of the session that adopted its conclusions


class MeetingsPage(QWidget):
    """Sessions of the current framework and the workflow of the one selected."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: SessionData | None = None
        self.members: list[MemberInfo] = []
        self._token = 0
        self._pending = False  # a reload or load has not reached the screen yet
        self._wanted: int | None = None
        self._new = False  # a new session is being entered
        self._build_list()
        self._build_tabs()
        self._build_actions()
        self._layout()
        context.framework_changed.connect(lambda _id: self.reload())
        context.database_changed.connect(self.reload)
        context.data_changed.connect(self._data_changed)
        self.reload()

    def _build_list(self) -> None:
        self.model = SessionsModel()
        self.list = QTableView(self)
        self.list.setModel(self.model)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.setWordWrap(False)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)

    def _build_tabs(self) -> None:
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4d6; border: 1px solid #d9b44a; padding: 6px; }"
        )
        self.banner.hide()
        self.editor = SessionEditor(self)
        self.editor.changed.connect(self._update_buttons)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        session_tab = QWidget(self)
        edit_buttons = QHBoxLayout()
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.revert_button)
        edit_buttons.addWidget(self.save_button)
        tab_layout = QVBoxLayout(session_tab)
        tab_layout.addWidget(self.editor)
        tab_layout.addLayout(edit_buttons)
        self.review = ReviewPanel(self.context, self)
        self.decisions = DecisionsPanel(self.context, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(session_tab, self.tr("Session and attendance"))
        self.tabs.addTab(self.review, self.tr("Review of open commitments"))
        self.tabs.addTab(self.decisions, self.tr("Decisions"))

    def _build_actions(self) -> None:
        self.new_button = QPushButton(self.tr("&New session"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.adopt_button = QPushButton(self.tr("&Adopt previous conclusions…"), self)
        self.print_button = QPushButton(self.tr("&Print brief…"), self)
        self.pdf_button = QPushButton(self.tr("Brief as P&DF…"), self)
        self.new_button.clicked.connect(self.new_session)
        self.delete_button.clicked.connect(self.delete)
        self.adopt_button.clicked.connect(self.adopt_previous)
        self.print_button.clicked.connect(self.print_brief)
        self.pdf_button.clicked.connect(self.save_brief)

    def _layout(self) -> None:
        actions = QHBoxLayout()
        for b in (self.new_button, self.delete_button, self.adopt_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.pdf_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.tabs)
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(split)

    # --- loading -------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        """The session shown (None for a new, unsaved one)."""
        return self.data.meeting.id if self.data is not None else None

    @property
    def stale(self) -> bool:
        """True until the latest reload or load is on screen."""
        return self._pending

    def reload(self, select: int | None = None) -> None:
        """Reload the list of sessions, then the session shown (or ``select``)."""
        self._pending = True
        framework_id = self.context.framework_id
        self._wanted = select if select is not None else self.current_id()
        self._token += 1
        token = self._token
        if framework_id is None:
            self._show_list([], [], token)
            return

        def job(_state: object) -> tuple[list[ms.MeetingInfo], list[MemberInfo]]:
            with self.context.db.read() as s:
                return ms.list_meetings(s, framework_id), list_members(s, framework_id)

        run(
            self.context,
            self,
            job,
            title=self.tr("Sessions"),
            progress=False,
            on_done=lambda r: self._show_list(r[0], r[1], token),
        )

    def _show_list(
        self, meetings: list[ms.MeetingInfo], members: list[MemberInfo], token: int
    ) -> None:
        if token != self._token:
            return  # a later reload is on its way
        self.members = members
        self.model.set_rows(meetings)
        self.list.resizeColumnsToContents()  # a few hundred sessions at most
        self._update_buttons()
        wanted = self._wanted
        if wanted is None and meetings:
            wanted = meetings[0].id  # the latest session
        row = next((i for i, m in enumerate(self.model.rows) if m.id == wanted), None)
        if row is None:
            self._show(None)
            return
        index = self.model.index(row, 0)
        self.list.selectionModel().blockSignals(True)
        self.list.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.list.selectionModel().blockSignals(False)
        self.load(self.model.rows[row].id)

    def load(self, meeting_id: int) -> None:
        """Load one session's details in the background and show them."""
        self._pending = True
        self._token += 1
        token = self._token

        def job(_state: object) -> SessionData:
            with self.context.db.read() as s:
                meeting = ms.get_meeting(s, meeting_id)
                adopted = (
                    ms.get_meeting(s, meeting.adopted_in_id) if meeting.adopted_in_id else None
                )
                return SessionData(
                    meeting,
                    list_members(s, meeting.framework_id),
                    rv.review_sheet(s, meeting_id),
                    cs.list_commitments(s, meeting.framework_id),
                    adopted.number if adopted is not None else None,
                )

        run(
            self.context,
            self,
            job,
            title=self.tr("Session"),
            progress=False,
            on_done=lambda data: self._show(data) if token == self._token else None,
        )

    def _show(self, data: SessionData | None) -> None:
        self.data = data
        self._new = False
        self._pending = False
        if data is None:
            self.editor.setEnabled(False)
            self.review.set_sheet(None)
            self.decisions.set_session(None, [], [])
            self.banner.hide()
        else:
            self.editor.setEnabled(True)
            self.editor.set_session(data.meeting.to_input(), data.members)
            self.review.set_sheet(data.sheet)
            self.decisions.set_session(data.meeting, data.members, data.commitments)
            self._show_lock(data)
        self._update_buttons()

    def _show_lock(self, data: SessionData) -> None:
        m = data.meeting
        self.editor.set_read_only(m.locked)
        if not m.locked:
            self.banner.hide()
            return
        text = self.tr(
            "Locked: the conclusions of this session were adopted at session n° {number}; "
            "locked on {when} by {user}. It can still be printed and saved as PDF."
        ).format(
            number=data.adopted_in or "—",
            when=format_datetime(local_time(m.locked_at)) if m.locked_at else "—",
            user=m.locked_by or "—",
        )
        self.banner.setText(text)
        self.banner.show()

    def _data_changed(self, entity: str) -> None:
        if entity in ("", "Meeting", "Commitment", "Member", "ResourceNeed", "Framework"):
            if self.editor.is_dirty() or self._new:
                return  # keep the user's edits; they save or revert
            self.reload()

    def _update_buttons(self) -> None:
        m = self.data.meeting if self.data is not None else None
        editable = m is None or not m.locked
        dirty = self.editor.is_dirty() or self._new
        self.save_button.setEnabled(editable and dirty and self.editor.isEnabled())
        self.revert_button.setEnabled(editable and dirty and self.editor.isEnabled())
        self.delete_button.setEnabled(m is not None and not m.locked)
        self.adopt_button.setEnabled(m is not None and self._previous_open(m))
        self.print_button.setEnabled(m is not None)
        self.pdf_button.setEnabled(m is not None)
        for i in (REVIEW_TAB, DECISIONS_TAB):
            self.tabs.setTabEnabled(i, m is not None)

    def _previous_open(self, m: ms.MeetingInfo) -> bool:
        """Whether the session before ``m`` exists and is still open (can be adopted)."""
        earlier = [x for x in self.model.rows if x.number < m.number]
        return bool(earlier) and not max(earlier, key=lambda x: x.number).locked

    # --- selection and unsaved changes ---------------------------------------------------------

    def _row_changed(self, current: object, previous: object) -> None:
        row = self.model.data(current, ROW_ROLE) if current is not None else None  # type: ignore[arg-type]
        if row is None or row.id == self.current_id():
            return
        if not self.confirm_leave():
            self.list.selectionModel().blockSignals(True)
            self.list.selectionModel().setCurrentIndex(
                previous,  # type: ignore[arg-type]
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list.selectionModel().blockSignals(False)
            return
        self.load(row.id)

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved edits; False keeps the user on the session."""
        if not self.editor.is_dirty() and not self._new:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The session has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # the save reloads and selects the session
        return answer == QMessageBox.StandardButton.Discard

    # --- actions -------------------------------------------------------------------------------

    def new_session(self) -> None:
        """Start a new session, numbered after the last one and dated today."""
        if self.context.framework_id is None or not self.confirm_leave():
            return
        numbers = [m.number for m in self.model.rows]
        self._token += 1
        self.data = None
        self._new = True
        self.list.clearSelection()
        self.banner.hide()
        self.editor.setEnabled(True)
        self.editor.set_read_only(False)
        self.editor.set_session(
            ms.MeetingInput(
                number=max(numbers, default=0) + 1, held_on=date.today(), kind=MeetingKind.ORDINARY
            ),
            self.members,
        )
        self.review.set_sheet(None)
        self.decisions.set_session(None, [], [])
        self.tabs.setCurrentIndex(SESSION_TAB)
        self.editor.place.setFocus()
        self._update_buttons()

    def save(self) -> None:
        """Create or update the session shown."""
        framework_id = self.context.framework_id
        if framework_id is None or not self.save_button.isEnabled():
            return

        def done(info: ms.MeetingInfo) -> None:
            self.editor.set_session(info.to_input(), self.members)  # now clean
            self.reload(select=info.id)

        current = self.data.meeting if self.data is not None else None
        actions.save_session(self.context, self, framework_id, current, self.editor.value(), done)

    def revert(self) -> None:
        """Drop unsaved edits."""
        if self.data is None:
            self._new = False
            self.reload()
        else:
            self.editor.set_session(self.data.meeting.to_input(), self.data.members)
        self._update_buttons()

    def delete(self) -> None:
        """Delete the session shown (not a locked one), once confirmed."""
        if self.data is None or self.data.meeting.locked:
            return
        if actions.delete_session(self.context, self, self.data.meeting):
            self.data = None

    def adopt_previous(self) -> None:
        """Adopt the previous session's conclusions at the session shown, which locks it."""
        if self.data is None:
            return
        m = self.data.meeting
        earlier = [x for x in self.model.rows if x.number < m.number]
        previous = max(earlier, key=lambda x: x.number, default=None)
        actions.adopt_previous(self.context, self, m, previous)

    def show_review(self) -> None:
        """Bring the review of the session shown to the front."""
        if self.data is not None:
            self.tabs.setCurrentIndex(REVIEW_TAB)

    def print_brief(self) -> None:
        """Print preview of the brief of the session shown."""
        if self.data is not None:
            printing.print_brief(self.context, self, self.data.meeting.id)

    def save_brief(self) -> None:
        """Save the brief of the session shown as a PDF file."""
        if self.data is not None:
            printing.save_brief(self.context, self, self.data.meeting.id)
