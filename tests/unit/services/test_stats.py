"""Aggregates shared by charts, exports and briefs, checked on a small hand-built framework."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from secframe.models import (
    CommitmentKind,
    CommitmentStatus,
    IncidentType,
    Locality,
    LocalityLevel,
    ResourceCategory,
    StatusCause,
    Verification,
)
from secframe.services import commitments as cs
from secframe.services import incidents as inc
from secframe.services import places, stats
from secframe.services.resources import ResourceNeedInput, add_resource_need
from tests.fixtures.builders import TODAY


@dataclass
class World:
    sample: object
    patrol: int
    checkpoint: int
    done: int
    axis: int
    commune: int
    goundam: int


@pytest.fixture
def world(sample, write) -> World:
    with sample.db.read() as s:
        goundam = s.scalar(select(Locality.id).where(Locality.pcode == "ML0602"))
        gao = s.scalar(select(Locality.id).where(Locality.pcode == "ML0703"))
    commune = write(
        places.create_locality,
        places.LocalityInput("Tombouctou", LocalityLevel.COMMUNE, sample.cercle_id),
    )
    tonka = write(
        places.create_locality, places.LocalityInput("Tonka", LocalityLevel.COMMUNE, goundam)
    )
    axis = write(places.create_axis, places.AxisInput("Tombouctou – Tonka", (commune.id, tonka.id)))
    patrol = sample.commitment("Patrouilles", status=CommitmentStatus.ACTIVE, status_on=date(2019, 3, 1),
                               axis_id=axis.id, start_date=date(2019, 3, 1))  # fmt: skip
    write(cs.change_status, patrol.id, CommitmentStatus.SUSPENDED, on=date(2019, 6, 1),
          cause=StatusCause.RESOURCES, reason="Carburant", today=TODAY)  # fmt: skip
    checkpoint = sample.commitment("Postes", kind=CommitmentKind.CHECKPOINT, lead_member_id=sample.fama,
                                   original_deadline=date(2019, 1, 1), status_on=date(2018, 12, 1))  # fmt: skip
    done = sample.commitment("Charte", kind=CommitmentKind.CHARTER, status=CommitmentStatus.COMPLETED,
                             cause=StatusCause.COMPLETED, reason="signée")  # fmt: skip
    write(add_resource_need, patrol.id, ResourceNeedInput(
        category=ResourceCategory.FUEL, quantity=Decimal(100), unit_cost=Decimal(750),
        pledged=Decimal(50_000), received=Decimal(25_000)))  # fmt: skip
    write(add_resource_need, patrol.id, ResourceNeedInput(
        category=ResourceCategory.COMMUNICATIONS, quantity=Decimal(1), unit_cost=Decimal(100), currency="EUR"))  # fmt: skip
    write(add_resource_need, checkpoint.id, ResourceNeedInput(
        category=ResourceCategory.VEHICLES, quantity=Decimal(2), unit_cost=Decimal(1_000_000),
        pledged=Decimal(2_000_000), received=Decimal(2_500_000)))  # fmt: skip

    def incident(on, place, axis_id=None, verification=Verification.UNVERIFIED, fatalities=0):
        write(inc.create_incident, inc.IncidentInput(
            occurred_on=on, type=IncidentType.ROBBERY, locality_id=place, axis_id=axis_id,
            verification=verification, fatalities=fatalities), today=TODAY)  # fmt: skip

    for day in (3, 10, 20):
        incident(date(2019, 2, day), commune.id, fatalities=1)
    incident(date(2019, 4, 15), tonka.id, axis.id)
    incident(date(2019, 7, 2), goundam)
    incident(date(2019, 7, 9), goundam)
    incident(date(2019, 7, 9), gao)  # outside the framework's region
    incident(date(2019, 7, 9), commune.id, verification=Verification.REJECTED)
    return World(sample, patrol.id, checkpoint.id, done.id, axis.id, commune.id, goundam)


def test_status_and_kind_counts(world):
    with world.sample.db.read() as s:
        counts = stats.status_counts(s, world.sample.framework_id)
        by_kind = {
            (r.status, r.kind): r.count
            for r in stats.status_kind_counts(s, world.sample.framework_id)
        }
    assert counts[CommitmentStatus.SUSPENDED] == 1
    assert counts[CommitmentStatus.PLANNED] == 1
    assert counts[CommitmentStatus.COMPLETED] == 1
    assert counts[CommitmentStatus.ACTIVE] == 0
    assert by_kind[(CommitmentStatus.PLANNED, CommitmentKind.CHECKPOINT)] == 1


def test_resource_gaps_never_go_below_zero_and_convert_euros(world):
    with world.sample.db.read() as s:
        by_commitment = {
            g.key: g.totals for g in stats.resource_gaps(s, world.sample.framework_id, "commitment")
        }
        by_category = {
            g.key: g.totals for g in stats.resource_gaps(s, world.sample.framework_id, "category")
        }
        by_member = {
            g.key: g.totals for g in stats.resource_gaps(s, world.sample.framework_id, "member")
        }
        total = stats.resource_totals(s, world.sample.framework_id)
    patrol = by_commitment[world.patrol]
    assert patrol.needed == Decimal("75000") + Decimal("65595.7")
    assert patrol.gap == Decimal("50000") + Decimal("65595.7")
    assert by_commitment[world.checkpoint].gap == 0
    assert by_category[ResourceCategory.VEHICLES].received == Decimal(2_500_000)
    assert by_member[world.sample.cma].gap == patrol.gap
    assert total.gap == patrol.gap
    assert total.pledged == Decimal(2_050_000)


def test_commitment_rows_carry_totals_and_overdue_flags(world):
    with world.sample.db.read() as s:
        rows = {r.id: r for r in cs.list_commitments(s, world.sample.framework_id, today=TODAY)}
        overdue = cs.list_commitments(
            s, world.sample.framework_id, cs.CommitmentFilter(overdue_only=True), today=TODAY
        )
    assert rows[world.checkpoint].overdue
    assert not rows[world.done].overdue
    assert [r.id for r in overdue] == [world.checkpoint]
    assert rows[world.patrol].last_cause == StatusCause.RESOURCES
    assert rows[world.patrol].gap == Decimal("115595.7")


def test_incidents_per_month_fill_empty_months_and_skip_rejected(world):
    flt = inc.IncidentFilter(
        framework_id=world.sample.framework_id,
        date_from=date(2019, 1, 1),
        date_to=date(2019, 8, 31),
    )
    with world.sample.db.read() as s:
        months = stats.incidents_per_month(s, flt)
    assert [(m.month, m.incidents) for m in months] == [
        (1, 0),
        (2, 3),
        (3, 0),
        (4, 1),
        (5, 0),
        (6, 0),
        (7, 2),
        (8, 0),
    ]
    assert months[1].fatalities == 3


def test_incidents_by_place_adds_up_with_unspecified_places(world):
    flt = inc.IncidentFilter(framework_id=world.sample.framework_id)
    with world.sample.db.read() as s:
        communes = stats.incidents_by_place(s, flt, LocalityLevel.COMMUNE)
        cercles = stats.incidents_by_place(s, flt, LocalityLevel.CERCLE)
        axes = stats.incidents_by_place(s, flt, "axis")
    assert [(p.label, p.incidents) for p in communes] == [
        ("Tombouctou", 3),
        ("Goundam (non précisé)", 2),
        ("Tonka", 1),
    ]
    assert {p.label: p.incidents for p in cercles} == {"Tombouctou": 3, "Goundam": 3}
    assert [(p.label, p.incidents) for p in axes] == [("Tombouctou – Tonka", 4)]


def test_active_periods_come_from_the_status_log(world):
    with world.sample.db.read() as s:
        periods = stats.active_periods(s, [world.patrol, world.checkpoint])
    assert periods[world.patrol] == [stats.Period(date(2019, 3, 1), date(2019, 6, 1))]
    assert world.checkpoint not in periods


def test_incidents_before_during_and_after_a_commitment(world):
    with world.sample.db.read() as s:
        around = stats.incidents_around(s, world.patrol, today=TODAY)
    assert around is not None
    assert (around.before.start, around.before.end) == (date(2018, 11, 29), date(2019, 2, 28))
    assert around.before.incidents == 3
    assert around.during_total.incidents == 1
    assert around.during_total.days == 92
    assert around.after.incidents == 0
    assert around.before.per_30_days == pytest.approx(3 * 30 / 92)


def test_key_figures_compare_two_periods_of_the_same_length(world):
    with world.sample.db.read() as s:
        figures = stats.key_figures(
            s, world.sample.framework_id, today=date(2019, 7, 31), since=date(2019, 6, 1)
        )
    assert figures.incidents_recent == 2
    assert figures.incidents_previous == 1  # 2 April – 31 May holds the axis incident
    assert figures.overdue == 1
    assert figures.total == 3
    assert figures.gap == Decimal("115595.7")


def test_deadline_slippage_and_member_counts(world, write):
    write(
        cs.revise_deadline,
        world.checkpoint,
        date(2019, 3, 1),
        reason="Saison des pluies",
        today=TODAY,
    )
    with world.sample.db.read() as s:
        slips = stats.deadline_slippage(s, world.sample.framework_id)
        members = {
            m.member_id: m for m in stats.member_commitment_counts(s, world.sample.framework_id)
        }
    assert [(x.commitment_id, x.days_slipped, x.revisions) for x in slips] == [
        (world.checkpoint, 59, 1)
    ]
    assert members[world.sample.cma].lead[CommitmentStatus.SUSPENDED] == 1
    assert members[world.sample.cma].total == 2
    assert members[world.sample.youth].total == 0


def test_the_period_before_has_the_same_length_and_ends_the_day_before():
    assert stats.period_before(date(2020, 4, 1), date(2020, 6, 30)) == (
        date(2020, 1, 1),
        date(2020, 3, 31),
    )
