"""The minutes (« compte rendu ») of a session as a rich-text document: heading, attendance
with counts by sex and by category, agenda, the review of open commitments with what changed,
the decisions with who does what by when, and the next session. Every fact comes from
``services.minutes.Minutes``; this module only words and lays it out."""

from __future__ import annotations

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, is_singular
from secframe.models import MemberCategory, ReviewOutcome, Sex
from secframe.reports.brief import confidential
from secframe.reports.brief_decisions import colon
from secframe.reports.brief_layout import Writer, esc, num, tr
from secframe.reports.document import Breaks, Built
from secframe.services.minutes import Minutes

__all__ = ["build", "title"]


def _t(source: str) -> str:
    return tr(source)


def title() -> str:
    """The document's title."""
    return _t(QT_TRANSLATE_NOOP("Brief", "Minutes of the session"))


def _heading(w: Writer, m: Minutes) -> None:
    mt = m.meeting
    w.add(
        '<table width="100%" cellspacing="0" cellpadding="0"><tr><td width="70%">',
        f'<p class="kicker">{esc(m.framework_name.upper())}</p></td>',
        '<td align="right" valign="top" width="30%">',
        '<table cellspacing="0" cellpadding="4" border="1" style="border-color: #9b1c1c;">',
        f'<tr><td align="center"><span class="mark">{esc(confidential().upper())}</span></td>',
        "</tr></table></td></tr></table>",
    )
    w.heading(1, title().upper())
    kind = mt.kind.label()
    w.p(
        _t(QT_TRANSLATE_NOOP("Brief", "Session n° {number} — {kind}")).format(
            number=mt.number, kind=kind[:1].lower() + kind[1:]
        ),
        "subtitle",
    )
    facts = [
        (_t(QT_TRANSLATE_NOOP("Brief", "Date")), format_date(mt.held_on)),
        (_t(QT_TRANSLATE_NOOP("Brief", "Place")), mt.place or "—"),
        (_t(QT_TRANSLATE_NOOP("Brief", "Chair")), mt.chair or "—"),
    ]
    cells = "".join(
        f'<td width="33%"><span class="label">{esc(k)}</span><br/><b>{esc(v)}</b></td>'
        for k, v in facts
    )
    w.add(f'<table width="100%" cellspacing="0" cellpadding="2"><tr>{cells}</tr></table>')
    if m.adopted_in is not None:
        text = _t(
            QT_TRANSLATE_NOOP(
                "Brief", "Conclusions adopted at session n° {number}; these minutes are final."
            )
        )
        w.p(text.format(number=m.adopted_in), "note")
    else:
        w.p(_t(QT_TRANSLATE_NOOP("Brief", "Draft: the conclusions are not adopted yet.")), "note")
    if m.illustrative:
        w.p(
            _t(
                QT_TRANSLATE_NOOP(
                    "Brief",
                    "Example data: the facts come from the public sources (HD, International "
                    "Alert); the dates and attendance of sessions and the follow-up actions "
                    "are illustrative.",
                )
            ),
            "note",
        )


def _attendance(w: Writer, m: Minutes) -> None:
    w.section(_t(QT_TRANSLATE_NOOP("Brief", "Attendance")))
    people = len(m.present)
    lead = _t(
        QT_TRANSLATE_NOOP("Brief", "{count} participant")
        if is_singular(people)
        else QT_TRANSLATE_NOOP("Brief", "{count} participants")
    ).format(count=num(people))
    sexes = _t(QT_TRANSLATE_NOOP("Brief", "women: {women}, men: {men}, not recorded: {unknown}"))
    w.p(
        f"{lead} ("
        + sexes.format(
            women=num(m.by_sex.get(Sex.FEMALE, 0)),
            men=num(m.by_sex.get(Sex.MALE, 0)),
            unknown=num(m.by_sex.get(Sex.UNKNOWN, 0)),
        )
        + ")."
    )
    if m.by_category:
        order = list(MemberCategory)
        parts = [
            f"{c.label()}{colon()}{num(n)}"
            for c, n in sorted(m.by_category.items(), key=lambda x: order.index(x[0]))
        ]
        label = _t(QT_TRANSLATE_NOOP("Brief", "By category")) + colon()
        w.add(f"<p><b>{esc(label)}</b>{esc(', '.join(parts))}.</p>")
    if m.present:
        heads = [
            "N°",
            _t(QT_TRANSLATE_NOOP("Brief", "Member")),
            _t(QT_TRANSLATE_NOOP("Brief", "Name")),
            _t(QT_TRANSLATE_NOOP("Brief", "Sex")),
        ]
        rows = [
            (num(i), esc(p.member or "—"), esc(p.name or "—"), esc(p.sex.label()))
            for i, p in enumerate(m.present, 1)
        ]
        w.add(w.table(heads, rows, (6, 50, 28, 16), numeric=(0,)))


