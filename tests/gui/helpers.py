"""Helpers for GUI tests: a context on a test database, and waiting for saves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from secframe.db import Database
from secframe.ui.context import AppContext


def make_context(db: Database, tmp_path: Path, framework_id: int | None = None) -> AppContext:
    """An application context with private settings, showing one framework."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(db, settings)
    if framework_id is not None:
        context.set_framework(framework_id)
    return context


def timbuktu_context(db: Database, tmp_path: Path) -> AppContext:
    """An application context on the example database's Timbuktu and Taoudéni framework."""
    from secframe.services.frameworks import find_framework

    with db.read() as s:
        framework_id = find_framework(s, "CGCS Tombouctou-Taoudéni").id
    return make_context(db, tmp_path, framework_id)


def wait_ready(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Wait until an editor has read what it shows (Save is greyed until then)."""
    qtbot.waitUntil(lambda: getattr(dialog, "is_ready", True), timeout=5000)


def save_and_wait(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Click Save and wait until the dialog closed after a successful save (it may have been
    deleted since: only Python attributes are read afterwards)."""
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    wait_ready(qtbot, dialog)
    dialog.save()
    qtbot.waitUntil(lambda: bool(closed) or not dialog._saving, timeout=5000)
    assert closed == [QDialog.DialogCode.Accepted], dialog.banner.text


def save_and_fail(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    """Click Save and wait until the save was refused (the dialog stays open)."""
    wait_ready(qtbot, dialog)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5000)
    assert dialog.result() != QDialog.DialogCode.Accepted


def commitment_editor(context: AppContext, commitment_id: int | None, parent=None):  # type: ignore[no-untyped-def]
    """A commitment editor on a commitment (None: a new one), its data read here as the
    commitments page reads it in the background before building the editor."""
    from secframe.ui.editors.commitment import CommitmentEditor, read_editor_data

    with context.db.read() as session:
        data = read_editor_data(session, context.framework_id, commitment_id)
    return CommitmentEditor(context, data, parent)


def opened_by(qtbot, page, open_it: Callable[[], object]):  # type: ignore[no-untyped-def]
    """The editor or dialog a page opens once it read its data in the background
    (``open_it`` starts it; the page's ``editor_opened`` carries it)."""
    with qtbot.waitSignal(page.editor_opened, timeout=5000) as opened:
        open_it()
    return opened.args[0]


def member_infos(*members: tuple[int, str, str]):  # type: ignore[no-untyped-def]
    """Members as pickers receive them, from (id, short name, full name)."""
    from secframe.models import MemberCategory, MembershipStatus
    from secframe.services.members import MemberInfo

    return [
        MemberInfo(i, 1, name, short, MemberCategory.OTHER, MembershipStatus.ACTIVE,
                   None, None, None, (), 1, short)
        for i, short, name in members
    ]  # fmt: skip
