"""Sessions of a framework: fields, attendance, agenda, decisions, and locking on adoption."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from secframe.db.session import recorder
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    AgendaItem,
    Attendance,
    Commitment,
    Decision,
    DecisionCommitment,
    DecisionEffect,
    Framework,
    Meeting,
    MeetingKind,
    Member,
    Sex,
    bounds,
)
from secframe.models.base import utcnow
from secframe.services.checks import Checker, clean, fail, required
from secframe.services.entities import FRAMEWORK, MEETING
from secframe.services.errors import LockedError
from secframe.services.records import check_version, get_or_fail


@dataclass(frozen=True)
class AttendeeInput:
    """Someone present: for a member (optionally a known representative) or by name."""

    member_id: int | None = None
    representative_id: int | None = None
    name: str | None = None
    sex: Sex = Sex.UNKNOWN


@dataclass(frozen=True)
class AttendeeInfo:
    """An attendance line as shown."""

    id: int
    member_id: int | None
    member: str
    representative_id: int | None
    name: str | None
    sex: Sex


@dataclass(frozen=True)
class MeetingInput:
    """What a user enters for a session."""

    number: int
    held_on: date
    kind: MeetingKind = MeetingKind.ORDINARY
    place: str | None = None
    chair: str | None = None
    notes: str | None = None
    agenda: tuple[str, ...] = ()
    attendance: tuple[AttendeeInput, ...] = ()


@dataclass(frozen=True)
class DecisionInfo:
    """A decision with the commitments it created, changed or concerns."""

    id: int
    position: int
    text: str
    links: tuple[tuple[int, DecisionEffect], ...]


@dataclass(frozen=True)
class MeetingInfo:
    """A session as shown."""

    id: int
    framework_id: int
    number: int
    kind: MeetingKind
    held_on: date
    place: str | None
    chair: str | None
    notes: str | None
    agenda: tuple[str, ...]
    attendance: tuple[AttendeeInfo, ...]
    decisions: tuple[DecisionInfo, ...]
    locked: bool
    locked_at: datetime | None
    locked_by: str | None
    adopted_in_id: int | None
    version: int

    @property
    def attendance_by_sex(self) -> dict[Sex, int]:
        """How many people attended, by sex."""
        counts = dict.fromkeys(Sex, 0)
        for a in self.attendance:
            counts[a.sex] += 1
        return counts

    def to_input(self) -> MeetingInput:
        """The editable fields."""
        return MeetingInput(
            number=self.number,
            held_on=self.held_on,
            kind=self.kind,
            place=self.place,
            chair=self.chair,
            notes=self.notes,
            agenda=self.agenda,
            attendance=tuple(
                AttendeeInput(a.member_id, a.representative_id, a.name, a.sex)
                for a in self.attendance
            ),
        )


def _member_names(session: Session, framework_id: int) -> dict[int, str]:
    rows = session.execute(
        select(Member.id, Member.label).where(Member.framework_id == framework_id)
    )
    return dict(rows.all())


def _info(session: Session, m: Meeting, names: dict[int, str] | None = None) -> MeetingInfo:
    if names is None:
        names = _member_names(session, m.framework_id)
    return MeetingInfo(
        id=m.id,
        framework_id=m.framework_id,
        number=m.number,
        kind=m.kind,
        held_on=m.held_on,
        place=m.place,
        chair=m.chair,
        notes=m.notes,
        agenda=tuple(a.title for a in m.agenda_items),
        attendance=tuple(
            AttendeeInfo(
                a.id,
                a.member_id,
                names.get(a.member_id, "") if a.member_id else "",
                a.representative_id,
                a.name,
                a.sex,
            )
            for a in m.attendance
        ),
        decisions=tuple(
            DecisionInfo(
                d.id, d.position, d.text, tuple((x.commitment_id, x.effect) for x in d.links)
            )
            for d in m.decisions
        ),
        locked=m.locked,
        locked_at=m.locked_at,
        locked_by=m.locked_by,
        adopted_in_id=m.adopted_in_id,
        version=m.version,
    )


def _load(session: Session, meeting_id: int) -> Meeting:
    return get_or_fail(session, Meeting, meeting_id, MEETING)


def ensure_open(meeting: Meeting) -> None:
    """Refuse any change to a locked session."""
    if meeting.locked:
        raise LockedError(meeting.number)


def _validate(
    session: Session, framework_id: int, data: MeetingInput, existing_id: int | None
) -> None:
    check = Checker()
    check.within_bounds(data, Meeting)
    for attendee in data.attendance:
        check.within_bounds(attendee, Attendance, under="attendance")
    agenda_limit = bounds.text_limit(AgendaItem.title)
    for item in data.agenda:
        check.bounded("agenda", item.strip(), lambda v: bounds.check_text(v, agenda_limit))
    check.require("held_on", data.held_on, required("date"))
    if data.number is None or data.number < 1:
        check.add(
            "number",
            msg("Rules", QT_TRANSLATE_NOOP("Rules", "Session numbers start at 1.")),
        )
    elif session.scalar(
        select(func.count())
        .select_from(Meeting)
        .where(
            Meeting.framework_id == framework_id,
            Meeting.number == data.number,
            Meeting.id != (existing_id or -1),
        )
    ):
        check.add(
            "number",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "This framework already has a session n° {number}."),
                number=str(data.number),
            ),
        )
    member_ids = {a.member_id for a in data.attendance if a.member_id is not None}
    known = set(
        session.scalars(
            select(Member.id).where(Member.id.in_(member_ids), Member.framework_id == framework_id)
        )
    )
    if member_ids - known:
        check.add(
            "attendance",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP("Rules", "Attendees must be members of this framework."),
            ),
        )
    for i, a in enumerate(data.attendance):
        if a.member_id is None and not clean(a.name):
            check.add(f"attendance[{i}].name", required("name"))
    check.done()


def _apply(m: Meeting, data: MeetingInput) -> None:
    m.number = data.number
    m.held_on = data.held_on
    m.kind = data.kind
    m.place = clean(data.place)
    m.chair = clean(data.chair)
    m.notes = clean(data.notes)
    m.agenda_items = [
        AgendaItem(position=i, title=(clean(t) or "")[:300])
        for i, t in enumerate(t for t in data.agenda if clean(t))
    ]
    m.attendance = [
        Attendance(
            member_id=a.member_id,
            representative_id=a.representative_id,
            name=clean(a.name),
            sex=a.sex,
        )
        for a in data.attendance
    ]
    m.updated_at = utcnow()


def create_meeting(session: Session, framework_id: int, data: MeetingInput) -> MeetingInfo:
    """Add a session to a framework."""
    get_or_fail(session, Framework, framework_id, FRAMEWORK)
    _validate(session, framework_id, data, None)
    m = Meeting(framework_id=framework_id)
    _apply(m, data)
    session.add(m)
    session.flush()
    return _info(session, m)


def update_meeting(
    session: Session, meeting_id: int, data: MeetingInput, *, expected_version: int | None
) -> MeetingInfo:
    """Change a session that is not locked."""
    m = _load(session, meeting_id)
    ensure_open(m)
    check_version(m, expected_version, f"n° {m.number}")
    _validate(session, m.framework_id, data, meeting_id)
    _apply(m, data)
    session.flush()
    return _info(session, m)


def delete_meeting(session: Session, meeting_id: int, *, expected_version: int | None) -> None:
    """Delete a session that is not locked (commitments it created stay)."""
    m = _load(session, meeting_id)
    ensure_open(m)
    check_version(m, expected_version, f"n° {m.number}")
    session.delete(m)
    session.flush()


def get_meeting(session: Session, meeting_id: int) -> MeetingInfo:
    """One session with attendance, agenda and decisions."""
    return _info(session, _load(session, meeting_id))


def list_meetings(session: Session, framework_id: int) -> list[MeetingInfo]:
    """A framework's sessions, the latest first."""
    stmt = (
        select(Meeting)
        .where(Meeting.framework_id == framework_id)
        .options(
            selectinload(Meeting.attendance),
            selectinload(Meeting.agenda_items),
            selectinload(Meeting.decisions).selectinload(Decision.links),
        )
        .order_by(Meeting.number.desc())
    )
    names = _member_names(session, framework_id)
    return [_info(session, m, names) for m in session.scalars(stmt)]


