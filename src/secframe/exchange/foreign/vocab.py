"""Words secretariats use in their own trackers, in French and English, for statuses, kinds
and causes (besides the app's own labels, which are always understood)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from secframe.exchange.cells import read_text
from secframe.exchange.errors import CellError
from secframe.exchange.labels import parse_enum
from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import CommitmentKind, CommitmentStatus, StatusCause
from secframe.models.enums import LabelledEnum
from secframe.services.matching import fold

E = TypeVar("E", bound=LabelledEnum)

S = CommitmentStatus
STATUS_WORDS: dict[str, CommitmentStatus] = {
    **dict.fromkeys(
        ("prevu", "prevue", "planifie", "planifiee", "a venir", "a faire", "pas commence",
         "non commence", "non demarre", "en attente", "en preparation", "programme", "planned",
         "not started", "pending", "to do", "upcoming", "pas encore demarre", "non encore demarre",
         "en attente de financement", "en attente de fonds", "en recherche de financement",
         "a demarrer", "awaiting funding", "not yet started"),
        S.PLANNED,
    ),
    **dict.fromkeys(
        ("en cours", "encours", "actif", "active", "en execution", "demarre", "operationnel",
         "en cours d'execution", "en cours de mise en oeuvre", "ongoing", "in progress",
         "started", "underway", "en cours de realisation", "en cours d'execution", "on going",
         "on-going", "in process"),
        S.ACTIVE,
    ),
    **dict.fromkeys(
        ("suspendu", "suspendue", "arrete", "arretee", "interrompu", "interrompue", "en pause",
         "a l'arret", "bloque", "bloquee", "suspended", "halted", "stopped", "on hold", "paused",
         "en suspens", "on-hold"),
        S.SUSPENDED,
    ),
    **dict.fromkeys(
        ("realise", "realisee", "termine", "terminee", "acheve", "achevee", "execute", "executee",
         "fait", "accompli", "cloture", "cloturee", "mis en oeuvre", "completed", "complete",
         "done", "achieved", "finished", "implemented", "realise avec succes", "effectue",
         "effectuee", "termine avec succes"),
        S.COMPLETED,
    ),
    **dict.fromkeys(
        ("abandonne", "abandonnee", "annule", "annulee", "renonce", "abandoned", "cancelled",
         "canceled", "dropped"),
        S.ABANDONED,
    ),
}  # fmt: skip

K = CommitmentKind
KIND_WORDS: dict[str, CommitmentKind] = {
    **dict.fromkeys(("patrouille", "patrouilles", "patrol", "patrols"), K.PATROL),
    **dict.fromkeys(("escorte", "escortes", "escorte armee", "escort", "escorts"), K.ESCORT),
    **dict.fromkeys(
        ("poste de controle", "postes de controle", "check-point", "checkpoint", "check point",
         "checkpoints", "barriere"),
        K.CHECKPOINT,
    ),
    **dict.fromkeys(
        ("operation", "operations", "operation de securisation", "securisation", "operation"),
        K.OPERATION,
    ),
    **dict.fromkeys(
        ("mediation", "dialogue", "concertation", "reconciliation", "mediation / dialogue"),
        K.MEDIATION,
    ),
    **dict.fromkeys(("sensibilisation", "campagne", "awareness", "sensitization"), K.SENSITISATION),
    **dict.fromkeys(("charte", "pacte", "accord", "charter", "pact", "agreement"), K.CHARTER),
    **dict.fromkeys(("comite", "comite de suivi", "committee"), K.FOLLOW_UP_COMMITTEE),
    **dict.fromkeys(("plaidoyer", "advocacy", "lobbying"), K.ADVOCACY),
    **dict.fromkeys(
        ("projet", "projet communautaire", "microprojet", "project", "community project"),
        K.COMMUNITY_PROJECT,
    ),
    **dict.fromkeys(("autre", "autres", "divers", "other"), K.OTHER),
}  # fmt: skip

C = StatusCause
CAUSE_WORDS: dict[str, StatusCause] = {
    **dict.fromkeys(
        ("moyens", "manque de moyens", "ressources", "manque de ressources", "financement",
         "manque de financement", "budget", "carburant", "logistique", "resources",
         "lack of resources", "funding", "lack of funding", "moyens financiers",
         "moyens logistiques", "fonds", "manque de fonds", "manque de carburant", "vehicules",
         "manque de vehicules", "per diem", "primes", "lack of funds", "no funding", "fuel"),
        C.RESOURCES,
    ),
    **dict.fromkeys(
        ("securite", "insecurite", "securitaire", "situation securitaire", "security",
         "insecurity", "raisons de securite", "raisons securitaires", "menaces", "attaque",
         "attaques", "security reasons"),
        C.SECURITY,
    ),
    **dict.fromkeys(("politique", "raisons politiques", "political", "politics"), C.POLITICAL),
    **dict.fromkeys(("passation", "releve", "handover", "hand-over"), C.HANDOVER),
    **dict.fromkeys(("autre", "autres", "other"), C.OTHER),
}  # fmt: skip


def _key(text: str) -> str:
    key = fold(text).replace("œ", "oe").replace("’", "'")
    key = re.sub(r"[.!:;]+$", "", key)
    return re.sub(r"\s+", " ", key).strip()


def word_reader(cls: type[E], words: dict[str, E]) -> Callable[[Any], E | None]:
    """A cell reader accepting the app's labels of ``cls`` and the usual words for them."""

    def read(value: Any) -> E | None:
        raw = read_text(value)
        if raw is None:
            return None
        found = parse_enum(cls, raw) or words.get(_key(raw))
        if found is None:
            raise CellError(
                msg(
                    "Exchange",
                    QT_TRANSLATE_NOOP(
                        "Exchange", "“{value}” is not understood; use one of: {choices}."
                    ),
                    value=raw,
                    choices=", ".join(m.label() for m in cls),
                )
            )
        return found

    return read


