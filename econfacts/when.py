"""When a figure applies: the period phrase of its sentence and the dates it denotes.

`periods(sentence)` finds the phrases that say when ("in 2024", "last year", "in the first half
of 2025", "from 1 February", "by 2030", "so far this year", "between February 2022 and October
2023", "FY25", "currently"); `choose(...)` picks the one that governs a figure (the nearest in
its clause, a range's later end for "from X to Y in 2024"); `resolve(...)` turns it into ISO
dates against the article's published date (tests/gold/GUIDELINE.md, "When, how sure, and
according to whom"). A relative period without a published date keeps its words and gets no
dates, with a note saying why.

Month and weekday names come from the standard library's `calendar`; every pattern is compiled
once.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from econfacts._data import table

_MONTHS = {name.lower(): k for k, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): k for k, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): k for k, name in enumerate(calendar.day_name)}
CALENDAR_WORDS = frozenset(_MONTHS) | frozenset(_WEEKDAYS)  # month and weekday names, lower case
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "twelve": 12, "eighteen": 18, "a": 1, "an": 1}
EARLIER_PERIOD = "refers to a period named earlier"  # "during the month": the labeller fills in the dates
FISCAL_START_MONTH = 4  # "FY25", "2025-26": the fiscal year that runs April to March (India, UK, Japan)
SEASON_START_MONTH = 7  # "the 2024/25 season", "the 2022-23 crop year": July to June
_SEASON_WORDS = frozenset({"season", "crop", "marketing", "agricultural", "harvest"})
DAY_AHEAD_LIMIT = 0  # a month or weekday without a year is the latest one on or before the published date


@dataclass(frozen=True, slots=True)
class Period:
    """A period phrase in a sentence and the interval it denotes (None: open or unknown)."""

    start: int  # offsets in the sentence
    end: int
    text: str
    first: dt.date | None
    last: dt.date | None
    note: str | None = None
    kind: str | None = None  # the phrase's kind: on, rel, month, ana ... (the pattern's group)


# what a month names just before it dates ("September exports", "the April figure")
_MODIFIED_NOUNS = ("exports?|imports?|shipments|figures?|production|output|inflation|trade|surplus|deficit|sales|data|readings?|"
                   "numbers|purchases|deliveries|revenues?|volumes?|CPI|GDP|growth|payrolls|total|arrivals|loadings|consumption|"
                   "demand|intake|receipts|spending")


@cache
def _pattern() -> re.Pattern[str]:
    full = "|".join(name.lower() for name in calendar.month_name if name)
    short = "|".join(sorted({name.lower() for name in calendar.month_abbr if name} | {"sept"}, key=len, reverse=True))
    month = rf"(?:(?:{full})|(?:{short})(?:\.(?=\s*\d))?)(?![a-z])"  # "June", "Sept. 5"; not the full stop of "in June."
    weekday = r"(?:" + "|".join(_WEEKDAYS) + r")"
    year = r"(?:19|20)\d\d"
    day = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    date = (rf"(?:{day}\s+{month}(?:,?\s+{year})?|{month}\s+{day}(?:,?\s+{year})?|{month}(?:\s+of)?\s+{year}|{month}"
            rf"|(?:the\s+)?end\s+of\s+(?:{month}\s+)?{year}|{year})")
    part = r"(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-](?:quarter|half)|Q[1-4]|H[12]|[1-4]Q|[12]H)"
    relative_year = r"(?:this|last|next|the\s+previous|the\s+current|the\s+same)\s+year"
    season = r"(?:season|(?:crop|marketing|agricultural|harvest)\s+year|harvest|crop)"
    split_year = rf"{year}\s?[-–/]\s?(?:19|20)?\d\d(?![\d%])"
    number = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)"
    alternatives = [
        # ranges of dates: "between February 2022 and October 2023", "from 5 December 2022 to July 2024"
        rf"(?P<range>(?:between|from)\s+(?P<a>{date})\s+(?:and|to|until|through)\s+(?P<b>{date}))",
        # days of one month: "over December 1-20", "on 4-5 March 2024", "for January 13 and 14"
        rf"(?P<dayrange>(?:(?:in|on|over|for|during|around|between|from)\s+)?(?:(?P<drm>{month})\s+(?P<drd1>{day})(?:\s*[-–]\s*|\s+(?:and|to|through)\s+)(?P<drd2>{day})"
        rf"|(?P<drd1b>{day})(?:\s*[-–]\s*|\s+(?:and|to)\s+)(?P<drd2b>{day})\s+(?P<drmb>{month}))(?:,?\s+(?P<dry>{year}))?)(?![\d%.,]\d|%)(?!\s+(?:per|percent|million|billion|thousand)\b)",
        # weeks of a month: "the first week of August", "the first two weeks of May 2024", "the last week of June"
        rf"(?P<weekof>(?:(?:in|during|over|for)\s+)?the\s+(?P<wow>first|second|third|fourth|last|final|opening|closing)\s+(?:(?P<won>{number})\s+)?weeks?\s+of\s+(?P<wom>{month})(?:,?\s+(?P<woy>{year}))?)",
        # a quarter named by its last month: "the June quarter" (April to June), "the March 2025 quarter"
        rf"(?P<mquarter>(?:(?:in|for|during|over)\s+)?the\s+(?P<mqm>{month})(?:\s+(?P<mqy>{year}))?\s+quarter(?:\s+of\s+(?P<mqy2>{year}))?)",
        # decades: "in the 2010s"; "the decade to 2024", "the five years through 2023": the years up to that one
        rf"(?P<decades>(?:(?:in|during|over|throughout|through)\s+)?the\s+(?P<decy>(?:19|20)\d0)s)",
        rf"(?P<yearsto>(?:(?:in|over|during)\s+)?the\s+(?:decade|(?P<ysn>{number})\s+years)\s+(?:to|through|until|ending|ended)\s+(?P<ysy>{year}))",
        # month ranges: "January-May 2023", "Jan-Sep", "between January and June 2020" is a range above
        rf"(?P<mrange>(?:(?:in|for|during|over)\s+(?:the\s+)?)?(?P<ma>{month})(?:\s?[-–—]\s?|\s+(?:and|to|through)\s+)(?P<mb>{month})(?:\s+(?P<mry>{year}))?(?:\s+period)?)",
        # part of a month: "in early July", "mid-March 2024", "in late March"
        rf"(?P<mpart>(?:(?:in|by|until|from|since)\s+)?(?P<mpw>early|mid|late)[-\s](?P<mpm>{month})(?:\s+(?P<mpy>{year}))?)",
        # part of a year: "in late 2024" (its last quarter), "early 2025" (its first), "mid-2025" (April to September)
        rf"(?P<ypart>(?:(?:in|by|until|from|since)\s+)?(?P<ypw>early|mid|late)[-\s](?:(?P<ypy>{year})|(?P<ypr>(?:this|last|next)\s+year)))",
        # "in the current fiscal year", "last fiscal year"
        rf"(?P<relfy>(?:(?:in|for|during)\s+)?(?:the\s+)?(?P<relfyw>this|last|next|current|previous|coming)\s+(?:fiscal|financial)(?:\s+year)?)",
        # "over the seven months", "in the four months", "for those nine months": the first months of the year
        rf"(?P<nmonths>(?:in|over|for|during)\s+(?:the|those|these)\s+(?P<nmn>{number})\s+months)(?!\s+(?:(?:that|which)\s+)?(?:to|through|ending|ended)\b)",
        # last October: the latest October before the published month
        rf"(?P<lastm>(?:(?:in|during)\s+)?(?P<lmw>last|this|next)\s+(?P<lmm>{month}))(?!\s+(?:19|20)\d\d)",
        # "the first five months of 2022", "the first 10 months of the year", "the first three quarters of 2025"
        rf"(?P<firstn>(?:(?:in|for|during|over)\s+)?the\s+first\s+(?P<fn>{number})\s+(?P<fnu>months|quarters)(?:\s+of\s+(?:(?P<fny>{year}|{relative_year}|the\s+year)|(?P<fnfy>(?:the\s+)?(?:current\s+|this\s+)?(?:fiscal|financial)\s+year)"
        rf"(?:\s+(?:starting|beginning|(?:that|which)\s+(?:started|began))\s+(?:in\s+)?(?P<fnfm>{month}))?))?)",
        # half of a month: "the second half of March", "in the first half of May 2024"
        rf"(?P<halfm>(?:(?:in|during|over|for|by)\s+)?the\s+(?P<hmw>first|second|latter|last)\s+half\s+of\s+(?P<hmm>{month})(?:,?\s+(?P<hmy>{year}))?)",
        # the part of a year: "the first half of 2025", "Q1 2024", "the second quarter of this year"
        rf"(?P<part>(?:(?:in|during|for|over|throughout)\s+)?(?:the\s+)?(?P<pname>{part})(?:(?P<pyy>'?\d\d)(?![\d%]|[.,]\d)|(?:\s+of)?\s+(?P<pyear>{split_year}|{year}|{relative_year}|the\s+year)|:\s?(?P<pyear2>{split_year}))?)",
        # fiscal years: "FY25", "FY2024-25", "fiscal 2025"
        rf"(?P<fiscal>(?:(?P<fiscalw>in|for|during|by|until|through)\s+)?(?:(?:the\s+)?(?:fiscal|financial)(?:\s+year)?\s+|FY\s?)(?P<fy>(?:19|20)?\d\d)(?:[-–/](?:19|20)?\d\d)?)",
        # two years joined: one fiscal or crop year ("for 2025-26", "the 2024/25 season": July to June)
        # or the calendar years from one to the other ("over 2022-25", "in 2019-2021")
        rf"(?P<split>(?:(?P<splitw>in|for|during|over|covering|throughout|by|until|through)\s+(?:the\s+)?|the\s+(?={season}\s|{split_year}\s+(?:{season}|fiscal|financial)))?(?:(?P<splitc>{season})\s+)?"
        rf"(?P<sa>{year})\s?[-–/]\s?(?P<sb>(?:19|20)?\d\d)(?![\d%])(?:\s+(?P<splits>{season}|fiscal|financial\s+year))?)",
        # "the year to March", "the 12 months to June"
        rf"(?P<weekto>(?:(?:in|for|during|over)\s+)?the\s+(?:(?P<wtn>{number})\s+)?weeks?\s+(?:to|through|ending|ended)\s+(?P<wtd>{day}\s+{month}(?:,?\s+{year})?|{month}\s+{day}(?:,?\s+{year})?))",
        rf"(?P<yearto>(?:(?:in|for|during|over)\s+)?(?:the|a)\s+(?:(?:business|fiscal|financial|accounting)\s+)?(?:year|(?P<ytn>{number})(?:\s+months|-month\s+period))\s+(?:(?:that|which)\s+)?(?:to|through|ending|ended|ends)\s+(?:in\s+)?(?:{day}\s+|end-)?(?P<ytm>{month})(?:\s+{day})?(?:,?\s+(?P<yty>{year}))?)",
        # "at the end of June", "at the start of August 2023"
        rf"(?P<edge>at\s+the\s+(?P<edgew>end|close|start|beginning)\s+of\s+(?:(?P<edged>{month}(?:\s+{year})?|{year})|(?P<edgerel>this\s+year|last\s+year|next\s+year|the\s+year)))",
        # "by 2030", "by the end of 2024", "until the end of 2024"
        rf"(?P<by>(?:by|until|till|through)\s+(?:(?P<byd>{date}|end-{year})|(?:the\s+end\s+of\s+)?(?P<byrel>last\s+year|this\s+year|next\s+year|the\s+year)))",
        rf"(?P<since>since\s+(?P<sinced>{date}))",
        # "from 1 February", "starting September 2026", "from 2027", "effective Monday": the start only
        rf"(?P<from>(?:from|starting|beginning|effective)\s+(?:on\s+|in\s+)?(?P<fromd>{day}\s+{month}(?:,?\s+{year})?|{month}\s+{day}(?:,?\s+{year})?"
        rf"|{month}(?:\s+of)?\s+{year}|{month}|{year}|(?P<fromw>{weekday})))(?![\w-])(?!['’]s\b)(?!\s+(?:to|until|through)\b)",
        # "as of March 31, 2022", "as of December 2024": the state at that date
        rf"(?P<asof>as\s+(?:of|at)\s+(?P<asofd>{date}))",
        # "on July 6, 2018", "on 1 February", "on Monday"
        rf"(?P<on>on\s+(?:{weekday},?\s+)?(?:(?P<ond>{day}\s+{month}(?:,?\s+{year})?|{month}\s+{day}(?:,?\s+{year})?)(?:\s+(?P<onrel>{relative_year}))?|(?P<onw>{weekday})(?:\s+(?:morning|afternoon|evening|night))?))",
        # "so far this year", "year to date", "earlier this year", "this year", "last month", "next year"
        rf"(?P<sofar>(?:so\s+far\s+this\s+year|year[-\s]to[-\s]date|so\s+far\s+in\s+(?:(?P<sofary>{year})(?![-–/]\d)|(?P<sofarm>{month})|the\s+(?P<sofars>{split_year})\s+{season})|earlier\s+this\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year))",
        rf"(?P<rel>(?:(?:in|during|for|over|throughout)\s+)?(?P<relearly>earlier\s+)?(?:the\s+)?(?P<reln>this|last|next|past|previous|prior|preceding|coming|current)\s+(?P<relu>year|month|week|quarter))",
        rf"(?P<nextn>(?:(?:over|in|during|within)\s+the\s+(?P<nextdir>next|coming|past|last)|over|within)\s+(?P<nextn_n>{number})\s+(?P<nextu>years?|months?|weeks?|days?))(?!\s+(?:ago|earlier|before|later))",
        r"(?P<coming>in\s+the\s+coming\s+(?P<comingu>months|weeks|years))",
        # "over the coming decade", "in the past decade": ten years from or to the published date (five for a half-decade)
        r"(?P<decade>(?:(?:over|in|during|within)\s+)?the\s+(?P<decadew>next|coming|past|last)\s+(?P<decadeh>half[-\s])?decade)",
        # "crews have so far laid": up to the published date
        r"(?P<sofarbare>so\s+far)(?!\s+(?:this|in|as|that|so)\b)",
        # "this spring", "last winter", "in the summer of 2024" (northern seasons)
        rf"(?P<season>(?:(?:in|during|over|by)\s+the\s+|(?:(?:in|during|over|by)\s+)?(?P<seasonw>this|last|next|the\s+coming|the\s+past)\s+"
        rf"|(?:(?:in|during|over|by)\s+)?(?=(?:spring|summer|autumn|fall|winter)\s+{year}))"
        rf"(?P<seasonn>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<seasony>{year}))?)(?![\w-])(?!\s+(?:in|of)\s+(?!(?:19|20)\d\d))",
        r"(?P<now>\b(?:currently|now|today|at\s+present|at\s+the\s+moment)\b)",
        r"(?P<yesterday>\byesterday\b)",
        # a month before what it dates: "September exports rose", "the bloc's April output", "the March figure",
        # "June's 4.8% drop"
        rf"(?P<mmod>(?=(?-i:[A-Z]))(?P<mmodm>{month})(?:\s+(?P<mmody>{year}))?(?=['’]s\s|\s+(?:(?-i:[a-z-]+)\s+){{0,2}}(?:{_MODIFIED_NOUNS})\b))",
        # "in June", "in May 2024", "in 2019", "during 2023"
        # the period an earlier sentence named: "during the month", "over the same period"
        # the period named before, a year back: "in the same quarter a year earlier", "a year earlier"
        # "in the same period last year", "the same months of the previous year"
        r"(?P<back>(?:(?:in|during|for|over)\s+)?(?:the\s+same\s+(?P<backu>period|month|quarter|half|(?:\w+\s+)?months)\s+"
        r"(?:a\s+year\s+(?:earlier|before|ago)|(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year|(?:of\s+)?the\s+year\s+before)|a\s+year\s+(?:earlier|before)|the\s+year\s+(?:earlier|before)))",
        rf"(?P<ana>(?:(?:in|during|for|over|throughout|through)\s+(?:the|that|this)|that)\s+(?P<anau>same\s+period|same\s+month|same\s+quarter|same\s+(?:first\s+)?(?:\w+[\s-])?months|same\s+stretch|period|month|quarter|year(?!\s+(?:to|through|ending|ended|before|earlier|ago)\b))(?:\s+of\s+(?P<anay>{year}))?)",
        rf"(?P<month>(?:in|during|for|throughout|over)\s+(?:the\s+month\s+of\s+|the\s+whole\s+of\s+|all\s+of\s+)?(?P<mm>{month})(?:\s+(?:of\s+)?(?P<my>{year}|{relative_year}))?)(?![\w-])",
        rf"(?P<year>(?:in|during|for|throughout|over)\s+(?:(?:the\s+)?(?:whole\s+|full\s+|calendar\s+)?(?:year\s+)?)?(?P<yy>{year})(?:\s+(?:and|to|through)\s+(?P<yy2>{year}))?)(?![\w-])",
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def _count(written: str) -> int:
    """A count of a period phrase, in digits or in words: "12", "twelve", "a" -> 12, 12, 1."""
    written = written.lower()
    return int(written) if written.isdigit() else _NUMBER_WORDS[written]


def _relative_unit(which: str, unit: str, published: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar year, month, quarter or week that "this", "last", "next" (...) names."""
    step = -1 if which in ("last", "past", "previous", "prior", "preceding") else 1 if which in ("next", "coming") else 0
    if unit == "year":
        year = published.year + step
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if unit == "month":
        first = add_months(published.replace(day=1), step)
        return first, _month_end(first.year, first.month)
    if unit == "quarter":
        first = add_months(dt.date(published.year, (published.month - 1) // 3 * 3 + 1, 1), 3 * step)
        return first, _month_end(*add_months(first, 2).timetuple()[:2])
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
    return monday, monday + dt.timedelta(days=6)


def _shift(day: dt.date, unit: str, n: int) -> dt.date:
    """The date n years, quarters, months, weeks or days after `day` (before it when n < 0)."""
    if unit == "year":
        return _shift_year(day, n)
    if unit in ("month", "quarter"):
        return add_months(day, n * (3 if unit == "quarter" else 1))
    return day + dt.timedelta(days=n * (7 if unit == "week" else 1))


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _latest_month(month: int, published: dt.date) -> int:
    """The year of the latest `month` on or before the published date."""
    return published.year if month <= published.month else published.year - 1


UPCOMING_DAYS = 62


def _nearest_year(month: int, day: int, published: dt.date, latest: int) -> int:
    """The year of the `month`/`day` nearest `published`: the latest one on or before it, or the
    next one when that is nearer and at most UPCOMING_DAYS ahead (news names a coming day weeks
    ahead, a past one at any distance)."""
    try:
        past, upcoming = dt.date(latest, month, day), dt.date(latest + 1, month, day)
    except ValueError:  # 29 February
        return latest
    if past > published:  # the month is this one and the day still ahead
        return latest
    ahead = upcoming - published
    return latest + 1 if ahead < (published - past) and ahead.days <= UPCOMING_DAYS else latest


def _parse_date(text: str, published: dt.date | None) -> tuple[dt.date | None, dt.date | None, str | None]:
    """A date expression -> its interval (a day, a month, a year)."""
    text = " ".join(text.replace(",", " ").split())
    words = text.lower().replace(".", "").split()
    if words[:1] == ["the"]:
        words = words[1:]
    if words[:2] == ["end", "of"]:
        _, last, note = _parse_date(" ".join(words[2:]), published)
        return last, last, note
    year = next((int(w) for w in words if re.fullmatch(r"(?:19|20)\d\d", w)), None)
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    day = next((int(re.match(r"\d+", w).group()) for w in words if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", w)), None)
    if month is None:
        if year is None:
            return None, None, "no date"
        return dt.date(year, 1, 1), dt.date(year, 12, 31), None
    if year is None:
        if published is None:
            return None, None, "a month without a year and no published date"
        year = _latest_month(month, published)
        if day is not None:  # a day without a year is the one nearest the published date: "takes effect on Sept. 1"
            year = _nearest_year(month, day, published, year)
    if day is not None:
        try:
            return dt.date(year, month, day), dt.date(year, month, day), None
        except ValueError:
            return None, None, f"no such day: {text}"
    return dt.date(year, month, 1), _month_end(year, month), None


def _split_years(first: str, second: str) -> tuple[int, int]:
    """"2024", "25" -> (2024, 2025); "1999", "00" -> (1999, 2000); "2019", "2021" -> (2019, 2021)."""
    a = int(first)
    if len(second) == 4:
        return a, int(second)
    b = a // 100 * 100 + int(second)
    return a, b + 100 if b < a else b


def _bounded(phrase: str, first: dt.date, last: dt.date, published: dt.date | None) -> tuple[dt.date | None, dt.date | None, None]:
    """The interval of "by early August" (its end only), "since mid-2022" (from its start to the
    published date), "from late March" (its start only), or "in early July" (all of it)."""
    word = phrase.split()[0].lower()
    if word in ("by", "until"):
        return None, last, None
    if word == "since":
        return first, published, None
    if word == "from":
        return first, None, None
    return first, last, None


_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month; three months each


def _season(g: dict, published: dt.date) -> tuple[dt.date | None, dt.date | None, str | None]:
    """"this spring" -> March to May of the published year; "last winter" -> the latest December
    to February that has ended; "in the summer of 2024" -> June to August 2024."""
    start = _SEASON_MONTHS[g["seasonn"].lower()]
    which = " ".join((g["seasonw"] or "").lower().split())
    if g["seasony"]:
        year = int(g["seasony"])
    elif which in ("last", "the past"):
        year = published.year - 1 if add_months(dt.date(published.year, start, 1), 3) > published else published.year
    elif which in ("next", "the coming"):
        year = published.year + 1 if dt.date(published.year, start, 1) <= published else published.year
    elif which == "this" or not which:
        year = published.year if not (start == 12 and published.month <= 2) else published.year - 1
    else:
        return None, None, f"unread period: {which}"
    first = dt.date(year, start, 1)
    return first, add_months(first, 3) - dt.timedelta(days=1), None


def year_back(day: dt.date) -> dt.date:
    """The same day a year before (see _shift_year)."""
    return _shift_year(day, -1)


def _shift_year(day: dt.date, years: int) -> dt.date:
    """The same day `years` later (28 February for 29 February; a month's last day stays its last)."""
    if day.month == 2 and day.day >= 28:
        return _month_end(day.year + years, 2)
    return day.replace(year=day.year + years)


def add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _relative_year(words: str, published: dt.date | None) -> int | None:
    words = words.lower()
    if published is None:
        return None
    if "last" in words or "previous" in words:
        return published.year - 1
    if "next" in words:
        return published.year + 1
    return published.year


def _year_for_month(written: str | None, month: int, published: dt.date | None) -> int | None:
    """The year of a month phrase: as written, else the latest such month on or before the
    published date; None when neither is known."""
    if written:
        return int(written)
    return _latest_month(month, published) if published is not None else None


def _year_of(words: str | None, published: dt.date | None) -> int | None:
    """The year a part of a year belongs to: written ("of 2025"), relative ("of last year"), or
    unsaid ("the first half", "of the year": the published year); None when it needs a date we lack."""
    words = (words or "").lower()
    if re.fullmatch(r"(?:19|20)\d\d", words):
        return int(words)
    if published is None:
        return None
    return _relative_year(words, published) if "year" in words and words != "the year" else published.year


def resolve(m: re.Match[str], published: dt.date | None,
            fiscal_month: int = FISCAL_START_MONTH) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The interval of one period match (see _pattern for the phrase kinds); `fiscal_month`: the
    month the document's fiscal years start in (econfacts/data/fiscal_years.csv)."""
    g = m.groupdict()
    undated = "relative period and no published date"
    if g["range"]:
        a, b = g["a"], g["b"]
        year_b = re.search(r"(?:19|20)\d\d", b)
        if year_b and not re.search(r"(?:19|20)\d\d", a) and re.search(r"[A-Za-z]", a):
            a = f"{a} {year_b.group()}"  # "between January and June 2020"
        first, _, n1 = _parse_date(a, published)
        _, last, n2 = _parse_date(b, published)
        if first is not None and last is not None and first > last and not re.search(r"(?:19|20)\d\d", a):
            first = year_back(first)  # "from July to June": the July before that June
        return first, last, n1 or n2
    if g["dayrange"]:
        month = g["drm"] or g["drmb"]
        days = (g["drd1"], g["drd2"]) if g["drm"] else (g["drd1b"], g["drd2b"])
        year = f" {g['dry']}" if g["dry"] else ""
        first, _, n1 = _parse_date(f"{month} {days[0]}{year}", published)
        _, last, n2 = _parse_date(f"{month} {days[1]}{year}", published)
        return first, last, n1 or n2  # "May 20-3" reads backwards: periods() drops its dates
    if g["weekof"]:
        month = _MONTHS[g["wom"].lower().rstrip(".")]
        year = _year_for_month(g["woy"], month, published)
        if year is None:
            return None, None, undated
        weeks = _count(g["won"] or "1")
        which, last_day = g["wow"].lower(), calendar.monthrange(year, month)[1]
        if which in ("last", "final", "closing"):
            first_day, end_day = last_day - 7 * weeks + 1, last_day
        else:
            first_day = 7 * (_ORDINALS.get(which, 1) - 1) + 1
            end_day = first_day + 7 * weeks - 1
        if first_day < 1 or end_day > last_day:
            return None, None, f"not weeks of one month: {m.group()}"
        return dt.date(year, month, first_day), dt.date(year, month, end_day), None
    if g["mquarter"]:
        month = _MONTHS[g["mqm"].lower().rstrip(".")]
        year = _year_for_month(g["mqy"] or g["mqy2"], month, published)
        if year is None:
            return None, None, undated
        last = _month_end(year, month)
        return add_months(last.replace(day=1), -2), last, None
    if g["decades"]:
        first_year = int(g["decy"])
        return dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), None
    if g["yearsto"]:
        years, last_year = _count(g["ysn"] or "10"), int(g["ysy"])
        if not 1 <= years <= 50:
            return None, None, f"not a span of years: {m.group()}"
        return dt.date(last_year - years + 1, 1, 1), dt.date(last_year, 12, 31), None
    if g["mpart"]:
        month = _MONTHS[g["mpm"].lower().rstrip(".")]
        year = _year_for_month(g["mpy"], month, published)
        if year is None:
            return None, None, undated
        last_day = calendar.monthrange(year, month)[1]
        first, last = {"early": (1, 10), "mid": (11, 20), "late": (21, last_day)}[g["mpw"].lower()]
        return _bounded(m.group(), dt.date(year, month, first), dt.date(year, month, last), published)
    if g["lastm"]:
        if published is None:
            return None, None, undated
        month = _MONTHS[g["lmm"].lower().rstrip(".")]
        which = g["lmw"].lower()
        if which == "this":  # "this November": the month of the published year
            year = published.year
        elif which == "next":
            year = published.year if month > published.month else published.year + 1
        else:
            year = published.year if month < published.month else published.year - 1
        return dt.date(year, month, 1), _month_end(year, month), None
    if g["ana"] or g["back"]:
        return None, None, EARLIER_PERIOD
    if g["split"]:
        first_year, last_year = _split_years(g["sa"], g["sb"])
        if last_year <= first_year:
            return None, None, f"not a span of years: {m.group()}"
        if last_year == first_year + 1:  # one fiscal or crop year
            season = (g["splitc"] or g["splits"] or "").lower().split()[:1]
            start = SEASON_START_MONTH if season and season[0] in _SEASON_WORDS else fiscal_month
            first, last = dt.date(first_year, start, 1), add_months(dt.date(first_year, start, 1), 12) - dt.timedelta(days=1)
        else:
            first, last = dt.date(first_year, 1, 1), dt.date(last_year, 12, 31)
        return (None, last, None) if (g["splitw"] or "").lower() in ("by", "until", "through") else (first, last, None)
    if g["ypart"]:
        year = int(g["ypy"]) if g["ypy"] else _relative_year(g["ypr"], published)
        if year is None:
            return None, None, undated
        first_month, last_month = {"early": (1, 3), "mid": (4, 9), "late": (10, 12)}[g["ypw"].lower()]
        return _bounded(m.group(), dt.date(year, first_month, 1), _month_end(year, last_month), published)
    if g["relfy"]:
        if published is None:
            return None, None, undated
        start_year = published.year if published.month >= fiscal_month else published.year - 1
        start_year += {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(g["relfyw"].lower(), 0)
        return dt.date(start_year, fiscal_month, 1), dt.date(start_year + 1, fiscal_month, 1) - dt.timedelta(days=1), None
    if g["nmonths"]:
        n = _count(g["nmn"])
        if published is None:
            return None, None, undated
        if not 1 <= n <= 12:
            return None, None, f"not a part of a year: {m.group()}"
        year = published.year if n < published.month else published.year - 1
        return dt.date(year, 1, 1), _month_end(year, n), None
    if g["mrange"]:
        ma, mb = _MONTHS[g["ma"].lower().rstrip(".")], _MONTHS[g["mb"].lower().rstrip(".")]
        if ma > mb and re.search(r"\sand\s", m.group()):
            # "248,000 and 254,000 bpd in February and January, respectively": two months, no span
            return None, None, f"two months, not one span: {m.group()}"
        year = _year_for_month(g["mry"], mb, published)
        if year is None:
            return None, None, undated
        return dt.date(year if ma <= mb else year - 1, ma, 1), _month_end(year, mb), None
    if g["halfm"]:
        month = _MONTHS[g["hmm"].lower().rstrip(".")]
        year = _year_for_month(g["hmy"], month, published)
        if year is None:
            return None, None, undated
        if g["hmw"].lower() == "first":
            return dt.date(year, month, 1), dt.date(year, month, 15), None
        return dt.date(year, month, 16), _month_end(year, month), None
    if g["firstn"] and g["fnfy"]:  # "the first six months of the fiscal year (starting April)": from its start
        n = _count(g["fn"]) * (3 if g["fnu"].lower() == "quarters" else 1)
        if published is None:
            return None, None, undated
        if not 1 <= n <= 12:
            return None, None, f"not a part of a year: {m.group()}"
        start_month = _MONTHS[g["fnfm"].lower().rstrip(".")] if g["fnfm"] else fiscal_month
        first = dt.date(published.year if published.month >= start_month else published.year - 1, start_month, 1)
        return first, add_months(first, n) - dt.timedelta(days=1), None
    if g["firstn"]:
        n = _count(g["fn"]) * (3 if g["fnu"].lower() == "quarters" else 1)
        year = _year_of(g["fny"], published)
        if year is None:
            return None, None, undated
        if not 1 <= n <= 12:
            return None, None, f"not a part of a year: {m.group()}"
        return dt.date(year, 1, 1), _month_end(year, n), None
    if g["mmod"]:
        month = _MONTHS[g["mmodm"].lower().rstrip(".")]
        year = _year_for_month(g["mmody"], month, published)
        if year is None:
            return None, None, undated
        return dt.date(year, month, 1), _month_end(year, month), None
    if g["month"] and g["my"] and g["my"][0].isdigit():
        month = _MONTHS[g["mm"].lower().rstrip(".")]
        return dt.date(int(g["my"]), month, 1), _month_end(int(g["my"]), month), None
    if g["year"]:
        year = int(g["yy"])
        last_year = int(g["yy2"]) if g["yy2"] and int(g["yy2"]) > year else year  # "in 2019 and 2020"
        return dt.date(year, 1, 1), dt.date(last_year, 12, 31), None
    if g["part"]:
        name = g["pname"].lower().replace("-", " ").split()
        if len(name) == 1:  # "Q3", "H1", "3Q", "1H"
            code = name[0] if name[0][0] in "qh" else name[0][::-1]
            number, half = int(code[1]), code[0] == "h"
        else:  # "third quarter", "first half"
            half = name[1] == "half"
            number = (2 if half else 4) if name[0] == "final" else _ORDINALS[name[0]]
        split = g["pyear2"] or (g["pyear"] if g["pyear"] and re.search(r"\d[-–/]", g["pyear"]) else None)
        if split is not None:  # "the first quarter of 2020/21": of the fiscal year that starts in April 2020
            first_year, _ = _split_years(*re.split(r"\s?[-–/]\s?", split))
            first = add_months(dt.date(first_year, fiscal_month, 1), (number - 1) * (6 if half else 3))
            return first, add_months(first, 6 if half else 3) - dt.timedelta(days=1), None
        year = 2000 + int(g["pyy"].lstrip("'")) if g["pyy"] else _year_of(g["pyear"], published)  # "1Q24", "Q3'25"
        if year is None:
            return None, None, undated
        first_month = (number - 1) * (6 if half else 3) + 1
        return dt.date(year, first_month, 1), _month_end(year, first_month + (5 if half else 2)), None
    if g["fiscal"]:
        raw = g["fy"] or g["fy2"]
        year = int(raw) if len(raw) == 4 else 2000 + int(raw)
        if g["fy"] and not re.search(r"[-–/]", m.group()) and (len(raw) == 2 or fiscal_month != FISCAL_START_MONTH
                                                                or re.search(r"FY", m.group(), re.IGNORECASE)):
            year -= 1  # "FY25", "FY2025" end in 2025: they start in April 2024; "fiscal 2025" starts in April 2025
        last = dt.date(year + 1, fiscal_month, 1) - dt.timedelta(days=1)
        if (g["fiscalw"] or "").lower() in ("by", "until", "through"):  # "by FY26": its end
            return None, last, None
        return dt.date(year, fiscal_month, 1), last, None
    if g["weekto"]:  # "the week ended April 3": the seven days to that day
        _, last, note = _parse_date(g["wtd"], published)
        weeks = _count(g["wtn"] or "1")
        return (last - dt.timedelta(days=7 * weeks - 1) if last else None), last, note
    if g["yearto"]:
        month = _MONTHS[g["ytm"].lower().rstrip(".")]
        year = _year_for_month(g["yty"], month, published)
        if year is None:
            return None, None, undated
        last = _month_end(year, month)
        months = _count(g["ytn"] or "12")
        if not 1 <= months <= 120:
            return None, last, f"not a span of months: {m.group()}"
        return add_months(last.replace(day=1), 1 - months), last, None
    if g["by"]:
        if g["byrel"]:
            year = _relative_year(g["byrel"], published)
            return (None, dt.date(year, 12, 31), None) if year is not None else (None, None, undated)
        _, last, note = _parse_date(re.sub(r"^end-", "end of ", g["byd"], flags=re.IGNORECASE), published)
        return None, last, note
    if g["edge"]:
        if g["edgerel"]:
            year = _relative_year(g["edgerel"], published)
            if year is None:
                return None, None, undated
            first, last, note = dt.date(year, 1, 1), dt.date(year, 12, 31), None
        else:
            first, last, note = _parse_date(g["edged"], published)
        if g["edgew"].lower() in ("end", "close"):
            return last, last, note
        return first, first, note
    if g["since"]:
        first, _, note = _parse_date(g["sinced"], published)
        return first, published, note
    if g["from"]:
        text = g["fromd"]
        if g["fromw"]:  # "from Thursday": the next one, or the published day itself
            if published is None:
                return None, None, undated
            day = published + dt.timedelta(days=(_WEEKDAYS[g["fromw"].lower()] - published.weekday()) % 7)
            return day, None, None
        first, _, note = _parse_date(text, published)
        if first is not None and published is not None and not re.search(r"(?:19|20)\d\d", text) and first < published:
            first = first.replace(year=first.year + 1)  # "from 1 February": the next one
        return first, None, note
    if g["asof"]:
        return _parse_date(g["asofd"], published)
    if g["on"]:
        if g["ond"] and g["onrel"]:
            year = _relative_year(g["onrel"], published)
            if year is None:
                return None, None, undated
            day_of = _parse_date(f"{g['ond']} {year}", published)
            return day_of
        if g["ond"]:
            return _parse_date(g["ond"], published)
        if published is None:
            return None, None, undated
        back = (published.weekday() - _WEEKDAYS[g["onw"].lower()]) % 7
        day = published - dt.timedelta(days=back)
        return day, day, None
    if published is None:
        return None, None, undated
    if g["sofar"]:
        if g["sofarm"]:  # "so far in October"
            month = _MONTHS[g["sofarm"].lower().rstrip(".")]
            return dt.date(_latest_month(month, published), month, 1), published, None
        if g["sofars"]:  # "so far in the 2022/23 season"
            first_year, _ = _split_years(*re.split(r"\s?[-–/]\s?", g["sofars"]))
            return dt.date(first_year, SEASON_START_MONTH, 1), published, None
        year = int(g["sofary"]) if g["sofary"] else published.year
        return dt.date(year, 1, 1), published, None
    if g["rel"] and g["reln"].lower() == "coming":  # "in the coming year": from the published date, as "in the coming months"
        return published, _shift(published, g["relu"].lower(), 1), None
    if g["rel"]:
        first, last = _relative_unit(g["reln"].lower(), g["relu"].lower(), published)
        if g["relearly"] and g["reln"].lower() in ("this", "current"):  # "earlier this month": up to the published date
            last = published
        return first, last, None
    if g["nextn"]:
        n = _count(g["nextn_n"])
        sign = 1 if (g["nextdir"] or "next").lower() in ("next", "coming") else -1
        other = _shift(published, g["nextu"].lower().rstrip("s"), sign * n)
        return (published, other, None) if sign > 0 else (other, published, None)
    if g["coming"]:
        return published, None, None
    if g["decade"]:
        years = 5 if g["decadeh"] else 10  # "over the next half-decade": five years
        other = published.replace(year=published.year + (years if g["decadew"].lower() in ("next", "coming") else -years),
                                  day=min(published.day, 28) if published.month == 2 else published.day)
        return (published, other, None) if other > published else (other, published, None)
    if g["sofarbare"]:
        return None, published, None
    if g["season"]:
        return _season(g, published)
    if g["now"]:
        return published, published, None
    if g["yesterday"]:
        day = published - dt.timedelta(days=1)
        return day, day, None
    if g["month"]:
        month = _MONTHS[g["mm"].lower().rstrip(".")]
        year = _relative_year(g["my"], published) if g["my"] else _latest_month(month, published)
        return dt.date(year, month, 1), _month_end(year, month), None
    return None, None, "unread period"


_TOKEN = re.compile(r"[\w][\w'’.-]*")
_HEAD = re.compile(r"[a-z0-9]*")
# The words a period phrase can begin with: the full pattern is tried only where one stands (its
# twenty alternatives tried at every character cost ten times more).
_OPENERS = frozenset([
    "between", "from", "in", "for", "during", "over", "throughout", "within", "the", "first", "second", "third",
    "fourth", "1st", "2nd", "3rd", "4th", "q1", "q2", "q3", "q4", "h1", "h2", "fiscal", "financial", "at", "by",
    "until", "till", "through", "since", "on", "so", "year", "earlier", "this", "last", "next", "past", "previous",
    "coming", "current", "currently", "now", "today", "yesterday", "sept", "early", "mid", "late", "starting",
    "beginning", "effective", "covering", "as", "that", "around", "spring", "summer", "autumn", "fall", "winter", *_MONTHS])
_YEAR_HEAD = re.compile(r"(?:19|20)\d\d")
_TERM_VERBS = frozenset({"runs", "run", "running", "ran", "spans", "span", "spanning", "lasts", "lasted", "lasting"})
_THAT_UNITS = (["month"], ["quarter"], ["year"], ["period"], ["week"], ["season"])


def periods(sentence: str, published: dt.date | None, words: tuple[list[int], list[str]] | None = None,
            fiscal_month: int = FISCAL_START_MONTH) -> list[Period]:
    """Every period phrase of a sentence with its interval, left to right, not overlapping.
    `words`: the sentence's word starts and lower-case words when the caller has read them;
    `fiscal_month`: the month the document's fiscal years start in."""
    out: list[Period] = []
    if words is None:
        found = [(m.start(), m.group().lower()) for m in _TOKEN.finditer(sentence)]
        starts, lower = [a for a, _ in found], [w for _, w in found]
    else:
        starts, lower = words
    pattern, taken = _pattern(), 0
    for k, (start, word) in enumerate(zip(starts, lower)):
        if start < taken:
            continue
        head = _HEAD.match(word).group()
        if head == "that" and lower[k + 1 : k + 2] not in _THAT_UNITS:
            continue  # "that month", "that period"; the word "that" is tried no further
        if head not in _OPENERS and not word.startswith("fy"):
            if head == "a":  # "a year earlier"
                if lower[k + 1 : k + 2] != ["year"]:
                    continue
            elif not (_YEAR_HEAD.fullmatch(head) and (len(word) > 4 or sentence[start + 4 : start + 5] == "/")):
                continue  # a year joined to another: "2024/25 allocations", "2022-23"
        m = pattern.match(sentence, start)
        if m is None:
            continue
        taken = m.end()
        if k and lower[k - 1] in _TERM_VERBS:
            continue  # "the 2022-23 crop year, which runs from July to June": the months of a term, no period
        first, last, note = resolve(m, published, fiscal_month)
        if m.lastgroup == "split" and (first is None and last is None or not m.group("splitw") and not m.group("splitc")
                                       and not m.group("splits") and (last - first).days > 366):
            continue  # "2019-2015" is no span of years; "the 2018/2020 measures" names no period
        if m.lastgroup == "part" and not m.group("pyear") and not m.group("pyear2") and first is not None:
            fiscal = next((p.first for p in reversed(out) if p.first and p.last and p.first.month == fiscal_month
                           and p.kind in ("split", "fiscal") and 364 <= (p.last - p.first).days <= 366), None)
            if fiscal is not None:  # "7.2 per cent in 2024-25: 7.1 per cent in Q1": the quarters of that fiscal year
                months = (last.month - first.month + 1) if last.year == first.year else 3
                first = add_months(fiscal, first.month - 1)
                last = add_months(first, months) - dt.timedelta(days=1)
            named = out[-1] if out else None
            if (named is not None and named.kind == "mrange" and named.first is not None and named.last is not None
                    and not sentence[named.end : m.start()].strip()):
                first, last = named.first, named.last  # "the April to June first quarter": the months say which
        if (last is not None and (first is not None or m.lastgroup == "by") and published is not None and last < published
                and _undated_month(m.group()) and _looks_ahead(sentence, m.start())):
            # "In November, voters will decide", "expects $4 billion in loans by November": a month named without
            # its year in a sentence that looks ahead is the coming one, not the latest past one
            first, last = (year_forward(first) if first is not None else None), year_forward(last)
        if first is not None and last is not None and first > last:
            # a figure is never lost to its period: an interval read backwards gets no dates and says so
            first, last, note = None, None, f"the period read ends before it starts: {m.group()}"
        out.append(Period(m.start(), m.end(), m.group(), first, last, note, m.lastgroup))
    return out


_AHEAD = re.compile(r"\b(?:will|shall|won't|is\s+due|are\s+due|is\s+set\s+to|are\s+set\s+to|scheduled|upcoming|"
                    r"expects?|(?:is|are)\s+expected\s+to|aims?\s+to|plans?\s+to|hopes?\s+to|intends?\s+to|seeks?\s+to)\b|"
                    r"\w'll\b",
                    re.IGNORECASE)
AHEAD_REACH = 80  # characters either side of a period phrase read for a verb that looks ahead


_OTHER_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|after|before)\b|;", re.IGNORECASE)


def _looks_ahead(sentence: str, at: int) -> bool:
    """Whether the clause of a period phrase looks ahead ("will", "is due", "is set to"): a
    marker near it with no other clause between ("rose in May and will rise in July": May is past)."""
    for marker in _AHEAD.finditer(sentence, max(0, at - AHEAD_REACH), at + AHEAD_REACH):
        between = sentence[marker.end() : at] if marker.end() <= at else sentence[at : marker.start()]
        if not _OTHER_CLAUSE.search(between):
            return True
    return False


def _undated_month(phrase: str) -> bool:
    """A phrase that names a month but no year, and does not look back ("last May", "in June")."""
    words = [w.rstrip(".").lower() for w in _TOKEN.findall(phrase)]
    return (any(w in _MONTHS for w in words) and not any(re.fullmatch(r"(?:19|20)\d\d|'?\d\d", w) for w in words)
            and not any(w in ("last", "past", "previous", "earlier", "ago") for w in words))


def year_forward(day: dt.date) -> dt.date:
    """The same day a year later (see _shift_year)."""
    return _shift_year(day, 1)


CLAUSE_WEIGHT = 6  # a period outside the figure's clause counts as this many more words away
AFTER_BONUS = 1  # "rose 5% in 2024": a period just after the figure is its own
OUT_OF_CLAUSE_REACH = 12  # a period outside the figure's clause counts only this many words away
NOW_WEIGHT = 3  # "the forecast for 2018 is now 4.6%": a "now" before the figure dates the statement; a named period near it wins
OPENING = 3  # a period within the first characters of a sentence sets the time of the whole sentence
_COMPARISON = re.compile(r"(?:\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\bfrom|\bon|\bover"
                         r"|\b(?:above|below)(?:\s+(?:its|their|the)\s+level)?"
                         # "a fall of 7.5% from the corresponding period in 2024": the base's period
                         r"|\b(?:than|from|against|over|with|to)\s+the\s+(?:same|corresponding|comparable|like)\s+"
                         r"(?:period|months?|quarter|weeks?|time)(?:\s+(?:of|in))?"
                         # "from the March figure": a month before what it dates (a phrase that opens with "the" takes it in)
                         r"|\b(?:than|from|against|over|with)\s+the)\s*$",
                         re.IGNORECASE)


_BASE_BETWEEN = re.compile(r"\b(?:from|against|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:a\s+|an\s+|the\s+)?[^\s,;]*\d", re.IGNORECASE)
_FROM_X = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_Y = re.compile(r"\s*(?:\([^)]*\)\s*)?,?\s*to\s", re.IGNORECASE)
_DAY = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d)|\b(?:" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_FROM_REACH = 3  # words before "from" read for a change


@cache
def _change_words() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in table("change"))


def compared(period: Period, sentence: str) -> bool:
    """Whether a comparison word stands just before the period ("than in August", "compared with May")."""
    return _COMPARISON.search(sentence[max(0, period.start - 48) : period.start]) is not None


def elsewhere(period: Period, start: int, end: int, sentence: str) -> bool:
    """Whether the period belongs to another figure than the one at [start, end), or is a
    comparison base: "than in August", "compared with May" (before the period); "slumped 60% from
    January 2025" (base_after_from); "from 2.3% to 2.5% by 2027" (the second figure's); "rose 4.9%,
    easing from 6.5% in September" (the base figure's)."""
    if compared(period, sentence):
        return True
    if base_after_from(period, sentence):
        return True
    if period.start < end:
        return False
    return bool(_FROM_X.search(sentence[max(0, start - 12) : start]) and _TO_Y.match(sentence, end, period.start)
                or _BASE_BETWEEN.search(sentence, end, period.start))


def base_after_from(period: Period, sentence: str) -> bool:
    """"slumped 60% from January 2025", "a 15.6pp rise from 2024", "down 30.9% from August": a
    month or year after "from" that a change or a figure stands just before is the comparison base,
    not the figure's start (a day is a start: "rises to 25% from 1 August")."""
    if period.kind != "from" or _DAY.search(period.text):
        return False
    before = _TOKEN.findall(sentence[max(0, period.start - 40) : period.start])[-_FROM_REACH:]
    if before and re.search(r"\d%?$|%$", before[-1]):
        return True
    return any(word.lower() in _change_words() for word in before)


STATEMENT_DAYS = frozenset({"on", "yesterday"})  # kinds that can date a statement rather than a figure
_SAID_REACH = 25  # characters either side of such a period in which a verb of saying makes it the statement's
_SAID_FAR = 60  # characters before such a period a verb of saying is read when only where it was said stands between
_NOT_WHERE_SAID = re.compile(r"\d|[,;:]|\b(?:that|and|but|while|after|before)\b", re.IGNORECASE)


@cache
def _reporting() -> re.Pattern[str]:
    from econfacts._data import table

    words = "|".join(sorted((re.escape(row["word"]) for row in table("reporting_verbs")), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def dates_a_statement(period: Period, sentence: str) -> bool:
    """"the ministry said on Thursday", "on Monday, officials said": the day of a statement."""
    if period.kind not in STATEMENT_DAYS or not sentence:
        return False
    before = sentence[max(0, period.start - _SAID_REACH) : period.start]
    after = sentence[period.end : period.end + _SAID_REACH]
    if _reporting().search(before) or _reporting().search(after):
        return True
    # "said in a post on its X account on Sunday", "told reporters at a briefing on Monday": a verb of
    # saying further back, with only the words of where it was said between
    farther = list(_reporting().finditer(sentence, max(0, period.start - _SAID_FAR), period.start))
    return bool(farther) and not _NOT_WHERE_SAID.search(sentence, farther[-1].end(), period.start)


def choose(found: list[Period], start: int, end: int, clause: tuple[int, int], words_between, sentence: str = "") -> Period | None:
    """The period that governs the figure at [start, end) of its sentence: the nearest, counting
    a period outside the figure's clause as farther; a comparison base ("than in August",
    "compared with May") is never the figure's period; a sentence's opening period ("In
    September, ...") reaches every clause."""
    best, best_score = None, None
    for period in found:
        if period.start < end and period.end > start or dates_a_statement(period, sentence):
            continue
        if sentence and elsewhere(period, start, end, sentence):
            continue
        if period.end <= start:
            gap = words_between(period.end, start)
        else:
            gap = words_between(end, period.start) - AFTER_BONUS
        inside = clause[0] <= period.start and period.end <= clause[1]
        if not inside and period.start > OPENING and gap > OUT_OF_CLAUSE_REACH:
            continue  # a period of another clause, far away, says nothing of this figure
        score = gap + (0 if inside else CLAUSE_WEIGHT) + (NOW_WEIGHT if period.kind == "now" and period.end <= start else 0)
        if period.start <= OPENING and not inside:
            score = min(score, CLAUSE_WEIGHT)
        if best_score is None or score < best_score:
            best, best_score = period, score
    return best
