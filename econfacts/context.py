"""What a figure is about: measure, actor and target, from the words around it.

Measure: every cue of data/measure_cues.csv in the sentence scores weight / (1 + words between
the cue and the figure); the best cue wins. A sentence without a cue continues the previous
figure's subject when it follows straight on ("That compared to 4,566 tons"), else "other".

Actor and target: places (countries from the countryinfo library: names, alternative spellings,
demonyms and capitals; blocs, institutions and leaders from data/places.csv) are read with the
role the sentence gives them: after a direction word of data/roles.csv ("tariffs on India",
"exports to America", "imported from Mexico") a place is a target; "by X" and "X's" make an
actor; a bare name or adjective is the subject. A place that modifies a cue of another measure
("U.S. tariffs" next to an income figure) belongs to that cue, not to the figure. Imposing
measures (tariff, sanctions, price cap, penalty, aid) fall back on the document's main agent when
the sentence names none ("The president ..."); other measures carry the actor of the previous
figure of the same measure in the preceding sentence.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from econfacts._data import alternation, table
from econfacts.mentions import Mention
from econfacts.sentences import Sentence

IMPOSED = frozenset({"tariff", "sanctions", "price_cap", "penalty", "aid"})
GOODS = frozenset({"goods", "products", "imports", "exports", "oil", "energy", "gas", "coal"})
_WORD = re.compile(r"[\w][\w'’.-]*")
_LINK = re.compile(r"^\W*(?:[\w'’.-]+\W+){0,3}(?:on|against|targeting|of)\W+(?:[\w'’.,$-]+\W+){0,4}$")
_VERB = re.compile(r"^(?:\w+ed|hit|buys?|sells?|cut|spend|ban|fine|freeze|charges?|will|would|may|must|has|have|is|was)$")
_WITH = re.compile(r"^\W*(?:[\w'’.$-]+\W+){0,3}with\W*$")
_OTHER_FIGURE = re.compile(r"\d(?![\d\s,.]*(?:,|to|or|and|0r)?[\d\s,.]*$)")
_CAUSE = re.compile(r"\b(?:due to|because of|amid|in response to|owing to|thanks to)\W+(?:[\w'’.-]+\W+){0,2}$", re.IGNORECASE)
_ADJACENT = re.compile(r"^\s*(?:\(|at\s+|:\s*)(?:about\s+|around\s+|nearly\s+)?$")
_JOINT = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)$")
_DETERMINERS = frozenset({"the", "all", "its", "their", "a", "an", "some", "most", "much", "many", "every", "each", "any"})


@dataclass(frozen=True, slots=True)
class Context:
    """The subject of a figure."""

    measure: str | None
    actor: str | None
    target: str | None


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


@cache
def _cue_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, float]]]:
    rows = table("measure_cues")
    parts, lookup = [], {}
    for row in sorted(rows, key=lambda r: len(r["cue"]), reverse=True):
        cue = row["cue"]
        body = re.escape(cue.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if cue.endswith("*") else "")
        parts.append(body)
        lookup[cue.rstrip("*").lower()] = (row["measure"], float(row["weight"]))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
    return pattern, lookup


def _cue_of(matched: str) -> tuple[str, float]:
    _, lookup = _cue_pattern()
    key = " ".join(matched.lower().split())
    while key and key not in lookup:  # a starred cue: strip the ending it matched
        key = key[:-1]
    return lookup[key]


def cues(sentence: str) -> list[Cue]:
    """Measure cues in a sentence."""
    pattern, _ = _cue_pattern()
    out = []
    for m in pattern.finditer(sentence):
        measure, weight = _cue_of(m.group())
        out.append(Cue(m.start(), m.end(), measure, weight))
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
    for row in table("places"):  # the project's table wins over the library
        names[row["alias"]] = (row["code"], row["form"])
    return names


@cache
def _place_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])(?:" + alternation(list(place_names())) + r")(?![\w$])(?!\.\w)")


@cache
def _roles() -> dict[str, str]:
    return {row["word"]: row["role"] for row in table("roles")}


def _is_cue_word(word: str) -> bool:
    return word in GOODS or _cue_pattern()[0].fullmatch(word) is not None


@cache
def _generic_counts() -> frozenset[str]:
    return frozenset(row["noun"] for row in table("generic_counts"))


def places(sentence: str) -> list[Place]:
    """Places in a sentence with the role the words around them give."""
    names = place_names()
    roles = _roles()
    out = []
    for m in _place_pattern().finditer(sentence):
        code, form = names[m.group()]
        before = [w.lower() for w in _WORD.findall(sentence[max(0, m.start() - 40) : m.start()])]
        while before and before[-1] in _DETERMINERS:
            before.pop()
        phrase = " ".join(before[-2:])
        after = sentence[m.end() : m.end() + 40]
        owner = after.startswith(("'s", "’s", "' ", "’ "))
        rest = after.split(None, 1)[1] if owner and len(after.split(None, 1)) > 1 else after.lstrip() if after[:1] == " " else ""
        following = _WORD.match(rest)
        head = following.group().lower().rstrip(".") if following and following.group()[0].islower() else ""
        words = [w.lower() for w in _WORD.findall(sentence[m.end() : m.end() + 60])[:6]]
        undergoes = any(roles.get(w) == "undergoes" for w in words[:3]) or any(
            roles.get(f"{a} {b}") == "undergoes" for a, b in zip(words, words[1:]))
        if roles.get(phrase) == "none" or (before and roles.get(before[-1]) == "none"):
            role = "none"
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
        out.append(Place(m.start(), m.end(), code, role, head))
    return out


def _coordinated(sentence: str, place: Place, named: list[Place]) -> bool:
    """Whether a place is one of a list of places ("India and Brazil", "Indonesia, Malaysia, and ...")."""
    for other in named:
        if other is place:
            continue
        between = sentence[other.end : place.start] if other.end <= place.start else sentence[place.end : other.start]
        if _JOINT.match(between):
            return True
    return False


def _gap_words(sentence: str, a: int, b: int) -> int:
    return len(_WORD.findall(sentence[a:b])) if b > a else 0


def _head_measure(place: Place, chunk: str, cue_at: dict[int, Cue]) -> str | None:
    if not place.head:
        return None
    cue = cue_at.get(chunk.find(place.head, place.end))
    return cue.measure if cue else None


def _between(sentence: str, found: list[Cue], a: int, b: int) -> bool:
    """Whether a cue other than a goods noun stands in [a, b)."""
    return any(a <= c.start and c.end <= b and sentence[c.start : c.end].lower() not in GOODS for c in found)


def measure_score(
    sentence: str, start: int, end: int, kind: str, unit: str, found: list[Cue], change: str | None = None
) -> tuple[str | None, float]:
    """(measure, score of the winning cue) of the figure at [start, end) of `sentence`."""
    best, best_score = None, 0.0
    for cue in found:
        linked = False
        if cue.end <= start:
            gap_text = sentence[cue.end : start]
            gap = _gap_words(sentence, cue.end, start)
            # "tariffs on all $505.5 billion", "fine of £10m", "sanctions on 29 vessels"
            linked = cue.measure in IMPOSED and bool(_LINK.match(gap_text)) and not _between(sentence, found, cue.end, start)
        elif cue.start >= end:
            gap_text = sentence[end : cue.start]
            gap = _gap_words(sentence, end, cue.start)
            # "$60 billion in U.S. imports with tariffs"
            linked = cue.measure in IMPOSED and bool(_WITH.match(gap_text)) and not _between(sentence, found, end, cue.start)
        else:
            gap_text, gap = "", 0
        if linked:
            gap = 0
        elif _OTHER_FIGURE.search(gap_text):
            gap += 1  # another figure stands between: the cue is more likely its own
        score = cue.weight / (1 + gap)
        if _CAUSE.search(sentence[max(0, cue.start - 25) : cue.start]):
            score *= 0.3  # "fall 30 pc to USD 60.6 bn due to Trump tariff": the cause, not the subject
        if kind == "percent" and cue.measure == "trade" and not change and cue.end <= start:
            score *= 0.5  # "imports from 10 to 25 percent" is rarely a share of trade; "exports fell 15%" is
        if kind == "percent" and cue.measure in ("tariff", "price_cap"):
            # a tariff is a rate, not a rise or fall: "a 25% tariff" vs "exports fell 30% under tariffs"
            score *= 0.5 if change else 2.0
        if score > best_score:
            best, best_score = cue.measure, score
    if kind == "count" and unit in _generic_counts() and best_score < 0.5:
        return "other", 1.0
    return best, best_score


class Labeller:
    """Labels the figures of one document in reading order, remembering the last ones."""

    def __init__(self, text: str, sentences: list[Sentence]):
        self.text = text
        self.sentences = sentences
        self._cues: dict[int, list[Cue]] = {}
        self._places: dict[int, list[Place]] = {}
        self._last: tuple[int, Context] | None = None
        self._by_measure: dict[str, Context] = {}
        self._last_end: int | None = None
        self._last_kind: str | None = None
        self._last_change: str | None = None
        self._agent: str | None | bool = False  # computed on first use

    def _sentence(self, index: int) -> tuple[str, list[Cue], list[Place]]:
        s = self.sentences[index]
        chunk = self.text[s.start : s.end]
        if index not in self._cues:
            self._cues[index] = cues(chunk)
            self._places[index] = places(chunk)
        return chunk, self._cues[index], self._places[index]

    def agent(self) -> str | None:
        """The document's main agent: the code most often named as the one acting (leaders and
        institutions count double)."""
        if self._agent is False:
            counts: Counter[str] = Counter()
            for index in range(len(self.sentences)):
                _, _, named = self._sentence(index)
                for p in named:
                    if p.role in ("actor", "leader", "owner", "subject"):
                        counts[p.code] += 2 if p.role in ("actor", "leader") else 1
            self._agent = counts.most_common(1)[0][0] if counts else None
        return self._agent  # type: ignore[return-value]

    def _agent_besides(self, target: str | None) -> str | None:
        """The main agent, unless it is the figure's own target."""
        agent = self.agent()
        return agent if agent != target else None

    def imposer(self, measure: str) -> str | None:
        """Who imposes a measure when the sentence does not say: the actor of the document's last
        figure of that measure, else the document's main agent."""
        same = self._by_measure.get(measure)
        return same.actor if same is not None and same.actor else self.agent()

    def label(self, index: int, mention: Mention) -> Context:
        """Measure, actor and target of `mention` (offsets into the document) in sentence `index`."""
        chunk, found, named = self._sentence(index)
        offset = self.sentences[index].start
        start, end = mention.start - offset, mention.end - offset
        if self._last and self._last_end is not None and self.text[self._last_end : mention.start] in (" (", "("):
            self._last_end = mention.end
            return self._last[1]  # "¥1.4 trillion ($9.5 billion)": the conversion says the same
        self._last_end = mention.end
        measure, strength = measure_score(chunk, start, end, mention.kind, mention.unit, found, mention.change)
        if (self._last and self._last[0] == index and strength < 0.35 and self._last_kind == mention.kind
                and self._last_change == mention.change):
            measure = self._last[1].measure  # "a 25% tariff ... and China at 30 per cent": parallel figures
        self._last_kind, self._last_change = mention.kind, mention.change
        last = self._last if self._last and index - self._last[0] <= 1 else None
        if measure is None:
            measure = last[1].measure if last else "other"
        actor, target, named_any = self._parties(chunk, start, end, measure, found, named, mention.kind)
        same = self._by_measure.get(measure)
        if not named_any and same is not None and measure != "other":
            actor, target = same.actor, same.target  # the passage goes on about the same subject
        elif actor is None and measure in IMPOSED:
            # a penalty's regulator is not guessed from the passage's main agent
            actor = same.actor if same is not None and same.actor else None if measure == "penalty" else self._agent_besides(target)
        elif actor is None and last and last[0] == index and last[1].measure == measure:
            actor, target = last[1].actor, target or last[1].target  # "1.44 million tons ..., 1.23 million tons"
        elif target is None and same is not None and actor is not None and actor == same.actor:
            target = same.target  # "China's surplus came in at ...": still the surplus with the U.S.
        if measure == "spending" and target is not None:
            imposed = [c for c in found if c.measure in IMPOSED]
            if imposed:  # "sanctions ... that cost Russia $X": the cost to a country measures the sanctions
                measure = min(imposed, key=lambda c: abs(c.start - start)).measure
                if actor is None or actor == target:
                    actor = self._agent_besides(target)
        if measure == "penalty" and not any(p.role == "target" and p.code == target for p in named):
            target = None  # a penalty's other side is a company unless the text names a country
        if measure == "other":
            target = None  # a figure about nothing in particular has no other side
        context = Context(measure, actor, target if target != actor else None)
        self._last = (index, context)
        self._by_measure[measure] = context
        return context

    def _parties(
        self, chunk: str, start: int, end: int, measure: str, found: list[Cue], named: list[Place], kind: str
    ) -> tuple[str | None, str | None, bool]:
        """(actor, target, whether any usable place was named) for the figure at [start, end)."""
        cue_at = {c.start: c for c in found}
        actors: list[tuple[float, Place]] = []
        targets: list[tuple[float, Place]] = []
        usable = 0
        for place in named:
            inside = place.start < end and place.end > start
            if (inside and kind != "count") or place.role == "none":
                continue  # a count's own noun ("1,300 Chinese goods") may name the target
            if place.head:
                head_at = chunk.find(place.head, place.end)
                head_cue = cue_at.get(head_at)
                if head_cue and head_cue.measure != measure and not (place.head in GOODS and measure in IMPOSED):
                    continue  # "U.S. tariffs" beside an income figure: the place is the tariff's
            usable += 1
            if inside:
                distance = 0
            elif place.end <= start:
                distance = _gap_words(chunk, place.end, start)
            else:
                distance = _gap_words(chunk, end, place.start)
            role = place.role
            if role == "modifier" and measure in IMPOSED and place.head in GOODS:
                role = "target"  # "tariffs on Indian goods"
            if role == "target":
                targets.append((distance, place))
            elif measure == "other" and role != "owner":
                continue
            elif measure not in IMPOSED and role in ("subject", "actor", "leader", "owner") and not (
                (place.end <= start and distance <= 8) or (role == "owner" and _head_measure(place, chunk, cue_at) == measure)
            ):
                continue  # who earns, spends or trades stands just before the figure
            else:
                # a leader or agency named before the figure ranks like a subject, after it like "by X"
                rank = {"actor": 0, "owner": 1, "subject": 2, "modifier": 3}.get(role, 0 if place.start >= end else 2)
                if place.start >= end:
                    distance += 3  # actors lead, objects follow
                actors.append((distance + 4 * rank, place))
        actors.sort(key=lambda dp: dp[0])
        targets.sort(key=lambda dp: dp[0])
        actor = actors[0][1] if actors else None
        target = next((p for _, p in targets if actor is None or p.code != actor.code), None)
        adjacent = [p for p in named if p.role == "subject" and p.end <= start and _ADJACENT.match(chunk[p.end : start])]
        if measure in ("tariff", "sanctions") and adjacent and (target is None or actor is adjacent[-1]):
            # "Vietnam (20 per cent)", "China at 30 per cent": the rate a country is charged
            agent = self.imposer(measure)
            target = adjacent[-1]
            actor = None if agent == target.code else next((p for _, p in actors if p.code == agent), None)
            if actor is None and agent and agent != target.code:
                return agent, (None if _coordinated(chunk, target, named) else target.code), True
        elif measure in ("tariff", "sanctions") and target is None and actor is not None and actor.role == "subject":
            others = [p for _, p in actors[1:] if p.code != actor.code and p.role == "subject"]
            if others:  # "China responded with a tariff on ... that the U.S. imports": first acts
                first, second = sorted([actor, others[0]], key=lambda p: p.start)
                actor, target = first, second
            else:
                agent = self.imposer(measure)
                near = actors[0][0] <= 2 + 4 * 2
                if near and agent and agent != actor.code:  # "Vietnam (20 per cent)": the named one is hit
                    actor, target = None, actor
        if target is not None and _coordinated(chunk, target, named):
            target = None  # several countries: no single target
        return (actor.code if actor else None), (target.code if target else None), usable > 0

