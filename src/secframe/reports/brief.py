"""The governor's brief as a rich-text document: seven short parts a reader takes in within
five minutes. Every figure comes from ``services.briefing.Brief``; this module only words and
lays it out, in the current language."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal
from html import escape
from typing import Any

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP, format_date, format_money, format_number, translate
from secframe.models import CommitmentStatus, StatusCause
from secframe.reports import pdf
from secframe.services.briefing import Brief, Shown
from secframe.services.resources import Totals

CHART = "incidents"  # the image resource name of the incidents chart
NAMES = 30  # member names listed before "… and 12 others"
CHART_WIDTH = 660  # pixels at 96 dpi: the width of the page body

STYLE = """
h1 { font-size: 15pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }
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


def _t(text: str) -> str:
    return translate("Brief", text)


def _e(text: object) -> str:
    return escape(str(text), quote=False)


def _p(text: str, cls: str = "") -> str:
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}>{_e(text)}</p>"


def _h3(text: str) -> str:
    return f"<h3>{_e(text)}</h3>"


def _n(value: int | Decimal) -> str:
    return format_number(value)


class Writer:
    """Collects the brief's HTML, numbering headings and tables so that pages can be made
    to break before a heading or between two table rows (see ``pdf.layout_document``)."""

    def __init__(self, breaks: pdf.Breaks) -> None:
        self.breaks = breaks
        self.parts: list[str] = []
        self.headings = 0
        self.tables = 0
        self.physical: list[tuple[int, int]] = []

    def add(self, *html: str) -> None:
        """Append HTML as is."""
        self.parts.extend(html)

    def p(self, text: str, cls: str = "") -> None:
        """A paragraph of plain text."""
        self.parts.append(_p(text, cls))

    def heading(self, level: int, text: str) -> None:
        """A heading (h1–h3), starting a new page when the layout asked for it."""
        style = (
            ' style="page-break-before: always;"' if self.headings in self.breaks.headings else ""
        )
        self.headings += 1
        self.parts.append(f"<h{level}{style}>{_e(text)}</h{level}>")

    def table(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[int],
        numeric: Sequence[int] = (),
        total: Sequence[str] | None = None,
    ) -> str:
        """A ruled table (cells are HTML already; ``numeric`` columns are right-aligned),
        split where the layout asked; returns the HTML, which the caller places."""
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
            html.append(_table_html(part, start > 0 or 0 in self.breaks.rows.get(logical, ())))
        return "".join(html)

    def built(self) -> pdf.Built:
        """The HTML and its tables, for the layout pass."""
        return pdf.Built("".join(self.parts), tuple(self.physical))


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


def _table_html(rows: list[str], new_page: bool) -> str:
    style = "border-collapse: collapse;"
    if new_page:
        style += " page-break-before: always;"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="3" style="{style}">'
        f"<thead>{rows[0]}</thead>{''.join(rows[1:])}</table>"
    )


def _more(shown: Shown[Any]) -> str:
    if not shown.more:
        return ""
    text = _t(QT_TRANSLATE_NOOP("Brief", "… and {count} more in the tracker."))
    return f'<p class="muted">{_e(text.format(count=_n(shown.more)))}</p>'


def _duration(days: int) -> str:
    if days < 60:
        one = days <= 1
        text = (
            _t(QT_TRANSLATE_NOOP("Brief", "{n} day"))
            if one
            else _t(QT_TRANSLATE_NOOP("Brief", "{n} days"))
        )
        return text.format(n=_n(days))
    months = round(days / 30.4375)
    if months < 24:
        return _t(QT_TRANSLATE_NOOP("Brief", "{n} months")).format(n=_n(months))
    years, rest = divmod(months, 12)
    if not rest:
        return _t(QT_TRANSLATE_NOOP("Brief", "{n} years")).format(n=_n(years))
    return _t(QT_TRANSLATE_NOOP("Brief", "{n} years {m} months")).format(n=_n(years), m=_n(rest))


