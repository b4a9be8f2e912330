"""Writing formatted sheets quickly with openpyxl's streaming (write-only) mode.

Styles are built once per workbook and shared by every cell of a kind, so formatting costs
little more than writing plain values. Text that a spreadsheet would take for a formula is
stored as text with Excel's "quote prefix", so it is shown and kept as typed, never run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secframe.exchange.cells import FORMULA_STARTS, LONG_TEXT_MARK
from secframe.exchange.tracker.layout import Col, Sheet, T, header
from secframe.models.enums import STATUS_COLOURS

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

MAX_CELL_TEXT = 32_767  # Excel's limit
HEADER_FILL = "1F4E79"
ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
DATE_FORMATS = {"fr": "dd/mm/yyyy", "en": "d mmm yyyy"}
DATETIME_FORMATS = {"fr": "dd/mm/yyyy hh:mm", "en": "d mmm yyyy hh:mm"}
XOF_FORMAT = '#,##0 "FCFA"'
EUR_FORMAT = '#,##0.00 "€"'
NUMBER_FORMAT = "#,##0.###"
LINE_HEIGHT = 15  # points per line of 11-point text
MAX_ROW_HEIGHT = 409  # Excel's limit


_SCRATCH: ContextVar[Path | None] = ContextVar("secframe_xlsx_scratch", default=None)


@contextmanager
def sheets_written_in(folder: Path) -> Iterator[None]:
    """Have openpyxl stream the sheets written in this block (in this thread) to private
    files in ``folder`` instead of the system's shared temporary folder."""
    from openpyxl.worksheet import _writer

    if getattr(_writer.create_temporary_file, "__module__", "") != __name__:
        _writer.create_temporary_file = _scratch_file(_writer.create_temporary_file)
    token = _SCRATCH.set(Path(folder))
    try:
        yield
    finally:
        _SCRATCH.reset(token)


def _scratch_file(original: Any) -> Any:
    """openpyxl's temporary file maker, sending files to the current scratch folder."""
    from openpyxl.worksheet import _writer

    from secframe.files import create_private

    def create_temporary_file(suffix: str = "") -> str:
        folder = _SCRATCH.get()
        if folder is None:
            return str(original(suffix))
        fd, path = create_private(folder, "sheet", suffix or ".xml")
        os.close(fd)
        _writer.ALL_TEMP_FILES.append(str(path))
        return str(path)

    return create_temporary_file


@dataclass
class LongText:
    """A text longer than a cell can hold, written whole on the "Long texts" sheet."""

    sheet: str
    cell: str
    text: str


@dataclass
class Styles:
    """The workbook's shared cell styles, by name."""

    arrays: dict[str, StyleArray] = field(default_factory=dict)

    def __getitem__(self, name: str) -> StyleArray:
        return self.arrays[name]


