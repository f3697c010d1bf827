"""Alert subscriptions and the delivery queue, without Discord: filters, backlog, silence, digests, failures."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.alerts import CURSOR_KEY, PAUSE_AFTER_FAILURES
from bot.config import Settings
from bot.extract.gazetteer import Gazetteer
from bot.guilds import Actor, Removal
from bot.models import Owner
from bot.query import Page
from bot.service import AsyncIncidentDesk, IncidentDesk

from .conftest import DATA, FIXTURES, SAMPLE

GUILD, OTHER_GUILD = 100, 200
ALERTS, KYIV_CHANNEL, ODESA_CHANNEL = 11, 12, 13


def deliveries(desk: IncidentDesk) -> list[tuple[int, int, str]]:
    rows = desk.store.conn.execute(
        "SELECT s.channel_id, d.incident_id, d.status FROM deliveries d "
        "JOIN subscriptions s ON s.id = d.subscription_id ORDER BY s.channel_id, d.incident_id"
    )
    return [(int(c), int(i), str(s)) for c, i, s in rows]


def test_a_new_subscription_gets_no_backlog(sample_desk: IncidentDesk) -> None:
    sample_desk.alerts.subscribe(GUILD, ALERTS, "", created_by=1)
    assert sample_desk.alerts.queue() == 0
    assert deliveries(sample_desk) == []


def test_new_incidents_are_queued_once_per_matching_channel(desk: IncidentDesk) -> None:
    desk.alerts.subscribe(GUILD, ALERTS, "", created_by=1)
    desk.alerts.subscribe(GUILD, KYIV_CHANNEL, "Kyiv Oblast", created_by=1)
    desk.alerts.subscribe(GUILD, ODESA_CHANNEL, "Odesa", created_by=1)
    desk.ingest_file(SAMPLE)
    assert desk.alerts.queue() == 2
    assert desk.alerts.queue() == 0  # the cursor moved in the same transaction
    assert deliveries(desk) == [(ALERTS, 1, "pending"), (KYIV_CHANNEL, 1, "pending")]
    assert desk.store.get_meta(CURSOR_KEY) == "1"


@pytest.mark.parametrize(
    ("text", "labels", "matches"),
    [
        ("KN-23", ("KN-23",), True),
        ("Hwasong-11", ("KN-23",), True),  # an alias
        ("KN23, Kinzhal", ("KN-23", "Kinzhal"), True),  # either
        ("Kinzhal", ("Kinzhal",), False),
        ("Kyiv region", ("Kyiv Oblast",), True),  # an oblast covers its cities
        ("Odesa", ("Odesa",), False),
        ("missile during an attack", ("“missile during an attack”",), True),  # free words, in a sentence
        ('"North Korean"', ("“North Korean”",), True),  # quoted: words, never a name
        ("power plant", ("“power plant”",), False),
    ],
)
def test_filters_resolve_names_aliases_and_words(
    sample_desk: IncidentDesk, text: str, labels: tuple[str, ...], matches: bool
) -> None:
    alert_filter = sample_desk.alerts.build_filter(text)
    assert alert_filter.labels == labels
    assert sample_desk.alerts.matches(alert_filter, 1) is matches


def test_a_towns_filter_covers_reports_naming_its_hromada(desk: IncidentDesk) -> None:
    desk.alerts.subscribe(GUILD, ALERTS, "Yunakivka", created_by=1)
    desk.alerts.subscribe(GUILD, KYIV_CHANNEL, "Sumy", created_by=1)
    report = (
        "Обстріл громади\n\n5 березня 2024 року російські КАБи влучили по Юнаківській громаді. Голова громади "
        "повідомив, що на місці працюють рятувальники, пошкоджено кілька приватних будинків."
    )
    assert desk.ingest_bytes(report.encode(), name="hromada.txt").status == "added"
    assert desk.alerts.queue() == 1
    assert deliveries(desk) == [(ALERTS, 1, "pending")]


def test_a_typo_is_read_as_the_closest_known_name(sample_desk: IncidentDesk) -> None:
    assert sample_desk.alerts.build_filter("Bila Cerkva").labels == ("Bila Tserkva",)


def test_silent_imports_never_alert(desk: IncidentDesk) -> None:
    desk.alerts.subscribe(GUILD, ALERTS, "", created_by=1)
    desk.ingest_paths([SAMPLE], silent=True)
    assert (desk.alerts.queue(), deliveries(desk)) == (0, [])


def test_a_wave_over_the_threshold_is_one_digest(desk: IncidentDesk, tmp_path: Path) -> None:
    desk.alerts.subscribe(GUILD, ALERTS, "", created_by=1)
    desk.alerts.subscribe(GUILD, KYIV_CHANNEL, "Kharkiv", created_by=1)
    for day in range(1, 8):
        (tmp_path / f"strike-{day}.txt").write_text(
            f"Strike {day}\n\nPublished: {day} May 2024\n\n"
            f"Russia attacked Odesa with Shahed-136 drones on {day} May, officials said.\n"
        )
    desk.ingest_paths([tmp_path])
    desk.ingest_file(FIXTURES / "kharkiv-kn23.html")
    assert desk.alerts.queue() == 9
    batches = desk.alerts.claim("sender")
    shapes = [(b.subscription.channel_id, b.digest, len(b.alerts), len(b.incidents)) for b in batches]
    # The folder is one wave: one digest; the page added after it is a wave of its own.
    assert shapes == [(ALERTS, True, 7, 7), (ALERTS, False, 1, 1), (KYIV_CHANNEL, False, 1, 1)]
    assert [i.summary for i in batches[2].incidents] == [
        "KN-23 ballistic missile attack: Kharkiv (2 killed, 40 injured)"
    ]


def test_delivered_alerts_leave_the_queue(sample_desk: IncidentDesk) -> None:
    sample_desk.alerts.subscribe(GUILD, ALERTS, "", created_by=1)
    sample_desk.ingest_file(FIXTURES / "kharkiv-kn23.html")
    sample_desk.alerts.queue()
    (batch,) = sample_desk.alerts.claim("sender")
    sample_desk.alerts.delivered(batch, message_id=555)
    assert sample_desk.alerts.claim("sender") == []
    (subscription,) = sample_desk.alerts.subscriptions(GUILD)
    assert (subscription.last_delivery_at, subscription.pending) == ("2026-11-25T12:00:00+02:00", 0)


def test_a_missing_channel_pauses_the_subscription_and_keeps_it(sample_desk: IncidentDesk) -> None:
    sample_desk.alerts.subscribe(GUILD, ALERTS, "", created_by=1)
    sample_desk.ingest_file(FIXTURES / "kharkiv-kn23.html")
    sample_desk.alerts.queue()
    (batch,) = sample_desk.alerts.claim("sender")
    outcome = sample_desk.alerts.failed(
        batch, "404 Not Found (error code: 10003): Unknown Channel", channel_unusable=True
    )
    (subscription,) = sample_desk.alerts.subscriptions(GUILD)
    assert (outcome.paused, subscription.status, subscription.last_error) == (
        True, "paused", "404 Not Found (error code: 10003): Unknown Channel"
    )  # fmt: skip
    assert deliveries(sample_desk) == [(ALERTS, 2, "failed")]
    # Subscribing again resumes it, from now on.
    resumed, previous = sample_desk.alerts.subscribe(GUILD, ALERTS, "KN-23", created_by=1)
    assert (resumed.status, resumed.id, previous and previous.status) == ("active", subscription.id, "paused")


def test_repeated_failures_pause_after_a_limit(sample_desk: IncidentDesk) -> None:
    sample_desk.alerts.subscribe(GUILD, ALERTS, "", created_by=1)
    sample_desk.ingest_file(FIXTURES / "kharkiv-kn23.html")
    sample_desk.alerts.queue()
    outcomes = []
    for _ in range(PAUSE_AFTER_FAILURES):
        (batch,) = sample_desk.alerts.claim("sender")
        outcomes.append(
            sample_desk.alerts.failed(batch, "503 Service Unavailable", channel_unusable=False).paused
        )
    assert outcomes == [False, False, False, False, True]
    assert sample_desk.alerts.claim("sender") == []


def test_guilds_see_and_change_only_their_own(sample_desk: IncidentDesk) -> None:
    sample_desk.alerts.subscribe(GUILD, ALERTS, "", created_by=1)
    sample_desk.alerts.subscribe(OTHER_GUILD, 99, "Kharkiv", created_by=2)
    assert [s.channel_id for s in sample_desk.alerts.subscriptions(GUILD)] == [ALERTS]
    assert sample_desk.alerts.unsubscribe(OTHER_GUILD, ALERTS) is False
    assert [s.channel_id for s in sample_desk.alerts.subscriptions(GUILD)] == [ALERTS]
    sample_desk.guilds.record(Actor(GUILD, 1, "mod"), "article remove", "article 1", "refused", "")
    assert sample_desk.guilds.audit_log(OTHER_GUILD, Page()).total == 0
    assert sample_desk.guilds.set_moderator_role(GUILD, "777").effective_moderator_role == "777"
    assert sample_desk.guilds.config(OTHER_GUILD).moderator_role is None


def test_only_the_guild_that_added_an_article_removes_it(desk: IncidentDesk) -> None:
    added = desk.ingest_bytes(
        SAMPLE.read_bytes(), name="kn23.txt", owner=Owner.guild(GUILD), added_by="mod (1)"
    )
    cli = desk.ingest_file(FIXTURES / "kharkiv-kn23.html")
    guild, other = Owner.guild(GUILD), Owner.guild(OTHER_GUILD)
    assert desk.remove_article(int(added.article_id or 0), owner=other) is Removal.NOT_THIS_GUILD
    assert desk.remove_article(int(cli.article_id or 0), owner=guild) is Removal.NOT_THIS_GUILD
    assert desk.remove_article(99, owner=guild) is Removal.MISSING
    assert desk.remove_article(int(added.article_id or 0), owner=guild) is Removal.REMOVED


def test_an_event_id_is_never_reused_after_its_incident_goes(desk: IncidentDesk) -> None:
    first = desk.ingest_file(SAMPLE)
    desk.alerts.queue()
    desk.remove_article(int(first.article_id or 0))
    desk.ingest_file(FIXTURES / "kharkiv-kn23.html")
    assert desk.store.conn.execute("SELECT id FROM events").fetchall() == [(2,)]


async def test_the_reader_and_the_writer_can_open_a_new_database_at_once(
    tmp_path: Path, gazetteer: Gazetteer
) -> None:
    # Found by the Discord tests: a command and the alert poller opening a fresh database together both migrated it.
    for n in range(8):
        desk = AsyncIncidentDesk(
            Settings(db_path=tmp_path / f"new-{n}.db", data_dir=DATA), gazetteer=gazetteer
        )
        try:
            answer, queued = await asyncio.gather(desk.ask("stats"), desk.queue_alerts())
            assert (answer.ok, queued) == (True, 0)
        finally:
            await desk.close()
