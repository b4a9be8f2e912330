"""`secframe brief -o brief.pdf`: the governor's brief of a session as a PDF or Word file.

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

FORMATS = ("pdf", "docx")


def add_document_options(p: argparse.ArgumentParser, what: str) -> None:
    """-o, --format, --framework and --meeting, shared by `brief` and `minutes`."""
    p.add_argument("-o", "--output", required=True, metavar="FILE", help=what)
    p.add_argument(
        "--format",
        choices=FORMATS,
        help=_t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "pdf (to print) or docx (to edit in Word or LibreOffice); default: from the "
                "file's extension, else pdf",
            )
        ),
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


def output_format(args: argparse.Namespace) -> str:
    """The format asked for, else the output file's extension, else PDF."""
    if args.format:
        return str(args.format)
    return "docx" if Path(args.output).suffix.lower() == ".docx" else "pdf"


def register(add: AddCommand) -> None:
    """Add the `brief` sub-command."""
    p = add(
        "brief",
        cmd_brief,
        _t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "write the governor's brief of a session as a PDF or Word file (A4, in French "
                "unless --lang en); works without a display",
            )
        ),
    )
    add_document_options(p, _t(QT_TRANSLATE_NOOP("CLI", "the file to write")))


def cmd_brief(args: argparse.Namespace) -> int:
    """Write the brief of a session to a PDF or Word file."""
    from secframe.jobs import TextProgress
    from secframe.printing import pdf
    from secframe.services.briefing import find_meeting

    if args.lang is None:
        i18n.set_language("fr")  # a document for the governor's office: French unless asked
    db = open_database(args, create=False)
    kind = output_format(args)
    try:
        with db.read() as session:
            framework = framework_from(session, args)
            meeting = find_meeting(session, framework.id, args.meeting)
        output = Path(args.output)
        output.parent.mkdir(parents=True, exist_ok=True)
        pdf.ensure_gui(headless=True)
        progress = TextProgress()
        try:
            if kind == "docx":
                from secframe.printing.docx_files import make_brief_docx

                make_brief_docx(db, meeting.id, output, progress, redact=args.redact)
                pages = None
            else:
                from secframe.printing.brief_pdf import make_pdf

                pages = make_pdf(db, meeting.id, output, progress, redact=args.redact).pages
        finally:
            progress.finish()
    finally:
        db.close()
    print(written(meeting.number, framework.short_name, output, pages, brief=True))
    return 0


def written(number: int, framework: str, path: Path, pages: int | None, *, brief: bool) -> str:
    """The line saying what was written where (and on how many pages)."""
    text = (
        QT_TRANSLATE_NOOP("CLI", "Brief of session n° {number} of {framework} written to {path}.")
        if brief
        else QT_TRANSLATE_NOOP(
            "CLI", "Minutes of session n° {number} of {framework} written to {path}."
        )
    )
    line = _t(text).format(number=number, framework=framework, path=path)
    if pages is not None:
        line += " " + i18n.count_text(
            "CLI",
            pages,
            QT_TRANSLATE_NOOP("CLI", "({count} page)"),
            QT_TRANSLATE_NOOP("CLI", "({count} pages)"),
        )
    return line
