"""Private files: folders only the user can enter, files only the user can read, and one
"write then replace" helper for every document and copy the app writes.

The data names people in danger, so whatever the umask a folder secframe makes is 0700 and a
file it writes is 0600 (POSIX; on Windows the files live in the user's profile, whose access
list already keeps other accounts out). A file is written under a random temporary name next
to its target, created exclusively and never through a symbolic link, synced to the disk and
then moved over the target: a reader never sees half a file, a killed program leaves at most
a private temporary file, and a link planted by another user is never followed.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
POSIX = os.name == "posix"
_CREATE_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
TEMP_SUFFIX = ".tmp"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) if needed and make it private to the user (0700)."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    make_private(path)
    return path


def make_private(path: Path) -> None:
    """Take group and others' access away from a file or folder the user owns (POSIX)."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            return
        wanted = PRIVATE_DIR if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE
        if stat.S_IMODE(info.st_mode) & ~wanted:
            Path(path).chmod(stat.S_IMODE(info.st_mode) & wanted)


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for ``open()`` that creates files 0600 and never follows a link."""
    fd = os.open(path, flags | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE)
    if POSIX:
        with contextlib.suppress(OSError):
            os.fchmod(fd, PRIVATE_FILE)
    return fd


def create_private(folder: Path, stem: str, suffix: str = TEMP_SUFFIX) -> tuple[int, Path]:
    """A new empty file in ``folder`` under a random name (0600, created exclusively, never
    through a link): its open descriptor and path."""
    for _ in range(100):
        path = Path(folder) / f".{stem}.{secrets.token_hex(8)}{suffix}"
        try:
            fd = os.open(path, _CREATE_FLAGS, PRIVATE_FILE)
        except FileExistsError:
            continue
        if POSIX:
            os.fchmod(fd, PRIVATE_FILE)
        return fd, path
    raise FileExistsError(str(folder))  # pragma: no cover - 100 random collisions


@dataclass(frozen=True)
class PendingFile:
    """The temporary file behind a ``replace_file`` block: write to ``file``, or let a
    library that wants a path (SQLite) write to ``path``."""

    path: Path
    file: BinaryIO


@contextmanager
def replace_file(target: Path) -> Iterator[PendingFile]:
    """Write a new version of ``target``: a private temporary file next to it, moved over it
    when the block ends without error; on any error it is removed and ``target`` untouched."""
    target = Path(target)
    folder = target.parent
    fd, tmp = create_private(folder, target.name)
    handle = os.fdopen(fd, "wb")
    try:
        yield PendingFile(tmp, handle)
        handle.flush()
        os.fsync(handle.fileno())
        _check_still_ours(tmp, handle.fileno())
        handle.close()
        tmp.replace(target)
        _sync_folder(folder)
    except BaseException:
        with contextlib.suppress(OSError):  # closing flushes: it fails again on a full disk
            handle.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_bytes(target: Path, data: bytes) -> Path:
    """Replace ``target`` with ``data`` through ``replace_file``."""
    with replace_file(target) as pending:
        pending.file.write(data)
    return Path(target)


def _check_still_ours(path: Path, fd: int) -> None:
    """Refuse to publish a temporary file another program swapped for something else."""
    mine, there = os.fstat(fd), os.lstat(path)
    if not stat.S_ISREG(there.st_mode) or (mine.st_dev, mine.st_ino) != (
        there.st_dev,
        there.st_ino,
    ):
        raise PermissionError(f"{path} was replaced while being written")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX)."""
    if not POSIX:
        return
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


@contextmanager
def private_workdir(near: Path) -> Iterator[Path]:
    """A private (0700) folder with a random name next to ``near`` for a library's scratch
    files, removed with its contents when the block ends."""
    folder = Path(near).parent
    for _ in range(100):
        work = folder / f".{Path(near).name}.{secrets.token_hex(8)}.work"
        try:
            work.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue
        break
    make_private(work)
    try:
        yield work
    finally:
        for child in work.iterdir():
            with contextlib.suppress(OSError):
                child.unlink()
        with contextlib.suppress(OSError):
            work.rmdir()
