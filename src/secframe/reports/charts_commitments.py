"""Charts of commitments: counts by status and kind, and the timeline (Gantt) of statuses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from secframe.i18n import QT_TRANSLATE_NOOP, format_number
from secframe.models import CommitmentKind, CommitmentStatus
from secframe.reports.charts_data import Timeline, TimelineItem
from secframe.reports.charts_style import (
    DPI,
    EDGE,
    LABEL_SIZE,
    MUTED,
    SMALL_SIZE,
    TEXT,
    Size,
    annotate,
    bottom_legend,
    date_axis,
    day_number,
    empty_figure,
    integer_axis,
    new_figure,
    row_labels,
    set_titles,
    shorten,
    status_style,
    style_axes,
    tr,
    tr_count,
)
from secframe.services.stats import StatusKindCount

_COUNT_BOX = {
    "boxstyle": "round,pad=0.15",
    "facecolor": "white",
    "edgecolor": "none",
    "alpha": 0.85,
}


def status_kind_chart(
    counts: Sequence[StatusKindCount], *, size: Size | None = None, dpi: float = DPI
) -> Figure:
    """Commitments by kind (one bar each) split by status, with counts and a status legend.

    ``counts`` is ``services.stats.status_kind_counts(session, framework_id)``.
    """
    title = tr(QT_TRANSLATE_NOOP("Charts", "Commitments by status and kind"))
    table = {(c.status, c.kind): c.count for c in counts if c.count > 0}
    if not table:
        message = tr(QT_TRANSLATE_NOOP("Charts", "No commitments recorded yet."))
        return empty_figure(title, message, size, dpi)
    kinds = [k for k in CommitmentKind if any(kind == k for _, kind in table)]
    fig = new_figure(size, dpi)
    ax = fig.add_subplot()
    style_axes(ax, "x")
    totals = _status_bars(ax, kinds, table)
    row_labels(ax, [shorten(k.label(), 26, 1) for k in kinds])
    ax.set_ylim(len(kinds) - 0.5, -0.5)
    ax.set_xlim(0, max(totals) * 1.02)
    integer_axis(ax.xaxis)
    ax.set_xlabel(tr(QT_TRANSLATE_NOOP("Charts", "Number of commitments")), fontsize=LABEL_SIZE)
    subtitle = tr_count(
        sum(totals),
        QT_TRANSLATE_NOOP("Charts", "{count} commitment in all"),
        QT_TRANSLATE_NOOP("Charts", "{count} commitments in all"),
    )
    set_titles(fig, title, subtitle, ax)
    bottom_legend(fig)
    return fig


def _status_bars(
    ax: Axes, kinds: list[CommitmentKind], table: dict[tuple[CommitmentStatus, CommitmentKind], int]
) -> list[int]:
    """One bar per kind, a segment per status with its count inside when it fits, the total
    after the bar; returns the totals."""
    statuses = [s for s in CommitmentStatus if any(status == s for status, _ in table)]
    totals = [sum(table.get((s, k), 0) for s in statuses) for k in kinds]
    left = [0] * len(kinds)
    for status in statuses:
        widths = [table.get((status, k), 0) for k in kinds]
        ax.barh(range(len(kinds)), widths, left=left, height=0.68, label=status.label(),
                **status_style(status))  # fmt: skip
        for row, (x, w) in enumerate(zip(left, widths, strict=True)):
            if w and w >= max(totals) * 0.06:
                annotate(ax, x + w / 2, row, format_number(w), ha="center", va="center",
                         fontsize=SMALL_SIZE, color=TEXT, bbox=_COUNT_BOX, gid="count")  # fmt: skip
        left = [a + b for a, b in zip(left, widths, strict=True)]
    for row, total in enumerate(totals):
        annotate(ax, total, row, f" {format_number(total)}", layout=True, va="center",
                 fontsize=SMALL_SIZE + 0.5, fontweight="bold", color=TEXT, gid="total")  # fmt: skip
    return totals


# --- timeline ------------------------------------------------------------------------------------

_ROW_HEIGHT = 0.56


def timeline_chart(data: Timeline, *, size: Size | None = None, dpi: float = DPI) -> Figure:
    """A Gantt chart: one row per commitment, its statuses over time (colour, hatch and legend
    word), its current status written after the bar, its original deadline (◇) and its revised
    deadline (◆) joined by an arrow, and a line at today.

    ``data`` comes from ``reports.charts_data.timeline(session, framework_id)``.
    """
    title = tr(QT_TRANSLATE_NOOP("Charts", "Timeline of commitments"))
    items = [i for i in data.items if i.spans]
    if not items:
        message = tr(QT_TRANSLATE_NOOP("Charts", "No commitments recorded yet."))
        return empty_figure(title, message, size, dpi)
    fig = new_figure(size, dpi, (10.0, 1.6 + 0.34 * len(items)))
    ax = fig.add_subplot()
    style_axes(ax, "x")
    start, end = _span(items, data.today)
    ends = _draw_spans(ax, items, data.today, max((end - start).days * 0.006, 2))
    for row, (bar_end, item) in enumerate(zip(ends, items, strict=True)):
        x = max([bar_end, *_deadline_marks(ax, row, item)])
        annotate(ax, x, row, f"  {item.status.label()}", layout=True, va="center",
                 fontsize=SMALL_SIZE, color=MUTED, style="italic", gid="status-word")  # fmt: skip
    ax.axvline(day_number(data.today), color=EDGE, linestyle="--", linewidth=0.9, gid="today")
    pad = timedelta(days=max((end - start).days // 40, 10))
    ax.set_xlim(day_number(start - timedelta(days=15)), day_number(end + pad))
    date_axis(ax.xaxis, start, end + pad)
    row_labels(ax, [shorten(i.title, 52, 1) for i in items])
    ax.set_ylim(len(items) - 0.4, -0.6)
    set_titles(fig, title, _timeline_subtitle(len(items), data.total), ax)
    bottom_legend(fig, _timeline_legend(items))
    return fig


def _timeline_subtitle(shown: int, total: int) -> str:
    if total > shown:
        return tr(
            QT_TRANSLATE_NOOP(
                "Charts",
                "{shown} of {total} commitments: the open ones first, then the most recently closed",
            ),
            shown=shown,
            total=total,
        )
    return tr_count(
        shown,
        QT_TRANSLATE_NOOP("Charts", "{count} commitment"),
        QT_TRANSLATE_NOOP("Charts", "{count} commitments"),
    )


def _span(items: list[TimelineItem], today: date) -> tuple[date, date]:
    starts = [i.spans[0].start for i in items]
    ends = [today]
    for i in items:
        ends.extend(d for d in (i.deadline, i.original_deadline) if d is not None)
        ends.extend(s.end for s in i.spans if s.end is not None)
    return min(starts), max(ends)


def _draw_spans(
    ax: Axes, items: list[TimelineItem], today: date, closed_width: float
) -> list[float]:
    """Draw every status span (one bar call per status, much faster than one per span);
    returns where each row's bars end."""
    bars: dict[CommitmentStatus, list[tuple[int, float, float]]] = {}
    ends = [0.0] * len(items)
    for row, item in enumerate(items):
        for span in item.spans:
            x0 = day_number(span.start)
            if span.status.is_closed and span.end is None:
                width = closed_width  # the closing status shows as a short cap of its colour
            else:
                width = max(day_number(span.end or today) - x0, 1.0)
            bars.setdefault(span.status, []).append((row, x0, width))
            ends[row] = max(ends[row], x0 + width)
    for status, spans in bars.items():
        drawn = ax.barh(
            [r for r, _, _ in spans],
            [w for _, _, w in spans],
            left=[x for _, x, _ in spans],
            height=_ROW_HEIGHT,
            **status_style(status),
        )
        for patch in drawn.patches:
            patch.set_gid(f"span:{status.value}")
    return ends


