"""The facade both front ends use: intake composed with recording, questions, alerts and guild data.

`IncidentDesk` is the synchronous core, one database connection. Adding articles is two steps (issue 11):
intake (`bot.ingest`: files, bytes, URLs, records, feed entries) prepares each article, parsing and extracting
without the write lock, in worker processes for large folders (issue 14); the recorder (`bot.incidents`) then
writes them in short write transactions, committed every half second or so, so that another process (the bot,
a second ingest, the feed poller) never waits long for the lock (issue 9). The desk owns URL fetching, so the
Discord adapter never reaches into intake.

`AsyncIncidentDesk` is the one async boundary (datasette's `execute_fn` idea): writes run on one thread and reads
on another, each with its own connection to the WAL database, so neither SQLite nor extraction ever blocks the
event loop, and a long ingest never holds up a reader.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path, PurePath
from typing import TypeVar
from zoneinfo import ZoneInfo

from bot import messages
from bot.alerts import AlertBatch, AlertBook, FailureOutcome, Subscription
from bot.config import Settings
from bot.extract.gazetteer import Gazetteer
from bot.feeds import FeedBook
from bot.guilds import Actor, AuditPage, GuildBook, GuildConfig, Removal
from bot.incidents import Recorder, RecordOptions
from bot.ingest.fetch import AddressPolicy, FetchError, UrlFetcher
from bot.ingest.parse import ARTICLE_SUFFIXES
from bot.intake import Intake, Progress
from bot.models import Answer, IngestOutcome, IngestReport, Owner, Question
from bot.query import Page, QueryEngine
from bot.store.base import RollingWrite
from bot.store.store import Store

T = TypeVar("T")
Clock = Callable[[], datetime]


def fetcher_for(settings: Settings) -> UrlFetcher:
    return UrlFetcher(
        timeout_seconds=settings.fetch_timeout_seconds,
        max_bytes=settings.fetch_max_bytes,
        policy=AddressPolicy(allow_private=settings.allow_private_urls),
    )


class IncidentDesk:
    def __init__(
        self,
        settings: Settings,
        *,
        store: Store | None = None,
        gazetteer: Gazetteer | None = None,
        clock: Clock | None = None,
        fetcher: UrlFetcher | None = None,
    ) -> None:
        self.settings = settings
        zone = ZoneInfo(settings.timezone)
        self.clock: Clock = clock or (lambda: datetime.now(zone))
        self.gazetteer = gazetteer or Gazetteer.load(settings.data_dir)
        self.store = store or Store.open(
            settings.db_path, busy_timeout_seconds=settings.db_busy_timeout_seconds
        )
        self.fetcher = fetcher or fetcher_for(settings)
        self.recorder = Recorder(self.store, self.gazetteer, clock=self.clock)
        self.intake = Intake(settings, self.gazetteer, self.recorder, clock=self.clock)
        self.engine = QueryEngine(
            self.store, self.gazetteer, today=self.today, prefix=settings.command_prefix
        )
        self.alerts = AlertBook(
            self.store,
            self.engine,
            self.gazetteer,
            clock=self.clock,
            digest_threshold=settings.alert_digest_threshold,
        )
        self.guilds = GuildBook(self.store, clock=self.clock, default_moderator_role=settings.moderator_role)
        self.feeds = FeedBook(
            self.store,
            self.alerts,
            clock=self.clock,
            default_interval=settings.feed_interval_seconds,
            pause_after=settings.feed_pause_after_failures,
        )

    def today(self) -> date:
        return self.clock().date()

    def ask(self, text: str, page: int | None = None, page_size: int | None = None) -> Answer:
        return self.engine.ask(text, page, page_size)

    def answer(self, question: Question, page: int | None = None, page_size: int | None = None) -> Answer:
        return self.engine.answer(question, page, page_size)

    def autocomplete(self, prefix: str, limit: int = 25) -> list[tuple[str, str]]:
        return self.engine.autocomplete(prefix, limit)

    # ---- adding and removing articles ---------------------------------------------------------------------

    def ingest_paths(
        self,
        paths: Iterable[Path],
        *,
        silent: bool = False,
        progress: Progress | None = None,
        workers: int | None = None,
    ) -> IngestReport:
        """Files and folders (articles and records CSVs); `workers` processes prepare them (default: one per
        core for large folders)."""
        return self.intake.paths(list(paths), silent=silent, progress=progress, workers=workers)

    def reindex(self, *, progress: Progress | None = None, workers: int | None = None) -> IngestReport:
        """Read every stored article again with the current code (after an upgrade, or an alias added)."""
        return self.intake.reindex(progress=progress, workers=workers)

    def ingest_file(self, path: Path, *, silent: bool = False) -> IngestOutcome:
        return self.ingest_paths([path], silent=silent, workers=1).outcomes[0]

    def import_records(self, path: Path, *, silent: bool = True) -> IngestReport:
        return self.intake.records(path, silent=silent)

    def ingest_bytes(
        self,
        raw: bytes,
        *,
        name: str,
        url: str | None = None,
        fmt: str | None = None,
        owner: Owner | None = None,
        added_by: str | None = None,
        silent: bool = False,
    ) -> IngestOutcome:
        options = RecordOptions(owner=owner or Owner(), added_by=added_by, silent=silent)
        return self.intake.document(raw, name=name, url=url, fmt=fmt, options=options)

    def ingest_attachment(
        self, raw: bytes, *, filename: str, size: int, owner: Owner, added_by: str | None
    ) -> IngestOutcome:
        """A file attached in Discord: refused politely unless it is an article file within the size limit."""
        suffix = PurePath(filename).suffix.lower()
        if suffix not in ARTICLE_SUFFIXES:
            return IngestOutcome(filename, "failed", message=messages.wrong_file(filename))
        if size > self.settings.max_article_bytes:
            return IngestOutcome(
                filename, "failed", message=messages.too_large_file(size, self.settings.max_article_bytes)
            )
        return self.ingest_bytes(raw, name=filename, owner=owner, added_by=added_by)

    async def fetch_and_ingest(
        self, url: str, *, owner: Owner | None = None, added_by: str | None = None, silent: bool = False
    ) -> IngestOutcome:
        """Fetch a page through the safe fetcher, then ingest it (on this thread: call from a writer)."""
        try:
            page = await self.fetcher.fetch(url)
        except FetchError as error:
            return IngestOutcome(url, "failed", message=messages.fetch_failed_for(url, str(error)))
        return self.ingest_bytes(
            page.body,
            name=page.url,
            url=page.url,
            fmt=page.format,
            owner=owner,
            added_by=added_by,
            silent=silent,
        )

    def ingest_url(self, url: str, *, silent: bool = False) -> IngestOutcome:
        """The command line's `ingest URL`: the same fetcher, the same address rules, as the bot."""
        return asyncio.run(self.fetch_and_ingest(url, silent=silent))

    def remove_article(self, article_id: int, *, owner: Owner | None = None) -> Removal:
        """Remove an article; with `owner`, only one that owner added (a guild removes only its own)."""
        with RollingWrite(self.store) as writer, writer.unit():
            stored = self.store.stored_article(article_id)
            if stored is None:
                return Removal.MISSING
            if owner is not None and stored.owner != owner.key:
                return Removal.NOT_THIS_GUILD
            self.recorder.remove(article_id)
        return Removal.REMOVED

    def close(self) -> None:
        self.store.close()


