"""A whole extraction run: inputs streamed in batches, spread over processes, written as it goes."""
from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from econfacts import table
from econfacts.ingest import read_inputs
from econfacts.errors import EconfactsError
from econfacts.model import Document, DocumentFailure, DocumentStatus, Options

BATCH_DOCS = 256
BATCH_CHARS = 2_000_000
DATASET_TABLES = ("facts", "documents", "rejected")  # the sub-folders of a dataset output, in both engines


@dataclass
class RunSummary:
    """What a run did: counts for the summary line and the exit code."""

    documents: int = 0
    failed: int = 0
    input_errors: int = 0
    facts: int = 0
    rejected: int = 0
    by_kind: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    outputs: list[Path | str] = field(default_factory=list)
    skipped_batches: int = 0

    def line(self) -> str:
        """The one-line summary printed at the end of a run."""
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.by_kind.items())) or "none"
        return (
            f"econfacts: {self.documents} documents ({self.documents - self.failed} ok, {self.failed} failed), "
            f"{self.facts} facts ({kinds}), {self.rejected} rejected -> {self.outputs[0] if self.outputs else '-'}"
            + (f" (resumed: {self.skipped_batches} batches were already done)" if self.skipped_batches else "")
        )

    def add(self, documents: int, failed: int, failures: list[str], facts_by_kind: dict[str, int], rejected: int) -> None:
        """Count a part of a run: its documents, how many failed and (some of) their reasons, its
        facts by kind and its rejected rows (both engines count through here)."""
        self.documents += documents
        self.failed += failed
        self.failures.extend(failures)
        self.facts += sum(facts_by_kind.values())
        self.by_kind.update(facts_by_kind)
        self.rejected += rejected

    @property
    def exit_code(self) -> int:
        """0 all ok, 1 some documents failed, 2 an input could not be read."""
        return 2 if self.input_errors else 1 if self.failed else 0


