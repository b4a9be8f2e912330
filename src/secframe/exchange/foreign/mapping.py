"""Trackers in the secretariat's own layout: find the header row and map columns to fields.

The header row is the one, among the first rows of a sheet, whose cells best match the usual
French and English headers ("Engagement", "Responsable", "Échéance", "Statut",
"Besoin (FCFA)", …); title rows above it (often merged cells) are passed over. A mapping can
be corrected by the user, saved as JSON, and is remembered for workbooks with the same headers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secframe.exchange.cells import is_empty
from secframe.exchange.errors import ExchangeError, error
from secframe.exchange.workbook import Book
from secframe.files import write_bytes
from secframe.i18n import QT_TRANSLATE_NOOP, Message, msg, translate
from secframe.services.matching import fold

SCAN_ROWS = 30
EXAMPLE_ROWS = 8
MAPPING_FORMAT = "secframe-mapping"
IGNORE = "ignore"

# field key -> (label, header words)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "reference": (QT_TRANSLATE_NOOP("Mapping", "Reference"),
                  ("ref", "reference", "references", "code", "code engagement")),
    "title": (QT_TRANSLATE_NOOP("Mapping", "Commitment (title)"),
              ("engagement", "engagements", "intitule", "intitule de l'engagement", "activite",
               "activites", "action", "actions", "libelle", "mesure", "mesures",
               "recommandation", "decision", "commitment", "commitments", "activity",
               "activities", "title")),
    "kind": (QT_TRANSLATE_NOOP("Mapping", "Kind"),
             ("type", "nature", "type d'engagement", "type d'activite", "kind", "category",
              "categorie")),
    "lead": (QT_TRANSLATE_NOOP("Mapping", "Lead member"),
             ("responsable", "responsables", "structure responsable", "porteur", "pilote",
              "chef de file", "acteur principal", "acteur responsable", "lead",
              "responsible", "lead member", "owner")),
    "partners": (QT_TRANSLATE_NOOP("Mapping", "Partners"),
                 ("partenaires", "partenaire", "acteurs associes", "acteurs impliques",
                  "autres acteurs", "appui", "partners", "partner", "supporting")),
    "place": (QT_TRANSLATE_NOOP("Mapping", "Locality or axis"),
              ("localite", "localites", "lieu", "lieux", "zone", "axe", "axes", "localisation",
               "commune", "site", "location", "place", "area", "axis")),
    "start": (QT_TRANSLATE_NOOP("Mapping", "Start"),
              ("debut", "date de debut", "date debut", "demarrage", "date de demarrage",
               "start", "start date", "begin")),
    "deadline": (QT_TRANSLATE_NOOP("Mapping", "Deadline"),
                 ("echeance", "echeances", "date limite", "delai", "delais", "date butoir",
                  "date de fin", "fin", "date prevue", "deadline", "due date", "due",
                  "end date")),
    "status": (QT_TRANSLATE_NOOP("Mapping", "Status"),
               ("statut", "etat", "etat d'avancement", "situation", "avancement", "status",
                "state", "progress")),
    "status_date": (QT_TRANSLATE_NOOP("Mapping", "Date of the status"),
                    ("date du statut", "depuis", "date de mise a jour", "mis a jour le",
                     "mise a jour", "status date", "as of", "updated")),
    "level": (QT_TRANSLATE_NOOP("Mapping", "Implementation level (0–3)"),
              ("niveau", "niveau de mise en oeuvre", "niveau d'execution",
               "implementation level", "level")),
    "needed": (QT_TRANSLATE_NOOP("Mapping", "Amount needed"),
               ("besoin", "besoins", "besoin financier", "cout", "couts", "budget", "montant",
                "montant necessaire", "need", "needs", "cost", "amount", "amount needed")),
    "pledged": (QT_TRANSLATE_NOOP("Mapping", "Amount pledged"),
                ("promis", "promesses", "annonce", "annonces", "montant promis",
                 "montant engage", "montant annonce", "promesses de financement", "pledged",
                 "pledges", "pledge", "committed", "amount pledged")),
    "received": (QT_TRANSLATE_NOOP("Mapping", "Amount received"),
                 ("recu", "recus", "montant recu", "mobilise", "mobilises", "montant mobilise",
                  "fonds mobilises", "decaisse", "obtenu", "disponible", "disponibles", "acquis",
                  "montant acquis", "fonds acquis", "received", "disbursed", "secured",
                  "amount secured", "available", "amount received")),
    "observations": (QT_TRANSLATE_NOOP("Mapping", "Observations (notes, reason of a suspension)"),
                     ("observations", "observation", "commentaires", "commentaire", "remarques",
                      "remarque", "notes", "note", "comments", "comment", "remarks")),
    "reason": (QT_TRANSLATE_NOOP("Mapping", "Reason of the status"),
               ("motif", "motifs", "raison", "raisons", "justification", "motif de suspension",
                "reason", "reasons")),
    "cause": (QT_TRANSLATE_NOOP("Mapping", "Cause of a suspension"),
              ("cause", "causes", "cause de suspension", "cause of suspension")),
    IGNORE: (QT_TRANSLATE_NOOP("Mapping", "— not imported —"), ()),
}  # fmt: skip


def field_label(key: str) -> str:
    """A field's name in the user's language."""
    return translate("Mapping", FIELDS[key][0])


def normalise_header(text: Any) -> str:
    """A header reduced for matching: folded, without units in brackets or punctuation."""
    key = fold(str(text)).replace("œ", "oe").replace("’", "'").replace("°", "")
    key = re.sub(r"\(.*?\)|\[.*?\]", " ", key)
    key = re.sub(r"[^\w' /-]+", " ", key)
    return re.sub(r"\s+", " ", key).strip(" -/")


def match_field(text: Any) -> tuple[str, int] | None:
    """(field, strength) for a header: 2 when it is a known header, 1 when it starts with one."""
    key = normalise_header(text)
    if not key:
        return None
    best: tuple[str, int] | None = None
    longest = 0
    for name, (_, words) in FIELDS.items():
        for word in words:
            if key == word:
                return name, 2
            if len(word) > max(3, longest) and key.startswith(word + " "):
                best, longest = (name, 1), len(word)
    return best


@dataclass(frozen=True)
class Mapping:
    """Which column of which row of which sheet holds which field."""

    sheet: str
    header_row: int  # as shown in the spreadsheet (1 = first row)
    headers: tuple[str, ...]
    columns: dict[int, str] = field(default_factory=dict)  # 0-based column -> field key
    # names reconciled with records: {"member": {"CMA": "member:CMA", "Police": "new"}, ...}
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    header_rows: int = 1  # 2 when a row of groups sits above the headers

    @property
    def signature(self) -> str:
        """Identifies the layout: the same headers give the same signature."""
        return "|".join(normalise_header(h) for h in self.headers)

    def column_of(self, key: str) -> int | None:
        """The column holding a field, if mapped."""
        return next((c for c, f in self.columns.items() if f == key), None)

    def header_of(self, key: str) -> str:
        """The header text of the column holding a field."""
        col = self.column_of(key)
        return self.headers[col] if col is not None and col < len(self.headers) else ""

    def to_json(self) -> dict[str, Any]:
        """The mapping as JSON data, keyed by header text so people can edit it."""
        return {
            "format": MAPPING_FORMAT,
            "version": 1,
            "sheet": self.sheet,
            "header_row": self.header_row,
            **({"header_rows": self.header_rows} if self.header_rows > 1 else {}),
            "columns": {
                self.headers[c]: f for c, f in sorted(self.columns.items()) if self.headers[c]
            },
            **({"values": self.values} if self.values else {}),
        }

    def describe(self) -> list[str]:
        """One line per column: "Engagement → Commitment (title)"."""
        return [
            f"{h or '—'} → {field_label(self.columns.get(i, IGNORE))}"
            for i, h in enumerate(self.headers)
            if h
        ]


def _header_texts(row: tuple[Any, ...]) -> tuple[str, ...]:
    texts = [("" if is_empty(v) else str(v).strip().replace("\n", " ")) for v in row]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(texts)


def sheet_heads(book: Book) -> dict[str, list[tuple[Any, ...]]]:
    """The first rows of every visible sheet: enough to find the header row and show examples."""
    return {name: book.head(name, SCAN_ROWS + EXAMPLE_ROWS) for name in book.data_sheets}


def propose(
    heads: dict[str, list[tuple[Any, ...]]], hidden: dict[str, frozenset[int]] | None = None
) -> Mapping | None:
    """The most likely header row (from the first rows of each sheet) and a mapping of its
    columns; None when no row looks like a header. Two header rows (a group such as
    « Ressources (FCFA) » over « Besoin » and « Mobilisé ») are read as one; hidden columns
    are left out unless the user maps them."""
    best: tuple[int, Mapping] | None = None
    for name, rows in heads.items():
        skip = (hidden or {}).get(name, frozenset())
        for number in range(1, min(len(rows), SCAN_ROWS) + 1):
            for depth in (1, 2) if number > 1 else (1,):
                headers = header_texts(rows, number, depth)
                columns, score = _map_headers(headers, skip)
                if "title" not in columns.values() or len(set(columns.values())) < 2:
                    continue
                if best is None or score > best[0]:
                    best = (score, Mapping(name, number, headers, columns, header_rows=depth))
    return best[1] if best else None


def header_texts(rows: list[tuple[Any, ...]], number: int, depth: int = 1) -> tuple[str, ...]:
    """The headers of row ``number`` (1-based); with ``depth`` 2, joined with the row above it:
    a sub-header under its group ("Ressources (FCFA) › Besoin"), a header merged down the two
    rows where the lower cell is empty."""
    lower = _header_texts(rows[number - 1]) if 0 < number <= len(rows) else ()
    if depth == 1 or number < 2:
        return lower
    upper = _header_texts(rows[number - 2])
    joined: list[str] = []
    group = ""
    for i in range(max(len(upper), len(lower))):
        top = upper[i] if i < len(upper) else ""
        low = lower[i] if i < len(lower) else ""
        group = top or (group if low else "")
        joined.append(f"{group} › {low}" if group and low else (low or top))
    return tuple(joined)


def _map_headers(
    headers: tuple[str, ...], skip: frozenset[int] = frozenset()
) -> tuple[dict[int, str], int]:
    found: list[tuple[int, int, str]] = []  # (strength, column, field)
    for i, h in enumerate(headers):
        if i in skip:
            continue
        m = match_field(h.rsplit(" › ", 1)[-1]) or match_field(h)
        if m is not None and m[0] != IGNORE:
            found.append((m[1], i, m[0]))
    columns: dict[int, str] = {}
    used: set[str] = set()
    score = 0
    for strength, i, key in sorted(found, key=lambda f: (-f[0], f[1])):
        if key in used:
            continue
        columns[i] = key
        used.add(key)
        score += strength
    return dict(sorted(columns.items())), score


def mapping_at(
    rows: list[tuple[Any, ...]], sheet: str, header_row: int, header_rows: int = 1
) -> Mapping:
    """The proposed mapping when the headers are in row ``header_row`` of ``rows`` (the first
    rows of ``sheet``; ``header_rows`` 2 with the group row above), e.g. when the user picks
    another row."""
    headers = header_texts(rows, header_row, header_rows)
    columns, _ = _map_headers(headers)
    return Mapping(sheet, header_row, headers, columns, header_rows=header_rows)


def not_a_mapping() -> Message:
    """The message for a JSON file that is not a column mapping."""
    return msg(
        "Exchange", QT_TRANSLATE_NOOP("Exchange", "This is not a secframe column mapping file.")
    )


def unknown_sheet(sheet: str) -> Message:
    """The message for a mapping naming a sheet the workbook does not have."""
    return msg(
        "Exchange",
        QT_TRANSLATE_NOOP(
            "Exchange", "The mapping is for a sheet “{sheet}” that this workbook does not have."
        ),
        sheet=sheet,
    )


def resolve_columns(rows: list[tuple[Any, ...]], sheet: str, data: dict[str, Any]) -> Mapping:
    """A mapping from JSON data, its columns found by header in ``rows`` (the first rows of
    ``sheet``); an error names the columns that are not there."""
    try:
        row = int(data.get("header_row", 0))
    except (TypeError, ValueError):
        row = 0
    depth = 2 if data.get("header_rows") == 2 else 1
    base = mapping_at(rows, sheet, row, depth)
    given = {str(h): f for h, f in dict(data.get("columns") or {}).items()}
    unknown = sorted({str(f) for f in given.values() if f not in FIELDS})
    if unknown:
        raise error(
            QT_TRANSLATE_NOOP(
                "Exchange", "The mapping uses field names secframe does not know: {names}."
            ),
            names=", ".join(unknown),
        )
    wanted = {normalise_header(h): h for h in given}
    columns: dict[int, str] = {}
    for i, h in enumerate(base.headers):
        original = wanted.pop(normalise_header(h), None) if h else None
        key = given.get(original) if original is not None else None
        if key in FIELDS and key != IGNORE:
            columns[i] = str(key)
    if wanted or row < 1:
        raise error(
            QT_TRANSLATE_NOOP(
                "Exchange",
                "The mapping names columns that are not in row {row} of the sheet “{sheet}”: {columns}.",
            ),
            row=str(row),
            sheet=sheet,
            columns=", ".join(wanted.values()) or "–",
        )
    values = data.get("values") or {}
    if not isinstance(values, dict) or not all(isinstance(v, dict) for v in values.values()):
        raise ExchangeError(not_a_mapping())
    clean = {str(k): {str(n): str(c) for n, c in v.items()} for k, v in values.items()}
    return Mapping(sheet, row, base.headers, columns, clean, depth)


def from_json(book: Book, data: Any) -> Mapping:
    """A mapping read from JSON (a file saved from the dialog or edited by hand), checked
    against the workbook."""
    if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT:
        raise ExchangeError(not_a_mapping())
    sheet = str(data.get("sheet") or "")
    if sheet not in book.data_sheets:
        raise ExchangeError(unknown_sheet(sheet))
    return resolve_columns(book.head(sheet, SCAN_ROWS), sheet, data)


def load_mapping_file(book: Book, path: Path) -> Mapping:
    """A mapping from a JSON file."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except OSError as err:
        raise error(
            QT_TRANSLATE_NOOP("Exchange", "{file} cannot be read: {reason}"),
            file=str(path),
            reason=err.strerror or str(err),
        ) from err
    except ValueError as err:
        raise error(
            QT_TRANSLATE_NOOP("Exchange", "{file} is not valid JSON: {reason}"),
            file=str(path),
            reason=str(err),
        ) from err
    return from_json(book, data)


def save_mapping_file(mapping: Mapping, path: Path) -> None:
    """Write a mapping as JSON for later use with ``--mapping``."""
    try:
        text = json.dumps(mapping.to_json(), ensure_ascii=False, indent=2) + "\n"
        write_bytes(Path(path), text.encode("utf-8"))  # private, never through a link
    except OSError as err:
        raise error(
            QT_TRANSLATE_NOOP("Exchange", "{file} could not be written: {reason}"),
            file=str(path),
            reason=err.strerror or str(err),
        ) from err


def no_header(book: Book) -> ExchangeError:
    """The error for a workbook whose header row cannot be found."""
    return error(
        QT_TRANSLATE_NOOP(
            "Exchange",
            "{file} is not a secframe tracker, and none of its first {rows} rows looks like a "
            "header row (expected a column such as “Engagement” together with “Responsable”, "
            "“Échéance” or “Statut”). Choose the header row and the columns in the import "
            "dialog, or give a mapping file with --mapping.",
        ),
        file=book.path.name,
        rows=str(SCAN_ROWS),
    )
