"""Who a sentence credits for its figures ("according to Kpler", "OFAC said", "said Lindsey
Graham", "LSEG data show", "data from the customs office"), as written, shortest name.

The words that credit (reporting verbs, evidence nouns, job titles, descriptors) are data
(data/attribution.csv); a name is a run of capitalised words (with "of", "and", "for", "&"
inside it), or "the" + a lower-case institution noun ("the ministry", "the central bank").
"""
from __future__ import annotations


import re
from functools import cache

from econfacts._data import table
from econfacts.when import CALENDAR_WORDS

# lower-case heads that name a body or group when they stand alone ("the ministry said", "the
# monitors found"): data/attribution.csv (kind body), and the nouns that refer back to a company
# (data/firm_nouns.csv: "the carmaker said")
BODIES = frozenset(row["word"] for row in table("attribution") if row["kind"] == "body") | frozenset(
    row["word"] for row in table("firm_nouns"))
# auxiliaries and adverbs between a subject and its verb: "Reuters has reported", "the Fund still expects"
_AUXILIARIES = frozenset({"has", "have", "had", "also", "previously", "already", "earlier", "later", "then", "now", "again",
                          "still", "separately", "recently", "reportedly", "repeatedly", "officially", "publicly", "jointly",
                          "initially", "originally", "subsequently", "similarly", "formally"})
# "the Centre for Research on Energy and Clean Air (CREA)", "the Turkish Statistical Institute (TurkStat)": one word of two
# capitals or more
_ACRONYM = re.compile(r"\(([A-Z][^\W\d_]*[A-Z][^\W\d_]*|[A-Z][A-Z&]*[A-Z])\)")
PRONOUNS = frozenset({"i", "we", "you", "it", "he", "she", "they", "this", "that", "which", "who"})  # never a source
# capitalised only because they open a sentence: never a name on their own
OPENERS = frozenset("""in on at for by with from the a an this that these those but and or as if when while after
before since last next its their his her our some many most all both each other such""".split())
_NAME_LINK = frozenset({"of", "and", "for", "on", "&", "de", "der", "von", "van", "al", "bin"})
_PARTICLES = frozenset({"de", "der", "den", "von", "van", "al", "bin", "da", "di", "du", "la", "le"})  # "von der Leyen"
# words that may stand before a body named without an article, and are no part of its name
_BEFORE_BODY = OPENERS | frozenset({"to", "of", "said", "says", "that", "per", "showed", "show", "shows", "according", "citing"})
# capitalised heads of a body's name that an "of the ..." completes: "the Office of the United States Trade Representative"
_BODY_HEADS = BODIES | frozenset({"centre", "center", "organisation", "organization", "association", "federation", "union",
                                  "board", "university", "school", "chamber", "court", "directorate", "secretariat"})
