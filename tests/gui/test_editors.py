"""Editors of members, incidents, places and axes: saved through their services, refused
input shown beside the field, nothing written."""

from __future__ import annotations

from datetime import date

from secframe.models import IncidentType, LocalityLevel, MemberCategory, Sex
from secframe.services import incidents as inc
from secframe.services import members as mem
from secframe.services import places
from secframe.ui.editors.incident import IncidentEditor
from secframe.ui.editors.member import MemberEditor
from secframe.ui.editors.places import AxisEditor, LocalityEditor
from secframe.ui.pages.members import MembersPage
from secframe.ui.widgets.pickers import PlacePicker
from tests.gui.helpers import commitment_editor, save_and_fail, save_and_wait


def _show(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=5000)  # what it shows is read
    return dialog


def test_member_with_representatives(qtbot, context, sqlite_sample):
    editor = _show(qtbot, MemberEditor(context, None))
    editor.name.setText("Plateforme des mouvements du 14 juin 2014 d'Alger")
    editor.short_name.setText("Plateforme")
    editor.category.set_value(MemberCategory.ARMED_GROUP)
    editor.representatives.add(
        mem.RepresentativeInput(name="Point focal (illustratif)", phone="appelez-moi")
    )
    save_and_fail(qtbot, editor)
    assert editor.banner.text.startswith("Représentant 1")
    with sqlite_sample.db.read() as s:
        assert len(mem.list_members(s, sqlite_sample.framework_id)) == 3
    editor.representatives.table.item(0, 2).setText("+223 00 00 00 00")
    save_and_wait(qtbot, editor)
    with sqlite_sample.db.read() as s:
        saved = mem.get_member(s, editor.result_value.id)
    assert saved.short_name == "Plateforme"
    assert [(r.name, r.phone, r.sex) for r in saved.representatives] == [
        ("Point focal (illustratif)", "+223 00 00 00 00", Sex.UNKNOWN)
    ]


def test_a_partner_is_facilitator_funder_or_both_and_funders_come_first_for_resources(
    qtbot, context, sqlite_sample
):
    editor = _show(qtbot, MemberEditor(context, None))
    editor.name.setText("International Alert")
    editor.category.set_value(MemberCategory.PARTNER)
    assert "facilitateur" in editor.category.toolTip()  # the category says what it means
    editor.facilitator.setChecked(True)
    editor.funder.setChecked(True)
    save_and_wait(qtbot, editor)
    with sqlite_sample.db.read() as s:
        saved = mem.get_member(s, editor.result_value.id)
    assert (saved.facilitator, saved.funder) == (True, True)
    commitment = commitment_editor(context, None)
    qtbot.addWidget(commitment)
    commitment.needs.add_line()
    table = commitment.needs.table
    combo = table.itemDelegate().createEditor(table, None, commitment.needs.model.index(0, 6))
    assert [combo.itemText(i) for i in range(3)] == ["", "International Alert", ""]  # then a line
    assert {combo.itemText(i) for i in range(3, combo.count())} == {
        "CMA",
        "FAMa",
        "Jeunes de Tombouctou",
    }


def test_a_member_still_referred_to_is_not_deleted(qtbot, context, sqlite_sample, shown_messages):
    sqlite_sample.commitment("Patrouilles")  # led by the CMA
    page = MembersPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    cma = next(r for r in page.model.rows if r.member.short_name == "CMA")
    page.delete_records([cma])  # what refers to it is read in the background, then said
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=5000)
    assert "Retiré" in shown_messages[-1][1] and "1 engagement(s)" in shown_messages[-1][1]
    with sqlite_sample.db.read() as s:
        assert mem.get_member(s, cma.id).name


def test_incident_needs_a_place(qtbot, context, sqlite_sample):
    editor = _show(qtbot, IncidentEditor(context, None))
    editor.occurred_on.set_value(date(2020, 3, 4))
    editor.type.set_value(IncidentType.KIDNAPPING)
    save_and_fail(qtbot, editor)
    assert editor.errors.message("locality_id") == "Choisissez une localité ou un axe."
    editor.locality.set_value(sqlite_sample.cercle_id)
    editor.latitude.setText("16,77")
    save_and_wait(qtbot, editor)
    with sqlite_sample.db.read() as s:
        (row,) = inc.list_incidents(s, inc.IncidentFilter())
    assert (row.type, row.occurred_on, row.latitude) == (
        IncidentType.KIDNAPPING,
        date(2020, 3, 4),
        16.77,
    )


def test_place_hierarchy_rules_are_shown_beside_the_parent(qtbot, context, sqlite_sample):
    editor = _show(qtbot, LocalityEditor(context, None))
    editor.name.setText("Tonka")
    editor.level.set_value(LocalityLevel.COMMUNE)
    editor.parent_place.set_value(None)
    save_and_fail(qtbot, editor)
    assert editor.errors.message("parent_id") == "Choisissez le lieu dont celui-ci fait partie."
    editor.parent_place.set_value(sqlite_sample.cercle_id)
    save_and_wait(qtbot, editor)
    assert editor.result_value.label.endswith("› Tonka")


def test_an_axis_links_at_least_two_places_in_order(qtbot, context, sqlite_sample):
    with sqlite_sample.db.write() as s:
        tonka = places.create_locality(
            s, places.LocalityInput("Tonka", LocalityLevel.COMMUNE, sqlite_sample.cercle_id)
        )
    editor = _show(qtbot, AxisEditor(context, None))
    editor.name.setText("Goundam – Tonka")
    editor._append(sqlite_sample.cercle_id)
    save_and_fail(qtbot, editor)
    assert "au moins deux" in editor.errors.message("locality_ids")
    editor.stop_picker.set_value(tonka.id)
    editor._add_stop()
    save_and_wait(qtbot, editor)
    assert editor.result_value.locality_ids == (sqlite_sample.cercle_id, tonka.id)


def test_place_picker_completes_by_name_ignoring_accents(qtbot, sqlite_sample):
    with sqlite_sample.db.read() as s:
        all_places = places.list_localities(s)
    picker = PlacePicker()
    qtbot.addWidget(picker)
    picker.set_places(all_places)
    picker.edit.setText("TOMBOUCTOU › TOMBOUCTOU")  # the sample's cercle, typed in capitals
    picker.edit.editingFinished.emit()
    assert picker.value() == sqlite_sample.cercle_id
    picker.edit.setText("niafunke")  # a unique place name, without its accent
    picker.edit.editingFinished.emit()
    assert picker.label() == "Tombouctou › Niafunké"
    picker.edit.setText("Nowhere")
    picker.edit.editingFinished.emit()
    assert picker.problem() == "Choisissez un lieu dans la liste."
    picker.search.setText("goundam")
    assert picker.filter.rowCount() == 1  # the Tombouctou region, holding Goundam
