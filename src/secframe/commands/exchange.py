"""Command line: `secframe export`, `secframe import` and `secframe import-incidents`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from secframe import i18n
from secframe.commands.common import add_framework_option, framework_from, open_database
from secframe.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from secframe.commands.common import AddCommand
    from secframe.exchange.foreign.mapping import Mapping
    from secframe.exchange.foreign.reconcile import Unknown
    from secframe.exchange.import_report import ImportReport
    from secframe.exchange.importer import Inspection
    from secframe.exchange.workbook import Book


def _t(text: str) -> str:
    return translate("ExchangeCLI", text)


def _date(value: str) -> date:
    from secframe.exchange.cells import read_date
    from secframe.exchange.errors import CellError

    try:
        found = read_date(value)
    except CellError as err:
        raise argparse.ArgumentTypeError(str(err.message)) from None
    if found is None:
        raise argparse.ArgumentTypeError(value)
    return found


def _km(value: str) -> float:
    try:
        km = float(value.replace(",", "."))
    except ValueError:
        km = -1.0
    if not 0 <= km <= 100:
        raise argparse.ArgumentTypeError(
            _t(QT_TRANSLATE_NOOP("ExchangeCLI", "write a distance in km from 0 to 100, e.g. 5"))
        )
    return km


def register(add: AddCommand) -> None:
    """Add the exchange commands to the `secframe` parser."""
    _register_export(add)
    _register_import(add)
    _register_import_incidents(add)


def _register_export(add: AddCommand) -> None:
    """The `export` command."""
    p = add(
        "export",
        cmd_export,
        _t(QT_TRANSLATE_NOOP("ExchangeCLI", "export the tracker to an Excel workbook")),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=_t(QT_TRANSLATE_NOOP("ExchangeCLI", "the workbook to write (.xlsx)")),
    )
    add_framework_option(p)
    p.add_argument(
        "--redact",
        action="store_true",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "leave out personal data (names and phones of representatives, names of session chairs and of the people who recorded changes, incident descriptions and actors) for sharing beyond the framework",
            )
        ),
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="DATE",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI", "only incidents from this date (15/03/2019 or 2019-03-15)"
            )
        ),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="DATE",
        help=_t(QT_TRANSLATE_NOOP("ExchangeCLI", "only incidents up to this date")),
    )


def _register_import(add: AddCommand) -> None:
    """The `import` command."""
    p = add(
        "import",
        cmd_import,
        _t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "import a tracker workbook: one exported by secframe, or a tracker in your own layout",
            )
        ),
    )
    p.add_argument(
        "file", metavar="FILE", help=_t(QT_TRANSLATE_NOOP("ExchangeCLI", "the workbook (.xlsx)"))
    )
    add_framework_option(p)
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI", "show what would change (and the column mapping), write nothing"
            )
        ),
    )
    p.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE.json",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "column mapping for a tracker in your own layout (saved from the import dialog or with --save-mapping)",
            )
        ),
    )
    p.add_argument(
        "--save-mapping",
        type=Path,
        metavar="FILE.json",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "write the column mapping used to this file, to correct it and apply it with --mapping",
            )
        ),
    )
    p.add_argument(
        "--sheet",
        metavar="NAME",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI", "the sheet holding the tracker (default: found from the headers)"
            )
        ),
    )
    p.add_argument(
        "--accept-mapping",
        action="store_true",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "import a tracker in your own layout with the proposed column mapping and name matches, without a mapping file",
            )
        ),
    )
    p.add_argument(
        "--create-missing",
        action="store_true",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "create the members and places that have no good match (members in the category “other (to review)”, places under the framework's region)",
            )
        ),
    )
    p.add_argument(
        "--as-of",
        type=_date,
        metavar="DATE",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "the date the tracker was up to date on, for the dates of its statuses (default: the date the tracker states, else today)",
            )
        ),
    )
    p.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "the row holding the column headers (default: found from the headers)",
            )
        ),
    )


def _register_import_incidents(add: AddCommand) -> None:
    """The `import-incidents` command."""
    p = add(
        "import-incidents",
        cmd_import_incidents,
        _t(
            QT_TRANSLATE_NOOP("ExchangeCLI", "import incidents from an ACLED export (CSV or Excel)")
        ),
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help=_t(QT_TRANSLATE_NOOP("ExchangeCLI", "the ACLED export (.csv or .xlsx)")),
    )
    add_framework_option(p)
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=_t(QT_TRANSLATE_NOOP("ExchangeCLI", "show what would change, write nothing")),
    )
    p.add_argument(
        "--regions-only",
        action="store_true",
        help=_t(
            QT_TRANSLATE_NOOP("ExchangeCLI", "keep only the events in the framework's regions")
        ),
    )
    p.add_argument(
        "--remove-missing",
        action="store_true",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "the file is a complete re-export: remove the ACLED events of the same period and regions that it no longer contains",
            )
        ),
    )
    p.add_argument(
        "--axis-distance",
        type=_km,
        metavar="KM",
        help=_t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "put an event on an axis when it lies within this distance of the road (default: 5 km, or the database's setting)",
            )
        ),
    )


def cmd_export(args: argparse.Namespace) -> int:
    """Write the tracker workbook."""
    from secframe.exchange.tracker import export
    from secframe.jobs import TextProgress

    db = open_database(args, create=False)
    try:
        with db.read() as session:
            fw = framework_from(session, args)
        from secframe.reports.maps import map_png

        options = export.ExportOptions(
            language=i18n.language(),
            redact=args.redact,
            incidents_from=args.date_from,
            incidents_to=args.date_to,
            draw_map=map_png,
        )
        progress = TextProgress()
        try:
            result = export.run(db, fw.id, Path(args.output), options, progress)
        finally:
            progress.finish()
    finally:
        db.close()
    counts = result.counts
    print(_t(QT_TRANSLATE_NOOP("ExchangeCLI", "Workbook written: {file}")).format(file=result.path))
    print(
        "  "
        + _t(
            QT_TRANSLATE_NOOP(
                "ExchangeCLI",
                "{commitments} commitments, {resources} resource lines, {members} members, {incidents} incidents",
            )
        ).format(
            **{
                k: i18n.format_number(counts.get(k, 0))
                for k in ("commitments", "resources", "members", "incidents")
            }
        )
    )
    if result.redacted:
        print("  " + _t(QT_TRANSLATE_NOOP("ExchangeCLI", "Redacted copy: personal data left out.")))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import a tracker workbook (ours or foreign)."""
    from secframe.exchange import importer
    from secframe.exchange.foreign import mapping as foreign
    from secframe.exchange.workbook import open_book
    from secframe.jobs import TextProgress
    from secframe.services.frameworks import get_framework

    path = Path(args.file)
    db = open_database(args, create=False)
    try:
        found = importer.inspect(db, path)
        with db.read() as session:
            if found.is_tracker and not args.framework and found.framework_id is not None:
                fw = get_framework(session, found.framework_id)
            else:
                fw = framework_from(session, args)
        mapping: Mapping | None = None
        unknowns: list[Unknown] = []
        if not found.is_tracker:
            with open_book(path) as book:
                mapping = _choose_mapping(args, book, found)
            unknowns = importer.unknown_names(db, path, mapping, fw.id)
            if args.dry_run or args.accept_mapping or args.save_mapping:
                mapping = importer.with_proposals(
                    mapping, unknowns, create_missing=args.create_missing
                )
            _print_mapping(mapping, found.remembered and args.mapping is None)
            _print_unknowns(unknowns, args.create_missing)
            if args.save_mapping:
                foreign.save_mapping_file(mapping, args.save_mapping)
                print(
                    _t(QT_TRANSLATE_NOOP("ExchangeCLI", "Mapping written to {file}")).format(
                        file=args.save_mapping
                    )
                )
            if not (args.dry_run or args.mapping or args.accept_mapping or found.remembered):
                print()
                print(
                    _t(
                        QT_TRANSLATE_NOOP(
                            "ExchangeCLI",
                            "This workbook is not a secframe export; nothing was imported. Check the proposed mapping above with --dry-run, then import with --accept-mapping, or with --mapping FILE.json (write it with --save-mapping FILE.json and correct it if needed).",
                        )
                    )
                )
                return 2
        progress = TextProgress()
        try:
            report = importer.run(
                db, path, framework_id=fw.id, state=progress, dry_run=args.dry_run,
                mapping=mapping, as_of=args.as_of, create_missing=args.create_missing,
            )  # fmt: skip
        finally:
            progress.finish()
    finally:
        db.close()
    status = _print_report(report, fw.short_name, args.dry_run)
    if args.dry_run and status != 0 and unknowns and not args.create_missing:
        args.create_missing = True  # would creating what has no match be enough?
        retry = _preview(db_args=args, path=path, framework_id=fw.id, mapping=mapping, unknowns=unknowns)  # fmt: skip
        if retry.has_errors:
            args.create_missing = False
    if args.dry_run and (status == 0 or args.create_missing):
        print()
        print(_t(QT_TRANSLATE_NOOP("ExchangeCLI", "To import, run:")))
        print("  " + _import_command(args, fw.short_name, found.is_tracker or found.remembered))
    return status


