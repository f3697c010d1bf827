"""Permission checks as small decorator factories (RoboDanny's `is_mod()`): moderators and server managers.

A moderator has Manage Server, or the guild's moderator role (set with `modrole`, else the MODERATOR_ROLE
setting, a role name or id). A refusal is a `CheckFailure` subclass that the bot's error handler answers politely.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import discord
from discord.ext import commands

from bot.discord_app import strings

if TYPE_CHECKING:
    from bot.discord_app.bot import IncidentBot

T = TypeVar("T")


class NotModerator(commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__(strings.NOT_MODERATOR)


class NotManager(commands.CheckFailure):
    def __init__(self) -> None:
        super().__init__(strings.NOT_MANAGER)


def has_role(member: discord.Member, role: str) -> bool:
    """`role` is a role id (what `modrole` stores) or a name (what MODERATOR_ROLE may say), any case."""
    wanted = role.strip().lstrip("@").casefold()
    return any(str(r.id) == wanted or r.name.casefold() == wanted for r in member.roles)


async def is_moderator_here(ctx: commands.Context[IncidentBot]) -> bool:
    if ctx.guild is None:
        raise commands.NoPrivateMessage(strings.GUILD_ONLY)
    if ctx.permissions.manage_guild:
        return True
    config = await ctx.bot.desk.guild_config(ctx.guild.id)
    role = config.effective_moderator_role
    return bool(role and isinstance(ctx.author, discord.Member) and has_role(ctx.author, role))


def is_moderator() -> Callable[[T], T]:
    async def predicate(ctx: commands.Context[Any]) -> bool:
        if await is_moderator_here(ctx):
            return True
        raise NotModerator()

    return commands.check(predicate)


def is_manager() -> Callable[[T], T]:
    async def predicate(ctx: commands.Context[Any]) -> bool:
        if ctx.guild is None:
            raise commands.NoPrivateMessage(strings.GUILD_ONLY)
        if ctx.permissions.manage_guild:
            return True
        raise NotManager()

    return commands.check(predicate)
