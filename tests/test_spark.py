"""The Spark engine (local[2]) yields exactly the facts of the local engine; bad rows are accounted for."""
from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pyarrow as pa
import pytest

from econfacts import run, spark, table
from econfacts.cli import main
from econfacts.ingest import default_id
from econfacts.model import Options

from .conftest import GOLD, gold_rows

ROWS = gold_rows()
RUN_DATE = dt.date.today()  # one date for every engine compared here, even past midnight


def _sorted(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.select(list(table.FACT_DTYPES)).sort("doc_id", "start", "end")


@pytest.fixture(scope="module")
def local_facts(tmp_path_factory) -> pl.DataFrame:
    folder = tmp_path_factory.mktemp("local")
    sample = folder / "dev-sample.jsonl"
    sample.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    out = folder / "facts.parquet"
    run.extract([str(sample)], out, options=Options(run_date=RUN_DATE), jobs=1)
    return _sorted(pl.read_parquet(out))


@pytest.fixture(scope="module")
def session():
    s = spark.session("local[2]", app="econfacts-tests")
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


def test_the_task_function_alone_gives_the_local_facts(local_facts):
    batch = pa.RecordBatch.from_pylist(
        [{"_id": r["id"], "_text": r["text"], "_published": r.get("published"), "_where": "dev", "_corrupt": None, "_kind": "table"}
         for r in ROWS])
    wide = pl.from_arrow(pa.Table.from_batches(list(spark.extract_arrow(iter([batch]), Options(run_date=RUN_DATE)))))
    facts = wide.filter(pl.col(spark.TAG) == "facts")
    assert_frames_equal(_sorted(facts), local_facts)
    assert wide.filter(pl.col(spark.TAG) == "documents").height == len(ROWS)


def test_spark_dataframe_api_matches_the_local_engine_on_the_dev_set(session, local_facts):
    df = session.createDataFrame([(r["id"], r["text"], r.get("published")) for r in ROWS],
                                 "doc string, body string, date string").repartition(2)
    facts = spark.extract(df, text="body", id="doc", published="date", run_date=RUN_DATE)
    assert facts.columns == list(table.FACT_DTYPES)
    got = pl.from_arrow(facts.toArrow())
    assert got.height == local_facts.height > 100
    assert_frames_equal(_sorted(got), local_facts)


def test_cli_spark_engine_writes_a_dataset_and_accounts_for_bad_lines(session, local_facts, tmp_path, capsys):
    corpus = tmp_path / "in.jsonl"
    lines = [json.dumps(r) for r in ROWS] + ["{not json", json.dumps({"id": "empty", "text": "  "}),
                                             json.dumps({"id": "late", "text": "Up 5%.", "published": "soon"}),
                                             json.dumps({"text": "Down 2%."})]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "ds"
    code = main(["extract", "--engine", "spark", str(corpus), "-o", str(out)])
    assert code == 1  # some documents failed, each named
    facts = table.read(out)
    assert_frames_equal(_sorted(facts.filter(pl.col("doc_id").is_in([r["id"] for r in ROWS]))), local_facts)
    docs = pl.read_parquet(out / "documents" / "*.parquet")
    assert docs.height == len(lines)
    failed = docs.filter(pl.col("status") == "failed").sort("reason")
    reasons = failed.get_column("reason").to_list()
    assert len(reasons) == 3
    assert any("not a JSON object" in r for r in reasons)
    assert any("empty document" in r for r in reasons)
    assert any("'soon' is not an ISO date" in r for r in reasons)
    assert all(str(corpus) in r for r in reasons)  # each reason names the file
    # the dev passages' facts and the one of "Down 2%."
    assert f"20 documents (17 ok, 3 failed), {local_facts.height + 1} facts" in capsys.readouterr().err
    unnamed = docs.filter(~pl.col("doc_id").is_in([r["id"] for r in ROWS] + ["empty", "late"]))
    # rows without an id are named as the local engine names them: file name and a hash of the text
    assert sorted(unnamed.get_column("doc_id")) == sorted([default_id(str(corpus), "{not json"), default_id(str(corpus), "Down 2%.")])
    assert main(["validate", str(out)]) == 0


def test_spark_engine_refuses_what_it_cannot_do(session, tmp_path, capsys):
    out = tmp_path / "ds"
    assert main(["extract", "--engine", "spark", str(GOLD), "-o", str(tmp_path / "facts.parquet")]) == 2
    assert "give -o a folder name" in capsys.readouterr().err
    doc = tmp_path / "a.docx"
    doc.write_text("Up 5%.", encoding="utf-8")
    assert main(["extract", "--engine", "spark", str(doc), "-o", str(out)]) == 2
    assert "unsupported input type '.docx'" in capsys.readouterr().err
    (out / "facts").mkdir(parents=True)
    assert main(["extract", "--engine", "spark", str(GOLD), "-o", str(out)]) == 2
    assert "output of an earlier run" in capsys.readouterr().err
    with pytest.raises(ValueError, match="no text column 'body'"):
        spark.extract(session.createDataFrame([("a", "x")], "id string, text string"), text="body")


def assert_frames_equal(got: pl.DataFrame, want: pl.DataFrame) -> None:
    from polars.testing import assert_frame_equal

    assert_frame_equal(got, want, check_exact=True)


def test_both_engines_read_a_folder_of_text_files_alike(session, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("The EU imposed a 25% tariff on steel, worth $2 billion.", encoding="utf-8")
    (folder / "b.txt").write_text("Exports fell 3% in May.", encoding="utf-8")
    (folder / "b.meta.json").write_text('{"published": "2025-06-30"}', encoding="utf-8")
    assert main(["extract", str(folder), "-o", str(tmp_path / "local")]) == 0
    assert main(["extract", "--engine", "spark", str(folder), "-o", str(tmp_path / "spark")]) == 0
    local, on_spark = table.read(tmp_path / "local"), table.read(tmp_path / "spark")
    assert sorted(local.get_column("doc_id").unique()) == ["a", "b"]
    assert_frames_equal(_sorted(on_spark), _sorted(local))
