"""Settings, read from the environment (and `.env`) when asked, never at import time."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_ROOT / "data"


class SettingsError(ValueError):
    """A setting is present but unusable; the message names it and says what is expected."""


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: Path = DEFAULT_DATA_DIR / "incidents.db"
    data_dir: Path = DEFAULT_DATA_DIR
    # repr=False keeps the token out of logs and tracebacks that print the settings.
    discord_token: str | None = field(default=None, repr=False)
    command_prefix: str = "!"
    moderator_role: str | None = None
    dev_guild_id: int | None = None
    timezone: str = "Europe/Kyiv"
    max_article_bytes: int = 5_000_000
    # How long a writer waits for another process's write lock before saying the database is busy.
    db_busy_timeout_seconds: float = 30.0
    fetch_timeout_seconds: float = 15.0
    fetch_max_bytes: int = 5_000_000
    allow_private_urls: bool = False
    alert_poll_seconds: float = 5.0
    alert_digest_threshold: int = 5
    # Feeds: how often each is polled by default, how many failures in a row pause one, how many entries one poll
    # reads at most, and whether the bot itself polls (off when a cron job runs `incident-bot feed poll --once`).
    feed_interval_seconds: int = 600
    feed_pause_after_failures: int = 5
    feed_max_entries: int = 100
    feed_polling: bool = True
    # Sharding (docs/scaling.md): how many shards the bot runs in all, and which of them this process runs
    # (None: all of them). Unset: one process, no sharding.
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    log_level: str = "INFO"

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, dotenv_path: Path | None = None
    ) -> Settings:
        """Build settings from `environ` (default: the process environment) over values from `.env`."""
        values: dict[str, str] = {}
        env_file = dotenv_path if dotenv_path is not None else Path.cwd() / ".env"
        if env_file.is_file():
            values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
        values.update(os.environ if environ is None else environ)

        def text(name: str) -> str | None:
            value = values.get(name, "").strip()
            return value or None

        data_dir = Path(text("INCIDENT_DATA_DIR") or DEFAULT_DATA_DIR)
        return cls(
            db_path=Path(text("INCIDENT_DB") or data_dir / "incidents.db"),
            data_dir=data_dir,
            discord_token=text("DISCORD_TOKEN"),
            command_prefix=text("COMMAND_PREFIX") or "!",
            moderator_role=text("MODERATOR_ROLE"),
            dev_guild_id=_int(text("DEV_GUILD_ID"), "DEV_GUILD_ID"),
            timezone=text("INCIDENT_TIMEZONE") or "Europe/Kyiv",
            max_article_bytes=_int(text("MAX_ARTICLE_BYTES"), "MAX_ARTICLE_BYTES") or 5_000_000,
            db_busy_timeout_seconds=_float(text("DB_BUSY_TIMEOUT_SECONDS"), "DB_BUSY_TIMEOUT_SECONDS")
            or 30.0,
            fetch_timeout_seconds=_float(text("FETCH_TIMEOUT_SECONDS"), "FETCH_TIMEOUT_SECONDS") or 15.0,
            fetch_max_bytes=_int(text("FETCH_MAX_BYTES"), "FETCH_MAX_BYTES") or 5_000_000,
            allow_private_urls=_bool(text("ALLOW_PRIVATE_URLS"), "ALLOW_PRIVATE_URLS"),
            alert_poll_seconds=_float(text("ALERT_POLL_SECONDS"), "ALERT_POLL_SECONDS") or 5.0,
            alert_digest_threshold=_int(text("ALERT_DIGEST_THRESHOLD"), "ALERT_DIGEST_THRESHOLD") or 5,
            feed_interval_seconds=_int(text("FEED_INTERVAL_SECONDS"), "FEED_INTERVAL_SECONDS") or 600,
            feed_pause_after_failures=_int(text("FEED_PAUSE_AFTER_FAILURES"), "FEED_PAUSE_AFTER_FAILURES")
            or 5,
            feed_max_entries=_int(text("FEED_MAX_ENTRIES"), "FEED_MAX_ENTRIES") or 100,
            feed_polling=_bool(text("FEED_POLLING") or "true", "FEED_POLLING"),
            shard_count=_int(text("SHARD_COUNT"), "SHARD_COUNT"),
            shard_ids=_ids(text("SHARD_IDS"), "SHARD_IDS"),
            log_level=(text("LOG_LEVEL") or "INFO").upper(),
        )


def _int(value: str | None, name: str) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise SettingsError(f"{name} must be a whole number, not {value!r}") from None


def _ids(value: str | None, name: str) -> tuple[int, ...] | None:
    """ "0,1" or "0-3" -> (0, 1) or (0, 1, 2, 3)."""
    if value is None:
        return None
    ids: list[int] = []
    try:
        for part in value.split(","):
            first, _, last = part.strip().partition("-")
            ids.extend(range(int(first), int(last or first) + 1))
    except ValueError:
        raise SettingsError(f"{name} must be shard numbers such as 0,1 or 0-3, not {value!r}") from None
    return tuple(ids)


def _float(value: str | None, name: str) -> float | None:
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        raise SettingsError(f"{name} must be a number, not {value!r}") from None


def _bool(value: str | None, name: str) -> bool:
    if value is None:
        return False
    lowered = value.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise SettingsError(f"{name} must be true or false, not {value!r}")
