"""The incidents chart: incidents per month at a place, with the periods when the commitments on
that place were active shaded behind the bars and drawn as lanes underneath."""

from __future__ import annotations

from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from secframe.i18n import QT_TRANSLATE_NOOP, format_number
from secframe.models.enums import STATUS_COLOURS, CommitmentStatus
from secframe.reports.charts_data import IncidentSeries
from secframe.reports.charts_style import (
    DPI,
    EDGE,
    INCIDENT_BARS,
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
    month_abbreviation,
    new_figure,
    next_month,
    set_titles,
    shorten,
    style_axes,
    tr,
    tr_count,
)
from secframe.services.stats import Period

ACTIVE_SHADE = "#d9efe6"
ACTIVE_HATCH_COLOUR = "#7fbfa8"


def incidents_chart(
    series: IncidentSeries, *, size: Size | None = None, dpi: float = DPI
) -> Figure:
    """Monthly incident bars at ``series.place``; shaded where at least one commitment on the
    place was active, and the longest-active commitments as lanes below, sharing the time axis.

    ``series`` comes from ``reports.charts_data.incident_series(session, framework_id, place)``.
    """
    title = tr(QT_TRANSLATE_NOOP("Charts", "Incidents per month – {place}"), place=series.place)
    months = series.months
    if not months or sum(m.incidents for m in months) == 0:
        message = tr(QT_TRANSLATE_NOOP("Charts", "No incidents recorded at this place."))
        return empty_figure(title, message, size, dpi)
    start = months[0].first_day
    end = next_month(months[-1].first_day)
    fig = new_figure(size, dpi, (8.0, 4.4))
    if series.bands:
        lanes = len(series.bands) + (1 if series.more else 0)
        grid = fig.add_gridspec(2, 1, height_ratios=(3.0, max(0.9, 0.32 * lanes)))
        ax = fig.add_subplot(grid[0])
        lanes_ax: Axes | None = fig.add_subplot(grid[1], sharex=ax)
    else:
        ax = fig.add_subplot()
        lanes_ax = None
    style_axes(ax, "y")
    shaded = _shade(ax, series.covered, start, end, series.today or end)
    width = 24.0
    ax.bar(
        [day_number(m.first_day) + 14 for m in months],
        [m.incidents for m in months],
        width=width,
        color=INCIDENT_BARS,
        label=tr(QT_TRANSLATE_NOOP("Charts", "Incidents")),
        gid="incidents",
    )
    integer_axis(ax.yaxis)
    ax.set_xlim(day_number(start), day_number(end))
    date_axis(ax.xaxis, start, end)
    if lanes_ax is not None:
        ax.tick_params(axis="x", labelbottom=False)
        _draw_lanes(lanes_ax, series, start, end)
        date_axis(lanes_ax.xaxis, start, end)
    set_titles(fig, title, _summary(series), ax)
    handles = [Patch(facecolor=INCIDENT_BARS, label=tr(QT_TRANSLATE_NOOP("Charts", "Incidents")))]
    if shaded:
        handles.append(_active_patch())
    bottom_legend(fig, handles)
    return fig


def _summary(series: IncidentSeries) -> str:
    months = series.months
    first, last = months[0], months[-1]
    return tr(
        QT_TRANSLATE_NOOP("Charts", "Incidents: {incidents} · deaths: {deaths} · {start} – {end}"),
        incidents=format_number(sum(m.incidents for m in months)),
        deaths=format_number(sum(m.fatalities for m in months)),
        start=f"{month_abbreviation(first.month)} {first.year}",
        end=f"{month_abbreviation(last.month)} {last.year}",
    )


def _active_patch() -> Patch:
    return Patch(
        facecolor=ACTIVE_SHADE,
        edgecolor=ACTIVE_HATCH_COLOUR,
        hatch="///",
        linewidth=0,
        label=tr(QT_TRANSLATE_NOOP("Charts", "At least one commitment active here")),
    )


def _clip(p: Period, start: date, end: date, today: date) -> tuple[float, float] | None:
    """A period as (x, width) inside [start, end), or None when outside."""
    left = max(p.start, start)
    right = min(p.end or max(today, end), end)
    if right <= left:
        return None
    return day_number(left), float((right - left).days)


def _shade(ax: Axes, covered: tuple[Period, ...], start: date, end: date, today: date) -> bool:
    """Shade the covered periods behind the bars; returns whether anything was shaded."""
    drawn = False
    for p in covered:
        clipped = _clip(p, start, end, today)
        if clipped is None:
            continue
        x, w = clipped
        ax.axvspan(
            x,
            x + w,
            facecolor=ACTIVE_SHADE,
            edgecolor=ACTIVE_HATCH_COLOUR,
            hatch="///",
            linewidth=0,
            zorder=0,
            gid="active-period",
        )
        drawn = True
    return drawn


def _draw_lanes(ax: Axes, series: IncidentSeries, start: date, end: date) -> None:
    """One lane per commitment, its name written next to its bars inside the lane (so that
    long titles do not narrow the chart)."""
    today = series.today or end
    left, right = day_number(start), day_number(end)
    for row, band in enumerate(series.bands):
        spans = [c for p in band.periods if (c := _clip(p, start, end, today)) is not None]
        if spans:
            ax.broken_barh(
                spans,
                (row - 0.32, 0.64),
                facecolors=STATUS_COLOURS[CommitmentStatus.ACTIVE],
                edgecolor=EDGE,
                linewidth=0.5,
                gid=f"lane:{band.commitment_id}",
            )
        _lane_label(ax, row, shorten(band.title, 48, 1), spans, left, right)
    rows = len(series.bands)
    if series.more:
        more = tr_count(
            series.more,
            QT_TRANSLATE_NOOP("Charts", "and {count} more commitment"),
            QT_TRANSLATE_NOOP("Charts", "and {count} more commitments"),
        )
        _lane_label(ax, rows, more, [], left, right)
        rows += 1
    ax.set_yticks([])
    ax.set_ylim(rows - 0.5, -0.5)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="x", labelsize=SMALL_SIZE + 0.5)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_xlim(left, right)
    ax.set_title(
        tr(QT_TRANSLATE_NOOP("Charts", "When the commitments on this place were active")),
        loc="left",
        fontsize=SMALL_SIZE + 0.5,
        color=MUTED,
        pad=4,
    )


def _lane_label(
    ax: Axes, row: int, text: str, spans: list[tuple[float, float]], left: float, right: float
) -> None:
    """Write a lane's name after its last bar if it fits, else before its first, else over the
    lane's start (on a white background)."""
    width = right - left
    plot_inches = ax.figure.bbox.width / ax.figure.dpi * 0.9
    needed = len(text) * SMALL_SIZE * 0.55 / 72 / plot_inches * width + width * 0.02
    first = spans[0][0] if spans else left
    last = spans[-1][0] + spans[-1][1] if spans else left
    if right - last >= needed:
        x, align = last + width * 0.01, "left"
    elif first - left >= needed:
        x, align = first - width * 0.01, "right"
    else:
        x, align = left + width * 0.005, "left"
    label = annotate(
        ax,
        x,
        row,
        text,
        ha=align,
        va="center",
        fontsize=SMALL_SIZE,
        color=TEXT,
        bbox={
            "boxstyle": "square,pad=0.1",
            "facecolor": "white",
            "edgecolor": "none",
            "alpha": 0.8,
        },
        gid="lane-label",
    )
    label.set_clip_on(True)
