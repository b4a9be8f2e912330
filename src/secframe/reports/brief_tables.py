"""The tabular parts of the brief: what changed since the last session, blocked and suspended
commitments, resource gaps, and incidents by cercle and axis."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP, format_date, format_money
from secframe.models import CommitmentStatus, StatusCause
from secframe.reports.brief_decisions import remedy_sentences
from secframe.reports.brief_layout import (
    CHART,
    CHART_WIDTH,
    MAP,
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
    QT_TRANSLATE_NOOP("Brief", "Since, cause and reason"),
    QT_TRANSLATE_NOOP("Brief", "Who can unblock it"),
    QT_TRANSLATE_NOOP("Brief", "Next step"),
    QT_TRANSLATE_NOOP("Brief", "Reste à financer (FCFA)"),
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
    w.section(tr(QT_TRANSLATE_NOOP("Brief", "What changed since the last session")))
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
    """Blocked and suspended commitments: cause, how long, who can unblock them, the next
    step, and what would restart them (money only for a lack of resources)."""
    w.section(tr(QT_TRANSLATE_NOOP("Brief", "Blocked and suspended commitments")))
    if not b.blocked.total:
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "No commitment is blocked or suspended.")))
        return
    for sentence in remedy_sentences(b.blocked.rows):
        w.p(sentence)
    no_need = tr(QT_TRANSLATE_NOOP("Brief", "no need recorded"))
    unknown = tr(QT_TRANSLATE_NOOP("Brief", "to be identified"))
    rows = []
    for x in b.blocked.rows:
        state = x.status.label()
        step = esc(x.next_step) if x.next_step else "—"
        if x.next_step_on is not None:
            step += f"<br/><b>{format_date(x.next_step_on)}</b>"
        rows.append(
            (
                f"{esc(x.title)}<br/><span class='muted'>{esc(x.lead or '—')}</span>",
                f"<b>{esc(state)}</b> — {format_date(x.blocked_since)} "
                f"({esc(duration(x.days))})<br/>{_cause(x.cause, x.reason)}",
                f"{esc(x.unblock_by or unknown)}<br/><i>{esc(x.remedy.label())}</i>",
                step,
                num(x.gap) if x.gap is not None else f"<i>{esc(no_need)}</i>",
            )
        )
    w.add(
        w.table(heads(BLOCKED_HEADS), rows, (25, 31, 17, 16, 11), numeric=(4,)),
        more(b.blocked),
    )


# --- 5. resources ------------------------------------------------------------------------------


def _money_cells(t: Totals) -> list[str]:
    return [num(t.needed), num(t.pledged), num(t.received), f"<b>{num(t.gap)}</b>"]


def resources(w: Writer, b: Brief) -> None:
    """Resource gaps by commitment and by category, in FCFA."""
    w.section(tr(QT_TRANSLATE_NOOP("Brief", "Reste à financer (FCFA)")))
    total = b.figures.resources
    if not total.needed:
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "No resource need is recorded.")))
        return
    split = tr(
        QT_TRANSLATE_NOOP(
            "Brief",
            "Open commitments only. Of the {gap} still to find, {awaited} are pledged but not "
            "received (to claim from the funders) and {uncovered} are not covered by anyone.",
        )
    )
    w.p(
        split.format(
            gap=format_money(total.gap),
            awaited=format_money(total.awaited),
            uncovered=format_money(total.uncovered),
        )
    )
    heads = [
        tr(QT_TRANSLATE_NOOP("Brief", "Needed")),
        tr(QT_TRANSLATE_NOOP("Brief", "Pledged")),
        tr(QT_TRANSLATE_NOOP("Brief", "Received")),
        tr(QT_TRANSLATE_NOOP("Brief", "Reste à financer")),
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


def incidents(w: Writer, b: Brief, chart: bool, map_image: bool = False) -> None:
    """Incidents since the last session: the counts in a sentence and by cercle and axis, then
    the map and the monthly chart (the text and the table fill the page before; the pictures,
    which cannot be cut, start the next one if they must)."""
    f = b.figures
    start, end = b.previous_period
    w.section(tr(QT_TRANSLATE_NOOP("Brief", "Incidents since the last session")))
    if not b.comparable:
        text = tr(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Incidents from {start} to {end}: {recent}. No comparison with an earlier "
                "period: the framework did not exist yet.",
            )
        )
        w.p(text.format(recent=num(f.incidents_recent), start=format_date(b.since),
                        end=format_date(b.as_of)))  # fmt: skip
    else:
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
    else:
        w.add(_places_table(w, b), more(b.incidents_by_cercle), more(b.incidents_by_axis))
        note = tr(
            QT_TRANSLATE_NOOP(
                "Brief", "“Before”: the period of the same length before the last session."
            )
        )
        w.p(f"{note} {_axis_note()}" if b.comparable else _axis_note(), "muted")
    if map_image:
        w.add(f'<p align="center"><img src="brief:{MAP}" width="{CHART_WIDTH}"></p>')
    if chart:
        w.add(f'<p align="center"><img src="brief:{CHART}" width="{CHART_WIDTH}"></p>')


def _axis_note() -> str:
    """Why the two halves of the places table do not add up."""
    return tr(
        QT_TRANSLATE_NOOP(
            "Brief",
            "The two halves of the table do not add up: an incident on an axis is also counted "
            "in its cercle.",
        )
    )


def _places_table(w: Writer, b: Brief) -> str:
    """Incidents by cercle and, beside them, by axis: one table, so it is kept whole ("before"
    only when there is a comparable period)."""
    counts = [
        tr(QT_TRANSLATE_NOOP("Brief", "Incidents")),
        tr(QT_TRANSLATE_NOOP("Brief", "Killed")),
        tr(QT_TRANSLATE_NOOP("Brief", "Before")),
    ][: 3 if b.comparable else 2]
    cercles, axes = b.incidents_by_cercle.rows, b.incidents_by_axis.rows
    heads = [tr(QT_TRANSLATE_NOOP("Brief", "Cercle")), *counts]
    widths: tuple[int, ...] = (44, 20, 16, 20) if b.comparable else (50, 25, 25)
    if axes:
        heads += ["", tr(QT_TRANSLATE_NOOP("Brief", "Axis")), *counts]
        widths = (20, 9, 7, 9, 2, 27, 9, 7, 10) if b.comparable else (24, 10, 9, 2, 35, 10, 10)
    rows = []
    size = len(counts) + 1
    for i in range(max(len(cercles), len(axes))):
        row = _place_cells(cercles[i] if i < len(cercles) else None)[:size]
        if axes:
            row += ["", *_place_cells(axes[i] if i < len(axes) else None)[:size]]
        rows.append(row)
    numeric = tuple(i for i, h in enumerate(heads) if h in counts)
    return w.table(heads, rows, widths, numeric)


def _place_cells(line: PlaceLine | None) -> list[str]:
    if line is None:
        return ["", "", "", ""]
    return [esc(line.label), num(line.incidents), num(line.fatalities), num(line.previous)]
