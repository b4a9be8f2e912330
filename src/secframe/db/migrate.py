"""Alembic, imported only when the schema must be created or upgraded."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    ini = resources.files("secframe") / "db" / "alembic.ini"
    cfg = Config(str(ini))
    cfg.set_main_option("script_location", "secframe.db:migrations")
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
    """Bring the database to ``target`` (default: the newest schema)."""
    command.upgrade(alembic_config(engine), target)
