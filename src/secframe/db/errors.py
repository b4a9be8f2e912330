"""Errors raised when a database cannot be opened or used, with messages users understand."""

from __future__ import annotations

from secframe.i18n import QT_TRANSLATE_NOOP, Message, msg


class DatabaseError(Exception):
    """A database problem the user can act on; ``message`` is translatable."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.source)
        self.message = message

    def __str__(self) -> str:
        return self.message.render()


class NotASecframeDatabase(DatabaseError):
    """The file exists but is not a secframe database."""

    def __init__(self, location: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{location} is not a secframe database. It was left untouched.",
                ),
                location=location,
            )
        )


class CorruptDatabase(DatabaseError):
    """The file looks like SQLite but cannot be read."""

    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{location} is damaged and cannot be read ({detail}). It was left untouched; "
                    "restore it from a backup copy.",
                ),
                location=location,
                detail=detail,
            )
        )


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer secframe."""

    def __init__(self, location: str, revision: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{location} was created by a newer version of secframe (schema {revision}). "
                    "Install the newer version to open it; the file was left untouched.",
                ),
                location=location,
                revision=revision,
            )
        )


class DatabaseUnavailable(DatabaseError):
    """The database is locked, unreachable, or its folder cannot be written."""

    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP("Database", "Cannot open {location}: {detail}"),
                location=location,
                detail=detail,
            )
        )


class DatabaseBusy(DatabaseError):
    """Another program has held the SQLite file locked for longer than secframe waits."""

    def __init__(self, location: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{location} is being written by another program (or another secframe "
                    "window) and stayed locked for more than 5 seconds. Nothing was saved; "
                    "try again in a moment.",
                ),
                location=location,
            )
        )


class DatabaseFailed(DatabaseError):
    """The database stopped answering during a read or write (disk full, server gone...)."""

    def __init__(self, location: str, detail: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{location} could not be used ({detail}). Nothing was saved; check the disk "
                    "or the connection to the server, then try again.",
                ),
                location=location,
                detail=detail,
            )
        )


def in_user_words(location: str, err: BaseException) -> DatabaseError | None:
    """The user's version of a driver's operational error (locked file, full disk, lost
    server), or None for any other error."""
    from sqlalchemy.exc import OperationalError

    if not isinstance(err, OperationalError):
        return None
    detail = str(err.orig).strip() if err.orig is not None else str(err)
    if "database is locked" in detail or "database is busy" in detail:
        return DatabaseBusy(location)
    return DatabaseFailed(location, detail.splitlines()[0] if detail else "?")
