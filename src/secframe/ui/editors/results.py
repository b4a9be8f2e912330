"""A commitment's countable results (patrols held, arrests…), edited as rows and saved with it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secframe.models import ResultUnit
from secframe.services import results as rs
from secframe.services.results import ResultLine
from secframe.ui.widgets.fields import DateField
from secframe.ui.widgets.pickers import EnumCombo
from secframe.ui.widgets.row_tables import beside_buttons, rows_table, rows_to_remove

DATE, QUANTITY, UNIT, APPROXIMATE, NOTES, SOURCE = range(6)


class ResultsTable(QWidget):
    """Date, how many, what is counted, approximate or not, and a note for each result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heads = [
            self.tr("Date"),
            self.tr("How many"),
            self.tr("What is counted"),
            self.tr("About"),
            self.tr("Notes"),
            self.tr("Source"),
        ]
        self.table = rows_table(heads, self)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in (
            (DATE, 130),
            (QUANTITY, 90),
            (UNIT, 180),
            (APPROXIMATE, 70),
            (SOURCE, 200),
        ):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeaderItem(APPROXIMATE).setToolTip(  # type: ignore[union-attr]
            self.tr("Tick when the figure is an estimate (« une vingtaine »): shown as ~20.")
        )
        self.saved: dict[int, rs.ResultInfo] = {}
        self.ids: list[tuple[int | None, int | None]] = []
        add = QPushButton(self.tr("Add a result"), self)
        remove = QPushButton(self.tr("Remove"), self)
        add.clicked.connect(lambda: self.add(None))
        remove.clicked.connect(self.remove_selected)
        box = QWidget(self)
        beside_buttons(box, self.table, add, remove)
        intro = QLabel(
            self.tr(
                "What the commitment achieved, counted: patrols held, escorts run, arrests, "
                "weapons collected, people reached. The brief, the dashboard and the tracker "
                "show them."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(box, 1)
        self.add_button = add

    def add(self, info: rs.ResultInfo | None) -> None:
        """Append a row (a new, empty result when ``info`` is None)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        on = DateField()
        on.set_value(info.recorded_on if info else date.today())
        quantity = QSpinBox()
        quantity.setRange(0, rs.MAX_QUANTITY)
        quantity.setGroupSeparatorShown(True)
        quantity.setValue(info.quantity if info else 0)
        unit = EnumCombo(ResultUnit)
        if info is not None:
            unit.set_value(info.unit)
        approximate = QCheckBox()
        approximate.setChecked(info.approximate if info else False)
        approximate.setToolTip(self.tr("An estimate (shown as ~)"))
        for column, widget in (
            (DATE, on),
            (QUANTITY, quantity),
            (UNIT, unit),
            (APPROXIMATE, approximate),
        ):
            self.table.setCellWidget(row, column, widget)
        for column, text in (
            (NOTES, info.notes if info else ""),
            (SOURCE, info.source if info else ""),
        ):
            item = QTableWidgetItem(text or "")  # a cut note shows whole as tooltip
            self.table.setItem(row, column, item)
        self.ids.append((info.id, info.version) if info else (None, None))
        if info is None:
            self.table.setCurrentCell(row, QUANTITY)
            quantity.setFocus()

    def remove_selected(self) -> None:
        """Remove the selected rows (deleted when the commitment is saved)."""
        for row in rows_to_remove(self.table):
            self.table.removeRow(row)
            del self.ids[row]

    def set_value(self, results: tuple[rs.ResultInfo, ...] | list[rs.ResultInfo]) -> None:
        """Show these results."""
        self.saved = {r.id: r for r in results}
        self.table.setRowCount(0)
        self.ids = []
        for r in results:
            self.add(r)

    def _widget(self, row: int, column: int) -> Any:
        return self.table.cellWidget(row, column)

    def _text(self, row: int, column: int) -> str | None:
        item = self.table.item(row, column)
        return (item.text().strip() or None) if item is not None else None

    def value(self) -> tuple[ResultLine, ...]:
        """The results as entered."""
        lines = []
        for row, (rid, version) in enumerate(self.ids):
            notes, source = (self._text(row, column) for column in (NOTES, SOURCE))
            data = rs.ResultInput(
                recorded_on=self._widget(row, DATE).value(),
                unit=self._widget(row, UNIT).value(),
                quantity=self._widget(row, QUANTITY).value(),
                approximate=self._widget(row, APPROXIMATE).isChecked(),
                notes=notes,
                source=source,
            )
            lines.append(ResultLine(rid, version, data))
        return tuple(lines)

    def problems(self) -> dict[str, str]:
        """Dates that cannot be read, by ``results[i].recorded_on``."""
        result = {}
        for row in range(self.table.rowCount()):
            problem = self._widget(row, DATE).problem()
            if problem:
                result[f"results[{row}].recorded_on"] = problem
        return result

    def show_error(self, name: str, message: str) -> str:
        """Mark the row of an error named ``results[i].field``."""
        index, _, field = name.partition("].")
        row = int(index.removeprefix("results["))
        column = {"recorded_on": DATE, "quantity": QUANTITY, "unit": UNIT}.get(field, NOTES)
        widget = self.table.cellWidget(row, column)
        if widget is not None:
            widget.setToolTip(message)
            widget.setStyleSheet("background: #f9d6d5;")
        else:
            item = self.table.item(row, column)
            if item is not None:
                item.setToolTip(message)
                item.setBackground(QColor("#f9d6d5"))
        return self.tr("Result {n}: {message}").format(n=row + 1, message=message)
