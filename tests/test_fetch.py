"""Fetching articles by URL: real HTTP against local aiohttp servers; refusals of non-public addresses, also after
redirects and after name resolution."""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult

from bot.ingest.fetch import AddressPolicy, FetchError, StaticResolver, UrlFetcher

ARTICLE_HTML = (
    b"<html><head><title>Missile strike</title></head><body><article><p>Russia struck Kharkiv with an "
    b"Iskander-M ballistic missile on 5 May.</p></article></body></html>"
)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Site:
    def __init__(self, host: str, routes: dict[str, Handler]) -> None:
        self.host = host
        self.routes = routes
        self.hits: list[str] = []
        self.runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        app = web.Application()
        for path, handler in self.routes.items():
            app.router.add_get(path, self._recording(path, handler))
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.host, 0)
        await site.start()
        self.port = self.runner.addresses[0][1]

    def _recording(self, path: str, handler: Handler) -> Handler:
        async def handle(request: web.Request) -> web.StreamResponse:
            self.hits.append(path)
            return await handler(request)

        return handle

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


def fixed(body: bytes, content_type: str, status: int = 200) -> Handler:
    async def handle(_request: web.Request) -> web.StreamResponse:
        return web.Response(body=body, status=status, headers={"Content-Type": content_type})

    return handle


async def endless_stream(request: web.Request) -> web.StreamResponse:
    response = web.StreamResponse(headers={"Content-Type": "text/plain"})
    await response.prepare(request)
    for _ in range(64):
        await response.write(b"x" * 16_384)
    await response.write_eof()
    return response


async def peer_port(request: web.Request) -> web.StreamResponse:
    """The client's port: requests on one kept-alive connection answer the same port."""
    assert request.transport is not None
    return web.Response(text=str(request.transport.get_extra_info("peername")[1]))


async def slow(_request: web.Request) -> web.StreamResponse:
    await asyncio.sleep(0.5)
    return web.Response(text="late")


@pytest.fixture
async def local_site() -> AsyncIterator[Site]:
    site = Site(
        "127.0.0.1",
        {
            "/article": fixed(ARTICLE_HTML, "text/html; charset=utf-8"),
            "/notes.md": fixed(b"# Notes\n\nShahed drones hit Odesa.", "text/markdown"),
            "/wire.txt": fixed(b"KYIV (Reuters) - Drones hit Odesa.", "text/plain"),
            "/report.pdf": fixed(b"%PDF-1.7", "application/pdf"),
            "/missing": fixed(b"gone", "text/html", status=404),
            "/big": endless_stream,
            "/slow": slow,
            "/secret": fixed(b"internal metadata", "text/plain"),
        },
    )
    await site.start()
    yield site
    await site.stop()


@pytest.fixture
async def public_site(local_site: Site) -> AsyncIterator[Site]:
    """A server on 127.0.0.2 that the tests treat as a public host (news.example) and that redirects inward."""

    def redirect(location: str) -> Handler:
        async def handle(_request: web.Request) -> web.StreamResponse:
            raise web.HTTPFound(location)

        return handle

    site = Site(
        "127.0.0.2",
        {
            "/ok": fixed(ARTICLE_HTML, "text/html"),
            "/to-loopback": redirect(local_site.url("/secret")),
            "/to-internal-name": redirect(local_site.url("/secret", host="internal.example")),
            "/to-ok": redirect("/ok"),
            "/peer": peer_port,
        },
    )
    await site.start()
    yield site
    await site.stop()


def public_fetcher(**options: object) -> UrlFetcher:
    policy = AddressPolicy(treat_as_public=frozenset({ipaddress.ip_address("127.0.0.2")}))
    resolver = StaticResolver(
        {"news.example": "127.0.0.2", "internal.example": "127.0.0.1", "rebound.example": "10.1.2.3"}
    )
    return UrlFetcher(policy=policy, resolver=resolver, **options)  # type: ignore[arg-type]


async def refusal(fetcher: UrlFetcher, url: str) -> str:
    with pytest.raises(FetchError) as caught:
        await fetcher.fetch(url)
    return str(caught.value)


@pytest.mark.parametrize(
    ("path", "fmt", "content_type"),
    [
        ("/article", "html", "text/html"),
        ("/notes.md", "markdown", "text/markdown"),
        ("/wire.txt", "text", "text/plain"),
    ],
)
async def test_pages_text_and_markdown_are_fetched(
    local_site: Site, path: str, fmt: str, content_type: str
) -> None:
    fetcher = UrlFetcher(policy=AddressPolicy(allow_private=True))
    page = await fetcher.fetch(local_site.url(path))
    assert (page.url, page.format, page.content_type) == (local_site.url(path), fmt, content_type)
    assert len(page.body) > 0


async def test_a_redirect_between_public_pages_is_followed(public_site: Site) -> None:
    page = await public_fetcher().fetch(public_site.url("/to-ok", host="news.example"))
    assert (page.url, page.body) == (public_site.url("/ok", host="news.example"), ARTICLE_HTML)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/report.pdf", "I can read web pages (HTML), plain text and Markdown, not application/pdf."),
        ("/missing", "The site answered 404 Not Found."),
        ("/big", "The page is larger than 0.1 MB, more than one article may be."),
    ],
)
async def test_unusable_pages_are_refused_politely(local_site: Site, path: str, message: str) -> None:
    fetcher = UrlFetcher(policy=AddressPolicy(allow_private=True), max_bytes=100_000)
    assert await refusal(fetcher, local_site.url(path)) == message


