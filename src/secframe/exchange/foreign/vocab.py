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
         "a demarrer", "not yet started"),
        S.PLANNED,
    ),
    **dict.fromkeys(
        ("en attente d'appui", "en attente de l'appui", "en attente d'appui de bamako",
         "en attente de financement", "en attente de moyens", "en attente des moyens",
         "en attente d'autorisation", "non mis en oeuvre, en attente d'appui",
         "non mis en oeuvre faute d'appui", "faute d'appui", "attente appui",
         "awaiting support", "awaiting funding", "waiting for support", "waiting for funding",
         "pending support", "not started, awaiting support", "en attente de fonds",
         "en recherche de financement"),
        S.AWAITING_SUPPORT,
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
        ("redeploiement", "redeploiement des fds", "redeploiement des fama",
         "redeploiement de l'armee", "retour de l'armee", "retour des fds", "retour des fama",
         "redeployment", "redeployment of the security forces", "return of the army"),
        K.REDEPLOYMENT,
    ),
    **dict.fromkeys(
        ("arrestation", "arrestations", "interpellation", "interpellations",
         "remise a la justice", "arrestations et remise a la justice", "arrest", "arrests",
         "arrests and handing over to justice"),
        K.ARRESTS,
    ),
    **dict.fromkeys(
        ("collecte d'armes", "collecte des armes", "ramassage d'armes", "remise d'armes",
         "recuperation d'armes", "desarmement", "weapons collection", "collection of weapons",
         "weapon collection", "disarmament"),
        K.WEAPONS_COLLECTION,
    ),
    **dict.fromkeys(
        ("mediation", "dialogue", "concertation", "reconciliation", "mediation / dialogue"),
        K.MEDIATION,
    ),
    **dict.fromkeys(
        ("debat", "debats", "debat public", "forum", "forum communautaire", "tribune",
         "espace de dialogue", "public debate", "debate", "community forum", "town hall"),
        K.PUBLIC_DEBATE,
    ),
    **dict.fromkeys(
        ("alerte precoce", "mecanisme d'alerte", "mecanisme d'alerte precoce",
         "systeme d'alerte", "systeme d'alerte precoce", "early warning", "early-warning",
         "early warning system", "early-warning mechanism"),
        K.EARLY_WARNING,
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
        ("retrait des fama", "retrait des fds", "retrait des forces", "retrait de l'armee",
         "retrait des forces armees", "retrait des forces de securite", "depart des fama",
         "depart de l'armee", "depart des forces", "retrait", "withdrawal of the fama",
         "withdrawal of the army", "withdrawal of the forces", "withdrawal of forces",
         "army withdrawal", "forces withdrawal", "withdrawal", "fama withdrew",
         "the army left"),
        C.FORCES_WITHDRAWAL,
    ),
    **dict.fromkeys(
        ("securite", "insecurite", "securitaire", "situation securitaire", "security",
         "insecurity", "insecurite sur l'axe", "insecurite dans la zone", "raisons de securite",
         "raisons securitaires", "menaces", "attaque", "attaques", "insecurity on the axis",
         "security reasons", "attacks", "threats"),
        C.SECURITY,
    ),
    **dict.fromkeys(("politique", "raisons politiques", "political", "politics"), C.POLITICAL),
    **dict.fromkeys(
        ("non-respect", "non respect", "non-respect par une partie",
         "non respect par une partie", "non-respect des engagements",
         "non respect des engagements", "non-respect de l'accord", "violation",
         "violation de l'accord", "violation des engagements", "breach", "breach by a party",
         "breach of the agreement", "violation of the agreement", "non-compliance"),
        C.BREACH,
    ),
    **dict.fromkeys(
        ("faute d'appui de bamako", "absence d'appui de bamako", "manque d'appui de bamako",
         "pas d'appui de bamako", "sans appui de bamako", "appui de bamako",
         "faute de soutien de bamako", "absence de soutien de bamako",
         "manque de soutien de bamako", "pas de soutien de bamako", "bamako",
         "absence d'appui des autorites centrales", "faute d'appui des autorites centrales",
         "no support from bamako", "lack of support from bamako", "no central support",
         "no support from the central authorities", "lack of central support"),
        C.NO_CENTRAL_SUPPORT,
    ),
    **dict.fromkeys(("passation", "releve", "handover", "hand-over"), C.HANDOVER),
    **dict.fromkeys(
        ("engagement realise", "realise", "termine", "completed", "done"), C.COMPLETED
    ),
    **dict.fromkeys(("autre", "autres", "other"), C.OTHER),
}  # fmt: skip


# Phrases that name a cause inside a longer text (an « Observations » cell); only phrases that
# cannot mean anything else, so that a cause is never guessed wrong.
CAUSE_PHRASES: dict[StatusCause, tuple[str, ...]] = {
    C.FORCES_WITHDRAWAL: (
        "retrait des fama", "retrait des fds", "retrait des forces", "retrait de l'armee",
        "depart des fama", "depart de l'armee", "withdrawal of the army",
        "withdrawal of the forces", "army withdrew", "fama withdrew",
    ),
    C.NO_CENTRAL_SUPPORT: (
        "appui de bamako", "soutien de bamako", "support from bamako", "appui des autorites "
        "centrales", "soutien des autorites centrales",
    ),
    C.RESOURCES: (
        "manque de moyens", "faute de moyens", "manque de ressources", "faute de ressources",
        "manque de financement", "faute de financement", "manque de carburant",
        "faute de carburant", "lack of resources", "lack of funding", "lack of fuel",
    ),
    C.BREACH: (
        "non-respect", "non respect", "violation de l'accord", "violation des engagements",
        "breach of the agreement",
    ),
}  # fmt: skip


def cause_in_text(text: str | None) -> StatusCause | None:
    """The one cause a free text names (« arrêt après le retrait des FAMa de Tonka »), or None
    when it names none or several."""
    key = _key(text or "")
    found = {cause for cause, phrases in CAUSE_PHRASES.items() if any(p in key for p in phrases)}
    return found.pop() if len(found) == 1 else None


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
                    choices=" / ".join(m.label() for m in cls),
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
