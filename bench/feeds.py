"""Feed polling at scale (issue 11): 200 feeds of 50 entries each, with their article pages, from a news site on
loopback in another process.

    python -m bench.feeds                      # 200 x 50, workers: one per core
    python -m bench.feeds --feeds 20 --entries 10
    python -m bench.feeds --repeat 3           # alternated three times, with the medians (the machine is noisy)

Prints: the first poll (every entry new: feeds fetched, 10,000 pages fetched, read and recorded) in seconds and
entries per second; the same articles ingested from files with the same number of workers, for comparison; the
second poll (every feed answers 304 Not Modified) in seconds; the CPU time each run took in this process and in its
workers; and the polling process's peak memory (and its worker processes'). Targets: the first poll at least as fast as file ingest, the second under 5 s, under 250 MB.
A benchmark, not a test: tests/test_feeds.py proves the behaviour; this measures it.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import resource
import shutil
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.corpus import articles
from bench.feedserver import FeedSite, rss
from bot.config import Settings
from bot.ingest.fetch import AddressPolicy, UrlFetcher
from bot.poller import FeedPoller
from bot.service import AsyncIncidentDesk, IncidentDesk

DATA = Path(__file__).resolve().parent.parent / "data"
START = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Europe/Kyiv"))


def corpus(feeds: int, entries: int) -> list[list[str]]:
    """The articles of each feed, from the seeded benchmark corpus."""
    texts = [text for _, text in articles(feeds * entries, seed=11)]
    return [texts[i * entries : (i + 1) * entries] for i in range(feeds)]


def serve(feeds: int, entries: int, port: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    """The news site, in its own process: feeds at /feed/N.xml, articles at /a/N/M.txt."""

    async def main() -> None:
        site = FeedSite()
        for number, texts in enumerate(corpus(feeds, entries)):
            items = []
            for index, text in enumerate(texts):
                link = f"/a/{number}/{index}.txt"
                title = text.split("\n", 2)[1] if text.count("\n") > 1 else text[:60]
                items.append({"title": title.replace("&", "and"), "link": link, "guid": f"f{number}-{index}",
                              "date": "Mon, 30 Nov 2026 10:00:00 +0000", "description": "Report"})  # fmt: skip
                site.put(link, text, "text/plain; charset=utf-8")
            site.put(f"/feed/{number}.xml", rss(f"Feed {number}", items), "application/rss+xml")
        await site.start()
        # Links in the feeds are relative: feedparser resolves them against the feed's address.
        port.put(site.port)
        await asyncio.Event().wait()

    asyncio.run(main())


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


async def poll_twice(
    settings: Settings, base: str, feeds: int, workers: int
) -> tuple[float, int, int, float, int]:
    """The first poll's seconds, entries recorded and articles stored (an entry whose report another feed
    already brought is recorded as that article's), and the second poll's seconds and feeds unchanged."""
    clock = Clock()
    fetcher = UrlFetcher(policy=AddressPolicy(allow_private=True), timeout_seconds=30)
    desk = AsyncIncidentDesk(settings, clock=clock, fetcher=fetcher)
    poller = FeedPoller(desk, fetcher, max_entries=100, workers=workers)
    try:
        for number in range(feeds):
            await desk.write(
                lambda d, number=number: d.feeds.add(  # type: ignore[misc]
                    guild_id=None,
                    channel_id=None,
                    url=f"{base}/feed/{number}.xml",
                    title=f"Feed {number}",
                    entries=[],
                )
            )
        clock.now += timedelta(hours=1)
        started = time.perf_counter()
        first = await poller.poll_due()
        first_seconds = time.perf_counter() - started
        clock.now += timedelta(hours=1)
        started = time.perf_counter()
        second = await poller.poll_due()
        second_seconds = time.perf_counter() - started
        return first_seconds, len(first.outcomes), first.articles, second_seconds, second.not_modified
    finally:
        await desk.close()


def cpu_seconds(pid: int | None) -> float:
    """User and system CPU time of a process (Linux), to say how much of the machine the site itself took."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_cpu() -> tuple[float, float]:
    """User and system CPU seconds of this process and of its finished children (the workers): the two cores are
    shared, so the network's share of the work shows here."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def ingest_files(settings: Settings, folder: Path, workers: int) -> tuple[float, int]:
    desk = IncidentDesk(settings, clock=lambda: START)
    try:
        started = time.perf_counter()
        report = desk.ingest_paths([folder], silent=True, workers=workers)
        return time.perf_counter() - started, report.stored
    finally:
        desk.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--repeat", type=int, default=1, help="polls and file ingests, alternated, each into a new database"
    )
    args = parser.parse_args()
    ports: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    server = multiprocessing.Process(target=serve, args=(args.feeds, args.entries, ports), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=120)}"
    work = Path(tempfile.mkdtemp(prefix="bench-feeds-"))
    peak = workers_peak = 0.0
    polls: list[float] = []
    ingests: list[float] = []
    try:
        folder = work / "articles"
        folder.mkdir()
        for number, texts in enumerate(corpus(args.feeds, args.entries)):
            for index, text in enumerate(texts):
                (folder / f"{number:03d}-{index:03d}.txt").write_text(text, encoding="utf-8")
        for run in range(args.repeat):
            settings = Settings(db_path=work / f"feeds{run}.db", data_dir=DATA, allow_private_urls=True)
            site_before = cpu_seconds(server.pid)
            cpu_before = process_cpu()
            first, entries, read, second, unchanged = asyncio.run(
                poll_twice(settings, base, args.feeds, args.workers)
            )
            poll_cpu = tuple(after - before for after, before in zip(process_cpu(), cpu_before, strict=True))
            site_cpu = cpu_seconds(server.pid) - site_before
            if run == 0:
                # (Before any file ingest in this process: the poller's own peak.)
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            files = Settings(db_path=work / f"files{run}.db", data_dir=DATA)
            cpu_before = process_cpu()
            file_seconds, stored = ingest_files(files, folder, args.workers)
            file_cpu = tuple(after - before for after, before in zip(process_cpu(), cpu_before, strict=True))
            polls.append(entries / first)
            ingests.append(stored / file_seconds)
            _report(
                args,
                first,
                entries,
                read,
                file_seconds,
                stored,
                second,
                unchanged,
                poll_cpu,
                file_cpu,
                site_cpu,
            )
    finally:
        server.terminate()
        shutil.rmtree(work, ignore_errors=True)
    if args.repeat > 1:
        print(
            f"median of {args.repeat}: first poll {statistics.median(polls):.1f} entries/s, from files "
            f"{statistics.median(ingests):.1f} files/s (poll/files per run: "
            f"{', '.join(f'{p / i:.2f}' for p, i in zip(polls, ingests, strict=True))})"
        )
    print(f"peak memory                {peak:8.0f} MB poller process, {workers_peak:.0f} MB largest worker")
    return 0


def _report(
    args: argparse.Namespace,
    first: float,
    entries: int,
    read: int,
    file_seconds: float,
    stored: int,
    second: float,
    unchanged: int,
    poll_cpu: tuple[float, ...],
    file_cpu: tuple[float, ...],
    site_cpu: float,
) -> None:
    total = args.feeds * args.entries
    print(f"feeds x entries            {args.feeds} x {args.entries} = {total:,} (workers: {args.workers})")
    print(
        f"first poll                 {first:8.1f} s  {entries:,} entries ({read:,} articles)  "
        f"{entries / first:8.1f} entries/s"
    )
    print(
        f"the same, from files       {file_seconds:8.1f} s  {stored:,} articles  {stored / file_seconds:8.1f} files/s"
    )
    print(f"second poll (all 304)      {second:8.2f} s  {unchanged} feeds unchanged")
    print(
        f"CPU, first poll            {poll_cpu[0]:8.1f} s in this process, {poll_cpu[1]:.1f} s in its workers "
        f"(files: {file_cpu[0]:.1f} s and {file_cpu[1]:.1f} s)"
    )
    print(
        f"the loopback site's CPU    {site_cpu:8.1f} s  (serving the polls, on the same {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
