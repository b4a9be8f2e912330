"""Loading, saving over and deleting records: lookups by id, optimistic locking, refusals when in use."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from secframe.i18n import Message, msg
from secframe.models import Base
from secframe.services.errors import ConflictError, InUseError, NotFoundError

T = TypeVar("T", bound=Base)


def delete_unless_used(
    session: Session, obj: Any, uses: dict[str, int], refusal: str, name: str
) -> None:
    """Delete ``obj`` if nothing refers to it, else raise ``InUseError`` saying ``refusal`` (a
    "Rules" text wrapped in QT_TRANSLATE_NOOP, given ``name`` and the counts of ``uses``)."""
    if any(uses.values()):
        raise InUseError(msg("Rules", refusal, name=name, **uses))
    session.delete(obj)
    session.flush()


def get_or_fail(session: Session, model: type[T], ident: int | None, label: Message) -> T:
    """Load a row by id or raise ``NotFoundError``."""
    obj = session.get(model, ident) if ident is not None else None
    if obj is None:
        raise NotFoundError(label, ident)
    return obj


def check_version(obj: Any, expected: int | None, label: str) -> None:
    """Optimistic locking: refuse to save over a version someone else saved meanwhile."""
    if expected is not None and obj.version != expected:
        raise ConflictError(label)
