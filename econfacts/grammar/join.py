"""Joining neighbouring figures: ranges ("$60-65", "between 10% and 15%"), shared-unit lists
("5, 10 or 25 percent"), and a converted amount in brackets ("¥1.4 trillion ($9.5 billion)")."""
from __future__ import annotations

import re
from dataclasses import replace

from econfacts.currencies import DocumentCurrencies
from econfacts.grammar.modifiers import hedge_before
from econfacts.grammar.rules import Rules
from econfacts.grammar.types import Draft, Mention


def join(text: str, drafts: list[Draft], r: Rules, local: DocumentCurrencies | None = None) -> list[Draft]:
    """Ranges, then lists: a bare number takes the kind and unit of the figure it goes with."""
    out: list[Draft] = []
    i = 0
    while i < len(drafts):
        a = drafts[i]
        b = drafts[i + 1] if i + 1 < len(drafts) else None
        if b is not None and _joinable(a, b):
            gap = text[a.end : b.start]
            between = r.between_before.search(text, max(0, a.start - 12), a.start)
            if r.range_gap.match(gap) and (not gap.strip() == "and" or between) and not _change_then_level(text, a, b, gap, r):
                frm = r.from_before.search(text, max(0, a.start - 30), a.start)
                if frm and not frm.group("lead") and gap.strip() != "-" and gap.strip() != "–":
                    # "from 10 to 25 percent" describes a change: two facts, the unit shared.
                    out.append(_adopt(a, b, share_scale=False))
                    i += 1
                    continue
                out.append(_range(text, a, b, r))
                i += 2
                continue
        out.append(a)
        i += 1
    return _exchange_rates(text, _ellipses(text, _lists(text, out, r), r), r, local or DocumentCurrencies())


COUNT_RANGE_SPAN = 20.0  # a count's range spans at most this factor ("5 to 300 workers" after "rose" is no range)
LEVEL_RATIO = 3.0  # a level at most this many times the change could be the other end of a range


def _change_then_level(text: str, a: Draft, b: Draft, gap: str, r: Rules) -> bool:
    """"cut its forecast by 0.2% to 3.0%", "fell 0.4 per cent to 13,176": a change, then the level
    it led to; never a range. (A bare first number stays a range: "rose 10 to 15 percent".)"""
    if a.kind is None or gap.strip() != "to":
        return False
    if a.value and b.value and 0 < b.value / a.value <= LEVEL_RATIO and not (a.kind == "percent" and b.kind is None):
        return False  # "dropped by about $12 to $15 a barrel": ends this close are a range; but a bare
        # number after a percent is the level it moved to ("the real fell 2% to 5.6 per dollar")
    hedge = hedge_before(text, a.start, r)
    left_end = hedge.start() if hedge else a.start
    left = text[max(0, left_end - 60) : left_end]
    return bool(r.change_verb.search(left) or r.change_adverb.search(left) or left.rstrip().lower().endswith(" by")
                or r.change_or.search(left))


def _joinable(a: Draft, b: Draft) -> bool:
    if a.kind is None and b.kind is None:
        return False
    if a.kind and b.kind:
        if a.value is not None and b.value is not None and a.value > b.value:
            return False  # "52%-48%", "$80-$75": a split or a fall, never a range whose low end is higher
        return a.kind == b.kind and a.unit == b.unit and a.qualifier != "vague" and b.qualifier != "vague"
    if (a.kind or b.kind) == "count":  # "200 to 300 workers": a bare low end, its count after
        return a.kind is None and a.value is not None and b.value is not None and 0 < a.value < b.value <= COUNT_RANGE_SPAN * a.value
    return (a.kind or b.kind) in ("money", "percent", "quantity")


def _adopt(bare: Draft, model: Draft, share_scale: bool) -> Draft:
    """A bare number that takes the kind and unit of its neighbour."""
    value = bare.value
    if share_scale and not bare.has_scale and model.has_scale and value is not None:
        value *= model.scale
    return replace(bare, kind=model.kind, unit=model.unit, value=value)


