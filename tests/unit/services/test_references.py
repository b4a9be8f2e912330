"""Human references of commitments: framework code, year, number."""

from __future__ import annotations

from datetime import date

from secframe.models import CommitmentKind, CommitmentStatus
from secframe.services import commitments as cs
from secframe.services import frameworks as fws
from secframe.services.commitments.references import framework_code, framework_codes
from tests.fixtures.builders import TODAY, Sample


def test_framework_codes_abbreviate_the_place_as_in_mali() -> None:
    assert framework_code("CGCS Tombouctou-Taoudéni") == "TBT"
    assert framework_code("CGCS Gao") == "GAO"
    assert framework_code("Forum Bourem-Inaly") == "BRM"
    assert framework_code("Cadre de Ménaka") == "MNK"
    assert framework_code("CGCS Kidal") == "KDL"
    assert framework_code("CGCS") == "CGC"


def _framework(sample: Sample, short_name: str) -> int:
    with sample.db.write() as s:
        return fws.create_framework(
            s, fws.FrameworkInput(name=f"Cadre {short_name}", short_name=short_name)
        ).id


def test_a_framework_keeps_the_code_its_references_already_carry(sqlite_sample: Sample) -> None:
    """References given before the rule changed (« TOM-… », as migration 0004 gave them) may
    be printed in briefs and trackers: the framework goes on with them."""
    tom = _framework(sqlite_sample, "CGCS Tombouctou-Taoudéni")
    new = _framework(sqlite_sample, "CGCS Tombouctou")
    with sqlite_sample.db.write() as s:
        for ref in ("TOM-2019-001", "TOM-2019-002", "Réf. préfecture 12"):
            cs.create_commitment(
                s, tom, cs.CommitmentInput(title=ref, kind=CommitmentKind.PATROL, reference=ref),
                status=CommitmentStatus.PLANNED, status_on=date(2019, 3, 1), today=TODAY,
            )  # fmt: skip
    with sqlite_sample.db.read() as s:
        codes = framework_codes(s)
    assert codes[tom] == "TOM"
    assert codes[new] == "TBT"
    with sqlite_sample.db.write() as s:
        made = cs.create_commitment(
            s, tom, cs.CommitmentInput(title="Escortes", kind=CommitmentKind.ESCORT,
                                       start_date=date(2019, 5, 1)),
            status=CommitmentStatus.PLANNED, status_on=date(2019, 5, 1), today=TODAY,
        )  # fmt: skip
    assert made.row.reference == "TOM-2019-003"


def test_two_frameworks_never_share_a_code(sqlite_sample: Sample) -> None:
    first = _framework(sqlite_sample, "CGCS Tombouctou-Taoudéni")
    second = _framework(sqlite_sample, "Forum Tombouctou")
    with sqlite_sample.db.read() as s:
        codes = framework_codes(s)
    assert (codes[first], codes[second]) == ("TBT", "TBT2")


def test_new_commitments_get_the_next_reference_of_their_year(sqlite_sample: Sample) -> None:
    first = sqlite_sample.commitment("Patrouilles", start_date=date(2019, 3, 1))
    second = sqlite_sample.commitment("Escortes", start_date=date(2019, 4, 1))
    typed = sqlite_sample.commitment("Charte", reference="CT-2020-010")
    later = sqlite_sample.commitment("Plaidoyer", start_date=date(2020, 1, 5))
    assert (first.row.reference, second.row.reference) == ("CT-2019-001", "CT-2019-002")
    assert typed.row.reference == "CT-2020-010"
    assert later.row.reference == "CT-2020-011"


def test_a_handover_names_both_commitments_by_reference(sqlite_sample: Sample) -> None:
    old = sqlite_sample.commitment(
        "Patrouilles CMA", start_date=date(2019, 3, 1), status=CommitmentStatus.ACTIVE
    )
    with sqlite_sample.db.write() as s:
        new = cs.hand_over(
            s, old.id, cs.CommitmentInput(title="Patrouilles FAMa", kind=old.row.kind,
                                          lead_member_id=sqlite_sample.fama),
            on=date(2020, 6, 1), reason="Relève par les forces de l’État", today=TODAY,
        )  # fmt: skip
    with sqlite_sample.db.read() as s:
        before = cs.get_commitment(s, old.id)
        after = cs.get_commitment(s, new.id)
    assert before.successor_labels == (f"{after.row.reference} · Patrouilles FAMa",)
    assert after.predecessor_label == "CT-2019-001 · Patrouilles CMA"
