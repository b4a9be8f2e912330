"""ACLED files as ACLED publishes them: monadic exports, the pre-2019 taxonomy, newer and
older exports of the same events, ACLED's spellings of places, and axes near events.

Every event is invented for the tests (ACLED's own data is not redistributable).
"""

from __future__ import annotations

from secframe.models import IncidentType, LocalityLevel
from secframe.services import places as pl
from secframe.services.places import list_localities
from tests.fixtures.exchange import counts, dump
from tests.unit.exchange.test_acled import NEW_LAYOUT, OLD_LAYOUT, event, incidents, run, write_csv

MONADIC = [c for c in OLD_LAYOUT if c not in ("actor2", "assoc_actor_2", "inter2")]


def test_a_monadic_export_gives_one_incident_per_event_with_all_its_actors(sample, tmp_path):
    rows = [
        event("MLI7001", "2019-03-15", actor1="Milice A (illustratif)", inter1=4, fatalities=3),
        event("MLI7001", "2019-03-15", actor1="Forces B (illustratif)", inter1=1, fatalities=3),
        event("MLI7002", "2019-03-16", actor1="Milice A (illustratif)", inter1=4),
    ]
    report = run(sample, write_csv(tmp_path / "monadic.csv", MONADIC, rows))
    assert report.applied and not report.errors
    assert report.tally("incidents").created == 2
    got = incidents(sample)
    assert got["MLI7001"].actors == (
        "Milice A (illustratif) (Identity militia) ; Forces B (illustratif) (State forces)"
    )
    assert got["MLI7001"].fatalities == 3  # each actor row repeats the event's fatalities


def test_rows_sharing_an_id_but_not_a_date_are_still_an_error(sample, tmp_path):
    rows = [event("MLI7101", "2019-03-15"), event("MLI7101", "2019-04-02", actor1="Autre")]
    before = dump(sample.db)
    report = run(sample, write_csv(tmp_path / "monadic.csv", MONADIC, rows))
    assert [(e.row, e.column) for e in report.errors] == [(3, "event_id_cnty")]
    assert "MLI7101" in str(report.errors[0])
    assert dump(sample.db) == before


def test_the_taxonomy_used_before_2019_is_read_as_the_current_one(sample, tmp_path):
    old = {
        "MLI7201": ("Battle-No change of territory", IncidentType.CLASH),
        "MLI7202": ("Battle-Government regains territory", IncidentType.CLASH),
        "MLI7203": ("Remote violence", IncidentType.EXPLOSIVE_DEVICE),
        "MLI7204": ("Riots/Protests", IncidentType.DEMONSTRATION),
        "MLI7205": ("Violence against civilians", IncidentType.ARMED_ATTACK),
        "MLI7206": ("Strategic development", IncidentType.OTHER),
    }
    rows = [event(i, "2018-05-02", event_type=t, sub_event_type="") for i, (t, _) in old.items()]
    run(sample, write_csv(tmp_path / "old.csv", MONADIC, rows))
    got = incidents(sample)
    assert {i: got[i].type for i in old} == {i: t for i, (_, t) in old.items()}
    assert got["MLI7203"].sub_type == "Explosions/Remote violence — Remote violence"


def test_an_older_export_never_overwrites_a_newer_event(sample, tmp_path):
    newer = write_csv(tmp_path / "newer.csv", NEW_LAYOUT, [
        event("MLI7301", "2019-03-15", fatalities=4, timestamp=1_600_000_000),
        event("MLI7302", "2019-03-16", timestamp=1_600_000_000),
    ])  # fmt: skip
    older = write_csv(tmp_path / "older.csv", NEW_LAYOUT, [
        event("MLI7301", "2019-03-15", fatalities=1, timestamp=1_550_000_000),
        event("MLI7302", "2019-03-16", timestamp=1_550_000_000, admin3="Ancien nom"),
    ])  # fmt: skip
    run(sample, newer)
    report = run(sample, older, remove_missing=True)
    assert report.applied and report.tally("incidents").kept == 2
    assert report.tally("places").created == 0  # nothing of the older rows is written
    assert any("2 " in str(w) and "timestamp" in str(w) for w in report.warnings)
    assert incidents(sample)["MLI7301"].fatalities == 4
    before = dump(sample.db)
    assert run(sample, newer).tally("incidents").unchanged == 2  # the same file twice: no change
    assert dump(sample.db) == before


