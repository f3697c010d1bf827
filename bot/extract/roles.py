"""What a name does in its sentence: was the place hit, or launched from, flown over, a reference point, the seat
of someone's office? Did the weapon attack, or defend, or was it itself hit?

Finding names is easy; judging them is the work (see the project notes on real reporting: six of ten place names
in a real report are not targets). Each rule reads a few words around the name, the way a reader does, and is
general: none knows one article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.gazetteer import Gazetteer
from bot.models import EntityKind, Mention, Role

# Names that only label someone's office ("Kharkiv Oblast Governor", "head of the Kyiv City Military
# Administration") say who spoke, not where anything happened.
_OFFICE_AFTER = re.compile(
    r"\s*(?:['’]s\s+)?(?:regional\s+|city\s+|oblast\s+)?(?:governor|mayor|military\s+administration|"
    r"regional\s+(?:military\s+)?administration|state\s+administration|administration|council|police|"
    r"prosecutor|prosecutors|prosecutor's\s+office|authorities|officials?)\b",
    re.IGNORECASE,
)
_OFFICE_BEFORE = re.compile(
    r"\b(?:governor|head|mayor|chief|administration|council|prosecutor|police)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A capital that speaks or acts is its state: "Moscow has denied...", "which Kyiv said killed dozens".
_STATE_VERB_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|repeatedly\s+|long\s+|also\s+)?(?:said|says|claims|claimed|"
    r"denies|denied|accuses|accused|insists|insisted|warned|warns|threatened|wants|responded|retaliated|blamed|"
    r"ordered|announced|supplied|sent|used|launched|fired|acquired|received|signed|agreed|rejected|confirmed)\b",
    re.IGNORECASE,
)
# "launched from the Voronezh region", "fired from the territory of occupied Crimea", "from the direction of
# Kursk", "from ships in the Black Sea": where it came from.
_ORIGIN_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:directions?|areas?|districts?|regions?|waters?|territory|airspace|airfields?|"
    r"airbases?)\s+(?:of|in|over|near|at)\s+(?:the\s+)?|(?:[\w-]+\s+){0,3}?(?:ships?|vessels?|submarines?|"
    r"bombers?|aircraft|planes?|jets?|warships?|carriers?)\s+(?:in|over|near|at|from)\s+(?:the\s+)?)?"
    r"(?:(?:temporarily\s+)?occupied\s+)?(?:Russia['’]s\s+|Russian\s+)?$",
    re.IGNORECASE,
)
_LAUNCH_WORDS = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fired|firing|took\s+off|take-?off|taking\s+off|lifted\s+off|flew\s+in|came|"
    r"attacked|sent)\b",
    re.IGNORECASE,
)
# A place said to be hit, in so many words: "struck Belgorod", "drones attacked the Kursk region".
_HIT_BEFORE = re.compile(
    r"\b(?:struck|hit|hitting|striking|attacked|attacking|targeted|targeting|shelled|bombed|pounded|strikes?\s+on|"
    r"attacks?\s+on|explosions?\s+in|over)\s+(?:the\s+)?(?:(?:city|town|village|port|region|outskirts)\s+of\s+)?$",
    re.IGNORECASE,
)
# Where the attackers are: a place there is where the weapons came from, unless the sentence says it was hit.
_ATTACKER_COUNTRIES = frozenset({"place:country-russia", "place:country-belarus"})
# What may stand between names of one list of launch sites: "from Kursk, Bryansk and Oryol", "from Cape Chauda
# in occupied Crimea and from the Primorsko-Akhtarsk district of Russia's Krasnodar Krai".
_ORIGIN_LIST_GAP = re.compile(
    r"^(?:[\s,()]|and|or|from|the|in|of|near|occupied|temporarily|district|districts|region|regions|area|areas|"
    r"Russia['’]s|Russian|Russia|direction|directions)*$",
    re.IGNORECASE,
)
# "over the Black Sea", "flew over Belarus", "through Moldovan airspace", "via Moldova": passed, not hit.
_PASSING_BEFORE = re.compile(
    r"\b(?:flew|flying|flown|passed|passing|crossed|crossing|routed|heading|headed)\s+(?:over|through|across|"
    r"along|via)\s+(?:the\s+)?$|\b(?:through|via|across|along)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AIRSPACE_AFTER = re.compile(r"(?:['’]s)?\s+airspace\b", re.IGNORECASE)
# "about 80 kilometres south of Kyiv": a reference point, not where anything happened.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:kilomet(?:re|er)s?|km|miles?)\s+(?:\(\d+\s+\w+\)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)
_SHIP_BEFORE = re.compile(
    r"\b(?:cruiser|warship|flagship|ship|vessel|frigate|corvette|submarine|destroyer|tanker|tug|boat|patrol\s+ship|"
    r"landing\s+ship|minesweeper)\s+\*?$",
    re.IGNORECASE,
)
# Where a capital is a place: "in Moscow", "struck Kyiv", "Moscow region", "Kyiv's Obolon district".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|on|at|over|near|towards?|into|from|around|outside|across|above|struck|hit|attacked|targeted|"
    r"shelled|bombed|hitting|striking|attacking|targeting)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:region|oblast|city|district|districts|outskirts|suburbs?|centre|center|airport|airports|"
    r"residents|metro|streets|skies|area|mayor|was\s+hit|was\s+struck|was\s+attacked|came\s+under)\b",
    re.IGNORECASE,
)
# Where something landed or was aimed: "struck Kharkiv", "an attack on Odesa", "in the Kyiv region".
_TARGET_BEFORE = re.compile(
    r"\b(?:struck|hit|hitting|striking|attacked|attacking|targeted|targeting|shelled|bombed|pounded|at|on|against|"
    r"in|over|near|into|towards?|across)\s+(?:the\s+)?(?:(?:city|town|village|port|region|outskirts)\s+of\s+)?$",
    re.IGNORECASE,
)
_SEA_KINDS = frozenset({"sea", "strait"})

# A weapon that is the object of destruction ("destroyed a HIMARS launcher", "hit a Patriot system") or a
# platform named as such ("S-300 systems") is not what attacked.
_WEAPON_HIT_BEFORE = re.compile(
    r"\b(?:hit|struck|destroyed|destroying|targeted|targeting|damaged|eliminated|wiped\s+out|knocked\s+out)\s+"
    r"(?:(?:an?|the|two|three|four|several|\d+)\s+)?(?:(?:Ukrainian|Ukraine['’]s|US|U\.S\.|US-made|American|German|"
    r"Western|enemy)\s+)?(?:(?!(?:with|using|by|from|at|on|in|over)\b)[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Rocket launchers are the weapon they are named for: "rockets fired from HIMARS launchers".
_LAUNCHER_WEAPONS = frozenset({"multiple rocket launcher"})
_PLATFORM_AFTER = re.compile(
    r"\s*(?:air[- ]defen[cs]e\s+)?(?:systems?|batter(?:y|ies)|launchers?|complex(?:es)?|radars?|units?|"
    r"interceptors?)\b",
    re.IGNORECASE,
)
# An air-defence system attacks only when it is launched at something ("fired Patriot missiles at..."); otherwise
# it is defending ("shot down by Patriot"). S-300 and S-400 are listed as surface-to-air missiles, not systems:
# in this war's reporting they are named when Russia fires them at the ground.
_AIR_DEFENCE = frozenset({"air defence system"})
_ATTACK_AFTER = re.compile(
    r"(?:\s+(?:anti-aircraft\s+|guided\s+|air[- ]defen[cs]e\s+)?missiles?)?\s+(?:were\s+|was\s+|have\s+been\s+)?"
    r"(?:launched|fired|struck|hit|slammed|landed|exploded|used)\b",
    re.IGNORECASE,
)
_ATTACK_BEFORE = re.compile(
    r"\b(?:launched|fired|firing|launching|with|using|used|converted)\s+(?:\w+\s+){0,3}$", re.IGNORECASE
)


def read_roles(text: str, base: int, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions of one sentence with their roles; names that only label an office or a ship are dropped,
    and a capital that speaks for its state becomes that state."""
    read: list[Mention] = []
    with_weapon = any(m.entity.kind is EntityKind.WEAPON for m in mentions)
    for mention in mentions:
        start, end = mention.start - base, mention.end - base
        before = (max(0, start - 60), start)
        kind = mention.entity.kind
        if kind is EntityKind.PLACE:
            if (
                _OFFICE_AFTER.match(text, end)
                or _OFFICE_BEFORE.search(text, *before)
                or _SHIP_BEFORE.search(text, *before)
                or _is_first_name(text, end, mention, gazetteer)
            ):
                continue
            capital = gazetteer.capitals.get(mention.entity.key)
            if capital is not None and _speaks_for_state(text, start, end, usually_state=capital[1]):
                read.append(Mention(capital[0], mention.surface, mention.start, mention.end))
                continue
            role = _place_role(text, start, end, mention, with_weapon=with_weapon)
            if (
                role in (Role.NAMED, Role.TARGET)
                and gazetteer.country_of(mention.entity.key) in _ATTACKER_COUNTRIES
            ):
                role = _attacker_side(text, start, role)
            read.append(replace(mention, role=role))
        elif kind is EntityKind.WEAPON:
            read.append(replace(mention, role=_weapon_role(text, start, end, mention)))
        else:
            read.append(mention)
    return _continue_origin_lists(text, base, read)


