"""A cell cut short in an editor's table shows its whole text when hovered."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableWidgetItem, QToolTip

from secframe.ui.editors.needs import NeedLine
from secframe.ui.editors.partners import PartnersTable
from secframe.ui.widgets.readonly import fill_table, log_table
from tests.fixtures.builders import Sample
from tests.gui.helpers import commitment_editor, make_context, member_infos, wait_ready

LONG = "Carburant des véhicules de la patrouille mixte Tombouctou–Goundam pendant trois mois"


def _hover(qtbot, view, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    """What hovering a cell shows (the text of the tooltip, "" when none)."""
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
    index = view.model().index(row, column)
    view.scrollTo(index)
    centre = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_cut_resource_line_shows_its_whole_text(qtbot, sqlite_sample: Sample, tmp_path) -> None:
    context = make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)
    editor = commitment_editor(context, None)
    qtbot.addWidget(editor)
    wait_ready(qtbot, editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.needs)
    editor.needs.model.set_lines(
        [NeedLine(description=LONG, unit="litre", quantity="1500", unit_cost="750")]
    )
    table = editor.needs.table
    description, unit = 1, 3
    table.setColumnWidth(description, 120)
    assert _hover(qtbot, table, 0, description) == LONG
    assert _hover(qtbot, table, 0, unit) == ""  # « litre » is shown whole: nothing to add
    table.setColumnWidth(description, table.fontMetrics().horizontalAdvance(LONG) + 40)
    assert _hover(qtbot, table, 0, description) == ""


def test_a_cut_cell_in_error_shows_its_text_then_the_problem(
    qtbot, sqlite_sample: Sample, tmp_path
) -> None:
    context = make_context(sqlite_sample.db, tmp_path, sqlite_sample.framework_id)
    editor = commitment_editor(context, None)
    qtbot.addWidget(editor)
    wait_ready(qtbot, editor)
    editor.show()
    editor.tabs.setCurrentWidget(editor.needs)
    amount = "15 400 000 000 000 000 000"
    editor.needs.model.set_lines([NeedLine(description="Carburant", unit_cost=amount)])
    table = editor.needs.table
    table.setColumnWidth(4, 50)
    shown = _hover(qtbot, table, 0, 4)
    problem = editor.needs.model.lines[0].problems()["unit_cost"]
    assert " ".join(shown.split()).startswith(amount)  # grouped by the locale's own space
    assert shown.endswith(problem)


def test_partners_results_and_logs_show_cut_cells_whole(qtbot, sqlite_sample: Sample) -> None:
    partners = PartnersTable(member_infos((sqlite_sample.cma, "CMA", "Coordination")))
    qtbot.addWidget(partners)
    partners.show()
    partners.add_partner(sqlite_sample.cma, LONG)
    partners.table.setColumnWidth(0, 120)
    partners.resize(300, 200)
    assert _hover(qtbot, partners.table, 0, 1) == LONG

    log = log_table(["Quand", "Quoi"])
    qtbot.addWidget(log)
    log.resize(260, 200)
    log.show()
    fill_table(log, [["12/03/2020", "court"]])
    assert _hover(qtbot, log, 0, 1) == ""
    log.setItem(0, 1, QTableWidgetItem(LONG * 4))
    log.setWordWrap(False)
    assert _hover(qtbot, log, 0, 1) == LONG * 4
