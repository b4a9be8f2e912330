"""Database access: engine and sessions, migrations, backups (no Qt)."""

from secframe.db.database import Database, describe, resolve_url
from secframe.db.errors import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseError,
    DatabaseFailed,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotASecframeDatabase,
)
from secframe.db.session import SecframeSession

__all__ = [
    "CorruptDatabase",
    "Database",
    "DatabaseBusy",
    "DatabaseError",
    "DatabaseFailed",
    "DatabaseTooNew",
    "DatabaseUnavailable",
    "NotASecframeDatabase",
    "SecframeSession",
    "describe",
    "resolve_url",
]
