"""Painting a list (``reports.list_document``) on a printer, a print preview or a PDF file,
A4 in landscape when its columns are wide."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from secframe.i18n import QT_TRANSLATE_NOOP, format_date
from secframe.printing import pdf
from secframe.reports import list_document as text
from secframe.reports.list_document import ListDocument


def page_frame(doc: ListDocument, today: str | None = None) -> pdf.PageFrame:
    """The running header and footer of the list's pages."""
    return pdf.PageFrame(
        title=f"{doc.framework} — {doc.title}",
        marking=text.tr(QT_TRANSLATE_NOOP("ListDocument", "Confidential")).upper(),
        footer=text.tr(QT_TRANSLATE_NOOP("ListDocument", "Printed on {date} with secframe")).format(
            date=today or format_date(date.today())
        ),
        pages=text.tr(QT_TRANSLATE_NOOP("ListDocument", "Page {page} / {count}")),
    )


def print_list(doc: ListDocument, device: QPagedPaintDevice) -> int:
    """Paint the list on a printer (or any paged device); returns its number of pages."""
    laid_out = pdf.layout_document(lambda breaks: text.build(doc, breaks), {}, device, text.STYLE)
    return pdf.paint(laid_out, device, page_frame(doc))


def write_list_pdf(doc: ListDocument, path: Path) -> int:
    """Write the list to a PDF file; returns its number of pages."""
    return pdf.write_pdf(
        path,
        lambda breaks: text.build(doc, breaks),
        {},
        page_frame(doc),
        text.STYLE,
        landscape=doc.landscape,
    )
