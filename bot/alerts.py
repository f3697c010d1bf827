"""Alert subscriptions and their durable delivery queue: the logic, without Discord.

A channel subscribes with a filter (weapons, places or free words; empty means every new incident). The poller
reads the `events` outbox past a cursor kept in `meta`, and in ONE transaction queues a delivery for every active
subscription whose filter matches and advances the cursor: a crash either queues a whole poll or nothing. Events
of an intake wave that is still running wait for it, so a folder or a feed poll is one digest however its commits
fall. A delivery is unique per (subscription, incident): an incident is announced at most once per channel, as
"new" when it is created, or as an "update" when a later source makes it match a filter it did not match before.

Sending is exactly once too (issue 9): a sender claims deliveries (a token and a time, in one transaction)
before sending, so any number of bot processes send each once; it records every part Discord accepted, so a retry
sends only the rest; and a claim left by a sender that died is taken over only after `CLAIM_LEASE_SECONDS`, by a
sender that first looks in the channel for the parts already posted (each carries its delivery's marker).

What users of feed bots complained about shaped the rest (see the project notes on alerts): silent (bulk history)
events never alert; a new subscription never receives the backlog; a wave of many incidents in one poll becomes
one digest; a channel that is gone or forbidden pauses its subscription (never deletes it) and says why.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.extract.gazetteer import Gazetteer
from bot.models import IncidentView
from bot.query import QueryEngine, fts_expression
from bot.store.store import Store

CURSOR_KEY = "alerts.cursor"
EVENTS_PER_POLL = 1000
# A sender holds its claim this long; past it, the claim is another sender's to take over (after checking the
# channel for what was already posted).
CLAIM_LEASE_SECONDS = 300
# An intake wave still open after this long is treated as closed: its process died, or it is a very long import
# whose alerts should not wait for its end.
WAVE_PATIENCE_SECONDS = 600
# A delivery that keeps failing for reasons other than a missing channel is given up after this many attempts,
# and a subscription whose deliveries fail this many times in a row is paused.
MAX_ATTEMPTS = 5
PAUSE_AFTER_FAILURES = 5
# Discord keeps a message nonce for a few minutes; 20 hex characters fit its 25-character limit with room for a
# part number.
_NONCE_BYTES = 10


class EmptyFilter(ValueError):
    """A filter was typed but names nothing and has no words to look for ("!!!")."""


@dataclass(frozen=True, slots=True)
class FilterTerm:
    """One alternative of a filter: every group must match (a group is one name with its aliases and, for a
    region, the places within it), or, when the term names nothing known, its words must appear in a sentence
    the incident rests on."""

    text: str
    groups: tuple[tuple[str, ...], ...] = ()
    words: str | None = None
    label: str = ""  # what the bot understood: "Kinzhal" for "Kinzal", "Kyiv Oblast", "“power plant”"


@dataclass(frozen=True, slots=True)
class AlertFilter:
    text: str
    terms: tuple[FilterTerm, ...] = ()

    @property
    def everything(self) -> bool:
        return not self.terms

    @property
    def labels(self) -> tuple[str, ...]:
        """What the bot understood, term by term: ("Kinzhal", "“power plant”")."""
        return tuple(t.label or t.text for t in self.terms)

    def to_json(self) -> str:
        return json.dumps(
            [
                {"text": t.text, "groups": [list(g) for g in t.groups], "words": t.words, "label": t.label}
                for t in self.terms
            ]
        )

    @classmethod
    def from_json(cls, text: str, document: str) -> AlertFilter:
        terms = tuple(
            FilterTerm(
                text=str(item["text"]),
                groups=tuple(tuple(str(key) for key in group) for group in item["groups"]),
                words=item["words"],
                label=str(item.get("label") or item["text"]),
            )
            for item in json.loads(document or "[]")
        )
        return cls(text, terms)


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    guild_id: int
    channel_id: int
    filter: AlertFilter
    status: str  # active | paused
    seen_event_id: int
    created_by: int | None
    created_at: str
    last_delivery_at: str | None
    last_error: str | None
    last_error_at: str | None
    failures: int
    pending: int

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True, slots=True)
class QueuedAlert:
    delivery_id: int
    incident_id: int
    nonce: str
    attempts: int


@dataclass(frozen=True, slots=True)
class AlertBatch:
    """What one message to one channel announces: one incident, or a digest of a wave."""

    subscription: Subscription
    alerts: tuple[QueuedAlert, ...]
    incidents: tuple[IncidentView, ...]
    digest: bool
    kind: str = "new"  # new | update
    parts_sent: int = 0  # parts Discord already accepted
    # Another sender claimed it and went silent: what it posted must be looked for before sending.
    recovering: bool = False
    message_ids: tuple[int, ...] = ()

    @property
    def delivery_ids(self) -> tuple[int, ...]:
        return tuple(a.delivery_id for a in self.alerts)

    @property
    def nonce(self) -> str:
        # The first delivery's nonce: a digest is the same set of deliveries after a restart (same batch).
        return self.alerts[0].nonce

    @property
    def marker(self) -> int:
        """What identifies this alert's messages in the channel: its first delivery's id."""
        return self.alerts[0].delivery_id


@dataclass(frozen=True, slots=True)
class FailureOutcome:
    paused: bool
    failures: int


class AlertBook:
    def __init__(
        self,
        store: Store,
        engine: QueryEngine,
        gazetteer: Gazetteer,
        *,
        clock: Callable[[], datetime],
        digest_threshold: int = 5,
    ) -> None:
        self.store = store
        self.engine = engine
        self.gazetteer = gazetteer
        self.clock = clock
        self.digest_threshold = digest_threshold

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # ---- filters ------------------------------------------------------------------------------------------

    def build_filter(self, text: str) -> AlertFilter:
        """`KN-23`, `Kinzal, Kharkiv` (either), `"power plant"` (quoted: words only); empty: everything."""
        terms: list[FilterTerm] = []
        for part in (p.strip() for p in text.split(",")):
            if not part:
                continue
            quoted = len(part) > 1 and part[0] == part[-1] and part[0] in "\"'“”"
            words = part.strip("\"'“” ")
            groups = self.engine.resolve(words)[0] if not quoted else []
            if groups:
                expanded = tuple(tuple(self._with_places_within(group)) for group in groups)
                label = " and ".join(" or ".join(self._name(key) for key in group) for group in groups)
                terms.append(FilterTerm(words, expanded, None, label))
            elif (expression := fts_expression(words)) is not None:
                terms.append(FilterTerm(words, (), expression, f"“{words}”"))
        return AlertFilter(text.strip(), tuple(terms))

    def _with_places_within(self, keys: list[str]) -> list[str]:
        """The places a filter's names cover: each with the places within it, and a town with the hromada named
        after it, which reports name for the town and the villages around it."""
        expanded = list(keys)
        for key in keys:
            expanded.extend(self.gazetteer.descendants(key))
            if (hromada := self.gazetteer.namesake_hromada(key)) is not None:
                expanded.append(hromada)
        return list(dict.fromkeys(expanded))

    def matches(self, alert_filter: AlertFilter, incident_id: int) -> bool:
        if alert_filter.everything:
            return True
        keys: set[str] | None = None
        for term in alert_filter.terms:
            if term.groups:
                if keys is None:
                    keys = self.store.incident_entity_keys(incident_id)
                if all(any(key in keys for key in group) for group in term.groups):
                    return True
            elif term.words and self.store.incident_mentions_text(incident_id, term.words):
                return True
        return False

    def _passes_feed_filters(self, article_id: int | None, incident_id: int) -> bool:
        """An incident a feed brought alerts only if it matches that feed's own filter (issue 11); one that
        several feeds brought, if it matches any of theirs. Articles added by hand have no such filter."""
        if article_id is None:
            return True
        filters = [
            AlertFilter.from_json("", document) for document in self.store.feed_filters_of_article(article_id)
        ]
        return not filters or any(self.matches(f, incident_id) for f in filters)

    def _name(self, key: str) -> str:
        entity = self.gazetteer.get(key)
        return entity.name if entity else key.split(":", 1)[-1]

    # ---- subscriptions ------------------------------------------------------------------------------------

    def subscribe(
        self, guild_id: int, channel_id: int, text: str, created_by: int | None
    ) -> tuple[Subscription, Subscription | None]:
        """Subscribe a channel (or replace its filter); return the subscription and the one it replaced."""
        alert_filter = self.build_filter(text)
        if text.strip() and alert_filter.everything:
            raise EmptyFilter(text)
        with self.store.write():
            previous = self.store.subscription_of_channel(channel_id)
            if previous is not None and int(previous["guild_id"]) != guild_id:
                raise ValueError("a channel belongs to one guild")
            subscription_id = self.store.save_subscription(
                guild_id, channel_id, alert_filter.text, alert_filter.to_json(), self.store.last_event_id(),
                created_by, self._now(),
            )  # fmt: skip
            row = self.store.subscription(subscription_id)
        assert row is not None
        return _subscription(row), _subscription(previous) if previous else None

    def unsubscribe(self, guild_id: int, channel_id: int) -> bool:
        with self.store.write():
            return self.store.delete_subscription(guild_id, channel_id)

    def subscriptions(self, guild_id: int) -> list[Subscription]:
        return [_subscription(row) for row in self.store.subscriptions_of_guild(guild_id)]

    def subscription_of_channel(self, channel_id: int) -> Subscription | None:
        row = self.store.subscription_of_channel(channel_id)
        return _subscription(row) if row else None

    # ---- the queue ----------------------------------------------------------------------------------------

    def queue(self) -> int:
        """Turn new outbox events into deliveries and advance the cursor, in one transaction. Returns how many
        deliveries were queued."""
        queued = 0
        now_time = self.clock()
        now = now_time.isoformat(timespec="seconds")
        patience = (now_time - timedelta(seconds=WAVE_PATIENCE_SECONDS)).isoformat(timespec="seconds")
        with self.store.write():
            cursor = int(self.store.get_meta(CURSOR_KEY) or 0)
            events = []
            for event in self.store.events_after(cursor, EVENTS_PER_POLL):
                if (
                    event["wave_id"] is not None
                    and event["wave_closed"] is None
                    and event["wave_started"] > patience
                ):
                    break  # its wave is still running: this event and the rest wait
                events.append(event)
            if not events:
                return 0
            subscriptions = [_subscription(row) for row in self.store.active_subscriptions()]
            for event in events:
                if event["silent"] or event["kind"] not in ("new", "update"):
                    continue
                incident_id = int(event["incident_id"])
                if not self._passes_feed_filters(event["article_id"], incident_id):
                    continue
                batch = int(event["wave_id"] or 0)
                for subscription in subscriptions:
                    if event["id"] <= subscription.seen_event_id:
                        continue
                    if self.store.delivery_exists(subscription.id, incident_id):
                        continue
                    if self.matches(subscription.filter, incident_id):
                        nonce = secrets.token_hex(_NONCE_BYTES)
                        queued += self.store.queue_delivery(
                            subscription.id,
                            incident_id,
                            int(event["id"]),
                            batch,
                            str(event["kind"]),
                            nonce,
                            now,
                        )
            self.store.set_meta(CURSOR_KEY, str(events[-1]["id"]))
        return queued

    def claim(self, token: str, limit: int = 500, *, messages: int | None = None) -> list[AlertBatch]:
        """Claim queued alerts for this sender (`token`) and return them as the messages to send (at most
        `messages`): a batch larger than the digest threshold is one digest."""
        now_time = self.clock()
        stale_before = (now_time - timedelta(seconds=CLAIM_LEASE_SECONDS)).isoformat(timespec="seconds")
        with self.store.write():
            rows = self.store.claimable_deliveries(stale_before, limit)
            groups: dict[tuple[int, int], list[dict[str, Any]]] = {}
            for row in rows:
                groups.setdefault((int(row["subscription_id"]), int(row["batch"])), []).append(row)
            if len(rows) == limit and len(groups) > 1:
                # The last group may be cut by the limit; it is claimed whole next time.
                groups.pop(next(reversed(groups)))
            if messages is not None:
                groups = self._first_messages(groups, messages)
            self.store.claim_deliveries(
                [int(r["id"]) for members in groups.values() for r in members], token, self._now()
            )
        views = {
            v.id: v
            for v in self.engine.incident_views(
                sorted({int(r["incident_id"]) for members in groups.values() for r in members})
            )
        }
        subscriptions: dict[int, Subscription] = {}
        batches: list[AlertBatch] = []
        for (subscription_id, _batch), members in groups.items():
            if subscription_id not in subscriptions:
                found = self.store.subscription(subscription_id)
                if found is None:
                    continue
                subscriptions[subscription_id] = _subscription(found)
            subscription = subscriptions[subscription_id]
            if int(members[0]["batch_size"]) > self.digest_threshold:
                alerts = tuple(_queued(r) for r in members)
                incidents = tuple(views[a.incident_id] for a in alerts if a.incident_id in views)
                batches.append(AlertBatch(subscription, alerts, incidents, True, "new", *_progress(members)))
            else:
                for row in members:
                    view = views.get(int(row["incident_id"]))
                    batches.append(
                        AlertBatch(subscription, (_queued(row),), (view,) if view else (), False, str(row["kind"]),
                                   *_progress([row]))
                    )  # fmt: skip
        return batches

    def _first_messages(
        self, groups: dict[tuple[int, int], list[dict[str, Any]]], messages: int
    ) -> dict[tuple[int, int], list[dict[str, Any]]]:
        """The groups (or the first rows of a group) that make up to `messages` messages."""
        kept: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for key, members in groups.items():
            if messages <= 0:
                break
            digest = int(members[0]["batch_size"]) > self.digest_threshold
            kept[key] = members if digest else members[:messages]
            messages -= 1 if digest else len(kept[key])
        return kept

    def part_sent(self, batch: AlertBatch, parts_sent: int, message_ids: tuple[int, ...]) -> None:
        with self.store.write():
            self.store.note_parts_sent(
                batch.delivery_ids, parts_sent, json.dumps(list(message_ids)), self._now()
            )

    def delivered(self, batch: AlertBatch, message_id: int | None) -> None:
        with self.store.write():
            self.store.mark_deliveries_sent(batch.delivery_ids, message_id, self._now())

    def failed(self, batch: AlertBatch, error: str, *, channel_unusable: bool) -> FailureOutcome:
        """Record a failed send and release the claim. A channel that is gone or forbids the bot pauses the
        subscription at once; other failures are retried, and pause it only after `PAUSE_AFTER_FAILURES` in a
        row."""
        now = self._now()
        with self.store.write():
            failures = self.store.note_subscription_failure(batch.subscription.id, error, now)
            if channel_unusable or failures >= PAUSE_AFTER_FAILURES:
                self.store.pause_subscription(batch.subscription.id, error, now)
                return FailureOutcome(True, failures)
            final = max(a.attempts for a in batch.alerts) + 1 >= MAX_ATTEMPTS
            self.store.mark_deliveries_failed(batch.delivery_ids, error, now, final=final)
        return FailureOutcome(False, failures)


def _queued(row: dict[str, Any]) -> QueuedAlert:
    return QueuedAlert(int(row["id"]), int(row["incident_id"]), str(row["nonce"]), int(row["attempts"]))


def _progress(rows: list[dict[str, Any]]) -> tuple[int, bool, tuple[int, ...]]:
    """(parts already sent, whether another sender's claim is being taken over, ids of the messages sent)."""
    parts = max(int(r["parts_sent"]) for r in rows)
    recovering = any(r["claim_token"] is not None for r in rows) or parts > 0
    message_ids = tuple(int(i) for i in json.loads(rows[0]["message_ids"] or "[]"))
    return parts, recovering, message_ids


def _subscription(row: dict[str, Any]) -> Subscription:
    return Subscription(
        id=int(row["id"]),
        guild_id=int(row["guild_id"]),
        channel_id=int(row["channel_id"]),
        filter=AlertFilter.from_json(str(row["filter_text"]), str(row["filter_json"])),
        status=str(row["status"]),
        seen_event_id=int(row["seen_event_id"]),
        created_by=int(row["created_by"]) if row.get("created_by") is not None else None,
        created_at=str(row["created_at"]),
        last_delivery_at=row.get("last_delivery_at"),
        last_error=row.get("last_error"),
        last_error_at=row.get("last_error_at"),
        failures=int(row.get("failures") or 0),
        pending=int(row.get("pending") or 0),
    )
