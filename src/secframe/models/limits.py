"""How long a text field may be: the length of its column, stated once in the models."""

from __future__ import annotations

from typing import Any

from sqlalchemy import String


def text_limit(attribute: Any) -> int | None:
    """The most characters a mapped text attribute holds (``Commitment.title`` → 300), or
    None for unbounded text."""
    column_type = getattr(attribute, "type", None)
    if isinstance(column_type, String) and column_type.length:
        return int(column_type.length)
    return None
