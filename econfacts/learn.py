"""Training the labeller's choice models on gold passages, and scoring them by cross-validation.

Each gold fact the extractor also finds becomes a training example of every choice:
- measure and change: multinomial logistic regression over the figure's features;
- actor and target: a conditional logit over the document's parties plus "nobody", each party
  described by its features relative to the figure (econfacts.context.Labeller.party_candidates);
- status: multinomial, as measure;
- the period phrase: a conditional logit over "none" and the period phrases within the figure's
  reach (econfacts.context.Labeller.period_candidates); a fact whose gold phrase is none of them
  teaches nothing here.

All are fitted with L-BFGS (scipy) on an L2-penalised log loss. numpy and scipy are needed
here only (the `dev` extra); the package applies the shipped weights without them being
retrained. `make train` writes econfacts/data/context_model.json; `make eval` reports the
context fields in-sample and k-fold cross-validated by passage.
"""
from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from econfacts.context import CHANGES, MEASURES, STATUSES, Labeller
from econfacts.linear import ChoiceModel, ContextModel
from econfacts.sentences import split

L2 = 1.0  # penalty on squared weights: chosen by 5-fold cross-validation on the dev passages
# the party models' penalty: each of their examples holds one set of features per candidate party.
# 5-fold CV, mean of fold seeds 13 and 7: actor 0.800 (1) -> 0.802 (2) -> 0.804 (3) -> 0.807 (5)
# -> 0.800 (10) by passage, target flat. 3, not 5: at 5 the seed article's US sanctions figure
# lost its actor (tests/test_cli.py), a cost the small gain from 3 to 5 does not pay for.
PARTY_L2 = 3.0
MIN_COUNT = 2  # a feature seen once in training carries no weight
# Whether each model counts a feature as often as it is listed, or once (econfacts.linear.ChoiceModel.counted),
# the same in training and when applied. Until now training counted each feature once and the labeller
# applied it as often as listed. Chosen by 5-fold CV: on the first-stage features (fold seed 13, by passage
# / by group) the measure reads each feature once (0.820 -> 0.828 / 0.789 -> 0.800); the parties count
# theirs ("bt=" words between a party and the figure; actor 0.810 / 0.792 -> 0.809 / 0.795, target
# 0.871 / 0.856 -> 0.875 / 0.860). The whole labeller, by passage / by group: measure 0.827 -> 0.835 /
# 0.794 -> 0.801, target 0.847 -> 0.854 / 0.837 -> 0.844, actor 0.799 -> 0.794 / 0.782 -> 0.781.
COUNTED = {"measure": False, "change": True, "parties": True, "status": True, "period": True}
MAX_ITER = 300
# features the target model is trained without: the party a paragraph names first is often its actor, and as a
# target feature it cost 0.004 of target by group (5-fold CV, fold seed 13)
ACTOR_ONLY = ("plede",)
FOLDS = 5
SEED = 13


@dataclass
class Example:
    """What one gold fact teaches: its features and the right answers."""

    measure_features: list[str]
    change_features: list[str]
    measure: str
    change: str
    parties: list[str | None] = field(default_factory=list)
    party_features: list[list[str]] = field(default_factory=list)
    actor: str | None = None
    target: str | None = None
    status_features: list[str] = field(default_factory=list)
    status: str = "actual"
    period_features: list[list[str]] = field(default_factory=list)  # None first, then the phrases in reach
    period: int | None = None  # the index of the gold period among them; None when it is not one of them


def examples(passages, match: Callable, stage_one: list | None = None) -> list[list[Example]]:
    """Training examples of every passage (a list per passage), from the extractor's figures
    matched to gold figures; party features use the gold measure. With `stage_one` (a model per
    passage) the labeller runs that model over the passage, so each figure's features include what
    it said of the figure before, as at run time."""
    from econfacts.pipeline import figures, reading_text

    out = []
    for p, (doc, golds) in enumerate(passages):
        text = reading_text(doc.text)  # as extract_document reads it
        sentences = split(text)
        labeller = Labeller(text, sentences, model=stage_one[p] if stage_one else False, published=doc.published)
        found = list(figures(text, sentences))
        gold_of = dict(match([m for _, _, m in found], golds))
        rows = []
        for i, (index, _, mention) in enumerate(found):
            if i in gold_of:
                gold = golds[gold_of[i]]
                measure = gold.measure if gold.measure in MEASURES else "other"
                codes, features = labeller.party_candidates(index, mention, measure)
                period = labeller.period(index, mention)
                status = labeller.status_features(index, mention, measure, period) + labeller.status_sentence_features(index)
                candidates, period_features = labeller.period_candidates(index, mention)
                said = " ".join(gold.period.split()).lower() if gold.period else None
                texts = [None if c is None else " ".join(c.text.split()).lower() for c in candidates]
                right = texts.index(said) if said in texts else None
                rows.append(Example(
                    labeller.measure_features(index, mention) + labeller.sentence_features(index),
                    labeller.change_features(index, mention),
                    measure, gold.change or "none", codes, features, gold.actor, gold.target,
                    status, gold.status if gold.status in STATUSES else "actual", period_features, right,
                ))
            if stage_one:
                labeller.label(index, mention)
        out.append(rows)
    return out


