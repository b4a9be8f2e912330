"""Encrypted SQLite files (SQLCipher): telling them apart, keys, and converting files safely.

SQLCipher comes from the optional ``sqlcipher3`` package (``pip install "secframe[encryption]"``):
without it secframe opens plain files only and says so when it meets an encrypted one. The
passphrase is kept in one ``Key`` that can be wiped (the lock) and is never put in a URL, a log
or an error message.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from secframe.db.errors import DatabaseError
from secframe.files import replace_file
from secframe.i18n import QT_TRANSLATE_NOOP, Message, msg

if TYPE_CHECKING:
    from sqlalchemy import Engine

ENV_PASSPHRASE = "SECFRAME_PASSPHRASE"  # for scripts and tests: the passphrase, no prompt
SQLITE_HEADER = b"SQLite format 3\x00"
MIN_LENGTH = 8
CACHE_KIB = 32_000
PAGE_UNIT = 512  # SQLCipher files are whole pages of a multiple of 512 bytes


class PassphraseNeeded(DatabaseError):
    """The file is encrypted and no passphrase was given."""

    def __init__(self, location: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP("Database", "{location} is encrypted: give its passphrase."),
                location=location,
            )
        )
        self.location = location


class WrongPassphrase(DatabaseError):
    """The passphrase does not open the file (or the file is not a database at all)."""

    def __init__(self, location: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "Wrong passphrase for {location} (or the file is not a secframe database). "
                    "The file was left untouched.",
                ),
                location=location,
            )
        )
        self.location = location


class EncryptionUnavailable(DatabaseError):
    """An encrypted file, but SQLCipher is not installed."""

    def __init__(self, location: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{location} is encrypted, or is not a secframe database. Opening encrypted "
                    'databases needs the encryption module: pip install "secframe[encryption]". '
                    "The file was left untouched.",
                ),
                location=location,
            )
        )


class FileInUse(DatabaseError):
    """The file is open in another program, so it cannot be replaced."""

    def __init__(self, location: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database",
                    "{location} is open in another program (secframe?). Close it and try "
                    "again; the file was left untouched.",
                ),
                location=location,
            )
        )


class DatabaseLocked(DatabaseError):
    """The app is locked: the passphrase was wiped and must be given again."""

    def __init__(self, location: str) -> None:
        super().__init__(
            msg(
                "Database",
                QT_TRANSLATE_NOOP(
                    "Database", "{location} is locked: give the passphrase again to continue."
                ),
                location=location,
            )
        )


class Key:
    """A database passphrase held in one wipeable buffer."""

    def __init__(self, passphrase: str) -> None:
        self._secret = bytearray(passphrase.encode("utf-8"))

    @property
    def present(self) -> bool:
        """False once wiped (the app is locked)."""
        return bool(self._secret)

    def text(self) -> str:
        """The passphrase, for the driver."""
        return self._secret.decode("utf-8")

    def pragma(self) -> str:
        """The ``PRAGMA key`` statement (the passphrase as an SQL string literal)."""
        return "PRAGMA key = '{}'".format(self.text().replace("'", "''"))

    def matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is this key (to unlock)."""
        return bool(self._secret) and passphrase.encode("utf-8") == bytes(self._secret)

    def take(self, other: Key) -> None:
        """Hold ``other``'s passphrase (after an unlock) and empty ``other``."""
        self._secret = other._secret
        other._secret = bytearray()

    def wipe(self) -> None:
        """Overwrite the passphrase in memory and forget it."""
        for i in range(len(self._secret)):
            self._secret[i] = 0
        self._secret = bytearray()

    def __repr__(self) -> str:
        return "Key(***)"


def weakness(passphrase: str) -> Message | None:
    """Why a new passphrase is refused (too short), or None."""
    if len(passphrase) < MIN_LENGTH:
        return msg(
            "Database",
            QT_TRANSLATE_NOOP(
                "Database",
                "The passphrase is too short: use at least {count} characters (a few words "
                "are easier to remember). Nothing was changed.",
            ),
            count=MIN_LENGTH,
        )
    return None


def strength(passphrase: str) -> int:
    """A rough 0–4 strength of a passphrase (length and variety) for the hint under it."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    score = 1 + (len(passphrase) >= 12) + (len(passphrase) >= 20) + (kinds >= 3)
    return min(score, 4)


_ENGINE_KEYS: WeakKeyDictionary[Engine, Key] = WeakKeyDictionary()


def remember_key(engine: Engine, key: Key | None) -> None:
    """Note which key an engine's connections use (so that copies are keyed the same)."""
    if key is not None:
        _ENGINE_KEYS[engine] = key


