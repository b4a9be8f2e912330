"""A database open read-only: nothing in the window looks writable. Every page's New and
Delete, their context menus and keys (Ctrl+N, Del), the Sessions page's buttons and panels,
imports, undo, frameworks; editors still open, to look, with their fields read-only and Save
greyed; and every control greyed says why in its tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QMenu, QPushButton

from secframe.db import Database
from secframe.ui import read_only
from secframe.ui.main_window import MainWindow
from secframe.ui.workers import wait_for_jobs
from tests.gui.helpers import opened_by, timbuktu_context, wait_ready

TIP = "La base est ouverte en lecture seule\u00a0: rien ne peut être modifié."


@pytest.fixture
def window(qtbot, demo_db: Database, tmp_path: Path, request, monkeypatch):  # type: ignore[no-untyped-def]
    """The main window on the example database open read-only: asked for (``--read-only``,
    the default) or, with the parameter "file", a file this account may not write (the
    permission check simulated: tests may run as root)."""
    location = demo_db.location
    demo_db.close()
    if getattr(request, "param", "asked") == "role":
        db = partner_database(request.getfixturevalue("pg_database"))
    elif getattr(request, "param", "asked") == "file":
        from secframe.db import access

        real = access.os.access
        monkeypatch.setattr(
            access.os, "access", lambda p, m: False if str(p) == location else real(p, m)
        )
        db = Database.open(location)
        assert db.read_only_reason is access.ReadOnlyReason.FILE
    else:
        db = Database.open(location, read_only=True)
    window = MainWindow(timbuktu_context(db, tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "places" in window.page_keys, timeout=10_000)
    qtbot.waitUntil(lambda: "meetings" in window.page_keys, timeout=10_000)
    yield window
    wait_for_jobs(5000)
    db.close()


def partner_database(admin: Database) -> Database:
    """The example frameworks on the PostgreSQL test server, opened with the README's partner
    role (it may only read)."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from secframe.db.access import ReadOnlyReason
    from secframe.services.demo import build_demo
    from tests.conftest import _reset_pg
    from tests.unit.db.test_read_only import readme_roles_sql

    _reset_pg(admin)
    with admin.write("demo") as s:
        build_demo(s)
    database = make_url(admin.url.render_as_string(hide_password=False)).database
    with admin.engine.begin() as conn:
        for role in ("secframe_partner", "secframe_secretariat"):
            if conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).scalar():
                conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        for statement in readme_roles_sql():
            conn.execute(text(statement.replace("DATABASE secframe", f"DATABASE {database}")))
    url = admin.url.set(username="secframe_partner", password=None)
    db = Database.open(url.render_as_string(hide_password=False), create=False)
    assert db.read_only_reason is ReadOnlyReason.ROLE
    return db


def greyed(control: QPushButton | QAction) -> bool:
    """Greyed, with the tooltip saying why."""
    return not control.isEnabled() and control.toolTip() == TIP


