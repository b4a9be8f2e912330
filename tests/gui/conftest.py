"""GUI tests speak French through Qt's translators, as the application does by default.

Shared fixtures: ``settings`` (private settings: tests never touch the user's) and
``context`` (an application context on the sample database, showing its framework); the
helpers tests call are in ``tests/gui/helpers.py``.

Questions and message boxes never block a test: the questions get a default answer (a test
that cares answers them itself with monkeypatch), and messages are recorded in
``shown_messages`` instead of waiting for a click.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from secframe.ui import workers
from secframe.ui.context import AppContext
from secframe.ui.dialogs import ask
from secframe.ui.language import install_language
from tests.gui.helpers import make_context


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Private settings: tests never touch the user's."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(sqlite_sample, tmp_path: Path) -> AppContext:  # type: ignore[no-untyped-def]
    """A context on the sample database, showing its framework (a test may define its own)."""
    return make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)


@pytest.fixture(autouse=True)
def _qt_in_french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    install_language("fr")
    yield
    install_language("fr")


class _Boxes:
    """Stands in for QMessageBox's static functions."""

    def __init__(self, record: list[tuple[str, str]]) -> None:
        self.record = record

    def warning(self, parent: Any, title: str, text: str, *a: Any) -> None:
        self.record.append(("warning", text))

    def critical(self, parent: Any, title: str, text: str, *a: Any) -> None:
        self.record.append(("critical", text))

    def information(self, parent: Any, title: str, text: str, *a: Any) -> None:
        self.record.append(("information", text))


@pytest.fixture(autouse=True)
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Messages the app showed during the test, as (kind, text)."""
    record: list[tuple[str, str]] = []
    monkeypatch.setattr(workers, "QMessageBox", _Boxes(record))
    monkeypatch.setattr(ask, "unsaved_changes", lambda parent, text=None: "discard")
    monkeypatch.setattr(ask, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(ask, "reload_after_conflict", lambda parent, text: False)
    monkeypatch.setattr(
        ask, "inform", lambda parent, title, text: record.append(("information", text))
    )
    return record
