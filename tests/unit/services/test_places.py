"""The place hierarchy: labels, subtrees, moves, and no merging of namesakes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from secframe.models import Locality, LocalityLevel
from secframe.services import places
from secframe.services.errors import InUseError, ValidationError


def _id(db, pcode):
    with db.read() as s:
        return s.scalar(select(Locality.id).where(Locality.pcode == pcode))


def test_labels_show_the_whole_hierarchy(db, write):
    goundam = _id(db, "ML0602")
    tonka = write(
        places.create_locality, places.LocalityInput("Tonka", LocalityLevel.COMMUNE, goundam)
    )
    assert tonka.label == "Tombouctou › Goundam › Tonka"
    with db.read() as s:
        every = places.locality_labels(s)
        asked = places.locality_labels(s, {tonka.id, goundam})
    assert asked == {tonka.id: "Tombouctou › Goundam › Tonka", goundam: "Tombouctou › Goundam"}
    assert every[tonka.id] == asked[tonka.id]


def test_levels_must_nest(db, write):
    region = _id(db, "ML06")
    with pytest.raises(ValidationError) as err:
        write(places.create_locality, places.LocalityInput("Goundam", LocalityLevel.REGION, region))
    assert err.value.for_field("parent_id")
    commune = write(
        places.create_locality,
        places.LocalityInput("Ber", LocalityLevel.COMMUNE, _id(db, "ML0605")),
    )
    with pytest.raises(ValidationError):
        write(places.create_locality, places.LocalityInput("X", LocalityLevel.CERCLE, commune.id))


def test_moving_a_place_moves_what_is_inside(db, write):
    tbt, goundam = _id(db, "ML0605"), _id(db, "ML0602")
    commune = write(
        places.create_locality, places.LocalityInput("Tonka", LocalityLevel.COMMUNE, tbt)
    )
    village = write(
        places.create_locality, places.LocalityInput("Village", LocalityLevel.LOCALITY, commune.id)
    )
    write(
        places.update_locality,
        commune.id,
        places.LocalityInput("Tonka", LocalityLevel.COMMUNE, goundam),
        expected_version=commune.version,
    )
    with db.read() as s:
        inside_goundam = {p.name for p in places.list_localities(s, under=goundam)}
        assert places.get_locality(s, village.id).label == "Tombouctou › Goundam › Tonka › Village"
    assert inside_goundam == {"Tonka", "Village"}


def test_namesakes_in_different_places_are_never_merged(db, write):
    chain_a = [(LocalityLevel.REGION, "Tombouctou", "ML06"), (LocalityLevel.CERCLE, "Goundam", "ML0602"),
               (LocalityLevel.LOCALITY, "Goundam", None)]  # fmt: skip
    chain_b = [(LocalityLevel.REGION, "Mopti", "ML05"), (LocalityLevel.CERCLE, "Douentza", "ML0504"),
               (LocalityLevel.LOCALITY, "Goundam", None)]  # fmt: skip
    a = write(places.find_or_create_place, chain_a)
    b = write(places.find_or_create_place, chain_b)
    again = write(
        places.find_or_create_place, [(lvl, name.upper(), code) for lvl, name, code in chain_a]
    )
    assert a != b
    assert again == a


def test_a_place_in_use_cannot_be_deleted(db, write):
    tbt = _id(db, "ML0605")
    with pytest.raises(InUseError) as err:
        write(places.delete_locality, _id(db, "ML06"), expected_version=None)
    assert "Impossible de supprimer Tombouctou" in str(err.value)
    free = write(
        places.create_locality, places.LocalityInput("Hameau", LocalityLevel.LOCALITY, tbt)
    )
    write(places.delete_locality, free.id, expected_version=free.version)


def test_axes_link_localities_in_order(db, write):
    tbt, goundam = _id(db, "ML0605"), _id(db, "ML0602")
    with pytest.raises(ValidationError):
        write(places.create_axis, places.AxisInput("Tombouctou – ?", (tbt,)))
    axis = write(places.create_axis, places.AxisInput("Tombouctou – Goundam", (tbt, goundam), 100))
    assert axis.locality_names == ("Tombouctou", "Goundam")
    reversed_axis = write(
        places.update_axis,
        axis.id,
        places.AxisInput("Goundam – Tombouctou", (goundam, tbt), 100),
        expected_version=axis.version,
    )
    assert reversed_axis.locality_names == ("Goundam", "Tombouctou")
    assert reversed_axis.version > axis.version


def test_coordinates_must_be_on_earth(db, write):
    from datetime import date

    from secframe.models import IncidentType
    from secframe.services import incidents as inc

    tbt = _id(db, "ML0605")
    with pytest.raises(ValidationError) as err:
        write(
            places.create_locality,
            places.LocalityInput("X", LocalityLevel.LOCALITY, tbt, latitude=95.0),
        )
    assert [m.render() for m in err.value.for_field("latitude")] == [
        "La latitude doit être comprise entre -90 et 90."
    ]
    with pytest.raises(ValidationError) as err:
        write(
            inc.create_incident,
            inc.IncidentInput(
                date(2019, 1, 1), IncidentType.ROBBERY, locality_id=tbt, longitude=-181.0
            ),
        )
    assert err.value.for_field("longitude")
