"""Start the Discord bot from settings."""

from __future__ import annotations

from typing import TextIO

from bot.config import Settings


def run_bot(settings: Settings, err: TextIO) -> int:
    if not settings.discord_token:
        print("DISCORD_TOKEN is not set: put it in the environment or in .env (see README.md).", file=err)
        return 2
    print("The Discord front end arrives with the Discord issue; use `incident-bot ask` meanwhile.", file=err)
    return 2
