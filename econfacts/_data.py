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
    """A regex matching any of the literal `words`, the longest first (so "US$" wins over "$").

    The words are folded into a trie ("US", "USA", "US$" -> ``US(?:A|\\$)?``): the regex engine
    then tests one branch per distinct next character instead of every word in turn, which keeps a
    pattern of thousands of place names fast.

    >>> import re
    >>> re.fullmatch(alternation(["US", "USA", "US$"]), "USA") is not None
    True
    """
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    import re

    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a word may stop here: the optional group is greedy, so the longer words are tried first
    return f"(?:{body})?" if ends else body
