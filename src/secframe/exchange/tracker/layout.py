"""The tracker workbook's sheets and columns, shared by the export and the import.

Headers are English source strings translated into the export's language; the import
recognises a column by its header in either language, so columns may be moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from secframe.exchange.labels import tr
from secframe.i18n import QT_TRANSLATE_NOOP, SUPPORTED_LANGUAGES
from secframe.services.matching import fold

CONTEXT = "Tracker"
FORMAT_NAME = "secframe-tracker"
FORMAT_VERSION = 1
META_SHEET = "secframe"


class T(StrEnum):
    """How a column's values are written and read."""

    ID = "id"
    TEXT = "text"
    LONG = "long"  # wrapped text
    DATE = "date"
    DATETIME = "datetime"
    MONEY = "money"
    INT = "int"
    NUMBER = "number"
    ENUM = "enum"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class Col:
    """One column: its key, English header, width (characters), type and whether the
    import reads it back."""

    key: str
    header: str
    width: float
    type: T
    editable: bool = False
    personal: bool = False  # left out of redacted exports
    former: tuple[str, ...] = ()  # headers earlier versions wrote, still recognised on import


@dataclass(frozen=True)
class Sheet:
    """One sheet of the workbook."""

    key: str
    title: str
    columns: tuple[Col, ...]
    freeze: str = "A2"
    checked: bool = True  # rows carry a hidden check so edits to read-only sheets are noticed

    def visible_columns(self, redact: bool) -> tuple[Col, ...]:
        """The columns written for an export, with or without personal data."""
        return tuple(c for c in self.columns if not (redact and c.personal))


def _c(key: str, header: str, width: float, type_: T, **kw: Any) -> Col:
    return Col(key, header, width, type_, **kw)


VERSION = _c("_version", "_version", 4, T.HIDDEN)
CHECK = _c("_check", "_check", 4, T.HIDDEN)

SUMMARY = Sheet("summary", QT_TRANSLATE_NOOP("Tracker", "Summary"), (), checked=False)

COMMITMENTS = Sheet(
    "commitments",
    QT_TRANSLATE_NOOP("Tracker", "Commitments"),
    (
        _c("id", QT_TRANSLATE_NOOP("Tracker", "ID"), 7, T.ID),
        _c("reference", QT_TRANSLATE_NOOP("Tracker", "Reference"), 11, T.TEXT, editable=True),
        _c("title", QT_TRANSLATE_NOOP("Tracker", "Title"), 34, T.LONG, editable=True),
        _c("kind", QT_TRANSLATE_NOOP("Tracker", "Kind"), 15, T.ENUM, editable=True),
        _c("lead", QT_TRANSLATE_NOOP("Tracker", "Lead member"), 14, T.TEXT, editable=True),
        _c("partners", QT_TRANSLATE_NOOP("Tracker", "Partners"), 16, T.LONG, editable=True),
        _c("axis", QT_TRANSLATE_NOOP("Tracker", "Axis"), 18, T.LONG, editable=True),
        _c("locality", QT_TRANSLATE_NOOP("Tracker", "Locality"), 20, T.LONG, editable=True),
        _c("start", QT_TRANSLATE_NOOP("Tracker", "Start"), 12, T.DATE, editable=True),
        _c(
            "original_deadline",
            QT_TRANSLATE_NOOP("Tracker", "Original deadline"),
            12,
            T.DATE,
            editable=True,
        ),
        _c("deadline", QT_TRANSLATE_NOOP("Tracker", "Current deadline"), 12, T.DATE, editable=True),
        _c("revisions", QT_TRANSLATE_NOOP("Tracker", "Revisions"), 10, T.INT),
        _c(
            "revision_reason",
            QT_TRANSLATE_NOOP("Tracker", "Reason for the last deadline revision"),
            22,
            T.LONG,
            editable=True,
        ),
        _c("status", QT_TRANSLATE_NOOP("Tracker", "Status"), 13, T.ENUM, editable=True),
        _c(
            "level",
            QT_TRANSLATE_NOOP("Tracker", "Implementation level (0–3)"),
            13,
            T.INT,
            editable=True,
        ),
        _c(
            "status_on",
            QT_TRANSLATE_NOOP("Tracker", "Date of the last status change"),
            13,
            T.DATE,
            editable=True,
        ),
        _c("cause", QT_TRANSLATE_NOOP("Tracker", "Cause"), 15, T.ENUM, editable=True),
        _c("reason", QT_TRANSLATE_NOOP("Tracker", "Reason"), 26, T.LONG, editable=True),
        _c(
            "unblock_by",
            QT_TRANSLATE_NOOP("Tracker", "Who can unblock it"),
            18,
            T.LONG,
            editable=True,
        ),
        _c("next_step", QT_TRANSLATE_NOOP("Tracker", "Next step"), 26, T.LONG, editable=True),
        _c(
            "next_step_on",
            QT_TRANSLATE_NOOP("Tracker", "Date of the next step"),
            12,
            T.DATE,
            editable=True,
        ),
        _c("needed", QT_TRANSLATE_NOOP("Tracker", "Needed (FCFA)"), 15, T.MONEY),
        _c("pledged", QT_TRANSLATE_NOOP("Tracker", "Pledged (FCFA)"), 15, T.MONEY),
        _c("received", QT_TRANSLATE_NOOP("Tracker", "Received (FCFA)"), 15, T.MONEY),
        _c("gap", QT_TRANSLATE_NOOP("Tracker", "Gap (FCFA)"), 15, T.MONEY),
        _c("results", QT_TRANSLATE_NOOP("Tracker", "Results counted"), 22, T.LONG),
        _c("notes", QT_TRANSLATE_NOOP("Tracker", "Notes"), 30, T.LONG, editable=True),
        VERSION,
    ),
    freeze="D2",
    checked=False,
)

