"""The econfacts command: argument parsing and printing only; the work is in the API."""
from __future__ import annotations

import argparse
import json
import re
import signal
import sys
from pathlib import Path

from econfacts import __version__


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `econfacts` console script; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    previous = _terminate_as_interrupt()
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("econfacts: interrupted; no partial file was left under a final name", file=sys.stderr)
        return 130
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _terminate_as_interrupt():
    """SIGTERM (kill, a scheduler stopping the job) ends a run as Ctrl-C does: workers stopped,
    temporary files removed, the lock released. Returns the handler it replaced (None off the
    main thread, where signals cannot be set)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    return signal.signal(signal.SIGTERM, interrupt)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="econfacts", description="Economic and sanctions figures from news text.")
    parser.add_argument("--version", action="version", version=f"econfacts {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract facts from documents into a table")
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt file, folder of .txt, .jsonl, .csv, .parquet, or - for JSONL on stdin")
    ex.add_argument("-o", "--output", default="out/facts.parquet",
                    help="facts output (default: out/facts.parquet); a folder name (no suffix) writes a parquet "
                         "dataset of one part per batch: DIR/facts, DIR/documents, DIR/rejected")
    ex.add_argument("--format", choices=["parquet", "jsonl", "csv"], help="output format (default: from the -o suffix, else parquet)")
    ex.add_argument("--base-currency", default="USD", type=str.upper, help="currency money is normalised into (default: USD)")
    ex.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (default: all cores)")
    ex.add_argument("--resume", action="store_true",
                    help="with a dataset output (-o DIR): skip the batches an interrupted run finished")
    ex.add_argument("--doc-seconds", type=float, default=300.0, metavar="S",
                    help="time budget of one document (default 300): a document still running then fails with that reason")
    ex.add_argument("--extractor", choices=["grammar", "quantulum3"], default="grammar",
                    help="who reads the figures: the project's grammar (default, far more accurate) or quantulum3")
    ex.add_argument("--engine", choices=["local", "spark"], default="local",
                    help="local processes (default) or Apache Spark (needs econfacts[spark]; -o must be a folder)")
    ex.add_argument("--master", metavar="URL", help="with --engine spark: the Spark master (local[4], spark://host:7077, yarn)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    ex.set_defaults(func=_extract)

    va = sub.add_parser("validate", help="check a facts table against the schema (exit 0 when it passes)")
    va.add_argument("path", type=Path, metavar="FILE")
    va.add_argument("--format", choices=("text", "json"), default="text", dest="output_format",
                    help="json: one JSON object on standard output (for CI steps and scripts)")
    va.set_defaults(func=_validate)

    sh = sub.add_parser("show", help="print the facts of a table, one line each")
    sh.add_argument("path", type=Path, metavar="FILE")
    sh.add_argument("-n", "--limit", type=int, default=50)
    sh.set_defaults(func=_show)

    sc = sub.add_parser("schema", help="print (or write) the facts schema as JSON")
    sc.add_argument("-o", "--output", type=Path)
    sc.set_defaults(func=_schema)

    rp = sub.add_parser("report", help="write a self-contained HTML page to review an extraction")
    rp.add_argument("path", type=Path, help="what extract wrote: a facts file (documents/rejected beside it) or a dataset folder")
    rp.add_argument("-o", "--output", type=Path, default=Path("out/report.html"))
    pick = rp.add_mutually_exclusive_group()
    pick.add_argument("--limit", type=int, metavar="N", help="only the first N documents")
    pick.add_argument("--sample", type=int, metavar="N", help="N documents drawn at random (--seed)")
    rp.add_argument("--seed", type=int, default=0)
    rp.add_argument("--inputs", nargs="+", metavar="INPUT", help="what extract read: each document is then shown whole")
    rp.set_defaults(func=_report_page)
    ev = sub.add_parser("eval", help="score extraction against gold annotations (JSONL)")
    ev.add_argument("gold", type=Path)
    ev.add_argument("--show", type=int, default=0, metavar="N", help="list up to N misses and false positives")
    ev.add_argument("--no-baseline", action="store_true", help="do not score plain quantulum3")
    ev.add_argument("--folds", type=int, default=5, metavar="K",
                    help="also score the context fields k-fold cross-validated by passage (needs the dev extra); 0: in-sample only")
    ev.add_argument("--groups", action="store_true",
                    help="also cross-validate holding out whole story groups (a passage's id up to its last '-': "
                         "'d-g5-012' is in group 'd-g5'), as unseen news would be")
    ev.set_defaults(func=_eval)
    return parser


def _extract(args: argparse.Namespace) -> int:
    from econfacts import normalise, run
    from econfacts.errors import EconfactsError
    from econfacts.pipeline import Options

    target, args.output = args.output, Path(args.output)  # Spark may write to a URI (hdfs://, s3a://)
    fmt = args.format or {".jsonl": "jsonl", ".csv": "csv"}.get(args.output.suffix.lower(), "parquet")
    try:
        normalise.check_base_currency(args.base_currency)
    except EconfactsError as err:
        print(f"econfacts: --{err}", file=sys.stderr)  # "--base currency XYZ: not an ISO 4217 code"
        return 2
    if args.engine == "spark":
        return _extract_spark(args, fmt, target)
    if args.master:
        print("econfacts: --master is for --engine spark", file=sys.stderr)
        return 2
    jobs = args.jobs if args.jobs > 0 else run.default_jobs()
    show_progress = not args.quiet and sys.stderr.isatty()
    bar = None
    if show_progress:
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="econfacts", file=sys.stderr, dynamic_ncols=True)
    facts_so_far = 0

    def on_batch(docs: int, facts: int) -> None:
        nonlocal facts_so_far
        facts_so_far += facts
        if bar is not None:
            bar.update(docs)
            bar.set_postfix(facts=facts_so_far, refresh=False)

    dataset = run.is_dataset(args.output)
    if not dataset and args.output.suffix.lower() not in (".parquet", ".jsonl", ".csv"):
        print(f"econfacts: {args.output}: name the output .parquet, .jsonl or .csv, or give a folder", file=sys.stderr)
        return 2
    if args.format and not dataset and args.output.suffix.lower() != f".{args.format}":
        print(f"econfacts: {args.output}: --format {args.format} does not match the name's {args.output.suffix}", file=sys.stderr)
        return 2
    if dataset and fmt != "parquet":
        print(f"econfacts: {args.output}: a dataset folder is written as parquet; --format {fmt} needs a file name", file=sys.stderr)
        return 2
    if args.resume and not dataset:
        print(f"econfacts: --resume needs a dataset folder as -o (got {args.output})", file=sys.stderr)
        return 2
    try:
        if dataset:
            summary = run.extract_dataset(args.inputs, args.output, Options(args.base_currency, extractor=args.extractor, doc_seconds=args.doc_seconds or None), jobs, sys.stdin,
                                          on_batch, resume=args.resume)
        else:
            summary = run.extract(args.inputs, args.output, fmt, Options(args.base_currency, extractor=args.extractor, doc_seconds=args.doc_seconds or None), jobs, sys.stdin, on_batch)
    except EconfactsError as err:  # refused before anything was written, or a resume that cannot go on
        print(f"econfacts: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # a read-only folder, a full disk, a file-size limit: nothing half-written is left
        where = err.filename if isinstance(err.filename, str) and "/" in err.filename else args.output
        print(f"econfacts: cannot write {where} ({err.strerror or err}); no partial file was left under a final name",
              file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    return _report(summary, args.quiet)


def _extract_spark(args: argparse.Namespace, fmt: str, target: str) -> int:
    from econfacts import run, spark

    if not run.is_dataset(args.output) or fmt != "parquet":
        print(f"econfacts: --engine spark writes a parquet dataset; give -o a folder name (got {args.output})", file=sys.stderr)
        return 2
    if args.resume or "-" in args.inputs:
        print("econfacts: --engine spark reads files (not standard input) and does not --resume; Spark retries failed tasks itself",
              file=sys.stderr)
        return 2
    try:
        summary = spark.run(args.inputs, target, master=args.master, base_currency=args.base_currency,
                            progress=not args.quiet and sys.stderr.isatty())
    except (ValueError, run.ResumeError) as err:
        print(f"econfacts: {err}", file=sys.stderr)
        return 2
    except Exception as err:
        if type(err).__name__ != "AnalysisException":  # Spark's one-line kind of error: a path, a column
            raise
        print(f"econfacts: {str(err).splitlines()[0]}", file=sys.stderr)
        return 2
    return _report(summary, args.quiet)


def _report(summary, quiet: bool) -> int:
    """Name every failed document on stderr, then the summary line; the run's exit code."""
    for reason in summary.failures:
        print(f"econfacts: {reason}", file=sys.stderr)
    if not quiet:
        print(summary.line(), file=sys.stderr)
    return summary.exit_code


