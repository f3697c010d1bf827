"""Articles, the sources they were read from, their sentences and facts, and the entities they name."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.models import ArticleDraft, Entity, FileStamp, Owner, RawSource, Sentence, SentenceFacts
from bot.store.base import StoreBase

# Sentence ids are allocated in date order (issue 14): each day of publication owns a block of ids, so the full-
# text index's rowid order is the reports' date order and "newest first" stops after a page.
SENTENCES_PER_DAY = 1 << 32


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """What deciding about a new version of an article needs to know of the stored one."""

    id: int
    source_key: str
    content_hash: str
    owner: str
    guild_id: int | None
    title: str
    stamp: FileStamp | None


@dataclass(frozen=True, slots=True)
class ArticleValues:
    """An article's row as the recorder decides it: the draft plus what reading it concluded."""

    draft: ArticleDraft
    owner: Owner
    published_date: date | None
    cited: tuple[str, ...]
    notes: tuple[str, ...]
    stamp: FileStamp | None
    language: str = ""


_STORED = (
    "SELECT id, source_key, content_hash, owner, guild_id, title, file_size, file_mtime_ns FROM articles "
)


def _stored(row: tuple[Any, ...] | None) -> StoredArticle | None:
    if row is None:
        return None
    stamp = FileStamp(int(row[6]), int(row[7])) if row[6] is not None and row[7] is not None else None
    return StoredArticle(int(row[0]), str(row[1]), str(row[2]), str(row[3]), row[4], str(row[5]), stamp)


def sentence_block(day: date | None) -> int:
    """The first sentence id of a day's block; undated articles share block 0, older than any dated one."""
    return (day.toordinal() if day else 0) * SENTENCES_PER_DAY


