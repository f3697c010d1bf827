"""Cues a careful reader takes from a sentence's wording: does it report an event, a plan, a generalisation, a period,
a list item, a weapon identified?"""

from __future__ import annotations

import re

# Verbs in the past tense report an event; nouns ("an attack", "the launch") only say one is being talked about.
_EVENT_VERBS = (
    r"attacked|struck|hit|launched|fired|shot\s+down|downed|intercepted|destroyed|exploded|detonated|bombed|"
    r"delivered\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|blows?)|"
    r"carried\s+out|conducted|"
    r"shelled|targeted|damaged|killed|injured|wounded|crashed|fell|pounded|slammed|smashed|rocked|"
    r"came\s+under\s+(?:attack|fire)|was\s+(?:hit|struck|attacked|targeted)|were\s+(?:hit|struck|launched|fired|"
    r"used|shot\s+down|destroyed|intercepted|downed)"
)
_EVENT_NOUNS = (
    r"attacks?|strikes?|launch(?:es)?|explosions?|blasts?|raids?|barrage|salvo|impact|bombardment|shelling|"
    r"assault|used|debris|fragments|wreckage|waves?\s+of\s+(?:[\w-]+\s+){0,3}?(?:drones|missiles|rockets|bombs)"
)
EVENT_VERB_RE = re.compile(rf"\b(?:{_EVENT_VERBS})\b", re.IGNORECASE)
INCIDENT_CUE_RE = re.compile(rf"\b(?:{_EVENT_VERBS}|{_EVENT_NOUNS})\b", re.IGNORECASE)
# Plans, capabilities, conditions: not events.
_IRREALIS_RE = re.compile(
    r"\b(?:will|would|might|(?-i:may)|can|could(?!\s+not|n['’]t)|should|plans?\s+to|planning\s+to|intends?\s+to|"
    r"is\s+expected\s+to|are\s+expected\s+to|is\s+due\s+to|are\s+due\s+to|threaten(?:s|ed)?\s+to|capable\s+of|able\s+to|designed\s+to|if)\b",
    re.IGNORECASE,
)
# Generalisations and recaps that do not report the article's incident unless they give a date of their own.
_BACKGROUND_RE = re.compile(
    r"^(?:earlier(?!\s+(?:on|today|this|that|in\s+the\s+day)\b)|previously|in\s+the\s+past|in\s+recent|since|over\s+the\s+past|for\s+years|historically|"
    r"background:|context:|reminder:|as\s+a\s+reminder|recall\s+that|let\s+us\s+remind\s+you|we\s+remind|"
    r"for\s+example|for\s+instance)\b|"
    r"\b(?:it\s+was\s+(?:previously\s+)?reported\s+that|"
    # A present perfect is a generalisation when it says how often or how many: "has repeatedly struck",
    # "have fired hundreds of"; a plain one is a breaking report ("Ukraine has carried out a strike on...").
    r"(?:has|have)\s+(?:repeatedly|regularly|frequently|already|long|often|increasingly|routinely)\s+\w+|"
    r"(?:has|have)\s+(?:launched|fired|used|sent|struck|attacked|targeted)\s+(?:hundreds|thousands|dozens|scores|"
    r"more\s+than|over|well\s+over|at\s+least\s+\d[\d,]*\s+\w+\s+since)|"
    r"have\s+been\s+(?:used|launched|fired)|(?:has|have)\s+used\b|"
    r"(?:has|have)\s+(?:launched|fired|sent|unleashed)\s+(?:waves|barrages|salvos|swarms)\b|"
    r"daily|nightly|every\s+(?:day|night)|"
    r"more\s+than\s+half\s+of|so\s+far\s+this\s+year|to\s+date|"
    r"in\s+recent\s+(?:days|weeks|months|years)|regularly|repeatedly|routinely|often|usually|"
    # Side remarks about other days: "the same week, Shahed drones hit...", "a week earlier", "last month".
    r"the\s+same\s+(?:week|month|day)|(?:a|one|two|three|several)\s+(?:days?|weeks?|months?)\s+(?:earlier|ago|before)|"
    r"(?:the\s+)?previous\s+(?:day|night|week|month)|in\s+a\s+similar\s+attack|"
    # What else was happening: "The strike came as Russia fired waves of drones at Kyiv".
    r"(?:comes?|came|coming)\s+(?:as|amid|while|(?:(?:just|only)\s+)?(?:days?|weeks?|months?|hours?)\s+after)|"
    # A recap of how it began: "the first attack in which the drones were used was on Kupiansk".
    r"the\s+first\s+(?:known\s+|reported\s+|recorded\s+|confirmed\s+)?(?:attack|strike|use|time|case))\b",
    re.IGNORECASE,
)
# A period instead of a day: "in January", "last week", "this year". A sentence dated only by one is no incident.
_PERIOD_RE = re.compile(
    r"\b(?:in|during|since|throughout|through|until|by)\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b|"
    r"\b(?:last|this|past|previous)\s+(?:week|month|year|winter|summer|spring|autumn)\b|"
    r"\bearlier\s+this\s+(?:week|month|year)\b",
    re.IGNORECASE,
)
# A list item: a count that opens it ("- 37 Kh-101 cruise missiles...", "Six Iskander-M missiles;"), or a short
# name with its count ("Kinzhal (7)", "Kh-22: 5").
_LIST_ITEM = re.compile(
    r"^\s*(?:[-•*–]\s*)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b|"
    r"^\s*(?:[-•*–]\s*)?[\w/ -]{2,50}?(?:\(\s*\d[\d,]*\s*\)|[:–—-]\s*\d[\d,]*)\s*[.;]?\s*$",
    re.IGNORECASE,
)
# The weapon of the report named afterwards: "the missile was an Iskander-M", "identified as Hwasong-11".
_IDENTIFIED = re.compile(
    r"\b(?:the\s+)?(?:missile|missiles|drone|drones|weapon|weapons|projectile|projectiles|rocket|rockets)\b"
    r"[^.;]{0,60}?\b(?:was|were|is|are|as)\s+(?:an?\s+|of\s+the\s+|the\s+)?|\bidentified\s+as\b",
    re.IGNORECASE,
)


def has_incident_cue(text: str) -> bool:
    return bool(INCIDENT_CUE_RE.search(text))


def reports_event(text: str) -> bool:
    """A verb in the past tense that reports an event (nouns only say one is being talked about)."""
    return bool(EVENT_VERB_RE.search(text))


def is_background(text: str) -> bool:
    return bool(_BACKGROUND_RE.search(text.lstrip("\"'“ ")))


def is_irrealis(text: str) -> bool:
    return bool(_IRREALIS_RE.search(text))


def names_period(text: str) -> bool:
    return bool(_PERIOD_RE.search(text))


def is_list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text))


def identifies_weapon(text: str) -> bool:
    return bool(_IDENTIFIED.search(text))
