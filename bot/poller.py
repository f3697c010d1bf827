"""The feed poller: fetches due feeds and their new entries' pages, and streams them to one recorder.

The network part runs on the event loop: feeds concurrently (conditional requests with ETag and Last-Modified,
Retry-After and 429 respected), and each new entry's page through the same safe fetcher as `article add`. What it
fetches goes through a bounded queue to one writer thread, which prepares and records it (`Intake.feed_items`) as it
comes, committing before it waits, so memory stays bounded however many feeds there are and no write holds the lock
while the network is slow. The bot runs `run()` in the background; `incident-bot feed poll [--once]` runs the same.

The poller has its own `AsyncIncidentDesk` (its own threads and connections): a long first poll never holds up
the bot's commands.
"""

from __future__ import annotations

import asyncio
import logging
import queue
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field

from bot import messages
from bot.feeds import Feed, PollResult
from bot.ingest.feeds import FeedEntry, FeedError, parse_feed
from bot.ingest.fetch import (
    ARTICLE_ACCEPT,
    FEED_ACCEPT,
    FEED_FORMATS,
    FetchedPage,
    FetchError,
    FetchSession,
    RateLimited,
    UrlFetcher,
)
from bot.intake import FeedItem
from bot.models import IngestOutcome
from bot.service import AsyncIncidentDesk

log = logging.getLogger(__name__)

FEEDS_AT_ONCE = 8
PAGES_AT_ONCE = 16
# Fetched entries go to the writer in batches (each hand-over between threads costs both of them), and at most
# `QUEUE_BATCHES` wait: enough to keep it busy, few enough to bound memory (256 pages).
BATCH_ITEMS = 32
QUEUE_BATCHES = 8
# How long the writer waits for the next fetched entry before it commits what it holds and waits on.
IDLE_BEFORE_COMMIT = 0.2
# How often `run()` looks for due feeds.
CHECK_SECONDS = 30.0
_END = object()


@dataclass
class PollReport:
    feeds: int = 0
    not_modified: int = 0
    failed: int = 0
    outcomes: list[IngestOutcome] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return sum(1 for o in self.outcomes if o.status in ("added", "updated"))


@dataclass(frozen=True)
class FeedAdded:
    feed: Feed | None  # None: not added, and `message` says why
    message: str
    report: PollReport = field(default_factory=PollReport)