_DETERMINERS = ("the ", "an ", "a ")
_STAFF = frozenset({"analysts", "economists", "researchers", "experts", "strategists"})  # credited to their body
_ADJECTIVE = re.compile(r"(?:able|ible|ary|ive|ing|ed)$|-[a-z]")  # an opening word that describes, not names
_DOCUMENTS = frozenset({"report", "survey", "study", "paper", "analysis", "statement", "letter", "review", "bulletin", "assessment"})  # a document credited on its own
MAX_NAME_WORDS = 10  # a longer run is a clause, not a name
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w(?:[\w'’&-]|\.(?=\w))*|[^\w\s]")  # words ("U.N.", "Lindsey") and punctuation


@cache
def _words() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in table("attribution"):
        out.setdefault(row["kind"], set()).add(row["word"])
    return out


@cache
def _according() -> re.Pattern[str]:
    return re.compile(r"\b(?:according to|data from|figures from|statistics from|a statement from|citing|cited by|as reported by)\s+", re.IGNORECASE)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _after_name(words: list[str], descriptors: set[str]) -> bool:
    """Whether the words after the last capitalised one are all descriptors ("the Interfax news
    agency"): only then are they dropped ("the customs agency" has no name to keep)."""
    last = max((k for k, w in enumerate(words[:-1]) if w[:1].isupper()), default=-1)
    return last >= 0 and all(w in descriptors for w in words[last + 1 :])


def _trim(words: list[str], possessive: bool = True) -> str | None:
    """A name from a run of words: job titles and what stands before them dropped ("Prime Minister
    Fumio Kishida" -> "Fumio Kishida"), descriptors after the name dropped, a possessive cut (with
    `possessive`; a name just before its verb keeps its "'s": "Moody's said")."""
    kinds = _words()
    titles, descriptors = kinds.get("title", set()), kinds.get("descriptor", set()) | kinds.get("evidence", set())
    generic = len(words) > 1 and all(w.lower() in BODIES or w.lower() in ("the", "a", "an", "official") for w in words[:-1])
    while (words and words[-1] in descriptors and not (generic and words[-1] in kinds.get("evidence", set()))
           and any(w.lower() not in ("the", "a", "an") for w in words[:-1])  # "the agency" stays whole
           and (words[-1] in kinds.get("evidence", set()) or _after_name(words, descriptors))):  # "the customs agency" too
        words = words[:-1]  # lower-case only: "the Vedomosti newspaper", not "Bureau of Statistics"; "Customs figures" stays
    # a title, or a lower-case description, before a capitalised name is dropped with all before it
    cut = max((k for k, w in enumerate(words[:-1]) if (w.lower() in titles or (w[:1].islower() and w.lower() not in _NAME_LINK
                                                       and w.lower() not in ("the", "an", "a")))
               and words[k + 1][:1].isupper() and words[k + 1].lower() not in _BODY_HEADS), default=-1)
    # ("the General Administration of Customs", "the Attorney General's Office": a title before a body's head is its name)
    if cut >= 0:
        words = words[cut + 1 :]
    while words and words[-1].lower() in _NAME_LINK:
        words = words[:-1]
    while words and words[0].lower() in _NAME_LINK and words[0].lower() not in _PARTICLES:  # "von der Leyen" keeps its particles
        words = words[1:]
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))
                  and all(later.lower() in _STAFF for later in words[k + 1 :])), None)
    if owner is not None:  # "Kotak's analysts", "the IEA's researchers": the body they work for
        words = words[:owner] + [words[owner][:-2]]
    if not words:
        return None
    text = " ".join(words)
    if possessive:
        text = re.sub(r"[’']s$", "", text)
    return text or None


def _name_after(tokens: list[tuple[int, int, str]], k: int) -> str | None:
    """The name that starts at token k ("the ministry's preliminary estimate" -> "the ministry")."""
    words: list[str] = []
    start = k
    if k < len(tokens) and tokens[k][2].lower() in ("the", "an", "a"):
        words.append(tokens[k][2])
        k += 1
    limit = MAX_NAME_WORDS
    while k < len(tokens) and len(words) < limit:
        token = tokens[k][2]
        if token in ("’s", "'s") or token.endswith(("’s", "'s")):
            if k + 1 < len(tokens) and tokens[k + 1][2][:1].isupper() and tokens[k + 1][2].lower() not in OPENERS:
                words = []  # "China's Commerce Ministry": the body, not its country
                k += 1
                continue
            words.append(token[:-2] if len(token) > 2 else "")
            break
        if (token == "of" and words and words[-1].lower() in _BODY_HEADS and k + 2 < len(tokens)
                and tokens[k + 1][2] == "the" and tokens[k + 2][2][:1].isupper()):
            words += ["of", "the"]  # "the Office of the United States Trade Representative"
            k += 2
            continue
        if (token == "and" and words and words[-1][:1].isupper() and k + 2 < len(tokens) and tokens[k + 1][2] == "the"
                and tokens[k + 2][2][:1].isupper()):
            words += ["and", "the"]  # "according to the Census Bureau and the Bureau of Economic Analysis"
            k, limit = k + 2, limit + MAX_NAME_WORDS
            continue
        if token[:1].isupper() or token.lower() in BODIES or (words and token.lower() in _NAME_LINK and k + 1 < len(tokens) and tokens[k + 1][2][:1].isupper()
                                                              and not (token == "on" and tokens[k + 1][2].lower() in CALENDAR_WORDS)):
            words.append(token)
            k += 1
            continue
        if words and words[-1][:1].islower() and words[-1].lower() not in ("the", "an", "a") and token[:1].islower():
            break
        if token[:1].islower() and token.lower() not in BODIES and all(w.lower() in ("the", "an", "a") for w in words):
            if k + 1 < len(tokens) and tokens[k + 1][2].lower() in BODIES and tokens[k + 1][2][:1].islower():
                words.append(token)  # "the finance ministry", "finance ministry data": a body's modifier is part of its name
                k += 1
                continue
            # "rating agency ICRA": a lower-case descriptor before the name is skipped
            if k + 1 < len(tokens) and (tokens[k + 1][2][:1].isupper() or tokens[k + 1][2].lower() in BODIES):
                k += 1
                continue
        break
    words = [w for w in words if w]
    if len(words) == 1 and words[0].lower() in ("the", "an", "a"):
        return None
    if words and words[0].lower() in ("the", "an", "a") and len(words) == 1 + 0:
        return None
    return _trim(words) if words and (len(words) > 1 or words[0].lower() not in ("the", "an", "a")) else None


