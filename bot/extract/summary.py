"""One line that says what an incident was: "KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast"."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

# A summary line counts people; weapon figures carry their weapon and are shown a line each (see render).
PEOPLE_MEASURES = ("killed", "injured")


def summarize(
    weapons: Sequence[tuple[str, str]],
    places: Sequence[str],
    figures: Mapping[str, int],
    origins: Sequence[str] = (),
) -> str:
    """`weapons` are (name, category) pairs; `figures` the people killed and injured; `origins` where it was
    launched from, named when no target is."""
    if weapons:
        kinds = {WEAPON_NOUNS.get(category, category) for _, category in weapons}
        kind = f" {kinds.pop()}" if len(kinds) == 1 and "" not in kinds else ""
        names = [name for name, _ in weapons[:3]]
        if len(weapons) > 3:
            names.append(f"{len(weapons) - 3} more")
        head = f"{join(names)}{kind} attack"
    else:
        head = "Attack"
    if places:
        line = f"{head}: {join(list(places[:3]))}"
    elif origins:
        line = f"{head} from {join(list(origins[:3]))}"
    else:
        line = head
    people = [(measure, value) for measure, value in figures.items() if measure in PEOPLE_MEASURES]
    if people:
        line += " (" + ", ".join(f"{value} {measure}" for measure, value in people) + ")"
    return line


# How a summary names a weapon's category: "Shahed-136 drone attack", not "Shahed-136 attack drone attack".
WEAPON_NOUNS = {
    "attack drone": "drone",
    "loitering munition": "drone",
    "reconnaissance drone": "drone",
    "decoy drone": "drone",
    "FPV drone": "",  # its name says what it is: "FPV drone attack"
    "guided bomb": "glide bomb",
    "multiple rocket launcher": "rocket",
    "surface-to-air missile": "missile",
    "air-to-surface missile": "missile",
    "anti-radiation missile": "missile",
    "intermediate-range ballistic missile": "ballistic missile",
}


def join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
