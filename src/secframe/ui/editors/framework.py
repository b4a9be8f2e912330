"""Creating a framework, or changing its name, level, regions and partners."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe.models import FrameworkLevel, LocalityLevel
from secframe.services import frameworks as fws
from secframe.services.places import list_localities
from secframe.ui.context import AppContext
from secframe.ui.editors.base import RecordEditor
from secframe.ui.widgets.fields import DateField
from secframe.ui.widgets.pickers import EnumCombo
from secframe.ui.widgets.screen import resize_to_fit


class FrameworkEditor(RecordEditor):
    """A framework's fields; the regions it covers decide which incidents concern it."""

    def __init__(
        self, context: AppContext, framework_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.framework_id = framework_id
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(self.tr("e.g. CGCS Tombouctou-Taoudéni"))
        self.level = EnumCombo(FrameworkLevel)
        self.regions = QListWidget()
        self.regions.setMaximumHeight(160)
        self.established = DateField()
        self.partners = QLineEdit()
        self.partners.setPlaceholderText(self.tr("e.g. Centre for Humanitarian Dialogue (HD)"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        body = QWidget()
        form = QFormLayout(body)
        form.addRow(self.tr("&Name (required)"), self.errors.box("name", self.name))
        form.addRow(
            self.tr("S&hort name (required)"), self.errors.box("short_name", self.short_name)
        )
        form.addRow(self.tr("&Level"), self.errors.box("level", self.level))
        form.addRow(self.tr("&Regions covered"), self.errors.box("region_ids", self.regions))
        form.addRow(self.tr("&Established on"), self.errors.box("established_on", self.established))
        form.addRow(
            self.tr("&Facilitating partners"),
            self.errors.box("facilitating_partners", self.partners),
        )
        form.addRow(self.tr("N&otes"), self.errors.box("notes", self.notes))
        self.frame(body, first=self.name)
        resize_to_fit(self, 620, 560)

        def read(session: Session) -> tuple[list[Any], fws.FrameworkInfo | None]:
            regions = list_localities(session, level=LocalityLevel.REGION)
            return regions, fws.get_framework(session, framework_id) if framework_id else None

        self.read_in_background(read, lambda result: self._load(*result))

    def _load(self, regions: list[Any] | None, info: fws.FrameworkInfo | None) -> None:
        if regions is not None:
            self.regions.clear()
            for region in regions:
                item = QListWidgetItem(region.name)
                item.setData(Qt.ItemDataRole.UserRole, region.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.regions.addItem(item)
        self.version = info.version if info else None
        self.setWindowTitle(
            self.tr("Framework — {name}").format(name=info.name)
            if info
            else self.tr("New framework")
        )
        self.name.setText(info.name if info else "")
        self.short_name.setText(info.short_name if info else "")
        self.level.set_value(info.level if info else FrameworkLevel.REGIONAL)
        chosen = set(info.region_ids) if info else set()
        for i in range(self.regions.count()):
            item = self.regions.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.established.set_value(info.established_on if info else None)
        self.partners.setText(info.facilitating_partners or "" if info else "")
        self.notes.setPlainText(info.notes or "" if info else "")

    def reload(self) -> None:
        framework_id = self.framework_id
        if framework_id is not None:
            self.read_in_background(
                lambda s: fws.get_framework(s, framework_id), lambda info: self._load(None, info)
            )

    def collect(self) -> fws.FrameworkInput:
        regions = tuple(
            int(self.regions.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.regions.count())
            if self.regions.item(i).checkState() == Qt.CheckState.Checked
        )
        return fws.FrameworkInput(
            name=self.name.text().strip(),
            short_name=self.short_name.text().strip(),
            level=self.level.value(),
            region_ids=regions,
            established_on=self.established.value(),
            facilitating_partners=self.partners.text().strip() or None,
            notes=self.notes.toPlainText().strip() or None,
        )

    def problems(self) -> dict[str, str]:
        problem = self.established.problem()
        return {"established_on": problem} if problem else {}

    def write(self, session: Session, data: Any) -> fws.FrameworkInfo:
        if self.framework_id is None:
            return fws.create_framework(session, data)
        return fws.update_framework(session, self.framework_id, data, expected_version=self.version)
