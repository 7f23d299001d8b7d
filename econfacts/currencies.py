"""Currency symbols, codes and names -> ISO 4217 (reads data/currencies.csv)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import pycountry

from econfacts._data import alternation, table


@cache
def iso_codes() -> frozenset[str]:
    """Active ISO 4217 codes (pycountry), less those the table marks as words, not codes."""
    ignored = {row["alias"] for row in table("currencies") if row["form"] == "ignore_code"}
    return frozenset(c.alpha_3 for c in pycountry.currencies) - ignored


@cache
def symbols() -> dict[str, str]:
    """Prefix symbols ("$", "US$", "Rs") -> ISO code."""
    return {row["alias"]: row["code"] for row in table("currencies") if row["form"] in ("symbol", "symbol_both")}


@cache
def symbols_after() -> dict[str, str]:
    """Symbols also written after the number ("500 €", "25 zł", "1 990 Ft") -> ISO code: those of
    one character or of non-ASCII letters, and those marked symbol_both."""
    both = {row["alias"] for row in table("currencies") if row["form"] == "symbol_both"}
    return {s: code for s, code in symbols().items()
            if s in both or len(s) == 1 or (s.isalpha() and not s.isascii())}


@cache
def scaled_symbols() -> dict[str, str]:
    """One-letter symbols attached to a number and read only when a scale follows ("R5 billion" is
    rand, "N500bn" naira; "R5" alone may be anything) -> ISO code."""
    return {row["alias"]: row["code"] for row in table("currencies") if row["form"] == "symbol_scaled"}


@cache
def subunits() -> dict[str, str]:
    """Hundredths written after a figure ("cents", "pence", "p", "kopecks"), lower case -> code."""
    return {row["alias"].lower(): row["code"] for row in table("currencies") if row["form"] == "subunit"}


@cache
def bare_cents() -> frozenset[str]:
    """Subunits that name no currency ("cents", "c", "¢"; not "US cents", "euro cents", "pence"):
    hundredths of the dollar the document writes, or of the one currency their sentence prices in."""
    return frozenset(alias for alias, code in subunits().items() if code == "USD" and not alias.startswith(("us", "u.s.")))


_NOT_NATIONAL = frozenset({"CHE", "CHW", "UYW", "ZWG"})  # fund and accounting units, not what news prices in
_PLURALS = {"krone": "kroner", "krona": "kronor", "real": "reais", "lira": "lire", "leu": "lei"}
# one-word ISO 4217 names that are also common words or no currency news prices in: left to the table
_NOT_A_NAME = frozenset({"won", "sol", "leone", "mvdol"})


@cache
def names() -> dict[str, str]:
    """Currency names written after a figure ("euros", "Canadian dollars"), lower case -> code:
    the table's, and every ISO 4217 name of a nationality and a unit ("Turkish Lira", "Saudi
    Riyal", "UAE Dirham", from pycountry) in the singular and plural. The table wins."""
    out = dict(_iso_names())
    national: dict[str, str] = {}
    for written, code in _national_forms():
        national.setdefault(written.lower(), code)
    out.update(national)
    out.update({row["alias"].lower(): row["code"] for row in table("currencies") if row["form"] == "name"})
    return out


@cache
def _iso_names() -> dict[str, str]:
    """The ISO 4217 names of a nationality and a unit, and one-word names, singular and plural."""
    out: dict[str, str] = {}
    for currency in pycountry.currencies:
        name = currency.name
        if currency.alpha_3.startswith("X") or currency.alpha_3 in _NOT_NATIONAL:
            continue
        if re.fullmatch(r"[A-Z][a-z]+", name) and name.lower() not in _NOT_A_NAME:
            lower = name.lower()  # one word: "Forint", "Taka", "Tugrik" (it names no other thing)
            for form in (lower, _PLURALS.get(lower, lower + "s")):
                out[form] = currency.alpha_3
            continue
        if not re.fullmatch(r"[A-Z][A-Za-z]+(?: [A-Z][a-z]+)* [A-Za-z]+", name):
            continue
        lower = name.lower()
        head, unit = lower.rsplit(" ", 1)
        for form in {lower, f"{lower}s", f"{head} {_PLURALS.get(unit, unit + 's')}"}:
            out[form] = currency.alpha_3
    return out


