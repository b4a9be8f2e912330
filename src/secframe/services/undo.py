"""Undo and redo of the last changes made in this session of the app (no Qt).

Every unit of work committed by a session that carries an ``UndoHistory`` in its ``info``
(``UndoHistory.attach(session_factory)``) becomes one ``Action``: the rows it created and the
columns it changed, with their values before and after, as the audit trail records them.
``undo_last`` writes the inverse in one unit of work (audited like any change, with the
context « Undo: … »); ``redo_last`` writes the change again. A change that a later change
depends on (a value changed since, a record added to a created one) is refused with a
``ServiceError`` saying what and who, and nothing is written.

A deletion is undone whole: just before each DELETE, ``services.undo_removals`` keeps the row
and what the database's cascades take with it (a commitment's lines, partners, status log…)
and the links they empty; undo puts them back with the same ids. An import is one unit of
work, so one action, named after its file (``name_action``). An action is kept for undo only
when it is small enough (``MAX_ROWS``) and made of ORM changes the session saw (a bulk SQL
statement cannot be undone soundly: such an action is refused with a clear message).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, event, func, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session
from sqlalchemy.orm.attributes import get_history

from secframe.db.session import SecframeSession
from secframe.i18n import QT_TRANSLATE_NOOP, Message, format_datetime, msg, translate
from secframe.models import AuditEntry, Base
from secframe.models.base import utcnow
from secframe.services.errors import ServiceError
from secframe.services.undo_removals import (
    EmptiedLink,
    Key,
    Removals,
    RemovedRow,
    capture,
    delete_again,
    entity_of,
    orphans,
    primary_key_of,
    refill,
    restore,
)

MAX_ACTIONS = 50  # actions kept for undo
MAX_ROWS = 5000  # an action touching more rows (a large import) is not kept for undo

Kind = Literal["create", "update", "delete"]
# Columns that follow a change by themselves.
_AUTOMATIC = frozenset({"version", "created_at", "updated_at"})

# The kind of record named in « Undo “…” » (class name -> a noun).
KIND_NAMES = {
    "Commitment": QT_TRANSLATE_NOOP("Undo", "commitment"),
    "StatusChange": QT_TRANSLATE_NOOP("Undo", "status change"),
    "DeadlineRevision": QT_TRANSLATE_NOOP("Undo", "deadline revision"),
    "ResourceNeed": QT_TRANSLATE_NOOP("Undo", "resource need"),
    "CommitmentPartner": QT_TRANSLATE_NOOP("Undo", "partner"),
    "Member": QT_TRANSLATE_NOOP("Undo", "member"),
    "Representative": QT_TRANSLATE_NOOP("Undo", "representative"),
    "Meeting": QT_TRANSLATE_NOOP("Undo", "session"),
    "Decision": QT_TRANSLATE_NOOP("Undo", "decision"),
    "Incident": QT_TRANSLATE_NOOP("Undo", "incident"),
    "Locality": QT_TRANSLATE_NOOP("Undo", "locality"),
    "Axis": QT_TRANSLATE_NOOP("Undo", "axis"),
    "Framework": QT_TRANSLATE_NOOP("Undo", "framework"),
}
# Records that describe an action better than the rows that come with them.
_MAIN = ("StatusChange", "DeadlineRevision", *KIND_NAMES)


@dataclass(frozen=True)
class RowChange:
    """One row created or changed by an action (values are Python values of the columns)."""

    kind: Kind
    entity: type[Base]
    ident: Any
    label: str
    before: dict[str, Any] = field(default_factory=dict)  # update: changed columns, delete: all
    after: dict[str, Any] = field(default_factory=dict)  # update: changed columns, create: all


@dataclass(frozen=True)
class Action:
    """One unit of work of this session of the app, as it can be undone."""

    at: datetime
    changes: tuple[RowChange, ...]
    undoable: bool = True
    removed: tuple[RemovedRow, ...] = ()  # every row its deletions took, cascades included
    emptied: tuple[EmptiedLink, ...] = ()  # links to them the database emptied
    deleted: tuple[Key, ...] = ()  # the rows it deleted by name (the others went with them)
    name: str = ""  # what the action is called when its rows do not say it (an import)
    why_not: str = ""  # "large" or "bulk" when it cannot be undone

    @property
    def description(self) -> str:
        """What the action did, for « Undo “…” » (in the current language)."""
        return self.name or describe(self.changes)


def describe(changes: tuple[RowChange, ...]) -> str:
    """« status change of “Patrouille …” », « new commitment “…” », « change of “…” »."""
    ranked = sorted(
        changes,
        key=lambda c: _MAIN.index(c.entity.__name__) if c.entity.__name__ in _MAIN else 99,
    )
    if not ranked:
        return ""
    main = ranked[0]
    kind = translate("Undo", KIND_NAMES.get(main.entity.__name__, "record"))
    if main.entity.__name__ in ("StatusChange", "DeadlineRevision"):
        parent = next((c for c in changes if c.entity.__name__ == "Commitment"), None)
        label = parent.label if parent is not None else main.label
        return translate("Undo", "{kind} of “{label}”").format(kind=kind, label=label)
    if main.kind == "create":
        return translate("Undo", "new {kind} “{label}”").format(kind=kind, label=main.label)
    if main.kind == "delete":
        others = sum(1 for c in changes if c.kind == "delete" and c.entity is main.entity) - 1
        if others:
            return translate("Undo", "deletion of “{label}” and {count} other(s)").format(
                label=main.label, count=others
            )
        return translate("Undo", "deletion of “{label}”").format(label=main.label)
    return translate("Undo", "changes to “{label}”").format(label=main.label)


class UndoHistory:
    """The actions of this session of the app that can be undone, then redone (thread-safe:
    writes are recorded in the database worker, undo is asked from the UI)."""

    def __init__(self, user: str = "") -> None:
        self.user = user
        self._lock = threading.Lock()
        self._undo: list[Action] = []
        self._redo: list[Action] = []

    def attach(self, session_factory: Any) -> None:
        """Record the actions of every session this factory makes from now on."""
        session_factory.configure(info={"undo_history": self})

    def next_undo(self) -> Action | None:
        """The action ``undo_last`` would undo."""
        with self._lock:
            return self._undo[-1] if self._undo else None

    def next_redo(self) -> Action | None:
        """The action ``redo_last`` would redo."""
        with self._lock:
            return self._redo[-1] if self._redo else None

    def clear(self) -> None:
        """Forget everything (another database was opened)."""
        with self._lock:
            self._undo.clear()
            self._redo.clear()

    def _recorded(self, action: Action) -> None:
        with self._lock:
            self._undo.append(action)
            del self._undo[:-MAX_ACTIONS]
            self._redo.clear()  # a new change: what was undone cannot be redone any more

    def _moved(self, action: Action, *, undone: bool) -> None:
        with self._lock:
            source, target = (self._undo, self._redo) if undone else (self._redo, self._undo)
            if source and source[-1] is action:
                source.pop()
            target.append(action)


# --- recording -------------------------------------------------------------------------------


def _columns(obj: Base, keep: frozenset[str] = frozenset()) -> dict[str, Any]:
    state = inspect(obj)
    return {
        a.key: state.dict[a.key]
        for a in state.mapper.column_attrs
        if a.key in state.dict and (a.key not in _AUTOMATIC or a.key in keep)
    }


def _identity(obj: Base) -> Any:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    return ident[0] if len(ident) == 1 else tuple(ident)


def _captured(session: Session) -> list[RowChange]:
    changes: list[RowChange] = []
    for obj in session.new:
        if isinstance(obj, Base) and type(obj).__audited__:
            changes.append(
                RowChange(
                    "create",
                    type(obj),
                    _identity(obj),
                    obj.audit_label(),
                    after=_columns(obj, keep=frozenset({"created_at"})),  # redone as it was
                )
            )
    for obj in session.dirty:
        if not (isinstance(obj, Base) and type(obj).__audited__ and session.is_modified(obj)):
            continue
        before, after = {}, {}
        for attr in inspect(obj).mapper.column_attrs:
            if attr.key in _AUTOMATIC:
                continue
            hist = get_history(obj, attr.key)
            if hist.has_changes() and hist.deleted:
                before[attr.key] = hist.deleted[0]
                after[attr.key] = hist.added[0] if hist.added else None
        if before:
            changes.append(
                RowChange("update", type(obj), _identity(obj), obj.audit_label(), before, after)
            )
    for obj in session.deleted:
        if isinstance(obj, Base) and type(obj).__audited__:
            changes.append(
                RowChange("delete", type(obj), _identity(obj), obj.audit_label(), _columns(obj))
            )
    return changes


def _recording(session: Session) -> bool:
    return "undo_history" in session.info and not session.info.get("undo_replay")


def name_action(session: Session, name: str) -> None:
    """Call the action this unit of work will be in Edit › Undo (« Import of tracker.xlsx »)."""
    session.info["undo_name"] = name


@event.listens_for(SecframeSession, "after_flush")
def _capture(session: Session, _ctx: Any) -> None:
    if _recording(session):
        pending = session.info.setdefault("undo_pending", [])
        if len(pending) <= MAX_ROWS:
            pending.extend(_captured(session))


@event.listens_for(Base, "before_delete", propagate=True)
def _before_delete(mapper: Mapper[Any], connection: Connection, target: Any) -> None:
    """Keep what the deletion of ``target`` takes away, as stored, before it goes."""
    session = object_session(target)
    if session is None or not _recording(session):
        return
    removals = session.info.setdefault("undo_removals", Removals(MAX_ROWS))
    capture(connection, mapper.local_table, primary_key_of(mapper, target), removals)  # type: ignore[arg-type]


@event.listens_for(SecframeSession, "do_orm_execute")
def _bulk(state: ORMExecuteState) -> None:
    """An UPDATE, DELETE or INSERT statement changes rows the session does not see (unless it
    says undo follows it otherwise: ``execution_options(undo_follows=True)``)."""
    writes = state.is_update or state.is_delete or state.is_insert
    if writes and _recording(state.session) and not state.execution_options.get("undo_follows"):
        state.session.info["undo_bulk"] = True


@event.listens_for(SecframeSession, "after_commit")
def _commit(session: Session) -> None:
    pending = session.info.pop("undo_pending", None) or []
    removals: Removals | None = session.info.pop("undo_removals", None)
    bulk = session.info.pop("undo_bulk", False)
    name = session.info.pop("undo_name", "")
    if not (pending or removals) or not _recording(session):
        return
    history: UndoHistory = session.info["undo_history"]
    removals = removals or Removals(MAX_ROWS)
    removed, emptied = tuple(removals.rows.values()), tuple(removals.links)
    large = removals.too_large or len(pending) + len(removed) + len(emptied) > MAX_ROWS
    why_not = "large" if large else "bulk" if bulk else ""
    action = Action(utcnow(), tuple(pending), undoable=not why_not, removed=removed,
                    emptied=emptied, deleted=tuple(removals.roots), name=name, why_not=why_not)  # fmt: skip
    history._recorded(action)


@event.listens_for(SecframeSession, "after_rollback")
def _rollback(session: Session) -> None:
    for key in ("undo_pending", "undo_removals", "undo_bulk", "undo_name"):
        session.info.pop(key, None)


# --- undoing and redoing ---------------------------------------------------------------------

Write = Callable[[str], AbstractContextManager[Session]]


def undo_last(history: UndoHistory, write: Write) -> Action | None:
    """Undo the last action (``write(context)`` opens one unit of work, as ``Database.write``);
    returns it, or None when there is nothing to undo."""
    action = history.next_undo()
    if action is None:
        return None
    if not action.undoable:
        raise ServiceError(_not_undoable(action))
    context = translate("Undo", "Undo: {what}").format(what=action.description)
    with write(context[:300]) as session:
        session.info["undo_replay"] = True
        _put_back(session, action)
        for change in reversed(action.changes):
            if change.kind != "delete":  # put back whole, with what went with it, above
                _apply(session, change, action, backwards=True)
        session.flush()
    history._moved(action, undone=True)
    return action


def _put_back(session: Session, action: Action) -> None:
    """Insert again what the action's deletions took, and refill the links they emptied."""
    if not action.removed:
        return
    lost = orphans(session, action.removed)
    if lost:  # a record it refers to was deleted since
        raise ServiceError(_refers_to_gone(_removed_change(session, action, lost[0].key())))
    try:
        taken = restore(session, action.removed)
    except IntegrityError as err:  # another record holds its name now
        change = _removed_change(session, action, action.removed[0].key())
        raise ServiceError(_same_name(change)) from err
    if taken:
        raise ServiceError(_taken(_removed_change(session, action, taken[0].key())))
    changed = refill(session, action.emptied)
    if changed:
        link = changed[0]
        key = (link.table, tuple(link.key.values()))
        raise ServiceError(_changed_since(session, _removed_change(session, action, key), action))


