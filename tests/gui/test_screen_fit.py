"""Windows and dialogs fit an office laptop's 1366 × 768 screen (less its taskbar)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize

from secframe.jobs import JobState
from secframe.ui.context import AppContext
from secframe.ui.widgets import screen
from secframe.ui.widgets.screen import FRAME_ALLOWANCE, fitted_size
from tests.gui.helpers import commitment_editor, timbuktu_context

LAPTOP = QRect(0, 0, 1366, 728)  # 1366 × 768 with a 40-pixel taskbar


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(screen, "available_geometry", lambda widget: LAPTOP)
    return LAPTOP


@pytest.fixture
def context(demo_db, tmp_path) -> AppContext:
    return timbuktu_context(demo_db, tmp_path)


def fits(size: QSize) -> bool:
    return (
        size.width() + FRAME_ALLOWANCE.width() <= LAPTOP.width()
        and size.height() + FRAME_ALLOWANCE.height() <= LAPTOP.height()
    )


def test_a_size_is_kept_when_it_fits_and_shrunk_when_it_does_not():
    assert fitted_size(QSize(640, 480), LAPTOP) == QSize(640, 480)
    assert fitted_size(QSize(1020, 720), LAPTOP) == QSize(1020, 688)
    assert fitted_size(QSize(1400, 600), LAPTOP) == QSize(1350, 600)


def test_the_main_window_fits_the_laptop_screen(qtbot, laptop, context):
    from secframe.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    assert fits(window.size()) and window.width() >= 1340  # the whole width is used


def test_the_editors_fit_the_laptop_screen(qtbot, laptop, context):
    from secframe.services.commitments import list_commitments

    with context.db.read() as s:
        first = list_commitments(s, context.framework_id)[0]
    editor = commitment_editor(context, first.id)
    qtbot.addWidget(editor)
    assert fits(editor.size())


def test_the_brief_preview_fits_the_laptop_screen(qtbot, laptop, context):
    from secframe.services import meetings as ms
    from secframe.ui.meetings import printing

    with context.db.read() as s:
        meeting = ms.list_meetings(s, context.framework_id)[-1]
    brief, images = printing.assemble(context, meeting.id, JobState())
    preview = printing.BriefPreview(context, brief, images, None)
    qtbot.addWidget(preview)
    assert fits(preview.size())


def test_the_needs_table_shows_every_column_without_scrolling_sideways(qtbot, laptop, context):
    from secframe.services.commitments import list_commitments

    with context.db.read() as s:
        alafia = next(c for c in list_commitments(s, context.framework_id) if "Alafia" in c.title)
    editor = commitment_editor(context, alafia.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.needs)
    table = editor.needs.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=10_000)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    gap = table.model().index(0, header.count() - 1).data()
    assert header.sectionSize(header.count() - 1) >= table.fontMetrics().horizontalAdvance(gap)


def test_the_representatives_table_needs_no_sideways_scrolling(qtbot, laptop, context):
    from secframe.ui.editors.member import MemberEditor

    editor = MemberEditor(context, None)
    qtbot.addWidget(editor)
    editor.show()
    table = editor.representatives.table
    qtbot.waitUntil(lambda: table.viewport().width() > 300, timeout=5_000)
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.columnWidth(0) >= 150  # the name gets the room left


def test_a_text_box_takes_the_free_room_of_its_editor(qtbot, laptop, context):
    from secframe.ui.editors.incident import IncidentEditor

    editor = IncidentEditor(context, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.waitUntil(lambda: editor.is_ready, timeout=5000)
    description, source = editor.description, editor.source
    below = description.mapTo(editor, description.rect().bottomLeft()).y()
    next_field = source.mapTo(editor, source.rect().topLeft()).y()
    assert next_field - below < 24  # no blank band between Description and Source
