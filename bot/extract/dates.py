"""Incident dates in a sentence, resolved against the article's publication date as a careful reader would.

The rules (see `../shared/notes/dates.md`):
- the publication date (Kyiv time) anchors every relative phrase; an incident is never dated after it;
- "on 31 July" is the most recent 31 July on or before publication; "on Monday" the most recent Monday on or
  before it (the same day included); "last Monday" the one before that day;
- "overnight", "on the night of 5 to 6 August", "on Monday night", "late on Monday" span two calendar days and keep
  that window;
- durations and spans ("in the past five months", "in 24 years", "since 2022") are never matched: only explicit
  date phrases are, and a date bounding something else ("since 24 February", "by 1 May") is context.

Why not `dateparser.search_dates`: over running text it reads "now", "five months" and "in 24 years" as dates and
gets bare weekdays wrong across month and year boundaries (dateparser#330, #1249, #1262). Locating the phrases
is done here with an explicit grammar; `parse_date_text` uses dateparser for whole strings such as datelines.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

import dateparser

from bot.models import DateKind, DateMention

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 0}

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<{name}>(?:19|20)\d\d)(?!\d))?"
# "On 2 January last year", "on 24 April this year": the year counted from publication.
_RELATIVE_YEAR = r"(?:,?\s+(?:of\s+)?(?P<{name}>last|this|the\s+previous|previous|the\s+same)\s+year)?"
HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25), "new years eve": (12, 31),
            "new years": (1, 1), "new years day": (1, 1)}  # fmt: skip

_PATTERNS: list[tuple[str, str]] = [
    (
        "night_dates",
        rf"(?:(?:the\s+)?night|overnight)\s+(?:of|from)\s+(?P<nd1>\d{{1,2}}){_ORD}\s*(?:(?P<nm1>{_MONTH})\s*)?"
        rf"(?:to|into|and|-|–|/)\s*(?P<nd2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<nm2>{_MONTH}){_YEAR.format(name='ny')}",
    ),
    (
        "night_weekdays",
        rf"(?:(?:the\s+)?night|overnight)\s+(?:of|from)\s+(?P<nw1>{_WEEKDAY})\s+(?:to|into|and|-)\s+(?P<nw2>{_WEEKDAY})",
    ),
    (
        "day_month",
        rf"(?<![\d.:/])(?P<d1>\d{{1,2}}){_ORD}(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}}){_ORD})?\s+(?:of\s+)?"
        rf"(?P<m1>{_MONTH})(?![a-z]){_YEAR.format(name='y1')}{_RELATIVE_YEAR.format(name='r1')}",
    ),
    (
        "month_day",
        rf"(?P<m2>{_MONTH})\s+(?P<d3>\d{{1,2}}){_ORD}(?!\d|:)(?:\s*(?:-|–)\s*(?P<d4>\d{{1,2}}){_ORD}(?!\d))?"
        rf"{_YEAR.format(name='y2')}{_RELATIVE_YEAR.format(name='r2')}",
    ),
    (
        "holiday",
        r"(?P<feast>christmas\s+eve|christmas(?:\s+day)?|new\s+year['’]?s\s+eve|new\s+year['’]?s(?:\s+day)?)"
        r"(?:\s+(?:morning|night|evening))?" + _RELATIVE_YEAR.format(name="r3"),
    ),
    ("iso", r"(?<![\d-])(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?![\d-])"),
    ("numeric", r"(?<![\d.])(?P<xd>\d{1,2})\.(?P<xm>\d{1,2})\.(?P<xy>(?:19|20)\d\d)(?![\d.])"),
    (
        "weekday",
        rf"(?P<wmod>last|this\s+past|this|past|late\s+on|early\s+on|late|early|on)?\s*(?P<wd>{_WEEKDAY})(?:['’]s)?"
        rf"(?:\s+(?P<wpart>night|evening|morning|afternoon))?",
    ),
    ("day_before_yesterday", r"the\s+day\s+before\s+yesterday"),
    ("yesterday", r"yesterday(?:['’]s)?(?:\s+(?P<ypart>night|evening|morning|afternoon))?"),
    ("today", r"today|this\s+morning|this\s+afternoon|this\s+evening|earlier\s+today"),
    (
        "overnight",
        r"overnight|last\s+night|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)|during\s+the\s+night(?!\s+(?:of|from)\b)|at\s+night|in\s+the\s+early\s+hours|"
        r"(?:for\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?"
        r"night(?:\s+in\s+a\s+row|\s+running)?|"
        r"early\s+(?:this|that)\s+morning|(?:on\s+)?the\s+night\s+before",
    ),
    ("days_ago", r"(?P<ago>two|three|four|five|six|\d)\s+days\s+ago"),
]
DATE_RE = re.compile("|".join(f"(?P<{name}>\\b(?:{pattern}))" for name, pattern in _PATTERNS), re.IGNORECASE)
# A date right after one of these bounds a span or names a deadline: "since 24 February", "by 1 May".
_CONTEXT_BEFORE = re.compile(
    r"\b(?:since|until|till|by|before|after|from|through|as\s+of|between|starting|ending|no\s+later\s+than|"
    r"dated|published|updated|posted)\s+(?:at\s+least\s+|at\s+the\s+latest\s+)?(?:the\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


# "the ministry said on Monday that...": the day of the statement, not necessarily of the attack.
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|announced|reported|told\s+\w+|confirmed|stated|wrote|added|claimed|warned|posted)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# "At noon on 21 November, the emergency service confirmed that...": a date whose clause goes on to a reporting
# verb, with no event on the way, is when something was said.
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|confirmed|reported|announced|stated|told|wrote|added|claimed|warned|posted|updated|published)\b",
    re.IGNORECASE,
)
_EVENT_ON_THE_WAY = re.compile(
    r"\b(?:attack\w*|struck|hit|launched|fired|shot|downed|destroyed|intercepted|exploded|killed|injured|damaged|"
    r"strikes?|targeted|bombed|shelled)\b|[.;:!?]",
    re.IGNORECASE,
)


# "the attack on Kramatorsk on Tuesday evening has risen to 10, officials said", "were killed when a missile struck
# a residential area on Friday evening, officials said": the date of the event it follows, not of the saying.
_EVENT_BEFORE = re.compile(
    r"\b(?:attacks?|attacked|strikes?|struck|hit|raids?|bombardment|shell(?:ing|ed)|explosions?|blasts?|launched|"
    r"fired|killed|damaged|destroyed|downed|shot\s+down)\b[^.;!?]*$",
    re.IGNORECASE,
)


def _reports_after(text: str, end: int) -> bool:
    verb = _REPORTING_VERB.search(text, end, end + 90)
    return verb is not None and _EVENT_ON_THE_WAY.search(text, end, verb.start()) is None


# Every rule above needs a digit or one of these words: a cheap test that spares most sentences the full grammar.
DATE_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(
        [
            "yesterday",
            "today",
            "overnight",
            "night",
            "morning",
            "afternoon",
            "evening",
            "hours",
            "christmas",
            "year",
            "years",
            "ago",
            "days",
        ]
    )
)


def may_have_dates(words: frozenset[str] | set[str], text: str) -> bool:
    """Whether `text` (whose folded words are `words`) can hold a date phrase at all."""
    return not DATE_WORDS.isdisjoint(words) or _DIGIT.search(text) is not None


def find_dates(text: str, anchor: date | None, base: int = 0) -> list[DateMention]:
    """Date phrases in `text` resolved against `anchor`; without an anchor only dates with a year resolve."""
    found: list[DateMention] = []
    for match in DATE_RE.finditer(text):
        resolved = _resolve(match, anchor)
        if resolved is None:
            continue
        kind, day, start, end = resolved
        used_anchor = anchor or day
        if kind is not DateKind.CONTEXT and anchor is not None and start > anchor:
            kind = DateKind.FUTURE
        elif _CONTEXT_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            kind = DateKind.CONTEXT
        elif kind is DateKind.DAY and (
            _REPORTED_BEFORE.search(text, max(0, match.start() - 30), match.start())
            or (
                _reports_after(text, match.end())
                and not _EVENT_BEFORE.search(text, max(0, match.start() - 200), match.start())
            )
        ):
            kind = DateKind.REPORTED
        found.append(
            DateMention(
                kind=kind,
                day=day,
                start=start,
                end=end,
                phrase=match.group().strip().rstrip("."),
                anchor=used_anchor,
                offset=match.start() + base,
                end_offset=match.end() + base,
                pattern=match.lastgroup or "",
            )
        )
    return found


_MONTH_DAY = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m1>{_MONTH})(?![a-z])|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD}(?!\d))"
    r"(?!,?\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
_WEEKDAY_WORD = re.compile(_WEEKDAY, re.IGNORECASE)
# The years a report without a year could be from: the war's, and a few before.
YEARS_BACK = 12


def year_from_weekday(text: str, today: date) -> date | None:
    """For a report that gives month and day but no year ("Dec. 16 (UPI) — ... on Friday"): the latest year, not
    after today, in which its first such date falls on a weekday the text names, as a careful reader works it
    out (see the project notes on dates)."""
    month_day = _MONTH_DAY.search(text[:3000])
    if month_day is None:
        return None
    # The weekday must be said of that date: in its sentence ("Dec. 16 (UPI) — ... on Friday").
    sentence_end = re.search(r"[.!?](?:\s|$)", text[month_day.end() :])
    sentence = text[
        max(0, text.rfind("\n", 0, month_day.start())) : month_day.end()
        + (sentence_end.end() if sentence_end else 300)
    ]
    weekdays = {WEEKDAYS[w.lower()] for w in _WEEKDAY_WORD.findall(sentence)}
    if not weekdays:
        return None
    name = (month_day.group("m1") or month_day.group("m2")).lower().rstrip(".")
    if name == "may" and "May" not in month_day.group():
        return None
    month, day = MONTHS[name], int(month_day.group("d1") or month_day.group("d2"))
    for year in range(today.year, today.year - YEARS_BACK, -1):
        found = _safe_date(year, month, day)
        if found is not None and found <= today and found.weekday() in weekdays:
            return found
    return None


def incident_date(mentions: list[DateMention] | tuple[DateMention, ...]) -> DateMention | None:
    """The date a sentence gives its incident: an explicit day beats a bare "overnight", and the two together
    ("overnight on Tuesday") mean the night that ended that day."""
    candidates = [m for m in mentions if m.is_incident_date]
    vague = [m for m in candidates if m.pattern == "overnight"]
    explicit = [m for m in candidates if m.pattern != "overnight"]
    if not explicit:
        if not vague:
            return None
        said = next((m for m in mentions if m.kind is DateKind.REPORTED and m.day < vague[0].end), None)
        if said is not None:
            # "On Wednesday, the air force said Russia had fired 63 missiles overnight": the night before Wednesday.
            return replace(vague[0], day=said.day, start=said.day - timedelta(days=1), end=said.day,
                           phrase=f"{said.phrase} … {vague[0].phrase}")  # fmt: skip
        return vague[0]
    chosen = explicit[0]
    if vague and chosen.kind is DateKind.DAY:
        return replace(
            chosen,
            kind=DateKind.NIGHT,
            start=chosen.day - timedelta(days=1),
            end=chosen.day,
            phrase=f"{vague[0].phrase} … {chosen.phrase}",
        )
    return chosen


def _resolve(match: re.Match[str], anchor: date | None) -> tuple[DateKind, date, date, date] | None:
    group = match.lastgroup
    g = match.groupdict()
    if group == "night_dates":
        year = int(g["ny"]) if g["ny"] else None
        month2 = MONTHS[g["nm2"].lower().rstrip(".")]
        month1 = MONTHS[g["nm1"].lower().rstrip(".")] if g["nm1"] else month2
        end_day = _calendar_day(year, month2, int(g["nd2"]), anchor)
        start_day = _calendar_day(year, month1, int(g["nd1"]), end_day or anchor)
        if start_day is None or end_day is None or (end_day - start_day).days != 1:
            return None
        return DateKind.NIGHT, end_day, start_day, end_day
    if group == "night_weekdays":
        if anchor is None:
            return None
        end_day = _weekday_on_or_before(anchor, WEEKDAYS[g["nw2"].lower()])
        start_day = end_day - timedelta(days=1)
        if start_day.weekday() != WEEKDAYS[g["nw1"].lower()]:
            return None
        return DateKind.NIGHT, end_day, start_day, end_day
    if group == "day_month" or group == "month_day":
        first, second = ("d1", "d2") if group == "day_month" else ("d3", "d4")
        month_name = g["m1"] if group == "day_month" else g["m2"]
        year_group = g["y1"] if group == "day_month" else g["y2"]
        month = MONTHS[month_name.lower().rstrip(".")]
        if month == 5 and month_name.lower() == "may" and not _looks_like_may_date(match):
            return None
        year = (
            int(year_group)
            if year_group
            else _relative_year(g["r1"] if group == "day_month" else g["r2"], anchor)
        )
        if g[second]:
            end_day = _calendar_day(year, month, int(g[second]), anchor)
            start_day = _calendar_day(year, month, int(g[first]), end_day or anchor)
            if start_day is None or end_day is None or (end_day - start_day).days != 1:
                # "1-10 August" is a period, not the date of one attack.
                return None
            return DateKind.NIGHT, end_day, start_day, end_day
        day = _calendar_day(year, month, int(g[first]), anchor)
        return None if day is None else (DateKind.DAY, day, day, day)
    if group == "holiday":
        month, day_of_month = HOLIDAYS[" ".join(g["feast"].lower().replace("'", "").replace("’", "").split())]
        day = _calendar_day(_relative_year(g["r3"], anchor), month, day_of_month, anchor)
        return None if day is None else (DateKind.DAY, day, day, day)
    if group == "iso":
        day = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return None if day is None else (DateKind.DAY, day, day, day)
    if group == "numeric":
        day = _safe_date(int(g["xy"]), int(g["xm"]), int(g["xd"]))
        return None if day is None else (DateKind.DAY, day, day, day)
    if anchor is None:
        return None
    if group == "weekday":
        return _resolve_weekday(g, anchor)
    if group == "day_before_yesterday":
        day = anchor - timedelta(days=2)
        return DateKind.DAY, day, day, day
    if group == "yesterday":
        day = anchor - timedelta(days=1)
        if (g["ypart"] or "").lower() == "night":
            return DateKind.NIGHT, day, day, anchor
        return DateKind.DAY, day, day, day
    if group == "today":
        return DateKind.DAY, anchor, anchor, anchor
    if group == "overnight":
        return DateKind.NIGHT, anchor, anchor - timedelta(days=1), anchor
    if group == "days_ago":
        word = g["ago"].lower()
        days = int(word) if word.isdigit() else NUMBER_WORDS[word]
        day = anchor - timedelta(days=days)
        return DateKind.DAY, day, day, day
    return None


def _resolve_weekday(g: dict[str, str | None], anchor: date) -> tuple[DateKind, date, date, date]:
    weekday = WEEKDAYS[(g["wd"] or "").lower()]
    modifier = " ".join((g["wmod"] or "").lower().split())
    part = (g["wpart"] or "").lower()
    day = _weekday_on_or_before(anchor, weekday)
    if modifier in ("last", "past", "this past") and day == anchor:
        day -= timedelta(days=7)
    if part == "night" or modifier == "late on" or modifier == "late":
        return DateKind.NIGHT, day, day, day + timedelta(days=1)
    return DateKind.DAY, day, day, day


def _weekday_on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _relative_year(word: str | None, anchor: date | None) -> int | None:
    if not word or anchor is None:
        return None
    return anchor.year - 1 if word.lower().endswith(("last", "previous")) else anchor.year


def _calendar_day(year: int | None, month: int, day: int, anchor: date | None) -> date | None:
    """A day-month with no year is the most recent one on or before the anchor."""
    if year is not None:
        return _safe_date(year, month, day)
    if anchor is None:
        return None
    for candidate_year in (anchor.year, anchor.year - 1):
        candidate = _safe_date(candidate_year, month, day)
        if candidate is not None and candidate <= anchor:
            return candidate
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _looks_like_may_date(match: re.Match[str]) -> bool:
    # "may" is also a verb: "the 5 may be" is not 5 May. Accept it capitalised or with a year.
    return "May" in match.group() or bool(_FOUR_DIGITS.search(match.group()))


# A full date inside a header line, with the time that follows it: "Maksym Oliinyk, Ukrainska Pravda — Monday,
# 25 March 2024, 11:47", "May 26, 2024 10:14 AM  2 min read", "18.11.2024 16:40", "20 November 2024 • 3:04pm".
_TIME_AFTER = (
    r"(?:[\s,.•|–—-]*(?:at\s+)?(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?:\s*(?P<ampm>[ap])\.?m\.?)?"
    r"(?:\s*(?P<zone>GMT|UTC)(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?)?)?"
)
_LINE_DATE_RE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}}){_ORD},?\s+(?P<m1>{_MONTH}),?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<y3>(?:19|20)\d\d)-(?P<n3>\d{{1,2}})-(?P<d3>\d{{1,2}})"
    rf"|(?P<a4>\d{{1,2}})[./-](?P<b4>\d{{1,2}})[./-](?P<y4>(?:19|20)\d\d))(?![\d])"
    rf"(?:,?\s*(?:{_WEEKDAY})\.?)?{_TIME_AFTER}",
    re.IGNORECASE,
)


def _zone(name: str | None, offset: str | None) -> tzinfo | None:
    """ "GMT+2" -> UTC+02:00; no zone named -> None (the caller reads it as local time)."""
    if not name:
        return None
    if not offset:
        return UTC
    sign = -1 if offset.startswith("-") else 1
    hours, _, minutes = offset[1:].partition(":")
    if len(hours) > 2:
        hours, minutes = hours[:-2], hours[-2:]
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))


def line_date(line: str) -> datetime | None:
    """The first full date (with its time, when given) in a line; parenthesised asides ("(updated: ...)") are
    skipped. Numeric dates read day first (12.07.2024 is 12 July), unless only month first is possible."""
    text = _PARENTHESES.sub(lambda m: " " * len(m.group()), line)
    for match in _LINE_DATE_RE.finditer(text):
        g = match.groupdict()
        if g["y1"] or g["y2"]:
            month = MONTHS[(g["m1"] or g["m2"]).lower().rstrip(".")]
            year, day = int(g["y1"] or g["y2"]), int(g["d1"] or g["d2"])
        elif g["y3"]:
            year, month, day = int(g["y3"]), int(g["n3"]), int(g["d3"])
        else:
            first, second = int(g["a4"]), int(g["b4"])
            day, month = (second, first) if second > 12 >= first else (first, second)
            year = int(g["y4"])
        found = _safe_date(year, month, day)
        if found is None:
            continue
        hour, minute = int(g["hh"] or 0), int(g["mm"] or 0)
        if g["ampm"]:
            hour = hour % 12 + (12 if g["ampm"].lower() == "p" else 0)
        if hour > 23 or minute > 59:
            hour = minute = 0
        return datetime(
            found.year, found.month, found.day, hour, minute, tzinfo=_zone(g["zone"], g["offset"])
        )
    return None


# ---- whole date strings: datelines, metadata, user input ----------------------------------------------------

_FOUR_DIGITS = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")
_PARENTHESES = re.compile(r"\([^)]*\)")
_SEPARATOR = re.compile(r"\s[|·•]\s")
_DASH = re.compile(r"\s+[-–—]\s+")
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")
_ZONE = re.compile(r"(?:GMT|UTC|[+-]\d\d:?\d\d\b|\bZ\b|EET|EEST|CET|CEST)")
_LABEL = re.compile(
    r"^\s*(?:published|updated|posted|last\s+updated|date|first\s+published)\s*(?:on|at)?\s*:?\s*", re.I
)
_DATEPARSER_SETTINGS: dict[str, object] = {
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def parse_date_text(text: str) -> datetime | None:
    """A whole date string ("6 August 2024 17:48", "Published: December 14, 2023 7:05 AM GMT+2") as a datetime.

    Timezone offsets in the text are kept (the result is aware) so the caller can convert to Kyiv time.
    """
    cleaned = _LABEL.sub("", text)
    # "Tuesday, January 2, 2024 - 14:31 (Kyiv time)", "07.08.2024, 11:20 | Politics": keep the date and time.
    cleaned = _PARENTHESES.sub(" ", cleaned)
    cleaned = _SEPARATOR.split(cleaned)[0]
    cleaned = _DASH.sub(" ", cleaned)
    cleaned = " ".join(cleaned.split()).strip(" ,.")
    if not cleaned or len(cleaned) > 80:
        return None
    settings = dict(_DATEPARSER_SETTINGS)
    if _DOTTED_DATE.search(cleaned):
        # Dotted numeric dates are European: 07.08.2024 is 7 August.
        settings["DATE_ORDER"] = "DMY"
    has_zone = bool(_ZONE.search(cleaned))
    if has_zone:
        settings["RETURN_AS_TIMEZONE_AWARE"] = True
    try:
        return dateparser.parse(cleaned, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
