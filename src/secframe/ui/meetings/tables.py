"""Qt item models of the meetings page: the sessions of a framework and a session's review."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, format_number
from secframe.services.meetings import MeetingInfo
from secframe.services.review import ReviewItem
from secframe.ui.meetings.review_dialog import describe_entry

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class Column(Generic[T]):
    """A column: translatable header, displayed text, sort key, alignment."""

    def __init__(
        self,
        header: str,
        text: Callable[[T], str],
        key: Callable[[T], Any] | None = None,
        right: bool = False,
    ) -> None:
        self.header = header
        self.text = text
        self.key = key or text
        self.right = right


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of plain data under named columns; sorts and filters itself in Python (a proxy
    would call back into Python for every comparison), reset as a whole on reload."""

    CONTEXT = "MeetingTables"
    columns: Sequence[Column[T]] = ()

    def __init__(self) -> None:
        super().__init__()
        self.all_rows: list[T] = []
        self.rows: list[T] = []
        self._accept: Callable[[T], bool] | None = None
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[T]) -> None:
        """Replace every row (the current filter and order apply)."""
        self.all_rows = list(rows)
        self._refresh()

    def set_filter(self, accept: Callable[[T], bool] | None) -> None:
        """Show only the rows ``accept`` keeps (None: all)."""
        self._accept = accept
        self._refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._order = (column, order)
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        rows = (
            [r for r in self.all_rows if self._accept(r)] if self._accept else list(self.all_rows)
        )
        if self._order is not None:
            column, order = self._order
            key = self.columns[column].key
            rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> T:
        """The data of a visible row."""
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _locked(m: MeetingInfo) -> str:
    if not m.locked:
        return QCoreApplication.translate("MeetingTables", "Open")
    return QCoreApplication.translate("MeetingTables", "Locked")


class SessionsModel(RowsModel[MeetingInfo]):
    """A framework's sessions, the latest first."""

    columns = (
        Column(
            QT_TRANSLATE_NOOP("MeetingTables", "N°"),
            lambda m: str(m.number),
            lambda m: m.number,
            right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingTables", "Date"),
            lambda m: format_date(m.held_on),
            lambda m: m.held_on,
        ),
        Column(QT_TRANSLATE_NOOP("MeetingTables", "Kind"), lambda m: m.kind.label()),
        Column(QT_TRANSLATE_NOOP("MeetingTables", "Conclusions"), _locked),
    )


def _deadline(i: ReviewItem) -> str:
    text = format_date(i.commitment.deadline)
    if i.commitment.overdue:
        text += " — " + QCoreApplication.translate("MeetingTables", "overdue")
    return text


def _review(i: ReviewItem) -> str:
    if i.entry is None:
        return QCoreApplication.translate("MeetingTables", "To review")
    return describe_entry(i.entry)


class ReviewModel(RowsModel[ReviewItem]):
    """The open commitments under review in a session, with what was recorded."""

    columns = (
        Column(QT_TRANSLATE_NOOP("MeetingTables", "Commitment"), lambda i: i.commitment.title),
        Column(QT_TRANSLATE_NOOP("MeetingTables", "Lead"), lambda i: i.commitment.lead_member),
        Column(QT_TRANSLATE_NOOP("MeetingTables", "Status"), lambda i: i.commitment.status.label()),
        Column(
            QT_TRANSLATE_NOOP("MeetingTables", "Deadline"),
            _deadline,
            lambda i: i.commitment.deadline.toordinal() if i.commitment.deadline else 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingTables", "Gap (FCFA)"),
            lambda i: format_number(i.commitment.gap),
            lambda i: i.commitment.gap,
            right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingTables", "Review"),
            _review,
            lambda i: (i.entry is not None, _review(i)),
        ),
        Column(
            QT_TRANSLATE_NOOP("MeetingTables", "Note"),
            lambda i: (i.entry.note or "") if i.entry else "",
        ),
    )
