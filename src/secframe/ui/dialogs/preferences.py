"""Edit › Preferences: the language of the application (French by default, as the system)
and how long an encrypted database stays open without use before the window locks."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from secframe import i18n
from secframe.ui.language import current_language, install_language, language_names


class PreferencesDialog(QDialog):
    """Choose the language: the system's, French or English."""

    language_changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(440)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        system = dict(language_names())[i18n.system_language()]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), "")
        for code, name in language_names():
            self.language.addItem(name, code)
        saved = str(settings.value("language") or "")
        self.language.setCurrentIndex(max(self.language.findData(saved), 0))
        note = QLabel(
            self.tr(
                "Dates and amounts follow the language: 15/03/2019 and 1 500 000 FCFA in French."
            )
        )
        note.setWordWrap(True)
        from secframe.ui.protection import DEFAULT_LOCK_MINUTES, LOCK_SETTING

        self.lock_minutes = QSpinBox(self)
        self.lock_minutes.setObjectName("lock_minutes")
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setValue(int(str(settings.value(LOCK_SETTING, DEFAULT_LOCK_MINUTES))))
        self.lock_minutes.setToolTip(
            self.tr("An encrypted database is locked after this time without use (or Ctrl+L).")
        )
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Loc&k after"), self.lock_minutes)
        form.addRow(buttons)

    def choose(self, code: str) -> None:
        """Select a language ("" for the system's)."""
        self.language.setCurrentIndex(max(self.language.findData(code), 0))

    def accept(self) -> None:
        """Save the choice; switch language now if it changed."""
        from secframe.ui.protection import LOCK_SETTING

        choice = str(self.language.currentData() or "")
        self.settings.setValue("language", choice)
        self.settings.setValue(LOCK_SETTING, self.lock_minutes.value())
        wanted = choice or i18n.system_language()
        changed = wanted != current_language()
        if changed:
            install_language(wanted)
        super().accept()
        if changed:
            self.language_changed.emit(wanted)
