"""`secframe minutes -o cr.pdf --meeting N`: the minutes of a session as a PDF or Word file,
with the same header and footer as the brief; works without a display."""

from __future__ import annotations

import argparse
from pathlib import Path

from secframe import i18n
from secframe.commands.brief import add_document_options, output_format, written
from secframe.commands.common import AddCommand, framework_from, open_database
from secframe.commands.common import tr_cli as _t
from secframe.i18n import QT_TRANSLATE_NOOP


def register(add: AddCommand) -> None:
    """Add the `minutes` sub-command."""
    p = add(
        "minutes",
        cmd_minutes,
        _t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "write the minutes of a session (attendance, agenda, review, decisions with "
                "who and by when) as a PDF or Word file; works without a display",
            )
        ),
    )
    add_document_options(p, _t(QT_TRANSLATE_NOOP("CLI", "the file to write")))


def cmd_minutes(args: argparse.Namespace) -> int:
    """Write the minutes of a session to a PDF or Word file."""
    from secframe.jobs import TextProgress
    from secframe.printing import pdf
    from secframe.services.briefing import find_meeting

    if args.lang is None:
        i18n.set_language("fr")
    db = open_database(args, create=False)
    kind = output_format(args)
    try:
        with db.read() as session:
            framework = framework_from(session, args)
            meeting = find_meeting(session, framework.id, args.meeting)
        output = Path(args.output)
        output.parent.mkdir(parents=True, exist_ok=True)
        progress = TextProgress()
        try:
            if kind == "docx":
                from secframe.printing.docx_files import make_minutes_docx

                make_minutes_docx(db, meeting.id, output, progress, redact=args.redact)
                pages = None
            else:
                from secframe.printing.minutes_pdf import make_pdf

                pdf.ensure_gui(headless=True)
                pages = make_pdf(db, meeting.id, output, progress, redact=args.redact).pages
        finally:
            progress.finish()
    finally:
        db.close()
    print(written(meeting.number, framework.short_name, output, pages, brief=False))
    return 0
