"""Looking after the database: a consistent copy while the bot runs, and a check of everything SQLite can check.

Both are plain functions over a database path, for `incident-bot backup` and `incident-bot check` (and the
container's health check, which uses the quick check: the full-text index check needs the write lock).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot import messages

# Pages copied per step of an online backup: small steps let writers in between (the bot keeps running).
BACKUP_PAGES_PER_STEP = 1024


@dataclass(frozen=True, slots=True)
class CheckResult:
    problems: tuple[str, ...]
    checked: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def backup(database: Path, target: Path) -> int:
    """Copy `database` to `target` with SQLite's online backup (consistent while others write); return the number
    of pages copied. The copy is one self-contained file (no -wal beside it)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy, pages=BACKUP_PAGES_PER_STEP)
        copy.execute("PRAGMA journal_mode = DELETE")  # the copy stands alone
        return int(copy.execute("PRAGMA page_count").fetchone()[0])
    finally:
        copy.close()
        source.close()


def check(database: Path, *, quick: bool = False) -> CheckResult:
    """Integrity (or the quick check), foreign keys and, unless `quick`, the full-text index."""
    if not database.is_file():
        return CheckResult((messages.no_database(str(database)),), ())
    problems: list[str] = []
    checked: list[str] = []
    connection = sqlite3.connect(database, timeout=60)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [str(r[0]) for r in connection.execute(f"PRAGMA {pragma}")]
        checked.append(pragma)
        if rows != ["ok"]:
            problems.extend(f"{pragma}: {row}" for row in rows[:20])
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        checked.append("foreign_key_check")
        problems.extend(
            f"foreign key: {table} row {rowid} -> {parent}" for table, rowid, parent, _ in broken[:20]
        )
        if not quick:
            try:
                connection.execute(
                    "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)"
                )
                checked.append("full-text index")
            except sqlite3.DatabaseError as error:
                problems.append(f"full-text index: {error}")
    except sqlite3.DatabaseError as error:
        problems.append(messages.database_unreadable(str(error)))
    finally:
        connection.close()
    return CheckResult(tuple(problems), tuple(checked))
