"""The review report: one self-contained HTML file to check an extraction by eye.

`econfacts report OUT -o report.html` reads what `extract` wrote (a facts file with its
documents / rejected tables beside it, or a dataset folder) and writes a page with
- Documents: each document's sentences that hold figures, every figure highlighted by kind;
  hovering or selecting one shows its row (value or bounds, unit, qualifier, normalised value
  with rate and date, measure, actor -> target, change, confidence). Failed documents are
  listed with their reason.
- Table: every fact, sortable, filterable by kind, measure, actor and target, and by text; a
  click on a row jumps to the figure in its document.
- Charts: facts by measure and kind, an actor -> target matrix (counts and money totals in the
  base currency), money by published date, and the quarantine (rejected rows with the check
  they failed).
The chart library (plotly.js, from the plotly package) and all data are inlined: the page makes
no request when opened. Documents and table rows are rendered a page at a time, so a run of
10,000 documents stays usable; `--limit N` / `--sample N` keep the first / N random documents.

The facts table keeps each figure's sentence, not the whole document text: given the inputs
extract read (`--inputs`), the documents view shows each document whole; without them it shows
the sentences that hold figures, in order.
"""
from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from econfacts.errors import EconfactsError

FACT_FIELDS = ("doc_id", "fact_id", "sentence_index", "start", "end", "surface", "kind", "value", "low", "high",
               "qualifier", "unit", "per", "change", "measure", "actor", "target", "context_confidence",
               "measure_confidence", "actor_confidence", "target_confidence", "change_confidence",
               "norm_value", "norm_low", "norm_high", "norm_unit", "fx_rate", "fx_date", "fx_source", "fx_basis",
               "norm_note", "published", "period", "period_start", "period_end", "period_note", "status", "source")


@dataclass
class Tables:
    """What one extraction wrote."""

    facts: pl.DataFrame
    documents: pl.DataFrame | None
    rejected: pl.DataFrame | None


@dataclass
class ReportSummary:
    documents: int
    facts: int
    failed: int
    rejected: int
    path: Path


def _side(out: Path, name: str) -> Path | None:
    """The documents / rejected table that extract wrote beside `out`, if there is one."""
    from econfacts.run import side_path

    if out.is_dir():
        folder = out / name
        return folder if folder.is_dir() and any(folder.glob("part-*.parquet")) else None
    path = side_path(out, name)
    return path if path.exists() else None


def load(out: Path) -> Tables:
    """The facts, documents and rejected tables of an extraction output."""
    from econfacts import table

    if not out.exists():
        raise EconfactsError(f"{out}: no such file or folder")
    try:
        facts = table.read(out)
    except Exception as err:  # any reader error is one line for the user
        raise EconfactsError(f"{out}: cannot read as a facts table ({str(err).splitlines()[0]})") from None
    missing = [name for name in ("doc_id", "start", "end", "surface", "kind", "sentence") if name not in facts.columns]
    if missing:
        raise EconfactsError(f"{out}: not a facts table (no column {', '.join(missing)})")
    sides = []
    for name in ("documents", "rejected"):
        path = _side(out, name)
        if path is None:
            sides.append(None)
            continue
        try:
            sides.append(pl.read_parquet(path / "part-*.parquet" if path.is_dir() else path))
        except Exception as err:
            raise EconfactsError(f"{path}: cannot read the {name} table ({str(err).splitlines()[0]})") from None
    return Tables(facts, sides[0], sides[1])


def _plain(value):
    if value is None or isinstance(value, (str, int, bool)):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else None
    return str(value)  # dates


