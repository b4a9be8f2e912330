"""Real upgrades: a database of the previous release is upgraded record by record; a revision
that fails half-way is undone whole; a database of a newer release is refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from secframe.db import Database, DatabaseTooNew, UpgradeFailed, migrate
from secframe.db import database as database_module
from secframe.db.schema import HEAD_REVISION

FIRST = "0001_initial"
FAILING = Path(__file__).parents[2] / "fixtures" / "migrations_failing"
# (table, column) pairs a later revision rewrites on purpose: the record-by-record check
# skips them (a revision that transforms values adds them here, with its own test).
REWRITTEN_BY_REVISIONS: set[tuple[str, str]] = {
    ("members", "category"),  # 0002_field_words: local authorities get their own category
    ("status_changes", "cause"),  # 0002_field_words: withdrawal of forces, no support…
}
# Tables a revision adds records to (each change it makes is audited): the old records stay.
APPENDED_BY_REVISIONS = {"audit_entries"}


def snapshot(path: Path) -> dict[str, str]:
    """The bytes of the database file and of its journal files, as hashes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in path.parent.glob(path.name + "*")
    }


def rows_of(path: Path) -> dict[str, dict[str, list[tuple]]]:
    """Every row of every table, by table and column list (sorted, for comparing)."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        result = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
            result[table] = {"columns": columns, "rows": sorted(rows, key=repr)}
        return result
    finally:
        conn.close()


def previous_release(path: Path, demo_template: Path) -> dict[str, dict[str, list[tuple]]]:
    """A database as the first release wrote it: the 0001_initial schema holding the example
    data (copied column by column from today's example database, so that this keeps working
    when later revisions add columns). Returns what it holds."""
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, FIRST)
    engine.dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("ATTACH DATABASE ? AS demo", (str(demo_template),))
        for (table,) in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type='table' AND name != 'alembic_version'"
        ).fetchall():
            old = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
            new = {r[1] for r in conn.execute(f'PRAGMA demo.table_info("{table}")')}
            common = ", ".join(f'"{c}"' for c in old if c in new)
            conn.execute(f'DELETE FROM main."{table}"')
            conn.execute(
                f'INSERT INTO main."{table}" ({common}) SELECT {common} FROM demo."{table}"'
            )
        conn.commit()
        conn.execute("DETACH DATABASE demo")
    finally:
        conn.close()
    return rows_of(path)


def test_a_database_of_the_previous_release_is_upgraded_record_by_record(
    tmp_path: Path, demo_template: Path
):
    path = tmp_path / "suivi.sqlite3"
    before = previous_release(path, demo_template)
    assert sum(len(t["rows"]) for t in before.values()) > 1000  # the whole example
    assert len(before["commitments"]["rows"]) >= 10

    db = Database.open(path)
    try:
        assert db.revision() == HEAD_REVISION
    finally:
        db.close()

    after = rows_of(path)
    for table, old in before.items():
        if table == "alembic_version":
            continue
        assert table in after, f"{table} disappeared"
        new = after[table]
        keep = [i for i, c in enumerate(old["columns"]) if (table, c) not in REWRITTEN_BY_REVISIONS]
        positions = [new["columns"].index(old["columns"][i]) for i in keep]
        expected = sorted((tuple(r[i] for i in keep) for r in old["rows"]), key=repr)
        found = sorted((tuple(r[i] for i in positions) for r in new["rows"]), key=repr)
        if table in APPENDED_BY_REVISIONS:
            assert set(expected) <= set(found), f"{table}: records lost by the upgrade"
            continue
        assert found == expected, f"{table}: records changed by the upgrade"
    copies = list(tmp_path.glob("suivi.*.before-upgrade.sqlite3"))
    assert len(copies) == (0 if HEAD_REVISION == FIRST else 1)


@pytest.fixture
def failing_revision(monkeypatch: pytest.MonkeyPatch) -> str:
    """The app's migrations plus a revision after the newest one that fails half-way."""
    monkeypatch.setattr(migrate, "EXTRA_VERSION_LOCATIONS", [str(FAILING)])
    monkeypatch.setattr(database_module, "HEAD_REVISION", "zz01_fails_half_way")
    return "zz01_fails_half_way"


def test_a_revision_failing_half_way_is_undone_whole(
    tmp_path: Path, demo_template: Path, failing_revision: str, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "suivi.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    before = rows_of(path)

    for attempt in (1, 2):  # every start tries again, and never piles up copies
        with pytest.raises(UpgradeFailed) as err:
            Database.open(path)
        message = str(err.value)
        assert f"schéma {HEAD_REVISION}" in message and "intacte" in message
        copies = list(tmp_path.glob("suivi.*.before-upgrade.sqlite3"))
        assert len(copies) == 1, attempt
        assert str(copies[0]) in message
        assert rows_of(path) == before  # no column, no row changed: the whole revision undone

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD_REVISION,)]
    conn.close()
    monkeypatch.undo()  # this release again: the database opens and works
    db = Database.open(path)
    with db.write("test") as s:
        assert s.connection().exec_driver_sql("SELECT count(*) FROM incidents").scalar() > 0
    db.close()


def test_several_version_rows_mean_a_newer_release_and_nothing_is_written(
    tmp_path: Path, sqlite_template: Path
):
    path = tmp_path / "newer.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")  # so that even the switch to WAL would show
    conn.execute("INSERT INTO alembic_version VALUES ('0009_branch_of_a_newer_release')")
    conn.commit()
    conn.close()
    before = snapshot(path)
    with pytest.raises(DatabaseTooNew) as err:
        Database.open(path)
    assert "version plus récente" in str(err.value) and "0009_branch" in str(err.value)
    assert snapshot(path) == before
    assert not list(tmp_path.glob("*.before-upgrade.sqlite3"))


def test_an_unknown_revision_is_refused_before_any_copy_or_write(
    tmp_path: Path, sqlite_template: Path
):
    path = tmp_path / "newer.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '0042_future'")
    conn.commit()
    conn.close()
    before = snapshot(path)
    with pytest.raises(DatabaseTooNew):
        Database.open(path)
    assert snapshot(path) == before
    assert not list(tmp_path.glob("*.before-upgrade.sqlite3"))