def next_number(session: Session, framework_id: int) -> int:
    """The number the next session of a framework would take."""
    last = session.scalar(
        select(func.max(Meeting.number)).where(Meeting.framework_id == framework_id)
    )
    return (last or 0) + 1


def add_decision(
    session: Session,
    meeting_id: int,
    text: str,
    *,
    links: tuple[tuple[int, DecisionEffect], ...] = (),
) -> DecisionInfo:
    """Record a decision, optionally linked to commitments it created, changed or concerns."""
    m = _load(session, meeting_id)
    ensure_open(m)
    if not clean(text):
        raise fail("text", required("text"))
    check_decision_links(session, m, {cid for cid, _ in links})
    position = len(m.decisions)
    d = Decision(meeting_id=m.id, position=position, text=clean(text) or "")
    d.links = [DecisionCommitment(commitment_id=cid, effect=eff) for cid, eff in links]
    session.add(d)
    m.updated_at = utcnow()
    session.flush()
    return DecisionInfo(d.id, d.position, d.text, tuple(links))


def check_decision_links(session: Session, meeting: Meeting, ids: set[int]) -> None:
    """Refuse links from a decision of ``meeting`` to commitments of another framework."""
    found = set(
        session.scalars(
            select(Commitment.id).where(
                Commitment.id.in_(ids), Commitment.framework_id == meeting.framework_id
            )
        )
    )
    if ids - found:
        raise fail(
            "links",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP(
                    "Rules", "A decision can only concern commitments of the same framework."
                ),
            ),
        )


