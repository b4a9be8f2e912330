"""Session › Minutes… and the brief as a Word document: choose a file (PDF or Word), then
write it in the background and say where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from secframe.jobs import JobState
from secframe.ui.context import AppContext

PDF_FILTER = "PDF (*.pdf)"
WORD_FILTER = "Word (*.docx)"


def ask_path(parent: QWidget | None, title: str, name: str, *, word_first: bool) -> Path | None:
    """The file the user chooses, as PDF or Word (None when cancelled); the extension is
    added from the chosen type when missing."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    filters = [WORD_FILTER, PDF_FILTER] if word_first else [PDF_FILTER, WORD_FILTER]
    suffix = ".docx" if word_first else ".pdf"
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / (name + suffix)), ";;".join(filters)
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".pdf", ".docx"):
        target = target.with_name(target.name + (".docx" if chosen == WORD_FILTER else ".pdf"))
    return target


def write_minutes(
    context: AppContext, meeting_id: int, path: Path, state: JobState, *, redact: bool = False
) -> Path:
    """Write the minutes of a session to ``path`` (PDF or Word by its extension); ``redact``:
    every person the database knows, phone number and e-mail address replaced."""
    if path.suffix.lower() == ".docx":
        from secframe.printing.docx_files import make_minutes_docx

        make_minutes_docx(context.db, meeting_id, path, state, redact=redact)
    else:
        from secframe.printing.minutes_pdf import make_pdf

        make_pdf(context.db, meeting_id, path, state, redact=redact)
    return path


def save_minutes(
    context: AppContext,
    parent: QWidget,
    meeting_id: int,
    number: int,
    path: Path | None = None,
    *,
    redact: bool = False,
) -> None:
    """Session › Minutes… (or Minutes, redacted copy…): ask for a file, then write the
    minutes of the session there."""
    if redact:
        title = QCoreApplication.translate("Printing", "Save a redacted copy of the minutes")
        name = f"compte-rendu-session-{number}-expurge"
    else:
        title = QCoreApplication.translate("Printing", "Save the minutes")
        name = f"compte-rendu-session-{number}"
    path = path or ask_path(parent, title, name, word_first=False)
    if path is None:
        return
    context.run(
        parent,
        lambda state: write_minutes(context, meeting_id, path, state, redact=redact),
        title=QCoreApplication.translate("Printing", "Writing the minutes"),
        on_done=lambda p: _saved(
            parent, QCoreApplication.translate("Printing", "Minutes saved to {path}"), p
        ),
    )


def save_brief_word(
    context: AppContext,
    parent: QWidget,
    meeting_id: int,
    number: int,
    path: Path | None = None,
    *,
    redact: bool = False,
) -> None:
    """Save the brief of a session as a Word document, to adjust its wording before printing
    (``redact``: the redacted copy, as in the preview)."""
    from secframe.printing.docx_files import make_brief_docx

    path = path or ask_path(
        parent,
        QCoreApplication.translate("Printing", "Save the brief as Word"),
        f"note-information-session-{number}",
        word_first=True,
    )
    if path is None:
        return

    def job(state: JobState) -> Path:
        make_brief_docx(context.db, meeting_id, path, state, redact=redact)
        return path

    context.run(
        parent,
        job,
        title=QCoreApplication.translate("Printing", "Writing the brief"),
        on_done=lambda p: _saved(
            parent, QCoreApplication.translate("Printing", "Brief saved to {path}"), p
        ),
    )


def _saved(parent: QWidget, message: str, path: Path) -> None:
    bar = getattr(parent.window(), "statusBar", None)
    if callable(bar):
        bar().showMessage(message.format(path=path), 15_000)
