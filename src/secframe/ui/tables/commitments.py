"""The columns of the commitments list, and the flags that draw attention to a commitment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP, translate
from secframe.models.enums import STATUS_COLOURS
from secframe.services.commitments import CommitmentRow
from secframe.ui.tables.columns import (
    Column,
    TableSpec,
    date_column,
    enum_column,
    money_column,
    number_column,
    place_label,
    text_column,
)

FLAG_COLOUR = "#b00020"
UNDECIDED_COLOUR = "#9a5b00"


@dataclass(frozen=True)
class CommitmentItem:
    """A commitment as listed, with what the list flags about it."""

    row: CommitmentRow
    undecided_since: date | None = None  # suspended, and no session has decided since
    suspended_undecided: bool = False

    @property
    def id(self) -> int:
        """The commitment's id."""
        return self.row.id

    def days_overdue(self, today: date) -> int:
        """How many days past its deadline an open commitment is (0 when not overdue)."""
        if not self.row.overdue or self.row.deadline is None:
            return 0
        return (today - self.row.deadline).days

    def attention(self, today: date | None = None) -> str:
        """Why the commitment needs attention, in words ('' when it does not)."""
        today = today or date.today()
        parts = []
        if self.row.overdue:
            parts.append(overdue_text(self.days_overdue(today)))
        if self.suspended_undecided:
            if self.undecided_since is not None:
                text = translate(
                    "Attention",
                    QT_TRANSLATE_NOOP("Attention", "Suspended, no decision since {date}"),
                ).format(date=i18n.format_date(self.undecided_since))
            else:
                text = translate(
                    "Attention", QT_TRANSLATE_NOOP("Attention", "Suspended, no decision since")
                )
            parts.append(text)
        return " · ".join(parts)

    @property
    def place(self) -> str:
        """The axis and the locality, the most specific part of the locality first."""
        locality = place_label(self.row.locality) if self.row.locality else ""
        return " / ".join(p for p in (self.row.axis, locality) if p)

    @property
    def needs_attention(self) -> bool:
        """Overdue, or suspended with no decision since."""
        return self.row.overdue or self.suspended_undecided


def overdue_text(days: int) -> str:
    """'Overdue by 12 days', '… by 5 months', '… by 2 years': rounded as people say it."""
    if days < 60:
        if days == 1:
            return translate("Attention", QT_TRANSLATE_NOOP("Attention", "Overdue by 1 day"))
        text = translate("Attention", QT_TRANSLATE_NOOP("Attention", "Overdue by {n} days"))
        return text.format(n=days)
    if days < 730:
        text = translate("Attention", QT_TRANSLATE_NOOP("Attention", "Overdue by {n} months"))
        return text.format(n=days // 30)
    text = translate("Attention", QT_TRANSLATE_NOOP("Attention", "Overdue by {n} years"))
    return text.format(n=days // 365)


def _attention_colour(item: CommitmentItem) -> str | None:
    if item.row.overdue:
        return FLAG_COLOUR
    return UNDECIDED_COLOUR if item.suspended_undecided else None


def _attention_sort(item: CommitmentItem) -> object:
    if not item.needs_attention:
        return None
    return (0 if item.row.overdue else 1, -item.days_overdue(date.today()))


COLUMNS: tuple[Column[CommitmentItem], ...] = (
    number_column("id", QT_TRANSLATE_NOOP("Columns", "N°"), lambda c: c.row.id, hidden=True, width=6),
    text_column("reference", QT_TRANSLATE_NOOP("Columns", "Reference"), lambda c: c.row.reference, width=13),
    text_column("title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda c: c.row.title, width=36),
    enum_column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), lambda c: c.row.kind, width=12, tooltip=lambda c: c.row.kind.definition()),
    text_column("lead", QT_TRANSLATE_NOOP("Columns", "Lead"), lambda c: c.row.lead_member, width=9),
    text_column("partners", QT_TRANSLATE_NOOP("Columns", "Partners"), lambda c: c.row.partners, width=16, hidden=True),
    text_column("place", QT_TRANSLATE_NOOP("Columns", "Place"), lambda c: c.place, width=15, tooltip=lambda c: c.row.place),
    date_column("start", QT_TRANSLATE_NOOP("Columns", "Start"), lambda c: c.row.start_date, hidden=True),
    date_column(
        "deadline", QT_TRANSLATE_NOOP("Columns", "Deadline"), lambda c: c.row.deadline,
        colour=lambda c: FLAG_COLOUR if c.row.overdue else None, bold=lambda c: c.row.overdue,
    ),
    number_column("revisions", QT_TRANSLATE_NOOP("Columns", "Revisions"), lambda c: c.row.revisions, hidden=True),
    enum_column(
        "status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda c: c.row.status, width=9,
        chip=lambda c: STATUS_COLOURS[c.row.status],
        tooltip=lambda c: c.row.last_reason or c.row.status.definition(),
    ),
    date_column("since", QT_TRANSLATE_NOOP("Columns", "Since"), lambda c: c.row.status_since),
    Column(
        "attention", QT_TRANSLATE_NOOP("Columns", "Attention"), lambda c: c.attention(),
        sort=_attention_sort, colour=_attention_colour, bold=lambda c: c.needs_attention, width=20,
    ),
    text_column("reason", QT_TRANSLATE_NOOP("Columns", "Last reason"), lambda c: c.row.last_reason, width=30, hidden=True),
    money_column("needed", QT_TRANSLATE_NOOP("Columns", "Needed"), lambda c: c.row.needed or None, hidden=True),
    money_column("received", QT_TRANSLATE_NOOP("Columns", "Received"), lambda c: c.row.received if c.row.needed else None, hidden=True),
    money_column(
        "gap", QT_TRANSLATE_NOOP("Columns", "Gap"), lambda c: c.row.gap if c.row.needed else None,
        width=12,
    ),
)  # fmt: skip

COMMITMENTS: TableSpec[CommitmentItem] = TableSpec(
    name="commitments",
    context="Columns",
    columns=COLUMNS,
    extra_search=lambda c: " ".join(p for p in (c.row.partners, c.row.last_reason or "") if p),
    default_sort="title",
)


def in_period(item: CommitmentItem, start: date | None, end: date | None) -> bool:
    """Whether a commitment runs during a period (the lists' date filter, as the service's)."""
    row = item.row
    if start is not None and row.deadline is not None and row.deadline < start:
        return False
    return not (end is not None and row.start_date is not None and row.start_date > end)
