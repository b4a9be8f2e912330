"""The columns of the Sessions page's two lists: a framework's sessions and a session's review.

Both follow the lists' recipe (``secframe.ui.tables``): a ``TableSpec`` shown through the shared
``RecordTableModel``, ``RecordFilterProxy`` and ``RecordTableView`` (named columns, sort role,
translated titles, remembered widths and columns, the column chooser).
"""

from __future__ import annotations

from secframe.i18n import QT_TRANSLATE_NOOP, format_date, translate
from secframe.models.enums import STATUS_COLOURS
from secframe.services.meetings import MeetingInfo
from secframe.services.review import ReviewEntryInfo, ReviewItem
from secframe.ui.meetings.review_dialog import describe_entry
from secframe.ui.tables import (
    TableSpec,
    date_column,
    enum_column,
    money_column,
    number_column,
    text_column,
)
from secframe.ui.tables.columns import place_label

CONTEXT = "MeetingTables"
FLAG_COLOUR = "#b00020"  # as the commitments list flags what is overdue
LOCKED_COLOUR = "#7a7a7a"


def _conclusions(m: MeetingInfo) -> str:
    if m.locked:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("MeetingTables", "Adopted"))
    return translate(CONTEXT, QT_TRANSLATE_NOOP("MeetingTables", "To adopt"))


def _conclusions_tip(m: MeetingInfo) -> str:
    if m.locked:
        return translate(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "MeetingTables",
                "Conclusions adopted at a later session: the session is locked (read-only)",
            ),
        )
    return translate(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "MeetingTables", "Conclusions not adopted yet: the session can still be changed"
        ),
    )


def _summary(m: MeetingInfo) -> str:
    return " — ".join(p for p in (m.kind.label(), m.place or "") if p)


SESSIONS: TableSpec[MeetingInfo] = TableSpec(
    name="sessions",
    context=CONTEXT,
    columns=(
        number_column("number", QT_TRANSLATE_NOOP("MeetingTables", "N°"), lambda m: m.number, width=4),
        date_column("held_on", QT_TRANSLATE_NOOP("MeetingTables", "Date"), lambda m: m.held_on, tooltip=_summary),
        enum_column("kind", QT_TRANSLATE_NOOP("MeetingTables", "Kind"), lambda m: m.kind, width=22, hidden=True),
        text_column("place", QT_TRANSLATE_NOOP("MeetingTables", "Place"), lambda m: m.place, width=24, hidden=True),
        text_column("chair", QT_TRANSLATE_NOOP("MeetingTables", "Chair"), lambda m: m.chair, width=24, hidden=True),
        number_column("attendance", QT_TRANSLATE_NOOP("MeetingTables", "Present"), lambda m: len(m.attendance), hidden=True),
        number_column("decisions", QT_TRANSLATE_NOOP("MeetingTables", "Decisions"), lambda m: len(m.decisions), width=8, hidden=True),
        text_column(
            "conclusions", QT_TRANSLATE_NOOP("MeetingTables", "Conclusions"), _conclusions, width=10,
            sort=lambda m: m.locked, colour=lambda m: LOCKED_COLOUR if m.locked else None,
            tooltip=_conclusions_tip,
        ),
    ),
    default_sort="number",
    descending=True,
)  # fmt: skip


def _deadline(i: ReviewItem) -> str:
    text = format_date(i.commitment.deadline) if i.commitment.deadline else ""
    if i.commitment.overdue:
        text += " — " + translate(CONTEXT, QT_TRANSLATE_NOOP("MeetingTables", "overdue"))
    return text


def _review(i: ReviewItem) -> str:
    if i.entry is None:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("MeetingTables", "To review"))
    return describe_entry(i.entry)


def _note(entry: ReviewEntryInfo | None) -> str:
    return (entry.note or "") if entry is not None else ""


def _place(i: ReviewItem) -> str:
    c = i.commitment
    return " / ".join(p for p in (c.axis, place_label(c.locality) if c.locality else "") if p)


REVIEW: TableSpec[ReviewItem] = TableSpec(
    name="session_review",
    context=CONTEXT,
    columns=(
        text_column("title", QT_TRANSLATE_NOOP("MeetingTables", "Commitment"), lambda i: i.commitment.title, width=26),
        enum_column("kind", QT_TRANSLATE_NOOP("MeetingTables", "Kind"), lambda i: i.commitment.kind, width=12, hidden=True),
        text_column("lead", QT_TRANSLATE_NOOP("MeetingTables", "Lead"), lambda i: i.commitment.lead_member, width=9),
        text_column("place", QT_TRANSLATE_NOOP("MeetingTables", "Place"), _place, width=15, hidden=True,
                    tooltip=lambda i: i.commitment.place),
        enum_column(
            "status", QT_TRANSLATE_NOOP("MeetingTables", "Status"), lambda i: i.commitment.status, width=9,
            chip=lambda i: STATUS_COLOURS[i.commitment.status], tooltip=lambda i: i.commitment.last_reason,
        ),
        date_column(
            "deadline", QT_TRANSLATE_NOOP("MeetingTables", "Deadline"), lambda i: i.commitment.deadline,
            text=_deadline, width=20,
            colour=lambda i: FLAG_COLOUR if i.commitment.overdue else None, bold=lambda i: i.commitment.overdue,
        ),
        money_column(
            "gap", QT_TRANSLATE_NOOP("MeetingTables", "Gap"),
            lambda i: i.commitment.gap if i.commitment.needed else None, width=12,
        ),
        text_column(
            "review", QT_TRANSLATE_NOOP("MeetingTables", "Review"), _review, width=16,
            sort=lambda i: (i.entry is not None, _review(i)), bold=lambda i: i.entry is None,
        ),
        text_column("note", QT_TRANSLATE_NOOP("MeetingTables", "Note"), lambda i: _note(i.entry), width=30),
    ),
    row_id=lambda i: i.commitment.id,
    default_sort="title",
)  # fmt: skip
