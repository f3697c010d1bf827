"""The facade both front ends use.

`IncidentDesk` is the synchronous core: one database connection, the ingestor and the query engine. The CLI uses
it directly. `AsyncIncidentDesk` is the one async boundary (datasette's `execute_fn` idea): writes run on one
thread and reads on another, each with its own connection to the WAL database, so neither SQLite nor extraction
ever blocks the event loop, and a long ingest never holds up a reader.
"""

from __future__ import annotations

import asyncio
import functools
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from bot.alerts import AlertBatch, AlertBook, FailureOutcome, Subscription
from bot.config import Settings
from bot.extract.gazetteer import Gazetteer
from bot.guilds import Actor, AuditPage, GuildBook, GuildConfig, Removal
from bot.ingest.pipeline import Ingestor, IngestOutcome, IngestReport, Progress
from bot.ingest.records import import_records
from bot.models import Answer
from bot.query import Page, QueryEngine
from bot.store.store import Store

T = TypeVar("T")
Clock = Callable[[], datetime]


class IncidentDesk:
    def __init__(
        self,
        settings: Settings,
        *,
        store: Store | None = None,
        gazetteer: Gazetteer | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.settings = settings
        zone = ZoneInfo(settings.timezone)
        self.clock: Clock = clock or (lambda: datetime.now(zone))
        self.gazetteer = gazetteer or Gazetteer.load(settings.data_dir)
        self.store = store or Store.open(settings.db_path)
        self.ingestor = Ingestor(
            self.store,
            self.gazetteer,
            timezone=settings.timezone,
            max_article_bytes=settings.max_article_bytes,
            clock=self.clock,
        )
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
        self.guilds = GuildBook(
            self.store, self.ingestor, clock=self.clock, default_moderator_role=settings.moderator_role
        )

    def today(self) -> date:
        return self.clock().date()

    def ask(self, text: str, page: int | None = None, page_size: int | None = None) -> Answer:
        return self.engine.ask(text, page, page_size)

    def autocomplete(self, prefix: str, limit: int = 25) -> list[tuple[str, str]]:
        return self.engine.autocomplete(prefix, limit)

    def ingest_paths(
        self, paths: Iterable[Path], *, silent: bool = False, progress: Progress | None = None
    ) -> IngestReport:
        return self.ingestor.ingest_paths(paths, silent=silent, progress=progress)

    def import_records(self, path: Path, *, silent: bool = True) -> IngestReport:
        return import_records(self.ingestor, path, silent=silent)

    def ingest_bytes(
        self,
        raw: bytes,
        *,
        name: str,
        url: str | None = None,
        fmt: str | None = None,
        added_by: str | None = None,
        guild_id: int | None = None,
        silent: bool = False,
    ) -> IngestOutcome:
        return self.ingestor.ingest_bytes(
            raw, name=name, url=url, fmt=fmt, added_by=added_by, guild_id=guild_id, silent=silent
        )

    def remove_article(self, article_id: int) -> bool:
        return self.ingestor.remove_article(article_id)

    def close(self) -> None:
        self.store.close()


class AsyncIncidentDesk:
    """Async access for the Discord bot: every call runs on the reader or the writer thread."""

    def __init__(
        self, settings: Settings, *, gazetteer: Gazetteer | None = None, clock: Clock | None = None
    ) -> None:
        self.settings = settings
        self.gazetteer = gazetteer or Gazetteer.load(settings.data_dir)
        self._clock = clock
        # Create and migrate the database once, before the reader and the writer threads open their own
        # connections (connect() also migrates under a write lock, for other processes).
        Store.open(settings.db_path).close()
        self._local = threading.local()
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="incident-desk-read")
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="incident-desk-write")

    def _desk(self) -> IncidentDesk:
        desk: IncidentDesk | None = getattr(self._local, "desk", None)
        if desk is None:
            desk = IncidentDesk(self.settings, gazetteer=self.gazetteer, clock=self._clock)
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

    async def autocomplete(self, prefix: str, limit: int = 25) -> list[tuple[str, str]]:
        return await self.read(lambda desk: desk.autocomplete(prefix, limit))

    async def ingest_bytes(self, raw: bytes, **options: object) -> IngestOutcome:
        return await self.write(lambda desk: desk.ingest_bytes(raw, **options))  # type: ignore[arg-type]

    async def ingest_paths(self, paths: list[Path], *, silent: bool = False) -> IngestReport:
        return await self.write(lambda desk: desk.ingest_paths(paths, silent=silent))

    async def remove_article(self, article_id: int) -> bool:
        return await self.write(lambda desk: desk.remove_article(article_id))

    # ---- guilds: settings, audit log, their own articles ------------------------------------------------

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

    async def remove_guild_article(self, guild_id: int, article_id: int) -> Removal:
        return await self.write(lambda desk: desk.guilds.remove_article(guild_id, article_id))

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

    async def pending_alerts(self, limit: int = 500) -> list[AlertBatch]:
        return await self.read(lambda desk: desk.alerts.pending(limit))

    async def alerts_delivered(self, delivery_ids: tuple[int, ...], message_id: int | None) -> None:
        await self.write(lambda desk: desk.alerts.delivered(delivery_ids, message_id))

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
