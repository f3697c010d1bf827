"""Answering a question in Discord: ask the engine off the event loop, defer if it is slow, reply with paged
embeds, or with the engine's polite message (ephemeral for slash commands) when it could not answer.

Shared by every cog, so that sending, mentions and paging are decided in one place.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord.ext import commands

from bot.discord_app import strings
from bot.discord_app.embeds import CONTENT_LIMIT, Rendered, fit, render_answer
from bot.discord_app.views import NO_MENTIONS, PageSource, Paginator
from bot.models import FileAnswer, Question
from bot.service import AsyncIncidentDesk

if TYPE_CHECKING:
    from bot.discord_app.bot import IncidentBot

T = TypeVar("T")

# Discord wants an interaction acknowledged within three seconds: an answer not ready by then is deferred.
DEFER_AFTER_SECONDS = 1.0
PAGE_SIZE = 5
# What a bot may upload where the server says nothing else (Discord's limit without boosts).
UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024


class AnswerSource:
    """Pages of one question, asked again of the engine for each page (the engine paginates)."""

    def __init__(
        self,
        desk: AsyncIncidentDesk,
        question: Question,
        prefix: str,
        *,
        page_size: int = PAGE_SIZE,
        listing: bool = False,
    ) -> None:
        self.desk = desk
        self.question = question
        self.prefix = prefix
        self.page_size = page_size
        self.listing = listing

    async def render(self, page: int) -> Rendered:
        answer = await self.desk.answer(self.question, page, self.page_size)
        return render_answer(answer, self.prefix, listing=self.listing)


async def within_budget(ctx: commands.Context[Any], work: Awaitable[T]) -> T:
    """Await `work`; if a slash command's answer takes long, defer first so Discord keeps waiting."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER_SECONDS)
    if not done and ctx.interaction is not None and not ctx.interaction.response.is_done():
        await ctx.defer()
    return await task


async def send_refusal(ctx: commands.Context[Any], text: str) -> None:
    """A polite no: ephemeral for slash commands (only the asker sees it), a plain reply otherwise."""
    # What the user typed may be echoed back: keep within a message's 2,000 characters.
    await ctx.send(fit(text, CONTENT_LIMIT), ephemeral=True, allowed_mentions=NO_MENTIONS)


async def send_text(ctx: commands.Context[Any], text: str) -> None:
    await ctx.send(fit(text, CONTENT_LIMIT), allowed_mentions=NO_MENTIONS)


async def send_rendered(
    ctx: commands.Context[Any], source: PageSource, rendered: Rendered, *, ephemeral: bool = False
) -> None:
    content = rendered.content or None
    embeds = rendered.screens[0] if rendered.screens else []
    if not rendered.needs_paging:
        await ctx.send(content=content, embeds=embeds, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS)
        return
    view = Paginator(source, rendered, ctx.author.id)
    view.message = await ctx.send(
        content=content, embeds=embeds, view=view, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS
    )


async def answer_question(
    ctx: commands.Context[IncidentBot], question: Question, *, listing: bool = False
) -> None:
    source = AnswerSource(ctx.bot.desk, question, ctx.bot.settings.command_prefix, listing=listing)
    rendered = await within_budget(ctx, source.render(1))
    if not rendered.ok:
        await send_refusal(ctx, rendered.content)
        return
    await send_rendered(ctx, source, rendered)


async def answer_with_file(ctx: commands.Context[IncidentBot], question: Question) -> None:
    """A chart, map or export: the file attached to an embed that says in words what it shows (screen readers,
    and people who prefer text). Made on the desk's reader thread, never on the event loop."""
    answer = await within_budget(ctx, ctx.bot.desk.answer(question))
    attachment = answer.attachment if isinstance(answer, FileAnswer) else None
    if not answer.ok or attachment is None:
        await send_refusal(ctx, answer.message)
        return
    limit = ctx.guild.filesize_limit if ctx.guild is not None else UPLOAD_LIMIT_BYTES
    if len(attachment.data) > limit:
        await send_refusal(ctx, strings.file_too_large(len(attachment.data), limit))
        return
    file = discord.File(
        io.BytesIO(attachment.data), filename=attachment.filename, description=fit(answer.message, 1024)
    )
    embed = discord.Embed(title=fit(attachment.filename, 256), description=fit(answer.message, 4096))
    if attachment.content_type.startswith("image/"):
        embed.set_image(url=f"attachment://{attachment.filename}")
    await ctx.send(embed=embed, file=file, allowed_mentions=NO_MENTIONS)
