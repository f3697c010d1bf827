"""Feeds end to end against the real discord.py (simcord) and a news site on loopback: a moderator adds a feed,
a poll reads a new report, its incident is alerted once; a poll that finds nothing new and an edited entry alert
nothing; a feed that keeps failing is paused and its moderators told once, in the channel where it was added."""

from __future__ import annotations

import email.utils
from collections.abc import AsyncIterator

import pytest
import simcord

from bench.feedserver import FeedSite, article_page, rss
from bot.discord_app.bot import IncidentBot
from bot.discord_app.checks import NotModerator
from bot.service import AsyncIncidentDesk

from .conftest import SAMPLE
from .discord_helpers import POLL_SECONDS, World, bot_messages

pytestmark = pytest.mark.usefixtures("logged_errors")

PARAGRAPHS = [p for p in SAMPLE.read_text().split("\n\n")[1:] if p.strip()]
KN23_ALERT = "New incident: KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast"


class Newsroom:
    def __init__(self, site: FeedSite) -> None:
        self.site = site
        self.items: list[dict[str, str]] = []

    def publish(self, slug: str, title: str, when: str, paragraphs: list[str]) -> None:
        link = self.site.url(f"/{slug}/")
        self.items.insert(0, {"title": title, "link": link, "guid": f"post-{slug}", "date": when,
                              "description": paragraphs[0], "content": "".join(f"<p>{p}</p>" for p in paragraphs)})  # fmt: skip
        self.site.put("/feed/", rss("Defence Desk", self.items, base=self.site.base), "application/rss+xml")
        published = email.utils.parsedate_to_datetime(when).isoformat()
        self.site.put(f"/{slug}/", article_page(title, published, paragraphs))


@pytest.fixture
async def newsroom() -> AsyncIterator[Newsroom]:
    site = FeedSite()
    await site.start()
    room = Newsroom(site)
    room.publish("odesa", "Shahed drones hit Odesa", "Tue, 06 Aug 2024 08:10:00 +0000",
                 ["Russian Shahed drones attacked the port of Odesa overnight on 5 August, the governor said."])  # fmt: skip
    yield room
    await site.stop()


def replies(env: simcord.Env, channel: simcord.ChannelHandle) -> list[str]:
    return [m.content for m in bot_messages(channel, env.bot) if m.content]


def alert_titles(env: simcord.Env, channel: simcord.ChannelHandle) -> list[str | None]:
    return [e.title for m in bot_messages(channel, env.bot) for e in m.embeds]


async def poll(env: simcord.Env) -> None:
    """One round of the bot's feed loop (its clock is stopped, so due feeds are polled by hand), then the alert
    loop's turns."""
    bot = env.bot
    assert isinstance(bot, IncidentBot)
    feeds = await bot.poller.desk.read(lambda desk: desk.feeds.feeds(None, any_owner=True))
    await bot.poller.poll([f for f in feeds if f.active])
    for _ in range(3):
        await env.advance_time(POLL_SECONDS)


async def test_a_feed_added_in_discord_is_read_and_alerted_exactly_once(
    simcord_env: simcord.Env, world: World, async_desk: AsyncIncidentDesk, newsroom: Newsroom
) -> None:
    url = newsroom.site.url("/feed/")
    await world.alice.send(world.channel, f"!feed add {url}")
    assert replies(simcord_env, world.channel)[-1] == (
        "Sorry, only moderators can do that here: members with Manage Server, or with this server's moderator role."
    )
    assert [type(e) for e in simcord_env.errors] == [NotModerator]
    await world.moderator.send(world.channel, f"!feed add {url} --interval 10")
    assert replies(simcord_env, world.channel)[-1] == (
        "Feed 1 added: `Defence Desk`, 1 entry now; the 1 entry already there is marked as seen, not announced."
    )
    await world.moderator.send(world.alerts, "!subscribe")
    newsroom.publish("kn23", "Russia's rare use of North Korean missiles", "Tue, 06 Aug 2024 14:48:00 +0000",
                     PARAGRAPHS)  # fmt: skip
    await poll(simcord_env)
    assert alert_titles(simcord_env, world.alerts) == [KN23_ALERT]
    await poll(simcord_env)  # 304: nothing new
    assert newsroom.site.not_modified["/feed/"] == 1
    edited = [*PARAGRAPHS, "Update: the governor said the debris damaged two houses."]
    newsroom.items[0]["content"] = "".join(f"<p>{p}</p>" for p in edited)
    newsroom.site.put(
        "/feed/", rss("Defence Desk", newsroom.items, base=newsroom.site.base), "application/rss+xml"
    )
    newsroom.site.put("/kn23/", article_page("Russia's rare use of North Korean missiles", "2024-08-06T17:48:00+03:00",
                                              edited))  # fmt: skip
    await poll(simcord_env)
    assert alert_titles(simcord_env, world.alerts) == [KN23_ALERT]  # updated in place, never alerted again
    (article,) = (await async_desk.ask("!article list")).articles
    assert article.url == newsroom.site.url("/kn23/")
    await world.alice.send(world.channel, "!feed")
    listed = replies(simcord_env, world.channel)[-1]
    assert listed.startswith("\\#1  Defence Desk  [active]\n")
    assert "every 10 min · 2 entries seen" in listed
    log = await async_desk.audit_log(world.guild.id, 1, 10)
    assert [(e.action, e.outcome) for e in log.entries][-2:] == [
        ("feed add", "added"),
        ("feed add", "refused"),
    ]


async def test_a_failing_feed_is_paused_and_its_moderators_told_once(
    simcord_env: simcord.Env, world: World, newsroom: Newsroom
) -> None:
    await world.moderator.send(world.channel, f"!feed add {newsroom.site.url('/feed/')}")
    newsroom.site.put("/feed/", "gone", "text/plain", status=410)
    bot = simcord_env.bot
    assert isinstance(bot, IncidentBot)
    for _ in range(5):
        await poll(simcord_env)
    # (discord.py imports an extension afresh: its class is not the one this module imported.)
    cog = bot.get_cog("Feeds")
    assert type(cog).__name__ == "FeedsCog"
    assert await cog.send_notices() == 1  # type: ignore[union-attr]
    assert await cog.send_notices() == 0  # type: ignore[union-attr]
    notice = replies(simcord_env, world.channel)[-1]
    assert notice == (
        "Feed 1 (`Defence Desk`) failed 5 times in a row and is paused. Last error: `The site answered 410 Gone.`. "
        "Check the address, then `!feed resume 1`."
    )
    await world.moderator.send(world.channel, "!feed resume 1")
    assert replies(simcord_env, world.channel)[-1] == (
        "Feed 1 (`Defence Desk`) resumed; it is polled next within a minute."
    )
