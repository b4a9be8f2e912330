"""Incidents: place is required, filters by framework scope, upserts by external id."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from secframe.models import IncidentType, Locality, LocalityLevel
from secframe.services import incidents as inc
from secframe.services import places
from secframe.services.errors import ValidationError
from tests.fixtures.builders import TODAY


def _incident(place: int, **kw) -> inc.IncidentInput:
    return inc.IncidentInput(
        occurred_on=kw.pop("occurred_on", date(2019, 5, 1)),
        type=IncidentType.KIDNAPPING,
        locality_id=place,
        **kw,
    )


def test_an_incident_needs_a_place(sample, write):
    with pytest.raises(ValidationError) as err:
        write(
            inc.create_incident,
            inc.IncidentInput(occurred_on=date(2019, 5, 1), type=IncidentType.ROBBERY),
            today=TODAY,
        )
    assert [m.render() for m in err.value.for_field("locality_id")] == [
        "Choisissez une localité ou un axe."
    ]


def test_upsert_creates_updates_and_leaves_unchanged(sample, write):
    first = write(
        inc.upsert_incident,
        _incident(sample.cercle_id, external_id="MLI1234", fatalities=1),
        today=TODAY,
    )
    same = write(
        inc.upsert_incident,
        _incident(sample.cercle_id, external_id="MLI1234", fatalities=1),
        today=TODAY,
    )
    changed = write(
        inc.upsert_incident,
        _incident(sample.cercle_id, external_id="MLI1234", fatalities=3),
        today=TODAY,
    )
    assert [r for _, r in (first, same, changed)] == [
        inc.UpsertResult.CREATED,
        inc.UpsertResult.UNCHANGED,
        inc.UpsertResult.UPDATED,
    ]
    assert first[0] == same[0] == changed[0]
    with sample.db.read() as s:
        assert inc.get_incident(s, first[0]).fatalities == 3


def test_framework_scope_covers_its_regions_and_axes_through_them(sample, write):
    with sample.db.read() as s:
        gao = s.scalar(select(Locality.id).where(Locality.pcode == "ML0703"))
        goundam = s.scalar(select(Locality.id).where(Locality.pcode == "ML0602"))
    axis = write(
        places.create_axis, places.AxisInput("Tombouctou – Goundam", (sample.cercle_id, goundam))
    )
    village = write(
        places.create_locality,
        places.LocalityInput("Village", LocalityLevel.LOCALITY, sample.cercle_id),
    )
    write(inc.create_incident, _incident(village.id), today=TODAY)
    write(inc.create_incident, _incident(gao), today=TODAY)
    write(inc.create_incident, _incident(goundam, occurred_on=date(2019, 4, 1)), today=TODAY)
    write(
        inc.create_incident,
        inc.IncidentInput(occurred_on=date(2019, 6, 1), type=IncidentType.ROBBERY, axis_id=axis.id),
        today=TODAY,
    )
    with sample.db.read() as s:
        mine = inc.list_incidents(s, inc.IncidentFilter(framework_id=sample.framework_id))
        on_axis = inc.list_incidents(s, inc.IncidentFilter(axis_id=axis.id))
        paged = inc.list_incidents(s, inc.IncidentFilter(), limit=1, offset=1)
    assert sorted(i.locality or i.axis for i in mine) == [
        "Tombouctou – Goundam",
        "Tombouctou › Goundam",
        "Tombouctou › Tombouctou › Village",
    ]
    # on the axis itself, and at a place it passes through (not merely near one)
    assert sorted(i.occurred_on for i in on_axis) == [date(2019, 4, 1), date(2019, 6, 1)]
    assert len(paged) == 1 and paged[0].occurred_on == date(2019, 5, 1)


def test_imprecise_and_rejected_events_can_be_left_out(sample, write):
    write(inc.create_incident, _incident(sample.cercle_id, time_precision=3), today=TODAY)
    write(inc.create_incident, _incident(sample.cercle_id, verification="rejected"), today=TODAY)
    write(inc.create_incident, _incident(sample.cercle_id), today=TODAY)
    with sample.db.read() as s:
        assert inc.count_incidents(s, inc.IncidentFilter()) == 2
        assert inc.count_incidents(s, inc.IncidentFilter(max_time_precision=2)) == 1
        assert inc.count_incidents(s, inc.IncidentFilter(include_rejected=True)) == 3
