"""Shared plumbing for the Discord tests (loaded as a pytest plugin by conftest.py).

Every Discord test runs the real bot (real discord.py) over a fresh tmp_path database, through simcord or the
loopback stand-in, and fails if the bot logged anything at ERROR or above: an error the bot swallowed is a bug.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from pathlib import Path

import discord
import pytest
import simcord

from bot.config import Settings
from bot.discord_app.bot import IncidentBot
from bot.extract.gazetteer import Gazetteer
from bot.ingest.fetch import AddressPolicy, UrlFetcher
from bot.service import AsyncIncidentDesk, IncidentDesk

from .conftest import DATA, NOW

POLL_SECONDS = 5.0


class ErrorLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def logged_errors() -> Iterator[ErrorLog]:
    """Fails the test when anything logged an ERROR; a test expecting one clears `records`."""
    handler = ErrorLog()
    root = logging.getLogger()
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    assert [f"{r.name}: {r.getMessage()}" for r in handler.records] == []


@pytest.fixture
def bot_settings(tmp_path: Path) -> Settings:
    return Settings(
        db_path=tmp_path / "incidents.db",
        data_dir=DATA,
        command_prefix="!",
        alert_poll_seconds=POLL_SECONDS,
        alert_digest_threshold=3,
        allow_private_urls=True,
    )


def cli_desk(settings: Settings, gazetteer: Gazetteer) -> IncidentDesk:
    """A second, synchronous desk on the same database: what `incident-bot ingest` uses."""
    return IncidentDesk(settings, gazetteer=gazetteer, clock=lambda: NOW)


@pytest.fixture
async def async_desk(bot_settings: Settings, gazetteer: Gazetteer) -> AsyncIterator[AsyncIncidentDesk]:
    fetcher = UrlFetcher(
        policy=AddressPolicy(allow_private=bot_settings.allow_private_urls), timeout_seconds=5
    )
    desk = AsyncIncidentDesk(bot_settings, gazetteer=gazetteer, clock=lambda: NOW, fetcher=fetcher)
    yield desk
    await desk.close()


def make_bot(settings: Settings, desk: AsyncIncidentDesk, **options: object) -> IncidentBot:
    return IncidentBot(settings, desk, **options)  # type: ignore[arg-type]


@pytest.fixture
def simcord_bot(bot_settings: Settings, async_desk: AsyncIncidentDesk) -> IncidentBot:
    return make_bot(bot_settings, async_desk)


class World:
    """A guild with a channel, a moderator (Manage Server) and two ordinary members."""

    def __init__(self, env: simcord.Env, name: str = "Newsroom") -> None:
        self.env = env
        self.guild = env.create_guild(name)
        self.channel = self.guild.create_text_channel("general")
        self.alerts = self.guild.create_text_channel("alerts")
        managers = self.guild.create_role("Editors", permissions=discord.Permissions(manage_guild=True))
        self.moderator = self.guild.add_member(env.create_user(f"{name.lower()}-mod"), roles=[managers])
        self.alice = self.guild.add_member(env.create_user(f"{name.lower()}-alice"))
        self.bob = self.guild.add_member(env.create_user(f"{name.lower()}-bob"))


@pytest.fixture
def world(simcord_env: simcord.Env) -> World:
    return World(simcord_env)


def bot_messages(channel: simcord.ChannelHandle, bot: discord.Client) -> list[discord.Message]:
    assert bot.user is not None
    return [m for m in channel.history() if m.author.id == bot.user.id]


def with_settings(settings: Settings, **changes: object) -> Settings:
    return replace(settings, **changes)  # type: ignore[arg-type]


def buttons(message: discord.Message) -> list[tuple[str | None, bool]]:
    """(label, disabled) of every button on a message."""
    return [
        (child.label, child.disabled)
        for row in message.components
        if isinstance(row, discord.ActionRow)
        for child in row.children
        if isinstance(child, discord.Button)
    ]


def mention_policies(env: simcord.Env) -> list[object]:
    """The allowed_mentions of every message the bot created or edited, as sent on the wire."""
    policies: list[object] = []
    for request in env.http_requests:
        body = request.json if isinstance(request.json, dict) else {}
        if request.method == "POST" and request.path.endswith("/messages"):
            policies.append(body.get("allowed_mentions"))
        elif request.path.endswith("/callback") and body.get("type") in (4, 7):
            policies.append(body.get("data", {}).get("allowed_mentions"))
        elif request.path.startswith("/webhooks/") and request.method in ("POST", "PATCH"):
            policies.append(body.get("allowed_mentions"))
    return policies


def interaction_calls(env: simcord.Env) -> list[tuple[str, object]]:
    """The bot's answers to interactions as they went over the wire: callbacks (by body) and follow-ups."""
    calls: list[tuple[str, object]] = []
    for request in env.http_requests:
        body = request.json if isinstance(request.json, dict) else {}
        if request.path.endswith("/callback"):
            calls.append(("callback", {k: v for k, v in body.items() if k == "type"}))
        elif request.path.startswith("/webhooks/") and request.method == "POST":
            calls.append(("followup", body.get("content")))
        elif request.path.startswith("/webhooks/") and request.method == "PATCH":
            calls.append(("edit", body.get("content")))
    return calls
