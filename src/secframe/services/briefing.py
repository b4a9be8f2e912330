"""Everything the governor's brief shows, as plain data computed from the shared aggregates.

A brief is prepared for one session. It describes the situation on its reference date —
today, or the session's date when the session is already past (a reprint then shows what the
brief said at the time) — and what happened since the previous session (or, for a first
session, since the framework began). Statuses and deadlines on the reference date come from
the status log and the deadline history; resource amounts have no history and are current.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.jobs import JobState
from secframe.models import (
    Commitment,
    CommitmentStatus,
    Framework,
    LocalityLevel,
    Meeting,
    ResourceCategory,
    ResourceNeed,
    StatusChange,
)
from secframe.models.rules import counts_in_gap
from secframe.services import meetings as ms
from secframe.services import stats
from secframe.services.briefing_decisions import (
    FollowUpLine,
    PointLine,
    follow_up_of,
    points_of,
    unblocking_of,
)
from secframe.services.briefing_parts import (
    ZERO,
    Attendance,
    BlockedLine,
    ChangeLine,
    CommitmentState,
    NewLine,
    PlaceLine,
    RevisionLine,
    Shown,
    attendance_of,
    blocked_on,
    changes_in,
    chart_months,
    commitment_facts,
    incidents_by,
    key_figures_on,
    resources_of,
    revisions_in,
    shown,
    states_on,
)
from secframe.services.checks import fail
from secframe.services.demo_marks import ILLUSTRATIVE
from secframe.services.entities import FRAMEWORK, MEETING
from secframe.services.errors import NotFoundError
from secframe.services.mapping import MapData, map_data
from secframe.services.records import get_or_fail
from secframe.services.resources import Totals, totals_by
from secframe.services.results import ResultTotal, result_totals
from secframe.services.snapshots import Frozen, load

__all__ = [
    "Attendance",
    "BlockedLine",
    "Brief",
    "ChangeLine",
    "CommitmentState",
    "FollowUpLine",
    "NewLine",
    "PlaceLine",
    "PointLine",
    "RevisionLine",
    "Shown",
    "brief_period",
    "build_brief",
    "find_meeting",
    "states_on",
]

STEPS = 3


@dataclass(frozen=True)
class Brief:
    """Every figure and line of the governor's brief for one session."""

    framework_id: int
    framework_name: str
    framework_short_name: str
    meeting: ms.MeetingInfo
    previous: ms.MeetingInfo | None
    generated_at: datetime
    as_of: date
    since: date
    figures: stats.KeyFigures
    changes: Shown[ChangeLine]
    changes_by_status: dict[CommitmentStatus, int]
    revisions: Shown[RevisionLine]
    new_commitments: Shown[NewLine]
    blocked: Shown[BlockedLine]
    blocked_gap: Decimal
    gaps_by_commitment: Shown[stats.ResourceGroup]
    gaps_by_category: tuple[stats.ResourceGroup, ...]
    incidents_by_cercle: Shown[PlaceLine]
    incidents_by_axis: Shown[PlaceLine]
    incident_months: tuple[stats.MonthCount, ...]
    previous_attendance: Attendance | None
    # Counted results recorded in the period (« Opération Alafia : ~20 arrestations »).
    results: Shown[ResultTotal] = field(default_factory=lambda: Shown((), 0))
    regions: tuple[str, ...] = ()
    points: tuple[PointLine, ...] = ()
    # blocked commitments no decision point is about
    unprepared: Shown[str] = field(default_factory=lambda: Shown((), 0))
    follow_up: tuple[FollowUpLine, ...] = ()
    previous_figures: stats.KeyFigures | None = None
    comparable: bool = True  # the period before began after the framework did
    illustrative: bool = False  # example data: amounts, incidents, dates are invented
    incident_map: MapData | None = None
    frozen: Frozen | None = None  # set when printed from the figures frozen at adoption

    @property
    def first_session(self) -> bool:
        """True when no session came before: the brief covers the framework's whole life."""
        return self.previous is None

    @property
    def previous_period(self) -> tuple[date, date]:
        """The period of the same length just before ``since`` (for incident comparisons)."""
        return stats.period_before(self.since, self.as_of)


# --- finding the session -----------------------------------------------------------------------