def _preview(
    db_args: argparse.Namespace, path: Path, framework_id: int, mapping: Mapping | None,
    unknowns: list[Unknown],
) -> ImportReport:  # fmt: skip
    """A silent dry run with what --create-missing would add."""
    from secframe.exchange import importer
    from secframe.jobs import JobState

    if mapping is not None:
        mapping = importer.with_proposals(mapping, unknowns, create_missing=True)
    db = open_database(db_args, create=False)
    try:
        return importer.run(
            db, path, framework_id=framework_id, state=JobState(), dry_run=True, mapping=mapping,
            as_of=db_args.as_of, create_missing=True,
        )  # fmt: skip
    finally:
        db.close()


def _import_command(args: argparse.Namespace, framework: str, needs_nothing: bool) -> str:
    """The exact command that imports what the dry run showed."""
    import shlex

    words = ["secframe"]
    if args.db:
        words += ["--db", args.db]
    if args.lang:
        words += ["--lang", args.lang]
    words += ["import", args.file, "--framework", framework]
    if args.save_mapping:
        words += ["--mapping", str(args.save_mapping)]
    elif args.mapping:
        words += ["--mapping", str(args.mapping)]
    elif not needs_nothing or args.accept_mapping:
        words += ["--accept-mapping"]
    if args.sheet and not (args.mapping or args.save_mapping):
        words += ["--sheet", args.sheet]
    if args.header_row and not (args.mapping or args.save_mapping):
        words += ["--header-row", str(args.header_row)]
    if args.create_missing:
        words.append("--create-missing")
    if args.as_of:
        words += ["--as-of", args.as_of.isoformat()]
    return " ".join(shlex.quote(w) for w in words)


