"""Export a framework's tracker to an Excel workbook people are glad to receive.

``run(db, framework_id, path, options, state)`` reads everything in one session, then writes
the sheets in streaming mode to a temporary file that replaces ``path`` only when complete:
a failure or a cancel never leaves a half-written workbook behind.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from secframe.exchange.errors import cannot_write, error, folder_writable
from secframe.exchange.labels import enum_labels, tr
from secframe.exchange.tracker import fiche
from secframe.exchange.tracker import rows as sheet_rows
from secframe.exchange.tracker.layout import (
    COMMITMENTS,
    CONTEXT,
    DATA_SHEETS,
    FORMAT_NAME,
    FORMAT_VERSION,
    HISTORY,
    INCIDENTS,
    MEETINGS,
    MEMBERS,
    META_SHEET,
    RESOURCES,
    RESULTS,
    REVISIONS,
    Sheet,
    T,
    sheet_title,
)
from secframe.exchange.tracker.summary import WORDS, write_summary
from secframe.exchange.tracker.validation import add_validations
from secframe.exchange.xlsx import (
    STYLE_OF_TYPE,
    LongText,
    SheetWriter,
    Styles,
    make_styles,
    sheets_written_in,
)
from secframe.files import private_workdir, replace_file
from secframe.i18n import QT_TRANSLATE_NOOP, format_date, msg
from secframe.jobs import JobState
from secframe.models import CommitmentKind, CommitmentStatus, ResourceCategory, StatusCause
from secframe.services import stats
from secframe.services.briefing_decisions import unblocking_of
from secframe.services.commitments import framework_status_log, list_commitments, revisions_of
from secframe.services.frameworks import get_framework
from secframe.services.incidents import IncidentFilter, list_incidents
from secframe.services.mapping import MapData, map_data
from secframe.services.members import list_members
from secframe.services.redaction import redact_all, redactor_for
from secframe.services.resources import ResourceNeedInfo, framework_need_infos
from secframe.services.results import framework_results, results_line, sum_results
from secframe.services.tracker_data import (
    commitment_extras,
    database_id,
    ensure_database_id,
    meeting_rows,
)

if TYPE_CHECKING:
    from openpyxl import Workbook

    from secframe.db import Database

PROGRESS_EVERY = 500
MAP_DAYS = 365  # the Summary's map covers the last year unless a period is chosen
LISTS = {
    "status": CommitmentStatus,
    "kind": CommitmentKind,
    "cause": StatusCause,
    "category": ResourceCategory,
}


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose: language, redaction, and the period of incidents."""

    language: str = "fr"
    redact: bool = False
    incidents_from: date | None = None
    incidents_to: date | None = None
    today: date | None = None
    # draws the map of incidents per cercle as PNG for the Summary (reports.maps.map_png,
    # given by the caller: the exchange layer does not draw); None: no map
    draw_map: Callable[[MapData], bytes] | None = None


