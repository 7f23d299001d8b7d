"""Streaming runs: dataset output, resume after an interruption, identical results on every -j."""
from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest

from econfacts import run, table
from econfacts.cli import main
from econfacts.pipeline import Options

from .conftest import gold_rows


@pytest.fixture
def corpus(tmp_path):
    """The gold passages, three times over with unique ids: 48 documents."""
    rows = gold_rows()
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for n in range(3):
            for row in rows:
                handle.write(json.dumps({"id": f"{row['id']}-{n}", "text": row["text"], "published": "2025-09-04"}) + "\n")
    return path


def _facts(frame: pl.DataFrame) -> list[tuple]:
    return frame.select("doc_id", "start", "end", "value", "low", "high", "unit", "measure", "actor", "target").rows()


def test_parallel_run_equals_serial_run_in_the_same_order(corpus, tmp_path):
    serial = tmp_path / "serial.parquet"
    parallel = tmp_path / "parallel.parquet"
    run.extract([str(corpus)], serial, jobs=1, batch_docs=5)
    run.extract([str(corpus)], parallel, jobs=2, batch_docs=5)  # ten batches shared by two workers
    assert _facts(pl.read_parquet(serial)) == _facts(pl.read_parquet(parallel))
    assert pl.read_parquet(serial).height > 300


def test_dataset_output_has_one_part_per_batch_and_reads_as_one_table(corpus, tmp_path):
    out = tmp_path / "ds"
    summary = run.extract_dataset([str(corpus)], out, Options(), jobs=1, batch_docs=10)
    parts = sorted(p.name for p in (out / "facts").glob("*.parquet"))
    assert parts == [f"part-{k:05d}.parquet" for k in range(5)]
    whole = pl.read_parquet(out / "facts" / "*.parquet")
    assert whole.height == summary.facts and pl.read_parquet(out / "documents" / "*.parquet").height == 48
    single = tmp_path / "single.parquet"
    run.extract([str(corpus)], single, jobs=1)
    assert _facts(whole) == _facts(pl.read_parquet(single))


def test_resume_skips_finished_batches_and_duplicates_nothing(corpus, tmp_path, monkeypatch):
    out = tmp_path / "ds"
    calls = {"n": 0}
    real = run.process

    def dies_on_third(batch, options):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(batch, options)

    monkeypatch.setattr(run, "process", dies_on_third)
    with pytest.raises(KeyboardInterrupt):
        run.extract_dataset([str(corpus)], out, Options(), jobs=1, batch_docs=10)
    assert len(list((out / "documents").glob("part-*.parquet"))) == 2
    assert not [p for p in out.rglob(".*tmp*")]  # nothing half-written
    with pytest.raises(run.ResumeError, match="--resume"):
        run.extract_dataset([str(corpus)], out, Options(), jobs=1, batch_docs=10)
    monkeypatch.setattr(run, "process", real)
    summary = run.extract_dataset([str(corpus)], out, Options(), jobs=1, batch_docs=10, resume=True)
    assert summary.skipped_batches == 2 and summary.documents == 48  # the whole dataset, not only this run
    docs = pl.read_parquet(out / "documents" / "*.parquet")
    assert docs.height == 48 and docs.get_column("doc_id").n_unique() == 48
    facts = pl.read_parquet(out / "facts" / "*.parquet")
    assert facts.get_column("fact_id").n_unique() == facts.height


def test_resume_refuses_other_inputs(corpus, tmp_path):
    out = tmp_path / "ds"
    run.extract_dataset([str(corpus)], out, Options(), jobs=1, batch_docs=10)
    other = tmp_path / "other.jsonl"
    other.write_text('{"id": "x", "text": "26 countries"}\n')
    with pytest.raises(run.ResumeError, match="other inputs"):
        run.extract_dataset([str(other)], out, Options(), jobs=1, batch_docs=10, resume=True)


