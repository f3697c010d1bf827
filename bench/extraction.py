"""How fast reports are read (parsed, dated, extracted) on real text, by language, in one process.

    python -m bench.extraction                    # the real reports present in bench/realset/articles
    python -m bench.extraction --folder DIR       # any folder of reports

`bench.speed` measures the whole path at scale on a synthetic corpus, whose English sentences come from a few
dozen templates: 1,000 of its articles hold under 3,000 distinct sentences, which flatters any work that depends
on the text. Real reports are varied and in three languages, so this reads them as they are, twice: once cold
(the tables a first reading builds, as a fresh worker builds them) and once warm (what every later report costs).
A benchmark, not a test: it prints figures and asserts nothing about them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from bot.extract.gazetteer import Gazetteer
from bot.ingest.parse import ParseError
from bot.ingest.prepare import Preparer

ROOT = Path(__file__).resolve().parent.parent
REAL_REPORTS = ROOT / "bench" / "realset" / "articles"


def measure(folder: Path, data: Path = ROOT / "data") -> dict[str, Any]:
    """Reports per CPU-second, cold and warm, overall and by the language each report was read as."""
    reports = [(path.name, path.read_bytes()) for path in sorted(folder.glob("*")) if path.is_file()]
    preparer = Preparer(Gazetteer.load(data))
    cold_started = time.process_time()
    languages = {name: _read(preparer, name, raw) for name, raw in reports}
    cold = time.process_time() - cold_started
    seconds: dict[str, float] = defaultdict(float)
    for name, raw in reports:
        started = time.process_time()
        _read(preparer, name, raw)
        seconds[languages[name] or "unread"] += time.process_time() - started
    counts: dict[str, int] = defaultdict(int)
    for language in languages.values():
        counts[language or "unread"] += 1
    warm = sum(seconds.values())
    return {
        "reports": len(reports),
        "mean_bytes": round(sum(len(raw) for _, raw in reports) / len(reports)) if reports else 0,
        "cold_per_cpu_second": round(len(reports) / cold, 1) if cold else 0.0,
        "warm_per_cpu_second": round(len(reports) / warm, 1) if warm else 0.0,
        "by_language": {
            language: {"reports": counts[language], "warm_per_cpu_second": round(counts[language] / spent, 1)}
            for language, spent in sorted(seconds.items())
            if spent
        },
    }


def _read(preparer: Preparer, name: str, raw: bytes) -> str:
    """Reads a report as ingest does, and says in which language ("" when it is no article)."""
    try:
        return preparer.from_bytes(raw, name=name).language
    except ParseError:
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--folder", type=Path, default=REAL_REPORTS, help="reports to read (default: the real set)"
    )
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not args.folder.is_dir() or not any(args.folder.iterdir()):
        print(f"no reports in {args.folder} (bench/realset/gather.py brings the real ones)", file=sys.stderr)
        return 1
    figures = measure(args.folder)
    print(f"reports                          {figures['reports']} (mean {figures['mean_bytes']:,} bytes)")
    print(f"read per CPU-second, cold        {figures['cold_per_cpu_second']}")
    print(f"read per CPU-second, warm        {figures['warm_per_cpu_second']}")
    for language, row in figures["by_language"].items():
        print(
            f"  {language:<6} {row['reports']:>5} reports   {row['warm_per_cpu_second']} per CPU-second, warm"
        )
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
