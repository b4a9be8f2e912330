"""Who can unblock a commitment and the next step, typed where a secretariat expects it: in
Change status… when the new status blocks the commitment, and later in the editor."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from secframe.models import CommitmentStatus, StatusCause
from secframe.services import commitments as cs
from tests.gui.helpers import commitment_editor, make_context, save_and_fail, save_and_wait

YESTERDAY = date.today() - timedelta(days=1)


@pytest.fixture
def context(sqlite_sample, tmp_path):
    return make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)


def _open(qtbot, context, commitment_id):
    editor = commitment_editor(context, commitment_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _detail(sample, commitment_id):
    with sample.db.read() as s:
        return cs.get_commitment(s, commitment_id)


def test_suspending_asks_who_can_unblock_and_the_next_step(qtbot, context, sqlite_sample):
    c = sqlite_sample.commitment("Escortes", status=CommitmentStatus.ACTIVE)
    editor = _open(qtbot, context, c.id)
    dialog = editor.change_status(CommitmentStatus.ACTIVE)
    qtbot.addWidget(dialog)
    assert not dialog.unblocking.isVisible()  # nothing to unblock while it runs
    dialog.status.set_value(CommitmentStatus.SUSPENDED)
    assert dialog.unblocking.isVisible()
    dialog.on.set_value(YESTERDAY)
    dialog.cause.set_value(StatusCause.FORCES_WITHDRAWAL)
    dialog.reason.setPlainText("Retrait des FAMa de Tonka et Diré")
    dialog.unblocking.unblock_by.setText("Autorités militaires à Bamako")
    dialog.unblocking.next_step_on.edit.setText("15/07/2099")
    save_and_fail(qtbot, dialog)  # a date without its step
    assert "15/07/2099" in dialog.errors.message("next_step")
    assert _detail(sqlite_sample, c.id).row.status == CommitmentStatus.ACTIVE
    dialog.unblocking.next_step.setPlainText("Courrier du Gouverneur demandant le retour des FAMa")
    save_and_wait(qtbot, dialog)
    saved = _detail(sqlite_sample, c.id).unblocking
    assert saved == cs.UnblockingInput(
        "Autorités militaires à Bamako",
        "Courrier du Gouverneur demandant le retour des FAMa",
        date(2099, 7, 15),
    )
    # the editor shows it at once, in its header and its tab, and has nothing unsaved
    assert "Autorités militaires à Bamako" in editor.flag_label.text()
    assert editor.form.unblocking.value() == saved
    assert not editor.is_dirty()


def test_the_next_step_is_changed_later_in_the_editor(qtbot, context, sqlite_sample):
    c = sqlite_sample.commitment(
        "Opération Alafia",
        status=CommitmentStatus.SUSPENDED,
        cause=StatusCause.RESOURCES,
        reason="Manque de moyens",
    )
    editor = _open(qtbot, context, c.id)
    assert "ne sont pas encore notés" in editor.flag_label.text()
    box = editor.form.unblocking
    box.unblock_by.setText("Partenaires du cadre (bailleurs)")
    box.next_step.setPlainText("Réunion des partenaires sur le reste à financer")
    box.next_step_on.edit.setText("31/02/2020")
    save_and_fail(qtbot, editor)
    assert editor.errors.message("next_step_on")
    assert _detail(sqlite_sample, c.id).unblocking == cs.UnblockingInput()
    box.next_step_on.edit.setText("31/07/2020")
    save_and_wait(qtbot, editor)
    assert _detail(sqlite_sample, c.id).unblocking == cs.UnblockingInput(
        "Partenaires du cadre (bailleurs)",
        "Réunion des partenaires sur le reste à financer",
        date(2020, 7, 31),
    )
