"""The exported tracker, opened with openpyxl as a partner's spreadsheet would open it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from secframe.exchange.tracker import export
from secframe.jobs import Cancelled, JobState
from tests.fixtures.exchange import (
    FORMULA_TITLE,
    INCIDENT_ACTORS,
    INCIDENT_DESCRIPTION,
    REP_NAME,
    REP_PHONE,
    build_tracker,
    export_tracker,
)

SHEETS_FR = [
    "Synthèse",
    "Fiche de suivi",
    "Engagements",
    "Besoins",
    "Historique des statuts",
    "Reports d’échéance",
    "Résultats",
    "Membres",
    "Sessions et décisions",
    "Incidents",
    "secframe",
]


@pytest.fixture
def tracker(sample):
    return build_tracker(sample)


@pytest.fixture
def book(tracker, tmp_path):
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    return load_workbook(path)


def rows_by_header(ws):
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:]]


def cell_of(ws, header, row=2):
    col = next(c.column for c in ws[1] if c.value == header)
    return ws.cell(row=row, column=col)


def test_sheets_in_french_opening_on_the_follow_up_sheet_and_the_ids_hidden(book):
    assert book.sheetnames == SHEETS_FR
    assert book.active.title == "Fiche de suivi"  # it opens on the sheet to print
    assert book["secframe"].sheet_state == "hidden"
    ws = book["Engagements"]
    version = next(c for c in ws[1] if c.value == "_version")
    assert ws.column_dimensions[version.column_letter].hidden


def test_commitment_rows_carry_real_dates_numbers_and_words(book, tracker):
    ws = book["Engagements"]
    rows = {r["ID"]: r for r in rows_by_header(ws)}
    patrol = rows[tracker.patrol]
    assert patrol["Intitulé"] == "Patrouilles sur l'axe Tombouctou – Goundam"
    assert patrol["Statut"] == "En cours"
    assert patrol["Type"] == "Patrouille"
    assert patrol["Chef de file"] == "CMA"
    assert patrol["Partenaires"] == "FAMa"
    assert patrol["Début"] == datetime(2019, 3, 1)
    assert patrol["Échéance initiale"] == datetime(2019, 3, 31)
    assert patrol["Échéance actuelle"] == datetime(2019, 6, 30)
    assert patrol["Reports"] == 1
    assert patrol["Motif du dernier report d’échéance"] == "Prolongation décidée en session"
    assert patrol["Niveau de mise en œuvre (0–3)"] == 2
    assert patrol["Besoin (FCFA)"] == 600_000
    assert patrol["Reçu (FCFA)"] == 150_000
    assert patrol["Écart (FCFA)"] == 450_000
    escort = rows[tracker.escort]
    assert (escort["Statut"], escort["Cause"]) == ("Suspendu", "Retrait des FDS")
    assert patrol["Résultats chiffrés"] == "~60 patrouilles menées"
    assert escort["Motif"] == "Retrait des forces de Tonka et Diré"
    row = next(i for i, r in enumerate(rows_by_header(ws), start=2) if r["ID"] == tracker.patrol)
    start, money = cell_of(ws, "Début", row), cell_of(ws, "Besoin (FCFA)", row)
    assert start.is_date and start.number_format == "dd/mm/yyyy"
    assert money.data_type == "n" and "FCFA" in money.number_format


def test_text_that_looks_like_a_formula_stays_text(book, tracker):
    for ws in book.worksheets:
        for row in ws.iter_rows():
            assert all(c.data_type != "f" for c in row), ws.title
    ws = book["Engagements"]
    row = next(i for i, r in enumerate(rows_by_header(ws), start=2) if r["ID"] == tracker.formula)
    title = cell_of(ws, "Intitulé", row)
    assert title.value == FORMULA_TITLE
    assert title.data_type == "s" and title.quotePrefix
    notes = cell_of(ws, "Notes", row)
    assert notes.value.startswith("+223") and notes.quotePrefix


def test_drop_down_lists_for_status_kind_and_cause(book):
    ws = book["Engagements"]
    lists = book["secframe"]
    by_column = {}
    for dv in ws.data_validations.dataValidation:
        column = str(dv.sqref).split(":")[0].rstrip("0123456789")
        by_column[ws[f"{column}1"].value] = dv
    status = by_column["Statut"]
    assert status.type == "list" and status.showErrorMessage
    ref = status.formula1.split("!")[1].replace("$", "")
    values = [c.value for row in lists[ref] for c in row]
    assert values == [
        "Prévu",
        "Non mis en œuvre, en attente d’appui",
        "En cours",
        "Suspendu",
        "Réalisé",
        "Abandonné",
    ]
    kind_ref = by_column["Type"].formula1.split("!")[1].replace("$", "")
    assert "Escorte armée" in [c.value for row in lists[kind_ref] for c in row]
    assert by_column["Cause"].type == "list"
    level = by_column["Niveau de mise en œuvre (0–3)"]
    assert (level.type, level.formula1, level.formula2) == ("whole", "0", "3")
    assert book["Besoins"].data_validations.dataValidation


def test_status_colours_come_with_the_word(book):
    ws = book["Engagements"]
    rules = [r for rng in ws.conditional_formatting for r in rng.rules]
    words = sorted(r.formula[0] for r in rules)
    assert words == sorted(
        f'"{w}"'
        for w in (
            "Prévu",
            "Non mis en œuvre, en attente d’appui",
            "En cours",
            "Suspendu",
            "Réalisé",
            "Abandonné",
        )
    )
    assert all(r.dxf.fill is not None for r in rules)


def test_print_setup_header_filter_and_widths(book):
    for name in SHEETS_FR[2:-1]:
        ws = book[name]
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9
        if name == "Engagements":  # too wide for one page: 80 % across pages, titles repeated
            assert not ws.sheet_properties.pageSetUpPr.fitToPage
            assert ws.page_setup.scale == 80 and ws.print_title_cols == "$A:$C"
            assert ws.print_area
        else:
            assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        assert (
            "&P" in ws.oddFooter.center.text and "Exporté le 31/12/2020" in ws.oddFooter.right.text
        )
        assert ws.freeze_panes in ("C2", "D2")
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws[1][0].font.b
    ws = book["Engagements"]
    title_width = ws.column_dimensions[cell_of(ws, "Intitulé").column_letter].width
    assert 20 <= title_width <= 40
    assert cell_of(ws, "Intitulé").alignment.wrap_text


def test_summary_has_figures_and_two_native_charts(book, tracker):
    ws = book["Synthèse"]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("Cadre de test de Tombouctou" in t for t in texts)
    assert "Engagements par statut" in texts
    assert len(ws._charts) == 2
    assert not any("expurgée" in t for t in texts)


def test_redacted_copy_leaves_out_personal_data_and_says_so(tracker, tmp_path):
    path = tmp_path / "expurge.xlsx"
    result = export_tracker(tracker, path, redact=True)
    assert result.redacted
    wb = load_workbook(path)
    everything = [
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value
    ]
    for secret in (REP_NAME, REP_PHONE, INCIDENT_DESCRIPTION, INCIDENT_ACTORS):
        assert not any(secret in v for v in everything), secret
    assert "Représentants" not in [c.value for c in wb["Membres"][1]]
    assert "Saisi par" not in [c.value for c in wb["Historique des statuts"][1]]
    assert not any("test-secretariat" in v for v in everything)  # who recorded the changes
    assert "Description" not in [c.value for c in wb["Incidents"][1]]
    summary = [c.value for row in wb["Synthèse"].iter_rows() for c in row if c.value]
    assert any(isinstance(v, str) and v.startswith("Copie expurgée") for v in summary)


def test_full_copy_holds_the_personal_data(book):
    members = rows_by_header(book["Membres"])
    assert any(
        REP_NAME in (r["Représentants"] or "") and REP_PHONE in r["Représentants"] for r in members
    )
    incidents = rows_by_header(book["Incidents"])
    assert incidents[0]["Description"] == INCIDENT_DESCRIPTION


def test_headers_and_values_in_english(tracker, tmp_path):
    path = tmp_path / "tracker.xlsx"
    export_tracker(tracker, path, language="en")
    wb = load_workbook(path)
    assert wb.sheetnames[:4] == ["Summary", "Follow-up sheet", "Commitments", "Resource needs"]
    rows = {r["ID"]: r for r in rows_by_header(wb["Commitments"])}
    assert rows[tracker.patrol]["Status"] == "Active"
    assert rows[tracker.escort]["Cause"] == "Withdrawal of the security forces"
    assert rows[tracker.patrol]["Results counted"] == "~60 patrols held"
    (result,) = rows_by_header(wb["Results"])
    assert (result["What is counted"], result["Result"]) == ("Patrols held", "~60 patrols held")
    row = next(
        i for i, r in enumerate(rows_by_header(wb["Commitments"]), 2) if r["ID"] == tracker.patrol
    )
    assert cell_of(wb["Commitments"], "Start", row).number_format == "d mmm yyyy"


def test_incidents_can_be_limited_to_a_period(tracker, tmp_path):
    path = tmp_path / "periode.xlsx"
    result = export_tracker(
        tracker, path, incidents_from=date(2019, 3, 1), incidents_to=date(2019, 12, 31)
    )
    assert result.counts["incidents"] == 0
    assert load_workbook(path)["Incidents"].max_row == 1


def test_text_longer_than_a_cell_is_kept_whole(sample, tmp_path):
    long_notes = "Compte rendu détaillé. " * 2000  # 46,000 characters
    sample.commitment("Engagement au long compte rendu", outcome_notes=long_notes)
    path = tmp_path / "long.xlsx"
    result = export.run(sample.db, sample.framework_id, path, export.ExportOptions(), JobState())
    assert result.long_texts == 1
    wb = load_workbook(path)
    assert "Textes longs" in wb.sheetnames
    parts = [r[2] for r in wb["Textes longs"].iter_rows(min_row=2, values_only=True)]
    assert "".join(parts) == long_notes.strip() or "".join(parts) == long_notes
    notes = rows_by_header(wb["Engagements"])[0]["Notes"]
    assert notes.endswith(" […]") and len(notes) <= 32_767


def test_cancel_while_writing_leaves_no_file(tracker, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()

    class CancelWhileSaving(JobState):
        def progress(self, done, total=0, message=None):
            if "Enregistrement" in str(message):
                self.cancel()
            super().progress(done, total, message)

    with pytest.raises(Cancelled):
        export.run(
            tracker.db, tracker.framework_id, folder / "annule.xlsx", export.ExportOptions(),
            CancelWhileSaving(),
        )  # fmt: skip
    assert list(folder.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_the_new_one_is_complete(tracker, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "suivi.xlsx"
    path.write_bytes(b"previous export")

    class FailWhileWriting(JobState):
        def progress(self, done, total=0, message=None):
            if "Enregistrement" in str(message):
                raise RuntimeError("power cut")
            super().progress(done, total, message)

    with pytest.raises(RuntimeError):
        export.run(
            tracker.db, tracker.framework_id, path, export.ExportOptions(), FailWhileWriting()
        )
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in folder.iterdir()] == ["suivi.xlsx"]


def test_amounts_in_euros_keep_their_currency(tracker, tmp_path):
    from decimal import Decimal

    from secframe.models import ResourceCategory
    from secframe.services import resources as rs

    with tracker.db.write() as s:
        rs.add_resource_need(
            s,
            tracker.escort,
            rs.ResourceNeedInput(
                category=ResourceCategory.FUNDING, unit_cost=Decimal("1500.50"), currency="EUR"
            ),
        )
    path = tmp_path / "euros.xlsx"
    export_tracker(tracker, path)
    ws = load_workbook(path)["Besoins"]
    rows = rows_by_header(ws)
    row = next(i for i, r in enumerate(rows, start=2) if r["Monnaie"] == "EUR")
    cost = cell_of(ws, "Coût unitaire", row)
    assert cost.value == 1500.5 and "€" in cost.number_format
    assert "FCFA" in cell_of(ws, "Coût unitaire", 2 if row != 2 else 3).number_format


def test_an_empty_framework_exports_and_imports_back(sample, tmp_path):
    from tests.fixtures.exchange import import_file

    path = tmp_path / "vide.xlsx"
    result = export.run(sample.db, sample.framework_id, path, export.ExportOptions(), JobState())
    assert result.counts["commitments"] == 0
    wb = load_workbook(path)
    assert wb["Engagements"].max_row == 1 and len(wb["Synthèse"]._charts) == 1
    report = import_file(sample.db, sample.framework_id, path)
    assert report.issues == [] and report.changes_count == 0


def test_a_period_that_ends_before_it_starts_is_refused(tracker, tmp_path):
    from secframe.exchange.errors import ExchangeError

    with pytest.raises(ExchangeError, match="se termine"):
        export_tracker(
            tracker,
            tmp_path / "x.xlsx",
            incidents_from=date(2020, 1, 1),
            incidents_to=date(2019, 1, 1),
        )


def test_results_and_member_roles_have_their_columns(book, tracker):
    (result,) = rows_by_header(book["Résultats"])
    assert result["ID engagement"] == tracker.patrol
    assert result["Date"] == datetime(2019, 3, 31)
    assert (result["Ce qui est compté"], result["Combien"], result["Approximatif"]) == (
        "Patrouilles menées",
        60,
        "Oui",
    )
    assert result["Résultat"] == "~60 patrouilles menées"
    lines = rows_by_header(book["Besoins"])
    assert "Bailleur" in lines[0]
    assert "Rôles" in rows_by_header(book["Membres"])[0]
