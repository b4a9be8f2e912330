"""Member pickers: typed without accents or capitals, shown with their full name and category,
chosen with the keyboard or one click, wherever a member is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCompleter

from secframe.models import CommitmentStatus
from secframe.services import commitments as cs
from secframe.services.lookups import load_lookups
from secframe.ui.editors.handover import HandoverDialog
from secframe.ui.language import install_language
from secframe.ui.pages.commitments import CommitmentsPage
from secframe.ui.widgets.member_picker import MemberPicker
from tests.gui.helpers import commitment_editor, timbuktu_context, wait_ready

WORDS = {
    "fr": {"fama": "FAMa — Forces armées maliennes · Forces de défense et de sécurité",
           "problem": "Choisissez un membre dans la liste."},
    "en": {"fama": "FAMa — Forces armées maliennes · Defence and security forces",
           "problem": "Choose a member from the list."},
}  # fmt: skip


def _ids(context) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with context.db.read() as s:
        lookups = load_lookups(s, context.framework_id)
    return {m.label: m.id for m in lookups.members}


def _suggested(picker: MemberPicker) -> list[str]:
    model = picker.completer.completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _type(qtbot, picker: MemberPicker, text: str) -> None:  # type: ignore[no-untyped-def]
    picker.edit.setFocus()
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, text)
    qtbot.waitUntil(picker.popup.isVisible, timeout=3000)


@pytest.fixture
def editor(qtbot, demo_db, tmp_path):  # type: ignore[no-untyped-def]
    context = timbuktu_context(demo_db, tmp_path)
    dialog = commitment_editor(context, None)
    qtbot.addWidget(dialog)
    wait_ready(qtbot, dialog)
    dialog.show()
    dialog.activateWindow()
    return dialog


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_lead_is_found_without_accents_and_chosen_with_enter(
    qtbot, demo_db, tmp_path, language
):
    install_language(language)
    context = timbuktu_context(demo_db, tmp_path)
    dialog = commitment_editor(context, None)
    qtbot.addWidget(dialog)
    wait_ready(qtbot, dialog)
    dialog.show()
    lead = dialog.form.lead
    _type(qtbot, lead, "fama")
    assert _suggested(lead) == [WORDS[language]["fama"]]  # short name, full name, category
    qtbot.keyClick(lead.popup, Qt.Key.Key_Return)
    assert lead.value() == _ids(context)["FAMa"]
    assert lead.edit.text() == "FAMa" and lead.problem() is None

    _type(qtbot, lead, "ARMEES")  # the full name, in capitals, without its accent
    assert WORDS[language]["fama"] in _suggested(lead)
    qtbot.keyClick(lead.popup, Qt.Key.Key_Escape)
    assert not lead.popup.isVisible()
    assert lead.value() is None  # typing over the member unchose it: nothing chosen behind
    assert lead.problem() == WORDS[language]["problem"]
    assert dialog.problems()["lead_member_id"] == WORDS[language]["problem"]


def test_arrows_move_and_one_click_chooses(qtbot, editor) -> None:
    ids = _ids(editor.context)
    lead = editor.form.lead
    _type(qtbot, lead, "defense")  # every member of the category « Forces de défense… »
    suggested = _suggested(lead)
    assert len(suggested) >= 2
    assert all("défense" in s for s in suggested)
    popup = lead.popup
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert lead.edit.text() == suggested[1].split(" — ")[0]

    _type(qtbot, lead, "cma")
    index = lead.completer.completionModel().index(0, 0)
    assert index.data().startswith("CMA — Coordination des mouvements de l")
    qtbot.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center()
    )
    assert lead.value() == ids["CMA"]
    assert not popup.isVisible()


def test_the_list_button_offers_every_member(qtbot, editor) -> None:
    lead = editor.form.lead
    qtbot.mouseClick(lead.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lead.popup.isVisible, timeout=3000)
    assert len(_suggested(lead)) == len(_ids(editor.context))
    top_left = lead.popup.mapToGlobal(QPoint(0, 0))
    field = lead.edit.mapToGlobal(QPoint(0, lead.edit.height()))
    assert abs(top_left.y() - field.y()) <= 4  # opens under the field


def test_partners_are_typed_too(qtbot, editor) -> None:
    ids = _ids(editor.context)
    partners = editor.form.partners
    partners.add_partner(None, "")
    picker = partners.pickers()[-1]
    _type(qtbot, picker, "GENDARMERIE")
    assert _suggested(picker)[0].startswith("Gendarmerie — Gendarmerie nationale")
    qtbot.keyClick(picker.popup, Qt.Key.Key_Return)
    assert [p.member_id for p in partners.value()] == [ids["Gendarmerie"]]


def test_the_funder_of_a_line_is_typed_and_a_name_not_a_member_is_kept(qtbot, editor) -> None:
    ids = _ids(editor.context)
    editor.tabs.setCurrentWidget(editor.needs)
    editor.needs.add_line()
    table, model = editor.needs.table, editor.needs.model
    funder = model.index(0, 6)
    table.setCurrentIndex(funder)
    table.edit(funder)
    picker = QApplication.focusWidget().parent()
    assert isinstance(picker, MemberPicker)
    _type(qtbot, picker, "fama")
    qtbot.keyClick(picker.popup, Qt.Key.Key_Return)
    assert model.lines[0].provider_member_id == ids["FAMa"]
    table.setCurrentIndex(model.index(0, 1))  # leaving the cell keeps the choice
    assert funder.data() == "FAMa"

    table.setCurrentIndex(funder)
    table.edit(funder)
    picker = QApplication.focusWidget().parent()
    picker.edit.selectAll()
    qtbot.keyClicks(picker.edit, "Ambassade (illustratif)")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    line = model.lines[0]
    assert (line.provider_member_id, line.provider_name) == (None, "Ambassade (illustratif)")


def test_the_member_taking_over_is_typed(qtbot, demo_db, tmp_path) -> None:
    context = timbuktu_context(demo_db, tmp_path)
    ids = _ids(context)
    with demo_db.read() as s:
        lookups = load_lookups(s, context.framework_id)
        row = next(
            r for r in cs.list_commitments(s, context.framework_id) if r.lead_member == "CMA"
        )
        detail = cs.get_commitment(s, row.id)
    dialog = HandoverDialog(context, detail, lookups)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.lead, "c")
    assert not any(s.startswith("CMA ") for s in _suggested(dialog.lead))  # not to itself
    _type(qtbot, dialog.lead, "fama")
    qtbot.keyClick(dialog.lead.popup, Qt.Key.Key_Return)
    assert dialog.collect().lead_member_id == ids["FAMa"]


def test_the_member_filter_of_the_list_is_typed(qtbot, demo_db, tmp_path) -> None:
    context = timbuktu_context(demo_db, tmp_path)
    page = CommitmentsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.lookups is not None, timeout=10_000)
    everything = page.proxy.rowCount()
    _type(qtbot, page.member_filter, "fama")
    qtbot.keyClick(page.member_filter.popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: 0 < page.proxy.rowCount() < everything, timeout=10_000)
    assert "membre\u00a0: FAMa" in page.filter_summary()
    page.clear_filters()
    assert page.member_filter.value() is None and page.member_filter.edit.text() == ""


def test_the_members_present_at_a_session_are_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from secframe.services.meetings import AttendeeInput
    from secframe.ui.meetings.attendance import AttendanceEditor
    from tests.gui.helpers import member_infos

    members = member_infos((1, "CMA", "Coordination des mouvements de l'Azawad"),
                           (2, "FAMa", "Forces armées maliennes"),
                           (3, "Gendarmerie", "Gendarmerie nationale"))  # fmt: skip
    editor = AttendanceEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.set_attendance((AttendeeInput(name="Personne A (illustratif)"),), members)
    editor.add_every_member()
    assert [a.member_id for a in editor.value()] == [None, 1, 2, 3]
    assert editor.counts.text().startswith("Présents\u00a0: 4 —")  # counted once, at the end
    picker = editor.table.cellWidget(0, 0)
    _type(qtbot, picker, "armees")
    qtbot.keyClick(picker.popup, Qt.Key.Key_Return)
    assert editor.value()[0].member_id == 2


def test_free_text_fields_suggest_members_without_accents(qtbot, demo_db, tmp_path) -> None:
    """« Who can unblock it » and a follow-up action's « Who » stay free text, but suggest the
    framework's members as the lists find them (« gendarmerie », « forces »)."""
    from secframe.ui.editors.status import StatusDialog
    from secframe.ui.meetings.action_dialog import ActionDialog

    context = timbuktu_context(demo_db, tmp_path)
    with demo_db.read() as s:
        lookups = load_lookups(s, context.framework_id)
        active = next(r for r in cs.list_commitments(s, context.framework_id) if r.status.is_open)
        detail = cs.get_commitment(s, active.id)
    status = StatusDialog(context, detail, lookups, initial=CommitmentStatus.SUSPENDED)
    action = ActionDialog(context, 1, 1, None, ["Gendarmerie", "Gouvernorat de Tombouctou"])
    for field, typed, expected in (
        (status.unblocking.unblock_by, "GENDARM", "Gendarmerie"),
        (action.who, "gouvernorat tomb", "Gouvernorat de Tombouctou"),
    ):
        dialog = field.window()
        qtbot.addWidget(dialog)
        dialog.show()
        field.setFocus()
        qtbot.keyClicks(field, typed)
        completer = field.findChild(QCompleter)
        qtbot.waitUntil(completer.popup().isVisible, timeout=3000)
        model = completer.completionModel()
        assert model.index(0, 0).data() == expected
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
        assert field.text() == expected
    field.setText("Le chef de village de Ber (illustratif)")  # still free text
    assert action.who.text() == "Le chef de village de Ber (illustratif)"


def test_a_frozen_picker_shows_its_member_and_offers_no_other(qtbot, editor) -> None:  # type: ignore[no-untyped-def]
    """A read-only database: the editor's fields are frozen; ↓ or F4 opens no list."""
    from secframe.ui.read_only import freeze

    lead = editor.form.lead
    lead.set_value(_ids(editor.context)["FAMa"])
    freeze(editor)
    assert lead.edit.isReadOnly() and not lead.button.isEnabled()
    lead.edit.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_F4):
        qtbot.keyClick(lead.edit, key)
        assert not lead.popup.isVisible()
    assert lead.value() == _ids(editor.context)["FAMa"]
