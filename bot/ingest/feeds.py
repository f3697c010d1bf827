"""News feeds read into entries, and an entry into the document its article is read from. Pure: no network, no store.

A well-formed RSS or Atom document with no DTD and no `xml:base` is read by fastfeedparser (lxml underneath: 60
times feedparser's speed, which is most of a poll's own work), its relative links joined to the feed's address.
Anything else (broken or truncated XML, odd encodings, `xml:base`, a DOCTYPE) is read by feedparser, which recovers
what it can and says what was wrong. JSON Feed, which neither reads, is a small mapping of the specification's
fields. An entry is known by its id, else its link, else a hash of its content (issue 11): the same entry seen
again is skipped, an edited one (same key, new content) updates its article. The hash is of the entry's text, not
its markup, so the two readers agree on it.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import fastfeedparser
import feedparser
from lxml import etree

from bot import messages


class FeedError(ValueError):
    """The document is no feed; the message says why, for the moderator who added it."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    key: str  # id, else link, else "hash:<content hash>"
    link: str | None
    title: str
    published: datetime | None
    content: str  # HTML: the entry's full content, else its summary
    content_hash: str  # of everything the publisher can edit: an edit changes it


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str
    entries: tuple[FeedEntry, ...]  # newest first
    problem: str | None = (
        None  # what was wrong with a feed still read ("not well-formed XML, read as far as ...")
    )


def parse_feed(raw: bytes, url: str, content_type: str = "") -> ParsedFeed:
    """Entries of an RSS, Atom or JSON feed, newest first; FeedError when the document is none of them."""
    stripped = raw.lstrip()
    if stripped.startswith(b"{") or "json" in content_type:
        return _json_feed(raw)
    return _well_formed_feed(raw, url) or _recovered_feed(raw, url, content_type)


def _recovered_feed(raw: bytes, url: str, content_type: str) -> ParsedFeed:
    """feedparser's reading, of any RSS or Atom document, broken ones as far as they go."""
    document = feedparser.parse(
        raw, response_headers={"content-location": url, "content-type": content_type or "application/xml"}
    )
    if not document.get("version") and not document.entries:
        raise FeedError(messages.FEED_NOT_A_FEED)
    entries = [_entry(item) for item in document.entries]
    problem = None
    if document.get("bozo") and document.entries:
        problem = messages.feed_read_with_problem(type(document.get("bozo_exception")).__name__)
    return ParsedFeed(str(document.feed.get("title") or url), tuple(_newest_first(entries)), problem)


def _entry(item: Any) -> FeedEntry:
    """An entry as feedparser reads it."""
    return _made_entry(
        item.get("id"),
        item.get("link") or None,
        html.unescape(str(item.get("title") or "")).strip(),
        _when(item.get("published_parsed") or item.get("updated_parsed")),
        _body(item, "summary"),
    )


def _body(item: Any, summary: str) -> str:
    """The entry's full content (`content:encoded`, Atom's content), else its summary."""
    contents = item.get("content") or []
    return "\n".join(str(c.get("value") or "") for c in contents) or str(item.get(summary) or "")


def _made_entry(
    entry_id: Any, link: str | None, title: str, published: datetime | None, body: str
) -> FeedEntry:
    """An entry known by its id, else its link, else its content's hash (see the module's note)."""
    digest = _digest(title, link or "", body)
    return FeedEntry(str(entry_id or link or f"hash:{digest}"), link, title, published, body, digest)


# Strict, and blind to anything outside the document: no DTD, no entities from files or the network.
_STRICT_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _well_formed_feed(raw: bytes, url: str) -> ParsedFeed | None:
    """The feed read the fast way, or None when feedparser should read it (see the module's note)."""
    head = raw[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in raw or b"xml:base" in raw:
        return None
    try:
        etree.fromstring(raw, _STRICT_XML)
        document = fastfeedparser.parse(raw)
    except Exception:  # whatever the fast reader trips on, feedparser reads (and reports) instead
        return None
    if not document.entries:
        return None  # an empty feed, or no feed at all: feedparser says which
    entries = [_fast_entry(item, url) for item in document.entries]
    return ParsedFeed(str(document.feed.get("title") or url), tuple(_newest_first(entries)))


def _fast_entry(item: Any, url: str) -> FeedEntry:
    """An entry as fastfeedparser reads it: its link joined to the feed's address, as feedparser's is."""
    return _made_entry(
        item.get("id"),
        urljoin(url, str(item.get("link"))) if item.get("link") else None,
        html.unescape(str(item.get("title") or "")).strip(),
        _iso(item.get("published") or item.get("updated")),
        _body(item, "description"),
    )


def _json_feed(raw: bytes) -> ParsedFeed:
    """JSON Feed 1.0/1.1 (https://www.jsonfeed.org/version/1.1/)."""
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise FeedError(messages.FEED_NOT_A_FEED) from None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(
        "https://jsonfeed.org"
    ):
        raise FeedError(messages.FEED_NOT_A_FEED)
    entries = []
    for item in document.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url") or None
        body = str(
            item.get("content_html")
            or html.escape(str(item.get("content_text") or item.get("summary") or ""))
        )
        title = str(item.get("title") or "").strip()
        published = _iso(item.get("date_published") or item.get("date_modified"))
        entries.append(_made_entry(item.get("id"), str(link) if link else None, title, published, body))
    return ParsedFeed(str(document.get("title") or ""), tuple(_newest_first(entries)))


def _newest_first(entries: list[FeedEntry]) -> list[FeedEntry]:
    """By date where entries have one; feeds list newest first anyway, and that order is kept for ties."""
    if not all(e.published for e in entries):
        return entries
    return sorted(entries, key=lambda e: e.published or datetime.min.replace(tzinfo=UTC), reverse=True)


_TAG = re.compile(r"<[^>]*>")


def _digest(title: str, link: str, body: str) -> str:
    """Of what a reader sees: the body's text, its markup and spacing aside."""
    text = " ".join(html.unescape(_TAG.sub(" ", body)).split())
    return hashlib.sha256("\x1f".join((title, link, text)).encode()).hexdigest()[:32]


def _when(parsed: Any) -> datetime | None:
    """feedparser's UTC struct_time as an aware datetime."""
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _iso(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def entry_document(entry: FeedEntry) -> bytes:
    """The entry's own content as a small HTML page, for when its article page cannot be read."""
    title = html.escape(entry.title)
    published = (
        f'<meta property="article:published_time" content="{entry.published.isoformat()}">'
        if entry.published
        else ""
    )
    return (
        f"<html><head><title>{title}</title>{published}</head><body><article><h1>{title}</h1>{entry.content}"
        "</article></body></html>"
    ).encode()
