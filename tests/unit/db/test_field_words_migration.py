"""Revision 0002_field_words on a database written by the previous version: the example's
suspension after the FAMa left Tonka and Diré gets its proper cause, partners become
facilitators, local authorities get their category, and nothing else moves."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from secframe.db import Database, access
from secframe.db.migrate import alembic_config, upgrade
from secframe.db.schema import HEAD_REVISION
from secframe.models import AuditEntry, MemberCategory, ResultUnit, StatusCause, StatusChange
from secframe.services import members as mem
from secframe.services import results as rs
from secframe.services.results import ResultInput
from tests.conftest import PG_URL

NOW = datetime(2020, 6, 1, 12, 0)
WITHDRAWAL = (
    "Retrait des forces armées maliennes de Tonka et Diré début 2020, recrudescence des "
    "incidents dans ces localités et arrêt de toutes les patrouilles en mai 2020."
)
NO_BAMAKO = (
    "Le soutien nécessaire des autorités militaires basées à Bamako n'a jamais été mobilisé."
)
NO_MEANS = "Faute de moyens matériels et financiers, la CMA a dû arrêter l'opération."


def _old_database(url: str) -> None:
    """A database at 0001_initial holding what the previous version wrote."""
    engine = create_engine(url)
    upgrade(engine, "0001_initial")
    stamp = {"v": 1, "c": NOW, "u": NOW}
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO frameworks (id, name, short_name, level, version, created_at, "
                "updated_at) VALUES (1, 'CGCS', 'CGCS', 'regional', :v, :c, :u)"
            ),
            stamp,
        )
        members = [
            (1, "Centre pour le dialogue humanitaire", "partner"),
            (2, "Forces armées maliennes", "security_forces"),
            (3, "Autorités locales", "prefecture"),
            (4, "Préfecture de Goundam", "prefecture"),
            (5, "Mairie de Tombouctou", "civil_society"),
        ]
        for mid, name, category in members:
            conn.execute(
                text(
                    "INSERT INTO members (id, framework_id, name, category, status, version, "
                    "created_at, updated_at) VALUES (:id, 1, :n, :cat, 'active', :v, :c, :u)"
                ),
                {"id": mid, "n": name, "cat": category, **stamp},
            )
        commitments = [(1, "escort", "suspended"), (2, "patrol", "abandoned"), (3, "operation", "suspended"), (4, "patrol", "suspended")]  # fmt: skip
        for cid, kind, status in commitments:
            conn.execute(
                text(
                    "INSERT INTO commitments (id, framework_id, kind, title, status, "
                    "implementation_level, version, created_at, updated_at) "
                    "VALUES (:id, 1, :k, :t, :s, 0, :v, :c, :u)"
                ),
                {"id": cid, "k": kind, "t": f"Engagement {cid}", "s": status, **stamp},
            )
        changes = [
            (1, 1, "active", None, None),
            (2, 1, "suspended", "security", WITHDRAWAL),
            (3, 2, "abandoned", "political", NO_BAMAKO),
            (4, 3, "suspended", "resources", NO_MEANS),
            (5, 4, "suspended", "completed", "Arrêt des patrouilles."),
        ]
        for sid, cid, to_status, cause, reason in changes:
            conn.execute(
                text(
                    "INSERT INTO status_changes (id, commitment_id, changed_on, to_status, cause, "
                    "reason, recorded_by, recorded_at, created_at, updated_at) VALUES "
                    "(:id, :cid, :on, :to, :cause, :reason, 'secretariat', :c, :c, :u)"
                ),
                {
                    "id": sid,
                    "cid": cid,
                    "on": date(2020, 5, sid),
                    "to": to_status,
                    "cause": cause,
                    "reason": reason,
                    **stamp,
                },
            )
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def old_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database of its own, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    if not PG_URL:
        pytest.skip("PostgreSQL tests need SECFRAME_TEST_PG_URL (set by .ci/run)")
    name = f"secframe_migration_{uuid.uuid4().hex[:8]}"
    server = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with server.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        server.dispose()


def test_existing_data_gets_the_field_words(old_url: str, tmp_path: Path):
    _old_database(old_url)
    # a server is upgraded only once the user said where its copy goes (or that it is backed up)
    server_copy = access.ServerBackup(tmp_path / "server.before-upgrade.sqlite3")
    db = Database.open(old_url, backup_dir=tmp_path, server_backup=server_copy)
    try:
        assert db.revision() == HEAD_REVISION  # through 0002_field_words
        with db.read() as s:
            causes = dict(s.execute(select(StatusChange.id, StatusChange.cause)).all())
            members = {m.name: m for m in mem.list_members(s, 1)}
            a = AuditEntry
            audit = s.execute(
                select(a.entity, a.entity_id, a.field, a.old_value, a.new_value).where(
                    a.context.like("%0002_field_words%")
                )
            ).all()
        assert causes == {
            1: None,
            2: StatusCause.FORCES_WITHDRAWAL,  # the FAMa left Tonka and Diré
            3: StatusCause.NO_CENTRAL_SUPPORT,  # Bamako never gave its support
            4: StatusCause.RESOURCES,  # already right: unchanged
            5: StatusCause.OTHER,  # « Engagement réalisé » is no cause of a suspension
        }
        hd = members["Centre pour le dialogue humanitaire"]
        assert (hd.facilitator, hd.funder, hd.category) == (True, False, MemberCategory.PARTNER)
        assert not members["Forces armées maliennes"].facilitator
        assert members["Autorités locales"].category == MemberCategory.LOCAL_AUTHORITY
        assert members["Mairie de Tombouctou"].category == MemberCategory.LOCAL_AUTHORITY
        assert members["Préfecture de Goundam"].category == MemberCategory.PREFECTURE
        logged = {tuple(row) for row in audit}
        assert ("StatusChange", 2, "cause", "security", "forces_withdrawal") in logged
        assert ("Member", 1, "facilitator", "False", "True") in logged
        assert len(logged) == 6  # 3 causes, 1 facilitator, 2 categories
        (copy,) = tmp_path.glob("*.before-upgrade.sqlite3")
        with sqlite3.connect(copy) as old:  # the copy made before the upgrade is of 0001
            assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [
                ("0001_initial",)
            ]
            assert old.execute("SELECT cause FROM status_changes WHERE id = 2").fetchall() == [
                ("security",)
            ]
        with db.write() as s:
            rs.add_result(
                s,
                3,
                ResultInput(date(2020, 4, 1), ResultUnit.ARRESTS, 20, approximate=True),
                today=date(2020, 6, 1),
            )
        with db.read() as s:
            assert [r.text() for r in rs.results_of(s, 3)] == ["~20 arrestations"]
    finally:
        db.close()


def test_downgrade_gives_the_previous_version_words_it_knows(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    _old_database(url)
    engine = create_engine(url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE commitments SET status = 'awaiting_support' WHERE id = 4"))
        conn.execute(text("UPDATE commitments SET kind = 'public_debate' WHERE id = 1"))
    command.downgrade(alembic_config(engine), "0002_field_words-1")  # the revision before
    with engine.connect() as conn:
        assert conn.execute(text("SELECT status FROM commitments WHERE id = 4")).scalar() == (
            "planned"
        )
        assert conn.execute(text("SELECT kind FROM commitments WHERE id = 1")).scalar() == (
            "mediation"
        )
        assert conn.execute(text("SELECT cause FROM status_changes WHERE id = 2")).scalar() == (
            "security"
        )
        tables = conn.execute(
            text("SELECT name FROM sqlite_master WHERE name = 'commitment_results'")
        ).all()
        assert tables == []
    engine.dispose()
