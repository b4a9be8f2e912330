"""Opening databases: new, current, older, newer, foreign, damaged, locked — never harmed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from secframe.db import (
    CorruptDatabase,
    Database,
    DatabaseBusy,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotASecframeDatabase,
)
from secframe.db import database as database_module
from secframe.db.backup import backup
from secframe.db.schema import HEAD_REVISION
from secframe.models import Locality, LocalityLevel


def test_new_database_is_created_current_and_seeded(tmp_path: Path):
    path = tmp_path / "sub" / "new.sqlite3"
    db = Database.open(path)
    try:
        assert db.created
        assert db.revision() == HEAD_REVISION
        with db.read() as s:
            cercles = s.scalar(select(func.count()).where(Locality.level == LocalityLevel.CERCLE))
            region = s.scalar(select(Locality.name).where(Locality.pcode == "ML06"))
        assert cercles == 50
        assert region == "Tombouctou"
        assert not (tmp_path / "sub" / "new.sqlite3.creating").exists()
    finally:
        db.close()


def test_sqlite_runs_with_foreign_keys_and_wal(sqlite_db: Database):
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_opening_a_current_database_does_not_import_alembic(sqlite_template: Path):
    code = (
        "import sys; from secframe.db import Database; "
        f"db = Database.open({str(sqlite_template)!r}); db.close(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _snapshot(path: Path) -> bytes:
    return path.read_bytes()


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Compte rendu de la session\n", "utf-8")
    before = _snapshot(path)
    with pytest.raises(NotASecframeDatabase) as err:
        Database.open(path)
    assert "n’est pas une base de données secframe" in str(err.value)
    assert _snapshot(path) == before


def test_another_programs_sqlite_file_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = _snapshot(path)
    with pytest.raises(NotASecframeDatabase):
        Database.open(path)
    assert _snapshot(path) == before
    assert not Path(f"{path}-wal").exists()


def test_a_damaged_file_is_refused_and_left_untouched(tmp_path: Path, sqlite_template: Path):
    path = tmp_path / "damaged.sqlite3"
    data = bytearray(sqlite_template.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the header, wreck the schema page
    path.write_bytes(bytes(data))
    before = _snapshot(path)
    with pytest.raises(CorruptDatabase) as err:
        Database.open(path)
    assert "endommagé" in str(err.value)
    assert _snapshot(path) == before


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(
    tmp_path: Path, sqlite_template: Path
):
    path = tmp_path / "newer.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = _snapshot(path)
    with pytest.raises(DatabaseTooNew) as err:
        Database.open(path)
    assert "version plus récente" in str(err.value)
    assert _snapshot(path) == before


def test_a_locked_database_gives_a_clear_error(
    tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "locked.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.2)
    try:
        with pytest.raises(DatabaseBusy) as err:
            Database.open(path)
        assert "verrouillée" in str(err.value)
    finally:
        holder.rollback()
        holder.close()


def test_a_save_while_another_program_holds_the_file_says_so_and_writes_nothing(
    tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "shared.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.2)
    db = Database.open(path)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    try:
        with pytest.raises(DatabaseBusy) as err, db.write("test") as s:
            s.add(Locality(name="Tonka", level=LocalityLevel.REGION))
        assert "verrouillée depuis plus de 5 secondes" in str(err.value)
        assert "Rien n’a été enregistré" in str(err.value)
    finally:
        holder.rollback()
        holder.close()
    with db.read() as s:
        assert s.scalar(select(func.count()).where(Locality.name == "Tonka")) == 0
    db.close()


def test_a_missing_file_is_not_created_when_creation_is_off(tmp_path: Path):
    with pytest.raises(DatabaseUnavailable):
        Database.open(tmp_path / "absent.sqlite3", create=False)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_backup_is_a_consistent_readable_copy_while_in_use(demo_db: Database, tmp_path: Path):
    target = tmp_path / "copies" / "backup.sqlite3"
    with demo_db.read() as s:  # a reader holds a snapshot while the copy is taken
        s.execute(select(func.count()).select_from(Locality)).scalar()
        backup(demo_db.engine, target)
    copy = Database.open(target, create=False)
    try:
        with copy.read() as s, demo_db.read() as original:
            for model in (Locality,):
                assert s.scalar(select(func.count()).select_from(model)) == original.scalar(
                    select(func.count()).select_from(model)
                )
        assert copy.revision() == HEAD_REVISION
    finally:
        copy.close()
    assert not list(target.parent.glob("*.partial"))


def test_backup_of_any_backend_opens_as_a_secframe_file(db: Database, tmp_path: Path):
    target = backup(db.engine, tmp_path / "copy.sqlite3")
    copy = Database.open(target, create=False)
    try:
        assert copy.revision() == HEAD_REVISION
        with copy.read() as s:
            assert s.scalar(select(func.count()).select_from(Locality)) > 50
    finally:
        copy.close()


def test_a_failed_unit_of_work_leaves_nothing_behind(db: Database):
    from secframe.services import frameworks as fws
    from secframe.services.errors import ValidationError

    with pytest.raises(ValidationError), db.write() as s:
        fws.create_framework(s, fws.FrameworkInput(name="Cadre A", short_name="A"))
        fws.create_framework(s, fws.FrameworkInput(name="", short_name="B"))
    with db.read() as s:
        assert fws.list_frameworks(s) == []


def test_a_closed_database_gives_no_session_and_never_reopens_its_file(tmp_path: Path):
    from secframe.db.errors import DatabaseClosed

    path = tmp_path / "cadre.sqlite3"
    db = Database.open(path)
    db.close()
    side_files = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(DatabaseClosed), db.read():
        pass  # a read queued before the file was converted or replaced
    assert sorted(p.name for p in tmp_path.iterdir()) == side_files  # no journal reopened
