"""Restoring a database file from a backup copy (File › Restore from…, moving to a new PC).

The chosen file is checked before anything is replaced: it must open, be a secframe database,
pass SQLite's ``PRAGMA quick_check`` and have a schema this version knows (an older one is
upgraded when the database is reopened, after the usual before-upgrade copy). The database
being replaced is first copied, verified, beside itself as
``<name>.<date>-<time>.before-restore.sqlite3``. The backup's content is then written into the
database file in ONE SQLite transaction (the online backup API): a power cut or an error
halfway leaves the database as it was, other connections never see half of it, and no file is
renamed under a program that has it open.

An encrypted database is restored from a backup encrypted with the same passphrase (backups
of an encrypted database are) or from a plain one, which is encrypted on the way; a plain
database is not restored from an encrypted backup (open that with File › Open database).
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from secframe.db import crypto
from secframe.db.backup import Progress, backup
from secframe.db.crypto import Key
from secframe.db.database import BUSY_TIMEOUT_S, Database, _probe_sqlite_file
from secframe.db.errors import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotASecframeDatabase,
)
from secframe.i18n import QT_TRANSLATE_NOOP, Message

STEP_PAGES = 256  # pages copied between two progress reports (1 MB with 4 KB pages)


class CannotRestore(DatabaseError):
    """The restore cannot be done here (a server, a read-only database, the database itself
    chosen, an encrypted backup the database cannot take)."""


def _cannot(text: str, **params: Any) -> CannotRestore:
    return CannotRestore(Message("Database", text, params))


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the data now is, where it came from, what was kept aside."""

    database: Path
    source: Path
    kept_aside: Path
    revision: str


def check_backup(path: Path, key: Key | None = None) -> str:
    """Check that ``path`` is a sound secframe database this version can open, without writing
    to it; returns its schema revision, or raises a ``DatabaseError`` saying what is wrong.
    ``key``: the passphrase of the database it would replace, for an encrypted backup."""
    path = Path(path).expanduser().resolve()
    where = str(path)
    backup_key = _backup_key(path, key)
    revision, _has_tables = _probe_sqlite_file(path, create=False, key=backup_key)
    if revision is None:
        raise NotASecframeDatabase(where)
    try:
        conn = crypto.connect(path, backup_key, read_only=True, timeout=BUSY_TIMEOUT_S)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except _driver_errors() as err:
        raise CorruptDatabase(where, str(err)) from err
    if problems != ["ok"]:
        raise CorruptDatabase(where, "; ".join(problems[:3]))
    from secframe.db import migrate

    if not migrate.is_known_revision(revision):
        raise DatabaseTooNew(where, revision)
    return revision


def _backup_key(path: Path, key: Key | None) -> Key | None:
    """The key that opens the backup: None for a plain file, else the database's own."""
    if not crypto.is_encrypted_file(path):
        return None
    if key is None:
        raise _cannot(
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} is encrypted and the open database is not: open the backup itself with "
                "File › Open database (it asks for its passphrase).",
            ),
            path=str(path),
        )
    try:
        crypto.check_key(path, key)
    except crypto.WrongPassphrase as err:
        raise _cannot(
            QT_TRANSLATE_NOOP(
                "Database",
                "{path} is not encrypted with the passphrase of the open database (or is not a "
                "secframe database). Nothing was changed.",
            ),
            path=str(path),
        ) from err
    return key


def kept_aside_path(database: Path, now: datetime | None = None) -> Path:
    """Where the database a restore replaces is kept: beside it, dated."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.stem}.{stamp}.before-restore.sqlite3")


def ensure_restorable(db: Database) -> None:
    """Raise ``CannotRestore`` when ``db`` is not a file a backup can replace here."""
    if not db.is_sqlite:
        raise _cannot(
            QT_TRANSLATE_NOOP(
                "Database",
                "{location} is a database server: a backup file cannot replace it from "
                "here. Open the backup itself with File › Open database, or ask the "
                "server's administrator to load it.",
            ),
            location=db.location,
        )
    if db.read_only:
        raise _cannot(
            QT_TRANSLATE_NOOP(
                "Database",
                "{location} is open read-only: nothing can be restored into it. Open it for "
                "writing first.",
            ),
            location=db.location,
        )


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
        raise _cannot(
            QT_TRANSLATE_NOOP(
                "Database", "{path} is the database in use: choose a backup copy to restore from."
            ),
            path=str(source),
        )
    key = crypto.key_of(db.engine)
    revision = check_backup(source, key)
    aside = backup(db.engine, kept_aside_path(target))  # private, keyed like the database
    _copy_into(source, db.engine, target, progress)
    return Restored(database=target, source=source, kept_aside=aside, revision=revision)


def reopen(db: Database) -> Database:
    """The restored database opened anew, with the same passphrase: an older backup is
    upgraded (after its before-upgrade copy) and no connection of before stays in use."""
    passphrase = db.key.text() if db.key is not None else None
    return Database.open(db.location, create=False, passphrase=passphrase)


def _copy_into(source: Path, engine: Engine, target: Path, progress: Progress | None) -> None:
    """Write every page of ``source`` into the database behind ``engine``, in one
    transaction, then check the result."""
    where = str(target)
    key = crypto.key_of(engine)
    encrypted_copy: Path | None = None
    if key is not None and not crypto.is_encrypted_file(source):  # a plain backup: key it
        encrypted_copy = crypto.convert(
            source, None, key, target.with_name(f".{target.name}.restoring")
        )
    try:
        src = crypto.connect(encrypted_copy or source, key, read_only=True, timeout=BUSY_TIMEOUT_S)
        raw = engine.raw_connection()
        try:
            dest: Any = raw.driver_connection

            def report(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            src.backup(dest, pages=STEP_PAGES, progress=report)
            problems = [row[0] for row in dest.execute("PRAGMA quick_check")]
        finally:
            raw.close()
            src.close()
    except _driver_errors() as err:
        if "locked" in str(err) or "busy" in str(err):
            raise DatabaseBusy(where) from err
        raise DatabaseUnavailable(where, str(err)) from err
    finally:
        if encrypted_copy is not None:
            for leftover in (encrypted_copy, Path(f"{encrypted_copy}-wal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            with contextlib.suppress(OSError):
                Path(f"{encrypted_copy}-shm").unlink()
    if problems != ["ok"]:  # not expected: SQLite checked both files; the copy aside holds it
        raise CorruptDatabase(where, "; ".join(problems[:3]))


def _driver_errors() -> tuple[type[Exception], ...]:
    """The database errors of SQLite and, when installed, SQLCipher (separate classes)."""
    module = crypto.sqlcipher()
    return (sqlite3.Error, module.Error) if module is not None else (sqlite3.Error,)
