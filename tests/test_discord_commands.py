"""Reading commands end to end against the real discord.py (simcord): prefix and slash, failures, autocomplete,
paging with buttons, long answers within Discord's limits, and mentions that never ping."""

from __future__ import annotations

import re
from pathlib import Path

import discord
import pytest
import simcord
from discord import app_commands
from discord.ext import commands

from bot.config import Settings
from bot.discord_app import strings
from bot.discord_app.embeds import escape, limit_problems
from bot.service import AsyncIncidentDesk

from .conftest import SAMPLE
from .discord_helpers import ErrorLog, World, bot_messages, buttons, make_bot, mention_policies, with_settings

pytestmark = pytest.mark.usefixtures("logged_errors")

KN23_DESCRIPTION = (
    "**2024-07-31** · Weapons: KN-23 · Places: Bila Tserkva, Kyiv Oblast · Actors: Russia, North Korea, Ukraine\n\n"
    "> Russia used a North Korean KN-23 ballistic missile during an attack on Ukraine on 31 July.\n"
    "— **Defence Express**, *Russia's rare use of North Korean missiles marks new escalation* · 2024-08-06 · "
    "article 1"
)
KN23_TITLE = "#1 · KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast"


@pytest.fixture
async def kn23(async_desk: AsyncIncidentDesk) -> AsyncIncidentDesk:
    report = await async_desk.ingest_paths([SAMPLE])
    assert report.new_incidents == (1,)
    return async_desk


def shahed_articles(folder: Path, days: int) -> list[Path]:
    paths = []
    for day in range(1, days + 1):
        path = folder / f"odesa-{day:02d}.txt"
        path.write_text(
            f"Drones over Odesa, day {day}\n\nPublished: {day} May 2024\n\n"
            f"Russia attacked Odesa with Shahed-136 drones on {day} May, the regional governor said.\n"
        )
        paths.append(path)
    return paths


def embed_texts(message: discord.Message | simcord.ResponseMessage) -> list[tuple[str | None, str | None]]:
    return [(e.title, e.description) for e in message.embeds]


async def test_prefix_incident_answers_with_title_date_summary_snippet_and_source(
    simcord_env: simcord.Env, world: World, kn23: AsyncIncidentDesk
) -> None:
    await world.alice.send(world.channel, "!incident KN-23")
    (reply,) = bot_messages(world.channel, simcord_env.bot)
    assert reply.content == "1 incident for KN-23."
    assert embed_texts(reply) == [(KN23_TITLE, KN23_DESCRIPTION)]
    assert reply.components == []  # one page: no buttons


async def test_slash_summary_answers_at_once(
    simcord_env: simcord.Env, world: World, kn23: AsyncIncidentDesk
) -> None:
    result = await world.alice.slash(world.channel, "summary", date="2024-07-31")
    assert (result.acknowledged, result.deferred, result.ephemeral) == (True, False, False)
    assert result.response is not None
    assert result.response.content == "1 incident on 2024-07-31."
    assert embed_texts(result.response) == [(KN23_TITLE, KN23_DESCRIPTION)]


async def test_a_failed_slash_command_answers_politely_and_privately(
    simcord_env: simcord.Env, world: World, kn23: AsyncIncidentDesk
) -> None:
    result = await world.alice.slash(world.channel, "summary", date="2024-02-30")
    assert result.ephemeral is True
    assert result.response is not None
    assert result.response.content == (
        "Sorry, `2024-02-30` is not a date: February 2024 has 29 days. I understand `2024-07-31`, `31 July 2024`, "
        "`July 2024`, `2024-07-29..2024-08-04`, `yesterday` or `last week`."
    )
    assert result.response.embeds == []