def _change(recent: int, previous: int) -> str:
    if not previous:
        return ""
    pct = round((recent - previous) * 100 / previous)
    sign = "+" if pct > 0 else ("−" if pct < 0 else "")
    space = "\u00a0" if i18n.language() == "fr" else ""
    return f"{sign}{abs(pct)}{space}%"


# --- 1. header ---------------------------------------------------------------------------------


def header(w: Writer, b: Brief) -> None:
    """Framework, session number, date, place, chair, period covered and the marking."""
    m = b.meeting
    kind = m.kind.label()
    title = _t(QT_TRANSLATE_NOOP("Brief", "Session n° {number} — {kind}")).format(
        number=m.number, kind=kind[:1].lower() + kind[1:]
    )
    facts = [
        (_t(QT_TRANSLATE_NOOP("Brief", "Date")), format_date(m.held_on)),
        (_t(QT_TRANSLATE_NOOP("Brief", "Place")), m.place or "—"),
        (_t(QT_TRANSLATE_NOOP("Brief", "Chair")), m.chair or "—"),
    ]
    meta = "".join(
        f'<td width="33%"><span class="label">{_e(k)}</span><br/><b>{_e(v)}</b></td>'
        for k, v in facts
    )
    kicker = _t(QT_TRANSLATE_NOOP("Brief", "Briefing note")).upper()
    w.add('<table width="100%" cellspacing="0" cellpadding="0"><tr><td>', _p(kicker, "kicker"))
    w.heading(1, b.framework_name)
    w.add(
        f"<p><b>{_e(title)}</b></p></td>",
        '<td align="right" valign="top" width="24%">',
        '<table cellspacing="0" cellpadding="4" border="1" style="border-color: #9b1c1c;">',
        f'<tr><td align="center"><span class="mark">{_e(confidential().upper())}</span></td>',
        "</tr></table></td></tr></table>",
        f'<table width="100%" cellspacing="0" cellpadding="2"><tr>{meta}</tr></table>',
    )
    w.p(period_sentence(b))
    if b.as_of < b.generated_at.date():
        note = _t(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Situation on {date}, the date of the session; resource amounts are those "
                "known when this brief was produced.",
            )
        )
        w.p(note.format(date=format_date(b.as_of)), "note")
    if m.locked:
        lock = _t(
            QT_TRANSLATE_NOOP("Brief", "Conclusions adopted: session locked on {date} by {user}.")
        )
        when = format_date(m.locked_at) if m.locked_at else "—"
        w.p(lock.format(date=when, user=m.locked_by or "—"), "note")


def confidential() -> str:
    """The confidentiality marking."""
    return _t(QT_TRANSLATE_NOOP("Brief", "Confidential"))


def period_sentence(b: Brief) -> str:
    """Which period "since the last session" means in this brief."""
    if b.previous is None:
        text = _t(
            QT_TRANSLATE_NOOP(
                "Brief",
                "No previous session: this brief covers everything since the framework "
                "began, from {start} to {end}.",
            )
        )
        return text.format(start=format_date(b.since), end=format_date(b.as_of))
    text = _t(
        QT_TRANSLATE_NOOP(
            "Brief", "Period covered: since session n° {number} of {date}, from {start} to {end}."
        )
    )
    return text.format(
        number=b.previous.number,
        date=format_date(b.previous.held_on),
        start=format_date(b.since),
        end=format_date(b.as_of),
    )


# --- 2. key figures ----------------------------------------------------------------------------


def _tile(value: str, label: str, detail: str = "", span: int = 1) -> str:
    extra = f'<br/><span class="muted">{_e(detail)}</span>' if detail else ""
    return (
        f'<td width="{25 * span}%" colspan="{span}" valign="top" bgcolor="#edf1f6">'
        '<span class="big">'
        f'{_e(value)}</span><br/><span class="label">{_e(label)}</span>{extra}</td>'
    )


