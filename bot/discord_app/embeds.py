"""Answers as Discord embeds, within Discord's limits, never by cutting facts.

Rendering works in two steps. First an answer becomes `Section`s (one per incident, article or list), each a
title and a sequence of blocks (a summary line, one block per source: the quoted sentence and who reported it).
Then `pack` lays the blocks into embeds and the embeds into screens (one message each): a block goes into the
current embed while the embed's description stays within 4,096 characters and the message within 6,000 across
at most 10 embeds; otherwise a new embed ("continued") or a new screen starts. A single block longer than an
embed can hold is split at spaces into pieces, each marked as continuing, so even a monstrous sentence is shown
whole over several embeds. Screens are what the pagination view pages through.

Lengths are counted in UTF-16 code units, as Discord counts them, so emoji and rare scripts never overflow.
Article text is escaped (Markdown and mentions) where it could break formatting.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import discord

from bot import render
from bot.alerts import AlertBatch, Subscription
from bot.discord_app import strings
from bot.guilds import AuditPage
from bot.messages import language_name
from bot.models import (
    Answer,
    ArticleAnswer,
    ArticleView,
    HelpAnswer,
    IncidentsAnswer,
    IncidentView,
    PagedAnswer,
    SearchAnswer,
    SearchHit,
    SourcesAnswer,
    SourceView,
    StatsAnswer,
)

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
# Sources shown for each incident of a list answer (incident, summary); `sources <id>` shows them all.
LIST_SOURCES = 3
CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELDS_LIMIT = 25
FOOTER_LIMIT = 2048
AUTHOR_LIMIT = 256
EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10

# Room kept in every screen for its footer ("Page 12 of 40 · part 2 of 3", an alert's filter).
FOOTER_RESERVE = 300
# The largest block. Two always fit one screen, with two full titles, the footer and separators, so a very long
# text fills its screens rather than leaving each half empty.
BLOCK_LIMIT = (EMBED_TOTAL_LIMIT - FOOTER_RESERVE - 2 * TITLE_LIMIT - 8) // 2

INCIDENT_COLOUR = 0xC0392B
ALERT_COLOUR = 0xE67E22
INFO_COLOUR = 0x2E86C1
ELLIPSIS = "…"

Screen = list[discord.Embed]


def size(text: str) -> int:
    """Length as Discord counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """Article-derived text, inert: no Markdown, no mentions (zero-width space after @), on one line."""
    flat = re.sub(r"\s+", " ", text)
    return discord.utils.escape_mentions(discord.utils.escape_markdown(flat))


def fit(text: str, limit: int) -> str:
    """Shorten to `limit` (for titles and message text that also appear in full elsewhere)."""
    if size(text) <= limit:
        return text
    cut = text[:limit]
    while size(cut) > limit - 1:
        cut = cut[:-1]
    return cut.rstrip() + ELLIPSIS


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    blocks: tuple[str, ...]
    url: str | None = None
    colour: int = INFO_COLOUR


@dataclass(slots=True)
class Rendered:
    """One engine page as messages: the answer's sentence and the screens of embeds."""

    ok: bool
    content: str
    screens: list[Screen] = field(default_factory=list)
    page: int = 1
    pages: int = 1

    @property
    def needs_paging(self) -> bool:
        return self.pages > 1 or len(self.screens) > 1


# ---- packing ------------------------------------------------------------------------------------------------


def split_block(block: str, limit: int = BLOCK_LIMIT) -> list[str]:
    """A block as pieces of at most `limit`, cut at spaces, each piece but the last ending in "…" and each but
    the first starting with "…" (a quoted piece keeps its "> ")."""
    if size(block) <= limit:
        return [block]
    quote = "> " if block.startswith("> ") else ""
    rest = block[len(quote) :]
    pieces: list[str] = []
    room = limit - size(quote) - 2 * size(ELLIPSIS)
    while size(rest) > room:
        cut = _cut_point(rest, room)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    pieces.append(rest)
    out = []
    for index, piece in enumerate(pieces):
        before = ELLIPSIS if index else ""
        after = ELLIPSIS if index < len(pieces) - 1 else ""
        out.append(f"{quote}{before}{piece}{after}")
    return out