RESOURCES = Sheet(
    "resources",
    QT_TRANSLATE_NOOP("Tracker", "Resource needs"),
    (
        _c("_line", "_line", 4, T.HIDDEN),
        _c("commitment_id", QT_TRANSLATE_NOOP("Tracker", "Commitment ID"), 11, T.ID, editable=True),
        _c("commitment", QT_TRANSLATE_NOOP("Tracker", "Commitment"), 40, T.LONG),
        _c("category", QT_TRANSLATE_NOOP("Tracker", "Category"), 18, T.ENUM, editable=True),
        _c("description", QT_TRANSLATE_NOOP("Tracker", "Description"), 30, T.LONG, editable=True),
        _c("quantity", QT_TRANSLATE_NOOP("Tracker", "Quantity"), 10, T.NUMBER, editable=True),
        _c("unit", QT_TRANSLATE_NOOP("Tracker", "Unit"), 10, T.TEXT, editable=True),
        _c("unit_cost", QT_TRANSLATE_NOOP("Tracker", "Unit cost"), 14, T.MONEY, editable=True),
        _c("currency", QT_TRANSLATE_NOOP("Tracker", "Currency"), 9, T.TEXT, editable=True),
        _c(
            "provider",
            QT_TRANSLATE_NOOP("Tracker", "Funder"),
            18,
            T.TEXT,
            editable=True,
            former=("Provider", "Fournisseur"),
        ),
        _c("pledged", QT_TRANSLATE_NOOP("Tracker", "Pledged"), 15, T.MONEY, editable=True),
        _c("received", QT_TRANSLATE_NOOP("Tracker", "Received"), 15, T.MONEY, editable=True),
        _c("needed", QT_TRANSLATE_NOOP("Tracker", "Needed"), 15, T.MONEY),
        _c("gap", QT_TRANSLATE_NOOP("Tracker", "Gap"), 15, T.MONEY),
        _c("notes", QT_TRANSLATE_NOOP("Tracker", "Notes"), 30, T.LONG, editable=True),
        VERSION,
    ),
    freeze="D2",
    checked=False,
)

HISTORY = Sheet(
    "history",
    QT_TRANSLATE_NOOP("Tracker", "Status history"),
    (
        _c("commitment_id", QT_TRANSLATE_NOOP("Tracker", "Commitment ID"), 11, T.ID),
        _c("commitment", QT_TRANSLATE_NOOP("Tracker", "Commitment"), 40, T.LONG),
        _c("changed_on", QT_TRANSLATE_NOOP("Tracker", "Date"), 12, T.DATE),
        _c("from_status", QT_TRANSLATE_NOOP("Tracker", "From"), 13, T.ENUM),
        _c("to_status", QT_TRANSLATE_NOOP("Tracker", "To"), 13, T.ENUM),
        _c("cause", QT_TRANSLATE_NOOP("Tracker", "Cause"), 15, T.ENUM),
        _c("reason", QT_TRANSLATE_NOOP("Tracker", "Reason"), 40, T.LONG),
        _c("source", QT_TRANSLATE_NOOP("Tracker", "Source"), 24, T.LONG),
        _c("recorded_by", QT_TRANSLATE_NOOP("Tracker", "Recorded by"), 16, T.TEXT, personal=True),
        _c("recorded_at", QT_TRANSLATE_NOOP("Tracker", "Recorded on"), 16, T.DATETIME),
        CHECK,
    ),
    freeze="C2",
)

