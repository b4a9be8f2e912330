"""The main window with the example frameworks: pages, filters, frameworks, settings, files."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt

from secframe.db import Database
from secframe.models import CommitmentStatus
from secframe.services.frameworks import list_frameworks
from secframe.ui import database_actions
from secframe.ui.dialogs import ask
from secframe.ui.dialogs.about import AboutDialog
from secframe.ui.main_window import MainWindow
from secframe.ui.settings import remembered_framework
from secframe.ui.workers import wait_for_jobs
from tests.gui.helpers import make_context


def _framework(db: Database, short_name: str) -> int:
    with db.read() as s:
        return next(f.id for f in list_frameworks(s) if f.short_name == short_name)


def _open(qtbot, context, page_key: str | None = "commitments") -> MainWindow:
    """Show a main window and wait until the page ``page_key`` (or the one it opens on) is
    up to date."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "dashboard" in window.page_keys, timeout=10_000)  # framework read
    page = window.show_page(page_key) if page_key else window.current_page()
    qtbot.waitUntil(lambda: not context.loading and not page.stale, timeout=10_000)
    return window


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    context = make_context(demo_db, tmp_path, _framework(demo_db, "CGCS Tombouctou-Taoudéni"))
    w = _open(qtbot, context)
    yield w
    wait_for_jobs(5000)


def _shown(page):
    return [r.row.title for r in page.proxy.visible_rows()]


def test_pages_menus_and_status_bar(window):
    assert window.page_keys == [
        "dashboard",
        "commitments",
        "members",
        "meetings",
        "incidents",
        "places",
    ]
    assert [window.navigation.item(i).text() for i in range(6)] == [
        "Tableau de bord",
        "Engagements",
        "Membres",
        "Sessions",
        "Incidents",
        "Localités et axes",
    ]
    assert [a.text() for a in window.menuBar().actions() if a.isVisible()] == [
        "&Fichier",
        "É&dition",
        "&Affichage",
        "&Session",
        "A&ide",
    ]
    shortcuts = {k: a.shortcut().toString() for k, a in window.actions_by_key.items()}
    assert shortcuts["open_database"] == "Ctrl+O"
    assert shortcuts["backup"] == "Ctrl+B"
    assert shortcuts["find"] == "Ctrl+F"
    assert window.records_label.text() == "Engagements affichés : 12 sur 12".replace(
        " :", "\u00a0:"
    )
    assert window.context.db.location in window.database_label.text()


def test_extension_pages_take_their_place_in_the_navigation(qtbot, window):
    from PySide6.QtWidgets import QLabel

    from secframe.ui.dashboard.page import DashboardPage
    from secframe.ui.meetings.page import MeetingsPage

    assert isinstance(window.page("dashboard"), DashboardPage)
    assert isinstance(window.page("meetings"), MeetingsPage)
    window.add_page("annex", "Annexe", QLabel("annexe"))  # a page of no known place goes last
    assert window.page_keys[-2:] == ["places", "annex"]
    assert window.show_page("annex").text() == "annexe"


def test_filter_the_commitments_list(qtbot, window):
    page = window.page("commitments")
    qtbot.keyClicks(page.search, "ALAFIA")
    shown = _shown(page)
    assert "Opération Alafia contre le banditisme" in shown and len(shown) < 12
    assert window.records_label.text().endswith(f"{len(shown)} sur 12")
    page.search.clear()
    page.status_filter.set_selected([CommitmentStatus.SUSPENDED])
    shown = page.proxy.visible_rows()
    assert shown and all(r.row.status == CommitmentStatus.SUSPENDED for r in shown)
    page.attention.setChecked(True)
    assert all(r.needs_attention for r in page.proxy.visible_rows())
    assert any("sans décision" in r.attention() for r in page.proxy.visible_rows())
    page.status_filter.clear()
    page.attention.setChecked(False)
    qtbot.waitUntil(lambda: page.lookups is not None, timeout=5000)  # read after the rows
    fama = next(i for i, name in page.lookups.member_choices() if name == "FAMa")
    page.member_filter.set_value(fama)
    qtbot.waitUntil(lambda: len(_shown(page)) < 12, timeout=5000)
    assert all("FAMa" in (r.row.lead_member + r.row.partners) for r in page.proxy.visible_rows())
    page.member_filter.set_value(None)
    assert len(_shown(page)) == 12


