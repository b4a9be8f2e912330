"""`secframe export`, `secframe import` and `secframe import-incidents` as a user types them."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from secframe.commands import main
from tests.fixtures.exchange import build_tracker, counts, edit, row_of, write_rows


def run(capsys, *args):
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def db_arg(sample):
    return ["--db", str(sample.db.url.database)]


def test_export_then_dry_run_import_of_the_same_file(sqlite_sample, tmp_path, capsys):
    build_tracker(sqlite_sample)
    path = tmp_path / "suivi.xlsx"
    status, out, _ = run(capsys, "export", "-o", str(path), *db_arg(sqlite_sample))
    assert status == 0 and "Classeur enregistré" in out and "4 engagements" in out
    assert load_workbook(path).sheetnames[1:3] == ["Fiche de suivi", "Engagements"]
    status, out, _ = run(capsys, "import", str(path), "--dry-run", *db_arg(sqlite_sample))
    assert status == 0
    assert "Aperçu de l’import de suivi.xlsx" in out and "Engagements\u00a0: 4 inchangé(s)" in out


def test_import_writes_and_reports_errors_with_exit_status_2(sqlite_sample, tmp_path, capsys):
    tracker = build_tracker(sqlite_sample)
    path = tmp_path / "suivi.xlsx"
    run(capsys, "export", "-o", str(path), "--lang", "en", "--redact", *db_arg(sqlite_sample))
    row = row_of(path, "Commitments", "ID", tracker.patrol)
    edit(path, "Commitments", {(row, "Status"): "Suspended"})
    before = counts(sqlite_sample.db)
    status, out, _ = run(capsys, "import", str(path), "--lang", "en", *db_arg(sqlite_sample))
    assert status == 2
    assert f"Commitments, row {row}, column “Date of the last status change”" in out
    assert "Nothing was imported" in out
    assert counts(sqlite_sample.db) == before
    edit(
        path,
        "Commitments",
        {(row, "Status"): "Completed", (row, "Date of the last status change"): "30/06/2019"},
    )
    status, out, _ = run(capsys, "import", str(path), "--lang", "en", *db_arg(sqlite_sample))
    assert status == 0 and "Imported suivi.xlsx" in out and "Status changes: 1 created" in out


def test_a_foreign_tracker_needs_its_mapping_confirmed(sqlite_sample, tmp_path, capsys):
    path = write_rows(tmp_path / "ancien.xlsx", [
        ["Suivi des engagements (ancien tableau)"], [],
        ["Engagement", "Responsable", "Échéance", "Statut", "Besoin (FCFA)", "Observations"],
        ["Plaidoyer auprès de Bamako", "CMA", "mars 2020", "En cours", "1 500 000 FCFA", ""],
    ])  # fmt: skip
    before = counts(sqlite_sample.db)
    status, out, _ = run(capsys, "import", str(path), *db_arg(sqlite_sample))
    assert status == 2 and "Correspondance des colonnes proposée" in out
    assert "Engagement → Engagement (intitulé)" in out and "--mapping" in out
    assert counts(sqlite_sample.db) == before
    mapping = tmp_path / "correspondance.json"
    status, out, _ = run(
        capsys,
        "import",
        str(path),
        "--dry-run",
        "--save-mapping",
        str(mapping),
        *db_arg(sqlite_sample),
    )
    assert status == 0 and "Engagements\u00a0: 1 créé(s)" in out
    assert json.loads(mapping.read_text("utf-8"))["header_row"] == 3
    status, out, _ = run(
        capsys, "import", str(path), "--mapping", str(mapping), *db_arg(sqlite_sample)
    )
    assert status == 0 and "ancien.xlsx importé" in out
    assert counts(sqlite_sample.db)["commitments"] == before["commitments"] + 1


def test_import_incidents_from_the_command_line(sqlite_sample, tmp_path, capsys):
    path = tmp_path / "acled.csv"
    path.write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,admin1,admin2,admin3,location,fatalities,"
        "time_precision,geo_precision,actor1,inter1\n"
        "MLI7001,2019-03-15,Violence against civilians,Attack,Timbuktu,Goundam,Tonka,Tonka,1,1,1,"
        "Groupe armé (illustratif),3\n",
        "utf-8",
    )
    status, out, _ = run(
        capsys, "import-incidents", str(path), "--regions-only", *db_arg(sqlite_sample)
    )
    assert status == 0 and "Incidents\u00a0: 1 créé(s)" in out


def test_bad_files_print_one_line_and_exit_2(sqlite_sample, tmp_path, capsys):
    path = tmp_path / "faux.xlsx"
    path.write_text("a;b\n1;2\n", "utf-8")
    status, _, err = run(capsys, "import", str(path), *db_arg(sqlite_sample))
    assert status == 2
    assert err.startswith("secframe: faux.xlsx est un fichier texte (CSV\u00a0?)")
    assert len(err.strip().splitlines()) == 1


def test_help_is_translated(capsys):
    try:
        main(["export", "--help"])
    except SystemExit as done:
        assert done.code == 0
    out = capsys.readouterr().out
    assert "retirer les données personnelles" in out and "le classeur à écrire" in out


def test_the_dry_run_of_a_foreign_tracker_ends_with_the_command_that_imports_it(
    sqlite_sample, tmp_path, capsys
):
    path = write_rows(tmp_path / "suivi.xlsx", [
        ["Engagement", "Responsable", "Partenaires", "Statut", "Besoin", "Acquis"],
        ["Patrouilles mixtes", "CMA", "Police; Gendarmerie", "Suspendu faute de moyens", "900 000", 0],
    ])  # fmt: skip
    before = counts(sqlite_sample.db)
    status, out, _ = run(capsys, "import", str(path), "--dry-run", "--as-of", "12/02/2020", *db_arg(sqlite_sample))  # fmt: skip
    assert (
        status == 2
        and "Noms à rapprocher (2)" in out
        and "«\u00a0Police\u00a0» (membre, lignes 2)" in out
    )
    assert counts(sqlite_sample.db) == before
    command = out.strip().splitlines()[-1].split()
    assert command[:1] == ["secframe"] and "--accept-mapping" in command
    assert "--create-missing" in command and command[-2:] == ["--as-of", "2020-02-12"]
    status, out, _ = run(capsys, *command[1:])
    assert status == 0 and "suivi.xlsx importé" in out and "Membres\u00a0: 2 créé(s)" in out
    status, out, _ = run(capsys, *command[1:])
    assert status == 0 and "Engagements\u00a0: 1 inchangé(s)" in out


def test_the_name_matches_are_saved_with_the_mapping(sqlite_sample, tmp_path, capsys):
    path = write_rows(tmp_path / "suivi.xlsx", [
        ["Engagement", "Responsable", "Partenaires", "Statut"],
        ["Patrouilles mixtes", "Coordination des mouvements", "Gendarmerie", "En cours"],
    ])  # fmt: skip
    saved = tmp_path / "correspondance.json"
    status, out, _ = run(capsys, "import", str(path), "--dry-run", "--save-mapping", str(saved), *db_arg(sqlite_sample))  # fmt: skip
    values = json.loads(saved.read_text("utf-8"))["values"]["member"]
    assert values == {"Coordination des mouvements": "member:CMA", "Gendarmerie": ""}
    assert out.strip().splitlines()[-1].endswith(f"--mapping {saved} --create-missing")
    values["Gendarmerie"] = "new"
    saved.write_text(json.dumps({**json.loads(saved.read_text("utf-8")), "values": {"member": values}}), "utf-8")  # fmt: skip
    status, out, _ = run(
        capsys, "import", str(path), "--mapping", str(saved), *db_arg(sqlite_sample)
    )
    assert status == 0 and "Membres\u00a0: 1 créé(s)" in out
