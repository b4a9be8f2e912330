"""Mapping the columns of a tracker in the secretariat's own layout to commitment fields."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secframe.exchange.cells import Uncomputed, is_empty, read_text
from secframe.exchange.errors import ExchangeError
from secframe.exchange.foreign import mapping as foreign
from secframe.exchange.foreign.mapping import FIELDS, IGNORE, Mapping, field_label
from secframe.exchange.importer import Inspection
from secframe.i18n import format_date
from secframe.ui.widgets.screen import resize_to_fit

EXAMPLES = 3


class MappingDialog(QDialog):
    """Shows each column of the file with examples and the field it is imported as."""

    def __init__(self, inspection: Inspection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inspection = inspection
        self.setWindowTitle(self.tr("Columns of {file}").format(file=inspection.path.name))
        resize_to_fit(self, 820, 560)
        intro = QLabel(
            self.tr(
                "This workbook is not a secframe export. Check which column holds what: the "
                "proposal comes from the column headers. Columns marked “not imported” are left "
                "aside. The mapping is remembered for workbooks with the same headers."
            )
        )
        intro.setWordWrap(True)
        if inspection.remembered:
            intro.setText(
                intro.text() + "\n" + self.tr("This mapping was saved earlier for this layout.")
            )
        self.sheet = QComboBox()
        self.sheet.addItems(list(inspection.heads))
        self.header_row = QSpinBox()
        self.header_row.setRange(1, foreign.SCAN_ROWS)
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("&Row of the column headers:"), self.header_row)
        self.table = self._column_table()
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #9c0006;")
        self.warning.setWordWrap(True)
        buttons = self._buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)

        proposed = inspection.proposed
        if proposed is not None:
            self.sheet.setCurrentText(proposed.sheet)
            self.header_row.setValue(proposed.header_row)
        self._fill(proposed or self._proposal())
        self.sheet.currentTextChanged.connect(lambda _: self._fill(self._proposal()))
        self.header_row.valueChanged.connect(lambda _: self._fill(self._proposal()))

    def _column_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Imported as")]
        )
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        role = QDialogButtonBox.ButtonRole
        load = buttons.addButton(self.tr("Open a mapping…"), role.ActionRole)
        save = buttons.addButton(self.tr("Save the mapping…"), role.ActionRole)
        self.ok = buttons.addButton(self.tr("Preview the import"), role.AcceptRole)
        load.clicked.connect(self._load)
        save.clicked.connect(self._save)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _rows(self) -> list[tuple[Any, ...]]:
        return self.inspection.heads.get(self.sheet.currentText(), [])

    def _proposal(self) -> Mapping:
        proposed = self.inspection.proposed
        depth = 1
        if proposed and (proposed.sheet, proposed.header_row) == (self.sheet.currentText(), self.header_row.value()):  # fmt: skip
            depth = proposed.header_rows  # keep the group row above the headers
        return foreign.mapping_at(self._rows(), self.sheet.currentText(), self.header_row.value(), depth)  # fmt: skip

    def _fill(self, mapping: Mapping) -> None:
        rows = self._rows()[mapping.header_row :]
        self.table.setRowCount(0)
        self._columns: list[int] = []
        for col, head in enumerate(mapping.headers):
            examples = [_shown(r[col]) for r in rows if col < len(r) and not is_empty(r[col])]
            if not head and not examples:
                continue
            n = self.table.rowCount()
            self.table.insertRow(n)
            self._columns.append(col)
            self.table.setItem(n, 0, QTableWidgetItem(head or self.tr("(no header)")))
            shown = " · ".join(e for e in examples[:EXAMPLES] if e)
            self.table.setItem(n, 1, QTableWidgetItem(shown))
            box = QComboBox()
            for key in FIELDS:
                box.addItem(field_label(key), key)
            box.setCurrentIndex(box.findData(mapping.columns.get(col, IGNORE)))
            box.currentIndexChanged.connect(self._check)
            self.table.setCellWidget(n, 2, box)
        self._headers = mapping.headers
        self._values, self._header_rows = mapping.values, mapping.header_rows
        self._check()

    def mapping(self) -> Mapping:
        """The mapping as the user set it."""
        columns = {}
        for n, col in enumerate(self._columns):
            box = self.table.cellWidget(n, 2)
            key = box.currentData() if isinstance(box, QComboBox) else IGNORE
            if key != IGNORE:
                columns[col] = str(key)
        return Mapping(
            self.sheet.currentText(), self.header_row.value(), self._headers, columns,
            self._values, self._header_rows,
        )  # fmt: skip

    def _check(self) -> None:
        chosen = list(self.mapping().columns.values())
        twice = sorted({field_label(k) for k in chosen if chosen.count(k) > 1})
        problems = []
        if "title" not in chosen:
            problems.append(self.tr("Choose the column holding the commitments' titles."))
        if twice:
            problems.append(
                self.tr("Each field can come from one column only: {fields}.").format(
                    fields=", ".join(twice)
                )
            )
        self.warning.setText("\n".join(problems))
        self.warning.setVisible(bool(problems))
        self.ok.setEnabled(not problems)

    def _accept(self) -> None:
        if self.ok.isEnabled():
            self.accept()

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the mapping"),
            str(self.inspection.path.with_suffix(".json")),
            self.tr("Column mappings (*.json)"),
        )
        if not path:
            return
        try:
            foreign.save_mapping_file(self.mapping(), Path(path))
        except ExchangeError as err:
            QMessageBox.warning(self, self.windowTitle(), str(err))

    def _load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a mapping"),
            str(self.inspection.path.parent),
            self.tr("Column mappings (*.json)"),
        )
        if path:
            self.apply_json_file(Path(path))

    def apply_json_file(self, path: Path) -> bool:
        """Use a mapping saved earlier (checked against this workbook's headers)."""
        try:
            data = json.loads(path.read_text("utf-8"))
            mapping = self._from_json(data)
        except (OSError, ValueError, ExchangeError) as err:
            QMessageBox.warning(self, self.windowTitle(), str(err))
            return False
        self.sheet.blockSignals(True)
        self.header_row.blockSignals(True)
        self.sheet.setCurrentText(mapping.sheet)
        self.header_row.setValue(mapping.header_row)
        self.sheet.blockSignals(False)
        self.header_row.blockSignals(False)
        self._fill(mapping)
        return True

    def _from_json(self, data: Any) -> Mapping:
        """Like ``foreign.from_json`` but from the rows already read."""
        if not isinstance(data, dict) or data.get("format") != foreign.MAPPING_FORMAT:
            raise ExchangeError(foreign.not_a_mapping())
        sheet = str(data.get("sheet") or "")
        rows = self.inspection.heads.get(sheet)
        if rows is None:
            raise ExchangeError(foreign.unknown_sheet(sheet))
        return foreign.resolve_columns(rows, sheet, data)


def _shown(value: Any) -> str:
    """A cell's value as the user expects to see it (dates in their convention)."""
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Uncomputed):  # the import will say it has no computed value
        return str(value)
    return read_text(value) or ""
