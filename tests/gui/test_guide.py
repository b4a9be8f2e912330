"""The built-in guide: F1 opens it at the part about what is on screen, its screenshots are
shipped, and File › Restore from… brings a backup back (the replaced database kept aside)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from secframe.db.backup import backup
from secframe.models import Commitment
from secframe.services.frameworks import find_framework
from secframe.ui import guide, restore_actions
from secframe.ui.main_window import MainWindow
from secframe.ui.workers import wait_for_jobs
from tests.gui.helpers import make_context

LANGUAGES = ("fr", "en")


@pytest.fixture(autouse=True)
def _no_guide_left_open():
    yield
    window = guide.current_guide()
    if window is not None:
        window.close()
        window.deleteLater()
        guide._guide.clear()


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    with demo_db.read() as s:
        framework_id = find_framework(s, "CGCS Tombouctou-Taoudéni").id
    context = make_context(demo_db, tmp_path, framework_id)
    w = MainWindow(context)
    qtbot.addWidget(w)
    w.show()
    page = w.show_page("commitments")
    qtbot.waitUntil(lambda: not context.loading and not page.stale, timeout=10_000)
    yield w
    wait_for_jobs(5000)


def _top_line(viewer: guide.GuideWindow) -> str:
    """The text of the line at the top of the guide's visible area."""
    return viewer.text.cursorForPosition(QPoint(8, 8)).block().text()


def _titles(page: Path) -> dict[str, str]:
    return dict(guide.sections(page))


def test_f1_opens_the_guide_in_french_at_the_page_on_screen(qtbot, window):
    help_entries = [a.text() for a in window.menu("help").actions() if not a.isSeparator()]
    assert help_entries[0] == "&Guide d’utilisation"
    assert window.actions_by_key["guide"].shortcut().toString() == "F1"

    qtbot.keyClick(window, Qt.Key.Key_F1)

    viewer = guide.current_guide()
    assert viewer is not None and viewer.isVisible()
    assert viewer.page.name == "guide_fr.html"
    assert viewer.windowTitle() == "Guide d’utilisation — secframe"
    assert viewer.section == "commitment"
    assert viewer.contents.currentItem().text() == "Enregistrer un engagement"
    assert _top_line(viewer) == "Enregistrer un engagement"
    assert viewer.text.verticalScrollBar().value() > 0

    window.show_page("meetings")
    window.actions_by_key["guide"].trigger()
    assert guide.current_guide() is viewer  # one guide window, moved to the new section
    assert viewer.section == "session"
    assert _top_line(viewer) == "Préparer et tenir une session"


def test_f1_in_the_commitment_editor_lands_on_its_section(qtbot, window):
    page = window.page("commitments")
    with qtbot.waitSignal(page.editor_opened, timeout=5000) as opened:
        page.editor(page.model.rows[0].id)  # its data is read in the background first
    editor = opened.args[0]
    qtbot.waitUntil(editor.isVisible, timeout=5000)

    qtbot.keyClick(editor.focusWidget() or editor, Qt.Key.Key_F1)

    viewer = guide.current_guide()
    assert viewer is not None and viewer.isVisible()
    assert viewer.section == "commitment"
    assert _top_line(viewer) == "Enregistrer un engagement"

    editor.tabs.setCurrentWidget(editor.needs)  # the needs tab has its own section
    qtbot.keyClick(editor.tabs.currentWidget(), Qt.Key.Key_F1)
    assert viewer.section == "needs"
    assert _top_line(viewer) == "Les besoins en ressources"
    assert editor.isVisible()  # F1 went to the guide, not to the editor
    editor.done(0)


def test_f1_in_an_application_modal_dialog_gives_a_guide_that_can_be_used(qtbot, window):
    from secframe.ui.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(window.context.settings, "CGCS", window)  # shown with exec() in the app
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=5000)

    qtbot.keyClick(dialog, Qt.Key.Key_F1)

    viewer = guide.current_guide()
    assert viewer is not None and viewer.isVisible()
    assert viewer.section == "exchange"
    assert viewer.parentWidget() is dialog and viewer.isWindow()  # not blocked by the dialog
    dialog.close()
    window.actions_by_key["guide"].trigger()  # without a modal dialog it stands alone again
    assert guide.current_guide().parentWidget() is None


def test_the_guide_follows_the_language_and_searches(qtbot, window):
    from secframe.ui.language import install_language

    install_language("en")
    try:
        viewer = guide.show_guide("backup")
        assert viewer.page.name == "guide_en.html"
        assert _top_line(viewer) == "Backups and moving to a new PC"
        viewer.text.setSource(viewer.text.source().resolved(QUrl("#server")))  # a link clicked
        assert viewer.contents.currentItem().text() == "Working together on a server"
        viewer.search.setText("before-restore")
        assert viewer.find_next()
        assert viewer.text.textCursor().selectedText() == "before-restore"
    finally:
        install_language("fr")
    assert guide.show_guide().page.name == "guide_fr.html"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_image_and_link_of_the_guide_exists(language):
    page = guide.guide_file(language)
    text = page.read_text("utf-8")
    images = re.findall(r'<img src="([^"]+)"', text)
    assert len(images) >= 6
    missing = [src for src in images if not (page.parent / src).is_file()]
    assert missing == []
    anchors = set(_titles(page))
    links = set(re.findall(r'href="#([\w-]+)"', text))
    assert links - anchors == set()
    # every window F1 knows about lands on a section that exists in this language
    assert set(guide.SECTIONS.values()) | {"needs", guide.FIRST_SECTION} <= anchors


