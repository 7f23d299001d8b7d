"""Loading of the package's data tables (econfacts/data/*.csv), once per process."""
from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of data/<name>.csv as dicts; lines starting with '#' are comments."""
    text = files("econfacts").joinpath("data", f"{name}.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(csv.DictReader(lines))


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so "US$" wins over "$"."""
    import re

    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
