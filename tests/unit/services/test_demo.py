"""The example frameworks are faithful to the two source texts and mark what is invented."""

from __future__ import annotations

from datetime import date

import pytest

from secframe.models import (
    CommitmentKind,
    CommitmentStatus,
    FrameworkLevel,
    MemberCategory,
    MemberRole,
    StatusCause,
)
from secframe.services import commitments as cs
from secframe.services import frameworks as fws
from secframe.services import incidents as inc
from secframe.services import meetings as ms
from secframe.services import members as mem
from secframe.services import results as rs
from secframe.services.demo import DemoAlreadyPresent, build_demo


@pytest.fixture
def timbuktu(demo_db):
    with demo_db.read() as s:
        fw = fws.find_framework(s, "tombouctou-taoudeni")
        rows = {r.title: r for r in cs.list_commitments(s, fw.id)}
    return demo_db, fw, rows


def _detail(db, rows, start):
    title = next(t for t in rows if t.startswith(start))
    with db.read() as s:
        return cs.get_commitment(s, rows[title].id)


def test_the_four_frameworks_and_their_levels(demo_db):
    with demo_db.read() as s:
        frameworks = {f.short_name: f for f in fws.list_frameworks(s)}
    assert frameworks["CGCS Tombouctou-Taoudéni"].established_on.year == 2017
    assert frameworks["CGCS Tombouctou-Taoudéni"].region_names == ("Taoudéni", "Tombouctou")
    assert frameworks["CGCS Gao"].established_on.year == 2020
    assert frameworks["Forum Bourem-Inaly"].level == FrameworkLevel.LOCAL_FORUM


def test_member_categories_of_the_timbuktu_framework(timbuktu):
    db, fw, _ = timbuktu
    with db.read() as s:
        categories = {m.category for m in mem.list_members(s, fw.id)}
    assert {MemberCategory.GOVERNORATE, MemberCategory.PREFECTURE, MemberCategory.INTERIM_AUTHORITY,
            MemberCategory.ARMED_GROUP, MemberCategory.SECURITY_FORCES, MemberCategory.RELIGIOUS_LEADERS,
            MemberCategory.TRADITIONAL_LEADERS} <= categories  # fmt: skip


def test_cma_patrols_handed_over_to_escorts_stopped_in_may_2020(timbuktu):
    db, _, rows = timbuktu
    patrols = _detail(db, rows, "Patrouilles de la CMA")
    assert patrols.row.start_date == date(2019, 3, 1)
    assert patrols.frequency == "Deux fois par jour"
    assert patrols.row.status == CommitmentStatus.COMPLETED
    assert patrols.status_log[-1].cause == StatusCause.HANDOVER
    escorts = _detail(db, rows, "Escortes armées")
    assert escorts.row.predecessor_id == patrols.id
    assert patrols.successor_ids == (escorts.id,)
    assert escorts.row.axis == "Tombouctou – Goundam – Tonka – Niafunké"
    last = escorts.status_log[-1]
    assert (last.to_status, last.changed_on, last.cause) == (
        CommitmentStatus.SUSPENDED, date(2020, 5, 1), StatusCause.FORCES_WITHDRAWAL)  # fmt: skip
    assert "Tonka" in last.reason and "Diré" in last.reason


def test_road_patrols_of_2017_never_supported_by_bamako(timbuktu):
    db, _, rows = timbuktu
    road = _detail(db, rows, "Patrouilles militaires")
    assert road.row.status == CommitmentStatus.ABANDONED
    assert [(e.to_status, e.cause) for e in road.status_log] == [
        (CommitmentStatus.AWAITING_SUPPORT, StatusCause.NO_CENTRAL_SUPPORT),
        (CommitmentStatus.ABANDONED, StatusCause.NO_CENTRAL_SUPPORT),
    ]
    assert "Bamako" in road.status_log[-1].reason


def test_facilitators_and_funders(demo_db):
    with demo_db.read() as s:
        roles = {
            (f.short_name, m.label): set(m.roles)
            for f in fws.list_frameworks(s)
            for m in mem.list_members(s, f.id)
            if m.roles
        }
    fac, ptf = MemberRole.FACILITATOR, MemberRole.FUNDER
    assert roles[("CGCS Tombouctou-Taoudéni", "HD")] == {fac}
    assert roles[("CGCS Tombouctou-Taoudéni", "Danemark")] == {ptf}  # HD's funder, says HD
    assert roles[("CGCS Gao", "Danemark")] == {ptf}
    assert roles[("Forum Bourem-Inaly", "International Alert")] == {fac, ptf}
    assert roles[("Forum Bourem-Inaly", "Affaires mondiales Canada")] == {ptf}
    assert roles[("Forum Tombouctou", "AMSS")] == {fac}


