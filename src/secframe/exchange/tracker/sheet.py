"""Reading one sheet of a tracker workbook by column header, and mapping service errors back
to the cells they concern."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from secframe.exchange.cells import is_empty
from secframe.exchange.errors import CellError
from secframe.exchange.import_report import ImportReport, text
from secframe.exchange.indexes import MemberIndex, PlaceIndex
from secframe.exchange.tracker.layout import Sheet, header_index
from secframe.exchange.workbook import Book, Values
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.jobs import JobState
from secframe.services.errors import ServiceError, ValidationError
from secframe.services.matching import fold

PROGRESS_EVERY = 200


@dataclass
class ImportContext:
    """What every part of a tracker import shares."""

    session: Session
    framework_id: int
    report: ImportReport
    book: Book
    state: JobState
    source: str  # recorded as the source of status changes and revisions
    today: date
    members: MemberIndex
    places: PlaceIndex


class SheetReader:
    """The columns of one sheet found by their header (in French or English, in any order)."""

    def __init__(self, ctx: ImportContext, sheet: Sheet, name: str) -> None:
        self.ctx = ctx
        self.sheet = sheet
        self.name = name
        self.positions: dict[str, int] = {}
        self.headers: dict[str, str] = {}
        self._rows = ctx.book.rows(name)
        first = next(self._rows, ())
        index = header_index(sheet)
        for i, value in enumerate(first):
            if is_empty(value):
                continue
            col = index.get(fold(str(value)))
            if col is None:
                ctx.report.warning(
                    text(
                        QT_TRANSLATE_NOOP(
                            "Exchange",
                            "This column is not part of the tracker; its values are not imported.",
                        )
                    ),
                    name,
                    1,
                    str(value),
                )
            elif col.key not in self.positions:
                self.positions[col.key] = i
                self.headers[col.key] = str(value)

    def has(self, key: str) -> bool:
        """True if the column is in the sheet."""
        return key in self.positions

    def column_name(self, key: str) -> str:
        """The header of a column as written in the file."""
        return self.headers.get(key, key)

    def rows(self) -> Iterator[tuple[int, Values]]:
        """(row number as shown, values) of every non-empty data row, with progress."""
        for number, values in enumerate(self._rows, start=2):
            if number % PROGRESS_EVERY == 0:
                self.ctx.state.progress(number, 0, self._reading())
            if any(not is_empty(v) for v in values):
                yield number, values

    def _reading(self) -> Any:
        return text(QT_TRANSLATE_NOOP("Exchange", "Reading the sheet “{sheet}”…"), sheet=self.name)

    def value(self, values: Values, key: str) -> Any:
        """The raw value of a column in a row (None when the column is missing)."""
        i = self.positions.get(key)
        if i is None or i >= len(values):
            return None
        return values[i]

    def read(
        self, values: Values, number: int, key: str, reader: Callable[[Any], Any]
    ) -> tuple[bool, Any]:
        """(ok, value) of a cell read with ``reader``; a failure is reported at the cell."""
        try:
            return True, reader(self.value(values, key))
        except CellError as err:
            self.ctx.report.error(err.message, self.name, number, self.column_name(key))
            return False, None

    def read_row(
        self, values: Values, number: int, readers: dict[str, Callable[[Any], Any]]
    ) -> dict[str, Any] | None:
        """The row's cells of the sheet's columns, each read with its reader; None when any
        cell could not be read (every such cell is reported)."""
        result: dict[str, Any] = {}
        ok = True
        for key, reader in readers.items():
            if self.has(key):
                good, value = self.read(values, number, key, reader)
                ok = ok and good
                result[key] = value
        return result if ok else None


def report_service_error(
    reader: SheetReader, number: int, err: ServiceError, fields: dict[str, str]
) -> None:
    """Report a rule broken by a row at the cells concerned (``fields``: input field -> column
    key); rules without a column are reported on the row."""
    if isinstance(err, ValidationError):
        for e in err.errors:
            key = fields.get(e.field.split("[")[0], "")
            column = reader.column_name(key) if key else ""
            reader.ctx.report.error(e.message, reader.name, number, column)
        return
    reader.ctx.report.error(err.message, reader.name, number)
