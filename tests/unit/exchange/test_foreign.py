"""Trackers in a secretariat's own layout: header row, column mapping, reading what they hold."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook

from secframe.exchange import importer
from secframe.exchange.errors import ExchangeError
from secframe.exchange.foreign import mapping as foreign
from secframe.exchange.import_report import Severity
from secframe.exchange.workbook import open_book
from secframe.jobs import JobState
from secframe.models import CommitmentKind, CommitmentStatus, StatusCause
from secframe.services import commitments as cs
from secframe.services import resources as rs
from tests.fixtures.builders import TODAY
from tests.fixtures.exchange import counts, import_file, write_rows

HEADERS = ["N°", "Engagement", "Type", "Responsable", "Localité / axe", "Échéance", "Statut",
           "Date du statut", "Besoin (FCFA)", "Observations"]  # fmt: skip


def old_tracker(path, rows):
    """A tracker as secretariats keep them: a merged title over two rows, then the headers."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Suivi 2019"
    ws["A1"] = "CADRE DE GESTION CONCERTÉE DE LA SÉCURITÉ — SUIVI DES ENGAGEMENTS"
    ws.merge_cells("A1:J1")
    ws["A2"] = "Mise à jour : mars 2020"
    ws.append([])
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GOOD_ROWS = [
    [1, "Patrouilles de la CMA sur l'axe", "Patrouille", "CMA", "Tombouctou › Tombouctou", "31/03/2019",
     "Réalisé", "2019-04-01", "1.500.000", "Patrouilles deux fois par jour"],
    [2, "Escortes des FAMa", "Escorte", "FAMa", "", datetime(2019, 12, 31), "Suspendu", "mars 2020",
     "17 600 000 FCFA", "Retrait des forces de Tonka et Diré"],
    [3, "Charte des jeunes", "Charte", "Jeunes de Tombouctou", "", "mars 2020", "En cours", "15/10/2019",
     None, ""],
    [],
    [4, "Opération de sécurisation", "Opération", "CMA", "", "2020-04-30", "ongoing", "01/11/2019",
     "2,5 millions", None],
    [None, "TOTAL", None, None, None, None, None, None, "21 600 000", None],
]  # fmt: skip


def propose(path):
    with open_book(path) as book:
        return foreign.propose(foreign.sheet_heads(book))


def titles(sample):
    with sample.db.read() as s:
        return {c.title: c for c in cs.list_commitments(s, sample.framework_id, today=TODAY)}


def test_the_header_row_is_found_below_merged_title_cells(tmp_path):
    mapping = propose(old_tracker(tmp_path / "suivi.xlsx", GOOD_ROWS))
    assert (mapping.sheet, mapping.header_row) == ("Suivi 2019", 4)
    assert mapping.columns == {1: "title", 2: "kind", 3: "lead", 4: "place", 5: "deadline",
                               6: "status", 7: "status_date", 8: "needed", 9: "observations"}  # fmt: skip


def test_english_headers_are_recognised(tmp_path):
    path = write_rows(tmp_path / "en.xlsx", [["Commitment", "Responsible", "Due date", "Status",
                                               "Amount (XOF)", "Comments"]])  # fmt: skip
    mapping = propose(path)
    assert list(mapping.columns.values()) == [
        "title",
        "lead",
        "deadline",
        "status",
        "needed",
        "observations",
    ]


