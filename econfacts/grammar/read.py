"""Reading one figure around the number the anchor pattern found: a currency before it, a scale,
percent sign, unit, currency, subunit or counted noun after it; or nothing, when the number is a
year, a date, a time, part of a name or of a compound word."""
from __future__ import annotations

import re
from functools import cache

from econfacts import currencies
from econfacts.currencies import DocumentCurrencies
from econfacts.grammar.rules import Rules
from econfacts.grammar.types import Draft
from econfacts.numerals import MAX_DIGITS, dot_grouped_scales, parse_number, scale_of, thousands_dot


def read_figure(text: str, m: re.Match[str], r: Rules, local: DocumentCurrencies = DocumentCurrencies()) -> Draft | None:
    """The figure at anchor `m`, with its sign; None when the number is no figure. A bare number
    (kind None) may still join a range or a list. `local`: how the document's bare "¥", bare "$"
    and shared currency names read."""
    draft = _read_unsigned(text, m, r, local)
    if draft is not None and m.group("few"):  # "a few hundred vessels": one to ten times the scale
        if draft.kind is None or draft.kind == "percent":
            return None
        draft.low, draft.high, draft.value, draft.qualifier = draft.value, draft.value * 10, None, "vague"
        return draft
    if draft is None or not m.group("digits") or draft.kind is None:
        return draft
    sign = r.sign.search(text, max(0, draft.start - 6), draft.start)
    if sign and (sign.group("w") or "").lower() == "plus" and draft.kind != "percent":
        sign = None  # "plus 40 banks", "plus $50K in fees": a conjunction; "plus 0.4pp" is signed
    if sign:  # "-1.3%", "minus 0.3 per cent": the sign is part of the figure
        negative = sign.group("s") in ("-", "−") or (sign.group("w") or "").lower() == "minus"
        draft.start = sign.start()
        if negative:
            draft.value = -draft.value if draft.value is not None else None
            draft.low, draft.high = (-draft.high, -draft.low) if draft.low is not None and draft.high is not None else (draft.low, draft.high)
    return draft


