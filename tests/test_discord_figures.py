"""chart, map and export in Discord (simcord): the file attached to an embed that says in words what it shows."""

from __future__ import annotations

import json
import struct

import pytest
import simcord
from discord import AppCommandOptionType, app_commands

from bot.commands import COMMANDS, ArgumentKind
from bot.service import AsyncIncidentDesk

from .conftest import FIXTURES, SAMPLE
from .discord_helpers import World, bot_messages

pytestmark = pytest.mark.usefixtures("logged_errors")


@pytest.fixture
async def records(async_desk: AsyncIncidentDesk) -> None:
    report = await async_desk.ingest_paths([FIXTURES / "records.csv", SAMPLE], silent=True)
    assert report.stored == 5  # four posts of official records (one row is broken) and the article


async def test_a_chart_is_an_embed_with_its_picture_and_totals(
    simcord_env: simcord.Env, world: World, records: None
) -> None:
    await world.alice.send(world.channel, "!chart Shahed 2024-07")
    (message,) = bot_messages(world.channel, simcord_env.bot)
    (embed,) = message.embeds
    assert embed.description == (
        "Shahed-136 or Shahed-131, 2024-07-01 to 2024-07-31: 20 launched, 18 shot down (as the best-listed source states them)."
    )
    (attachment,) = message.attachments
    assert attachment.filename == "chart-shahed-136-or-shahed-131-2024-07-01-2024-07-31.png"
    assert embed.image.url == f"attachment://{attachment.filename}"
    data = await attachment.read()
    assert struct.unpack(">II", data[16:24]) == (1000, 500)


async def test_a_slash_map_and_an_export(simcord_env: simcord.Env, world: World, records: None) -> None:
    result = await world.alice.slash(world.channel, "map", period="2024-07-30..2024-08-06")
    assert result.response is not None
    (embed,) = result.response.embeds
    assert embed.description == (
        "3 incidents on 2024-07-30 to 2024-08-06. Most reported: Bila Tserkva (1), Kharkiv (1), Kyiv Oblast (1)."
    )
    await world.alice.send(world.channel, "!export 2024-07 --format csv")
    message = bot_messages(world.channel, simcord_env.bot)[-1]
    (attachment,) = message.attachments
    assert attachment.filename == "incidents-2024-07-01-2024-07-31.csv"
    assert (await attachment.read()).decode().splitlines()[0] == (
        "id,date,date_start,date_end,summary,weapons,figures,places,launch_sites,sources,sources_total"
    )


async def test_slash_options_are_typed_by_their_declaration(simcord_env: simcord.Env) -> None:
    """Each argument is an option of its own kind: a period and a name as text (the name with autocomplete), a
    format as a choice, an incident's number as a whole number from 1; required ones first, as Discord wants."""

    def options(name: str) -> list[tuple[str, str, bool, list[str], bool]]:
        command = simcord_env.bot.tree.get_command(name)
        assert isinstance(command, app_commands.Command)
        return [(p.name, p.type.name, p.required, [c.value for c in p.choices], p.autocomplete)
                for p in command.parameters]  # fmt: skip

    assert options("export") == [
        ("period", "string", True, [], False),
        ("subject", "string", False, [], True),
        ("format", "string", False, ["csv", "json"], False),
    ]
    assert options("chart") == [("period", "string", True, [], False), ("subject", "string", False, [], True)]
    assert options("sources") == [("incident", "integer", True, [], False)]
    assert options("search") == [("words", "string", True, [], False),
                                 ("language", "string", False, ["en", "uk", "ru"], False)]  # fmt: skip
    assert options("help")[0][3][:3] == ["incident", "summary", "search"]


async def test_every_slash_option_is_as_its_command_declares_it(simcord_env: simcord.Env) -> None:
    """Moderation, alert and feed commands too: each declared argument is an option of that name, a whole number
    where the declaration says number, with the declared choices."""
    registered = {c.qualified_name: c for c in simcord_env.bot.tree.walk_commands()}
    checked = []
    for command in COMMANDS:
        slash = registered.get(command.name)
        if not isinstance(slash, app_commands.Command):
            continue
        options = {p.name: p for p in slash.parameters}
        for argument in command.arguments:
            option = options[argument.name]
            assert (option.type is AppCommandOptionType.integer) == (argument.kind is ArgumentKind.NUMBER), (
                argument
            )
            assert [c.value for c in option.choices] == list(argument.choices), argument
            checked.append(f"{command.name}.{argument.name}")
    assert len(checked) == 23
    assert {"sources.incident", "export.format", "search.language", "feed remove.number", "subscribe.filter",
            "modrole.role", "article add.file"} <= set(checked)  # fmt: skip


async def test_a_slash_export_with_its_format_chosen(
    simcord_env: simcord.Env, world: World, records: None
) -> None:
    result = await world.alice.slash(world.channel, "export", period="2024-07", format="json")
    assert result.response is not None
    (attachment,) = result.response.attachments
    assert attachment.filename == "incidents-2024-07-01-2024-07-31.json"
    (row,) = json.loads(await attachment.read())
    assert (row["date_start"], row["date_end"]) == ("2024-07-30", "2024-07-31")
    chart = await world.alice.slash(world.channel, "chart", subject="Shahed", period="2024-07")
    assert chart.response is not None
    (embed,) = chart.response.embeds
    assert embed.description == (
        "Shahed-136 or Shahed-131, 2024-07-01 to 2024-07-31: 20 launched, 18 shot down (as the best-listed source states them)."
    )


async def test_a_chart_without_a_period_is_refused_politely(simcord_env: simcord.Env, world: World) -> None:
    await world.alice.send(world.channel, "!chart Shahed")
    (message,) = bot_messages(world.channel, simcord_env.bot)
    assert message.content.startswith("Which period? For example `!chart Shahed 2025-01..2025-06`.")
    assert message.attachments == []
