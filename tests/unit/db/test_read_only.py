"""Read-only access: --read-only writes nothing; a file, folder or server role that may not
write opens read-only with the reason; every change is refused with a clear message; the
README's PostgreSQL roles for partners and secretariat work as it says."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from secframe import commands
from secframe.db import Database, DatabaseError, Fault
from secframe.db.access import ReadOnlyDatabase, ReadOnlyReason
from secframe.models import FrameworkLevel
from secframe.services import frameworks as fws
from secframe.services.history import entity_counts

README = Path(__file__).resolve().parents[3] / "README.md"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = commands.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def demo_file(tmp_path: Path, capsys) -> Path:
    folder = tmp_path / "partage"
    folder.mkdir()
    path = folder / "base.sqlite3"
    assert run(capsys, "demo", "--db", str(path))[0] == 0
    return path


def test_read_only_option_reads_and_writes_nothing(demo_file, capsys, tmp_path):
    before = snapshot(demo_file.parent)
    code, out, _ = run(capsys, "info", "--read-only", "--db", str(demo_file))
    assert code == 0 and "CGCS Tombouctou-Taoudéni" in out
    code, out, err = run(capsys, "demo", "--read-only", "--db", str(demo_file))
    assert code == 2 and err.count("\n") == 1
    assert "est ouverte en lecture seule" in err and "rien ne peut être modifié" in err
    # an export (which records the database's identity when it can) still works
    book = tmp_path / "suivi.xlsx"
    code, _, _ = run(
        capsys, "export", "--read-only", "--db", str(demo_file), "--framework", "CGCS Tombouctou", "-o",
        str(book),
    )  # fmt: skip
    assert code == 0 and book.exists()
    assert snapshot(demo_file.parent) == before  # not a byte, not even a WAL file


def test_every_write_is_refused_with_the_reason(demo_file):
    db = Database.open(demo_file, read_only=True)
    try:
        assert db.read_only and db.read_only_reason is ReadOnlyReason.ASKED
        with pytest.raises(ReadOnlyDatabase) as refused, db.write() as s:
            fws.create_framework(
                s, fws.FrameworkInput(name="Nouveau", short_name="N", level=FrameworkLevel.REGIONAL)
            )
        assert "lecture seule" in str(refused.value)
        # the driver refuses too, should a write slip past the check
        with pytest.raises(DatabaseError) as slipped, db.read() as s:
            s.execute(text("DELETE FROM frameworks"))
        assert slipped.value.kind is Fault.READ_ONLY  # said as such, in the user's words
        assert re.search(r"readonly|read-only|query_only", slipped.value.detail)
        with db.read() as s:
            assert entity_counts(s)["frameworks"] == 4
    finally:
        db.close()


def test_a_file_or_folder_the_account_cannot_write_opens_read_only(demo_file, monkeypatch):
    """(Tests run as any account, root included: the permission check is simulated.)"""
    from secframe.db import access

    real = access.os.access
    for denied, reason in ((demo_file, ReadOnlyReason.FILE), (demo_file.parent, ReadOnlyReason.FOLDER)):  # fmt: skip
        monkeypatch.setattr(
            access.os, "access", lambda p, m, d=denied: False if Path(p) == d else real(p, m)
        )
        db = Database.open(demo_file)
        try:
            assert db.read_only_reason is reason
            with db.read() as s:
                assert entity_counts(s)["commitments"] > 0
            with pytest.raises(ReadOnlyDatabase) as refused, db.write():
                pass
            assert "votre compte n’a pas le droit d’écrire" in str(refused.value)
        finally:
            db.close()


def test_read_only_never_creates_a_database(tmp_path, capsys):
    code, _, _ = run(capsys, "info", "--read-only", "--db", str(tmp_path / "absente.sqlite3"))
    assert code == 2 and not (tmp_path / "absente.sqlite3").exists()


def readme_roles_sql() -> list[str]:
    """The SQL the README gives for the partner and secretariat roles."""
    block = re.search(r"```sql\n(-- secframe roles.*?)```", README.read_text(), re.S)
    assert block, "the README shows the roles"
    lines = [line for line in block.group(1).splitlines() if not line.startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


@pytest.mark.postgresql
def test_readme_roles_partner_reads_secretariat_writes(pg_database):
    admin = pg_database
    database = make_url(admin.url.render_as_string(hide_password=False)).database
    sql = [s.replace("secframe;", f"{database};") for s in readme_roles_sql()]
    with admin.engine.begin() as conn:
        for role in ("secframe_partner", "secframe_secretariat"):
            conn.execute(text(f"DROP OWNED BY {role}")) if conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).scalar() else None
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        for statement in sql:
            conn.execute(text(statement.replace("DATABASE secframe", f"DATABASE {database}")))

    def as_role(role: str) -> Database:
        url = admin.url.set(username=role, password=None)
        return Database.open(url.render_as_string(hide_password=False), create=False)

    partner = as_role("secframe_partner")
    try:
        assert partner.read_only_reason is ReadOnlyReason.ROLE
        with partner.read() as s:
            entity_counts(s)
        with pytest.raises(ReadOnlyDatabase) as refused, partner.write():
            pass
        assert "sur le serveur n’a que le droit de lire" in str(refused.value)
    finally:
        partner.close()
    secretariat = as_role("secframe_secretariat")
    try:
        assert not secretariat.read_only
        with secretariat.write() as s:
            created = fws.create_framework(
                s, fws.FrameworkInput(name="Cadre des partenaires", short_name="CP",
                                      level=FrameworkLevel.REGIONAL),
            )  # fmt: skip
        with secretariat.write() as s:
            fws.delete_framework(s, created.id, expected_version=None)
    finally:
        secretariat.close()
    # --read-only on a server: the session itself refuses to write
    reader = Database.open(admin.url.render_as_string(hide_password=False), read_only=True)
    try:
        with pytest.raises(Exception, match="read-only transaction"), reader.engine.begin() as c:
            c.execute(text("DELETE FROM preferences"))
    finally:
        reader.close()


@pytest.mark.postgresql
def test_an_older_server_database_is_never_copied_to_this_pc(pg_database, tmp_path, monkeypatch):
    """Before upgrading a server the app shows the pg_dump command and writes nothing;
    `secframe upgrade --backed-up` then upgrades it, `--backup FILE` writes the copy there."""
    from alembic import command

    from secframe.db import migrate
    from secframe.db.access import ServerNeedsBackup
    from secframe.db.schema import HEAD_REVISION

    home = tmp_path / "home"
    monkeypatch.setenv("SECFRAME_HOME", str(home))
    url = pg_database.url.render_as_string(hide_password=False)
    command.downgrade(migrate.alembic_config(pg_database.engine), _previous_revision())
    try:
        with pytest.raises(ServerNeedsBackup) as refused:
            Database.open(url)
        assert "pg_dump --format=custom" in str(refused.value)
        assert [p.name for p in home.rglob("*") if p.is_file() and p.suffix != ".log"] == []
        copy = tmp_path / "choisie" / "avant.sqlite3"
        assert commands.main(["upgrade", "--db", url, "--backup", str(copy)]) == 0
        assert copy.exists() and (copy.stat().st_mode & 0o777) == 0o600
        assert [p.name for p in home.rglob("*") if p.is_file() and p.suffix != ".log"] == []
    finally:
        migrate.upgrade(pg_database.engine)
    assert pg_database.revision() == HEAD_REVISION


def _previous_revision() -> str:
    from alembic.script import ScriptDirectory

    from secframe.db import migrate
    from secframe.db.schema import HEAD_REVISION

    script = ScriptDirectory.from_config(migrate.alembic_config())
    down = script.get_revision(HEAD_REVISION).down_revision
    assert isinstance(down, str)
    return down
