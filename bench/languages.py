"""Extraction speed by language: is reading a Ukrainian or Russian report as fast as reading an English one?

    python -m bench.languages            # the real-reporting sets' reports, if gathered (bench/realset/gather.py)
    python -m bench.languages --rounds 5

Each report is parsed once; then extraction (the part that differs by language: sentences, names in their case
forms, dates, roles, figures) is timed over every report of each language, `--rounds` times, after one warm-up
round, and the figures printed: reports, characters, milliseconds per report and per 10,000 characters (reports
differ in length, so the second figure is the one to compare), and the ratio of each language to English.
Issue 12 asks for Ukrainian within 2x of English.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.extract import extract_article
from bot.extract.gazetteer import Gazetteer
from bot.ingest.prepare import Preparer
from bot.models import ArticleDraft

ROOT = Path(__file__).resolve().parent.parent
REALSET = ROOT / "bench" / "realset"
TODAY = datetime(2026, 12, 1, 12, 0, tzinfo=ZoneInfo("Europe/Kyiv"))


def reports(preparer: Preparer) -> dict[str, list[ArticleDraft]]:
    manifest = json.loads((REALSET / "manifest.json").read_text())
    by_language: dict[str, list[ArticleDraft]] = {}
    for entry in manifest:
        path = REALSET / "articles" / entry["file"]
        if not path.is_file():
            continue
        prepared = preparer.from_bytes(path.read_bytes(), name=path.name)
        by_language.setdefault(entry["language"], []).append(prepared.draft)
    return by_language


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    gazetteer = Gazetteer.load(ROOT / "data")
    preparer = Preparer(gazetteer, clock=lambda: TODAY)
    by_language = reports(preparer)
    if not by_language:
        print("No reports found: run bench/realset/gather.py first.")
        return 1
    rows = []
    for language, drafts in sorted(by_language.items()):
        characters = sum(len(d.body) for d in drafts)
        timings = []
        for round_ in range(args.rounds + 1):
            started = time.perf_counter()
            for draft in drafts:
                extract_article(
                    draft.body, TODAY.date(), gazetteer, own_outlet=draft.outlet, title=draft.title
                )
            if round_:  # the first round warms the caches every language shares
                timings.append(time.perf_counter() - started)
        seconds = statistics.median(timings)
        rows.append((language, len(drafts), characters, seconds))
    english = next((s / c for lang, _, c, s in rows if lang == "en"), None)
    print(
        f"{'language':<10}{'reports':>8}{'characters':>12}{'ms/report':>11}{'ms/10k chars':>14}{'vs English':>12}"
    )
    for language, count, characters, seconds in rows:
        per_chars = seconds / characters
        ratio = f"{per_chars / english:.2f}x" if english else "-"
        print(
            f"{language:<10}{count:>8}{characters:>12,}{seconds / count * 1000:>11.2f}"
            f"{per_chars * 10_000 * 1000:>14.2f}{ratio:>12}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
