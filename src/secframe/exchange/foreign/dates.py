"""Dates a foreign tracker states about itself ("Mise à jour du 12/02/2020") and dates typed
as a month alone ("avril 2019")."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from secframe.exchange.cells import is_empty, read_date
from secframe.exchange.errors import CellError
from secframe.services.matching import fold

_STATED = re.compile(
    r"(?:mise?\s+a\s+jour|mis\s+a\s+jour|situation|etat|point|suivi|arrete|as\s+of|updated?|"
    r"update|status)\s*(?:du|au|le|en\s+date\s+du|a\s+la\s+date\s+du|on|at|as\s+of|:)?\s*[:,]?\s*"
    r"(\d{1,2}(?:er)?[\s/.\-]+(?:\d{1,2}|[a-z]+)\.?[\s/.\-]+\d{2,4}|\d{4}-\d{1,2}-\d{1,2}"
    r"|[a-z]+\.?\s+\d{4})"
)
_MONTH_ONLY = re.compile(r"^\s*(?:[^\W\d_]+\.?|\d{1,2})[\s/.\-]+\d{4}\s*$")


def stated_date(rows: list[tuple[Any, ...]]) -> tuple[date, str] | None:
    """The "as of" date a tracker states in its title rows, with the text stating it."""
    for row in rows:
        for value in row:
            if is_empty(value) or not isinstance(value, str):
                continue
            m = _STATED.search(fold(value))
            if m is None:
                continue
            try:
                found = read_date(m[1])
            except CellError:
                continue
            if found is not None:
                return found, value.strip()
    return None


def is_month_only(value: Any) -> bool:
    """True for a date typed as a month alone ("avril 2019", "04/2019")."""
    return isinstance(value, str) and bool(_MONTH_ONLY.match(fold(value)))
