"""The bounds of every kind of value secframe records, defined once.

The editors, the importers' cell readers and the services all check values here, so that a
number typed in a form, read from a tracker cell or from an ACLED file is accepted or refused
by the same rule. Each ``check_*`` function returns the value as it will be stored (amounts
rounded to the cent) or raises ``OutOfBounds`` whose message says, in the user's language,
what is allowed. Coordinates outside Mali are not an error: ``outside_mali`` lets callers
warn about them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from secframe.i18n import QT_TRANSLATE_NOOP, Message, msg

# Amounts in FCFA (XOF): a thousand billion is far above any framework's budget and well
# inside the Money column (18 digits, 2 of them decimals).
AMOUNT_MAX = Decimal(10**12)
AMOUNT_PLACES = 2
# Quantities (vehicles, litres, days, people): the Quantity column keeps 3 decimals.
QUANTITY_MAX = Decimal(10**9)
QUANTITY_PLACES = 3
# Years and dates: from independence to the end of the century; earlier or later is a typo
# (1900, 9999) or a spreadsheet's empty date (1899-12-30).
YEAR_MIN = 1960
YEAR_MAX = 2100
DATE_MIN = date(YEAR_MIN, 1, 1)
DATE_MAX = date(YEAR_MAX, 12, 31)
# People killed in one incident, people attending a session, kilometres of an axis.
FATALITIES_MAX = 100_000
COUNT_MAX = 1_000_000
LENGTH_KM_MAX = 10_000


@dataclass(frozen=True)
class Box:
    """A latitude/longitude rectangle, in decimal degrees."""

    south: float
    north: float
    west: float
    east: float

    def contains(self, latitude: float, longitude: float) -> bool:
        """Whether the point lies inside (edges included)."""
        return self.south <= latitude <= self.north and self.west <= longitude <= self.east


# Mali's bounding box with a margin of about 10 km (the country spans 10.16–25.00 N,
# 12.24 W–4.27 E); a point outside is worth a warning, not a refusal (a border incident).
MALI = Box(south=10.0, north=25.1, west=-12.4, east=4.4)


class OutOfBounds(ValueError):
    """A value outside the bounds of its kind; ``message`` says what is allowed."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.source)
        self.message = message

    def __str__(self) -> str:
        return self.message.render()


def _refuse(text: str, **params: Any) -> OutOfBounds:
    return OutOfBounds(msg("Rules", text, **params))


