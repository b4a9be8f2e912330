"""A framework's secretariat sees the places and axes of its regions first, all of Mali on ask."""

from __future__ import annotations

from sqlalchemy import func, select

from secframe.models import FrameworkLevel, Locality, LocalityLevel
from secframe.services import frameworks as fws
from secframe.services import places
from secframe.services.place_scope import places_in_scope


def _id(db, pcode):
    with db.read() as s:
        return s.scalar(select(Locality.id).where(Locality.pcode == pcode))


def _axis(write, name, *pcodes_or_ids):
    return write(places.create_axis, places.AxisInput(name, tuple(pcodes_or_ids)))


def test_within_keeps_the_places_inside_the_regions_given(db, write):
    tombouctou, gao = _id(db, "ML06"), _id(db, "ML07")
    tonka = write(
        places.create_locality,
        places.LocalityInput("Tonka", LocalityLevel.COMMUNE, _id(db, "ML0602")),
    )
    with db.read() as s:
        inside = places.list_localities(s, within=[tombouctou])
        both = places.list_localities(s, within=[tombouctou, gao])
        every = places.list_localities(s)
        nothing = places.list_localities(s, within=[])
    labels = [p.label for p in inside]
    assert labels[0] == "Tombouctou"  # the region itself, then what is inside it, by label
    assert "Tombouctou › Goundam › Tonka" in labels
    assert all(p.label.startswith("Tombouctou") for p in inside)
    assert tonka.id in {p.id for p in inside}
    assert {p.label.split(" › ")[0] for p in both} == {"Gao", "Tombouctou"}
    assert len(inside) < len(both) < len(every)
    assert nothing == []


def test_axes_within_regions_are_those_with_a_stop_there(db, write):
    tombouctou = _id(db, "ML06")
    inside = _axis(write, "Tombouctou – Goundam", _id(db, "ML0605"), _id(db, "ML0602"))
    across = _axis(write, "Bourem – Gourma-Rharous", _id(db, "ML0702"), _id(db, "ML0603"))
    outside = _axis(write, "Gao – Ansongo", _id(db, "ML0703"), _id(db, "ML0701"))
    with db.read() as s:
        kept = {a.id for a in places.list_axes(s, within=[tombouctou])}
        every = {a.id for a in places.list_axes(s)}
    assert kept == {inside.id, across.id}
    assert every == {inside.id, across.id, outside.id}


def test_scope_of_a_framework_is_its_regions_unless_all_of_mali_is_asked(db, sample, write):
    _axis(write, "Gao – Ansongo", _id(db, "ML0703"), _id(db, "ML0701"))
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(Locality))
        scoped = places_in_scope(s, sample.framework_id)
        everywhere = places_in_scope(s, sample.framework_id, everywhere=True)
    assert scoped.region_names == ("Tombouctou",)
    assert not scoped.everywhere
    assert {p.label.split(" › ")[0] for p in scoped.localities} == {"Tombouctou"}
    assert scoped.axes == []
    assert (scoped.total_localities, scoped.total_axes) == (total, 1)
    assert everywhere.everywhere
    assert len(everywhere.localities) == total
    assert [a.name for a in everywhere.axes] == ["Gao – Ansongo"]


def test_a_framework_without_regions_or_no_framework_sees_all_of_mali(db, write):
    bare = write(
        fws.create_framework,
        fws.FrameworkInput(
            name="Cadre sans région", short_name="CSR", level=FrameworkLevel.LOCAL_FORUM
        ),
    )
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(Locality))
        no_regions = places_in_scope(s, bare.id)
        no_framework = places_in_scope(s, None)
        assert places.framework_region_ids(s, bare.id) == ()
    for scope in (no_regions, no_framework):
        assert scope.everywhere
        assert scope.region_names == ()
        assert len(scope.localities) == scope.total_localities == total
