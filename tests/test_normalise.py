"""Money through the bundled ECB / NBP tables, quantities through pint; never a silent guess."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from econfacts import normalise


def test_eur_to_usd_at_the_article_date():
    n = normalise.money(1.1e9, None, None, "EUR", "USD", dt.date(2025, 9, 4))
    assert n.fx.source == "ECB" and n.fx.date == dt.date(2025, 9, 4)
    assert math.isclose(n.fx.rate, 1.1647) and math.isclose(n.value, 1.1e9 * 1.1647)


def test_weekend_takes_the_last_fixing_before():
    n = normalise.money(100, None, None, "EUR", "USD", dt.date(2025, 9, 6))  # a Saturday
    assert n.fx.date == dt.date(2025, 9, 5)


def test_cross_rate_through_the_euro():
    n = normalise.money(1e12, None, None, "JPY", "USD", dt.date(2025, 8, 7))
    assert n.fx.source == "ECB" and 0.005 < n.fx.rate < 0.009


def test_bounds_are_converted_too():
    n = normalise.money(None, 1e11, 1e12, "EUR", "USD", dt.date(2025, 9, 4))
    assert n.value is None and math.isclose(n.high / n.low, 10)


def test_rouble_after_the_ecb_stopped_comes_from_nbp():
    n = normalise.money(1e9, None, None, "RUB", "USD", dt.date(2025, 9, 4))
    assert n.fx.source == "NBP" and n.fx.date <= dt.date(2025, 9, 4)
    assert 0.005 < n.fx.rate < 0.03


def test_hryvnia_comes_from_nbp():
    n = normalise.money(1e9, None, None, "UAH", "USD", dt.date(2024, 3, 1))
    assert n.fx.source == "NBP" and 0.01 < n.fx.rate < 0.05


def test_no_rate_is_null_with_a_reason():
    n = normalise.money(5, None, None, "EUR", "USD", dt.date(2030, 1, 1))
    assert n.value is None and n.fx is None and "no EUR->USD rate" in n.note


def test_base_currency_is_identity():
    n = normalise.money(5, None, None, "USD", "USD", dt.date(2025, 1, 1))
    assert n.value == 5 and n.fx.source == "identity"


@pytest.mark.parametrize(
    "value,unit,expected,target",
    [
        (4e10, "meter ** 3", 4e10, "meter ** 3"),
        (7.5e6, "metric_ton", 7.5e6, "metric_ton"),
        (1000, "kilogram", 1, "metric_ton"),
        (1.5e6, "barrel / day", 1.5e6, "barrel / day"),
        (12, "gigawatt_hour", 12e6, "kilowatt_hour"),
        # a barrel is the oil barrel of 42 gallons (158.987 litres), not pint's US liquid barrel
        (83e6, "barrel", 83e6 * 0.158987294928, "meter ** 3"),
        (1e6, "meter ** 3 / day", 1e6 / 0.158987294928, "barrel / day"),
        (12e6, "metric_ton / year", 12e6, "metric_ton / year"),  # "12 mtpa", not kilograms a second
        (2.5e9, "foot ** 3 / day", 2.5e9 * 0.028316846592 / 0.158987294928, "barrel / day"),
        # temperatures have an offset: converted value by value, never by a factor (40 degC had been
        # normalised to 10966 kelvin, a silent wrong number)
        (40, "degree_Celsius", 40, "degree_Celsius"),
        (104, "degree_Fahrenheit", 40, "degree_Celsius"),
        (-40, "degree_Fahrenheit", -40, "degree_Celsius"),
        (25, "knot", 46.3, "kilometer / hour"),  # to 12 significant digits: no float noise
        (80, "mile / hour", 128.74752, "kilometer / hour"),
    ],
)
def test_quantities(value, unit, expected, target):
    n = normalise.quantity(value, None, None, unit)
    assert math.isclose(n.value, expected) and n.unit == target


def test_unknown_unit_is_null_with_a_reason():
    n = normalise.quantity(5, None, None, "flurbs")
    assert n.value is None and "not understood by pint" in n.note


def test_an_undated_document_run_after_the_bundled_rates_is_converted_at_their_newest_fixing():
    import datetime as dt

    from econfacts import pipeline
    from econfacts.model import Document, Options

    after = normalise.ecb_last_date() + dt.timedelta(days=60)
    [euros, roubles] = pipeline.extract_document(Document("x", "It paid €5 billion and 300 million roubles."), Options(run_date=after))
    assert (euros.fx_basis, euros.fx_date, euros.fx_source) == ("latest_fixing", normalise.ecb_last_date(), "ECB")
    assert euros.norm_value == 5e9 * euros.fx_rate and euros.norm_note is None
    assert roubles.fx_basis == "latest_fixing" and roubles.fx_source == "NBP" and roubles.norm_value > 0
    # a dated document is never converted at another date than its own: null with the reason
    [dated] = pipeline.extract_document(Document("y", "It paid €5 billion.", published=after), Options(run_date=after))
    assert dated.norm_value is None and dated.fx_basis == "published" and "no EUR->USD rate" in dated.norm_note


def test_a_range_of_temperatures_converts_each_bound():
    n = normalise.quantity(None, 50, 59, "degree_Fahrenheit")
    assert (n.low, n.high, n.unit) == (10, 15, "degree_Celsius")
