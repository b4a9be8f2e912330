"""The governor's brief as a rich-text document: seven short parts a reader takes in within
five minutes. Every figure comes from ``services.briefing.Brief``; this module only words and
lays it out, in the current language."""

from __future__ import annotations

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, format_money
from secframe.models import CommitmentStatus
from secframe.reports.brief_layout import (
    CHART,
    NAMES,
    STYLE,
    Writer,
    change,
    esc,
    num,
    para,
    tr,
)
from secframe.reports.brief_tables import blocked, changes, incidents, resources
from secframe.reports.document import Breaks, Built
from secframe.services.briefing import Brief

__all__ = ["CHART", "STYLE", "build", "confidential"]


# --- 1. header ---------------------------------------------------------------------------------


def header(w: Writer, b: Brief) -> None:
    """Framework, session number, date, place, chair, period covered and the marking."""
    m = b.meeting
    kind = m.kind.label()
    title = tr(QT_TRANSLATE_NOOP("Brief", "Session n° {number} — {kind}")).format(
        number=m.number, kind=kind[:1].lower() + kind[1:]
    )
    facts = [
        (tr(QT_TRANSLATE_NOOP("Brief", "Date")), format_date(m.held_on)),
        (tr(QT_TRANSLATE_NOOP("Brief", "Place")), m.place or "—"),
        (tr(QT_TRANSLATE_NOOP("Brief", "Chair")), m.chair or "—"),
    ]
    meta = "".join(
        f'<td width="33%"><span class="label">{esc(k)}</span><br/><b>{esc(v)}</b></td>'
        for k, v in facts
    )
    kicker = tr(QT_TRANSLATE_NOOP("Brief", "Briefing note")).upper()
    w.add('<table width="100%" cellspacing="0" cellpadding="0"><tr><td>', para(kicker, "kicker"))
    w.heading(1, b.framework_name)
    w.add(
        f"<p><b>{esc(title)}</b></p></td>",
        '<td align="right" valign="top" width="24%">',
        '<table cellspacing="0" cellpadding="4" border="1" style="border-color: #9b1c1c;">',
        f'<tr><td align="center"><span class="mark">{esc(confidential().upper())}</span></td>',
        "</tr></table></td></tr></table>",
        f'<table width="100%" cellspacing="0" cellpadding="2"><tr>{meta}</tr></table>',
    )
    w.p(period_sentence(b))
    if b.as_of < b.generated_at.date():
        note = tr(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Situation on {date}, the date of the session; resource amounts are those "
                "known when this brief was produced.",
            )
        )
        w.p(note.format(date=format_date(b.as_of)), "note")
    if m.locked:
        lock = tr(
            QT_TRANSLATE_NOOP("Brief", "Conclusions adopted: session locked on {date} by {user}.")
        )
        when = format_date(m.locked_at) if m.locked_at else "—"
        w.p(lock.format(date=when, user=m.locked_by or "—"), "note")


def confidential() -> str:
    """The confidentiality marking."""
    return tr(QT_TRANSLATE_NOOP("Brief", "Confidential"))