def test_sort_by_deadline_puts_empty_deadlines_last(qtbot, window):
    page = window.page("commitments")
    column = page.spec.index("deadline")
    page.view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    deadlines = [r.row.deadline for r in page.proxy.visible_rows()]
    filled = [d for d in deadlines if d is not None]
    assert filled == sorted(filled) and deadlines[: len(filled)] == filled


def test_switch_framework(qtbot, window):
    page = window.page("commitments")
    gao = _framework(window.context.db, "CGCS Gao")
    window.framework_box.setCurrentIndex(window.framework_box.findData(gao))
    qtbot.waitUntil(lambda: not window.context.loading, timeout=5000)
    assert all(r.row.framework_id == gao for r in page.model.rows)
    assert remembered_framework(window.context.settings, window.context.db.location) == gao
    assert "Gao" in window.windowTitle()
    members = window.show_page("members")
    qtbot.waitUntil(
        lambda: not window.context.loading and members.model.rowCount() > 0, timeout=5000
    )
    assert all(m.member.framework_id == gao for m in members.model.rows)


def test_incidents_are_listed_lazily_and_searched_in_the_database(qtbot, window):
    page = window.show_page("incidents")
    qtbot.waitUntil(lambda: not window.context.loading and page.model.rowCount() > 0, timeout=5000)
    total = page.model.rowCount()
    assert total > 300 and page.lazy.fetches <= 2  # only the blocks on screen were read
    qtbot.keyClicks(page.search, "enlevement")  # accents and case ignored
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < total, timeout=5000)
    assert all(
        page.model.row_at(i).type.value == "kidnapping" for i in range(page.model.rowCount())
    )
    assert window.records_label.text().startswith("Incidents affichés")


def test_the_window_remembers_its_layout_and_framework(qtbot, demo_db, tmp_path):
    gao = _framework(demo_db, "CGCS Gao")
    context = make_context(demo_db, tmp_path)
    window = _open(qtbot, context)
    window.framework_box.setCurrentIndex(window.framework_box.findData(gao))
    window.resize(760, 600)  # fits the offscreen screen (800 × 800)
    window.splitter.setSizes([230, 500])
    page = window.page("commitments")
    page.view.show_column(page.spec.index("kind"), False)
    window.show_page("members")
    qtbot.wait(100)  # the layouts settle: the window is never narrower than its pages need
    size, sizes = window.size(), window.splitter.sizes()
    window.close()
    again = _open(qtbot, make_context(demo_db, tmp_path), page_key=None)
    qtbot.wait(100)
    assert again.context.framework_id == gao
    assert again.current_key() == "members"
    assert again.size() == size
    assert again.splitter.sizes() == sizes
    assert again.page("commitments").view.isColumnHidden(page.spec.index("kind"))


def test_first_start_opens_on_the_framework_with_the_most_commitments(qtbot, demo_db, tmp_path):
    window = _open(qtbot, make_context(demo_db, tmp_path), page_key=None)
    timbuktu = _framework(demo_db, "CGCS Tombouctou-Taoudéni")  # not Gao, first by name
    assert window.context.framework_id == timbuktu
    assert window.framework_box.currentData() == timbuktu


def test_the_framework_is_remembered_per_database(qtbot, demo_db, sqlite_sample, tmp_path):
    gao = _framework(demo_db, "CGCS Gao")
    context = make_context(demo_db, tmp_path)
    window = _open(qtbot, context, page_key=None)
    window.framework_box.setCurrentIndex(window.framework_box.findData(gao))
    database_actions.open_database(window, sqlite_sample.db.location)
    qtbot.waitUntil(lambda: context.db.location == sqlite_sample.db.location, timeout=10_000)
    qtbot.waitUntil(lambda: not context.loading, timeout=5000)  # the frameworks are read
    assert context.framework_id == sqlite_sample.framework_id  # not Gao's id from the other file
    database_actions.open_database(window, demo_db.location)
    qtbot.waitUntil(lambda: context.db.location == demo_db.location, timeout=10_000)
    qtbot.waitUntil(lambda: not context.loading, timeout=5000)
    assert context.framework_id == gao  # as left in this database
    settings = context.settings
    settings.beginGroup("last_framework")
    keys = settings.childKeys()
    settings.endGroup()
    assert len(keys) == 2  # one per database, keyed by a digest (no path written out)
    assert all(len(k) == 16 and str(tmp_path) not in k for k in keys)


