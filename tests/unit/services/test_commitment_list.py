"""The commitments list query: what each row says, and every filter the lists offer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from secframe.models import CommitmentKind, CommitmentStatus, LocalityLevel, ResourceCategory
from secframe.services import commitments as cs
from secframe.services import places
from secframe.services.resources import ResourceNeedInput, add_resource_need
from tests.fixtures.builders import TODAY


def _list(sample, **kw):
    with sample.db.read() as s:
        return cs.list_commitments(s, sample.framework_id, cs.CommitmentFilter(**kw), today=TODAY)


def _titles(sample, **kw):
    return [r.title for r in _list(sample, **kw)]


def test_rows_carry_state_partners_place_and_totals(sample, write):
    tonka = write(
        places.create_locality,
        places.LocalityInput("Tonka", LocalityLevel.COMMUNE, parent_id=sample.cercle_id),
    )
    c = sample.commitment(
        "Escortes",
        kind=CommitmentKind.ESCORT,
        lead_member_id=sample.fama,
        partners=(cs.PartnerInput(sample.cma, "appui"),),
        locality_id=tonka.id,
        reference="E-1",
        original_deadline=date(2020, 5, 1),
    )
    write(
        add_resource_need,
        c.id,
        ResourceNeedInput(
            ResourceCategory.FUEL,
            quantity=Decimal(10),
            unit_cost=Decimal(1000),
            received=Decimal(4000),
        ),
    )
    write(cs.revise_deadline, c.id, date(2020, 9, 1), reason="retard", today=TODAY)
    (row,) = _list(sample)
    assert (row.title, row.reference, row.kind) == ("Escortes", "E-1", CommitmentKind.ESCORT)
    assert row.lead_member == "FAMa" and row.partners == "CMA"
    assert row.locality.endswith("Tonka") and " › " in row.locality
    assert (row.original_deadline, row.deadline, row.revisions) == (
        date(2020, 5, 1),
        date(2020, 9, 1),
        1,
    )
    assert row.status == CommitmentStatus.PLANNED and row.status_since == date(2019, 3, 1)
    assert (row.needed, row.received, row.gap) == (Decimal(10000), Decimal(4000), Decimal(6000))
    assert row.overdue  # open, deadline before TODAY
    assert row.last_change_on == date(2019, 3, 1)
    assert row.version >= 1


def test_rows_are_ordered_by_title_and_closed_ones_are_never_overdue(sample, write):
    done = sample.commitment("B fini", original_deadline=date(2019, 4, 1))
    write(cs.change_status, done.id, CommitmentStatus.COMPLETED, on=date(2019, 5, 1), today=TODAY)
    sample.commitment("A prévu", original_deadline=date(2030, 1, 1))
    rows = _list(sample)
    assert [r.title for r in rows] == ["A prévu", "B fini"]
    assert not any(r.overdue for r in rows)
    assert rows[1].last_cause is not None


def test_filters(sample, write):
    tonka = write(
        places.create_locality,
        places.LocalityInput("Tonka", LocalityLevel.COMMUNE, parent_id=sample.cercle_id),
    )
    sample.commitment("Patrouille Tonka", locality_id=tonka.id, original_deadline=date(2019, 6, 1))
    sample.commitment(
        "Charte des jeunes",
        kind=CommitmentKind.CHARTER,
        lead_member_id=sample.youth,
        partners=(cs.PartnerInput(sample.fama),),
        start_date=date(2020, 1, 1),
        description="Comité de suivi",
    )
    assert _titles(sample, kinds=frozenset({CommitmentKind.CHARTER})) == ["Charte des jeunes"]
    assert _titles(sample, member_id=sample.fama) == ["Charte des jeunes"]
    assert _titles(sample, member_id=sample.cma) == ["Patrouille Tonka"]
    assert _titles(sample, locality_id=sample.region_id) == ["Patrouille Tonka"]
    assert _titles(sample, text="comité") == ["Charte des jeunes"]
    assert _titles(sample, overdue_only=True) == ["Patrouille Tonka"]
    assert _titles(sample, date_to=date(2019, 12, 31)) == ["Patrouille Tonka"]
    assert _titles(sample, date_from=date(2019, 7, 1)) == ["Charte des jeunes"]
    assert _titles(sample, statuses=frozenset({CommitmentStatus.ACTIVE})) == []
    assert len(_titles(sample)) == 2
