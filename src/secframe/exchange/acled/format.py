"""ACLED export files: reading CSV and Excel exports in both column layouts, and turning an
event into an incident (type, actors, precision, place names).

ACLED changed its columns in 2023 (adding ``disorder_type``, ``civilian_targeting``, ``tags``
and dropping ``event_id_no_cnty``, ``iso3``); some exports carry a second row of HXL
hashtags; dates have been written 2019-03-15, 15 March 2019 and 15-March-2019; ``inter1`` and
``inter2`` are numbers in older files and words in newer ones. All of these are read.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from secframe.exchange.cells import is_empty
from secframe.exchange.errors import ExchangeError, error
from secframe.exchange.workbook import open_book
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.models import IncidentType
from secframe.services.matching import fold

REQUIRED = ("event_id_cnty", "event_date", "event_type", "admin1", "location", "fatalities")
INTER = {
    "0": "",
    "1": "State forces",
    "2": "Rebel group",
    "3": "Political militia",
    "4": "Identity militia",
    "5": "Rioters",
    "6": "Protesters",
    "7": "Civilians",
    "8": "External/Other forces",
}
IDENTITY_MILITIA = "identity militia"
T = IncidentType
SUB_TYPES: dict[str, IncidentType] = {
    "abduction/forced disappearance": T.KIDNAPPING,
    "attack": T.ARMED_ATTACK,
    "sexual violence": T.OTHER,
    "remote explosive/landmine/ied": T.EXPLOSIVE_DEVICE,
    "grenade": T.EXPLOSIVE_DEVICE,
    "suicide bomb": T.EXPLOSIVE_DEVICE,
    "shelling/artillery/missile attack": T.ARMED_ATTACK,
    "air/drone strike": T.ARMED_ATTACK,
    "looting/property destruction": T.ROBBERY,
    "violent demonstration": T.DEMONSTRATION,
    "mob violence": T.OTHER,
}
EVENT_TYPES: dict[str, IncidentType] = {
    "battles": T.CLASH,
    "protests": T.DEMONSTRATION,
    "riots": T.DEMONSTRATION,
    "violence against civilians": T.ARMED_ATTACK,
    "explosions/remote violence": T.EXPLOSIVE_DEVICE,
    "strategic developments": T.OTHER,
}
# ACLED writes place names in English; the reference places carry the French official names.
PLACE_ALIASES = {"timbuktu": "Tombouctou"}


def inter_label(value: Any) -> str:
    """ACLED's actor category in words, from its number (older files) or its words."""
    if is_empty(value):
        return ""
    text = str(value).strip()
    if text.endswith(".0"):
        text = text[:-2]
    return INTER.get(text, text)


def incident_type(event_type: str, sub_event_type: str, inter1: str, inter2: str) -> IncidentType:
    """The incident type of an ACLED event (a fixed table; unknown types are "Other")."""
    if fold(inter1) == IDENTITY_MILITIA and fold(inter2) == IDENTITY_MILITIA:
        return T.INTERCOMMUNAL
    found = SUB_TYPES.get(fold(sub_event_type))
    if found is not None:
        return found
    return EVENT_TYPES.get(fold(event_type), T.OTHER)


def actors_text(row: dict[str, Any]) -> str | None:
    """Both sides of an event: "actor (category) with associated actors"."""
    sides = []
    for n in ("1", "2"):
        actor = str(row.get(f"actor{n}") or "").strip()
        if not actor:
            continue
        category = inter_label(row.get(f"inter{n}"))
        side = f"{actor} ({category})" if category and category not in actor else actor
        assoc = str(row.get(f"assoc_actor_{n}") or "").strip()
        if assoc:
            side += f" + {assoc}"
        sides.append(side)
    return " ; ".join(sides) or None


def place_name(value: Any) -> str | None:
    """A place name from ACLED, in the spelling the reference places use."""
    if is_empty(value):
        return None
    name = str(value).strip()
    return PLACE_ALIASES.get(fold(name), name)


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number as shown, column -> value) for every event of a CSV or Excel export."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        with open_book(path) as book:
            yield from _rows(book.rows(book.data_sheets[0]), path)
        return
    yield from _rows(iter(_csv_rows(path)), path)


def _csv_rows(path: Path) -> list[tuple[Any, ...]]:
    if not path.exists():
        raise error(QT_TRANSLATE_NOOP("Exchange", "{file} does not exist."), file=str(path))
    raw = path.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise _not_csv(path) from None
    if raw.startswith(b"PK\x03\x04") or b"\x00" in raw[:4096]:
        raise _not_csv(path)
    content = ""
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            content = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    first = content.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        return [tuple(r) for r in reader]
    except csv.Error as err:  # a quote never closed swallows the rest of the file
        raise error(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "{file} cannot be read from line {line}: a field there is longer than {limit} "
                "characters, usually because a quotation mark is never closed. Open the file in "
                "a spreadsheet, check that line and save it again as CSV.",
            ),
            file=path.name,
            line=reader.line_num,
            limit=csv.field_size_limit(),
        ) from err


def _not_csv(path: Path) -> ExchangeError:
    return error(
        QT_TRANSLATE_NOOP(
            "Exchange",
            "{file} is not a CSV text file (it looks like a workbook or another binary file).",
        ),
        file=path.name,
    )


def _rows(rows: Iterator[tuple[Any, ...]], path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    header = next(rows, None)
    names = [str(h or "").strip().lower() for h in header or ()]
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise error(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "{file} is not an ACLED export: the columns {columns} are missing.",
            ),
            file=path.name,
            columns=", ".join(missing),
        )
    for number, values in enumerate(rows, start=2):
        if all(is_empty(v) for v in values):
            continue
        if number == 2 and all(is_empty(v) or str(v).startswith("#") for v in values):
            continue  # the HXL hashtag row
        yield number, dict(zip(names, values, strict=False))
