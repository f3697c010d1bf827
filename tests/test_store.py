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
