"""Charts of resource needs (XOF): what was received, what is pledged, what nobody covers yet."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from secframe.i18n import QT_TRANSLATE_NOOP, format_money
from secframe.reports.charts_style import (
    DPI,
    EDGE,
    LABEL_SIZE,
    SMALL_SIZE,
    TEXT,
    Size,
    annotate,
    bottom_legend,
    empty_figure,
    label_lines,
    money_axis,
    new_figure,
    row_labels,
    set_titles,
    shorten,
    style_axes,
    tr,
)
from secframe.services.stats import ResourceGroup

GapBy = Literal["commitment", "member", "category"]
TOP = 10

# Received, pledged but not received, and not covered: dark to light, plain to hatched, so the
# three stay apart in grey.
_SEGMENTS = (
    ("received", "#4d9221", "", QT_TRANSLATE_NOOP("Charts", "Received")),
    ("pledged", "#c2e699", "//", QT_TRANSLATE_NOOP("Charts", "Pledged, not yet received")),
    ("uncovered", "#f7f7f7", "xx", QT_TRANSLATE_NOOP("Charts", "Not covered")),
)


def _title(by: GapBy, top: int | None, shown: int) -> str:
    if by == "commitment":
        if top is not None and shown >= top:
            return tr(
                QT_TRANSLATE_NOOP(
                    "Charts", "Unmet resource needs: the {count} largest gaps by commitment"
                ),
                count=shown,
            )
        return tr(QT_TRANSLATE_NOOP("Charts", "Unmet resource needs by commitment"))
    if by == "member":
        return tr(QT_TRANSLATE_NOOP("Charts", "Unmet resource needs by lead member"))
    return tr(QT_TRANSLATE_NOOP("Charts", "Unmet resource needs by category"))


def segments(group: ResourceGroup) -> tuple[Decimal, Decimal, Decimal]:
    """A group's received amount, pledged amount still awaited, and amount nobody covers."""
    t = group.totals
    awaited = min(max(t.pledged - t.received, Decimal(0)), t.gap)
    return t.received, awaited, t.gap - awaited


def resource_gap_chart(
    groups: Sequence[ResourceGroup],
    *,
    by: GapBy = "commitment",
    top: int | None = TOP,
    size: Size | None = None,
    dpi: float = DPI,
) -> Figure:
    """Horizontal bars of needs per commitment, lead member or category, split into received,
    pledged-not-received and not covered, each labelled with its gap in FCFA.

    ``groups`` is ``services.stats.resource_gaps(session, framework_id, by)`` (largest gap
    first). By commitment only those with a gap are drawn, the ``top`` largest.
    """
    rows = [g for g in groups if g.totals.needed > 0 or g.totals.gap > 0]
    if by != "category":
        rows = [g for g in rows if g.totals.gap > 0]
    if top is not None:
        rows = rows[:top]
    title = _title(by, top, len(rows))
    if not rows:
        if any(g.totals.needed > 0 for g in groups):
            message = tr(QT_TRANSLATE_NOOP("Charts", "Every resource need is covered."))
        else:
            message = tr(QT_TRANSLATE_NOOP("Charts", "No resource needs recorded yet."))
        return empty_figure(title, message, size, dpi)
    fig = new_figure(size, dpi)
    ax = fig.add_subplot()
    style_axes(ax, "x")
    _draw_gaps(ax, rows)
    width = 30 if by == "commitment" else 24
    lines = label_lines(fig, len(rows))
    row_labels(ax, [shorten(g.label, width if lines > 1 else 36, lines) for g in rows], SMALL_SIZE)
    set_titles(fig, title, _totals_line(groups), ax)
    bottom_legend(fig)
    return fig


def _draw_gaps(ax: Axes, rows: list[ResourceGroup]) -> None:
    """The three segments of every row, its gap written after it, the money axis."""
    parts = [segments(g) for g in rows]
    scale, unit = money_axis(ax.xaxis, float(max(sum(p) for p in parts)))
    positions = list(range(len(rows)))
    left = [0.0] * len(rows)
    for index, (key, colour, hatch, label) in enumerate(_SEGMENTS):
        widths = [float(p[index]) / scale for p in parts]
        ax.barh(positions, widths, left=left, height=0.66, color=colour, hatch=hatch,
                edgecolor=EDGE, linewidth=0.6, label=tr(label), gid=key)  # fmt: skip
        left = [a + b for a, b in zip(left, widths, strict=True)]
    for row, (end, group) in enumerate(zip(left, rows, strict=True)):
        annotate(ax, end, row, f" {format_money(group.totals.gap)}", layout=True, va="center",
                 fontsize=SMALL_SIZE, color=TEXT, gid="gap-label")  # fmt: skip
    ax.set_xlim(0, max(left) * 1.03)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlabel(unit, fontsize=LABEL_SIZE)


def _totals_line(groups: Sequence[ResourceGroup]) -> str:
    """ "Not received: … of the … needed" over every group (not only those drawn)."""
    return tr(
        QT_TRANSLATE_NOOP("Charts", "Not received: {gap} of the {needed} needed"),
        gap=format_money(sum((g.totals.gap for g in groups), Decimal(0))),
        needed=format_money(sum((g.totals.needed for g in groups), Decimal(0))),
    )


def gap_by_commitment_chart(
    groups: Sequence[ResourceGroup],
    *,
    top: int = TOP,
    size: Size | None = None,
    dpi: float = DPI,
) -> Figure:
    """The ``top`` commitments with the largest unmet needs
    (``groups`` = ``stats.resource_gaps(session, framework_id, "commitment")``)."""
    return resource_gap_chart(groups, by="commitment", top=top, size=size, dpi=dpi)


def gap_by_category_chart(
    groups: Sequence[ResourceGroup], *, size: Size | None = None, dpi: float = DPI
) -> Figure:
    """Needs by resource category (``groups`` = ``stats.resource_gaps(session, framework_id,
    "category")``)."""
    return resource_gap_chart(groups, by="category", top=None, size=size, dpi=dpi)
