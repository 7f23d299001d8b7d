"""What a figure is about: measure, actor, target and change, read the way news assigns them.

Readers: measure cues (data/measure_cues.csv) and places (countries from the countryinfo
library: names, alternative spellings, demonyms, capitals; blocs, institutions, capitals and
leaders from data/places.csv) with the role the words around them give (data/roles.csv: "on
India", "from the EU", "by Washington", "India faces").

The labeller turns each figure into features and lets learned linear models choose
(econfacts.linear; weights in data/context_model.json, trained by econfacts.learn):
- measure: the figure's own words and unit, the words beside it, its clause, the cues in its
  sentence and the one before, the document's main topics, the measure of the figure before;
- actor and target: every party the document names (not only the figure's sentence) plus
  "nobody", each described by where it stands relative to the figure (same clause, side, words
  between, the word before it, its role), how often the document names it, whether a leader or
  institution names it, and whether it was the actor or target of the figure before;
- change: the words just before and after the figure.
Each figure also gets the model's probability that its measure, actor and target are all right.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from collections.abc import Iterator
from functools import cache, cached_property
from typing import NamedTuple

import numpy as np

from econfacts import attribution, currencies, when
from econfacts._data import alternation, table
from econfacts.linear import softmax
from econfacts.grammar import Mention, rules
from econfacts.sentences import Sentence

IMPOSED = frozenset({"tariff", "sanctions", "price_cap", "penalty", "aid"})
GOODS = frozenset({"goods", "products", "imports", "exports", "oil", "energy", "gas", "coal"})
_WORD = re.compile(r"[\w][\w'’.-]*")
_VERB = re.compile(r"^(?:\w+ed|hit|buys?|sells?|cut|spend|ban|fine|freeze|charges?|will|would|may|must|has|have|is|was)$")
_DETERMINERS = frozenset({"the", "all", "its", "their", "a", "an", "some", "most", "much", "many", "every", "each", "any"})


@dataclass(frozen=True, slots=True)
class Context:
    """The subject of a figure."""

    measure: str | None
    actor: str | None
    target: str | None
    change: str | None = None


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    measure: str
    weight: float


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    code: str
    role: str  # target | actor ("by X") | leader (a person or institution) | owner | modifier | subject | none
    head: str  # the lower-cased word after the place ("goods" in "Indian goods"), "" if none
    form: str = "name"  # as in data/places.csv, or "referred" ("the country": data/referring.csv)


@cache
def _cue_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, float]]]:
    """The pattern of every cue of data/measure_cues.csv (a trie: fast on whole documents) and
    cue -> (measure, weight). A space in a cue matches any run of spaces; a trailing * any ending."""
    rows = table("measure_cues")
    lookup = {row["cue"].rstrip("*").lower(): (row["measure"], float(row["weight"])) for row in rows}
    # stands for a starred cue's ending until the trie is a pattern; it sorts after every letter and
    # space, so the trie tries the longer cues first: "budget deficit" (macro) before "budget*"
    # (spending), "export controls" (sanctions) before "export*" (trade), "products" before "produc*"
    star = "\uffff"
    words = [row["cue"].lower().replace("*", star) for row in rows]
    body = alternation(words).replace(re.escape(" "), r"\s+").replace(star, r"\w*")
    pattern = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.IGNORECASE)
    return pattern, lookup


@cache
def _exact(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern written in lower case, compiled without the flag: on lower-cased
    text it finds the same matches 2-3x faster (the regex engine's quick test of a branch's first
    letter works on exact letters only)."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def find_lowered(pattern: re.Pattern[str], text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """The matches of `pattern` (case-insensitive, in lower case) in `text`, read in `lowered`
    (text.lower(); None when lower-casing changes the text's length, as "İ" does): same offsets,
    the matched text in lower case."""
    return _exact(pattern).finditer(lowered) if lowered is not None else pattern.finditer(text)


@cache
def _cue_of(matched: str) -> tuple[str, float]:
    _, lookup = _cue_pattern()
    key = " ".join(matched.lower().split())
    while key and key not in lookup:  # a starred cue: strip the ending it matched
        key = key[:-1]
    return lookup[key]


def cues(sentence: str, found: list[tuple[int, int, str]] | None = None) -> list[Cue]:
    """Measure cues in a sentence (`found`: the cue pattern's matches there, when already read)."""
    if found is None:
        found = [(m.start(), m.end(), m.group()) for m in _cue_pattern()[0].finditer(sentence)]
    out = []
    for start, end, matched in found:
        measure, weight = _cue_of(matched)
        out.append(Cue(start, end, measure, weight))
    return out


@cache
def place_names() -> dict[str, tuple[str, str]]:
    """Every name of a country or bloc the labeller knows -> (code, form: name | adjective | person | institution)."""
    import countryinfo

    ranked: dict[str, tuple[int, int, str]] = {}  # name -> (kind rank, -population, code)
    plain = re.compile(r"^[A-Z][A-Za-z .'-]{3,}$")
    for country in countryinfo.all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        candidates: list[str] = []
        population = -int(info.get("population") or 0)
        for rank, key in enumerate(("name", "altSpellings", "demonym", "capital")):
            value = info.get(key) or []
            for item in [value] if isinstance(value, str) else value:
                for name in re.split(r"[,/]", item) if key == "demonym" else [item]:
                    name = name.strip()
                    # a name shared by several entries ("Indian") goes to the country it names
                    # most directly, then to the most populous one
                    if plain.match(name) and (name not in ranked or (rank, population) < ranked[name][:2]):
                        ranked[name] = (rank, population, code)
    names = {name: (code, "adjective" if rank == 2 else "name") for name, (rank, _, code) in ranked.items()}
    for name, code in _regions().items():  # "Texas", "Guangdong", "Scotland": the country's region
        names.setdefault(name, (code, "region"))
    for row in table("places"):  # the project's table wins over the library
        names[row["alias"]] = (row["code"], row["form"])
        if row["alias"].startswith("the "):  # "The Commission fined ...": the same name opening a sentence
            names["The " + row["alias"][4:]] = (row["code"], row["form"])
    return names


_REGION_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Weiwu'er Zizhiqu|Zhuangzu Zizhiqu|SAR)$|\s*[\[(].*$")


@cache
def _regions() -> dict[str, str]:
    """The first-level regions of every country (ISO 3166-2 names from pycountry, without
    accents or administrative suffixes) -> the country's code; a name of regions in several
    countries, or one made only of words that say where ("Central", "Northern Islands":
    data/region_stop.csv), is left out."""
    import unicodedata

    import pycountry

    plain = re.compile(r"^[A-Z][A-Za-z .'-]{3,}$")
    generic = {row["word"] for row in table("region_stop")} | {"of", "and", "the"}
    found: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        if region.parent_code is not None:
            continue
        name = "".join(c for c in unicodedata.normalize("NFKD", region.name) if not unicodedata.combining(c))
        name = _REGION_SUFFIX.sub("", name).strip()
        if plain.match(name) and not set(name.split()) <= generic:
            found.setdefault(name, set()).add(region.country_code)
    return {name: codes.pop() for name, codes in found.items() if len(codes) == 1}


@cache
def _place_pattern() -> re.Pattern[str]:
    """Every place name, the parts of the world with no code (data/world_regions.csv) and the bodies
    of several countries (data/no_party_names.csv), so that "Latin America" is read whole, not as
    "America" (US), and "the European Bank for Reconstruction and Development" not as "European"
    (EU); a match that is not in place_names() is no party."""
    names = list(place_names()) + [row["name"] for row in table("world_regions")] + [row["name"] for row in table("no_party_names")]
    return re.compile(r"(?<![\w.])(?:" + alternation(names) + r")(?![\w$])(?!\.\w)")


@cache
def _referring_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """ "the country", "the South Asian nation", "the 27-nation bloc", "the $350 billion economy"
    (data/referring.csv): the pattern and the kind of party each noun refers to."""
    rows = table("referring")
    nouns = {row["word"]: row["kind"] for row in rows if row["kind"] != "not"}
    stop = [row["word"] for row in rows if row["kind"] == "not"]
    pattern = re.compile(r"\b[Tt]he\s+(?!(?:" + alternation(stop) + r")(?![\w'’-]))(?:[$€£¥]?[\w'’-]+(?:[.,]\d+)*\s+){0,3}?("
                         + alternation(list(nouns)) + r")(?![\w'’-]|\s+of\b)", re.IGNORECASE)
    return pattern, nouns


@cache
def frames() -> dict[str, str]:
    """Word stem (first letters) -> the way a figure flows: acquire, provide, impose, undergo (data/frames.csv)."""
    out: dict[str, str] = {}
    for row in table("frames"):
        if row["frame"] != "be":
            out.setdefault(row["word"][:STEM], row["frame"])
    return out


@cache
def _passive_auxiliaries() -> frozenset[str]:
    """The forms of "be" that make the frame verb after them passive (data/frames.csv)."""
    return frozenset(row["word"] for row in table("frames") if row["frame"] == "be")


_PASSIVE_FLOW = {"provide": "acquire", "acquire": "provide", "impose": "undergo"}  # "was granted", "was sold", "were slapped"


def clause_flows(lower: list[str], stems: list[str], lo: int, hi: int) -> list[str]:
    """The ways a figure flows that the frame words lo..hi of a sentence say, each turned round
    when its verb is passive ("Serbia was granted a loan": the subject acquires)."""
    lexicon, auxiliaries = frames(), _passive_auxiliaries()
    found = set()
    for k in range(lo, hi):
        flow = lexicon.get(stems[k])
        if flow is None:
            continue
        if flow in _PASSIVE_FLOW and not lower[k].endswith("ing") and (
                k >= 1 and lower[k - 1] in auxiliaries or k >= 2 and lower[k - 2] in auxiliaries and lower[k - 1].endswith("ly")):
            flow = _PASSIVE_FLOW[flow]
        found.add(flow)
    return sorted(found)


@cache
def party_frames() -> dict[str, frozenset[str]]:
    """by_agent: participles whose agent after "by" acts on the figure; gives_to: verbs whose party
    right after them receives it (data/party_frames.csv)."""
    out: dict[str, set[str]] = {}
    for row in table("party_frames"):
        out.setdefault(row["frame"], set()).add(row["word"])
    return {frame: frozenset(words) for frame, words in out.items()}


@cache
def _subject_verbs() -> frozenset[str]:
    """The verbs of flow whose subject, written just before them, gives or takes the figure just
    after them (data/frames.csv, verb forms only: "exports" and "imports" are read as nouns)."""
    return frozenset(row["word"] for row in table("frames")
                     if row["frame"] in ("provide", "acquire", "impose") and _subject_words().get(row["word"]) != "noun_form")


@cache
def _region_pattern() -> re.Pattern[str]:
    """A part of the world named after a direction word: "to Africa", "from the Middle East",
    "a deficit with the rest of the world" (data/world_regions.csv): a partner with no code; not an
    owner ("with West Asia's share falling")."""
    names = [row["name"] for row in table("world_regions")]
    return re.compile(r"\b(?:to|from|into|with)\s+(?:the\s+)?(?:" + alternation(names) + r")(?![\w-])(?!['’]s)")


@cache
def _subject_words() -> dict[str, str]:
    """Word -> its role in data/subject_words.csv: filler, noun_form, or the kind of party a noun
    that refers back takes (person, country, bloc)."""
    return {row["word"]: row["role"] for row in table("subject_words")}


@cache
def status_cues() -> dict[str, str]:
    """Word -> the status it suggests: actual, forecast, proposed (data/status_cues.csv). Whole
    words, not stems: "imposed" happened, "impose" may not have."""
    return {row["word"]: row["status"] for row in table("status_cues")}


@cache
def _status_cue_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’.-])(?:" + alternation(list(status_cues())) + r")(?![\w'’-])", re.IGNORECASE)


@cache
def _roles() -> dict[str, str]:
    return {row["word"]: row["role"] for row in table("roles")}


@cache
def _undergoing() -> frozenset[str]:
    """Words just after a place that make the figure happen to it ("Russia was hit with ...")."""
    return frozenset(word for word, role in _roles().items() if role == "undergoes")




@cache
def frame_words(role: str) -> frozenset[str]:
    """A closed word class of the frames (data/frame_words.csv): not_participle, before_undergoing,
    owner_modifier, quote_currency."""
    return frozenset(row["word"] for row in table("frame_words") if row["role"] == role)


@cache
def _between_owner() -> re.Pattern[str]:
    """What may stand between a figure, its owner and its measure's noun: "the 50% new US levy"."""
    return re.compile(r"\s+(?:(?:" + alternation(sorted(frame_words("owner_modifier"))) + r")\s+)*")


def _undergoes(words: list[str], undergo: frozenset[str]) -> bool:
    """Whether the words after a place make the figure happen to it: a word of `undergo` among the
    first three or a pair of them among the first six ("will be subject to"), also counted after
    auxiliaries and adverbs ("are now set to face", "will also face")."""
    skipped = []
    for k in (0, 1):  # right after the place, or after its noun ("Vietnamese furniture will also face")
        while k < len(words) and k < 5 and words[k] in frame_words("before_undergoing"):
            k += 1
        skipped.append(k)
    for first in (0, *skipped):
        run = words[first : first + 6]
        if not undergo.isdisjoint(run[:3]) or not undergo.isdisjoint([f"{a} {b}" for a, b in zip(run, run[1:])]):
            return True
    return False


def _is_cue_word(word: str) -> bool:
    return word in GOODS or _cue_pattern()[0].fullmatch(word) is not None


def places(sentence: str, found: list[tuple[int, int, str, str]] | None = None) -> list[Place]:
    """Places in a sentence with the role the words around them give (`found`: the places read
    there already, as (start, end, code, form); else the place pattern's matches)."""
    roles = _roles()
    undergo = _undergoing()
    out = []
    if found is None:
        names = place_names()
        found = [(m.start(), m.end(), *names[m.group()]) for m in _place_pattern().finditer(sentence) if m.group() in names]
    for m_start, m_end, code, form in found:
        before = [w.lower() for w in _WORD.findall(sentence[max(0, m_start - 40) : m_start])]
        while before and before[-1] in _DETERMINERS:
            before.pop()
        if len(before) > 1 and before[-1].endswith("ed"):  # a participle between: "on (all) imported Indian goods"
            rest = before[:-1]
            while rest and rest[-1] in _DETERMINERS:
                rest.pop()
            if rest and roles.get(rest[-1]) == "target":
                before = rest
        phrase = " ".join(before[-2:])
        after = sentence[m_end : m_end + 40]
        owner = after.startswith(("'s", "’s", "' ", "’ "))
        rest = after.split(None, 1)[1] if owner and len(after.split(None, 1)) > 1 else after.lstrip() if after[:1] == " " else ""
        following = _WORD.match(rest)
        head = following.group().lower().rstrip(".") if following and following.group()[0].islower() else ""
        words = [w.lower() for w in _WORD.findall(sentence[m_end : m_end + 80])[:8]]
        undergoes = _undergoes(words, undergo)
        if roles.get(phrase) == "none" or (before and roles.get(before[-1]) == "none"):
            role = "none"
        elif roles.get(phrase) == "actor":  # "exports from India": the exporter
            role = "actor"
        elif before and roles.get(before[-1]) == "target":
            role = "target"
        elif before and before[-1] == "by":
            role = "actor"
        elif undergoes:
            role = "target"
        elif owner:
            role = "owner"
        elif form in ("person", "institution"):
            role = "leader"
        elif head and (form == "adjective" or (_is_cue_word(head) and not _VERB.match(head))):
            role = "modifier"
        else:
            role = "subject"
        out.append(Place(m_start, m_end, code, role, head, form))
    return out


# ---------------------------------------------------------------------------------------------
# The labeller: features of a figure and of every party of its document, scored by the learned
# choice models of econfacts.linear (trained by econfacts.learn on the gold passages).

MEASURES = ("tariff", "price_cap", "sanctions", "trade", "revenue", "aid", "penalty", "price",
            "production", "spending", "macro", "other")
CHANGES = ("none", "up", "down")
STATUSES = ("actual", "forecast", "proposed")
STATUS_WINDOW = 8  # words each side of a figure read for its status
FAR_CUES = 3  # status cues of one status read on each side of a figure beyond 8 words
BLOCS = frozenset({"EU", "G7", "NATO", "UN", "OPEC", "IMF"})
STEM = 5  # words are also read by their first five letters: "exports", "exported" -> "expor"
WINDOW_NEAR, WINDOW_FAR = 3, 10  # words beside a figure read by position; words each side kept for the models
DOC_CUES_MIN = 2  # a measure is one of the document's topics when at least two of its cues appear
CANDIDATE_RANK = 4  # a party is a candidate when it is among the document's four most named ones,
CANDIDATE_SENTENCES = 3  # or named in the figure's sentence or the three before, or remembered
BETWEEN_MAX = 10  # the words between a party and its figure are read when there are at most this many
REACH = 25  # words each side of a figure its features read (a clause, the cues around it)
MEASURE_MIX = 0.1  # a measure this probable, not the first, also weighs in the choice of the parties
MIX_MEASURES = 3  # the most measures weighed
_CLAUSE_BREAK = re.compile(r"[;:()]|,\s|\s(?:while|whereas|but|and then|which|after|before)\s|\s[-–—]\s")
_ANAPHORS = (
    (re.compile(r"\b(?:the bloc|the union|the 27|member states)\b", re.IGNORECASE), "bloc"),
    (re.compile(r"\b(?:the country|the nation|the government|the state|the economy|its|it)\b", re.IGNORECASE), "country"),
    (re.compile(r"\b(?:the president|the prime minister|the chancellor|the leader|he|she|his|her)\b", re.IGNORECASE), "person"),
)
LATEST_SENTENCES = 4  # an anaphor refers to a party named at most this many sentences before


@dataclass(frozen=True, slots=True)
class Labelled:
    """The context of one figure with the model's confidence in it, and when, how sure and
    according to whom."""

    context: Context
    confidence: float  # that measure, actor and target are all right
    status: str = "actual"
    period: "when.Period | None" = None
    source: str | None = None
    fields: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # that the measure, the actor, the target, the change is right


def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-8" if n <= 8 else "9+"


class _Stems(dict):
    """word -> its stem, computed once a word (a dictionary hit costs a tenth of the computing)."""

    LIMIT = 200_000  # forgotten all at once beyond this many words: memory stays bounded

    def __missing__(self, word: str) -> str:
        if len(self) > self.LIMIT:
            self.clear()
        stem = self[word] = "#" if word[:1].isdigit() else word.rstrip(".")[:STEM]
        return stem


_STEMS = _Stems()


def _stem(word: str) -> str:
    """A word read by its first letters ("exports", "exported" -> "expor"); any number is "#"."""
    return _STEMS[word]


@dataclass(frozen=True, slots=True)
class _SentenceView:
    """A sentence read once: its words (offsets, lower case, stems), clause breaks, cues and places."""

    text: str
    starts: list[int]
    ends: list[int]
    lower: list[str]
    stems: list[str]
    break_starts: list[int]  # clause breaks, in order
    break_ends: list[int]
    cues: tuple[Cue, ...]
    places: tuple[Place, ...]
    cue_starts: list[int]
    place_ends: list[int]  # sorted
    place_starts: list[int]
    by_code: dict[str, list[Place]]  # code -> its places, in order
    names: tuple[tuple[int, int], ...]  # capitalised names that are no place: companies, agencies, people

    @classmethod
    def read(cls, text: str, place_matches: list | None = None, cue_matches: list | None = None) -> _SentenceView:
        spans = [m.span() for m in _WORD.finditer(text)]
        starts, ends = [a for a, _ in spans], [b for _, b in spans]
        folded = text.lower()
        if len(folded) == len(text):  # one character for one: slice the lower-cased sentence
            lower = [folded[a:b] for a, b in spans]
        else:  # "İ" lower-cases to two characters
            lower = [text[a:b].lower() for a, b in spans]
        breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)]
        break_starts, break_ends = [a for a, _ in breaks], [b for _, b in breaks]
        stems = [w.rstrip(".")[:STEM] for w in lower]
        found_cues = tuple(cues(text, cue_matches))
        found_places = tuple(places(text, place_matches))
        by_code: dict[str, list[Place]] = {}
        for place in found_places:
            by_code.setdefault(place.code, []).append(place)
        return cls(text, starts, ends, lower, stems, break_starts, break_ends, found_cues, found_places, [c.start for c in found_cues],
                   sorted(p.end for p in found_places), sorted(p.start for p in found_places), by_code,
                   _names(text, found_places))

    def near(self, start: int, end: int, reach: int = REACH) -> tuple[int, int]:
        """Character bounds of the `reach` words each side of [start, end): what a figure's features
        read, so that a sentence of thousands of words costs the same per figure as a short one."""
        first, last = bisect_left(self.starts, start), bisect_right(self.ends, end)
        lo, hi = max(0, first - reach), min(len(self.ends), last + reach)
        return (self.starts[lo] if lo < len(self.starts) else start), (self.ends[hi - 1] if hi > 0 else end)

    def inside(self, a: int, b: int) -> tuple[int, int]:
        """The indexes [lo, hi) of the words wholly inside [a, b)."""
        return bisect_left(self.starts, a), bisect_right(self.ends, b)

    def gap(self, a: int, b: int) -> int:
        """How many words stand between offsets a and b."""
        lo, hi = self.inside(a, b)
        return max(0, hi - lo)

    def before(self, offset: int, limit: int = WINDOW_FAR) -> list[str]:
        """The `limit` words ending at or before `offset`, nearest first."""
        k = bisect_right(self.ends, offset)
        return self.lower[max(0, k - limit) : k][::-1]

    def after(self, offset: int, limit: int = WINDOW_FAR) -> list[str]:
        """The `limit` words starting at or after `offset`, nearest first."""
        k = bisect_left(self.starts, offset)
        return self.lower[k : k + limit]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The span of the clause around [start, end): from the last break before it to the next after."""
        k = bisect_right(self.break_ends, start)
        clause_start = self.break_ends[k - 1] if k else 0
        j = bisect_left(self.break_starts, end, lo=k)
        clause_end = self.break_starts[j] if j < len(self.break_starts) else len(self.text)
        return clause_start, clause_end


QUOTE_REACH = 800  # characters a quotation may run before and after a figure's sentence
SPEAKER_REACH = 80  # characters after a closing quotation mark in which its speaker is named
_SPEAKER = re.compile(r"[,\s]*(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:said|says|added|told|wrote|continued)\b[^.]*|[,\s]*(?:said|says|added|continued)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}")
PERSON_REACH = 600  # characters before a sentence in which "he said" finds its person
_PERSON = re.compile(r"(?<![\w.])[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+(?:[A-Z][a-z]+|(?:van|von|de|der|al|bin)))*\s+[A-Z][a-z]+(?![\w])")
# words of a company's or a place's name (attribution.is_person already refuses the words of a body)
_NOT_PERSON = frozenset("""corp inc ltd limited plc motor motors union university news street house energy oil gas
airlines trade market exchange""".split())
_SUBJECT_ROLES = ("subject", "owner", "leader")  # the roles of a place a sentence is about
_RECEIVING = frozenset({"on", "against", "to", "from", "in", "into", "with", "for", "of"})  # before a party acted on
LIST_REACH = 40  # characters between two figures of one list
CHANGE_REACH = 14  # words before a figure read for the nearest change verb or noun
POSSESSIVE_REACH = 6  # words from a month's possessive to the figure it dates ("from August's sales came to about $8.4 billion")
_RESPECTIVELY = re.compile(r"\W{0,3}\s*respectively\b", re.IGNORECASE)  # "..., respectively" right after the period
_PAIR = re.compile(r"(?:(?:in|during|for|over)\s+)?(?P<a>[A-Z][a-z]+\.?|(?:19|20)\d\d)\s+and\s+(?P<b>[A-Z][a-z]+\.?|(?:19|20)\d\d)"
                   r"(?:\s+(?P<year>(?:19|20)\d\d))?")
_SUPERLATIVE = re.compile(r"\s+(?:(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))[\s-]+)?(?:\w+est|top|leading|largest|biggest|No\.?\s*\d|number\s+\w+)\b",
                         re.IGNORECASE)  # "the world's (second-)biggest", "the world's top": a party named by what it is
_WHOSE = re.compile(r"\s*,\s+(?:whose|which|who)\b")  # "Russia, whose supplies climbed 24%", "Azerbaijan, which shipped 9% more"
WHOSE_REACH = 60  # characters from "whose" to the figure
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:an?|the)\s+)?")  # between a period and its figure: "September's 3.0%"
_TOKEN_BEFORE = re.compile(r"([\w%$€£¥]+)\W?$")  # the word just before a period phrase
_NUMBER = re.compile(r"\d[\d.,]*")
_LIST_LINK = re.compile(r",|\band\b|\bor\b|;")


class _Around(NamedTuple):
    view: _SentenceView
    start: int  # the figure's offsets in its sentence
    end: int
    left: list[str]  # words before it, nearest first
    right: list[str]  # words after it
    near_start: int  # the REACH words each side
    near_end: int
    clause_start: int
    clause_end: int
    lo: int  # the words inside both the clause and the reach: view.lower[lo:hi]
    hi: int


_NAME = re.compile(r"\b[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)(?=\s|$|[,.;:]))*")


def _names(text: str, found: tuple[Place, ...]) -> tuple[tuple[int, int], ...]:
    """Capitalised names of a sentence that are no place ("Toyota", "Standard Chartered"): a
    figure near one is often the company's, with no country as actor. A sentence's first word
    counts only when it is no common word; months, days and acronyms of places are left out."""
    common = _common_words()
    out = []
    for m in _NAME.finditer(text):
        start, end = m.start(), m.end()
        first = m.group().split()[0]
        if start == 0 and first.lower() in common and (first.lower() in _FIRST_DROPPED or end - start == len(first)):
            start = m.start() + len(first)
            rest = text[start:end].lstrip()
            if not rest:
                continue
            start = end - len(rest)
        if any(p.start < end and p.end > start for p in found) or text[start:end].lower() in when.CALENDAR_WORDS:
            continue
        out.append((start, end))
    return tuple(out)


@cache
def _common_words() -> frozenset[str]:
    """Common English words (quantulum3's list, with the grammar's function words): a sentence's
    capitalised first word that is one of them is no name."""
    from econfacts.grammar import rules
    from econfacts.q3 import common_words

    return common_words() | rules().function_words | {w.lower() for w in rules().openers}


@cache
def _party_codes() -> frozenset[str]:
    """Every code a party can have (a country's or a bloc's)."""
    return frozenset(code for code, _ in place_names().values())


def _currency_party(iso: str) -> str | None:
    """The party whose currency an ISO 4217 code is: EUR the EU's, else its country's (its first two
    letters), None for a code of no party (XDR, XAU)."""
    code = "EU" if iso == "EUR" else iso[:2]
    return code if code in _party_codes() else None


@cache
def _world_pattern() -> re.Pattern[str]:
    """ "worldwide", "global", "the world's": a figure of the whole world (data/world_words.csv)."""
    return re.compile(rf"\b(?:{alternation([row['word'] for row in table('world_words')])})\b", re.IGNORECASE)


@cache
def _firm_pattern() -> re.Pattern[str]:
    """ "the company", "its carmaker": a noun that refers back to a company (data/firm_nouns.csv)."""
    nouns = alternation([row["word"] for row in table("firm_nouns")])
    return re.compile(rf"\b(?:the|its|our)\s+(?:{nouns})\b", re.IGNORECASE)


# between an amount and its conversion into another currency: "(approximately", "=", ", or"
_CONVERSION = re.compile(r"\s*(?:[(\[]\s*(?:or\s+)?(?:(?:about|around|approximately|approx\.|roughly|some|nearly|almost|"
                         r"just over|just under|over|under)\s+)?|=\s*|,?\s+or\s+)", re.IGNORECASE)

# an exchange-rate note: one unit of a currency, "=", and its worth in another ("($1 = 3.7503 riyals)",
# "(1 US dollar = 1.1325 Canadian dollar)"): a price of a currency, nobody's; the amount after "="
# is its conversion and takes the same label ("R$ 1.2 billion = US$ 240 million" is no note)
_RATE_NOTE = re.compile(r"\s*=\s*[^\s\d=]{0,4}\s?\d")
RATE_NOTE_CONFIDENCE = 0.9  # a rule's label: sure, not certain

def _other_party(probs: list[float], fixed: int) -> tuple[int, float]:
    """The most probable candidate other than `fixed` (nobody, index 0, included) and its
    probability among those others: the second party once a frame names the first."""
    others = [i for i in range(len(probs)) if i != fixed]
    best = max(others, key=probs.__getitem__)
    return best, probs[best] / sum(probs[i] for i in others)


# the agent of a passive: "by" and a party after a participle of acting on ("a 25% duty imposed by
# the EU", "were hit with sanctions by Washington"; data/party_frames.csv), the party ending its
# phrase ("by US sanctions" names the sanctions, not their agent); the receiver of a verb of giving
# ("lent Pakistan $1.5 billion")
AGENT_REACH = 6  # words from the participle to "by"
AGENT_AFTER = 3  # words from the figure to a participle after it ("a 10% levy imposed by")
AGENT_CONFIDENCE = 0.85  # a rule's label: sure, not certain
RECEIVER_REACH = 4  # words from the receiver to the figure ("lent Kazakhstan around €250 million")
SUBJECT_VERB_GAP = 5  # words from an active verb of flow to the figure ("bought about 1.1 million bpd")
SUBJECT_REACH = 3  # words from the subject to its verb ("China has also bought", "Washington on Friday imposed")
# a figure's own relative clause that credits a group for it: "the $43.3 billion analysts had forecast"
_EXPECTED_BY = re.compile(
    r"(?:\s*\([^()]{1,60}\))?\s*(?:that\s+|which\s+)?(?P<who>(?:[A-Z][\w.&’'-]*\s+){0,3}(?:analysts|economists|traders|"
    r"investors|markets|forecasters|strategists)|(?:a|the)\s+(?:\w+\s+){0,2}(?:poll|consensus|survey)(?:\s+of\s+\w+)?)"
    r"\s+(?:had\s+|have\s+|were\s+|was\s+|on\s+average\s+)?(?:forecast|expected|estimated|predicted|pencil+ed\s+in|"
    r"projected|anticipated|looked\s+for)\b")
EXPECTED_REACH = 120  # characters after a figure read for its relative clause
# the same written as a passive: "a 10.4 percent decrease expected by economists in a Reuters poll"
_EXPECTED_BY_PASSIVE = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:expected|forecast|predicted|estimated|projected|anticipated)\s+by\s+"
    r"(?P<who>(?:(?:the|some|most)\s+)?(?:[A-Z][\w.&’'-]*\s+){0,3}(?:analysts|economists|traders|investors|markets|"
    r"forecasters|strategists)|(?:a|the)\s+(?:\w+\s+){0,2}(?:poll|consensus|survey))\b")
# forecasters who expected the figures after them: "Economists had expected a 3.4 percent gain",
# "Analysts in a Reuters poll had predicted that shipments would climb 12.5%", "Economists surveyed by
# Bloomberg predicted a 0.3% contraction": their forecast, credited to them
_FORECASTERS = re.compile(
    r"\b(?P<who>(?:[A-Z][\w.&’'-]*\s+){0,2}(?:[Aa]nalysts|[Ee]conomists|[Ff]orecasters|[Ss]trategists))"
    r"(?:\s+(?:in|from)\s+an?\s+(?:[\w.&’'-]+\s+){0,3}(?:poll|survey)|\s+(?:polled|surveyed|canvassed)\s+by\s+"
    r"(?:[A-Z][\w.&’'-]*\s?){1,3})?"
    r"\s+(?:(?:had|have|were|was|on\s+average|generally|broadly)\s+)*"
    r"(?:expected|expect|forecast|predicted|predict|estimated|projected|anticipated|pencil+ed\s+in|looked\s+for)\b")
FORECASTERS_REACH = 150  # characters from the forecasters' verb to the figures it governs
_CLAUSE_TURN = re.compile(r";|\b(?:but|while|whereas|although|though)\b|,\s+(?:and|after|against|compared|versus)\b")
# where forecasters open their own clause: the sentence's start, a comma, or a word that opens a clause
# ("the 3% decline analysts had expected" is the figure's relative clause: _EXPECTED_BY)
_CLAUSE_OPENING = re.compile(r"(?:[,;:(]\s*|\b(?:and|but|as|while|whereas|although|though|when)\s+|[“\"]\s*)\Z")
# a figure that is what was expected: "beating forecasts of 3% growth", "the poll's forecast for a
# $41.2 billion surplus", "Imports were expected to have risen 11.0%"
_CHANGE_OF = r"(?:(?:rise|fall|drop|decline|gain|increase|decrease|contraction|expansion|growth|jump|slide)\s+of\s+)?"
_EXPECTED_FIGURE = re.compile(
    r"(?:(?:\b(?:forecasts?|expectations?|consensus|projections?)|\b(?:median|consensus|average|market|poll's|analysts'|"
    r"economists')\s+estimates?)\s+(?:of|for)\s+(?:(?:an?|the)\s+)?" + _CHANGE_OF +
    r"(?:(?:about|around|roughly|some|nearly|almost|just|over|under|only|more\s+than|less\s+than)\s+)?"
    r"|\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:expected|forecast|projected|seen)\s+to\s+(?:have\s+)?\w+\s+"
    r"(?:(?:by|to|of|at)\s+)?(?:(?:about|around|roughly|some|nearly|almost|just|over|under|only|an?)\s+)?"
    # "less than a predicted fall of 8.3%", "the expected 2.1% decline"
    r"|\b(?:an?|the)\s+(?:predicted|expected|forecast|projected)\s+" + _CHANGE_OF +
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?)\Z")

_REFERRING_KINDS = ("person", "country", "bloc")  # the roles of data/subject_words.csv that refer back
RECEIVED_MEASURES = frozenset({"aid"})  # measures whose receiver is the target, whatever the verb
CHARGED_MEASURES = frozenset({"tariff", "penalty"})  # measures whose payer is the target, its payee the actor
UNDERGONE_MEASURES = frozenset({"tariff", "penalty", "sanctions"})  # measures whose party that faces them is the target
UNDERGO_REACH = 8  # words from a party that faces a figure to the figure ("Chinese exporters now face a 145% tariff")
# between two parties of a list: "G7 countries, the EU and Australia imposed", "Canada, Mexico or the EU"
_PARTICIPLE = re.compile(  # ", targeting around 100 more tankers", "after previously listing 130 vessels"
    r"(?:,\s+|\s(?:after|before|by|while|since|when)\s+)(?:(?:\w+ly|earlier|also|then|first|further|later|again|still)\s+)?(\w+ing)\s+(?:[\w'’.$€£-]+\s+){0,5}\Z")
_MAIN_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|as)\s|\s(?:while|whereas|but)\s")
_IMPOSING_BEFORE_A_CUE = frozenset({"put", "puts", "raised"})  # verbs of imposing only before a tariff, sanctions or a penalty
COMPANY_STORY_MIN = 3  # mentions of a company's name that make a document its story, with
COMPANY_STORY_SHARE = 0.5  # at least this share of its most named party's mentions
PARTICIPLE_SUBJECT_GAP = 4  # words from the main clause's start to its subject ("Last week, the UK unveiled")
_LIST_OF_PARTIES = re.compile(r"(?:\s+(?:countries|nations|members|states|governments|economies|allies))?"
                              r"(?:,\s*(?:as\s+well\s+as\s+|and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+)(?:the\s+)?")
_SHARED_ROLES = ("owner", "target")  # how a list's shared party is named: "of Russia's crude exports", "to India"
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+)?")  # "22% of India's imports"
_IMPORTED = re.compile(r"(?:['’]s?)\s+(?:[\w-]+\s+){0,3}?(?:imports|purchases|crude|oil|gas|LNG|coal|supplies|needs|"
                       r"consumption|intake|arrivals|demand)\b")
_SHARE_VERB = re.compile(r"\b(?:made\s+up|makes?\s+up|accounted\s+for|accounts?\s+for|represented|represents|supplied|"
                         r"supplies|provided|provides|covered|covers|met|meets|comprised)\s+(?:(?:about|around|nearly|almost|"
                         r"some|roughly|just|over|more\s+than|a\s+record|an\s+estimated)\s+)?\Z")
SUPPLIER_REACH = 4  # words from the supplier to the verb ("Russian crude oil made up")
_CURRENCY_SUBJECT = re.compile(  # "the euro climbed to", "sterling slipped 0.4% to", "the Egyptian pound plunged"
    r"\b(?P<the>[Tt]he\s+)?(?:(?P<nat>[A-Z][a-z]+)\s+)?(?P<cur>[A-Za-z]+)\s+"
    r"(?:(?:\w+ly|was|were|had|has|have|also|then)\s+)*(?:rose|fell|climbed|dropped|slipped|gained|lost|weakened|strengthened|"
    r"firmed|eased|traded|stood|hit|touched|jumped|slid|tumbled|rallied|advanced|declined|bought|fetched|was|sank|surged|"
    r"shed|plunged|plummeted|depreciated|appreciated|recovered|edged\s+(?:up|down))\b"
    r"(?:(?:[^.;:]|\.\d){0,40}\b(?:to|at|of|near|around|above|below|past)\s+)?(?:(?:about|around|nearly|almost|just|a\s+record)\s+)?\s*\Z",
    re.IGNORECASE)
CUE_OWNER_REACH = 24  # characters from a figure to the noun of its measure ("50% US tariff")
_CUE_OF = re.compile(r"(?<=\s)[\w-]+\s+(?:of|at)\s+(?:(?:about|around|some|up\s+to|nearly|roughly)\s+)?\Z")  # "tariff of 30%"
_PARTY_AT = re.compile(r"\s+(?:(?:next|second|third|close\s+behind)\s+)?(?:at|on|with|for)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?\Z")  # "Iraq on 19%"
_LIST_MEMBER_BEFORE = re.compile(  # a list goes on: "ahead of Iraq", "followed by Brazil", ", with India"
    r"(?:\bahead\s+of|\bbehind|\bfollowed\s+by|,|\band|\bwhile|\bthen|\bwith|\bvs\.?|\bversus)\s+(?:the\s+)?\Z")
_BRACKET_OPENING = re.compile(r"\s*\(\s*(?:(?:about|around|some|nearly|almost|roughly)\s+)?\Z")  # "China (30 per cent)"
_UNIT_MONTHS = {"month": 1, "quarter": 3, "year": 12}  # "the previous month" after a month named: the one before
OPENING_WORDS = 1  # words before the party a sentence opens with ("The EU", "Last year Russia" is not an opening)
WORLD_REACH = 60  # characters before a figure read for a world word of its own phrase ("global oil demand would rise by")
REGION_REACH = 80  # characters either side of a figure read for a part of the world it goes to or comes from
INVEST_REACH = 4  # words from a verb or noun of investing to the figure ("to invest around $350 billion")
INVEST_AFTER = 4  # words from the figure's end to its "in" ("$600 billion in the United States")
_AGENT_END = re.compile(r"\s*(?:$|[,.;:)\]–—-]|(?:in|on|at|and|or|as|after|for|from|to|over|last|this|since|until|with|against|"
                        r"earlier|later|when|while|because|under|amid|but|the)\b"
                        # "by U.S. President Donald Trump", "by Chinese authorities": the party's leader or body
                        r"|\s(?:President|Prime\s+Minister|[Ll]eader|Chancellor|Secretary|Treasury|Commerce|officials|"
                        r"authorities|government|administration|regulators?)\b)")


_FIRST_DROPPED = frozenset({"the", "a", "an", "in", "on", "at", "for", "by", "with", "from", "to", "of", "and", "but",
                            "as", "after", "before", "under", "since", "while", "its", "their", "his", "her", "this", "that"})


class Labeller:
    """Labels the figures of one document: features of the figure and of each party the document
    names, scored by the shipped choice models (or the ones given)."""

    def __init__(self, text: str, sentences: list[Sentence], model=None, published: dt.date | None = None):
        from econfacts import linear

        self.text = text
        self.published = published
        self._periods: dict[int, tuple[list[when.Period], list[int], list[int], dict[str, when.Period]]] = {}
        self._respectively: dict[tuple[int, int], dict[int, int]] = {}  # (sentence, period) -> figure start -> its turn
        self._named_periods: dict[str, when.Period] = {}  # month | quarter | year | period -> the latest one named
        self._sources: dict[int, str | None] = {}
        self._credited: dict[str, str] = {}  # "he" -> the last person credited, "it" -> the last body
        self._status_scores: dict = {}
        self._document_cues: list[str] | None = None
        self._cues_before_last: tuple[int, tuple[str, ...]] = (-1, ())
        self._status_positions: dict[int, list[tuple[int, str]]] = {}
        self.previous_status: str | None = None
        self.sentences = sentences
        self.model = model if model is not None else linear.shipped()
        self._views: dict[int, _SentenceView] = {}
        self._around_key: tuple[int, int, int] | None = None
        self._around_last: _Around | None = None
        self._cues_key: tuple[int, int, int] | None = None
        self._cues_last: tuple[list[tuple[Cue, str, int]], Cue | None] = ([], None)
        self._last_roles: dict[int, dict[str, str]] = {}  # sentence -> code -> role of its last place there
        self._sentence = 0  # the sentence of the figures being labelled: the ones before it are forgotten
        self._place_matches: dict[int, list[tuple[int, int, str, str]]] = {}  # sentence -> places (start, end, code, form), sentence offsets
        self._referred_in: dict[int, list[tuple[int, int, str, str]]] = {}  # sentence -> "the country" and its party, as above
        self._referred_roles: dict[int, dict[str, str]] = {}  # sentence -> code -> the role of the phrase referring to it
        self._cue_matches: dict[int, list[tuple[int, int, str]]] = {}
        self._doc: tuple[dict[str, list[tuple[int, Place]]], dict[str, int], str | None] | None = None
        self._last: tuple[int, Labelled, str] | None = None  # the last figure labelled: its end, context and kind
        self.previous: tuple[int, Context] | None = None  # the last figure labelled: sentence index, context
        self._sentence_scores: dict = {}  # sentence index -> measure scores of its sentence features
        self._base: dict[tuple[str, int, str], list[str]] = {}  # (code, sentence, measure) -> _base_features
        self._base_scores: dict[tuple[str, int, str], tuple[float, float]] = {}
        self._anaphors: dict[int, list[str]] = {}
        self._latest_cache: dict[int, dict[str, str]] = {}
        self._subjects: dict[int, str | None] = {}  # sentence -> its first subject, owner or leader (kept, as roles)
        self._by_measure: dict[str, Context] = {}  # measure -> the context of its last figure
        self._imposer: str | None = None  # the actor of the last tariff, sanction, cap, penalty or aid
        self._doc_imposer: str | None = None  # the party the document names most where it imposes (document())
        self._lede: str | None = None  # the party the document names first: its story's subject (document())
        self._paragraph_openers: list[str | None] = []  # sentence index -> the party its paragraph names first (document())
        self._money_parties: Counter[str] = Counter()  # party -> money figures in its currency so far (not dollars)
        self._money_counted = -1  # the offset of the last one counted: figures come in reading order
        self._fiscal: int | None = None  # fiscal_month(), read once
        self._costory: bool | None = None  # whether the document is a company's story (_company_story)
        self._place_spans: list[tuple[int, int]] = []  # (start, end) of every place named, document offsets
        self._doc_firms: str | None = None  # how often the document refers back to a company (bucket)
        self._world_in: dict[int, bool] = {}  # sentence index -> whether it names the world ("global", "worldwide")

    # -- reading the document --------------------------------------------------------------
    @cached_property
    def lowered(self) -> str | None:
        """The text in lower case, for the case-insensitive vocabularies (find_lowered); None when
        lower-casing changes its length."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else None

    def view(self, index: int) -> _SentenceView:
        view = self._views.get(index)
        if view is None:
            self.document()  # the place and cue matches of every sentence, read in one pass
            s = self.sentences[index]
            view = self._views[index] = _SentenceView.read(
                self.text[s.start : s.end], self._place_matches.get(index, []), self._cue_matches.get(index, []))
            self._remember_places(index, view.places)
        return view

    def _remember_places(self, index: int, found: tuple[Place, ...] | list[Place]) -> None:
        self._last_roles[index] = {p.code: p.role for p in found}  # later places win: the last one's role
        self._subjects[index] = _first_subject(found)

    def _read_places(self, index: int) -> None:
        """The roles and first subject of sentence `index` read from its places alone (a sentence
        a figure only refers back to needs no whole view)."""
        self.document()
        s = self.sentences[index]
        matches = self._place_matches.get(index)
        self._remember_places(index, places(self.text[s.start : s.end], matches) if matches else [])

    def _last_role(self, index: int, code: str) -> str:
        """The role of the last place naming `code` in sentence `index` ("none" inside a longer name)."""
        roles = self._last_roles.get(index)
        if roles is None:
            self._read_places(index)
            roles = self._last_roles[index]
        return roles.get(code, "none")

    def _forget_before(self, index: int) -> None:
        """Drop what was read of the sentences before `index`: figures come in reading order, so a
        document of any length keeps only its current sentence's views and scores in memory (the
        roles of its places stay: later sentences refer back to them)."""
        for cache in (self._views, self._periods, self._sources, self._status_scores, self._sentence_scores, self._anaphors, self._referred_roles,
                      self._latest_cache, self._status_positions, self._world_in):
            for old in [k for k in cache if k < index]:
                del cache[old]
        for cache in (self._respectively,):
            for old in [k for k in cache if k[0] < index]:
                del cache[old]
        for cache in (self._base, self._base_scores):
            for old in [k for k in cache if k[1] < index]:
                del cache[old]

    def document(self) -> tuple[dict[str, list[int]], dict[str, int], tuple[str, ...], dict[int, list[str]], frozenset[str]]:
        """Every party of the document: code -> indexes of the sentences naming it, code -> rank by
        how often it is named (1 = most; ties: the first named); the measures its cues name most,
        sentence index -> the measures of its cues, and the parties named by a leader or institution.
        One pass of the place and cue patterns over the whole text; roles are read only in the
        sentences a figure needs."""
        if self._doc is None:
            names = place_names()
            starts = [s.start for s in self.sentences]
            mentions: dict[str, list[int]] = {}
            led: Counter[str] = Counter()  # mentions by a leader or institution ("Trump", "the Kremlin")
            found = []  # (start, end, code, form), document offsets
            by_last_word: dict[str, str] = {}  # the last word of a name of several words -> the party of the latest
            for m in _place_pattern().finditer(self.text):
                if m.group() not in names:
                    continue  # "Latin America", "Southeast Asia": a part of the world, no party
                code, form = names[m.group()]
                if m.group()[:4] in ("the ", "The "):  # "the Council" after "the Security Council": that one
                    code = by_last_word.get(m.group()[4:], code)
                elif " " in m.group():
                    by_last_word[m.group().rsplit(None, 1)[1]] = code
                found.append((m.start(), m.end(), code, form))
                if form in ("person", "institution"):
                    led[code] += 1
            self._lede = found[0][2] if found else None
            self._place_spans = [(start, end) for start, end, _, _ in found]
            for start, end, code, form in found:
                index = max(0, bisect_right(starts, start) - 1)
                mentions.setdefault(code, []).append(index)
                self._place_matches.setdefault(index, []).append((start - starts[index], end - starts[index], code, form))
            # sentence index -> the party its paragraph names first, up to and with it (None in the
            # first paragraph, whose first party is the lede)
            self._paragraph_openers = []
            opener, first_paragraph = None, True
            for index, sentence in enumerate(self.sentences):
                if index and "\n" in self.text[max(0, sentence.start - 2) : sentence.start]:
                    opener, first_paragraph = None, False
                if opener is None and not first_paragraph and self._place_matches.get(index):
                    opener = self._place_matches[index][0][2]
                self._paragraph_openers.append(opener)
            for start, end, code, form in self._referred(found, starts):
                index = max(0, bisect_right(starts, start) - 1)
                self._referred_in.setdefault(index, []).append((start - starts[index], end - starts[index], code, form))
            cues_in: dict[int, list[str]] = {}
            for m in find_lowered(_cue_pattern()[0], self.text, self.lowered):
                index = max(0, bisect_right(starts, m.start()) - 1)
                cues_in.setdefault(index, []).append(_cue_of(m.group())[0])
                self._cue_matches.setdefault(index, []).append((m.start() - starts[index], m.end() - starts[index], m.group()))
            measures = Counter(measure for found in cues_in.values() for measure in found)
            # who imposes in this document: parties named, not after "on"/"against"/"to"/"from", in
            # sentences whose cues name a tariff, sanctions, a price cap, a penalty or aid
            imposers: Counter[str] = Counter()
            for index, found in cues_in.items():
                if IMPOSED.isdisjoint(found):
                    continue
                sentence_start = starts[index]
                for start, _, code, form in self._place_matches.get(index, []):
                    before = self.text[max(0, sentence_start + start - 9) : sentence_start + start].lower().split()
                    if before and before[-1] in _RECEIVING:
                        continue
                    imposers[code] += 2 if form in ("person", "institution") else 1
            self._doc_imposer = imposers.most_common(1)[0][0] if imposers else None
            # a leader or institution acts: it counts twice; ties go to the first named (a stable sort)
            ranked = sorted(mentions, key=lambda code: -(len(mentions[code]) + led[code]))
            rank = {code: i + 1 for i, code in enumerate(ranked)}
            top = tuple(measure for measure, n in measures.most_common(3) if n >= DOC_CUES_MIN)
            self._doc = (mentions, rank, top, cues_in, frozenset(led))
        return self._doc

    def _referred(self, found: list[tuple[int, int, str, str]], starts: list[int]) -> list[tuple[int, int, str, str]]:
        """The noun phrases of the text that refer back to one of the places `found` (document
        offsets, in order) ("the country", "the bloc"), each given the party of its kind named last, at
        most LATEST_SENTENCES sentences before; a phrase that is or holds a name ("the Czech
        Republic", "the Chinese economy") or follows no party of its kind is left out."""
        pattern, nouns = _referring_pattern()
        out = []
        ends = [end for _, end, _, _ in found]
        for m in pattern.finditer(self.text):
            k = bisect_right(ends, m.end())
            if k < len(found) and found[k][0] < m.end() or k and ends[k - 1] > m.start():
                continue  # a place inside or across it
            kind = nouns[m.group(1).lower()]
            index = bisect_right(starts, m.start()) - 1
            chosen, chosen_sentence = None, None
            for start, _, code, form in reversed(found[:k]):
                sentence = bisect_right(starts, start) - 1
                if sentence < index - LATEST_SENTENCES or (chosen_sentence is not None and sentence < chosen_sentence):
                    break
                if form not in ("person", "institution") and (code in BLOCS) == (kind == "bloc"):
                    # in the last sentence naming one, the first named as a name ("India" before
                    # "Russian crude"): news refers back to its subject
                    if chosen is None or form == "name" or chosen[1] != "name":
                        chosen, chosen_sentence = (code, form), sentence
            if chosen is not None:
                out.append((m.start(), m.end(), chosen[0], "referred"))
        out.sort()
        return out

    def fiscal_month(self) -> int:
        """The month the document's fiscal years start in: its most named party's
        (data/fiscal_years.csv), else April."""
        if self._fiscal is None:
            _, rank, *_ = self.document()
            top = min(rank, key=rank.__getitem__) if rank else None
            self._fiscal = fiscal_months().get(top, when.FISCAL_START_MONTH)
        return self._fiscal

    # -- features ----------------------------------------------------------------------------
    def _around(self, index: int, mention: Mention) -> _Around:
        """What every model reads around a figure, read once a figure: its sentence, its offsets
        there, the words each side, its clause and reach, and the words inside both."""
        key = (index, mention.start, mention.end)
        if self._around_key == key:
            return self._around_last
        view = self.view(index)
        offset = self.sentences[index].start
        start, end = mention.start - offset, mention.end - offset
        left, right = view.before(start), view.after(end)
        near_start, near_end = view.near(start, end)
        clause_start, clause_end = view.clause(start, end)
        lo, hi = view.inside(max(clause_start, near_start), min(clause_end, near_end))
        around = _Around(view, start, end, left, right, near_start, near_end, clause_start, clause_end, lo, hi)
        self._around_key, self._around_last = key, around
        return around

    def _near_cues(self, index: int, mention: Mention) -> tuple[list[tuple[Cue, str, int]], Cue | None]:
        """The measure cues within reach of the figure, each with its side ("b" before, "a" after,
        "i" inside) and gap in words, and the nearest one (the first at the smallest gap); read once
        a figure, for the measure and the party models."""
        key = (index, mention.start, mention.end)
        if self._cues_key == key:
            return self._cues_last
        view, start, end, _, _, near_start, near_end, *_ = self._around(index, mention)
        near, nearest, best = [], None, None
        for cue in view.cues[bisect_left(view.cue_starts, near_start) : bisect_right(view.cue_starts, near_end)]:
            side = "b" if cue.end <= start else "a" if cue.start >= end else "i"
            gap = 0 if side == "i" else view.gap(cue.end, start) if side == "b" else view.gap(end, cue.start)
            near.append((cue, side, gap))
            if best is None or gap < best:
                nearest, best = cue, gap
        self._cues_key, self._cues_last = key, (near, nearest)
        return near, nearest

    def measure_features(self, index: int, mention: Mention) -> list[str]:
        """What the figure's own words, its sentence, its document and the figure before it say
        about its measure."""
        view, start, end, left, right, near_start, near_end, clause_start, clause_end, lo, hi = self._around(index, mention)
        unit = mention.unit if mention.kind != "money" else "money"
        out = ["b", f"k={mention.kind}", f"u={unit}", f"per={mention.per}", f"chg={mention.change}",
               f"q={mention.qualifier}", f"k={mention.kind}|chg={mention.change}"]
        out += [f"L{i + 1}={word}" for i, word in enumerate(left[:WINDOW_NEAR])]
        out += [f"R{i + 1}={word}" for i, word in enumerate(right[:WINDOW_NEAR])]
        out += [f"L1={word}|k={mention.kind}" for word in left[:1]] + [f"R1={word}|k={mention.kind}" for word in right[:1]]
        if left[:1] and right[:1]:
            out.append(f"LR={left[0]}_{right[0]}")
        surface = view.text[start:end].lower()
        out += [f"in={_stem(w)}" for w in _WORD.findall(surface) if not w[0].isdigit()]
        first, last = view.inside(start, end)  # the figure's own words are read above
        out += ["C=" + stem for k, stem in enumerate(view.stems[lo:hi], lo) if not first <= k < last]
        near, nearest = self._near_cues(index, mention)
        for cue, side, gap in near:
            where = f"c={cue.measure}@{side}{_bucket(gap)}"
            out += [where, f"{where}|k={mention.kind}"]  # a percent by a tariff cue is the tariff
        if nearest is not None:
            out.append(f"cn={nearest.measure}")
        _, rank, top, _, _ = self.document()
        out += ["top=" + code for code, r in rank.items() if r <= 2]  # the document's two most named parties: its story
        out += [f"c={measure}|k={mention.kind}" for measure in {cue.measure for cue in view.cues}]
        out += [f"D={measure}|k={mention.kind}" for measure in top]
        if self.previous is not None:
            previous_index, previous = self.previous
            distance = _bucket(index - previous_index)
            out += [f"pm={previous.measure}", f"pm={previous.measure}|d={distance}", f"pm={previous.measure}|k={mention.kind}"]
        return out

    def sentence_features(self, index: int) -> list[str]:
        """What the figure's sentence, the one before and the document say about the measure of any
        figure in the sentence (computed once a sentence)."""
        view = self.view(index)
        _, _, top, cues_in, _ = self.document()
        out = ["S=" + stem for stem in view.stems]
        out += [f"c={cue.measure}" for cue in view.cues]
        out += [f"P={measure}" for measure in cues_in.get(index - 1, ())]
        out += [f"D={measure}" for measure in top]
        return out

    def change_features(self, index: int, mention: Mention) -> list[str]:
        """Whether the figure is a rise or a fall: the words just before and after it."""
        view, start, end, left, right = self._around(index, mention)[:5]
        before = view.text[max(0, start - 2) : start]
        out = ["b", f"rule={mention.change}", f"k={mention.kind}", f"sign={before.strip()[-1:] or '_'}",
               f"first={view.text[start:start + 1] in '+-−'}"]
        for i, word in enumerate(left[:4]):
            out.append(f"L{i + 1}={word}")
            out.append(f"Lw={_stem(word)}")
        if len(left) >= 2:
            out.append(f"L21={left[1]}_{left[0]}")
        directions = _directions()
        for i, word in enumerate(left[:CHANGE_REACH]):  # "climbed 15% and those to the EU [12%]"
            if word in directions:
                between = any(w[:1].isdigit() for w in left[:i])  # a figure of the same list before this one
                out += [f"dir={directions[word]}", f"dir={directions[word]}@{_bucket(i)}", f"dir={directions[word]}|list={between}"]
                break
        for i, word in enumerate(right[:2]):
            out.append(f"R{i + 1}={word}")
        if self._last is not None and self.previous is not None and self.previous[0] == index:
            # a member of a list ("fell by 27.4, 9.8 and 2.3 percent", "shrinks by 3.6% and farming by
            # 0.8%"): the change of the figure before it in the sentence
            offset = self.sentences[index].start
            between = view.text[max(0, self._last[0] - offset) : start]
            if len(between) <= LIST_REACH and _LIST_LINK.search(between):
                change = self.previous[1].change or "none"
                out += [f"plist={change}", f"plist={change}|k={mention.kind}"]
        return out

    def party_candidates(self, index: int, mention: Mention, measure: str) -> tuple[list[str | None], list[list[str]]]:
        """The document's parties (None first: nobody) with each one's features as actor or target
        of the figure, given its measure."""
        codes, null, parts = self._candidate_parts(index, mention, measure)
        return codes, [null] + [self._base_features(code, index, measure) + dynamic for code, dynamic in parts]

    def _candidate_parts(self, index: int, mention: Mention, measure: str) -> tuple[list[str | None], list[str], list[tuple[str, list[str]]]]:
        """(codes, features of "nobody", [(code, the features that depend on the figure itself)]);
        the rest of a party's features depend only on its sentence and measure (_base_features)."""
        mentions, rank, _, _, _ = self.document()
        view, start, end, left, right, near_start, near_end, clause_start, clause_end, lo, hi = self._around(index, mention)
        kind = mention.kind
        m = "|m=" + measure
        in_sentence = view.by_code
        nin = _bucket(len(in_sentence))
        null = ["NULL", "NULL" + m, "NULL|k=" + kind, "NULL|nin=" + nin, "NULL|ndoc=" + _bucket(len(mentions)),
                "NULL|nin=" + nin + m]
        null += ["NULL|w=" + _STEMS[w] for w in left[:6] + right[:6]]
        if kind == "count" and mention.unit:  # "the two countries", "27 nations": a set of parties, often nobody's
            counted = mention.unit.split()[-1]
            null += ["NULL|cu=" + counted] + (["NULL|cu=parties" + m] if counted in _PARTY_NOUNS else [])
        nearest = self._near_cues(index, mention)[1]  # "profit", "Brent" and "sales" say whose figures they are
        if nearest is not None:
            null.append("NULL|cw=" + _stem(view.text[nearest.start : nearest.end].lower()))
        world = self._world_in.get(index)
        if world is None:  # read once a sentence
            world = self._world_in[index] = _world_pattern().search(view.text) is not None
        if world:  # "global output", "shipments worldwide"
            null += ["NULL|world", "NULL|world" + m]
        if _firm_pattern().search(view.text):  # "the company", "the carmaker": a company's figure, often nobody's
            null += ["NULL|firm", "NULL|firm" + m]
        if self._doc_firms is None:
            self._doc_firms = _bucket(sum(1 for m in _firm_pattern().finditer(self.text) if m.group().rsplit(None, 1)[-1].islower()))
        if self._doc_firms != "0":
            null += ["NULL|docfirm=" + self._doc_firms, "NULL|docfirm=" + self._doc_firms + "|nin=" + nin, "NULL|docfirm=" + self._doc_firms + m]
        if self._company_story():  # "BP", "Renault" named about as often as any party: a company's story
            null += ["NULL|costory", "NULL|costory" + m, "NULL|costory|nin=" + nin]
        previous = self.previous[1] if self.previous is not None else None
        same = "" if previous is None else "|same" if previous.measure == measure else "|other"
        if previous is not None:
            null += [f"NULL|pa={previous.actor is None}{same}", f"NULL|pt={previous.target is None}{same}"]
        same_measure = self._by_measure.get(measure)
        remembered = {self._imposer, *(c.actor for c in self._by_measure.values()), *(c.target for c in self._by_measure.values())}
        first_place = view.places[0] if view.places else None
        flows = clause_flows(view.lower, view.stems, lo, hi)
        null += ["NULL|fr=" + flow + m for flow in flows]
        for name_start, name_end in view.names:  # a company or agency named before the figure in its clause
            if clause_start <= name_start and name_end <= start:
                possessive = view.text.startswith(("'s", "’s"), name_end)
                null += ["NULL|name=b" + m, "NULL|name=b|" + ("poss" if possessive else "plain") + "|nin=" + nin]
                break
        else:
            if view.names:
                null.append("NULL|name=elsewhere" + m)
        # the party whose currency the figure is in (ISO 4217 codes open with the country's code:
        # INR, RUB, EUR), and the one whose currency the document has used most so far
        money_party = self._count_money(mention)
        local = self._money_parties.most_common(1)[0][0] if self._money_parties else None
        money_form = "usd" if mention.unit == "USD" else "local"
        codes: list[str | None] = [None]
        parts = []
        for code, named in mentions.items():
            recent = bisect_right(named, index) > bisect_left(named, index - CANDIDATE_SENTENCES)  # named is sorted
            if not (rank[code] <= CANDIDATE_RANK or code in in_sentence or code in remembered or recent):
                continue  # named only far away and seldom: not a party of this figure
            codes.append(code)
            out: list[str] = []
            here = in_sentence.get(code, [])
            if here:
                placed = self._place_features(view, here, start, end, m, kind, first_place, (clause_start, clause_end))
                out += placed
                if len(in_sentence) == 1:
                    out.append("only" + m)
                side, role, prev = placed[2], placed[6], placed[10]  # "side=..", "role=..", "pw=.."
                for flow in flows:
                    out += [f"fr={flow}|{side}" + m, f"fr={flow}|{role}" + m, f"fr={flow}|{prev}" + m]
            else:
                out += ["fr=" + flow + "|away" + m for flow in flows]
            inside = "|in=True" if here else "|in=False"
            if code == money_party:
                out += ["cur=" + money_form, "cur=" + money_form + m, "cur=" + money_form + inside]
            if code == local:
                out += ["doccur" + m, "doccur|k=" + kind, "doccur" + inside]
            if code in remembered:
                if same_measure is not None:
                    if code == same_measure.actor:
                        out += ["sma" + m, "sma" + inside]
                    if code == same_measure.target:
                        out += ["smt" + m, "smt" + inside]
                if code == self._imposer:
                    out += ["imposer" + m, "imposer" + inside]
            if previous is not None:
                if code == previous.actor:
                    out += ["pa" + same, "pa" + same + m, "pa" + same + inside]
                if code == previous.target:
                    out += ["pt" + same, "pt" + same + m, "pt" + same + inside]
            parts.append((code, out))
        return codes, null, parts

    def _base_features(self, code: str, index: int, measure: str) -> list[str]:
        """A party's features that depend only on the figure's sentence and measure: how the
        document names it, where it was last named, and the sentence's anaphors."""
        key = (code, index, measure)
        out = self._base.get(key)
        if out is not None:
            return out
        mentions, rank, _, _, led = self.document()
        view = self.view(index)
        named = mentions[code]
        m = "|m=" + measure
        kind_of_party = "bloc" if code in BLOCS else "country"
        r = rank[code]
        r_name = str(r) if r <= 3 else "4+"
        out = ["rank=" + r_name, "rank=" + r_name + m, "type=" + kind_of_party + m, "cnt=" + _bucket(len(named))]
        # the party itself by measure: news has its habits (the US imposes tariffs, Russia is
        # sanctioned, the IMF lends), learned across story groups
        out.append("code=" + code + m)
        if r == 1:
            out.append("top" + m)
        if code == self._doc_imposer:
            out += ["docimp" + m, "docimp"]
        if code in led:
            out.append("led" + m)
        if code == self._lede:  # news names its story's party first: "Kazakhstan could export ...", "Turkish exports ..."
            out += ["lede" + m, f"lede|in={code in view.by_code}", f"lede|nin={_bucket(len(view.by_code))}" + m]
        if code == self._paragraph_openers[index]:  # the party the figure's paragraph names first: the actor's only (learn.ACTOR_ONLY)
            out += ["plede" + m, f"plede|in={code in view.by_code}"]
        if code not in view.by_code:
            k = bisect_left(named, index)
            if k:
                last_index = named[k - 1]
                distance = _bucket(index - last_index)
                role = self._last_role(last_index, code)
                nin = _bucket(len(view.by_code))
                out += ["prev=" + distance, "prev=" + distance + m, "prevrole=" + role + m, "prev|nin=" + nin + m]
            else:
                out += ["later", "later" + m]
        anaphors = self._anaphors.get(index)
        if anaphors is None:
            anaphors = self._anaphors[index] = [name for pattern, name in _ANAPHORS if pattern.search(view.text)]
        latest = self._latest(index)
        for name in anaphors:
            out.append(f"ana={name}|type={kind_of_party}|rank={r_name}" + m)
            if latest.get(name) == code:  # "the country", "the bloc", "the president": the last one named
                out += [f"ana={name}|latest", f"ana={name}|latest" + m]
        for form, latest_code in latest.items():
            if latest_code == code:
                out.append(f"latest={form}" + m)
        if code not in view.by_code:
            referred = self._referred_roles.get(index)
            if referred is None:
                s = self.sentences[index]
                found = self._referred_in.get(index)
                referred = self._referred_roles[index] = (
                    {p.code: p.role for p in reversed(places(self.text[s.start : s.end], found))} if found else {})
            if code in referred:  # "the South Asian nation", "the bloc": named by what it is
                out += ["refd" + m, f"refd|role={referred[code]}", f"refd|role={referred[code]}" + m]
        if code not in view.by_code and code == self._subject_before(index):
            # the party the sentence before is about (its first subject or owner): news keeps its subject
            out += ["psubj" + m, "psubj|k=" + str(bool(anaphors))]
        self._base[key] = out
        return out

    def _count_money(self, mention: Mention) -> str | None:
        """The party whose currency a money figure is in (ISO 4217 codes open with the country's
        code: INR, RUB), counted once a figure, every figure, toward the document's local currency."""
        money_party = mention.unit[:2] if mention.kind == "money" and mention.unit else None
        if money_party and mention.unit != "USD" and mention.start > self._money_counted:
            self._money_parties[money_party] += 1
            self._money_counted = mention.start
        return money_party

    def _company_story(self) -> bool:
        """Whether the document names a company (a capitalised name that is no place nor a common
        word) at least COMPANY_STORY_MIN times and at least COMPANY_STORY_SHARE times as often as
        its most named party: its figures are often the company's, with no party (computed once)."""
        if self._costory is None:
            mentions = self.document()[0]
            common = _common_words()
            taken = self._place_spans
            counts: Counter[str] = Counter()
            for m in _NAME.finditer(self.text):
                name = m.group()
                first = name.split(None, 1)[0]
                if first.lower() in common or name.lower() in when.CALENDAR_WORDS:
                    continue  # "The", "In", "Monday": no name
                k = bisect_right(taken, (m.start(), len(self.text))) - 1
                if (k >= 0 and taken[k][1] > m.start()) or (k + 1 < len(taken) and taken[k + 1][0] < m.end()):
                    continue  # a place, or a name holding one
                counts[re.sub(r"['’]s$", "", name)] += 1
            top_name = max(counts.values(), default=0)
            top_party = max((len(named) for named in mentions.values()), default=0)
            self._costory = top_name >= COMPANY_STORY_MIN and top_name >= COMPANY_STORY_SHARE * top_party
        return self._costory

    def _latest(self, index: int) -> dict[str, str]:
        """The party named last before sentence `index` (within LATEST_SENTENCES) of each form: a
        country, a bloc, a person (a leader or institution stands for its party)."""
        found = self._latest_cache.get(index)
        if found is not None:
            return found
        found = {}
        self.document()
        for before in range(index - 1, max(-1, index - 1 - LATEST_SENTENCES), -1):
            for _, _, code, form in reversed(self._place_matches.get(before, [])):
                kind = "person" if form in ("person", "institution") else "bloc" if code in BLOCS else "country"
                found.setdefault(kind, code)
            if len(found) == 3:
                break
        self._latest_cache[index] = found
        return found

    def _opening_party(self, index: int) -> str | None:
        """The party sentence `index` opens with, as its subject or owner ("Moldova is short of
        money", "Russia's exports fell"), else None."""
        view = self.view(index)
        if not view.places or view.gap(0, view.places[0].start) > OPENING_WORDS:
            return None
        first = view.places[0]
        return first.code if first.role in _SUBJECT_ROLES and first.form != "adjective" else None

    def _subject_before(self, index: int) -> str | None:
        """The first place of the sentence before `index` that is its subject, owner or leader."""
        if index == 0:
            return None
        if index - 1 not in self._subjects:  # a sentence without figures: read its places here
            self._read_places(index - 1)
        return self._subjects[index - 1]

    def _place_features(
        self, view: _SentenceView, here: list[Place], start: int, end: int, m: str, kind: str, first: Place | None,
        clause: tuple[int, int],
    ) -> list[str]:
        def gap_of(p: Place) -> int:
            if p.start < end and p.end > start:
                return 0
            return view.gap(p.end, start) if p.end <= start else view.gap(end, p.start)

        if len(here) > 3:  # the ones around the figure
            k = bisect_left(here, start, key=lambda p: p.start)
            nearest = here[max(0, k - 2) : k + 2]
        else:
            nearest = here
        place = min(nearest, key=gap_of)
        gap = gap_of(place)
        side = "i" if place.start < end and place.end > start else "b" if place.end <= start else "a"
        before = view.before(place.start, 8)  # enough to skip determiners and read two words
        skip = 0
        while skip < len(before) and before[skip] in _DETERMINERS:
            skip += 1
        before = before[skip:]
        prev = before[0] if before else "^"
        prev2 = f"{before[1]}_{prev}" if len(before) > 1 else f"^_{prev}"
        form = place.form
        out = ["in", "in" + m, f"side={side}", f"side={side}" + m, f"side={side}|g={_bucket(gap)}",
               f"side={side}|g={_bucket(gap)}" + m, f"role={place.role}", f"role={place.role}" + m,
               f"role={place.role}|side={side}" + m, f"form={form}" + m, f"pw={prev}", f"pw={prev}" + m,
               f"pw={prev}|side={side}" + m, f"pw2={prev2}" + m, f"role={place.role}|k={kind}",
               f"head={_stem(place.head)}" + m, f"nhere={_bucket(len(here))}"]
        if place is first:
            out.append("firstplace" + m)
        if side == "b":  # how many places stand between it and the figure, plus one
            order = bisect_right(view.place_ends, start) - bisect_left(view.place_ends, place.end)
            out.append(f"lord={min(order, 3)}" + m)
        elif side == "a":
            order = bisect_right(view.place_starts, place.start) - bisect_left(view.place_starts, end)
            out.append(f"rord={min(order, 3)}" + m)
        same = clause[0] <= place.start and place.end <= clause[1]
        out.append(f"sameclause={same}" + m)
        if same and side == "b" and view.gap(clause[0], place.start) <= 2:  # it opens the figure's clause: its subject
            out += ["csubj" + m, f"csubj|k={kind}"]
        if len(before) <= 1:
            out.append("initial" + m)
        if side == "b" and gap <= BETWEEN_MAX:
            lo, hi = view.inside(place.end, start)
            between = view.stems[lo:hi]
            out += ["bt=" + w + m for w in between] + ["bt=" + w for w in between]
        elif side == "a" and gap <= BETWEEN_MAX:
            lo, hi = view.inside(end, place.start)
            between = view.stems[lo:hi]
            out += ["at=" + w + m for w in between] + ["at=" + w for w in between]
        return out

    # -- labelling ---------------------------------------------------------------------------
    def choose_measure(self, index: int, mention: Mention) -> list[tuple[str, float]]:
        """The measures with their probabilities, most probable first: the first, then any other
        of at least MEASURE_MIX (at most MIX_MEASURES in all)."""
        shared = self._sentence_scores.get(index)
        if shared is None:
            shared = self._sentence_scores[index] = self.model.measure.label_scores(self.sentence_features(index))
        scores = shared + self.model.measure.label_scores(self.measure_features(index, mention))
        probs = np.exp(scores - scores.max())
        probs /= probs.sum()
        order = np.argsort(-probs)[:MIX_MEASURES]
        questions = self.model.measure.questions
        return [(questions[i], float(probs[i])) for k, i in enumerate(order) if k == 0 or probs[i] >= MEASURE_MIX]

    def choose_change(self, index: int, mention: Mention) -> tuple[str | None, float]:
        """up, down or None (neither), with its probability."""
        scores = self.model.change.label_scores(self.change_features(index, mention))
        best = int(scores.argmax())
        label = self.model.change.questions[best]
        return None if label == "none" else label, float(softmax(scores)[best])

    def _agent(self, index: int, mention: Mention) -> str | None:
        """The party named as the agent of a passive in the figure's clause ("Chinese steel was hit
        with a 25% duty by the EU", "a 10% levy imposed by China"): it acts on the figure. Only the
        words just after the figure are read: a sentence of any length costs each figure the same."""
        around = self._around(index, mention)
        view = around.view
        first, last = bisect_left(view.starts, around.start), bisect_left(view.starts, around.end)  # the figure's words
        reach = min(len(view.lower), last + AGENT_REACH + AGENT_AFTER + 2)
        if "by" not in view.lower[last:reach]:
            return None
        verbs = party_frames()["by_agent"]
        limit = min(around.clause_end, view.ends[reach - 1] + 40)
        for place in view.places[bisect_left(view.place_starts, around.start) : bisect_right(view.place_starts, limit)]:
            if place.end > around.clause_end:
                continue
            k = bisect_left(view.starts, place.start)  # the place's first word
            j = k - 1
            if j >= 0 and view.lower[j] == "the":
                j -= 1
            if j < 1 or view.lower[j] != "by" or not _AGENT_END.match(view.text, place.end):
                continue
            for i in range(max(0, j - AGENT_REACH), j):
                # the figure between the participle and "by" ("was hit with a 25% duty by"), or the
                # participle right after it ("a 10% levy imposed by")
                if view.lower[i] in verbs and (i < first and last <= j or last <= i <= last + AGENT_AFTER):
                    return place.code
        return None

    def _receiver(self, index: int, mention: Mention, frame: str = "gives_to") -> str | None:
        """The party right after a verb of giving, with the figure just after it ("the bank lent
        Kazakhstan around €250 million", "Berlin has sent Kyiv three air defence systems"): it
        receives the figure. Only the words just before the figure are read."""
        around = self._around(index, mention)
        view = around.view
        first = bisect_left(view.starts, around.start)  # the figure's first word
        opening = max(0, first - RECEIVER_REACH - 4)
        verbs = party_frames()[frame]
        if verbs.isdisjoint(view.lower[opening:first]):
            return None
        lo = max(around.clause_start, view.starts[opening])
        for place in view.places[bisect_left(view.place_starts, lo) : bisect_left(view.place_starts, around.start)]:
            if place.end > around.start:
                continue
            k = bisect_left(view.starts, place.start)
            after = bisect_left(view.starts, place.end)
            if k >= 1 and view.lower[k - 1] in verbs and first - after <= RECEIVER_REACH and place.form != "adjective":
                return place.code
        return None

    def _subject(self, index: int, mention: Mention) -> tuple[str, str] | None:
        """(the party, its flow) when a party is the subject of an active verb of flow standing just
        before the figure ("while China bought 1.1 million bpd", "after Washington imposed a 30% duty",
        "Indian refiners took 1.6 million bpd"). Only the words just before the figure are read."""
        around = self._around(index, mention)
        view = around.view
        first = bisect_left(view.starts, around.start)  # the figure's first word
        lexicon, verbs, roles = frames(), _subject_verbs(), _subject_words()
        for k in range(first - 1, max(-1, first - 1 - SUBJECT_VERB_GAP), -1):
            if view.starts[k] < around.clause_start:
                return None
            word = view.lower[k]
            if word in verbs:
                break
            if word in _IMPOSING_BEFORE_A_CUE and self._imposed_cue_after(index, mention):
                break  # "while China put 125% tariffs on some goods": "put" imposes what is named after the figure
            if roles.get(word) == "noun_form" and view.stems[k] in lexicon and self._named_just_before(view, k):
                break  # "Russia supplies about 20-25% of ...", "India imports 85%": after a name, the verb
            if roles.get(word) != "filler":
                return None
        else:
            return None
        if k >= 1 and view.lower[k - 1] in _passive_auxiliaries():
            return None  # "was granted": the agent rule reads passives
        flow = lexicon.get(view.stems[k])
        lo = max(around.clause_start, view.starts[max(0, k - SUBJECT_REACH - 2)])
        for place in reversed(view.places[bisect_left(view.place_starts, lo) : bisect_left(view.place_starts, view.starts[k])]):
            after = bisect_left(view.starts, place.end)  # the first word after the place
            between = view.lower[after:k]
            if place.end > view.starts[k] or view.text.find(",", place.end, view.starts[k]) >= 0:
                return None
            words = view.text[place.end : view.starts[k]].split()
            if len(between) <= SUBJECT_REACH and all(w not in verbs for w in between) and not any(
                    w[:1].isupper() and w.lower() not in when.CALENDAR_WORDS for w in words):
                # "India's Reliance bought": the company's, not the country's; "G7 countries, the EU and
                # Australia imposed": the list's first party leads it
                n = bisect_left(view.place_starts, place.start)  # a list may run over commas
                while n and _LIST_OF_PARTIES.fullmatch(view.text, view.places[n - 1].end, view.places[n].start):
                    n -= 1
                return view.places[n].code, flow
            return None
        # "The president pledged 300 million euros", "the bloc has listed 105 ships": a definite
        # noun that refers back is the party of its kind named last
        for j in range(k - 1, max(-1, k - 1 - SUBJECT_REACH), -1):
            if j == 0 and view.lower[0] == "it" and index > 0:
                # "Moldova is short of cash. It will receive $300 million": the party the sentence
                # before opens with (not a company: "Norvik Steel cut jobs. It sold ..." names no party)
                code = self._opening_party(index - 1)
                return (code, flow) if code is not None else None
            kind = roles.get(view.lower[j])
            if kind not in _REFERRING_KINDS:
                if view.lower[j] in verbs or view.starts[j] < around.clause_start:
                    return None
                continue
            the = j - 2 if view.lower[j] == "minister" and view.lower[j - 1] == "prime" else j - 1
            while the >= 0 and j - the <= 2 and view.text[view.starts[the]].isupper() and view.lower[the] != "the":
                the -= 1  # "the West African nation", "the Gulf kingdom": what it is, named by its part of the world
            if the >= 0 and view.lower[the] == "the" and view.starts[the] >= around.clause_start:
                self.document()  # reads the phrases that refer back ("the South Asian nation": India, not "Russian")
                referred = [c for a, b, c, _ in self._referred_in.get(index, ()) if a <= view.starts[j] < b]
                code = referred[0] if referred else self._latest(index).get(kind)
                return (code, flow) if code is not None else None
            return None
        return None

    def _participle_subject(self, index: int, mention: Mention) -> tuple[str, str | None] | None:
        """(the party, the participle's flow) when the figure's clause opens with a participle after
        a comma and the clause before it opens with a party and its verb, the participle's own
        subject: "Last week the UK unveiled its largest package yet, targeting 100 more tankers",
        "Russia was the main supplier, covering 45% of the bloc's needs". Not "citing" and other
        words in -ing that are no participle of the subject ("according to", "including")."""
        around = self._around(index, mention)
        view = around.view
        m = _PARTICIPLE.search(view.text, 0, around.start)
        if m is None or m.group(1).lower() in frame_words("not_participle"):
            return None
        comma = m.start()
        opening = 0
        for found in _MAIN_CLAUSE_BREAK.finditer(view.text, 0, comma):
            opening = found.end()
        for place in view.places:
            if place.start < opening:
                continue
            if place.start >= comma or view.gap(opening, place.start) > PARTICIPLE_SUBJECT_GAP:
                return None
            if place.role not in ("subject", "leader") or place.form == "adjective":
                continue  # "Indian carpets", "Russia's fleet": not the clause's subject
            k = bisect_left(view.starts, place.end)  # its verb: the word right after it
            if k < len(view.lower) and view.starts[k] < comma and (_VERB.match(view.lower[k]) or view.lower[k] in _subject_verbs()):
                return place.code, frames().get(_stem(m.group(1).lower()))
            return None
        return None

    def _imposed_cue_after(self, index: int, mention: Mention) -> bool:
        """Whether a cue of a tariff, sanctions or a penalty stands right after the figure, or in it
        ("125% tariffs", "a 20% levy", "duties of 25%" is not)."""
        near, _ = self._near_cues(index, mention)
        return any(cue.measure in UNDERGONE_MEASURES and side in ("a", "i") and gap <= 1 for cue, side, gap in near)

    def _whose(self, index: int, mention: Mention) -> str | None:
        """The party a relative clause ("whose", "which", "who") belongs to, when the figure is in
        that clause with no other party between ("the gain came from Russia, whose supplies climbed
        24%, and from Azerbaijan, which shipped 9% more"); not a party named as a partner ("imports
        from China, which came to ...": the imports)."""
        place = self._place_before(index, mention, _WHOSE, WHOSE_REACH)
        if place is None:
            return None
        around = self._around(index, mention)
        view = around.view
        before = view.before(place.start, 2)  # "those from China", "imports to India": a flow's partner
        if len(before) == 2 and before[0] in _RECEIVING and (before[1] in ("those", "that") or before[1] in GOODS or
                                                              _stem(before[1]) in frames()):
            return None  # "imports from China, which came to ...": what "which" refers to is the imports
        k = bisect_left(view.place_starts, place.start) + 1
        if bisect_left(view.place_starts, around.start) != k or _CLAUSE_TURN.search(view.text, place.end, around.start):
            return None  # another party, or another clause, between "whose" and the figure
        return place.code

    @staticmethod
    def _named_just_before(view: _SentenceView, k: int) -> bool:
        """Whether word k follows a party's name with nothing between (not a nationality, not an
        owner): "Russia supplies", not "Russian supplies" or "Russia's exports"."""
        n = bisect_right(view.place_ends, view.starts[k]) - 1
        if n < 0:
            return False
        place = view.places[n]
        return place.form not in ("adjective",) and not view.text[place.end : view.starts[k]].strip()

    def _to_region(self, index: int, mention: Mention) -> bool:
        """Whether the figure's clause sends it to or from a part of the world with no code ("while
        shipments to Africa grew 22%") and names no coded party after a direction word: it has no
        target. Only the clause, at most REGION_REACH characters either side of the figure, is read."""
        around = self._around(index, mention)
        view = around.view
        lo, hi = max(around.clause_start, around.start - REGION_REACH), min(around.clause_end, around.end + REGION_REACH)
        if _region_pattern().search(view.text, lo, hi) is None:
            return False
        for place in view.places[bisect_left(view.place_starts, lo) : bisect_left(view.place_starts, hi)]:
            k = bisect_left(view.starts, place.start)
            j = k - 1 if k >= 1 and view.lower[k - 1] == "the" else k
            if j >= 1 and view.lower[j - 1] in ("to", "from", "into", "with"):
                return False  # "exports to Japan and Africa": a coded partner too
        return True

    def _undergoer(self, index: int, mention: Mention) -> tuple[str, ...] | None:
        """The party that faces or is hit with the figure, named just before it in its clause
        ("Chinese exporters now face a 145% tariff", "Brazilian coffee is subject to a 50% US tariff":
        data/roles.csv, role undergoes); all of them when a list of parties faces it ("Canada, Mexico
        and the EU would face duties of 25%"). Only the words just before the figure are read."""
        around = self._around(index, mention)
        view = around.view
        first = bisect_left(view.starts, around.start)  # the figure's first word
        undergo = _undergoing()
        roles = _roles()
        found, lo = view.places, bisect_left(view.place_starts, around.clause_start)
        for n in range(bisect_left(view.place_starts, around.start) - 1, lo - 1, -1):
            place = found[n]
            if place.end > around.start or place.role != "target" or place.form == "region":
                continue  # "A California company was hit with": a company's
            if first - bisect_left(view.starts, place.end) > UNDERGO_REACH:
                return None
            k = bisect_left(view.starts, place.start)  # the place's first word
            j = k - 1 if k >= 1 and view.lower[k - 1] == "the" else k
            if j >= 1 and roles.get(view.lower[j - 1]) == "target" and view.lower[j - 1] not in ("from", "of"):
                return None  # "what India sells to the US faces": the partner of a flow, not who faces; but
                # "pork from the United States has faced" is the origin of what faces it
            if not _undergoes(view.lower[bisect_left(view.starts, place.end) : first][:8], undergo):
                return None
            if n > lo and _LIST_OF_PARTIES.fullmatch(view.text, found[n - 1].end, place.start):
                # "Canada, Mexico and the EU would face duties": several, no one target
                listed = [place.code]
                while n > lo and _LIST_OF_PARTIES.fullmatch(view.text, found[n - 1].end, found[n].start):
                    n -= 1
                    listed.append(found[n].code)
                return tuple(listed)
            return (place.code,)
        return None

    def _bracketed(self, index: int, mention: Mention) -> str | None:
        """The party named just before the bracket the figure opens ("the rates on Chile (10 per
        cent) and Peru (15 per cent)", "Ukraine (€4 billion)"): the figure is that party's."""
        place = self._place_before(index, mention, _BRACKET_OPENING, 30)
        return place.code if place is not None else None

    def _place_before(self, index: int, mention: Mention, pattern: re.Pattern[str], reach: int) -> Place | None:
        """The party (no nationality) that ends where `pattern`, matched within `reach` characters
        before the figure (its last match), begins ("Chile (", "Iraq on ", "Russia, whose")."""
        around = self._around(index, mention)
        view = around.view
        found = None
        for found in pattern.finditer(view.text, max(0, around.start - reach), around.start):
            pass  # the last one: the nearest the figure
        if found is None:
            return None
        k = bisect_left(view.place_starts, found.start())
        if k and view.places[k - 1].end == found.start() and view.places[k - 1].form != "adjective":
            return view.places[k - 1]
        return None

    def _listed_at(self, index: int, mention: Mention) -> tuple[str | None, str, str | None] | None:
        """(the party, its role, the party the list shares) when the figure follows a party that a
        list adds to the figure before it in the sentence ("China took 47% of Russia's crude
        exports, with India at 37%", "Saudi Arabia supplied 20.8%, ahead of Iraq on 20.6%"): the
        party takes the role its list's head has in the figure before, the role of that figure's
        party named in the sentence but not as an owner or partner; the other party of the figure
        before ("Russia's") is shared by the list. Several parties at one figure ("Brazil and Mexico
        at 12% each") leave that role empty."""
        if self.previous is None or self.previous[0] != index:
            return None
        member = self._place_before(index, mention, _PARTY_AT, 40)
        if member is None:
            return None
        view = self._around(index, mention).view
        k = bisect_left(view.place_starts, member.start) + 1
        first = k - 1  # the list's first member here: "Brazil and Mexico at 12% each" are several
        while first and _LIST_OF_PARTIES.fullmatch(view.text, view.places[first - 1].end, view.places[first].start):
            first -= 1
        if not _LIST_MEMBER_BEFORE.search(view.text, max(0, view.places[first].start - 16), view.places[first].start):
            return None
        code = member.code if first == k - 1 else None
        before = self.previous[1]
        roles = {p.code: p.role for p in view.places[:first]}
        actor_role, target_role = roles.get(before.actor), roles.get(before.target)
        if before.actor is not None and actor_role not in (None, *_SHARED_ROLES) and target_role in (None, *_SHARED_ROLES):
            return code, "actor", before.target
        if before.target is not None and target_role not in (None, *_SHARED_ROLES) and actor_role in (None, *_SHARED_ROLES):
            return code, "target", before.actor
        return None

    def _supplier_share(self, index: int, mention: Mention) -> tuple[str, str] | None:
        """(the supplier, the buyer) of a supplier's share of a buyer's imports ("Russian crude made
        up 22% of India's imports", "Norway supplied 30 percent of the EU's gas"): the supplier is
        the party before the verb of the figure's clause, the buyer the owner after the figure."""
        around = self._around(index, mention)
        view = around.view
        after = _SHARE_OF.match(view.text, around.end)
        if after is None:
            return None
        k = bisect_left(view.place_starts, after.end())
        if k == len(view.places) or view.places[k].start != after.end() or view.places[k].role != "owner":
            return None
        buyer = view.places[k]
        if not _IMPORTED.match(view.text, buyer.end):
            return None
        verb = _SHARE_VERB.search(view.text, max(around.clause_start, around.start - 40), around.start)
        if verb is None:
            return None
        lo = bisect_left(view.place_starts, around.clause_start)
        suppliers = [p for p in view.places[lo : bisect_left(view.place_starts, verb.start())]
                     if p.role in ("subject", "modifier", "leader") and p.end <= verb.start()]
        if not suppliers or view.gap(suppliers[-1].end, verb.start()) > SUPPLIER_REACH or suppliers[-1].code == buyer.code:
            return None
        return suppliers[-1].code, buyer.code

    def _measure_owner(self, index: int, mention: Mention, measure: str) -> str | None:
        """The party named as the owner of the tariff, sanctions, cap, penalty or aid the figure
        is: right before the word that names it ("the 50% US tariff", "a 23% Chinese levy", "an
        average US tariff of 30%", "a $1 billion Japanese loan"); it imposes or gives it."""
        around = self._around(index, mention)
        view = around.view
        for cue in view.cues[bisect_left(view.cue_starts, around.end) : bisect_right(view.cue_starts, around.end + CUE_OWNER_REACH)]:
            if cue.measure == measure:  # "the 50% US tariff": the party between the figure and its noun
                k = bisect_left(view.place_starts, around.end)
                if (k < len(view.places) and view.places[k].end <= cue.start
                        and _between_owner().fullmatch(view.text, around.end, view.places[k].start)
                        and _between_owner().fullmatch(view.text, view.places[k].end, cue.start)):
                    return view.places[k].code
                break
        before = _CUE_OF.search(view.text, max(0, around.start - 40), around.start)  # "a US tariff of 30%"
        if before is not None:
            for cue in view.cues[bisect_left(view.cue_starts, before.start()) : bisect_right(view.cue_starts, before.start())]:
                if cue.measure != measure or cue.start != before.start():
                    continue
                k = bisect_left(view.place_ends, cue.start + 1) - 1
                if k >= 0 and _between_owner().fullmatch(view.text, view.places[k].end, cue.start) and view.places[k].role == "modifier":
                    return view.places[k].code
        return None

    def _worldwide(self, index: int, mention: Mention) -> bool:
        """Whether the figure is the whole world's: a world word (data/world_words.csv) before it in
        its clause with no party between them ("global oil demand will rise by 1.3 million bpd",
        "worldwide demand to grow 1.2%"); not one after "of" ("China's share of global exports rose
        to 14%": China's share). Only the clause before the figure is read."""
        around = self._around(index, mention)
        view = around.view
        lo = max(around.clause_start, around.start - WORLD_REACH)
        found = None
        for found in _world_pattern().finditer(view.text, lo, around.start):
            pass
        if found is None:
            return False
        end = found.end() + 2 if view.text.startswith(("'s", "’s"), found.end()) else found.end()
        possessive = view.text[found.start() : end].lower().endswith(("'s", "’s"))
        if found.group().lower().startswith("the world") and not possessive:
            return False  # "around the world", "the world" as a place
        if possessive and _SUPERLATIVE.match(view.text, end):
            return False  # "the world's biggest importer bought": a country named by what it is
        k = bisect_left(view.starts, found.start())
        if k >= 1 and view.lower[k - 1] in ("of", "in", "on", "for"):
            return False
        if "between" in view.lower[bisect_left(view.starts, around.clause_start) : k]:
            return False  # "the gap between its Urals blend and the global Brent benchmark widened to 23%"
        after = bisect_left(view.starts, end)  # the word after the world word
        if after < len(view.stems) and view.stems[after] in frames():
            return False  # "worldwide exports rose 8%": a country's trade with the world
        return bisect_left(view.place_starts, end) == bisect_left(view.place_starts, around.start)

    def _invested_in(self, index: int, mention: Mention) -> str | None:
        """The party after "in" when a verb or noun of investing stands just before the figure ("will
        invest $350 billion in the United States", "an investment of $5 billion in Vietnam"): the
        money goes to it. Only the words next to the figure are read."""
        around = self._around(index, mention)
        view = around.view
        first, last = bisect_left(view.starts, around.start), bisect_left(view.starts, around.end)
        if party_frames()["invests_in"].isdisjoint(view.lower[max(0, first - INVEST_REACH) : first]):
            return None
        limit = view.ends[min(len(view.ends), last + INVEST_AFTER) - 1] if last < len(view.ends) else around.end
        for place in view.places[bisect_left(view.place_starts, around.end) : bisect_right(view.place_starts, limit)]:
            if place.end > around.clause_end or place.form == "adjective":
                continue
            k = bisect_left(view.starts, place.start)
            j = k - 1 if k >= 1 and view.lower[k - 1] == "the" else k
            if j >= 1 and view.lower[j - 1] == "in" and j - 1 >= last:
                return place.code
        return None

    def _framed_party(self, index: int, mention: Mention, measure: str,
                      codes: list[str | None]) -> tuple[str | None, str, str | tuple[str, ...] | None] | None:
        """(the party a frame names, its role, and "payer" when the other party is the payer of a
        tariff or penalty, or the parties that cannot act when there is no target, or the other
        party when the role is "pair actor" or "pair target" and the frame names both), from the
        first frame that names a candidate, in order: the agent of a passive, the receiver of a
        gift, a payee, a supplier's share of a buyer's imports (both), a list's member after a party
        ("ahead of Iraq on 19%": both), a figure in brackets after a party, who faces a tariff,
        sanctions or a penalty (several: no target, and none of them acts), a figure whose phrase is
        the world's (nobody), the subject of a verb of flow, the subject of the clause before a
        participle, where an investment goes, a part of the world with no code (no target: None)."""
        agent = self._agent(index, mention)
        if agent is not None and agent in codes:  # the agent of a passive acts
            return agent, "actor", None
        receiver = self._receiver(index, mention)
        if receiver is not None and receiver in codes:  # the receiver of a gift is its target
            return receiver, "target", None
        payee = self._receiver(index, mention, "pays_to")
        if payee is not None and payee in codes:
            if measure in CHARGED_MEASURES:  # "Vietnam will pay Washington a 20% tariff": the payee charges the payer
                return payee, "actor", "payer"
            return payee, "target", None
        if measure == "trade":
            share = self._supplier_share(index, mention)
            if share is not None and share[0] in codes and share[1] in codes:  # "Russian crude made up 22% of India's imports"
                return share[0], "pair actor", share[1]
        if measure in IMPOSED:
            owner = self._measure_owner(index, mention, measure)
            if owner is not None and owner in codes:  # "the 50% US tariff": the US imposes it
                return owner, "actor", None
        listed = self._listed_at(index, mention)
        if listed is not None and listed[0] in codes and listed[2] in codes:  # "..., with India at 37%": the list head's role
            return listed[0], "pair " + listed[1], listed[2]
        bracketed = self._bracketed(index, mention)
        if bracketed is not None and bracketed in codes:  # "China (30 per cent)": hit by a tariff, or acting
            return bracketed, "target" if measure in UNDERGONE_MEASURES | RECEIVED_MEASURES else "actor", None
        if measure in UNDERGONE_MEASURES:
            undergoer = self._undergoer(index, mention)
            if undergoer is not None and len(undergoer) > 1:  # several face it: no one target, none of them acts
                return None, "target", undergoer
            if undergoer is not None and undergoer[0] in codes:  # who faces a tariff is its target
                return undergoer[0], "target", None
        if self._worldwide(index, mention):  # "global oil demand will rise by ...": nobody's
            return None, "nobody", None
        subject = self._subject(index, mention)
        if subject is not None and subject[0] in codes:
            code, flow = subject  # "Ukraine received €4 billion" is aid's target; else the subject acts
            return code, "target" if flow == "acquire" and measure in RECEIVED_MEASURES else "actor", None
        if measure != "other":  # "..., targeting 100 more tankers": the subject of the clause before acts
            participle = self._participle_subject(index, mention)
            if participle is not None and participle[0] in codes and participle[1] != "acquire":
                return participle[0], "actor", None
        whose = self._whose(index, mention)
        if whose is not None and whose in codes:  # "Russia, whose supplies climbed 24%": Russia's
            return whose, "target" if measure in UNDERGONE_MEASURES | RECEIVED_MEASURES else "actor", None
        invested = self._invested_in(index, mention)
        if invested is not None and invested in codes:  # where an investment goes is its target
            return invested, "target", None
        if self._to_region(index, mention):  # "shipments to Africa grew 22%": a partner with no code
            return None, "target", None
        return None

    def choose_parties(self, index: int, mention: Mention, measures: list[tuple[str, float]]) -> tuple[str | None, str | None, float, float]:
        """(actor, target, the actor's probability, the target's given a different actor). The party
        model reads the figure's measure; when the measure model is unsure (`measures` holds more
        than one), each party's probability is its mean under those measures, weighted by theirs."""
        total = sum(p for _, p in measures)
        under = [(weight / total, *self._party_probs(index, mention, measure)) for measure, weight in measures]
        codes = under[0][1]  # the candidates do not depend on the measure
        actor_p = [sum(w * a_p[i] for w, _, a_p, _ in under) for i in range(len(codes))]
        target_p = [sum(w * t_p[i] for w, _, _, t_p in under) for i in range(len(codes))]
        framed = self._framed_party(index, mention, measures[0][0], codes)
        if framed is not None:  # a frame names one party; the model's most probable other is the second
            code, role, other = framed
            if role == "nobody":
                return None, None, max(actor_p[0], AGENT_CONFIDENCE), max(target_p[0], AGENT_CONFIDENCE)
            if role.startswith("pair"):  # both parties named: a list's member and the party the list shares
                i, j = codes.index(code), codes.index(other)
                if role == "pair actor":
                    return code, other, max(actor_p[i], AGENT_CONFIDENCE), max(target_p[j], AGENT_CONFIDENCE)
                return other, code, max(actor_p[j], AGENT_CONFIDENCE), max(target_p[i], AGENT_CONFIDENCE)
            if code is None:  # no target: the actor is the model's own, nobody included
                a = max((i for i in range(len(codes)) if other is None or codes[i] not in other), key=actor_p.__getitem__)
                return codes[a], None, actor_p[a], max(target_p[0], AGENT_CONFIDENCE)
            i = codes.index(code)
            if role == "actor":
                t, p_target = _other_party(actor_p if other == "payer" else target_p, i)
                return code, codes[t], max(actor_p[i], AGENT_CONFIDENCE), p_target
            a, p_actor = _other_party(actor_p, i)
            return codes[a], code, p_actor, max(target_p[i], AGENT_CONFIDENCE)
        a, t = best_pair(actor_p, target_p)
        allowed = [i for i in range(len(codes)) if i == 0 or i != a]
        target_mass = sum(target_p[i] for i in allowed)
        return codes[a], codes[t], actor_p[a], target_p[t] / target_mass

    def _party_probs(self, index: int, mention: Mention, measure: str) -> tuple[list[str | None], list[float], list[float]]:
        """The candidate parties (None first) and each one's probability as actor and as target of
        the figure, given its measure."""
        weights = self.model.parties.pairs
        codes, null, parts = self._candidate_parts(index, mention, measure)
        actor_scores, target_scores = [], []
        for features, base in [(null, None)] + [(dynamic, (code, index, measure)) for code, dynamic in parts]:
            a = t = 0.0
            if base is not None:
                cached = self._base_scores.get(base)
                if cached is None:
                    cached = self._base_scores[base] = _sum_pairs(weights, self.model.parties.present(self._base_features(*base)))
                a, t = cached
            da, dt_ = _sum_pairs(weights, self.model.parties.present(features))
            actor_scores.append(a + da)
            target_scores.append(t + dt_)
        return codes, softmax(actor_scores), softmax(target_scores)

    def label(self, index: int, mention: Mention) -> Labelled:
        """Measure, actor, target and change of `mention` (offsets into the document) in sentence
        `index`, with the probability that all of them are right."""
        if self._last and (self.text[self._last[0] : mention.start] in (" (", "(") or (
                mention.kind == "money" and self._last[2] == "money"
                and _CONVERSION.fullmatch(self.text, self._last[0], mention.start))):
            self._last = (mention.end, self._last[1], mention.kind)
            self._remember(index, self._last[1].context)
            return self._last[1]  # "¥1.4 trillion ($9.5 billion)", "€4 billion, or $4.4 billion": the conversion says the same
        if index > self._sentence:
            self._forget_before(index)
            self._sentence = index
        if mention.kind == "money" and mention.value == 1 and _RATE_NOTE.match(self.text, mention.end):
            sure = RATE_NOTE_CONFIDENCE
            labelled = Labelled(Context("price", None, None, None), round(sure ** 3, 4), "actual", None, None, (sure, sure, sure, sure))
            self._last = (mention.end, labelled, mention.kind)
            return labelled  # not remembered as the figure before: a note says nothing of the story's figures
        measures = self.choose_measure(index, mention)
        measure, p_measure = measures[0]
        priced = self._priced_currency(index, mention, measure)
        if priced is not None:  # a currency's price: its party's, named or not, and no other's
            self._count_money(mention)  # still counted toward the document's local currency
            if measure != "price":
                measure, p_measure = "price", max(p_measure, AGENT_CONFIDENCE)
            actor, target, p_actor, p_target = priced, None, AGENT_CONFIDENCE, AGENT_CONFIDENCE
        else:
            actor, target, p_actor, p_target = self.choose_parties(index, mention, measures)
        change, p_change = self.choose_change(index, mention)
        period = self.period(index, mention)
        status = self.choose_status(index, mention, measures, period)
        named = self._forecasters(index, mention)
        forecasters = named[0] if named is not None and named[1] else None
        expected_by = self._expected_by(mention)
        if forecasters is not None or expected_by is not None or self._expected_figure(mention):
            status = "forecast"  # what analysts expected, or a consensus forecast
        source = expected_by or forecasters or self.source(index)
        if forecasters is None and named is not None and source == named[0]:
            source = None  # "Economists had predicted $9 billion, and the deficit in May had been $8 billion"
        labelled = Labelled(Context(measure, actor, target, change), round(p_measure * p_actor * p_target, 4),
                            status, period, source,
                            (round(p_measure, 4), round(p_actor, 4), round(p_target, 4), round(p_change, 4)))
        self.previous_status = status
        self._last = (mention.end, labelled, mention.kind)
        self._remember(index, labelled.context)
        return labelled

    def _priced_currency(self, index: int, mention: Mention, measure: str) -> str | None:
        """The party of the currency the figure prices: the currency named as its clause's subject
        ("the euro rose to $1.17"), or the currency of an exchange rate ("the rupee weakened to
        87.75 against the dollar": India; not "copper at $4.50 a pound")."""
        quoted = self._quoted_currency(index, mention)
        if quoted is not None:
            return quoted
        if (measure == "price" and mention.kind == "money" and mention.per in frame_words("quote_currency") and mention.unit
                and currencies.names().get(mention.per) != mention.unit):
            return _currency_party(mention.unit)
        return None

    def _quoted_currency(self, index: int, mention: Mention) -> str | None:
        """The party of the currency a money or percent figure prices: the currency named as the
        subject of the figure's clause ("the euro rose to $1.17", "sterling slipped 0.4% to $1.27",
        "the dollar bought 150 yen", "the Egyptian pound fell 17 percent"), when a money figure is in
        another currency."""
        if mention.kind not in ("money", "percent") or mention.per is not None or not mention.unit:
            return None
        around = self._around(index, mention)
        text = around.view.text
        m = _CURRENCY_SUBJECT.search(text, max(around.clause_start, around.start - 60), around.start)
        if m is None:
            return None
        name = m.group("cur").lower()
        iso = currencies.names().get(name) or ("KRW" if name == "won" and m.group("the") else None)
        if iso is None and name not in currencies.shared_names():
            return None  # no currency: "Exports rose to $5 billion"
        code = None if iso is None else _currency_party(iso)
        if m.group("nat"):  # "the Egyptian pound", "the Kenyan shilling": the nationality says whose
            named = place_names().get(m.group("nat"))
            code = named[0] if named is not None else code
        if code is None or code == _currency_party(mention.unit):
            return None  # "the rupee fell 2%" is the rupee's own move only with another currency's figure
        return code

    # -- when, how sure, according to whom ---------------------------------------------------
    def period(self, index: int, mention: Mention) -> when.Period | None:
        """The period phrase that governs the figure, with its dates."""
        cached = self._periods.get(index)
        if cached is None:
            view = self.view(index)
            found = when.periods(view.text, self.published, (view.starts, view.lower), self.fiscal_month())
            cached = self._periods[index] = (found, [p.start for p in found], [p.end for p in found], dict(self._named_periods))
            for named in found:  # what "during the month", "over the same period" will refer to
                self._remember_period(named, self._named_periods)
        found, starts, ends, named_before = cached
        if not found:
            return None
        around = self._around(index, mention)
        view = around.view
        near, ruled = self._period_near(index, mention)
        model = getattr(self.model, "period", None)
        k = bisect_right(ends, around.start) - 1  # the last phrase that ends before the figure
        if k >= 0 and _POSSESSIVE_GAP.fullmatch(view.text, ends[k], around.start):
            return found[k]  # "below August's 3.1%": the month's own figure
        if model is not None and near:
            candidates, features = self._period_choices(index, mention, near, ruled)
            weights = model.pairs
            scores = [sum(weights.get(f, (0.0,))[0] for f in model.present(fs)) for fs in features]
            chosen = candidates[max(range(len(candidates)), key=scores.__getitem__)]
        else:
            chosen = ruled
        if chosen is not None and chosen.kind in ("mrange", "year") and _RESPECTIVELY.search(view.text, chosen.end):
            return self._respective(index, mention, chosen)
        if chosen is not None and chosen.kind == "rel":
            return self._previous_of_named(chosen, found)
        if chosen is None or chosen.kind not in ("back", "ana"):
            return chosen
        resolved = self._refer(chosen, found, named_before)
        if resolved.first is None and resolved.last is None:  # "A year earlier, in November 2014, ...": the written date
            others = [p for p in near if p is not chosen and p.kind not in ("back", "ana")]
            written = when.choose(others, around.start, around.end, (around.clause_start, around.clause_end), view.gap, view.text)
            if written is not None and (written.first is not None or written.last is not None):
                return written
        return resolved

    def _respective(self, index: int, mention: Mention, chosen: when.Period) -> when.Period:
        """"210,000 and 230,000 bpd in March and April, respectively", "in 2023 and 2024,
        respectively": the figures of the list take the two periods in turn (the first figure the
        first period); a third figure, or a phrase that is no pair, keeps the phrase as it is."""
        names = _PAIR.fullmatch(chosen.text)
        if names is None:
            return chosen
        taken = self._respectively.setdefault((index, chosen.start), {})
        turn = taken.setdefault(mention.start, len(taken))
        if turn > 1:
            return chosen
        year = names.group("year")
        one = names.group("a" if turn == 0 else "b") + (f" {year}" if year and not names.group("a").isdigit() else "")
        found = when.periods(f"in {one}", self.published, fiscal_month=self.fiscal_month())
        if len(found) != 1:
            return chosen
        return replace(chosen, first=found[0].first, last=found[0].last, note=found[0].note)

    def _period_near(self, index: int, mention: Mention) -> tuple[list[when.Period], when.Period | None]:
        """The period phrases within the figure's reach (and a sentence's opening one: a sentence of
        any length costs the same per figure), and the one the distance rule of when.choose picks."""
        found, starts, ends, _ = self._periods[index]
        around = self._around(index, mention)
        near = found[bisect_left(ends, around.near_start) : bisect_right(starts, around.near_end)]
        if found and found[0].start <= when.OPENING and (not near or near[0] is not found[0]):
            near = [found[0], *near]
        ruled = when.choose(near, around.start, around.end, (around.clause_start, around.clause_end), around.view.gap, around.view.text)
        return near, ruled

    def period_candidates(self, index: int, mention: Mention) -> tuple[list[when.Period | None], list[list[str]]]:
        """The figure's candidate periods (None first: the sentence gives it none) with each one's
        features (see _period_choices). Call after period() has read the sentence."""
        return self._period_choices(index, mention, *self._period_near(index, mention))

    def _period_choices(self, index: int, mention: Mention, near: list[when.Period],
                        ruled: when.Period | None) -> tuple[list[when.Period | None], list[list[str]]]:
        """None and the phrases in reach but the day of a statement (never the figure's period, as
        the guideline says) and a base after "from" ("down 30.9% from August"), each with its features: where it stands from the figure, what stands
        between, and whether the distance rule picks it."""
        around = self._around(index, mention)
        view, start, end = around.view, around.start, around.end
        text = view.text
        near = [p for p in near if not when.dates_a_statement(p, text) and not when.base_after_from(p, text)]
        k = "|k=" + mention.kind
        null = ["NULL", "NULL" + k, "NULL|n=" + _bucket(len(near)), "NULL|rule=" + str(ruled is None)]
        out: list[list[str]] = [null]
        befores = [p for p in near if p.end <= start]
        afters = [p for p in near if p.start >= end]
        for p in near:
            if p.start < end and p.end > start:
                side, gap, between = "i", 0, ""
            elif p.end <= start:
                side, gap, between = "b", view.gap(p.end, start), text[p.end : start]
            else:
                side, gap, between = "a", view.gap(end, p.start), text[end : p.start]
            inside = around.clause_start <= p.start and p.end <= around.clause_end
            order = ("near" if (side == "b" and p is befores[-1]) or (side == "a" and p is afters[0]) else "far")
            word = _TOKEN_BEFORE.search(text[max(0, p.start - 24) : p.start])
            prev = word.group(1).lower() if word else "^"
            numbers = sum(1 for n in _NUMBER.finditer(between) if not any(
                q.start <= n.start() + (p.end if side == "b" else end) < q.end for q in near))
            where = f"{side}|{_bucket(gap)}|in={inside}"
            f = ["P", "P" + k, "kind=" + str(p.kind), "kind=" + f"{p.kind}|{side}", "where=" + where, "order=" + f"{order}|{side}",
                 "prev=" + prev, f"prev={prev}|{side}", "nums=" + _bucket(numbers) + "|" + side, "rule=" + str(p is ruled),
                 "open=" + str(p.start <= when.OPENING), "dated=" + str(p.first is not None or p.last is not None)]
            if p.kind in ("now", "back", "rel", "ana", "sofar", "sofarbare"):  # closed-class phrases: "currently", "a year earlier"
                f.append("text=" + " ".join(p.text.lower().split()))
            possessive = side == "b" and text.startswith(("'s", "’s"), p.end) and gap <= POSSESSIVE_REACH and not numbers
            if when.compared(p, text) and not possessive:  # "up from July's average of $64": July's own figure
                f.append("cmp")
            if when.elsewhere(p, start, end, text):
                f.append("elsewhere|" + side)
            out.append(f)
        return [None, *near], out

    def _refer(self, chosen: when.Period, found: list[when.Period], named_before: dict[str, when.Period]) -> when.Period:
        """The dates of a phrase that refers to a period named before it ("during the month", "in
        the same quarter a year earlier"): the ones of earlier sentences, then of its own before it."""
        named = dict(named_before)
        for period in found:
            if period.end <= chosen.start:
                self._remember_period(period, named)
        if chosen.kind == "back":  # "a year earlier": the period named before, a year back
            same = re.search(r"same\s+(\w+)", chosen.text, re.IGNORECASE)
            earlier = _named(named, same.group(1) if same else "period")
            if earlier is not None:
                return when.Period(chosen.start, chosen.end, chosen.text, when.year_back(earlier.first),
                                   when.year_back(earlier.last), None, chosen.kind)
            return chosen
        year = re.search(r"(?:19|20)\d\d$", chosen.text)
        earlier = _named(named, chosen.text.split()[-3 if year else -1])  # "in the same month (of 2024)"
        if earlier is None:
            return chosen
        first, last = earlier.first, earlier.last
        if year is not None:
            try:
                first, last = first.replace(year=int(year.group())), last.replace(year=int(year.group()))
            except ValueError:  # 29 February
                first, last = first.replace(year=int(year.group()), day=28), last.replace(year=int(year.group()), day=28)
        return when.Period(chosen.start, chosen.end, chosen.text, first, last, None, chosen.kind)

    @staticmethod
    def _previous_of_named(chosen: when.Period, found: list[when.Period]) -> when.Period:
        """"in October from $24 billion in the previous month": "the previous (prior, preceding)
        month, quarter or year" after a period of that length named earlier in its sentence is the
        one before that period, not before the published date."""
        words = chosen.text.lower().split()
        if not {"previous", "prior", "preceding"} & set(words):
            return chosen
        unit = words[-1]
        named: dict[str, when.Period] = {}
        for period in found:
            if period.end <= chosen.start and period.kind not in ("rel", "ana", "back"):
                Labeller._remember_period(period, named)
        earlier = named.get(unit)
        if earlier is None or unit not in _UNIT_MONTHS:
            return chosen
        months = _UNIT_MONTHS[unit]
        first = when.add_months(earlier.first, -months)
        return when.Period(chosen.start, chosen.end, chosen.text, first, when.add_months(first, months) - dt.timedelta(days=1),
                           None, chosen.kind)

    @staticmethod
    def _remember_period(period: when.Period, named: dict[str, when.Period]) -> None:
        """Keep the latest dated period of the document in `named`, by its length (a month, a
        quarter, a year) and as "period"."""
        if period.kind in ("ana", "back") or period.first is None or period.last is None:
            return
        days = (period.last - period.first).days + 1
        unit = "month" if 28 <= days <= 31 else "quarter" if 89 <= days <= 92 else "year" if 365 <= days <= 366 else None
        if unit:
            named[unit] = period
        if days >= 28:  # "the same period" is never the day a statement was made
            named["period"] = period

    def source(self, index: int) -> str | None:
        """Who the figure's sentence credits."""
        if index not in self._sources:
            view = self.view(index)
            found = attribution.source(view.text, view.lower)
            if found is None:  # "..., he said": the person (or "it": the body) credited before
                pronoun = attribution.credited_pronoun(view.text, view.lower)
                if pronoun is not None:
                    found = self._credited.get(pronoun)
                    if found is None and pronoun == "he":  # a person named before without a verb of saying
                        found = self._person_before(self.sentences[index].start)
                if found is None:  # a sentence inside a quotation: its speaker, named after it closes
                    found = self._speaker_after(index)
            elif any(found.lower() in m.group("who").lower() for m in _EXPECTED_BY.finditer(view.text)):
                found = None  # "ahead of the $43.3 billion analysts had forecast" credits that figure only
            elif attribution.is_person(found):
                self._credited["he"] = found
            else:
                self._credited["it"] = found
            self._sources[index] = found
        return self._sources[index]

    def _expected_by(self, mention: Mention) -> str | None:
        """Who a figure's own relative clause credits: "the $43.3 billion analysts had forecast",
        "above the 2.5% that economists expected", "the ¥890 billion (₹530 billion) analysts had
        pencilled in": the figure is their expectation, whoever the sentence credits."""
        m = (_EXPECTED_BY.match(self.text, mention.end, mention.end + EXPECTED_REACH)
             or _EXPECTED_BY_PASSIVE.match(self.text, mention.end, mention.end + EXPECTED_REACH))
        return m.group("who") if m else None

    def _forecasters(self, index: int, mention: Mention) -> tuple[str, bool] | None:
        """The forecasters named last before the figure in its sentence, and whether the figure is
        their expectation ("Economists had expected a 3.4 percent gain"): in their reach, with
        their own clause opening at them and no other clause between. A long sentence costs each
        figure the same: only FORECASTERS_REACH characters and a few more are read."""
        sentence = self.sentences[index]
        found = None
        for found in _FORECASTERS.finditer(self.text, max(sentence.start, mention.start - FORECASTERS_REACH - 80), mention.start):
            pass
        if found is None:
            return None
        lo = max(sentence.start, found.start() - 16)
        opens = (lo == sentence.start and not self.text[lo : found.start()].strip()  # the sentence's first words
                 or _CLAUSE_OPENING.search(self.text, lo, found.start()) is not None)
        # not "worse than the 3% decline analysts had expected and deeper than the 4% slide in May",
        # nor "..., but exports rose 5%": another clause
        governs = (mention.start - found.end() <= FORECASTERS_REACH and opens
                   and not _CLAUSE_TURN.search(self.text, found.end(), mention.start))
        return found.group("who"), governs

    def _expected_figure(self, mention: Mention) -> bool:
        """Whether the words just before the figure say it is what was expected ("beating forecasts
        of 3% growth", "were expected to have risen 11.0%"); not a count ("the median forecast of 15
        economists" counts who forecast)."""
        return mention.kind != "count" and _EXPECTED_FIGURE.search(self.text, max(0, mention.start - 60), mention.start) is not None

    def _speaker_after(self, index: int) -> str | None:
        """"“... costs hundreds of billions of dollars? You call that no action?” Trump said.": a
        sentence inside a quotation that opened before it is credited to the speaker named where
        the quotation closes, within QUOTE_REACH characters."""
        sentence = self.sentences[index]
        opened = self.text.rfind("“", max(0, sentence.start - QUOTE_REACH), sentence.start + 1)
        if opened < 0 or "”" in self.text[opened : sentence.start + 1]:
            return None  # no quotation open at the sentence's start
        closed = self.text.find("”", sentence.start, sentence.start + QUOTE_REACH)
        if closed < 0:
            return None
        after = self.text[closed + 1 : closed + 1 + SPEAKER_REACH]
        said = _SPEAKER.match(after)
        return attribution.source("”" + said.group(), None) if said else None

    def _person_before(self, offset: int) -> str | None:
        """The last person's name of the text before `offset` ("Vinod Gupta, who heads the
        council, ..."): two or three capitalised words that name no place, body or company."""
        start = max(0, offset - PERSON_REACH)
        found = None
        for m in _PERSON.finditer(self.text, start, offset):
            name = m.group()
            words = name.split()
            while words and (words[0].lower() in attribution.OPENERS or words[0].lower() in when.CALENDAR_WORDS):
                words = words[1:]  # "In May Donald Trump" -> "Donald Trump"
            name = " ".join(words)
            if (len(words) >= 2 and attribution.is_person(name) and place_names_form(name) in ("name", "person")
                    and not any(w.lower() in _NOT_PERSON or w.lower() in when.CALENDAR_WORDS for w in words)):
                found = name
        return found

    def status_features(self, index: int, mention: Mention, measure: str, period: when.Period | None) -> list[str]:
        """Whether the figure happened, is forecast or only proposed: modal and reporting words
        around it and in its clause, its measure, and whether its period lies ahead."""
        view, start, end, left, right, near_start, near_end, clause_start, clause_end, lo, hi = self._around(index, mention)
        out = ["b", "m=" + measure, "k=" + mention.kind, "chg=" + str(mention.change)]
        if self.previous_status is not None:
            out.append("pstatus=" + self.previous_status)  # figures of a passage share their status
        out += ["Lw=" + _STEMS[w] for w in left[:STATUS_WINDOW]] + ["Rw=" + _STEMS[w] for w in right[:STATUS_WINDOW]]
        out += ["L1=" + w for w in left[:1]] + ["L2=" + w for w in left[1:2]]
        out += ["C=" + stem for stem in view.stems[lo:hi]]
        cues = status_cues()
        out += ["cue=" + cues[word] for word in view.lower[lo:hi] if word in cues]
        out += ["cueL=" + cues[w] for w in left[:4] if w in cues]
        # every status cue of the sentence by its side of the figure and its distance in words
        first, last = view.inside(start, end)
        placed = self._status_cue_positions(index)
        # the cues within 8 words, and of the ones further away the nearest FAR_CUES of each status on
        # each side: a sentence of any length costs each figure the same
        near_lo = bisect_left(placed, (first - 8, ""))
        near_hi = bisect_left(placed, (last + 9, ""))
        far: Counter = Counter()
        for k, status in placed[near_lo:near_hi]:
            side = "b" if k < first else "a" if k >= last else "i"
            gap = first - k if side == "b" else k - last if side == "a" else 0
            out.append(f"cue={status}@{side}{_bucket(gap)}")
            out.append(f"cue={status}|m={measure}")  # "would" lists the vessels of a proposed package, forecasts growth
        for side, cues_far in (("b", reversed(placed[max(0, near_lo - 3 * FAR_CUES) : near_lo])), ("a", placed[near_hi : near_hi + 3 * FAR_CUES])):
            for _, status in cues_far:
                if far[status, side] < FAR_CUES:
                    far[status, side] += 1
                    out.append(f"cue={status}@{side}9+")
        out += ["Pcue=" + status for status in self._cues_before(index)]
        if period is None:
            out.append("period=none")
        elif self.published is None or (period.first is None and period.last is None):
            out.append("period=undated")
        else:
            ahead = (period.first or period.last) > self.published
            behind = (period.last or period.first) < self.published
            out.append("period=" + ("ahead" if ahead else "behind" if behind else "now"))
            out.append(("period=ahead|m=" if ahead else "period=behind|m=" if behind else "period=now|m=") + measure)
        return out

    def _status_cue_positions(self, index: int) -> list[tuple[int, str]]:
        """Where sentence `index`'s status cues are (word index, status), in order; read once a sentence."""
        placed = self._status_positions.get(index)
        if placed is None:
            cues = status_cues()
            placed = self._status_positions[index] = [(k, cues[word]) for k, word in enumerate(self.view(index).lower) if word in cues]
        return placed

    def _cues_before(self, index: int) -> tuple[str, ...]:
        """The statuses the sentence before `index` has cues of ("The bank published new projections.
        Inflation is put at 3.9%"), in order; read from its text, so no view of it is kept."""
        if self._cues_before_last[0] != index:
            found: tuple[str, ...] = ()
            if index > 0:
                s = self.sentences[index - 1]
                cues = status_cues()
                found = tuple(sorted({cues[w] for w in (m.group().lower() for m in _WORD.finditer(self.text, s.start, s.end)) if w in cues}))
            self._cues_before_last = (index, found)
        return self._cues_before_last[1]

    def status_sentence_features(self, index: int) -> list[str]:
        """What the whole sentence and the document say of status: their status cues (their other
        words are too specific)."""
        cues = status_cues()
        out = ["Scue=" + status for _, status in self._status_cue_positions(index)]
        if self._document_cues is None:
            found = Counter(cues[m.group().lower()] for m in find_lowered(_status_cue_pattern(), self.text, self.lowered))
            self._document_cues = [f"Dcue={status}" for status, n in found.items() if n >= DOC_CUES_MIN]
        return out + self._document_cues

    def choose_status(self, index: int, mention: Mention, measures: list[tuple[str, float]], period: when.Period | None) -> str:
        """actual, forecast or proposed; as for the parties, each status's probability is its mean
        under the likely measures, weighted by theirs."""
        model = getattr(self.model, "status", None)
        if model is None:
            return "actual"
        shared = self._status_scores.get(index)
        if shared is None:
            shared = self._status_scores[index] = model.label_scores(self.status_sentence_features(index))
        total = sum(p for _, p in measures)
        mixed = np.zeros(len(model.questions))
        for measure, weight in measures:
            scores = shared + model.label_scores(self.status_features(index, mention, measure, period))
            probs = np.exp(scores - scores.max())
            mixed += weight / total * probs / probs.sum()
        return model.questions[int(mixed.argmax())]

    def _remember(self, index: int, about: Context) -> None:
        self.previous = (index, about)
        self._by_measure[about.measure] = about
        if about.measure in IMPOSED and about.actor:
            self._imposer = about.actor


