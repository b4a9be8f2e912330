"""What an import found and did: counts, changes, and every problem with its place in the file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from secframe.i18n import QT_TRANSLATE_NOOP, Message, format_number, msg, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from secframe.db import Database
    from secframe.jobs import JobState


class Severity(StrEnum):
    """An error stops the whole import; a warning says what was left out."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """A problem at a place in the file (sheet, row number as shown, column header)."""

    severity: Severity
    message: Message
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def location(self) -> str:
        """Where the problem is, in the user's language."""
        parts = []
        if self.sheet:
            parts.append(self.sheet)
        if self.row is not None:
            parts.append(
                translate("Exchange", QT_TRANSLATE_NOOP("Exchange", "row {row}")).format(
                    row=self.row
                )
            )
        if self.column:
            parts.append(
                translate("Exchange", QT_TRANSLATE_NOOP("Exchange", "column “{column}”")).format(
                    column=self.column
                )
            )
        return ", ".join(parts)

    def __str__(self) -> str:
        return labelled(self.location(), str(self.message))


def labelled(label: str, text: str) -> str:
    """ "label: text" with the punctuation of the user's language (no label: the text)."""
    if not label:
        return text
    return translate("Exchange", QT_TRANSLATE_NOOP("Exchange", "{label}: {text}")).format(
        label=label, text=text
    )


@dataclass(frozen=True)
class Change:
    """One record created, changed or removed, described for the preview."""

    message: Message
    sheet: str = ""
    row: int | None = None

    def __str__(self) -> str:
        where = Issue(Severity.WARNING, self.message, self.sheet, self.row).location()
        return labelled(where, str(self.message))


@dataclass
class Tally:
    """How many records of one kind an import creates, updates, leaves, removes or skips."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: int = 0
    kept: int = 0  # left as they are: the copy in secframe is newer than the file's

    @property
    def total_changes(self) -> int:
        """Records written."""
        return self.created + self.updated + self.removed


ENTITY_LABELS = {
    "commitments": QT_TRANSLATE_NOOP("Exchange", "Commitments"),
    "resources": QT_TRANSLATE_NOOP("Exchange", "Resource needs"),
    "status_changes": QT_TRANSLATE_NOOP("Exchange", "Status changes"),
    "deadline_revisions": QT_TRANSLATE_NOOP("Exchange", "Deadline revisions"),
    "incidents": QT_TRANSLATE_NOOP("Exchange", "Incidents"),
    "places": QT_TRANSLATE_NOOP("Exchange", "Places"),
    "members": QT_TRANSLATE_NOOP("Exchange", "Members"),
    "axes": QT_TRANSLATE_NOOP("Exchange", "Axes"),
}
TALLY_WORDS = {
    "created": QT_TRANSLATE_NOOP("Exchange", "{n} created"),
    "updated": QT_TRANSLATE_NOOP("Exchange", "{n} updated"),
    "unchanged": QT_TRANSLATE_NOOP("Exchange", "{n} unchanged"),
    "removed": QT_TRANSLATE_NOOP("Exchange", "{n} removed"),
    "skipped": QT_TRANSLATE_NOOP("Exchange", "{n} left out"),
    "kept": QT_TRANSLATE_NOOP("Exchange", "{n} kept (newer in secframe than in the file)"),
}


@dataclass
class ImportReport:
    """The preview of an import (``applied`` False) or what it wrote."""

    source: str
    kind: str
    tallies: dict[str, Tally] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    mapping: Any = None
    as_of: date | None = None  # the date a foreign tracker's statuses are dated
    applied: bool = False
    cancelled: bool = False

    def tally(self, key: str) -> Tally:
        """The counts of one kind of record (created on first use)."""
        return self.tallies.setdefault(key, Tally())

    def error(
        self, message: Message, sheet: str = "", row: int | None = None, column: str = ""
    ) -> None:
        """Record a problem that stops the import."""
        self.issues.append(Issue(Severity.ERROR, message, sheet, row, column))

    def warning(
        self, message: Message, sheet: str = "", row: int | None = None, column: str = ""
    ) -> None:
        """Record something the import leaves out or does differently than asked."""
        self.issues.append(Issue(Severity.WARNING, message, sheet, row, column))

    def change(self, message: Message, sheet: str = "", row: int | None = None) -> None:
        """Describe one record written."""
        self.changes.append(Change(message, sheet, row))

    @property
    def errors(self) -> list[Issue]:
        """Problems that stop the import."""
        return [i for i in self.issues if i.severity == Severity.ERROR]

    @property
    def warnings(self) -> list[Issue]:
        """Things left out."""
        return [i for i in self.issues if i.severity == Severity.WARNING]

    @property
    def has_errors(self) -> bool:
        """True when nothing may be written."""
        return any(i.severity == Severity.ERROR for i in self.issues)

    @property
    def changes_count(self) -> int:
        """Records the import writes."""
        return sum(t.total_changes for t in self.tallies.values())

    def tally_lines(self) -> list[str]:
        """One line per kind of record, e.g. "Commitments: 2 created, 3 updated, 7 unchanged"."""
        lines = []
        for key, label in ENTITY_LABELS.items():
            t = self.tallies.get(key)
            if t is None:
                continue
            parts = [
                translate("Exchange", TALLY_WORDS[name]).format(n=format_number(getattr(t, name)))
                for name in TALLY_WORDS
                if getattr(t, name)
                or (name == "unchanged" and key in ("commitments", "resources", "incidents"))
            ]
            if parts:
                lines.append(labelled(translate("Exchange", label), ", ".join(parts)))
        return lines


class _Rollback(Exception):
    """Ends a preview: the unit of work is rolled back."""


def write_unless_preview(
    db: Database,
    source: str,
    report: ImportReport,
    state: JobState,
    work: Callable[[Session], None],
    *,
    dry_run: bool,
) -> ImportReport:
    """Run ``work`` in one unit of work and keep what it wrote only when this is no dry run
    and ``report`` holds no error (``report.applied`` then becomes True)."""
    from secframe.services.undo import name_action

    try:
        with db.write(source) as session:
            name_action(session, source)  # Edit › Undo « Import of tracker.xlsx », as one action
            work(session)
            session.flush()  # what the use cases left for one flush: a dry run writes it too
            state.check()
            if dry_run or report.has_errors:
                raise _Rollback
    except _Rollback:
        return report
    report.applied = True
    return report


def text(source: str, **params: Any) -> Message:
    """A message of the "Exchange" context (``source`` marked with QT_TRANSLATE_NOOP)."""
    return msg("Exchange", source, **params)
