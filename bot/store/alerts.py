"""Alert subscriptions, the events outbox, waves of intake and the delivery queue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.store.base import StoreBase


class AlertStore(StoreBase):
    # ---- alerts: subscriptions, the outbox cursor and the delivery queue ----------------------------------

    def open_wave(self, source: str, now: str, feed_id: int | None = None) -> int:
        return self._insert("waves", {"source": source, "feed_id": feed_id, "started_at": now})

    def close_wave(self, wave_id: int, now: str) -> None:
        self.conn.execute("UPDATE waves SET closed_at = ? WHERE id = ? AND closed_at IS NULL", [now, wave_id])

    def add_event(
        self,
        incident_id: int,
        kind: str,
        *,
        silent: bool,
        wave_id: int | None,
        article_id: int | None,
        now: str,
    ) -> None:
        self._insert(
            "events",
            {"incident_id": incident_id, "kind": kind, "silent": int(silent), "wave_id": wave_id,
             "article_id": article_id, "created_at": now},
        )  # fmt: skip

    def last_event_id(self) -> int:
        return int(self._one("SELECT coalesce(max(id), 0) FROM events"))

    def events_after(self, cursor: int, limit: int) -> list[dict[str, Any]]:
        """Events past the cursor, with their wave's state (an open wave's events wait for it to close)."""
        return self._rows(
            "SELECT e.id, e.incident_id, e.kind, e.silent, e.wave_id, e.article_id, w.started_at AS wave_started, "
            "w.closed_at AS wave_closed, w.feed_id FROM events e LEFT JOIN waves w ON w.id = e.wave_id "
            "WHERE e.id > ? ORDER BY e.id LIMIT ?",
            [cursor, limit],
        )

    def subscription_of_channel(self, channel_id: int) -> dict[str, Any] | None:
        rows = self._rows(_SUBSCRIPTION_SELECT + "WHERE s.channel_id = ?", [channel_id])
        return rows[0] if rows else None

    def subscriptions_of_guild(self, guild_id: int) -> list[dict[str, Any]]:
        return self._rows(_SUBSCRIPTION_SELECT + "WHERE s.guild_id = ? ORDER BY s.id", [guild_id])

    def active_subscriptions(self) -> list[dict[str, Any]]:
        return self._rows(_SUBSCRIPTION_SELECT + "WHERE s.status = 'active' ORDER BY s.id")

    def subscription(self, subscription_id: int) -> dict[str, Any] | None:
        rows = self._rows(_SUBSCRIPTION_SELECT + "WHERE s.id = ?", [subscription_id])
        return rows[0] if rows else None

    def save_subscription(
        self,
        guild_id: int,
        channel_id: int,
        filter_text: str,
        filter_json: str,
        seen_event_id: int,
        created_by: int | None,
        now: str,
    ) -> int:
        """Create the channel's subscription, or replace its filter and make it active again.

        Either way the subscription starts from now: events up to `seen_event_id` are never announced to it, and
        whatever was still queued for the channel is dropped."""
        existing = self._one("SELECT id FROM subscriptions WHERE channel_id = ?", [channel_id])
        if existing is None:
            cursor = self.conn.execute(
                "INSERT INTO subscriptions (guild_id, channel_id, filter_text, filter_json, status, seen_event_id, "
                "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?)",
                [guild_id, channel_id, filter_text, filter_json, seen_event_id, created_by, now, now],
            )
            return int(cursor.lastrowid or 0)
        self.conn.execute(
            "UPDATE subscriptions SET filter_text = ?, filter_json = ?, status = 'active', seen_event_id = ?, "
            "failures = 0, updated_at = ? WHERE id = ?",
            [filter_text, filter_json, seen_event_id, now, existing],
        )
        self.conn.execute(
            "UPDATE deliveries SET status = 'failed', last_error = 'replaced by a new subscription', updated_at = ? "
            "WHERE subscription_id = ? AND status = 'pending'",
            [now, existing],
        )
        return int(existing)

    def delete_subscription(self, guild_id: int, channel_id: int) -> bool:
        cursor = self.conn.execute(
            "DELETE FROM subscriptions WHERE guild_id = ? AND channel_id = ?", [guild_id, channel_id]
        )
        return cursor.rowcount > 0

    def incident_entity_keys(self, incident_id: int) -> set[str]:
        return {
            str(r[0])
            for r in self.conn.execute(
                "SELECT entity_key FROM incident_entities WHERE incident_id = ?", [incident_id]
            )
        }

    def incident_mentions_text(self, incident_id: int, match: str) -> bool:
        """Whether a sentence an incident rests on matches an (escaped) FTS5 expression."""
        return (
            self._one(
                "SELECT 1 FROM sentences_fts f JOIN report_sentences rs ON rs.sentence_id = f.rowid "
                "JOIN reports r ON r.id = rs.report_id WHERE sentences_fts MATCH ? AND r.incident_id = ? LIMIT 1",
                [match, incident_id],
            )
            is not None
        )

    def delivery_exists(self, subscription_id: int, incident_id: int) -> bool:
        return (
            self._one(
                "SELECT 1 FROM deliveries WHERE subscription_id = ? AND incident_id = ?",
                [subscription_id, incident_id],
            )
            is not None
        )

    def queue_delivery(
        self,
        subscription_id: int,
        incident_id: int,
        event_id: int,
        batch: int,
        kind: str,
        nonce: str,
        now: str,
    ) -> bool:
        """Queue an alert; False when the channel already had one for the incident (ever: exactly once)."""
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO deliveries (subscription_id, incident_id, event_id, batch, kind, nonce, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [subscription_id, incident_id, event_id, batch, kind, nonce, now, now],
        )
        return cursor.rowcount > 0

    def claimable_deliveries(self, stale_before: str, limit: int) -> list[dict[str, Any]]:
        """Queued deliveries of active subscriptions that nobody holds (or whose holder's claim went stale),
        oldest batch first, each with the size of its batch."""
        return self._rows(
            "SELECT d.id, d.subscription_id, d.incident_id, d.batch, d.kind, d.nonce, d.attempts, d.claim_token, "
            "d.claimed_at, d.parts_sent, d.message_ids, "
            "(SELECT count(*) FROM deliveries b WHERE b.subscription_id = d.subscription_id AND b.batch = d.batch) "
            "AS batch_size "
            "FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id "
            "WHERE d.status = 'pending' AND s.status = 'active' "
            "AND (d.claim_token IS NULL OR d.claimed_at < ?) "
            "ORDER BY d.batch, d.subscription_id, d.incident_id LIMIT ?",
            [stale_before, limit],
        )

    def claim_deliveries(self, ids: Sequence[int], token: str, now: str) -> None:
        self.conn.executemany(
            "UPDATE deliveries SET claim_token = ?, claimed_at = ?, updated_at = ? WHERE id = ? AND status = 'pending'",
            [(token, now, now, i) for i in ids],
        )

    def note_parts_sent(self, ids: Sequence[int], parts_sent: int, message_ids: str, now: str) -> None:
        """Parts Discord accepted: a retry after a failure or a crash sends only the rest."""
        self.conn.executemany(
            "UPDATE deliveries SET parts_sent = ?, message_ids = ?, claimed_at = ?, updated_at = ? WHERE id = ?",
            [(parts_sent, message_ids, now, now, i) for i in ids],
        )

    def mark_deliveries_sent(self, ids: Sequence[int], message_id: int | None, now: str) -> None:
        self.conn.executemany(
            "UPDATE deliveries SET status = 'sent', attempts = attempts + 1, message_id = ?, sent_at = ?, "
            "updated_at = ?, last_error = NULL, claim_token = NULL WHERE id = ? AND status = 'pending'",
            [(message_id, now, now, i) for i in ids],
        )
        self.conn.execute(
            "UPDATE subscriptions SET last_delivery_at = ?, failures = 0 WHERE id IN "
            f"(SELECT subscription_id FROM deliveries WHERE id IN ({', '.join('?' for _ in ids)}))",
            [now, *ids],
        )

    def mark_deliveries_failed(self, ids: Sequence[int], error: str, now: str, *, final: bool) -> None:
        """A failed send: released for a retry (or given up when `final`)."""
        self.conn.executemany(
            "UPDATE deliveries SET attempts = attempts + 1, last_error = ?, updated_at = ?, claim_token = NULL, "
            "status = CASE WHEN ? THEN 'failed' ELSE status END WHERE id = ? AND status = 'pending'",
            [(error, now, int(final), i) for i in ids],
        )

    def note_subscription_failure(self, subscription_id: int, error: str, now: str) -> int:
        """Record a failed delivery on the subscription; return how many failed in a row."""
        self.conn.execute(
            "UPDATE subscriptions SET failures = failures + 1, last_error = ?, last_error_at = ? WHERE id = ?",
            [error, now, subscription_id],
        )
        return int(self._one("SELECT failures FROM subscriptions WHERE id = ?", [subscription_id]) or 0)

    def pause_subscription(self, subscription_id: int, error: str, now: str) -> None:
        """Pause (never delete: the channel may come back) and give up what was queued for it."""
        self.conn.execute(
            "UPDATE subscriptions SET status = 'paused', last_error = ?, last_error_at = ?, updated_at = ? "
            "WHERE id = ?",
            [error, now, now, subscription_id],
        )
        self.conn.execute(
            "UPDATE deliveries SET status = 'failed', last_error = ?, updated_at = ?, claim_token = NULL "
            "WHERE subscription_id = ? AND status = 'pending'",
            [error, now, subscription_id],
        )


_SUBSCRIPTION_SELECT = (
    "SELECT s.id, s.guild_id, s.channel_id, s.filter_text, s.filter_json, s.status, s.seen_event_id, s.created_by, "
    "s.created_at, s.last_delivery_at, s.last_error, s.last_error_at, s.failures, "
    "(SELECT count(*) FROM deliveries d WHERE d.subscription_id = s.id AND d.status = 'pending') AS pending "
    "FROM subscriptions s "
)
