"""Importing a workbook: a tracker of ours or a foreign tracker, in one transaction.

``run(...)`` does the whole import inside one unit of work and rolls it back unless it is
asked to write and found no error: the preview (``dry_run``) is the real import, undone, so
it shows exactly what would happen. A cancel or any failure writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from secframe.exchange.errors import ExchangeError
from secframe.exchange.foreign import mapping as foreign
from secframe.exchange.foreign.dates import stated_date
from secframe.exchange.foreign.importer import ForeignImport
from secframe.exchange.foreign.mapping import Mapping
from secframe.exchange.foreign.reconcile import NEW, Reconciler, Unknown
from secframe.exchange.foreign.sheet_layout import sheet_layout
from secframe.exchange.import_report import ImportReport, text, write_unless_preview
from secframe.exchange.tracker.importer import import_tracker, workbook_framework
from secframe.exchange.workbook import Book, open_book
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.jobs import JobState
from secframe.services.matching import fold
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
        hidden = {name: sheet_layout(book, name).hidden for name in heads}
        proposed = foreign.propose(heads, hidden)
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
    as_of: date | None = None,
    create_missing: bool = False,
) -> ImportReport:
    """Import a workbook into a framework; with ``dry_run``, or when any error is found,
    nothing is written and the report is the preview. A foreign tracker's statuses are dated
    by the date it states ("mise à jour du 12/02/2020"), else ``as_of``, else ``today``."""
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
            report.as_of = _status_date(book, mapping, report, as_of, today)
        state.progress(0, 0, text(QT_TRANSLATE_NOOP("Exchange", "Reading {file}…"), file=path.name))

        def work(session: Session) -> None:
            if book.is_tracker:
                import_tracker(
                    session, book, framework_id, report, state, source=source, today=today
                )
            else:
                assert mapping is not None
                ForeignImport(
                    session, book, mapping, framework_id, report, state, source=source,
                    today=today, as_of=report.as_of, create_missing=create_missing,
                ).run()  # fmt: skip

        return write_unless_preview(db, source, report, state, work, dry_run=dry_run)


def _status_date(
    book: Book, mapping: Mapping, report: ImportReport, given: date | None, today: date
) -> date:
    """The date of a foreign tracker's statuses, said in the report with where it comes from."""
    stated = stated_date(book.head(mapping.sheet, max(mapping.header_row - 1, 0)))
    if stated is not None:
        found, said = stated
        if given is not None and given != found:
            message = QT_TRANSLATE_NOOP("Exchange", "Statuses are dated {date}, the date given for the import; the tracker itself says “{text}”.")  # fmt: skip
            report.warning(text(message, date=given, text=said))
            return given
        message = QT_TRANSLATE_NOOP("Exchange", "Statuses are dated {date}, the date the tracker states (“{text}”).")  # fmt: skip
        report.warning(text(message, date=found, text=said))
        return found
    if given is not None:
        message = QT_TRANSLATE_NOOP("Exchange", "Statuses are dated {date}, the date given for the import.")  # fmt: skip
        report.warning(text(message, date=given))
        return given
    message = QT_TRANSLATE_NOOP("Exchange", "Statuses are dated {date}, the day of the import: the tracker states no date (give the date it was up to date on with --as-of DATE, or in the import dialog).")  # fmt: skip
    report.warning(text(message, date=today))
    return today


def unknown_names(db: Database, path: Path, mapping: Mapping, framework_id: int) -> list[Unknown]:
    """The leads, partners and places of a foreign tracker that secframe does not know under
    that name (and that the mapping does not reconcile yet), with the closest records."""
    with open_book(Path(path)) as book, db.read() as session:
        found = Reconciler(session, framework_id).scan(book, mapping)
    decided = {(kind, fold(name)) for kind, names in mapping.values.items() for name in names}
    return [u for u in found if (u.kind, fold(u.name)) not in decided]


def with_proposals(mapping: Mapping, unknowns: list[Unknown], *, create_missing: bool) -> Mapping:
    """The mapping with the proposed matches added (and "create new" for the names without a
    good match when ``create_missing``; otherwise they are left undecided, written "")."""
    values = {kind: dict(names) for kind, names in mapping.values.items()}
    for u in unknowns:
        choice = u.choice or u.proposed
        if choice == NEW and not create_missing:
            choice = ""
        values.setdefault(u.kind, {})[u.name] = choice
    return replace(mapping, values=values)


def stated_status_date(path: Path, mapping: Mapping) -> tuple[date, str] | None:
    """The "as of" date a foreign tracker states above its headers, with the text saying it."""
    with open_book(Path(path)) as book:
        return stated_date(book.head(mapping.sheet, max(mapping.header_row - 1, 0)))