# A village that shares its name with a person's first name ("Serhii Popko", "Ivan Fedorov") is that person when a
# capitalised word follows; a town's name followed so is part of a longer name ("Kyiv Independent") anyway.
_NAME_AFTER = re.compile(r"\s+[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]+\b(?!\s+(?:Oblast|Region|Raion|District|Krai)\b)")
_VILLAGE_POPULATION = 20_000


def _is_first_name(text: str, end: int, mention: Mention, gazetteer: Gazetteer) -> bool:
    population = gazetteer.populations.get(mention.entity.key, 0)
    return (
        mention.entity.category == "city"
        and population < _VILLAGE_POPULATION
        and " " not in mention.surface
        and bool(_NAME_AFTER.match(text, end))
    )


def _place_role(text: str, start: int, end: int, mention: Mention, *, with_weapon: bool) -> Role:
    """`with_weapon`: the sentence names a weapon, so "from X" says where it came from ("12 Kalibr cruise missiles
    from the Black Sea;")."""
    if mention.role is not Role.NAMED:
        return mention.role  # decided before: a dateline
    near = (max(0, start - 60), start)
    if _REFERENCE_BEFORE.search(text, *near):
        return Role.PASSING
    if _ORIGIN_BEFORE.search(text, *near) and (_LAUNCH_WORDS.search(text) or with_weapon):
        return Role.ORIGIN
    if _PASSING_BEFORE.search(text, *near) or _AIRSPACE_AFTER.match(text, end):
        return Role.PASSING
    if mention.entity.category in _SEA_KINDS:
        # A sea is where ships sail and missiles fly: launched from when a launch comes just before it ("fired
        # from Tu-22M3 bombers over the Black Sea"), where something was hit when a hit does ("struck the cruiser
        # Moskva in the Black Sea"), otherwise passed over.
        return _attacker_side(text, start, Role.NAMED)
    if _TARGET_BEFORE.search(text, *near):
        return Role.TARGET
    return Role.NAMED


