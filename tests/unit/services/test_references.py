"""Human references of commitments: framework code, year, number."""

from __future__ import annotations

from datetime import date

from secframe.models import CommitmentStatus
from secframe.services import commitments as cs
from secframe.services.commitments.references import framework_code
from tests.fixtures.builders import TODAY, Sample


def test_framework_codes_name_the_place() -> None:
    assert framework_code("CGCS Tombouctou-Taoudéni") == "TOM"
    assert framework_code("CGCS Gao") == "GAO"
    assert framework_code("Forum Bourem-Inaly") == "BOU"
    assert framework_code("CGCS") == "CGC"


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
