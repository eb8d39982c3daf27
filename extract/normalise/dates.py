"""Date spans to ISO 8601 at the written precision, resolved against the brief's publication date.

SCHEMA.md revision 2: deictic expressions (`today`, `this week`, `last June`, `six years ago`, `the past decade`)
resolve against `published`, never a year written earlier; anaphoric ones (`that year`, `the following year`) against
the time the text is about. A date without a year takes the last year written before it (seeds/README.md) unless
that is the publication year or later (a target, not the narrative's time): then the candidate nearest to
publication (ties: the earlier, as briefs mostly look back); in a sentence about the future, the first on or after
publication. A period written as two dates is the interval of their values.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from extract.ingest import MONTHS
from extract.normalise.numbers import parse_number

_MONTH = r"(?P<{name}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<{name}>(?:1[6-9]|20|21)\d\d)"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
ORDINAL_WORDS = {"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                 "twenty-first": 21, "twenty-second": 22}
YEAR_UNITS = {"year": 1, "decade": 10, "century": 100}
_UNIT = r"(?P<unit>years?|decades?|centur(?:y|ies)|months?|weeks?|days?|hours?)"
_SEASON = r"(?P<season>spring|summer|fall|autumn|winter)"
_WEEKDAY = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"
# `early`, `mid`, `late` keep the precision written; `the end of` / `the beginning of` a year or period is its
# last / first month (seeds/README.md: `the end of FY2023` -> `2023-09`); a half of a year is its six months.
_MODIFIER = re.compile(r"^(?:the )?(?P<mod>early|mid|late|earlier|later|end|beginning|start|middle|first half"
                       r"|second half)(?: of)?[\s-]+(?=\S)", re.IGNORECASE)


# What joins the two ends of a period written out (`2012 to January 20, 2025`, `the 1930s and the late 1960s`).
_RANGE_SPLIT = re.compile(r"\s+(?:to|through|until|and)\s+|\s*–\s*", re.IGNORECASE)


def _pattern(template: str) -> re.Pattern[str]:
    """Compile a template whose {month1}/{year1}-style slots expand to named month/year groups."""
    slots = {f"month{i}": _MONTH.format(name=f"month{i}") for i in (1, 2)}
    slots.update({f"year{i}": _YEAR.format(name=f"year{i}") for i in (1, 2)})
    return re.compile("^" + template.format(**slots) + "$", re.IGNORECASE)


_DAY = r"(?P<day{n}>\d{{{{1,2}}}})(?:st|nd|rd|th)?"  # braces doubled twice: formatted twice
_FISCAL = r"(?:FY|fiscal\s+years?)"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"^(?P<year1>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")),
    ("iso_month", re.compile(r"^(?P<year1>\d{4})-(?P<m>\d{2})$")),
    ("mdy", _pattern(r"{month1}\s+" + _DAY.format(n=1) + r",?\s+{year1}")),
    ("dmy", _pattern(_DAY.format(n=1) + r"\s+{month1},?\s+{year1}")),
    ("md_range_y", _pattern(r"{month1}\s+" + _DAY.format(n=1) + r"\s*(?:-|–|to|through|and)\s*" + _DAY.format(n=2)
                            + r",?\s+{year1}")),
    ("md_md", _pattern(r"{month1}\s+" + _DAY.format(n=1) + r"\s*(?:-|–|to|through)\s*{month2}\s+" + _DAY.format(n=2)
                       + r"(?:,?\s+{year1})?")),
    ("md", _pattern(r"{month1}\s+" + _DAY.format(n=1))),
    ("dm_range", _pattern(_DAY.format(n=1) + r"\s*(?:-|–|to|and)\s*" + _DAY.format(n=2) + r"\s+{month1}"
                          r"(?:,?\s+{year1})?")),
    ("dm", _pattern(_DAY.format(n=1) + r"\s+(?:of\s+)?{month1}")),
    ("my", _pattern(r"{month1},?\s+(?:of\s+)?{year1}")),
    ("my_range", _pattern(r"{month1},?\s*(?:{year1})?\s*(?:-|–|to|through|until|and)\s*{month2},?\s+{year2}")),
    ("m_range_y", _pattern(r"{month1}\s*(?:-|–|to|through)\s*{month2},?\s+{year2}")),
    ("fy_range", re.compile(rf"^{_FISCAL}\s*(?P<fy1>\d{{4}}|\d{{2}})\s*(?:-|–|to|through|and)\s*(?:{_FISCAL}\s*)?"
                            r"(?P<fy2>\d{4}|\d{2})$", re.IGNORECASE)),
    ("y_range", _pattern(r"(?:(?:calendar|tax|crop)\s+years?\s+|CY\s*)?{year1}\s*(?:-|–|to|through|and)\s*"
                         r"(?:(?:calendar|tax|crop)\s+year\s+)?{year2}")),
    ("y_range_short", re.compile(r"^(?P<year1>(?:19|20)\d\d)\s*[-–]\s*(?P<yy>\d\d)$")),
    ("fy", re.compile(rf"^(?:the\s+)?{_FISCAL}\s*(?P<fy1>\d{{4}}|\d{{2}})$", re.IGNORECASE)),
    ("month_only", _pattern(r"{month1}")),
    ("decade", re.compile(r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?P<decade>(?:1[6-9]|20)\d)0'?s$",
                          re.IGNORECASE)),
    ("century", re.compile(r"^(?:the\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")\s+century$",
                           re.IGNORECASE)),
    ("quarter", re.compile(r"^(?:the\s+)?(?P<q>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?"
                           rf"(?P<fy>{_FISCAL}\s*)?(?P<year1>\d{{4}})$", re.IGNORECASE)),
    ("q_short", re.compile(r"^Q(?P<q>[1-4])\s*(?:of\s+)?(?P<year1>\d{4})$", re.IGNORECASE)),
    ("season", re.compile(rf"^(?:the\s+)?{_SEASON}\s+(?:of\s+)?(?P<year1>\d{{4}})$", re.IGNORECASE)),
    ("year", re.compile(r"^(?:the\s+)?(?:(?:calendar|tax|crop)\s+year\s+|CY\s*|year\s+)?"
                        r"(?P<year1>(?:1[6-9]|20|21)\d\d)$", re.IGNORECASE)),
]


def _month(match: re.Match[str], slot: str) -> int:
    """Month number of a matched month name."""
    return MONTHS[match.group(slot).lower().rstrip(".")]


def _fy_interval(first: int | str, last: int | str | None = None) -> str:
    """US federal fiscal years `first`..`last` (as written: `2025`, `25`) as their months, October to September."""
    years = [int(y) + (2000 if int(y) < 100 else 0) for y in (first, last or first)]
    return f"{years[0] - 1}-10/{years[1]}-09"


def _months(year: int, first: int, count: int) -> str:
    """The interval of `count` months from month `first` of `year` (a quarter, a season, a half)."""
    start, end = _month_index(year, first), _month_index(year, first) + count - 1
    return f"{_month_iso(start)}/{_month_iso(end)}"


def _month_index(year: int, month: int) -> int:
    """Months since year 0, so months can be added across years."""
    return year * 12 + month - 1


def _month_iso(index: int) -> str:
    """ISO month of a month index."""
    return f"{index // 12}-{index % 12 + 1:02d}"


def _year_for(month: int, published: Optional[date], context_year: Optional[int] = None,
              day: Optional[int] = None, future: bool = False) -> Optional[int]:
    """The year of a date written without one: the year the text last wrote when that is before the publication
    year; else, in a sentence about the future, the first on or after publication; else of the candidates around
    publication the nearest to it (ties: the earlier)."""
    if future and published is not None:
        return published.year if (month, day or 31) >= (published.month, published.day) else published.year + 1
    if context_year is not None and (published is None or context_year < published.year):
        return context_year
    if published is None:
        return None

    def distance(year: int) -> int:
        """Months (or days, with a day written) between the candidate and publication."""
        if day is None:
            return abs(_month_index(year, month) - _month_index(published.year, published.month))
        return abs((date(year, month, min(day, 28)) - published).days)

    return min((published.year - 1, published.year, published.year + 1), key=lambda year: (distance(year), year))


def _clean(text: str) -> str:
    """The span without typographic variants, editorial brackets, a possessive and a leading preposition."""
    cleaned = re.sub(r"\s+", " ", text.strip().replace("\u2019", "'").replace("\u2013", "-")).rstrip(".,")
    cleaned = re.sub(r"\[(\d{4})\]", r"\1", cleaned).replace("(FY) ", "")
    cleaned = re.sub(r"(?<=[a-z])'s?$", "", cleaned)
    cleaned = re.sub(r"\s+(?:onwards?|and beyond)$", "", cleaned, flags=re.IGNORECASE)
    return re.sub(r"^(?:on|in|by|since|until|from|between|during|as of|through|over|within|for)\s+", "", cleaned,
                  flags=re.IGNORECASE)


def normalise_date(text: str, published: Optional[date], anchor: Optional[str] = None,
                   context_year: Optional[int] = None, future: bool = False) -> Optional[str]:
    """ISO value of a date span, or None when nothing fixes it.

    `anchor` is the ISO day (or month) the surrounding text is about (the last full date before the span), used by
    `that day`-style expressions; `context_year` is the last year written before the span, which a date without
    a year and an anaphoric one (`that summer`) take. Deictic expressions (`today`, `this year`, `last week`,
    `three years ago`) always resolve against `published` (SCHEMA.md revision 2). `future`: the sentence speaks of
    what is to come (`will meet in February`), so a date without a year is the next one from publication.
    """
    return _value(_clean(text), published, anchor, context_year, future)


def _value(cleaned: str, published: Optional[date], anchor: Optional[str],
           context_year: Optional[int], future: bool = False) -> Optional[str]:
    """ISO value of a cleaned span: a modifier applied to what it modifies, else an absolute or a relative date."""
    if published is not None and re.fullmatch(r"(?:the )?end of the year", cleaned, re.IGNORECASE):
        return f"{published.year}-12"
    modifier = _MODIFIER.match(cleaned)
    if modifier:
        inner = _value(cleaned[modifier.end():], published, anchor, context_year, future)
        return _modified(modifier.group("mod").lower(), inner)
    for name, pattern in PATTERNS:
        match = pattern.match(cleaned)
        if match:
            value = _from_match(name, match, published, context_year, future)
            if value is not None:
                return value
    text = cleaned.lower()
    return _deictic(text, published) or _anaphoric(text, published, anchor, context_year) or \
        _range(cleaned, published, anchor, context_year, future)


def _range(cleaned: str, published: Optional[date], anchor: Optional[str], context_year: Optional[int],
           future: bool) -> Optional[str]:
    """A period written as two dates no single pattern covers (`2012 to January 20, 2025`): both ends' values as
    an ISO interval, or None unless both ends have one."""
    ends = _RANGE_SPLIT.split(cleaned, maxsplit=1)
    if len(ends) != 2:
        return None
    first, last = (_value(_clean(end), published, anchor, context_year, future) for end in ends)
    return f"{first}/{last}" if first and last and "/" not in first + last else None


def _modified(mod: str, value: Optional[str]) -> Optional[str]:
    """The value of `<modifier> X` from X's: the end or beginning of a year or period is its last or first month,
    a half of a year its six months; `early`, `mid`, `late` leave it as written."""
    if value is None:
        return None
    first, last = value.split("/")[0], value.split("/")[-1]
    if mod == "end":
        return f"{last}-12" if len(last) == 4 else last
    if mod in ("beginning", "start"):
        return f"{first}-01" if len(first) == 4 else first
    if mod.endswith("half"):
        return _months(int(value), 1 if mod.startswith("first") else 7, 6) if len(value) == 4 else None
    return value


def _from_match(name: str, m: re.Match[str], published: Optional[date], context_year: Optional[int],
                future: bool = False) -> Optional[str]:
    """ISO value of one matched absolute pattern."""
    try:
        if name == "iso":
            return date(int(m.group("year1")), int(m.group("m")), int(m.group("d"))).isoformat()
        if name == "iso_month":
            return f"{m.group('year1')}-{int(m.group('m')):02d}" if 1 <= int(m.group("m")) <= 12 else None
        if name in ("mdy", "dmy"):
            return date(int(m.group("year1")), _month(m, "month1"), int(m.group("day1"))).isoformat()
        if name == "md_range_y":
            year, month = int(m.group("year1")), _month(m, "month1")
            return f"{date(year, month, int(m.group('day1')))}/{date(year, month, int(m.group('day2')))}"
        if name == "md_md":
            months = _month(m, "month1"), _month(m, "month2")
            year = int(m.group("year1")) if m.group("year1") else \
                _year_for(months[1], published, context_year, int(m.group("day2")), future)
            if year is None:
                return None
            return f"{date(year, months[0], int(m.group('day1')))}/{date(year, months[1], int(m.group('day2')))}"
        if name == "dm_range":
            month, days = _month(m, "month1"), (int(m.group("day1")), int(m.group("day2")))
            year = int(m.group("year1")) if m.group("year1") else _year_for(month, published, context_year, days[1],
                                                                              future)
            return f"{date(year, month, days[0])}/{date(year, month, days[1])}" if year else None
        if name in ("md", "dm"):
            month = _month(m, "month1")
            year = _year_for(month, published, context_year, int(m.group("day1")), future)
            return date(year, month, int(m.group("day1"))).isoformat() if year else None
        if name == "my":
            return f"{m.group('year1')}-{_month(m, 'month1'):02d}"
        if name in ("my_range", "m_range_y"):
            year2 = int(m.group("year2"))
            year1 = int(m.group("year1")) if name == "my_range" and m.group("year1") else year2
            return f"{year1}-{_month(m, 'month1'):02d}/{year2}-{_month(m, 'month2'):02d}"
        if name == "y_range":
            return f"{m.group('year1')}/{m.group('year2')}"
        if name == "y_range_short":
            return f"{m.group('year1')}/{m.group('year1')[:2]}{m.group('yy')}"
        if name == "fy":
            return _fy_interval(m.group("fy1"))
        if name == "fy_range":
            return _fy_interval(m.group("fy1"), m.group("fy2"))
        if name == "month_only":
            month = _month(m, "month1")
            year = _year_for(month, published, context_year, future=future)
            return f"{year}-{month:02d}" if year else None
        if name == "decade":
            return m.group("decade")
        if name == "century":
            ordinal = m.group("ord").lower()
            return f"{(ORDINAL_WORDS.get(ordinal) or int(ordinal[:-2])) - 1:02d}"
        if name in ("quarter", "q_short"):
            quarter = QUARTER_WORDS.get(m.group("q").lower()) or int(m.group("q"))
            fiscal = "fy" in m.groupdict() and m.group("fy")
            year = int(m.group("year1")) - (1 if fiscal else 0)
            return _months(year, 3 * quarter - 2 + (9 if fiscal else 0), 3)
        if name == "season":
            return _season(int(m.group("year1")), m.group("season").lower())
        if name == "year":
            return m.group("year1")
    except ValueError:
        return None
    return None


def _season(year: int, season: str) -> str:
    """The months of a season starting in `year` (winter runs into the next year)."""
    start, end = SEASON_MONTHS[season]
    return _months(year, start, (end - start) % 12 + 1)


def _unit(word: str) -> str:
    """The singular unit of a unit word (`centuries` -> `century`)."""
    return "century" if word.startswith("centur") else word.rstrip("s")


def _count(word: Optional[str]) -> Optional[int]:
    """A written count (`a` -> 1, `six` -> 6, `24` -> 24), 1 when none is written, None when not a whole number."""
    if word is None or word in ("a", "an"):
        return 1
    number = parse_number(word)
    return int(number) if number is not None and number == int(number) and number > 0 else None


def _moved(day: date, unit: str, n: int) -> date:
    """`day` moved by `n` units (back when negative); hours count in whole days."""
    if unit in YEAR_UNITS:
        return day.replace(year=day.year + n * YEAR_UNITS[unit], day=min(day.day, 28) if day.month == 2 else day.day)
    if unit == "month":
        index = _month_index(day.year, day.month) + n
        return date(index // 12, index % 12 + 1, min(day.day, 28))
    if unit == "week":
        return day + timedelta(weeks=n)
    return day + timedelta(days=int(n / 24) if unit == "hour" else n)


_POINTS = {"year": lambda d: str(d.year), "decade": lambda d: str(d.year)[:3],
           "century": lambda d: f"{d.year // 100:02d}", "month": lambda d: f"{d.year}-{d.month:02d}",
           "week": lambda d: "{}-W{:02d}".format(*d.isocalendar()[:2])}


def _point(day: date, unit: str) -> str:
    """ISO value of the `unit` (year, decade, century, month, week, else day) that contains `day`."""
    return _POINTS.get(unit, date.isoformat)(day)


_SHIFTS = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "this past": -1, "previous": -1,
           "prior": -1, "next": 1, "coming": 1, "this coming": 1, "that": 0, "the same": 0, "the following": 1,
           "the next": 1, "the previous": -1, "the prior": -1, "the preceding": -1}
_DEICTIC_WHICH = r"(?P<which>this past|this coming|the current|this|current|last|past|next|coming)"
_ANAPHORIC_WHICH = r"(?P<which>that|the same|the following|the next|the previous|the prior|the preceding)"
_DAYS = {"yesterday": -1, "last night": -1, "tomorrow": 1}


def _deictic(text: str, published: Optional[date]) -> Optional[str]:
    """Expressions that point from the time of writing (`today`, `last June`, `two years ago`, `the past decade`),
    resolved against `published` whatever year the text wrote before them."""
    if published is None:
        return None
    day = re.fullmatch(r"(?P<word>today|tonight|yesterday|tomorrow|last night|this(?= ))"
                       r"(?: (?:morning|afternoon|evening|night))?", text)
    if day:
        return (published + timedelta(days=_DAYS.get(day.group("word"), 0))).isoformat()
    match = re.fullmatch(_DEICTIC_WHICH + r" (?P<unit>week|month|year|decade|century)", text)
    if match:
        return _point(_moved(published, match.group("unit"), _SHIFTS[match.group("which")]), match.group("unit"))
    match = re.fullmatch(r"(?:the )?" + _DEICTIC_WHICH.replace("next", "next|previous|prior") + " fiscal year", text)
    if match:
        fiscal = (published.year + 1 if published.month >= 10 else published.year) + _SHIFTS[match.group("which")]
        return _fy_interval(fiscal)
    match = re.fullmatch(_DEICTIC_WHICH + " " + _MONTH.format(name="month"), text)
    if match:
        return _month_relative(MONTHS[match.group("month")], 1, _SHIFTS[match.group("which")], published)
    match = re.fullmatch(_DEICTIC_WHICH + " " + _SEASON, text)
    if match:
        start, end = SEASON_MONTHS[match.group("season")]
        span = (end - start) % 12 + 1
        return _season(int(_month_relative(start, span, _SHIFTS[match.group("which")], published)[:4]),
                       match.group("season"))
    match = re.fullmatch(r"(?P<which>on |last |this |this past |this coming |next )?" + _WEEKDAY, text)
    if match:
        index = WEEKDAYS.index(match.group("wd"))
        if match.group("which") in ("next ", "this coming "):
            return (published + timedelta(days=(index - published.weekday()) % 7 or 7)).isoformat()
        return (published - timedelta(days=(published.weekday() - index) % 7)).isoformat()
    return _ago(text, published) or _period(text, published)


def _month_relative(month: int, span: int, shift: int, published: date) -> str:
    """`last <month>` is the latest one ending before the publication month, `next <month>` the first starting
    after it, `this <month>` the one in the publication year (a season of `span` months is placed by its start)."""
    now = _month_index(published.year, published.month)
    year = published.year
    if shift < 0:
        year = max(y for y in (year - 2, year - 1, year) if _month_index(y, month) + span - 1 < now)
    elif shift > 0:
        year = min(y for y in (year, year + 1) if _month_index(y, month) > now)
    elif month == 12 and span > 1 and published.month <= 2:
        year -= 1  # `this winter` in January is the winter begun in December
    return _month_iso(_month_index(year, month))


def _counted(text: str, tail: str) -> Optional[tuple[int, str, str]]:
    """(count, unit, tail word) of `<count> <unit> <tail>` (`six years ago`, `a decade later`), or None."""
    match = re.fullmatch(r"(?P<n>an?|[\w-]+) " + _UNIT + rf" (?P<tail>{tail})", text)
    count = _count(match.group("n")) if match else None
    return (count, _unit(match.group("unit")), match.group("tail")) if count else None


def _ago(text: str, published: date) -> Optional[str]:
    """`six years ago`, `a decade ago`, `two weeks ago`: the year, month, week or day that far back."""
    counted = _counted(text, "ago")
    if counted is None:
        return None
    count, unit, _ = counted
    return _point(_moved(published, unit, -count), "year" if unit in YEAR_UNITS else "day" if unit == "hour" else unit)


def _period(text: str, published: date) -> Optional[str]:
    """`the past decade`, `the last 35 years`, `the next five years`: the interval from or to publication, at the
    unit's precision (a single year or month one step finer: `the past year` -> its months); `the last century`."""
    match = re.fullmatch(r"the (?P<way>past|last|next|coming) (?:(?P<n>an?|[\w-]+) )?" + _UNIT, text)
    count = _count(match.group("n")) if match else None
    if count is None or (match.group("n") is None and match.group("unit").endswith("s")):
        return None
    unit = _unit(match.group("unit"))
    shift = -1 if match.group("way") in ("past", "last") else 1
    if unit == "century" and match.group("n") is None:
        return _point(_moved(published, unit, shift), unit)
    if unit in ("year", "month", "week", "day") and match.group("n") is None and match.group("way") == "next":
        return None  # `the next year`: the year after the one the text is about (anaphoric)
    finer = {"year": "month", "month": "day", "week": "day"}.get(unit, unit) if match.group("n") is None else unit
    precision = "year" if unit in YEAR_UNITS and finer == unit else finer
    ends = sorted((published, _moved(published, unit, shift * count)))
    return f"{_point(ends[0], precision)}/{_point(ends[1], precision)}"


