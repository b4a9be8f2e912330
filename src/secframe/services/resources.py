"""Resource needs of commitments: lines, totals and gaps (amounts in XOF at the fixed parity)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import Commitment, Member, ResourceCategory, ResourceNeed
from secframe.models.base import utcnow
from secframe.models.rules import gap_condition
from secframe.services.checks import Checker, clean, required
from secframe.services.entities import COMMITMENT
from secframe.services.entities import RESOURCE_NEED as NEED
from secframe.services.money import CURRENCY_RATES, to_xof
from secframe.services.records import check_version, get_or_fail

ZERO = Decimal(0)


@dataclass(frozen=True)
class ResourceNeedInput:
    """A resource line as entered."""

    category: ResourceCategory
    description: str | None = None
    quantity: Decimal = Decimal(1)
    unit: str | None = None
    unit_cost: Decimal = ZERO
    currency: str = "XOF"
    provider_member_id: int | None = None
    provider_name: str | None = None
    pledged: Decimal = ZERO
    received: Decimal = ZERO
    notes: str | None = None


@dataclass(frozen=True)
class ResourceNeedInfo:
    """A resource line with its derived amounts (in its own currency)."""

    id: int
    commitment_id: int
    category: ResourceCategory
    description: str | None
    quantity: Decimal
    unit: str | None
    unit_cost: Decimal
    currency: str
    provider_member_id: int | None
    provider: str
    pledged: Decimal
    received: Decimal
    notes: str | None
    version: int

    @property
    def needed(self) -> Decimal:
        """Quantity × unit cost."""
        return self.quantity * self.unit_cost

    @property
    def gap(self) -> Decimal:
        """Needed minus received, never below zero."""
        return max(self.needed - self.received, ZERO)

    def to_input(self) -> ResourceNeedInput:
        """The editable fields."""
        return ResourceNeedInput(
            category=self.category,
            description=self.description,
            quantity=self.quantity,
            unit=self.unit,
            unit_cost=self.unit_cost,
            currency=self.currency,
            provider_member_id=self.provider_member_id,
            provider_name=None if self.provider_member_id else self.provider or None,
            pledged=self.pledged,
            received=self.received,
            notes=self.notes,
        )


@dataclass(frozen=True)
class Totals:
    """Needed, pledged, received and gap, in XOF."""

    needed: Decimal = ZERO
    pledged: Decimal = ZERO
    received: Decimal = ZERO
    gap: Decimal = ZERO

    @property
    def awaited(self) -> Decimal:
        """« Promis, non reçu »: pledged but not yet received, within the gap (to claim)."""
        return min(max(self.pledged - self.received, ZERO), self.gap)

    @property
    def uncovered(self) -> Decimal:
        """« Non couvert »: the part of the gap nobody has pledged (to find)."""
        return self.gap - self.awaited

    def __add__(self, other: Totals) -> Totals:
        return Totals(
            self.needed + other.needed,
            self.pledged + other.pledged,
            self.received + other.received,
            self.gap + other.gap,
        )


def totals_of(lines: list[ResourceNeedInput] | list[ResourceNeedInfo]) -> Totals:
    """Totals in XOF of resource lines being edited (for live totals in editors)."""
    total = Totals()
    for line in lines:
        needed = Decimal(line.quantity) * Decimal(line.unit_cost)
        total = total + Totals(
            to_xof(needed, line.currency),
            to_xof(Decimal(line.pledged), line.currency),
            to_xof(Decimal(line.received), line.currency),
            to_xof(max(needed - Decimal(line.received), ZERO), line.currency),
        )
    return total


def _need_infos(*where: Any) -> Select:
    """The columns of resource lines (with their funder's label) matching ``where``."""
    n = ResourceNeed
    return (
        select(
            n.id,
            n.commitment_id,
            n.category,
            n.description,
            n.quantity,
            n.unit,
            n.unit_cost,
            n.currency,
            n.provider_member_id,
            func.coalesce(Member.label, n.provider_name, ""),
            n.pledged,
            n.received,
            n.notes,
            n.version,
        )
        .outerjoin(Member, Member.id == n.provider_member_id)
        .where(*where)
        .order_by(n.commitment_id, n.id)
    )


def _need_info(r: Any) -> ResourceNeedInfo:
    return ResourceNeedInfo(
        id=r[0],
        commitment_id=r[1],
        category=r[2],
        description=r[3],
        quantity=Decimal(r[4]),
        unit=r[5],
        unit_cost=Decimal(r[6]),
        currency=r[7],
        provider_member_id=r[8],
        provider=r[9],
        pledged=Decimal(r[10]),
        received=Decimal(r[11]),
        notes=r[12],
        version=r[13],
    )


def need_infos(session: Session, commitment_id: int) -> list[ResourceNeedInfo]:
    """A commitment's resource lines in entry order."""
    rows = session.execute(_need_infos(ResourceNeed.commitment_id == commitment_id))
    return [_need_info(r) for r in rows]


def framework_need_infos(session: Session, framework_id: int) -> list[ResourceNeedInfo]:
    """Every resource line of a framework, by commitment then entry order (one query)."""
    stmt = _need_infos(Commitment.framework_id == framework_id).join(
        Commitment, Commitment.id == ResourceNeed.commitment_id
    )
    return [_need_info(r) for r in session.execute(stmt)]


def _validate(session: Session, framework_id: int, data: ResourceNeedInput) -> None:
    check = Checker()
    check.within_bounds(data, ResourceNeed)
    check.require("category", data.category, required("category"))
    check.quantity("quantity", data.quantity)
    for name in ("unit_cost", "pledged", "received"):
        check.amount(name, getattr(data, name))
    if data.currency not in CURRENCY_RATES:
        check.add(
            "currency",
            msg(
                "Rules",
                QT_TRANSLATE_NOOP(
                    "Rules", "Enter amounts in FCFA (XOF) or euros (EUR); {currency} is not used."
                ),
                currency=data.currency,
            ),
        )
    if data.provider_member_id is not None:
        member = session.get(Member, data.provider_member_id)
        if member is None or member.framework_id != framework_id:
            check.add(
                "provider_member_id",
                msg(
                    "Rules",
                    QT_TRANSLATE_NOOP("Rules", "The provider must be a member of this framework."),
                ),
            )
    check.done()


def _apply(n: ResourceNeed, data: ResourceNeedInput) -> None:
    n.category = data.category
    n.description = clean(data.description)
    n.quantity = Decimal(data.quantity)
    n.unit = clean(data.unit)
    n.unit_cost = Decimal(data.unit_cost)
    n.currency = data.currency
    n.provider_member_id = data.provider_member_id
    n.provider_name = None if data.provider_member_id else clean(data.provider_name)
    n.pledged = Decimal(data.pledged)
    n.received = Decimal(data.received)
    n.notes = clean(data.notes)


def check_resource_need(session: Session, framework_id: int, data: ResourceNeedInput) -> None:
    """Raise ``ValidationError`` with every rule a line breaks, without writing anything (to
    report the problems of a whole form at once)."""
    _validate(session, framework_id, data)


def add_resource_need(
    session: Session, commitment_id: int, data: ResourceNeedInput
) -> ResourceNeedInfo:
    """Add a resource line to a commitment."""
    c = get_or_fail(session, Commitment, commitment_id, COMMITMENT)
    n = stage_new_need(session, c, data)
    session.flush()
    return next(i for i in need_infos(session, c.id) if i.id == n.id)


def update_resource_need(
    session: Session, need_id: int, data: ResourceNeedInput, *, expected_version: int | None
) -> ResourceNeedInfo:
    """Change a resource line."""
    n = stage_need_update(session, need_id, data, expected_version=expected_version)
    session.flush()
    return next(i for i in need_infos(session, n.commitment_id) if i.id == n.id)


def delete_resource_need(session: Session, need_id: int, *, expected_version: int | None) -> None:
    """Remove a resource line."""
    stage_need_delete(session, need_id, expected_version=expected_version)
    session.flush()


# The ``stage_`` functions check and change the lines in the session without flushing or
# reading anything back: the unit of work writes them at its next flush, so that saving many
# lines (an editor's form, an import of thousands) flushes once.


def stage_new_need(session: Session, c: Commitment, data: ResourceNeedInput) -> ResourceNeed:
    """Check a new line and add it to ``c``; its id is known after the next flush."""
    _validate(session, c.framework_id, data)
    n = ResourceNeed()
    _apply(n, data)
    c.resource_needs.append(n)
    return n


def stage_need_update(
    session: Session, need_id: int, data: ResourceNeedInput, *, expected_version: int | None
) -> ResourceNeed:
    """Check a line's new input and apply it."""
    n = get_or_fail(session, ResourceNeed, need_id, NEED)
    check_version(n, expected_version, n.description or n.category.label())
    _validate(session, n.commitment.framework_id, data)
    _apply(n, data)
    n.updated_at = utcnow()
    return n


def stage_need_delete(session: Session, need_id: int, *, expected_version: int | None) -> None:
    """Take a line off its commitment (deleted at the next flush)."""
    n = get_or_fail(session, ResourceNeed, need_id, NEED)
    check_version(n, expected_version, n.description or n.category.label())
    session.delete(n)
    if n in n.commitment.resource_needs:
        n.commitment.resource_needs.remove(n)


def need_input(n: ResourceNeed) -> ResourceNeedInput:
    """A stored line's editable fields, as ``ResourceNeedInfo.to_input`` gives them."""
    return ResourceNeedInput(
        category=n.category,
        description=n.description,
        quantity=Decimal(n.quantity),
        unit=n.unit,
        unit_cost=Decimal(n.unit_cost),
        currency=n.currency,
        provider_member_id=n.provider_member_id,
        provider_name=None if n.provider_member_id else n.provider_name or None,
        pledged=Decimal(n.pledged),
        received=Decimal(n.received),
        notes=n.notes,
    )


def _line_amounts() -> tuple[Any, ...]:
    needed = ResourceNeed.quantity * ResourceNeed.unit_cost
    gap = case((needed > ResourceNeed.received, needed - ResourceNeed.received), else_=0)
    return (
        func.sum(needed),
        func.sum(ResourceNeed.pledged),
        func.sum(ResourceNeed.received),
        func.sum(gap),
    )


def totals_by(
    session: Session,
    framework_id: int,
    key: str,
    ids: frozenset[int] | None = None,
    *,
    open_only: bool = True,
) -> dict[object, Totals]:
    """Totals in XOF grouped by ``key``: 'commitment', 'category' or 'member' (the lead).

    By default only open commitments count (the « reste à financer » rule,
    ``models.rules.counts_in_gap``); ``open_only=False`` totals every commitment's lines."""
    column = {
        "commitment": ResourceNeed.commitment_id,
        "category": ResourceNeed.category,
        "member": Commitment.lead_member_id,
    }[key]
    stmt = (
        select(column, ResourceNeed.currency, *_line_amounts())
        .join(Commitment, Commitment.id == ResourceNeed.commitment_id)
        .where(Commitment.framework_id == framework_id)
        .group_by(column, ResourceNeed.currency)
    )
    if ids:
        stmt = stmt.where(Commitment.id.in_(ids))
    if open_only:
        stmt = stmt.where(gap_condition())
    result: dict[object, Totals] = {}
    for group, currency, needed, pledged, received, gap in session.execute(stmt):
        part = Totals(
            *(to_xof(Decimal(v or 0), currency) for v in (needed, pledged, received, gap))
        )
        result[group] = result.get(group, Totals()) + part
    return result


def totals_by_commitment(
    session: Session, framework_id: int, ids: frozenset[int] | None = None
) -> dict[int, tuple[Decimal, Decimal, Decimal, Decimal]]:
    """commitment id -> (needed, pledged, received, gap) in XOF, whatever the status."""
    return {
        int(k): (t.needed, t.pledged, t.received, t.gap)  # type: ignore[call-overload]
        for k, t in totals_by(session, framework_id, "commitment", ids, open_only=False).items()
    }
