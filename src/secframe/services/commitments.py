"""Commitments: create, change, list; status changes, deadline revisions and handovers."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, selectinload

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    Axis,
    AxisLocality,
    Commitment,
    CommitmentKind,
    CommitmentPartner,
    CommitmentStatus,
    DeadlineRevision,
    Framework,
    Locality,
    Meeting,
    Member,
    StatusCause,
    StatusChange,
    bounds,
)
from secframe.models.base import utcnow
from secframe.services.common import (
    Checker,
    check_version,
    clean,
    fail,
    get_or_fail,
    required,
    text_filter,
)
from secframe.services.entities import COMMITMENT, FRAMEWORK
from secframe.services.errors import LockedError, NotFoundError
from secframe.services.places import locality_labels, subtree_condition
from secframe.services.resources import ResourceNeedInfo, need_infos, totals_by_commitment

OPEN = (CommitmentStatus.PLANNED, CommitmentStatus.ACTIVE, CommitmentStatus.SUSPENDED)
ZERO = Decimal(0)


# --- data handed in and out --------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerInput:
    """A partner member of a commitment and its role."""

    member_id: int
    role: str | None = None


@dataclass(frozen=True)
class CommitmentInput:
    """The fields of a commitment a user edits (status and deadline have their own actions)."""

    title: str
    kind: CommitmentKind
    description: str | None = None
    reference: str | None = None
    source: str | None = None
    source_meeting_id: int | None = None
    theme: str | None = None
    lead_member_id: int | None = None
    partners: tuple[PartnerInput, ...] = ()
    locality_id: int | None = None
    axis_id: int | None = None
    frequency: str | None = None
    start_date: date | None = None
    original_deadline: date | None = None
    implementation_level: int = 0
    outcome_notes: str | None = None
    predecessor_id: int | None = None


@dataclass(frozen=True)
class PartnerInfo:
    """A partner as shown."""

    member_id: int
    name: str
    role: str | None


@dataclass(frozen=True)
class StatusChangeInfo:
    """One entry of the status log."""

    id: int
    commitment_id: int
    changed_on: date
    from_status: CommitmentStatus | None
    to_status: CommitmentStatus
    cause: StatusCause | None
    reason: str | None
    source: str | None
    meeting_id: int | None
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class DeadlineRevisionInfo:
    """One deadline revision."""

    id: int
    commitment_id: int
    previous_deadline: date | None
    new_deadline: date
    reason: str
    decided_on: date
    source: str | None
    meeting_id: int | None
    recorded_by: str
    recorded_at: datetime

    @property
    def days_moved(self) -> int:
        """How many days the deadline moved (negative when brought forward)."""
        if self.previous_deadline is None:
            return 0
        return (self.new_deadline - self.previous_deadline).days


@dataclass(frozen=True)
class CommitmentRow:
    """A commitment as listed: its fields, current state, slippage and resource totals (XOF)."""

    id: int
    framework_id: int
    reference: str | None
    kind: CommitmentKind
    title: str
    lead_member_id: int | None
    lead_member: str
    partners: str
    locality_id: int | None
    locality: str
    axis_id: int | None
    axis: str
    start_date: date | None
    original_deadline: date | None
    deadline: date | None
    status: CommitmentStatus
    status_since: date | None
    implementation_level: int
    revisions: int
    last_change_on: date | None
    last_cause: StatusCause | None
    last_reason: str | None
    needed: Decimal
    pledged: Decimal
    received: Decimal
    gap: Decimal
    overdue: bool
    predecessor_id: int | None
    version: int

    @property
    def place(self) -> str:
        """The axis and/or locality, as one label."""
        return " / ".join(p for p in (self.axis, self.locality) if p)

    @property
    def days_slipped(self) -> int:
        """Days between the original and the current deadline."""
        if self.original_deadline is None or self.deadline is None:
            return 0
        return (self.deadline - self.original_deadline).days


@dataclass(frozen=True)
class CommitmentDetail:
    """Everything about one commitment, for its editor and its history."""

    row: CommitmentRow
    description: str | None
    source: str | None
    source_meeting_id: int | None
    theme: str | None
    frequency: str | None
    outcome_notes: str | None
    partners: tuple[PartnerInfo, ...]
    needs: tuple[ResourceNeedInfo, ...]
    status_log: tuple[StatusChangeInfo, ...]
    revisions: tuple[DeadlineRevisionInfo, ...]
    successor_ids: tuple[int, ...]

    @property
    def id(self) -> int:
        """The commitment's id."""
        return self.row.id

    @property
    def version(self) -> int:
        """The version to pass back when saving."""
        return self.row.version

    def to_input(self) -> CommitmentInput:
        """The editable fields, to change and save back."""
        r = self.row
        return CommitmentInput(
            title=r.title,
            kind=r.kind,
            description=self.description,
            reference=r.reference,
            source=self.source,
            source_meeting_id=self.source_meeting_id,
            theme=self.theme,
            lead_member_id=r.lead_member_id,
            partners=tuple(PartnerInput(p.member_id, p.role) for p in self.partners),
            locality_id=r.locality_id,
            axis_id=r.axis_id,
            frequency=self.frequency,
            start_date=r.start_date,
            original_deadline=r.original_deadline,
            implementation_level=r.implementation_level,
            outcome_notes=self.outcome_notes,
            predecessor_id=r.predecessor_id,
        )


