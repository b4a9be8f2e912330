"""Initial schema: frameworks, places, members, commitments, meetings, incidents, audit.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-24 02:39:00.003369
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("context", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entries_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_entries_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "axes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("length_km", sa.Float(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_axes")),
        sa.UniqueConstraint("name", name=op.f("uq_axes_name")),
    )
    op.create_table(
        "frameworks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=False),
        sa.Column("level", sa.String(length=32), nullable=False),
        sa.Column("established_on", sa.Date(), nullable=True),
        sa.Column("facilitating_partners", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_frameworks")),
        sa.UniqueConstraint("name", name=op.f("uq_frameworks_name")),
        sa.UniqueConstraint("short_name", name=op.f("uq_frameworks_short_name")),
    )
    op.create_table(
        "localities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("pcode", sa.String(length=32), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("path", sa.String(length=255), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["localities.id"],
            name=op.f("fk_localities_parent_id_localities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_localities")),
        sa.UniqueConstraint("parent_id", "name", name=op.f("uq_localities_parent_id_name")),
    )
    with op.batch_alter_table("localities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_localities_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_localities_path"), ["path"], unique=False)
        batch_op.create_index(batch_op.f("ix_localities_pcode"), ["pcode"], unique=False)

    op.create_table(
        "preferences",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_preferences")),
    )
    op.create_table(
        "axis_localities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("axis_id", sa.Integer(), nullable=False),
        sa.Column("locality_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["axis_id"],
            ["axes.id"],
            name=op.f("fk_axis_localities_axis_id_axes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["locality_id"],
            ["localities.id"],
            name=op.f("fk_axis_localities_locality_id_localities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_axis_localities")),
        sa.UniqueConstraint(
            "axis_id", "position", name=op.f("uq_axis_localities_axis_id_position")
        ),
    )
    with op.batch_alter_table("axis_localities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_axis_localities_axis_id"), ["axis_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_axis_localities_locality_id"), ["locality_id"], unique=False
        )

    op.create_table(
        "framework_regions",
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("locality_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["frameworks.id"],
            name=op.f("fk_framework_regions_framework_id_frameworks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["locality_id"],
            ["localities.id"],
            name=op.f("fk_framework_regions_locality_id_localities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("framework_id", "locality_id", name=op.f("pk_framework_regions")),
    )
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("sub_type", sa.String(length=200), nullable=True),
        sa.Column("locality_id", sa.Integer(), nullable=True),
        sa.Column("axis_id", sa.Integer(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("actors", sa.Text(), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("verification", sa.String(length=32), nullable=False),
        sa.Column("time_precision", sa.Integer(), nullable=False),
        sa.Column("geo_precision", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=60), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("fatalities >= 0", name=op.f("ck_incidents_fatalities_not_negative")),
        sa.CheckConstraint(
            "geo_precision BETWEEN 1 AND 3", name=op.f("ck_incidents_geo_precision")
        ),
        sa.CheckConstraint(
            "time_precision BETWEEN 1 AND 3", name=op.f("ck_incidents_time_precision")
        ),
        sa.ForeignKeyConstraint(
            ["axis_id"], ["axes.id"], name=op.f("fk_incidents_axis_id_axes"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["locality_id"],
            ["localities.id"],
            name=op.f("fk_incidents_locality_id_localities"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.UniqueConstraint("external_id", name=op.f("uq_incidents_external_id")),
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incidents_axis_id"), ["axis_id"], unique=False)
        batch_op.create_index(
            "ix_incidents_locality_date", ["locality_id", "occurred_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_incidents_occurred_on"), ["occurred_on"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("chair", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("locked_by", sa.String(length=120), nullable=True),
        sa.Column("adopted_in_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["adopted_in_id"],
            ["meetings.id"],
            name=op.f("fk_meetings_adopted_in_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["frameworks.id"],
            name=op.f("fk_meetings_framework_id_frameworks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("framework_id", "number", name=op.f("uq_meetings_framework_id_number")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meetings_framework_id"), ["framework_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meetings_held_on"), ["held_on"], unique=False)

    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("short_name", sa.String(length=60), nullable=True),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("status_since", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["frameworks.id"],
            name=op.f("fk_members_framework_id_frameworks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("framework_id", "name", name=op.f("uq_members_framework_id_name")),
    )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_members_framework_id"), ["framework_id"], unique=False)

    op.create_table(
        "agenda_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_agenda_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
    )
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_items_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("source_meeting_id", sa.Integer(), nullable=True),
        sa.Column("theme", sa.String(length=200), nullable=True),
        sa.Column("lead_member_id", sa.Integer(), nullable=True),
        sa.Column("locality_id", sa.Integer(), nullable=True),
        sa.Column("axis_id", sa.Integer(), nullable=True),
        sa.Column("frequency", sa.String(length=200), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("original_deadline", sa.Date(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("status_since", sa.Date(), nullable=True),
        sa.Column("implementation_level", sa.Integer(), nullable=False),
        sa.Column("outcome_notes", sa.Text(), nullable=True),
        sa.Column("predecessor_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "implementation_level BETWEEN 0 AND 3", name=op.f("ck_commitments_implementation_level")
        ),
        sa.ForeignKeyConstraint(
            ["axis_id"], ["axes.id"], name=op.f("fk_commitments_axis_id_axes"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["frameworks.id"],
            name=op.f("fk_commitments_framework_id_frameworks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["lead_member_id"],
            ["members.id"],
            name=op.f("fk_commitments_lead_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["locality_id"],
            ["localities.id"],
            name=op.f("fk_commitments_locality_id_localities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["predecessor_id"],
            ["commitments.id"],
            name=op.f("fk_commitments_predecessor_id_commitments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_meeting_id"],
            ["meetings.id"],
            name=op.f("fk_commitments_source_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitments")),
    )
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_commitments_axis_id"), ["axis_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_commitments_deadline"), ["deadline"], unique=False)
        batch_op.create_index(
            "ix_commitments_framework_status", ["framework_id", "status"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commitments_lead_member_id"), ["lead_member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commitments_locality_id"), ["locality_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commitments_predecessor_id"), ["predecessor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commitments_source_meeting_id"), ["source_meeting_id"], unique=False
        )

    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_decisions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decisions_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "representatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_representatives_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_representatives")),
    )
    with op.batch_alter_table("representatives", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_representatives_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("representative_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_attendance_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_attendance_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["representative_id"],
            ["representatives.id"],
            name=op.f("fk_attendance_representative_id_representatives"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_member_id"), ["member_id"], unique=False)

    op.create_table(
        "commitment_partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_commitment_partners_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_commitment_partners_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_partners")),
        sa.UniqueConstraint(
            "commitment_id",
            "member_id",
            name=op.f("uq_commitment_partners_commitment_id_member_id"),
        ),
    )
    with op.batch_alter_table("commitment_partners", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitment_partners_commitment_id"), ["commitment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_commitment_partners_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "deadline_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("previous_deadline", sa.Date(), nullable=True),
        sa.Column("new_deadline", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_deadline_revisions_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_deadline_revisions_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deadline_revisions")),
    )
    with op.batch_alter_table("deadline_revisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_deadline_revisions_commitment_id"), ["commitment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_deadline_revisions_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "decision_commitments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("effect", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_decision_commitments_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name=op.f("fk_decision_commitments_decision_id_decisions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_commitments")),
        sa.UniqueConstraint(
            "decision_id",
            "commitment_id",
            name=op.f("uq_decision_commitments_decision_id_commitment_id"),
        ),
    )
    with op.batch_alter_table("decision_commitments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_commitments_commitment_id"), ["commitment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_decision_commitments_decision_id"), ["decision_id"], unique=False
        )

    op.create_table(
        "resource_needs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=True),
        sa.Column("quantity", sa.Numeric(precision=14, scale=3), nullable=False),
        sa.Column("unit", sa.String(length=60), nullable=True),
        sa.Column("unit_cost", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("provider_member_id", sa.Integer(), nullable=True),
        sa.Column("provider_name", sa.String(length=200), nullable=True),
        sa.Column("pledged", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("received", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("pledged >= 0", name=op.f("ck_resource_needs_pledged_not_negative")),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_resource_needs_quantity_not_negative")),
        sa.CheckConstraint("received >= 0", name=op.f("ck_resource_needs_received_not_negative")),
        sa.CheckConstraint("unit_cost >= 0", name=op.f("ck_resource_needs_unit_cost_not_negative")),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_resource_needs_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["provider_member_id"],
            ["members.id"],
            name=op.f("fk_resource_needs_provider_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_needs")),
    )
    with op.batch_alter_table("resource_needs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_resource_needs_commitment_id"), ["commitment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_resource_needs_provider_member_id"), ["provider_member_id"], unique=False
        )

    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("from_status", sa.String(length=32), nullable=True),
        sa.Column("to_status", sa.String(length=32), nullable=False),
        sa.Column("cause", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=120), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_status_changes_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_status_changes_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_status_changes")),
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_status_changes_commitment_date", ["commitment_id", "changed_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_status_changes_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "review_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("status_change_id", sa.Integer(), nullable=True),
        sa.Column("deadline_revision_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitments.id"],
            name=op.f("fk_review_entries_commitment_id_commitments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deadline_revision_id"],
            ["deadline_revisions.id"],
            name=op.f("fk_review_entries_deadline_revision_id_deadline_revisions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_review_entries_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["status_change_id"],
            ["status_changes.id"],
            name=op.f("fk_review_entries_status_change_id_status_changes"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_entries")),
        sa.UniqueConstraint(
            "meeting_id", "commitment_id", name=op.f("uq_review_entries_meeting_id_commitment_id")
        ),
    )
    with op.batch_alter_table("review_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_entries_commitment_id"), ["commitment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_entries_meeting_id"), ["meeting_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("review_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_entries_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_review_entries_commitment_id"))

    op.drop_table("review_entries")
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_changes_meeting_id"))
        batch_op.drop_index("ix_status_changes_commitment_date")

    op.drop_table("status_changes")
    with op.batch_alter_table("resource_needs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resource_needs_provider_member_id"))
        batch_op.drop_index(batch_op.f("ix_resource_needs_commitment_id"))

    op.drop_table("resource_needs")
    with op.batch_alter_table("decision_commitments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_commitments_decision_id"))
        batch_op.drop_index(batch_op.f("ix_decision_commitments_commitment_id"))

    op.drop_table("decision_commitments")
    with op.batch_alter_table("deadline_revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deadline_revisions_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_deadline_revisions_commitment_id"))

    op.drop_table("deadline_revisions")
    with op.batch_alter_table("commitment_partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_partners_member_id"))
        batch_op.drop_index(batch_op.f("ix_commitment_partners_commitment_id"))

    op.drop_table("commitment_partners")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_member_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("representatives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_representatives_member_id"))

    op.drop_table("representatives")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_meeting_id"))

    op.drop_table("decisions")
    with op.batch_alter_table("commitments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitments_source_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_commitments_predecessor_id"))
        batch_op.drop_index(batch_op.f("ix_commitments_locality_id"))
        batch_op.drop_index(batch_op.f("ix_commitments_lead_member_id"))
        batch_op.drop_index("ix_commitments_framework_status")
        batch_op.drop_index(batch_op.f("ix_commitments_deadline"))
        batch_op.drop_index(batch_op.f("ix_commitments_axis_id"))

    op.drop_table("commitments")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_items_meeting_id"))

    op.drop_table("agenda_items")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_members_framework_id"))

    op.drop_table("members")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_held_on"))
        batch_op.drop_index(batch_op.f("ix_meetings_framework_id"))

    op.drop_table("meetings")
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incidents_occurred_on"))
        batch_op.drop_index("ix_incidents_locality_date")
        batch_op.drop_index(batch_op.f("ix_incidents_axis_id"))

    op.drop_table("incidents")
    op.drop_table("framework_regions")
    with op.batch_alter_table("axis_localities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_axis_localities_locality_id"))
        batch_op.drop_index(batch_op.f("ix_axis_localities_axis_id"))

    op.drop_table("axis_localities")
    op.drop_table("preferences")
    with op.batch_alter_table("localities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_localities_pcode"))
        batch_op.drop_index(batch_op.f("ix_localities_path"))
        batch_op.drop_index(batch_op.f("ix_localities_parent_id"))

    op.drop_table("localities")
    op.drop_table("frameworks")
    op.drop_table("axes")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entries_entity")
        batch_op.drop_index(batch_op.f("ix_audit_entries_at"))

    op.drop_table("audit_entries")
