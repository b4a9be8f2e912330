"""Keyboard access in every editor: Alt letters reach their fields, none twice, in French and
English; Tab follows reading order; a new record opens with its first field ready to type."""

from __future__ import annotations

import warnings
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from secframe.models import CommitmentStatus
from secframe.ui.editors.commitment import CommitmentEditor
from secframe.ui.editors.framework import FrameworkEditor
from secframe.ui.editors.incident import IncidentEditor
from secframe.ui.editors.member import MemberEditor
from secframe.ui.editors.places import AxisEditor, LocalityEditor
from secframe.ui.language import install_language
from tests.gui.helpers import commitment_editor
from tests.gui.keyboard import keyboard_problems, takes_keys


def _existing_editor(context, sample) -> CommitmentEditor:
    c = sample.commitment("Patrouilles", status=CommitmentStatus.ACTIVE)
    return commitment_editor(context, c.id)


def _suspending(context, sample) -> QWidget:
    editor = _existing_editor(context, sample)
    dialog = editor.change_status(CommitmentStatus.SUSPENDED)
    assert dialog is not None
    return dialog


def _new_suspended(context, sample) -> QWidget:
    editor = commitment_editor(context, None)
    editor.initial_status.set_value(CommitmentStatus.SUSPENDED)  # shows cause and reason
    return editor


EDITORS: dict[str, Callable[..., QWidget]] = {
    "new commitment": lambda context, sample: commitment_editor(context, None),
    "new suspended commitment": _new_suspended,
    "commitment": _existing_editor,
    "change status": _suspending,
    "revise deadline": lambda c, s: _existing_editor(c, s).revise_deadline(),
    "handover": lambda c, s: _existing_editor(c, s).hand_over(),
    "member": lambda context, sample: MemberEditor(context, None),
    "incident": lambda context, sample: IncidentEditor(context, None),
    "framework": lambda context, sample: FrameworkEditor(context, sample.framework_id),
    "locality": lambda context, sample: LocalityEditor(context, None),
    "axis": lambda context, sample: AxisEditor(context, None),
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(EDITORS))
def test_every_label_has_its_own_alt_letter_reaching_its_field(
    qtbot, context, sqlite_sample, name, language
):
    install_language(language)
    dialog = EDITORS[name](context, sqlite_sample)
    qtbot.waitUntil(lambda: getattr(dialog, "is_ready", True), timeout=5000)
    qtbot.addWidget(dialog.parent() or dialog)
    assert keyboard_problems(dialog) == []


FIRST_FIELDS = {
    "member": lambda d: d.name,
    "incident": lambda d: d.occurred_on.edit,
    "locality": lambda d: d.name,
    "axis": lambda d: d.name,
    "framework": lambda d: d.name,
    "change status": lambda d: d.status,
    "revise deadline": lambda d: d.new_deadline.edit,
    "handover": lambda d: d.lead,
}


@pytest.mark.parametrize("name", sorted(FIRST_FIELDS))
def test_an_editor_opens_with_its_first_field_ready(qtbot, context, sqlite_sample, name):
    dialog = EDITORS[name](context, sqlite_sample)
    qtbot.waitUntil(lambda: getattr(dialog, "is_ready", True), timeout=5000)
    qtbot.addWidget(dialog.parent() or dialog)
    dialog.show()
    assert dialog.focusWidget() is FIRST_FIELDS[name](dialog)


def _tab_stops(dialog: QWidget, start: QWidget) -> list[QWidget]:
    stops, widget = [start], start.nextInFocusChain()
    while widget is not start:
        if takes_keys(widget) and widget.isVisibleTo(dialog) and widget.isEnabled():
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def _in_order(stops: list[QWidget], expected: list[QWidget]) -> bool:
    positions = [stops.index(w) for w in expected]
    return positions == sorted(positions)


def test_tab_goes_from_the_header_through_the_form_to_save(qtbot, context, sqlite_sample):
    editor = _existing_editor(context, sqlite_sample)
    qtbot.addWidget(editor)
    editor.show()
    form = editor.form
    stops = _tab_stops(editor, editor.status_button)
    expected = [
        editor.status_button,
        editor.deadline_button,
        editor.handover_button,
        editor.tabs.tabBar(),
        form.title,
        form.reference,
        form.kind,
        form.theme,
        form.lead,
        form.partners.table,
        form.locality.edit,
        form.axis,
        form.frequency,
        form.description,
        editor.save_button,
        editor.cancel_button,
    ]
    assert _in_order(stops, expected), [w.objectName() or type(w).__name__ for w in stops]
    editor.tabs.setCurrentIndex(1)
    stops = _tab_stops(editor, editor.status_button)
    expected = [
        editor.handover_button,
        editor.tabs.tabBar(),
        form.start_date.edit,
        form.deadline.edit,
        form.level,
        form.source,
        form.meeting,
        form.outcome,
        editor.save_button,
    ]
    assert _in_order(stops, expected), [w.objectName() or type(w).__name__ for w in stops]


def test_a_new_commitment_opens_on_its_title_and_tabs_from_its_status(
    qtbot, context, sqlite_sample
):
    editor = commitment_editor(context, None)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.focusWidget() is editor.form.title
    stops = _tab_stops(editor, editor.initial_status)
    expected = [
        editor.initial_status,
        editor.initial_on.edit,
        editor.tabs.tabBar(),
        editor.form.title,
        editor.form.description,
        editor.save_button,
    ]
    assert _in_order(stops, expected)


def test_alt_letter_of_a_wrapped_field_puts_the_cursor_in_it(qtbot, context, sqlite_sample):
    editor = commitment_editor(context, None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(1)
    assert editor.form.deadline_label.text() == "Éc&héance"
    assert editor.form.deadline_label.buddy() is editor.form.deadline.edit
    with warnings.catch_warnings():  # offscreen: no window manager makes it the active window
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(editor)
    qtbot.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.focusWidget() is editor.form.deadline.edit, timeout=2000)
