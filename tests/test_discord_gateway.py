"""The real discord.py client over a real socket, against the loopback stand-in: login and IDENTIFY intents, a
prefix and a slash round trip, an alert (also across a crash between sending it and recording it), the runner's
exit codes, and a token that never reaches the logs."""

from __future__ import annotations

import asyncio
import io
import logging
import socket
import sqlite3
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import discord
import pytest

from bot.cli import main as cli
from bot.config import Settings
from bot.discord_app import strings
from bot.discord_app.bot import IncidentBot, bot_for
from bot.discord_app.runner import REDACTED, configure_logging, run_bot, serve
from bot.extract.gazetteer import Gazetteer
from bot.service import AsyncIncidentDesk

from .conftest import NOW, SAMPLE
from .discord_helpers import cli_desk, make_bot
from .loopback_discord import MODERATOR_PERMISSIONS, LoopbackDiscord

pytestmark = pytest.mark.usefixtures("logged_errors")

# The shape of a bot token (id.timestamp.signature), made up.
TOKEN = "MTI3NDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789ABCD"
KN23_TITLE = "#1 · KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast"


class Scene:
    def __init__(self, server: LoopbackDiscord) -> None:
        self.server = server
        self.general = server.add_channel("general")
        self.alerts = server.add_channel("alerts")
        self.alice = server.add_member("alice")
        self.moderator = server.add_member("mod", MODERATOR_PERMISSIONS)