def show(qtbot, window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    page = window.show_page(key)
    qtbot.waitUntil(lambda: not window.context.loading and not page.stale, timeout=10_000)
    return page


def keys_do_nothing(qtbot, window: MainWindow, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N and Del reach neither the page's New nor its Delete."""
    called: list[str] = []
    monkeypatch.setattr(page, "new_record", lambda: called.append("new"), raising=False)
    monkeypatch.setattr(page, "delete_selected", lambda: called.append("delete"), raising=False)
    for key, modifier in ((Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)):  # fmt: skip
        qtbot.keyClick(window.focusWidget() or window, key, modifier)
    assert called == []
    assert greyed(window.actions_by_key["new"]) and greyed(window.actions_by_key["delete"])


def context_actions(page, rows: list) -> dict[str, QAction]:  # type: ignore[no-untyped-def]
    return {a.text(): a for a in page.record_actions(rows) if a is not None}


@pytest.mark.parametrize(
    "window", ["asked", "file", pytest.param("role", marks=pytest.mark.postgresql)], indirect=True
)
def test_the_window_and_the_list_pages_offer_nothing_that_writes(qtbot, window, monkeypatch):
    assert window.context.read_only
    for key in read_only.WRITE_ACTIONS:  # every menu entry that writes exists and is greyed
        assert greyed(window.actions_by_key[key]), key
    for key in ("backup", "open_database", "export", "search_everywhere"):
        assert window.actions_by_key[key].isEnabled(), key  # reading, copying and printing stay
    assert window.actions_by_key["framework_properties"].isEnabled()  # opens to look

    for key in ("commitments", "members", "incidents", "places"):
        page = show(qtbot, window, key)
        assert greyed(page.new_button), key
        rows = page.proxy.visible_rows()[:1]
        assert rows, key
        page.view.select_ids({page.spec.row_id(rows[0])})
        page.view.setFocus()
        actions = context_actions(page, page.view.selected_rows())
        assert actions.pop("Ouvrir").isEnabled(), key  # editors open, to look
        assert actions and all(greyed(a) for a in actions.values()), (key, list(actions))
        keys_do_nothing(qtbot, window, page, monkeypatch)

    commitments = window.page("commitments")
    assert {"Changer le statut…", "Reporter l’échéance…", "Passation…"} <= set(
        context_actions(commitments, commitments.proxy.visible_rows()[:1])
    )
    places = window.page("places")
    assert greyed(places.new_axis_button)
    places.tabs.setCurrentIndex(1)
    places._axes_menu(places.axes_view.mapToGlobal(places.axes_view.rect().center()),
                      places.axes_model.rows[:1])  # fmt: skip
    menu = places.findChildren(QMenu)[-1]
    entries = {a.text(): a for a in menu.actions()}
    assert entries["Ouvrir"].isEnabled()
    assert greyed(entries["Nouvel axe"]) and greyed(entries["Supprimer…"])
    menu.close()


def test_the_sessions_page_is_shown_to_read(qtbot, window, monkeypatch):
    page = show(qtbot, window, "meetings")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    assert not page.data.meeting.locked  # an open session: only the database stops writing
    for button in (page.new_button, page.delete_button, page.adopt_button, page.save_button,
                   page.revert_button):  # fmt: skip
        assert greyed(button), button.text()
    assert page.print_button.isEnabled() and page.pdf_button.isEnabled()  # still printed
    editor = page.editor
    assert not editor.place.isEnabled() and not editor.chair.isEnabled()
    assert editor.agenda.isReadOnly() and editor.notes.isReadOnly()
    assert not editor.attendance.add_button.isEnabled()
    review = page.review
    for button in (review.record_button, review.unchanged_button, review.rest_button,
                   review.clear_button):  # fmt: skip
        assert greyed(button), button.text()
    decisions = page.decisions
    if decisions.list.count():
        decisions.list.setCurrentRow(0)
    for button in (decisions.add_button, decisions.edit_button, decisions.delete_button):
        assert greyed(button), button.text()
    # An adopted session's follow-up actions can still be marked done, but not here.
    third = next(m for m in page.model.rows if m.number == 3)
    page.load(third.id)
    qtbot.waitUntil(lambda: page.current_id() == third.id and not page.stale, timeout=10_000)
    follow_up = decisions.follow_up
    for row in range(decisions.list.count()):
        decisions.list.setCurrentRow(row)
        if any(a.status.is_pending for a in follow_up.items):
            break
    follow_up.table.selectRow(next(i for i, a in enumerate(follow_up.items) if a.status.is_pending))
    for button in (follow_up.add_button, follow_up.edit_button, follow_up.done_button,
                   follow_up.drop_button, follow_up.delete_button):  # fmt: skip
        assert greyed(button), button.text()
    for key in ("new_session", "adopt_previous", "prepare_points"):
        assert greyed(window.actions_by_key[key]), key
    page.new_session()  # called anyway (the menu's entry is greyed): no new session to type
    assert not page.has_unsaved_changes()
    keys_do_nothing(qtbot, window, page, monkeypatch)


def test_editors_open_to_look_with_nothing_to_save(qtbot, window, shown_messages):
    page = show(qtbot, window, "commitments")
    item = next(r for r in page.proxy.visible_rows() if r.row.status.is_open)
    editor = opened_by(qtbot, page, lambda: page.editor(item.id))
    wait_ready(qtbot, editor)
    assert editor.form.title.text() == item.row.title  # shown
    assert editor.form.title.isReadOnly()
    assert greyed(editor.save_button)
    for button in (editor.status_button, editor.deadline_button, editor.handover_button):
        assert not button.isEnabled() and button.toolTip() == TIP, button.text()
    adds = [b for b in editor.findChildren(QPushButton) if b.text().startswith("Ajouter")]
    assert adds and not any(b.isEnabled() for b in adds)
    assert not any(c.isEnabled() for c in editor.findChildren(QComboBox))
    assert all(e.isReadOnly() and not e.placeholderText() for e in editor.findChildren(QLineEdit))
    notice = editor.findChild(QLabel, "read_only_notice")
    assert notice is not None and "lecture seule" in notice.text()
    editor.tabs.setCurrentIndex(2)  # the tabs still turn
    assert editor.tabs.currentIndex() == 2
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.saving and editor.isVisible()
    editor.reject()
    assert not editor.isVisible()  # nothing to lose: closes without asking

    status = opened_by(qtbot, page, lambda: page.change_status(item))
    assert greyed(status.save_button)
    status.reject()

    for key, open_one in (
        ("members", lambda p: p.editor(p.proxy.visible_rows()[0].id)),
        ("places", lambda p: p.open_axis(p.axes_model.rows[0].id)),
    ):
        other = show(qtbot, window, key)
        dialog = open_one(other)
        wait_ready(qtbot, dialog)
        assert greyed(dialog.save_button), key
        assert all(e.isReadOnly() for e in dialog.findChildren(QLineEdit)), key
        dialog.reject()
    from secframe.ui import actions
    from secframe.ui.editors.framework import FrameworkEditor

    actions.edit_framework(window)  # Framework properties…: the regions can still be looked at
    framework = window.findChild(FrameworkEditor)
    wait_ready(qtbot, framework)
    assert framework.name.text() and framework.name.isReadOnly()
    assert greyed(framework.save_button)
    framework.reject()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert shown_messages == []  # nothing was tried and refused


def test_a_writable_database_opened_next_gives_every_control_back(qtbot, window):
    page = show(qtbot, window, "commitments")
    assert greyed(page.new_button) and greyed(window.actions_by_key["import_workbook"])
    read_only_db = window.context.db
    writable_db = Database.open(read_only_db.location)  # the same file, opened to write
    window.context.set_database(writable_db)
    read_only_db.close()
    qtbot.waitUntil(lambda: not window.context.loading and not page.stale, timeout=10_000)
    try:
        assert not window.context.read_only
        assert page.new_button.isEnabled() and page.new_button.toolTip() != TIP
        for key in ("new", "new_framework", "import_workbook", "import_incidents", "restore",
                    "new_session"):  # fmt: skip
            action = window.actions_by_key[key]
            assert action.isEnabled() and action.toolTip() != TIP, key
        assert not window.actions_by_key["undo"].isEnabled()  # nothing done yet to undo
        sessions = show(qtbot, window, "meetings")
        qtbot.waitUntil(lambda: sessions.data is not None, timeout=10_000)
        assert sessions.new_button.isEnabled() and sessions.editor.place.isEnabled()
        assert sessions.review.rest_button.isEnabled() and sessions.decisions.add_button.isEnabled()
    finally:
        wait_for_jobs(5000)
        writable_db.close()
