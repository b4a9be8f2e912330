"""`make bench`: build the large database, then time the main operations against baselines.

    python bench/run.py [--only TEXT] [--rebuild] [--scale 0.1] [--db FILE]

Every module bench/bench_*.py contributes a ``benchmarks(ctx)`` function returning Benchmark
objects; each is timed (median of several runs) with its baseline in the same run.
"""

from __future__ import annotations

import argparse
import compileall
import gc
import importlib
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import secframe  # noqa: E402
from common import Context, measure, report  # noqa: E402
from secframe.db import Database  # noqa: E402


def main() -> int:
    """Build (or reuse) the database, run every benchmark, print and save the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=HERE / "out" / "large.sqlite3")
    parser.add_argument("--rebuild", action="store_true", help="rebuild even if the file exists")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument("--only", default="", help="run benchmarks whose name contains this")
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)

    from build import SIZES, build

    sizes = {k: max(int(v * args.scale), 1) for k, v in SIZES.items()}
    if args.rebuild or not args.db.exists() or args.scale != 1.0:
        start = time.perf_counter()
        sizes = build(args.db, args.scale)
        print(f"Built {args.db} in {time.perf_counter() - start:.1f} s (goal < 60 s): {sizes}")
    else:
        print(f"Reusing {args.db} (--rebuild to build it again): {sizes}")
    print(f"Database file: {args.db.stat().st_size / 1e6:.1f} MB")

    # An installed package runs from bytecode; compile it once so that the start-up figures
    # do not include compiling every module (PYTHONDONTWRITEBYTECODE would redo it each time).
    compileall.compile_dir(Path(secframe.__file__).parent, quiet=1)
    db = Database.open(args.db)
    ctx = Context(db_path=args.db, db=db, framework_id=1, sizes=sizes, out_dir=args.db.parent)
    results = []
    try:
        for module_path in sorted(HERE.glob("bench_*.py")):
            # A module that builds the desktop settles the garbage collector as the app does
            # (it then collects on the UI thread, while the events run); the others collect
            # automatically, as the command line does.
            gc.enable()
            module = importlib.import_module(module_path.stem)
            for bench in module.benchmarks(ctx):
                if args.only and args.only not in bench.name:
                    continue
                results.append(measure(bench))
                print(f"  {bench.name}: {results[-1].median_ms:.1f} ms", flush=True)
    finally:
        db.close()
    table = report(results)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    table += f"\n\nPeak memory of the benchmark process: {peak:.0f} MB"
    print()
    print(table)
    (args.db.parent / "results.txt").write_text(table + "\n", "utf-8")
    return 0 if all(r.met is not False for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
