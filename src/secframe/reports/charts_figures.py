"""Key figures: the few numbers shown large at the top of the dashboard and of a brief."""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from secframe.i18n import QT_TRANSLATE_NOOP, format_money, format_number
from secframe.models import CommitmentStatus
from secframe.reports.charts_style import DPI, MUTED, SMALL_SIZE, TEXT, Size, tr, wrap_to
from secframe.services.stats import KeyFigures

ALERT = "#b2182b"


@dataclass(frozen=True)
class KeyFigureItem:
    """One key figure as text: ``value`` shown large, ``label`` under it, ``detail`` smaller.
    ``alert`` marks a figure that needs attention (its detail says why, in words)."""

    key: str
    label: str
    value: str
    detail: str = ""
    alert: bool = False


def _incidents_item(kf: KeyFigures) -> KeyFigureItem:
    days = (kf.until - kf.since).days
    recent, previous = kf.incidents_recent, kf.incidents_previous
    label = tr(QT_TRANSLATE_NOOP("Charts", "Incidents in the last {days} days"), days=days)
    if previous in (0, recent):
        detail = tr(
            QT_TRANSLATE_NOOP("Charts", "{count} in the previous {days} days"),
            count=previous,
            days=days,
        )
        return KeyFigureItem("incidents", label, format_number(recent), detail, False)
    change = round((recent - previous) * 100 / previous)
    sign = "+" if change > 0 else "−"
    detail = tr(
        QT_TRANSLATE_NOOP("Charts", "{count} in the previous {days} days ({change})"),
        count=previous,
        days=days,
        change=f"{sign}{format_number(abs(change))}\u00a0%",
    )
    return KeyFigureItem("incidents", label, format_number(recent), detail, change > 0)


def key_figure_items(kf: KeyFigures) -> list[KeyFigureItem]:
    """The key figures as texts in the current language, in display order: commitments,
    active, suspended, overdue, unmet needs (FCFA), recent incidents."""
    suspended = kf.statuses[CommitmentStatus.SUSPENDED]
    return [
        KeyFigureItem(
            "commitments",
            tr(QT_TRANSLATE_NOOP("Charts", "Commitments")),
            format_number(kf.total),
            tr(QT_TRANSLATE_NOOP("Charts", "Open: {count}"), count=kf.open),
        ),
        KeyFigureItem(
            "active",
            tr(QT_TRANSLATE_NOOP("Charts", "Active")),
            format_number(kf.statuses[CommitmentStatus.ACTIVE]),
            tr(
                QT_TRANSLATE_NOOP("Charts", "Planned: {count}"),
                count=kf.statuses[CommitmentStatus.PLANNED],
            ),
        ),
        KeyFigureItem(
            "suspended",
            tr(QT_TRANSLATE_NOOP("Charts", "Suspended")),
            format_number(suspended),
            tr(QT_TRANSLATE_NOOP("Charts", "to take up again or close")) if suspended else "",
            suspended > 0,
        ),
        KeyFigureItem(
            "overdue",
            tr(QT_TRANSLATE_NOOP("Charts", "Overdue")),
            format_number(kf.overdue),
            tr(QT_TRANSLATE_NOOP("Charts", "planned or active, past their deadline"))
            if kf.overdue
            else "",
            kf.overdue > 0,
        ),
        KeyFigureItem(
            "gap",
            tr(QT_TRANSLATE_NOOP("Charts", "Unmet resource needs")),
            format_money(kf.gap),
            tr(
                QT_TRANSLATE_NOOP("Charts", "of {needed} needed"),
                needed=format_money(kf.resources.needed),
            ),
        ),
        _incidents_item(kf),
    ]


def key_figures_chart(kf: KeyFigures, *, size: Size | None = None, dpi: float = DPI) -> Figure:
    """The key figures as a row of boxes with large numbers (for a printed brief); a figure
    that needs attention has a heavier frame and its detail in words."""
    items = key_figure_items(kf)
    fig = Figure(figsize=size or (10.0, 1.7), dpi=dpi)
    fig.set_facecolor("white")
    for i, item in enumerate(items):
        _key_box(fig, i / len(items), 1.0 / len(items), item)
    return fig


def _key_box(fig: Figure, x0: float, width: float, item: KeyFigureItem) -> None:
    """One key figure in a box from ``x0`` over ``width`` (fractions of the figure's width)."""
    colour = ALERT if item.alert else MUTED
    fig.add_artist(
        FancyBboxPatch(
            (x0 + 0.006, 0.05), width - 0.012, 0.9, boxstyle="round,pad=0,rounding_size=0.02",
            transform=fig.transFigure, facecolor="white", edgecolor=ALERT if item.alert else "#999999",
            linewidth=2.0 if item.alert else 0.8, gid=f"box:{item.key}",
        )
    )  # fmt: skip
    inside = fig.get_figwidth() * width * 0.9
    centre = x0 + width / 2
    value_size = min(17.0, inside * 72 / (len(item.value) * 0.64))  # one line, shrunk to fit
    texts = (
        (0.66, item.value, value_size, TEXT, "bold", f"value:{item.key}"),
        (0.36, item.label, SMALL_SIZE + 0.5, TEXT, "normal", f"label:{item.key}"),
        (0.15, item.detail, SMALL_SIZE - 1, colour, "normal", f"detail:{item.key}"),
    )
    for y, text, fontsize, color, weight, gid in texts:
        if text:
            wrapped = text if gid.startswith("value") else wrap_to(text, inside, fontsize)
            fig.text(centre, y, wrapped, ha="center", va="center", color=color,
                     fontsize=fontsize, fontweight=weight, linespacing=1.0, gid=gid)  # fmt: skip
