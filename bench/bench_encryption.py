"""The cost of encryption at rest: the same operations on an encrypted copy of the large
database (SQLCipher) against the plain file, in the same run (goal: at most 1.3×)."""

from __future__ import annotations

from datetime import date
from typing import Any

from bench_dashboard import SIZES
from common import Benchmark, Context
from secframe.db import Database
from secframe.db.crypto import Key, convert, sqlcipher
from secframe.exchange.tracker import export
from secframe.jobs import JobState
from secframe.services import commitments as cs

TODAY = date(2026, 1, 1)
PASSPHRASE = "banc d'essai chiffré"
GOAL_RATIO = 1.3
ONE_YEAR = {"incidents_from": date(2025, 1, 1), "incidents_to": date(2025, 12, 31)}


def benchmarks(ctx: Context) -> list[Benchmark]:
    """List, dashboard data and charts, and export, encrypted against plain."""
    if sqlcipher() is None:
        print("  (sqlcipher3 is not installed: no encryption benchmark)")
        return []
    from secframe.reports import charts
    from secframe.ui.dashboard.jobs import render_dashboard

    target = ctx.out_dir / "large-encrypted.sqlite3"
    if not target.exists() or target.stat().st_mtime < ctx.db_path.stat().st_mtime:
        convert(ctx.db_path, None, Key(PASSPHRASE), target=target)
    encrypted = Database.open(target, passphrase=PASSPHRASE, create=False)
    ctx.extra["encrypted_db"] = encrypted  # kept open for the run (closed with the process)
    plain, fw = ctx.db, ctx.framework_id

    def listing(db: Database) -> Any:
        def run() -> object:
            with db.read() as s:
                return cs.list_commitments(s, fw, today=TODAY)

        return run

    def dashboard_data(db: Database) -> Any:
        def run() -> object:
            with db.read() as s:
                return charts.load_dashboard(s, fw, today=TODAY)

        return run

    def dashboard(db: Database) -> Any:
        return lambda: render_dashboard(db, fw, None, SIZES, 1.0, JobState(), today=TODAY)

    options = export.ExportOptions(today=TODAY, **ONE_YEAR)  # type: ignore[arg-type]

    def exporting(db: Database, name: str) -> Any:
        path = ctx.out_dir / name
        return lambda: export.run(db, fw, path, options, JobState())

    return [
        # Quick ones repeated more: on a shared machine one run's wall time varies 3-fold.
        Benchmark("encrypted: list commitments (5,000 rows)", listing(encrypted), listing(plain),
                  "the same on the plain file", goal_ratio=GOAL_RATIO, repeat=15),
        Benchmark("encrypted: dashboard data", dashboard_data(encrypted), dashboard_data(plain),
                  "the same on the plain file", goal_ratio=GOAL_RATIO, repeat=15),
        Benchmark("encrypted: dashboard, 5 charts rendered", dashboard(encrypted), dashboard(plain),
                  "the same on the plain file", goal_ratio=GOAL_RATIO, repeat=3),
        Benchmark("encrypted: export tracker, 1 year of incidents",
                  exporting(encrypted, "bench-encrypted.xlsx"), exporting(plain, "bench-plain-db.xlsx"),
                  "the same on the plain file", goal_ratio=GOAL_RATIO, repeat=3),
    ]  # fmt: skip
