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

Cyrillic sentences (`grammar.is_cyrillic`) are read with a second grammar, one regex for Ukrainian and Russian
together: the two say dates alike ("у ніч на 14 грудня", "в ночь на 2 марта"), so each rule lists both
languages' words in the forms a date takes (months in the genitive after a day number, weekdays after
"у/в/во"). Its rules carry the English rules' names and groups, so one resolver reads both; the context and
reporting rules have Cyrillic forms too.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import NamedTuple

import dateparser

from bot.extract.grammar import is_cyrillic
from bot.extract.normalize import word_key
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
# An hour of the evening, with the zone it is told in: "11 p.m. Moscow time", "20:00 GMT".
_EVENING_HOUR = (
    r"(?:(?:1[01]|[7-9])(?:[:.][0-5]\d)?\s*p\.?\s*m\.?|(?:1[7-9]|2[0-3])[:.][0-5]\d)"
    r"(?:\s+(?:moscow|kyiv|local)\s+time|\s+\(?(?:gmt|utc|msk)\)?)?"
)
# ("from the evening of July 13 to 4 a.m. on July 14": a night, as "from 20:00 on July 13" is; a bare "on the evening
# of July 13" is that day.)
_FROM_EVENING = rf"(?:between|from)\s+(?:{_EVENING_HOUR}(?:\s+on)?|the\s+evening\s+of)(?:\s+{_WEEKDAY},?)?\s+"
_YEAR = r"(?:,?\s+(?P<{name}>(?:19|20)\d\d)(?!\d))?"
_INTO_THE_NIGHT = (
    rf"(?=,?\s+(?:and\s+)?(?:(?:continued|lasted|went\s+on)\s+)?(?:into|through|until|till)\s+(?:the\s+)?"
    rf"(?:early\s+|next\s+|following\s+)?(?:morning|night|hours|dawn|{_MONTH}\s*\d|"
    r"(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?\s*a\.?\s*m\b))"
)
# "On 2 January last year", "on 24 April this year": the year counted from publication.
_RELATIVE_YEAR = r"(?:,?\s+(?:of\s+)?(?P<{name}>last|this|the\s+previous|previous|the\s+same)\s+year)?"
HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25), "new years eve": (12, 31),
            "new years": (1, 1), "new years day": (1, 1), "new year": (1, 1)}  # fmt: skip