def key_figures(w: Writer, b: Brief) -> None:
    """Commitments active, suspended, completed, overdue; total gap; incidents."""
    f = b.figures
    s = f.statuses
    first = [
        _tile(_n(s[CommitmentStatus.ACTIVE]), _t(QT_TRANSLATE_NOOP("Brief", "active commitments"))),
        _tile(_n(s[CommitmentStatus.SUSPENDED]), _t(QT_TRANSLATE_NOOP("Brief", "suspended"))),
        _tile(_n(s[CommitmentStatus.COMPLETED]), _t(QT_TRANSLATE_NOOP("Brief", "completed"))),
        _tile(_n(f.overdue), _t(QT_TRANSLATE_NOOP("Brief", "overdue (deadline passed)"))),
    ]
    before = _t(QT_TRANSLATE_NOOP("Brief", "period before: {count}")).format(
        count=_n(f.incidents_previous)
    )
    change = _change(f.incidents_recent, f.incidents_previous)
    received = _t(QT_TRANSLATE_NOOP("Brief", "needed {needed} — received {received}")).format(
        needed=format_money(f.resources.needed), received=format_money(f.resources.received)
    )
    others = _t(QT_TRANSLATE_NOOP("Brief", "planned: {planned}, abandoned: {abandoned}")).format(
        planned=_n(s[CommitmentStatus.PLANNED]), abandoned=_n(s[CommitmentStatus.ABANDONED])
    )
    second = [
        _tile(
            format_money(f.gap),
            _t(QT_TRANSLATE_NOOP("Brief", "total resource gap")),
            received,
            span=2,
        ),
        _tile(
            _n(f.incidents_recent),
            _t(QT_TRANSLATE_NOOP("Brief", "incidents since the last session")),
            f"{before} ({change})" if change else before,
        ),
        _tile(_n(f.total), _t(QT_TRANSLATE_NOOP("Brief", "commitments in all")), others),
    ]
    w.heading(2, "1. " + _t(QT_TRANSLATE_NOOP("Brief", "Key figures")))
    w.add(
        '<table width="100%" cellspacing="4" cellpadding="6" border="0">'
        f"<tr>{''.join(first)}</tr><tr>{''.join(second)}</tr></table>"
    )


# --- 3. what changed ---------------------------------------------------------------------------


def _cause(cause: StatusCause | None, reason: str | None) -> str:
    parts = []
    if cause is not None and cause != StatusCause.COMPLETED:
        parts.append(f"<b>{_e(cause.label())}</b>")
    if reason:
        parts.append(_e(reason))
    return " — ".join(parts) or "—"


def _by_status(b: Brief) -> str:
    colon = " : " if i18n.language() == "fr" else ": "
    order = list(CommitmentStatus)
    return ", ".join(
        f"{s.label().lower()}{colon}{_n(n)}"
        for s, n in sorted(b.changes_by_status.items(), key=lambda x: order.index(x[0]))
    )


