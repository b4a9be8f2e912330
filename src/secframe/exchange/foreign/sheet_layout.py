"""What a tracker's sheet holds besides its values: its hidden columns (openpyxl's streamed
reading does not give them)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from secframe.exchange.workbook import Book

_COL = re.compile(r"<col\b([^>]*)/?>")


def _attribute(text: str, name: str) -> str:
    m = re.search(rf'\b{name}="([^"]*)"', text)
    return m[1] if m else ""


@dataclass(frozen=True)
class SheetLayout:
    """Hidden columns (0-based)."""

    hidden: frozenset[int] = frozenset()


def sheet_layout(book: Book, sheet: str) -> SheetLayout:
    """Read the layout of one sheet from the file."""
    xml = book.sheet_xml(sheet)
    hidden: set[int] = set()
    for m in _COL.finditer(xml):
        if _attribute(m[1], "hidden") in ("1", "true"):
            low, high = int(_attribute(m[1], "min") or 0), int(_attribute(m[1], "max") or 0)
            hidden.update(range(low - 1, min(high, 16384)))
    return SheetLayout(frozenset(hidden))