def make_styles(wb: Workbook, lang: str) -> Styles:
    """Register every style the export uses and return them."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    ws = wb.create_sheet("_styles")
    top = Alignment(vertical="top")
    wrap = Alignment(vertical="top", wrap_text=True)
    specs: dict[str, dict[str, Any]] = {
        "header": {
            "font": Font(bold=True, color="FFFFFF"),
            "fill": PatternFill("solid", fgColor=HEADER_FILL),
            "alignment": Alignment(vertical="center", wrap_text=True),
        },
        "text": {"alignment": top},
        "long": {"alignment": wrap},
        "id": {"alignment": Alignment(vertical="top", horizontal="left")},
        "date": {"alignment": top, "number_format": DATE_FORMATS[lang]},
        "datetime": {"alignment": top, "number_format": DATETIME_FORMATS[lang]},
        "money": {"alignment": top, "number_format": XOF_FORMAT},
        "money_eur": {"alignment": top, "number_format": EUR_FORMAT},
        "int": {"alignment": top, "number_format": "0"},
        "number": {"alignment": top, "number_format": NUMBER_FORMAT},
        "title": {"font": Font(bold=True, size=16, color=HEADER_FILL)},
        "subtitle": {"font": Font(bold=True, size=12, color=HEADER_FILL)},
        "bold": {"font": Font(bold=True), "alignment": top},
        "notice": {
            "font": Font(bold=True, color="9C0006"),
            "fill": PatternFill("solid", fgColor="FFC7CE"),
            "alignment": Alignment(vertical="top", wrap_text=True),
        },
        "note": {"font": Font(italic=True, color="404040"), "alignment": wrap},
    }
    for status, colour in STATUS_COLOURS.items():
        specs[f"status_{status.value}"] = {
            "font": Font(bold=True),
            "fill": PatternFill("solid", fgColor=colour.lstrip("#")),
            "alignment": top,
        }
    styles = Styles()
    for name, spec in specs.items():
        for guarded in (False, True):
            cell = WriteOnlyCell(ws)
            for attr, value in spec.items():
                setattr(cell, attr, value)
            if guarded:
                cell.quotePrefix = True
            styles.arrays[name + ("!" if guarded else "")] = cell._style
    wb.remove(ws)
    return styles


STYLE_OF_TYPE = {
    T.ID: "id",
    T.TEXT: "text",
    T.LONG: "long",
    T.DATE: "date",
    T.DATETIME: "datetime",
    T.MONEY: "money",
    T.INT: "int",
    T.NUMBER: "number",
    T.ENUM: "text",
    T.HIDDEN: "text",
}


class SheetWriter:
    """Writes one sheet of the tracker: header, rows, widths, filter, print setup."""

    def __init__(
        self,
        wb: Workbook,
        sheet: Sheet,
        columns: Sequence[Col],
        *,
        title: str,
        lang: str,
        styles: Styles,
        long_texts: list[LongText],
    ) -> None:
        self.wb = wb
        self.sheet = sheet
        self.columns = list(columns)
        self.lang = lang
        self.styles = styles
        self.long_texts = long_texts
        self.ws: WriteOnlyWorksheet = wb.create_sheet(title)
        self.rows_written = 0
        self._col_styles = [styles[STYLE_OF_TYPE[c.type]] for c in self.columns]
        self._stream: Generator[None, tuple[int, float, list[Any]], None] | None = None
        self._cells = [_cell(self.ws, i) for i in range(1, len(self.columns) + 1)]
        self._widths = [c.width for c in self.columns]
        self._wrapped = [i for i, c in enumerate(self.columns) if c.type == T.LONG]
        self._guarded = [styles[STYLE_OF_TYPE[c.type] + "!"] for c in self.columns]

    def column_index(self, key: str) -> int:
        """The 1-based position of a column, by key."""
        return next(i for i, c in enumerate(self.columns, 1) if c.key == key)

    def start(
        self,
        rows: Sequence[Sequence[Any]],
        footer: tuple[str, str, str],
        *,
        across_pages: bool = False,
    ) -> None:
        """Set widths and print setup (streamed sheets need them before any row), then
        write the header row; ``footer`` is (left text, right text, the word "Page");
        ``across_pages``: a sheet too wide for one page prints across pages (``print_across``)."""
        from openpyxl.utils import get_column_letter

        titles = [header(c, self.lang) for c in self.columns]
        for i, col in enumerate(self.columns, 1):
            dim = self.ws.column_dimensions[get_column_letter(i)]
            dim.width = self._widths[i - 1] = _width(col, titles[i - 1], (r[i - 1] for r in rows))
            if col.type == T.HIDDEN:
                dim.hidden = True
        header_lines = max(
            wrapped_lines(t, w - 2)  # bold text is wider
            for t, w, c in zip(titles, self._widths, self.columns, strict=True)
            if c.type != T.HIDDEN
        )
        self.ws.freeze_panes = self.sheet.freeze
        print_setup(self.ws, *footer, title_rows="1:1")
        if across_pages:
            print_across(self.ws, len(self.columns), len(rows))
        # the size, written before the rows, spares readers a first pass over the whole sheet
        size = f"A1:{get_column_letter(len(self.columns))}{len(rows) + 1}"
        self.ws.calculate_dimension = lambda: size
        height = header_lines * LINE_HEIGHT + 8
        self._write(titles, [self.styles["header"]] * len(titles), row=1, height=height)

    def _write(
        self, values: Sequence[Any], styles: Sequence[StyleArray], row: int, height: float = 0
    ) -> None:
        """Stream one row: the values go into reusable cells, which openpyxl's sheet writer
        turns into XML at once (faster than building a cell object per value)."""
        cells = []
        for i, value in enumerate(values):
            if value is None:
                continue
            cell = self._cells[i]
            cell.row = row
            style = styles[i]
            if isinstance(value, str):
                text = self._safe_text(value, i + 1, row)
                cell._value, cell.data_type = text, "s"
                if text.startswith(FORMULA_STARTS):  # shown and kept as typed, never run
                    style = self._guarded[i] if styles is self._col_styles else _guard(style)
            elif isinstance(value, bool):
                cell._value, cell.data_type = value, "b"
            elif isinstance(value, Decimal):
                whole = value == value.to_integral_value()
                cell._value, cell.data_type = (int(value) if whole else float(value)), "n"
            elif isinstance(value, int | float):
                cell._value, cell.data_type = value, "n"
            elif isinstance(value, date):  # datetime too
                cell._value, cell.data_type = value, "d"
            else:
                cell._value, cell.data_type = str(value), "s"
            cell._style = style
            cells.append(cell)
        if self._stream is None:
            self.ws._get_writer()
            self._stream = _rows_stream(self.ws)
            next(self._stream)
            self.ws._rows = self._stream  # closed by openpyxl when the workbook is saved
        self._stream.send((row, height, cells))

    def _safe_text(self, text: str, column: int, row: int) -> str:
        if ILLEGAL.search(text):
            text = ILLEGAL.sub("\ufffd", text)
        if len(text) <= MAX_CELL_TEXT:
            return text
        from openpyxl.utils import get_column_letter

        # the cell shows the beginning; the whole text goes to the "Long texts" sheet
        self.long_texts.append(LongText(self.ws.title, f"{get_column_letter(column)}{row}", text))
        return text[: MAX_CELL_TEXT - len(LONG_TEXT_MARK)] + LONG_TEXT_MARK

    def append(self, values: Sequence[Any], styles: Sequence[StyleArray] | None = None) -> None:
        """Write one data row (``styles`` overrides the column styles of this row)."""
        row = self.rows_written + 2
        lines = max(
            (wrapped_lines(values[i], self._widths[i]) for i in self._wrapped if values[i]),
            default=1,
        )
        # spreadsheets do not all grow rows for wrapped text by themselves
        height = min(lines * LINE_HEIGHT + 2, MAX_ROW_HEIGHT) if lines > 1 else 0
        self._write(values, styles or self._col_styles, row, height)
        self.rows_written += 1

    def finish(self) -> None:
        """The filter over every written row."""
        from openpyxl.utils import get_column_letter

        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{self.rows_written + 1}"


def _cell(ws: WriteOnlyWorksheet, column: int) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws)
    cell.column = column
    return cell


def _guard(style: StyleArray) -> StyleArray:
    """``style`` with Excel's quote prefix (the text is never taken for a formula)."""
    guarded = style.__copy__()
    guarded.quotePrefix = 1
    return guarded