_PATTERNS: list[tuple[str, str]] = [
    (
        "night_dates",
        rf"(?:(?:the\s+)?night|overnight)\s+(?:of|from)\s+(?P<nd1>\d{{1,2}}){_ORD}\s*(?:(?P<nm1>{_MONTH})\s*)?"
        rf"(?:to|into|and|-|–|/)\s*(?P<nd2>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<nm2>{_MONTH}){_YEAR.format(name='ny')}",
    ),
    (
        # The same with the month first, as American copy writes it: "the night of October 12 to 13, 2024".
        "night_dates_month_first",
        rf"(?:(?:the\s+)?night|overnight)\s+(?:of|from)\s+(?P<fm1>{_MONTH})\s*(?P<fd1>\d{{1,2}}){_ORD}\s*"
        rf"(?:to|into|and|-|–|/)\s*(?:(?P<fm2>{_MONTH})\s*)?(?P<fd2>\d{{1,2}}){_ORD}(?!\d){_YEAR.format(name='fy')}",
    ),
    (
        # A night counted from the evening before, as ministries count it: "between 11 p.m. Moscow time on October
        # 12 and 7 a.m. on October 13", "from 20:00 on 5 June".
        "night_from_evening",
        rf"{_FROM_EVENING}(?P<ed>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<em>{_MONTH}){_YEAR.format(name='ey')}",
    ),
    (
        "night_from_evening_month_first",
        rf"{_FROM_EVENING}(?P<mem>{_MONTH})\s*(?P<med>\d{{1,2}}){_ORD}(?!\d){_YEAR.format(name='mey')}",
    ),
    (
        # ...and from an evening into the next day's early hours: "on the evening of Feb. 27 and into the early
        # morning hours of Feb. 28" (not "on the evening of July 13" alone, which is that day).
        "night_evening_into",
        rf"(?:on\s+)?the\s+evening\s+of(?:\s+{_WEEKDAY},?)?\s+(?:(?P<vd>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<vm>{_MONTH})|"
        rf"(?P<vm2>{_MONTH})\s*(?P<vd2>\d{{1,2}}){_ORD}(?!\d)){_YEAR.format(name='vy')}{_INTO_THE_NIGHT}",
    ),
    (
        "night_weekdays",
        # ("drone strikes from Saturday into Sunday": a night without the word; "overnight Thursday into Friday".)
        rf"(?:(?:(?:(?:the\s+)?night|overnight)\s+(?:of|from)|\bfrom(?=\s+{_WEEKDAY}\s+into\b)|overnight)\s+"
        rf"(?P<nw1>{_WEEKDAY})\s+(?:to|into|and|-)\s+|"
        # ...or only the day it ended: "overnight into Friday", "the night to Friday", "in the early hours of Friday".
        rf"(?:overnight|(?:on\s+)?the\s+night)\s+(?:to|into)\s+|(?:in\s+)?the\s+early\s+(?:morning\s+)?hours\s+of\s+)"
        rf"(?P<nw2>{_WEEKDAY})",
    ),
    (
        "day_month",
        rf"(?P<late1>late\s+on\s+(?:the\s+)?)?(?<![\d.:/])(?P<d1>\d{{1,2}}){_ORD}(?:\s*(?:-|–|to|and)\s*(?P<d2>\d{{1,2}}){_ORD})?\s+(?:of\s+)?"
        rf"(?P<m1>{_MONTH})(?![a-z]){_YEAR.format(name='y1')}{_RELATIVE_YEAR.format(name='r1')}",
    ),
    (
        "month_day",
        rf"(?P<late2>late\s+on\s+)?(?P<m2>{_MONTH})\s+(?P<d3>\d{{1,2}}){_ORD}(?!\d|:)(?:\s*(?:-|–)\s*(?P<d4>\d{{1,2}}){_ORD}(?!\d))?"
        rf"{_YEAR.format(name='y2')}{_RELATIVE_YEAR.format(name='r2')}",
    ),
    (
        "holiday",
        r"(?P<feast>christmas\s+eve|christmas(?:\s+day)?|new\s+year['’]?s\s+eve|new\s+year['’]?s(?:\s+day)?|"
        # "a New Year drone strike": the night the year turned, named as an attack's.
        r"(?-i:New\s+Year)(?=\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|bombings?|shelling|barrage)\b))"
        r"(?:\s+(?:morning|night|evening))?" + _RELATIVE_YEAR.format(name="r3"),
    ),
    ("iso", r"(?<![\d-])(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?![\d-])"),
    ("numeric", r"(?<![\d.])(?P<xd>\d{1,2})\.(?P<xm>\d{1,2})\.(?P<xy>(?:19|20)\d\d)(?![\d.])"),
    ("slashed", r"(?<![\d/])(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>(?:19|20)\d\d)(?![\d/])"),
    (
        "weekday",
        rf"(?P<wmod>last|this\s+past|this|past|late\s+on|early\s+on|late|early|on)?\s*(?P<wd>{_WEEKDAY})(?:['’]s)?"
        rf"(?:\s+(?P<wpart>night|evening|morning|afternoon))?"
        # "On Saturday, August 19": the date beside the weekday says which week.
        rf"(?:,\s+(?P<wdm>{_MONTH})\s+(?P<wdd>\d{{1,2}}){_ORD}(?![\d:])(?:,?\s+(?P<wdy>(?:19|20)\d\d))?)?",
    ),
    ("day_before_yesterday", r"the\s+day\s+before\s+yesterday"),
    ("yesterday", r"yesterday(?:['’]s)?(?:\s+(?P<ypart>night|evening|morning|afternoon))?"),
    ("today", r"today|this\s+morning|this\s+afternoon|this\s+evening|earlier\s+today"),
    (
        "overnight",
        r"overnight|last\s+night|(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)|during\s+the\s+night(?!\s+(?:of|from)\b)|at\s+night|in\s+the\s+early\s+hours|"
        r"(?:for\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?"
        r"night(?:\s+in\s+a\s+row|\s+running)?|"
        r"early\s+(?:this|that)\s+morning|(?:on\s+)?the\s+night\s+before|"
        # "During a nighttime drone attack": last night's ("the night attack" points back at one told, "killed in a
        # night attack on Odesa" most often at an earlier one).
        r"during\s+an?\s+(?:night|nighttime|night-time)\s+(?:\w+\s+){0,2}?(?:attacks?|strikes?|raids?|assault)\b",
    ),
    ("days_ago", r"(?P<ago>two|three|four|five|six|\d)\s+days\s+ago"),
    # "...mourned the 16 people killed in a Russian attack a day earlier": days before the sentence's own date (or
    # the report's); not "a day before the summit", counted back from something else.
    (
        "days_earlier",
        r"(?:(?:a|one|(?P<earlier>two|three|four|five|six))\s+days?\s+(?:earlier|before)|the\s+(?:previous|preceding)"
        r"\s+day|the\s+day\s+before(?!\s+yesterday))(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|when|as|while|but)\b|"
        # ("the toll of Russian S-300 missile strikes on the city a day earlier rose to 11": a verb of the toll.)
        r"\s+(?:rose|had\s+risen|has\s+risen|climbed|jumped|reached|increased)\b)",
    ),
    # A day of the month alone, as Korean and Japanese wire copy writes it: "On the 15th, the day the Russian
    # presidential election began", "on the 9th (local time)" (not "the 15th anniversary", "the 3rd floor").
    (
        "day_of_month",
        r"on\s+the\s+(?P<od>\d{1,2})(?:st|nd|rd|th)(?=\s*[,.;:(]|\s*$|\s+(?:local\s+time|at|in|when|as|by|after|before)\b)"
        # (Not floors listed: "on the 5th, 6th and 7th floors".)
        r"(?![^.;]{0,30}?\b(?:floors?|stor(?:e?y|eys|ies)|levels?)\b)",
    ),
]
DATE_RE = re.compile("|".join(f"(?P<{name}>\\b(?:{pattern}))" for name, pattern in _PATTERNS), re.IGNORECASE)
# A day's possessive before an attack noun: "Tuesday's strike", "yesterday's attack".
DAYS_ATTACK = re.compile(
    r"(?:(?<=['’]s)|['’]s)\s+(?:(?!(?:to|of|on|for|with|about|that)\b)[\w-]+\s+){0,3}?"
    r"(?:strikes?|attacks?|bombardment|barrage|raid|shelling)\b",
    re.IGNORECASE,
)
# The same in Cyrillic, where the date is the attack's adjective: "вчорашнього удару".
_ADJECTIVE_OF_ATTACK = re.compile(r"(?:атак|удар|обстріл|обстрел|напад)\w*$", re.IGNORECASE)
_DESCRIBES_IT = re.compile(
    r"[^.;]{0,80}?,\s*(?:when|in\s+which|during\s+which|коли|когда|під\s+час\s+якого|во\s+время\s+которого)\b[^,.;]*",
    re.IGNORECASE,
)
_FIRST_BEFORE = re.compile(
    r"(?:\bfirst|(?<!\w)(?:перш|перв)\w*)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?|атак\w*|удар\w*|обстріл\w*|"
    r"обстрел\w*)\b[^.;]*$",
    re.IGNORECASE,
)
# A verb of attack: with one of its own, a clause only compares the attack a date's possessive names ("Вночі ворог
# атакував Харків, як і під час вчорашньої атаки"), where a death or rescue work that night is yesterday's attack's.
_ATTACK_VERB = re.compile(
    r"\b(?:attacked|struck|hit|shelled|bombed|targeted)\b|(?<!\w)(?:атакува|атакова|вдари|удари|обстріля|обстреля|"
    r"завда\w*\s+удар|нанес\w*\s+удар)\w*",
    re.IGNORECASE,
)
# A date right after one of these bounds a span or names a deadline: "since 24 February", "by 1 May".
_CONTEXT_BEFORE = re.compile(
    r"\b(?:since|until|till|by|before|after|from|through|as\s+of|between|starting|ending|no\s+later\s+than|"
    r"dated|published|updated|posted)\s+(?:at\s+least\s+|at\s+the\s+latest\s+)?(?:the\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# A bare weekday right after a bound (its match starts with the space before it): "banned gatherings through
# Thursday", "closed until Friday" (not what went on to that day: "attacks continued through Sunday", "overnight
# through Sunday morning", "By Sunday morning, drones had hit...", "since Friday, when a glide bomb hit...").
_WEEKDAY_BOUND_BEFORE = re.compile(
    r"(?<!continued\s)(?<!continuing\s)(?<!lasted\s)(?<!overnight\s)(?<!went\son\s)\b(?:since|until|till|by|before|"
    r"through)$",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
# (Only "came ... after": "Saturday's attack came as Zelensky visited ..." and "followed a similar one on Friday" date
# the attack still.)
_CAME_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|barrage|assault)\s+came\s+(?:(?:just\s+)?(?:a|the|one|two|"
    r"three)\s+days?\s+|(?:a\s+few\s+|several\s+)?hours\s+)?after\b",
    re.IGNORECASE,
)


# What a record is measured against: "the deadliest attack in one place since a Sep 30 strike" (not "without power
# since a Sep 30 strike", which dates the strike told). `roles` reads the earlier attack's place after it.
# The words that call an attack a record, shared by the rules that read what it is measured against.
SUPERLATIVE = r"(?:deadliest|largest|biggest|heaviest|worst|most\s+\w+)"
RECORD_SINCE = rf"\b{SUPERLATIVE}\b[^.;]{{0,80}}?\bsince\s+"
# (What came since may be told in a few words first: "the most intense barrage ... since Putin ordered the Feb. 24
# invasion".)
# (Not a time of day: "Most of the 56 drones Russia launched since the evening of Oct. 12" dates the attack.)
_RECORD_SINCE = re.compile(
    RECORD_SINCE + r"(?:(?!(?:evening|morning|night|afternoon|midnight|dawn|noon|day)\b)[\w'’-]+\s+){0,4}?"
    r"(?:an?\s+|the\s+)?$",
    re.IGNORECASE,
)
# The date of a record beaten: "eclipsing the previous record of 539 drones, set on July 4", "попередній рекорд
# встановили 4 липня" (not "За попередніми даними, у неділю...", preliminary data).
# So is the date of the previous attack, in its own clause: "Предыдущий удар по Луганску был 12 мая" (not "Unlike
# the previous attacks, the strike on Saturday...").
_PREVIOUS_BEFORE = re.compile(
    r"(?<!\w)(?:previous\s+(?:record|high|peak)|попередн\w*\s+рекорд\w*|предыдущ\w*\s+рекорд\w*)(?!\w)"
    r"[^.;!?]{0,60}$|"
    r"(?<!\w)(?:previous\s+(?:attack|strike)|попередн\w*\s+(?:удар|атак)\w*|предыдущ\w*\s+(?:удар|атак)\w*)(?!\w)"
    r"[^.;!?,]{0,60}$",
    re.IGNORECASE,
)
# A target struck again names the day of the earlier strike in a relative clause: "one flew into the same tower at
# the Moskva City complex that was targeted on Sunday" (not "a building that was struck by a missile yesterday",
# which dates the strike told).
_SAME_TARGET_BEFORE = re.compile(
    r"(?<!\w)(?:same|той\s+самий|та\s+сама|те\s+саме|ті\s+самі|тот\s+же|ту\s+же|та\s+же|то\s+же|те\s+же)(?!\w)"
    # (Not a time: "the same day that Russia struck Odesa on Sunday".)
    r"(?!\s+(?:day|night|time|morning|evening|week|date|день|ночі|ночь|час|время|тиждень|неделю)\b)"
    # (Within its clause, and of a strike: not "the same port ..., and the debris of the drones that were shot down
    # on Saturday night damaged a grain terminal".)
    r"[^,.;!?]{0,100}?(?<!\w)(?:that|which|який|яка|яке|які|котр\w+|котор\w+)\s+(?:was|were|had\s+been|був|була|було|"
    r"були|был|была|было|были)?\s*(?:\w+\s+){0,2}?(?:targeted|hit|struck|attacked|shelled|bombed|damaged|атакован\w*|"
    r"уражен\w*|поражен\w*|пошкоджен\w*|поврежден\w*|обстріля\w*|обстреля\w*)\s+(?:\w+\s+){0,3}?(?:on\s+|у\s+|в\s+)?$",
    re.IGNORECASE,
)
# The day a ground operation began is no air attack's: "since Russia launched a new ground offensive ... on May
# 10", "коли росія розпочала повномасштабне вторгнення 24 лютого".
GROUND_OPERATION_BEGAN = (
    r"(?:launched|began|started|opened|mounted|unleashed)\s+(?:(?:a|an|its|the|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:offensive|invasion|counter-?offensive|incursion)\b"
)
_GROUND_OPERATION_BEFORE = re.compile(
    rf"(?<!\w)(?:{GROUND_OPERATION_BEGAN}|(?:розпочал|почал|начал)\w*\s+(?:[\w-]+\s+){{0,3}}?"
    # (Not "наступної ночі", the next night, nor "с наступлением темноты"; and only within the clause.)
    r"(?:наступ(?:у|ом|і)?|вторгнен\w*|вторжени\w*|контрнаступ\w*)(?!\w))[^.;!?,]{0,120}$",
    re.IGNORECASE,
)
# "the ministry said on Monday that...", "in his annual address on Feb. 29": the day of the statement, not
# necessarily of the attack.
_REPORTED_BEFORE = re.compile(
    # (Not the passive: "Explosions were reported early on Oct. 12 in Odesa" dates the explosions.)
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)"
    # ("Interfax cited authorities as saying on Friday": "saying" is the telling as "said" is.)
    r"\b(?:said|says|saying|announced|reported|told\s+\w+|confirmed|stated|wrote|added|claimed|warned|posted|address|speech|"
    # ("An AFP analysis showed Friday that Russia fired 6,297 drones into Ukraine in July": the analysis's day.)
    r"showed|shows|found|revealed|published|released|"
    # (A weekday's match may start with the space before it: "said Saturday".)
    # ("regional authorities reported early on May 26": when in the day they said it.)
    r"statement|interview|briefing|(?:press|news)\s+conference|remarks|video\s+message)"
    r"(?:\s+(?:early|late|earlier|later))?(?:\s+on)?\s*$|"
    # A count brought up to date: "the death toll ... rose to 40 on Monday" (the strike was on Saturday).
    r"\b(?:rose|risen|climbed|jumped)\s+to\s+(?:at\s+least\s+)?[\d,]+(?:\s+(?:people|dead))?(?:\s+on)?\s*$|"
    # A live blog's entry stamp: "published at 14:22 British Summer Time 28 June 2023", "Updated 09:10 GMT".
    r"(?:published|updated|posted)(?:\s+at)?\s+\d{1,2}[:.]\d{2}(?:\s+(?-i:[A-Z])\w*){0,4}\s*,?\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# "At noon on 21 November, the emergency service confirmed that...": a date whose clause goes on to a reporting
# verb, with no event on the way, is when something was said.
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|saying|confirmed|reported|announced|stated|told|wrote|added|claimed|warned|posted|updated|published|"
    r"acknowledged|admitted|denied|clarified)\b",
    re.IGNORECASE,
)
_EVENT_ON_THE_WAY = re.compile(
    r"\b(?:attack\w*|struck|hit|launched|fired|shot|downed|destroyed|intercepted|exploded|killed|injured|damaged|"
    r"strikes?|targeted|bombed|shelled)\b|[.;:!?]|"
    # (Nor a verb of another clause: "came under fire ... on Monday, although Ukrainian forces claimed ...".)
    r",\s*(?:although|but|whereas)\s",
    re.IGNORECASE,
)


# "the attack on Kramatorsk on Tuesday evening has risen to 10, officials said", "were killed when a missile struck
# a residential area on Friday evening, officials said": the date of the event it follows, not of the saying.
_EVENT_BEFORE = re.compile(
    r"\b(?:attacks?|attacked|strikes?|struck|hit|raids?|bombardment|shell(?:ing|ed)|explosions?|blasts?|launched|"
    r"fired|killed|damaged|destroyed|downed|shot\s+down|"
    r"(?:came|comes|come|coming)\s+under\s+(?:heavy\s+|renewed\s+)?(?:fire|attack))\b[^.;!?]*$",
    re.IGNORECASE,
)


# ---- Ukrainian and Russian ---------------------------------------------------------------------------------
# Month names in the genitive, the form they take after a day number ("31 липня", "з 24 лютого", "31 июля").
CYRILLIC_MONTHS = {
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
    "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip
# A month named on its own, in the nominative: "липень 2024", "июль 2024".
CYRILLIC_MONTH_NAMES = {
    "січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6, "липень": 7,
    "серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12,
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8,
    "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}  # fmt: skip
# Weekdays as a date says them: nominative (headers), accusative after "у/в" ("у п'ятницю", "в пятницу") and
# genitive after "з/с", "до" or "минулого" ("з неділі на понеділок", "минулого понеділка").
CYRILLIC_WEEKDAYS = {
    "понеділок": 0, "понеділка": 0, "понедельник": 0, "понедельника": 0,
    "вівторок": 1, "вівторка": 1, "вторник": 1, "вторника": 1,
    "середа": 2, "середу": 2, "середи": 2, "среда": 2, "среду": 2, "среды": 2,
    "четвер": 3, "четверга": 3, "четверг": 3,
    "п'ятниця": 4, "п'ятницю": 4, "п'ятниці": 4, "пятница": 4, "пятницу": 4, "пятницы": 4,
    "субота": 5, "суботу": 5, "суботи": 5, "суббота": 5, "субботу": 5, "субботы": 5,
    "неділя": 6, "неділю": 6, "неділі": 6, "воскресенье": 6, "воскресенья": 6,
}  # fmt: skip
# Russian "среда" is also "environment" ("окружающую среду"): as a day it comes with its preposition.
_WEEKDAYS_ONLY_WITH_PREPOSITION = frozenset({"среда", "среду", "среды"})
CYRILLIC_NUMBER_WORDS = {
    "два": 2, "дві": 2, "три": 3, "чотири": 4, "четыре": 4, "п'ять": 5, "пять": 5, "шість": 6, "шесть": 6,
}  # fmt: skip
_APOSTROPHE = "['’ʼ]"


def _alternatives(words: dict[str, int] | list[str]) -> str:
    """A regex alternation of `words`, longest first, an apostrophe written any of the three ways."""
    return "|".join(re.escape(w).replace("'", _APOSTROPHE) for w in sorted(words, key=len, reverse=True))


def _without_apostrophes(word: str) -> str:
    return re.sub(_APOSTROPHE, "", word.lower())


_CY_MONTH = rf"(?:{_alternatives(CYRILLIC_MONTHS)})(?!\w)"
CYRILLIC_MONTH = _CY_MONTH  # a month's name in Ukrainian or Russian, in any case the day number takes
_CY_WEEKDAY = rf"(?:{_alternatives(CYRILLIC_WEEKDAYS)})(?!\w)"
_CY_ORD = r"(?:-(?:го|е|ге|те))?"  # "24-го лютого", "на 2-ге"
# A day written as its ordinal word, as the first days of a month often are: "у ніч на перше січня", "в ночь на
# первое января", "третього травня" (the neuter and the genitive a date takes).
CYRILLIC_DAY_WORDS = {
    "перше": 1, "першого": 1, "первое": 1, "первого": 1, "друге": 2, "другого": 2, "второе": 2, "второго": 2,
    "третє": 3, "третього": 3, "третье": 3, "третьего": 3, "четверте": 4, "четвертого": 4, "четвертое": 4,
    "четвёртое": 4, "четвёртого": 4, "п'яте": 5, "п'ятого": 5, "пятое": 5, "пятого": 5, "шосте": 6, "шостого": 6,
    "шестое": 6, "шестого": 6, "сьоме": 7, "сьомого": 7, "седьмое": 7, "седьмого": 7, "восьме": 8, "восьмого": 8,
    "восьмое": 8, "дев'яте": 9, "дев'ятого": 9, "девятое": 9, "девятого": 9, "десяте": 10, "десятого": 10,
    "десятое": 10,
    **{
        stem + ending: day
        for day, (ukrainian, russian) in {
            11: ("одинадцят", "одиннадцат"), 12: ("дванадцят", "двенадцат"), 13: ("тринадцят", "тринадцат"),
            14: ("чотирнадцят", "четырнадцат"), 15: ("п'ятнадцят", "пятнадцат"), 16: ("шістнадцят", "шестнадцат"),
            17: ("сімнадцят", "семнадцат"), 18: ("вісімнадцят", "восемнадцат"), 19: ("дев'ятнадцят", "девятнадцат"),
            20: ("двадцят", "двадцат"), 30: ("тридцят", "тридцат"),
        }.items()
        for stem, endings in ((ukrainian, ("е", "ого")), (russian, ("ое", "ого")))
        for ending in endings
    },
}  # fmt: skip
# ("двадцять четвертого лютого" is the 24th, not the 4th.)
_CY_DAY_TENS = {"двадцять": 20, "двадцать": 20, "тридцять": 30, "тридцать": 30}
_CY_DAY = rf"(?:\d{{1,2}}|(?<!\w)(?:(?:{_alternatives(_CY_DAY_TENS)})\s+)?(?:{_alternatives(CYRILLIC_DAY_WORDS)})(?=\s))"
_CY_YEAR_WORD = r"(?:року|рік|года|год|р|г)(?![^\W\d_])\.?"  # "2024 року", "2024 р.", "2024 года", "2024 г."
_CY_YEAR = rf"(?:,?\s+(?P<{{name}}>(?:19|20)\d\d)(?!\d)(?:\s*{_CY_YEAR_WORD})?)?"
# "2 січня минулого року", "24 апреля этого года": the year counted from publication.
_CY_RELATIVE_YEAR = (
    r"(?:,?\s+(?P<{name}>минулого|попереднього|цього|поточного|того\s+ж|прошлого|предыдущего|этого|текущего|"
    r"того\s+же)\s+(?:року|года))?"
)
_CY_PREVIOUS = ("минул", "попередн", "прошл", "предыдущ", "минувш", "прошедш")
_CY_NEXT = ("наступн", "следующ", "найближч", "ближайш")
_CY_IN = r"(?:у|в|во)"
_CY_FROM = r"(?:з|із|зі|с|со|від|от)"
_CY_NIGHT = rf"(?:{_CY_IN}\s+)?(?:ніч|ночь)|уночі|вночі|ночью"
_CY_TIME_ZONE = (
    r"(?:\s+(?:по\s+(?:московскому|киевскому)\s+времени|за\s+(?:київським|московським)\s+часом|\(?мск\)?))?"
)
# Parts of the day; "пізно ввечері" is late in the day, read as English reads "late on Monday".
_CY_DAYTIME = (
    r"(?:(?:пізно|поздно|рано)\s+)?"
    r"(?:увечері|ввечері|вечером|вранці|уранці|зранку|утром|вдень|удень|днем|днём)(?!\w)"
)
_CY_PART = rf"(?:{_CY_DAYTIME}|(?:(?:пізно|поздно)\s+)?(?:вночі|уночі|ночью)(?!\w))"
_CY_WEEKDAY_MODIFIER = (
    r"(?:минул(?:ого|ої|ий|у|е|ій|ому)|минувш\w+|прошл(?:ый|ую|ое|ого|ой|ом)|попередн\w+|предыдущ\w+|"
    r"ц(?:ей|ю|е|ього|ієї|ій|ьому)|эт(?:от|у|о|ого|ой|ом)|наступн\w+|следующ\w+|найближч\w+|ближайш\w+)"
)
_CY_THE_PAST = (
    r"(?:минул(?:у|ої|і|их)|останн(?:ю|ьої|і|іх)|прошедш(?:ую|ей|ие|их)|минувш(?:ую|ей|ие|их)|"
    r"последн(?:ие|их)|прошл(?:ую|ой))"
)
_CY_DURING = r"(?:за|протягом|упродовж|впродовж|на\s+протязі|в\s+течение)"

# "Напередодні", "накануне" is "the day before" as an adverb but "on the eve of" before a noun in the
# genitive ("напередодні виборів", "накануне Дня Победы"). The next word tells them apart as far as endings
# can: punctuation, a part of the day, a preposition, a pronoun, a verb in the past tense, an abbreviation
# ("ЗСУ") or a word ending in a consonant no genitive plural ends in ("ворог", "Зеленський") make it the
# adverb. A vowel ending ("Різдва", "зустрічі", but also "росіяни") may be a genitive: left unread rather than
# misdated.
_CY_ADVERB_FOLLOWS = (
    r"(?=\s*(?:[,.;:!?)—–-]|$)|\s+(?:"
    rf"{_CY_PART}|{_CY_IN}|на|о|об|около|близько|біля|по|він|вона|вони|воно|ми|ви|я|он|она|они|оно|мы|вы|"
    r"\w+(?:ли|ла|ло|лися|лись|лась|лось|лся|вся)|(?-i:[А-ЯІЇЄҐA-Z]{2,})|"
    r"\w*[бвгґджзклмнпрстфхцчшщй](?<!ів)(?<!їв)(?<!ов)(?<!ев)(?<!ей)(?<!ой)(?<!их)(?<!ых)"
    r")(?!\w))"
)

_CYRILLIC_PATTERNS: list[tuple[str, str]] = [
    (
        # "у ніч на 14 грудня", "у ніч проти 21 вересня", "в ночь с 1 на 2 марта",
        # "у ніч з 31 грудня на 1 січня".
        "night_dates",
        rf"(?:{_CY_NIGHT})\s+(?:{_CY_FROM}\s+(?P<nd1>{_CY_DAY}){_CY_ORD}(?:\s+(?P<nm1>{_CY_MONTH}))?\s+)?"
        rf"(?:на|проти|до)\s+(?P<nd2>{_CY_DAY}){_CY_ORD}\s+(?P<nm2>{_CY_MONTH}){_CY_YEAR.format(name='ny')}",
    ),
    (
        # "у ніч на понеділок", "в ночь с воскресенья на понедельник", "у ніч на неділю, 14 грудня".
        "night_weekdays",
        rf"(?:{_CY_NIGHT})\s+(?:{_CY_FROM}\s+(?P<nw1>{_CY_WEEKDAY})\s+)?"
        rf"(?:на|проти|до)\s+(?P<nw2>{_CY_WEEKDAY})"
        rf"(?:,?\s+(?P<nwd>\d{{1,2}}){_CY_ORD}\s+(?P<nwm>{_CY_MONTH}){_CY_YEAR.format(name='nwy')})?",
    ),
    (
        # The air force counts a night from the evening before: "з 19:00 13 грудня" starts the night that
        # ended on the 14th.
        # So does the Russian Defence Ministry: "с 23:00 по московскому времени воскресенья, 12 октября, до 7:00".
        "night_from_evening",
        rf"{_CY_FROM}\s+(?:(?:1[7-9]|2[0-3])[:.][0-5]\d{_CY_TIME_ZONE}|вечора|вечера)(?:\s+{_CY_WEEKDAY},?)?"
        rf"\s+(?P<ed>\d{{1,2}}){_CY_ORD}\s+(?P<em>{_CY_MONTH}){_CY_YEAR.format(name='ey')}",
    ),
    (
        # An evening and the night after it: "вечером 22 февраля и ночью 23 февраля", "ввечері 22 і вночі 23 лютого".
        "evening_and_night",
        rf"(?:увечері|ввечері|вечером)\s+(?P<ad>\d{{1,2}}){_CY_ORD}(?:\s+(?P<am1>{_CY_MONTH}))?"
        rf"\s+(?:і|й|та|и)\s+(?:уночі|вночі|ночью)(?:\s+(?:на\s+)?(?P<ad2>\d{{1,2}}){_CY_ORD})?"
        rf"(?:\s+(?P<am2>{_CY_MONTH}))?{_CY_YEAR.format(name='ay')}",
    ),
    (
        # "31 липня", "1-2 березня", "31 июля 2024 года", "вранці 5 березня"; a night part is left to stand
        # on its own, so "вночі 5 березня" reads as "overnight on 5 March".
        "day_month",
        rf"(?:{_CY_DAYTIME}\s+)?(?<![\d.:/])(?P<d1>{_CY_DAY}){_CY_ORD}"
        rf"(?:(?:\s*[-–—]\s*|\s+(?:і|и|й|та)\s+)(?P<d2>\d{{1,2}}){_CY_ORD})?\s+(?P<m1>{_CY_MONTH})"
        rf"{_CY_YEAR.format(name='y1')}{_CY_RELATIVE_YEAR.format(name='r1')}(?:\s+{_CY_DAYTIME})?",
    ),
    ("iso", r"(?<![\d-])(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?![\d-])"),
    (
        "numeric",
        rf"(?<![\d.])(?P<xd>\d{{1,2}})\.(?P<xm>\d{{1,2}})\.(?P<xy>(?:19|20)\d\d)(?!\d|\.\d)"
        rf"(?:\s*{_CY_YEAR_WORD})?",
    ),
    (
        # "у понеділок", "во вторник", "минулого понеділка", "в прошлую пятницу", "у понеділок увечері",
        # "пізно ввечері в неділю", "у понеділок, 5 серпня".
        "weekday",
        rf"(?:(?P<wpre>{_CY_PART})\s+)?(?:(?P<wprep>{_CY_IN})\s+)?(?:(?P<wmod>{_CY_WEEKDAY_MODIFIER})\s+)?"
        rf"(?P<wd>{_CY_WEEKDAY})"
        rf"(?:,?\s+(?P<wdd>\d{{1,2}}){_CY_ORD}\s+(?P<wdm>{_CY_MONTH}){_CY_YEAR.format(name='wdy')})?"
        rf"(?:\s+(?P<wpart>{_CY_PART}))?",
    ),
    (
        # As English "overnight", "last night", "over the past day", "in the past 24 hours", "for the second
        # night in a row", "in the early hours", "at night", "the night before".
        "overnight",
        rf"(?:минулої|попередньої|цієї|сьогоднішньої|вчорашньої)\s+ночі|"
        rf"(?:прошлой|прошедшей|минувшей|этой|сегодняшней|вчерашней|предыдущей)\s+ночью|"
        rf"(?:напередодні|накануне)\s+(?:вночі|уночі|ночью)|"
        # ("Вночі на Харківщині...": at night, in a place; not "вночі на 5 березня", "вночі з неділі на понеділок",
        # the night the rules above name.)
        rf"(?:(?:сьогодні|сегодня)\s+)?(?:вночі|уночі|ночью)(?!\w|\s+(?:на|проти|{_CY_FROM})\s+(?:\d|"
        r"(?:неділ|понеділ|вівтор|серед|четвер|п['’ʼ]ятниц|субот|воскресен|понедельн|вторн|сред|пятниц|суббот)\w*))|"
        # "нічна атака", "ночного удара по Львову": the overnight attack, one of them ("нічні атаки" are many).
        # (Not "того ночного обстрела", "тієї нічної атаки": that night, told before.)
        rf"(?<!того\s)(?<!той\s)(?<!тієї\s)(?<!тому\s)(?<!той же\s)(?<!того же\s)"
        rf"(?:нічн(?:а|ої|ій|у|ою|ий|ого|ому|им|ім)|ночн(?:ая|ой|ую|ого|ому|ым|ом))\s+"
        rf"(?:(?:масован|комбінован|комбинирован|ракетн|дронов)\w*\s+)?"
        rf"(?:атак(?:а|и|і|у|ою|е|ой)|удар(?:у|а|ом|і|е)?|обстріл(?:у|ом|і)?|обстрел(?:а|ом|е)?)(?!\w)|"
        rf"{_CY_DURING}\s+(?:(?:{_CY_THE_PAST}|цієї|цю|этой|эту)\s+)?(?:ночі|ночи|ніч|ночь)"
        rf"(?!\w|\s+(?:на|проти|до|{_CY_FROM})\s)|"
        rf"{_CY_DURING}\s+(?:{_CY_THE_PAST}\s+)?(?:добу|доби|сутки|суток)(?!\s+(?:до|после|після)\s)|"
        rf"(?:минулої|останньої|прошедших|минувших|последних)\s+(?:доби|суток)|"
        rf"{_CY_DURING}\s+{_CY_THE_PAST}\s+24\s+(?:години|годин|часа|часов)(?!\w)|"
        rf"(?:другу|третю|четверту|п{_APOSTROPHE}?яту|шосту|сьому|вторую|третью|четвертую|пятую|шестую|"
        rf"седьмую|\d+-?(?:у|ю|ту))\s+(?:ніч|ночь)\s+(?:поспіль|підряд|подряд|кряду)|"
        rf"на\s+світанку|на\s+рассвете|(?:(?:сьогодні|сегодня)\s+)?рано\s+(?:вранці|уранці|зранку|утром)|"
        rf"{_CY_IN}\s+(?:нічний|ночное)\s+(?:час|время)",
    ),
    ("day_before_yesterday", rf"(?:позавчора|позавчера)(?!\w)(?:\s+{_CY_DAYTIME})?"),
    ("yesterday", rf"(?:вчора|учора|вчера)(?!\w)(?:\s+(?P<ypart>{_CY_PART}))?"),
    # "через вчорашній повітряний удар", "после вчерашнего российского удара": yesterday's attack, as English
    # "yesterday's strike".
    (
        "yesterdays_attack",
        # (Adjectives between, not nouns: "вчорашнього дозволу на удари" is a permission.)
        r"(?:вчорашн|учорашн|вчерашн)\w*\s+(?:[\w'’ʼ-]+(?:ий|ій|ого|ього|ому|ьому|им|ім|ої|ьої|ую|юю|ою|ьою|ая|яя|"
        r"их|іх|ими|іми|ый|ой|ое|ые|ых|ым|ыми|ей|ні|на|ва|ка|жа|ча|ша|ну|ву|ку|жу|чу|шу|не|ве|ке)\s+){0,2}?"
        r"(?:авіа|авиа)?(?:атак|удар|обстріл|обстрел|напад|наліт|нальот|налет|налёт)\w*",
    ),
    # "The day before": yesterday for a date, but told of another event than the report's (see `incidents`).
    ("eve", rf"(?:напередодні|накануне){_CY_ADVERB_FOLLOWS}(?:\s+(?P<epart>{_CY_PART}))?"),
    (
        # Mornings need no "today": "вранці", "утром" alone are this morning; so is a daytime, "Днем до города
        # долетел беспилотник", but not "днем ранее" (a day before), "з кожним днем" or "Днем незалежності".
        "today",
        rf"(?:сьогодні|сегодня)(?!\w)(?:\s+{_CY_DAYTIME})?|(?:цього|этим)\s+(?:ранку|утром)|"
        r"(?:вранці|уранці|зранку|утром)(?!\w)|"
        r"(?<!с\s)(?<!з\s)(?<!со\s)(?<!зі\s)(?<!им\s)(?<!ым\s)(?<!за\s)(?:вдень|удень|днем|днём)(?!\w)(?!\s+за\s)"
        r"(?!\s+(?:ранее|раньше|раніше|пізніше|позже|позднее|народження|рождения|незалежності|независимости|"
        r"пам\S*|город\S*|міст\S*|Конституції|Конституции|знань|знаний))",
    ),
    (
        "days_ago",
        rf"(?P<ago>{_alternatives(CYRILLIC_NUMBER_WORDS)}|\d)\s+(?:дні|днів|дня|дней)\s+(?:тому|назад)",
    ),
]
# Every rule starts a word: testing that once, before the alternatives, spares them most positions of a text.
CYRILLIC_DATE_RE = re.compile(
    r"\b(?=\w)(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _CYRILLIC_PATTERNS) + ")",
    re.IGNORECASE,
)
# As `_CONTEXT_BEFORE`: "з 24 лютого", "с 24 февраля", "до 1 травня", "після 5 березня", "починаючи з",
# "станом на 09:00 5 березня", "по состоянию на", "between" ("між"), "dated" ("датований").
_CONTEXT_BEFORE_CYRILLIC = re.compile(
    rf"(?<!\w)(?:{_CY_FROM}|до|по|перед|після|после|на|між|между|починаючи\s+з|начиная\s+с|аж\s+до|"
    r"вплоть\s+до|не\s+пізніше(?:\s+ніж)?|не\s+позднее|датован\w*|опубліковано|опубликовано|оновлено|"
    r"обновлено)\s+"
    # "По состоянию на утро 15 июля": as of a morning, not when anything happened.
    r"(?:(?:ранок|ранку|вечір|вечора|утро|утра|вечер|вечера)\s+)?(?:\d{1,2}[:.]\d\d\s+)?$",
    re.IGNORECASE,
)
_CY_SAID = (
    r"повідоми\w*|повідомля\w*|заяви\w*|заявля\w*|розповіл\w*|розповів|сказа\w*|підтверди\w*|написа\w*|"
    r"дода(?:в|ла|ли|ло)|попереди\w*|оголоси\w*|зазначи\w*|наголоси\w*|поінформува\w*|проінформува\w*|інформува\w*|"
    r"опублікува\w*|уточни\w*|"
    r"сообщи\w*|сообща\w*|рассказа\w*|подтверди\w*|добави\w*|предупреди\w*|объяви\w*|отмети\w*|"
    r"проинформирова\w*|информирова\w*|опубликова\w*"
)
_CY_EVENT = (
    r"атак\w*|удар\w*|вдари\w*|уразил\w*|вразил\w*|поразил\w*|влучи\w*|влучан\w*|попадан\w*|обстр[іе]л\w*|"
    r"вибух\w*|взрыв\w*|взорва\w*|запусти\w*|запущен\w*|випусти\w*|выпусти\w*|збил\w*|збит\w*|"
    r"сбил\w*|сбит\w*|"
    r"знищ\w*|уничтож\w*|перехопи\w*|перехвати\w*|загину\w*|погиб\w*|поранен\w*|ранен\w*|пошкодж\w*|"
    r"поврежд\w*|зруйнова\w*|разруш\w*|наліт\w*|налет\w*|прил[іеё]т\w*|"
    # Dropped a bomb: "8 лютого скинули авіабомбу ФАБ-250 по житлових кварталах Краматорська, повідомила прокуратура".
    r"скину\w*|скида\w*|сбросил\w*|сбрасыва\w*"
)


class _Grammar(NamedTuple):
    """The rules a sentence of one script is read with."""

    dates: re.Pattern[str]
    context_before: re.Pattern[str]
    reported_before: re.Pattern[str]
    reporting_verb: re.Pattern[str]
    event_on_the_way: re.Pattern[str]
    event_before: re.Pattern[str]


_ENGLISH = _Grammar(
    DATE_RE, _CONTEXT_BEFORE, _REPORTED_BEFORE, _REPORTING_VERB, _EVENT_ON_THE_WAY, _EVENT_BEFORE
)
_CYRILLIC = _Grammar(
    dates=CYRILLIC_DATE_RE,
    context_before=_CONTEXT_BEFORE_CYRILLIC,
    reported_before=re.compile(rf"(?<!\w)(?:{_CY_SAID})\s+$", re.IGNORECASE),
    reporting_verb=re.compile(rf"(?<!\w)(?:{_CY_SAID})(?!\w)", re.IGNORECASE),
    event_on_the_way=re.compile(rf"(?<!\w)(?:{_CY_EVENT})(?!\w)|[.;:!?]", re.IGNORECASE),
    event_before=re.compile(rf"(?<!\w)(?:{_CY_EVENT})(?!\w)[^.;!?]*$", re.IGNORECASE),
)


def _grammar_of(text: str) -> _Grammar:
    return _CYRILLIC if is_cyrillic(text) else _ENGLISH


def _reports_after(text: str, end: int, grammar: _Grammar) -> bool:
    verb = grammar.reporting_verb.search(text, end, end + 90)
    return verb is not None and grammar.event_on_the_way.search(text, end, verb.start()) is None


# Every rule above needs a digit or one of these words: a cheap test that spares most sentences the full grammar.
# Folded as `normalize.word_key` folds the words of a sentence ("yesterday" is "iesterdai").
DATE_WORDS = frozenset(
    word_key(word)
    for word in [
        *MONTHS,
        *WEEKDAYS,
        "yesterday",
        "today",
        "overnight",
        "night",
        "day",  # "over the past day"
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
# The same for the Cyrillic rules, folded as `normalize.word_key` folds the words of a sentence ("й" is "и").
_CYRILLIC_TRIGGERS = [
    "вчора", "учора", "вчера", "позавчора", "позавчера", "сьогодні", "сегодня", "напередодні", "накануне",
    "ніч", "ночі", "ночь", "ночи", "ночью", "вночі", "уночі", "нічний", "ночное", "світанку", "рассвете",
    "доби", "добу", "сутки", "суток", "вранці", "уранці", "зранку", "ранку", "утром", "увечері", "ввечері",
    "вечером", "вдень", "удень", "днем", "днём", "тому", "назад",
    # The adjective of yesterday's attack ("вчорашній удар", "вчерашнего удара").
    "вчорашній", "вчорашнього", "вчорашньому", "вчорашня", "вчорашньої", "вчорашню", "вчорашньою", "учорашній",
    "учорашнього", "учорашньому", "вчерашний", "вчерашнего", "вчерашнему", "вчерашняя", "вчерашней", "вчерашнюю",
    "вчерашнем", "вчерашним", "вчорашні", "вчорашніх", "вчорашніми", "учорашні", "вчерашние", "вчерашних", "вчерашними",
    # The adjective of a night's attack ("нічної атаки", "ночного удара"), singular.
    "нічна", "нічної", "нічній", "нічну", "нічною", "нічного", "нічному", "нічним", "нічнім",
    "ночная", "ночной", "ночную", "ночного", "ночному", "ночным", "ночном",
]  # fmt: skip
CYRILLIC_DATE_WORDS = frozenset(
    word_key(form)
    for word in [*CYRILLIC_MONTHS, *CYRILLIC_WEEKDAYS, *CYRILLIC_NUMBER_WORDS, *_CYRILLIC_TRIGGERS]
    # "п'ятниця" folds to "пятниця"; the modifier-letter apostrophe of "пʼятниця" is a letter and stays.
    for form in {word, word.replace("'", "ʼ")}
)


def may_have_dates(words: frozenset[str] | set[str], text: str) -> bool:
    """Whether `text` (whose folded words are `words`) can hold a date phrase at all."""
    return (
        not DATE_WORDS.isdisjoint(words)
        or not CYRILLIC_DATE_WORDS.isdisjoint(words)
        or _DIGIT.search(text) is not None
    )


_STREET_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<short>вул\.|ул\.|просп\.|пров\.|пер\.|пл\.|бульв\.)|вулиц[яіею]|улиц[аеуы]|проспект[іеау]?|"
    r"провул\w*|переул\w*|площ\w*|бульвар[іеау]?)\s*$",
    re.IGNORECASE,
)


# A clock time after a date, and then a new sentence's capital or the end: "17.03.2025 17:49 Укрінформ У Золочеві"
# (not "10.10.2024 21:30 зруйнував склад", the attack's time).
_CLOCK_AFTER = re.compile(r",?\s+\d{1,2}:\d{2}(?![\d:])(?=\s*$|\s+[A-ZА-ЯІЇЄҐЁ])")


# A source's name with its date in brackets, then a dash: "Bitter Winter (16.02.2024) – ".
# (Opening its sentence, and a new sentence after the dash: not a dated headline, "Обстріл Харкова (13.10.2024) –
# наслідки".)
_CREDIT_BEFORE = re.compile(r"^\W*[A-ZА-ЯІЇЄҐЁ][\w’'.-]*(?:\s+[A-ZА-ЯІЇЄҐЁ][\w’'.-]*){0,3}\s*\($")
_CREDIT_AFTER = re.compile(r"\)\s*[–—-]\s*[A-ZА-ЯІЇЄҐЁ]")


def find_dates(text: str, anchor: date | None, base: int = 0) -> list[DateMention]:
    """Date phrases in `text` resolved against `anchor`; without an anchor only dates with a year resolve."""
    found: list[DateMention] = []
    grammar = _grammar_of(text)
    for match in grammar.dates.finditer(text):
        if (
            street := _STREET_BEFORE.search(text, max(0, match.start() - 16), match.start())
        ) is not None and (street.group("short") or any(c.isupper() for c in match.group())):
            # A street named after a day: "вул. 15 Квітня", "улица 8 Марта" (its month capitalised, not "на вулиці 12
            # жовтня", outdoors on that day).
            continue
        if _a_place_named_like_a_day(text, match):
            continue
        resolved = _resolve(match, anchor)
        if resolved is None:
            continue
        kind, day, start, end = resolved
        used_anchor = anchor or day
        if kind is not DateKind.CONTEXT and anchor is not None and start > anchor:
            kind = DateKind.FUTURE
        elif (
            (
                match.lastgroup == "weekday"
                and not match.group("wpart")
                and _WEEKDAY_BOUND_BEFORE.search(text, max(0, match.start() - 30), match.start())
                and not _WHEN_AFTER.match(text, match.end())
                and not match.group().endswith(("'s", "’s"))  # "before Saturday's strike": the strike's day
            )
            # (Not the attack a day's possessive dates, whatever bounds it: "died after yesterday's strike".)
            or (
                grammar.context_before.search(text, max(0, match.start() - 30), match.start())
                and not (
                    (DAYS_ATTACK.match(text, match.end()) or _ADJECTIVE_OF_ATTACK.search(match.group()))
                    # ("Це перша атака на столицю після вчорашнього удару": what this one is counted from.)
                    and not _FIRST_BEFORE.search(text, max(0, match.start() - 80), match.start())
                )
            )
            # ("Saturday's attack came the day after Russia bombarded Ukraine ... overnight into Friday": the attack
            # the report told, named to date what came before it.)
            or (match.group().endswith(("'s", "’s")) and _CAME_AFTER.match(text, match.end()) is not None)
            or _RECORD_SINCE.search(text, max(0, match.start() - 120), match.start())
            or _PREVIOUS_BEFORE.search(text, max(0, match.start() - 60), match.start())
            or _SAME_TARGET_BEFORE.search(text, max(0, match.start() - 160), match.start())
            or _GROUND_OPERATION_BEFORE.search(text, max(0, match.start() - 200), match.start())
        ):
            kind = DateKind.CONTEXT
        elif kind is DateKind.DAY and (
            (
                grammar.reported_before.search(text, max(0, match.start() - 60), match.start())
                # (Not the attack a day's possessive names: "Footage showed Saturday's missile strike".)
                and not DAYS_ATTACK.match(text, match.end())
            )
            or (
                _reports_after(text, match.end(), grammar)
                and not grammar.event_before.search(text, max(0, match.start() - 200), match.start())
            )
        ):
            kind = DateKind.REPORTED
        elif (
            kind is DateKind.DAY
            and match.lastgroup == "numeric"
            and (
                _CLOCK_AFTER.match(text, match.end())
                or (
                    _CREDIT_BEFORE.search(text, max(0, match.start() - 60), match.start())
                    and _CREDIT_AFTER.match(text, match.end())
                )
            )
        ):
            # A page's stamp run into its text: "...після авіаудару РФ по Золочеву 17.03.2025 17:49 Укрінформ У
            # Золочеві відновили ...", and a source's credit: "Bitter Winter (16.02.2024) – Italy's PM ...": when
            # it was filed, not when the attack was.
            kind = DateKind.REPORTED
        if (
            found
            and found[-1].day == day
            and _GLOSS_BETWEEN.fullmatch(text, found[-1].end_offset - base, match.start())
        ):
            kind = found[-1].kind  # "said on Monday (Jan 16)": the date in brackets says which Monday
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
    return _compared_attacks_apart(_counted_back(found), text, base)


def _counted_back(found: list[DateMention]) -> list[DateMention]:
    """ "A day earlier" counts back from the day the sentence tells, before it or after it ("...mourned on Thursday
    the 16 killed a day earlier", "...hit Odesa two days earlier, officials said on Sunday"), not from the report's
    (its `anchor` is then that day; see `told_then` for what that day becomes). A day right after it says which day
    it is: "A day earlier, on Saturday, ..."."""
    for at, mention in enumerate(found):
        if mention.pattern != "days_earlier":
            continue
        told = [
            m for m in found if m.pattern != "days_earlier" and m.kind in (DateKind.DAY, DateKind.REPORTED)
        ]
        if any(0 <= m.offset - mention.end_offset <= _GLOSS_REACH for m in told):
            found[at] = replace(mention, kind=DateKind.CONTEXT)
            continue
        before = [m for m in told if m.offset < mention.offset]
        reference = before[-1] if before else (told[0] if told else None)
        if reference is not None:
            day = reference.day - (mention.anchor - mention.day)
            found[at] = replace(mention, day=day, start=day, end=day, anchor=reference.day)
    return found


def told_then(dates: list[DateMention], text: str, base: int) -> list[DateMention]:
    """The day a sentence names before "a day earlier" is only when its news was told ("residents mourned on
    Thursday the 16 killed in an attack a day earlier"), unless the clause it stands in tells an attack of its own
    ("drones struck Kharkiv on Sunday, while Odesa had been hit the day before"). Asked of the dates a sentence
    keeps, once what trails it is cut."""
    for mention in [m for m in dates if m.pattern == "days_earlier" and m.kind is DateKind.DAY]:
        reference = next(
            (m for m in reversed(dates) if m.offset < mention.offset and m.kind is DateKind.DAY
             and m.pattern != "days_earlier" and m.day == mention.anchor),
            None,
        )  # fmt: skip
        if reference is None:
            continue
        # The clause the day stands in, up to where another begins ("..., while", "... who", "... killed in").
        start, end = reference.offset - base, reference.end_offset - base
        turn = _CLAUSE_TURN.search(text, end, mention.offset - base)
        clause = text[:start] + " " + text[end : turn.start() if turn else mention.offset - base]
        if not _ATTACK_TOLD.search(clause):
            dates = [replace(m, kind=DateKind.CONTEXT) if m is reference else m for m in dates]
    return dates


_GLOSS_REACH = 6  # ", on " between "a day earlier" and the day it names
_CLAUSE_TURN = re.compile(
    r",\s*(?:while|whereas|after|when|as|but|and)\b|\s(?:after|as|who|which|that|where|killed|killing|injuring|"
    r"wounding|left)\b",
    re.IGNORECASE,
)
_ATTACK_TOLD = re.compile(
    r"\b(?:attack(?:s|ed)?|strikes?|struck|hit|shell(?:ed|ing)|bomb(?:ed|ing)|raids?|fired|launched|killed|"
    r"injured|wounded|targeted|rocked|explosions?|blasts?|damaged|destroyed|died|downed|shot\s+down|debris)\b",
    re.IGNORECASE,
)


def _compared_attacks_apart(found: list[DateMention], text: str, base: int) -> list[DateMention]:
    """A clause that tells an attack of its own time compares the attack a date's possessive names: that date is
    context ("Вночі ворог атакував Харків дронами, як і під час вчорашньої атаки")."""
    possessive = [m for m in found if _dates_a_noun(m, text, base)]
    if not possessive or not any(m.is_incident_date and m not in possessive for m in found):
        return found
    spans = []
    for m in possessive:
        start, end = m.offset - base, m.end_offset - base
        # (With what describes it: "in Sunday's attack on Kharkiv, when Russian forces struck a residential area".)
        described = _DESCRIBES_IT.match(text, end)
        spans.append((start, described.end() if described is not None else end))
    outside = _outside(text, spans)
    if not _ATTACK_VERB.search(outside):
        return found
    return [replace(m, kind=DateKind.CONTEXT) if m in possessive else m for m in found]


def _outside(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans left out (each replaced by a space)."""
    pieces, at = [], 0
    for start, end in sorted(spans):
        pieces.append(text[at:start])
        at = end
    pieces.append(text[at:])
    return " ".join(pieces)


def _dates_a_noun(mention: DateMention, text: str, base: int) -> bool:
    """Whether a date is an attack's, as its adjective or possessive: "вчорашня атака", "yesterday's strike"."""
    return mention.pattern == "yesterdays_attack" or (
        mention.phrase.endswith(("'s", "’s"))
        and DAYS_ATTACK.match(text, mention.end_offset - base) is not None
    )


# Between a date and the same date in brackets: "on Monday (Jan 16)".
_GLOSS_BETWEEN = re.compile(r"\s*\(\s*")
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<m1>{_MONTH})(?![a-z])|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD}(?!\d))"
    r"(?!,?\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
