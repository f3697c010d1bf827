"""Alerts exactly once, edits that never re-alert, owners, and restarts that skip what is stored (issue 9)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot.config import Settings
from bot.extract.gazetteer import Gazetteer
from bot.guilds import Removal
from bot.ingest.prepare import Preparer
from bot.models import Owner
from bot.service import IncidentDesk
from bot.store.store import Store

from .conftest import DATA, FIXTURES, NOW, SAMPLE

GUILD, OTHER = 1, 2
CHANNEL = 10

KYIV_STRIKE = """Missiles hit Kyiv

Published: 14 May 2024 09:00

Russia struck Kyiv with Kh-101 cruise missiles overnight, killing {killed} people, officials said.
"""
KINZHAL_TOO = """Kinzhal too

Published: 14 May 2024 11:00

The air force said Russia also fired two Kinzhal missiles at Kyiv overnight.
"""


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def shared(tmp_path: Path, gazetteer: Gazetteer, clock: Clock) -> Settings:
    return Settings(db_path=tmp_path / "x.db", data_dir=DATA)


def open_desk(settings: Settings, gazetteer: Gazetteer, clock: Clock) -> IncidentDesk:
    return IncidentDesk(settings, gazetteer=gazetteer, clock=clock)


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_two_senders_never_claim_the_same_delivery(
    shared: Settings, gazetteer: Gazetteer, clock: Clock
) -> None:
    first, second = open_desk(shared, gazetteer, clock), open_desk(shared, gazetteer, clock)
    first.alerts.subscribe(GUILD, CHANNEL, "", created_by=1)
    first.ingest_file(SAMPLE)
    first.ingest_file(FIXTURES / "kharkiv-kn23.html")
    first.alerts.queue()
    one = first.alerts.claim("one", messages=1)
    two = second.alerts.claim("two")
    assert [len(b.alerts) for b in one] == [1]
    assert [len(b.alerts) for b in two] == [1]
    assert set(one[0].delivery_ids).isdisjoint(two[0].delivery_ids)
    assert first.alerts.claim("three") == []  # both are held
    first.close()
    second.close()


def test_a_failed_part_is_retried_without_resending_the_parts_accepted(desk: IncidentDesk) -> None:
    desk.alerts.subscribe(GUILD, CHANNEL, "", created_by=1)
    desk.ingest_file(SAMPLE)
    desk.alerts.queue()
    (batch,) = desk.alerts.claim("one")
    assert (batch.parts_sent, batch.recovering) == (0, False)
    desk.alerts.part_sent(batch, 1, (555,))
    desk.alerts.failed(batch, "503 Service Unavailable", channel_unusable=False)
    (again,) = desk.alerts.claim("one")
    assert (again.parts_sent, again.recovering, again.message_ids) == (1, True, (555,))


def test_a_claim_left_by_a_dead_sender_is_taken_over_after_the_lease(
    shared: Settings, gazetteer: Gazetteer, clock: Clock
) -> None:
    desk = open_desk(shared, gazetteer, clock)
    desk.alerts.subscribe(GUILD, CHANNEL, "", created_by=1)
    desk.ingest_file(SAMPLE)
    desk.alerts.queue()
    assert len(desk.alerts.claim("dead")) == 1
    assert desk.alerts.claim("alive") == []  # within the lease it is the dead sender's
    clock.now = NOW + timedelta(minutes=6)
    (taken,) = desk.alerts.claim("alive")
    assert taken.recovering is True  # the new sender looks in the channel for what was posted first
    desk.close()


def test_editing_an_articles_date_keeps_its_incident_and_never_alerts_again(
    desk: IncidentDesk, tmp_path: Path
) -> None:
    desk.alerts.subscribe(GUILD, CHANNEL, "", created_by=1)
    article = write(tmp_path / "kn23.txt", SAMPLE.read_text())
    first = desk.ingest_file(article)
    assert desk.alerts.queue() == 1
    (batch,) = desk.alerts.claim("one")
    desk.alerts.delivered(batch, 1)
    write(article, SAMPLE.read_text().replace("on 31 July", "on 30 July"))
    edited = desk.ingest_file(article)
    assert (edited.status, edited.new_incidents) == ("updated", ())
    (incident,) = desk.ask("!incident KN-23").incidents
    assert (incident.id, incident.day.isoformat()) == (first.new_incidents[0], "2024-07-30")
    assert desk.alerts.queue() == 0
    assert desk.alerts.claim("one") == []


def test_a_later_source_that_makes_an_incident_match_alerts_it_once_as_an_update(
    desk: IncidentDesk, tmp_path: Path
) -> None:
    desk.alerts.subscribe(GUILD, CHANNEL, "Kinzhal", created_by=1)
    desk.ingest_file(write(tmp_path / "a.txt", KYIV_STRIKE.format(killed=2)))
    assert desk.alerts.queue() == 0  # Kh-101 only: not this channel's
    desk.ingest_file(write(tmp_path / "b.txt", KINZHAL_TOO))
    assert desk.alerts.queue() == 1
    (batch,) = desk.alerts.claim("one")
    assert (batch.kind, [i.weapons for i in batch.incidents]) == ("update", [("Kh-101", "Kinzhal")])
    desk.alerts.delivered(batch, 1)
    desk.ingest_file(write(tmp_path / "c.txt", KINZHAL_TOO.replace("two", "three")))
    assert desk.alerts.queue() == 0


def test_an_article_that_joins_a_silently_imported_record_is_announced(desk: IncidentDesk) -> None:
    desk.import_records(FIXTURES / "records.csv")
    desk.alerts.subscribe(GUILD, CHANNEL, "", created_by=1)
    desk.ingest_file(SAMPLE)
    assert desk.alerts.queue() == 1
    (batch,) = desk.alerts.claim("one")
    assert batch.kind == "update"
    assert [s.outlet for s in batch.incidents[0].sources] == ["Defence Express", "Ukrainian Air Force"]


def test_another_servers_page_with_the_same_canonical_url_is_another_report(desk: IncidentDesk) -> None:
    page = (FIXTURES / "kharkiv-kn23.html").read_bytes()
    url = "https://kyivindependent.com/russia-strikes-kharkiv-kn23/"
    mine = desk.ingest_bytes(page, name="page.html", url=url, owner=Owner.guild(GUILD))
    forged = page.replace(b"Two people were killed", b"Nobody was hurt").replace(b"KN-23", b"Kinzhal")
    theirs = desk.ingest_bytes(forged, name="upload.html", owner=Owner.guild(OTHER))
    assert (mine.status, theirs.status) == ("added", "added")
    assert mine.article_id != theirs.article_id
    assert (
        desk.ask(f"!article {mine.article_id}")
        .articles[0]
        .facts[0]
        .sentence.startswith("Russia strikes Kharkiv")
    )
    assert desk.remove_article(int(mine.article_id or 0), owner=Owner.guild(OTHER)) is Removal.NOT_THIS_GUILD
    # The same text from a third server is a duplicate of the first, never an edit of it.
    copy = desk.ingest_bytes(page, name="copy.html", url=url, owner=Owner.guild(3))
    assert (copy.status, copy.article_id) == ("duplicate", mine.article_id)


def test_headline_figures_do_not_depend_on_which_report_was_written_last(
    desk: IncidentDesk, tmp_path: Path
) -> None:
    first = write(tmp_path / "a.txt", KYIV_STRIKE.format(killed=2))
    desk.ingest_file(first)
    desk.ingest_file(write(tmp_path / "b.txt", KYIV_STRIKE.format(killed=4).replace("09:00", "10:00")))
    (before,) = desk.ask("!summary 2024-05-14").incidents
    write(first, KYIV_STRIKE.format(killed=2) + "\nRescuers searched the rubble through the morning.\n")
    assert desk.ingest_file(first).status == "updated"
    (after,) = desk.ask("!summary 2024-05-14").incidents
    assert before.summary == after.summary == "Kh-101 cruise missile attack: Kyiv (2 killed)"


def test_a_restart_skips_unchanged_files_without_reading_them(
    desk: IncidentDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in (SAMPLE, FIXTURES / "kharkiv-kn23.html", FIXTURES / "odesa-shahed.md"):
        (folder / path.name).write_bytes(path.read_bytes())
    assert desk.ingest_paths([folder]).count("added") == 3

    def unexpected(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("an unchanged file was read again")

    monkeypatch.setattr(Preparer, "from_bytes", unexpected)
    report = desk.ingest_paths([folder])
    assert [o.status for o in report.outcomes] == ["unchanged", "unchanged", "unchanged"]


def test_a_touched_but_unchanged_file_is_read_once_and_remembered(desk: IncidentDesk, tmp_path: Path) -> None:
    article = write(tmp_path / "kn23.txt", SAMPLE.read_text())
    desk.ingest_file(article)
    stat = article.stat()
    import os

    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert desk.ingest_file(article).status == "unchanged"
    stored = desk.store.article_by_source(str(article.resolve()))
    assert stored is not None
    assert stored.stamp is not None
    assert stored.stamp.mtime_ns == stat.st_mtime_ns + 10**9


def test_store_opens_wait_for_the_lock_rather_than_fail(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "x.db", busy_timeout_seconds=0.2)
    assert store.conn.execute("PRAGMA busy_timeout").fetchone() == (200,)
    store.close()
