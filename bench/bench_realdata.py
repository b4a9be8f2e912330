"""Real data in (issue 10): an ACLED export of 20,000 events (a quarter of them monadic actor
rows), a secretariat's tracker of 500 commitments with 50 names secframe does not know,
reconciled and imported, and one import changing 5,000 commitments (titles, statuses,
deadlines and resource lines). Every run is a dry run on the large database: the whole
import, rolled back. The files are generated (no ACLED data is redistributed)."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench_exchange import ONE_YEAR, TODAY
from common import Benchmark, Context
from secframe.db.reference import reference_cercles
from secframe.exchange import importer
from secframe.exchange.acled import importer as acled
from secframe.exchange.tracker import export
from secframe.exchange.tracker.layout import COMMITMENTS, RESOURCES, header_index, sheet_title
from secframe.jobs import JobState
from secframe.services.matching import fold

ACLED_EVENTS = 20_000
ACLED_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "event_type",
                 "sub_event_type", "actor1", "inter1", "actor2", "inter2", "admin1", "admin2",
                 "admin3", "location", "latitude", "longitude", "geo_precision", "source", "notes",
                 "fatalities", "timestamp"]  # fmt: skip
TYPES = [("Battles", "Armed clash"), ("Violence against civilians", "Attack"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Riots/Protests", ""), ("Strategic developments", "Looting/property destruction")]  # fmt: skip


def write_acled(path: Path, events: int, seed: int = 10) -> None:
    """A synthetic ACLED export over the reference cercles, some events in monadic rows."""
    rng = random.Random(seed)
    cercles = reference_cercles()
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(ACLED_COLUMNS)
        for n in range(events):
            c = rng.choice(cercles)
            day = date(2017, 1, 1) + timedelta(days=rng.randrange(3000))
            kind, sub = rng.choice(TYPES)
            commune = f"Commune {rng.randrange(8)} de {c.name}"
            row = {
                "event_id_cnty": f"MLI{n + 1}", "event_date": day.isoformat(), "year": day.year,
                "time_precision": 1, "event_type": kind, "sub_event_type": sub,
                "actor1": "Groupe armé (illustratif)", "inter1": 2, "actor2": "Civils (illustratif)",
                "inter2": 7, "admin1": c.region, "admin2": c.name, "admin3": commune,
                "location": f"Village {rng.randrange(30)}",
                "latitude": f"{(c.latitude or 15) + rng.uniform(-0.3, 0.3):.4f}",
                "longitude": f"{(c.longitude or -2) + rng.uniform(-0.3, 0.3):.4f}",
                "geo_precision": 1, "source": "Source (illustratif)", "notes": "Événement inventé.",
                "fatalities": rng.randrange(4), "timestamp": 1_600_000_000 + n,
            }  # fmt: skip
            w.writerow([row[k] for k in ACLED_COLUMNS])
            if n % 4 == 0:  # monadic: the other actor on its own row
                row.update(actor1=row["actor2"], inter1=7, actor2="", inter2="")
                w.writerow([row[k] for k in ACLED_COLUMNS])


def write_tracker(path: Path, commitments: int, unknown: int, seed: int = 10) -> None:
    """A secretariat's own tracker: title and date rows, two header rows, names as typed."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    places = [c.name for c in reference_cercles()]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["SUIVI DES ENGAGEMENTS — mise à jour du 12/02/2025"])
    ws.append(["Engagement", "Responsable", "Partenaires", "Localité", "Statut", "Ressources (FCFA)", None, "Observations"])  # fmt: skip
    ws.append([None, None, None, None, None, "Besoin", "Mobilisé", None])
    statuses = ["En cours", "Suspendu faute de moyens", "non démarré", "Réalisé", "on hold"]
    for n in range(commitments):
        lead, other, known = rng.sample(range(1, 501), 3)
        partner = f"Nouveau partenaire {n % unknown + 1:02d}" if n < unknown * 2 else f"membre {known:03d}"  # fmt: skip
        ws.append([f"Engagement importé {n + 1}", f"Membre {lead:03d}", f"{partner}; Membre {other:03d}",
                   rng.choice(places), rng.choice(statuses), f"{rng.randrange(1, 50)} 000 000",
                   f"{rng.randrange(0, 10)} 000 000", "Faute de carburant"])  # fmt: skip
    wb.save(path)


NEXT_STATUS = {  # what a partner's update does to each status (closed ones stay as they are)
    "planned": ("active", None, None),
    "active": ("suspended", "resources", "Faute de carburant pour les véhicules"),
    "suspended": ("active", None, "Carburant reçu du gouvernorat"),
}


def _columns(ws: Any, sheet: Any) -> dict[str, int]:
    """Column key -> column number, from the header row."""
    index = header_index(sheet)
    return {index[fold(str(c.value))].key: c.column for c in ws[1] if c.value and fold(str(c.value)) in index}  # fmt: skip


