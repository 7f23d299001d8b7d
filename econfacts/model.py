"""Plain values passed between the stages: Document in, Fact and DocumentStatus out."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Options:
    """Run-wide settings."""

    base_currency: str = "USD"
    run_date: dt.date | None = None  # the date for undated documents; today when None
    extractor: str = "grammar"  # grammar (econfacts.grammar) | quantulum3 (econfacts.q3)
    doc_seconds: float | None = 300.0  # a document still running after this is recorded as failed; None: no limit

    def dated(self) -> Options:
        """These options with the run's date fixed when it starts: every undated document of one run
        is converted at the same date, even a run that crosses midnight or spreads over workers."""
        return self if self.run_date is not None else replace(self, run_date=dt.date.today())


@dataclass(frozen=True, slots=True)
class Document:
    """One news text with the metadata the pipeline uses."""

    id: str
    text: str
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # where it was read: file, file line, file row


@dataclass(frozen=True, slots=True)
class DocumentFailure:
    """An input that could not become a Document, with the reason (one line)."""

    id: str
    origin: str
    reason: str
    input_error: bool = False  # the whole input was unreadable (exit code 2)


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure: where it is, what it is, its value, its normalised value, what it is about."""

    doc_id: str
    fact_id: str
    sentence_index: int
    start: int
    end: int
    surface: str
    sentence: str
    kind: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str
    per: str | None
    change: str | None
    measure: str | None
    actor: str | None
    target: str | None
    context_confidence: float | None  # the model's probability that measure, actor and target are all right
    measure_confidence: float | None  # ... that the measure is right (rank by it to filter on measure)
    actor_confidence: float | None  # ... that the actor is right
    target_confidence: float | None  # ... that the target is right, given the actor
    change_confidence: float | None  # ... that the change (up, down or none) is right
    period: str | None  # the words saying when the figure applies, as written
    period_start: dt.date | None
    period_end: dt.date | None
    period_note: str | None  # why a period has no dates
    status: str  # actual | forecast | proposed
    source: str | None  # who the sentence credits, as written
    norm_value: float | None
    norm_low: float | None
    norm_high: float | None
    norm_unit: str | None
    fx_rate: float | None
    fx_date: dt.date | None
    fx_source: str | None
    fx_basis: str | None
    norm_note: str | None
    published: dt.date | None
    extractor_version: str


@dataclass(frozen=True, slots=True)
class DocumentStatus:
    """What became of one input document: ok with its fact count, or failed with the reason."""

    doc_id: str
    origin: str
    status: str  # ok | failed
    reason: str | None
    fact_count: int
    chars: int
    published: dt.date | None
