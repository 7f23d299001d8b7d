"""Linear choice models: score each candidate (a label, a party, or none) by the summed weights of
its features and turn the scores into probabilities with a softmax.

One `ChoiceModel` is one question ("which measure?", "which party acts?"). Its weights are a
matrix: one row per feature, one column per question when several questions share features
(actor and target read the same candidate features with different weights). The weights are
learned by `econfacts.learn` from the gold passages and shipped in `data/context_model.json`;
nothing is fetched at run time.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path

import numpy as np

MODEL_FILE = "context_model.json"
DECIMALS = 3  # weights are stored to a thousandth: finer steps do not change a choice


@dataclass(frozen=True)
class ChoiceModel:
    """Weights of one or more questions over a shared feature vocabulary."""

    questions: tuple[str, ...]
    index: dict[str, int]  # feature -> row of `weights`
    weights: np.ndarray  # (features + 1, questions); the last row is all zero (unknown features)
    # whether a feature's weight counts as often as the feature is listed ("bt=oil" twice between a
    # party and the figure), or once; the same in training (econfacts.learn) and here
    counted: bool = False

    @classmethod
    def from_dict(cls, data: dict) -> ChoiceModel:
        questions = tuple(data["questions"])
        features = data["features"]
        weights = np.zeros((len(features) + 1, len(questions)), dtype=np.float64)
        for row, name in enumerate(features):
            weights[row] = data["weights"][name]
        return cls(questions, {name: row for row, name in enumerate(features)}, weights, bool(data.get("counted", False)))

    def to_dict(self) -> dict:
        """The weights as JSON-ready data; features whose weights all round to zero are left out."""
        rounded = {name: [round(float(w), DECIMALS) for w in self.weights[row]] for name, row in self.index.items()}
        names = sorted(name for name, ws in rounded.items() if any(ws))
        return {"questions": list(self.questions), "counted": self.counted, "features": names,
                "weights": {name: rounded[name] for name in names}}

    def present(self, features: list[str]) -> list[str] | set[str]:
        """The features as the model reads them: every one listed when it counts them, else each once."""
        return features if self.counted else set(features)

    @cached_property
    def pairs(self) -> dict[str, tuple[float, ...]]:
        """feature -> its weights as a tuple (one per question): quicker than numpy for the few
        features of one candidate. Built once per model."""
        return {name: tuple(float(w) for w in self.weights[row]) for name, row in self.index.items()}

    def rows(self, features: list[str]) -> list[int]:
        """Rows of the known features (unknown ones are dropped), each once unless the model counts them."""
        get = self.index.get
        return [row for row in map(get, self.present(features)) if row is not None]

    def label_scores(self, features: list[str]) -> np.ndarray:
        """Scores of every question (used as labels) for one feature list: a multinomial model."""
        rows = self.rows(features)
        if not rows:
            return np.zeros(len(self.questions))
        return self.weights.take(rows, axis=0).sum(axis=0)


def softmax(scores: list[float] | np.ndarray) -> list[float]:
    """Probabilities from scores (numerically stable)."""
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


@dataclass(frozen=True)
class ContextModel:
    """The learned parts of the labeller: measure, change, the parties (actor, target), status,
    and the choice of a figure's period phrase."""

    measure: ChoiceModel
    change: ChoiceModel
    parties: ChoiceModel  # questions: actor, target
    status: ChoiceModel | None = None  # actual, forecast, proposed
    period: ChoiceModel | None = None  # which period phrase (or none) governs the figure

    @classmethod
    def from_dict(cls, data: dict) -> ContextModel:
        return cls(*(ChoiceModel.from_dict(data[name]) for name in ("measure", "change", "parties")),
                   *(ChoiceModel.from_dict(data[name]) if name in data else None for name in ("status", "period")))

    def to_dict(self) -> dict:
        names = ("measure", "change", "parties") + tuple(name for name in ("status", "period") if getattr(self, name) is not None)
        return {name: getattr(self, name).to_dict() for name in names}

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")


@cache
def shipped() -> ContextModel:
    """The model shipped with the package (data/context_model.json)."""
    text = files("econfacts").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return ContextModel.from_dict(json.loads(text))
