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
