"""Localities & axes: the places of the hierarchy and the roads between them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QMenu, QPushButton, QTabWidget, QWidget
from sqlalchemy.orm import Session

from secframe import i18n
from secframe.models import LocalityLevel
from secframe.services import places
from secframe.services.changes import AXIS, FRAMEWORK, LOCALITY
from secframe.services.place_scope import PlaceScope, places_in_scope
from secframe.ui.context import AppContext
from secframe.ui.dialogs import ask
from secframe.ui.editors.places import AxisEditor, LocalityEditor
from secframe.ui.pages.base import ListPage
from secframe.ui.read_only import writable
from secframe.ui.tables import RecordFilterProxy, RecordTableModel, RecordTableView
from secframe.ui.tables.records import AXES, LOCALITIES
from secframe.ui.widgets.filters import ChoiceFilter

ALL_OF_MALI_KEY = "places/all_of_mali"


class PlacesPage(ListPage):
    """Localities in one list (region › cercle › commune › locality) and axes in another: by
    default those of the framework's regions, or all of Mali when asked."""

    reload_on = (LOCALITY, AXIS, FRAMEWORK)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, LOCALITIES, parent)
        self.new_button.setText(self.tr("New place"))
        self.new_button.setToolTip(self.tr("Add a locality, commune, cercle or region (Ctrl+N)"))
        self.level_filter = ChoiceFilter(self.tr("Level"), self)
        self.level_filter.set_choices(LocalityLevel.choices())
        self.level_filter.changed.connect(self._filter)
        self.filters.addWidget(self.level_filter)
        self.all_of_mali = QCheckBox(self.tr("All of Mali"), self)
        self.all_of_mali.setChecked(bool(context.settings.value(ALL_OF_MALI_KEY, False, type=bool)))
        self.all_of_mali.toggled.connect(self._scope_toggled)
        self.filters.addWidget(self.all_of_mali)
        self.scope: PlaceScope | None = None
        self.axes_model = RecordTableModel(AXES, self)
        self.axes_proxy = RecordFilterProxy(self.axes_model, self)
        self.axes_view = RecordTableView(AXES, context.settings, self)
        self.axes_view.setModel(self.axes_proxy)
        self.axes_view.open_requested.connect(lambda rows: self.open_axis(rows[0].id))
        self.axes_view.context_requested.connect(self._axes_menu)
        self.search.textChanged.connect(self.axes_proxy.set_search)
        self.axes_proxy.filter_changed.connect(self._counts_changed)
        self.tabs = QTabWidget(self)
        self.stack.removeWidget(self.view)
        self.tabs.addTab(self.view, self.tr("Localities"))
        self.tabs.addTab(self.axes_view, self.tr("Axes"))
        self.stack.insertWidget(0, self.tabs)
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self._counts_changed())
        self.new_axis_button = QPushButton(self.tr("New axis"), self)
        self.new_axis_button.clicked.connect(lambda: self.open_axis(None))
        self.filters.addWidget(self.new_axis_button)

    def show_access(self) -> None:
        super().show_access()
        writable(self.context, self.new_axis_button)

    def load_state(self) -> Any:
        return self.model.sort_state, self.all_of_mali.isChecked()

    def read(self, session: Session, framework_id: int | None, state: Any) -> Any:
        sort, everywhere = state
        scope = places_in_scope(session, framework_id, everywhere=everywhere)
        localities = self.rows_payload(scope.localities, sort)
        return scope, localities, AXES.search_keys(scope.axes)

    def show_rows(self, payload: Any) -> None:
        scope, localities, axis_keys = payload
        self.scope = scope
        super().show_rows(localities)
        self.axes_model.set_rows(scope.axes, axis_keys)
        self._show_scope(scope)

    def _show_scope(self, scope: PlaceScope) -> None:
        """The box can narrow the lists only when the framework has regions to keep to."""
        self.all_of_mali.setEnabled(bool(scope.region_names))
        if scope.region_names:
            tip = self.tr(
                "Show the places of every region, not only those of the framework's regions "
                "({regions})"
            ).format(regions=", ".join(scope.region_names))
        elif self.context.framework_id is None:
            tip = ""
        else:
            tip = self.tr(
                "This framework has no region recorded (Framework properties…): "
                "every place is shown."
            )
        self.all_of_mali.setToolTip(tip)

    def _scope_toggled(self, on: bool) -> None:
        self.context.settings.setValue(ALL_OF_MALI_KEY, on)
        self.reload()

    def scope_text(self) -> str:
        """Which places the lists hold: the framework's regions or all of Mali, and why."""
        scope = self.scope
        if scope is not None and not scope.everywhere:
            return self.tr("in the framework's regions: {regions}").format(
                regions=", ".join(scope.region_names)
            )
        if scope is not None and not scope.region_names and self.context.framework_id is not None:
            return self.tr("all of Mali: this framework has no region recorded")
        return self.tr("all of Mali")

    def _counts_changed(self) -> None:
        if not hasattr(self, "tabs"):
            return
        self.stack.setCurrentWidget(self.tabs)
        if self.isVisible():
            self.status_message.emit(self.status_text())

    def status_text(self) -> str:
        scope = self.scope
        if self.tabs.currentIndex() == 1:
            total = scope.total_axes if scope else self.axes_model.rowCount()
            counts = self.tr("{shown} of {total} axes shown").format(
                shown=i18n.format_number(self.axes_proxy.rowCount()),
                total=i18n.format_number(total),
            )
        else:
            total = scope.total_localities if scope else self.model.rowCount()
            counts = self.tr("{shown} of {total} places shown").format(
                shown=i18n.format_number(self.proxy.rowCount()),
                total=i18n.format_number(total),
            )
        return self.tr("{counts} ({scope})").format(counts=counts, scope=self.scope_text())

    def _filter(self) -> None:
        levels = set(self.level_filter.selected())
        self.proxy.set_predicate("level", (lambda p: p.level in levels) if levels else None)

    def save_layout(self) -> None:
        """Remember both lists' columns."""
        self.view.save_layout()
        self.axes_view.save_layout()

    # --- actions ------------------------------------------------------------------------------

    def new_record(self) -> None:
        """A new place (or a new axis when the axes are shown)."""
        if self.tabs.currentIndex() == 1:
            self.open_axis(None)
            return
        current = self.view.current_row()
        parent_id = current.id if current else None
        self.open_editor(LocalityEditor(self.context, None, self, parent_id=parent_id))

    def open_records(self, rows: list[Any]) -> None:
        """Open the first selected place."""
        self.open_editor(LocalityEditor(self.context, rows[0].id, self))

    def open_axis(self, axis_id: int | None) -> AxisEditor:
        """Open the axis editor."""
        return self.open_editor(AxisEditor(self.context, axis_id, self), select=False)

    def open_selected(self) -> None:
        """Open the selection of the list shown."""
        if self.tabs.currentIndex() == 1:
            rows = self.axes_view.selected_rows()
            if rows:
                self.open_axis(rows[0].id)
        else:
            super().open_selected()

    def delete_selected(self) -> None:
        """Delete the selection of the list shown."""
        if self.tabs.currentIndex() == 1:
            rows = self.axes_view.selected_rows()
            if rows:
                self.delete_axes(rows)
        else:
            super().delete_selected()

    def record_actions(self, rows: list[Any]) -> list[QAction | None]:
        return self.standard_actions(rows, self.tr("New place"))

    def _axes_menu(self, pos: Any, rows: list[Any]) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if rows:
            menu.addAction(self.tr("Open"), lambda: self.open_axis(rows[0].id))
        writable(self.context, menu.addAction(self.tr("New axis"), lambda: self.open_axis(None)))
        if rows:
            delete = menu.addAction(self.tr("Delete…"), lambda: self.delete_axes(rows))
            writable(self.context, delete)
        menu.popup(pos)

    def delete_records(self, rows: list[Any]) -> None:
        """Delete places nothing refers to; say what refers to the others."""
        self.context.load(
            self,
            "places:uses",
            lambda session: {r.id: places.locality_uses(session, r.id) for r in rows},
            lambda uses: self._confirm_delete(rows, uses),
        )

    def _confirm_delete(self, rows: list[Any], uses: dict[int, dict[str, int]]) -> None:
        """Say what refers to used places, or ask before deleting the others."""
        used = [r for r in rows if any(uses[r.id].values())]
        if used:
            lines = "\n".join(
                self.tr(
                    "{name}: {places} place(s) inside, {commitments} commitment(s), "
                    "{incidents} incident(s), {axes} axis/axes, {frameworks} framework(s)"
                ).format(name=r.label, **uses[r.id])
                for r in used
            )
            ask.inform(
                self,
                self.tr("Delete"),
                self.tr(
                    "These places are still referred to and cannot be deleted:\n{lines}"
                ).format(lines=lines),
            )
            return
        text = self.tr("Delete {count} place(s)?").format(count=len(rows))
        names = "\n".join(r.label for r in rows)
        if not ask.confirm(self, self.tr("Delete"), text, self.tr("Delete"), names):
            return
        targets = [(r.id, r.version) for r in rows]
        self.delete_in_background(targets, places.delete_locality)

    def delete_axes(self, rows: list[Any]) -> None:
        """Delete axes; commitments and incidents on them keep their localities."""
        text = self.tr("Delete {count} axis/axes?").format(count=len(rows))
        details = self.tr(
            "Commitments and incidents on these axes keep their localities but lose the axis."
        )
        if not ask.confirm(self, self.tr("Delete"), text, self.tr("Delete"), details):
            return
        self.delete_in_background([(r.id, r.version) for r in rows], places.delete_axis)
