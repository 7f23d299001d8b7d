"""Sentence -> Mention: the figures in a text with exact spans, values, units and hedges.

The grammar works around each number it finds: it looks left for a currency symbol and a
hedge, right for a scale word, a percent sign, a currency name, a unit or a counted noun.
Then it joins neighbours into ranges ("$60-$65", "between 10% and 15%") and shared-unit lists
("5, 10 or 25 percent"). Every word list comes from the data tables (econfacts/data).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from econfacts import currencies
from econfacts._data import alternation, table
from econfacts.numerals import DIGITS, MAX_DIGITS, parse_number, scale_of, scales, spelled_pattern


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure in a text: span, kind, value or bounds, unit and what qualifies it."""

    start: int
    end: int
    kind: str  # money | percent | quantity | count
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # exact | approx | min | max | range | vague
    unit: str
    per: str | None = None
    change: str | None = None


@dataclass(slots=True)
class _Draft:
    """A figure being read: mutable while the grammar works on it."""

    start: int
    end: int
    kind: str | None  # None: a bare number that may join a range or list
    value: float | None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    scale: float = 1.0
    has_scale: bool = False
    per: str | None = None
    change: str | None = None
    spelled: bool = False


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Words that end a counted noun phrase: a noun phrase never runs through them.
_FUNCTION_WORDS = frozenset(
    "of the a an and or to in on at for by with from per than as that which who whom whose"
    " was were is are be been being have has had will would could may might can shall should"
    " also not no its their his her our your my this these those it they he she we you i"
    " more less most least over under about some other such into onto out up down off"
    " if but so then there here when where while after before since until ago".split()
)
# A capitalised word right before a bare number makes it part of a name ("Section 232",
# "Boeing 737"), unless the word is one of these sentence openers.
_OPENERS = frozenset(
    "The A An About Around Nearly Almost Some Over Only Just And But All Roughly More Less"
    " At Up With In Of For By From To Than Another Those These Its Their His Her Our".split()
)
_ONE_LIMITERS = re.compile(r"\b(?:only|just|single|exactly|than|least)\s+$", re.I)
_SPELLED = spelled_pattern()


