"""The fields of a commitment, on two tabs: what was agreed, and how it is followed up."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from secframe.i18n import translate
from secframe.models import CommitmentKind, ImplementationLevel
from secframe.services.commitments import CommitmentDetail, CommitmentInput, UnblockingInput
from secframe.services.lookups import Lookups
from secframe.ui.editors.partners import PartnersTable
from secframe.ui.editors.unblocking import UnblockingBox
from secframe.ui.widgets.errors import FormErrors
from secframe.ui.widgets.fields import DateField
from secframe.ui.widgets.pickers import EnumCombo, PlacePicker, ValueCombo


def _text(widget: QLineEdit | QPlainTextEdit) -> str | None:
    value = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
    return value.strip() or None


def _long_text(lines: int, widget: QWidget) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(widget.fontMetrics().height() * lines + 12)
    return edit


class CommitmentForm:
    """Builds the inputs of a commitment, fills them from a record and reads them back."""

    def __init__(self, owner: QWidget, errors: FormErrors, lookups: Lookups) -> None:
        self._owner = owner
        self._predecessor: int | None = None
        self.general = self._build_general(errors, lookups)
        self.follow_up = self._build_follow_up(errors, lookups)

    def _build_general(self, errors: FormErrors, lookups: Lookups) -> QWidget:
        """What was agreed, by whom, where."""
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(
            translate("CommitmentForm", "given on saving when left empty, e.g. TOM-2019-007")
        )
        self.kind = EnumCombo(CommitmentKind)
        self.theme = QLineEdit()
        self.lead = ValueCombo(empty="—")
        self.lead.set_choices(lookups.member_choices())
        self.partners = PartnersTable(lookups.member_choices())
        self.locality = PlacePicker()
        self.locality.set_places(lookups.places, first=lookups.region_ids)
        self.axis = ValueCombo(empty="—")
        self.axis.set_choices(lookups.axis_choices())
        self.frequency = QLineEdit()
        self.frequency.setPlaceholderText(translate("CommitmentForm", "e.g. twice a day"))
        self.description = _long_text(4, self._owner)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(
            translate("CommitmentForm", "&Title (required)"), errors.box("title", self.title)
        )
        form.addRow(
            translate("CommitmentForm", "&Reference"), errors.box("reference", self.reference)
        )
        form.addRow(translate("CommitmentForm", "&Kind"), errors.box("kind", self.kind))
        form.addRow(translate("CommitmentForm", "The&me"), errors.box("theme", self.theme))
        form.addRow(
            translate("CommitmentForm", "&Lead member"), errors.box("lead_member_id", self.lead)
        )
        form.addRow(
            translate("CommitmentForm", "&Partners and their roles"),
            errors.box("partners", self.partners),
        )
        form.addRow(
            translate("CommitmentForm", "L&ocality"), errors.box("locality_id", self.locality)
        )
        form.addRow(translate("CommitmentForm", "&Axis"), errors.box("axis_id", self.axis))
        form.addRow(
            translate("CommitmentForm", "&Frequency"), errors.box("frequency", self.frequency)
        )
        form.addRow(
            translate("CommitmentForm", "Des&cription"), errors.box("description", self.description)
        )

        return page

    def _build_follow_up(self, errors: FormErrors, lookups: Lookups) -> QWidget:
        """Dates, implementation, source and outcome."""
        self.start_date = DateField()
        self.deadline = DateField()
        self.deadline_label = QLabel(translate("CommitmentForm", "Dead&line"))
        self.level = EnumCombo(ImplementationLevel)
        self.source = QLineEdit()
        self.source.setPlaceholderText(
            translate("CommitmentForm", "e.g. minutes of the session of 15/10/2019")
        )
        self.meeting = ValueCombo(empty="—")
        self.meeting.set_choices(lookups.meeting_choices())
        self.links = QLabel()
        self.links.setWordWrap(True)
        self.outcome = _long_text(4, self._owner)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(
            translate("CommitmentForm", "S&tart"), errors.box("start_date", self.start_date)
        )
        form.addRow(self.deadline_label, errors.box("original_deadline", self.deadline))
        self.deadline_warning = QLabel()
        self.deadline_warning.setObjectName("deadline_warning")
        self.deadline_warning.setWordWrap(True)
        self.deadline_warning.setStyleSheet("color: #8a5300;")
        self.deadline_warning.hide()
        form.addRow("", self.deadline_warning)
        self._loaded_deadline: object = None
        self.deadline.changed.connect(self.warn_past_deadline)
        self.deadline.edit.editingFinished.connect(self.warn_past_deadline)
        form.addRow(
            translate("CommitmentForm", "&Implementation level"),
            errors.box("implementation_level", self.level),
        )
        form.addRow(translate("CommitmentForm", "Sou&rce"), errors.box("source", self.source))
        form.addRow(
            translate("CommitmentForm", "De&cided at session"),
            errors.box("source_meeting_id", self.meeting),
        )
        form.addRow(translate("CommitmentForm", "Handover"), self.links)
        form.addRow(
            translate("CommitmentForm", "&Outcome and notes"),
            errors.box("outcome_notes", self.outcome),
        )
        self.unblocking = UnblockingBox(
            errors,
            lookups,
            note=translate(
                "CommitmentForm",
                "When the commitment is blocked (suspended, awaiting support, or planned past "
                "its start): the brief for the Governor and the tracker's Fiche de suivi show "
                "who can unblock it and the next step.",
            ),
        )
        form.addRow(self.unblocking)
        return page

    def load(self, detail: CommitmentDetail | None, lookups: Lookups) -> None:
        """Fill the inputs from a saved commitment (or empty them for a new one)."""
        data = detail.to_input() if detail is not None else None
        self.title.setText(data.title if data else "")
        self.reference.setText(data.reference or "" if data else "")
        self.kind.set_value(data.kind if data else CommitmentKind.PATROL)
        self.theme.setText(data.theme or "" if data else "")
        self.lead.set_value(data.lead_member_id if data else None)
        self.partners.set_value(data.partners if data else ())
        self.locality.set_value(data.locality_id if data else None)
        self.axis.set_value(data.axis_id if data else None)
        self.frequency.setText(data.frequency or "" if data else "")
        self.description.setPlainText(data.description or "" if data else "")
        self.start_date.set_value(data.start_date if data else None)
        self.deadline.set_value(data.original_deadline if data else None)
        self._loaded_deadline = self.deadline.value()
        self.warn_past_deadline()
        revised = bool(detail and detail.revisions)
        self.deadline.setReadOnly(revised)
        self.deadline_label.setText(
            translate("CommitmentForm", "Original dead&line")
            if revised
            else translate("CommitmentForm", "Dead&line")
        )
        self.deadline.setToolTip(
            translate("CommitmentForm", "Revised since: use “Revise deadline…” to move it again.")
            if revised
            else ""
        )
        level = ImplementationLevel(str(data.implementation_level)) if data else None
        self.level.set_value(level or ImplementationLevel.NOT_STARTED)
        self.source.setText(data.source or "" if data else "")
        self.meeting.set_value(data.source_meeting_id if data else None)
        self.outcome.setPlainText(data.outcome_notes or "" if data else "")
        self.unblocking.set_value(detail.unblocking if detail is not None else UnblockingInput())
        self._predecessor = data.predecessor_id if data else None
        self.links.setText(self._links_text(detail))

    def warn_past_deadline(self) -> None:
        """A deadline typed in the past is allowed (it records what was agreed) but said: the
        commitment will show as overdue at once if it is still open."""
        value = self.deadline.value()
        past = value is not None and value < date.today() and value != self._loaded_deadline
        self.deadline_warning.setText(
            translate(
                "CommitmentForm",
                "This deadline is already past: if the commitment is still open, it will show "
                "as overdue at once.",
            )
            if past
            else ""
        )
        self.deadline_warning.setVisible(past)

    def _links_text(self, detail: CommitmentDetail | None) -> str:
        if detail is None:
            return translate("CommitmentForm", "—")
        parts = []
        if detail.predecessor_label is not None:
            parts.append(
                translate("CommitmentForm", "Takes over from {label}.").format(
                    label=detail.predecessor_label
                )
            )
        if detail.successor_labels:
            labels = "; ".join(detail.successor_labels)
            parts.append(
                translate("CommitmentForm", "Taken over by {labels}.").format(labels=labels)
            )
        return " ".join(parts) or translate("CommitmentForm", "—")

    def collect(self) -> CommitmentInput:
        """The commitment's fields as entered."""
        level = self.level.value()
        return CommitmentInput(
            title=self.title.text().strip(),
            kind=self.kind.value(),
            description=_text(self.description),
            reference=_text(self.reference),
            source=_text(self.source),
            source_meeting_id=self.meeting.value(),
            theme=_text(self.theme),
            lead_member_id=self.lead.value(),
            partners=self.partners.value(),
            locality_id=self.locality.value(),
            axis_id=self.axis.value(),
            frequency=_text(self.frequency),
            start_date=self.start_date.value(),
            original_deadline=self.deadline.value(),
            implementation_level=int(level.value) if level is not None else 0,
            outcome_notes=_text(self.outcome),
            predecessor_id=self._predecessor,
        )

    def problems(self) -> dict[str, str]:
        """Inputs whose text cannot be read."""
        result = {}
        for name, field in (
            ("start_date", self.start_date),
            ("original_deadline", self.deadline),
            ("locality_id", self.locality),
        ):
            problem = field.problem()
            if problem:
                result[name] = problem
        result.update(self.unblocking.problems())
        return result
