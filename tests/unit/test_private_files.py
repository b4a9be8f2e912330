"""Private files whatever the umask: the data folder 0700; the database, its WAL, backups,
logs, exports and briefs 0600; temporary files next to their target, created exclusively,
never through a symbolic link and never left behind; no openpyxl scratch file in the
system's temporary folder; no data in the log."""

from __future__ import annotations

import logging
import os
import stat
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from secframe import config, files
from secframe.db import Database
from secframe.db.backup import backup
from secframe.exchange.tracker import export
from secframe.jobs import Cancelled, JobState

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_database_wal_backup_log_and_data_folder_are_private(umask_022, tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("SECFRAME_HOME", str(home))
    path = config.data_dir() / "secframe.sqlite3"
    db = Database.open(path)
    try:
        with db.write() as s:  # keeps the WAL and shared-memory files while open
            s.flush()
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
            for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                assert name.exists() and mode(name) == 0o600, name
        copy = backup(db.engine, config.backup_dir() / "copie.sqlite3")
    finally:
        db.close()
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # the log file of this test's data folder
    log = config.setup_logging()
    logging.getLogger("secframe.test").warning("a line")
    for handler in root.handlers:
        handler.close()
    assert mode(home) == 0o700 and mode(config.log_dir()) == 0o700
    assert mode(config.backup_dir()) == 0o700
    assert mode(copy) == 0o600 and mode(log) == 0o600


def test_an_existing_world_readable_database_is_made_private(umask_022, tmp_path):
    path = tmp_path / "ancienne.sqlite3"
    Database.open(path).close()
    path.chmod(0o644)
    Database.open(path).close()
    assert mode(path) == 0o600


def test_export_is_private_and_leaves_nothing_in_the_system_temp(
    umask_022, sample, tmp_path, monkeypatch
):
    system_temp = tmp_path / "system-temp"  # a temp folder of its own: other programs use /tmp
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "suivi.xlsx"
    export.run(sample.db, sample.framework_id, target, export.ExportOptions(), JobState())
    assert mode(target) == 0o600
    assert list(folder.iterdir()) == [target]
    assert list(system_temp.iterdir()) == []


def test_a_cancelled_export_removes_its_temporary_files(sample, tmp_path):
    class CancelWhileWriting(JobState):
        def progress(self, done, total=0, message=None):  # type: ignore[no-untyped-def]
            if total and done:
                raise Cancelled

    folder = tmp_path / "partage"
    folder.mkdir()
    with pytest.raises(Cancelled):
        export.run(
            sample.db, sample.framework_id, folder / "suivi.xlsx", export.ExportOptions(),
            CancelWhileWriting(),
        )  # fmt: skip
    assert list(folder.iterdir()) == []


def test_a_link_planted_at_the_temporary_name_is_never_followed(tmp_path, monkeypatch):
    """Another user guesses the temporary name and plants a link to a file of theirs."""
    victim = tmp_path / "theirs.txt"
    victim.write_text("their file")
    names = iter(["aaaa", "bbbb"])
    monkeypatch.setattr(files.secrets, "token_hex", lambda _n: next(names))
    target = tmp_path / "note.pdf"
    (tmp_path / ".note.pdf.aaaa.tmp").symlink_to(victim)
    files.write_bytes(target, b"%PDF confidential")
    assert victim.read_text() == "their file"
    assert target.read_bytes() == b"%PDF confidential" and mode(target) == 0o600
    assert not (tmp_path / ".note.pdf.bbbb.tmp").exists()


def test_old_fixed_temporary_names_planted_as_links_are_harmless(sample, tmp_path, qapp):
    """The links of the issue's attack (note.pdf.part, .partial) point at a file the
    attacker can read: nothing the app writes may go through them."""
    from secframe.printing import brief_pdf
    from secframe.services import meetings as ms

    trap = tmp_path / "attacker.txt"
    trap.write_text("")
    shared = tmp_path / "shared"
    shared.mkdir()
    targets = ("note.pdf", "suivi.xlsx", "copie.sqlite3")
    for name in targets:
        for suffix in (".part", ".partial", ".creating", "-journal"):
            (shared / f"{name}{suffix}").symlink_to(trap)
    with sample.db.write() as s:
        meeting = ms.create_meeting(
            s, sample.framework_id, ms.MeetingInput(number=1, held_on=date(2020, 6, 1))
        )
    brief_pdf.make_pdf(sample.db, meeting.id, shared / "note.pdf", JobState())
    export.run(
        sample.db, sample.framework_id, shared / "suivi.xlsx", export.ExportOptions(), JobState()
    )
    backup(sample.db.engine, shared / "copie.sqlite3")
    new_db = shared / "nouvelle.sqlite3"
    (shared / "nouvelle.sqlite3.creating").symlink_to(trap)
    Database.open(new_db).close()
    assert trap.read_text() == ""
    for name in (*targets, "nouvelle.sqlite3"):
        assert not (shared / name).is_symlink() and mode(shared / name) == 0o600


def test_a_link_at_the_target_is_replaced_not_written_through(tmp_path):
    victim = tmp_path / "theirs.txt"
    victim.write_text("their file")
    target = tmp_path / "note.pdf"
    target.symlink_to(victim)
    files.write_bytes(target, b"data")
    assert victim.read_text() == "their file" and not target.is_symlink()


def test_a_failed_write_leaves_the_target_and_no_temporary_file(tmp_path):
    target = tmp_path / "note.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), files.replace_file(target) as pending:
        pending.file.write(b"half")
        raise RuntimeError("power cut")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["note.pdf"]


def test_database_errors_leave_no_data_in_the_log(sample, tmp_path, monkeypatch):
    """A refused write (the same member name twice) logs the statement, not the values."""
    from secframe.models import Member, MemberCategory

    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # the log file of this test only
    monkeypatch.setenv("SECFRAME_HOME", str(tmp_path / "home"))
    log_path = config.setup_logging()
    secret = "Moussa Ag Secret-Témoin"
    try:
        for _ in range(2):
            with sample.db.write() as s:
                s.add(
                    Member(
                        framework_id=sample.framework_id, name=secret,
                        category=MemberCategory.CIVIL_SOCIETY,
                    )
                )  # fmt: skip
    except Exception:
        logging.getLogger("secframe.test").exception("Unexpected error")
    finally:
        for handler in root.handlers:
            handler.close()
    content = log_path.read_text(encoding="utf-8")
    assert "Unexpected error" in content and "INSERT INTO members" in content
    assert "Secret" not in content and "Moussa" not in content


def test_minutes_word_files_charts_and_mappings_never_go_through_a_link(
    umask_022, sample, tmp_path, qapp
):
    """The same trick on the other files the app writes: the minutes (PDF), the brief and
    the minutes as Word, a dashboard chart saved as an image, an import mapping."""
    from secframe.exchange.foreign.mapping import Mapping, save_mapping_file
    from secframe.printing import docx_files, minutes_pdf
    from secframe.reports import charts
    from secframe.services import meetings as ms

    trap = tmp_path / "attacker.txt"
    trap.write_text("")
    shared = tmp_path / "shared"
    shared.mkdir()
    targets = ("cr.pdf", "note.docx", "cr.docx", "graphique.png", "correspondance.json")
    for name in targets:
        for suffix in (".part", ".partial", ".tmp"):
            (shared / f"{name}{suffix}").symlink_to(trap)
    with sample.db.write() as s:
        meeting = ms.create_meeting(
            s, sample.framework_id, ms.MeetingInput(number=1, held_on=date(2020, 6, 1))
        )
    minutes_pdf.make_pdf(sample.db, meeting.id, shared / "cr.pdf", JobState())
    docx_files.make_brief_docx(sample.db, meeting.id, shared / "note.docx", JobState())
    docx_files.make_minutes_docx(sample.db, meeting.id, shared / "cr.docx", JobState())
    with sample.db.read() as s:
        data = charts.load_dashboard(s, sample.framework_id)
    charts.save_figure(charts.key_figures_chart(data.key_figures), shared / "graphique.png")
    save_mapping_file(Mapping("Suivi", 1, ("Engagement",), {0: "title"}), shared / targets[-1])
    assert trap.read_text() == ""
    for name in targets:
        assert not (shared / name).is_symlink() and mode(shared / name) == 0o600, name
    assert sorted(p.name for p in shared.iterdir() if not p.is_symlink()) == sorted(targets)
