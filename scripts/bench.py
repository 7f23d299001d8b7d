"""econfacts throughput and memory against plain quantulum3, in one run (`make bench`).

Builds a JSONL corpus by repeating the gold passages up to --size-mb, then runs, each in a fresh
process so peak memory is its own:
  - `econfacts extract` into a dataset folder with -j 1 and with -j <all cores> (--jobs):
    characters/s, documents/s, peak RSS of econfacts and its workers together;
  - plain quantulum3 `parser.parse` over a --q3-kb sample of the same text (it reads a few tens
    of KB per second, so the whole corpus would take hours): characters/s and peak RSS
    (--q3-kb 0 skips it).
`make bench SIZE_MB=1000 BENCH_ARGS="--jobs 2 --q3-kb 0"` is the 1 GB memory check.
Prints a table and the ratios the speed issue asks for. Then the same on --news-mb of the seed
articles repeated: news as published holds a figure every thousand characters or so, the gold
passages one every 150, so the gold corpus is the worst case for the labeller.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

Q3_CHILD = r"""
import json, resource, sys, time, warnings
warnings.simplefilter("ignore")
from econfacts.q3 import parser  # quantulum3's parser with its rule disambiguation, as econfacts runs it
parser = parser()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
budget = int(sys.argv[2]) * 1000
sample, size = [], 0
for t in texts:
    if size >= budget:
        break
    sample.append(t)
    size += len(t)
start = time.perf_counter()
for t in sample:
    parser.parse(t)