def test_cli_dataset_and_resume(corpus, tmp_path, capsys):
    out = tmp_path / "ds"
    assert main(["extract", str(corpus), "-o", str(out), "-j", "1"]) == 0
    assert main(["extract", str(corpus), "-o", str(out), "-j", "1"]) == 2
    assert "pass --resume" in capsys.readouterr().err
    assert main(["extract", str(corpus), "-o", str(out), "-j", "1", "--resume"]) == 0
    assert "resumed: 1 batches were already done" in capsys.readouterr().err
    assert main(["validate", str(out)]) == 0
    assert main(["extract", str(corpus), "-o", str(tmp_path / "f.parquet"), "--resume"]) == 2


def test_memory_stays_flat_at_most_two_batches_per_worker_in_flight(corpus):
    """Streaming: the pool never reads more than 2 x jobs batches ahead of what it has written."""
    from econfacts.ingest import read_inputs

    pulled = 0

    def work():
        nonlocal pulled
        for batch in run.batches(read_inputs([str(corpus)]), docs=3):
            pulled += 1
            yield batch

    ahead = []
    produced = 0
    for _ in run._ordered(work(), Options(), jobs=2):
        produced += 1
        ahead.append(pulled - produced)
    assert produced == 16 and max(ahead) <= 2 * 2


def test_rejected_rows_of_every_batch_are_kept_with_their_check(tmp_path, monkeypatch):
    import dataclasses

    from econfacts import pipeline

    real = pipeline.document_facts

    def first_fact_broken(doc, options):
        facts = list(real(doc, options))
        return iter([dataclasses.replace(facts[0], end=facts[0].start - 1), *facts[1:]])

    monkeypatch.setattr(pipeline, "document_facts", first_fact_broken)
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"d{k}", "text": "Up 5% to $3 billion."}) for k in range(3)) + "\n")
    out = tmp_path / "facts.parquet"
    summary = run.extract([str(corpus)], out, jobs=1, batch_docs=1)  # three batches, each with a bad row
    rejected = pl.read_parquet(tmp_path / "rejected.parquet")
    assert rejected.get_column("doc_id").to_list() == ["d0", "d1", "d2"]
    assert rejected.get_column("surface").unique().to_list() == ["5%"]
    assert all("span_is_ordered" in c for c in rejected.get_column("failed_check"))
    facts = pl.read_parquet(out)
    assert summary.rejected == 3 and summary.facts == facts.height == 3
    assert pl.read_parquet(tmp_path / "documents.parquet").get_column("fact_count").to_list() == [1, 1, 1]


def test_resume_refuses_an_input_changed_under_the_same_name(corpus, tmp_path):
    out = tmp_path / "ds"
    run.extract_dataset([str(corpus)], out, Options(), jobs=1, batch_docs=10)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    corpus.write_text("\n".join(lines[:1] + lines) + "\n", encoding="utf-8")  # one document twice
    with pytest.raises(run.ResumeError, match="changed since the run started"):
        run.extract_dataset([str(corpus)], out, Options(), jobs=1, batch_docs=10, resume=True)


@pytest.mark.parametrize("dataset", [True, False])
def test_a_second_run_into_the_same_output_is_refused_while_the_first_holds_it(corpus, tmp_path, dataset):
    import os

    out = tmp_path / ("ds" if dataset else "facts.parquet")
    lock = out / ".econfacts.lock" if dataset else out.with_name(".facts.parquet.lock")
    lock.parent.mkdir(parents=True, exist_ok=True)
    lock.write_text(str(os.getppid()), encoding="utf-8")  # a live process holds it
    extract = (lambda: run.extract_dataset([str(corpus)], out, Options(), jobs=1)) if dataset else (
        lambda: run.extract([str(corpus)], out, jobs=1))
    with pytest.raises(run.RefusedRun, match="another econfacts run"):
        extract()
    lock.write_text("999999999", encoding="utf-8")  # a run that died: its lock is taken over
    assert extract().documents == 48 and not lock.exists()


