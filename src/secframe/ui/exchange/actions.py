"""File › Export to Excel…, Import…, Import incidents…: dialogs around the exchange jobs.

Every export, preview and import runs in the background with progress and Cancel; the
database is written only after the user has seen the preview and pressed Import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from secframe.exchange import importer
from secframe.exchange.acled import importer as acled
from secframe.exchange.foreign.mapping import Mapping
from secframe.exchange.import_report import ImportReport
from secframe.exchange.tracker import export
from secframe.exchange.tracker.export import ExportResult
from secframe.services.axis_proximity import DEFAULT_KM, axis_distance_km
from secframe.services.frameworks import get_framework
from secframe.ui.context import AppContext
from secframe.ui.exchange.export_dialog import FOLDER_KEY, ExportDialog, default_folder
from secframe.ui.exchange.mapping_dialog import MappingDialog
from secframe.ui.exchange.preview_dialog import CHANGE_MAPPING, PreviewDialog
from secframe.ui.exchange.reconcile_dialog import ReconcileDialog


class ExchangeActions(QObject):
    """The exchange commands of one main window."""

    def __init__(self, window: QWidget, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.dialogs: list[QDialog] = []  # kept alive while shown (tests look at them)

    # --- helpers -------------------------------------------------------------------------------

    def _with_framework(self, then: Callable[[int, str], None]) -> None:
        """Run ``then(framework id, short name)`` for the current framework: at once when the
        framework selector read its name, else once it is read in the background."""
        fid = self.context.framework_id
        if fid is None:
            QMessageBox.information(
                self.window, "secframe", self.tr("Create or choose a framework first.")
            )
            return
        known = self.context.framework_short_names.get(fid)
        if known is not None:  # read with the framework selector
            then(fid, known)
            return
        self.context.load(  # a window without a selector
            self.window,
            "exchange:framework",
            lambda session: get_framework(session, fid).short_name,
            lambda name: then(fid, name),
        )

    def _exec(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        try:
            return dialog.exec()
        finally:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    # --- export --------------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for the options, then write the workbook in the background."""
        self._with_framework(self._export)

    def _export(self, fid: int, short_name: str) -> None:
        dialog = ExportDialog(self.context.settings, short_name, self.window)
        if self._exec(dialog) != QDialog.DialogCode.Accepted:
            return
        path, options, db = dialog.path(), dialog.options(), self.context.db
        self.context.run(
            self.window,
            lambda state: export.run(db, fid, path, options, state),
            title=self.tr("Exporting the tracker"),
            on_done=self._exported,
            writes=True,  # the first export records the database's identity
        )

    def _exported(self, result: ExportResult) -> None:
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Export to Excel"))
        box.setIcon(QMessageBox.Icon.Information)
        text = self.tr("The tracker was written to {file}.").format(file=result.path)
        if result.redacted:
            text += "\n" + self.tr("This copy is redacted: personal data was left out.")
        box.setText(text)
        open_file = box.addButton(self.tr("Open the file"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self._exec(box)
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))

    # --- import of a workbook ------------------------------------------------------------------

    def import_workbook(self, path: Path | None = None) -> None:
        """Choose a workbook, look at what it is, then map its columns if needed and preview."""
        self._with_framework(lambda _fid, _name: self._import_workbook(path))

    def _import_workbook(self, path: Path | None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import a tracker"), str(default_folder(self.context.settings)),
                self.tr("Excel workbooks (*.xlsx)"),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        self.context.settings.setValue(FOLDER_KEY, str(path.parent))
        db = self.context.db
        self.context.run(
            self.window,
            lambda state: importer.inspect(db, path),
            title=self.tr("Reading {file}").format(file=path.name),
            on_done=self._inspected,
        )

    def _inspected(self, inspection: importer.Inspection) -> None:
        fid = self.context.framework_id
        if inspection.is_tracker:
            if inspection.framework_id != fid and not self._switch_to(inspection):
                return
            self._preview(inspection, None, inspection.framework_id or fid)
        else:
            self._map_columns(inspection)

    def _switch_to(self, inspection: importer.Inspection) -> bool:
        answer = QMessageBox.question(
            self.window,
            self.tr("Import a tracker"),
            self.tr(
                "This workbook is the tracker of the framework “{name}”, not of the one shown. "
                "Switch to “{name}” and import it there?"
            ).format(name=inspection.framework_name),
        )
        if answer != QMessageBox.StandardButton.Yes or inspection.framework_id is None:
            return False
        self.context.set_framework(inspection.framework_id)
        return True

    def _map_columns(self, inspection: importer.Inspection, start: Mapping | None = None) -> None:
        if start is not None:
            inspection = replace(inspection, proposed=start, remembered=False)
        dialog = MappingDialog(inspection, self.window)
        if self._exec(dialog) != QDialog.DialogCode.Accepted:
            return
        mapping = dialog.mapping()
        db = self.context.db

        def remember(state: Any) -> Mapping:
            with db.write("mapping") as session:
                importer.remember_mapping(session, mapping)
            return mapping

        self.context.run(
            self.window, remember, title=self.tr("Saving the mapping"), writes=True,
            on_done=lambda m: self._reconcile(inspection, m),
        )  # fmt: skip

    def _reconcile(self, inspection: importer.Inspection, mapping: Mapping) -> None:
        """Find the unknown names (in the background), then let the user match them."""
        fid, db, path = self.context.framework_id, self.context.db, inspection.path
        if fid is None:
            return

        def find(state: Any) -> tuple[list[Any], Any]:
            return importer.unknown_names(db, path, mapping, fid), importer.stated_status_date(path, mapping)  # fmt: skip

        self.context.run(
            self.window, find, title=self.tr("Looking for the names of {file}").format(file=path.name),
            on_done=lambda found: self._matched(inspection, mapping, *found),
        )  # fmt: skip

    def _matched(self, inspection: importer.Inspection, mapping: Mapping, unknowns: list[Any], stated: Any) -> None:  # fmt: skip
        dialog = ReconcileDialog(inspection.path.name, unknowns, stated, date.today(), self.window)
        if self._exec(dialog) != QDialog.DialogCode.Accepted:
            return
        values = {k: dict(v) for k, v in mapping.values.items()}
        for kind, names in dialog.values().items():
            values.setdefault(kind, {}).update(names)
        chosen = replace(mapping, values=values)
        self._preview(inspection, chosen, self.context.framework_id, dialog.status_date())

    def _preview(
        self,
        inspection: importer.Inspection,
        mapping: Mapping | None,
        fid: int | None,
        as_of: date | None = None,
    ) -> None:
        """Run the import as a preview (rolled back), then show what it would do."""
        if fid is None:
            return
        db, path = self.context.db, inspection.path
        with db.read() as session:
            name = get_framework(session, fid).short_name
        self.context.run(
            self.window,
            lambda state: importer.run(
                db, path, framework_id=fid, state=state, dry_run=True, mapping=mapping, as_of=as_of
            ),
            title=self.tr("Checking {file}").format(file=path.name),
            on_done=lambda report: self._show_preview(
                report, inspection, mapping, (fid, name), as_of
            ),
            writes=True,
        )

    def _show_preview(
        self,
        report: ImportReport,
        inspection: importer.Inspection,
        mapping: Mapping | None,
        framework: tuple[int, str],
        as_of: date | None = None,
    ) -> None:
        fid, name = framework
        dialog = PreviewDialog(report, name, self.window)
        code = self._exec(dialog)
        if code == CHANGE_MAPPING:
            self._map_columns(inspection, mapping)
        elif code == QDialog.DialogCode.Accepted:
            db, path = self.context.db, inspection.path
            self.context.run(
                self.window,
                lambda state: importer.run(
                    db, path, framework_id=fid, state=state, mapping=mapping, as_of=as_of
                ),
                title=self.tr("Importing {file}").format(file=path.name),
                on_done=lambda r: self._imported(r, name),
                writes=True,
                changed="",
            )

    def _imported(self, report: ImportReport, framework: str) -> None:
        self._exec(PreviewDialog(report, framework, self.window))

    # --- incidents -----------------------------------------------------------------------------

    def import_incidents(self, path: Path | None = None) -> None:
        """Choose an ACLED export and the options, preview, then import."""
        self._with_framework(lambda fid, name: self._choose_incidents(fid, name, path))

    def _choose_incidents(self, fid: int, name: str, path: Path | None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import incidents (ACLED)"), str(default_folder(self.context.settings)),
                self.tr("ACLED exports (*.csv *.xlsx)"),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        self.context.settings.setValue(FOLDER_KEY, str(path.parent))
        chosen_path = path
        self.context.load(
            self.window,
            "exchange:axis-km",
            axis_distance_km,
            lambda axis_km: self._import_incidents(fid, name, chosen_path, axis_km),
        )

    def _import_incidents(self, fid: int, name: str, path: Path, axis_km: float) -> None:
        """The options (the distance to an axis preset to the database's), preview, import."""
        options_dialog = IncidentOptionsDialog(name, self.window, axis_km=axis_km)
        if self._exec(options_dialog) != QDialog.DialogCode.Accepted:
            return
        options = acled.AcledOptions(
            fid,
            options_dialog.regions_only.isChecked(),
            options_dialog.remove_missing.isChecked(),
            axis_km=options_dialog.axis_km.value(),
        )
        db = self.context.db

        def after_preview(report: ImportReport) -> None:
            dialog = PreviewDialog(report, name, self.window)
            if self._exec(dialog) == QDialog.DialogCode.Accepted:
                self.context.run(
                    self.window, lambda state: acled.run(db, path, options, state=state),
                    title=self.tr("Importing {file}").format(file=path.name),
                    on_done=lambda r: self._imported(r, name), writes=True, changed="Incident",
                )  # fmt: skip

        self.context.run(
            self.window, lambda state: acled.run(db, path, options, state=state, dry_run=True),
            title=self.tr("Checking {file}").format(file=path.name), on_done=after_preview, writes=True,
        )  # fmt: skip


class IncidentOptionsDialog(QDialog):
    """The choices of an ACLED import."""

    def __init__(
        self, framework: str, parent: QWidget | None = None, *, axis_km: float = DEFAULT_KM
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import incidents (ACLED)"))
        self.setMinimumWidth(480)
        self.regions_only = QCheckBox(
            self.tr("Keep only the events in the regions of {framework}").format(
                framework=framework
            )
        )
        self.regions_only.setChecked(True)
        self.remove_missing = QCheckBox(self.tr("Remove the events this export no longer contains"))
        self.axis_km = QDoubleSpinBox()
        self.axis_km.setRange(0, 100)
        self.axis_km.setDecimals(1)
        self.axis_km.setSuffix(" km")
        self.axis_km.setValue(axis_km)
        axis_row = QFormLayout()
        axis_row.addRow(self.tr("Put an event on an &axis when it lies within:"), self.axis_km)
        note = QLabel(
            self.tr(
                "Tick it only for a complete re-export of the same period and area: ACLED events "
                "already imported, of the same period and regions, that the file no longer "
                "contains are then deleted. Events already imported are matched by their ACLED "
                "identifier and updated; places missing from the localities are added under "
                "their region and cercle."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Preview the import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.regions_only, self.remove_missing, note):
            layout.addWidget(w)
        layout.addLayout(axis_row)
        layout.addWidget(buttons)
