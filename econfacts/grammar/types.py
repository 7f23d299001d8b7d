"""What the figure grammar yields (Mention) and what it works on while reading (Draft)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """One figure in a text: span, kind, value or bounds, unit and what qualifies it."""

    start: int
    end: int
    kind: str  # money | percent | quantity | count
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # exact | approx | min | max | range | vague
    unit: str
    per: str | None = None
    change: str | None = None


@dataclass(slots=True)
class Draft:
    """A figure being read: mutable while the grammar works on it."""

    start: int
    end: int
    kind: str | None  # None: a bare number that may join a range or list
    value: float | None
    unit: str | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    scale: float = 1.0
    has_scale: bool = False
    per: str | None = None
    change: str | None = None
    spelled: bool = False