def test_sigterm_stops_a_run_like_ctrl_c_and_leaves_no_temporary_file_or_lock(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{k}", "text": "Exports rose 5% to $3 billion. " * 12}) + "\n"
                              for k in range(3600)), encoding="utf-8")
    out = tmp_path / "ds"
    child = subprocess.Popen([sys.executable, "-m", "econfacts.cli", "extract", str(corpus), "-o", str(out), "-j", "2"],
                             stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not any((out / "documents").glob("part-*.parquet")) and time.monotonic() < deadline:
        time.sleep(0.2)  # until the first batch is written
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=120)
    assert child.returncode == 130 and "interrupted" in err
    assert not list(out.rglob(".*tmp*")) and not (out / ".econfacts.lock").exists()
    assert run.extract_dataset([str(corpus)], out, Options(), jobs=1, resume=True).documents > 0


def crash_on_marked_batches(batch, options):
    """A batch task for the test below: a batch holding a document marked "die" kills its worker,
    as the out-of-memory killer would; "die-once" only the first time (a marker file remembers)."""
    import os
    from pathlib import Path

    for doc in batch:
        marker = Path(os.environ["ECONFACTS_TEST_MARKERS"]) / doc.id
        if doc.text.startswith("die-once") and not marker.exists():
            marker.touch()
            os._exit(9)
        if doc.text.startswith("die-always"):
            os._exit(9)
    return run.process(batch, options)


def test_a_worker_that_dies_is_replaced_and_only_its_batch_fails(tmp_path, monkeypatch):
    from econfacts.model import Document

    monkeypatch.setenv("ECONFACTS_TEST_MARKERS", str(tmp_path))
    texts = ["Exports rose 5%."] * 6 + ["die-once 7%."] + ["Exports rose 5%."] * 5 + ["die-always 9%."] + ["Imports fell 2%."] * 3
    docs = [Document(f"d{k}", text) for k, text in enumerate(texts)]
    batches = [docs[k : k + 2] for k in range(0, len(docs), 2)]
    results = list(run._ordered(iter(batches), Options(), jobs=2, task=crash_on_marked_batches))
    statuses = pl.concat([status for _, _, status in results])
    assert statuses.get_column("doc_id").to_list() == [d.id for d in docs]  # every document, in order
    failed = statuses.filter(pl.col("status") == "failed")
    assert failed.get_column("doc_id").to_list() == ["d12", "d13"]  # the batch that kills every worker
    assert all("worker process died" in r for r in failed.get_column("reason").to_list())
    assert statuses.filter(pl.col("doc_id") == "d6").get_column("status").item() == "ok"  # retried and done


@pytest.mark.parametrize("parts_before_kill", [1, 3])
def test_kill_9_then_resume_gives_the_facts_of_a_clean_run(tmp_path, parts_before_kill):
    import signal
    import subprocess
    import sys
    import time

    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{k}", "text": f"Exports rose {k % 90 + 1}% to ${k + 1} million. " * 6})
                              + "\n" for k in range(1800)), encoding="utf-8")
    clean = tmp_path / "clean"
    run.extract_dataset([str(corpus)], clean, Options(), jobs=1)
    out = tmp_path / "killed"
    child = subprocess.Popen([sys.executable, "-m", "econfacts.cli", "extract", str(corpus), "-o", str(out), "-j", "1"],
                             stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(list((out / "documents").glob("part-*.parquet"))) < parts_before_kill and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert main(["extract", str(corpus), "-o", str(out), "--resume"]) == 0
    got = pl.read_parquet(out / "facts" / "*.parquet")
    want = pl.read_parquet(clean / "facts" / "*.parquet")
    assert _facts(got) == _facts(want)
    assert pl.read_parquet(out / "documents" / "*.parquet").height == 1800


def test_a_document_over_its_time_budget_fails_alone():
    from econfacts.model import Document
    from econfacts.pipeline import run_batch

    run_batch([Document("warm", "Exports rose 5% in Russia.")])  # the tables and model load once, outside the budget
    slow = " and ".join(f"exports rose {k % 90 + 1}% to ${k + 1} million in Russia" for k in range(4000))
    _, statuses = run_batch([Document("slow", slow), Document("ok", "Exports rose 5%.")], Options(doc_seconds=0.3))
    assert [(s.doc_id, s.status) for s in statuses] == [("slow", "failed"), ("ok", "ok")]
    assert "time budget" in statuses[0].reason


def test_a_resumed_run_counts_the_whole_dataset(tmp_path):
    corpus = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"d{k}", "text": "Exports rose 5%."}) for k in range(20)]
    lines[3] = "{not json"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "ds"
    whole = run.extract_dataset([str(corpus)], out, Options(), jobs=1, batch_docs=5)
    for part in ("facts", "documents"):  # as if interrupted after the first two batches
        for name in ("part-00002.parquet", "part-00003.parquet"):
            (out / part / name).unlink()
    resumed = run.extract_dataset([str(corpus)], out, Options(), jobs=1, batch_docs=5, resume=True)
    assert resumed.skipped_batches == 2
    assert (resumed.documents, resumed.failed, resumed.facts) == (whole.documents, whole.failed, whole.facts) == (20, 1, 19)
    assert resumed.exit_code == 1  # the failed line of the first batch still counts