def _marks(sentence: str, facts: list[dict]) -> tuple[int | None, list[tuple[int, int, int]]]:
    """Where each fact of one sentence stands in the sentence text: (sentence start in the
    document, [(fact number, local start, local end)]). Offsets index the document; the sentence
    start is the shift that puts every surface at its place."""
    first = facts[0]
    pos = sentence.find(first["surface"])
    while pos >= 0:
        shift = first["start"] - pos
        if all(sentence[f["start"] - shift : f["end"] - shift] == f["surface"] for f in facts):
            return shift, [(f["n"], f["start"] - shift, f["end"] - shift) for f in facts]
        pos = sentence.find(first["surface"], pos + 1)
    marks = []  # the sentence text does not agree with the offsets: place each surface alone
    for f in facts:
        local = sentence.find(f["surface"])
        if local >= 0:
            marks.append((f["n"], local, local + len(f["surface"])))
    return None, marks


def texts_of(inputs: list[str]) -> dict[str, str]:
    """The full text of every readable document of the inputs extract was given, by id."""
    from econfacts.ingest import read_inputs
    from econfacts.model import Document

    return {item.id: item.text for item in read_inputs(inputs) if isinstance(item, Document)}


def data(tables: Tables, limit: int | None = None, sample: int | None = None, seed: int = 0,
         texts: dict[str, str] | None = None) -> dict:
    """The report's data: documents with their highlighted text (the whole text when `texts` has
    it, else the sentences that hold figures), facts, charts' inputs."""
    facts = tables.facts.sort(["doc_id", "start"]) if tables.facts.height else tables.facts
    if tables.documents is not None and tables.documents.height:
        doc_ids = tables.documents.get_column("doc_id").to_list()
    else:
        doc_ids = list(dict.fromkeys(facts.get_column("doc_id").to_list())) if facts.height else []
    total_documents = len(doc_ids)
    if sample is not None and sample < len(doc_ids):
        keep = set(random.Random(seed).sample(range(len(doc_ids)), sample))
        doc_ids = [d for k, d in enumerate(doc_ids) if k in keep]
    elif limit is not None:
        doc_ids = doc_ids[:limit]
    chosen = set(doc_ids)
    if len(chosen) < total_documents:
        facts = facts.filter(pl.col("doc_id").is_in(list(chosen)))
    rows = []
    for n, row in enumerate(facts.iter_rows(named=True)):
        rows.append({"n": n, **{k: _plain(row.get(k)) for k in FACT_FIELDS}, "sentence": row["sentence"]})
    by_doc: dict[str, list[dict]] = {}
    for row in rows:
        by_doc.setdefault(row["doc_id"], []).append(row)
    status = {}
    if tables.documents is not None:
        for row in tables.documents.iter_rows(named=True):
            status[row["doc_id"]] = {"status": row["status"], "reason": row["reason"], "published": _plain(row.get("published"))}
    documents = []
    for doc_id in doc_ids:
        its = by_doc.get(doc_id, [])
        sentences: dict[int, list[dict]] = {}
        for row in its:
            sentences.setdefault(row["sentence_index"], []).append(row)
        shown = []
        full = (texts or {}).get(doc_id)
        if full is not None and all(full[f["start"] : f["end"]] == f["surface"] for f in its):
            shown.append({"index": 0, "text": full, "marks": [(f["n"], f["start"], f["end"]) for f in its], "whole": True})
        else:
            for index in sorted(sentences):
                group = sentences[index]
                _, marks = _marks(group[0]["sentence"], group)
                shown.append({"index": index, "text": group[0]["sentence"], "marks": marks})
        info = status.get(doc_id, {"status": "ok", "reason": None, "published": its[0]["published"] if its else None})
        documents.append({"id": doc_id, **info, "facts": len(its), "sentences": shown})
    for row in rows:
        del row["sentence"]
    rejected = []
    if tables.rejected is not None:
        for row in tables.rejected.head(5000).iter_rows(named=True):
            rejected.append({k: _plain(row.get(k)) for k in ("doc_id", "surface", "kind", "failed_check", "failure_case")})
    base = next((r["norm_unit"] for r in rows if r["kind"] == "money" and r["norm_unit"]), None)
    return {"documents": documents, "facts": rows, "rejected": rejected, "base_currency": base,
            "total_documents": total_documents, "rejected_total": 0 if tables.rejected is None else tables.rejected.height}


