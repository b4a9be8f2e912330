"""Where the desktop app keeps window state and personal choices (QSettings).

The settings live in an INI file in the user data folder, next to the database and logs, so
that ``SECFRAME_HOME`` moves everything together (a portable install on a USB key, tests).
Choices shared by everyone using a database belong in the database (services.preferences).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from secframe import config

RECENT_KEY = "recent_databases"
MAX_RECENT = 8


def app_settings() -> QSettings:
    """The application's settings file."""
    return QSettings(str(config.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def str_list(settings: QSettings, key: str) -> list[str]:
    """A list of strings stored under ``key`` (QSettings returns a lone string for one item)."""
    value = settings.value(key)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def recent_databases(settings: QSettings) -> list[str]:
    """Databases opened lately, the latest first (files that no longer exist are left out)."""
    result = []
    for location in str_list(settings, RECENT_KEY):
        if "://" in location or Path(location).exists():
            result.append(location)
    return result


def remember_database(settings: QSettings, location: str) -> None:
    """Put a database at the top of the recent list and make it the one opened next time."""
    items = [location] + [x for x in str_list(settings, RECENT_KEY) if x != location]
    settings.setValue(RECENT_KEY, items[:MAX_RECENT])
    settings.setValue("last_database", location)


def last_database(settings: QSettings) -> str | None:
    """The database open when the app was last closed, if it still exists."""
    value = settings.value("last_database")
    if not value:
        return None
    location = str(value)
    if "://" in location or Path(location).exists():
        return location
    return None


def framework_key(location: str) -> str:
    """The settings key of the framework last shown from a database: one per database file
    (or server), named by a digest of its location so that no path or URL is written out."""
    if "://" not in location:
        location = os.path.normcase(os.path.realpath(location))
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
    return f"last_framework/{digest}"


def remembered_framework(settings: QSettings, location: str) -> int | None:
    """The framework last shown from this database (None the first time)."""
    try:
        return int(settings.value(framework_key(location)))
    except (TypeError, ValueError):
        return None


def remember_framework(settings: QSettings, location: str, framework_id: int) -> None:
    """Remember the framework shown from this database, for the next start."""
    settings.setValue(framework_key(location), framework_id)
