"""Moderation end to end against the real discord.py (simcord): who may add and remove articles, by text, file
and URL; the audit log; the moderator role; one guild never touching another's data."""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord
import pytest
import simcord
from aiohttp import web

from bot.config import Settings
from bot.discord_app.bot import IncidentBot
from bot.discord_app.checks import NotManager, NotModerator
from bot.extract.gazetteer import Gazetteer
from bot.service import AsyncIncidentDesk

from .conftest import FIXTURES, NOW, SAMPLE
from .discord_helpers import (
    POLL_SECONDS,
    World,
    bot_messages,
    cli_desk,
    interaction_calls,
    make_bot,
    with_settings,
)

pytestmark = pytest.mark.usefixtures("logged_errors")

SAMPLE_TITLE = "Russia's rare use of North Korean missiles marks new escalation"
ADDED_SAMPLE = f"Added article 1, “{SAMPLE_TITLE}”: 1 new incident. New incidents: #1; subscribed channels will be alerted."
NOT_MODERATOR = "Sorry, only moderators can do that here: members with Manage Server, or with this server's moderator role."
PASTED = (
    "Drones hit Odesa port\n\nPublished: 25 September 2023\n\n"
    "Russia attacked the Odesa region overnight with Shahed-136 drones, the Southern Defence Forces said."
)


def last_reply(env: simcord.Env, channel: simcord.ChannelHandle) -> str:
    return bot_messages(channel, env.bot)[-1].content


async def test_members_without_rights_are_refused_politely_and_it_is_logged(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk
) -> None:
    await world.alice.send(world.channel, "!article add Some text about a strike.")
    assert last_reply(simcord_env, world.channel) == NOT_MODERATOR
    result = await world.alice.slash(world.channel, "article add", text="Some text")
    assert (result.ephemeral, result.response and result.response.content) == (True, NOT_MODERATOR)
    await world.alice.send(world.channel, "!modrole Editors")
    assert (
        last_reply(simcord_env, world.channel)
        == "Sorry, only members with Manage Server can choose the moderator role."
    )
    assert [type(e) for e in simcord_env.errors] == [NotModerator, NotModerator, NotManager]
    log = await async_desk.audit_log(world.guild.id, 1, 10)
    assert [(e.user_name, e.action, e.target, e.outcome) for e in log.entries] == [
        ("newsroom-alice", "article add", "/article add text:Some text", "refused"),
        ("newsroom-alice", "article add", "!article add Some text about a strike.", "refused"),
    ]
    assert (await async_desk.ask("article list")).total == 0


async def test_a_moderator_adds_an_attachment_and_the_subscribed_channel_is_alerted_exactly_once(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk
) -> None:
    await world.moderator.send(world.alerts, "!subscribe")
    assert last_reply(simcord_env, world.alerts) == (
        f"From now on <#{world.alerts.id}> gets an alert for every new incident. Older incidents are not announced."
    )
    await world.moderator.send(world.channel, "!article add", attachments=[("kn23.txt", SAMPLE.read_bytes())])
    assert last_reply(simcord_env, world.channel) == ADDED_SAMPLE
    for _ in range(3):
        await simcord_env.advance_time(POLL_SECONDS)
    _confirmation, alert = bot_messages(world.alerts, simcord_env.bot)
    (embed,) = alert.embeds
    assert (embed.title, embed.footer.text) == (
        "New incident: KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast",
        "Alert for every new incident · sources 1 · alert 1",
    )
    assert embed.description is not None
    assert embed.description.startswith("**2024-07-31** · Weapons: KN-23 · Places: Bila Tserkva, Kyiv Oblast")
    (subscription,) = await async_desk.subscriptions(world.guild.id)
    assert (subscription.pending, subscription.last_error) == (0, None)
    log = await async_desk.audit_log(world.guild.id, 1, 10)
    assert [(e.action, e.target, e.outcome, e.detail) for e in log.entries] == [
        ("article add", "article 1: file kn23.txt", "added", "1 new incident"),
        ("subscribe", f"<#{world.alerts.id}>", "subscribed", ""),
    ]


