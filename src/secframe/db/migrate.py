"""Alembic, imported only when the schema must be created or upgraded.

Each revision runs in its own transaction, on SQLite too: SQLite's DDL is transactional, but
Python's sqlite3 driver commits by itself before DDL statements, so migrations run on a
dedicated engine that leaves transactions to SQLAlchemy (the "begin" event recipe of the
SQLAlchemy documentation, pysqlite section "Serializable isolation / Savepoints /
Transactional DDL"). A revision that fails half-way is rolled back whole, batch table copies
included; after each revision the foreign keys are checked, and at the newest revision the
schema is compared with the models, inside the same transaction.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

# Extra folders of revisions (tests add one holding a revision made to fail).
EXTRA_VERSION_LOCATIONS: list[str] = []


class MigrationCheckFailed(Exception):
    """A revision ran but left the database inconsistent (it is rolled back)."""


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    ini = resources.files("secframe") / "db" / "alembic.ini"
    cfg = Config(str(ini))
    cfg.set_main_option("script_location", "secframe.db:migrations")
    if EXTRA_VERSION_LOCATIONS:
        shipped = str(resources.files("secframe") / "db" / "migrations" / "versions")
        cfg.set_main_option("path_separator", "os")
        cfg.set_main_option(
            "version_locations", os.pathsep.join([shipped, *EXTRA_VERSION_LOCATIONS])
        )
    if engine is not None:
        cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    """The newest revision in the shipped migrations."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """Whether ``revision`` belongs to the shipped chain (False: written by a newer app)."""
    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the database to ``target`` (default: the newest schema), one transaction per
    revision."""
    migration_engine = transactional_sqlite(engine) if engine.dialect.name == "sqlite" else engine
    try:
        command.upgrade(alembic_config(migration_engine), target)
    finally:
        if migration_engine is not engine:
            migration_engine.dispose()


def transactional_sqlite(engine: Engine) -> Engine:
    """An engine on the same SQLite file (keyed the same when it is encrypted) whose
    transactions include DDL."""
    from pathlib import Path

    from sqlalchemy.engine import URL

    from secframe.db import crypto

    url, key = engine.url, crypto.key_of(engine)
    if key is None:
        migration = create_engine(url, poolclass=NullPool, connect_args={"timeout": 5.0})
    else:
        path = url.database or ""
        migration = create_engine(
            URL.create("sqlite+pysqlite", database=path),
            module=crypto.require_sqlcipher(path),
            creator=lambda: crypto.connect(Path(path), key, timeout=5.0),
            poolclass=NullPool,
        )

    @event.listens_for(migration, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the driver no longer begins or commits by itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute("PRAGMA foreign_keys=OFF")  # batch copies of tables must not cascade
        cur.close()

    @event.listens_for(migration, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock before changing anything

    return migration


def verify_step(*, ctx: Any, step: Any, heads: set[str], run_args: Any, head: str) -> None:
    """Alembic's ``on_version_apply`` hook (with ``head``, the newest revision): check the
    database a revision left, inside the revision's transaction (raising rolls it back)."""
    conn = ctx.connection
    if conn.dialect.name == "sqlite":
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchmany(5)
        if broken:
            raise MigrationCheckFailed(f"{step.up_revision_id}: foreign keys broken: {broken}")
    if step.is_upgrade and heads == {head}:
        differences = schema_differences(conn)
        if differences:
            raise MigrationCheckFailed(f"{head}: schema differs from the models: {differences}")


def schema_differences(conn: Any) -> Sequence[Any]:
    """How the database's schema differs from the models (empty when it matches)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from secframe.models import Base

    context = MigrationContext.configure(conn, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))
