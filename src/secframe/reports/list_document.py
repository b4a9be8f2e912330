"""Any list as it is on screen, as a printable document: a title, the filters in force, and
the visible columns and rows in the order shown (no Qt: the page gives plain text)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP, translate
from secframe.reports.brief_layout import Writer, esc
from secframe.reports.document import Breaks, Built

STYLE = """
h1 { font-size: 13pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 3px; }
td, th { font-size: 8pt; }
th { background-color: #e4eaf1; font-weight: bold; }
.filters { font-size: 8.5pt; color: #303030; }
.muted { color: #505050; font-size: 8pt; }
"""
WIDE = 100  # characters of column widths beyond which the list is printed in landscape


@dataclass(frozen=True)
class ListDocument:
    """A list as shown: ``widths`` are the columns' widths on screen (any unit), ``numeric``
    the columns aligned right."""

    title: str
    framework: str
    filters: tuple[str, ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numeric: tuple[int, ...] = ()
    total: int = 0  # how many records the list holds (rows shown may be fewer)

    @property
    def landscape(self) -> bool:
        """Whether the columns need a page in landscape (many or wide columns)."""
        characters = sum(self.widths) / 7  # screen pixels to characters, roughly
        return len(self.headers) > 6 or characters > WIDE


def tr(source: str) -> str:
    """A source string of printed lists in the current language."""
    return translate("ListDocument", source)


def _tr(source: str) -> str:
    return translate("ListDocument", source)


def filters_line(doc: ListDocument) -> str:
    """« Filtres : … » or « Sans filtre »."""
    if not doc.filters:
        return _tr(QT_TRANSLATE_NOOP("ListDocument", "No filter: every record."))
    return _tr(QT_TRANSLATE_NOOP("ListDocument", "Filters: {filters}.")).format(
        filters="; ".join(doc.filters)
    )


def counts_line(doc: ListDocument) -> str:
    """« 2 lignes sur 13 » under the title."""
    return _tr(QT_TRANSLATE_NOOP("ListDocument", "{shown} of {total} shown")).format(
        shown=i18n.format_number(len(doc.rows)), total=i18n.format_number(doc.total)
    )


def build(doc: ListDocument, breaks: Breaks) -> Built:
    """The document's HTML, its table split where the layout asked."""
    w = Writer(breaks)
    w.heading(1, doc.title)
    w.p(doc.framework, "muted")
    w.p(filters_line(doc) + " — " + counts_line(doc), "filters")
    total = sum(doc.widths) or 1
    widths = _percentages([x / total for x in doc.widths])
    rows = [[esc(cell) for cell in row] for row in doc.rows]
    w.add(w.table([esc(h) for h in doc.headers], rows, widths, doc.numeric))
    return w.built()


def _percentages(shares: Sequence[float]) -> list[int]:
    """Whole percentages adding up to 100 (at least 3 each)."""
    values = [max(3, round(s * 100)) for s in shares]
    if values:
        values[values.index(max(values))] += 100 - sum(values)
    return values