def key_of(engine: Engine) -> Key | None:
    """The key of an engine on an encrypted file, else None."""
    return _ENGINE_KEYS.get(engine)


def sqlcipher() -> ModuleType | None:
    """The SQLCipher driver, or None when it is not installed."""
    try:
        import sqlcipher3
    except ImportError:
        return None
    module: ModuleType = sqlcipher3
    return module


def require_sqlcipher(location: str) -> ModuleType:
    """The SQLCipher driver, or a clear error saying how to install it."""
    module = sqlcipher()
    if module is None:
        raise EncryptionUnavailable(location)
    return module


def is_encrypted_file(path: Path) -> bool:
    """True for a file shaped like a SQLCipher database: whole pages, no SQLite header."""
    try:
        size = Path(path).stat().st_size
        with Path(path).open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return size >= PAGE_UNIT and size % PAGE_UNIT == 0 and header != SQLITE_HEADER


def connect(
    path: Path,
    key: Key | None,
    *,
    read_only: bool = False,
    untouched: bool = False,
    timeout: float = 5.0,
) -> Any:
    """A DB-API connection to a SQLite file, keyed when ``key`` is given (SQLCipher);
    ``untouched``: read-only and, when no program writes to it, without creating any file."""
    import sqlite3

    read_only = read_only or untouched
    uri = _read_only_uri(Path(path), untouched) if read_only else str(path)
    if key is None:
        return sqlite3.connect(uri, uri=read_only, timeout=timeout, check_same_thread=False)
    module = require_sqlcipher(str(path))
    conn = module.connect(uri, uri=read_only, timeout=timeout, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not stderr's
    conn.execute(key.pragma())
    # Keep more decrypted pages between queries (SQLite's default is 2 MB): pages read again
    # are then not decrypted again.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


def _read_only_uri(path: Path, untouched: bool) -> str:
    """SQLite's read-only URI; with ``untouched``, immutable (no journal file created, not
    even the WAL's) when no program has the database open for writing (it has no WAL file)."""
    idle = not Path(f"{path}-wal").exists()
    immutable = "&immutable=1" if untouched and idle else ""
    return f"{path.as_uri()}?mode=ro{immutable}"


def check_key(path: Path, key: Key, *, untouched: bool = False) -> None:
    """Raise ``WrongPassphrase`` unless ``key`` opens the file (which is only read)."""
    module = require_sqlcipher(str(path))
    conn = None
    try:
        conn = connect(path, key, read_only=True, untouched=untouched)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as err:
        raise WrongPassphrase(str(path)) from err
    finally:
        if conn is not None:
            conn.close()


def convert(source: Path, old: Key | None, new: Key | None, target: Path | None = None) -> Path:
    """Write ``source`` re-keyed (``new`` None: plain) to ``target`` (default: in its place).

    The new file is written beside the target, checked, then moved over it; until then the
    original is untouched, and any failure leaves it as it was.
    """
    source = Path(source)
    target = Path(target) if target is not None else source
    module = require_sqlcipher(str(source))
    if old is not None:
        check_key(source, old)
    with replace_file(target) as pending:  # an empty private file SQLite fills by its name
        conn = module.connect(str(source), check_same_thread=False)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            if old is not None:
                conn.execute(old.pragma())
            conn.execute(
                "ATTACH DATABASE ? AS converted KEY ?",
                (str(pending.path), new.text() if new is not None else ""),
            )
            conn.execute("SELECT sqlcipher_export('converted')")
            conn.execute("DETACH DATABASE converted")
        finally:
            conn.close()
        verify(pending.path, new)
        if target == source and Path(f"{source}-wal").exists():
            raise FileInUse(str(source))  # another program has it open: replacing would lose data
    # What a program that ended without closing the replaced file left beside it belongs to
    # that file: applied to the new one, its write-ahead log would make it read as damaged.
    leftovers = ("-shm",) if target == source else ("-wal", "-shm")  # in place: none (above)
    for suffix in leftovers:
        with contextlib.suppress(OSError):
            Path(f"{target}{suffix}").unlink()
    return target


def verify(path: Path, key: Key | None) -> None:
    """Check a written copy reads back whole (``PRAGMA quick_check``)."""
    conn = connect(path, key)
    try:
        row = conn.execute("PRAGMA quick_check").fetchone()
    finally:
        conn.close()
    if not row or row[0] != "ok":
        raise OSError(f"the new file failed its check: {row}")
