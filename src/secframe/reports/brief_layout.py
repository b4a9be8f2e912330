"""How the brief is laid out: its style sheet, the table writer that lets pages break only
between rows, and the small formatting helpers of its sections (in the current language)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal
from html import escape
from typing import Any

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP, format_number, translate
from secframe.reports.document import Breaks, Built
from secframe.services.briefing import Shown

CHART = "incidents"  # the image resource name of the incidents chart
MAP = "map"  # the image resource name of the map
NAMES = 30  # member names listed before "… and 12 others"
CHART_WIDTH = 660  # pixels at 96 dpi: the width of the page body

STYLE = """
h1 { font-size: 15pt; font-weight: bold; margin-top: 10px; margin-bottom: 0px; }
.subtitle { font-size: 11pt; font-style: italic; margin-bottom: 8px; }
li { font-size: 9.5pt; margin-bottom: 3px; }
h2 { font-size: 11.5pt; font-weight: bold; color: #1f3b5c; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 9.5pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 4px; }
td, th { font-size: 8.5pt; }
th { background-color: #e4eaf1; font-weight: bold; }
.kicker { font-size: 8.5pt; font-weight: bold; color: #1f3b5c; }
.mark { font-size: 10pt; font-weight: bold; color: #9b1c1c; }
.muted { color: #505050; font-size: 8.5pt; }
.big { font-size: 17pt; font-weight: bold; }
.label { font-size: 8.5pt; color: #303030; }
.total { font-weight: bold; background-color: #f1f4f8; }
.note { font-size: 8.5pt; color: #404040; font-style: italic; }
"""


def tr(text: str) -> str:
    """A source string of the brief in the current language."""
    return translate("Brief", text)


def esc(text: object) -> str:
    """Text made safe for HTML."""
    return escape(str(text), quote=False)


def para(text: str, cls: str = "") -> str:
    """A paragraph of plain text."""
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}>{esc(text)}</p>"


def h3(text: str) -> str:
    """A third-level heading."""
    return f"<h3>{esc(text)}</h3>"


def num(value: int | Decimal) -> str:
    """A number with the language's separators."""
    return format_number(value)


class Writer:
    """Collects the brief's HTML, numbering headings and tables so that pages can be made
    to break before a heading or between two table rows (see ``pdf.layout_document``)."""

    def __init__(self, breaks: Breaks) -> None:
        self.breaks = breaks
        self.parts: list[str] = []
        self.headings = 0
        self.sections = 0
        self.tables = 0
        self.physical: list[tuple[int, int]] = []

    def add(self, *html: str) -> None:
        """Append HTML as is."""
        self.parts.extend(html)

    def p(self, text: str, cls: str = "") -> None:
        """A paragraph of plain text."""
        self.parts.append(para(text, cls))

    def heading(self, level: int, text: str) -> None:
        """A heading (h1–h3), starting a new page when the layout asked for it."""
        style = (
            ' style="page-break-before: always;"' if self.headings in self.breaks.headings else ""
        )
        self.headings += 1
        self.parts.append(f"<h{level}{style}>{esc(text)}</h{level}>")

    def section(self, text: str) -> None:
        """A numbered second-level heading: "3. Blocked commitments"."""
        self.sections += 1
        self.heading(2, f"{self.sections}. {text}")

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[int],
        numeric: Sequence[int] = (),
        total: Sequence[str] | None = None,
        *,
        heads: bool = True,
    ) -> str:
        """A ruled table (cells are HTML already; ``numeric`` columns are right-aligned),
        split where the layout asked; returns the HTML, which the caller places. A table
        without ``heads`` is small and laid out as it comes (Qt keeps its rows whole)."""
        if not heads:
            return _table_html([_row(r, widths, numeric, "td") for r in rows], False, False)
        logical = self.tables
        self.tables += 1
        cuts = sorted(self.breaks.rows.get(logical, set()) | {0, len(rows)})
        html = []
        for start, end in itertools.pairwise(cuts):
            if start == end and start:
                continue
            self.physical.append((logical, start))
            part = [_row(headers, widths, numeric, "th")]
            part += [_row(r, widths, numeric, "td") for r in rows[start:end]]
            if total is not None and end == len(rows):
                part.append(_row(total, widths, numeric, "td", "total"))
            new_page = start > 0 or 0 in self.breaks.rows.get(logical, ())
            html.append(_table_html(part, new_page))
        return "".join(html)

    def built(self) -> Built:
        """The HTML and its tables, for the layout pass."""
        return Built("".join(self.parts), tuple(self.physical))


# Horizontal rules only: under the header, between rows, above the total.
RULES = {
    "th": "border-bottom: 1px solid #1f3b5c;",
    "td": "border-bottom: 1px solid #d0d7e0;",
    "total": "border-top: 1px solid #1f3b5c; border-bottom: 1px solid #1f3b5c;",
}


def _row(
    values: Sequence[str], widths: Sequence[int], numeric: Sequence[int], tag: str, cls: str = ""
) -> str:
    rule = RULES["total" if cls == "total" else tag]
    cells = []
    for i, (v, w) in enumerate(zip(values, widths, strict=True)):
        align = "right" if i in numeric else "left"
        klass = f' class="{cls}"' if cls else ""
        cells.append(f'<{tag} width="{w}%" align="{align}"{klass} style="{rule}">{v}</{tag}>')
    return "<tr>" + "".join(cells) + "</tr>"


def _table_html(rows: list[str], new_page: bool, heads: bool = True) -> str:
    style = "border-collapse: collapse;"
    if new_page:
        style += " page-break-before: always;"
    head = f"<thead>{rows[0]}</thead>" if heads else ""
    body = rows[1:] if heads else rows
    return (
        f'<table width="100%" cellspacing="0" cellpadding="3" style="{style}">'
        f"{head}{''.join(body)}</table>"
    )


def more(shown: Shown[Any]) -> str:
    """'… and 12 more in the tracker.' under a list that was cut."""
    if not shown.more:
        return ""
    text = tr(QT_TRANSLATE_NOOP("Brief", "… and {count} more in the tracker."))
    return f'<p class="muted">{esc(text.format(count=num(shown.more)))}</p>'


def duration(days: int) -> str:
    """A length of time as people say it: 48 days, 3 months, 2 years and 5 months."""
    if days < 60:
        one = days <= 1
        text = (
            tr(QT_TRANSLATE_NOOP("Brief", "{n} day"))
            if one
            else tr(QT_TRANSLATE_NOOP("Brief", "{n} days"))
        )
        return text.format(n=num(days))
    months = round(days / 30.4375)
    if months < 24:
        return tr(QT_TRANSLATE_NOOP("Brief", "{n} months")).format(n=num(months))
    years, rest = divmod(months, 12)
    if not rest:
        return tr(QT_TRANSLATE_NOOP("Brief", "{n} years")).format(n=num(years))
    return tr(QT_TRANSLATE_NOOP("Brief", "{n} years {m} months")).format(n=num(years), m=num(rest))


def change(recent: int, previous: int) -> str:
    """The change from ``previous`` to ``recent`` as a signed percentage ('' from zero)."""
    if not previous:
        return ""
    pct = round((recent - previous) * 100 / previous)
    sign = "+" if pct > 0 else ("−" if pct < 0 else "")
    space = "\u00a0" if i18n.language() == "fr" else ""
    return f"{sign}{abs(pct)}{space}%"