def link_decision(
    session: Session, decision_id: int, commitment_id: int, effect: DecisionEffect
) -> None:
    """Link a decision to a commitment (e.g. one created from it)."""
    d = get_or_fail(session, Decision, decision_id, MEETING)
    ensure_open(d.meeting)
    if any(x.commitment_id == commitment_id for x in d.links):
        return
    d.links.append(DecisionCommitment(commitment_id=commitment_id, effect=effect))
    session.flush()


def delete_decision(session: Session, decision_id: int) -> None:
    """Remove a decision from a session that is not locked."""
    d = get_or_fail(session, Decision, decision_id, MEETING)
    ensure_open(d.meeting)
    session.delete(d)
    session.flush()


def adopt_conclusions(
    session: Session,
    meeting_id: int,
    *,
    adopted_in_id: int,
    expected_version: int | None = None,
    at: datetime | None = None,
    by: str | None = None,
) -> MeetingInfo:
    """Lock a session whose conclusions a later session adopts: it becomes read-only.

    Who locked it and when are recorded (now and the current user unless given). The use
    case, which also freezes the session's figures, is ``services.adoption``.
    """
    m = _load(session, meeting_id)
    ensure_open(m)
    check_version(m, expected_version, f"n° {m.number}")
    later = _load(session, adopted_in_id)
    if later.framework_id != m.framework_id or later.number <= m.number:
        raise fail(
            "adopted_in_id",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP(
                    "Rules",
                    "Conclusions are adopted at a later session of the same framework.",
                ),
            ),
        )
    m.locked = True
    m.locked_at = at or utcnow()
    m.locked_by = by or recorder(session)
    m.adopted_in_id = later.id
    session.flush()
    return _info(session, m)


def previous_meeting(session: Session, meeting_id: int) -> MeetingInfo | None:
    """The session held before this one in the same framework, if any."""
    m = _load(session, meeting_id)
    prev = session.scalars(
        select(Meeting)
        .where(Meeting.framework_id == m.framework_id, Meeting.number < m.number)
        .order_by(Meeting.number.desc())
        .limit(1)
    ).first()
    return _info(session, prev) if prev is not None else None
