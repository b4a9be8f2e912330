"""Matching names and words as people type them: accents and case ignored."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_

_LATIN_ACCENTS = re.compile("[\u0300-\u036f]")
_ASCII = frozenset(map(chr, range(128)))


def fold(text: str) -> str:
    """Lower-case text without accents, for matching names as people type them."""
    if text.isascii():
        return text.casefold().strip()
    # Latin accents go in one regular-expression pass; other marks (rare here) are found by
    # looking at each distinct character once. Lists fold thousands of long rows.
    decomposed = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    marks = [c for c in set(decomposed) - _ASCII if unicodedata.combining(c)]
    if marks:
        decomposed = decomposed.translate(dict.fromkeys(map(ord, marks)))
    return decomposed.casefold().strip()


def text_filter(text: str, *columns: Any) -> ColumnElement[bool]:
    """Case-insensitive substring match of every word of ``text`` on any of ``columns``."""
    clauses = []
    for word in text.split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        clauses.append(or_(*(func.lower(c).like(pattern.lower(), escape="\\") for c in columns)))
    return and_(*clauses)
