"""Pagination: a view with Previous/Next buttons that only the asker can drive and that expires cleanly.

A page of the engine's answer may render as several screens (messages' worth of embeds); the view pages through
the screens first and asks its source for the next engine page only past the last one, so the engine does the
paginating and a screen never holds more than Discord allows.
"""

from __future__ import annotations

import logging
from typing import Protocol

import discord

from bot.discord_app import strings
from bot.discord_app.embeds import Rendered

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
PAGE_TIMEOUT = 180.0


class PageSource(Protocol):
    async def render(self, page: int) -> Rendered: ...


class Paginator(discord.ui.View):
    def __init__(
        self, source: PageSource, first: Rendered, owner_id: int, *, timeout: float = PAGE_TIMEOUT
    ) -> None:
        super().__init__(timeout=timeout)
        self.source = source
        self.current = first
        self.screen = 0
        self.owner_id = owner_id
        self.message: discord.Message | None = None
        self._sync_buttons()

    @property
    def embeds(self) -> list[discord.Embed]:
        return self.current.screens[self.screen] if self.current.screens else []

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            strings.NOT_YOUR_PAGES, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
        return False

    @discord.ui.button(label=strings.PREVIOUS, style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, _button: discord.ui.Button[Paginator]) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label=strings.NEXT, style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction, _button: discord.ui.Button[Paginator]) -> None:
        await self._turn(interaction, +1)

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        # Acknowledge first: a page may have to be asked for, and Discord waits three seconds at most.
        await interaction.response.defer()
        if 0 <= self.screen + step < len(self.current.screens):
            self.screen += step
        else:
            rendered = await self.source.render(self.current.page + step)
            if not rendered.ok or not rendered.screens:
                # The answer changed under us (articles removed): say so, keep what is shown.
                await interaction.followup.send(
                    rendered.content, ephemeral=True, allowed_mentions=NO_MENTIONS
                )
                return
            self.current = rendered
            self.screen = 0 if step > 0 else len(rendered.screens) - 1
        self._sync_buttons()
        await interaction.edit_original_response(
            content=self.current.content or None, embeds=self.embeds, view=self, allowed_mentions=NO_MENTIONS
        )

    def _sync_buttons(self) -> None:
        at_start = self.current.page <= 1 and self.screen == 0
        at_end = self.current.page >= self.current.pages and self.screen >= len(self.current.screens) - 1
        self.previous.disabled = at_start
        self.next.disabled = at_end

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is None:
            return
        try:
            await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)
        except discord.HTTPException as error:
            # The message may be gone (deleted by someone): nothing left to disable.
            log.info("could not disable the buttons of message %s: %s", self.message.id, error)
