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

from econfacts import currencies
from econfacts.grammar.join import join, share_brackets
from econfacts.grammar.modifiers import finish
from econfacts.grammar.read import read_figure, read_scaled_end, singular
from econfacts.grammar.rules import Rules, rules
from econfacts.grammar.types import Draft, Mention


def find_mentions(text: str, local: currencies.DocumentCurrencies | None = None) -> list[Mention]:
    """All figures in `text` (a sentence or passage), in order; offsets index `text`. `local`: how
    the document's ambiguous currency marks read (a bare "¥", a bare "$", "dinars"), read from
    `text` when not given (a caller reading a document sentence by sentence gives the document's)."""
    r = rules()
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
    drafts = join(text, drafts, r)
    mentions = []
    for i, draft in enumerate(drafts):
        if draft.kind is None:
            continue
        next_start = drafts[i + 1].start if i + 1 < len(drafts) else len(text)
        mentions.append(finish(text, draft, next_start, r))
    return share_brackets(text, mentions, r)


__all__ = ["Draft", "Mention", "Rules", "find_mentions", "rules", "singular"]
