"""The parts of the brief that ask for decisions: the key messages of page one, the points
submitted to the governor's decision, the follow-up of the previous session's decisions and
the key figures against the previous session; and the remedy sentence, which depends on why
commitments are blocked (money only for a lack of resources)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, format_money, is_singular, language
from secframe.models import CommitmentStatus, Remedy
from secframe.reports.brief_layout import Writer, esc, num, tr
from secframe.services.briefing import BlockedLine, Brief
from secframe.services.stats import KeyFigures


def colon() -> str:
    """« : » in French (non-breaking space before), ": " in English."""
    return "\u00a0: " if language() == "fr" else ": "


def _count(n: int, one: str, many: str, **params: str) -> str:
    """``one`` or ``many`` by the grammatical number of ``n`` (French: 0 and 1 singular),
    translated, with ``{count}`` and ``params`` filled in."""
    return tr(one if is_singular(n) else many).format(count=num(n), **params)


# --- the remedy, by cause ------------------------------------------------------------------------


def remedy_sentences(lines: Sequence[BlockedLine]) -> list[str]:
    """One sentence per remedy among blocked commitments: money only where resources lack."""
    by: dict[Remedy, list[BlockedLine]] = {}
    for x in lines:
        by.setdefault(x.remedy, []).append(x)
    out = []
    for remedy in Remedy:
        group = by.get(remedy)
        if not group:
            continue
        n = len(group)
        if remedy == Remedy.FUNDING:
            gap = sum((x.gap or Decimal(0) for x in group), Decimal(0))
            text = _count(
                n,
                QT_TRANSLATE_NOOP(
                    "Brief",
                    "{count} commitment is stopped for lack of resources: financing its "
                    "« reste à financer », {gap}, would allow it to restart.",
                ),
                QT_TRANSLATE_NOOP(
                    "Brief",
                    "{count} commitments are stopped for lack of resources: financing their "
                    "« reste à financer », {gap}, would allow them to restart.",
                ),
                gap=format_money(gap),
            )
            out.append(text)
        elif remedy == Remedy.REDEPLOYMENT:
            out.append(
                _count(
                    n,
                    QT_TRANSLATE_NOOP(
                        "Brief",
                        "{count} commitment is stopped by the security situation: it needs a "
                        "redeployment of the forces, which money alone will not bring.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Brief",
                        "{count} commitments are stopped by the security situation: they need "
                        "a redeployment of the forces, which money alone will not bring.",
                    ),
                )
            )
        elif remedy == Remedy.MEDIATION:
            out.append(
                _count(
                    n,
                    QT_TRANSLATE_NOOP(
                        "Brief",
                        "{count} commitment is blocked for political reasons: it needs "
                        "mediation with the parties concerned.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Brief",
                        "{count} commitments are blocked for political reasons: they need "
                        "mediation with the parties concerned.",
                    ),
                )
            )
        else:
            out.append(
                _count(
                    n,
                    QT_TRANSLATE_NOOP(
                        "Brief",
                        "{count} other commitment is blocked: to be referred to whoever can "
                        "unblock it.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Brief",
                        "{count} other commitments are blocked: to be referred to whoever can "
                        "unblock them.",
                    ),
                )
            )
    return out


# --- key messages --------------------------------------------------------------------------------


def key_messages(b: Brief) -> list[str]:
    """Three to five sentences that say what the governor must know and decide."""
    out = []
    if b.points:
        text = _count(
            len(b.points),
            QT_TRANSLATE_NOOP("Brief", "{count} point is submitted to your decision: {titles}."),
            QT_TRANSLATE_NOOP("Brief", "{count} points are submitted to your decision: {titles}."),
            titles=" ; ".join(p.title for p in b.points),
        )
        out.append(text)
    if b.blocked.total:
        lead = _count(
            b.blocked.total,
            QT_TRANSLATE_NOOP("Brief", "{count} commitment is blocked."),
            QT_TRANSLATE_NOOP("Brief", "{count} commitments are blocked."),
        )
        out.append(" ".join([lead, *remedy_sentences(b.blocked.rows)]))
    actions = [a for line in b.follow_up for a in line.actions]
    if actions and b.previous is not None:
        done = sum(1 for a in actions if a.status.value == "done")
        late = sum(1 for a in actions if a.late)
        text = tr(
            QT_TRANSLATE_NOOP(
                "Brief",
                "Follow-up of session n° {number}: {actions}; {done}, {late}.",
            )
        )
        out.append(
            text.format(
                number=b.previous.number,
                actions=_count(
                    len(actions),
                    QT_TRANSLATE_NOOP("Brief", "{count} action decided"),
                    QT_TRANSLATE_NOOP("Brief", "{count} actions decided"),
                ),
                done=_count(
                    done,
                    QT_TRANSLATE_NOOP("Brief", "{count} action done"),
                    QT_TRANSLATE_NOOP("Brief", "{count} actions done"),
                ),
                late=_count(
                    late,
                    QT_TRANSLATE_NOOP("Brief", "{count} action late"),
                    QT_TRANSLATE_NOOP("Brief", "{count} actions late"),
                ),
            )
        )
    out.append(_incidents_message(b))
    f = b.figures
    if f.resources.gap:
        text = tr(
            QT_TRANSLATE_NOOP(
                "Brief",
                "« Reste à financer » of the open commitments: {gap}, of which {awaited} "
                "pledged but not received (to claim from the funders) and {uncovered} not "
                "covered (to find).",
            )
        )
        out.append(
            text.format(
                gap=format_money(f.resources.gap),
                awaited=format_money(f.resources.awaited),
                uncovered=format_money(f.resources.uncovered),
            )
        )
    return out[:5]


def _incidents_message(b: Brief) -> str:
    f = b.figures
    recent = _count(
        f.incidents_recent,
        QT_TRANSLATE_NOOP("Brief", "{count} incident recorded"),
        QT_TRANSLATE_NOOP("Brief", "{count} incidents recorded"),
    )
    if b.previous is None:
        text = tr(QT_TRANSLATE_NOOP("Brief", "{recent} since the framework began ({start})."))
        return text.format(recent=recent, start=format_date(b.since))
    if not b.comparable:
        text = tr(QT_TRANSLATE_NOOP("Brief", "{recent} since session n° {number}."))
        return text.format(recent=recent, number=b.previous.number)
    text = tr(
        QT_TRANSLATE_NOOP(
            "Brief",
            "{recent} since session n° {number}, against {previous} in the period of the same "
            "length before.",
        )
    )
    return text.format(recent=recent, number=b.previous.number, previous=num(f.incidents_previous))


def messages(w: Writer, b: Brief) -> None:
    """The key messages, on page one."""
    w.section(tr(QT_TRANSLATE_NOOP("Brief", "Key messages")))
    w.add("<ul>", *(f"<li>{esc(m)}</li>" for m in key_messages(b)), "</ul>")


# --- decision points -----------------------------------------------------------------------------


def points(w: Writer, b: Brief) -> None:
    """The points submitted to the governor's decision: situation, options, recommendation,
    action asked; and the blocked commitments no point was prepared for."""
    w.section(tr(QT_TRANSLATE_NOOP("Brief", "Points submitted to the Governor's decision")))
    if not b.points:
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "No decision point was prepared for this session.")))
    labels = {
        "situation": tr(QT_TRANSLATE_NOOP("Brief", "Situation")),
        "options": tr(QT_TRANSLATE_NOOP("Brief", "Options")),
        "recommendation": tr(QT_TRANSLATE_NOOP("Brief", "Recommendation of the secretariat")),
        "action": tr(QT_TRANSLATE_NOOP("Brief", "Action asked of the Governor")),
        "precedent": tr(QT_TRANSLATE_NOOP("Brief", "Commitment concerned")),
    }
    for i, p in enumerate(b.points, 1):
        w.heading(3, f"{i}. {p.title}")
        rows = []
        if p.situation:
            rows.append((labels["situation"], esc(p.situation)))
        if p.precedent is not None:
            pr = p.precedent
            state = pr.status.label()
            if pr.since is not None:
                state += " " + tr(QT_TRANSLATE_NOOP("Brief", "since {date}")).format(
                    date=format_date(pr.since)
                )
            detail = f"{esc(pr.title)} — <b>{esc(state)}</b>"
            if pr.reason and pr.status != CommitmentStatus.ACTIVE:
                detail += f"<br/>{esc(pr.reason)}"
            rows.append((labels["precedent"], detail))
        if p.options:
            rows.append(
                (labels["options"], "<br/>".join(f"{chr(64 + k)}. {esc(o)}"
                                                 for k, o in enumerate(p.options, 1)))
            )  # fmt: skip
        if p.recommendation:
            rows.append((labels["recommendation"], f"<b>{esc(p.recommendation)}</b>"))
        if p.action_asked:
            rows.append((labels["action"], f"<b>{esc(p.action_asked)}</b>"))
        w.add(w.table(["", ""], [(f"<b>{esc(k)}</b>", v) for k, v in rows], (24, 76), heads=False))
    if b.unprepared.total:
        text = _count(
            b.unprepared.total,
            QT_TRANSLATE_NOOP("Brief", "{count} blocked commitment has no decision point:"),
            QT_TRANSLATE_NOOP("Brief", "{count} blocked commitments have no decision point:"),
        )
        names = " ; ".join(b.unprepared.rows)
        if b.unprepared.more:
            names += " ; " + tr(QT_TRANSLATE_NOOP("Brief", "… and {count} others")).format(
                count=num(b.unprepared.more)
            )
        w.p(f"{text} {names}.", "note")


# --- follow-up ---------------------------------------------------------------------------------


def follow_up(w: Writer, b: Brief) -> None:
    """The previous session's decisions with their actions, and key figures against it."""
    w.section(tr(QT_TRANSLATE_NOOP("Brief", "Follow-up of the previous session")))
    if b.previous is None:
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "This is the first session of the framework.")))
        return
    intro = tr(QT_TRANSLATE_NOOP("Brief", "Decisions of session n° {number} of {date}"))
    w.heading(3, intro.format(number=b.previous.number, date=format_date(b.previous.held_on)))
    if not b.follow_up:
        w.p(tr(QT_TRANSLATE_NOOP("Brief", "No decision was recorded at that session.")))
    rows = []
    late_word = tr(QT_TRANSLATE_NOOP("Brief", "late"))
    for i, d in enumerate(b.follow_up, 1):
        if not d.actions:
            none = tr(QT_TRANSLATE_NOOP("Brief", "no follow-up action recorded"))
            rows.append((num(i), esc(d.text), f"<i>{esc(none)}</i>", "", ""))
        for k, a in enumerate(d.actions):
            status = esc(a.status.label())
            if a.late:
                status = f"<b>{status} — {esc(late_word)}</b>"
            rows.append(
                (
                    num(i) if k == 0 else "",
                    esc(d.text) if k == 0 else "",
                    esc(a.what) + (f"<br/><i>{esc(a.note)}</i>" if a.note else ""),
                    esc(a.who or "—") + "<br/>" + (format_date(a.due_on) or "—"),
                    status,
                )
            )
    if rows:
        heads = [
            "N°",
            tr(QT_TRANSLATE_NOOP("Brief", "Decision")),
            tr(QT_TRANSLATE_NOOP("Brief", "Action")),
            tr(QT_TRANSLATE_NOOP("Brief", "Who, by when")),
            tr(QT_TRANSLATE_NOOP("Brief", "Status")),
        ]
        w.add(w.table(heads, rows, (5, 30, 33, 18, 14), numeric=(0,)))
    if b.previous_figures is not None:
        _compare(w, b, b.previous_figures)


