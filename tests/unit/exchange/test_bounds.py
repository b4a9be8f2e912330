"""A tracker with out-of-bounds cells (the issue's ``1e+308``, years 1900 and 9999, a formula
saved without its value) is refused cell by cell and changes nothing."""

from __future__ import annotations

import pytest

from secframe.exchange.import_report import Severity
from tests.fixtures.exchange import build_tracker, counts, edit, export_tracker, import_file, row_of

C = "Engagements"


@pytest.fixture
def tracker(sample):
    return build_tracker(sample)


@pytest.fixture
def exported(tracker, tmp_path):
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    return path


def errors(report):
    return {(i.sheet, i.row, i.column): str(i.message) for i in report.issues
            if i.severity == Severity.ERROR}  # fmt: skip


def test_extreme_amounts_dates_and_uncomputed_formulas_are_per_cell_errors(tracker, exported):
    before = counts(tracker.db)
    row = row_of(exported, C, "ID", tracker.patrol)
    line = row_of(exported, "Besoins", "ID engagement", tracker.patrol)
    edit(exported, C, {(row, "Début"): "01/01/1900", (row, "Échéance actuelle"): "31/12/9999",
                       (row, "Intitulé"): "=CONCATENATE(A1,B1)"})  # fmt: skip
    edit(exported, "Besoins", {(line, "Reçu"): 1e308, (line, "Coût unitaire"): 1e-300,
                               (line, "Quantité"): "=B2*2"})  # fmt: skip
    report = import_file(tracker.db, tracker.framework_id, exported)
    found = errors(report)
    assert set(found) == {
        (C, row, "Début"),
        (C, row, "Échéance actuelle"),
        (C, row, "Intitulé"),
        ("Besoins", line, "Reçu"),
        ("Besoins", line, "Coût unitaire"),
        ("Besoins", line, "Quantité"),
    }
    assert "01/01/1960" in found[(C, row, "Début")]
    assert "=CONCATENATE(A1,B1) n’a aucune valeur calculée" in found[(C, row, "Intitulé")]
    assert "1e+308" in found[("Besoins", line, "Reçu")]
    assert not report.applied
    assert counts(tracker.db) == before
