"""Every problem of a form at once, each where it is; live totals that never reassure beside
a wrong cell; database faults said in the user's words with the window left usable."""

from __future__ import annotations

import sqlite3

from secframe.db import Database
from secframe.db import database as database_module
from secframe.services import commitments as cs
from tests.gui.helpers import commitment_editor, make_context, save_and_fail

PLEDGED, RECEIVED, QUANTITY = 7, 8, 2  # columns of the resource lines


def _open(qtbot, context, commitment_id=None):
    editor = commitment_editor(context, commitment_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _count(sample) -> int:
    with sample.db.read() as s:
        return len(cs.list_commitments(s, sample.framework_id))


def test_one_save_reports_every_problem_of_the_form(qtbot, context, sqlite_sample):
    editor = _open(qtbot, context)
    editor.form.title.setText("")  # required
    editor.form.start_date.edit.setText("01/05/2019")
    editor.form.deadline.edit.setText("01/04/2019")  # before the start
    editor.form.frequency.setText("x" * 250)  # longer than its column
    editor.needs.add_line()
    model = editor.needs.model
    model.setData(model.index(0, PLEDGED), "deux millions")  # unreadable (found here)
    model.setData(model.index(0, RECEIVED), "-500 000")  # out of bounds (found here)
    model.setData(model.index(0, QUANTITY), "2")
    save_and_fail(qtbot, editor)
    assert editor.errors.message("title") == "Le titre est obligatoire."
    assert "antérieure à la date de début" in editor.errors.message("original_deadline")
    assert "250 caractères, 200 au plus" in editor.errors.message("frequency")
    banner = editor.banner.text
    assert "Ligne 1, Promis\u00a0: Saisissez un montant en chiffres" in banner
    assert "Ligne 1, Reçu\u00a0:" in banner and "entre 0 et" in banner
    assert model.index(0, PLEDGED).data(3) and model.index(0, RECEIVED).data(3)  # outlined
    assert _count(sqlite_sample) == 0


def test_the_live_totals_flag_the_cells_they_leave_out(qtbot, context):
    editor = _open(qtbot, context)
    editor.needs.add_line()
    model = editor.needs.model
    model.setData(model.index(0, QUANTITY), "1")
    model.setData(model.index(0, 4), "1 000 000")
    model.setData(model.index(0, PLEDGED), "1 000 000")
    model.setData(model.index(0, RECEIVED), "1 000 000")
    assert "#1b7d3a" in editor.needs.totals_label.text()  # nothing to find: green
    editor.needs.add_line()
    model.setData(model.index(1, RECEIVED), "deux millions")
    text = editor.needs.totals_label.text()
    assert "#1b7d3a" not in text  # no green « Écart : 0 FCFA » beside a wrong cell
    assert "Non compté, à corriger\u00a0: ligne 2, Reçu" in text
    model.setData(model.index(1, RECEIVED), "-500 000")
    assert "ligne 2, Reçu" in editor.needs.totals_label.text()
    model.setData(model.index(1, RECEIVED), "500 000")
    assert "Non compté" not in editor.needs.totals_label.text()


def test_a_save_into_a_locked_database_says_so_and_leaves_the_editor_usable(
    qtbot, sqlite_sample, monkeypatch, tmp_path
):
    c = sqlite_sample.commitment("Patrouilles")
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.2)  # waits 0.2 s, not 5
    db = Database.open(sqlite_sample.db.location)
    editor = _open(qtbot, make_context(db, tmp_path, sqlite_sample.framework_id), c.id)
    editor.form.title.setText("Patrouilles conjointes")
    holder = sqlite3.connect(sqlite_sample.db.location, timeout=0.2)
    holder.execute("PRAGMA busy_timeout=200")
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    try:
        save_and_fail(qtbot, editor)
    finally:
        holder.rollback()
        holder.close()
    assert "verrouillée" in editor.banner.text and "réessayez" in editor.banner.text
    assert editor.save_button.isEnabled()  # no endless « Enregistrement… »
    editor.save()  # the other program is done: the same save now goes through
    qtbot.waitUntil(lambda: not editor.saving, timeout=5000)
    with db.read() as s:
        assert cs.get_commitment(s, c.id).row.title == "Patrouilles conjointes"
    db.close()
