"""The facts table contract: a pandera DataFrameModel (polars backend), the source of truth.

`schemas/facts.schema.json` is generated from it (`econfacts schema -o schemas/facts.schema.json`)
and a test keeps the two in sync.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import warnings
from typing import Optional

import pandera.polars as pa
import polars as pl

from econfacts import context
from econfacts.currencies import iso_codes

# Validate the data, not only names and types, whatever the environment says.
os.environ.setdefault("PANDERA_VALIDATION_DEPTH", "SCHEMA_AND_DATA")

KINDS = ["money", "percent", "quantity", "count"]
QUALIFIERS = ["exact", "approx", "min", "max", "range", "vague"]
MEASURES = list(context.MEASURES)  # one source: the labeller's labels
STATUSES = list(context.STATUSES)
CHANGES = [c for c in context.CHANGES if c != "none"]  # "none" is the labeller's null
FX_SOURCES = ["ECB", "NBP", "identity"]
FX_BASES = ["published", "run_date", "latest_fixing"]
PLACE_CODE = r"^(?:[A-Z]{2}|EU|G7|G20|NATO|UN|OPEC|IMF)$"


class FactSchema(pa.DataFrameModel):
    """One row per figure found in a document."""

    doc_id: str = pa.Field(str_length={"min_value": 1})
    fact_id: str = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16}$")
    sentence_index: int = pa.Field(ge=0)
    start: int = pa.Field(ge=0)
    end: int = pa.Field(ge=1)
    surface: str = pa.Field(str_length={"min_value": 1})
    sentence: str = pa.Field(str_length={"min_value": 1})
    kind: str = pa.Field(isin=KINDS)
    value: Optional[float] = pa.Field(nullable=True)
    low: Optional[float] = pa.Field(nullable=True)
    high: Optional[float] = pa.Field(nullable=True)
    qualifier: str = pa.Field(isin=QUALIFIERS)
    unit: str = pa.Field(str_length={"min_value": 1})
    per: Optional[str] = pa.Field(nullable=True)
    change: Optional[str] = pa.Field(nullable=True, isin=CHANGES)
    measure: Optional[str] = pa.Field(nullable=True, isin=MEASURES)
    actor: Optional[str] = pa.Field(nullable=True, str_matches=PLACE_CODE)
    target: Optional[str] = pa.Field(nullable=True, str_matches=PLACE_CODE)
    context_confidence: Optional[float] = pa.Field(nullable=True, ge=0, le=1)
    measure_confidence: Optional[float] = pa.Field(nullable=True, ge=0, le=1)
    actor_confidence: Optional[float] = pa.Field(nullable=True, ge=0, le=1)
    target_confidence: Optional[float] = pa.Field(nullable=True, ge=0, le=1)
    change_confidence: Optional[float] = pa.Field(nullable=True, ge=0, le=1)
    period: Optional[str] = pa.Field(nullable=True, str_length={"min_value": 1})
    period_start: Optional[dt.date] = pa.Field(nullable=True)
    period_end: Optional[dt.date] = pa.Field(nullable=True)
    period_note: Optional[str] = pa.Field(nullable=True)
    status: str = pa.Field(isin=STATUSES)
    source: Optional[str] = pa.Field(nullable=True, str_length={"min_value": 1})
    norm_value: Optional[float] = pa.Field(nullable=True)
    norm_low: Optional[float] = pa.Field(nullable=True)
    norm_high: Optional[float] = pa.Field(nullable=True)
    norm_unit: Optional[str] = pa.Field(nullable=True)
    fx_rate: Optional[float] = pa.Field(nullable=True, gt=0)
    fx_date: Optional[dt.date] = pa.Field(nullable=True)
    fx_source: Optional[str] = pa.Field(nullable=True, isin=FX_SOURCES)
    fx_basis: Optional[str] = pa.Field(nullable=True, isin=FX_BASES)
    norm_note: Optional[str] = pa.Field(nullable=True)
    published: Optional[dt.date] = pa.Field(nullable=True)
    extractor_version: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        coerce = False

    @pa.dataframe_check
    def numbers_are_finite(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """No infinite or NaN value, bound, normalised value, rate or confidence."""
        columns = ("value", "low", "high", "norm_value", "norm_low", "norm_high", "fx_rate", "context_confidence",
                   "measure_confidence", "actor_confidence", "target_confidence", "change_confidence")
        finite = [pl.col(c).is_null() | pl.col(c).is_finite() for c in columns]
        return data.lazyframe.select(pl.all_horizontal(finite))

    @pa.dataframe_check
    def surface_is_in_its_sentence(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """The figure's words stand in its sentence as written."""
        return data.lazyframe.select(pl.col("sentence").str.contains(pl.col("surface"), literal=True))

    @pa.dataframe_check
    def period_is_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """period_start is on or before period_end; dates only with a period phrase."""
        start, end = pl.col("period_start"), pl.col("period_end")
        ordered = start.is_null() | end.is_null() | (start <= end)
        return data.lazyframe.select(ordered & (pl.col("period").is_not_null() | (start.is_null() & end.is_null())))

    @pa.dataframe_check
    def span_is_ordered(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """end is after start, and the surface is as long as the span."""
        return data.lazyframe.select(
            (pl.col("end") > pl.col("start")) & (pl.col("surface").str.len_chars() == pl.col("end") - pl.col("start"))
        )

    @pa.dataframe_check
    def value_or_bounds(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """value is set, or (range/vague) low and high are, with low <= high."""
        bounded = pl.col("qualifier").is_in(["range", "vague"])
        return data.lazyframe.select(
            pl.when(bounded)
            .then(pl.col("value").is_null() & pl.col("low").is_not_null() & pl.col("high").is_not_null() & (pl.col("low") <= pl.col("high")))
            .otherwise(pl.col("value").is_not_null())
        )

    @pa.dataframe_check
    def unit_fits_kind(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """money is in an ISO 4217 code; percent in percent or percentage_point."""
        kind = pl.col("kind")
        return data.lazyframe.select(
            pl.when(kind == "money").then(pl.col("unit").is_in(sorted(iso_codes())))
            .when(kind == "percent").then(pl.col("unit").is_in(["percent", "percentage_point"]))
            .otherwise(pl.lit(True))
        )

    @pa.dataframe_check
    def money_is_converted_or_explained(cls, data: pa.PolarsData) -> pl.LazyFrame:
        """a money row has a normalised value with its rate, or a note saying why not."""
        converted = pl.col("fx_rate").is_not_null() & pl.col("fx_date").is_not_null() & pl.col("fx_source").is_not_null()
        return data.lazyframe.select(
            pl.when(pl.col("kind") == "money").then(converted | pl.col("norm_note").is_not_null()).otherwise(pl.lit(True))
        )


def columns() -> list[str]:
    """Column names of the facts table, in order."""
    return list(FactSchema.to_schema().columns)


def validate(frame: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(valid rows, rejected rows with `failed_check` and `failure_case`) of a facts frame."""
    try:
        FactSchema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
        if "index" not in cases.columns or cases.get_column("index").null_count() == cases.height:
            raise  # a table-wide failure (missing column, wrong type): not a row problem
        per_row = (
            cases.filter(pl.col("index").is_not_null())
            .group_by("index")
            .agg(
                pl.concat_str([pl.col("column"), pl.lit(": "), pl.col("check")]).str.join("; ").alias("failed_check"),
                pl.col("failure_case").cast(pl.String).str.join("; ").alias("failure_case"),
            )
            .with_columns(pl.col("index").cast(pl.UInt32))
        )
        indexed = frame.with_row_index("index")
        rejected = indexed.join(per_row, on="index", how="inner").drop("index")
        valid = indexed.join(per_row, on="index", how="anti").drop("index")
        return valid, rejected
    return frame, frame.clear().with_columns(
        pl.lit(None, pl.String).alias("failed_check"), pl.lit(None, pl.String).alias("failure_case")
    )


def failures(frame: pl.DataFrame) -> list[dict]:
    """Every failed check of a facts table: {"row": index or None for the table, "column", "check",
    "case"}; empty when the table satisfies the schema."""
    try:
        FactSchema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        return [{"row": case["index"], "column": case["column"], "check": str(case["check"]),
                 "case": str(case["failure_case"])[:200]} for case in err.failure_cases.iter_rows(named=True)]
    except pa.errors.SchemaError as err:
        return [{"row": None, "column": None, "check": "schema", "case": str(err).splitlines()[0]}]
    return []


def report(frame: pl.DataFrame) -> list[str]:
    """One line per failed check and row of a facts table; empty when it satisfies the schema."""
    return report_lines(failures(frame))


def report_lines(found: list[dict]) -> list[str]:
    """The failures of `failures()` as one line each."""
    lines = []
    for failure in found:
        row = "table" if failure["row"] is None else f"row {failure['row']}"
        if failure["check"] == "schema":
            lines.append(f"table: {failure['case']}")
        else:
            lines.append(f"{row}: {failure['column']}: check {failure['check']} failed on {failure['case'][:120]!r}")
    return lines


def export() -> dict:
    """The schema as a JSON-ready dict for readers outside Python."""
    schema = FactSchema.to_schema()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # dataframe-level checks are listed below instead
        exported = json.loads(schema.to_json())
    exported["dataframe_checks"] = [
        {"name": name, "description": (getattr(FactSchema, name).__doc__ or "").strip()}
        for name in ("span_is_ordered", "value_or_bounds", "unit_fits_kind", "money_is_converted_or_explained",
                     "numbers_are_finite", "surface_is_in_its_sentence", "period_is_ordered")
    ]
    return exported
