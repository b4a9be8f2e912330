"""What every command shares: the database named by --db, the framework named by --framework,
the --framework option, and the types commands are registered with."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from secframe.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from secframe.db import Database
    from secframe.services.frameworks import FrameworkInfo

Handler = Callable[[argparse.Namespace], int]

# add(name, handler, help) returns the new sub-parser (see commands.build_parser).
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]


def tr_cli(text: str) -> str:
    """A command-line message in the user's language."""
    return translate("CLI", text)


def open_database(args: argparse.Namespace, *, create: bool = True) -> Database:
    """The database named by --db (or the default), opened and current; an encrypted one
    after its passphrase, read-only with --read-only (see ``commands.protection``)."""
    from secframe.commands import protection

    return protection.open_database(args, create=create)


def framework_from(session: Session, args: argparse.Namespace) -> FrameworkInfo:
    """The framework named by --framework (optional when the database holds one)."""
    from secframe.services.frameworks import find_framework

    return find_framework(session, getattr(args, "framework", None))


def add_framework_option(parser: argparse.ArgumentParser) -> None:
    """The --framework option of commands that work on one framework."""
    parser.add_argument(
        "--framework",
        metavar="NAME",
        help=tr_cli(
            QT_TRANSLATE_NOOP(
                "CLI",
                "the framework: its id, short name or a unique part of its name (case and "
                "accents ignored); may be left out when the database holds only one",
            )
        ),
    )
