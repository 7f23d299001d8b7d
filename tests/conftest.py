from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold" / "dev.jsonl"


@pytest.fixture
def seed_text() -> str:
    return (SEEDS / "000_df9a64f1ddd218e4.txt").read_text(encoding="utf-8")
