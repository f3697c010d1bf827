"""Typed front doors to discord.py's hybrid command decorators.

discord.py types its decorators for pyright; mypy cannot solve their ParamSpec union (`CommandCallback`) for a
cog method and rejects every hybrid command with "expected def (Never, Never, ...)". These wrappers keep the
callbacks checked where they are written, and the decorators' types at one boundary.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from discord import app_commands
from discord.ext import commands

Callback = Callable[..., Coroutine[Any, Any, None]]
HybridCommand = commands.HybridCommand[Any, ..., None]
HybridGroup = commands.HybridGroup[Any, ..., None]
PrefixCommand = commands.Command[Any, ..., None]
SlashCommand = app_commands.Command[Any, ..., None]


def prefix_command(name: str, description: str) -> Callable[[Callback], PrefixCommand]:
    decorator: Callable[[Callback], PrefixCommand] = commands.command(name=name, description=description)
    return decorator


def slash_command(name: str, description: str) -> Callable[[Callback], SlashCommand]:
    decorator: Callable[[Callback], SlashCommand] = app_commands.command(name=name, description=description)
    return decorator


def hybrid_command(name: str, description: str) -> Callable[[Callback], HybridCommand]:
    decorator: Callable[[Callback], HybridCommand] = commands.hybrid_command(
        name=name, description=description
    )
    return decorator


def hybrid_group(name: str, description: str, *, fallback: str) -> Callable[[Callback], HybridGroup]:
    decorator: Callable[[Callback], HybridGroup] = commands.hybrid_group(
        name=name, description=description, fallback=fallback, invoke_without_command=True
    )
    return decorator


def subcommand(group: HybridGroup, name: str, description: str) -> Callable[[Callback], HybridCommand]:
    decorator: Callable[[Callback], HybridCommand] = group.command(name=name, description=description)
    return decorator
