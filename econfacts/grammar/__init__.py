"""The figure grammar: text -> Mention, with exact spans, values, units and hedges.

It works around each number it finds, in stages, each a module:
- `read`: a figure around its number: a currency symbol or code before it; a scale word, a
  percent sign, a unit, a currency name, a subunit or a counted noun after it (or no figure: a
  year, a date, a time, a name like "Boeing 737");
- `join`: neighbours joined into ranges ("$60-$65", "between 10% and 15%") and shared-unit lists
  ("5, 10 or 25 percent"); a converted amount in brackets shares the main one's hedge;
- `modifiers`: the hedge, rate and direction from the words around it.
The patterns and vocabularies are one `Rules` object (`rules`), built once from the data tables.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from econfacts import currencies
from econfacts._data import alternation
from econfacts.grammar.join import join, share_brackets
from econfacts.grammar.modifiers import finish
from econfacts.grammar.read import read_figure, read_scaled_end, singular
from econfacts.grammar.rules import Rules, rules
from econfacts.grammar.types import Draft, Mention
from econfacts.numerals import scales


_DEFINITION = re.compile(
    r"\b(?P<scale>thousand|million|billion)\s+(?P<unit>[a-z]+(?:\s+[a-z]+){0,3}?)\s*\((?P<abbr>[A-Za-z][A-Za-z/]{0,5})\)")


_SCALE_INITIALS = {"thousand": "kt", "million": "m", "billion": "b"}  # "kt": thousand tonnes


def defined_units(text: str) -> dict[str, tuple[float, str]]:
    """Unit abbreviations a document defines with a scale: "8.19 million tonnes (mt)" makes its
    later "5.11 mt" five million tonnes, not five tonnes. Only an abbreviation that opens with the
    scale's letter carries it ("(mt)", not "million barrels per day (bpd)"). Abbreviation ->
    (scale, pint unit)."""
    if "(" not in text:
        return {}
    r = rules()
    out = {}
    for m in _DEFINITION.finditer(text):
        abbr = m.group("abbr")
        if abbr[0].lower() not in _SCALE_INITIALS[m.group("scale")] or r.units.get(abbr.lower(), r.units.get(abbr, ("", 1.0)))[1] != 1.0:
            continue  # "million barrels per day (bpd)": bpd names the unit only; "(mb/d)" carries its scale already
        unit = r.units.get(" ".join(m.group("unit").lower().split()))
        if unit is not None:
            out[m.group("abbr")] = (float(scales()[m.group("scale")][0]) * unit[1], unit[0])
    return out


def _apply_definitions(text: str, mentions: list[Mention], defined: dict[str, tuple[float, str]]) -> list[Mention]:
    out = []
    for m in mentions:
        written = text[m.start : m.end].split()
        if m.kind == "quantity" and len(written) == 2 and written[-1] in defined:  # "5.11 mt": no scale word between
            factor, unit = defined[written[-1]]
            m = replace(m, unit=unit, **{k: getattr(m, k) * factor for k in ("value", "low", "high") if getattr(m, k) is not None})
        out.append(m)
    return out


def find_mentions(text: str, local: currencies.DocumentCurrencies | None = None,
                  defined: dict[str, tuple[float, str]] | None = None) -> list[Mention]:
    """All figures in `text` (a sentence or passage), in order; offsets index `text`. `local`: how
    the document's ambiguous currency marks read (a bare "¥", a bare "$", "dinars"), read from
    `text` when not given (a caller reading a document sentence by sentence gives the document's);
    `defined`: the document's unit abbreviations (defined_units), likewise."""
    r = rules()
    defined = defined_units(text) if defined is None else defined
    local = currencies.DocumentCurrencies.of(text) if local is None else local
    drafts: list[Draft] = []
    urls = [(u.start(), u.end()) for u in r.url.finditer(text)] if ("/" in text or "%" in text) else []
    pos = 0
    while True:
        match = r.anchor.search(text, pos)
        if not match:
            break
        inside = next((end for start, end in urls if start <= match.start() < end), None)
        if inside is not None:  # "?q=5%25", "https://x.com/2024/10": no figures in addresses
            pos = inside
            continue
        draft = read_figure(text, match, r, local)
        if draft is None and drafts and drafts[-1].kind == "money" and drafts[-1].has_scale:
            draft = read_scaled_end(text, match, drafts[-1], r)  # "€1.5bn-2bn": the range's other end
        if draft is None:
            pos = match.end()
            continue
        drafts.append(draft)
        pos = max(draft.end, match.end())
    drafts = join(text, drafts, r, local)
    mentions = []
    for i, draft in enumerate(drafts):
        if draft.kind is None:
            continue
        next_start = drafts[i + 1].start if i + 1 < len(drafts) else len(text)
        mentions.append(finish(text, draft, next_start, r))
    mentions = share_brackets(text, mentions, r)
    mentions = _cents_of_the_sentence(text, mentions, local)
    return _apply_definitions(text, mentions, defined) if defined else mentions


@cache
def _bare_cents() -> re.Pattern[str]:
    """A figure written in bare cents (currencies.bare_cents): "12 cents", "35c", "99¢"."""
    return re.compile(rf"[\d.,]+[\s-]*(?:{alternation(list(currencies.bare_cents()))})(?!\w)", re.IGNORECASE)


def _cents_of_the_sentence(text: str, mentions: list[Mention], local: currencies.DocumentCurrencies) -> list[Mention]:
    """Cents without a currency are hundredths of the one other currency the sentence prices in
    ("rose 12 cents to €1.85": euro cents), else of the document's dollar (as read)."""
    cents = [i for i, m in enumerate(mentions) if m.kind == "money" and m.unit == local.dollar
             and _bare_cents().fullmatch(text, m.start, m.end)]  # "12 cents"; not "25 cents per kWh" (a rate)
    if not cents:
        return mentions
    others = {m.unit for i, m in enumerate(mentions) if m.kind == "money" and i not in cents}
    if len(others) != 1 or others == {local.dollar}:
        return mentions
    unit = others.pop()
    if unit not in currencies.cent_currencies():
        return mentions
    out = list(mentions)
    for i in cents:
        out[i] = replace(out[i], unit=unit)
    return out


__all__ = ["Draft", "Mention", "Rules", "defined_units", "find_mentions", "rules", "singular"]
