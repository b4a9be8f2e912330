"""No database session on the UI thread while the window, its pages and the commitment editors
open: every read runs as a background operation (``AppContext.load``/``write``)."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event, text

from secframe.db.session import SecframeSession
from secframe.ui import app
from secframe.ui.context import AppContext
from secframe.ui.main_window import MainWindow
from secframe.ui.pages.commitments import CommitmentsPage
from tests.gui.helpers import make_context


@contextmanager
def sessions_on_the_ui_thread() -> Iterator[list[str]]:
    """Where a session began a transaction on the UI (main) thread, meanwhile."""
    found: list[str] = []

    def note(_session: object, _transaction: object, _connection: object) -> None:
        if threading.current_thread() is threading.main_thread():
            found.append("".join(traceback.format_stack(limit=14)))

    event.listen(SecframeSession, "after_begin", note)
    try:
        yield found
    finally:
        event.remove(SecframeSession, "after_begin", note)


def test_the_recorder_sees_a_read_on_the_ui_thread(sqlite_sample):
    with sessions_on_the_ui_thread() as found, sqlite_sample.db.read() as session:
        session.execute(text("select 1"))
    assert len(found) == 1  # so the checks below can fail


def test_start_up_and_every_page_read_in_the_background(qtbot, demo_db, tmp_path):
    settings = make_context(demo_db, tmp_path).settings
    with sessions_on_the_ui_thread() as found:
        window = MainWindow(AppContext(None, settings))
        qtbot.addWidget(window)
        window.show()
        app.open_at_start(window, demo_db.location)
        qtbot.waitUntil(lambda: len(window.page_keys) == 6, timeout=10_000)
        for key in window.page_keys:
            page = window.show_page(key)
            qtbot.waitUntil(lambda: not window.context.loading, timeout=10_000)
            qtbot.waitUntil(lambda page=page: not getattr(page, "stale", False), timeout=20_000)
            page.repaint()
            qtbot.waitUntil(lambda: not window.context.loading, timeout=10_000)
    assert found == [], found[0]
    window.context.db.close()


def test_the_commitment_editor_and_change_dialogs_read_in_the_background(qtbot, demo_db, tmp_path):
    context = make_context(demo_db, tmp_path)
    with demo_db.read() as s:
        from secframe.services.frameworks import find_framework

        context.set_framework(find_framework(s, "CGCS Tombouctou-Taoudéni").id)
    page = CommitmentsPage(context)
    qtbot.addWidget(page)
    with sessions_on_the_ui_thread() as found:
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not context.loading, timeout=10_000)
        item = next(r for r in page.model.rows if r.row.status.is_open)
        opened: list[object] = []
        page.editor_opened.connect(opened.append)
        for open_it in (
            lambda: page.editor(item.id),
            lambda: page.editor(None),
            lambda: page.change_status(item),
            lambda: page.revise_deadline(item),
            lambda: page.hand_over(item),
        ):
            count = len(opened)
            open_it()
            qtbot.waitUntil(lambda count=count: len(opened) == count + 1, timeout=10_000)
            opened[-1].reject()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: not context.loading, timeout=10_000)
    assert found == [], found[0]


def test_the_other_editors_read_in_the_background(qtbot, demo_db, tmp_path):
    from secframe.ui.editors.framework import FrameworkEditor
    from secframe.ui.editors.places import LocalityEditor
    from secframe.ui.pages.incidents import IncidentsPage
    from secframe.ui.pages.members import MembersPage
    from secframe.ui.pages.places import PlacesPage

    context = make_context(demo_db, tmp_path)
    with demo_db.read() as s:
        from secframe.services.frameworks import find_framework

        framework_id = find_framework(s, "CGCS Tombouctou-Taoudéni").id
    context.set_framework(framework_id)
    pages = [MembersPage(context), IncidentsPage(context), PlacesPage(context)]
    for page in pages:
        qtbot.addWidget(page)
    with sessions_on_the_ui_thread() as found:
        for page in pages:
            page.show()
            qtbot.waitUntil(
                lambda page=page: not page.stale and not context.loading, timeout=10_000
            )
        members, incidents, places = pages
        editors = [
            members.editor(members.model.rows[0].id),
            incidents.editor(incidents.lazy.ids[0]),
            incidents.editor(None),
            places.open_axis(None),
            LocalityEditor(context, None),
            FrameworkEditor(context, framework_id),
        ]
        for editor in editors:
            qtbot.waitUntil(lambda editor=editor: editor.is_ready, timeout=10_000)
            editor.reject()
        qtbot.waitUntil(lambda: not context.loading, timeout=10_000)
    assert found == [], found[0]
