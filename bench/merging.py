"""Merging one more report into an incident as the incident grows (issue 14).

    python -m bench.merging                    # up to 1,000 reports of one attack
    python -m bench.merging --reports 300

At a million articles an incident has hundreds of reports. Recording a report that joins one folds it into the
state the incident keeps (`bot.merge.Combined`); recomputing the incident from all its reports instead costs more
with every report it has. This records reports of one attack, each from another outlet on another day, and prints,
at each size, the milliseconds one more report takes to record both ways (the same report, recorded twice, the
incident's kept state cleared before the second). Extraction is done beforehand and not timed.
A benchmark, not a test: tests/test_store.py proves the two ways give the same incident.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.config import Settings
from bot.incidents import RecordOptions
from bot.models import PreparedArticle
from bot.service import IncidentDesk

DATA = Path(__file__).resolve().parent.parent / "data"
ATTACK = date(2024, 9, 4)
PLACES = ("Lviv", "Sokilnyky", "Kyiv", "Odesa", "Kharkiv", "Dnipro", "Poltava", "Sumy", "Izmail", "Chernihiv")
REPEATS = 7
WEAPONS = ("Kalibr", "Kinzhal", "Kh-101", "Iskander-M", "Shahed drones")


def report(number: int) -> bytes:
    """The n-th report of the attack: another day's publication, a few of its weapons and places."""
    published = ATTACK + timedelta(days=1 + number % 300)
    weapons = " and ".join(WEAPONS[i % len(WEAPONS)] for i in range(number, number + 2))
    places = " and ".join(PLACES[i % len(PLACES)] for i in range(number, number + 3))
    text = (
        f"Published: {published}\nSource: Outlet {number}\n\n"
        f"{weapons} hit {places} on 4 September 2024, killing {number + 1} people. Emergency services "
        "worked at the sites through the day, the regional administrations said.\n"
    )
    return text.encode()


def record_ms(desk: IncidentDesk, prepared: PreparedArticle, name: str) -> float:
    started = time.perf_counter()
    outcome = desk.recorder.record(prepared, name=name, options=RecordOptions(silent=True))
    elapsed = (time.perf_counter() - started) * 1000
    assert outcome.status == "added", outcome
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-merging-"))
    checkpoints = [n for n in (10, 30, 100, 300, 1000, 3000) if n <= args.reports]
    try:
        desk = IncidentDesk(
            Settings(db_path=work / "merging.db", data_dir=DATA),
            clock=lambda: datetime(2025, 1, 1, tzinfo=ZoneInfo("Europe/Kyiv")),
        )
        preparer = desk.intake.preparer
        print(f"{'reports':>8}  {'folded, ms':>11}  {'recomputed, ms':>15}")
        for number in range(args.reports):
            name = f"report-{number:05d}.txt"
            prepared = preparer.from_bytes(report(number), name=name)
            if number + 1 not in checkpoints:
                record_ms(desk, prepared, name)
                continue
            # The same report both ways, recorded and removed again several times: folded in, then recorded with the
            # kept state cleared (the median of each).
            folded, recomputed = [], []
            for times, cleared in ((folded, False), (recomputed, True)):
                for _ in range(REPEATS):
                    if cleared:
                        desk.store.conn.execute("UPDATE incidents SET combined = NULL")
                    times.append(record_ms(desk, prepared, name))
                    (article_id,) = desk.store.conn.execute("SELECT max(id) FROM articles").fetchone()
                    desk.recorder.remove(int(article_id))
            record_ms(desk, prepared, name)
            print(
                f"{number + 1:>8,}  {statistics.median(folded):>11.2f}  {statistics.median(recomputed):>15.2f}"
            )
        (incidents,) = desk.store.conn.execute("SELECT count(*) FROM incidents").fetchone()
        print(f"incidents: {incidents} (every report joined the first)")
        desk.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
