"""Domain rules of commitments, each defined once with its SQL twin.

Every layer asks these instead of restating them: the lists, the key figures, the dashboard,
the brief, the tracker export and the importers. A rule that a query needs has an SQL
expression here next to its Python predicate, and ``tests/unit/models/test_rules.py`` checks
that the two agree on every status.

- **Open**: planned, awaiting support, active, suspended (``CommitmentStatus.is_open``,
  ``OPEN_STATUSES``).
- **Overdue**: planned or active with a deadline before the day. A suspended commitment, or one
  « non mis en œuvre, en attente d'appui », is *blocked*, not overdue; completed and abandoned
  ones are history.
- **Blocked**: suspended or awaiting support (``CommitmentStatus.is_stopped``) since the change
  to that status, or planned although its start (or, without one, its deadline) has passed.
- **Awaiting support** (« en attente d'appui »): decided but waiting for the means or the
  authorisation to start. It is open, so its unmet needs count in « reste à financer »; it is
  blocked, never overdue; a cause (lack of resources, no support from Bamako…) is optional.
- **Causes**: a change to a status may record only the causes ``CommitmentStatus.allowed_causes``
  lists (``enums.CAUSES_BY_STATUS``); pickers offer ``offered_causes`` (the handover is recorded
  by the handover only). A suspension or abandonment must give one (``needs_cause``).
- **Reste à financer** (still to find): needed minus received, never below zero, over the
  *open* commitments only; completed and abandoned commitments are history and count zero.
- **Remedy**: what would restart a blocked commitment depends on its cause (money only for
  a lack of resources), ``remedy_for``.
- **A late follow-up action**: still to do (or in progress) past its date, ``action_is_late``.
- **A member's label**: its short name, else its name (``Member.label``).
- **Who recorded a change**: ``secframe.db.session.recorder``.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_

from secframe.models.commitment import Commitment
from secframe.models.enums import (
    OPEN_STATUSES,
    RUNNING_STATUSES,
    ActionStatus,
    CommitmentStatus,
    Remedy,
    StatusCause,
)


def needs_reason(current: CommitmentStatus | None, new: CommitmentStatus) -> bool:
    """Whether a change from ``current`` to ``new`` must say why: suspending or abandoning
    (which also need a cause, ``CommitmentStatus.needs_cause``), or reopening a closed
    commitment."""
    return new.needs_cause or (current is not None and current.is_closed)


def is_overdue(status: CommitmentStatus, deadline: date | None, today: date) -> bool:
    """True when a planned or active commitment's deadline is before ``today``."""
    return status.can_be_overdue and deadline is not None and deadline < today


def overdue_condition(today: date) -> ColumnElement[bool]:
    """``is_overdue`` as an SQL condition on ``Commitment``."""
    return and_(
        Commitment.status.in_(RUNNING_STATUSES),
        Commitment.deadline.is_not(None),
        Commitment.deadline < today,
    )


def blocked_since(
    status: CommitmentStatus,
    status_since: date | None,
    start: date | None,
    deadline: date | None,
    as_of: date,
) -> date | None:
    """Since when a commitment is blocked on ``as_of`` (None when it is not): a suspended one,
    or one awaiting support, since that status began; a planned one since the start (or
    deadline) that passed."""
    if status.is_stopped:
        return status_since or as_of
    planned_for = start or deadline
    if status == CommitmentStatus.PLANNED and planned_for is not None and planned_for < as_of:
        return planned_for
    return None


def counts_in_gap(status: CommitmentStatus) -> bool:
    """Whether a commitment's unmet needs count in « reste à financer » (open ones only)."""
    return status.is_open


def gap_condition() -> ColumnElement[bool]:
    """``counts_in_gap`` as an SQL condition on ``Commitment``."""
    return Commitment.status.in_(OPEN_STATUSES)


def remedy_for(cause: StatusCause | None) -> Remedy:
    """What would restart a commitment blocked for ``cause``: money only for a lack of
    resources; a redeployment for a withdrawal of the forces or insecurity; mediation for a
    political blockage or a party's breach; otherwise (no support from Bamako…) a referral
    to the authority concerned."""
    if cause == StatusCause.RESOURCES:
        return Remedy.FUNDING
    if cause in (StatusCause.FORCES_WITHDRAWAL, StatusCause.SECURITY):
        return Remedy.REDEPLOYMENT
    if cause in (StatusCause.POLITICAL, StatusCause.BREACH):
        return Remedy.MEDIATION
    return Remedy.REFERRAL


def action_is_late(status: ActionStatus, due_on: date | None, as_of: date) -> bool:
    """True when a follow-up action still to be done is past its date."""
    return status.is_pending and due_on is not None and due_on < as_of