@cache
def _grammar() -> dict[str, re.Pattern[str]]:
    """The compiled patterns, built once from the data tables."""
    scale_rows = scales()
    words = [w for w, (_, form) in scale_rows.items() if form == "word"]
    abbrevs = [w for w, (_, form) in scale_rows.items() if form == "abbrev"]
    letters = [w for w, (_, form) in scale_rows.items() if form == "letter"]
    vague = {row["phrase"]: row for row in table("vague")}
    vmods = alternation([p for p, r in vague.items() if r["form"] == "modifier"])
    vscales = alternation([p for p, r in vague.items() if r["form"] == "scale"])

    prefixes = list(currencies.symbols()) + sorted(currencies.iso_codes())
    names = list(currencies.names())

    percent_alts = []
    for row in table("percent_units"):
        alias = re.escape(row["alias"]).replace(r"\ ", r"\s+")
        percent_alts.append(alias if len(row["alias"]) <= 3 else f"(?i:{alias})")
    unit_alts = []
    for row in table("units"):
        alias = re.escape(row["alias"]).replace(r"\ ", r"\s+")
        unit_alts.append(f"(?i:{alias})" if row["alias"].islower() and len(row["alias"]) > 3 else alias)

    def by_length(alts: list[str]) -> str:
        return "|".join(sorted(alts, key=len, reverse=True))

    return {
        # A figure's anchor. Matches "1,300", "5,00,000", "Seven", "hundreds of billions of ".
        "anchor": re.compile(
            rf"(?P<vague>\b(?i:(?:(?P<vmod>{vmods})(?:\s+of\s+(?P<vscale1>{vscales}))?|(?P<vscale2>{vscales}))\s+of\s+))"
            rf"|(?P<digits>(?<![\d.,])(?<!\d[eE])(?<!\d[eE][+-])(?:{DIGITS})(?![eE][+-]?\d))"
            rf"|(?P<half>\b(?i:half)\s+an?(?=\s+(?:{alternation(words)})\b))"
            rf"|(?P<spelled>\b(?i:{_SPELLED})\b)"
        ),
        # Scale after a numeral. Matches " billion", "bn", " bn", "m" (letters only attached).
        "scale": re.compile(
            rf"(?:\s+(?P<word>(?i:{alternation(words)}))\b"
            rf"|[\s-]?(?P<abbrev>(?i:{alternation(abbrevs)}))\b"
            rf"|(?P<letter>(?i:{alternation(letters)}))\b)"
        ),
        # Currency before a numeral, searched so that it ends at the numeral: "US$", "Rs ", "USD ".
        "prefix": re.compile(rf"(?<![A-Za-z])(?P<cur>{alternation(prefixes)})[\s\u00a0]?$"),
        # Currency name or code after the figure. Matches " dollars", " Canadian dollars", " USD".
        "suffix": re.compile(
            rf"[\s-]+(?P<cur>(?i:{alternation(names)})|{alternation(sorted(currencies.iso_codes()))})\b"
        ),
        # Percent after a numeral. Matches "%", " per cent", "-percent", " percentage points".
        "percent": re.compile(rf"(?:\s?|\s*-|\s+)(?P<alias>{by_length(percent_alts)})(?![A-Za-z])"),
        # Unit after a figure, then an optional "of oil per day". Matches " barrels", "bcm", " tons".
        "unit": re.compile(
            rf"(?:\s*|-)(?P<alias>{by_length(unit_alts)})(?![A-Za-z])"
            r"(?:(?P<material>\s+of\s+[a-z]+(?:\s+[a-z]+)?)?"
            r"(?P<rate>\s+(?:per|a|an|each)\s+|\s*/\s*)(?P<rate_unit>day|year|month|week|annum|hour|d|y)\b"
            r"(?!\s+(?:earlier|ago|before|later|after)\b))?"
        ),
        # Rate written against money. Matches " per barrel", " a year", "-per-barrel".
        "money_per": re.compile(
            r"(?:\s+|-)(?:per|a|an|each)(?:\s+|-)(?P<per>barrel|tonne|ton|day|year|month|week|share"
            r"|person|head|unit|kilogram|kg|litre|liter|gallon|ounce|MWh|hour|annum|vehicle|car)\b"
            r"(?!\s+(?:earlier|ago|before|later|after)\b)"  # "a year earlier" dates, it is no rate
        ),
        # A rate word later in the clause. Matches "annually", "each year".
        "clause_per": re.compile(
            r"^[^.;,—–]*?\b(?P<per>annually|per annum|(?:a|per|each|every) (?:year|month|day))\b"
        ),
        "word": re.compile(r"[ \t\u00a0]+(?P<w>(?:[A-Z]\.){2}(?![A-Z])|[A-Za-z][A-Za-z’'-]*)"),
        "conj": re.compile(r"(?P<more>(?:,\s*[a-z]+)*),?\s+(?:and|or)\s+(?P<last>[a-z]+)\b"),
        "of_the": re.compile(r"\s+of\s+(?:the|its|their|these|those)\s+"),
        "month_before": re.compile(rf"\b{_MONTHS}\.?\s+$"),
        "month_after": re.compile(rf"\s+{_MONTHS}\b"),
        "attached_before": re.compile(r"(?:[A-Za-z]|[A-Za-z]-|[#/])$"),
        # A currency symbol or an attached ISO code after the number: "500 €", "10 $", "115USD".
        "symbol_after": re.compile(
            rf"(?:[\s\u00a0]?(?P<sym>{alternation([c for c in currencies.symbols() if len(c) == 1])})(?![\w$])(?!\s*[\d.])"
            rf"|(?P<code>{alternation(sorted(currencies.iso_codes()))})\b)"
        ),
        # Hundredths after the number: "50 cents", "470 pence", "164p", "20 kopecks".
        "subunit": re.compile(
            rf"(?:[\s-]+(?P<sub>{alternation([a for a in currencies.subunits() if len(a) > 1])})|(?P<p>p))\b(?![$£€])"
        ),
        # The cents of an amount in words: "3 dollars 50 cents", "thirteen dollars and forty-five cents".
        "cents_after": re.compile(
            rf"\s+(?:and\s+)?(?P<c>\d{{1,2}}|{_SPELLED})\s+(?P<w>cents?|pence)\b|\s+(?P<bare>\d{{2}})(?=\s*(?:[.,;:)]|$))"
        ),
        # A sign before a number: "-1.3%", "(−0.4pp", "minus 0.3 per cent", "+0.4pp".
        "sign": re.compile(r"(?:(?<![\w.,%)-])(?P<s>[-−+])|\b(?P<w>minus|plus)\s+)$", re.IGNORECASE),
        "compound_after": re.compile(r"-[A-Za-z]"),
        "letter_after": re.compile(r"[A-Za-z]"),
        "ordinal_after": re.compile(r"(?:st|nd|rd|th)\b"),
        "time_after": re.compile(r"(?::\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|ET\b))"),
        "capital_before": re.compile(r"\b(?P<w>[A-Z][A-Za-z&]*\.?)\s+$"),
        "range_gap": re.compile(r"^(?:\s*[-–]\s*|\s+to\s+(?:as\s+(?:high|much|many|low)\s+as\s+)?|\s+and\s+)$"),
        "list_last_gap": re.compile(r"^,?\s+(?:or|and|0r)\s+$"),
        "list_gap": re.compile(r"^,\s*$"),
        "between_before": re.compile(r"\bbetween\s+$", re.I),
        "from_before": re.compile(r"\b(?P<lead>rang(?:e|es|ed|ing)\s+|anywhere\s+|vary(?:ing)?\s+)?from\s+$", re.I),
        "bracket_gap": re.compile(r"^\s*\(\s*$"),
    }


