"""The database schema, managed by sqlite-utils migrations (each applied in its own transaction).

Why a report table: an incident is what happened; a report is one article's account of it (its date phrase, its
sentences, its weapons and places). Several reports from different outlets merge into one incident, and
re-ingesting or removing an article only touches its own reports.
"""

from __future__ import annotations

import zlib

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("incident-desk")
# How long a writer waits for another process's write lock. Every write holds it for well under a second (intake
# commits in small steps), so this is many writers' worth of patience.
BUSY_TIMEOUT_MS = 30_000


@migrations()
def m001_core(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source_key TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'article',
            title TEXT NOT NULL,
            outlet TEXT,
            author TEXT,
            published TEXT,
            published_date TEXT,
            url TEXT,
            path TEXT,
            format TEXT NOT NULL,
            cited TEXT NOT NULL DEFAULT '[]',
            added_by TEXT,
            guild_id INTEGER,
            ingested_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);

        -- The clean text, apart from the metadata that every answer reads: small article rows stay in cache.
        CREATE TABLE article_texts (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            body TEXT NOT NULL
        );

        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX sentences_article ON sentences(article_id, idx);

        CREATE VIRTUAL TABLE sentences_fts USING fts5(
            text, content='sentences', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        CREATE TRIGGER sentences_au AFTER UPDATE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;

        CREATE TABLE entities (
            key TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            parent TEXT,
            incidents INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX entities_used ON entities(incidents) WHERE incidents > 0;

        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            entity_key TEXT,
            value TEXT NOT NULL,
            surface TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX facts_article ON facts(article_id);
        CREATE INDEX facts_sentence ON facts(sentence_id);

        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            date_start TEXT NOT NULL,
            date_end TEXT NOT NULL,
            summary TEXT NOT NULL,
            report_count INTEGER NOT NULL DEFAULT 0,
            -- Display names by kind, as JSON, kept with the incident: a page of answers reads no other table for
            -- them. incident_entities holds the same keys for finding incidents by name.
            names TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX incidents_newest ON incidents(date DESC, id DESC);
        CREATE INDEX incidents_window ON incidents(date_start, date_end);

        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents(id),
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            date TEXT NOT NULL,
            date_start TEXT NOT NULL,
            date_end TEXT NOT NULL,
            date_phrase TEXT NOT NULL,
            summary TEXT NOT NULL,
            -- The order sources are listed in: articles before official records, oldest first. Indexed with the
            -- incident, so the first page of a much-reported incident's sources reads only that page.
            rank_key TEXT NOT NULL,
            UNIQUE(article_id, ordinal)
        );
        CREATE INDEX reports_incident ON reports(incident_id, rank_key);

        -- The read model of an incident's sources: what a source line shows, clustered by incident in listing
        -- order, so that the sources of a page of incidents are a few contiguous reads however large the
        -- database. Written with the report; removed with it.
        CREATE TABLE incident_sources (
            incident_id INTEGER NOT NULL,
            rank_key TEXT NOT NULL,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            article_id INTEGER NOT NULL,
            title TEXT NOT NULL,
            outlet TEXT,
            published_date TEXT,
            url TEXT,
            path TEXT,
            cited TEXT NOT NULL,
            kind TEXT NOT NULL,
            date_phrase TEXT NOT NULL,
            snippet TEXT NOT NULL,
            -- The figures this report states, as JSON [[measure, value, sentence], ...].
            claims TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (incident_id, rank_key, report_id)
        ) WITHOUT ROWID;
        CREATE INDEX incident_sources_report ON incident_sources(report_id);

        CREATE TABLE report_sentences (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            rank INTEGER NOT NULL,
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            PRIMARY KEY (report_id, rank)
        ) WITHOUT ROWID;
        CREATE INDEX report_sentences_sentence ON report_sentences(sentence_id);

        CREATE TABLE report_entities (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            entity_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (report_id, entity_key)
        );

        CREATE TABLE incident_entities (
            incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            entity_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            date TEXT NOT NULL,
            PRIMARY KEY (incident_id, entity_key)
        );
        -- Newest-first pages for one entity read straight off this index.
        CREATE INDEX incident_entities_newest ON incident_entities(entity_key, date DESC, incident_id DESC);

        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
            measure TEXT NOT NULL,
            value INTEGER NOT NULL
        );
        CREATE INDEX claims_report ON claims(report_id);

        -- The outbox: one row per incident created, written in the ingest's own transaction, so an alert can
        -- neither be lost nor invented by a crash. `silent` marks bulk history that must not flood channels.
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            silent INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX events_incident ON events(incident_id);

        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


