"""econfacts: economic and sanctions figures from news text, as a validated table.

    >>> from econfacts import extract_text
    >>> [(f.surface, f.kind, f.value, f.unit) for f in extract_text("Russia received €1.1 billion")]
    [('€1.1 billion', 'money', 1100000000.0, 'EUR')]
"""
from __future__ import annotations

__version__ = "0.1.0"

import datetime as _dt
from collections.abc import Iterable as _Iterable
from dataclasses import dataclass as _dataclass
from typing import TYPE_CHECKING

from econfacts.model import Document, Fact

if TYPE_CHECKING:
    import polars


def extract_text(text: str, published: _dt.date | str | None = None, base_currency: str = "USD") -> list[Fact]:
    """Facts of one text (doc_id "text"); `published` dates the money conversion."""
    from econfacts.ingest import parse_date
    from econfacts.pipeline import Options, extract_document

    return extract_document(Document("text", text, parse_date(published)), Options(base_currency))


@_dataclass
class Extraction:
    """What a run of econfacts.extract_tables produced: the valid facts, one row per document
    (ok, or failed with its reason) and the rejected rows with the check they failed."""

    facts: "polars.DataFrame"
    documents: "polars.DataFrame"
    rejected: "polars.DataFrame"


def extract_tables(documents: _Iterable[Document | dict], base_currency: str = "USD") -> Extraction:
    """Facts, document statuses and rejected rows of many documents (Document, or dicts with id,
    text and optional published, url, source). A bad document (no id or text, a bad date) is a
    failed row with its reason; it never stops the others. An unusable base currency raises
    econfacts.errors.SettingError."""
    from econfacts import normalise, schema, table
    from econfacts.ingest import parse_date
    from econfacts.model import DocumentFailure
    from econfacts.pipeline import Options, run_batch

    normalise.check_base_currency(base_currency)
    items: list[Document | DocumentFailure] = []
    for number, item in enumerate(documents, start=1):
        if isinstance(item, Document):
            items.append(item)
            continue
        where = f"document {number}"
        try:
            doc_id = str(item["id"])
            items.append(Document(doc_id, item["text"], parse_date(item.get("published")), item.get("url"),
                                  item.get("source"), where))
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            name = item.get("id") if isinstance(item, dict) and item.get("id") is not None else where
            detail = f"no {err.args[0]!r}" if isinstance(err, KeyError) else str(err)
            items.append(DocumentFailure(str(name), where, f"{where}: {detail}"))
    facts, statuses = run_batch(items, Options(base_currency))
    valid, rejected = schema.validate(facts)
    return Extraction(valid, table.status_frame(statuses), rejected)


def extract(documents: _Iterable[Document | dict], base_currency: str = "USD") -> "polars.DataFrame":
    """Validated facts of many documents (Document or dicts with id, text, published) as a
    DataFrame. Failed documents and rejected rows are not dropped silently: a warning counts them,
    and extract_tables() returns them with their reasons."""
    import warnings

    result = extract_tables(documents, base_currency)
    failed = result.documents.filter(result.documents["status"] == "failed").height
    if failed or result.rejected.height:
        warnings.warn(f"econfacts.extract: {failed} documents failed and {result.rejected.height} rows were rejected; "
                      "econfacts.extract_tables() returns them with their reasons", stacklevel=2)
    return result.facts


__all__ = ["Document", "Extraction", "Fact", "__version__", "extract", "extract_tables", "extract_text"]
