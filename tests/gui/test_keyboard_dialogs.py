"""Keyboard access in the dialogs of sessions, import and export, preferences and welcome:
every form label has an Alt letter reaching its field, and no letter is used twice."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from secframe.exchange import importer
from secframe.services import frameworks as fws
from secframe.ui.context import AppContext
from secframe.ui.dialogs.preferences import PreferencesDialog
from secframe.ui.dialogs.welcome import WelcomeDialog
from secframe.ui.exchange.actions import IncidentOptionsDialog
from secframe.ui.exchange.export_dialog import ExportDialog
from secframe.ui.exchange.mapping_dialog import MappingDialog
from secframe.ui.exchange.preview_dialog import PreviewDialog
from secframe.ui.language import install_language
from secframe.ui.main_window import MainWindow
from secframe.ui.meetings.decision_dialog import DecisionDialog
from secframe.ui.meetings.review_dialog import ReviewDialog
from tests.gui.keyboard import keyboard_problems
from tests.gui.test_exchange_ui import foreign_file, report_with_problems

LANGUAGES = pytest.mark.parametrize("language", ["fr", "en"])


@pytest.fixture
def window(qtbot, demo_db, settings) -> MainWindow:
    context = AppContext(demo_db, settings)
    with demo_db.read() as s:
        context.set_framework(fws.find_framework(s, "CGCS Tombouctou-Taoudéni").id)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _meetings(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    page = window.show_page("meetings")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    return page


@LANGUAGES
def test_review_and_decision_dialogs(qtbot, window, language):
    install_language(language)
    page = _meetings(qtbot, window)
    data = page.data
    item = next(i for i in data.sheet.items if i.commitment.status.value == "active")
    review = ReviewDialog(window.context, data.meeting, item, page)
    qtbot.addWidget(review)
    problems = []
    for i, button in enumerate(review.choices.buttons()):
        button.setChecked(True)
        problems += [f"choice {i}: {p}" for p in keyboard_problems(review)]
    decision = DecisionDialog(window.context, data.meeting, data.members, data.commitments, None)
    qtbot.addWidget(decision)
    for i, button in enumerate(decision.choices.buttons()):
        button.setChecked(True)
        problems += [f"decision choice {i}: {p}" for p in keyboard_problems(decision)]
    assert problems == []


def _export(settings, tmp_path, sample) -> QWidget:  # type: ignore[no-untyped-def]
    return ExportDialog(settings, "CT")


def _mapping(settings, tmp_path, sample) -> QWidget:  # type: ignore[no-untyped-def]
    return MappingDialog(importer.inspect(sample.db, foreign_file(tmp_path)))


DIALOGS = {
    "export": _export,
    "mapping": _mapping,
    "preview": lambda settings, tmp_path, sample: PreviewDialog(report_with_problems(), "CT"),
    "incident options": lambda settings, tmp_path, sample: IncidentOptionsDialog("CT"),
    "preferences": lambda settings, tmp_path, sample: PreferencesDialog(settings),
    "welcome": lambda settings, tmp_path, sample: WelcomeDialog(str(tmp_path)),
}


@LANGUAGES
@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_letters(qtbot, settings, tmp_path, sqlite_sample, name, language):
    install_language(language)
    dialog = DIALOGS[name](settings, tmp_path, sqlite_sample)
    qtbot.addWidget(dialog)
    assert keyboard_problems(dialog) == []