def test_denmark_funds_the_youth_dialogue_facilitated_by_hd(timbuktu):
    db, _, rows = timbuktu
    dialogue = _detail(db, rows, "Dialogue entre les jeunes")
    assert [n.provider for n in dialogue.needs] == ["Danemark"]
    assert all("illustratif" in n.description for n in dialogue.needs)


def test_local_authorities_sit_in_the_forums(demo_db):
    with demo_db.read() as s:
        for key in ("bourem", "forum tombouctou"):
            fw = fws.find_framework(s, key)
            categories = {m.category for m in mem.list_members(s, fw.id)}
            assert MemberCategory.LOCAL_AUTHORITY in categories


def test_counted_results_from_the_sources(timbuktu):
    db, fw, _ = timbuktu
    with db.read() as s:
        totals = {(t.title.split(" ")[0], t.text()) for t in rs.result_totals(s, fw.id)}
    assert totals == {("Opération", "~20 arrestations"), ("Patrouilles", "~60 patrouilles menées")}


def test_operation_alafia(timbuktu):
    db, _, rows = timbuktu
    alafia = _detail(db, rows, "Opération Alafia")
    assert alafia.row.kind == CommitmentKind.OPERATION
    assert alafia.row.start_date == date(2019, 10, 1)
    assert "vingtaine d'arrestations" in alafia.outcome_notes
    last = alafia.status_log[-1]
    assert (last.to_status, last.changed_on, last.cause) == (
        CommitmentStatus.SUSPENDED, date(2020, 4, 1), StatusCause.RESOURCES)  # fmt: skip
    assert alafia.row.gap > 0
    assert all("illustratif" in n.description for n in alafia.needs)


def test_youth_dialogue_charter_and_committee_of_eleven(timbuktu):
    db, _, rows = timbuktu
    assert _detail(db, rows, "Dialogue entre les jeunes").row.start_date == date(2019, 10, 1)
    assert _detail(db, rows, "Charte de bonne conduite").row.kind == CommitmentKind.CHARTER
    committee = _detail(db, rows, "Comité de suivi")
    assert "11" in committee.row.title and committee.row.kind == CommitmentKind.FOLLOW_UP_COMMITTEE


def test_timbuktu_city_checkpoints_march_to_june_2019(timbuktu):
    db, _, rows = timbuktu
    checkpoints = _detail(db, rows, "Postes de contrôle")
    assert (checkpoints.row.start_date, checkpoints.row.original_deadline) == (
        date(2019, 3, 1),
        date(2019, 6, 30),
    )
    assert checkpoints.status_log[-1].cause == StatusCause.RESOURCES


def test_borem_inaly_forum_mediation(demo_db):
    with demo_db.read() as s:
        fw = fws.find_framework(s, "bourem")
        rows = cs.list_commitments(s, fw.id)
        women = [m for m in mem.list_members(s, fw.id) if m.category == MemberCategory.WOMEN]
    mediation = next(r for r in rows if r.kind == CommitmentKind.MEDIATION)
    assert "chefferie" in mediation.title
    assert mediation.status == CommitmentStatus.COMPLETED
    assert mediation.lead_member_id == women[0].id


def test_invented_data_says_so(demo_db):
    with demo_db.read() as s:
        incidents = inc.list_incidents(s, inc.IncidentFilter(include_rejected=True))
        fw = fws.find_framework(s, "tombouctou-taoudeni")
        sessions = ms.list_meetings(s, fw.id)
        reps = [
            r
            for f in fws.list_frameworks(s)
            for m in mem.list_members(s, f.id)
            for r in m.representatives
        ]
    assert incidents and all(
        i.source == "Données illustratives (exemple secframe)" for i in incidents
    )
    assert all("illustratif" in (m.notes or "") for m in sessions)
    invented = [r for r in reps if r.name not in {"Aminatou", "Elmedhi Ag Wakina", "Oumou"}]
    assert invented and all("illustratif" in r.name for r in invented)
    assert max(i.occurred_on for i in incidents) <= date(2020, 12, 31)


def test_sessions_are_locked_once_adopted(demo_db):
    with demo_db.read() as s:
        fw = fws.find_framework(s, "tombouctou-taoudeni")
        sessions = sorted(ms.list_meetings(s, fw.id), key=lambda m: m.number)
    assert [m.locked for m in sessions] == [True, True, True, False]
    assert sessions[-1].agenda


def test_the_example_cannot_be_added_twice(demo_db):
    with pytest.raises(DemoAlreadyPresent), demo_db.write() as s:
        build_demo(s)