@cache
def _hedges() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    rows = table("hedges")
    quals = {row["phrase"].lower(): row["qualifier"] for row in rows}
    before = [r["phrase"] for r in rows if r["position"] == "before"]
    after = [r["phrase"] for r in rows if r["position"] == "after"]
    before_re = re.compile(rf"(?<![\w])(?P<h>(?i:{alternation(before)}))\s*$")
    after_re = re.compile(rf"\s*(?P<h>(?i:{alternation(after)}))(?![\w])")
    return before_re, after_re, quals


@cache
def _change_words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in table("change"):
        out.setdefault(row["position"], {})[row["word"]] = row["direction"]
    return out


@cache
def _change_patterns() -> dict[str, re.Pattern[str]]:
    words = _change_words()
    verbs = alternation(list(words["verb"]))
    return {
        # "fell 3.2%", "decline by nearly 30 per cent", "cut its forecast by ¥1.4 trillion".
        "verb": re.compile(
            rf"\b(?P<w>{verbs})(?:\s+by)?\s+$|\b(?P<w2>{verbs})\b[^.,;:!?()—]{{0,40}}?\bby\s+$", re.I
        ),
        # "make up 40 percent" is no rise.
        "phrasal": re.compile(rf"\b(?:{alternation(list(words['phrasal']))})\s+$", re.I),
        # "down 11%", "up 5%".
        "adverb": re.compile(rf"\b(?P<w>{alternation(list(words['adverb']))})\s+$", re.I),
        # "a 30 per cent decline", "a ¥1.4 trillion ($9.5 billion) hit".
        "noun": re.compile(
            rf"^(?:\s*\([^)]*\))?\s+(?P<w>{alternation(list(words['noun']))})\b", re.I
        ),
        # "$500 million more than expected".
        "comparative": re.compile(
            rf"^\s+(?P<w>{alternation(list(words['comparative']))})\s+than\b", re.I
        ),
    }


@cache
def _count_stop() -> frozenset[str]:
    return frozenset(row["word"] for row in table("count_stop"))


@cache
def _inflect():
    """inflect's engine. inflect wraps its methods in typeguard's @typechecked, which re-parses the
    module's source once per method at import: 2 s of start-up in every process and worker. We
    call it with plain strings only, so it is imported with that decorator as a no-op."""
    import typeguard

    checked = typeguard.typechecked
    typeguard.typechecked = lambda target=None, **_: target if target is not None else (lambda f: f)
    try:
        import inflect
    finally:
        typeguard.typechecked = checked
    return inflect.engine()


@cache
def singular(word: str) -> str | None:
    """Singular of a plural noun ("countries" -> "country"), None if the word is not plural."""
    lower = word.lower()
    if lower in _count_stop() or lower in _FUNCTION_WORDS or len(lower) < 3:
        return None
    result = _inflect().singular_noun(lower)
    return result or None


def _unit_table() -> dict[str, tuple[str, float]]:
    return _units()


