"""The governor's brief as a rich-text document: seven short parts a reader takes in within
five minutes. Every figure comes from ``services.briefing.Brief``; this module only words and
lays it out, in the current language."""

from __future__ import annotations

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, format_money
from secframe.models import CommitmentStatus
from secframe.reports.brief_decisions import colon, follow_up, messages, points
from secframe.reports.brief_layout import (
    CHART,
    MAP,
    NAMES,
    STYLE,
    Writer,
    change,
    esc,
    num,
    tr,
)
from secframe.reports.brief_results import results
from secframe.reports.brief_tables import blocked, changes, incidents, resources
from secframe.reports.document import Breaks, Built
from secframe.services.briefing import Brief

__all__ = ["CHART", "MAP", "STYLE", "build", "confidential"]


# --- 1. header ---------------------------------------------------------------------------------


def header(w: Writer, b: Brief) -> None:
    """The heading of an administrative note: governorate and secretariat, the marking, the
    title « Note d'information à l'attention de Monsieur le Gouverneur », the subject, the
    period covered and what the figures are as of."""
    m = b.meeting
    if len(b.regions) == 1:
        gov = tr(QT_TRANSLATE_NOOP("Brief", "Governorate of the region of {regions}")).format(
            regions=b.regions[0]
        )
    elif b.regions:
        names = tr(QT_TRANSLATE_NOOP("Brief", "{first} and {last}")).format(
            first=", ".join(b.regions[:-1]), last=b.regions[-1]
        )
        gov = tr(QT_TRANSLATE_NOOP("Brief", "Governorates of the regions of {regions}")).format(
            regions=names
        )
    else:
        gov = tr(QT_TRANSLATE_NOOP("Brief", "Governorate"))
    secretariat = tr(QT_TRANSLATE_NOOP("Brief", "Secretariat of the {framework}")).format(
        framework=b.framework_name
    )
    w.add(
        '<table width="100%" cellspacing="0" cellpadding="0"><tr><td width="70%">',
        f'<p class="kicker">{esc(gov.upper())}</p>',
        f'<p class="label">{esc(secretariat)}</p></td>',
        '<td align="right" valign="top" width="30%">',
        '<table cellspacing="0" cellpadding="4" border="1" style="border-color: #9b1c1c;">',
        f'<tr><td align="center"><span class="mark">{esc(confidential().upper())}</span></td>',
        "</tr></table></td></tr></table>",
    )
    w.heading(1, tr(QT_TRANSLATE_NOOP("Brief", "Information note")).upper())
    w.p(tr(QT_TRANSLATE_NOOP("Brief", "for the attention of the Governor")), "subtitle")
    kind = m.kind.label()
    subject = tr(
        QT_TRANSLATE_NOOP(
            "Brief", "preparation of session n° {number} ({kind}) of {date}, {place}{chair}."
        )
    ).format(
        number=m.number,
        kind=kind[:1].lower() + kind[1:],
        date=format_date(m.held_on),
        place=m.place or "—",
        chair=(
            " — " + tr(QT_TRANSLATE_NOOP("Brief", "chair: {chair}")).format(chair=m.chair)
            if m.chair
            else ""
        ),
    )
    label = tr(QT_TRANSLATE_NOOP("Brief", "Subject")) + colon()
    w.add(f"<p><b>{esc(label)}</b>{esc(subject)}</p>")
    w.p(period_sentence(b))
    for note in as_of_notes(b):
        w.p(note, "note")


def as_of_notes(b: Brief) -> list[str]:
    """What the figures are as of: frozen at adoption, or today's for a past session; and
    whether the data is the example's (invented)."""
    notes = []
    if b.frozen is not None:
        text = tr(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Figures as they stood on {date}, frozen when the conclusions of this session "
                "were adopted ({when}, {who}).",
            )
        )
        notes.append(
            text.format(
                date=format_date(b.as_of),
                when=format_date(b.frozen.taken_at),
                who=b.frozen.taken_by,
            )
        )
    elif b.meeting.locked and b.as_of < b.generated_at.date():
        text = tr(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Statuses and deadlines as they stood on {date}, the date of the session. The "
                "conclusions of this session were adopted, but its frozen figures could not be "
                "read (an older version of secframe): amounts are today's, {today}.",
            )
        )
        notes.append(
            text.format(date=format_date(b.as_of), today=format_date(b.generated_at.date()))
        )
    elif b.as_of < b.generated_at.date():
        text = tr(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Statuses and deadlines as they stood on {date}, the date of the session. "
                "The conclusions of this session have not been adopted, so its figures were "
                "not frozen: amounts (needs, pledges, receipts) are today's, {today}.",
            )
        )
        notes.append(
            text.format(date=format_date(b.as_of), today=format_date(b.generated_at.date()))
        )
    if b.illustrative:
        notes.append(
            tr(
                QT_TRANSLATE_NOOP(
                    "Brief",
                    "Example data: the facts come from the public sources (HD, International "
                    "Alert); amounts, incidents, the dates and attendance of sessions, decision "
                    "points and follow-up actions are illustrative.",
                )
            )
        )
    return notes


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
            tr(QT_TRANSLATE_NOOP("Brief", "reste à financer (open commitments)")),
            received,
            span=2,
        ),
        _tile(
            num(f.incidents_recent),
            tr(QT_TRANSLATE_NOOP("Brief", "incidents since the last session"))
            if b.previous is not None
            else tr(QT_TRANSLATE_NOOP("Brief", "incidents since the framework began")),
            (f"{before} ({pct})" if pct else before) if b.comparable else "",
        ),
        _tile(num(f.total), tr(QT_TRANSLATE_NOOP("Brief", "commitments in all")), others),
    ]
    w.section(tr(QT_TRANSLATE_NOOP("Brief", "Key figures")))
    w.add(
        '<table width="100%" cellspacing="4" cellpadding="6" border="0">'
        f"<tr>{''.join(first)}</tr><tr>{''.join(second)}</tr></table>"
    )


# --- 7. agenda and attendance ------------------------------------------------------------------


def agenda_and_attendance(w: Writer, b: Brief) -> None:
    """The decisions expected from this session, and who came to the previous one."""
    w.section(tr(QT_TRANSLATE_NOOP("Brief", "Agenda and previous attendance")))
    w.heading(3, tr(QT_TRANSLATE_NOOP("Brief", "Agenda of this session")))
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


def build(b: Brief, breaks: Breaks, *, chart: bool, map_image: bool = False) -> Built:
    """The whole brief as HTML for a QTextDocument (``chart``, ``map_image``: those images
    are there), in the order of an administrative note: key messages on page one, the points
    for decision, the follow-up, blocked commitments, money, incidents, agenda, attendance."""
    w = Writer(breaks)
    header(w, b)
    messages(w, b)
    key_figures(w, b)
    points(w, b)
    follow_up(w, b)
    changes(w, b)
    results(w, b)
    blocked(w, b)
    resources(w, b)
    incidents(w, b, chart, map_image)
    agenda_and_attendance(w, b)
    return w.built()