def _attacker_side(text: str, start: int, role: Role) -> Role:
    """A place in Russia or Belarus is where the weapons came from when the nearest verb before it launches them
    ("launched from Tu-95 bombers in the Engels area"), a target when it hits ("drones were downed over the
    Belgorod region"); named with neither, it is not a target."""
    clause = text[:start]
    launch = max((m.end() for m in _STRICT_LAUNCH.finditer(clause)), default=-1)
    hit = max((m.end() for m in _HIT_VERB.finditer(clause)), default=-1)
    if _HIT_BEFORE.search(text, max(0, start - 60), start) or hit > launch:
        return Role.TARGET
    if launch > hit:
        return Role.ORIGIN
    return Role.PASSING if role is Role.NAMED else role


_STRICT_LAUNCH = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fired|firing|took\s+off|take-?off|taking\s+off)\b", re.I
)
_HIT_VERB = re.compile(
    r"\b(?:struck|hit|attacked|targeted|shelled|bombed|downed|shot\s+down|intercepted|destroyed|exploded|"
    r"explosions?|blasts?|strikes?\s+on|attacks?\s+on|damaged|fire\s+broke\s+out)\b",
    re.IGNORECASE,
)


def _weapon_role(text: str, start: int, end: int, mention: Mention) -> Role:
    before = (max(0, start - 50), start)
    if _WEAPON_HIT_BEFORE.search(text, *before):
        return Role.DEFENDER
    if _PLATFORM_AFTER.match(text, end) and mention.entity.category not in _LAUNCHER_WEAPONS:
        return Role.DEFENDER
    if mention.entity.category in _AIR_DEFENCE and not (
        _ATTACK_AFTER.match(text, end) or _ATTACK_BEFORE.search(text, *before)
    ):
        return Role.DEFENDER
    return Role.NAMED


def _continue_origin_lists(text: str, base: int, mentions: list[Mention]) -> list[Mention]:
    """ "from Kursk, Bryansk and Oryol": every place of a list that begins at a launch site is one."""
    out = list(mentions)
    for index in range(1, len(out)):
        previous, mention = out[index - 1], out[index]
        if (
            previous.role is Role.ORIGIN
            and mention.entity.kind is EntityKind.PLACE
            and mention.role in (Role.NAMED, Role.TARGET, Role.PASSING)
            and _ORIGIN_LIST_GAP.match(text[previous.end - base : mention.start - base])
        ):
            out[index] = replace(mention, role=Role.ORIGIN)
    return out


def _speaks_for_state(text: str, start: int, end: int, *, usually_state: bool) -> bool:
    """Whether a capital's name stands for its government here ("Moscow has denied", "Kyiv's allies")."""
    if _LOCATIVE_BEFORE.search(text, max(0, start - 30), start) or _PLACE_AFTER.match(text, end):
        return False
    if _STATE_VERB_AFTER.match(text, end) or text.startswith(("'s", "’s"), end):
        return True
    return usually_state