async def test_a_slash_add_defers_then_follows_up(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk
) -> None:
    result = await world.moderator.slash(world.channel, "article add", text=PASTED)
    added = (
        "Added article 1, “Drones hit Odesa port”: 1 new incident. New incidents: #1; subscribed channels will "
        "be alerted."
    )
    # On the wire: a deferral (type 5, "thinking") first, then the answer as a follow-up through the webhook.
    assert interaction_calls(simcord_env) == [("callback", {"type": 5}), ("followup", added)]
    assert (result.acknowledged, result.ephemeral) == (True, False)
    assert result.response is not None
    assert result.response.content == added
    attached = await world.moderator.slash(
        world.channel, "article add", file=("kn23.txt", SAMPLE.read_bytes())
    )
    assert [m.content for m in ([attached.response] if attached.response else []) + attached.followups] == [
        ADDED_SAMPLE.replace("article 1", "article 2").replace("#1", "#2")
    ]
    again = await world.moderator.slash(world.channel, "article add", file=("copy.txt", SAMPLE.read_bytes()))
    assert [m.content for m in ([again.response] if again.response else []) + again.followups] == [
        f"I already have that: article 2, “{SAMPLE_TITLE}”, unchanged."
    ]
    wrong = await world.moderator.slash(world.channel, "article add", file=("scan.pdf", b"%PDF-1.7"))
    assert [m.content for m in ([wrong.response] if wrong.response else []) + wrong.followups] == [
        "I could not add it: I can read .txt, .md and .html files, not `scan.pdf`."
    ]


@pytest.fixture
async def article_site() -> AsyncIterator[str]:
    async def page(_request: web.Request) -> web.Response:
        return web.Response(body=(FIXTURES / "kharkiv-kn23.html").read_bytes(), content_type="text/html")

    app = web.Application()
    app.router.add_get("/news/kharkiv.html", page)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    yield f"http://127.0.0.1:{runner.addresses[0][1]}/news/kharkiv.html"
    await runner.cleanup()


async def test_a_moderator_adds_an_article_by_url(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk, article_site: str
) -> None:
    await world.moderator.send(world.channel, f"!article add {article_site}")
    reply = last_reply(simcord_env, world.channel)
    assert reply.startswith("Added article 1, “")
    assert reply.endswith("”: 1 new incident. New incidents: #1; subscribed channels will be alerted.")
    (article,) = (await async_desk.ask("article 1")).articles
    assert article.url == article_site


async def test_private_urls_are_refused_unless_allowed(
    bot_settings: Settings, gazetteer: Gazetteer, article_site: str
) -> None:
    settings = with_settings(bot_settings, allow_private_urls=False)
    desk = AsyncIncidentDesk(settings, gazetteer=gazetteer, clock=lambda: NOW)
    async with simcord.run(make_bot(settings, desk)) as env:
        world = World(env)
        await world.moderator.send(world.channel, f"!article add <{article_site}>")
        assert last_reply(env, world.channel) == (
            f"I could not add it: fetching <{article_site}> failed: I don't fetch from loopback addresses "
            "(127.0.0.1): only public web pages."
        )
        (entry,) = (await desk.audit_log(world.guild.id, 1, 10)).entries
        assert (entry.action, entry.outcome) == ("article add", "failed")
    await desk.close()


async def test_articles_are_removed_only_by_the_guild_that_added_them(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk, gazetteer: Gazetteer,
    bot_settings: Settings,
) -> None:  # fmt: skip
    await world.moderator.send(world.channel, "!article add", attachments=[("kn23.txt", SAMPLE.read_bytes())])
    desk = cli_desk(bot_settings, gazetteer)
    assert desk.ingest_file(FIXTURES / "kharkiv-kn23.html").article_id == 2
    desk.close()
    harbour = World(simcord_env, "Harbour")

    await harbour.moderator.send(harbour.channel, "!article remove 1")
    await world.moderator.send(world.channel, "!article remove 2")
    await world.moderator.send(world.channel, "!article remove 99")
    await world.moderator.send(world.channel, "!article remove first")
    await world.moderator.send(world.channel, "!article remove 1")
    not_here = (
        "was not added from this server (it came from another server or from the command line), so it can't be "
        "removed here. Ask whoever runs the bot."
    )
    assert last_reply(simcord_env, harbour.channel) == f"Article 1 {not_here}"
    assert [m.content for m in bot_messages(world.channel, simcord_env.bot)[1:]] == [
        f"Article 2 {not_here}",
        "There is no article 99. `article list` shows the articles.",
        "`first` is not an article number. Try `!article remove 3`.",
        "Removed article 1 and what was extracted from it.",
    ]
    assert [a.id for a in (await async_desk.ask("article list")).articles] == [2]
    # Each guild's log holds its own actions only.
    harbour_log = await async_desk.audit_log(harbour.guild.id, 1, 10)
    assert [(e.action, e.target, e.outcome) for e in harbour_log.entries] == [
        ("article remove", "article 1", "not-this-guild")
    ]
    newsroom_log = await async_desk.audit_log(world.guild.id, 1, 10)
    assert [(e.action, e.target, e.outcome) for e in newsroom_log.entries] == [
        ("article remove", "article 1", "removed"),
        ("article remove", "article 99", "missing"),
        ("article remove", "article 2", "not-this-guild"),
        ("article add", "article 1: file kn23.txt", "added"),
    ]