def best_pair(actor_p: list[float], target_p: list[float]) -> tuple[int, int]:
    """The most probable (actor, target) of two independent choices over the same candidates
    (index 0: nobody) when one party cannot be both: a party likely actor but likelier target is
    the target, and the actor is the next best."""
    a = max(range(len(actor_p)), key=actor_p.__getitem__)
    t = max(range(len(target_p)), key=target_p.__getitem__)
    if a != t or a == 0:
        return a, t
    others = [i for i in range(len(actor_p)) if i != a]  # nobody (0) is among them
    second_t = max(others, key=target_p.__getitem__)
    second_a = max(others, key=actor_p.__getitem__)
    return (second_a, t) if actor_p[second_a] * target_p[t] > actor_p[a] * target_p[second_t] else (a, second_t)


@cache
def _directions() -> dict[str, str]:
    """Change verbs and nouns (data/change.csv, as the grammar reads it) -> up | down."""
    words = rules().change_words
    return {**words["verb"], **words["noun_of"]}


def _first_subject(found) -> str | None:
    """The code of a sentence's first place that is its subject, owner or leader."""
    return next((p.code for p in found if p.role in _SUBJECT_ROLES), None)


def _named(named: dict[str, when.Period], unit: str) -> when.Period | None:
    """The latest period named of a unit ("month", "quarter", "year"), else the latest of any."""
    unit = unit.lower()
    return named.get(unit if unit in ("month", "quarter", "year") else "period")


def _sum_pairs(weights: dict[str, tuple[float, float]], features: list[str]) -> tuple[float, float]:
    """The actor and target scores of a feature list."""
    a = t = 0.0
    for feature in features:
        pair = weights.get(feature)
        if pair is not None:
            a += pair[0]
            t += pair[1]
    return a, t


_PARTY_NOUNS = frozenset({"country", "nation", "economy", "state", "member", "government", "partner", "market"})


@cache
def fiscal_months() -> dict[str, int]:
    """Country code -> the month its fiscal year starts in, where not April."""
    return {row["code"]: int(row["start_month"]) for row in table("fiscal_years")}


def place_names_form(name: str) -> str:
    entry = place_names().get(name)
    return entry[1] if entry else "name"
