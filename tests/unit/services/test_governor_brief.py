"""The brief asks for decisions and follows them up; adopting a session freezes its figures;
the remedy depends on the cause; the map and the minutes show the session's data."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from secframe.models import (
    ActionStatus,
    CommitmentStatus,
    DecisionEffect,
    MemberCategory,
    Remedy,
    ResourceCategory,
    Sex,
    StatusCause,
)
from secframe.services import briefing, decisions, minutes, snapshots
from secframe.services import commitments as cs
from secframe.services import meetings as ms
from secframe.services import preparation as prep
from secframe.services.errors import LockedError
from secframe.services.resources import ResourceNeedInput, add_resource_need
from tests.fixtures.builders import TODAY
from tests.fixtures.meetings import BriefWorld, build_brief_world


@pytest.fixture
def world(sample, write) -> BriefWorld:
    return build_brief_world(sample, write)


def brief_of(world: BriefWorld, meeting: ms.MeetingInfo, **kw) -> briefing.Brief:
    with world.sample.db.read() as s:
        return briefing.build_brief(s, meeting.id, today=TODAY, **kw)


def without_time(b: briefing.Brief) -> briefing.Brief:
    return dataclasses.replace(b, generated_at=b.as_of, frozen=None)


def test_an_adopted_session_prints_what_was_true_then(world, write):
    write(decisions.adopt_previous, world.second.id)
    frozen = brief_of(world, world.first)
    assert frozen.frozen is not None
    # The data changes afterwards: a new need, a status change, a new incident.
    write(add_resource_need, world.patrol, ResourceNeedInput(
        category=ResourceCategory.VEHICLES, unit_cost=Decimal(9_000_000)))  # fmt: skip
    write(cs.change_status, world.escorts, CommitmentStatus.SUSPENDED, on=date(2020, 2, 1),
          cause=StatusCause.SECURITY, reason="Menaces.", today=TODAY)  # fmt: skip
    again = brief_of(world, world.first)
    assert without_time(again) == without_time(frozen)
    live = brief_of(world, world.first, live=True)
    assert live.figures.resources.gap == frozen.figures.resources.gap + Decimal(9_000_000)
    assert live.figures.statuses != frozen.figures.statuses


def test_an_unadopted_session_is_computed_from_the_data(world):
    b = brief_of(world, world.first)
    assert b.frozen is None


def test_the_snapshot_codec_gives_back_the_same_brief(world, write):
    write(
        ms.add_decision, world.first.id, "Relancer.", links=((world.patrol, DecisionEffect.LINKED),)
    )
    b = brief_of(world, world.second)
    assert b.previous is not None and b.previous.decisions[0].links
    assert snapshots.decode(briefing.Brief, snapshots.encode(b)) == b


def test_the_remedy_follows_the_cause(world, write):
    write(cs.change_status, world.escorts, CommitmentStatus.SUSPENDED, on=date(2020, 9, 1),
          cause=StatusCause.SECURITY, reason="Retrait des forces.", today=TODAY)  # fmt: skip
    b = brief_of(world, world.second)
    remedies = {x.commitment_id: x.remedy for x in b.blocked.rows}
    assert remedies[world.patrol] == Remedy.FUNDING  # suspended for lack of fuel
    assert remedies[world.escorts] == Remedy.REDEPLOYMENT
    assert remedies[world.checkpoint] == Remedy.REFERRAL  # planned, never started


def test_decision_points_and_who_can_unblock_are_printed_data(world, write):
    write(prep.set_unblocking, world.patrol, unblock_by="Partenaires",
          next_step="Réunion des bailleurs", next_step_on=date(2021, 1, 31))  # fmt: skip
    write(prep.set_decision_points, world.second.id, (
        prep.DecisionPointInput("Relance des patrouilles", situation="Arrêtées faute de carburant.",
                                options=("Financer", "Attendre"), recommendation="Financer.",
                                action_asked="Convoquer les partenaires.",
                                commitment_id=world.patrol),
    ))  # fmt: skip
    b = brief_of(world, world.second)
    (point,) = b.points
    assert point.options == ("Financer", "Attendre")
    assert point.precedent is not None and point.precedent.status == CommitmentStatus.SUSPENDED
    patrol = next(x for x in b.blocked.rows if x.commitment_id == world.patrol)
    assert (patrol.unblock_by, patrol.next_step_on) == ("Partenaires", date(2021, 1, 31))
    assert "Patrouilles sur l'axe" not in b.unprepared.rows
    assert "Postes de contrôle" in b.unprepared.rows


def test_a_locked_session_refuses_new_decision_points(world, write):
    write(decisions.adopt_previous, world.second.id)
    with pytest.raises(LockedError):
        write(prep.set_decision_points, world.first.id, (prep.DecisionPointInput("X"),))


def test_the_brief_follows_up_the_previous_sessions_actions(world, write):
    d = write(ms.add_decision, world.first.id, "Relancer les patrouilles.")
    late = write(prep.add_action, d.id, prep.ActionInput("Écrire à Bamako", "Gouverneur",
                                                         date(2020, 4, 30)))  # fmt: skip
    write(prep.add_action, d.id, prep.ActionInput("Réunir les bailleurs", "Secrétariat",
                                                  date(2020, 5, 31), ActionStatus.DONE,
                                                  date(2020, 5, 20)))  # fmt: skip
    b = brief_of(world, world.second)
    (line,) = b.follow_up
    assert [(a.what, a.status, a.late) for a in line.actions] == [
        ("Écrire à Bamako", ActionStatus.TODO, True),
        ("Réunir les bailleurs", ActionStatus.DONE, False),
    ]
    # Following up stays possible once the session is locked.
    write(decisions.adopt_previous, world.second.id)
    write(prep.set_action_status, late.id, ActionStatus.DONE, on=date(2020, 12, 1))
    assert brief_of(world, world.second).follow_up[0].actions[0].status == ActionStatus.DONE


def test_key_figures_are_compared_with_the_previous_session(world):
    b = brief_of(world, world.second)
    assert b.previous_figures is not None
    assert b.previous_figures.until == world.first.held_on
    with world.sample.db.read() as s:
        expected = briefing.figures_on(s, world.sample.framework_id, world.first.held_on,
                                       b.previous_figures.since)  # fmt: skip
    assert b.previous_figures == expected


def test_the_map_counts_every_incident_of_the_period_in_its_cercle(world):
    b = brief_of(world, world.second)
    m = b.incident_map
    assert m is not None and m.incidents == b.figures.incidents_recent
    assert sum(m.cercles.values()) + m.unmapped == m.incidents
    assert m.unmapped == 0


def test_minutes_count_attendance_by_sex_and_category(world):
    with world.sample.db.read() as s:
        mn = minutes.build_minutes(s, world.first.id, today=TODAY)
    assert mn.by_sex == {Sex.MALE: 1, Sex.FEMALE: 1, Sex.UNKNOWN: 1}
    assert sum(mn.by_category.values()) == 2
    assert set(mn.by_category) <= set(MemberCategory)
    assert mn.next_meeting == (2, world.second.held_on)
