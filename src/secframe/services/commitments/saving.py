"""Use cases the desktop app and the importers share: a commitment saved with its resource
lines in one unit of work, its status, deadline or lead changed, each returning what it
changed (``services.changes``).

The commitment editor, the tracker importer and the foreign-tracker importer all write
resource lines through ``save_resource_lines``; the change dialogs call ``record_status``,
``record_deadline`` and ``record_handover`` (the successor of a handover is derived here,
by ``successor_of``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from secframe.models import Commitment, CommitmentStatus, ResourceNeed, StatusCause
from secframe.services import resources as rs
from secframe.services import results as results_service
from secframe.services.changes import COMMITMENT, RESOURCE_NEED, Changes, Saved, recorded
from secframe.services.checks import fail, required
from secframe.services.commitments.data import CommitmentDetail, CommitmentInput, UnblockingInput
from secframe.services.commitments.editing import (
    add_commitment,
    get_commitment,
    stage_update,
)
from secframe.services.commitments.lifecycle import change_status, hand_over, revise_deadline
from secframe.services.commitments.unblocking import apply_unblocking, unblocking_errors
from secframe.services.entities import COMMITMENT as COMMITMENT_LABEL
from secframe.services.errors import FieldError, ValidationError
from secframe.services.records import get_or_fail

# A resource line as edited: (its id, or None for a new line; the version it was read at; input)
Line = tuple[int | None, int | None, rs.ResourceNeedInput]


@dataclass(frozen=True)
class CommitmentEdit:
    """Everything the editor saves: the fields, the resource lines, the results, and (new only)
    the first status."""

    fields: CommitmentInput
    lines: tuple[Line, ...]
    results: tuple[results_service.ResultLine, ...] = ()
    status: CommitmentStatus | None = None
    status_on: date | None = None
    cause: StatusCause | None = None
    reason: str | None = None
    unblocking: UnblockingInput | None = None  # None: left as it is


def save_resource_lines(
    session: Session,
    commitment_id: int,
    lines: Sequence[Line],
    *,
    seen: Mapping[int, int] | None = None,
    field_prefix: str = "needs",
) -> Changes:
    """Add the new lines, change the lines whose input differs from what is stored, and
    delete the lines of ``seen`` (id -> version read) that are no longer in ``lines``.

    A line that does not pass the rules raises ``ValidationError`` with its fields named
    ``needs[i].field`` (``i`` its position in ``lines``; no prefix with ``field_prefix=""``).
    Lines not in ``seen`` and not in ``lines`` are left alone (the importers add or change
    single lines). Returns the lines written and their commitment. Changed and deleted lines
    are written at the session's next flush (an import of thousands of lines flushes once);
    new lines are flushed here, for their ids.
    """
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT_LABEL)
    stored = {n.id: n for n in c.resource_needs}
    added: list[ResourceNeed] = []
    written: list[int] = []
    kept: set[int] = set()
    for i, (need_id, version, line) in enumerate(lines):
        try:
            if need_id is None:
                added.append(rs.stage_new_need(session, c, line))
                continue
            kept.add(need_id)
            current = stored.get(need_id)
            if current is None or line != rs.need_input(current):
                rs.stage_need_update(session, need_id, line, expected_version=version)
                written.append(need_id)
        except ValidationError as err:
            if not field_prefix:
                raise
            raise ValidationError(
                FieldError(f"{field_prefix}[{i}].{e.field}", e.message) for e in err.errors
            ) from err
    for need_id in sorted((seen or {}).keys() - kept):
        rs.stage_need_delete(session, need_id, expected_version=(seen or {})[need_id])
        written.append(need_id)
    if added:  # the new lines' ids
        session.flush()
        written.extend(n.id for n in added)
    if not written:
        return Changes()
    return Changes.of(RESOURCE_NEED, *written) | Changes.of(COMMITMENT, commitment_id)


def check_lines(session: Session, framework_id: int, lines: Sequence[Line]) -> list[FieldError]:
    """Every rule the lines break, named ``needs[i].field``."""
    errors: list[FieldError] = []
    for i, (_need_id, _version, line) in enumerate(lines):
        try:
            rs.check_resource_need(session, framework_id, line)
        except ValidationError as err:
            errors.extend(FieldError(f"needs[{i}].{e.field}", e.message) for e in err.errors)
    return errors


def save_commitment(
    session: Session,
    framework_id: int,
    commitment_id: int | None,
    edit: CommitmentEdit,
    *,
    expected_version: int | None = None,
    seen_lines: Mapping[int, int] | None = None,
    seen_results: Mapping[int, results_service.ResultInfo] | None = None,
) -> Saved[CommitmentDetail]:
    """Create (``commitment_id`` None) or update a commitment with its resource lines and
    results, in one unit of work.

    The fields and the lines are checked together, so that every problem is reported at once
    (``ValidationError``). ``seen_lines`` are the lines (id -> version) and ``seen_results``
    the results the editor showed: those missing from ``edit`` are deleted. Returns the
    commitment as saved and what changed.
    """
    errors: list[FieldError] = []
    saved_id: int | None = None
    try:
        if commitment_id is None:
            saved_id = add_commitment(
                session,
                framework_id,
                edit.fields,
                status=edit.status or CommitmentStatus.PLANNED,
                status_on=edit.status_on,
                cause=edit.cause,
                reason=edit.reason,
            )
        else:
            stage_update(session, commitment_id, edit.fields, expected_version=expected_version)
            saved_id = commitment_id
    except ValidationError as err:  # the lines are checked too: every problem at once
        errors.extend(err.errors)
    errors.extend(check_lines(session, framework_id, edit.lines))
    if edit.unblocking is not None:
        errors.extend(unblocking_errors(edit.unblocking))
    if errors or saved_id is None:
        raise ValidationError(errors)
    if edit.unblocking is not None:
        apply_unblocking(session.get_one(Commitment, saved_id), edit.unblocking)
    # read back once, at the end
    save_resource_lines(session, saved_id, edit.lines, seen=seen_lines)
    results_service.save_results(session, saved_id, edit.results, dict(seen_results or {}))
    session.flush()
    return Saved(get_commitment(session, saved_id), recorded(session))


@dataclass(frozen=True)
class StatusEdit:
    """A status change as entered (see ``change_status``)."""

    status: CommitmentStatus | None
    on: date | None
    cause: StatusCause | None = None
    reason: str = ""
    source: str = ""
    meeting_id: int | None = None
    # who can unblock it, the next step and its date: recorded when the new status blocks
    # the commitment (``CommitmentStatus.is_stopped``), ignored otherwise
    unblocking: UnblockingInput | None = None


@dataclass(frozen=True)
class DeadlineEdit:
    """A deadline revision as entered (see ``revise_deadline``)."""

    new_deadline: date | None
    decided_on: date | None
    reason: str = ""
    source: str = ""
    meeting_id: int | None = None


@dataclass(frozen=True)
class HandoverEdit:
    """A handover as entered: who takes over, the new title (empty: the same), when."""

    lead_member_id: int | None
    title: str
    on: date | None
    status: CommitmentStatus | None = CommitmentStatus.ACTIVE
    reason: str = ""
    source: str = ""
    meeting_id: int | None = None


def record_status(
    session: Session, commitment_id: int, edit: StatusEdit, *, expected_version: int | None
) -> Saved[CommitmentDetail]:
    """Change a commitment's status and, when the new status blocks it, record who can
    unblock it and the next step; returns the commitment as it is now and what changed."""
    if edit.status is None:
        raise fail("to_status", required("status"))
    unblocking = edit.unblocking if edit.status.is_stopped else None
    errors = unblocking_errors(unblocking) if unblocking is not None else []
    try:
        change_status(
            session,
            commitment_id,
            edit.status,
            on=edit.on,
            cause=edit.cause,
            reason=edit.reason or None,
            source=edit.source or None,
            meeting_id=edit.meeting_id,
            expected_version=expected_version,
        )
    except ValidationError as err:  # every problem at once
        raise ValidationError([*err.errors, *errors]) from err
    if errors:
        raise ValidationError(errors)
    if unblocking is not None:
        apply_unblocking(session.get_one(Commitment, commitment_id), unblocking)
        session.flush()
    return Saved(get_commitment(session, commitment_id), recorded(session))


def record_deadline(
    session: Session, commitment_id: int, edit: DeadlineEdit, *, expected_version: int | None
) -> Saved[CommitmentDetail]:
    """Revise a commitment's deadline; returns the commitment as it is now and what changed."""
    revise_deadline(
        session,
        commitment_id,
        edit.new_deadline,
        reason=edit.reason or None,
        decided_on=edit.decided_on,
        source=edit.source or None,
        meeting_id=edit.meeting_id,
        expected_version=expected_version,
    )
    return Saved(get_commitment(session, commitment_id), recorded(session))


