"""What qualifies a figure, from the words around it: its hedge ("about", "at least", "or
more"), its rate ("a year", "annually") and its direction ("fell 3%", "a 30% decline")."""
from __future__ import annotations

import re

from econfacts.grammar.rules import Rules
from econfacts.grammar.types import Draft, Mention


def hedge_before(text: str, start: int, r: Rules) -> re.Match[str] | None:
    """The hedge written just before a figure at `start` ("about", "at least"), if any."""
    return r.hedge_before.search(text, max(0, start - 25), start)


def finish(text: str, d: Draft, next_start: int, r: Rules) -> Mention:
    """The mention of a draft with its hedge, rate and direction (`next_start`: where the next
    figure begins, so a rate word later in the clause is this figure's only when none stands
    between)."""
    qualifier = d.qualifier
    hedge = hedge_before(text, d.start, r)
    left_end = hedge.start() if hedge else d.start
    if hedge and qualifier == "exact":
        qualifier = r.qualifiers[hedge.group("h").lower()]
    after = r.hedge_after.match(text, d.end)
    if after and qualifier == "exact":
        qualifier = r.qualifiers[after.group("h").lower()]
    per = d.per
    if per is None and d.kind == "money":
        clause = r.clause_per.match(text[d.end : next_start])
        if clause:
            per = r.rates["clause"][" ".join(clause.group("per").lower().split())]
    return Mention(
        d.start, d.end, d.kind or "count", _tidy(d.value), _tidy(d.low), _tidy(d.high), qualifier, d.unit or "",
        per, change(text, left_end, d.end, r),
    )


def _tidy(value: float | None) -> float | None:
    """The value to 12 significant digits: a scale's product keeps no float noise (2.07 million
    is 2070000, not 2069999.9999999998); no figure in news has more digits than that."""
    return None if value is None else float(f"{value:.12g}")


_ARTICLE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)


def change(text: str, left_end: int, end: int, r: Rules) -> str | None:
    """up / down when the words around the figure make it a rise or a fall."""
    words = r.change_words
    left = _ARTICLE.sub("", text[max(0, left_end - 60) : left_end])  # "cut rates by a quarter-point"
    adverb = r.change_adverb.search(left)
    if adverb and not r.change_phrasal.search(left):
        return words["adverb"][adverb.group("w").lower()]
    verb = r.change_verb.search(left)
    if verb:
        return words["verb"][(verb.group("w") or verb.group("w2")).lower()]
    noun_of = r.change_noun_of.search(left)
    if noun_of:
        return words["noun_of"][noun_of.group("w").lower()]
    right = text[end : end + 60]
    noun = r.change_noun.match(right)
    if noun:
        return words["noun"][noun.group("w").lower()]
    comparative = r.change_comparative.match(right)
    if comparative:
        return words["comparative"][comparative.group("w").lower()]
    return None