@dataclass(frozen=True)
class CommitmentFilter:
    """What the lists filter commitments by; empty fields do not filter."""

    statuses: frozenset[CommitmentStatus] = frozenset()
    kinds: frozenset[CommitmentKind] = frozenset()
    member_id: int | None = None
    locality_id: int | None = None
    axis_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    overdue_only: bool = False
    ids: frozenset[int] = field(default_factory=frozenset)


# --- validation --------------------------------------------------------------------------------


def _validate(
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
    found = set(
        session.scalars(
            select(Member.id).where(Member.id.in_(member_ids), Member.framework_id == framework_id)
        )
    )
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


def _apply(c: Commitment, data: CommitmentInput) -> None:
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
        link.role = clean(p.role)
        partners.append(link)
    c.partners = partners
    c.updated_at = utcnow()  # every save is a new version, partners included


def _check_meeting_open(session: Session, meeting_id: int | None) -> None:
    if meeting_id is None:
        return
    meeting = session.get(Meeting, meeting_id)
    if meeting is not None and meeting.locked:
        raise LockedError(meeting.number)


# --- create, read, update, delete --------------------------------------------------------------


def create_commitment(
    session: Session,
    framework_id: int,
    data: CommitmentInput,
    *,
    status: CommitmentStatus = CommitmentStatus.PLANNED,
    status_on: date | None = None,
    cause: StatusCause | None = None,
    reason: str | None = None,
    source: str | None = None,
    meeting_id: int | None = None,
    today: date | None = None,
) -> CommitmentDetail:
    """Add a commitment; its status log starts with ``status`` on ``status_on``."""
    today = today or date.today()
    get_or_fail(session, Framework, framework_id, FRAMEWORK)
    _validate(session, framework_id, data, None)
    when = status_on or data.start_date or today
    _check_transition(None, status, when, None, cause, reason, today)
    _check_meeting_open(session, meeting_id)
    c = Commitment(framework_id=framework_id, status=status, status_since=when)
    _apply(c, data)
    session.add(c)
    session.flush()
    _log(session, c, None, status, when, cause, reason, source, meeting_id)
    session.flush()
    return get_commitment(session, c.id, today=today)


def update_commitment(
    session: Session,
    commitment_id: int,
    data: CommitmentInput,
    *,
    expected_version: int | None,
    today: date | None = None,
) -> CommitmentDetail:
    """Save edited fields; refuses if someone else saved the commitment meanwhile."""
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    _validate(session, c.framework_id, data, commitment_id)
    if data.start_date and c.deadline and c.deadline_revisions and c.deadline < data.start_date:
        raise fail(
            "start_date",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "The date {end} is before the start date {start}."),
                end=c.deadline,
                start=data.start_date,
            ),
        )
    _apply(c, data)
    session.flush()
    return get_commitment(session, commitment_id, today=today)


def delete_commitment(
    session: Session, commitment_id: int, *, expected_version: int | None
) -> None:
    """Delete a commitment with its log, revisions and resource lines (the audit log stays)."""
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    session.delete(c)
    session.flush()


