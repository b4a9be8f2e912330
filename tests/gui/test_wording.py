"""Texts a secretariat officer reads: no cut headers, no « — » for a missing date, menus whose
letters (Alt+letter) are unique, and empty lists that say why they are empty."""

from __future__ import annotations

from datetime import date

import pytest

from secframe.services import frameworks as fws
from secframe.services import meetings as ms
from secframe.ui.editors.needs import COLUMNS, NeedsEditor
from tests.gui.helpers import commitment_editor, make_context


def _deadline_text(qtbot, context, commitment_id: int) -> str:
    editor = commitment_editor(context, commitment_id)
    qtbot.addWidget(editor)
    dialog = editor.revise_deadline()
    qtbot.addWidget(dialog)
    return dialog.findChild(type(editor.deadline_label), "current_deadline").text()


def test_the_deadline_dialog_says_plainly_what_the_deadline_is(qtbot, sqlite_sample, tmp_path):
    context = make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)
    none = sqlite_sample.commitment("Sensibilisation")
    fixed = sqlite_sample.commitment("Patrouilles", original_deadline=date(2019, 6, 30))
    assert _deadline_text(qtbot, context, none.id) == "Pas encore d’échéance."
    assert _deadline_text(qtbot, context, fixed.id) == "Échéance actuelle\u00a0: 30/06/2019"


def test_needs_column_titles_are_not_cut(qtbot):
    editor = NeedsEditor([])
    qtbot.addWidget(editor)
    header = editor.table.horizontalHeader()
    for i in range(len(COLUMNS) - 1):  # the last one stretches
        title = editor.model.headerData(i, header.orientation())
        assert header.sectionSize(i) >= header.fontMetrics().horizontalAdvance(title) + 8, title


@pytest.mark.parametrize("language", ["fr", "en"])
def test_menu_letters_are_unique_in_each_menu(qtbot, demo_db, tmp_path, language):
    from secframe.ui.language import install_language
    from secframe.ui.main_window import MainWindow
    from secframe.ui.workers import wait_for_jobs

    install_language(language)

    with demo_db.read() as s:
        fid = fws.find_framework(s, "CGCS Tombouctou-Taoudéni").id
    window = MainWindow(make_context(demo_db, tmp_path, fid))
    qtbot.addWidget(window)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert len(menus) >= 5
    for menu in menus:
        letters = []
        for action in menu.actions():
            text = action.text().replace("&&", "")
            if "&" in text:
                letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (menu.title(), letters)
    wait_for_jobs(5000)


def test_an_empty_decision_list_says_what_to_do(qtbot, demo_db):
    from secframe.ui.context import AppContext
    from secframe.ui.meetings.decisions_panel import DecisionsPanel

    with demo_db.read() as s:
        fid = fws.find_framework(s, "CGCS Tombouctou-Taoudéni").id
        meetings = ms.list_meetings(s, fid)
    panel = DecisionsPanel(AppContext(demo_db))
    qtbot.addWidget(panel)
    panel.show()
    open_without = next(m for m in meetings if not m.decisions and not m.locked)
    panel.set_session(open_without, [], [])
    assert panel.empty.isVisible() and not panel.list.isVisible()
    assert "Ajouter une décision" in panel.empty.text()
    with_decisions = next(m for m in meetings if m.decisions)
    panel.set_session(with_decisions, [], [])
    assert panel.list.isVisible() and not panel.empty.isVisible()
    panel.set_session(None, [], [])
    assert panel.empty.text() == "Aucune session n’est sélectionnée."


def test_an_empty_revision_log_says_so(qtbot, sqlite_sample, tmp_path):
    context = make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)
    c = sqlite_sample.commitment("Patrouilles", original_deadline=date(2019, 6, 30))
    editor = commitment_editor(context, c.id)
    qtbot.addWidget(editor)
    assert editor.history.revision_box.title() == "Reports d’échéance — néant"
    dialog = editor.revise_deadline()
    qtbot.addWidget(dialog)
    titles = [box.title() for box in dialog.findChildren(type(editor.history.revision_box))]
    assert "Reports précédents — néant" in titles


def test_tab_goes_along_the_attendance_rows_before_the_buttons(qtbot):
    from secframe.services.meetings import AttendeeInput
    from secframe.ui.meetings.attendance import AttendanceEditor
    from secframe.ui.widgets.keyboard import input_of

    editor = AttendanceEditor()
    qtbot.addWidget(editor)
    editor.set_attendance((AttendeeInput(name="Personne A"), AttendeeInput(name="Personne B")), [])
    editor.add_row(AttendeeInput(name="Personne C"))
    cells = [input_of(editor.table.cellWidget(r, c)) for r in range(3) for c in range(3)]
    reached = []
    widget = editor.table.nextInFocusChain()
    while widget is not editor.add_button and widget is not editor.table:
        if widget in cells:
            reached.append(widget)
        widget = widget.nextInFocusChain()
    assert reached == cells  # row by row, left to right, then « Ajouter une personne »


def test_the_commitment_editor_actions_have_their_own_alt_letters(qtbot, sqlite_sample, tmp_path):
    from PySide6.QtWidgets import QAbstractButton

    context = make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)
    editor = commitment_editor(context, sqlite_sample.commitment("Patrouilles").id)
    qtbot.addWidget(editor)
    actions = (editor.status_button, editor.deadline_button, editor.handover_button)
    assert [b.text() for b in actions] == [
        "Changer le &statut…",
        "Reporter l’é&chéance…",
        "&Passation…",
    ]
    letters = [
        b.text().split("&")[1][0].lower()
        for b in editor.findChildren(QAbstractButton)
        if "&" in b.text().replace("&&", "")
    ]
    assert len(letters) == len(set(letters))


def test_a_framework_without_sessions_shows_none_and_says_so(qtbot, demo_db, tmp_path):
    from secframe.ui.meetings.page import MeetingsPage

    with demo_db.read() as s:
        timbuktu = fws.find_framework(s, "CGCS Tombouctou-Taoudéni").id
        gao = fws.find_framework(s, "CGCS Gao").id
    context = make_context(demo_db, tmp_path, timbuktu)
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert page.editor.place.text() == "Gouvernorat de Tombouctou"
    context.set_framework(gao)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.data is None, timeout=10_000)
    qtbot.waitUntil(page.banner.isVisible, timeout=10_000)
    assert page.editor.place.text() == "" and page.editor.attendance.table.rowCount() == 0
    assert page.banner.text().startswith("Aucune session enregistrée pour ce cadre")
    assert not page.has_unsaved_changes()
