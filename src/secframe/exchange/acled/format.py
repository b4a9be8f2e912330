"""ACLED export files: reading CSV and Excel exports in both column layouts, and turning an
event into an incident (type, actors, precision, place names).

ACLED exports come dyadic (one row per event, ``actor1`` against ``actor2``) or monadic (one
row per actor, the event's ``event_id_cnty`` repeated); both become one incident per event.
Before 2019 ACLED used other event types ("Battle-No change of territory", "Remote violence",
"Riots/Protests"…); they are read as the current types they became.
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
# Event types of ACLED's taxonomy before 2019, as the current type they became.
OLD_EVENT_TYPES = {
    "battle-no change of territory": "Battles",
    "battle-government regains territory": "Battles",
    "battle-non-state actor overtakes territory": "Battles",
    "remote violence": "Explosions/Remote violence",
    "riots/protests": "Protests",
    "violence against civilians": "Violence against civilians",
    "strategic development": "Strategic developments",
    "non-violent transfer of territory": "Strategic developments",
    "headquarters or base established": "Strategic developments",
}


def inter_label(value: Any) -> str:
    """ACLED's actor category in words, from its number (older files) or its words."""
    if is_empty(value):
        return ""
    text = str(value).strip()
    if text.endswith(".0"):
        text = text[:-2]
    return INTER.get(text, text)


def current_event_type(event_type: str) -> str:
    """The event type in ACLED's current taxonomy ("Remote violence", used before 2019, is now
    "Explosions/Remote violence"); current types are returned as they are."""
    return OLD_EVENT_TYPES.get(fold(event_type), event_type)


def incident_type(event_type: str, sub_event_type: str, inter1: str, inter2: str) -> IncidentType:
    """The incident type of an ACLED event of either taxonomy (a fixed table; unknown types
    are "Other")."""
    if fold(inter1) == IDENTITY_MILITIA and fold(inter2) == IDENTITY_MILITIA:
        return T.INTERCOMMUNAL
    event_type = current_event_type(event_type)
    found = SUB_TYPES.get(fold(sub_event_type))
    if found is not None:
        return found
    return EVENT_TYPES.get(fold(event_type), T.OTHER)


def actor_sides(row: dict[str, Any]) -> list[str]:
    """The sides of an event: "actor (category) + associated actors", one per actor."""
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
    return sides


def actors_text(row: dict[str, Any]) -> str | None:
    """Every side of an event, for the incident's actors."""
    return " ; ".join(row.get(MERGED_SIDES) or actor_sides(row)) or None


# Set on a CSV row with fewer cells than the header has columns: (cells, columns, first missing).
SHORT_ROW = "\x00short"
# Actor rows of one event agree on these columns.
SAME_EVENT = ("event_date", "location", "latitude", "longitude")
# Where merge_actor_rows keeps the sides of the actor rows of one event.
MERGED_SIDES = "\x00sides"


def merge_actor_rows(
    rows: list[tuple[int, dict[str, Any]]],
) -> list[tuple[list[int], dict[str, Any]]]:
    """The events of an export, each with the row numbers it was read from.

    A dyadic export has one row per event; a monadic one has one row per actor, repeating the
    event's ``event_id_cnty``: those rows become one event with all their actors (the first row
    gives the other columns). Rows with no event id, or whose date or place differs from the
    first row with their id, stay alone (the importer reports the repeated id).
    """
    events: dict[str, tuple[list[int], dict[str, Any]]] = {}
    alone: list[tuple[list[int], dict[str, Any]]] = []
    for number, row in rows:
        key = str(row.get("event_id_cnty") or "").strip()
        if not key:
            alone.append(([number], row))
            continue
        if key not in events:
            events[key] = ([number], {**row, MERGED_SIDES: actor_sides(row)})
            continue
        numbers, first = events[key]
        if any(str(row.get(c)) != str(first.get(c)) for c in SAME_EVENT):
            alone.append(([number], row))  # not the same event: reported as a repeated id
            continue
        numbers.append(number)
        first[MERGED_SIDES] += [s for s in actor_sides(row) if s not in first[MERGED_SIDES]]
    return [*events.values(), *alone]


def place_name(value: Any) -> str | None:
    """A place name from ACLED as written (matched to the reference places by the importer)."""
    if is_empty(value):
        return None
    return str(value).strip()


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
        row = dict(zip(names, values, strict=False))
        if len(values) < len(names) and not path.suffix.lower().startswith(".xls"):
            row[SHORT_ROW] = (len(values), len(names), names[len(values)])  # a CSV cut short
        yield number, row
