"""quantulum3 as an alternative figure reader (`econfacts extract --extractor quantulum3`).

The project's grammar (econfacts.grammar) reads money and percent far better and is the
default; this module runs quantulum3's parser on each sentence and turns its quantities into the
same Mention drafts, so they go through the same context labelling, normalisation, validation
and writing. A quantulum3 currency without an ISO code that econfacts knows is dropped rather
than written with a made-up code.
"""
from __future__ import annotations

import hashlib
import json
import os
import warnings
from functools import cache
from pathlib import Path

from econfacts import currencies
from econfacts._data import table
from econfacts.grammar import Mention

COUNT_UNIT = "item"  # quantulum3 does not say what a bare number counts


@cache
def parser():
    """quantulum3's parser, always with its rule disambiguation of units. quantulum3 switches to a
    scikit-learn classifier whenever scikit-learn is installed; its bundled model does not load
    with current scikit-learn (ModuleNotFoundError: '_loss'), and results would depend on what
    else the environment holds."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import classifier, parser as q3_parser
    classifier.USE_CLF = False
    return q3_parser


def _money_code(unit) -> str | None:
    code = getattr(unit, "currency_code", None)
    if code in currencies.iso_codes():
        return code
    name = unit.name.lower()
    for alias in (name, name + "s", name.split()[-1] + "s"):
        if alias in currencies.names():
            return currencies.names()[alias]
    return None


def _quantity_unit(unit) -> str:
    """quantulum3's unit name as pint reads it where it can ("cubic metre" -> "cubic_metre")."""
    from econfacts import normalise

    for name in (unit.name, unit.name.replace(" ", "_")):
        try:
            normalise.registry().parse_units(name)
            return name
        except Exception:  # pint's many error types: not a unit it knows
            continue
    return unit.name  # kept as written; normalisation will say why it has no canonical value


# What an economic figure measures; quantulum3's other entities (time, data, speed, charge ...)
# are no quantity of trade or output.
VOCABULARY_ENTITIES = ("mass", "volume", "energy", "power", "area", "length", "volumetric flow")


@cache
def unit_vocabulary() -> dict[str, str]:
    """Unit names from quantulum3's catalogue (surface, lower case, singular and plural -> a unit
    pint reads): the grammar reads these after a number beside its own table. Kept out: surfaces
    of several units, quantulum3's common English words ("grain", "stone", "point"), words of
    three letters or fewer (symbols are the grammar table's), and units pint does not know.

    Reading the catalogue takes most of a second, a third of econfacts' start-up, so the result
    is kept in the user's cache folder (`ECONFACTS_CACHE`, else `$XDG_CACHE_HOME/econfacts` or
    `~/.cache/econfacts`), named by a digest of the quantulum3 and pint versions and of
    econfacts' data and code: any change to one reads the catalogue again. A cache that cannot be
    read or written is passed over."""
    path = _vocabulary_cache()
    if path is None:
        return _read_unit_vocabulary()
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(cached, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in cached.items()):
            return cached
    except (OSError, ValueError):
        pass
    out = _read_unit_vocabulary()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_text(json.dumps(out, sort_keys=True), encoding="utf-8")
        os.replace(partial, path)  # whole or not at all, for workers that start together
    except OSError:
        pass
    return out


def _vocabulary_cache() -> Path | None:
    from importlib.metadata import version

    digest = hashlib.sha256()
    for name in ("quantulum3", "pint"):
        digest.update(version(name).encode())
    here = Path(__file__).resolve().parent
    for file in sorted((here / "data").glob("*")) + [here / "q3.py", here / "normalise.py"]:
        if file.suffix in (".csv", ".txt", ".py"):
            digest.update(file.name.encode() + file.read_bytes())
    try:
        root = os.environ.get("ECONFACTS_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "econfacts"
    except RuntimeError:  # no home folder: nothing is kept
        return None
    return Path(root) / f"q3_units-{digest.hexdigest()[:16]}.json"


def _read_unit_vocabulary() -> dict[str, str]:
    from econfacts.grammar.read import _inflect

    _inflect()  # quantulum3 imports inflect: already imported, without its 2 s of type-checking set-up
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load
    catalogue = load.units("en_US")
    common = common_words()
    excluded = [row["word"] for row in table("q3_excluded_units")]
    out: dict[str, str] = {}
    for surface, units in catalogue.surfaces_all.items():
        lower = surface.lower()
        if len(units) != 1 or len(lower) <= 3 or lower in common or not all(w.isalpha() for w in lower.split()):
            continue
        (unit,) = units
        if unit.entity.name not in VOCABULARY_ENTITIES or any(word in unit.name.lower() for word in excluded):
            continue
        name = _quantity_unit(unit)
        if name == unit.name and not _parses(name):
            continue
        out[" ".join(lower.split())] = name
    return out


@cache
def common_words() -> frozenset[str]:
    """quantulum3's list of common English words (lower case), read once from the installed package."""
    from importlib.resources import files

    words = json.loads(files("quantulum3").joinpath("_lang", "en_US", "common-words.json").read_text(encoding="utf-8"))
    return frozenset(word for group in words.values() for word in group)


def _parses(name: str) -> bool:
    from econfacts import normalise

    try:
        normalise.registry().parse_units(name)
    except Exception:  # pint's many error types
        return False
    return True


def mentions(sentence: str) -> list[Mention]:
    """quantulum3's figures of one sentence; offsets index the sentence."""
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = parser().parse(sentence)
    for q in found:
        unit = q.unit
        if unit.entity.name == "currency":
            code = _money_code(unit)
            if code is None:
                continue
            kind, name = "money", code
        elif unit.name == "percentage":
            kind, name = "percent", "percent"
        elif unit.entity.name == "dimensionless":
            kind, name = "count", COUNT_UNIT
        else:
            kind, name = "quantity", _quantity_unit(unit)
        start, end = q.span
        if q.uncertainty:
            out.append(Mention(start, end, kind, None, q.value - q.uncertainty, q.value + q.uncertainty, "range", name))
        else:
            out.append(Mention(start, end, kind, float(q.value), None, None, "exact", name))
    return out