async def test_a_slash_command_that_fails_says_so_politely_and_logs_it(
    simcord_env: simcord.Env, world: World, logged_errors: ErrorLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(simcord_env.bot.desk, "answer", broken)
    result = await world.alice.slash(world.channel, "stats")
    assert result.ephemeral is True
    assert result.response is not None
    assert result.response.content == strings.INTERNAL_ERROR
    simcord.assert_error(simcord_env, app_commands.CommandInvokeError, contains="the disk is on fire")
    assert [r.getMessage() for r in logged_errors.records] == ["slash command stats failed"]
    logged_errors.records.clear()


async def test_a_prefix_command_without_its_argument_gets_the_engines_usage(
    simcord_env: simcord.Env, world: World, kn23: AsyncIncidentDesk
) -> None:
    await world.alice.send(world.channel, "!incident")
    (reply,) = bot_messages(world.channel, simcord_env.bot)
    assert reply.content == "Usage: `!incident <weapon, place or actor>` (for example `!incident KN-23`)."


async def test_autocomplete_offers_names_and_aliases(
    simcord_env: simcord.Env, world: World, kn23: AsyncIncidentDesk
) -> None:
    choices = await world.alice.autocomplete(world.channel, "incident", "query", "Hwas")
    assert choices == [{"name": "Hwasong-11 → KN-23 (1 incident)", "value": "KN-23"}]
    everything = await world.alice.autocomplete(world.channel, "incident", "query", "")
    assert [c["value"] for c in everything] == [
        "Bila Tserkva", "KN-23", "Kyiv Oblast", "North Korea", "Russia", "Ukraine"
    ]  # fmt: skip


async def test_article_stats_and_help(
    simcord_env: simcord.Env, world: World, kn23: AsyncIncidentDesk
) -> None:
    await world.alice.send(world.channel, "!article 1")
    await world.alice.send(world.channel, "!article list")
    await world.alice.send(world.channel, "!stats")
    shown, listed, stats = bot_messages(world.channel, simcord_env.bot)
    assert shown.content == "Article: Russia's rare use of North Korean missiles marks new escalation"
    assert [e.title for e in shown.embeds] == [
        "Article 1 · Russia's rare use of North Korean missiles marks new escalation", KN23_TITLE
    ]  # fmt: skip
    assert (listed.content, embed_texts(listed)) == (
        "1 article in the library.",
        [("Articles", "**1** · Russia's rare use of North Korean missiles marks new escalation — Defence Express, 2024-08-06")],
    )  # fmt: skip
    assert embed_texts(stats) == [
        ("What I know", "Articles: 1 (0 official records) · Sentences: 18\nIncidents: 1 from 2024-07-31 to 2024-07-31\n"
                        "Most reported weapons: KN-23 (1)\nMost reported places: Bila Tserkva (1), Kyiv Oblast (1)")
    ]  # fmt: skip
    result = await world.alice.slash(world.channel, "help")
    assert result.response is not None
    (help_embed,) = result.response.embeds
    assert help_embed.description is not None
    entries = help_embed.description.split("\n\n")
    assert entries[0].startswith(
        "`!incident <weapon, place or actor>` · `/incident <weapon, place or actor>`\n"
    )
    assert entries[-1] == "`!feed resume <id>` · `/feed resume <id>`\nModerators: resume a paused feed."
    assert len(entries) == 10 + 13  # the engine's commands, then Discord's own (bot/commands.py)


async def test_many_results_page_with_buttons_only_the_asker_drives(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk, tmp_path: Path
) -> None:
    await async_desk.ingest_paths(shahed_articles(tmp_path, 7))
    await world.alice.send(world.channel, "!incident Shahed-136")
    (reply,) = bot_messages(world.channel, simcord_env.bot)
    assert reply.content == "7 incidents for Shahed-136."
    assert [e.title for e in reply.embeds] == [
        f"#{n} · Shahed-136 drone attack: Odesa" for n in (7, 6, 5, 4, 3)
    ]
    assert reply.embeds[-1].footer.text == "Page 1 of 2"

    # A stranger's press is refused, privately; the message does not move.
    refused = await world.bob.click(reply, label="Next")
    assert refused.ephemeral is True
    assert refused.response is not None
    assert refused.response.content == (
        "Only the person who asked can turn pages. Ask the same question yourself to get your own copy."
    )
    assert world.channel.history()[-1].embeds[-1].footer.text == "Page 1 of 2"

    # The asker's press asks the engine for page 2.
    await world.alice.click(reply, label="Next")
    page_two = bot_messages(world.channel, simcord_env.bot)[-1]
    assert [e.title for e in page_two.embeds] == [f"#{n} · Shahed-136 drone attack: Odesa" for n in (2, 1)]
    assert page_two.embeds[-1].footer.text == "Page 2 of 2"
    assert buttons(page_two) == [("Previous", False), ("Next", True)]
    await world.alice.click(page_two, label="Previous")
    assert bot_messages(world.channel, simcord_env.bot)[-1].embeds[-1].footer.text == "Page 1 of 2"

    # After the timeout the buttons are disabled, cleanly.
    await simcord_env.advance_time(181)
    expired = bot_messages(world.channel, simcord_env.bot)[-1]
    assert buttons(expired) == [("Previous", True), ("Next", True)]


def forty_sources(folder: Path) -> list[Path]:
    """Forty outlets reporting one strike, each with one long sentence (1,000 to 2,000 characters)."""
    paths = []
    for i in range(1, 41):
        filler = ", ".join(
            f"damaging house number {n} on the street of outlet {i}" for n in range(20 + 3 * i)
        )
        path = folder / f"outlet-{i:02d}.txt"
        path.write_text(
            f"Outlet {i} on the Kharkiv strike\n\nPublished: 6 May 2024\n\n"
            f"Russia struck Kharkiv with an Iskander-M ballistic missile on 5 May, {filler}.\n"
        )
        paths.append(path)
    return paths


async def test_a_long_answer_pages_within_discords_limits_and_drops_no_source(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk, tmp_path: Path
) -> None:
    report = await async_desk.ingest_paths(forty_sources(tmp_path))
    assert (report.count("added"), report.new_incidents) == (40, (1,))
    await world.alice.send(world.channel, "!sources 1")
    (message,) = bot_messages(world.channel, simcord_env.bot)
    assert message.content == "Incident 1 rests on 40 sources."
    screens = [message]
    while buttons(screens[-1]) == [("Previous", len(screens) == 1), ("Next", False)]:
        await world.alice.click(screens[-1], label="Next")
        screens.append(bot_messages(world.channel, simcord_env.bot)[-1])
    text = "\n".join(e.description or "" for screen in screens for e in screen.embeds)
    cited = [int(n) for n in re.findall(r"· article (\d+)$", text, flags=re.MULTILINE)]
    assert cited == list(range(1, 41))  # every source, once, in order
    for screen in screens:
        assert limit_problems(screen.embeds, screen.content) == []
    assert screens[0].embeds[0].title == "#1 · Iskander-M ballistic missile attack: Kharkiv"
    assert {e.title for s in screens for e in s.embeds} == {
        "#1 · Iskander-M ballistic missile attack: Kharkiv",
        "#1 · Iskander-M ballistic missile attack: Kharkiv (continued)",
    }
    # Every sentence is shown whole (the engine keeps sentences up to 2,000 characters).
    (incident,) = (await async_desk.ask("sources 1", page_size=100)).incidents
    assert [len(s.snippet) for s in incident.sources][-1] > 1900
    assert all(escape(source.snippet) in text for source in incident.sources)


async def test_mentions_in_articles_and_queries_never_ping(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk, tmp_path: Path
) -> None:
    article = tmp_path / "pings.txt"
    article.write_text(
        "Strike on Dnipro\n\nPublished: 2 June 2024\n\n"
        f"Russia struck Dnipro with a Kh-101 cruise missile on 2 June, @everyone and <@{world.alice.id}> "
        "were warned, said **officials**.\n"
    )
    await async_desk.ingest_paths([article])
    await world.bob.send(world.channel, "!incident Kh-101")
    await world.bob.send(world.channel, "!incident @everyone")
    result = await world.bob.slash(world.channel, "search", words="warned")
    answer, echoed = bot_messages(world.channel, simcord_env.bot)[:2]
    assert echoed.content == "1 incident whose reports mention `@everyone`."
    assert result.response is not None
    sent = [answer, echoed, result.response.message]
    for message in sent:
        stored = simcord_env.backend.get_message(message.channel.id, message.id)
        assert (stored.ping_user_ids, stored.ping_role_ids, stored.mention_everyone) == ([], [], False)
    # Article text is escaped: the mention shows as text, the Markdown as characters.
    assert answer.embeds[0].description is not None
    assert f"@\u200beveryone and <@\u200b{world.alice.id}> were warned, said \\*\\*officials\\*\\*." in (
        answer.embeds[0].description
    )
    assert mention_policies(simcord_env) == [{"parse": []}] * 3


async def test_commands_sync_to_the_development_guild_when_one_is_set(
    bot_settings: Settings, async_desk: AsyncIncidentDesk
) -> None:
    dev_guild_id = 1_234_567_890_123_456_789
    env = simcord.Env(make_bot(with_settings(bot_settings, dev_guild_id=dev_guild_id), async_desk))
    guild = env.create_guild("Development", id=dev_guild_id)
    await env.start()
    try:
        with env.time_context():
            syncs = [r.path for r in env.http_requests if r.method == "PUT"]
            assert syncs == [f"/applications/{env.bot.application_id}/guilds/{dev_guild_id}/commands"]
            channel = guild.create_text_channel("general")
            alice = guild.add_member(env.create_user("alice"))
            result = await alice.slash(channel, "stats")
            assert result.response is not None
            assert result.response.content == "What I know so far."
    finally:
        await env.shutdown()


async def test_a_query_as_long_as_a_message_is_answered_within_the_limit(
    simcord_env: simcord.Env, world: World, kn23: AsyncIncidentDesk
) -> None:
    query = "kharkov " * 248  # with the command, 1,994 characters: as long as a member's message can be
    await world.alice.send(world.channel, f"!incident {query}")
    (reply,) = bot_messages(world.channel, simcord_env.bot)
    # What was typed is echoed shortened to 100 characters, so the reply stays well within a message.
    assert reply.content == "No recorded incident matches `" + ("kharkov " * 13)[:99] + "…`."


async def test_reading_commands_work_in_direct_messages_and_moderation_does_not(
    simcord_env: simcord.Env, world: World, kn23: AsyncIncidentDesk
) -> None:
    await world.alice.send_dm("!incident KN-23")
    await world.alice.send_dm("!subscribe")
    simcord.assert_error(simcord_env, commands.NoPrivateMessage)
    replies = [m for m in world.alice.user.dm_channel.history() if m.author.id == simcord_env.bot.user.id]  # type: ignore[union-attr]
    assert [m.content for m in replies] == [
        "1 incident for KN-23.",
        "That works in a server channel, not in direct messages.",
    ]
