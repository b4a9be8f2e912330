"""`secframe brief -o brief.pdf`: the governor's brief of a session as a PDF file.

It needs no display (Qt's offscreen platform is used, no window opens), so a scheduled task
can produce the brief before each session.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from secframe import i18n
from secframe.commands.common import AddCommand, add_framework_option, framework_from, open_database
from secframe.commands.common import tr_cli as _t
from secframe.i18n import QT_TRANSLATE_NOOP


def register(add: AddCommand) -> None:
    """Add the `brief` sub-command."""
    p = add(
        "brief",
        cmd_brief,
        _t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "write the governor's brief of a session as a PDF (A4, in French unless "
                "--lang en); works without a display",
            )
        ),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=_t(QT_TRANSLATE_NOOP("CLI", "the PDF file to write")),
    )
    add_framework_option(p)
    p.add_argument(
        "--meeting",
        type=int,
        metavar="N",
        help=_t(QT_TRANSLATE_NOOP("CLI", "the session number (default: the latest session)")),
    )
    p.add_argument(
        "--redact",
        action="store_true",
        help=_t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "replace every person the database knows (by their role), phone number and "
                "e-mail address, for sharing beyond the framework",
            )
        ),
    )


def cmd_brief(args: argparse.Namespace) -> int:
    """Write the brief of a session to a PDF file."""
    from secframe.jobs import TextProgress
    from secframe.printing import pdf
    from secframe.printing.brief_pdf import make_pdf
    from secframe.services.briefing import find_meeting

    if args.lang is None:
        i18n.set_language("fr")  # a document for the governor's office: French unless asked
    db = open_database(args, create=False)
    try:
        with db.read() as session:
            framework = framework_from(session, args)
            meeting = find_meeting(session, framework.id, args.meeting)
        output = Path(args.output)
        output.parent.mkdir(parents=True, exist_ok=True)
        pdf.ensure_gui(headless=True)
        progress = TextProgress()
        try:
            result = make_pdf(db, meeting.id, output, progress, redact=args.redact)
        finally:
            progress.finish()
    finally:
        db.close()
    print(
        _t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Brief of session n° {number} of {framework} written to {path} ({pages} pages).",
            )
        ).format(
            number=meeting.number,
            framework=framework.short_name,
            path=result.path,
            pages=result.pages,
        )
    )
    return 0