def changes(w: Writer, b: Brief) -> None:
    """Status changes with their causes, deadline revisions, new commitments."""
    w.heading(2, "2. " + _t(QT_TRANSLATE_NOOP("Brief", "What changed since the last session")))
    summary = _t(
        QT_TRANSLATE_NOOP(
            "Brief",
            "Status changes: {changes}{detail}. Deadline revisions: {revisions}. "
            "New commitments: {new}.",
        )
    )
    detail = f" ({_by_status(b)})" if b.changes_by_status else ""
    w.p(
        summary.format(
            changes=_n(b.changes.total),
            detail=detail,
            revisions=_n(b.revisions.total),
            new=_n(b.new_commitments.total),
        )
    )
    date_head = _t(QT_TRANSLATE_NOOP("Brief", "Date"))
    commitment = _t(QT_TRANSLATE_NOOP("Brief", "Commitment"))
    rows: list[tuple[str, ...]]
    if b.changes.total:
        rows = [
            (
                format_date(c.changed_on),
                _e(c.title),
                f"{_e(c.from_status.label() if c.from_status else '—')} → "
                f"<b>{_e(c.to_status.label())}</b>",
                _cause(c.cause, c.reason),
            )
            for c in b.changes.rows
        ]
        w.heading(3, _t(QT_TRANSLATE_NOOP("Brief", "Status changes")))
        w.add(
            w.table(
                [
                    date_head,
                    commitment,
                    _t(QT_TRANSLATE_NOOP("Brief", "Change")),
                    _t(QT_TRANSLATE_NOOP("Brief", "Cause and reason")),
                ],
                rows,
                (11, 34, 19, 36),
            ),
            _more(b.changes),
        )
    if b.revisions.total:
        rows = [
            (
                format_date(r.decided_on),
                _e(r.title),
                f"{format_date(r.previous_deadline) or '—'} → <b>{format_date(r.new_deadline)}</b>",
                _e(r.reason),
            )
            for r in b.revisions.rows
        ]
        w.heading(3, _t(QT_TRANSLATE_NOOP("Brief", "Deadline revisions")))
        w.add(
            w.table(
                [
                    _t(QT_TRANSLATE_NOOP("Brief", "Decided on")),
                    commitment,
                    _t(QT_TRANSLATE_NOOP("Brief", "Deadline")),
                    _t(QT_TRANSLATE_NOOP("Brief", "Reason")),
                ],
                rows,
                (11, 34, 21, 34),
            ),
            _more(b.revisions),
        )
    if b.new_commitments.total:
        rows = [
            (
                format_date(n.created_on),
                _e(n.title),
                _e(n.kind.label()),
                _e(n.lead or "—"),
                _e(n.status.label()),
            )
            for n in b.new_commitments.rows
        ]
        w.heading(3, _t(QT_TRANSLATE_NOOP("Brief", "New commitments")))
        w.add(
            w.table(
                [
                    date_head,
                    commitment,
                    _t(QT_TRANSLATE_NOOP("Brief", "Kind")),
                    _t(QT_TRANSLATE_NOOP("Brief", "Lead")),
                    _t(QT_TRANSLATE_NOOP("Brief", "Status")),
                ],
                rows,
                (11, 41, 18, 16, 14),
            ),
            _more(b.new_commitments),
        )


# --- 4. blocked --------------------------------------------------------------------------------


def blocked(w: Writer, b: Brief) -> None:
    """Blocked and suspended commitments: cause, how long, the gap that would restart them."""
    w.heading(2, "3. " + _t(QT_TRANSLATE_NOOP("Brief", "Blocked and suspended commitments")))
    if not b.blocked.total:
        w.p(_t(QT_TRANSLATE_NOOP("Brief", "No commitment is blocked or suspended.")))
        return
    if b.blocked_gap:
        text = _t(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Blocked or suspended commitments: {count}. Closing their resource gap, "
                "{gap}, would allow them to restart.",
            )
        )
    else:
        text = _t(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Blocked or suspended commitments: {count}. No resource gap is recorded for them.",
            )
        )
    w.p(text.format(count=_n(b.blocked.total), gap=format_money(b.blocked_gap)))
    not_started = _t(QT_TRANSLATE_NOOP("Brief", "Not started"))
    no_need = _t(QT_TRANSLATE_NOOP("Brief", "no need recorded"))
    rows = []
    for x in b.blocked.rows:
        state = x.status.label() if x.status == CommitmentStatus.SUSPENDED else not_started
        rows.append(
            (
                f"{_e(x.title)}<br/><span class='muted'>{_e(x.lead or '—')}</span>",
                f"<b>{_e(state)}</b><br/>{_cause(x.cause, x.reason)}",
                f"{format_date(x.blocked_since)}<br/>{_e(_duration(x.days))}",
                _n(x.gap) if x.gap is not None else f"<i>{_e(no_need)}</i>",
            )
        )
    w.add(
        w.table(
            [
                _t(QT_TRANSLATE_NOOP("Brief", "Commitment (lead)")),
                _t(QT_TRANSLATE_NOOP("Brief", "Status, cause and reason")),
                _t(QT_TRANSLATE_NOOP("Brief", "Blocked since")),
                _t(QT_TRANSLATE_NOOP("Brief", "Gap (FCFA)")),
            ],
            rows,
            (33, 41, 13, 13),
            numeric=(3,),
        ),
        _more(b.blocked),
    )


