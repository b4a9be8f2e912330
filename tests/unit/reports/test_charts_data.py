"""The data behind the charts, read through the services (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from secframe.models import CommitmentStatus, IncidentType, Locality, StatusCause
from secframe.reports import charts
from secframe.reports.charts_data import PlaceChoice, find_place
from secframe.services import commitments as cs
from secframe.services import frameworks as fws
from secframe.services import incidents as inc
from secframe.services import places
from secframe.services.overview import commitment_dates, revision_dates
from secframe.services.stats import Period
from tests.fixtures.builders import TODAY, Sample

S = CommitmentStatus


@dataclass
class Road:
    """The sample framework with a road, commitments on it and incidents along it."""

    sample: Sample
    axis_id: int
    goundam: int
    patrols: int
    escorts: int
    charter: int
    advocacy: int


@pytest.fixture
def road(sample: Sample) -> Road:
    db = sample.db
    with db.read() as s:
        goundam = s.scalar(select(Locality.id).where(Locality.pcode == "ML0602"))
    with db.write() as s:
        axis = places.create_axis(
            s, places.AxisInput("Tombouctou – Goundam", (sample.cercle_id, goundam))
        ).id
    patrols = sample.commitment(
        "Patrouilles de la CMA", axis_id=axis, status=S.ACTIVE, status_on=date(2019, 3, 1),
        original_deadline=date(2019, 3, 31),
    ).id  # fmt: skip
    escorts = sample.commitment(
        "Escortes armées", axis_id=axis, status=S.ACTIVE, status_on=date(2019, 4, 1),
        original_deadline=date(2019, 12, 31), lead_member_id=sample.fama,
    ).id  # fmt: skip
    charter = sample.commitment(
        "Charte de bonne conduite", locality_id=sample.cercle_id, status=S.ACTIVE,
        status_on=date(2019, 10, 1), lead_member_id=sample.youth,
    ).id  # fmt: skip
    advocacy = sample.commitment("Plaidoyer", status_on=date(2019, 3, 1))
    with db.write() as s:
        cs.change_status(s, patrols, S.COMPLETED, on=date(2019, 4, 1), today=TODAY)
        cs.change_status(
            s, escorts, S.SUSPENDED, on=date(2020, 5, 1), cause=StatusCause.SECURITY,
            reason="Retrait des forces de Tonka et Diré", today=TODAY,
        )  # fmt: skip
        cs.revise_deadline(
            s, escorts, date(2020, 12, 31), reason="Prolongation", decided_on=date(2019, 11, 15),
            today=TODAY,
        )  # fmt: skip
        for on, place, axis_id in [
            (date(2019, 1, 20), goundam, None),
            (date(2019, 2, 3), goundam, axis),
            (date(2019, 2, 17), goundam, axis),
            (date(2019, 2, 25), goundam, axis),
            (date(2019, 4, 9), goundam, axis),
            (date(2020, 6, 2), goundam, axis),
            (date(2020, 6, 12), goundam, axis),
        ]:
            inc.create_incident(
                s, inc.IncidentInput(on, IncidentType.ROBBERY, locality_id=place, axis_id=axis_id),
                today=TODAY,
            )  # fmt: skip
    return Road(sample, axis, goundam, patrols, escorts, charter, advocacy.id)


def test_places_are_the_regions_their_cercles_and_the_axes_through_them(road: Road):
    with road.sample.db.read() as s:
        choices = charts.place_choices(s, road.sample.framework_id)
    assert [c.label() for c in choices] == [
        "Région\u00a0: Tombouctou",
        "Cercle\u00a0: Diré",
        "Cercle\u00a0: Goundam",
        "Cercle\u00a0: Gourma-Rharous",
        "Cercle\u00a0: Niafunké",
        "Cercle\u00a0: Tombouctou",
        "Axe\u00a0: Tombouctou – Goundam",
    ]
    assert find_place(choices, f"axis:{road.axis_id}") == choices[-1]
    assert find_place(choices, "axis:999999") is None


def test_incidents_on_an_axis_with_the_activity_of_its_commitments(road: Road):
    place = PlaceChoice("axis", road.axis_id, "Tombouctou – Goundam")
    with road.sample.db.read() as s:
        series = charts.incident_series(s, road.sample.framework_id, place, today=TODAY)
    counts = {(m.year, m.month): m.incidents for m in series.months}
    assert counts[(2019, 1)] == 1  # at Goundam, a place on the axis
    assert counts[(2019, 2)] == 3
    assert counts[(2019, 3)] == 0  # every month is present
    assert counts[(2020, 6)] == 2
    assert len(series.months) == 18
    # The patrols then the escorts: one stretch of activity from March 2019 to May 2020.
    assert series.covered == (Period(date(2019, 3, 1), date(2020, 5, 1)),)
    assert [b.title for b in series.bands] == ["Patrouilles de la CMA", "Escortes armées"]
    assert series.more == 0
    assert series.place == "Axe\u00a0: Tombouctou – Goundam"


def test_lanes_keep_the_longest_active_commitments(road: Road):
    place = PlaceChoice("region", road.sample.region_id, "Tombouctou")
    with road.sample.db.read() as s:
        series = charts.incident_series(s, road.sample.framework_id, place, today=TODAY, lanes=2)
    assert [b.title for b in series.bands] == ["Escortes armées", "Charte de bonne conduite"]
    assert series.more == 1
    assert series.covered == (Period(date(2019, 3, 1), None),)


def test_the_dashboard_opens_on_the_axis_whose_commitments_were_active_longest(road: Road):
    sample = road.sample
    with sample.db.read() as s:
        data = charts.load_dashboard(s, sample.framework_id, today=TODAY)
        region = charts.load_dashboard(
            s, sample.framework_id, f"region:{sample.region_id}", today=TODAY
        )
    assert data.place == PlaceChoice("axis", road.axis_id, "Tombouctou – Goundam")
    assert region.place == PlaceChoice("region", sample.region_id, "Tombouctou")
    assert data.framework_name == "CT"
    assert data.key_figures.total == 4
    assert {(c.status, c.count) for c in data.status_kinds} >= {(S.SUSPENDED, 1), (S.ACTIVE, 1)}
    assert not data.is_empty


def test_timeline_items_carry_status_spans_and_deadline_moves(road: Road):
    sample = road.sample
    with sample.db.read() as s:
        line = charts.timeline(s, sample.framework_id, today=TODAY)
    assert line.total == 4
    assert [i.title for i in line.items] == [  # by start, then by creation
        "Patrouilles de la CMA",
        "Plaidoyer",
        "Escortes armées",
        "Charte de bonne conduite",
    ]
    escorts = line.items[2]
    assert escorts.spans == (
        charts.StatusSpan(S.ACTIVE, date(2019, 4, 1), date(2020, 5, 1)),
        charts.StatusSpan(S.SUSPENDED, date(2020, 5, 1), None),
    )
    assert escorts.moves == (
        charts.DeadlineMove(date(2019, 11, 15), date(2019, 12, 31), date(2020, 12, 31)),
    )
    assert (escorts.original_deadline, escorts.deadline) == (date(2019, 12, 31), date(2020, 12, 31))


def test_a_long_timeline_shows_the_open_commitments_first(road: Road):
    sample = road.sample
    with sample.db.read() as s:
        line = charts.timeline(s, sample.framework_id, today=TODAY, limit=2)
    # Open ones by their latest change: the escorts (suspended May 2020), then the charter.
    assert [i.title for i in line.items] == ["Escortes armées", "Charte de bonne conduite"]
    assert line.total == 4


def test_light_commitment_list_filters_like_the_full_list(road: Road):
    sample = road.sample
    filters = [
        cs.CommitmentFilter(),
        cs.CommitmentFilter(locality_id=sample.region_id),
        cs.CommitmentFilter(locality_id=road.goundam),
        cs.CommitmentFilter(axis_id=road.axis_id),
        cs.CommitmentFilter(statuses=frozenset({S.ACTIVE, S.PLANNED})),
    ]
    with sample.db.read() as s:
        for flt in filters:
            light = [c.id for c in commitment_dates(s, sample.framework_id, flt, today=TODAY)]
            full = sorted(
                c.id for c in cs.list_commitments(s, sample.framework_id, flt, today=TODAY)
            )
            assert light == full, flt
        revisions = revision_dates(s, [road.escorts, road.patrols])
    assert [(r.commitment_id, r.new_deadline) for r in revisions] == [
        (road.escorts, date(2020, 12, 31))
    ]


def test_an_empty_framework_gives_empty_charts_not_errors(sample: Sample):
    with sample.db.read() as s:
        data = charts.load_dashboard(s, sample.framework_id, today=TODAY)
    assert data.is_empty
    assert data.place == PlaceChoice("region", sample.region_id, "Tombouctou")
    figures = charts.dashboard_figures(data)
    assert set(figures) == set(charts.CHART_KEYS)
    for fig in figures.values():
        messages = fig.findobj(lambda a: getattr(a, "get_gid", lambda: None)() == "empty-message")
        assert messages, fig.get_suptitle()


def test_a_framework_without_regions_has_no_incidents_chart(sample: Sample):
    with sample.db.write() as s:
        fw = fws.create_framework(
            s, fws.FrameworkInput(name="Forum sans région", short_name="FSR", level=fws.FrameworkLevel.LOCAL_FORUM)
        )  # fmt: skip
    with sample.db.read() as s:
        data = charts.load_dashboard(s, fw.id, today=TODAY)
    assert data.places == () and data.incidents is None
    assert "incidents" not in charts.dashboard_figures(data)
