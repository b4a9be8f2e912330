"""The data the charts draw, gathered from the services (no matplotlib here).

The chart functions in ``secframe.reports.charts`` take plain data: the frozen dataclasses of
``services.stats`` and the few defined here (incident series with activity periods, timeline
items). ``load_dashboard`` gathers everything the dashboard shows in one read, so that the
dashboard, the printed brief and the tests draw the same figures from the same data.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.jobs import JobState
from secframe.models import CommitmentStatus, LocalityLevel
from secframe.services import commitments as cs
from secframe.services import frameworks, places, stats
from secframe.services.commitments import CommitmentFilter
from secframe.services.incidents import IncidentFilter
from secframe.services.mapping import MapData, map_data
from secframe.services.overview import CommitmentDates, commitment_dates, revision_dates
from secframe.services.resources import Totals
from secframe.services.results import ResultTotal, result_totals
from secframe.services.stats import KeyFigures, MonthCount, Period, ResourceGroup, StatusKindCount

PlaceKind = Literal["region", "cercle", "axis"]
TIMELINE_LIMIT = 15
INCIDENT_LANES = 6


MAP_DAYS = 365  # the dashboard's map shows the incidents of the last year


@dataclass(frozen=True)
class PlaceChoice:
    """A region, cercle or axis whose incidents the incidents chart can show."""

    kind: PlaceKind
    id: int
    name: str

    @property
    def key(self) -> str:
        """A stable text key ("axis:3") to remember the choice."""
        return f"{self.kind}:{self.id}"

    def label(self) -> str:
        """ "Région : Tombouctou", "Axe : Tombouctou – Goundam" in the current language."""
        if self.kind == "region":
            return msg(
                "Charts", QT_TRANSLATE_NOOP("Charts", "Region: {name}"), name=self.name
            ).render()
        if self.kind == "cercle":
            return msg(
                "Charts", QT_TRANSLATE_NOOP("Charts", "Cercle: {name}"), name=self.name
            ).render()
        return msg("Charts", QT_TRANSLATE_NOOP("Charts", "Axis: {name}"), name=self.name).render()

    def incident_filter(self) -> IncidentFilter:
        """The incidents at this place (inside the region or cercle, or on the axis)."""
        if self.kind == "axis":
            return IncidentFilter(axis_id=self.id)
        return IncidentFilter(locality_id=self.id)

    def commitment_filter(self) -> CommitmentFilter:
        """The commitments at this place (inside it or on an axis through it, or on the axis)."""
        if self.kind == "axis":
            return CommitmentFilter(axis_id=self.id)
        return CommitmentFilter(locality_id=self.id)


@dataclass(frozen=True)
class ActivityBand:
    """A commitment's active periods, drawn as a lane under the incidents."""

    commitment_id: int
    title: str
    status: CommitmentStatus
    periods: tuple[Period, ...]


@dataclass(frozen=True)
class IncidentSeries:
    """Incidents per month at a place, and when the commitments on that place were active.

    ``covered`` merges the active periods of every commitment on the place (shaded);
    ``bands`` are the longest-active of them, drawn one per lane; ``more`` counts the others.
    """

    place: str
    months: tuple[MonthCount, ...]
    covered: tuple[Period, ...] = ()
    bands: tuple[ActivityBand, ...] = ()
    more: int = 0
    today: date | None = None


@dataclass(frozen=True)
class StatusSpan:
    """A stretch of a commitment's life in one status; ``end`` None means up to now."""

    status: CommitmentStatus
    start: date
    end: date | None


@dataclass(frozen=True)
class DeadlineMove:
    """A deadline revision: decided on a day, moving the deadline from one date to another."""

    decided_on: date
    previous: date | None
    new: date


@dataclass(frozen=True)
class TimelineItem:
    """One commitment on the timeline: its statuses over time and its deadlines."""

    commitment_id: int
    title: str
    status: CommitmentStatus
    spans: tuple[StatusSpan, ...]
    original_deadline: date | None = None
    deadline: date | None = None
    moves: tuple[DeadlineMove, ...] = ()