_WEEKDAY_WORD = re.compile(_WEEKDAY, re.IGNORECASE)
# The same in Ukrainian and Russian: "в четвер, 21 серпня", "21 августа, в четверг".
_CY_MONTH_DAY = re.compile(
    rf"(?<![\d.:/])(?P<d1>\d{{1,2}}){_CY_ORD}\s+(?P<m1>{_CY_MONTH})(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE
)
_CY_WEEKDAY_WORD = re.compile(rf"(?<!\w){_CY_WEEKDAY}", re.IGNORECASE)
# The years a report without a year could be from: the war's, and a few before.
YEARS_BACK = 12


def year_from_weekday(text: str, today: date) -> date | None:
    """For a report that gives month and day but no year ("Dec. 16 (UPI) — ... on Friday"): the latest year, not
    after today, in which its first such date falls on a weekday the text names, as a careful reader works it
    out (see the project notes on dates)."""
    opening = text[:3000]
    said = [m for m in (_MONTH_DAY.search(opening), _CY_MONTH_DAY.search(opening)) if m is not None]
    if not said:
        return None
    month_day = min(said, key=lambda m: m.start())
    cyrillic = month_day.re is _CY_MONTH_DAY
    # The weekday must be said of that date: in its sentence ("Dec. 16 (UPI) — ... on Friday").
    sentence_end = re.search(r"[.!?](?:\s|$)", text[month_day.end() :])
    sentence = text[
        max(0, text.rfind("\n", 0, month_day.start())) : month_day.end()
        + (sentence_end.end() if sentence_end else 300)
    ]
    if cyrillic:
        weekdays = {
            _WEEKDAY_NUMBERS[_without_apostrophes(w)]
            for w in _CY_WEEKDAY_WORD.findall(sentence)
            if w.lower() not in _WEEKDAYS_ONLY_WITH_PREPOSITION
        }
        month, day = CYRILLIC_MONTHS[month_day.group("m1").lower()], int(month_day.group("d1"))
    else:
        weekdays = {WEEKDAYS[w.lower()] for w in _WEEKDAY_WORD.findall(sentence)}
        name = (month_day.group("m1") or month_day.group("m2")).lower().rstrip(".")
        if name == "may" and "May" not in month_day.group():
            return None
        month, day = MONTHS[name], int(month_day.group("d1") or month_day.group("d2"))
    return _latest_on_weekday(month, day, weekdays, today) if weekdays else None


