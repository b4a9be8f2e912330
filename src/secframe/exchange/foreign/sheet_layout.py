"""What a tracker's sheet holds besides its values: hidden columns, and formulas whose result
was never saved (a file written by a program, not opened in Excel since: the cell reads as
empty although it is not)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from secframe.exchange.workbook import Book

_COL = re.compile(r"<col\b([^>]*)/?>")
_CELL = re.compile(r"<c\b[^>]*\br=\"([A-Z]+)(\d+)\"[^>]*?(?:/>|>(.*?)</c>)", re.S)
_SAVED = re.compile(r"<v>[^<]+</v>|<is>", re.S)


def _attribute(text: str, name: str) -> str:
    m = re.search(rf'\b{name}="([^"]*)"', text)
    return m[1] if m else ""


def column_index(letters: str) -> int:
    """0-based index of a column written in letters (A → 0, AB → 27)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


@dataclass(frozen=True)
class SheetLayout:
    """Hidden columns (0-based) and formula cells without a saved value ((row, column), the
    row as shown and the column 0-based)."""

    hidden: frozenset[int] = frozenset()
    unsaved_formulas: frozenset[tuple[int, int]] = frozenset()


def sheet_layout(book: Book, sheet: str) -> SheetLayout:
    """Read the layout of one sheet from the file."""
    xml = book.sheet_xml(sheet)
    hidden: set[int] = set()
    for m in _COL.finditer(xml):
        if _attribute(m[1], "hidden") in ("1", "true"):
            low, high = int(_attribute(m[1], "min") or 0), int(_attribute(m[1], "max") or 0)
            hidden.update(range(low - 1, min(high, 16384)))
    formulas = {
        (int(m[2]), column_index(m[1]))
        for m in _CELL.finditer(xml)
        if m[3] and "<f" in m[3] and not _SAVED.search(m[3])
    }
    return SheetLayout(frozenset(hidden), frozenset(formulas))
