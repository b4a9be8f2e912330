"""The rules a commitment's fields and status changes must follow before anything is written."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    Axis,
    Commitment,
    CommitmentPartner,
    CommitmentStatus,
    Locality,
    Meeting,
    Member,
    StatusCause,
    bounds,
)
from secframe.models.base import utcnow
from secframe.models.rules import needs_reason
from secframe.services.checks import Checker, clean, required
from secframe.services.commitments.data import CommitmentInput
from secframe.services.errors import LockedError


def validate_input(
    session: Session, framework_id: int, data: CommitmentInput, existing_id: int | None
) -> None:
    check = Checker()
    check.within_bounds(data, Commitment)
    for partner in data.partners:
        check.within_bounds(partner, CommitmentPartner, under="partners")
    check.require("title", clean(data.title), required("title"))
    check.require("kind", data.kind, required("kind"))
    check.in_order("original_deadline", data.start_date, data.original_deadline)
    if not 0 <= data.implementation_level <= 3:
        check.add(
            "implementation_level",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "The implementation level goes from 0 to 3.")),
        )
    member_ids = {data.lead_member_id} | {p.member_id for p in data.partners}
    member_ids.discard(None)
    # by id, from the session's identity map when the members are loaded (no query then)
    members = (session.get(Member, mid) for mid in member_ids)
    found = {m.id for m in members if m is not None and m.framework_id == framework_id}
    if data.lead_member_id is not None and data.lead_member_id not in found:
        check.add(
            "lead_member_id",
            msg(
                "Rules", QT_TRANSLATE_NOOP("Rules", "The lead must be a member of this framework.")
            ),
        )
    partner_ids = [p.member_id for p in data.partners]
    if any(pid not in found for pid in partner_ids):
        check.add(
            "partners",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "Partners must be members of this framework.")),
        )
    if len(set(partner_ids)) != len(partner_ids) or data.lead_member_id in partner_ids:
        check.add(
            "partners",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP(
                    "Rules", "A member can appear only once among lead and partners."
                ),
            ),
        )
    if data.locality_id is not None and session.get(Locality, data.locality_id) is None:
        check.add("locality_id", msg("Rules", QT_TRANSLATE_NOOP("Rules", "Unknown place.")))
    if data.axis_id is not None and session.get(Axis, data.axis_id) is None:
        check.add("axis_id", msg("Rules", QT_TRANSLATE_NOOP("Rules", "Unknown axis.")))
    if data.source_meeting_id is not None:
        meeting = session.get(Meeting, data.source_meeting_id)
        if meeting is None or meeting.framework_id != framework_id:
            check.add(
                "source_meeting_id",
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP("Rules", "The source session must belong to this framework."),
                ),
            )
    if data.predecessor_id is not None:
        pred = session.get(Commitment, data.predecessor_id)
        if pred is None or pred.framework_id != framework_id or pred.id == existing_id:
            check.add(
                "predecessor_id",
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP(
                        "Rules",
                        "A commitment can only take over from another commitment of the same "
                        "framework.",
                    ),
                ),
            )
    check.done()


def apply_input(c: Commitment, data: CommitmentInput) -> None:
    c.title = (clean(data.title) or "")[:300]
    c.kind = data.kind
    c.description = clean(data.description)
    c.reference = clean(data.reference)
    c.source = clean(data.source)
    c.source_meeting_id = data.source_meeting_id
    c.theme = clean(data.theme)
    c.lead_member_id = data.lead_member_id
    c.locality_id = data.locality_id
    c.axis_id = data.axis_id
    c.frequency = clean(data.frequency)
    c.start_date = data.start_date
    if not c.deadline_revisions:
        c.deadline = data.original_deadline
    c.original_deadline = data.original_deadline
    c.implementation_level = data.implementation_level
    c.outcome_notes = clean(data.outcome_notes)
    c.predecessor_id = data.predecessor_id
    existing = {p.member_id: p for p in c.partners}
    partners = []
    for p in data.partners:
        link = existing.get(p.member_id) or CommitmentPartner(member_id=p.member_id)
        if link.role != clean(p.role) or link.id is None:  # unchanged links stay clean
            link.role = clean(p.role)
        partners.append(link)
    if partners != list(c.partners):
        c.partners = partners
    c.updated_at = utcnow()  # every save is a new version, partners included


def check_meeting_open(session: Session, meeting_id: int | None) -> None:
    if meeting_id is None:
        return
    meeting = session.get(Meeting, meeting_id)
    if meeting is not None and meeting.locked:
        raise LockedError(meeting.number)


def check_transition(
    current: CommitmentStatus | None,
    new: CommitmentStatus,
    on: date | None,
    last_on: date | None,
    cause: StatusCause | None,
    reason: str | None,
    today: date,
) -> None:
    check = Checker()
    check.require("changed_on", on, required("date"))
    check.bounded("changed_on", on, bounds.check_date)
    check.not_future("changed_on", on, today)
    if current is not None and new == current:
        check.add(
            "to_status",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "The commitment is already {status}."),
                status=new,
            ),
        )
    if on is not None and last_on is not None and on < last_on:
        check.add(
            "changed_on",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP(
                    "Rules", "The status log already has a change on {last}; date this one later."
                ),
                last=last_on,
            ),
        )
    if cause is not None and cause not in new.allowed_causes():
        check.add(
            "cause",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP(
                    "Rules", "« {cause} » is not a cause for a commitment that becomes {status}."
                ),
                cause=cause,
                status=new,
            ),
        )
    if new.needs_cause:
        check.require("cause", cause, required("cause"))
        if not clean(reason):
            check.add(
                "reason",
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP(
                        "Rules", "Say why the commitment is {status}: a reason is required."
                    ),
                    status=new,
                ),
            )
    elif needs_reason(current, new) and not clean(reason):
        check.add(
            "reason",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "Reopening a {status} commitment needs a reason."),
                status=current,
            ),
        )
    check.done()
