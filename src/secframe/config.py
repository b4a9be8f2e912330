"""Where secframe keeps its files, and who the user is."""

from __future__ import annotations

import contextlib
import getpass
import logging
import logging.handlers
import os
import re
from pathlib import Path

APP_NAME = "secframe"
DB_FILENAME = "secframe.sqlite3"
ENV_HOME = "SECFRAME_HOME"  # overrides the data directory (development, tests, portable installs)
ENV_DB = "SECFRAME_DB"  # a path or SQLAlchemy URL for the database
ENV_USER = "SECFRAME_USER"  # the name recorded in the audit log


def data_dir() -> Path:
    """The user data directory (created on demand, private to the user: 0700)."""
    from secframe.files import private_dir

    return private_dir(data_dir_path())


def data_dir_path() -> Path:
    """Where the user data directory is (without creating it)."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def log_dir() -> Path:
    """The directory holding secframe's log files (0700)."""
    from secframe.files import private_dir

    return private_dir(data_dir() / "logs")


def backup_dir() -> Path:
    """The directory of the copies made with "Back up now" (0700)."""
    from secframe.files import private_dir

    return private_dir(data_dir() / "backups")


# Lines of database errors that quote the data: PostgreSQL's DETAIL ("Key (name)=(…)") and
# the parameters SQLAlchemy would print if an engine did not hide them.
_DATA_LINES = re.compile(r"^\s*(DETAIL:|\[parameters:|\[SQL parameters)", re.MULTILINE)


class DatalessFormatter(logging.Formatter):
    """Formats tracebacks without the lines where a database error quotes the data."""

    def formatException(self, ei):  # type: ignore[no-untyped-def]
        text = super().formatException(ei)
        return "\n".join(
            "    [data hidden]" if _DATA_LINES.match(line) else line for line in text.splitlines()
        )


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only the user can read (0600), whatever the umask."""

    def _open(self):  # type: ignore[no-untyped-def]
        from secframe.files import make_private, private_opener

        stream = open(  # noqa: SIM115 - the handler keeps its stream open
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )
        make_private(Path(self.baseFilename))
        return stream


def log_file() -> Path:
    """The log file that receives tracebacks of unexpected errors (its folder may not exist
    yet, or not be writable: naming it never fails)."""
    return data_dir_path() / "logs" / "secframe.log"


def default_db_location() -> str:
    """The database used when none is given: ``SECFRAME_DB`` or the file in the data dir."""
    return os.environ.get(ENV_DB) or str(data_dir() / DB_FILENAME)


def current_user() -> str:
    """The name recorded in audit entries: ``SECFRAME_USER``, else the OS account."""
    name = os.environ.get(ENV_USER)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "unknown"


class QuietFileHandler(PrivateLogFile):
    """The log file, which never disturbs the user: when it cannot be written (a full disk, a
    read-only folder) the record is dropped, instead of Python printing « --- Logging error
    --- » and a traceback on the terminal. ``failures`` counts the dropped records."""

    failures = 0

    def handleError(self, record: logging.LogRecord) -> None:
        self.failures += 1
        if self.stream is not None:  # reopen on the next record, maybe after space was freed
            with contextlib.suppress(OSError):
                self.stream.close()
            self.stream = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the data dir; returns its path. A folder that cannot be
    created or written leaves the app without a log file, never without its work."""
    path = log_file()
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, QuietFileHandler)]:
        if Path(old.baseFilename) != path.absolute():  # the data folder moved: so does the log
            root.removeHandler(old)
            old.close()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        with contextlib.suppress(OSError):  # if it cannot be made, the handler fails quietly
            log_dir()
        handler = QuietFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
        )
        handler.setFormatter(DatalessFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(level)
        logging.getLogger("alembic").setLevel(logging.WARNING)
    return path
