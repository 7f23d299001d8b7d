"""Training the context model, its cross-validation, and the eval report that shows both."""
from __future__ import annotations

import json

import pytest

from econfacts import evaluate, learn, linear
from econfacts.cli import main

from .conftest import gold_rows


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "small.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in gold_rows(24)), encoding="utf-8")
    return path


def test_folds_deal_every_passage_to_one_fold_evenly():
    fold = learn.folds(10, k=5)
    assert sorted(fold) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4] and fold == learn.folds(10, k=5)


def test_a_model_fitted_on_passages_learns_them_and_survives_a_round_trip(small_gold, tmp_path):
    passages = evaluate.load_gold(small_gold)
    model = learn.fit(passages, evaluate.match_spans, k=2)
    result = evaluate.score(passages, lambda doc: evaluate.econfacts_system(doc, model))
    right, total = result.context["actor"]
    assert total > 100 and right / total > 0.85  # in-sample: what it was trained on
    path = tmp_path / "model.json"
    model.save(path)
    again = linear.ContextModel.from_dict(json.loads(path.read_text(encoding="utf-8")))
    doc = passages[0][0]
    assert [(f.measure, f.actor, f.target) for f in evaluate.econfacts_system(doc, again)] == [
        (f.measure, f.actor, f.target) for f in evaluate.econfacts_system(doc, model)]


def test_eval_reports_context_in_sample_and_cross_validated(small_gold, capsys):
    assert main(["eval", str(small_gold), "--no-baseline", "--folds", "2"]) == 0
    out = capsys.readouterr().out
    assert "in-sample   2-fold CV" in out
    assert "context accuracy by confidence (2-fold CV)" in out
    [actor] = [line.split() for line in out.splitlines() if line.strip().startswith("actor ")]
    in_sample, held_out = float(actor[1]), float(actor[2])
    assert 0 < held_out < in_sample <= 1  # held-out passages are harder than the ones trained on


@pytest.mark.parametrize("folds", ["1", "-2"])
def test_eval_refuses_a_meaningless_number_of_folds(small_gold, folds, capsys):
    assert main(["eval", str(small_gold), "--folds", folds]) == 2
    assert "--folds must be 0" in capsys.readouterr().err
