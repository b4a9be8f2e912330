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

from secframe.exchange.cells import is_empty, read_amount, read_date, read_int, read_text
from secframe.exchange.errors import CellError
from secframe.exchange.foreign.mapping import Mapping, normalise_header
from secframe.exchange.foreign.rows import ForeignRows, Row
from secframe.exchange.foreign.vocab import read_cause, read_kind, read_status
from secframe.exchange.import_report import ImportReport, text
from secframe.exchange.indexes import MemberIndex, PlaceIndex
from secframe.exchange.workbook import Book, Values
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.jobs import JobState
from secframe.models import CommitmentKind, CommitmentStatus
from secframe.services import commitments as cs
from secframe.services.matching import fold

TOTAL_ROW = re.compile(r"^(sous[- ]?)?totaux?\b|^grand total\b|^total general\b|^total\b")


class ForeignImport(ForeignRows):
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
            "level": lambda v: read_int(v, 0, 3, labelled=True), "needed": read_amount, "pledged": read_amount,
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
