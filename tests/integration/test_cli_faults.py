"""Every command under every fault: one clear line in French, exit status 2 (or 0 when the
command needs nothing the fault takes away), the database untouched, the details in the log,
never a traceback."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from secframe import commands as cli
from secframe import config, files
from secframe.db import Database
from secframe.db import backup as backup_module
from secframe.db import database as database_module
from secframe.exchange.tracker import export
from secframe.jobs import JobState
from secframe.services.frameworks import find_framework
from tests.fixtures.exchange import edit

FW = "CGCS Tombouctou-Taoudéni"
ACLED_HEADER = (
    "event_id_cnty,event_date,year,event_type,sub_event_type,admin1,admin2,location,"
    "latitude,longitude,fatalities,notes\n"
)
ACLED_ROW = (
    "MLI90001,2020-01-05,2020,Battles,Armed clash,Tombouctou,Goundam,Goundam,16.4,-3.6,1,{notes}\n"
)


def commands(work: Path) -> dict[str, list[str]]:
    """Every command, with the files it needs."""
    return {
        "info": ["info"],
        "demo": ["demo"],
        "backup": ["backup", "-o", str(work / "out" / "copie.sqlite3")],
        "export": ["export", "--framework", FW, "-o", str(work / "out" / "suivi.xlsx")],
        "import": ["import", "--framework", FW, str(work / "suivi.xlsx")],
        "import-incidents": ["import-incidents", "--framework", FW, str(work / "acled.csv")],
        "brief": ["brief", "--framework", FW, "-o", str(work / "out" / "note.pdf")],
    }


WRITERS = {"import", "import-incidents"}  # commands that write to the (example) database
READERS = {"info", "backup", "export", "brief"}
ALREADY = "cadres d’exemple sont déjà"  # demo on the example database: refused before writing


@pytest.fixture(scope="module")
def tracker(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example framework's tracker with one title edited (importing it writes)."""
    path = tmp_path_factory.mktemp("tracker") / "suivi.xlsx"
    db = Database.open(demo_template)
    try:
        with db.read() as s:
            framework = find_framework(s, FW)
        export.run(db, framework.id, path, export.ExportOptions(), JobState())
    finally:
        db.close()
    edit(path, "Engagements", {(2, "Intitulé"): "Patrouilles conjointes (révisé)"})
    return path


