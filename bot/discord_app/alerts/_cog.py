"""Alert subscriptions and the poller that delivers them.

`subscribe [filter]`, `unsubscribe` (moderators) and `subscriptions` (everyone). The poller is a
`discord.ext.tasks` loop: each run queues alerts for new incidents from the database's outbox (so ingests made
from the command line are announced too), then claims and sends what is queued, one channel failure never
stopping the others. Each part of a message is recorded once Discord accepted it; a claim another process left
behind is resumed after looking in the channel for the parts it posted (see `bot.alerts`). A channel that is
gone or forbids the bot pauses its subscription, with a warning in the log and the error shown by
`subscriptions`.
"""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.alerts import AlertBatch, EmptyFilter
from bot.discord_app import strings
from bot.discord_app.answers import send_refusal, send_text
from bot.discord_app.checks import is_moderator
from bot.discord_app.decorators import hybrid_command
from bot.discord_app.embeds import alert_screens, discord_time, subscriptions_screens
from bot.discord_app.views import NO_MENTIONS
from bot.guilds import Actor

if TYPE_CHECKING:
    from bot.discord_app.bot import IncidentBot

log = logging.getLogger(__name__)
# How far back in a channel to look for an alert a sender that died may have posted.
HISTORY_LOOKBACK = 100


