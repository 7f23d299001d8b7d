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
    """Sentences of `text` with offsets into it; blank segments (paragraph breaks) are skipped."""
    out: list[Sentence] = []
    pos = 0
    for segment in sentencex.segment("en", text):
        seg_start, pos = pos, pos + len(segment)
        stripped = segment.strip()
        if not stripped:
            continue
        lead = len(segment) - len(segment.lstrip())
        start = seg_start + lead
        out.append(Sentence(len(out), start, start + len(stripped)))
    if pos != len(text):
        raise ValueError(f"sentence segments cover {pos} of {len(text)} characters")
    return out