def _rows_stream(ws: WriteOnlyWorksheet) -> Generator[None, tuple[int, float, list[Any]], None]:
    """openpyxl's row stream (``WriteOnlyWorksheet._write_rows``, openpyxl 3.1) for rows whose
    cells are already filled in, with the row height given directly (0: automatic)."""
    from openpyxl.cell._writer import write_cell

    writer = ws._writer
    xf = writer.xf.send(True)
    with xf.element("sheetData"):
        try:
            while True:
                row, height, cells = yield
                attrs = {"r": str(row)}
                if height:
                    attrs.update(ht=f"{height:g}", customHeight="1")
                with xf.element("row", attrs):
                    for cell in cells:
                        write_cell(xf, ws, cell, True)
        except GeneratorExit:
            pass
    writer.xf.send(None)


def print_setup(
    ws: WriteOnlyWorksheet,
    footer_left: str,
    footer_right: str,
    page_word: str,
    *,
    title_rows: str | None,
) -> None:
    """A4 landscape, fitted to the page width, header row repeated, footer with the page.

    In a streamed sheet this must be called before the first row is written."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.left.text = _footer_text(footer_left)
    ws.oddFooter.center.text = f"{_footer_text(page_word)} &P / &N"
    ws.oddFooter.right.text = _footer_text(footer_right)
    for part in (ws.oddFooter.left, ws.oddFooter.center, ws.oddFooter.right):
        part.size = 8


def print_across(ws: WriteOnlyWorksheet, columns: int, rows: int) -> None:
    """A sheet too wide for one page prints at 80 % across pages, with the header row and the
    first three columns (ID, reference, title) on every page, within its print area."""
    from openpyxl.utils import get_column_letter

    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = 80
    ws.page_setup.pageOrder = "overThenDown"
    ws.print_title_cols = "A:C"
    ws.print_area = f"A1:{get_column_letter(columns)}{rows + 1}"


def wrapped_lines(text: Any, width: float) -> int:
    """How many lines ``text`` takes when a spreadsheet wraps it in a column ``width``
    characters wide (words are not cut; a little generous, so that nothing is hidden)."""
    if not isinstance(text, str):
        return 1
    room = max(int(width) - 1, 1)
    if len(text) <= room and "\n" not in text:
        return 1
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0
        for word in paragraph.split(" "):
            size = len(word)
            if used and used + 1 + size > room:
                lines += 1
                used = 0
            used = used + 1 + size if used else size
            while used > room:  # a word longer than the column is cut by the spreadsheet
                lines += 1
                used -= room
    return lines


def _footer_text(text: str) -> str:
    return text.replace("&", "&&")


def _width(col: Col, title: str, values: Iterable[Any]) -> float:
    """A width that shows the header and most values; long text wraps at the column's width."""
    if col.type == T.HIDDEN:
        return col.width
    widest_word = max((len(w) for w in title.split()), default=4)
    if col.type == T.LONG:
        longest = 0
        for v in values:
            if isinstance(v, str):
                longest = max(longest, len(v))
                if longest >= col.width:
                    break
        return max(min(float(col.width), longest + 2.0), widest_word + 2.0, 10.0)
    if col.type in (T.DATE, T.DATETIME, T.MONEY, T.INT, T.NUMBER, T.ID):
        return max(col.width, widest_word + 2.0)
    longest = max((len(str(v)) for v in values if v is not None), default=0)
    return max(min(longest + 2.0, 40.0), widest_word + 2.0, 8.0)
