"""The schema built by the Alembic revisions is exactly the ORM's, on every backend."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from secframe.db import Database
from secframe.db.migrate import alembic_config, head_revision
from secframe.db.schema import HEAD_REVISION
from secframe.models import Base


def test_migrated_schema_matches_the_models(db: Database):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_the_app_knows_the_newest_revision():
    assert head_revision() == HEAD_REVISION


def test_the_revisions_form_one_chain():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert [r.revision for r in script.walk_revisions()][-1] == "0001_initial"
