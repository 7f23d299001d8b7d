"""Reading inputs: every document accounted for, every bad input named in one line."""
from __future__ import annotations

import datetime as dt
import io
import json

import polars as pl
import pytest

from econfacts.ingest import default_id, parse_date, read_inputs
from econfacts.model import Document, DocumentFailure


def _items(*names, stdin=None):
    return list(read_inputs([str(n) for n in names], stdin))


def test_txt_with_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("Russia received €1.1 billion.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "2025-09-04", "url": "https://x"}')
    [doc] = _items(tmp_path / "a.txt")
    assert doc == Document("a", "Russia received €1.1 billion.", dt.date(2025, 9, 4), "https://x", None, str(tmp_path / "a.txt"))


def test_folder_reads_txt_sorted_and_ignores_sidecars(tmp_path):
    for name in ("b", "a"):
        (tmp_path / f"{name}.txt").write_text(f"doc {name} has 5 ships", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{}")
    assert [d.id for d in _items(tmp_path)] == ["a", "b"]


@pytest.mark.parametrize(
    "setup,expected",
    [
        (lambda p: (p / "x.txt").write_bytes(b"caf\xe9 costs $5"), "not UTF-8"),
        (lambda p: (p / "x.txt").write_text("   \n"), "empty document"),
        (lambda p: ((p / "x.txt").write_text("$5"), (p / "x.meta.json").write_text("{oops")), "x.meta.json: not a JSON object"),
        (lambda p: ((p / "x.txt").write_text("$5"), (p / "x.meta.json").write_text('{"published": "soon"}')), "published 'soon' is not an ISO date"),
    ],
    ids=["not-utf8", "empty", "bad-sidecar", "bad-date"],
)
def test_bad_txt_document_is_a_failure(tmp_path, setup, expected):
    setup(tmp_path)
    [item] = _items(tmp_path / "x.txt")
    assert isinstance(item, DocumentFailure) and item.id == "x" and not item.input_error
    assert expected in item.reason and "x" in item.reason


def test_jsonl_bad_lines_do_not_stop_the_batch(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        "\n".join([
            json.dumps({"id": "n1", "text": "25% tariffs", "published": "2025-06-10"}),
            '{"id": "n2", "text": "broken',
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "n4", "text": ""}),
            json.dumps({"id": "n5"}),
            json.dumps({"text": "no id, 26 countries"}),
        ]) + "\n",
        encoding="utf-8",
    )
    items = _items(path)
    assert [type(i).__name__ for i in items] == ["Document", "DocumentFailure", "DocumentFailure", "DocumentFailure", "DocumentFailure", "Document"]
    assert items[0].published == dt.date(2025, 6, 10)
    assert items[1].reason.startswith(f"{path} line 2: not JSON (")
    assert items[2].reason == f"{path} line 3: not a JSON object"
    assert items[3].reason == f"{path} line 4: empty document"
    assert "'text' is missing" in items[4].reason
    assert items[5].id == default_id(str(path), "no id, 26 countries") and items[5].origin == f"{path} line 6"
    assert items[5].id.startswith("news.jsonl#")


def test_a_row_without_an_id_is_named_by_its_file_and_text_whatever_engine_or_order():
    assert default_id("/data/news.jsonl", "Up 5%.") == default_id("file:///mnt/news.jsonl", "Up 5%.")
    assert default_id("news.jsonl", "Up 5%.") != default_id("news.jsonl", "Up 6%.")
    assert default_id("news.jsonl", "Up 5%.") != default_id("other.jsonl", "Up 5%.")
    assert default_id("news.jsonl", "x").startswith("news.jsonl#")


def test_duplicate_ids_are_failures(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "a", "text": "5 ships"}\n{"id": "a", "text": "6 ships"}\n')
    first, second = _items(path)
    assert isinstance(first, Document) and isinstance(second, DocumentFailure)
    assert "duplicate document id 'a'" in second.reason


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_tables(tmp_path, suffix):
    frame = pl.DataFrame({"id": ["a", "b"], "text": ["$5bn", "26 countries"], "published": ["2025-01-02", None]})
    path = tmp_path / f"docs.{suffix}"
    frame.write_csv(path) if suffix == "csv" else frame.write_parquet(path)
    a, b = _items(path)
    assert (a.id, a.text, a.published) == ("a", "$5bn", dt.date(2025, 1, 2))
    assert (b.id, b.published) == ("b", None)


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
def test_table_without_text_column_is_an_input_error(tmp_path, suffix):
    frame = pl.DataFrame({"id": ["a"], "body": ["$5bn"]})
    path = tmp_path / f"docs.{suffix}"
    frame.write_csv(path) if suffix == "csv" else frame.write_parquet(path)
    [item] = _items(path)
    assert item.input_error and item.reason == f"{path}: no 'text' column (columns: id, body)"


def test_missing_and_unsupported_paths(tmp_path):
    (tmp_path / "x.docx").write_text("hi")
    missing, unsupported = _items(tmp_path / "nope.txt", tmp_path / "x.docx")
    assert missing.input_error and missing.reason == f"{tmp_path / 'nope.txt'}: no such file or folder"
    assert unsupported.input_error and "unsupported input type '.docx'" in unsupported.reason


