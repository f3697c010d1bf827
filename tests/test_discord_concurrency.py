"""The event loop is never blocked: the bot answers a prefix command while a 1,000-article ingest runs through
`AsyncIncidentDesk.ingest_paths` (extraction and SQLite on the desk's writer thread, the answer on its reader)."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
import simcord

from bot.service import AsyncIncidentDesk

from .conftest import SAMPLE
from .discord_helpers import World, bot_messages

pytestmark = pytest.mark.usefixtures("logged_errors")

PLACES = (
    "Kharkiv",
    "Odesa",
    "Dnipro",
    "Zaporizhzhia",
    "Lviv",
    "Sumy",
    "Kherson",
    "Mykolaiv",
    "Poltava",
    "Chernihiv",
)
WEAPONS = (
    "Shahed-136 drones",
    "Kh-101 cruise missiles",
    "Iskander-M ballistic missiles",
    "Kalibr cruise missiles",
)


def thousand_articles(folder: Path) -> list[Path]:
    start = date(2022, 3, 1)
    paths = []
    for n in range(1000):
        day = start + timedelta(days=n)
        place, weapon = PLACES[n % len(PLACES)], WEAPONS[n % len(WEAPONS)]
        path = folder / f"report-{n:04d}.txt"
        path.write_text(
            f"Strike on {place}, report {n}\n\nPublished: {day:%d %B %Y}\n\n"
            f"Russia attacked {place} with {weapon} on {day.day} {day:%B}, the regional administration said. "
            f"Debris damaged {n % 7 + 2} houses in {place}.\n"
        )
        paths.append(path)
    return paths


def stored_articles(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


async def test_the_bot_answers_while_a_thousand_articles_are_ingested(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk, tmp_path: Path
) -> None:
    await async_desk.ingest_paths([SAMPLE])
    bulk = tmp_path / "bulk"
    bulk.mkdir()
    paths = thousand_articles(bulk)
    started = time.perf_counter()
    ingest = asyncio.ensure_future(async_desk.ingest_paths(paths))
    # The ingest runs on the desk's writer thread; its progress shows only in the database.
    while stored_articles(async_desk.settings.db_path) < 20:  # noqa: ASYNC110
        await asyncio.sleep(0.01)

    await world.alice.send(world.channel, "!incident KN-23")
    answered_after = time.perf_counter() - started
    answered_during_ingest = not ingest.done()
    (reply,) = bot_messages(world.channel, simcord_env.bot)
    assert reply.content == "1 incident for KN-23."
    assert [e.title for e in reply.embeds] == [
        "#1 · KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast"
    ]

    report = await ingest
    finished_after = time.perf_counter() - started
    assert (report.count("added"), len(report.new_incidents)) == (1000, 1000)
    assert answered_during_ingest, (
        f"answered after {answered_after:.2f}s, ingest done after {finished_after:.2f}s"
    )
    assert answered_after < finished_after