class ArticleStore(StoreBase):
    # ---- articles -----------------------------------------------------------------------------------------

    def article_by_source(self, scoped_key: str) -> StoredArticle | None:
        return _stored(self.conn.execute(_STORED + "WHERE source_key = ?", [scoped_key]).fetchone())

    def article_by_hash(self, content_hash: str) -> StoredArticle | None:
        return _stored(
            self.conn.execute(
                _STORED + "WHERE content_hash = ? ORDER BY id LIMIT 1", [content_hash]
            ).fetchone()
        )

    def stored_article(self, article_id: int) -> StoredArticle | None:
        return _stored(self.conn.execute(_STORED + "WHERE id = ?", [article_id]).fetchone())

    def save_article(
        self, article_id: int | None, values: ArticleValues, *, added_by: str | None, now: str
    ) -> int:
        """Insert an article (`article_id` None) or replace the metadata of a stored one; return its id."""
        draft = values.draft
        row: dict[str, Any] = {
            "source_key": values.owner.scoped(draft.source_key),
            "content_hash": draft.content_hash,
            "kind": draft.kind,
            "title": draft.title,
            "outlet": draft.outlet,
            "author": draft.author,
            "published": draft.published.isoformat() if draft.published else None,
            "published_date": values.published_date.isoformat() if values.published_date else None,
            "url": draft.url,
            "path": draft.path,
            "format": draft.format,
            "language": values.language,
            "cited": json.dumps(list(values.cited), ensure_ascii=False),
            "notes": json.dumps(list(values.notes), ensure_ascii=False),
            "file_size": values.stamp.size if values.stamp else None,
            "file_mtime_ns": values.stamp.mtime_ns if values.stamp else None,
            "updated_at": now,
        }
        if article_id is not None:
            del row[
                "source_key"
            ]  # an article keeps the key it was found by, whatever a newer reading makes of it
            assignments = ", ".join(f"{column} = ?" for column in row)
            self.conn.execute(f"UPDATE articles SET {assignments} WHERE id = ?", [*row.values(), article_id])
            return article_id
        row.update(owner=values.owner.key, guild_id=values.owner.guild_id, added_by=added_by, ingested_at=now)
        return self._insert("articles", row)

    def touch_file(self, article_id: int, stamp: FileStamp) -> None:
        """The file was read again and found unchanged: remember its new modification time."""
        self.conn.execute(
            "UPDATE articles SET file_size = ?, file_mtime_ns = ? WHERE id = ?",
            [stamp.size, stamp.mtime_ns, article_id],
        )

    def save_source(self, article_id: int, raw: RawSource) -> None:
        self.conn.execute(
            "INSERT INTO article_sources (article_id, name, format, raw) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(article_id) DO UPDATE SET name = excluded.name, format = excluded.format, "
            "raw = excluded.raw",
            [article_id, raw.name, raw.format, zlib.compress(raw.data)],
        )

    def source(self, article_id: int) -> RawSource | None:
        row = self.conn.execute(
            "SELECT raw, name, format FROM article_sources WHERE article_id = ?", [article_id]
        ).fetchone()
        return None if row is None else RawSource(zlib.decompress(row[0]), str(row[1]), row[2])

    def article_for_reading(self, article_id: int) -> dict[str, Any] | None:
        """What reading a stored article again needs besides its source: where it came from, and whose it is."""
        rows = self._rows(
            "SELECT id, owner, guild_id, kind, title, outlet, author, published, url, path, format, file_size, "
            "file_mtime_ns FROM articles WHERE id = ?",
            [article_id],
        )
        return rows[0] if rows else None

    def article_ids(self, after: int = 0, limit: int = 1000) -> list[int]:
        return [
            int(r[0])
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", [after, limit]
            )
        ]

    def article_count(self) -> int:
        return int(self._one("SELECT count(*) FROM articles"))

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
            "SELECT id, title, outlet, published, published_date, url, path, kind, language, ingested_at, added_by, "
            "(SELECT count(*) FROM reports r WHERE r.article_id = articles.id) AS incident_reports "
            f"FROM articles {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return rows, total

    # ---- sentences and facts ------------------------------------------------------------------------------

    def insert_sentences(
        self, article_id: int, day: date | None, sentences: Sequence[SentenceFacts]
    ) -> list[int]:
        """Insert an article's sentences in the block of its day; return their ids in order."""
        if not sentences:
            return []
        block = sentence_block(day)
        last = self._one(
            "SELECT max(id) FROM sentences WHERE id >= ? AND id < ?", [block, block + SENTENCES_PER_DAY]
        )
        first = int(last) + 1 if last is not None else max(block, 1)
        self.conn.executemany(
            'INSERT INTO sentences (id, article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
            [
                (first + n, article_id, f.sentence.index, f.sentence.start, f.sentence.end, f.sentence.text)
                for n, f in enumerate(sentences)
            ],
        )
        return list(range(first, first + len(sentences)))

    def insert_facts(
        self, article_id: int, sentences: Sequence[SentenceFacts], sentence_ids: Sequence[int]
    ) -> None:
        rows: list[tuple[int, str, str | None, str, str, int, int]] = []
        for facts, sentence_id in zip(sentences, sentence_ids, strict=True):
            # (kind, entity key, value, words, start, end); a name's value is its entity's, kept in `entities`.
            read: list[tuple[str, str | None, str, str, int, int]] = [
                (f"date:{d.kind.value}", None, d.day.isoformat() if d.start == d.end
                 else f"{d.start.isoformat()}..{d.end.isoformat()}", d.phrase, d.offset, d.end_offset)
                for d in facts.dates
            ]  # fmt: skip
            read += [(m.entity.kind.value, m.entity.key, "", m.surface, m.start, m.end)
                     for m in (*facts.weapons, *facts.places, *facts.actors, *facts.outlets)]  # fmt: skip
            read += [("count", c.weapons[0].key if c.weapons else None, f"{c.measure}={c.value}", c.surface, c.offset,
                      c.end_offset) for c in facts.counts]  # fmt: skip
            rows += [(sentence_id, kind, key, value, _stored_surface(facts.sentence, words, start, end), start, end)
                     for kind, key, value, words, start, end in read]  # fmt: skip
        # Numbered within the article: the article's facts are its key's first part, in the order they were read.
        self.conn.executemany(
            'INSERT INTO facts (article_id, n, sentence_id, kind, entity_key, value, surface, start, "end") '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(article_id, n, *row) for n, row in enumerate(rows, 1)],
        )

    def article_facts(self, article_id: int) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT f.kind, f.entity_key, coalesce(nullif(f.value, ''), e.name, f.entity_key) AS value, "
            "CASE f.surface WHEN '' THEN substr(s.text, f.start - s.start + 1, f.\"end\" - f.start) ELSE f.surface END "
            "AS surface, s.text AS sentence, coalesce(e.name, nullif(f.value, ''), f.entity_key) AS name "
            "FROM facts f JOIN sentences s ON s.id = f.sentence_id LEFT JOIN entities e ON e.key = f.entity_key "
            "WHERE f.article_id = ? ORDER BY f.sentence_id, f.start, f.n",
            [article_id],
        )

    # ---- entities -----------------------------------------------------------------------------------------

    def upsert_entities(
        self, entities: Iterable[Entity], where: dict[str, tuple[float, float]] | None = None
    ) -> None:
        """Names, categories, parents and (for places) coordinates follow the gazetteer's current data."""
        where = where or {}
        self.conn.executemany(
            "INSERT INTO entities (key, kind, name, category, parent, latitude, longitude) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
            "category = excluded.category, parent = excluded.parent, latitude = excluded.latitude, "
            "longitude = excluded.longitude",
            [
                (e.key, e.kind.value, e.name, e.category, e.parent, *where.get(e.key, (None, None)))
                for e in entities
            ],
        )

    def place_keys_without_coordinates(self) -> list[str]:
        return [str(r[0]) for r in self.conn.execute(
            "SELECT key FROM entities WHERE kind = 'place' AND latitude IS NULL"
        )]  # fmt: skip

    def set_coordinates(self, where: dict[str, tuple[float, float]]) -> None:
        self.conn.executemany(
            "UPDATE entities SET latitude = ?, longitude = ? WHERE key = ?",
            [(lat, lon, key) for key, (lat, lon) in where.items()],
        )

    def used_entities(self) -> list[tuple[str, str, str, int]]:
        """(key, kind, name, incident count) of every entity some incident mentions."""
        return [
            (str(r[0]), str(r[1]), str(r[2]), int(r[3]))
            for r in self.conn.execute("SELECT key, kind, name, incidents FROM entities WHERE incidents > 0")
        ]

    def named_as_places(self, keys: Sequence[str]) -> list[str]:
        """The `keys` some incident names as a place itself (a region hit, not only a region of the towns hit), in
        the order given."""
        if not keys:
            return []
        marks = ", ".join("?" for _ in keys)
        named = {
            str(key)
            for (key,) in self.conn.execute(
                f"SELECT key FROM entities WHERE key IN ({marks}) AND targets > 0", keys
            )
        }
        return [key for key in keys if key in named]

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


def _stored_surface(sentence: Sentence, surface: str, start: int, end: int) -> str:
    """What a fact stores of its words: nothing when its sentence holds them at its place (article_facts reads them
    from there), else the words, as a date phrase read across punctuation may not match."""
    return "" if sentence.text[start - sentence.start : end - sentence.start] == surface else surface