def find_meeting(session: Session, framework_id: int, number: int | None = None) -> ms.MeetingInfo:
    """A framework's session by number, or its latest session when ``number`` is None."""
    get_or_fail(session, Framework, framework_id, FRAMEWORK)
    stmt = select(Meeting.id).where(Meeting.framework_id == framework_id)
    if number is None:
        stmt = stmt.order_by(Meeting.number.desc()).limit(1)
    else:
        stmt = stmt.where(Meeting.number == number)
    meeting_id = session.scalar(stmt)
    if meeting_id is None:
        if number is not None:
            raise NotFoundError(MEETING, f"n° {number}")
        raise fail(
            "meeting",
            msg(
                "Briefing",
                QT_TRANSLATE_NOOP(
                    "Briefing",
                    "This framework has no session yet: create the session the brief is for.",
                ),
            ),
        )
    return ms.get_meeting(session, meeting_id)


# --- the period ------------------------------------------------------------------------------


def _framework_start(session: Session, framework: Framework, as_of: date) -> date:
    """When a framework began: its establishment date, else its first recorded status change
    or session."""
    if framework.established_on is not None:
        return min(framework.established_on, as_of)
    first_change = session.scalar(
        select(func.min(StatusChange.changed_on))
        .join(Commitment, Commitment.id == StatusChange.commitment_id)
        .where(Commitment.framework_id == framework.id)
    )
    first_meeting = session.scalar(
        select(func.min(Meeting.held_on)).where(Meeting.framework_id == framework.id)
    )
    known = [d for d in (first_change, first_meeting) if d is not None]
    return min([*known, as_of])


def brief_period(
    session: Session, meeting: ms.MeetingInfo, previous: ms.MeetingInfo | None, today: date
) -> tuple[date, date]:
    """The period a brief covers: from the day after the previous session (or the
    framework's beginning) to the reference date."""
    as_of = min(today, meeting.held_on)
    if previous is not None:
        since = previous.held_on + timedelta(days=1)
    else:
        fw = get_or_fail(session, Framework, meeting.framework_id, FRAMEWORK)
        since = _framework_start(session, fw, as_of)
    return min(since, as_of), as_of


def _commitment_sections(
    session: Session, framework_id: int, meeting_id: int, since: date, as_of: date
) -> dict[str, Any]:
    """Key figures, what changed, blocked commitments (with who can unblock them), resource
    gaps and the decision points."""
    states = states_on(session, framework_id, as_of)
    facts = commitment_facts(session, framework_id)
    counted = frozenset(cid for cid, s in states.items() if counts_in_gap(s.status))
    all_gaps = totals_by(session, framework_id, "commitment", open_only=False)
    total, by_commitment, by_category = resources_of(
        session, framework_id, counted, facts, all_gaps
    )
    changed, created = changes_in(session, framework_id, since, as_of)
    new = [
        NewLine(cid, *facts[cid][:3], on, states[cid].status)
        for cid, on in created
        if cid in states
    ]
    unblock = unblocking_of(session, set(states))
    stopped = [
        replace(b, unblock_by=by, next_step=step, next_step_on=on)
        for b in blocked_on(states, facts, all_gaps, as_of)
        for by, step, on in [unblock.get(b.commitment_id, (None, None, None))]
    ]
    points = points_of(session, meeting_id, {c: (x.status, x.since) for c, x in states.items()})
    about = {p.precedent.title for p in points if p.precedent is not None}
    return {
        "figures": key_figures_on(session, framework_id, states, as_of, since, total),
        "changes": shown(changed, 10),
        "changes_by_status": _count_by_status(changed),
        "revisions": shown(revisions_in(session, framework_id, since, as_of), 6),
        "new_commitments": shown(new, 6),
        "blocked": shown(stopped, 8),
        "blocked_gap": sum((b.gap for b in stopped if b.gap is not None), ZERO),
        "gaps_by_commitment": shown(by_commitment, 8),
        "gaps_by_category": tuple(by_category),
        "results": shown(result_totals(session, framework_id, since=since, until=as_of), 8),
        "points": points,
        "unprepared": shown([b.title for b in stopped if b.title not in about], 5),
        "_per_commitment": all_gaps,
    }


def figures_on(
    session: Session,
    framework_id: int,
    day: date,
    since: date,
    per: dict[object, Totals] | None = None,
) -> stats.KeyFigures:
    """The key figures as they stood on ``day`` (statuses and deadlines of that day, resource
    amounts as recorded now); ``per``: every commitment's totals when already read."""
    states = states_on(session, framework_id, day)
    if per is None:
        per = totals_by(session, framework_id, "commitment", open_only=False)
    total = sum(
        (t for k, t in per.items() if k in states and counts_in_gap(states[k].status)), Totals()
    )
    return key_figures_on(session, framework_id, states, day, since, total)


