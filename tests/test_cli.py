"""The command line end to end: the seed article, outputs, bad input and exit codes."""
from __future__ import annotations

import datetime as dt
import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from econfacts.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_seed_article_end_to_end(tmp_path, capsys):
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(ROOT / "seeds"), "-o", str(out)]) == 0
    facts = pl.read_parquet(out).sort("start")
    rows = [(r["surface"], r["kind"], r["value"], r["low"], r["high"], r["unit"], r["qualifier"]) for r in facts.iter_rows(named=True)]
    assert rows == [
        ("€1.1 billion", "money", 1.1e9, None, None, "EUR", "exact"),
        ("26 countries", "count", 26.0, None, None, "country", "exact"),
        ("hundreds of billions of dollars", "money", None, 1e11, 1e12, "USD", "vague"),
        ("25%", "percent", 25.0, None, None, "percent", "exact"),
    ]
    about = facts.select("surface", "measure", "actor", "target").rows()
    assert about[:2] + about[3:] == [
        ("€1.1 billion", "trade", "RU", "EU"),
        ("26 countries", "other", None, None),
        ("25%", "tariff", "US", "IN"),
    ]  # the third figure's actor is a known miss: test_seed_sanctions_cost_is_put_by_the_us
    euro = facts.row(0, named=True)
    assert euro["fx_date"] == dt.date(2025, 9, 4) and euro["fx_source"] == "ECB" and euro["fx_basis"] == "published"
    assert math.isclose(euro["norm_value"], 1.1e9 * euro["fx_rate"]) and euro["norm_unit"] == "USD"
    text = (ROOT / "seeds" / "000_df9a64f1ddd218e4.txt").read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["surface"] for r in facts.iter_rows(named=True))
    docs = pl.read_parquet(tmp_path / "documents.parquet")
    assert docs.select("doc_id", "status", "fact_count").rows() == [("000_df9a64f1ddd218e4", "ok", 4)]
    assert not (tmp_path / "rejected.parquet").exists()
    assert "1 documents (1 ok, 0 failed), 4 facts" in capsys.readouterr().err


def test_jsonl_in_jsonl_out(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n1", "text": "Trump imposed 25% tariffs on India.", "published": "2025-08-06"}) + "\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--format", "jsonl", str(src), "-o", str(out)]) == 0
    [row] = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["surface"] == "25%" and row["kind"] == "percent" and row["published"] == "2025-08-06"
    assert set(row) >= {"doc_id", "fact_id", "start", "end", "value", "unit", "norm_value", "measure", "actor", "target"}


def test_csv_output(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "n1", "text": "It cost $5bn."}) + "\n")
    out = tmp_path / "facts.csv"
    assert main(["extract", str(src), "-o", str(out), "-q"]) == 0
    frame = pl.read_csv(out)
    assert frame.get_column("surface").to_list() == ["$5bn"]


def test_bad_documents_are_recorded_and_exit_1(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "ok", "text": "26 countries"}\n{broken\n{"id": "empty", "text": " "}\n')
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(src), "-o", str(out)]) == 1
    docs = pl.read_parquet(tmp_path / "documents.parquet")
    assert docs.get_column("status").to_list() == ["ok", "failed", "failed"]
    err = capsys.readouterr().err
    assert f"econfacts: {src} line 2: not JSON" in err and f"{src} line 3: empty document" in err
    assert pl.read_parquet(out).height == 1


def test_a_missing_input_refuses_the_run_before_anything_is_written(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("a 25% tariff")
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(tmp_path / "missing.jsonl"), str(good), "-o", str(out)]) == 2
    assert "missing.jsonl: no such file or folder; nothing was written" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "documents.parquet").exists()


def test_bad_base_currency_is_a_usage_error(tmp_path, capsys):
    assert main(["extract", str(ROOT / "seeds"), "-o", str(tmp_path / "f.parquet"), "--base-currency", "XYZ"]) == 2
    assert "not an ISO 4217 code" in capsys.readouterr().err


def test_other_base_currency(tmp_path):
    out = tmp_path / "f.parquet"
    assert main(["extract", str(ROOT / "seeds"), "-o", str(out), "--base-currency", "gbp", "-q"]) == 0
    euro = pl.read_parquet(out).filter(pl.col("unit") == "EUR").row(0, named=True)
    assert euro["norm_unit"] == "GBP" and 0.8 < euro["fx_rate"] < 0.95


def test_validate_passes_and_fails_with_a_report(tmp_path, capsys):
    out = tmp_path / "facts.parquet"
    main(["extract", str(ROOT / "seeds"), "-o", str(out), "-q"])
    assert main(["validate", str(out)]) == 0
    doctored = tmp_path / "doctored.parquet"
    pl.read_parquet(out).with_columns(
        pl.when(pl.col("kind") == "percent").then(pl.lit("sideways")).otherwise(pl.col("change")).alias("change"),
        pl.when(pl.col("kind") == "count").then(pl.lit(-3)).otherwise(pl.col("start")).alias("start"),
    ).write_parquet(doctored)
    capsys.readouterr()
    assert main(["validate", str(doctored)]) == 1
    err = capsys.readouterr().err
    assert "change: check isin" in err and "start: check greater_than_or_equal_to(0)" in err


