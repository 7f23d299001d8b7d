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


def test_folds_by_group_hold_each_group_out_whole():
    groups = ["a", "a", "b", "c", "c", "c", "d", "e", "e", "f"]
    fold = learn.folds_by_group(groups, k=3)
    by_group = {}
    for group, f in zip(groups, fold):
        by_group.setdefault(group, set()).add(f)
    assert all(len(folds) == 1 for folds in by_group.values()) and set(fold) == {0, 1, 2}
    assert fold == learn.folds_by_group(groups, k=3)
    with pytest.raises(ValueError, match="2 groups cannot fill 3 folds"):
        learn.folds_by_group(["a", "b", "a"], k=3)
    assert evaluate.story_group("d-g5-012") == "d-g5"


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
    assert [(f.measure, f.actor, f.target, f.status, f.period) for f in evaluate.econfacts_system(doc, again)] == [
        (f.measure, f.actor, f.target, f.status, f.period) for f in evaluate.econfacts_system(doc, model)]
    assert again.period is not None and again.period.index  # the period chooser is learned and saved too
    periods = result.context["period_dates"]
    assert periods[1] > 100 and periods[0] / periods[1] > 0.85


@pytest.mark.parametrize("counted", [False, True])
def test_a_model_reads_repeated_features_as_it_was_trained(counted):
    # trained on features counted once (or as often as listed), applied the same way: the
    # labeller once added a repeated feature's weight twice where training had counted it once
    lists = [["b", "w=oil", "w=oil"], ["b", "w=oil"], ["b", "w=aid"], ["b", "w=aid", "w=aid"]] * 3
    labels = ["trade", "trade", "aid", "aid"] * 3
    model = learn.fit_multinomial(lists, labels, ("trade", "aid"), counted=counted)
    once, twice = model.label_scores(["b", "w=oil"]), model.label_scores(["b", "w=oil", "w=oil"])
    assert (twice != once).any() if counted else (twice == once).all()
    again = linear.ChoiceModel.from_dict(json.loads(json.dumps(model.to_dict())))
    assert again.counted is counted
    assert abs(again.label_scores(["b", "w=oil", "w=oil"]) - model.label_scores(["b", "w=oil", "w=oil"])).max() < 0.01


def test_eval_reports_context_in_sample_and_cross_validated(small_gold, capsys):
    assert main(["eval", str(small_gold), "--no-baseline", "--folds", "2"]) == 0
    out = capsys.readouterr().out
    assert "in-sample   2-fold CV" in out
    assert "context accuracy by confidence (2-fold CV; ranked by context_confidence)" in out
    assert "context accuracy by confidence (2-fold CV; ranked by each field's own confidence)" in out
    [actor] = [line.split() for line in out.splitlines() if line.strip().startswith("actor ")]
    in_sample, held_out = float(actor[1]), float(actor[2])
    assert 0 < held_out < in_sample <= 1  # held-out passages are harder than the ones trained on


def test_eval_by_group_adds_a_column_held_out_by_story_group(tmp_path, capsys):
    by_group: dict[str, list[dict]] = {}
    for row in gold_rows(None):
        by_group.setdefault(evaluate.story_group(row["id"]), []).append(row)
    rows = [row for group in list(by_group)[:4] for row in by_group[group][:6]]  # four story groups
    path = tmp_path / "groups.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    assert main(["eval", str(path), "--no-baseline", "--folds", "2", "--groups"]) == 0
    out = capsys.readouterr().out
    assert "in-sample   2-fold CV    by group" in out
    [actor] = [line.split() for line in out.splitlines() if line.strip().startswith("actor ")]
    assert 0 < float(actor[3]) < float(actor[1]) <= 1


def test_eval_by_group_refuses_too_few_groups_before_any_training(tmp_path, capsys):
    path = tmp_path / "three.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in gold_rows(3)), encoding="utf-8")
    assert main(["eval", str(path), "--no-baseline", "--groups"]) == 2
    captured = capsys.readouterr()
    assert "1 story group: --groups needs at least 5, one per fold" in captured.err and "training fold" not in captured.err


@pytest.mark.parametrize("folds", ["1", "-2"])
def test_eval_refuses_a_meaningless_number_of_folds(small_gold, folds, capsys):
    assert main(["eval", str(small_gold), "--folds", folds]) == 2
    assert "--folds must be 0" in capsys.readouterr().err


def test_the_target_model_is_trained_without_the_actor_only_features():
    # the party a paragraph names first is learned for the actor; as a target feature it scored lower
    pairs = linear.shipped().parties.pairs
    actor_only = {name: weights for name, weights in pairs.items() if name.startswith(learn.ACTOR_ONLY)}
    assert actor_only and all(target == 0 for _, target in actor_only.values())
    assert any(actor != 0 for actor, _ in actor_only.values())