def successor_of(detail: CommitmentDetail, edit: HandoverEdit) -> CommitmentInput:
    """The commitment that continues ``detail`` after a handover: same terms, led by the member
    taking over (no longer a partner), starting on the handover's day, keeping the deadline
    only if it is still ahead."""
    current = detail.to_input()
    deadline = detail.row.deadline
    still_ahead = deadline is not None and edit.on is not None and deadline >= edit.on
    return replace(
        current,
        title=edit.title or current.title,
        lead_member_id=edit.lead_member_id,
        partners=tuple(p for p in current.partners if p.member_id != edit.lead_member_id),
        start_date=None,
        original_deadline=deadline if still_ahead else None,
        predecessor_id=None,
    )


def record_handover(
    session: Session, commitment_id: int, edit: HandoverEdit, *, expected_version: int | None
) -> Saved[CommitmentDetail]:
    """Hand a commitment over (see ``hand_over``); returns the new commitment and what
    changed (both commitments)."""
    detail = get_commitment(session, commitment_id)
    successor = hand_over(
        session,
        commitment_id,
        successor_of(detail, edit),
        on=edit.on,
        reason=edit.reason or None,
        source=edit.source or None,
        meeting_id=edit.meeting_id,
        successor_status=edit.status or CommitmentStatus.ACTIVE,
        expected_version=expected_version,
    )
    return Saved(successor, recorded(session))
