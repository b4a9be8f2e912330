"""The places page shows the framework's regions by default, and all of Mali when ticked;
place pickers list the framework's regions first."""

from __future__ import annotations

from secframe.models import FrameworkLevel
from secframe.services import frameworks as fws
from secframe.services import places
from secframe.services.lookups import load_lookups
from secframe.services.matching import fold
from secframe.ui.pages.places import PlacesPage
from secframe.ui.widgets.pickers import COMPLETION_ROLE, PlacePicker
from tests.gui.helpers import make_context


def _every_place(db):
    with db.read() as s:
        return places.list_localities(s)


def _page(qtbot, context, rows: int) -> PlacesPage:
    page = PlacesPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.stale and page.model.rowCount() == rows, timeout=5000)
    return page


def _regions(page: PlacesPage) -> set[str]:
    return {row.label.split(" › ")[0] for row in page.model.rows}


def test_the_framework_regions_by_default_and_all_of_mali_when_ticked(qtbot, context, tmp_path):
    every = _every_place(context.db)
    in_tombouctou = [p for p in every if p.label.split(" › ")[0] == "Tombouctou"]
    page = _page(qtbot, context, len(in_tombouctou))
    assert not page.all_of_mali.isChecked() and page.all_of_mali.isEnabled()
    assert page.all_of_mali.text() == "Tout le Mali"
    assert _regions(page) == {"Tombouctou"}
    assert page.status_text() == (
        f"Lieux affichés\u00a0: {len(in_tombouctou)} sur {len(every)} "
        "(régions du cadre\u00a0: Tombouctou)"
    )

    page.all_of_mali.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(every), timeout=5000)
    assert "Gao" in _regions(page)
    assert (
        page.status_text() == f"Lieux affichés\u00a0: {len(every)} sur {len(every)} (tout le Mali)"
    )

    again = _page(qtbot, make_context(context.db, tmp_path, context.framework_id), len(every))
    assert again.all_of_mali.isChecked()  # remembered


def test_axes_through_the_framework_regions_by_default(qtbot, context, sqlite_sample):
    cercles = {p.name: p.id for p in _every_place(context.db) if p.parent_id is not None}
    with context.db.write() as s:
        for name, stops in (("Tombouctou – Goundam", ("Tombouctou", "Goundam")),
                            ("Gao – Ansongo", ("Gao", "Ansongo"))):  # fmt: skip
            places.create_axis(s, places.AxisInput(name, tuple(cercles[c] for c in stops)))
    every = _every_place(context.db)
    page = _page(qtbot, context, sum(p.label.startswith("Tombouctou") for p in every))
    page.tabs.setCurrentIndex(1)
    assert [a.name for a in page.axes_model.rows] == ["Tombouctou – Goundam"]
    assert page.status_text().startswith("Axes affichés\u00a0: 1 sur 2 ")
    page.all_of_mali.setChecked(True)
    qtbot.waitUntil(lambda: page.axes_model.rowCount() == 2, timeout=5000)


def test_a_framework_without_regions_shows_all_of_mali_and_says_why(qtbot, sqlite_sample, tmp_path):
    with sqlite_sample.db.write() as s:
        bare = fws.create_framework(
            s,
            fws.FrameworkInput("Forum sans région", "FSR", level=FrameworkLevel.LOCAL_FORUM),
        )
    every = _every_place(sqlite_sample.db)
    page = _page(qtbot, make_context(sqlite_sample.db, tmp_path, bare.id), len(every))
    assert not page.all_of_mali.isEnabled()
    assert "Aucune région n’est enregistrée" in page.all_of_mali.toolTip()
    assert page.status_text().endswith(
        "(tout le Mali\u00a0: aucune région n’est enregistrée pour ce cadre)"
    )


def test_place_pickers_list_the_framework_regions_first(qtbot, sqlite_sample):
    with sqlite_sample.db.read() as s:
        every = places.list_localities(s)
        lookups = load_lookups(s, sqlite_sample.framework_id)
    assert lookups.region_ids == (sqlite_sample.region_id,)
    gao = next(p.id for p in every if p.label == "Gao")
    picker = PlacePicker()
    qtbot.addWidget(picker)
    picker.set_places(every, first=[gao])
    tree = picker.filter
    top = [tree.index(row, 0).data() for row in range(tree.rowCount())]
    assert top[0] == "Gao"
    assert top[1:] == sorted(top[1:], key=fold)  # then the other regions, by name
    assert len(top) == sum(p.parent_id is None for p in every)
    completions = picker.entries  # the suggestions as the user types, full paths
    labels = [
        completions.index(row, 0).data(COMPLETION_ROLE) for row in range(completions.rowCount())
    ]
    assert labels[:5] == ["Gao", "Gao › Ansongo", "Gao › Bourem", "Gao › Gao", "Gao › Ménaka"]
    assert labels[5:] == sorted(labels[5:], key=fold)
    picker.set_places(every)  # no framework regions: every place by name, as before
    assert [tree.index(r, 0).data() for r in range(tree.rowCount())] == sorted(top, key=fold)
