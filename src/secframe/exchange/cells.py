"""Reading cell values as people type them: dates, years, amounts, quantities, coordinates,
numbers and text.

Every reader returns a Python value, ``None`` for an empty cell, or raises ``CellError`` with
a message saying what was expected. Nothing is guessed: text that is not clearly a date or
an amount is refused rather than read as something else. Each kind is checked against its
bounds in ``secframe.models.bounds`` (the same bounds the services apply), so an
out-of-bounds value (``1e+308``, the year 9999, NaN) is a per-cell error, never stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from secframe.exchange.errors import CellError
from secframe.i18n import QT_TRANSLATE_NOOP, Message, msg
from secframe.models import bounds
from secframe.services.matching import fold

# Text starting with one of these would be taken for a formula by a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Ends a text too long for a cell (the whole text is on the "Long texts" sheet).
LONG_TEXT_MARK = " […]"

_MONTHS = {
    **dict.fromkeys(("janvier", "janv", "jan", "january"), 1),
    **dict.fromkeys(("fevrier", "fevr", "fev", "february", "feb"), 2),
    **dict.fromkeys(("mars", "mar", "march"), 3),
    **dict.fromkeys(("avril", "avr", "april", "apr"), 4),
    **dict.fromkeys(("mai", "may"), 5),
    **dict.fromkeys(("juin", "june", "jun"), 6),
    **dict.fromkeys(("juillet", "juil", "july", "jul"), 7),
    **dict.fromkeys(("aout", "august", "aug"), 8),
    **dict.fromkeys(("septembre", "sept", "sep", "september"), 9),
    **dict.fromkeys(("octobre", "oct", "october"), 10),
    **dict.fromkeys(("novembre", "nov", "november"), 11),
    **dict.fromkeys(("decembre", "dec", "december"), 12),
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$")
_D_MONTH_Y = re.compile(r"^(\d{1,2})(?:er)?[\s\-]+([a-z]+)\.?[\s\-,]+(\d{4}|\d{2})$")
_MONTH_Y = re.compile(r"^([a-z]+)\.?[\s\-]+(\d{4})$")
_M_Y = re.compile(r"^(\d{1,2})[/.\-](\d{4})$")
_EXCEL_EPOCH = date(1899, 12, 30)

_CURRENCY = re.compile(r"(f\s*cfa|fcfa|cfa|xof|francs?|f)\.?$")
_SCALE = re.compile(r"(milliards?|mds?|millions?|mio|m)$")
_SCALES = {"milliard": 10**9, "milliards": 10**9, "md": 10**9, "mds": 10**9}
_SPACES = re.compile(r"[\s\u00a0\u202f']+")
_THOUSANDS = re.compile(r"^\d{1,3}([.,])\d{3}(\1\d{3})*$")
_COORDINATE = re.compile(r"[-+]?\d{1,3}(?:[.,]\d+)?")
_V = TypeVar("_V")


@dataclass(frozen=True)
class Uncomputed:
    """A formula cell saved without its computed value (written by a program that does not
    compute formulas); reading it is an error, never an empty cell."""

    formula: str

    def __str__(self) -> str:
        return self.formula


def _error(text: str, **params: Any) -> CellError:
    return CellError(msg("Exchange", text, **params))


def is_empty(value: Any) -> bool:
    """True for an empty cell (nothing, or only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def read_text(value: Any) -> str | None:
    """A cell as text without surrounding spaces; numbers keep their plain form."""
    if is_empty(value):
        return None
    _check_computed(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip().replace("\r\n", "\n")


def read_date(value: Any) -> date | None:
    """A date from a date cell, an Excel day number, or text such as 15/03/2019, 2019-03-15,
    15 March 2019, 15-March-2019 or "mars 2019" (a month alone means its first day), from
    1960 to 2100."""
    day = _read_day(value)
    return None if day is None else _bounded(bounds.check_date, day, value)


def _read_day(value: Any) -> date | None:
    if is_empty(value):
        return None
    _check_computed(value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # Excel's day numbers from 1954 to 2119
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise _not_a_date(value)
    text = fold(str(value)).replace("1er ", "1 ")
    try:
        return _date_from_text(text)
    except (ValueError, OverflowError):
        raise _not_a_date(value) from None


def _date_from_text(text: str) -> date:
    if m := _ISO.match(text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(text):
        return date(_year(m[3]), int(m[2]), int(m[1]))
    if (m := _D_MONTH_Y.match(text)) and m[2] in _MONTHS:
        return date(_year(m[3]), _MONTHS[m[2]], int(m[1]))
    if (m := _MONTH_Y.match(text)) and m[1] in _MONTHS:
        return date(int(m[2]), _MONTHS[m[1]], 1)
    if m := _M_Y.match(text):
        return date(int(m[2]), int(m[1]), 1)
    raise ValueError(text)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _not_a_date(value: Any) -> CellError:
    return _error(
        QT_TRANSLATE_NOOP(
            "Exchange", "“{value}” is not a date (write it as 15/03/2019 or 2019-03-15)."
        ),
        value=str(value).strip(),
    )


def read_amount(value: Any) -> Decimal | None:
    """An amount in FCFA from a number or text such as "1 500 000 FCFA", "1.500.000",
    "3 000 000 F CFA", "2,5 millions", "1,5 M" or "12.5 M", within the bounds of amounts."""
    number = _read_decimal(value, currency=True)
    return None if number is None else _bounded(bounds.check_amount, number, value)


def read_quantity(value: Any) -> Decimal | None:
    """A quantity (vehicles, litres, days) within the bounds of quantities."""
    number = _read_decimal(value, currency=False)
    return None if number is None else _bounded(bounds.check_quantity, number, value)


def read_year(value: Any) -> int | None:
    """A year from 1960 to 2100, from a number or text."""
    if is_empty(value):
        return None
    _check_computed(value)
    return _bounded(bounds.check_year, value.strip() if isinstance(value, str) else value, value)


def read_latitude(value: Any) -> float | None:
    """A latitude in decimal degrees (see ``read_coordinate``)."""
    return read_coordinate(value, bounds.check_latitude)


def read_longitude(value: Any) -> float | None:
    """A longitude in decimal degrees (see ``read_coordinate``)."""
    return read_coordinate(value, bounds.check_longitude)


def read_coordinate(value: Any, check: Callable[[Any], float]) -> float | None:
    """Decimal degrees with a decimal point or comma and any number of decimals: ``15.797``,
    ``-0,044`` and ``0.117`` are what they say (a coordinate never has thousands separators)."""
    if is_empty(value):
        return None
    _check_computed(value)
    if isinstance(value, bool):
        raise _not_a_number(value, False)
    if isinstance(value, str):
        text = _SPACES.sub("", value.strip()).replace("\u2212", "-")
        if not _COORDINATE.fullmatch(text):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Exchange", "“{value}” is not a coordinate in decimal degrees (such as 16.77)."
                ),
                value=value.strip(),
            )
        value = text.replace(",", ".")
    return _bounded(check, value, value)


def read_number(value: Any) -> Decimal | None:
    """A finite number from a number cell or text with spaces or dots between thousands."""
    number = _read_decimal(value, currency=False)
    return None if number is None else _bounded(bounds.finite_decimal, number, value)


def _bounded(check: Callable[[Any], _V], number: Any, value: Any) -> _V:
    """``check(number)``, its refusal turned into a cell error."""
    try:
        return check(number)
    except bounds.OutOfBounds as err:
        message = err.message
        if "value" in message.params:  # say what was written, not the number read from it
            written = str(value).strip()
            message = Message(message.context, message.source, {**message.params, "value": written})
        raise CellError(message) from None


def _check_computed(value: Any) -> None:
    if isinstance(value, Uncomputed):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "The formula {formula} has no computed value: open the file in Excel or "
                "LibreOffice, let it compute, save it and import it again.",
            ),
            formula=value.formula,
        )


