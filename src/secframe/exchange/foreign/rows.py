"""Writing the rows of a foreign tracker: new commitments, updates of those already in
secframe, status changes and the row's amounts as one funding line."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from secframe.exchange.foreign.mapping import Mapping
from secframe.exchange.foreign.vocab import cause_in_text
from secframe.exchange.import_report import ImportReport, text
from secframe.exchange.tracker.commitments import UPDATE_FIELDS
from secframe.exchange.tracker.history import STATUS_FIELDS
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.models import CommitmentKind, CommitmentStatus, ResourceCategory, StatusCause
from secframe.services import commitments as cs
from secframe.services import resources as rs
from secframe.services.errors import ServiceError, ValidationError
from secframe.services.matching import fold

FIELD_OF_INPUT = {**UPDATE_FIELDS, "locality_id": "place", "axis_id": "place",
                  "start_date": "start", "original_deadline": "deadline", "implementation_level": "level",
                  "outcome_notes": "observations", "lead_member_id": "lead"}  # fmt: skip
STATUS_OF_INPUT = {**STATUS_FIELDS, "changed_on": "status_date", "reason": "observations"}
AMOUNT_OF_INPUT = {"unit_cost": "needed", "pledged": "pledged", "received": "received"}
ZERO = Decimal(0)
# commitment input field -> the mapped field it comes from
SOURCE_OF = {"kind": "kind", "lead_member_id": "lead", "axis_id": "place", "locality_id": "place",
             "start_date": "start", "original_deadline": "deadline", "implementation_level": "level",
             "outcome_notes": "observations", "reference": "reference", "title": "title",
             "partners": "partners"}  # fmt: skip


@dataclass
class Row:
    """A parsed row: field -> value for the mapped columns."""

    number: int
    values: dict[str, Any]

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)


class ForeignRows:
    """Creates or updates the commitment of one parsed row (a part of ``ForeignImport``)."""

    s: Session
    m: Mapping
    fw: int
    report: ImportReport
    source: str
    today: date
    as_of: date  # the date the tracker's statuses are true on
    currency: str
    # the commitments rows may update: as listed, or the id of one an earlier row created
    by_title: dict[str, cs.CommitmentRow | int]
    by_reference: dict[str, cs.CommitmentRow | int]

    def _service_error(self, row: Row, err: ServiceError, fields: dict[str, str]) -> None:
        if isinstance(err, ValidationError):
            for e in err.errors:
                column = self.m.header_of(fields.get(e.field, ""))
                self.report.error(e.message, self.m.sheet, row.number, column)
        else:
            self.report.error(err.message, self.m.sheet, row.number)

    def _import(self, row: Row) -> None:
        found = None
        if row.get("reference"):
            found = self.by_reference.get(fold(row.get("reference")))
        if found is None:
            found = self.by_title.get(fold(row.get("title")))
        if found is None:
            self._create(row)
        elif isinstance(found, int):  # created by an earlier row of this file: read it now
            flt = cs.CommitmentFilter(ids=frozenset({found}))
            self._update(row, cs.list_commitments(self.s, self.fw, flt, today=self.today)[0])
        else:
            self._update(row, found)

    def _status_args(self, row: Row) -> dict[str, Any]:
        status = row.get("status")
        closing = status is not None and status.needs_cause
        reason = row.get("reason") or (
            (row.get("observations") or row.get("status_text")) if closing else None
        )
        cause = row.get("cause")
        if cause is None and status is not None and status.offered_causes():
            found = cause_in_text(reason)  # « retrait des FAMa » in the observations
            cause = found if found in status.allowed_causes() else None
        if cause is None and closing:
            cause = StatusCause.OTHER  # the file gives no cause: recorded as "Other"
        return {"cause": cause, "reason": reason}

    def _input(self, row: Row, base: cs.CommitmentInput | None) -> cs.CommitmentInput:
        axis_id, locality_id = row.get("place", (None, None))
        fields: dict[str, Any] = {
            "title": row.get("title"), "reference": row.get("reference"), "kind": row.get("kind"),
            "lead_member_id": row.get("lead"), "axis_id": axis_id, "locality_id": locality_id,
            "start_date": row.get("start"), "original_deadline": row.get("deadline"),
            "implementation_level": row.get("level"), "outcome_notes": row.get("observations"),
        }  # fmt: skip
        mapped = set(self.m.columns.values())
        data = base or cs.CommitmentInput(
            title=row.get("title"), kind=row.get("kind") or CommitmentKind.OTHER
        )
        changes = {
            k: v
            for k, v in fields.items()
            if SOURCE_OF[k] in mapped and not (k == "kind" and v is None)
        }
        if changes.get("implementation_level") is None:
            changes.pop("implementation_level", None)
        if "partners" in mapped or "partners" in row.values:
            roles = {p.member_id: p.role for p in data.partners}
            changes["partners"] = tuple(
                cs.PartnerInput(m, roles.get(m)) for m in row.get("partners", ())
            )
        return replace(data, **changes)

    def _create(self, row: Row) -> None:
        data = self._input(row, None)
        status = row.get("status") or CommitmentStatus.PLANNED
        status_on = row.get("status_date") or self.as_of  # never the start date
        try:
            created = cs.add_commitment(
                self.s, self.fw, data, status=status, status_on=status_on, source=self.source,
                today=self.today, **self._status_args(row),
            )  # fmt: skip
        except ServiceError as err:
            reason = "reason" if self.m.column_of("reason") is not None else "observations"
            self._service_error(row, err, {**FIELD_OF_INPUT, **STATUS_OF_INPUT, "reason": reason})
            return
        self.by_title[fold(data.title)] = created
        if data.reference:
            self.by_reference[fold(data.reference)] = created
        self.report.tally("commitments").created += 1
        self.report.tally("status_changes").created += 1
        message = QT_TRANSLATE_NOOP("Exchange", "New commitment “{title}” ({status}).")
        self.report.change(text(message, title=data.title, status=status), self.m.sheet, row.number)
        self._resources(row, created)

    def _update(self, row: Row, existing: cs.CommitmentRow) -> None:
        base = cs.get_commitment(self.s, existing.id, today=self.today).to_input()
        data = self._input(row, base)
        try:
            if data != base:
                cs.update_commitment(
                    self.s, existing.id, data, expected_version=existing.version, today=self.today
                )
            status_changed = self._update_status(row, existing)
        except ServiceError as err:
            self._service_error(row, err, {**FIELD_OF_INPUT, **STATUS_OF_INPUT})
            return
        lines_changed = self._resources(row, existing.id)
        if data == base and not status_changed and not lines_changed:
            self.report.tally("commitments").unchanged += 1
            return
        self.report.tally("commitments").updated += 1
        columns = [self.m.header_of(SOURCE_OF[f]) for f in SOURCE_OF if getattr(data, f) != getattr(base, f)]  # fmt: skip
        if status_changed:
            columns.append(self.m.header_of("status"))
        if lines_changed:
            columns.append(self._amounts_header())
        message = QT_TRANSLATE_NOOP("Exchange", "“{title}” was already in secframe: {columns} changed.")  # fmt: skip
        names = ", ".join(dict.fromkeys(c for c in columns if c))
        self.report.change(
            text(message, title=existing.title, columns=names), self.m.sheet, row.number
        )

    def _update_status(self, row: Row, existing: cs.CommitmentRow) -> bool:
        """Log the row's status if it differs from the commitment's; True if it did."""
        status = row.get("status")
        if status is None or status == existing.status:
            return False
        on = row.get("status_date") or self.as_of
        cs.change_status(
            self.s, existing.id, status, on=on, source=self.source, today=self.today,
            **self._status_args(row),
        )  # fmt: skip
        self.report.tally("status_changes").created += 1
        return True

    def _amounts_header(self) -> str:
        m = self.m
        return m.header_of("needed") or m.header_of("pledged") or m.header_of("received")

    def _resources(self, row: Row, commitment_id: int) -> bool:
        """The amounts of the row as one funding line; True if a line was written."""
        amounts = {k: row.get(k) for k in ("needed", "pledged", "received") if k in row.values}
        if all(v is None for v in amounts.values()):
            return False
        label = self._amounts_header()
        data = rs.ResourceNeedInput(
            category=ResourceCategory.FUNDING, description=label, quantity=Decimal(1),
            unit_cost=amounts.get("needed") or ZERO, currency=self.currency,
            pledged=amounts.get("pledged") or ZERO, received=amounts.get("received") or ZERO,
        )  # fmt: skip
        try:
            return self._write_line(row, commitment_id, label, data)
        except ServiceError as err:
            self._service_error(row, err, AMOUNT_OF_INPUT)
            return False

    def _write_line(
        self, row: Row, commitment_id: int, label: str, data: rs.ResourceNeedInput
    ) -> bool:
        lines = rs.need_infos(self.s, commitment_id)
        if not lines:
            cs.save_resource_lines(self.s, commitment_id, [(None, None, data)], field_prefix="")
            self.report.tally("resources").created += 1
            return True
        ours = [n for n in lines if n.description == label and n.category == ResourceCategory.FUNDING]  # fmt: skip
        if len(ours) != 1:
            message = QT_TRANSLATE_NOOP("Exchange", "The commitment already has its own resource lines: the amounts of this row are not imported.")  # fmt: skip
            self.report.warning(text(message), self.m.sheet, row.number, label)
            return False
        line = ours[0]
        data = replace(data, notes=line.notes, unit=line.unit)
        if data == replace(line.to_input(), provider_name=None):
            self.report.tally("resources").unchanged += 1
            return False
        cs.save_resource_lines(
            self.s, commitment_id, [(line.id, line.version, data)], field_prefix=""
        )
        self.report.tally("resources").updated += 1
        return True
