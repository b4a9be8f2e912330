"""Listing a framework's commitments with their current state, filters and resource totals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from secframe.models import (
    Axis,
    AxisLocality,
    Commitment,
    CommitmentPartner,
    DeadlineRevision,
    Locality,
    Member,
    StatusChange,
)
from secframe.models.rules import counts_in_gap, is_overdue, overdue_condition
from secframe.services.commitments.data import CommitmentFilter, CommitmentRow
from secframe.services.matching import text_filter
from secframe.services.places import locality_labels, subtree_condition
from secframe.services.resources import totals_by_commitment

ZERO = Decimal(0)


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
    lead = select(Member.id, Member.label.label("n")).subquery()
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
    stmt = filtered(session, stmt, flt, today)
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
                gap=gap if counts_in_gap(status) else ZERO,
                overdue=is_overdue(status, deadline, today),
                predecessor_id=predecessor,
                version=version,
            )
        )
    return result


def filtered(session: Session, stmt, flt: CommitmentFilter, today: date):  # type: ignore[no-untyped-def]
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
        stmt = stmt.where(overdue_condition(today))
    return stmt


def _partner_names(
    session: Session, framework_id: int, ids: frozenset[int] | None
) -> dict[int, list[str]]:
    stmt = (
        select(CommitmentPartner.commitment_id, Member.label)
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
