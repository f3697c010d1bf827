"""A seeded, reproducible synthetic corpus of news articles for benchmarks.

Articles look like the ones the bot meets (a scraped header with a dateline, or wire copy), vary in length from a
flash of three sentences to a feature of forty, name real weapons and places from the gazetteers, are dated over
three years, and include a share of exact duplicates (the same story saved twice), as real collections do.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
START = date(2023, 1, 1)
DAYS = 3 * 365
DUPLICATE_SHARE = 0.02
OUTLETS = ("Reuters", "Associated Press", "Ukrinform", "The Kyiv Independent", "Ukrainska Pravda", "Suspilne",
           "Defence Express", "Militarnyi", "RBC-Ukraine", "Kyiv Post")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_REPORT = (
    "Russia launched {n} {weapon} missiles at {place} {when}, the air force said.",
    "{When}, a {weapon} struck a residential building in {place}, killing {k} people.",
    "Russian forces attacked {place} with {weapon} drones {when}, officials said.",
    "Air defences shot down {m} of {n} {weapon} missiles over {region} {when}.",
    "Explosions were heard in {place} {when} as {weapon} missiles hit energy facilities.",
)
_FOLLOW = (
    "Debris fell on a school and several houses in {place}.",
    "{k} people were injured, the regional administration said.",
    "Firefighters worked through the night to put out the blaze.",
    "The {weapon} was launched from the {launch} region.",
    "Power was cut to thousands of homes in the {region}.",
)
_CONTEXT = (
    "Russia has repeatedly targeted Ukraine's energy system since the autumn.",
    "Ukraine has asked its allies for more air defence systems.",
    "The {weapon} is one of the most widely used weapons in the war.",
    "Analysts say the attacks are meant to break the morale of civilians.",
    "Officials urged residents to stay in shelters during air raid alerts.",
    "The mayor said repair crews would restore heating within days.",
    "It was not immediately possible to verify the report independently.",
)


@dataclass(frozen=True)
class Names:
    weapons: list[str]
    cities: list[str]
    regions: list[str]
    launch_regions: list[str]

    @classmethod
    def load(cls, data: Path = DATA) -> Names:
        with (data / "gazetteer" / "weapons.csv").open(encoding="utf-8") as handle:
            weapons = [row["name"] for row in csv.DictReader(handle)]
        cities, regions, launch = [], [], []
        with (data / "gazetteer" / "places.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                population = int(row["population"] or 0)
                if row["country"] == "UA" and row["kind"] == "city" and population >= 50_000:
                    cities.append(row["name"])
                elif row["country"] == "UA" and row["kind"] == "oblast":
                    regions.append(row["name"].replace(" Oblast", " region"))
                elif row["country"] == "RU" and row["kind"] == "region":
                    launch.append(row["name"].split(" Oblast")[0])
        return cls(weapons, cities, regions, launch)


def articles(count: int, seed: int = 7, names: Names | None = None) -> Iterator[tuple[str, str]]:
    """(file name, text) for `count` articles; the same seed always gives the same corpus."""
    names = names or Names.load()
    rng = random.Random(seed)
    made: list[str] = []
    for number in range(count):
        if made and rng.random() < DUPLICATE_SHARE:
            yield f"article-{number:06d}.txt", rng.choice(made)
            continue
        text = _article(rng, names)
        if len(made) < 1000:
            made.append(text)
        yield f"article-{number:06d}.txt", text


def write(folder: Path, count: int, seed: int = 7) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for name, text in articles(count, seed):
        (folder / name).write_text(text, encoding="utf-8")
        written += 1
    return written


def _article(rng: random.Random, names: Names) -> str:
    published = START + timedelta(days=rng.randrange(DAYS))
    incident_day = published - timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)))
    weapon = rng.choice(names.weapons)
    place = rng.choice(names.cities)
    slots = {
        "weapon": weapon,
        "place": place,
        "region": rng.choice(names.regions),
        "launch": rng.choice(names.launch_regions),
        "n": rng.randint(2, 120),
        "m": rng.randint(1, 60),
        "k": rng.randint(1, 30),
    }
    when = _when(rng, incident_day, published)
    slots["when"], slots["When"] = when, when[:1].upper() + when[1:]
    sentences = [rng.choice(_REPORT).format(**slots)]
    length = rng.choice((3, 5, 8, 12, 20, 40))
    while len(sentences) < length:
        pool = _FOLLOW if rng.random() < 0.4 else _CONTEXT
        slots["place"] = rng.choice((place, place, rng.choice(names.cities)))
        slots["weapon"] = rng.choice((weapon, weapon, rng.choice(names.weapons)))
        sentences.append(rng.choice(pool).format(**slots))
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    outlet = rng.choice(OUTLETS)
    title = f"{weapon} attack on {place}: {slots['k']} casualties reported"
    if outlet in ("Reuters", "Associated Press") and rng.random() < 0.7:
        code = "Reuters" if outlet == "Reuters" else "AP"
        paragraphs[0] = f"KYIV, {published:%b} {published.day} ({code}) - {paragraphs[0]}"
        header = f"{title}\nPublished: {published:%B} {published.day}, {published.year} 9:15 AM GMT+2\n"
    else:
        header = f"{outlet}\n{title}\n\n{title}\nBy Staff Reporter\n{published.day} {published:%B %Y} 10:{rng.randint(10, 59)}\n"
    return header + "\n" + "\n\n".join(paragraphs) + "\n\nSee also\nMore news from the front\n"


def _when(rng: random.Random, day: date, published: date) -> str:
    gap = (published - day).days
    choice = rng.random()
    if gap == 0:
        return "overnight" if choice < 0.5 else "this morning"
    if gap == 1 and choice < 0.4:
        return "yesterday"
    if gap < 7 and choice < 0.7:
        return f"on {WEEKDAYS[day.weekday()]}"
    return f"on {day.day} {day:%B}"
