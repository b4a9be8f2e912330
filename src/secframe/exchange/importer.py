"""Importing a workbook: a tracker of ours or a foreign tracker, in one transaction.

``run(...)`` does the whole import inside one unit of work and rolls it back unless it is
asked to write and found no error: the preview (``dry_run``) is the real import, undone, so
it shows exactly what would happen. A cancel or any failure writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from secframe.exchange.errors import ExchangeError
from secframe.exchange.foreign import mapping as foreign
from secframe.exchange.foreign.importer import ForeignImport
from secframe.exchange.foreign.mapping import Mapping
from secframe.exchange.import_report import ImportReport, text, write_unless_preview
from secframe.exchange.tracker.importer import import_tracker, workbook_framework
from secframe.exchange.workbook import open_book
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.jobs import JobState
from secframe.services.preferences import get_preference, set_preference

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from secframe.db import Database

MAPPINGS_KEY = "exchange.mappings"


@dataclass(frozen=True)
class Inspection:
    """What a workbook is, before importing it."""

    path: Path
    is_tracker: bool
    framework_id: int | None  # of a tracker workbook
    framework_name: str
    proposed: Mapping | None  # for a foreign tracker
    remembered: bool  # the proposal is a mapping a user saved for these headers
    sheets: tuple[str, ...]
    heads: dict[str, list[tuple[object, ...]]]  # first rows of each sheet (foreign trackers)


def inspect(db: Database, path: Path) -> Inspection:
    """Open a workbook and say what it is; for a foreign tracker, propose a mapping (the one
    remembered for the same headers, if any)."""
    with open_book(Path(path)) as book:
        sheets = tuple(book.data_sheets)
        if book.is_tracker:
            name = book.meta.get("framework", "")
            return Inspection(
                Path(path), True, workbook_framework(book), name, None, False, sheets, {}
            )
        heads = foreign.sheet_heads(book)
        proposed = foreign.propose(heads)
        remembered = False
        if proposed is not None:
            with db.read() as session:
                saved = remembered_mapping(session, proposed.signature)
            if saved is not None:
                try:
                    proposed, remembered = foreign.from_json(book, saved), True
                except ExchangeError:  # a remembered mapping that no longer fits is not used
                    remembered = False
        return Inspection(Path(path), False, None, "", proposed, remembered, sheets, heads)


def remembered_mapping(session: Session, signature: str) -> dict[str, object] | None:
    """The mapping a user saved for workbooks with these headers."""
    saved = get_preference(session, MAPPINGS_KEY, {})
    value = saved.get(signature) if isinstance(saved, dict) else None
    return value if isinstance(value, dict) else None


def remember_mapping(session: Session, mapping: Mapping) -> None:
    """Remember a mapping for workbooks with the same headers (shared by all users)."""
    saved = get_preference(session, MAPPINGS_KEY, {})
    if not isinstance(saved, dict):
        saved = {}
    saved[mapping.signature] = mapping.to_json()
    set_preference(session, MAPPINGS_KEY, saved)


def run(
    db: Database,
    path: Path,
    *,
    framework_id: int,
    state: JobState,
    dry_run: bool = False,
    mapping: Mapping | None = None,
    mapping_file: Path | None = None,
    today: date | None = None,
) -> ImportReport:
    """Import a workbook into a framework; with ``dry_run``, or when any error is found,
    nothing is written and the report is the preview."""
    path = Path(path)
    today = today or date.today()
    source = text(QT_TRANSLATE_NOOP("Exchange", "Import of {file}"), file=path.name).render()
    with open_book(path) as book:
        report = ImportReport(source=path.name, kind="tracker" if book.is_tracker else "foreign")
        if not book.is_tracker:
            if mapping_file is not None:
                mapping = foreign.load_mapping_file(book, mapping_file)
            if mapping is None:
                raise foreign.no_header(book)
            report.mapping = mapping
        state.progress(0, 0, text(QT_TRANSLATE_NOOP("Exchange", "Reading {file}…"), file=path.name))

        def work(session: Session) -> None:
            if book.is_tracker:
                import_tracker(
                    session, book, framework_id, report, state, source=source, today=today
                )
            else:
                assert mapping is not None
                ForeignImport(
                    session, book, mapping, framework_id, report, state, source=source, today=today
                ).run()

        return write_unless_preview(db, source, report, state, work, dry_run=dry_run)
