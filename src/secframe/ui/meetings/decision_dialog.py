"""A decision of a session: its text, and either a new commitment pre-filled from it or the
existing commitments it concerns."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe.models import CommitmentKind, CommitmentStatus, DecisionEffect
from secframe.services import decisions as ds
from secframe.services import meetings as ms
from secframe.services.commitments import CommitmentInput, CommitmentRow
from secframe.services.members import MemberInfo
from secframe.ui.context import AppContext
from secframe.ui.dialogs import ask
from secframe.ui.meetings.editor import from_qdate, to_qdate
from secframe.ui.meetings.session_actions import save_then_close
from secframe.ui.widgets.keyboard import link_buddies
from secframe.ui.widgets.member_picker import MemberPicker

ONLY, CREATE, LINK = range(3)


class DecisionDialog(QDialog):
    """Records a new decision, or changes one (``decision`` given)."""

    def __init__(
        self,
        context: AppContext,
        meeting: ms.MeetingInfo,
        members: list[MemberInfo],
        commitments: list[CommitmentRow],
        decision: ms.DecisionInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.decision = decision
        self.setWindowTitle(self.tr("Decision — session n° {number}").format(number=meeting.number))
        self.setMinimumSize(620, 560)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("What the session decided"))
        modes = self._modes()
        self.pages = QStackedWidget(self)
        self.pages.addWidget(QWidget(self))
        self.pages.addWidget(self._create_page(members))
        self.pages.addWidget(self._link_page(commitments))
        self.choices.idToggled.connect(self._mode_toggled)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(modes)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self._show(decision)

    def _modes(self) -> QVBoxLayout:
        """The choice between recording only, creating a commitment, or linking existing ones."""
        self.choices = QButtonGroup(self)
        labels = [
            self.tr("Record the decision only"),
            self.tr("Create a new commitment from it"),
            self.tr("It concerns existing commitments"),
        ]
        modes = QVBoxLayout()
        for i, label in enumerate(labels):
            button = QRadioButton(label, self)
            self.choices.addButton(button, i)
            modes.addWidget(button)
        return modes

    def _show(self, decision: ms.DecisionInfo | None) -> None:
        """A decision being changed keeps its text and links; it creates nothing more."""
        if decision is None:
            self.choices.button(ONLY).setChecked(True)
            return
        self.text.setPlainText(decision.text)
        self._check({cid for cid, eff in decision.links if eff != DecisionEffect.CREATED})
        self.choices.button(LINK).setChecked(True)
        for i in (ONLY, CREATE):
            self.choices.button(i).setEnabled(False)

    # --- pages ---------------------------------------------------------------------------------

    def _create_page(self, members: list[MemberInfo]) -> QWidget:
        page = QWidget(self)
        self.title = QLineEdit(page)
        self.kind = QComboBox(page)
        for k in CommitmentKind:
            self.kind.addItem(k.label(), k.value)
        self.kind.setCurrentIndex(self.kind.findData(CommitmentKind.OTHER.value))
        self.lead = MemberPicker(page)
        self.lead.set_members(members)
        self.status = QComboBox(page)
        for s in (
            CommitmentStatus.PLANNED,
            CommitmentStatus.AWAITING_SUPPORT,
            CommitmentStatus.ACTIVE,
        ):
            self.status.addItem(s.label(), s.value)
        self.start = QDateEdit(to_qdate(self.meeting.held_on), page)
        self.has_deadline = QCheckBox(self.tr("&Deadline"), page)
        self.deadline = QDateEdit(to_qdate(self.meeting.held_on), page)
        for d in (self.start, self.deadline):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd/MM/yyyy")
        self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Lead member"), self.lead)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("St&art"), self.start)
        form.addRow(self.has_deadline, self.deadline)
        link_buddies(page)  # « Chef de file » reaches the field inside the member picker
        return page

    def _link_page(self, commitments: list[CommitmentRow]) -> QWidget:
        page = QWidget(self)
        self.filter = QLineEdit(page)
        self.filter.setPlaceholderText(self.tr("Filter commitments"))
        self.filter.setClearButtonEnabled(True)
        self.linked = QListWidget(page)
        for c in commitments:
            item = QListWidgetItem(f"{c.title} — {c.status.label()}", self.linked)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.filter.textChanged.connect(self._filter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.linked)
        return page

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.linked.count()):
            item = self.linked.item(i)
            item.setHidden(not all(w in item.text().casefold() for w in words))

    def _check(self, ids: set[int]) -> None:
        for i in range(self.linked.count()):
            item = self.linked.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _mode_toggled(self, index: int, checked: bool) -> None:
        if not checked:
            return
        self.pages.setCurrentIndex(index)
        if index == CREATE and not self.title.text().strip():
            self.title.setText(ds.decision_draft(self.meeting, self.text.toPlainText()).title)

    # --- saving --------------------------------------------------------------------------------

    def mode(self) -> int:
        """Only the decision, a new commitment, or links to existing ones."""
        return self.choices.checkedId()

    def links(self) -> tuple[tuple[int, DecisionEffect], ...]:
        """The existing commitments ticked."""
        return tuple(
            (self.linked.item(i).data(Qt.ItemDataRole.UserRole), DecisionEffect.LINKED)
            for i in range(self.linked.count())
            if self.linked.item(i).checkState() == Qt.CheckState.Checked
        )

    def commitment(self) -> CommitmentInput:
        """The new commitment as entered, on top of the draft made from the decision."""
        draft = ds.decision_draft(self.meeting, self.text.toPlainText())
        return replace(
            draft,
            title=self.title.text(),
            kind=CommitmentKind(self.kind.currentData()),
            lead_member_id=self.lead.value(),
            start_date=from_qdate(self.start.date()),
            original_deadline=(
                from_qdate(self.deadline.date()) if self.has_deadline.isChecked() else None
            ),
        )

    def save(self) -> None:
        """Save in the background; the dialog closes once saved, or stays with the error."""
        text, mode, meeting_id = self.text.toPlainText(), self.mode(), self.meeting.id
        problem = self.lead.problem() if mode == CREATE else None
        if problem:  # a name typed that is no member: said, nothing saved
            ask.inform(self, self.windowTitle(), problem)
            self.lead.setFocus()
            return
        links = self.links()
        data = self.commitment() if mode == CREATE else None
        status = CommitmentStatus(self.status.currentData())
        decision_id = self.decision.id if self.decision is not None else None

        def job(s: Session) -> Any:
            if decision_id is not None:
                return ds.update_decision(s, decision_id, text, links=links)
            if data is not None:
                return ds.add_decision_with_commitment(s, meeting_id, text, data, status=status)
            return ms.add_decision(s, meeting_id, text, links=links if mode == LINK else ())

        save_then_close(self.context, self, self.buttons, job, "decision")
