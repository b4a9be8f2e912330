"""What Change status…, Revise deadline… and Handover… share: the commitment they act on, the
reason, source and session of the change, and how they collect, check and save.

A subclass lays out its form and declares: ``collect()`` (the service's input dataclass,
e.g. ``StatusEdit``), ``use_case`` (the service use case saving it, e.g. ``record_status``),
``dirty_fields`` (the input fields that, once filled, make closing ask first), ``dates()``
(date fields whose text must be readable) and ``choices()`` (pickers that must be set, with
the message shown when not). The base does the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe.services import commitments as cs
from secframe.services.changes import Saved
from secframe.services.lookups import Lookups
from secframe.ui.context import AppContext
from secframe.ui.editors.base import RecordEditor
from secframe.ui.widgets.fields import DateField
from secframe.ui.widgets.pickers import ValueCombo

UseCase = Callable[..., Saved[cs.CommitmentDetail]]


class CommitmentChangeDialog(RecordEditor):
    """A dialog recording one change of a commitment through one service use case."""

    use_case: ClassVar[UseCase]
    dirty_fields: ClassVar[tuple[str, ...]] = ("reason", "source")

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

    def dates(self) -> dict[str, DateField]:
        """The date fields, by input name, whose text must be a readable date."""
        return {}

    def choices(self) -> dict[str, tuple[Any, str]]:
        """Pickers that must be set, by input name, with the message shown when not."""
        return {}

    def is_dirty(self) -> bool:
        data = self.collect()
        return any(getattr(data, name) for name in self.dirty_fields)

    def problems(self) -> dict[str, str]:
        result = {
            name: message for name, (picker, message) in self.choices().items()
            if picker.value() is None
        }  # fmt: skip
        for name, field in self.dates().items():
            if field.problem():
                result[name] = field.problem() or ""
        return result

    def write(self, session: Session, data: Any) -> Saved[cs.CommitmentDetail]:
        use_case = type(self).use_case
        return use_case(session, self.detail.id, data, expected_version=self.version)

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