def batches(items: Iterable[Document | DocumentFailure], docs: int = BATCH_DOCS, chars: int = BATCH_CHARS) -> Iterator[list]:
    """Items grouped into batches of at most `docs` documents or about `chars` characters."""
    batch: list = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.text) if isinstance(item, Document) else 0
        if len(batch) >= docs or size >= chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def process(batch: list, options: Options) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(valid facts, rejected facts, document statuses) of one batch; runs in a worker process."""
    from econfacts import schema  # here, not at the top: a parent that only reads and writes
    from econfacts.pipeline import run_batch  # does not pay for loading the extraction stack
    facts, statuses = run_batch(batch, options)
    valid, rejected = schema.validate(facts)
    status = table.status_frame(statuses)
    if rejected.height:
        # A document with quarantined rows keeps status ok; its count is of the facts it kept.
        kept = valid.group_by("doc_id").len()
        status = (
            status.join(kept, on="doc_id", how="left")
            .with_columns(pl.col("len").fill_null(0).cast(pl.Int64).alias("fact_count"))
            .drop("len")
        )
    return valid, rejected, status


def _ordered(
    work: Iterable[list], options: Options, jobs: int, task: Callable = None
) -> Iterator[tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]]:
    """Batch results in input order; at most 2 x jobs batches are in flight, so memory stays flat.
    A worker that dies (the out-of-memory killer) breaks the pool: the batches in flight are then
    run again one by one, each in a worker of its own, so that only a batch that kills its worker
    again is recorded as failed (document by document); a new pool takes the rest."""
    task = task or process
    work = iter(work)
    head = list(itertools.islice(work, 2))
    if jobs <= 1 or len(head) < 2:  # one batch: a worker pool would only add start-up time
        for batch in itertools.chain(head, work):
            yield task(batch, options)
        return
    pending: deque[tuple[list, Future]] = deque()
    pool = _pool(jobs)
    try:
        source = itertools.chain(head, work)
        while True:
            broken = False
            while len(pending) < 2 * jobs:
                batch = next(source, None)
                if batch is None:
                    break
                try:
                    pending.append((batch, pool.submit(task, batch, options)))
                except BrokenProcessPool:  # a worker died before a future said so: this batch has not run
                    source = itertools.chain([batch], source)
                    broken = True
                    break
            if not pending and not broken:
                return
            if not broken:
                try:
                    result = pending[0][1].result()
                except BrokenProcessPool:
                    broken = True
                else:
                    pending.popleft()
                    yield result
                    continue
            pool.shutdown(wait=False, cancel_futures=True)
            for again, _ in pending:  # in input order, each in a worker of its own
                yield _alone(again, task, options)
            pending.clear()
            pool = _pool(jobs)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _alone(batch: list, task: Callable, options: Options) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """A batch run in a worker of its own; failed document by document when it kills that one too."""
    with _pool(1) as single:
        try:
            return single.submit(task, batch, options).result()
        except BrokenProcessPool:
            return _failed_batch(batch, "a worker process died while extracting this batch (out of memory?)")


def _pool(jobs: int) -> ProcessPoolExecutor:
    # "spawn": forking a parent that already runs polars' thread pool can deadlock the child.
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))


def _failed_batch(batch: list, reason: str) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """A batch that could not be extracted: every document failed with the reason, no facts."""
    statuses = []
    for item in batch:
        if isinstance(item, DocumentFailure):
            statuses.append(DocumentStatus(item.id, item.origin, "failed", item.reason, 0, 0, None))
        else:
            statuses.append(DocumentStatus(item.id, item.origin, "failed", f"{item.id}: {reason}", 0, len(item.text), item.published))
    empty = pl.DataFrame(schema=table.FACT_DTYPES)
    return empty, pl.DataFrame(schema=table.REJECTED_DTYPES), table.status_frame(statuses)


def side_path(out: Path, name: str) -> Path:
    """Where the documents / rejected tables go beside the facts output: "documents.parquet" beside
    "facts.parquet", "run.documents.parquet" beside "run.parquet", and for another format the whole
    name, so that "run.csv" and "run.jsonl" never share one ("run.csv.documents.parquet")."""
    if out.suffix.lower() != ".parquet":
        return out.with_name(f"{out.name}.{name}.parquet")
    stem = "" if out.stem == "facts" else f"{out.stem}."
    return out.with_name(f"{stem}{name}.parquet")


def extract(
    inputs: list[str],
    out: Path,
    fmt: str = "parquet",
    options: Options = Options(),
    jobs: int = 1,
    stdin=None,
    on_batch: Callable[[int, int], None] | None = None,
    batch_docs: int = BATCH_DOCS,
    batch_chars: int = BATCH_CHARS,
) -> RunSummary:
    """Extract every input into `out` (+ documents and rejected tables beside it)."""
    options = options.dated()
    check_run(inputs, [out, side_path(out, "documents"), side_path(out, "rejected")])
    with OutputLock(out.with_name(f".{out.name}.lock")):
        return _extract_file(inputs, out, fmt, options, jobs, stdin, on_batch, batch_docs, batch_chars)


def _extract_file(inputs, out, fmt, options, jobs, stdin, on_batch, batch_docs, batch_chars) -> RunSummary:
    summary = RunSummary()
    facts_writer = table.StreamWriter(out, fmt, table.FACT_DTYPES)
    docs_writer = table.StreamWriter(side_path(out, "documents"), "parquet", table.STATUS_DTYPES)
    rejected_path = side_path(out, "rejected")
    rejected_writer: table.StreamWriter | None = None  # opened on the first rejected row
    work = batches(_read(inputs, stdin, summary), batch_docs, batch_chars)
    try:
        for valid, rejected, status in _ordered(work, options, jobs):
            facts_writer.write(valid)
            docs_writer.write(status)
            if rejected.height:
                rejected_writer = rejected_writer or table.StreamWriter(rejected_path, "parquet", table.REJECTED_DTYPES)
                rejected_writer.write(rejected)
            _count(summary, valid, rejected, status, on_batch)
    except BaseException:
        for writer in (facts_writer, docs_writer, rejected_writer):
            if writer is not None:
                writer.abort()
        raise
    facts_writer.close()
    docs_writer.close()
    summary.outputs = [out, docs_writer.path]
    if rejected_writer is not None:
        rejected_writer.close()
        summary.outputs.append(rejected_path)
    elif rejected_path.exists():
        rejected_path.unlink()  # a stale table from an earlier run would mislead
    return summary


class ResumeError(EconfactsError):
    """A dataset output that cannot be (re)started as asked: one line for the user."""


class RefusedRun(EconfactsError):
    """A run refused before anything is written: an input that cannot be read, or an output that
    would write over an input."""


def check_run(inputs: list[str], outputs: list[Path], dataset: Path | None = None) -> None:
    """Refuse, before writing anything, a run whose inputs are missing or whose outputs (files, or
    the dataset folder) would write over an input."""
    files: set[Path] = set()
    folders: set[Path] = set()
    for name in inputs:
        if name == "-":
            continue
        path = Path(name)
        if not path.exists():
            raise RefusedRun(f"{name}: no such file or folder; nothing was written")
        (folders if path.is_dir() else files).add(path.resolve())
    for out in outputs:
        target = out.resolve()
        if target in files:
            raise RefusedRun(f"{out}: this output is also an input; choose another -o (nothing was written)")
    if dataset is not None:
        root = dataset.resolve()
        for path in files | folders:
            if path == root or root in path.parents:
                raise RefusedRun(f"{dataset}: the output folder holds the input {path}; choose another -o (nothing was written)")


FINGERPRINT_HEAD = 1 << 16  # bytes of each input hashed for the resume fingerprint


def fingerprint(inputs: list[str]) -> list[dict]:
    """What each input is now: size, modification time and a hash of its head (for a folder, of its
    .txt files together), so that --resume can refuse an input changed under the same name."""
    import hashlib

    out = []
    for name in inputs:
        if name == "-":
            out.append({"input": name})
            continue
        path = Path(name)
        files = sorted(p for p in path.rglob("*.txt") if p.is_file()) if path.is_dir() else [path]
        digest = hashlib.sha256()
        size = mtime = 0
        for file in files:
            stat = file.stat()
            size += stat.st_size
            mtime = max(mtime, stat.st_mtime_ns)
            digest.update(str(file.relative_to(path) if path.is_dir() else file.name).encode())
            with file.open("rb") as handle:
                digest.update(handle.read(FINGERPRINT_HEAD))
        out.append({"input": name, "files": len(files), "size": size, "mtime_ns": mtime, "head_sha256": digest.hexdigest()})
    return out


class OutputLock:
    """A lock file beside (or inside) an output, so that two runs never write the same output at
    once; a lock left by a process that no longer runs is taken over."""

    def __init__(self, path: Path):
        self.path = path
        self.held = False

    def __enter__(self) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                try:
                    owner = int(self.path.read_text(encoding="utf-8").strip() or "0")
                except (OSError, ValueError):
                    owner = 0
                if owner and _alive(owner):
                    raise RefusedRun(f"{self.path.parent}: another econfacts run (pid {owner}) is writing this output; "
                                     f"wait for it, or remove {self.path} if it is gone") from None
                self.path.unlink(missing_ok=True)  # a stale lock of a run that died
                continue
            with os.fdopen(fd, "w") as handle:
                handle.write(str(os.getpid()))
            self.held = True
            return self
        raise RefusedRun(f"{self.path}: cannot take the output lock")

    def __exit__(self, *exc) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_dataset(out: Path) -> bool:
    """A directory output (an existing folder, or a name without a suffix) is a parquet dataset."""
    return out.is_dir() or out.suffix == ""


def extract_dataset(
    inputs: list[str],
    out: Path,
    options: Options = Options(),
    jobs: int = 1,
    stdin=None,
    on_batch: Callable[[int, int], None] | None = None,
    resume: bool = False,
    batch_docs: int = BATCH_DOCS,
    batch_chars: int = BATCH_CHARS,
) -> RunSummary:
    """Extract into a parquet dataset: out/facts/, out/documents/ and out/rejected/ hold one
    part-NNNNN.parquet per batch, each written atomically; a batch is done once its documents part
    exists. With `resume`, done batches are skipped (batches are cut the same way on every run of
    the same inputs and settings, which out/_run.json records and checks, with a fingerprint of each
    input). A lock file refuses a second run into the same folder while this one runs."""
    options = options.dated()
    check_run(inputs, [], dataset=out)
    with OutputLock(out / ".econfacts.lock"):
        return _extract_dataset(inputs, out, options, jobs, stdin, on_batch, resume, batch_docs, batch_chars)


def _extract_dataset(inputs, out, options, jobs, stdin, on_batch, resume, batch_docs, batch_chars) -> RunSummary:
    import json

    from econfacts import __version__

    manifest = {"inputs": inputs, "batch_docs": batch_docs, "batch_chars": batch_chars,
                "base_currency": options.base_currency, "extractor": options.extractor, "doc_seconds": options.doc_seconds, "version": __version__,
                "fingerprint": fingerprint(inputs)}
    manifest_path = out / "_run.json"
    docs_dir = out / "documents"
    done = {p.name for p in docs_dir.glob("part-*.parquet")} if docs_dir.is_dir() else set()
    if done and not resume:
        raise ResumeError(f"{out}: holds {len(done)} finished batches of an earlier run; pass --resume to go on, or remove it")
    if resume and manifest_path.exists():
        earlier = json.loads(manifest_path.read_text(encoding="utf-8"))
        changed = [now["input"] for now, then in zip(manifest["fingerprint"], earlier.get("fingerprint", []))
                   if now != then and now.get("input") == then.get("input")]
        if changed:
            raise ResumeError(f"{out}: input {changed[0]} changed since the run started (size, time or content); "
                              "cannot resume: start again in a new folder")
        if earlier != manifest:
            raise ResumeError(f"{out}: was started with other inputs or settings ({manifest_path}); cannot resume")
    if "-" in inputs and resume:
        raise ResumeError("--resume cannot replay standard input; give the input as a file")
    for sub in DATASET_TABLES:
        (out / sub).mkdir(parents=True, exist_ok=True)
    table.write_text_atomic(manifest_path, json.dumps(manifest, indent=1))
    summary = RunSummary()
    numbered = enumerate(batches(_read(inputs, stdin, summary), batch_docs, batch_chars))
    todo: deque[int] = deque()

    def pending() -> Iterator[list]:
        for k, batch in numbered:
            if f"part-{k:05d}.parquet" in done:
                summary.skipped_batches += 1
                continue
            todo.append(k)
            yield batch

    for valid, rejected, status in _ordered(pending(), options, jobs):
        k = todo.popleft()
        name = f"part-{k:05d}.parquet"
        table.write(valid, out / "facts" / name)
        if rejected.height:
            table.write(rejected, out / "rejected" / name)
        table.write(status, out / "documents" / name)  # last: marks the batch done
        _count(summary, valid, rejected, status, on_batch)
    summary.outputs = [out / "facts", out / "documents"]
    if summary.skipped_batches:
        _count_finished(summary, out, done)
    return summary


def _count_finished(summary: RunSummary, out: Path, done: set[str]) -> None:
    """Add the batches an earlier run finished to a resumed run's counts, so that its summary and
    exit code speak of the whole dataset (a document that failed before the interruption counts)."""
    empty_facts, empty_rejected = pl.DataFrame(schema=table.FACT_DTYPES), pl.DataFrame(schema=table.REJECTED_DTYPES)
    for name in sorted(done):
        parts = {sub: out / sub / name for sub in DATASET_TABLES}
        valid = pl.read_parquet(parts["facts"]) if parts["facts"].exists() else empty_facts
        rejected = pl.read_parquet(parts["rejected"]) if parts["rejected"].exists() else empty_rejected
        _count(summary, valid, rejected, pl.read_parquet(parts["documents"]), None)


def _read(inputs: list[str], stdin, summary: RunSummary) -> Iterator[Document | DocumentFailure]:
    """The input documents, counting inputs that could not be read at all into the summary."""
    for item in read_inputs(inputs, stdin):
        if isinstance(item, DocumentFailure) and item.input_error:
            summary.input_errors += 1
        yield item


def _count(
    summary: RunSummary, valid: pl.DataFrame, rejected: pl.DataFrame, status: pl.DataFrame,
    on_batch: Callable[[int, int], None] | None,
) -> None:
    """Add one written batch to the summary and report it to the progress callback."""
    failed = status.filter(pl.col("status") == "failed").get_column("reason").to_list()
    summary.add(status.height, len(failed), failed, dict(valid.group_by("kind").len().iter_rows()), rejected.height)
    if on_batch:
        on_batch(status.height, valid.height)


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1