def _vocabulary(lists: list[list[str]]) -> dict[str, int]:
    counts = Counter(f for features in lists for f in set(features))
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}


def _matrix(lists: list[list[str]], vocab: dict[str, int], counted: bool = False):
    """One row per feature list: 1 for each feature present, or (`counted`) how often it is listed."""
    from scipy.sparse import csr_matrix

    indptr, indices, data = [0], [], []
    for features in lists:
        found = Counter(vocab[f] for f in features if f in vocab)
        rows = sorted(found)
        indices.extend(rows)
        data.extend(float(found[row]) if counted else 1.0 for row in rows)
        indptr.append(len(indices))
    return csr_matrix((np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
                      shape=(len(lists), len(vocab)))


def fit_multinomial(lists: list[list[str]], labels: list[str], classes: tuple[str, ...], l2: float = L2,
                    counted: bool = False) -> ChoiceModel:
    """Softmax regression: one weight per (feature, class)."""
    from scipy.optimize import minimize

    vocab = _vocabulary(lists)
    x = _matrix(lists, vocab, counted)
    y = np.zeros((len(labels), len(classes)))
    y[np.arange(len(labels)), [classes.index(label) for label in labels]] = 1.0
    shape = (len(vocab), len(classes))

    def loss(flat):
        w = flat.reshape(shape)
        s = x @ w
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        z = p.sum(axis=1, keepdims=True)
        p /= z
        value = -(y * (s - np.log(z))).sum() + 0.5 * l2 * (w * w).sum()
        grad = x.T @ (p - y) + l2 * w
        return value, grad.ravel()

    result = minimize(loss, np.zeros(shape).ravel(), jac=True, method="L-BFGS-B", options={"maxiter": MAX_ITER})
    weights = np.vstack([result.x.reshape(shape), np.zeros((1, len(classes)))])
    return ChoiceModel(classes, vocab, weights, counted)


def fit_choice(groups: list[tuple[list[list[str]], int]], l2: float = L2, counted: bool = False) -> tuple[dict[str, int], np.ndarray]:
    """Conditional logit: each group is (candidates' features, index of the right one); one weight
    per feature, shared by all candidates."""
    from scipy.optimize import minimize

    vocab = _vocabulary([f for candidates, _ in groups for f in candidates])
    if not groups or not vocab:
        return vocab, np.zeros(len(vocab))  # nothing to learn from (a fold of a tiny gold set)
    rows = [f for candidates, _ in groups for f in candidates]
    x = _matrix(rows, vocab, counted)
    starts = np.cumsum([0] + [len(candidates) for candidates, _ in groups[:-1]])
    gold = starts + np.asarray([right for _, right in groups])
    group_of = np.repeat(np.arange(len(groups)), [len(candidates) for candidates, _ in groups])

    def loss(w):
        s = x @ w
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[group_of])
        z = np.add.reduceat(e, starts)
        p = e / z[group_of]
        value = -(s[gold] - top - np.log(z)).sum() + 0.5 * l2 * (w @ w)
        p[gold] -= 1.0
        return value, x.T @ p + l2 * w

    result = minimize(loss, np.zeros(len(vocab)), jac=True, method="L-BFGS-B", options={"maxiter": MAX_ITER})
    return vocab, result.x


def _party_groups(rows: list[Example], role: str) -> list[tuple[list[list[str]], int]]:
    out = []
    for ex in rows:
        answer = getattr(ex, role)
        if answer in ex.parties:  # a party the document never names cannot be chosen
            features = ex.party_features
            if role != "actor":
                features = [[f for f in fs if not f.startswith(ACTOR_ONLY)] for fs in features]
            out.append((features, ex.parties.index(answer)))
    return out


