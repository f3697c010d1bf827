"""`incident-bot web`: the database, read-only, in a browser (Datasette).

Datasette serves the tables and the views made for people (`incident_overview`: an incident with its weapons,
places, oblasts, outlets and languages; `incident_places`: where each incident hit, drawn on a map by
datasette-cluster-map), full-text search over every sentence, facets, and canned queries (a day, a weapon, an
incident's sources). It never writes: it has no write API, and the bot's tables it does not need are hidden. Why
Datasette: it is the read-only explorer SQLite already has (the same author as sqlite-utils), with search, facets,
JSON and CSV for every page, and maps through a plugin; writing our own would be a second, poorer one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.extract.gazetteer import Gazetteer
from bot.store.store import Store

TITLE = "Incident Desk"
Asgi = Callable[[dict[str, Any], Any, Any], Awaitable[None]]
HIDDEN = ("meta", "events", "deliveries", "waves", "notices", "audit_log", "guild_settings", "subscriptions",
          "article_sources", "report_sentences", "report_entities", "feeds", "feed_entries", "facts",
          "_sqlite_migrations")  # fmt: skip


SETTINGS: dict[str, Any] = {
    "default_page_size": 50,
    "sql_time_limit_ms": 2000,
    "facet_time_limit_ms": 500,
    # Suggesting facets runs a query per column on every page: on a search of 100,000 articles' sentences that
    # was four fifths of the page's time. The facets that matter are declared in the metadata.
    "suggest_facets": False,
    "allow_download": False,
}


def metadata(database: str) -> dict[str, Any]:
    """Titles, descriptions, credits, facets and canned queries, as Datasette reads them."""
    hidden: dict[str, Any] = {name: {"hidden": True} for name in HIDDEN}
    return {
        "title": TITLE,
        "description": "Reported incidents of the air war over Ukraine, each resting on quoted sentences of news "
        "reports and the Ukrainian Air Force's official records. Read-only.",
        "license": "Data: see data/SOURCES.md",
        "source": "News reports added by the community; Air Force reports compiled by Petro Ivaniuk; places from "
        "GeoNames (CC BY 4.0)",
        "source_url": "https://www.geonames.org/",
        "databases": {
            database: {
                "tables": {
                    **hidden,
                    "incident_overview": {
                        "title": "Incidents",
                        "description": "Each incident with its weapons, places, oblasts, outlets and languages.",
                        "sort_desc": "date",
                        "facets": [
                            {"array": "weapons"},
                            {"array": "categories"},
                            {"array": "oblasts"},
                            {"array": "outlets"},
                            {"array": "languages"},
                        ],
                    },
                    "incident_places": {
                        "title": "Incidents on the map",
                        "description": "Each place an incident hit, where it is (launch sites are not here).",
                        "sort_desc": "date",
                    },
                    "sentences": {
                        "title": "Sentences",
                        "description": "Every sentence of every article: search them.",
                        "fts_table": "sentences_fts",
                        "fts_pk": "id",
                        "searchmode": "escaped",
                    },
                    "incident_sources": {"title": "Sources", "sort_desc": "published_date"},
                },
                "queries": {
                    "search": {
                        "title": "Search sentences, newest first",
                        "description": "Every sentence with these words, the newest reports first (the first 50).",
                        # Rowids run in date order (see docs/scaling.md): the newest 50 matches are read off the
                        # end of each word's list, without counting or scoring every match.
                        "sql": "SELECT s.id AS sentence, s.article_id AS article, a.published_date AS published, "
                        "a.outlet, a.title, s.text FROM sentences s JOIN articles a ON a.id = s.article_id "
                        "WHERE s.id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH escape_fts(:words) "
                        "ORDER BY rowid DESC LIMIT 50) ORDER BY s.id DESC",
                    },
                    "day": {
                        "title": "Incidents on a day",
                        "sql": "SELECT id, date, date_start, date_end, summary FROM incidents "
                        "WHERE date_start <= :day AND date_end >= :day ORDER BY date DESC, id DESC",
                    },
                    "weapon": {
                        "title": "Incidents with a weapon",
                        "sql": "SELECT i.id, i.date, i.summary FROM entities e "
                        "JOIN incident_entities ie ON ie.entity_key = e.key JOIN incidents i ON i.id = ie.incident_id "
                        "WHERE e.kind = 'weapon' AND e.name LIKE :weapon ORDER BY i.date DESC LIMIT 500",
                    },
                    "incident_sources": {
                        "title": "An incident's sources",
                        "sql": "SELECT outlet, title, url, published_date, language, snippet AS quote "
                        "FROM incident_sources WHERE incident_id = :incident ORDER BY rank_key",
                    },
                },
            }
        },
    }


def prepare(path: Path, gazetteer: Gazetteer) -> None:
    """Give places stored before coordinates were kept theirs, so the map has them (the one write, done before
    serving)."""
    store = Store.open(path)
    try:
        missing = store.place_keys_without_coordinates()
        where = {key: point for key in missing if (point := gazetteer.locate(key)) is not None}
        if where:
            with store.write():
                store.set_coordinates(where)
    finally:
        store.close()


def serve(path: Path, *, host: str, port: int) -> None:
    """Serve until interrupted."""
    import uvicorn

    uvicorn.run(application(path), host=host, port=port, log_level="warning")


def application(path: Path) -> Asgi:
    """The web view's ASGI app: Datasette over the database at `path`, with its table search made cheap."""
    from datasette.app import Datasette

    datasette = Datasette([str(path)], metadata=metadata(path.stem), settings=SETTINGS)
    return searched_without_counting(datasette.app(), f"/{path.stem}/sentences")


def searched_without_counting(app: Asgi, table: str) -> Asgi:
    """A search of `table` lists its matches without counting them all. Datasette counts every match of a common
    word before it shows the first page, which at 100,000 articles is most of the page's time; the bot's own search
    and the "newest first" query count only as far as they show."""
    paths = {table, f"{table}.json", f"{table}.csv"}

    async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
        query = scope.get("query_string", b"")
        searched = scope.get("type") == "http" and scope.get("path") in paths and b"_search" in query
        if searched and b"_nocount=" not in query:
            scope = {**scope, "query_string": query + b"&_nocount=1"}
        await app(scope, receive, send)

    return wrapped
