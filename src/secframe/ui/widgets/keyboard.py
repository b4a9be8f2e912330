"""Keyboard access in forms: Alt+letter of a label reaches its input, Tab follows reading order.

QFormLayout makes each row's label the buddy of the widget beside it; when that widget is a
wrapper (a ``FieldBox`` with room for an error, a date field, a place picker, a table with
its buttons), the label's Alt letter would reach a widget that takes no focus. ``link_buddies``
points every label at the input inside instead.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayoutItem, QWidget

from secframe.ui.widgets.errors import FieldBox


def input_of(widget: QWidget) -> QWidget:
    """The widget that takes the keyboard inside ``widget`` (itself when it takes it)."""
    if isinstance(widget, FieldBox):
        widget = widget.field
    while (proxy := widget.focusProxy()) is not None:
        widget = proxy
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.focusProxy() is None:
            return child
    return widget


def link_buddies(root: QWidget) -> None:
    """Make every label under ``root`` that has a buddy lead to the input itself, and every
    form row's label (QFormLayout gives a buddy only to the labels it makes from text) lead to
    the input of its row."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            _link_row(form, row)
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and input_of(buddy) is not buddy:
            label.setBuddy(input_of(buddy))


def _link_row(form: QFormLayout, row: int) -> None:
    label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
    field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
    label = label_item.widget() if label_item is not None else None
    field = _first_widget(field_item) if field_item is not None else None
    if not isinstance(label, QLabel) or field is None or isinstance(field, QLabel):
        return
    if label.buddy() is None:
        label.setBuddy(field)


def _first_widget(item: QLayoutItem) -> QWidget | None:
    """The widget of a form row's field, or the first one of a row laid out side by side."""
    if item.widget() is not None:
        return item.widget()
    layout = item.layout()
    items = [layout.itemAt(i) for i in range(layout.count())] if layout else []
    return next((w for i in items if i is not None and (w := i.widget()) is not None), None)


def chain_tab_order(*widgets: QWidget) -> None:
    """Make Tab go through ``widgets`` in this order."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)
