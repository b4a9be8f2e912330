"""Opening a secframe database: location, engine, checks, upgrades and units of work."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import sessionmaker

from secframe import config
from secframe.db import access, crypto
from secframe.db.crypto import Key
from secframe.db.errors import (
    DatabaseClosed,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
    Fault,
    NotASecframeDatabase,
    RecordConflict,
    UnsupportedDatabase,
    UpgradeFailed,
    diagnose,
)
from secframe.db.schema import HEAD_REVISION
from secframe.db.session import SecframeSession

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 5.0  # how long to wait for another program's write to finish


def resolve_url(location: str | Path | None = None) -> URL:
    """A SQLAlchemy URL from a path, a URL string, ``SECFRAME_DB`` or the default file."""
    where = str(location) if location is not None else config.default_db_location()
    if "://" in where:
        return make_url(where)
    path = Path(where).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path))


def describe(url: URL) -> str:
    """The database as shown to users: a file path, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # power cuts are common: every commit reaches the disk
    cur.close()


def _sqlite_read_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cur.execute("PRAGMA query_only=ON")  # a second lock: no statement may write
    cur.close()


# The databases and drivers secframe works with (others are refused before connecting);
# an empty driver is SQLAlchemy's default one for the database.
SUPPORTED_DRIVERS = {
    "sqlite": ("", "pysqlite"),
    "postgresql": ("", "psycopg", "psycopg2", "pg8000"),
}


def check_supported(url: URL) -> None:
    """Refuse a URL naming a database or driver secframe does not work with (MySQL, asyncpg),
    without loading any driver."""
    backend, _, driver = url.drivername.partition("+")
    if driver not in SUPPORTED_DRIVERS.get(backend, ()):
        raise UnsupportedDatabase(describe(url), url.drivername)


def make_engine(url: URL, *, key: Key | None = None, read_only: bool = False) -> Engine:
    """An engine with secframe's settings (SQLite: foreign keys, WAL, busy timeout).

    ``key`` opens an encrypted (SQLCipher) file; ``read_only`` opens the file with SQLite's
    ``mode=ro`` or, on a server, in read-only transactions. Parameter values are never logged.
    """
    if url.get_backend_name() == "sqlite":
        path = url.database or ""
        if key is None and not read_only:
            engine = create_engine(
                url, connect_args={"timeout": BUSY_TIMEOUT_S}, hide_parameters=True
            )
        else:
            module = crypto.require_sqlcipher(path) if key is not None else sqlite3
            engine = create_engine(
                URL.create("sqlite+pysqlite", database=path),
                module=module,
                creator=lambda: crypto.connect(
                    Path(path), _usable(key, path), untouched=read_only, timeout=BUSY_TIMEOUT_S
                ),
                hide_parameters=True,
            )
            crypto.remember_key(engine, key)
        event.listen(engine, "connect", _sqlite_read_pragmas if read_only else _sqlite_pragmas)
        return engine
    connect_args = access.read_only_connect_args(url) if read_only else {}
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args)


def _usable(key: Key | None, location: str) -> Key | None:
    if key is not None and not key.present:
        raise crypto.DatabaseLocked(location)
    return key


