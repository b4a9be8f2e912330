"""A framework's members from a CSV list (name, short name, category, notes), as a secretariat
keeps it in Excel: comma or semicolon separated, UTF-8 or Windows encoding, French or English
headers; categories in either language."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from secframe.exchange.cells import read_text
from secframe.exchange.errors import error
from secframe.exchange.import_report import ImportReport, text
from secframe.exchange.labels import parse_enum
from secframe.i18n import QT_TRANSLATE_NOOP
from secframe.models import MemberCategory
from secframe.services.matching import fold
from secframe.services.members import MemberInput

HEADERS = {
    "name": ("nom", "name", "membre", "member", "structure", "organisation", "organization"),
    "short_name": ("sigle", "nom court", "short name", "short_name", "abreviation", "acronym"),
    "category": ("categorie", "category", "type"),
    "notes": ("notes", "note", "observations", "commentaire", "comments"),
}
SHEET = "CSV"
C = MemberCategory
CATEGORY_WORDS: dict[str, MemberCategory] = {
    **dict.fromkeys(("gouverneur", "gouvernorat", "governor"), C.GOVERNORATE),
    **dict.fromkeys(("prefet", "prefecture", "sous-prefet", "prefect"), C.PREFECTURE),
    **dict.fromkeys(("autorite interimaire", "autorites interimaires"), C.INTERIM_AUTHORITY),
    **dict.fromkeys(("groupe arme", "groupes armes", "mouvement arme", "mouvements armes",
                     "groupe arme signataire", "mouvements signataires", "armed group"), C.ARMED_GROUP),
    **dict.fromkeys(("fds", "forces de securite", "forces armees", "securite", "police",
                     "gendarmerie", "security forces"), C.SECURITY_FORCES),
    **dict.fromkeys(("religieux", "leaders religieux", "chefs religieux", "religious"), C.RELIGIOUS_LEADERS),
    **dict.fromkeys(("chefs traditionnels", "notables", "chefferie", "leaders communautaires",
                     "traditional leaders", "community leaders"), C.TRADITIONAL_LEADERS),
    **dict.fromkeys(("jeunes", "jeunesse", "youth"), C.YOUTH),
    **dict.fromkeys(("femmes", "women"), C.WOMEN),
    **dict.fromkeys(("osc", "societe civile", "ong", "civil society", "ngo"), C.CIVIL_SOCIETY),
    **dict.fromkeys(("partenaire", "partenaires", "bailleur", "partner", "donor"), C.PARTNER),
    **dict.fromkeys(("autre", "autres", "other"), C.OTHER),
}  # fmt: skip


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def read_members(path: Path, report: ImportReport) -> list[MemberInput]:
    """The members listed in a CSV file; problems go to ``report`` with their row and column."""
    try:
        content = _decode(Path(path).read_bytes())
    except OSError as err:
        raise error(QT_TRANSLATE_NOOP("Exchange", "{file} cannot be read: {reason}"), file=str(path), reason=err.strerror or str(err)) from err  # fmt: skip
    first = content.split("\n", 1)[0]
    rows = list(
        csv.reader(io.StringIO(content, newline=""), delimiter=max(",;\t", key=first.count))
    )
    if not rows:
        raise error(QT_TRANSLATE_NOOP("Exchange", "{file} is empty."), file=Path(path).name)
    columns: dict[str, int] = {}
    for i, header in enumerate(rows[0]):
        key = fold(header).replace("é", "e").strip()
        for field, words in HEADERS.items():
            if key in words and field not in columns:
                columns[field] = i
    if "name" not in columns:
        raise error(QT_TRANSLATE_NOOP("Exchange", "{file} has no “Nom” (name) column: the first row must name the columns, e.g. Nom;Sigle;Catégorie."), file=Path(path).name)  # fmt: skip
    members = []
    for number, row in enumerate(rows[1:], start=2):
        cell = {f: read_text(row[i]) if i < len(row) else None for f, i in columns.items()}
        if not any(cell.values()):
            continue
        name = cell.get("name")
        if not name:
            report.error(text(QT_TRANSLATE_NOOP("Exchange", "This member has no name; write it or delete the row.")), SHEET, number, rows[0][columns["name"]])  # fmt: skip
            continue
        category = MemberCategory.OTHER
        if cell.get("category"):
            raw = cell["category"] or ""
            found = parse_enum(MemberCategory, raw) or CATEGORY_WORDS.get(fold(raw).strip())
            if found is None:
                choices = ", ".join(m.label() for m in MemberCategory)
                report.error(text(QT_TRANSLATE_NOOP("Exchange", "“{value}” is not understood; use one of: {choices}."), value=cell["category"], choices=choices), SHEET, number, rows[0][columns["category"]])  # fmt: skip
                continue
            category = found
        members.append(MemberInput(name=name, category=category, short_name=cell.get("short_name"), notes=cell.get("notes")))  # fmt: skip
    return members
