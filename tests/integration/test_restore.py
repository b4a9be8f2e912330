"""Restoring from a backup: the data comes back, the replaced database is kept aside, and a
file that is not a sound secframe backup changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from secframe.db import Database
from secframe.db.backup import backup
from secframe.db.errors import CorruptDatabase, DatabaseTooNew, NotASecframeDatabase
from secframe.db.restore import CannotRestore, check_backup, restore
from secframe.models import Commitment
from tests.fixtures.builders import Sample


def _titles(db: Database) -> list[str]:
    with db.read() as s:
        return sorted(s.scalars(select(Commitment.title)))


def test_back_up_change_restore_gives_the_data_back_and_keeps_the_replaced_one(
    sqlite_sample: Sample, tmp_path: Path
):
    db = sqlite_sample.db
    sqlite_sample.commitment("Escortes Tombouctou – Niafunké")
    copy = backup(db.engine, tmp_path / "cle-usb" / "secframe-sauvegarde.sqlite3")
    sqlite_sample.commitment("Patrouille ajoutée après la sauvegarde")
    assert _titles(db) == [
        "Escortes Tombouctou – Niafunké",
        "Patrouille ajoutée après la sauvegarde",
    ]

    steps: list[tuple[int, int]] = []
    done = restore(db, copy, lambda n, total: steps.append((n, total)))

    assert _titles(db) == ["Escortes Tombouctou – Niafunké"]
    assert steps and steps[-1][0] == steps[-1][1]
    assert done.database == Path(db.location)
    assert done.kept_aside.parent == Path(db.location).parent
    assert done.kept_aside.name.startswith("secframe.") and done.kept_aside.name.endswith(
        ".before-restore.sqlite3"
    )
    aside = Database.open(done.kept_aside, create=False)
    try:
        assert _titles(aside) == [
            "Escortes Tombouctou – Niafunké",
            "Patrouille ajoutée après la sauvegarde",
        ]
    finally:
        aside.close()
    reopened = Database.open(db.location, create=False)  # what the app does next
    try:
        assert _titles(reopened) == ["Escortes Tombouctou – Niafunké"]
        with reopened.write() as s:  # and it can be written to again
            s.get(Commitment, next(iter(s.scalars(select(Commitment.id))))).notes = "repris"
    finally:
        reopened.close()


def _untouched(sample: Sample, attempt, error: type[Exception]) -> None:  # type: ignore[no-untyped-def]
    db = sample.db
    if not _titles(db):
        sample.commitment("Engagement à garder")
    before = sorted(p.name for p in Path(db.location).parent.iterdir())
    with pytest.raises(error) as info:
        attempt()
    assert str(info.value)  # the user's words
    assert _titles(db) == ["Engagement à garder"]
    assert sorted(p.name for p in Path(db.location).parent.iterdir()) == before


def test_a_file_that_is_not_a_secframe_database_changes_nothing(sqlite_sample, tmp_path):
    other = tmp_path / "other" / "carnet.sqlite3"
    other.parent.mkdir()
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    text = tmp_path / "other" / "notes.sqlite3"
    text.write_text("pas une base", "utf-8")
    for path in (other, text):
        _untouched(sqlite_sample, lambda p=path: restore(sqlite_sample.db, p), NotASecframeDatabase)


def test_a_damaged_backup_changes_nothing(sqlite_sample, tmp_path):
    copy = backup(sqlite_sample.db.engine, tmp_path / "copies" / "abimee.sqlite3")
    data = bytearray(copy.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 2 * page):  # scribble over table pages
        data[offset + 8 : offset + 200] = b"\xff" * 192
    copy.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase):
        check_backup(copy)
    _untouched(sqlite_sample, lambda: restore(sqlite_sample.db, copy), CorruptDatabase)


def test_a_backup_from_a_newer_secframe_changes_nothing(sqlite_sample, tmp_path):
    copy = backup(sqlite_sample.db.engine, tmp_path / "copies" / "future.sqlite3")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    _untouched(sqlite_sample, lambda: restore(sqlite_sample.db, copy), DatabaseTooNew)


def test_the_database_in_use_is_not_a_backup(sqlite_sample):
    db = sqlite_sample.db
    _untouched(sqlite_sample, lambda: restore(db, Path(db.location)), CannotRestore)