# Statements one by one rather than `executescript`, which commits first and so would escape the migration's
# transaction.
_M002_DISCORD = (
    # The outbox again, with AUTOINCREMENT: removing an article can delete the newest incident and, through the
    # cascade, its event; a plain INTEGER PRIMARY KEY would then hand that id to the next event, which the alert
    # poller (whose cursor already passed it) would never see.
    """CREATE TABLE events_v2 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        silent INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    )""",
    "INSERT INTO events_v2 (id, incident_id, kind, silent, created_at) "
    "SELECT id, incident_id, kind, silent, created_at FROM events",
    "DROP TABLE events",
    "ALTER TABLE events_v2 RENAME TO events",
    "CREATE INDEX events_incident ON events(incident_id)",
    # Per-guild settings are data: the moderator role a guild chose (else MODERATOR_ROLE applies).
    """CREATE TABLE guild_settings (
        guild_id INTEGER PRIMARY KEY,
        moderator_role TEXT,
        updated_at TEXT NOT NULL
    )""",
    # One subscription per channel, so that an incident is announced once per channel whatever the filter.
    # `seen_event_id`: events up to this one predate the subscription and are never announced to it.
    """CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER NOT NULL,
        channel_id INTEGER NOT NULL UNIQUE,
        filter_text TEXT NOT NULL DEFAULT '',
        filter_json TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
        seen_event_id INTEGER NOT NULL DEFAULT 0,
        created_by INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_delivery_at TEXT,
        last_error TEXT,
        last_error_at TEXT,
        failures INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX subscriptions_guild ON subscriptions(guild_id, id)",
    "CREATE INDEX subscriptions_status ON subscriptions(status, id)",
    # The durable alert queue: one row per (subscription, incident), ever. `batch` is the poll that queued it
    # (a wave in one batch becomes one digest, decided the same way after a restart); `nonce` is sent with the
    # message so that Discord drops a resend of a message it already has.
    """CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions(id) ON DELETE CASCADE,
        incident_id INTEGER NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL,
        batch INTEGER NOT NULL,
        nonce TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        message_id INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (subscription_id, incident_id)
    )""",
    "CREATE INDEX deliveries_pending ON deliveries(subscription_id, batch, id) WHERE status = 'pending'",
    "CREATE INDEX deliveries_incident ON deliveries(incident_id)",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        user_name TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX audit_log_guild ON audit_log(guild_id, id DESC)",
    # `article remove` checks the guild an article came from; `article list` can filter by it.
    "CREATE INDEX articles_guild ON articles(guild_id, id)",
)


@migrations()
def m002_discord(db: Database) -> None:
    """Guild settings, alert subscriptions and their delivery queue, and the moderation audit log."""
    for statement in _M002_DISCORD:
        db.execute(statement)


# Issue 9 and the write path of issue 11: owners, skipping unchanged files, sources kept for `reindex`, per-weapon
# figures, the sentence that names each entity of a report, waves of events, and deliveries claimed before sending.
_M003_WRITE_PATH = (
    # An article belongs to whoever added it: the same URL from another guild is another article, never an edit of
    # this one. Guild and feed articles carry their owner in their source key ("guild:7|https://...").
    "UPDATE articles SET source_key = 'guild:' || guild_id || '|' || source_key WHERE guild_id IS NOT NULL",
    "ALTER TABLE articles ADD COLUMN owner TEXT NOT NULL DEFAULT ''",
    "UPDATE articles SET owner = 'guild:' || guild_id WHERE guild_id IS NOT NULL",
    "CREATE INDEX articles_owner ON articles(owner, id)",
    # A file whose size and modification time are unchanged is skipped unread.
    "ALTER TABLE articles ADD COLUMN file_size INTEGER",
    "ALTER TABLE articles ADD COLUMN file_mtime_ns INTEGER",
    # What was cut or assumed while reading it, as a JSON list of sentences.
    "ALTER TABLE articles ADD COLUMN notes TEXT NOT NULL DEFAULT '[]'",
    # The bytes each article was read from (zlib-compressed), for `reindex`; the clean body is in its sentences.
    """CREATE TABLE article_sources (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        format TEXT,
        raw BLOB NOT NULL
    )""",
    "ALTER TABLE claims ADD COLUMN weapon_key TEXT",
    "ALTER TABLE report_entities ADD COLUMN sentence_id INTEGER",
    # A wave is one intake run (a folder, a feed poll, one added article): alerts wait until it is closed, so a
    # wave of many incidents becomes one digest however its commits fall.
    """CREATE TABLE waves (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        feed_id INTEGER,
        started_at TEXT NOT NULL,
        closed_at TEXT
    )""",
    "ALTER TABLE events ADD COLUMN wave_id INTEGER",
    "ALTER TABLE events ADD COLUMN article_id INTEGER",
    # A delivery is claimed (token and time) before it is sent, and remembers the parts Discord accepted.
    "ALTER TABLE deliveries ADD COLUMN kind TEXT NOT NULL DEFAULT 'new'",
    "ALTER TABLE deliveries ADD COLUMN claim_token TEXT",
    "ALTER TABLE deliveries ADD COLUMN claimed_at TEXT",
    "ALTER TABLE deliveries ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE deliveries ADD COLUMN message_ids TEXT NOT NULL DEFAULT '[]'",
)


@migrations()
def m003_write_path(db: Database) -> None:
    for statement in _M003_WRITE_PATH:
        db.execute(statement)
    # Bodies become sources of the "body" format: clean text, read again without looking for a header.
    rows = db.execute("SELECT article_id, body FROM article_texts").fetchall()
    db.conn.executemany(
        "INSERT INTO article_sources (article_id, name, format, raw) VALUES (?, 'body.txt', 'body', ?)",
        [(article_id, zlib.compress(body.encode())) for article_id, body in rows],
    )
    db.execute("DROP TABLE article_texts")


@migrations()
def m004_languages_and_targets(db: Database) -> None:
    """Each article's language (issue 12), and how many incidents each place was a target of, apart from those it
    was a launch site of (`stats` ranked launch sites among the most reported places: issue 10)."""
    db.execute("ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX articles_language ON articles(language)")
    db.execute("ALTER TABLE incident_sources ADD COLUMN language TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE entities ADD COLUMN targets INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "UPDATE entities SET targets = (SELECT count(*) FROM incident_entities ie WHERE ie.entity_key = entities.key "
        "AND ie.kind = 'place')"
    )


# Issue 11: news feeds each server follows, the entries read from them, and notices for moderators.
_M005_FEEDS = (
    """CREATE TABLE feeds (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER,                -- NULL: added by the operator from the command line
        channel_id INTEGER,              -- where it was added: where its moderators are told of trouble
        url TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        filter_text TEXT NOT NULL DEFAULT '',
        filter_json TEXT NOT NULL DEFAULT '[]',
        interval_seconds INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'active',   -- active | paused
        paused_reason TEXT,
        etag TEXT,
        last_modified TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        last_polled_at TEXT,
        last_success_at TEXT,
        last_error TEXT,
        last_error_at TEXT,
        next_poll_at TEXT NOT NULL,
        entries_seen INTEGER NOT NULL DEFAULT 0,
        added_by TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (guild_id, url)
    )""",
    "CREATE INDEX feeds_due ON feeds(status, next_poll_at)",
    # An entry is known by its feed and key (its id, else its link, else a hash of its content); its article is
    # shared by every feed that carries the same report.
    """CREATE TABLE feed_entries (
        feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        entry_key TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        first_seen_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, entry_key)
    ) WITHOUT ROWID""",
    "CREATE INDEX feed_entries_article ON feed_entries(article_id)",
    # Messages for moderators that any process may write (a CLI poller pausing a feed) and the bot sends once.
    """CREATE TABLE notices (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        guild_id INTEGER,
        channel_id INTEGER NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT
    )""",
    "CREATE INDEX notices_unsent ON notices(sent_at, id)",
)


@migrations()
def m005_feeds(db: Database) -> None:
    for statement in _M005_FEEDS:
        db.execute(statement)


@migrations()
def m006_figures(db: Database) -> None:
    """Issue 13: a map reads every place of the incidents of a period."""
    db.execute("CREATE INDEX incident_entities_date ON incident_entities(date, kind)")


# Issue 13: the read-only web view. Places carry their coordinates (for the map); views read like the bot's
# answers: an incident with its weapons, places, oblasts, outlets and languages as JSON arrays (facets), and each
# place an incident hit with where it is.
_M007_WEB = (
    "ALTER TABLE entities ADD COLUMN latitude REAL",
    "ALTER TABLE entities ADD COLUMN longitude REAL",
    """CREATE VIEW incident_overview AS
    SELECT i.id, i.date, i.date_start, i.date_end, i.summary, i.report_count AS sources,
        (SELECT json_group_array(e.name) FROM incident_entities ie JOIN entities e ON e.key = ie.entity_key
          WHERE ie.incident_id = i.id AND ie.kind = 'weapon') AS weapons,
        (SELECT json_group_array(DISTINCT e.category) FROM incident_entities ie JOIN entities e ON e.key = ie.entity_key
          WHERE ie.incident_id = i.id AND ie.kind = 'weapon') AS categories,
        (SELECT json_group_array(e.name) FROM incident_entities ie JOIN entities e ON e.key = ie.entity_key
          WHERE ie.incident_id = i.id AND ie.kind = 'place') AS places,
        (SELECT json_group_array(e.name) FROM incident_entities ie JOIN entities e ON e.key = ie.entity_key
          WHERE ie.incident_id = i.id AND ie.kind IN ('place', 'within') AND e.category = 'oblast') AS oblasts,
        (SELECT json_group_array(DISTINCT s.outlet) FROM incident_sources s WHERE s.incident_id = i.id) AS outlets,
        (SELECT json_group_array(DISTINCT s.language) FROM incident_sources s
          WHERE s.incident_id = i.id AND s.language != '') AS languages
    FROM incidents i""",
    """CREATE VIEW incident_places AS
    SELECT i.id AS incident_id, i.date, i.summary, e.name AS place, e.category AS kind, e.latitude, e.longitude
    FROM incident_entities ie JOIN incidents i ON i.id = ie.incident_id JOIN entities e ON e.key = ie.entity_key
    WHERE ie.kind = 'place' AND e.latitude IS NOT NULL""",
)


@migrations()
def m007_web(db: Database) -> None:
    for statement in _M007_WEB:
        db.execute(statement)


@migrations()
def m008_claims_by_sentence(db: Database) -> None:
    """Deleting an article's sentences (remove, update, reindex) checks each one against every table that refers
    to it; without this index that check read all of `claims`, once per sentence: reindexing 100,000 articles
    spent nine tenths of its time there."""
    db.execute("CREATE INDEX claims_sentence ON claims(sentence_id)")


def connect(path: str, *, memory: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """Open (and migrate) a database: WAL so readers never wait for the writer, foreign keys enforced."""
    db = Database(memory=True) if memory else Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    # Every write transaction begins IMMEDIATE (see Store.write), so a writer waits here for another process's
    # lock rather than failing at once.
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    if not memory:
        db.enable_wal()
        # With WAL, NORMAL keeps every commit atomic and durable across application crashes.
        db.execute("PRAGMA synchronous = NORMAL")
        # 32 MB of page cache (the default is 2 MB): the indexes a question touches stay in memory.
        db.execute("PRAGMA cache_size = -32000")
    if migrations.pending(db):
        # Under the write lock, so that two processes (the bot and the CLI) opening a new database at the same
        # moment migrate it once: the second finds nothing pending.
        db.execute("BEGIN IMMEDIATE")
        try:
            migrations.apply(db)
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    return db


# Issue 14: at most 7 KB per article. Reports' entities, keyed by a pair, get that pair as their only key, so a row
# is stored once instead of in a table and again in its key's index (numbered in the order they were read); a
# period's incidents are found by the incidents' own date index, not by a second one on their entities; facts are
# kept in their article's order (an article's facts are read and deleted together, never one sentence's); and the
# full-text index keeps no per-sentence token counts (they serve only bm25 ranking, which search does not use: it
# reads newest first). Incidents' entities keep their rowid: keyed by their pair, a region's question (many keys,
# newest first) took three times as long.
_M009_COMPACT = (
    "DROP VIEW incident_overview",
    "DROP VIEW incident_places",
    # A period's places are found through the incidents' own date index (figures.places_of_incidents).
    "DROP INDEX incident_entities_date",
    """CREATE TABLE report_entities_compact (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        entity_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        sentence_id INTEGER,
        n INTEGER NOT NULL,
        PRIMARY KEY (report_id, entity_key)
    ) WITHOUT ROWID""",
    "INSERT INTO report_entities_compact SELECT report_id, entity_key, kind, sentence_id, rowid FROM report_entities",
    "DROP TABLE report_entities",
    "ALTER TABLE report_entities_compact RENAME TO report_entities",
    # A fact goes with its article (deleted by article before its sentences), so it refers to its sentence
    # without a foreign key: one fewer index, and no check of every fact when sentences are deleted.
    """CREATE TABLE facts_compact (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        sentence_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        entity_key TEXT,
        value TEXT NOT NULL,
        surface TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, n)
    ) WITHOUT ROWID""",
    """INSERT INTO facts_compact
        SELECT article_id, row_number() OVER (PARTITION BY article_id ORDER BY id), sentence_id, kind, entity_key,
            value, surface, start, "end"
        FROM facts""",
    "DROP TABLE facts",
    "ALTER TABLE facts_compact RENAME TO facts",
    "DROP TABLE sentences_fts",
    """CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content='sentences', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2',
        columnsize=0
    )""",
    "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')",
    *(statement for statement in _M007_WEB if statement.startswith("CREATE VIEW")),
)


@migrations()
def m009_compact(db: Database) -> None:
    for statement in _M009_COMPACT:
        db.execute(statement)


@migrations()
def m010_combined(db: Database) -> None:
    """Issue 14: what an incident's reports say together, kept so that merging one more report does not read the
    others again (NULL until the incident is next recomputed in full)."""
    db.execute("ALTER TABLE incidents ADD COLUMN combined TEXT")
