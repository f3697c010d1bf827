"""The Store: every SQL statement the product runs lives here.

Rows go in and out as plain dicts and tuples at this boundary; the ingest pipeline and the query engine turn them
into domain objects. Methods that write expect to run inside `atomic()`, which the caller holds for the whole of
one ingest so that a failure leaves the database exactly as it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bot.store.schema import connect

# Counting every match of a common word grows with the corpus: full-text counts stop here (or at the page asked
# for, if later), and answers say "100+".
COUNT_CAP = 100


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: int
    content_hash: str
    source_key: str


@dataclass(frozen=True, slots=True)
class ReportRow:
    id: int
    article_id: int
    date: str
    date_start: str
    date_end: str
    summary: str


class Store:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn: sqlite3.Connection = db.conn

    @classmethod
    def open(cls, path: Path | str) -> Store:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return cls(connect(str(path)))

    @classmethod
    def memory(cls) -> Store:
        return cls(connect(":memory:", memory=True))

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        with self.db.atomic():
            yield

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    # ---- meta ---------------------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        value = self._one("SELECT value FROM meta WHERE key = ?", [key])
        return None if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def bump_version(self) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES ('version', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def version(self) -> int:
        return int(self.get_meta("version") or 0)

    # ---- articles -----------------------------------------------------------------------------------------

    def article_by_source(self, source_key: str) -> ArticleRow | None:
        row = self.conn.execute(
            "SELECT id, content_hash, source_key FROM articles WHERE source_key = ?", [source_key]
        ).fetchone()
        return None if row is None else ArticleRow(*row)

    def article_by_hash(self, content_hash: str) -> ArticleRow | None:
        row = self.conn.execute(
            "SELECT id, content_hash, source_key FROM articles WHERE content_hash = ? LIMIT 1", [content_hash]
        ).fetchone()
        return None if row is None else ArticleRow(*row)

    def insert_article(self, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO articles ({columns}) VALUES ({marks})", list(values.values())
        )
        return int(cursor.lastrowid or 0)

    def update_article(self, article_id: int, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"{column} = ?" for column in values)
        self.conn.execute(f"UPDATE articles SET {assignments} WHERE id = ?", [*values.values(), article_id])

    def set_article_text(self, article_id: int, body: str) -> None:
        self.conn.execute(
            "INSERT INTO article_texts (article_id, body) VALUES (?, ?) "
            "ON CONFLICT(article_id) DO UPDATE SET body = excluded.body",
            [article_id, body],
        )

    def article_text(self, article_id: int) -> str | None:
        body = self._one("SELECT body FROM article_texts WHERE article_id = ?", [article_id])
        return None if body is None else str(body)

    def delete_article_content(self, article_id: int) -> list[int]:
        """Remove an article's sentences, facts and reports; return the incidents its reports belonged to."""
        incident_ids = [
            int(r[0])
            for r in self.conn.execute(
                "SELECT DISTINCT incident_id FROM reports WHERE article_id = ?", [article_id]
            ).fetchall()
        ]
        self.conn.execute("DELETE FROM reports WHERE article_id = ?", [article_id])
        self.conn.execute("DELETE FROM facts WHERE article_id = ?", [article_id])
        self.conn.execute("DELETE FROM sentences WHERE article_id = ?", [article_id])
        return incident_ids

    def delete_article(self, article_id: int) -> None:
        self.conn.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def article(self, article_id: int) -> dict[str, Any] | None:
        rows = self._rows(
            "SELECT a.*, (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) AS sentence_count "
            "FROM articles a WHERE a.id = ?",
            [article_id],
        )
        return rows[0] if rows else None

    def list_articles(
        self, limit: int, offset: int, guild_id: int | None = None
    ) -> tuple[list[dict[str, Any]], int]:
        where, params = ("WHERE guild_id = ?", [guild_id]) if guild_id is not None else ("", [])
        total = int(self._one(f"SELECT count(*) FROM articles {where}", params))
        rows = self._rows(
            "SELECT id, title, outlet, published, published_date, url, path, kind, ingested_at, added_by, "
            "(SELECT count(*) FROM reports r WHERE r.article_id = articles.id) AS incident_reports "
            f"FROM articles {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return rows, total

    # ---- sentences and facts ------------------------------------------------------------------------------

    def insert_sentences(self, article_id: int, sentences: Iterable[tuple[int, int, int, str]]) -> list[int]:
        """Insert (idx, start, end, text) rows; return their ids in order."""
        rows = list(sentences)
        if not rows:
            return []
        first = int(self._one("SELECT coalesce(max(id), 0) + 1 FROM sentences"))
        self.conn.executemany(
            'INSERT INTO sentences (id, article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
            [(first + n, article_id, *row) for n, row in enumerate(rows)],
        )
        return list(range(first, first + len(rows)))

    def insert_facts(self, rows: Iterable[tuple[int, int, str, str | None, str, str, int, int]]) -> None:
        self.conn.executemany(
            'INSERT INTO facts (article_id, sentence_id, kind, entity_key, value, surface, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def article_facts(self, article_id: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT f.kind, f.entity_key, f.value, f.surface, s.text AS sentence, coalesce(e.name, f.value) AS name "
            "FROM facts f JOIN sentences s ON s.id = f.sentence_id LEFT JOIN entities e ON e.key = f.entity_key "
            "WHERE f.article_id = ? ORDER BY f.sentence_id, f.start",
            [article_id],
        )

    # ---- entities -----------------------------------------------------------------------------------------

    def upsert_entities(self, rows: Iterable[tuple[str, str, str, str, str | None]]) -> None:
        """(key, kind, name, category, parent); names and parents follow the gazetteer's current data."""
        self.conn.executemany(
            "INSERT INTO entities (key, kind, name, category, parent) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET name = excluded.name, category = excluded.category, "
            "parent = excluded.parent",
            rows,
        )

    def used_entities(self) -> list[tuple[str, str, str, int]]:
        """(key, kind, name, incident count) of every entity some incident mentions."""
        return [
            (str(r[0]), str(r[1]), str(r[2]), int(r[3]))
            for r in self.conn.execute("SELECT key, kind, name, incidents FROM entities WHERE incidents > 0")
        ]

    def entity_names(self, keys: Sequence[str]) -> dict[str, tuple[str, str]]:
        """key -> (name, category) of the given entities."""
        if not keys:
            return {}
        marks = ", ".join("?" for _ in keys)
        return {
            str(key): (str(name), str(category))
            for key, name, category in self.conn.execute(
                f"SELECT key, name, category FROM entities WHERE key IN ({marks})", list(keys)
            )
        }

    # ---- reports and incidents ----------------------------------------------------------------------------

    def insert_report(self, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(f"INSERT INTO reports ({columns}) VALUES ({marks})", list(values.values()))
        return int(cursor.lastrowid or 0)

    def insert_incident_source(self, values: dict[str, Any]) -> None:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self.conn.execute(f"INSERT INTO incident_sources ({columns}) VALUES ({marks})", list(values.values()))

    def insert_report_details(
        self,
        report_id: int,
        sentence_ids: Sequence[int],
        entities: Iterable[tuple[str, str]],
        claims: Iterable[tuple[int, str, int]],
    ) -> None:
        self.conn.executemany(
            "INSERT INTO report_sentences (report_id, rank, sentence_id) VALUES (?, ?, ?)",
            [(report_id, rank, sid) for rank, sid in enumerate(sentence_ids)],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO report_entities (report_id, entity_key, kind) VALUES (?, ?, ?)",
            [(report_id, key, kind) for key, kind in entities],
        )
        self.conn.executemany(
            "INSERT INTO claims (report_id, sentence_id, measure, value) VALUES (?, ?, ?, ?)",
            [(report_id, *claim) for claim in claims],
        )

    def candidate_incidents(self, day: str, start: str, end: str) -> dict[int, dict[str, str]]:
        """Incidents dated `day`, or covering exactly the night [start, end], with their entity keys and kinds.

        Consecutive overnight waves share a calendar day (the night of 6-7 and the night of 7-8 both touch the
        7th), so a shared day in the window is not enough: that chained a month of waves into one incident.
        """
        found: dict[int, dict[str, str]] = {}
        rows = self.conn.execute(
            "SELECT i.id, ie.entity_key, ie.kind FROM incidents i "
            "LEFT JOIN incident_entities ie ON ie.incident_id = i.id AND ie.kind != 'within' "
            "WHERE i.date = ? OR (i.date_start = ? AND i.date_end = ? AND i.date_start < i.date_end)",
            [day, start, end],
        )
        for incident_id, key, kind in rows:
            entities = found.setdefault(int(incident_id), {})
            if key is not None:
                entities[str(key)] = str(kind)
        return found

    def incident_sources_kinds(self, incident_id: int) -> set[str]:
        return {
            str(r[0])
            for r in self.conn.execute(
                "SELECT DISTINCT a.kind FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.incident_id = ?",
                [incident_id],
            )
        }

    def create_incident(self, date: str, start: str, end: str, summary: str, now: str) -> int:
        cursor = self.conn.execute(
            "INSERT INTO incidents (date, date_start, date_end, summary, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [date, start, end, summary, now, now],
        )
        return int(cursor.lastrowid or 0)

    def reports_of_incident(self, incident_id: int) -> list[ReportRow]:
        return [
            ReportRow(*row)
            for row in self.conn.execute(
                "SELECT id, article_id, date, date_start, date_end, summary FROM reports "
                "WHERE incident_id = ? ORDER BY id",
                [incident_id],
            )
        ]

    def report_entity_keys(self, incident_id: int) -> list[tuple[str, str]]:
        """(entity key, kind) of every report of the incident, in the order they were reported."""
        return [
            (str(key), str(kind))
            for key, kind in self.conn.execute(
                "SELECT re.entity_key, re.kind FROM report_entities re JOIN reports r ON r.id = re.report_id "
                "WHERE r.incident_id = ? ORDER BY r.id, re.rowid",
                [incident_id],
            )
        ]

    def incident_claim_rows(self, incident_id: int) -> list[tuple[str, int]]:
        return [
            (str(m), int(v))
            for m, v in self.conn.execute(
                "SELECT c.measure, c.value FROM claims c JOIN reports r ON r.id = c.report_id "
                "WHERE r.incident_id = ? ORDER BY r.id, c.id",
                [incident_id],
            )
        ]

    def update_incident(
        self,
        incident_id: int,
        date: str,
        start: str,
        end: str,
        summary: str,
        entities: dict[str, str],
        names: dict[str, list[str]],
        now: str,
    ) -> None:
        """Set an incident's dates, summary, display names (kind -> names) and the entity keys it is found by."""
        old = {
            str(r[0])
            for r in self.conn.execute(
                "SELECT entity_key FROM incident_entities WHERE incident_id = ?", [incident_id]
            )
        }
        self.conn.execute(
            "UPDATE incidents SET date = ?, date_start = ?, date_end = ?, summary = ?, updated_at = ?, names = ?, "
            "report_count = (SELECT count(*) FROM reports WHERE incident_id = ?) WHERE id = ?",
            [date, start, end, summary, now, json.dumps(names, ensure_ascii=False), incident_id, incident_id],
        )
        self.conn.execute("DELETE FROM incident_entities WHERE incident_id = ?", [incident_id])
        self.conn.executemany(
            "INSERT INTO incident_entities (incident_id, entity_key, kind, date) VALUES (?, ?, ?, ?)",
            [(incident_id, key, kind, date) for key, kind in entities.items()],
        )
        self._count_entities(set(entities) - old, +1)
        self._count_entities(old - set(entities), -1)

    def delete_incident(self, incident_id: int) -> None:
        old = [
            str(r[0])
            for r in self.conn.execute(
                "SELECT entity_key FROM incident_entities WHERE incident_id = ?", [incident_id]
            )
        ]
        self._count_entities(set(old), -1)
        self.conn.execute("DELETE FROM incidents WHERE id = ?", [incident_id])

    def _count_entities(self, keys: set[str], delta: int) -> None:
        if keys:
            self.conn.executemany(
                "UPDATE entities SET incidents = incidents + ? WHERE key = ?", [(delta, key) for key in keys]
            )

    def add_event(self, incident_id: int, kind: str, silent: bool, now: str) -> None:
        self.conn.execute(
            "INSERT INTO events (incident_id, kind, silent, created_at) VALUES (?, ?, ?, ?)",
            [incident_id, kind, int(silent), now],
        )

    # ---- reading incidents --------------------------------------------------------------------------------

    def incidents_with_entities(self, keys: Sequence[str], limit: int, offset: int) -> tuple[list[int], int]:
        if not keys:
            return [], 0
        marks = ", ".join("?" for _ in keys)
        total = int(
            self._one(
                f"SELECT count(DISTINCT incident_id) FROM incident_entities WHERE entity_key IN ({marks})",
                keys,
            )
        )
        if len(keys) == 1:
            sql = (
                "SELECT incident_id FROM incident_entities WHERE entity_key = ? "
                "ORDER BY date DESC, incident_id DESC LIMIT ? OFFSET ?"
            )
        else:
            sql = (
                f"SELECT DISTINCT incident_id, date FROM incident_entities WHERE entity_key IN ({marks}) "
                "ORDER BY date DESC, incident_id DESC LIMIT ? OFFSET ?"
            )
        ids = [int(r[0]) for r in self.conn.execute(sql, [*keys, limit, offset])]
        return ids, total

    def incidents_with_all(
        self, groups: Sequence[Sequence[str]], limit: int, offset: int
    ) -> tuple[list[int], int]:
        """Incidents that mention at least one key of every group (KN-23 AND one of Kharkiv's places)."""
        if len(groups) == 1:
            return self.incidents_with_entities(groups[0], limit, offset)
        parts: list[str] = []
        params: list[str] = []
        for group in groups:
            parts.append(
                f"SELECT incident_id FROM incident_entities WHERE entity_key IN ({', '.join('?' for _ in group)})"
            )
            params.extend(group)
        both = " INTERSECT ".join(parts)
        total = int(self._one(f"SELECT count(*) FROM ({both})", params))
        ids = [
            int(r[0])
            for r in self.conn.execute(
                f"SELECT id FROM incidents WHERE id IN ({both}) ORDER BY date DESC, id DESC LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        ]
        return ids, total

    def incidents_in_window(
        self, start: str, end: str, limit: int, offset: int, max_window_days: int
    ) -> tuple[list[int], int]:
        # Windows are at most `max_window_days` long, so the start bound keeps the scan to an index range.
        where = "date_start <= ? AND date_start >= date(?, ?) AND date_end >= ?"
        params = [end, start, f"-{max_window_days} days", start]
        total = int(self._one(f"SELECT count(*) FROM incidents WHERE {where}", params))
        ids = [
            int(r[0])
            for r in self.conn.execute(
                f"SELECT id FROM incidents WHERE {where} ORDER BY date DESC, id DESC LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        ]
        return ids, total

    def incidents_matching_text(self, match: str, limit: int, offset: int) -> tuple[list[int], int, bool]:
        """Incidents one of whose supporting sentences matches an (escaped) FTS5 expression: a page, the count
        (up to the cap) and whether there are more than counted."""
        base = (
            "SELECT DISTINCT r.incident_id AS id FROM sentences_fts f "
            "JOIN report_sentences rs ON rs.sentence_id = f.rowid JOIN reports r ON r.id = rs.report_id "
            "WHERE sentences_fts MATCH ?"
        )
        cap = max(COUNT_CAP, offset + limit)
        total = int(self._one(f"SELECT count(*) FROM ({base} LIMIT {cap + 1})", [match]))
        ids = [
            int(r[0])
            for r in self.conn.execute(
                f"SELECT i.id FROM incidents i WHERE i.id IN ({base}) ORDER BY i.date DESC, i.id DESC LIMIT ? OFFSET ?",
                [match, limit, offset],
            )
        ]
        return ids, min(total, cap), total > cap

    def incident_rows(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        return {
            int(r["id"]): r
            for r in self._rows(
                "SELECT id, date, date_start, date_end, summary, names, report_count FROM incidents "
                f"WHERE id IN ({marks})",
                ids,
            )
        }

    def incident_source_rows(self, ids: Sequence[int], limit: int, offset: int = 0) -> list[dict[str, Any]]:
        """Up to `limit` sources of each incident (from `offset`) in listing order: articles before official
        records, oldest first. Each incident's page is one contiguous read of incident_sources."""
        if not ids:
            return []
        pages = " UNION ALL ".join(
            "SELECT * FROM (SELECT * FROM incident_sources WHERE incident_id = ? "
            "ORDER BY rank_key, report_id LIMIT ? OFFSET ?)"
            for _ in ids
        )
        params: list[int] = []
        for incident_id in ids:
            params.extend((incident_id, limit, offset))
        return self._rows(pages, params)

    def article_reports(self, article_id: int) -> list[dict[str, Any]]:
        """An article's own reading of each incident it reports (before merging): dates and entity names."""
        reports = self._rows(
            "SELECT id, incident_id, date, date_start, date_end, date_phrase FROM reports "
            "WHERE article_id = ? ORDER BY ordinal",
            [article_id],
        )
        for report in reports:
            names = self.conn.execute(
                "SELECT re.kind, coalesce(e.name, re.entity_key) FROM report_entities re "
                "LEFT JOIN entities e ON e.key = re.entity_key WHERE re.report_id = ? ORDER BY re.rowid",
                [report["id"]],
            ).fetchall()
            for kind in ("weapon", "place", "actor", "origin"):
                report[f"{kind}s"] = [str(name) for k, name in names if k == kind]
        return reports

    def incidents_of_article(self, article_id: int) -> list[int]:
        return [
            int(r[0])
            for r in self.conn.execute(
                "SELECT DISTINCT incident_id FROM reports WHERE article_id = ? ORDER BY incident_id",
                [article_id],
            )
        ]

    # ---- full text ----------------------------------------------------------------------------------------

    def search_sentences(self, match: str, limit: int, offset: int) -> tuple[list[dict[str, Any]], int, bool]:
        """A page of matching sentences, newest first, with the count (up to the cap) and whether there are more.

        Newest first by rowid: it stops after the page, where ranking by bm25 reads every match (at 100,000
        articles a common word costs tens of milliseconds ranked, a tenth of one this way).
        """
        cap = max(COUNT_CAP, offset + limit)
        total = int(
            self._one(
                f"SELECT count(*) FROM (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT {cap + 1})",
                [match],
            )
        )
        rows = self._rows(
            "SELECT f.rowid AS sentence_id, snippet(sentences_fts, 0, '**', '**', '…', 32) AS snippet, "
            "a.id AS article_id, a.title, a.outlet, a.published_date, a.url, a.path "
            "FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id "
            "WHERE sentences_fts MATCH ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?",
            [match, limit, offset],
        )
        return rows, min(total, cap), total > cap

    # ---- stats --------------------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        counts: dict[str, Any] = {
            name: int(self._one(f"SELECT count(*) FROM {name}"))
            for name in ("articles", "sentences", "incidents", "reports")
        }
        counts["records"] = int(self._one("SELECT count(*) FROM articles WHERE kind = 'record'"))
        first, last = self.conn.execute("SELECT min(date), max(date) FROM incidents").fetchone()
        counts["first_incident"] = first
        counts["last_incident"] = last
        for kind in ("weapon", "place"):
            counts[f"top_{kind}s"] = [
                (str(name), int(n))
                for name, n in self.conn.execute(
                    "SELECT name, incidents FROM entities WHERE kind = ? AND incidents > 0 "
                    "ORDER BY incidents DESC, name LIMIT 5",
                    [kind],
                )
            ]
        return counts

    # ---- guilds: settings and the moderation audit log ----------------------------------------------------

    def guild_settings(self, guild_id: int) -> dict[str, Any] | None:
        rows = self._rows(
            "SELECT guild_id, moderator_role, updated_at FROM guild_settings WHERE guild_id = ?", [guild_id]
        )
        return rows[0] if rows else None

    def set_moderator_role(self, guild_id: int, role: str | None, now: str) -> None:
        self.conn.execute(
            "INSERT INTO guild_settings (guild_id, moderator_role, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(guild_id) DO UPDATE SET moderator_role = excluded.moderator_role, "
            "updated_at = excluded.updated_at",
            [guild_id, role, now],
        )

    def add_audit(self, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO audit_log ({columns}) VALUES ({marks})", list(values.values())
        )
        return int(cursor.lastrowid or 0)

    def audit_entries(self, guild_id: int, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        total = int(self._one("SELECT count(*) FROM audit_log WHERE guild_id = ?", [guild_id]))
        rows = self._rows(
            "SELECT id, guild_id, user_id, user_name, action, target, outcome, detail, created_at FROM audit_log "
            "WHERE guild_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            [guild_id, limit, offset],
        )
        return rows, total

    # ---- alerts: subscriptions, the outbox cursor and the delivery queue ----------------------------------

    def last_event_id(self) -> int:
        return int(self._one("SELECT coalesce(max(id), 0) FROM events"))

    def events_after(self, cursor: int, limit: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, incident_id, kind, silent FROM events WHERE id > ? ORDER BY id LIMIT ?",
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

    def queue_delivery(
        self, subscription_id: int, incident_id: int, event_id: int, batch: int, nonce: str, now: str
    ) -> bool:
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO deliveries (subscription_id, incident_id, event_id, batch, nonce, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [subscription_id, incident_id, event_id, batch, nonce, now, now],
        )
        return cursor.rowcount > 0

    def pending_deliveries(self, limit: int) -> list[dict[str, Any]]:
        """Queued deliveries of active subscriptions, oldest batch first, each with the size of its batch."""
        return self._rows(
            "SELECT d.id, d.subscription_id, d.incident_id, d.batch, d.nonce, d.attempts, "
            "(SELECT count(*) FROM deliveries b WHERE b.subscription_id = d.subscription_id AND b.batch = d.batch) "
            "AS batch_size "
            "FROM deliveries d JOIN subscriptions s ON s.id = d.subscription_id "
            "WHERE d.status = 'pending' AND s.status = 'active' "
            "ORDER BY d.batch, d.subscription_id, d.incident_id LIMIT ?",
            [limit],
        )

    def mark_deliveries_sent(self, ids: Sequence[int], message_id: int | None, now: str) -> None:
        self.conn.executemany(
            "UPDATE deliveries SET status = 'sent', attempts = attempts + 1, message_id = ?, sent_at = ?, "
            "updated_at = ?, last_error = NULL WHERE id = ? AND status = 'pending'",
            [(message_id, now, now, i) for i in ids],
        )
        self.conn.execute(
            "UPDATE subscriptions SET last_delivery_at = ?, failures = 0 WHERE id IN "
            f"(SELECT subscription_id FROM deliveries WHERE id IN ({', '.join('?' for _ in ids)}))",
            [now, *ids],
        )

    def mark_deliveries_failed(self, ids: Sequence[int], error: str, now: str, *, final: bool) -> None:
        self.conn.executemany(
            "UPDATE deliveries SET attempts = attempts + 1, last_error = ?, updated_at = ?, "
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
            "UPDATE deliveries SET status = 'failed', last_error = ?, updated_at = ? "
            "WHERE subscription_id = ? AND status = 'pending'",
            [error, now, subscription_id],
        )

    @staticmethod
    def cited_list(value: str | None) -> tuple[str, ...]:
        return json_list(value or "[]")


_SUBSCRIPTION_SELECT = (
    "SELECT s.id, s.guild_id, s.channel_id, s.filter_text, s.filter_json, s.status, s.seen_event_id, s.created_by, "
    "s.created_at, s.last_delivery_at, s.last_error, s.last_error_at, s.failures, "
    "(SELECT count(*) FROM deliveries d WHERE d.subscription_id = s.id AND d.status = 'pending') AS pending "
    "FROM subscriptions s "
)


@lru_cache(maxsize=8192)
def json_list(value: str) -> tuple[Any, ...]:
    """A stored JSON list as a tuple (of tuples), decoded once: pages repeat the same few values ("[]")."""
    return tuple(tuple(item) if isinstance(item, list) else item for item in json.loads(value))
