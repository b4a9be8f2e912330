"""Redaction that holds: every person the database knows, every phone number and e-mail
address, taken out of any text before it leaves the framework.

``redactor_for(session, lang)`` builds a ``Redactor`` from the people the database knows
(representatives, session chairs and attendees, the accounts that recorded changes or adopted
a session's conclusions) and their phone numbers; calling it on a text replaces each of them —
names in any case, with or without accents, in either order — by the person's role or
« [retiré] ». ``redact_all``
applies it to every text of a result (frozen dataclasses, rows, lists): the export, the brief
and the minutes call it on what they are about to write.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import permutations
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe import i18n
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.services.matching import fold

T = TypeVar("T")
CONTEXT = "Redaction"
REMOVED = QT_TRANSLATE_NOOP("Redaction", "[removed]")
REPRESENTATIVE = QT_TRANSLATE_NOOP("Redaction", "[representative of {member}]")
TITLED = QT_TRANSLATE_NOOP("Redaction", "[{title}, {member}]")
CHAIR = QT_TRANSLATE_NOOP("Redaction", "[session chair]")
ATTENDEE = QT_TRANSLATE_NOOP("Redaction", "[participant]")

_WORD = re.compile(r"\w+")
_SEPARATOR = r"[\W_]+"
# Phone numbers: Mali's eight digits in pairs (76 12 34 56, 76.12.34.56), eight digits in a
# row, or any international number (+223 …, 00223 …); amounts such as 15 000 000 are not.
_PHONE = re.compile(
    r"(?<![\w+])(?!(?:19|20)\d\d[\-/](?:19|20)\d\d(?!\w))"  # a span of years is not a phone
    r"(?:(?:\+|00)\d{1,3}[\s.\-/]?)?(?:\(0\)\s?)?"
    r"\d{2}(?:[\s.\-/]?\d{2}){3}(?![\w])"
    r"|(?<![\w+])(?:\+|00)\d[\d\s.\-/]{6,}\d(?!\w)"
)
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
MIN_TOKEN = 2


def _fold_mapped(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each of its characters, the index it came from in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        folded = char if char.isspace() else fold(char)
        out.append(folded)
        where.extend([i] * len(folded))
    return "".join(out), where


@dataclass(frozen=True)
class Person:
    """Someone the database names, and what to write in their place."""

    name: str
    replacement: str


@dataclass
class _Pattern:
    regex: re.Pattern[str]
    replacement: str


class Redactor:
    """Replaces known people, phone numbers and e-mail addresses in texts."""

    def __init__(
        self, people: Iterable[Person], phones: Iterable[str] = (), removed: str = "[retiré]"
    ) -> None:
        self.removed = removed
        self._by_token: dict[str, list[_Pattern]] = {}
        for person in people:
            tokens = [t for t in _WORD.findall(fold(person.name)) if len(t) >= MIN_TOKEN]
            if not tokens:
                continue
            orders = permutations(tokens) if len(tokens) <= 3 else (tokens, tokens[::-1])
            body = "|".join(_SEPARATOR.join(map(re.escape, order)) for order in orders)
            pattern = _Pattern(re.compile(rf"(?<!\w)(?:{body})(?!\w)"), person.replacement)
            for token in set(tokens):
                self._by_token.setdefault(token, []).append(pattern)
        digits = {re.sub(r"\D", "", p) for p in phones}
        known = [r"[\s.\-/]?".join(d) for d in sorted(digits, key=len, reverse=True) if len(d) >= 6]
        self._phones = re.compile(rf"(?<!\d)(?:{'|'.join(known)})(?!\d)") if known else None

    def __call__(self, text: str) -> str:
        """``text`` with every known person, phone number and e-mail address replaced."""
        if not text:
            return text
        # Addresses first: a name inside one (aminata.maiga@…) would otherwise be replaced
        # alone, leaving the rest of the address unrecognisable and printed.
        text = _EMAIL.sub(self.removed, text)
        text = self._people(text)
        if self._phones is not None:
            text = self._phones.sub(self.removed, text)
        return _PHONE.sub(self.removed, text)

    def _people(self, text: str) -> str:
        candidates = {
            id(p): p for t in _WORD.findall(fold(text)) for p in self._by_token.get(t, ())
        }
        if not candidates:
            return text
        folded, where = _fold_mapped(text)
        spans: list[tuple[int, int, str]] = []
        for pattern in candidates.values():
            for m in pattern.regex.finditer(folded):
                spans.append((where[m.start()], where[m.end() - 1] + 1, pattern.replacement))
        kept: list[tuple[int, int, str]] = []
        for start, end, replacement in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
            if not kept or start >= kept[-1][1]:
                kept.append((start, end, replacement))
        for start, end, replacement in reversed(kept):
            text = text[:start] + replacement + text[end:]
        return text


def redactor_for(session: Session, translate: Callable[[str], str] | None = None) -> Redactor:
    """A redactor for every person the database knows; ``translate`` gives the replacement
    words (sources in the "Redaction" context) in the document's language (default: the
    current language)."""
    words = translate or (lambda source: i18n.translate(CONTEXT, source))
    return Redactor(*_known_people(session, words), removed=words(REMOVED))


def _known_people(session: Session, words: Callable[[str], str]) -> tuple[list[Person], set[str]]:
    from secframe.models import Meeting, Member, Representative
    from secframe.models.audit import AuditEntry
    from secframe.models.commitment import DeadlineRevision, StatusChange
    from secframe.models.meeting import Attendance, MeetingSnapshot

    people: list[Person] = []
    phones: set[str] = set()
    rows = session.execute(
        select(Representative.name, Representative.title, Representative.phone, Member)
        .join(Member, Representative.member_id == Member.id)
    ).all()  # fmt: skip
    for name, title, phone, member in rows:
        label = member.short_name or member.name
        if title:
            replacement = words(TITLED).format(title=title, member=label)
        else:
            replacement = words(REPRESENTATIVE).format(member=label)
        people.append(Person(name, replacement))
        if phone:
            phones.add(phone)
    for (chair,) in session.execute(select(Meeting.chair).distinct()):
        if chair:
            people.append(Person(chair, words(CHAIR)))
    for (attendee,) in session.execute(select(Attendance.name).distinct()):
        if attendee:
            people.append(Person(attendee, words(ATTENDEE)))
    removed = words(REMOVED)
    accounts = (
        AuditEntry.user, StatusChange.recorded_by, DeadlineRevision.recorded_by,
        Meeting.locked_by, MeetingSnapshot.taken_by,  # who adopted a session's conclusions
    )  # fmt: skip
    for column in accounts:
        for (account,) in session.execute(select(column).distinct()):
            if account:
                people.append(Person(account, removed))
    # Longer names first, so that "Ag Intalla Mohamed" wins over "Mohamed".
    people.sort(key=lambda p: len(p.name), reverse=True)
    return people, phones


def redact_all(value: T, redactor: Callable[[str], str]) -> T:
    """``value`` with ``redactor`` applied to every text in it: strings, and the strings in
    frozen dataclasses, tuples, lists and dicts (keys and enums are kept)."""
    return _redact(value, redactor)  # type: ignore[no-any-return]


def _redact(value: Any, redactor: Callable[[str], str]) -> Any:
    if type(value) is str:
        return redactor(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _redact(getattr(value, f.name), redactor)
            for f in dataclasses.fields(value)
            if f.init
        }
        return dataclasses.replace(value, **changes)
    if isinstance(value, list):
        return [_redact(v, redactor) for v in value]
    if isinstance(value, tuple):
        items = [_redact(v, redactor) for v in value]
        return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
    if isinstance(value, dict):
        return {k: _redact(v, redactor) for k, v in value.items()}
    return value