def test_validate_missing_file(tmp_path):
    with pytest.raises(SystemExit, match="no such file"):
        main(["validate", str(tmp_path / "none.parquet")])


def test_stdin_input(tmp_path):
    out = tmp_path / "f.jsonl"
    exe = shutil.which("econfacts") or str(Path(sys.executable).with_name("econfacts"))
    done = subprocess.run([exe, "extract", "-", "-o", str(out), "-q"], input='{"id": "s", "text": "105 ships"}\n',
                          text=True, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text().splitlines()[0])["surface"] == "105 ships"


def test_no_partial_file_when_interrupted(tmp_path, monkeypatch):
    from econfacts import run

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(run, "process", boom)
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(ROOT / "seeds"), "-o", str(out), "-q"]) == 130
    assert list(tmp_path.iterdir()) == []


@pytest.mark.xfail(strict=True, reason="the story's lede is Russia, the sanctions' target: the speaker's party loses the "
                                       "actor to nobody (US with the model before the lede feature, at 0.38)")
def test_seed_sanctions_cost_is_put_by_the_us(seed_text):
    from econfacts import extract_text

    [fact] = [f for f in extract_text(seed_text, published="2025-09-04") if f.surface == "hundreds of billions of dollars"]
    assert (fact.measure, fact.actor, fact.target) == ("sanctions", "US", "RU")


def test_seed_tariff_is_imposed_by_the_us(seed_text):
    from econfacts import extract_text

    [fact] = [f for f in extract_text(seed_text, published="2025-09-04") if f.surface == "25%"]
    assert (fact.measure, fact.actor, fact.target) == ("tariff", "US", "IN")


def test_full_width_digits_are_read_as_digits_and_the_surface_stays_as_written():
    from econfacts import extract_text

    [fact] = extract_text("Revenue hit €１.５bn in May.")
    assert (fact.surface, fact.value, fact.unit) == ("€１.５bn", 1.5e9, "EUR") and fact.surface in fact.sentence


# Runs refused before anything is written: an output that is an input, a side table that is an
# input, a dataset folder holding an input, a missing input.
REFUSED = [
    (["in.jsonl", "-o", "in.jsonl"], "this output is also an input"),
    (["documents.parquet", "-o", "facts.parquet"], "this output is also an input"),
    (["ds/in.jsonl", "-o", "ds"], "the output folder holds the input"),
    (["in.jsonl", "typo.jsonl", "-o", "good.parquet"], "typo.jsonl: no such file or folder"),
    (["in.jsonl", "-o", "out.txt"], "name the output .parquet, .jsonl or .csv"),
    (["in.jsonl", "-o", "out.csv", "--format", "jsonl"], "does not match"),
]


def test_csv_and_jsonl_outputs_of_one_name_keep_their_own_side_tables(tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Exports rose 5%."}) + "\n", encoding="utf-8")
    assert main(["extract", str(corpus), "-o", str(tmp_path / "run.csv")]) == 0
    assert main(["extract", str(corpus), "-o", str(tmp_path / "run.jsonl")]) == 0
    assert (tmp_path / "run.csv.documents.parquet").exists() and (tmp_path / "run.jsonl.documents.parquet").exists()


@pytest.mark.parametrize(("args", "message"), REFUSED)
def test_runs_that_would_lose_data_are_refused_and_write_nothing(tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    line = json.dumps({"id": "a", "text": "Exports rose 5%."}) + "\n"
    Path("in.jsonl").write_text(line, encoding="utf-8")
    Path("ds").mkdir()
    Path("ds/in.jsonl").write_text(line, encoding="utf-8")
    assert main(["extract", "in.jsonl", "-o", "good.parquet"]) == 0
    Path("documents.parquet").write_bytes(Path("good.documents.parquet").read_bytes())
    before = {p: p.read_bytes() for p in Path(".").rglob("*") if p.is_file()}
    capsys.readouterr()
    assert main(["extract", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert {p: p.read_bytes() for p in Path(".").rglob("*") if p.is_file()} == before  # nothing written


def test_validate_catches_infinite_values_and_surfaces_not_in_their_sentence(tmp_path, capsys):
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(ROOT / "seeds"), "-o", str(out)]) == 0
    facts = pl.read_parquet(out)
    bad = facts.with_columns(
        pl.when(pl.col("kind") == "percent").then(float("inf")).otherwise(pl.col("value")).alias("value"),
        pl.when(pl.col("kind") == "count").then(pl.lit("another sentence")).otherwise(pl.col("sentence")).alias("sentence"))
    bad.write_parquet(tmp_path / "bad.parquet")
    capsys.readouterr()
    assert main(["validate", str(tmp_path / "bad.parquet")]) == 1
    err = capsys.readouterr().err
    assert "numbers_are_finite" in err and "surface_is_in_its_sentence" in err


def test_validate_refuses_a_folder_without_facts(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["validate", str(tmp_path / "empty")]) == 1
    assert "no facts table" in capsys.readouterr().err


def test_validate_json_is_one_object_for_ci(tmp_path, capsys):
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(ROOT / "seeds"), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["validate", str(out), "--format", "json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["ok"] is True and verdict["rows"] == 4 and verdict["failures"] == []
    pl.read_parquet(out).with_columns(pl.lit(float("nan")).alias("fx_rate")).write_parquet(tmp_path / "bad.parquet")
    assert main(["validate", str(tmp_path / "bad.parquet"), "--format", "json"]) == 1
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["ok"] is False and {f["check"] for f in verdict["failures"]} >= {"numbers_are_finite"}


def test_show_reads_a_documents_table_and_escapes_control_and_bidi_characters(tmp_path, capsys):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "evil\u202eid\u0007", "text": "Exports rose 5%."}) + "\n", encoding="utf-8")
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(corpus), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["show", str(out)]) == 0
    assert main(["show", str(tmp_path / "documents.parquet")]) == 0
    shown = capsys.readouterr().out
    assert "\u202e" not in shown and "\u0007" not in shown and shown.count("evil\\u202eid\\x07") == 2
    assert "ok" in shown.splitlines()[-1] and "1 facts" in shown.splitlines()[-1]


