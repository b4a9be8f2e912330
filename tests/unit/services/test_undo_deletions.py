"""Undo of deletions and imports: what was deleted comes back whole, with its ids; an import
is undone as one action; a later change someone else built on is never overwritten."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from secframe.db import Database
from secframe.models import (
    AuditEntry,
    Base,
    Commitment,
    Member,
    MemberCategory,
    ResourceCategory,
    ResourceNeed,
)
from secframe.services import commitments as cs
from secframe.services import members as mem
from secframe.services import undo
from secframe.services.errors import ServiceError
from secframe.services.undo import UndoHistory, redo_last, undo_last
from tests.fixtures.builders import TODAY, Sample
from tests.fixtures.exchange import build_tracker, edit, export_tracker, import_file, row_of

SKIPPED = {"audit_entries"}
FOLLOWING = {"version", "updated_at"}  # change by themselves with any write


def snapshot(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table (but the audit trail), as stored."""
    with db.read() as s:
        return {
            t.name: [
                {k: v for k, v in r.items() if k not in FOLLOWING}
                for r in s.execute(select(t).order_by(*t.primary_key.columns)).mappings()
            ]
            for t in Base.metadata.sorted_tables
            if t.name not in SKIPPED
        }


def _history(db: Database) -> UndoHistory:
    history = UndoHistory()
    history.attach(db.session_factory)
    return history


def _other_user(db: Database):  # type: ignore[no-untyped-def]
    """A session of someone else, on another computer (not in this app's undo history)."""
    other = db.session_factory()
    other.info.pop("undo_history")
    other.info["user"] = "aminata"
    return other


def _richest(db: Database) -> int:
    """The example commitment with the most records hanging on it (Opération Alafia)."""
    with db.read() as s:
        rows = s.scalars(select(Commitment)).all()
        return max(rows, key=lambda c: len(c.partners) + len(c.resource_needs) * 2).id


def _taken_over(db: Database) -> int:
    """The example commitment another took over (the CMA's patrols)."""
    with db.read() as s:
        return s.scalars(select(Commitment.predecessor_id).where(Commitment.predecessor_id.is_not(None))).first()  # type: ignore[return-value]  # fmt: skip


@pytest.mark.parametrize(
    ("choose", "lost_with_it"),
    [
        (_richest, {"resource_needs", "status_changes"}),
        (_taken_over, {"status_changes"}),
    ],
)
def test_a_deleted_commitment_comes_back_whole_with_its_ids(
    demo_db: Database, choose: Any, lost_with_it: set[str]
) -> None:
    ident = choose(demo_db)
    before = snapshot(demo_db)
    history = _history(demo_db)
    with demo_db.write("desktop") as s:
        title = s.get(Commitment, ident).title  # type: ignore[union-attr]
        cs.delete_commitment(s, ident, expected_version=None)
    gone = snapshot(demo_db)
    lost = {t for t in before if before[t] != gone[t]}
    assert {"commitments", *lost_with_it} <= lost, lost
    action = history.next_undo()
    assert action is not None and action.undoable
    assert action.description == f"suppression de «\u00a0{title}\u00a0»"

    undo_last(history, demo_db.write)
    assert snapshot(demo_db) == before  # every row with its id; the successor's link too
    with demo_db.read() as s:
        contexts = set(s.scalars(select(AuditEntry.context).where(AuditEntry.entity_id == ident)))
    assert any(c and c.startswith("Annuler\u00a0: suppression de") for c in contexts)

    redo_last(history, demo_db.write)
    assert snapshot(demo_db) == gone
    undo_last(history, demo_db.write)
    assert snapshot(demo_db) == before


def test_a_deleted_member_comes_back_with_its_representatives(sqlite_sample: Sample) -> None:
    db = sqlite_sample.db
    with db.write() as s:
        donor = mem.create_member(
            s, sqlite_sample.framework_id,
            mem.MemberInput(name="Ambassade (illustratif)", category=MemberCategory.PARTNER,
                            funder=True,
                            representatives=(mem.RepresentativeInput("Point focal (illustratif)"),)),
        )  # fmt: skip
    before = snapshot(db)
    history = _history(db)
    with db.write() as s:
        mem.delete_member(s, donor.id, expected_version=None)
    assert snapshot(db)["representatives"] == []
    assert history.next_undo().description == "suppression de «\u00a0Ambassade (illustratif)\u00a0»"  # type: ignore[union-attr]
    undo_last(history, db.write)
    assert snapshot(db) == before