def _print_unknowns(unknowns: list[Unknown], create_missing: bool) -> None:
    """The names the tracker uses that secframe does not know, with the closest records."""
    from secframe.exchange.foreign.reconcile import NEW

    if not unknowns:
        return
    print(_t(QT_TRANSLATE_NOOP("ExchangeCLI", "Names to reconcile ({n}):")).format(n=len(unknowns)))
    kinds = {"member": QT_TRANSLATE_NOOP("ExchangeCLI", "member"), "place": QT_TRANSLATE_NOOP("ExchangeCLI", "place or axis")}  # fmt: skip
    for u in unknowns:
        rows = ", ".join(str(r) for r in u.rows[:5]) + ("…" if len(u.rows) > 5 else "")
        head = _t(QT_TRANSLATE_NOOP("ExchangeCLI", "“{name}” ({kind}, rows {rows}):")).format(
            name=u.name, kind=_t(kinds[u.kind]), rows=rows
        )
        options = [
            f"{c.label} ({i18n.format_number(round(c.score * 100))} %)" for c in u.candidates
        ]
        if u.proposed == NEW:
            new = QT_TRANSLATE_NOOP("ExchangeCLI", "create new (with --create-missing)")
            chosen = _t(new) if create_missing else _t(QT_TRANSLATE_NOOP("ExchangeCLI", "no good match: an error unless --create-missing"))  # fmt: skip
        else:
            chosen = u.candidates[0].label
        print(f"  {head} → {chosen}")
        if options:
            print("      " + _t(QT_TRANSLATE_NOOP("ExchangeCLI", "closest: {options}")).format(options="; ".join(options)))  # fmt: skip
    print()


