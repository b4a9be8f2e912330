"""Places: a locality in the region › cercle › commune › locality hierarchy, and axes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe.models import LocalityLevel
from secframe.services import places
from secframe.ui.context import AppContext
from secframe.ui.editors.base import RecordEditor
from secframe.ui.widgets.fields import parse_amount
from secframe.ui.widgets.pickers import EnumCombo, PlacePicker
from secframe.ui.widgets.screen import resize_to_fit


def _number(text: str) -> float | None:
    try:
        value = parse_amount(text)
    except ValueError:
        return None
    return float(value) if value is not None else None


def _number_problem(text: str, message: str) -> str | None:
    try:
        parse_amount(text)
    except ValueError:
        return message
    return None


def _shown(value: float | None) -> str:
    return "" if value is None else f"{value:.5f}".rstrip("0").rstrip(".")


class LocalityEditor(RecordEditor):
    """Create or edit a place; moving it moves everything inside it."""

    def __init__(
        self,
        context: AppContext,
        locality_id: int | None,
        parent: QWidget | None = None,
        *,
        parent_id: int | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.locality_id = locality_id
        self.all_places: list[places.LocalityInfo] = []
        self.name = QLineEdit()
        self.level = EnumCombo(LocalityLevel)
        self.parent_place = PlacePicker()
        self.pcode = QLineEdit()
        self.pcode.setPlaceholderText(self.tr("optional, e.g. ML0605"))
        self.latitude = QLineEdit()
        self.longitude = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(self.tr("&Name (required)"), self.errors.box("name", self.name))
        form.addRow(self.tr("&Level"), self.errors.box("level", self.level))
        form.addRow(self.tr("&Inside"), self.errors.box("parent_id", self.parent_place))
        form.addRow(self.tr("&P-code"), self.errors.box("pcode", self.pcode))
        form.addRow(self.tr("La&titude"), self.errors.box("latitude", self.latitude))
        form.addRow(self.tr("Longit&ude"), self.errors.box("longitude", self.longitude))
        form.addRow(self.tr("N&otes"), self.errors.box("notes", self.notes))
        self.frame(body, first=self.name)
        resize_to_fit(self, 560, 440)
        self._parent_id = parent_id
        self.reload()

    def reload(self) -> None:
        locality_id = self.locality_id

        def read(session: Session) -> tuple[list[places.LocalityInfo], Any]:
            info = places.get_locality(session, locality_id) if locality_id is not None else None
            return places.list_localities(session), info

        self.read_in_background(read, lambda result: self._show(*result))

    def _show(self, all_places: list[places.LocalityInfo], info: Any) -> None:
        self.all_places = all_places
        self.parent_place.set_places([p for p in all_places if p.id != self.locality_id])
        self.version = info.version if info else None
        self.setWindowTitle(info.label if info else self.tr("New place"))
        self.name.setText(info.name if info else "")
        self.level.set_value(info.level if info else LocalityLevel.LOCALITY)
        self.parent_place.set_value(info.parent_id if info else self._parent_id)
        self.pcode.setText(info.pcode or "" if info else "")
        self.latitude.setText(_shown(info.latitude) if info else "")
        self.longitude.setText(_shown(info.longitude) if info else "")
        self.notes.setPlainText(info.notes or "" if info else "")

    def collect(self) -> places.LocalityInput:
        return places.LocalityInput(
            name=self.name.text().strip(),
            level=self.level.value(),
            parent_id=self.parent_place.value(),
            pcode=self.pcode.text().strip() or None,
            latitude=_number(self.latitude.text()),
            longitude=_number(self.longitude.text()),
            notes=self.notes.toPlainText().strip() or None,
        )

    def problems(self) -> dict[str, str]:
        message = self.tr("Enter degrees in figures, like 16.77 or -3.01.")
        result = {
            name: problem
            for name, edit in (("latitude", self.latitude), ("longitude", self.longitude))
            if (problem := _number_problem(edit.text(), message))
        }
        if self.parent_place.problem():
            result["parent_id"] = self.parent_place.problem() or ""
        return result

    def write(self, session: Session, data: Any) -> places.LocalityInfo:
        if self.locality_id is None:
            return places.create_locality(session, data)
        return places.update_locality(
            session, self.locality_id, data, expected_version=self.version
        )


class AxisEditor(RecordEditor):
    """Create or edit an axis: its name and the localities along it, in order."""

    def __init__(
        self, context: AppContext, axis_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.axis_id = axis_id
        self.all_places: list[places.LocalityInfo] = []
        self.labels: dict[int, str] = {}
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Tombouctou – Goundam"))
        self.stops = QListWidget()
        self.stop_picker = PlacePicker()
        add = QPushButton(self.tr("Add"))
        up = QPushButton(self.tr("Up"))
        down = QPushButton(self.tr("Down"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(self._add_stop)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        remove.clicked.connect(lambda: self.stops.takeItem(self.stops.currentRow()))
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.stop_picker, 1)
        picker_row.addWidget(add)
        side = QVBoxLayout()
        for button in (up, down, remove):
            side.addWidget(button)
        side.addStretch(1)
        stops_row = QHBoxLayout()
        stops_row.addWidget(self.stops, 1)
        stops_row.addLayout(side)
        stops = QWidget()
        column = QVBoxLayout(stops)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(stops_row)
        column.addLayout(picker_row)
        self.length = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(self.tr("&Name (required)"), self.errors.box("name", self.name))
        form.addRow(self.tr("&Localities, in order"), self.errors.box("locality_ids", stops))
        form.addRow(self.tr("Len&gth (km)"), self.errors.box("length_km", self.length))
        form.addRow(self.tr("N&otes"), self.errors.box("notes", self.notes))
        self.frame(body, first=self.name)
        resize_to_fit(self, 620, 520)
        self.reload()

    def _add_stop(self) -> None:
        place = self.stop_picker.value()
        if place is not None:
            self._append(place)
            self.stop_picker.set_value(None)

    def _append(self, locality_id: int) -> None:
        item = QListWidgetItem(self.labels.get(locality_id, str(locality_id)))
        item.setData(Qt.ItemDataRole.UserRole, locality_id)
        self.stops.addItem(item)

    def _move(self, step: int) -> None:
        row = self.stops.currentRow()
        if row < 0 or not 0 <= row + step < self.stops.count():
            return
        item = self.stops.takeItem(row)
        self.stops.insertItem(row + step, item)
        self.stops.setCurrentRow(row + step)

    def reload(self) -> None:
        axis_id = self.axis_id

        def read(session: Session) -> tuple[list[places.LocalityInfo], Any]:
            info = places.get_axis(session, axis_id) if axis_id is not None else None
            return places.list_localities(session), info

        self.read_in_background(read, lambda result: self._show(*result))

    def _show(self, all_places: list[places.LocalityInfo], info: Any) -> None:
        self.all_places = all_places
        self.labels = {p.id: p.label for p in all_places}
        self.stop_picker.set_places(all_places)
        self.version = info.version if info else None
        self.setWindowTitle(
            self.tr("Axis — {name}").format(name=info.name) if info else self.tr("New axis")
        )
        self.name.setText(info.name if info else "")
        self.stops.clear()
        for locality_id in info.locality_ids if info else ():
            self._append(locality_id)
        self.length.setText(_shown(info.length_km) if info else "")
        self.notes.setPlainText(info.notes or "" if info else "")

    def collect(self) -> places.AxisInput:
        return places.AxisInput(
            name=self.name.text().strip(),
            locality_ids=tuple(
                int(self.stops.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.stops.count())
            ),
            length_km=_number(self.length.text()),
            notes=self.notes.toPlainText().strip() or None,
        )

    def problems(self) -> dict[str, str]:
        problem = _number_problem(self.length.text(), self.tr("Enter the length in figures."))
        return {"length_km": problem} if problem else {}

    def write(self, session: Session, data: Any) -> places.AxisInfo:
        if self.axis_id is None:
            return places.create_axis(session, data)
        return places.update_axis(session, self.axis_id, data, expected_version=self.version)