async def test_the_moderation_log_is_per_guild_paginated_and_private(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk
) -> None:
    harbour = World(simcord_env, "Harbour")
    await harbour.moderator.send(harbour.alerts, "!subscribe KN-23")
    for n in range(12):
        await world.moderator.send(world.channel, f"!article remove {100 + n}")
    result = await world.moderator.slash(world.channel, "article log")
    assert result.ephemeral is True
    assert result.response is not None
    assert result.response.content == "12 entries in this server's moderation log."
    (embed,) = result.response.embeds
    assert embed.description is not None
    lines = embed.description.split("\n\n")
    assert len(lines) == 10
    assert lines[0].endswith(
        f" · **newsroom-mod** ({world.moderator.id}) · article remove article 111 · missing"
    )
    assert embed.footer.text == "Page 1 of 2"
    await world.moderator.click(result.response, label="Next")
    page_two = simcord_env.backend.get_message(world.channel.id, result.response.id)
    assert [e["footer"]["text"] for e in page_two.embeds] == ["Page 2 of 2"]
    assert page_two.embeds[0]["description"].count("article remove") == 2
    refused = await world.alice.slash(world.channel, "article log")
    assert (refused.ephemeral, refused.response and refused.response.content) == (True, NOT_MODERATOR)
    simcord.assert_error(simcord_env, NotModerator)


async def test_the_moderator_role_is_chosen_per_guild(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk
) -> None:
    reporters = world.guild.create_role("Reporters")
    carol = world.guild.add_member(simcord_env.create_user("carol"), roles=[reporters])
    await carol.send(world.channel, f"!article add {PASTED}")
    assert last_reply(simcord_env, world.channel) == NOT_MODERATOR
    simcord.assert_error(simcord_env, NotModerator)

    await world.moderator.send(world.channel, "!modrole Reporters")
    assert (
        last_reply(simcord_env, world.channel)
        == "Moderators here: members with Manage Server or the role Reporters."
    )
    await carol.send(world.channel, f"!article add {PASTED}")
    assert last_reply(simcord_env, world.channel).startswith("Added article 1, “Drones hit Odesa port”")

    # Another guild's role of the same name means nothing here, and this guild's choice nothing there.
    harbour = World(simcord_env, "Harbour")
    harbour_reporters = harbour.guild.create_role("Reporters")
    dave = harbour.guild.add_member(simcord_env.create_user("dave"), roles=[harbour_reporters])
    await dave.send(harbour.channel, "!article remove 1")
    assert last_reply(simcord_env, harbour.channel) == NOT_MODERATOR
    simcord.assert_error(simcord_env, NotModerator)

    await world.moderator.send(world.channel, "!modrole reset")
    assert last_reply(simcord_env, world.channel) == (
        "Moderators here: members with Manage Server. Choose a role with `modrole <role>`."
    )


async def test_the_default_moderator_role_comes_from_the_settings(
    bot_settings: Settings, gazetteer: Gazetteer
) -> None:
    settings = with_settings(bot_settings, moderator_role="Reporters")
    desk = AsyncIncidentDesk(settings, gazetteer=gazetteer)
    bot: IncidentBot = make_bot(settings, desk)
    async with simcord.run(bot) as env:
        world = World(env)
        reporters = world.guild.create_role("Reporters", permissions=discord.Permissions.none())
        carol = world.guild.add_member(env.create_user("carol"), roles=[reporters])
        await carol.send(world.channel, f"!article add {PASTED}")
        assert last_reply(env, world.channel).startswith("Added article 1, “Drones hit Odesa port”")
        await world.moderator.send(world.channel, "!modrole")
        assert last_reply(env, world.channel) == (
            "Moderators here: members with Manage Server or the role Reporters (the bot's default)."
        )
    await desk.close()