def _latest_on_weekday(month: int, day: int, weekdays: Collection[int], latest: date) -> date | None:
    """The latest date of that month and day, not after `latest` and within `YEARS_BACK`, that falls on one of the
    weekdays."""
    for year in range(latest.year, latest.year - YEARS_BACK, -1):
        found = _safe_date(year, month, day)
        if found is not None and found <= latest and found.weekday() in weekdays:
            return found
    return None


# A report is news: of the 4,404 attacks labelled in real reports, none came more than 22 days before the report
# told it. One that ended longer ago than this is history the report goes back to.
HISTORY_DAYS = 30


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
    if vague and chosen.kind is DateKind.DAY and chosen.pattern != "yesterday":
        # (Both told from the report's day, "yesterday" and "overnight" are two times: "shelled 20 villages
        # yesterday, and air defence downed a drone during a night attack".)
        return replace(
            chosen,
            kind=DateKind.NIGHT,
            start=chosen.day - timedelta(days=1),
            end=chosen.day,
            phrase=f"{vague[0].phrase} … {chosen.phrase}",
        )
    return chosen


# One lookup for both grammars: the names never collide.
_MONTH_NUMBERS = {**MONTHS, **CYRILLIC_MONTHS}
_WEEKDAY_NUMBERS = {**WEEKDAYS, **{_without_apostrophes(name): n for name, n in CYRILLIC_WEEKDAYS.items()}}
_COUNTS = {**NUMBER_WORDS, **{_without_apostrophes(word): n for word, n in CYRILLIC_NUMBER_WORDS.items()}}


