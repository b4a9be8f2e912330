"""Finding members, places and axes from the names written in a spreadsheet."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from secframe.exchange.errors import CellError
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.services.matching import fold
from secframe.services.members import list_members
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
        for m in list_members(session, framework_id):
            self.names[m.id] = m.label
            for key in {fold(m.name), fold(m.short_name or "")} - {""}:
                self._by_key.setdefault(key, set()).add(m.id)

    def find(self, text: str) -> int | None:
        """The member named ``text``, or None if no member has that name."""
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
        self._by_label = {fold(label): lid for lid, label in labels.items()}
        self.axes = {a.id: a.name for a in list_axes(session)}
        self._axes = {fold(name): aid for aid, name in self.axes.items()}

    def locality(self, text: str) -> int:
        """The place written ``text``: its full label, or the end of it when that is unique
        ("Tonka", "Goundam › Tonka")."""
        key = fold(text)
        if key in self._by_label:
            return self._by_label[key]
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
        found = self._axes.get(fold(text))
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
        if fold(text) in self._axes:
            return self._axes[fold(text)], None
        return None, self.locality(text)