@dataclass(frozen=True)
class ExportResult:
    """What was written."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    redacted: bool = False
    long_texts: int = 0


def gather(
    session: Any, framework_id: int, options: ExportOptions, *, read_only: bool = False
) -> sheet_rows.TrackerData:
    """Everything an export writes, read through the services in one session (a read-only
    database that never had an identity gets a new one for this workbook, not stored)."""
    today = options.today or date.today()
    flt = IncidentFilter(
        framework_id=framework_id, date_from=options.incidents_from, date_to=options.incidents_to
    )
    commitments = list_commitments(session, framework_id, today=today)
    return sheet_rows.TrackerData(
        framework=get_framework(session, framework_id),
        database_id=(
            (database_id(session) or str(uuid.uuid4()))
            if read_only
            else ensure_database_id(session)
        ),
        commitments=commitments,
        extras=commitment_extras(session, framework_id),
        lines=framework_need_infos(session, framework_id),
        history=framework_status_log(session, framework_id),
        revisions=revisions_of(session, framework_id),
        members=list_members(session, framework_id),
        meetings=meeting_rows(session, framework_id),
        incidents=list_incidents(session, flt),
        figures=stats.key_figures(session, framework_id, today=today),
        gaps=stats.resource_gaps(session, framework_id, "category"),
        results=framework_results(session, framework_id),
        unblocking=unblocking_of(session, {c.id for c in commitments}),
        incident_map=map_data(
            session,
            framework_id,
            options.incidents_from or today - timedelta(days=MAP_DAYS),
            min(options.incidents_to or today, today),
        ),
    )


def run(
    db: Database, framework_id: int, path: Path, options: ExportOptions, state: JobState
) -> ExportResult:
    """Write the tracker workbook of a framework to ``path``."""
    first, last = options.incidents_from, options.incidents_to
    if first is not None and last is not None and first > last:
        raise error(
            QT_TRANSLATE_NOOP(
                "Exchange", "The period of incidents ends ({last}) before it starts ({first})."
            ),
            first=first,
            last=last,
        )
    state.progress(0, 0, msg("Exchange", QT_TRANSLATE_NOOP("Exchange", "Reading the tracker…")))
    # The database's identity is written once, except in a read-only database.
    with db.read() if db.read_only else db.write("export") as session:
        data = gather(session, framework_id, options, read_only=db.read_only)
        if options.redact:  # every text, not only the personal columns
            lang = options.language
            redactor = redactor_for(session, lambda source: tr(lang, "Redaction", source))
    state.check()
    if options.redact:
        data = redact_all(data, redactor)
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise error(
            QT_TRANSLATE_NOOP("Exchange", "The folder {folder} does not exist."), folder=str(folder)
        )
    try:
        with replace_file(path) as pending, private_workdir(path) as scratch:
            result = _write(data, pending.file, scratch, path, options, state)
    except PermissionError as err:
        if not folder_writable(folder):  # a read-only folder, not a file open in Excel
            raise cannot_write(path, err) from err
        raise error(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "{file} cannot be replaced: it is probably open in Excel or another program. "
                "Close it and export again.",
            ),
            file=path.name,
        ) from err
    except OSError as err:  # a full disk: said so, never in the system's English
        raise cannot_write(path, err) from err
    return result


def sheet_values(data: sheet_rows.TrackerData, lang: str) -> dict[str, list[sheet_rows.Row]]:
    """The rows of every data sheet, keyed by sheet, as values by column key."""
    titles = data.titles
    results = results_line(sum_results(data.results, titles), lang)
    return {
        COMMITMENTS.key: [
            sheet_rows.commitment_row(c, data.extras.get(c.id), lang, results.get(c.id))
            for c in data.commitments
        ],
        RESOURCES.key: [sheet_rows.line_row(n, titles, lang) for n in data.lines],
        HISTORY.key: [sheet_rows.history_row(s, titles, lang) for s in data.history],
        REVISIONS.key: [sheet_rows.revision_row(r, titles, lang) for r in data.revisions],
        RESULTS.key: [sheet_rows.result_row(r, titles, lang) for r in data.results],
        MEMBERS.key: [sheet_rows.member_row(m, lang) for m in data.members],
        MEETINGS.key: [row for m in data.meetings for row in sheet_rows.meeting_rows(m, lang)],
        INCIDENTS.key: [sheet_rows.incident_row(i, lang) for i in data.incidents],
    }


def _write(
    data: sheet_rows.TrackerData,
    out: BinaryIO,
    scratch: Path,
    target: Path,
    options: ExportOptions,
    state: JobState,
) -> ExportResult:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    try:
        with sheets_written_in(scratch):
            return _write_sheets(wb, data, out, target, options, state)
    except BaseException:
        _discard(wb)
        raise


def _discard(wb: Workbook) -> None:
    """Close the streamed sheets of an abandoned workbook and delete their temporary files."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if getattr(ws, "_rows", None) is not None:
                ws._rows.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()
            with contextlib.suppress(Exception):
                writer.cleanup()


@dataclass
class _Writing:
    """What the sheets of one export share while they are written."""

    wb: Workbook
    data: sheet_rows.TrackerData
    options: ExportOptions
    styles: Styles
    footer: tuple[str, str, str]
    state: JobState
    total: int
    done: int = 0
    long_texts: list[LongText] = field(default_factory=list)


def _write_sheets(
    wb: Workbook,
    data: sheet_rows.TrackerData,
    out: BinaryIO,
    target: Path,
    options: ExportOptions,
    state: JobState,
) -> ExportResult:
    lang = options.language
    today = options.today or date.today()
    styles = make_styles(wb, lang)
    summary = write_summary(
        wb, data, lang=lang, styles=styles, redacted=options.redact, exported_on=today
    )
    if data.incident_map is not None and options.draw_map is not None:
        _add_map(summary, options.draw_map(data.incident_map))
    per_sheet = sheet_values(data, lang)
    footer = (
        data.framework.short_name,
        tr(lang, "Summary", WORDS["exported_on"]).format(date=format_date(today, lang)),
        tr(lang, "Summary", WORDS["page"]),
    )
    handout = fiche.write(
        wb,
        fiche.lines(data.commitments, data.unblocking, today, lang),
        lang=lang,
        framework=data.framework.short_name,
        today=today,
        footer=footer,
    )
    wb.active = handout  # the workbook opens on the sheet to print
    run = _Writing(wb, data, options, styles, footer, state, sum(map(len, per_sheet.values())))
    counts = {sheet.key: _write_sheet(run, sheet, per_sheet[sheet.key]) for sheet in DATA_SHEETS}
    if run.long_texts:
        _write_long_texts(wb, run.long_texts, lang, styles)
    _write_meta(wb, data, options, today)
    saving = msg("Exchange", QT_TRANSLATE_NOOP("Exchange", "Saving the workbook…"))
    state.progress(run.total, run.total, saving)
    try:
        _save(wb, out)
    except OSError as err:
        raise cannot_write(target, err) from err
    return ExportResult(target, counts, options.redact, len(run.long_texts))


