"""Start the Discord bot from settings: check the token, set up logging, build the bot and its desk, run.

Every way the start can fail for a reason the person running it can fix (no token, a malformed token, a token
Discord refuses, the Message Content intent not enabled) ends in one clear line on stderr and exit code 2, never
a traceback. The token never reaches the logs: the log formatter redacts it from every line, tracebacks
included.
"""

from __future__ import annotations

import asyncio
import logging
import re
import signal
import sys
from typing import TextIO

import aiohttp
import discord

from bot.config import Settings
from bot.discord_app import strings
from bot.discord_app.bot import IncidentBot, bot_for
from bot.service import AsyncIncidentDesk

log = logging.getLogger(__name__)

# A bot token is three base64url parts separated by dots: the bot's id, a timestamp, a signature.
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]+={0,2}\.[A-Za-z0-9_-]+={0,2}")
LOG_FORMAT = "[{asctime}] [{levelname:<8}] {name}: {message}"
REDACTED = "[token redacted]"


def token_problem(token: str | None) -> str | None:
    if not token:
        return strings.TOKEN_MISSING
    if not TOKEN_SHAPE.fullmatch(token.strip()):
        return strings.TOKEN_MALFORMED
    return None


class RedactingFormatter(logging.Formatter):
    """Formats as discord.py does, then removes the secret from the whole line (message and traceback)."""

    def __init__(self, secret: str | None) -> None:
        super().__init__(LOG_FORMAT, "%Y-%m-%d %H:%M:%S", style="{")
        self.secret = secret

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text.replace(self.secret, REDACTED) if self.secret else text


def configure_logging(settings: Settings, stream: TextIO | None = None) -> logging.Handler:
    """discord.py's `setup_logging` on the root logger, through a redacting formatter; returns the handler."""
    handler = logging.StreamHandler(stream or sys.stderr)
    # The bot never joins voice channels: discord.py's warnings about missing voice libraries are noise here.
    handler.addFilter(lambda record: "voice will NOT be supported" not in record.getMessage())
    discord.utils.setup_logging(
        handler=handler,
        formatter=RedactingFormatter(settings.discord_token),
        level=logging.getLevelNamesMapping().get(settings.log_level, logging.INFO),
        root=True,
    )
    return handler


def build_bot(settings: Settings, desk: AsyncIncidentDesk) -> IncidentBot:
    return bot_for(settings, desk)


async def serve(settings: Settings, err: TextIO) -> int:
    """Run until the bot is closed; return the exit code."""
    assert settings.discord_token is not None
    desk = AsyncIncidentDesk(settings)
    bot = build_bot(settings, desk)
    try:
        async with bot:
            await bot.start(settings.discord_token.strip())
    except discord.LoginFailure:
        print(strings.LOGIN_FAILED, file=err)
        return 2
    except discord.PrivilegedIntentsRequired:
        print(strings.INTENTS_MISSING, file=err)
        return 2
    except (aiohttp.ClientError, discord.GatewayNotFound, discord.HTTPException) as error:
        # Only the login gets here: once connected, the client reconnects by itself.
        print(strings.connection_failed(str(error) or type(error).__name__), file=err)
        return 2
    finally:
        await desk.close()
    return 0


def run_bot(settings: Settings, err: TextIO) -> int:
    problem = token_problem(settings.discord_token)
    if problem is not None:
        print(problem, file=err)
        return 2
    handler = configure_logging(settings)
    # A service manager stops the bot with SIGTERM: the same clean shutdown as Ctrl-C (the Discord connection and
    # the database closed, nothing left half-sent that is not recorded as such).
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        return asyncio.run(serve(settings, err))
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        logging.getLogger().removeHandler(handler)


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt
