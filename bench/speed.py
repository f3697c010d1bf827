"""Speed and memory at community scale, on the real code paths.

    python -m bench.speed --articles 1000 --articles 10000 --articles 100000

For each corpus size: writes a seeded synthetic corpus (bench/corpus.py), ingests it through the same path as
`incident-bot ingest` into a fresh database, then, in a separate process that only opens the database, asks at
least 1,000 varied queries of each kind (`incident` with names, aliases and typos; `summary` of days and ranges;
`search`; autocomplete) and the same words as a raw FTS5 MATCH, and reports the latency percentiles, the ratio to
raw FTS5, and that process's peak memory. Prints a table and writes JSON (bench/results/speed.json by default).

A benchmark, not a test: the figures depend on the machine. tests/test_bench.py runs it on 200 articles to prove it
works, without asserting times.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.corpus import write
from bot.config import Settings
from bot.query import fts_expression
from bot.service import IncidentDesk

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "speed.json"
TARGETS_100K = {
    "ingest_per_second": ("min", 200),
    "incident_p99_ms": ("max", 30),
    "autocomplete_p99_ms": ("max", 10),
    "summary_p99_ms": ("max", 10),
    "search_p99_ms": ("max", 50),
    "search_vs_fts5_p99": ("max", 3),
    "peak_rss_mb": ("max", 250),
    # Issue 13: pictures, exports and the web view.
    "chart_p95_ms": ("max", 500),
    "map_p95_ms": ("max", 500),
    "export_p95_ms": ("max", 1000),
    "web_incident_p95_ms": ("max", 200),
    "web_search_p95_ms": ("max", 200),
    "web_search_newest_p95_ms": ("max", 200),
}
# Issue 14: a million articles on 2 cores.
TARGETS_1M = {
    "ingest_per_second": ("min", 500),
    "reindex_per_second": ("min", 500),
    "incident_p99_ms": ("max", 20),
    "autocomplete_p99_ms": ("max", 5),
    "summary_p99_ms": ("max", 10),
    "search_vs_fts5_p99": ("max", 3),
    "peak_rss_mb": ("max", 250),
    "db_bytes_per_article": ("max", 7 * 1024),
}
_COMMON_WORDS = ("missile", "drones", "air defence", "energy", "residential building", "shelter", "power", "school",
                 "injured", "killed", "overnight", "debris", "regional administration", "heating", "air force")  # fmt: skip


def peak_rss() -> float:
    """This process's peak resident memory, MB. Not `ru_maxrss` where /proc tells: Linux keeps that across exec,
    so a probe started from the ingesting process reported the ingester's size (310 MB) as its own (189 MB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def run_size(count: int, workdir: Path, queries: int, seed: int, *, reindex: bool = False) -> dict[str, Any]:
    folder = workdir / f"corpus-{count}"
    if not folder.is_dir() or len(os.listdir(folder)) != count:
        shutil.rmtree(folder, ignore_errors=True)
        write(folder, count, seed)
    db = workdir / f"bench-{count}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    settings = replace(Settings.from_env({}), db_path=db)
    desk = IncidentDesk(settings)
    wall, cpu = time.perf_counter(), time.process_time()
    report = desk.ingest_paths([folder], silent=True)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    desk.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stats = desk.store.stats()
    reindex_seconds = None
    if reindex:
        started = time.perf_counter()
        desk.reindex()
        reindex_seconds = time.perf_counter() - started
        desk.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.close()
    size = sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())
    result: dict[str, Any] = {
        "articles": count,
        "stored": report.stored,
        "duplicates": report.count("duplicate"),
        "incidents": stats["incidents"],
        "sentences": stats["sentences"],
        "ingest_seconds": round(wall, 2),
        "ingest_per_second": round(count / wall, 1),
        "ingest_cpu_per_second": round(count / cpu, 1),
        "db_bytes": size,
        "db_bytes_per_article": round(size / count),
    }
    if reindex_seconds:
        result["reindex_seconds"] = round(reindex_seconds, 2)
        result["reindex_per_second"] = round(count / reindex_seconds, 1)
    probe = subprocess.run(
        [sys.executable, "-m", "bench.speed", "--probe", str(db), "--queries", str(queries), "--seed", str(seed)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    result.update(json.loads(probe.stdout))
    return result


def probe(db: Path, queries: int, seed: int) -> dict[str, Any]:
    """In a fresh process: open the database, answer the queries, measure latency and peak memory."""
    settings = replace(Settings.from_env({}), db_path=db)
    desk = IncidentDesk(settings)
    rng = random.Random(seed)
    used = desk.store.used_entities()
    names = [name for _, kind, name, _ in used if kind in ("weapon", "place")]
    aliases = [alias for key, _, _, _ in used for alias in desk.gazetteer.written_names(key)] or names
    first, last = desk.store.conn.execute("SELECT min(date), max(date) FROM incidents").fetchone()
    days = _days_between(first, last)

    def typo(name: str) -> str:
        if len(name) < 5:
            return name
        i = rng.randrange(1, len(name) - 1)
        return name[:i] + name[i + 1 :]

    incident_queries = [
        rng.choice((rng.choice(names), rng.choice(aliases), typo(rng.choice(names)), f"{rng.choice(names)} {rng.choice(names)}"))
        for _ in range(queries)
    ]  # fmt: skip
    summary_queries = []
    for _ in range(queries):
        day = rng.choice(days)
        if rng.random() < 0.5:
            summary_queries.append(day)
        else:
            end = days[min(len(days) - 1, days.index(day) + rng.randint(1, 7))]
            summary_queries.append(f"{day}..{end}")
    search_queries = [rng.choice((rng.choice(_COMMON_WORDS), rng.choice(names))) for _ in range(queries)]
    prefixes = [rng.choice(aliases)[: rng.randint(1, 6)] for _ in range(queries)]

    # Warm the caches once, as a running bot would be.
    desk.ask("!incident KN-23")
    desk.autocomplete("k")
    latencies = {
        "incident": [timed(lambda q=q: desk.ask(f"!incident {q}")) for q in incident_queries],
        "summary": [timed(lambda q=q: desk.ask(f"!summary {q}")) for q in summary_queries],
        "search": [timed(lambda q=q: desk.ask(f"!search {q}")) for q in search_queries],
        "autocomplete": [timed(lambda q=q: desk.autocomplete(q)) for q in prefixes],
    }
    # The bot's own peak: the baselines below sort every match of a common word (bm25) in this process too.
    peak_rss_mb = peak_rss()
    # The floor: the same newest-first page as a bare FTS5 MATCH, with nothing around it. For context, the
    # bm25-ranked page (what `ORDER BY rank` would cost), on a tenth of the queries.
    raw_sql = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rowid DESC LIMIT 5"
    ranked_sql = "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank LIMIT 5"
    conn = desk.store.conn
    ranked = [
        timed(lambda q=q: conn.execute(ranked_sql, [fts_expression(q) or '""']).fetchall())
        for q in search_queries[: max(10, queries // 10)]
    ]
    raw = {
        kind: [
            timed(lambda q=q: conn.execute(raw_sql, [fts_expression(q) or '""']).fetchall()) for q in texts
        ]
        for kind, texts in (("incident", incident_queries), ("search", search_queries))
    }
    result: dict[str, Any] = {}
    for kind, values in latencies.items():
        for share, label in ((0.5, "p50"), (0.95, "p95"), (0.99, "p99")):
            result[f"{kind}_{label}_ms"] = round(percentile(values, share), 3)
        result[f"{kind}_queries"] = len(values)
    for kind, values in raw.items():
        result[f"{kind}_fts5_p50_ms"] = round(percentile(values, 0.5), 3)
        result[f"{kind}_fts5_p99_ms"] = round(percentile(values, 0.99), 3)
        result[f"{kind}_vs_fts5_p50"] = round(
            result[f"{kind}_p50_ms"] / max(result[f"{kind}_fts5_p50_ms"], 1e-3), 2
        )
        result[f"{kind}_vs_fts5_p99"] = round(
            result[f"{kind}_p99_ms"] / max(result[f"{kind}_fts5_p99_ms"], 1e-3), 2
        )
    result["search_bm25_p50_ms"] = round(percentile(ranked, 0.5), 3)
    result["peak_rss_mb"] = peak_rss_mb
    result["peak_rss_mb_with_baselines"] = peak_rss()
    result.update(_files_and_web(desk, db, rng, days, names, samples=min(30, max(3, queries // 30))))
    desk.close()
    return result


def _files_and_web(
    desk: IncidentDesk, db: Path, rng: random.Random, days: list[str], names: list[str], *, samples: int
) -> dict[str, Any]:
    """Issue 13's figures: a chart and a map of a year, an export of a month (each question different, so the file
    cache never answers), and the web view's incident page and search (Datasette, through its own client)."""
    import asyncio

    years = sorted({day[:4] for day in days})
    months = sorted({day[:7] for day in days})
    weapons = [
        n for n in names if desk.gazetteer.lookup(n) and desk.gazetteer.lookup(n)[0].kind.value == "weapon"
    ]
    weapons = sorted(set(weapons)) or ["Shahed-136"]
    figures = {
        "chart": [timed(lambda w=w, y=y: desk.ask(f"!chart {w} {y}")) for w in weapons[:10] for y in years][
            :samples
        ],
        "map": [timed(lambda w=w, y=y: desk.ask(f"!map {y} {w}")) for w in weapons[:10] for y in years][
            :samples
        ],
        "export": [
            timed(lambda m=m: desk.ask(f"!export {m} --format csv"))
            for m in rng.sample(months, min(samples, 20, len(months)))
        ],
    }
    result: dict[str, Any] = {}
    for kind, values in figures.items():
        result[f"{kind}_p95_ms"] = round(percentile(values, 0.95), 1)
    import httpx

    from bot.web import application

    name = db.stem
    # The app `incident-bot web` serves, through its own ASGI interface.
    web = httpx.AsyncClient(transport=httpx.ASGITransport(app=application(db)), base_url="http://web.test")
    pages = samples * 5 // 3  # 50 of each at the full benchmark's 1,000 queries
    ids = [
        int(r[0])
        for r in desk.store.conn.execute("SELECT id FROM incidents ORDER BY random() LIMIT ?", [pages])
    ]
    words = [rng.choice(_COMMON_WORDS) for _ in range(pages)]

    async def pages() -> dict[str, list[float]]:
        await web.get(f"/{name}/incidents/1")  # warm up
        timings: dict[str, list[float]] = {"web_incident": [], "web_search": [], "web_search_newest": []}
        for incident_id in ids:
            start = time.perf_counter()
            response = await web.get(f"/{name}/incidents/{incident_id}")
            timings["web_incident"].append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        for word in words:
            start = time.perf_counter()
            response = await web.get(f"/{name}/sentences", params={"_search": word})
            timings["web_search"].append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
            start = time.perf_counter()
            response = await web.get(f"/{name}/search", params={"words": word})
            timings["web_search_newest"].append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        return timings

    for kind, values in asyncio.run(pages()).items():
        result[f"{kind}_p95_ms"] = round(percentile(values, 0.95), 1)
    return result


def _days_between(first: str | None, last: str | None) -> list[str]:
    from datetime import date, timedelta

    if not first or not last:
        return ["2024-01-01"]
    start, end = date.fromisoformat(first), date.fromisoformat(last)
    return [(start + timedelta(days=n)).isoformat() for n in range((end - start).days + 1)]


ROWS = (
    ("ingest_per_second", "ingest, articles/s"),
    ("ingest_cpu_per_second", "ingest, articles/CPU-s"),
    ("db_bytes_per_article", "database, bytes/article"),
    ("incidents", "incidents"),
    ("incident_p50_ms", "incident p50 ms"),
    ("incident_p95_ms", "incident p95 ms"),
    ("incident_p99_ms", "incident p99 ms"),
    ("summary_p50_ms", "summary p50 ms"),
    ("summary_p95_ms", "summary p95 ms"),
    ("summary_p99_ms", "summary p99 ms"),
    ("search_p50_ms", "search p50 ms"),
    ("search_p95_ms", "search p95 ms"),
    ("search_p99_ms", "search p99 ms"),
    ("search_fts5_p50_ms", "raw FTS5 page p50 ms"),
    ("search_fts5_p99_ms", "raw FTS5 page p99 ms"),
    ("search_bm25_p50_ms", "raw FTS5 bm25 page p50 ms"),
    ("search_vs_fts5_p50", "search / raw FTS5 (p50)"),
    ("search_vs_fts5_p99", "search / raw FTS5 (p99)"),
    ("autocomplete_p50_ms", "autocomplete p50 ms"),
    ("autocomplete_p95_ms", "autocomplete p95 ms"),
    ("autocomplete_p99_ms", "autocomplete p99 ms"),
    ("peak_rss_mb", "peak RSS MB (query process)"),
    ("reindex_per_second", "reindex, articles/s"),
    ("chart_p95_ms", "chart of a year p95 ms"),
    ("map_p95_ms", "map of a year p95 ms"),
    ("export_p95_ms", "export of a month p95 ms"),
    ("web_incident_p95_ms", "web: incident page p95 ms"),
    ("web_search_p95_ms", "web: search p95 ms"),
    ("web_search_newest_p95_ms", "web: search, newest first p95 ms"),
)


def table(results: list[dict[str, Any]]) -> str:
    width = max(len(label) for _, label in ROWS)
    lines = [" ".join([f"{'':<{width}}", *(f"{r['articles']:>12,}" for r in results)])]
    for key, label in ROWS:
        lines.append(" ".join([f"{label:<{width}}", *(f"{r.get(key, ''):>12}" for r in results)]))
    by_size = {r["articles"]: r for r in results}
    for small, large in ((10_000, 100_000), (100_000, 1_000_000)):
        if small in by_size and large in by_size:
            lines.append("")
            for kind in ("incident", "summary", "search", "autocomplete"):
                growth = by_size[large][f"{kind}_p99_ms"] / max(by_size[small][f"{kind}_p99_ms"], 1e-3)
                lines.append(f"{kind} p99 growth {small:,} -> {large:,}: {growth:.2f}x "
                             f"({'met' if growth <= 2 else 'NOT met'}, target <= 2x)")  # fmt: skip
    for size, targets in ((100_000, TARGETS_100K), (1_000_000, TARGETS_1M)):
        if size in by_size:
            lines.append("")
            for key, (way, target) in targets.items():
                value = by_size[size].get(key)
                if value is None:
                    continue
                met = value >= target if way == "min" else value <= target
                lines.append(
                    f"target at {size:,}: {key} {value} ({'met' if met else 'NOT met'}, {way} {target})"
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, action="append", help="corpus size (repeatable)")
    parser.add_argument("--queries", type=int, default=1000, help="queries of each kind (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--workdir", type=Path, help="where corpora and databases go (default: a temp folder)"
    )
    parser.add_argument(
        "--json", type=Path, default=RESULTS, help=f"where to write the figures (default {RESULTS})"
    )
    parser.add_argument("--reindex", action="store_true", help="also time `reindex` of each database")
    parser.add_argument("--probe", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe:
        json.dump(probe(args.probe, args.queries, args.seed), sys.stdout)
        return 0
    sizes = args.articles or [1000]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="incident-bench-"))
    results = []
    for count in sizes:
        print(f"{count:,} articles: generating, ingesting, querying...", file=sys.stderr, flush=True)
        results.append(run_size(count, workdir, args.queries, args.seed, reindex=args.reindex))
    print(table(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {"results": results, "targets_at_100k": TARGETS_100K, "targets_at_1m": TARGETS_1M}, indent=2
        )
        + "\n"
    )
    print(f"\nfigures written to {args.json}", file=sys.stderr)
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
