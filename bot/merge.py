"""When two reports are the same incident, and what the merged incident says (`Combined`), without I/O.

Two reports are one incident when they give the same day (or the same night) and share a weapon or a place (a place also
matches its own oblast: Bila Tserkva matches Kyiv Oblast), unless both name weapons and places and share
neither. An official record merges only on a shared weapon: its places are broad (whole oblasts, "south").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

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


# Where a report is listed among its incident's sources: (rank key, article id, ordinal), as `reports` orders them.
Position = tuple[str, int, int]


@dataclass(slots=True)
class Combined:
    """What an incident's reports say together, kept with the incident so that a report merged into it is folded in
    without reading the others again (issue 14: at a million articles an incident has hundreds of reports). Folding
    reports in any order gives what folding them all in listing order gives:

    - the day most reports give, the first-listed of them breaking a tie, and the window the reports giving it share;
    - the entities in the order they are first named, each of the kind the first-listed report naming it gives it,
      or a place if any report says it was hit (a place one source says was hit and another says was launched from
      is a place);
    - the first-listed figure of each measure of people.

    `days`: day -> [reports giving it, first such report's position, earliest start, latest end]; `entities`: key ->
    [position where first named, with its place in that report; kind there; named a place anywhere]; `people`:
    measure -> [position and sentence id of its first figure, value]. Positions are lists, as they read back from
    the store."""

    days: dict[str, list[Any]] = field(default_factory=dict)
    entities: dict[str, list[Any]] = field(default_factory=dict)
    people: dict[str, list[Any]] = field(default_factory=dict)

    def add(
        self,
        at: Position,
        window: Window,
        entities: Sequence[tuple[str, str]],
        people: Sequence[tuple[int, str, int]],
    ) -> None:
        """Fold in one report: its window, its (entity key, kind) in the order it names them, and its figures of
        people as (sentence id, measure, value) in the order the report gives them."""
        position = list(at)
        day = self.days.get(window.day)
        if day is None:
            self.days[window.day] = [1, position, window.start, window.end]
        else:
            day[0] += 1
            day[1] = min(day[1], position)
            day[2] = min(day[2], window.start)
            day[3] = max(day[3], window.end)
        for n, (key, kind) in enumerate(entities):
            first = [*position, n]
            named = self.entities.get(key)
            if named is None:
                self.entities[key] = [first, kind, kind == "place"]
                continue
            if first < named[0]:
                named[0], named[1] = first, kind
            named[2] = named[2] or kind == "place"
        for sentence_id, measure, value in people:
            figure = self.people.get(measure)
            if figure is None or [*position, sentence_id] < figure[0]:
                self.people[measure] = [[*position, sentence_id], value]

    def window(self) -> Window:
        day, (_, _, start, end) = min(self.days.items(), key=lambda item: (-item[1][0], item[1][1]))
        return Window(day, start, end)

    def kinds(self) -> dict[str, str]:
        """Entity key -> kind, in the order they are first named."""
        ordered = sorted(self.entities.items(), key=lambda item: item[1][0])
        return {key: "place" if named[2] else named[1] for key, named in ordered}

    def figures(self) -> dict[str, int]:
        """The first-listed figure of each measure of people, in the order they are first given."""
        ordered = sorted(self.people.items(), key=lambda item: item[1][0])
        return {measure: figure[1] for measure, figure in ordered}