def _month(name: str) -> int:
    return _MONTH_NUMBERS[name.lower().rstrip(".")]


def _weekday(name: str) -> int:
    return _WEEKDAY_NUMBERS[_without_apostrophes(name)]


# The words of the "overnight" rule that name the whole past day rather than a night: "over the past day", "in
# the past 24 hours", "за минулу добу", "за прошедшие сутки". A bare "за добу" may be any day ("вторая за сутки").
_PAST_DAY = re.compile(
    r"(?:past|last)\s+(?:day|24)|(?:минул|прошедш|минувш|последн|останн)\w*\s+(?:доб|сут|24)", re.IGNORECASE
)


# A bare "за добу" counts a day's attacks as the past day does ("За добу росіяни 39 разів обстріляли Херсонщину"),
# unless it is a time within which something happened again ("вдруге за добу", "второй раз за сутки", "меньше,
# чем за сутки").
# (Not "впродовж доби", "в течение суток", which an evening's report says of its own day, nor a day named after it:
# "в течение суток 22 октября".)
_BARE_DAY = re.compile(r"за\s+(?:добу|сутки)", re.IGNORECASE)
_DAY_NAMED_AFTER = re.compile(rf"\s*,?\s*\d{{1,2}}\s+{CYRILLIC_MONTH}", re.IGNORECASE)
_WITHIN_A_DAY_BEFORE = re.compile(
    r"(?<!\w)(?:вдруге|удруге|втретє|утретє|вдесяте|повторно|двічі|дважды|трижды|тричі|раз|рази|разів|раза|чем|ніж|як|"
    r"менше|менш|меньше|менее|лише|лишь|всего\s+лишь|только|тільки|більше|больше|друг\w*|втор\w*|трет\w*|"
    r"ще\s+одн\w*|еще\s+одн\w*|ещё\s+одн\w*)(?!\w)[^.;:!?]{0,40}$",
    re.IGNORECASE,
)
# ("За добу – друга атака на Одесу", "за сутки второй удар нанесли по Белгороду".)
_WITHIN_A_DAY_AFTER = re.compile(
    r"\s*[–—-]?\s*(?:(?:вже|уже|ще|еще|ещё)\s+)?(?:[\w-]+\s+){0,2}?(?:друг\w*|втор\w*|трет\w*|двічі|дважды|тричі|"
    r"трижды|дві|две|два|три)(?!\w)",
    re.IGNORECASE,
)


