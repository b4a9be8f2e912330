"""« New place… » and « New axis… » from a place picker: create one without leaving the
editor, then choose it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from secframe.services.places import list_axes, list_localities
from secframe.ui.context import AppContext
from secframe.ui.widgets.pickers import PlacePicker, ValueCombo


def offer_new_places(
    context: AppContext,
    owner: QWidget,
    picker: PlacePicker,
    axis_combo: ValueCombo | None = None,
    first: tuple[int, ...] = (),
) -> None:
    """Let ``picker`` create a place (and, with ``axis_combo``, an axis), then select it."""
    picker.offer_new(place=True, axis=axis_combo is not None)

    def new_place() -> None:
        from secframe.ui.editors.places import LocalityEditor

        _open(LocalityEditor(context, None, owner), place_saved)

    def place_saved(info: Any) -> None:
        def show(places: list[Any]) -> None:
            picker.set_places(places, first=first)
            picker.set_value(info.id)

        context.load(owner, f"new-place:{id(picker)}", list_localities, show)

    def new_axis() -> None:
        from secframe.ui.editors.places import AxisEditor

        _open(AxisEditor(context, None, owner), axis_saved)

    def axis_saved(info: Any) -> None:
        assert axis_combo is not None

        def show(axes: list[Any]) -> None:
            axis_combo.set_choices([(a.id, a.name) for a in axes])
            axis_combo.set_value(info.id)

        context.load(owner, f"new-axis:{id(axis_combo)}", list_axes, show)

    picker.new_place_requested.connect(new_place)
    if axis_combo is not None:
        picker.new_axis_requested.connect(new_axis)


def _open(editor: Any, on_saved: Any) -> None:
    editor.saved.connect(on_saved)
    editor.finished.connect(editor.deleteLater)
    editor.open()
