"""A news site on loopback for feed tests and the feed benchmark: feeds and article pages that can change between
polls, with the HTTP behaviour real publishers have (ETag and Last-Modified, 304 Not Modified, 429 with
Retry-After, redirects, 404s). Nothing here reaches the internet.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from email.utils import formatdate

from aiohttp import web


@dataclass
class Resource:
    body: bytes
    content_type: str
    status: int = 200
    headers: dict[str, str] | None = None
    conditional: bool = True  # answers If-None-Match / If-Modified-Since with 304 when unchanged
    modified: float = 1_700_000_000.0

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


class FeedSite:
    """Resources by path; `hits` counts requests by path, `not_modified` the 304s sent."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = 0
        self.resources: dict[str, Resource] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self._runner: web.AppRunner | None = None

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def put(
        self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", **options: object
    ) -> str:
        raw = body.encode() if isinstance(body, str) else body
        previous = self.resources.get(path)
        modified = (
            (previous.modified + 60) if previous is not None and previous.body != raw else 1_700_000_000.0
        )
        self.resources[path] = Resource(raw, content_type, modified=modified, **options)  # type: ignore[arg-type]
        return self.url(path)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/{path:.*}", self._serve)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _serve(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        self.hits[path] += 1
        resource = self.resources.get(path)
        if resource is None:
            return web.Response(status=404, text="Not Found", content_type="text/html")
        headers = dict(resource.headers or {})
        if resource.status == 200 and resource.conditional:
            last_modified = formatdate(resource.modified, usegmt=True)
            headers.update({"ETag": resource.etag, "Last-Modified": last_modified})
            if request.headers.get("If-None-Match") == resource.etag or (
                "If-None-Match" not in request.headers
                and request.headers.get("If-Modified-Since") == last_modified
            ):
                self.not_modified[path] += 1
                return web.Response(status=304, headers=headers)
        return web.Response(
            body=resource.body,
            status=resource.status,
            headers={"Content-Type": resource.content_type, **headers},
        )


def rss(title: str, items: list[dict[str, str]], *, base: str = "") -> str:
    """An RSS 2.0 document as WordPress writes it (the layout of most news sites' feeds), `content:encoded` and
    all: items are dicts of title, link, guid, date (RFC 822), description, content."""
    rendered = "".join(
        f"""
    <item>
      <title>{item["title"]}</title>
      <link>{item["link"]}</link>
      <guid isPermaLink="false">{item.get("guid", item["link"])}</guid>
      <pubDate>{item["date"]}</pubDate>
      <dc:creator><![CDATA[{item.get("author", "Staff")}]]></dc:creator>
      <category><![CDATA[Ukraine]]></category>
      <description><![CDATA[{item.get("description", "")}]]></description>
      <content:encoded><![CDATA[{item.get("content", "")}]]></content:encoded>
    </item>"""
        for item in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{title}</title>
    <atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />
    <link>{base}/</link>
    <description>News</description>
    <language>en-US</language>{rendered}
  </channel>
</rss>
"""


def article_page(title: str, published: str, paragraphs: list[str]) -> str:
    """An article page with the metadata news sites put in their heads."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}"><meta property="article:published_time" content="{published}">'
        f'</head><body><header><nav><a href="/">Home</a> <a href="/war">War</a></nav></header>'
        f"<main><article><h1>{title}</h1>{body}</article></main><footer>© News</footer></body></html>"
    )
