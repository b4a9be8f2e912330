"""Incidents from ACLED exports, in both column layouts, written by the tests themselves.

The events below are invented for the tests (ACLED's own data is not redistributable).
"""

from __future__ import annotations

import csv
from datetime import date

import pytest
from openpyxl import Workbook

from secframe.exchange.acled import importer as acled
from secframe.exchange.errors import ExchangeError
from secframe.jobs import JobState
from secframe.models import IncidentType, LocalityLevel
from secframe.services import incidents as inc
from secframe.services.places import list_localities
from tests.fixtures.builders import TODAY
from tests.fixtures.exchange import counts

NEW_LAYOUT = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
              "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
              "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
              "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
              "notes", "fatalities", "tags", "timestamp"]  # fmt: skip
OLD_LAYOUT = ["data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year",
              "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
              "actor2", "assoc_actor_2", "inter2", "interaction", "region", "country", "admin1",
              "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
              "source_scale", "notes", "fatalities", "timestamp", "iso3"]  # fmt: skip
HXL = {"event_id_cnty": "#event+id", "event_date": "#date+occurred", "admin1": "#adm1+name",
       "location": "#loc+name", "fatalities": "#affected+killed"}  # fmt: skip


def event(ident, day, **kw):
    base = {
        "event_id_cnty": ident, "event_date": day, "year": 2019, "time_precision": 1,
        "disorder_type": "Political violence", "event_type": "Violence against civilians",
        "sub_event_type": "Abduction/forced disappearance", "actor1": "Unidentified Armed Group (Mali)",
        "inter1": "Political militia", "actor2": "Civilians (Mali)", "inter2": "Civilians",
        "interaction": 37, "iso": 466, "region": "Western Africa", "country": "Mali",
        "admin1": "Timbuktu", "admin2": "Goundam", "admin3": "Tonka", "location": "Tonka",
        "latitude": 16.0, "longitude": -3.5, "geo_precision": 1, "source": "Radio locale (illustratif)",
        "source_scale": "Local", "notes": "Événement inventé pour les tests (illustratif).",
        "fatalities": 0, "data_id": 1, "event_id_no_cnty": ident[3:], "iso3": "MLI", "timestamp": 1,
    }  # fmt: skip
    base.update(kw)
    return base


def write_csv(path, columns, events, hxl=False):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        if hxl:
            w.writerow([HXL.get(c, "#meta") for c in columns])
        for e in events:
            w.writerow([e.get(c, "") for c in columns])
    return path


def write_xlsx(path, columns, events):
    wb = Workbook()
    ws = wb.active
    ws.append(columns)
    for e in events:
        ws.append([e.get(c) for c in columns])
    wb.save(path)
    return path


def run(sample, path, **kw):
    dry_run = kw.pop("dry_run", False)
    options = acled.AcledOptions(sample.framework_id, **kw)
    return acled.run(sample.db, path, options, state=JobState(), dry_run=dry_run, today=TODAY)


def incidents(sample):
    with sample.db.read() as s:
        return {
            i.external_id: i
            for i in inc.list_incidents(s, inc.IncidentFilter(include_rejected=True))
        }


def test_new_layout_with_hxl_row_and_word_categories(sample, tmp_path):
    path = write_csv(tmp_path / "acled.csv", NEW_LAYOUT, [
        event("MLI1001", "2019-03-15"),
        event("MLI1002", "15 March 2019", event_type="Battles", sub_event_type="Armed clash",
              actor1="Milice A (illustratif)", inter1="Identity militia",
              actor2="Milice B (illustratif)", inter2="Identity militia", fatalities=2,
              time_precision=2, geo_precision=3),
    ], hxl=True)  # fmt: skip
    report = run(sample, path)
    assert report.applied and report.tally("incidents").created == 2
    got = incidents(sample)
    kidnap, clash = got["MLI1001"], got["MLI1002"]
    assert (kidnap.occurred_on, kidnap.type) == (date(2019, 3, 15), IncidentType.KIDNAPPING)
    assert kidnap.actors == "Unidentified Armed Group (Mali) (Political militia) ; Civilians (Mali)"
    assert kidnap.source == "ACLED — Radio locale (illustratif)"
    assert kidnap.locality.endswith("Goundam › Tonka")
    assert (clash.type, clash.fatalities) == (IncidentType.INTERCOMMUNAL, 2)
    assert (clash.time_precision, clash.geo_precision) == (2, 3)
    assert clash.sub_type == "Battles — Armed clash"


def test_old_layout_with_number_categories_and_long_dates(sample, tmp_path):
    path = write_csv(tmp_path / "acled.csv", OLD_LAYOUT, [
        event("MLI0901", "15-March-2019", inter1=3, inter2=7, event_type="Strategic developments",
              sub_event_type="Looting/property destruction"),
    ])  # fmt: skip
    report = run(sample, path)
    assert report.applied
    robbery = incidents(sample)["MLI0901"]
    assert robbery.type == IncidentType.ROBBERY
    assert "(Political militia)" in robbery.actors


