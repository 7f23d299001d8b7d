"""Paths and tables -> Document, streamed; every input that cannot be read becomes a failure.

Inputs:
- a `.txt` file: one document, id = file stem. Metadata comes from a sidecar
  `<stem>.meta.json` beside it (`{"published": "2025-09-04", "url": ..., "source": ...}`).
- a folder: every `.txt` below it, in sorted order.
- `.jsonl` (one object per line), `.csv`, `.parquet`: columns `id`, `text`, optional
  `published` (ISO date), `url`, `source`. A row without `id` gets `<file>:<line or row>`.
- `-`: JSONL documents on standard input.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from econfacts.model import Document, DocumentFailure

TABLE_SUFFIXES = (".jsonl", ".csv", ".parquet")


class InputError(Exception):
    """An input that cannot be read at all (missing, unreadable, wrong shape): one line for the user."""


class SeenIds:
    """The document ids of a run so far, kept in a temporary SQLite file: memory stays flat however
    many millions of documents a run reads (an in-memory set costs about 100 bytes per id)."""

    def __init__(self) -> None:
        import sqlite3
        import tempfile

        self._dir = tempfile.TemporaryDirectory(prefix="econfacts-ids-")
        path = Path(self._dir.name) / "ids.sqlite"
        try:
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=OFF")
            self._db.execute("PRAGMA synchronous=OFF")
            self._db.execute("CREATE TABLE seen (id TEXT PRIMARY KEY) WITHOUT ROWID")
            self._db.execute("BEGIN")  # one transaction for the run: a commit per id would cost 15 µs each
        except sqlite3.Error as err:  # a full disk or a file-size limit: said as the OSError it is
            self._dir.cleanup()
            raise OSError(f"the run's temporary id store failed ({err})") from None

    def add(self, doc_id: str) -> bool:
        """Record `doc_id`; False when it was already there."""
        import sqlite3

        try:
            return self._db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (doc_id,)).rowcount == 1
        except sqlite3.Error as err:
            raise OSError(f"the run's temporary id store failed ({err})") from None

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()


def read_inputs(inputs: Iterable[str], stdin: TextIO | None = None) -> Iterator[Document | DocumentFailure]:
    """Documents from every input in order; a bad input or document is yielded as a failure, and so
    is a document whose id came earlier in the run."""
    seen = SeenIds()
    try:
        for name in inputs:
            try:
                for item in _read_one(name, stdin):
                    if isinstance(item, Document) and not seen.add(item.id):
                        where = item.origin or name
                        item = DocumentFailure(item.id, where, f"{where}: duplicate document id {item.id!r} (an earlier document of the run has it)")
                    yield item
            except InputError as err:
                yield DocumentFailure(name, name, str(err), input_error=True)
    finally:
        seen.close()


def _read_one(name: str, stdin: TextIO | None) -> Iterator[Document | DocumentFailure]:
    if name == "-":
        yield from _jsonl_lines(stdin if stdin is not None else sys.stdin.buffer, "<stdin>")
        return
    path = Path(name)
    if not path.exists():
        raise InputError(f"{name}: no such file or folder")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not files:
            raise InputError(f"{name}: folder has no .txt documents")
        for file in files:
            yield _text_file(file)
        return
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield _text_file(path)
    elif suffix == ".jsonl":
        try:
            with path.open("rb") as handle:  # each line decoded alone: one bad byte fails one line
                yield from _jsonl_lines(handle, str(path))
        except OSError as err:
            raise InputError(f"{name}: cannot read ({err.strerror})") from err
    elif suffix in (".csv", ".parquet"):
        yield from _table_rows(path)
    else:
        raise InputError(f"{name}: unsupported input type {suffix or '(none)'!r}; use .txt, a folder, .jsonl, .csv or .parquet")


def _text_file(path: Path) -> Document | DocumentFailure:
    doc_id = path.stem
    try:
        raw = path.read_bytes()
    except OSError as err:
        return DocumentFailure(doc_id, str(path), f"{path}: cannot read ({err.strerror})")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return DocumentFailure(doc_id, str(path), f"{path}: not UTF-8 ({err.reason} at byte {err.start})")
    meta: dict[str, Any] = {}
    sidecar = path.with_name(path.stem + ".meta.json")
    if sidecar.exists():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            return DocumentFailure(doc_id, str(path), f"{sidecar}: not a JSON object ({err})")
        if not isinstance(meta, dict):
            return DocumentFailure(doc_id, str(path), f"{sidecar}: not a JSON object")
    return _document(doc_id, text, meta, str(path))


def _jsonl_lines(handle, origin: str) -> Iterator[Document | DocumentFailure]:
    """One document per line of a JSONL stream (text or bytes); a line that is not UTF-8 or not
    a JSON object fails alone, named by its line number."""
    for number, line in enumerate(handle, start=1):
        where = f"{origin} line {number}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as err:
                yield DocumentFailure(f"{origin}:{number}", where, f"{where}: not UTF-8 ({err.reason} at byte {err.start} of the line)")
                continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield DocumentFailure(f"{origin}:{number}", where, f"{where}: not JSON ({err.msg})")
            continue
        if not isinstance(row, dict):
            yield DocumentFailure(f"{origin}:{number}", where, f"{where}: not a JSON object")
            continue
        yield row_document(row, f"{origin}:{number}", where)


TEXT_COLUMNS = ("id", "text", "published", "url", "source")


def _table_rows(path: Path) -> Iterator[Document | DocumentFailure]:
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    try:
        if path.suffix.lower() == ".parquet":
            source = pq.ParquetFile(path)
            columns = source.schema_arrow.names
            batches: Iterator[pa.RecordBatch] = source.iter_batches(batch_size=1024)
        else:
            # read as bytes and decoded row by row: one bad byte fails its row, not the file
            raw = {name: pa.binary() for name in TEXT_COLUMNS}
            options = pacsv.ConvertOptions(column_types=raw, strings_can_be_null=False)
            reader = pacsv.open_csv(path, convert_options=options)
            columns = reader.schema.names
            batches = iter(reader)
    except (OSError, pa.ArrowInvalid) as err:
        raise InputError(f"{path}: cannot read as {path.suffix[1:]} ({str(err).splitlines()[0]})") from err
    if "text" not in columns:
        raise InputError(f"{path}: no 'text' column (columns: {', '.join(columns) or 'none'})")
    row_number = 0
    for batch in batches:
        for row in batch.to_pylist():
            row_number += 1
            where = f"{path} row {row_number}"
            bad = None
            for name, value in row.items():
                if isinstance(value, bytes):
                    try:
                        row[name] = value.decode("utf-8")
                    except UnicodeDecodeError as err:
                        bad = f"{where}: the {name!r} value is not UTF-8 ({err.reason} at byte {err.start})"
                        break
            if bad:
                raw_id = row.get("id")
                doc_id = raw_id if isinstance(raw_id, str) and raw_id else f"{path}:{row_number}"
                yield DocumentFailure(doc_id, where, bad)
                continue
            yield row_document(row, f"{path}:{row_number}", where)


def row_document(row: dict[str, Any], default_id: str, where: str) -> Document | DocumentFailure:
    """A table row (id, text, published, url, source) as a Document, or the reason it is not one."""
    raw_id = row.get("id")
    doc_id = default_id if raw_id is None or raw_id == "" else str(raw_id)
    if not _encodable(doc_id):
        doc_id = doc_id.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
        return DocumentFailure(doc_id, where, f"{where}: the id is not valid Unicode (a lone surrogate)")
    text = row.get("text")
    if not isinstance(text, str):
        return DocumentFailure(doc_id, where, f"{where}: 'text' is missing or not a string")
    if not _encodable(text):
        return DocumentFailure(doc_id, where, f"{where}: the text is not valid Unicode (a lone surrogate)")
    return _document(doc_id, text, row, where)


def _encodable(value: str) -> bool:
    """Whether a string can be written as UTF-8 (JSON's "\\ud800" escapes decode to lone surrogates)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _document(doc_id: str, text: str, meta: dict[str, Any], where: str) -> Document | DocumentFailure:
    if not text.strip():
        return DocumentFailure(doc_id, where, f"{where}: empty document")
    try:
        published = parse_date(meta.get("published"))
    except ValueError as err:
        return DocumentFailure(doc_id, where, f"{where}: {err}")
    url, source = meta.get("url"), meta.get("source")
    return Document(doc_id, text, published, str(url) if url else None, str(source) if source else None, where)


EARLIEST_YEAR = 1900  # "0001-01-01" is a placeholder, not a publication date


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (or datetime) from text or a date value; None for null/empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        day = dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"published {text!r} is not an ISO date (YYYY-MM-DD)") from None
    if day.year < EARLIEST_YEAR:
        raise ValueError(f"published {text!r} is before {EARLIEST_YEAR}: not a news date (a placeholder?)")
    return day
