"""Every commitment gets a human reference (« TOM-2019-007 »): framework code, year, number.

Commitments recorded without one are given the next free number of their framework and year,
in the order they start. The rules are a frozen copy of services.commitments.references.

Revision ID: 0004_references
Revises: 0002_incident_source_timestamp
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_references"
down_revision: str | None = "0002_incident_source_timestamp"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENERIC = {"cgcs", "cadre", "forum", "comite", "de", "du", "des", "la", "le", "les", "l", "d", "et"}

frameworks = sa.table("frameworks", sa.column("id", sa.Integer), sa.column("short_name", sa.String))
commitments = sa.table(
    "commitments",
    sa.column("id", sa.Integer),
    sa.column("framework_id", sa.Integer),
    sa.column("reference", sa.String),
    sa.column("start_date", sa.Date),
    sa.column("original_deadline", sa.Date),
    sa.column("deadline", sa.Date),
    sa.column("created_at", sa.DateTime),
)


def _code(short_name: str) -> str:
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", short_name) if not unicodedata.combining(c)
    ).casefold()
    words = [w for w in re.split(r"[^a-z0-9]+", folded) if w]
    significant = [w for w in words if w not in GENERIC] or words or ["cad"]
    return significant[0][:3].upper()


def upgrade() -> None:
    conn = op.get_bind()
    codes: dict[int, str] = {}
    taken: dict[str, int] = {}
    for ident, short_name in conn.execute(
        sa.select(frameworks.c.id, frameworks.c.short_name).order_by(frameworks.c.id)
    ):
        code = _code(short_name)
        taken[code] = taken.get(code, 0) + 1
        codes[ident] = code if taken[code] == 1 else f"{code}{taken[code]}"
    rows = conn.execute(sa.select(commitments)).all()
    numbers: dict[str, int] = {}
    for row in rows:  # numbers already given (typed by hand or imported) are not reused
        match = re.fullmatch(r"(.+-\d{4}-)(\d+)", (row.reference or "").strip())
        if match:
            prefix = match.group(1)
            numbers[prefix] = max(numbers.get(prefix, 0), int(match.group(2)))
    todo = []
    for row in rows:
        if (row.reference or "").strip():
            continue
        day = row.start_date or row.original_deadline or row.deadline or row.created_at
        todo.append((row.framework_id, day.year, day.toordinal(), row.id))
    for framework_id, year, _day, ident in sorted(todo):
        prefix = f"{codes[framework_id]}-{year}-"
        numbers[prefix] = numbers.get(prefix, 0) + 1
        conn.execute(
            commitments.update()
            .where(commitments.c.id == ident)
            .values(reference=f"{prefix}{numbers[prefix]:03d}")
        )


def downgrade() -> None:
    """References stay: they are data users may have quoted since."""
