"""Scoring against gold annotations (tests/gold/GUIDELINE.md): span and full P/R/F1 per kind,
context accuracy over matched facts, and plain quantulum3 scored on the same passages."""
from __future__ import annotations

import json
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from econfacts import normalise
from econfacts.ingest import parse_date
from econfacts.linear import ContextModel
from econfacts.model import Document
from econfacts.pipeline import extract_document

KINDS = ("money", "percent", "quantity", "count")
CONTEXT_FIELDS = ("measure", "actor", "target", "change")
WHEN_FIELDS = ("status", "source", "period", "period_start", "period_end", "period_dates")
REL_TOL = 1e-3


@dataclass
class Figure:
    """A fact as the scorer sees it (from gold or from a system)."""

    start: int
    end: int
    surface: str
    kind: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    measure: str | None = None
    actor: str | None = None
    target: str | None = None
    change: str | None = None
    confidence: float | None = None
    status: str | None = None
    source: str | None = None
    period: str | None = None
    period_start: str | None = None  # ISO date
    period_end: str | None = None
    field_confidence: dict[str, float] | None = None  # measure, actor, target, change -> the model's probability it is right


@dataclass
class Score:
    """Counts for one kind (or all) and one system."""

    gold: int = 0
    pred: int = 0
    span_tp: int = 0
    full_tp: int = 0

    def prf(self, tp: int) -> tuple[float, float, float]:
        p = tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)
        r = tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Result:
    """A system's scores, context agreement and the listings of its errors."""

    scores: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in (*KINDS, "all")})
    context: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in CONTEXT_FIELDS + WHEN_FIELDS})
    confusion: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    chars: int = 0
    seconds: float = 0.0
    # (confidence, field -> its own confidence, field -> right)
    judged: list[tuple[float, dict[str, float], dict[str, bool]]] = field(default_factory=list)


def load_gold(path: Path) -> list[tuple[Document, list[Figure]]]:
    """Gold passages as documents with their figures."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        doc = Document(row["id"], row["text"], parse_date(row.get("published")))
        figures = [
            Figure(f["start"], f["end"], f["surface"], f["kind"], f["value"], f["low"], f["high"], f["unit"],
                   f.get("measure"), f.get("actor"), f.get("target"), f.get("change"), None,
                   f.get("status"), f.get("source"), f.get("period"), f.get("period_start"), f.get("period_end"))
            for f in row["facts"]
        ]
        out.append((doc, figures))
    return out


def econfacts_system(doc: Document, model: ContextModel | None = None) -> list[Figure]:
    """econfacts' figures for a document (`model`: the context model, the shipped one by default)."""
    return [
        Figure(f.start, f.end, f.surface, f.kind, f.value, f.low, f.high, f.unit, f.measure, f.actor, f.target,
               f.change, f.context_confidence, f.status, f.source, f.period,
               f.period_start.isoformat() if f.period_start else None, f.period_end.isoformat() if f.period_end else None,
               {"measure": f.measure_confidence, "actor": f.actor_confidence, "target": f.target_confidence, "change": f.change_confidence})
        for f in extract_document(doc, model=model)
    ]


def quantulum3_system(doc: Document) -> list[Figure]:
    """Plain quantulum3's figures: currency -> money, percentage -> percent, bare numbers -> count."""
    from econfacts.q3 import parser

    out = []
    for q in parser().parse(doc.text):
        unit = q.unit
        entity = unit.entity.name
        if entity == "currency":
            kind, code = "money", getattr(unit, "currency_code", None) or unit.name
        elif unit.name == "percentage":
            kind, code = "percent", "percent"
        elif entity == "dimensionless":
            kind, code = "count", ""
        else:
            kind, code = "quantity", unit.name
        start, end = q.span
        low = high = None
        value: float | None = q.value
        if q.uncertainty:
            low, high, value = q.value - q.uncertainty, q.value + q.uncertainty, None
        out.append(Figure(start, end, doc.text[start:end], kind, value, low, high, code))
    return out


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b), 1e-12)


def _same_quantity(pred: Figure, gold: Figure) -> bool:
    try:
        ureg = normalise.registry()
        factor = ureg.Quantity(1.0, pred.unit).to(gold.unit).magnitude
    except Exception:  # a unit pint cannot read or convert is simply wrong
        return False
    return all(_close(None if p is None else p * factor, g) for p, g in
               ((pred.value, gold.value), (pred.low, gold.low), (pred.high, gold.high)))


def full_match(pred: Figure, gold: Figure) -> bool:
    """Value (or bounds) within 0.1% and the unit right."""
    if gold.kind == "quantity":
        return _same_quantity(pred, gold)
    values = all(_close(p, g) for p, g in ((pred.value, gold.value), (pred.low, gold.low), (pred.high, gold.high)))
    if gold.kind == "count":
        return values  # the counted noun is reported, not scored
    return values and pred.unit == gold.unit