class AlertsCog(commands.Cog, name="Alerts"):
    def __init__(self, bot: IncidentBot) -> None:
        self.bot = bot
        # This process's claims on deliveries: another bot process on the same database never sends them.
        self.sender = secrets.token_hex(8)
        self.poller.change_interval(seconds=bot.settings.alert_poll_seconds)

    async def cog_load(self) -> None:
        self.poller.start()

    async def cog_unload(self) -> None:
        self.poller.cancel()

    # ---- commands -----------------------------------------------------------------------------------------

    @hybrid_command(name="subscribe", description=strings.COMMANDS["subscribe"])
    @app_commands.describe(filter=strings.OPTIONS["subscribe.filter"])
    @commands.guild_only()
    @is_moderator()
    async def subscribe(self, ctx: commands.Context[IncidentBot], *, filter: str = "") -> None:
        assert ctx.guild is not None
        channel = ctx.channel
        if isinstance(channel, discord.abc.GuildChannel | discord.Thread):
            allowed = channel.permissions_for(ctx.guild.me)
            if not (allowed.send_messages and allowed.embed_links):
                await send_refusal(ctx, strings.cannot_post(channel.mention))
                return
        try:
            subscription, previous = await self.bot.desk.subscribe(
                ctx.guild.id, channel.id, filter, ctx.author.id
            )
        except EmptyFilter:
            await send_refusal(ctx, strings.empty_filter(filter))
            return
        actor = Actor(ctx.guild.id, ctx.author.id, ctx.author.name)
        await self.bot.desk.record_audit(
            actor, "subscribe", f"<#{channel.id}> {filter}".strip(), "subscribed"
        )
        paused = previous is not None and not previous.active
        await send_text(
            ctx,
            strings.subscribed(f"<#{channel.id}>", subscription.filter.labels, paused, previous is not None),
        )

    @hybrid_command(name="unsubscribe", description=strings.COMMANDS["unsubscribe"])
    @commands.guild_only()
    @is_moderator()
    async def unsubscribe(self, ctx: commands.Context[IncidentBot]) -> None:
        assert ctx.guild is not None
        removed = await self.bot.desk.unsubscribe(ctx.guild.id, ctx.channel.id)
        if not removed:
            await send_refusal(ctx, strings.NO_SUBSCRIPTION_HERE)
            return
        actor = Actor(ctx.guild.id, ctx.author.id, ctx.author.name)
        await self.bot.desk.record_audit(actor, "unsubscribe", f"<#{ctx.channel.id}>", "unsubscribed")
        await send_text(ctx, strings.UNSUBSCRIBED)

    @hybrid_command(name="subscriptions", description=strings.COMMANDS["subscriptions"])
    @commands.guild_only()
    async def subscriptions(self, ctx: commands.Context[IncidentBot]) -> None:
        assert ctx.guild is not None
        found = await self.bot.desk.subscriptions(ctx.guild.id)
        if not found:
            await send_text(ctx, strings.NO_SUBSCRIPTIONS)
            return
        (screen, *more) = subscriptions_screens(found, discord_time)
        await ctx.send(embeds=screen, allowed_mentions=NO_MENTIONS)
        for extra in more:
            await ctx.send(embeds=extra, allowed_mentions=NO_MENTIONS)

    # ---- the poller ---------------------------------------------------------------------------------------

    @tasks.loop(seconds=5.0)
    async def poller(self) -> None:
        try:
            await self.deliver_pending()
        except Exception:
            # A bug here must not end the loop: the next run tries again (nothing is lost, it is all queued).
            log.exception("alert delivery failed; retrying at the next poll")

    @poller.before_loop
    async def before_polling(self) -> None:
        await self.bot.wait_until_ready()

    async def deliver_pending(self) -> int:
        """Queue alerts for new incidents, then claim and send up to `alert_sends_per_poll` messages; return how
        many alerts were handled."""
        await self.bot.desk.queue_alerts()
        handled = 0
        paused: set[int] = set()
        claimed = await self.bot.desk.claim_alerts(self.sender, messages=self.bot.alert_sends_per_poll)
        for batch in claimed:
            if batch.subscription.id in paused:
                continue
            if not await self.deliver(batch):
                paused.add(batch.subscription.id)
            handled += 1
        return handled

    async def deliver(self, batch: AlertBatch) -> bool:
        """Send one alert (or digest), part by part, recording each part Discord accepted; False when its
        channel's subscription was paused."""
        if not batch.incidents:
            # The incident was removed before it could be announced: nothing left to say.
            await self.bot.desk.alert_delivered(batch, None)
            return True
        channel_id = batch.subscription.channel_id
        channel = self.bot.get_partial_messageable(channel_id, guild_id=batch.subscription.guild_id)
        screens = alert_screens(batch)
        message_ids = list(batch.message_ids)
        try:
            start = batch.parts_sent
            if batch.recovering:
                start = max(start, await self._parts_posted(channel, batch, len(screens)))
            for part in range(start, len(screens)):
                nonce = batch.nonce if part == 0 else f"{batch.nonce}-{part}"
                message = await channel.send(embeds=screens[part], nonce=nonce, allowed_mentions=NO_MENTIONS)
                message_ids.append(message.id)
                if part + 1 < len(screens):
                    await self.bot.desk.alert_part_sent(batch, part + 1, tuple(message_ids))
        except (discord.NotFound, discord.Forbidden) as error:
            log.warning("alerts to channel %s paused: %s", channel_id, error)
            await self.bot.desk.alert_failed(batch, str(error), channel_unusable=True)
            return False
        except discord.HTTPException as error:
            outcome = await self.bot.desk.alert_failed(batch, str(error), channel_unusable=False)
            log.warning(
                "an alert to channel %s failed (%s in a row%s): %s",
                channel_id, outcome.failures, ", subscription paused" if outcome.paused else "", error,
            )  # fmt: skip
            return not outcome.paused
        await self.bot.desk.alert_delivered(batch, message_ids[-1] if message_ids else None)
        return True

    async def _parts_posted(self, channel: discord.PartialMessageable, batch: AlertBatch, parts: int) -> int:
        """How many of an alert's parts a sender that died had already posted: its marker is in their footers.
        (Discord forgets a message's nonce within minutes; the channel's history does not.)"""
        me = self.bot.user
        posted = 0
        async for message in channel.history(limit=HISTORY_LOOKBACK):
            if me is None or message.author.id != me.id:
                continue
            for embed in message.embeds:
                for part in range(1, parts + 1):
                    if (
                        embed.footer.text
                        and strings.alert_marker(batch.marker, part, parts) in embed.footer.text
                    ):
                        posted = max(posted, part)
        return posted


async def setup(bot: IncidentBot) -> None:
    await bot.add_cog(AlertsCog(bot))