@dataclass(frozen=True)
class Timeline:
    """The commitments drawn on the timeline, out of ``total`` in the framework."""

    items: tuple[TimelineItem, ...]
    total: int
    today: date


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard draws for one framework."""

    framework_id: int
    framework_name: str
    key_figures: KeyFigures
    status_kinds: tuple[StatusKindCount, ...]
    gaps_by_commitment: tuple[ResourceGroup, ...]
    gaps_by_category: tuple[ResourceGroup, ...]
    places: tuple[PlaceChoice, ...]
    place: PlaceChoice | None
    incidents: IncidentSeries | None
    timeline: Timeline
    results: tuple[ResultTotal, ...] = ()  # counted results, the most recent first
    incident_map: MapData | None = None  # the last year's incidents per cercle

    @property
    def is_empty(self) -> bool:
        """No commitment, no resource need and no incident in the framework's regions."""
        kf = self.key_figures
        return (
            kf.total == 0
            and kf.resources == Totals()
            and not (self.incidents and self.incidents.months)
            and kf.incidents_recent + kf.incidents_previous == 0
        )


# --- places --------------------------------------------------------------------------------------


def place_choices(session: Session, framework_id: int) -> list[PlaceChoice]:
    """The framework's regions, each followed by its cercles, then the axes through them."""
    fw = frameworks.get_framework(session, framework_id)
    choices: list[PlaceChoice] = []
    inside: set[int] = set()
    for region_id, region_name in sorted(
        zip(fw.region_ids, fw.region_names, strict=True), key=lambda r: r[1]
    ):
        choices.append(PlaceChoice("region", region_id, region_name))
        below = places.list_localities(session, under=region_id)
        inside.add(region_id)
        inside.update(p.id for p in below)
        choices.extend(
            PlaceChoice("cercle", p.id, p.name) for p in below if p.level == LocalityLevel.CERCLE
        )
    choices.extend(
        PlaceChoice("axis", a.id, a.name)
        for a in places.list_axes(session)
        if inside.intersection(a.locality_ids)
    )
    return choices


def default_place(
    choices: list[PlaceChoice] | tuple[PlaceChoice, ...],
    rows: list[CommitmentDates],
    periods: dict[int, list[Period]],
    today: date,
) -> PlaceChoice | None:
    """The axis whose commitments were active longest (where the chart says most about them),
    else the first region."""
    axes = {c.id: c for c in choices if c.kind == "axis"}
    active_days: Counter[int] = Counter()
    for r in rows:
        if r.axis_id in axes:
            active_days[r.axis_id] += sum(p.days(today) for p in periods.get(r.id, []))
    if active_days:
        best = max(active_days.items(), key=lambda item: (item[1], -item[0]))[0]
        return axes[best]
    return choices[0] if choices else None


def find_place(
    choices: tuple[PlaceChoice, ...] | list[PlaceChoice], key: str | None
) -> PlaceChoice | None:
    """The choice remembered under ``key`` if it still exists."""
    return next((c for c in choices if c.key == key), None)


# --- incidents and activity ---------------------------------------------------------------------


def merge_periods(periods: list[Period], today: date) -> tuple[Period, ...]:
    """Overlapping or touching periods merged into one (an ongoing period runs to ``today``)."""
    merged: list[Period] = []
    for p in sorted(periods, key=lambda p: p.start):
        if merged and p.start <= (merged[-1].end or today):
            last = merged[-1]
            end = None if last.end is None or p.end is None else max(last.end, p.end)
            merged[-1] = Period(last.start, end)
        else:
            merged.append(p)
    return tuple(merged)


def incident_series(
    session: Session,
    framework_id: int,
    place: PlaceChoice,
    *,
    today: date | None = None,
    lanes: int = INCIDENT_LANES,
    known_periods: dict[int, list[Period]] | None = None,
) -> IncidentSeries:
    """Incidents per month at ``place``, with the active periods of the commitments there
    (taken from ``known_periods`` when the framework's were read already)."""
    today = today or date.today()
    months = stats.incidents_per_month(session, place.incident_filter())
    rows = commitment_dates(session, framework_id, place.commitment_filter(), today=today)
    if known_periods is not None:
        periods = {r.id: known_periods[r.id] for r in rows if r.id in known_periods}
    else:
        periods = stats.active_periods(session, [r.id for r in rows]) if rows else {}
    titled = {r.id: r for r in rows}
    ranked = sorted(
        (cid for cid in periods if periods[cid]),
        key=lambda cid: (-sum(p.days(today) for p in periods[cid]), cid),
    )
    shown = sorted(ranked[:lanes], key=lambda cid: (periods[cid][0].start, cid))
    bands = tuple(
        ActivityBand(cid, titled[cid].title, titled[cid].status, tuple(periods[cid]))
        for cid in shown
    )
    covered = merge_periods([p for ps in periods.values() for p in ps], today)
    return IncidentSeries(
        place.label(), tuple(months), covered, bands, max(len(ranked) - lanes, 0), today
    )


