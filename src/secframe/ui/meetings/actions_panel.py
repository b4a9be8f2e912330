"""The follow-up actions of the decision selected on the Sessions page: what, who, by when and
where each stands, late ones marked in words and colour. Added, changed and deleted while the
session is open; marked done or dropped (or changed in where they stand) at any time, since
following them up from session to session is the point."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe import i18n
from secframe.models import ActionStatus
from secframe.models.rules import action_is_late
from secframe.services import meetings as ms
from secframe.services import preparation as prep
from secframe.ui.context import AppContext
from secframe.ui.meetings.action_dialog import ActionDialog
from secframe.ui.read_only import writable
from secframe.ui.tables.commitments import FLAG_COLOUR

WHAT, WHO, DUE, STANDS, NOTE = range(5)
SHARES = (0.36, 0.2, 0.1, 0.2, 0.14)  # of the table's width, by column


class ShareTable(QTableWidget):
    """A table whose columns share its width in fixed proportions (``SHARES``)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        for column, share in enumerate(SHARES[:-1]):
            self.setColumnWidth(column, int(width * share))
        self.resizeRowsToContents()


class ActionsPanel(QWidget):
    """Lists a decision's follow-up actions and acts on them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.decision: ms.DecisionInfo | None = None
        self.number = 0
        self.items: list[prep.ActionInfo] = []
        self.locked = True
        self.names: list[str] = []
        self.title = QLabel(self)
        self.title.setObjectName("actions_title")
        self.table = ShareTable(0, 5, self)
        self.table.setObjectName("actions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Who"), self.tr("By"), self.tr("Where it stands"),
             self.tr("Note")]
        )  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        self.add_button = QPushButton(self.tr("Add an ac&tion…"), self)
        self.edit_button = QPushButton(self.tr("Change the acti&on…"), self)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        self.drop_button = QPushButton(self.tr("Mark dropped"), self)
        self.delete_button = QPushButton(self.tr("Delete the action"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.done_button.clicked.connect(lambda: self.mark(ActionStatus.DONE))
        self.drop_button.clicked.connect(lambda: self.mark(ActionStatus.DROPPED))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.done_button, self.drop_button,
                  self.delete_button):  # fmt: skip
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_decision(None, 0, [], locked=True)

    def set_decision(
        self,
        decision: ms.DecisionInfo | None,
        number: int,
        actions: list[prep.ActionInfo],
        *,
        locked: bool,
        names: list[str] | None = None,
    ) -> None:
        """Show the actions of ``decision`` (number ``number`` in its session)."""
        chosen = self.current()
        self.decision, self.number, self.items, self.locked = decision, number, actions, locked
        if names is not None:
            self.names = names
        if decision is None:
            self.title.setText(self.tr("Select a decision to see its follow-up actions."))
        elif not actions:
            self.title.setText(
                self.tr("Decision {number}: no follow-up action yet.").format(number=number)
            )
        else:
            self.title.setText(
                self.tr("Follow-up actions of decision {number}").format(number=number)
            )
        self._fill(date.today())
        if chosen is not None:
            for row, a in enumerate(actions):
                if a.id == chosen.id:
                    self.table.selectRow(row)
        self._enable_buttons()

    def _fill(self, today: date) -> None:
        self.table.setRowCount(len(self.items))
        for row, a in enumerate(self.items):
            late = action_is_late(a.status, a.due_on, today)
            stands = a.status.label()
            if a.status_on is not None and a.status != ActionStatus.TODO:
                text = (
                    self.tr("{status} since {date}")
                    if a.status == ActionStatus.IN_PROGRESS
                    else self.tr("{status} on {date}")
                )
                stands = text.format(status=stands, date=i18n.format_date(a.status_on))
            if late:
                stands = self.tr("{status} — late").format(status=stands)
            texts = (a.what, a.who or "", i18n.format_date(a.due_on) if a.due_on else "—",
                     stands, a.note or "")  # fmt: skip
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if late and column in (DUE, STANDS):
                    item.setForeground(QBrush(QColor(FLAG_COLOUR)))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def current(self) -> prep.ActionInfo | None:
        """The action selected."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.items):
            return None
        return self.items[rows[0].row()]

    def _enable_buttons(self) -> None:
        action = self.current()
        ctx = self.context  # all greyed on a read-only database (ui.read_only)
        writable(ctx, self.add_button, self.decision is not None and not self.locked)
        writable(ctx, self.edit_button, action is not None)
        pending = action is not None and action.status.is_pending
        writable(ctx, self.done_button, pending)
        writable(ctx, self.drop_button, pending)
        writable(ctx, self.delete_button, action is not None and not self.locked)

    # --- actions -------------------------------------------------------------------------------

    def add(self) -> ActionDialog | None:
        """Add a follow-up action to the decision shown."""
        if self.decision is None or not self.add_button.isEnabled():
            return None
        return self._open(None)

    def edit(self) -> ActionDialog | None:
        """Change the action selected (only where it stands once the session is locked)."""
        action = self.current()
        if self.decision is None or action is None or not self.edit_button.isEnabled():
            return None
        return self._open(action)

    def _open(self, action: prep.ActionInfo | None) -> ActionDialog:
        assert self.decision is not None
        dialog = ActionDialog(
            self.context, self.decision.id, self.number, action, self.names,
            locked=self.locked, parent=self,
        )  # fmt: skip
        dialog.open()
        return dialog

    def mark(self, status: ActionStatus) -> None:
        """Mark the action selected done or dropped, today."""
        action = self.current()
        if action is None or not action.status.is_pending or self.context.read_only:
            return
        data = prep.ActionInput(
            action.what, action.who, action.due_on, status, date.today(), action.note
        )
        decision_id = action.decision_id

        def job(s: Session) -> object:
            return prep.save_action(s, decision_id, action.id, data)

        title = (
            self.tr("Mark the action done")
            if status == ActionStatus.DONE
            else self.tr("Mark the action dropped")
        )
        self.context.write(self, job, title=title, note="action")

    def delete(self) -> None:
        """Delete the action selected, once confirmed (not in a locked session)."""
        action = self.current()
        if action is None or self.locked or self.context.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete a follow-up action"),
            self.tr("Delete the action “{what}”?").format(what=action.what),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        action_id = action.id
        self.context.write(
            self,
            lambda s: prep.delete_action(s, action_id),
            title=self.tr("Delete a follow-up action"),
            note="action",
        )