def test_the_guide_covers_what_a_secretariat_does_in_both_languages():
    sections = {lang: list(_titles(guide.guide_file(lang))) for lang in LANGUAGES}
    assert sections["fr"] == sections["en"]
    for key in ("first-start", "commitment", "needs", "status", "session", "brief",
                "exchange", "backup", "encryption", "server"):  # fmt: skip
        assert key in sections["fr"]


def test_the_french_guide_follows_french_typography():
    body = guide.guide_file("fr").read_text("utf-8").split("<body>", 1)[1]
    body = re.sub(r"<[^>]+>", "", body)
    assert re.findall(r" [:;?!]|« | »", body) == []
    assert "'" not in body  # typographic apostrophes


def test_the_screenshots_are_package_data_and_the_readme_shows_the_same_files():
    import tomllib

    root = Path(__file__).resolve().parents[2]
    patterns = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["secframe"]
    assert "resources/guide/screenshots/*.png" in patterns
    assert "resources/guide/*.html" in patterns
    readme_images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", (root / "README.md").read_text("utf-8"))
    assert readme_images
    for image in readme_images:
        assert (root / image).is_file(), image
        assert (root / image).parent == guide.guide_folder() / "screenshots"


def test_restore_from_brings_a_backup_back_and_keeps_the_replaced_database(
    qtbot, window, tmp_path, monkeypatch, shown_messages
):
    old_db = window.context.db
    copy = backup(old_db.engine, tmp_path / "cle" / "sauvegarde.sqlite3")
    with old_db.write() as s:
        s.get(Commitment, 1).title = "Titre changé après la sauvegarde"
    monkeypatch.setattr(
        restore_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), "")
    )
    asked: list[str] = []
    monkeypatch.setattr(
        restore_actions.ask, "confirm", lambda parent, title, text, *a: asked.append(text) or True
    )

    window.actions_by_key["restore"].trigger()
    qtbot.waitUntil(lambda: window.context.db is not old_db, timeout=10_000)
    wait_for_jobs(5000)

    assert window.actions_by_key["restore"].text() == "Res&taurer depuis…"
    assert asked and str(copy) in asked[0]
    with window.context.db.read() as s:
        assert s.scalar(select(Commitment.title).where(Commitment.id == 1)) != (
            "Titre changé après la sauvegarde"
        )
    kept = list(Path(old_db.location).parent.glob("*.before-restore.sqlite3"))
    assert len(kept) == 1
    assert any(str(kept[0]) in text for _kind, text in shown_messages)
    from secframe.db import Database

    aside = Database.open(kept[0], create=False)
    try:
        with aside.read() as s:
            title = s.scalar(select(Commitment.title).where(Commitment.id == 1))
        assert title == "Titre changé après la sauvegarde"
    finally:
        aside.close()
    assert QApplication.activeModalWidget() is None


def test_every_window_the_guide_knows_is_a_class_of_the_app():
    """SECTIONS names classes: a renamed editor must not silently lose its section."""
    import importlib
    import inspect
    import pkgutil

    import secframe.ui

    classes: set[str] = set()
    for found in pkgutil.walk_packages(secframe.ui.__path__, "secframe.ui."):
        module = importlib.import_module(found.name)
        classes |= {
            name
            for name, cls in inspect.getmembers(module, inspect.isclass)
            if cls.__module__ == module.__name__
        }
    assert set(guide.SECTIONS) - classes == set()


def test_restore_from_works_on_an_encrypted_database(qtbot, tmp_path, monkeypatch):
    from secframe.db import Database
    from secframe.db.crypto import is_encrypted_file
    from tests.fixtures.builders import _sample

    db = Database.open(tmp_path / "chiffre.sqlite3", passphrase="sable chaud de Tombouctou")
    sample = _sample(db)
    sample.commitment("Escortes d’avant la sauvegarde")
    copy = backup(db.engine, tmp_path / "cle" / "sauvegarde.sqlite3")
    sample.commitment("Patrouille ajoutée après")
    context = make_context(db, tmp_path, sample.framework_id)
    w = MainWindow(context)
    qtbot.addWidget(w)
    w.show()
    monkeypatch.setattr(
        restore_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), "")
    )

    w.actions_by_key["restore"].trigger()
    qtbot.waitUntil(lambda: w.context.db is not db, timeout=10_000)
    wait_for_jobs(5000)

    restored = w.context.db
    assert restored.encrypted and is_encrypted_file(Path(restored.location))
    with restored.read() as s:
        assert list(s.scalars(select(Commitment.title))) == ["Escortes d’avant la sauvegarde"]
    restored.close()
