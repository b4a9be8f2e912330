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
from secframe.db.restore import CannotRestore, check_backup, reopen, restore
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


def test_a_backup_from_an_older_secframe_is_upgraded_when_reopened(sqlite_sample, tmp_path):
    """A backup taken before the last revisions: restored as it is, then upgraded (after its
    before-upgrade copy) when the app reopens the database."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from secframe.db import migrate
    from secframe.db.schema import HEAD_REVISION

    sqlite_sample.commitment("Escortes d’une ancienne version")
    old = backup(sqlite_sample.db.engine, tmp_path / "cle" / "ancienne.sqlite3")
    older = Database.open(old, create=False)
    first = ScriptDirectory.from_config(migrate.alembic_config()).get_base()
    command.downgrade(migrate.alembic_config(older.engine), first)  # as an older app wrote it
    assert older.revision() == first != HEAD_REVISION
    older.close()
    db = sqlite_sample.db
    sqlite_sample.commitment("Engagement d’aujourd’hui")

    done = restore(db, old)
    reopened = reopen(db)

    try:
        assert done.revision == first
        assert reopened.revision() == HEAD_REVISION
        assert _titles(reopened) == ["Escortes d’une ancienne version"]
        assert list(Path(db.location).parent.glob("*.before-upgrade.sqlite3"))
    finally:
        reopened.close()


def test_a_restore_stopped_halfway_leaves_the_database_as_it_was(
    sqlite_sample, tmp_path, monkeypatch
):
    """The backup is written in one transaction: cancelled (or cut) halfway, nothing of it
    remains."""
    from secframe.db import restore as restore_module

    db = sqlite_sample.db
    copy = backup(db.engine, tmp_path / "copies" / "vide.sqlite3")
    sqlite_sample.commitment("Engagement à garder")
    monkeypatch.setattr(restore_module, "STEP_PAGES", 1)

    class Stop(Exception):
        pass

    def stop_halfway(done: int, total: int) -> None:
        if done >= total // 2:
            raise Stop

    with pytest.raises(Stop):
        restore(db, copy, stop_halfway)
    assert _titles(db) == ["Engagement à garder"]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"


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


# --- encrypted databases ------------------------------------------------------------------------

PASSPHRASE = "sable chaud de Tombouctou"


@pytest.fixture
def cipher_sample(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The small framework in an encrypted database."""
    from tests.fixtures.builders import _sample

    db = Database.open(tmp_path / "chiffre" / "secframe.sqlite3", passphrase=PASSPHRASE)
    yield _sample(db)
    db.close()


def test_an_encrypted_database_is_restored_from_its_encrypted_backup(cipher_sample, tmp_path):
    from secframe.db.crypto import is_encrypted_file

    db = cipher_sample.db
    cipher_sample.commitment("Escortes Tombouctou – Niafunké")
    copy = backup(db.engine, tmp_path / "cle" / "sauvegarde-chiffree.sqlite3")
    assert is_encrypted_file(copy)
    cipher_sample.commitment("Patrouille ajoutée après la sauvegarde")

    done = restore(db, copy)

    assert _titles(db) == ["Escortes Tombouctou – Niafunké"]
    assert is_encrypted_file(Path(db.location)) and is_encrypted_file(done.kept_aside)
    reopened = reopen(db)  # what the app does next: with the same passphrase
    try:
        assert reopened.encrypted
        assert _titles(reopened) == ["Escortes Tombouctou – Niafunké"]
    finally:
        reopened.close()


def test_a_plain_backup_is_encrypted_on_its_way_into_an_encrypted_database(
    cipher_sample, sqlite_sample, tmp_path
):
    from secframe.db.crypto import is_encrypted_file

    sqlite_sample.commitment("Patrouilles du temps où la base était en clair")
    plain = backup(sqlite_sample.db.engine, tmp_path / "cle" / "en-clair.sqlite3")
    db = cipher_sample.db

    restore(db, plain)

    assert _titles(db) == ["Patrouilles du temps où la base était en clair"]
    assert is_encrypted_file(Path(db.location))
    assert b"Patrouilles du temps" not in Path(db.location).read_bytes()
    assert not list(Path(db.location).parent.glob(".*restoring*"))  # the keyed copy is gone


def test_encrypted_backups_a_database_cannot_take_change_nothing(
    cipher_sample, sqlite_sample, tmp_path
):
    from tests.fixtures.builders import _sample

    cipher_sample.commitment("Engagement à garder")
    encrypted = backup(cipher_sample.db.engine, tmp_path / "cle" / "chiffree.sqlite3")
    # into a plain database: its passphrase is not the open database's
    _untouched(sqlite_sample, lambda: restore(sqlite_sample.db, encrypted), CannotRestore)
    # encrypted with another passphrase
    other = Database.open(tmp_path / "autre" / "secframe.sqlite3", passphrase="une autre phrase")
    try:
        _sample(other)
        foreign = backup(other.engine, tmp_path / "cle" / "autre.sqlite3")
    finally:
        other.close()
    _untouched(cipher_sample, lambda: restore(cipher_sample.db, foreign), CannotRestore)


def test_a_database_open_read_only_is_not_restored_into(sqlite_sample, tmp_path):
    copy = backup(sqlite_sample.db.engine, tmp_path / "cle" / "copie.sqlite3")
    sqlite_sample.db.close()
    read_only = Database.open(sqlite_sample.db.location, create=False, read_only=True)
    try:
        with pytest.raises(CannotRestore, match="lecture seule"):
            restore(read_only, copy)
    finally:
        read_only.close()