@cache
def dollar_demonyms() -> dict[str, str]:
    """"Canadian" -> CAD, "Australian" -> AUD: the nationality words of the dollar names (a "$"
    amount followed by "Canadian" or "in Australian dollars" is that country's dollar)."""
    out = {}
    for currency in pycountry.currencies:  # ISO 4217 names: "Canadian Dollar", "Hong Kong Dollar"
        words = currency.name.split()
        if len(words) >= 2 and words[-1] == "Dollar" and currency.alpha_3 != "USD" and all(w[:1].isupper() and w.isalpha() for w in words[:-1]):
            out[" ".join(words[:-1])] = currency.alpha_3
    return out


@cache
def _national_forms() -> tuple[tuple[str, str], ...]:
    """"Ghanaian cedis", "Libyan dinars", "NZ dollars": (name as written, code) of a country's
    demonym or short code (the countryinfo library) before the unit of its one currency."""
    import countryinfo

    units = {}  # code -> the unit word of its ISO name ("cedi")
    for name, code in _iso_names().items():
        if not name.endswith("s"):  # "ghana cedi" -> "cedi"; "forint"
            units.setdefault(code, name.rsplit(" ", 1)[-1])
    out: list[tuple[str, str]] = []
    for country in countryinfo.all_countries():
        info = country.info()
        codes = info.get("currencies") or []
        if len(codes) != 1 or codes[0] not in units:
            continue
        code, unit = codes[0], units[codes[0]]
        demonyms = [d.strip().lower() for d in re.split(r"[,/]", info.get("demonym") or "") if d.strip()]
        short = [a for a in info.get("altSpellings") or [] if 2 <= len(a) <= 3 and a.isupper()]  # as written: "NZ"
        for lead in (*demonyms, *short):
            for form in (unit, f"{unit}s", _PLURALS.get(unit, unit)):
                out.append((f"{lead} {form}", code))
    return tuple(out)


@cache
def short_code_names() -> frozenset[str]:
    """Names led by a country's short code, as written ("NZ dollars", "AND euros"): matched only
    in capitals, since a code may be a word ("225 and Euro Stoxx" is no money)."""
    table_names = {row["alias"].lower() for row in table("currencies") if row["form"] == "name"}
    return frozenset(written for written, _ in _national_forms()
                     if written.split(" ", 1)[0].isupper() and written.lower() not in table_names)


@cache
def scaled_names() -> dict[str, str]:
    """Names read only after a scale word ("75.2 tn won"; "won" alone is a verb), lower case -> code."""
    return {row["alias"].lower(): row["code"] for row in table("currencies") if row["form"] == "after_scale"}


@cache
def shared_names() -> dict[str, tuple[str, ...]]:
    """Names several countries' currencies share, singular and plural ("dinar", "dinars") -> codes."""
    out: dict[str, list[str]] = {}
    for row in table("shared_currency_names"):
        for form in (row["name"], row["name"] + "s"):
            out.setdefault(form, []).append(row["code"])
    return {name: tuple(codes) for name, codes in out.items()}


@cache
def _country_pattern(code: str) -> re.Pattern[str] | None:
    """The names and demonyms of the countries that use `code` (countryinfo), as one pattern."""
    import countryinfo

    words = set()
    for country in countryinfo.all_countries():
        info = country.info()
        # the library's list, or the country whose ISO 3166 code opens the currency's (its list
        # can lag a redenomination: Zambia's ZMK became ZMW)
        if code not in (info.get("currencies") or []) and (info.get("ISO") or {}).get("alpha2") != code[:2]:
            continue
        words.add(info.get("name") or "")
        words.update(d.strip() for d in re.split(r"[,/]", info.get("demonym") or ""))
        words.update(a for a in info.get("altSpellings") or [] if len(a) > 3)
    words = {w for w in words if len(w) > 3}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b") if words else None


