"""Intake composed with recording: how the service adds articles (see `bot.service`).

Preparing (reading, parsing, extracting) happens before the write lock is taken, in worker processes when a
folder is large (issue 14); one writer records the results in order, in short rolling transactions (issue 9).
Memory stays bounded whatever the folder size: at most a few prepared articles per worker wait for the writer.

A run is one wave (see the `waves` table): its alerts wait until it ends, so a folder of fifty new incidents is
one digest per channel, not fifty messages.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from bot import messages
from bot.config import Settings
from bot.extract.gazetteer import Gazetteer
from bot.feeds import FeedBook, PollResult
from bot.incidents import Recorder, RecordOptions
from bot.ingest.feeds import FeedEntry, entry_document
from bot.ingest.fetch import FetchedPage
from bot.ingest.files import SKIP_REASONS, FileEntry, FileReadError, read_bounded, walk
from bot.ingest.parse import ParseError
from bot.ingest.prepare import Preparer
from bot.ingest.records import is_records_csv, prepare_stored_post, read_records
from bot.models import ArticleDraft, FileStamp, IngestOutcome, IngestReport, Owner, PreparedArticle, RawSource
from bot.store.base import RollingWrite, StoreBusy

log = logging.getLogger(__name__)

Progress = Callable[[int, int, IngestOutcome], None]
T = TypeVar("T")
# A unit of preparation that runs here or in a worker process: a module-level function and its argument.
PrepareTask = tuple[Callable[[Preparer, int, Any], "Prepared"], Any]
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_FROM_FILES = 64
# Prepared articles waiting for the writer, per worker.
IN_FLIGHT_PER_WORKER = 8


@dataclass(frozen=True, slots=True)
class _Failure:
    message: str


Prepared = PreparedArticle | _Failure


class Intake:
    def __init__(
        self,
        settings: Settings,
        gazetteer: Gazetteer,
        recorder: Recorder,
        *,
        clock: Callable[[], datetime],
    ) -> None:
        self.settings = settings
        self.recorder = recorder
        self.store = recorder.store
        self.clock = clock
        self.preparer = Preparer(
            gazetteer, timezone=settings.timezone, max_article_bytes=settings.max_article_bytes, clock=clock
        )

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # ---- one document -------------------------------------------------------------------------------------

    def document(
        self, raw: bytes, *, name: str, url: str | None, fmt: str | None, options: RecordOptions
    ) -> IngestOutcome:
        """Pasted text, an attachment or a fetched page: prepared, then recorded in a wave of its own."""
        try:
            prepared = self.preparer.from_bytes(raw, name=name, url=url, fmt=fmt)
        except ParseError as error:
            return IngestOutcome(name, "failed", message=str(error))
        return self._record_all([(name, prepared)], options, source="document")[0]

    # ---- files, folders and records -----------------------------------------------------------------------

    def paths(
        self,
        paths: Sequence[Path],
        *,
        silent: bool,
        progress: Progress | None,
        workers: int | None,
    ) -> IngestReport:
        total = sum(1 for _ in walk(paths))  # a cheap first pass, for progress; nothing is kept
        workers = workers or ((os.cpu_count() or 1) if total >= PARALLEL_FROM_FILES else 1)
        outcomes: list[IngestOutcome] = []
        interrupted = False
        try:
            wave_id = self._open_wave("files")
        except StoreBusy:
            return IngestReport(
                (IngestOutcome("(database)", "failed", message=messages.DATABASE_BUSY),), interrupted=True
            )
        options = RecordOptions(silent=silent, wave_id=wave_id)
        try:
            with RollingWrite(self.store) as writer:
                prepared_entries = self._ordered(walk(paths), self._file_task, workers)
                for index, (entry, prepared) in enumerate(prepared_entries, start=1):
                    produced = self._record_entry(writer, entry, prepared, options)
                    outcomes.extend(produced)
                    if progress:
                        progress(
                            index, total, produced[0] if len(produced) == 1 else _summary(entry, produced)
                        )
        except StoreBusy:
            outcomes.append(IngestOutcome("(database)", "failed", message=messages.DATABASE_BUSY))
            interrupted = True
        finally:
            self._close_wave(wave_id)
        return IngestReport(tuple(outcomes), interrupted)

    def records(self, path: Path, *, silent: bool) -> IngestReport:
        try:
            wave_id = self._open_wave("records")
        except StoreBusy:
            return IngestReport(
                (IngestOutcome(str(path), "failed", message=messages.DATABASE_BUSY),), interrupted=True
            )
        try:
            with RollingWrite(self.store) as writer:
                produced = self._records(writer, path, RecordOptions(silent=silent, wave_id=wave_id))
        except StoreBusy:
            return IngestReport(
                (IngestOutcome(str(path), "failed", message=messages.DATABASE_BUSY),), interrupted=True
            )
        finally:
            self._close_wave(wave_id)
        return IngestReport(tuple(produced))

    def _ordered(
        self, items: Iterable[T], task_of: Callable[[T], PrepareTask | None], workers: int
    ) -> Iterator[tuple[T, Prepared | None]]:
        """Each item with what its task prepared (None: nothing to prepare), in order. With workers, tasks run in
        other processes while this one records; at most a few per worker wait, so memory stays bounded."""
        max_bytes = self.settings.max_article_bytes
        if workers <= 1:
            for item in items:
                task = task_of(item)
                yield item, (None if task is None else task[0](self.preparer, max_bytes, task[1]))
            return
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_start_worker, initargs=(self.settings, self.clock())
        ) as pool:
            waiting: deque[tuple[T, Future[Prepared] | None]] = deque()
            for item in items:
                task = task_of(item)
                waiting.append((item, None if task is None else pool.submit(_run_in_worker, *task)))
                while len(waiting) > workers * IN_FLIGHT_PER_WORKER:
                    yield _resolved(*waiting.popleft())
            while waiting:
                yield _resolved(*waiting.popleft())

    def _file_task(self, entry: FileEntry) -> PrepareTask | None:
        return (prepare_file, entry) if self._needs_reading(entry) else None

    def _needs_reading(self, entry: FileEntry) -> bool:
        if entry.skip is not None or entry.is_records:
            return False
        stored = self.recorder.stored(RecordOptions().owner, entry.source_key)
        # Size and modification time unchanged: the same file (issue 9: a restart after a crash must not re-read
        # every file it had already stored).
        return stored is None or stored.stamp != entry.stamp

    def _record_entry(
        self, writer: RollingWrite, entry: FileEntry, prepared: Prepared | None, options: RecordOptions
    ) -> list[IngestOutcome]:
        if entry.skip is not None:
            status = "failed" if entry.skip == "missing" else "skipped"
            return [IngestOutcome(entry.name, status, message=SKIP_REASONS[entry.skip])]
        if entry.is_records:
            return self._records(writer, entry.path, options, name=entry.name)
        if prepared is None:
            stored = self.recorder.stored(options.owner, entry.source_key)
            return [
                IngestOutcome(
                    entry.name, "unchanged", stored.id if stored else None, "already ingested, unchanged"
                )
            ]
        if isinstance(prepared, _Failure):
            return [IngestOutcome(entry.name, "failed", message=prepared.message)]
        return [self._guarded(writer, entry.name, prepared, options)]

    def _records(
        self, writer: RollingWrite, path: Path, options: RecordOptions, *, name: str | None = None
    ) -> list[IngestOutcome]:
        try:
            with path.open(encoding="utf-8", errors="replace") as handle:
                header = handle.readline()
        except OSError as error:
            return [
                IngestOutcome(
                    name or str(path), "failed", message=f"could not read the file ({error.strerror})"
                )
            ]
        if not is_records_csv(header):
            return [
                IngestOutcome(name or str(path), "skipped", message="a CSV file that is not attack records")
            ]
        posts, problems = read_records(path, self.preparer.gazetteer)
        # Official records are history: filed silently unless the caller asked for alerts.
        outcomes = [self._guarded(writer, post.name, post.prepared, options) for post in posts]
        return [*outcomes, *problems]

    def _guarded(
        self, writer: RollingWrite, name: str, prepared: PreparedArticle, options: RecordOptions
    ) -> IngestOutcome:
        """One article's bug must not stop a folder: its savepoint is rolled back and the rest still go in."""
        try:
            with writer.unit():
                return self.recorder.record(prepared, name=name, options=options)
        except StoreBusy:
            raise
        except Exception as error:
            log.exception("recording %s failed", name)
            return IngestOutcome(
                name, "failed", message=f"an internal error ({type(error).__name__}); see the log"
            )

    def _record_all(
        self, items: list[tuple[str, PreparedArticle]], options: RecordOptions, *, source: str
    ) -> list[IngestOutcome]:
        try:
            wave_id = self._open_wave(source)
        except StoreBusy:
            return [IngestOutcome(name, "failed", message=messages.DATABASE_BUSY) for name, _ in items]
        options = replace(options, wave_id=wave_id)
        try:
            with RollingWrite(self.store) as writer:
                return [self._guarded(writer, name, prepared, options) for name, prepared in items]
        except StoreBusy:
            return [IngestOutcome(name, "failed", message=messages.DATABASE_BUSY) for name, _ in items]
        finally:
            self._close_wave(wave_id)

    # ---- feed entries -------------------------------------------------------------------------------------

    def feed_items(
        self,
        items: Iterable[FeedItem | PollResult],
        *,
        book: FeedBook,
        workers: int = 1,
        wait: Callable[[Callable[[], None]], Iterable[FeedItem | PollResult]] | None = None,
    ) -> list[IngestOutcome]:
        """Entries a poll read (and, after each feed's entries, that feed's poll result), recorded as they come
        in one wave, so that a feed that publishes 200 entries at once is one digest. Articles belong to the feeds
        (Owner "feeds"): the same report from two feeds is one article; an edited entry edits it, silently.

        `wait`, when given, makes the stream from a callable that it calls with a function committing what is
        open: the poller's queue calls it before blocking, so no write holds the lock while the network is slow.
        """
        try:
            wave_id = self._open_wave("feeds")
        except StoreBusy:
            return [IngestOutcome("(database)", "failed", message=messages.DATABASE_BUSY)]
        outcomes: list[IngestOutcome] = []
        try:
            with RollingWrite(self.store) as writer:
                stream = wait(writer.flush) if wait is not None else items
                for item, prepared in self._ordered(stream, _feed_task, workers):
                    if isinstance(item, PollResult):
                        with writer.unit():
                            book.polled(item)
                        continue
                    options = RecordOptions(owner=FEEDS_OWNER, silent=item.silent, wave_id=wave_id)
                    name = item.entry.link or item.entry.key
                    if prepared is None or isinstance(prepared, _Failure):
                        message = prepared.message if isinstance(prepared, _Failure) else ""
                        outcome = IngestOutcome(name, "failed", message=message)
                    else:
                        outcome = self._guarded(writer, name, prepared, options)
                    with writer.unit():
                        book.remember(item.feed_id, item.entry, outcome.article_id)
                    outcomes.append(outcome)
        except StoreBusy:
            outcomes.append(IngestOutcome("(database)", "failed", message=messages.DATABASE_BUSY))
        finally:
            self._close_wave(wave_id)
        return outcomes

    # ---- reading everything again ------------------------------------------------------------------------

    def reindex(self, *, progress: Progress | None, workers: int | None) -> IngestReport:
        """Read every stored article again with the current code and gazetteer (`incident-bot reindex`). Each is an
        edit of itself: an incident that is still the same keeps its id, and nothing is announced again."""
        total = self.store.article_count()
        workers = workers or ((os.cpu_count() or 1) if total >= PARALLEL_FROM_FILES else 1)
        outcomes: list[IngestOutcome] = []
        try:
            with RollingWrite(self.store) as writer:
                stored = self._ordered(self._stored_sources(), lambda item: (reprepare, item), workers)
                for index, (item, prepared) in enumerate(stored, start=1):
                    options = RecordOptions(
                        owner=Owner.from_key(item.owner), silent=True, reread=item.article_id
                    )
                    name = f"article {item.article_id}"
                    if prepared is None or isinstance(prepared, _Failure):
                        message = prepared.message if isinstance(prepared, _Failure) else ""
                        outcome = IngestOutcome(name, "failed", item.article_id, message)
                    else:
                        outcome = self._guarded(writer, name, prepared, options)
                    outcomes.append(outcome)
                    if progress:
                        progress(index, total, outcome)
        except StoreBusy:
            return IngestReport((*outcomes, IngestOutcome("(database)", "failed", message=messages.DATABASE_BUSY)),
                                interrupted=True)  # fmt: skip
        return IngestReport(tuple(outcomes))

    def _stored_sources(self) -> Iterator[StoredSource]:
        after = 0
        while ids := self.store.article_ids(after, 200):
            for article_id in ids:
                row = self.store.article_for_reading(article_id)
                raw = self.store.source(article_id)
                if row is not None and raw is not None:
                    yield StoredSource(article_id, str(row["owner"]), raw, row)
            after = ids[-1]

    # ---- waves --------------------------------------------------------------------------------------------

    def _open_wave(self, source: str) -> int:
        with self.store.write():
            return self.store.open_wave(source, self._now())

    def _close_wave(self, wave_id: int) -> None:
        try:
            with self.store.write():
                self.store.close_wave(wave_id, self._now())
        except StoreBusy:
            # The alert queue treats a wave left open for long as closed: nothing is lost, only delayed.
            log.warning("could not close intake wave %s: the database stayed locked", wave_id)


