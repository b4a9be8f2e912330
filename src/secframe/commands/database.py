"""The commands about the database itself: `gui`, `demo`, `info` and `backup`."""

from __future__ import annotations

import argparse
from pathlib import Path

from secframe import __version__, i18n
from secframe.commands.common import AddCommand, open_database
from secframe.commands.common import tr_cli as _t
from secframe.i18n import QT_TRANSLATE_NOOP


def register(add: AddCommand) -> None:
    """Add the database commands to the `secframe` parser."""
    add("gui", cmd_gui, _t(QT_TRANSLATE_NOOP("CLI", "open the desktop application (default)")))
    add(
        "demo", cmd_demo, _t(QT_TRANSLATE_NOOP("CLI", "add the example frameworks to the database"))
    )
    add(
        "info",
        cmd_info,
        _t(QT_TRANSLATE_NOOP("CLI", "show the database location, schema revision and contents")),
    )
    p = add(
        "backup",
        cmd_backup,
        _t(
            QT_TRANSLATE_NOOP(
                "CLI", "write a consistent copy of the database (also while the app is open)"
            )
        ),
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=_t(QT_TRANSLATE_NOOP("CLI", "the backup file to write (SQLite)")),
    )


# --- commands ----------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    """Start the desktop application."""
    from secframe.ui.app import run

    return run(db_location=args.db, language=args.lang, read_only=args.read_only)


def cmd_demo(args: argparse.Namespace) -> int:
    """Add the example frameworks."""
    from secframe.services.demo import build_demo
    from secframe.services.frameworks import list_frameworks

    db = open_database(args)
    try:
        with db.write("demo") as session:
            build_demo(session)
        with db.read() as session:
            names = [f.name for f in list_frameworks(session)]
    finally:
        db.close()
    print(
        _t(QT_TRANSLATE_NOOP("CLI", "Example frameworks added to {location}:")).format(
            location=db.location
        )
    )
    for name in names:
        print(f"  - {name}")
    return 0


# What `secframe info` calls each kind of record it counts (keys of history.entity_counts).
_COUNT_LABELS = {
    "frameworks": QT_TRANSLATE_NOOP("CLI", "Frameworks"),
    "members": QT_TRANSLATE_NOOP("CLI", "Members"),
    "representatives": QT_TRANSLATE_NOOP("CLI", "Representatives"),
    "commitments": QT_TRANSLATE_NOOP("CLI", "Commitments"),
    "status_changes": QT_TRANSLATE_NOOP("CLI", "Status changes"),
    "deadline_revisions": QT_TRANSLATE_NOOP("CLI", "Deadline revisions"),
    "resource_needs": QT_TRANSLATE_NOOP("CLI", "Resource needs"),
    "meetings": QT_TRANSLATE_NOOP("CLI", "Sessions"),
    "incidents": QT_TRANSLATE_NOOP("CLI", "Incidents"),
    "localities": QT_TRANSLATE_NOOP("CLI", "Localities"),
    "axes": QT_TRANSLATE_NOOP("CLI", "Axes"),
    "audit_entries": QT_TRANSLATE_NOOP("CLI", "Audit entries"),
}


# What `secframe info` counts for each framework: key of FrameworkDetail.counts, then the
# singular and plural wording.
_FRAMEWORK_COUNTS = (
    ("members", QT_TRANSLATE_NOOP("CLI", "{count} member"), QT_TRANSLATE_NOOP("CLI", "{count} members")),
    ("commitments", QT_TRANSLATE_NOOP("CLI", "{count} commitment"), QT_TRANSLATE_NOOP("CLI", "{count} commitments")),
    ("meetings", QT_TRANSLATE_NOOP("CLI", "{count} session"), QT_TRANSLATE_NOOP("CLI", "{count} sessions")),
)  # fmt: skip


def cmd_info(args: argparse.Namespace) -> int:
    """Show where the database is, its schema revision and what it holds."""
    from secframe.services.frameworks import get_framework, list_frameworks
    from secframe.services.history import entity_counts

    db = open_database(args, create=False)
    try:
        with db.read() as session:
            counts = entity_counts(session)
            frameworks = [get_framework(session, f.id) for f in list_frameworks(session)]
        revision = db.revision()
    finally:
        db.close()
    print(_t(QT_TRANSLATE_NOOP("CLI", "Database: {location}")).format(location=db.location))
    print(_t(QT_TRANSLATE_NOOP("CLI", "Schema revision: {revision}")).format(revision=revision))
    print(f"secframe {__version__}")
    print()
    labels = {key: _t(_COUNT_LABELS.get(key, key)) for key in counts}
    width = max(len(label) for label in labels.values())
    for key, n in counts.items():
        print(f"  {labels[key]:<{width}}  {i18n.format_number(n)}")
    print()
    print(_t(QT_TRANSLATE_NOOP("CLI", "Frameworks:")))
    if not frameworks:
        print("  " + _t(QT_TRANSLATE_NOOP("CLI", "none yet (run 'secframe demo' for the example)")))
    for f in frameworks:
        counts_line = ", ".join(
            i18n.count_text("CLI", f.counts[key], one, many) for key, one, many in _FRAMEWORK_COUNTS
        )
        print(
            "  "
            + _t(
                QT_TRANSLATE_NOOP("CLI", "[{id}] {short_name} — {name} ({level}): {counts}")
            ).format(
                id=f.id,
                short_name=f.short_name,
                name=f.name,
                level=f.level.label(),
                counts=counts_line,
            )
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a consistent copy of the database to a SQLite file."""
    from secframe.db.backup import backup

    db = open_database(args, create=False)
    try:
        target = backup(db.engine, Path(args.output))
    finally:
        db.close()
    print(_t(QT_TRANSLATE_NOOP("CLI", "Backup written to {path}")).format(path=target))
    return 0