def _deadline_marks(ax: Axes, row: int, item: TimelineItem) -> list[float]:
    """Draw a row's original deadline (◇) and revised deadline (◆, with an arrow from the
    original and "×n" when revised n times); returns their x positions."""
    xs = []
    original = item.original_deadline
    if original is not None:
        xs.append(day_number(original))
        ax.plot(xs[-1], row, marker="D", markersize=6, markerfacecolor="white",
                markeredgecolor=EDGE, markeredgewidth=1.1, linestyle="none",
                gid="original-deadline")  # fmt: skip
    if item.moves and item.deadline is not None:
        new_x = day_number(item.deadline)
        if original is not None and xs[0] != new_x:
            arrow = {
                "arrowstyle": "->",
                "color": EDGE,
                "linewidth": 1.0,
                "shrinkA": 4,
                "shrinkB": 4,
            }
            ax.annotate("", xy=(new_x, row), xytext=(xs[0], row), arrowprops=arrow)
        ax.plot(new_x, row, marker="D", markersize=6, color=EDGE, linestyle="none",
                gid="revised-deadline")  # fmt: skip
        if len(item.moves) > 1:
            annotate(ax, new_x, row - 0.32, f"×{len(item.moves)}", ha="center", va="bottom",
                     fontsize=SMALL_SIZE - 0.5, color=TEXT)  # fmt: skip
        xs.append(new_x)
    return xs


def _timeline_legend(items: list[TimelineItem]) -> list[Patch | Line2D]:
    seen = {s.status for i in items for s in i.spans}
    handles: list[Patch | Line2D] = [
        Patch(label=status.label(), **status_style(status))
        for status in CommitmentStatus
        if status in seen
    ]
    if any(i.original_deadline for i in items):
        handles.append(
            Line2D(
                [],
                [],
                marker="D",
                markerfacecolor="white",
                markeredgecolor=EDGE,
                linestyle="none",
                label=tr(QT_TRANSLATE_NOOP("Charts", "Original deadline")),
            )
        )
    if any(i.moves for i in items):
        handles.append(
            Line2D(
                [],
                [],
                marker="D",
                color=EDGE,
                linestyle="none",
                label=tr(QT_TRANSLATE_NOOP("Charts", "Revised deadline")),
            )
        )
    handles.append(
        Line2D([], [], color=EDGE, linestyle="--", label=tr(QT_TRANSLATE_NOOP("Charts", "Today")))
    )
    return handles
