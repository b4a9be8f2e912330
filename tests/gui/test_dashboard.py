"""The dashboard page drives real widgets: it follows the framework, redraws after an edit,
changes place, saves a chart, and never imports matplotlib before the window is shown."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date

from PySide6.QtCore import QSettings

from secframe.db import Database
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import CommitmentStatus, StatusCause
from secframe.services import commitments as cs
from secframe.services import frameworks as fws
from secframe.services.errors import ServiceError
from secframe.ui.context import AppContext
from secframe.ui.dashboard.page import DashboardPage
from tests.fixtures.builders import TODAY, Sample

S = CommitmentStatus
TIMEOUT = 30_000
NBSP = "\u00a0"


def open_page(qtbot, db: Database, settings: QSettings, framework_id: int | None):
    context = AppContext(db, settings)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 1100)
    context.set_framework(framework_id)
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        page.show()
    return page, context


def card(page: DashboardPage, key: str) -> str:
    return page.cards[key].value.text().replace(NBSP, " ")


def status_bars(page: DashboardPage) -> dict[str, float]:
    """Commitments per status in the status × kind chart on screen."""
    figure = page.panels["status_kind"].figure
    assert figure is not None
    if not figure.axes[0].containers:
        return {}
    return {c.get_label(): sum(p.get_width() for p in c.patches) for c in figure.axes[0].containers}


def second_framework(sample: Sample) -> int:
    with sample.db.write() as s:
        return fws.create_framework(
            s, fws.FrameworkInput(name="Cadre de Gao", short_name="Gao", region_ids=())
        ).id


def test_the_dashboard_shows_the_framework_and_follows_a_switch(qtbot, sqlite_sample, settings):
    sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    sqlite_sample.commitment("Escortes", status=S.ACTIVE)
    other = second_framework(sqlite_sample)
    page, context = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    assert card(page, "commitments") == "2"
    assert status_bars(page) == {"En cours": 2}
    assert page.banner.isHidden()

    assert page.panels["incidents"].canvas is not None
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        context.set_framework(other)
    assert page.data is not None and page.data.framework_id == other
    assert card(page, "commitments") == "0"
    assert status_bars(page) == {}
    assert "Gao" in page.heading.text()
    assert page.banner.isVisible()  # nothing recorded yet: the page says so
    # No region, so no place: the previous framework's incidents are not left on screen.
    assert page.panels["incidents"].canvas is None
    assert not page.place_box.isEnabled()

    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        context.set_framework(sqlite_sample.framework_id)
    assert card(page, "commitments") == "2"


def test_suspending_a_commitment_shows_in_the_charts(qtbot, sqlite_sample, settings):
    patrols = sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    sqlite_sample.commitment("Escortes", status=S.ACTIVE)
    page, context = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    assert status_bars(page) == {"En cours": 2}
    assert card(page, "suspended") == "0"

    with sqlite_sample.db.write() as s:
        cs.change_status(
            s, patrols.id, S.SUSPENDED, on=date(2020, 5, 1), cause=StatusCause.RESOURCES,
            reason="Plus de carburant", today=TODAY,
        )  # fmt: skip
    context.notify_changed("Commitment")
    qtbot.waitUntil(lambda: status_bars(page) == {"En cours": 1, "Suspendu": 1}, timeout=TIMEOUT)
    assert card(page, "suspended") == "1"
    assert page.cards["suspended"].detail.text() == "à relancer ou à clore"


def test_a_change_while_hidden_waits_until_the_page_is_shown(qtbot, sqlite_sample, settings):
    page, context = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    page.hide()
    sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    context.notify_changed("Commitment")
    assert card(page, "commitments") == "0"  # nothing is read while hidden
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        page.show()
    assert card(page, "commitments") == "1"


def test_a_change_redraws_only_the_charts_it_changes(qtbot, sqlite_sample, settings):
    patrols = sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    page, _ = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    before = {key: panel.figure for key, panel in page.panels.items()}
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        page.refresh()  # nothing changed: every chart stays as drawn
    assert {key: panel.figure for key, panel in page.panels.items()} == before

    with sqlite_sample.db.write() as s:
        cs.change_status(
            s, patrols.id, S.SUSPENDED, on=date(2020, 5, 1), cause=StatusCause.RESOURCES,
            reason="Plus de carburant", today=TODAY,
        )  # fmt: skip
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        page.refresh()
    after = {key: panel.figure for key, panel in page.panels.items()}
    assert after["status_kind"] is not before["status_kind"]  # the suspension shows
    assert status_bars(page) == {"Suspendu": 1}
    assert after["map"] is before["map"]  # no incident changed: the map is not drawn again


def test_charts_come_rendered_and_redraw_on_resize(qtbot, sqlite_sample, settings):
    sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    page, _ = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    canvases = [p.canvas for p in page.panels.values() if p.canvas is not None]
    assert len(canvases) == 6  # five charts and the map
    drawn: list[object] = []
    for canvas in canvases:
        canvas.mpl_connect("draw_event", drawn.append)
        canvas.repaint()  # paints now: the worker's pixels are copied, nothing is drawn
    assert drawn == []
    assert all(c.adopted for c in canvases)
    page.resize(1400, 1100)
    qtbot.waitUntil(lambda: len(drawn) >= 1, timeout=TIMEOUT)
    assert not page.panels["status_kind"].canvas.adopted


def test_charts_drawn_by_the_helper_process_show_and_redraw_like_the_others(
    qtbot, sqlite_sample, settings, monkeypatch
):
    from secframe.reports.drawing import chart_process
    from secframe.ui.dashboard import jobs
    from secframe.ui.dashboard import page as page_module

    sent: list[str] = []
    real_draw = chart_process.draw
    monkeypatch.setattr(
        chart_process, "draw", lambda key, *a: sent.append(key) or real_draw(key, *a)
    )
    monkeypatch.setattr(page_module, "HELPER_DELAY_MS", 0)  # started as the page is built
    sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    page, context = open_page(qtbot, sqlite_sample.db, settings, second_framework(sqlite_sample))
    qtbot.waitUntil(lambda: chart_process.ready, timeout=60_000)
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        context.set_framework(sqlite_sample.framework_id)  # every chart drawn afresh
    assert sorted(sent) == sorted(jobs.HELPER_CHARTS)
    drawn: list[object] = []
    for key in jobs.HELPER_CHARTS:
        canvas = page.panels[key].canvas
        assert canvas is not None and canvas.adopted
        canvas.mpl_connect("draw_event", drawn.append)
        image = canvas.grab().toImage()  # the helper's pixels, copied on screen
        assert len({image.pixel(x, y) for x in range(0, image.width(), 7)
                    for y in range(0, image.height(), 7)}) > 2  # fmt: skip
    assert drawn == []
    page.resize(1400, 1100)  # then drawn here like any chart
    qtbot.waitUntil(lambda: len(drawn) >= 1, timeout=TIMEOUT)
    assert not page.panels["status_kind"].canvas.adopted
    assert status_bars(page) == {"En cours": 1}


def test_choosing_a_place_redraws_the_incidents_chart(qtbot, sqlite_sample, settings):
    page, _ = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    box = page.place_box
    assert box.currentText() == "Région\u00a0: Tombouctou"
    index = box.findText("Cercle\u00a0: Goundam")
    assert index > 0
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        box.setCurrentIndex(index)
        box.activated.emit(index)
    figure = page.panels["incidents"].figure
    assert (
        figure is not None and figure.get_suptitle() == "Incidents par mois – Cercle\u00a0: Goundam"
    )
    key = settings.value(f"dashboard/place/{sqlite_sample.framework_id}")
    assert key == box.itemData(index)

    # The choice is remembered for this framework.
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        page.refresh()
    assert page.place_box.currentText() == "Cercle\u00a0: Goundam"


def test_a_chart_is_saved_as_svg_or_png(qtbot, sqlite_sample, settings, tmp_path):
    sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    page, _ = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    with qtbot.waitSignal(page.saver.saved, timeout=TIMEOUT) as saved:
        page.saver.save("status_kind", tmp_path / "engagements.svg")
    assert saved.args == [str(tmp_path / "engagements.svg")]
    assert "Engagements par statut et par type" in (tmp_path / "engagements.svg").read_text()
    with qtbot.waitSignal(page.saver.saved, timeout=TIMEOUT):
        page.saver.save("timeline", tmp_path / "chronologie", "png")
    assert (tmp_path / "chronologie.png").read_bytes()[:4] == b"\x89PNG"


def test_a_database_without_framework_says_so(qtbot, sqlite_db, settings):
    page, _ = open_page(qtbot, sqlite_db, settings, None)
    assert page.banner.isVisible()
    assert "aucun cadre" in page.banner.text()
    assert page.scroll_area.isHidden()


def test_a_failed_refresh_is_shown_on_the_page(qtbot, sqlite_sample, settings, monkeypatch):
    sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    page, _ = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    assert page.banner.isHidden()

    def broken(*args, **kwargs):
        raise ServiceError(msg("Rules", QT_TRANSLATE_NOOP("Rules", "A title is required.")))

    monkeypatch.setattr("secframe.ui.dashboard.jobs.render_dashboard", broken)
    page.refresh()
    qtbot.waitUntil(page.banner.isVisible, timeout=TIMEOUT)
    assert page.banner.text() == "Le titre est obligatoire."
    assert page.refresh_button.isEnabled()
    assert page.busy.isHidden()


def test_the_page_speaks_french(qtbot, sqlite_sample, settings):
    page, _ = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    assert page.heading.text() == "Tableau de bord – CT"
    assert page.refresh_button.text() == "Actualiser"
    assert page.place_label.text() == "&Lieu\u00a0:"
    assert page.panels["timeline"].save_button.text() == "Enregistrer l’image"
    assert [a.text() for a in page.panels["timeline"].actions_menu.actions()] == [
        "Enregistrer en image PNG…",
        "Enregistrer en image SVG…",
        "Copier l’image",
    ]


def test_the_dashboard_is_the_first_page_of_the_main_window(qtbot, sqlite_sample, settings):
    from secframe.ui.main_window import MainWindow

    window = MainWindow(AppContext(sqlite_sample.db, settings))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "dashboard" in window.page_keys, timeout=5000)  # framework read
    assert isinstance(window.page("dashboard"), DashboardPage)
    assert window.pages.indexOf(window.page("dashboard")) == 0
    assert window.pages.currentWidget() is window.page("dashboard")


STARTUP = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from secframe.db import Database
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.ui.context import AppContext
from secframe.ui.main_window import MainWindow
window = MainWindow(AppContext(Database.open(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat)))
before = "matplotlib" in sys.modules
window.extensions_installed.connect(lambda: window.page("dashboard").refreshed.connect(app.quit))
QTimer.singleShot(60000, lambda: app.exit(3))
window.show()
status = app.exec()
print(before, "matplotlib" in sys.modules, "matplotlib.pyplot" in sys.modules, status)
"""


