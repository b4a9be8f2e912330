"""Who can unblock a commitment, the next step and its date: checked and recorded here, from
Change status… (when the new status blocks the commitment), the commitment editor, the
session's preparation and the tracker import."""

from __future__ import annotations

from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import Commitment, bounds
from secframe.services.changes import Saved, recorded
from secframe.services.checks import Checker, clean
from secframe.services.commitments.data import CommitmentDetail, UnblockingInput
from secframe.services.commitments.editing import get_commitment
from secframe.services.entities import COMMITMENT
from secframe.services.errors import FieldError, ValidationError
from secframe.services.records import check_version, get_or_fail

# A next step is one step, written in a sentence or two (the column itself is unbounded).
NEXT_STEP_LENGTH = 500


def unblocking_errors(data: UnblockingInput) -> list[FieldError]:
    """Every rule ``data`` breaks: texts within their length, the date between 1960 and 2100,
    and a date only with the step it dates."""
    check = Checker()
    check.within_bounds(data, Commitment)
    if data.next_step is not None:
        limit = NEXT_STEP_LENGTH
        check.bounded("next_step", data.next_step.strip(), lambda v: bounds.check_text(v, limit))
    if data.next_step_on is not None and not clean(data.next_step):
        check.add(
            "next_step",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "Say what the step planned for {date} is."),
                date=data.next_step_on,
            ),
        )
    return check.errors


def apply_unblocking(c: Commitment, data: UnblockingInput) -> bool:
    """Write ``data`` (already checked) on the commitment; True when something changed."""
    values = (clean(data.unblock_by), clean(data.next_step), data.next_step_on)
    if values == (c.unblock_by, c.next_step, c.next_step_on):
        return False
    c.unblock_by, c.next_step, c.next_step_on = values
    return True


def record_unblocking(
    session: Session,
    commitment_id: int,
    data: UnblockingInput,
    *,
    expected_version: int | None = None,
) -> Saved[CommitmentDetail]:
    """Record who can unblock a commitment, the next step and its date; returns the
    commitment as it is now and what changed."""
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    errors = unblocking_errors(data)
    if errors:
        raise ValidationError(errors)
    if apply_unblocking(c, data):
        session.flush()
    return Saved(get_commitment(session, commitment_id), recorded(session))
