"""Test configuration: offscreen Qt, a private data folder, fresh databases per test.

Database tests run against SQLite and, when ``SECFRAME_TEST_PG_URL`` is set, PostgreSQL.
With ``CI=true`` a PostgreSQL test that cannot reach its server fails, and any skipped test
fails the run: CI must prove everything it is meant to.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("SECFRAME_HOME", tempfile.mkdtemp(prefix="secframe-tests-"))
os.environ["SECFRAME_USER"] = "test-secretariat"
os.environ.pop("SECFRAME_DB", None)

import pytest
from sqlalchemy import text

from secframe import i18n
from secframe.db import Database
from secframe.db.reference import seed_reference_places
from secframe.models import Base

IN_CI = os.environ.get("CI", "").lower() == "true"
PG_URL = os.environ.get("SECFRAME_TEST_PG_URL")

pytest_plugins = ["tests.fixtures.builders"]


@pytest.fixture(autouse=True)
def _french_by_default() -> Iterator[None]:
    """Each test starts in French (the users' language), as the app does by default."""
    i18n.set_language("fr")
    yield
    i18n.set_language("fr")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, migrated and seeded SQLite database, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    Database.open(path).close()
    return path


@pytest.fixture(scope="session")
def pg_database() -> Iterator[Database]:
    """The PostgreSQL test database, migrated once per session."""
    if not PG_URL:
        reason = "PostgreSQL tests need SECFRAME_TEST_PG_URL (set by .ci/run)"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        db = Database.open(PG_URL)
    except Exception as err:  # an unreachable server is a skip locally, a failure in CI
        if IN_CI:
            pytest.fail(f"PostgreSQL unreachable at {PG_URL}: {err}")
        pytest.skip(f"PostgreSQL unreachable: {err}")
    yield db
    db.close()


def _reset_pg(db: Database) -> None:
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    with db.write("setup") as session:
        seed_reference_places(session)


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh SQLite database for one test."""
    path = tmp_path / "secframe.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database.open(path)
    yield db
    db.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db(request: pytest.FixtureRequest) -> Database:
    """A fresh database for one test, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_db")
    pg: Database = request.getfixturevalue("pg_database")
    _reset_pg(pg)
    return pg


# --- CI: a skipped test is a failed promise ---------------------------------------------------

_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if IN_CI and _skipped and exitstatus == 0:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter, exitstatus: int) -> None:  # type: ignore[no-untyped-def]
    if IN_CI and _skipped:
        terminalreporter.write_line(
            f"CI=true: {len(_skipped)} test(s) were skipped; every test must run in CI:",
            red=True,
        )
        for nodeid in _skipped:
            terminalreporter.write_line(f"  {nodeid}", red=True)