@pytest.fixture
def work(
    tmp_path: Path, demo_template: Path, tracker: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A folder with the example database, the edited tracker, an ACLED file, its own data
    folder (and so its own log file)."""
    monkeypatch.setenv("SECFRAME_HOME", str(tmp_path / "home"))
    (tmp_path / "out").mkdir()
    db = tmp_path / "data" / "secframe.sqlite3"
    db.parent.mkdir()
    db.write_bytes(demo_template.read_bytes())
    (tmp_path / "suivi.xlsx").write_bytes(tracker.read_bytes())
    (tmp_path / "acled.csv").write_text(ACLED_HEADER + ACLED_ROW.format(notes="x"), "utf-8")
    return tmp_path


@pytest.fixture(autouse=True)
def _own_log_file() -> Iterator[None]:
    yield
    _close_log()


def _close_log() -> None:
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, config.QuietFileHandler)]:
        root.removeHandler(handler)
        handler.close()


def digest(path: Path) -> str:
    """The database's content (the file and its WAL), to prove nothing was written."""
    h = hashlib.sha256()
    for part in sorted(path.parent.glob(path.name + "*")):
        if not part.name.endswith("-shm"):
            h.update(part.read_bytes())
    return h.hexdigest()


def run(capsys: pytest.CaptureFixture[str], db: str, args: list[str]) -> tuple[int, str, str]:
    code = cli.main(["--db", db, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def assert_one_clear_line(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err and "Logging error" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("secframe: "), err
    for word in words:
        assert word in lines[0], (word, lines[0])


def assert_logged(*words: str) -> None:
    _close_log()
    text = config.log_file().read_text("utf-8")
    for word in words:
        assert word in text, (word, text[-2000:])


# --- faults -------------------------------------------------------------------------------------


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file or folder read-only, for an administrator too (who ignores the mode bits:
    the immutable attribute stops everyone)."""
    mode = path.stat().st_mode
    path.chmod(0o555 if path.is_dir() else 0o444)
    immutable = os.geteuid() == 0
    if immutable:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        path.chmod(mode)


@pytest.mark.parametrize("what", ["file", "folder"])
@pytest.mark.parametrize("name", list(commands(Path())))
def test_a_read_only_database_file_or_folder(name, what, work, capsys):
    """Opened read-only: what reads works, what writes is refused with the reason."""
    db = work / "data" / "secframe.sqlite3"
    before = digest(db)
    with read_only(db if what == "file" else db.parent):
        code, _, err = run(capsys, str(db), commands(work)[name])
    assert digest(db) == before
    assert not list(db.parent.glob("*-wal"))  # not even a journal was created
    if name in WRITERS or name == "demo":
        words = ("lecture seule", "fichier" if what == "file" else "dossier")
        assert_one_clear_line(code, err, *words)
        assert "endommagé" not in err and "sauvegarde" not in err
        assert_logged("ReadOnlyDatabase")
    else:
        assert code == 0, err


@pytest.fixture
def full_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite finds the disk full as soon as the database must grow (a real SQLITE_FULL)."""
    pragmas = database_module._sqlite_pragmas

    def full(dbapi_conn: sqlite3.Connection, record: object) -> None:
        pragmas(dbapi_conn, record)
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    monkeypatch.setattr(database_module, "_sqlite_pragmas", full)


def test_a_full_disk_while_writing_the_database(work, capsys, full_database):
    db = work / "data" / "secframe.sqlite3"
    before = digest(db)
    rows = "".join(
        ACLED_ROW.format(notes="n" * 3000).replace("MLI90001", f"MLI9{i:04d}") for i in range(300)
    )
    (work / "acled.csv").write_text(ACLED_HEADER + rows, "utf-8")
    code, _, err = run(capsys, str(db), commands(work)["import-incidents"])
    assert_one_clear_line(code, err, "disque", "plein", "Rien n’a été enregistré")
    assert "endommagé" not in err
    assert digest(db) == before
    assert_logged("DiskFull", "database or disk is full")


class _FullDisk:
    """A file whose writes fail as on a full disk (the rest is the real file's)."""

    def __init__(self, real: object) -> None:
        self._real = real

    def write(self, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


@pytest.mark.parametrize("name", ["export", "brief", "backup"])
def test_a_full_disk_while_writing_a_file(name, work, capsys, monkeypatch):
    db = work / "data" / "secframe.sqlite3"
    before = digest(db)
    real_fdopen = files.os.fdopen

    def full_disk(fd: int, mode: str = "r", *args: object, **kw: object) -> object:
        """The files secframe writes (workbook, PDF) fill the disk at their first write."""
        return _FullDisk(real_fdopen(fd, mode, *args, **kw))  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "fdopen", full_disk)
    real_connect = sqlite3.connect

    def small_disk(target: object, *args: object, **kw: object) -> sqlite3.Connection:
        conn = real_connect(target, *args, **kw)  # type: ignore[arg-type]
        conn.execute("PRAGMA max_page_count=2")
        return conn

    monkeypatch.setattr(backup_module.sqlite3, "connect", small_disk)  # the backup copy
    code, _, err = run(capsys, str(db), commands(work)[name])
    assert_one_clear_line(code, err, "plein")
    assert "endommagé" not in err
    assert digest(db) == before
    assert not list((work / "out").iterdir())  # no half-written file left behind
    assert_logged("28" if name != "backup" else "full")


@pytest.mark.parametrize("name", list(commands(Path())))
def test_a_database_locked_by_another_program(name, work, capsys, monkeypatch):
    db = work / "data" / "secframe.sqlite3"
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")  # another program in the middle of a write
    try:
        before = digest(db)
        code, _, err = run(capsys, str(db), commands(work)[name])
        after = digest(db)
    finally:
        holder.rollback()
        holder.close()
    assert after == before
    if name in WRITERS:
        assert_one_clear_line(code, err, "verrouillée", "réessayez")
        assert_logged("DatabaseBusy", "database is locked")
    elif name == "demo":
        assert_one_clear_line(code, err, ALREADY)
    else:  # readers still read (WAL)
        assert code == 0, err


UNREACHABLE = "postgresql+psycopg://secframe:motdepasse@127.0.0.1:9/secframe"


@pytest.mark.parametrize("name", list(commands(Path())))
def test_an_unreachable_server(name, work, capsys):
    code, _, err = run(capsys, UNREACHABLE, commands(work)[name])
    assert_one_clear_line(code, err, "connexion au serveur", "réessayez")
    assert "motdepasse" not in err
    assert_logged("ConnectionLost", "127.0.0.1")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+asyncpg://secframe@127.0.0.1/secframe",
        "mysql://secframe@127.0.0.1/secframe",
        "mysql+pymysql://secframe@127.0.0.1/secframe",
        "oracle://secframe@127.0.0.1/secframe",
        "pas une adresse://",
    ],
)
@pytest.mark.parametrize("name", ["info", "import-incidents"])
def test_an_unsupported_database_url(name, url, work, capsys):
    code, _, err = run(capsys, url, commands(work)[name])
    assert_one_clear_line(code, err, "SQLite", "PostgreSQL")
    assert_logged("UnsupportedDatabase")


def test_an_empty_file_given_to_info_stays_empty(work, capsys):
    empty = work / "vide.sqlite3"
    empty.touch()
    code, _, err = run(capsys, str(empty), ["info"])
    assert_one_clear_line(code, err, "n’est pas une base de données secframe")
    assert empty.stat().st_size == 0
    assert not list(work.glob("vide.sqlite3-*"))


def test_a_utf16_acled_file_is_read(work, capsys):
    db = work / "data" / "secframe.sqlite3"
    (work / "acled.csv").write_bytes(
        (ACLED_HEADER + ACLED_ROW.format(notes="Tonka – Diré")).encode("utf-16")
    )
    code, out, err = run(capsys, str(db), commands(work)["import-incidents"])
    assert code == 0, err
    assert "1 créé" in out


def test_a_csv_field_longer_than_the_csv_limit(work, capsys):
    db = work / "data" / "secframe.sqlite3"
    before = digest(db)
    notes = '"' + "x" * 140_000 + '"'
    (work / "acled.csv").write_text(ACLED_HEADER + ACLED_ROW.format(notes=notes), "utf-8")
    code, _, err = run(capsys, str(db), commands(work)["import-incidents"])
    assert_one_clear_line(code, err, "ligne 2", "guillemet")
    assert digest(db) == before
    assert_logged("ExchangeError")


def test_a_log_folder_on_a_full_disk_never_disturbs_the_user(
    work, capsys, monkeypatch: pytest.MonkeyPatch
):
    def full(*_args: object, **_kw: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(config.QuietFileHandler, "_open", full)
    code, _, err = run(capsys, "mysql://x@y/z", ["info"])
    assert_one_clear_line(code, err, "SQLite")
    handler = next(
        h for h in logging.getLogger().handlers if isinstance(h, config.QuietFileHandler)
    )
    assert handler.failures >= 1


@pytest.mark.postgresql
def test_a_server_connection_lost_in_the_middle_of_an_import(work, capsys, pg_database):
    """The server ends the import's connection after its first write: the import is rolled
    back whole (PostgreSQL never commits half a transaction) and said as a lost connection."""
    from sqlalchemy import event, text

    from secframe.db.session import SecframeSession
    from secframe.services.demo import build_demo
    from tests.conftest import PG_URL, _reset_pg

    _reset_pg(pg_database)
    with pg_database.write("demo") as s:
        build_demo(s)
    killed: list[int] = []

    def kill_after_first_flush(session: SecframeSession, _ctx: object) -> None:
        if not killed and "acled" in str(session.info.get("audit_context")):
            pid = session.connection().execute(text("SELECT pg_backend_pid()")).scalar()
            with pg_database.engine.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
                other.commit()
            killed.append(int(pid or 0))

    before = _pg_counts(pg_database)
    event.listen(SecframeSession, "after_flush", kill_after_first_flush)
    try:
        code, _, err = run(capsys, str(PG_URL), commands(work)["import-incidents"])
    finally:
        event.remove(SecframeSession, "after_flush", kill_after_first_flush)
    assert killed
    assert_one_clear_line(code, err, "connexion au serveur", "Rien n’a été enregistré")
    assert _pg_counts(pg_database) == before
    assert_logged("ConnectionLost")


def _pg_counts(db: Database) -> dict[str, int]:
    from secframe.services.history import entity_counts

    with db.read() as s:
        return entity_counts(s)
