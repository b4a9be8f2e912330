"""The use cases the editor and the importers share, and what they say they changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from secframe.models import CommitmentKind, CommitmentStatus, ResourceCategory, StatusCause
from secframe.services import commitments as cs
from secframe.services.changes import (
    COMMITMENT,
    EVERYTHING,
    MEMBER,
    RESOURCE_NEED,
    STATUS_CHANGE,
    Changes,
)
from secframe.services.errors import ConflictError, ValidationError
from secframe.services.resources import ResourceNeedInput, need_infos

FUEL = ResourceNeedInput(ResourceCategory.FUEL, quantity=Decimal(10), unit_cost=Decimal(800))
CARS = ResourceNeedInput(ResourceCategory.VEHICLES, quantity=Decimal(2), unit_cost=Decimal(1000))


def _lines(sample, commitment_id):
    with sample.db.read() as s:
        return need_infos(s, commitment_id)


def test_a_new_commitment_is_saved_with_its_lines_and_says_so(sample):
    edit = cs.CommitmentEdit(
        cs.CommitmentInput(title="Escortes", kind=CommitmentKind.ESCORT, lead_member_id=sample.cma),
        ((None, None, FUEL), (None, None, CARS)),
        status=CommitmentStatus.ACTIVE,
        status_on=date(2020, 1, 6),
    )
    with sample.db.write() as s:
        saved = cs.save_commitment(s, sample.framework_id, None, edit)
    detail = saved.value
    assert detail.row.title == "Escortes" and detail.row.status == CommitmentStatus.ACTIVE
    assert sorted(n.category for n in detail.needs) == sorted(
        [ResourceCategory.FUEL, ResourceCategory.VEHICLES]
    )
    assert saved.changes.ids_of(COMMITMENT) == {detail.id}
    assert saved.changes.ids_of(RESOURCE_NEED) == {n.id for n in detail.needs}
    assert saved.changes.touches(STATUS_CHANGE) and not saved.changes.touches(MEMBER)


def test_lines_are_added_changed_and_the_removed_ones_deleted_in_one_save(sample):
    c = sample.commitment("Escortes")
    with sample.db.write() as s:
        first = cs.save_commitment(
            s, sample.framework_id, c.id, cs.CommitmentEdit(c.to_input(), ((None, None, FUEL),
            (None, None, CARS))), expected_version=c.version,
        ).value  # fmt: skip
    fuel, cars = sorted(first.needs, key=lambda n: n.category.value != "fuel")
    more_fuel = replace(FUEL, quantity=Decimal(20))
    edit = cs.CommitmentEdit(first.to_input(), ((fuel.id, fuel.version, more_fuel),))
    with sample.db.write() as s:
        saved = cs.save_commitment(
            s,
            sample.framework_id,
            c.id,
            edit,
            expected_version=first.version,
            seen_lines={fuel.id: fuel.version, cars.id: cars.version},
        )
    (line,) = _lines(sample, c.id)
    assert (line.id, line.quantity) == (fuel.id, Decimal(20))
    assert saved.changes.ids_of(RESOURCE_NEED) == {fuel.id, cars.id}
    assert saved.changes.ids_of(COMMITMENT) == {c.id}


def test_a_line_that_breaks_a_rule_names_its_row_and_nothing_is_written(sample):
    c = sample.commitment("Escortes")
    bad = replace(FUEL, quantity=Decimal(-1))
    edit = cs.CommitmentEdit(
        replace(c.to_input(), title="Escortes renforcées"), ((None, None, FUEL), (None, None, bad))
    )
    with pytest.raises(ValidationError) as caught, sample.db.write() as s:
        cs.save_commitment(s, sample.framework_id, c.id, edit, expected_version=c.version)
    assert [e.field for e in caught.value.errors] == ["needs[1].quantity"]
    assert _lines(sample, c.id) == []
    with sample.db.read() as s:
        assert cs.get_commitment(s, c.id).row.title == "Escortes"


def test_importers_add_or_change_single_lines_without_touching_the_others(sample):
    c = sample.commitment("Escortes")
    with sample.db.write() as s:
        added = cs.save_resource_lines(s, c.id, [(None, None, FUEL)], field_prefix="")
        cs.save_resource_lines(s, c.id, [(None, None, CARS)], field_prefix="")
    fuel = next(n for n in _lines(sample, c.id) if n.category == ResourceCategory.FUEL)
    assert added.ids_of(RESOURCE_NEED) == {fuel.id}
    with sample.db.write() as s:
        same = cs.save_resource_lines(s, c.id, [(fuel.id, fuel.version, FUEL)], field_prefix="")
    assert not same  # nothing to write: nothing changed
    with pytest.raises(ValidationError) as caught, sample.db.write() as s:
        cs.save_resource_lines(
            s, c.id, [(fuel.id, fuel.version, replace(FUEL, unit_cost=Decimal(-5)))],
            field_prefix="",
        )  # fmt: skip
    assert [e.field for e in caught.value.errors] == ["unit_cost"]
    assert len(_lines(sample, c.id)) == 2


def test_a_line_changed_elsewhere_meanwhile_is_a_conflict(sample):
    c = sample.commitment("Escortes")
    with sample.db.write() as s:
        cs.save_resource_lines(s, c.id, [(None, None, FUEL)])
    (fuel,) = _lines(sample, c.id)
    with sample.db.write() as s:
        cs.save_resource_lines(s, c.id, [(fuel.id, fuel.version, CARS)])
    with pytest.raises(ConflictError), sample.db.write() as s:
        cs.save_resource_lines(s, c.id, [], seen={fuel.id: fuel.version})  # stale version
    assert len(_lines(sample, c.id)) == 1


def test_the_successor_of_a_handover_keeps_the_terms_under_the_new_lead(sample):
    c = sample.commitment(
        "Patrouilles",
        partners=(cs.PartnerInput(sample.fama, "appui"), cs.PartnerInput(sample.youth)),
        original_deadline=date(2021, 6, 30),
    )
    edit = cs.HandoverEdit(sample.fama, "", date(2020, 3, 1), reason="relève")
    successor = cs.successor_of(c, edit)
    assert successor.title == "Patrouilles" and successor.lead_member_id == sample.fama
    assert [p.member_id for p in successor.partners] == [sample.youth]
    assert successor.original_deadline == date(2021, 6, 30)  # still ahead on that day
    late = cs.successor_of(c, replace(edit, on=date(2021, 7, 1), title="Escortes"))
    assert late.original_deadline is None and late.title == "Escortes"


def test_a_handover_returns_the_new_commitment_and_both_as_changed(sample):
    c = sample.commitment("Patrouilles", status=CommitmentStatus.ACTIVE)
    edit = cs.HandoverEdit(sample.fama, "Escortes", date.today(), reason="relève")
    with sample.db.write() as s:
        saved = cs.record_handover(s, c.id, edit, expected_version=c.version)
    new = saved.value
    assert new.row.predecessor_id == c.id and new.row.lead_member_id == sample.fama
    assert saved.changes.ids_of(COMMITMENT) == {c.id, new.id}
    with sample.db.read() as s:
        old = cs.get_commitment(s, c.id)
    assert old.row.status == CommitmentStatus.COMPLETED
    assert old.row.last_cause == StatusCause.HANDOVER


def test_a_status_change_without_a_status_says_what_to_choose(sample):
    c = sample.commitment("Patrouilles")
    with pytest.raises(ValidationError) as caught, sample.db.write() as s:
        cs.record_status(s, c.id, cs.StatusEdit(None, date.today()), expected_version=c.version)
    assert [e.field for e in caught.value.errors] == ["to_status"]
    assert str(caught.value.errors[0].message) == "Choisissez un statut."


def test_changes_combine_and_say_when_ids_are_not_known():
    one = Changes.of(COMMITMENT, 1)
    some = Changes.of(MEMBER)
    both = one | some
    assert both.touches(MEMBER) and both.ids_of(COMMITMENT) == {1}
    assert both.ids_of(MEMBER) is None  # which members: not known
    assert one.only(COMMITMENT, RESOURCE_NEED) and not both.only(COMMITMENT)
    assert (both | EVERYTHING).ids_of(COMMITMENT) is None and EVERYTHING.touches("anything")
    assert not Changes() and bool(one)


def test_a_write_session_notes_what_it_changed_even_by_bulk_statements(sample):
    from sqlalchemy import update

    from secframe.models import Locality
    from secframe.services.changes import LOCALITY, recorded

    c = sample.commitment("Patrouilles")
    with sample.db.write() as s:
        cs.update_commitment(
            s, c.id, replace(c.to_input(), title="Patrouilles mixtes"), expected_version=c.version
        )
        s.execute(update(Locality).where(Locality.id == sample.cercle_id).values(notes="vu"))
    changes = recorded(s)
    assert changes.ids_of(COMMITMENT) == {c.id}
    assert changes.touches(LOCALITY) and changes.ids_of(LOCALITY) is None  # which: not known


def test_a_decision_recorded_at_a_session_names_that_session(sample):
    from secframe.services import meetings as ms
    from secframe.services.changes import MEETING, recorded

    with sample.db.write() as s:
        meeting = ms.create_meeting(s, sample.framework_id, ms.MeetingInput(1, date(2020, 2, 12)))
    with sample.db.write() as s:
        ms.add_decision(s, meeting.id, "Renforcer les escortes des foires")
    changes = recorded(s)
    assert changes.touches(MEETING) and changes.ids_of(MEETING) == {meeting.id}
