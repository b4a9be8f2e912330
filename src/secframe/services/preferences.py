"""Domain preferences shared by everyone using the database (stored as JSON)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from secframe.models import Preference


def get_preference(session: Session, key: str, default: Any = None) -> Any:
    """The stored value of ``key``, or ``default``."""
    pref = session.get(Preference, key)
    if pref is None:
        return default
    try:
        return json.loads(pref.value)
    except ValueError:
        return default


def set_preference(session: Session, key: str, value: Any) -> None:
    """Store ``value`` (anything JSON can hold) under ``key``."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    pref = session.get(Preference, key)
    if pref is None:
        session.add(Preference(key=key, value=text))
    else:
        pref.value = text
    session.flush()
