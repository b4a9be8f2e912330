"""The round trip partners make: export → open and save in LibreOffice → import finds nothing
to change. Runs LibreOffice headless with a private profile."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.fixtures.builders import TODAY
from tests.fixtures.exchange import build_tracker, edit, export_tracker, import_file, row_of

pytestmark = pytest.mark.libreoffice
IN_CI = os.environ.get("CI", "").lower() == "true"


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        reason = "LibreOffice (soffice) is not installed: apt install libreoffice-calc-nogui"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def resave(source: Path, folder: Path) -> Path:
    """Open ``source`` in LibreOffice and save it again as .xlsx into ``folder``."""
    folder.mkdir()
    profile = (folder.parent / "lo-profile").as_uri()
    done = subprocess.run(
        [soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(folder), str(source)],
        capture_output=True, timeout=180, check=False,
    )  # fmt: skip
    target = folder / source.name
    assert target.exists(), done.stderr.decode() + done.stdout.decode()
    return target


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_tracker_resaved_by_libreoffice_imports_with_no_change(sqlite_sample, tmp_path, language):
    tracker = build_tracker(sqlite_sample)
    exported = tmp_path / "suivi.xlsx"
    export_tracker(tracker, exported, language=language)
    resaved = resave(exported, tmp_path / "libreoffice")
    report = import_file(tracker.db, tracker.framework_id, resaved, dry_run=True)
    assert [str(i) for i in report.issues] == []
    assert report.changes_count == 0
    assert report.tally("commitments").unchanged == 4


def test_an_edit_made_in_libreoffice_is_imported(sqlite_sample, tmp_path):
    tracker = build_tracker(sqlite_sample)
    exported = tmp_path / "suivi.xlsx"
    export_tracker(tracker, exported)
    row = row_of(exported, "Engagements", "ID", tracker.charter)
    edit(exported, "Engagements", {(row, "Notes"): "Diffusée dans les écoles"})
    resaved = resave(exported, tmp_path / "libreoffice")
    wb = load_workbook(resaved)
    assert wb["secframe"].sheet_state == "hidden"
    assert wb["Engagements"].data_validations.dataValidation  # the lists survive
    report = import_file(tracker.db, tracker.framework_id, resaved)
    assert report.applied and report.tally("commitments").updated == 1
    assert [str(i) for i in report.issues] == []
    with tracker.db.read() as s:
        from secframe.services.commitments import get_commitment

        assert (
            get_commitment(s, tracker.charter, today=TODAY).outcome_notes
            == "Diffusée dans les écoles"
        )
