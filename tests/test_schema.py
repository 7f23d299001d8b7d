"""The pandera contract: good rows pass, bad rows are quarantined with the failed check."""
from __future__ import annotations

import json
from pathlib import Path

import polars as pl

from econfacts import extract_text, schema, table

ROOT = Path(__file__).resolve().parent.parent


def _seed_frame(seed_text):
    return table.facts_frame(extract_text(seed_text, published="2025-09-04"))


def test_seed_facts_satisfy_the_schema(seed_text):
    frame = _seed_frame(seed_text)
    valid, rejected = schema.validate(frame)
    assert valid.height == frame.height == 4 and rejected.height == 0
    assert schema.report(frame) == []


def test_bad_rows_are_quarantined_with_the_check(seed_text):
    frame = _seed_frame(seed_text).with_row_index("i").with_columns(
        pl.when(pl.col("i") == 0).then(pl.lit("dollars")).otherwise(pl.col("unit")).alias("unit"),
        pl.when(pl.col("i") == 1).then(pl.lit("lots")).otherwise(pl.col("kind")).alias("kind"),
    ).drop("i")
    valid, rejected = schema.validate(frame)
    assert valid.height == 2 and rejected.height == 2
    checks = dict(zip(rejected.get_column("surface"), rejected.get_column("failed_check")))
    assert "unit_fits_kind" in checks["€1.1 billion"]
    assert "isin" in checks["26 countries"] and checks["26 countries"].startswith("kind")


def test_value_or_bounds_is_checked(seed_text):
    frame = _seed_frame(seed_text).with_columns(pl.lit(None, pl.Float64).alias("value"))
    lines = schema.report(frame)
    assert any("value_or_bounds" in line for line in lines)
    assert sum("value_or_bounds" in line for line in lines) == 3  # the vague row has no value anyway


def test_exported_schema_is_in_sync():
    committed = json.loads((ROOT / "schemas" / "facts.schema.json").read_text())
    assert committed == json.loads(json.dumps(schema.export())), "run `make schema` and commit schemas/facts.schema.json"


def test_table_columns_match_the_schema():
    assert list(table.FACT_DTYPES) == schema.columns()
