"""Document text -> sentence spans (sentencex, a rule-based segmenter with abbreviation lists)."""
from __future__ import annotations

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
    return out
