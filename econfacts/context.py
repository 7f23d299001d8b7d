"""What a figure is about: measure, actor and target, from the words around it."""
from __future__ import annotations

from dataclasses import dataclass

from econfacts.mentions import Mention
from econfacts.sentences import Sentence


@dataclass(frozen=True, slots=True)
class Context:
    """The subject of a figure."""

    measure: str | None
    actor: str | None
    target: str | None


def label(text: str, sentences: list[Sentence], index: int, mention: Mention) -> Context:
    """Measure, actor and target of `mention` (offsets into `text`) in sentence `index`."""
    return Context(None, None, None)
