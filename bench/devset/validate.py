"""Validate bench/devset/labels.json against the article files.

Run from anywhere:  python bench/devset/validate.py
Exit status 0 when every check passes; otherwise the problems are printed.

Checks:
- every labelled file exists and every file in articles/ is labelled; ci_subset files are labelled;
- categories are known and each category reaches its minimum count;
- `published` and incident dates are valid ISO dates, no incident is dated after publication;
- a window is [start, end] with end - start == 1 day and `date` is one of its two days;
- weapons are canonical names; places are non-empty and never a country;
- every evidence fragment (fragments are joined by " … ") occurs verbatim in the article's text
  (HTML: tags, scripts and styles removed, entities unescaped; whitespace collapsed);
- for HTML pages, `published` equals article:published_time converted to Kyiv time;
- every question's expectations are labelled incidents, and they equal the set recomputed from
  the labels with the alias/containment tables below (so no expected incident is missing).

The tables below are the oracle for the questions only; they are not used by the bot.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
KYIV = ZoneInfo("Europe/Kyiv")

CANONICAL_WEAPONS = {
    "Shahed-136",
    "Shahed-131",
    "Gerbera",
    "Lancet",
    "Orlan-10",
    "Iskander-M",
    "Iskander-K",
    "KN-23",
    "Kinzhal",
    "Kalibr",
    "Zircon",
    "Oniks",
    "Kh-101",
    "Kh-555",
    "Kh-55",
    "Kh-22",
    "Kh-32",
    "Kh-59",
    "Kh-59MK2",
    "Kh-69",
    "Kh-31P",
    "Kh-35",
    "S-300",
    "S-400",
    "Tochka-U",
    "Oreshnik",
    "KAB",
    "FAB-500",
    "FAB-1500",
    "FAB-3000",
    "Grad",
    "Smerch",
    "Uragan",
    "ATACMS",
    "HIMARS",
    "Storm Shadow",
    "Neptune",
    "Liutyi",
    "Sea Baby",
}

CATEGORY_MINIMUM = {
    "wire": 10,
    "scraped": 10,
    "html": 8,
    "markdown": 3,
    "relative": 12,
    "multi": 6,
    "alias": 10,
    "spelling": 8,
    "translated": 4,
    "distractor": 10,
}

COUNTRIES = {"Ukraine", "Russia", "Poland", "Belarus", "North Korea", "Iran", "United States"}

# Query term -> canonical weapon names it must match (aliases and common misspellings).
WEAPON_QUERY = {
    "KN-23": {"KN-23"},
    "KN23": {"KN-23"},
    "Hwasong-11": {"KN-23"},
    "Kinzhal": {"Kinzhal"},
    "Kinzal": {"Kinzhal"},
    "Kh-47M2": {"Kinzhal"},
    "Shahed": {"Shahed-136", "Shahed-131"},
    "Geran-2": {"Shahed-136"},
    "Kh-101": {"Kh-101"},
    "X-101": {"Kh-101"},
    "Zircon": {"Zircon"},
    "Tsirkon": {"Zircon"},
    "Iskander-M": {"Iskander-M"},
    "Iskander-K": {"Iskander-K"},
    "S-300": {"S-300"},
    "C-300": {"S-300"},
    "Oreshnik": {"Oreshnik"},
    "Oniks": {"Oniks"},
    "Kalibr": {"Kalibr"},
    "Kh-22": {"Kh-22"},
    "X-22": {"Kh-22"},
    "ATACMS": {"ATACMS"},
    "Storm Shadow": {"Storm Shadow"},
    "SCALP": {"Storm Shadow"},
    "KAB": {"KAB"},
    "Neptune": {"Neptune"},
    "Sea Baby": {"Sea Baby"},
    "HIMARS": {"HIMARS"},
    "Kh-59": {"Kh-59"},
}

# Query term -> canonical place it names.
PLACE_QUERY = {
    "Kyiv": "Kyiv",
    "Kiev": "Kyiv",
    "Kharkiv": "Kharkiv",
    "Kharkov": "Kharkiv",
    "Odesa": "Odesa",
    "Odessa": "Odesa",
    "Mykolaiv": "Mykolaiv",
    "Nikolaev": "Mykolaiv",
    "Zaporizhzhia": "Zaporizhzhia",
    "Zaporozhye": "Zaporizhzhia",
    "Dnipro": "Dnipro",
    "Dnepr": "Dnipro",
    "Krivoy Rog": "Kryvyi Rih",
    "Kryvyi Rih": "Kryvyi Rih",
    "Bila Tserkva": "Bila Tserkva",
    "Lviv": "Lviv",
    "Lwow": "Lviv",
    "Sumy": "Sumy",
    "Lutsk": "Lutsk",
    "Kyiv Oblast": "Kyiv Oblast",
    "Kyiv region": "Kyiv Oblast",
    "Kyivska oblast": "Kyiv Oblast",
    "Kiev region": "Kyiv Oblast",
    "Dnipropetrovsk Oblast": "Dnipropetrovsk Oblast",
    "Odesa Oblast": "Odesa Oblast",
    "the Odesa region": "Odesa Oblast",
    "Kharkiv Oblast": "Kharkiv Oblast",
    "Lviv Oblast": "Lviv Oblast",
    "Donetsk Oblast": "Donetsk Oblast",
    "Zaporizhzhia Oblast": "Zaporizhzhia Oblast",
    "Mykolaiv Oblast": "Mykolaiv Oblast",
    "Crimea": "Crimea",
    "Black Sea": "Black Sea",
    "Kursk Oblast": "Kursk Oblast",
    "Bryansk Oblast": "Bryansk Oblast",
    "Voronezh Oblast": "Voronezh Oblast",
}

# A place is inside a larger unit: a query for the unit must also return incidents in these places.
# Kyiv city has special status and is not part of Kyiv Oblast.
CONTAINED_IN = {
    "Bila Tserkva": "Kyiv Oblast",
    "Brovary": "Kyiv Oblast",
    "Ukrainka": "Kyiv Oblast",
    "Dnipro": "Dnipropetrovsk Oblast",
    "Kryvyi Rih": "Dnipropetrovsk Oblast",
    "Kharkiv": "Kharkiv Oblast",
    "Odesa": "Odesa Oblast",
    "Chornomorsk": "Odesa Oblast",
    "Mykolaiv": "Mykolaiv Oblast",
    "Zaporizhzhia": "Zaporizhzhia Oblast",
    "Berdiansk": "Zaporizhzhia Oblast",
    "Lviv": "Lviv Oblast",
    "Zolochiv": "Lviv Oblast",
    "Ternopil": "Ternopil Oblast",
    "Sumy": "Sumy Oblast",
    "Chernihiv": "Chernihiv Oblast",
    "Kramatorsk": "Donetsk Oblast",
    "Bilenke": "Donetsk Oblast",
    "Sloviansk": "Donetsk Oblast",
    "Makiivka": "Donetsk Oblast",
    "Luhansk": "Luhansk Oblast",
    "Poltava": "Poltava Oblast",
    "Kremenchuk": "Poltava Oblast",
    "Lutsk": "Volyn Oblast",
    "Zhytomyr": "Zhytomyr Oblast",
    "Sevastopol": "Crimea",
    "Chauda": "Crimea",
    "Olenivka": "Crimea",
    "Cape Tarkhankut": "Crimea",
    "Marino": "Kursk Oblast",
    "Karachev": "Bryansk Oblast",
    "Kapustin Yar": "Astrakhan Oblast",
    "Primorsko-Akhtarsk": "Krasnodar Krai",
    "Oserdów": "Lublin Voivodeship",
}


def expand_places(places: list[str]) -> set[str]:
    out = set(places)
    for p in places:
        if p in CONTAINED_IN:
            out.add(CONTAINED_IN[p])
    return out


def article_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?s)<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return re.sub(r"\s+", " ", raw)


def html_published(path: Path) -> str | None:
    m = re.search(r'property="article:published_time"\s+content="([^"]+)"', path.read_text(encoding="utf-8"))
    if not m:
        return None
    stamp = dt.datetime.fromisoformat(m.group(1).replace("Z", "+00:00"))
    return stamp.astimezone(KYIV).date().isoformat()


def expected_for(ask: str, articles: list[dict]) -> set[tuple[str, str]]:
    verb, _, term = ask.partition(" ")
    out: set[tuple[str, str]] = set()
    for a in articles:
        for inc in a["incidents"]:
            key = (a["file"], inc["date"])
            if verb == "!summary":
                days = {inc["date"], *inc.get("window", [])}
                if term in days:
                    out.add(key)
            elif term in WEAPON_QUERY:
                if WEAPON_QUERY[term] & set(inc["weapons"]):
                    out.add(key)
            elif term in PLACE_QUERY:
                if PLACE_QUERY[term] in expand_places(inc["places"]):
                    out.add(key)
            else:
                raise KeyError(f"no oracle rule for question {ask!r}")
    return out


def main() -> int:
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    articles = labels["articles"]
    files = {a["file"] for a in articles}
    if len(files) != len(articles):
        problems.append("duplicate file entries")
    on_disk = {f"articles/{p.name}" for p in (HERE / "articles").iterdir() if p.is_file()}
    for f in sorted(on_disk - files):
        problems.append(f"unlabelled file {f}")
    for f in labels.get("ci_subset", []):
        if f not in files:
            problems.append(f"ci_subset file not labelled: {f}")

    counts = dict.fromkeys(CATEGORY_MINIMUM, 0)
    n_inc = 0
    for a in articles:
        path = HERE / a["file"]
        where = a["file"]
        if not path.exists():
            problems.append(f"{where}: file missing")
            continue
        for c in a["categories"]:
            if c not in counts:
                problems.append(f"{where}: unknown category {c}")
            else:
                counts[c] += 1
        if ("distractor" in a["categories"]) != (not a["incidents"]):
            problems.append(f"{where}: distractor iff no incidents")
        if len(a["incidents"]) > 1 and "multi" not in a["categories"]:
            problems.append(f"{where}: several incidents but not 'multi'")
        published = dt.date.fromisoformat(a["published"])
        if path.suffix == ".html":
            hp = html_published(path)
            if hp != a["published"]:
                problems.append(f"{where}: published {a['published']} but meta says {hp} (Kyiv)")
        text = article_text(path)
        for inc in a["incidents"]:
            n_inc += 1
            day = dt.date.fromisoformat(inc["date"])
            if day > published:
                problems.append(f"{where}: incident {day} after publication {published}")
            if "window" in inc:
                s, e = (dt.date.fromisoformat(x) for x in inc["window"])
                if e - s != dt.timedelta(days=1):
                    problems.append(f"{where}: window {inc['window']} is not one night")
                if day not in (s, e):
                    problems.append(f"{where}: date {day} outside window {inc['window']}")
                if e > published:
                    problems.append(f"{where}: window ends after publication")
            for w in inc["weapons"]:
                if w not in CANONICAL_WEAPONS:
                    problems.append(f"{where}: non-canonical weapon {w}")
            if len(set(inc["weapons"])) != len(inc["weapons"]):
                problems.append(f"{where}: duplicate weapon")
            for p in inc["places"]:
                if not p or p in COUNTRIES:
                    problems.append(f"{where}: bad place {p!r}")
            for k, v in inc.get("counts", {}).items():
                if not isinstance(v, int) or v < 0:
                    problems.append(f"{where}: bad count {k}={v}")
            for frag in inc["evidence"].split(" … "):
                frag = re.sub(r"\s+", " ", frag.strip())
                if frag not in text:
                    problems.append(f"{where}: evidence not found: {frag[:80]!r}")

    for c, n in counts.items():
        if n < CATEGORY_MINIMUM[c]:
            problems.append(f"category {c}: {n} < {CATEGORY_MINIMUM[c]}")

    labelled = {(a["file"], inc["date"]) for a in articles for inc in a["incidents"]}
    questions = labels.get("questions", [])
    if len(questions) < 25:
        problems.append(f"only {len(questions)} questions")
    for q in questions:
        got = {(e["file"], e["date"]) for e in q["expect"]}
        for e in got - labelled:
            problems.append(f"question {q['ask']!r}: {e} is not a labelled incident")
        want = expected_for(q["ask"], articles)
        if got != want:
            problems.append(
                f"question {q['ask']!r}: missing {sorted(want - got)}, extra {sorted(got - want)}"
            )

    distractors = sum(1 for a in articles if "distractor" in a["categories"])
    print(
        f"{len(articles)} articles, {n_inc} incidents, {distractors} distractors, {len(questions)} questions"
    )
    print("categories: " + ", ".join(f"{c}={n}" for c, n in counts.items()))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
