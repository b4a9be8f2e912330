"""Aggregates shared by the dashboard, the exports and the briefs."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from sqlalchemy import ColumnElement, extract, func, select
from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    Axis,
    AxisLocality,
    Commitment,
    CommitmentKind,
    CommitmentPartner,
    CommitmentStatus,
    DeadlineRevision,
    Incident,
    Locality,
    LocalityLevel,
    Member,
    MemberCategory,
    ResourceCategory,
    StatusChange,
)
from secframe.models.enums import OPEN_STATUSES
from secframe.models.rules import overdue_condition
from secframe.services.incidents import IncidentFilter, scope_condition
from secframe.services.resources import Totals, totals_by

GroupBy = Literal["commitment", "member", "category"]


@dataclass(frozen=True)
class StatusKindCount:
    """How many commitments of one kind are in one status."""

    status: CommitmentStatus
    kind: CommitmentKind
    count: int


def status_kind_counts(session: Session, framework_id: int) -> list[StatusKindCount]:
    """Commitments by status × kind (only the combinations that occur)."""
    rows = session.execute(
        select(Commitment.status, Commitment.kind, func.count())
        .where(Commitment.framework_id == framework_id)
        .group_by(Commitment.status, Commitment.kind)
    )
    return sorted(
        (StatusKindCount(s, k, n) for s, k, n in rows),
        key=lambda r: (list(CommitmentStatus).index(r.status), list(CommitmentKind).index(r.kind)),
    )


def status_counts(session: Session, framework_id: int) -> dict[CommitmentStatus, int]:
    """Commitments per status (every status present, zero if none)."""
    counts = dict.fromkeys(CommitmentStatus, 0)
    for row in status_kind_counts(session, framework_id):
        counts[row.status] += row.count
    return counts


@dataclass(frozen=True)
class MemberCommitments:
    """A member's commitments: those it leads by status, and those it joins as partner."""

    member_id: int
    name: str
    category: MemberCategory
    lead: dict[CommitmentStatus, int]
    partner: int

    @property
    def total(self) -> int:
        """Commitments led plus commitments joined."""
        return sum(self.lead.values()) + self.partner


def member_commitment_counts(session: Session, framework_id: int) -> list[MemberCommitments]:
    """Commitments per member, the busiest first."""
    members = session.execute(
        select(Member.id, Member.label, Member.category).where(Member.framework_id == framework_id)
    ).all()
    lead: dict[int, dict[CommitmentStatus, int]] = defaultdict(
        lambda: dict.fromkeys(CommitmentStatus, 0)
    )
    for mid, status, n in session.execute(
        select(Commitment.lead_member_id, Commitment.status, func.count())
        .where(Commitment.framework_id == framework_id, Commitment.lead_member_id.is_not(None))
        .group_by(Commitment.lead_member_id, Commitment.status)
    ):
        if mid is not None:
            lead[mid][status] = n
    partner = dict(
        session.execute(
            select(CommitmentPartner.member_id, func.count())
            .join(Member, Member.id == CommitmentPartner.member_id)
            .where(Member.framework_id == framework_id)
            .group_by(CommitmentPartner.member_id)
        ).all()
    )
    result = [
        MemberCommitments(mid, name, cat, dict(lead[mid]), partner.get(mid, 0))
        for mid, name, cat in members
    ]
    return sorted(result, key=lambda m: (-m.total, m.name))


@dataclass(frozen=True)
class Slippage:
    """How far a commitment's deadline moved."""

    commitment_id: int
    title: str
    status: CommitmentStatus
    original_deadline: date | None
    deadline: date | None
    revisions: int

    @property
    def days_slipped(self) -> int:
        """Days from the original deadline to the current one."""
        if self.original_deadline is None or self.deadline is None:
            return 0
        return (self.deadline - self.original_deadline).days


