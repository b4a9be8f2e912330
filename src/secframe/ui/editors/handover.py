"""Handover…: another member takes over a commitment (the CMA patrols taken over by the state
forces' escorts). The old commitment is completed by handover, a new one starts, linked to it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from secframe.models import CommitmentStatus, StatusCause
from secframe.services import commitments as cs
from secframe.services.lookups import Lookups
from secframe.ui.context import AppContext
from secframe.ui.editors.change import CommitmentChangeDialog
from secframe.ui.widgets.fields import DateField
from secframe.ui.widgets.member_picker import MemberPicker
from secframe.ui.widgets.pickers import EnumCombo
from secframe.ui.widgets.screen import resize_to_fit


class HandoverDialog(CommitmentChangeDialog):
    """Hand a commitment over to another member; both records are kept and linked."""

    use_case = staticmethod(cs.record_handover)
    dirty_fields = ("lead_member_id", "reason", "source")

    def __init__(
        self,
        context: AppContext,
        detail: cs.CommitmentDetail,
        lookups: Lookups,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, detail, lookups, parent)
        row = detail.row
        self.setWindowTitle(self.tr("Handover — {title}").format(title=row.title))
        self.save_button.setText(self.tr("Hand over"))
        intro = QLabel(
            self.tr(
                "“{title}” is completed by handover on the date below; a new commitment, led "
                "by the member taking over, continues it and is linked to it."
            ).format(title=row.title)
        )
        intro.setWordWrap(True)
        self.lead = MemberPicker()
        self.lead.set_members(lookups.members, exclude={row.lead_member_id})
        self.title = QLineEdit(row.title)
        self.title.setCursorPosition(0)
        self.on = DateField()
        self.on.set_value(date.today())
        self.status = EnumCombo(
            CommitmentStatus,
            exclude=[s for s in CommitmentStatus if StatusCause.HANDOVER not in s.allowed_causes()]
            + [CommitmentStatus.COMPLETED],
        )
        self.status.set_value(CommitmentStatus.ACTIVE)
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(intro)
        form.addRow(self.tr("&Member taking over"), self.errors.box("lead_member_id", self.lead))
        form.addRow(self.tr("&Title of the new commitment"), self.errors.box("title", self.title))
        form.addRow(self.tr("&Date of the handover"), self.errors.box("changed_on", self.on))
        form.addRow(
            self.tr("&Status of the new commitment"), self.errors.box("to_status", self.status)
        )
        form.addRow(self.tr("&Reason (required)"), self.errors.box("reason", self.reason))
        form.addRow(self.tr("S&ource"), self.errors.box("source", self.source))
        form.addRow(self.tr("Decided at s&ession"), self.errors.box("meeting_id", self.meeting))
        self.frame(body, first=self.lead)
        resize_to_fit(self, 640, 480)
        self.mark_clean()

    def collect(self) -> cs.HandoverEdit:
        return cs.HandoverEdit(
            lead_member_id=self.lead.value(),
            title=self.title.text().strip(),
            on=self.on.value(),
            status=self.status.value(),
            reason=self.reason_text(),
            source=self.source_text(),
            meeting_id=self.meeting.value(),
        )

    def choices(self) -> dict[str, tuple[Any, str]]:
        return {"lead_member_id": (self.lead, self.tr("Choose the member taking over."))}

    def dates(self) -> dict[str, DateField]:
        return {"changed_on": self.on}