class AsyncIncidentDesk:
    """Async access for the Discord bot: every call runs on the reader or the writer thread."""

    def __init__(
        self,
        settings: Settings,
        *,
        gazetteer: Gazetteer | None = None,
        clock: Clock | None = None,
        fetcher: UrlFetcher | None = None,
    ) -> None:
        self.settings = settings
        self.gazetteer = gazetteer or Gazetteer.load(settings.data_dir)
        self._clock = clock
        self.fetcher = fetcher or fetcher_for(settings)
        # Create and migrate the database once, before the reader and the writer threads open their own
        # connections (connect() also migrates under a write lock, for other processes).
        Store.open(settings.db_path).close()
        self._local = threading.local()
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="incident-desk-read")
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="incident-desk-write")

    def sibling(self) -> AsyncIncidentDesk:
        """Another desk on the same database, with threads and connections of its own: for a long-running writer
        (the feed poller) that must not hold up this one's."""
        return AsyncIncidentDesk(
            self.settings, gazetteer=self.gazetteer, clock=self._clock, fetcher=self.fetcher
        )

    def _desk(self) -> IncidentDesk:
        desk: IncidentDesk | None = getattr(self._local, "desk", None)
        if desk is None:
            desk = IncidentDesk(
                self.settings, gazetteer=self.gazetteer, clock=self._clock, fetcher=self.fetcher
            )
            self._local.desk = desk
        return desk

    async def read(self, fn: Callable[[IncidentDesk], T]) -> T:
        return await self._run(self._reader, fn)

    async def write(self, fn: Callable[[IncidentDesk], T]) -> T:
        return await self._run(self._writer, fn)

    async def _run(self, pool: ThreadPoolExecutor, fn: Callable[[IncidentDesk], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(pool, functools.partial(self._call, fn))

    def _call(self, fn: Callable[[IncidentDesk], T]) -> T:
        return fn(self._desk())

    async def ask(self, text: str, page: int | None = None, page_size: int | None = None) -> Answer:
        return await self.read(lambda desk: desk.ask(text, page, page_size))

    async def answer(
        self, question: Question, page: int | None = None, page_size: int | None = None
    ) -> Answer:
        return await self.read(lambda desk: desk.answer(question, page, page_size))

    async def autocomplete(self, prefix: str, limit: int = 25) -> list[tuple[str, str]]:
        return await self.read(lambda desk: desk.autocomplete(prefix, limit))

    async def ingest_bytes(self, raw: bytes, **options: object) -> IngestOutcome:
        return await self.write(lambda desk: desk.ingest_bytes(raw, **options))  # type: ignore[arg-type]

    async def ingest_attachment(
        self, raw: bytes, *, filename: str, size: int, owner: Owner, added_by: str | None
    ) -> IngestOutcome:
        return await self.write(
            lambda desk: desk.ingest_attachment(
                raw, filename=filename, size=size, owner=owner, added_by=added_by
            )
        )

    async def add_url(self, url: str, *, owner: Owner, added_by: str | None) -> IngestOutcome:
        """Fetch on the event loop (the fetcher is async), then record on the writer thread."""
        try:
            page = await self.fetcher.fetch(url)
        except FetchError as error:
            return IngestOutcome(url, "failed", message=messages.fetch_failed_for(url, str(error)))
        return await self.write(
            lambda desk: desk.ingest_bytes(
                page.body, name=page.url, url=page.url, fmt=page.format, owner=owner, added_by=added_by
            )
        )

    async def ingest_paths(self, paths: list[Path], *, silent: bool = False) -> IngestReport:
        return await self.write(lambda desk: desk.ingest_paths(paths, silent=silent, workers=1))

    async def remove_article(self, article_id: int, *, owner: Owner | None = None) -> Removal:
        return await self.write(lambda desk: desk.remove_article(article_id, owner=owner))

    async def article_title(self, article_id: int) -> str:
        return await self.read(lambda desk: desk.engine.article_title(article_id))

    # ---- guilds: settings, audit log ----------------------------------------------------------------------

    async def guild_config(self, guild_id: int) -> GuildConfig:
        return await self.read(lambda desk: desk.guilds.config(guild_id))

    async def set_moderator_role(self, guild_id: int, role: str | None) -> GuildConfig:
        return await self.write(lambda desk: desk.guilds.set_moderator_role(guild_id, role))

    async def record_audit(
        self, actor: Actor, action: str, target: str, outcome: str, detail: str = ""
    ) -> int:
        return await self.write(lambda desk: desk.guilds.record(actor, action, target, outcome, detail))

    async def audit_log(self, guild_id: int, page: int, page_size: int) -> AuditPage:
        return await self.read(lambda desk: desk.guilds.audit_log(guild_id, Page.of(page, page_size)))

    # ---- alerts -------------------------------------------------------------------------------------------

    async def subscribe(
        self, guild_id: int, channel_id: int, text: str, created_by: int | None
    ) -> tuple[Subscription, Subscription | None]:
        return await self.write(lambda desk: desk.alerts.subscribe(guild_id, channel_id, text, created_by))

    async def unsubscribe(self, guild_id: int, channel_id: int) -> bool:
        return await self.write(lambda desk: desk.alerts.unsubscribe(guild_id, channel_id))

    async def subscriptions(self, guild_id: int) -> list[Subscription]:
        return await self.read(lambda desk: desk.alerts.subscriptions(guild_id))

    async def queue_alerts(self) -> int:
        return await self.write(lambda desk: desk.alerts.queue())

    async def claim_alerts(self, token: str, *, messages: int | None = None) -> list[AlertBatch]:
        return await self.write(lambda desk: desk.alerts.claim(token, messages=messages))

    async def alert_part_sent(self, batch: AlertBatch, parts_sent: int, message_ids: tuple[int, ...]) -> None:
        await self.write(lambda desk: desk.alerts.part_sent(batch, parts_sent, message_ids))

    async def alert_delivered(self, batch: AlertBatch, message_id: int | None) -> None:
        await self.write(lambda desk: desk.alerts.delivered(batch, message_id))

    async def alert_failed(self, batch: AlertBatch, error: str, *, channel_unusable: bool) -> FailureOutcome:
        return await self.write(
            lambda desk: desk.alerts.failed(batch, error, channel_unusable=channel_unusable)
        )

    async def close(self) -> None:
        for pool in (self._reader, self._writer):
            pool.submit(self._close_local)
            pool.shutdown(wait=True)

    def _close_local(self) -> None:
        desk: IncidentDesk | None = getattr(self._local, "desk", None)
        if desk is not None:
            desk.close()
            self._local.desk = None


__all__ = ["AsyncIncidentDesk", "IncidentDesk", "Removal", "fetcher_for"]
