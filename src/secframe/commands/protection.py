"""Command line: opening protected databases (passphrase, ``--read-only``) and the commands
`secframe encrypt`, `secframe decrypt`, `secframe passphrase` and `secframe upgrade`."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from secframe.db.errors import DatabaseError
from secframe.i18n import QT_TRANSLATE_NOOP, msg, translate

if TYPE_CHECKING:
    from secframe.commands.common import AddCommand
    from secframe.db import Database
    from secframe.db.access import ServerBackup

ENV_NEW_PASSPHRASE = "SECFRAME_NEW_PASSPHRASE"  # for scripts: the passphrase to set


def _t(text: str) -> str:
    return translate("DatabaseCLI", text)


class PassphraseRefused(DatabaseError):
    """No usable passphrase (none typed, too short, not the same twice); nothing changed."""


def open_database(
    args: argparse.Namespace,
    *,
    create: bool = True,
    server_backup: ServerBackup | None = None,
) -> Database:
    """The database named by --db, after its passphrase if it is encrypted (from
    ``SECFRAME_PASSPHRASE``, else asked), read-only with --read-only."""
    from secframe.db import Database
    from secframe.db.crypto import ENV_PASSPHRASE, PassphraseNeeded

    read_only = bool(getattr(args, "read_only", False))
    given = os.environ.get(ENV_PASSPHRASE) or None

    def attempt(passphrase: str | None) -> Database:
        return Database.open(
            args.db,
            create=create and not read_only,
            read_only=read_only,
            passphrase=passphrase,
            server_backup=server_backup,
        )

    try:
        return attempt(given)
    except PassphraseNeeded as needed:
        if given is not None:
            raise
        return attempt(_ask(needed.location))


def _ask(location: str) -> str:
    """The passphrase of ``location``, typed by the user (not echoed)."""
    if not sys.stdin.isatty():
        raise PassphraseRefused(
            msg(
                "DatabaseCLI",
                QT_TRANSLATE_NOOP(
                    "DatabaseCLI",
                    "{location} is encrypted: set SECFRAME_PASSPHRASE or run the command in a "
                    "terminal to type the passphrase.",
                ),
                location=location,
            )
        )
    prompt = _t(QT_TRANSLATE_NOOP("DatabaseCLI", "Passphrase for {location}: "))
    return getpass.getpass(prompt.format(location=location))


def _new_passphrase() -> str:
    """The passphrase to set: ``SECFRAME_NEW_PASSPHRASE``, else typed twice."""
    from secframe.db.crypto import weakness

    passphrase = os.environ.get(ENV_NEW_PASSPHRASE)
    if passphrase is None:
        if not sys.stdin.isatty():
            raise PassphraseRefused(
                msg(
                    "DatabaseCLI",
                    QT_TRANSLATE_NOOP(
                        "DatabaseCLI",
                        "Set SECFRAME_NEW_PASSPHRASE or run the command in a terminal to type "
                        "the new passphrase. Nothing was changed.",
                    ),
                )
            )
        passphrase = getpass.getpass(_t(QT_TRANSLATE_NOOP("DatabaseCLI", "New passphrase: ")))
        again = getpass.getpass(_t(QT_TRANSLATE_NOOP("DatabaseCLI", "Same passphrase again: ")))
        if again != passphrase:
            raise PassphraseRefused(
                msg(
                    "DatabaseCLI",
                    QT_TRANSLATE_NOOP(
                        "DatabaseCLI", "The two passphrases differ; nothing was changed."
                    ),
                )
            )
    problem = weakness(passphrase)
    if problem is not None:
        raise PassphraseRefused(problem)
    return passphrase


def _sqlite_file(db: Database) -> Path:
    from secframe.services.errors import ServiceError

    if not db.is_sqlite:
        raise ServiceError(
            msg(
                "DatabaseCLI",
                QT_TRANSLATE_NOOP(
                    "DatabaseCLI",
                    "Only a database file can be encrypted; a server database is protected by "
                    "the server.",
                ),
            )
        )
    return Path(db.location)


def cmd_encrypt(args: argparse.Namespace) -> int:
    """Encrypt a plain database file in place."""
    from secframe.db.crypto import Key, convert

    db = open_database(args, create=False)
    try:
        path, old = _sqlite_file(db), db.key
    finally:
        db.close()
    if old is not None:
        print(
            _t(QT_TRANSLATE_NOOP("DatabaseCLI", "{path} is already encrypted.")).format(path=path)
        )
        return 0
    convert(path, None, Key(_new_passphrase()))
    print(_t(QT_TRANSLATE_NOOP("DatabaseCLI", "Encrypted: {path}")).format(path=path))
    print(_t(KEEP_IT_SAFE))
    return 0


KEEP_IT_SAFE = QT_TRANSLATE_NOOP(
    "DatabaseCLI",
    "Keep the passphrase safe: without it nobody, not even secframe, can read the data. Copies "
    "made before (backups, exports) are not encrypted: delete the ones you no longer need.",
)


def cmd_decrypt(args: argparse.Namespace) -> int:
    """Write an encrypted database file back as a plain one, in place."""
    from secframe.db.crypto import convert

    db = open_database(args, create=False)
    try:
        path, old = _sqlite_file(db), db.key
        if old is None:
            print(
                _t(QT_TRANSLATE_NOOP("DatabaseCLI", "{path} is not encrypted.")).format(path=path)
            )
            return 0
        db.engine.dispose()
        convert(path, old, None)
    finally:
        db.close()
    print(_t(QT_TRANSLATE_NOOP("DatabaseCLI", "Decrypted: {path}")).format(path=path))
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Change the passphrase of an encrypted database file."""
    from secframe.db.crypto import Key, convert

    db = open_database(args, create=False)
    try:
        path, old = _sqlite_file(db), db.key
        if old is None:
            print(
                _t(
                    QT_TRANSLATE_NOOP(
                        "DatabaseCLI", "{path} is not encrypted: use 'secframe encrypt'."
                    )
                ).format(path=path)
            )
            return 2
        db.engine.dispose()
        convert(path, old, Key(_new_passphrase()))
    finally:
        db.close()
    print(_t(QT_TRANSLATE_NOOP("DatabaseCLI", "Passphrase changed: {path}")).format(path=path))
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    """Bring a database to this version's layout (a server only after the user's backup)."""
    from secframe.db.access import ServerBackup

    if args.backup is not None:
        answer: ServerBackup | None = ServerBackup(Path(args.backup))
    else:
        answer = ServerBackup(None) if args.backed_up else None
    db = open_database(args, create=False, server_backup=answer)
    try:
        revision = db.revision()
    finally:
        db.close()
    print(
        _t(
            QT_TRANSLATE_NOOP("DatabaseCLI", "{location} is up to date (schema {revision}).")
        ).format(location=db.location, revision=revision)
    )
    return 0