def _removed_change(session: Session, action: Action, key: Key) -> RowChange:
    """The action's own record of a row (for its label), else one read from the database or
    the row as it was removed."""
    table, values = key
    ident = values[0] if len(values) == 1 else values
    for change in action.changes:
        if change.entity.__table__.name == table and change.ident == ident:  # type: ignore[attr-defined]
            return change
    entity = entity_of(table) or Base
    obj = session.get(entity, ident) if entity is not Base else None
    row = next((r.values for r in action.removed if r.key() == key), {})
    label = (
        obj.audit_label() if obj is not None else str(row.get("title") or row.get("name") or ident)
    )
    return RowChange("delete", entity, ident, label)


def redo_last(history: UndoHistory, write: Write) -> Action | None:
    """Do again the last action undone; returns it, or None when there is nothing to redo."""
    action = history.next_redo()
    if action is None:
        return None
    context = translate("Undo", "Redo: {what}").format(what=action.description)
    with write(context[:300]) as session:
        session.info["undo_replay"] = True
        for change in action.changes:
            if change.kind != "delete":
                _apply(session, change, action, backwards=False)
        _delete_again(session, action)
        session.flush()
    history._moved(action, undone=False)
    return action


def _delete_again(session: Session, action: Action) -> None:
    """Redo the action's deletions, refusing when what they would take changed since they
    were put back (a line added to a restored commitment, a value changed)."""
    if not action.deleted:
        return
    problem = delete_again(session, action.deleted, action.removed, MAX_ROWS)
    if problem is not None:
        change = _removed_change(session, action, problem[1])
        raise ServiceError(
            _gone(change) if problem[0] == "gone" else _changed_since(session, change, action)
        )


