"""The commitments page: the list with its filters, and the actions on commitments."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QWidget
from sqlalchemy.orm import Session

from secframe import i18n
from secframe.models import CommitmentKind, CommitmentStatus
from secframe.services import commitments as cs
from secframe.services.browse import suspended_without_decision
from secframe.services.changes import (
    COMMITMENT,
    COMMITMENT_PARTNER,
    DEADLINE_REVISION,
    RESOURCE_NEED,
    STATUS_CHANGE,
    Changes,
)
from secframe.services.lookups import Lookups, load_lookups
from secframe.ui.context import AppContext
from secframe.ui.dialogs import ask
from secframe.ui.editors.change import CommitmentChangeDialog
from secframe.ui.editors.commitment import CommitmentEditor, EditorData, read_editor_data
from secframe.ui.editors.handover import HandoverDialog
from secframe.ui.editors.status import DeadlineDialog, StatusDialog
from secframe.ui.pages.base import AFTER_PAINT_MS, ListPage
from secframe.ui.read_only import writable
from secframe.ui.tables.commitments import COMMITMENTS, CommitmentItem, in_period
from secframe.ui.widgets.filters import ChoiceFilter, DateRange
from secframe.ui.widgets.pickers import PlacePicker, ValueCombo

# What a commitment's row shows: a change of these records changes only those rows.
ROW_KINDS = (COMMITMENT, COMMITMENT_PARTNER, RESOURCE_NEED, STATUS_CHANGE, DEADLINE_REVISION)
MAX_ROWS_REFRESHED = 200  # more changed rows than this: read the whole list again


def read_commitments(
    session: Session, framework_id: int | None, ids: Collection[int] = ()
) -> list[CommitmentItem]:
    """The rows of the commitments list (or only those of ``ids``), with what they need
    attention for."""
    if framework_id is None:
        return []
    undecided = suspended_without_decision(session, framework_id)
    flt = cs.CommitmentFilter(ids=frozenset(ids)) if ids else None
    return [
        CommitmentItem(r, undecided.get(r.id), r.id in undecided)
        for r in cs.list_commitments(session, framework_id, flt)
    ]


class CommitmentsPage(ListPage):
    """Every commitment of the framework: search, filter, open, change status, delete."""

    editor_opened = Signal(object)  # an editor or change dialog, once its data was read

    reload_on = ("Commitment", "ResourceNeed", "Member", "Locality", "Axis", "Meeting", "Framework")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, COMMITMENTS, parent)
        self.lookups: Lookups | None = None
        self.new_button.setText(self.tr("New commitment"))
        self.new_button.setToolTip(self.tr("Record a new commitment (Ctrl+N)"))
        self.status_filter = ChoiceFilter(self.tr("Status"), self)
        self.status_filter.set_choices(CommitmentStatus.choices())
        self.kind_filter = ChoiceFilter(self.tr("Kind"), self)
        self.kind_filter.set_choices(CommitmentKind.choices())
        self.member_filter = ValueCombo(self, empty=self.tr("All members"))
        self.member_filter.setMinimumContentsLength(16)
        self.member_filter.setSizeAdjustPolicy(
            ValueCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.member_filter.setToolTip(self.tr("Commitments this member leads or takes part in"))
        self.place_filter = PlacePicker(self, axes=True)
        self.place_filter.edit.setPlaceholderText(self.tr("All places"))
        self.place_filter.setToolTip(
            self.tr("Commitments at this place, inside it, or on an axis through it")
        )
        self.period = DateRange(self)
        self.attention = QCheckBox(self.tr("Needs attention"), self)
        self.attention.setToolTip(self.tr("Overdue, or suspended with no decision since"))
        for widget in (self.status_filter, self.kind_filter, self.member_filter, self.place_filter):
            self.filters.addWidget(widget)
        self.filters.addWidget(self.period)
        self.filters.addWidget(self.attention)
        self.status_filter.changed.connect(self._simple_filters)
        self.kind_filter.changed.connect(self._simple_filters)
        self.period.changed.connect(self._simple_filters)
        self.attention.toggled.connect(self._simple_filters)
        self.member_filter.changed.connect(self._scope_filter)
        self.place_filter.changed.connect(self._scope_filter)

    # --- reading ------------------------------------------------------------------------------

    def read(self, session: Session, framework_id: int | None, state: Any) -> Any:
        return self.rows_payload(read_commitments(session, framework_id), state)

    def show_rows(self, payload: Any) -> None:
        super().show_rows(payload)
        if self.lookups is None:  # members, places or sessions may have changed: read after
            QTimer.singleShot(AFTER_PAINT_MS, self, self._read_lookups)
        elif self.member_filter.value() is not None or self.place_filter.value() is not None:
            self._scope_filter()

    def _read_lookups(self) -> None:
        """Read what the member and place filters offer (after the rows: they come first)."""
        framework_id = self.context.framework_id

        def show(lookups: Lookups) -> None:
            self.lookups = lookups
            self.member_filter.set_choices(lookups.member_choices())
            self.place_filter.set_places(lookups.places, lookups.axes, first=lookups.region_ids)
            if self.member_filter.value() is not None or self.place_filter.value() is not None:
                self._scope_filter()

        self.context.load(
            self,
            "commitments:lookups",
            lambda session: load_lookups(session, framework_id),
            show,
        )

    def invalidate(self) -> None:
        """Reload the list, and the members, places and sessions the filters offer."""
        self.lookups = None
        super().invalidate()

    def refresh(self, changes: Changes) -> None:
        """Re-read only the rows of the changed commitments when that is all that changed."""
        ids = changes.ids_of(COMMITMENT)
        if self.stale or not changes.only(*ROW_KINDS) or ids is None:
            self.invalidate()
        elif len(ids) > MAX_ROWS_REFRESHED:
            super().invalidate()  # the members, places and sessions did not change
        elif ids:
            self.refresh_rows(ids)

    def refresh_rows(self, ids: Collection[int]) -> None:
        """Read these commitments in the background and show them (added, changed or gone)."""
        framework_id, wanted = self.context.framework_id, frozenset(ids)

        def show(items: list[CommitmentItem]) -> None:
            for item in items:
                self.model.put_row(item)
            self.model.remove_ids(wanted - {item.id for item in items})
            self.rows_changed()

        self.context.load(
            self,
            f"commitments:rows:{sorted(wanted)}",
            lambda session: read_commitments(session, framework_id, wanted),
            show,
        )

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("{shown} of {total} commitments shown").format(
            shown=i18n.format_number(shown), total=i18n.format_number(total)
        )

    def empty_text(self) -> str:
        if self.context.framework_id is None:
            return self.tr(
                "The database holds no framework yet: create one with File › New framework…"
            )
        return self.tr(
            "No commitment recorded yet. Record the first with “New commitment” (Ctrl+N)."
        )

    # --- filters ------------------------------------------------------------------------------

    def _simple_filters(self, *_: Any) -> None:
        statuses = set(self.status_filter.selected())
        kinds = set(self.kind_filter.selected())
        start, end = self.period.value()
        self.proxy.set_predicates(
            {
                "status": (lambda c: c.row.status in statuses) if statuses else None,
                "kind": (lambda c: c.row.kind in kinds) if kinds else None,
                "period": (lambda c: in_period(c, start, end)) if start or end else None,
                "attention": (lambda c: c.needs_attention) if self.attention.isChecked() else None,
            }
        )

    def filter_summary(self) -> list[str]:
        """Search, status, kind, member, place, period and « needs attention », as set."""
        parts = super().filter_summary()
        for title, choice, enum in (
            (self.tr("status"), self.status_filter, CommitmentStatus),
            (self.tr("kind"), self.kind_filter, CommitmentKind),
        ):
            chosen = choice.selected()
            if chosen:
                values = ", ".join(enum(v).label() for v in chosen)
                parts.append(self.tr("{filter}: {values}").format(filter=title, values=values))
        if self.member_filter.value() is not None:
            parts.append(self.tr("member: {name}").format(name=self.member_filter.currentText()))
        if self.place_filter.value() is not None:
            parts.append(self.tr("place: {name}").format(name=self.place_filter.label()))
        start, end = self.period.value()
        if start or end:
            parts.append(
                self.tr("period: {start} – {end}").format(
                    start=i18n.format_date(start) or "…", end=i18n.format_date(end) or "…"
                )
            )
        if self.attention.isChecked():
            parts.append(self.tr("needs attention only"))
        return parts

    def clear_filters(self) -> None:
        """Empty the search box and reset every filter of the list."""
        super().clear_filters()
        self.status_filter.clear()
        self.kind_filter.clear()
        self.period.set_value(None, None)
        self.attention.setChecked(False)
        self.member_filter.set_value(None)
        self.place_filter.set_value(None)
        self._simple_filters()
        self._scope_filter()

    def _scope_filter(self, *_: Any) -> None:
        """Member and place filters need the database (partners, places inside places)."""
        member = self.member_filter.value()
        place = self.place_filter.value()
        framework_id = self.context.framework_id
        if framework_id is None or (member is None and place is None):
            self.proxy.set_predicate("scope", None)
            return
        flt = cs.CommitmentFilter(
            member_id=member,
            locality_id=place[1] if place and place[0] == "locality" else None,
            axis_id=place[1] if place and place[0] == "axis" else None,
        )

        def ids(session: Session) -> set[int]:
            return {r.id for r in cs.list_commitments(session, framework_id, flt)}

        def apply(found: set[int]) -> None:
            self.proxy.set_predicate("scope", lambda c: c.id in found)

        self.context.load(self, "commitments:scope", ids, apply)

    # --- actions ------------------------------------------------------------------------------

    def editor(self, commitment_id: int | None = None) -> None:
        """Open the editor on a commitment (or a new one) once its data is read (in the
        background); ``editor_opened`` then carries it."""
        framework_id, lookups = self.context.framework_id, self.lookups

        def read(session: Session) -> EditorData:
            return read_editor_data(session, framework_id, commitment_id, lookups)

        def show(data: EditorData) -> None:
            self.lookups = data.lookups
            self.editor_opened.emit(self.open_editor(CommitmentEditor(self.context, data, self)))

        self.context.load(self, "commitments:editor", read, show)

    def new_record(self) -> None:
        """Record a new commitment."""
        if self.context.framework_id is not None:
            self.editor(None)

    def open_records(self, rows: list[Any]) -> None:
        """Open the first of the rows (editors are one at a time)."""
        self.editor(rows[0].id)

    def _open_change(self, item: CommitmentItem, dialog: type[CommitmentChangeDialog]) -> None:
        """Open a change dialog on a commitment once it and the pickers' lists are read."""
        framework_id, lookups = self.context.framework_id, self.lookups

        def read(session: Session) -> tuple[cs.CommitmentDetail, Lookups]:
            return cs.get_commitment(session, item.id), lookups or load_lookups(
                session, framework_id
            )

        def show(loaded: tuple[cs.CommitmentDetail, Lookups]) -> None:
            detail, self.lookups = loaded
            self.editor_opened.emit(
                self.open_editor(dialog(self.context, detail, self.lookups, self))
            )

        self.context.load(self, "commitments:editor", read, show)

    def change_status(self, item: CommitmentItem) -> None:
        """Open Change status… on a commitment of the list."""
        self._open_change(item, StatusDialog)

    def revise_deadline(self, item: CommitmentItem) -> None:
        """Open Revise deadline… on a commitment of the list."""
        self._open_change(item, DeadlineDialog)

    def hand_over(self, item: CommitmentItem) -> None:
        """Open Handover… on a commitment of the list."""
        self._open_change(item, HandoverDialog)

    def record_actions(self, rows: list[Any]) -> list[QAction | None]:
        extra: list[QAction] = []
        if rows:
            first = rows[0]
            handover = self.action(self.tr("Handover…"), lambda: self.hand_over(first))
            extra = [
                self.action(self.tr("Change status…"), lambda: self.change_status(first)),
                self.action(self.tr("Revise deadline…"), lambda: self.revise_deadline(first)),
                handover,
            ]
            for action in extra:
                writable(self.context, action, action is not handover or first.row.status.is_open)
        return self.standard_actions(rows, self.tr("New commitment"), extra)

    def delete_records(self, rows: list[Any]) -> None:
        """Delete commitments with their logs, revisions and resource lines, after asking."""
        self.context.load(
            self,
            "commitments:impact",
            lambda session: [cs.deletion_impact(session, r.id) for r in rows],
            lambda impacts: self._confirm_delete(rows, impacts),
        )

    def _confirm_delete(self, rows: list[Any], impacts: list[dict[str, int]]) -> None:
        """Say what goes with the commitments, then delete them if the user agrees."""
        total = {k: sum(i[k] for i in impacts) for k in impacts[0]}
        if len(rows) == 1:
            text = self.tr("Delete the commitment “{title}”?").format(title=rows[0].row.title)
        else:
            text = self.tr("Delete these {count} commitments?").format(count=len(rows))
        details = self.tr(
            "Also deleted: {status_changes} status change(s), {deadline_revisions} deadline "
            "revision(s), {resource_needs} resource line(s) and {partners} partner link(s)."
        ).format(**total)
        if total["successors"]:
            details += " " + self.tr(
                "{successors} commitment(s) that took over from it will lose that link."
            ).format(**total)
        details += " " + self.tr("The history of changes keeps a trace. This cannot be undone.")
        if not ask.confirm(self, self.tr("Delete"), text, self.tr("Delete"), details):
            return
        targets = [(r.id, r.row.version) for r in rows]
        self.delete_in_background(targets, cs.delete_commitment)