def test_excel_exports_are_read_too(sample, tmp_path):
    path = write_xlsx(tmp_path / "acled.xlsx", NEW_LAYOUT, [event("MLI1101", date(2019, 4, 20))])
    assert run(sample, path).tally("incidents").created == 1
    assert incidents(sample)["MLI1101"].occurred_on == date(2019, 4, 20)


def test_a_newer_export_updates_and_adds_and_can_remove_what_it_dropped(sample, tmp_path):
    first = write_csv(tmp_path / "v1.csv", NEW_LAYOUT, [
        event("MLI2001", "2019-03-01"), event("MLI2002", "2019-03-10"), event("MLI2003", "2019-03-20"),
    ])  # fmt: skip
    run(sample, first)
    newer = write_csv(tmp_path / "v2.csv", NEW_LAYOUT, [
        event("MLI2001", "2019-03-01"), event("MLI2002", "2019-03-10", fatalities=3),
        event("MLI2004", "2019-03-25"),
    ])  # fmt: skip
    report = run(sample, newer)
    t = report.tally("incidents")
    assert (t.created, t.updated, t.unchanged, t.removed) == (1, 1, 1, 0)
    assert "MLI2003" in incidents(sample)
    report = run(sample, newer, remove_missing=True)
    assert report.tally("incidents").removed == 1
    got = incidents(sample)
    assert "MLI2003" not in got and got["MLI2002"].fatalities == 3


def test_events_of_other_regions_can_be_left_out(sample, tmp_path):
    path = write_csv(tmp_path / "acled.csv", NEW_LAYOUT, [
        event("MLI3001", "2019-03-15"),
        event("MLI3002", "2019-03-15", admin1="Gao", admin2="Gao", admin3="Gao", location="Gao"),
    ])  # fmt: skip
    report = run(sample, path, regions_only=True)
    assert (report.tally("incidents").created, report.tally("incidents").skipped) == (1, 1)
    assert set(incidents(sample)) == {"MLI3001"}


def test_places_sharing_a_name_are_never_merged(sample, tmp_path):
    path = write_csv(tmp_path / "acled.csv", NEW_LAYOUT, [
        event("MLI4001", "2019-03-15", admin2="Goundam", admin3="Douekire", location="Ber"),
        event("MLI4002", "2019-03-16", admin2="Timbuktu", admin3="Ber", location="Ber"),
        event("MLI4003", "2019-03-17", admin2="Timbuktu", admin3="Lafia", location="Ber"),
    ])  # fmt: skip
    report = run(sample, path)
    assert report.applied and report.tally("places").created == 5
    got = incidents(sample)
    labels = {got[i].locality for i in ("MLI4001", "MLI4002", "MLI4003")}
    assert labels == {"Tombouctou › Goundam › Douekire › Ber", "Tombouctou › Tombouctou › Ber",
                      "Tombouctou › Tombouctou › Lafia › Ber"}  # fmt: skip
    with sample.db.read() as s:
        regions = [r.name for r in list_localities(s, level=LocalityLevel.REGION)]
    assert "Timbuktu" not in regions  # ACLED's English name found the existing region


def test_bad_rows_are_reported_and_nothing_is_written(sample, tmp_path):
    path = write_csv(tmp_path / "acled.csv", NEW_LAYOUT, [
        event("MLI5001", "2019-03-15"),
        event("MLI5002", "le 15 mars", geo_precision=5),
        event("MLI5001", "2019-03-16"),
        event("MLI5003", "2030-01-01"),
    ])  # fmt: skip
    before = counts(sample.db)
    report = run(sample, path)
    assert not report.applied
    assert sorted((i.row, i.column) for i in report.errors) == [
        (3, "event_date"), (3, "geo_precision"), (4, "event_id_cnty"), (5, "event_date")
    ]  # fmt: skip
    assert counts(sample.db) == before


def test_a_file_that_is_not_an_acled_export_is_refused(sample, tmp_path):
    path = tmp_path / "autre.csv"
    path.write_text("date;lieu;description\n2019-03-15;Tonka;Braquage\n", "utf-8")
    with pytest.raises(ExchangeError, match="les colonnes event_id_cnty, event_date"):
        run(sample, path)


def test_semicolon_csv_saved_by_a_french_excel(sample, tmp_path):
    path = tmp_path / "acled.csv"
    rows = [NEW_LAYOUT, [str(event("MLI6001", "15/03/2019").get(c, "")) for c in NEW_LAYOUT]]
    path.write_text("\n".join(";".join(r) for r in rows), "cp1252", errors="replace")
    assert run(sample, path).tally("incidents").created == 1