def _choose_mapping(args: argparse.Namespace, book: Book, found: Inspection) -> Mapping:
    """The mapping given with --mapping, at --sheet/--header-row, or the one proposed."""
    from secframe.exchange.errors import error
    from secframe.exchange.foreign import mapping as foreign

    if args.mapping is not None:
        return foreign.load_mapping_file(book, args.mapping)
    proposed = found.proposed
    if args.sheet or args.header_row:
        sheet = args.sheet or (proposed.sheet if proposed else book.data_sheets[0])
        if sheet not in book.data_sheets:
            raise error(
                QT_TRANSLATE_NOOP("Exchange", "The workbook has no sheet “{sheet}”."), sheet=sheet
            )
        row = args.header_row or (
            proposed.header_row if proposed and proposed.sheet == sheet else 1
        )
        return foreign.mapping_at(book.head(sheet, row), sheet, row)
    if proposed is None:
        raise foreign.no_header(book)
    return proposed


def _print_mapping(mapping: Mapping, remembered: bool) -> None:
    if remembered:
        title = QT_TRANSLATE_NOOP(
            "ExchangeCLI",
            "Column mapping (saved earlier for this layout), sheet “{sheet}”, headers in row {row}:",
        )
    else:
        title = QT_TRANSLATE_NOOP(
            "ExchangeCLI", "Proposed column mapping, sheet “{sheet}”, headers in row {row}:"
        )
    print(_t(title).format(sheet=mapping.sheet, row=mapping.header_row))
    for line in mapping.describe():
        print(f"  {line}")
    print()


def _print_report(report: ImportReport, framework: str, dry_run: bool) -> int:
    from secframe.exchange.import_report import Severity

    if report.applied:
        head = QT_TRANSLATE_NOOP("ExchangeCLI", "Imported {file} into {framework}:")
    else:
        head = QT_TRANSLATE_NOOP(
            "ExchangeCLI", "Preview of the import of {file} into {framework} (nothing written):"
        )
    print(_t(head).format(file=report.source, framework=framework))
    for line in report.tally_lines() or [_t(QT_TRANSLATE_NOOP("ExchangeCLI", "nothing to import"))]:
        print(f"  {line}")
    if report.changes:
        print()
        print(_t(QT_TRANSLATE_NOOP("ExchangeCLI", "Changes ({n}):")).format(n=len(report.changes)))
        for change in report.changes:
            print(f"  {change}")
    for severity, title in (
        (Severity.ERROR, QT_TRANSLATE_NOOP("ExchangeCLI", "Errors ({n}):")),
        (Severity.WARNING, QT_TRANSLATE_NOOP("ExchangeCLI", "Warnings ({n}):")),
    ):
        issues = [i for i in report.issues if i.severity == severity]
        if issues:
            print()
            print(_t(title).format(n=len(issues)))
            for issue in issues:
                print(f"  {issue}")
    if report.has_errors:
        print()
        print(
            _t(
                QT_TRANSLATE_NOOP(
                    "ExchangeCLI",
                    "Nothing was imported: correct the errors in the file and import it again.",
                )
            )
        )
        return 2
    return 0


def cmd_import_incidents(args: argparse.Namespace) -> int:
    """Import incidents from an ACLED export."""
    from secframe.exchange.acled import importer as acled
    from secframe.jobs import TextProgress

    db = open_database(args, create=False)
    try:
        with db.read() as session:
            fw = framework_from(session, args)
        options = acled.AcledOptions(
            framework_id=fw.id,
            regions_only=args.regions_only,
            remove_missing=args.remove_missing,
            axis_km=args.axis_distance,
        )
        progress = TextProgress()
        try:
            report = acled.run(db, Path(args.file), options, state=progress, dry_run=args.dry_run)
        finally:
            progress.finish()
    finally:
        db.close()
    status = _print_report(report, fw.short_name, args.dry_run)
    if args.dry_run and status == 0:
        import shlex

        words = ["secframe", *(["--db", args.db] if args.db else [])]
        words += ["import-incidents", args.file, "--framework", fw.short_name]
        words += ["--regions-only"] if args.regions_only else []
        words += ["--remove-missing"] if args.remove_missing else []
        words += (
            ["--axis-distance", str(args.axis_distance)] if args.axis_distance is not None else []
        )
        print()
        print(_t(QT_TRANSLATE_NOOP("ExchangeCLI", "To import, run:")))
        print("  " + " ".join(shlex.quote(w) for w in words))
    return status
