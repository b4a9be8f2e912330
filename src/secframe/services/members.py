"""Members of a framework and their representatives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    Attendance,
    Commitment,
    CommitmentPartner,
    Framework,
    Member,
    MemberCategory,
    MemberRole,
    MembershipStatus,
    Representative,
    ResourceNeed,
    Sex,
)
from secframe.models.base import utcnow
from secframe.models.framework import member_roles
from secframe.services.checks import Checker, clean, required
from secframe.services.entities import FRAMEWORK, MEMBER
from secframe.services.matching import fold
from secframe.services.records import check_version, delete_unless_used, get_or_fail

PHONE_RE = re.compile(r"^[0-9+()./\- ]{4,40}$")


@dataclass(frozen=True)
class RepresentativeInput:
    """A representative as entered; ``id`` is None for a new one."""

    name: str
    title: str | None = None
    phone: str | None = None
    sex: Sex = Sex.UNKNOWN
    id: int | None = None


@dataclass(frozen=True)
class RepresentativeInfo:
    """A representative as shown."""

    id: int
    name: str
    title: str | None
    phone: str | None
    sex: Sex


@dataclass(frozen=True)
class MemberInput:
    """What a user enters for a member."""

    name: str
    category: MemberCategory
    short_name: str | None = None
    status: MembershipStatus = MembershipStatus.ACTIVE
    joined_on: date | None = None
    status_since: date | None = None
    notes: str | None = None
    representatives: tuple[RepresentativeInput, ...] = ()
    facilitator: bool = False
    funder: bool = False  # a technical and financial partner (PTF): resource lines name it


@dataclass(frozen=True)
class MemberInfo:
    """A member as shown in lists and editors."""

    id: int
    framework_id: int
    name: str
    short_name: str | None
    category: MemberCategory
    status: MembershipStatus
    joined_on: date | None
    status_since: date | None
    notes: str | None
    representatives: tuple[RepresentativeInfo, ...]
    version: int
    label: str  # how the member is named in lists and documents (``Member.label``)
    facilitator: bool = False
    funder: bool = False

    @property
    def roles(self) -> tuple[MemberRole, ...]:
        """Facilitator, funder (PTF), both or neither."""
        return member_roles(self.facilitator, self.funder)


def _info(m: Member) -> MemberInfo:
    return MemberInfo(
        id=m.id,
        framework_id=m.framework_id,
        name=m.name,
        short_name=m.short_name,
        category=m.category,
        status=m.status,
        joined_on=m.joined_on,
        status_since=m.status_since,
        notes=m.notes,
        representatives=tuple(
            RepresentativeInfo(r.id, r.name, r.title, r.phone, r.sex) for r in m.representatives
        ),
        version=m.version,
        label=m.label,
        facilitator=m.facilitator,
        funder=m.funder,
    )


def _validate(
    session: Session, framework_id: int, data: MemberInput, existing_id: int | None
) -> None:
    check = Checker()
    check.within_bounds(data, Member)
    for i, rep in enumerate(data.representatives):
        check.within_bounds(rep, Representative, prefix=f"representatives[{i}].")
    name = clean(data.name)
    check.require("name", name, required("name"))
    check.require("category", data.category, required("category"))
    if name:
        others = session.scalars(
            select(Member.name).where(
                Member.framework_id == framework_id, Member.id != (existing_id or -1)
            )
        )
        if any(fold(o) == fold(name) for o in others):
            check.add(
                "name",
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP(
                        "Rules", "Another member of this framework already has this name."
                    ),
                ),
            )
    check.in_order("status_since", data.joined_on, data.status_since)
    for i, rep in enumerate(data.representatives):
        check.require(f"representatives[{i}].name", clean(rep.name), required("name"))
        phone = clean(rep.phone)
        if phone and not PHONE_RE.match(phone):
            check.add(
                f"representatives[{i}].phone",
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP(
                        "Rules", "“{phone}” is not a phone number (digits, spaces, + and - only)."
                    ),
                    phone=phone,
                ),
            )
    check.done()


def _apply(m: Member, data: MemberInput) -> None:
    m.name = (clean(data.name) or "")[:300]
    m.short_name = clean(data.short_name)
    m.category = data.category
    if data.status_since is not None or m.status == data.status:
        m.status_since = data.status_since
    elif m.status is None:  # a new member: in that status since joining, when that is known
        m.status_since = data.joined_on
    else:  # the status changes today
        m.status_since = date.today()
    m.status = data.status
    m.joined_on = data.joined_on
    m.notes = clean(data.notes)
    m.facilitator = data.facilitator
    m.funder = data.funder
    existing = {r.id: r for r in m.representatives}
    kept: list[Representative] = []
    for rep in data.representatives:
        target = existing.get(rep.id) if rep.id is not None else None
        if target is None:
            target = Representative()
        target.name = (clean(rep.name) or "")[:200]
        target.title = clean(rep.title)
        target.phone = clean(rep.phone)
        target.sex = rep.sex
        kept.append(target)
    m.representatives = kept
    m.updated_at = utcnow()  # a save is a new version, even if only representatives changed


def create_member(session: Session, framework_id: int, data: MemberInput) -> MemberInfo:
    """Add a member to a framework."""
    get_or_fail(session, Framework, framework_id, FRAMEWORK)
    _validate(session, framework_id, data, None)
    m = Member(framework_id=framework_id)
    _apply(m, data)
    session.add(m)
    session.flush()
    return _info(m)


def update_member(
    session: Session, member_id: int, data: MemberInput, *, expected_version: int | None
) -> MemberInfo:
    """Change a member and its list of representatives."""
    m = get_or_fail(session, Member, member_id, MEMBER)
    check_version(m, expected_version, m.name)
    _validate(session, m.framework_id, data, member_id)
    _apply(m, data)
    session.flush()
    return _info(m)


def get_member(session: Session, member_id: int) -> MemberInfo:
    """One member with its representatives."""
    return _info(get_or_fail(session, Member, member_id, MEMBER))


def list_members(
    session: Session,
    framework_id: int,
    *,
    category: MemberCategory | None = None,
    status: MembershipStatus | None = None,
    text: str | None = None,
) -> list[MemberInfo]:
    """A framework's members by name, with optional filters."""
    stmt = (
        select(Member)
        .where(Member.framework_id == framework_id)
        .options(selectinload(Member.representatives))
        .order_by(Member.name)
    )
    if category is not None:
        stmt = stmt.where(Member.category == category)
    if status is not None:
        stmt = stmt.where(Member.status == status)
    rows = [_info(m) for m in session.scalars(stmt)]
    if text:
        key = fold(text)
        rows = [
            r
            for r in rows
            if key
            in fold(" ".join([r.name, r.short_name or "", *(p.name for p in r.representatives)]))
        ]
    return rows


