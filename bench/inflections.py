"""How names in their case forms are best found: the measurement behind issue 12's choice of mechanism.

    python -m bench.inflections          # on the Ukrainian/Russian development half (bench/realset/ukru/dev)

For every report of the half, the places its labels name are looked for anywhere in its text by three matchers:
  * nominative names only (the gazetteer as written: "Київ", "Київська область");
  * a light stemmer, as a GeoNames-alternate-names-plus-stemmer design would use: every word, in the text and in
    the names, cut to its stem by removing a Ukrainian or Russian case ending, with the same capitalisation rule
    (its weakness: stems that alternate, "Київ" but "Києві");
  * the case forms made by pymorphy3 (data/gazetteer/inflections.csv), the bot's mechanism.
It prints, per matcher, the labelled places found (recall) and the place names found that the labels do not name
(a rough count of false matches, since the labels list only an incident's places), and how long matching took.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

from bench.realscore import ARTICLES, REALSET, same_name
from bot.extract import normalize
from bot.extract.gazetteer import Gazetteer
from bot.models import EntityKind

DATA = Path(__file__).resolve().parent.parent / "data"
# Case endings of Ukrainian and Russian nouns and adjectives, longest first (a light stemmer in the manner of
# Savoy's for Russian).
_ENDINGS = re.compile(
    r"(?:ськими|ського|ському|ської|ською|ських|ськім|ська|ську|ські|ський|ами|ями|ові|еві|єві|ого|ому|ою|ею|єю|ів|"
    r"їв|ах|ях|ом|ем|ам|ям|ий|ій|ая|ое|ые|ой|ей|у|ю|і|и|а|я|е|о|ь|ы)$"
)


def _stemmed_word_key(original: Callable[[str], str]) -> Callable[[str], str]:
    def word_key(word: str) -> str:
        key = original(word)
        if not re.search(r"[а-яіїє]", key) or len(key) <= 4:
            return key
        return _ENDINGS.sub("", key) or key

    return word_key


def _gazetteer(mechanism: str) -> Gazetteer:
    loaded = Gazetteer.load(DATA)
    if mechanism == "pymorphy3 case forms":
        return loaded
    # The same entities without the generated forms, which are added apart from the names they were made from.
    return Gazetteer(list(loaded.entities.values()), populations=loaded.populations)


def _found(gazetteer: Gazetteer, text: str) -> set[str]:
    return {m.entity.name for m in gazetteer.find(text) if m.entity.kind is EntityKind.PLACE}


def main() -> int:
    labels = json.loads((REALSET / "ukru" / "dev" / "labels.json").read_text())
    reports = [(a, (ARTICLES / a["file"]).read_text()) for a in labels if (ARTICLES / a["file"]).is_file()]
    if not reports:
        print("No reports found: run bench/realset/gather.py first.")
        return 1
    print(f"{'matcher':<28}{'labelled found':>16}{'recall':>9}{'other places':>14}{'seconds':>9}")
    for mechanism in ("nominative names only", "light stemmer", "pymorphy3 case forms"):
        original = normalize.word_key
        if mechanism == "light stemmer":
            normalize.word_key = _stemmed_word_key(original)  # type: ignore[assignment]
            normalize.word_key.cache_clear = lambda: None  # type: ignore[attr-defined]
        try:
            gazetteer = _gazetteer(mechanism)
            started = time.perf_counter()
            hits = total = others = 0
            for article, text in reports:
                found = _found(gazetteer, text)
                wanted = {p for incident in article["incidents"] for p in incident["places"]}
                total += len(wanted)
                hits += sum(same_name(place, sorted(found)) for place in wanted)
                others += sum(not same_name(name, sorted(wanted)) for name in found)
            seconds = time.perf_counter() - started
        finally:
            normalize.word_key = original  # type: ignore[assignment]
        print(f"{mechanism:<28}{f'{hits}/{total}':>16}{hits / total:>9.1%}{others:>14}{seconds:>9.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
