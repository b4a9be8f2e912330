"""Checks of keyboard access in a dialog: Alt letters that reach their inputs, and none twice."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QTabBar,
    QTabWidget,
    QWidget,
)

_MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text ('&Title' → 't'), None without one."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def takes_keys(widget: QWidget) -> bool:
    """Whether Tab can stop on this widget."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _first_input(item_widget: QWidget | None, item_layout: QLayout | None) -> QWidget | None:
    widgets: list[QWidget] = []
    if item_widget is not None:
        widgets = [item_widget, *item_widget.findChildren(QWidget)]
    elif item_layout is not None:
        for i in range(item_layout.count()):
            w = item_layout.itemAt(i).widget()
            if w is not None:
                widgets += [w, *w.findChildren(QWidget)]
    return next((w for w in widgets if takes_keys(w) and not isinstance(w, QLabel)), None)


def form_problems(dialog: QWidget) -> list[str]:
    """Form labels beside an input that lack an Alt letter or whose letter misses the input."""
    problems = []
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            label = label_item.widget()
            if not isinstance(label, QLabel) or not label.text():
                continue
            field = _first_input(field_item.widget(), field_item.layout())
            if field is None:
                continue  # a read-only value (e.g. a label)
            buddy = label.buddy()
            if mnemonic(label.text()) is None:
                problems.append(f"no Alt letter: {label.text()!r}")
            elif buddy is None or not takes_keys(buddy):
                problems.append(f"Alt letter reaches no input: {label.text()!r}")
    return problems


def _visible_texts(dialog: QWidget) -> list[str]:
    texts = []
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog):
            continue
        if (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count()) if w.isTabEnabled(i)]
    return texts


def clash_problems(dialog: QWidget) -> list[str]:
    """Alt letters used twice among what is visible together, on each tab of each tab widget."""
    problems = []
    states: list[tuple[QTabWidget | None, int]] = [(None, 0)]
    for tabs in dialog.findChildren(QTabWidget):
        states += [(tabs, i) for i in range(tabs.count())]
    for tabs, index in states:
        if tabs is not None:
            tabs.setCurrentIndex(index)
        texts = _visible_texts(dialog)
        letters = Counter(m for t in texts if (m := mnemonic(t)))
        for letter, n in letters.items():
            if n > 1:
                clashing = [t for t in texts if mnemonic(t) == letter]
                problems.append(f"Alt+{letter} used {n} times: {clashing}")
            if not re.fullmatch(r"[a-z0-9]", letter):
                problems.append(f"Alt+{letter} cannot be typed on every keyboard")
    return sorted(set(problems))


def keyboard_problems(dialog: QWidget) -> list[str]:
    """Everything wrong with a dialog's Alt letters (empty when all is well)."""
    return form_problems(dialog) + clash_problems(dialog)