# --- timeline ------------------------------------------------------------------------------------


def status_spans(changes: list[cs.StatusChangeInfo]) -> tuple[StatusSpan, ...]:
    """A commitment's status log as consecutive spans (the last one open-ended)."""
    ordered = sorted(changes, key=lambda c: (c.changed_on, c.id))
    spans = []
    for i, change in enumerate(ordered):
        end = ordered[i + 1].changed_on if i + 1 < len(ordered) else None
        spans.append(StatusSpan(change.to_status, change.changed_on, end))
    return tuple(spans)


def _pick_for_timeline(rows: list[CommitmentDates], limit: int) -> list[CommitmentDates]:
    """Open commitments first (the most recently changed), then the most recently closed."""

    def recency(r: CommitmentDates) -> int:
        on = r.status_since or r.start_date
        return on.toordinal() if on else 0

    ranked = sorted(rows, key=lambda r: (r.status.is_closed, -recency(r), r.id))
    return ranked[:limit]


def timeline(
    session: Session,
    framework_id: int,
    *,
    today: date | None = None,
    limit: int = TIMELINE_LIMIT,
    rows: list[CommitmentDates] | None = None,
) -> Timeline:
    """Up to ``limit`` commitments with their status spans and deadline revisions, by start.

    ``rows`` (the framework's commitments) may be passed when already loaded.
    """
    today = today or date.today()
    if rows is None:
        rows = commitment_dates(session, framework_id, today=today)
    picked = _pick_for_timeline(rows, limit)
    ids = [r.id for r in picked]
    log: dict[int, list[cs.StatusChangeInfo]] = {i: [] for i in ids}
    for change in cs.status_log(session, ids) if ids else []:
        log[change.commitment_id].append(change)
    moves: dict[int, list[DeadlineMove]] = {i: [] for i in ids}
    for rev in revision_dates(session, ids):
        moves[rev.commitment_id].append(
            DeadlineMove(rev.decided_on, rev.previous_deadline, rev.new_deadline)
        )
    items = [
        TimelineItem(
            r.id,
            r.title,
            r.status,
            status_spans(log[r.id]),
            r.original_deadline,
            r.deadline,
            tuple(moves[r.id]),
        )
        for r in picked
    ]
    items.sort(key=lambda i: (i.spans[0].start if i.spans else today, i.commitment_id))
    return Timeline(tuple(items), len(rows), today)


# --- everything at once --------------------------------------------------------------------------


def load_dashboard(
    session: Session,
    framework_id: int,
    place_key: str | None = None,
    *,
    today: date | None = None,
    state: JobState | None = None,
) -> DashboardData:
    """Every aggregate the dashboard draws; ``place_key`` picks the incidents' place (else the
    busiest axis or the first region). Reports progress to ``state`` and honours its cancel."""
    state = state or JobState()
    today = today or date.today()
    fw = frameworks.get_framework(session, framework_id)
    state.progress(1, 6)
    key = stats.key_figures(session, framework_id, today=today)
    kinds = stats.status_kind_counts(session, framework_id)
    state.progress(2, 6)
    by_commitment = stats.resource_gaps(session, framework_id, "commitment")
    by_category = stats.resource_gaps(session, framework_id, "category")
    state.progress(3, 6)
    rows = commitment_dates(session, framework_id, today=today)
    state.progress(4, 6)
    choices = place_choices(session, framework_id)
    place = find_place(choices, place_key)
    periods = None
    if place is None:
        periods = stats.active_periods(session, framework_id=framework_id)
        place = default_place(choices, rows, periods, today)
    series = (
        incident_series(session, framework_id, place, today=today, known_periods=periods)
        if place
        else None
    )
    state.progress(5, 6)
    line = timeline(session, framework_id, today=today, rows=rows)
    area = map_data(session, framework_id, today - timedelta(days=MAP_DAYS), today)
    state.progress(6, 6)
    return DashboardData(
        framework_id=framework_id,
        framework_name=fw.short_name,
        key_figures=key,
        status_kinds=tuple(kinds),
        gaps_by_commitment=tuple(by_commitment),
        gaps_by_category=tuple(by_category),
        places=tuple(choices),
        place=place,
        incidents=series,
        timeline=line,
        results=tuple(result_totals(session, framework_id, until=today)),
        incident_map=area,
    )
