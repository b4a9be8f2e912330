"""The tabular parts of the brief: what changed since the last session, blocked and suspended
commitments, resource gaps, and incidents by cercle and axis."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP, format_date, format_money
from secframe.models import CommitmentStatus, StatusCause
from secframe.reports.brief_layout import (
    CHART,
    CHART_WIDTH,
    Writer,
    duration,
    esc,
    more,
    num,
    tr,
)
from secframe.services.briefing import Brief, PlaceLine, Shown
from secframe.services.resources import Totals

# Table headers, translated when the brief is written.
CHANGES_HEADS = (
    QT_TRANSLATE_NOOP("Brief", "Date"),
    QT_TRANSLATE_NOOP("Brief", "Commitment"),
    QT_TRANSLATE_NOOP("Brief", "Change"),
    QT_TRANSLATE_NOOP("Brief", "Cause and reason"),
)
REVISIONS_HEADS = (
    QT_TRANSLATE_NOOP("Brief", "Decided on"),
    QT_TRANSLATE_NOOP("Brief", "Commitment"),
    QT_TRANSLATE_NOOP("Brief", "Deadline"),
    QT_TRANSLATE_NOOP("Brief", "Reason"),
)
NEW_HEADS = (
    QT_TRANSLATE_NOOP("Brief", "Date"),
    QT_TRANSLATE_NOOP("Brief", "Commitment"),
    QT_TRANSLATE_NOOP("Brief", "Kind"),
    QT_TRANSLATE_NOOP("Brief", "Lead"),
    QT_TRANSLATE_NOOP("Brief", "Status"),
)
BLOCKED_HEADS = (
    QT_TRANSLATE_NOOP("Brief", "Commitment (lead)"),
    QT_TRANSLATE_NOOP("Brief", "Status, cause and reason"),
    QT_TRANSLATE_NOOP("Brief", "Blocked since"),
    QT_TRANSLATE_NOOP("Brief", "Gap (FCFA)"),
)


def heads(sources: tuple[str, ...]) -> list[str]:
    """Table headers in the current language."""
    return [tr(h) for h in sources]


# --- 3. what changed ---------------------------------------------------------------------------


def _cause(cause: StatusCause | None, reason: str | None) -> str:
    parts = []
    if cause is not None and cause != StatusCause.COMPLETED:
        parts.append(f"<b>{esc(cause.label())}</b>")
    if reason:
        parts.append(esc(reason))
    return " — ".join(parts) or "—"


def _by_status(b: Brief) -> str:
    colon = "\u00a0: " if i18n.language() == "fr" else ": "
    order = list(CommitmentStatus)
    return ", ".join(
        f"{s.label().lower()}{colon}{num(n)}"
        for s, n in sorted(b.changes_by_status.items(), key=lambda x: order.index(x[0]))
    )


def changes(w: Writer, b: Brief) -> None:
    """Status changes with their causes, deadline revisions, new commitments."""
    w.heading(2, "2. " + tr(QT_TRANSLATE_NOOP("Brief", "What changed since the last session")))
    summary = tr(
        QT_TRANSLATE_NOOP(
            "Brief",
            "Status changes: {changes}{detail}. Deadline revisions: {revisions}. "
            "New commitments: {new}.",
        )
    )
    detail = f" ({_by_status(b)})" if b.changes_by_status else ""
    w.p(
        summary.format(
            changes=num(b.changes.total),
            detail=detail,
            revisions=num(b.revisions.total),
            new=num(b.new_commitments.total),
        )
    )
    if b.changes.total:
        _status_changes(w, b)
    if b.revisions.total:
        _revisions(w, b)
    if b.new_commitments.total:
        _new_commitments(w, b)


def _listing(
    w: Writer,
    title: str,
    head: tuple[str, ...],
    rows: Sequence[Sequence[str]],
    widths: tuple[int, ...],
    part: Shown[Any],
) -> None:
    """A sub-heading, the table of the rows shown, and how many more there are."""
    w.heading(3, title)
    w.add(w.table(heads(head), rows, widths), more(part))


def _status_changes(w: Writer, b: Brief) -> None:
    rows = [
        (
            format_date(c.changed_on),
            esc(c.title),
            f"{esc(c.from_status.label() if c.from_status else '—')} → "
            f"<b>{esc(c.to_status.label())}</b>",
            _cause(c.cause, c.reason),
        )
        for c in b.changes.rows
    ]
    title = tr(QT_TRANSLATE_NOOP("Brief", "Status changes"))
    _listing(w, title, CHANGES_HEADS, rows, (11, 34, 19, 36), b.changes)


def _revisions(w: Writer, b: Brief) -> None:
    rows = [
        (
            format_date(r.decided_on),
            esc(r.title),
            f"{format_date(r.previous_deadline) or '—'} → <b>{format_date(r.new_deadline)}</b>",
            esc(r.reason),
        )
        for r in b.revisions.rows
    ]
    title = tr(QT_TRANSLATE_NOOP("Brief", "Deadline revisions"))
    _listing(w, title, REVISIONS_HEADS, rows, (11, 34, 21, 34), b.revisions)


def _new_commitments(w: Writer, b: Brief) -> None:
    rows = [
        (
            format_date(n.created_on),
            esc(n.title),
            esc(n.kind.label()),
            esc(n.lead or "—"),
            esc(n.status.label()),
        )
        for n in b.new_commitments.rows
    ]
    title = tr(QT_TRANSLATE_NOOP("Brief", "New commitments"))
    _listing(w, title, NEW_HEADS, rows, (11, 41, 18, 16, 14), b.new_commitments)


# --- 4. blocked --------------------------------------------------------------------------------


def blocked(w: Writer, b: Brief) -> None:
    """Blocked and suspended commitments: cause, how long, the gap that would restart them."""
    w.heading(2, "3. " + tr(QT_TRANSLATE_NOOP("Brief", "Blocked and suspended commitments")))
    if not b.blocked.total:
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "No commitment is blocked or suspended.")))
        return
    if b.blocked_gap:
        text = tr(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Blocked or suspended commitments: {count}. Closing their resource gap, "
                "{gap}, would allow them to restart.",
            )
        )
    else:
        text = tr(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Blocked or suspended commitments: {count}. No resource gap is recorded for them.",
            )
        )
    w.p(text.format(count=num(b.blocked.total), gap=format_money(b.blocked_gap)))
    not_started = tr(QT_TRANSLATE_NOOP("Brief", "Not started"))
    no_need = tr(QT_TRANSLATE_NOOP("Brief", "no need recorded"))
    rows = []
    for x in b.blocked.rows:
        state = x.status.label() if x.status.is_stopped else not_started
        rows.append(
            (
                f"{esc(x.title)}<br/><span class='muted'>{esc(x.lead or '—')}</span>",
                f"<b>{esc(state)}</b><br/>{_cause(x.cause, x.reason)}",
                f"{format_date(x.blocked_since)}<br/>{esc(duration(x.days))}",
                num(x.gap) if x.gap is not None else f"<i>{esc(no_need)}</i>",
            )
        )
    w.add(
        w.table(
            heads(BLOCKED_HEADS),
            rows,
            (33, 41, 13, 13),
            numeric=(3,),
        ),
        more(b.blocked),
    )


# --- 5. resources ------------------------------------------------------------------------------


def _money_cells(t: Totals) -> list[str]:
    return [num(t.needed), num(t.pledged), num(t.received), f"<b>{num(t.gap)}</b>"]


def resources(w: Writer, b: Brief) -> None:
    """Resource gaps by commitment and by category, in FCFA."""
    w.heading(2, "4. " + tr(QT_TRANSLATE_NOOP("Brief", "Resource gaps (FCFA)")))
    total = b.figures.resources
    if not total.needed:
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "No resource need is recorded.")))
        return
    heads = [
        tr(QT_TRANSLATE_NOOP("Brief", "Needed")),
        tr(QT_TRANSLATE_NOOP("Brief", "Pledged")),
        tr(QT_TRANSLATE_NOOP("Brief", "Received")),
        tr(QT_TRANSLATE_NOOP("Brief", "Gap")),
    ]
    total_row = [
        "<b>" + esc(tr(QT_TRANSLATE_NOOP("Brief", "Total"))) + "</b>",
        *_money_cells(total),
    ]
    widths, numeric = (44, 14, 14, 14, 14), (1, 2, 3, 4)
    rows = [[esc(g.label), *_money_cells(g.totals)] for g in b.gaps_by_commitment.rows]
    shown = sum((g.totals for g in b.gaps_by_commitment.rows), Totals())
    rest = Totals(
        total.needed - shown.needed,
        total.pledged - shown.pledged,
        total.received - shown.received,
        total.gap - shown.gap,
    )
    if rest.needed or rest.gap:
        label = tr(QT_TRANSLATE_NOOP("Brief", "Other commitments"))
        rows.append([f"<i>{esc(label)}</i>", *_money_cells(rest)])
    w.heading(3, tr(QT_TRANSLATE_NOOP("Brief", "By commitment")))
    w.add(
        w.table(
            [tr(QT_TRANSLATE_NOOP("Brief", "Commitment")), *heads], rows, widths, numeric, total_row
        )
    )
    rows = [[esc(g.label), *_money_cells(g.totals)] for g in b.gaps_by_category]
    w.heading(3, tr(QT_TRANSLATE_NOOP("Brief", "By category")))
    w.add(
        w.table(
            [tr(QT_TRANSLATE_NOOP("Brief", "Category")), *heads], rows, widths, numeric, total_row
        )
    )


# --- 6. incidents ------------------------------------------------------------------------------


def incidents(w: Writer, b: Brief, chart: bool) -> None:
    """Incidents since the last session by cercle and by axis, with the monthly chart."""
    f = b.figures
    start, end = b.previous_period
    w.heading(2, "5. " + tr(QT_TRANSLATE_NOOP("Brief", "Incidents since the last session")))
    if chart:
        w.add(f'<p align="center"><img src="brief:{CHART}" width="{CHART_WIDTH}"></p>')
    text = tr(
        QT_TRANSLATE_NOOP(
            "Brief",
            "Incidents from {start} to {end}: {recent}, against {previous} in the period "
            "of the same length before (from {before_start} to {before_end}).",
        )
    )
    w.p(
        text.format(
            recent=num(f.incidents_recent),
            start=format_date(b.since),
            end=format_date(b.as_of),
            previous=num(f.incidents_previous),
            before_start=format_date(start),
            before_end=format_date(end),
        )
    )
    if not (b.incidents_by_cercle.total or b.incidents_by_axis.total):
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "No incident recorded in this period.")))
        return
    w.add(_places_table(w, b), more(b.incidents_by_cercle), more(b.incidents_by_axis))
    note = tr(
        QT_TRANSLATE_NOOP(
            "Brief",
            "“Before”: the period of the same length before the last session. An incident "
            "on an axis is also counted in its cercle.",
        )
    )
    w.p(note, "muted")


def _places_table(w: Writer, b: Brief) -> str:
    """Incidents by cercle and, beside them, by axis: one table, so it is kept whole."""
    counts = [
        tr(QT_TRANSLATE_NOOP("Brief", "Incidents")),
        tr(QT_TRANSLATE_NOOP("Brief", "Killed")),
        tr(QT_TRANSLATE_NOOP("Brief", "Before")),
    ]
    cercles, axes = b.incidents_by_cercle.rows, b.incidents_by_axis.rows
    heads = [tr(QT_TRANSLATE_NOOP("Brief", "Cercle")), *counts]
    widths: tuple[int, ...] = (44, 20, 16, 20)
    if axes:
        heads += ["", tr(QT_TRANSLATE_NOOP("Brief", "Axis")), *counts]
        widths = (20, 9, 7, 9, 2, 27, 9, 7, 10)
    rows = []
    for i in range(max(len(cercles), len(axes))):
        row = _place_cells(cercles[i] if i < len(cercles) else None)
        if axes:
            row += ["", *_place_cells(axes[i] if i < len(axes) else None)]
        rows.append(row)
    numeric = tuple(i for i, h in enumerate(heads) if h in counts)
    return w.table(heads, rows, widths, numeric)


def _place_cells(line: PlaceLine | None) -> list[str]:
    if line is None:
        return ["", "", "", ""]
    return [esc(line.label), num(line.incidents), num(line.fatalities), num(line.previous)]