def _save(wb: Workbook, out: BinaryIO) -> None:
    """Save the workbook into ``out`` (as openpyxl's ``save_workbook`` does); when writing
    fails (a full disk) the zip archive is abandoned at once, so that nothing tries to finish
    it later (``ZipFile.__del__`` would print a traceback on the user's terminal)."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    archive = ZipFile(out, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
    except BaseException:
        archive.fp = None  # ZipFile.close() does nothing without its file
        raise


def _write_sheet(run: _Writing, sheet: Sheet, rows: list[sheet_rows.Row]) -> int:
    """Write one data sheet; returns its number of rows."""
    lang = run.options.language
    columns = sheet.visible_columns(run.options.redact)
    values = sheet_rows.project(rows, columns, sheet.checked)
    writer = SheetWriter(
        run.wb, sheet, columns, title=sheet_title(sheet, lang), lang=lang, styles=run.styles,
        long_texts=run.long_texts,
    )  # fmt: skip
    writer.start(values, run.footer, across_pages=sheet is COMMITMENTS)
    euro = _row_styles(columns, run.data.lines, run.styles) if sheet is RESOURCES else None
    for i, row in enumerate(values):
        writer.append(row, euro[i] if euro else None)
        run.done += 1
        if run.done % PROGRESS_EVERY == 0:
            run.state.progress(run.done, run.total, _writing(sheet, lang))
    add_validations(writer, sheet, lang)
    writer.finish()
    return len(values)


def _add_map(ws: Any, png: bytes) -> None:
    """The map of incidents per cercle, axes and commitments, as a picture on the Summary."""
    import io

    from openpyxl.drawing.image import Image

    image = Image(io.BytesIO(png))
    image.width, image.height = 605, 397
    ws.add_image(image, "F40")


def _writing(sheet: Sheet, lang: str) -> Any:
    return msg(
        "Exchange",
        QT_TRANSLATE_NOOP("Exchange", "Writing the sheet “{sheet}”…"),
        sheet=sheet_title(sheet, lang),
    )


def _row_styles(
    columns: Sequence[Any], lines: list[ResourceNeedInfo], styles: Styles
) -> list[list[Any]]:
    """Resource lines in euros get the euro format on their amounts."""
    base = [styles[STYLE_OF_TYPE[c.type]] for c in columns]
    euro = [
        styles["money_eur"] if c.type == T.MONEY else s for c, s in zip(columns, base, strict=True)
    ]
    return [euro if n.currency == "EUR" else base for n in lines]


def _write_long_texts(wb: Workbook, texts: list[LongText], lang: str, styles: Styles) -> None:
    from openpyxl.cell import WriteOnlyCell

    ws = wb.create_sheet(tr(lang, CONTEXT, QT_TRANSLATE_NOOP("Tracker", "Long texts")))
    ws.column_dimensions["C"].width = 120
    heads = (
        QT_TRANSLATE_NOOP("Tracker", "Sheet"),
        QT_TRANSLATE_NOOP("Tracker", "Cell"),
        QT_TRANSLATE_NOOP("Tracker", "Whole text"),
    )
    ws.append([tr(lang, CONTEXT, h) for h in heads])
    for t in texts:
        for start in range(0, len(t.text), 30_000):
            c = WriteOnlyCell(ws, t.text[start : start + 30_000])
            c.data_type = "s"
            c._style = styles["long!"]
            ws.append([t.sheet, t.cell, c])


def _write_meta(
    wb: Workbook, data: sheet_rows.TrackerData, options: ExportOptions, today: date
) -> None:
    """The hidden sheet: what the import needs to recognise the workbook, and the lists."""
    lang = options.language
    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    meta: list[tuple[str, Any]] = [
        ("format", FORMAT_NAME),
        ("format_version", FORMAT_VERSION),
        ("database_id", data.database_id),
        ("framework_id", data.framework.id),
        ("framework", data.framework.name),
        ("exported_at", datetime.now().replace(microsecond=0).isoformat()),
        ("exported_on", today.isoformat()),
        ("language", lang),
        ("redacted", int(options.redact)),
        ("incidents_from", options.incidents_from.isoformat() if options.incidents_from else ""),
        ("incidents_to", options.incidents_to.isoformat() if options.incidents_to else ""),
    ]
    meta += [(f"sheet:{s.key}", sheet_title(s, lang)) for s in DATA_SHEETS]
    lists = [enum_labels(cls, lang) for cls in LISTS.values()] + [["XOF", "EUR"]]
    height = max(len(meta), *(len(v) for v in lists)) + 1
    ws.append(["key", "value", None, *LISTS, "currency"])
    for i in range(height - 1):
        key, value = meta[i] if i < len(meta) else (None, None)
        ws.append([key, value, None, *(col[i] if i < len(col) else None for col in lists)])