def test_the_python_api_reports_failed_documents_instead_of_raising():
    import econfacts
    from econfacts.errors import EconfactsError

    result = econfacts.extract_tables([
        {"id": "a", "text": "Exports rose 5%.", "published": "2025-13-01"},
        {"id": "b", "text": "Imports fell 3% to $2 billion.", "published": "2025-06-01"},
        {"text": "no id here"},
    ])
    assert result.facts.get_column("doc_id").to_list() == ["b", "b"]
    statuses = dict(result.documents.select("doc_id", "status").iter_rows())
    assert statuses == {"a": "failed", "b": "ok", "document 3": "failed"}
    with pytest.warns(UserWarning, match="1 documents failed"):
        assert econfacts.extract([{"id": "a", "text": "x", "published": "bad"}]).height == 0
    with pytest.raises(EconfactsError, match="not an ISO 4217 code"):
        econfacts.extract([], base_currency="XYZ")


def test_quantulum3_reads_the_figures_through_the_same_path(tmp_path, capsys):
    out = tmp_path / "q3.parquet"
    assert main(["extract", str(ROOT / "seeds"), "--extractor", "quantulum3", "-o", str(out)]) == 0
    facts = pl.read_parquet(out)
    assert main(["validate", str(out)]) == 0  # the same schema holds for its rows
    euro = facts.filter(pl.col("surface") == "€1.1 billion").row(0, named=True)
    assert (euro["kind"], euro["value"], euro["unit"], euro["norm_unit"]) == ("money", 1.1e9, "EUR", "USD")
    # what the grammar knows better: quantulum3 also reads the year 2022 as a figure
    assert "2022" in facts.get_column("surface").to_list()


def test_a_lone_surrogate_id_fails_its_document_alone(tmp_path, capsys):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text('{"id": "bad\\ud800id", "text": "Exports rose 5%."}\n{"id": "ok", "text": "Imports fell 3%."}\n',
                      encoding="utf-8")
    out = tmp_path / "facts.parquet"
    assert main(["extract", str(corpus), "-o", str(out)]) == 1
    assert "line 1: the id is not valid Unicode" in capsys.readouterr().err
    assert pl.read_parquet(out).get_column("doc_id").to_list() == ["ok"]


@pytest.mark.parametrize("limit", [2_000, 200_000])  # the run's temporary files, then the output itself
def test_a_file_size_limit_is_one_line_and_exit_2_with_nothing_half_written(tmp_path, limit):
    out = tmp_path / "lim" / "facts.parquet"
    script = ("import resource, signal, sys\n"
              "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
              "from econfacts.cli import main\n"
              f"sys.exit(main(['extract', {str(ROOT / 'tests' / 'gold' / 'dev.jsonl')!r}, '-o', {str(out)!r}]))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr[-500:]
    assert done.stderr.count("\n") == 1 and "econfacts: cannot write" in done.stderr
    assert not out.parent.exists() or not any(out.parent.iterdir())


def test_a_run_fixes_its_date_once_when_it_starts():
    """Undated documents of one run are all converted at the same date, even when the run crosses
    midnight or spreads over workers: the date is set in the options the workers get."""
    import datetime as dt

    from econfacts.model import Options

    assert Options().dated().run_date == dt.date.today()
    assert Options(run_date=dt.date(2025, 9, 4)).dated().run_date == dt.date(2025, 9, 4)
