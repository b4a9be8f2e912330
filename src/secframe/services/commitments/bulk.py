"""Changing many commitments in one unit of work (an import): load once what the use cases read.

The use cases read a commitment, its partners, status log, deadline revisions and resource
lines, and the members and places it names, by id. ``load_for_changes`` brings all of a
framework's into the session in a few queries and keeps them there for the session's life,
so that the ``stage_…`` use cases then run without a query (and so without an autoflush):
the changes of thousands of commitments are written by one flush.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from secframe.models import Axis, Commitment, Locality, Member
from secframe.services.commitments.data import CommitmentInput, PartnerInput

_KEPT = "loaded_for_changes"  # session.info key: the loaded records, held for the session's life


def load_for_changes(session: Session, framework_id: int) -> dict[int, CommitmentInput]:
    """Load a framework's commitments with what their use cases read (few queries) and return
    each one's editable fields, by id."""
    in_framework = Commitment.framework_id == framework_id
    commitments = session.scalars(
        select(Commitment)
        .where(in_framework)
        .options(
            selectinload(Commitment.partners),
            selectinload(Commitment.status_changes),
            selectinload(Commitment.deadline_revisions),
            selectinload(Commitment.resource_needs),
        )
    ).all()
    members = session.scalars(select(Member).where(Member.framework_id == framework_id)).all()
    localities = session.scalars(
        select(Locality).where(Locality.id.in_(select(Commitment.locality_id).where(in_framework)))
    ).all()
    axes = session.scalars(
        select(Axis).where(Axis.id.in_(select(Commitment.axis_id).where(in_framework)))
    ).all()
    # The session's identity map holds records weakly: keep them while the session lives.
    session.info.setdefault(_KEPT, []).append((commitments, members, localities, axes))
    return {c.id: input_of(c) for c in commitments}


def input_of(c: Commitment) -> CommitmentInput:
    """A loaded commitment's editable fields (as ``CommitmentDetail.to_input`` gives them)."""
    return CommitmentInput(
        title=c.title,
        kind=c.kind,
        description=c.description,
        reference=c.reference,
        source=c.source,
        source_meeting_id=c.source_meeting_id,
        theme=c.theme,
        lead_member_id=c.lead_member_id,
        partners=tuple(PartnerInput(p.member_id, p.role) for p in c.partners),
        locality_id=c.locality_id,
        axis_id=c.axis_id,
        frequency=c.frequency,
        start_date=c.start_date,
        original_deadline=c.original_deadline,
        implementation_level=c.implementation_level,
        outcome_notes=c.outcome_notes,
        predecessor_id=c.predecessor_id,
    )
