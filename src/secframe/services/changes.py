"""What a write changed, so that views refresh only that (in the spirit of Anki's ``OpChanges``).

A ``Changes`` names the kinds of records a unit of work touched (the model class names:
``COMMITMENT``, ``MEMBER``…) and, when known, their ids::

    changes = Changes.of(COMMITMENT, 42)           # commitment 42 was created, changed or deleted
    changes = Changes.of(MEETING)                  # some sessions changed (ids unknown)
    changes.touches(COMMITMENT, RESOURCE_NEED)     # True if any record of these kinds changed
    changes.ids_of(COMMITMENT)                     # frozenset({42}), or None when not known
    changes | other                                # both

``EVERYTHING`` says "anything may have changed" (an import, another database): views reload.

Every ``Database.write()`` session notes the records it flushes; ``recorded(session)`` turns
that note into a ``Changes`` (a record that belongs to a commitment — a resource line, a status
change, a partner — also names its commitment, whose row in a list shows it; a review, a
decision, an attendance also names its session). A use case returns it with its result
(``Saved(value, changes)``); the desktop app's write operations announce it through
``AppContext.data_changed`` and each page refreshes what it shows of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:  # the desktop app imports this module before SQLAlchemy (start-up time)
    from sqlalchemy.orm import Session

COMMITMENT = "Commitment"
COMMITMENT_PARTNER = "CommitmentPartner"
RESOURCE_NEED = "ResourceNeed"
STATUS_CHANGE = "StatusChange"
DEADLINE_REVISION = "DeadlineRevision"
MEMBER = "Member"
FRAMEWORK = "Framework"
MEETING = "Meeting"
INCIDENT = "Incident"
LOCALITY = "Locality"
AXIS = "Axis"

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The kinds of records a write changed and, when known, which ones (by id)."""

    kinds: frozenset[str] = frozenset()
    ids: frozenset[tuple[str, int]] = frozenset()
    everything: bool = False
    vague: frozenset[str] = frozenset()  # kinds changed without saying which records

    @classmethod
    def of(cls, kind: str, *ids: int) -> Changes:
        """Records of one kind: those ids, or (no ids) some records of that kind."""
        if not kind:
            return EVERYTHING
        if not ids:
            return cls(frozenset({kind}), vague=frozenset({kind}))
        return cls(frozenset({kind}), frozenset((kind, i) for i in ids))

    @classmethod
    def of_records(cls, records: Iterable[tuple[str, int | None]]) -> Changes:
        """Changes from (kind, id) pairs; an id of None makes its kind vague."""
        pairs = list(records)
        kinds = frozenset(k for k, _ in pairs)
        ids = frozenset((k, i) for k, i in pairs if i is not None)
        vague = frozenset(k for k, i in pairs if i is None)
        return cls(kinds, ids, vague=vague)

    def touches(self, *kinds: str) -> bool:
        """Whether records of any of these kinds (or anything) changed."""
        return self.everything or not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: str) -> frozenset[int] | None:
        """The ids of the changed records of ``kind`` (empty: none changed), or None when
        which ones is not known."""
        if self.everything or kind in self.vague:
            return None
        return frozenset(i for k, i in self.ids if k == kind)

    def only(self, *kinds: str) -> bool:
        """Whether nothing but records of these kinds changed."""
        return not self.everything and self.kinds <= set(kinds)

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        if self.everything or other.everything:
            return EVERYTHING
        return Changes(
            self.kinds | other.kinds, self.ids | other.ids, vague=self.vague | other.vague
        )


EVERYTHING = Changes(everything=True)
NOTHING = Changes()


@dataclass(frozen=True)
class Saved(Generic[T]):
    """What a write use case returns: its result and what it changed."""

    value: T
    changes: Changes = field(default=NOTHING)


def recorded(session: Session) -> Changes:
    """What this session's flushes changed so far (see ``SecframeSession.changed_records``)."""
    records = getattr(session, "changed_records", None)
    if records is None:
        return NOTHING
    return Changes.of_records(records())


def as_changes(value: Changes | str | None) -> Changes:
    """A ``Changes`` from a kind's name ("" or None: anything may have changed)."""
    if isinstance(value, Changes):
        return value
    return Changes.of(value) if value else EVERYTHING
