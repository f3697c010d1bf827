"""The database: migrations applied once, even by processes opening a new database at the same moment."""

from __future__ import annotations

import json
import multiprocessing
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.guilds import Removal
from bot.merge import Combined
from bot.service import IncidentDesk
from bot.store.schema import migrations
from bot.store.store import Store


def _open(path: str) -> None:
    Store.open(path).close()


def test_processes_opening_a_new_database_at_once_migrate_it_once(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    for round_number in range(5):
        path = str(tmp_path / f"race-{round_number}.db")
        workers = [context.Process(target=_open, args=(path,)) for _ in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        assert [worker.exitcode for worker in workers] == [0, 0, 0, 0]
        store = Store.open(path)
        applied = [m.name for m in migrations.applied(store.db)]
        assert applied == [m.name for m in migrations._migrations]
        assert len(applied) == len(set(applied))
        store.close()


def test_a_new_database_has_wal_foreign_keys_and_a_large_cache(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "x.db")
    assert store.conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert store.conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
    assert store.conn.execute("PRAGMA cache_size").fetchone() == (-32000,)
    store.close()


def test_every_foreign_key_is_the_head_of_an_index() -> None:
    """A row deleted from a parent table is looked up in each child table by its foreign key: without an index
    on that column the look-up reads the whole child table, once per deleted row."""
    conn = Store.memory().conn
    tables = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL")
    ]
    unindexed = []
    for table in tables:
        # The first column of the primary key (an INTEGER PRIMARY KEY is the rowid itself) is looked up directly.
        heads = {c[1] for c in conn.execute(f"PRAGMA table_info('{table}')").fetchall() if c[5] == 1}
        for index in conn.execute(f"PRAGMA index_list('{table}')").fetchall():
            columns = conn.execute(f"PRAGMA index_info('{index[1]}')").fetchall()
            if columns:
                heads.add(columns[0][2])
        for key in conn.execute(f"PRAGMA foreign_key_list('{table}')").fetchall():
            if key[3] not in heads:
                unindexed.append(f"{table}.{key[3]}")
    assert unindexed == []


def test_compacting_keeps_every_row_and_its_order(tmp_path: Path) -> None:
    """m009 rebuilds four tables with new keys: a database made before it keeps its facts (numbered in their old
    order), its entities (reports' in the order they were read) and its full-text index."""
    db = Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="m009_compact")
    db.execute("INSERT INTO articles (id, source_key, content_hash, kind, title, format, ingested_at, updated_at) "
               "VALUES (7, 'k', 'h', 'article', 'T', 'text', 'now', 'now')")  # fmt: skip
    db.execute("INSERT INTO sentences (id, article_id, idx, start, \"end\", text) VALUES (40, 7, 0, 0, 24, "
               "'Two KN-23 hit Kharkiv.')")  # fmt: skip
    facts = [(7, 40, "weapon", "weapon:kn-23", "KN-23", "KN-23", 4, 9), (7, 40, "place", "place:kharkiv", "Kharkiv",
             "Kharkiv", 14, 21), (7, 40, "count", None, "launched=2", "Two", 0, 3)]  # fmt: skip
    db.conn.executemany('INSERT INTO facts (article_id, sentence_id, kind, entity_key, value, surface, start, "end") '
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", facts)  # fmt: skip
    db.execute("INSERT INTO incidents (id, date, date_start, date_end, summary, created_at, updated_at) "
               "VALUES (3, '2024-07-31', '2024-07-31', '2024-07-31', 's', 'now', 'now')")  # fmt: skip
    db.execute("INSERT INTO reports (id, incident_id, article_id, ordinal, date, date_start, date_end, date_phrase, "
               "summary, rank_key) VALUES (5, 3, 7, 0, '2024-07-31', '2024-07-31', '2024-07-31', '', 's', 'r')")  # fmt: skip
    db.conn.executemany("INSERT INTO report_entities (report_id, entity_key, kind) VALUES (5, ?, ?)",
                        [("place:kharkiv", "place"), ("weapon:kn-23", "weapon")])  # fmt: skip
    db.execute("INSERT INTO incident_entities VALUES (3, 'weapon:kn-23', 'weapon', '2024-07-31')")
    migrations.apply(db)
    assert db.execute('SELECT article_id, n, kind, value, surface FROM facts ORDER BY n').fetchall() == [
        (7, 1, "weapon", "KN-23", "KN-23"), (7, 2, "place", "Kharkiv", "Kharkiv"), (7, 3, "count", "launched=2", "Two")
    ]  # fmt: skip
    assert db.execute("SELECT entity_key FROM report_entities ORDER BY n").fetchall() == [
        ("place:kharkiv",),
        ("weapon:kn-23",),
    ]
    assert db.execute("SELECT * FROM incident_entities").fetchall() == [
        (3, "weapon:kn-23", "weapon", "2024-07-31")
    ]
    assert db.execute("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'kharkiv'").fetchall() == [
        (40,)
    ]
    assert db.execute("SELECT count(*) FROM incident_overview").fetchone() == (1,)


def test_entity_counts_follow_incidents_through_merges_edits_and_removals(
    desk: IncidentDesk, tmp_path: Path
) -> None:
    """Each entity's incident and target counts (`stats`, the name index) are moved only where they change; they
    stay what a recount of the incidents' entities gives."""
    folder = Path(__file__).resolve().parent.parent / "bench" / "devset" / "articles"
    report = desk.ingest_paths(sorted(folder.glob("*.txt"))[:30], silent=True)
    assert report.stored == 30

    def counts_and_recount() -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
        conn = desk.store.conn
        kept = conn.execute(
            "SELECT key, incidents, targets FROM entities WHERE incidents > 0 OR targets > 0 ORDER BY key"
        ).fetchall()
        recount = conn.execute(
            "SELECT entity_key, count(DISTINCT incident_id), sum(kind = 'place') FROM incident_entities "
            "GROUP BY entity_key ORDER BY entity_key"
        ).fetchall()
        return kept, recount

    def rows_and_recompute() -> tuple[set[tuple[int, str, str, str]], set[tuple[int, str, str, str]]]:
        """Each incident's entity rows, and the rows a full recompute of it from its reports would write."""
        store = desk.store
        rows = {(int(i), str(k), str(kind), str(d)) for i, k, kind, d in store.conn.execute(
            "SELECT incident_id, entity_key, kind, date FROM incident_entities"
        )}  # fmt: skip
        recomputed = set()
        for (incident_id,) in store.conn.execute("SELECT id FROM incidents").fetchall():
            combined = desk.recorder.recombined(incident_id)
            assert combined is not None
            state = desk.recorder.state_of(combined)
            recomputed |= {(incident_id, key, kind, state.day) for key, kind in state.entities.items()}
        return rows, recomputed

    kept, recount = counts_and_recount()
    assert len(kept) == 72
    assert kept == recount
    # A report, then an edit that adds a weapon and a village to its incident, then one that takes them away
    # again: only the rows that change are written (issue 14), and they are what a full rewrite gives.
    story = tmp_path / "addition.txt"
    lead = "Published: 2024-09-05\n\nOn Wednesday a Kalibr missile hit Lviv{} the regional governor said.\n"
    plain = {("place:ua-city-lviv", "place"), ("place:ua-oblast-lviv", "within"), ("weapon:kalibr", "weapon")}
    added = {("place:ua-city-sokilnyky", "place"), ("weapon:kinzhal", "weapon")}
    first_rows: list[tuple[int, str]] = []
    for addition, expected in (
        (",", plain),
        (" and a Kinzhal missile hit the village of Sokilnyky,", plain | added),
        (",", plain),
    ):
        story.write_text(lead.format(addition))
        desk.ingest_paths([story], silent=True)
        rows, recomputed = rows_and_recompute()
        assert rows == recomputed
        (incident_id,) = {i for i, key, _, day in rows if key == "weapon:kalibr" and day == "2024-09-04"}
        assert {(key, kind, day) for i, key, kind, day in rows if i == incident_id} == {
            (key, kind, "2024-09-04") for key, kind in expected
        }
        kept, recount = counts_and_recount()
        assert kept == recount
        kept_rows = desk.store.conn.execute(
            "SELECT rowid, entity_key FROM incident_entities WHERE incident_id = ? AND entity_key IN (?, ?, ?) "
            "ORDER BY entity_key",
            [incident_id, *sorted(key for key, _ in plain)],
        ).fetchall()
        if first_rows:
            assert kept_rows == first_rows  # not deleted and written again
        first_rows = kept_rows
    for article_id in (3, 7, 11):
        assert desk.remove_article(article_id) is Removal.REMOVED
    kept, recount = counts_and_recount()
    assert kept == recount
    rows, recomputed = rows_and_recompute()
    assert rows == recomputed


def test_a_page_of_several_keys_is_the_page_one_sorted_query_gives(desk: IncidentDesk) -> None:
    """Each key's index is read in date order and the runs merged, and a city and its region are counted from
    their counts (issue 14); the pages and totals are those of one query over every row."""
    folder = Path(__file__).resolve().parent.parent / "bench" / "devset" / "articles"
    desk.ingest_paths(sorted(folder.glob("*.txt")), silent=True)
    store, conn = desk.store, desk.store.conn
    keys = [str(k) for (k,) in conn.execute(
        "SELECT entity_key FROM incident_entities GROUP BY entity_key ORDER BY count(*) DESC LIMIT 4"
    )]  # fmt: skip
    assert len(keys) == 4
    for sources in ([keys[0]], keys[:2], keys, [keys[1], keys[3]]):
        marks = ", ".join("?" for _ in sources)
        for offset in (0, 3, 5, 40):
            expected = [int(r[0]) for r in conn.execute(
                f"SELECT DISTINCT incident_id, date FROM incident_entities WHERE entity_key IN ({marks}) "
                "ORDER BY date DESC, incident_id DESC LIMIT 5 OFFSET ?", [*sources, offset]
            )]  # fmt: skip
            total = conn.execute(
                f"SELECT count(DISTINCT incident_id) FROM incident_entities WHERE entity_key IN ({marks})",
                sources,
            ).fetchone()[0]
            assert store.incidents_with_entities(sources, 5, offset) == (expected, total), (sources, offset)
    # A region answered only where it is itself named ("Odesa": the city, and the region named as a place), and
    # two regions ("Kharkiv": its district and its oblast), counted by inclusion and exclusion.
    city, *regions = (str(key) for (key,) in conn.execute(
        "SELECT entity_key FROM incident_entities WHERE kind = 'place' AND entity_key LIKE 'place:ua-%' "
        "GROUP BY entity_key ORDER BY count(*) DESC, entity_key LIMIT 3"
    ))  # fmt: skip
    for named in (regions[:1], regions, regions[::-1]):
        marks = ", ".join("?" for _ in named)
        union = f"FROM incident_entities WHERE entity_key = ? OR (entity_key IN ({marks}) AND kind = 'place')"
        total = conn.execute(f"SELECT count(DISTINCT incident_id) {union}", [city, *named]).fetchone()[0]
        for offset in (0, 5):
            expected = [int(r[0]) for r in conn.execute(
                f"SELECT DISTINCT incident_id, date {union} ORDER BY date DESC, incident_id DESC LIMIT 5 OFFSET ?",
                [city, *named, offset],
            )]  # fmt: skip
            assert store.incidents_with_entities([city], 5, offset, named=named) == (expected, total)


def test_a_merged_report_is_folded_into_what_its_incident_says_as_a_full_recompute_gives(
    desk: IncidentDesk, tmp_path: Path
) -> None:
    """Issue 14: a report that joins an incident is folded into the incident's kept state without reading its other
    reports; in whatever order articles come, every incident says exactly what recomputing it from all its reports
    says (its day by most reports, its names in the order first listed, a place launched from by one source and hit
    by another, the first figures), and keeps the state that recomputation gives."""
    rng = random.Random(14)
    attacks = [
        ("2024-09-04", ["Kalibr", "Kinzhal", "Shahed drones"], ["Lviv", "Sokilnyky", "Kyiv"]),
        ("2024-09-11", ["Kh-101", "Iskander-M missiles"], ["Odesa", "Izmail", "Kharkiv"]),
    ]
    days = {
        "2024-09-04": ("on Wednesday", "overnight into Thursday"),
        "2024-09-11": ("on Wednesday", "on Tuesday"),
    }
    for number in range(40):
        day, weapons, places = rng.choice(attacks)
        published = date.fromisoformat(day) + timedelta(days=rng.randint(1, 4))
        when = rng.choice(days[day]) if rng.random() < 0.3 else days[day][0]
        used = rng.sample(weapons, rng.randint(1, len(weapons)))
        hit = rng.sample(places, rng.randint(1, len(places)))
        lead = f"{' and '.join(used)} hit {' and '.join(hit)} {when}, killing {rng.randint(1, 9)} people."
        if rng.random() < 0.3:
            lead += " The drones were launched from Kharkiv and Kursk."
        (tmp_path / f"report-{number:02d}.txt").write_text(
            f"Published: {published}\n\n{lead}\n", encoding="utf-8"
        )
    paths = sorted(tmp_path.glob("*.txt"))
    rng.shuffle(paths)
    desk.ingest_paths(paths, silent=True)
    store = desk.store
    rows = store.conn.execute(
        "SELECT id, date, date_start, date_end, summary, names FROM incidents ORDER BY id"
    ).fetchall()
    assert sorted(store.report_count(int(row[0])) for row in rows) == [2, 7, 15, 16]
    for incident_id, day, start, end, summary, names in rows:
        combined = desk.recorder.recombined(int(incident_id))
        assert combined is not None
        state = desk.recorder.state_of(combined)
        assert store.incident_combined(int(incident_id)) == combined
        assert (day, start, end, summary, json.loads(names)) == (
            state.day, state.start, state.end, state.summary, state.names
        )  # fmt: skip


def test_merging_into_an_incident_reads_none_of_its_other_reports(desk: IncidentDesk, tmp_path: Path) -> None:
    """The second report of an attack is folded into the first's incident from the state kept with it; a
    database from before that state was kept recomputes the incident in full once, then keeps it."""
    first, second, third = (tmp_path / f"{n}.txt" for n in ("first", "second", "third"))
    first.write_text("Published: 2024-09-05\n\nOn Wednesday a Kalibr missile hit Lviv, the governor said.\n")
    second.write_text(
        "Published: 2024-09-06\n\nA Kalibr missile struck Lviv on Wednesday, killing two people.\n"
    )
    third.write_text(
        "Published: 2024-09-07\n\nOn Wednesday a Kalibr missile hit Lviv and Kinzhal missiles hit Lviv too.\n"
    )
    desk.ingest_paths([first], silent=True)
    (incident_id,) = [int(i) for (i,) in desk.store.conn.execute("SELECT id FROM incidents")]

    def no_reading(*_: object) -> None:
        raise AssertionError("read the incident's reports")

    def kept_and_recomputed() -> tuple[Combined | None, Combined | None]:
        return desk.store.incident_combined(incident_id), desk.recorder.recombined(incident_id)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(desk.store, "reports_of_incident", no_reading)
        desk.ingest_paths([second], silent=True)
    assert desk.store.report_count(incident_id) == 2
    kept, recomputed = kept_and_recomputed()
    assert kept is not None
    assert kept == recomputed
    (summary,) = desk.store.conn.execute(
        "SELECT summary FROM incidents WHERE id = ?", [incident_id]
    ).fetchone()
    assert summary == "Kalibr cruise missile attack: Lviv (2 killed)"
    desk.store.conn.execute("UPDATE incidents SET combined = NULL")
    desk.ingest_paths([third], silent=True)
    assert desk.store.report_count(incident_id) == 3
    kept, recomputed = kept_and_recomputed()
    assert kept is not None
    assert kept == recomputed
