"""The HTML review report: its data, its refusals, and the page as a person sees it in Chromium."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import polars as pl
import pytest

from econfacts import report
from econfacts.cli import main
from econfacts.errors import EconfactsError

from .conftest import ROOT, SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# (sentence, [(document start, surface)], expected local marks): the sentence's place in the
# document is found from the offsets, also when a surface appears twice.
MARKS = [
    ("Exports rose 5% to $3 billion.", [(100, "5%"), (106, "$3 billion")], [(0, 13, 15), (1, 19, 29)]),
    ("Up 5% in May and 5% in June, to $3 billion.", [(217, "5%"), (232, "$3 billion")], [(0, 17, 19), (1, 32, 42)]),
    ("A 25% tariff.", [(2, "25%")], [(0, 2, 5)]),
]


@pytest.mark.parametrize(("sentence", "spans", "marks"), MARKS)
def test_figures_are_placed_in_their_sentence(sentence, spans, marks):
    facts = [{"n": n, "start": start, "end": start + len(surface), "surface": surface}
             for n, (start, surface) in enumerate(spans)]
    assert report._marks(sentence, facts)[1] == marks


@pytest.fixture(scope="module")
def dev_output(tmp_path_factory):
    """An extraction of 16 dev passages, a failed line and an undated one."""
    from .conftest import gold_rows

    folder = tmp_path_factory.mktemp("dev")
    corpus = folder / "in.jsonl"
    lines = [json.dumps({"id": r["id"], "text": r["text"], "published": r["published"]}) for r in gold_rows()]
    corpus.write_text("\n".join(lines + ["{not json"]) + "\n", encoding="utf-8")
    out = folder / "facts.parquet"
    assert main(["extract", str(corpus), "-o", str(out)]) == 1  # the bad line fails alone
    return out


def test_report_data_accounts_for_every_document_and_fact(dev_output):
    payload = report.data(report.load(dev_output))
    facts = pl.read_parquet(dev_output)
    assert len(payload["documents"]) == payload["total_documents"] == 17
    assert len(payload["facts"]) == facts.height
    [failed] = [d for d in payload["documents"] if d["status"] == "failed"]
    assert "not JSON" in failed["reason"] or "JSON" in failed["reason"]
    marks = [(s["text"][a:b], payload["facts"][n]["surface"]) for d in payload["documents"] for s in d["sentences"]
             for n, a, b in s["marks"]]
    assert len(marks) == facts.height and all(shown == surface for shown, surface in marks)


@pytest.mark.parametrize(("option", "kept"), [({"limit": 5}, 5), ({"sample": 3}, 3), ({"limit": 100}, 17)])
def test_limit_and_sample_keep_whole_documents(dev_output, option, kept):
    payload = report.data(report.load(dev_output), **option)
    ids = {d["id"] for d in payload["documents"]}
    assert len(ids) == kept and {f["doc_id"] for f in payload["facts"]} <= ids


def test_the_page_is_self_contained(dev_output, tmp_path):
    page_path = tmp_path / "r.html"
    report.write(dev_output, page_path)
    page = page_path.read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|img|iframe)[^>]+src=|<link[^>]+href=", page)  # nothing to fetch
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


@pytest.mark.parametrize(("args", "message"), [
    (["missing.parquet"], "no such file"),
    (["{seed_facts}", "-o", "{tmp}/report.txt"], "ending in .html"),
    (["{seed_facts}", "--limit", "0"], "at least 1"),
    (["{seed_facts}", "--inputs", "{tmp}/missing"], "no such file or folder (--inputs)"),
])
def test_report_refuses_with_one_line(args, message, tmp_path, capsys, seed_facts):
    args = [a.format(seed_facts=seed_facts, tmp=tmp_path) for a in args]
    if "-o" not in args:
        args += ["-o", str(tmp_path / "r.html")]
    assert main(["report", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_load_refuses_a_table_that_is_not_facts(tmp_path):
    path = tmp_path / "other.parquet"
    pl.DataFrame({"a": [1]}).write_parquet(path)
    with pytest.raises(EconfactsError, match="not a facts table"):
        report.load(path)


@pytest.fixture(scope="module")
def seed_facts(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "facts.parquet"
    assert main(["extract", str(SEEDS), "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM, "chromium is missing: `make test` installs Debian's chromium package"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    problems, requests = [], []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    return page, problems, requests


def test_seed_report_in_a_real_browser(browser, seed_facts, tmp_path):
    page_path = tmp_path / "report.html"
    assert main(["report", str(seed_facts), "-o", str(page_path), "--inputs", str(SEEDS)]) == 0
    page, problems, requests = _open(browser, page_path)
    text = (SEEDS / "000_df9a64f1ddd218e4.txt").read_text(encoding="utf-8")
    # the article is shown whole, also where it has no figure
    shown_text = page.inner_text(".doc .text")
    assert " ".join(shown_text.split()) == " ".join(text.split())
    facts = pl.read_parquet(seed_facts)
    # the four figures are highlighted, each at its text
    shown = [m.inner_text() for m in page.query_selector_all("mark")]
    assert shown == [text[s:e] for s, e in facts.select("start", "end").rows()] == facts.get_column("surface").to_list()
    # selecting one shows its row
    page.click("mark >> text=€1.1 billion")
    row = {cells[0]: cells[1] for cells in (r.split("\t") for r in page.inner_text("#row").splitlines()) if len(cells) == 2}
    euro = facts.row(0, named=True)
    assert float(row["value"]) == 1.1e9 and row["unit"] == "EUR"
    assert row["normalised"].endswith("USD") and float(row["normalised"].split()[0]) == pytest.approx(euro["norm_value"], rel=1e-4)
    assert row["measure"] == "trade" and row["actor → target"] == "RU → EU"
    Path(ROOT / "out").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "out" / "report-documents.png"))
    # the table's filters change the row count
    page.click("nav button[data-tab=table]")
    assert page.inner_text("#rowcount") == "4 facts"
    page.select_option("select[data-filter=kind]", "money")
    assert page.inner_text("#rowcount") == "2 facts"
    assert len(page.query_selector_all("table.facts tbody tr")) == 2
    # a row jumps to its figure in the document
    page.click("table.facts tbody tr >> nth=0")
    assert page.query_selector("mark.sel").inner_text() == "€1.1 billion"
    # the charts render
    page.click("nav button[data-tab=charts]")
    page.wait_for_selector("#c-time svg")
    for chart in ("c-measure", "c-matrix", "c-money", "c-time"):
        assert page.query_selector_all(f"#{chart} svg .trace, #{chart} svg .hm, #{chart} svg image"), chart
    page.screenshot(path=str(ROOT / "out" / "report-charts.png"), full_page=True)
    assert problems == []
    assert [url for url in requests if not url.startswith("file:")] == []  # nothing leaves the page


def test_a_large_run_is_shown_a_page_at_a_time(browser, tmp_path):
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{k:05d}", "text": f"Exports rose {k % 90 + 1}% to ${k + 1} million."}) + "\n"
                              for k in range(10_000)), encoding="utf-8")
    out = tmp_path / "many"
    assert main(["extract", str(corpus), "-o", str(out)]) == 0
    page_path = tmp_path / "many.html"
    assert main(["report", str(out), "-o", str(page_path)]) == 0
    page, problems, _ = _open(browser, page_path)
    assert len(page.query_selector_all(".doc")) == 25
    assert "page 1 of 400" in page.inner_text("#view")
    page.click("button[data-page='doc:1']")
    assert page.query_selector(".doc h3").inner_text().startswith("d00025")
    page.click("nav button[data-tab=table]")
    assert page.inner_text("#rowcount") == "20000 facts" and len(page.query_selector_all("table.facts tbody tr")) == 100
    assert problems == []
