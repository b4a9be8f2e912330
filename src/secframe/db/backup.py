"""Consistent copies of a database into a standalone SQLite file, also while it is in use."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, MetaData, Table, column, create_engine, select
from sqlalchemy import table as table_clause

from secframe.db import crypto
from secframe.db.errors import DatabaseUnavailable, diagnose
from secframe.files import replace_file
from secframe.models import Base

Progress = Callable[[int, int], None]


def backup(engine: Engine, target: Path, progress: Progress | None = None) -> Path:
    """Write a consistent copy of the database behind ``engine`` to the SQLite file ``target``.

    The copy is private to the user, encrypted with the database's key when the database is
    encrypted, written beside the target and moved into place only once complete and checked,
    so an interrupted backup never leaves a truncated file under the final name.
    """
    target = Path(target).expanduser().resolve()
    key = crypto.key_of(engine)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with replace_file(target) as pending:  # SQLite fills the empty private file by name
            if engine.dialect.name == "sqlite":
                _sqlite_backup(engine, pending.path, key, progress)
            else:
                _copy_tables(engine, pending.path, progress)
            _verify(pending.path, key)
    except (sqlite3.Error, OSError) as err:  # said as it is: a full disk, a read-only folder
        found = diagnose(str(target), err, path=target)
        raise found or DatabaseUnavailable(str(target), str(err)) from err
    except Exception as err:
        module = crypto.sqlcipher()
        if module is not None and isinstance(err, module.Error):
            raise DatabaseUnavailable(str(target), str(err)) from err
        raise
    return target


def _sqlite_backup(
    engine: Engine, tmp: Path, key: crypto.Key | None, progress: Progress | None
) -> None:
    raw = engine.raw_connection()
    try:
        source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        dest = crypto.connect(tmp, key)
        try:

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            source.backup(dest, pages=256, progress=report)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        raw.close()


def _copy_tables(engine: Engine, tmp: Path, progress: Progress | None) -> None:
    """Copy every table from a server database in one repeatable-read snapshot, into the
    schema of the server's own revision (the copy made before an upgrade is of the old one)."""
    dest_engine = create_engine(f"sqlite:///{tmp}", hide_parameters=True)
    try:
        tables = _schema_like(engine, dest_engine)
        with (
            engine.connect().execution_options(isolation_level="REPEATABLE READ") as src,
            dest_engine.begin() as dst,
        ):
            for done, table in enumerate(tables):
                names = [c.name for c in table.columns]
                source = table_clause(table.name, *(column(n) for n in names)).select()
                result = src.execution_options(yield_per=2000).execute(source)
                for chunk in result.mappings().partitions():
                    dst.execute(table.insert(), [dict(r) for r in chunk])
                if progress is not None:
                    progress(done + 1, len(tables))
    finally:
        dest_engine.dispose()


def _schema_like(engine: Engine, dest_engine: Engine) -> list[Table]:
    """Build in ``dest_engine`` the schema of the revision ``engine`` is at; the tables to copy."""
    from secframe.db import migrate

    source_version = Table("alembic_version", MetaData(), autoload_with=engine)
    with engine.connect() as conn:
        revision = conn.execute(select(source_version.c.version_num)).scalar()
    if revision is None or not migrate.is_known_revision(revision):
        Base.metadata.create_all(dest_engine)
        source_version.create(dest_engine)
        return [*Base.metadata.sorted_tables, source_version]
    migrate.upgrade(dest_engine, revision)  # writes alembic_version itself
    built = MetaData()
    built.reflect(dest_engine)
    return [t for t in built.sorted_tables if t.name != "alembic_version"]


def _verify(path: Path, key: crypto.Key | None) -> None:
    conn = crypto.connect(path, key)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise sqlite3.DatabaseError(f"backup check failed: {result}")
    finally:
        conn.close()