def _a_days_tally(match: re.Match[str]) -> bool:
    return (
        _BARE_DAY.fullmatch(match.group()) is not None
        and _WITHIN_A_DAY_BEFORE.search(match.string, max(0, match.start() - 60), match.start()) is None
        and _WITHIN_A_DAY_AFTER.match(match.string, match.end()) is None
        and _DAY_NAMED_AFTER.match(match.string, match.end()) is None
    )


# Any day's window the "overnight" rule reads, bare ones too: "за сутки", "in the last 24 hours".
_A_DAY = re.compile(r"\b(?:day|24)\b|(?<!\w)(?:доб|сут)", re.IGNORECASE)


# What a report calls a day it dates when that is the day before it was written: "Минулої доби, 9 серпня 2024 року,
# війська РФ обстрілювали ...", "Yesterday, October 13, ...".
# (Not "Накануне 9 мая", on the eve of the day, nor a page's stamp: "Updated yesterday, October 13".)
_CALLED_THE_DAY_BEFORE = re.compile(
    r"(?<!\w)(?<!updated\s)(?<!published\s)(?<!posted\s)(?<!оновлено\s)(?<!обновлено\s)"
    r"(?:(?:минулої\s+доби|за\s+минулу\s+добу|вчора|учора|минувшими?\s+сутками|за\s+(?:минувшие|прошедшие)\s+сутки|"
    r"прошедшими?\s+сутками|вчера|yesterday|over\s+the\s+past\s+day)\s*,?|(?:напередодні|накануне)\s*,)\s*$",
    re.IGNORECASE,
)


def called_the_day_before(text: str, offset: int) -> bool:
    """Whether the date phrase at `offset` follows words that make it the day before the report's."""
    return _CALLED_THE_DAY_BEFORE.search(text, max(0, offset - 30), offset) is not None


def is_day_window(mention: DateMention) -> bool:
    """Whether a date tells a day's window ("over the past day", "за минулу добу", "за сутки"), not a night."""
    return mention.pattern == "overnight" and _A_DAY.search(mention.phrase) is not None


def _day_number(written: str) -> int:
    """A day of the month as written: "14", or its ordinal word ("перше", "первого")."""
    if written.isdigit():
        return int(written)
    *tens, unit = re.sub(_APOSTROPHE, "'", written.lower()).split()
    return sum(_CY_DAY_TENS[word] for word in tens) + CYRILLIC_DAY_WORDS[unit]


