"""Command line: `secframe` starts the desktop app; sub-commands work without a display.

Each module of this package adds its commands with ``register(add)``; ``build_parser`` calls
them in the order ``secframe --help`` lists them."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from secframe import __version__, config, i18n
from secframe.commands import brief, database, exchange, framework, minutes, protection
from secframe.commands.common import Handler
from secframe.commands.common import tr_cli as _t
from secframe.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

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


# The modules adding sub-commands, in the order of `secframe --help`.
COMMAND_MODULES = (database, protection, framework, exchange, brief, minutes)

# --- parser -----------------------------------------------------------------------------------


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
        "--read-only",
        action="store_true",
        default=argparse.SUPPRESS,
        help=_t(
            QT_TRANSLATE_NOOP(
                "CLI", "open the database without writing anything to it (for reading only)"
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

    for module in COMMAND_MODULES:
        module.register(add)
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
    args.read_only = getattr(args, "read_only", False)
    handler: Handler = getattr(args, "handler", database.cmd_gui)
    if handler is not database.cmd_gui:
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
