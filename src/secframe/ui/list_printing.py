"""File › Print the list… (Ctrl+P): the list on screen — visible columns, rows as sorted and
filtered, the filters written in the heading — in a print preview, from which it goes to a
printer or a PDF file. A4 landscape when the columns are wide.

What is printed is read from the page (``list_document``); the document's content is
``reports.list_document`` and its painting ``printing.list_pdf``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from secframe.i18n import translate
from secframe.printing import list_pdf, pdf
from secframe.reports.list_document import ListDocument
from secframe.ui.feedback import confirm
from secframe.ui.folders import last_folder, remember_folder
from secframe.ui.widgets.screen import resize_to_fit

if TYPE_CHECKING:
    from secframe.ui.main_window import MainWindow
    from secframe.ui.pages.base import ListPage

MAX_ROWS = 5000  # more rows than anyone reads on paper (the incidents list holds 50,000)


def list_document(page: ListPage, title: str, framework: str) -> ListDocument:
    """The list as the page shows it: visible columns in their order, rows as filtered and
    sorted, the filters in force."""
    header = page.view.horizontalHeader()
    columns = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    spec = page.spec
    count = min(page.proxy.rowCount(), MAX_ROWS)
    rows = []
    for i in range(count):
        row = page.proxy.row_at(i)
        rows.append(tuple(spec.columns[c].display(row) for c in columns))
    return ListDocument(
        title=title,
        framework=framework,
        filters=tuple(page.filter_summary()),
        headers=tuple(
            str(page.model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns
        ),
        rows=tuple(rows),
        widths=tuple(
            _width(header.sectionSize(c), [r[i] for r in rows], spec.columns[c].kind)
            for i, c in enumerate(columns)
        ),
        numeric=tuple(
            i for i, c in enumerate(columns) if spec.columns[c].kind in ("money", "number")
        ),
        total=page.model.rowCount(),
    )


def _width(on_screen: int, cells: list[str], kind: str) -> float:
    """A column's share of the page: its width on screen, and for amounts and numbers at
    least their longest value (« 15 400 000 FCFA » is never cut in two)."""
    if kind not in ("money", "number", "date") or not cells:
        return float(on_screen)
    return float(max(on_screen, 10 * max(len(c) for c in cells)))


class ListPreview(QPrintPreviewDialog):
    """The print preview of a list, with « Save as PDF… » beside « Print »."""

    def __init__(self, doc: ListDocument, settings: Any, parent: QWidget | None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(pdf.a4_layout(landscape=doc.landscape))
        printer.setDocName(doc.title)
        super().__init__(printer, parent)
        self.list_printer = printer  # the dialog does not own it
        self.doc = doc
        self.settings = settings
        self.pages = 0
        self.setWindowTitle(self.tr("{title} — print preview").format(title=doc.title))
        resize_to_fit(self, 1100 if doc.landscape else 900, 900)
        self.paintRequested.connect(self.paint)
        save = QAction(QIcon.fromTheme("document-save-as"), self.tr("Save as PDF…"), self)
        save.setToolTip(self.tr("Save the list as a PDF file"))
        save.triggered.connect(lambda _c=False: self.save_pdf())
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(save)
        self.save_action = save

    def paint(self, printer: QPrinter) -> None:
        """Paint the list on the printer (or the preview)."""
        self.pages = list_pdf.print_list(self.doc, printer)

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Ask for a file (in the folder of the last list saved), then write the PDF there."""
        if path is None:
            suggested = last_folder(self.settings, "list") / f"{file_stem(self.doc.title)}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the list as PDF"), str(suggested), "PDF (*.pdf)"
            )
            if not chosen:
                return None
            remember_folder(self.settings, "list", chosen)
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        list_pdf.write_list_pdf(self.doc, path)
        confirm(
            self.parentWidget(),
            QCoreApplication.translate("ListPreview", "List saved as PDF: {path}").format(
                path=path
            ),
        )
        return path


def file_stem(title: str) -> str:
    """A file name from a title (« Engagements » → engagements)."""
    from secframe.services.matching import fold

    return "-".join(fold(title).replace("/", " ").split()) or "liste"


def print_list(window: MainWindow) -> ListPreview | None:
    """Open the print preview of the list on screen (None when the page has no list)."""
    page = window.current_page()
    document = getattr(page, "print_document", None)
    if not callable(document):
        return None
    row = window.navigation.currentRow()
    item = window.navigation.item(row)
    doc = document(item.text() if item else "", window.framework_box.currentText())
    preview = ListPreview(doc, window.context.settings, window)
    preview.finished.connect(preview.deleteLater)
    preview.open()
    return preview


def install(window: MainWindow) -> None:
    """File › Print the list… (Ctrl+P), enabled on pages that show a list."""
    action = QAction(translate("ListPreview", "Print t&he list…"), window)
    action.setObjectName("action_print_list")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.triggered.connect(lambda _c=False: print_list(window))
    window.addAction(action)
    window.actions_by_key["print_list"] = action
    menu = window.menu("file")
    backup = window.actions_by_key.get("backup")
    menu.insertAction(backup, action) if backup is not None else menu.addAction(action)

    def update(_key: str = "") -> None:
        action.setEnabled(callable(getattr(window.current_page(), "print_document", None)))

    window.page_changed.connect(update)
    update()
