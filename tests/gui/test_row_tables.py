"""Tables of rows added and removed inside editors: representatives of a member, partners of a
commitment."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from secframe.models import Sex
from secframe.services import members as mem
from secframe.services.commitments import PartnerInput
from secframe.ui.editors.member import RepresentativesTable
from secframe.ui.editors.partners import PartnersTable
from tests.gui.helpers import member_infos


def _select(table, *rows: int) -> None:
    table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags)


def test_remove_takes_the_selected_representatives(qtbot):
    widget = RepresentativesTable()
    qtbot.addWidget(widget)
    widget.set_value(
        tuple(mem.RepresentativeInfo(i, f"Point focal {i} (illustratif)", None, None, Sex.UNKNOWN)
              for i in (1, 2, 3))
    )  # fmt: skip
    _select(widget.table, 0, 2)
    widget.remove_selected()
    assert [(r.id, r.name) for r in widget.value()] == [(2, "Point focal 2 (illustratif)")]


def test_remove_without_selection_takes_the_current_row_or_nothing(qtbot):
    members = member_infos((1, "CMA", "Coordination"), (2, "FAMa", "Forces armées maliennes"))
    widget = PartnersTable(members)
    qtbot.addWidget(widget)
    widget.set_value([PartnerInput(1, "Escorte"), PartnerInput(2, None)])
    changes = []
    widget.changed.connect(lambda: changes.append(1))
    widget.table.setCurrentCell(-1, -1)
    widget.table.clearSelection()
    widget.remove_selected()
    assert len(widget.value()) == 2
    widget.table.setCurrentCell(1, 1)
    widget.table.clearSelection()
    widget.remove_selected()
    assert widget.value() == (PartnerInput(1, "Escorte"),)
    assert changes
