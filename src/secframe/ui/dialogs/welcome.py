"""The welcome dialog, shown while the database holds no framework (first start)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from secframe.i18n import translate
from secframe.jobs import JobState
from secframe.ui.widgets.screen import resize_to_fit

if TYPE_CHECKING:
    from secframe.ui.main_window import MainWindow

Choice = Literal["new", "example", "open", "encrypt", ""]


class WelcomeDialog(QDialog):
    """Three ways to start: a new framework, the example frameworks, or an existing file."""

    def __init__(
        self, location: str, parent: QWidget | None = None, *, can_encrypt: bool = False
    ) -> None:
        super().__init__(parent)
        self.choice: Choice = ""
        self.setWindowTitle(self.tr("Welcome to secframe"))
        title = QLabel(self.tr("<h2>Welcome to secframe</h2>"))
        intro = QLabel(
            self.tr(
                "secframe keeps the members, commitments, sessions and incidents of a "
                "collaborative security management framework. This database holds no framework "
                "yet:\n{location}"
            ).format(location=location)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        for choice, text, detail in (
            (
                "new",
                self.tr("&Create a new framework"),
                self.tr("Give its name and the regions it covers, then record its members."),
            ),
            (
                "example",
                self.tr("Open the e&xample frameworks"),
                self.tr(
                    "Timbuktu and Taoudéni, Gao, and two local dialogue forums, built from two "
                    "public reports; amounts and incidents are illustrative."
                ),
            ),
            (
                "open",
                self.tr("&Open an existing database file…"),
                self.tr("A secframe file copied from another computer or a backup."),
            ),
            (
                "encrypt",
                self.tr("&Encrypt this database first…"),
                self.tr(
                    "With a passphrase: a computer that is lost or seized then gives nothing away."
                ),
            ),
        ):
            if choice == "encrypt" and not can_encrypt:
                continue
            button = QCommandLinkButton(text, detail, self)
            button.setObjectName(f"welcome_{choice}")
            button.clicked.connect(lambda _c=False, c=choice: self._choose(c))
            layout.addWidget(button)
        layout.addStretch(1)  # the choices stay together, any room left goes below them
        buttons = QDialogButtonBox(self)
        later = buttons.addButton(self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)
        resize_to_fit(self, 560, 400 if can_encrypt else 330)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def show_welcome(window: MainWindow) -> WelcomeDialog:
    """Show the welcome dialog over the window and act on the choice."""
    from secframe.ui.protection import can_encrypt

    db = window.context.db
    dialog = WelcomeDialog(db.location, window, can_encrypt=can_encrypt(db))
    dialog.finished.connect(lambda _result: act_on(window, dialog.choice))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def act_on(window: MainWindow, choice: Choice) -> None:
    """Do what the welcome dialog's choice asks."""
    from secframe.ui import actions, database_actions

    if choice == "new":
        actions.new_framework(window)
    elif choice == "example":
        load_example(window)
    elif choice == "open":
        database_actions.open_database(window)
    elif choice == "encrypt":
        from secframe.ui.protection import encrypt_current

        encrypt_current(window)


def load_example(window: MainWindow) -> None:
    """Add the example frameworks (in the background, with progress) and show the first."""
    from secframe.services.demo import build_demo

    db = window.context.db

    def job(state: JobState) -> list[int]:
        state.progress(0, 0, translate("WelcomeDialog", "Building the example frameworks…"))
        with db.write("demo") as session:
            return build_demo(session)

    def done(ids: list[int]) -> None:
        window.reload_frameworks(select=ids[0] if ids else None)

    window.context.run(
        window,
        job,
        title=translate("WelcomeDialog", "Example frameworks"),
        writes=True,
        changed="",
        on_done=done,
    )