def _range(text: str, a: Draft, b: Draft, r: Rules) -> Draft:
    model = b if b.kind else a
    end, per = b.end, b.per or a.per
    if model.kind == "money" and per is None:
        rate = r.money_per.match(text, end)  # "$60-65 a barrel"
        if rate:
            end, per = rate.end(), r.money_rate(rate)
    low, high = a.value, b.value
    if not a.has_scale and b.has_scale and low is not None and (b.value is None or low * b.scale <= b.value):
        low *= b.scale  # "$4-5 billion", "60-70 million barrels"; not "$750,000 to $1 million"
    if a.has_scale and not b.has_scale and high is not None and b.kind is None:
        high *= a.scale  # "€1bn-2bn" written as "€1bn-2"
    return Draft(
        a.start, end, model.kind, None, model.unit, low=low, high=high, qualifier="range",
        scale=model.scale, has_scale=model.has_scale, per=per,
    )


def _lists(text: str, drafts: list[Draft], r: Rules) -> list[Draft]:
    for j, b in enumerate(drafts):
        if b.kind is None or j == 0:
            continue
        k = j - 1
        gap = text[drafts[k].end : b.start]
        if drafts[k].kind is not None or not r.list_last_gap.match(gap):
            continue
        if r.between_before.search(text, max(0, drafts[k].start - 12), drafts[k].start):
            continue
        members = [k]
        while members[-1] > 0:
            prev = members[-1] - 1
            if drafts[prev].kind is None and r.list_gap.match(text[drafts[prev].end : drafts[members[-1]].start]):
                members.append(prev)
            else:
                break
        for idx in members:
            drafts[idx] = _adopt(drafts[idx], b, share_scale=True)
    for j in range(1, len(drafts)):  # "£10 and 16 billion": the first amount takes the scale written once
        a, b = drafts[j - 1], drafts[j]
        if (a.kind == "money" and not a.has_scale and b.has_scale and b.kind in (None, "money") and (b.kind is None or b.unit == a.unit)
                and a.value and b.value and r.list_last_gap.match(text[a.end : b.start])
                and 1 / LEVEL_RATIO <= a.value * b.scale / b.value <= LEVEL_RATIO):
            drafts[j - 1] = replace(a, value=a.value * b.scale, scale=b.scale, has_scale=True)
            if b.kind is None:
                drafts[j] = replace(b, kind="money", unit=a.unit)
    return drafts


ELLIPSIS_REACH = 160  # characters from a counted or measured figure to a bare number that leaves its noun out
ELLIPSIS_RATIO = 50.0  # the bare number is within this factor of that figure


def _ellipses(text: str, drafts: list[Draft], r: Rules) -> list[Draft]:
    """A bare number that leaves out the noun of a count or quantity just before it takes its kind
    and unit: "India takes 1.7 million barrels a day and China 1.1 million", "73 tankers,
    against 39 listed by Washington", "the number of listed vessels rises to almost 600"."""
    model: Draft | None = None
    for j, d in enumerate(drafts):
        if d.kind is not None:
            if _OPEN_BRACKET.search(text, max(0, d.start - 25), d.start):
                continue  # "(approximately $74.2 billion)": a conversion, the amount before it stays the model
            model = d if d.kind in ("count", "quantity", "money") and d.qualifier != "vague" else None
            continue
        if model is not None and model.kind == "money" and not d.has_scale:
            continue  # an amount of money leaves out its currency only after a scale: "to 3.8 trillion"
        if d.value is None or d.value <= 0 or d.spelled and not d.has_scale:
            continue
        if model is not None and d.start - model.end <= ELLIPSIS_REACH and (d.has_scale or _framed(text, d.start, r)):
            value = d.value * model.scale if (not d.has_scale and model.has_scale and d.value < 1000) else d.value
            base = model.value if model.value is not None else (model.high or model.low)
            if base and 1 / ELLIPSIS_RATIO <= value / base <= ELLIPSIS_RATIO:
                drafts[j] = replace(d, kind=model.kind, unit=model.unit, value=value, per=model.per)
                continue
        named = _number_of(text[max(0, d.start - ELLIPSIS_REACH) : d.start], r)
        if named:  # "the number of oil tankers under UK sanctions rises to 73"
            drafts[j] = replace(d, kind="count", unit=named)
    return drafts