def _read_unsigned(text: str, m: re.Match[str], r: Rules, local: DocumentCurrencies) -> Draft | None:
    if m.group("fpoint"):  # "a quarter-point": 0.25 percentage_point; "a tenth of a percent": 0.1 percent
        unit = "percent" if m.group("fpct") else "percentage_point"
        return Draft(m.start(), m.end(), "percent", _FRACTIONS[m.group("fw").lower().replace("-", " ").split()[-1]], unit, spelled=True)
    if m.group("vague"):
        return _read_vague(text, m, r, local)
    start, end = m.start(), m.end()
    if m.group("one"):  # "a billion dollars", "a million barrels"
        value, spelled = 1.0, True
    elif m.group("few"):  # "a few trillion yuan", "several hundred tankers": the scale words are read here
        value, spelled = 1.0, True
        for word in m.group("fscale").lower().split():
            value *= 100.0 if word == "hundred" else scale_of(word)
    elif m.group("half"):  # "half a million", "a quarter million", "three-quarters of a billion", "two-thirds of a trillion"
        words = m.group("half").lower().replace("-", " ").split()
        value, spelled = next(_FRACTIONS[w] for w in words if w in _FRACTIONS), True
    elif m.group("spelled"):
        value, spelled = parse_number(m.group("spelled")), True
    else:
        if sum(c.isdigit() for c in m.group("digits")) > MAX_DIGITS:
            return None  # a code or garbage: no economic figure has that many digits
        value, spelled = parse_number(m.group("digits")), False
        if _dot_groups(m.group("digits"), text, end, r):
            value *= 1000  # "25.000 €", "R$ 1.200 milhões"; not "1.000 billion"

    # Currency written before the number ("$", "US$", "Rs ", "USD ").
    prefix = r.prefix.search(text, max(0, start - 9), start)
    if prefix and not spelled:
        written, begins = prefix.group("cur"), prefix.start()
        digits = m.group("digits") or ""
        if (written in r.numbered_names and digits.isdigit() and len(digits) <= 2
                and not read_scale(text, end, r, allow_letter=True)[2]):
            return None  # "COP29", "COP 28": a numbered conference, not pesos
        if written == "A $" and not text[:begins].strip(" \t\n\"'“‘(["):
            written, begins = "$", begins + 2  # "A $500mn offset was booked": an article, not Australian dollars
        code = local.code(written)
        value, end = _spaced_groups(text, m, value, end)
        return _read_money(text, begins, end, -value if prefix.group("neg") else value, code, r, local)
    scaled_prefix = r.scaled_prefix.search(text, max(0, start - 1), start) if not spelled else None
    if scaled_prefix and read_scale(text, end, r, allow_letter=True)[2]:
        code = currencies.scaled_symbols()[scaled_prefix.group("cur")]
        return _read_money(text, scaled_prefix.start(), end, value, code, r, local)
    local_prefix = r.local_prefix.search(text, max(0, start - 4), start) if local.local and not spelled else None
    symbol = local_prefix and (local_prefix.group("cur") or local_prefix.group("spaced"))
    if symbol in local.local:  # "R18.20", "Sh129", "kr 1 995" in a story on their country
        digits = m.group("digits")
        # one letter needs three digits or a separator ("N1,500", not "N95 masks"); "Sh" two digits
        if len(digits) > 2 or not digits.isdigit() or (len(symbol) > 1 and len(digits) > 1):
            value, end = _spaced_groups(text, m, value, end)
            return _read_money(text, local_prefix.start(), end, value, local.local[symbol], r, local)
    if r.ordinal_after.match(text, end):
        return None  # 18th

    # "two and a half billion pounds", "2 and a half per cent": a half more, before a scale or percent
    half = _AND_A_HALF.match(text, end) if not m.group("half") else None
    if half and (read_scale(text, half.end(), r, allow_letter=False)[2] or r.percent.match(text, half.end())):
        value, end = value + 0.5, half.end()

    # Scale word after the number ("1.4 billion people", "3.7 trillion yuan").
    scale, pos, has_scale = read_scale(text, end, r, allow_letter=False)
    if not has_scale and not spelled:  # "3.5m euros", "5m tonnes": a letter scale before a currency name or a unit
        lettered, after_letter, found = read_scale(text, end, r, allow_letter=True)
        if found and (r.suffix.match(text, after_letter) or _unit_after(text, after_letter, r) or _counted_after_letter(text, after_letter, r)):
            scale, pos, has_scale = lettered, after_letter, True
    value *= scale

    percent = r.percent.match(text, pos)
    if percent and not spelled and (text[start - 1 : start].isalpha() or text[start - 1 : start] == "_" or _FILE_AFTER.match(text, percent.end())):
        return None  # "SAVE20%", "report_50%.pdf": a code or a file name, no figure
    if percent:
        written = percent.group("alias").lower()
        unit, factor = r.percent_units.get(re.sub(r"\s+", " ", written)) or r.percent_units[re.sub(r"[\s-]+", " ", written)]
        return Draft(start, percent.end(), "percent", value * factor, unit, spelled=spelled)
    unit = r.unit.match(text, pos)
    if unit and unit.group("alias").lower().startswith("pound") and _money_of(text, _after_of(text, unit.end("alias")), r):
        unit = None  # "20 billion pounds of spending": money, read below
    if unit and not (unit.group("alias").lower().startswith("pound") and not unit.group("alias").endswith("of")):
        if (text.startswith("-", pos) and not unit.group("rate") and r.noun_after.match(text, unit.end())
                and r.number_before.search(text, max(0, start - 20), start)):
            return None  # "28 million 60-kilogram bags": the number and unit describe the counted noun
        if spelled and value == 1 and not r.one_limiters.search(text, max(0, start - 12), start):
            return None  # "per one barrel", "one tonne of wheat costs": a unit, no amount
        return _quantity(start, value, unit, r, spelled, scale)
    named = r.shared_suffix.match(text, pos)
    if named and named.group("cur").lower() in local.shared:  # "33 billion dinars" in a text about Libya
        return money_draft(text, start, named.end(), value, local.shared[named.group("cur").lower()], r)
    suffix = r.suffix.match(text, pos) or (r.scaled_suffix.match(text, pos) if has_scale else None)
    sub = r.subunit.match(text, pos) if suffix and not has_scale and not spelled else None
    if sub and sub.group("sub") and sub.end() > suffix.end():  # "30 euro cents": hundredths of the currency named
        return money_draft(text, start, sub.end(), value / 100, currencies.subunits()[sub.group("sub").lower()], r)
    if suffix:
        if r.price_base.search(text, max(0, start - 20), start) and _is_year(m, value):
            return None  # "in 2024 dollars": the prices' base year, no amount
        if (text.startswith(" of ", suffix.end()) and suffix.group("cur").lower() in r.weights
                and not _money_of(text, _after_of(text, suffix.end()), r)):
            return None  # "two drams of whisky", "5 pounds of sugar": a weight, not money
        if suffix.group("cur").lower() in ("pound", "pounds") and _WEIGHED.search(text, max(0, start - 24), start):
            return Draft(start, suffix.end(), "quantity", value, "pound", spelled=spelled)  # "the parcel weighs 5 pounds"
        code = local.code(suffix.group("cur"))
        end = suffix.end()
        if not has_scale:  # "75 USD million"
            later, after_scale, found = read_scale(text, end, r, allow_letter=False)
            if found:
                value, end, scale, has_scale = value * later, after_scale, later, True
        draft = money_draft(text, start, end, value, code, r)
        draft.scale, draft.has_scale = scale, has_scale  # "3–3.5 trillion rubles": the range's low end takes the scale
        return draft
    after = r.symbol_after.match(text, pos)
    if after and not spelled:
        if after.group("scode"):  # "30 MUSD"
            return money_draft(text, start, after.end(), value * r.code_scales[after.group("scaled")], after.group("scode"), r)
        written = after.group("sym") or after.group("code")
        code = local.code(written)
        return money_draft(text, start, after.end(), value, code, r)
    sub = r.subunit.match(text, pos)
    if sub and not has_scale and (not spelled or sub.group("sub")):  # "fifty cents"; not the letter of "one p"
        written = (sub.group("sub") or sub.group("p")).lower()
        # "45c a share" in a text that writes Australian dollars; "US cents" stay US
        code = local.code("$") if written in currencies.bare_cents() else currencies.subunits()[written]
        return money_draft(text, start, sub.end(), value / 100, code, r)

    if not spelled and (r.attached_before.search(text, max(0, start - 2), start) or r.year_before.search(text, max(0, start - 6), start)):
        return None  # G7, FY2025, Covid-19, A320, #5; the "31" of "2030-31"
    if not spelled and not has_scale and _NUMBER_BEFORE.search(text, max(0, start - 2), start):
        return None  # "40 737 MAX jets", "3 500 Airbus jets": a model's number or an unread grouping; no count of 737 or 500
    if has_scale and not spelled:
        # "1.4 billion people": a scaled count; "10 million" alone stays a bare number.
        count = read_count(text, pos, value, r)
        if count:
            return Draft(start, count[0], "count", value, count[1], scale=scale, has_scale=True)
        counted = _counted_after_of(text, pos, r)  # "377 million of the world's poor"
        if counted:
            return Draft(start, pos, "count", value, counted, scale=scale, has_scale=True)
        return Draft(start, pos, None, value, scale=scale, has_scale=True)

    rough = _ROUGH_AFTER.match(text, end)
    if rough and not spelled:  # "300-odd vessels", "40-plus banks": the hedge, then the counted noun
        count = read_count(text, rough.end(), value, r)
        if count:
            qualifier = "approx" if (rough.group("w") or "").lower() == "odd" else "min"
            return Draft(start, count[0], "count", value, count[1], qualifier=qualifier)
    compound = r.compound_noun.match(text, end)
    if compound and not spelled and not _is_year(m, value):  # "the 27-member bloc", "a 336-room hotel": a count
        noun = compound.group("noun")
        if noun not in r.function_words and noun + "s" not in r.count_stop and noun not in r.count_stop:
            return Draft(start, compound.end(), "count", value, noun, spelled=spelled)
    if _is_not_a_figure(text, start, end, value, m, r, spelled):
        return None
    of_the = r.of_the.match(text, end)  # "Seven of the 29 vessels", "five of Australia's biggest beef processors"
    if of_the and value != 1:
        # "Seven of the 29 sanctioned vessels": the count takes the noun that follows.
        after_of = of_the.end()
        inner = r.anchor.match(text, after_of)
        noun_at = after_of - 1  # the counted noun's words are read from the space before them
        if inner and (inner.group("digits") or inner.group("spelled")):
            noun_at = inner.end()
        count = read_count(text, noun_at, 2.0, r)
        if count:
            return Draft(start, end, "count", value, count[1], spelled=spelled)
    if r.ratio_before.search(text, max(0, start - 24), start):
        return None  # "nine in ten firms", "one out of five tankers": a share, no count of ten or five
    count = read_count(text, end, value, r)
    if count:
        if value == 1 and not r.one_limiters.search(text, max(0, start - 12), start):
            return None  # "one" meaning "a": "one reporter", "one way or the other"
        return Draft(start, count[0], "count", value, count[1], spelled=spelled)
    antecedent = _counted_before(text, start, end, r) if value != 1 else None
    if antecedent:  # "several tankers, four of which", "Of the listed tankers, 11 are ...": the noun named before
        return Draft(start, end, "count", value, antecedent, spelled=spelled)
    if spelled:
        return None
    return Draft(start, end, None, value)


