"""The database: migrations applied once, even by processes opening a new database at the same moment."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

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
