"""Changes left for one flush (``stage_…``, as the importers make them) see each other: the
rules of the next change in the same unit of work read the log as the previous one left it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from secframe.models import CommitmentStatus, StatusCause
from secframe.services import commitments as cs
from secframe.services.errors import ValidationError
from tests.fixtures.builders import TODAY


def test_a_second_status_change_is_checked_against_the_first(sample):
    c = sample.commitment("Patrouilles Tombouctou – Goundam", status=CommitmentStatus.ACTIVE,
                          status_on=date(2019, 3, 1))  # fmt: skip
    with sample.db.write() as s:
        cs.load_for_changes(s, sample.framework_id)
        cs.stage_status(s, c.id, CommitmentStatus.SUSPENDED, on=date(2019, 8, 1),
                        cause=StatusCause.RESOURCES, reason="Plus de carburant", today=TODAY)  # fmt: skip
        with pytest.raises(ValidationError) as refused:
            cs.stage_status(s, c.id, CommitmentStatus.ACTIVE, on=date(2019, 7, 1),
                            reason="Carburant reçu", today=TODAY)  # fmt: skip
        assert [e.field for e in refused.value.errors] == ["changed_on"]
        cs.stage_status(s, c.id, CommitmentStatus.ACTIVE, on=date(2019, 9, 1), today=TODAY)
    with sample.db.read() as s:
        d = cs.get_commitment(s, c.id, today=TODAY)
    assert [x.to_status for x in d.status_log] == [
        CommitmentStatus.ACTIVE, CommitmentStatus.SUSPENDED, CommitmentStatus.ACTIVE
    ]  # fmt: skip
    assert d.row.status_since == date(2019, 9, 1)


def test_fields_saved_after_a_staged_revision_keep_the_revised_deadline(sample):
    c = sample.commitment("Escortes jusqu'à Niafunké", start_date=date(2019, 3, 1),
                          original_deadline=date(2019, 3, 31))  # fmt: skip
    with sample.db.write() as s:
        inputs = cs.load_for_changes(s, sample.framework_id)
        cs.stage_revision(s, c.id, date(2019, 6, 30), reason="Saison des pluies", today=TODAY)
        cs.stage_update(s, c.id, replace(inputs[c.id], title="Escortes (relancées)"),
                        expected_version=c.version)  # fmt: skip
    with sample.db.read() as s:
        row = cs.get_commitment(s, c.id, today=TODAY).row
    assert (row.title, row.original_deadline, row.deadline, row.revisions) == (
        "Escortes (relancées)", date(2019, 3, 31), date(2019, 6, 30), 1
    )  # fmt: skip