read_status = word_reader(CommitmentStatus, STATUS_WORDS)

# "Suspendu faute de moyens": a status, one of these, then a cause.
_CONNECTORS = re.compile(
    r"\s*(?:\bfaute d[e']\s*|\bpar manque d[e']\s*|\bpour cause d[e']\s*|\ben raison d[eu']\s*"
    r"|\ba cause d[eu']\s*|\bpour raisons? d[e']\s*|\bpour\s+|\bpar\s+|\bdue to\s+|\bfor lack of\s+"
    r"|\bbecause of\s+|\bowing to\s+|\bfor\s+|[(:\-–—,/]\s*)"
)


def read_status_phrase(value: Any) -> tuple[CommitmentStatus | None, StatusCause | None]:
    """The status of a cell, and the cause when the cell says it: « Suspendu faute de
    moyens » is suspended for lack of resources, "on hold (security)" suspended for security."""
    raw = read_text(value)
    if raw is None:
        return None, None
    key = _key(raw)
    if parse_enum(CommitmentStatus, raw) or key in STATUS_WORDS:
        return read_status(raw), None
    parts = _CONNECTORS.split(key, maxsplit=1)
    if len(parts) == 2:
        head, tail = parts[0].strip(), _key(parts[1].strip(" )"))
        status = parse_enum(CommitmentStatus, head) or STATUS_WORDS.get(head)
        if status is not None:
            cause = CAUSE_WORDS.get(tail) or CAUSE_WORDS.get(
                re.sub(r"^(de |du |des |d')", "", tail)
            )
            return status, cause if cause is not None else (
                StatusCause.OTHER if status in _CLOSING else None
            )
    return read_status(raw), None  # raises the error naming the statuses


_CLOSING = (CommitmentStatus.SUSPENDED, CommitmentStatus.ABANDONED)
read_kind = word_reader(CommitmentKind, KIND_WORDS)
read_cause = word_reader(StatusCause, CAUSE_WORDS)
