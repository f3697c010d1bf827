from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings, SettingsError


def test_settings_from_env_and_dotenv(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("DISCORD_TOKEN=from-file\nCOMMAND_PREFIX=?\nDEV_GUILD_ID=123\n")
    settings = Settings.from_env({"COMMAND_PREFIX": "$", "INCIDENT_DB": "/tmp/x.db"}, dotenv_path=dotenv)
    assert (settings.discord_token, settings.command_prefix, settings.dev_guild_id, settings.db_path) == (
        "from-file", "$", 123, Path("/tmp/x.db")
    )  # fmt: skip


def test_the_token_never_shows_in_repr() -> None:
    settings = Settings(discord_token="secret-token-value")
    assert "secret-token-value" not in repr(settings)


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("DEV_GUILD_ID", "abc", "DEV_GUILD_ID must be a whole number, not 'abc'"),
        ("ALLOW_PRIVATE_URLS", "maybe", "ALLOW_PRIVATE_URLS must be true or false, not 'maybe'"),
        ("FETCH_TIMEOUT_SECONDS", "soon", "FETCH_TIMEOUT_SECONDS must be a number, not 'soon'"),
        ("SHARD_IDS", "one", "SHARD_IDS must be shard numbers such as 0,1 or 0-3, not 'one'"),
    ],
)
def test_malformed_settings_are_named(name: str, value: str, message: str, tmp_path: Path) -> None:
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({name: value}, dotenv_path=tmp_path / "none")
    assert str(caught.value) == message


def test_empty_values_fall_back_to_defaults(tmp_path: Path) -> None:
    settings = Settings.from_env(
        {"COMMAND_PREFIX": "", "MAX_ARTICLE_BYTES": ""}, dotenv_path=tmp_path / "none"
    )
    assert (settings.command_prefix, settings.max_article_bytes) == ("!", 5_000_000)


@pytest.mark.parametrize(("count", "ids", "expected"), [("4", "0-1", (4, (0, 1))), ("4", "2,3", (4, (2, 3))),
                                                         ("", "", (None, None))])  # fmt: skip
def test_shard_settings(
    count: str, ids: str, expected: tuple[int | None, tuple[int, ...] | None], tmp_path: Path
) -> None:
    settings = Settings.from_env({"SHARD_COUNT": count, "SHARD_IDS": ids}, dotenv_path=tmp_path / ".env")
    assert (settings.shard_count, settings.shard_ids) == expected