def deadline_slippage(session: Session, framework_id: int) -> list[Slippage]:
    """Commitments whose deadline was revised, the most slipped first."""
    rows = session.execute(
        select(
            Commitment.id,
            Commitment.title,
            Commitment.status,
            Commitment.original_deadline,
            Commitment.deadline,
            func.count(DeadlineRevision.id),
        )
        .join(DeadlineRevision, DeadlineRevision.commitment_id == Commitment.id)
        .where(Commitment.framework_id == framework_id)
        .group_by(Commitment.id)
    )
    result = [Slippage(*r) for r in rows]
    return sorted(result, key=lambda s: (-s.days_slipped, -s.revisions, s.title))


@dataclass(frozen=True)
class ResourceGroup:
    """Resource totals (XOF) of one commitment, member or category."""

    key: int | str | None
    label: str
    totals: Totals


def resource_gaps(session: Session, framework_id: int, by: GroupBy) -> list[ResourceGroup]:
    """Needed, pledged, received and gap (XOF) per commitment, lead member or category;
    the largest gap first."""
    groups = totals_by(session, framework_id, by)
    if by == "commitment":
        names = dict(
            session.execute(
                select(Commitment.id, Commitment.title).where(Commitment.id.in_(list(groups)))
            ).all()
        )
        labels = {k: names.get(k, "") for k in groups}  # type: ignore[call-overload]
    elif by == "member":
        names = dict(
            session.execute(
                select(Member.id, Member.label).where(Member.framework_id == framework_id)
            ).all()
        )
        none_label = msg("Stats", QT_TRANSLATE_NOOP("Stats", "No lead member")).render()
        labels = {k: names.get(k, none_label) if k else none_label for k in groups}  # type: ignore[call-overload]
    else:
        labels = {k: ResourceCategory(k).label() for k in groups}  # type: ignore[arg-type]
    result = [ResourceGroup(k, labels[k], t) for k, t in groups.items()]  # type: ignore[arg-type]
    return sorted(result, key=lambda g: (-g.totals.gap, g.label))


def resource_totals(session: Session, framework_id: int) -> Totals:
    """Needed, pledged, received and gap (XOF) over all a framework's commitments."""
    total = Totals()
    for t in totals_by(session, framework_id, "category").values():
        total = total + t
    return total


# --- incidents ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthCount:
    """Incidents and fatalities in one calendar month."""

    year: int
    month: int
    incidents: int
    fatalities: int

    @property
    def first_day(self) -> date:
        """The month's first day (for plotting)."""
        return date(self.year, self.month, 1)


def period_before(since: date, until: date) -> tuple[date, date]:
    """The period of the same length just before ``since``..``until`` (for "vs the period
    before" comparisons of incidents)."""
    length = until - since
    return since - length - timedelta(days=1), since - timedelta(days=1)


def _months(start: date, end: date) -> list[tuple[int, int]]:
    months = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def incidents_per_month(session: Session, flt: IncidentFilter) -> list[MonthCount]:
    """Incidents per month for a place and period, every month present (zero if none)."""
    year = extract("year", Incident.occurred_on)
    month = extract("month", Incident.occurred_on)
    rows = session.execute(
        select(year, month, func.count(), func.coalesce(func.sum(Incident.fatalities), 0))
        .where(*scope_condition(session, flt))
        .group_by(year, month)
    ).all()
    found = {(int(y), int(m)): (n, f) for y, m, n, f in rows}
    if not found and (flt.date_from is None or flt.date_to is None):
        return []
    first = flt.date_from or date(*min(found), 1)
    last = flt.date_to or date(*max(found), 1)
    return [MonthCount(y, m, *found.get((y, m), (0, 0))) for y, m in _months(first, last)]


@dataclass(frozen=True)
class PlaceCount:
    """Incidents at one place (region, cercle, commune, locality) or on one axis."""

    place_id: int | None
    label: str
    incidents: int
    fatalities: int