def period_sentence(b: Brief) -> str:
    """Which period "since the last session" means in this brief."""
    if b.previous is None:
        text = tr(
            QT_TRANSLATE_NOOP(
                "Brief",
                "No previous session: this brief covers everything since the framework "
                "began, from {start} to {end}.",
            )
        )
        return text.format(start=format_date(b.since), end=format_date(b.as_of))
    text = tr(
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
    extra = f'<br/><span class="muted">{esc(detail)}</span>' if detail else ""
    return (
        f'<td width="{25 * span}%" colspan="{span}" valign="top" bgcolor="#edf1f6">'
        '<span class="big">'
        f'{esc(value)}</span><br/><span class="label">{esc(label)}</span>{extra}</td>'
    )


def key_figures(w: Writer, b: Brief) -> None:
    """Commitments active, suspended, completed, overdue; total gap; incidents."""
    f = b.figures
    s = f.statuses
    first = [
        _tile(
            num(s[CommitmentStatus.ACTIVE]), tr(QT_TRANSLATE_NOOP("Brief", "active commitments"))
        ),
        _tile(num(s[CommitmentStatus.SUSPENDED]), tr(QT_TRANSLATE_NOOP("Brief", "suspended"))),
        _tile(num(s[CommitmentStatus.COMPLETED]), tr(QT_TRANSLATE_NOOP("Brief", "completed"))),
        _tile(num(f.overdue), tr(QT_TRANSLATE_NOOP("Brief", "overdue (deadline passed)"))),
    ]
    before = tr(QT_TRANSLATE_NOOP("Brief", "period before: {count}")).format(
        count=num(f.incidents_previous)
    )
    pct = change(f.incidents_recent, f.incidents_previous)
    received = tr(QT_TRANSLATE_NOOP("Brief", "needed {needed} — received {received}")).format(
        needed=format_money(f.resources.needed), received=format_money(f.resources.received)
    )
    others = tr(QT_TRANSLATE_NOOP("Brief", "planned: {planned}, abandoned: {abandoned}")).format(
        planned=num(s[CommitmentStatus.PLANNED]), abandoned=num(s[CommitmentStatus.ABANDONED])
    )
    second = [
        _tile(
            format_money(f.gap),
            tr(QT_TRANSLATE_NOOP("Brief", "total resource gap")),
            received,
            span=2,
        ),
        _tile(
            num(f.incidents_recent),
            tr(QT_TRANSLATE_NOOP("Brief", "incidents since the last session")),
            f"{before} ({pct})" if pct else before,
        ),
        _tile(num(f.total), tr(QT_TRANSLATE_NOOP("Brief", "commitments in all")), others),
    ]
    w.heading(2, "1. " + tr(QT_TRANSLATE_NOOP("Brief", "Key figures")))
    w.add(
        '<table width="100%" cellspacing="4" cellpadding="6" border="0">'
        f"<tr>{''.join(first)}</tr><tr>{''.join(second)}</tr></table>"
    )


# --- 7. agenda and attendance ------------------------------------------------------------------


def agenda_and_attendance(w: Writer, b: Brief) -> None:
    """The decisions expected from this session, and who came to the previous one."""
    w.heading(
        2, "6. " + tr(QT_TRANSLATE_NOOP("Brief", "Decisions expected and previous attendance"))
    )
    w.heading(3, tr(QT_TRANSLATE_NOOP("Brief", "Decisions expected from this session")))
    if b.meeting.agenda:
        heads = ["N°", tr(QT_TRANSLATE_NOOP("Brief", "Agenda item"))]
        rows = [(num(i), esc(a)) for i, a in enumerate(b.meeting.agenda, 1)]
        w.add(w.table(heads, rows, (6, 94), numeric=(0,)))
    else:
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "No agenda item is recorded for this session.")))
    w.heading(3, tr(QT_TRANSLATE_NOOP("Brief", "Attendance at the previous session")))
    a, prev = b.previous_attendance, b.previous
    if a is None or prev is None:
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "This is the first session of the framework.")))
        return
    text = tr(
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
            people=num(a.people),
            women=num(a.women),
            men=num(a.men),
            unknown=num(a.unrecorded),
        )
    )
    present = tr(QT_TRANSLATE_NOOP("Brief", "Members present ({count}):"))
    absent = tr(QT_TRANSLATE_NOOP("Brief", "Members absent ({count}):"))
    others = tr(QT_TRANSLATE_NOOP("Brief", "… and {count} others"))
    for label, names in ((present, a.members), (absent, a.absent)):
        listed = ", ".join(names[:NAMES]) or "—"
        if len(names) > NAMES:
            listed += " " + others.format(count=num(len(names) - NAMES))
        w.add(f"<p><b>{esc(label.format(count=num(len(names))))}</b> {esc(listed)}</p>")


def build(b: Brief, breaks: Breaks, *, chart: bool) -> Built:
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
