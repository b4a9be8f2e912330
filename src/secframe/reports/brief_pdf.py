"""Producing the governor's brief: the incidents chart, the page frame, the PDF file, printing.

``make_pdf`` is a long job (``run(..., state)``) used by the command line and the desktop app;
``print_brief`` paints the same document on a printer for the print preview.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, msg, translate
from secframe.jobs import JobState
from secframe.reports import brief as text
from secframe.reports import pdf

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PySide6.QtGui import QImage, QPagedPaintDevice

    from secframe.db import Database
    from secframe.services.briefing import Brief

CHART_DPI = 250


@dataclass(frozen=True)
class BriefFile:
    """A brief written to a file."""

    path: Path
    pages: int
    brief: Brief


def _t(source: str) -> str:
    return translate("Brief", source)


def page_frame(b: Brief) -> pdf.PageFrame:
    """The running header and footer of the brief's pages."""
    title = _t(
        QT_TRANSLATE_NOOP("Brief", "{framework} — Briefing note — session n° {number} of {date}")
    )
    footer = _t(QT_TRANSLATE_NOOP("Brief", "Produced on {date} at {time} with secframe"))
    return pdf.PageFrame(
        title=title.format(
            framework=b.framework_short_name,
            number=b.meeting.number,
            date=format_date(b.meeting.held_on),
        ),
        marking=text.confidential().upper(),
        footer=footer.format(
            date=format_date(b.generated_at), time=b.generated_at.strftime("%H:%M")
        ),
        pages=_t(QT_TRANSLATE_NOOP("Brief", "Page {page} / {count}")),
    )


def incidents_figure(b: Brief) -> Figure | None:
    """The incidents chart of the brief, or None when there is nothing to draw."""
    if not b.incident_months or not any(m.incidents for m in b.incident_months):
        return None
    return None  # the chart comes with the dashboard's chart functions (reports.charts)


def figure_image(figure: Figure, dpi: int = CHART_DPI) -> QImage:
    """A matplotlib figure as a high-resolution image."""
    from PySide6.QtGui import QImage

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return QImage.fromData(buffer.getvalue(), b"PNG")


def chart_images(b: Brief) -> dict[str, QImage]:
    """The images the brief's document refers to."""
    figure = incidents_figure(b)
    return {} if figure is None else {text.CHART: figure_image(figure)}


def write(b: Brief, path: Path, images: dict[str, QImage] | None = None) -> int:
    """Write a brief to a PDF file; returns its number of pages."""
    images = chart_images(b) if images is None else images
    chart = text.CHART in images
    return pdf.write_pdf(
        path, lambda breaks: text.build(b, breaks, chart=chart), images, page_frame(b), text.STYLE
    )


def print_brief(b: Brief, device: QPagedPaintDevice, images: dict[str, QImage]) -> int:
    """Paint a brief on a printer (or any paged device); returns its number of pages."""
    chart = text.CHART in images
    doc = pdf.layout_document(
        lambda breaks: text.build(b, breaks, chart=chart), images, device, text.STYLE
    )
    return pdf.paint(doc, device, page_frame(b))


def make_pdf(
    db: Database,
    meeting_id: int,
    path: Path,
    state: JobState,
    *,
    today: date | None = None,
) -> BriefFile:
    """Assemble the brief of a session and write it to a PDF file (a long job)."""
    from secframe.services.briefing import build_brief

    with db.read() as session:
        b = build_brief(session, meeting_id, today=today, state=state)
    state.progress(0, 2, msg("Brief", QT_TRANSLATE_NOOP("Brief", "Drawing the chart…")))
    images = chart_images(b)
    state.progress(1, 2, msg("Brief", QT_TRANSLATE_NOOP("Brief", "Writing the PDF…")))
    pages = write(b, path, images)
    state.progress(2, 2)
    return BriefFile(Path(path), pages, b)
