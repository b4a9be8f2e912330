"""First start: an empty database, the welcome dialog, a new framework or the example ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QDialogButtonBox

from secframe.models import LocalityLevel
from secframe.services.frameworks import list_frameworks
from secframe.services.places import list_localities
from secframe.ui.dialogs.welcome import WelcomeDialog, act_on
from secframe.ui.editors.framework import FrameworkEditor
from secframe.ui.main_window import MainWindow
from secframe.ui.workers import wait_for_jobs
from tests.gui.helpers import make_context, save_and_fail, save_and_wait


def _window(qtbot, db, tmp_path):
    context = make_context(db, tmp_path)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not context.loading, timeout=5000)
    return window


def test_an_empty_database_opens_and_says_what_to_do(qtbot, sqlite_db, tmp_path):
    window = _window(qtbot, sqlite_db, tmp_path)
    assert window.framework_box.count() == 0 and window.context.framework_id is None
    page = window.show_page("commitments")
    qtbot.waitUntil(lambda: not window.context.loading and not page.stale, timeout=5000)
    assert page.stack.currentWidget() is page.empty
    assert "aucun cadre" in page.empty.text()
    assert not window.actions_by_key["framework_properties"].isEnabled()
    page.new_record()  # nothing to add a commitment to: nothing happens
    assert window.findChild(FrameworkEditor) is None


def test_welcome_offers_three_ways_to_start(qtbot, sqlite_db):
    dialog = WelcomeDialog(sqlite_db.location)
    qtbot.addWidget(dialog)
    buttons = dialog.findChildren(QCommandLinkButton)
    names = {b.objectName(): b.text() for b in buttons}
    assert names == {
        "welcome_new": "&Créer un nouveau cadre",
        "welcome_example": "Ouvrir les cadres d’e&xemple",
        "welcome_open": "&Ouvrir un fichier de base existant…",
    }
    later = dialog.findChild(QDialogButtonBox).buttons()[0]
    letters = [b.text().split("&")[1][0].lower() for b in (*buttons, later)]
    assert len(set(letters)) == 4  # Alt+letter reaches each choice
    dialog.findChild(QCommandLinkButton, "welcome_example").click()
    assert dialog.choice == "example"


def test_the_example_frameworks_load_in_the_background(qtbot, sqlite_db, tmp_path):
    window = _window(qtbot, sqlite_db, tmp_path)
    act_on(window, "example")
    qtbot.waitUntil(lambda: window.framework_box.count() == 4, timeout=20_000)
    page = window.show_page("commitments")
    qtbot.waitUntil(lambda: not window.context.loading and page.model.rowCount() > 0, timeout=5000)
    assert "Tombouctou" in window.framework_box.currentText()
    wait_for_jobs(5000)


def test_create_a_framework_from_the_welcome_dialog(qtbot, sqlite_db, tmp_path):
    window = _window(qtbot, sqlite_db, tmp_path)
    act_on(window, "new")
    editor = window.findChild(FrameworkEditor)  # deleted when closed: not given to qtbot
    qtbot.waitUntil(lambda: editor.is_ready, timeout=5000)  # the regions are read
    save_and_fail(qtbot, editor)
    assert editor.errors.message("name") == "Le nom est obligatoire."
    with sqlite_db.read() as s:
        assert list_frameworks(s) == []
        gao = next(p.id for p in list_localities(s, level=LocalityLevel.REGION) if p.name == "Gao")
    editor.name.setText("Cadre de gestion concertée de la sécurité de Gao")
    editor.short_name.setText("CGCS Gao")
    for i in range(editor.regions.count()):
        item = editor.regions.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == gao:
            item.setCheckState(Qt.CheckState.Checked)
    save_and_wait(qtbot, editor)
    qtbot.waitUntil(
        lambda: (
            window.framework_box.currentText() == "Cadre de gestion concertée de la sécurité de Gao"
        ),
        timeout=5000,
    )
    with sqlite_db.read() as s:
        (fw,) = list_frameworks(s)
    assert fw.region_names == ("Gao",)
    assert window.context.framework_id == fw.id


def test_the_window_shows_before_the_database_is_open(qtbot, sqlite_sample, tmp_path):
    from secframe.ui import app
    from secframe.ui.context import AppContext

    context = make_context(sqlite_sample.db, tmp_path)
    shell = MainWindow(AppContext(None, context.settings))
    qtbot.addWidget(shell)
    shell.show()
    assert shell.page_keys == [] and not shell.actions_by_key["open_database"].isEnabled()
    assert shell.database_label.text() == "Ouverture de la base de données…"
    app.open_at_start(shell, sqlite_sample.db.location)
    qtbot.waitUntil(lambda: len(shell.page_keys) == 6, timeout=10_000)
    assert shell.page_keys == [
        "dashboard",
        "commitments",
        "members",
        "meetings",
        "incidents",
        "places",
    ]
    assert shell.framework_box.currentText() == "Cadre de test de Tombouctou"
    assert shell.actions_by_key["open_database"].isEnabled()
    shell.context.db.close()


def test_a_file_that_is_not_a_database_offers_another(qtbot, sqlite_sample, tmp_path, monkeypatch):
    from secframe.ui import app
    from secframe.ui.context import AppContext

    bad = tmp_path / "notes.sqlite3"
    bad.write_text("not a database")
    asked = []
    status: list[str] = []  # what the status bar said while the user was asked

    def ask(window, message):  # type: ignore[no-untyped-def]
        asked.append(message)
        status.append(window.database_label.text())
        return sqlite_sample.db.location

    monkeypatch.setattr(app, "ask_other_database", ask)
    shell = MainWindow(AppContext(None, make_context(sqlite_sample.db, tmp_path).settings))
    qtbot.addWidget(shell)
    app.open_at_start(shell, str(bad))
    qtbot.waitUntil(lambda: len(shell.page_keys) == 6, timeout=10_000)
    assert str(bad) in asked[0] and "secframe" in asked[0]
    assert bad.read_text() == "not a database"  # left untouched
    assert status == ["Aucune base ouverte"]  # not « Ouverture de la base… » any more
    shell.context.db.close()