def _script_json(value) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


def render(payload: dict, title: str) -> str:
    """The page: styles, data, plotly.js and the page's own script, all inline."""
    from plotly.offline import get_plotlyjs

    return (_PAGE.replace("%TITLE%", html.escape(title))
            .replace("%DATA%", _script_json(payload))
            .replace("%PLOTLY%", get_plotlyjs().replace("</script", "<\\/script"))
            .replace("%APP%", _APP))


def write(out: Path, dest: Path, limit: int | None = None, sample: int | None = None, seed: int = 0,
          inputs: list[str] | None = None) -> ReportSummary:
    """Read an extraction output and write its report to `dest` (atomically); with `inputs` (what
    extract read), each document is shown whole."""
    import os

    if limit is not None and limit < 1 or sample is not None and sample < 1:
        raise EconfactsError("--limit and --sample take a number of documents, at least 1")
    if dest.suffix.lower() not in (".html", ".htm"):
        raise EconfactsError(f"{dest}: the report is an HTML file; give -o a name ending in .html")
    tables = load(out)
    for name in inputs or []:
        if name != "-" and not Path(name).exists():
            raise EconfactsError(f"{name}: no such file or folder (--inputs)")
    payload = data(tables, limit, sample, seed, texts_of(inputs) if inputs else None)
    page = render(payload, f"econfacts report: {out}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    failed = sum(1 for d in payload["documents"] if d["status"] == "failed")
    return ReportSummary(len(payload["documents"]), len(payload["facts"]), failed, payload["rejected_total"], dest)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%TITLE%</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222}
