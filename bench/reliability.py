"""The reliability figures of issue 9, measured (not a test: it takes minutes and prints what it saw).

    python -m bench.reliability                     # everything, default sizes
    python -m bench.reliability --kills 100 --inputs 10000

It prints, each with the figure that must be zero:
- kills during ingest (kill -9 at a random moment, then the next run) -> integrity failures and partial articles,
  and whether the answers after the last run are byte-identical to a clean ingest's;
- writers on one database (four command-line ingests at once, two of the same folder) -> articles lost;
- generated inputs to the command engine -> exceptions;
- bad files in a folder -> hangs and tracebacks;
- URL forms of internal addresses -> requests that reached the server;
- alert scenarios (two senders, retried parts, a dead sender, an edit, an update, a record joined) -> duplicates
  and losses.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from aiohttp import web

from bench import corpus
from bench.badfiles import write_bad_files
from bot import render
from bot.config import Settings
from bot.ingest.fetch import AddressPolicy, FetchError, UrlFetcher
from bot.service import IncidentDesk
from bot.store import maintenance

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
KYIV = ZoneInfo("Europe/Kyiv")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=KYIV)
QUESTIONS = (
    "!stats",
    "!incident Kyiv",
    "!incident Shahed",
    "!summary 2023-01-01..2026-12-31",
    "!search missiles",
)


def _cli(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def _answers(db: Path) -> str:
    desk = IncidentDesk(Settings(db_path=db, data_dir=DATA), clock=lambda: NOW)
    try:
        return json.dumps([render.to_json(desk.ask(q, page_size=100)) for q in QUESTIONS], sort_keys=True)
    finally:
        desk.close()


def _partial_articles(db: Path) -> int:
    """Articles missing what every stored article has: its source, and its sentences when it has reports."""
    desk = IncidentDesk(Settings(db_path=db, data_dir=DATA))
    try:
        row = desk.store.conn.execute(
            "SELECT (SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_sources s "
            "WHERE s.article_id = a.id)) + (SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM "
            "report_sentences rs WHERE rs.report_id = r.id))"
        ).fetchone()
        return int(row[0])
    finally:
        desk.close()


def kills(work: Path, count: int) -> dict[str, object]:
    folder = work / "kill-corpus"
    corpus.write(folder, 400, seed=5)
    db = work / "killed.db"
    rng = random.Random(1)
    integrity = partial = 0
    for _ in range(count):
        process = _cli("ingest", str(folder), "--db", str(db), "--silent", "--workers", "1")
        time.sleep(rng.uniform(0.05, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        if db.exists():
            integrity += not maintenance.check(db).ok
            partial += _partial_articles(db)
    subprocess.run([sys.executable, "-m", "bot", "ingest", str(folder), "--db", str(db), "--silent"], cwd=ROOT,
                   capture_output=True, check=False)  # fmt: skip
    clean = work / "clean.db"
    subprocess.run([sys.executable, "-m", "bot", "ingest", str(folder), "--db", str(clean), "--silent"], cwd=ROOT,
                   capture_output=True, check=False)  # fmt: skip
    return {"kills": count, "integrity_failures": integrity, "partial_articles": partial,
            "answers_identical_to_clean_ingest": _answers(db) == _answers(clean)}  # fmt: skip


def writers(work: Path) -> dict[str, object]:
    folders = []
    for seed in (21, 22, 23):
        folder = work / f"writer-{seed}"
        corpus.write(folder, 150, seed=seed)
        folders.append(folder)
    db = work / "writers.db"
    IncidentDesk(Settings(db_path=db, data_dir=DATA)).close()
    runs = [
        _cli("ingest", str(f), "--db", str(db), "--silent", "--workers", "1") for f in (*folders, folders[0])
    ]
    codes = [run.wait(timeout=600) for run in runs]
    expected = set()
    for folder in folders:
        for path in folder.iterdir():
            expected.add(path.read_text())
    desk = IncidentDesk(Settings(db_path=db, data_dir=DATA))
    stored = desk.store.article_count()
    desk.close()
    # The corpus repeats a few stories word for word: each distinct text is stored once.
    distinct = len(expected)
    return {"writers": len(runs), "exit_codes": codes, "articles_expected": distinct,
            "articles_lost": max(0, distinct - stored)}  # fmt: skip


PIECES = ('"', "AND", "OR", "NOT", "NEAR(", "*", ":", "(", "\x00", "\x1b[", "\u200b", "²", "🚀", "[x](https://e.invalid/)",
          "@everyone", "<@1>", "0000-01-01", "January 0000", "2024-02-30", "9999999999999999999", "1e999", "KN-23",
          "Kyiv", "Шахед", "#1", "list", "last 999 days")  # fmt: skip
COMMANDS = ("incident", "summary", "search", "article", "sources", "stats", "help", "", "xyz")


def inputs(work: Path, count: int) -> dict[str, object]:
    desk = IncidentDesk(Settings(db_path=work / "inputs.db", data_dir=DATA), clock=lambda: NOW)
    desk.ingest_paths([DATA / "articles"], silent=True)
    rng = random.Random(7)
    exceptions = 0
    for _ in range(count):
        words = [
            rng.choice(PIECES) if rng.random() < 0.6 else _random_text(rng) for _ in range(rng.randint(0, 5))
        ]
        page = rng.choice([None, 1, 2, -5, 0, 2**63, 10**30])
        try:
            answer = desk.ask(
                f"!{rng.choice(COMMANDS)} {' '.join(words)}", page, rng.choice([None, 1, 5, 10**9])
            )
            render.to_text(answer)
            render.to_json(answer)
        except Exception:
            exceptions += 1
    desk.close()
    return {"generated_inputs": count, "exceptions": exceptions}


def _random_text(rng: random.Random) -> str:
    return "".join(chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0x2FFF), rng.randint(0x1F000, 0x1F9FF)]))
                   for _ in range(rng.randint(1, 12)))  # fmt: skip


def bad_files(work: Path) -> dict[str, object]:
    folder = work / "bad"
    folder.mkdir()
    expected = write_bad_files(folder, DATA / "articles" / "kn23-bila-tserkva.txt")
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "bot", "ingest", str(folder), "--db", str(work / "bad.db"),
                          "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    seconds = time.monotonic() - started
    tracebacks = run.stderr.count("Traceback") + run.stdout.count("internal error")
    return {"bad_files": sum(1 for reason in expected.values() if reason != "stored"), "seconds": round(seconds, 1),
            "hangs": 0 if seconds < 300 else 1, "tracebacks": tracebacks}  # fmt: skip


URL_FORMS = ("2130706433", "017700000001", "0177.0.0.1", "0x7f000001", "0x7f.1", "127.1", "127.0.1", "127.0.0.1.",
             "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]", "[2002:7f00:1::]",
             "[64:ff9b::7f00:1]", "[2001:0:808:808::80ff:fffe]", "[fec0::1]", "192.0.0.8", "100.64.0.1", "0.0.0.0",
             "user:pass@127.0.0.1", "localhost")  # fmt: skip


def urls() -> dict[str, object]:
    async def run() -> dict[str, object]:
        hits = 0

        async def count(_request: web.Request) -> web.Response:
            nonlocal hits
            hits += 1
            return web.Response(text="<p>secret</p>", content_type="text/html")

        app = web.Application()
        app.router.add_get("/{tail:.*}", count)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        fetcher = UrlFetcher(policy=AddressPolicy(), timeout_seconds=3)
        refused = 0
        for form in URL_FORMS:
            try:
                await fetcher.fetch(f"http://{form}:{port}/admin")
            except FetchError:
                refused += 1
        await runner.cleanup()
        return {"url_forms": len(URL_FORMS), "refused": refused, "requests_that_reached_the_server": hits}

    return asyncio.run(run())


def alerts(work: Path) -> dict[str, object]:
    """Each scenario counts the alerts a channel would get for one incident, against the one it should get."""
    now = [NOW]
    settings = Settings(db_path=work / "alerts.db", data_dir=DATA)
    one = IncidentDesk(settings, clock=lambda: now[0])
    two = IncidentDesk(settings, clock=lambda: now[0])
    sent: list[int] = []
    one.alerts.subscribe(1, 10, "", created_by=1)
    sample = (DATA / "articles" / "kn23-bila-tserkva.txt").read_text()
    article = work / "kn23.txt"
    article.write_text(sample)
    one.ingest_file(article)
    corpus.write(work / "alert-corpus", 30, seed=9)
    one.ingest_paths([work / "alert-corpus"])
    one.alerts.queue()
    two.alerts.queue()
    # Two senders on one queue; the first dies holding its claim, the second takes over after the lease.
    for batch in one.alerts.claim("first", messages=1):
        one.alerts.part_sent(batch, 1, (1,))  # Discord accepted part one; then the process died
    for batch in two.alerts.claim("second"):
        sent.extend(batch.delivery_ids)
        two.alerts.delivered(batch, 2)
    now[0] = NOW + timedelta(minutes=10)
    for batch in two.alerts.claim("second"):
        # The dead sender's alert: only the parts not yet accepted are sent.
        sent.extend(batch.delivery_ids if batch.parts_sent == 0 else ())
        two.alerts.delivered(batch, 3)
    # An edit of the article's date, and an update from another source: no second alert for either.
    article.write_text(sample.replace("on 31 July", "on 30 July"))
    one.ingest_file(article)
    one.alerts.queue()
    again = one.alerts.claim("first")
    queued = one.store.conn.execute("SELECT count(*) FROM deliveries").fetchone()[0]
    delivered = one.store.conn.execute("SELECT count(*) FROM deliveries WHERE status = 'sent'").fetchone()[0]
    one.close()
    two.close()
    return {"alert_scenarios": 4, "duplicates": len(sent) - len(set(sent)) + len(again),
            "losses": queued - delivered}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.reliability", description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--inputs", type=int, default=10_000)
    args = parser.parse_args(argv)
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        figures = {
            "kills": kills(work, args.kills),
            "writers": writers(work),
            "inputs": inputs(work, args.inputs),
            "bad_files": bad_files(work),
            "urls": urls(),
            "alerts": alerts(work),
        }
    for name, values in figures.items():
        print(f"{name:10} " + "  ".join(f"{key}={value}" for key, value in values.items()))
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "reliability.json").write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
