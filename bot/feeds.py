"""The feeds each server follows: adding, listing, pausing, and what each poll did to a feed's health. No network.

What feed-bot users complain about shaped it (see the project notes on alerts): adding a feed never floods a
channel with its history (its entries are marked as seen, unless the moderator asks for the latest N); a feed that
keeps failing is paused, never deleted, and its moderators are told once, in the channel where it was added; every
feed's last success, last error and next poll are shown. Polling itself (the network part) is `bot.poller`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot import messages
from bot.alerts import AlertBook, AlertFilter, EmptyFilter
from bot.ingest.feeds import FeedEntry
from bot.store.store import Store

# Never poll one feed more often than this: publishers block bots that do.
MIN_INTERVAL_SECONDS = 120
# After errors a feed waits twice as long each time, up to this.
MAX_BACKOFF_SECONDS = 6 * 3600
# A poll spreads feeds by up to this fraction of their interval, so that feeds added together are not polled together.
JITTER = 0.1
# How long a claimed feed is held while its poll runs; the poll's outcome then sets the next time.
CLAIM_SECONDS = 900


class FeedExists(ValueError):
    def __init__(self, feed_id: int) -> None:
        super().__init__(messages.feed_already(feed_id))
        self.feed_id = feed_id


@dataclass(frozen=True, slots=True)
class Feed:
    id: int
    guild_id: int | None  # None: the operator's (added from the command line)
    channel_id: int | None
    url: str
    title: str
    filter: AlertFilter
    interval_seconds: int
    status: str  # active | paused
    paused_reason: str | None
    etag: str | None
    last_modified: str | None
    failures: int
    last_polled_at: str | None
    last_success_at: str | None
    last_error: str | None
    last_error_at: str | None
    next_poll_at: str
    entries_seen: int
    added_by: str | None
    created_at: str

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True, slots=True)
class PollResult:
    """What one poll of one feed found, for its bookkeeping."""

    feed: Feed
    error: str | None = None
    retry_after: float | None = None  # seconds, when the server said (429, Retry-After)
    not_modified: bool = False
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    problem: str | None = None  # read, though malformed
    entries_read: int = 0


_BACKFILL = re.compile(r"^(?:none|\d{1,4})$", re.IGNORECASE)
_OPTION = re.compile(r"(?:^|\s)--(?P<name>[a-z]+)(?:[\s=]+(?P<value>(?!--)\S+))?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedOptions:
    filter: str = ""
    backfill: int = 0
    announce: bool = False
    interval: int | None = None  # seconds


def parse_feed_options(text: str) -> FeedOptions:
    """What follows the URL in `feed add`: a filter, then any of `--backfill N|none`, `--announce`,
    `--interval MINUTES`. ValueError with a message for anything else."""
    backfill, announce, interval = 0, False, None
    for option in _OPTION.finditer(text):
        name, value = option.group("name").lower(), option.group("value")
        if name == "backfill":
            backfill = parse_backfill(value)
        elif name == "announce" and value is None:
            announce = True
        elif name == "interval" and value is not None and value.isdigit():
            interval = int(value) * 60
        else:
            raise ValueError(messages.feed_bad_option(option.group().strip()))
    return FeedOptions(_OPTION.sub(" ", text).strip(), backfill, announce, interval)


def parse_backfill(text: str | None) -> int:
    """`none` (or nothing) -> 0; `10` -> 10; anything else is refused with a message."""
    value = (text or "none").strip().lower()
    if not _BACKFILL.match(value):
        raise ValueError(messages.feed_bad_backfill(text or ""))
    return 0 if value == "none" else int(value)


class FeedBook:
    def __init__(
        self,
        store: Store,
        alerts: AlertBook,
        *,
        clock: Callable[[], datetime],
        default_interval: int = 600,
        pause_after: int = 5,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.alerts = alerts
        self.clock = clock
        self.default_interval = default_interval
        self.pause_after = pause_after
        self.rng = rng or random.Random()

    def _now(self) -> datetime:
        return self.clock()

    @staticmethod
    def _stamp(when: datetime) -> str:
        return when.isoformat(timespec="seconds")

    # ---- adding and managing ------------------------------------------------------------------------------

    def add(
        self,
        *,
        guild_id: int | None,
        channel_id: int | None,
        url: str,
        title: str,
        entries: Sequence[FeedEntry],
        filter_text: str = "",
        interval_seconds: int | None = None,
        backfill: int = 0,
        added_by: str | None = None,
    ) -> tuple[Feed, list[FeedEntry]]:
        """Store a feed that was just read (its `entries` newest first). All but the latest `backfill` entries are
        marked as seen; those are returned, for the caller to read now. EmptyFilter, ValueError, FeedExists."""
        interval = interval_seconds or self.default_interval
        if interval < MIN_INTERVAL_SECONDS:
            raise ValueError(messages.feed_bad_interval(MIN_INTERVAL_SECONDS))
        alert_filter = self.alerts.build_filter(filter_text)
        if filter_text.strip() and alert_filter.everything:
            raise EmptyFilter(filter_text)
        now = self._now()
        with self.store.write():
            known = self.store.feed_by_url(guild_id, url)
            if known is not None:
                raise FeedExists(int(known["id"]))
            feed_id = self.store.add_feed(
                {
                    "guild_id": guild_id, "channel_id": channel_id, "url": url, "title": title,
                    "filter_text": alert_filter.text, "filter_json": alert_filter.to_json(),
                    "interval_seconds": interval, "next_poll_at": self._stamp(now + self._spread(interval)),
                    "added_by": added_by, "created_at": self._stamp(now),
                }
            )  # fmt: skip
            for entry in entries[backfill:]:
                self.store.save_entry(feed_id, entry.key, entry.content_hash, None, self._stamp(now))
            self.store.update_feed(feed_id, {"entries_seen": len(entries) - min(backfill, len(entries))})
        feed = self.get(feed_id, any_owner=True)
        assert feed is not None
        return feed, list(entries[:backfill])

    def get(self, feed_id: int, guild_id: int | None = None, *, any_owner: bool = False) -> Feed | None:
        """A feed of this server (or, with `any_owner`, of anyone: the operator sees all)."""
        row = self.store.feed(feed_id)
        if row is None or (not any_owner and row["guild_id"] != guild_id):
            return None
        return _feed(row)

    def feeds(self, guild_id: int | None, *, any_owner: bool = False) -> list[Feed]:
        rows = self.store.all_feeds() if any_owner else self.store.feeds_of(guild_id)
        return [_feed(row) for row in rows]

    def remove(self, feed_id: int, guild_id: int | None, *, any_owner: bool = False) -> Feed | None:
        with self.store.write():
            feed = self.get(feed_id, guild_id, any_owner=any_owner)
            if feed is not None:
                self.store.delete_feed(feed_id)
        return feed

    def pause(self, feed_id: int, guild_id: int | None, *, any_owner: bool = False) -> Feed | None:
        return self._set_status(feed_id, guild_id, any_owner, "paused", "paused by a moderator")

    def resume(self, feed_id: int, guild_id: int | None, *, any_owner: bool = False) -> Feed | None:
        return self._set_status(feed_id, guild_id, any_owner, "active", None)

    def _set_status(
        self, feed_id: int, guild_id: int | None, any_owner: bool, status: str, reason: str | None
    ) -> Feed | None:
        with self.store.write():
            feed = self.get(feed_id, guild_id, any_owner=any_owner)
            if feed is None:
                return None
            values: dict[str, Any] = {"status": status, "paused_reason": reason}
            if status == "active":
                values.update(failures=0, next_poll_at=self._stamp(self._now()))
            self.store.update_feed(feed_id, values)
        return self.get(feed_id, any_owner=True)

    # ---- polling ------------------------------------------------------------------------------------------

    def claim_due(self, limit: int = 1000) -> list[Feed]:
        now = self._now()
        with self.store.write():
            rows = self.store.claim_due_feeds(
                self._stamp(now), self._stamp(now + timedelta(seconds=CLAIM_SECONDS)), limit
            )
        return [_feed(row) for row in rows]

    def known_hashes(self, feed_id: int, keys: Sequence[str]) -> dict[str, str]:
        return self.store.entry_hashes(feed_id, keys)

    def remember(self, feed_id: int, entry: FeedEntry, article_id: int | None) -> None:
        with self.store.write():
            self.store.save_entry(
                feed_id, entry.key, entry.content_hash, article_id, self._stamp(self._now())
            )

    def polled(self, result: PollResult) -> Feed | None:
        """Record one poll's outcome: the next poll's time (with jitter; backed off after errors, never before a
        server's Retry-After), the feed's health, and, when it has failed too often, its pause and one notice."""
        feed, now = result.feed, self._now()
        values: dict[str, Any] = {"last_polled_at": self._stamp(now)}
        notice: str | None = None
        if result.error is None:
            values.update(
                failures=0, last_success_at=self._stamp(now),
                next_poll_at=self._stamp(now + self._spread(feed.interval_seconds)),
            )  # fmt: skip
            if not result.not_modified:
                values.update(etag=result.etag, last_modified=result.last_modified)
                if result.title and not feed.title:
                    values["title"] = result.title
            values["last_error"] = (
                result.problem
            )  # a malformed feed read anyway says so, and clears when fixed
        else:
            failures = feed.failures + 1
            wait = min(feed.interval_seconds * 2**failures, MAX_BACKOFF_SECONDS)
            if result.retry_after is not None:
                wait = max(wait, min(result.retry_after, MAX_BACKOFF_SECONDS))
            values.update(
                failures=failures, last_error=result.error, last_error_at=self._stamp(now),
                next_poll_at=self._stamp(now + timedelta(seconds=wait)),
            )  # fmt: skip
            if failures >= self.pause_after and feed.active:
                values.update(
                    status="paused", paused_reason=messages.feed_failed_reason(failures, result.error)
                )
                notice = messages.feed_paused_for_errors(feed.id, feed.title or feed.url, failures, result.error,
                                                         self.alerts.engine.prefix)  # fmt: skip
        with self.store.write():
            if self.store.feed(feed.id) is None:
                return None  # removed while it was being polled
            values["entries_seen"] = self.store.entry_count(feed.id)
            self.store.update_feed(feed.id, values)
            if notice is not None and feed.channel_id is not None:
                self.store.add_notice(feed.guild_id, feed.channel_id, notice, self._stamp(now))
        return self.get(feed.id, any_owner=True)

    def _spread(self, interval: int) -> timedelta:
        return timedelta(seconds=interval * (1 + self.rng.uniform(-JITTER, JITTER)))

    # ---- notices ------------------------------------------------------------------------------------------

    def notices(self, limit: int = 20) -> list[tuple[int, int, str]]:
        """(notice id, channel id, text) of the messages for moderators not yet sent."""
        return [
            (int(r["id"]), int(r["channel_id"]), str(r["text"])) for r in self.store.unsent_notices(limit)
        ]

    def notice_sent(self, notice_id: int) -> None:
        with self.store.write():
            self.store.notice_sent(notice_id, self._stamp(self._now()))


def _feed(row: dict[str, Any]) -> Feed:
    return Feed(
        id=int(row["id"]),
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        url=str(row["url"]),
        title=str(row["title"] or ""),
        filter=AlertFilter.from_json(str(row["filter_text"]), str(row["filter_json"])),
        interval_seconds=int(row["interval_seconds"]),
        status=str(row["status"]),
        paused_reason=row["paused_reason"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        failures=int(row["failures"]),
        last_polled_at=row["last_polled_at"],
        last_success_at=row["last_success_at"],
        last_error=row["last_error"],
        last_error_at=row["last_error_at"],
        next_poll_at=str(row["next_poll_at"]),
        entries_seen=int(row["entries_seen"]),
        added_by=row["added_by"],
        created_at=str(row["created_at"]),
    )
