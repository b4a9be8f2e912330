"""File › Export to Excel…, Import…, Import incidents…: menus, dialogs and the background jobs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox

from secframe.exchange import importer
from secframe.exchange.import_report import ImportReport, Severity
from secframe.services.commitments import get_commitment
from secframe.ui.context import AppContext
from secframe.ui.exchange import actions_of
from secframe.ui.exchange.export_dialog import ExportDialog
from secframe.ui.exchange.mapping_dialog import MappingDialog
from secframe.ui.exchange.preview_dialog import PreviewDialog
from secframe.ui.exchange.reconcile_dialog import ReconcileDialog
from secframe.ui.main_window import MainWindow
from tests.fixtures.exchange import build_tracker, counts, edit, export_tracker, row_of, write_rows


def _entry(window, name: str):
    """One of the exchange entries of the File menu."""
    return next(a for a in window.menu("file").actions() if a.objectName() == f"exchange_{name}")


@pytest.fixture
def window(qtbot, sqlite_sample, settings):
    w = MainWindow(AppContext(sqlite_sample.db, settings))
    qtbot.waitUntil(lambda: w.context.framework_id is not None, timeout=5000)  # read in the back
    qtbot.addWidget(w)
    return w


@pytest.fixture
def no_message_boxes(monkeypatch):
    shown = []

    def fake_exec(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_the_file_menu_gets_the_three_entries_in_the_group_before_quit(window):
    titles = [a.text() for a in window.menu("file").actions()]
    start = titles.index("&Exporter vers Excel…")
    assert titles[start : start + 4] == [
        "&Exporter vers Excel…",
        "&Importer…",
        "Importer &des incidents (ACLED)…",
        "",
    ]
    assert titles[-1] == "&Quitter"
    assert (
        window.menu("file")
        .actions()[-1]
        .shortcut()
        .matches(QKeySequence(QKeySequence.StandardKey.Quit))
        == QKeySequence.SequenceMatch.ExactMatch
    )


def test_export_dialog_collects_the_options(qtbot, settings, tmp_path):
    dialog = ExportDialog(settings, "CGCS Tombouctou-Taoudéni")
    qtbot.addWidget(dialog)
    assert dialog.path().name.startswith("CGCS-Tombouctou-Taoudéni-suivi-")
    dialog.path_edit.setText(str(tmp_path / "partenaires"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.redact.setChecked(True)
    dialog.limit.setChecked(True)
    options = dialog.options()
    assert dialog.path() == tmp_path / "partenaires.xlsx"
    assert (options.language, options.redact) == ("en", True)
    assert options.incidents_from is not None and options.incidents_from < options.incidents_to
    dialog.path_edit.setText(str(tmp_path / "absent" / "x.xlsx"))
    dialog.export_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "n’existe pas" in dialog.error.text()


def test_export_from_the_menu_writes_the_workbook_in_the_background(
    qtbot, window, tmp_path, monkeypatch, no_message_boxes
):
    target = tmp_path / "export.xlsx"

    def accept(dialog):
        dialog.path_edit.setText(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    _entry(window, "export").trigger()
    qtbot.waitUntil(lambda: bool(no_message_boxes), timeout=15_000)
    assert target.exists()
    assert "Le suivi a été enregistré" in no_message_boxes[0]


def report_with_problems() -> ImportReport:
    from secframe.exchange.import_report import text

    report = ImportReport(source="suivi.xlsx", kind="tracker")
    report.tally("commitments").updated = 1
    report.error(
        text("La date est obligatoire."), "Engagements", 5, "Date du dernier changement de statut"
    )
    report.warning(text("Ligne de total, laissée de côté."), "Suivi", 12)
    return report


def test_preview_lists_every_problem_and_blocks_import_on_errors(qtbot, qtmodeltester):
    dialog = PreviewDialog(report_with_problems(), "CT")
    qtbot.addWidget(dialog)
    model = dialog.issues.model()
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    first = [model.index(0, c).data() for c in range(5)]
    assert first == [
        "Erreur",
        "Engagements",
        "5",
        "Date du dernier changement de statut",
        "La date est obligatoire.",
    ]
    assert model.index(1, 0).data() == "Avertissement"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) != model.index(1, 0).data(
        Qt.ItemDataRole.BackgroundRole
    )
    assert not dialog.import_button.isEnabled()


def test_a_long_report_shows_quickly(qtbot, qtmodeltester):
    from secframe.exchange.import_report import text

    report = ImportReport(source="suivi.xlsx", kind="foreign")
    for n in range(5000):
        report.error(text("Texte illisible."), "Suivi", n + 2, "Échéance")
        report.change(text("Nouvel engagement."), "Suivi", n + 2)
    dialog = PreviewDialog(report, "CT")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.changes.model())
    assert dialog.issues.model().rowCount() == 5000


def test_preview_allows_import_when_there_are_changes_and_no_errors(qtbot):
    report = ImportReport(source="suivi.xlsx", kind="tracker")
    report.tally("commitments").created = 2
    dialog = PreviewDialog(report, "CT")
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()


def test_import_of_an_edited_tracker_after_the_preview(
    qtbot, window, sqlite_sample, tmp_path, monkeypatch
):
    tracker = build_tracker(sqlite_sample)
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    row = row_of(path, "Engagements", "ID", tracker.charter)
    edit(path, "Engagements", {(row, "Notes"): "Relue en session"})
    seen: list[ImportReport] = []

    def accept_preview(dialog):
        seen.append(dialog.report)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreviewDialog, "exec", accept_preview)
    actions_of(window).import_workbook(path)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=15_000)
    preview, done = seen
    assert not preview.applied and preview.tally("commitments").updated == 1
    assert done.applied
    with sqlite_sample.db.read() as s:
        assert get_commitment(s, tracker.charter).outcome_notes == "Relue en session"


def test_cancelled_preview_writes_nothing(qtbot, window, sqlite_sample, tmp_path, monkeypatch):
    tracker = build_tracker(sqlite_sample)
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    edit(path, "Engagements", {(row_of(path, "Engagements", "ID", tracker.charter), "Notes"): "X"})
    before = counts(sqlite_sample.db)
    seen = []
    monkeypatch.setattr(
        PreviewDialog, "exec", lambda d: seen.append(d) or QDialog.DialogCode.Rejected
    )
    actions_of(window).import_workbook(path)
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    assert counts(sqlite_sample.db) == before


def foreign_file(tmp_path: Path) -> Path:
    return write_rows(tmp_path / "ancien.xlsx", [
        ["SUIVI DES ENGAGEMENTS"], [],
        ["Engagement", "Responsable", "Échéance", "Statut", "Besoin (FCFA)", "Observations"],
        ["Plaidoyer auprès de Bamako", "CMA", "mars 2020", "En cours", "1 500 000", ""],
        ["Points de contrôle", "FAMa", "30/06/2019", "Réalisé", "", ""],
    ])  # fmt: skip


def test_mapping_dialog_proposes_and_lets_the_user_correct(qtbot, sqlite_sample, tmp_path):
    inspection = importer.inspect(sqlite_sample.db, foreign_file(tmp_path))
    dialog = MappingDialog(inspection)
    qtbot.addWidget(dialog)
    assert dialog.header_row.value() == 3
    assert dialog.mapping().columns == {
        0: "title",
        1: "lead",
        2: "deadline",
        3: "status",
        4: "needed",
        5: "observations",
    }
    assert "Plaidoyer auprès de Bamako" in dialog.table.item(0, 1).text()
    box = dialog.table.cellWidget(0, 2)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData("ignore"))
    assert not dialog.ok.isEnabled() and "intitulés" in dialog.warning.text()
    box.setCurrentIndex(box.findData("title"))
    assert dialog.ok.isEnabled()
    dialog.header_row.setValue(1)
    assert dialog.mapping().columns == {}


def test_foreign_import_remembers_the_mapping_in_the_database(
    qtbot, window, sqlite_sample, tmp_path, monkeypatch
):
    path = foreign_file(tmp_path)
    previews: list[ImportReport] = []

    def keep_mapping_but_drop_observations(dialog):
        box = dialog.table.cellWidget(5, 2)
        box.setCurrentIndex(box.findData("ignore"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MappingDialog, "exec", keep_mapping_but_drop_observations)
    monkeypatch.setattr(ReconcileDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        PreviewDialog, "exec", lambda d: previews.append(d.report) or QDialog.DialogCode.Rejected
    )
    actions_of(window).import_workbook(path)
    qtbot.waitUntil(lambda: bool(previews), timeout=15_000)
    assert previews[0].tally("commitments").created == 2
    assert not [i for i in previews[0].issues if i.severity == Severity.ERROR]
    again = importer.inspect(sqlite_sample.db, path)
    assert again.remembered and "observations" not in again.proposed.columns.values()


def test_acled_import_from_the_menu_after_its_preview(
    qtbot, window, sqlite_sample, tmp_path, monkeypatch
):
    from secframe.services.incidents import IncidentFilter, count_incidents
    from secframe.ui.exchange.actions import IncidentOptionsDialog

    path = tmp_path / "acled.csv"
    path.write_text(
        "event_id_cnty,event_date,event_type,sub_event_type,admin1,admin2,admin3,location,fatalities\n"
        "MLI8001,15 March 2019,Violence against civilians,Attack,Timbuktu,Goundam,Tonka,Tonka,0\n"
        "MLI8002,2019-03-16,Battles,Armed clash,Gao,Gao,Gao,Gao,1\n",
        "utf-8",
    )

    def far_from_no_axis(dialog):
        assert dialog.axis_km.value() == 5.0  # the default distance to an axis
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(IncidentOptionsDialog, "exec", far_from_no_axis)
    reports: list[ImportReport] = []
    monkeypatch.setattr(
        PreviewDialog, "exec", lambda d: reports.append(d.report) or QDialog.DialogCode.Accepted
    )
    actions_of(window).import_incidents(path)
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=15_000)
    preview, done = reports
    assert not preview.applied and preview.tally("incidents").created == 1  # Gao is left out
    assert done.applied
    with sqlite_sample.db.read() as s:
        assert count_incidents(s, IncidentFilter(framework_id=sqlite_sample.framework_id)) == 1


def test_unknown_names_are_matched_in_a_step_of_the_import_dialog(
    qtbot, window, sqlite_sample, tmp_path, monkeypatch
):
    path = write_rows(tmp_path / "suivi.xlsx", [
        ["Suivi des engagements — mise à jour du 12/02/2020"],
        ["Engagement", "Responsable", "Partenaires", "Statut"],
        ["Patrouilles mixtes", "Forces armées", "Gendarmerie; Police", "En cours"],
    ])  # fmt: skip
    seen: dict[str, object] = {}
    previews: list[ImportReport] = []

    def look_and_accept(dialog):
        qtbot.addWidget(dialog)
        rows = {dialog.table.item(n, 0).text(): dialog.table.cellWidget(n, 3) for n in range(dialog.table.rowCount())}  # fmt: skip
        seen["rows"] = {name: box.currentText() for name, box in rows.items()}
        seen["date"] = dialog.status_date()
        police = rows["Police"]
        police.setCurrentIndex(police.findData(""))  # left unknown: an error at its cell
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MappingDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ReconcileDialog, "exec", look_and_accept)
    monkeypatch.setattr(
        PreviewDialog, "exec", lambda d: previews.append(d.report) or QDialog.DialogCode.Rejected
    )
    actions_of(window).import_workbook(path)
    qtbot.waitUntil(lambda: bool(previews), timeout=15_000)
    assert seen["rows"]["Forces armées"].startswith("FAMa (")  # the best match is chosen
    assert seen["rows"]["Gendarmerie"] == "Créer «\u00a0Gendarmerie\u00a0»"  # no good match
    assert str(seen["date"]) == "2020-02-12"  # the date the tracker states
    report = previews[0]
    assert report.as_of is not None and report.as_of.isoformat() == "2020-02-12"
    assert [(e.row, e.column) for e in report.errors] == [(3, "Partenaires")]
    assert "Police" in str(report.errors[0])


def test_a_window_without_a_framework_selector_reads_the_name_in_the_background(
    qtbot, sqlite_sample, tmp_path, monkeypatch
):
    import threading

    from PySide6.QtWidgets import QWidget

    from secframe.ui.exchange.actions import ExchangeActions
    from tests.gui.helpers import make_context

    context = make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)
    assert context.framework_short_names == {}  # no selector read the frameworks
    host = QWidget()
    qtbot.addWidget(host)
    actions = ExchangeActions(host, context)
    shown: list[QDialog] = []
    monkeypatch.setattr(actions, "_exec", lambda d: shown.append(d) or QDialog.DialogCode.Rejected)
    on_ui_thread: list[object] = []
    real_read = sqlite_sample.db.read
    ui_thread = threading.current_thread()
    monkeypatch.setattr(
        sqlite_sample.db,
        "read",
        lambda *a, **k: (
            (threading.current_thread() is ui_thread and on_ui_thread.append(1))
            or real_read(*a, **k)
        ),
    )
    actions.export()
    assert shown == []  # the name is read in the background first
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    assert on_ui_thread == []
    assert isinstance(shown[0], ExportDialog)
    assert shown[0].path().name.startswith("CT-")  # the framework's short name