REVISIONS = Sheet(
    "revisions",
    QT_TRANSLATE_NOOP("Tracker", "Deadline revisions"),
    (
        _c("commitment_id", QT_TRANSLATE_NOOP("Tracker", "Commitment ID"), 11, T.ID),
        _c("commitment", QT_TRANSLATE_NOOP("Tracker", "Commitment"), 40, T.LONG),
        _c("previous", QT_TRANSLATE_NOOP("Tracker", "Previous deadline"), 13, T.DATE),
        _c("new", QT_TRANSLATE_NOOP("Tracker", "New deadline"), 13, T.DATE),
        _c("days", QT_TRANSLATE_NOOP("Tracker", "Days moved"), 10, T.INT),
        _c("reason", QT_TRANSLATE_NOOP("Tracker", "Reason"), 40, T.LONG),
        _c("decided_on", QT_TRANSLATE_NOOP("Tracker", "Decided on"), 12, T.DATE),
        _c("source", QT_TRANSLATE_NOOP("Tracker", "Source"), 24, T.LONG),
        _c("recorded_by", QT_TRANSLATE_NOOP("Tracker", "Recorded by"), 16, T.TEXT, personal=True),
        CHECK,
    ),
    freeze="C2",
)

RESULTS = Sheet(
    "results",
    QT_TRANSLATE_NOOP("Tracker", "Results"),
    (
        _c("commitment_id", QT_TRANSLATE_NOOP("Tracker", "Commitment ID"), 11, T.ID),
        _c("commitment", QT_TRANSLATE_NOOP("Tracker", "Commitment"), 40, T.LONG),
        _c("recorded_on", QT_TRANSLATE_NOOP("Tracker", "Date"), 12, T.DATE),
        _c("unit", QT_TRANSLATE_NOOP("Tracker", "What is counted"), 20, T.ENUM),
        _c("quantity", QT_TRANSLATE_NOOP("Tracker", "How many"), 10, T.INT),
        _c("approximate", QT_TRANSLATE_NOOP("Tracker", "Approximate"), 11, T.TEXT),
        _c("result", QT_TRANSLATE_NOOP("Tracker", "Result"), 24, T.TEXT),
        _c("notes", QT_TRANSLATE_NOOP("Tracker", "Notes"), 40, T.LONG),
        _c("source", QT_TRANSLATE_NOOP("Tracker", "Source"), 24, T.LONG),
        CHECK,
    ),
    freeze="C2",
)

MEMBERS = Sheet(
    "members",
    QT_TRANSLATE_NOOP("Tracker", "Members"),
    (
        _c("id", QT_TRANSLATE_NOOP("Tracker", "ID"), 7, T.ID),
        _c("name", QT_TRANSLATE_NOOP("Tracker", "Name"), 36, T.LONG),
        _c("short_name", QT_TRANSLATE_NOOP("Tracker", "Short name"), 14, T.TEXT),
        _c("category", QT_TRANSLATE_NOOP("Tracker", "Category"), 26, T.ENUM),
        _c("roles", QT_TRANSLATE_NOOP("Tracker", "Roles"), 22, T.LONG),
        _c("status", QT_TRANSLATE_NOOP("Tracker", "Membership"), 12, T.ENUM),
        _c("joined_on", QT_TRANSLATE_NOOP("Tracker", "Member since"), 13, T.DATE),
        _c(
            "representatives",
            QT_TRANSLATE_NOOP("Tracker", "Representatives"),
            44,
            T.LONG,
            personal=True,
        ),
        _c("notes", QT_TRANSLATE_NOOP("Tracker", "Notes"), 36, T.LONG),
        CHECK,
    ),
    freeze="C2",
)

