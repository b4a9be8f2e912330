"""The folder each kind of file dialog opens in: the last one used for that kind, else the
user's Documents folder (never the program's folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

KINDS = ("tracker", "brief", "backup", "list")


def documents_folder() -> Path:
    """The user's Documents folder (the home folder when there is none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def _key(kind: str) -> str:
    return "exchange/last_folder" if kind == "tracker" else f"folders/{kind}"


def last_folder(settings: QSettings, kind: str, default: Path | None = None) -> Path:
    """The folder last used for this kind of file, if it still exists; else ``default`` or
    the Documents folder."""
    saved = settings.value(_key(kind))
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    return default if default is not None else documents_folder()


def remember_folder(settings: QSettings, kind: str, path: Path | str) -> None:
    """Remember the folder of a file just chosen for this kind."""
    settings.setValue(_key(kind), str(Path(path).parent))
