"""The Store: every SQL statement the product runs lives in this package, behind model-level methods.

One class composed of one part per subject (articles, incidents, alerts, guilds, feeds), all on one connection. Methods
that write expect to run inside `write()`, which the caller holds for the whole of one unit of work, so that a
failure leaves the database exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

from bot.store.alerts import AlertStore
from bot.store.articles import ArticleStore
from bot.store.base import StoreBusy
from bot.store.feeds import FeedStore
from bot.store.figures import FigureStore
from bot.store.guilds import GuildStore
from bot.store.incidents import COUNT_CAP, IncidentStore, cited_list, json_list
from bot.store.schema import BUSY_TIMEOUT_MS, connect

__all__ = ["COUNT_CAP", "Store", "StoreBusy", "cited_list", "json_list"]


class Store(ArticleStore, IncidentStore, AlertStore, GuildStore, FeedStore, FigureStore):
    @classmethod
    def open(cls, path: Path | str, *, busy_timeout_seconds: float = BUSY_TIMEOUT_MS / 1000) -> Store:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return cls(connect(str(path), busy_timeout_ms=int(busy_timeout_seconds * 1000)))

    @classmethod
    def memory(cls) -> Store:
        return cls(connect(":memory:", memory=True))
