"""The incidents page: tens of thousands of incidents, listed lazily.

The database finds the matching ids in the chosen order (search and filters included, in the
background); the rows themselves are read a block at a time as they scroll into view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QWidget
from sqlalchemy.orm import Session

from secframe import i18n
from secframe.models import IncidentType
from secframe.services import incidents as inc
from secframe.services.browse import INCIDENT_ORDERS, incident_ids
from secframe.services.changes import AXIS, FRAMEWORK, INCIDENT, LOCALITY, Changes
from secframe.services.places import list_axes, list_localities
from secframe.ui.context import AppContext
from secframe.ui.dialogs import ask
from secframe.ui.editors.incident import IncidentEditor
from secframe.ui.pages.base import ListPage
from secframe.ui.tables import LazyRecordModel
from secframe.ui.tables.records import INCIDENTS
from secframe.ui.widgets.filters import ChoiceFilter, DateRange
from secframe.ui.widgets.pickers import PlacePicker


@dataclass(frozen=True)
class IncidentQuery:
    """What the list asks the database for (read from the filters on the UI thread)."""

    in_framework: bool
    place: tuple[str, int] | None
    types: frozenset[IncidentType]
    start: date | None
    end: date | None
    include_rejected: bool
    text: str
    order: str
    descending: bool

    def to_filter(self, framework_id: int | None) -> inc.IncidentFilter:
        """The service filter for this query."""
        kind, ident = self.place or ("", None)
        return inc.IncidentFilter(
            framework_id=framework_id if self.in_framework else None,
            locality_id=ident if kind == "locality" else None,
            axis_id=ident if kind == "axis" else None,
            date_from=self.start,
            date_to=self.end,
            types=self.types,
            include_rejected=self.include_rejected,
            text=self.text or None,
        )


def read_incidents(session: Session, framework_id: int | None, query: IncidentQuery) -> Any:
    """The ordered ids of the matching incidents, how many there are in scope, and places."""
    ids = incident_ids(
        session, query.to_filter(framework_id), query.order, descending=query.descending
    )
    scope = inc.IncidentFilter(
        framework_id=framework_id if query.in_framework else None, include_rejected=True
    )
    total = inc.count_incidents(session, scope)
    return ids, total, list_localities(session), list_axes(session)


class IncidentsPage(ListPage):
    """Incidents in the framework's regions (or everywhere), newest first by default."""

    reload_on = (INCIDENT, LOCALITY, AXIS, FRAMEWORK)
    local_search = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        self.lazy: LazyRecordModel[inc.IncidentRow] = LazyRecordModel(
            INCIDENTS, self._fetch, request=self._request_rows
        )
        super().__init__(context, INCIDENTS, parent, model=self.lazy)
        self.total = 0
        self._places_loaded = False
        self.new_button.setText(self.tr("New incident"))
        self.new_button.setToolTip(self.tr("Record an incident (Ctrl+N)"))
        self.search.setToolTip(self.tr("Searches descriptions, actors, sources, types and places"))
        self.type_filter = ChoiceFilter(self.tr("Type"), self)
        self.type_filter.set_choices(IncidentType.choices())
        self.place_filter = PlacePicker(self, axes=True)
        self.place_filter.edit.setPlaceholderText(self.tr("All places"))
        self.period = DateRange(self)
        self.in_framework = QCheckBox(self.tr("In the framework's regions"), self)
        self.in_framework.setChecked(True)
        self.rejected = QCheckBox(self.tr("Include rejected"), self)
        for widget in (
            self.type_filter,
            self.place_filter,
            self.period,
            self.in_framework,
            self.rejected,
        ):
            self.filters.addWidget(widget)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(250)
        self._pause.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._pause.start())
        self.type_filter.changed.connect(self.reload)
        self.place_filter.changed.connect(self.reload)
        self.period.changed.connect(self.reload)
        self.in_framework.toggled.connect(lambda _on: self.reload())
        self.rejected.toggled.connect(lambda _on: self.reload())
        self._order = self.lazy.sort_order or ("occurred_on", True)
        self.lazy.sort_requested.connect(self._sort)

    def query(self) -> IncidentQuery:
        """The filters as set now."""
        start, end = self.period.value()
        order, descending = self._order
        return IncidentQuery(
            in_framework=self.in_framework.isChecked(),
            place=self.place_filter.value(),
            types=frozenset(self.type_filter.selected()),
            start=start,
            end=end,
            include_rejected=self.rejected.isChecked(),
            text=self.search.text().strip(),
            order=order if order in INCIDENT_ORDERS else "occurred_on",
            descending=descending,
        )

    def load_state(self) -> Any:
        return self.query()

    def read(self, session: Session, framework_id: int | None, state: Any) -> Any:
        return read_incidents(session, framework_id, state)

    def show_rows(self, payload: Any) -> None:
        ids, total, localities, axes = payload
        self.total = total
        if not self._places_loaded:
            self.place_filter.set_places(localities, axes)
            self._places_loaded = True
        self.lazy.set_ids(ids)

    @staticmethod
    def _read_rows(session: Session, ids: list[Any]) -> list[inc.IncidentRow]:
        return inc.list_incidents(session, inc.IncidentFilter(include_rejected=True), ids=ids)

    def _fetch(self, ids: list[Any]) -> list[inc.IncidentRow]:
        """Rows read at once (a row asked for by a selection, a copy, an export)."""
        with self.context.db.read() as session:
            return self._read_rows(session, ids)

    def _request_rows(
        self, ids: list[Any], deliver: Callable[[Sequence[inc.IncidentRow]], None]
    ) -> None:
        """Rows the list paints, read in the background."""
        key = f"incidents:rows:{ids[0] if ids else ''}:{len(ids)}"
        self.context.load(self, key, lambda session: self._read_rows(session, ids), deliver)

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(LOCALITY, AXIS):
            self._places_loaded = False  # offer the new places in the filter
        super()._data_changed(changes)

    def _sort(self, key: str, descending: bool) -> None:
        self._order = (key, descending)
        self.reload()

    def count_text(self, shown: int, total: int) -> str:
        return self.tr("{shown} of {total} incidents shown").format(
            shown=i18n.format_number(shown), total=i18n.format_number(self.total)
        )

    def empty_text(self) -> str:
        return self.tr(
            "No incident recorded in these places yet. Record one with “New incident” (Ctrl+N)."
        )

    def _counts_changed(self) -> None:
        super()._counts_changed()
        if self.total and not self.model.rowCount():  # filters hide everything: keep the list
            self.stack.setCurrentWidget(self.view)

    # --- actions ------------------------------------------------------------------------------

    def editor(self, incident_id: int | None) -> IncidentEditor:
        """Open the incident editor and return it."""
        return self.open_editor(IncidentEditor(self.context, incident_id, self))

    def new_record(self) -> None:
        """Record an incident."""
        self.editor(None)

    def open_records(self, rows: list[Any]) -> None:
        """Open the first selected incident."""
        self.editor(rows[0].id)

    def record_actions(self, rows: list[Any]) -> list[QAction | None]:
        return self.standard_actions(rows, self.tr("New incident"))

    def delete_records(self, rows: list[Any]) -> None:
        """Delete incidents after asking."""
        text = self.tr("Delete {count} incident(s)?").format(count=len(rows))
        if not ask.confirm(
            self,
            self.tr("Delete"),
            text,
            self.tr("Delete"),
            self.tr("Edit › Undo (Ctrl+Z) can bring it back until secframe is closed."),
        ):
            return
        targets = [(r.id, r.version) for r in rows]
        self.delete_in_background(targets, inc.delete_incident)
