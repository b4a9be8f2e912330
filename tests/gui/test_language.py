"""French first: every visible string of the main window and the commitment editor is French,
and the language can be switched in the preferences."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from secframe import i18n
from secframe.models import CommitmentStatus, ResourceCategory, StatusCause
from secframe.services import commitments as cs
from secframe.services.places import list_localities
from secframe.services.resources import ResourceNeedInput, add_resource_need
from secframe.ui import language
from secframe.ui.dialogs.preferences import PreferencesDialog
from secframe.ui.main_window import MainWindow
from tests.fixtures.builders import TODAY
from tests.gui.helpers import commitment_editor, make_context


class Recorder(QTranslator):
    """Asked first for every translation; notes those no catalogue knows.

    PySide's ``tr()`` tries each class of the object's hierarchy in turn, so a source counts
    as missing only when no context found it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.misses: set[tuple[str, str]] = set()
        self.found: set[str] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        if source and not context.startswith("Q"):
            if any(t.translate(context, source, disambiguation, n) for t in language._installed):
                self.found.add(source)
            else:
                self.misses.add((context, source))
        # a null string: Qt asks the next translator

    @property
    def missing(self) -> list[tuple[str, str]]:
        """Lookups no catalogue answered in any context."""
        return sorted(m for m in self.misses if m[1] not in self.found)


def _french_patterns() -> list[re.Pattern[str]]:
    patterns = []
    folder = resources.files("secframe") / "resources" / "i18n"
    for ts in folder.iterdir():
        if not ts.name.endswith("_fr.ts"):
            continue
        for tr in ET.fromstring(ts.read_bytes()).iter("translation"):
            text = (tr.text or "").replace("&", "")
            if text.strip():
                body = re.sub(r"\\\{[a-z_]+\\\}", ".*", re.escape(text))
                patterns.append(re.compile(body, re.DOTALL))
    return patterns