def _read_table(path: Path):
    from econfacts import table

    if not path.exists():
        raise SystemExit(f"econfacts: {path}: no such file")
    try:
        return table.read(path)
    except Exception as err:  # any reader error is reported as one line
        raise SystemExit(f"econfacts: {path}: cannot read as a table ({str(err).splitlines()[0]})") from None


def _validate(args: argparse.Namespace) -> int:
    from econfacts import schema

    as_json = args.output_format == "json"

    def verdict(ok: bool, rows: int, found: list[dict], message: str) -> int:
        if as_json:
            print(json.dumps({"path": str(args.path), "ok": ok, "rows": rows, "message": message, "failures": found}))
        elif ok:
            print(f"econfacts: {args.path}: {message}")
        else:
            print(f"econfacts: {args.path}: {message}", file=sys.stderr)
            for line in schema.report_lines(found):
                print(f"  {line}", file=sys.stderr)
        return 0 if ok else 1

    if args.path.is_dir() and not any(args.path.glob("facts/part-*.parquet")) and not any(args.path.glob("part-*.parquet")):
        return verdict(False, 0, [], "no facts table in this folder (no facts/part-*.parquet)")
    frame = _read_table(args.path)
    found = schema.failures(frame)
    if not found:
        return verdict(True, frame.height, [], f"{frame.height} rows satisfy the facts schema")
    return verdict(False, frame.height, found, f"{len(found)} failed checks")


