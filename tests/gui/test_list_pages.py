"""What the list pages share: the record menu, editors that select what they saved, deleting
in the background."""

from __future__ import annotations

from secframe.services import members as mem
from secframe.ui.pages.commitments import CommitmentsPage
from secframe.ui.pages.members import MembersPage
from tests.gui.helpers import save_and_wait


def _shown(qtbot, page, rows: int):
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.stale and page.model.rowCount() == rows, timeout=5000)
    return page


def _menu(actions):
    return [None if a is None else (a.text(), a.shortcut().toString()) for a in actions]


def test_record_menu_offers_open_new_and_delete(qtbot, context):
    page = _shown(qtbot, MembersPage(context), 3)
    assert _menu(page.record_actions([])) == [("Nouveau membre", "Ctrl+N")]
    assert _menu(page.record_actions(page.model.rows[:1])) == [
        ("Ouvrir", "Return"),
        None,
        ("Nouveau membre", "Ctrl+N"),
        ("Supprimer…", "Del"),
    ]


def test_commitment_actions_come_between_open_and_new(qtbot, context, sqlite_sample):
    sqlite_sample.commitment("Patrouilles")
    page = _shown(qtbot, CommitmentsPage(context), 1)
    texts = [a and a.text() for a in page.record_actions(page.model.rows)]
    assert texts == [
        "Ouvrir",
        "Changer le statut…",
        "Reporter l’échéance…",
        "Passation…",
        None,
        "Nouvel engagement",
        "Supprimer…",
    ]


def test_a_saved_record_is_shown_selected(qtbot, context):
    page = _shown(qtbot, MembersPage(context), 3)
    editor = page.editor(None)
    editor.name.setText("Collectif des femmes de Tombouctou (illustratif)")
    save_and_wait(qtbot, editor)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    qtbot.waitUntil(lambda: len(page.view.selected_rows()) == 1, timeout=5000)
    assert page.view.selected_rows()[0].member.name.startswith("Collectif des femmes")


def test_deleting_runs_in_one_unit_of_work_and_reloads(qtbot, context, sqlite_sample):
    page = _shown(qtbot, MembersPage(context), 3)
    unused = [r for r in page.model.rows if r.member.short_name in ("FAMa", None)]
    page.delete_records(unused)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    with sqlite_sample.db.read() as s:
        assert [m.short_name for m in mem.list_members(s, sqlite_sample.framework_id)] == ["CMA"]


def test_a_saved_commitment_updates_its_row_only_and_is_selected(qtbot, context, sqlite_sample):
    for title in ("Charte des jeunes", "Escortes", "Patrouilles"):
        sqlite_sample.commitment(title)
    page = _shown(qtbot, CommitmentsPage(context), 3)
    resets: list[bool] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    opened: list = []
    page.editor_opened.connect(opened.append)
    page.editor(next(r.id for r in page.model.rows if r.row.title == "Escortes"))
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    editor = opened[0]
    editor.form.title.setText("Escortes armées")
    save_and_wait(qtbot, editor)
    qtbot.waitUntil(
        lambda: [r.row.title for r in page.view.selected_rows()] == ["Escortes armées"],
        timeout=5000,
    )
    assert sorted(r.row.title for r in page.model.rows) == [
        "Charte des jeunes",
        "Escortes armées",
        "Patrouilles",
    ]
    page.editor(None)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=5000)
    opened[1].form.title.setText("Poste de contrôle de Niafunké")
    opened[1].form.lead.set_value(sqlite_sample.fama)
    save_and_wait(qtbot, opened[1])
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            [r.row.title for r in page.view.selected_rows()] == ["Poste de contrôle de Niafunké"]
        ),
        timeout=5000,
    )
    assert resets == []  # the rows were changed in place, the list never read again