def test_a_foreign_tracker_is_read_cell_by_cell(sample, tmp_path):
    path = old_tracker(tmp_path / "suivi.xlsx", GOOD_ROWS)
    mapping = propose(path)
    report = import_file(sample.db, sample.framework_id, path, mapping=mapping)
    assert report.applied, [str(i) for i in report.errors]
    assert report.tally("commitments").created == 4
    assert report.tally("commitments").skipped == 1  # the total row
    assert report.as_of == date(2020, 3, 1)  # « Mise à jour : mars 2020 » above the headers
    assert [(w.row, w.column) for w in report.warnings] == [
        (None, ""), (6, "Date du statut"), (7, "Échéance"), (10, "")
    ]  # fmt: skip
    assert "Ligne de total" in str(report.warnings[-1])
    got = titles(sample)
    patrol = got["Patrouilles de la CMA sur l'axe"]
    assert (patrol.kind, patrol.status, patrol.deadline) == (
        CommitmentKind.PATROL,
        CommitmentStatus.COMPLETED,
        date(2019, 3, 31),
    )
    assert patrol.status_since == date(2019, 4, 1) and patrol.needed == Decimal(1_500_000)
    escort = got["Escortes des FAMa"]
    # « Retrait des forces » in the observations names the cause
    assert (escort.status, escort.last_cause) == (
        CommitmentStatus.SUSPENDED,
        StatusCause.FORCES_WITHDRAWAL,
    )
    assert escort.last_reason == "Retrait des forces de Tonka et Diré"
    assert escort.deadline == date(2019, 12, 31) and escort.needed == Decimal(17_600_000)
    assert got["Charte des jeunes"].deadline == date(2020, 3, 1)
    operation = got["Opération de sécurisation"]
    assert (operation.status, operation.needed) == (CommitmentStatus.ACTIVE, Decimal(2_500_000))
    with sample.db.read() as s:
        line = rs.need_infos(s, patrol.id)[0]
        log = cs.get_commitment(s, patrol.id, today=TODAY).status_log
    assert (line.description, line.category.value) == ("Besoin (FCFA)", "funding")
    assert log[0].source == "Import de suivi.xlsx"


def test_importing_the_same_file_again_changes_nothing(sample, tmp_path):
    path = old_tracker(tmp_path / "suivi.xlsx", GOOD_ROWS)
    mapping = propose(path)
    import_file(sample.db, sample.framework_id, path, mapping=mapping)
    before = counts(sample.db)
    again = import_file(sample.db, sample.framework_id, path, mapping=mapping)
    assert again.tally("commitments").unchanged == 4 and again.changes_count == 0
    assert counts(sample.db) == before


def test_what_cannot_be_read_is_reported_per_cell_and_nothing_is_written(sample, tmp_path):
    rows = [
        [1, "Patrouilles", "Patrouille", "CMA", "", "bientôt", "Réalisé", "2019-04-01", "à déterminer", ""],
        [2, "Escortes", "Escorte", "Inconnu", "", "31/12/2019", "Partiellement", None, "", ""],
        [3, "Médiation", "Dialogue", "CMA", "", "31/12/2019", "Suspendu", "2019-05-01", "", ""],
        [4, "", "Patrouille", "CMA", "", "", "", "", "", "texte sans engagement"],
    ]  # fmt: skip
    path = old_tracker(tmp_path / "suivi.xlsx", rows)
    before = counts(sample.db)
    report = import_file(sample.db, sample.framework_id, path, mapping=propose(path))
    found = sorted((i.row, i.column) for i in report.errors)
    assert found == [(5, "Besoin (FCFA)"), (5, "Échéance"), (6, "Responsable"), (6, "Statut"),
                     (7, "Observations"), (8, "Engagement")]  # fmt: skip
    messages = {(i.row, i.column): str(i.message) for i in report.errors}
    assert messages[(5, "Échéance")].startswith("«\u00a0bientôt\u00a0» n’est pas une date")
    assert "n’est pas un montant" in messages[(5, "Besoin (FCFA)")]
    assert "motif est obligatoire" in messages[(7, "Observations")]
    assert counts(sample.db) == before


def test_a_mapping_is_saved_as_json_and_applied_again(tmp_path):
    path = old_tracker(tmp_path / "suivi.xlsx", GOOD_ROWS)
    mapping = propose(path)
    edited = foreign.Mapping(
        mapping.sheet, mapping.header_row, mapping.headers, {1: "title", 3: "lead"}
    )
    json_file = tmp_path / "correspondance.json"
    foreign.save_mapping_file(edited, json_file)
    data = json.loads(json_file.read_text("utf-8"))
    assert data["columns"] == {"Engagement": "title", "Responsable": "lead"}
    with open_book(path) as book:
        assert foreign.load_mapping_file(book, json_file) == edited
    data["columns"]["Responsable du suivi"] = "lead"
    json_file.write_text(json.dumps(data), "utf-8")
    with open_book(path) as book, pytest.raises(ExchangeError, match="Responsable du suivi"):
        foreign.load_mapping_file(book, json_file)


