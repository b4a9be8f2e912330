"""What a deletion takes away, kept so that Edit › Undo can put it back whole (no Qt).

A record deleted by the session goes with the rows the database deletes with it (its
``ON DELETE CASCADE`` children, their children…) and empties the links other rows had to it
(``ON DELETE SET NULL``): the session does not see those. Just before each DELETE, ``capture``
reads them, as stored, from the database: every column of every row that will go, and every
link that will be emptied. ``restore`` puts them back with the same ids (the record first,
then what belongs to it, then the links), through the ORM for mapped tables so that the
restoration is audited like any change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, and_, insert, select
from sqlalchemy.orm import Mapper, Session

from secframe.models import Base

AUTOMATIC = frozenset({"version", "created_at", "updated_at"})  # follow any write by themselves


AUTOMATIC = frozenset({"version", "created_at", "updated_at"})  # follow any write by themselves


class TooLarge(Exception):
    """More rows than an action kept for undo may hold."""


@dataclass(frozen=True)
class RemovedRow:
    """A row deleted by an action (directly or by the database's cascades), every column."""

    table: str
    values: dict[str, Any]

    def key(self) -> tuple[str, tuple[Any, ...]]:
        """(table, primary key values)."""
        return row_key(Base.metadata.tables[self.table], self.values)


@dataclass(frozen=True)
class EmptiedLink:
    """A link to a deleted row that the database emptied (``ON DELETE SET NULL``)."""

    table: str
    key: dict[str, Any]  # the primary key of the row holding the link
    column: str
    value: Any


@dataclass
class Removals:
    """What the deletions of one unit of work take away, gathered flush after flush."""

    limit: int
    roots: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)  # deleted by name
    rows: dict[tuple[str, tuple[Any, ...]], RemovedRow] = field(default_factory=dict)
    links: list[EmptiedLink] = field(default_factory=list)
    too_large: bool = False

    def size(self) -> int:
        """Rows and links kept."""
        return len(self.rows) + len(self.links)


def row_key(table: Table, values: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    """(table name, primary key values) of a row given as column values."""
    return table.name, tuple(values[c.name] for c in table.primary_key.columns)


def _where(table: Table, values: dict[str, Any]) -> Any:
    return and_(*(c == values[c.name] for c in table.primary_key.columns))


def primary_key_of(mapper: Mapper[Any], target: Any) -> dict[str, Any]:
    """The primary key of a mapped object, by column name."""
    return {
        c.name: getattr(target, mapper.get_property_by_column(c).key) for c in mapper.primary_key
    }


def capture(connection: Connection, table: Table, key: dict[str, Any], into: Removals) -> None:
    """Keep the row of ``table`` with primary key ``key``, about to be deleted, and everything
    its deletion takes with it."""
    if into.too_large:
        return
    row = connection.execute(select(table).where(_where(table, key))).mappings().one_or_none()
    if row is None:
        return
    ident = row_key(table, dict(row))
    if ident not in into.rows:
        into.roots.append(ident)
    try:
        _walk(connection, table, [dict(row)], into)
    except TooLarge:
        into.too_large = True


def _walk(connection: Connection, table: Table, rows: list[dict[str, Any]], into: Removals) -> None:
    for row in rows:
        ident = row_key(table, row)
        if ident in into.rows:
            continue
        into.rows[ident] = RemovedRow(table.name, row)
        if into.size() > into.limit:
            raise TooLarge
        for other in Base.metadata.sorted_tables:
            for fk in other.foreign_keys:
                if fk.column.table is not table or row.get(fk.column.name) is None:
                    continue
                value = row[fk.column.name]
                action = (fk.ondelete or "").upper()
                if action == "CASCADE":
                    children = connection.execute(select(other).where(fk.parent == value))
                    _walk(connection, other, [dict(r) for r in children.mappings()], into)
                elif action == "SET NULL":
                    holders = connection.execute(
                        select(*other.primary_key.columns).where(fk.parent == value)
                    )
                    for holder in holders.mappings():
                        into.links.append(
                            EmptiedLink(other.name, dict(holder), fk.parent.name, value)
                        )
                        if into.size() > into.limit:
                            raise TooLarge


def _mappers() -> dict[str, Mapper[Any]]:
    return {
        m.local_table.name: m for m in Base.registry.mappers if isinstance(m.local_table, Table)
    }


def entity_of(table: str) -> type[Base] | None:
    """The model class stored in a table (None for a plain association table)."""
    mapper = _mappers().get(table)
    return mapper.class_ if mapper is not None else None


Key = tuple[str, tuple[Any, ...]]


def delete_again(
    session: Session, roots: tuple[Key, ...], rows: tuple[RemovedRow, ...], limit: int
) -> tuple[str, Key] | None:
    """Delete the ``roots`` again (redo), unless one is gone or what their deletion would
    take is no longer what was put back: then ("gone" | "changed", the row) and nothing is
    deleted."""
    now = Removals(limit)
    connection = session.connection()
    for table_name, ident in roots:
        table = Base.metadata.tables[table_name]
        key = dict(zip((c.name for c in table.primary_key.columns), ident, strict=True))
        capture(connection, table, key, now)
        if (table_name, ident) not in now.rows:
            return "gone", (table_name, ident)
    kept = {r.key(): _comparable(r.values) for r in rows}
    for found, row in now.rows.items():
        if kept.get(found) != _comparable(row.values):  # added or changed since put back
            return "changed", found
    mappers = _mappers()
    for table_name, ident in roots:
        table = Base.metadata.tables[table_name]
        mapper = mappers.get(table_name)
        obj = session.get(mapper.class_, ident) if mapper is not None else None
        if obj is not None:
            session.delete(obj)
        else:
            where = dict(zip((c.name for c in table.primary_key.columns), ident, strict=True))
            session.execute(table.delete().where(_where(table, where)))
    session.flush()
    return None


def _comparable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in AUTOMATIC}


