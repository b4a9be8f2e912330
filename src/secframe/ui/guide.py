"""Help › User guide (F1): the guide for the secretariat, shown inside the app.

The guide is package data (``resources/guide/guide_<lang>.html`` and its screenshots), read
with a ``QTextBrowser``: no browser, no network. Each section starts with
``<h2><a name="KEY"></a>Title</h2>``; the keys are the same in every language.

F1 opens the guide at the section of what is on screen: the page of the main window, or the
editor or dialog in front (``SECTIONS`` maps their class names to sections). An application
event filter catches F1 in dialogs, where the main window's shortcut does not reach. The guide
is one window per application, not owned by the main window, so that it stays usable while an
editor is open (editors block their parent window) and closes with the app; while an
application-modal dialog is in front (the exchange dialogs, message boxes) it becomes that
dialog's child window, the only kind such a dialog leaves usable.
"""

from __future__ import annotations

import html
import re
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from secframe import i18n
from secframe.ui.widgets.screen import resize_to_fit

FIRST_SECTION = "first-start"

# Window or page class name -> the guide's section about it.
SECTIONS: dict[str, str] = {
    "WelcomeDialog": "first-start",
    "FrameworkEditor": "first-start",
    "PreferencesDialog": "first-start",
    "DashboardPage": "dashboard",
    "CommitmentsPage": "commitment",
    "CommitmentEditor": "commitment",
    "StatusDialog": "status",
    "DeadlineDialog": "status",
    "HandoverDialog": "status",
    "MembersPage": "lists",
    "MemberEditor": "lists",
    "IncidentsPage": "lists",
    "IncidentEditor": "lists",
    "PlacesPage": "lists",
    "LocalityEditor": "lists",
    "AxisEditor": "lists",
    "MeetingsPage": "session",
    "ReviewDialog": "session",
    "DecisionDialog": "session",
    "BriefPreview": "brief",
    "ExportDialog": "exchange",
    "MappingDialog": "exchange",
    "PreviewDialog": "exchange",
    "IncidentOptionsDialog": "exchange",
}

_HEADING = re.compile(r'<h2><a name="([\w-]+)"></a>(.*?)</h2>', re.S)
_TAG = re.compile(r"<[^>]+>")


def guide_folder() -> Path:
    """The folder of the guide's pages and screenshots inside the package."""
    return Path(str(resources.files("secframe") / "resources" / "guide"))


def guide_file(language: str | None = None) -> Path:
    """The guide's page in a language (the app's language by default; French if missing)."""
    folder = guide_folder()
    page = folder / f"guide_{language or i18n.language()}.html"
    return page if page.exists() else folder / f"guide_{i18n.DEFAULT_LANGUAGE}.html"


def sections(page: Path) -> list[tuple[str, str]]:
    """(key, title) of the guide's sections, in order."""
    text = page.read_text("utf-8")
    return [
        (key, html.unescape(_TAG.sub("", title)).strip()) for key, title in _HEADING.findall(text)
    ]


def section_for(widget: QWidget | None) -> str:
    """The section about a window, dialog or page (the first one when none is about it)."""
    while widget is not None:
        if type(widget).__name__ == "CommitmentEditor":
            tabs, needs = getattr(widget, "tabs", None), getattr(widget, "needs", None)
            if tabs is not None and needs is not None and tabs.currentWidget() is needs:
                return "needs"
        for cls in type(widget).__mro__:
            if cls.__name__ in SECTIONS:
                return SECTIONS[cls.__name__]
        current = getattr(widget, "current_page", None)
        if callable(current) and current() is not None and current() is not widget:
            return section_for(current())
        widget = widget.parentWidget()
    return FIRST_SECTION


