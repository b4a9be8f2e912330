"""Who can unblock a commitment, the next step and its date: recorded with the status change
that blocks it, from the editor, and refused whole when a rule is broken."""

from __future__ import annotations

from datetime import date

import pytest

from secframe.models import CommitmentStatus, StatusCause
from secframe.services import commitments as cs
from secframe.services.changes import COMMITMENT
from secframe.services.errors import ValidationError

BAMAKO = cs.UnblockingInput(
    "Autorités militaires à Bamako",
    "Courrier du Gouverneur demandant le retour des FAMa à Tonka et Diré",
    date(2020, 7, 15),
)


def _detail(sample, commitment_id):
    with sample.db.read() as s:
        return cs.get_commitment(s, commitment_id)


def _suspend(unblocking, **kw):
    return cs.StatusEdit(
        CommitmentStatus.SUSPENDED,
        kw.pop("on", date(2020, 5, 1)),
        cause=kw.pop("cause", StatusCause.FORCES_WITHDRAWAL),
        reason="Retrait des FAMa de Tonka et Diré.",
        unblocking=unblocking,
        **kw,
    )


def test_a_suspension_records_who_can_unblock_and_the_next_step(sample):
    c = sample.commitment("Escortes", status=CommitmentStatus.ACTIVE)
    with sample.db.write() as s:
        saved = cs.record_status(s, c.id, _suspend(BAMAKO), expected_version=c.version)
    assert saved.value.row.status == CommitmentStatus.SUSPENDED
    assert saved.value.unblocking == BAMAKO
    assert saved.changes.ids_of(COMMITMENT) == {c.id}
    assert _detail(sample, c.id).unblocking == BAMAKO


def test_a_status_that_does_not_block_leaves_the_next_step_alone(sample):
    c = sample.commitment("Escortes", status=CommitmentStatus.ACTIVE)
    with sample.db.write() as s:
        cs.record_status(s, c.id, _suspend(BAMAKO), expected_version=c.version)
    c = _detail(sample, c.id)
    resume = cs.StatusEdit(
        CommitmentStatus.ACTIVE, date(2020, 9, 1), unblocking=cs.UnblockingInput("x", "y")
    )
    with sample.db.write() as s:
        cs.record_status(s, c.id, resume, expected_version=c.version)
    assert _detail(sample, c.id).unblocking == BAMAKO


def test_every_problem_of_the_change_and_of_the_next_step_is_said_at_once(sample):
    c = sample.commitment("Escortes", status=CommitmentStatus.ACTIVE)
    bad = cs.UnblockingInput("B" * 201, None, date(1899, 12, 30))
    with pytest.raises(ValidationError) as err, sample.db.write() as s:
        cs.record_status(s, c.id, _suspend(bad, cause=None), expected_version=c.version)
    fields = {e.field for e in err.value.errors}
    assert {"cause", "unblock_by", "next_step", "next_step_on"} <= fields
    messages = " ".join(str(e) for e in err.value.errors)
    assert "201" in messages and "1960" in messages
    after = _detail(sample, c.id)
    assert after.row.status == CommitmentStatus.ACTIVE
    assert after.unblocking == cs.UnblockingInput()


def test_a_next_step_too_long_is_refused(sample):
    c = sample.commitment("Escortes")
    with pytest.raises(ValidationError) as err, sample.db.write() as s:
        cs.record_unblocking(s, c.id, cs.UnblockingInput(next_step="x" * 501))
    assert [e.field for e in err.value.errors] == ["next_step"]


def test_the_editor_saves_the_next_step_with_the_fields_and_can_clear_it(sample):
    c = sample.commitment("Escortes")
    edit = cs.CommitmentEdit(c.to_input(), (), unblocking=BAMAKO)
    with sample.db.write() as s:
        saved = cs.save_commitment(s, sample.framework_id, c.id, edit, expected_version=c.version)
    assert saved.value.unblocking == BAMAKO
    cleared = cs.CommitmentEdit(c.to_input(), (), unblocking=cs.UnblockingInput("  ", "", None))
    with sample.db.write() as s:
        cs.save_commitment(
            s, sample.framework_id, c.id, cleared, expected_version=saved.value.version
        )
    assert _detail(sample, c.id).unblocking == cs.UnblockingInput()


def test_the_editor_reports_the_next_step_beside_the_other_fields(sample):
    c = sample.commitment("Escortes")
    edit = cs.CommitmentEdit(
        cs.CommitmentInput(title="", kind=c.row.kind),
        (),
        unblocking=cs.UnblockingInput(next_step_on=date(2020, 7, 15)),
    )
    with pytest.raises(ValidationError) as err, sample.db.write() as s:
        cs.save_commitment(s, sample.framework_id, c.id, edit, expected_version=c.version)
    assert {"title", "next_step"} <= {e.field for e in err.value.errors}
