"""Reading commands, for everyone, as prefix and slash commands: incident, summary, search, sources, chart, map,
export, stats, help.

Both forms are made from each command's declaration in `bot.commands`. The prefix form hands the rest of the
message to the engine as typed; the slash form has an option per declared argument, typed by its kind (a number,
a choice, a name offered by autocomplete), and hands the options to the engine by name, never joined into a line
to be read again. The engine (on the desk's reader thread) answers both alike.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.commands import Argument, ArgumentKind
from bot.commands import command as declared
from bot.discord_app.answers import answer_question, answer_with_file
from bot.discord_app.decorators import Callback, PrefixCommand, SlashCommand, prefix_command, slash_command
from bot.models import Question

if TYPE_CHECKING:
    from bot.discord_app.bot import IncidentBot

# Discord drops autocomplete answers after three seconds; an answer not ready well before is no answer.
AUTOCOMPLETE_BUDGET_SECONDS = 2.0
MAX_CHOICES = 25
COG_CLASS = "IncidentsCog"


def reply_for(name: str) -> Callable[[commands.Context[IncidentBot], Question], Any]:
    return answer_with_file if declared(name).attaches_file else answer_question


def typed_prefix_command(name: str) -> PrefixCommand:
    """`!name the rest of the line`: the line goes to the engine, which reads it into the declared arguments."""
    declaration = declared(name)
    reply = reply_for(name)

    async def callback(_cog: commands.Cog, ctx: commands.Context[IncidentBot], *, text: str = "") -> None:
        await reply(ctx, Question(name, text))

    # A method (whose first parameter is the cog) is told by its qualified name.
    callback.__qualname__ = f"{COG_CLASS}.{name}"
    return prefix_command(name=name, description=declaration.description)(callback)


def typed_slash_command(name: str) -> SlashCommand:
    """`/name` with an option per declared argument, of the argument's kind."""
    declaration = declared(name)
    reply = reply_for(name)

    async def callback(
        _cog: commands.Cog, interaction: discord.Interaction[IncidentBot], **options: object
    ) -> None:
        ctx: commands.Context[IncidentBot] = await commands.Context.from_interaction(interaction)
        given = tuple((key, str(value)) for key, value in options.items() if value is not None and str(value))
        await reply(ctx, Question(name, options=given))

    # discord.py reads the options from the callback's signature: it is written here from the declaration.
    self_and_interaction = [
        inspect.Parameter("cog", inspect.Parameter.POSITIONAL_OR_KEYWORD),
        inspect.Parameter(
            "interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=discord.Interaction
        ),
    ]
    options = [_option(argument) for argument in declaration.arguments]
    callback.__signature__ = inspect.Signature(self_and_interaction + options)  # type: ignore[attr-defined]
    callback.__qualname__ = f"{COG_CLASS}.{name}_slash"
    typed: Callback = app_commands.describe(**{a.name: a.description for a in declaration.arguments})(
        callback
    )
    names = {a.name: complete_names for a in declaration.arguments if a.kind is ArgumentKind.NAME}
    if names:
        typed = app_commands.autocomplete(**names)(typed)
    return slash_command(name=name, description=declaration.description)(typed)


def _option(argument: Argument) -> inspect.Parameter:
    annotation: Any = {
        ArgumentKind.NUMBER: app_commands.Range[int, 1, None],
        ArgumentKind.CHOICE: Literal[argument.choices] if argument.choices else str,
    }.get(argument.kind, str)
    if argument.required:
        return inspect.Parameter(argument.name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation)
    return inspect.Parameter(
        argument.name,
        inspect.Parameter.KEYWORD_ONLY,
        annotation=annotation | None,
        default=None,
    )


async def complete_names(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Weapons, places and actors whose name or alias starts with what is typed, with their incident counts."""
    bot: IncidentBot = interaction.client  # type: ignore[assignment]
    try:
        async with asyncio.timeout(AUTOCOMPLETE_BUDGET_SECONDS):
            pairs = await bot.desk.autocomplete(current, MAX_CHOICES)
    except TimeoutError:
        return []
    return [app_commands.Choice(name=label, value=value) for label, value in pairs[:MAX_CHOICES]]


class IncidentsCog(commands.Cog, name="Incidents"):
    def __init__(self, bot: IncidentBot) -> None:
        self.bot = bot

    incident = typed_prefix_command("incident")
    incident_slash = typed_slash_command("incident")
    summary = typed_prefix_command("summary")
    summary_slash = typed_slash_command("summary")
    search = typed_prefix_command("search")
    search_slash = typed_slash_command("search")
    sources = typed_prefix_command("sources")
    sources_slash = typed_slash_command("sources")
    chart = typed_prefix_command("chart")
    chart_slash = typed_slash_command("chart")
    map = typed_prefix_command("map")
    map_slash = typed_slash_command("map")
    export = typed_prefix_command("export")
    export_slash = typed_slash_command("export")
    stats = typed_prefix_command("stats")
    stats_slash = typed_slash_command("stats")
    help = typed_prefix_command("help")
    help_slash = typed_slash_command("help")


async def setup(bot: IncidentBot) -> None:
    await bot.add_cog(IncidentsCog(bot))