def _agenda(w: Writer, m: Minutes) -> None:
    w.section(_t(QT_TRANSLATE_NOOP("Brief", "Agenda")))
    if not m.agenda:
        w.p(_t(QT_TRANSLATE_NOOP("Brief", "No agenda item is recorded for this session.")))
        return
    w.add("<ol>", *(f"<li>{esc(a)}</li>" for a in m.agenda), "</ol>")


def _review(w: Writer, m: Minutes) -> None:
    w.section(_t(QT_TRANSLATE_NOOP("Brief", "Review of the open commitments")))
    if not m.reviewed:
        w.p(_t(QT_TRANSLATE_NOOP("Brief", "The session recorded no review of commitments.")))
    else:
        rows = []
        for r in m.reviewed:
            what = esc(r.outcome.label())
            if r.change is not None:
                before = r.change[0].label() if r.change[0] else "—"
                what = f"{esc(before)} → <b>{esc(r.change[1].label())}</b>"
                if r.cause is not None:
                    what += f"<br/>{esc(r.cause.label())}"
                if r.reason:
                    what += f" — {esc(r.reason)}"
            elif r.deadline is not None:
                what = (
                    f"{esc(ReviewOutcome.DEADLINE_REVISION.label())}<br/>"
                    f"{format_date(r.deadline[0]) or '—'} → <b>{format_date(r.deadline[1])}</b>"
                )
            if r.note:
                what += f"<br/><i>{esc(r.note)}</i>"
            status = esc(r.status.label()) if r.status is not None else "—"
            rows.append((esc(r.title), status, what))
        heads = [
            _t(QT_TRANSLATE_NOOP("Brief", "Commitment")),
            _t(QT_TRANSLATE_NOOP("Brief", "Status")),
            _t(QT_TRANSLATE_NOOP("Brief", "What the session recorded")),
        ]
        w.add(w.table(heads, rows, (40, 14, 46)))
    if m.not_reviewed:
        n = len(m.not_reviewed)
        text = _t(
            QT_TRANSLATE_NOOP("Brief", "{count} open commitment was not reviewed:")
            if is_singular(n)
            else QT_TRANSLATE_NOOP("Brief", "{count} open commitments were not reviewed:")
        ).format(count=num(n))
        w.p(f"{text} {' ; '.join(m.not_reviewed)}.", "muted")


def _decisions(w: Writer, m: Minutes) -> None:
    w.section(_t(QT_TRANSLATE_NOOP("Brief", "Decisions")))
    if not m.decisions:
        w.p(_t(QT_TRANSLATE_NOOP("Brief", "No decision was recorded at this session.")))
        return
    rows = []
    late = _t(QT_TRANSLATE_NOOP("Brief", "late"))
    for i, d in enumerate(m.decisions, 1):
        text = esc(d.text)
        if d.commitments:
            text += "<br/><span class='muted'>" + esc(
                " ; ".join(f"{t} ({e.label().lower()})" for t, e in d.commitments)
            ) + "</span>"  # fmt: skip
        if not d.actions:
            rows.append((num(i), text, "—", "—", ""))
        for k, a in enumerate(d.actions):
            status = esc(a.status.label()) + (f" — {esc(late)}" if a.late else "")
            rows.append(
                (
                    num(i) if k == 0 else "",
                    text if k == 0 else "",
                    esc(a.what),
                    esc(a.who or "—") + "<br/>" + (format_date(a.due_on) or "—"),
                    status,
                )
            )
    heads = [
        "N°",
        _t(QT_TRANSLATE_NOOP("Brief", "Decision")),
        _t(QT_TRANSLATE_NOOP("Brief", "Action")),
        _t(QT_TRANSLATE_NOOP("Brief", "Who, by when")),
        _t(QT_TRANSLATE_NOOP("Brief", "Status")),
    ]
    w.add(w.table(heads, rows, (5, 35, 30, 18, 12), numeric=(0,)))


def _next(w: Writer, m: Minutes) -> None:
    w.section(_t(QT_TRANSLATE_NOOP("Brief", "Next session")))
    if m.next_meeting is None:
        w.p(_t(QT_TRANSLATE_NOOP("Brief", "The date of the next session is not set yet.")))
        return
    number, held_on = m.next_meeting
    w.p(
        _t(QT_TRANSLATE_NOOP("Brief", "Session n° {number} on {date}.")).format(
            number=number, date=format_date(held_on)
        )
    )


def build(m: Minutes, breaks: Breaks) -> Built:
    """The whole minutes as HTML for a QTextDocument."""
    w = Writer(breaks)
    _heading(w, m)
    _attendance(w, m)
    _agenda(w, m)
    _review(w, m)
    _decisions(w, m)
    _next(w, m)
    return w.built()
