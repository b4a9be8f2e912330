"""Protection in the window: an encrypted database opens after its passphrase (three tries),
File › New can create one, the window locks (Ctrl+L or idle) hiding every datum and wiping
the key, unsaved edits survive the lock; a read-only database shows a banner and refuses
changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from sqlalchemy import text

from secframe.db import Database
from secframe.services.demo import build_demo
from secframe.ui import app, database_actions, protection
from secframe.ui.context import AppContext
from secframe.ui.main_window import MainWindow
from secframe.ui.workers import wait_for_jobs
from tests.gui.helpers import commitment_editor, make_context, timbuktu_context

PASSPHRASE = "sable chaud de Tombouctou"


@pytest.fixture(scope="module")
def cipher_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cipher-gui") / "chiffre.sqlite3"
    db = Database.open(path, passphrase=PASSPHRASE)
    with db.write("demo") as s:
        build_demo(s)
    db.close()
    return path


@pytest.fixture
def cipher_db(cipher_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "chiffre.sqlite3"
    shutil.copy(cipher_template, path)
    db = Database.open(path, passphrase=PASSPHRASE)
    yield db
    db.close()


def _open(qtbot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "dashboard" in window.page_keys, timeout=10_000)  # framework read
    page = window.show_page("commitments")
    qtbot.waitUntil(lambda: not context.loading and not page.stale, timeout=10_000)
    return window


def visible_texts(window: MainWindow) -> str:
    """Every text a passer-by could read on the screen."""
    texts = [window.windowTitle()]
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        for label in widget.findChildren(QLabel):
            if label.isVisibleTo(widget):
                texts.append(label.text())
        texts += [e.text() for e in widget.findChildren(QLineEdit) if e.isVisibleTo(widget)]
    return "\n".join(texts)


def test_ctrl_l_hides_the_data_wipes_the_key_and_keeps_unsaved_edits(qtbot, cipher_db, tmp_path):
    window = _open(qtbot, timbuktu_context(cipher_db, tmp_path))
    page = window.page("commitments")
    first = page.proxy.visible_rows()[0].row
    editor = commitment_editor(window.context, first.id, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.form.title.text() == first.title, timeout=10_000)
    editor.form.title.setText("Titre en cours de saisie")
    assert "Tombouctou" in visible_texts(window)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    guard = window.lock_guard
    assert guard.locked and not cipher_db.key.present
    assert not editor.isVisible()
    shown = visible_texts(window)
    assert "secframe est verrouillé" in shown
    assert "Tombouctou" not in shown and first.title not in shown

    screen = guard.screen
    screen.field.setText("mauvaise phrase")
    screen.unlock()
    assert guard.locked and screen.message.text() == "Phrase secrète incorrecte."
    screen.field.setText(PASSPHRASE)
    screen.unlock()
    assert not guard.locked and cipher_db.key.present
    assert editor.isVisible() and editor.form.title.text() == "Titre en cours de saisie"
    assert window.centralWidget() is window.splitter
    window.context.notify_changed("")  # the data reads again with the key given back
    qtbot.waitUntil(lambda: not window.context.loading, timeout=10_000)
    editor.close()
    wait_for_jobs(5000)


def test_the_window_locks_after_the_idle_time(qtbot, cipher_db, tmp_path):
    window = _open(qtbot, timbuktu_context(cipher_db, tmp_path))
    guard = window.lock_guard
    assert guard.timer.isActive() and guard.timer.interval() == 10 * 60_000  # default: 10 min
    guard.timer.timeout.emit()  # the idle time has passed
    assert guard.locked and not cipher_db.key.present
    guard.unlock(PASSPHRASE)
    wait_for_jobs(5000)


def test_a_plain_database_has_no_lock(qtbot, demo_db, tmp_path):
    window = _open(qtbot, make_context(demo_db, tmp_path))
    assert not window.lock_guard.action.isEnabled() and not window.lock_guard.timer.isActive()
    wait_for_jobs(5000)


def test_the_passphrase_is_asked_three_times_at_start(qtbot, cipher_db, tmp_path, monkeypatch):
    location = cipher_db.location
    cipher_db.close()
    typed = iter(["faux un", "faux deux", PASSPHRASE])
    asked: list[str] = []

    def get_text(parent, title, label, echo):  # type: ignore[no-untyped-def]
        asked.append(label)
        assert echo == QLineEdit.EchoMode.Password
        return next(typed), True

    monkeypatch.setattr(protection.QInputDialog, "getText", get_text)
    context = make_context(None, tmp_path)  # type: ignore[arg-type]
    window = MainWindow(context)
    qtbot.addWidget(window)
    app.open_at_start(window, location)
    qtbot.waitUntil(lambda: window.context.db is not None, timeout=20_000)
    assert window.context.db.encrypted
    assert len(asked) == 3
    assert asked[1].startswith("Phrase secrète incorrecte (essai 2 sur 3).")
    wait_for_jobs(5000)
    window.context.db.close()


def test_three_wrong_passphrases_change_nothing(qtbot, cipher_db, tmp_path, monkeypatch):
    location = Path(cipher_db.location)
    cipher_db.close()
    before = location.read_bytes()
    monkeypatch.setattr(protection.QInputDialog, "getText", lambda *a: ("faux", True))
    opened: list[Database] = []
    errors: list[BaseException] = []
    protection.open_database(
        None, str(location), opened.append, create=False, on_error=errors.append
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert not opened and "Phrase secrète incorrecte" in str(errors[0])
    assert location.read_bytes() == before


def test_file_new_creates_an_encrypted_database(qtbot, demo_db, tmp_path, monkeypatch):
    window = _open(qtbot, make_context(demo_db, tmp_path))
    target = tmp_path / "protegee.sqlite3"
    monkeypatch.setattr(
        database_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    hints: list[str] = []

    def choose(dialog: protection.NewPassphraseDialog) -> int:
        assert dialog.encrypt.isChecked()  # offered by default
        dialog.first.setText("court")
        hints.append(dialog.hint.text())
        assert not dialog.ok.isEnabled()
        dialog.first.setText(PASSPHRASE)
        dialog.second.setText(PASSPHRASE + "x")
        hints.append(dialog.hint.text())
        assert not dialog.ok.isEnabled()
        dialog.second.setText(PASSPHRASE)
        hints.append(dialog.hint.text())
        assert dialog.ok.isEnabled()
        return 1

    monkeypatch.setattr(protection.NewPassphraseDialog, "exec", choose)
    database_actions.new_database(window)
    qtbot.waitUntil(lambda: window.context.db.location == str(target), timeout=20_000)
    assert window.context.db.encrypted and window.lock_guard.action.isEnabled()
    assert hints[0] == "Au moins 8 caractères."
    assert "diffèrent" in hints[1] and hints[2].startswith("Solidité")
    assert b"SQLite format 3" not in target.read_bytes()[:16]
    wait_for_jobs(5000)


def test_read_only_database_shows_a_banner_and_refuses_changes(
    qtbot, demo_db, tmp_path, shown_messages
):
    location = demo_db.location
    demo_db.close()
    db = Database.open(location, read_only=True)
    try:
        window = _open(qtbot, timbuktu_context(db, tmp_path))
        banner = window.findChild(protection.ReadOnlyBanner)
        assert banner is not None and banner.isVisible()
        assert "est ouverte en lecture seule" in banner.label.text()
        for key in ("new_framework", "delete_framework", "new", "delete"):
            assert not window.actions_by_key[key].isEnabled(), key
        window.show_page("members")
        assert not window.actions_by_key["new"].isEnabled()
        from secframe.ui import database_actions as dba

        dba.delete_framework(window)  # a write that slips through is refused, in words
        qtbot.waitUntil(lambda: bool(shown_messages), timeout=10_000)
        assert "lecture seule" in shown_messages[-1][1]
        wait_for_jobs(5000)
    finally:
        db.close()


def test_the_print_preview_offers_a_redacted_copy(qtbot, demo_db, tmp_path, monkeypatch):
    import zipfile

    from secframe.jobs import JobState
    from secframe.services.briefing import find_meeting
    from secframe.ui.meetings import documents, printing
    from tests.fixtures.pdf import pdf_text

    context = timbuktu_context(demo_db, tmp_path)
    with demo_db.write() as s:  # a chair with a name, as the secretariat records it
        meeting = find_meeting(s, context.framework_id)
        s.execute(
            text("UPDATE meetings SET chair = 'Mahamane Sidibé' WHERE id = :m"), {"m": meeting.id}
        )
    brief, images = printing.assemble(context, meeting.id, JobState())
    preview = printing.BriefPreview(context, brief, images, None)
    qtbot.addWidget(preview)
    assert preview.redact_action in preview.findChild(printing.QToolBar).actions()
    assert brief.meeting.chair == "Mahamane Sidibé"
    preview.redact_action.setChecked(True)
    qtbot.waitUntil(lambda: preview.brief.meeting.chair != "Mahamane Sidibé", timeout=20_000)
    assert preview.brief.meeting.chair == "[présidence de séance]"
    target = tmp_path / "note.pdf"
    printing.save_brief_pdf(context, preview, preview.brief, preview.images, target)
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert "Sidibé" not in pdf_text(target)[0]
    word = tmp_path / "note.docx"  # Save as Word… from the same preview: redacted too
    monkeypatch.setattr(documents, "ask_path", lambda *a, **k: word)
    preview.save_word()
    qtbot.waitUntil(word.exists, timeout=20_000)
    wait_for_jobs(5000)
    with zipfile.ZipFile(word) as doc:
        content = " ".join(doc.read(n).decode("utf-8", "replace") for n in doc.namelist()
                           if n.endswith(".xml"))  # fmt: skip
    assert "[présidence de séance]" in content and "Sidib" not in content


def test_the_welcome_dialog_offers_to_encrypt_a_new_database(qtbot, tmp_path, monkeypatch):
    from secframe.ui.dialogs.welcome import WelcomeDialog, act_on

    path = tmp_path / "neuve.sqlite3"
    db = Database.open(path)
    window = MainWindow(make_context(db, tmp_path))
    qtbot.addWidget(window)
    window.show()
    welcome = WelcomeDialog(db.location, window, can_encrypt=protection.can_encrypt(db))
    qtbot.addWidget(welcome)
    assert welcome.findChild(QWidget, "welcome_encrypt") is not None

    def choose(dialog: protection.NewPassphraseDialog) -> int:
        dialog.first.setText(PASSPHRASE)
        dialog.second.setText(PASSPHRASE)
        return 1

    monkeypatch.setattr(protection.NewPassphraseDialog, "exec", choose)
    act_on(window, "encrypt")
    qtbot.waitUntil(lambda: window.context.db is not db, timeout=20_000)
    assert window.context.db.encrypted and b"SQLite format 3" not in path.read_bytes()[:16]
    assert not protection.can_encrypt(window.context.db)  # not offered twice
    wait_for_jobs(5000)
    window.context.db.close()


def test_session_minutes_redacted_copy_names_no_one(qtbot, demo_db, tmp_path, monkeypatch):
    import zipfile

    from secframe.services.briefing import find_meeting
    from secframe.ui.meetings import documents
    from secframe.ui.meetings.page import MeetingsPage

    context = timbuktu_context(demo_db, tmp_path)
    with demo_db.write() as s:  # a chair with a name, as the secretariat records it
        meeting = find_meeting(s, context.framework_id)
        s.execute(
            text("UPDATE meetings SET chair = 'Mahamane Sidibé' WHERE id = :m"), {"m": meeting.id}
        )
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.show()  # the sessions are read once the page is first shown
    qtbot.waitUntil(lambda: page.current_id() == meeting.id, timeout=10_000)
    asked: list[str] = []
    for name, save in (("complet", page.save_minutes), ("expurge", page.save_redacted_minutes)):
        target = tmp_path / f"cr-{name}.docx"
        monkeypatch.setattr(
            documents, "ask_path", lambda _p, title, *a, t=target, **k: asked.append(title) or t
        )
        save()
        qtbot.waitUntil(target.exists, timeout=20_000)
        wait_for_jobs(5000)
    assert asked[1] == "Enregistrer une copie expurgée du compte rendu"

    def words(path: Path) -> str:
        with zipfile.ZipFile(path) as doc:
            return " ".join(
                doc.read(n).decode("utf-8", "replace") for n in doc.namelist() if n.endswith(".xml")
            )

    assert "Sidib" in words(tmp_path / "cr-complet.docx")
    redacted = words(tmp_path / "cr-expurge.docx")
    assert "Sidib" not in redacted and "[présidence de séance]" in redacted