def test_a_long_document_becomes_frames_of_rows_with_its_facts_in_order(monkeypatch):
    from econfacts import pipeline
    from econfacts.model import Document, Options

    monkeypatch.setattr(pipeline, "FRAME_ROWS", 3)  # frames of three facts: every path of the batching
    docs = [Document("short", "Exports rose 4% to $2 billion."),
            Document("long", " ".join(f"In year {k}, imports fell {k}% to {k} million tonnes." for k in range(1, 12))),
            Document("after", "The tariff is 25%.")]
    options = Options(run_date=dt.date(2025, 9, 4))
    frame, statuses = pipeline.run_batch(docs, options)
    expected = table.facts_frame([f for d in docs for f in pipeline.extract_document(d, options)])
    assert frame.height == expected.height > 20 and frame.equals(expected)
    assert [s.fact_count for s in statuses] == [2, 22, 1]


def test_the_labeller_keeps_only_the_current_sentence_of_a_long_document():
    from econfacts import context
    from econfacts.pipeline import figures, reading_text
    from econfacts.sentences import split

    text = reading_text(" ".join(f"Russia's exports fell {k}% to ${k} billion in 2024." for k in range(1, 400)))
    sentences = split(text)
    labeller = context.Labeller(text, sentences)
    for index, _, mention in figures(text, sentences):
        labeller.label(index, mention)
    assert len(sentences) == 399
    assert set(labeller._views) == {398} and all(k[1] == 398 for k in labeller._base)


def test_a_pool_that_breaks_while_batches_are_being_submitted_loses_no_batch(monkeypatch):
    """The pool can be found broken when the next batch is submitted, before any future says so:
    that batch has not run, and it is run after the ones in flight, in input order."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    class Pool:  # runs each batch at once; the first pool breaks at its third submission
        made = 0

        def __init__(self):
            Pool.made += 1
            self.breaks_at = 3 if Pool.made == 1 else None
            self.submitted = 0

        def submit(self, task, batch, options):
            self.submitted += 1
            if self.submitted == self.breaks_at:
                raise BrokenProcessPool("a worker died")
            future = Future()
            future.set_result(task(batch, options))
            return future

        def shutdown(self, wait=True, cancel_futures=False):
            pass

    monkeypatch.setattr(run, "_pool", lambda jobs: Pool())
    monkeypatch.setattr(run, "_alone", lambda batch, task, options: task(batch, options))
    batches = [[k] for k in range(7)]
    results = list(run._ordered(iter(batches), Options(), jobs=2, task=lambda batch, options: batch[0]))
    assert results == list(range(7)) and Pool.made == 2