def _previous_figures(
    session: Session,
    framework_id: int,
    previous: ms.MeetingInfo | None,
    start: date,
    per: dict[object, Totals],
) -> stats.KeyFigures | None:
    """The key figures of the previous session: frozen at its adoption, else recomputed."""
    if previous is None:
        return None
    frozen = load(session, previous.id, "brief", Brief)
    if frozen is not None:
        return frozen[0].figures
    before = ms.previous_meeting(session, previous.id)
    since = before.held_on + timedelta(days=1) if before is not None else start
    return figures_on(session, framework_id, previous.held_on, min(since, previous.held_on), per)


def is_illustrative(session: Session, framework_id: int, meeting_id: int) -> bool:
    """Whether the session or the framework's amounts are marked as example data."""
    marker = f"%{ILLUSTRATIVE}%"
    meeting = session.scalar(
        select(func.count())
        .select_from(Meeting)
        .where(Meeting.id == meeting_id, Meeting.notes.ilike(marker))
    )
    needs = session.scalar(
        select(func.count())
        .select_from(ResourceNeed)
        .join(Commitment, Commitment.id == ResourceNeed.commitment_id)
        .where(Commitment.framework_id == framework_id, ResourceNeed.description.ilike(marker))
    )
    return bool(meeting or needs)


def _count_by_status(lines: list[ChangeLine]) -> dict[CommitmentStatus, int]:
    counts: dict[CommitmentStatus, int] = {}
    for line in lines:
        counts[line.to_status] = counts.get(line.to_status, 0) + 1
    return counts


def _incident_sections(
    session: Session, framework_id: int, since: date, as_of: date
) -> dict[str, Any]:
    """Incidents by cercle and by axis against the period before, and the chart's months."""
    return {
        "incidents_by_cercle": shown(
            incidents_by(session, framework_id, LocalityLevel.CERCLE, since, as_of), 8
        ),
        "incidents_by_axis": shown(incidents_by(session, framework_id, "axis", since, as_of), 6),
        "incident_months": chart_months(session, framework_id, since, as_of),
    }


def build_brief(
    session: Session,
    meeting_id: int,
    *,
    today: date | None = None,
    now: datetime | None = None,
    state: JobState | None = None,
    live: bool = False,
) -> Brief:
    """The brief of a session: as frozen when its conclusions were adopted, else (or with
    ``live``) computed from the data."""
    now = now or datetime.now().replace(microsecond=0)
    if not live:
        frozen = load(session, meeting_id, "brief", Brief)
        if frozen is not None:
            b, when = frozen
            labels: dict[object, str] = {k.value: k.label() for k in ResourceCategory}
            cats = tuple(replace(g, label=labels.get(g.key, g.label)) for g in b.gaps_by_category)
            return replace(b, generated_at=now, frozen=when, gaps_by_category=cats)
    state = state or JobState()
    meeting = ms.get_meeting(session, meeting_id)
    fw = get_or_fail(session, Framework, meeting.framework_id, FRAMEWORK)
    previous = ms.previous_meeting(session, meeting_id)
    since, as_of = brief_period(session, meeting, previous, today or date.today())
    state.progress(0, STEPS, msg("Briefing", QT_TRANSLATE_NOOP("Briefing", "Commitments…")))
    parts = _commitment_sections(session, fw.id, meeting.id, since, as_of)
    per = parts.pop("_per_commitment")
    state.progress(1, STEPS, msg("Briefing", QT_TRANSLATE_NOOP("Briefing", "Incidents…")))
    parts |= _incident_sections(session, fw.id, since, as_of)
    state.progress(2, STEPS, msg("Briefing", QT_TRANSLATE_NOOP("Briefing", "Attendance…")))
    start = _framework_start(session, fw, as_of)
    brief = Brief(
        framework_id=fw.id,
        framework_name=fw.name,
        framework_short_name=fw.short_name,
        meeting=meeting,
        previous=previous,
        generated_at=now,
        as_of=as_of,
        since=since,
        previous_attendance=attendance_of(session, previous) if previous is not None else None,
        regions=tuple(sorted(r.name for r in fw.regions)),
        follow_up=follow_up_of(session, previous, as_of),
        previous_figures=_previous_figures(session, fw.id, previous, start, per),
        comparable=stats.period_before(since, as_of)[0] >= start,
        illustrative=is_illustrative(session, fw.id, meeting.id),
        incident_map=map_data(session, fw.id, since, as_of),
        **parts,
    )
    state.progress(STEPS, STEPS)
    return brief