def _name_before(tokens: list[tuple[int, int, str]], k: int) -> str | None:
    """The name that ends just before token k ("..., the GAC said" -> "the GAC")."""
    body = _lower_case_body(tokens, k)
    if body is not None:
        return body
    words: list[str] = []
    k -= 1
    while k >= 0 and len(words) < MAX_NAME_WORDS:
        token = tokens[k][2]
        lower = token.lower()
        if lower in _words().get("opener", set()) and token[:1].isupper():
            break  # "Meanwhile Washington said": the sentence's opening word is no part of the name
        if token.endswith(("'s", "’s")) and words and all(w.lower() in _words().get("evidence", set()) for w in words):
            owner = token[:-2]  # "the ministry's figures showed": the owner of the evidence
            if owner[:1].isupper() or owner.lower() in BODIES:
                words = [owner]
                k -= 1
                continue
        if token.endswith(("'s", "’s")) and words and words[0][:1].isupper() and token[:1].isupper():
            break  # "the Treasury's Office of Foreign Assets Control", "Bloomberg's Julian Lee": the body or person, not its owner
        if token[:1].isupper() or lower in BODIES or lower in _words().get("title", set()) or lower in _words().get("descriptor", set()) \
                or lower in _words().get("evidence", set()) and words == []:
            words.insert(0, token)
            k -= 1
            continue
        if lower in _NAME_LINK and words and k > 0 and tokens[k - 1][2][:1].isupper():
            words.insert(0, token)
            k -= 1
            continue
        if lower in _PARTICLES and words and words[0][:1].isupper():
            j = k
            while j > 0 and tokens[j - 1][2].lower() in _PARTICLES:
                j -= 1
            before = tokens[j - 1][2] if j > 0 else ""
            if not before[:1].isalpha() or before[:1].isupper():  # "Ursula von der Leyen", "..., von der Leyen said"
                words[:0] = [t for _, _, t in tokens[j : k + 1]]
                k = j - 1
                continue
        if lower in ("the", "an", "a") and words:
            words.insert(0, token)
            if (k > 1 and tokens[k - 1][2] == "of" and len(words) < MAX_NAME_WORDS
                    and (tokens[k - 2][2][:1].isupper() or tokens[k - 2][2].lower() in BODIES)):
                words.insert(0, "of")  # "the Council of the EU said": the body, not the bloc
                k -= 2
                continue
            if k > 1 and tokens[k - 1][2] == "and" and (tokens[k - 2][2][:1].isupper() or tokens[k - 2][2].lower() in BODIES) \
                    and len(words) < MAX_NAME_WORDS:
                words.insert(0, "and")  # "the Census Bureau and the Bureau of Economic Analysis said"
                k -= 2
                continue
        elif words and words[0].lower() in BODIES and token[:1].islower():
            # "the finance ministry", "the federal government": modifiers between "the" and a body
            modifiers = [token]
            j = k - 1
            while j >= 0 and len(modifiers) < 3 and tokens[j][2][:1].islower() and tokens[j][2].lower() not in ("the", "an", "a"):
                modifiers.insert(0, tokens[j][2])
                j -= 1
            if j >= 0 and tokens[j][2].lower() in ("the", "an", "a"):
                words = [tokens[j][2], *modifiers, *words]
            elif j >= 0 and tokens[j][2][:1].isupper() and tokens[j][2].lower() not in OPENERS and words[-1] in _words().get("descriptor", set()):
                words = [tokens[j][2], *modifiers, *words]  # "the Interfax news agency": the name before its descriptors
            elif j >= 0 and tokens[j][2][:1].isupper() and tokens[j][2].endswith(("'s", "’s")):
                words = [tokens[j][2], *modifiers, *words]  # "Russia's central bank"
            elif (j >= 1 and tokens[j][2][:1].isupper() and tokens[j][2].lower() not in OPENERS
                  and tokens[j - 1][2].lower() in ("the", "an", "a")):
                words = [tokens[j - 1][2], tokens[j][2], *modifiers, *words]  # "the Russian finance ministry"
            else:  # "..., finance ministry data showed", "according to trade ministry figures": no article before the body
                bare = []  # the modifiers read above, nearest first, up to the first word that is no part of a name
                for word in reversed(modifiers[-2:]):
                    if not word.isalpha() or word in _BEFORE_BODY:
                        break
                    bare.insert(0, word)
                i = k - len(bare)
                if bare and (i < 0 or tokens[i][2].lower() in _BEFORE_BODY or not tokens[i][2][:1].isalnum()):
                    words = [*bare, *words]
        break
    if not words or all(w.lower() in ("the", "an", "a") or w.lower() in _words().get("evidence", set()) for w in words) \
            and not any(w.lower() in _DOCUMENTS for w in words):
        return None  # "the data show" credits nobody; "the report projected" credits the report
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return None
    if k < 0 and _describes(tokens) and all(w.lower() in _words().get("evidence", set()) for w in words[1:]):
        return None  # "Available figures show", "Vessel-tracking data show": a description, no name
    return _trim(words, possessive=False)