def deletion_impact(session: Session, commitment_id: int) -> dict[str, int]:
    """What goes with a commitment when it is deleted, for the confirmation question."""
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    successors = session.scalar(
        select(func.count()).select_from(Commitment).where(Commitment.predecessor_id == c.id)
    )
    return {
        "status_changes": len(c.status_changes),
        "deadline_revisions": len(c.deadline_revisions),
        "resource_needs": len(c.resource_needs),
        "partners": len(c.partners),
        "successors": successors or 0,
    }


def get_commitment(
    session: Session, commitment_id: int, *, today: date | None = None
) -> CommitmentDetail:
    """One commitment with partners, resource lines, status log and deadline revisions."""
    c = session.scalars(
        select(Commitment)
        .where(Commitment.id == commitment_id)
        .options(
            selectinload(Commitment.partners).selectinload(CommitmentPartner.member),
            selectinload(Commitment.status_changes),
            selectinload(Commitment.deadline_revisions),
        )
    ).one_or_none()
    if c is None:
        raise NotFoundError(COMMITMENT, commitment_id)
    row = list_commitments(
        session, c.framework_id, CommitmentFilter(ids=frozenset({c.id})), today=today
    )[0]
    successors = session.scalars(
        select(Commitment.id).where(Commitment.predecessor_id == c.id).order_by(Commitment.id)
    )
    return CommitmentDetail(
        row=row,
        description=c.description,
        source=c.source,
        source_meeting_id=c.source_meeting_id,
        theme=c.theme,
        frequency=c.frequency,
        outcome_notes=c.outcome_notes,
        partners=tuple(
            PartnerInfo(p.member_id, p.member.short_name or p.member.name, p.role)
            for p in c.partners
        ),
        needs=tuple(need_infos(session, c.id)),
        status_log=tuple(_status_info(s) for s in c.status_changes),
        revisions=tuple(_revision_info(r) for r in c.deadline_revisions),
        successor_ids=tuple(successors),
    )


def _status_info(s: StatusChange) -> StatusChangeInfo:
    return StatusChangeInfo(
        id=s.id,
        commitment_id=s.commitment_id,
        changed_on=s.changed_on,
        from_status=s.from_status,
        to_status=s.to_status,
        cause=s.cause,
        reason=s.reason,
        source=s.source,
        meeting_id=s.meeting_id,
        recorded_by=s.recorded_by,
        recorded_at=s.recorded_at,
    )


def _revision_info(r: DeadlineRevision) -> DeadlineRevisionInfo:
    return DeadlineRevisionInfo(
        id=r.id,
        commitment_id=r.commitment_id,
        previous_deadline=r.previous_deadline,
        new_deadline=r.new_deadline,
        reason=r.reason,
        decided_on=r.decided_on,
        source=r.source,
        meeting_id=r.meeting_id,
        recorded_by=r.recorded_by,
        recorded_at=r.recorded_at,
    )


# The commitment columns a list row needs, in the order CommitmentRow takes its first fields.
_ROW_COLUMNS = (
    Commitment.id,
    Commitment.framework_id,
    Commitment.reference,
    Commitment.kind,
    Commitment.title,
    Commitment.lead_member_id,
    Commitment.locality_id,
    Commitment.axis_id,
    Commitment.start_date,
    Commitment.original_deadline,
    Commitment.deadline,
    Commitment.status,
    Commitment.status_since,
    Commitment.implementation_level,
    Commitment.predecessor_id,
    Commitment.version,
)


