"""Each rule of the foundation: broken, it raises a clear French message and changes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from secframe.models import (
    CommitmentStatus,
    IncidentType,
    LocalityLevel,
    MemberCategory,
    MembershipStatus,
    StatusCause,
    StatusChange,
)
from secframe.services import commitments as cs
from secframe.services import frameworks as fws
from secframe.services import incidents as inc
from secframe.services import meetings as ms
from secframe.services import members as mem
from secframe.services import places
from secframe.services.errors import LockedError, ValidationError
from secframe.services.resources import ResourceNeedInput, add_resource_need, need_infos
from tests.fixtures.builders import TODAY


def broken(fn, *args, **kw) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        fn(*args, **kw)
    return err.value


def messages(err: ValidationError, field: str) -> list[str]:
    return [m.render() for m in err.for_field(field)]


# --- required texts ----------------------------------------------------------------------------


def test_titles_and_names_are_required(sample, write):
    err = broken(
        write,
        cs.create_commitment,
        sample.framework_id,
        cs.CommitmentInput(title="  ", kind="patrol"),
    )
    assert messages(err, "title") == ["Le titre est obligatoire."]
    err = broken(write, fws.create_framework, fws.FrameworkInput(name="", short_name=""))
    assert messages(err, "name") == ["Le nom est obligatoire."]
    assert messages(err, "short_name") == ["Le sigle est obligatoire."]
    err = broken(
        write,
        mem.create_member,
        sample.framework_id,
        mem.MemberInput(name="", category=MemberCategory.YOUTH),
    )
    assert messages(err, "name") == ["Le nom est obligatoire."]
    err = broken(
        write,
        places.create_locality,
        places.LocalityInput(name="", level=LocalityLevel.COMMUNE, parent_id=sample.cercle_id),
    )
    assert messages(err, "name") == ["Le nom est obligatoire."]
    with sample.db.read() as s:
        assert cs.list_commitments(s, sample.framework_id) == []


# --- dates -------------------------------------------------------------------------------------


def test_deadline_cannot_come_before_start(sample, write):
    data = cs.CommitmentInput(
        title="Escortes",
        kind="escort",
        start_date=date(2019, 4, 1),
        original_deadline=date(2019, 3, 1),
    )
    err = broken(write, cs.create_commitment, sample.framework_id, data)
    assert messages(err, "original_deadline") == [
        "La date du 01/03/2019 est antérieure à la date de début (01/04/2019)."
    ]


def test_revised_deadline_cannot_come_before_start(sample, write):
    c = sample.commitment(start_date=date(2019, 4, 1))
    err = broken(write, cs.revise_deadline, c.id, date(2019, 1, 1), reason="retard", today=TODAY)
    assert messages(err, "new_deadline")


def test_incident_dates_cannot_be_in_the_future(sample, write):
    data = inc.IncidentInput(
        occurred_on=date(2030, 1, 1), type=IncidentType.ROBBERY, locality_id=sample.cercle_id
    )
    err = broken(write, inc.create_incident, data, today=TODAY)
    assert messages(err, "occurred_on") == ["La date du 01/01/2030 est dans le futur."]
    with sample.db.read() as s:
        assert inc.count_incidents(s, inc.IncidentFilter()) == 0


def test_status_change_dates_cannot_be_in_the_future(sample, write):
    c = sample.commitment()
    err = broken(
        write, cs.change_status, c.id, CommitmentStatus.ACTIVE, on=date(2021, 1, 1), today=TODAY
    )
    assert "dans le futur" in messages(err, "changed_on")[0]


# --- amounts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["quantity", "unit_cost", "pledged", "received"])
def test_amounts_and_quantities_cannot_be_negative(sample, write, field):
    c = sample.commitment()
    data = ResourceNeedInput(category="fuel", **{field: Decimal(-1)})
    err = broken(write, add_resource_need, c.id, data)
    assert messages(err, field) == ["Les montants et les quantités ne peuvent pas être négatifs."]
    with sample.db.read() as s:
        assert need_infos(s, c.id) == []


def test_fatalities_cannot_be_negative(sample, write):
    data = inc.IncidentInput(
        occurred_on=date(2019, 3, 1),
        type=IncidentType.ROBBERY,
        locality_id=sample.cercle_id,
        fatalities=-2,
    )
    err = broken(write, inc.create_incident, data, today=TODAY)
    assert messages(err, "fatalities")


# --- status changes ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [CommitmentStatus.SUSPENDED, CommitmentStatus.ABANDONED])
def test_suspending_or_abandoning_needs_cause_and_reason(sample, write, status):
    c = sample.commitment(status=CommitmentStatus.ACTIVE)
    err = broken(write, cs.change_status, c.id, status, on=date(2020, 4, 1), today=TODAY)
    assert messages(err, "cause") == ["Choisissez une cause."]
    assert "un motif est obligatoire" in messages(err, "reason")[0]
    with sample.db.read() as s:
        detail = cs.get_commitment(s, c.id, today=TODAY)
    assert detail.row.status == CommitmentStatus.ACTIVE
    assert len(detail.status_log) == 1


def test_suspension_with_cause_and_reason_is_logged(sample, write):
    c = sample.commitment(status=CommitmentStatus.ACTIVE)
    write(
        cs.change_status,
        c.id,
        CommitmentStatus.SUSPENDED,
        on=date(2020, 4, 1),
        cause=StatusCause.RESOURCES,
        reason="Faute de carburant",
        today=TODAY,
    )
    with sample.db.read() as s:
        detail = cs.get_commitment(s, c.id, today=TODAY)
    assert detail.row.status == CommitmentStatus.SUSPENDED
    last = detail.status_log[-1]
    assert (last.from_status, last.to_status, last.cause, last.reason) == (
        CommitmentStatus.ACTIVE,
        CommitmentStatus.SUSPENDED,
        StatusCause.RESOURCES,
        "Faute de carburant",
    )
    assert last.recorded_by == "test-secretariat"


@pytest.mark.parametrize("closed", [CommitmentStatus.COMPLETED, CommitmentStatus.ABANDONED])
def test_reopening_a_closed_commitment_needs_a_reason(sample, write, closed):
    c = sample.commitment(status=closed, cause=closed.offered_causes()[0], reason="fin")
    err = broken(
        write, cs.change_status, c.id, CommitmentStatus.ACTIVE, on=date(2020, 1, 1), today=TODAY
    )
    assert "Rouvrir un engagement" in messages(err, "reason")[0]
    write(
        cs.change_status,
        c.id,
        CommitmentStatus.ACTIVE,
        on=date(2020, 1, 1),
        reason="relance",
        today=TODAY,
    )


def test_the_status_log_stays_in_date_order(sample, write):
    c = sample.commitment(status=CommitmentStatus.ACTIVE, status_on=date(2019, 6, 1))
    err = broken(
        write,
        cs.change_status,
        c.id,
        CommitmentStatus.COMPLETED,
        on=date(2019, 5, 1),
        today=TODAY,
    )
    assert "01/06/2019" in messages(err, "changed_on")[0]


def test_status_changes_only_append_to_the_log(sample, write):
    c = sample.commitment(status=CommitmentStatus.PLANNED, status_on=date(2019, 1, 1))
    write(cs.change_status, c.id, CommitmentStatus.ACTIVE, on=date(2019, 3, 1), today=TODAY)
    write(cs.change_status, c.id, CommitmentStatus.COMPLETED, on=date(2019, 4, 1), today=TODAY)
    with sample.db.read() as s:
        log = cs.get_commitment(s, c.id, today=TODAY).status_log
    assert [(e.from_status, e.to_status) for e in log] == [
        (None, CommitmentStatus.PLANNED),
        (CommitmentStatus.PLANNED, CommitmentStatus.ACTIVE),
        (CommitmentStatus.ACTIVE, CommitmentStatus.COMPLETED),
    ]
    assert log[-1].cause == StatusCause.COMPLETED


def test_deadline_revision_needs_a_reason_and_keeps_the_original(sample, write):
    c = sample.commitment(start_date=date(2019, 3, 1), original_deadline=date(2019, 3, 31))
    err = broken(write, cs.revise_deadline, c.id, date(2019, 6, 30), reason=" ", today=TODAY)
    assert messages(err, "reason") == ["Un report d’échéance demande un motif."]
    write(cs.revise_deadline, c.id, date(2019, 6, 30), reason="Saison des pluies", today=TODAY)
    write(cs.revise_deadline, c.id, date(2019, 9, 30), reason="Carburant", today=TODAY)
    with sample.db.read() as s:
        detail = cs.get_commitment(s, c.id, today=TODAY)
    assert detail.row.original_deadline == date(2019, 3, 31)
    assert detail.row.deadline == date(2019, 9, 30)
    assert detail.row.revisions == 2
    assert detail.row.days_slipped == 183
    assert [r.previous_deadline for r in detail.revisions] == [date(2019, 3, 31), date(2019, 6, 30)]


# --- uniqueness --------------------------------------------------------------------------------


def test_member_names_are_unique_within_a_framework_only(sample, write):
    err = broken(
        write,
        mem.create_member,
        sample.framework_id,
        mem.MemberInput(name="forces ARMÉES maliennes", category=MemberCategory.SECURITY_FORCES),
    )
    assert messages(err, "name") == ["Un autre membre de ce cadre porte déjà ce nom."]
    other = write(fws.create_framework, fws.FrameworkInput(name="Cadre de Gao", short_name="Gao"))
    write(
        mem.create_member,
        other.id,
        mem.MemberInput(name="Forces armées maliennes", category=MemberCategory.SECURITY_FORCES),
    )


def test_meeting_numbers_are_unique_within_a_framework(sample, write):
    write(
        ms.create_meeting, sample.framework_id, ms.MeetingInput(number=1, held_on=date(2019, 2, 1))
    )
    err = broken(
        write,
        ms.create_meeting,
        sample.framework_id,
        ms.MeetingInput(number=1, held_on=date(2019, 3, 1)),
    )
    assert messages(err, "number") == ["Ce cadre a déjà une session n°\u00a01."]
    other = write(fws.create_framework, fws.FrameworkInput(name="Cadre de Gao", short_name="Gao"))
    write(ms.create_meeting, other.id, ms.MeetingInput(number=1, held_on=date(2020, 3, 1)))


# --- locked sessions ---------------------------------------------------------------------------


def test_a_locked_session_cannot_be_changed(sample, write):
    first = write(
        ms.create_meeting, sample.framework_id, ms.MeetingInput(number=1, held_on=date(2019, 2, 1))
    )
    second = write(
        ms.create_meeting, sample.framework_id, ms.MeetingInput(number=2, held_on=date(2019, 5, 1))
    )
    locked = write(ms.adopt_conclusions, first.id, adopted_in_id=second.id)
    assert locked.locked and locked.locked_by == "test-secretariat" and locked.locked_at is not None
    c = sample.commitment(status=CommitmentStatus.ACTIVE)
    attempts = [
        (ms.update_meeting, first.id, ms.MeetingInput(number=1, held_on=date(2019, 2, 2))),
        (ms.add_decision, first.id, "Nouvelle décision"),
    ]
    for fn, *args in attempts:
        with pytest.raises(LockedError) as err:
            write(fn, *args, **({"expected_version": None} if fn is ms.update_meeting else {}))
        assert "verrouillée" in str(err.value)
    with pytest.raises(LockedError):
        write(ms.delete_meeting, first.id, expected_version=None)
    with pytest.raises(LockedError):
        write(
            cs.change_status,
            c.id,
            CommitmentStatus.SUSPENDED,
            on=date(2019, 3, 1),
            cause=StatusCause.SECURITY,
            reason="x",
            meeting_id=first.id,
            today=TODAY,
        )
    with sample.db.read() as s:
        assert ms.get_meeting(s, first.id).held_on == date(2019, 2, 1)
        assert s.scalar(select(func.count()).select_from(StatusChange)) == 1


def test_conclusions_are_adopted_at_a_later_session(sample, write):
    first = write(
        ms.create_meeting, sample.framework_id, ms.MeetingInput(number=1, held_on=date(2019, 2, 1))
    )
    second = write(
        ms.create_meeting, sample.framework_id, ms.MeetingInput(number=2, held_on=date(2019, 5, 1))
    )
    err = broken(write, ms.adopt_conclusions, second.id, adopted_in_id=first.id)
    assert messages(err, "adopted_in_id")


def test_a_member_is_in_its_status_since_joining_until_the_status_changes(sample, write):
    youth = mem.MemberInput(
        name="Association des jeunes de Goundam",
        category=MemberCategory.YOUTH,
        joined_on=date(2019, 10, 1),
    )
    created = write(mem.create_member, sample.framework_id, youth)
    assert created.status == MembershipStatus.ACTIVE and created.status_since == date(2019, 10, 1)
    undated = write(
        mem.create_member, sample.framework_id, replace(youth, name="Femmes", joined_on=None)
    )
    assert undated.status_since is None  # not the day it was typed in
    suspended = write(
        mem.update_member,
        created.id,
        replace(youth, status=MembershipStatus.SUSPENDED),
        expected_version=created.version,
    )
    assert suspended.status_since == date.today()