# --- 5. resources ------------------------------------------------------------------------------


def _money_cells(t: Totals) -> list[str]:
    return [_n(t.needed), _n(t.pledged), _n(t.received), f"<b>{_n(t.gap)}</b>"]


def resources(w: Writer, b: Brief) -> None:
    """Resource gaps by commitment and by category, in FCFA."""
    w.heading(2, "4. " + _t(QT_TRANSLATE_NOOP("Brief", "Resource gaps (FCFA)")))
    total = b.figures.resources
    if not total.needed:
        w.p(_t(QT_TRANSLATE_NOOP("Brief", "No resource need is recorded.")))
        return
    heads = [
        _t(QT_TRANSLATE_NOOP("Brief", "Needed")),
        _t(QT_TRANSLATE_NOOP("Brief", "Pledged")),
        _t(QT_TRANSLATE_NOOP("Brief", "Received")),
        _t(QT_TRANSLATE_NOOP("Brief", "Gap")),
    ]
    total_row = ["<b>" + _e(_t(QT_TRANSLATE_NOOP("Brief", "Total"))) + "</b>", *_money_cells(total)]
    widths, numeric = (44, 14, 14, 14, 14), (1, 2, 3, 4)
    rows = [[_e(g.label), *_money_cells(g.totals)] for g in b.gaps_by_commitment.rows]
    shown = sum((g.totals for g in b.gaps_by_commitment.rows), Totals())
    rest = Totals(
        total.needed - shown.needed,
        total.pledged - shown.pledged,
        total.received - shown.received,
        total.gap - shown.gap,
    )
    if rest.needed or rest.gap:
        label = _t(QT_TRANSLATE_NOOP("Brief", "Other commitments"))
        rows.append([f"<i>{_e(label)}</i>", *_money_cells(rest)])
    w.heading(3, _t(QT_TRANSLATE_NOOP("Brief", "By commitment")))
    w.add(
        w.table(
            [_t(QT_TRANSLATE_NOOP("Brief", "Commitment")), *heads], rows, widths, numeric, total_row
        )
    )
    rows = [[_e(g.label), *_money_cells(g.totals)] for g in b.gaps_by_category]
    w.heading(3, _t(QT_TRANSLATE_NOOP("Brief", "By category")))
    w.add(
        w.table(
            [_t(QT_TRANSLATE_NOOP("Brief", "Category")), *heads], rows, widths, numeric, total_row
        )
    )


# --- 6. incidents ------------------------------------------------------------------------------