def _cut_point(text: str, room: int) -> int:
    end = len(text)
    while size(text[:end]) > room:
        end -= max(1, (size(text[:end]) - room) // 2)
    space = text.rfind(" ", 0, end)
    newline = text.rfind("\n", 0, end)
    best = max(space, newline)
    # A backslash escape or a surrogate pair must not be cut in two.
    cut = best if best > end // 2 else end
    while cut > 1 and text[cut - 1] == "\\":
        cut -= 1
    return cut


class _Packer:
    def __init__(self) -> None:
        self.screens: list[Screen] = [[]]
        self.used = 0
        self.embed: discord.Embed | None = None

    def room(self) -> int:
        return EMBED_TOTAL_LIMIT - FOOTER_RESERVE - self.used

    def start_embed(self, section: Section, title: str, first_block: str) -> discord.Embed:
        needed = size(title) + size(first_block)
        if self.screens[-1] and (len(self.screens[-1]) >= EMBEDS_PER_MESSAGE or needed > self.room()):
            self.screens.append([])
            self.used = 0
        embed = discord.Embed(title=title or None, url=section.url, colour=section.colour, description="")
        self.screens[-1].append(embed)
        self.used += size(title)
        self.embed = embed
        return embed

    def add_section(self, section: Section) -> None:
        title = fit(section.title, TITLE_LIMIT)
        continued = fit(f"{section.title} {strings.CONTINUED}", TITLE_LIMIT)
        blocks = [piece for block in section.blocks for piece in split_block(block)] or [""]
        embed = self.start_embed(section, title, blocks[0])
        for block in blocks:
            description = embed.description or ""
            separator = "\n\n" if description else ""
            addition = size(separator) + size(block)
            if size(description) + addition > DESCRIPTION_LIMIT or addition > self.room():
                embed = self.start_embed(section, continued, block)
                description, separator = "", ""
            embed.description = description + separator + block
            self.used += size(separator) + size(block)


def pack(sections: Sequence[Section]) -> list[Screen]:
    packer = _Packer()
    for section in sections:
        packer.add_section(section)
    return [screen for screen in packer.screens if screen]


def add_footers(screens: list[Screen], page: int, pages: int, extra: str = "") -> None:
    for part, screen in enumerate(screens, start=1):
        footer = strings.page_footer(page, pages, part, len(screens))
        text = " · ".join(t for t in (extra, footer) if t)
        if text and screen:
            screen[-1].set_footer(text=fit(text, FOOTER_RESERVE))


def limit_problems(embeds: Sequence[discord.Embed], content: str = "") -> list[str]:
    """Every Discord limit a message would break (empty when it is sendable)."""
    problems = []
    if size(content) > CONTENT_LIMIT:
        problems.append(f"content has {size(content)} characters")
    if len(embeds) > EMBEDS_PER_MESSAGE:
        problems.append(f"{len(embeds)} embeds")
    total = 0
    for index, embed in enumerate(embeds):
        parts = {
            "title": (embed.title or "", TITLE_LIMIT),
            "description": (embed.description or "", DESCRIPTION_LIMIT),
            "footer": (embed.footer.text or "", FOOTER_LIMIT),
            "author": (embed.author.name or "", AUTHOR_LIMIT),
        }
        for name, (text, limit) in parts.items():
            total += size(text)
            if size(text) > limit:
                problems.append(f"embed {index} {name} has {size(text)} characters")
        if len(embed.fields) > FIELDS_LIMIT:
            problems.append(f"embed {index} has {len(embed.fields)} fields")
        for item in embed.fields:
            total += size(item.name or "") + size(item.value or "")
            if size(item.name or "") > FIELD_NAME_LIMIT or size(item.value or "") > FIELD_VALUE_LIMIT:
                problems.append(f"embed {index} field {item.name!r} is too long")
    if total > EMBED_TOTAL_LIMIT:
        problems.append(f"embeds total {total} characters")
    return problems


# ---- pieces of text -----------------------------------------------------------------------------------------


def _link(text: str, url: str | None) -> str:
    label = escape(text).replace("[", "\\[").replace("]", "\\]")
    if url and re.match(r"https?://", url):
        safe = re.sub(r"[\s()<>]", lambda m: f"%{ord(m.group()):02X}", url)
        return f"[{label}]({safe})"
    return f"*{label}*"


def _published(day: date | None) -> str:
    return day.isoformat() if day else strings.DATE_UNKNOWN


def source_block(source: SourceView) -> str:
    cited = [c for c in source.cited[:3] if c != source.outlet]
    attribution = f"— **{escape(source.outlet)}**, {_link(source.title, source.url)}"
    attribution += f" · {_published(source.published)}"
    if source.language and source.language != "en":
        attribution += f" · {language_name(source.language)}"
    if cited:
        attribution += f" · {escape(strings.citing(tuple(cited)))}"
    attribution += f" · {strings.article_line(source.article_id)}"
    return f"> {escape(source.snippet.strip())}\n{attribution}"


def _names_block(incident: IncidentView) -> str:
    parts = [f"**{render.format_day(incident)}**"]
    for label, names in (
        (strings.WEAPONS, incident.weapons),
        (strings.PLACES, incident.places),
        (strings.LAUNCHED_FROM, incident.origins),
        (strings.ACTORS, incident.actors),
    ):
        if names:
            parts.append(escape(strings.names_line(label, names)))
    block = " · ".join(parts)
    differing = render.disagreements(incident)
    if differing:
        block += "\n" + escape(strings.reports_differ("; ".join(differing)))
    return block


def incident_section(incident: IncidentView, *, figures: bool = False, title: str | None = None) -> Section:
    heading = title or strings.incident_title(incident.id, incident.summary)
    blocks = [_names_block(incident)]
    if size(heading) > TITLE_LIMIT:
        blocks.insert(0, f"**{escape(incident.summary)}**")
    # A list answer shows an incident's first sources and counts the rest; `sources <id>` pages through them all.
    shown = incident.sources if figures else incident.sources[:LIST_SOURCES]
    blocks.extend(source_block(source) for source in shown)
    hidden = incident.sources_total - len(shown)
    if not figures and hidden > 0:
        blocks.append(strings.more_sources(hidden, incident.id))
    if figures and incident.claims:
        lines = [f"**{strings.FIGURES}**"]
        lines.extend(
            escape(f"{claim.measure}: {claim.value:,} ({claim.outlet}, article {claim.article_id})")
            for claim in incident.claims
        )
        blocks.append("\n".join(lines))
    url = next((s.url for s in incident.sources if s.url and s.url.startswith(("http://", "https://"))), None)
    return Section(heading, tuple(blocks), url, INCIDENT_COLOUR)


def _highlighted(snippet: str) -> str:
    # The engine marks matched words with ** (FTS5 snippet()); escape everything between the marks.
    parts = snippet.split("**")
    return "**".join(
        escape(part) if index % 2 == 0 else f"{escape(part)}" for index, part in enumerate(parts)
    )


def hit_block(hit: SearchHit) -> str:
    outlet = f"**{escape(hit.outlet)}**, " if hit.outlet else ""
    attribution = f"— {outlet}{_link(hit.title, hit.url)}"
    attribution += f" · {_published(hit.published)}"
    if hit.language and hit.language != "en":
        attribution += f" · {language_name(hit.language)}"
    attribution += f" · {strings.article_line(hit.article_id)}"
    return f"> {_highlighted(hit.snippet)}\n{attribution}"


def article_section(article: ArticleView) -> Section:
    published = article.published.isoformat(sep=" ") if article.published else strings.UNKNOWN
    blocks = [escape(strings.article_meta(article.outlet or strings.UNKNOWN, article.author or strings.UNKNOWN,
                                          published, language_name(article.language) or strings.UNKNOWN))]  # fmt: skip
    if article.url:
        blocks.append(_link(article.url, article.url))
    if article.cited:
        blocks.append(escape(strings.citing(article.cited)))
    for label, values in render.facts_by_kind(article):
        blocks.append(f"**{label.capitalize()}s:** " + escape("; ".join(values)))
    url = article.url if article.url and article.url.startswith(("http://", "https://")) else None
    return Section(strings.article_heading(article.id, article.title), tuple(blocks), url)


def answer_sections(answer: Answer, prefix: str, *, listing: bool = False) -> list[Section]:
    match answer:
        case ArticleAnswer(articles=articles) if listing:
            lines = tuple(
                strings.article_list_line(a.id, escape(a.title), escape(a.outlet),
                                          a.published.date().isoformat() if a.published else strings.DATE_UNKNOWN)
                for a in articles
            )  # fmt: skip
            return [Section(strings.ARTICLES_TITLE, lines)] if lines else []
        case ArticleAnswer(articles=articles, incidents=incidents):
            return [
                *(article_section(article) for article in articles),
                *(incident_section(incident) for incident in incidents),
            ]
        case IncidentsAnswer(incidents=incidents):
            figures = isinstance(answer, SourcesAnswer)
            return [incident_section(incident, figures=figures) for incident in incidents]
        case SearchAnswer(hits=hits) if hits:
            return [Section(strings.SEARCH_TITLE, tuple(hit_block(hit) for hit in hits))]
        case StatsAnswer(stats=stats) if stats:
            return [Section(strings.STATS_TITLE, ("\n".join(render.stats_lines(stats)),))]
        case HelpAnswer(entries=entries) if entries:
            shown = [(usage.removeprefix(prefix), text) for usage, text in entries]
            if len(entries) > 1:
                shown.extend(strings.DISCORD_HELP)
            return [
                Section(
                    strings.HELP_TITLE,
                    tuple(f"{strings.help_entry(prefix, usage)}\n{text}" for usage, text in shown),
                )
            ]
    return []


def render_answer(answer: Answer, prefix: str, *, listing: bool = False) -> Rendered:
    content = fit(answer.message, CONTENT_LIMIT)
    page, pages = (answer.page, max(1, answer.pages)) if isinstance(answer, PagedAnswer) else (1, 1)
    if not answer.ok:
        return Rendered(False, content, [], page, pages)
    screens = pack(answer_sections(answer, prefix, listing=listing))
    add_footers(screens, page, pages)
    return Rendered(True, content, screens, page, pages)


# ---- alerts, subscriptions, the audit log -------------------------------------------------------------------


def alert_screens(batch: AlertBatch) -> list[Screen]:
    labels = batch.subscription.filter.labels
    if batch.digest:
        lines = tuple(
            strings.digest_line(i.id, render.format_day(i), escape(i.summary), len(i.sources))
            for i in batch.incidents
        )
        screens = pack([Section(strings.digest_title(len(batch.incidents)), lines, colour=ALERT_COLOUR)])
        extra = f"{strings.filter_description(labels)} · {strings.DIGEST_FOOTER}"
    else:
        (incident,) = batch.incidents
        section = incident_section(incident, title=strings.alert_title(incident.summary, batch.kind))
        screens = pack([Section(section.title, section.blocks, section.url, ALERT_COLOUR)])
        extra = strings.alert_footer(labels, incident.id)
    for part, screen in enumerate(screens, start=1):
        marker = strings.alert_marker(batch.marker, part, len(screens))
        # The marker ends the footer, so that fitting the footer never cuts it.
        text = fit(extra + strings.alert_part(part, len(screens)), FOOTER_RESERVE - len(marker) - 3)
        screen[-1].set_footer(text=f"{text} · {marker}")
    return screens


def subscriptions_screens(
    subscriptions: Iterable[Subscription], when: Callable[[str | None], str | None]
) -> list[Screen]:
    blocks = tuple(
        strings.subscription_line(
            f"<#{s.channel_id}>", tuple(escape(label) for label in s.filter.labels), s.status,
            when(s.last_delivery_at), escape(s.last_error) if s.last_error else None, s.pending,
        )
        for s in subscriptions
    )  # fmt: skip
    return pack([Section(strings.SUBSCRIPTIONS_TITLE, blocks)]) if blocks else []


def audit_rendered(page: AuditPage) -> Rendered:
    blocks = tuple(
        strings.audit_line(unix_time(e.created_at), escape(e.user_name), e.user_id, e.action, escape(e.target),
                           e.outcome, escape(e.detail))
        for e in page.entries
    )  # fmt: skip
    if not blocks:
        return Rendered(True, strings.AUDIT_EMPTY, [], 1, 1)
    screens = pack([Section(strings.AUDIT_TITLE, blocks)])
    add_footers(screens, page.page, max(1, page.pages))
    return Rendered(True, strings.audit_summary(page.total), screens, page.page, max(1, page.pages))


def unix_time(iso: str) -> int:
    return int(datetime.fromisoformat(iso).timestamp())


def discord_time(iso: str | None) -> str | None:
    """An ISO timestamp as a Discord timestamp, shown in each reader's own time zone."""
    return f"<t:{unix_time(iso)}:f>" if iso else None