class Database:
    """An open, current secframe database and its session factory."""

    def __init__(
        self,
        url: URL,
        engine: Engine,
        *,
        created: bool = False,
        key: Key | None = None,
        read_only: access.ReadOnlyReason | None = None,
    ) -> None:
        self.url = url
        self.engine = engine
        self.created = created
        self.key = key
        self.read_only_reason = read_only
        self.session_factory: sessionmaker[SecframeSession] = sessionmaker(
            engine, class_=SecframeSession, expire_on_commit=False
        )
        self.user = config.current_user()
        self.closed = False

    # --- opening --------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        location: str | Path | None = None,
        *,
        create: bool = True,
        backup_dir: Path | None = None,
        passphrase: str | None = None,
        read_only: bool = False,
        server_backup: access.ServerBackup | None = None,
    ) -> Database:
        """Open (creating or upgrading as needed) the database at ``location``.

        An encrypted file needs its ``passphrase`` (a new file given one is created encrypted).
        ``read_only`` (or a file, folder or server role the user may not write) opens it
        without writing anything. Raises a ``DatabaseError`` subclass with a user-facing
        message when the file is not a secframe database, is damaged, is newer than this app,
        has another passphrase, or cannot be reached.
        """
        try:
            url = resolve_url(location)
        except sa_exc.ArgumentError as err:
            raise UnsupportedDatabase(str(location), str(err)) from err
        check_supported(url)
        path = _file_of(url)
        try:
            return cls._open(url, create, backup_dir, passphrase, read_only, server_backup)
        except DatabaseError:
            raise
        except Exception as err:  # said as what it is: locked, full, read-only, lost...
            mapped = diagnose(describe(url), err, path=path)
            if mapped is None:
                raise
            raise mapped from err

    @classmethod
    def _open(
        cls,
        url: URL,
        create: bool,
        backup_dir: Path | None,
        passphrase: str | None,
        read_only: bool,
        server_backup: access.ServerBackup | None,
    ) -> Database:
        where = describe(url)
        key: Key | None = None
        reason = access.ReadOnlyReason.ASKED if read_only else None
        probed: tuple[str | None, bool] | None = None
        created = False
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            path = Path(url.database or "")
            reason = reason or access.sqlite_refusal(path)
            untouched = reason is not None
            key = _key_for(path, where, passphrase, untouched=untouched)
            creating = create and reason is None
            probed = _probe_sqlite_file(path, create=creating, key=key, untouched=untouched)
            if probed == (None, False) and creating:
                # A new file is built beside its final name and moved into place when
                # complete, so an interrupted creation never leaves a half-made database.
                _build_new_sqlite(path, key)
                probed = (HEAD_REVISION, True)
                created = True
            if reason is None:  # read-only: not even the permissions change
                access.make_files_private(path)
        engine = make_engine(url, key=key, read_only=reason is not None)
        try:
            revision, has_tables = probed if probed is not None else _read_revision(engine, where)
            if revision is None and has_tables:
                raise NotASecframeDatabase(where)
            if revision is None and not create:
                raise NotASecframeDatabase(where, "empty database")
            if reason is None and url.get_backend_name() != "sqlite":
                reason = access.server_refusal(engine)
                if reason is not None:
                    engine.dispose()
                    engine = make_engine(url, read_only=True)
            db = cls(url, engine, created=created or revision is None, key=key, read_only=reason)
            if reason is not None and revision != HEAD_REVISION:
                access.refuse_read_only_setup(where, revision)
            if revision is None:
                db._create_schema()
            elif revision != HEAD_REVISION:
                db._upgrade_from(revision, backup_dir, server_backup)
            return db
        except Exception:
            engine.dispose()
            raise

    def _create_schema(self) -> None:
        from secframe.db import migrate
        from secframe.db.reference import seed_reference_places

        log.info("Creating a new database at %s", describe(self.url))
        migrate.upgrade(self.engine)
        with self.write("setup") as session:
            seed_reference_places(session)

    def _upgrade_from(
        self, revision: str, backup_dir: Path | None, server_backup: access.ServerBackup | None
    ) -> None:
        from secframe.db import migrate
        from secframe.db.backup import backup

        where = describe(self.url)
        if not migrate.is_known_revision(revision):
            raise DatabaseTooNew(where, revision)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target: Path | None = None
        if self.is_sqlite:
            src = Path(self.url.database or "")
            folder = backup_dir or src.parent
            earlier = _copies_before_upgrade_from(folder, src.stem, revision, self.key)
            target = folder / f"{src.stem}.{stamp}.before-upgrade.sqlite3"
            backup(self.engine, target)  # encrypted with the database's key, private
            for copy in earlier:  # one copy per starting revision: the newest replaces the others
                if copy != target:
                    copy.unlink(missing_ok=True)
            log.info("Backed up %s to %s before upgrading from %s", where, target, revision)
        else:
            # Never a silent plain copy of a whole server on this PC: the user backs it up
            # with pg_dump, or names the file the copy goes to.
            if server_backup is None:
                raise access.ServerNeedsBackup(self.url, revision)
            if server_backup.path is not None:
                backup(self.engine, server_backup.path)
                log.info(
                    "Backed up %s to %s before upgrading from %s",
                    where,
                    server_backup.path,
                    revision,
                )
                target = server_backup.path
        try:
            migrate.upgrade(self.engine)
            reached = self.revision()
            if reached != HEAD_REVISION:
                raise migrate.MigrationCheckFailed(f"stopped at {reached}")
        except Exception as err:
            log.error("Upgrade of %s from %s failed", where, revision, exc_info=True)
            mapped = diagnose(where, err, path=self.path)
            if mapped is not None and mapped.kind != Fault.FAILED:
                raise mapped from err  # locked, full, read-only, lost: said as such
            copy = target if target is not None else Path("pg_dump")
            raise UpgradeFailed(where, self._revision_or(revision), copy, str(err)) from err

    def _revision_or(self, default: str) -> str:
        try:
            return self.revision() or default
        except sa_exc.SQLAlchemyError:
            return default

    # --- properties -----------------------------------------------------------------------

    @property
    def is_sqlite(self) -> bool:
        """True for an embedded SQLite file."""
        return self.url.get_backend_name() == "sqlite"

    @property
    def read_only(self) -> bool:
        """True when nothing may be written (asked for, or the file or role cannot write)."""
        return self.read_only_reason is not None

    @property
    def encrypted(self) -> bool:
        """True for an encrypted (SQLCipher) file."""
        return self.key is not None

    def lock(self) -> None:
        """Close every connection and wipe the passphrase from memory (the app is locked)."""
        if self.key is not None:
            self.engine.dispose()
            self.key.wipe()

    def unlock(self, passphrase: str) -> None:
        """Take the passphrase again after ``lock``; raises ``WrongPassphrase``."""
        if self.key is None or self.key.present:
            return
        candidate = Key(passphrase)
        crypto.check_key(Path(self.url.database or ""), candidate)
        self.key.take(candidate)

    @property
    def location(self) -> str:
        """The file path or the password-free URL."""
        return describe(self.url)

    def revision(self) -> str | None:
        """The schema revision stored in the database."""
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server."""
        return _file_of(self.url)

    # --- units of work --------------------------------------------------------------------

    def session(self) -> SecframeSession:
        """A new session for reading (close it, or use it in a ``with`` block); none once the
        database is closed (``DatabaseClosed``: a late read never reopens the file)."""
        if self.closed:
            raise DatabaseClosed(self.location)
        session = self.session_factory()
        session.info["user"] = self.user
        return session

    @contextmanager
    def read(self) -> Iterator[SecframeSession]:
        """A session for queries; nothing it does is committed."""
        session = self.session()
        try:
            yield session
        except Exception as err:
            self._raise_in_user_words(err)
            raise
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self, context: str | None = None) -> Iterator[SecframeSession]:
        """One unit of work: commits once at the end, rolls back entirely on any error."""
        if self.read_only_reason is not None:
            raise access.ReadOnlyDatabase(self.location, self.read_only_reason)
        session = self.session()
        session.set_audit_context(context)
        try:
            yield session
            session.commit()
        except BaseException as err:
            session.rollback()
            self._raise_in_user_words(err)
            raise
        finally:
            session.close()

    def _raise_in_user_words(self, err: BaseException) -> None:
        """Raise the user's version of a locked file, a full disk, a read-only file, a lost
        server, a stale write (a conflict)."""
        from sqlalchemy.orm.exc import StaleDataError

        if isinstance(err, StaleDataError):
            label = getattr(err, "secframe_record", None) or self.location
            raise RecordConflict(label, str(err)) from err
        if isinstance(err, DatabaseError):
            return
        mapped = diagnose(self.location, err, path=self.path)
        if mapped is not None:
            raise mapped from err

    def close(self) -> None:
        """Release every connection; no session is opened afterwards."""
        self.closed = True
        self.engine.dispose()


def _file_of(url: URL) -> Path | None:
    """The SQLite file of ``url`` (None for a server or an in-memory database)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database or "")


