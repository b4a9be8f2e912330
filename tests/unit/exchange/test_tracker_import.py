"""Importing an exported tracker that a partner edited: updates by ID, new rows, the same
rules as in the app, and nothing written unless everything is right."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from secframe.exchange import importer
from secframe.exchange.import_report import ImportReport, Severity
from secframe.jobs import Cancelled, JobState
from secframe.models import CommitmentStatus, StatusCause
from secframe.services import commitments as cs
from secframe.services import resources as rs
from tests.fixtures.builders import TODAY
from tests.fixtures.exchange import (
    add_row,
    build_tracker,
    counts,
    edit,
    export_tracker,
    import_file,
    row_of,
)

C = "Engagements"


@pytest.fixture
def tracker(sample):
    return build_tracker(sample)


@pytest.fixture
def exported(tracker, tmp_path):
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    return path


def issues(report, severity=Severity.ERROR):
    return [
        (i.sheet, i.row, i.column, str(i.message)) for i in report.issues if i.severity == severity
    ]


def detail(tracker, ident):
    with tracker.db.read() as s:
        return cs.get_commitment(s, ident, today=TODAY)


def test_an_untouched_export_changes_nothing(tracker, exported):
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.issues == []
    assert report.changes_count == 0
    assert report.tally("commitments").unchanged == 4
    assert report.tally("resources").unchanged == 1


def test_tallies_read_with_thousands_separators():
    report = ImportReport(source="suivi.xlsx", kind="tracker")
    report.tally("commitments").updated = 5000
    assert report.tally_lines() == ["Engagements\u00a0: 5\u00a0000 modifié(s), 0 inchangé(s)"]


def test_edited_cells_update_the_commitment(tracker, exported):
    row = row_of(exported, C, "ID", tracker.charter)
    edit(exported, C, {(row, "Intitulé"): "Charte de bonne conduite des jeunes (révisée)",
                       (row, "Partenaires"): "CMA, FAMa", (row, "Niveau de mise en œuvre (0–3)"): 1,
                       (row, "Notes"): "Diffusée à la radio"})  # fmt: skip
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied and not report.has_errors
    assert report.tally("commitments").updated == 1
    d = detail(tracker, tracker.charter)
    assert d.row.title == "Charte de bonne conduite des jeunes (révisée)"
    assert {p.member_id for p in d.partners} == {tracker.sample.cma, tracker.sample.fama}
    assert d.row.implementation_level == 1
    assert d.outcome_notes == "Diffusée à la radio"
    said = [str(c) for c in report.changes]
    assert said == [
        "Engagements, ligne 3\u00a0: «\u00a0Charte de bonne conduite des jeunes\u00a0» — "
        "modifications\u00a0: Intitulé, Niveau de mise en œuvre (0–3), Notes, Partenaires."
    ], said


def test_a_status_change_goes_through_the_status_log_with_the_import_as_source(tracker, exported):
    row = row_of(exported, C, "ID", tracker.patrol)
    edit(exported, C, {(row, "Statut"): "Suspendu", (row, "Date du dernier changement de statut"): datetime(2019, 7, 15),
                       (row, "Cause"): "Manque de moyens", (row, "Motif"): "Plus de carburant"})  # fmt: skip
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied, issues(report)
    assert report.tally("status_changes").created == 1
    last = detail(tracker, tracker.patrol).status_log[-1]
    assert last.to_status == CommitmentStatus.SUSPENDED
    assert last.changed_on == date(2019, 7, 15)
    assert last.reason == "Plus de carburant"
    assert last.source == "Import de suivi.xlsx"
    assert any("statut En cours → Suspendu" in str(c) for c in report.changes)


def test_the_field_words_are_read_and_a_cause_must_fit_the_status(tracker, exported):
    row = row_of(exported, C, "ID", tracker.patrol)
    edit(exported, C, {(row, "Statut"): "Suspendu", (row, "Date du dernier changement de statut"): datetime(2019, 7, 15),
                       (row, "Cause"): "Engagement réalisé", (row, "Motif"): "Les FAMa sont parties"})  # fmt: skip
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert not report.applied
    assert [e[:3] for e in issues(report)] == [(C, row, "Cause")]
    edit(exported, C, {(row, "Cause"): "retrait des FAMa"})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied, issues(report)
    assert detail(tracker, tracker.patrol).status_log[-1].cause == StatusCause.FORCES_WITHDRAWAL
    row = row_of(exported, C, "ID", tracker.charter)
    edit(exported, C, {(row, "Statut"): "awaiting support", (row, "Date du dernier changement de statut"): datetime(2019, 7, 15),
                       (row, "Cause"): "faute d'appui de Bamako"})  # fmt: skip
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied, issues(report)
    last = detail(tracker, tracker.charter).status_log[-1]
    assert (last.to_status, last.cause) == (
        CommitmentStatus.AWAITING_SUPPORT,
        StatusCause.NO_CENTRAL_SUPPORT,
    )


def test_a_suspension_without_reason_is_an_error_for_that_row_and_nothing_is_written(
    tracker, exported
):
    before = counts(tracker.db)
    row = row_of(exported, C, "ID", tracker.patrol)
    charter_row = row_of(exported, C, "ID", tracker.charter)
    edit(exported, C, {(row, "Statut"): "Suspendu", (row, "Date du dernier changement de statut"): datetime(2019, 7, 15),
                       (row, "Cause"): "Manque de moyens",
                       (charter_row, "Intitulé"): "Charte modifiée"})  # fmt: skip
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert not report.applied
    assert (C, row, "Motif") in [e[:3] for e in issues(report)]
    assert any("motif est obligatoire" in e[3] for e in issues(report))
    assert counts(tracker.db) == before
    assert detail(tracker, tracker.charter).row.title == "Charte de bonne conduite des jeunes"


def test_a_status_change_needs_its_date(tracker, exported):
    row = row_of(exported, C, "ID", tracker.charter)
    edit(exported, C, {(row, "Statut"): "En cours"})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert [e[:3] for e in issues(report)] == [(C, row, "Date du dernier changement de statut")]


def test_editing_the_last_change_without_changing_the_status_is_reported(tracker, exported):
    row = row_of(exported, C, "ID", tracker.escort)
    edit(exported, C, {(row, "Motif"): "Autre motif"})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied and report.changes_count == 0
    assert [w[:3] for w in issues(report, Severity.WARNING)] == [(C, row, "Motif")]


def test_a_new_deadline_is_a_revision_with_its_reason(tracker, exported):
    row = row_of(exported, C, "ID", tracker.patrol)
    edit(exported, C, {(row, "Échéance actuelle"): datetime(2019, 9, 30)})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert [e[:3] for e in issues(report)] == [(C, row, "Motif du dernier report d’échéance")]
    edit(exported, C, {(row, "Motif du dernier report d’échéance"): "Saison des pluies"})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied
    d = detail(tracker, tracker.patrol)
    assert d.row.deadline == date(2019, 9, 30)
    assert d.revisions[-1].reason == "Saison des pluies"
    assert d.revisions[-1].source == "Import de suivi.xlsx"


def test_rows_without_id_become_new_commitments_once(tracker, exported):
    row = add_row(exported, C, {"Intitulé": "Points de contrôle à Tombouctou", "Type": "Poste de contrôle",
                               "Chef de file": "FAMa", "Statut": "Prévu", "Localité": "Tombouctou › Tombouctou",
                               "Échéance actuelle": datetime(2019, 6, 30)})  # fmt: skip
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied and report.tally("commitments").created == 1
    with tracker.db.read() as s:
        new = next(
            c
            for c in cs.list_commitments(s, tracker.framework_id, today=TODAY)
            if c.title.startswith("Points")
        )
    assert (new.kind.value, new.lead_member_id, new.deadline) == (
        "checkpoint",
        tracker.sample.fama,
        date(2019, 6, 30),
    )
    again = import_file(tracker.db, tracker.framework_id, exported)
    assert not again.applied
    assert issues(again)[0][:3] == (C, row, "Intitulé")
    assert "porte déjà cet intitulé" in issues(again)[0][3]


def test_unreadable_cells_are_reported_with_sheet_row_and_column(tracker, exported):
    row = row_of(exported, C, "ID", tracker.charter)
    edit(exported, C, {(row, "Statut"): "Presque fini", (row, "Début"): "bientôt",
                       (row, "Chef de file"): "Inconnus", (row, "Niveau de mise en œuvre (0–3)"): 7})  # fmt: skip
    report = import_file(tracker.db, tracker.framework_id, exported)
    found = {e[2]: e[3] for e in issues(report)}
    assert set(found) == {"Statut", "Début", "Chef de file", "Niveau de mise en œuvre (0–3)"}
    assert "«\u00a0Presque fini\u00a0» n’est pas compris" in found["Statut"]
    assert "n’est pas une date" in found["Début"]
    assert "n’est pas membre de ce cadre" in found["Chef de file"]
    assert all(e[1] == row for e in issues(report))


def test_calculated_columns_are_not_imported_and_say_so(tracker, exported):
    row = row_of(exported, C, "ID", tracker.patrol)
    edit(exported, C, {(row, "Reçu (FCFA)"): 999_999})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied and report.changes_count == 0
    assert [w[:3] for w in issues(report, Severity.WARNING)] == [(C, row, "Reçu (FCFA)")]


def test_resource_lines_are_updated_and_added(tracker, exported):
    row = row_of(exported, "Besoins", "ID engagement", tracker.patrol)
    edit(exported, "Besoins", {(row, "Reçu"): 300_000})
    add_row(exported, "Besoins", {"ID engagement": tracker.escort, "Catégorie": "Véhicules",
                                  "Quantité": 2, "Coût unitaire": "2 500 000 FCFA", "Bailleur": "Partenaire (illustratif)"})  # fmt: skip
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied, issues(report)
    assert (report.tally("resources").updated, report.tally("resources").created) == (1, 1)
    with tracker.db.read() as s:
        assert rs.need_infos(s, tracker.patrol)[0].received == 300_000
        added = rs.need_infos(s, tracker.escort)[0]
    assert (added.needed, added.provider) == (5_000_000, "Partenaire (illustratif)")


def test_a_tracker_of_the_previous_version_names_its_funders_fournisseur(tracker, exported):
    wb = load_workbook(exported)
    ws = wb["Besoins"]
    next(c for c in ws[1] if c.value == "Bailleur").value = "Fournisseur"  # as exported before
    wb.save(exported)
    row = row_of(exported, "Besoins", "ID engagement", tracker.patrol)
    edit(exported, "Besoins", {(row, "Fournisseur"): "Danemark"})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied, issues(report)
    with tracker.db.read() as s:
        assert rs.need_infos(s, tracker.patrol)[0].provider == "Danemark"


def test_edits_to_read_only_sheets_are_reported_not_imported(tracker, exported):
    row = row_of(exported, "Membres", "Sigle", "CMA")
    edit(exported, "Membres", {(row, "Nom"): "Nom changé"})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.changes_count == 0
    assert [w[:2] for w in issues(report, Severity.WARNING)] == [("Membres", row)]


def test_a_record_changed_since_the_export_is_a_conflict(tracker, exported):
    with tracker.db.write() as s:
        d = cs.get_commitment(s, tracker.charter, today=TODAY)
        cs.update_commitment(
            s, tracker.charter, d.to_input(), expected_version=d.version, today=TODAY
        )
    row = row_of(exported, C, "ID", tracker.charter)
    edit(exported, C, {(row, "Intitulé"): "Charte modifiée par un partenaire"})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert not report.applied
    assert issues(report)[0][1] == row and "après l’export" in issues(report)[0][3]


def test_a_workbook_of_another_framework_or_database_is_refused(tracker, exported, sample):
    from secframe.services import frameworks as fws

    with tracker.db.write() as s:
        other = fws.create_framework(s, fws.FrameworkInput(name="Autre cadre", short_name="AC")).id
    report = import_file(tracker.db, other, exported)
    assert "choisissez ce cadre" in issues(report)[0][3]
    with tracker.db.write() as s:
        from secframe.services.preferences import set_preference

        set_preference(s, "exchange.database_id", "another-database")
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert "autre base secframe" in issues(report)[0][3]


def test_dry_run_and_cancel_write_nothing(tracker, exported):
    row = row_of(exported, C, "ID", tracker.charter)
    edit(exported, C, {(row, "Intitulé"): "Charte modifiée"})
    before = counts(tracker.db)
    report = import_file(tracker.db, tracker.framework_id, exported, dry_run=True)
    assert report.tally("commitments").updated == 1 and not report.applied
    assert counts(tracker.db) == before

    class CancelAtTheEnd(JobState):
        def check(self) -> None:
            self.cancel()
            super().check()

    with pytest.raises(Cancelled):
        importer.run(
            tracker.db,
            exported,
            framework_id=tracker.framework_id,
            state=CancelAtTheEnd(),
            today=TODAY,
        )
    assert counts(tracker.db) == before
    assert detail(tracker, tracker.charter).row.title == "Charte de bonne conduite des jeunes"


def test_columns_added_by_a_partner_are_reported(tracker, exported):
    from openpyxl import load_workbook

    wb = load_workbook(exported)
    ws = wb[C]
    ws.cell(row=1, column=ws.max_column + 1, value="Commentaire du partenaire")
    ws.cell(row=2, column=ws.max_column, value="À voir")
    wb.save(exported)
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert [w[:3] for w in issues(report, Severity.WARNING)] == [
        (C, 1, "Commentaire du partenaire")
    ]


def test_english_workbook_imports_into_a_french_app(tracker, tmp_path):
    path = tmp_path / "tracker.xlsx"
    export_tracker(tracker, path, language="en")
    row = row_of(path, "Commitments", "ID", tracker.charter)
    edit(
        path,
        "Commitments",
        {(row, "Status"): "Active", (row, "Date of the last status change"): "15/10/2019"},
    )
    report = import_file(tracker.db, tracker.framework_id, path)
    assert report.applied, issues(report)
    assert detail(tracker, tracker.charter).row.status == CommitmentStatus.ACTIVE
