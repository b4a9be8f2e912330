"""What every list page shares: a toolbar with search and filters, the table, the status line.

A page reads its rows in the background: ``load_state()`` runs first on the UI thread and
collects what the read needs from widgets (by default the sort order), then
``read(session, framework_id, state)`` runs in a worker thread and must not touch widgets;
``show_rows`` shows the result. A page reloads when the framework or the database changes —
at once if it is on screen, else when next shown.

After a write, ``AppContext.data_changed`` carries a ``services.changes.Changes``; a page whose
``reload_on`` kinds it touches calls ``refresh(changes)``, which reloads the whole list by
default; a page that can do better (the commitments list re-reads only the changed rows)
overrides it.

The main window talks to pages through a few methods, all optional for pages added by other
parts of the app: ``new_record``, ``open_selected``, ``delete_selected``, ``focus_search``,
``copy_selected``, ``column_menu`` and the ``status_message(str)`` signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from secframe import i18n
from secframe.i18n import translate
from secframe.services.changes import Changes
from secframe.ui.context import AppContext
from secframe.ui.editors.base import RecordEditor
from secframe.ui.feedback import confirm, record_label
from secframe.ui.read_only import writable
from secframe.ui.tables import RecordFilterProxy, RecordTableModel, RecordTableView, TableSpec
from secframe.ui.tables.model import presort
from secframe.ui.widgets.filters import SearchBox
from secframe.ui.workers import start_job

E = TypeVar("E", bound=RecordEditor)


# What waits for the rows to be on screen (the search keys, the filters' lists) starts this
# long after: the first paint does not share the interpreter with it.
AFTER_PAINT_MS = 150


class ListPage(QWidget):
    """A list of records with its toolbar; subclasses say how to read, open and delete."""

    status_message = Signal(str)
    loaded = Signal()
    reload_on: tuple[str, ...] = ()  # kinds (services.changes) whose changes refresh this page
    local_search = True  # False: the page searches in the database itself (long lists)

    def __init__(
        self,
        context: AppContext,
        spec: TableSpec[Any],
        parent: QWidget | None = None,
        *,
        model: RecordTableModel[Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.spec = spec
        self.model = model if model is not None else RecordTableModel(spec, self)
        self.proxy = RecordFilterProxy(self.model, self)
        self.view = RecordTableView(spec, context.settings, self)
        self.view.setModel(self.proxy)
        self.search = SearchBox(self)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_record)
        self.filters = QHBoxLayout()
        self.filters.setSpacing(6)
        self.filters.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("empty_message")
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self._lay_out()
        self._stale = True
        self._reselect: set[Any] = set()
        self._show_selection = False
        self._saved_label: str | None = None
        self._new_framework = False
        if self.local_search:
            self.search.textChanged.connect(self.proxy.set_search)
        self.proxy.filter_changed.connect(self._counts_changed)
        self.view.open_requested.connect(self.open_records)
        self.view.context_requested.connect(self._context_menu)
        context.framework_changed.connect(self._framework_changed)
        context.database_changed.connect(self.invalidate)
        context.data_changed.connect(self._data_changed)
        context.database_changed.connect(self.show_access)
        # "nothing to show" waits until no read is running (the list may only be on its way)
        context.busy_changed.connect(self._busy_changed)  # a method: gone with the page

    def _lay_out(self) -> None:
        """New button, search box and column chooser on top; filters below; then the list."""
        columns = QToolButton(self)
        columns.setText(translate("ListPage", "Columns"))
        columns.setToolTip(translate("ListPage", "Choose the columns shown"))
        columns.clicked.connect(
            lambda: self.column_menu().popup(columns.mapToGlobal(QPoint(0, columns.height())))
        )
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 1)
        top.addWidget(columns)
        filter_row = QHBoxLayout()
        filter_row.addLayout(self.filters)
        filter_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filter_row)
        layout.addLayout(self.stack, 1)

    def show_access(self) -> None:
        """Grey what writes on a read-only database (the New button; pages add theirs)."""
        writable(self.context, self.new_button)

    # --- to provide ---------------------------------------------------------------------------

    def load_state(self) -> Any:
        """What ``read`` needs to know from the widgets (read on the UI thread): the sort."""
        return self.model.sort_state

    def read(self, session: Session, framework_id: int | None, state: Any) -> Any:
        """Read what the page shows (in a worker thread; ``state`` from ``load_state``)."""
        raise NotImplementedError

    def rows_payload(self, rows: list[Any], state: Any) -> tuple[list[Any], Any]:
        """Rows sorted as the list is (call it inside ``read``)."""
        return presort(self.spec, rows, None, state)[0], state

    def show_rows(self, payload: Any) -> None:
        """Show what ``read`` returned (default: what ``rows_payload`` gives), then build the
        search keys in the background (typing before they are ready builds them at once)."""
        rows, sort = payload
        self.model.set_rows(rows, sorted_by=sort)
        generation, spec, model = self.model.generation, self.spec, self.model

        def install(keys: list[str]) -> None:
            model.set_search_keys(keys, generation)

        def build() -> None:
            if model.generation == generation:  # not replaced meanwhile
                start_job(
                    self,
                    lambda _state: spec.search_keys(rows),
                    title="",
                    on_done=install,
                    progress=False,
                )

        QTimer.singleShot(AFTER_PAINT_MS, self, build)  # the rows are painted first

    def open_records(self, rows: list[Any]) -> None:
        """Open editors on these rows."""

    def new_record(self) -> None:
        """Create a record of this page's kind."""

    def delete_records(self, rows: list[Any]) -> None:
        """Delete these rows (after asking)."""

    def record_actions(self, rows: list[Any]) -> list[QAction | None]:
        """Actions offered in the context menu for these rows (None: a separator)."""
        return []

    def count_text(self, shown: int, total: int) -> str:
        """The status line: how many records are shown."""
        return translate("ListPage", "{shown} of {total} shown").format(
            shown=i18n.format_number(shown), total=i18n.format_number(total)
        )

    def empty_text(self) -> str:
        """What the page says when there is nothing to show."""
        return translate("ListPage", "Nothing to show.")

    # --- loading ------------------------------------------------------------------------------

    @property
    def stale(self) -> bool:
        """True while what the page shows may be out of date (it reloads when shown)."""
        return self._stale

    def invalidate(self) -> None:
        """What is shown may be out of date: reload now if visible, else when shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self, select: Sequence[Any] = ()) -> None:
        """Read the rows again in the background, then select ``select`` (ids) or keep the
        current selection."""
        self._stale = False
        self._show_selection = bool(select)  # a record just saved: bring it into view
        self._reselect = set(select) or {self.spec.row_id(r) for r in self.view.selected_rows()}
        framework_id = self.context.framework_id
        state = self.load_state()
        self.context.load(
            self,
            f"page:{self.spec.name}",
            lambda session: self.read(session, framework_id, state),
            self._loaded,
        )

    def _loaded(self, payload: Any) -> None:
        scroll = 0 if self._new_framework else self.view.verticalScrollBar().value()
        self._new_framework = False
        self.show_rows(payload)
        self._announce_pending()
        if self._reselect:
            self.view.select_ids(self._reselect, scroll=self._show_selection)
        if not self._show_selection:
            self.view.verticalScrollBar().setValue(scroll)
        self._counts_changed()
        self.loaded.emit()

    def rows_changed(self) -> None:
        """After some rows were added, changed or removed in place: select the record asked
        for (``select_when_shown``), update the counts, emit ``loaded``."""
        self._announce_pending()
        if self._show_selection and self._reselect:
            self.view.select_ids(self._reselect, scroll=True)
        self._counts_changed()
        self.loaded.emit()

    def select_when_shown(self, ids: Sequence[Any]) -> None:
        """Select these records (a record just saved) now, and again once the list shows
        what was saved."""
        self._reselect = set(ids)
        self._show_selection = True
        self.view.select_ids(self._reselect, scroll=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.show_access()
        if self._stale:
            self.reload()
        else:
            self._counts_changed()

    def _framework_changed(self, _framework_id: int) -> None:
        self._new_framework = True  # another list: start at its top
        self.invalidate()

    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(*self.reload_on):
            self.refresh(changes)

    def refresh(self, changes: Changes) -> None:
        """Show what ``changes`` changed (default: read the whole list again)."""
        self.invalidate()

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self._counts_changed()

    def _counts_changed(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        nothing = total == 0 and not self.context.loading
        self.empty.setText(self.empty_text())
        self.stack.setCurrentWidget(self.empty if nothing else self.view)
        if self.isVisible():
            self.status_message.emit(self.count_text(shown, total))

    def status_text(self) -> str:
        """The current status line."""
        return self.count_text(self.proxy.rowCount(), self.model.rowCount())

    # --- actions for the window ---------------------------------------------------------------

    def open_selected(self) -> None:
        """Open the selected records."""
        rows = self.view.selected_rows()
        if rows:
            self.open_records(rows)

    def delete_selected(self) -> None:
        """Delete the selected records (after asking)."""
        rows = self.view.selected_rows()
        if rows:
            self.delete_records(rows)

    def focus_search(self) -> None:
        """Put the cursor in the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def column_menu(self) -> QMenu:
        """The column chooser of the list."""
        return self.view.column_menu(self)

    def copy_selected(self) -> None:
        """Copy the selected rows, visible columns only, as tab-separated text (for Excel)."""
        rows = self.view.selected_rows()
        if not rows:
            return
        header = self.view.horizontalHeader()
        columns = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        lines = [
            "\t".join(str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)
        ]
        for row in rows:
            lines.append("\t".join(self.spec.columns[c].display(row) for c in columns))
        QGuiApplication.clipboard().setText("\n".join(lines))

    def _context_menu(self, pos: QPoint, rows: list[Any]) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self.record_actions(rows):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        if rows:
            menu.addSeparator()
            copy = menu.addAction(translate("ListPage", "Copy"))
            copy.setShortcut(QKeySequence.StandardKey.Copy)
            copy.triggered.connect(self.copy_selected)
        menu.addMenu(self.column_menu())
        menu.popup(pos)

    def action(
        self,
        text: str,
        slot: Any,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        """A menu action of this page."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def standard_actions(
        self, rows: list[Any], new_text: str, extra: Sequence[QAction] = ()
    ) -> list[QAction | None]:
        """Open (then ``extra``), New and Delete… for these rows, as ``record_actions`` gives."""
        actions: list[QAction | None] = []
        if rows:
            open_action = self.action(
                translate("ListPage", "Open"), lambda: self.open_records(rows), "Return"
            )
            actions += [open_action, *extra, None]
        new = self.action(new_text, self.new_record, QKeySequence.StandardKey.New)
        writable(self.context, new)
        actions.append(new)
        if rows:
            delete = self.action(
                translate("ListPage", "Delete…"),
                lambda: self.delete_records(rows),
                QKeySequence.StandardKey.Delete,
            )
            writable(self.context, delete)
            actions.append(delete)
        return actions

    def open_editor(self, editor: E, *, select: bool = True) -> E:
        """Open an editor of this page and return it; once it saved, the list shows what
        changed with the saved record selected (or, with ``select`` False, the selection
        kept) and the status bar confirms the save."""
        if select:
            editor.saved.connect(lambda result: self.record_saved(result.id, record_label(result)))
        else:
            editor.saved.connect(lambda result: self.record_saved(None, record_label(result)))
        editor.finished.connect(editor.deleteLater)
        editor.open()
        return editor

    def record_saved(self, ident: Any, label: str) -> None:
        """A record of this page was written: once the list shows it (refreshed from
        ``data_changed``), select it (``ident``; None keeps the selection) and confirm in the
        status bar, clearing a search or filters that hide it. Call it wherever a write of
        this page's records completes."""
        self._saved_label = label
        if ident is not None:  # the list refreshes itself from data_changed, then selects it
            self.select_when_shown([ident])

    def _announce_pending(self) -> None:
        if self._saved_label is not None:
            self._announce_saved(self._saved_label)
            self._saved_label = None

    def _announce_saved(self, label: str) -> None:
        hidden = [i for i in self._reselect if self.proxy.proxy_row_of(i) < 0]
        cleared = self._show_selection and any(self.model.row_of(i) >= 0 for i in hidden)
        if cleared:
            self.clear_filters()
        if cleared:
            text = translate("ListPage", "Saved: “{label}” (search and filters cleared to show it)")
        elif label:
            text = translate("ListPage", "Saved: “{label}”")
        else:
            text = translate("ListPage", "Saved")
        confirm(self, text.format(label=label))

    def filter_summary(self) -> list[str]:
        """The search and filters in force, as printed in a list's heading (pages add
        theirs)."""
        text = self.search.text().strip()
        if not text:
            return []
        return [translate("ListPage", "search “{text}”").format(text=text)]

    def print_document(self, title: str, framework: str) -> Any:
        """The list as shown, ready to print (``reports.list_document.ListDocument``)."""
        from secframe.ui.list_printing import list_document

        return list_document(self, title, framework)

    def clear_filters(self) -> None:
        """Show every row: empty the search box and reset the filters (pages add theirs)."""
        self.search.clear()
        self.proxy.set_search("")

    def delete_in_background(
        self, targets: Sequence[tuple[int, int]], delete: Callable[..., Any]
    ) -> None:
        """Delete ``(id, version)`` targets with ``delete(session, id, expected_version=…)``
        in one unit of work, in the background; every view hears what was deleted."""
        targets = list(targets)

        def job(session: Session) -> None:
            for ident, version in targets:
                delete(session, ident, expected_version=version)

        self.context.write(self, job, title=translate("ListPage", "Deleting…"))
