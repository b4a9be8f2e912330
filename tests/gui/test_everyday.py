"""Everyday use: a word after every save, undo and redo, Qt's dialogs in French, folders."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from secframe.models import CommitmentKind, CommitmentStatus, StatusCause
from secframe.services import commitments as cs
from secframe.ui import folders
from secframe.ui.language import install_language
from secframe.ui.main_window import MainWindow
from secframe.ui.workers import wait_for_jobs
from tests.gui.helpers import (
    commitment_editor,
    make_context,
    opened_by,
    save_and_wait,
    wait_ready,
)

YESTERDAY = date.today() - timedelta(days=1)


@pytest.fixture(params=["fr", "en"])
def language(request) -> str:  # type: ignore[no-untyped-def]
    install_language(request.param)
    return str(request.param)


def _window(qtbot, sample, tmp_path) -> MainWindow:  # type: ignore[no-untyped-def]
    context = make_context(sample.db, tmp_path, sample.framework_id)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("commitments")
    qtbot.waitUntil(lambda: not context.loading and not page.stale, timeout=10_000)
    return window


def _fr(text: str) -> str:
    """French typography: non-breaking spaces before colons and inside « »."""
    return text.replace(" :", "\u00a0:").replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def _status(sample, ident: int) -> CommitmentStatus:  # type: ignore[no-untyped-def]
    with sample.db.read() as s:
        return cs.get_commitment(s, ident).row.status


WORDS = {
    "fr": {
        "saved": "Enregistré : « {ref} · Escortes des foires hebdomadaires » (recherche et filtres",
        "undo": "&Annuler « changement de statut de « Patrouilles Goundam » »",
        "undone": "Annulé : changement de statut de « Patrouilles Goundam »",
        "redo": "Ré&tablir « changement de statut de « Patrouilles Goundam » »",
        "nothing": "&Annuler",
    },
    "en": {
        "saved": "Saved: “{ref} · Escortes des foires hebdomadaires” (search and filters cleared",
        "undo": "&Undo “status change of “Patrouilles Goundam””",
        "undone": "Undone: status change of “Patrouilles Goundam”",
        "redo": "&Redo “status change of “Patrouilles Goundam””",
        "nothing": "&Undo",
    },
}


def test_a_new_commitment_hidden_by_the_search_is_shown_and_confirmed(
    qtbot, sqlite_sample, tmp_path, language
):
    sqlite_sample.commitment("Patrouilles Goundam")
    window = _window(qtbot, sqlite_sample, tmp_path)
    page = window.page("commitments")
    qtbot.keyClicks(page.search, "goundam")
    editor = opened_by(qtbot, page, lambda: page.editor(None))
    assert not editor.isWindowModified()
    editor.form.title.setText("Escortes des foires hebdomadaires")
    editor.form.kind.set_value(CommitmentKind.ESCORT)
    editor.show_modified()
    assert editor.isWindowModified()  # the title's (*) says something is not saved yet
    save_and_wait(qtbot, editor)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: len(page.view.selected_rows()) == 1, timeout=5000)
    assert page.view.selected_rows()[0].row.title == "Escortes des foires hebdomadaires"
    assert page.search.text() == ""
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(_fr(WORDS[language]["saved"]).format(ref=f"CT-{date.today().year}-001"))
    )


def test_undo_and_redo_a_status_change_from_the_edit_menu(qtbot, sqlite_sample, tmp_path, language):
    c = sqlite_sample.commitment("Patrouilles Goundam", status=CommitmentStatus.ACTIVE)
    window = _window(qtbot, sqlite_sample, tmp_path)
    undo, redo = window.actions_by_key["undo"], window.actions_by_key["redo"]
    assert not undo.isEnabled() and undo.text() == _fr(WORDS[language]["nothing"])
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert redo.shortcut().toString() == "Ctrl+Shift+Z"
    page = window.page("commitments")
    dialog = opened_by(
        qtbot, page, lambda: page.change_status(page.model.rows[0])
    )  # deleted once closed
    dialog.status.set_value(CommitmentStatus.SUSPENDED)
    dialog.on.set_value(YESTERDAY)
    dialog.cause.set_value(StatusCause.SECURITY)
    dialog.reason.setPlainText("Attaque sur l’axe")
    save_and_wait(qtbot, dialog)
    qtbot.waitUntil(undo.isEnabled, timeout=5000)
    assert undo.text() == _fr(WORDS[language]["undo"])

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _status(sqlite_sample, c.id) == CommitmentStatus.ACTIVE, timeout=5000)
    qtbot.waitUntil(redo.isEnabled, timeout=5000)
    assert window.statusBar().currentMessage() == _fr(WORDS[language]["undone"])
    assert redo.text() == _fr(WORDS[language]["redo"])
    redo.trigger()
    qtbot.waitUntil(
        lambda: _status(sqlite_sample, c.id) == CommitmentStatus.SUSPENDED, timeout=5000
    )
    wait_for_jobs(5000)


def test_undo_refuses_to_overwrite_someone_elses_change(
    qtbot, sqlite_sample, tmp_path, shown_messages
):
    c = sqlite_sample.commitment("Patrouilles Goundam", status=CommitmentStatus.ACTIVE)
    window = _window(qtbot, sqlite_sample, tmp_path)
    with sqlite_sample.db.write() as s:  # through this app: recorded for undo
        cs.change_status(
            s, c.id, CommitmentStatus.SUSPENDED, on=YESTERDAY,
            cause=StatusCause.RESOURCES, reason="Plus de carburant",
        )  # fmt: skip
    other = sqlite_sample.db.session_factory()  # someone else, on another computer
    other.info.pop("undo_history")
    other.info["user"] = "fatoumata"
    cs.change_status(other, c.id, CommitmentStatus.ACTIVE, on=date.today(), reason="Reprise")
    other.commit()
    other.close()
    window.context.notify_changed("Commitment")
    window.actions_by_key["undo"].trigger()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=5000)
    _kind, text = shown_messages[0]
    assert "fatoumata" in text and "Rien n’a été modifié" in text
    assert _status(sqlite_sample, c.id) == CommitmentStatus.ACTIVE


def test_the_file_dialog_speaks_french(qtbot, tmp_path):
    dialog = QFileDialog(None, "Enregistrer", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "&Voir dans\u00a0:" in labels
    assert "Fichiers de &type\u00a0:" in labels
    assert "&Nom de fichier\u00a0:" in labels


def test_folders_default_to_documents_then_remember_each_kind(tmp_path):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert folders.last_folder(settings, "brief") == folders.documents_folder()
    (tmp_path / "notes").mkdir()
    folders.remember_folder(settings, "brief", tmp_path / "notes" / "note.pdf")
    assert folders.last_folder(settings, "brief") == tmp_path / "notes"
    assert folders.last_folder(settings, "backup") == folders.documents_folder()
    assert folders.last_folder(settings, "backup", Path("/x")) == Path("/x")


def test_history_speaks_local_time_and_never_database_numbers(language):
    from datetime import UTC, datetime

    from secframe.models import AuditAction
    from secframe.services.history import AuditInfo
    from secframe.ui.editors.history import audit_headers, audit_rows

    at = datetime(2020, 6, 1, 12, 0)
    entry = AuditInfo(1, at, "aminata", AuditAction.CREATE, "ResourceNeed", 13, None, "#13", None, None)  # fmt: skip
    (row,) = audit_rows([entry])
    assert row[-1] == ""  # not « #13 »
    local = at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert row[0].endswith(local.strftime("%H:%M"))
    assert audit_headers()[0] == {"fr": "Quand (heure locale)", "en": "When (local time)"}[language]


def test_the_commitments_list_shows_references(qtbot, sqlite_sample, tmp_path):
    sqlite_sample.commitment("Patrouilles Goundam", start_date=date(2019, 3, 1))
    window = _window(qtbot, sqlite_sample, tmp_path)
    page = window.page("commitments")
    column = [c.key for c in page.spec.columns].index("reference")
    assert not page.view.isColumnHidden(column)
    assert page.model.index(0, column).data() == "CT-2019-001"


def test_typing_dire_suggests_the_cercle_and_the_commune_and_one_click_chooses(qtbot, demo_db):
    from secframe.services import places
    from secframe.ui.widgets.pickers import KEY_ROLE, PlacePicker

    with demo_db.read() as s:
        every = places.list_localities(s)
    picker = PlacePicker()
    qtbot.addWidget(picker)
    picker.set_places(every)
    picker.show()
    qtbot.keyClicks(picker.edit, "dire")
    popup = picker.completer.popup()
    assert popup.isVisible()
    model = popup.model()
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "Tombouctou › Diré — Cercle" in shown
    assert "Tombouctou › Diré › Diré — Commune" in shown
    row = shown.index("Tombouctou › Diré › Diré — Commune")
    commune = model.index(row, 0).data(KEY_ROLE)[1]
    qtbot.mouseClick(
        popup.viewport(),
        Qt.MouseButton.LeftButton,
        pos=popup.visualRect(model.index(row, 0)).center(),
    )
    assert picker.value() == commune
    assert picker.edit.text() == "Tombouctou › Diré › Diré"
    # The ▾ list opens under the field; one click on a place chooses it.
    picker.open_list()
    menu = picker._menu
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    assert abs(menu.pos().x() - picker.edit.mapToGlobal(picker.edit.rect().bottomLeft()).x()) < 5
    picker.search.setText("niafunke")
    index = picker.tree.model().index(0, 0)
    while picker.tree.model().rowCount(index):
        index = picker.tree.model().index(0, 0, index)
    qtbot.mouseClick(
        picker.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=picker.tree.visualRect(index).center(),
    )
    assert picker.label().endswith("Niafunké") and not menu.isVisible()


def test_a_new_place_and_a_new_axis_from_the_commitment_editor(qtbot, sqlite_sample, tmp_path):
    from secframe.models import LocalityLevel
    from secframe.ui.editors.places import AxisEditor, LocalityEditor

    context = make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)
    editor = commitment_editor(context, None)
    qtbot.addWidget(editor)
    editor.show()
    picker = editor.form.locality
    assert not picker.new_place_button.isHidden() and not picker.new_axis_button.isHidden()
    picker.new_place_button.click()
    (place_editor,) = editor.findChildren(LocalityEditor)
    wait_ready(qtbot, place_editor)  # the form is filled once its lists are read
    place_editor.name.setText("Ber")
    place_editor.level.set_value(LocalityLevel.COMMUNE)
    place_editor.parent_place.set_value(sqlite_sample.cercle_id)
    save_and_wait(qtbot, place_editor)
    qtbot.waitUntil(lambda: picker.label() == "Tombouctou › Tombouctou › Ber", timeout=5000)
    picker.new_axis_button.click()
    (axis_editor,) = editor.findChildren(AxisEditor)
    wait_ready(qtbot, axis_editor)
    axis_editor.name.setText("Tombouctou – Ber")
    axis_editor._append(sqlite_sample.cercle_id)
    axis_editor._append(picker.value())
    save_and_wait(qtbot, axis_editor)
    qtbot.waitUntil(lambda: editor.form.axis.currentText() == "Tombouctou – Ber", timeout=5000)


@pytest.mark.parametrize("code", ["fr", "en"])
def test_the_sessions_page_uses_each_alt_letter_once_and_real_plurals(
    qtbot, demo_db, tmp_path, code
):
    from tests.gui.keyboard import clash_problems
    from tests.gui.test_keyboard_dialogs import _meetings

    install_language(code)
    window = MainWindow(make_context(demo_db, tmp_path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.extensions_installed, timeout=10_000):  # pages built
        window.show()
    page = _meetings(qtbot, window)
    assert clash_problems(page) == []
    page.model.rowCount = lambda *a: 0  # type: ignore[method-assign]
    assert page.status_text() == {"fr": "0 session", "en": "0 sessions"}[code]
    page.model.rowCount = lambda *a: 2  # type: ignore[method-assign]
    assert page.status_text() == {"fr": "2 sessions", "en": "2 sessions"}[code]


@pytest.mark.usefixtures("language")
def test_a_past_deadline_is_accepted_with_a_warning(qtbot, sqlite_sample, tmp_path, language):

    context = make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)
    editor = commitment_editor(context, None)
    qtbot.addWidget(editor)
    editor.show()
    form = editor.form
    form.title.setText("Escortes des foires")
    form.deadline.edit.setText("01/02/2020")
    form.deadline.edit.editingFinished.emit()
    warning = form.deadline_warning
    assert not warning.isHidden()  # under the deadline, on the « Dates et suivi » tab
    assert warning.text().startswith(
        {"fr": "Cette échéance est déjà passée", "en": "This deadline is already past"}[language]
    )
    form.deadline.edit.setText(f"01/02/{date.today().year + 1}")
    form.deadline.edit.editingFinished.emit()
    assert warning.isHidden()
    form.deadline.edit.setText("01/02/2020")
    save_and_wait(qtbot, editor)  # a warning, not an error: the commitment is saved
    with sqlite_sample.db.read() as s:
        (row,) = cs.list_commitments(s, sqlite_sample.framework_id)
    assert row.deadline == date(2020, 2, 1)


def test_history_says_fcfa_not_xof():
    from secframe.services.commitments.history import readable

    assert readable("currency", "XOF") == "FCFA"
    assert readable("currency", "EUR") == "EUR"


DELETION = {
    "fr": {"asked": "Édition › Annuler (Ctrl+Z) peut tout rétablir tant que secframe reste ouvert.",
           "undo": "&Annuler « suppression de « {title} » »",
           "undone": "Annulé : suppression de « {title} »"},
    "en": {"asked": "Edit › Undo (Ctrl+Z) can bring it all back until secframe is closed.",
           "undo": "&Undo “deletion of “{title}””",
           "undone": "Undone: deletion of “{title}”"},
}  # fmt: skip


def test_a_deleted_commitment_comes_back_with_ctrl_z(
    qtbot, sqlite_sample, tmp_path, language, monkeypatch
):
    from secframe.ui.dialogs import ask

    c = sqlite_sample.commitment(
        "Escortes des foires", partners=(cs.PartnerInput(sqlite_sample.fama, "escorte"),)
    )
    window = _window(qtbot, sqlite_sample, tmp_path)
    page = window.page("commitments")
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: asked.append(a[4]) or True)
    page.delete_records([next(r for r in page.model.rows if r.id == c.id)])
    qtbot.waitUntil(lambda: page.model.row_of(c.id) < 0, timeout=5000)
    assert asked[0].endswith(_fr(DELETION[language]["asked"]))
    undo = window.actions_by_key["undo"]
    qtbot.waitUntil(undo.isEnabled, timeout=5000)
    assert undo.text() == _fr(DELETION[language]["undo"].format(title=c.row.title))

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.row_of(c.id) >= 0, timeout=5000)  # back in the list
    with sqlite_sample.db.read() as s:
        back = cs.get_commitment(s, c.id)
    assert (back.row.reference, [p.member_id for p in back.partners]) == (
        c.row.reference,
        [sqlite_sample.fama],
    )
    assert window.statusBar().currentMessage() == _fr(
        DELETION[language]["undone"].format(title=c.row.title)
    )
    wait_for_jobs(5000)
