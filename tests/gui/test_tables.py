"""The shared table machinery: models pass Qt's model tests, search, filters, sort, lazy rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt

from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.models import CommitmentStatus
from secframe.ui.tables import (
    ID_ROLE,
    ROW_ROLE,
    Column,
    LazyRecordModel,
    RecordFilterProxy,
    RecordTableModel,
    RecordTableView,
    TableSpec,
    date_column,
    enum_column,
    money_column,
)


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    on: date | None
    amount: Decimal
    status: CommitmentStatus


SPEC = TableSpec(
    name="test_rows",
    context="Columns",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.name),
        date_column("on", QT_TRANSLATE_NOOP("Columns", "Deadline"), lambda r: r.on),
        money_column("amount", QT_TRANSLATE_NOOP("Columns", "Gap"), lambda r: r.amount),
        enum_column("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status),
    ),
)

ROWS = [
    Row(
        1,
        "Patrouille Tombouctou–Goundam",
        date(2019, 3, 1),
        Decimal(1500000),
        CommitmentStatus.ACTIVE,
    ),
    Row(2, "Escortes vers Niafunké", None, Decimal(0), CommitmentStatus.SUSPENDED),
    Row(3, "Charte de bonne conduite", date(2019, 10, 1), Decimal(250), CommitmentStatus.PLANNED),
]


@pytest.fixture
def proxy(qtbot):
    model = RecordTableModel(SPEC)
    model.set_rows(ROWS)
    return RecordFilterProxy(model)


def test_models_pass_qt_model_tests(qtmodeltester, proxy):
    qtmodeltester.check(proxy.records)
    qtmodeltester.check(proxy)


def test_cells_are_formatted_in_french_and_headers_translated(proxy):
    model = proxy.records
    assert model.index(0, 1).data() == "01/03/2019"
    assert model.index(0, 2).data() == "1\u00a0500\u00a0000\u00a0FCFA"
    assert model.index(1, 1).data() == ""
    assert model.index(1, 3).data() == "Suspendu"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Intitulé"
    assert model.index(2, 0).data(ROW_ROLE) is ROWS[2]
    assert model.index(2, 0).data(ID_ROLE) == 3


def test_search_ignores_case_and_accents_and_needs_every_word(proxy):
    proxy.set_search("NIAFUNKE")
    assert [r.id for r in proxy.visible_rows()] == [2]
    proxy.set_search("tombouctou goundam")
    assert [r.id for r in proxy.visible_rows()] == [1]
    proxy.set_search("tombouctou charte")
    assert proxy.rowCount() == 0
    proxy.set_search("suspendu")  # the status as shown, in French
    assert [r.id for r in proxy.visible_rows()] == [2]
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_named_predicates_combine_and_can_be_removed(proxy):
    proxy.set_predicate("status", lambda r: r.status != CommitmentStatus.PLANNED)
    proxy.set_predicate("amount", lambda r: r.amount > 0)
    assert [r.id for r in proxy.visible_rows()] == [1]
    proxy.set_predicate("amount", None)
    assert {r.id for r in proxy.visible_rows()} == {1, 2}
    assert proxy.filtering


def test_sorting_puts_empty_values_last_and_keeps_the_selection(qtbot, proxy):
    view = RecordTableView(SPEC)
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.select_ids({3})
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [r.id for r in proxy.visible_rows()] == [3, 1, 2]
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r.id for r in proxy.visible_rows()] == [1, 3, 2]
    assert [r.id for r in view.selected_rows()] == [3]
    view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # statuses in their life-cycle order
    assert [r.status for r in proxy.visible_rows()] == [
        CommitmentStatus.PLANNED,
        CommitmentStatus.ACTIVE,
        CommitmentStatus.SUSPENDED,
    ]


def test_update_row_changes_one_row_in_place(proxy):
    changed = Row(2, "Escortes armées", None, Decimal(7), CommitmentStatus.ACTIVE)
    assert proxy.records.update_row(changed)
    proxy.set_search("armees")
    assert proxy.visible_rows() == [changed]


def test_the_view_remembers_hidden_columns_and_widths(qtbot, proxy, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    view = RecordTableView(SPEC, settings)
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.show_column(2, False)
    view.horizontalHeader().resizeSection(0, 333)
    view.save_layout()
    again = RecordTableView(SPEC, settings)
    qtbot.addWidget(again)
    again.setModel(proxy)
    assert again.isColumnHidden(2)
    assert again.columnWidth(0) == 333
    menu = again.column_menu()
    labels = [a.text() for a in menu.actions() if a.isCheckable()]
    assert labels == ["Intitulé", "Échéance", "Écart", "Statut"]


def test_enter_and_double_click_open_the_selected_rows(qtbot, proxy):
    view = RecordTableView(SPEC)
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.show()
    opened = []
    view.open_requested.connect(opened.append)
    view.select_ids({1, 3})
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [[r.id for r in rows] for rows in opened] == [[1, 3]]


def test_lazy_model_reads_only_the_blocks_it_shows(qtbot, qtmodeltester):
    rows = {
        i: Row(i, f"Incident {i}", date(2020, 1, 1), Decimal(i), CommitmentStatus.ACTIVE)
        for i in range(1, 10001)
    }
    asked: list[list[int]] = []

    def fetch(ids):
        asked.append(list(ids))
        return [rows[i] for i in ids]

    model = LazyRecordModel(SPEC, fetch, block=100)
    model.set_ids(list(rows))
    assert model.rowCount() == 10000 and not asked
    assert model.index(5, 0).data() == "Incident 6"
    assert model.index(250, 0).data() == "Incident 251"
    assert [len(a) for a in asked] == [100, 100]
    assert model.index(9999, 0).data(ID_ROLE) == 10000  # ids need no fetch
    assert len(asked) == 2
    requested = []
    model.sort_requested.connect(lambda key, desc: requested.append((key, desc)))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert requested == [("on", True)]
    small = LazyRecordModel(SPEC, fetch, block=2)
    small.set_ids([1, 2, 3])
    qtmodeltester.check(small)


def test_labels_of_equal_codes_from_two_vocabularies_are_not_mixed_up():
    from secframe.models import MembershipStatus
    from secframe.ui.tables.columns import enum_label

    assert enum_label(CommitmentStatus.ACTIVE) == "En cours"
    assert enum_label(MembershipStatus.ACTIVE) == "Actif"  # same code "active"


def test_the_resource_lines_model_passes_qt_model_tests(qtmodeltester):
    from secframe.ui.editors.needs import NeedLinesModel

    model = NeedLinesModel([(1, "CMA"), (2, "FAMa")])
    model.add_line()
    model.add_line()
    model.setData(model.index(0, 6), "FAMa")
    model.setData(model.index(1, 6), "Partenaires (illustratif)")
    assert model.lines[0].provider_member_id == 2
    assert (model.lines[1].provider_member_id, model.lines[1].provider_name) == (
        None,
        "Partenaires (illustratif)",
    )
    qtmodeltester.check(model)