_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # control and bidi marks


def _safe(text: object) -> str:
    """Text for a terminal: control characters and bidi overrides shown as escapes, not obeyed."""
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def _show(args: argparse.Namespace) -> int:
    frame = _read_table(args.path)
    if "value" not in frame.columns and {"doc_id", "status"} <= set(frame.columns):
        for row in frame.head(args.limit).iter_rows(named=True):  # a documents table: one line per document
            reason = f"  {_safe(row['reason'])}" if row.get("reason") else ""
            print(f"{_safe(row['doc_id'])}  {row['status']:6} {row.get('fact_count', '')} facts{reason}")
        if frame.height > args.limit:
            print(f"... {frame.height - args.limit} more")
        return 0
    for row in frame.head(args.limit).iter_rows(named=True):
        figure = _fmt(row["value"]) if row["value"] is not None else f"{_fmt(row['low'])}..{_fmt(row['high'])}"
        if row["norm_value"] is not None:
            norm = f" = {_fmt(row['norm_value'])} {row['norm_unit']}"
        elif row["norm_low"] is not None or row["norm_high"] is not None:
            norm = f" = {_fmt(row['norm_low'])}..{_fmt(row['norm_high'])} {row['norm_unit']}"
        else:
            norm = f" (not normalised: {row['norm_note']})" if row.get("norm_note") else ""
        about = " ".join(f"{k}={row[k]}" for k in ("measure", "actor", "target", "change") if row.get(k))
        if row.get("status") and row["status"] != "actual":
            about += f" status={row['status']}"
        if row.get("period"):
            dates = f"{row['period_start'] or '..'}..{row['period_end'] or '..'}" if row.get("period_start") or row.get("period_end") else "undated"
            about += f" period={row['period']!r} ({dates})"
        if row.get("source"):
            about += f" source={row['source']!r}"
        print(f"{_safe(row['doc_id'])}:{row['start']}-{row['end']}  {row['surface']!r:40} {row['kind']:8} {figure} {row['unit']} [{row['qualifier']}]{norm}  {about}")
    if frame.height > args.limit:
        print(f"... {frame.height - args.limit} more")
    return 0


def _fmt(value: float | None) -> str:
    return "null" if value is None else f"{value:,.6g}"


def _schema(args: argparse.Namespace) -> int:
    from econfacts import schema

    text = json.dumps(schema.export(), indent=2, sort_keys=True) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _report_page(args: argparse.Namespace) -> int:
    from econfacts import report
    from econfacts.errors import EconfactsError

    try:
        summary = report.write(args.path, args.output, limit=args.limit, sample=args.sample, seed=args.seed,
                               inputs=args.inputs)
    except EconfactsError as err:
        print(f"econfacts: {err}", file=sys.stderr)
        return 2
    print(f"econfacts: report of {summary.documents} documents ({summary.failed} failed), {summary.facts} facts, "
          f"{summary.rejected} rejected -> {summary.path}", file=sys.stderr)
    return 0


def _eval(args: argparse.Namespace) -> int:
    from econfacts import evaluate

    if not args.gold.exists():
        print(f"econfacts: {args.gold}: no such file", file=sys.stderr)
        return 2
    if args.folds == 1 or args.folds < 0:
        print("econfacts: --folds must be 0 (no cross-validation) or at least 2", file=sys.stderr)
        return 2
    try:
        report = evaluate.run(args.gold, show=args.show, baseline=not args.no_baseline, folds=args.folds,
                              progress=lambda step: print(f"econfacts: {step}", file=sys.stderr), groups=args.groups)
    except ValueError as err:
        print(f"econfacts: {args.gold}: {err}", file=sys.stderr)
        return 2
    except ModuleNotFoundError as err:
        print(f"econfacts: cross-validation needs the dev extra ({err.name} is missing): "
              "pip install 'econfacts[dev]', or --folds 0", file=sys.stderr)
        return 2
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