def _lower_case_body(tokens: list[tuple[int, int, str]], k: int) -> str | None:
    """"..., the ministry of commerce and industry said": a body whose name goes on in lower case
    after "of" (words, "and"), ending just before token k."""
    j = k - 1
    while j > 0 and k - j <= 4 and tokens[j][2][:1].islower() and tokens[j][2].isalpha() and tokens[j][2] != "of":
        j -= 1
    if j < 2 or j == k - 1 or tokens[j][2] != "of" or tokens[k - 1][2] == "and":
        return None
    if tokens[j - 1][2].lower() not in BODIES or tokens[j - 2][2].lower() not in ("the", "a", "an"):
        return None
    return " ".join(t for _, _, t in tokens[j - 2 : k])


def _usable(name: str | None) -> str | None:
    """A name, unless it is a pronoun, a sentence opener, a lone lower-case word, or a day or
    month ("figures released on Tuesday show")."""
    if not name:
        return None
    words = name.split()
    if len(words) == 1 and (words[0].lower() in PRONOUNS | OPENERS or words[0].islower() and words[0] not in BODIES):
        return None
    if len(words) == 1 and words[0].lower() in CALENDAR_WORDS:
        return None  # "released on Tuesday show": a day; but "Theresa May said" names a person
    if (len(words) == 2 and words[0].lower() in ("the", "these", "those") and words[1].lower() in _words().get("evidence", set())
            and words[1].lower().rstrip("s") not in _DOCUMENTS):
        return None  # "according to the data", "the figures show": evidence with no owner credits nobody
    lone = words[0].lower() if len(words) == 1 and words[0][:1].isupper() else None
    if lone and (lone in _words().get("evidence", set()) or lone.endswith("s") and lone[:-1] in _DOCUMENTS or lone == "sources"):
        return None  # "Reports indicate", "Data show", "Sources said": capitalised only because it opens the sentence
    return name