def _copies_before_upgrade_from(
    folder: Path, stem: str, revision: str, key: Key | None
) -> list[Path]:
    """The copies made before upgrading this database from ``revision`` (by earlier attempts
    that failed): a new attempt replaces them instead of piling up copies."""
    found = []
    for copy in folder.glob(f"{stem}.*.before-upgrade.sqlite3"):
        try:
            conn = crypto.connect(copy, key, read_only=True)
            try:
                rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            finally:
                conn.close()
        except Exception:
            continue
        if [tuple(r) for r in rows] == [(revision,)]:
            found.append(copy)
    return found


def _key_for(
    path: Path, where: str, passphrase: str | None, *, untouched: bool = False
) -> Key | None:
    """The key of an encrypted file (checked), of a new encrypted file, or None (plain)."""
    if crypto.is_encrypted_file(path):
        crypto.require_sqlcipher(where)
        if passphrase is None:
            raise crypto.PassphraseNeeded(where)
        key = Key(passphrase)
        crypto.check_key(path, key, untouched=untouched)
        return key
    new = not path.exists() or path.stat().st_size == 0
    if passphrase is not None and new:
        crypto.require_sqlcipher(where)
        return Key(passphrase)
    return None


def _build_new_sqlite(path: Path, key: Key | None = None) -> None:
    from secframe.files import replace_file

    with replace_file(path) as pending:  # private, exclusive, never through a link
        tmp = pending.path
        url = URL.create("sqlite+pysqlite", database=str(tmp))
        db = Database(url, make_engine(url, key=key), created=True, key=key)
        try:
            db._create_schema()
            with db.engine.connect() as conn:  # fold the WAL back so one file holds everything
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        for leftover in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)


