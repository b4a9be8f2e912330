"""Command line: `secframe` starts the desktop app; sub-commands work without a display."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from secframe import __version__, config, i18n
from secframe.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from secframe.db import Database
    from secframe.services.frameworks import FrameworkInfo

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


def _t(text: str) -> str:
    return translate("CLI", text)


# argparse's own words, so that help and usage errors read in the user's language.
_ARGPARSE = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
)


def _argparse_gettext(text: str) -> str:
    return translate("argparse", text) if text in _ARGPARSE else text


# Modules adding sub-commands: each has register(add) where add(name, handler, help) returns
# the new sub-parser (see build_parser).
COMMAND_MODULES: tuple[str, ...] = ("secframe.exchange.cli", "secframe.reports.brief_command")

AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]


def open_database(args: argparse.Namespace, *, create: bool = True) -> Database:
    """The database named by --db (or the default), opened and current."""
    from secframe.db import Database

    return Database.open(args.db, create=create)


def framework_from(session: Session, args: argparse.Namespace) -> FrameworkInfo:
    """The framework named by --framework (optional when the database holds one)."""
    from secframe.services.frameworks import find_framework

    return find_framework(session, getattr(args, "framework", None))


# --- commands ----------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    """Start the desktop application."""
    from secframe.ui.app import run

    return run(db_location=args.db, language=args.lang)


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


# --- parser ------------------------------------------------------------------------------------


def add_framework_option(parser: argparse.ArgumentParser) -> None:
    """The --framework option of commands that work on one framework."""
    parser.add_argument(
        "--framework",
        metavar="NAME",
        help=_t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "the framework: its id, short name or a unique part of its name (case and "
                "accents ignored); may be left out when the database holds only one",
            )
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `secframe` command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help=_t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "database file or SQLAlchemy URL (e.g. postgresql+psycopg://user@host/db); "
                "default: $SECFRAME_DB, else secframe.sqlite3 in the user data folder",
            )
        ),
    )
    common.add_argument(
        "--lang",
        choices=i18n.SUPPORTED_LANGUAGES,
        default=argparse.SUPPRESS,
        help=_t(QT_TRANSLATE_NOOP("CLI", "language of messages and documents (default: system)")),
    )
    parser = argparse.ArgumentParser(
        prog="secframe",
        parents=[common],
        description=_t(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Tracker for the secretariats of collaborative security management frameworks. "
                "Without a command, opens the desktop application.",
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"secframe {__version__}",
        help=_argparse_gettext("show program's version number and exit"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

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
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(add)
    return parser


def _language_from(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
    return i18n.system_language()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `secframe` command; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language_from(argv))
    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    args.lang = getattr(args, "lang", None)
    handler: Handler = getattr(args, "handler", cmd_gui)
    if handler is not cmd_gui:
        config.setup_logging()
    return run_handler(handler, args)


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command; user errors print one line (and go to the log file with their details),
    other errors go to the log file and the user is told where it is."""
    from secframe.db.errors import DatabaseError, Fault, diagnose
    from secframe.services.errors import ServiceError

    try:
        return handler(args)
    except (DatabaseError, ServiceError) as err:
        return _user_error(handler, err)
    except BrokenPipeError:  # the output was piped into a command that stopped reading (head)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("secframe: " + _t(QT_TRANSLATE_NOOP("CLI", "interrupted")), file=sys.stderr)
        return 130
    except OSError as err:  # a file of the command (the database's are diagnosed by db)
        return _user_error(handler, _file_error(err), cause=err)
    except Exception as err:
        mapped = diagnose("secframe", err)
        if mapped is not None and mapped.kind != Fault.FAILED:
            return _user_error(handler, mapped, cause=err)
        log.exception("Unexpected error in %s", handler.__name__)
        print(
            "secframe: "
            + _t(QT_TRANSLATE_NOOP("CLI", "something went wrong; the details are in {log}")).format(
                log=config.log_file()
            ),
            file=sys.stderr,
        )
        return 1


def _file_error(err: OSError) -> Exception:
    """A file that could not be read or written, in the user's words."""
    import errno

    from secframe.exchange.errors import cannot_write, error

    name = Path(str(err.filename or "")).name or "?"
    if err.errno == errno.ENOENT:
        return error(QT_TRANSLATE_NOOP("Exchange", "{file} does not exist."), file=name)
    return cannot_write(Path(name), err)


def _user_error(handler: Handler, err: Exception, cause: BaseException | None = None) -> int:
    """Print a user error on one line; log it with its details (the message's source text,
    not its values: logs never hold the data)."""
    message = getattr(err, "message", None)
    log.warning(
        "%s in %s: %s [%s]",
        type(err).__name__,
        handler.__name__,
        getattr(message, "source", str(err)),
        getattr(err, "detail", "") or "",
        exc_info=(type(err), err, err.__traceback__) if cause is None else cause,
    )
    print(f"secframe: {err}", file=sys.stderr)
    return 2


def gui_main() -> int:
    """Entry point of the desktop shortcut (no console)."""
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    raise SystemExit(main())
