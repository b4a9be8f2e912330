"""Painting a list (``reports.list_document``) on a printer, a print preview or a PDF file,
A4 in landscape when its columns are wide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from secframe.printing import pdf
from secframe.reports import list_document as text
from secframe.reports.list_document import ListDocument


def print_list(doc: ListDocument, device: QPagedPaintDevice) -> int:
    """Paint the list on a printer (or any paged device); returns its number of pages."""
    laid_out = pdf.layout_document(lambda breaks: text.build(doc, breaks), {}, device, text.STYLE)
    return pdf.paint(laid_out, device, text.page_frame(doc))


def write_list_pdf(doc: ListDocument, path: Path) -> int:
    """Write the list to a PDF file; returns its number of pages."""
    return pdf.write_pdf(
        path,
        lambda breaks: text.build(doc, breaks),
        {},
        text.page_frame(doc),
        text.STYLE,
        landscape=doc.landscape,
    )
