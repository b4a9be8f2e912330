"""Checking what users typed: every broken rule of one input collected, then raised together."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import partial
from typing import Any

from secframe.i18n import QT_TRANSLATE_NOOP, Message, msg
from secframe.models import Base, bounds
from secframe.services.errors import FieldError, ValidationError


class Checker:
    """Collects every broken rule of one input, then raises them together."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, message: Message) -> None:
        """Record a broken rule for ``field``."""
        self.errors.append(FieldError(field, message))

    def require(self, field: str, value: object, message: Message) -> bool:
        """Record ``message`` when ``value`` is empty; True when present."""
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, message)
            return False
        return True

    def not_negative(self, field: str, value: Decimal | int | float | None) -> bool:
        """Amounts and quantities must be zero or more; True when they are (or are empty)."""
        if value is not None and value < 0:
            self.add(
                field,
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP("Rules", "Amounts and quantities cannot be negative."),
                ),
            )
            return False
        return True

    def bounded(self, field: str, value: Any, check: Callable[[Any], Any]) -> None:
        """Record the refusal of ``check`` (one of ``models.bounds``) for a present value."""
        if value is None:
            return
        try:
            check(value)
        except bounds.OutOfBounds as err:
            self.add(field, err.message)

    def amount(self, field: str, value: Decimal | int | float | None) -> None:
        """An amount: not negative, within the bounds of amounts."""
        if self.not_negative(field, value):
            self.bounded(field, value, bounds.check_amount)

    def quantity(self, field: str, value: Decimal | int | float | None) -> None:
        """A quantity: not negative, within the bounds of quantities."""
        if self.not_negative(field, value):
            self.bounded(field, value, bounds.check_quantity)

    def within_bounds(
        self, data: Any, model: type[Base], *, prefix: str = "", under: str | None = None
    ) -> None:
        """Every date of the input dataclass ``data`` between 1960 and 2100 and every text
        within the length of the column of the same name in ``model``; problems are recorded
        under each field's name after ``prefix`` (``representatives[2].``), or all ``under``
        one field."""
        for f in dataclasses.fields(data):
            value = getattr(data, f.name)
            field = under or prefix + f.name
            if isinstance(value, date):
                self.bounded(field, value, bounds.check_date)
            elif isinstance(value, str) and not isinstance(value, Enum):
                limit = bounds.text_limit(getattr(model, f.name, None))
                self.bounded(field, value.strip(), partial(bounds.check_text, limit=limit))

    def not_future(self, field: str, value: date | None, today: date) -> None:
        """Dates of things that happened cannot be after today."""
        if value is not None and value > today:
            self.add(
                field,
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP("Rules", "The date {date} is in the future."),
                    date=value,
                ),
            )

    def coordinates(self, latitude: float | None, longitude: float | None) -> None:
        """Latitude within ±90°, longitude within ±180° (when given; NaN is refused)."""
        if latitude is not None and not -90 <= latitude <= 90:
            self.add(
                "latitude",
                msg("Rules", QT_TRANSLATE_NOOP("Rules", "Latitude must be between -90 and 90.")),
            )
        if longitude is not None and not -180 <= longitude <= 180:
            self.add(
                "longitude",
                msg("Rules", QT_TRANSLATE_NOOP("Rules", "Longitude must be between -180 and 180.")),
            )

    def in_order(self, field: str, start: date | None, end: date | None) -> None:
        """An end or deadline cannot come before its start."""
        if start is not None and end is not None and end < start:
            self.add(
                field,
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP("Rules", "The date {end} is before the start date {start}."),
                    end=end,
                    start=start,
                ),
            )

    def done(self) -> None:
        """Raise a ``ValidationError`` if any rule was broken."""
        if self.errors:
            raise ValidationError(self.errors)


def fail(field: str, message: Message) -> ValidationError:
    """A validation error with a single message (to ``raise``)."""
    return ValidationError([FieldError(field, message)])


def clean(value: str | None) -> str | None:
    """Strip text; empty text becomes None."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def to_decimal(value: Any) -> Decimal | None:
    """A Decimal from a number or numeric text, or None when empty."""
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def required(field: str) -> Message:
    """The standard message for a missing required value."""
    messages = {
        "title": QT_TRANSLATE_NOOP("Rules", "A title is required."),
        "name": QT_TRANSLATE_NOOP("Rules", "A name is required."),
        "short_name": QT_TRANSLATE_NOOP("Rules", "A short name is required."),
        "kind": QT_TRANSLATE_NOOP("Rules", "Choose a kind."),
        "category": QT_TRANSLATE_NOOP("Rules", "Choose a category."),
        "level": QT_TRANSLATE_NOOP("Rules", "Choose a level."),
        "reason": QT_TRANSLATE_NOOP("Rules", "A reason is required."),
        "cause": QT_TRANSLATE_NOOP("Rules", "Choose a cause."),
        "date": QT_TRANSLATE_NOOP("Rules", "A date is required."),
        "text": QT_TRANSLATE_NOOP("Rules", "The text is required."),
        "type": QT_TRANSLATE_NOOP("Rules", "Choose a type."),
        "place": QT_TRANSLATE_NOOP("Rules", "Choose a locality or an axis."),
    }
    return msg("Rules", messages[field])
