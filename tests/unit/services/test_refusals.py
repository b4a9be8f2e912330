"""Rules shared by several services: what is still referred to is not deleted, and a decision
concerns commitments of its own framework only."""

from __future__ import annotations

from datetime import date

import pytest

from secframe.models import CommitmentKind, DecisionEffect, MemberCategory
from secframe.services import commitments as cs
from secframe.services import decisions as ds
from secframe.services import frameworks as fws
from secframe.services import meetings as ms
from secframe.services import members as mem
from secframe.services.errors import InUseError, ValidationError
from tests.fixtures.builders import TODAY


def test_a_member_taking_part_in_a_commitment_is_not_deleted(sample, write):
    sample.commitment("Patrouilles")  # led by the CMA
    with pytest.raises(InUseError) as err:
        write(mem.delete_member, sample.cma, expected_version=None)
    assert str(err.value).startswith("Coordination des mouvements de l'Azawad participe à 1 ")
    write(mem.delete_member, sample.youth, expected_version=None)
    with sample.db.read() as s:
        assert [m.short_name for m in mem.list_members(s, sample.framework_id)] == [
            "CMA",
            "FAMa",
        ]


def _elsewhere(write) -> int:
    """A commitment of another framework."""
    other = write(fws.create_framework, fws.FrameworkInput(name="Cadre de Gao", short_name="Gao"))
    lead = write(
        mem.create_member,
        other.id,
        mem.MemberInput(name="Forces armées maliennes", category=MemberCategory.SECURITY_FORCES),
    )
    data = cs.CommitmentInput(title="Escortes", kind=CommitmentKind.PATROL, lead_member_id=lead.id)
    return write(cs.create_commitment, other.id, data, today=TODAY).id


def test_decisions_concern_commitments_of_their_own_framework(sample, write):
    meeting = write(
        ms.create_meeting, sample.framework_id, ms.MeetingInput(number=1, held_on=date(2019, 2, 1))
    )
    own, foreign = sample.commitment("Patrouilles").id, _elsewhere(write)
    wrong = ((foreign, DecisionEffect.LINKED),)
    with pytest.raises(ValidationError) as err:
        write(ms.add_decision, meeting.id, "Relancer", links=wrong)
    assert err.value.for_field("links")
    decision = write(ms.add_decision, meeting.id, "Relancer", links=((own, DecisionEffect.LINKED),))
    with pytest.raises(ValidationError) as err:
        write(ds.update_decision, decision.id, "Relancer", links=wrong)
    [message] = [m.render() for m in err.value.for_field("links")]
    assert "même cadre" in message
    with sample.db.read() as s:
        [kept] = ms.get_meeting(s, meeting.id).decisions
    assert kept.links == ((own, DecisionEffect.LINKED),)