def _anaphoric(text: str, published: Optional[date], anchor: Optional[str],
               context_year: Optional[int]) -> Optional[str]:
    """Expressions that point from the time the text is about (`that year`, `the following month`, `later that
    day`, `a decade later`): the last year written before them, or the last date for days and months."""
    about = context_year or (published.year if published else None)
    anchor_day = date.fromisoformat(anchor) if anchor and len(anchor) == 10 else None
    anchor_month = date.fromisoformat(f"{anchor[:7]}-01") if anchor and re.match(r"\d{4}-\d\d", anchor) else None
    text = re.sub(r"^(?:earlier|later) (?=that|the same)", "", text)
    text = {"the day before": "the previous day", "the day after": "the following day"}.get(text, text)
    match = re.fullmatch(_ANAPHORIC_WHICH + r" (?:same )?(?P<unit>day|morning|afternoon|evening|night|week|month|year)",
                         text)
    if match:
        unit, shift = match.group("unit"), _SHIFTS[match.group("which")]
        if unit == "year":
            return str(about + shift) if about else None
        base = anchor_month if unit == "month" else anchor_day
        unit = unit if unit in ("week", "month") else "day"
        return _point(_moved(base, unit, shift), unit) if base else None
    match = re.fullmatch(_ANAPHORIC_WHICH + " " + _SEASON, text)
    if match and about:
        return _season(about + _SHIFTS[match.group("which")], match.group("season"))
    counted = _counted(text, "later|earlier")
    if counted is None:
        return None
    count, unit, way = counted
    sign = 1 if way == "later" else -1
    if unit in YEAR_UNITS:
        return str(about + sign * count * YEAR_UNITS[unit]) if about else None
    base = anchor_month if unit == "month" else anchor_day
    return _point(_moved(base, unit, sign * count), "day" if unit == "hour" else unit) if base else None
