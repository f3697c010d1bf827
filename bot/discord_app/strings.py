"""Every sentence the Discord adapter says, in one place (the engine's own sentences live in `bot/messages.py`)."""

from __future__ import annotations

import discord

from bot import messages
from bot.commands import COMMANDS as ALL
from bot.commands import descriptions, option_descriptions
from bot.guilds import Removal
from bot.models import IngestOutcome

# ---- commands as Discord lists them (descriptions at most 100 characters) -------------------------------

COMMANDS = descriptions()
OPTIONS = option_descriptions()


# ---- paging -------------------------------------------------------------------------------------------------

PREVIOUS = "Previous"
NEXT = "Next"
NOT_YOUR_PAGES = (
    "Only the person who asked can turn pages. Ask the same question yourself to get your own copy."
)


def page_footer(page: int, pages: int, part: int, parts: int) -> str:
    where = f"Page {page} of {pages}" if pages > 1 else ""
    if parts > 1:
        where = f"{where} · part {part} of {parts}" if where else f"Part {part} of {parts}"
    return where


# ---- answers ------------------------------------------------------------------------------------------------

CONTINUED = "(continued)"
SEARCH_TITLE = "Sentences"
ARTICLES_TITLE = "Articles"
STATS_TITLE = "What I know"
HELP_TITLE = "Commands"
FACTS_TITLE = "Facts extracted"
FIGURES = "Figures as reported"
DATE_UNKNOWN = "date unknown"
UNKNOWN = "unknown"


def article_line(article_id: int) -> str:
    return f"article {article_id}"


def incident_title(incident_id: int, summary: str) -> str:
    return f"#{incident_id} · {summary}"


def names_line(label: str, names: tuple[str, ...]) -> str:
    return f"{label}: " + ", ".join(names)


WEAPONS, PLACES, ACTORS = "Weapons", "Places", "Actors"
LAUNCHED_FROM = "Launched from"


def more_sources(count: int, incident_id: int) -> str:
    return f"…and {messages.plural(count, 'more source')}: `sources {incident_id}` shows them all."


def citing(outlets: tuple[str, ...]) -> str:
    return "citing " + ", ".join(outlets)


def article_heading(article_id: int, title: str) -> str:
    return f"Article {article_id} · {title}"


def article_meta(outlet: str, author: str, published: str, language: str) -> str:
    return f"Outlet: {outlet} · Author: {author} · Published: {published} · Language: {language}"


def article_list_line(article_id: int, title: str, outlet: str, published: str) -> str:
    return f"**{article_id}** · {title} — " + ", ".join(part for part in (outlet, published) if part)


# Commands only Discord has, for `help` (the engine describes the reading commands), as bot/commands.py declares
# them.
DISCORD_HELP: tuple[tuple[str, str], ...] = tuple((c.usage, c.description) for c in ALL if c.handler is None)


def help_entry(prefix: str, usage: str) -> str:
    name, _, rest = usage.partition(" ")
    return f"`{prefix}{name}{' ' + rest if rest else ''}` · `/{usage}`"


# ---- errors and refusals ------------------------------------------------------------------------------------

NOT_MODERATOR = "Sorry, only moderators can do that here: members with Manage Server, or with this server's moderator role."
NOT_MANAGER = "Sorry, only members with Manage Server can choose the moderator role."
GUILD_ONLY = "That works in a server channel, not in direct messages."
INTERNAL_ERROR = "Something went wrong on my side; it has been logged. Please try again later."


def usage(prefix: str, qualified_name: str, signature: str) -> str:
    return f"Usage: `{prefix}{qualified_name}{' ' + signature if signature else ''}`."


def bad_argument(detail: str, usage_text: str) -> str:
    return f"{detail} {usage_text}"


# ---- moderation ---------------------------------------------------------------------------------------------

PASTED_NAME = "pasted text.txt"


def audit_file(filename: str) -> str:
    return f"file {filename}"


def audit_pasted(length: int) -> str:
    return f"pasted text ({length:,} characters)"


def audit_added(article_id: int | None, described: str) -> str:
    return f"article {article_id}: {described}" if article_id else described


ADD_NOTHING = "Give me an article: paste its text, attach a .txt, .md or .html file, or give its URL."


def added(outcome: IngestOutcome, title: str) -> str:
    article = f"article {outcome.article_id}"
    if outcome.status == "added":
        incidents = ""
        if outcome.new_incidents:
            ids = ", ".join(f"#{i}" for i in outcome.new_incidents)
            incidents = f" New incidents: {ids}; subscribed channels will be alerted."
        return f"Added {article}, “{title}”: {outcome.message}.{incidents}"
    if outcome.status == "updated":
        return f"Updated {article}, “{title}”: {outcome.message}."
    if outcome.status == "unchanged":
        return f"I already have that: {article}, “{title}”, unchanged."
    if outcome.status == "duplicate":
        return f"I already have that text as {article}, “{title}”."
    return f"I could not add it: {outcome.message}"


def removed(article_id: int, removal: Removal) -> str:
    if removal is Removal.REMOVED:
        return f"Removed article {article_id} and what was extracted from it."
    if removal is Removal.MISSING:
        return messages.no_article(article_id)
    return (
        f"Article {article_id} was not added from this server (it came from another server or from the command "
        "line), so it can't be removed here. Ask whoever runs the bot."
    )


def bad_article_number(text: str, prefix: str) -> str:
    return messages.bad_number("an article number", text, prefix, "article remove 3")


AUDIT_TITLE = "Moderation log"
AUDIT_EMPTY = "Nothing has been added or removed from this server yet."


