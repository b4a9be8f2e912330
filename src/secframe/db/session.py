"""The session class: records who changes what in the audit log on every flush."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.attributes import get_history
from sqlalchemy.orm.exc import StaleDataError

from secframe.config import current_user
from secframe.models.audit import AuditEntry
from secframe.models.base import Base, utcnow
from secframe.models.enums import AuditAction


def recorder(session: Session) -> str:
    """Who is recorded as having made a change in ``session``: the name the session was
    opened for (``SECFRAME_USER``, the app's user), else the system account."""
    return str(session.info.get("user") or current_user())


class SecframeSession(Session):
    """A Session whose ``info`` carries the user name and an optional audit context."""

    @property
    def user(self) -> str:
        """The name recorded in audit entries and logs written by this session."""
        return recorder(self)

    def set_audit_context(self, context: str | None) -> None:
        """A note attached to the audit entries of the next flushes (e.g. 'import tracker.xlsx')."""
        self.info["audit_context"] = context

    def changed_records(self) -> frozenset[tuple[str, int | None]]:
        """(class name, id) of every record this session's flushes created, changed or
        deleted; a record that belongs to a commitment or a session also names it."""
        return frozenset(self.info.get("changed", ()))

    def flush(self, objects: Sequence[Any] | None = None) -> None:
        """Flush; a stale write (someone saved the same record meanwhile) carries the label
        of the record it concerned as ``secframe_record``, for the conflict message."""
        versioned = [
            obj
            for obj in [*self.dirty, *self.deleted]
            if isinstance(obj, Base) and inspect(obj).mapper.version_id_col is not None
        ]
        labels = [(getattr(obj.__table__, "name", ""), _stored_label(obj)) for obj in versioned]
        try:
            super().flush(objects)
        except StaleDataError as err:
            named = [label for table, label in labels if f"'{table}'" in str(err)]
            if len(named) == 1:
                err.secframe_record = named[0]  # type: ignore[attr-defined]
            raise


def _stored_label(obj: Base) -> str:
    """The record's label as it is stored (before the edits being flushed)."""
    state = inspect(obj)
    values = {**state.dict, **state.committed_state}
    for attr in ("title", "name", "text"):
        if values.get(attr):
            return str(values[attr])[:200]
    return f"#{values.get('id', '?')}"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, Base):
        return value.audit_label()
    return str(value)


def _audited(objects: Iterable[object]) -> Iterable[Base]:
    for obj in objects:
        if isinstance(obj, Base) and type(obj).__audited__:
            yield obj


def _update_rows(obj: Base, base_row: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    state = inspect(obj)
    mapper = state.mapper
    excluded = type(obj).__audit_exclude__
    touched = state.committed_state  # the attributes set since loaded (changed or not)
    for attr in mapper.column_attrs:
        if attr.key in excluded or attr.key not in touched:
            continue
        hist = get_history(obj, attr.key)
        if not hist.has_changes() or not hist.deleted:
            continue
        old, new = _text(hist.deleted[0]), _text(hist.added[0] if hist.added else None)
        if old != new:
            rows.append({**base_row, "field": attr.key, "old_value": old, "new_value": new})
    for rel in mapper.relationships:
        if rel.secondary is None:
            continue
        hist = get_history(obj, rel.key)
        if hist.added or hist.deleted:
            rows.append(
                {
                    **base_row,
                    "field": rel.key,
                    "old_value": ", ".join(_text(x) or "" for x in hist.deleted) or None,
                    "new_value": ", ".join(_text(x) or "" for x in hist.added) or None,
                }
            )
    return rows


@event.listens_for(SecframeSession, "after_flush")
def _note_changes(session: SecframeSession, _ctx: UOWTransaction) -> None:
    noted: set[tuple[str, int | None]] = session.info.setdefault("changed", set())
    dirty = [obj for obj in session.dirty if session.is_modified(obj)]
    for obj in (*session.new, *dirty, *session.deleted):
        if not isinstance(obj, Base):
            continue
        ident = getattr(obj, "id", None)
        noted.add((type(obj).__name__, ident if isinstance(ident, int) else None))
        for column, kind in (("commitment_id", "Commitment"), ("meeting_id", "Meeting")):
            owner = getattr(obj, column, None)  # a review, a decision… shows in its owner
            if isinstance(owner, int):
                noted.add((kind, owner))


@event.listens_for(SecframeSession, "do_orm_execute")
def _note_bulk_changes(state: ORMExecuteState) -> None:
    """An UPDATE, DELETE or INSERT statement changes records of its kind, ids not known."""
    if state.is_update or state.is_delete or state.is_insert:
        noted: set[tuple[str, int | None]] = state.session.info.setdefault("changed", set())
        for mapper in state.all_mappers:
            noted.add((mapper.class_.__name__, None))


@event.listens_for(SecframeSession, "after_rollback")
def _forget_changes(session: SecframeSession) -> None:
    session.info.pop("changed", None)


@event.listens_for(SecframeSession, "after_flush")
def _write_audit(session: SecframeSession, _ctx: UOWTransaction) -> None:
    base = {"at": utcnow(), "user": session.user, "context": session.info.get("audit_context")}
    rows: list[dict[str, Any]] = []

    def row(obj: Base, action: AuditAction, **values: Any) -> dict[str, Any]:
        ident = getattr(obj, "id", None)
        return {
            **base,
            "action": action,
            "entity": type(obj).__name__,
            "entity_id": ident if isinstance(ident, int) else None,
            "field": None,
            "old_value": None,
            "new_value": None,
            **values,
        }

    for obj in _audited(session.new):
        rows.append(row(obj, AuditAction.CREATE, new_value=obj.audit_label()))
    for obj in _audited(session.dirty):  # a field set to the value it had gives no row
        rows.extend(_update_rows(obj, row(obj, AuditAction.UPDATE)))
    for obj in _audited(session.deleted):
        rows.append(row(obj, AuditAction.DELETE, old_value=obj.audit_label()))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)
