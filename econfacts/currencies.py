"""Currency symbols, codes and names -> ISO 4217 (reads data/currencies.csv)."""
from __future__ import annotations

import re
from functools import cache

import pycountry

from econfacts._data import table


@cache
def iso_codes() -> frozenset[str]:
    """Active ISO 4217 codes (pycountry), less those the table marks as words, not codes."""
    ignored = {row["alias"] for row in table("currencies") if row["form"] == "ignore_code"}
    return frozenset(c.alpha_3 for c in pycountry.currencies) - ignored


@cache
def symbols() -> dict[str, str]:
    """Prefix symbols ("$", "US$", "Rs") -> ISO code."""
    return {row["alias"]: row["code"] for row in table("currencies") if row["form"] == "symbol"}


@cache
def subunits() -> dict[str, str]:
    """Hundredths written after a figure ("cents", "pence", "p", "kopecks"), lower case -> code."""
    return {row["alias"].lower(): row["code"] for row in table("currencies") if row["form"] == "subunit"}


@cache
def names() -> dict[str, str]:
    """Currency names written after a figure ("euros", "Canadian dollars"), lower case -> code."""
    return {row["alias"].lower(): row["code"] for row in table("currencies") if row["form"] == "name"}


def code_for(alias: str) -> str:
    """ISO code of a symbol, code or name as written; KeyError when unknown."""
    if alias in symbols():
        return symbols()[alias]
    if alias in iso_codes():
        return alias
    return names()[alias.lower()]


@cache
def _yen_cues() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = table("yen_cues")
    cues = {row["cue"]: row["code"] for row in rows}
    pattern = re.compile(r"\b(" + "|".join(re.escape(c) for c in cues) + r")\b")
    return pattern, cues


def resolve_yen(text: str) -> str:
    """The code a bare "¥" stands for in this passage: CNY when China cues outnumber Japan's."""
    pattern, cues = _yen_cues()
    counts = {"JPY": 0, "CNY": 0}
    for match in pattern.finditer(text):
        counts[cues[match.group(1)]] += 1
    return "CNY" if counts["CNY"] > counts["JPY"] else "JPY"
