"""econfacts' errors: one family, so a caller (the CLI among them) catches EconfactsError once and
prints its one-line message."""
from __future__ import annotations


class EconfactsError(Exception):
    """A problem for the user to fix, said in one line (which file, what is wrong)."""


class SettingError(EconfactsError, ValueError):
    """A run setting that cannot work (an unknown base currency, a bad option value)."""
