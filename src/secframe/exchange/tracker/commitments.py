"""The Commitments sheet of a tracker workbook: update by ID, create rows without one.

Every change goes through the commitment services, so the same rules apply as in the app:
a status change is logged (with the import as its source) and a suspension needs its cause
and reason; a new deadline is a revision with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from secframe.exchange.cells import (
    read_amount,
    read_date,
    read_int,
    read_text,
    without_long_mark,
)
from secframe.exchange.foreign.vocab import read_cause, read_kind, read_status
from secframe.exchange.import_report import text
from secframe.exchange.tracker.history import STATUS_FIELDS, HistoryChanges
from secframe.exchange.tracker.sheet import SheetReader, report_service_error
from secframe.exchange.workbook import Values
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.models import CommitmentStatus
from secframe.services import commitments as cs
from secframe.services.errors import ServiceError
from secframe.services.matching import fold
from secframe.services.tracker_data import CommitmentExtras, commitment_extras, partner_links

UPDATE_FIELDS = {
    "title": "title",
    "kind": "kind",
    "reference": "reference",
    "lead_member_id": "lead",
    "partners": "partners",
    "locality_id": "locality",
    "axis_id": "axis",
    "start_date": "start",
    "original_deadline": "original_deadline",
    "implementation_level": "level",
    "outcome_notes": "notes",
}
# who can unblock a commitment and its next step, written through their own use case
UNBLOCK_FIELDS = {
    "unblock_by": "unblock_by",
    "next_step": "next_step",
    "next_step_on": "next_step_on",
}


@dataclass
class Wanted:
    """What a row asks for, for the columns present in the sheet."""

    values: dict[str, Any]

    def __contains__(self, key: str) -> bool:
        return key in self.values

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


class CommitmentSheet(HistoryChanges):
    """Imports the Commitments sheet."""

    def __init__(self, reader: SheetReader) -> None:
        self.r = reader
        self.ctx = reader.ctx
        s, fw = self.ctx.session, self.ctx.framework_id
        self.rows = {c.id: c for c in cs.list_commitments(s, fw, today=self.ctx.today)}
        # every commitment's fields, and in the session all that the use cases read: the
        # changes of the whole sheet are then written by one flush
        self.inputs = cs.load_for_changes(s, fw)
        self.extras = commitment_extras(s, fw)
        self.partners = partner_links(s, fw)
        self.titles = {fold(c.title): c.id for c in self.rows.values()}
        self.readers = {
            "reference": read_text,
            "title": read_text,
            "kind": read_kind,
            "lead": self._member,
            "partners": self._partners,
            "axis": self._axis,
            "locality": self._locality,
            "start": read_date,
            "original_deadline": read_date,
            "deadline": read_date,
            "revision_reason": read_text,
            "status": read_status,
            "level": lambda v: read_int(v, 0, 3, labelled=True),
            "status_on": read_date,
            "cause": read_cause,
            "reason": read_text,
            "notes": read_text,
            "unblock_by": read_text,
            "next_step": read_text,
            "next_step_on": read_date,
            "revisions": lambda v: read_int(v, 0, 10**6),
            "needed": read_amount,
            "pledged": read_amount,
            "received": read_amount,
            "gap": read_amount,
            "results": read_text,
            "_version": lambda v: read_int(v, 0, 10**9),
        }

    def _member(self, value: Any) -> int | None:
        raw = read_text(value)
        return self.ctx.members.get(raw) if raw else None

    def _partners(self, value: Any) -> tuple[int, ...]:
        raw = read_text(value)
        return tuple(self.ctx.members.get_many(raw)) if raw else ()

    def _axis(self, value: Any) -> int | None:
        raw = read_text(value)
        return self.ctx.places.axis(raw) if raw else None

    def _locality(self, value: Any) -> int | None:
        raw = read_text(value)
        return self.ctx.places.locality(raw) if raw else None

    def run(self) -> None:
        """Read every row, then create or update."""
        seen: set[int] = set()
        for number, values in self.r.rows():
            ok, ident = self.r.read(values, number, "id", lambda v: read_int(v, 1, 10**12))
            wanted = self._parse(values, number)
            if not ok or wanted is None:
                continue
            if ident is None:
                self._create(number, wanted)
                continue
            row = self.rows.get(ident)
            if row is None:
                self._error(
                    number,
                    "id",
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "No commitment of this framework has the ID {id}; leave the ID empty to add a new commitment.",
                    ),
                    id=str(ident),
                )
            elif ident in seen:
                self._error(
                    number,
                    "id",
                    QT_TRANSLATE_NOOP("Exchange", "The ID {id} appears on more than one row."),
                    id=str(ident),
                )
            else:
                seen.add(ident)
                self._update(number, row, wanted)
        missing = len(set(self.rows) - seen)
        if missing and self.r.has("id"):
            self.ctx.report.warning(
                text(
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "{n} commitment(s) of the framework are not in the workbook; they are left as they are (an import never deletes).",
                    ),
                    n=missing,
                ),
                self.r.name,
            )

    def _parse(self, values: Values, number: int) -> Wanted | None:
        cells = self.r.read_row(values, number, self.readers)
        return Wanted(cells) if cells is not None else None

    # --- updating an existing commitment -------------------------------------------------------

    def _update(self, number: int, row: cs.CommitmentRow, wanted: Wanted) -> None:
        extras = self.extras.get(row.id, CommitmentExtras(None, None))
        self._check_computed(number, row, wanted)
        changes = self._field_changes(row, extras, wanted)
        unblocking = self._unblocking_change(extras, wanted)
        deadline = self._deadline_change(number, row, extras, wanted, changes)
        status = self._status_change(number, row, wanted)
        if deadline is False or status is False:
            return
        if not (changes or unblocking or deadline or status):
            self.ctx.report.tally("commitments").unchanged += 1
            return
        version = wanted.get("_version")
        if version is not None and version != row.version:
            self._error(
                number,
                "",
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "“{title}” was changed in secframe after this workbook was exported; export it again and redo the changes there.",
                ),
                title=row.title,
            )
            return
        try:
            if changes:
                self._save_fields(row, changes)
                self._describe(number, row, changes)
        except ServiceError as err:
            report_service_error(self.r, number, err, UPDATE_FIELDS)
            return
        if deadline and not self._revise(number, row, wanted):
            return
        if status and not self._change_status(number, row, wanted):
            return
        if unblocking and not self._record_unblocking(number, row, unblocking):
            return
        self.ctx.report.tally("commitments").updated += 1

    def _field_changes(
        self, row: cs.CommitmentRow, extras: CommitmentExtras, w: Wanted
    ) -> dict[str, Any]:
        current = {
            "reference": row.reference,
            "title": row.title,
            "kind": row.kind,
            "lead_member_id": row.lead_member_id,
            "axis_id": row.axis_id,
            "locality_id": row.locality_id,
            "start_date": row.start_date,
            "original_deadline": row.original_deadline,
            "implementation_level": row.implementation_level,
            "outcome_notes": extras.notes,
        }
        wanted = {
            "reference": w.get("reference"),
            "title": w.get("title"),
            "kind": w.get("kind"),
            "lead_member_id": w.get("lead"),
            "axis_id": w.get("axis"),
            "locality_id": w.get("locality"),
            "start_date": w.get("start"),
            "original_deadline": w.get("original_deadline"),
            "implementation_level": w.get("level"),
            "outcome_notes": w.get("notes"),
        }
        changes = {}
        for field, column in UPDATE_FIELDS.items():
            if field == "partners" or column not in w:
                continue
            new, old = wanted[field], current[field]
            if isinstance(new, str) and isinstance(old, str):
                new = without_long_mark(new, old)
            if new != old:
                changes[field] = new
        if "partners" in w:
            old_ids = tuple(p.member_id for p in self.partners.get(row.id, ()))
            if set(w.get("partners")) != set(old_ids):
                changes["partners"] = w.get("partners")
        return changes

    def _unblocking_change(self, extras: CommitmentExtras, w: Wanted) -> cs.UnblockingInput | None:
        """Who can unblock and the next step as the row asks (columns absent: as they are),
        or None when they do not change."""
        current = cs.UnblockingInput(extras.unblock_by, extras.next_step, extras.next_step_on)
        values = {}
        for field in UNBLOCK_FIELDS:
            old = getattr(current, field)
            new = w.get(field) if field in w else old
            if isinstance(new, str) and isinstance(old, str):
                new = without_long_mark(new, old)
            values[field] = new
        wanted = cs.UnblockingInput(**values)
        return wanted if wanted != current else None

    def _record_unblocking(
        self, number: int, row: cs.CommitmentRow, data: cs.UnblockingInput, *, say: bool = True
    ) -> bool:
        """Record who can unblock and the next step (``say``: report it as a change)."""
        try:
            cs.record_unblocking(self.ctx.session, row.id, data)
        except ServiceError as err:
            report_service_error(self.r, number, err, UNBLOCK_FIELDS)
            return False
        if not say:
            return True
        names = ", ".join(self.r.column_name(c) for c in UNBLOCK_FIELDS.values() if self.r.has(c))
        self.ctx.report.change(
            text(
                QT_TRANSLATE_NOOP("Exchange", "“{title}”: {columns} changed."),
                title=row.title,
                columns=names,
            ),
            self.r.name,
            number,
        )
        return True

    def _save_fields(self, row: cs.CommitmentRow, changes: dict[str, Any]) -> None:
        data = self.inputs[row.id]
        if "partners" in changes:
            roles = {p.member_id: p.role for p in data.partners}
            changes = {
                **changes,
                "partners": tuple(cs.PartnerInput(m, roles.get(m)) for m in changes["partners"]),
            }
        if changes.get("implementation_level") is None and "implementation_level" in changes:
            changes["implementation_level"] = 0
        cs.stage_update(
            self.ctx.session, row.id, replace(data, **changes), expected_version=row.version
        )

    def _describe(self, number: int, row: cs.CommitmentRow, changes: dict[str, Any]) -> None:
        names = ", ".join(self.r.column_name(UPDATE_FIELDS[f]) for f in changes)
        self.ctx.report.change(
            text(
                QT_TRANSLATE_NOOP("Exchange", "“{title}”: {columns} changed."),
                title=row.title,
                columns=names,
            ),
            self.r.name,
            number,
        )

    # --- creating a new commitment -------------------------------------------------------------

    def _create(self, number: int, w: Wanted) -> None:
        if not self._can_create(number, w):
            return
        original = w.get("original_deadline") or w.get("deadline")
        data = cs.CommitmentInput(
            title=w.get("title"), kind=w.get("kind"), reference=w.get("reference"),
            lead_member_id=w.get("lead"), partners=tuple(cs.PartnerInput(m) for m in w.get("partners", ())),
            locality_id=w.get("locality"), axis_id=w.get("axis"), start_date=w.get("start"),
            original_deadline=original, implementation_level=w.get("level") or 0,
            outcome_notes=w.get("notes"),
        )  # fmt: skip
        try:
            created = cs.create_commitment(
                self.ctx.session, self.ctx.framework_id, data,
                status=w.get("status") or CommitmentStatus.PLANNED, status_on=w.get("status_on"),
                cause=w.get("cause"), reason=w.get("reason"), source=self.ctx.source,
                today=self.ctx.today,
            )  # fmt: skip
        except ServiceError as err:
            report_service_error(self.r, number, err, {**UPDATE_FIELDS, **STATUS_FIELDS})
            return
        self.titles[fold(data.title)] = created.id
        unblocking = cs.UnblockingInput(*(w.get(f) for f in UNBLOCK_FIELDS))
        if unblocking != cs.UnblockingInput() and not self._record_unblocking(
            number, created.row, unblocking, say=False
        ):
            return
        if w.get("deadline") and w.get("deadline") != original:
            if not w.get("revision_reason"):
                self._error(number, "revision_reason", QT_TRANSLATE_NOOP("Exchange", "The current deadline differs from the original one: give the reason for the new deadline in this column."))  # fmt: skip
                return
            if not self._revise(number, created.row, w):
                return
        self.ctx.report.tally("commitments").created += 1
        self.ctx.report.tally("status_changes").created += 1
        message = QT_TRANSLATE_NOOP("Exchange", "New commitment “{title}” ({status}).")
        self.ctx.report.change(
            text(message, title=data.title, status=created.row.status), self.r.name, number
        )

    def _can_create(self, number: int, w: Wanted) -> bool:
        """A new row needs a title no other commitment has, and a kind."""
        title = w.get("title")
        if not title:
            self._error(number, "title", QT_TRANSLATE_NOOP("Exchange", "A new commitment (row without ID) needs a title."))  # fmt: skip
            return False
        if fold(title) in self.titles:
            self._error(
                number, "title",
                QT_TRANSLATE_NOOP("Exchange", "A commitment with this title already exists (ID {id}). To change it, write its ID in the ID column; to add another one, give it a different title."),
                id=str(self.titles[fold(title)]),
            )  # fmt: skip
            return False
        if w.get("kind") is None:
            self._error(number, "kind", QT_TRANSLATE_NOOP("Exchange", "A new commitment needs a kind."))  # fmt: skip
            return False
        return True
