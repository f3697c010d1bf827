"""Per-guild settings and the moderation audit log."""

from __future__ import annotations

from typing import Any

from bot.store.base import StoreBase


class GuildStore(StoreBase):
    # ---- guilds: settings and the moderation audit log ----------------------------------------------------

    def guild_settings(self, guild_id: int) -> dict[str, Any] | None:
        rows = self._rows(
            "SELECT guild_id, moderator_role, updated_at FROM guild_settings WHERE guild_id = ?", [guild_id]
        )
        return rows[0] if rows else None

    def set_moderator_role(self, guild_id: int, role: str | None, now: str) -> None:
        self.conn.execute(
            "INSERT INTO guild_settings (guild_id, moderator_role, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(guild_id) DO UPDATE SET moderator_role = excluded.moderator_role, "
            "updated_at = excluded.updated_at",
            [guild_id, role, now],
        )

    def add_audit(self, values: dict[str, Any]) -> int:
        return self._insert("audit_log", values)

    def audit_entries(self, guild_id: int, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        total = int(self._one("SELECT count(*) FROM audit_log WHERE guild_id = ?", [guild_id]))
        rows = self._rows(
            "SELECT id, guild_id, user_id, user_name, action, target, outcome, detail, created_at FROM audit_log "
            "WHERE guild_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            [guild_id, limit, offset],
        )
        return rows, total