def train(rows: list[Example], l2: float = L2, party_l2: float = PARTY_L2) -> ContextModel:
    """The labeller's choice models (measure, change, parties, status) from training examples."""
    measure = fit_multinomial([ex.measure_features for ex in rows], [ex.measure for ex in rows], MEASURES, l2, COUNTED["measure"])
    change = fit_multinomial([ex.change_features for ex in rows], [ex.change for ex in rows], CHANGES, l2, COUNTED["change"])
    actor_vocab, actor_w = fit_choice(_party_groups(rows, "actor"), party_l2, COUNTED["parties"])
    target_vocab, target_w = fit_choice(_party_groups(rows, "target"), party_l2, COUNTED["parties"])
    names = sorted(set(actor_vocab) | set(target_vocab))
    weights = np.zeros((len(names) + 1, 2))
    for row, name in enumerate(names):
        if name in actor_vocab:
            weights[row, 0] = actor_w[actor_vocab[name]]
        if name in target_vocab:
            weights[row, 1] = target_w[target_vocab[name]]
    parties = ChoiceModel(("actor", "target"), {name: i for i, name in enumerate(names)}, weights, COUNTED["parties"])
    status = fit_multinomial([ex.status_features for ex in rows], [ex.status for ex in rows], STATUSES, l2, COUNTED["status"])
    period_vocab, period_w = fit_choice([(ex.period_features, ex.period) for ex in rows if ex.period is not None and len(ex.period_features) > 1],
                                        l2, COUNTED["period"])
    period = ChoiceModel(("period",), period_vocab, np.append(period_w, 0.0).reshape(-1, 1), COUNTED["period"])
    return ContextModel(measure, change, parties, status, period)


def folds(n: int, k: int = FOLDS, seed: int = SEED) -> list[int]:
    """The fold of each of n passages: shuffled once with a fixed seed, then dealt round-robin."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    fold = [0] * n
    for position, passage in enumerate(order):
        fold[passage] = position % k
    return fold


def folds_by_group(groups: list[str], k: int = FOLDS, seed: int = SEED) -> list[int]:
    """The fold of each passage when whole groups (passages of one story or batch) are held out
    together: the groups shuffled once with a fixed seed, then dealt round-robin."""
    names = sorted(set(groups))
    if len(names) < k:
        raise ValueError(f"{len(names)} groups cannot fill {k} folds")
    random.Random(seed).shuffle(names)
    fold_of = {name: position % k for position, name in enumerate(names)}
    return [fold_of[group] for group in groups]


def fit(passages, match: Callable, k: int = FOLDS, first: list[list[Example]] | None = None) -> ContextModel:
    """The labeller's model from gold passages, in two stages: a first model without the previous
    figure's labels, cross-fitted over k folds so that every passage is labelled by a model that did
    not see it; then the final model, trained on features that include what the first model said
    of each figure's predecessor (as the labeller does at run time)."""
    first = first if first is not None else examples(passages, match)
    fold = folds(len(passages), k)
    stage_one = []
    for held_out in range(k):
        stage_one.append(train([ex for p, rows in enumerate(first) if fold[p] != held_out for ex in rows]))
    second = examples(passages, match, [stage_one[fold[p]] for p in range(len(passages))])
    return train([ex for rows in second for ex in rows])


def models_by_fold(passages, match: Callable, k: int = FOLDS, progress: Callable[[str], None] | None = None,
                   groups: list[str] | None = None):
    """For each passage, a model trained on the other folds' passages only (k models in all); with
    `groups` (one name per passage) whole groups are held out together."""
    fold = folds_by_group(groups, k) if groups is not None else folds(len(passages), k)
    first = examples(passages, match)
    models = []
    for held_out in range(k):
        if progress:
            progress(f"training fold {held_out + 1}/{k}")
        keep = [p for p in range(len(passages)) if fold[p] != held_out]
        models.append(fit([passages[p] for p in keep], match, k, [first[p] for p in keep]))
    return [models[fold[p]] for p in range(len(passages))]


def main(argv: list[str] | None = None) -> int:
    """python -m econfacts.learn GOLD.jsonl [-o econfacts/data/context_model.json]"""
    import argparse
    import sys
    from pathlib import Path

    from econfacts.evaluate import load_gold, match_spans

    parser = argparse.ArgumentParser(prog="python -m econfacts.learn", description="train the labeller's context model")
    parser.add_argument("gold", type=Path)
    parser.add_argument("-o", "--output", type=Path, default=Path(__file__).parent / "data" / "context_model.json")
    args = parser.parse_args(argv)
    passages = load_gold(args.gold)
    print(f"econfacts: training on {len(passages)} passages of {args.gold}", file=sys.stderr)
    model = fit(passages, match_spans)
    model.save(args.output)
    size = args.output.stat().st_size
    print(f"econfacts: wrote {args.output} ({size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
