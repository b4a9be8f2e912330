"""Search everywhere (Ctrl+K, or the toolbar's button): results grouped by kind as you type,
Enter opens the record on its page.

What is found and how is ``services.search``; the index is read in the background when the
search opens and again after any change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QFont, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from secframe.services.search import Group, Hit, SearchIndex
    from secframe.ui.main_window import MainWindow

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
FOUND_ONE = QT_TRANSLATE_NOOP("SearchDialog", "{count} record found")
FOUND_MANY = QT_TRANSLATE_NOOP("SearchDialog", "{count} records found")


class SearchDialog(QDialog):
    """A search box over the whole framework with its results below, grouped by kind."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.context = window.context
        self.index: SearchIndex | None = None
        self._index_key: tuple[Any, ...] | None = None
        self.setObjectName("search_everywhere")
        self.setWindowTitle(self.tr("Search everywhere"))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self.tr("Commitments, members, sessions, decisions, incidents, places…")
        )
        self.edit.setClearButtonEnabled(True)
        self.results = QTreeWidget(self)
        self.results.setColumnCount(2)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.results.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.resize(min(900, window.width() - 80), min(520, window.height() - 120))
        self.edit.textChanged.connect(self.show_results)
        self.edit.installEventFilter(self)
        self.results.itemActivated.connect(self._activated)
        self.context.data_changed.connect(self._stale)
        self.context.framework_changed.connect(self._stale)
        self.context.database_changed.connect(self._stale)

    # --- the index ----------------------------------------------------------------------------

    def _stale(self, *_: Any) -> None:
        self.index = None
        if self.isVisible():
            self.load_index()

    def load_index(self) -> None:
        """Read what can be found, in the background, then show the results of the text."""
        from secframe.services.search import build_index

        framework_id = self.context.framework_id
        self.status.setText(self.tr("Preparing the search…"))

        def loaded(index: SearchIndex) -> None:
            self.index = index
            self.show_results()

        self.context.load(
            self, "search:index", lambda session: build_index(session, framework_id), loaded
        )

    def open_search(self, text: str = "") -> None:
        """Show the search with the cursor in its box."""
        if text:
            self.edit.setText(text)
        self.edit.selectAll()
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
        if self.index is None:
            self.load_index()

    # --- results ------------------------------------------------------------------------------

    def show_results(self, *_: Any) -> None:
        """Find the text typed and show the results, grouped by kind."""
        self.results.clear()
        text = self.edit.text()
        if self.index is None:
            return
        if not text.strip():
            self.status.setText(self.tr("Type a few letters: accents and capitals are ignored."))
            return
        groups = self.index.find(text)
        for group in groups:
            self._add_group(group)
        first = self._first_hit()
        if first is not None:
            self.results.setCurrentItem(first)
        total = sum(g.total for g in groups)
        self.status.setText(
            i18n.count_text("SearchDialog", total, FOUND_ONE, FOUND_MANY)
            + " · "
            + self.tr("Enter opens, Esc closes")
            if total
            else self.tr("Nothing found for “{text}”.").format(text=text.strip())
        )

    def _add_group(self, group: Group) -> None:
        from secframe.services.search import kind_heading

        heading = QTreeWidgetItem([kind_heading(group.kind), self._more(group)])
        font = QFont(self.results.font())
        font.setBold(True)
        heading.setFont(0, font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        muted = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        heading.setForeground(1, muted)
        self.results.addTopLevelItem(heading)
        for hit in group.hits:
            item = QTreeWidgetItem(["    " + hit.title, hit.detail])
            item.setData(0, HIT_ROLE, hit)
            item.setToolTip(0, hit.title)
            item.setToolTip(1, hit.detail)
            item.setForeground(1, muted)
            self.results.addTopLevelItem(item)

    def _more(self, group: Group) -> str:
        if group.total <= len(group.hits):
            return ""
        return self.tr("{shown} of {total}").format(
            shown=i18n.format_number(len(group.hits)), total=i18n.format_number(group.total)
        )

    def _first_hit(self) -> QTreeWidgetItem | None:
        for i in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(i)
            if item is not None and item.data(0, HIT_ROLE) is not None:
                return item
        return None

    def hits(self) -> list[Hit]:
        """The records shown, in order."""
        items = (self.results.topLevelItem(i) for i in range(self.results.topLevelItemCount()))
        return [h for item in items if item and (h := item.data(0, HIT_ROLE)) is not None]

    # --- keys and opening ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown):
                self._move(1 if event.key() != Qt.Key.Key_Up else -1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        current = self.results.currentItem()
        row = (self.results.indexOfTopLevelItem(current) if current else -1) + step
        while 0 <= row < self.results.topLevelItemCount():
            item = self.results.topLevelItem(row)
            if item is not None and item.data(0, HIT_ROLE) is not None:
                self.results.setCurrentItem(item)
                return
            row += step

    def open_current(self) -> None:
        """Open the record under the cursor (the first one when none is chosen)."""
        item = self.results.currentItem() or self._first_hit()
        if item is not None:
            self._activated(item)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.hide()
            open_hit(self.window_, hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return
        super().keyPressEvent(event)


def open_hit(window: MainWindow, hit: Hit) -> None:
    """Show the record found on its page, in its editor."""
    kind = hit.kind
    if kind in ("meeting", "decision"):
        page: Any = window.show_page("meetings")
        page.reload(select=hit.parent_id if kind == "decision" else hit.ident)
    elif kind == "place":
        from secframe.ui.editors.places import LocalityEditor

        page = window.show_page("places")
        page.open_editor(LocalityEditor(page.context, hit.ident, page))
    elif kind == "axis":
        window.show_page("places").open_axis(hit.ident)  # type: ignore[attr-defined]
    else:
        pages = {"commitment": "commitments", "member": "members", "incident": "incidents"}
        window.show_page(pages[kind]).editor(hit.ident)  # type: ignore[attr-defined]


def install(window: MainWindow) -> None:
    """Ctrl+K and a toolbar button open the search; Edit › Search everywhere… too."""
    dialog = SearchDialog(window)
    window.search_dialog = dialog  # type: ignore[attr-defined]
    action = QAction(translate("SearchDialog", "Search &everywhere…"), window)
    action.setObjectName("action_search_everywhere")
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.triggered.connect(lambda _c=False: dialog.open_search())
    window.addAction(action)
    window.actions_by_key["search_everywhere"] = action
    menu = window.menu("edit")
    find = window.actions_by_key.get("find")
    actions = menu.actions()
    after = actions[actions.index(find) + 1] if find in actions else None
    menu.insertAction(after, action) if after is not None else menu.addAction(action)
    button = QToolButton(window)
    button.setObjectName("search_everywhere_button")
    button.setText(translate("SearchDialog", "Search everywhere…"))
    button.setToolTip(translate("SearchDialog", "Search the whole framework (Ctrl+K)"))
    button.clicked.connect(lambda _checked=False: dialog.open_search())
    toolbar = window.findChild(QWidget, "framework_toolbar")
    if toolbar is not None:
        toolbar.addWidget(button)  # type: ignore[attr-defined]
