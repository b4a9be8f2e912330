"""Key figures: the few numbers shown large at the top of the dashboard and of a brief."""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from secframe.i18n import QT_TRANSLATE_NOOP, format_money, format_number
from secframe.models import CommitmentStatus
from secframe.reports.charts_style import DPI, MUTED, SMALL_SIZE, TEXT, Size, tr
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
            tr(QT_TRANSLATE_NOOP("Charts", "open past their deadline")) if kf.overdue else "",
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
    width = 1.0 / len(items)
    for i, item in enumerate(items):
        x0 = i * width
        fig.add_artist(
            FancyBboxPatch(
                (x0 + 0.006, 0.05),
                width - 0.012,
                0.9,
                boxstyle="round,pad=0,rounding_size=0.02",
                transform=fig.transFigure,
                facecolor="white",
                edgecolor=ALERT if item.alert else "#999999",
                linewidth=2.0 if item.alert else 0.8,
                gid=f"box:{item.key}",
            )
        )
        centre = x0 + width / 2
        fig.text(
            centre,
            0.62,
            item.value,
            ha="center",
            va="center",
            color=TEXT,
            fontsize=17 if len(item.value) < 12 else 12.5,
            fontweight="bold",
            gid=f"value:{item.key}",
        )
        fig.text(
            centre,
            0.34,
            item.label,
            ha="center",
            va="center",
            color=TEXT,
            fontsize=SMALL_SIZE + 0.5,
            wrap=True,
        )
        if item.detail:
            fig.text(
                centre,
                0.16,
                item.detail,
                ha="center",
                va="center",
                color=ALERT if item.alert else MUTED,
                fontsize=SMALL_SIZE - 1,
                wrap=True,
            )
    return fig
