"""Database access: engine and sessions, migrations, backups (no Qt)."""

from secframe.db.database import Database, describe, resolve_url
from secframe.db.errors import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseError,
    DatabaseFailed,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseUnavailable,
    DiskFull,
    Fault,
    NotASecframeDatabase,
    RecordConflict,
    UpgradeFailed,
)
from secframe.db.session import SecframeSession

__all__ = [
    "CorruptDatabase",
    "Database",
    "DatabaseBusy",
    "DatabaseError",
    "DatabaseFailed",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DatabaseUnavailable",
    "DiskFull",
    "Fault",
    "NotASecframeDatabase",
    "RecordConflict",
    "SecframeSession",
    "UpgradeFailed",
    "describe",
    "resolve_url",
]