def list_commitments(
    session: Session,
    framework_id: int,
    flt: CommitmentFilter | None = None,
    *,
    today: date | None = None,
) -> list[CommitmentRow]:
    """A framework's commitments with their current state and resource totals, by title."""
    flt = flt or CommitmentFilter()
    today = today or date.today()
    lead = select(Member.id, func.coalesce(Member.short_name, Member.name).label("n")).subquery()
    # Asked for a few commitments (one, when a record is opened or saved): the grouped
    # subqueries read only theirs instead of the whole framework's.
    only_these = [Commitment.id.in_(flt.ids)] if flt.ids else []
    last_id = (
        select(StatusChange.commitment_id, func.max(StatusChange.id).label("sid"))
        .join(Commitment, Commitment.id == StatusChange.commitment_id)
        .where(Commitment.framework_id == framework_id, *only_these)
        .group_by(StatusChange.commitment_id)
        .subquery()
    )
    revs = (
        select(DeadlineRevision.commitment_id, func.count().label("n"))
        .join(Commitment, Commitment.id == DeadlineRevision.commitment_id)
        .where(Commitment.framework_id == framework_id, *only_these)
        .group_by(DeadlineRevision.commitment_id)
        .subquery()
    )
    stmt = (
        select(
            *_ROW_COLUMNS,
            lead.c.n,
            Axis.name,
            StatusChange.changed_on,
            StatusChange.cause,
            StatusChange.reason,
            func.coalesce(revs.c.n, 0),
        )
        .select_from(Commitment)
        .outerjoin(lead, lead.c.id == Commitment.lead_member_id)
        .outerjoin(Axis, Axis.id == Commitment.axis_id)
        .outerjoin(last_id, last_id.c.commitment_id == Commitment.id)
        .outerjoin(StatusChange, StatusChange.id == last_id.c.sid)
        .outerjoin(revs, revs.c.commitment_id == Commitment.id)
        .where(Commitment.framework_id == framework_id)
        .order_by(Commitment.title, Commitment.id)
    )
    stmt = _filtered(session, stmt, flt, today)
    # Plain columns through the connection, not ORM entities: building 5,000 entities costs
    # more than the query itself.
    session.flush()
    rows = session.connection().execute(stmt).all()
    # With a short result, partners and resource totals are read for those rows only.
    only = frozenset(r[0] for r in rows) if 0 < len(rows) <= 500 else None
    # (a few rows: only their places' labels; r[6] is the locality id)
    place_ids = {r[6] for r in rows if r[6] is not None} if only else None
    places = locality_labels(session, place_ids) if rows else {}
    partners = _partner_names(session, framework_id, only) if rows else {}
    totals = totals_by_commitment(session, framework_id, only) if rows else {}
    no_totals = (ZERO, ZERO, ZERO, ZERO)
    result = []
    for r in rows:
        (cid, fw_id, reference, kind, title, lead_id, locality_id, axis_id) = r[:8]
        (start, original, deadline, status, since, level, predecessor, version) = r[8:16]
        lead_name, axis_name, last_on, last_cause, last_reason, n_revs = r[16:]
        needed, pledged, received, gap = totals.get(cid, no_totals)
        result.append(
            CommitmentRow(
                id=cid,
                framework_id=fw_id,
                reference=reference,
                kind=kind,
                title=title,
                lead_member_id=lead_id,
                lead_member=lead_name or "",
                partners=", ".join(partners.get(cid, ())),
                locality_id=locality_id,
                locality=places.get(locality_id, "") if locality_id else "",
                axis_id=axis_id,
                axis=axis_name or "",
                start_date=start,
                original_deadline=original,
                deadline=deadline,
                status=status,
                status_since=since,
                implementation_level=level,
                revisions=n_revs,
                last_change_on=last_on,
                last_cause=last_cause,
                last_reason=last_reason,
                needed=needed,
                pledged=pledged,
                received=received,
                gap=gap,
                overdue=status in OPEN and deadline is not None and deadline < today,
                predecessor_id=predecessor,
                version=version,
            )
        )
    return result


