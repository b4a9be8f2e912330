"""Search everywhere: Ctrl+K from any page, results by kind as you type, Enter opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from secframe.ui.editors.commitment import CommitmentEditor
from secframe.ui.editors.places import LocalityEditor
from secframe.ui.language import install_language
from secframe.ui.main_window import MainWindow
from secframe.ui.workers import wait_for_jobs
from tests.gui.helpers import timbuktu_context

HEADINGS = {
    "fr": ["Engagements", "Décisions"],
    "en": ["Commitments", "Decisions"],
}


@pytest.fixture(params=["fr", "en"])
def language(request) -> str:  # type: ignore[no-untyped-def]
    install_language(request.param)
    return str(request.param)


@pytest.fixture
def window(qtbot, demo_db, tmp_path):  # type: ignore[no-untyped-def]
    context = timbuktu_context(demo_db, tmp_path)
    w = MainWindow(context)
    qtbot.addWidget(w)
    w.show()
    page = w.show_page("members")  # search works from any page
    qtbot.waitUntil(lambda: not context.loading and not page.stale, timeout=10_000)
    yield w
    wait_for_jobs(5000)


def _search(qtbot, window, text: str):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window.current_page(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.index is not None, timeout=10_000)
    qtbot.keyClicks(dialog.edit, text)
    return dialog


def test_alafia_from_anywhere_opens_the_operation(qtbot, window, language):
    dialog = _search(qtbot, window, "alafia")
    headings = [
        dialog.results.topLevelItem(i).text(0)
        for i in range(dialog.results.topLevelItemCount())
        if dialog.results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1) is None
    ]
    assert headings[0] == HEADINGS[language][0]
    hits = dialog.hits()
    assert hits[0].title == "Opération Alafia contre le banditisme"
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_key() == "commitments"
    qtbot.waitUntil(lambda: bool(window.findChildren(CommitmentEditor)), timeout=5000)
    editor = window.findChildren(CommitmentEditor)[0]
    qtbot.waitUntil(
        lambda: editor.form.title.text() == "Opération Alafia contre le banditisme", timeout=5000
    )
    editor.reject()


def test_dire_lists_the_cercle_and_the_commune_and_arrows_choose(qtbot, window):
    dialog = _search(qtbot, window, "DIRE")
    places = [h for h in dialog.hits() if h.kind == "place" and h.title == "Diré"]
    assert sorted(h.detail.split(" · ")[0] for h in places) == ["Cercle", "Commune"]
    while dialog.results.currentItem().data(0, Qt.ItemDataRole.UserRole + 1).kind != "place":
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert window.current_key() == "places"
    qtbot.waitUntil(lambda: bool(window.findChildren(LocalityEditor)), timeout=5000)
    window.findChildren(LocalityEditor)[0].reject()


def test_nothing_found_says_so(qtbot, window):
    dialog = _search(qtbot, window, "zzzqx")
    assert dialog.hits() == []
    assert dialog.status.text() == "Rien trouvé pour «\u00a0zzzqx\u00a0»."
