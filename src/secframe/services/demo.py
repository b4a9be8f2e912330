"""The example frameworks, built through the services from the two source texts.

Facts (frameworks, members' categories and roles, commitments, their dates, statuses, causes,
reasons and counted results) come from HD's "Facilitating the implementation of a national agreement through local mediation"
and International Alert's "Bridging deep divisions in Mali". Where the sources give a month
but no day, the 1st of the month is used; where they give only a year, 1 January. Everything
else — amounts, incident counts and exact dates, session dates, attendance, representatives —
is illustrative and says so in the data ("illustratif").
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from secframe.i18n import QT_TRANSLATE_NOOP, msg
from secframe.models import (
    ActionStatus,
    DecisionEffect,
    Framework,
    FrameworkLevel,
    IncidentType,
    Locality,
    LocalityLevel,
    Meeting,
    MeetingKind,
    MemberCategory,
    ResourceCategory,
    ResultUnit,
    Sex,
)
from secframe.models import (
    CommitmentKind as K,
)
from secframe.models import (
    CommitmentStatus as S,
)
from secframe.models import (
    StatusCause as C,
)
from secframe.services import adoption, places
from secframe.services import commitments as cs
from secframe.services import frameworks as fws
from secframe.services import incidents as inc
from secframe.services import meetings as ms
from secframe.services import members as mem
from secframe.services import preparation as prep
from secframe.services.demo_marks import DEMO_SOURCE, ILLUSTRATIVE
from secframe.services.errors import ServiceError
from secframe.services.resources import ResourceNeedInput, add_resource_need
from secframe.services.results import ResultInput, add_result

SECRETARIAT = "Secrétariat (exemple)"
HD = "Centre pour le dialogue humanitaire (HD)"
HD_SOURCE = (
    "HD, « Facilitating the implementation of a national agreement through local mediation »"
)
IA_SOURCE = "International Alert, « Bridging deep divisions in Mali »"
DENMARK = "Danemark"
CANADA = "Affaires mondiales Canada"
CANADA_NOTE = (
    "Partenaire technique et financier : le gouvernement du Canada finance le projet des "
    "forums par Affaires mondiales Canada (source : International Alert)."
)
DENMARK_NOTE = (
    "Partenaire technique et financier : soutient les activités de HD au Mali depuis 2011 "
    "(source : HD)."
)
TODAY_FOR_DEMO = date(2020, 12, 31)  # the sources stop in 2020; nothing is dated later


@dataclass
class _Places:
    region_tombouctou: int
    region_gao: int
    region_taoudeni: int
    tombouctou: int
    goundam: int
    tonka: int
    niafunke: int
    dire: int
    ber: int
    borem_inaly: int
    axis_short: int
    axis_long: int


class DemoAlreadyPresent(ServiceError):
    """The example frameworks are already in the database."""


def _place(session: Session, parent_id: int, level: LocalityLevel, name: str, note: str) -> int:
    existing = session.scalar(
        select(Locality.id).where(Locality.parent_id == parent_id, Locality.name == name)
    )
    if existing is not None:
        return existing
    info = places.create_locality(
        session, places.LocalityInput(name=name, level=level, parent_id=parent_id, notes=note)
    )
    return info.id


def _cercle(session: Session, pcode: str) -> int:
    found = session.scalar(select(Locality.id).where(Locality.pcode == pcode))
    if found is None:
        raise LookupError(f"reference cercle {pcode} missing")
    return found


def _build_places(session: Session) -> _Places:
    region_tbt = session.scalar(select(Locality.id).where(Locality.pcode == "ML06"))
    region_gao = session.scalar(select(Locality.id).where(Locality.pcode == "ML07"))
    assert region_tbt is not None and region_gao is not None
    taoudeni = session.scalar(
        select(Locality.id).where(Locality.parent_id.is_(None), Locality.name == "Taoudéni")
    )
    if taoudeni is None:
        taoudeni = places.create_locality(
            session,
            places.LocalityInput(
                name="Taoudéni",
                level=LocalityLevel.REGION,
                notes="Région créée en 2016 ; absente des limites OCHA fournies "
                "(incluse dans le cercle de Tombouctou). Ajoutée par l'exemple.",
            ),
        ).id
    c_tbt, c_goundam = _cercle(session, "ML0605"), _cercle(session, "ML0602")
    c_niafunke, c_dire = _cercle(session, "ML0604"), _cercle(session, "ML0601")
    note = "Ajouté par l'exemple"
    ids = {
        "tombouctou": _place(session, c_tbt, LocalityLevel.COMMUNE, "Tombouctou", note),
        "goundam": _place(session, c_goundam, LocalityLevel.COMMUNE, "Goundam", note),
        "tonka": _place(session, c_goundam, LocalityLevel.COMMUNE, "Tonka", note),
        "niafunke": _place(session, c_niafunke, LocalityLevel.LOCALITY, "Niafunké", note),
        "dire": _place(session, c_dire, LocalityLevel.COMMUNE, "Diré", note),
        "ber": _place(session, c_tbt, LocalityLevel.COMMUNE, "Ber", note),
        "borem_inaly": _place(session, c_tbt, LocalityLevel.COMMUNE, "Bourem-Inaly", note),
    }
    axes = {a.name: a.id for a in places.list_axes(session)}
    short_name, long_name = "Tombouctou – Goundam", "Tombouctou – Goundam – Tonka – Niafunké"
    if short_name not in axes:
        axes[short_name] = places.create_axis(
            session,
            places.AxisInput(
                name=short_name,
                locality_ids=(ids["tombouctou"], ids["goundam"]),
                notes="Route très fréquentée, théâtre de braquages constants depuis 2015.",
            ),
        ).id
    if long_name not in axes:
        axes[long_name] = places.create_axis(
            session,
            places.AxisInput(
                name=long_name,
                locality_ids=(ids["tombouctou"], ids["goundam"], ids["tonka"], ids["niafunke"]),
                length_km=250,
                notes="Niafunké se trouve à quelque 250 km au sud de Tombouctou, via Tonka.",
            ),
        ).id
    return _Places(
        region_tombouctou=region_tbt,
        region_gao=region_gao,
        region_taoudeni=taoudeni,
        axis_short=axes[short_name],
        axis_long=axes[long_name],
        **ids,
    )


def _member(
    session: Session,
    framework_id: int,
    name: str,
    category: MemberCategory,
    short: str | None = None,
    reps: tuple[mem.RepresentativeInput, ...] = (),
    joined: date | None = None,
    notes: str | None = None,
    *,
    facilitator: bool = False,
    funder: bool = False,
) -> int:
    data = mem.MemberInput(
        name=name,
        category=category,
        short_name=short,
        joined_on=joined,
        representatives=reps,
        notes=notes,
        facilitator=facilitator,
        funder=funder,
    )
    return mem.create_member(session, framework_id, data).id


def _rep(title: str, sex: Sex = Sex.UNKNOWN) -> mem.RepresentativeInput:
    return mem.RepresentativeInput(name=f"Point focal ({ILLUSTRATIVE})", title=title, sex=sex)


def _commit(
    session: Session,
    framework_id: int,
    data: cs.CommitmentInput,
    history: list[tuple[date, S, C | None, str | None]],
) -> int:
    """Create a commitment and replay its status history (first entry = initial status)."""
    first_on, first_status, first_cause, first_reason = history[0]
    detail = cs.create_commitment(
        session,
        framework_id,
        data,
        status=first_status,
        status_on=first_on,
        cause=first_cause,
        reason=first_reason,
        source=HD_SOURCE,
        today=TODAY_FOR_DEMO,
    )
    for on, status, cause, reason in history[1:]:
        cs.change_status(
            session,
            detail.id,
            status,
            on=on,
            cause=cause,
            reason=reason,
            source=HD_SOURCE,
            today=TODAY_FOR_DEMO,
        )
    return detail.id


def _need(
    session: Session,
    commitment_id: int,
    category: ResourceCategory,
    description: str,
    quantity: int,
    unit: str,
    unit_cost: int,
    pledged: int = 0,
    received: int = 0,
    provider: str | None = None,
    funder_id: int | None = None,
) -> None:
    add_resource_need(
        session,
        commitment_id,
        ResourceNeedInput(
            category=category,
            description=f"{description} (montant {ILLUSTRATIVE})",
            quantity=Decimal(quantity),
            unit=unit,
            unit_cost=Decimal(unit_cost),
            pledged=Decimal(pledged),
            received=Decimal(received),
            provider_member_id=funder_id,
            provider_name=provider,
        ),
    )


def _result(
    session: Session,
    commitment_id: int,
    on: date,
    unit: ResultUnit,
    quantity: int,
    notes: str,
    source: str = HD_SOURCE,
) -> None:
    """A counted result the sources give (« some 20 arrests »: approximate)."""
    add_result(
        session,
        commitment_id,
        ResultInput(on, unit, quantity, approximate=True, notes=notes, source=source),
        today=TODAY_FOR_DEMO,
    )


def build_demo(session: Session) -> list[int]:
    """Add the example frameworks to the database; returns their ids.

    Raises ``DemoAlreadyPresent`` if they are already there.
    """
    if session.scalar(
        select(Framework.id).where(Framework.short_name == "CGCS Tombouctou-Taoudéni")
    ):
        raise DemoAlreadyPresent(
            msg(
                "Demo",
                QT_TRANSLATE_NOOP("Demo", "The example frameworks are already in this database."),
            )
        )
    p = _build_places(session)
    tbt = _timbuktu_framework(session, p)
    gao = _gao_framework(session, p)
    borem = _borem_inaly_forum(session, p)
    city = _timbuktu_city_forum(session, p)
    _incidents(session, p)
    _adopt_in_turn(session, tbt)  # once everything is there: adoption freezes the figures
    return [tbt, gao, borem, city]


def _adopt_in_turn(session: Session, framework_id: int) -> None:
    """Each session's conclusions adopted at the next one, locked four days after it by the
    secretariat (illustrative)."""
    rows = session.execute(
        select(Meeting.id, Meeting.held_on)
        .where(Meeting.framework_id == framework_id)
        .order_by(Meeting.number)
    ).all()
    for (earlier, held_on), (later, _) in itertools.pairwise(rows):
        adoption.adopt_conclusions(
            session,
            earlier,
            adopted_in_id=later,
            at=datetime.combine(held_on + timedelta(days=4), time(10, 0)),
            by=SECRETARIAT,
        )


def _timbuktu_framework(session: Session, p: _Places) -> int:
    fw = fws.create_framework(
        session,
        fws.FrameworkInput(
            name="Cadre de gestion concertée de la sécurité de Tombouctou et Taoudéni",
            short_name="CGCS Tombouctou-Taoudéni",
            level=FrameworkLevel.REGIONAL,
            region_ids=(p.region_tombouctou, p.region_taoudeni),
            established_on=date(2017, 1, 1),
            facilitating_partners=HD,
            notes="Créé en 2017 à la demande des gouverneurs et autorités intérimaires des "
            "régions de Tombouctou et Taoudéni (jour et mois non précisés par les sources). "
            "Source : " + HD_SOURCE + ".",
        ),
    ).id
    m = {
        "gov_tbt": _member(session, fw, "Gouvernorat de Tombouctou", MemberCategory.GOVERNORATE,
                           reps=(_rep("Conseiller aux affaires administratives"),)),
        "gov_tdn": _member(session, fw, "Gouvernorat de Taoudéni", MemberCategory.GOVERNORATE),
        "pref": _member(session, fw, "Préfectures des régions de Tombouctou et Taoudéni",
                        MemberCategory.PREFECTURE, short="Préfectures"),
        "ai_tbt": _member(session, fw, "Autorité intérimaire de Tombouctou",
                          MemberCategory.INTERIM_AUTHORITY, short="AI Tombouctou",
                          reps=(_rep("Président de l'autorité intérimaire"),)),
        "ai_tdn": _member(session, fw, "Autorité intérimaire de Taoudéni",
                          MemberCategory.INTERIM_AUTHORITY, short="AI Taoudéni"),
        "cma": _member(session, fw, "Coordination des mouvements de l'Azawad", MemberCategory.ARMED_GROUP,
                       short="CMA", reps=(_rep("Président de la CMA (région)"),
                                          _rep("Chef terrain")),),
        "plateforme": _member(session, fw, "Plateforme des mouvements du 14 juin 2014 d'Alger",
                              MemberCategory.ARMED_GROUP, short="Plateforme"),
        "fama": _member(session, fw, "Forces armées maliennes", MemberCategory.SECURITY_FORCES,
                        short="FAMa"),
        "police": _member(session, fw, "Police nationale", MemberCategory.SECURITY_FORCES,
                          short="Police"),
        "gendarmerie": _member(session, fw, "Gendarmerie nationale", MemberCategory.SECURITY_FORCES,
                               short="Gendarmerie"),
        "religious": _member(session, fw, "Leaders religieux", MemberCategory.RELIGIOUS_LEADERS),
        "community": _member(session, fw, "Leaders communautaires et traditionnels",
                             MemberCategory.TRADITIONAL_LEADERS),
        "youth_sed": _member(session, fw, "Jeunes des communautés sédentaires", MemberCategory.YOUTH,
                             short="Jeunes sédentaires"),
        "youth_arab": _member(session, fw, "Jeunes arabes et touaregs", MemberCategory.YOUTH,
                              short="Jeunes arabes et touaregs"),
        "hd": _member(session, fw, HD, MemberCategory.PARTNER, short="HD",
                      notes="Facilitateur du cadre depuis 2017.", facilitator=True),
        "denmark": _member(session, fw, DENMARK, MemberCategory.PARTNER, notes=DENMARK_NOTE,
                           funder=True),
    }  # fmt: skip

    def data(title: str, kind: K, **kw: object) -> cs.CommitmentInput:
        return cs.CommitmentInput(title=title, kind=kind, source=HD_SOURCE, **kw)  # type: ignore[arg-type]

    road_2017 = _commit(
        session,
        fw,
        data(
            "Patrouilles militaires sur la route Tombouctou – Goundam",
            K.PATROL,
            description="Engagement pris par le cadre après sa création : mettre en place des "
            "patrouilles militaires le long de la route, face aux braquages et attaques "
            "constants depuis 2015.",
            lead_member_id=m["fama"],
            partners=(cs.PartnerInput(m["gov_tbt"], "Saisine des autorités militaires"),),
            axis_id=p.axis_short,
            start_date=date(2017, 7, 1),
            theme="Sécurité routière",
        ),
        [
            (
                date(2017, 7, 1),
                S.AWAITING_SUPPORT,
                C.NO_CENTRAL_SUPPORT,
                "Le soutien nécessaire des autorités militaires basées à Bamako n'est pas "
                "mobilisé.",
            ),
            (
                date(2019, 1, 1),
                S.ABANDONED,
                C.NO_CENTRAL_SUPPORT,
                "Le soutien nécessaire des autorités militaires basées à Bamako n'a jamais été "
                "mobilisé ; les discussions reprennent début 2019 sur d'autres réponses.",
            ),
        ],
    )
    cma_patrols = _commit(
        session,
        fw,
        data(
            "Patrouilles de la CMA sur l'axe Tombouctou – Goundam",
            K.PATROL,
            description="Après une recrudescence des braquages et des manifestations de jeunes de "
            "Goundam et Tombouctou réclamant l'intervention de l'État, la CMA patrouille l'axe "
            "deux fois par jour pendant un mois.",
            lead_member_id=m["cma"],
            axis_id=p.axis_short,
            frequency="Deux fois par jour",
            start_date=date(2019, 3, 1),
            original_deadline=date(2019, 3, 31),
            implementation_level=3,
            theme="Sécurité routière",
            predecessor_id=None,
        ),
        [(date(2019, 3, 1), S.ACTIVE, None, None)],
    )
    _result(session, cma_patrols, date(2019, 3, 31), ResultUnit.PATROLS, 60,
            "Deux patrouilles par jour pendant un mois, soit une soixantaine (calcul d'après "
            "la source).")  # fmt: skip
    escorts = cs.hand_over(
        session,
        cma_patrols,
        data(
            "Escortes armées des forces de l'État sur l'axe Tombouctou – Goundam – Tonka – Niafunké",
            K.ESCORT,
            description="Les forces de l'État prennent le relais des patrouilles de la CMA et "
            "assurent des escortes armées jusqu'à Niafunké, à quelque 250 km au sud de "
            "Tombouctou via Tonka.",
            lead_member_id=m["fama"],
            axis_id=p.axis_long,
            frequency="Escortes régulières",
            implementation_level=2,
            outcome_notes="Fin des braquages sur l'axe et reprise de l'activité économique ; "
            "stabilité restée fragile.",
            theme="Sécurité routière",
        ),
        on=date(2019, 4, 1),
        reason="Après un mois de patrouilles de la CMA, les forces de l'État reprennent la "
        "mission sous forme d'escortes armées.",
        source=HD_SOURCE,
        today=TODAY_FOR_DEMO,
    ).id
    cs.change_status(
        session,
        escorts,
        S.SUSPENDED,
        on=date(2020, 5, 1),
        cause=C.FORCES_WITHDRAWAL,
        reason="Retrait des forces armées maliennes de Tonka et Diré début 2020, recrudescence "
        "des incidents dans ces localités et arrêt de toutes les patrouilles en mai 2020.",
        source=HD_SOURCE,
        today=TODAY_FOR_DEMO,
    )
    _need(session, escorts, ResourceCategory.FUEL, "Carburant des escortes", 6000, "litre", 750,
          pledged=1_500_000, received=1_500_000)  # fmt: skip
    _need(session, escorts, ResourceCategory.ALLOWANCES, "Primes des éléments d'escorte", 40,
          "élément × mois", 60_000)  # fmt: skip
    _need(session, escorts, ResourceCategory.VEHICLES, "Véhicules pick-up armés", 4,
          "véhicule", 2_500_000, pledged=2_500_000)  # fmt: skip

    dialogue = _commit(
        session,
        fw,
        data(
            "Dialogue entre les jeunes et les chefs terrain des groupes armés signataires",
            K.MEDIATION,
            description="Dialogue organisé par le cadre entre jeunes sédentaires, jeunes arabes "
            "et touaregs et chefs terrain des groupes armés des deux régions, après les "
            "affrontements de septembre 2019.",
            lead_member_id=m["hd"],
            partners=(
                cs.PartnerInput(m["youth_sed"], "Participants"),
                cs.PartnerInput(m["youth_arab"], "Participants"),
                cs.PartnerInput(m["cma"], "Chefs terrain"),
                cs.PartnerInput(m["plateforme"], "Chefs terrain"),
            ),
            locality_id=p.tombouctou,
            start_date=date(2019, 10, 1),
            original_deadline=date(2019, 10, 31),
            implementation_level=3,
            theme="Cohésion intercommunautaire",
        ),
        [
            (date(2019, 10, 1), S.ACTIVE, None, None),
            (date(2019, 10, 31), S.COMPLETED, C.COMPLETED, "Charte de bonne conduite adoptée."),
        ],
    )
    _need(session, dialogue, ResourceCategory.FUNDING,
          "Organisation du dialogue (transport, hébergement, restauration)", 1, "forfait",
          2_500_000, pledged=2_500_000, received=2_500_000, funder_id=m["denmark"])  # fmt: skip
    charter = _commit(
        session,
        fw,
        data(
            "Charte de bonne conduite des jeunes des régions de Tombouctou et Taoudéni",
            K.CHARTER,
            description="Charte adoptée à l'issue du dialogue d'octobre 2019.",
            lead_member_id=m["youth_sed"],
            partners=(cs.PartnerInput(m["youth_arab"], "Signataires"),),
            locality_id=p.tombouctou,
            start_date=date(2019, 10, 1),
            implementation_level=3,
            outcome_notes="Les violences de jeunes des groupes armés ont cessé ; les auteurs "
            "d'incidents depuis la signature n'appartiennent à aucun de ces groupes. Coexistence "
            "pacifique retrouvée entre les deux communautés.",
            theme="Cohésion intercommunautaire",
        ),
        [(date(2019, 10, 1), S.ACTIVE, None, None)],
    )
    committee = _commit(
        session,
        fw,
        data(
            "Comité de suivi de 11 jeunes chargé de diffuser la charte",
            K.FOLLOW_UP_COMMITTEE,
            description="Comité de onze jeunes chargé de la diffusion de la charte de bonne "
            "conduite.",
            lead_member_id=m["youth_arab"],
            partners=(cs.PartnerInput(m["youth_sed"], "Membres du comité"),),
            locality_id=p.tombouctou,
            frequency="Réunions mensuelles (illustratif)",
            start_date=date(2019, 10, 1),
            implementation_level=2,
            theme="Cohésion intercommunautaire",
        ),
        [(date(2019, 10, 1), S.ACTIVE, None, None)],
    )
    _need(session, committee, ResourceCategory.COMMUNICATIONS,
          "Émissions radio de diffusion de la charte", 12, "émission", 75_000,
          pledged=450_000, received=300_000, provider="Radio locale")  # fmt: skip
    sensitise = _commit(
        session,
        fw,
        data(
            "Sensibilisation des jeunes des groupes armés à la cohésion intercommunautaire",
            K.SENSITISATION,
            description="Les groupes armés s'engagent à sensibiliser les jeunes de leurs rangs "
            "et à exiger la cessation immédiate des actes de violence.",
            lead_member_id=m["cma"],
            partners=(cs.PartnerInput(m["plateforme"], "Sensibilisation de ses jeunes"),),
            start_date=date(2019, 10, 1),
            implementation_level=3,
            outcome_notes="Recommandations rapidement mises en œuvre ; la violence de ces groupes "
            "a cessé.",
            theme="Cohésion intercommunautaire",
        ),
        [(date(2019, 10, 1), S.ACTIVE, None, None)],
    )
    advocacy = _commit(
        session,
        fw,
        data(
            "Plaidoyer auprès des dirigeants de la CMA pour la lutte contre le banditisme",
            K.ADVOCACY,
            description="Par l'intermédiaire du président de l'autorité intérimaire de "
            "Tombouctou et du président de la CMA.",
            lead_member_id=m["ai_tbt"],
            partners=(cs.PartnerInput(m["cma"], "Président de la CMA"),),
            start_date=date(2019, 10, 1),
            implementation_level=3,
            theme="Lutte contre le banditisme",
        ),
        [
            (date(2019, 10, 1), S.ACTIVE, None, None),
            (date(2019, 10, 31), S.COMPLETED, C.COMPLETED, "La CMA lance l'opération Alafia."),
        ],
    )
    alafia = _commit(
        session,
        fw,
        data(
            "Opération Alafia contre le banditisme",
            K.OPERATION,
            description="Opération de la CMA (Alafia : « paix » en tamasheq et en sonrhaï) pour "
            "sécuriser les lieux souvent touchés par les incidents autour de Goundam, "
            "Niafunké, Tombouctou et Ber.",
            lead_member_id=m["cma"],
            locality_id=p.tombouctou,
            axis_id=p.axis_long,
            start_date=date(2019, 10, 1),
            implementation_level=2,
            outcome_notes="Forte baisse du banditisme et des braquages pendant plusieurs mois ; "
            "une vingtaine d'arrestations de bandits.",
            theme="Lutte contre le banditisme",
        ),
        [
            (date(2019, 10, 1), S.ACTIVE, None, None),
            (
                date(2020, 4, 1),
                S.SUSPENDED,
                C.RESOURCES,
                "Faute de moyens matériels et financiers, la CMA a dû arrêter l'opération en "
                "avril 2020.",
            ),
        ],
    )
    _result(session, alafia, date(2020, 4, 1), ResultUnit.ARRESTS, 20,
            "« Une vingtaine d'arrestations de bandits » pendant l'opération (source HD ; "
            "arrêtée en avril 2020).")  # fmt: skip
    _need(session, alafia, ResourceCategory.FUEL, "Carburant des patrouilles", 9000, "litre", 750,
          pledged=2_000_000, received=1_200_000, provider="Partenaires (illustratif)")  # fmt: skip
    _need(session, alafia, ResourceCategory.RATIONS, "Rations des éléments", 60, "élément × mois",
          45_000)  # fmt: skip
    _need(session, alafia, ResourceCategory.VEHICLES, "Location et entretien de véhicules", 6,
          "véhicule × mois", 900_000, pledged=1_800_000, received=900_000)  # fmt: skip
    _need(session, alafia, ResourceCategory.COMMUNICATIONS, "Radios Thuraya et crédit", 8,
          "poste", 350_000)  # fmt: skip

    checkpoints = _commit(
        session,
        fw,
        data(
            "Postes de contrôle de la police et de la gendarmerie à Tombouctou",
            K.CHECKPOINT,
            description="Points de contrôle aux endroits stratégiques de la ville, issus des "
            "forums avec les représentants basés à Bamako et les FAMa.",
            lead_member_id=m["police"],
            partners=(cs.PartnerInput(m["gendarmerie"], "Postes de contrôle"),),
            locality_id=p.tombouctou,
            start_date=date(2019, 3, 1),
            original_deadline=date(2019, 6, 30),
            implementation_level=2,
            outcome_notes="Baisse de la circulation d'armes, des assassinats ciblés et des actes "
            "de banditisme dans la ville.",
            theme="Sécurisation de la ville de Tombouctou",
        ),
        [
            (date(2019, 3, 1), S.ACTIVE, None, None),
            (
                date(2019, 6, 30),
                S.SUSPENDED,
                C.RESOURCES,
                "Faute de ressources supplémentaires, les mesures sont restées de court terme.",
            ),
        ],
    )
    _need(session, checkpoints, ResourceCategory.ALLOWANCES, "Primes des agents aux postes", 30,
          "agent × mois", 50_000)  # fmt: skip
    _need(session, checkpoints, ResourceCategory.EQUIPMENT, "Barrières et éclairage des postes",
          6, "poste", 400_000, pledged=600_000, received=600_000)  # fmt: skip
    special_force = _commit(
        session,
        fw,
        data(
            "Déploiement d'une force spéciale de l'armée à Tombouctou",
            K.REDEPLOYMENT,
            description="Force spéciale déployée pour dissuader les bandits.",
            lead_member_id=m["fama"],
            locality_id=p.tombouctou,
            start_date=date(2019, 3, 1),
            original_deadline=date(2019, 6, 30),
            implementation_level=2,
            theme="Sécurisation de la ville de Tombouctou",
        ),
        [
            (date(2019, 3, 1), S.ACTIVE, None, None),
            (
                date(2019, 6, 30),
                S.SUSPENDED,
                C.RESOURCES,
                "Faute de ressources supplémentaires, les mesures sont restées de court terme.",
            ),
        ],
    )
    forums = _commit(
        session,
        fw,
        data(
            "Forums avec les représentants basés à Bamako et les forces armées pour stabiliser "
            "Tombouctou",
            K.ADVOCACY,
            description="Face au vide laissé par l'absence des forces de défense et de sécurité "
            "(vols de voitures, braquages, assassinats ciblés).",
            lead_member_id=m["gov_tbt"],
            partners=(cs.PartnerInput(m["fama"], "Participants"),),
            locality_id=p.tombouctou,
            start_date=date(2019, 3, 1),
            original_deadline=date(2019, 6, 30),
            implementation_level=3,
            theme="Sécurisation de la ville de Tombouctou",
        ),
        [
            (date(2019, 3, 1), S.ACTIVE, None, None),
            (date(2019, 6, 30), S.COMPLETED, C.COMPLETED, "Postes de contrôle et force spéciale "
             "mis en place."),
        ],
    )  # fmt: skip
    cs.revise_deadline(
        session,
        escorts,
        date(2020, 12, 31),
        reason="Prolongation des escortes décidée en session (illustratif).",
        decided_on=date(2019, 11, 15),
        today=TODAY_FOR_DEMO,
    )
    _timbuktu_sessions(
        session,
        fw,
        m,
        {
            "road_2017": road_2017,
            "cma_patrols": cma_patrols,
            "escorts": escorts,
            "dialogue": dialogue,
            "charter": charter,
            "committee": committee,
            "sensitise": sensitise,
            "advocacy": advocacy,
            "alafia": alafia,
            "checkpoints": checkpoints,
            "special_force": special_force,
            "forums": forums,
        },
    )
    return fw


def _attendance(m: dict[str, int], keys: list[str], women: int) -> tuple[ms.AttendeeInput, ...]:
    rows = []
    for i, key in enumerate(keys):
        rows.append(ms.AttendeeInput(member_id=m[key], sex=Sex.FEMALE if i < women else Sex.MALE))
    return tuple(rows)


def _timbuktu_sessions(session: Session, fw: int, m: dict[str, int], c: dict[str, int]) -> None:
    """Sessions of the Timbuktu–Taoudéni framework: dates and attendance are illustrative."""
    note = f"Date et participation : {ILLUSTRATIVE}."
    everyone = ["gov_tbt", "gov_tdn", "pref", "ai_tbt", "ai_tdn", "cma", "plateforme", "fama",
                "police", "gendarmerie", "religious", "community", "hd"]  # fmt: skip
    specs = [
        (1, date(2017, 6, 15), MeetingKind.ORDINARY, ["road_2017"],
         "Mise en place de patrouilles militaires sur la route Tombouctou – Goundam.", 1),
        (2, date(2019, 2, 20), MeetingKind.EXTRAORDINARY, ["cma_patrols", "forums"],
         "La CMA patrouille l'axe Tombouctou – Goundam deux fois par jour pendant un mois ; "
         "forums avec les représentants basés à Bamako pour sécuriser la ville.", 2),
        (3, date(2019, 9, 26), MeetingKind.ORDINARY,
         ["dialogue", "charter", "committee", "sensitise", "advocacy"],
         "Dialogue entre jeunes et chefs terrain ; charte de bonne conduite et comité de suivi "
         "de 11 jeunes ; plaidoyer auprès de la CMA contre le banditisme.", 2),
        (4, date(2020, 6, 18), MeetingKind.WITH_GOVERNOR, [],
         "Point sur l'arrêt des escortes et de l'opération Alafia.", 3),
    ]  # fmt: skip
    ids, decisions = [], {}
    for number, held_on, kind, links, decision, women in specs:
        agenda: tuple[str, ...] = ()
        if number == 4:
            agenda = (
                "Relance des escortes sur l'axe Tombouctou – Goundam – Tonka – Niafunké",
                "Moyens matériels et financiers pour reprendre l'opération Alafia",
                "Retour des forces armées à Tonka et Diré",
            )
        info = ms.create_meeting(
            session,
            fw,
            ms.MeetingInput(
                number=number,
                held_on=held_on,
                kind=kind,
                place="Gouvernorat de Tombouctou",
                chair="Gouverneur de la région de Tombouctou",
                notes=note,
                agenda=agenda,
                attendance=_attendance(m, everyone, women),
            ),
        )
        ids.append(info.id)
        if links:
            decisions[number] = ms.add_decision(
                session,
                info.id,
                decision,
                links=tuple((c[k], DecisionEffect.CREATED) for k in links),
            ).id
    _timbuktu_follow_up(session, decisions)
    _timbuktu_session_4(session, ids[3], c)


def _timbuktu_follow_up(session: Session, decisions: dict[int, int]) -> None:
    """Who was to do what, by when, after sessions 1 to 3 (dates and wording illustrative;
    what was done comes from the sources)."""
    st, act = ActionStatus, prep.ActionInput
    actions = {
        1: [act("Saisir les autorités militaires à Bamako pour obtenir des patrouilles sur la "
                "route Tombouctou – Goundam", "Gouvernorat de Tombouctou", date(2017, 9, 30),
                st.DROPPED, date(2019, 1, 1),
                "Le soutien des autorités militaires basées à Bamako n'a jamais été mobilisé.")],
        2: [act("Patrouiller l'axe Tombouctou – Goundam deux fois par jour pendant un mois",
                "CMA", date(2019, 3, 31), st.DONE, date(2019, 3, 31)),
            act("Tenir des forums avec les représentants basés à Bamako et les FAMa",
                "Gouvernorat de Tombouctou", date(2019, 6, 30), st.DONE, date(2019, 6, 30))],
        3: [act("Organiser le dialogue entre les jeunes et les chefs terrain des groupes armés",
                "HD", date(2019, 10, 31), st.DONE, date(2019, 10, 31)),
            act("Diffuser la charte de bonne conduite", "Comité de suivi des 11 jeunes",
                date(2020, 3, 31), st.IN_PROGRESS, date(2019, 12, 1)),
            act("Plaider auprès des dirigeants de la CMA pour la lutte contre le banditisme",
                "AI Tombouctou et président de la CMA", date(2019, 10, 31), st.DONE,
                date(2019, 10, 31)),
            act(f"Rechercher auprès des partenaires les moyens d'une opération durable ({ILLUSTRATIVE})",
                "Secrétariat du cadre", date(2020, 1, 31))],
    }  # fmt: skip
    for number, rows in actions.items():
        for row in rows:
            prep.add_action(session, decisions[number], row)


def _timbuktu_session_4(session: Session, meeting_id: int, c: dict[str, int]) -> None:
    """What the secretariat prepared for session 4 with the governor: who can unblock the
    stopped commitments and the points submitted to his decision (wording illustrative)."""
    unblock = {
        "escorts": ("Autorités militaires à Bamako", "Courrier du Gouverneur demandant le "
                    "retour des FAMa à Tonka et Diré", date(2020, 7, 15)),
        "alafia": ("Partenaires du cadre (bailleurs) et CMA", "Réunion des partenaires sur le "
                   "reste à financer de l'opération", date(2020, 7, 31)),
        "checkpoints": ("Police et gendarmerie nationales ; partenaires", "Chiffrer les primes "
                        "des agents avec la police et la gendarmerie", date(2020, 7, 31)),
        "special_force": ("État-major des FAMa", None, None),
    }  # fmt: skip
    for key, (by, step, on) in unblock.items():
        prep.set_unblocking(session, c[key], unblock_by=by, next_step=step, next_step_on=on)
    points = (
        prep.DecisionPointInput(
            "Relance des escortes sur l'axe Tombouctou – Goundam – Tonka – Niafunké",
            situation="Escortes arrêtées en mai 2020 après le retrait des forces armées de "
            "Tonka et Diré ; les incidents ont repris dans ces localités.",
            options=("Demander à Bamako le retour des FAMa à Tonka et Diré",
                     "Limiter les escortes au tronçon Tombouctou – Goundam"),
            recommendation="Demander le retour des FAMa : sans redéploiement, les escortes ne "
            "peuvent reprendre, quel que soit le financement.",
            action_asked="Écrire aux autorités militaires à Bamako.",
            commitment_id=c["escorts"],
        ),
        prep.DecisionPointInput(
            "Moyens matériels et financiers pour reprendre l'opération Alafia",
            situation="La CMA a arrêté l'opération en avril 2020 faute de moyens, après une "
            "forte baisse du banditisme et une vingtaine d'arrestations.",
            options=("Réunir les partenaires sur le reste à financer",
                     "Reprendre l'opération sur les seuls lieux les plus touchés"),
            recommendation="Réunir les partenaires avant la fin juillet 2020.",
            action_asked="Convoquer les partenaires du cadre.",
            commitment_id=c["alafia"],
        ),
        prep.DecisionPointInput(
            "Retour des forces armées à Tonka et Diré",
            situation="Précédent : en 2017, l'engagement de patrouilles militaires sur la route "
            "Tombouctou – Goundam n'a pas obtenu le soutien des autorités militaires de Bamako.",
            options=("Saisir Bamako par courrier", "Mandater une mission du cadre à Bamako"),
            recommendation="Mandater une mission : le courrier seul n'a pas suffi en 2017.",
            action_asked="Mandater une mission auprès des autorités militaires à Bamako.",
            commitment_id=c["road_2017"],
        ),
    )  # fmt: skip
    prep.set_decision_points(session, meeting_id, points)


def _gao_framework(session: Session, p: _Places) -> int:
    fw = fws.create_framework(
        session,
        fws.FrameworkInput(
            name="Cadre de gestion concertée de la sécurité de Gao",
            short_name="CGCS Gao",
            level=FrameworkLevel.REGIONAL,
            region_ids=(p.region_gao,),
            established_on=date(2020, 1, 1),
            facilitating_partners=HD,
            notes="Créé en 2020 (jour et mois non précisés par les sources). Source : "
            + HD_SOURCE
            + ".",
        ),
    ).id
    for name, cat, short in [
        ("Gouvernorat de Gao", MemberCategory.GOVERNORATE, None),
        ("Préfectures de la région de Gao", MemberCategory.PREFECTURE, "Préfectures"),
        ("Autorité intérimaire de Gao", MemberCategory.INTERIM_AUTHORITY, "AI Gao"),
        ("Coordination des mouvements de l'Azawad", MemberCategory.ARMED_GROUP, "CMA"),
        (
            "Plateforme des mouvements du 14 juin 2014 d'Alger",
            MemberCategory.ARMED_GROUP,
            "Plateforme",
        ),
        ("Forces armées maliennes", MemberCategory.SECURITY_FORCES, "FAMa"),
        ("Leaders religieux", MemberCategory.RELIGIOUS_LEADERS, None),
        ("Leaders communautaires et traditionnels", MemberCategory.TRADITIONAL_LEADERS, None),
    ]:
        _member(session, fw, name, cat, short=short)
    _member(session, fw, HD, MemberCategory.PARTNER, short="HD", facilitator=True)
    _member(session, fw, DENMARK, MemberCategory.PARTNER, notes=DENMARK_NOTE, funder=True)
    return fw


def _borem_inaly_forum(session: Session, p: _Places) -> int:
    fw = fws.create_framework(
        session,
        fws.FrameworkInput(
            name="Forum de dialogue local de Bourem-Inaly",
            short_name="Forum Bourem-Inaly",
            level=FrameworkLevel.LOCAL_FORUM,
            region_ids=(p.region_tombouctou,),
            facilitating_partners="International Alert ; Association malienne pour la survie "
            "au Sahel (AMSS) ; financement : Affaires mondiales Canada",
            notes="Un des six forums soutenus par International Alert et l'AMSS (un à "
            "Tombouctou, cinq en zone rurale). Source : " + IA_SOURCE + ".",
        ),
    ).id
    women = _member(
        session,
        fw,
        "Commission des femmes médiatrices",
        MemberCategory.WOMEN,
        reps=(mem.RepresentativeInput(name="Aminatou", title="Membre du forum", sex=Sex.FEMALE),),
    )
    community = _member(session, fw, "Membres de la communauté", MemberCategory.CIVIL_SOCIETY)
    _member(session, fw, "Autorités locales", MemberCategory.LOCAL_AUTHORITY)
    _member(session, fw, "Forces de sécurité", MemberCategory.SECURITY_FORCES)
    alert = _member(
        session,
        fw,
        "International Alert",
        MemberCategory.PARTNER,
        notes="Soutient les forums avec l'AMSS et en gère le financement (source : Alert).",
        facilitator=True,
        funder=True,
    )
    _member(session, fw, CANADA, MemberCategory.PARTNER, notes=CANADA_NOTE, funder=True)
    amss = _member(
        session,
        fw,
        "Association malienne pour la survie au Sahel",
        MemberCategory.PARTNER,
        short="AMSS",
        facilitator=True,
        reps=(
            mem.RepresentativeInput(name="Elmedhi Ag Wakina", title="Directeur", sex=Sex.MALE),
            mem.RepresentativeInput(
                name="Oumou", title="Coordinatrice des activités à Tombouctou", sex=Sex.FEMALE
            ),
        ),
    )
    mediation = cs.create_commitment(
        session,
        fw,
        cs.CommitmentInput(
            title="Médiation du différend sur la chefferie d'un village voisin",
            kind=K.MEDIATION,
            description="Conflit entre deux hommes qui se disputaient la chefferie d'un village "
            "proche ; la commission des femmes médiatrices est sollicitée pour le régler.",
            source=IA_SOURCE,
            lead_member_id=women,
            locality_id=p.borem_inaly,
            start_date=date(2018, 3, 1),
            implementation_level=3,
            outcome_notes="Différend réglé ; les deux hommes participent désormais au forum. "
            f"Dates : {ILLUSTRATIVE}.",
            theme="Conflits locaux",
        ),
        status=S.ACTIVE,
        status_on=date(2018, 3, 1),
        source=IA_SOURCE,
        today=TODAY_FOR_DEMO,
    ).id
    cs.change_status(
        session,
        mediation,
        S.COMPLETED,
        on=date(2018, 5, 1),
        reason="Différend réglé par la commission des femmes médiatrices.",
        source=IA_SOURCE,
        today=TODAY_FOR_DEMO,
    )
    projects = cs.create_commitment(
        session,
        fw,
        cs.CommitmentInput(
            title="Petits projets communautaires : événements culturels, débats, formations",
            kind=K.COMMUNITY_PROJECT,
            description="Pour rassembler la population et reconstruire la confiance et le "
            "dialogue.",
            source=IA_SOURCE,
            lead_member_id=community,
            partners=(cs.PartnerInput(amss, "Appui"),),
            locality_id=p.borem_inaly,
            start_date=date(2018, 1, 1),
            implementation_level=2,
            theme="Cohésion sociale",
        ),
        status=S.ACTIVE,
        status_on=date(2018, 1, 1),
        source=IA_SOURCE,
        today=TODAY_FOR_DEMO,
    ).id
    _need(session, projects, ResourceCategory.FUNDING, "Fonds pour les activités", 1, "forfait",
          3_000_000, pledged=3_000_000, received=2_000_000, funder_id=alert)  # fmt: skip
    return fw


def _timbuktu_city_forum(session: Session, p: _Places) -> int:
    fw = fws.create_framework(
        session,
        fws.FrameworkInput(
            name="Forum de dialogue local de Tombouctou",
            short_name="Forum Tombouctou",
            level=FrameworkLevel.LOCAL_FORUM,
            region_ids=(p.region_tombouctou,),
            facilitating_partners="International Alert ; AMSS",
            notes="Source : " + IA_SOURCE + ".",
        ),
    ).id
    leaders = _member(session, fw, "Leaders locaux", MemberCategory.TRADITIONAL_LEADERS)
    _member(session, fw, "Membres de la communauté", MemberCategory.CIVIL_SOCIETY)
    _member(session, fw, "Autorités locales", MemberCategory.LOCAL_AUTHORITY)
    _member(session, fw, "Forces de sécurité", MemberCategory.SECURITY_FORCES)
    _member(session, fw, "International Alert", MemberCategory.PARTNER, facilitator=True)
    _member(session, fw, "Association malienne pour la survie au Sahel",
            MemberCategory.PARTNER, short="AMSS", facilitator=True)  # fmt: skip
    debate = cs.create_commitment(
        session,
        fw,
        cs.CommitmentInput(
            title="Débat sur les questions de sécurité après l'assassinat d'un agent des douanes",
            kind=K.PUBLIC_DEBATE,
            description="Face aux appels à prendre les armes après l'assassinat d'un agent des "
            "douanes, le forum organise un débat avec les leaders locaux.",
            source=IA_SOURCE,
            lead_member_id=leaders,
            locality_id=p.tombouctou,
            start_date=date(2018, 10, 20),
            implementation_level=3,
            outcome_notes=f"Le forum a ramené le calme. Dates : {ILLUSTRATIVE}.",
            theme="Prévention de la violence",
        ),
        status=S.ACTIVE,
        status_on=date(2018, 10, 20),
        source=IA_SOURCE,
        today=TODAY_FOR_DEMO,
    ).id
    cs.change_status(
        session,
        debate,
        S.COMPLETED,
        on=date(2018, 10, 27),
        reason="Le calme est revenu.",
        source=IA_SOURCE,
        today=TODAY_FOR_DEMO,
    )
    return fw


def _incidents(session: Session, p: _Places) -> None:
    """Illustrative incidents whose trend follows the sources (counts and days invented)."""
    rng = random.Random(2019)

    def add(
        on: date, kind: IncidentType, place: int, axis: int | None = None, **kw: object
    ) -> None:
        inc.create_incident(
            session,
            inc.IncidentInput(
                occurred_on=on,
                type=kind,
                locality_id=place,
                axis_id=axis,
                source=DEMO_SOURCE,
                description=kw.pop("description", f"Incident {ILLUSTRATIVE}."),  # type: ignore[arg-type]
                **kw,  # type: ignore[arg-type]
            ),
            today=TODAY_FOR_DEMO,
        )

    def months(start: date, end: date) -> list[date]:
        out, cur = [], start
        while cur <= end:
            out.append(cur)
            cur = date(cur.year + (cur.month == 12), cur.month % 12 + 1, 1)
        return out

    def spread(
        month: date, n: int, kinds: list[IncidentType], place: int, axis: int | None = None
    ) -> None:
        for _ in range(n):
            day = month + timedelta(days=rng.randrange(28))
            add(day, rng.choice(kinds), place, axis, fatalities=rng.choice([0, 0, 0, 1]))

    road = [IncidentType.ROBBERY, IncidentType.ROBBERY, IncidentType.ARMED_ATTACK]
    city = [IncidentType.ROBBERY, IncidentType.VEHICLE_THEFT, IncidentType.KIDNAPPING,
            IncidentType.TARGETED_KILLING]  # fmt: skip
    for month in months(date(2017, 1, 1), TODAY_FOR_DEMO.replace(day=1)):
        # Road Timbuktu – Goundam: constant robberies, upsurge early 2019, none under patrols
        # and escorts, resurgence at Tonka and Diré after the army left in early 2020.
        if month < date(2019, 1, 1):
            spread(month, rng.randint(2, 4), road, p.goundam, p.axis_short)
        elif month < date(2019, 3, 1):
            spread(month, rng.randint(6, 8), road, p.goundam, p.axis_short)
        elif month < date(2020, 2, 1):
            spread(month, rng.choice([0, 0, 1]), road, p.goundam, p.axis_short)
        else:
            spread(month, rng.randint(2, 3), road, p.tonka, p.axis_long)
            spread(month, rng.randint(1, 3), road, p.dire)
        # Timbuktu city: rising banditry, down with checkpoints (March–June 2019) and during
        # Alafia (October 2019 – April 2020), back up afterwards.
        if month < date(2019, 3, 1):
            spread(month, rng.randint(3, 6), city, p.tombouctou)
        elif month < date(2019, 7, 1) or date(2019, 10, 1) <= month < date(2020, 4, 1):
            spread(month, rng.choice([0, 1, 1]), city, p.tombouctou)
        else:
            spread(month, rng.randint(2, 4), city, p.tombouctou)
        # Around Ber and Niafunké: banditry, sharply down during Alafia.
        if date(2019, 10, 1) <= month < date(2020, 4, 1):
            spread(month, rng.choice([0, 0, 1]), road, rng.choice([p.ber, p.niafunke]))
        else:
            spread(month, rng.randint(1, 2), road, rng.choice([p.ber, p.niafunke]))
    add(date(2019, 2, 12), IncidentType.DEMONSTRATION, p.goundam, fatalities=0,
        description="Manifestation de jeunes de Goundam et Tombouctou réclamant l'intervention "
        f"de l'État après la recrudescence des braquages (date {ILLUSTRATIVE}).")  # fmt: skip
    add(date(2019, 9, 14), IncidentType.INTERCOMMUNAL, p.tombouctou, fatalities=0,
        description="Affrontements entre jeunes sédentaires et jeunes arabes, après des défis "
        f"lancés par radio et réseaux sociaux (septembre 2019 ; jour {ILLUSTRATIVE}).")  # fmt: skip
    add(date(2018, 10, 18), IncidentType.TARGETED_KILLING, p.tombouctou, fatalities=1,
        description="Assassinat d'un agent des douanes ; appels à prendre les armes "
        f"(date {ILLUSTRATIVE}).")  # fmt: skip
