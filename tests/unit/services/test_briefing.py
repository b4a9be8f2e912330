"""What the brief shows, computed from the shared aggregates: figures, changes since the last
session, blocked commitments, resources, incidents, agenda and attendance."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from secframe.models import CommitmentStatus, LocalityLevel, StatusCause
from secframe.services import briefing, stats
from secframe.services import frameworks as fws
from secframe.services import meetings as ms
from secframe.services.errors import NotFoundError, ValidationError
from secframe.services.incidents import IncidentFilter
from tests.fixtures.builders import TODAY
from tests.fixtures.meetings import FIRST_HELD, BriefWorld, build_brief_world


@pytest.fixture
def world(sample, write) -> BriefWorld:
    return build_brief_world(sample, write)


def brief_of(world: BriefWorld, meeting: ms.MeetingInfo) -> briefing.Brief:
    with world.sample.db.read() as s:
        return briefing.build_brief(s, meeting.id, today=TODAY)


def test_a_coming_session_is_briefed_on_today_since_the_previous_session(world):
    b = brief_of(world, world.second)
    assert b.as_of == TODAY and b.since == FIRST_HELD + timedelta(days=1)
    assert b.previous is not None and b.previous.number == 1


def test_key_figures_equal_the_shared_aggregates(world):
    b = brief_of(world, world.second)
    fw = world.sample.framework_id
    with world.sample.db.read() as s:
        expected = stats.key_figures(s, fw, today=TODAY, since=b.since)
        assert b.figures.statuses == stats.status_counts(s, fw)
        assert b.figures.resources == stats.resource_totals(s, fw)
        assert [g.label for g in b.gaps_by_commitment.rows] == [
            g.label for g in stats.resource_gaps(s, fw, "commitment") if g.totals.gap
        ]
        assert b.gaps_by_category == tuple(stats.resource_gaps(s, fw, "category"))
        cercles = stats.incidents_by_place(
            s, IncidentFilter(framework_id=fw, date_from=b.since, date_to=TODAY),
            LocalityLevel.CERCLE,
        )  # fmt: skip
    assert b.figures.overdue == expected.overdue == 1
    assert (b.figures.incidents_recent, b.figures.incidents_previous) == (
        expected.incidents_recent,
        expected.incidents_previous,
    )
    assert (b.figures.incidents_recent, b.figures.incidents_previous) == (5, 2)
    assert [(p.label, p.incidents) for p in b.incidents_by_cercle.rows] == [
        (c.label, c.incidents) for c in cercles
    ]
    assert b.incidents_by_cercle.rows[0].previous == 2


def test_what_changed_lists_status_changes_revisions_and_new_commitments(world):
    b = brief_of(world, world.second)
    assert [(c.commitment_id, c.to_status) for c in b.changes.rows] == [
        (world.patrol, CommitmentStatus.SUSPENDED),
        (world.charter, CommitmentStatus.COMPLETED),
    ]  # latest first; creations and changes before the last session are not listed
    assert b.changes.rows[0].cause == StatusCause.RESOURCES
    assert b.changes_by_status == {CommitmentStatus.SUSPENDED: 1, CommitmentStatus.COMPLETED: 1}
    assert [r.commitment_id for r in b.revisions.rows] == [world.escorts]
    assert b.revisions.rows[0].new_deadline == date(2021, 6, 30)
    assert [(n.commitment_id, n.status) for n in b.new_commitments.rows] == [
        (world.committee, CommitmentStatus.ACTIVE)
    ]


def test_blocked_commitments_show_cause_duration_and_the_gap_to_restart(world):
    b = brief_of(world, world.second)
    patrol, checkpoint = b.blocked.rows
    assert patrol.commitment_id == world.patrol and patrol.cause == StatusCause.RESOURCES
    assert patrol.days == (TODAY - date(2020, 5, 1)).days and patrol.gap == Decimal(500_000)
    assert checkpoint.status == CommitmentStatus.PLANNED  # should have started in February
    assert checkpoint.blocked_since == date(2020, 2, 1) and checkpoint.gap is None
    assert b.blocked_gap == Decimal(500_000)


def test_agenda_and_the_previous_attendance_by_sex(world):
    b = brief_of(world, world.second)
    assert b.meeting.agenda[0] == "Relance des patrouilles sur l'axe"
    a = b.previous_attendance
    assert a is not None
    assert (a.people, a.women, a.men, a.unrecorded) == (3, 1, 1, 1)
    assert a.members == ("CMA", "FAMa") and a.absent == ("Jeunes de Tombouctou",)


def test_a_past_session_is_briefed_as_it_stood_on_its_date(world):
    b = brief_of(world, world.first)
    assert b.as_of == FIRST_HELD and b.first_session and b.previous_attendance is None
    assert b.since == date(2019, 1, 1)  # no previous session: since the framework began
    s = b.figures.statuses
    assert (s[CommitmentStatus.ACTIVE], s[CommitmentStatus.PLANNED]) == (3, 1)
    assert (s[CommitmentStatus.ABANDONED], s[CommitmentStatus.COMPLETED]) == (1, 0)
    assert b.figures.total == 5  # the committee did not exist yet
    assert b.figures.overdue == 0  # the escorts' deadline was still 30/06/2020
    assert b.figures.resources.needed == Decimal(3_050_000)  # without the committee's need
    assert [g.key for g in b.gaps_by_category] == ["vehicles", "fuel"]


def test_states_on_a_day_follow_the_log_and_deadline_history(world):
    fw = world.sample.framework_id
    with world.sample.db.read() as s:
        today = briefing.states_on(s, fw, TODAY)
        before = briefing.states_on(s, fw, date(2020, 4, 30))
        counts = stats.status_counts(s, fw)
    assert {st: sum(1 for x in today.values() if x.status == st) for st in counts} == counts
    assert before[world.patrol].status == CommitmentStatus.ACTIVE
    assert before[world.escorts].deadline == date(2020, 6, 30)
    assert today[world.escorts].deadline == date(2021, 6, 30)
    assert world.committee not in before


def test_a_framework_without_establishment_date_starts_at_its_first_record(sample, write):
    meeting = write(ms.create_meeting, sample.framework_id, ms.MeetingInput(1, TODAY))
    with sample.db.read() as s:
        b = briefing.build_brief(s, meeting.id, today=TODAY)
    assert b.since == TODAY and b.first_session
    assert b.figures.total == 0 and b.blocked.total == 0
    assert not any(m.incidents for m in b.incident_months)


def test_long_lists_are_cut_and_counted(sample, write):
    for i in range(15):
        sample.commitment(f"Engagement {i:02d}", status=CommitmentStatus.SUSPENDED,
                          status_on=date(2020, 1, 1), cause=StatusCause.SECURITY, reason="x")  # fmt: skip
    meeting = write(ms.create_meeting, sample.framework_id, ms.MeetingInput(1, TODAY))
    with sample.db.read() as s:
        b = briefing.build_brief(s, meeting.id, today=TODAY)
    assert b.blocked.total == 15 and len(b.blocked.rows) == 8 and b.blocked.more == 7


def test_finding_the_session_of_a_brief(world, write):
    fw = world.sample.framework_id
    with world.sample.db.read() as s:
        assert briefing.find_meeting(s, fw).number == 2
        assert briefing.find_meeting(s, fw, 1).id == world.first.id
        with pytest.raises(NotFoundError) as err:
            briefing.find_meeting(s, fw, 7)
    assert str(err.value) == "La session n° 7 n’existe pas (ou plus)."
    empty = write(fws.create_framework, fws.FrameworkInput(name="Sans session", short_name="SS"))
    with world.sample.db.read() as s, pytest.raises(ValidationError) as err2:
        briefing.find_meeting(s, empty.id)
    assert "aucune session" in str(err2.value)
