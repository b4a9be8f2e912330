"""Words in a chosen language for exported files, and reading them back in either language.

An export is written in the language chosen for it, whatever the language of the app; an
import reads labels in French or English, so a workbook keeps working when it travels.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from secframe import i18n
from secframe.exchange.errors import CellError
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models.enums import LabelledEnum
from secframe.services.matching import fold

E = TypeVar("E", bound=LabelledEnum)


def tr(lang: str, context: str, source: str) -> str:
    """``source`` (marked with QT_TRANSLATE_NOOP) in the language ``lang``."""
    if lang == "en":
        return source
    catalogue = i18n._catalogue(lang)  # the packaged .ts catalogue, independent of the UI's
    return catalogue.get((context, source)) or source


def enum_label(member: LabelledEnum, lang: str) -> str:
    """The label of an enum member in ``lang``."""
    return tr(lang, member.context(), member._labels()[member.value])


@cache
def _enum_index(cls: type[LabelledEnum]) -> dict[str, LabelledEnum]:
    index: dict[str, LabelledEnum] = {}
    for member in cls:
        index[fold(member.value)] = member
        for lang in i18n.SUPPORTED_LANGUAGES:
            index.setdefault(fold(enum_label(member, lang)), member)
    return index


def parse_enum(cls: type[E], text: str) -> E | None:
    """The member of ``cls`` whose code or label (French or English) is ``text``."""
    found = _enum_index(cls).get(fold(text))
    return found  # type: ignore[return-value]


def enum_labels(cls: type[LabelledEnum], lang: str) -> list[str]:
    """The labels of every member of ``cls`` in ``lang``, in declaration order."""
    return [enum_label(m, lang) for m in cls]


def yes_no(value: bool, lang: str) -> str:
    """ "Yes"/"No" in ``lang``."""
    return tr(lang, "Tracker", "Yes") if value else tr(lang, "Tracker", "No")


_WORDS = (QT_TRANSLATE_NOOP("Tracker", "Yes"), QT_TRANSLATE_NOOP("Tracker", "No"))


def enum_reader(cls: type[E]) -> Callable[[Any], E | None]:
    """A cell reader accepting the labels of ``cls`` in either language (empty gives None)."""

    def read(value: Any) -> E | None:
        if value is None or not str(value).strip():
            return None
        raw = str(value).strip()
        found = parse_enum(cls, raw)
        if found is None:
            raise CellError(
                msg(
                    "Exchange",
                    QT_TRANSLATE_NOOP("Exchange", "“{value}” is not in the list ({choices})."),
                    value=raw,
                    choices=" / ".join(m.label() for m in cls),
                )
            )
        return found

    return read
