"""Queries behind the lists: suspended commitments nobody decided on, incident ids in order,
the commitments of each framework (the framework the window opens on)."""

from __future__ import annotations

from datetime import date

from secframe.models import CommitmentStatus, DecisionEffect, IncidentType, StatusCause
from secframe.services import commitments as cs
from secframe.services import frameworks as fws
from secframe.services import incidents as inc
from secframe.services import meetings as ms
from secframe.services.browse import incident_ids, meeting_briefs, suspended_without_decision
from tests.fixtures.builders import TODAY


def _suspend(sample, write, title, on):
    c = sample.commitment(title, status=CommitmentStatus.ACTIVE)
    write(
        cs.change_status, c.id, CommitmentStatus.SUSPENDED, on=on,
        cause=StatusCause.RESOURCES, reason="carburant", today=TODAY,
    )  # fmt: skip
    return c.id


def test_suspended_commitments_without_a_later_decision_are_found(sample, write):
    forgotten = _suspend(sample, write, "Patrouilles", date(2020, 4, 1))
    decided = _suspend(sample, write, "Escortes", date(2020, 4, 1))
    sample.commitment("Charte")  # planned: never flagged
    before = write(ms.create_meeting, sample.framework_id, ms.MeetingInput(1, date(2020, 3, 1)))
    after = write(ms.create_meeting, sample.framework_id, ms.MeetingInput(2, date(2020, 6, 1)))
    write(ms.add_decision, before.id, "Maintenir", links=((forgotten, DecisionEffect.LINKED),))
    write(ms.add_decision, after.id, "Relancer", links=((decided, DecisionEffect.UPDATED),))
    with sample.db.read() as s:
        assert suspended_without_decision(s, sample.framework_id) == {forgotten: date(2020, 4, 1)}
        assert [m.number for m in meeting_briefs(s, sample.framework_id)] == [2, 1]


def test_incident_ids_follow_the_order_and_the_accent_blind_search(sample, write):
    def add(day, kind, description, fatalities=0):
        data = inc.IncidentInput(
            occurred_on=date(2020, 1, day), type=kind, locality_id=sample.cercle_id,
            description=description, fatalities=fatalities,
        )  # fmt: skip
        return write(inc.create_incident, data, today=TODAY).id

    a = add(1, IncidentType.ROBBERY, "Braquage près de Niafunké", 1)
    b = add(3, IncidentType.KIDNAPPING, "Enlèvement d'un commerçant", 0)
    c = add(2, IncidentType.ROBBERY, "Vol de bétail", 2)
    with sample.db.read() as s:
        flt = inc.IncidentFilter(framework_id=sample.framework_id)
        assert incident_ids(s, flt) == [b, c, a]  # the latest first
        assert incident_ids(s, flt, descending=False) == [a, c, b]
        assert incident_ids(s, flt, "fatalities") == [c, a, b]
        assert incident_ids(s, inc.IncidentFilter(text="NIAFUNKE")) == [a]
        assert incident_ids(s, inc.IncidentFilter(text="enlevement commercant")) == [b]
        # "Braquage" is also the French label of the robbery type: both robberies match
        assert incident_ids(s, inc.IncidentFilter(text="braquage"), "type") == [c, a]
        assert incident_ids(s, inc.IncidentFilter(types=frozenset({IncidentType.ROBBERY}))) == [
            c,
            a,
        ]


def test_fold_matches_the_character_by_character_definition():
    import unicodedata

    from secframe.services.matching import fold

    def slow(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()

    samples = [
        "Niafunké", "  ÉCHÉANCE ", "mise en œuvre", "Straße", "Ségou › Baraouéli", "ﬁn",
        "Tombouctou", "", "دار السلام", "Ṭāhā", "Ǆ", "ğüşiöç", "日本語", "Ⅻ",
    ]  # fmt: skip
    assert [fold(s) for s in samples] == [slow(s) for s in samples]


def test_commitment_counts_per_framework(sample):
    sample.commitment("Patrouilles")
    sample.commitment("Escortes")
    with sample.db.write() as s:
        empty = fws.create_framework(s, fws.FrameworkInput(name="Cadre vide", short_name="CV"))
    with sample.db.read() as s:
        counts = fws.commitment_counts(s)
    assert counts == {sample.framework_id: 2}  # a framework without any is left out
    assert empty.id not in counts
