"""Human references of commitments, such as « TOM-2019-007 »: the framework's code, the year
the commitment starts (else its deadline's, else the year it was recorded) and a number that
follows the largest already given for that code and year. A reference typed by the user or
read from a tracker is kept; one is given only to a commitment that has none.

The migration ``0004_references`` gave references to the commitments recorded before, with a
frozen copy of these rules (a migration must not change when the code does).
"""

from __future__ import annotations

import re
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
    """A commitment as named to users: « TOM-2019-007 · Patrouilles … » (its title alone when
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


def framework_code(short_name: str) -> str:
    """The letters that start a framework's references: the first three letters of the first
    word that names a place (« CGCS Tombouctou-Taoudéni » → TOM, « CGCS Gao » → GAO)."""
    words = [w for w in re.split(r"[^a-z0-9]+", fold(short_name)) if w]
    significant = [w for w in words if w not in GENERIC_WORDS] or words or ["cad"]
    return significant[0][:3].upper()


def framework_codes(session: Session) -> dict[int, str]:
    """Every framework's code; a code already taken by an older framework gets a digit."""
    codes: dict[int, str] = {}
    taken: dict[str, int] = {}
    for ident, short_name in session.execute(
        select(Framework.id, Framework.short_name).order_by(Framework.id)
    ):
        code = framework_code(short_name)
        taken[code] = taken.get(code, 0) + 1
        codes[ident] = code if taken[code] == 1 else f"{code}{taken[code]}"
    return codes


def reference_year(c: Commitment, today: date | None = None) -> int:
    """The year in a commitment's reference."""
    for day in (c.start_date, c.original_deadline, c.deadline):
        if day is not None:
            return day.year
    created = getattr(c, "created_at", None)
    return created.year if created is not None else (today or date.today()).year


def next_reference(session: Session, framework_id: int, year: int) -> str:
    """The next free reference of a framework for a year (« TOM-2019-008 »)."""
    prefix = f"{framework_codes(session)[framework_id]}-{year}-"
    used = session.scalars(
        select(Commitment.reference).where(Commitment.reference.like(f"{prefix}%"))
    )
    numbers = [int(r[len(prefix) :]) for r in used if r and r[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def give_reference(session: Session, c: Commitment, today: date | None = None) -> None:
    """Give a commitment without a reference the next one of its framework and year."""
    if not (c.reference or "").strip():
        c.reference = next_reference(session, c.framework_id, reference_year(c, today))
