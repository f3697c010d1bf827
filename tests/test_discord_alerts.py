"""Alerts end to end against the real discord.py (simcord): subscriptions, the outbox poller (also for ingests
made from the command line), exactly-once delivery across a restart, digests, and channels that went away."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import discord
import pytest
import simcord

from bot.cli import main as cli
from bot.config import Settings
from bot.discord_app.checks import NotModerator
from bot.extract.gazetteer import Gazetteer
from bot.service import AsyncIncidentDesk

from .conftest import FIXTURES, NOW, SAMPLE
from .discord_helpers import POLL_SECONDS, World, bot_messages, make_bot, mention_policies
from .test_discord_commands import shahed_articles

pytestmark = pytest.mark.usefixtures("logged_errors")

KN23_ALERT = "New incident: KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast"
KHARKIV_ALERT = "New incident: KN-23 ballistic missile attack: Kharkiv (2 killed, 40 injured)"


def ingest_from_the_command_line(settings: Settings, *paths: Path, silent: bool = False) -> str:
    out, err = io.StringIO(), io.StringIO()
    argv = ["ingest", *map(str, paths), "--db", str(settings.db_path), *(["--silent"] if silent else [])]
    assert cli(argv, out=out, err=err) == 0, err.getvalue()
    return out.getvalue()


def alert_titles(env: simcord.Env, channel: simcord.ChannelHandle) -> list[str | None]:
    return [e.title for m in bot_messages(channel, env.bot) for e in m.embeds]


async def test_a_command_line_ingest_while_the_bot_runs_is_alerted_exactly_once(
    simcord_env: simcord.Env, world: World, bot_settings: Settings
) -> None:
    subscribed = await world.moderator.slash(world.alerts, "subscribe", filter="Hwasong-11")
    assert subscribed.response is not None
    assert subscribed.response.content == (
        f"From now on <#{world.alerts.id}> gets an alert for KN-23. Older incidents are not announced."
    )
    assert ingest_from_the_command_line(bot_settings, SAMPLE).endswith("1 new incidents.\n")
    for _ in range(4):
        await simcord_env.advance_time(POLL_SECONDS)
    assert alert_titles(simcord_env, world.alerts) == [KN23_ALERT]
    (post,) = [r for r in simcord_env.http_requests if r.path == f"/channels/{world.alerts.id}/messages"]
    assert isinstance(post.json, dict)
    assert post.json["allowed_mentions"] == {"parse": []}
    assert len(post.json["nonce"]) == 20  # the delivery's own nonce: a resend after a crash is dropped


async def test_filters_backlog_and_silent_imports(
    simcord_env: simcord.Env, world: World, bot_settings: Settings
) -> None:
    ingest_from_the_command_line(bot_settings, SAMPLE)  # before any subscription: never announced
    kharkiv = world.guild.create_text_channel("kharkiv")
    await world.moderator.send(kharkiv, "!subscribe Kharkiv")
    await world.moderator.send(world.alerts, "!subscribe")
    await simcord_env.advance_time(POLL_SECONDS)
    ingest_from_the_command_line(bot_settings, FIXTURES / "odesa-shahed.md", silent=True)  # history: silent
    await simcord_env.advance_time(POLL_SECONDS)
    ingest_from_the_command_line(bot_settings, FIXTURES / "kharkiv-kn23.html")
    await simcord_env.advance_time(POLL_SECONDS)
    await simcord_env.advance_time(POLL_SECONDS)
    assert alert_titles(simcord_env, kharkiv) == [KHARKIV_ALERT]
    assert alert_titles(simcord_env, world.alerts) == [KHARKIV_ALERT]


async def test_a_wave_of_incidents_is_one_digest(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk, tmp_path: Path
) -> None:
    await world.moderator.send(world.alerts, "!subscribe Odesa")
    await async_desk.ingest_paths(shahed_articles(tmp_path, 5))
    await simcord_env.advance_time(POLL_SECONDS)
    await simcord_env.advance_time(POLL_SECONDS)
    (digest,) = bot_messages(world.alerts, simcord_env.bot)[1:]
    (embed,) = digest.embeds
    assert embed.title == "5 new incidents"
    assert embed.description == "\n\n".join(
        f"**#{n}** · 2024-05-0{n} · Shahed-136 drone attack: Odesa (1 source)" for n in range(1, 6)
    )
    assert embed.footer.text == "Odesa · Ask `sources <id>` for every source of one incident. · alert 1"


async def test_a_deleted_channel_pauses_its_subscription_and_the_others_still_get_alerts(
    simcord_env: simcord.Env, world: World, bot_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    doomed = world.guild.create_text_channel("doomed")
    await world.moderator.send(doomed, "!subscribe")
    await world.moderator.send(world.alerts, "!subscribe")
    # Deleting a channel is not something a member does; simcord's backend is the test's omnipotent hand.
    simcord_env.backend.delete_channel(doomed.id)
    ingest_from_the_command_line(bot_settings, SAMPLE)
    with caplog.at_level(logging.WARNING, logger="bot.discord_app.alerts._cog"):
        await simcord_env.advance_time(POLL_SECONDS)
        await simcord_env.advance_time(POLL_SECONDS)
    assert alert_titles(simcord_env, world.alerts) == [KN23_ALERT]
    gone = "404 Not Found (error code: 10003): Unknown Channel"
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", f"alerts to channel {doomed.id} paused: {gone}")
    ]
    await world.alice.send(world.channel, "!subscriptions")
    (embed,) = bot_messages(world.channel, simcord_env.bot)[-1].embeds
    assert embed.description is not None
    paused, active = embed.description.split("\n\n")
    assert paused == (
        f"<#{doomed.id}> · every new incident · **paused**\nLast alert: none yet\nLast error: {gone}\n"
        "Type `subscribe` in that channel to resume it."
    )
    assert active.startswith(f"<#{world.alerts.id}> · every new incident · **active**\nLast alert: <t:")


async def test_a_channel_that_forbids_the_bot_pauses_its_subscription(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk
) -> None:
    await world.moderator.send(world.alerts, "!subscribe")
    simcord_env.inject_error(
        "POST", f"/channels/{world.alerts.id}/messages", status=403, code=50013, message="Missing Permissions"
    )
    await async_desk.ingest_paths([SAMPLE])
    await simcord_env.advance_time(POLL_SECONDS)
    await simcord_env.advance_time(POLL_SECONDS)
    (subscription,) = await async_desk.subscriptions(world.guild.id)
    assert (subscription.status, subscription.last_error) == (
        "paused", "403 Forbidden (error code: 50013): Missing Permissions"
    )  # fmt: skip
    assert alert_titles(simcord_env, world.alerts) == []
    # Subscribing again resumes it; what happened meanwhile is not replayed.
    await world.moderator.send(world.alerts, "!subscribe")
    assert bot_messages(world.alerts, simcord_env.bot)[-1].content == (
        f"From now on <#{world.alerts.id}> gets an alert for every new incident (the paused subscription is "
        "active again). Older incidents are not announced."
    )


async def test_a_restart_in_the_middle_of_delivery_neither_loses_nor_repeats_an_alert(
    bot_settings: Settings, gazetteer: Gazetteer
) -> None:
    first_desk = AsyncIncidentDesk(bot_settings, gazetteer=gazetteer, clock=lambda: NOW)
    second_desk = AsyncIncidentDesk(bot_settings, gazetteer=gazetteer, clock=lambda: NOW)
    # One message per poll, so that the first bot stops with deliveries still queued.
    async with simcord.run(make_bot(bot_settings, first_desk, alert_sends_per_poll=1)) as env:
        world = World(env)
        channels = [world.guild.create_text_channel(f"alerts-{n}") for n in range(3)]
        for channel in channels:
            await world.moderator.send(channel, "!subscribe")
        ingest_from_the_command_line(bot_settings, SAMPLE)
        await env.advance_time(POLL_SECONDS)
        assert [len(alert_titles(env, c)) for c in channels] == [1, 0, 0]

        await env.restart_bot(make_bot(bot_settings, second_desk, alert_sends_per_poll=1))
        await first_desk.close()
        for _ in range(4):
            await env.advance_time(POLL_SECONDS)
        assert [alert_titles(env, c) for c in channels] == [[KN23_ALERT]] * 3
        statuses = second_desk.settings.db_path
    await second_desk.close()
    import sqlite3

    with sqlite3.connect(statuses) as db:
        assert db.execute("SELECT status, count(*) FROM deliveries GROUP BY status").fetchall() == [
            ("sent", 3)
        ]


async def test_subscription_commands_are_per_guild(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk
) -> None:
    await world.moderator.send(world.alerts, "!subscribe ?!")
    await world.moderator.send(world.alerts, "!subscribe KN23, Kinzhal")
    await world.alice.send(world.alerts, "!unsubscribe")
    simcord.assert_error(simcord_env, NotModerator)
    harbour = World(simcord_env, "Harbour")
    await harbour.moderator.send(harbour.channel, "!subscriptions")
    await harbour.moderator.send(harbour.channel, "!unsubscribe")
    await world.alice.send(world.channel, "!subscriptions")
    await world.moderator.send(world.alerts, "!unsubscribe")
    await world.moderator.send(world.alerts, "!unsubscribe")
    assert [m.content for m in bot_messages(world.alerts, simcord_env.bot)] == [
        "`?!` names no weapon, place or actor and has no words to look for. Try `subscribe KN-23`, "
        "`subscribe Kharkiv`, or `subscribe` alone for every new incident.",
        f"From now on <#{world.alerts.id}> gets an alert for KN-23 or Kinzhal. Older incidents are not announced.",
        "Sorry, only moderators can do that here: members with Manage Server, or with this server's moderator role.",
        "This channel will no longer get alerts.",
        "This channel has no alert subscription.",
    ]
    assert [m.content for m in bot_messages(harbour.channel, simcord_env.bot)] == [
        "No channel of this server gets alerts yet. A moderator can type `subscribe` in one.",
        "This channel has no alert subscription.",
    ]
    (listing,) = bot_messages(world.channel, simcord_env.bot)[-1].embeds
    assert listing.description == (
        f"<#{world.alerts.id}> · KN-23 or Kinzhal · **active**\nLast alert: none yet"
    )
    assert mention_policies(simcord_env) == [{"parse": []}] * 8


async def test_subscribing_where_the_bot_cannot_post_is_refused(
    simcord_env: simcord.Env, world: World
) -> None:
    me = world.guild.me
    assert me is not None
    muted = world.guild.create_text_channel(
        "muted", overwrites={me: discord.PermissionOverwrite(send_messages=False)}
    )
    result = await world.moderator.slash(muted, "subscribe")
    assert result.ephemeral is True
    assert result.response is not None
    assert result.response.content == (
        f"I can't post embeds in <#{muted.id}>: give me Send Messages and Embed Links there first."
    )


async def test_repeated_failures_are_retried_then_pause_the_subscription_and_say_so(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk, caplog: pytest.LogCaptureFixture
) -> None:
    await world.moderator.send(world.channel, "!subscribe")
    await world.moderator.send(world.alerts, "!subscribe")
    simcord_env.inject_error(
        "POST", f"/channels/{world.alerts.id}/messages", status=400, code=50035, message="Invalid Form Body",
        times=None,
    )  # fmt: skip
    await async_desk.ingest_paths([SAMPLE])
    with caplog.at_level(logging.WARNING, logger="bot.discord_app.alerts._cog"):
        for _ in range(6):
            await simcord_env.advance_time(POLL_SECONDS)
    error = "400 Bad Request (error code: 50035): Invalid Form Body"
    assert [r.getMessage() for r in caplog.records] == [
        f"an alert to channel {world.alerts.id} failed ({n} in a row{', subscription paused' if n == 5 else ''}): "
        f"{error}"
        for n in range(1, 6)
    ]
    assert alert_titles(simcord_env, world.channel) == [KN23_ALERT]  # the other channel was not held up
    general, alerts = await async_desk.subscriptions(world.guild.id)
    assert (general.status, alerts.status, alerts.failures, alerts.last_error) == (
        "active",
        "paused",
        5,
        error,
    )