MEETINGS = Sheet(
    "meetings",
    QT_TRANSLATE_NOOP("Tracker", "Meetings and decisions"),
    (
        _c("number", QT_TRANSLATE_NOOP("Tracker", "Session n°"), 10, T.INT),
        _c("held_on", QT_TRANSLATE_NOOP("Tracker", "Date"), 12, T.DATE),
        _c("kind", QT_TRANSLATE_NOOP("Tracker", "Kind"), 22, T.ENUM),
        _c("place", QT_TRANSLATE_NOOP("Tracker", "Place"), 18, T.TEXT),
        _c("chair", QT_TRANSLATE_NOOP("Tracker", "Chair"), 24, T.LONG, personal=True),
        _c("attendance", QT_TRANSLATE_NOOP("Tracker", "Attendance"), 11, T.INT),
        _c("women", QT_TRANSLATE_NOOP("Tracker", "Of whom women"), 11, T.INT),
        _c("decision_no", QT_TRANSLATE_NOOP("Tracker", "Decision n°"), 10, T.INT),
        _c("decision", QT_TRANSLATE_NOOP("Tracker", "Decision"), 50, T.LONG),
        _c("commitments", QT_TRANSLATE_NOOP("Tracker", "Commitments concerned (IDs)"), 16, T.TEXT),
        _c("locked", QT_TRANSLATE_NOOP("Tracker", "Conclusions adopted"), 12, T.TEXT),
        CHECK,
    ),
    freeze="C2",
)

INCIDENTS = Sheet(
    "incidents",
    QT_TRANSLATE_NOOP("Tracker", "Incidents"),
    (
        _c("id", QT_TRANSLATE_NOOP("Tracker", "ID"), 8, T.ID),
        _c("occurred_on", QT_TRANSLATE_NOOP("Tracker", "Date"), 12, T.DATE),
        _c("type", QT_TRANSLATE_NOOP("Tracker", "Type"), 20, T.ENUM),
        _c("sub_type", QT_TRANSLATE_NOOP("Tracker", "Sub-type"), 24, T.LONG),
        _c("locality", QT_TRANSLATE_NOOP("Tracker", "Locality"), 30, T.LONG),
        _c("axis", QT_TRANSLATE_NOOP("Tracker", "Axis"), 22, T.LONG),
        _c("fatalities", QT_TRANSLATE_NOOP("Tracker", "Fatalities"), 10, T.INT),
        _c("actors", QT_TRANSLATE_NOOP("Tracker", "Actors"), 30, T.LONG, personal=True),
        _c("description", QT_TRANSLATE_NOOP("Tracker", "Description"), 50, T.LONG, personal=True),
        _c("source", QT_TRANSLATE_NOOP("Tracker", "Source"), 24, T.LONG),
        _c("verification", QT_TRANSLATE_NOOP("Tracker", "Verification"), 13, T.ENUM),
        _c("time_precision", QT_TRANSLATE_NOOP("Tracker", "Date precision (1–3)"), 11, T.INT),
        _c("geo_precision", QT_TRANSLATE_NOOP("Tracker", "Place precision (1–3)"), 11, T.INT),
        _c("latitude", QT_TRANSLATE_NOOP("Tracker", "Latitude"), 10, T.NUMBER),
        _c("longitude", QT_TRANSLATE_NOOP("Tracker", "Longitude"), 10, T.NUMBER),
        _c("external_id", QT_TRANSLATE_NOOP("Tracker", "External ID"), 13, T.TEXT),
        CHECK,
    ),
    freeze="C2",
)

DATA_SHEETS = (
    COMMITMENTS,
    RESOURCES,
    HISTORY,
    REVISIONS,
    RESULTS,
    MEMBERS,
    MEETINGS,
    INCIDENTS,
)


def header(col: Col, lang: str) -> str:
    """A column's header in ``lang`` (hidden columns keep their technical name)."""
    return col.header if col.type == T.HIDDEN else tr(lang, CONTEXT, col.header)


def sheet_title(sheet: Sheet, lang: str) -> str:
    """A sheet's tab name in ``lang``."""
    return tr(lang, CONTEXT, sheet.title)


def header_index(sheet: Sheet) -> dict[str, Col]:
    """Folded header text (in every language) -> column, to find columns by their header."""
    index: dict[str, Col] = {}
    for col in sheet.columns:
        for lang in SUPPORTED_LANGUAGES:
            index.setdefault(fold(header(col, lang)), col)
        for text in col.former:
            index.setdefault(fold(text), col)
    return index


def find_sheet(names: list[str], sheet: Sheet, recorded: str | None) -> str | None:
    """The tab holding ``sheet``: the name recorded at export, else its title in any language."""
    if recorded and recorded in names:
        return recorded
    wanted = {fold(sheet_title(sheet, lang)) for lang in SUPPORTED_LANGUAGES}
    return next((n for n in names if fold(n) in wanted), None)