@cache
def _shared_pattern() -> re.Pattern[str]:
    """The shared names as whole words, in lower case (read in the lower-cased text: one pass)."""
    return re.compile(r"\b(?:" + alternation([name.lower() for name in shared_names()]) + r")\b")


def resolve_shared(text: str) -> dict[str, str]:
    """For each shared currency name the text uses, the code of the country it names most among
    those that use that currency ("dinars" in a text about Libya -> LYD); a name whose countries
    the text never names is left out."""
    out: dict[str, str] = {}
    used = {m.group() for m in _shared_pattern().finditer(text.lower())}
    if not used:  # most texts use none
        return out
    for name, codes in shared_names().items():
        if name not in used:
            continue
        counts = {code: len(pattern.findall(text)) for code in codes if (pattern := _country_pattern(code))}
        best = max(counts, key=counts.get, default=None)
        if best is not None and counts[best] > 0:
            out[name] = best
    return out


@cache
def cent_currencies() -> frozenset[str]:
    """Codes whose hundredths news calls cents (dollars, euros, rand, shillings: the table's
    "cent_of" rows)."""
    return frozenset(row["code"] for row in table("currencies") if row["form"] == "cent_of")


@cache
def local_symbols() -> dict[str, tuple[str, ...]]:
    """Symbols read without a scale only where the document names a country of their currency
    ("R", "N", "Sh") -> the codes they may stand for (the table's, and those sharing its name:
    "Sh" is the Kenyan, Ugandan or Tanzanian shilling)."""
    out = {}
    for row in table("currencies"):
        if row["form"] == "symbol_local":
            sharing = [codes for codes in shared_names().values() if row["code"] in codes]
            out[row["alias"]] = sharing[0] if sharing else (row["code"],)
    return out


def spaced_local_symbols() -> list[str]:
    """The local symbols that may stand one space before the number ("kr 1 995"): those of two
    letters or more; one letter is read only attached ("R25")."""
    return [s for s in local_symbols() if len(s) > 1]


@cache
def _local_symbol_pattern() -> re.Pattern[str]:
    spaced = alternation(spaced_local_symbols())
    return re.compile(rf"(?<![\w$£€.,])(?:(?:{alternation(list(local_symbols()))})(?=\d)|(?:{spaced})(?= \d))")


def resolve_local(text: str) -> dict[str, str]:
    """For each local symbol the text writes before a number, the code of the country it names
    most among those of the symbol's currency; a symbol whose countries go unnamed is left out."""
    used = {m.group() for m in _local_symbol_pattern().finditer(text)}
    out = {}
    for symbol in used:
        counts = {code: len(pattern.findall(text)) for code in local_symbols()[symbol] if (pattern := _country_pattern(code))}
        best = max(counts, key=counts.get, default=None)
        if best is not None and counts[best] > 0:
            out[symbol] = best
    return out


def code_for(alias: str) -> str:
    """ISO code of a symbol, code or name as written; KeyError when unknown."""
    if alias in symbols():
        return symbols()[alias]
    if alias in iso_codes():
        return alias
    lower = alias.lower()
    return names()[lower] if lower in names() else scaled_names()[lower]


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


@cache
def _marked_dollars() -> dict[str, str]:
    """Dollar symbols that say whose dollar they are ("US$", "A$", "HK $") -> code."""
    return {s: code for s, code in symbols().items() if "$" in s and s != "$"}


