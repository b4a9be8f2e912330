"""Paged output of a rich-text document to a PDF file or a printer, with a running header
(title, confidentiality marking) and footer (generation date, page x / y) on every page.

The same ``paint`` draws on a ``QPdfWriter`` (files, the command line) and on a ``QPrinter``
(print preview, real printers), so what is previewed is what is saved. Qt is used here only
to lay out and paint documents; without a screen (a server, a scheduled task) Qt's offscreen
platform is used and no window ever opens.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from secframe.printing.pdf_breaks import Breaks, Built, next_break

__all__ = ["Breaks", "Built", "PageFrame", "ensure_gui", "layout_document", "paint", "write_pdf"]

MARGIN_MM = 14.0
BAND_MM = 9.0  # height of the header and footer bands inside the margins
FONT_FAMILIES = ["Liberation Sans", "Arial", "Helvetica", "DejaVu Sans", "Noto Sans"]
PDF_RESOLUTION = 600
LAYOUT_DPI = 96  # documents are laid out at this resolution, then scaled to the device
_app: list[QGuiApplication] = []
_device: list[QImage] = []


@dataclass(frozen=True)
class PageFrame:
    """What is written around the body of every page; ``pages`` is "Page {page} / {count}"."""

    title: str
    marking: str
    footer: str
    pages: str


def has_screen() -> bool:
    """Whether a graphical session is available (always assumed on Windows and macOS)."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_gui(*, headless: bool = False) -> None:
    """Make sure a Qt GUI application exists for fonts and painting.

    Without a screen — or, with ``headless``, on Linux and other Unix systems, where a
    stale display would abort the process — Qt's offscreen platform is used; an explicit
    QT_QPA_PLATFORM is respected.
    """
    if QGuiApplication.instance() is not None:
        return
    native = sys.platform.startswith(("win", "darwin"))
    if not os.environ.get("QT_QPA_PLATFORM") and (not has_screen() or (headless and not native)):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app.append(QGuiApplication(["secframe"]))


def base_font(point_size: float = 9.5) -> QFont:
    """The font of documents: a common sans-serif with every French accent."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def a4_layout(*, landscape: bool = False) -> QPageLayout:
    """A4 portrait (or landscape, for wide tables) with the document margins."""
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def make_document(html: str, images: Mapping[str, QImage], style_sheet: str = "") -> QTextDocument:
    """A rich-text document with its images registered under ``brief:<name>`` URLs."""
    doc = QTextDocument()
    doc.setDefaultFont(base_font())
    doc.setDocumentMargin(0)
    if style_sheet:
        doc.setDefaultStyleSheet(style_sheet)
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"brief:{name}"), image)
    doc.setHtml(html)
    return doc


def layout_document(
    build: Callable[[Breaks], Built],
    images: Mapping[str, QImage],
    device: QPagedPaintDevice,
    style_sheet: str = "",
    passes: int = 16,
) -> QTextDocument:
    """Build and paginate a document, moving headings and table rows that would be cut at
    the bottom of a page to the next one, earliest first (each break moves what follows)."""
    breaks = Breaks()
    doc = QTextDocument()
    for _ in range(passes):
        built = build(breaks)
        doc = make_document(built.html, images, style_sheet)
        paginate(doc, device)
        if not next_break(doc, built, breaks):
            break
    return doc


def _mm(device: QPagedPaintDevice, mm: float) -> float:
    return mm / 25.4 * device.logicalDpiX()


def _body(device: QPagedPaintDevice) -> QRectF:
    """The body's rectangle in device units, relative to the printable area's origin."""
    page = device.pageLayout().paintRectPixels(device.logicalDpiX())
    band = _mm(device, BAND_MM)
    return QRectF(0, band, page.width(), page.height() - 2 * band)


def _layout_device() -> QImage:
    """The paint device documents are laid out on: a fixed resolution, so that pages break
    at the same places on screen, in a PDF file and on any printer."""
    if not _device:
        image = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _device.append(image)
    return _device[0]


def _scale(device: QPagedPaintDevice) -> float:
    """Device units per layout unit."""
    return device.logicalDpiX() / LAYOUT_DPI


def paginate(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Lay the document out for the device's page body; returns the number of pages."""
    body = _body(device)
    scale = _scale(device)
    doc.setUseDesignMetrics(True)
    doc.documentLayout().setPaintDevice(_layout_device())
    doc.setPageSize(QSizeF(body.width() / scale, body.height() / scale))
    return doc.pageCount()


def paint(doc: QTextDocument, device: QPagedPaintDevice, frame: PageFrame) -> int:
    """Paint every page of the document with its header and footer; returns the pages."""
    pages = paginate(doc, device)  # the device's page may differ from the one laid out for
    body = _body(device)
    scale = _scale(device)
    height = doc.pageSize().height()
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("cannot paint on the output device")
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(body.left(), body.top())
            painter.scale(scale, scale)
            painter.translate(0, -index * height)
            doc.drawContents(painter, QRectF(0, index * height, doc.pageSize().width(), height))
            painter.restore()
            _decorate(painter, device, frame, index + 1, pages)
    finally:
        painter.end()
    return pages


def _decorate(
    painter: QPainter, device: QPagedPaintDevice, frame: PageFrame, page: int, pages: int
) -> None:
    body = _body(device)
    width = body.width()
    band = body.top()
    small = base_font(7.5)
    bold = base_font(8.5)
    bold.setBold(True)
    painter.save()
    grey = QColor("#555555")
    painter.setPen(QPen(grey, _mm(device, 0.2)))
    gap = _mm(device, 2)
    painter.drawLine(0, int(band - gap), int(width), int(band - gap))
    footer_top = body.bottom() + gap
    painter.drawLine(0, int(footer_top), int(width), int(footer_top))
    painter.setFont(small)
    header = QRectF(0, 0, width, band - 2 * gap)
    marking_width = QFontMetricsF(bold, device).horizontalAdvance(frame.marking) + gap
    painter.drawText(
        header.adjusted(0, 0, -marking_width - gap, 0),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
        frame.title,
    )
    painter.setFont(bold)
    painter.setPen(QColor("#9b1c1c"))
    painter.drawText(
        header, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), frame.marking
    )
    painter.setPen(grey)
    painter.setFont(small)
    footer = QRectF(0, footer_top + gap / 2, width, band - gap)
    painter.drawText(
        footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), frame.footer
    )
    painter.drawText(
        footer,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
        frame.pages.format(page=page, count=pages),
    )
    painter.restore()


def write_pdf(
    path: Path,
    build: Callable[[Breaks], Built],
    images: Mapping[str, QImage],
    frame: PageFrame,
    style_sheet: str = "",
    *,
    landscape: bool = False,
) -> int:
    """Write the document to a PDF file (A4) in one go; returns the number of pages.

    The file is replaced only once the whole document is written.
    """
    from secframe.files import write_bytes

    data, pages = pdf_bytes(build, images, frame, style_sheet, landscape=landscape)
    write_bytes(Path(path), data)  # private, beside the target, never through a link
    return pages


def pdf_bytes(
    build: Callable[[Breaks], Built],
    images: Mapping[str, QImage],
    frame: PageFrame,
    style_sheet: str = "",
    *,
    landscape: bool = False,
) -> tuple[bytes, int]:
    """The document as PDF data (A4, portrait or landscape), with its number of pages."""
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(a4_layout(landscape=landscape))
    writer.setTitle(frame.title)
    writer.setCreator("secframe")
    doc = layout_document(build, images, writer, style_sheet)
    pages = paint(doc, writer, frame)
    del writer  # finishes the PDF
    return bytes(buffer.data().data()), pages