async def test_a_slow_site_times_out(local_site: Site) -> None:
    fetcher = UrlFetcher(policy=AddressPolicy(allow_private=True), timeout_seconds=0.1)
    assert await refusal(fetcher, local_site.url("/slow")) == "The page did not arrive within 0.1 seconds."


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://10.0.0.7/", "I don't fetch from private addresses (10.0.0.7): only public web pages."),
        ("http://192.168.1.10/admin", "I don't fetch from private addresses (192.168.1.10): only public web pages."),
        ("http://169.254.169.254/latest/meta-data/",
         "I don't fetch from link-local addresses (169.254.169.254): only public web pages."),
        ("http://[::1]/", "I don't fetch from loopback addresses (::1): only public web pages."),
        ("http://[::ffff:127.0.0.1]/", "I don't fetch from loopback addresses (127.0.0.1): only public web pages."),
        ("http://0.0.0.0/", "I don't fetch from unspecified addresses (0.0.0.0): only public web pages."),
        ("http://224.0.0.1/", "I don't fetch from multicast addresses (224.0.0.1): only public web pages."),
        ("http://240.0.0.1/", "I don't fetch from reserved addresses (240.0.0.1): only public web pages."),
        ("ftp://example.org/file.txt",
         "`ftp://example.org/file.txt` is not a web address I can fetch: it must start with http:// or https://."),
    ],
)  # fmt: skip
async def test_non_public_addresses_are_refused(url: str, message: str) -> None:
    assert await refusal(UrlFetcher(), url) == message


async def test_loopback_is_refused_unless_allowed(local_site: Site) -> None:
    loopback = "I don't fetch from loopback addresses (127.0.0.1): only public web pages."
    assert await refusal(UrlFetcher(), local_site.url("/secret")) == loopback
    # "localhost" goes through the (real) resolver, whose answer is checked.
    assert await refusal(UrlFetcher(), local_site.url("/secret", host="localhost")) == loopback
    assert local_site.hits == []
    allowed = await UrlFetcher(policy=AddressPolicy(allow_private=True)).fetch(local_site.url("/secret"))
    assert allowed.body == b"internal metadata"


async def test_a_redirect_to_loopback_is_refused(public_site: Site, local_site: Site) -> None:
    message = await refusal(public_fetcher(), public_site.url("/to-loopback", host="news.example"))
    assert message == "I don't fetch from loopback addresses (127.0.0.1): only public web pages."
    assert (public_site.hits, local_site.hits) == (["/to-loopback"], [])


async def test_a_redirect_to_a_name_resolving_inward_is_refused(public_site: Site, local_site: Site) -> None:
    message = await refusal(public_fetcher(), public_site.url("/to-internal-name", host="news.example"))
    assert message == "I don't fetch from loopback addresses (127.0.0.1): only public web pages."
    assert (public_site.hits, local_site.hits) == (["/to-internal-name"], [])


async def test_a_name_resolving_to_a_private_address_is_refused() -> None:
    message = await refusal(public_fetcher(), "http://rebound.example/")
    assert message == "I don't fetch from private addresses (10.1.2.3): only public web pages."


class RebindingResolver(AbstractResolver):
    """Answers each lookup of a name with the next address of its list, as a DNS-rebinding attacker would."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = answers
        self.lookups = 0

    async def resolve(self, host: str, port: int = 0, family: object = None) -> list[ResolveResult]:
        address = self.answers[min(self.lookups, len(self.answers) - 1)]
        self.lookups += 1
        return await StaticResolver({host: address}).resolve(host, port)

    async def close(self) -> None:
        return None


async def test_a_session_keeps_its_connection_and_the_one_answer_it_checked(
    public_site: Site, local_site: Site
) -> None:
    policy = AddressPolicy(treat_as_public=frozenset({ipaddress.ip_address("127.0.0.2")}))
    resolver = RebindingResolver(["127.0.0.2", "127.0.0.1"])
    fetcher = UrlFetcher(policy=policy, resolver=resolver)
    url = public_site.url("/peer", host="news.example")
    async with fetcher.session() as session:
        ports = {(await session.fetch(url)).body for _ in range(3)}
    # Three pages over one connection, to the address checked once; the rebound answer was never asked for.
    assert (len(ports), resolver.lookups, public_site.hits) == (1, 1, ["/peer"] * 3)
    # A new session looks the name up again, and the rebound answer is refused.
    message = await refusal(fetcher, url)
    assert message == "I don't fetch from loopback addresses (127.0.0.1): only public web pages."
    assert (resolver.lookups, local_site.hits) == (2, [])


async def test_fetches_of_a_new_host_at_once_share_one_check(public_site: Site) -> None:
    policy = AddressPolicy(treat_as_public=frozenset({ipaddress.ip_address("127.0.0.2")}))
    resolver = RebindingResolver(["127.0.0.2", "127.0.0.1"])
    url = public_site.url("/ok", host="news.example")
    async with UrlFetcher(policy=policy, resolver=resolver).session() as session:
        pages = await asyncio.gather(*(session.fetch(url) for _ in range(4)))
    assert ([page.body for page in pages], resolver.lookups) == ([ARTICLE_HTML] * 4, 1)
