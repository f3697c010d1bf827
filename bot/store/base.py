"""The connection, its transactions and the small helpers every part of the Store shares.

Why `write()` begins IMMEDIATE (issue 9): a plain `BEGIN` is deferred, so a transaction that reads first and then
writes asks for the write lock only at its first write; when another process holds it then, SQLite cannot wait
(waiting could deadlock two such readers) and fails at once with "database is locked", whatever the busy timeout.
`BEGIN IMMEDIATE` takes the write lock before anything else, so it waits up to the busy timeout like any lock.
Readers never wait: the database is in WAL mode.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database


class StoreBusy(RuntimeError):
    """Another process held the write lock for longer than the busy timeout."""


class StoreBase:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self._savepoints = itertools.count(1)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def write(self) -> Iterator[None]:
        """One write transaction, the write lock taken up front; inside another, a savepoint (all or nothing)."""
        if self._in_transaction():
            name = f"write_{next(self._savepoints)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self._in_transaction():
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise StoreBusy(str(error)) from error
            raise
        try:
            yield
        except BaseException:
            if self._in_transaction():
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self._in_transaction():
                self.conn.execute("ROLLBACK")
            raise

    def _in_transaction(self) -> bool:
        # A method, not the attribute: SQLite ends a transaction on some errors by itself, which a type checker
        # narrowing `conn.in_transaction` cannot know.
        return self.conn.in_transaction

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))
        return int(cursor.lastrowid or 0)

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


class RollingWrite:
    """Units of work committed together in short write transactions: a new transaction when the last one has
    run `seconds` or holds `limit` units (issue 9: no write holds the lock for more than about a second).

    Each unit is all or nothing (a savepoint); a failed unit rolls back alone and the others still commit.
    """

    def __init__(self, store: StoreBase, *, seconds: float = 0.5, limit: int = 200) -> None:
        self.store = store
        self.seconds = seconds
        self.limit = limit
        self._open: contextlib.ExitStack | None = None
        self._started = 0.0
        self._units = 0
        self.commits = 0

    def __enter__(self) -> RollingWrite:
        return self

    def __exit__(self, kind: object, error: BaseException | None, trace: object) -> None:
        if self._open is not None:
            stack, self._open = self._open, None
            stack.__exit__(type(error) if error else None, error, None)
            if error is None:
                self.commits += 1

    @contextmanager
    def unit(self) -> Iterator[None]:
        if self._open is None:
            stack = contextlib.ExitStack()
            stack.enter_context(self.store.write())  # may raise StoreBusy: nothing is open then
            self._open, self._started, self._units = stack, time.monotonic(), 0
        with self.store.write():
            yield
        self._units += 1
        if self._units >= self.limit or time.monotonic() - self._started >= self.seconds:
            self.flush()

    def flush(self) -> None:
        """Commit what is open now."""
        if self._open is not None:
            stack, self._open = self._open, None
            stack.close()
            self.commits += 1
