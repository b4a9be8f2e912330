"""Place names as other people write them: one key for "Goundam Commune", "goundam" and
"GOUNDAM", the shipped table of known spellings (Timbuktu → Tombouctou, Niafounke → Niafunké),
and the closest known names when a name is not known."""

from __future__ import annotations

import csv
import difflib
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from secframe.services.matching import fold

# Words that say what kind of place a name is, not which: "Goundam Commune", "Cercle de Gao".
_KIND_WORDS = (
    "commune rurale", "commune urbaine", "commune", "cercle", "region", "prefecture",
    "arrondissement", "ville", "village", "hameau", "localite", "cr", "cu",
)  # fmt: skip
_KIND = "|".join(re.escape(w) for w in _KIND_WORDS)
_LEADING = re.compile(rf"^(?:(?:{_KIND})\s+(?:de\s+|d'|du\s+|des\s+)?)+")
_TRAILING = re.compile(rf"(?:\s+(?:{_KIND}))+$")
_PUNCTUATION = re.compile(r"[\s\-–—‐_'’.,/()]+")


def place_key(name: str) -> str:
    """A place name reduced for matching: accents, case, punctuation and words such as
    "commune" or "cercle de" ignored ("Goundam Commune" and "goundam" give the same key)."""
    text = _PUNCTUATION.sub(" ", fold(name)).strip()
    stripped = _TRAILING.sub("", _LEADING.sub("", text)).strip()
    return (stripped or text).replace(" ", "")


_TRAILING_WORD = re.compile(r"\s+(?:commune(?:\s+(?:rurale|urbaine))?|cercle)$", re.IGNORECASE)


def display_name(name: str) -> str:
    """A new place's name without the word saying what it is ("Douentza Commune" → "Douentza")."""
    return _TRAILING_WORD.sub("", name.strip()) or name.strip()


@dataclass(frozen=True)
class Alias:
    """A known other spelling of a place: ``name`` as the reference places write it, and for
    a region that the shipped boundaries do not have, the region it lies ``within``."""

    alias: str
    name: str
    within: str | None


@cache
def aliases() -> dict[str, Alias]:
    """The shipped table of known spellings, by the key of the other spelling."""
    raw = (resources.files("secframe") / "resources/data/place_aliases.csv").read_text("utf-8")
    table: dict[str, Alias] = {}
    for row in csv.DictReader(io.StringIO(raw)):
        alias = Alias(
            row["alias"].strip(), row["name"].strip(), (row["within"] or "").strip() or None
        )
        table[place_key(alias.alias)] = alias
    return table


def canonical_key(name: str) -> str:
    """The key of the spelling the reference places use for ``name`` (an alias is replaced)."""
    key = place_key(name)
    alias = aliases().get(key)
    return place_key(alias.name) if alias is not None else key


UNLIKE = 0.5  # below this, names are not proposed as the same: no exact score needed


def similarity(a: str, b: str) -> float:
    """How alike two names are, from 0 (nothing in common) to 1 (the same key)."""
    ka, kb = canonical_key(a), canonical_key(b)
    if ka == kb:
        return 1.0
    if not ka or not kb:
        return 0.0
    if ka in kb or kb in ka:  # "Goundam" in "Tombouctou–Goundam"
        floor = 0.5 + 0.4 * min(len(ka), len(kb)) / max(len(ka), len(kb))
    else:
        floor = 0.0
    matcher = difflib.SequenceMatcher(None, ka, kb)
    quick = matcher.quick_ratio()  # an upper bound, cheap: far-off names stop here
    ratio = quick if quick < UNLIKE else matcher.ratio()
    return round(max(ratio, floor), 2)


def closest(
    name: str, candidates: dict[int, str], *, limit: int = 3, cutoff: float = 0.5
) -> list[tuple[int, str, float]]:
    """The candidates (id -> name) most like ``name``, best first, with their score."""
    scored = [(i, n, similarity(name, n)) for i, n in candidates.items()]
    scored = [s for s in scored if s[2] >= cutoff]
    scored.sort(key=lambda s: (-s[2], fold(s[1])))
    return scored[:limit]
