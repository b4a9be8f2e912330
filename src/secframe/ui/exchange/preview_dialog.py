"""The preview of an import: what would be created, updated or left, and every problem with its
sheet, row and column, before anything is written."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from secframe.exchange.import_report import ImportReport
from secframe.ui.exchange.report_model import ChangeModel, IssueModel
from secframe.ui.widgets.screen import resize_to_fit

WRAPPED_ROWS = 300
CHANGE_MAPPING = 2  # done() code: the user wants to correct the column mapping


class PreviewDialog(QDialog):
    """Shows an import report; "Import" is offered only when nothing stands in the way."""

    def __init__(self, report: ImportReport, framework: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import of {file}").format(file=report.source))
        resize_to_fit(self, 900, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary(framework))
        tabs = QTabWidget()
        self.issues = self._issue_table()
        self.changes = self._change_table()
        errors, warnings = len(report.errors), len(report.warnings)
        tabs.addTab(
            self.issues,
            self.tr("Problems (errors: {errors}, warnings: {warnings})").format(
                errors=errors, warnings=warnings
            ),
        )
        tabs.addTab(self.changes, self.tr("Changes ({n})").format(n=len(report.changes)))
        if not report.issues and report.changes:
            tabs.setCurrentIndex(1)
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            self.tr("Copy the lists"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy)
        self.mapping_button: QPushButton | None = None
        if report.kind == "foreign" and not report.applied:
            self.mapping_button = buttons.addButton(
                self.tr("Correct the column mapping…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.mapping_button.clicked.connect(lambda: self.done(CHANGE_MAPPING))
        self.import_button: QPushButton | None = None
        if report.applied:
            buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        else:
            self.import_button = buttons.addButton(
                self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.import_button.setEnabled(not report.has_errors and report.changes_count > 0)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
            self.import_button.clicked.connect(self.accept)
        layout.addWidget(buttons)

    def _summary(self, framework: str) -> QLabel:
        r = self.report
        if r.applied:
            head = self.tr("Imported into {framework}:").format(framework=framework)
        else:
            head = self.tr(
                "Preview of the import into {framework} — nothing is written yet:"
            ).format(framework=framework)
        lines = r.tally_lines() or [self.tr("Nothing to import.")]
        text = head + "\n" + "\n".join(f"  • {line}" for line in lines)
        if r.has_errors:
            text += "\n\n" + self.tr(
                "The file has errors: nothing can be imported. Correct them in the file (each "
                "error gives its sheet, row and column) and import it again."
            )
        elif not r.applied and r.changes_count == 0:
            text += "\n\n" + self.tr("The database already holds everything this file contains.")
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _table(self, model: QAbstractTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(WRAPPED_ROWS)  # widths from the first rows only
        last = model.columnCount() - 1
        for column in range(last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        if model.rowCount() <= WRAPPED_ROWS:  # taller rows for long reasons, if few
            table.resizeRowsToContents()
        return table

    def _issue_table(self) -> QTableView:
        return self._table(IssueModel(self.report.issues))

    def _change_table(self) -> QTableView:
        return self._table(ChangeModel(self.report.changes))

    def copy(self) -> None:
        """Put the problems and changes on the clipboard (to paste into an e-mail or a note)."""
        lines = [str(i) for i in self.report.errors]
        lines += [str(i) for i in self.report.warnings]
        lines += [str(c) for c in self.report.changes]
        QGuiApplication.clipboard().setText("\n".join(lines))
