"""Numbers stated about an attack: how many weapons were launched and destroyed, how many people killed/injured."""

from __future__ import annotations

import re

from bot.models import CountClaim

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12,
}  # fmt: skip
_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_WEAPONS = (
    r"(?:drones?|UAVs?|missiles?|rockets?|Shaheds?|bombs?|projectiles?|munitions?|aerial\s+targets?|"
    r"targets?|decoys?)"
)
_LAUNCH = r"(?P<launched>launched|fired|sent|used)"
_DESTROY = r"(?P<destroyed>shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed)"
_KILL = r"(?P<killed>killed|dead|died|killing)"
_INJURE = r"(?P<injured>injured|wounded|hurt|injuring|wounding)"
# Up to four words between the number and what it counts: "50 Shahed-type attack drones".
_GAP = r"(?:[\w-]+\s+){0,4}?"

_PATTERNS = [
    # "launched 50 drones", "shot down 42 of them", "destroyed 12 of the 15 missiles"
    re.compile(rf"\b(?:{_LAUNCH}|{_DESTROY})\s+(?:all\s+|at\s+least\s+|some\s+|about\s+|nearly\s+)?{_NUM}\b", re.I),
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


def find_counts(text: str, base: int = 0) -> list[CountClaim]:
    if not _HAS_NUMBER.search(text):
        return []
    claims: list[CountClaim] = []
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
            claims.append(CountClaim(measure, value, match.group(), match.start() + base, match.end() + base))
    return sorted(claims, key=lambda c: c.offset)


def _number(text: str) -> int | None:
    lowered = text.lower()
    if lowered in _NUMBER_WORDS:
        return _NUMBER_WORDS[lowered]
    try:
        return int(lowered.replace(",", ""))
    except ValueError:
        return None


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text.startswith(("19", "20"))
