"""Every change through the services is audited; concurrent saves conflict instead of losing."""

from __future__ import annotations

from datetime import date

import pytest

from secframe.models import AuditAction, CommitmentStatus, MemberCategory
from secframe.services import commitments as cs
from secframe.services import frameworks as fws
from secframe.services import members as mem
from secframe.services.errors import ConflictError
from secframe.services.history import audit_trail
from tests.fixtures.builders import TODAY


def test_create_update_delete_are_audited_with_who_and_what(sample, write):
    c = sample.commitment("Patrouilles Tombouctou – Goundam", frequency="Une fois par jour")
    data = cs.CommitmentInput(
        title="Patrouilles Tombouctou – Goundam",
        kind="patrol",
        lead_member_id=sample.cma,
        frequency="Deux fois par jour",
    )
    write(cs.update_commitment, c.id, data, expected_version=c.version)
    with sample.db.read() as s:
        trail = audit_trail(s, "Commitment", c.id)
    changes = {(e.action, e.field): e for e in trail}
    assert (AuditAction.CREATE, None) in changes
    freq = changes[(AuditAction.UPDATE, "frequency")]
    assert (freq.old_value, freq.new_value, freq.user) == (
        "Une fois par jour",
        "Deux fois par jour",
        "test-secretariat",
    )
    write(cs.delete_commitment, c.id, expected_version=None)
    with sample.db.read() as s:
        trail = audit_trail(s, "Commitment", c.id)
    assert trail[0].action == AuditAction.DELETE
    assert trail[0].old_value == "Patrouilles Tombouctou – Goundam"


def test_audit_records_the_context_of_the_action(sample):
    with sample.db.write("import tracker.xlsx") as s:
        m = mem.create_member(
            s,
            sample.framework_id,
            mem.MemberInput(name="Gendarmerie", category=MemberCategory.SECURITY_FORCES),
        )
    with sample.db.read() as s:
        assert audit_trail(s, "Member", m.id)[0].context == "import tracker.xlsx"


def test_changing_the_regions_of_a_framework_is_audited(sample, write):
    fw = None
    with sample.db.read() as s:
        fw = fws.get_framework(s, sample.framework_id)
    gao = _region(sample, "ML07")
    write(
        fws.update_framework,
        fw.id,
        fws.FrameworkInput(
            name=fw.name, short_name=fw.short_name, region_ids=(*fw.region_ids, gao)
        ),
        expected_version=fw.version,
    )
    with sample.db.read() as s:
        regions = [e for e in audit_trail(s, "Framework", fw.id) if e.field == "regions"]
    assert regions and regions[0].new_value == "Gao"


def _region(sample, pcode: str) -> int:
    from sqlalchemy import select

    from secframe.models import Locality

    with sample.db.read() as s:
        return s.scalar(select(Locality.id).where(Locality.pcode == pcode))


def test_two_people_saving_the_same_commitment_get_a_conflict(sample, write):
    c = sample.commitment("Escortes")
    mine = cs.CommitmentInput(title="Escortes armées", kind="escort", lead_member_id=sample.fama)
    theirs = cs.CommitmentInput(
        title="Escortes jusqu'à Niafunké", kind="escort", lead_member_id=sample.fama
    )
    write(cs.update_commitment, c.id, theirs, expected_version=c.version)
    with pytest.raises(ConflictError) as err:
        write(cs.update_commitment, c.id, mine, expected_version=c.version)
    assert "modifié par quelqu’un d’autre" in str(err.value)
    with sample.db.read() as s:
        assert cs.get_commitment(s, c.id).row.title == "Escortes jusqu'à Niafunké"


def test_a_status_change_makes_an_open_editor_stale(sample, write):
    c = sample.commitment(status=CommitmentStatus.ACTIVE)
    write(cs.change_status, c.id, CommitmentStatus.COMPLETED, on=date(2019, 4, 1), today=TODAY)
    with pytest.raises(ConflictError):
        write(
            cs.update_commitment,
            c.id,
            cs.CommitmentInput(title="x", kind="patrol"),
            expected_version=c.version,
        )


def test_editing_only_representatives_still_bumps_the_member_version(sample, write):
    with sample.db.read() as s:
        m = mem.get_member(s, sample.cma)
    rep = mem.RepresentativeInput(name="Point focal", phone="+223 20 00 00 00")
    saved = write(
        mem.update_member,
        m.id,
        mem.MemberInput(
            name=m.name, category=m.category, short_name=m.short_name, representatives=(rep,)
        ),
        expected_version=m.version,
    )
    assert saved.version > m.version
    with pytest.raises(ConflictError):
        write(
            mem.update_member,
            m.id,
            mem.MemberInput(name=m.name, category=m.category, representatives=()),
            expected_version=m.version,
        )