def test_stdin():
    stdin = io.StringIO('{"id": "s", "text": "a 25% tariff"}\n')
    [doc] = _items("-", stdin=stdin)
    assert doc.id == "s" and doc.origin == "<stdin> line 1"


@pytest.mark.parametrize("value,expected", [(None, None), ("", None), ("2025-09-04", dt.date(2025, 9, 4)),
                                            ("2025-09-04T10:00:00Z", dt.date(2025, 9, 4)), (dt.date(2020, 1, 1), dt.date(2020, 1, 1))])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(("value", "message"), [
    ("2025-01-01garbage", "is not an ISO date"),
    ("2025-13-01", "is not an ISO date"),
    ("0001-01-01", "before 1900"),
])
def test_bad_published_dates_are_refused_with_their_reason(value, message):
    with pytest.raises(ValueError, match=message):
        parse_date(value)


def test_seen_ids_live_in_a_temporary_file_removed_at_the_end():
    from pathlib import Path

    from econfacts.ingest import SeenIds

    seen = SeenIds()
    folder = Path(seen._dir.name)
    assert [seen.add(i) for i in ("a", "b", "a", "A", "b")] == [True, True, False, True, False]
    assert (folder / "ids.sqlite").exists()
    seen.close()
    assert not folder.exists()


def test_a_bad_byte_in_a_csv_row_fails_that_row_only(tmp_path):
    rows = b"id,text\n" + b"".join(b"d%d,Exports rose %d%% in May.\n" % (k, k % 50 + 1) for k in range(3000))
    bad = rows.replace(b"d2000,Exports", b"d2000,Exp\xe9rts")
    path = tmp_path / "news.csv"
    path.write_bytes(bad)
    items = _items(str(path))
    failed = [i for i in items if not isinstance(i, Document)]
    assert len(items) == 3000 and [f.id for f in failed] == ["d2000"]
    assert "line 2002: the 'text' value is not UTF-8" in failed[0].reason


# (CSV bytes after the header line "id,text", the ids read, the failures as (id, words of the reason))
MALFORMED_CSV = [
    # an unclosed quote would swallow every later row into one document: it fails alone
    (b'a,"Exports rose 5%\nb,Imports fell 3%\nc,Prices rose 2%\n', ["b", "c"], [("news.csv:2", "line 2: not a CSV row")]),
    # a stray quote after a quoted value
    (b'a,"bad "quote" 7%"\nb,Fine 8%\n', ["b"], [("news.csv:2", "line 2: not a CSV row")]),
    # too many or too few values
    (b'a,Exports rose 5%\nb,Imports fell 3%,extra,values\nc\nd,Prices rose 2%\n', ["a", "d"],
     [("news.csv:3", "line 3: 4 values for 2 columns"), ("news.csv:4", "line 4: 1 values for 2 columns")]),
    # a quoted value over several lines is one value; the next row is named by its own line
    (b'a,"Exports rose 5%.\nThen 6%."\nb,"He said ""hi"" at 7%"\nc,x\xff 4%\n', ["a", "b"], [("c", "line 5: the 'text' value is not UTF-8")]),
    # Windows line ends and a byte-order mark
    (b'a,Exports rose 5%\r\nb,Imports fell 3%\r\n', ["a", "b"], []),
]


@pytest.mark.parametrize(("body", "ids", "failures"), MALFORMED_CSV)
def test_a_malformed_csv_row_fails_alone_and_the_rows_after_it_are_read(tmp_path, body, ids, failures):
    path = tmp_path / "news.csv"
    path.write_bytes((b"\xef\xbb\xbf" if b"\r\n" in body else b"") + b"id,text\n" + body)
    items = _items(str(path))
    assert [i.id for i in items if isinstance(i, Document)] == ids
    failed = [i for i in items if not isinstance(i, Document)]
    assert [(f.id.replace(str(tmp_path) + "/", ""), f.reason.replace(f"{path} ", "")[: len(words)])
            for f, (_, words) in zip(failed, failures)] == failures
    assert len(failed) == len(failures)


def test_a_damaged_parquet_row_group_fails_its_rows_and_the_others_are_kept(tmp_path):
    import random

    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": f"d{k}", "text": f"Exports rose {k % 50 + 1}% in May, to ${k} million. " * 5} for k in range(300)]
    path = tmp_path / "news.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=100, compression="zstd")
    text_chunk = pq.ParquetFile(path).metadata.row_group(1).column(1)
    start = text_chunk.dictionary_page_offset or text_chunk.data_page_offset
    data, noise = bytearray(path.read_bytes()), random.Random(7)
    for k in range(start + 30, start + text_chunk.total_compressed_size - 10):  # the page headers stay, the data is noise
        data[k] = noise.randrange(256)
    path.write_bytes(bytes(data))
    items = _items(str(path))
    assert [i.id for i in items if isinstance(i, Document)] == [f"d{k}" for k in (*range(100), *range(200, 300))]
    failed = [i for i in items if not isinstance(i, Document)]
    assert [f.id for f in failed] == [f"{path}:{k}" for k in range(101, 201)]
    assert failed[0].reason.startswith(f"{path} rows 101-200 (row group 2): cannot be read (")
