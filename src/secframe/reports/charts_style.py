"""The shared look of every chart: status colours and hatches, text sizes, money and date axes,
the "nothing to show yet" figure.

Charts must stay readable on a black-and-white printout, so a colour always comes with a hatch
pattern and a word (legend or label). Everything here uses matplotlib's object-oriented API
only: no pyplot, no global rcParams changes, so figures can be built on a worker thread.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.text import Text
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator, NullLocator
from matplotlib.transforms import ScaledTranslation, blended_transform_factory

from secframe.i18n import QT_TRANSLATE_NOOP, format_number, is_singular, language, msg
from secframe.models.enums import STATUS_COLOURS, CommitmentStatus

CONTEXT = "Charts"
Size = tuple[float, float]
DPI = 100.0

TEXT = "#222222"
MUTED = "#555555"
EDGE = "#333333"
GRID = "#d9d9d9"
INCIDENT_BARS = "#4d4d4d"
TITLE_SIZE = 11.0
LABEL_SIZE = 9.0
SMALL_SIZE = 8.0

# A hatch per status so that the statuses stay apart on a black-and-white printout.
STATUS_HATCHES: dict[CommitmentStatus, str] = {
    CommitmentStatus.PLANNED: "..",
    CommitmentStatus.AWAITING_SUPPORT: "oo",
    CommitmentStatus.ACTIVE: "",
    CommitmentStatus.SUSPENDED: "//",
    CommitmentStatus.COMPLETED: "xx",
    CommitmentStatus.ABANDONED: "\\\\",
}

_MONTH_ABBREVIATIONS = {
    "fr": ("janv.", "févr.", "mars", "avr.", "mai", "juin",
           "juil.", "août", "sept.", "oct.", "nov.", "déc."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}  # fmt: skip


def tr(source: str, **params: Any) -> str:
    """A chart text in the current language; ``source`` is marked with
    ``QT_TRANSLATE_NOOP("Charts", ...)`` and numbers and dates in ``params`` are formatted."""
    return msg(CONTEXT, source, **params).render()


def tr_count(count: int, one: str, other: str, **params: Any) -> str:
    """``one`` or ``other`` (both marked with QT_TRANSLATE_NOOP) by the grammatical number of
    ``count`` in the current language (French treats 0 as singular), with ``count`` filled in."""
    return tr(one if is_singular(count) else other, count=count, **params)


def status_style(status: CommitmentStatus) -> dict[str, Any]:
    """Bar keyword arguments drawing a status: its colour, its hatch and a dark edge."""
    return {
        "facecolor": STATUS_COLOURS[status],
        "hatch": STATUS_HATCHES[status],
        "edgecolor": EDGE,
        "linewidth": 0.6,
    }


def new_figure(size: Size | None, dpi: float, default: Size = (6.4, 4.0)) -> Figure:
    """A figure laid out by matplotlib's constrained layout (nothing clipped)."""
    fig = Figure(figsize=size or default, dpi=dpi, layout="constrained")
    fig.set_facecolor("white")
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        engine.set(w_pad=0.06, h_pad=0.06)
    return fig


def wrap_to(text: str, inches: float, fontsize: float, bold: bool = False) -> str:
    """``text`` wrapped to a width in inches (estimated from the average glyph width)."""
    glyph = fontsize * (0.62 if bold else 0.56) / 72
    columns = max(int(inches / glyph), 8)
    return "\n".join(textwrap.wrap(text, columns, break_long_words=False)) or text


def _fit(text: str, fig: Figure, fontsize: float, bold: bool = False) -> str:
    """``text`` wrapped to the figure's width."""
    return wrap_to(text, fig.get_figwidth() * 0.97, fontsize, bold)


def set_titles(fig: Figure, title: str, subtitle: str = "", ax: Axes | None = None) -> None:
    """The chart's title and, over the plot ``ax``, a line of explanation, both aligned on the
    figure's left edge and wrapped to its width (the layout then makes room for them)."""
    fig.suptitle(
        _fit(title, fig, TITLE_SIZE, bold=True),
        fontsize=TITLE_SIZE,
        fontweight="bold",
        color=TEXT,
        x=0.01,
        ha="left",
    )
    if subtitle and ax is not None:
        lift = ScaledTranslation(0, 5 / 72, fig.dpi_scale_trans)
        ax.text(
            0.01,
            1.0,
            _fit(subtitle, fig, SMALL_SIZE + 0.5),
            fontsize=SMALL_SIZE + 0.5,
            color=MUTED,
            ha="left",
            va="bottom",
            gid="subtitle",
            transform=blended_transform_factory(fig.transFigure, ax.transAxes) + lift,
        )


def bottom_legend(fig: Figure, handles: list[Any] | None = None) -> None:
    """The legend under the chart, on as many rows as its entries need to fit the width."""
    if handles is None:
        handles = fig.axes[0].get_legend_handles_labels()[0]
    size = SMALL_SIZE + 0.5
    # Entry width in points: handle (1.6 em), gap (0.8 em), text, column spacing (2 em).
    widths = [(1.6 + 0.8 + 2.0) * size + len(str(h.get_label())) * size * 0.56 for h in handles]
    room = fig.get_figwidth() * 72 * 0.94
    columns = len(handles)
    while columns > 1 and _widest_row(widths, columns) > room:
        columns -= 1
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncols=columns,
        fontsize=size,
        frameon=False,
        handlelength=1.6,
        handletextpad=0.8,
        columnspacing=2.0,
    )