def incidents_by_place(
    session: Session, flt: IncidentFilter, level: LocalityLevel | Literal["axis"]
) -> list[PlaceCount]:
    """Incidents grouped by the place at ``level`` that contains them, or by axis; most first.

    An incident recorded above ``level`` (say at region level, grouped by cercle) is counted
    under its own place marked "unspecified", so the totals add up.
    """
    conds = scope_condition(session, flt)
    if level == "axis":
        return _by_axis(session, conds)
    per_locality = session.execute(
        select(Incident.locality_id, func.count(), func.coalesce(func.sum(Incident.fatalities), 0))
        .where(*conds, Incident.locality_id.is_not(None))
        .group_by(Incident.locality_id)
    ).all()
    places = {
        i: (name, lvl, path)
        for i, name, lvl, path in session.execute(
            select(Locality.id, Locality.name, Locality.level, Locality.path)
        )
    }
    unspecified = QT_TRANSLATE_NOOP("Stats", "{place} (unspecified)")
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    labels: dict[int, str] = {}
    for loc_id, n, fat in per_locality:
        if loc_id is None:
            continue
        chain = [int(p) for p in places[loc_id][2].strip("/").split("/") if p]
        target = next((p for p in chain if places[p][1] == level), None)
        if target is None:
            deepest = chain[-1]
            labels[-deepest] = msg("Stats", unspecified, place=places[deepest][0]).render()
            target = -deepest
        else:
            labels[target] = places[target][0]
        totals[target][0] += n
        totals[target][1] += fat
    result = [PlaceCount(k if k > 0 else None, labels[k], v[0], v[1]) for k, v in totals.items()]
    return sorted(result, key=lambda p: (-p.incidents, p.label))


def _by_axis(session: Session, conds: list[ColumnElement[bool]]) -> list[PlaceCount]:
    axes = session.execute(select(Axis.id, Axis.name)).all()
    result = []
    for axis_id, name in axes:
        on_axis = select(AxisLocality.locality_id).where(AxisLocality.axis_id == axis_id)
        n, fat = session.execute(
            select(func.count(), func.coalesce(func.sum(Incident.fatalities), 0)).where(
                *conds, (Incident.axis_id == axis_id) | Incident.locality_id.in_(on_axis)
            )
        ).one()
        if n:
            result.append(PlaceCount(axis_id, name, n, fat))
    return sorted(result, key=lambda p: (-p.incidents, p.label))


# --- periods of activity -----------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A span of days; ``end`` None means still going on."""

    start: date
    end: date | None

    def days(self, today: date) -> int:
        """Length in days (an ongoing period runs to ``today``), at least one day."""
        return max(((self.end or today) - self.start).days, 1)


def active_periods(
    session: Session, commitment_ids: list[int] | None = None, *, framework_id: int | None = None
) -> dict[int, list[Period]]:
    """When each commitment was active, from its status log."""
    stmt = select(StatusChange.commitment_id, StatusChange.changed_on, StatusChange.to_status)
    if commitment_ids is not None:
        stmt = stmt.where(StatusChange.commitment_id.in_(commitment_ids))
    if framework_id is not None:
        stmt = stmt.join(Commitment, Commitment.id == StatusChange.commitment_id).where(
            Commitment.framework_id == framework_id
        )
    stmt = stmt.order_by(StatusChange.commitment_id, StatusChange.changed_on, StatusChange.id)
    periods: dict[int, list[Period]] = defaultdict(list)
    started: dict[int, date] = {}
    for cid, on, to in session.execute(stmt):
        if to == CommitmentStatus.ACTIVE and cid not in started:
            started[cid] = on
        elif to != CommitmentStatus.ACTIVE and cid in started:
            periods[cid].append(Period(started.pop(cid), on))
    for cid, start in started.items():
        periods[cid].append(Period(start, None))
    return dict(periods)


@dataclass(frozen=True)
class PeriodIncidents:
    """Incidents in a period at a commitment's place, with a rate comparable across periods."""

    start: date
    end: date
    days: int
    incidents: int

    @property
    def per_30_days(self) -> float:
        """Incidents per 30 days."""
        return self.incidents * 30 / self.days if self.days else 0.0


