"""A follow-up action of a decision: what, who, by when, and where it stands. Once the session
is locked only where it stands can change (what was decided is fixed with the session)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget
from sqlalchemy.orm import Session

from secframe.models import ActionStatus
from secframe.services import preparation as prep
from secframe.services.changes import Saved
from secframe.ui.context import AppContext
from secframe.ui.editors.base import RecordEditor
from secframe.ui.widgets.fields import DateField
from secframe.ui.widgets.pickers import EnumCombo
from secframe.ui.widgets.screen import resize_to_fit


def _long_text(owner: QWidget, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(owner.fontMetrics().height() * lines + 12)
    return edit


class ActionDialog(RecordEditor):
    """Add a follow-up action to a decision (``action`` None) or change one."""

    def __init__(
        self,
        context: AppContext,
        decision_id: int,
        number: int,
        action: prep.ActionInfo | None,
        names: list[str],
        *,
        locked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.decision_id = decision_id
        self.action_id = action.id if action is not None else None
        self.setWindowTitle(
            self.tr("Follow-up action — decision {number}").format(number=number)
            if action is not None
            else self.tr("New follow-up action — decision {number}").format(number=number)
        )
        self.what = _long_text(self, 3)
        self.what.setObjectName("what")
        self.what.setPlaceholderText(self.tr("e.g. Write to the military authorities in Bamako"))
        self.who = QLineEdit()
        self.who.setObjectName("who")
        self.who.setPlaceholderText(self.tr("a member, a person or an office, e.g. Secretariat"))
        completer = QCompleter(names, self.who)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(completer)
        self.due_on = DateField()
        self.status = EnumCombo(ActionStatus)
        self.status_on = DateField()
        self.note = _long_text(self, 2)
        form = QFormLayout()
        if locked:
            hint = QLabel(
                self.tr(
                    "The session is locked: what was decided stays as it is; record where the "
                    "action stands."
                )
            )
            hint.setObjectName("locked_hint")
            hint.setWordWrap(True)
            form.addRow(hint)
        form.addRow(self.tr("&Action (required)"), self.errors.box("what", self.what))
        form.addRow(self.tr("&Who"), self.errors.box("who", self.who))
        form.addRow(self.tr("&By"), self.errors.box("due_on", self.due_on))
        form.addRow(self.tr("Where it s&tands"), self.errors.box("status", self.status))
        form.addRow(self.tr("S&ince"), self.errors.box("status_on", self.status_on))
        form.addRow(self.tr("&Note"), self.errors.box("note", self.note))
        body = QWidget()
        body.setLayout(form)
        self.what.setReadOnly(locked)
        self.who.setReadOnly(locked)
        self.due_on.setReadOnly(locked)
        self.frame(body, first=self.status if locked else self.what)
        resize_to_fit(self, 560, 420)
        self._show(action)
        self.status.changed.connect(self._date_the_change)
        self.mark_clean()

    def _show(self, action: prep.ActionInfo | None) -> None:
        self.what.setPlainText(action.what if action else "")
        self.who.setText(action.who or "" if action else "")
        self.due_on.set_value(action.due_on if action else None)
        self.status.set_value(action.status if action else ActionStatus.TODO)
        self.status_on.set_value(action.status_on if action else None)
        self.note.setPlainText(action.note or "" if action else "")
        self._status_shown = self.status.value()

    def _date_the_change(self) -> None:
        """A new status is dated today unless the user dates it otherwise."""
        if self.status.value() != self._status_shown:
            self.status_on.set_value(date.today())

    def collect(self) -> prep.ActionInput:
        return prep.ActionInput(
            what=self.what.toPlainText().strip(),
            who=self.who.text().strip() or None,
            due_on=self.due_on.value(),
            status=self.status.value() or ActionStatus.TODO,
            status_on=self.status_on.value(),
            note=self.note.toPlainText().strip() or None,
        )

    def problems(self) -> dict[str, str]:
        result = {}
        for name, field in (("due_on", self.due_on), ("status_on", self.status_on)):
            problem = field.problem()
            if problem:
                result[name] = problem
        return result

    def write(self, session: Session, data: Any) -> Saved[prep.ActionInfo]:
        return prep.save_action(session, self.decision_id, self.action_id, data)
