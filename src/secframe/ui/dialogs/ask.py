"""The questions the app asks before doing something that cannot be undone.

Every question goes through this module so that tests can answer it
(``monkeypatch.setattr(ask, "unsaved_changes", lambda parent: "discard")``).
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from secframe.i18n import translate

Answer = Literal["save", "discard", "cancel"]


def unsaved_changes(parent: QWidget | None, text: str | None = None) -> Answer:
    """Save, discard or keep editing changes that were not saved: those of the editor being
    closed, or those ``text`` names (a page about to show something else)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Ask", "Unsaved changes"))
    box.setText(text or translate("Ask", "Your changes have not been saved."))
    if text:
        box.setInformativeText(translate("Ask", "Save them before going on?"))
    else:
        box.setInformativeText(translate("Ask", "Save them before closing?"))
    save = box.addButton(translate("Ask", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("Ask", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(translate("Ask", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"


def confirm(parent: QWidget | None, title: str, text: str, action: str, details: str = "") -> bool:
    """Ask before a destructive action (deleting); True to go ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("Ask", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def reload_after_conflict(parent: QWidget | None, message: str) -> bool:
    """Someone else saved the record: reload it (losing these edits) or keep editing."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Ask", "Changed by someone else"))
    box.setText(message)
    box.setInformativeText(
        translate("Ask", "Reload shows their version; your changes in this window will be lost.")
    )
    reload = box.addButton(translate("Ask", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Ask", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is reload


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something (one OK button)."""
    QMessageBox.information(parent, title, text)
