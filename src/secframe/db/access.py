"""Who may write: read-only databases (asked for, or a file, folder or server role that cannot
be written), and upgrades of a server database that need the user's backup first."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secframe.db.errors import DatabaseError, DatabaseTooNew, Fault, can_write, can_write_in
from secframe.files import make_private
from secframe.i18n import QT_TRANSLATE_NOOP, Message, msg

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL


class ReadOnlyReason(enum.Enum):
    """Why a database is open read-only."""

    ASKED = "asked"  # --read-only, File › Open read-only
    FILE = "file"  # the file is not writable by this account
    FOLDER = "folder"  # its folder is not (SQLite needs it for its journal)
    ROLE = "role"  # the server role has no write privilege

    def message(self, location: str) -> Message:
        """What the banner and every refused change say."""
        texts = {
            ReadOnlyReason.ASKED: QT_TRANSLATE_NOOP(
                "Database", "{location} is open read-only: nothing can be changed."
            ),
            ReadOnlyReason.FILE: QT_TRANSLATE_NOOP(
                "Database",
                "{location} is open read-only because your account may not write to this file: "
                "nothing can be changed.",
            ),
            ReadOnlyReason.FOLDER: QT_TRANSLATE_NOOP(
                "Database",
                "{location} is open read-only because your account may not write in its "
                "folder: nothing can be changed.",
            ),
            ReadOnlyReason.ROLE: QT_TRANSLATE_NOOP(
                "Database",
                "{location} is open read-only because your account on the server may only "
                "read: nothing can be changed.",
            ),
        }
        return msg("Database", texts[self], location=location)


class ReadOnlyDatabase(DatabaseError):
    """A change was asked of a database open read-only; nothing was written."""

    kind = Fault.READ_ONLY

    def __init__(self, location: str, reason: ReadOnlyReason) -> None:
        super().__init__(reason.message(location))
        self.reason = reason


class ReadOnlyNeedsSetup(DatabaseError):
    """A read-only database that would first need creating or upgrading."""

    def __init__(self, location: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{location} cannot be opened read-only: it must first be created or "
                    "upgraded by an account that may write to it. Nothing was changed.",
                ),
                location=location,
            )
        )


class ServerNeedsBackup(DatabaseError):
    """A server database must be upgraded: the user backs it up first, where they choose."""

    def __init__(self, url: URL, revision: str) -> None:
        server = pg_dump_url(url)
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "The database on {server} (schema {revision}) must be upgraded for this "
                    "version of secframe. Back it up first, e.g. with: pg_dump --format=custom "
                    '--file secframe-before-upgrade.dump "{server}" — then upgrade it with: '
                    'secframe upgrade --db "{server}" --backed-up (or --backup FILE to have '
                    "secframe write a copy where you choose). Nothing was changed.",
                ),
                server=server,
                revision=revision,
            )
        )


@dataclass(frozen=True)
class ServerBackup:
    """The user's answer before a server upgrade: a copy to write, or "backed up already"."""

    path: Path | None = None


def pg_dump_url(url: URL) -> str:
    """The server URL as pg_dump takes it: no driver name, no password."""
    plain = url.set(drivername=url.get_backend_name(), password=None)
    return plain.render_as_string(hide_password=False)


def sqlite_refusal(path: Path) -> ReadOnlyReason | None:
    """Why an existing SQLite file cannot be written by this account (None: it can)."""
    if not path.exists():
        return None
    if not os.access(path, os.W_OK):
        return ReadOnlyReason.FILE
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return ReadOnlyReason.FOLDER
    # tried too: an administrator passes os.access, an immutable file or a read-only disk
    # stops everyone
    if not can_write(path):
        return ReadOnlyReason.FILE
    if not can_write_in(path.parent):
        return ReadOnlyReason.FOLDER
    return None


def make_files_private(path: Path) -> None:
    """A database file and its WAL files readable by the user only (POSIX)."""
    for name in (str(path), f"{path}-wal", f"{path}-shm"):
        make_private(Path(name))


def read_only_connect_args(url: URL) -> dict[str, Any]:
    """Driver options that make a server session refuse every write."""
    if url.get_backend_name() == "postgresql":
        return {"options": "-c default_transaction_read_only=on"}
    return {}


def server_refusal(engine: Engine) -> ReadOnlyReason | None:
    """ROLE when the server account may not change secframe's tables (None: it may)."""
    from sqlalchemy import inspect, text

    from secframe.models import Base

    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        tables = [t.name for t in Base.metadata.sorted_tables if t.name in present]
        if not tables:
            return None  # a new database: creating it says clearly whether the role may
        checks = [
            f"has_table_privilege(:t{i}, '{privilege}')"
            for i in range(len(tables))
            for privilege in ("INSERT", "UPDATE", "DELETE")
        ]
        may_write = conn.execute(
            text(f"SELECT {' AND '.join(checks)}"), {f"t{i}": t for i, t in enumerate(tables)}
        ).scalar()
        read_only_server = conn.execute(text("SHOW transaction_read_only")).scalar() == "on"
    return ReadOnlyReason.ROLE if (not may_write or read_only_server) else None


def refuse_read_only_setup(location: str, revision: str | None) -> None:
    """A read-only database can be neither created nor upgraded: say so."""
    from secframe.db import migrate

    if revision is not None and not migrate.is_known_revision(revision):
        raise DatabaseTooNew(location, revision)
    raise ReadOnlyNeedsSetup(location)
