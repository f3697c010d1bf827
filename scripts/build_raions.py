"""Build `data/gazetteer/raions.csv`: Ukraine's raions and the city districts that reports name.

Ukrainian reports place strikes in raions ("у Ніжинському районі", "в Никопольском районе") and city districts
("у Немишлянському районі Харкова"). A raion is named after its centre with an adjective (Ніжин -> Ніжинський
район); the adjective is not an inflection, so the script makes the candidates a Ukrainian or Russian adjective
could be (Ніжин+ський, Барвінкове -> Барвінків+ський, Покровськ+ий, Дніпро -> Дніпров+ський...) and keeps those
the pymorphy3 dictionaries (VESUM, OpenCorpora) know as adjectives: no list of raions is typed in, and no
adjective is guessed. A raion's row names its centre's oblast as parent; when two towns share a name, the larger
one's raion is kept. City districts come from `districts.csv` (written by the project from the cities' own
district lists), each under its city. A name that is a raion's and a city district's ("Покровський": Pokrovsk
Raion and Kryvyi Rih's Pokrovskyi district) is kept for both when the raion's centre is a town of some size; the
article that names the city reads the district, any other the raion.

How to run (from the repository root; needs pymorphy3 and its dictionaries, the `dev` extras), then run
scripts/build_inflections.py, which declines these names too:
    python scripts/build_raions.py            # writes the CSV and prints counts
    python scripts/build_raions.py --check    # exits 1 if the CSV is not what the script would write
"""

from __future__ import annotations

import re
import sys

import pymorphy3
from generated import GAZETTEER, ROOT, csv_text, gazetteer_rows, split_list, write_or_check

sys.path.insert(0, str(ROOT))

from bot.extract.adjectives import adjective_candidates, compound_candidates

OUT_PATH = GAZETTEER / "raions.csv"
COLUMNS = ["key", "name", "kind", "parent", "centre", "aliases"]
CYRILLIC_NAME = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+(?:-[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’ʼ]+)*")
# A town named in two words ("Кривий Ріг", "Біла Церква") takes one compound adjective ("криворізький").
COMPOUND_NAME = re.compile(rf"{CYRILLIC_NAME.pattern}\s+{CYRILLIC_NAME.pattern}")
# Raion centres are towns; a village's name is the raion's only where the dictionary knows its adjective anyway.
MIN_POPULATION = 2_000
# A raion named like a city district is kept only for a town of this size: raion centres are towns like Pokrovsk or
# Bohodukhiv, and a village's namesake ("Шевченківський", "Оболонський") is almost always the city district.
MIN_POPULATION_BESIDE_A_DISTRICT = 15_000


class Adjectives:
    def __init__(self) -> None:
        self.analysers = (pymorphy3.MorphAnalyzer(lang="uk"), pymorphy3.MorphAnalyzer(lang="ru"))

    def of(self, name: str) -> list[str]:
        """The adjectives of a town's name (one word, or two) the dictionaries know, Ukrainian first."""
        found = []
        candidates = compound_candidates(name) if " " in name else adjective_candidates(name)
        for analyser in self.analysers:
            for candidate in candidates:
                if any(
                    p.tag.POS == "ADJF" and p.normal_form == candidate and p.is_known
                    for p in analyser.parse(candidate)
                ):
                    found.append(candidate)
                    break
        return found


def build(adjectives: Adjectives) -> list[dict[str, str]]:
    places = gazetteer_rows("places.csv")
    city_keys = {
        row["name"]: row["key"] for row in places if row["country"] == "UA" and row["kind"] == "city"
    }
    districts = gazetteer_rows("districts.csv")
    district_words = {alias.lower() for row in districts for alias in split_list(row["aliases"])}
    rows: list[dict[str, str]] = []
    taken: set[str] = set()
    towns = sorted(
        (row for row in places if row["country"] == "UA" and row["kind"] == "city" and row["parent"]),
        key=lambda row: -int(row["population"] or 0),
    )
    towns = [town for town in towns if int(town["population"] or 0) >= MIN_POPULATION]
    # A one-word name's adjective is its own: "Чорнотисівський" is Chornotysiv's before Chorna Tysa may guess it.
    simple = {
        town["key"]: [
            adjective
            for name in split_list(town["aliases"])
            if CYRILLIC_NAME.fullmatch(name)
            for adjective in adjectives.of(name)
        ]
        for town in towns
    }
    own = {adjective for found in simple.values() for adjective in found}
    for town in towns:
        compound = [
            adjective
            for name in split_list(town["aliases"])
            if COMPOUND_NAME.fullmatch(name)
            for adjective in adjectives.of(name)
            if adjective not in own
        ]
        found = [
            a
            for a in dict.fromkeys(simple[town["key"]] + compound)
            if a not in taken
            and (a not in district_words or int(town["population"] or 0) >= MIN_POPULATION_BESIDE_A_DISTRICT)
        ]
        if not found:
            continue
        taken.update(found)
        # Named as English news names them ("Kovel district"); the transliteration ("Kovel Raion") is an alias.
        aliases = [f"{a.capitalize()} район" for a in found] + [f"{town['name']} Raion"]
        rows.append(
            {
                "key": f"ua-raion-{town['key'].removeprefix('ua-city-')}",
                "name": f"{town['name']} district",
                "kind": "raion",
                "parent": town["parent"],
                "centre": town["key"],
                "aliases": "|".join(aliases),
            }
        )
    for district in districts:
        city = city_keys.get(district["city"])
        if city is None:
            continue
        aliases = [
            f"{alias} район" for alias in split_list(district["aliases"]) if CYRILLIC_NAME.fullmatch(alias)
        ]
        aliases += [
            f"{alias} district"
            for alias in (district["name"], *split_list(district["aliases"]))
            if alias.isascii()
        ]
        rows.append(
            {
                "key": district["key"],
                "name": f"{district['name']} district ({district['city']})",
                "kind": "district",
                "parent": city,
                "centre": "",
                "aliases": "|".join(aliases),
            }
        )
    return sorted(rows, key=lambda row: row["key"])


def main() -> int:
    def make() -> tuple[str, str]:
        rows = build(Adjectives())
        kinds = {kind: sum(row["kind"] == kind for row in rows) for kind in ("raion", "district")}
        return csv_text(COLUMNS, rows), f"{kinds['raion']} raions, {kinds['district']} city districts"

    return write_or_check(__doc__.splitlines()[0], OUT_PATH, make)


if __name__ == "__main__":
    sys.exit(main())