_OPEN_BRACKET = re.compile(r"\([^()]*$")  # "(approximately $74.2 billion)": a figure inside brackets


def _exchange_rates(text: str, drafts: list[Draft], r: Rules, local: DocumentCurrencies) -> list[Draft]:
    """A bare number quoted against a currency is an exchange rate in the currency the sentence
    names before it: "the rupee weakened to 87.75 against the dollar" (INR per dollar), "the yuan
    at 7.0268 per US dollar"; a name several countries share is the document's (`local`: "the
    pound" in a text about Egypt is EGP). With no currency named before it, nothing is read."""
    from econfacts import currencies

    for j, d in enumerate(drafts):
        if d.kind is not None or d.value is None or d.value <= 0 or d.spelled:
            continue
        quote = r.quoted_against.match(text, d.end)
        if not quote:
            continue
        last = None
        for last in r.currency_word.finditer(text, 0, d.start):
            pass  # the currency named last before the number
        names = currencies.names()
        code = local.named(last.group("c")) if last else None
        against = quote.group("against").lower()
        if code is None or code == names.get(against):
            continue
        end = quote.end() if quote.group("per") else d.end  # "7.0268 per US dollar": the rate word touches the number
        drafts[j] = replace(d, kind="money", unit=code, per=against, end=end)
    return drafts


def _framed(text: str, start: int, r: Rules) -> bool:
    """Whether an unscaled bare number stands where a figure's noun is left out: after a word that
    compares or joins ("against 39", "and 11", "about 40") or after a name that follows one ("and
    China 30"); not after a label ("route 66", "page 5")."""
    found = list(r.ellipsis_word.finditer(text, max(0, start - 40), start))
    if not found or text[found[-1].end() : start].strip():
        return False  # a word must stand right before the number: not "December 4-5"
    last = found[-1].group()
    if last.lower() in r.ellipsis_frames:
        return True
    return last[:1].isupper() and len(found) > 1 and found[-2].group().lower() in r.ellipsis_frames


def _number_of(left: str, r: Rules) -> str | None:
    """The counted noun of "the number of X ..." ending just before a bare number: "the number of
    listed vessels to almost" -> "vessel"; of "X numbers rose to", "Xs numbered": "visitor numbers
    reached" -> "visitor"."""
    from econfacts.grammar.read import singular

    lower = left.lower()
    if "number" not in lower:
        return None
    if "number of" not in lower:  # "visitor numbers reached 12.5 million", "tankers numbered 230"
        named = r.numbers_of.search(left)
        if named is None:
            return None
        if named.group("plural"):
            return singular(named.group("plural"))
        noun = named.group("noun").lower()
        return None if noun in r.count_stop or noun in r.function_words or noun in r.number_labels else noun
    found = r.number_of.search(left)
    if not found:
        return None

    for word in found.group("words").split():
        head = singular(word)
        if head:
            return head
    return None


def share_brackets(text: str, mentions: list[Mention], r: Rules) -> list[Mention]:
    """A figure restated right after another shares its direction: in brackets ("rose 19%
    ($22bn)", "went up by $2.3 trillion (52%)"), or after ", or" ("slipped 47 cents, or 0.58%");
    a converted amount in brackets ("¥1.4 trillion ($9.5 billion)") shares the main hedge too."""
    out = list(mentions)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        gap = text[a.end : b.start]
        if r.bracket_gap.match(gap):
            if a.kind == b.kind == "money":
                out[i] = b = replace(b, qualifier=a.qualifier)
        else:
            hedge = hedge_before(text, b.start, r)
            if not r.apposition_gap.match(text[a.end : hedge.start() if hedge else b.start]):
                continue
        if a.change and b.change is None:
            out[i] = replace(b, change=a.change)
        elif a.change is None and b.change:
            out[i - 1] = replace(a, change=b.change)
    return out
