"""What belongs to one guild (server): its moderator role, its moderation audit log, the articles it added.

Per-guild settings are data, not code (Red-DiscordBot's habit): a guild's chosen moderator role overrides the
MODERATOR_ROLE setting. One guild never sees or changes another's data: every method takes the guild id.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.query import Page
from bot.store.store import Store


@dataclass(frozen=True, slots=True)
class GuildConfig:
    guild_id: int
    moderator_role: str | None  # the guild's own choice (a role id), if any
    default_moderator_role: str | None  # MODERATOR_ROLE (a name or an id)

    @property
    def effective_moderator_role(self) -> str | None:
        return self.moderator_role or self.default_moderator_role


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does a moderation action, where."""

    guild_id: int
    user_id: int
    user_name: str


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    guild_id: int
    user_id: int
    user_name: str
    action: str
    target: str
    outcome: str
    detail: str
    created_at: str


@dataclass(frozen=True, slots=True)
class AuditPage:
    entries: tuple[AuditEntry, ...]
    page: int
    pages: int
    total: int


class Removal(enum.StrEnum):
    REMOVED = "removed"
    MISSING = "missing"
    NOT_THIS_GUILD = "not-this-guild"  # added by another guild, or from the command line


class GuildBook:
    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], datetime],
        default_moderator_role: str | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.default_moderator_role = default_moderator_role

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def config(self, guild_id: int) -> GuildConfig:
        row = self.store.guild_settings(guild_id)
        role = str(row["moderator_role"]) if row and row["moderator_role"] else None
        return GuildConfig(guild_id, role, self.default_moderator_role)

    def set_moderator_role(self, guild_id: int, role: str | None) -> GuildConfig:
        with self.store.write():
            self.store.set_moderator_role(guild_id, role, self._now())
        return self.config(guild_id)

    def record(self, actor: Actor, action: str, target: str, outcome: str, detail: str = "") -> int:
        with self.store.write():
            return self.store.add_audit(
                {
                    "guild_id": actor.guild_id,
                    "user_id": actor.user_id,
                    "user_name": actor.user_name,
                    "action": action,
                    "target": target,
                    "outcome": outcome,
                    "detail": detail,
                    "created_at": self._now(),
                }
            )

    def audit_log(self, guild_id: int, page: Page) -> AuditPage:
        rows, total = self.store.audit_entries(guild_id, page.size, page.offset)
        entries = tuple(
            AuditEntry(
                id=int(r["id"]),
                guild_id=int(r["guild_id"]),
                user_id=int(r["user_id"]),
                user_name=str(r["user_name"]),
                action=str(r["action"]),
                target=str(r["target"]),
                outcome=str(r["outcome"]),
                detail=str(r["detail"]),
                created_at=str(r["created_at"]),
            )
            for r in rows
        )
        return AuditPage(entries, page.number, math.ceil(total / page.size), total)