def edit_tracker(source: Path, target: Path, count: int) -> dict[str, int]:
    """A partner's update of the exported tracker: the first ``count`` commitments get a new
    title and deadline (with its reason), a new status where the log allows one on TODAY, and
    their resource lines what was pledged as received. Returns the changes to expect."""
    from openpyxl import load_workbook

    from secframe.exchange.cells import read_date
    from secframe.exchange.foreign.vocab import read_status

    wb = load_workbook(source)
    ws = wb[sheet_title(COMMITMENTS, "fr")]
    col = _columns(ws, COMMITMENTS)
    expected = {"commitments": 0, "status_changes": 0, "deadline_revisions": 0, "resources": 0}
    changed: set[int] = set()
    for row in range(2, count + 2):
        cells = {key: ws.cell(row, number) for key, number in col.items()}
        changed.add(int(cells["id"].value))
        cells["title"].value = f"{cells['title'].value} (révisé)"
        deadline = read_date(cells["deadline"].value) or TODAY
        cells["deadline"].value = deadline + timedelta(days=45)
        cells["revision_reason"].value = "Report décidé à la session de décembre"
        expected["deadline_revisions"] += 1
        status = read_status(cells["status"].value)
        last_on = read_date(cells["status_on"].value)
        if status is not None and status.value in NEXT_STATUS and (last_on or TODAY) < TODAY:
            new, cause, reason = NEXT_STATUS[status.value]
            cells["status"].value, cells["cause"].value = new, cause
            cells["reason"].value, cells["status_on"].value = reason, TODAY
            expected["status_changes"] += 1
        expected["commitments"] += 1
    ws = wb[sheet_title(RESOURCES, "fr")]
    col = _columns(ws, RESOURCES)
    for row in range(2, ws.max_row + 1):
        if ws.cell(row, col["commitment_id"]).value in changed:
            ws.cell(row, col["received"]).value = ws.cell(row, col["pledged"]).value
            ws.cell(row, col["description"]).value = "Besoin (mis à jour)"
            expected["resources"] += 1
    wb.save(target)
    return expected


def benchmarks(ctx: Context) -> list[Benchmark]:
    """ACLED 20,000 events; tracker 500 commitments / 50 unknown names; 5,000 changes."""
    out = ctx.out_dir
    events = out / "bench-acled-20000.csv"
    tracker = out / "bench-foreign-500.xlsx"
    year_tracker = out / "bench-tracker.xlsx"
    edited = out / "bench-tracker-5000-changed.xlsx"
    expected: dict[str, int] = {}

    def run_acled() -> None:
        options = acled.AcledOptions(framework_id=ctx.framework_id)
        report = acled.run(ctx.db, events, options, state=JobState(), dry_run=True, today=TODAY)
        assert not report.has_errors and report.tally("incidents").created == ACLED_EVENTS, report.tally_lines()  # fmt: skip

    def run_foreign() -> None:
        found = importer.inspect(ctx.db, tracker)
        assert found.proposed is not None
        unknowns = importer.unknown_names(ctx.db, tracker, found.proposed, ctx.framework_id)
        assert len(unknowns) == 50, len(unknowns)
        mapping = importer.with_proposals(found.proposed, unknowns, create_missing=True)
        report = importer.run(
            ctx.db, tracker, framework_id=ctx.framework_id, state=JobState(), dry_run=True,
            mapping=mapping, today=TODAY, create_missing=True,
        )  # fmt: skip
        assert not report.has_errors and report.tally("commitments").created == 500, [str(e) for e in report.errors[:3]]  # fmt: skip

    def run_changes() -> None:
        report = importer.run(
            ctx.db, edited, framework_id=ctx.framework_id, state=JobState(), dry_run=True, today=TODAY
        )  # fmt: skip
        assert not report.has_errors, [str(e) for e in report.errors[:3]]
        assert report.tally("commitments").updated == expected["commitments"] == 5000, report.tally_lines()  # fmt: skip
        for kind in ("status_changes", "deadline_revisions"):
            assert report.tally(kind).created == expected[kind], (kind, report.tally_lines())
        assert report.tally("resources").updated == expected["resources"], report.tally_lines()

    def prepare_changes() -> None:
        if expected:
            return
        if not year_tracker.exists():
            year = export.ExportOptions(today=TODAY, **ONE_YEAR)  # type: ignore[arg-type]
            export.run(ctx.db, ctx.framework_id, year_tracker, year, JobState())
        expected.update(edit_tracker(year_tracker, edited, 5000))

    return [
        Benchmark(
            f"ACLED import of {ACLED_EVENTS:,} events (dry run)",
            run_acled,
            goal_ms=15_000,
            repeat=1,
            setup=lambda: events.exists() or write_acled(events, ACLED_EVENTS),
        ),
        Benchmark(
            "foreign tracker, 500 commitments, 50 unknown names reconciled (dry run)",
            run_foreign,
            goal_ms=10_000,
            repeat=1,
            setup=lambda: tracker.exists() or write_tracker(tracker, 500, 50),
        ),
        Benchmark(
            "import back, 5,000 commitments changed: titles, statuses, deadlines, lines (dry run)",
            run_changes,
            goal_ms=20_000,
            repeat=1,
            setup=prepare_changes,
        ),
    ]
