"""The parts of the governor's brief: each commitment's situation on a day, what changed in a
period, blocked commitments, resources, incidents by place, attendance. Computed from the
status log, the deadline history and the shared aggregates of ``services.stats``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Generic, Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.models import (
    Commitment,
    CommitmentKind,
    CommitmentStatus,
    DeadlineRevision,
    LocalityLevel,
    Member,
    MembershipStatus,
    Remedy,
    ResourceCategory,
    Sex,
    StatusCause,
    StatusChange,
)
from secframe.models.rules import blocked_since, is_overdue, remedy_for
from secframe.services import meetings as ms
from secframe.services import stats
from secframe.services.commitments.references import labelled_sql
from secframe.services.incidents import IncidentFilter
from secframe.services.resources import Totals, totals_by

T = TypeVar("T")
ROWS = 10  # rows per list; the rest is counted ("… and 12 more")
ZERO = Decimal(0)
Facts = dict[int, tuple[str, CommitmentKind, str, date | None]]


@dataclass(frozen=True)
class Shown(Generic[T]):
    """The first rows of a list and how many there are in all."""

    rows: tuple[T, ...]
    total: int

    @property
    def more(self) -> int:
        """Rows left out."""
        return self.total - len(self.rows)


def shown(items: list[T], limit: int = ROWS) -> Shown[T]:
    return Shown(tuple(items[:limit]), len(items))


@dataclass(frozen=True)
class CommitmentState:
    """A commitment's status and deadline on a given day."""

    status: CommitmentStatus
    since: date
    cause: StatusCause | None
    reason: str | None
    deadline: date | None


@dataclass(frozen=True)
class ChangeLine:
    """A status change since the previous session."""

    commitment_id: int
    title: str
    changed_on: date
    from_status: CommitmentStatus | None
    to_status: CommitmentStatus
    cause: StatusCause | None
    reason: str | None


@dataclass(frozen=True)
class RevisionLine:
    """A deadline revision since the previous session."""

    commitment_id: int
    title: str
    decided_on: date
    previous_deadline: date | None
    new_deadline: date
    reason: str


@dataclass(frozen=True)
class NewLine:
    """A commitment taken since the previous session."""

    commitment_id: int
    title: str
    kind: CommitmentKind
    lead: str
    created_on: date
    status: CommitmentStatus


@dataclass(frozen=True)
class BlockedLine:
    """A suspended commitment, or a planned one that should have started."""

    commitment_id: int
    title: str
    lead: str
    status: CommitmentStatus
    cause: StatusCause | None
    reason: str | None
    blocked_since: date
    days: int
    gap: Decimal | None  # None: no resource need recorded
    remedy: Remedy = Remedy.REFERRAL  # what would restart it, by its cause
    unblock_by: str | None = None
    next_step: str | None = None
    next_step_on: date | None = None


@dataclass(frozen=True)
class PlaceLine:
    """Incidents at one cercle or axis since the previous session and in the period before."""

    label: str
    incidents: int
    fatalities: int
    previous: int


@dataclass(frozen=True)
class Attendance:
    """Who came to a session: members present, people and counts by sex."""

    members: tuple[str, ...]
    absent: tuple[str, ...]
    people: int
    women: int
    men: int
    unrecorded: int


# --- the situation on a day --------------------------------------------------------------------


def states_on(session: Session, framework_id: int, day: date) -> dict[int, CommitmentState]:
    """Each commitment's status and deadline on ``day``, from its status log and deadline
    history; commitments whose log starts later are left out."""
    last: dict[int, tuple[date, CommitmentStatus, StatusCause | None, str | None]] = {}
    for cid, on, to, cause, reason in session.execute(
        select(
            StatusChange.commitment_id,
            StatusChange.changed_on,
            StatusChange.to_status,
            StatusChange.cause,
            StatusChange.reason,
        )
        .join(Commitment, Commitment.id == StatusChange.commitment_id)
        .where(Commitment.framework_id == framework_id, StatusChange.changed_on <= day)
        .order_by(StatusChange.commitment_id, StatusChange.changed_on, StatusChange.id)
    ):
        last[cid] = (on, to, cause, reason)
    deadlines = deadlines_on(session, framework_id, day)
    return {
        cid: CommitmentState(status, on, cause, reason, deadlines.get(cid))
        for cid, (on, status, cause, reason) in last.items()
    }


