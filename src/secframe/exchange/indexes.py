"""Finding members, places and axes from the names written in a spreadsheet."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from secframe.exchange.errors import CellError
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.services.matching import fold
from secframe.services.members import list_members
from secframe.services.place_lookup import locality_paths
from secframe.services.place_names import canonical_key, place_key
from secframe.services.places import SEPARATOR, list_axes, locality_labels

LIST_SPLIT = re.compile(r"\s*[,;\n]\s*")
WORD_SPLIT = re.compile(r"\s*(?:[/+&]|\bet\b|\band\b)\s*", re.IGNORECASE)


def _unknown(text: str, what: str) -> CellError:
    return CellError(msg("Exchange", what, value=text))


class MemberIndex:
    """A framework's members by name or short name (case and accents ignored)."""

    def __init__(self, session: Session, framework_id: int) -> None:
        self._by_key: dict[str, set[int]] = {}
        self.names: dict[int, str] = {}
        self.entries: dict[int, tuple[str, str, str | None]] = {}  # id -> (label, name, short)
        self.extra: dict[str, int] = {}  # names reconciled with a member (folded name -> id)
        for m in list_members(session, framework_id):
            self.add(m.id, m.name, m.short_name, m.label)

    def add(self, member_id: int, name: str, short_name: str | None, label: str) -> None:
        """Know one more member (e.g. one the import creates)."""
        self.names[member_id] = label
        self.entries[member_id] = (label, name, short_name)
        for key in {fold(name), fold(short_name or ""), fold(label)} - {""}:
            self._by_key.setdefault(key, set()).add(member_id)

    def find_any(self, text: str) -> int | None:
        """The member ``text`` names (or was reconciled with), None if none or several."""
        if fold(text) in self.extra:
            return self.extra[fold(text)]
        ids = self._by_key.get(fold(text), set())
        return next(iter(ids)) if len(ids) == 1 else None

    def find(self, text: str) -> int | None:
        """The member named ``text``, or None if no member has that name."""
        if fold(text) in self.extra:
            return self.extra[fold(text)]
        ids = self._by_key.get(fold(text), set())
        if len(ids) > 1:
            raise _unknown(
                text,
                QT_TRANSLATE_NOOP(
                    "Exchange", "“{value}” names several members; use the member's full name."
                ),
            )
        return next(iter(ids), None)

    def get(self, text: str) -> int:
        """The member named ``text``; an error if there is none."""
        found = self.find(text)
        if found is None:
            raise _unknown(
                text,
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "“{value}” is not a member of this framework (add it under Members first, "
                    "or correct the name).",
                ),
            )
        return found

    def get_many(self, text: str) -> list[int]:
        """Members listed in one cell ("CMA, FAMa et Gendarmerie"), in order, without repeats.

        A name containing "et" ("Jeunes arabes et touaregs") is kept whole when it is a member.
        """
        ids: list[int] = []
        for part in LIST_SPLIT.split(text):
            if not part.strip():
                continue
            found = self.find(part)
            if found is not None:
                found_ids = [found]
            else:
                words = [w for w in WORD_SPLIT.split(part) if w.strip()]
                found_ids = [self.get(w) for w in words] if len(words) > 1 else [self.get(part)]
            ids += [i for i in found_ids if i not in ids]
        return ids


class PlaceIndex:
    """Places by their full label ("Tombouctou › Goundam › Tonka") or unique name, and axes."""

    def __init__(self, session: Session) -> None:
        labels = locality_labels(session)
        self.labels = labels
        self.paths = locality_paths(session)
        self._by_label = {fold(label): lid for lid, label in labels.items()}
        axes = list_axes(session)
        self.axes = {a.id: a.name for a in axes}
        self.stops = {a.id: a.locality_ids for a in axes}
        self._axes = {fold(name): aid for aid, name in self.axes.items()}
        self._axis_keys = {place_key(name): aid for aid, name in self.axes.items()}
        self._by_name: dict[str, set[int]] = {}
        for lid, label in labels.items():
            self._by_name.setdefault(place_key(label.rsplit(SEPARATOR, 1)[-1]), set()).add(lid)
        self.extra: dict[str, tuple[int | None, int | None]] = {}  # reconciled names

    def add(self, locality_id: int, label: str, path: tuple[int, ...] = ()) -> None:
        """Know one more place (e.g. one the import creates)."""
        self.labels[locality_id] = label
        self.paths[locality_id] = path
        self._by_label[fold(label)] = locality_id
        self._by_name.setdefault(place_key(label.rsplit(SEPARATOR, 1)[-1]), set()).add(locality_id)

    def add_axis(self, axis_id: int, name: str, stops: tuple[int, ...]) -> None:
        """Know one more axis (e.g. one the import creates)."""
        self.axes[axis_id] = name
        self.stops[axis_id] = stops
        self._axes[fold(name)] = axis_id
        self._axis_keys[place_key(name)] = axis_id

    def all_named(self, text: str) -> set[int]:
        """Every place called ``text`` (a region, a cercle and a town may share a name)."""
        return set(self._by_name.get(place_key(text), set()))

    def find_axis(self, text: str) -> int | None:
        """The axis named ``text`` (punctuation and spaces ignored: "Tombouctou–Goundam")."""
        return self._axes.get(fold(text)) or self._axis_keys.get(place_key(text))

    def find_any(self, text: str) -> tuple[int | None, int | None] | None:
        """(axis id, locality id) for a name, None when unknown or ambiguous."""
        if fold(text) in self.extra:
            return self.extra[fold(text)]
        axis = self.find_axis(text)
        if axis is not None:
            return axis, None
        try:
            return None, self.locality(text)
        except CellError:
            return None

    def locality(self, text: str) -> int:
        """The place written ``text``: its full label, or the end of it when that is unique
        ("Tonka", "Goundam › Tonka"); accents, case, punctuation and known spellings ignored."""
        key = fold(text)
        if key in self._by_label:
            return self._by_label[key]
        if key in self.extra and self.extra[key][1] is not None:
            return self.extra[key][1]  # type: ignore[return-value]
        same = self._by_name.get(place_key(text)) or self._by_name.get(canonical_key(text), set())
        if len(same) == 1 and SEPARATOR.strip() not in text:
            return next(iter(same))
        ending = f"{SEPARATOR.strip()} {key}"
        found = [lid for label, lid in self._by_label.items() if label.endswith(ending)]
        if len(found) == 1:
            return found[0]
        if found:
            raise CellError(
                msg(
                    "Exchange",
                    QT_TRANSLATE_NOOP(
                        "Exchange",
                        "Several places are called “{value}”; write the full name, one of: "
                        "{choices}.",
                    ),
                    value=text.strip(),
                    choices="; ".join(sorted(self.labels[i] for i in found)[:6]),
                )
            )
        raise _unknown(
            text.strip(),
            QT_TRANSLATE_NOOP(
                "Exchange",
                "“{value}” is not a known place (add it under Places first, or correct the name).",
            ),
        )

    def axis(self, text: str) -> int:
        """The axis named ``text``."""
        found = self.extra.get(fold(text), (None, None))[0] or self.find_axis(text)
        if found is None:
            raise _unknown(
                text.strip(),
                QT_TRANSLATE_NOOP(
                    "Exchange",
                    "“{value}” is not a known axis (add it under Places first, or correct the name).",
                ),
            )
        return found

    def place(self, text: str) -> tuple[int | None, int | None]:
        """(axis id, locality id) for text naming either an axis or a place."""
        if fold(text) in self.extra:
            return self.extra[fold(text)]
        axis = self.find_axis(text)
        if axis is not None:
            return axis, None
        return None, self.locality(text)
