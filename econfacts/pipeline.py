"""Documents -> facts: the stages run in order for one document or a batch of them."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

from econfacts import __version__, context, currencies, normalise
from econfacts.grammar import Mention, defined_units, find_mentions
from econfacts.grammar.rules import FIGURE_START
from econfacts.model import Document, DocumentFailure, DocumentStatus, Fact, Options
from econfacts._data import alternation
from econfacts.numerals import FULL_WIDTH, VULGAR_FRACTIONS, scales, spelled_pattern
from econfacts.linear import ContextModel
from econfacts.sentences import Sentence, split

if TYPE_CHECKING:
    import polars as pl


@cache
def _maybe_figure() -> re.Pattern[str]:
    # Cheap test before the grammar runs on a sentence: a digit or vulgar fraction, a number word, a scale word ("a
    # billion dollars", "a few hundred vessels") or a vague scale.
    words = spelled_pattern()
    scale_words = [w for w, (_, form) in scales().items() if form == "word"]
    # (the grammar's guard first: only where a figure can open is tried further)
    return re.compile(FIGURE_START + rf"(?:\d|[{VULGAR_FRACTIONS}]|\b(?i:{words}|{alternation(scale_words)}|hundred|half|quarters?|thirds?|tenths?|tens|hundreds|thousands|millions|billions|trillions)\b)")


def fact_id(doc_id: str, start: int, end: int) -> str:
    """Stable id of a fact: a hash of its document id and span."""
    return hashlib.blake2b(f"{doc_id}\x1f{start}\x1f{end}".encode(), digest_size=8).hexdigest()


def reading_text(text: str) -> str:
    """The text as the grammar reads it: full-width digits and marks as ASCII ("€１.５bn" ->
    "€1.5bn"), one character for one, so every offset is the document's own. A text without them
    is returned as it is (not copied)."""
    return text.translate(FULL_WIDTH) if _FULL_WIDTH_MARK.search(text) else text


_FULL_WIDTH_MARK = re.compile("[" + "".join(re.escape(chr(c)) for c in FULL_WIDTH) + "]")


EXTRACTORS = ("grammar", "quantulum3")


def figures(text: str, sentences: list[Sentence] | None = None, extractor: str = "grammar") -> Iterator[tuple[int, str, Mention]]:
    """(sentence index, sentence text, mention with document offsets) of every figure of `text`
    (a document's reading_text), in reading order, read by the project's grammar or
    (extractor="quantulum3") by quantulum3."""
    if extractor not in EXTRACTORS:
        raise ValueError(f"extractor {extractor!r}: use one of {', '.join(EXTRACTORS)}")
    if extractor == "quantulum3":
        from econfacts import q3

        read = q3.mentions
    else:
        read = None
    marks = currencies.DocumentCurrencies.of(text)  # a bare "¥" or "$"; "dinars" in a text about Libya: LYD
    defined = defined_units(text)  # "million tonnes (mt)": the document's later "5.11 mt"
    maybe = _maybe_figure()
    for sentence in split(text) if sentences is None else sentences:
        chunk = text[sentence.start : sentence.end]
        if not maybe.search(chunk):
            continue
        for local in (read(chunk) if read else find_mentions(chunk, marks, defined)):
            yield sentence.index, chunk, Mention(
                local.start + sentence.start, local.end + sentence.start, local.kind, local.value,
                local.low, local.high, local.qualifier, local.unit, local.per, local.change,
            )


def extract_document(doc: Document, options: Options = Options(), model: ContextModel | None = None) -> list[Fact]:
    """All facts of one document (`model`: the context model, the shipped one by default)."""
    return list(document_facts(doc, options, model))


def document_facts(doc: Document, options: Options = Options(), model: ContextModel | None = None) -> Iterator[Fact]:
    """The facts of one document in reading order, one at a time: a long document is read
    sentence by sentence and never held as a list of facts."""
    text = reading_text(doc.text)
    sentences = split(text)
    run_date = options.run_date or dt.date.today()
    labeller = context.Labeller(text, sentences, model, doc.published)
    last_index, sentence = -1, ""
    for index, _, mention in figures(text, sentences, options.extractor):
        about = labeller.label(index, mention)
        if index != last_index:  # one string for the figures of a sentence
            last_index, sentence = index, doc.text[sentences[index].start : sentences[index].end]  # as written, not as read
        yield _fact(doc, index, sentence, mention, about, options, run_date)


def _fact(
    doc: Document, index: int, sentence: str, m: Mention, about: context.Labelled, options: Options, run_date: dt.date
) -> Fact:
    fx_basis = None
    if m.kind == "money":
        on = doc.published or run_date
        fx_basis = "published" if doc.published else "run_date"
        norm = normalise.money(m.value, m.low, m.high, m.unit, options.base_currency, on)
        if norm.fx is None and not doc.published:  # undated, and the run date is past the bundled rates
            latest = normalise.latest_money(m.value, m.low, m.high, m.unit, options.base_currency)
            if latest.fx is not None:
                norm, fx_basis = latest, "latest_fixing"
    elif m.kind == "quantity":
        norm = normalise.quantity(m.value, m.low, m.high, m.unit)
    elif m.kind == "percent":
        norm = normalise.Normalised(m.value, m.low, m.high, m.unit)
    else:
        norm = normalise.Normalised(m.value, m.low, m.high, m.unit)
    fx = norm.fx
    return Fact(
        doc_id=doc.id,
        fact_id=fact_id(doc.id, m.start, m.end),
        sentence_index=index,
        start=m.start,
        end=m.end,
        surface=doc.text[m.start : m.end],
        sentence=sentence,
        kind=m.kind,
        value=m.value,
        low=m.low,
        high=m.high,
        qualifier=m.qualifier,
        unit=m.unit,
        per=m.per,
        change=about.context.change,
        measure=about.context.measure,
        actor=about.context.actor,
        target=about.context.target,
        context_confidence=about.confidence,
        measure_confidence=about.fields[0],
        actor_confidence=about.fields[1],
        target_confidence=about.fields[2],
        change_confidence=about.fields[3],
        period=about.period.text if about.period else None,
        period_start=about.period.first if about.period else None,
        period_end=about.period.last if about.period else None,
        period_note=about.period.note if about.period else None,
        status=about.status,
        source=about.source,
        norm_value=norm.value,
        norm_low=norm.low,
        norm_high=norm.high,
        norm_unit=norm.unit,
        fx_rate=fx.rate if fx else None,
        fx_date=fx.date if fx else None,
        fx_source=fx.source if fx else None,
        fx_basis=fx_basis,
        norm_note=norm.note,
        published=doc.published,
        extractor_version=__version__,
    )


class DocumentTimeout(BaseException):
    """A document that used up its time budget. A BaseException, as KeyboardInterrupt is: the
    `except Exception` of a library the extraction calls must not swallow it."""


BUDGET_REPEAT = 0.05  # after the budget, the timer fires again every 50 ms until the document stops


@contextmanager
def time_budget(seconds: float | None):
    """Raise DocumentTimeout in the block once `seconds` have passed (a real-time timer; only on a
    process's main thread, where signals are delivered: elsewhere the block runs unbounded).
    Yields a dict whose "expired" says whether the budget ran out: a signal that lands in a garbage
    collector callback or a destructor is swallowed there, so the timer fires again, and a caller
    checks the flag when the block ends."""
    state = {"expired": False}
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield state
        return

    def expire(signum, frame):
        state["expired"] = True
        if not state.get("done"):
            raise DocumentTimeout

    hook = sys.unraisablehook

    def quiet(unraisable):  # the timeout swallowed by a callback is no error to report: the flag says it
        if not isinstance(unraisable.exc_value, DocumentTimeout):
            hook(unraisable)

    previous = signal.signal(signal.SIGALRM, expire)
    sys.unraisablehook = quiet
    signal.setitimer(signal.ITIMER_REAL, seconds, BUDGET_REPEAT)
    try:
        yield state
    finally:
        while True:  # the timer may fire while it is being stopped: stop it until it is stopped
            try:
                state["done"] = True
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                sys.unraisablehook = hook
                break
            except DocumentTimeout:
                continue


FRAME_ROWS = 10_000  # facts are kept as table rows in frames of this many, not as objects


def run_batch(items: Iterable[Document | DocumentFailure], options: Options = Options()) -> tuple[pl.DataFrame, list[DocumentStatus]]:
    """The facts of a batch (a frame with the facts table's columns) and a status row for every
    item; a document that raises or runs out of time is recorded as failed and keeps no facts.
    Facts become table rows FRAME_ROWS at a time, so memory follows the table, not the objects."""
    import polars as pl

    from econfacts import table

    frames: list[pl.DataFrame] = []
    rows: list[Fact] = []  # facts of finished documents not yet in a frame
    statuses: list[DocumentStatus] = []
    for item in items:
        if isinstance(item, DocumentFailure):
            statuses.append(DocumentStatus(item.id, item.origin, "failed", item.reason, 0, 0, None))
            continue
        own_frames: list[pl.DataFrame] = []  # a long document's facts, kept apart until it succeeds
        own: list[Fact] = []
        count = 0
        try:
            with time_budget(options.doc_seconds) as budget:
                for fact in document_facts(item, options):
                    own.append(fact)
                    count += 1
                    if len(own) >= FRAME_ROWS:
                        own_frames.append(table.facts_frame(own))
                        own = []
            if budget["expired"]:
                raise DocumentTimeout
        except DocumentTimeout:
            reason = f"{item.id}: took longer than {options.doc_seconds:g} s (the per-document time budget); not extracted"
            statuses.append(DocumentStatus(item.id, item.origin, "failed", reason, 0, len(item.text), item.published))
            continue
        except Exception as err:  # one bad document never stops the batch; the reason is kept
            reason = f"{item.id}: extraction failed ({type(err).__name__}: {err})"
            statuses.append(DocumentStatus(item.id, item.origin, "failed", reason, 0, len(item.text), item.published))
            continue
        if own_frames:  # keep the order: the facts before this document first
            if rows:
                frames.append(table.facts_frame(rows))
                rows = []
            frames.extend(own_frames)
        rows.extend(own)
        if len(rows) >= FRAME_ROWS:
            frames.append(table.facts_frame(rows))
            rows = []
        statuses.append(DocumentStatus(item.id, item.origin, "ok", None, count, len(item.text), item.published))
    if rows or not frames:
        frames.append(table.facts_frame(rows))
    return (frames[0] if len(frames) == 1 else pl.concat(frames, how="vertical")), statuses