def test_the_mapping_is_remembered_for_the_same_headers(db, tmp_path):
    path = old_tracker(tmp_path / "suivi.xlsx", GOOD_ROWS)
    inspection = importer.inspect(db, path)
    assert not inspection.is_tracker and not inspection.remembered
    chosen = foreign.Mapping(
        inspection.proposed.sheet, 4, inspection.proposed.headers, {1: "title", 6: "status"}
    )
    with db.write() as s:
        importer.remember_mapping(s, chosen)
    again = importer.inspect(db, old_tracker(tmp_path / "autre.xlsx", GOOD_ROWS[:1]))
    assert again.remembered and again.proposed.columns == {1: "title", 6: "status"}


def test_kind_and_status_columns_missing_are_said(sample, tmp_path):
    path = write_rows(
        tmp_path / "court.xlsx",
        [["Engagement", "Responsable"], ["Plaidoyer auprès de Bamako", "CMA"]],
    )
    report = import_file(sample.db, sample.framework_id, path, mapping=propose(path))
    assert report.applied
    warnings = [str(w.message) for w in report.issues if w.severity == Severity.WARNING]
    assert any("type «\u00a0Autre\u00a0»" in w for w in warnings) and any(
        "comme «\u00a0Prévu\u00a0»" in w for w in warnings
    )
    assert titles(sample)["Plaidoyer auprès de Bamako"].kind == CommitmentKind.OTHER


def test_a_workbook_without_a_header_row_is_refused(sample, tmp_path):
    path = write_rows(tmp_path / "notes.xlsx", [["Réunion du 15 mars"], ["Points divers", 12]])
    inspection = importer.inspect(sample.db, path)
    assert inspection.proposed is None
    with pytest.raises(ExchangeError, match="aucune de ses 30 premières lignes"):
        importer.run(sample.db, path, framework_id=sample.framework_id, state=JobState())


def test_the_field_words_of_a_foreign_tracker(sample, tmp_path):
    path = write_rows(
        tmp_path / "mots.xlsx",
        [
            ["Engagement", "Type", "Statut", "Date du statut", "Cause", "Observations"],
            ["Patrouilles Goundam", "Patrouille", "Suspendu", "01/05/2020", "retrait des FAMa",
             "Les FAMa ont quitté Goundam"],
            ["Redéploiement à Tonka", "Redéploiement des FDS", "en attente d'appui", "01/02/2020",
             "faute d'appui de Bamako", ""],
            ["Débat après l'assassinat", "Débat public", "Réalisé", "27/10/2018", None, ""],
            ["Opération Alafia", "Opération", "Suspendu", "01/04/2020", None,
             "Arrêtée faute de moyens matériels et financiers"],
            ["Escortes", "Escorte", "Suspendu", "01/05/2020", None, "Les escortes ont cessé"],
        ],
    )  # fmt: skip
    report = import_file(sample.db, sample.framework_id, path, mapping=propose(path))
    assert report.applied, [str(i) for i in report.errors]
    got = {t: (c.kind, c.status, c.last_cause) for t, c in titles(sample).items()}
    assert got == {
        "Patrouilles Goundam": (
            CommitmentKind.PATROL,
            CommitmentStatus.SUSPENDED,
            StatusCause.FORCES_WITHDRAWAL,
        ),
        "Redéploiement à Tonka": (
            CommitmentKind.REDEPLOYMENT,
            CommitmentStatus.AWAITING_SUPPORT,
            StatusCause.NO_CENTRAL_SUPPORT,
        ),
        "Débat après l'assassinat": (
            CommitmentKind.PUBLIC_DEBATE,
            CommitmentStatus.COMPLETED,
            None,
        ),
        "Opération Alafia": (
            CommitmentKind.OPERATION,
            CommitmentStatus.SUSPENDED,
            StatusCause.RESOURCES,
        ),  # read in the observations
        "Escortes": (
            CommitmentKind.ESCORT,
            CommitmentStatus.SUSPENDED,
            StatusCause.OTHER,
        ),  # no cause named anywhere
    }


