"""Meeting › Print brief… and Save brief as PDF…: the brief of a session in a print preview
(print to a real printer from there) or straight to a PDF file.

The brief's data and chart are assembled off the GUI thread; only painting the few pages for
the preview happens on it, as Qt's print preview requires.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QIcon, QImage
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from secframe.jobs import JobState
from secframe.printing import brief_pdf, pdf
from secframe.services.briefing import Brief
from secframe.ui.context import AppContext
from secframe.ui.folders import documents_folder, last_folder, remember_folder
from secframe.ui.widgets.screen import resize_to_fit


class BriefPreview(QPrintPreviewDialog):
    """The print preview of a brief, with a "Save as PDF…" button beside "Print"."""

    def __init__(
        self, context: AppContext, brief: Brief, images: dict[str, QImage], parent: QWidget | None
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(pdf.a4_layout())
        printer.setDocName(brief_pdf.page_frame(brief).title)
        super().__init__(printer, parent)
        self.brief_printer = printer  # the dialog does not own it
        self.context = context
        self.brief = brief
        self.images = images
        self.pages = 0
        self.setWindowTitle(
            self.tr("Brief of session n° {number} — print preview").format(
                number=brief.meeting.number
            )
        )
        resize_to_fit(self, 900, 1000)
        self.paintRequested.connect(self.paint)
        save = QAction(QIcon.fromTheme("document-save-as"), self.tr("Save as PDF…"), self)
        save.setToolTip(self.tr("Save the brief as a PDF file"))
        save.triggered.connect(self.save_pdf)
        word = QAction(QIcon.fromTheme("x-office-document"), self.tr("Save as Word…"), self)
        word.setToolTip(self.tr("Save the brief as a Word document, to adjust its wording"))
        word.triggered.connect(self.save_word)
        redact = QAction(self.tr("Redacted copy"), self)
        redact.setObjectName("redact_brief")
        redact.setCheckable(True)
        redact.setToolTip(
            self.tr(
                "Replace every person the database knows (by their role), phone number and "
                "e-mail address: a copy to share beyond the framework"
            )
        )
        redact.toggled.connect(self.set_redacted)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(redact)
            toolbar.addAction(save)
            toolbar.addAction(word)
        self.save_action = save
        self.word_action = word
        self.redact_action = redact

    def set_redacted(self, redacted: bool) -> None:
        """Assemble the brief again, redacted or whole, and show it."""

        def show(result: tuple[Brief, dict[str, QImage]]) -> None:
            self.brief, self.images = result
            widget = self.findChild(QPrintPreviewWidget)
            if widget is not None:
                widget.updatePreview()

        meeting_id = self.brief.meeting.id
        self.context.run(
            self,
            lambda state: assemble(self.context, meeting_id, state, redact=redacted),
            title=QCoreApplication.translate("Printing", "Preparing the brief"),
            on_done=show,
        )

    def paint(self, printer: QPrinter) -> None:
        """Paint the brief on the printer (or the preview)."""
        self.pages = brief_pdf.print_brief(self.brief, printer, self.images)

    def save_pdf(self) -> None:
        """Ask for a file name and write the brief there."""
        save_brief_pdf(self.context, self, self.brief, self.images)

    def save_word(self) -> None:
        """Ask for a file name and write the brief there as a Word document."""
        from secframe.ui.meetings.documents import save_brief_word

        m = self.brief.meeting
        save_brief_word(self.context, self, m.id, m.number, redact=self.redact_action.isChecked())


def default_file_name(brief: Brief) -> str:
    """A file name that says which brief it is, e.g. note-briefing-session-4-2020-06-18.pdf."""
    return f"note-briefing-session-{brief.meeting.number}-{brief.meeting.held_on.isoformat()}.pdf"


def ask_pdf_path(
    parent: QWidget | None, brief: Brief, settings: QSettings | None = None
) -> Path | None:
    """The file the user chooses for the brief (None when cancelled), in the folder of the
    last brief saved (remembered in ``settings``), else the Documents folder."""
    folder = last_folder(settings, "brief") if settings is not None else documents_folder()
    suggested = str(folder / default_file_name(brief))
    title = QCoreApplication.translate("Printing", "Save the brief as PDF")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, "PDF (*.pdf)")
    if not path:
        return None
    if settings is not None:
        remember_folder(settings, "brief", path)
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def save_brief_pdf(
    context: AppContext,
    parent: QWidget,
    brief: Brief,
    images: dict[str, QImage],
    path: Path | None = None,
) -> None:
    """Write an assembled brief to a PDF file in the background, then open it."""
    path = path or ask_pdf_path(parent, brief, context.settings)
    if path is None:
        return
    title = QCoreApplication.translate("Printing", "Saving the brief")

    def job(state: JobState) -> Path:
        state.progress(0, 1)
        brief_pdf.write(brief, path, images)
        return path

    context.run(parent, job, title=title, on_done=lambda p: _saved(parent, p))


def _saved(parent: QWidget, path: Path) -> None:
    window = parent.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        message = QCoreApplication.translate("Printing", "Brief saved to {path}")
        bar().showMessage(message.format(path=path), 15_000)


def assemble(
    context: AppContext, meeting_id: int, state: JobState, *, redact: bool = False
) -> tuple[Brief, dict[str, Any]]:
    """The brief of a session and its chart images (a read job), redacted if asked."""
    return brief_pdf.assemble(context.db, meeting_id, state, redact=redact)


def print_brief(context: AppContext, parent: QWidget, meeting_id: int) -> None:
    """Meeting › Print brief…: assemble the brief, then open its print preview."""

    def show(result: tuple[Brief, dict[str, QImage]]) -> None:
        brief, images = result
        preview = BriefPreview(context, brief, images, parent)
        preview.open()

    context.run(
        parent,
        lambda state: assemble(context, meeting_id, state),
        title=QCoreApplication.translate("Printing", "Preparing the brief"),
        on_done=show,
    )


def save_brief(context: AppContext, parent: QWidget, meeting_id: int) -> None:
    """Meeting › Save brief as PDF…: assemble and write the brief of a session."""

    def write(result: tuple[Brief, dict[str, QImage]]) -> None:
        save_brief_pdf(context, parent, *result)

    context.run(
        parent,
        lambda state: assemble(context, meeting_id, state),
        title=QCoreApplication.translate("Printing", "Preparing the brief"),
        on_done=write,
    )
