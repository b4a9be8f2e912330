"""Restoring a database file from a backup copy (File › Restore from…, moving to a new PC).

The chosen file is checked before anything is replaced: it must open, be a secframe database,
pass SQLite's ``PRAGMA quick_check`` and have a schema this version knows (an older one is
upgraded when the database is reopened, after the usual before-upgrade copy). The database
being replaced is first copied, verified, beside itself as
``<name>.<date>-<time>.before-restore.sqlite3``. The backup's content is then written into the
database file in ONE SQLite transaction (the online backup API): a power cut or an error
halfway leaves the database as it was, other connections never see half of it, and no file is
renamed under a program that has it open.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from secframe.db.backup import Progress, backup
from secframe.db.database import BUSY_TIMEOUT_S, Database, _probe_sqlite_file
from secframe.db.errors import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotASecframeDatabase,
)
from secframe.i18n import QT_TRANSLATE_NOOP, msg


class CannotRestore(DatabaseError):
    """The restore cannot be done here (a server database, the database itself chosen)."""


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the data now is, where it came from, what was kept aside."""

    database: Path
    source: Path
    kept_aside: Path
    revision: str


def check_backup(path: Path) -> str:
    """Check that ``path`` is a sound secframe database this version can open, without writing
    to it; returns its schema revision, or raises a ``DatabaseError`` saying what is wrong."""
    path = Path(path).expanduser().resolve()
    where = str(path)
    revision, _has_tables = _probe_sqlite_file(path, create=False)
    if revision is None:
        raise NotASecframeDatabase(where)
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        raise CorruptDatabase(where, str(err)) from err
    if problems != ["ok"]:
        raise CorruptDatabase(where, "; ".join(problems[:3]))
    from secframe.db import migrate

    if not migrate.is_known_revision(revision):
        raise DatabaseTooNew(where, revision)
    return revision


def kept_aside_path(database: Path, now: datetime | None = None) -> Path:
    """Where the database a restore replaces is kept: beside it, dated."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.stem}.{stamp}.before-restore.sqlite3")


def restore(db: Database, source: Path, progress: Progress | None = None) -> Restored:
    """Replace the content of the SQLite database ``db`` with the backup ``source``.

    Nothing is changed unless ``source`` passes ``check_backup``; the replaced database is
    kept aside (``Restored.kept_aside``). Reopen the database afterwards (``Database.open``)
    so that an older backup is upgraded and every cached connection is dropped.
    """
    ensure_restorable(db)
    target = Path(db.url.database or "").resolve()
    source = Path(source).expanduser().resolve()
    if source == target:
        raise CannotRestore(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{path} is the database in use: choose a backup copy to restore from.",
                ),
                path=str(source),
            )
        )
    revision = check_backup(source)
    aside = backup(db.engine, kept_aside_path(target))
    _copy_into(source, db.engine, str(target), progress)
    return Restored(database=target, source=source, kept_aside=aside, revision=revision)


def ensure_restorable(db: Database) -> None:
    """Raise ``CannotRestore`` when ``db`` is not a file a backup can replace (a server)."""
    if not db.is_sqlite:
        raise CannotRestore(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{location} is a database server: a backup file cannot replace it from "
                    "here. Open the backup itself with File › Open database, or ask the "
                    "server's administrator to load it.",
                ),
                location=db.location,
            )
        )


def _copy_into(source: Path, engine: Engine, where: str, progress: Progress | None) -> None:
    """Write every page of ``source`` into the database behind ``engine``, in one
    transaction, then check the result."""
    src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    raw = engine.raw_connection()
    try:
        dest: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]

        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        src.backup(dest, pages=256, progress=report)
        problems = [row[0] for row in dest.execute("PRAGMA quick_check")]
    except sqlite3.OperationalError as err:
        if "locked" in str(err) or "busy" in str(err):
            raise DatabaseBusy(where) from err
        raise DatabaseUnavailable(where, str(err)) from err
    finally:
        raw.close()
        src.close()
    if problems != ["ok"]:  # not expected: SQLite checked both files; the copy aside holds it
        raise CorruptDatabase(where, "; ".join(problems[:3]))