def _texts(widget: QWidget) -> set[str]:
    texts: set[str] = {widget.windowTitle().removesuffix(" [*]")}  # [*]: the unsaved mark
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLabel):
            texts.add(w.text())
        elif isinstance(w, QAbstractButton):
            texts.update((w.text(), w.toolTip()))
        elif isinstance(w, QGroupBox):
            texts.add(w.title())
        elif isinstance(w, QLineEdit):
            texts.add(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts.update(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            texts.update(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QTableView | QTableWidget) and w.model() is not None:
            model = w.model()
            horizontal = Qt.Orientation.Horizontal
            texts.update(
                str(model.headerData(c, horizontal) or "") for c in range(model.columnCount())
            )
        elif isinstance(w, QMenu):
            texts.add(w.title())
            texts.update(a.text() for a in w.actions())
    return {t for t in texts if t}


def _unexplained(texts: set[str], data: list[str]) -> list[str]:
    patterns = _french_patterns()
    bad = []
    for raw in texts:
        text = re.sub(r"<[^>]+>", "", raw).replace("&nbsp;", " ").replace("&", "").strip()
        if not text or any(p.fullmatch(text) for p in patterns):
            continue
        rest = text
        for d in sorted(data, key=len, reverse=True):
            rest = rest.replace(d, " ")
        rest = re.sub(r"FCFA|XOF|EUR|secframe|P-code|N°|UTC", " ", rest)
        if re.search(r"[^\W\d_]{2,}", rest):
            bad.append(raw)
    return sorted(bad)


@pytest.fixture
def rich_sample(sqlite_sample):
    """The sample framework with a commitment that has needs, a revision and a suspension."""
    yesterday = date.today() - timedelta(days=1)
    c = sqlite_sample.commitment(
        "Patrouilles Tombouctou–Goundam",
        status=CommitmentStatus.ACTIVE,
        partners=(cs.PartnerInput(sqlite_sample.fama, "relève"),),
        original_deadline=date(2019, 6, 1),
    )
    with sqlite_sample.db.write() as s:
        add_resource_need(
            s,
            c.id,
            ResourceNeedInput(ResourceCategory.FUEL, quantity=Decimal(2), unit_cost=Decimal(500)),
        )
        cs.revise_deadline(s, c.id, date(2019, 9, 1), reason="attente des renforts", today=TODAY)
        cs.change_status(
            s, c.id, CommitmentStatus.SUSPENDED, on=yesterday, cause=StatusCause.RESOURCES,
            reason="plus de carburant",
        )  # fmt: skip
    return sqlite_sample, c.id


def _data(sample, db) -> list[str]:
    with db.read() as s:
        places = [p.label for p in list_localities(s)]
    words = [
        "Cadre de test de Tombouctou", "CT", "Coordination des mouvements de l'Azawad", "CMA",
        "Forces armées maliennes", "FAMa", "Jeunes de Tombouctou", "Patrouilles Tombouctou–Goundam",
        "relève", "attente des renforts", "plus de carburant", "test-secretariat", "Patrouilles",
        db.location,
    ]  # fmt: skip
    names = {part for label in places for part in label.split(" › ")}
    months = list(i18n.month_names("fr"))  # Qt's calendar, already in French through QLocale
    return words + places + sorted(names) + months


def test_no_visible_string_of_the_main_window_or_commitment_editor_is_left_in_english(
    qtbot, rich_sample, tmp_path, qapp
):
    sample, commitment_id = rich_sample
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        context = make_context(sample.db, tmp_path, sample.framework_id)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        texts = set()
        for key in window.page_keys:
            page = window.show_page(key)
            qtbot.waitUntil(lambda p=page: not context.loading and not p.stale, timeout=10_000)
            texts |= _texts(window)
        for menu in window.menuBar().findChildren(QMenu):
            menu.aboutToShow.emit()
            texts |= _texts(menu)
        editor = commitment_editor(context, commitment_id, window)
        qtbot.addWidget(editor)
        editor.show()
        texts |= _texts(editor)
        new_editor = commitment_editor(context, None, window)
        qtbot.addWidget(new_editor)
        new_editor.initial_status.set_value(CommitmentStatus.SUSPENDED)
        texts |= _texts(new_editor)
        for dialog in (editor.change_status(), editor.revise_deadline()):
            qtbot.addWidget(dialog)
            texts |= _texts(dialog)
    finally:
        qapp.removeTranslator(recorder)
    assert recorder.missing == []
    assert _unexplained(texts, _data(sample, sample.db)) == []


def test_switching_language_in_the_preferences_rebuilds_the_window(qtbot, sqlite_sample, tmp_path):
    language.install_language("en")
    context = make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)
    window = MainWindow(context)  # not given to qtbot: rebuilding deletes it
    window.show()
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.navigation.item(0).text() == "Dashboard"
    assert i18n.format_money(1500000) == "1,500,000\u00a0FCFA"
    dialog = PreferencesDialog(context.settings, window)
    qtbot.addWidget(dialog)
    replaced = []
    dialog.language_changed.connect(lambda _code: replaced.append(window.rebuild()))
    dialog.choose("fr")
    dialog.accept()
    new = replaced[0]
    qtbot.addWidget(new)
    assert new.menuBar().actions()[0].text() == "&Fichier"
    assert new.navigation.item(0).text() == "Tableau de bord"
    assert context.settings.value("language") == "fr"
    assert i18n.format_money(1500000) == "1\u00a0500\u00a0000\u00a0FCFA"
    assert i18n.format_date(date(2019, 3, 15)) == "15/03/2019"
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible(), timeout=2000)


def test_system_language_decides_when_no_preference_is_saved(monkeypatch):
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LC_ALL", "fr_ML.UTF-8")
    assert i18n.system_language() == "fr"
    monkeypatch.setenv("LC_ALL", "bm_ML.UTF-8")  # Bambara: French is the written language
    assert i18n.system_language() == "fr"
