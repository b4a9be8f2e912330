"""The frozen figures of an adopted session: plain dataclasses kept as JSON in the database.

When a session's conclusions are adopted (``services.adoption``), its brief and minutes are
computed once and stored here, so that reprinting them later shows what was true then even
after the data changed. The codec follows the dataclasses' type hints (dates, enums, Decimal,
tuples, dicts, optional and generic fields); a snapshot written by an older layout that no
longer decodes is ignored and the document is recomputed (and says so).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar, Union

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.models import MeetingSnapshot

FORMAT = 1  # bump when a stored dataclass changes shape
T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Frozen:
    """When and by whom a session's figures were frozen."""

    taken_at: datetime
    taken_by: str


def encode(value: Any) -> Any:
    """A dataclass tree as JSON-compatible values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return [[encode(k), encode(v)] for k, v in value.items()]
    return value


def decode(tp: Any, data: Any, params: dict[Any, Any] | None = None) -> Any:
    """The value of type ``tp`` that ``encode`` turned into ``data``."""
    params = params or {}
    if isinstance(tp, TypeVar):
        return decode(params[tp], data, params)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (Union, types.UnionType):
        if data is None:
            return None
        if type(data) in args:  # a plain JSON value of one of the types (int | str)
            return data
        return decode(next(a for a in args if a is not type(None)), data, params)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return tuple(decode(args[0], v, params) for v in data)
    if origin is tuple:
        return tuple(decode(a, v, params) for a, v in zip(args, data, strict=True))
    if origin is list:
        return [decode(args[0], v, params) for v in data]
    if origin is dict:
        return {decode(args[0], k, params): decode(args[1], v, params) for k, v in data}
    cls = origin or tp
    if dataclasses.is_dataclass(cls):
        own = dict(zip(getattr(cls, "__parameters__", ()), args, strict=False))
        hints = typing.get_type_hints(cls)
        fields = {f.name for f in dataclasses.fields(cls) if f.init}
        values = {k: decode(hints[k], data[k], {**params, **own}) for k in fields}
        return cls(**values)  # type: ignore[operator]
    return _scalar(cls, data)


def _scalar(cls: Any, data: Any) -> Any:
    """A plain value: enum, date and time, Decimal, or a JSON value."""
    if cls is Any or data is None:
        return data
    if isinstance(cls, type) and issubclass(cls, Enum):
        return cls(data)
    if cls is datetime:
        return datetime.fromisoformat(data)
    if cls is date:
        return date.fromisoformat(data)
    if cls is Decimal:
        return Decimal(data)
    return cls(data)


def store(
    session: Session, meeting_id: int, parts: dict[str, Any], *, taken_at: datetime, by: str
) -> None:
    """Keep (or replace) the frozen parts of a session."""
    payload = json.dumps({k: encode(v) for k, v in parts.items()}, ensure_ascii=False)
    snap = session.scalar(select(MeetingSnapshot).where(MeetingSnapshot.meeting_id == meeting_id))
    if snap is None:
        snap = MeetingSnapshot(meeting_id=meeting_id)
        session.add(snap)
    snap.taken_at, snap.taken_by, snap.format, snap.payload = taken_at, by, FORMAT, payload
    session.flush()


def load(session: Session, meeting_id: int, key: str, tp: type[T]) -> tuple[T, Frozen] | None:
    """The frozen part ``key`` of a session, or None (not adopted, or an older layout)."""
    snap = session.scalar(select(MeetingSnapshot).where(MeetingSnapshot.meeting_id == meeting_id))
    if snap is None or snap.format != FORMAT:
        return None
    data = json.loads(snap.payload).get(key)
    if data is None:
        return None
    try:
        value = decode(tp, data)
    except (KeyError, TypeError, ValueError):
        return None
    return value, Frozen(snap.taken_at, snap.taken_by)
