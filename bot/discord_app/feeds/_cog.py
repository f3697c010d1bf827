"""News feeds a server follows, and the poller that reads them.

`feed add <url> [options]`, `feed remove|pause|resume <id>` (moderators) and `feed list` (everyone). The poller is
a `discord.ext.tasks` loop that polls due feeds (`bot.poller`, with its own desk so a long poll never holds up the
other commands) unless `FEED_POLLING` is off because a cron job runs `incident-bot feed poll --once`; the incidents
it records are announced by the alerts loop like any others. The same loop sends the notices moderators are owed
(a feed paused after repeated failures), whichever process wrote them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot import messages
from bot.discord_app import strings
from bot.discord_app.answers import send_refusal, send_text
from bot.discord_app.checks import is_moderator
from bot.discord_app.decorators import hybrid_group, subcommand
from bot.discord_app.embeds import fit
from bot.discord_app.views import NO_MENTIONS
from bot.feeds import parse_feed_options
from bot.guilds import Actor
from bot.render import feed_lines

if TYPE_CHECKING:
    from bot.discord_app.bot import IncidentBot

log = logging.getLogger(__name__)
POLL_SECONDS = 30.0


class FeedsCog(commands.Cog, name="Feeds"):
    def __init__(self, bot: IncidentBot) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.loop.start()

    async def cog_unload(self) -> None:
        self.loop.cancel()

    # ---- commands -----------------------------------------------------------------------------------------

    @hybrid_group(name="feed", description=strings.COMMANDS["feed"], fallback="list")
    @commands.guild_only()
    async def feed(self, ctx: commands.Context[IncidentBot]) -> None:
        assert ctx.guild is not None
        feeds = await self.bot.desk.read(lambda desk: desk.feeds.feeds(ctx.guild.id if ctx.guild else None))
        if not feeds:
            await send_text(ctx, strings.no_feeds(self.bot.settings.command_prefix))
            return
        block: list[str] = []
        for feed in feeds:
            lines = feed_lines(feed)
            if sum(len(line) + 1 for line in [*block, *lines]) > 1900 and block:
                await ctx.send(discord.utils.escape_markdown("\n".join(block)), allowed_mentions=NO_MENTIONS)
                block = []
            block.extend(lines)
        await ctx.send(
            fit(discord.utils.escape_markdown("\n".join(block)), 2000), allowed_mentions=NO_MENTIONS
        )

    @subcommand(feed, name="add", description=strings.COMMANDS["feed add"])
    @app_commands.describe(url=strings.OPTIONS["feed add.url"], options=strings.OPTIONS["feed add.options"])
    @is_moderator()
    async def feed_add(self, ctx: commands.Context[IncidentBot], url: str, *, options: str = "") -> None:
        await ctx.defer()  # reading the feed (and a backfill) takes a moment
        actor = _actor(ctx)
        try:
            parsed = parse_feed_options(options)
        except ValueError as error:
            await send_refusal(ctx, strings.bad_feed_options(str(error), self.bot.settings.command_prefix))
            return
        added = await self.bot.poller.add(
            url, guild_id=actor.guild_id, channel_id=ctx.channel.id, filter_text=parsed.filter,
            backfill=parsed.backfill, announce=parsed.announce, interval_seconds=parsed.interval,
            added_by=f"{actor.user_name} ({actor.user_id})",
        )  # fmt: skip
        outcome = "added" if added.feed else "refused"
        await self.bot.desk.record_audit(actor, "feed add", fit(url, 300), outcome, added.message)
        if added.feed is None:
            await send_refusal(ctx, added.message)
        else:
            await send_text(ctx, added.message)

    @subcommand(feed, name="remove", description=strings.COMMANDS["feed remove"])
    @app_commands.describe(number=strings.OPTIONS["feed remove.number"])
    @is_moderator()
    async def feed_remove(self, ctx: commands.Context[IncidentBot], number: int) -> None:
        await self._change(ctx, "remove", number)

    @subcommand(feed, name="pause", description=strings.COMMANDS["feed pause"])
    @app_commands.describe(number=strings.OPTIONS["feed pause.number"])
    @is_moderator()
    async def feed_pause(self, ctx: commands.Context[IncidentBot], number: int) -> None:
        await self._change(ctx, "pause", number)

    @subcommand(feed, name="resume", description=strings.COMMANDS["feed resume"])
    @app_commands.describe(number=strings.OPTIONS["feed resume.number"])
    @is_moderator()
    async def feed_resume(self, ctx: commands.Context[IncidentBot], number: int) -> None:
        await self._change(ctx, "resume", number)

    async def _change(self, ctx: commands.Context[IncidentBot], action: str, feed_id: int) -> None:
        actor = _actor(ctx)
        guild_id = actor.guild_id
        feed = await self.bot.desk.write(
            lambda desk: getattr(desk.feeds, action)(feed_id, guild_id)  # remove, pause or resume
        )
        if feed is None:
            await send_refusal(ctx, messages.no_feed(feed_id))
            return
        done = {
            "remove": messages.feed_removed,
            "pause": messages.feed_paused,
            "resume": messages.feed_resumed,
        }
        text = done[action](feed.id, feed.title or feed.url)
        await self.bot.desk.record_audit(actor, f"feed {action}", f"feed {feed_id}", action + "d", text)
        await send_text(ctx, text)

    # ---- the poller ---------------------------------------------------------------------------------------

    @tasks.loop(seconds=POLL_SECONDS)
    async def loop(self) -> None:
        try:
            if self.bot.settings.feed_polling:
                await self.bot.poller.poll_due()
            await self.send_notices()
        except Exception:
            # A bug here must not end the loop; a feed claimed by a failed poll is polled again later.
            log.exception("feed polling failed; retrying at the next round")

    @loop.before_loop
    async def before_polling(self) -> None:
        await self.bot.wait_until_ready()

    async def send_notices(self) -> int:
        """Tell moderators what they are owed (a feed paused after repeated failures), once each."""
        sent = 0
        for notice_id, channel_id, text in await self.bot.desk.read(lambda desk: desk.feeds.notices()):
            channel = self.bot.get_partial_messageable(channel_id)
            try:
                await channel.send(fit(text, 2000), allowed_mentions=NO_MENTIONS)
            except discord.HTTPException as error:
                log.warning("a notice to channel %s could not be sent: %s", channel_id, error)
            await self._notice_sent(notice_id)
            sent += 1
        return sent

    async def _notice_sent(self, notice_id: int) -> None:
        await self.bot.desk.write(lambda desk: desk.feeds.notice_sent(notice_id))


def _actor(ctx: commands.Context[IncidentBot]) -> Actor:
    assert ctx.guild is not None  # the checks let only guild members through
    return Actor(ctx.guild.id, ctx.author.id, ctx.author.name)


async def setup(bot: IncidentBot) -> None:
    await bot.add_cog(FeedsCog(bot))