def member_uses(session: Session, member_id: int) -> dict[str, int]:
    """How many commitments and attendance records refer to a member."""
    lead = session.scalar(
        select(func.count()).select_from(Commitment).where(Commitment.lead_member_id == member_id)
    )
    partner = session.scalar(
        select(func.count())
        .select_from(CommitmentPartner)
        .where(CommitmentPartner.member_id == member_id)
    )
    provider = session.scalar(
        select(func.count())
        .select_from(ResourceNeed)
        .where(ResourceNeed.provider_member_id == member_id)
    )
    attended = session.scalar(
        select(func.count()).select_from(Attendance).where(Attendance.member_id == member_id)
    )
    return {
        "commitments": (lead or 0) + (partner or 0) + (provider or 0),
        "attendance": attended or 0,
    }


def delete_member(session: Session, member_id: int, *, expected_version: int | None) -> None:
    """Delete a member no commitment or meeting refers to (otherwise mark it withdrawn)."""
    m = get_or_fail(session, Member, member_id, MEMBER)
    check_version(m, expected_version, m.name)
    refusal = QT_TRANSLATE_NOOP(
        "Rules",
        "{name} takes part in {commitments} commitment(s) and attended "
        "{attendance} session(s); mark it as withdrawn instead of deleting it.",
    )
    delete_unless_used(session, m, member_uses(session, member_id), refusal, m.name)


def member_names(session: Session, framework_id: int) -> dict[int, str]:
    """id -> display name of a framework's members."""
    rows = session.execute(
        select(Member.id, Member.name, Member.short_name).where(Member.framework_id == framework_id)
    )
    return {i: s or n for i, n, s in rows}


def funder_names(session: Session, framework_id: int) -> dict[int, str]:
    """id -> display name of a framework's funders (PTF), the « bailleurs » resource lines
    name, by name."""
    rows = session.execute(
        select(Member.id, Member.label)
        .where(Member.framework_id == framework_id, Member.funder.is_(True))
        .order_by(Member.label)
    )
    return dict(rows.all())
