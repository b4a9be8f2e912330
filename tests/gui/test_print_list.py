"""File › Print the list… (Ctrl+P): the list as on screen, its filters in the heading."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from secframe.models import CommitmentStatus
from secframe.ui.language import install_language
from secframe.ui.list_printing import ListPreview, print_list
from secframe.ui.main_window import MainWindow
from secframe.ui.workers import wait_for_jobs
from tests.fixtures.pdf import pdf_text, words
from tests.gui.helpers import timbuktu_context

WORDS = {
    "fr": {"filters": "Filtres", "search": "recherche", "status": "statut : Suspendu"},
    "en": {"filters": "Filters", "search": "search", "status": "status: Suspended"},
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
    page = w.show_page("commitments")
    qtbot.waitUntil(lambda: not context.loading and not page.stale, timeout=10_000)
    yield w
    wait_for_jobs(5000)


def test_the_filtered_list_prints_as_shown_with_its_filters(qtbot, window, tmp_path, language):
    page = window.page("commitments")
    page.status_filter.set_selected([CommitmentStatus.SUSPENDED])
    qtbot.keyClicks(page.search, "patrouille")
    shown = [r.row.title for r in page.proxy.visible_rows()]
    assert 0 < len(shown) < page.model.rowCount()
    assert window.actions_by_key["print_list"].shortcut().toString() == "Ctrl+P"
    preview = print_list(window)
    assert isinstance(preview, ListPreview)
    qtbot.addWidget(preview)
    doc = preview.doc
    title_column = doc.headers.index({"fr": "Intitulé", "en": "Title"}[language])
    assert [row[title_column] for row in doc.rows] == shown  # the order on screen
    hidden = [c for c in range(len(page.spec.columns)) if page.view.isColumnHidden(c)]
    assert len(doc.headers) == len(page.spec.columns) - len(hidden)
    assert doc.landscape  # many columns: A4 landscape
    path = preview.save_pdf(tmp_path / "liste.pdf")
    text, pages = pdf_text(path)
    flat = words(text)
    assert pages >= 1
    assert WORDS[language]["filters"] in flat
    assert f"{WORDS[language]['search']} " in flat and "patrouille" in flat
    assert words(WORDS[language]["status"].replace(" :", "\u00a0:")) in flat
    assert words(shown[0]) in flat
    preview.close()


def test_pages_without_a_list_cannot_print_one(qtbot, window):
    action = window.actions_by_key["print_list"]
    assert action.isEnabled()
    window.show_page("dashboard")
    QApplication.processEvents()
    assert not action.isEnabled()
    assert print_list(window) is None
