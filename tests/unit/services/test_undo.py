"""Undo and redo of this session's changes, built on what each unit of work changed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from secframe.models import (
    AuditEntry,
    Commitment,
    CommitmentStatus,
    LocalityLevel,
    StatusCause,
    StatusChange,
)
from secframe.services import commitments as cs
from secframe.services import places
from secframe.services.errors import ServiceError
from secframe.services.undo import UndoHistory, redo_last, undo_last
from tests.fixtures.builders import TODAY, Sample


@pytest.fixture
def history(sqlite_sample: Sample) -> UndoHistory:
    h = UndoHistory()
    h.attach(sqlite_sample.db.session_factory)
    return h


def _suspend(sample: Sample, ident: int) -> None:
    with sample.db.write("desktop") as s:
        cs.change_status(
            s,
            ident,
            CommitmentStatus.SUSPENDED,
            on=date(2020, 6, 1),
            cause=StatusCause.RESOURCES,
            reason="Plus de carburant",
            today=TODAY,
        )


def _status(sample: Sample, ident: int) -> tuple[CommitmentStatus, int]:
    with sample.db.read() as s:
        c = s.get(Commitment, ident)
        assert c is not None
        changes = s.scalar(
            select(func.count())
            .select_from(StatusChange)
            .where(StatusChange.commitment_id == ident)
        )
        return c.status, int(changes or 0)


def test_undo_and_redo_a_status_change(sqlite_sample: Sample, history: UndoHistory) -> None:
    c = sqlite_sample.commitment("Patrouilles Tombouctou–Goundam", status=CommitmentStatus.ACTIVE)
    before = _status(sqlite_sample, c.id)
    _suspend(sqlite_sample, c.id)
    action = history.next_undo()
    assert action is not None
    assert "Patrouilles Tombouctou–Goundam" in action.description
    assert action.description.startswith("changement de statut de «\u00a0Patrouilles")

    assert undo_last(history, sqlite_sample.db.write) is action
    assert _status(sqlite_sample, c.id) == before
    assert history.next_redo() is action

    assert redo_last(history, sqlite_sample.db.write) is action
    assert _status(sqlite_sample, c.id) == (CommitmentStatus.SUSPENDED, before[1] + 1)
    assert history.next_redo() is None


def test_each_undo_is_audited(sqlite_sample: Sample, history: UndoHistory) -> None:
    c = sqlite_sample.commitment(status=CommitmentStatus.ACTIVE)
    _suspend(sqlite_sample, c.id)
    undo_last(history, sqlite_sample.db.write)
    with sqlite_sample.db.read() as s:
        contexts = s.scalars(
            select(AuditEntry.context).where(
                AuditEntry.entity == "Commitment", AuditEntry.entity_id == c.id
            )
        ).all()
    assert any(ctx and ctx.startswith("Annuler\u00a0: changement de statut") for ctx in contexts)


def test_undo_of_a_creation_removes_it(sqlite_sample: Sample, history: UndoHistory) -> None:
    c = sqlite_sample.commitment("Escortes des foires")
    assert history.next_undo() is not None
    assert "Escortes des foires" in history.next_undo().description  # type: ignore[union-attr]
    undo_last(history, sqlite_sample.db.write)
    with sqlite_sample.db.read() as s:
        assert s.get(Commitment, c.id) is None
    redo_last(history, sqlite_sample.db.write)
    with sqlite_sample.db.read() as s:
        again = s.get(Commitment, c.id)
        assert again is not None and again.title == "Escortes des foires"


def test_a_change_someone_else_built_on_is_refused(
    sqlite_sample: Sample, history: UndoHistory
) -> None:
    c = sqlite_sample.commitment(status=CommitmentStatus.ACTIVE)
    _suspend(sqlite_sample, c.id)
    other = sqlite_sample.db.session_factory()  # another user on another computer
    other.info.pop("undo_history")
    other.info["user"] = "aminata"
    row = other.get(Commitment, c.id)
    assert row is not None
    row.frequency = "hebdomadaire"
    row.status = CommitmentStatus.ACTIVE
    other.commit()
    other.close()

    with pytest.raises(ServiceError) as refused:
        undo_last(history, sqlite_sample.db.write)
    assert "aminata" in str(refused.value)
    assert "Rien n’a été modifié" in str(refused.value)
    assert _status(sqlite_sample, c.id)[0] == CommitmentStatus.ACTIVE
    assert history.next_undo() is not None  # still offered: nothing was undone


def test_a_new_change_clears_redo(sqlite_sample: Sample, history: UndoHistory) -> None:
    c = sqlite_sample.commitment(status=CommitmentStatus.ACTIVE)
    _suspend(sqlite_sample, c.id)
    undo_last(history, sqlite_sample.db.write)
    sqlite_sample.commitment("Autre")
    assert history.next_redo() is None


def test_moving_a_place_with_what_is_inside_it_is_not_undone(
    sqlite_sample: Sample, history: UndoHistory
) -> None:
    """Moving a place rewrites the paths of every place inside it in one SQL statement the
    session does not follow: undo says it cannot, rather than leaving the paths wrong."""
    with sqlite_sample.db.read() as s:
        cercle = places.get_locality(s, sqlite_sample.cercle_id)
        other_region = next(
            p for p in places.list_localities(s)
            if p.level == LocalityLevel.REGION and p.id != sqlite_sample.region_id
        )  # fmt: skip
    with sqlite_sample.db.write() as s:
        places.update_locality(
            s, cercle.id,
            places.LocalityInput(cercle.name, LocalityLevel.CERCLE, other_region.id, cercle.pcode),
            expected_version=None,
        )  # fmt: skip
    with pytest.raises(ServiceError, match="déplacer un lieu"):
        undo_last(history, sqlite_sample.db.write)
    with sqlite_sample.db.read() as s:
        assert places.get_locality(s, cercle.id).parent_id == other_region.id