@dataclass(frozen=True)
class IncidentsAround:
    """Incidents at a commitment's place before, during and after its active periods."""

    commitment_id: int
    before: PeriodIncidents | None
    during: list[PeriodIncidents] = field(default_factory=list)
    after: PeriodIncidents | None = None

    @property
    def during_total(self) -> PeriodIncidents | None:
        """All active periods together."""
        if not self.during:
            return None
        return PeriodIncidents(
            self.during[0].start,
            self.during[-1].end,
            sum(p.days for p in self.during),
            sum(p.incidents for p in self.during),
        )


def incidents_around(
    session: Session, commitment_id: int, *, today: date | None = None
) -> IncidentsAround | None:
    """Incidents at a commitment's axis or locality in the periods before, during and after it
    was active (the before and after windows are as long as the active time). None when the
    commitment has no place or was never active."""
    today = today or date.today()
    c = session.get(Commitment, commitment_id)
    if c is None or (c.axis_id is None and c.locality_id is None):
        return None
    periods = active_periods(session, [commitment_id]).get(commitment_id, [])
    if not periods:
        return None
    base = (
        IncidentFilter(axis_id=c.axis_id)
        if c.axis_id is not None
        else IncidentFilter(locality_id=c.locality_id)
    )

    def count(start: date, end: date) -> PeriodIncidents:
        flt = IncidentFilter(
            axis_id=base.axis_id, locality_id=base.locality_id, date_from=start, date_to=end
        )
        n = session.scalar(
            select(func.count()).select_from(Incident).where(*scope_condition(session, flt))
        )
        return PeriodIncidents(start, end, max((end - start).days + 1, 1), n or 0)

    during = [count(p.start, (p.end or today) - timedelta(days=1 if p.end else 0)) for p in periods]
    length = sum(p.days for p in during)
    first = periods[0].start
    before = count(first - timedelta(days=length), first - timedelta(days=1))
    after = None
    last_end = periods[-1].end
    if last_end is not None and last_end <= today:
        after = count(last_end, min(today, last_end + timedelta(days=length - 1)))
    return IncidentsAround(commitment_id, before, during, after)


# --- key figures -------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyFigures:
    """The figures shown large on the dashboard and at the top of a brief."""

    statuses: dict[CommitmentStatus, int]
    overdue: int
    resources: Totals
    incidents_recent: int
    incidents_previous: int
    since: date
    until: date

    @property
    def total(self) -> int:
        """All commitments."""
        return sum(self.statuses.values())

    @property
    def open(self) -> int:
        """Planned, active and suspended commitments."""
        return sum(self.statuses[s] for s in OPEN_STATUSES)

    @property
    def gap(self) -> Decimal:
        """« Reste à financer » (XOF): unmet needs of the open commitments."""
        return self.resources.gap


def key_figures(
    session: Session,
    framework_id: int,
    *,
    today: date | None = None,
    since: date | None = None,
) -> KeyFigures:
    """Commitment counts, overdue count, « reste à financer », and incidents in the framework's
    regions from ``since`` (default: 90 days ago) to today against the period of the same
    length just before."""
    today = today or date.today()
    since = since or today - timedelta(days=90)
    overdue = session.scalar(
        select(func.count())
        .select_from(Commitment)
        .where(Commitment.framework_id == framework_id, overdue_condition(today))
    )
    recent, previous = incident_counts(session, framework_id, since, today)
    return KeyFigures(
        statuses=status_counts(session, framework_id),
        overdue=overdue or 0,
        resources=resource_totals(session, framework_id),
        incidents_recent=recent,
        incidents_previous=previous,
        since=since,
        until=today,
    )


def incident_counts(
    session: Session, framework_id: int, since: date, until: date
) -> tuple[int, int]:
    """Incidents in the framework's regions from ``since`` to ``until``, and in the period of
    the same length just before."""
    start, end = period_before(since, until)

    def count(flt: IncidentFilter) -> int:
        return (
            session.scalar(
                select(func.count()).select_from(Incident).where(*scope_condition(session, flt))
            )
            or 0
        )

    return (
        count(IncidentFilter(framework_id=framework_id, date_from=since, date_to=until)),
        count(IncidentFilter(framework_id=framework_id, date_from=start, date_to=end)),
    )