FEEDS_OWNER = Owner("feeds")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """A feed entry to read into an article, with its page as fetched (None, and why, when it could not be):
    picklable, for worker processes."""

    feed_id: int
    entry: FeedEntry
    page: FetchedPage | None
    problem: str | None = None
    silent: bool = False


def _feed_task(item: FeedItem | PollResult) -> PrepareTask | None:
    return (prepare_feed_item, item) if isinstance(item, FeedItem) else None


def prepare_feed_item(preparer: Preparer, max_bytes: int, item: FeedItem) -> Prepared:
    """The entry's page read as an article; when the page could not be fetched or has no text, the entry's own
    content, with a note saying so (issue 11)."""
    entry, problem = item.entry, item.problem
    # An entry without a link is known by its key: its article must be too, or an edit would be a new article.
    path = None if entry.link else f"feed entry {entry.key}"
    if item.page is not None:
        try:
            return preparer.from_bytes(item.page.body, name=entry.link or entry.key, url=entry.link,
                                       fmt=item.page.format, published=entry.published)  # fmt: skip
        except ParseError as error:
            problem = str(error)
    try:
        return preparer.from_bytes(
            entry_document(entry), name=entry.link or entry.key, url=entry.link, path=path, fmt="html",
            published=entry.published, notes=(messages.feed_read_from_entry(problem or messages.FEED_NO_TEXT),),
        )  # fmt: skip
    except ParseError as error:
        return _Failure(str(error))