def deadlines_on(session: Session, framework_id: int, day: date) -> dict[int, date | None]:
    """Each commitment's deadline on ``day``: the last revision decided by then, else the
    deadline before the first revision, else the current one."""
    revisions: dict[int, list[tuple[date, date | None, date]]] = defaultdict(list)
    for cid, decided, before, after in session.execute(
        select(
            DeadlineRevision.commitment_id,
            DeadlineRevision.decided_on,
            DeadlineRevision.previous_deadline,
            DeadlineRevision.new_deadline,
        )
        .join(Commitment, Commitment.id == DeadlineRevision.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .order_by(DeadlineRevision.commitment_id, DeadlineRevision.decided_on, DeadlineRevision.id)
    ):
        revisions[cid].append((decided, before, after))
    result: dict[int, date | None] = dict(
        session.execute(
            select(Commitment.id, Commitment.deadline).where(
                Commitment.framework_id == framework_id
            )
        ).all()
    )
    for cid, history in revisions.items():
        applied = [r for r in history if r[0] <= day]
        result[cid] = applied[-1][2] if applied else history[0][1]
    return result


def key_figures_on(
    session: Session,
    framework_id: int,
    states: dict[int, CommitmentState],
    as_of: date,
    since: date,
    resources: Totals,
) -> stats.KeyFigures:
    """The key figures as they stood on ``as_of``: statuses and deadlines of that day."""
    statuses = dict.fromkeys(CommitmentStatus, 0)
    for s in states.values():
        statuses[s.status] += 1
    overdue = sum(1 for s in states.values() if is_overdue(s.status, s.deadline, as_of))
    recent, previous = stats.incident_counts(session, framework_id, since, as_of)
    return stats.KeyFigures(statuses, overdue, resources, recent, previous, since, as_of)


def resources_of(
    session: Session,
    framework_id: int,
    counted: frozenset[int],
    facts: dict[int, tuple[str, CommitmentKind, str, date | None]],
    per: dict[object, Totals] | None = None,
) -> tuple[Totals, list[stats.ResourceGroup], list[stats.ResourceGroup]]:
    """« Reste à financer »: totals, gaps by commitment (with a gap) and by category (with a
    need) of the ``counted`` commitments (those open on the reference date); ``per``: the
    totals of every commitment when already read."""
    if per is None:
        per = totals_by(session, framework_id, "commitment", open_only=False)
    by_commitment = sorted(
        (stats.ResourceGroup(k, facts[k][0], t) for k, t in per.items() if k in counted),
        key=lambda g: (-g.totals.gap, g.label),
    )
    cats = totals_by(session, framework_id, "category", counted, open_only=False) if counted else {}
    by_category = sorted(
        (stats.ResourceGroup(k, ResourceCategory(k).label(), t) for k, t in cats.items()),  # type: ignore[arg-type]
        key=lambda g: (-g.totals.gap, g.label),
    )
    total = sum((g.totals for g in by_category), Totals())
    return (
        total,
        [g for g in by_commitment if g.totals.gap],
        [g for g in by_category if g.totals.needed],
    )


# --- what changed ------------------------------------------------------------------------------


def changes_in(
    session: Session, framework_id: int, since: date, as_of: date
) -> tuple[list[ChangeLine], list[tuple[int, date]]]:
    """Status changes in the period (latest first) and the commitments created in it."""
    rows = session.execute(
        select(StatusChange, labelled_sql())
        .join(Commitment, Commitment.id == StatusChange.commitment_id)
        .where(
            Commitment.framework_id == framework_id,
            StatusChange.changed_on >= since,
            StatusChange.changed_on <= as_of,
        )
        .order_by(StatusChange.changed_on.desc(), StatusChange.id.desc())
    ).all()
    changes, created = [], []
    for sc, title in rows:
        if sc.from_status is None:
            created.append((sc.commitment_id, sc.changed_on))
            continue
        changes.append(
            ChangeLine(
                sc.commitment_id,
                title,
                sc.changed_on,
                sc.from_status,
                sc.to_status,
                sc.cause,
                sc.reason,
            )
        )
    return changes, created


def revisions_in(
    session: Session, framework_id: int, since: date, as_of: date
) -> list[RevisionLine]:
    rows = session.execute(
        select(DeadlineRevision, labelled_sql())
        .join(Commitment, Commitment.id == DeadlineRevision.commitment_id)
        .where(
            Commitment.framework_id == framework_id,
            DeadlineRevision.decided_on >= since,
            DeadlineRevision.decided_on <= as_of,
        )
        .order_by(DeadlineRevision.decided_on.desc(), DeadlineRevision.id.desc())
    ).all()
    return [
        RevisionLine(r.commitment_id, title, r.decided_on, r.previous_deadline, r.new_deadline,
                     r.reason)
        for r, title in rows
    ]  # fmt: skip


def commitment_facts(
    session: Session, framework_id: int
) -> dict[int, tuple[str, CommitmentKind, str, date | None]]:
    """Title, kind, lead member and start date of every commitment of the framework."""
    lead = Member.label
    rows = session.execute(
        select(Commitment.id, Commitment.title, Commitment.kind, lead, Commitment.start_date)
        .outerjoin(Member, Member.id == Commitment.lead_member_id)
        .where(Commitment.framework_id == framework_id)
    )
    return {cid: (title, kind, name or "", start) for cid, title, kind, name, start in rows}


def blocked_on(
    states: dict[int, CommitmentState],
    facts: dict[int, tuple[str, CommitmentKind, str, date | None]],
    gaps: dict[object, Totals],
    as_of: date,
) -> list[BlockedLine]:
    """Commitments blocked on ``as_of`` (``models.rules.blocked_since``); the largest gap
    first, then the longest blocked."""
    lines = []
    for cid, s in states.items():
        title, _kind, lead, start = facts[cid]
        since = blocked_since(s.status, s.since, start, s.deadline, as_of)
        if since is None:
            continue
        gap = gaps[cid].gap if cid in gaps else None
        days = (as_of - since).days
        lines.append(
            BlockedLine(
                cid, title, lead, s.status, s.cause, s.reason, since, days, gap,
                remedy_for(s.cause if s.status == CommitmentStatus.SUSPENDED else None),
            )
        )  # fmt: skip
    return sorted(lines, key=lambda b: (-(b.gap or ZERO), -b.days, b.title))


# --- incidents ---------------------------------------------------------------------------------


def incidents_by(
    session: Session,
    framework_id: int,
    level: LocalityLevel | Literal["axis"],
    since: date,
    as_of: date,
) -> list[PlaceLine]:
    recent = IncidentFilter(framework_id=framework_id, date_from=since, date_to=as_of)
    start, end = stats.period_before(since, as_of)
    before = IncidentFilter(framework_id=framework_id, date_from=start, date_to=end)
    previous = {p.label: p.incidents for p in stats.incidents_by_place(session, before, level)}
    return [
        PlaceLine(p.label, p.incidents, p.fatalities, previous.get(p.label, 0))
        for p in stats.incidents_by_place(session, recent, level)
    ]


def chart_months(
    session: Session, framework_id: int, since: date, as_of: date
) -> tuple[stats.MonthCount, ...]:
    """Incidents per month from a year before ``since`` (at least two years) to the reference
    date, so the period since the last session is seen against what came before."""
    start = min(since - timedelta(days=365), as_of - timedelta(days=730)).replace(day=1)
    flt = IncidentFilter(framework_id=framework_id, date_from=start, date_to=as_of)
    return tuple(stats.incidents_per_month(session, flt))


# --- attendance --------------------------------------------------------------------------------


def attendance_of(session: Session, meeting: ms.MeetingInfo) -> Attendance:
    present = list(dict.fromkeys(a.member for a in meeting.attendance if a.member))
    ids = {a.member_id for a in meeting.attendance if a.member_id is not None}
    absent = session.scalars(
        select(Member.label)
        .where(
            Member.framework_id == meeting.framework_id,
            Member.status == MembershipStatus.ACTIVE,
            Member.id.not_in(ids),
        )
        .order_by(Member.label)
    ).all()
    by_sex = meeting.attendance_by_sex
    return Attendance(
        tuple(present),
        tuple(absent),
        len(meeting.attendance),
        by_sex[Sex.FEMALE],
        by_sex[Sex.MALE],
        by_sex[Sex.UNKNOWN],
    )
