"""Import of a workbook exported by secframe (and possibly edited in Excel or LibreOffice)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from secframe.exchange.import_report import ImportReport, text
from secframe.exchange.indexes import MemberIndex, PlaceIndex
from secframe.exchange.tracker.commitments import CommitmentSheet
from secframe.exchange.tracker.layout import (
    CHECK,
    COMMITMENTS,
    DATA_SHEETS,
    FORMAT_VERSION,
    RESOURCES,
    Sheet,
    find_sheet,
)
from secframe.exchange.tracker.lines import ResourceSheet, check_read_only
from secframe.exchange.tracker.sheet import ImportContext, SheetReader
from secframe.exchange.workbook import Book
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.jobs import JobState
from secframe.services.tracker_data import database_id


def workbook_framework(book: Book) -> int | None:
    """The id of the framework a tracker workbook was exported from."""
    try:
        return int(book.meta.get("framework_id", ""))
    except ValueError:
        return None


def import_tracker(
    session: Session,
    book: Book,
    framework_id: int,
    report: ImportReport,
    state: JobState,
    *,
    source: str,
    today: date,
) -> None:
    """Plan and apply the changes of a tracker workbook in ``session`` (the caller commits or
    rolls back); problems go to ``report``."""
    if not _same_origin(session, book, framework_id, report):
        return
    ctx = ImportContext(
        session=session,
        framework_id=framework_id,
        report=report,
        book=book,
        state=state,
        source=source,
        today=today,
        members=MemberIndex(session, framework_id),
        places=PlaceIndex(session),
    )
    for sheet in DATA_SHEETS:
        name = find_sheet(book.sheet_names, sheet, book.meta.get(f"sheet:{sheet.key}"))
        if name is None:
            if sheet in (COMMITMENTS, RESOURCES):
                report.warning(
                    text(
                        QT_TRANSLATE_NOOP(
                            "Exchange", "The sheet “{sheet}” is missing; nothing of it is imported."
                        ),
                        sheet=book.meta.get(f"sheet:{sheet.key}", sheet.title),
                    )
                )
            continue
        reader = SheetReader(ctx, sheet, name)
        if sheet is COMMITMENTS:
            CommitmentSheet(reader).run()
        elif sheet is RESOURCES:
            ResourceSheet(reader).run()
        else:
            check_read_only(reader, _exported_columns(sheet, book))


def _exported_columns(sheet: Sheet, book: Book) -> list[str]:
    redacted = book.meta.get("redacted") == "1"
    return [c.key for c in sheet.visible_columns(redacted) if c.key != CHECK.key]


def _same_origin(session: Session, book: Book, framework_id: int, report: ImportReport) -> bool:
    """The workbook must come from this database and framework, in a format we read."""
    try:
        version = int(book.meta.get("format_version", "0"))
    except ValueError:
        version = 0
    if version > FORMAT_VERSION:
        report.error(
            text(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "This workbook was made by a newer version of secframe; update secframe to "
                    "import it.",
                )
            )
        )
        return False
    if book.meta.get("database_id") != database_id(session):
        report.error(
            text(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "This workbook was exported from another secframe database: its IDs do not "
                    "match the records of this one, so it cannot update them.",
                )
            )
        )
        return False
    if workbook_framework(book) != framework_id:
        report.error(
            text(
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "This workbook is the tracker of the framework “{name}”; choose that framework "
                    "to import it.",
                ),
                name=book.meta.get("framework", "?"),
            )
        )
        return False
    return True
