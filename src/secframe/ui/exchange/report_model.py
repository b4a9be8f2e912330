"""Table models of an import report: its problems and its changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from secframe.exchange.import_report import Change, Issue, Severity
from secframe.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ERROR_BRUSH = QBrush(QColor("#fde2e1"))
WARNING_BRUSH = QBrush(QColor("#fff4ce"))


def _t(text: str) -> str:
    return QCoreApplication.translate("ReportModel", text)


class _ReportTable(QAbstractTableModel):
    """A read-only list of report lines under fixed column titles."""

    def __init__(self, lines: list[Any], headers: list[str]) -> None:
        super().__init__()
        self._lines = lines
        self._headers = headers

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class IssueModel(_ReportTable):
    """Every problem of a report, errors first: type (word and colour), sheet, row, column,
    reason."""

    TYPE, SHEET, ROW, COLUMN, REASON = range(5)

    def __init__(self, issues: list[Issue]) -> None:
        headers = [
            _t(QT_TRANSLATE_NOOP("ReportModel", "Type")),
            _t(QT_TRANSLATE_NOOP("ReportModel", "Sheet")),
            _t(QT_TRANSLATE_NOOP("ReportModel", "Row")),
            _t(QT_TRANSLATE_NOOP("ReportModel", "Column")),
            _t(QT_TRANSLATE_NOOP("ReportModel", "Reason")),
        ]
        super().__init__(sorted(issues, key=lambda i: i.severity != Severity.ERROR), headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        issue = self._lines[index.row()]
        is_error = issue.severity == Severity.ERROR
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BRUSH if is_error else WARNING_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.TYPE:
                return (
                    _t(QT_TRANSLATE_NOOP("ReportModel", "Error"))
                    if is_error
                    else _t(QT_TRANSLATE_NOOP("ReportModel", "Warning"))
                )
            if column == self.SHEET:
                return issue.sheet
            if column == self.ROW:
                return "" if issue.row is None else str(issue.row)
            if column == self.COLUMN:
                return issue.column
            return str(issue.message)
        return None


class ChangeModel(_ReportTable):
    """The records an import creates, changes or removes: sheet, row, change."""

    def __init__(self, changes: list[Change]) -> None:
        headers = [
            _t(QT_TRANSLATE_NOOP("ReportModel", "Sheet")),
            _t(QT_TRANSLATE_NOOP("ReportModel", "Row")),
            _t(QT_TRANSLATE_NOOP("ReportModel", "Change")),
        ]
        super().__init__(changes, headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        change = self._lines[index.row()]
        values = (change.sheet, "" if change.row is None else str(change.row), str(change.message))
        return values[index.column()]