def incidents(w: Writer, b: Brief, chart: bool) -> None:
    """Incidents since the last session by cercle and by axis, with the monthly chart."""
    f = b.figures
    start, end = b.previous_period
    w.heading(2, "5. " + _t(QT_TRANSLATE_NOOP("Brief", "Incidents since the last session")))
    text = _t(
        QT_TRANSLATE_NOOP(
            "Brief",
            "Incidents from {start} to {end}: {recent}, against {previous} in the period "
            "of the same length before (from {before_start} to {before_end}).",
        )
    )
    w.p(
        text.format(
            recent=_n(f.incidents_recent),
            start=format_date(b.since),
            end=format_date(b.as_of),
            previous=_n(f.incidents_previous),
            before_start=format_date(start),
            before_end=format_date(end),
        )
    )
    if chart:
        w.add(f'<p align="center"><img src="brief:{CHART}" width="{CHART_WIDTH}"></p>')
    heads = [
        _t(QT_TRANSLATE_NOOP("Brief", "Incidents")),
        _t(QT_TRANSLATE_NOOP("Brief", "Killed")),
        _t(QT_TRANSLATE_NOOP("Brief", "Before")),
    ]
    tables = []
    for title, shown in (
        (_t(QT_TRANSLATE_NOOP("Brief", "Cercle")), b.incidents_by_cercle),
        (_t(QT_TRANSLATE_NOOP("Brief", "Axis")), b.incidents_by_axis),
    ):
        if shown.total:
            rows = [
                (_e(p.label), _n(p.incidents), _n(p.fatalities), _n(p.previous)) for p in shown.rows
            ]
            tables.append(
                w.table([title, *heads], rows, (43, 21, 16, 20), (1, 2, 3)) + _more(shown)
            )
    if not tables:
        w.p(_t(QT_TRANSLATE_NOOP("Brief", "No incident recorded in this period.")))
        return
    cells = "".join(f'<td width="50%" valign="top">{t}</td>' for t in tables)
    w.add(f'<table width="100%" cellspacing="0" cellpadding="3"><tr>{cells}</tr></table>')
    note = _t(
        QT_TRANSLATE_NOOP(
            "Brief",
            "“Before”: the period of the same length before the last session. An incident "
            "on an axis is also counted in its cercle.",
        )
    )
    w.p(note, "muted")


# --- 7. agenda and attendance ------------------------------------------------------------------


def agenda_and_attendance(w: Writer, b: Brief) -> None:
    """The decisions expected from this session, and who came to the previous one."""
    w.heading(
        2, "6. " + _t(QT_TRANSLATE_NOOP("Brief", "Decisions expected and previous attendance"))
    )
    w.heading(3, _t(QT_TRANSLATE_NOOP("Brief", "Decisions expected from this session")))
    if b.meeting.agenda:
        w.add("<ol>" + "".join(f"<li>{_e(a)}</li>" for a in b.meeting.agenda) + "</ol>")
    else:
        w.p(_t(QT_TRANSLATE_NOOP("Brief", "No agenda item is recorded for this session.")))
    w.heading(3, _t(QT_TRANSLATE_NOOP("Brief", "Attendance at the previous session")))
    a, prev = b.previous_attendance, b.previous
    if a is None or prev is None:
        w.p(_t(QT_TRANSLATE_NOOP("Brief", "This is the first session of the framework.")))
        return
    text = _t(
        QT_TRANSLATE_NOOP(
            "Brief",
            "Session n° {number} of {date} — participants: {people} (women: {women}, men: {men}, "
            "not recorded: {unknown}).",
        )
    )
    w.p(
        text.format(
            number=prev.number,
            date=format_date(prev.held_on),
            people=_n(a.people),
            women=_n(a.women),
            men=_n(a.men),
            unknown=_n(a.unrecorded),
        )
    )
    present = _t(QT_TRANSLATE_NOOP("Brief", "Members present ({count}):"))
    absent = _t(QT_TRANSLATE_NOOP("Brief", "Members absent ({count}):"))
    others = _t(QT_TRANSLATE_NOOP("Brief", "… and {count} others"))
    for label, names in ((present, a.members), (absent, a.absent)):
        listed = ", ".join(names[:NAMES]) or "—"
        if len(names) > NAMES:
            listed += " " + others.format(count=_n(len(names) - NAMES))
        w.add(f"<p><b>{_e(label.format(count=_n(len(names))))}</b> {_e(listed)}</p>")


def build(b: Brief, breaks: pdf.Breaks, *, chart: bool) -> pdf.Built:
    """The whole brief as HTML for a QTextDocument (``chart``: the incidents chart is there)."""
    w = Writer(breaks)
    header(w, b)
    key_figures(w, b)
    changes(w, b)
    blocked(w, b)
    resources(w, b)
    incidents(w, b, chart)
    agenda_and_attendance(w, b)
    return w.built()
