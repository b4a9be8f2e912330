"""Alembic environment: runs against the engine secframe hands over (or alembic.ini's URL).

One transaction per revision, on SQLite too (``secframe.db.migrate`` hands over an engine
whose SQLite transactions include DDL); each revision is verified before it commits.
"""

from __future__ import annotations

from functools import partial

from alembic import context
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine

from secframe.db.migrate import transactional_sqlite, verify_step
from secframe.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:  # developers' `alembic` command
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        if engine.dialect.name == "sqlite":
            engine = transactional_sqlite(engine)
    is_sqlite = engine.dialect.name == "sqlite"
    head = ScriptDirectory.from_config(config).get_current_head() or ""
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=is_sqlite,
            compare_type=True,
            transaction_per_migration=True,
            transactional_ddl=True,
            on_version_apply=partial(verify_step, head=head),
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("secframe migrations run online only")
run_migrations_online()
