"""Excel exchange on the large database: the tracker export against a plain openpyxl write of
the same cells, and the import of the exported workbook back (nothing to change, then 500
commitments retitled by a partner)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from common import Benchmark, Context
from secframe.exchange import importer
from secframe.exchange.tracker import export
from secframe.exchange.tracker.layout import DATA_SHEETS, sheet_title
from secframe.exchange.tracker.rows import project
from secframe.jobs import JobState

TODAY = date(2026, 1, 1)
ONE_YEAR = {"incidents_from": date(2025, 1, 1), "incidents_to": date(2025, 12, 31)}


def _plain_write(cells: dict[str, list[list[Any]]], path: Path) -> None:
    """The baseline: the same values, written by openpyxl's streaming mode, unformatted."""
    from decimal import Decimal

    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in cells.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append([float(v) if isinstance(v, Decimal) else v for v in row])
    wb.save(path)


def _cells(ctx: Context, options: export.ExportOptions) -> dict[str, list[list[Any]]]:
    """Every cell the export writes to the data sheets, by sheet title."""
    with ctx.db.write("bench") as session:
        data = export.gather(session, ctx.framework_id, options)
    per_sheet = export.sheet_values(data, "fr")
    return {
        sheet_title(s, "fr"): project(per_sheet[s.key], s.visible_columns(False), s.checked)
        for s in DATA_SHEETS
    }


def _retitle(source: Path, target: Path, count: int) -> None:
    """A partner's edit: the first ``count`` commitments of the workbook get a new title."""
    from openpyxl import load_workbook

    wb = load_workbook(source)
    ws = wb[sheet_title(DATA_SHEETS[0], "fr")]
    title_col = next(c.column for c in ws[1] if c.value == "Intitulé")
    for row in range(2, count + 2):
        cell = ws.cell(row, title_col)
        cell.value = f"{cell.value} (révisé)"
    wb.save(target)


def benchmarks(ctx: Context) -> list[Benchmark]:
    """Export of the tracker (one year of incidents, then all 50,000), and import back."""
    out = ctx.out_dir
    year = export.ExportOptions(today=TODAY, **ONE_YEAR)  # type: ignore[arg-type]
    full = export.ExportOptions(today=TODAY)
    year_cells = _cells(ctx, year)
    full_cells = _cells(ctx, full)
    tracker = out / "bench-tracker.xlsx"
    full_tracker = out / "bench-tracker-full.xlsx"

    def run_export(options: export.ExportOptions, path: Path) -> Any:
        return lambda: export.run(ctx.db, ctx.framework_id, path, options, JobState())

    edited = out / "bench-tracker-edited.xlsx"
    made: set[Path] = set()

    def make_edited() -> None:
        """The retitled tracker, made once per run from this run's export (a file left by an
        earlier run would describe an earlier database)."""
        if edited not in made:
            run_export(year, tracker)()
            _retitle(tracker, edited, 500)
            made.add(edited)

    def run_import(path: Path, changes: int = 0) -> Any:
        def run() -> None:
            report = importer.run(
                ctx.db, path, framework_id=ctx.framework_id, state=JobState(), dry_run=True,
                today=TODAY,
            )  # fmt: skip
            assert report.changes_count == changes and not report.has_errors, report.tally_lines()

        return run

    rows_year = sum(len(v) for v in year_cells.values())
    rows_full = sum(len(v) for v in full_cells.values())
    return [
        Benchmark(
            f"export tracker, 1 year of incidents ({rows_year:,} rows)",
            run_export(year, tracker),
            lambda: _plain_write(year_cells, out / "bench-plain.xlsx"),
            "plain openpyxl write",
            goal_ms=5000,
            goal_ratio=2.0,
            repeat=3,
        ),
        Benchmark(
            f"export tracker, all incidents ({rows_full:,} rows)",
            run_export(full, full_tracker),
            lambda: _plain_write(full_cells, out / "bench-plain-full.xlsx"),
            "plain openpyxl write",
            goal_ratio=2.0,
            repeat=3,
        ),
        Benchmark(
            "import the exported tracker back (no change)",
            run_import(tracker),
            goal_ms=10_000,
            repeat=3,
            setup=lambda: tracker.exists() or run_export(year, tracker)(),
        ),
        Benchmark(
            "import back, with all incidents (no change)",
            run_import(full_tracker),
            goal_ms=10_000,
            repeat=3,
            setup=lambda: full_tracker.exists() or run_export(full, full_tracker)(),
        ),
        Benchmark(
            "import back, 500 commitments retitled (dry run)",
            run_import(edited, changes=500),
            goal_ms=30_000,
            repeat=3,
            setup=make_edited,
        ),
    ]