def match_spans(preds: list[Figure], golds: list[Figure]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (pred, gold) of the same kind whose spans overlap, largest overlap first."""
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if overlap > 0 and p.kind == g.kind:
                candidates.append((-overlap, i, j))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _same_source(a: str | None, b: str | None) -> bool:
    """Same name, ignoring case, a leading article and trailing punctuation."""
    def key(name: str | None) -> str | None:
        if name is None:
            return None
        name = name.strip().strip(".,;:").lower()
        for article in ("the ", "an ", "a "):
            if name.startswith(article):
                name = name[len(article):]
        return name
    return key(a) == key(b)


def _when_value(f: Figure, name: str):
    return (f.period_start, f.period_end) if name == "period_dates" else getattr(f, name)


def when_right(pred: Figure, gold: Figure) -> dict[str, bool]:
    """status; source (same name); period found or not; each period date exact; both dates exact."""
    return {
        "status": pred.status == gold.status,
        "source": _same_source(pred.source, gold.source),
        "period": (pred.period is None) == (gold.period is None),
        "period_start": pred.period_start == gold.period_start,
        "period_end": pred.period_end == gold.period_end,
        "period_dates": (pred.period_start, pred.period_end) == (gold.period_start, gold.period_end),
    }


def score(passages: list[tuple[Document, list[Figure]]], system: Callable[[Document], list[Figure]]) -> Result:
    """Scores of `system` over the passages."""
    result = Result()
    for doc, golds in passages:
        started = time.perf_counter()
        preds = system(doc)
        result.seconds += time.perf_counter() - started
        result.chars += len(doc.text)
        pairs = match_spans(preds, golds)
        for kind in (*KINDS, "all"):
            s = result.scores[kind]
            s.gold += sum(1 for g in golds if kind in ("all", g.kind))
            s.pred += sum(1 for p in preds if kind in ("all", p.kind))
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for i, j in pairs:
            p, g = preds[i], golds[j]
            for kind in (g.kind, "all"):
                result.scores[kind].span_tp += 1
            if full_match(p, g):
                for kind in (g.kind, "all"):
                    result.scores[kind].full_tp += 1
            else:
                result.wrong.append(f"{doc.id} {p.surface!r}: {p.value} [{p.low}, {p.high}] {p.unit}; gold {g.value} [{g.low}, {g.high}] {g.unit}")
            right = {name: getattr(p, name) == getattr(g, name) for name in CONTEXT_FIELDS}
            joint = p.confidence if p.confidence is not None else 0.0
            own = {name: (p.field_confidence or {}).get(name) for name in CONTEXT_FIELDS}
            result.judged.append((joint, {name: joint if c is None else c for name, c in own.items()}, right))
            for name in CONTEXT_FIELDS:
                result.context[name][1] += 1
                if right[name]:
                    result.context[name][0] += 1
                elif name != "change":
                    result.wrong.append(f"{doc.id} {p.surface!r}: {name} {getattr(p, name)} (gold {getattr(g, name)})")
            for name, ok in when_right(p, g).items():
                result.context[name][1] += 1
                result.context[name][0] += ok
                if not ok and name in ("status", "source", "period_dates"):
                    result.wrong.append(f"{doc.id} {p.surface!r}: {name} {_when_value(p, name)} (gold {_when_value(g, name)})")
            result.confusion[(g.measure, p.measure)] += 1
        for j, g in enumerate(golds):
            if j not in matched_g:
                result.misses.append(f"{doc.id} {g.kind} {g.surface!r} in ...{_around(doc.text, g.start, g.end)}...")
        for i, p in enumerate(preds):
            if i not in matched_p:
                result.false_positives.append(f"{doc.id} {p.kind} {p.surface!r} in ...{_around(doc.text, p.start, p.end)}...")
    return result


def _around(text: str, start: int, end: int, width: int = 40) -> str:
    return text[max(0, start - width) : min(len(text), end + width)].replace("\n", " ")


def _table(name: str, r: Result) -> list[str]:
    lines = [f"{name}: {r.chars / max(r.seconds, 1e-9) / 1000:,.0f} K chars/s",
             f"  {'kind':9} {'gold':>5} {'pred':>5} | {'span P':>6} {'R':>6} {'F1':>6} | {'full P':>6} {'R':>6} {'F1':>6}"]
    for kind in (*KINDS, "all"):
        s = r.scores[kind]
        sp, sr, sf = s.prf(s.span_tp)
        fp, fr, ff = s.prf(s.full_tp)
        lines.append(f"  {kind:9} {s.gold:5d} {s.pred:5d} | {sp:6.3f} {sr:6.3f} {sf:6.3f} | {fp:6.3f} {fr:6.3f} {ff:6.3f}")
    return lines


COVERAGE = (0.5, 0.75, 1.0)  # the most confident half, three quarters, all facts


def coverage(result: Result, own: bool = False) -> dict[float, dict[str, float]]:
    """Context accuracy on the most confident share of matched facts, for each share of COVERAGE:
    ranked by the joint context_confidence, or (`own`) each field by its own confidence column
    (measure_confidence, actor_confidence, target_confidence, change_confidence)."""
    out: dict[float, dict[str, float]] = {share: {} for share in COVERAGE}
    for name in CONTEXT_FIELDS:
        ranked = sorted(result.judged, key=lambda item: -(item[1][name] if own else item[0]))
        for share in COVERAGE:
            top = ranked[: max(1, round(len(ranked) * share))] if ranked else []
            out[share][name] = sum(right[name] for _, _, right in top) / len(top) if top else 0.0
    return out


def _accuracy(result: Result, name: str) -> float:
    right, total = result.context[name]
    return right / total if total else 0.0


def story_group(doc_id: str) -> str:
    """The story group of a passage: its id up to the last '-' ("d-g5-012" -> "d-g5")."""
    return doc_id.rsplit("-", 1)[0]


def cross_validated(passages, k: int, progress=None, by_group: bool = False) -> Result:
    """Scores with each passage labelled by a context model trained on the other folds only; with
    `by_group`, each story group (story_group) is held out whole, as unseen news would be."""
    from econfacts import learn

    groups = [story_group(doc.id) for doc, _ in passages] if by_group else None
    models = learn.models_by_fold(passages, match_spans, k, progress, groups)
    by_id = {doc.id: model for (doc, _), model in zip(passages, models)}
    return score(passages, lambda doc: econfacts_system(doc, by_id[doc.id]))


def run(gold: Path, show: int = 0, baseline: bool = True, folds: int = 5, progress=None, groups: bool = False) -> str:
    """The evaluation report as text: extraction scores, then the context fields in-sample (the
    shipped model, trained on these passages), k-fold cross-validated by passage, and with
    `groups` also by story group (whole groups held out: the topics are then unseen)."""
    passages = load_gold(gold)
    n_groups = len({story_group(doc.id) for doc, _ in passages})
    if folds > 1 and groups and n_groups < folds:
        raise ValueError(f"{n_groups} story group{'' if n_groups == 1 else 's'}: --groups needs at least {folds}, one per fold")
    ours = score(passages, econfacts_system)
    lines = [f"gold: {gold} ({len(passages)} passages)", *_table("econfacts", ours)]
    if baseline:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = score(passages, quantulum3_system)
        lines += _table("quantulum3 (plain)", theirs)
    columns = [("in-sample", ours)]
    if folds > 1:
        columns.append((f"{folds}-fold CV", cross_validated(passages, folds, progress)))
    if folds > 1 and groups:
        columns.append(("by group", cross_validated(passages, folds, progress, by_group=True)))
    lines.append("context over matched facts (accuracy):")
    lines.append(f"  {'field':8} " + " ".join(f"{title:>11}" for title, _ in columns))
    for name in CONTEXT_FIELDS:
        lines.append(f"  {name:8} " + " ".join(f"{_accuracy(r, name):11.3f}" for _, r in columns))
    lines.append("when, how sure, according to whom (accuracy over matched facts; period: found or not;"
                 " period_dates: start and end both exact):")
    lines.append(f"  {'field':12} " + " ".join(f"{title:>11}" for title, _ in columns))
    for name in WHEN_FIELDS:
        lines.append(f"  {name:12} " + " ".join(f"{_accuracy(r, name):11.3f}" for _, r in columns))
    for title, r in columns:
        for own, ranking in ((False, "context_confidence"), (True, "each field's own confidence")):
            lines.append(f"context accuracy by confidence ({title}; ranked by {ranking}), most confident share of {len(r.judged)} facts:")
            lines.append(f"  {'share':6} " + " ".join(f"{name:>8}" for name in CONTEXT_FIELDS))
            for share, row in coverage(r, own).items():
                lines.append(f"  {share:6.2f} " + " ".join(f"{row[name]:8.3f}" for name in CONTEXT_FIELDS))
    tested = columns[-1][1]
    lines.append(f"measure confusion ({columns[-1][0]}; gold -> predicted: count), errors only:")
    for (g, p), n in sorted(tested.confusion.items(), key=lambda kv: -kv[1]):
        if g != p:
            lines.append(f"  {g} -> {p}: {n}")
    if show:
        for title, items in (("misses", ours.misses), ("false positives", ours.false_positives),
                             (f"wrong values or context ({columns[-1][0]})", tested.wrong)):
            lines.append(f"{title} ({len(items)}):")
            lines += [f"  {item}" for item in items[:show]]
    return "\n".join(lines)