def _compare(w: Writer, b: Brief, before: KeyFigures) -> None:
    """Key figures now and at the previous session."""
    w.heading(3, tr(QT_TRANSLATE_NOOP("Brief", "Key figures against the previous session")))
    now = b.figures
    lines: list[tuple[str, Decimal, Decimal]] = [
        (QT_TRANSLATE_NOOP("Brief", "Active commitments"),
         Decimal(before.statuses[CommitmentStatus.ACTIVE]),
         Decimal(now.statuses[CommitmentStatus.ACTIVE])),
        (QT_TRANSLATE_NOOP("Brief", "Suspended commitments"),
         Decimal(before.statuses[CommitmentStatus.SUSPENDED]),
         Decimal(now.statuses[CommitmentStatus.SUSPENDED])),
        (QT_TRANSLATE_NOOP("Brief", "Overdue commitments"), Decimal(before.overdue),
         Decimal(now.overdue)),
        (QT_TRANSLATE_NOOP("Brief", "« Reste à financer » (FCFA)"), before.gap, now.gap),
        (QT_TRANSLATE_NOOP("Brief", "Incidents in the period covered"),
         Decimal(before.incidents_recent), Decimal(now.incidents_recent)),
    ]  # fmt: skip
    rows = []
    for label, was, is_ in lines:
        diff = is_ - was
        sign = "+" if diff > 0 else ("−" if diff < 0 else "")
        rows.append((esc(tr(label)), num(was), f"<b>{num(is_)}</b>", f"{sign}{num(abs(diff))}"))
    assert b.previous is not None
    heads = [
        "",
        tr(QT_TRANSLATE_NOOP("Brief", "Session n° {number}")).format(number=b.previous.number),
        tr(QT_TRANSLATE_NOOP("Brief", "Session n° {number}")).format(number=b.meeting.number),
        tr(QT_TRANSLATE_NOOP("Brief", "Change")),
    ]
    w.add(w.table(heads, rows, (46, 18, 18, 18), numeric=(1, 2, 3)))