def _apply(session: Session, change: RowChange, action: Action, *, backwards: bool) -> None:
    cls = change.entity
    removing = (change.kind == "create") == backwards
    if change.kind == "update":
        expected, wanted = (
            (change.after, change.before) if backwards else (change.before, change.after)
        )
        obj = session.get(cls, change.ident)
        if obj is None:
            raise ServiceError(_gone(change))
        _check_unchanged(session, obj, change, expected, action)
        for key, value in wanted.items():
            setattr(obj, key, value)
    elif removing:
        obj = session.get(cls, change.ident)
        if obj is None:
            raise ServiceError(_gone(change))
        _check_unchanged(session, obj, change, change.after, action)
        _check_no_dependants(session, obj, change, action)
        session.delete(obj)
        session.flush()
    else:
        if session.get(cls, change.ident) is not None:
            raise ServiceError(_taken(change))
        session.add(cls(**change.after))
        session.flush()


def _check_unchanged(
    session: Session, obj: Base, change: RowChange, expected: dict[str, Any], action: Action
) -> None:
    for key, value in expected.items():
        if getattr(obj, key) != value:
            raise ServiceError(_changed_since(session, change, action))


def _check_no_dependants(session: Session, obj: Base, change: RowChange, action: Action) -> None:
    """Refuse to remove a created record that rows not part of the action now point to."""
    ours = {(c.entity.__table__.name, c.ident) for c in action.changes}  # type: ignore[attr-defined]
    table = obj.__table__
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table is not table or "id" not in other.c:
                continue
            ids = session.scalars(select(other.c.id).where(fk.parent == change.ident)).all()
            if any((other.name, i) not in ours for i in ids):
                raise ServiceError(_changed_since(session, change, action))


