"""Reading commands, for everyone, as prefix and slash commands: incident, summary, search, sources, chart, map,
export, stats, help.

Each is made from its declaration in `bot.commands`: its name, description and option come from there, and it
hands what was typed to the engine (on the desk's reader thread), which parses, words and paginates every answer.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from discord import app_commands
from discord.ext import commands

from bot.commands import command as declared
from bot.discord_app.answers import answer_question, answer_with_file
from bot.discord_app.decorators import Callback, HybridCommand, hybrid_command
from bot.models import Question

if TYPE_CHECKING:
    import discord

    from bot.discord_app.bot import IncidentBot

# Discord drops autocomplete answers after three seconds; an answer not ready well before is no answer.
AUTOCOMPLETE_BUDGET_SECONDS = 2.0
MAX_CHOICES = 25
COG_CLASS = "IncidentsCog"


def reading_command(name: str) -> HybridCommand:
    """The hybrid command a declaration describes. Its one argument, if any, takes the rest of the message (or
    the slash option named in the declaration) and goes to the engine beside the command's name, never joined
    into a string to be parsed again: the prefix and slash forms ask the same question."""
    declaration = declared(name)
    reply = answer_with_file if declaration.attaches_file else answer_question

    # discord.py reads the options from the callback's own signature, so there is one callback per shape; the
    # slash option takes the declared name through `rename`.
    async def without_argument(_cog: commands.Cog, ctx: commands.Context[IncidentBot]) -> None:
        await reply(ctx, Question(name))

    async def with_argument(_cog: commands.Cog, ctx: commands.Context[IncidentBot], *, text: str) -> None:
        await reply(ctx, Question(name, text))

    async def with_optional_argument(
        _cog: commands.Cog, ctx: commands.Context[IncidentBot], *, text: str = ""
    ) -> None:
        await reply(ctx, Question(name, text))

    if not declaration.arguments:
        callback: Callback = without_argument
    else:
        (argument,) = declaration.arguments
        callback = with_argument if argument.required else with_optional_argument
        callback = app_commands.rename(text=argument.name)(
            app_commands.describe(text=argument.description)(callback)
        )
    # A method (whose first parameter is the cog) is told by its qualified name.
    callback.__qualname__ = f"{COG_CLASS}.{name}"
    return hybrid_command(name=name, description=declaration.description)(callback)


class IncidentsCog(commands.Cog, name="Incidents"):
    def __init__(self, bot: IncidentBot) -> None:
        self.bot = bot

    incident = reading_command("incident")
    summary = reading_command("summary")
    search = reading_command("search")
    sources = reading_command("sources")
    chart = reading_command("chart")
    map = reading_command("map")
    export = reading_command("export")
    stats = reading_command("stats")
    help = reading_command("help")

    @incident.autocomplete("text")
    async def incident_names(
        self, _interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            async with asyncio.timeout(AUTOCOMPLETE_BUDGET_SECONDS):
                pairs = await self.bot.desk.autocomplete(current, MAX_CHOICES)
        except TimeoutError:
            return []
        return [app_commands.Choice(name=label, value=value) for label, value in pairs[:MAX_CHOICES]]


async def setup(bot: IncidentBot) -> None:
    await bot.add_cog(IncidentsCog(bot))
