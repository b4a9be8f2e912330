"""The « Fiche de suivi »: the sheet the exported workbook opens on, made to be printed on A4
landscape and handed out at a session.

Nine readable columns — reference, commitment, lead, status with its cause, since, deadline,
« reste à financer », next step and who — for the open commitments, the most urgent first:
blocked (``models.rules.blocked_since``), then overdue (``models.rules.is_overdue``), then the
rest. Text is 10 pt and the columns fit the width of a landscape page at about full size, so
it prints at 9 pt or more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from secframe.exchange.labels import enum_label, tr
from secframe.i18n import QT_TRANSLATE_NOOP, format_date
from secframe.models.rules import blocked_since, is_overdue
from secframe.services.commitments import CommitmentRow

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

CONTEXT = "Tracker"
TITLE = QT_TRANSLATE_NOOP("Tracker", "Follow-up sheet")
# (header, width in characters): about 150 characters fill a landscape A4 line at 100 %.
COLUMNS = (
    (QT_TRANSLATE_NOOP("Tracker", "Ref."), 7),
    (QT_TRANSLATE_NOOP("Tracker", "Commitment"), 32),
    (QT_TRANSLATE_NOOP("Tracker", "Lead"), 14),
    (QT_TRANSLATE_NOOP("Tracker", "Status and cause"), 19),
    (QT_TRANSLATE_NOOP("Tracker", "Since"), 10.5),
    (QT_TRANSLATE_NOOP("Tracker", "Deadline"), 10.5),
    (QT_TRANSLATE_NOOP("Tracker", "Reste à financer (FCFA)"), 16),
    (QT_TRANSLATE_NOOP("Tracker", "Next step"), 26),
    (QT_TRANSLATE_NOOP("Tracker", "Who"), 15),
)
FONT_SIZE = 10
URGENCY_LABELS = (
    QT_TRANSLATE_NOOP("Tracker", "Blocked"),
    QT_TRANSLATE_NOOP("Tracker", "Overdue"),
    QT_TRANSLATE_NOOP("Tracker", "Running"),
)


@dataclass(frozen=True)
class FicheLine:
    """One commitment on the sheet, with its urgency (0 blocked, 1 overdue, 2 the rest)."""

    urgency: int
    reference: str
    title: str
    lead: str
    status: str
    since: date | None
    deadline: date | None
    gap: Decimal
    next_step: str
    who: str


def lines(
    commitments: list[CommitmentRow],
    unblocking: dict[int, tuple[str | None, str | None, date | None]],
    today: date,
    lang: str,
) -> list[FicheLine]:
    """The open commitments, most urgent first (then the longest blocked, the earliest
    deadline, the title)."""
    out = []
    for c in commitments:
        if not c.status.is_open:
            continue
        stopped = blocked_since(c.status, c.status_since, c.start_date, c.deadline, today)
        urgency = 0 if stopped else (1 if is_overdue(c.status, c.deadline, today) else 2)
        status = enum_label(c.status, lang)
        if c.last_cause is not None and c.status.needs_cause:
            status += " — " + enum_label(c.last_cause, lang)
        elif urgency == 1:
            status += " — " + tr(lang, CONTEXT, URGENCY_LABELS[1]).lower()
        by, step, on = unblocking.get(c.id, (None, None, None))
        if step and on:
            step = f"{step} ({format_date(on, lang)})"
        out.append(
            FicheLine(
                urgency,
                c.reference or f"#{c.id}",
                c.title,
                c.lead_member,
                status,
                stopped or c.status_since,
                c.deadline,
                c.gap,
                step or "",
                by or "",
            )
        )
    return sorted(out, key=_urgency)


def _urgency(x: FicheLine) -> tuple[int, date, date, str]:
    """Blocked first (the longest blocked first), then overdue (the earliest deadline first),
    then the rest (by deadline)."""
    since = (x.since or date.min) if x.urgency == 0 else date.min
    return (x.urgency, since, x.deadline or date.max, x.title)


def write(
    wb: Workbook,
    rows: list[FicheLine],
    *,
    lang: str,
    framework: str,
    today: date,
    footer: tuple[str, str, str],
) -> WriteOnlyWorksheet:
    """Write the sheet (title, header, one row per commitment) with its print setup."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from secframe.exchange.xlsx import (
        DATE_FORMATS,
        XOF_FORMAT,
        _rows_stream,
        print_setup,
    )

    ws = wb.create_sheet(tr(lang, CONTEXT, TITLE))
    for i, (_head, width) in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    print_setup(ws, *footer, title_rows="3:3")
    ws.print_options.gridLines = False
    ws.freeze_panes = "A4"
    thin = Side(style="thin", color="A0A0A0")
    border = Border(bottom=thin)
    wrap = Alignment(vertical="top", wrap_text=True)
    font = Font(size=FONT_SIZE)

    def cell(value: Any, **style: Any) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, value)
        c.font = style.pop("font", font)
        c.alignment = style.pop("alignment", wrap)
        c.border = style.pop("border", border)
        for k, v in style.items():
            setattr(c, k, v)
        if isinstance(value, str) and value[:1] in "=+-@":
            c.data_type = "s"
            c.quotePrefix = True
        return c

    ws._get_writer()
    stream = _rows_stream(ws)  # rows with their heights (wrapped text needs them)
    next(stream)
    ws._rows = stream
    number = iter(range(1, len(rows) + 4))

    def append(cells: list[WriteOnlyCell], height: float = 0) -> None:
        row = next(number)
        for i, c in enumerate(cells, 1):
            c.row, c.column = row, i
        stream.send((row, height, cells))

    title = tr(lang, CONTEXT, QT_TRANSLATE_NOOP("Tracker", "Follow-up sheet — {framework}"))
    append([cell(title.format(framework=framework), font=Font(size=14, bold=True),
                 alignment=Alignment(), border=Border())], 22)  # fmt: skip
    note = tr(
        lang,
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "Tracker",
            "Open commitments on {date}, the most urgent first: blocked, overdue, then the "
            "others. Every commitment, closed ones included, is on the sheet “{sheet}”.",
        ),
    )
    sheet = tr(lang, CONTEXT, QT_TRANSLATE_NOOP("Tracker", "Commitments"))
    append([cell(note.format(date=format_date(today, lang), sheet=sheet),
                 font=Font(size=9, italic=True), alignment=Alignment(), border=Border())])  # fmt: skip
    head = Font(size=FONT_SIZE, bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F3B5C")
    heads = [tr(lang, CONTEXT, h) for h, _w in COLUMNS]
    append([cell(h, font=head, fill=fill) for h in heads], _height(heads))
    shade = PatternFill("solid", fgColor="FDE2E1")
    for x in rows:
        extra = {"fill": shade} if x.urgency == 0 else {}
        texts = [x.reference, x.title, x.lead, x.status, "", "", "", x.next_step, x.who]
        append(
            [
                cell(x.reference, **extra),
                cell(x.title, font=Font(size=FONT_SIZE, bold=x.urgency < 2), **extra),
                cell(x.lead, **extra),
                cell(x.status, **extra),
                cell(x.since, number_format=DATE_FORMATS[lang], **extra),
                cell(x.deadline, number_format=DATE_FORMATS[lang], **extra),
                cell(x.gap, number_format=XOF_FORMAT, **extra),
                cell(x.next_step, **extra),
                cell(x.who, **extra),
            ],
            _height(texts),
        )
    ws.print_area = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 3}"
    return ws


def _height(texts: list[str]) -> float:
    """The height (points) of a row whose cells wrap ``texts`` in their columns."""
    from secframe.exchange.xlsx import wrapped_lines

    lines = max(
        wrapped_lines(t, (w - 1) * 11 / FONT_SIZE)
        for t, (_h, w) in zip(texts, COLUMNS, strict=True)
    )
    return lines * (FONT_SIZE + 3.5) + 4
