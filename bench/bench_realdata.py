"""Real data in (issue 10): an ACLED export of 20,000 events (a quarter of them monadic actor
rows), a secretariat's tracker of 500 commitments with 50 names secframe does not know,
reconciled and imported, and one import changing 5,000 commitments. Every run is a dry run
on the large database: the whole import, rolled back. The files are generated (no ACLED data
is redistributed)."""

from __future__ import annotations

import csv
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench_exchange import ONE_YEAR, TODAY, _retitle
from common import Benchmark, Context
from secframe.db.reference import reference_cercles
from secframe.exchange import importer
from secframe.exchange.acled import importer as acled
from secframe.exchange.tracker import export
from secframe.jobs import JobState

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


def benchmarks(ctx: Context) -> list[Benchmark]:
    """ACLED 20,000 events; tracker 500 commitments / 50 unknown names; 5,000 changes."""
    out = ctx.out_dir
    events = out / "bench-acled-20000.csv"
    tracker = out / "bench-foreign-500.xlsx"
    year_tracker = out / "bench-tracker.xlsx"
    edited = out / "bench-tracker-5000-retitled.xlsx"

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
        assert report.tally("commitments").updated == 5000 and not report.has_errors, report.tally_lines()  # fmt: skip

    def prepare_changes() -> Any:
        if edited.exists():
            return None
        if not year_tracker.exists():
            year = export.ExportOptions(today=TODAY, **ONE_YEAR)  # type: ignore[arg-type]
            export.run(ctx.db, ctx.framework_id, year_tracker, year, JobState())
        return _retitle(year_tracker, edited, 5000)

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
            "import back, 5,000 commitments retitled (dry run)",
            run_changes,
            goal_ms=20_000,
            repeat=1,
            setup=prepare_changes,
        ),
    ]
