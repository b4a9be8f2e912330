"""Producing the minutes of a session: the page frame (the brief's), the PDF file, printing.

``make_pdf`` is a long job (``run(..., state)``) used by the command line and the desktop app.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, msg, translate
from secframe.jobs import JobState
from secframe.printing import pdf
from secframe.reports import brief, minutes

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from secframe.db import Database
    from secframe.services.minutes import Minutes


@dataclass(frozen=True)
class MinutesFile:
    """Minutes written to a file."""

    path: Path
    pages: int
    minutes: Minutes


def page_frame(m: Minutes) -> pdf.PageFrame:
    """The running header and footer of the minutes' pages (as the brief's)."""
    title = translate(
        "Brief", QT_TRANSLATE_NOOP("Brief", "{framework} — Minutes — session n° {number} of {date}")
    )
    footer = translate(
        "Brief", QT_TRANSLATE_NOOP("Brief", "Produced on {date} at {time} with secframe")
    )
    return pdf.PageFrame(
        title=title.format(
            framework=m.framework_short_name,
            number=m.meeting.number,
            date=format_date(m.meeting.held_on),
        ),
        marking=brief.confidential().upper(),
        footer=footer.format(
            date=format_date(m.generated_at), time=m.generated_at.strftime("%H:%M")
        ),
        pages=translate("Brief", QT_TRANSLATE_NOOP("Brief", "Page {page} / {count}")),
    )


def assemble(
    db: Database,
    meeting_id: int,
    state: JobState,
    *,
    today: date | None = None,
    redact: bool = False,
) -> Minutes:
    """The minutes of a session (a long job); ``redact``: every person the database knows,
    phone number and e-mail address is replaced in every text, as in the brief."""
    from secframe.services.minutes import build_minutes
    from secframe.services.redaction import redact_all, redactor_for

    state.progress(0, 1, msg("Brief", QT_TRANSLATE_NOOP("Brief", "Gathering the minutes…")))
    with db.read() as session:
        m = build_minutes(session, meeting_id, today=today)
        if redact:
            m = redact_all(m, redactor_for(session))
    state.progress(1, 1)
    return m


def write(m: Minutes, path: Path) -> int:
    """Write assembled minutes to a PDF file; returns its number of pages."""
    return pdf.write_pdf(
        path, lambda breaks: minutes.build(m, breaks), {}, page_frame(m), brief.STYLE
    )


def print_minutes(m: Minutes, device: QPagedPaintDevice) -> int:
    """Paint minutes on a printer (or any paged device); returns the number of pages."""
    doc = pdf.layout_document(lambda breaks: minutes.build(m, breaks), {}, device, brief.STYLE)
    return pdf.paint(doc, device, page_frame(m))


def make_pdf(
    db: Database,
    meeting_id: int,
    path: Path,
    state: JobState,
    *,
    today: date | None = None,
    redact: bool = False,
) -> MinutesFile:
    """Assemble the minutes of a session and write them to a PDF file (a long job)."""
    m = assemble(db, meeting_id, state, today=today, redact=redact)
    state.progress(0, 1, msg("Brief", QT_TRANSLATE_NOOP("Brief", "Writing the PDF…")))
    pages = write(m, path)
    state.progress(1, 1)
    return MinutesFile(Path(path), pages, m)
