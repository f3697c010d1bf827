"""The article library: `article <id>` and `article list` for everyone; `article add`, `article remove` and
`article log` for moderators; `modrole` for server managers. Every moderation action goes to the audit log.

The glue only: material is gathered (pasted text, an attached file, a fetched URL), the desk ingests it on its
writer thread, and the outcome is reported in words from `strings`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app import strings
from bot.discord_app.answers import answer_question, send_refusal, send_rendered, send_text
from bot.discord_app.checks import is_manager, is_moderator
from bot.discord_app.decorators import hybrid_command, hybrid_group, subcommand
from bot.discord_app.embeds import Rendered, audit_rendered, fit
from bot.guilds import Actor, Removal
from bot.models import Owner, Question
from bot.service import AsyncIncidentDesk

if TYPE_CHECKING:
    from bot.discord_app.bot import IncidentBot

URL = re.compile(r"<?(https?://\S+?)>?")
RESET_WORDS = frozenset({"reset", "clear", "none", "default"})
AUDIT_PAGE_SIZE = 10


class AuditSource:
    def __init__(self, desk: AsyncIncidentDesk, guild_id: int) -> None:
        self.desk = desk
        self.guild_id = guild_id

    async def render(self, page: int) -> Rendered:
        return audit_rendered(await self.desk.audit_log(self.guild_id, page, AUDIT_PAGE_SIZE))


def _actor(ctx: commands.Context[IncidentBot]) -> Actor:
    assert ctx.guild is not None  # the checks let only guild members through
    return Actor(ctx.guild.id, ctx.author.id, ctx.author.name)


def _article_number(text: str) -> int | None:
    cleaned = text.strip().lstrip("#")
    return int(cleaned) if cleaned.isascii() and cleaned.isdigit() and 0 < int(cleaned) < 2**62 else None


class ArticlesCog(commands.Cog, name="Articles"):
    def __init__(self, bot: IncidentBot) -> None:
        self.bot = bot

    @hybrid_group(name="article", description=strings.COMMANDS["article"], fallback="show")
    @app_commands.describe(number=strings.OPTIONS["article.number"])
    async def article(self, ctx: commands.Context[IncidentBot], *, number: str) -> None:
        await answer_question(ctx, Question("article", str(number)))

    @subcommand(article, name="list", description=strings.COMMANDS["article list"])
    async def article_list(self, ctx: commands.Context[IncidentBot]) -> None:
        await answer_question(ctx, Question("article", "list"), listing=True)

    @subcommand(article, name="add", description=strings.COMMANDS["article add"])
    @app_commands.describe(file=strings.OPTIONS["article add.file"], text=strings.OPTIONS["article add.text"])
    @is_moderator()
    async def article_add(
        self, ctx: commands.Context[IncidentBot], file: discord.Attachment | None = None, *, text: str = ""
    ) -> None:
        # Fetching and extracting can take seconds: acknowledge the slash command first.
        await ctx.defer()
        actor = _actor(ctx)
        owner = Owner.guild(actor.guild_id)
        added_by = f"{actor.user_name} ({actor.user_id})"
        text = text.strip()
        desk = self.bot.desk
        if file is not None:
            described = strings.audit_file(file.filename)
            outcome = await desk.ingest_attachment(
                await file.read(), filename=file.filename, size=file.size, owner=owner, added_by=added_by
            )
        elif match := URL.fullmatch(text):
            described = match.group(1)
            outcome = await desk.add_url(match.group(1), owner=owner, added_by=added_by)
        elif text:
            described = strings.audit_pasted(len(text))
            outcome = await desk.ingest_bytes(
                text.encode(), name=strings.PASTED_NAME, fmt="text", owner=owner, added_by=added_by
            )
        else:
            await desk.record_audit(actor, "article add", "", "refused", strings.ADD_NOTHING)
            await send_text(ctx, strings.ADD_NOTHING)
            return
        target = strings.audit_added(outcome.article_id, described)
        await desk.record_audit(actor, "article add", fit(target, 300), outcome.status, outcome.message)
        title = await desk.article_title(outcome.article_id) if outcome.article_id else ""
        await send_text(ctx, fit(strings.added(outcome, title), 2000))

    @subcommand(article, name="remove", description=strings.COMMANDS["article remove"])
    @app_commands.describe(number=strings.OPTIONS["article remove.number"])
    @is_moderator()
    async def article_remove(self, ctx: commands.Context[IncidentBot], number: str) -> None:
        article_id = _article_number(number)
        if article_id is None:
            await send_refusal(ctx, strings.bad_article_number(number, self.bot.settings.command_prefix))
            return
        actor = _actor(ctx)
        removal = await self.bot.desk.remove_article(article_id, owner=Owner.guild(actor.guild_id))
        await self.bot.desk.record_audit(actor, "article remove", f"article {article_id}", removal.value)
        if removal is Removal.REMOVED:
            await send_text(ctx, strings.removed(article_id, removal))
        else:
            await send_refusal(ctx, strings.removed(article_id, removal))

    @subcommand(article, name="log", description=strings.COMMANDS["article log"])
    @is_moderator()
    async def article_log(self, ctx: commands.Context[IncidentBot]) -> None:
        source = AuditSource(self.bot.desk, _actor(ctx).guild_id)
        await send_rendered(ctx, source, await source.render(1), ephemeral=True)

    @hybrid_command(name="modrole", description=strings.COMMANDS["modrole"])
    @app_commands.describe(role=strings.OPTIONS["modrole.role"])
    @commands.guild_only()
    @is_manager()
    async def modrole(self, ctx: commands.Context[IncidentBot], *, role: str = "") -> None:
        guild = ctx.guild
        assert guild is not None
        if role.strip().lower() in RESET_WORDS:
            config = await self.bot.desk.set_moderator_role(guild.id, None)
            await self.bot.desk.record_audit(_actor(ctx), "modrole", "reset", "changed")
        elif role.strip():
            try:
                chosen = await commands.RoleConverter().convert(ctx, role.strip())
            except commands.RoleNotFound:
                await send_refusal(ctx, strings.modrole_unknown(role.strip()))
                return
            config = await self.bot.desk.set_moderator_role(guild.id, str(chosen.id))
            await self.bot.desk.record_audit(_actor(ctx), "modrole", chosen.name, "changed")
        else:
            config = await self.bot.desk.guild_config(guild.id)
        current = config.moderator_role
        named = guild.get_role(int(current)) if current and current.isdigit() else None
        await send_text(
            ctx, strings.modrole_current(named.name if named else current, config.default_moderator_role)
        )


async def setup(bot: IncidentBot) -> None:
    await bot.add_cog(ArticlesCog(bot))