@cache
def _units() -> dict[str, tuple[str, float]]:
    out = {}
    for row in table("units"):
        key = row["alias"] if not (row["alias"].islower() and len(row["alias"]) > 3) else row["alias"].lower()
        out[key] = (row["unit"], float(row["factor"]))
    return out


@cache
def _percent_units() -> dict[str, tuple[str, float]]:
    return {
        re.sub(r"\s+", " ", row["alias"].lower()): (row["unit"], float(row["factor"]))
        for row in table("percent_units")
    }


_RATE_UNITS = {"d": "day", "y": "year", "annum": "year"}


def find_mentions(text: str, yen: str | None = None) -> list[Mention]:
    """All figures in `text` (a sentence or passage), in order; offsets index `text`."""
    g = _grammar()
    yen_code = yen or currencies.resolve_yen(text)
    drafts: list[_Draft] = []
    pos = 0
    while True:
        match = g["anchor"].search(text, pos)
        if not match:
            break
        draft = _read_anchor(text, match, g, yen_code)
        if draft is None:
            pos = match.end()
            continue
        drafts.append(draft)
        pos = max(draft.end, match.end())
    drafts = _join(text, drafts, g)
    mentions = []
    for i, draft in enumerate(drafts):
        if draft.kind is None:
            continue
        next_start = drafts[i + 1].start if i + 1 < len(drafts) else len(text)
        mentions.append(_finish(text, draft, next_start))
    return _share_brackets(text, mentions)


def _read_anchor(text: str, m: re.Match[str], g: dict[str, re.Pattern[str]], yen: str) -> _Draft | None:
    draft = _read_unsigned(text, m, g, yen)
    if draft is None or not m.group("digits") or draft.kind is None:
        return draft
    sign = g["sign"].search(text, max(0, draft.start - 6), draft.start)
    if sign:  # "-1.3%", "minus 0.3 per cent": the sign is part of the figure
        negative = sign.group("s") in ("-", "−") or (sign.group("w") or "").lower() == "minus"
        draft.start = sign.start()
        if negative:
            draft.value = -draft.value if draft.value is not None else None
            draft.low, draft.high = (-draft.high, -draft.low) if draft.low is not None and draft.high is not None else (draft.low, draft.high)
    return draft


def _read_unsigned(text: str, m: re.Match[str], g: dict[str, re.Pattern[str]], yen: str) -> _Draft | None:
    if m.group("vague"):
        return _read_vague(text, m, g, yen)
    start, end = m.start(), m.end()
    if m.group("half"):
        value, spelled = 0.5, True
    elif m.group("spelled"):
        value, spelled = parse_number(m.group("spelled")), True
    else:
        if sum(c.isdigit() for c in m.group("digits")) > MAX_DIGITS:
            return None  # a code or garbage: no economic figure has that many digits
        value, spelled = parse_number(m.group("digits")), False

    # Currency written before the number ("$", "US$", "Rs ", "USD ").
    prefix = g["prefix"].search(text, max(0, start - 8), start)
    if prefix and not spelled:
        code = currencies.code_for(prefix.group("cur"))
        return _read_money(text, prefix.start(), end, value, code, g, yen, has_prefix=True)
    if g["ordinal_after"].match(text, end):
        return None  # 18th

    # Scale word after the number ("1.4 billion people", "3.7 trillion yuan").
    scale, pos, has_scale = _read_scale(text, end, g, allow_letter=False)
    value *= scale

    percent = g["percent"].match(text, pos)
    if percent:
        unit, factor = _percent_units()[re.sub(r"\s+", " ", percent.group("alias").lower())]
        return _Draft(start, percent.end(), "percent", value * factor, unit, spelled=spelled)
    unit = g["unit"].match(text, pos)
    if unit and not (unit.group("alias").lower().startswith("pound") and not unit.group("alias").endswith("of")):
        return _quantity(start, value, unit, spelled)
    suffix = g["suffix"].match(text, pos)
    if suffix:
        code = currencies.code_for(suffix.group("cur"))
        return _money_draft(text, start, suffix.end(), value, code, g)
    after = g["symbol_after"].match(text, pos)
    if after and not spelled:
        written = after.group("sym") or after.group("code")
        code = yen if written == "¥" else currencies.code_for(written)
        return _money_draft(text, start, after.end(), value, code, g)
    sub = g["subunit"].match(text, pos)
    if sub and not spelled and not has_scale:
        code = currencies.subunits()[(sub.group("sub") or sub.group("p")).lower()]
        return _money_draft(text, start, sub.end(), value / 100, code, g)

    if not spelled and g["attached_before"].search(text, max(0, start - 2), start):
        return None  # G7, FY2025, Covid-19, A320, #5
    if has_scale and not spelled:
        # "1.4 billion people": a scaled count; "10 million" alone stays a bare number.
        count = _read_count(text, pos, value, g)
        if count:
            return _Draft(start, count[0], "count", value, count[1], scale=scale, has_scale=True)
        return _Draft(start, pos, None, value, scale=scale, has_scale=True)

    if _is_not_a_figure(text, start, end, value, m, g, spelled):
        return None
    of_the = g["of_the"].match(text, end)
    if of_the and value != 1:
        # "Seven of the 29 sanctioned vessels": the count takes the noun that follows.
        after = of_the.end()
        inner = g["anchor"].match(text, after)
        noun_at = after
        if inner and (inner.group("digits") or inner.group("spelled")):
            noun_at = inner.end()
        count = _read_count(text, noun_at, 2.0, g)
        if count:
            return _Draft(start, end, "count", value, count[1], spelled=spelled)
    count = _read_count(text, end, value, g)
    if count:
        if value == 1 and not _ONE_LIMITERS.search(text, max(0, start - 12), start):
            return None  # "one" meaning "a": "one reporter", "one way or the other"
        return _Draft(start, count[0], "count", value, count[1], spelled=spelled)
    if spelled:
        return None
    return _Draft(start, end, None, value)