def _probe_sqlite_file(
    path: Path, *, create: bool, key: Key | None = None, untouched: bool = False
) -> tuple[str | None, bool]:
    """Look at a SQLite file read-only: (stored revision, has tables), or a clear error.

    Nothing is written to a file that turns out not to be ours (not even the WAL switch).
    """
    where = str(path)
    if path.is_dir():
        raise NotASecframeDatabase(where)
    if not path.exists() or path.stat().st_size == 0:
        if not path.exists() and not create:
            raise DatabaseUnavailable(where, "file not found")
        if path.exists() and not create:  # an empty file is not a database: it stays as it is
            raise NotASecframeDatabase(where, "empty file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise DatabaseUnavailable(where, err.strerror or str(err)) from err
        return None, False
    if key is None:
        _check_header(path)
    try:
        conn = crypto.connect(
            path, key, read_only=True, untouched=untouched, timeout=BUSY_TIMEOUT_S
        )
    except sqlite3.Error as err:
        raise _diagnosed(where, err, path) from err
    driver: Any = sqlite3 if key is None else crypto.require_sqlcipher(where)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            return None, bool(tables)
        rows = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
        return _one_known_revision(where, rows), True
    except driver.Error as err:
        raise _diagnosed(where, err, path) from err
    finally:
        conn.close()


def _diagnosed(where: str, err: BaseException, path: Path | None) -> DatabaseError:
    mapped = diagnose(where, err, path=path)
    return mapped if mapped is not None else DatabaseUnavailable(where, str(err))


def _one_known_revision(where: str, rows: list[str]) -> str | None:
    """The stored revision; several rows (branches) or a revision this app does not ship
    were written by a newer secframe: refused before anything is written."""
    if not rows:
        return None
    if len(rows) > 1:
        raise DatabaseTooNew(where, " + ".join(sorted(rows)))
    if rows[0] != HEAD_REVISION:
        from secframe.db import migrate

        if not migrate.is_known_revision(rows[0]):
            raise DatabaseTooNew(where, rows[0])
    return rows[0]


def _check_header(path: Path) -> None:
    """Refuse a file that is not a plain SQLite database."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as err:
        raise _diagnosed(str(path), err, path) from err
    if header != SQLITE_HEADER:
        raise NotASecframeDatabase(str(path))


def _read_revision(engine: Engine, where: str) -> tuple[str | None, bool]:
    """(stored revision or None, whether the database has any table)."""
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
            if "alembic_version" not in tables:
                return None, bool(tables)
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            return _one_known_revision(where, list(rows)), True
    except sa_exc.DBAPIError as err:
        raise _diagnosed(where, err, _file_of(engine.url)) from err