def register(add: AddCommand) -> None:
    """Add the protection commands to the `secframe` parser."""
    add(
        "encrypt",
        cmd_encrypt,
        _t(
            QT_TRANSLATE_NOOP(
                "DatabaseCLI",
                "encrypt the database file (asks for a new passphrase, or reads "
                "SECFRAME_NEW_PASSPHRASE)",
            )
        ),
    )
    add(
        "decrypt",
        cmd_decrypt,
        _t(QT_TRANSLATE_NOOP("DatabaseCLI", "turn an encrypted database file into a plain one")),
    )
    add(
        "passphrase",
        cmd_passphrase,
        _t(QT_TRANSLATE_NOOP("DatabaseCLI", "change the passphrase of an encrypted database file")),
    )
    p = add(
        "upgrade",
        cmd_upgrade,
        _t(
            QT_TRANSLATE_NOOP(
                "DatabaseCLI",
                "upgrade the database to this version (a server database only after a backup)",
            )
        ),
    )
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--backup",
        metavar="FILE",
        help=_t(
            QT_TRANSLATE_NOOP(
                "DatabaseCLI", "first write a copy of the server database to this SQLite file"
            )
        ),
    )
    group.add_argument(
        "--backed-up",
        action="store_true",
        help=_t(
            QT_TRANSLATE_NOOP(
                "DatabaseCLI", "the server database was backed up (pg_dump): upgrade it now"
            )
        ),
    )
