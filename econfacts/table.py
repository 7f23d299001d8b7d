"""Facts and document statuses -> polars DataFrames; atomic parquet / jsonl / csv writing."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from econfacts.model import DocumentStatus, Fact

FACT_DTYPES: dict[str, pl.DataType] = {
    "doc_id": pl.String(), "fact_id": pl.String(), "sentence_index": pl.Int64(), "start": pl.Int64(),
    "end": pl.Int64(), "surface": pl.String(), "sentence": pl.String(), "kind": pl.String(),
    "value": pl.Float64(), "low": pl.Float64(), "high": pl.Float64(), "qualifier": pl.String(),
    "unit": pl.String(), "per": pl.String(), "change": pl.String(), "measure": pl.String(),
    "actor": pl.String(), "target": pl.String(),
    "context_confidence": pl.Float64(), "measure_confidence": pl.Float64(), "actor_confidence": pl.Float64(),
    "target_confidence": pl.Float64(), "change_confidence": pl.Float64(), "period": pl.String(), "period_start": pl.Date(), "period_end": pl.Date(),
    "period_note": pl.String(), "status": pl.String(), "source": pl.String(), "norm_value": pl.Float64(), "norm_low": pl.Float64(),
    "norm_high": pl.Float64(), "norm_unit": pl.String(), "fx_rate": pl.Float64(), "fx_date": pl.Date(),
    "fx_source": pl.String(), "fx_basis": pl.String(), "norm_note": pl.String(), "published": pl.Date(),
    "extractor_version": pl.String(),
}
STATUS_DTYPES: dict[str, pl.DataType] = {
    "doc_id": pl.String(), "origin": pl.String(), "status": pl.String(), "reason": pl.String(),
    "fact_count": pl.Int64(), "chars": pl.Int64(), "published": pl.Date(),
}
REJECTED_DTYPES: dict[str, pl.DataType] = {**FACT_DTYPES, "failed_check": pl.String(), "failure_case": pl.String()}
FORMATS = ("parquet", "jsonl", "csv")


def facts_frame(facts: list[Fact]) -> pl.DataFrame:
    """Facts as a DataFrame with the contract's column types."""
    columns = {name: [getattr(f, name) for f in facts] for name in FACT_DTYPES}
    return pl.DataFrame(columns, schema=FACT_DTYPES)


def status_frame(statuses: list[DocumentStatus]) -> pl.DataFrame:
    """One row per input document."""
    rows = [dataclasses.asdict(s) for s in statuses]
    return pl.DataFrame(rows, schema=STATUS_DTYPES) if rows else pl.DataFrame(schema=STATUS_DTYPES)


def write(frame: pl.DataFrame, path: Path, fmt: str = "parquet") -> None:
    """Write `frame` to `path` atomically: a temporary name in the same folder, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        if fmt == "parquet":
            frame.write_parquet(tmp)
        elif fmt == "jsonl":
            frame.write_ndjson(tmp)
        elif fmt == "csv":
            frame.write_csv(tmp)
        else:
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class StreamWriter:
    """Appends frames batch by batch to one file, under a temporary name until `close()`."""

    def __init__(self, path: Path, fmt: str, dtypes: dict[str, pl.DataType]):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        self.path, self.fmt, self.dtypes = path, fmt, dtypes
        path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        self.rows = 0
        self._parquet: pq.ParquetWriter | None = None
        self._handle = None if fmt == "parquet" else self.tmp.open("wb")
        self._header = fmt == "csv"

    def write(self, frame: pl.DataFrame) -> None:
        """Append one batch."""
        self.rows += frame.height
        if self.fmt == "parquet":
            table = frame.to_arrow()
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.tmp, table.schema, compression="zstd")
            self._parquet.write_table(table)
        elif frame.height:
            assert self._handle is not None
            if self.fmt == "jsonl":
                frame.write_ndjson(self._handle)
            else:
                frame.write_csv(self._handle, include_header=self._header)
                self._header = False

    def close(self) -> None:
        """Finish the file and move it to its final name."""
        if self.fmt == "parquet":
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.tmp, pl.DataFrame(schema=self.dtypes).to_arrow().schema)
            self._parquet.close()
        else:
            assert self._handle is not None
            if self._header:
                pl.DataFrame(schema=self.dtypes).write_csv(self._handle)
            self._handle.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        """Drop the temporary file; nothing appears under the final name."""
        if self._parquet is not None:
            self._parquet.close()
        if self._handle is not None:
            self._handle.close()
        self.tmp.unlink(missing_ok=True)


def write_text_atomic(path: Path, text: str) -> None:
    """A small text file written under a temporary name, then renamed."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def read(path: Path) -> pl.DataFrame:
    """A facts file (parquet, jsonl or csv) or a dataset folder as a DataFrame with the contract's
    types where it has them."""
    if path.is_dir():
        parts = path / "facts" if (path / "facts").is_dir() else path
        if not any(parts.glob("part-*.parquet")):
            return pl.DataFrame(schema=FACT_DTYPES)
        return pl.read_parquet(parts / "part-*.parquet")
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return pl.read_parquet(path)
    if suffix == ".jsonl":
        return pl.read_ndjson(path, schema_overrides=FACT_DTYPES)
    if suffix == ".csv":
        return pl.read_csv(path, schema_overrides=FACT_DTYPES)
    raise ValueError(f"{path}: unknown table type {suffix!r}")
