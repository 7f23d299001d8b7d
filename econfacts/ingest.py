"""Paths and tables -> Document, streamed; every input that cannot be read becomes a failure.

Inputs:
- a `.txt` file: one document, id = file stem. Metadata comes from a sidecar
  `<stem>.meta.json` beside it (`{"published": "2025-09-04", "url": ..., "source": ...}`).
- a folder: every `.txt` below it, in sorted order.
- `.jsonl` or `.ndjson` (one object per line), `.csv` (a header line), `.parquet`: columns
  `id`, `text`, optional `published` (ISO date), `url`, `source`. A row without `id` gets
  `<file name>#<hash of its text>` (default_id), in both engines.
- `-`: JSONL documents on standard input.
A row or line that cannot be read fails alone, named by its line or row number, and reading goes on.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from econfacts.model import Document, DocumentFailure

# The input kinds both engines read, by file suffix (the local engine also reads folders of .txt
# and "-", standard input as JSONL).
INPUT_KINDS = {".txt": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
TABLE_SUFFIXES = tuple(suffix for suffix, kind in INPUT_KINDS.items() if kind != "text")


def input_kind(name: str) -> str:
    """The kind of an input file by its suffix (a URI's too), or an InputError saying what is read."""
    suffix = Path(name.rsplit("/", 1)[-1]).suffix.lower()
    if suffix not in INPUT_KINDS:
        raise InputError(f"{name}: unsupported input type {suffix or '(none)'!r}; use a folder of .txt or "
                         + ", ".join(INPUT_KINDS))
    return INPUT_KINDS[suffix]


def default_id(file: str, text: object) -> str:
    """The id of a row that has none, the same in both engines however the rows are split or
    ordered: the input file's name and a hash of the row's text ("news.jsonl#3fa94c1d0b7e2a65")."""
    import hashlib

    digest = hashlib.blake2b(str(text if text is not None else "").encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return f"{file.rstrip('/').rsplit('/', 1)[-1]}#{digest}"


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
    kind = input_kind(name)
    if kind == "text":
        yield _text_file(path)
    elif kind == "jsonl":
        try:
            with path.open("rb") as handle:  # each line decoded alone: one bad byte fails one line
                yield from _jsonl_lines(handle, str(path))
        except OSError as err:
            raise InputError(f"{name}: cannot read ({err.strerror})") from err
    elif kind == "csv":
        yield from _csv_rows(path)
    else:
        yield from _parquet_rows(path)


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
    meta = sidecar_meta(str(path))
    if "error" in meta:
        return DocumentFailure(doc_id, str(path), meta["error"])
    return _document(doc_id, text, meta, str(path))


def sidecar_meta(file: str) -> dict[str, Any]:
    """The metadata of a .txt document from `<stem>.meta.json` beside it ({} when there is none;
    {"error": reason} when it is not a JSON object). `file`: a path or a file: URI."""
    if "://" in file or file.startswith("file:"):
        from urllib.parse import unquote, urlparse

        parsed = urlparse(file)
        if parsed.scheme != "file":
            return {}  # beside a remote file: not looked for
        file = unquote(parsed.path)
    path = Path(file)
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return {"error": f"{sidecar}: not a JSON object ({err})"}
    if not isinstance(meta, dict):
        return {"error": f"{sidecar}: not a JSON object"}
    return {k: v for k, v in meta.items() if k != "error"}


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
            yield DocumentFailure(default_id(origin, line.rstrip("\r\n")), where, f"{where}: not JSON ({err.msg})")
            continue
        if not isinstance(row, dict):
            yield DocumentFailure(default_id(origin, line.rstrip("\r\n")), where, f"{where}: not a JSON object")
            continue
        del line  # a long document is held once, as its text, while it is extracted
        yield row_document(row, origin, where)


TEXT_COLUMNS = ("id", "text", "published", "url", "source")


def _parquet_rows(path: Path) -> Iterator[Document | DocumentFailure]:
    """The rows of a parquet file, one row group at a time: the rows of a row group that cannot be
    read (a damaged page) fail, each by its number, and the other row groups are kept."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        source = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as err:
        raise InputError(f"{path}: cannot read as parquet ({str(err).splitlines()[0]})") from err
    columns = source.schema_arrow.names
    if "text" not in columns:
        raise InputError(f"{path}: no 'text' column (columns: {', '.join(columns) or 'none'})")
    wanted = [name for name in TEXT_COLUMNS if name in columns]
    first = 0
    for group in range(source.metadata.num_row_groups):
        size = source.metadata.row_group(group).num_rows
        rows, where = [], f"{path} rows {first + 1}-{first + size} (row group {group + 1})"
        try:
            for batch in source.iter_batches(batch_size=1024, row_groups=[group], columns=wanted):
                rows.extend(batch.to_pylist())
        except (OSError, pa.ArrowException) as err:
            reason = f"{where}: cannot be read ({str(err).splitlines()[0]})"
            for number in range(first + 1, first + size + 1):  # each row accounted for, by its number
                yield DocumentFailure(f"{path}:{number}", f"{path} row {number}", reason)
            first += size
            continue
        for number, row in enumerate(rows, start=first + 1):
            yield row_document(row, str(path), f"{path} row {number}")
        first += size


CSV_FIELD_LIMIT = 64 * 2**20  # characters in one value: a text longer than this fails its row


class _Lines:
    """The lines of a file as the csv module reads them, keeping the ones of the record being read
    so that, after a malformed record, reading resumes at the line after the record's first."""

    def __init__(self, handle):
        self.source = handle
        self.pending: list[str] = []  # lines to read again, last first
        self.record: list[str] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.pending.pop() if self.pending else next(self.source)
        self.record.append(line)
        return line


def _csv_rows(path: Path) -> Iterator[Document | DocumentFailure]:
    """The rows of a CSV file with a header line, read strictly: a row with a stray or unclosed
    quote, or with the wrong number of values, fails alone (named by its line) and reading goes on
    at the next line, so that an unclosed quote never swallows the rows after it; a value that is
    not UTF-8 fails its row."""
    import csv

    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    try:
        handle = path.open(encoding="utf-8-sig", errors="surrogateescape", newline="")  # a leading BOM is no part of the header
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err
    with handle:
        lines = _Lines(handle)
        header: list[str] | None = None
        line = 1  # the first line of the record being read
        while True:
            reader = csv.reader(lines, strict=True)
            try:
                for values in reader:
                    taken, lines.record = len(lines.record), []
                    first, line = line, line + taken
                    if not values:
                        continue  # a blank line
                    if header is None:
                        header = values
                        if "text" not in header:
                            raise InputError(f"{path}: no 'text' column (columns: {', '.join(header) or 'none'})")
                        continue
                    yield _csv_row(path, header, values, first)
                break
            except csv.Error as err:
                if header is None:
                    raise InputError(f"{path}: cannot read as csv (header: {err})") from None
                where = f"{path} line {line}"
                yield DocumentFailure(f"{path}:{line}", where, f"{where}: not a CSV row ({err}; an unclosed or stray quote?)")
                bad, lines.record = lines.record, []
                lines.pending.extend(reversed(bad[1:]))  # read again from the line after the bad row's first
                line += 1
            except OSError as err:
                raise InputError(f"{path}: cannot read ({err.strerror})") from err
        if header is None:
            raise InputError(f"{path}: empty file (no header line)")


def _csv_row(path: Path, header: list[str], values: list[str], line: int) -> Document | DocumentFailure:
    where = f"{path} line {line}"
    if len(values) != len(header):
        return DocumentFailure(f"{path}:{line}", where, f"{where}: {len(values)} values for {len(header)} columns")
    row: dict[str, Any] = dict(zip(header, values))
    for name, value in row.items():
        if name in TEXT_COLUMNS and not _encodable(value):
            raw_id = row.get("id")
            doc_id = raw_id if raw_id and _encodable(raw_id) else f"{path}:{line}"
            start = next(k for k, ch in enumerate(value) if "\udc80" <= ch <= "\udcff")
            return DocumentFailure(doc_id, where, f"{where}: the {name!r} value is not UTF-8 (a bad byte at character {start})")
    return row_document(row, str(path), where)


def row_document(row: dict[str, Any], file: str, where: str) -> Document | DocumentFailure:
    """A table row (id, text, published, url, source) of `file` as a Document, or the reason it is
    not one; a row without an id gets default_id. Both engines read rows through here."""
    raw_id = row.get("id")
    doc_id = default_id(file, row.get("text")) if raw_id is None or raw_id == "" else str(raw_id)
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