def test_undoing_a_deletion_never_overwrites_a_later_change(demo_db: Database) -> None:
    ident = _taken_over(demo_db)
    with demo_db.read() as s:
        heir = s.scalars(select(Commitment.id).where(Commitment.predecessor_id == ident)).one()
    other_one = _richest(demo_db)
    history = _history(demo_db)
    with demo_db.write() as s:
        cs.delete_commitment(s, ident, expected_version=None)
    other = _other_user(demo_db)
    other.get(Commitment, heir).predecessor_id = other_one  # type: ignore[union-attr]  # re-linked since
    other.commit()
    other.close()
    after = snapshot(demo_db)
    with pytest.raises(ServiceError) as refused:
        undo_last(history, demo_db.write)
    assert "aminata" in str(refused.value) and "Rien n’a été modifié" in str(refused.value)
    assert snapshot(demo_db) == after
    assert history.next_undo() is not None


def test_redoing_a_deletion_refuses_to_take_a_line_added_since(sqlite_sample: Sample) -> None:
    db = sqlite_sample.db
    c = sqlite_sample.commitment("Patrouilles")
    history = _history(db)
    with db.write() as s:
        cs.delete_commitment(s, c.id, expected_version=None)
    undo_last(history, db.write)
    other = _other_user(db)
    other.add(
        ResourceNeed(
            commitment_id=c.id,
            category=ResourceCategory.FUEL,
            description="Carburant (ajouté depuis)",
        )
    )
    other.commit()
    other.close()
    kept = snapshot(db)
    with pytest.raises(ServiceError, match="Rien n’a été modifié"):
        redo_last(history, db.write)
    assert snapshot(db) == kept


def test_a_deleted_record_whose_id_was_taken_is_not_recreated(sqlite_sample: Sample) -> None:
    db = sqlite_sample.db
    c = sqlite_sample.commitment("Patrouilles")
    history = _history(db)
    with db.write() as s:
        cs.delete_commitment(s, c.id, expected_version=None)
    other = _other_user(db)
    other.add(Commitment(id=c.id, framework_id=sqlite_sample.framework_id, title="Autre",
                         kind=c.row.kind, status=c.row.status))  # fmt: skip
    other.commit()
    other.close()
    kept = snapshot(db)
    with pytest.raises(ServiceError, match="Patrouilles"):
        undo_last(history, db.write)
    assert snapshot(db) == kept


