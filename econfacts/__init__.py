"""econfacts: economic and sanctions figures from news text, as a validated table.

    >>> from econfacts import extract_text
    >>> [(f.surface, f.kind, f.value, f.unit) for f in extract_text("Russia received €1.1 billion")]
    [('€1.1 billion', 'money', 1100000000.0, 'EUR')]
"""
from __future__ import annotations

__version__ = "0.1.0"

import datetime as _dt
from collections.abc import Iterable as _Iterable
from typing import TYPE_CHECKING

from econfacts.model import Document, Fact

if TYPE_CHECKING:
    import polars


def extract_text(text: str, published: _dt.date | str | None = None, base_currency: str = "USD") -> list[Fact]:
    """Facts of one text (doc_id "text"); `published` dates the money conversion."""
    from econfacts.ingest import parse_date
    from econfacts.pipeline import Options, extract_document

    return extract_document(Document("text", text, parse_date(published)), Options(base_currency))


def extract(documents: _Iterable[Document | dict], base_currency: str = "USD") -> "polars.DataFrame":
    """Validated facts of many documents (Document or dicts with id, text, published) as a DataFrame."""
    from econfacts import schema, table
    from econfacts.ingest import parse_date
    from econfacts.pipeline import Options, run_batch

    docs = [
        d if isinstance(d, Document) else Document(str(d["id"]), d["text"], parse_date(d.get("published")), d.get("url"), d.get("source"))
        for d in documents
    ]
    facts, _ = run_batch(docs, Options(base_currency))
    valid, _rejected = schema.validate(table.facts_frame(facts))
    return valid


__all__ = ["Document", "Fact", "__version__", "extract", "extract_text"]
