"""Date spans to ISO 8601 at the written precision, resolved against the brief's publication date.

The resolution rules are ours: a date without a year takes the publication year (the year before when that
would put it more than half a year after publication); `earlier that day` takes the day the text is about.
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
QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _pattern(template: str) -> re.Pattern[str]:
    """Compile a template whose {month1}/{year1}-style slots expand to named month/year groups."""
    slots = {f"month{i}": _MONTH.format(name=f"month{i}") for i in (1, 2)}
    slots.update({f"year{i}": _YEAR.format(name=f"year{i}") for i in (1, 2)})
    return re.compile("^" + template.format(**slots) + "$", re.IGNORECASE)


_DAY = r"(?P<day{n}>\d{{{{1,2}}}})(?:st|nd|rd|th)?"  # braces doubled twice: formatted twice
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
    ("dm", _pattern(_DAY.format(n=1) + r"\s+(?:of\s+)?{month1}")),
    ("my", _pattern(r"(?:(?:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of)[\s-]+)?{month1},?\s+(?:of\s+)?{year1}")),
    ("my_range", _pattern(r"{month1},?\s*(?:{year1})?\s*(?:-|–|to|through|until)\s*{month2},?\s+{year2}")),
    ("m_range_y", _pattern(r"{month1}\s*(?:-|–|to|through)\s*{month2},?\s+{year2}")),
    ("y_range", _pattern(r"(?:the\s+)?(?:(?:calendar|fiscal)\s+years?\s+|CY\s*)?{year1}\s*(?:-|–|to|through|and)\s*(?:(?:calendar|fiscal)\s+year\s+)?{year2}")),
    ("y_range_short", re.compile(r"^(?P<year1>(?:19|20)\d\d)\s*[-–]\s*(?P<yy>\d\d)$")),
    ("fy_range", re.compile(r"^(?:FY|fiscal\s+years?)\s*(?P<fy1>\d{4}|\d{2})\s*(?:-|–|to|through|and)\s*(?:FY\s*)?(?P<fy2>\d{4}|\d{2})$", re.IGNORECASE)),
    ("fy", re.compile(r"^(?:the\s+)?(?:FY|fiscal\s+year)\s*(?P<fy1>\d{4}|\d{2})$", re.IGNORECASE)),
    ("month_only", _pattern(r"(?:early|mid|late)?[\s-]*{month1}")),
    ("decade", re.compile(r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?P<decade>(?:1[6-9]|20)\d)0'?s$", re.IGNORECASE)),
    ("quarter", re.compile(r"^(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(?:(?:FY|fiscal\s+year)\s*)?(?P<year1>\d{4})$", re.IGNORECASE)),
    ("q_short", re.compile(r"^Q(?P<q>[1-4])\s*(?:of\s+)?(?P<year1>\d{4})$", re.IGNORECASE)),
    ("season", re.compile(r"^(?:the\s+)?(?:early\s+|late\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year1>\d{4})$", re.IGNORECASE)),
    ("year", re.compile(r"^(?:the\s+)?(?:(?:early|mid|late|end\s+of|the\s+end\s+of|beginning\s+of)[\s-]+)?(?:(?:calendar\s+)?year\s+|CY\s*)?(?P<year1>(?:1[6-9]|20|21)\d\d)$", re.IGNORECASE)),
]


def _month(match: re.Match[str], slot: str) -> int:
    return MONTHS[match.group(slot).lower().rstrip(".")]


def _fiscal_year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _year_for(month: int, published: Optional[date], day: int = 1) -> Optional[int]:
    """The year of a date written without one: the publication year, or the year before when that would put
    the date more than half a year after publication (briefs mostly look back)."""
    if published is None:
        return None
    candidate = date(published.year, month, min(day, 28))
    return published.year - 1 if (candidate - published).days > 183 else published.year


def normalise_date(text: str, published: Optional[date], anchor: Optional[str] = None,
                   context_year: Optional[int] = None) -> Optional[str]:
    """ISO value of a date span, or None when nothing fixes it.

    `anchor` is the ISO day the surrounding text is about (the last full date before the span), used by
    `that day`-style expressions; `context_year` is the last year written before the span, which a date
    without a year and an anaphoric one (`that summer`) take. Deictic expressions (`today`, `this year`, `last
    week`, `three years ago`) always resolve against `published` (SCHEMA.md revision 2).
    """
    written = _in_year(published, context_year) if context_year is not None else published
    cleaned = re.sub(r"\s+", " ", text.strip().replace("\u2019", "'").replace("\u2013", "-")).rstrip(".,")
    cleaned = re.sub(r"\[(\d{4})\]", r"\1", cleaned).replace("(FY) ", "")
    cleaned = re.sub(r"^(?:on|in|by|since|until|from|between|during|as of|through)\s+", "", cleaned, flags=re.IGNORECASE)
    for name, pattern in PATTERNS:
        match = pattern.match(cleaned)
        if match:
            value = _from_match(name, match, written)
            if value is not None:
                return value
    return _relative(cleaned.lower(), published, anchor, written)


def _from_match(name: str, m: re.Match[str], published: Optional[date]) -> Optional[str]:
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
            year = int(m.group("year1")) if m.group("year1") else _year_for(months[1], published, int(m.group("day2")))
            if year is None:
                return None
            return f"{date(year, months[0], int(m.group('day1')))}/{date(year, months[1], int(m.group('day2')))}"
        if name in ("md", "dm"):
            month = _month(m, "month1")
            year = _year_for(month, published, int(m.group("day1")))
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
            year = _fiscal_year(m.group("fy1"))
            return f"{year - 1}-10/{year}-09"
        if name == "fy_range":
            return f"{_fiscal_year(m.group('fy1')) - 1}-10/{_fiscal_year(m.group('fy2'))}-09"
        if name == "month_only":
            month = _month(m, "month1")
            year = _year_for(month, published)
            return f"{year}-{month:02d}" if year else None
        if name == "decade":
            return m.group("decade")
        if name in ("quarter", "q_short"):
            quarter = QUARTER_WORDS.get(m.group("q").lower()) or int(m.group("q"))
            first = 3 * quarter - 2
            return f"{m.group('year1')}-{first:02d}/{m.group('year1')}-{first + 2:02d}"
        if name == "season":
            year = int(m.group("year1"))
            start, end = SEASON_MONTHS[m.group("season").lower()]
            return f"{year}-{start:02d}/{year + (1 if end < start else 0)}-{end:02d}"
        if name == "year":
            return m.group("year1")
    except ValueError:
        return None
    return None


def _in_year(published: Optional[date], year: int) -> date:
    """A reference day in `year` for year-less dates: the publication day itself when in that year, else
    the year's last day, so no date is pushed back a year by the half-year rule."""
    if published is not None and published.year == year:
        return published
    return date(year, 12, 31)