@cache
def _pronoun_credit() -> re.Pattern[str]:
    verbs = "|".join(sorted(map(re.escape, _words().get("verb", set())), key=len, reverse=True))
    return re.compile(rf"\b(?P<a>he|she|it)\s+(?:(?:also|later|then|has|had|have)\s+)?(?:{verbs})\b|\b(?:{verbs})\s+(?P<b>he|she|it)\b",
                      re.IGNORECASE)


_CREDITING_PRONOUNS = frozenset({"he", "she", "it"})


def credited_pronoun(sentence: str, words: list[str] | None = None) -> str | None:
    """"he" or "she" (a person) or "it" (an organisation) when the sentence credits its figures
    to one ("..., he said"; "it estimated"); None otherwise. Whom it stands for is the reader's
    (the labeller's) to find in the sentences before. `words`: the sentence's lower-case words
    when the caller has read them (a sentence without a pronoun is passed over)."""
    if words is not None and _CREDITING_PRONOUNS.isdisjoint(words):
        return None
    found = _pronoun_credit().search(sentence)
    if not found:
        return None
    word = (found.group("a") or found.group("b")).lower()
    return "it" if word == "it" else "he"


def is_person(name: str) -> bool:
    """A person's name as a source: capitalised words, no body or article ("Lindsey Graham",
    "Bajaj"), not an acronym ("OFAC")."""
    words = name.split()
    return (1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not name.isupper()
            and not any(w.lower() in BODIES or w.lower() in ("the", "an", "a") for w in words))


@cache
def _credit_words() -> frozenset[str]:
    kinds = _words()
    return frozenset(kinds.get("verb", set()) | kinds.get("verb_at", set()) | kinds.get("evidence", set()) | kinds.get("revise", set())
                     | {"states"})


def source(sentence: str, words: list[str] | None = None) -> str | None:
    """Who the sentence credits for its figures, as written; None when it credits nobody.
    `words`: the sentence's lower-case words when the caller has read them (a sentence with no
    word that credits is passed over without being read again)."""
    if (words is not None and _credit_words().isdisjoint({w.rstrip(".") for w in words}) and not _according().search(sentence)
            and not _VIEW.search(sentence)):
        return None
    return _usable(_source(sentence))


_ACRONYM_LINKS = frozenset({"of", "for", "on", "and", "the", "&", "de", "in"})


def _acronym_of(name: str, sentence: str, tokens: list[tuple[int, int, str]], k: int) -> str:
    """The acronym a sentence gives the name that starts at token k, in brackets after its last
    capitalised word ("the Centre for Research on Energy and Clean Air (CREA)" -> "CREA")."""
    j = k
    while j < len(tokens) and j - k < 2 * MAX_NAME_WORDS and (tokens[j][2][:1].isupper() or tokens[j][2].lower() in _ACRONYM_LINKS):
        j += 1
    if j + 2 < len(tokens) and j > k and tokens[j][2] == "(" and tokens[j + 2][2] == ")" and _ACRONYM.fullmatch(f"({tokens[j + 1][2]})"):
        return tokens[j + 1][2]
    return name


def _bracketed_acronym(tokens: list[tuple[int, int, str]], k: int) -> str | None:
    """"... Office of Foreign Assets Control (OFAC) said": the acronym just before token k."""
    if k >= 3 and tokens[k - 1][2] == ")" and tokens[k - 3][2] == "(" and _ACRONYM.fullmatch(f"({tokens[k - 2][2]})"):
        return tokens[k - 2][2]
    return None


