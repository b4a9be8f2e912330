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
from dataclasses import dataclass, field
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
    QTextBlock,
    QTextDocument,
    QTextFrame,
    QTextTable,
)

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


def a4_layout() -> QPageLayout:
    """A4 portrait with the document margins."""
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
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


@dataclass
class Breaks:
    """Where pages must start so that no heading ends a page and no table row is cut.

    ``headings`` are indexes of headings (h1–h3) in document order; ``rows`` maps a logical
    table (in the order the builder made them) to the body rows that start a new page
    (0: the whole table moves to the next page).
    """

    headings: set[int] = field(default_factory=set)
    rows: dict[int, set[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Built:
    """HTML made for given breaks, with the physical tables that have header rows, in
    document order, as (logical table, first body row)."""

    html: str
    tables: tuple[tuple[int, int], ...]


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable) and child.format().headerRowCount() > 0:
            found.append(child)
        found.extend(_tables(child))
    return sorted(found, key=lambda t: t.firstPosition())


def _row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    layout = doc.documentLayout()
    tops, bottoms = [], []
    for col in range(table.columns()):
        cell = table.cellAt(row, col)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def _page(doc: QTextDocument, y: float) -> int:
    return int(y // doc.pageSize().height())


def _heading_problems(doc: QTextDocument) -> list[tuple[int, int]]:
    """(position, heading index) of headings separated from what follows by a page end."""
    layout = doc.documentLayout()
    found = []
    block: QTextBlock = doc.begin()
    index = -1
    while block.isValid():
        nxt = block.next()
        if block.blockFormat().headingLevel() > 0:
            index += 1
            if nxt.isValid():
                top = layout.blockBoundingRect(block).top()
                end = layout.blockBoundingRect(nxt).bottom()
                if _page(doc, top) != _page(doc, end - 1):
                    found.append((block.position(), index))
        block = nxt
    return found


def _heading_index(doc: QTextDocument, position: int) -> int:
    """The index of the heading at a block position (-1 if that block is no heading)."""
    index, block = -1, doc.begin()
    while block.isValid() and block.position() <= position:
        if block.blockFormat().headingLevel() > 0:
            index += 1
            if block.position() == position:
                return index
        block = block.next()
    return -1


def _chain_start(doc: QTextDocument, index: int) -> int:
    """A heading directly under another heading moves with it: the first of the chain."""
    headings = []
    block: QTextBlock = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            headings.append(block)
        block = block.next()
    while index > 0 and headings[index].previous() == headings[index - 1]:
        index -= 1
    return index


def _row_problem(
    doc: QTextDocument, table: QTextTable, first: int
) -> tuple[int, int | None, int] | None:
    """(position, heading index or None, first body row of the new page) for the first row
    of a table that is cut by a page end or left alone below its header row."""
    page = doc.pageSize().height()
    heads = table.format().headerRowCount()
    head_top, _ = _row_span(doc, table, 0)
    for row in range(heads, table.rows()):
        top, bottom = _row_span(doc, table, row)
        if bottom - top > 0.8 * page:
            continue  # taller than a page: nothing to gain
        cut = _page(doc, top) != _page(doc, bottom - 1)
        orphan = row == heads and _page(doc, head_top) != _page(doc, top)
        if not (cut or orphan):
            continue
        position = table.cellAt(row, 0).firstCursorPosition().position()
        if row > heads:
            return position, None, first + row - heads
        before = doc.findBlock(table.firstPosition() - 1)
        heading = _heading_index(doc, before.position()) if before.isValid() else -1
        return position, (heading if heading >= 0 else None), first
    return None


def _next_break(doc: QTextDocument, built: Built, breaks: Breaks) -> bool:
    """Add the break that fixes the earliest problem in the document; False when none."""
    problems: list[tuple[int, int | None, tuple[int, int] | None]] = [
        (pos, index, None) for pos, index in _heading_problems(doc) if index not in breaks.headings
    ]
    for table, (logical, first) in zip(_tables(doc.rootFrame()), built.tables, strict=False):
        found = _row_problem(doc, table, first)
        if found is not None:
            pos, heading, row = found
            if heading is not None and heading not in breaks.headings:
                problems.append((pos, heading, None))
            elif row not in breaks.rows.get(logical, set()):
                problems.append((pos, None, (logical, row)))
    if not problems:
        return False
    _, heading, cut = min(problems, key=lambda p: p[0])
    if heading is not None:
        target = _chain_start(doc, heading)
        if target in breaks.headings:
            target = heading
        if target in breaks.headings:
            return False
        breaks.headings.add(target)
    elif cut is not None:
        breaks.rows.setdefault(cut[0], set()).add(cut[1])
    return True


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
        if not _next_break(doc, built, breaks):
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
) -> int:
    """Write the document to a PDF file (A4) in one go; returns the number of pages.

    The file is replaced only once the whole document is written.
    """
    data, pages = pdf_bytes(build, images, frame, style_sheet)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def pdf_bytes(
    build: Callable[[Breaks], Built],
    images: Mapping[str, QImage],
    frame: PageFrame,
    style_sheet: str = "",
) -> tuple[bytes, int]:
    """The document as PDF data (A4), with its number of pages."""
    ensure_gui()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(a4_layout())
    writer.setTitle(frame.title)
    writer.setCreator("secframe")
    doc = layout_document(build, images, writer, style_sheet)
    pages = paint(doc, writer, frame)
    del writer  # finishes the PDF
    return bytes(buffer.data().data()), pages