def test_status_phrases_money_words_and_the_date_the_tracker_states(sample, tmp_path):
    path = write_rows(tmp_path / "suivi.xlsx", [
        ["Suivi des engagements — mise à jour du 12/02/2020"],
        ["Engagement", "Responsable", "Statut", "Début", "Besoin", "Secured", "Promis"],
        ["Patrouilles mixtes", "CMA", "Suspendu faute de moyens", "01/06/2019", 900_000, 0, 0],
        ["Escortes", "FAMa", "en attente de financement", "01/01/2020", 500_000, 0, 200_000],
        ["Comité de suivi", "CMA", "done", "avril 2019", None, None, None],
        ["Charte des jeunes", "Jeunes de Tombouctou", "ongoing", "01/05/2019", 300_000, 300_000, 0],
    ])  # fmt: skip
    mapping = propose(path)
    assert mapping.column_of("received") == 5 and mapping.column_of("pledged") == 6
    report = import_file(sample.db, sample.framework_id, path, mapping=mapping)
    assert report.applied, [str(e) for e in report.errors]
    assert report.as_of == date(2020, 2, 12)
    assert "12/02/2020" in str(report.warnings[0]) and "mise à jour du" in str(report.warnings[0])
    month = [w for w in report.warnings if w.row == 5]
    assert month and month[0].column == "Début" and "01/04/2019" in str(month[0])
    got = titles(sample)
    patrol = got["Patrouilles mixtes"]
    assert (patrol.status, patrol.last_cause) == (CommitmentStatus.SUSPENDED, StatusCause.RESOURCES)
    assert patrol.last_reason == "Suspendu faute de moyens"
    # decided, waiting for the means: « non mis en œuvre, en attente d'appui »
    assert got["Escortes"].status == CommitmentStatus.AWAITING_SUPPORT
    assert got["Comité de suivi"].status == CommitmentStatus.COMPLETED
    # statuses are dated by the tracker's date, never by the start date
    assert {c.status_since for c in got.values()} == {date(2020, 2, 12)}
    assert got["Charte des jeunes"].received == Decimal(300_000)


def test_statuses_are_dated_by_the_date_given_else_by_the_import_day(sample, tmp_path):
    path = write_rows(tmp_path / "suivi.xlsx", [
        ["Engagement", "Responsable", "Statut"], ["Patrouilles", "CMA", "En cours"],
    ])  # fmt: skip
    report = import_file(sample.db, sample.framework_id, path, mapping=propose(path), dry_run=True)
    assert report.as_of == TODAY and "--as-of" in str(report.warnings[0])
    report = import_file(
        sample.db, sample.framework_id, path, mapping=propose(path), as_of=date(2020, 6, 30)
    )
    assert titles(sample)["Patrouilles"].status_since == date(2020, 6, 30)


def test_a_title_repeated_further_down_updates_the_commitment_its_first_row_created(
    sample, tmp_path
):
    rows = [[1, "Escortes des FAMa", "Escorte", "FAMa", "", "2019-12-31", "En cours", "01/06/2019", "1 000 000", ""],
            [2, "Escortes des FAMa", "Escorte", "FAMa", "", "2019-12-31", "Suspendu", "01/09/2019", "1 000 000",
             "Retrait des forces de Tonka et Diré"]]  # fmt: skip
    path = old_tracker(tmp_path / "suivi.xlsx", rows)
    report = import_file(sample.db, sample.framework_id, path, mapping=propose(path))
    assert report.applied, [str(i) for i in report.errors]
    assert (report.tally("commitments").created, report.tally("commitments").updated) == (1, 1)
    escort = titles(sample)["Escortes des FAMa"]
    with sample.db.read() as s:
        log = cs.get_commitment(s, escort.id, today=TODAY).status_log
    assert [(c.to_status, c.changed_on) for c in log] == [
        (CommitmentStatus.ACTIVE, date(2019, 6, 1)),
        (CommitmentStatus.SUSPENDED, date(2019, 9, 1)),
    ]