def prepare_file(preparer: Preparer, max_bytes: int, entry: FileEntry) -> Prepared:
    try:
        raw = read_bounded(entry.path, max_bytes)
        return preparer.from_bytes(raw, name=entry.name, path=entry.source_key, stamp=entry.stamp)
    except (FileReadError, ParseError) as error:
        return _Failure(str(error))


@dataclass(frozen=True, slots=True)
class StoredSource:
    """A stored article's source and what else reading it again needs (picklable, for worker processes)."""

    article_id: int
    owner: str
    raw: RawSource
    row: dict[str, Any]


def reprepare(preparer: Preparer, max_bytes: int, item: StoredSource) -> Prepared:
    """A stored article read again from the bytes it was first read from."""
    raw, row = item.raw, item.row
    try:
        if raw.format == "records":
            return prepare_stored_post(raw, preparer.gazetteer)
        if raw.format == "body":
            # Kept by a version that stored only the clean body: its metadata is the stored row's.
            draft = ArticleDraft(
                title=row["title"], body=raw.data.decode(), published=_when(row["published"]), outlet=row["outlet"],
                author=row["author"], url=row["url"], path=row["path"], format=row["format"], kind=row["kind"],
            )  # fmt: skip
            return preparer.from_draft(draft, raw=raw)
        stamp = FileStamp(row["file_size"], row["file_mtime_ns"]) if row["file_size"] is not None else None
        return preparer.from_bytes(raw.data, name=raw.name, url=row["url"], path=row["path"], fmt=raw.format,
                                   stamp=stamp)  # fmt: skip
    except ParseError as error:
        return _Failure(str(error))


