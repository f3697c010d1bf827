"""Many processes on one database (issue 9): two command-line ingests, a reader and two alert senders at once.
Every article is stored, nothing fails, every alert is sent once."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime
from multiprocessing.synchronize import Event
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bench import corpus
from bot.config import Settings
from bot.service import IncidentDesk

from .conftest import DATA, ROOT

KYIV = ZoneInfo("Europe/Kyiv")
ARTICLES_PER_FOLDER = 60


def _cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _reader(db: str, stop: Event, out: multiprocessing.Queue[str]) -> None:
    desk = IncidentDesk(Settings(db_path=Path(db), data_dir=DATA))
    problems = 0
    asked = 0
    while not stop.is_set():
        for question in ("!stats", "!search missiles", "!summary 2023-01-01..2026-12-31", "!incident Kyiv"):
            try:
                desk.ask(question)
            except Exception:  # a reader must never fail while others write
                problems += 1
            asked += 1
    desk.close()
    out.put(json.dumps({"asked": asked, "problems": problems}))


def _sender(db: str, name: str, stop: Event, out: multiprocessing.Queue[str]) -> None:
    """What the bot's poller does: queue alerts, claim them, 'send' them (record what was sent), mark them sent."""
    desk = IncidentDesk(Settings(db_path=Path(db), data_dir=DATA), clock=lambda: datetime.now(KYIV))
    sent: list[int] = []
    while not stop.is_set():
        desk.alerts.queue()
        for batch in desk.alerts.claim(name):
            sent.extend(batch.delivery_ids)
            desk.alerts.delivered(batch, 1)
        time.sleep(0.05)
    desk.close()
    out.put(json.dumps({"sender": name, "sent": sent}))


def test_two_ingests_a_reader_and_two_senders_on_one_database(tmp_path: Path) -> None:
    db = str(tmp_path / "shared.db")
    first, second = tmp_path / "a", tmp_path / "b"
    corpus.write(first, ARTICLES_PER_FOLDER, seed=11)
    corpus.write(second, ARTICLES_PER_FOLDER, seed=12)
    # The database exists with a subscription for every incident before anything arrives.
    setup = IncidentDesk(Settings(db_path=Path(db), data_dir=DATA), clock=lambda: datetime.now(KYIV))
    setup.alerts.subscribe(1, 10, "", created_by=1)
    setup.close()

    context = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue[str] = context.Queue()
    stop = context.Event()
    helpers = [
        context.Process(target=_reader, args=(db, stop, results)),
        context.Process(target=_sender, args=(db, "one", stop, results)),
        context.Process(target=_sender, args=(db, "two", stop, results)),
    ]
    for helper in helpers:
        helper.start()
    ingests = [
        _cli("ingest", str(folder), "--db", db, "--json", "--workers", "1") for folder in (first, second)
    ]
    outputs = [process.communicate(timeout=240) for process in ingests]
    codes = [process.returncode for process in ingests]
    time.sleep(1.5)  # the senders' last polls
    stop.set()
    reports = [json.loads(results.get(timeout=120)) for _ in helpers]
    for helper in helpers:
        helper.join(timeout=60)

    assert codes == [0, 0], [err[-500:] for _, err in outputs]
    files = [row for out, _ in outputs for row in json.loads(out)["files"]]
    # The corpus holds a few exact copies of a story: stored once, reported as duplicates; nothing failed.
    assert set(Counter(row["status"] for row in files)) <= {"added", "duplicate"}
    desk = IncidentDesk(Settings(db_path=Path(db), data_dir=DATA))
    stored = desk.store.article_count()
    queued = desk.store.conn.execute("SELECT count(*), sum(status = 'sent') FROM deliveries").fetchone()
    desk.close()
    assert stored == sum(1 for row in files if row["status"] == "added")
    reader = next(r for r in reports if "asked" in r)
    assert reader["problems"] == 0
    assert reader["asked"] > 0
    sent = [i for r in reports if "sent" in r for i in r["sent"]]
    # Every queued alert went out, and none twice, though two senders polled the same queue.
    assert len(sent) == len(set(sent)) == queued[0] == queued[1]
    assert queued[0] > 0


def test_an_ingest_that_cannot_get_the_lock_says_so_and_exits_non_zero(tmp_path: Path) -> None:
    db = tmp_path / "locked.db"
    IncidentDesk(Settings(db_path=db, data_dir=DATA)).close()
    corpus.write(tmp_path / "in", 3, seed=3)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "held"
    try:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DB_BUSY_TIMEOUT_SECONDS": "0.5"}
        run = subprocess.run(
            [sys.executable, "-m", "bot", "ingest", str(tmp_path / "in"), "--db", str(db)],
            cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
        )  # fmt: skip
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert run.returncode == 2
    assert "the database stayed locked by another process; nothing more was written (try again)" in run.stdout


@pytest.mark.parametrize("workers", [1, 2])
def test_parallel_and_serial_ingests_give_the_same_answers(tmp_path: Path, workers: int) -> None:
    folder = tmp_path / "in"
    corpus.write(folder, 80, seed=21)
    answers = []
    for run in ("serial", f"workers-{workers}"):
        desk = IncidentDesk(Settings(db_path=tmp_path / f"{run}.db", data_dir=DATA), clock=lambda: NOW_FIXED)
        report = desk.ingest_paths([folder], workers=1 if run == "serial" else workers)
        assert report.count("failed") == 0
        answers.append(
            [desk.ask(q, page_size=100).message for q in ("!stats", "!summary 2023-01-01..2026-12-31")]
            + [str(desk.ask("!summary 2023-01-01..2026-12-31", page_size=100).incidents)]
        )
        desk.close()
    assert answers[0] == answers[1]


NOW_FIXED = datetime(2026, 11, 25, 12, 0, tzinfo=KYIV)
