"""Cells cut short show their whole text as a tooltip (« 15 400 000 F… » → « 15 400 000 FCFA »).

``CutCellTips`` is the item delegate of the editors' tables (resource lines, partners, results,
representatives, decision points, attendance, logs): when the text of a cell does not fit its
width (Qt elides it) or its height (wrapped text), hovering shows it whole, before the cell's
own tooltip (an error message, a definition) if it has one. A cell that shows all its text
shows only its own tooltip, or none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

Index = QModelIndex | QPersistentModelIndex


class CutCellTips(QStyledItemDelegate):
    """A delegate whose cut cells show their whole text as tooltip."""

    def is_cut(self, option: QStyleOptionViewItem, index: Index) -> bool:
        """Whether the cell at ``option.rect`` shows less than its whole text."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        if not text:
            return False
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = rect.width() - 2 * margin
        metrics = opt.fontMetrics
        wraps = bool(opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        if wraps:
            needed = metrics.boundingRect(
                QRect(0, 0, max(width, 1), 1_000_000), int(Qt.TextFlag.TextWordWrap), text
            )
            return needed.height() > rect.height() or needed.width() > width
        return any(metrics.horizontalAdvance(line) > width for line in text.splitlines())

    def tooltip(self, option: QStyleOptionViewItem, index: Index) -> str:
        """What hovering the cell shows: its whole text when cut, then its own tooltip."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        own = str(own) if own else ""
        whole = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not self.is_cut(option, index) or whole == own:
            return own
        return f"{whole}\n\n{own}" if own else whole

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        text = self.tooltip(option, index)
        if text:
            QToolTip.showText(event.globalPos(), text, view.viewport(), option.rect)
        else:
            QToolTip.hideText()
        return True


def tips_on_cut_cells(view: QAbstractItemView) -> CutCellTips:
    """Give ``view`` the delegate that shows cut cells whole; returns it."""
    delegate = CutCellTips(view)
    view.setItemDelegate(delegate)
    return delegate
