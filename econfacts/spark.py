"""econfacts on Apache Spark: the same extraction, spread over a cluster (extra `econfacts[spark]`).

Each Spark task streams its partition's Arrow batches through `run.process`, the code the local
engine runs, in groups of `run.BATCH_DOCS` documents; nothing is reimplemented here. One pass
yields one wide record per fact, rejected row and document status, tagged by `_table`; the three
tables are selected from it.

    from econfacts.spark import extract
    facts = extract(spark.read.json("s3://news/2025/*.jsonl"))   # a Spark DataFrame of facts

Run as a script (`spark-submit econfacts/spark.py INPUT... -o DIR`) or through
`econfacts extract --engine spark`.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl
import pyarrow as pa

from econfacts import table
from econfacts.ingest import INPUT_KINDS, InputError, default_id, input_kind, row_document, sidecar_meta
from econfacts.model import DocumentFailure
from econfacts.model import Options

if TYPE_CHECKING:  # pyspark is an optional extra
    from pyspark.sql import DataFrame, SparkSession

TAG = "_table"
# One record type for the three tables: the facts columns, the rejection reason, the status columns.
WIDE_DTYPES: dict[str, pl.DataType] = {
    TAG: pl.String(), **table.REJECTED_DTYPES,
    **{k: v for k, v in table.STATUS_DTYPES.items() if k not in table.FACT_DTYPES},
}
_ARROW = {pl.String(): pa.string(), pl.Int64(): pa.int64(), pl.Float64(): pa.float64(), pl.Date(): pa.date32()}
WIDE_ARROW = pa.schema([pa.field(name, _ARROW[dtype]) for name, dtype in WIDE_DTYPES.items()])


@dataclass
class Tables:
    """The three outputs of one extraction, as Spark DataFrames over one persisted pass."""

    facts: DataFrame
    documents: DataFrame
    rejected: DataFrame
    wide: DataFrame


def spark_schema():
    """The wide record as a Spark StructType (facts + rejection + status columns + `_table`)."""
    from pyspark.sql import types as T

    kinds = {pl.String(): T.StringType(), pl.Int64(): T.LongType(), pl.Float64(): T.DoubleType(), pl.Date(): T.DateType()}
    return T.StructType([T.StructField(name, kinds[dtype], True) for name, dtype in WIDE_DTYPES.items()])


def extract_arrow(batches: Iterator[pa.RecordBatch], options: Options = Options()) -> Iterator[pa.RecordBatch]:
    """The per-task function: input rows (`_id`, `_text`, `_published`, `_where`, `_corrupt`,
    `_kind`) in, wide records out. Pure Python and Arrow; Spark calls it through `mapInArrow`.
    Rows are read by `ingest.row_document`, as the local engine reads them."""
    from econfacts.run import batches as grouped, process

    def documents():
        for record_batch in batches:
            for row in record_batch.to_pylist():
                where = row["_where"] or "spark input"
                if row.get("_corrupt") is not None:
                    yield DocumentFailure(default_id(where, row["_corrupt"]), where, f"{where}: not a JSON object")
                    continue
                fields = {"id": row["_id"], "text": row["_text"], "published": row["_published"]}
                if row.get("_kind") == "text":  # a .txt file: its stem names it, a sidecar dates it
                    fields = {**sidecar_meta(where), "id": Path(where.rsplit("/", 1)[-1]).stem, "text": row["_text"]}
                    if "error" in fields:
                        yield DocumentFailure(fields["id"], where, fields["error"])
                        continue
                yield row_document(fields, where, where)

    for group in grouped(documents()):
        valid, rejected, status = process(group, options)
        parts = [frame.with_columns(pl.lit(tag).alias(TAG))
                 for tag, frame in (("facts", valid), ("rejected", rejected), ("documents", status)) if frame.height]
        wide = pl.concat(parts, how="diagonal_relaxed")
        wide = wide.select(pl.col(n).cast(t) if n in wide.columns else pl.lit(None, t).alias(n) for n, t in WIDE_DTYPES.items())
        yield from wide.to_arrow().cast(WIDE_ARROW).to_batches()


def _inputs(df: DataFrame, text: str, id: str, published: str) -> DataFrame:
    """The document columns under the names `extract_arrow` reads, with clear errors for bad ones."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    columns = df.columns
    for role, name in (("text", text), ("id", id)):
        if name not in columns:
            raise ValueError(f"no {role} column {name!r} in the DataFrame (columns: {', '.join(columns) or 'none'})")
    if not isinstance(df.schema[text].dataType, T.StringType):
        raise ValueError(f"text column {text!r} is {df.schema[text].dataType.simpleString()}, not a string")
    where = F.col("_where") if "_where" in columns else F.lit("spark input")
    return df.select(
        F.col(id).cast("string").alias("_id"),
        F.col(text).alias("_text"),
        (F.col(published).cast("string") if published in columns else F.lit(None).cast("string")).alias("_published"),
        where.alias("_where"),
        (F.col("_corrupt_record") if "_corrupt_record" in columns else F.lit(None).cast("string")).alias("_corrupt"),
        (F.col("_kind") if "_kind" in columns else F.lit("table")).alias("_kind"),
    )