def test_acled_spellings_find_the_places_already_recorded(sample, tmp_path):
    with sample.db.write() as s:
        goundam = next(
            p.id for p in list_localities(s, level=LocalityLevel.CERCLE) if p.name == "Goundam"
        )
        pl.create_locality(s, pl.LocalityInput("Goundam", LocalityLevel.COMMUNE, goundam))
        pl.create_locality(
            s, pl.LocalityInput("Bourem-Inaly", LocalityLevel.COMMUNE, sample.cercle_id)
        )
    rows = [
        event("MLI7401", "2019-03-15", admin2="Goundam", admin3="Goundam Commune", location="Goundam"),
        event("MLI7402", "2019-03-15", admin2="Niafounke", admin3="", location=""),
        event("MLI7403", "2019-03-15", admin1="Segou", admin2="Baroueli", admin3="", location=""),
        event("MLI7404", "2019-03-15", admin1="Menaka", admin2="Menaka", admin3="", location=""),
        event("MLI7405", "2019-03-15", admin2="Timbuktu", admin3="Bourem Inaly", location=""),
    ]  # fmt: skip
    report = run(sample, write_csv(tmp_path / "places.csv", NEW_LAYOUT, rows))
    assert report.applied, [str(e) for e in report.errors]
    assert report.tally("places").created == 0
    got = incidents(sample)
    assert [got[f"MLI740{n}"].locality for n in range(1, 6)] == [
        "Tombouctou › Goundam › Goundam", "Tombouctou › Niafunké", "Ségou › Baraouéli",
        "Gao › Ménaka", "Tombouctou › Tombouctou › Bourem-Inaly",
    ]  # fmt: skip


def test_an_unknown_region_is_an_error_and_an_unknown_cercle_names_the_nearest(sample, tmp_path):
    bad = write_csv(tmp_path / "bad.csv", NEW_LAYOUT, [
        event("MLI7501", "2019-03-15", admin1="Atlantide", admin2="", admin3="", location="X"),
    ])  # fmt: skip
    before = counts(sample.db)
    report = run(sample, bad)
    assert [(e.row, e.column) for e in report.errors] == [(2, "admin1")]
    assert "Atlantide" in str(report.errors[0]) and "Tombouctou" in str(report.errors[0])
    assert counts(sample.db) == before
    typo = write_csv(tmp_path / "typo.csv", NEW_LAYOUT, [
        event("MLI7502", "2019-03-15", admin2="Goundamm", admin3="", location=""),
        event("MLI7503", "2019-03-16", admin2="Goundamm", admin3="", location=""),
    ])  # fmt: skip
    report = run(sample, typo)
    assert report.applied
    warnings = [w for w in report.warnings if w.column == "admin2"]
    assert len(warnings) == 1
    assert "«\u00a0Goundamm\u00a0» n’est pas connu comme cercle de Tombouctou" in str(warnings[0])
    assert "le lieu connu le plus proche est «\u00a0Goundam\u00a0»" in str(warnings[0])


def test_incidents_near_an_axis_are_put_on_it(sample, tmp_path):
    with sample.db.write() as s:
        region = sample.region_id
        a = pl.create_locality(s, pl.LocalityInput("Ville A", LocalityLevel.LOCALITY, region, latitude=16.0, longitude=-3.0))  # fmt: skip
        b = pl.create_locality(s, pl.LocalityInput("Ville B", LocalityLevel.LOCALITY, region, latitude=16.0, longitude=-2.0))  # fmt: skip
        axis = pl.create_axis(s, pl.AxisInput("Ville A – Ville B", (a.id, b.id)))
    rows = [
        event("MLI7601", "2019-03-15", latitude=16.02, longitude=-2.5),  # about 2 km from the road
        event("MLI7602", "2019-03-15", latitude=16.15, longitude=-2.5),  # about 17 km away
    ]
    path = write_csv(tmp_path / "axis.csv", NEW_LAYOUT, rows)
    run(sample, path)
    got = incidents(sample)
    assert (got["MLI7601"].axis_id, got["MLI7602"].axis_id) == (axis.id, None)
    run(sample, path, axis_km=20.0)
    assert incidents(sample)["MLI7602"].axis_id == axis.id


def test_a_csv_cut_short_is_an_error_at_the_row_where_it_stops(sample, tmp_path):
    path = write_csv(tmp_path / "cut.csv", NEW_LAYOUT, [event("MLI7701", "2019-03-15")] * 1)
    text = path.read_text("utf-8") + "MLI7702,2019-03-16,2019,1,Political violence,Battles\n"
    path.write_text(text, "utf-8")
    before = dump(sample.db)
    report = run(sample, path)
    assert [(e.row, e.column) for e in report.errors] == [(3, "sub_event_type")]
    assert "6 colonnes sur 31" in str(report.errors[0])
    assert dump(sample.db) == before


def test_coordinates_keep_their_decimals_and_impossible_dates_are_refused(sample, tmp_path):
    rows = [
        event("MLI7801", "2019-03-15", latitude="15.797", longitude="-0.044"),
        event("MLI7802", "2019-03-15", latitude="16,2717", longitude="0.117"),
    ]
    run(sample, write_csv(tmp_path / "coords.csv", NEW_LAYOUT, rows))
    got = incidents(sample)
    assert (got["MLI7801"].latitude, got["MLI7801"].longitude) == (15.797, -0.044)
    assert (got["MLI7802"].latitude, got["MLI7802"].longitude) == (16.2717, 0.117)
    before = dump(sample.db)
    report = run(sample, write_csv(tmp_path / "bad.csv", NEW_LAYOUT, [event("MLI7803", "0001-01-01")]))  # fmt: skip
    assert [(e.row, e.column) for e in report.errors] == [(2, "event_date")]
    assert dump(sample.db) == before
