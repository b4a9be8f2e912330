"""The commitment editor: its fields, partners, resource needs and history.

Status and deadline never change through the fields: an existing commitment has
"Change status…" and "Revise deadline…" (each its own unit of work, logged with its reason);
a new one is created with its initial status. Saving writes the commitment and its resource
lines in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe import i18n
from secframe.models import CommitmentStatus, StatusCause
from secframe.models.enums import STATUS_COLOURS
from secframe.services import commitments as cs
from secframe.services.changes import Saved
from secframe.services.commitments import CommitmentEdit
from secframe.services.commitments.history import CommitmentHistory, commitment_history
from secframe.services.history import AuditInfo
from secframe.services.lookups import Lookups, load_lookups
from secframe.ui.context import AppContext
from secframe.ui.editors.base import RecordEditor
from secframe.ui.editors.commitment_form import CommitmentForm
from secframe.ui.editors.handover import HandoverDialog
from secframe.ui.editors.history import HistoryTab
from secframe.ui.editors.needs import NeedLine, NeedsEditor
from secframe.ui.editors.new_place import offer_new_places
from secframe.ui.editors.results import ResultsTable
from secframe.ui.editors.status import DeadlineDialog, StatusDialog, offer_causes, status_since
from secframe.ui.editors.unblocking import unblocking_flag
from secframe.ui.tables.commitments import FLAG_COLOUR, UNDECIDED_COLOUR
from secframe.ui.widgets.fields import DateField
from secframe.ui.widgets.keyboard import chain_tab_order, input_of
from secframe.ui.widgets.pickers import EnumCombo
from secframe.ui.widgets.screen import resize_to_fit


@dataclass(frozen=True)
class EditorData:
    """What the editor shows when it opens: the pickers' lists and (existing) the commitment
    with its history. Read in the background (``read_editor_data``) before the editor is built."""

    lookups: Lookups
    history: CommitmentHistory | None = None


def read_editor_data(
    session: Session,
    framework_id: int | None,
    commitment_id: int | None,
    lookups: Lookups | None = None,
) -> EditorData:
    """Read what the editor of ``commitment_id`` (None: a new one) shows."""
    return EditorData(
        lookups or load_lookups(session, framework_id),
        commitment_history(session, commitment_id) if commitment_id is not None else None,
    )


class CommitmentEditor(RecordEditor):
    """Create or edit a commitment of the current framework."""

    def __init__(
        self, context: AppContext, data: EditorData, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        loaded = data.history
        self.commitment_id = loaded.detail.id if loaded else None
        self.framework_id = context.framework_id
        self.lookups = data.lookups
        self.detail = loaded.detail if loaded else None
        self._audit: tuple[AuditInfo, ...] = loaded.audit if loaded else ()
        self.form = CommitmentForm(self, self.errors, self.lookups)
        offer_new_places(
            context, self, self.form.locality, self.form.axis, tuple(self.lookups.region_ids)
        )
        self.needs = NeedsEditor(
            self.lookups.member_choices(), self, funders=self.lookups.funder_ids()
        )
        self.errors.route(lambda name: name.startswith("needs["), self.needs.show_error)
        self.errors.clearers.append(self.needs.model.clear_errors)
        self.results = ResultsTable(self)
        self.errors.route(lambda name: name.startswith("results["), self.results.show_error)
        self.history = HistoryTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form.general, self.tr("Commitment"))
        self.tabs.addTab(self.form.follow_up, self.tr("Dates and follow-up"))
        self.tabs.addTab(self.needs, self.tr("Resource needs"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.setTabEnabled(3, self.commitment_id is not None)
        self.tabs.addTab(self.results, self.tr("Results"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._header())
        layout.addWidget(self.tabs, 1)
        self.frame(body)
        self._order_tabs()
        resize_to_fit(self, 1120, 720)
        self._show(loaded)
        self.form.title.setFocus()

    def _order_tabs(self) -> None:
        """Tab goes in reading order: the header, the tabs, the form, then Save and Cancel."""
        if self.commitment_id is None:
            header = [self.initial_status, self.initial_on, self.initial_cause, self.initial_reason]
        else:
            header = [self.status_button, self.deadline_button, self.handover_button]
        form = self.form
        chain_tab_order(
            *header,
            self.tabs.tabBar(),
            form.title,
            form.reference,
            form.kind,
            form.theme,
            form.lead,
            input_of(form.partners),
            *form.partners.findChildren(QPushButton),
            form.locality,
            form.axis,
            form.frequency,
            form.description,
            form.start_date,
            form.deadline,
            form.level,
            form.source,
            form.meeting,
            form.outcome,
            form.unblocking.unblock_by,
            form.unblocking.next_step,
            form.unblocking.next_step_on.edit,
            self.save_button,
            self.cancel_button,
        )

    # --- header: status and deadline ----------------------------------------------------------

    def _header(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 6)
        if self.commitment_id is None:
            self.initial_status = EnumCombo(CommitmentStatus)
            self.initial_on = DateField()
            self.initial_on.set_value(date.today())
            self.initial_cause = EnumCombo(StatusCause, empty="—")
            self.initial_reason = QLineEdit()
            status_label = QLabel(self.tr("&Status"))
            since_label = QLabel(self.tr("si&nce"))
            self.cause_label = QLabel(self.tr("Ca&use"))
            self.reason_label = QLabel(self.tr("R&eason"))
            status_label.setBuddy(self.initial_status)
            since_label.setBuddy(self.initial_on)
            self.cause_label.setBuddy(self.initial_cause)
            self.reason_label.setBuddy(self.initial_reason)
            grid.addWidget(status_label, 0, 0)
            grid.addWidget(self.errors.box("to_status", self.initial_status), 0, 1)
            grid.addWidget(since_label, 0, 2)
            grid.addWidget(self.errors.box("changed_on", self.initial_on), 0, 3)
            grid.addWidget(self.cause_label, 1, 0)
            grid.addWidget(self.errors.box("cause", self.initial_cause), 1, 1)
            grid.addWidget(self.reason_label, 1, 2)
            grid.addWidget(self.errors.box("reason", self.initial_reason), 1, 3)
            grid.setColumnStretch(3, 1)
            self.initial_status.changed.connect(self._initial_status_chosen)
            self._initial_status_chosen()
            return box
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadline_label")
        self.flag_label = QLabel()
        self.flag_label.setObjectName("flag_label")
        self.flag_label.setTextFormat(Qt.TextFormat.RichText)
        self.flag_label.setWordWrap(True)
        self.status_button = QPushButton(self.tr("Change &status…"))
        self.deadline_button = QPushButton(self.tr("Revise &deadline…"))
        self.handover_button = QPushButton(self.tr("&Handover…"))
        self.handover_button.setToolTip(self.tr("Another member takes over this commitment"))
        self.status_button.clicked.connect(lambda _checked=False: self.change_status(None))
        self.deadline_button.clicked.connect(self.revise_deadline)
        self.handover_button.clicked.connect(self.hand_over)
        grid.addWidget(self.status_label, 0, 0)
        grid.addWidget(self.status_button, 0, 1)
        grid.addWidget(self.deadline_label, 1, 0)
        grid.addWidget(self.deadline_button, 1, 1)
        grid.addWidget(self.flag_label, 2, 0)
        grid.addWidget(self.handover_button, 2, 1)
        grid.setColumnStretch(0, 1)
        return box

    def _initial_status_chosen(self) -> None:
        initial = self.initial_status.value()
        offer_causes(self.initial_cause, initial)
        shown = {
            "cause": bool(self.initial_cause.offered()),
            "reason": initial is not None and initial.needs_cause,
        }
        for name, widgets in (
            ("cause", (self.initial_cause, self.cause_label)),
            ("reason", (self.initial_reason, self.reason_label)),
        ):
            for widget in widgets:
                widget.setVisible(shown[name])
            self.errors.boxes[name].setVisible(shown[name])

    def _show_state(self, detail: cs.CommitmentDetail) -> None:
        row = detail.row
        colour = STATUS_COLOURS[row.status]
        self.status_label.setText(
            f'<span style="color:{colour}; font-size: 14pt;">●</span> '
            + self.tr("Status: <b>{status}</b>").format(
                status=status_since(row.status, row.status_since)
            )
        )
        if row.deadline is None:
            deadline = self.tr("No deadline")
        elif row.revisions and row.original_deadline is None:
            deadline = self.tr("Deadline: <b>{date}</b> (set by a revision; none at first)")
            deadline = deadline.format(date=i18n.format_date(row.deadline))
        elif row.revisions:
            deadline = self.tr(
                "Deadline: <b>{date}</b> (originally {original}, revised {n} time(s))"
            )
            deadline = deadline.format(
                date=i18n.format_date(row.deadline),
                original=i18n.format_date(row.original_deadline),
                n=row.revisions,
            )
        else:
            deadline = self.tr("Deadline: <b>{date}</b>").format(
                date=i18n.format_date(row.deadline)
            )
        self.deadline_label.setText(deadline)
        flags = []
        if row.overdue:
            text = self.tr("Overdue: the deadline has passed and it is still open.")
            flags.append(
                f'<span style="color:{FLAG_COLOUR}; font-weight:bold;">{escape(text)}</span>'
            )
        if row.status.is_stopped and row.last_reason:
            text = self.tr("{status}: {reason}").format(
                status=row.status.label(), reason=row.last_reason
            )
            flags.append(f'<span style="color:{UNDECIDED_COLOUR};">{escape(text)}</span>')
        flags.append(unblocking_flag(detail, date.today()))
        self.flag_label.setText("<br>".join(f for f in flags if f))
        self.handover_button.setEnabled(row.status.is_open)
        title = self.tr("Commitment — {title}").format(title=row.title)
        self.setWindowTitle(title)

    # --- loading ------------------------------------------------------------------------------

    def _show(self, loaded: CommitmentHistory | None) -> None:
        detail = loaded.detail if loaded else None
        self.detail = detail
        self.version = detail.version if detail else None
        self.form.load(detail, self.lookups)
        self.needs.model.set_lines([NeedLine.from_info(n) for n in detail.needs] if detail else [])
        self.results.set_value(loaded.results if loaded else ())
        if loaded is not None and detail is not None:
            self._audit = loaded.audit
            self._show_state(detail)
            self.history.show_history(detail.status_log, detail.revisions, loaded.audit)
        else:
            self.setWindowTitle(self.tr("New commitment"))
        self.mark_clean()

    def reload(self) -> None:
        """Show the commitment as saved now (after someone else changed it)."""
        if self.commitment_id is not None:
            self._read_history(self.commitment_id, self._show)

    def _read_history(self, commitment_id: int, then: Callable[[CommitmentHistory], None]) -> None:
        self.context.load(
            self,
            f"commitment-editor:{id(self)}",
            lambda session: commitment_history(session, commitment_id),
            then,
        )

    def _refresh_state(self, detail: cs.CommitmentDetail) -> None:
        """After a status change or deadline revision: new state at once, then the history
        read again; the edits in the fields are kept."""
        self._show_new_state(detail)
        self._read_history(detail.id, self._show_new_history)

    def _show_new_history(self, loaded: CommitmentHistory) -> None:
        self._audit = loaded.audit
        self._show_new_state(loaded.detail)

    def _show_new_state(self, detail: cs.CommitmentDetail) -> None:
        before = self.detail.unblocking if self.detail is not None else None
        if self.form.unblocking.value() == before != detail.unblocking:  # recorded elsewhere
            self.form.unblocking.set_value(detail.unblocking)
            if isinstance(self._initial, CommitmentEdit):
                self._initial = replace(self._initial, unblocking=self.form.unblocking.value())
        self.detail = detail
        self.version = detail.version
        self._show_state(detail)
        self.history.show_history(detail.status_log, detail.revisions, self._audit)
        if detail.revisions:  # the first revision fixes the original deadline
            original = detail.row.original_deadline
            self.form.deadline.set_value(original)
            self.form.deadline.setReadOnly(True)
            self.form.deadline_label.setText(self.tr("Original dead&line"))
            if isinstance(self._initial, CommitmentEdit):
                fields = replace(self._initial.fields, original_deadline=original)
                self._initial = replace(self._initial, fields=fields)

    # --- actions ------------------------------------------------------------------------------

    def change_status(self, status: CommitmentStatus | None = None) -> StatusDialog | None:
        """Open Change status… for this commitment."""
        if self.detail is None:
            return None
        dialog = StatusDialog(self.context, self.detail, self.lookups, self, initial=status or None)
        dialog.saved.connect(self._refresh_state)
        dialog.open()
        return dialog

    def revise_deadline(self) -> DeadlineDialog | None:
        """Open Revise deadline… for this commitment."""
        if self.detail is None:
            return None
        dialog = DeadlineDialog(self.context, self.detail, self.lookups, self)
        dialog.saved.connect(self._refresh_state)
        dialog.open()
        return dialog

    def hand_over(self) -> HandoverDialog | None:
        """Open Handover… for this commitment."""
        if self.detail is None:
            return None
        detail = self.detail
        dialog = HandoverDialog(self.context, detail, self.lookups, self)
        dialog.saved.connect(lambda _new: self._read_history(detail.id, self._show_new_history))
        dialog.open()
        return dialog

    # --- saving -------------------------------------------------------------------------------

    def collect(self) -> CommitmentEdit:
        fields = self.form.collect()
        lines = self.needs.lines_input()
        results = self.results.value()
        unblocking = self.form.unblocking.value()
        if self.commitment_id is not None:
            return CommitmentEdit(fields, lines, results, unblocking=unblocking)
        status = self.initial_status.value()
        needs = status is not None and status.needs_cause
        return CommitmentEdit(
            fields,
            lines,
            results,
            status=status,
            status_on=self.initial_on.value(),
            cause=self.initial_cause.value() if self.initial_cause.offered() else None,
            reason=(self.initial_reason.text().strip() or None) if needs else None,
            unblocking=unblocking,
        )

    def problems(self) -> dict[str, str]:
        result = self.form.problems()
        result.update(self.needs.problems())
        result.update(self.results.problems())
        if self.commitment_id is None and self.initial_on.problem():
            result["changed_on"] = self.initial_on.problem() or ""
        return result

    def write(self, session: Session, data: Any) -> Saved[cs.CommitmentDetail]:
        framework_id = self.detail.row.framework_id if self.detail else self.framework_id
        assert framework_id is not None
        seen = {n.id: n.version for n in (self.detail.needs if self.detail else ())}
        return cs.save_commitment(
            session,
            framework_id,
            self.commitment_id,
            data,
            expected_version=self.version,
            seen_lines=seen,
            seen_results=self.results.saved,
        )
