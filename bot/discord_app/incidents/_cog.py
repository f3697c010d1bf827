"""Reading commands, for everyone, as prefix and slash commands: incident, summary, search, sources, chart, map,
export, stats, help.

Each parses its argument, asks the engine (on the desk's reader thread) and renders; the engine words every
answer, and paginates.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from discord import app_commands
from discord.ext import commands

from bot.discord_app import strings
from bot.discord_app.answers import answer_question, answer_with_file
from bot.discord_app.decorators import hybrid_command

if TYPE_CHECKING:
    import discord

    from bot.discord_app.bot import IncidentBot

# Discord drops autocomplete answers after three seconds; an answer not ready well before is no answer.
AUTOCOMPLETE_BUDGET_SECONDS = 2.0
MAX_CHOICES = 25


class IncidentsCog(commands.Cog, name="Incidents"):
    def __init__(self, bot: IncidentBot) -> None:
        self.bot = bot

    @hybrid_command(name="incident", description=strings.COMMANDS["incident"])
    @app_commands.describe(query=strings.OPTIONS["incident.query"])
    async def incident(self, ctx: commands.Context[IncidentBot], *, query: str) -> None:
        await answer_question(ctx, f"incident {query}")

    @incident.autocomplete("query")
    async def incident_names(
        self, _interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        try:
            async with asyncio.timeout(AUTOCOMPLETE_BUDGET_SECONDS):
                pairs = await self.bot.desk.autocomplete(current, MAX_CHOICES)
        except TimeoutError:
            return []
        return [app_commands.Choice(name=label, value=value) for label, value in pairs[:MAX_CHOICES]]

    @hybrid_command(name="summary", description=strings.COMMANDS["summary"])
    @app_commands.describe(date=strings.OPTIONS["summary.date"])
    async def summary(self, ctx: commands.Context[IncidentBot], *, date: str) -> None:
        await answer_question(ctx, f"summary {date}")

    @hybrid_command(name="search", description=strings.COMMANDS["search"])
    @app_commands.describe(words=strings.OPTIONS["search.words"])
    async def search(self, ctx: commands.Context[IncidentBot], *, words: str) -> None:
        await answer_question(ctx, f"search {words}")

    @hybrid_command(name="sources", description=strings.COMMANDS["sources"])
    @app_commands.describe(incident=strings.OPTIONS["sources.incident"])
    async def sources(self, ctx: commands.Context[IncidentBot], *, incident: str) -> None:
        await answer_question(ctx, f"sources {incident}")

    @hybrid_command(name="chart", description=strings.COMMANDS["chart"])
    @app_commands.describe(what=strings.OPTIONS["chart.what"])
    async def chart(self, ctx: commands.Context[IncidentBot], *, what: str) -> None:
        await answer_with_file(ctx, f"chart {what}")

    @hybrid_command(name="map", description=strings.COMMANDS["map"])
    @app_commands.describe(what=strings.OPTIONS["map.what"])
    async def map(self, ctx: commands.Context[IncidentBot], *, what: str) -> None:
        await answer_with_file(ctx, f"map {what}")

    @hybrid_command(name="export", description=strings.COMMANDS["export"])
    @app_commands.describe(what=strings.OPTIONS["export.what"])
    async def export(self, ctx: commands.Context[IncidentBot], *, what: str) -> None:
        await answer_with_file(ctx, f"export {what}")

    @hybrid_command(name="stats", description=strings.COMMANDS["stats"])
    async def stats(self, ctx: commands.Context[IncidentBot]) -> None:
        await answer_question(ctx, "stats")

    @hybrid_command(name="help", description=strings.COMMANDS["help"])
    @app_commands.describe(command=strings.OPTIONS["help.command"])
    async def help(self, ctx: commands.Context[IncidentBot], *, command: str = "") -> None:
        await answer_question(ctx, f"help {command}")


async def setup(bot: IncidentBot) -> None:
    await bot.add_cog(IncidentsCog(bot))
