"""The Sessions page: a framework's numbered sessions, and for the one selected its fields and
attendance, the review of open commitments, and its decisions. A locked session is shown
read-only with who locked it and when; it can still be printed and saved as PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP, format_datetime
from secframe.models import MeetingKind
from secframe.services import meetings as ms
from secframe.services.changes import (
    COMMITMENT,
    FRAMEWORK,
    MEETING,
    MEMBER,
    RESOURCE_NEED,
    Changes,
)
from secframe.services.members import MemberInfo
from secframe.ui.context import AppContext
from secframe.ui.dialogs import ask
from secframe.ui.meetings import printing
from secframe.ui.meetings import session_actions as actions
from secframe.ui.meetings.decisions_panel import DecisionsPanel
from secframe.ui.meetings.editor import SessionEditor
from secframe.ui.meetings.review_panel import ReviewPanel
from secframe.ui.meetings.session_data import SessionData, local_time, read_session, read_sessions
from secframe.ui.meetings.session_list import SessionList
from secframe.ui.read_only import writable
from secframe.ui.tables import ROW_ROLE

SESSION_TAB, REVIEW_TAB, DECISIONS_TAB = range(3)
SPLITTER_KEY = "sessions/splitter"  # the width given to the list of sessions


class MeetingsPage(QWidget):
    """Sessions of the current framework and the workflow of the one selected."""

    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: SessionData | None = None
        self.members: list[MemberInfo] = []
        self._token = 0
        self._pending = False  # a reload or load has not reached the screen yet
        self._out_of_date = True  # read when first shown (not at start-up, while hidden)
        self._when_ready: list[Callable[[], None]] = []
        self._wanted: int | None = None
        self._new = False  # a new session is being entered
        self._saving = False
        self._build_list()
        self._build_tabs()
        self._build_actions()
        self._layout()
        context.framework_changed.connect(self._framework_changed)  # a method: gone with the page
        context.database_changed.connect(self._invalidate)
        context.data_changed.connect(self._data_changed)

    def _build_list(self) -> None:
        self.list = SessionList(self.context.settings, self)
        self.model, self.proxy = self.list.records, self.list.proxy  # as on the other pages
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        self.list.context_requested.connect(self._list_menu)

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
        self.save_button.clicked.connect(lambda _checked=False: self.save())
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
        self.new_button = QPushButton(self.tr("Ne&w session"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.adopt_button = QPushButton(self.tr("Adopt previous &conclusions…"), self)
        self.print_button = QPushButton(self.tr("&Print brief…"), self)
        self.pdf_button = QPushButton(self.tr("Brief as PD&F…"), self)
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
        self.splitter = split = QSplitter(self)
        split.setObjectName("sessions_splitter")
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 940])
        state = self.context.settings.value(SPLITTER_KEY)
        if isinstance(state, QByteArray | bytes):
            split.restoreState(state)
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

    def _framework_changed(self, _framework_id: int) -> None:
        self._invalidate()

    def _invalidate(self) -> None:
        """What is shown is out of date: read again now if on screen, else once shown."""
        self._out_of_date = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._out_of_date:
            self.reload()

    def when_ready(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the sessions shown are read (at once if they are)."""
        if self._pending or self._out_of_date:
            self._when_ready.append(then)
            if not self._pending:
                self.reload()
        else:
            then()

    def reload(self, select: int | None = None) -> None:
        """Reload the list of sessions, then the session shown (or ``select``)."""
        self._pending = True
        self._out_of_date = False
        framework_id = self.context.framework_id
        self._wanted = select if select is not None else self.current_id()
        self._token += 1
        token = self._token
        if framework_id is None:
            self._show_list([], [], token)
            return

        self.context.load(
            self,
            "meetings:list",
            lambda session: read_sessions(session, framework_id),
            lambda r: self._show_list(r[0], r[1], token),
        )

    def _show_list(
        self, meetings: list[ms.MeetingInfo], members: list[MemberInfo], token: int
    ) -> None:
        if token != self._token:
            return  # a later reload is on its way
        self.members = members
        self.model.set_rows(meetings)
        self.status_message.emit(self.status_text())
        self._update_buttons()
        latest = self.list.latest()
        wanted = self._wanted if self._wanted is not None else latest.id if latest else None
        if wanted is None or not self.list.select(wanted):
            self._show(None)
            return
        self.load(wanted)

    def load(self, meeting_id: int) -> None:
        """Load one session's details in the background and show them."""
        self._pending = True
        self._token += 1
        token = self._token

        self.context.load(
            self,
            "meetings:session",
            lambda session: read_session(session, meeting_id),
            lambda data: self._show(data) if token == self._token else None,
        )

    def _show(self, data: SessionData | None) -> None:
        self.data = data
        self._new = False
        self._pending = False
        waiting, self._when_ready = self._when_ready, []
        if data is None:  # nothing to show: no field keeps another session's (or framework's) text
            self.editor.setEnabled(False)
            self.editor.set_session(ms.MeetingInput(number=1, held_on=date.today()), [])
            self.review.set_sheet(None)
            self.decisions.set_session(None, [], [])
            self.banner.setText(
                self.tr(
                    "No session recorded for this framework yet: “New session” records the "
                    "first one, with its agenda and who attended."
                )
            )
            self.banner.setVisible(self.model.rowCount() == 0)
        else:
            self.editor.setEnabled(True)
            self.editor.set_session(data.meeting.to_input(), data.members)
            self.review.set_sheet(data.sheet)
            self.decisions.set_session(data.meeting, data.members, data.commitments, data.actions)
            self._show_lock(data)
        self._update_buttons()
        for then in waiting:
            then()

    def _show_lock(self, data: SessionData) -> None:
        m = data.meeting
        self.editor.set_read_only(m.locked or self.context.read_only)
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

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(MEETING, COMMITMENT, MEMBER, RESOURCE_NEED, FRAMEWORK):
            if self.editor.is_dirty() or self._new:
                return  # keep the user's edits; they save or revert
            self._invalidate()

    def _update_buttons(self) -> None:
        m = self.data.meeting if self.data is not None else None
        editable = m is None or not m.locked
        dirty = self.editor.is_dirty() or self._new
        ctx = self.context  # nothing that writes on a read-only database (ui.read_only)
        writable(
            ctx,
            self.save_button,
            editable and dirty and self.editor.isEnabled() and not self._saving,
        )
        writable(ctx, self.revert_button, editable and dirty and self.editor.isEnabled())
        writable(ctx, self.new_button)
        writable(ctx, self.delete_button, m is not None and not m.locked)
        writable(ctx, self.adopt_button, m is not None and self._previous_open(m))
        self.print_button.setEnabled(m is not None)
        self.pdf_button.setEnabled(m is not None)
        for i in (REVIEW_TAB, DECISIONS_TAB):
            self.tabs.setTabEnabled(i, m is not None)

    def _previous_open(self, m: ms.MeetingInfo) -> bool:
        """Whether the session before ``m`` exists and is still open (can be adopted)."""
        previous = self.list.before(m)
        return previous is not None and not previous.locked

    # --- selection and unsaved changes ---------------------------------------------------------

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if row is None or row.id == self.current_id():
            return
        if not self.confirm_leave(lambda: self.reload(select=row.id)):
            self.list.set_current(previous)
            return
        self.load(row.id)

    def _list_menu(self, pos: QPoint, _rows: list[ms.MeetingInfo]) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for button in (self.new_button, self.delete_button, None, self.print_button):
            if button is None:
                menu.addSeparator()
                continue
            action = menu.addAction(button.text().replace("&", ""), button.click)
            action.setEnabled(button.isEnabled())
        menu.addSeparator()
        menu.addMenu(self.list.column_menu(menu))
        menu.popup(pos)

    # --- what the main window's menus ask of a page ---------------------------------------------

    def new_record(self) -> None:
        """Edit › New…: a new session."""
        self.new_session()

    def delete_selected(self) -> None:
        """Edit › Delete the selection…: delete the session shown."""
        self.delete()

    def status_text(self) -> str:
        """The status bar's line while the page is shown: how many sessions."""
        return i18n.count_text(
            "MeetingsPage",
            self.model.rowCount(),
            QT_TRANSLATE_NOOP("MeetingsPage", "{count} session"),
            QT_TRANSLATE_NOOP("MeetingsPage", "{count} sessions"),
        )

    def focus_search(self) -> None:
        """Edit › Find: search in the review of the session shown."""
        if self.data is not None:
            self.tabs.setCurrentIndex(REVIEW_TAB)
            self.review.search.setFocus()
            self.review.search.selectAll()

    def column_menu(self) -> QMenu:
        """View › Columns: the columns of the review when it is shown, else of the sessions."""
        if self.tabs.currentIndex() == REVIEW_TAB:
            return self.review.table.column_menu(self)
        return self.list.column_menu(self)

    def save_layout(self) -> None:
        """Remember the columns of both lists (the main window calls it when closing)."""
        self.list.save_layout()
        self.review.table.save_layout()
        self.context.settings.setValue(SPLITTER_KEY, self.splitter.saveState())

    def has_unsaved_changes(self) -> bool:
        """Whether the session shown was changed (or is new) and not saved yet."""
        return self.editor.is_dirty() or self._new

    def confirm_leave(self, then: Callable[[], None] | None = None) -> bool:
        """Before the session shown makes way for another (or the window closes): ask whether
        to save, discard or keep editing unsaved changes. True to go ahead; False to stay —
        after "save" too, the save running in the background: ``then`` runs once it succeeded.
        """
        if self._saving:
            return False
        if not self.has_unsaved_changes():
            return True
        text = self.tr("Session n° {number} has unsaved changes.").format(
            number=self.editor.number.value()
        )
        answer = ask.unsaved_changes(self, text)
        if answer == "save":
            self.save(then)
            return False
        if answer == "discard":
            self.revert()
            return True
        return False

    # --- actions -------------------------------------------------------------------------------

    def new_session(self) -> None:
        """Start a new session, numbered after the last one and dated today."""
        if self.context.framework_id is None or self.context.read_only:
            return
        if not self.confirm_leave():
            return
        latest = self.list.latest()
        self._token += 1
        self.data = None
        self._new = True
        self.list.clearSelection()
        self.banner.hide()
        self.editor.setEnabled(True)
        self.editor.set_read_only(False)
        self.editor.set_session(
            ms.MeetingInput(
                number=latest.number + 1 if latest else 1,
                held_on=date.today(),
                kind=MeetingKind.ORDINARY,
            ),
            self.members,
        )
        self.review.set_sheet(None)
        self.decisions.set_session(None, [], [])
        self.tabs.setCurrentIndex(SESSION_TAB)
        self.editor.place.setFocus()
        self._update_buttons()

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Create or update the session shown, then (once saved) reload and run ``then``."""
        framework_id = self.context.framework_id
        if framework_id is None or self._saving or not self.save_button.isEnabled():
            return

        def done(info: ms.MeetingInfo) -> None:
            self._set_saving(False)
            self._new = False
            self.editor.set_session(info.to_input(), self.members)  # now clean
            self.reload(select=info.id)
            if then is not None:
                then()

        current = self.data.meeting if self.data is not None else None
        self._set_saving(True)
        actions.save_session(
            self.context,
            self,
            framework_id,
            current,
            self.editor.value(),
            done,
            lambda _err: self._set_saving(False),
        )

    def _set_saving(self, on: bool) -> None:
        self._saving = on
        self._update_buttons()

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
        if self.data is None or self.data.meeting.locked or self.context.read_only:
            return
        if actions.delete_session(self.context, self, self.data.meeting):
            self.data = None

    def adopt_previous(self) -> None:
        """Adopt the previous session's conclusions at the session shown, which locks it."""
        if self.data is None or self.context.read_only:
            return
        m = self.data.meeting
        actions.adopt_previous(self.context, self, m, self.list.before(m))

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

    def prepare_points(self) -> None:
        """Edit the points submitted to the Governor's decision (session not locked)."""
        if self.data is None or self.context.read_only:
            return
        if self.data.meeting.locked:
            ask.inform(
                self,
                self.tr("Points for decision"),
                self.tr("This session is locked: its points for decision can no longer change."),
            )
            return
        from secframe.ui.meetings.preparation_dialog import edit_points

        edit_points(self.context, self, self.data.meeting.id, self.data.commitments)

    def save_minutes(self, *, redact: bool = False) -> None:
        """Save the minutes of the session shown (PDF or Word); ``redact``: the copy to share
        beyond the framework, naming no one."""
        if self.data is not None:
            from secframe.ui.meetings.documents import save_minutes

            m = self.data.meeting
            save_minutes(self.context, self, m.id, m.number, redact=redact)

    def save_redacted_minutes(self) -> None:
        """Save a redacted copy of the minutes of the session shown (PDF or Word)."""
        self.save_minutes(redact=True)