def _changed_since(session: Session, change: RowChange, action: Action) -> Message:
    later = session.execute(
        select(AuditEntry.user, func.max(AuditEntry.at))
        .where(
            AuditEntry.at > action.at,
            AuditEntry.context.is_(None) | ~AuditEntry.context.like("Undo%"),
        )
        .where(
            (AuditEntry.entity == change.entity.__name__) & (AuditEntry.entity_id == change.ident)
        )
        .group_by(AuditEntry.user)
        .order_by(func.max(AuditEntry.at).desc())
    ).first()
    if later is None:
        return msg(
            "Undo",
            QT_TRANSLATE_NOOP(
                "Undo",
                "“{label}” was changed after this by a later change that depends on it; "
                "it cannot be undone. Nothing was changed.",
            ),
            label=change.label,
        )
    return msg(
        "Undo",
        QT_TRANSLATE_NOOP(
            "Undo",
            "“{label}” was changed after this by {user} on {when}; undoing would overwrite "
            "their work. Nothing was changed.",
        ),
        label=change.label,
        user=later[0],
        when=format_datetime(later[1].replace(tzinfo=UTC).astimezone().replace(tzinfo=None)),
    )


def _gone(change: RowChange) -> Message:
    return msg(
        "Undo",
        QT_TRANSLATE_NOOP(
            "Undo", "“{label}” was deleted since; it cannot be undone. Nothing was changed."
        ),
        label=change.label,
    )


