"""A secretariat's own tracker into its framework without editing the file: unknown names get
the closest records with a score, or are created on request; several names in one cell."""

from __future__ import annotations

from secframe.exchange import importer
from secframe.exchange.foreign.reconcile import NEW, member_score
from secframe.models import MemberCategory
from secframe.services import commitments as cs
from secframe.services import members as mem
from secframe.services import places as pl
from tests.fixtures.builders import TODAY
from tests.fixtures.exchange import dump, import_file, write_rows
from tests.unit.exchange.test_foreign import propose

ROWS = [
    ["Suivi — mise à jour du 12/02/2020"],
    ["Engagement", "Responsable", "Partenaires", "Localité / axe", "Statut"],
    ["Patrouilles mixtes", "CMA", "Police; Gendarmerie", "Goundam, Tombouctou", "En cours"],
    ["Escortes", "Forces armées; Police", "", "Tombouctou–Goundam", "En cours"],
    ["Sensibilisation", "Jeunes de Tombouctou", "", "Tonka", "non démarré"],
]


def with_police_and_an_axis(sample):
    with sample.db.write() as s:
        mem.create_member(s, sample.framework_id, mem.MemberInput("Police nationale", MemberCategory.SECURITY_FORCES))  # fmt: skip
        goundam = next(p.id for p in pl.list_localities(s) if p.label == "Tombouctou › Goundam")
        pl.create_axis(s, pl.AxisInput("Tombouctou – Goundam", (sample.cercle_id, goundam)))


def test_initials_and_first_words_find_members():
    assert member_score("CMA", "Coordination des mouvements de l'Azawad", None) >= 0.9
    assert member_score("Police", "Police nationale", None) >= 0.8
    assert member_score("Gendarmerie", "Police nationale", None) < 0.5


def test_unknown_names_are_proposed_their_closest_records_with_a_score(sample, tmp_path):
    with_police_and_an_axis(sample)
    path = write_rows(tmp_path / "suivi.xlsx", ROWS)
    unknowns = importer.unknown_names(sample.db, path, propose(path), sample.framework_id)
    by_name = {u.name: u for u in unknowns}
    # the axis written with another dash, and FAMa written in full, are known already
    assert set(by_name) == {"Police", "Gendarmerie", "Forces armées", "Tonka"}
    police = by_name["Police"]
    assert police.rows == [3, 4] and police.candidates[0].label == "Police nationale"
    assert police.proposed == "member:Police nationale" and 0.8 <= police.candidates[0].score < 1
    assert by_name["Gendarmerie"].proposed == NEW
    assert by_name["Forces armées"].candidates[0].label == "FAMa"


def test_accepted_matches_and_created_names_import_the_file_as_typed(sample, tmp_path):
    with_police_and_an_axis(sample)
    path = write_rows(tmp_path / "suivi.xlsx", ROWS)
    mapping = propose(path)
    unknowns = importer.unknown_names(sample.db, path, mapping, sample.framework_id)
    before = dump(sample.db)
    refused = import_file(sample.db, sample.framework_id, path, mapping=importer.with_proposals(mapping, unknowns, create_missing=False))  # fmt: skip
    # « Forces armées » is matched with FAMa (Forces armées maliennes); Gendarmerie and Tonka
    # have no good match and are errors until they are created
    assert {(e.row, e.column) for e in refused.errors} == {
        (3, "Partenaires"),
        (5, "Localité / axe"),
    }
    assert dump(sample.db) == before  # a failed import changes nothing
    accepted = importer.with_proposals(mapping, unknowns, create_missing=True)
    preview = import_file(sample.db, sample.framework_id, path, mapping=accepted, dry_run=True)
    assert preview.tally("members").created == 1 and dump(sample.db) == before  # rolled back
    report = import_file(sample.db, sample.framework_id, path, mapping=accepted)
    assert report.applied, [str(e) for e in report.errors]
    assert (report.tally("members").created, report.tally("places").created) == (1, 1)
    with sample.db.read() as s:
        got = {c.title: c for c in cs.list_commitments(s, sample.framework_id, today=TODAY)}
        members = {m.name: m for m in mem.list_members(s, sample.framework_id)}
        patrol = cs.get_commitment(s, got["Patrouilles mixtes"].id, today=TODAY)
        escort = cs.get_commitment(s, got["Escortes"].id, today=TODAY)
    assert members["Gendarmerie"].category == MemberCategory.OTHER
    assert "À vérifier" in (members["Gendarmerie"].notes or "")
    assert [p.name for p in patrol.partners] == ["Police nationale", "Gendarmerie"]
    assert (
        got["Patrouilles mixtes"].axis == "Tombouctou – Goundam"
    )  # two of its places are on that axis
    assert (
        got["Escortes"].lead_member_id == sample.fama
    )  # « Forces armées; Police »: the first leads
    assert [p.name for p in escort.partners] == ["Police nationale"]
    again = import_file(sample.db, sample.framework_id, path, mapping=accepted)
    assert again.tally("commitments").unchanged == 3 and again.changes_count == 0


def test_places_off_the_chosen_axis_are_named_in_a_warning(sample, tmp_path):
    with_police_and_an_axis(sample)
    rows = [["Engagement", "Responsable", "Localité / axe", "Statut"],
            ["Escortes des foires", "CMA", "Goundam, Niafunké, Tombouctou", "En cours"]]  # fmt: skip
    path = write_rows(tmp_path / "suivi.xlsx", rows)
    report = import_file(sample.db, sample.framework_id, path, mapping=propose(path))
    assert report.applied, [str(e) for e in report.errors]
    with sample.db.read() as s:
        escort = cs.list_commitments(s, sample.framework_id, today=TODAY)[0]
    assert escort.axis == "Tombouctou – Goundam"
    said = [(w.row, w.column, str(w.message)) for w in report.warnings if w.row == 2]
    assert len(said) == 1 and said[0][:2] == (2, "Localité / axe")
    assert "ne passe pas par Niafunké" in said[0][2]
