"""Errors services raise when a rule is broken; each carries translatable messages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from secframe.i18n import QT_TRANSLATE_NOOP, Message, msg


class ServiceError(Exception):
    """A problem the user can fix; nothing was changed."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.source)
        self.message = message

    def __str__(self) -> str:
        return self.message.render()


@dataclass(frozen=True)
class FieldError:
    """A rule broken by one input field (``field`` is the input attribute name)."""

    field: str
    message: Message

    def __str__(self) -> str:
        return self.message.render()


class ValidationError(ServiceError):
    """One or more fields break a rule."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = list(errors)
        first = (
            self.errors[0].message
            if self.errors
            else msg("Rules", QT_TRANSLATE_NOOP("Rules", "Invalid input."))
        )
        super().__init__(first)

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)

    def for_field(self, name: str) -> list[Message]:
        """The messages concerning one field."""
        return [e.message for e in self.errors if e.field == name]


class NotFoundError(ServiceError):
    """The record does not exist (any more)."""

    def __init__(self, entity: Message | str, ident: object) -> None:
        super().__init__(
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "{entity} {ident} does not exist (any more)."),
                entity=entity,
                ident=ident,
            )
        )


class ConflictError(ServiceError):
    """Someone else saved the record since it was loaded."""

    def __init__(self, label: str) -> None:
        super().__init__(
            msg(
                "Rules",
                QT_TRANSLATE_NOOP(
                    "Rules",
                    "“{label}” was changed by someone else since you opened it. "
                    "Reload it to see their changes; yours were not saved.",
                ),
                label=label,
            )
        )


class LockedError(ServiceError):
    """The meeting's conclusions were adopted; its records are read-only."""

    def __init__(self, number: int) -> None:
        super().__init__(
            msg(
                "Rules",
                QT_TRANSLATE_NOOP(
                    "Rules",
                    "Session n° {number} is locked: its conclusions were adopted and it can no "
                    "longer be changed.",
                ),
                number=str(number),
            )
        )


class InUseError(ServiceError):
    """The record is still referenced and cannot be deleted."""
