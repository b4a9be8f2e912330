"""Import of a tracker in the secretariat's own layout, once its columns are mapped.

Each row becomes a commitment through the services (or updates the one with the same
reference, else the same title, so that importing the file again does not duplicate it).
What a cell says that cannot be read is reported at that cell; nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from secframe.exchange.cells import (
    Uncomputed,
    is_empty,
    read_amount,
    read_date,
    read_int,
    read_text,
)
from secframe.exchange.errors import CellError
from secframe.exchange.foreign.dates import is_month_only
from secframe.exchange.foreign.mapping import Mapping, normalise_header
from secframe.exchange.foreign.names import Names
from secframe.exchange.foreign.rows import ForeignRows, Row
from secframe.exchange.foreign.vocab import read_cause, read_kind, read_status_phrase
from secframe.exchange.import_report import ImportReport, text
from secframe.exchange.workbook import Book, Values
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.jobs import JobState
from secframe.models import CommitmentKind, CommitmentStatus
from secframe.services import commitments as cs
from secframe.services.matching import fold

DATE_FIELDS = ("start", "deadline", "status_date")
TOTAL_ROW = re.compile(r"^(sous[- ]?)?totaux?\b|^grand total\b|^total general\b|^total\b")


class ForeignImport(ForeignRows):
    """Applies a mapping to the rows of a foreign tracker."""

    def __init__(self, session: Session, book: Book, mapping: Mapping, framework_id: int,
                 report: ImportReport, state: JobState, *, source: str, today: date,
                 as_of: date | None = None, create_missing: bool = False) -> None:  # fmt: skip
        self.s, self.book, self.m, self.fw = session, book, mapping, framework_id
        self.report, self.state, self.source, self.today = report, state, source, today
        self.as_of = as_of or today
        self.names = Names(session, framework_id, mapping, report, source, create_missing)
        rows = cs.list_commitments(session, framework_id, today=today)
        self.by_title = {fold(c.title): c for c in rows}
        self.by_reference = {fold(c.reference): c for c in rows if c.reference}
        money = fold(mapping.header_of("needed") + mapping.header_of("pledged"))
        self.currency = "EUR" if ("eur" in money or "€" in money) else "XOF"
        self.readers = {
            "reference": read_text, "title": read_text, "kind": read_kind, "lead": self._member,
            "partners": self._partners, "place": self._place, "start": read_date,
            "deadline": read_date, "status": read_status_phrase, "status_date": read_date,
            "level": lambda v: read_int(v, 0, 3, labelled=True), "needed": read_amount, "pledged": read_amount,
            "received": read_amount, "observations": read_text, "reason": read_text,
            "cause": read_cause,
        }  # fmt: skip

    def _member(self, value: Any) -> list[int]:
        return self.names.members_of(value)

    def _partners(self, value: Any) -> tuple[int, ...]:
        return tuple(self.names.members_of(value))

    def _place(self, value: Any) -> Any:
        return value  # read in _parse, which knows the row and column for notes

    def run(self) -> None:
        """Import every data row below the header row."""
        self._note_unmapped()
        place = self.m.column_of("place")
        if place is not None:
            for number, values in enumerate(self.book.rows(self.m.sheet), start=1):
                if number > self.m.header_row and place < len(values):
                    self.names.prepare(values[place])
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
            if isinstance(value, Uncomputed):  # any column, not only the numbers
                message = QT_TRANSLATE_NOOP("Exchange", "This cell holds a formula whose result was never saved: open the file in Excel or LibreOffice and save it, or type the value.")  # fmt: skip
                self.report.error(text(message), self.m.sheet, number, self.m.headers[col])
                ok = False
                continue
            try:
                result[key] = self.readers[key](value)
            except CellError as err:
                self.report.error(err.message, self.m.sheet, number, self.m.headers[col])
                ok = False
                continue
            if key in DATE_FIELDS and result[key] is not None and is_month_only(value):
                message = QT_TRANSLATE_NOOP("Exchange", "“{value}” gives a month only: read as {date}, the first of the month.")  # fmt: skip
                self.report.warning(text(message, value=str(value).strip(), date=result[key]), self.m.sheet, number, self.m.headers[col])  # fmt: skip
        if "place" in result:
            try:
                result["place"] = self.names.place(
                    result["place"], number, self.m.header_of("place")
                )
            except CellError as err:
                self.report.error(err.message, self.m.sheet, number, self.m.header_of("place"))
                ok = False
        if "lead" in result:  # « Police; Gendarmerie »: the first leads, the others are partners
            leads = result["lead"]
            result["lead"] = leads[0] if leads else None
            if len(leads) > 1:
                extra = [i for i in leads[1:] if i not in result.get("partners", ())]
                result["partners"] = tuple(extra) + tuple(result.get("partners", ()))
        if "status" in result:
            result["status"], cause = result["status"]
            if cause is not None:  # « Suspendu faute de moyens »: the phrase is the reason too
                result["cause"] = result.get("cause") or cause
                at = self.m.column_of("status")
                result["status_text"] = read_text(values[at]) if at is not None else None
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
