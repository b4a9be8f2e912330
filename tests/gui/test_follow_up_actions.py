"""The follow-up actions of decisions on the Sessions page: a locked session's actions are
followed up (marked done or dropped, late ones marked), an open session's are added, changed
and deleted; the next session's brief lists them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from secframe.models import ActionStatus
from secframe.services import briefing
from secframe.services import meetings as ms
from secframe.services import preparation as prep
from secframe.ui.meetings.page import MeetingsPage
from tests.gui.helpers import save_and_fail, save_and_wait, timbuktu_context

WAIT = 10_000


@pytest.fixture
def context(demo_db, tmp_path):
    return timbuktu_context(demo_db, tmp_path)


@pytest.fixture
def page(qtbot, context) -> MeetingsPage:
    widget = MeetingsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.data is not None, timeout=WAIT)
    return widget


def _select(qtbot, page, number):
    page.list.selectRow(next(i for i, m in enumerate(page.model.rows) if m.number == number))
    qtbot.waitUntil(
        lambda: page.data is not None and page.data.meeting.number == number, timeout=WAIT
    )


def _row(panel, what):
    return next(i for i, a in enumerate(panel.items) if a.what.startswith(what))


def test_a_locked_sessions_actions_are_followed_up_and_reach_the_next_brief(qtbot, page, context):
    _select(qtbot, page, 3)
    panel = page.decisions.follow_up
    assert page.decisions.current() is not None  # the first decision is selected
    assert len(panel.items) == 4
    late = _row(panel, "Rechercher auprès des partenaires")
    assert "en retard" in panel.table.item(late, 3).text()
    assert "en retard" not in panel.table.item(_row(panel, "Organiser"), 3).text()
    assert not panel.add_button.isEnabled()  # what was decided is fixed
    panel.table.selectRow(late)
    assert not panel.delete_button.isEnabled() and panel.done_button.isEnabled()
    dialog = panel.edit()  # where it stands, as learnt before session 4
    qtbot.addWidget(dialog)
    assert dialog.what.isReadOnly() and dialog.who.isReadOnly()
    dialog.status.set_value(ActionStatus.DONE)
    assert dialog.status_on.value() == date.today()  # a new status is dated today…
    dialog.status_on.edit.setText("15/05/2020")  # …unless dated otherwise
    save_and_wait(qtbot, dialog)

    def done(what):
        return any(a.status == ActionStatus.DONE and a.what.startswith(what)
                   for a in page.decisions.follow_up.items)  # fmt: skip

    qtbot.waitUntil(lambda: done("Rechercher"), timeout=WAIT)
    row = _row(panel, "Rechercher")
    assert "en retard" not in panel.table.item(row, 3).text()
    assert panel.table.item(row, 3).text() == "Réalisée le 15/05/2020"
    panel.table.selectRow(_row(panel, "Diffuser la charte"))
    panel.drop_button.click()
    qtbot.waitUntil(
        lambda: any(a.status == ActionStatus.DROPPED for a in page.decisions.follow_up.items),
        timeout=WAIT,
    )
    with context.db.read() as s:
        meeting_4 = next(m for m in ms.list_meetings(s, context.framework_id) if m.number == 4)
        brief = briefing.build_brief(s, meeting_4.id)
    actions = {a.what: a for line in brief.follow_up for a in line.actions}
    found = next(a for what, a in actions.items() if what.startswith("Rechercher"))
    assert (found.status, found.late) == (ActionStatus.DONE, False)


def test_an_open_sessions_actions_are_added_checked_changed_and_deleted(
    qtbot, page, context, monkeypatch
):
    m = page.data.meeting  # session 4, not locked
    with context.db.write() as s:
        ms.add_decision(s, m.id, "Saisir Bamako du retour des FAMa à Tonka et Diré.")
    context.notify_changed(ms_changes(m.id))
    qtbot.waitUntil(lambda: page.decisions.list.count() == 1 and not page.stale, timeout=WAIT)
    panel = page.decisions.follow_up
    dialog = panel.add()
    qtbot.addWidget(dialog)
    dialog.who.setText("Gouvernorat de Tombouctou")
    dialog.due_on.edit.setText("31/13/2020")
    save_and_fail(qtbot, dialog)
    assert dialog.errors.message("due_on")
    assert dialog.errors.message("what") == "Le texte est obligatoire."
    dialog.what.setPlainText("Écrire aux autorités militaires à Bamako")
    dialog.due_on.edit.setText("15/07/2020")
    save_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: len(panel.items) == 1, timeout=WAIT)
    with context.db.read() as s:
        (saved,) = next(iter(prep.actions_of_meeting(s, m.id).values()))
    assert (saved.what, saved.who, saved.due_on, saved.status) == (
        "Écrire aux autorités militaires à Bamako",
        "Gouvernorat de Tombouctou",
        date(2020, 7, 15),
        ActionStatus.TODO,
    )
    panel.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.delete_button.click()
    qtbot.waitUntil(lambda: panel.items == [], timeout=WAIT)


def ms_changes(meeting_id):
    from secframe.services.changes import MEETING, Changes

    return Changes.of(MEETING, meeting_id)


def test_deleting_a_decision_says_its_actions_go_with_it(qtbot, page, context, monkeypatch):
    m = page.data.meeting
    with context.db.write() as s:
        d = ms.add_decision(s, m.id, "Réunir les partenaires avant la fin juillet 2020.")
        for what in ("Inviter les bailleurs", "Préparer le budget"):
            prep.save_action(s, d.id, None, prep.ActionInput(what, "Secrétariat"))
    context.notify_changed(ms_changes(m.id))
    qtbot.waitUntil(lambda: len(page.decisions.follow_up.items) == 2, timeout=WAIT)
    asked: list[str] = []

    def question(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    page.decisions.delete()
    assert "Ses 2 actions de suivi sont supprimées avec elle." in asked[0]
    qtbot.waitUntil(lambda: page.decisions.list.count() == 0, timeout=WAIT)
    with context.db.read() as s:
        assert prep.actions_of_meeting(s, m.id) == {}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_new_dialogs_have_an_alt_letter_per_field(qtbot, page, context, language):
    from secframe.models import CommitmentStatus
    from secframe.services.lookups import load_lookups
    from secframe.ui.editors.status import StatusDialog
    from secframe.ui.language import install_language
    from secframe.ui.meetings.action_dialog import ActionDialog
    from tests.gui.keyboard import keyboard_problems

    install_language(language)
    with context.db.read() as s:
        lookups = load_lookups(s, context.framework_id)
    active = next(c for c in page.data.commitments if c.status == CommitmentStatus.ACTIVE)
    with context.db.read() as s:
        from secframe.services import commitments as cs

        detail = cs.get_commitment(s, active.id)
    status = StatusDialog(context, detail, lookups, initial=CommitmentStatus.SUSPENDED)
    action = ActionDialog(context, 1, 1, None, ["CMA"])
    for dialog in (status, action):
        qtbot.addWidget(dialog)
        dialog.show()
    assert status.unblocking.isVisible()
    assert keyboard_problems(status) == [] and keyboard_problems(action) == []
