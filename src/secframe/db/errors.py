"""Database failures diagnosed before any advice, each with its own message and action.

A wrong diagnosis is worse than none: a full disk or a read-only folder must never be called
"damaged, restore a backup" (a user who follows that advice throws good data away). So
``diagnose`` looks at what the driver said and at the file, its folder and its disk, and
"damaged" is said only after SQLite's own ``PRAGMA quick_check`` found damage; then the
newest backup copy is named. Every error keeps the driver's words in ``detail`` for the log
file; the user sees ``message``, in their language.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from enum import StrEnum
from pathlib import Path
from typing import ClassVar

from secframe.i18n import QT_TRANSLATE_NOOP, Message, msg


class Fault(StrEnum):
    """What went wrong, for callers that act on it (a reload offer, a read-only mode)."""

    LOCKED = "locked"
    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    PERMISSION_DENIED = "permission-denied"
    CONNECTION_LOST = "connection-lost"
    NOT_SECFRAME = "not-secframe"
    TOO_NEW = "too-new"
    DAMAGED = "damaged"
    UNSUPPORTED = "unsupported"
    UNAVAILABLE = "unavailable"
    CONFLICT = "conflict"
    UPGRADE_FAILED = "upgrade-failed"
    FAILED = "failed"


class DatabaseClosed(Exception):
    """A session was asked of a database already closed (a read queued before another file
    was opened, or before the file was converted): nothing is read, nothing is reopened."""


class DatabaseError(Exception):
    """A database problem the user can act on; ``message`` is translatable, ``detail`` holds
    the driver's words (for the log, never data)."""

    kind: ClassVar[Fault] = Fault.FAILED

    def __init__(self, message: Message, detail: str = "") -> None:
        super().__init__(message.source)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message.render()


def _m(text: str, **params: object) -> Message:
    return msg("Database", text, **params)


class NotASecframeDatabase(DatabaseError):
    """The file exists but is not a secframe database."""

    kind = Fault.NOT_SECFRAME

    def __init__(self, location: str, detail: str = "") -> None:
        text = QT_TRANSLATE_NOOP(
            "Database", "{location} is not a secframe database. It was left untouched."
        )
        super().__init__(_m(text, location=location), detail)


