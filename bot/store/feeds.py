"""Feeds, the entries read from them, and notices for moderators."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.store.base import StoreBase

_FEED_COLUMNS = (
    "id, guild_id, channel_id, url, title, filter_text, filter_json, interval_seconds, status, paused_reason, "
    "etag, last_modified, failures, last_polled_at, last_success_at, last_error, last_error_at, next_poll_at, "
    "entries_seen, added_by, created_at"
)


class FeedStore(StoreBase):
    # ---- feeds --------------------------------------------------------------------------------------------

    def add_feed(self, values: dict[str, Any]) -> int:
        return self._insert("feeds", values)

    def feed(self, feed_id: int) -> dict[str, Any] | None:
        rows = self._rows(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE id = ?", [feed_id])
        return rows[0] if rows else None

    def feed_by_url(self, guild_id: int | None, url: str) -> dict[str, Any] | None:
        rows = self._rows(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE guild_id IS ? AND url = ?", [guild_id, url]
        )
        return rows[0] if rows else None

    def feeds_of(self, guild_id: int | None) -> list[dict[str, Any]]:
        """A server's feeds, or (None) the operator's."""
        return self._rows(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE guild_id IS ? ORDER BY id", [guild_id])

    def all_feeds(self) -> list[dict[str, Any]]:
        return self._rows(f"SELECT {_FEED_COLUMNS} FROM feeds ORDER BY id")

    def delete_feed(self, feed_id: int) -> None:
        self.conn.execute("DELETE FROM feeds WHERE id = ?", [feed_id])

    def update_feed(self, feed_id: int, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"{column} = ?" for column in values)
        self.conn.execute(f"UPDATE feeds SET {assignments} WHERE id = ?", [*values.values(), feed_id])

    def claim_due_feeds(self, now: str, hold_until: str, limit: int) -> list[dict[str, Any]]:
        """Active feeds due for a poll, each moved to `hold_until` so that another poller (a second process)
        does not take it too; the poll's outcome then sets the real next time."""
        rows = self._rows(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE status = 'active' AND next_poll_at <= ? "
            "ORDER BY next_poll_at, id LIMIT ?",
            [now, limit],
        )
        if rows:
            marks = ", ".join("?" for _ in rows)
            self.conn.execute(
                f"UPDATE feeds SET next_poll_at = ? WHERE id IN ({marks})",
                [hold_until, *(r["id"] for r in rows)],
            )
        return rows

    # ---- entries ------------------------------------------------------------------------------------------

    def entry_hashes(self, feed_id: int, keys: Sequence[str]) -> dict[str, str]:
        """The content hash each of `keys` had when it was last read from this feed."""
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            marks = ", ".join("?" for _ in chunk)
            for key, digest in self.conn.execute(
                f"SELECT entry_key, content_hash FROM feed_entries WHERE feed_id = ? AND entry_key IN ({marks})",
                [feed_id, *chunk],
            ):
                found[str(key)] = str(digest)
        return found

    def save_entry(
        self, feed_id: int, entry_key: str, content_hash: str, article_id: int | None, now: str
    ) -> bool:
        """Remember an entry (or its new content); True when it is new to this feed."""
        known = self.conn.execute(
            "SELECT 1 FROM feed_entries WHERE feed_id = ? AND entry_key = ?", [feed_id, entry_key]
        ).fetchone()
        self.conn.execute(
            "INSERT INTO feed_entries (feed_id, entry_key, content_hash, article_id, first_seen_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (feed_id, entry_key) DO UPDATE SET "
            "content_hash = excluded.content_hash, article_id = coalesce(excluded.article_id, article_id), "
            "updated_at = excluded.updated_at",
            [feed_id, entry_key, content_hash, article_id, now, now],
        )
        return known is None

    def entry_count(self, feed_id: int) -> int:
        return int(self._one("SELECT count(*) FROM feed_entries WHERE feed_id = ?", [feed_id]))

    def feed_filters_of_article(self, article_id: int) -> list[str]:
        """The filters (as stored JSON) of the feeds an article was read from; none for an article added by hand."""
        return [
            str(row[0])
            for row in self.conn.execute(
                "SELECT DISTINCT f.filter_json FROM feed_entries e JOIN feeds f ON f.id = e.feed_id "
                "WHERE e.article_id = ?",
                [article_id],
            )
        ]

    # ---- notices ------------------------------------------------------------------------------------------

    def add_notice(self, guild_id: int | None, channel_id: int, text: str, now: str) -> int:
        return self._insert(
            "notices", {"guild_id": guild_id, "channel_id": channel_id, "text": text, "created_at": now}
        )

    def unsent_notices(self, limit: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, guild_id, channel_id, text, created_at FROM notices WHERE sent_at IS NULL ORDER BY id LIMIT ?",
            [limit],
        )

    def notice_sent(self, notice_id: int, now: str) -> None:
        self.conn.execute("UPDATE notices SET sent_at = ? WHERE id = ?", [now, notice_id])