def _is_not_a_figure(
    text: str, start: int, end: int, value: float, m: re.Match[str], g: dict[str, re.Pattern[str]], spelled: bool
) -> bool:
    """Years, dates, times, names and compound adjectives ("three-hour") are not figures."""
    digits = m.group("digits") or ""
    if digits.isdigit() and len(digits) == 4 and 1800 <= value <= 2100:
        return True
    if g["month_before"].search(text, max(0, start - 12), start) or g["month_after"].match(text, end):
        return True
    if g["time_after"].match(text, end) or g["compound_after"].match(text, end) or g["letter_after"].match(text, end):
        return True
    capital = g["capital_before"].search(text, max(0, start - 30), start)
    if capital and capital.group("w").rstrip(".") not in _OPENERS and not spelled:
        return True  # Section 232, Boeing 737, S&P 500, No. 10
    return False


def _read_scale(text: str, pos: int, g: dict[str, re.Pattern[str]], allow_letter: bool) -> tuple[float, int, bool]:
    scale, found = 1.0, False
    while True:
        s = g["scale"].match(text, pos)
        if not s or (s.group("letter") and not allow_letter) or (found and not s.group("word")):
            return scale, pos, found
        scale *= scale_of(s.group("word") or s.group("abbrev") or s.group("letter"))
        pos, found = s.end(), True


def _read_money(
    text: str, start: int, num_end: int, value: float, code: str, g: dict[str, re.Pattern[str]], yen: str, has_prefix: bool
) -> _Draft:
    if code == "JPY" and text[start] == "¥":
        code = yen
    scale, pos, _ = _read_scale(text, num_end, g, allow_letter=True)
    suffix = g["suffix"].match(text, pos)
    if suffix and currencies.code_for(suffix.group("cur")) == code:
        pos = suffix.end()  # "$505.5 billion dollars"
    draft = _money_draft(text, start, pos, value * scale, code, g)
    draft.has_scale = scale != 1.0
    draft.scale = scale
    return draft


def _money_draft(text: str, start: int, end: int, value: float, code: str, g: dict[str, re.Pattern[str]]) -> _Draft:
    cents = g["cents_after"].match(text, end)
    if cents and float(value).is_integer() and (cents.group("c") or cents.group("bare")):
        hundredths = cents.group("c") or cents.group("bare")
        value += parse_number(hundredths) / 100  # "3 dollars 50 cents" is one amount
        end = cents.end()
    draft = _Draft(start, end, "money", value, code)
    per = g["money_per"].match(text, end)
    if per:
        draft.end, draft.per = per.end(), per.group("per").lower()
    return draft


