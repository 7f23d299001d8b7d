"""Numerals, scale words and spelled numbers -> float."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from text_to_num import text2num

from econfacts._data import alternation, table

# Digits with thousands separators (commas, or the no-break / thin spaces of "1 000"), Indian lakh
# grouping, or none; an optional decimal part. Matches "1,300", "5,00,000", "1\u00a0000", "60.6", ".5".
# Not the digits of scientific notation ("1e999") or of a code.
VULGAR_FRACTIONS = "½¼¾⅓⅔⅛⅜⅝⅞"
_BEFORE_PERCENT = r"(?=\s?(?:%|per|pc|pct|percentage)\b|%)"  # a fraction alone is read only as a share of a percent
DIGITS = (r"(?:\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d,]|\.\d)"  # thousands dots and a decimal comma: "1.199,99 €", "1.234,5"
          r"|\d{1,3}(?:\.\d{3})*[,.]-(?![\d-])|\d+[,.]-(?![\d-])"  # a whole price with a dash for cents: "2.999,- €", "CHF 12.-"
          rf"|\d+[{VULGAR_FRACTIONS}]"  # a vulgar fraction after the whole number: "2½%"
          r"|\d+[ -](?:[12]/3|[13]/4|[1357]/8|1/2|(?:[1-9]|1[0-5])/16|[1-9]\d?/32)(?![\d/])"  # a mixed fraction: "98 1/2", "5 3/8 per cent"
          rf"|(?<![\d/.])(?:[12]/3|[13]/4|[1357]/8|1/2)(?![\d/]){_BEFORE_PERCENT}"  # a fraction of a percent: "1/2%"
          rf"|(?<!\d)[{VULGAR_FRACTIONS}]{_BEFORE_PERCENT}"  # "½%", "¼ per cent"
          r"|\d{1,3}(?:\.\d{3}){2,}(?![\d,]|\.\d)"  # two or more groups of thousands dots: "Rp 1.000.000"
          r"|\d{1,3}(?:['’]\d{3})+(?![\d'’])"  # Swiss thousands apostrophes: "CHF 1'299.00"
          r"|\d{1,3}(?: \d{3})+,\d{1,2}(?![\d,.])(?= ?{after_spaces})"  # spaces and a decimal comma: "1 299,00 zł"
          r"|\d{1,3}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+"
          r"|\d{1,3}(?: \d{3})+(?=\.\d)"  # thousands grouped by plain spaces, with decimals: "€1 741.9 bn"
          r"|(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,])(?= ?{after_spaces})"  # or before a currency or unit: "12 000 SEK"
          r"|\d+,\d{1,2}(?![\d,])"  # a decimal comma: "6,5 per cent", "$44,10"
          r"|\d+)(?:\.\d+)?|(?<![^\W\d_])(?<!\.)\.\d+")  # ".5", not the ".1" of "Rs.1,500"


def digits_pattern(capitalised: list[str]) -> str:
    """DIGITS, where thousands grouped by plain spaces must stand before a currency symbol, a
    lower-case word, or one of the `capitalised` currency codes, symbols, units and scales ("12 000
    SEK", "2 299 Kč", "12 000 MW"): "40 737 MAX jets" is 40 jets of a model, not 40,737 of them."""
    words = "|".join(sorted(map(re.escape, capitalised), key=len, reverse=True))
    after = rf"(?:(?![A-Z])[^\W\d_]|[€$£¥₹₽]|(?:{words})(?![\w]))"
    return DIGITS.replace("{after_spaces}", after)


MAX_DIGITS = 18  # more digits than any economic figure has: a code or garbage, never a value
# Full-width digits and marks ("€１.５bn") read as their ASCII forms; one character for one, so
# offsets stay those of the text.
FULL_WIDTH = str.maketrans({chr(0xFF10 + k): str(k) for k in range(10)} | {"．": ".", "，": ",", "％": "%"})


@cache
def _number_words() -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for row in table("number_words"):
        roles.setdefault(row["role"], []).append(row["word"])
    return roles


def spelled_pattern() -> str:
    """Regex for a spelled cardinal: "seven", "twenty-six", "two hundred", "ninety nine"."""
    w = _number_words()
    unit, teen, tens = alternation(w["unit"]), alternation(w["teen"]), alternation(w["tens"])
    small = rf"(?:(?:{tens})(?:[-\s](?:{unit}))?|{teen}|{unit})"
    decimals = rf"(?:\s+point(?:\s+(?:{unit}|zero))+)?"  # "one point five", "two point zero five"
    return (rf"(?:(?:{small}(?:\s+hundred(?:\s+(?:and\s+)?{small})?)?|a\s+hundred(?:\s+(?:and\s+)?{small})?){decimals}"  # "a hundred and fifty"
            rf"|zero\s+point(?:\s+(?:{unit}|zero))+)")  # "zero point five"


@cache
def scales() -> dict[str, tuple[float, str]]:
    """Scale word (lower case) -> (multiplier, form)."""
    return {row["word"].lower(): (float(row["multiplier"]), row["form"]) for row in table("scales")}


@cache
def dot_grouped_scales() -> frozenset[str]:
    """Scale words of languages that write a decimal comma: a dot before them groups thousands."""
    return frozenset(row["word"].lower() for row in table("scales") if row["dot_groups"] == "yes")


def scale_of(word: str) -> float:
    """Multiplier of a scale word or abbreviation ("bn" -> 1e9, "crore" -> 1e7)."""
    return scales()[word.lower()][0]


_FRACTIONS = frozenset(VULGAR_FRACTIONS)
_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009'’]")
_DECIMAL_COMMA = re.compile(r",(?P<decimals>\d{1,2})$")  # "6,5", "1.199,99", "1 299,00": the comma is the decimal mark
_DOTS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")  # "1.000.000"
_MIXED = re.compile(r"(?P<whole>\d+)[ -](?P<num>\d+)/(?P<den>\d+)")  # "98 1/2"
_FRACTION = re.compile(r"(?P<num>\d)/(?P<den>\d)")  # "1/2"
_THOUSAND_DOT = re.compile(r"[1-9]\d{0,2}\.000")


def thousands_dot(text: str) -> bool:
    """Whether a numeral is thousands written with a dot ("25.000"): no one writes three zero
    decimals on a whole number, except before a scale ("1.000 billion")."""
    return _THOUSAND_DOT.fullmatch(text) is not None


def parse_number(text: str) -> float:
    """Value of a numeral ("1,300", "5,00,000", "1.1", "1.199,99", "98 1/2", "2½") or a spelled
    cardinal ("twenty-six", "a hundred and fifty")."""
    if text.endswith((",-", ".-")):  # "2.999,-", "12.-": a whole amount, its dots group thousands
        return float(_SEPARATORS.sub("", text[:-2]).replace(".", ""))
    comma = _DECIMAL_COMMA.search(text)
    if comma:  # every mark before a decimal comma groups thousands
        return float(_SEPARATORS.sub("", text[: comma.start()]).replace(".", "") + "." + comma["decimals"])
    if _DOTS.fullmatch(text):
        return float(text.replace(".", ""))
    mixed = _MIXED.fullmatch(text)
    if mixed:
        return int(mixed["whole"]) + int(mixed["num"]) / int(mixed["den"])
    if text[-1:] in _FRACTIONS and (text[:-1].isdigit() or not text[:-1]):  # "2½", "½"
        return (int(text[:-1]) if text[:-1] else 0) + unicodedata.numeric(text[-1])
    fraction = _FRACTION.fullmatch(text)
    if fraction:  # "1/2" (of a percent)
        return int(fraction["num"]) / int(fraction["den"])
    stripped = _SEPARATORS.sub("", text)
    if stripped and (stripped[0].isdigit() or stripped[0] == "."):
        return float(stripped)
    words = text.lower().replace("-", " ")
    if words.startswith("a "):
        words = "one " + words[2:]  # "a hundred and fifty"
    whole, point, decimals = words.partition(" point ")
    if point:  # "one point five": the digits after "point" one word each
        digits = "".join("0" if word == "zero" else str(text2num(word, "en")) for word in decimals.split())
        return float(f"{0 if whole == 'zero' else text2num(whole, 'en')}.{digits}")
    return float(text2num(words, "en"))