class CorruptDatabase(DatabaseError):
    """SQLite's integrity check found the file damaged."""

    kind = Fault.DAMAGED

    def __init__(self, location: str, detail: str, backup: Path | None = None) -> None:
        if backup is not None:
            text = QT_TRANSLATE_NOOP(
                "Database",
                "{location} is damaged: SQLite's integrity check found errors. It was left "
                "untouched. Restore your newest backup copy, {backup} (File › Open a database), "
                "and type again what was recorded since.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Database",
                "{location} is damaged: SQLite's integrity check found errors. It was left "
                "untouched. No backup copy was found next to it nor in the backups folder: "
                "look for the newest copy you made (USB key, e-mail) and open it.",
            )
        super().__init__(_m(text, location=location, backup=str(backup)), detail)
        self.backup = backup


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer secframe."""

    kind = Fault.TOO_NEW

    def __init__(self, location: str, revision: str, detail: str = "") -> None:
        text = QT_TRANSLATE_NOOP(
            "Database",
            "{location} was created by a newer version of secframe (schema {revision}). "
            "Install the newer version to open it; the file was left untouched.",
        )
        super().__init__(_m(text, location=location, revision=revision), detail)


class DatabaseUnavailable(DatabaseError):
    """The database cannot be reached for a reason given by the system (``detail``)."""

    kind = Fault.UNAVAILABLE

    def __init__(self, location: str, detail: str) -> None:
        text = QT_TRANSLATE_NOOP("Database", "Cannot open {location}: {detail}")
        super().__init__(_m(text, location=location, detail=detail), detail)


class DatabaseBusy(DatabaseError):
    """Another program has held the SQLite file locked for longer than secframe waits."""

    kind = Fault.LOCKED

    def __init__(self, location: str, detail: str = "") -> None:
        text = QT_TRANSLATE_NOOP(
            "Database",
            "{location} is being written by another program (or another secframe "
            "window) and stayed locked for more than 5 seconds. Nothing was saved; "
            "try again in a moment.",
        )
        super().__init__(_m(text, location=location), detail)


class DatabaseReadOnly(DatabaseError):
    """The file, its folder, its disk or the server account only allows reading.

    ``where`` says which: "file", "folder" or "server"."""

    kind = Fault.READ_ONLY

    def __init__(self, location: str, where: str, detail: str = "") -> None:
        texts = {
            "file": QT_TRANSLATE_NOOP(
                "Database",
                "{location} is read-only: secframe can read it but not save anything in it. "
                "Nothing was changed. To work in it, make the file writable (in its "
                "properties) or copy it to a folder of yours and open the copy.",
            ),
            "folder": QT_TRANSLATE_NOOP(
                "Database",
                "The folder of {location} is read-only (a CD, a protected USB key or a shared "
                "folder): SQLite must write its journal beside the file. Nothing was changed. "
                "Copy the file to a folder of yours (Documents) and open the copy.",
            ),
            "server": QT_TRANSLATE_NOOP(
                "Database",
                "The server {location} only allows reading with this account. Nothing was "
                "saved; ask the server's administrator for the right to write.",
            ),
        }
        super().__init__(_m(texts[where], location=location), detail)
        self.where = where


class DiskFull(DatabaseError):
    """The disk (or the server's disk) has no room left."""

    kind = Fault.DISK_FULL

    def __init__(self, location: str, detail: str = "") -> None:
        text = QT_TRANSLATE_NOOP(
            "Database",
            "The disk holding {location} is full. Nothing was saved and the data is intact. "
            "Free some space on that disk (empty the recycle bin, move large files away), "
            "then try again.",
        )
        super().__init__(_m(text, location=location), detail)


class PermissionDenied(DatabaseError):
    """The account may not read the file, or the server refused the login."""

    kind = Fault.PERMISSION_DENIED

    def __init__(self, location: str, server: bool = False, detail: str = "") -> None:
        if server:
            text = QT_TRANSLATE_NOOP(
                "Database",
                "The server refused access to {location}. Check the user name and password "
                "in the address, or ask the server's administrator.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "Database",
                "You may not open {location}: your account is not allowed to read it. "
                "Nothing was changed. Ask whoever manages this computer, or open a copy.",
            )
        super().__init__(_m(text, location=location), detail)


class ConnectionLost(DatabaseError):
    """The database server did not answer, or the connection to it broke."""

    kind = Fault.CONNECTION_LOST

    def __init__(self, location: str, detail: str = "") -> None:
        text = QT_TRANSLATE_NOOP(
            "Database",
            "The connection to the server {location} was lost or it does not answer. Nothing "
            "was saved; check the network and that the server is running, then try again.",
        )
        super().__init__(_m(text, location=location), detail)


class UnsupportedDatabase(DatabaseError):
    """The URL names a database or driver secframe does not work with."""

    kind = Fault.UNSUPPORTED

    def __init__(self, location: str, detail: str = "") -> None:
        text = QT_TRANSLATE_NOOP(
            "Database",
            "secframe cannot use {location}: it works with SQLite files and PostgreSQL "
            "servers (postgresql+psycopg://user@server/database).",
        )
        super().__init__(_m(text, location=location), detail)


class RecordConflict(DatabaseError):
    """Someone else saved the same record at the same moment (a stale write)."""

    kind = Fault.CONFLICT

    def __init__(self, label: str, detail: str = "") -> None:
        text = QT_TRANSLATE_NOOP(
            "Database",
            "“{label}” was saved by someone else at the same moment. Nothing of yours was "
            "saved: reload it to see their changes, then try again.",
        )
        super().__init__(_m(text, label=label), detail)
        self.label = label


class UpgradeFailed(DatabaseError):
    """A revision of the schema failed; it was rolled back and the database is usable at the
    revision it reached."""

    kind = Fault.UPGRADE_FAILED

    def __init__(self, location: str, revision: str, backup: Path, detail: str = "") -> None:
        text = QT_TRANSLATE_NOOP(
            "Database",
            "secframe could not bring {location} to its new layout. The failed step was "
            "undone: the database is intact, at schema {revision}, and a copy made before the "
            "upgrade is at {backup}. Keep using it with the previous version of secframe and "
            "send the log file to whoever supports you.",
        )
        super().__init__(_m(text, location=location, revision=revision, backup=str(backup)), detail)
        self.backup = backup


class DatabaseFailed(DatabaseError):
    """The database stopped answering during a read or write for another reason."""

    kind = Fault.FAILED

    def __init__(self, location: str, detail: str) -> None:
        text = QT_TRANSLATE_NOOP(
            "Database",
            "{location} could not be used ({detail}). Nothing was saved; check the disk "
            "or the connection to the server, then try again.",
        )
        super().__init__(_m(text, location=location, detail=detail), detail)


# --- diagnosis ---------------------------------------------------------------------------------

_LOCKED = ("database is locked", "database table is locked", "database is busy")
_READ_ONLY = ("readonly database", "read-only transaction", "read only transaction")
_FULL = ("database or disk is full", "no space left", "could not extend file", "disk full")
_DAMAGED = ("malformed", "file is not a database", "file is encrypted or is not a database")
_CONNECTION = (
    "connection refused",
    "could not connect",
    "could not translate host name",
    "server closed the connection",
    "terminating connection",
    "connection already closed",
    "connection is closed",
    "the connection is lost",
    "connection timed out",
    "ssl connection has been closed",
    "consuming input failed",
    "no route to host",
    "network is unreachable",
)
_CONFLICT = ("could not serialize access", "deadlock detected")
_DENIED = ("password authentication failed", "permission denied", "no pg_hba.conf entry")


def driver_detail(err: BaseException) -> str:
    """The driver's own words for ``err`` (without SQLAlchemy's statement and parameters)."""
    orig = getattr(err, "orig", None)
    text = str(orig if orig is not None else err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def diagnose(
    location: str, err: BaseException, *, path: Path | None = None
) -> DatabaseError | None:
    """What ``err`` means for the database at ``location`` (``path`` for a SQLite file), or
    None when it is not a database fault (a programming error, a broken rule)."""
    if isinstance(err, DatabaseError):
        return err
    from sqlalchemy import exc as sa_exc

    detail = driver_detail(err)
    if isinstance(err, sa_exc.NoSuchModuleError | sa_exc.ArgumentError | ModuleNotFoundError):
        return UnsupportedDatabase(location, detail)
    if isinstance(err, OSError) and not isinstance(err, sqlite3.Error):
        return _os_error(location, err, path)
    if not isinstance(err, sa_exc.DBAPIError | sqlite3.Error) and not _is_dbapi_error(err):
        return None
    if isinstance(err, sa_exc.DBAPIError) and err.connection_invalidated:
        return ConnectionLost(location, detail)
    found = _said(location, err, detail, path)
    if found is None:
        lowered = detail.casefold()
        found = (
            _server(location, lowered, detail)
            if path is None
            else _file(location, lowered, detail, path)
        )
    if found is None and isinstance(err, sa_exc.OperationalError | sqlite3.OperationalError):
        found = DatabaseFailed(location, detail)
    return found


def _said(
    location: str, err: BaseException, detail: str, path: Path | None
) -> DatabaseError | None:
    """The faults the driver names plainly, on any database."""
    lowered = detail.casefold()
    if any(s in lowered for s in _LOCKED):
        return DatabaseBusy(location, detail)
    if any(s in lowered for s in _FULL):
        return DiskFull(location, detail)
    if any(s in lowered for s in _READ_ONLY):
        return DatabaseReadOnly(location, _read_only_where(path), detail)
    if any(s in lowered for s in _CONFLICT):
        return RecordConflict(getattr(err, "secframe_record", None) or location, detail)
    return None


def _server(location: str, lowered: str, detail: str) -> DatabaseError | None:
    if any(s in lowered for s in _CONNECTION):
        return ConnectionLost(location, detail)
    if any(s in lowered for s in _DENIED):
        return PermissionDenied(location, server=True, detail=detail)
    return None


def _file(location: str, lowered: str, detail: str, path: Path) -> DatabaseError | None:
    if "unable to open database file" in lowered:
        return _cannot_open(location, path, detail)
    if "disk i/o error" in lowered and _disk_is_full(path):
        return DiskFull(location, detail)
    if (any(s in lowered for s in _DAMAGED) or "disk i/o error" in lowered) and _plain(path):
        damage = quick_check(path)  # "damaged" only when SQLite's own check says so
        if damage is not None:
            return CorruptDatabase(
                location, f"{detail}; quick_check: {damage}", newest_backup(path)
            )
    return None


def _is_dbapi_error(err: BaseException) -> bool:
    """An error of another DB-API driver (SQLCipher's module has its own classes)."""
    return any(c.__name__ == "DatabaseError" for c in type(err).__mro__)


def _os_error(location: str, err: OSError, path: Path | None) -> DatabaseError:
    detail = f"{err.strerror or err} ({err.filename})" if err.filename else str(err)
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(location, detail)
    if err.errno == errno.EROFS:
        return DatabaseReadOnly(location, "folder", detail)
    if err.errno in (errno.EACCES, errno.EPERM):
        if path is not None and path.exists() and not _can_read(path):
            return PermissionDenied(location, detail=detail)
        return DatabaseReadOnly(location, _read_only_where(path), detail)
    return DatabaseUnavailable(location, err.strerror or str(err))


def _cannot_open(location: str, path: Path, detail: str) -> DatabaseError:
    """SQLite's "unable to open database file": find out why."""
    if not path.parent.is_dir():
        return DatabaseUnavailable(location, detail)
    if path.exists() and not _can_read(path):
        return PermissionDenied(location, detail=detail)
    if not can_write_in(path.parent):
        return DatabaseReadOnly(location, "folder", detail)
    if path.exists() and not can_write(path):
        return DatabaseReadOnly(location, "file", detail)
    if _disk_is_full(path):
        return DiskFull(location, detail)
    return DatabaseUnavailable(location, detail)


def _read_only_where(path: Path | None) -> str:
    if path is None:
        return "server"
    if path.exists() and not can_write(path):
        return "file"
    if not can_write_in(path.parent):
        return "folder"
    return "file"


def _can_read(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            fh.read(1)
    except OSError:
        return False
    return True


def can_write(path: Path) -> bool:
    """Whether the file can be opened for writing (tried, not guessed from the mode bits:
    an administrator ignores them, an immutable file or a read-only disk does not)."""
    try:
        with path.open("r+b"):
            pass
    except OSError:
        return False
    return True


def can_write_in(folder: Path) -> bool:
    """Whether a file can be created in ``folder`` (tried with a file removed at once)."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return False
    return True


FULL_BELOW = 1_000_000  # bytes: a disk with less free space than this is full for SQLite


def _disk_is_full(path: Path | None) -> bool:
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW
    except OSError:
        return False


def _plain(path: Path) -> bool:
    """Whether the file starts as a plain SQLite database (an encrypted one cannot be checked
    without its key: its errors are the passphrase's, never "damaged")."""
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def quick_check(path: Path) -> str | None:
    """What SQLite's ``PRAGMA quick_check`` finds wrong with the file, or None when it is
    sound. Read-only: the file is opened immutable, nothing is written."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as err:
        return str(err)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as err:
        return str(err)
    finally:
        conn.close()
    return None if rows == ["ok"] else "; ".join(rows)


def newest_backup(path: Path) -> Path | None:
    """The most recent backup copy of the SQLite file ``path``: the copies made before
    upgrades (beside it) and with File › Back up now (in the data folder's backups/)."""
    from secframe import config

    stem = path.stem
    candidates = list(path.parent.glob(f"{stem}.*.before-upgrade.sqlite3"))
    with contextlib.suppress(OSError):
        candidates += (config.data_dir() / "backups").glob(f"{stem}-*.sqlite3")
    found = [p for p in candidates if p.is_file() and p != path]
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def in_user_words(
    location: str, err: BaseException, *, path: Path | None = None
) -> DatabaseError | None:
    """The user's version of a driver's error (locked file, full disk, lost server...), or
    None for any other error."""
    return diagnose(location, err, path=path)