def _quantity(start: int, value: float, unit: re.Match[str], spelled: bool) -> _Draft:
    alias = unit.group("alias")
    key = alias if alias in _units() else re.sub(r"\s+", " ", alias.lower())
    pint_unit, factor = _units()[key]
    end = unit.end("alias")
    if unit.group("rate_unit"):
        rate = unit.group("rate_unit")
        pint_unit = f"{pint_unit} / {_RATE_UNITS.get(rate, rate)}"
        end = unit.end()
    return _Draft(start, end, "quantity", value * factor, pint_unit, spelled=spelled)


def _read_vague(text: str, m: re.Match[str], g: dict[str, re.Pattern[str]], yen: str) -> _Draft | None:
    rows = {row["phrase"]: row for row in table("vague")}
    mod, scale_word = m.group("vmod"), m.group("vscale1") or m.group("vscale2")
    low, high = 1.0, 1.0
    if mod:
        low, high = float(rows[mod.lower()]["low"]), float(rows[mod.lower()]["high"])
        if scale_word:
            factor = float(rows[scale_word.lower()]["low"])
            low, high = low * factor, high * factor
    else:
        low, high = float(rows[scale_word.lower()]["low"]), float(rows[scale_word.lower()]["high"])
    start, pos = m.start(), m.end()
    name = g["suffix"].match(text, pos - 1)
    if name:
        code = currencies.code_for(name.group("cur"))
        return _Draft(start, name.end(), "money", None, code, low=low, high=high, qualifier="vague")
    count = _read_count(text, pos - 1, 2.0, g)
    if count:
        return _Draft(start, count[0], "count", None, count[1], low=low, high=high, qualifier="vague")
    return None


def _read_count(text: str, pos: int, value: float, g: dict[str, re.Pattern[str]]) -> tuple[int, str] | None:
    """End and unit of the counted noun phrase after `pos` ("29 shadow vessels" -> "vessel")."""
    words: list[re.Match[str]] = []
    at = pos
    while len(words) < 3:
        w = g["word"].match(text, at)
        if not w:
            break
        words.append(w)
        at = w.end()
    for i, w in enumerate(words):
        word = w.group("w")
        lower = word.lower()
        if lower in _FUNCTION_WORDS or lower in _count_stop():
            return None
        if value == 1 and word.islower():
            return w.end(), lower
        head = singular(word) if word.islower() or word.lower() == "people" else None
        if head:
            end, units = w.end(), [head]
            conj = g["conj"].match(text, end)
            if conj:
                more = [p.strip() for p in conj.group("more").split(",") if p.strip()]
                parts = [singular(p) for p in [*more, conj.group("last")]]
                if all(parts):
                    end, units = conj.end(), units + [p for p in parts if p]
            unit = units[0] if len(units) == 1 else ", ".join(units[:-1]) + " and " + units[-1]
            return end, unit
        if not (word.islower() or word[0].isupper()) or i == 2:
            return None
    return None


def _join(text: str, drafts: list[_Draft], g: dict[str, re.Pattern[str]]) -> list[_Draft]:
    """Ranges ("$60-65", "between 10% and 15%") and shared-unit lists ("5, 10 or 25 percent")."""
    out: list[_Draft] = []
    i = 0
    while i < len(drafts):
        a = drafts[i]
        b = drafts[i + 1] if i + 1 < len(drafts) else None
        if b is not None and _joinable(a, b):
            gap = text[a.end : b.start]
            between = g["between_before"].search(text, max(0, a.start - 12), a.start)
            if g["range_gap"].match(gap) and (not gap.strip() == "and" or between):
                frm = g["from_before"].search(text, max(0, a.start - 30), a.start)
                if frm and not frm.group("lead"):
                    # "from 10 to 25 percent" describes a change: two facts, the unit shared.
                    out.append(_adopt(a, b, share_scale=False))
                    i += 1
                    continue
                out.append(_range(text, a, b, g))
                i += 2
                continue
        out.append(a)
        i += 1
    return _lists(text, out, g)


def _joinable(a: _Draft, b: _Draft) -> bool:
    if a.kind is None and b.kind is None:
        return False
    if a.kind and b.kind:
        return a.kind == b.kind and a.unit == b.unit and a.qualifier != "vague" and b.qualifier != "vague"
    return (a.kind or b.kind) in ("money", "percent", "quantity")


