"""Revision 0003 (decision points, follow-up actions, who can unblock, session snapshots)
upgrades a database holding data and downgrades again, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, make_url, text

from secframe.db.database import make_engine
from secframe.db.migrate import alembic_config
from tests.conftest import PG_URL

SCHEMA = "secframe_migration_test"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def empty_engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An engine on an empty database (PostgreSQL: a schema of its own)."""
    if request.param == "sqlite":
        engine = make_engine(make_url(f"sqlite:///{tmp_path / 'old.sqlite3'}"))
        yield engine
        engine.dispose()
        return
    if not PG_URL:
        pytest.skip("PostgreSQL tests need SECFRAME_TEST_PG_URL")
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    engine = create_engine(PG_URL, connect_args={"options": f"-csearch_path={SCHEMA}"})
    yield engine
    engine.dispose()
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
    admin.dispose()


def _old_data(engine: Engine) -> None:
    """A framework, a commitment, a session and a decision as revision 0001 stores them."""
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO frameworks (id, name, short_name, level, version, created_at, "
                "updated_at) VALUES (1, 'Cadre', 'CGCS', 'regional', 1, :t, :t)"
            ),
            {"t": "2020-01-01 00:00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO commitments (id, framework_id, kind, title, status, "
                "implementation_level, version, created_at, updated_at) VALUES "
                "(1, 1, 'patrol', 'Patrouilles', 'suspended', 0, 1, :t, :t)"
            ),
            {"t": "2020-01-01 00:00:00"},
        )
        conn.execute(
            text(
                "INSERT INTO meetings (id, framework_id, number, kind, held_on, locked, version, "
                "created_at, updated_at) VALUES (1, 1, 1, 'ordinary', '2020-03-01', false, 1, "
                ":t, :t)"
            ),
            {"t": "2020-01-01 00:00:00"},
        )
        conn.execute(
            text("INSERT INTO decisions (id, meeting_id, position, text) VALUES (1, 1, 1, 'D')")
        )


def test_revision_0003_keeps_the_data_and_goes_back(empty_engine: Engine):
    cfg = alembic_config(empty_engine)
    command.upgrade(cfg, "0001_initial")
    _old_data(empty_engine)
    command.upgrade(cfg, "0003_decision_points")

    tables = set(inspect(empty_engine).get_table_names())
    assert {"decision_points", "follow_up_actions", "meeting_snapshots"} <= tables
    with empty_engine.begin() as conn:
        row = conn.execute(
            text("SELECT title, unblock_by, next_step, next_step_on FROM commitments")
        ).one()
        assert tuple(row) == ("Patrouilles", None, None, None)
        conn.execute(
            text(
                "INSERT INTO follow_up_actions (decision_id, position, what, status) "
                "VALUES (1, 1, 'Écrire à Bamako', 'todo')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO meeting_snapshots (meeting_id, taken_at, taken_by, format, payload) "
                "VALUES (1, '2020-03-05 10:00:00', 'Secrétariat', 1, '{}')"
            )
        )
        # Deleting the session deletes its decisions' actions and its snapshot with it.
        conn.execute(text("DELETE FROM decisions"))
        assert conn.execute(text("SELECT count(*) FROM follow_up_actions")).scalar() == 0

    command.downgrade(cfg, "0001_initial")
    inspector = inspect(empty_engine)
    assert "decision_points" not in inspector.get_table_names()
    assert "unblock_by" not in {c["name"] for c in inspector.get_columns("commitments")}
    with empty_engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM commitments")).scalar() == "Patrouilles"