@pytest.fixture
async def stand_in(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[LoopbackDiscord]:
    server = LoopbackDiscord(token=TOKEN)
    await server.start()
    server.point_client_here(monkeypatch)
    yield server
    await server.stop()
    assert server.unhandled == []


@pytest.fixture
def scene(stand_in: LoopbackDiscord) -> Scene:
    return Scene(stand_in)


@pytest.fixture
def fast_settings(bot_settings: Settings) -> Settings:
    return replace(bot_settings, discord_token=TOKEN, alert_poll_seconds=0.1)


async def start_bot(server: LoopbackDiscord, bot: IncidentBot) -> asyncio.Task[None]:
    task = asyncio.create_task(bot.start(TOKEN))
    await server.wait_for(bot.is_ready)
    return task


async def stop_bot(bot: IncidentBot, task: asyncio.Task[None]) -> None:
    await bot.close()
    await task


@pytest.fixture
async def live_bot(
    scene: Scene, fast_settings: Settings, async_desk: AsyncIncidentDesk
) -> AsyncIterator[IncidentBot]:
    bot = make_bot(fast_settings, async_desk, guild_ready_timeout=0.05)
    task = await start_bot(scene.server, bot)
    yield bot
    await stop_bot(bot, task)


async def test_login_identifies_with_the_message_content_intent(
    live_bot: IncidentBot, stand_in: LoopbackDiscord
) -> None:
    assert stand_in.identify is not None
    assert stand_in.identify["token"] == TOKEN
    intents = discord.Intents._from_value(stand_in.identify["intents"])
    assert (intents.guilds, intents.guild_messages, intents.message_content) == (True, True, True)
    assert (intents.members, intents.presences) == (False, False)  # privileged and not needed
    assert [(r.method, r.path) for r in stand_in.requests[:3]] == [
        ("GET", "/users/@me"), ("GET", "/oauth2/applications/@me"), ("PUT", f"/applications/{stand_in.application_id}/commands"),
    ]  # fmt: skip
    assert [c["name"] for c in stand_in.commands] == [
        "incident", "summary", "search", "sources", "chart", "map", "export", "stats", "help", "article", "modrole",
        "subscribe", "unsubscribe", "subscriptions", "feed",
    ]  # fmt: skip


async def test_a_prefix_command_round_trip(
    live_bot: IncidentBot, scene: Scene, async_desk: AsyncIncidentDesk
) -> None:
    await async_desk.ingest_paths([SAMPLE])
    await scene.server.say(scene.general, scene.alice, "!incident KN-23")
    await scene.server.wait_for(lambda: bool(scene.server.bot_messages(scene.general)))
    (reply,) = scene.server.bot_messages(scene.general)
    assert reply["content"] == "1 incident for KN-23."
    assert [e["title"] for e in reply["embeds"]] == [KN23_TITLE]
    (post,) = [r for r in scene.server.requests if r.path == f"/channels/{scene.general}/messages"]
    assert post.body["allowed_mentions"] == {"parse": []}


async def test_a_slash_command_round_trip(
    live_bot: IncidentBot, scene: Scene, async_desk: AsyncIncidentDesk
) -> None:
    await async_desk.ingest_paths([SAMPLE])
    interaction = await scene.server.slash(scene.general, scene.alice, "summary", date="2024-07-31")
    await scene.server.wait_for(lambda: interaction.callback is not None)
    assert interaction.callback is not None
    assert interaction.callback["type"] == 4  # answered at once: no deferral needed
    data = interaction.callback["data"]
    assert (data["content"], [e["title"] for e in data["embeds"]]) == (
        "1 incident on 2024-07-31.",
        [KN23_TITLE],
    )
    assert data["allowed_mentions"] == {"parse": []}


async def test_an_alert_round_trip(
    live_bot: IncidentBot, scene: Scene, fast_settings: Settings, gazetteer: Gazetteer
) -> None:
    interaction = await scene.server.slash(scene.alerts, scene.moderator, "subscribe", filter="KN-23")
    await scene.server.wait_for(lambda: interaction.callback is not None)
    desk = cli_desk(fast_settings, gazetteer)  # what `incident-bot ingest` does, beside the running bot
    desk.ingest_file(SAMPLE)
    desk.close()
    await scene.server.wait_for(lambda: len(scene.server.bot_messages(scene.alerts)) > 1)
    await asyncio.sleep(0.3)  # a few more polls: nothing more may arrive
    confirmation, alert = scene.server.bot_messages(scene.alerts)
    assert confirmation["content"] == (
        f"From now on <#{scene.alerts}> gets an alert for KN-23. Older incidents are not announced."
    )
    (embed,) = alert["embeds"]
    assert (embed["title"], embed["footer"]["text"]) == (
        "New incident: KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast", "Alert for KN-23 · sources 1 · alert 1"
    )  # fmt: skip


async def test_a_crash_between_sending_an_alert_and_recording_it_does_not_repeat_it_even_long_after(
    scene: Scene, fast_settings: Settings, gazetteer: Gazetteer
) -> None:
    server = scene.server
    first_desk = AsyncIncidentDesk(fast_settings, gazetteer=gazetteer, clock=lambda: NOW)
    first = make_bot(fast_settings, first_desk, guild_ready_timeout=0.05)
    task = await start_bot(server, first)
    interaction = await server.slash(scene.alerts, scene.moderator, "subscribe")
    await server.wait_for(lambda: interaction.callback is not None)
    server.hold_messages_to.add(scene.alerts)  # Discord stores the alert; the bot never hears back
    await first_desk.ingest_paths([SAMPLE])
    await server.wait_for(lambda: len(server.bot_messages(scene.alerts)) > 1)
    alerts_cog = first.get_cog("Alerts")
    assert alerts_cog is not None
    alerts_cog.poller.cancel()  # type: ignore[attr-defined]  # the process dies mid-send
    await stop_bot(first, task)
    await first_desk.close()

    server.hold_messages_to.clear()
    server.nonces.clear()  # restarted an hour later: Discord has long forgotten the nonce
    later = NOW + timedelta(hours=1)
    second_desk = AsyncIncidentDesk(fast_settings, gazetteer=gazetteer, clock=lambda: later)
    second = make_bot(fast_settings, second_desk, guild_ready_timeout=0.05)
    task = await start_bot(server, second)
    await server.wait_for(lambda: any("GET /channels/" in line for line in server.transcript))
    await asyncio.sleep(0.3)
    await stop_bot(second, task)
    await second_desk.close()
    # The confirmation and ONE alert: the dead sender's claim was taken over, its message found in the channel.
    assert [bool(m["embeds"]) for m in server.bot_messages(scene.alerts)] == [False, True]
    with sqlite3.connect(fast_settings.db_path) as db:
        assert db.execute("SELECT status, attempts FROM deliveries").fetchall() == [("sent", 1)]


async def test_the_transcript_of_a_prefix_command_a_slash_command_and_an_alert(
    live_bot: IncidentBot, scene: Scene, fast_settings: Settings, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    server = scene.server
    start = len(server.transcript)
    interaction = await server.slash(scene.alerts, scene.moderator, "subscribe")
    await server.wait_for(lambda: interaction.callback is not None)
    desk = cli_desk(fast_settings, gazetteer)
    desk.ingest_file(SAMPLE)
    desk.close()
    await server.wait_for(lambda: len(server.bot_messages(scene.alerts)) > 1)
    await server.say(scene.general, scene.alice, "!incident KN-23")
    await server.wait_for(lambda: bool(server.bot_messages(scene.general)))
    summary = await server.slash(scene.general, scene.alice, "summary", date="2024-07-31")
    await server.wait_for(lambda: summary.callback is not None)
    lines = server.transcript[start:]
    print("\n".join(lines))
    assert any(line.startswith("-> gateway MESSAGE_CREATE alice: '!incident KN-23'") for line in lines)
    assert any("/summary date:2024-07-31 (from alice)" in line for line in lines)
    alert = (
        f"<- REST POST /channels/{scene.alerts}/messages [embed 'New incident: KN-23 ballistic missile attack"
    )
    assert any(line.startswith(alert) for line in lines)


# ---- the runner: exit codes and one clear line -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (None, strings.TOKEN_MISSING),
        ("not-a-token", strings.TOKEN_MALFORMED),
        (f"Bot {TOKEN}", strings.TOKEN_MALFORMED),
        ("abc.def", strings.TOKEN_MALFORMED),
    ],
)
def test_a_missing_or_malformed_token_is_one_line_and_exit_code_2(token: str | None, message: str) -> None:
    err = io.StringIO()
    assert run_bot(Settings(discord_token=token), err) == 2
    assert err.getvalue() == message + "\n"


