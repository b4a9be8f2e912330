"""The brief and the minutes as Word documents (.docx), long jobs like their PDF twins.

The content is the same HTML as the PDF's (``reports.brief.build``, ``reports.minutes.build``),
laid out without page breaks, with the same running header and footer; the charts and the map
are pictures drawn by matplotlib.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.jobs import JobState
from secframe.printing import brief_pdf, minutes_pdf, pdf
from secframe.reports import brief, docx, minutes
from secframe.reports.document import Breaks

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from secframe.db import Database


@dataclass(frozen=True)
class DocxFile:
    """A Word document written to a file."""

    path: Path
    paragraphs: int


def png(figure: Figure, dpi: int) -> bytes:
    """A matplotlib figure as PNG data."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, facecolor="white",
                   pil_kwargs={"compress_level": 1})  # fmt: skip
    return buffer.getvalue()


def _frame(frame: pdf.PageFrame) -> docx.Frame:
    return docx.Frame(frame.title, frame.marking, frame.footer)


def make_brief_docx(
    db: Database,
    meeting_id: int,
    path: Path,
    state: JobState,
    *,
    today: date | None = None,
    redact: bool = False,
) -> DocxFile:
    """The brief of a session as a .docx file (a long job); ``redact`` as for the PDF."""
    from secframe.reports.maps import BRIEF_MAP_SIZE, map_figure
    from secframe.services.briefing import build_brief
    from secframe.services.redaction import redact_all, redactor_for

    with db.read() as session:
        b = build_brief(session, meeting_id, today=today, state=state)
        series = brief_pdf.incident_series(session, b)
        if redact:
            b = redact_all(b, redactor_for(session))
    state.progress(0, 1, msg("Brief", QT_TRANSLATE_NOOP("Brief", "Drawing the chart…")))
    images = {}
    if series is not None:
        images[brief.CHART] = png(brief_pdf.incidents_figure(series), 200)
    if b.incident_map is not None:
        images[brief.MAP] = png(map_figure(b.incident_map, size=BRIEF_MAP_SIZE), 200)
    built = brief.build(b, Breaks(), chart=brief.CHART in images, map_image=brief.MAP in images)
    state.progress(0, 1, msg("Brief", QT_TRANSLATE_NOOP("Brief", "Writing the Word document…")))
    document = docx.to_docx(built.html, images, _frame(brief_pdf.page_frame(b)))
    docx.save(document, path)
    state.progress(1, 1)
    return DocxFile(Path(path), len(document.paragraphs))


def make_minutes_docx(
    db: Database,
    meeting_id: int,
    path: Path,
    state: JobState,
    *,
    today: date | None = None,
    redact: bool = False,
) -> DocxFile:
    """The minutes of a session as a .docx file (a long job); ``redact`` as for the PDF."""
    m = minutes_pdf.assemble(db, meeting_id, state, today=today, redact=redact)
    built = minutes.build(m, Breaks())
    state.progress(0, 1, msg("Brief", QT_TRANSLATE_NOOP("Brief", "Writing the Word document…")))
    document = docx.to_docx(built.html, {}, _frame(minutes_pdf.page_frame(m)))
    docx.save(document, path)
    state.progress(1, 1)
    return DocxFile(Path(path), len(document.paragraphs))
