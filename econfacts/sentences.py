"""Document text -> sentence spans (sentencex, a rule-based segmenter with abbreviation lists)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import sentencex


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


_NUMBER_ABBREVIATION_END = re.compile(r"\d\s?[A-Za-z]{2,4}\.$")  # "12 Mio.", "2,5 Mrd.", "$3 bn."


def _join_scales(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences rejoined where the segmenter broke after an abbreviated scale and before the
    currency it scales ("Aid was 12 Mio. | Euro."): the grammar's own reading of a currency after a
    scale decides (which abbreviations take a dot, which words are currencies), so "$3 bn. | The
    next year" stays two."""
    from econfacts.grammar.rules import rules

    out: list[Sentence] = []
    for sentence in sentences:
        if (out and _NUMBER_ABBREVIATION_END.search(text, max(out[-1].start, out[-1].end - 8), out[-1].end)
                and rules().suffix.match(text, out[-1].end - 1)):
            out[-1] = Sentence(out[-1].index, out[-1].start, sentence.end)
        else:
            out.append(sentence if sentence.index == len(out) else Sentence(len(out), sentence.start, sentence.end))
    return out