@cache
def _dollar_declaration() -> re.Pattern[str]:
    """ "All dollar amounts below are in Australian dollars", "(figures in C$ unless stated)": a
    document that says which dollar its bare "$" and "dollars" are."""
    nouns = alternation([row["word"] for row in table("grammar_words") if row["role"] == "declared_amounts"])
    demonyms = alternation(list(dollar_demonyms()))
    others = alternation([s for s, code in _marked_dollars().items() if code != "USD"])
    return re.compile(
        rf"(?:\b(?i:all)\s+(?:(?i:dollar|money|the)\s+)?|(?:^|[(\[\n]|[.!?]\s+)(?i:dollar\s+)?)(?i:{nouns})\b"
        rf"[^.\n]{{0,30}}?\b(?:in|are)\s+(?:in\s+)?(?:(?P<d>{demonyms})\s+(?i:dollars)\b|(?P<s>{others})(?![\w$]))"
    )


@cache
def _other_dollar() -> re.Pattern[str]:
    """Another dollar than the US one, named ("Australian dollars") or marked ("A$")."""
    others = [s for s, code in _marked_dollars().items() if code != "USD"]
    starts = "".join(sorted({word[0] for word in [*dollar_demonyms(), *others]}))
    # (the guard first: a position that opens no name nor mark is given up at once)
    return re.compile(rf"(?=[{re.escape(starts)}])(?:\b(?:{alternation(list(dollar_demonyms()))})\s+(?i:dollars)\b|(?<![A-Za-z])(?:{alternation(others)}))")


@cache
def _dollar_symbols() -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z])(?:{alternation(list(_marked_dollars()))})")


def resolve_dollar(text: str) -> str:
    """The code a bare "$" or "dollars" stands for in this document: USD unless the document
    declares its figures in another dollar ("All figures are in Australian dollars": AUD) or marks
    its US dollars and one other dollar (then the bare one is that other)."""
    if ("$" not in text and "dollar" not in text) or not _other_dollar().search(text):
        return "USD"  # no other dollar named or marked: nothing to declare (one quick scan)
    found = _dollar_declaration().search(text)
    if found is not None:
        return dollar_demonyms()[found.group("d")] if found.group("d") else symbols()[found.group("s")]
    # A text that marks its US dollars ("US$31.7m") and one other dollar ("A$43.9m") leaves the
    # local one bare: "$110-$120m" is A$.
    marked = {symbols()[m.group()] for m in _dollar_symbols().finditer(text)}
    others = marked & set(dollar_demonyms().values())  # dollars only: "R$" is Brazil's real
    return others.pop() if "USD" in marked and len(others) == 1 else "USD"


@dataclass(frozen=True)
class DocumentCurrencies:
    """How one document's ambiguous currency marks read: the code of a bare "¥" (JPY or CNY), of a
    bare "$" or "dollars" (USD unless declared), of each currency name several countries share
    ("dinars" in a text about Libya: LYD) and of each local symbol ("R18.20" in a story on South
    Africa: ZAR)."""

    yen: str = "JPY"
    dollar: str = "USD"
    shared: dict[str, str] = field(default_factory=dict)
    local: dict[str, str] = field(default_factory=dict)  # "R" -> ZAR in a story on South Africa

    @classmethod
    def of(cls, text: str) -> DocumentCurrencies:
        return cls(resolve_yen(text) if "¥" in text else "JPY", resolve_dollar(text), resolve_shared(text), resolve_local(text))

    def code(self, written: str) -> str:
        """The code of a currency symbol, code or name as written: a bare "¥" is the document's
        yen, a bare "$" or "dollars" its dollar; KeyError when unknown."""
        if written == "¥":
            return self.yen
        if written == "$" or written.lower() in _BARE_DOLLAR:
            return self.dollar
        return code_for(written)

    def named(self, name: str) -> str | None:
        """The code of a currency name ("rupee", "pound"): a name several countries share is this
        document's ("pound" in a text about Egypt: EGP); None when unknown."""
        lower = name.lower()
        return self.shared.get(lower) or names().get(lower)


_BARE_DOLLAR = frozenset({"dollar", "dollars"})
