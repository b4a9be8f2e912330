"""Translations and locale formatting for code that must not import Qt.

Source strings are English and are marked with ``QT_TRANSLATE_NOOP(context, text)`` so that
``pyside6-lupdate`` extracts them into the same ``.ts`` files as the widgets' ``tr()`` calls.
Headless code (services, CLI, exports) reads the ``.ts`` catalogue directly; the desktop app
installs Qt's translator and routes these lookups through it, so there is one catalogue.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED_LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

Translator = Callable[[str, str], str]

_state: dict[str, Any] = {"language": DEFAULT_LANGUAGE, "translator": None}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by pyside6-lupdate; returns it unchanged."""
    return text


def system_language() -> str:
    """The supported language matching the user's system locale; French when it is neither
    French nor English, or when no locale is set (the "C" locale of servers)."""
    values = [os.environ.get(v, "") for v in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")]
    set_values = [v for v in values if v]
    if set_values:
        value = set_values[0]
        if value in ("C", "POSIX") or value.startswith("C."):
            return DEFAULT_LANGUAGE
        code = value.split(":")[0][:2].lower()
    else:
        try:
            code = (locale.getlocale()[0] or "")[:2].lower()
        except ValueError:
            code = ""
    return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    """The language currently used for messages and formatting."""
    return str(_state["language"])


def set_language(code: str, translator: Translator | None = None) -> None:
    """Switch language; without ``translator`` the packaged ``.ts`` catalogue is used."""
    code = (code or DEFAULT_LANGUAGE)[:2].lower()
    if code not in SUPPORTED_LANGUAGES:
        code = DEFAULT_LANGUAGE
    _state["language"] = code
    _state["translator"] = translator


def translate(context: str, text: str) -> str:
    """Translate a marked source string into the current language."""
    translator: Translator | None = _state["translator"]
    if translator is not None:
        result = translator(context, text)
        return result or text
    if language() == "en":
        return text
    return _catalogue(language()).get((context, text), text)


def catalogue_files(code: str) -> list[Any]:
    """The packaged ``secframe_<area>_<code>.ts`` catalogues of a language (one per area)."""
    folder = resources.files("secframe") / "resources" / "i18n"
    return sorted(
        (
            f
            for f in folder.iterdir()
            if f.name.startswith("secframe_") and f.name.endswith(f"_{code}.ts")
        ),
        key=lambda f: f.name,
    )


@cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    """Finished translations of every packaged catalogue of a language."""
    entries: dict[tuple[str, str], str] = {}
    for ts in catalogue_files(code):
        _read_catalogue(ts.read_bytes(), entries)
    return entries


def _read_catalogue(data: bytes, entries: dict[tuple[str, str], str]) -> None:
    root = ET.fromstring(data)
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            entries[(name, msg.findtext("source") or "")] = tr.text or ""


@dataclass(frozen=True)
class Message:
    """A translatable message with named parameters, rendered in the current language."""

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.render()

    def render(self) -> str:
        """The message in the current language with its parameters formatted for it."""
        values = {k: format_value(v) for k, v in self.params.items()}
        return translate(self.context, self.source).format(**values)


def msg(context: str, source: str, **params: Any) -> Message:
    """Build a ``Message``; ``source`` must be a literal wrapped in QT_TRANSLATE_NOOP."""
    return Message(context, source, params)


# --- Formatting --------------------------------------------------------------------------------

_MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def month_names(code: str | None = None) -> tuple[str, ...]:
    """Full month names in the given (or current) language."""
    return _MONTHS_FR if (code or language()) == "fr" else _MONTHS_EN


def format_date(value: date | None, code: str | None = None) -> str:
    """A date as users write it: 15/03/2019 in French, 15 Mar 2019 in English."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if (code or language()) == "fr":
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"  # strftime is slower
    return f"{value.day} {_MONTHS_EN[value.month - 1][:3]} {value.year}"


def format_datetime(value: datetime | None, code: str | None = None) -> str:
    """A timestamp with minutes, in the user's convention."""
    if value is None:
        return ""
    return f"{format_date(value.date(), code)} {value.hour:02d}:{value.minute:02d}"


def format_month(year: int, month: int, code: str | None = None) -> str:
    """A month as 'mars 2019' / 'March 2019'."""
    return f"{month_names(code)[month - 1]} {year}"


def format_number(
    value: int | float | Decimal | None, decimals: int = 0, code: str | None = None
) -> str:
    """A number with the language's thousands and decimal separators."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if (code or language()) == "fr":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def is_singular(count: int, code: str | None = None) -> bool:
    """Whether ``count`` takes the singular in the given (or current) language (French: 0
    and 1)."""
    return count == 1 or (count == 0 and (code or language()) == "fr")


def count_text(context: str, count: int, one: str, many: str, code: str | None = None) -> str:
    """'1 commitment' or '3 commitments': the form the language uses for ``count``,
    translated, with ``{count}`` filled in (in ``code``'s language when given)."""
    source = one if is_singular(count, code) else many
    if code is None:
        text = translate(context, source)
    elif code == "en":
        text = source
    else:
        text = _catalogue(code).get((context, source), source)
    return text.format(count=format_number(count, code=code))


def format_money(
    value: int | float | Decimal | None, currency: str = "XOF", code: str | None = None
) -> str:
    """An amount as '1 500 000 FCFA'; XOF has no minor unit."""
    if value is None:
        return ""
    symbol = "FCFA" if currency == "XOF" else currency
    decimals = 0 if currency == "XOF" else 2
    return f"{format_number(value, decimals, code)}\u00a0{symbol}"


def format_value(value: Any) -> str:
    """Format a message parameter according to its type."""
    if isinstance(value, Message):
        return value.render()
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_number(value, 0 if value == value.to_integral_value() else 2)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_number(value)
    label = getattr(value, "label", None)
    if callable(label):
        return str(label())
    return str(value)
