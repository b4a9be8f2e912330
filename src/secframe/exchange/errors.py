"""Errors of the Excel exchange, with messages users can act on."""

from __future__ import annotations

from pathlib import Path

from secframe.i18n import QT_TRANSLATE_NOOP, Message, msg
from secframe.services.errors import ServiceError


class ExchangeError(ServiceError):
    """A file cannot be exported or imported; nothing was changed."""


class CellError(Exception):
    """A cell's value cannot be read; ``message`` says why, in the user's language."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.source)
        self.message = message

    def __str__(self) -> str:
        return self.message.render()


OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_HEADER = b"PK\x03\x04"


def unreadable_workbook(path: Path) -> ExchangeError:
    """The error for a file that is not a workbook openpyxl can read, saying what it looks like."""
    try:
        with path.open("rb") as fh:
            head = fh.read(2048)
    except OSError:
        head = b""
    name = path.name
    if not head:
        text = QT_TRANSLATE_NOOP("Exchange", "{file} is empty: it holds no workbook.")
    elif head.startswith(OLE_HEADER):
        text = QT_TRANSLATE_NOOP(
            "Exchange",
            "{file} is in the old Excel 97–2003 format (.xls) or is protected by a password. "
            "Open it in Excel or LibreOffice, remove the password if there is one, and save it "
            "as an Excel workbook (.xlsx).",
        )
    elif head.startswith(ZIP_HEADER) and b"mimetypeapplication/vnd.oasis" in head:
        text = QT_TRANSLATE_NOOP(
            "Exchange",
            "{file} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice and save it "
            "as an Excel workbook (.xlsx).",
        )
    elif head.startswith(ZIP_HEADER):
        text = QT_TRANSLATE_NOOP(
            "Exchange",
            "{file} cannot be read as an Excel workbook: it is damaged or incomplete. Open it in "
            "Excel or LibreOffice and save it again as .xlsx.",
        )
    elif _looks_like_text(head):
        text = QT_TRANSLATE_NOOP(
            "Exchange",
            "{file} is a text file (CSV?) with an Excel name. Open it in Excel or LibreOffice "
            "and save it as an Excel workbook (.xlsx).",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Exchange", "{file} is not an Excel workbook (.xlsx) and cannot be imported."
        )
    return ExchangeError(msg("Exchange", text, file=name))


def _looks_like_text(head: bytes) -> bool:
    try:
        decoded = head.decode("utf-8")
    except UnicodeDecodeError:
        decoded = head.decode("latin-1")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in decoded)
    return printable >= 0.95 * len(decoded)


def error(text: str, **params: object) -> ExchangeError:
    """An ``ExchangeError`` from a message marked with QT_TRANSLATE_NOOP("Exchange", ...)."""
    return ExchangeError(msg("Exchange", text, **params))


def cannot_write(path: Path, err: OSError) -> ExchangeError:
    """The error for a file that could not be written, saying why in the user's words (a full
    disk, a read-only folder) rather than the system's English."""
    import errno

    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        text = QT_TRANSLATE_NOOP(
            "Exchange",
            "{file} could not be written: the disk is full. Nothing was written; free some "
            "space on it (or choose another disk) and try again.",
        )
    elif err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = QT_TRANSLATE_NOOP(
            "Exchange",
            "{file} could not be written: this folder is read-only for you. Nothing was "
            "written; choose another folder (Documents) and try again.",
        )
    else:
        return ExchangeError(
            msg(
                "Exchange",
                QT_TRANSLATE_NOOP("Exchange", "{file} could not be written: {reason}"),
                file=path.name,
                reason=err.strerror or str(err),
            )
        )
    return ExchangeError(msg("Exchange", text, file=path.name))


def folder_writable(folder: Path) -> bool:
    """Whether a file can be created in ``folder`` (tried, not guessed from its mode)."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError:
        return False
    return True