def orphans(session: Session, rows: tuple[RemovedRow, ...]) -> list[RemovedRow]:
    """The rows that refer to a record deleted since (and not put back with them)."""
    kept = {r.key() for r in rows}
    found = []
    for r in rows:
        for fk in Base.metadata.tables[r.table].foreign_keys:
            value = r.values.get(fk.parent.name)
            if value is None or (fk.column.table.name, (value,)) in kept:
                continue
            if session.execute(select(fk.column).where(fk.column == value)).first() is None:
                found.append(r)
                break
    return found


def restore(session: Session, rows: tuple[RemovedRow, ...]) -> list[RemovedRow]:
    """Insert the removed rows again with their ids, parents before children; returns the
    rows whose place (primary key) is taken since, without inserting anything when any is."""
    taken = [
        r
        for r in rows
        if session.execute(
            select(*Base.metadata.tables[r.table].primary_key.columns).where(
                _where(Base.metadata.tables[r.table], r.values)
            )
        ).first()
        is not None
    ]
    if taken:
        return taken
    mappers = _mappers()
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    for table_name in sorted({r.table for r in rows}, key=order.__getitem__):
        table = Base.metadata.tables[table_name]
        group = sorted((r for r in rows if r.table == table_name), key=lambda r: r.key())
        mapper = mappers.get(table_name)
        for r in group:
            if mapper is None:
                session.execute(insert(table).values(**r.values))
                continue
            obj = mapper.class_()
            for column in table.columns:
                setattr(obj, mapper.get_property_by_column(column).key, r.values[column.name])
            session.add(obj)
        session.flush()  # table by table; a handover's older commitment first (id order)
    return []


def refill(session: Session, links: tuple[EmptiedLink, ...]) -> list[EmptiedLink]:
    """Put the emptied links back; returns those a later change filled with something else
    (nothing is written when there are any)."""
    changed = []
    for link in links:
        table = Base.metadata.tables[link.table]
        current = session.execute(
            select(table.c[link.column]).where(_where(table, link.key))
        ).first()
        if current is not None and current[0] is not None:
            changed.append(link)
    if changed:
        return changed
    for link in links:
        table = Base.metadata.tables[link.table]
        mapper = _mappers().get(link.table)
        if mapper is not None:
            obj = session.get(mapper.class_, tuple(link.key[c.name] for c in mapper.primary_key))
            if obj is not None:
                prop = mapper.get_property_by_column(table.c[link.column]).key
                setattr(obj, prop, link.value)
            continue
        session.execute(
            table.update().where(_where(table, link.key)).values({link.column: link.value})
        )
    session.flush()
    return []