def _fiscal_year_of(day: date) -> int:
    return day.year + 1 if day.month >= 10 else day.year


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _relative(text: str, published: Optional[date], anchor: Optional[str],
              written: Optional[date] = None) -> Optional[str]:
    """Relative expressions resolved against the brief: deictic ones (`last week`, `on Monday`) against
    `published`, anaphoric ones (`that year`, `a decade later`) against `written`, the publication day moved into
    the year the text last wrote."""
    anchor_day = date.fromisoformat(anchor) if anchor and len(anchor) == 10 else None
    if re.fullmatch(r"(?:earlier |later )?(?:that|the)(?: same)? (?:day|morning|afternoon|evening|night)", text):
        return anchor_day.isoformat() if anchor_day else None
    if re.fullmatch(r"the (?:previous|prior) day|the day before", text):
        return (anchor_day - timedelta(days=1)).isoformat() if anchor_day else None
    if re.fullmatch(r"the (?:following|next) day|the day after", text):
        return (anchor_day + timedelta(days=1)).isoformat() if anchor_day else None
    if published is None:
        return None
    simple = {
        "today": published.isoformat(), "yesterday": (published - timedelta(days=1)).isoformat(),
        "tomorrow": (published + timedelta(days=1)).isoformat(), "this year": str(published.year),
        "last year": str(published.year - 1), "next year": str(published.year + 1),
        "this month": f"{published.year}-{published.month:02d}",
        "this week": _iso_week(published), "last week": _iso_week(published - timedelta(days=7)),
        "next week": _iso_week(published + timedelta(days=7)),
    }
    text = re.sub(r"^(?:earlier|later) this ", "this ", re.sub(r"^this past ", "last ", text))  # `earlier this week`
    if text in simple:
        return simple[text]
    # `that year`, `that summer`, `a decade later`: the year the text is about.
    about = written or published
    if text in ("that year", "the same year"):
        return str(about.year)
    match = re.fullmatch(r"(?:that|the same) (?P<season>spring|summer|fall|autumn|winter)", text)
    if match:
        start, end = SEASON_MONTHS[match.group("season")]
        return f"{about.year}-{start:02d}/{about.year + (1 if end < start else 0)}-{end:02d}"
    match = re.fullmatch(r"(?P<n>an?|\w+) (?P<unit>decades?|years?) (?P<way>later|earlier)", text)
    if match and (match.group("n") in ("a", "an") or parse_number(match.group("n")) is not None):
        n = 1 if match.group("n") in ("a", "an") else int(parse_number(match.group("n")) or 0)
        n *= 10 if match.group("unit").startswith("decade") else 1
        return str(about.year + (n if match.group("way") == "later" else -n))
    if re.fullmatch(r"(?:by |at )?(?:the )?end of (?:the|this) year", text):
        return f"{published.year}-12"
    match = re.fullmatch(r"(?:the )?(?P<which>this|current|next|last|previous|prior) fiscal year", text)
    if match:
        shift = {"next": 1, "last": -1, "previous": -1, "prior": -1}.get(match.group("which"), 0)
        fiscal = _fiscal_year_of(published) + shift
        return f"{fiscal - 1}-10/{fiscal}-09"
    match = re.fullmatch(r"(?:this|last|next) (?P<season>spring|summer|fall|autumn|winter)", text)
    if match:
        start, end = SEASON_MONTHS[match.group("season")]
        year = published.year + (1 if text.startswith("next") else -1 if text.startswith("last") else 0)
        return f"{year}-{start:02d}/{year + (1 if end < start else 0)}-{end:02d}"
    if text in ("last month", "next month"):
        shift = -1 if text == "last month" else 1
        month_index = published.year * 12 + published.month - 1 + shift
        return f"{month_index // 12}-{month_index % 12 + 1:02d}"
    match = re.fullmatch(r"(?:on |last |this |this past |earlier this |late )?(?P<wd>" + "|".join(WEEKDAYS) + r")", text)
    if match:
        back = (published.weekday() - WEEKDAYS.index(match.group("wd"))) % 7
        return (published - timedelta(days=back)).isoformat()
    match = re.fullmatch(r"(?P<n>\w+) (?P<unit>years?|months?|days?|weeks?) ago", text)
    if match and parse_number(match.group("n")) is not None:
        n = int(parse_number(match.group("n")) or 0)
        if match.group("unit").startswith("year"):
            return str(published.year - n)
        if match.group("unit").startswith("day"):
            return (published - timedelta(days=n)).isoformat()
        if match.group("unit").startswith("week"):
            return _iso_week(published - timedelta(weeks=n))
        month_index = published.year * 12 + published.month - 1 - n
        return f"{month_index // 12}-{month_index % 12 + 1:02d}"
    return None