class GuideWindow(QWidget):
    """The guide: its sections on the left, the text with its screenshots on the right."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("guide_window")
        self.setWindowTitle(self.tr("User guide — secframe"))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.section = FIRST_SECTION
        self.page = guide_file()
        self.contents = QListWidget(self)
        self.contents.setObjectName("guide_contents")
        self.contents.setWordWrap(True)
        self.contents.setSpacing(2)
        self.text = QTextBrowser(self)
        self.text.setObjectName("guide_text")
        self.text.setOpenExternalLinks(False)
        self.search = QLineEdit(self)
        self.search.setObjectName("guide_search")
        self.search.setPlaceholderText(self.tr("Find in the guide (Enter: next)"))
        self.search.setClearButtonEnabled(True)
        back = QPushButton(self.tr("Back"), self)
        back.clicked.connect(self.text.backward)
        self.text.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(back)
        bar.addWidget(self.search, 1)
        bar.addWidget(close)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 770])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.search.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.contents.currentItemChanged.connect(self._contents_chosen)
        self.text.sourceChanged.connect(self._link_followed)
        resize_to_fit(self, 1080, 720)
        self.load(self.page)

    def load(self, page: Path) -> None:
        """Show a page of the guide and list its sections."""
        self.page = page
        self.text.setSource(QUrl.fromLocalFile(str(page)))
        self.contents.blockSignals(True)
        self.contents.clear()
        for key, title in sections(page):
            item = QListWidgetItem(title, self.contents)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.contents.blockSignals(False)

    def show_section(self, key: str) -> None:
        """Scroll to a section (the first one if the key is unknown) and select it."""
        keys = self._keys()
        if key not in keys:
            key = FIRST_SECTION
        self.section = key
        self.text.scrollToAnchor(key)
        self.contents.blockSignals(True)
        self.contents.setCurrentRow(keys.index(key) if key in keys else -1)
        self.contents.blockSignals(False)

    def _keys(self) -> list[str]:
        """The keys of the sections, in the order of the contents."""
        return [
            str(self.contents.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.contents.count())
        ]

    def _link_followed(self, url: QUrl) -> None:
        """A link of the guide (or Back) went to a section: select it in the contents."""
        keys = self._keys()
        if url.fragment() in keys:
            self.section = url.fragment()
            self.contents.blockSignals(True)
            self.contents.setCurrentRow(keys.index(self.section))
            self.contents.blockSignals(False)

    def _contents_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.show_section(str(item.data(Qt.ItemDataRole.UserRole)))

    def find_next(self) -> bool:
        """Select the next occurrence of the searched words (from the top after the last)."""
        words = self.search.text().strip()
        if not words:
            return False
        if self.text.find(words):
            return True
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.text.setTextCursor(cursor)
        return self.text.find(words)


_guide: list[GuideWindow] = []


def current_guide() -> GuideWindow | None:
    """The guide window, if it was opened (and not closed with the dialog that owned it)."""
    if _guide and not isValid(_guide[0]):
        _guide.clear()
    return _guide[0] if _guide else None


def _modal_owner() -> QWidget | None:
    """The application-modal dialog in front, if any: a window that is not its child would be
    blocked by it (readable, but neither scrolled nor closed)."""
    modal = QApplication.activeModalWidget()
    if modal is not None and modal.windowModality() == Qt.WindowModality.ApplicationModal:
        return modal
    return None


def show_guide(section: str = FIRST_SECTION) -> GuideWindow:
    """Open the guide (in the app's current language) at a section and bring it to the front."""
    window = current_guide()
    if window is not None and window.page != guide_file():  # the language changed
        window.close()
        window.deleteLater()
        _guide.clear()
        window = None
    if window is None:
        window = GuideWindow()
        _guide.append(window)
    owner = _modal_owner()
    if window.parentWidget() is not owner and owner is not window:
        window.setParent(owner, Qt.WindowType.Window)
    window.show()
    window.show_section(section)
    window.raise_()
    window.activateWindow()
    return window


def show_guide_for(widget: QWidget | None) -> GuideWindow:
    """Open the guide at the section about ``widget`` (a window, dialog or page)."""
    return show_guide(section_for(widget))


class _F1InDialogs(QObject):
    """Opens the guide when F1 is pressed in an editor or dialog (the main window has its
    menu shortcut)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F1
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QWidget)
        ):
            window = watched.window()
            if isinstance(window, GuideWindow):
                return False
            show_guide_for(window)
            return True
        return False


_filter: list[_F1InDialogs] = []


def install_f1() -> None:
    """Make F1 open the guide from every window of the application (once per application)."""
    app = QApplication.instance()
    if app is None or _filter:
        return
    _filter.append(_F1InDialogs(app))
    app.installEventFilter(_filter[0])
