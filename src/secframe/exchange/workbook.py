"""Opening workbooks to import: read-only, streamed, with clear errors for bad files."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secframe.exchange.cells import Uncomputed, is_empty
from secframe.exchange.errors import ExchangeError, error, unreadable_workbook
from secframe.exchange.tracker.layout import FORMAT_NAME, META_SHEET
from secframe.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

log = logging.getLogger(__name__)

Values = tuple[Any, ...]


class Book:
    """An xlsx workbook opened for reading; use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._wb = _load(self.path)
        self.sheet_names: list[str] = list(self._wb.sheetnames)
        self.meta: dict[str, str] = self._read_meta()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the file."""
        self._wb.close()

    @property
    def is_tracker(self) -> bool:
        """True for a workbook exported by secframe."""
        return self.meta.get("format") == FORMAT_NAME

    @property
    def data_sheets(self) -> list[str]:
        """The visible sheets a foreign tracker may be on."""
        return [
            n for n in self.sheet_names if n != META_SHEET and self._wb[n].sheet_state == "visible"
        ]

    def rows(self, sheet: str) -> Iterator[Values]:
        """The rows of a sheet as tuples of values (dates as datetimes), from row 1."""
        ws = self._wb[sheet]
        try:
            yield from _sheet_values(ws)
        except ExchangeError:
            raise
        except Exception as err:  # a damaged sheet inside a readable zip file
            log.warning("Cannot read sheet %s of %s", sheet, self.path, exc_info=True)
            raise unreadable_workbook(self.path) from err

    def head(self, sheet: str, count: int) -> list[Values]:
        """The first ``count`` rows of a sheet."""
        result = []
        for row in self.rows(sheet):
            result.append(row)
            if len(result) >= count:
                break
        return result

    def sheet_xml(self, sheet: str) -> str:
        """The XML of a sheet as stored in the file (for what openpyxl's streamed reading does
        not give: hidden columns, formulas without a saved value)."""
        part = getattr(self._wb[sheet], "_worksheet_path", None)
        if not part:
            return ""
        with zipfile.ZipFile(self.path) as archive:
            return archive.read(part).decode("utf-8", errors="replace")

    def is_empty(self) -> bool:
        """True when no visible sheet holds any value."""
        for name in self.data_sheets:
            for row in self.rows(name):
                if any(not is_empty(v) for v in row):
                    return False
        return True

    def _read_meta(self) -> dict[str, str]:
        if META_SHEET not in self.sheet_names:
            return {}
        meta = {}
        for row in self.rows(META_SHEET):
            if len(row) >= 2 and isinstance(row[0], str) and row[0] != "key":
                meta[row[0]] = "" if row[1] is None else str(row[1])
        return meta


def _sheet_values(ws: Any) -> Iterator[Values]:
    """Every row of a read-only sheet as values, from row 1 whatever size the file records
    (some writers record a wrong one), as openpyxl's ``ReadOnlyWorksheet._cells_by_row``
    (openpyxl 3.1) does, except that a formula saved without its computed value is read as
    ``Uncomputed`` instead of an empty cell."""
    wb = ws.parent
    with ws._get_source() as src:
        parser = _parser_class()(
            src,
            ws._shared_strings,
            data_only=True,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        expected = 1
        for number, cells in parser.parse():
            for _ in range(expected, number):  # rows the file leaves out are empty
                yield ()
            expected = max(expected, number + 1)
            yield ws._get_row(cells, 1, None, True)


@cache
def _parser_class() -> type:
    """openpyxl's sheet parser, telling formulas without a computed value from empty cells."""
    from openpyxl.worksheet._reader import (
        FORMULA_TAG,
        INLINE_STRING,
        VALUE_TAG,
        WorkSheetParser,
    )
    from openpyxl.xml.constants import SHEET_MAIN_NS

    text_tag, run_tag = f"{{{SHEET_MAIN_NS}}}t", f"{{{SHEET_MAIN_NS}}}r"

    class Parser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:
            inline = element.find(INLINE_STRING) if element.get("t") == "inlineStr" else None
            if inline is not None and not self.rich_text:
                # the text of an inline string (how openpyxl writes every text cell, so every
                # cell of our own trackers): its <t> and its runs' <t>, as openpyxl's
                # Text.content gives it, without building the rich-text objects for each cell
                parts = [inline.find(text_tag), *(r.find(text_tag) for r in inline.iter(run_tag))]
                element.remove(inline)
                cell: dict[str, Any] = super().parse_cell(element)
                cell["value"] = "".join(t.text or "" for t in parts if t is not None)
                cell["data_type"] = "s"
                return cell
            cell = super().parse_cell(element)
            if cell["value"] is not None:  # most cells: nothing more to look at
                return cell
            formula = element.find(FORMULA_TAG)
            value = element.find(VALUE_TAG)
            # no value, or an empty one where only text may be empty (programs that do not
            # compute formulas, openpyxl among them, write an empty <v/>)
            uncomputed = value is None or (not value.text and element.get("t") != "str")
            if formula is not None and uncomputed:
                text = formula.text or ""
                cell["value"] = Uncomputed(f"={text}" if text else "=…")
            return cell

    return Parser


def _load(path: Path) -> Workbook:
    from openpyxl import load_workbook

    if not path.exists():
        raise error(QT_TRANSLATE_NOOP("Exchange", "{file} does not exist."), file=str(path))
    if path.is_dir():
        raise error(
            QT_TRANSLATE_NOOP("Exchange", "{file} is a folder, not a file."), file=str(path)
        )
    if not zipfile.is_zipfile(path):
        raise unreadable_workbook(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except PermissionError as err:
        raise error(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "{file} cannot be read: it is open in another program or you may not read it.",
            ),
            file=path.name,
        ) from err
    except Exception as err:  # openpyxl raises many kinds of errors on bad files
        log.warning("Cannot open %s as a workbook", path, exc_info=True)
        raise unreadable_workbook(path) from err


def open_book(path: Path) -> Book:
    """Open a workbook to import; raises ``ExchangeError`` in the user's words if it cannot
    be read or holds no data."""
    book = Book(path)
    try:
        if not book.is_tracker and book.is_empty():
            raise error(
                QT_TRANSLATE_NOOP("Exchange", "{file} holds no data: every sheet is empty."),
                file=Path(path).name,
            )
    except BaseException:
        book.close()
        raise
    return book
