"""Human references of commitments, such as « TBT-2019-007 »: the framework's code, the year
the commitment starts (else its deadline's, else the year it was recorded) and a number that
follows the largest already given for that code and year. A reference typed by the user or
read from a tracker is kept; one is given only to a commitment that has none.

The migration ``0004_references`` gave references to the commitments recorded before, with a
frozen copy of the rules of the time (the first three letters of the place: « TOM »); those
frameworks keep that code, since their references may already be printed or exported.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from secframe.models import Commitment, Framework
from secframe.services.matching import fold

# Words of a framework's short name that do not say where it is.
GENERIC_WORDS = frozenset(
    {"cgcs", "cadre", "forum", "comite", "de", "du", "des", "la", "le", "les", "l", "d", "et"}
)


def labelled(reference: str | None, title: str) -> str:
    """A commitment as named to users: « TBT-2019-007 · Patrouilles … » (its title alone when
    it has no reference)."""
    return f"{reference} · {title}" if reference else title


def labelled_sql() -> ColumnElement[str]:
    """``labelled`` as an SQL expression on ``Commitment``."""
    return case(
        (
            func.coalesce(Commitment.reference, "") != "",
            Commitment.reference + " · " + Commitment.title,
        ),
        else_=Commitment.title,
    )


_VOWELS = frozenset("aeiouy")
# A reference the app gives: code, year, number (« TBT-2019-007 », « TBT2-2020-001 »).
_GIVEN = re.compile(r"([A-Z]{2,3}[0-9]*)-[0-9]{4}-[0-9]{3,}")


def framework_code(short_name: str) -> str:
    """The letters that start a framework's references, from the first word of its short name
    that names a place, as places are abbreviated in Mali: the consonants that open its
    syllables (« CGCS Tombouctou-Taoudéni » → TBT, « Forum Bourem-Inaly » → BRM), completed
    by its other letters when there are fewer than three (« CGCS Gao » → GAO, Kidal → KDL)."""
    words = [w for w in re.split(r"[^a-z0-9]+", fold(short_name)) if w]
    word = ([w for w in words if w not in GENERIC_WORDS] or words or ["cadre"])[0]
    openers = [0] + [
        i
        for i in range(1, len(word) - 1)
        if word[i] not in _VOWELS and word[i + 1] in _VOWELS and word[i - 1] != word[i]
    ]
    consonants = [i for i in range(1, len(word)) if word[i] not in _VOWELS]
    chosen = openers[:3]
    for extra in (consonants, range(1, len(word))):
        for i in extra:
            if len(chosen) < 3 and i not in chosen:
                chosen.append(i)
        chosen.sort()
    return "".join(word[i] for i in chosen[:3]).upper()


def _codes_in_use(session: Session, framework_id: int | None = None) -> dict[int, str]:
    """The code each framework's given references carry (the most used, if several)."""
    query = select(Commitment.framework_id, Commitment.reference).where(
        func.coalesce(Commitment.reference, "") != ""
    )
    if framework_id is not None:
        query = query.where(Commitment.framework_id == framework_id)
    found: dict[int, Counter[str]] = {}
    for owner, reference in session.execute(query):
        match = _GIVEN.fullmatch((reference or "").strip())
        if match:
            found.setdefault(owner, Counter())[match.group(1)] += 1
    return {owner: counts.most_common(1)[0][0] for owner, counts in found.items()}


def framework_codes(session: Session) -> dict[int, str]:
    """Every framework's code. A framework whose commitments already carry given references
    keeps the code they carry (references are stable: briefs and trackers already printed
    quote them); another derives it from its short name, with a digit when another framework
    already uses the same code."""
    in_use = _codes_in_use(session)
    codes: dict[int, str] = {}
    for ident, short_name in session.execute(
        select(Framework.id, Framework.short_name).order_by(Framework.id)
    ):
        if ident in in_use:
            codes[ident] = in_use[ident]
            continue
        code = framework_code(short_name)
        taken = set(codes.values()) | set(in_use.values())
        number = 1
        while (code if number == 1 else f"{code}{number}") in taken:
            number += 1
        codes[ident] = code if number == 1 else f"{code}{number}"
    return codes


def framework_code_of(session: Session, framework_id: int) -> str:
    """One framework's code (``framework_codes``, reading only its references when it has
    given some)."""
    own = _codes_in_use(session, framework_id)
    return own.get(framework_id) or framework_codes(session)[framework_id]


def reference_year(c: Commitment, today: date | None = None) -> int:
    """The year in a commitment's reference."""
    for day in (c.start_date, c.original_deadline, c.deadline):
        if day is not None:
            return day.year
    created = getattr(c, "created_at", None)
    return created.year if created is not None else (today or date.today()).year


def next_reference(session: Session, framework_id: int, year: int) -> str:
    """The next free reference of a framework for a year (« TBT-2019-008 »)."""
    prefix = f"{framework_code_of(session, framework_id)}-{year}-"
    used = session.scalars(
        select(Commitment.reference).where(Commitment.reference.like(f"{prefix}%"))
    )
    numbers = [int(r[len(prefix) :]) for r in used if r and r[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def give_reference(session: Session, c: Commitment, today: date | None = None) -> None:
    """Give a commitment without a reference the next one of its framework and year."""
    if not (c.reference or "").strip():
        c.reference = next_reference(session, c.framework_id, reference_year(c, today))