def _resolve(match: re.Match[str], anchor: date | None) -> tuple[DateKind, date, date, date] | None:
    group = match.lastgroup
    g = match.groupdict()
    if group == "night_dates":
        year = int(g["ny"]) if g["ny"] else None
        month2 = _month(g["nm2"])
        month1 = _month(g["nm1"]) if g["nm1"] else month2
        end_day = _calendar_day(year, month2, _day_number(g["nd2"]), anchor)
        if g["nd1"] is None:
            # "у ніч на 14 грудня": the night that ended that morning.
            return (
                None if end_day is None else (DateKind.NIGHT, end_day, end_day - timedelta(days=1), end_day)
            )
        return _night_between(_calendar_day(year, month1, _day_number(g["nd1"]), end_day or anchor), end_day)
    if group == "night_dates_month_first":
        year = int(g["fy"]) if g["fy"] else None
        month1 = _month(g["fm1"])
        month2 = _month(g["fm2"]) if g["fm2"] else month1
        end_day = _calendar_day(year, month2, int(g["fd2"]), anchor)
        return _night_between(_calendar_day(year, month1, int(g["fd1"]), end_day or anchor), end_day)
    if group == "night_weekdays":
        return _resolve_night_weekdays(g, anchor)
    if group == "night_from_evening_month_first":
        group, g = "night_from_evening", {"ey": g["mey"], "em": g["mem"], "ed": g["med"]}
    if group == "night_evening_into":
        group, g = "night_from_evening", {"ey": g["vy"], "em": g["vm"] or g["vm2"], "ed": g["vd"] or g["vd2"]}
    if group == "evening_and_night":
        if g["am1"] is None and g["ad2"] is not None and g["am2"] is not None:
            # "ввечері 30 та вночі 1 грудня": the month is the night's; the evening is the day before it.
            morning = _calendar_day(
                int(g["ay"]) if g["ay"] else None, _month(g["am2"]), int(g["ad2"]), anchor
            )
            if morning is None or (morning - timedelta(days=1)).day != int(g["ad"]):
                return None
            return DateKind.NIGHT, morning, morning - timedelta(days=1), morning
        if not (g["am1"] or g["am2"]) or (g["ad2"] and int(g["ad2"]) == int(g["ad"])):
            return None  # no month, or a night of the same date (read by the other rules)
        group, g = "night_from_evening", {"ey": g["ay"], "em": g["am1"] or g["am2"], "ed": g["ad"]}
    if group == "night_from_evening":
        evening = _calendar_day(int(g["ey"]) if g["ey"] else None, _month(g["em"]), int(g["ed"]), anchor)
        if evening is None:
            return None
        return DateKind.NIGHT, evening + timedelta(days=1), evening, evening + timedelta(days=1)
    if group == "day_month" or group == "month_day":
        first, second = ("d1", "d2") if group == "day_month" else ("d3", "d4")
        month_name = g["m1"] if group == "day_month" else g["m2"]
        year_group = g["y1"] if group == "day_month" else g["y2"]
        month = _month(month_name)
        if month == 5 and month_name.lower() == "may" and not _looks_like_may_date(match):
            return None
        year = (
            int(year_group)
            if year_group
            else _relative_year(g["r1"] if group == "day_month" else g["r2"], anchor)
        )
        if g[second]:
            end_day = _calendar_day(year, month, _day_number(g[second]), anchor)
            start_day = _calendar_day(year, month, _day_number(g[first]), end_day or anchor)
            if start_day is None or end_day is None or (end_day - start_day).days != 1:
                # "1-10 August" is a period, not the date of one attack.
                return None
            return DateKind.NIGHT, end_day, start_day, end_day
        day = _calendar_day(year, month, _day_number(g[first]), anchor)
        if day is not None and g.get("late1" if group == "day_month" else "late2"):
            # "an air attack launched late on July 27", as "late on Sunday": that evening and the night after it.
            return DateKind.NIGHT, day, day, day + timedelta(days=1)
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
    if group == "slashed":
        day = _slashed_day(int(g["sy"]), int(g["sa"]), int(g["sb"]), anchor)
        return None if day is None else (DateKind.DAY, day, day, day)
    if group == "weekday":
        return _resolve_weekday(g, anchor)
    if anchor is None:
        return None
    if group == "day_before_yesterday":
        day = anchor - timedelta(days=2)
        return DateKind.DAY, day, day, day
    if group == "yesterdays_attack":
        day = anchor - timedelta(days=1)
        return DateKind.DAY, day, day, day
    if group in ("yesterday", "eve"):
        day = anchor - timedelta(days=1)
        if _part_of_day(g["ypart"] if group == "yesterday" else g["epart"]) in ("night", "evening", "late"):
            return DateKind.NIGHT, day, day, anchor
        return DateKind.DAY, day, day, day
    if group == "today":
        return DateKind.DAY, anchor, anchor, anchor
    if group == "overnight":
        if _PAST_DAY.search(match.group()) or _a_days_tally(match):
            # "Over the past day" in a morning's round-up is mostly yesterday: the window is the same as a
            # night's, but the day it is filed under is the one it began.
            return DateKind.NIGHT, anchor - timedelta(days=1), anchor - timedelta(days=1), anchor
        return DateKind.NIGHT, anchor, anchor - timedelta(days=1), anchor
    if group == "day_of_month":
        return _day_of_month(int(g["od"]), anchor)
    if group == "days_earlier":
        day = anchor - timedelta(days=_COUNTS[g["earlier"].lower()] if g["earlier"] else 1)
        return DateKind.DAY, day, day, day
    if group == "days_ago":
        word = g["ago"].lower()
        days = int(word) if word.isdigit() else _COUNTS[_without_apostrophes(word)]
        day = anchor - timedelta(days=days)
        return DateKind.DAY, day, day, day
    return None


def _day_of_month(number: int, anchor: date) -> tuple[DateKind, date, date, date] | None:
    """The last day numbered so on or before the anchor: this month's, or last month's when this month's is to
    come."""
    day = _safe_date(anchor.year, anchor.month, number)
    if day is None or day > anchor:
        previous = anchor.replace(day=1) - timedelta(days=1)
        day = _safe_date(previous.year, previous.month, number)
    return None if day is None else (DateKind.DAY, day, day, day)


def _night_between(start_day: date | None, end_day: date | None) -> tuple[DateKind, date, date, date] | None:
    """The night from one day into the next, dated by the morning it ended; None unless the days are adjacent."""
    if start_day is None or end_day is None or (end_day - start_day).days != 1:
        return None
    return DateKind.NIGHT, end_day, start_day, end_day


def _resolve_night_weekdays(
    g: dict[str, str | None], anchor: date | None
) -> tuple[DateKind, date, date, date] | None:
    if g.get("nwd"):
        # "у ніч на неділю, 14 грудня": the date beside the weekday says which week, and is the one to trust.
        year = g.get("nwy")
        named = _calendar_day(int(year) if year else None, _month(g["nwm"] or ""), int(g["nwd"] or 0), anchor)
        return None if named is None else (DateKind.NIGHT, named, named - timedelta(days=1), named)
    if anchor is None:
        return None
    end_day = _weekday_on_or_before(anchor, _weekday(g["nw2"] or ""))
    start_day = end_day - timedelta(days=1)
    if g["nw1"] is not None and start_day.weekday() != _weekday(g["nw1"]):
        return None
    return DateKind.NIGHT, end_day, start_day, end_day


def _a_place_named_like_a_day(text: str, match: re.Match[str]) -> bool:
    """Whether a Cyrillic weekday alone, capitalised after a word, is a name ("поселок Середа"): Ukrainian and
    Russian write the days small."""
    if match.lastgroup != "weekday" or match.group() != match.group("wd"):
        return False
    word = match.group()
    before = text[: match.start()].split()
    # (After a word in lower case that is no preposition: not "у Страсну П'ятницю", "за Неділю".)
    return (
        word[:1].isupper()
        and is_cyrillic(word)
        and bool(before)
        and before[-1].isalpha()
        and before[-1].islower()
        and before[-1] not in _PREPOSITIONS_BEFORE_A_DAY
    )


_PREPOSITIONS_BEFORE_A_DAY = frozenset(
    {"у", "в", "во", "за", "до", "на", "з", "із", "с", "со", "від", "от", "по", "о"}
)


def _resolve_weekday(
    g: dict[str, str | None], anchor: date | None
) -> tuple[DateKind, date, date, date] | None:
    word = g["wd"] or ""
    modifier = _weekday_modifier(g["wmod"])
    part = _part_of_day(g["wpart"] or g.get("wpre"))
    if word.lower() in _WEEKDAYS_ONLY_WITH_PREPOSITION and not (g.get("wprep") or g["wmod"] or g.get("wpre")):
        return None
    weekday = _weekday(word)
    if g.get("wdd"):
        # "у понеділок, 5 серпня": the date beside the weekday says which week, and is the one to trust.
        year = g.get("wdy")
        month, number = _month(g["wdm"] or ""), int(g["wdd"] or 0)
        named = _calendar_day(int(year) if year else None, month, number, anchor)
        if named is None:
            return None
        # (Of a year the text does not give, the latest in which that date fell on that weekday: "On Saturday, August
        # 19" in a report of 2024 is of 2023; unless the weekday is the day next to the date's own this year, a slip
        # of a night's two days: "an overnight attack Thursday, June 14" in 2024, a Friday.)
        slip = (named.weekday() - weekday) % 7 in (1, 6)
        day = (
            _latest_on_weekday(month, number, {weekday}, anchor)
            if year is None and anchor and not slip
            else None
        ) or named
    elif anchor is None:
        return None
    elif modifier == "next":
        day = anchor + timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    else:
        day = _weekday_on_or_before(anchor, weekday)
        if modifier in ("last", "past", "this past") and day == anchor:
            day -= timedelta(days=7)
    if part == "night" and day == anchor and not modifier and not word.isascii():
        # "в воскресенье ночью" in a report of that Sunday is the night into it, already over when it was written.
        # English "Sunday night" is the evening and the night after it, which a report of Sunday evening may tell.
        return DateKind.NIGHT, day, day - timedelta(days=1), day
    if part in ("night", "evening", "late") or modifier == "late on" or modifier == "late":
        return DateKind.NIGHT, day, day, day + timedelta(days=1)
    return DateKind.DAY, day, day, day


def _weekday_modifier(words: str | None) -> str:
    """An English weekday modifier as it is written ("last", "late on"); a Cyrillic one as the English it
    means: "минулого", "прошлый" -> "last", "наступного" -> "next", "цього", "этот" -> "this"."""
    modifier = " ".join((words or "").lower().split())
    if not modifier or modifier.isascii():
        return modifier
    if modifier.startswith(_CY_PREVIOUS):
        return "last"
    return "next" if modifier.startswith(_CY_NEXT) else "this"


