"""One set of bounds per kind of value: the cell readers and the services refuse the same
values with the same words, whatever the source."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from secframe.exchange.cells import (
    Uncomputed,
    read_amount,
    read_date,
    read_int,
    read_latitude,
    read_longitude,
    read_number,
    read_quantity,
    read_text,
    read_year,
)
from secframe.exchange.errors import CellError
from secframe.models import Commitment, CommitmentStatus, IncidentType, bounds
from secframe.services import commitments as cs
from secframe.services import incidents as inc
from secframe.services import members as mem
from secframe.services.errors import ValidationError
from secframe.services.resources import ResourceNeedInput, add_resource_need, need_infos
from tests.fixtures.builders import TODAY
from tests.fixtures.exchange import counts

EXTREMES = [1e308, 1e20, 1e-300, float("nan"), float("inf"), float("-inf"), "1e+308", "NaN"]


# --- readers by kind ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15.797", 15.797),
        ("15,797", 15.797),
        ("-0.044", -0.044),
        ("0.117", 0.117),
        ("16.7734917", 16.7734917),
        ("-3,0021", -3.0021),
        (15.797, 15.797),
        (" 17 ", 17.0),
        ("", None),
    ],
)
def test_coordinates_keep_their_decimals_and_never_have_thousands(value, expected):
    assert read_latitude(value) == expected
    assert read_longitude(value) == expected


@pytest.mark.parametrize(
    "value", ["1.234.567", "1,234.5", "15°47'", "95", 95, "nord", "1e-300", 1e308, float("nan")]
)
def test_impossible_latitudes_are_cell_errors(value):
    with pytest.raises(CellError):
        read_latitude(value)


def test_a_longitude_beyond_180_is_refused_and_says_why():
    with pytest.raises(CellError) as err:
        read_longitude("-181")
    assert "longitude" in str(err.value) and "-180" in str(err.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1,5 M", Decimal(1_500_000)),
        ("12.5 M", Decimal(12_500_000)),
        ("3 000 000 F CFA", Decimal(3_000_000)),
        ("3.000.000", Decimal(3_000_000)),
        ("1 000 000 000 000", Decimal(10**12)),
        (1500.505, Decimal("1500.51")),  # rounded to the cent
        (0, Decimal(0)),
    ],
)
def test_amounts_in_fcfa(value, expected):
    assert read_amount(value) == expected


@pytest.mark.parametrize("value", [*EXTREMES, "1 000 000 000 001", "-500 000", "deux millions"])
def test_extreme_or_unreadable_amounts_are_cell_errors(value):
    with pytest.raises(CellError) as err:
        read_amount(value)
    assert str(value).strip() in str(err.value) or "NaN" in str(err.value)


def test_an_amount_above_the_bound_names_the_bound_in_french():
    with pytest.raises(CellError) as err:
        read_amount(1e20)
    assert str(err.value) == (
        "«\u00a01e+20\u00a0»\u00a0: un montant doit être compris entre 0 et "
        "1\u00a0000\u00a0000\u00a0000\u00a0000 FCFA."
    )


@pytest.mark.parametrize("value", [*EXTREMES, "-2", 10**10])
def test_extreme_quantities_are_cell_errors(value):
    with pytest.raises(CellError):
        read_quantity(value)
    assert read_quantity("12,5") == Decimal("12.5")


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "-inf"])
def test_numbers_and_whole_numbers_are_finite(value):
    with pytest.raises(CellError):
        read_number(value)
    with pytest.raises(CellError):
        read_int(value, 0, 10**12)
    with pytest.raises(CellError):
        read_int(1e308, 0, 10**12)


@pytest.mark.parametrize(
    "value", ["01/01/1900", "1899-12-30", "0001-01-01", "9999-12-31", "2101-01-01"]
)
def test_dates_outside_1960_2100_are_cell_errors(value):
    with pytest.raises(CellError) as err:
        read_date(value)
    assert "01/01/1960" in str(err.value) and "31/12/2100" in str(err.value)
    assert read_date("01/01/1960") == date(1960, 1, 1)
    assert read_date("31/12/2100") == date(2100, 12, 31)


@pytest.mark.parametrize("value", [1, 1899, 1900, 9999, "2101", 2019.5, "deux mille"])
def test_years_outside_1960_2100_are_cell_errors(value):
    with pytest.raises(CellError):
        read_year(value)
    assert read_year("2019") == 2019
    assert read_year(2019.0) == 2019


@pytest.mark.parametrize(
    "reader", [read_text, read_amount, read_date, read_quantity, read_latitude, read_year]
)
def test_a_formula_without_a_computed_value_is_an_error_not_an_empty_cell(reader):
    with pytest.raises(CellError) as err:
        reader(Uncomputed("=SUM(B2:B9)"))
    assert "=SUM(B2:B9)" in str(err.value) and "aucune valeur calculée" in str(err.value)


# --- the bounds themselves ---------------------------------------------------------------------


def test_text_limits_come_from_the_model_columns():
    assert bounds.text_limit(Commitment.title) == Commitment.__table__.c.title.type.length
    assert bounds.text_limit(Commitment.description) is None  # Text: unlimited
    with pytest.raises(bounds.OutOfBounds) as err:
        bounds.check_text("x" * 301, 300)
    assert "301" in str(err.value) and "300" in str(err.value)


def test_points_outside_mali_are_a_warning_not_an_error():
    assert not bounds.outside_mali(16.7735, -3.0074)  # Tombouctou
    assert not bounds.outside_mali(20.2, 0.9)  # Kidal region
    assert bounds.outside_mali(-3.0074, 16.7735)  # swapped
    assert bounds.outside_mali(48.85, 2.35)  # Paris
    assert bounds.check_latitude(48.85) == 48.85  # still a valid latitude
    warning = bounds.outside_mali_warning(48.85, 2.35).render()
    assert "en dehors du Mali" in warning and "48.85" in warning


# --- the services apply the same bounds, every problem at once ---------------------------------


def test_a_resource_line_with_extreme_amounts_is_refused_whole(sample, write):
    c = sample.commitment()
    data = ResourceNeedInput(
        category="fuel",
        quantity=Decimal("1e12"),
        unit_cost=Decimal("1e20"),
        pledged=Decimal("1e-300"),
        received=Decimal(-5),
        unit="x" * 61,
    )
    with pytest.raises(ValidationError) as err:
        write(add_resource_need, c.id, data)
    fields = {e.field for e in err.value.errors}
    assert fields == {"quantity", "unit_cost", "pledged", "received", "unit"}
    with sample.db.read() as s:
        assert need_infos(s, c.id) == []


def test_a_commitment_with_dates_of_1900_and_a_title_too_long(sample, write):
    before = counts(sample.db)
    data = cs.CommitmentInput(
        title="Patrouilles" + "." * 349,
        kind="patrol",
        lead_member_id=sample.cma,
        start_date=date(1900, 1, 1),
        original_deadline=date(9999, 12, 31),
        reference="R" * 41,
    )
    with pytest.raises(ValidationError) as err:
        write(cs.create_commitment, sample.framework_id, data, status_on=date(2019, 3, 1))
    by_field = {e.field: e.message.render() for e in err.value.errors}
    assert set(by_field) >= {"title", "start_date", "original_deadline", "reference"}
    assert "360 caractères" in by_field["title"] and "300" in by_field["title"]
    assert "01/01/1900" in by_field["start_date"]
    assert counts(sample.db) == before


def test_an_incident_with_impossible_figures(sample, write):
    data = inc.IncidentInput(
        occurred_on=date(1899, 12, 30),
        type=IncidentType.ROBBERY,
        locality_id=sample.cercle_id,
        latitude=float("nan"),
        longitude=200.0,
        fatalities=10**9,
        source="s" * 301,
    )
    with pytest.raises(ValidationError) as err:
        write(inc.create_incident, data, today=TODAY)
    fields = {e.field for e in err.value.errors}
    assert fields == {"occurred_on", "latitude", "longitude", "fatalities", "source"}


def test_a_representative_name_too_long_is_refused_on_its_line(sample, write):
    data = mem.MemberInput(
        name="Coordination des jeunes",
        category="youth",
        representatives=(mem.RepresentativeInput(name="A. Maïga " * 30),),
    )
    with pytest.raises(ValidationError) as err:
        write(mem.create_member, sample.framework_id, data)
    assert [e.field for e in err.value.errors] == ["representatives[0].name"]


def test_status_changes_and_deadline_revisions_keep_their_dates_in_bounds(sample, write):
    c = sample.commitment("Patrouilles")
    with pytest.raises(ValidationError) as err:
        write(cs.change_status, c.id, CommitmentStatus.ACTIVE, on=date(1900, 1, 1), today=TODAY)
    assert {e.field for e in err.value.errors} == {"changed_on"}
    assert "01/01/1900" in str(err.value) and "01/01/1960" in str(err.value)
    with pytest.raises(ValidationError) as err:
        write(cs.revise_deadline, c.id, date(9999, 1, 1), reason="Report", today=TODAY)
    assert [e.field for e in err.value.errors] == ["new_deadline"]