class FeedPoller:
    def __init__(
        self,
        desk: AsyncIncidentDesk,
        fetcher: UrlFetcher,
        *,
        max_entries: int = 100,
        workers: int = 1,
    ) -> None:
        self.desk = desk
        self.fetcher = fetcher
        self.max_entries = max_entries
        self.workers = workers

    async def add(
        self,
        url: str,
        *,
        guild_id: int | None,
        channel_id: int | None,
        filter_text: str = "",
        backfill: int = 0,
        announce: bool = False,
        interval_seconds: int | None = None,
        added_by: str | None = None,
    ) -> FeedAdded:
        """`feed add`: read the feed once through the safe fetcher, store it, and read its latest `backfill`
        entries now (announced or filed silently); the rest are marked as seen. Never raises for bad input: the
        answer says what went wrong."""
        try:
            page = await self.fetcher.fetch(url, formats=FEED_FORMATS, accept=FEED_ACCEPT)
            parsed = parse_feed(page.body, page.url, page.content_type)
            feed, entries = await self.desk.write(
                lambda desk: desk.feeds.add(
                    guild_id=guild_id, channel_id=channel_id, url=url.strip(), title=parsed.title,
                    entries=parsed.entries, filter_text=filter_text, interval_seconds=interval_seconds,
                    backfill=backfill, added_by=added_by,
                )
            )  # fmt: skip
        except (FetchError, FeedError, ValueError) as error:  # FeedExists, EmptyFilter and bad values too
            return FeedAdded(None, messages.feed_could_not_add(url, str(error)))
        if entries:
            report = await self.poll([feed], silent=not announce, only={feed.id: entries})
            how = messages.feed_backfill_some(len(entries), announce)
        else:
            report = PollReport()
            how = messages.feed_backfill_none(len(parsed.entries))
        return FeedAdded(
            feed, messages.feed_added(feed.id, feed.title or url, len(parsed.entries), how), report
        )

    async def run(self, *, once: bool = False, check_seconds: float = CHECK_SECONDS) -> PollReport:
        """Poll due feeds; with `once`, one round, else until cancelled."""
        while True:
            report = await self.poll_due()
            if once:
                return report
            await asyncio.sleep(check_seconds)

    async def poll_due(self) -> PollReport:
        feeds = await self.desk.write(lambda desk: desk.feeds.claim_due())
        return await self.poll(feeds)

    async def poll(
        self, feeds: Sequence[Feed], *, silent: bool = False, only: dict[int, list[FeedEntry]] | None = None
    ) -> PollReport:
        """Poll these feeds now. `only` gives, per feed id, the entries to read (a backfill: the feed was just
        read by `feed add`, so it is not fetched again) and `silent` files them without alerts."""
        report = PollReport(feeds=len(feeds))
        if not feeds:
            return report
        loop = asyncio.get_running_loop()
        pipe: queue.Queue[object] = queue.Queue(maxsize=QUEUE_BATCHES)

        def stream(commit: Callable[[], None]) -> Iterator[FeedItem | PollResult]:
            while True:
                try:
                    # A moment's gap between pages is no reason to commit: each commit writes its pages again.
                    item = pipe.get(timeout=IDLE_BEFORE_COMMIT)
                except queue.Empty:
                    commit()  # nothing to write until the network answers: release the lock meanwhile
                    item = pipe.get()
                if item is _END:
                    return
                assert isinstance(item, list)
                yield from item

        async def put(item: object) -> None:
            try:
                pipe.put_nowait(item)
            except queue.Full:
                await loop.run_in_executor(None, pipe.put, item)

        recording = asyncio.ensure_future(
            self.desk.write(
                lambda desk: desk.intake.feed_items((), book=desk.feeds, workers=self.workers, wait=stream)
            )
        )
        feeds_at_once, pages_at_once = asyncio.Semaphore(FEEDS_AT_ONCE), asyncio.Semaphore(PAGES_AT_ONCE)

        async def one(session: FetchSession, feed: Feed) -> PollResult:
            async with feeds_at_once:
                entries = None if only is None else only.get(feed.id, [])
                return await self._poll_feed(session, feed, put, pages_at_once, entries, silent)

        try:
            # One session for the poll: a site's feed and its pages share kept-alive connections.
            async with self.fetcher.session() as session:
                results = await asyncio.gather(*(one(session, feed) for feed in feeds))
        finally:
            await put(_END)
        report.outcomes = await recording
        report.not_modified = sum(1 for r in results if r.not_modified)
        report.failed = sum(1 for r in results if r.error is not None)
        return report

    async def _poll_feed(
        self,
        session: FetchSession,
        feed: Feed,
        put: Callable[[object], Awaitable[None]],
        pages_at_once: asyncio.Semaphore,
        entries: list[FeedEntry] | None,
        silent: bool,
    ) -> PollResult:
        result = PollResult(feed)
        if entries is None:
            try:
                page = await session.fetch(
                    feed.url, formats=FEED_FORMATS, accept=FEED_ACCEPT, etag=feed.etag,
                    last_modified=feed.last_modified,
                )  # fmt: skip
                if page.status == 304:
                    result = PollResult(feed, not_modified=True)
                else:
                    parsed = parse_feed(page.body, page.url, page.content_type)
                    known = await self.desk.read(
                        lambda desk: desk.feeds.known_hashes(feed.id, [e.key for e in parsed.entries])
                    )
                    entries = [
                        e for e in parsed.entries[: self.max_entries] if known.get(e.key) != e.content_hash
                    ]
                    result = PollResult(feed, title=parsed.title, etag=page.etag, last_modified=page.last_modified,
                                        problem=parsed.problem, entries_read=len(entries))  # fmt: skip
            except RateLimited as error:
                result = PollResult(feed, error=str(error), retry_after=error.retry_after)
            except (FetchError, FeedError) as error:
                result = PollResult(feed, error=str(error))
        items: list[object] = [
            *await asyncio.gather(
                *(self._item(session, feed, e, pages_at_once, silent) for e in entries or ())
            ),
            result,
        ]
        for start in range(0, len(items), BATCH_ITEMS):
            await put(items[start : start + BATCH_ITEMS])
        return result

    async def _item(
        self,
        session: FetchSession,
        feed: Feed,
        entry: FeedEntry,
        pages_at_once: asyncio.Semaphore,
        silent: bool,
    ) -> FeedItem:
        if not entry.link:
            return FeedItem(feed.id, entry, None, None, silent)
        async with pages_at_once:
            try:
                page: FetchedPage | None = await session.fetch(entry.link, accept=ARTICLE_ACCEPT)
                return FeedItem(feed.id, entry, page, None, silent)
            except FetchError as error:
                return FeedItem(feed.id, entry, None, str(error), silent)