def _read_decimal(value: Any, *, currency: bool) -> Decimal | None:
    if is_empty(value):
        return None
    _check_computed(value)
    if isinstance(value, bool):
        raise _not_a_number(value, currency)
    if isinstance(value, int | float | Decimal):
        try:
            return bounds.finite_decimal(value)
        except bounds.OutOfBounds:
            raise _not_a_number(value, currency) from None
    text = fold(str(value))
    if text in ("-", "–", "—", "néant", "neant", "nil"):
        return None
    scale = 1
    if currency:
        text = _CURRENCY.sub("", text).strip()
        if m := _SCALE.search(text):
            scale = _SCALES.get(m[1], 10**6)
            text = text[: m.start()].strip()
            text = re.sub(r"\s+de$", "", text)
    text = _SPACES.sub("", text)
    try:
        number = _decimal_from_text(text, scaled=scale != 1)
    except (InvalidOperation, ValueError):
        raise _not_a_number(value, currency) from None
    return number * scale


def _decimal_from_text(text: str, *, scaled: bool = False) -> Decimal:
    if not text or not re.fullmatch(r"-?[\d.,]+", text):
        raise ValueError(text)
    if scaled and text.count(".") + text.count(",") == 1:
        # "1,5 M", "12.5 M": with a scale word the mark is a decimal one
        return Decimal(text.replace(",", "."))
    if _THOUSANDS.match(text.lstrip("-")):
        return Decimal(text.replace(".", "").replace(",", ""))
    if "." in text and "," in text:
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if decimal_mark == "." else "."
        text = text.replace(thousands, "").replace(decimal_mark, ".")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    elif text.count(".") > 1 or text.count(",") > 1:
        raise ValueError(text)
    return Decimal(text)


def _not_a_number(value: Any, currency: bool) -> CellError:
    if currency:
        return _error(
            QT_TRANSLATE_NOOP(
                "Exchange", "“{value}” is not an amount (write it as 1500000 or 1 500 000 FCFA)."
            ),
            value=str(value).strip(),
        )
    return _error(
        QT_TRANSLATE_NOOP("Exchange", "“{value}” is not a number."), value=str(value).strip()
    )


def read_int(value: Any, low: int, high: int, *, labelled: bool = False) -> int | None:
    """A whole number between ``low`` and ``high``; with ``labelled``, text may also start
    with it ("2 – intermédiaire")."""
    if is_empty(value):
        return None
    _check_computed(value)
    if isinstance(value, str):
        m = re.match(r"^\s*(\d+)\s*(?:[-–:].*)?$" if labelled else r"^\s*(\d+)\s*$", value)
        number = Decimal(m[1]) if m else None
    elif isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        try:
            number = bounds.finite_decimal(value)
        except bounds.OutOfBounds:
            number = None
    else:
        number = None
    if number is None or number != number.to_integral_value() or not low <= number <= high:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Exchange", "“{value}”: expected a whole number from {low} to {high}."
            ),
            value=str(value).strip(),
            low=str(low),
            high=str(high),
        )
    return int(number)


def same_amount(a: Decimal | None, b: Decimal | None) -> bool:
    """Amounts equal to the cent (spreadsheets store them as binary fractions)."""
    return abs((a or Decimal(0)) - (b or Decimal(0))) < Decimal("0.005")


def without_long_mark(new: str, old: str) -> str:
    """``old`` when ``new`` is its beginning as cut for a cell, else ``new``."""
    if new.endswith(LONG_TEXT_MARK) and old.startswith(new[: -len(LONG_TEXT_MARK)]):
        return old
    return new
