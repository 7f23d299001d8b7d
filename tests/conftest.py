from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "dev.jsonl"


@pytest.fixture
def seed_text() -> str:
    return (SEEDS / "000_df9a64f1ddd218e4.txt").read_text(encoding="utf-8")

SAMPLE_PASSAGES = 16  # the run and Spark tests use the first passages of the dev set: enough batches, quick


def gold_rows(limit: int | None = SAMPLE_PASSAGES) -> list[dict]:
    """The gold passages as dicts (the first `limit` of them)."""
    import json

    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit]