def _refers_to_gone(change: RowChange) -> Message:
    return msg(
        "Undo",
        QT_TRANSLATE_NOOP(
            "Undo",
            "“{label}” cannot be put back: a record it refers to was deleted since. Nothing "
            "was changed.",
        ),
        label=change.label,
    )


def _same_name(change: RowChange) -> Message:
    return msg(
        "Undo",
        QT_TRANSLATE_NOOP(
            "Undo",
            "“{label}” cannot be put back: another record now has the same name. Nothing was "
            "changed.",
        ),
        label=change.label,
    )


def _taken(change: RowChange) -> Message:
    return msg(
        "Undo",
        QT_TRANSLATE_NOOP(
            "Undo", "“{label}” cannot be recreated: its place was taken since. Nothing was changed."
        ),
        label=change.label,
    )


def _not_undoable(action: Action) -> Message:
    if action.why_not == "large":
        return msg(
            "Undo",
            QT_TRANSLATE_NOOP(
                "Undo",
                "The last action ({what}) changed too many records to be undone (more than "
                "{limit}); to go back, restore a backup made before it. Nothing was changed.",
            ),
            what=action.description,
            limit=MAX_ROWS,
        )
    return msg(
        "Undo",
        QT_TRANSLATE_NOOP(
            "Undo",
            "The last action ({what}) cannot be undone: it changed records in a way undo "
            "cannot follow (moving a place moves everything inside it); to go back, restore a "
            "backup made before it. Nothing was changed.",
        ),
        what=action.description,
    )
