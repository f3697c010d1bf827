"""When two reports are the same incident, and what the merged incident says. Pure functions.

Two reports are one incident when they give the same day (or the same night) and share a weapon or a place (a place also
matches its own oblast: Bila Tserkva matches Kyiv Oblast), unless both name weapons and places and share
neither. An official record merges only on a shared weapon: its places are broad (whole oblasts, "south").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

MAX_WINDOW_DAYS = 3


def match_score(
    report: Mapping[str, str],
    candidate: Mapping[str, str],
    ancestors: Callable[[str], Sequence[str]],
    *,
    official: bool = False,
) -> int:
    """0 when `report` (entity key -> kind) is not the `candidate` incident; higher is a better match."""
    report_weapons = {k for k, v in report.items() if v == "weapon"}
    candidate_weapons = {k for k, v in candidate.items() if v == "weapon"}
    report_places = {k for k, v in report.items() if v == "place"}
    candidate_places = {k for k, v in candidate.items() if v == "place"}
    shared_weapons = report_weapons & candidate_weapons
    shared_places = sum(
        1
        for place in report_places
        if place in candidate_places
        or any(a in candidate_places for a in ancestors(place))
        or any(place in ancestors(other) for other in candidate_places)
    )
    if official and not shared_weapons:
        return 0
    disjoint_weapons = report_weapons and candidate_weapons and not shared_weapons
    if disjoint_weapons and report_places and candidate_places and not shared_places:
        return 0
    return 2 * len(shared_weapons) + shared_places


@dataclass(frozen=True, slots=True)
class Window:
    day: str
    start: str
    end: str


def combine_dates(reports: Sequence[Window]) -> Window:
    """The day most reports give (the earliest report breaks ties) and the window they share."""
    votes = Counter(r.day for r in reports)
    best = max(votes.values())
    day = next(r.day for r in reports if votes[r.day] == best)
    agreeing = [r for r in reports if r.day == day]
    return Window(day, min(r.start for r in agreeing), max(r.end for r in agreeing))
