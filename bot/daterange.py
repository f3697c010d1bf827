"""What a user means by a day or a period: `2024-07-31`, `31 July 2024`, `July 2024`, `2024-07-29..2024-08-04`,
`yesterday`, `last week`, or the same in Ukrainian and Russian (`31 липня 2024`, `июль 2024`, `вчора`).
Relative phrases count from today in the bot's timezone (Kyiv)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot import messages
from bot.extract.dates import CYRILLIC_MONTH_NAMES, CYRILLIC_MONTHS, MONTHS, find_dates, parse_date_text


@dataclass(frozen=True, slots=True)
class DateRange:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def describe(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


class DateRangeError(ValueError):
    """The text is not a date; the message says why and how to write one."""


_RANGE_SPLIT = re.compile(r"\s*(?:\.\.|…|\s+to\s+|\s+until\s+|\s+-\s+|\s+–\s+|–)\s*", re.IGNORECASE)
_ISO_LIKE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
# Month names in Latin or Cyrillic letters; a Ukrainian or Russian year may carry its word ("2024 року").
_MONTH_WORD = r"[a-z\u0400-\u04ff]+"
_YEAR_WORD = r"(?:\s+(?:року|рік|р|года|год|г)\.?)?"
_DAY_MONTH_YEAR = re.compile(
    rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th|-го)?\s+(?P<month>{_MONTH_WORD})\.?,?\s+(?P<y>\d{{4}}){_YEAR_WORD}$",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    r"^(?P<month>[a-z]+)\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})$", re.I
)
_MONTH_YEAR = re.compile(
    rf"^(?P<month>{_MONTH_WORD})\.?,?\s+(?P<y>\d{{4}}){_YEAR_WORD}$|^(?P<y2>\d{{4}})-(?P<m2>\d{{1,2}})$", re.I
)
_YEAR = re.compile(r"^(?P<y>(?:19|20)\d\d)$")
_LAST_N_DAYS = re.compile(r"^(?:last|past)\s+(?P<n>\d{1,3})\s+days?$", re.I)
FIRST_YEAR = 1900
LAST_YEAR = 2100


def parse_date_range(text: str, today: date) -> DateRange:
    cleaned = " ".join(text.strip().split())
    if not cleaned:
        raise DateRangeError("empty")
    cleaned = re.sub(r"^(?:from|between|on)\s+", "", cleaned, flags=re.I)
    relative = _relative(cleaned.lower(), today)
    if relative is not None:
        return relative
    parts = _RANGE_SPLIT.split(cleaned)
    if len(parts) == 2 and all(parts):
        first, last = _period(parts[0], today), _period(parts[1], today)
        if last.end < first.start:
            raise DateRangeError(messages.range_backwards(cleaned))
        return DateRange(first.start, last.end)
    return _period(cleaned, today)


# Ukrainian and Russian for the relative periods, read as the English they translate.
_CYRILLIC_RELATIVE = {
    "сьогодні": "today", "сегодня": "today", "вчора": "yesterday", "учора": "yesterday", "вчера": "yesterday",
    "цього тижня": "this week", "на цьому тижні": "this week", "на этой неделе": "this week",
    "минулого тижня": "last week", "на минулому тижні": "last week", "на прошлой неделе": "last week",
    "цього місяця": "this month", "в этом месяце": "this month",
    "минулого місяця": "last month", "в прошлом месяце": "last month",
    "цього року": "this year", "в этом году": "this year",
    "минулого року": "last year", "торік": "last year", "в прошлом году": "last year",
}  # fmt: skip


def _relative(text: str, today: date) -> DateRange | None:
    text = _CYRILLIC_RELATIVE.get(text, text)
    monday = today - timedelta(days=today.weekday())
    first_of_month = today.replace(day=1)
    if text == "today":
        return DateRange(today, today)
    if text == "yesterday":
        day = today - timedelta(days=1)
        return DateRange(day, day)
    if text == "this week":
        return DateRange(monday, today)
    if text == "last week":
        return DateRange(monday - timedelta(days=7), monday - timedelta(days=1))
    if text in ("past week", "last 7 days"):
        return DateRange(today - timedelta(days=6), today)
    if text == "this month":
        return DateRange(first_of_month, today)
    if text == "last month":
        end = first_of_month - timedelta(days=1)
        return DateRange(end.replace(day=1), end)
    if text == "this year":
        return DateRange(date(today.year, 1, 1), today)
    if text == "last year":
        return DateRange(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    match = _LAST_N_DAYS.match(text)
    if match:
        return DateRange(today - timedelta(days=int(match.group("n")) - 1), today)
    return None


def _period(text: str, today: date) -> DateRange:
    """One side of a range: a day, a month or a year."""
    text = text.strip()
    relative = _relative(text.lower(), today)
    if relative is not None:
        return relative
    for pattern in (_ISO_LIKE, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.match(text)
        if match:
            month = (
                _month_number(match.group("month")) if "month" in match.groupdict() else int(match.group("m"))
            )
            return _day(_year(match.group("y"), text), month, int(match.group("d")), text)
    match = _MONTH_YEAR.match(text)
    if match:
        year = _year(match.group("y") or match.group("y2"), text)
        month = _month_number(match.group("month")) if match.group("month") else int(match.group("m2"))
        if not 1 <= month <= 12:
            raise DateRangeError(messages.no_such_month(text, month))
        return DateRange(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))
    match = _YEAR.match(text)
    if match:
        year = _year(match.group("y"), text)
        return DateRange(date(year, 1, 1), date(year, 12, 31))
    # Anything else a reader would call a day ("31 July", "Monday", "31.07.2024"), resolved as in articles.
    mentions = [m for m in find_dates(text, today) if m.is_incident_date or m.kind.value == "future"]
    if mentions and len(mentions[0].phrase) >= len(text.rstrip(".")) - 3:
        return DateRange(mentions[0].day, mentions[0].day)
    # The last resort reads free forms ("July 31st, 2024") and must see a month's name: it would take a designator
    # ("9M723", "Tu-22M3") for a day.
    parsed = parse_date_text(text) if _names_a_month(text) else None
    if parsed is not None:
        _year(str(parsed.year), text)
        return DateRange(parsed.date(), parsed.date())
    raise DateRangeError(messages.not_a_date(text))


def _names_a_month(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return any(w in MONTHS or w in CYRILLIC_MONTHS or w in CYRILLIC_MONTH_NAMES for w in words)


def _year(value: str, text: str) -> int:
    """A year a question can be about: the calendar has no year 0, and nothing was reported before 1900."""
    year = int(value)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateRangeError(messages.year_out_of_range(text, FIRST_YEAR, LAST_YEAR))
    return year


def _month_number(name: str) -> int:
    lowered = name.lower().rstrip(".")
    month = MONTHS.get(lowered) or CYRILLIC_MONTHS.get(lowered) or CYRILLIC_MONTH_NAMES.get(lowered)
    if month is None:
        raise DateRangeError(messages.not_a_month(name))
    return month


def _day(year: int, month: int, day: int, text: str) -> DateRange:
    if not 1 <= month <= 12:
        raise DateRangeError(messages.no_such_month(text, month))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateRangeError(messages.no_such_day(text, calendar.month_name[month], year, last))
    value = date(year, month, day)
    return DateRange(value, value)
