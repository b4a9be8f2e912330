"""The commitment editor, driven as a secretariat officer would use it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from secframe.models import (
    CommitmentKind,
    CommitmentStatus,
    ResourceCategory,
    ResultUnit,
    StatusCause,
)
from secframe.services import commitments as cs
from secframe.services.resources import ResourceNeedInput, add_resource_need
from secframe.services.results import results_of
from secframe.ui.dialogs import ask
from tests.gui.helpers import commitment_editor, save_and_fail, save_and_wait

YESTERDAY = date.today() - timedelta(days=1)


def _open(qtbot, context, commitment_id=None):
    editor = commitment_editor(context, commitment_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _all(sample):
    with sample.db.read() as s:
        return cs.list_commitments(s, sample.framework_id)


def test_create_a_commitment_with_partners_place_and_needs(qtbot, context, sqlite_sample):
    editor = _open(qtbot, context)
    f = editor.form
    f.title.setText("Patrouilles Tombouctou–Goundam")
    f.kind.set_value(CommitmentKind.PATROL)
    f.lead.set_value(sqlite_sample.cma)
    f.partners.add_partner(sqlite_sample.fama, "relève")
    f.locality.set_value(sqlite_sample.cercle_id)
    f.frequency.setText("deux fois par jour")
    f.start_date.edit.setText("1/3/2019")
    f.deadline.edit.setText("01/04/2019")
    editor.initial_status.set_value(CommitmentStatus.ACTIVE)
    editor.initial_on.edit.setText("01/03/2019")
    editor.needs.add_line()
    model = editor.needs.model
    model.setData(model.index(0, 0), ResourceCategory.FUEL.value)
    model.setData(model.index(0, 2), "200")
    model.setData(model.index(0, 3), "litres")
    model.setData(model.index(0, 4), "750")
    model.setData(model.index(0, 8), "50 000")
    save_and_wait(qtbot, editor)
    (row,) = _all(sqlite_sample)
    assert row.title == "Patrouilles Tombouctou–Goundam"
    assert (row.lead_member, row.partners) == ("CMA", "FAMa")
    assert (row.start_date, row.deadline) == (date(2019, 3, 1), date(2019, 4, 1))
    assert row.status == CommitmentStatus.ACTIVE and row.status_since == date(2019, 3, 1)
    assert (row.needed, row.received, row.gap) == (Decimal(150000), Decimal(50000), Decimal(100000))
    assert editor.result_value.id == row.id


def test_invalid_input_is_refused_beside_the_field_and_nothing_is_written(
    qtbot, context, sqlite_sample
):
    editor = _open(qtbot, context)
    editor.form.start_date.edit.setText("01/05/2019")
    editor.form.deadline.edit.setText("01/04/2019")
    save_and_fail(qtbot, editor)
    assert editor.errors.message("title") == "Le titre est obligatoire."
    assert "antérieure à la date de début" in editor.errors.message("original_deadline")
    assert _all(sqlite_sample) == []
    editor.form.deadline.edit.setText("31/02/2019")  # not a date: refused before saving
    save_and_fail(qtbot, editor)
    assert editor.errors.message("original_deadline") == "Saisissez une date comme 15/03/2019."
    assert _all(sqlite_sample) == []


def test_a_negative_amount_is_shown_on_its_line_and_nothing_is_written(
    qtbot, context, sqlite_sample
):
    editor = _open(qtbot, context)
    editor.form.title.setText("Escortes")
    editor.needs.add_line()
    editor.needs.add_line()
    model = editor.needs.model
    model.setData(model.index(1, 4), "-5")
    save_and_fail(qtbot, editor)
    assert "Ligne 2" in editor.banner.text
    assert model.index(1, 4).data(3)  # the cell carries the message as its tooltip
    assert _all(sqlite_sample) == []


def test_live_totals_show_the_gap_in_fcfa(qtbot, context, sqlite_sample):
    editor = _open(qtbot, context)
    editor.needs.add_line()
    model = editor.needs.model
    model.setData(model.index(0, 2), "4")
    model.setData(model.index(0, 4), "1 500 000")
    model.setData(model.index(0, 7), "3000000")
    model.setData(model.index(0, 8), "2 000 000")
    text = editor.needs.totals_label.text()
    assert "Besoin\u00a0: 6\u00a0000\u00a0000\u00a0FCFA" in text
    assert "Écart\u00a0: 4\u00a0000\u00a0000\u00a0FCFA" in text
    assert model.index(0, 10).data() == "4\u00a0000\u00a0000\u00a0FCFA"
    editor.needs.add_line()
    model.setData(model.index(1, 2), "1")
    model.setData(model.index(1, 4), "10")
    model.setData(model.index(1, 5), "EUR")
    assert editor.needs.model.totals().gap == Decimal(4000000) + Decimal("6559.57")


def test_suspend_with_cause_and_reason_and_see_the_log(qtbot, context, sqlite_sample):
    c = sqlite_sample.commitment("Opération Alafia", status=CommitmentStatus.ACTIVE)
    editor = _open(qtbot, context, c.id)
    dialog = editor.change_status(CommitmentStatus.SUSPENDED)
    qtbot.addWidget(dialog)
    dialog.on.set_value(YESTERDAY)
    save_and_fail(qtbot, dialog)  # no cause, no reason
    assert dialog.errors.message("cause") == "Choisissez une cause."
    assert "motif est obligatoire" in dialog.errors.message("reason")
    assert _all(sqlite_sample)[0].status == CommitmentStatus.ACTIVE
    dialog.cause.set_value(StatusCause.RESOURCES)
    dialog.reason.setPlainText("Manque de moyens matériels et financiers")
    save_and_wait(qtbot, dialog)
    assert _all(sqlite_sample)[0].status == CommitmentStatus.SUSPENDED
    assert (
        "Suspendu depuis le" in editor.status_label.text()
        or "Suspendu" in editor.status_label.text()
    )
    log = editor.history.status_table
    assert log.item(0, 2).text() == "Suspendu"
    assert log.item(0, 4).text() == "Manque de moyens matériels et financiers"
    assert not editor.is_dirty()  # the change was saved on its own


def test_revise_a_deadline_with_its_reason(qtbot, context, sqlite_sample):
    c = sqlite_sample.commitment("Points de contrôle", original_deadline=date(2019, 6, 1))
    editor = _open(qtbot, context, c.id)
    dialog = editor.revise_deadline()
    qtbot.addWidget(dialog)
    dialog.new_deadline.edit.setText("30/06/2019")
    save_and_fail(qtbot, dialog)
    assert dialog.errors.message("reason") == "Un report d’échéance demande un motif."
    dialog.reason.setPlainText("Renforts attendus de Bamako")
    save_and_wait(qtbot, dialog)
    (row,) = _all(sqlite_sample)
    assert (row.original_deadline, row.deadline, row.revisions) == (
        date(2019, 6, 1),
        date(2019, 6, 30),
        1,
    )
    assert "30/06/2019" in editor.deadline_label.text()
    assert editor.history.revision_table.item(0, 4).text() == "Renforts attendus de Bamako"
    assert editor.form.deadline.edit.isReadOnly()


def test_closing_with_unsaved_changes_asks_first(qtbot, context, sqlite_sample, monkeypatch):
    c = sqlite_sample.commitment("Charte")
    editor = _open(qtbot, context, c.id)
    assert not editor.is_dirty()
    editor.form.title.setText("Charte de bonne conduite")
    answers = ["cancel", "discard"]
    asked = []
    monkeypatch.setattr(ask, "unsaved_changes", lambda parent: asked.append(1) or answers.pop(0))
    editor.reject()
    assert editor.isVisible() and len(asked) == 1
    editor.reject()
    assert not editor.isVisible()
    assert _all(sqlite_sample)[0].title == "Charte"


def test_an_edit_conflict_offers_to_reload(qtbot, context, sqlite_sample, monkeypatch):
    c = sqlite_sample.commitment("Charte")
    editor = _open(qtbot, context, c.id)
    with sqlite_sample.db.write() as s:  # someone else saves first
        cs.update_commitment(
            s,
            c.id,
            cs.CommitmentDetail.to_input(c).__class__(
                **{**c.to_input().__dict__, "title": "Charte (autre poste)"}
            ),
            expected_version=c.version,
        )
    editor.form.title.setText("Charte (ici)")
    monkeypatch.setattr(ask, "reload_after_conflict", lambda parent, text: True)
    save_and_fail(qtbot, editor)
    qtbot.waitUntil(lambda: editor.form.title.text() == "Charte (autre poste)", timeout=5000)
    assert _all(sqlite_sample)[0].title == "Charte (autre poste)"


def test_existing_lines_are_changed_and_removed_in_the_same_save(qtbot, context, sqlite_sample):
    c = sqlite_sample.commitment("Escortes")
    with sqlite_sample.db.write() as s:
        for cat in (ResourceCategory.FUEL, ResourceCategory.VEHICLES):
            add_resource_need(
                s, c.id, ResourceNeedInput(cat, quantity=Decimal(1), unit_cost=Decimal(100))
            )
    editor = _open(qtbot, context, c.id)
    model = editor.needs.model
    assert model.rowCount() == 2
    model.setData(model.index(0, 4), "300")
    model.remove_rows([1])
    save_and_wait(qtbot, editor)
    (row,) = _all(sqlite_sample)
    assert row.needed == Decimal(300)


def test_hand_over_to_another_member_keeps_both_records_linked(qtbot, context, sqlite_sample):
    c = sqlite_sample.commitment(
        "Patrouilles Tombouctou–Goundam",
        status=CommitmentStatus.ACTIVE,
        partners=(
            cs.PartnerInput(sqlite_sample.fama, "appui"),
            cs.PartnerInput(sqlite_sample.youth),
        ),
    )
    editor = _open(qtbot, context, c.id)
    dialog = editor.hand_over()
    qtbot.addWidget(dialog)
    save_and_fail(qtbot, dialog)
    assert dialog.errors.message("lead_member_id") == "Choisissez le membre qui prend la relève."
    dialog.lead.set_value(sqlite_sample.fama)
    dialog.title.setText("Escortes armées des forces de l'État")
    dialog.on.set_value(YESTERDAY)
    dialog.reason.setPlainText("Relève par les forces de l'État")
    save_and_wait(qtbot, dialog)
    old, new = sorted(_all(sqlite_sample), key=lambda r: r.id)
    assert old.status == CommitmentStatus.COMPLETED and old.last_cause == StatusCause.HANDOVER
    assert (new.predecessor_id, new.lead_member, new.partners) == (
        old.id,
        "FAMa",
        "Jeunes de Tombouctou",
    )
    assert new.status == CommitmentStatus.ACTIVE and new.start_date == YESTERDAY
    qtbot.waitUntil(lambda: "Réalisé" in editor.status_label.text(), timeout=5000)
    assert not editor.handover_button.isEnabled()


def test_the_status_dialog_offers_only_the_causes_that_fit(qtbot, context, sqlite_sample):
    c = sqlite_sample.commitment("Escortes", status=CommitmentStatus.ACTIVE)
    editor = _open(qtbot, context, c.id)
    dialog = editor.change_status(CommitmentStatus.SUSPENDED)
    qtbot.addWidget(dialog)
    offered = dialog.cause.offered()
    assert StatusCause.FORCES_WITHDRAWAL in offered and StatusCause.NO_CENTRAL_SUPPORT in offered
    assert StatusCause.COMPLETED not in offered and StatusCause.HANDOVER not in offered
    assert dialog.cause.itemData(2, Qt.ItemDataRole.ToolTipRole)  # each cause is defined
    dialog.status.set_value(CommitmentStatus.COMPLETED)
    assert dialog.cause.offered() == [StatusCause.COMPLETED]
    dialog.status.set_value(CommitmentStatus.AWAITING_SUPPORT)
    assert StatusCause.NO_CENTRAL_SUPPORT in dialog.cause.offered()
    dialog.status.set_value(CommitmentStatus.PLANNED)  # no cause makes sense: none is asked
    assert dialog.cause.offered() == [] and not dialog.cause.isVisibleTo(dialog)
    dialog.status.set_value(CommitmentStatus.SUSPENDED)
    assert dialog.cause.isVisibleTo(dialog)
    dialog.on.set_value(YESTERDAY)
    dialog.cause.set_value(StatusCause.FORCES_WITHDRAWAL)
    dialog.reason.setPlainText("Les FAMa ont quitté Tonka et Diré.")
    save_and_wait(qtbot, dialog)
    with sqlite_sample.db.read() as s:
        assert cs.get_commitment(s, c.id).status_log[-1].cause == StatusCause.FORCES_WITHDRAWAL


def test_a_new_commitment_asks_a_cause_only_when_its_status_allows_one(qtbot, context):
    editor = _open(qtbot, context)
    editor.initial_status.set_value(CommitmentStatus.ACTIVE)
    assert editor.initial_cause.isHidden()
    editor.initial_status.set_value(CommitmentStatus.AWAITING_SUPPORT)
    assert not editor.initial_cause.isHidden() and editor.initial_reason.isHidden()
    assert StatusCause.HANDOVER not in editor.initial_cause.offered()


def test_results_are_recorded_with_the_commitment(qtbot, context, sqlite_sample):
    c = sqlite_sample.commitment("Opération Alafia", status=CommitmentStatus.ACTIVE)
    editor = _open(qtbot, context, c.id)
    table = editor.results
    table.add(None)
    table.table.cellWidget(0, 0).set_value(date(2020, 4, 1))
    table.table.cellWidget(0, 1).setValue(20)
    table.table.cellWidget(0, 2).set_value(ResultUnit.ARRESTS)
    table.table.cellWidget(0, 3).setChecked(True)
    table.table.item(0, 4).setText("Une vingtaine d'arrestations de bandits")
    assert editor.is_dirty()
    save_and_wait(qtbot, editor)
    with sqlite_sample.db.read() as s:
        (result,) = results_of(s, c.id)
    assert (result.text(), result.notes) == (
        "~20 arrestations",
        "Une vingtaine d'arrestations de bandits",
    )
    editor = _open(qtbot, context, c.id)  # saving closed it: open it again
    assert editor.results.table.rowCount() == 1 and not editor.is_dirty()
    editor.results.table.selectRow(0)
    editor.results.remove_selected()
    save_and_wait(qtbot, editor)
    with sqlite_sample.db.read() as s:
        assert results_of(s, c.id) == []
