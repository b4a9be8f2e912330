"""The session workflow: reviewing open commitments, decisions that create or concern
commitments, adopting the previous session's conclusions — and locked sessions refusing all."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from secframe.models import (
    CommitmentKind,
    CommitmentStatus,
    DecisionEffect,
    ReviewEntry,
    ReviewOutcome,
    StatusCause,
    StatusChange,
)
from secframe.services import commitments as cs
from secframe.services import decisions as ds
from secframe.services import frameworks as fws
from secframe.services import meetings as ms
from secframe.services import review as rv
from secframe.services.errors import LockedError, ValidationError
from tests.fixtures.builders import TODAY

HELD = date(2020, 6, 18)


@pytest.fixture
def session_(sample, write) -> ms.MeetingInfo:
    """A session of the sample framework, held before TODAY."""
    return write(ms.create_meeting, sample.framework_id, ms.MeetingInput(number=1, held_on=HELD))


def entries(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(ReviewEntry)) or 0


def test_the_review_lists_open_commitments_with_state_deadline_and_gap(sample, session_):
    active = sample.commitment("Escortes", status=CommitmentStatus.ACTIVE,
                               original_deadline=date(2020, 3, 31))  # fmt: skip
    sample.commitment("Charte", status=CommitmentStatus.COMPLETED)
    planned = sample.commitment("Patrouilles")
    with sample.db.read() as s:
        sheet = rv.review_sheet(s, session_.id, today=TODAY)
    assert [i.commitment.id for i in sheet.items] == [active.id, planned.id]
    escorts = sheet.items[0]
    assert escorts.commitment.deadline == date(2020, 3, 31) and escorts.commitment.overdue
    assert not escorts.reviewed and sheet.reviewed == 0


def test_no_change_and_notes_are_recorded_for_the_session(sample, session_, write):
    c = sample.commitment(status=CommitmentStatus.ACTIVE)
    entry = write(rv.record_review, session_.id, c.id, rv.ReviewInput(ReviewOutcome.NO_CHANGE))
    assert entry.outcome == ReviewOutcome.NO_CHANGE and entry.note is None
    entry = write(
        rv.record_review,
        session_.id,
        c.id,
        rv.ReviewInput(ReviewOutcome.NOTE, note="Attente du carburant promis."),
    )
    assert entry.outcome == ReviewOutcome.NOTE and entry.note == "Attente du carburant promis."
    assert entries(sample.db) == 1  # one entry per commitment and session
    with pytest.raises(ValidationError) as err:
        write(rv.record_review, session_.id, c.id, rv.ReviewInput(ReviewOutcome.NOTE, note=" "))
    assert str(err.value) == "Le texte est obligatoire."


def test_a_status_change_goes_through_the_log_with_the_session_as_source(sample, session_, write):
    c = sample.commitment(status=CommitmentStatus.ACTIVE)
    entry = write(
        rv.record_review,
        session_.id,
        c.id,
        rv.ReviewInput(
            ReviewOutcome.STATUS_CHANGE,
            new_status=CommitmentStatus.SUSPENDED,
            cause=StatusCause.RESOURCES,
            reason="Faute de carburant.",
        ),
        today=TODAY,
    )
    change = entry.status_change
    assert entry.outcome == ReviewOutcome.STATUS_CHANGE and change is not None
    assert change.meeting_id == session_.id and change.changed_on == HELD
    assert change.source == "Session n°\u00a01 du 18/06/2020"
    with sample.db.read() as s:
        assert cs.get_commitment(s, c.id, today=TODAY).row.status == CommitmentStatus.SUSPENDED


def test_a_refused_status_change_records_nothing(sample, session_, write):
    c = sample.commitment(status=CommitmentStatus.ACTIVE)
    with pytest.raises(ValidationError) as err:
        write(
            rv.record_review,
            session_.id,
            c.id,
            rv.ReviewInput(ReviewOutcome.STATUS_CHANGE, new_status=CommitmentStatus.SUSPENDED),
            today=TODAY,
        )
    assert "Choisissez une cause." in str(err.value)
    assert entries(sample.db) == 0
    with sample.db.read() as s:
        assert s.scalar(select(func.count()).select_from(StatusChange)) == 1


def test_a_deadline_revision_is_dated_by_the_session(sample, session_, write):
    c = sample.commitment(status=CommitmentStatus.ACTIVE, original_deadline=date(2020, 5, 31))
    entry = write(
        rv.record_review,
        session_.id,
        c.id,
        rv.ReviewInput(
            ReviewOutcome.DEADLINE_REVISION,
            new_deadline=date(2020, 12, 31),
            reason="Prolongation décidée en session.",
        ),
        today=TODAY,
    )
    revision = entry.deadline_revision
    assert revision is not None and revision.meeting_id == session_.id
    assert revision.decided_on == HELD and revision.previous_deadline == date(2020, 5, 31)
    assert revision.source == "Session n°\u00a01 du 18/06/2020"


def test_a_second_record_adds_to_the_entry_and_never_erases_history(sample, session_, write):
    c = sample.commitment(status=CommitmentStatus.ACTIVE, original_deadline=date(2020, 5, 31))
    suspend = rv.ReviewInput(
        ReviewOutcome.STATUS_CHANGE,
        new_status=CommitmentStatus.SUSPENDED,
        cause=StatusCause.SECURITY,
        reason="Retrait des forces.",
    )
    write(rv.record_review, session_.id, c.id, suspend, today=TODAY)
    revise = rv.ReviewInput(
        ReviewOutcome.DEADLINE_REVISION, new_deadline=date(2021, 6, 30), reason="Report."
    )
    entry = write(rv.record_review, session_.id, c.id, revise, today=TODAY)
    assert entry.outcome == ReviewOutcome.STATUS_CHANGE
    assert entry.status_change is not None and entry.deadline_revision is not None
    with pytest.raises(ValidationError) as err:
        write(rv.record_review, session_.id, c.id, rv.ReviewInput(ReviewOutcome.NO_CHANGE))
    assert "sans changement" in str(err.value)
    with pytest.raises(ValidationError):
        write(rv.clear_review, session_.id, c.id)
    # a note can still be added to what was decided
    entry = write(
        rv.record_review, session_.id, c.id, rv.ReviewInput(ReviewOutcome.NOTE, note="Suivi.")
    )
    assert entry.outcome == ReviewOutcome.STATUS_CHANGE and entry.note == "Suivi."


def test_commitments_closed_by_the_session_stay_on_its_review(sample, session_, write):
    c = sample.commitment(status=CommitmentStatus.ACTIVE)
    done = rv.ReviewInput(ReviewOutcome.STATUS_CHANGE, new_status=CommitmentStatus.COMPLETED)
    write(rv.record_review, session_.id, c.id, done, today=TODAY)
    with sample.db.read() as s:
        sheet = rv.review_sheet(s, session_.id, today=TODAY)
    assert [i.commitment.status for i in sheet.items] == [CommitmentStatus.COMPLETED]
    assert sheet.outcomes[ReviewOutcome.STATUS_CHANGE] == 1


def test_the_rest_can_be_marked_unchanged_and_a_mark_cleared(sample, session_, write):
    first = sample.commitment("A", status=CommitmentStatus.ACTIVE)
    sample.commitment("B")
    sample.commitment("C", status=CommitmentStatus.ACTIVE)
    write(rv.record_review, session_.id, first.id, rv.ReviewInput(ReviewOutcome.NOTE, note="n"))
    assert write(rv.mark_unchanged, session_.id, today=TODAY) == 2
    assert write(rv.mark_unchanged, session_.id, today=TODAY) == 0
    write(rv.clear_review, session_.id, first.id)
    with sample.db.read() as s:
        sheet = rv.review_sheet(s, session_.id, today=TODAY)
    assert sheet.reviewed == 2
    assert sheet.outcomes[ReviewOutcome.NO_CHANGE] == 2


def test_a_session_reviews_only_its_own_framework(sample, session_, write):
    other = write(fws.create_framework, fws.FrameworkInput(name="Autre cadre", short_name="AC"))
    theirs = write(
        cs.create_commitment, other.id, cs.CommitmentInput(title="Ailleurs", kind="patrol"),
        today=TODAY,
    )  # fmt: skip
    with pytest.raises(ValidationError) as err:
        write(rv.record_review, session_.id, theirs.id, rv.ReviewInput(ReviewOutcome.NO_CHANGE))
    assert "son propre cadre" in str(err.value)


# --- decisions ---------------------------------------------------------------------------------


def test_a_decision_prefills_a_commitment_and_creates_it_linked(sample, session_, write):
    text = (
        "La CMA patrouille l'axe Tombouctou – Goundam deux fois par jour pendant un mois ; "
        "forums avec les représentants basés à Bamako."
    )
    draft = ds.decision_draft(session_, text)
    assert (
        draft.title
        == "La CMA patrouille l'axe Tombouctou – Goundam deux fois par jour pendant un mois"
    )
    assert draft.description == text and draft.source_meeting_id == session_.id
    assert draft.start_date == HELD
    data = cs.CommitmentInput(**{**draft.__dict__, "kind": CommitmentKind.PATROL,
                                 "lead_member_id": sample.cma})  # fmt: skip
    decision, commitment = write(
        ds.add_decision_with_commitment, session_.id, text, data, today=TODAY
    )
    assert decision.links == ((commitment.id, DecisionEffect.CREATED),)
    assert commitment.source_meeting_id == session_.id
    assert commitment.status_log[0].meeting_id == session_.id
    assert commitment.status_log[0].changed_on == HELD
    with sample.db.read() as s:
        assert ms.get_meeting(s, session_.id).decisions[0].links == decision.links


def test_a_refused_commitment_leaves_no_decision_behind(sample, session_, write):
    with pytest.raises(ValidationError):
        write(
            ds.add_decision_with_commitment,
            session_.id,
            "Décision",
            cs.CommitmentInput(title="", kind=CommitmentKind.OTHER),
            today=TODAY,
        )
    with sample.db.read() as s:
        assert ms.get_meeting(s, session_.id).decisions == ()


def test_a_decision_is_edited_keeping_the_commitments_it_created(sample, session_, write):
    created = sample.commitment("Créé")
    concerned = sample.commitment("Concerné")
    d = write(ms.add_decision, session_.id, "Texte", links=((created.id, DecisionEffect.CREATED),))
    d = write(
        ds.update_decision, d.id, "Texte revu", links=((concerned.id, DecisionEffect.LINKED),)
    )
    assert d.text == "Texte revu"
    assert set(d.links) == {
        (created.id, DecisionEffect.CREATED),
        (concerned.id, DecisionEffect.LINKED),
    }
    with pytest.raises(ValidationError):
        write(ds.update_decision, d.id, "  ")


# --- adoption and locking ----------------------------------------------------------------------


def test_adopting_the_previous_conclusions_locks_it_with_who_and_when(sample, write):
    first = write(ms.create_meeting, sample.framework_id, ms.MeetingInput(1, date(2019, 2, 1)))
    second = write(ms.create_meeting, sample.framework_id, ms.MeetingInput(2, date(2019, 5, 1)))
    with pytest.raises(ValidationError) as err:
        write(ds.adopt_previous, first.id)
    assert "pas de session antérieure" in str(err.value)
    locked = write(ds.adopt_previous, second.id)
    assert locked.id == first.id and locked.locked
    assert locked.locked_by == "test-secretariat" and locked.locked_at is not None
    assert locked.adopted_in_id == second.id
    with pytest.raises(LockedError):
        write(ds.adopt_previous, second.id)


def test_a_locked_session_refuses_its_review_and_decisions(sample, write):
    first = write(ms.create_meeting, sample.framework_id, ms.MeetingInput(1, date(2019, 2, 1)))
    second = write(ms.create_meeting, sample.framework_id, ms.MeetingInput(2, date(2019, 5, 1)))
    c = sample.commitment(status=CommitmentStatus.ACTIVE)
    write(rv.record_review, first.id, c.id, rv.ReviewInput(ReviewOutcome.NOTE, note="avant"))
    d = write(ms.add_decision, first.id, "Décision")
    write(ds.adopt_previous, second.id)
    attempts = [
        (rv.record_review, first.id, c.id, rv.ReviewInput(ReviewOutcome.NO_CHANGE)),
        (rv.record_review, first.id, c.id, rv.ReviewInput(
            ReviewOutcome.STATUS_CHANGE, new_status=CommitmentStatus.COMPLETED)),
        (rv.mark_unchanged, first.id),
        (rv.clear_review, first.id, c.id),
        (ds.update_decision, d.id, "Changée"),
        (ms.delete_decision, d.id),
        (ds.add_decision_with_commitment, first.id, "Nouvelle",
         cs.CommitmentInput(title="Nouveau", kind=CommitmentKind.OTHER)),
    ]  # fmt: skip
    for fn, *args in attempts:
        with pytest.raises(LockedError) as err:
            write(fn, *args)
        assert "La session n°\u00a01 est verrouillée" in str(err.value)
    with sample.db.read() as s:
        sheet = rv.review_sheet(s, first.id, today=TODAY)
        meeting = ms.get_meeting(s, first.id)
        assert [i.entry.note for i in sheet.items if i.entry] == ["avant"]
        assert [x.text for x in meeting.decisions] == ["Décision"]
        assert cs.get_commitment(s, c.id, today=TODAY).row.status == CommitmentStatus.ACTIVE
    # the later, open session still works
    entry = write(rv.record_review, second.id, c.id, rv.ReviewInput(ReviewOutcome.NO_CHANGE))
    assert entry.meeting_id == second.id
