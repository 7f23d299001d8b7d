"""The figure grammar's rules: one typed object built once from the data tables (econfacts/data),
as a unit registry is built from its definitions file.

Every vocabulary lives in a data table (currencies, scales, units, percent units, hedges, change
words, vague quantities, counted-noun stop words, closed word classes, rate words); this module
only says how they are put together. `rules()` returns the one shared `Rules` object.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from econfacts import currencies
from econfacts._data import alternation, table
from econfacts.numerals import VULGAR_FRACTIONS, digits_pattern, scales, spelled_pattern

Pattern = re.Pattern[str]

# Every figure opens with a digit, a vulgar fraction or "." (".5"), or at a word's first letter
# ("three-quarters", "hundreds of", "a few", "seven"): the anchor's guard, which rejects every
# other position before its branches are tried (4-5x faster; a test checks that the guarded
# anchor finds what the branches alone find).
DIGIT_START = rf"[\d{VULGAR_FRACTIONS}.]"  # where a figure written in digits opens: "5", "½", ".5"
FIGURE_START = rf"(?={DIGIT_START}|\b[^\W\d_])"


@dataclass(frozen=True)
class Rules:
    """The compiled patterns and the vocabularies of the figure grammar."""

    # reading a figure
    anchor: Pattern  # a figure's anchor: "1,300", "5,00,000", "Seven", "hundreds of billions of "
    scale: Pattern  # a scale after a numeral: " billion", "bn", " bn", "m", " m" (letters after money only)
    prefix: Pattern  # a currency before a numeral, ending at it: "US$", "Rs ", "USD "
    scaled_prefix: Pattern  # a one-letter symbol, read only when a scale follows: "R5 billion", "N500bn"
    local_prefix: Pattern  # a symbol read only in a story on its country: "R18.20", "Sh129"
    suffix: Pattern  # a currency name or code after a figure: " dollars", " Canadian dollars", " USD"
    scaled_suffix: Pattern  # a name read only after a scale: "75.2 tn won"
    shared_suffix: Pattern  # a name several currencies share: "33 billion dinars" (the document says whose)
    symbol_after: Pattern  # a symbol or attached code after the number: "500 €", "10 $", "115USD"
    subunit: Pattern  # hundredths after the number: "50 cents", "470 pence", "164p", "20 kopecks"
    cents_after: Pattern  # the cents of an amount: "3 dollars 50 cents", "fifteen dollars 50"
    cent_fraction: Pattern  # a fraction of a cent after a price in cents: "$6.98-1/4 a bushel" is 6.9825
    percent: Pattern  # percent after a numeral: "%", " per cent", "-percent", " percentage points"
    url: Pattern  # a web address or an encoded query string: no figure is read inside
    unit: Pattern  # a unit after a figure, then an optional "of oil per day"
    money_per: Pattern  # a rate written against money: " per barrel", " a year", "-per-barrel", " per job"
    sign: Pattern  # a sign before a number: "-1.3%", "minus 0.3 per cent", "+0.4pp"
    word: Pattern  # the next word (counted nouns)
    conj: Pattern  # ", x and y" after a counted noun
    of_the: Pattern  # "Seven of the 29 ..."
    # what is not a figure
    month_before: Pattern
    month_after: Pattern
    attached_before: Pattern  # G7, FY2025, Covid-19, A320, #5
    year_before: Pattern  # the second year of "2030-31", "2024/25"
    compound_after: Pattern  # "three-hour"
    compound_noun: Pattern  # "27-member": a count of members
    letter_after: Pattern
    ordinal_after: Pattern  # 18th
    time_after: Pattern  # 10:30, 9 a.m.
    capital_before: Pattern  # Section 232, Boeing 737
    one_limiters: Pattern  # "only one ship": then "one" counts
    # joining ranges and lists
    range_gap: Pattern
    list_last_gap: Pattern
    list_gap: Pattern
    between_before: Pattern
    from_before: Pattern
    bracket_gap: Pattern
    apposition_gap: Pattern
    # modifiers: hedge, rate, change
    hedge_before: Pattern
    hedge_after: Pattern
    qualifiers: dict[str, str]  # hedge phrase (lower case) -> qualifier
    clause_per: Pattern  # a rate word later in the clause: "annually", "each year"
    change_verb: Pattern
    change_phrasal: Pattern
    change_adverb: Pattern
    change_noun: Pattern
    change_noun_of: Pattern
    change_comparative: Pattern
    change_words: dict[str, dict[str, str]]  # position -> word -> up | down
    # vocabularies
    code_scales: dict[str, float]  # scale letters written before a currency code ("M" of "MUSD") -> multiplier
    units: dict[str, tuple[str, float]]  # alias -> (pint unit, factor): the table's, then quantulum3's catalogue
    percent_units: dict[str, tuple[str, float]]  # alias (lower case, single spaces) -> (unit, factor)
    rates: dict[str, dict[str, str]]  # where (money, quantity, clause) -> rate word (lower case) -> unit
    vague: dict[str, dict[str, str]]  # phrase -> its row (low, high, form)
    count_stop: frozenset[str]  # words that are never a counted noun
    function_words: frozenset[str]  # a counted noun phrase never runs through them
    openers: frozenset[str]  # capitalised sentence openers: "The 25" is no name
    weights: frozenset[str]  # currency names that are also weights: "5 pounds of sugar"
    money_of: frozenset[str]  # ... unless one of these follows "of": "20 billion pounds of spending"
    quoted_against: Pattern
    currency_word: Pattern
    ellipsis_word: Pattern
    ellipsis_frames: frozenset[str]  # words before a number that leaves its noun out: "against 39", "and 11"
    number_before: Pattern
    measured_modifier: Pattern
    noun_after: Pattern
    decade: Pattern
    decade_part: Pattern
    change_or: Pattern
    dollar_after: Pattern
    number_of: Pattern
    numbers_of: Pattern  # "visitor numbers reached", "tankers numbered": the counted noun before "numbers"
    number_labels: frozenset[str]  # nouns before "numbers" that label, not count: "phone numbers"
    numbered_names: frozenset[str]  # codes that name a numbered event before a small whole number: "COP29"
    collective_people: frozenset[str]  # "the poor", "the unemployed": adjectives that count people
    collective_nouns: frozenset[str]  # counted without a plural "s": "3,500 staff", "40 crew"
    count_modifiers: frozenset[str]  # read past before a counted noun: "73 more ships", "26 such persons"
    dimensions: frozenset[str]  # "1.8m tall": a size, so the letter is no scale of a count
    price_base: Pattern  # "in 2024 dollars", "in constant 2015 euros": a base year, no amount
    ratio_before: Pattern  # "nine in ", "one out of ": the number after is a share's base, no count

    def money_rate(self, per: re.Match[str]) -> str:
        """What a money_per match gives the figure per: the rate table's unit ("bbl" -> barrel), or
        the noun after "per" as written ("per job" -> job)."""
        if per.group("nper"):  # "per 10 grams": the amount and the rate table's unit
            return f'{per.group("n").replace(",", "")} {self.rates["money"][per.group("nper").lower()]}'
        return self.rates["money"][per.group("per").lower()] if per.group("per") else per.group("noun")

    @classmethod
    def load(cls) -> Rules:
        """The rules from the data tables (econfacts/data/*.csv)."""
        scale_rows = scales()
        words = [w for w, (_, form) in scale_rows.items() if form == "word"]
        abbrevs = [w for w, (_, form) in scale_rows.items() if form == "abbrev"]
        letters = [w for w, (_, form) in scale_rows.items() if form == "letter"]
        vague = {row["phrase"]: row for row in table("vague")}
        vmods = alternation([p for p, r in vague.items() if r["form"] == "modifier"])
        vscales = alternation([p for p, r in vague.items() if r["form"] == "scale"])
        spelled = spelled_pattern()
        prefixes = list(currencies.symbols()) + sorted(currencies.iso_codes())
        short_names = currencies.short_code_names()  # "NZ dollars": in capitals only ("and euros" is no name)
        short_lowered = {name.lower() for name in short_names}
        codes = alternation(sorted(currencies.iso_codes()))
        closed: dict[str, set[str]] = {}
        for row in table("grammar_words"):
            closed.setdefault(row["role"], set()).add(row["word"])
        rates: dict[str, dict[str, str]] = {}
        for row in table("rates"):
            rates.setdefault(row["where"], {})[row["word"].lower()] = row["unit"]
        money_rates = alternation([row["word"] for row in table("rates") if row["where"] == "money"])
        quantity_rates = alternation([row["word"] for row in table("rates") if row["where"] == "quantity"])
        clause_rates = alternation([row["word"] for row in table("rates") if row["where"] == "clause"]).replace(r"\ ", " ")
        months = alternation([*(m for m in calendar.month_name if m), *(m for m in calendar.month_abbr if m), "Sept"])
        not_dating = r"(?!\s+(?:earlier|ago|before|later|after)\b)"  # "a year earlier" dates, it is no rate
        # a scale written before a currency code: "30 MUSD", "120 MEUR", "500 kEUR", "2 BnUSD"
        code_scales = {w.upper(): m for w, (m, form) in scale_rows.items() if form == "letter"}
        code_scales |= {"k": scale_rows["k"][0]} | {w.capitalize(): m for w, (m, form) in scale_rows.items() if form == "abbrev"}

        percent_alts = []
        for row in table("percent_units"):
            alias = re.escape(row["alias"]).replace(r"\ ", r"[\s-]+")  # "basis points", "a 50-basis-point cut"
            percent_alts.append(alias if len(row["alias"]) <= 3 else f"(?i:{alias})")
        unit_alts = []
        for row in table("units"):
            alias = re.escape(row["alias"]).replace(r"\ ", r"\s+")
            unit_alts.append(f"(?i:{alias})" if row["alias"].islower() and len(row["alias"]) > 3 else alias)
        units = {(row["alias"] if not (row["alias"].islower() and len(row["alias"]) > 3) else row["alias"].lower()):
                 (row["unit"], float(row["factor"])) for row in table("units")}
        for row in table("units_outside_pint"):  # kept as written, never normalised ("1.74 billion mu")
            unit_alts.append(re.escape(row["alias"]))
            units[row["alias"]] = (row["unit"], 1.0)
        # quantulum3's unit catalogue: the names the table lacks ("kilolitres", "short tons", "square miles")
        from econfacts.q3 import unit_vocabulary

        catalogue = {name: unit for name, unit in unit_vocabulary().items() if name not in units}
        units |= {name: (unit, 1.0) for name, unit in catalogue.items()}
        catalogue_alts = alternation(list(catalogue)).replace(r"\ ", r"\s+")

        # the capitalised words a number grouped by plain spaces may stand before: codes and symbols
        # ("12 000 SEK", "2 299 Kč"), the units table's ("12 000 MW"), a currency name's first word
        # ("15 000 Turkish lira", "NZ dollars") and scale words ("12 000 Mio")
        capitalised = {w for w in [*prefixes, *(row["alias"] for row in table("units"))] if w[:1].isupper()}
        capitalised |= {name.split()[0].capitalize() for name in currencies.names() if name not in short_lowered}
        capitalised |= {name.split()[0] for name in short_names} | {w.capitalize() for w in scale_rows if w.isalpha()}
        digits = digits_pattern(sorted(capitalised))

        def by_length(alts: list[str]) -> str:
            return "|".join(sorted(alts, key=len, reverse=True))

        hedges = table("hedges")
        before = [r["phrase"] for r in hedges if r["position"] == "before"]
        about = rf"(?:(?:{alternation(before)})\s+)?"  # a hedge before a bare count: "rose to almost 600"
        after = [r["phrase"] for r in hedges if r["position"] == "after"]
        change_words: dict[str, dict[str, str]] = {}
        for row in table("change"):
            change_words.setdefault(row["position"], {})[row["word"]] = row["direction"]
        verbs = alternation(list(change_words["verb"]))

        return cls(
            anchor=re.compile(
                FIGURE_START + "(?:"
                # a fraction of a percentage point: "a quarter-point", "half a percentage point",
                # "three-quarters of a point", "one-tenth of a point"
                r"(?P<fpoint>\b(?i:(?P<fw>three[\s-]quarters|one[\s-]quarter|quarter|half|one[\s-]third|two[\s-]thirds|third|"
                r"two[\s-]tenths|one[\s-]tenth|tenth)(?:\s+of)?(?:\s+an?)?[\s-](?:(?:percentage[\s-])?points?|(?P<fpct>percent|per[\s-]cent)))\b)"
                rf"|(?P<vague>\b(?i:(?:(?P<vmod>{vmods})(?:\s+of\s+(?P<vscale1>{vscales}))?|(?P<vscale2>{vscales}))\s+of\s+))"
                rf"|(?P<digits>(?={DIGIT_START})(?<![\d,])(?<!\d\.)(?<!\d[eE])(?<!\d[eE][+-])(?:{digits})(?![eE][+-]?\d))"
                rf"|(?P<half>\b(?i:half\s+an?|an?\s+quarter(?:\s+of\s+an?)?|(?:three|3)[\s-]quarters\s+of\s+an?|(?:one|two)[\s-]thirds?\s+of\s+an?)(?=\s+(?:{alternation(words)})\b))"
                r"|(?P<few>\b(?:[Aa]\s+[Ff]ew|[Ff]ew|[Ss]everal|A\s+FEW|FEW|SEVERAL)\s+(?P<fscale>(?i:hundred|thousand|million|billion|trillion)(?:\s+(?:thousand|million|billion|trillion))?)\b(?!-))"  # "a few trillion yuan" (cased alternatives: faster than (?i:) here)
                r"|(?P<one>\b(?i:an?)(?=\s+(?i:dozen|thousand|million|billion|trillion)\s))"  # "a billion dollars"; not "a billion-dollar deal"
                rf"|(?P<spelled>\b(?i:{spelled})\b))"
            ),
            scale=re.compile(
                rf"(?:(?:\s+|-)(?P<word>(?i:{alternation(words)}))\b"  # "2.9 billion", "$2.9-billion"
                rf"|[\s-]?(?P<abbrev>(?i:{alternation(abbrevs)}))\b"
                rf"|(?P<gap>[ \u00a0])?(?P<letter>(?i:{alternation(letters)}))\b(?(gap)(?![\w'’&-]|\.\w)))"  # "$1.1m", "$115 m"
            ),
            prefix=re.compile(rf"(?<![A-Za-z])(?P<cur>{alternation(prefixes)})[\s\u00a0]?(?P<neg>[-−])?$"),  # "€-0.3 bn"
            scaled_prefix=re.compile(rf"(?<![\w$£€.,])(?P<cur>{alternation(list(currencies.scaled_symbols()))})$"),
            local_prefix=re.compile(rf"(?<![\w$£€.,])(?:(?P<cur>{alternation(list(currencies.local_symbols()))})"
                                    rf"|(?P<spaced>{alternation(currencies.spaced_local_symbols())}) )$"),  # "kr 1 995"
            suffix=re.compile(rf"(?:(?<=[Mm]io|[Mm]rd)\.)?[\s-]+(?P<cur>(?i:{alternation(list(set(currencies.names()) - short_lowered))})|{alternation(list(short_names))}|{codes})\b"),
            scaled_suffix=re.compile(rf"\s+(?P<cur>(?i:{alternation(list(currencies.scaled_names()))}))\b"),
            shared_suffix=re.compile(rf"\s+(?P<cur>(?i:{alternation(list(currencies.shared_names()))}))\b"),
            symbol_after=re.compile(
                rf"(?:[\s\u00a0]?(?P<sym>{alternation(list(currencies.symbols_after()))})(?![\w$])(?!\s*\.?\d)"
                rf"|(?P<code>{codes})\b"
                rf"|[\s\u00a0]?(?P<scaled>{alternation(list(code_scales))})(?P<scode>{codes})\b)"  # "30 MUSD", "120 MEUR"
            ),
            subunit=re.compile(
                rf"(?:[\s-]+(?P<sub>(?i:{alternation([a for a in currencies.subunits() if len(a) > 1])}))\b|(?P<p>p\b|c\b|¢))(?![$£€])"  # "164p", "45c", "99¢"
            ),
            cent_fraction=re.compile(r"-(?P<n>[1-7])/(?P<d>[248])(?![\d/])"),
            cents_after=re.compile(
                rf"\s+(?:and\s+)?(?P<c>\d{{1,2}}|{spelled})\s+(?P<w>cents?|pence)\b|\s+(?P<bare>\d{{2}})(?=\s*(?:[.,;:)]|$)|\s+(?:a|an|per|each|apiece|and|but|while|in|at|on|for|from|with|after|before)\b)"
            ),
            # "%20", "5%2F": a URL's encoded byte, no percent
            percent=re.compile(rf"(?:\s?|\s*-|\s+)(?P<alias>{by_length(percent_alts)})(?![A-Za-z])(?!(?<=%)[0-9A-Fa-f])"),
            url=re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)[^\s<>\"]+|(?<!\S)\S*[?&][\w.-]+=[^\s]*%[0-9A-Fa-f]{2}\S*", re.IGNORECASE),
            unit=re.compile(
                rf"(?:\s*|-)(?P<alias>{by_length(unit_alts)}|(?i:{catalogue_alts}))(?![A-Za-z])"
                r"(?:(?P<material>\s+of\s+[A-Za-z]+(?:\s+[a-z]+){0,2})?"
                rf"(?P<rate>\s+(?:per|a|an|each)\s+|\s*/\s*)(?P<rate_unit>{quantity_rates})\b{not_dating})?"
            ),
            money_per=re.compile(
                rf"(?:(?:\s+|-)(?:per|a|an|each)(?:\s+|-)|\s?/\s?)(?P<per>{money_rates})\b{not_dating}"  # "$70/bbl"
                rf"|\s+per\s+(?P<n>[1-9]\d{{0,2}}(?:,\d{{3}})*)\s+(?P<nper>{money_rates})(?:e?s)?\b{not_dating}"  # "Rs 72,000 per 10 grams"
                rf"|\s+per\s+(?!(?:{alternation(list(closed['function']) + ['cent'] + [n.lower() for n in currencies.names()])}|{spelled})\b)(?P<noun>[a-z]{{3,}})\b(?![-'’])"  # "$650,000 per job"
            ),
            sign=re.compile(r"(?:(?<![\w.,%)-])(?P<s>[-−+])|\b(?P<w>minus|plus)\s+)$", re.IGNORECASE),
            word=re.compile(r"[ \t\u00a0]+(?P<w>(?:[A-Z]\.){2}(?![A-Z])|[A-Za-z][A-Za-z’'-]*)"),
            conj=re.compile(r"(?P<more>(?:,\s*[a-z]+)*),?\s+(?:and|or)\s+(?P<last>[a-z]+)\b"),
            # "of the 29", "of its", "of the world's", "of Europe's": then the counted noun
            of_the=re.compile(r"\s+of\s+(?:(?:the\s+)?[A-Za-z]+['’]s|the|its|their|these|those)\s+"),
            collective_people=frozenset(closed["collective_people"]),
            month_before=re.compile(rf"\b{months}\.?\s+$"),
            month_after=re.compile(rf"\s+{months}\b"),
            attached_before=re.compile(r"(?:[A-Za-z]|[A-Za-z]-|[#/])$"),
            ratio_before=re.compile(rf"\b(?:\d+|(?i:{spelled}|one))\s+(?:in|out\s+of)\s+$"),
            year_before=re.compile(r"\b(?:19|20)\d\d[-–/]$"),
            compound_after=re.compile(r"-[A-Za-z]"),
            number_before=re.compile(r"\d(?:\s+(?:million|billion|thousand|hundred))?\s+$", re.I),
            measured_modifier=re.compile(r"[ \t\u00a0]+\d[\d,.]*-[a-z]+(?=\s)"),
            noun_after=re.compile(r"\s+[a-z]{3,}\b"),  # a lower-case word: the noun a "60-kilogram" describes
            compound_noun=re.compile(r"-(?P<noun>[a-z]+)\b(?!-)"),  # "a 27-member bloc", "a 336-room hotel"
            letter_after=re.compile(r"[A-Za-z]"),
            ordinal_after=re.compile(r"(?:st|nd|rd|th)\b"),
            time_after=re.compile(rf"(?::\d|\s*(?:{alternation(list(closed['time_mark']))})(?![A-Za-z]))"),
            capital_before=re.compile(r"\b(?P<w>[A-Z][A-Za-z&]*\.?|[a-z]+[A-Z][A-Za-z]*)\s+$"),  # "iPhone 15" too
            one_limiters=re.compile(rf"\b(?:{alternation(list(closed['one_limiter']))})\s+$", re.IGNORECASE),
            range_gap=re.compile(r"^(?:\s*[-–]\s*|\s+to\s+(?:as\s+(?:high|much|many|low)\s+as\s+)?|\s+and\s+)$"),
            list_last_gap=re.compile(r"^,?\s+(?:or|and|0r)\s+$"),
            list_gap=re.compile(r"^,\s*$"),
            # "87.75 against the dollar", "7.0268 per US dollar", "18.2250 to the dollar"
            quoted_against=re.compile(r"\s+(?:(?P<per>per)\s+(?:the\s+)?|(?:to|against|versus|vs\.?)\s+the\s+)"
                                      r"(?:US\s+|U\.S\.\s+|American\s+)?(?P<against>dollar|euro|greenback)\b", re.I),
            # a currency's name in a sentence: "the rupee", "the yuan", "the lira"
            currency_word=re.compile(rf"\b(?P<c>{alternation([n for n in currencies.names() if ' ' not in n and not n.endswith('s')])})\b", re.I),
            ellipsis_word=re.compile(r"[A-Za-z][\w'’-]*|,"),
            ellipsis_frames=frozenset(closed["ellipsis_frame"]),
            # "the number of listed vessels rises to almost": the counted noun, then the verb and a
            # preposition right before the number
            number_of=re.compile(r"\b(?:the|total)\s+(?:[a-z]+\s+)?number\s+of\s+(?P<words>(?:[A-Za-z-]+\s+){0,2}[a-z-]+s)\b[^.;]{0,60}?"
                                 rf"\b(?:(?:to|at|of|is|was|reached|reaches|hit|hits|stood\s+at|stands\s+at)\s+{about}|(?:above|below|over|under|past)\s+)$", re.I),
            # "visitor numbers reached about", "tankers numbered": the counted noun before "numbers"
            numbers_of=re.compile(r"(?:\b(?P<noun>[A-Za-z-]{3,})\s+numbers\s+(?:(?:rose|fell|climbed|dropped|declined|increased|decreased|"
                                  r"jumped|slipped)\s+(?:to|by)|reached|hit|topped|surpassed|exceeded|stood\s+at|totalled|totaled)\s+"
                                  rf"|\b(?P<plural>[a-z-]{{3,}}s)\s+numbered\s+){about}$", re.I),
            number_labels=frozenset(closed["number_label"]),
            numbered_names=frozenset(closed["numbered_name"]),
            between_before=re.compile(r"\bbetween\s+$", re.I),
            from_before=re.compile(r"\b(?P<lead>rang(?:e|es|ed|ing)\s+|anywhere\s+|vary(?:ing)?\s+|varie[sd]\s+|r[ua]n(?:s|ning)?\s+)?from\s+$", re.I),
            bracket_gap=re.compile(r"^\s*\(\s*$"),
            apposition_gap=re.compile(r"^\s*,?\s+or\s+$"),  # "47 cents, or 0.58%"
            hedge_before=re.compile(rf"(?<![\w])(?P<h>(?i:{alternation(before)}))\s*$"),
            hedge_after=re.compile(rf"\s*(?P<h>(?i:{alternation(after)}))(?![\w])"),
            qualifiers={row["phrase"].lower(): row["qualifier"] for row in hedges},
            clause_per=re.compile(rf"^[^.;,—–]*?\b(?P<per>{clause_rates})\b"),
            # "fell 3.2%", "decline by nearly 30 per cent", "cut its forecast by ¥1.4 trillion"
            decade=re.compile(r"s(?![\w'’])"),  # "$70s"
            decade_part=re.compile(r"\b(?P<p>low|lower|mid|middle|high|upper)[-\s]+$", re.I),
            # "rose 0.6 per cent or S$0.01 to S$1.82": a change told twice, then the level
            change_or=re.compile(rf"\b(?:{verbs})\b(?:[^.;:!?]|\.(?=\d)){{0,40}}?\bor\s+$", re.I),
            # "$2 billion Canadian", "$16.6 billion in Canadian dollars": whose dollar a bare "$" is
            dollar_after=re.compile(rf"\s+(?:in\s+)?(?P<d>{alternation(list(currencies.dollar_demonyms()))})(?:\s+dollars?)?\b(?!\s+(?:company|firm|group|government|bank))"),
            change_verb=re.compile(rf"\b(?P<w>{verbs})(?:\s+by)?\s+$|\b(?P<w2>{verbs})\b[^.,;:!?()—]{{0,40}}?\bby\s+$", re.I),
            change_phrasal=re.compile(rf"\b(?:{alternation(list(change_words['phrasal']))})\s+$", re.I),  # "make up 40 percent"
            change_adverb=re.compile(rf"\b(?P<w>{alternation(list(change_words['adverb']))})(?:\s+by)?\s+$", re.I),  # "down (by) 11%"
            change_noun=re.compile(rf"^(?:\s*\([^)]*\))?(?:\s+(?:{alternation(sorted(closed['change_span']))}))?"
                                   rf"\s+(?P<w>{alternation(list(change_words['noun']))})\b", re.I),  # "a 30% (annual) decline"
            change_noun_of=re.compile(rf"\b(?P<w>{alternation(list(change_words['noun_of']))})\s+of\s+$", re.I),  # "an increase of 31%"
            change_comparative=re.compile(rf"^(?:\s*\([^)]*\))?,?\s+(?P<w>{alternation(list(change_words['comparative']))})\b(?!-)", re.I),
            change_words=change_words,
            code_scales=code_scales,
            units=units,
            percent_units={re.sub(r"\s+", " ", row["alias"].lower()): (row["unit"], float(row["factor"]))
                           for row in table("percent_units")},
            rates=rates,
            vague=vague,
            count_stop=frozenset(row["word"] for row in table("count_stop")),
            function_words=frozenset(closed["function"]),
            openers=frozenset(closed["opener"]),
            weights=frozenset(closed["weight_name"]),
            money_of=frozenset(closed["money_of"]),
            count_modifiers=frozenset(closed["count_modifier"]),
            dimensions=frozenset(closed["dimension"]),
            collective_nouns=frozenset(closed["collective_noun"]),
            price_base=re.compile(r"\b(?:in|to|into|constant|real|nominal|original)\s+$", re.IGNORECASE),
        )


@cache
def rules() -> Rules:
    """The grammar's rules, built once per process."""
    return Rules.load()