def test_matplotlib_is_imported_only_after_the_window_is_shown(sqlite_sample, tmp_path):
    sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SECFRAME_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", STARTUP, sqlite_sample.db.location, str(tmp_path / "s.ini")],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    # Before the window: no matplotlib; after the first refresh: matplotlib, never pyplot.
    assert result.stdout.split()[-4:] == ["False", "True", "False", "0"], result.stderr


def test_the_map_is_on_the_dashboard_and_saves_as_svg(qtbot, sqlite_sample, settings, tmp_path):
    from secframe.reports import charts
    from secframe.reports.charts_data import load_dashboard

    sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    page, _ = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    assert page.panels["map"].canvas is not None
    with sqlite_sample.db.read() as s:
        data = load_dashboard(s, sqlite_sample.framework_id)
    figure = charts.dashboard_chart(data, "map")
    assert figure is not None
    path = charts.save_figure(figure, tmp_path / "carte", fmt="svg")
    svg = path.read_text("utf-8")
    assert path.suffix == ".svg" and "Incidents par cercle" in svg
    assert "OCHA Mali" in svg  # the source is written on the map


def test_the_wheel_scrolls_the_dashboard_over_any_chart(qtbot, sqlite_sample, settings):
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    page, _ = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    page.resize(1000, 500)  # room for less than every chart: the page scrolls
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=TIMEOUT)
    canvas = page.panels["timeline"].canvas
    assert canvas is not None
    before = bar.value()
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    wheel = QWheelEvent(
        centre, QPointF(canvas.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )  # fmt: skip
    QApplication.sendEvent(canvas, wheel)
    assert bar.value() > before


def test_old_figures_are_marked_while_they_are_updated(qtbot, sqlite_sample, settings):
    sqlite_sample.commitment("Patrouilles", status=S.ACTIVE)
    page, context = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    assert not page.updating()
    with qtbot.waitSignal(page.refreshed, timeout=TIMEOUT):
        sqlite_sample.commitment("Escortes", status=S.ACTIVE)
        context.notify_changed("Commitment")
        page.refresh()
        card_widget = page.cards["commitments"]
        assert page.updating() and not card_widget.isEnabled()
        assert card_widget.toolTip() == "Mise à jour en cours…"
        assert card(page, "commitments") == "1"  # the old figure, greyed out, until the new one
        assert page.panels["status_kind"].canvas.graphicsEffect() is not None
    assert not page.updating()
    assert card(page, "commitments") == "2"
    assert all(p.canvas is None or p.canvas.graphicsEffect() is None for p in page.panels.values())


def test_counted_results_are_listed_and_follow_a_new_one(qtbot, sqlite_sample, settings):
    from secframe.models import ResultUnit
    from secframe.services.results import ResultInput, add_result

    alafia = sqlite_sample.commitment("Opération Alafia", status=S.ACTIVE)
    page, context = open_page(qtbot, sqlite_sample.db, settings, sqlite_sample.framework_id)
    assert "Aucun résultat chiffré" in page.results_panel.lines.text()
    with sqlite_sample.db.write() as s:
        add_result(s, alafia.id, ResultInput(date(2020, 4, 1), ResultUnit.ARRESTS, 20, True),
                   today=TODAY)  # fmt: skip
    context.notify_changed("Commitment")
    qtbot.waitUntil(lambda: "~20 arrestations" in page.results_panel.lines.text(), timeout=TIMEOUT)
    text = re.sub(r"<[^>]+>", "", page.results_panel.lines.text()).replace(NBSP, " ")
    assert text == "Opération Alafia : ~20 arrestations (01/04/2020)"
