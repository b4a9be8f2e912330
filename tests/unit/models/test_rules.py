"""Each domain rule has one home (``models.rules``) and every path that shows it agrees: the
commitments list, the key figures, the dashboard, the brief and the tracker export compute the
same overdue count, « reste à financer » and blocked commitments on the same data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from secframe.exchange.tracker.export import ExportOptions, gather
from secframe.models import Commitment, CommitmentStatus, ResourceCategory, StatusCause
from secframe.models.rules import (
    blocked_since,
    counts_in_gap,
    gap_condition,
    is_overdue,
    needs_reason,
    overdue_condition,
)
from secframe.reports.charts_data import load_dashboard
from secframe.services import briefing, stats
from secframe.services import commitments as cs
from secframe.services import meetings as ms
from secframe.services import resources as rs
from tests.fixtures.builders import TODAY

S = CommitmentStatus
PAST = TODAY - timedelta(days=30)
FUTURE = TODAY + timedelta(days=30)
NEEDED, RECEIVED = Decimal(1_000_000), Decimal(250_000)


@dataclass(frozen=True)
class Case:
    """One commitment of the shared data and what every path must say of it."""

    status: S
    deadline: date | None
    overdue: bool
    in_gap: bool
    blocked: bool


CASES = (
    Case(S.PLANNED, PAST, overdue=True, in_gap=True, blocked=True),  # start passed, not begun
    Case(S.ACTIVE, PAST, overdue=True, in_gap=True, blocked=False),
    Case(S.SUSPENDED, PAST, overdue=False, in_gap=True, blocked=True),  # blocked, not overdue
    Case(S.AWAITING_SUPPORT, PAST, overdue=False, in_gap=True, blocked=True),  # likewise
    Case(S.COMPLETED, PAST, overdue=False, in_gap=False, blocked=False),
    Case(S.ABANDONED, PAST, overdue=False, in_gap=False, blocked=False),
    Case(S.ACTIVE, FUTURE, overdue=False, in_gap=True, blocked=False),
    Case(S.PLANNED, None, overdue=False, in_gap=True, blocked=False),  # no start, no deadline
)


@pytest.fixture
def world(sample):
    """The cases as commitments (each with one resource line) and a session on TODAY."""
    start = date(2020, 1, 1)
    for n, case in enumerate(CASES):
        detail = sample.commitment(
            f"Engagement {n}",
            status=case.status,
            status_on=start,
            cause=StatusCause.RESOURCES if case.status.needs_cause else None,
            reason="Faute de carburant." if case.status.needs_cause else None,
            start_date=start if case.deadline else None,
            original_deadline=case.deadline,
        )
        line = rs.ResourceNeedInput(
            ResourceCategory.FUEL, quantity=Decimal(1), unit_cost=NEEDED, received=RECEIVED
        )
        with sample.db.write() as s:
            rs.add_resource_need(s, detail.id, line)
    with sample.db.write() as s:
        meeting = ms.create_meeting(s, sample.framework_id, ms.MeetingInput(1, TODAY))
    return sample, meeting.id


def expected_gap() -> Decimal:
    return sum(((NEEDED - RECEIVED) for c in CASES if c.in_gap), Decimal(0))


def test_every_path_agrees_on_overdue_reste_a_financer_and_blocked(world):
    sample, meeting_id = world
    fw = sample.framework_id
    overdue = sum(c.overdue for c in CASES)
    with sample.db.read() as s:
        rows = cs.list_commitments(s, fw, today=TODAY)
        key = stats.key_figures(s, fw, today=TODAY)
        dashboard = load_dashboard(s, fw, today=TODAY).key_figures
        brief = briefing.build_brief(s, meeting_id, today=TODAY)
        export = gather(s, fw, ExportOptions(today=TODAY))
    paths = {
        "list": (sum(r.overdue for r in rows), sum((r.gap for r in rows), Decimal(0))),
        "key figures": (key.overdue, key.gap),
        "dashboard": (dashboard.overdue, dashboard.gap),
        "brief": (brief.figures.overdue, brief.figures.gap),
        "export summary": (export.figures.overdue, export.figures.gap),
        "export rows": (
            sum(r.overdue for r in export.commitments),
            sum((r.gap for r in export.commitments), Decimal(0)),
        ),
    }
    assert paths == dict.fromkeys(paths, (overdue, expected_gap()))
    assert sum(g.totals.gap for g in export.gaps) == expected_gap()  # by category, exported
    assert sum(g.totals.gap for g in brief.gaps_by_category) == expected_gap()
    assert brief.blocked_gap == sum(
        (NEEDED - RECEIVED for c in CASES if c.blocked), Decimal(0)
    )  # what restarting the blocked commitments would take
    blocked = sorted(r.status for r in brief.blocked.rows)
    assert blocked == sorted(c.status for c in CASES if c.blocked)


def test_the_list_filters_overdue_as_the_rule_says(world):
    sample, _ = world
    with sample.db.read() as s:
        only = cs.list_commitments(
            s, sample.framework_id, cs.CommitmentFilter(overdue_only=True), today=TODAY
        )
    assert sorted(r.status for r in only) == sorted(c.status for c in CASES if c.overdue)


def test_each_sql_twin_selects_what_its_python_rule_says(world):
    sample, _ = world
    with sample.db.read() as s:
        rows = s.execute(select(Commitment.status, Commitment.deadline)).all()
        overdue_sql = s.scalar(
            select(func.count()).select_from(Commitment).where(overdue_condition(TODAY))
        )
        gap_sql = s.scalar(select(func.count()).select_from(Commitment).where(gap_condition()))
    assert overdue_sql == sum(is_overdue(st, dl, TODAY) for st, dl in rows)
    assert gap_sql == sum(counts_in_gap(st) for st, _ in rows)


@pytest.mark.parametrize("status", list(S))
def test_the_status_rules(status):
    assert status.is_open == (status in {S.PLANNED, S.AWAITING_SUPPORT, S.ACTIVE, S.SUSPENDED})
    assert status.is_stopped == (status in {S.AWAITING_SUPPORT, S.SUSPENDED})
    assert status.needs_cause == (status in {S.SUSPENDED, S.ABANDONED})
    assert status.can_be_overdue == (status in {S.PLANNED, S.ACTIVE})
    assert counts_in_gap(status) == status.is_open
    assert is_overdue(status, PAST, TODAY) == status.can_be_overdue
    assert not is_overdue(status, None, TODAY) and not is_overdue(status, FUTURE, TODAY)
    # suspending or abandoning says why; so does reopening a closed commitment
    assert needs_reason(S.ACTIVE, status) == status.needs_cause
    assert needs_reason(S.COMPLETED, status)
    assert needs_reason(None, status) == status.needs_cause


def test_blocked_since():
    assert blocked_since(S.SUSPENDED, PAST, None, None, TODAY) == PAST
    assert blocked_since(S.AWAITING_SUPPORT, PAST, FUTURE, FUTURE, TODAY) == PAST
    assert blocked_since(S.PLANNED, None, PAST, FUTURE, TODAY) == PAST  # start passed
    assert blocked_since(S.PLANNED, None, None, PAST, TODAY) == PAST  # no start: deadline
    assert blocked_since(S.PLANNED, None, FUTURE, None, TODAY) is None
    assert blocked_since(S.ACTIVE, PAST, PAST, PAST, TODAY) is None