def _adopt(bare: _Draft, model: _Draft, share_scale: bool) -> _Draft:
    """A bare number that takes the kind and unit of its neighbour."""
    value = bare.value
    if share_scale and not bare.has_scale and model.has_scale and value is not None:
        value *= model.scale
    return replace(bare, kind=model.kind, unit=model.unit, value=value)


def _range(text: str, a: _Draft, b: _Draft, g: dict[str, re.Pattern[str]]) -> _Draft:
    model = b if b.kind else a
    end, per = b.end, b.per or a.per
    if model.kind == "money" and per is None:
        rate = g["money_per"].match(text, end)  # "$60-65 a barrel"
        if rate:
            end, per = rate.end(), rate.group("per").lower()
    low, high = a.value, b.value
    if not a.has_scale and b.has_scale and low is not None:
        low *= b.scale  # "$4-5 billion", "60-70 million barrels"
    if a.has_scale and not b.has_scale and high is not None and b.kind is None:
        high *= a.scale  # "€1bn-2bn" written as "€1bn-2"
    return _Draft(
        a.start, end, model.kind, None, model.unit, low=low, high=high, qualifier="range",
        scale=model.scale, has_scale=model.has_scale, per=per,
    )


def _lists(text: str, drafts: list[_Draft], g: dict[str, re.Pattern[str]]) -> list[_Draft]:
    for j, b in enumerate(drafts):
        if b.kind is None or j == 0:
            continue
        k = j - 1
        gap = text[drafts[k].end : b.start]
        if drafts[k].kind is not None or not g["list_last_gap"].match(gap):
            continue
        if g["between_before"].search(text, max(0, drafts[k].start - 12), drafts[k].start):
            continue
        members = [k]
        while members[-1] > 0:
            prev = members[-1] - 1
            if drafts[prev].kind is None and g["list_gap"].match(text[drafts[prev].end : drafts[members[-1]].start]):
                members.append(prev)
            else:
                break
        for idx in members:
            drafts[idx] = _adopt(drafts[idx], b, share_scale=True)
    return drafts


def _finish(text: str, d: _Draft, next_start: int) -> Mention:
    """Hedge, rate and direction of a draft, from the words around it."""
    before_re, after_re, quals = _hedges()
    qualifier = d.qualifier
    left_end = d.start
    hedge = before_re.search(text, max(0, d.start - 25), d.start)
    if hedge:
        left_end = hedge.start()
        if qualifier == "exact":
            qualifier = quals[hedge.group("h").lower()]
    after = after_re.match(text, d.end)
    if after and qualifier == "exact":
        qualifier = quals[after.group("h").lower()]
    per = d.per
    if per is None and d.kind == "money":
        clause = _grammar()["clause_per"].match(text[d.end : next_start])
        if clause:
            per = clause.group("per").split()[-1].replace("annually", "year").replace("annum", "year")
    return Mention(
        d.start, d.end, d.kind or "count", d.value, d.low, d.high, qualifier, d.unit or "",
        per, _change(text, left_end, d.end),
    )


def _change(text: str, left_end: int, end: int) -> str | None:
    """up / down when the words around the figure make it a rise or a fall."""
    p = _change_patterns()
    words = _change_words()
    left = text[max(0, left_end - 60) : left_end]
    adverb = p["adverb"].search(left)
    if adverb and not p["phrasal"].search(left):
        return words["adverb"][adverb.group("w").lower()]
    verb = p["verb"].search(left)
    if verb:
        return words["verb"][(verb.group("w") or verb.group("w2")).lower()]
    right = text[end : end + 60]
    noun = p["noun"].match(right)
    if noun:
        return words["noun"][noun.group("w").lower()]
    comparative = p["comparative"].match(right)
    if comparative:
        return words["comparative"][comparative.group("w").lower()]
    return None


def _share_brackets(text: str, mentions: list[Mention]) -> list[Mention]:
    """A converted amount in brackets ("¥1.4 trillion ($9.5 billion)") shares the main hedge."""
    g = _grammar()
    out = list(mentions)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.kind == b.kind == "money" and g["bracket_gap"].match(text[a.end : b.start]):
            out[i] = replace(b, qualifier=a.qualifier, change=a.change or b.change)
            if a.change is None and b.change:
                out[i - 1] = replace(a, change=b.change)
    return out