_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom|them|these|those)\b", re.IGNORECASE)
_OF_THE_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|\n)Of\s+(?:the|its|their|these|those)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)\s*,\s*$")
_WORD_BEFORE = re.compile(r"[A-Za-z][A-Za-z-]*")
_NUMBER_BEFORE = re.compile(r"\d[ \u00a0]$")


def _counted_before(text: str, start: int, end: int, r: Rules) -> str | None:
    """The counted noun of a number that names it only before: the last plural noun of the few
    words before "four of which" / "11 of them", or the noun of an opening "Of the listed
    tankers, 11 ..."; None otherwise."""
    if _OF_WHICH.match(text, end):
        for word in reversed(_WORD_BEFORE.findall(text, max(0, start - 80), start)[-8:]):
            if word.islower() and word not in r.function_words:
                noun = singular(word)
                if noun:
                    return noun
        return None
    opening = _OF_THE_BEFORE.search(text, max(0, start - 80), start)
    return singular(opening.group("noun")) if opening else None


def _counted_after_letter(text: str, pos: int, r: Rules) -> bool:
    """Whether a counted noun follows a letter scale ("1.8m cars", "6.2m people"), not a size ("1.8m tall men")."""
    word = r.word.match(text, pos)
    return (word is not None and text[pos - 1 : pos] in "mM" and text[pos : pos + 1] == " "  # "5k races" are a distance
            and word.group("w").lower() not in r.dimensions
            and read_count(text, pos, 2.0, r) is not None)


