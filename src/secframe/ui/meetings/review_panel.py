"""The review of a session: every open commitment with its status, deadline and gap, and what
the session recorded about it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe.models import ReviewOutcome
from secframe.services import review as rv
from secframe.services.meetings import MeetingInfo
from secframe.ui.context import AppContext
from secframe.ui.meetings.review_dialog import ReviewDialog
from secframe.ui.meetings.tables import REVIEW
from secframe.ui.read_only import writable
from secframe.ui.tables import RecordFilterProxy, RecordTableModel, RecordTableView
from secframe.ui.widgets.filters import SearchBox

ALL, TO_REVIEW = range(2)


def _to_review(item: rv.ReviewItem) -> bool:
    return not item.reviewed


class ReviewPanel(QWidget):
    """Lists a session's review and records outcomes through the review service."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: MeetingInfo | None = None
        self._build_table()
        self.show_filter = QComboBox(self)
        self.show_filter.addItems([self.tr("All open commitments"), self.tr("Not yet reviewed")])
        self.show_filter.currentIndexChanged.connect(
            lambda i: self.proxy.set_predicate("to_review", _to_review if i == TO_REVIEW else None)
        )
        self.search = SearchBox(self)
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self.proxy.set_search)
        self.progress = QLabel(self)
        self.record_button = QPushButton(self.tr("&Record…"), self)
        self.record_button.setToolTip(
            self.tr("Record a status change, a deadline revision or a note for this commitment")
        )
        self.unchanged_button = QPushButton(self.tr("&No change"), self)
        self.unchanged_button.setToolTip(self.tr("Record “no change” for the selected commitments"))
        self.rest_button = QPushButton(self.tr("Mark the rest &unchanged"), self)
        self.clear_button = QPushButton(self.tr("C&lear"), self)
        self.clear_button.setToolTip(self.tr("Take the selected commitments back to “to review”"))
        self.record_button.clicked.connect(self.record)
        self.unchanged_button.clicked.connect(self.mark_selected_unchanged)
        self.rest_button.clicked.connect(self.mark_rest_unchanged)
        self.clear_button.clicked.connect(self.clear_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.show_filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.progress)
        buttons = QHBoxLayout()
        for b in (self.record_button, self.unchanged_button, self.rest_button, self.clear_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _build_table(self) -> None:
        self.model: RecordTableModel[rv.ReviewItem] = RecordTableModel(REVIEW, self)
        self.proxy = RecordFilterProxy(self.model, self)
        self.table = RecordTableView(REVIEW, self.context.settings, self)
        self.table.setModel(self.proxy)
        self.table.open_requested.connect(lambda _rows: self.record())
        self.table.context_requested.connect(self._menu)

    def _menu(self, pos: QPoint, rows: list[rv.ReviewItem]) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if rows:
            for button in (self.record_button, self.unchanged_button, self.clear_button):
                action = menu.addAction(button.text().replace("&", ""), button.click)
                action.setEnabled(button.isEnabled())
            menu.addSeparator()
        menu.addMenu(self.table.column_menu(menu))
        menu.popup(pos)

    def set_sheet(self, sheet: rv.ReviewSheet | None) -> None:
        """Show a session's review (None: no session yet)."""
        self.meeting = sheet.meeting if sheet is not None else None
        selected = {i.commitment.id for i in self.selected()}
        self.model.set_rows(sheet.items if sheet is not None else ())
        if selected:
            self.table.select_ids(selected, scroll=False)
        if sheet is None:
            self.progress.clear()
        else:
            self.progress.setText(
                self.tr("Reviewed: {done} of {total}").format(
                    done=sheet.reviewed, total=len(sheet.items)
                )
            )
        self.set_read_only(sheet is None or sheet.meeting.locked)

    def set_read_only(self, read_only: bool) -> None:
        """A locked session's review is shown but not changed."""
        for b in (self.record_button, self.unchanged_button, self.rest_button, self.clear_button):
            writable(self.context, b, not read_only)  # greyed too on a read-only database

    def selected(self) -> list[rv.ReviewItem]:
        """The review lines selected, top to bottom."""
        return list(self.table.selected_rows())

    def record(self) -> None:
        """Open the review dialog for the current commitment."""
        items = self.selected()
        if self.meeting is None or not items or not self.record_button.isEnabled():
            return
        ReviewDialog(self.context, self.meeting, items[0], self).open()

    def _write(self, title: str, fn: Callable[[Session], object]) -> None:
        self.context.write(self, fn, title=title, note="review")

    def mark_selected_unchanged(self) -> None:
        """Record "no change" for every selected commitment not changed by this session."""
        if self.meeting is None or not self.unchanged_button.isEnabled():
            return
        meeting_id = self.meeting.id
        ids = [i.commitment.id for i in self.selected()]

        def job(s: Session) -> None:
            for cid in ids:
                rv.record_review(s, meeting_id, cid, rv.ReviewInput(ReviewOutcome.NO_CHANGE))

        self._write(self.tr("No change"), job)

    def mark_rest_unchanged(self) -> None:
        """Record "no change" for every commitment not reviewed yet."""
        if self.meeting is None or not self.rest_button.isEnabled():
            return
        meeting_id = self.meeting.id

        def job(s: Session) -> int:
            return rv.mark_unchanged(s, meeting_id)

        self._write(self.tr("Mark the rest unchanged"), job)

    def clear_selected(self) -> None:
        """Take the selected commitments back to "to review"."""
        if self.meeting is None or not self.clear_button.isEnabled():
            return
        meeting_id = self.meeting.id
        ids = [i.commitment.id for i in self.selected() if i.reviewed]

        def job(s: Session) -> None:
            for cid in ids:
                rv.clear_review(s, meeting_id, cid)

        self._write(self.tr("Clear"), job)
