"""The frameworks' own words: member roles (facilitator, funder), countable results, and
existing status changes given the causes the field uses.

New member categories, commitment kinds, the « awaiting support » status and the new causes
are stored as string codes and need no schema change. Existing data is migrated:

- members of the category « partner » were the frameworks' facilitators (HD, Alert, AMSS):
  they become facilitators (their funder role, if any, is for the secretariat to tick);
- members named as local authorities (« Autorités locales », mairie, maire, conseil de cercle,
  collectivités) and filed as prefecture or civil society become local authorities;
- status changes to suspended or abandoned whose reason tells the cause are given it: a
  withdrawal of the forces (« retrait des FAMa », withdrawal…) instead of « security situation »,
  no support from Bamako instead of « political » or « other »; « completed » and « handover »,
  which no longer make sense for a suspension or an abandonment, become « other ».

Every change of data is written to the audit log with this revision as its context. The
vocabulary here is frozen: it must not follow later changes of the app's word lists.

Revision ID: 0002_field_words
Revises: 0002_incident_source_timestamp (written against 0001_initial; chained after the
incidents' revision when main gained it)
Create Date: 2026-12-03 22:00:00
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002_field_words"
down_revision: str | None = "0004_references"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONTEXT = "Mise à jour du schéma 0002_field_words"
USER = "secframe"

STOPPING = ("suspended", "abandoned")
# Reasons that name a withdrawal of the defence and security forces (accents and case folded).
WITHDRAWAL = re.compile(
    r"\bretrait (des|de l|du)\b|\bse (sont |est )?retire|\bont quitte\b|\bdepart des (forces|fama|fds)"
    r"|\bwithdr[ae]w|\bwithdrawal\b|\bpulled out\b|\bleft (the )?(town|city|cities|area)"
)
# Reasons that name the missing support of the central authorities.
NO_CENTRAL_SUPPORT = re.compile(
    r"(bamako|autorites centrales|central (authorities|government)).{0,80}"
    r"(soutien|appui|support|autoris)|(soutien|appui|support|autoris).{0,80}"
    r"(bamako|autorites centrales|central (authorities|government))"
)
LOCAL_AUTHORITY = re.compile(
    r"\bautorites locales\b|\bmairies?\b|\bmaires?\b|\bconseils? (communal|communaux|de cercle|"
    r"regional)|\bcollectivites\b|\blocal authorit"
)

audit = sa.table(
    "audit_entries",
    sa.column("at", sa.DateTime),
    sa.column("user", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("field", sa.String),
    sa.column("old_value", sa.Text),
    sa.column("new_value", sa.Text),
    sa.column("context", sa.String),
)
members = sa.table(
    "members",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("category", sa.String),
    sa.column("facilitator", sa.Boolean),
)
changes = sa.table(
    "status_changes",
    sa.column("id", sa.Integer),
    sa.column("to_status", sa.String),
    sa.column("cause", sa.String),
    sa.column("reason", sa.Text),
)


def _fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold().replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", plain)


def cause_for(to_status: str, cause: str | None, reason: str | None) -> str | None:
    """The cause an existing change to ``to_status`` should carry (None: keep it)."""
    if to_status not in STOPPING:
        return None
    text = _fold(reason)
    if cause in ("security", "other", None) and WITHDRAWAL.search(text):
        return "forces_withdrawal"
    if cause in ("political", "other", None) and NO_CENTRAL_SUPPORT.search(text):
        return "no_central_support"
    if cause in ("completed", "handover"):
        return "other"
    return None


def _log(entity: str, entity_id: int, field: str, old: object, new: object) -> dict[str, object]:
    return {
        "at": datetime.now(UTC).replace(tzinfo=None),
        "user": USER,
        "action": "update",
        "entity": entity,
        "entity_id": entity_id,
        "field": field,
        "old_value": None if old is None else str(old),
        "new_value": None if new is None else str(new),
        "context": CONTEXT,
    }


def _migrate_data() -> None:
    conn = op.get_bind()
    logged: list[dict[str, object]] = []
    for mid in conn.scalars(sa.select(members.c.id).where(members.c.category == "partner")):
        conn.execute(members.update().where(members.c.id == mid).values(facilitator=True))
        logged.append(_log("Member", mid, "facilitator", False, True))
    authorities = conn.execute(
        sa.select(members.c.id, members.c.name, members.c.category).where(
            members.c.category.in_(("prefecture", "civil_society"))
        )
    ).all()
    for mid, name, category in authorities:
        if LOCAL_AUTHORITY.search(_fold(name)):
            conn.execute(
                members.update().where(members.c.id == mid).values(category="local_authority")
            )
            logged.append(_log("Member", mid, "category", category, "local_authority"))
    rows = conn.execute(
        sa.select(changes.c.id, changes.c.to_status, changes.c.cause, changes.c.reason).where(
            changes.c.to_status.in_(STOPPING)
        )
    ).all()
    for cid, to_status, cause, reason in rows:
        new = cause_for(to_status, cause, reason)
        if new is not None and new != cause:
            conn.execute(changes.update().where(changes.c.id == cid).values(cause=new))
            logged.append(_log("StatusChange", cid, "cause", cause, new))
    if logged:
        conn.execute(audit.insert(), logged)


def upgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("facilitator", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("funder", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "commitment_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("unit", sa.String(length=32), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("approximate", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "quantity >= 0", name=op.f("ck_commitment_results_quantity_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_commitment_results_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_results")),
    )
    with op.batch_alter_table("commitment_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitment_results_commitment_id"), ["commitment_id"], unique=False
        )
    _migrate_data()


# Older versions know none of the new words: each goes back to the nearest old one.
_OLD_WORDS: dict[tuple[str, str], dict[str, str]] = {
    ("status_changes", "cause"): {
        "forces_withdrawal": "security",
        "no_central_support": "political",
        "breach": "political",
    },
    ("status_changes", "to_status"): {"awaiting_support": "planned"},
    ("status_changes", "from_status"): {"awaiting_support": "planned"},
    ("commitments", "status"): {"awaiting_support": "planned"},
    ("commitments", "kind"): {
        "redeployment": "operation",
        "arrests": "operation",
        "weapons_collection": "other",
        "public_debate": "mediation",
        "early_warning": "other",
    },
    ("members", "category"): {
        "local_authority": "prefecture",
        "justice": "security_forces",
        "customs": "security_forces",
        "international_forces": "partner",
        "cadis_imams": "religious_leaders",
        "village_chiefs": "traditional_leaders",
        "youth_association": "youth",
        "women_association": "women",
        "community_radio": "civil_society",
        "transporters": "civil_society",
    },
}


def downgrade() -> None:
    conn = op.get_bind()
    for (table, column), words in _OLD_WORDS.items():
        t = sa.table(table, sa.column(column, sa.String))
        for new, old in words.items():
            conn.execute(t.update().where(t.c[column] == new).values({column: old}))
    with op.batch_alter_table("commitment_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_results_commitment_id"))
    op.drop_table("commitment_results")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_column("funder")
        batch_op.drop_column("facilitator")
