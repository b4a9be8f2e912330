"""Trackers laid out as people type them: a group row over sub-columns, hidden columns, formulas
never calculated, and text longer than its field."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook

from secframe.exchange import importer
from secframe.services import commitments as cs
from tests.fixtures.builders import TODAY
from tests.fixtures.exchange import dump, import_file
from tests.unit.exchange.test_foreign import propose


def two_header_rows(path, rows, *, hide=None, formula=None):
    wb = Workbook()
    ws = wb.active
    ws.title = "Suivi"
    ws["A1"] = "SUIVI DES ENGAGEMENTS DU CADRE"
    ws.merge_cells("A1:F1")
    ws.append(["Engagement", "Responsable", "Statut", "Ressources (FCFA)", None, "Note interne"])
    ws.append([None, None, None, "Besoin", "Mobilisé", None])
    ws.merge_cells("A2:A3")
    ws.merge_cells("D2:E2")
    for row in rows:
        ws.append(row)
    if hide:
        ws.column_dimensions[hide].hidden = True
    if formula:
        ws[formula] = "=D4*2"
    wb.save(path)
    return path


ROWS = [
    ["Patrouilles mixtes", "CMA", "En cours", "1 500 000", "500 000", "interne"],
    ["TOTAL", None, None, "1 500 000", "500 000", None],
]


def titles(sample):
    with sample.db.read() as s:
        return {c.title: c for c in cs.list_commitments(s, sample.framework_id, today=TODAY)}


def test_a_group_row_over_sub_columns_is_read_as_one_header(sample, tmp_path):
    mapping = propose(two_header_rows(tmp_path / "suivi.xlsx", ROWS))
    assert (mapping.header_row, mapping.header_rows) == (3, 2)
    assert mapping.headers[3:5] == ("Ressources (FCFA) › Besoin", "Ressources (FCFA) › Mobilisé")
    assert {mapping.columns[3], mapping.columns[4]} == {"needed", "received"}
    report = import_file(sample.db, sample.framework_id, tmp_path / "suivi.xlsx", mapping=mapping)
    assert report.applied and report.tally("commitments").created == 1
    patrol = titles(sample)["Patrouilles mixtes"]
    assert (patrol.needed, patrol.received) == (Decimal(1_500_000), Decimal(500_000))


def test_hidden_columns_are_left_out_unless_mapped(sample, tmp_path):
    path = two_header_rows(tmp_path / "suivi.xlsx", ROWS, hide="E")
    mapping = importer.inspect(sample.db, path).proposed
    assert mapping is not None
    assert 4 not in mapping.columns and mapping.columns[3] == "needed"


def test_a_formula_never_calculated_is_an_error_at_its_cell(sample, tmp_path):
    path = two_header_rows(tmp_path / "suivi.xlsx", ROWS, formula="E4")
    before = dump(sample.db)
    report = import_file(sample.db, sample.framework_id, path, mapping=propose(path))
    assert [(e.sheet, e.row, e.column) for e in report.errors] == [
        ("Suivi", 4, "Ressources (FCFA) › Mobilisé")
    ]
    assert "formule" in str(report.errors[0]) and "LibreOffice" in str(report.errors[0])
    assert dump(sample.db) == before


def test_a_title_longer_than_its_field_is_an_error_stating_the_limit(sample, tmp_path):
    long_title = "Patrouilles " + "très " * 80
    path = two_header_rows(tmp_path / "suivi.xlsx", [[long_title, "CMA", "En cours", "", "", ""]])
    before = dump(sample.db)
    report = import_file(sample.db, sample.framework_id, path, mapping=propose(path))
    assert [(e.row, e.column) for e in report.errors] == [(4, "Engagement")]
    assert "300" in str(report.errors[0]) and str(len(long_title.strip())) in str(report.errors[0])
    assert dump(sample.db) == before