def test_delete_asks_and_says_what_goes_with_it(qtbot, window, monkeypatch):
    page = window.page("commitments")
    item = next(r for r in page.model.rows if "Alafia" in r.row.title)
    asked = []
    monkeypatch.setattr(
        ask,
        "confirm",
        lambda parent, title, text, action, details="": asked.append((text, details)) or False,
    )
    page.delete_records([item])  # what goes with it is read in the background, then asked
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "Alafia" in asked[0][0]
    assert "ligne(s) de besoins" in asked[0][1] and "changement(s) de statut" in asked[0][1]
    assert page.model.row_of(item.id) >= 0  # refused: nothing deleted
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    page.delete_records([item])
    qtbot.waitUntil(lambda: page.model.row_of(item.id) < 0, timeout=5000)


def test_about_says_version_database_revision_and_sources(qtbot, window):
    dialog = AboutDialog(window.context.db, window)
    qtbot.addWidget(dialog)
    text = dialog.text
    assert "0.1.0" in text and window.context.db.revision() in text
    assert window.context.db.location in text
    assert "COD-AB" in text and "COD-PS" in text and "International Alert" in text


def test_back_up_now_writes_a_consistent_copy(qtbot, window, tmp_path):
    target = tmp_path / "copie.sqlite3"
    database_actions.back_up(window, str(target))
    qtbot.waitUntil(target.exists, timeout=10_000)
    with sqlite3.connect(target) as conn:
        assert conn.execute("select count(*) from commitments").fetchone()[0] > 0


def test_open_another_database(qtbot, window, sqlite_sample):
    other = sqlite_sample.db.location
    database_actions.open_database(window, other)
    qtbot.waitUntil(lambda: window.context.db.location == other, timeout=10_000)
    qtbot.waitUntil(lambda: not window.context.loading, timeout=5000)
    assert window.framework_box.currentText() == "Cadre de test de Tombouctou"
    settings: QSettings = window.context.settings
    assert settings.value("last_database") == other


def test_closing_the_window_asks_about_an_editor_left_open(qtbot, window, monkeypatch):
    page = window.page("commitments")
    with qtbot.waitSignal(page.editor_opened, timeout=5000) as opened:
        page.editor(page.model.rows[0].id)
    editor = opened.args[0]
    editor.form.title.setText("Titre modifié")
    answers = iter(["cancel", "discard"])
    monkeypatch.setattr(ask, "unsaved_changes", lambda parent: next(answers))
    assert not window.close()  # "keep editing": nothing closes
    assert editor.isVisible() and window.isVisible()
    assert window.close()


def test_new_database_then_recent_databases(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMenu

    from secframe.ui.dialogs.welcome import WelcomeDialog

    first = window.context.db.location
    target = tmp_path / "nouvelle"
    monkeypatch.setattr(
        database_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    from secframe.ui.protection import NewPassphraseDialog

    def plain(dialog: NewPassphraseDialog) -> int:  # the user unticks "Encrypt"
        dialog.encrypt.setChecked(False)
        return 1

    monkeypatch.setattr(NewPassphraseDialog, "exec", plain)
    database_actions.new_database(window)
    qtbot.waitUntil(lambda: window.context.db.location.endswith("nouvelle.sqlite3"), timeout=10_000)
    qtbot.waitUntil(lambda: window.findChild(WelcomeDialog) is not None, timeout=5000)
    assert window.framework_box.count() == 0
    assert window.findChild(WelcomeDialog) is not None  # an empty database: what to do first
    menu = QMenu()
    database_actions.fill_recent(window, menu)
    assert [a.text() for a in menu.actions()] == [first]
    menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: window.context.db.location == first, timeout=10_000)
    qtbot.waitUntil(lambda: window.framework_box.count() == 4, timeout=5000)