def test_an_import_is_undone_as_one_action(sample: Sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tracker = build_tracker(sample)
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    row = row_of(path, "Engagements", "ID", tracker.charter)
    edit(path, "Engagements", {(row, "Intitulé"): "Charte révisée", (row, "Notes"): "Radio"})
    need = row_of(path, "Besoins", "ID engagement", tracker.patrol)
    edit(path, "Besoins", {(need, "Reçu"): 300_000})
    before = snapshot(sample.db)
    history = _history(sample.db)
    report = import_file(sample.db, sample.framework_id, path)
    assert report.applied
    action = history.next_undo()
    assert action is not None and action.description == "Import de suivi.xlsx"
    imported = snapshot(sample.db)
    assert imported != before

    undo_last(history, sample.db.write)
    assert snapshot(sample.db) == before
    redo_last(history, sample.db.write)
    assert snapshot(sample.db) == imported  # the same records, ids and dates of creation


def test_an_import_edited_since_by_someone_else_is_not_undone(sample: Sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    tracker = build_tracker(sample)
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    row = row_of(path, "Engagements", "ID", tracker.charter)
    edit(path, "Engagements", {(row, "Intitulé"): "Charte révisée"})
    history = _history(sample.db)
    assert import_file(sample.db, sample.framework_id, path).applied
    other = _other_user(sample.db)
    other.get(Commitment, tracker.charter).title = "Charte révisée par Aminata"  # type: ignore[union-attr]
    other.commit()
    other.close()
    kept = snapshot(sample.db)
    with pytest.raises(ServiceError) as refused:
        undo_last(history, sample.db.write)
    assert "aminata" in str(refused.value) and "Rien n’a été modifié" in str(refused.value)
    assert snapshot(sample.db) == kept


def test_an_action_too_large_is_refused_with_its_reason(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(undo, "MAX_ROWS", 5)
    ident = _richest(demo_db)
    history = _history(demo_db)
    with demo_db.write() as s:
        cs.delete_commitment(s, ident, expected_version=None)
    kept = snapshot(demo_db)
    with pytest.raises(ServiceError, match="trop d"):
        undo_last(history, demo_db.write)
    assert snapshot(demo_db) == kept


def test_a_member_in_use_is_still_refused_and_nothing_is_recorded(sqlite_sample: Sample) -> None:
    sqlite_sample.commitment("Patrouilles")  # led by the CMA
    history = _history(sqlite_sample.db)
    with pytest.raises(ServiceError), sqlite_sample.db.write() as s:
        mem.delete_member(s, sqlite_sample.cma, expected_version=None)
    assert history.next_undo() is None
    with sqlite_sample.db.read() as s:
        assert s.get(Member, sqlite_sample.cma) is not None
    assert TODAY  # the sample's day, used by the builders


def test_a_foreign_tracker_import_that_created_members_and_places_is_undone_whole(
    sample: Sample, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from secframe.exchange import importer
    from tests.fixtures.exchange import write_rows
    from tests.unit.exchange.test_foreign import propose
    from tests.unit.exchange.test_reconcile import ROWS, with_police_and_an_axis

    with_police_and_an_axis(sample)
    path = write_rows(tmp_path / "suivi du cadre.xlsx", ROWS)
    mapping = propose(path)
    unknowns = importer.unknown_names(sample.db, path, mapping, sample.framework_id)
    accepted = importer.with_proposals(mapping, unknowns, create_missing=True)
    before = snapshot(sample.db)
    history = _history(sample.db)
    report = import_file(sample.db, sample.framework_id, path, mapping=accepted)
    assert report.applied and report.tally("places").created == 1  # Tonka, with its path
    imported = snapshot(sample.db)
    assert history.next_undo().description == "Import de suivi du cadre.xlsx"  # type: ignore[union-attr]
    undo_last(history, sample.db.write)
    assert snapshot(sample.db) == before
    redo_last(history, sample.db.write)
    assert snapshot(sample.db) == imported  # the same records, ids and dates of creation


def test_a_deleted_member_whose_name_was_taken_since_is_not_put_back(
    sqlite_sample: Sample,
) -> None:
    db = sqlite_sample.db
    with db.write() as s:
        donor, _later = (
            mem.create_member(s, sqlite_sample.framework_id,
                              mem.MemberInput(name=name, category=MemberCategory.PARTNER))
            for name in ("Ambassade (illustratif)", "Autre partenaire (illustratif)")
        )  # fmt: skip
    history = _history(db)
    with db.write() as s:
        mem.delete_member(s, donor.id, expected_version=None)
    other = _other_user(db)
    mem.create_member(other, sqlite_sample.framework_id,
                      mem.MemberInput(name="Ambassade (illustratif)", category=MemberCategory.PARTNER))  # fmt: skip
    other.commit()
    other.close()
    kept = snapshot(db)
    with pytest.raises(ServiceError) as refused:
        undo_last(history, db.write)
    assert "un autre enregistrement porte maintenant le même nom" in str(refused.value)
    assert snapshot(db) == kept


def test_a_line_whose_funder_was_deleted_since_is_not_put_back(sqlite_sample: Sample) -> None:
    db = sqlite_sample.db
    with db.write() as s:
        donor = mem.create_member(
            s, sqlite_sample.framework_id,
            mem.MemberInput(name="Ambassade (illustratif)", category=MemberCategory.PARTNER),
        )  # fmt: skip
    c = sqlite_sample.commitment("Patrouilles")
    with db.write() as s:
        s.add(ResourceNeed(commitment_id=c.id, category=ResourceCategory.FUEL,
                           description="Carburant", provider_member_id=donor.id))  # fmt: skip
    history = _history(db)
    with db.write() as s:
        cs.delete_commitment(s, c.id, expected_version=None)
    other = _other_user(db)
    other.delete(other.get(Member, donor.id))
    other.commit()
    other.close()
    kept = snapshot(db)
    with pytest.raises(ServiceError, match="fait référence"):
        undo_last(history, db.write)
    assert snapshot(db) == kept
