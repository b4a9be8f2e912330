"""A security incident: when, what, where, who, and how sure we are."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from secframe.models import IncidentType, Verification
from secframe.services import incidents as inc
from secframe.services.lookups import Lookups, load_lookups
from secframe.ui.context import AppContext
from secframe.ui.editors.base import RecordEditor
from secframe.ui.widgets.fields import DateField, parse_amount
from secframe.ui.widgets.pickers import EnumCombo, PlacePicker, ValueCombo
from secframe.ui.widgets.screen import resize_to_fit


class IncidentEditor(RecordEditor):
    """Create or edit an incident (incidents belong to places, not to a framework)."""

    def __init__(
        self,
        context: AppContext,
        incident_id: int | None,
        parent: QWidget | None = None,
        *,
        lookups: Lookups | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.incident_id = incident_id
        self._lookups = lookups
        self._shown_lookups: Lookups | None = None
        self.occurred_on = DateField()
        self.type = EnumCombo(IncidentType)
        self.sub_type = QLineEdit()
        self.locality = PlacePicker()
        self.axis = ValueCombo(empty="—")
        self.latitude = QLineEdit()
        self.longitude = QLineEdit()
        self.actors = QLineEdit()
        self.fatalities = QSpinBox()
        self.fatalities.setRange(0, 100_000)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.source = QLineEdit()
        self.verification = EnumCombo(Verification)
        self.time_precision = ValueCombo()
        self.time_precision.set_choices(
            [(1, self.tr("1 – exact day")), (2, self.tr("2 – week")), (3, self.tr("3 – month"))]
        )
        self.geo_precision = ValueCombo()
        self.geo_precision.set_choices(
            [(1, self.tr("1 – town")), (2, self.tr("2 – district")), (3, self.tr("3 – region"))]
        )
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(self.tr("&Date (required)"), self.errors.box("occurred_on", self.occurred_on))
        form.addRow(self.tr("&Type"), self.errors.box("type", self.type))
        form.addRow(self.tr("S&ub-type"), self.errors.box("sub_type", self.sub_type))
        form.addRow(self.tr("&Locality"), self.errors.box("locality_id", self.locality))
        form.addRow(self.tr("&Axis"), self.errors.box("axis_id", self.axis))
        form.addRow(self.tr("Lat&itude"), self.errors.box("latitude", self.latitude))
        form.addRow(self.tr("Lo&ngitude"), self.errors.box("longitude", self.longitude))
        form.addRow(self.tr("A&ctors"), self.errors.box("actors", self.actors))
        form.addRow(self.tr("&Fatalities"), self.errors.box("fatalities", self.fatalities))
        form.addRow(self.tr("D&escription"), self.errors.box("description", self.description))
        form.addRow(self.tr("&Source"), self.errors.box("source", self.source))
        form.addRow(self.tr("&Verification"), self.errors.box("verification", self.verification))
        form.addRow(
            self.tr("Date p&recision"), self.errors.box("time_precision", self.time_precision)
        )
        form.addRow(
            self.tr("&Place precision"), self.errors.box("geo_precision", self.geo_precision)
        )
        self.frame(body, first=self.occurred_on)
        resize_to_fit(self, 640, 700)
        self.reload()

    def reload(self) -> None:
        incident_id, lookups, framework_id = (
            self.incident_id,
            self._lookups,
            self.context.framework_id,
        )

        def read(session: Session) -> tuple[Lookups, Any]:
            row = inc.get_incident(session, incident_id) if incident_id is not None else None
            return lookups or load_lookups(session, framework_id), row

        self.read_in_background(read, lambda result: self._show(*result))

    def _show(self, lookups: Lookups, row: Any) -> None:
        if self._shown_lookups is not lookups:
            self._lookups = self._shown_lookups = lookups
            self.locality.set_places(lookups.places, first=lookups.region_ids)
            self.axis.set_choices(lookups.axis_choices())
        self.version = row.version if row else None
        self.setWindowTitle(self.tr("Incident") if row else self.tr("New incident"))
        self.occurred_on.set_value(row.occurred_on if row else date.today())
        self.type.set_value(row.type if row else IncidentType.ROBBERY)
        self.sub_type.setText(row.sub_type or "" if row else "")
        self.locality.set_value(row.locality_id if row else None)
        self.axis.set_value(row.axis_id if row else None)
        self.latitude.setText(_coordinate(row.latitude) if row else "")
        self.longitude.setText(_coordinate(row.longitude) if row else "")
        self.actors.setText(row.actors or "" if row else "")
        self.fatalities.setValue(row.fatalities if row else 0)
        self.description.setPlainText(row.description or "" if row else "")
        self.source.setText(row.source or "" if row else "")
        self.verification.set_value(row.verification if row else Verification.UNVERIFIED)
        self.time_precision.set_value(row.time_precision if row else 1)
        self.geo_precision.set_value(row.geo_precision if row else 1)
        self._external_id = row.external_id if row else None
        self.mark_clean()

    def collect(self) -> inc.IncidentInput:
        return inc.IncidentInput(
            occurred_on=self.occurred_on.value(),  # type: ignore[arg-type]  # the service says when it is missing
            type=self.type.value(),
            sub_type=self.sub_type.text().strip() or None,
            locality_id=self.locality.value(),
            axis_id=self.axis.value(),
            latitude=_float(self.latitude.text()),
            longitude=_float(self.longitude.text()),
            actors=self.actors.text().strip() or None,
            fatalities=self.fatalities.value(),
            description=self.description.toPlainText().strip() or None,
            source=self.source.text().strip() or None,
            verification=self.verification.value(),
            time_precision=self.time_precision.value(),
            geo_precision=self.geo_precision.value(),
            external_id=self._external_id,
        )

    def problems(self) -> dict[str, str]:
        result = {}
        if self.occurred_on.problem():
            result["occurred_on"] = self.occurred_on.problem() or ""
        if self.locality.problem():
            result["locality_id"] = self.locality.problem() or ""
        for name, edit in (("latitude", self.latitude), ("longitude", self.longitude)):
            try:
                parse_amount(edit.text())
            except ValueError:
                result[name] = self.tr("Enter degrees in figures, like 16.77 or -3.01.")
        return result

    def write(self, session: Session, data: Any) -> inc.IncidentRow:
        if self.incident_id is None:
            return inc.create_incident(session, data)
        return inc.update_incident(session, self.incident_id, data, expected_version=self.version)


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.5f}".rstrip("0").rstrip(".")


def _float(text: str) -> float | None:
    try:
        value = parse_amount(text)
    except ValueError:
        return None
    return float(value) if value is not None else None