def _filtered(session: Session, stmt, flt: CommitmentFilter, today: date):  # type: ignore[no-untyped-def]
    if flt.ids:
        stmt = stmt.where(Commitment.id.in_(flt.ids))
    if flt.statuses:
        stmt = stmt.where(Commitment.status.in_(flt.statuses))
    if flt.kinds:
        stmt = stmt.where(Commitment.kind.in_(flt.kinds))
    if flt.member_id is not None:
        stmt = stmt.where(
            or_(
                Commitment.lead_member_id == flt.member_id,
                exists().where(
                    CommitmentPartner.commitment_id == Commitment.id,
                    CommitmentPartner.member_id == flt.member_id,
                ),
            )
        )
    if flt.locality_id is not None:
        inside = select(Locality.id).where(subtree_condition(session, flt.locality_id))
        stmt = stmt.where(
            or_(
                Commitment.locality_id.in_(inside),
                exists().where(
                    AxisLocality.axis_id == Commitment.axis_id,
                    AxisLocality.locality_id.in_(inside),
                ),
            )
        )
    if flt.axis_id is not None:
        stmt = stmt.where(Commitment.axis_id == flt.axis_id)
    if flt.date_from is not None:
        stmt = stmt.where(or_(Commitment.deadline.is_(None), Commitment.deadline >= flt.date_from))
    if flt.date_to is not None:
        stmt = stmt.where(
            or_(Commitment.start_date.is_(None), Commitment.start_date <= flt.date_to)
        )
    if flt.text:
        stmt = stmt.where(
            text_filter(
                flt.text,
                Commitment.title,
                func.coalesce(Commitment.description, ""),
                func.coalesce(Commitment.reference, ""),
                func.coalesce(Commitment.theme, ""),
                func.coalesce(Commitment.source, ""),
            )
        )
    if flt.overdue_only:
        stmt = stmt.where(and_(Commitment.status.in_(OPEN), Commitment.deadline < today))
    return stmt


def _partner_names(
    session: Session, framework_id: int, ids: frozenset[int] | None
) -> dict[int, list[str]]:
    stmt = (
        select(CommitmentPartner.commitment_id, func.coalesce(Member.short_name, Member.name))
        .join(Member, Member.id == CommitmentPartner.member_id)
        .where(Member.framework_id == framework_id)
        .order_by(CommitmentPartner.id)
    )
    if ids:
        stmt = stmt.where(CommitmentPartner.commitment_id.in_(ids))
    result: dict[int, list[str]] = {}
    for cid, name in session.execute(stmt):
        result.setdefault(cid, []).append(name)
    return result


# --- status changes ----------------------------------------------------------------------------


def _check_transition(
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
    if new in (CommitmentStatus.SUSPENDED, CommitmentStatus.ABANDONED):
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
    elif current is not None and current.is_closed and not clean(reason):
        check.add(
            "reason",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "Reopening a {status} commitment needs a reason."),
                status=current,
            ),
        )
    check.done()


def _log(
    session: Session,
    c: Commitment,
    old: CommitmentStatus | None,
    new: CommitmentStatus,
    on: date,
    cause: StatusCause | None,
    reason: str | None,
    source: str | None,
    meeting_id: int | None,
) -> StatusChange:
    entry = StatusChange(
        commitment_id=c.id,
        changed_on=on,
        from_status=old,
        to_status=new,
        cause=cause,
        reason=clean(reason),
        source=clean(source),
        meeting_id=meeting_id,
        recorded_by=session.info.get("user") or "unknown",
        recorded_at=utcnow(),
    )
    session.add(entry)
    return entry


