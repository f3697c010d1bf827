"""Numbers stated about an attack: how many of which weapon were launched and destroyed, how many people killed
and injured.

A figure carries the weapon it counts (issue 10): the weapon named right after its number ("37 Kh-101 cruise
missiles", "six hypersonic missiles X-47M2 Kinzhal"), or the one its "of them" refers back to; otherwise the
kind of thing it counts ("90 drones"), which the whole-article reader resolves to the incident's one weapon of
that kind, if it has exactly one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.models import CountClaim, Entity, EntityKind, Mention, Role

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12,
}  # fmt: skip
_N = r"\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
# Not the digits of a designator ("Kh-555", "S-300"): a count stands on its own.
_NUM = rf"(?<![\w-])(?P<n>{_N})"
_WEAPONS = (
    r"(?:drones?|UAVs?|missiles?|rockets?|Shaheds?|bombs?|projectiles?|munitions?|aerial\s+targets?|"
    r"targets?|decoys?)"
)
_LAUNCH = (
    r"(?P<launched>launched|fired|sent|used|attacked\s+(?:\w+\s+){0,3}?with|struck\s+(?:\w+\s+){0,3}?with)"
)
_DESTROY = r"(?P<destroyed>shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed)"
_KILL = r"(?P<killed>killed|dead|died|killing)"
_INJURE = r"(?P<injured>injured|wounded|hurt|injuring|wounding)"
# Up to four words between the number and what it counts: "50 Shahed-type attack drones".
_GAP = r"(?:[\w-]+\s+){0,4}?"

_PATTERNS = [
    # "shot down 33 of 37 drones", "downed 17 out of the 22": two figures at once.
    re.compile(rf"\b{_DESTROY}\s+(?:\w+\s+)?{_NUM}\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<of>{_N})\b", re.I),
    re.compile(rf"\b{_NUM}\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<of>{_N})\s+{_GAP}(?:{_WEAPONS}\s+)?"
               rf"(?:were|was|had\s+been|have\s+been)\s+{_DESTROY}\b", re.I),
    # "launched 50 drones", "shot down 42 of them", "destroyed 12 of the 15 missiles", "attacked with 35 drones"
    re.compile(rf"\b(?:{_LAUNCH}|{_DESTROY})\s+(?:all\s+|at\s+least\s+|some\s+|about\s+|nearly\s+|around\s+|"
               rf"a\s+total\s+of\s+|all\s+of\s+the\s+|all\s+the\s+)?{_NUM}\b", re.I),
    # "launched a Kinzhal": one, when a weapon is named right after (kept only then, below).
    re.compile(rf"\b(?:{_LAUNCH}|{_DESTROY})\s+(?P<n>an?)\b", re.I),
    # "37 Kh-101 cruise missiles launched from Tu-95MS bombers", "12 drones shot down over Kyiv"
    re.compile(rf"^\W*{_NUM}\s+{_GAP}{_WEAPONS}\s+(?:{_LAUNCH}|{_DESTROY})\b", re.I),
    # "50 drones were launched", "42 of them were shot down", "of which 42 were destroyed"
    re.compile(rf"\b{_NUM}\s+{_GAP}(?:{_WEAPONS}\s+|of\s+them\s+)?(?:were|was|had\s+been|have\s+been)\s+"
               rf"(?:{_LAUNCH}|{_DESTROY})\b", re.I),
    # "killed three people", "killing at least 7 civilians", "injuring 12"
    re.compile(rf"\b(?:{_KILL}|{_INJURE})\s+(?:at\s+least\s+|about\s+|nearly\s+)?{_NUM}\b", re.I),
    # "three people were killed", "12 were injured", "7 civilians dead"
    re.compile(rf"\b{_NUM}\s+(?:people|civilians|persons|residents|children|others)?\s*(?:were\s+|have\s+been\s+)?"
               rf"(?:{_KILL}|{_INJURE})\b", re.I),
]  # fmt: skip
_MEASURES = ("launched", "destroyed", "killed", "injured")
_HAS_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozen)\b", re.I
)
# What a bare figure counts, when no weapon is named with it.
_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?P<noun>drones?|UAVs?|Shaheds?|missiles?|rockets?|bombs?)\b", re.IGNORECASE
)
NOUN_KINDS = {"drone": "drone", "uav": "drone", "shahed": "drone", "missile": "missile", "rocket": "missile",
              "bomb": "bomb"}  # fmt: skip
_BETWEEN_NUMBER_AND_WEAPON = 70
_OF_THEM = re.compile(r"\s+(?:out\s+)?of\s+(?:them|these|those)\b", re.IGNORECASE)


def find_counts(text: str, base: int = 0, weapons: Sequence[Mention] = ()) -> list[CountClaim]:
    """Figures in one sentence (offsets shifted by `base`), each with the weapons it counts when the sentence
    ties them ("37 Kh-101 missiles were launched")."""
    if not _HAS_NUMBER.search(text):
        return []
    attackers = [m for m in weapons if m.entity.kind is EntityKind.WEAPON and m.role is not Role.DEFENDER]
    claims: list[tuple[CountClaim, int]] = []  # with where its number ends, to find what it counts
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            measure = next(m for m in _MEASURES if groups.get(m))
            value = _number(match.group("n"))
            if value is None or _is_year(match.group("n")):
                continue
            taken.append((match.start(), match.end()))
            start, end = match.start() + base, match.end() + base
            claims.append((CountClaim(measure, value, match.group(), start, end), match.end("n")))
            of = _number(groups.get("of") or "")
            if of is not None and measure == "destroyed":
                claims.append((CountClaim("launched", of, match.group(), start, end), match.end("of")))
    claims.extend(_coordinated(text, base, claims, taken))
    if not claims and attackers:
        claims.extend(_listed(text, base))
    claims.sort(key=lambda c: c[0].offset)
    return _with_weapons(text, base, claims, attackers)


# "shot down 48 missiles and 64 Shahed drones", "launched 70 missiles, 145 drones": the same measure again.
_AND_NUMBER = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+){_NUM}\b", re.IGNORECASE)
# A list item of a weapon count: "12 Kalibr cruise missiles from the Black Sea;", "Kinzhal (7)", "Kh-22: 5".
_LISTED = (
    re.compile(rf"^\s*(?:[-•*–]\s*)?{_NUM}\s+(?=\S)", re.IGNORECASE),
    re.compile(rf"^\s*(?:[-•*–]\s*)?[^\d(:]{{2,50}}?(?:\(\s*|:\s*){_NUM}\s*\)?\s*[.;]?\s*$", re.IGNORECASE),
)


def _coordinated(
    text: str, base: int, claims: list[tuple[CountClaim, int]], taken: list[tuple[int, int]]
) -> list[tuple[CountClaim, int]]:
    more: list[tuple[CountClaim, int]] = []
    for claim, number_end in claims:
        if claim.measure not in ("launched", "destroyed"):
            continue
        position = _after_counted(text, number_end)
        while (match := _AND_NUMBER.match(text, position)) is not None:
            value = _number(match.group("n"))
            if value is None or any(s <= match.start("n") < e for s, e in taken):
                break
            start, end = match.start() + base, match.end() + base
            more.append(
                (CountClaim(claim.measure, value, match.group().strip(" ,"), start, end), match.end("n"))
            )
            taken.append((match.start("n"), match.end("n")))
            position = _after_counted(text, match.end("n"))
    return more


def _after_counted(text: str, position: int) -> int:
    """Past the words a number counts ("48 | missiles", "64 | Shahed drones"): up to four words."""
    counted = re.match(r"(?:\s+[\w/-]+){1,4}?(?=\s*(?:,|\band\b|\bas\s+well\b|$|[.;]))", text[position:])
    return position + (counted.end() if counted else 0)


def _listed(text: str, base: int) -> list[tuple[CountClaim, int]]:
    """A list item naming a weapon and a count is a count launched (the list says what the attack was made of)."""
    match = next((m for pattern in _LISTED if (m := pattern.match(text))), None)
    if match is None:
        return []
    value = _number(match.group("n"))
    if value is None or _is_year(match.group("n")):
        return []
    start, end = match.start() + base, match.end() + base
    return [(CountClaim("launched", value, match.group().strip(), start, end), match.end("n"))]


def _with_weapons(
    text: str, base: int, claims: list[tuple[CountClaim, int]], weapons: list[Mention]
) -> list[CountClaim]:
    tied: list[CountClaim] = []
    for claim, number_end in claims:
        if claim.measure not in ("launched", "destroyed"):
            tied.append(claim)
            continue
        named = _named_after(text, base, number_end, weapons)
        if not named and _OF_THEM.match(text, number_end) and tied:
            named = tied[-1].weapons  # "shot down 20 of them": of what the sentence counted before
        if named:
            tied.append(replace(claim, weapons=named))
            continue
        if claim.value == 1 and re.search(r"\ban?\s*$", text[:number_end]):
            continue  # "shot down a drone", "launched an attack": an article, not a count
        noun = _NOUN_AFTER.match(text, number_end)
        tied.append(replace(claim, noun=NOUN_KINDS[noun.group("noun").lower().rstrip("s")] if noun else ""))
    return tied


def _named_after(text: str, base: int, position: int, weapons: list[Mention]) -> tuple[Entity, ...]:
    """The weapons named right after a number, before any other number: "37 Kh-101", "six missiles X-47M2",
    "20 Kh-101 and Kh-555 missiles"."""
    found: list[Entity] = []
    cursor = position
    for mention in sorted(weapons, key=lambda m: m.start):
        start = mention.start - base
        if start < position:
            continue
        gap = text[cursor:start]
        if start - position > _BETWEEN_NUMBER_AND_WEAPON or _HAS_DIGIT.search(gap):
            break
        if (found and not _JOINER.fullmatch(gap)) or (not found and _CLAUSE_END.search(gap)):
            break
        found.append(mention.entity)
        cursor = mention.end - base
    return tuple(dict.fromkeys(found))


_HAS_DIGIT = re.compile(r"\d")
_JOINER = re.compile(r"[\s,/]*(?:and|or|&)?[\s,/]*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:]")


def _number(text: str) -> int | None:
    lowered = text.lower()
    if lowered in ("a", "an"):
        return 1
    if lowered in _NUMBER_WORDS:
        return _NUMBER_WORDS[lowered]
    try:
        return int(lowered.replace(",", ""))
    except ValueError:
        return None


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text.startswith(("19", "20"))
