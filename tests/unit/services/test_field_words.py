"""The frameworks' words: causes that make sense per status, « en attente d'appui », roles,
counted results; every vocabulary has a label and a definition in both languages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from secframe import i18n
from secframe.models import (
    CommitmentKind,
    CommitmentStatus,
    MemberCategory,
    MemberRole,
    ResultUnit,
    StatusCause,
)
from secframe.models.rules import blocked_since, counts_in_gap, is_overdue
from secframe.services import commitments as cs
from secframe.services import members as mem
from secframe.services import results as rs
from secframe.services.errors import ValidationError
from secframe.services.resources import ResourceNeedInput, add_resource_need
from tests.fixtures.builders import TODAY

S, C = CommitmentStatus, StatusCause


def test_a_suspension_is_never_caused_by_completion_or_handover():
    offered = S.SUSPENDED.offered_causes()
    assert offered == (
        C.RESOURCES,
        C.FORCES_WITHDRAWAL,
        C.SECURITY,
        C.POLITICAL,
        C.BREACH,
        C.NO_CENTRAL_SUPPORT,
        C.OTHER,
    )
    assert C.COMPLETED not in S.ABANDONED.allowed_causes()
    assert C.HANDOVER not in S.ABANDONED.allowed_causes()
    assert S.ACTIVE.offered_causes() == ()  # starting or resuming needs no cause
    assert S.COMPLETED.offered_causes() == (C.COMPLETED,)
    assert C.NO_CENTRAL_SUPPORT in S.AWAITING_SUPPORT.offered_causes()
    assert C.FORCES_WITHDRAWAL not in S.AWAITING_SUPPORT.offered_causes()


def test_the_service_refuses_a_cause_that_makes_no_sense(sample, write):
    c = sample.commitment(status=S.ACTIVE)
    with pytest.raises(ValidationError) as err:
        write(
            cs.change_status,
            c.id,
            S.SUSPENDED,
            on=date(2020, 5, 1),
            cause=C.COMPLETED,
            reason="Arrêt",
            today=TODAY,
        )
    assert [m.render() for m in err.value.for_field("cause")] == [
        "«\u00a0Engagement réalisé\u00a0» n’est pas une cause possible pour un engagement qui "
        "passe à «\u00a0Suspendu\u00a0»."
    ]
    write(
        cs.change_status,
        c.id,
        S.SUSPENDED,
        on=date(2020, 5, 1),
        cause=C.FORCES_WITHDRAWAL,
        reason="Les FAMa ont quitté Tonka.",
        today=TODAY,
    )
    with sample.db.read() as s:
        assert cs.get_commitment(s, c.id).status_log[-1].cause == C.FORCES_WITHDRAWAL


def test_awaiting_support_is_open_blocked_and_never_overdue(sample, write):
    s = S.AWAITING_SUPPORT
    assert s.is_open and counts_in_gap(s) and s.is_stopped
    assert not is_overdue(s, date(2019, 1, 1), TODAY)
    assert blocked_since(s, date(2018, 5, 1), None, None, TODAY) == date(2018, 5, 1)
    c = sample.commitment(
        status=s,
        status_on=date(2018, 5, 1),
        cause=C.NO_CENTRAL_SUPPORT,
        reason="Bamako n’a pas donné son accord.",
        original_deadline=date(2019, 1, 1),
    )
    write(
        add_resource_need,
        c.id,
        ResourceNeedInput(category="fuel", quantity=Decimal(10), unit_cost=Decimal(1000)),
    )
    with sample.db.read() as session:
        row = cs.get_commitment(session, c.id, today=TODAY).row
    assert (row.status, row.overdue, row.gap) == (s, False, 10_000)


def test_a_member_can_be_facilitator_funder_or_both(sample, write):
    data = mem.MemberInput(
        name="International Alert", category=MemberCategory.PARTNER, facilitator=True, funder=True
    )
    alert = write(mem.create_member, sample.framework_id, data)
    canada = write(
        mem.create_member,
        sample.framework_id,
        mem.MemberInput(name="Canada", category=MemberCategory.PARTNER, funder=True),
    )
    assert alert.roles == (MemberRole.FACILITATOR, MemberRole.FUNDER)
    with sample.db.read() as s:
        assert mem.funder_names(s, sample.framework_id) == {canada.id: "Canada", alert.id: "International Alert"}  # fmt: skip


def test_results_are_counted_and_summed(sample, write):
    c = sample.commitment("Opération Alafia", kind=CommitmentKind.OPERATION, status=S.ACTIVE)
    for on, n in ((date(2019, 12, 1), 12), (date(2020, 3, 1), 8)):
        write(rs.add_result, c.id, rs.ResultInput(on, ResultUnit.ARRESTS, n, approximate=n == 8), today=TODAY)  # fmt: skip
    write(rs.add_result, c.id, rs.ResultInput(date(2020, 3, 1), ResultUnit.WEAPONS, 1), today=TODAY)
    with sample.db.read() as s:
        totals = rs.result_totals(s, sample.framework_id)
        since_december = rs.result_totals(s, sample.framework_id, since=date(2019, 12, 1))
    assert rs.results_line(totals) == {c.id: "~20 arrestations, 1 arme collectée"}
    assert [t.text() for t in since_december] == ["~8 arrestations", "1 arme collectée"]
    i18n.set_language("en")
    assert rs.results_line(totals) == {c.id: "~20 arrests, 1 weapon collected"}


def test_a_result_needs_a_date_a_unit_and_a_sensible_count(sample, write):
    c = sample.commitment(status=S.ACTIVE)
    with pytest.raises(ValidationError) as err:
        write(rs.add_result, c.id, rs.ResultInput(date(2030, 1, 1), None, -3), today=TODAY)
    assert {e.field for e in err.value.errors} == {"recorded_on", "unit", "quantity"}


@pytest.mark.parametrize("enum", [MemberCategory, CommitmentKind, CommitmentStatus, StatusCause, ResultUnit, MemberRole])  # fmt: skip
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_word_has_a_label_and_a_definition(enum, language):
    i18n.set_language(language)
    for member in enum:
        assert member.label() and member.definition(), member
        if language == "fr":
            assert member.definition() != enum._definitions()[member.value], member