header{background:#1f3b57;color:#fff;padding:8px 16px;display:flex;gap:16px;align-items:center}
header h1{font-size:16px;margin:0}
nav button{background:#2f5677;color:#fff;border:0;padding:6px 12px;cursor:pointer}
nav button.on{background:#fff;color:#1f3b57}
main{display:flex}
#view{flex:1;padding:12px 16px;min-width:0}
#detail{width:340px;border-left:1px solid #ccc;padding:12px;position:sticky;top:0;height:100vh;overflow:auto;font-size:13px}
#detail table td{padding:1px 4px;vertical-align:top}
.doc{border-bottom:1px solid #eee;padding:8px 0}
.doc h3{font-size:14px;margin:0 0 4px}
.failed{color:#a00}
mark{padding:0 2px;border-radius:3px;cursor:pointer}
mark.money{background:#ffe08a}mark.percent{background:#b8e6b8}mark.quantity{background:#b8d8ff}mark.count{background:#f0c8f0}
mark.sel{outline:2px solid #d00}
.gap{color:#999}
.text{white-space:pre-wrap}
table.facts{border-collapse:collapse;width:100%;font-size:12px}
table.facts th{cursor:pointer;background:#eef;position:sticky;top:0}
table.facts td,table.facts th{border:1px solid #ddd;padding:2px 4px}
table.facts tr:hover{background:#ffd}
.pager{margin:8px 0}
.filters select,.filters input{margin-right:6px}
.chart{width:100%;height:380px}
</style></head><body>
<header><h1>econfacts report</h1><nav><button data-tab="documents" class="on">Documents</button><button data-tab="table">Table</button><button data-tab="charts">Charts</button></nav><span id="counts"></span></header>
<main><div id="view"></div><aside id="detail"><em>Hover or select a figure to see its row.</em></aside></main>
<script type="application/json" id="data">%DATA%</script>
<script>%PLOTLY%</script>
<script>%APP%</script>
</body></html>
"""

_APP = r"""
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const PAGE = 25, ROWS = 100;
const view = document.getElementById("view"), detail = document.getElementById("detail");
let tab = "documents", docPage = 0, rowPage = 0, selected = null, sortKey = null, sortDir = 1;
const filters = {kind: "", measure: "", actor: "", target: "", status: "", text: ""};
const docIndex = new Map(D.documents.map((d, i) => [d.id, i]));
function esc(s) { return String(s).replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c])); }
function num(v) { return v === null || v === undefined ? "" : (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-3 && v !== 0) ? v.toExponential(4) : String(v)); }
function figure(f) { return f.value !== null ? num(f.value) : num(f.low) + " .. " + num(f.high); }
function normal(f) {
  if (f.norm_value !== null) return num(f.norm_value) + " " + (f.norm_unit || "");
  if (f.norm_low !== null || f.norm_high !== null) return num(f.norm_low) + " .. " + num(f.norm_high) + " " + (f.norm_unit || "");
  return f.norm_note ? "not normalised: " + f.norm_note : "";
}
function show(f) {
  const rows = [["document", f.doc_id], ["surface", f.surface], ["kind", f.kind], ["value", figure(f)], ["unit", f.unit],
    ["qualifier", f.qualifier], ["per", f.per], ["normalised", normal(f)],
    ["rate", f.fx_rate !== null ? num(f.fx_rate) + " (" + f.fx_source + ", " + f.fx_date + ", " + f.fx_basis + ")" : ""],
    ["measure", f.measure], ["actor \u2192 target", (f.actor || "\u2013") + " \u2192 " + (f.target || "\u2013")],
    ["change", f.change], ["confidence", f.context_confidence === null || f.context_confidence === undefined ? "" : f.context_confidence +
      " (measure " + f.measure_confidence + ", actor " + f.actor_confidence + ", target " + f.target_confidence + ", change " + f.change_confidence + ")"], ["status", f.status],
    ["period", f.period ? f.period + " (" + (f.period_start || "\u2026") + " .. " + (f.period_end || "\u2026") + ")" + (f.period_note ? ": " + f.period_note : "") : ""],
    ["source", f.source], ["published", f.published]];
  detail.innerHTML = '<table id="row">' + rows.map(([k, v]) => "<tr><td>" + esc(k) + '</td><td data-field="' + esc(k) + '">' + esc(v === null || v === undefined ? "" : v) + "</td></tr>").join("") + "</table>";
}
function marked(s) {
  let out = "", pos = 0;
  for (const [n, a, b] of s.marks.slice().sort((x, y) => x[1] - y[1])) {
    if (a < pos) continue;
    const f = D.facts[n];
    out += esc(s.text.slice(pos, a)) + '<mark class="' + f.kind + (selected === n ? " sel" : "") + '" data-n="' + n + '">' + esc(s.text.slice(a, b)) + "</mark>";
    pos = b;
  }
  return out + esc(s.text.slice(pos));
}
function pager(page, pages, name) {
  return '<div class="pager"><button data-page="' + name + ':' + (page - 1) + '"' + (page <= 0 ? " disabled" : "") + '>previous</button> page ' + (page + 1) + " of " + Math.max(pages, 1) +
    ' <button data-page="' + name + ':' + (page + 1) + '"' + (page >= pages - 1 ? " disabled" : "") + ">next</button></div>";
}
function documentsView() {
  const pages = Math.ceil(D.documents.length / PAGE);
  let h = pager(docPage, pages, "doc");
  for (const d of D.documents.slice(docPage * PAGE, (docPage + 1) * PAGE)) {
    h += '<div class="doc" id="doc-' + esc(d.id) + '"><h3>' + esc(d.id) + " <small>" + esc(d.published || "undated") + ", " + d.facts + " facts</small></h3>";
    if (d.status === "failed") h += '<p class="failed">failed: ' + esc(d.reason) + "</p>";
    let last = null;
    for (const s of d.sentences) {
      if (s.whole) { h += '<div class="text">' + marked(s) + "</div>"; continue; }
      if (last !== null && s.index !== last + 1) h += '<span class="gap"> \u2026 </span>';
      h += "<span>" + marked(s) + "</span> ";
      last = s.index;
    }
    h += "</div>";
  }
  view.innerHTML = h + pager(docPage, pages, "doc");
}
function visible() {
  let rows = D.facts.filter(f => (!filters.kind || f.kind === filters.kind) && (!filters.measure || f.measure === filters.measure) &&
    (!filters.actor || f.actor === filters.actor) && (!filters.target || f.target === filters.target) &&
    (!filters.status || f.status === filters.status) &&
    (!filters.text || (f.surface + " " + f.doc_id).toLowerCase().includes(filters.text.toLowerCase())));
  if (sortKey) rows = rows.slice().sort((a, b) => { const x = a[sortKey], y = b[sortKey]; return (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1) * sortDir; });
  return rows;
}
function options(name) {
  const values = [...new Set(D.facts.map(f => f[name]).filter(v => v !== null))].sort();
  return '<select data-filter="' + name + '"><option value="">' + name + ": all</option>" + values.map(v => '<option' + (filters[name] === v ? " selected" : "") + ">" + esc(v) + "</option>").join("") + "</select>";
}
const COLUMNS = ["doc_id", "surface", "kind", "value", "unit", "qualifier", "norm_value", "norm_unit", "measure", "actor", "target", "change", "status", "period", "source", "context_confidence"];
function tableView() {
  const rows = visible(), pages = Math.ceil(rows.length / ROWS);
  rowPage = Math.min(rowPage, Math.max(pages - 1, 0));
  let h = '<div class="filters">' + ["kind", "measure", "actor", "target", "status"].map(options).join("") +
    '<input data-filter="text" placeholder="search surface or document" value="' + esc(filters.text) + '"> <span id="rowcount">' + rows.length + " facts</span></div>";
  h += pager(rowPage, pages, "row") + '<table class="facts"><thead><tr>' + COLUMNS.map(c => '<th data-sort="' + c + '">' + c + (sortKey === c ? (sortDir > 0 ? " \u25b2" : " \u25bc") : "") + "</th>").join("") + "</tr></thead><tbody>";
  for (const f of rows.slice(rowPage * ROWS, (rowPage + 1) * ROWS)) {
    h += '<tr data-n="' + f.n + '">' + COLUMNS.map(c => "<td>" + esc(c === "value" ? figure(f) : c === "norm_value" ? normal(f).replace(" " + (f.norm_unit || ""), "") : f[c] === null ? "" : f[c]) + "</td>").join("") + "</tr>";
  }
  view.innerHTML = h + "</tbody></table>";
}
function chartsView() {
  view.innerHTML = '<h2>Facts by measure and kind</h2><div id="c-measure" class="chart"></div>' +
    '<h2>Actor \u2192 target: facts</h2><div id="c-matrix" class="chart"></div>' +
    '<h2>Actor \u2192 target: money in ' + esc(D.base_currency || "the base currency") + '</h2><div id="c-money" class="chart"></div>' +
    '<h2>Money by published date (' + esc(D.base_currency || "base currency") + ')</h2><div id="c-time" class="chart"></div>' +
    '<h2>Quarantine: ' + D.rejected_total + ' rejected rows</h2><div id="quarantine"></div>';
  const kinds = ["money", "percent", "quantity", "count"];
  const measures = [...new Set(D.facts.map(f => f.measure || "none"))].sort();
  Plotly.newPlot("c-measure", kinds.map(k => ({type: "bar", name: k, x: measures, y: measures.map(m => D.facts.filter(f => f.kind === k && (f.measure || "none") === m).length)})), {barmode: "stack", margin: {t: 10}}, {displaylogo: false});
  const actors = [...new Set(D.facts.map(f => f.actor || "\u2013"))].sort(), targets = [...new Set(D.facts.map(f => f.target || "\u2013"))].sort();
  const cell = (f, a, t) => (f.actor || "\u2013") === a && (f.target || "\u2013") === t;
  Plotly.newPlot("c-matrix", [{type: "heatmap", x: targets, y: actors, z: actors.map(a => targets.map(t => D.facts.filter(f => cell(f, a, t)).length)), colorscale: [[0, "#f7fbff"], [1, "#08306b"]]}], {margin: {t: 10}, xaxis: {title: "target"}, yaxis: {title: "actor"}}, {displaylogo: false});
  const money = D.facts.filter(f => f.kind === "money" && f.norm_value !== null);
  Plotly.newPlot("c-money", [{type: "heatmap", x: targets, y: actors, z: actors.map(a => targets.map(t => money.filter(f => cell(f, a, t)).reduce((s, f) => s + f.norm_value, 0))), colorscale: [[0, "#fff7ec"], [1, "#b30000"]]}], {margin: {t: 10}, xaxis: {title: "target"}, yaxis: {title: "actor"}}, {displaylogo: false});
  const byDate = new Map();
  for (const f of money) { const d = f.published || "undated"; byDate.set(d, (byDate.get(d) || 0) + f.norm_value); }
  const dates = [...byDate.keys()].sort();
  Plotly.newPlot("c-time", [{type: "bar", x: dates, y: dates.map(d => byDate.get(d))}], {margin: {t: 10}, xaxis: {type: "category"}}, {displaylogo: false});
  document.getElementById("quarantine").innerHTML = D.rejected.length ? '<table class="facts"><tr><th>document</th><th>surface</th><th>kind</th><th>failed check</th></tr>' +
    D.rejected.map(r => "<tr><td>" + esc(r.doc_id) + "</td><td>" + esc(r.surface) + "</td><td>" + esc(r.kind) + "</td><td>" + esc(r.failed_check) + "</td></tr>").join("") + "</table>" : "<p>No rejected rows.</p>";
}
function render() {
  document.querySelectorAll("nav button").forEach(b => b.classList.toggle("on", b.dataset.tab === tab));
  ({documents: documentsView, table: tableView, charts: chartsView})[tab]();
}
function jump(n) {
  const f = D.facts[n];
  selected = n; tab = "documents"; docPage = Math.floor(docIndex.get(f.doc_id) / PAGE); render(); show(f);
  const m = view.querySelector('mark[data-n="' + n + '"]'); if (m) m.scrollIntoView({block: "center"});
}
document.querySelector("nav").addEventListener("click", e => { if (e.target.dataset.tab) { tab = e.target.dataset.tab; render(); } });
view.addEventListener("mouseover", e => { const m = e.target.closest("mark"); if (m) show(D.facts[+m.dataset.n]); });
view.addEventListener("click", e => {
  const m = e.target.closest("mark"), p = e.target.dataset.page, s = e.target.dataset.sort, r = e.target.closest("tr[data-n]");
  if (m) { selected = +m.dataset.n; view.querySelectorAll("mark.sel").forEach(x => x.classList.remove("sel")); m.classList.add("sel"); show(D.facts[selected]); }
  else if (p) { const [name, k] = p.split(":"); if (name === "doc") docPage = +k; else rowPage = +k; render(); }
  else if (s) { sortDir = sortKey === s ? -sortDir : 1; sortKey = s; render(); }
  else if (r) jump(+r.dataset.n);
});
view.addEventListener("change", e => { const k = e.target.dataset.filter; if (k) { filters[k] = e.target.value; rowPage = 0; render(); } });
view.addEventListener("input", e => { if (e.target.dataset.filter === "text") { filters.text = e.target.value; rowPage = 0; tableView(); const i = view.querySelector('input[data-filter="text"]'); i.focus(); i.setSelectionRange(i.value.length, i.value.length); } });
document.getElementById("counts").textContent = D.documents.length + " of " + D.total_documents + " documents, " + D.facts.length + " facts, " + D.rejected_total + " rejected";
render();
"""
