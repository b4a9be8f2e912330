"""What Change status…, Revise deadline… and Handover… share: the commitment they act on, and
the reason, source and session of the change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from secframe.services import commitments as cs
from secframe.ui.context import AppContext
from secframe.ui.editors.base import RecordEditor
from secframe.ui.lookups import Lookups
from secframe.ui.widgets.pickers import ValueCombo


class CommitmentChangeDialog(RecordEditor):
    """A dialog recording one change of a commitment; subclasses lay out the form and save."""

    entity = "Commitment"

    def __init__(
        self,
        context: AppContext,
        detail: cs.CommitmentDetail,
        lookups: Lookups,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.detail = detail
        self.version = detail.version
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.source = QLineEdit()
        self.meeting = ValueCombo(empty="—")
        self.meeting.set_choices(lookups.meeting_choices())

    def reason_text(self) -> str:
        """The reason as typed, without surrounding blanks."""
        return self.reason.toPlainText().strip()

    def source_text(self) -> str:
        """The source as typed, without surrounding blanks."""
        return self.source.text().strip()


def form_above_log(form: QFormLayout, log: QWidget, title: str) -> QWidget:
    """The form, with the log of earlier changes below it in a box titled ``title``."""
    box = QGroupBox(title)
    QVBoxLayout(box).addWidget(log)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(form)
    layout.addWidget(box, 1)
    return body
