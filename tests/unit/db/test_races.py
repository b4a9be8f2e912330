"""True races (two saves of the same record at the same moment, on SQLite and PostgreSQL) are
conflicts naming the record, never "unexpected errors"; an import losing a race changes
nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import event

from secframe.db import Fault, RecordConflict
from secframe.db.session import SecframeSession
from secframe.services import commitments as cs
from tests.fixtures.exchange import build_tracker, counts, edit, export_tracker, import_file, row_of


@contextmanager
def meanwhile(other: Callable[[], Any], racer: str) -> Iterator[None]:
    """Run ``other`` (someone else's save, committed) just before the first flush of the unit
    of work whose audit context holds ``racer``: after it checked versions, before it writes."""
    fired: list[bool] = []

    def before_flush(session: SecframeSession, *_: Any) -> None:
        if not fired and racer in str(session.info.get("audit_context")):
            fired.append(True)
            other()

    event.listen(SecframeSession, "before_flush", before_flush)
    try:
        yield
    finally:
        event.remove(SecframeSession, "before_flush", before_flush)
    assert fired, "the other save never ran"


def test_two_saves_of_one_commitment_at_the_same_moment(sample):
    db = sample.db
    c = sample.commitment("Escortes")
    theirs = cs.CommitmentInput(title="Escortes jusqu'à Niafunké", kind="escort")
    mine = cs.CommitmentInput(title="Escortes armées", kind="escort")

    def their_save() -> None:
        with db.write("theirs") as s:
            cs.update_commitment(s, c.id, theirs, expected_version=c.version)

    with (
        meanwhile(their_save, "mine"),
        pytest.raises(RecordConflict) as err,
        db.write("mine") as s,
    ):
        cs.update_commitment(s, c.id, mine, expected_version=c.version)
    assert err.value.kind is Fault.CONFLICT
    assert str(err.value) == (
        "«\u00a0Escortes\u00a0» a été enregistré par quelqu’un d’autre au même moment. Vos "
        "modifications n’ont pas été enregistrées\u00a0: rechargez-le pour voir les siennes, "
        "puis réessayez."
    )
    with db.read() as s:
        assert cs.get_commitment(s, c.id).row.title == "Escortes jusqu'à Niafunké"


def test_an_import_losing_a_race_changes_nothing_and_names_the_record(sample, tmp_path):
    tracker = build_tracker(sample)
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    row = row_of(path, "Engagements", "ID", tracker.patrol)
    edit(path, "Engagements", {(row, "Intitulé"): "Patrouilles renforcées"})
    db = sample.db
    with db.read() as s:
        patrol = cs.get_commitment(s, tracker.patrol)

    def their_save() -> None:
        with db.write("theirs") as s:
            data = replace(patrol.to_input(), title="Patrouilles (PC du gouvernorat)")
            cs.update_commitment(s, patrol.id, data, expected_version=patrol.version)

    before = counts(db)
    with meanwhile(their_save, "suivi.xlsx"), pytest.raises(RecordConflict) as err:
        import_file(db, tracker.framework_id, path)
    assert "Patrouilles sur l'axe Tombouctou – Goundam" in str(err.value)
    assert "réessayez" in str(err.value)
    after = counts(db)
    assert after == {**before, "audit_entries": after["audit_entries"]}  # only their change
    with db.read() as s:
        assert cs.get_commitment(s, patrol.id).row.title == "Patrouilles (PC du gouvernorat)"