def finite_decimal(value: Any) -> Decimal:
    """``value`` (a number or numeric text) as a finite Decimal; NaN, infinities and text that
    is not a number raise ``OutOfBounds``."""
    if isinstance(value, bool):
        raise _not_a_number(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise _not_a_number(value)
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise _not_a_number(value) from None
    if not number.is_finite():
        raise _not_a_number(value)
    return number


def _not_a_number(value: Any) -> OutOfBounds:
    return _refuse(QT_TRANSLATE_NOOP("Rules", "“{value}” is not a number."), value=str(value))


def _places(number: Decimal, places: int, value: Any, too_small: str) -> Decimal:
    """``number`` rounded to ``places`` decimals; a non-zero number that rounds to zero is
    refused (``1e-300`` is a spreadsheet's noise, not an amount)."""
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if number and not rounded:
        raise _refuse(too_small, value=str(value))
    return (number if number == rounded else rounded) + 0  # no negative zero


def check_amount(value: Any) -> Decimal:
    """An amount in FCFA from 0 to 1 000 000 000 000, rounded to the cent."""
    number = finite_decimal(value)
    if not 0 <= number <= AMOUNT_MAX:
        raise _refuse(
            QT_TRANSLATE_NOOP("Rules", "“{value}”: an amount must be between 0 and {max} FCFA."),
            value=str(value),
            max=AMOUNT_MAX,
        )
    return _places(
        number,
        AMOUNT_PLACES,
        value,
        QT_TRANSLATE_NOOP("Rules", "“{value}” is too small to be an amount."),
    )


def check_quantity(value: Any) -> Decimal:
    """A quantity from 0 to 1 000 000 000, rounded to three decimals."""
    number = finite_decimal(value)
    if not 0 <= number <= QUANTITY_MAX:
        raise _refuse(
            QT_TRANSLATE_NOOP("Rules", "“{value}”: a quantity must be between 0 and {max}."),
            value=str(value),
            max=QUANTITY_MAX,
        )
    return _places(
        number,
        QUANTITY_PLACES,
        value,
        QT_TRANSLATE_NOOP("Rules", "“{value}” is too small to be a quantity."),
    )


def check_whole(value: Any, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high``."""
    try:
        number = finite_decimal(value)
    except OutOfBounds:
        number = None
    if number is None or number != number.to_integral_value() or not low <= number <= high:
        raise _refuse(
            QT_TRANSLATE_NOOP("Rules", "“{value}”: expected a whole number from {low} to {high}."),
            value=str(value),
            low=low,
            high=high,
        )
    return int(number)


def check_range(value: Any, low: float, high: float) -> float:
    """A number (decimals allowed) from ``low`` to ``high``."""
    number = finite_decimal(value)
    if not low <= number <= high:
        raise _refuse(
            QT_TRANSLATE_NOOP("Rules", "“{value}”: expected a number from {low} to {high}."),
            value=str(value),
            low=low,
            high=high,
        )
    return float(number)


def check_fatalities(value: Any) -> int:
    """The number of people killed in one incident, from 0 to 100 000."""
    return check_whole(value, 0, FATALITIES_MAX)


def check_year(value: Any) -> int:
    """A year from 1960 to 2100."""
    try:
        return check_whole(value, YEAR_MIN, YEAR_MAX)
    except OutOfBounds:
        raise _refuse(
            QT_TRANSLATE_NOOP("Rules", "“{value}”: a year must be between {low} and {high}."),
            value=str(value),
            low=str(YEAR_MIN),
            high=str(YEAR_MAX),
        ) from None


def check_date(value: date) -> date:
    """A date from 1 January 1960 to 31 December 2100 (a timestamp gives its day)."""
    day = value.date() if isinstance(value, datetime) else value
    if not DATE_MIN <= day <= DATE_MAX:
        raise _refuse(
            QT_TRANSLATE_NOOP("Rules", "The date {date} is not between {low} and {high}."),
            date=day.isoformat() if day.year < 1000 else day,
            low=DATE_MIN,
            high=DATE_MAX,
        )
    return day


def check_latitude(value: Any) -> float:
    """A latitude from -90 to 90 degrees."""
    number = finite_decimal(value)
    if not -90 <= number <= 90:
        raise _refuse(
            QT_TRANSLATE_NOOP("Rules", "“{value}”: a latitude must be between -90 and 90."),
            value=str(value),
        )
    return float(number)


def check_longitude(value: Any) -> float:
    """A longitude from -180 to 180 degrees."""
    number = finite_decimal(value)
    if not -180 <= number <= 180:
        raise _refuse(
            QT_TRANSLATE_NOOP("Rules", "“{value}”: a longitude must be between -180 and 180."),
            value=str(value),
        )
    return float(number)


def outside_mali(latitude: float | None, longitude: float | None) -> bool:
    """Whether a point given by both coordinates lies outside Mali (worth a warning)."""
    if latitude is None or longitude is None:
        return False
    return not MALI.contains(latitude, longitude)


def outside_mali_warning(latitude: float, longitude: float) -> Message:
    """The warning for a point outside Mali (probably swapped or mistyped coordinates)."""
    return msg(
        "Rules",
        QT_TRANSLATE_NOOP(
            "Rules",
            "The point {latitude}, {longitude} is outside Mali: check the coordinates "
            "(latitude first, then longitude).",
        ),
        latitude=f"{latitude:g}",
        longitude=f"{longitude:g}",
    )


def text_limit(column: Any) -> int | None:
    """The length limit of a text column (``Commitment.title``), None when unlimited."""
    prop = getattr(column, "property", None)
    columns = getattr(prop, "columns", None)
    if not columns:
        return None
    length = getattr(columns[0].type, "length", None)
    return int(length) if length else None


def check_text(value: str, limit: int | None) -> str:
    """``value`` unless it is longer than ``limit`` characters."""
    if limit is not None and len(value) > limit:
        raise too_long(len(value), limit)
    return value


def too_long(length: int, limit: int) -> OutOfBounds:
    """The refusal of a text of ``length`` characters where ``limit`` fit."""
    return _refuse(
        QT_TRANSLATE_NOOP(
            "Rules", "The text is too long: {length} characters, at most {limit} allowed."
        ),
        length=length,
        limit=limit,
    )
