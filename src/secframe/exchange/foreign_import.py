"""Import of a tracker in the secretariat's own layout, once its columns are mapped.

Each row becomes a commitment through the services (or updates the one with the same
reference, else the same title, so that importing the file again does not duplicate it).
What a cell says that cannot be read is reported at that cell; nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from secframe.exchange.cells import is_empty, read_amount, read_date, read_int, read_text
from secframe.exchange.errors import CellError
from secframe.exchange.foreign import Mapping, normalise_header
from secframe.exchange.indexes import MemberIndex, PlaceIndex
from secframe.exchange.report import ImportReport, text
from secframe.exchange.tracker_commitments import STATUS_FIELDS, UPDATE_FIELDS
from secframe.exchange.vocab import read_cause, read_kind, read_status
from secframe.exchange.workbook import Book, Values
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.jobs import JobState
from secframe.models import CommitmentKind, CommitmentStatus, ResourceCategory, StatusCause
from secframe.services import commitments as cs
from secframe.services import resources as rs
from secframe.services.common import fold
from secframe.services.errors import ServiceError, ValidationError

TOTAL_ROW = re.compile(r"^(sous[- ]?)?totaux?\b|^grand total\b|^total general\b|^total\b")
FIELD_OF_INPUT = {**UPDATE_FIELDS, "locality_id": "place", "axis_id": "place",
                  "start_date": "start", "original_deadline": "deadline", "implementation_level": "level",
                  "outcome_notes": "observations", "lead_member_id": "lead"}  # fmt: skip
STATUS_OF_INPUT = {**STATUS_FIELDS, "changed_on": "status_date", "reason": "observations"}
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


class ForeignImport:
    """Applies a mapping to the rows of a foreign tracker."""

    def __init__(self, session: Session, book: Book, mapping: Mapping, framework_id: int,
                 report: ImportReport, state: JobState, *, source: str, today: date) -> None:  # fmt: skip
        self.s, self.book, self.m, self.fw = session, book, mapping, framework_id
        self.report, self.state, self.source, self.today = report, state, source, today
        self.members = MemberIndex(session, framework_id)
        self.places = PlaceIndex(session)
        rows = cs.list_commitments(session, framework_id, today=today)
        self.by_title = {fold(c.title): c for c in rows}
        self.by_reference = {fold(c.reference): c for c in rows if c.reference}
        money = fold(mapping.header_of("needed") + mapping.header_of("pledged"))
        self.currency = "EUR" if ("eur" in money or "€" in money) else "XOF"
        self.readers = {
            "reference": read_text, "title": read_text, "kind": read_kind, "lead": self._member,
            "partners": self._partners, "place": self._place, "start": read_date,
            "deadline": read_date, "status": read_status, "status_date": read_date,
            "level": lambda v: read_int(v, 0, 3), "needed": read_amount, "pledged": read_amount,
            "received": read_amount, "observations": read_text, "reason": read_text,
            "cause": read_cause,
        }  # fmt: skip

    def _member(self, value: Any) -> int | None:
        raw = read_text(value)
        return self.members.get(raw) if raw else None

    def _partners(self, value: Any) -> tuple[int, ...]:
        raw = read_text(value)
        return tuple(self.members.get_many(raw)) if raw else ()

    def _place(self, value: Any) -> tuple[int | None, int | None]:
        raw = read_text(value)
        return self.places.place(raw) if raw else (None, None)

    def run(self) -> None:
        """Import every data row below the header row."""
        self._note_unmapped()
        for number, values in enumerate(self.book.rows(self.m.sheet), start=1):
            if number <= self.m.header_row:
                continue
            if number % 200 == 0:
                self.state.progress(
                    number,
                    0,
                    text(QT_TRANSLATE_NOOP("Exchange", "Reading row {row}…"), row=str(number)),
                )
            if all(is_empty(v) for v in values):
                continue
            if self._skipped(number, values):
                continue
            row = self._parse(number, values)
            if row is not None:
                self._import(row)

    def _note_unmapped(self) -> None:
        mapped = set(self.m.columns.values())
        if "kind" not in mapped:
            self.report.warning(
                text(
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "No column gives the kind of commitment: new commitments are recorded with the kind “{kind}”.",
                    ),
                    kind=CommitmentKind.OTHER,
                )
            )
        if "status" not in mapped:
            self.report.warning(
                text(
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "No column gives the status: new commitments are recorded as “{status}”.",
                    ),
                    status=CommitmentStatus.PLANNED,
                )
            )

    def _skipped(self, number: int, values: Values) -> bool:
        """Total rows and section headings are left out, and said so."""
        filled = [(i, v) for i, v in enumerate(values) if not is_empty(v)]
        texts = [normalise_header(v) for _, v in filled if isinstance(v, str)]
        if any(TOTAL_ROW.match(t) for t in texts[:2]):
            self.report.tally("commitments").skipped += 1
            self.report.warning(
                text(QT_TRANSLATE_NOOP("Exchange", "Total row, left out.")), self.m.sheet, number
            )
            return True
        title_col = self.m.column_of("title")
        if len(filled) == 1 and filled[0][0] != title_col:
            self.report.tally("commitments").skipped += 1
            self.report.warning(
                text(
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "Only one cell is filled (“{value}”): taken for a section heading and left out.",
                    ),
                    value=str(filled[0][1]).strip(),
                ),
                self.m.sheet,
                number,
            )
            return True
        return False

    def _parse(self, number: int, values: Values) -> Row | None:
        result: dict[str, Any] = {}
        ok = True
        for col, key in self.m.columns.items():
            value = values[col] if col < len(values) else None
            try:
                result[key] = self.readers[key](value)
            except CellError as err:
                self.report.error(err.message, self.m.sheet, number, self.m.headers[col])
                ok = False
        if ok and not result.get("title"):
            self._error(
                number, "title", QT_TRANSLATE_NOOP("Exchange", "This row has no commitment title.")
            )
            ok = False
        return Row(number, result) if ok else None

    def _error(self, number: int, key: str, source: str, **params: Any) -> None:
        self.report.error(
            msg("Exchange", source, **params), self.m.sheet, number, self.m.header_of(key)
        )

    def _service_error(self, row: Row, err: ServiceError, fields: dict[str, str]) -> None:
        if isinstance(err, ValidationError):
            for e in err.errors:
                self.report.error(
                    e.message, self.m.sheet, row.number, self.m.header_of(fields.get(e.field, ""))
                )
        else:
            self.report.error(err.message, self.m.sheet, row.number)

    # --- one row -------------------------------------------------------------------------------

    def _import(self, row: Row) -> None:
        existing = None
        if row.get("reference"):
            existing = self.by_reference.get(fold(row.get("reference")))
        if existing is None:
            existing = self.by_title.get(fold(row.get("title")))
        if existing is None:
            self._create(row)
        else:
            self._update(row, existing)

    def _status_args(self, row: Row) -> dict[str, Any]:
        status = row.get("status")
        reason = row.get("reason") or (
            row.get("observations")
            if status in (CommitmentStatus.SUSPENDED, CommitmentStatus.ABANDONED)
            else None
        )
        cause = row.get("cause")
        if cause is None and status in (CommitmentStatus.SUSPENDED, CommitmentStatus.ABANDONED):
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
        if base is None:
            data = cs.CommitmentInput(
                title=row.get("title"), kind=row.get("kind") or CommitmentKind.OTHER
            )
        else:
            data = base
        changes = {
            k: v
            for k, v in fields.items()
            if SOURCE_OF[k] in mapped and not (k == "kind" and v is None)
        }
        if changes.get("implementation_level") is None:
            changes.pop("implementation_level", None)
        if "partners" in mapped:
            roles = {p.member_id: p.role for p in data.partners}
            changes["partners"] = tuple(
                cs.PartnerInput(m, roles.get(m)) for m in row.get("partners", ())
            )
        return replace(data, **changes)

    def _create(self, row: Row) -> None:
        data = self._input(row, None)
        status = row.get("status") or CommitmentStatus.PLANNED
        status_on = row.get("status_date") or data.start_date
        if status_on is None and status != CommitmentStatus.PLANNED:
            self.report.warning(
                text(
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "No date for the status “{status}”: today's date is recorded as the date of the status.",
                    ),
                    status=status,
                ),
                self.m.sheet,
                row.number,
                self.m.header_of("status"),
            )
        try:
            created = cs.create_commitment(
                self.s,
                self.fw,
                data,
                status=status,
                status_on=status_on,
                source=self.source,
                today=self.today,
                **self._status_args(row),
            )
        except ServiceError as err:
            self._service_error(
                row,
                err,
                {
                    **FIELD_OF_INPUT,
                    **STATUS_OF_INPUT,
                    "reason": "observations" if not self.m.column_of("reason") else "reason",
                },
            )
            return
        self.by_title[fold(data.title)] = created.row
        if data.reference:
            self.by_reference[fold(data.reference)] = created.row
        self.report.tally("commitments").created += 1
        self.report.tally("status_changes").created += 1
        self.report.change(
            text(
                QT_TRANSLATE_NOOP("Exchange", "New commitment “{title}” ({status})."),
                title=data.title,
                status=status,
            ),
            self.m.sheet,
            row.number,
        )
        self._resources(row, created.id)

    def _update(self, row: Row, existing: cs.CommitmentRow) -> None:
        base = cs.get_commitment(self.s, existing.id, today=self.today).to_input()
        data = self._input(row, base)
        changed = data != base
        try:
            if changed:
                cs.update_commitment(
                    self.s, existing.id, data, expected_version=existing.version, today=self.today
                )
            status = row.get("status")
            status_changed = status is not None and status != existing.status
            if status_changed:
                on = row.get("status_date")
                if on is None:
                    on = self.today
                    self.report.warning(
                        text(
                            QT_TRANSLATE_NOOP(
                                "Exchange",
                                "No date for the new status: today's date is recorded as the date of the change.",
                            )
                        ),
                        self.m.sheet,
                        row.number,
                        self.m.header_of("status"),
                    )
                cs.change_status(
                    self.s,
                    existing.id,
                    status,
                    on=on,
                    source=self.source,
                    today=self.today,
                    **self._status_args(row),
                )
                self.report.tally("status_changes").created += 1
        except ServiceError as err:
            self._service_error(row, err, {**FIELD_OF_INPUT, **STATUS_OF_INPUT})
            return
        lines_changed = self._resources(row, existing.id)
        if changed or status_changed or lines_changed:
            self.report.tally("commitments").updated += 1
            columns = [
                self.m.header_of(SOURCE_OF[f])
                for f in SOURCE_OF
                if getattr(data, f) != getattr(base, f)
            ]
            if status_changed:
                columns.append(self.m.header_of("status"))
            if lines_changed:
                columns.append(
                    self.m.header_of("needed")
                    or self.m.header_of("pledged")
                    or self.m.header_of("received")
                )
            self.report.change(
                text(
                    QT_TRANSLATE_NOOP(
                        "Exchange", "“{title}” was already in secframe: {columns} changed."
                    ),
                    title=existing.title,
                    columns=", ".join(dict.fromkeys(c for c in columns if c)),
                ),
                self.m.sheet,
                row.number,
            )
        else:
            self.report.tally("commitments").unchanged += 1

    def _resources(self, row: Row, commitment_id: int) -> bool:
        """The amounts of the row as one funding line; True if a line was written."""
        amounts = {k: row.get(k) for k in ("needed", "pledged", "received") if k in row.values}
        if not any(v is not None for v in amounts.values()):
            return False
        label = (
            self.m.header_of("needed")
            or self.m.header_of("pledged")
            or self.m.header_of("received")
        )
        data = rs.ResourceNeedInput(
            category=ResourceCategory.FUNDING, description=label, quantity=Decimal(1),
            unit_cost=amounts.get("needed") or ZERO, currency=self.currency,
            pledged=amounts.get("pledged") or ZERO, received=amounts.get("received") or ZERO,
        )  # fmt: skip
        lines = rs.need_infos(self.s, commitment_id)
        mine = [
            n for n in lines if n.description == label and n.category == ResourceCategory.FUNDING
        ]
        try:
            if not lines:
                rs.add_resource_need(self.s, commitment_id, data)
                self.report.tally("resources").created += 1
                return True
            if len(mine) != 1:
                self.report.warning(
                    text(
                        QT_TRANSLATE_NOOP(
                            "Exchange",
                            "The commitment already has its own resource lines: the amounts of this row are not imported.",
                        )
                    ),
                    self.m.sheet,
                    row.number,
                    label,
                )
                return False
            line = mine[0]
            if replace(data, notes=line.notes, unit=line.unit) == replace(
                line.to_input(), provider_name=None
            ):
                self.report.tally("resources").unchanged += 1
                return False
            rs.update_resource_need(
                self.s,
                line.id,
                replace(data, notes=line.notes, unit=line.unit),
                expected_version=line.version,
            )
            self.report.tally("resources").updated += 1
            return True
        except ServiceError as err:
            self._service_error(
                row, err, {"unit_cost": "needed", "pledged": "pledged", "received": "received"}
            )
            return False