def audit_line(created_at_unix: int, user_name: str, user_id: int, action: str, target: str, outcome: str,
               detail: str) -> str:  # fmt: skip
    what = f"{action} {target}".strip()
    return f"<t:{created_at_unix}:f> · **{user_name}** ({user_id}) · {what} · {outcome}" + (
        f"\n{detail}" if detail else ""
    )


def audit_summary(total: int) -> str:
    return f"{messages.plural(total, 'entry', 'entries')} in this server's moderation log."


def modrole_current(role: str | None, default: str | None) -> str:
    if role:
        return f"Moderators here: members with Manage Server or the role {role}."
    if default:
        return f"Moderators here: members with Manage Server or the role {default} (the bot's default)."
    return "Moderators here: members with Manage Server. Choose a role with `modrole <role>`."


def modrole_unknown(text: str) -> str:
    return f"I can't find a role called {messages.literal(text)} in this server."


# ---- alerts -------------------------------------------------------------------------------------------------

EVERYTHING = "every new incident"
NO_SUBSCRIPTION_HERE = "This channel has no alert subscription."
NO_SUBSCRIPTIONS = "No channel of this server gets alerts yet. A moderator can type `subscribe` in one."
SUBSCRIPTIONS_TITLE = "Alert subscriptions"
UNSUBSCRIBED = "This channel will no longer get alerts."
DIGEST_FOOTER = "Ask `sources <id>` for every source of one incident."


def filter_description(labels: tuple[str, ...]) -> str:
    # A label is a known name or words the moderator typed: either way shown literally, never as formatting.
    return " or ".join(discord_literal(label) for label in labels) if labels else EVERYTHING


def discord_literal(text: str) -> str:
    """Text shown as typed in Discord: Markdown and links inert, mentions broken."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text)).replace("://", ":\u200b//")


def subscribed(channel: str, labels: tuple[str, ...], previous_paused: bool, previous: bool) -> str:
    what = filter_description(labels)
    again = (
        " (the paused subscription is active again)"
        if previous_paused
        else " (its filter was replaced)"
        if previous
        else ""
    )
    return f"From now on {channel} gets an alert for {what}{again}. Older incidents are not announced."


def empty_filter(text: str) -> str:
    return (
        f"{messages.literal(text)} names no weapon, place or actor and has no words to look for. Try `subscribe KN-23`, "
        "`subscribe Kharkiv`, or `subscribe` alone for every new incident."
    )


def cannot_post(channel: str) -> str:
    return f"I can't post embeds in {channel}: give me Send Messages and Embed Links there first."


def subscription_line(channel: str, labels: tuple[str, ...], status: str, last_delivery: str | None,
                      last_error: str | None, pending: int) -> str:  # fmt: skip
    lines = [f"{channel} · {filter_description(labels)} · **{status}**"]
    lines.append(f"Last alert: {last_delivery or 'none yet'}" + (f" · {pending} waiting" if pending else ""))
    if last_error:
        lines.append(f"Last error: {last_error}")
    if status == "paused":
        lines.append("Type `subscribe` in that channel to resume it.")
    return "\n".join(lines)


def alert_title(summary: str, kind: str = "new") -> str:
    return f"New incident: {summary}" if kind == "new" else f"Update, new sources: {summary}"


def alert_footer(labels: tuple[str, ...], incident_id: int) -> str:
    return f"Alert for {filter_description(labels)} · sources {incident_id}"


def alert_marker(delivery_id: int, part: int, parts: int) -> str:
    """The alert's mark in each part's footer, so a sender taking over a dead one's claim can find it."""
    return f"alert {delivery_id}" + (f"/{part}" if parts > 1 else "")


def digest_title(count: int) -> str:
    return f"{messages.plural(count, 'new incident')}"


def alert_part(part: int, parts: int) -> str:
    return f" · part {part} of {parts}" if parts > 1 else ""


def digest_line(incident_id: int, day: str, summary: str, sources: int) -> str:
    return f"**#{incident_id}** · {day} · {summary} ({messages.plural(sources, 'source')})"


# ---- running ------------------------------------------------------------------------------------------------

TOKEN_MISSING = "DISCORD_TOKEN is not set: put it in the environment or in .env (see README.md)."
TOKEN_MALFORMED = (
    "DISCORD_TOKEN does not look like a bot token (three parts separated by dots): copy it again from the "
    'Developer Portal, Applications > your app > Bot > Reset Token, without quotes or a "Bot " prefix.'
)
LOGIN_FAILED = (
    "Discord refused the token (login failed): reset it in the Developer Portal and update DISCORD_TOKEN."
)
INTENTS_MISSING = (
    "Discord refused the connection: enable the Message Content intent in the Developer Portal "
    "(Applications > your app > Bot > Privileged Gateway Intents)."
)


def connection_failed(reason: str) -> str:
    return f"Could not reach Discord: {reason}."


def reports_differ(figures: str) -> str:
    return f"Reports differ: {figures}"


# ---- feeds --------------------------------------------------------------------------------------------------


def no_feeds(prefix: str) -> str:
    return f"This server follows no feed yet. A moderator can add one: `{prefix}feed add https://example.com/feed.xml`."


def bad_feed_options(reason: str, prefix: str) -> str:
    return (
        f"Sorry, {reason}. For example `{prefix}feed add https://example.com/rss KN-23, Kharkiv --backfill 5 "
        "--announce`."
    )


def file_too_large(size: int, limit: int) -> str:
    return (
        f"Sorry, that file would be {size / 1_000_000:.1f} MB, more than this server lets me upload "
        f"({limit / 1_000_000:.1f} MB). Ask for a shorter period."
    )
