"""The bot: a `commands.Bot` holding its dependencies (settings and the async desk), one extension per feature,
and one error handler that turns every expected failure into a polite answer.

Nothing is global: `runner.run_bot` builds the desk from Settings and passes it in; tests do the same with their
own.
"""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import Settings
from bot.discord_app import strings
from bot.discord_app.answers import send_refusal
from bot.discord_app.checks import NotManager, NotModerator
from bot.discord_app.embeds import CONTENT_LIMIT, fit
from bot.discord_app.views import NO_MENTIONS
from bot.guilds import Actor
from bot.models import Question
from bot.poller import FeedPoller
from bot.query import COMMAND_NAMES
from bot.service import AsyncIncidentDesk

log = logging.getLogger(__name__)

EXTENSIONS = (
    "bot.discord_app.incidents._cog",
    "bot.discord_app.moderation._cog",
    "bot.discord_app.alerts._cog",
    "bot.discord_app.feeds._cog",
)
# How many alert messages one poll sends at most: Discord allows a few messages per few seconds per channel, and
# what is left waits for the next poll (it is queued durably).
ALERT_SENDS_PER_POLL = 20


def intents() -> discord.Intents:
    chosen = discord.Intents.default()
    # Prefix commands (!incident KN-23) need to read messages: a privileged intent, enabled in the portal.
    chosen.message_content = True
    return chosen


class IncidentBot(commands.Bot):
    def __init__(
        self,
        settings: Settings,
        desk: AsyncIncidentDesk,
        *,
        alert_sends_per_poll: int = ALERT_SENDS_PER_POLL,
        poller: FeedPoller | None = None,
        **options: Any,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned_or(settings.command_prefix),
            intents=intents(),
            help_command=None,
            # Article text must never ping anyone: no mention is honoured unless a send says otherwise (none do).
            allowed_mentions=discord.AllowedMentions.none(),
            **options,
        )
        self.settings = settings
        self.desk = desk
        self.alert_sends_per_poll = alert_sends_per_poll
        # The feed poller has a desk of its own (its own threads and connections): a long poll never holds up
        # the commands.
        self.poller = poller or FeedPoller(
            desk.sibling(), desk.fetcher, max_entries=settings.feed_max_entries
        )
        # Slash commands that are not hybrid (the reading commands, whose options are typed) fail here.
        self.tree.error(self.on_slash_command_error)

    async def close(self) -> None:
        await super().close()
        if self.poller.desk is not self.desk:
            await self.poller.desk.close()

    async def setup_hook(self) -> None:
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.settings.dev_guild_id:
            # A guild's commands update at once; global ones can take up to an hour to appear.
            guild = discord.Object(self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
        else:
            await self.tree.sync()

    async def on_command_error(self, ctx: commands.Context[Any], error: commands.CommandError, /) -> None:
        if isinstance(error, commands.CommandNotFound):
            return  # another bot's command, or a typo: staying quiet beats noise in busy channels
        if isinstance(error, NotModerator):
            await self._record_refusal(ctx)
            await send_refusal(ctx, strings.NOT_MODERATOR)
        elif isinstance(error, NotManager):
            await send_refusal(ctx, strings.NOT_MANAGER)
        elif isinstance(error, commands.NoPrivateMessage):
            await send_refusal(ctx, strings.GUILD_ONLY)
        elif isinstance(error, commands.MissingRequiredArgument):
            await send_refusal(ctx, await self._usage(ctx))
        elif isinstance(error, commands.UserInputError) or _is_bad_option(error):
            await send_refusal(ctx, strings.bad_argument(str(error), await self._usage(ctx)))
        elif isinstance(error, commands.CheckFailure):
            await send_refusal(ctx, str(error))
        else:
            original = getattr(error, "original", error)
            log.error(
                "command %s failed", ctx.command, exc_info=(type(original), original, original.__traceback__)
            )
            await send_refusal(ctx, strings.INTERNAL_ERROR)

    async def on_slash_command_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError, /
    ) -> None:
        if isinstance(error, app_commands.TransformerError):
            text = strings.bad_argument(str(error), "")
        else:
            original = getattr(error, "original", error)
            log.error("slash command %s failed", command_name(interaction),
                      exc_info=(type(original), original, original.__traceback__))  # fmt: skip
            text = strings.INTERNAL_ERROR
        text = fit(text.strip(), CONTENT_LIMIT)
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
            else:
                await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as failure:
            # The interaction expired or was answered elsewhere: the failure is logged above, nobody to tell.
            log.warning("could not tell the asker that /%s failed: %s", command_name(interaction), failure)

    async def _usage(self, ctx: commands.Context[Any]) -> str:
        command = ctx.command
        if command is None:
            return ""
        if command.qualified_name in COMMAND_NAMES:
            # The engine words its own usage, with an example.
            return (await self.desk.answer(Question(command.qualified_name))).message
        return strings.usage(self.settings.command_prefix, command.qualified_name, command.signature)

    async def _record_refusal(self, ctx: commands.Context[Any]) -> None:
        if ctx.guild is None or ctx.command is None:
            return
        actor = Actor(ctx.guild.id, ctx.author.id, ctx.author.name)
        await self.desk.record_audit(
            actor, ctx.command.qualified_name, _attempt(ctx), "refused", strings.NOT_MODERATOR
        )


def command_name(interaction: discord.Interaction[Any]) -> str:
    return interaction.command.qualified_name if interaction.command else "?"


def _attempt(ctx: commands.Context[Any]) -> str:
    """What was asked, for the audit log: the message, or the slash command with its options."""
    if ctx.interaction is None:
        return fit(ctx.message.content, 200)
    options = " ".join(f"{name}:{value}" for name, value in ctx.interaction.namespace)
    return fit(f"/{ctx.command.qualified_name if ctx.command else ''} {options}".strip(), 200)


def _is_bad_option(error: commands.CommandError) -> bool:
    return isinstance(error, commands.HybridCommandError) and isinstance(
        error.original, app_commands.TransformerError
    )


class ShardedIncidentBot(IncidentBot, commands.AutoShardedBot):
    """The same bot, run as several shards (docs/scaling.md): `SHARD_COUNT` in all, `SHARD_IDS` in this process.
    Every process shares the database: alerts and feed polls are claimed before they are worked on, so each is done
    once whichever process takes it."""


def bot_for(settings: Settings, desk: AsyncIncidentDesk, **options: Any) -> IncidentBot:
    """The bot the settings ask for: sharded when `SHARD_COUNT` is set."""
    if settings.shard_count:
        ids = list(settings.shard_ids) if settings.shard_ids is not None else None
        return ShardedIncidentBot(settings, desk, shard_count=settings.shard_count, shard_ids=ids, **options)
    return IncidentBot(settings, desk, **options)