def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _summary(entry: FileEntry, produced: list[IngestOutcome]) -> IngestOutcome:
    stored = sum(1 for o in produced if o.ok)
    return IngestOutcome(entry.name, "added" if stored else "failed", message=f"{stored} official records")


def _resolved(item: T, future: Future[Prepared] | None) -> tuple[T, Prepared | None]:
    if future is None:
        return item, None
    try:
        return item, future.result()
    except Exception as error:  # a worker's bug: this item fails, the rest go on
        log.error("preparing %r failed in a worker: %r", item, error)
        return item, _Failure(f"an internal error ({type(error).__name__}); see the log")


# ---- worker processes -------------------------------------------------------------------------------------

# Each worker process's own preparer, made once by the pool's initializer (the gazetteer takes a moment to load).
_worker: tuple[Preparer, int] | None = None


def _start_worker(settings: Settings, now: datetime) -> None:
    global _worker
    gazetteer = Gazetteer.load(settings.data_dir)
    preparer = Preparer(
        gazetteer, timezone=settings.timezone, max_article_bytes=settings.max_article_bytes, clock=lambda: now
    )
    _worker = (preparer, settings.max_article_bytes)


def _run_in_worker(task: Callable[[Preparer, int, Any], Prepared], argument: Any) -> Prepared:
    assert _worker is not None, "worker not started"
    preparer, max_bytes = _worker
    return task(preparer, max_bytes, argument)