def _wide(df: DataFrame, text: str, id: str, published: str, base_currency: str, run_date=None) -> DataFrame:
    """The wide records of a DataFrame of documents (lazy). Undated documents are converted at
    `run_date`, by default the driver's date when the job is defined (the same in every task)."""
    options = Options(base_currency, run_date=run_date).dated()

    def task(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        return extract_arrow(batches, options)

    return _inputs(df, text, id, published).mapInArrow(task, spark_schema())


def extract_tables(df: DataFrame, text: str = "text", id: str = "id", published: str = "published",
                   base_currency: str = "USD", run_date=None) -> Tables:
    """Facts, document statuses and rejected rows of a DataFrame of documents, from one pass that
    is persisted (memory, then disk) so the three tables do not recompute it; call
    `tables.wide.unpersist()` when done."""
    from pyspark import StorageLevel

    wide = _wide(df, text, id, published, base_currency, run_date).persist(StorageLevel.MEMORY_AND_DISK)
    pick = lambda tag, names: wide.filter(wide[TAG] == tag).select(*names)  # noqa: E731
    return Tables(
        facts=pick("facts", list(table.FACT_DTYPES)),
        documents=pick("documents", list(table.STATUS_DTYPES)),
        rejected=pick("rejected", list(table.REJECTED_DTYPES)),
        wide=wide,
    )


def extract(df: DataFrame, text: str = "text", id: str = "id", published: str = "published",
            base_currency: str = "USD", run_date=None) -> DataFrame:
    """A Spark DataFrame of documents -> a Spark DataFrame of facts (the facts schema's columns);
    undated documents are converted at `run_date` (a datetime.date; default: today, once)."""
    wide = _wide(df, text, id, published, base_currency, run_date)
    return wide.filter(wide[TAG] == "facts").select(*table.FACT_DTYPES)


def session(master: str | None = None, app: str = "econfacts", progress: bool = False) -> SparkSession:
    """A Spark session; `master` as given (local[2], spark://host:7077, yarn), else Spark's own
    default or the one spark-submit set. Python workers run this interpreter in local mode.
    `progress` shows Spark's stage progress bar (tasks done / total) on stderr."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SystemExit("econfacts: the Spark engine needs pyspark: pip install 'econfacts[spark]'") from None
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    launched = "PYSPARK_GATEWAY_PORT" in os.environ  # under spark-submit, which chose the master and Python
    if (master or ("" if launched else "local")).startswith("local"):  # workers here: this interpreter
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = builder.config("spark.ui.showConsoleProgress", str(progress).lower()).getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def read_documents(spark: SparkSession, inputs: list[str]) -> DataFrame:
    """JSONL, CSV or parquet inputs (files, folders or globs of one kind) as a DataFrame of
    documents with `_where` naming the file; a JSONL line that is not JSON keeps its place."""
    from pyspark.sql import functions as F

    kinds = {_kind(name) for name in inputs}
    if len(kinds) != 1:
        raise ValueError(f"inputs mix kinds ({', '.join(sorted(kinds))}); give one kind per run")
    kind = kinds.pop()
    if kind == "text":  # one document per file, as the local engine reads .txt
        from pyspark.sql import functions as F

        df = spark.read.option("wholetext", True).option("recursiveFileLookup", True).option("pathGlobFilter", "*.txt").text(inputs)
        return df.select(F.lit(None).cast("string").alias("id"), F.col("value").alias("text"), F.lit(None).cast("string").alias("published"),
                         F.input_file_name().alias("_where"), F.lit("text").alias("_kind"))
    if kind == "jsonl":
        schema = "id string, text string, published string, _corrupt_record string"
        df = spark.read.schema(schema).option("columnNameOfCorruptRecord", "_corrupt_record").json(inputs)
    elif kind == "csv":
        df = spark.read.option("header", True).option("multiLine", True).option("escape", '"').csv(inputs)
    else:
        df = spark.read.parquet(*inputs)
    return df.withColumn("_where", F.input_file_name())


def _kind(name: str) -> str:
    """The input kind of a file, folder or glob, by the table both engines share (ingest.INPUT_KINDS)."""
    path = Path(name)
    if "://" not in name and path.is_dir():
        found = {INPUT_KINDS[p.suffix.lower()] for p in path.rglob("*") if p.suffix.lower() in INPUT_KINDS}
        if len(found) != 1:
            raise ValueError(f"{name}: a folder of one kind of input is needed ({', '.join(INPUT_KINDS)}); "
                             f"found {', '.join(sorted(found)) or 'none'}")
        return found.pop()
    try:
        return input_kind(name)
    except InputError as err:
        raise ValueError(str(err)) from None


def run(inputs: list[str], out: str | Path, master: str | None = None, base_currency: str = "USD",
        spark: SparkSession | None = None, progress: bool = False) -> Any:
    """Extract `inputs` on Spark into out/facts, out/documents, out/rejected (parquet part files,
    committed by Spark: no half-written part under a final name). `out` is a local folder or a
    URI Spark can write (hdfs://, s3a://). Returns a RunSummary."""
    from econfacts.run import DATASET_TABLES, ResumeError, RunSummary

    uri = str(out).rstrip("/")
    local = None if "://" in uri else Path(uri)
    if local is not None and any((local / sub).exists() for sub in DATASET_TABLES):
        raise ResumeError(f"{out}: holds the output of an earlier run; remove it or choose another folder")
    spark = spark or session(master, progress=progress)
    tables = extract_tables(read_documents(spark, inputs), base_currency=base_currency)
    try:
        for name in DATASET_TABLES:
            getattr(tables, name).write.parquet(f"{uri}/{name}")
        counts = {(row[TAG], row["kind"], row["status"]): row["count"]
                  for row in tables.wide.groupBy(TAG, "kind", "status").count().collect()}
        reasons = [r["reason"] for r in tables.documents.filter("status = 'failed'").select("reason").limit(1000).collect()]
        summary = RunSummary(outputs=[f"{uri}/facts", f"{uri}/documents"])
        summary.add(sum(n for (tag, _, _), n in counts.items() if tag == "documents"),
                    sum(n for (tag, _, status), n in counts.items() if tag == "documents" and status == "failed"), reasons,
                    sum((Counter({kind: n}) for (tag, kind, _), n in counts.items() if tag == "facts"), Counter()),
                    sum(n for (tag, _, _), n in counts.items() if tag == "rejected"))
    except BaseException:
        import shutil

        for sub in DATASET_TABLES:  # a failed job leaves nothing a reader could take as output
            if local is not None:
                shutil.rmtree(local / sub, ignore_errors=True)
        raise
    finally:
        tables.wide.unpersist()
    return summary


def main(argv: list[str] | None = None) -> int:
    """`spark-submit econfacts/spark.py INPUT... -o DIR [--base-currency USD]`."""
    from econfacts.cli import main as cli_main

    return cli_main(["extract", "--engine", "spark", *(argv if argv is not None else sys.argv[1:])])


if __name__ == "__main__":
    sys.exit(main())
