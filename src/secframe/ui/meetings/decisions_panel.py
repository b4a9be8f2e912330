"""The decisions of a session, with the commitments each created or concerns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.models import DecisionEffect
from secframe.services import meetings as ms
from secframe.services import preparation as prep
from secframe.services.commitments import CommitmentRow
from secframe.services.members import MemberInfo
from secframe.ui.context import AppContext
from secframe.ui.meetings.actions_panel import ActionsPanel
from secframe.ui.meetings.decision_dialog import DecisionDialog
from secframe.ui.read_only import writable


class DecisionsPanel(QWidget):
    """Lists a session's decisions; adds, edits and deletes them while the session is open."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting: ms.MeetingInfo | None = None
        self.members: list[MemberInfo] = []
        self.commitments: list[CommitmentRow] = []
        self.read_only = True
        self.actions_by_decision: dict[int, list[prep.ActionInfo]] = {}
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.list.currentItemChanged.connect(lambda *_: self._decision_chosen())
        self.follow_up = ActionsPanel(context, self)
        self.empty = QLabel(self)
        self.empty.setObjectName("no_decisions")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("padding: 24px;")
        self.add_button = QPushButton(self.tr("&Add a decision…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete the dec&ision"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list, 1)
        top_layout.addWidget(self.empty, 1)
        top_layout.addLayout(buttons)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setObjectName("decisions_splitter")
        self.split.addWidget(top)
        self.split.addWidget(self.follow_up)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(self.split)

    def set_session(
        self,
        meeting: ms.MeetingInfo | None,
        members: list[MemberInfo],
        commitments: list[CommitmentRow],
        actions: dict[int, list[prep.ActionInfo]] | None = None,
    ) -> None:
        """Show a session's decisions (None: no session yet) and, for the one selected (the
        same as before when it is still there, else the first), its follow-up actions."""
        chosen = self.current()
        self.meeting, self.members, self.commitments = meeting, members, commitments
        self.actions_by_decision = actions or {}
        titles = {c.id: c.title for c in commitments}
        self.list.blockSignals(True)
        self.list.clear()
        for number, d in enumerate(meeting.decisions if meeting is not None else (), 1):
            lines = [f"{number}. {d.text}"]
            for cid, effect in d.links:
                link = self.tr("{effect}: {title}").format(
                    effect=_effect(effect), title=titles.get(cid, "?")
                )
                lines.append(f"    → {link}")
            item = QListWidgetItem("\n".join(lines), self.list)
            item.setData(Qt.ItemDataRole.UserRole, d)
        ids = [d.id for d in meeting.decisions] if meeting is not None else []
        if ids:
            self.list.setCurrentRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self.list.blockSignals(False)
        self.read_only = meeting is None or meeting.locked
        self._decision_chosen()
        self._show_empty_state()

    def _decision_chosen(self) -> None:
        """Show the follow-up actions of the decision selected."""
        decision = self.current()
        self.follow_up.set_decision(
            decision,
            self.list.currentRow() + 1,
            self.actions_by_decision.get(decision.id, []) if decision is not None else [],
            locked=self.meeting is None or self.meeting.locked,
            names=[m.label for m in self.members],
        )
        self._enable_buttons()

    def _show_empty_state(self) -> None:
        """Say why the list is empty and what to do, instead of an empty box."""
        has_decisions = self.list.count() > 0
        self.list.setVisible(has_decisions)
        self.follow_up.setVisible(has_decisions)
        self.empty.setVisible(not has_decisions)
        if self.meeting is None:
            self.empty.setText(self.tr("No session is selected."))
        elif self.meeting.locked:
            self.empty.setText(self.tr("No decision was recorded at this session."))
        else:
            self.empty.setText(
                self.tr(
                    "No decision recorded for this session yet. Use “Add a decision…” for each "
                    "decision taken; a decision can create a commitment or change one."
                )
            )

    def set_read_only(self, read_only: bool) -> None:
        """A locked session's decisions are shown but not changed."""
        self.read_only = read_only
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        """Add while the session is open; Edit and Delete once a decision is selected too."""
        writable(self.context, self.add_button, not self.read_only)  # ui.read_only: the database
        chosen = not self.read_only and self.current() is not None
        writable(self.context, self.edit_button, chosen)
        writable(self.context, self.delete_button, chosen)

    def current(self) -> ms.DecisionInfo | None:
        """The decision selected."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def add(self) -> None:
        """Record a new decision."""
        if self.meeting is None or not self.add_button.isEnabled():
            return
        DecisionDialog(
            self.context, self.meeting, self.members, self.commitments, None, self
        ).open()

    def edit(self) -> None:
        """Change the selected decision."""
        decision = self.current()
        if self.meeting is None or decision is None or not self.edit_button.isEnabled():
            return
        DecisionDialog(
            self.context, self.meeting, self.members, self.commitments, decision, self
        ).open()

    def delete(self) -> None:
        """Delete the selected decision (the commitments it created stay)."""
        decision = self.current()
        if decision is None or not self.delete_button.isEnabled():
            return
        question = self.tr(
            "Delete decision {number}? The commitments it created stay in the tracker."
        ).format(number=self.list.currentRow() + 1)
        actions = len(self.actions_by_decision.get(decision.id, []))
        if actions:
            question += " " + i18n.count_text(
                "DecisionsPanel",
                actions,
                QT_TRANSLATE_NOOP("DecisionsPanel", "Its follow-up action is deleted with it."),
                QT_TRANSLATE_NOOP(
                    "DecisionsPanel", "Its {count} follow-up actions are deleted with it."
                ),
            )
        answer = QMessageBox.question(self, self.tr("Delete a decision"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def job(s: Session) -> None:
            ms.delete_decision(s, decision.id)

        self.context.write(self, job, title=self.tr("Delete a decision"), note="decision")


def _effect(effect: DecisionEffect) -> str:
    return effect.label().lower()