seconds = time.perf_counter() - start
print(json.dumps({"chars": size, "docs": len(sample), "seconds": seconds,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build_corpus(gold: Path, size_mb: float, out: Path) -> tuple[int, int]:
    """Repeat the gold passages (ids made unique) until the file holds size_mb of text."""
    passages = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    target = int(size_mb * 1_000_000)
    chars = docs = 0
    with out.open("w", encoding="utf-8") as handle:
        while chars < target:
            for p in passages:
                row = {"id": f"{p['id']}-{docs}", "text": p["text"], "published": p.get("published") or "2025-09-04"}
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                chars += len(p["text"])
                docs += 1
                if chars >= target:
                    break
    return chars, docs


def build_news_corpus(seeds: Path, size_mb: float, out: Path) -> tuple[int, int]:
    """Repeat the seed articles (news as published: a figure every thousand characters or so, where
    the gold passages hold one every 150) until the file holds size_mb of text."""
    articles = []
    for path in sorted(seeds.glob("*.txt")):
        meta = path.with_name(path.stem + ".meta.json")
        published = json.loads(meta.read_text(encoding="utf-8")).get("published") if meta.exists() else None
        articles.append((path.stem, path.read_text(encoding="utf-8"), published or "2025-09-04"))
    target = int(size_mb * 1_000_000)
    chars = docs = 0
    with out.open("w", encoding="utf-8") as handle:
        while chars < target and articles:
            for stem, text, published in articles:
                handle.write(json.dumps({"id": f"{stem}-{docs}", "text": text, "published": published}, ensure_ascii=False) + "\n")
                chars += len(text)
                docs += 1
                if chars >= target:
                    break
    return chars, docs


def tree_memory(proc) -> tuple[int, int]:
    """(RSS, PSS) bytes of a process and all its descendants now. RSS counts the shared library
    pages once per process; PSS shares them out, so its sum is what the tree really holds."""
    import psutil

    rss = pss = 0
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for member in members:
        try:
            info = member.memory_full_info()
        except psutil.Error:
            continue  # exited between the listing and the reading
        rss += info.rss
        pss += info.pss
    return rss, pss


def run_econfacts(corpus: Path, jobs: int, workdir: Path) -> dict:
    """One extraction run in a fresh process: seconds, its own peak RSS, facts written."""
    import psutil
    import polars as pl

    out = workdir / f"facts-j{jobs}"  # a dataset folder: how large runs are written
    exe = Path(sys.executable).with_name("econfacts")
    start = time.perf_counter()
    proc = psutil.Popen([str(exe), "extract", str(corpus), "-o", str(out), "-j", str(jobs), "-q"],
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_rss = peak_pss = 0
    while proc.poll() is None:  # the whole tree (econfacts and its workers), sampled 10 times a second
        rss, pss = tree_memory(proc)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: econfacts -j {jobs} failed: {proc.stderr.read().strip()}")
    facts = pl.scan_parquet(out / "facts" / "*.parquet").select(pl.len()).collect().item()
    return {"seconds": seconds, "rss_mb": peak_rss / 2**20, "pss_mb": peak_pss / 2**20, "facts": facts}


def run_quantulum3(corpus: Path, kb: int) -> tuple:
    """Plain quantulum3 over the first `kb` KB of a corpus, in a fresh process: a report row."""
    done = subprocess.run([sys.executable, "-c", Q3_CHILD, str(corpus), str(kb)], capture_output=True, text=True, check=True)
    q3 = json.loads(done.stdout.strip().splitlines()[-1])
    return ("quantulum3 (sample)", q3["chars"], q3["docs"], q3["seconds"], q3["rss_mb"], q3["rss_mb"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=Path("tests/gold/dev.jsonl"))
    ap.add_argument("--size-mb", type=float, default=20.0)
    ap.add_argument("--q3-kb", type=int, default=300, help="size of the sample plain quantulum3 reads")
    ap.add_argument("--long-kb", default="20,200",
                    help="sizes (KB) of one sentence without a full stop, to check that time grows linearly; '' skips it")
    ap.add_argument("--jobs", default=f"1,{len(os.sched_getaffinity(0))}",
                    help="comma-separated -j values to run (default: 1 and all cores)")
    ap.add_argument("--news-mb", type=float, default=5.0,
                    help="size of a second corpus of the seed articles (news at its own figure density); 0 skips it")
    ap.add_argument("--seeds", type=Path, default=Path("seeds"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="econfacts-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus.jsonl"
        chars, docs = build_corpus(args.gold, args.size_mb, corpus)
        print(f"corpus: {docs:,} documents, {chars / 1e6:.1f} M characters ({corpus.stat().st_size / 1e6:.1f} MB)", flush=True)
        # econfacts is timed end to end (process start, imports, rules, model, reading, writing);
        # quantulum3 only over its parse loop (import and catalogue load outside it). A run on one
        # short document measures econfacts' own start-up, so the ratio can also be read like for like.
        one = work / "one.jsonl"
        one.write_text(json.dumps({"id": "one", "text": "Exports rose 5% to $3 billion in 2024."}) + "\n", encoding="utf-8")
        startup = run_econfacts(one, 1, work / "startup")["seconds"]
        print(f"econfacts start-up (one short document, end to end): {startup:.2f} s", flush=True)
        rows = []
        for jobs in sorted({int(j) for j in args.jobs.split(",")}):
            r = run_econfacts(corpus, jobs, work)
            rows.append((f"econfacts -j {jobs}", chars, docs, r["seconds"], r["rss_mb"], r["pss_mb"]))
            print(f"  econfacts -j {jobs}: {r['seconds']:.1f} s", flush=True)
        if args.q3_kb > 0:
            rows.append(run_quantulum3(corpus, args.q3_kb))
        print(report(rows, startup))
        if args.news_mb > 0:  # the same two systems on news as published: the seed article
            news = work / "news.jsonl"
            chars, docs = build_news_corpus(args.seeds, args.news_mb, news)
            print(f"news corpus (the seed articles repeated): {docs:,} documents, {chars / 1e6:.1f} M characters", flush=True)
            r = run_econfacts(news, 1, work / "news")
            rows = [("econfacts -j 1", chars, docs, r["seconds"], r["rss_mb"], r["pss_mb"])]
            if args.q3_kb > 0:
                rows.append(run_quantulum3(news, args.q3_kb))
            print(report(rows, startup))
    if args.long_kb:
        print(long_sentences(args.gold, [int(k) for k in args.long_kb.split(",")]))
    return 0


def long_sentences(gold: Path, sizes_kb: list[int]) -> str:
    """Characters per second on single sentences of growing length (the dev passages with every
    full stop turned into a comma): the rate should not fall as the sentence grows."""
    import econfacts

    text = " ".join(json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip())
    text = text.replace(". ", ", ").replace(".\n", ", ")
    lines = ["one sentence without a full stop:"]
    econfacts.extract_text("Warm-up: 5% of $3 billion and 2 million tonnes, in 2024.", published="2025-01-01")
    rates = []
    for kb in sizes_kb:
        chunk = (text * (1 + kb * 1000 // max(len(text), 1)))[: kb * 1000]
        started = time.perf_counter()
        facts = econfacts.extract_text(chunk)
        seconds = time.perf_counter() - started
        rates.append(len(chunk) / seconds)
        lines.append(f"  {kb:6,} KB: {seconds:7.2f} s, {len(facts):6,} facts, {len(chunk) / seconds / 1000:7,.0f} K chars/s")
    if len(rates) > 1:
        lines.append(f"  rate at the largest / smallest size: {rates[-1] / rates[0]:.2f} (linear time: about 1)")
    return "\n".join(lines)


def report(rows: list[tuple], startup: float = 0.0) -> str:
    """The table and the ratios; `startup`: econfacts' start-up seconds, left out of its time in
    the like-for-like ratio (quantulum3's own load is outside its timed loop)."""
    lines = [f"{'system':22} {'chars':>13} {'docs':>9} {'seconds':>8} {'K chars/s':>10} {'docs/s':>8} {'peak RSS MB':>12} {'peak PSS MB':>12}"]
    speed = {}
    for name, chars, docs, seconds, rss, pss in rows:
        speed[name] = chars / seconds
        lines.append(f"{name:22} {chars:13,} {docs:9,} {seconds:8.1f} {chars / seconds / 1000:10,.0f} {docs / seconds:8,.0f} {rss:12,.0f} {pss:12,.0f}")
    ours = [n for n in speed if n.startswith("econfacts")]
    q3 = next((n for n in speed if n.startswith("quantulum3")), None)
    j1 = "econfacts -j 1" if "econfacts -j 1" in speed else None
    if j1 and q3:
        lines.append(f"ratio econfacts -j 1 / quantulum3: {speed[j1] / speed[q3]:.1f}x end to end (target >= 20x)")
        row = next(r for r in rows if r[0] == j1)
        if startup and row[3] > startup:
            steady = row[1] / (row[3] - startup)
            lines.append(f"ratio econfacts -j 1 / quantulum3, start-up left out of both: {steady / speed[q3]:.1f}x "
                         f"({steady / 1000:,.0f} K chars/s after econfacts' {startup:.1f} s start-up)")
    for jn in ours:
        if j1 and jn != j1:
            lines.append(f"ratio {jn} / -j 1: {speed[jn] / speed[j1]:.2f}x (target >= 1.7x on two cores)")
    lines.append("peak RSS / PSS: econfacts and all its worker processes summed, sampled every 0.1 s (target < 500 MB);"
                 " RSS counts shared library pages once per process, PSS once in all")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
