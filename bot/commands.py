"""Every command, declared once: its name, arguments, help, who may use it, and what answers it.

The engine's dispatch table and `help`, the Discord commands' descriptions and option texts, and the CLI (`ask`
runs every engine command) all read these declarations, so a command is added here and in its handler, not in
seven places. Descriptions Discord shows are at most 100 characters.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

EXAMPLE_DATES = (
    "`2024-07-31`, `31 July 2024`, `July 2024`, `2024-07-29..2024-08-04`, `yesterday` or `last week`"
)


class ArgumentKind(enum.StrEnum):
    """What an argument holds: Discord shows each kind as its own type of option."""

    TEXT = "text"  # words
    NAME = "name"  # a weapon, place or actor's name: offered by autocomplete as it is typed
    PERIOD = "period"  # a day or a range of days, in any form `summary` reads
    NUMBER = "number"  # a whole number from 1: an article's or an incident's number
    CHOICE = "choice"  # one of `choices`


LANGUAGES = ("en", "uk", "ru")
EXPORT_FORMATS = ("csv", "json")
HELP_TOPICS = (
    "incident",
    "summary",
    "search",
    "article",
    "sources",
    "chart",
    "map",
    "export",
    "stats",
    "help",
)


@dataclass(frozen=True, slots=True)
class Argument:
    """One argument of a command. In a slash command each is an option of its kind; in a prefix command the
    positional ones share the line in their declared order (a period is told apart by being one), and a `flag` is
    written `--name value` or `name:value` anywhere on the line."""

    name: str
    description: str  # what Discord shows beside the option
    required: bool = True
    kind: ArgumentKind = ArgumentKind.TEXT
    choices: tuple[str, ...] = ()
    flag: bool = False


@dataclass(frozen=True, slots=True)
class Command:
    name: str  # "incident", or "article add" for a subcommand
    usage: str
    summary: str  # for `help`
    example: str
    description: str  # for Discord's command list
    arguments: tuple[Argument, ...] = ()
    audience: str = "everyone"  # everyone | moderators | managers
    handler: str | None = None  # the engine's method that answers it; None: the Discord adapter's own
    attaches_file: bool = False  # answered with a file (a picture or an export) beside its words


FEED_NUMBER = Argument("number", "The feed's number, as `feed list` shows it", kind=ArgumentKind.NUMBER)

COMMANDS: tuple[Command, ...] = (
    Command("incident", "incident <weapon, place or actor>",
            "Every recorded incident that matches, newest first, with a quoted sentence and its source.",
            "incident KN-23", "Every recorded incident with a weapon, place or actor.",
            (Argument("query", "A weapon, place or actor: KN-23, Kharkiv, Shahed-136", kind=ArgumentKind.NAME),),
            handler="incident"),
    Command("summary", "summary <day or range>",
            f"What happened on a day or in a period, grouped by day. Dates like {EXAMPLE_DATES}.",
            "summary 2024-07-31", "What happened on a day or in a period.",
            (Argument("date", "2024-07-31, 31 July 2024, July 2024, 2024-07-29..2024-08-04, yesterday, last week",
                      kind=ArgumentKind.PERIOD),),
            handler="summary"),
    Command("search", "search [lang:uk] <words>",
            "Full-text search over every sentence of every article, newest reports first; `lang:uk`, `lang:ru` or "
            "`lang:en` keeps articles in that language.", "search ballistic missile",
            "Full-text search over every sentence of every article.",
            (Argument("words", "Words to find, for example: ballistic missile (lang:uk keeps Ukrainian articles)"),
             Argument("language", "Only articles in this language", required=False, kind=ArgumentKind.CHOICE,
                      choices=LANGUAGES, flag=True)),
            handler="search"),
    Command("article", "article <id>", "An article's details and the facts extracted from it.", "article 1",
            "An article's details and the facts extracted from it.",
            (Argument("number", "The article's number, for example 1", kind=ArgumentKind.NUMBER),),
            handler="article"),
    Command("sources", "sources <incident id>", "The articles and records behind one incident.", "sources 1",
            "The articles and records behind one incident.",
            (Argument("incident", "The incident's number, for example 1", kind=ArgumentKind.NUMBER),),
            handler="sources"),
    Command("chart", "chart [weapon, kind or place] <day or range>",
            "A chart of a weapon's (or kind's) launches and shoot-downs per day or week, or of incidents per day "
            "for a place, with the totals in words.", "chart Shahed 2025-01..2025-06",
            "A chart of launched and shot down per day, or incidents per day for a place.",
            (Argument("subject", "A weapon, kind or place: Shahed, ballistic missile, Kharkiv", required=False,
                      kind=ArgumentKind.NAME),
             Argument("period", "A day or range: 2025-01..2025-06, last 30 days, 2024", kind=ArgumentKind.PERIOD)),
            handler="chart", attaches_file=True),
    Command("map", "map <day or range> [weapon, kind or place]",
            "A map of where strikes were reported, each place marked by its number of incidents; launch sites "
            "apart.", "map 2025-01", "A map of where strikes were reported in a period.",
            (Argument("period", "A day or range: 2025-01, last week, 2024", kind=ArgumentKind.PERIOD),
             Argument("subject", "Only this weapon, kind or place: Shahed, Kharkiv Oblast", required=False,
                      kind=ArgumentKind.NAME)),
            handler="map", attaches_file=True),
    Command("export", "export <day or range> [filter] [--format csv|json]",
            "Every incident of a period (and filter) with its figures, places and sources, as a CSV or JSON file.",
            "export 2025-01 --format csv", "Incidents of a period as a CSV or JSON file.",
            (Argument("period", "A day or range: 2025-01, last week", kind=ArgumentKind.PERIOD),
             Argument("subject", "Only this weapon, kind or place: Kinzhal, Odesa", required=False,
                      kind=ArgumentKind.NAME),
             Argument("format", "The file's format (csv unless chosen)", required=False, kind=ArgumentKind.CHOICE,
                      choices=EXPORT_FORMATS, flag=True)),
            handler="export", attaches_file=True),
    Command("stats", "stats", "How much the bot knows: articles, incidents, the most reported weapons and places.",
            "stats", "How much the bot knows.", handler="stats"),
    Command("help", "help [command]", "This list, or the details of one command.", "help summary",
            "How to ask, or the details of one command.",
            (Argument("command", "A command's name, for example summary", required=False,
                      kind=ArgumentKind.CHOICE, choices=HELP_TOPICS),), handler="help"),
    # Discord only: moderation, alerts, feeds.
    Command("article list", "article list", "Every article in the library, newest first.", "article list",
            "Every article in the library, newest first."),
    Command("article add", "article add <text, file or URL>", "Add an article from its text, a file or its URL.",
            "article add https://example.com/news/strike", "Moderators: add an article from its text, a file or its URL.",
            (Argument("file", "A .txt, .md or .html file", required=False),
             Argument("text", "The article's text, or its URL", required=False)), audience="moderators"),
    Command("article remove", "article remove <id>", "Remove an article this server added.", "article remove 3",
            "Moderators: remove an article this server added.",
            (Argument("number", "The article's number, for example 3"),), audience="moderators"),
    Command("article log", "article log", "Who added or removed what in this server.", "article log",
            "Moderators: who added or removed what in this server.", audience="moderators"),
    Command("modrole", "modrole [role or reset]", "The role whose members may moderate.", "modrole Editors",
            "Server managers: the role whose members may moderate.",
            (Argument("role", "A role (name, mention or id), or reset", required=False),), audience="managers"),
    Command("subscribe", "subscribe [filter]", "Announce new incidents in this channel (all, or those matching).",
            "subscribe KN-23, Kharkiv", "Moderators: announce new incidents in this channel.",
            (Argument("filter", 'Only these: KN-23, Kharkiv, "power plant" (commas for either); empty for all',
                      required=False),), audience="moderators"),
    Command("unsubscribe", "unsubscribe", "Stop announcing incidents in this channel.", "unsubscribe",
            "Moderators: stop announcing incidents in this channel.", audience="moderators"),
    Command("subscriptions", "subscriptions", "This server's alert channels, filters and last errors.",
            "subscriptions", "This server's alert channels, filters and last errors."),
    Command("feed", "feed", "The news feeds this server follows, and how each is doing.", "feed",
            "The news feeds this server follows, and how each is doing."),
    Command("feed add", "feed add <url> [filter] [--backfill N] [--announce] [--interval MINUTES]",
            "Follow a news feed (RSS, Atom or JSON Feed).", "feed add https://example.com/feed/ KN-23",
            "Moderators: follow a news feed (RSS, Atom or JSON Feed).",
            (Argument("url", "The feed's address, https://..."),
             Argument("options", "Optional: a filter (KN-23, Kharkiv), --backfill N, --announce, --interval MINUTES",
                      required=False)), audience="moderators"),
    Command("feed remove", "feed remove <id>", "Stop following a feed.", "feed remove 1",
            "Moderators: stop following a feed.", (FEED_NUMBER,), audience="moderators"),
    Command("feed pause", "feed pause <id>", "Pause a feed.", "feed pause 1", "Moderators: pause a feed.",
            (FEED_NUMBER,), audience="moderators"),
    Command("feed resume", "feed resume <id>", "Resume a paused feed.", "feed resume 1",
            "Moderators: resume a paused feed.", (FEED_NUMBER,), audience="moderators"),
)  # fmt: skip

# The commands the engine answers (what `ask` and `help` know), in help's order.
ENGINE_COMMANDS = tuple(c for c in COMMANDS if c.handler is not None)
ENGINE_COMMAND_NAMES = tuple(c.name for c in ENGINE_COMMANDS)


def command(name: str) -> Command:
    return next(c for c in COMMANDS if c.name == name)


def descriptions() -> dict[str, str]:
    """What Discord shows for each command, by name."""
    return {c.name: c.description for c in COMMANDS}


def option_descriptions() -> dict[str, str]:
    """What Discord shows beside each option, by "command.option"."""
    return {f"{c.name}.{a.name}": a.description for c in COMMANDS for a in c.arguments}