def _widest_row(widths: list[float], columns: int) -> float:
    """The width of a legend laid out in ``columns`` (each column as wide as its widest entry)."""
    column_widths = [max(widths[c::columns]) for c in range(columns)]
    return sum(column_widths)


def style_axes(ax: Axes, grid_axis: str = "x") -> None:
    """Light frame and grid, readable tick labels."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(MUTED)
    ax.tick_params(labelsize=SMALL_SIZE + 0.5, colors=TEXT)
    ax.grid(axis=grid_axis, color=GRID, linewidth=0.6)  # type: ignore[arg-type]
    ax.set_axisbelow(True)


def empty_figure(title: str, message: str, size: Size | None = None, dpi: float = DPI) -> Figure:
    """A figure saying there is nothing to draw yet, with the chart's title."""
    fig = new_figure(size, dpi)
    set_titles(fig, title)
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=LABEL_SIZE + 1,
        color=MUTED,
        wrap=True,
        transform=ax.transAxes,
        gid="empty-message",
    )
    return fig


def shorten(text: str, width: int = 36, lines: int = 2) -> str:
    """A long label wrapped on ``lines`` lines of ``width`` characters, cut with "…"."""
    wrapped = textwrap.wrap(" ".join(text.split()), width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: max(width - 1, 1)].rstrip(" ,;:–-") + "…"
    return "\n".join(wrapped)


def annotate(ax: Axes, x: float, y: float, text: str, *, layout: bool = False, **kw: Any) -> Text:
    """A text in the plot (a count, an amount, a status word). Texts inside the bars are left
    out of the layout (measuring them slows every draw); a text that may stick out of the plot
    (``layout=True``) makes the layout leave room for it."""
    artist = ax.text(x, y, text, **kw)
    artist.set_in_layout(layout)
    return artist


def label_lines(fig: Figure, rows: int, overhead: float = 1.7) -> int:
    """How many text lines a row label may take: two when the rows are tall enough for them
    (``overhead``: inches taken by the titles, the axis and the legend), else one."""
    per_row = (fig.get_figheight() - overhead) / max(rows, 1)
    return 2 if per_row >= 2 * SMALL_SIZE * 1.3 / 72 else 1


def row_labels(ax: Axes, labels: list[str], fontsize: float = SMALL_SIZE + 0.5) -> None:
    """Label the rows 0, 1, 2… of a horizontal chart at the left of the plot.

    Plain texts instead of y ticks: a matplotlib tick is a costly object (two lines, two texts,
    markers) and a chart of a dozen rows drew noticeably slower with them.
    """
    ax.set_yticks([])
    to_row = blended_transform_factory(ax.transAxes, ax.transData)
    for row, label in enumerate(labels):
        ax.text(
            -0.012,
            row,
            label,
            transform=to_row,
            ha="right",
            va="center",
            fontsize=fontsize,
            color=TEXT,
            gid="row-label",
        )


def integer_axis(axis: Axis) -> None:
    """Whole-number ticks formatted for the current language."""
    axis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    axis.set_major_formatter(FuncFormatter(lambda x, _pos: format_number(x)))


def money_axis(axis: Axis, largest: float) -> tuple[float, str]:
    """Scale an XOF axis: returns the divisor to apply to amounts and the axis label."""
    if largest >= 1_000_000:
        axis.set_major_formatter(FuncFormatter(lambda x, _pos: format_number(x, _decimals(x))))
        return 1_000_000.0, tr(QT_TRANSLATE_NOOP("Charts", "Millions of FCFA"))
    axis.set_major_formatter(FuncFormatter(lambda x, _pos: format_number(x)))
    return 1.0, "FCFA"


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() else 1


def month_abbreviation(month: int) -> str:
    """A short month name in the current language ("févr." / "Feb")."""
    return _MONTH_ABBREVIATIONS.get(language(), _MONTH_ABBREVIATIONS["en"])[month - 1]


def _month_starts(start: date, end: date, months: tuple[int, ...]) -> list[date]:
    """First days of the given months of the year between ``start`` and ``end``."""
    result, current = [], start.replace(day=1)
    while current <= end:
        if current.month in months and current >= start:
            result.append(current)
        current = next_month(current)
    return result


def date_axis(axis: Axis, start: date, end: date) -> None:
    """Year, quarter or month ticks depending on the span, labelled in the current language.

    Tick positions are computed here (fixed locators, no minor ticks): matplotlib's
    rrule-based date locators and minor ticks make every redraw slow, and the labels must
    follow the app's language, not the system locale.
    """
    span = (end - start).days
    if span > 3 * 366:
        ticks = _month_starts(start, end, (1,))
        label: Callable[[date], str] = lambda d: str(d.year)  # noqa: E731
    elif span > 14 * 31:
        ticks = _month_starts(start, end, (1, 4, 7, 10))
        label = lambda d: f"{month_abbreviation(d.month)} {d.year}"  # noqa: E731
    else:
        ticks = _month_starts(start, end, tuple(range(1, 13)))
        label = lambda d: f"{month_abbreviation(d.month)} {d.year % 100:02d}"  # noqa: E731
    labels = {day_number(d): label(d) for d in ticks}
    axis.set_major_locator(FixedLocator(list(labels)))
    axis.set_minor_locator(NullLocator())
    axis.set_major_formatter(FuncFormatter(lambda x, _pos: labels.get(x, "")))


def day_number(value: date) -> float:
    """A date as matplotlib's x coordinate."""
    return float(mdates.date2num(value))


def next_month(value: date) -> date:
    """The first day of the month after ``value``'s."""
    return (value.replace(day=1) + timedelta(days=32)).replace(day=1)