def _unit_after(text: str, pos: int, r: Rules) -> bool:
    """A unit word (not a weight's "pound", which may be money) after a space at `pos`."""
    unit = r.unit.match(text, pos)
    return bool(unit) and text[pos : pos + 1].isspace() and not unit.group("alias").lower().startswith("pound")


def _is_not_a_figure(text: str, start: int, end: int, value: float, m: re.Match[str], r: Rules, spelled: bool) -> bool:
    """Years, dates, times, names and compound adjectives ("three-hour") are not figures."""
    if _is_year(m, value):
        return True
    if r.month_before.search(text, max(0, start - 12), start) or r.month_after.match(text, end):
        return True
    if r.time_after.match(text, end) or r.compound_after.match(text, end) or r.letter_after.match(text, end):
        return True
    capital = r.capital_before.search(text, max(0, start - 30), start)
    if capital and capital.group("w").rstrip(".") not in r.openers and not spelled:
        return True  # Section 232, Boeing 737, S&P 500, No. 10
    if spelled and text[start].isupper() and text[:start].rstrip()[-1:] not in ("", ".", "!", "?", ":", "\n", "“", '"', "(", "—"):
        return True  # a capitalised number word inside a sentence is a name: "Group of Seven", "Big Three"
    return False


_AND_A_HALF = re.compile(r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b", re.IGNORECASE)  # "two and a half", "one-and-a-half"
_FRACTIONS = {"quarters": 0.75, "quarter": 0.25, "half": 0.5, "thirds": 2 / 3, "third": 1 / 3, "tenths": 0.2, "tenth": 0.1}


def _is_year(m: re.Match[str], value: float) -> bool:
    digits = m.group("digits") or ""
    return digits.isdigit() and len(digits) == 4 and 1800 <= value <= 2100


def read_scaled_end(text: str, m: re.Match[str], before: Draft, r: Rules) -> Draft | None:
    """The bare end of a money range after a letter scale ("€1.5bn-2bn", "$3m to 4m"): a number
    with a letter scale of its own, right after a scaled amount and a dash or "to", larger than it;
    its kind and unit come from the range. None for anything else ("2m" alone may be two metres)."""
    if not m.group("digits") or text[before.end : m.start()].strip() not in ("-", "–", "to"):
        return None
    scale, end, found = read_scale(text, m.end(), r, allow_letter=True)
    if not found:
        return None
    value = parse_number(m.group("digits")) * scale
    if before.value is None or value <= before.value:
        return None  # the upper end of a range is the larger
    return Draft(m.start(), end, None, value, None, scale=scale, has_scale=True)


def _spaced_groups(text: str, m: re.Match[str], value: float, end: int) -> tuple[float, int]:
    """(value, end) of a number with its thousands grouped by plain spaces after a currency written
    before it ("SEK 1 995 000", was "SEK 1"); the number as read when it has no such groups."""
    spaced = _SPACED_GROUPS.match(text, end) if _FIRST_GROUP.fullmatch(m.group("digits") or "") else None
    if spaced is None:
        return value, end
    return float(m.group("digits") + spaced.group(0).replace(" ", "")), spaced.end()


_ONE_DOT_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def _dot_groups(digits: str, text: str, pos: int, r: Rules) -> bool:
    """Whether the dot of `digits` (ending at `pos`) groups thousands: "25.000" with no scale word
    after it, or any "1.200" before a scale word of a language that writes a decimal comma
    ("R$ 1.200 milhões"); not "1.000 billion", "1.250 euros"."""
    if not _ONE_DOT_GROUP.fullmatch(digits):
        return False
    s = r.scale.match(text, pos)
    if s is None:
        return thousands_dot(digits)
    return (s.group("word") or s.group("abbrev") or s.group("letter")).lower() in dot_grouped_scales()


def read_scale(text: str, pos: int, r: Rules, allow_letter: bool) -> tuple[float, int, bool]:
    """(multiplier, end, whether any) of the scale words at `pos`: "billion", "bn", "m"."""
    scale, found = 1.0, False
    while True:
        s = r.scale.match(text, pos)
        if not s or (s.group("letter") and not allow_letter) or (found and not s.group("word")):
            return scale, pos, found
        scale *= scale_of(s.group("word") or s.group("abbrev") or s.group("letter"))
        pos, found = s.end(), True


_DECADE_PARTS = {"": (0, 9), "low": (0, 4), "lower": (0, 4), "mid": (3, 7), "middle": (3, 7), "high": (5, 9), "upper": (5, 9)}


def _read_money(text: str, start: int, num_end: int, value: float, code: str, r: Rules, local: DocumentCurrencies) -> Draft:
    decade = r.decade.match(text, num_end)
    if decade and 10 <= value <= 90 and float(value).is_integer() and value % 10 == 0:
        # "the low $70s": a price somewhere in that ten
        part = r.decade_part.search(text, max(0, start - 12), start)
        low, high = _DECADE_PARTS[part.group("p").lower() if part else ""]
        draft = money_draft(text, start, decade.end(), value, code, r)
        draft.value, draft.low, draft.high, draft.qualifier = None, value + low, value + high, "range"
        return draft
    fraction = r.cent_fraction.match(text, num_end) if text[num_end - 3 : num_end - 2] == "." else None
    if fraction and int(fraction.group("n")) < int(fraction.group("d")):  # "$6.98-1/4 a bushel": grain quotes
        cents = int(fraction.group("n")) / int(fraction.group("d")) / 100
        value, num_end = round(value + (cents if value >= 0 else -cents), 6), fraction.end()
    scale, pos, _ = read_scale(text, num_end, r, allow_letter=True)
    suffix = r.suffix.match(text, pos)
    if suffix and local.code(suffix.group("cur")) == code:
        pos = suffix.end()  # "$505.5 billion dollars"
    if text[start] == "$" and code == local.dollar:
        whose = r.dollar_after.match(text, pos)
        if whose:  # "$2 billion Canadian", "$16.6 billion in Canadian dollars"
            code = currencies.dollar_demonyms()[whose.group("d")]
    draft = money_draft(text, start, pos, value * scale, code, r)
    draft.has_scale = scale != 1.0
    draft.scale = scale
    return draft


# Groups of three digits after a space, then no more digits, decimals or a fraction: the rest of
# "SEK 1 995 000" once its currency is known.
_FIRST_GROUP = re.compile(r"\d{1,3}")
_SPACED_GROUPS = re.compile(r"(?: \d{3})+(?![\d/]|[.,]\d)")
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w'’-]*)")


def _after_of(text: str, pos: int) -> int:
    """Past the " of " at `pos`, if there is one ("pounds| of spending")."""
    return pos + 4 if text.startswith(" of ", pos) else pos


def _money_of(text: str, pos: int, r: Rules) -> bool:
    """Whether the word at `pos` (after "pounds of") makes the pounds money: "spending",
    "taxpayers' money", "new funding"."""
    word = _NEXT_WORD.match(text, pos)
    return bool(word) and word.group(1).lower().replace("’", "'") in r.money_of


def money_draft(text: str, start: int, end: int, value: float, code: str, r: Rules) -> Draft:
    """A money figure ending at `end`, with its cents ("3 dollars 50 cents") and rate ("a barrel")."""
    cents = r.cents_after.match(text, end)
    if cents and float(value).is_integer() and (cents.group("c") or cents.group("bare")):
        hundredths = cents.group("c") or cents.group("bare")
        value += parse_number(hundredths) / 100  # "3 dollars 50 cents" is one amount
        end = cents.end()
    draft = Draft(start, end, "money", value, code)
    per = r.money_per.match(text, end)
    if per:
        draft.end, draft.per = per.end(), r.money_rate(per)
    return draft


def _quantity(start: int, value: float, unit: re.Match[str], r: Rules, spelled: bool, scale: float = 1.0) -> Draft:
    """A quantity; its scale is the scale word's times the unit's factor, so that a bare number
    joined to it takes both ("4-6 billion cubic metres", "30-40 bcm")."""
    alias = unit.group("alias")
    key = alias if alias in r.units else re.sub(r"\s+", " ", alias.lower())
    pint_unit, factor = r.units[key]
    end = unit.end("alias")
    if alias.lower().endswith(" of"):  # "5 pounds of sugar": "of" tells a weight, it is not part of the span
        end -= 3
    per = None
    if unit.group("rate_unit"):
        rate = r.rates["quantity"][unit.group("rate_unit").lower()]
        if rate == "year" and unit.group("rate_unit").lower() in ("year", "yr") and unit.group("rate").strip().lower() in _RATE_WORDS:
            per = "year"  # "24 million tonnes a year": an amount per year (as "$2bn a year"); "bpd", "MTPA" stay units
        else:
            pint_unit = f"{pint_unit} / {rate}"
        end = unit.end()
    return Draft(start, end, "quantity", value * factor, pint_unit, spelled=spelled, scale=scale * factor,
                 has_scale=scale * factor != 1.0, per=per)


_FILE_AFTER = re.compile(r"\.(?:pdf|png|jpe?g|gif|svg|csv|xlsx?|docx?|pptx?|txt|html?|zip|json)\b", re.IGNORECASE)  # "50%.pdf"
_ROUGH_AFTER = re.compile(r"-(?P<w>odd|plus)\b(?!-)|(?P<w2>\+)(?= [a-z])", re.IGNORECASE)  # "300-odd", "40-plus", "600+ tankers"
_WEIGHED = re.compile(r"\bweigh(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)  # "weighs (just over) 5 pounds"
_RATE_WORDS = frozenset({"per", "a", "an", "each"})


def _read_vague(text: str, m: re.Match[str], r: Rules, local: DocumentCurrencies) -> Draft | None:
    """"tens of billions of dollars", "hundreds of thousands of people": bounds, no value."""
    rows = r.vague
    mod, scale_word = m.group("vmod"), m.group("vscale1") or m.group("vscale2")
    if mod:
        low, high = float(rows[mod.lower()]["low"]), float(rows[mod.lower()]["high"])
        if scale_word:
            factor = float(rows[scale_word.lower()]["low"])
            low, high = low * factor, high * factor
        things_high = high
    else:
        row = rows[scale_word.lower()]
        low, high, things_high = float(row["low"]), float(row["high"]), float(row["high_things"])
    start, pos = m.start(), m.end()
    unit = r.unit.match(text, pos - 1)
    if unit and not unit.group("alias").lower().startswith("pound"):  # "tens of millions of barrels": a quantity
        measured = _quantity(start, 1.0, unit, r, False)
        return Draft(start, measured.end, "quantity", None, measured.unit, low=low * measured.value, high=things_high * measured.value, qualifier="vague")
    name = r.suffix.match(text, pos - 1)
    if name:
        code = local.code(name.group("cur"))
        return Draft(start, name.end(), "money", None, code, low=low, high=high, qualifier="vague")
    count = read_count(text, pos - 1, 2.0, r)
    if count:
        return Draft(start, count[0], "count", None, count[1], low=low, high=things_high, qualifier="vague")
    return None


def _counted_after_of(text: str, pos: int, r: Rules) -> str | None:
    """The noun a scaled number counts through "of the ...": "377 million of the world's poor"
    (people), "2 million of its 40 million citizens" is left alone (a number inside)."""
    of_the = r.of_the.match(text, pos)
    if not of_the:
        return None
    word = r.word.match(text, of_the.end() - 1)
    if word and word.group("w").lower() in r.collective_people:
        return "person"  # "the poor", "the unemployed"
    count = read_count(text, of_the.end() - 1, 2.0, r)
    return count[1] if count else None


def read_count(text: str, pos: int, value: float, r: Rules) -> tuple[int, str] | None:
    """End and unit of the counted noun phrase after `pos` ("29 shadow vessels" -> "vessel")."""
    words: list[re.Match[str]] = []
    at = pos
    first = r.word.match(text, pos)
    if first and first.group("w").lower() in r.count_modifiers:
        at = first.end()  # "73 more ships", "26 such persons": the noun comes after
    described = r.measured_modifier.match(text, at)
    if described:
        at = described.end()  # "28 million 60-kilogram bags": the bags are counted
    while len(words) < COUNT_WORDS:
        w = r.word.match(text, at)
        if not w:
            break
        words.append(w)
        at = w.end()
    for i, w in enumerate(words):
        word = w.group("w")
        lower = word.lower()
        if lower in ("and", "or") and 0 < i < len(words) - 1 and words[i - 1].group("w")[:1].isupper() and words[i + 1].group("w")[:1].isupper():
            continue  # "1,000 Russian and Belarusian individuals": two adjectives of one noun
        if (lower in r.function_words or lower in r.count_stop) and not (word.isupper() and len(word) > 1):
            return None  # ("130 IT workers": an acronym is no function word)
        if value == 1 and word.islower():
            return w.end(), lower
        if _ACRONYM_PLURAL.fullmatch(word):  # "10 VLCCs", "eight new ECCNs"
            return w.end(), word[:-1]
        capitalised_head = i > 0 and word[:1].isupper() and words[i - 1].group("w")[:1].isupper() and word[1:].islower()
        head = singular(word) if word.islower() or lower == "people" or capitalised_head else None
        if head is None and word.islower() and word in r.collective_nouns:
            head = word  # "3,500 staff", "40 crew"
        if head:
            end, units = w.end(), [head]
            conj = r.conj.match(text, end)
            if conj:
                more = [p.strip() for p in conj.group("more").split(",") if p.strip()]
                parts = [singular(p) for p in [*more, conj.group("last")]]
                if all(parts):
                    end, units = conj.end(), units + [p for p in parts if p]
            unit = units[0] if len(units) == 1 else ", ".join(units[:-1]) + " and " + units[-1]
            return end, unit
        if not (word.islower() or word[0].isupper()) or i == COUNT_WORDS - 1:
            return None
    return None


COUNT_WORDS = 4  # a counted noun phrase is read this many words deep: "two leading Russian oil companies"
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")


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
    from econfacts.grammar.rules import rules

    r = rules()
    lower = word.lower()
    if lower in r.count_stop or lower in r.function_words or len(lower) < 3:
        return None
    result = _inflect().singular_noun(lower)
    return result or None