def change_status(
    session: Session,
    commitment_id: int,
    new_status: CommitmentStatus,
    *,
    on: date | None,
    cause: StatusCause | None = None,
    reason: str | None = None,
    source: str | None = None,
    meeting_id: int | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> StatusChangeInfo:
    """Change a commitment's status and append the change to its log (the only way to do so).

    Suspending or abandoning needs a cause and a reason; reopening a closed commitment needs a
    reason; the date cannot be in the future nor before the last logged change.
    """
    today = today or date.today()
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    _check_meeting_open(session, meeting_id)
    last_on = session.scalar(
        select(func.max(StatusChange.changed_on)).where(StatusChange.commitment_id == c.id)
    )
    _check_transition(c.status, new_status, on, last_on, cause, reason, today)
    assert on is not None
    if new_status == CommitmentStatus.COMPLETED and cause is None:
        cause = StatusCause.COMPLETED
    entry = _log(session, c, c.status, new_status, on, cause, reason, source, meeting_id)
    c.status = new_status
    c.status_since = on
    session.flush()
    return _status_info(entry)


def revise_deadline(
    session: Session,
    commitment_id: int,
    new_deadline: date | None,
    *,
    reason: str | None,
    decided_on: date | None = None,
    source: str | None = None,
    meeting_id: int | None = None,
    expected_version: int | None = None,
    today: date | None = None,
) -> DeadlineRevisionInfo:
    """Move a commitment's deadline, keeping the original and every revision with its reason."""
    today = today or date.today()
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    _check_meeting_open(session, meeting_id)
    decided_on = decided_on or today
    check = Checker()
    check.require("new_deadline", new_deadline, required("date"))
    if not clean(reason):
        check.add(
            "reason",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "A deadline revision needs a reason.")),
        )
    check.bounded("new_deadline", new_deadline, bounds.check_date)
    check.bounded("decided_on", decided_on, bounds.check_date)
    check.not_future("decided_on", decided_on, today)
    check.in_order("new_deadline", c.start_date, new_deadline)
    if new_deadline is not None and new_deadline == c.deadline:
        check.add(
            "new_deadline",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "The deadline is already {date}."),
                date=new_deadline,
            ),
        )
    check.done()
    assert new_deadline is not None
    rev = DeadlineRevision(
        commitment_id=c.id,
        previous_deadline=c.deadline,
        new_deadline=new_deadline,
        reason=clean(reason) or "",
        decided_on=decided_on,
        source=clean(source),
        meeting_id=meeting_id,
        recorded_by=session.info.get("user") or "unknown",
        recorded_at=utcnow(),
    )
    session.add(rev)
    if c.original_deadline is None:
        c.original_deadline = c.deadline
    c.deadline = new_deadline
    session.flush()
    return _revision_info(rev)


def hand_over(
    session: Session,
    commitment_id: int,
    successor: CommitmentInput,
    *,
    on: date | None,
    reason: str | None,
    source: str | None = None,
    meeting_id: int | None = None,
    successor_status: CommitmentStatus = CommitmentStatus.ACTIVE,
    expected_version: int | None = None,
    today: date | None = None,
) -> CommitmentDetail:
    """Another member takes over a commitment: the old one is completed by handover and the
    new one, linked to it, starts on the same day. Both records are kept."""
    today = today or date.today()
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    check_version(c, expected_version, c.title)
    if not clean(reason):
        raise fail(
            "reason",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "A handover needs a reason.")),
        )
    change_status(
        session,
        commitment_id,
        CommitmentStatus.COMPLETED,
        on=on,
        cause=StatusCause.HANDOVER,
        reason=reason,
        source=source,
        meeting_id=meeting_id,
        today=today,
    )
    data = replace(successor, predecessor_id=c.id, start_date=successor.start_date or on)
    return create_commitment(
        session,
        c.framework_id,
        data,
        status=successor_status,
        status_on=on,
        cause=StatusCause.HANDOVER,
        reason=reason,
        source=source,
        meeting_id=meeting_id,
        today=today,
    )


def status_log(session: Session, commitment_ids: list[int] | None = None) -> list[StatusChangeInfo]:
    """Status changes of the given commitments (all when None), oldest first."""
    stmt = select(StatusChange).order_by(StatusChange.commitment_id, StatusChange.id)
    if commitment_ids is not None:
        stmt = stmt.where(StatusChange.commitment_id.in_(commitment_ids))
    return [_status_info(s) for s in session.scalars(stmt)]


def revisions_of(session: Session, framework_id: int) -> list[DeadlineRevisionInfo]:
    """Every deadline revision in a framework, oldest first."""
    stmt = (
        select(DeadlineRevision)
        .join(Commitment, Commitment.id == DeadlineRevision.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .order_by(DeadlineRevision.decided_on, DeadlineRevision.id)
    )
    return [_revision_info(r) for r in session.scalars(stmt)]


def framework_status_log(session: Session, framework_id: int) -> list[StatusChangeInfo]:
    """Every status change in a framework, in date order (plain columns, no ORM objects: the
    tracker export reads tens of thousands)."""
    s = StatusChange
    rows = session.execute(
        select(
            s.id,
            s.commitment_id,
            s.changed_on,
            s.from_status,
            s.to_status,
            s.cause,
            s.reason,
            s.source,
            s.meeting_id,
            s.recorded_by,
            s.recorded_at,
        )
        .join(Commitment, Commitment.id == s.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .order_by(s.changed_on, s.id)
    )
    return [StatusChangeInfo(*r) for r in rows]