def _before_aside(tokens: list[tuple[int, int, str]], k: int) -> int:
    """Where a name that ends before token k ends once an aside in brackets and a company's legal
    suffix are passed over ("Phoenix Network Inc. (AMEX: PHX) reported" -> after "Network")."""
    if k > 0 and tokens[k - 1][2] == ")":
        opening = next((j for j in range(k - 2, max(-1, k - 10), -1) if tokens[j][2] == "("), None)
        if opening is not None:
            k = opening
    suffixes = _words().get("suffix", set())
    if k > 1 and tokens[k - 1][2] == "." and tokens[k - 2][2].lower() in suffixes:
        k -= 2
    elif k > 0 and tokens[k - 1][2].lower() in suffixes and tokens[k - 1][2][:1].isupper():
        k -= 1
    return k


def _figure_at(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether "at" and a number follow token k within its clause ("put output at 37.6 mb/d")."""
    for i in range(k + 1, min(len(tokens) - 1, k + 16)):
        token = tokens[i][2]
        if token in (";", ".") or token.lower() in _words().get("verb", set()):
            return False
        if token == "at" and any(t[2][:1].isdigit() for t in tokens[i + 1 : i + 4]):  # "at 3.5%", "at $44", "at more than 5%"
            return True
    return False


_VIEW = re.compile(r"\b(?:in|by)\s+(?P<owner>(?:the\s+)?[A-Za-z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?:own\s+|latest\s+|new\s+)?"
                   r"(?:view|count|estimates?|reckoning|calculations?|tally|account|forecasts?|analysis|assessment)\b", re.IGNORECASE)


def _revises(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the verb at token k revises one of its subject's forecasts: a forecast noun within
    its next six words and a figure after it in the clause ("pared its growth estimate to 7.2%",
    "kept the CPI inflation projection for 2024-25 at 4.5 per cent")."""
    nouns = _words().get("forecast", set())
    for i in range(k + 1, min(len(tokens), k + 7)):
        token = tokens[i][2]
        if not token[:1].isalnum():
            return False
        if token.lower() in nouns or token.lower().rstrip("s") in nouns:
            return any(t[2][:1].isdigit() for t in tokens[i + 1 : i + 12])
    return False


def _source(sentence: str) -> str | None:
    view = _VIEW.search(sentence)
    if view and (view.group("owner")[:1].isupper() or view.group("owner").lower().startswith("the ")):
        return view.group("owner")  # "In Tellimer's view", "By Britain's count", "by the bloc's own estimate"
    according = _according().search(sentence)
    tokens = _tokens(sentence)
    if according:
        k = next((i for i, t in enumerate(tokens) if t[0] >= according.end()), len(tokens))
        evidence = _words().get("evidence", set())
        j = k + (tokens[k][2].lower() in ("a", "an", "the") if k < len(tokens) else 0)
        if j < len(tokens) and tokens[j][2].lower() in evidence:
            # "according to a report from the Gas Exporting Countries Forum", "according to data
            # released Monday by the National Bureau of Statistics"
            by = next((i for i in range(j + 1, min(len(tokens), j + 5)) if tokens[i][2] in ("from", "by", "of")
                       or not tokens[i][2][:1].isalnum()), None)
            if by is not None and tokens[by][2] in ("from", "by", "of"):
                k = by + 1
            elif j + 1 < len(tokens) and (tokens[j + 1][2].lower() in ("the", "a", "an") or tokens[j + 1][2][:1].isupper()):
                k = j + 1  # "according to figures the customs authority released"
        name = _name_after(tokens, k)
        if name:
            return _acronym_of(name, sentence, tokens, k)
    verbs = _words().get("verb", set())
    verbs_at = _words().get("verb_at", set())
    revise = _words().get("revise", set())
    evidence = _words().get("evidence", set())
    for k, (_, _, token) in enumerate(tokens):
        lower = token.lower()
        if (lower in verbs or lower in verbs_at and _figure_at(tokens, k) or lower in revise and _revises(tokens, k)
                or token == "states" and k + 1 < len(tokens) and tokens[k + 1][2] in ("that", ",")):
            # "OFAC states that ...", "Specifically, OFAC states, the company ...": "states" is a verb
            # only in lower case and before "that" or a comma ("the United States", "EU states agreed")
            subject = k
            while subject > 0 and tokens[subject - 1][2].lower() in _AUXILIARIES:
                subject -= 1  # "Reuters has reported", "USM has previously reported", "the Fund still expects"
            name = _bracketed_acronym(tokens, subject) or _usable(_name_before(tokens, _before_aside(tokens, subject)))
            if name:
                return name
            if k > 0 and tokens[k - 1][2] == ",":  # "X, quoted by the ministry, said": the name before the aside
                opening = next((j for j in range(k - 2, max(-1, k - 12), -1) if tokens[j][2] == ","), None)
                if opening is not None:
                    name = _name_before(tokens, opening)
                    if name:
                        return name
            if k > 0 and tokens[k - 1][2] in (",", "”", '"', "’"):  # "..., said Lindsey Graham."
                name = _name_after_verb(tokens, k)
                if name:
                    return name
        elif (lower in evidence and k + 3 < len(tokens) and tokens[k + 1][2].endswith("ed") and tokens[k + 2][2] == "by"
              and (name := _usable(_name_after(tokens, k + 3)))):
            return name  # "Provisional figures released by the commerce ministry put exports at ..."
        elif (lower in evidence and k > 0 and tokens[k - 1][2][:1].isupper()
              and not (k + 1 < len(tokens) and tokens[k + 1][2][:1].isupper())):  # "the National Statistics Office": a name
            name = _name_before(tokens, k + 1)
            if name:
                return name
        elif lower in evidence and k > 1 and (owner := _modified_owner(tokens, k)):
            return owner
    return None


def _name_after_verb(tokens: list[tuple[int, int, str]], k: int) -> str | None:
    """The name just after the verb at token k ("..., said Lindsey Graham."). When the name fills
    the rest of the sentence it is read as a name before a verb is ("..., said Kpler analyst Matt
    Smith." -> Matt Smith; "..., said Russia's finance ministry."); a person "of", "at" or "from" a
    body is the person ("..., said Janis Kluge of the institute"); otherwise the capitalised run
    after the verb, when a punctuation mark ends it ("..., said Matt Smith, an analyst")."""
    end = next((j for j in range(k + 1, len(tokens)) if not tokens[j][2][:1].isalnum()), len(tokens))
    fills = k + 1 < end and end - k - 1 <= MAX_NAME_WORDS and (end == len(tokens) or tokens[end][2] in (".", ";", "!", "?"))
    person_of = tokens[k + 1][2][:1].isupper() and any(tokens[j][2] in ("of", "at", "from") for j in range(k + 2, end)) \
        if k + 1 < len(tokens) else False
    if fills and not person_of:
        name = _name_before(tokens, end)
        if name and len(name.split()) <= end - k - 1 and (name := _usable(name)):
            return name
    after = _name_after(tokens, k + 1)
    ends = k + 1 + len(after.split()) if after else None
    if after and (ends >= len(tokens) or not tokens[ends][2][:1].isalnum()
                  or tokens[ends][2] in ("of", "at", "from") and is_person(after)):
        return after
    return None


def _describes(tokens: list[tuple[int, int, str]]) -> bool:
    """"Available figures show", "Vessel-tracking data show": the sentence opens with a word that
    describes its evidence and names nobody."""
    return (len(tokens) > 1 and _ADJECTIVE.search(tokens[0][2]) is not None
            and tokens[1][2].lower() in _words().get("evidence", set()))


def _modified_owner(tokens: list[tuple[int, int, str]], k: int) -> str | None:
    """"the Fed's new economic projections", "the IMF's latest estimates": the owner of evidence
    that one or two modifiers stand before."""
    j = k - 1
    while j > 0 and k - j <= 2 and tokens[j][2][:1].islower() and tokens[j][2].lower() not in ("the", "an", "a"):
        j -= 1
        if tokens[j][2].endswith(("'s", "’s")) and tokens[j][2][:1].isupper():
            owner = tokens[j][2][:-2]
            article = "the " if j > 0 and tokens[j - 1][2].lower() == "the" else ""
            return _usable(article + owner)
    return None
