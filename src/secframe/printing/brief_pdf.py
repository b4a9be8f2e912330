"""Producing the governor's brief: the incidents chart, the page frame, the PDF file, printing.

``make_pdf`` is a long job (``run(..., state)``) used by the command line and the desktop app;
``print_brief`` paints the same document on a printer for the print preview.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, msg, translate
from secframe.jobs import JobState
from secframe.printing import pdf
from secframe.reports import brief as text
from secframe.services import stats

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PySide6.QtGui import QImage, QPagedPaintDevice
    from sqlalchemy.orm import Session

    from secframe.db import Database
    from secframe.reports.charts_data import IncidentSeries
    from secframe.services.briefing import Brief

CHART_DPI = 250  # the chart's resolution in the PDF and on paper
MAP_DPI = 200  # the map's (its fills need less than the chart's thin lines)
CHART_SIZE = (7.0, 3.4)  # inches: the width of the page body


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
        QT_TRANSLATE_NOOP("Brief", "{framework} — Information note — session n° {number} of {date}")
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


def incident_series(session: Session, b: Brief) -> IncidentSeries | None:
    """What the brief's incidents chart shows: the dashboard's chart for the place it shows by
    default (the axis whose commitments were active longest, else the first region), from the
    start of the brief's chart window to its reference date; None when nothing happened."""
    from secframe.reports import charts
    from secframe.services.overview import commitment_dates

    choices = charts.place_choices(session, b.framework_id)
    rows = commitment_dates(session, b.framework_id, today=b.as_of)
    periods = stats.active_periods(session, framework_id=b.framework_id)
    place = charts.default_place(choices, rows, periods, b.as_of)
    if place is None or not b.incident_months:
        return None
    series = charts.incident_series(session, b.framework_id, place, today=b.as_of)
    first = b.incident_months[0].first_day
    months = tuple(m for m in series.months if first <= m.first_day <= b.as_of)
    if not any(m.incidents for m in months):
        return None
    return replace(series, months=months)


def incidents_figure(series: IncidentSeries) -> Figure:
    """The dashboard's incidents chart, sized for the width of the brief's page."""
    from secframe.reports import charts

    return charts.incidents_chart(series, size=CHART_SIZE)


def figure_image(figure: Figure, dpi: int = CHART_DPI) -> QImage:
    """A matplotlib figure as a high-resolution image."""
    from PySide6.QtGui import QImage

    buffer = io.BytesIO()
    figure.savefig(
        buffer, format="png", dpi=dpi, facecolor="white", pil_kwargs={"compress_level": 1}
    )
    image = QImage()
    if not image.loadFromData(buffer.getvalue()):
        raise RuntimeError("matplotlib wrote a PNG that Qt cannot read")
    return image


def chart_images(series: IncidentSeries | None, b: Brief | None = None) -> dict[str, QImage]:
    """The images the brief's document refers to: the incidents chart (when there is one to
    draw) and the map."""
    images = {} if series is None else {text.CHART: figure_image(incidents_figure(series))}
    if b is not None and b.incident_map is not None:
        from secframe.reports.maps import BRIEF_MAP_SIZE, map_figure

        figure = map_figure(b.incident_map, size=BRIEF_MAP_SIZE)
        images[text.MAP] = figure_image(figure, MAP_DPI)
    return images


def assemble(
    db: Database,
    meeting_id: int,
    state: JobState,
    *,
    today: date | None = None,
    redact: bool = False,
) -> tuple[Brief, dict[str, QImage]]:
    """The brief of a session and its chart, ready to print or write (a long job).

    ``redact``: every person the database knows, phone number and e-mail address is replaced
    (by the person's role or « [retiré] ») in every text of the brief.
    """
    from secframe.services.briefing import build_brief
    from secframe.services.redaction import redact_all, redactor_for

    with db.read() as session:
        b = build_brief(session, meeting_id, today=today, state=state)
        series = incident_series(session, b)
        if redact:
            b = redact_all(b, redactor_for(session))
    state.progress(0, 1, msg("Brief", QT_TRANSLATE_NOOP("Brief", "Drawing the chart…")))
    images = chart_images(series, b)
    state.progress(1, 1)
    return b, images


def write(b: Brief, path: Path, images: dict[str, QImage]) -> int:
    """Write an assembled brief to a PDF file; returns its number of pages."""
    chart, map_image = text.CHART in images, text.MAP in images
    return pdf.write_pdf(
        path,
        lambda breaks: text.build(b, breaks, chart=chart, map_image=map_image),
        images,
        page_frame(b),
        text.STYLE,
    )


def print_brief(b: Brief, device: QPagedPaintDevice, images: dict[str, QImage]) -> int:
    """Paint a brief on a printer (or any paged device); returns its number of pages."""
    chart, map_image = text.CHART in images, text.MAP in images
    doc = pdf.layout_document(
        lambda breaks: text.build(b, breaks, chart=chart, map_image=map_image),
        images,
        device,
        text.STYLE,
    )
    return pdf.paint(doc, device, page_frame(b))


def make_pdf(
    db: Database,
    meeting_id: int,
    path: Path,
    state: JobState,
    *,
    today: date | None = None,
    redact: bool = False,
) -> BriefFile:
    """Assemble the brief of a session and write it to a PDF file (a long job)."""
    b, images = assemble(db, meeting_id, state, today=today, redact=redact)
    state.progress(0, 1, msg("Brief", QT_TRANSLATE_NOOP("Brief", "Writing the PDF…")))
    pages = write(b, path, images)
    state.progress(1, 1)
    return BriefFile(Path(path), pages, b)
