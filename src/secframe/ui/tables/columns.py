"""Column definitions: what a list shows, how it formats, sorts and searches each column.

Everything here is plain Python (no Qt objects), so search keys can be built in a worker
thread while the rows load.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, Literal, TypeVar

from secframe import i18n
from secframe.services.matching import fold

R = TypeVar("R")
Kind = Literal["text", "date", "money", "number", "enum"]


def _none_last(value: Any) -> tuple[int, Any]:
    """A sort key putting empty values after every other value."""
    if value is None or value == "":
        return (1, 0)
    if isinstance(value, str):
        return (0, fold(value))
    return (0, value)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a list.

    ``title`` is English, marked with ``QT_TRANSLATE_NOOP(spec.context, ...)``; the model
    translates it in ``headerData``. ``value`` gives the raw value; the displayed text follows
    ``kind`` (dates and money in the user's language) unless ``text`` is given. ``width`` is in
    average characters. Optional callables give a colour chip (``chip``), a text colour
    (``colour``), bold text (``bold``) and a tooltip (``tooltip``) per row.
    """

    key: str
    title: str
    value: Callable[[R], Any]
    kind: Kind = "text"
    text: Callable[[R], str] | None = None
    sort: Callable[[R], Any] | None = None
    width: int = 14
    hidden: bool = False
    searchable: bool = True
    chip: Callable[[R], str | None] | None = None
    colour: Callable[[R], str | None] | None = None
    bold: Callable[[R], bool] | None = None
    tooltip: Callable[[R], str | None] | None = None

    def display(self, row: R) -> str:
        """The text shown in the cell."""
        if self.text is not None:
            return self.text(row)
        value = self.value(row)
        if value is None:
            return ""
        if self.kind == "text" and isinstance(value, str):
            return value
        if self.kind == "enum":
            return enum_label(value)
        return format_value(value, self.kind)

    def sort_key(self, row: R) -> tuple[int, Any]:
        """The key this column sorts by (empty values last)."""
        if self.sort is not None:
            return _none_last(self.sort(row))
        value = self.value(row)
        if isinstance(value, Enum):
            return (0, list(type(value)).index(value))
        return _none_last(value)

    @property
    def numeric(self) -> bool:
        """Whether the column holds amounts or counts (aligned right)."""
        return self.kind in ("money", "number")


_labels: dict[tuple[str, type, Enum], str] = {}


def enum_label(value: Any) -> str:
    """A vocabulary value's label in the current language (remembered: lists ask thousands
    of times)."""
    key = (i18n.language(), type(value), value)  # StrEnum members of two enums may be equal
    label = _labels.get(key)
    if label is None:
        label = _labels[key] = str(value.label())
    return label


def format_value(value: Any, kind: Kind = "text") -> str:
    """A value as text in the user's language."""
    if value is None:
        return ""
    if kind == "date" or isinstance(value, date):
        return i18n.format_date(value)
    if kind == "money":
        return i18n.format_money(value)
    if kind == "number" or isinstance(value, int | float | Decimal):
        if isinstance(value, bool):
            return str(value)
        decimals = 0 if float(value) == int(value) else 1
        return i18n.format_number(value, decimals)
    if isinstance(value, Enum) and callable(getattr(value, "label", None)):
        return enum_label(value)
    return str(value)


def place_label(label: str) -> str:
    """A place with the most specific part first, for narrow columns:
    "Tonka (Tombouctou › Goundam)" rather than "Tombouctou › Goundam › Tonka"."""
    parts = [p for p in label.split(" › ") if p]
    if not parts:
        return label
    leaf = parts[-1]
    above = [p for p in parts[:-1] if p != leaf]  # "Tombouctou › Tombouctou › Tombouctou"
    return f"{leaf} ({' › '.join(above)})" if above else leaf


def text_column(key: str, title: str, value: Callable[[R], Any], **kw: Any) -> Column[R]:
    """A column of free text."""
    return Column(key, title, value, "text", **kw)


def date_column(key: str, title: str, value: Callable[[R], Any], **kw: Any) -> Column[R]:
    """A column of dates (15/03/2019 in French)."""
    kw.setdefault("width", 9)
    return Column(key, title, value, "date", **kw)


def money_column(key: str, title: str, value: Callable[[R], Any], **kw: Any) -> Column[R]:
    """A column of XOF amounts (1 500 000 FCFA in French), aligned right."""
    kw.setdefault("width", 15)
    kw.setdefault("searchable", False)
    return Column(key, title, value, "money", **kw)


def number_column(key: str, title: str, value: Callable[[R], Any], **kw: Any) -> Column[R]:
    """A column of counts or quantities, aligned right."""
    kw.setdefault("width", 7)
    kw.setdefault("searchable", False)
    return Column(key, title, value, "number", **kw)


def enum_column(key: str, title: str, value: Callable[[R], Any], **kw: Any) -> Column[R]:
    """A column of vocabulary values (shown by translated label, sorted in their order)."""
    return Column(key, title, value, "enum", **kw)


@dataclass(frozen=True)
class TableSpec(Generic[R]):
    """A list's columns, the settings key it saves its layout under, and how rows are named.

    ``name`` keys the saved widths, order and hidden columns; ``context`` is the translation
    context of the column titles. ``extra_search`` adds text that is searched but not shown.
    ``default_sort`` names the column sorted by until the user clicks another header.
    """

    name: str
    context: str
    columns: tuple[Column[R], ...]
    row_id: Callable[[R], Hashable] = field(default=lambda row: row.id)
    extra_search: Callable[[R], str] | None = None
    default_sort: str | None = None
    descending: bool = False

    def index(self, key: str) -> int:
        """The position of the column named ``key``."""
        for i, col in enumerate(self.columns):
            if col.key == key:
                return i
        raise KeyError(key)

    def search_text(self, row: R) -> str:
        """The folded text a search box matches (shown text of searchable columns)."""
        parts = [c.display(row) for c in self.columns if c.searchable]
        if self.extra_search is not None:
            parts.append(self.extra_search(row))
        return fold(" ".join(p for p in parts if p))

    def search_keys(self, rows: list[R]) -> list[str]:
        """Search texts of many rows (build them in the loading job, off the UI thread)."""
        return [self.search_text(r) for r in rows]
