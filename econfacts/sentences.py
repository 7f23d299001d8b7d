"""Document text -> sentence spans (sentencex, a rule-based segmenter with abbreviation lists)."""
from __future__ import annotations

from dataclasses import dataclass

import re
from functools import cache

import sentencex

from econfacts._data import table


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its index in the document and its character span, whitespace trimmed."""

    index: int
    start: int
    end: int


def split(text: str) -> list[Sentence]:
    """Sentences of `text` with offsets into it; blank segments (paragraph breaks) are skipped.

    Each segment is found in the text from where the last one ended: the segmenter may drop
    whitespace between segments (a blank line after a heading), so its pieces are placed by
    their content, not by adding up their lengths. What cannot be placed stays one sentence."""
    out: list[Sentence] = []
    pos = 0
    for segment in sentencex.segment("en", text):
        stripped = segment.strip()
        if not stripped:
            continue
        start = text.find(stripped, pos)
        if start < 0:  # the segmenter changed the text inside a segment: keep the rest whole
            break
        out.append(Sentence(len(out), start, start + len(stripped)))
        pos = start + len(stripped)
    rest = text[pos:]
    if rest.strip():
        start = pos + len(rest) - len(rest.lstrip())
        out.append(Sentence(len(out), start, start + len(rest.strip())))
    return _join_scales(text, out)


@cache
def _scale_end() -> re.Pattern[str]:
    """A sentence that ends with a number and an abbreviated scale word ("12 Mio.", "2,5 Mrd.",
    data/scales.csv)."""
    words = sorted((row["word"] for row in table("scales") if row["form"] == "abbrev"), key=len, reverse=True)
    return re.compile(rf"\d\s?(?:{'|'.join(map(re.escape, words))})\.$", re.IGNORECASE)


@cache
def _currency_start() -> re.Pattern[str]:
    """A sentence that opens with a currency: its ISO code, symbol or name ("Euro", "EUR", "€")."""
    from econfacts import currencies

    written = sorted({*currencies.iso_codes(), *currencies.symbols(), *currencies.symbols_after(), *currencies.names()},
                     key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, written))})(?!\w)", re.IGNORECASE)


def _join_scales(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences rejoined where the segmenter broke after an abbreviated scale word and before the
    currency it scales ("Aid was 12 Mio. | Euro."); "$3 bn. | The next year" stays two."""
    out: list[Sentence] = []
    for sentence in sentences:
        if (out and _scale_end().search(text, max(out[-1].start, out[-1].end - 16), out[-1].end)
                and _currency_start().match(text, sentence.start)):
            out[-1] = Sentence(out[-1].index, out[-1].start, sentence.end)
        else:
            out.append(Sentence(len(out), sentence.start, sentence.end))
    return out
