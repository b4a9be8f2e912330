"""Recording what a session decided about one commitment: no change, a status change (cause
and reason), a deadline revision, or a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe.i18n import format_date, format_money
from secframe.models import CommitmentStatus, ReviewOutcome, StatusCause
from secframe.models.rules import needs_reason
from secframe.services import review as rv
from secframe.services.errors import ServiceError, ValidationError
from secframe.services.meetings import MeetingInfo
from secframe.ui.context import AppContext
from secframe.ui.editors.status import offer_causes
from secframe.ui.meetings.editor import from_qdate, to_qdate
from secframe.ui.meetings.session_actions import save_then_close
from secframe.ui.widgets.errors import Banner, FieldBox, FormErrors
from secframe.ui.widgets.keyboard import link_buddies
from secframe.ui.widgets.pickers import EnumCombo

# The change a session most often records for a commitment in each status.
NEXT_STATUS = {
    CommitmentStatus.PLANNED: CommitmentStatus.ACTIVE,
    CommitmentStatus.ACTIVE: CommitmentStatus.SUSPENDED,
    CommitmentStatus.SUSPENDED: CommitmentStatus.ACTIVE,
    CommitmentStatus.AWAITING_SUPPORT: CommitmentStatus.ACTIVE,
}


def describe_entry(entry: rv.ReviewEntryInfo | None) -> str:
    """What a session recorded about a commitment, in a few words."""
    if entry is None:
        return ""
    text = entry.outcome.label()
    if entry.status_change is not None:
        text += f" → {entry.status_change.to_status.label()}"
    elif entry.deadline_revision is not None:
        text += f" → {format_date(entry.deadline_revision.new_deadline)}"
    return text


class ReviewDialog(QDialog):
    """Asks what the session decided about one commitment and records it."""

    def __init__(
        self, context: AppContext, meeting: MeetingInfo, item: rv.ReviewItem, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.item = item
        self.setWindowTitle(self.tr("Review — session n° {number}").format(number=meeting.number))
        self.setMinimumWidth(560)
        self.banner = Banner(self)  # errors beside their field, as in the editors
        self.errors = FormErrors(self.banner)
        self.choices = QButtonGroup(self)
        outcomes = QHBoxLayout()
        for i, outcome in enumerate(ReviewOutcome):
            button = QRadioButton(outcome.label(), self)
            self.choices.addButton(button, i)
            outcomes.addWidget(button)
        self.pages = QStackedWidget(self)
        for page in (QWidget(self), self._status_page(), self._deadline_page(), QWidget(self)):
            self.pages.addWidget(page)  # no change, status change, deadline revision, note
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(self.tr("Note (optional except for “Note”)"))
        self.note.setMaximumHeight(90)
        note_box = self.errors.box("note", self.note)
        if item.entry is not None:
            self.note.setPlainText(item.entry.note or "")
        self.choices.idToggled.connect(self._outcome_toggled)
        self.choices.button(0).setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        for label in self._facts():
            layout.addWidget(label)
        layout.addLayout(outcomes)
        layout.addWidget(self.pages)
        layout.addWidget(note_box)
        layout.addWidget(self.buttons)
        self.new_status.currentIndexChanged.connect(self._mark_required)
        self._mark_required()
        link_buddies(self)

    def _facts(self) -> list[QLabel]:
        """The commitment as it stands, and what the session already recorded about it."""
        c = self.item.commitment
        state = self.tr("{status} since {since} — deadline: {deadline} — gap: {gap}").format(
            status=c.status.label(),
            since=format_date(c.status_since) or "—",
            deadline=format_date(c.deadline) or self.tr("none"),
            gap=format_money(c.gap),
        )
        labels = [QLabel(f"<b>{_escape(c.title)}</b>", self), QLabel(_escape(state), self)]
        if self.item.entry is not None:
            already = self.tr("Already recorded in this session: {what}").format(
                what=describe_entry(self.item.entry)
            )
            labels.append(QLabel(f"<i>{_escape(already)}</i>", self))
        for label in labels:
            label.setWordWrap(True)
        return labels

    def _status_page(self) -> QWidget:
        page = QWidget(self)
        self.new_status = QComboBox(page)
        current = self.item.commitment.status
        for s in CommitmentStatus:
            if s != current:
                self.new_status.addItem(s.label(), s.value)
        likely = NEXT_STATUS.get(current)
        if likely is not None:
            self.new_status.setCurrentIndex(self.new_status.findData(likely.value))
        self.cause = EnumCombo(StatusCause, page, empty="—")
        self.new_status.currentIndexChanged.connect(lambda _i: self._offer_causes())
        self._offer_causes()
        self.reason = QPlainTextEdit(page)
        self.reason.setMaximumHeight(80)
        self.changed_on = QDateEdit(to_qdate(self.meeting.held_on), page)
        self.changed_on.setCalendarPopup(True)
        self.changed_on.setDisplayFormat("dd/MM/yyyy")
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.cause_label = QLabel(page)
        self.reason_label = QLabel(page)
        form.addRow(
            self.tr("New &status (required)"), self.errors.box("new_status", self.new_status)
        )
        form.addRow(self.cause_label, self.errors.box("cause", self.cause))
        self.status_reason_box = self.errors.box("reason", self.reason)
        form.addRow(self.reason_label, self.status_reason_box)
        form.addRow(self.tr("Changed &on"), self.errors.box("on", self.changed_on))
        return page

    def _mark_required(self, *_: object) -> None:
        """Say which fields the chosen status needs, as the status editor does."""
        new = CommitmentStatus(self.new_status.currentData())
        needs = new.needs_cause
        self.cause_label.setText(self.tr("&Cause (required)") if needs else self.tr("&Cause"))
        required = needs_reason(self.item.commitment.status, new)
        self.reason_label.setText(self.tr("&Reason (required)") if required else self.tr("&Reason"))

    def _offer_causes(self) -> None:
        """Only the causes that fit the new status (none for a start or a resumption)."""
        code = self.new_status.currentData()
        offer_causes(self.cause, CommitmentStatus(code) if code else None)

    def _deadline_page(self) -> QWidget:
        page = QWidget(self)
        current = self.item.commitment.deadline or self.meeting.held_on
        self.new_deadline = QDateEdit(to_qdate(current), page)
        self.new_deadline.setCalendarPopup(True)
        self.new_deadline.setDisplayFormat("dd/MM/yyyy")
        self.deadline_reason = QPlainTextEdit(page)
        self.deadline_reason.setMaximumHeight(80)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New &deadline"), self.errors.box("new_deadline", self.new_deadline))
        self.deadline_reason_box = FieldBox(self.deadline_reason)
        form.addRow(self.tr("&Reason (required)"), self.deadline_reason_box)
        return page

    def _outcome_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.pages.setCurrentIndex(index)

    def outcome(self) -> ReviewOutcome:
        """The outcome chosen."""
        return list(ReviewOutcome)[self.choices.checkedId()]

    def value(self) -> rv.ReviewInput:
        """What the dialog would record."""
        outcome = self.outcome()
        note = self.note.toPlainText()
        if outcome == ReviewOutcome.STATUS_CHANGE:
            return rv.ReviewInput(
                outcome,
                note=note,
                new_status=CommitmentStatus(self.new_status.currentData()),
                cause=self.cause.value(),
                reason=self.reason.toPlainText(),
                changed_on=from_qdate(self.changed_on.date()),
            )
        if outcome == ReviewOutcome.DEADLINE_REVISION:
            return rv.ReviewInput(
                outcome,
                note=note,
                new_deadline=from_qdate(self.new_deadline.date()),
                reason=self.deadline_reason.toPlainText(),
            )
        return rv.ReviewInput(outcome, note=note)

    def save(self) -> None:
        """Record in the background; the dialog closes once it is saved, or stays with the
        error shown."""
        data = self.value()
        meeting_id, commitment = self.meeting.id, self.item.commitment

        def job(s: Session) -> rv.ReviewEntryInfo:
            return rv.record_review(
                s, meeting_id, commitment.id, data, expected_version=commitment.version
            )

        # « reason » is the status change's or the deadline revision's, as chosen.
        revising = data.outcome == ReviewOutcome.DEADLINE_REVISION
        self.errors.boxes["reason"] = (
            self.deadline_reason_box if revising else self.status_reason_box
        )
        self.errors.clear()
        save_then_close(self.context, self, self.buttons, job, "review", on_error=self._failed)

    def _failed(self, err: BaseException) -> bool:
        """Show a broken rule beside its field (or in the banner); False for other errors."""
        if isinstance(err, ValidationError):
            self.errors.show(err)
            return True
        if isinstance(err, ServiceError):
            self.errors.clear()
            self.banner.show_messages([str(err)])
            return True
        return False


def _escape(text: str) -> str:
    from html import escape

    return escape(text, quote=False)
