"""Drop-down lists, checks and status colours on the editable sheets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from secframe.exchange.labels import enum_label, tr
from secframe.exchange.tracker.layout import COMMITMENTS, META_SHEET, RESOURCES, Sheet
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.models import CommitmentKind, CommitmentStatus, ResourceCategory, StatusCause
from secframe.models.enums import STATUS_COLOURS

if TYPE_CHECKING:
    from secframe.exchange.xlsx import SheetWriter

C = "Tracker"
# Columns of the hidden sheet holding each list (see export._write_meta).
LIST_COLUMNS = {"status": "D", "kind": "E", "cause": "F", "category": "G", "currency": "H"}
LIST_SIZES = {
    "status": len(CommitmentStatus),
    "kind": len(CommitmentKind),
    "cause": len(StatusCause),
    "category": len(ResourceCategory),
    "currency": 2,
}
CHOOSE = QT_TRANSLATE_NOOP("Tracker", "Choose a value from the list.")
LEVEL = QT_TRANSLATE_NOOP("Tracker", "Enter a whole number from 0 (not started) to 3 (full).")
NOT_IN_LIST = QT_TRANSLATE_NOOP("Tracker", "Value not in the list")


def add_validations(writer: SheetWriter, sheet: Sheet, lang: str) -> None:
    """Lists for status, kind, cause, category and currency; a 0–3 check for the level."""
    if sheet is COMMITMENTS:
        for key in ("kind", "status", "cause"):
            _list(writer, key, key, lang)
        _level(writer, lang)
        _status_colours(writer, lang)
    elif sheet is RESOURCES:
        _list(writer, "category", "category", lang)
        _list(writer, "currency", "currency", lang)


def _range(writer: SheetWriter, key: str) -> str:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(writer.column_index(key))
    last = max(writer.rows_written + 1, 2) + 500  # room for rows added by the recipient
    return f"{letter}2:{letter}{last}"


def _list(writer: SheetWriter, column: str, list_key: str, lang: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    letter = LIST_COLUMNS[list_key]
    source = f"{META_SHEET}!${letter}$2:${letter}${LIST_SIZES[list_key] + 1}"
    dv = DataValidation(type="list", formula1=source, allow_blank=True)
    dv.error = tr(lang, C, CHOOSE)
    dv.errorTitle = tr(lang, C, NOT_IN_LIST)
    dv.showErrorMessage = True
    dv.add(_range(writer, column))
    writer.ws.data_validations.append(dv)


def _level(writer: SheetWriter, lang: str) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    dv = DataValidation(
        type="whole", operator="between", formula1="0", formula2="3", allow_blank=True
    )
    dv.error = tr(lang, C, LEVEL)
    dv.errorTitle = tr(lang, C, NOT_IN_LIST)
    dv.showErrorMessage = True
    dv.add(_range(writer, "level"))
    writer.ws.data_validations.append(dv)


def _status_colours(writer: SheetWriter, lang: str) -> None:
    """Each status cell takes its colour from the word in it, also after an edit."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill

    cells = _range(writer, "status")
    for status, colour in STATUS_COLOURS.items():
        word = enum_label(status, lang).replace('"', '""')
        fill = PatternFill("solid", bgColor=colour.lstrip("#"), fgColor=colour.lstrip("#"))
        rule = CellIsRule(operator="equal", formula=[f'"{word}"'], fill=fill, font=Font(bold=True))
        writer.ws.conditional_formatting.add(cells, rule)