def _part_of_day(words: str | None) -> str:
    """A part of the day in English: "night", "evening", "morning", "afternoon", or "late" ("пізно
    ввечері")."""
    part = " ".join((words or "").lower().split())
    if not part or part.isascii():
        return part
    if part.startswith(("пізно", "поздно")):
        return "late"
    for stem, english in (("ноч", "night"), ("вечер", "evening"), ("ран", "morning"), ("утр", "morning")):
        if stem in part:
            return english
    return "afternoon"


def _slashed_day(year: int, first: int, second: int, anchor: date | None) -> date | None:
    """ "05/03/2024" is 5 March in Europe and May 3 in America: a number over 12 can only be the day; when both
    readings are dates, the one nearer the publication and not after it (the day-first one without one)."""
    readings = [
        d for d in (_safe_date(year, second, first), _safe_date(year, first, second)) if d is not None
    ]
    if not readings:
        return None
    if anchor is None:
        return readings[0]
    reported = [day for day in readings if day <= anchor] or readings
    return min(reported, key=lambda day: abs((anchor - day).days))


def _weekday_on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _relative_year(word: str | None, anchor: date | None) -> int | None:
    if not word or anchor is None:
        return None
    lowered = word.lower()
    return (
        anchor.year - 1
        if lowered.endswith(("last", "previous")) or lowered.startswith(_CY_PREVIOUS)
        else anchor.year
    )


def _calendar_day(year: int | None, month: int, day: int, anchor: date | None) -> date | None:
    """A day-month with no year is the most recent one on or before the anchor, or the day after it: a page is
    updated after the date it shows ("28.04.2023" over "у Дніпрі через ракетну атаку 29 квітня загинула жінка"),
    not a year late (a day after the anchor is then to come, `DateKind.FUTURE`: no attack's date)."""
    if year is not None:
        return _safe_date(year, month, day)
    if anchor is None:
        return None
    for candidate_year in (anchor.year + 1, anchor.year, anchor.year - 1):
        candidate = _safe_date(candidate_year, month, day)
        if candidate is not None and candidate <= anchor + timedelta(days=_UPDATED_WITHIN_DAYS):
            return candidate
    return None


# How many days after the date a page shows its text may tell of.
_UPDATED_WITHIN_DAYS = 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _looks_like_may_date(match: re.Match[str]) -> bool:
    # "may" is also a verb: "the 5 may be" is not 5 May. Accept it capitalised or with a year.
    return "May" in match.group() or bool(_FOUR_DIGITS.search(match.group()))


# American and British copy's zones: "Thursday, 08 January 2026 11:00 PM EST" is Friday morning in Kyiv.
_NAMED_ZONE_HOURS = {
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "BST": 1,
}
_NAMED_ZONES = "|".join(_NAMED_ZONE_HOURS)
# Copy stamped in an American zone, or with the seconds of a twelve-hour clock as American software writes them,
# writes its slashed dates month first: "06/05/2022 | 05:50pm EDT" is 5 June, "5/3/2024 5:16:54 AM" (MENAFN) 3 May.
_AMERICAN_ZONES = frozenset(_NAMED_ZONE_HOURS) - {"BST"}
# A full date inside a header line, with the time that follows it: "Maksym Oliinyk, Ukrainska Pravda — Monday,
# 25 March 2024, 11:47", "May 26, 2024 10:14 AM  2 min read", "18.11.2024 16:40", "20 November 2024 • 3:04pm".
_TIME_AFTER = (
    r"(?:[\s,.•|–—-]*(?:at\s+)?(?P<hh>\d{1,2})[:.](?P<mm>\d{2})(?::(?P<ss>\d{2}))?(?:\s*(?P<ampm>[ap])\.?m\.?)?"
    rf"(?:\s*(?P<zone>GMT|UTC|{_NAMED_ZONES})(?P<offset>[+-]\d{{1,2}}(?::?\d{{2}})?)?)?)?"
)
_LINE_DATE_RE = re.compile(
    # A date may be glued to a byline by a scraper: "by The Kyiv Independent news deskOctober 22, 2022".
    rf"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))(?:(?P<d1>\d{{1,2}}){_ORD},?\s+(?P<m1>{_MONTH}),?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<y3>(?:19|20)\d\d)-(?P<n3>\d{{1,2}})-(?P<d3>\d{{1,2}})"
    rf"|(?P<a4>\d{{1,2}})[./-](?P<b4>\d{{1,2}})[./-](?P<y4>(?:19|20)\d\d))(?![\d])"
    rf"(?:,?\s*(?:{_WEEKDAY})\.?)?{_TIME_AFTER}",
    re.IGNORECASE,
)
# The same with Ukrainian and Russian months, weekdays and time words added, for lines with Cyrillic in them:
# "Понеділок, 25 березня 2024, 11:47", "21 сентября 2025 г. в 09:14".
_LINE_DATE_RE_CYRILLIC = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:{_ORD}|{_CY_ORD}),?\s+(?P<m1>{_MONTH}|{_CY_MONTH}),?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<y3>(?:19|20)\d\d)-(?P<n3>\d{{1,2}})-(?P<d3>\d{{1,2}})"
    rf"|(?P<a4>\d{{1,2}})[./-](?P<b4>\d{{1,2}})[./-](?P<y4>(?:19|20)\d\d))(?![\d])(?:\s*{_CY_YEAR_WORD})?"
    rf"(?:,?\s*(?:{_WEEKDAY}|{_CY_WEEKDAY})\.?)?"
    + _TIME_AFTER.replace(r"(?:at\s+)?", r"(?:(?:at|о|об|в|у)\s+)?"),
    re.IGNORECASE,
)
_ANY_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _zone(name: str | None, offset: str | None) -> tzinfo | None:
    """ "GMT+2" -> UTC+02:00; no zone named -> None (the caller reads it as local time)."""
    if not name:
        return None
    if name.upper() in _NAMED_ZONE_HOURS:
        return timezone(timedelta(hours=_NAMED_ZONE_HOURS[name.upper()]))
    if not offset:
        return UTC
    sign = -1 if offset.startswith("-") else 1
    hours, _, minutes = offset[1:].partition(":")
    if len(hours) > 2:
        hours, minutes = hours[:-2], hours[-2:]
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))


def is_a_stamp(line: str) -> bool:
    """Whether a line is a date and little else ("06 ВЕРЕСНЯ 2024, 08:37", "Updated: 7 August 2024 11:20"), as a
    page stamps its report, not a line that tells something of a day ("Пожежі після обстрілів у Семенівській
    громаді, 5 серпня 2024 року", a photo's caption)."""
    text = _PARENTHESES.sub(" ", line)
    pattern = _LINE_DATE_RE_CYRILLIC if _ANY_CYRILLIC.search(text) else _LINE_DATE_RE
    rest = pattern.sub(" ", text, count=1)
    return sum(map(str.isalpha, rest)) <= _STAMP_LETTERS


# How many letters a stamp may carry beside its date: "Опубліковано", "Updated:", "| Politics".
_STAMP_LETTERS = 24


def line_date(line: str) -> datetime | None:
    """The first full date (with its time, when given) in a line; parenthesised asides ("(updated: ...)") are
    skipped. Numeric dates read day first (12.07.2024 is 12 July), unless only month first is possible or the
    date is slashed and its time is in an American zone or has seconds on a twelve-hour clock."""
    text = _PARENTHESES.sub(lambda m: " " * len(m.group()), line)
    pattern = _LINE_DATE_RE_CYRILLIC if _ANY_CYRILLIC.search(text) else _LINE_DATE_RE
    for match in pattern.finditer(text):
        g = match.groupdict()
        if g["y1"] or g["y2"]:
            month = _month(g["m1"] or g["m2"])
            year, day = int(g["y1"] or g["y2"]), int(g["d1"] or g["d2"])
        elif g["y3"]:
            year, month, day = int(g["y3"]), int(g["n3"]), int(g["d3"])
        else:
            first, second = int(g["a4"]), int(g["b4"])
            year = int(g["y4"])
            by_weekday = _month_first_by_weekday(
                text[max(0, match.start() - _WEEKDAY_REACH) : match.start()], year, first, second
            )
            zone = (g["zone"] or "").upper()
            if second > 12 >= first:
                month_first = True
            elif by_weekday is not None:
                month_first = by_weekday
            else:
                # ("5/3/2024 5:16:54 AM" as American software writes it; not a Ukrainian page's stamp, nor
                # "17:50:12 PM", nor a British zone.)
                american_clock = bool(g["ampm"] and g["ss"]) and int(g["hh"]) <= 12 and not zone
                month_first = (
                    first <= 12
                    and "/" in match.group()
                    and (zone in _AMERICAN_ZONES or (american_clock and pattern is _LINE_DATE_RE))
                )
            day, month = (second, first) if month_first else (first, second)
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


# A weekday a page's date line gives right before its date, in full or short: "Wed, 02/04/2026", "ср, 02/04/2026 -
# 08:54" (not "ВС РФ | 03.10.2024", the armed forces).
_LINE_WEEKDAY = re.compile(
    r"(?<!\w)(?:(?P<en>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|"
    r"(?P<cy>пн|вт|ср|чт|пт|сб|нд|вс))\.?,?\s*$",
    re.IGNORECASE,
)
_WEEKDAY_REACH = 12
_SHORT_WEEKDAYS = {
    **{name[:3]: number for name, number in WEEKDAYS.items()},
    "пн": 0,
    "вт": 1,
    "ср": 2,
    "чт": 3,
    "пт": 4,
    "сб": 5,
    "нд": 6,
    "вс": 6,
}


def _month_first_by_weekday(before: str, year: int, first: int, second: int) -> bool | None:
    """Whether a numeric date either way round ("02/04/2026") is month first by the weekday right before it: 4
    February 2026 was a Wednesday, 2 April a Thursday. None when no weekday decides it."""
    if first > 12 or second > 12 or first == second:
        return None
    named = _LINE_WEEKDAY.search(before)
    if named is None:
        return None
    weekday = _SHORT_WEEKDAYS[(named.group("en") or named.group("cy")).lower()[:3]]
    month_first, day_first = _safe_date(year, first, second), _safe_date(year, second, first)
    fits_month_first = month_first is not None and month_first.weekday() == weekday
    fits_day_first = day_first is not None and day_first.weekday() == weekday
    return fits_month_first if fits_month_first != fits_day_first else None


# ---- whole date strings: datelines, metadata, user input ----------------------------------------------------

_FOUR_DIGITS = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")
_PARENTHESES = re.compile(r"\([^)]*\)")
_SEPARATOR = re.compile(r"\s[|·•]\s")
_DASH = re.compile(r"\s+[-–—]\s+")
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")
# (American and British copy's zones too: "Thursday, 08 January 2026 11:00 PM EST" is Friday morning in Kyiv.)
_ZONE = re.compile(rf"(?:GMT|UTC|[+-]\d\d:?\d\d\b|\bZ\b|EET|EEST|CET|CEST|\b(?:{_NAMED_ZONES})\b)")
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
