"""Protection in the window: the passphrase of an encrypted database (three tries), a new
passphrase (asked twice, with a strength hint), the lock when away (idle time or Ctrl+L), and
the banner and disabled actions of a read-only database."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from secframe.i18n import translate
from secframe.jobs import JobState
from secframe.ui.read_only import grey_window_actions
from secframe.ui.workers import show_error, start_job

if TYPE_CHECKING:
    from secframe.db import Database
    from secframe.ui.main_window import MainWindow

TRIES = 3
DEFAULT_LOCK_MINUTES = 10
LOCK_SETTING = "lock_minutes"
MIN_LENGTH = 8  # as secframe.db.crypto.MIN_LENGTH (not imported: it brings SQLAlchemy)
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


# --- opening ----------------------------------------------------------------------------------


def ask_passphrase(parent: QWidget | None, location: str, failed: int) -> str | None:
    """The passphrase typed by the user (None: cancelled); ``failed`` wrong tries so far."""
    text = translate("Protection", "{location} is encrypted. Passphrase:").format(location=location)
    if failed:
        text = (
            translate("Protection", "Wrong passphrase (try {n} of {total}).").format(
                n=failed + 1, total=TRIES
            )
            + "\n"
            + text
        )
    value, ok = QInputDialog.getText(
        parent, translate("Protection", "Encrypted database"), text, QLineEdit.EchoMode.Password
    )
    return value if ok and value else None


def open_database(
    parent: QWidget | None,
    location: str | None,
    on_open: Callable[[Database], None],
    *,
    create: bool = True,
    read_only: bool = False,
    passphrase: str | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    title: str = "",
    failed: int = 0,
    progress: bool = True,
) -> None:
    """Open a database off the UI thread; an encrypted one after its passphrase (asked up to
    three times). Other errors go to ``on_error`` (default: shown)."""

    def job(_state: JobState) -> Database:
        from secframe.db import Database

        return Database.open(location, create=create, read_only=read_only, passphrase=passphrase)

    def error(err: BaseException) -> None:
        from secframe.db.crypto import PassphraseNeeded, WrongPassphrase

        wrong = isinstance(err, WrongPassphrase)
        if isinstance(err, PassphraseNeeded | WrongPassphrase) and failed + wrong < TRIES:
            where = getattr(err, "location", str(location))
            typed = ask_passphrase(parent, where, failed + wrong)
            if typed is not None:
                open_database(
                    parent, location, on_open, create=create, read_only=read_only,
                    passphrase=typed, on_error=on_error, title=title, failed=failed + wrong,
                    progress=progress,
                )  # fmt: skip
                return
        if on_error is not None:
            on_error(err)
        else:
            show_error(parent, err)

    start_job(
        parent, job, title=title, on_done=on_open, on_error=error, progress=progress, delay_ms=300
    )


class NewPassphraseDialog(QDialog):
    """Whether to encrypt a new database, and its passphrase (twice, with a strength hint)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Protection", "New database"))
        self.encrypt = QCheckBox(translate("Protection", "&Encrypt it with a passphrase"), self)
        self.encrypt.setObjectName("encrypt")
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._update)
        self.first.setObjectName("passphrase")
        self.second.setObjectName("passphrase_again")
        self.hint = QLabel(self)
        self.hint.setObjectName("strength")
        self.hint.setWordWrap(True)
        note = QLabel(
            translate(
                "Protection",
                "Without the passphrase nobody, not even secframe, can read the data: keep it "
                "somewhere safe. A few words make a passphrase easy to remember and hard to guess.",
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            translate("Protection", "Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(
            translate("Protection", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.encrypt)
        form.addRow(translate("Protection", "&Passphrase"), self.first)
        form.addRow(translate("Protection", "&Again"), self.second)
        form.addRow(self.hint)
        form.addRow(note)
        form.addRow(self.buttons)
        self.encrypt.toggled.connect(self._update)
        self.encrypt.setChecked(_encryption_available())
        self.encrypt.setEnabled(_encryption_available())
        if not _encryption_available():
            self.hint.setText(
                translate(
                    "Protection",
                    'Encryption needs the encryption module: pip install "secframe[encryption]".',
                )
            )
        self._update()

    def _update(self) -> None:
        on = self.encrypt.isChecked()
        for field in (self.first, self.second):
            field.setEnabled(on)
        if not on:
            self.ok.setEnabled(True)
            return
        first, second = self.first.text(), self.second.text()
        self.hint.setText(strength_text(first, second))
        self.ok.setEnabled(len(first) >= MIN_LENGTH and first == second)

    def passphrase(self) -> str | None:
        """The chosen passphrase, or None for a plain database."""
        return self.first.text() if self.encrypt.isChecked() else None


def can_encrypt(db: Database) -> bool:
    """Whether the database is a plain file this account may encrypt."""
    return db.is_sqlite and not db.encrypted and not db.read_only and _encryption_available()


def encrypt_current(window: MainWindow) -> None:
    """Encrypt the open database file in place (the welcome dialog offers it), then reopen."""
    from pathlib import Path

    db = window.context.db
    dialog = NewPassphraseDialog(window)
    dialog.setWindowTitle(translate("Protection", "Encrypt the database"))
    dialog.ok.setText(translate("Protection", "Encrypt"))
    dialog.encrypt.setChecked(True)
    dialog.encrypt.hide()
    if not dialog.exec() or dialog.passphrase() is None:
        return
    passphrase = dialog.passphrase()
    path = Path(db.location)

    def job(_state: JobState) -> Database:
        from secframe.db import Database
        from secframe.db.crypto import Key, convert

        db.close()
        convert(path, None, Key(passphrase or ""))
        return Database.open(path, passphrase=passphrase, create=False)

    def done(new: Database) -> None:
        from secframe.ui.database_actions import switch_to

        switch_to(window, new)

    start_job(window, job, title=translate("Protection", "Encrypting the database…"), on_done=done)


def strength_text(first: str, second: str) -> str:
    """The hint under the passphrase fields."""
    from secframe.db.crypto import strength

    if len(first) < MIN_LENGTH:
        return translate("Protection", "At least {count} characters.").format(count=MIN_LENGTH)
    words = (
        translate("Protection", "Strength: very weak"),
        translate("Protection", "Strength: weak"),
        translate("Protection", "Strength: fair"),
        translate("Protection", "Strength: good"),
        translate("Protection", "Strength: strong"),
    )
    text = words[strength(first)]
    if second and second != first:
        text += " — " + translate("Protection", "the two passphrases differ.")
    return text


def _encryption_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("sqlcipher3") is not None


# --- the lock ----------------------------------------------------------------------------------


class LockScreen(QWidget):
    """What the window shows while locked: no data, a passphrase field."""

    def __init__(self, guard: LockGuard) -> None:
        super().__init__()
        self.setObjectName("lock_screen")
        self.guard = guard
        title = QLabel(translate("Protection", "<h2>secframe is locked</h2>"), self)
        text = QLabel(
            translate(
                "Protection",
                "The data is hidden and the key wiped from memory. Give the passphrase to go on.",
            ),
            self,
        )
        text.setWordWrap(True)
        text.setFixedWidth(420)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit(self)
        self.field.setObjectName("unlock_passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("unlock_message")
        button = QPushButton(translate("Protection", "&Unlock"), self)
        button.setObjectName("unlock")
        button.clicked.connect(self.unlock)
        self.field.returnPressed.connect(self.unlock)
        box = QVBoxLayout(self)
        box.addStretch(1)
        for widget in (title, text, self.field, button, self.message):
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self.field.setMinimumWidth(320)
        box.addStretch(2)

    def unlock(self) -> None:
        """Check the passphrase and give the window back."""
        if self.guard.unlock(self.field.text()):
            return
        self.field.clear()
        self.message.setText(translate("Protection", "Wrong passphrase."))


class LockGuard(QObject):
    """Locks the window of an encrypted database after the idle time, or on Ctrl+L."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.screen: LockScreen | None = None
        self._kept: Any = None
        self._hidden: list[QWidget] = []
        self.action = QAction(translate("Protection", "&Lock"), window)
        self.action.setObjectName("action_lock")
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.triggered.connect(lambda _c=False: self.lock())
        window.addAction(self.action)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart()

    @property
    def locked(self) -> bool:
        """Whether the window is locked."""
        return self.screen is not None

    def minutes(self) -> int:
        """The idle time before the lock (Preferences; default 10 minutes)."""
        value = self.window.context.settings.value(LOCK_SETTING, DEFAULT_LOCK_MINUTES)
        try:
            return max(1, int(str(value)))
        except ValueError:
            return DEFAULT_LOCK_MINUTES

    def restart(self) -> None:
        """Count the idle time again (after any input)."""
        db = self.window.context.db
        self.action.setEnabled(db is not None and db.encrypted and not self.locked)
        if db is not None and db.encrypted and not self.locked:
            self.timer.start(self.minutes() * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.locked and self.timer.isActive():
            self.timer.start(self.minutes() * 60_000)
        return False

    def lock(self) -> None:
        """Hide every window's data and wipe the key."""
        db = self.window.context.db
        if self.locked or db is None or not db.encrypted:
            return
        window = self.window
        self._hidden = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and not isinstance(w, QMenu)
        ]
        for widget in self._hidden:
            widget.hide()
        self._kept = (window.takeCentralWidget(), window.windowTitle())
        for bar in window.findChildren(QToolBar):
            bar.setProperty("secframe_was_visible", bar.isVisible())
            bar.hide()
        window.menuBar().setEnabled(False)
        window.records_label.clear()
        self.screen = LockScreen(self)
        window.setCentralWidget(self.screen)
        self.screen.show()  # at once, not at the next turn of the event loop
        window.setWindowTitle(translate("Protection", "secframe — locked"))
        self.screen.field.setFocus()
        db.lock()
        self.restart()

    def unlock(self, passphrase: str) -> bool:
        """Take the passphrase again; False when it is wrong."""
        from secframe.db.crypto import WrongPassphrase

        db = self.window.context.db
        try:
            db.unlock(passphrase)
        except WrongPassphrase:
            return False
        window = self.window
        central, title = self._kept
        window.setCentralWidget(central)  # the lock screen is deleted by Qt
        central.show()
        window.setWindowTitle(title)
        for bar in window.findChildren(QToolBar):
            if bar.property("secframe_was_visible"):
                bar.show()
        window.menuBar().setEnabled(True)
        for widget in self._hidden:
            widget.show()
        self._hidden, self._kept, self.screen = [], None, None
        self.restart()
        return True


# --- read-only ---------------------------------------------------------------------------------


class ReadOnlyBanner(QToolBar):
    """A band across the top of the window saying the database is read-only, and why."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(translate("Protection", "Read-only"), window)
        self.setObjectName("read_only_banner")
        self.setMovable(False)
        self.label = QLabel(self)
        self.label.setObjectName("read_only_text")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; padding: 6px 10px; "
            "border: 1px solid #e0c36a; }"
        )
        self.addWidget(self.label)


def show_access(window: MainWindow) -> None:
    """Show (or hide) the read-only banner and enable the write actions accordingly."""
    db = window.context.db
    banner = window.findChild(ReadOnlyBanner)
    read_only = db is not None and db.read_only
    if read_only and banner is None:
        banner = ReadOnlyBanner(window)
        window.addToolBarBreak()
        window.addToolBar(banner)
    if banner is not None:
        banner.setVisible(read_only)
        if read_only:
            assert db is not None and db.read_only_reason is not None
            banner.label.setText(db.read_only_reason.message(db.location).render())
    grey_window_actions(window)


def install(window: MainWindow) -> None:
    """Add the lock (File › Lock, Ctrl+L) and the read-only banner to a window."""
    guard = LockGuard(window)
    window.lock_guard = guard  # type: ignore[attr-defined]
    file_menu = window.menu("file")
    quit_action = window.actions_by_key["quit"]
    file_menu.insertAction(quit_action, guard.action)
    file_menu.insertSeparator(quit_action)

    def changed() -> None:
        show_access(window)
        guard.restart()

    window.context.database_changed.connect(changed)
    window.context.framework_changed.connect(lambda _id: show_access(window))
    window.page_changed.connect(lambda _key: show_access(window))
    changed()
