"""The options of an Excel export: file, language, redaction, period of incidents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from secframe import i18n
from secframe.exchange.tracker.export import ExportOptions
from secframe.ui.widgets.keyboard import link_buddies

FOLDER_KEY = "exchange/last_folder"


def default_folder(settings: QSettings) -> Path:
    """The folder of the last export or import, else the user's documents."""
    saved = settings.value(FOLDER_KEY)
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


class ExportDialog(QDialog):
    """Asks where to write the tracker and how."""

    def __init__(
        self, settings: QSettings, framework_short_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Export the tracker to Excel"))
        self.setMinimumWidth(560)
        word = self.tr("tracker")  # part of the proposed file name
        name = f"{_safe_name(framework_short_name)}-{word}-{date.today().isoformat()}.xlsx"
        self.path_edit = QLineEdit(str(default_folder(settings) / name))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(i18n.language()), 0))

        self.redact = QCheckBox(self.tr("&Redacted copy, for sharing beyond the framework"))
        redact_note = self._note(
            self.tr(
                "Leaves out the names and phone numbers of representatives, the names of "
                "session chairs and of the people who recorded the changes, and the "
                "descriptions and actors of incidents. The Summary sheet says the copy is "
                "redacted."
            )
        )

        period = self._period()

        form = QFormLayout()
        form.addRow(self.tr("&File:"), path_row)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.redact)
        form.addRow("", redact_note)
        form.addRow(self.tr("&Incidents:"), period)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        role = QDialogButtonBox.ButtonRole.AcceptRole
        self.export_button = buttons.addButton(self.tr("Export"), role)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #9c0006;")
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        link_buddies(self)

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: palette(mid);")
        return label

    def _period(self) -> QHBoxLayout:
        """The optional period of the incidents sheet."""
        self.limit = QCheckBox(self.tr("Only the incidents between"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addYears(-1))
        self.date_to = QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy" if i18n.language() == "fr" else "d MMM yyyy")
            edit.setEnabled(False)
            self.limit.toggled.connect(edit.setEnabled)
        period = QHBoxLayout()
        period.addWidget(self.limit)
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("and")))
        period.addWidget(self.date_to)
        period.addStretch(1)
        return period

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the tracker"),
            self.path_edit.text(),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if chosen:
            self.path_edit.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def path(self) -> Path:
        """The workbook to write."""
        text = self.path_edit.text().strip()
        if text and not text.lower().endswith(".xlsx"):
            text += ".xlsx"
        return Path(text)

    def options(self) -> ExportOptions:
        """What the user chose."""
        from secframe.reports.maps import map_png

        limit = self.limit.isChecked()
        return ExportOptions(
            draw_map=map_png,
            language=str(self.language.currentData()),
            redact=self.redact.isChecked(),
            incidents_from=self.date_from.date().toPython() if limit else None,  # type: ignore[arg-type]
            incidents_to=self.date_to.date().toPython() if limit else None,  # type: ignore[arg-type]
        )

    def _accept(self) -> None:
        path = self.path()
        if not path.name or path.name == ".xlsx":
            self._show_error(self.tr("Choose the file to write."))
        elif not path.parent.is_dir():
            self._show_error(
                self.tr("The folder {folder} does not exist.").format(folder=path.parent)
            )
        elif self.limit.isChecked() and self.date_from.date() > self.date_to.date():
            self._show_error(self.tr("The first date of the period is after the last one."))
        else:
            self.settings.setValue(FOLDER_KEY, str(path.parent))
            self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def _safe_name(text: str) -> str:
    """A file-name-safe version of a framework's short name."""
    cleaned = "".join(c if c.isalnum() or c in "-_" else "-" for c in text).strip("-")
    while "--" in cleaned:
        cleaned = cleaned.replace("--", "-")
    return cleaned or "secframe"