@pytest.mark.parametrize("command", ["run", "demo"])
def test_incident_bot_reads_the_token_from_the_environment(
    command: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "not-a-token")
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert cli([command, "--db", str(tmp_path / "x.db")], out=out, err=err) == 2
    assert (out.getvalue(), err.getvalue()) == ("", strings.TOKEN_MALFORMED + "\n")
    assert not (tmp_path / "x.db").exists()


async def test_a_refused_token_is_one_line_and_exit_code_2(
    stand_in: LoopbackDiscord, fast_settings: Settings
) -> None:
    err = io.StringIO()
    wrong = "MTI3NDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.wrongwrongwrongwrongwrongwrongwrongwrong"
    assert await serve(replace(fast_settings, discord_token=wrong), err) == 2
    assert err.getvalue() == strings.LOGIN_FAILED + "\n"


async def test_a_missing_message_content_intent_is_one_line_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, fast_settings: Settings
) -> None:
    server = LoopbackDiscord(token=TOKEN, close_code_on_identify=4014)
    await server.start()
    server.point_client_here(monkeypatch)
    err = io.StringIO()
    try:
        assert await serve(fast_settings, err) == 2
    finally:
        await server.stop()
    assert err.getvalue() == strings.INTENTS_MISSING + "\n"
    assert server.unhandled == []


async def test_the_token_never_reaches_the_logs(
    scene: Scene, fast_settings: Settings, async_desk: AsyncIncidentDesk
) -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(replace(fast_settings, log_level="DEBUG"), stream)
    try:
        bot = make_bot(fast_settings, async_desk, guild_ready_timeout=0.05)
        task = await start_bot(scene.server, bot)
        await scene.server.say(scene.general, scene.alice, "!stats")
        await scene.server.wait_for(lambda: bool(scene.server.bot_messages(scene.general)))
        logging.getLogger("discord.http").debug("Authorization: Bot %s", TOKEN)  # as a careless library might
        await stop_bot(bot, task)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    output = stream.getvalue()
    assert "logging in using static token" in output
    assert f"Authorization: Bot {REDACTED}" in output
    assert TOKEN not in output
    assert TOKEN.split(".")[2] not in output


async def test_discord_out_of_reach_is_one_line_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch, fast_settings: Settings
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{port}/api/v10")
    err = io.StringIO()
    assert await serve(fast_settings, err) == 2
    assert err.getvalue().startswith(f"Could not reach Discord: Cannot connect to host 127.0.0.1:{port}")
    assert err.getvalue().count("\n") == 1


async def test_a_sharded_bot_identifies_as_its_shard(
    scene: Scene, fast_settings: Settings, async_desk: AsyncIncidentDesk
) -> None:
    """`SHARD_COUNT=2 SHARD_IDS=1`: this process runs shard 1 of 2 (docs/scaling.md)."""
    settings = replace(fast_settings, shard_count=2, shard_ids=(1,))
    bot = bot_for(settings, async_desk, guild_ready_timeout=0.05)
    assert isinstance(bot, discord.AutoShardedClient)
    task = await start_bot(scene.server, bot)
    try:
        assert scene.server.identify is not None
        assert scene.server.identify["shard"] == [1, 2]
        assert (bot.shard_count, list(bot.shards)) == (2, [1])
    finally:
        await stop_bot(bot, task)
