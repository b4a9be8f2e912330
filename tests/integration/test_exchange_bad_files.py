"""Bad files on purpose: each gives a clear error in French and changes nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import text

from secframe.db import Database
from secframe.exchange import importer
from secframe.exchange.errors import ExchangeError
from secframe.jobs import JobState
from tests.fixtures.exchange import build_tracker, counts, edit, export_tracker, row_of


def import_error(sample, path: Path) -> str:
    before = counts(sample.db)
    with pytest.raises(ExchangeError) as err:
        importer.run(sample.db, path, framework_id=sample.framework_id, state=JobState())
    assert counts(sample.db) == before
    return str(err.value)


def test_a_damaged_workbook(sqlite_sample, tmp_path):
    good = tmp_path / "bon.xlsx"
    Workbook().save(good)
    broken = tmp_path / "abime.xlsx"
    broken.write_bytes(good.read_bytes()[:-200])
    assert "endommagé ou incomplet" in import_error(sqlite_sample, broken)


def test_a_zip_that_is_not_a_workbook(sqlite_sample, tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("lisez-moi.txt", "rien")
    assert "endommagé ou incomplet" in import_error(sqlite_sample, path)


def test_a_csv_file_renamed_xlsx(sqlite_sample, tmp_path):
    path = tmp_path / "suivi.xlsx"
    path.write_text("Engagement;Responsable;Statut\nPatrouilles;CMA;En cours\n", "utf-8")
    message = import_error(sqlite_sample, path)
    assert "fichier texte (CSV\u00a0?)" in message and "suivi.xlsx" in message


def test_an_old_xls_or_password_protected_file(sqlite_sample, tmp_path):
    path = tmp_path / "ancien.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "Excel 97–2003" in import_error(sqlite_sample, path)


def test_an_empty_file_and_an_empty_workbook(sqlite_sample, tmp_path):
    empty = tmp_path / "vide.xlsx"
    empty.write_bytes(b"")
    assert "vide" in import_error(sqlite_sample, empty)
    blank = tmp_path / "blanc.xlsx"
    Workbook().save(blank)
    assert "ne contient aucune donnée" in import_error(sqlite_sample, blank)


def test_a_workbook_with_no_recognisable_header(sqlite_sample, tmp_path):
    path = tmp_path / "notes.xlsx"
    wb = Workbook()
    wb.active.append(["Compte rendu de la réunion"])
    wb.active.append(["Beaucoup de choses ont été dites", 3])
    wb.save(path)
    assert "ligne d’en-têtes" in import_error(sqlite_sample, path)


def test_a_missing_file(sqlite_sample, tmp_path):
    assert "n’existe pas" in import_error(sqlite_sample, tmp_path / "absent.xlsx")


KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import date
    from pathlib import Path
    from secframe.db import Database
    from secframe.exchange import importer
    from secframe.jobs import JobState

    class KilledBeforeCommit(JobState):
        def check(self):
            # every change has been applied in the transaction: the power goes now
            os.kill(os.getpid(), signal.SIGKILL)

    db = Database.open(sys.argv[1])
    importer.run(db, Path(sys.argv[2]), framework_id=int(sys.argv[3]),
                 state=KilledBeforeCommit(), today=date(2020, 12, 31))
    """
)


def test_a_process_killed_in_the_middle_of_an_import_changes_nothing(sqlite_sample, tmp_path):
    tracker = build_tracker(sqlite_sample)
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    row = row_of(path, "Engagements", "ID", tracker.charter)
    edit(path, "Engagements", {(row, "Intitulé"): "Charte modifiée juste avant la coupure"})
    db_file = Path(tracker.db.url.database or "")
    before = counts(tracker.db)
    tracker.db.close()
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(db_file), str(path), str(tracker.framework_id)],
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    db = Database.open(db_file)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert counts(db) == before
        with db.read() as s:
            from secframe.services.commitments import get_commitment

            assert (
                get_commitment(s, tracker.charter).row.title
                == "Charte de bonne conduite des jeunes"
            )
    finally:
        db.close()
