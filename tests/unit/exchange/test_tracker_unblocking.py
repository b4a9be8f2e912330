"""Who can unblock a commitment, its next step and the step's date go out in the tracker's
Engagements sheet and come back in: kept when untouched, changed when a partner edits them,
refused at the cell when wrong."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from secframe.services import commitments as cs
from tests.fixtures.builders import TODAY
from tests.fixtures.exchange import add_row, build_tracker, export_tracker, import_file, row_of

C = "Engagements"
WHO, STEP, ON = "Qui peut débloquer", "Prochaine étape", "Date de la prochaine étape"
BAMAKO = cs.UnblockingInput(
    "Autorités militaires à Bamako", "Courrier du Gouverneur", date(2020, 7, 15)
)


@pytest.fixture
def tracker(sample):
    t = build_tracker(sample)
    with sample.db.write() as s:
        cs.record_unblocking(s, t.escort, BAMAKO)
    return t


@pytest.fixture
def exported(tracker, tmp_path):
    path = tmp_path / "suivi.xlsx"
    export_tracker(tracker, path)
    return path


def _unblocking(tracker, ident):
    with tracker.db.read() as s:
        return cs.get_commitment(s, ident, today=TODAY).unblocking


def _cells(path, row):
    ws = load_workbook(path)[C]
    headers = {c.value: c.column for c in ws[1]}
    return tuple(ws.cell(row=row, column=headers[h]).value for h in (WHO, STEP, ON))


def _set(path, row, values):
    wb = load_workbook(path)
    ws = wb[C]
    headers = {c.value: c.column for c in ws[1]}
    for head, value in values.items():
        ws.cell(row=row, column=headers[head], value=value)
    wb.save(path)


def test_the_export_shows_them_and_an_untouched_import_keeps_them(tracker, exported):
    row = row_of(exported, C, "ID", tracker.escort)
    who, step, on = _cells(exported, row)
    assert (who, step, on.date()) == (BAMAKO.unblock_by, BAMAKO.next_step, BAMAKO.next_step_on)
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.issues == [] and report.changes_count == 0
    assert _unblocking(tracker, tracker.escort) == BAMAKO


def test_a_partner_changes_the_next_step_in_excel(tracker, exported):
    row = row_of(exported, C, "ID", tracker.escort)
    _set(exported, row, {STEP: "Mission du cadre auprès de l’état-major", ON: datetime(2020, 8, 1)})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied and report.tally("commitments").updated == 1
    assert _unblocking(tracker, tracker.escort) == cs.UnblockingInput(
        BAMAKO.unblock_by, "Mission du cadre auprès de l’état-major", date(2020, 8, 1)
    )


def test_a_date_out_of_bounds_is_refused_at_its_cell_and_nothing_changes(tracker, exported):
    row = row_of(exported, C, "ID", tracker.escort)
    _set(exported, row, {WHO: "Partenaires", ON: datetime(1899, 12, 30)})
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert not report.applied
    assert [(i.row, i.column) for i in report.issues if i.row is not None] == [(row, ON)]
    assert _unblocking(tracker, tracker.escort) == BAMAKO


def test_a_new_row_brings_its_next_step(tracker, exported):
    add_row(exported, C, {"Intitulé": "Patrouilles Tombouctou – Goundam (2017)", "Type": "Patrouille",
                          "Statut": "Non mis en œuvre, en attente d’appui", WHO: "Bamako",
                          STEP: "Saisir Bamako par courrier", ON: datetime(2020, 7, 1)})  # fmt: skip
    report = import_file(tracker.db, tracker.framework_id, exported)
    assert report.applied, report.issues
    with tracker.db.read() as s:
        new = next(c for c in cs.list_commitments(s, tracker.framework_id, today=TODAY)
                   if c.title.endswith("(2017)"))  # fmt: skip
    assert _unblocking(tracker, new.id) == cs.UnblockingInput(
        "Bamako", "Saisir Bamako par courrier", date(2020, 7, 1)
    )
