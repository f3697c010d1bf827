"""Fetching an article by URL (`article add https://...`): a careful HTTP client, nothing Discord-specific.

A URL typed by a moderator is fetched from the bot's own network, so the fetcher refuses to reach what the
public internet could not (SSRF): loopback, private, shared (CGNAT), link-local (cloud metadata at
169.254.169.254), unique- and site-local, multicast, documentation, benchmarking, reserved and unspecified
addresses, and IPv6 addresses that carry such an IPv4 address inside them (IPv4-mapped, IPv4-compatible, NAT64,
6to4, Teredo).

The decision never depends on how a library reads a host, because libraries disagree (aiohttp 3.13 handed
`2130706433` to the operating system, which connected to 127.0.0.1). For every URL it is about to request, the
first and each redirect hop (followed by hand, at most `MAX_REDIRECTS`), the fetcher:

1. refuses user names and passwords in the URL, which would otherwise be sent as credentials;
2. reads the host itself (`normalize_host`) the way browsers and `inet_aton` do: any host ending in a number is
   an IPv4 address in one of its spellings (`2130706433`, `0x7f.1`, `0177.0.0.1`, `127.1`, `127.0.0.1.`) or an
   error, never a name to look up;
3. for an IP literal, checks it and rewrites the URL to its canonical spelling, which aiohttp connects to as is;
4. for a name, resolves it itself (through the injectable resolver), checks every address of the answer, and
   pins the answer: aiohttp's connector asks `PinnedResolver`, which only repeats checked answers, so what is
   checked is exactly what is connected to, and DNS rebinding between a check and a connection cannot happen.
   A `FetchSession` (many fetches, as a feed poll makes) checks a host once and keeps its connections alive;
   they were all made to the one answer it checked and pinned.

Bodies are streamed and abandoned past `max_bytes`; only HTML, plain text and Markdown are accepted. The resolver
is injectable (tests resolve names to a local test server); `allow_private` lifts the address rule, for testing on
one's own network.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import ipaddress
import re
import socket
import urllib.parse
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from bot import messages

MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
USER_AGENT = "IncidentDesk/0.1 (article fetcher of a Discord bot)"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CONTENT_FORMATS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/feed+json": "feed",
    "application/json": "feed",
}
# What a feed may be served as: its own types, and the generic ones misconfigured servers use.
FEED_FORMATS = ("feed", "html", "text")
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.1"
)
ARTICLE_ACCEPT = "text/html, text/plain, text/markdown;q=0.9, */*;q=0.1"
RATE_LIMIT_STATUSES = frozenset({429, 503})

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """A page could not be fetched; the message says why, for the person who asked."""


class RateLimited(FetchError):
    """The server asked us to slow down (429, or 503 with Retry-After): come back after `retry_after` seconds."""

    def __init__(self, message: str, retry_after: float | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str  # after redirects
    body: bytes
    format: str  # html | text | markdown | feed; as `parse_document` reads it
    content_type: str
    status: int = 200  # 304: not modified since the validators sent (the body is empty)
    etag: str | None = None
    last_modified: str | None = None


# A DNS label as it reaches us after yarl's IDNA encoding (underscores occur in real host names).
_NAME_LABEL = re.compile(r"[a-z0-9_-]{1,63}")
_IPV4_DIGITS = {16: re.compile(r"[0-9a-f]+"), 8: re.compile(r"[0-7]+"), 10: re.compile(r"[0-9]+")}

_v4 = ipaddress.IPv4Network
_v6 = ipaddress.IPv6Network

# Ranges that are not the public internet, named for the refusal message. Python's `is_global` and `is_private`
# change between patch releases (3.11.7 calls 192.0.0.8 and fec0::1 global), so the list is explicit; the
# `is_*` flags are still consulted after it, so that nothing Python knows to be non-global passes either.
# Order matters where ranges nest: the narrower one comes first.
_NON_PUBLIC_V4: tuple[tuple[ipaddress.IPv4Network, str], ...] = (
    (_v4("0.0.0.0/32"), "unspecified"),
    (_v4("0.0.0.0/8"), "reserved"),  # "this network": Linux connects 0.x.x.x to the local host
    (_v4("10.0.0.0/8"), "private"),
    (_v4("100.64.0.0/10"), "carrier-grade NAT"),
    (_v4("127.0.0.0/8"), "loopback"),
    (_v4("169.254.0.0/16"), "link-local"),
    (_v4("172.16.0.0/12"), "private"),
    (_v4("192.0.0.0/24"), "special-purpose"),  # IETF protocol assignments, 192.0.0.8 among them
    (_v4("192.0.2.0/24"), "documentation"),
    (_v4("192.88.99.0/24"), "reserved"),  # the deprecated 6to4 relay anycast
    (_v4("192.168.0.0/16"), "private"),
    (_v4("198.18.0.0/15"), "benchmarking"),
    (_v4("198.51.100.0/24"), "documentation"),
    (_v4("203.0.113.0/24"), "documentation"),
    (_v4("224.0.0.0/4"), "multicast"),
    (_v4("255.255.255.255/32"), "broadcast"),
    (_v4("240.0.0.0/4"), "reserved"),
)
_NON_PUBLIC_V6: tuple[tuple[ipaddress.IPv6Network, str], ...] = (
    (_v6("::/128"), "unspecified"),
    (_v6("::1/128"), "loopback"),
    (_v6("::/96"), "reserved"),  # deprecated IPv4-compatible addresses
    (_v6("64:ff9b:1::/48"), "private"),  # local-use NAT64 (RFC 8215)
    (_v6("100::/64"), "reserved"),  # discard-only
    (_v6("2001:db8::/32"), "documentation"),
    (_v6("2001::/23"), "special-purpose"),  # IETF protocol assignments: Teredo, benchmarking, ORCHID
    (_v6("3fff::/20"), "documentation"),
    (_v6("5f00::/16"), "reserved"),  # SRv6 segment identifiers
    (_v6("fc00::/7"), "unique-local"),
    (_v6("fe80::/10"), "link-local"),
    (_v6("fec0::/10"), "site-local"),
    (_v6("ff00::/8"), "multicast"),
)
# Only 2000::/3 is allocated as global unicast; IPv6 outside it is refused unless it is a translation of a
# public IPv4 address (below).
_GLOBAL_UNICAST = _v6("2000::/3")

# IPv6 addresses that carry an IPv4 address; the embedded address is checked like any other.
_IPV4_MAPPED = _v6("::ffff:0:0/96")  # ::ffff:a.b.c.d: a dual-stack socket connects to a.b.c.d itself
_IPV4_TRANSLATED = _v6("::ffff:0:0:0/96")  # SIIT (RFC 2765)
_IPV4_COMPATIBLE = _v6("::/96")
_NAT64 = _v6("64:ff9b::/96")  # a NAT64 gateway forwards to the IPv4 address in the last 32 bits
_NAT64_LOCAL = _v6("64:ff9b:1::/48")
_SIX_TO_FOUR = _v6("2002::/16")  # the IPv4 address is bits 16-48
_TEREDO = _v6("2001::/32")  # server IPv4 in bits 32-64, client IPv4 inverted in the last 32 bits
# Where reaching the IPv6 address means reaching the embedded IPv4 address and nothing else: the verdict on the
# IPv4 address is the verdict on the whole.
_TRANSLATIONS = (_IPV4_MAPPED, _NAT64)


def _ipv4_number(text: str) -> int | None:
    """One dot-separated part of an IPv4 address, as the URL standard and `inet_aton` read it, or None."""
    if not text:
        return None
    if text.startswith("0x"):
        digits, base = text[2:], 16
    elif len(text) > 1 and text.startswith("0"):
        digits, base = text[1:], 8
    else:
        digits, base = text, 10
    if not digits:  # "0x" alone is zero, as browsers read it
        return 0
    if not _IPV4_DIGITS[base].fullmatch(digits):
        return None
    return int(digits, base)


def _parse_ipv4(parts: list[str]) -> ipaddress.IPv4Address:
    """The IPv4 address of 1 to 4 numeric parts: the last fills the remaining bytes (127.1 is 127.0.0.1)."""
    numbers = [_ipv4_number(part) for part in parts]
    if len(numbers) > 4 or any(number is None for number in numbers):
        raise ValueError("not an IPv4 address")
    values = [number for number in numbers if number is not None]
    if any(value > 255 for value in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
        raise ValueError("IPv4 part out of range")
    address = values[-1]
    for index, value in enumerate(values[:-1]):
        address += value << (8 * (3 - index))
    return ipaddress.IPv4Address(address)


@functools.lru_cache(maxsize=4096)
def normalize_host(host: str) -> IPAddress | str:
    """A URL host as an IP address, whatever its spelling, or as a lower-case DNS name.

    Follows the URL standard (what browsers do), which agrees with `inet_aton`: a host whose last label is a
    number (decimal, octal with a leading 0, hex with 0x) is an IPv4 address or invalid, never a name. IPv6 comes
    with or without brackets. Raises ValueError for what is neither, for zone ids and for odd characters, so no
    library gets to guess. Remembered: a feed poll asks it of the same few hosts ten thousand times.
    """
    text = host.lower()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
        if ":" not in text:
            raise ValueError("brackets around something that is not IPv6")
    if ":" in text:
        if "%" in text:  # a zone id ties the address to an interface of this machine
            raise ValueError("IPv6 zone ids are not fetched")
        return ipaddress.IPv6Address(text)
    labels = text.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()  # one trailing dot: the fully qualified spelling of the same host
    last = labels[-1]
    if last.isascii() and (last.isdigit() or (last.startswith("0x") and _ipv4_number(last) is not None)):
        return _parse_ipv4(labels)
    if not all(_NAME_LABEL.fullmatch(label) for label in labels):
        raise ValueError("not a valid host name")
    return text


def embedded_ipv4(address: IPAddress) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (IPv4-mapped, -translated, -compatible, NAT64, 6to4, Teredo)."""
    if isinstance(address, ipaddress.IPv4Address):
        return []
    last_32 = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in _IPV4_MAPPED or address in _IPV4_TRANSLATED or address in _NAT64 or address in _NAT64_LOCAL:
        return [last_32]
    if address in _IPV4_COMPATIBLE:
        # :: and ::1 are the IPv6 unspecified and loopback addresses, not IPv4 0.0.0.0 and 0.0.0.1.
        return [] if int(address) <= 1 else [last_32]
    if address in _SIX_TO_FOUR:
        return [ipaddress.IPv4Address((int(address) >> 80) & 0xFFFFFFFF)]
    if address in _TEREDO:
        server = ipaddress.IPv4Address((int(address) >> 64) & 0xFFFFFFFF)
        client = ipaddress.IPv4Address(~int(address) & 0xFFFFFFFF)
        return [server, client]
    return []


def non_public_kind(address: IPAddress) -> str | None:
    """What kind of non-public address this is ("loopback", "private", ...), or None for a public one.

    Looks at the address alone; `AddressPolicy.refusal` also checks the IPv4 addresses embedded in it.
    """
    table: tuple[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str], ...]
    table = _NON_PUBLIC_V4 if isinstance(address, ipaddress.IPv4Address) else _NON_PUBLIC_V6
    for network, kind in table:
        if address in network:
            return kind
    for kind, flagged in (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("non-public", not address.is_global),
    ):
        if flagged:
            return kind
    if isinstance(address, ipaddress.IPv6Address) and address not in _GLOBAL_UNICAST:
        return "reserved"
    return None


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    allow_private: bool = False
    # Addresses to treat as public: only tests use it, to stand a loopback server in for a public one.
    treat_as_public: frozenset[IPAddress] = field(default_factory=frozenset)

    def refusal(self, address: IPAddress) -> str | None:
        """Why the address may not be fetched from, or None when it may."""
        if self.allow_private or address in self.treat_as_public:
            return None
        # An embedded IPv4 address is checked first: it is what the packets may end up reaching, and the more
        # telling address to name in the message.
        for inner in embedded_ipv4(address):
            reason = self.refusal(inner)
            if reason is not None:
                return reason
        if isinstance(address, ipaddress.IPv6Address) and any(address in net for net in _TRANSLATIONS):
            return None  # a public IPv4 address, reached through a translation
        kind = non_public_kind(address)
        return None if kind is None else messages.fetch_refused_address(str(address), kind)

    def check(self, address: IPAddress) -> None:
        reason = self.refusal(address)
        if reason is not None:
            raise FetchError(reason)


def _pin_key(host: str) -> str:
    return host.lower().rstrip(".")


class PinnedResolver(AbstractResolver):
    """The resolver aiohttp's connector asks: it repeats answers the fetcher has checked, and knows no others.

    A second lookup by the library could get a different answer than the one checked (DNS rebinding, or a
    library that reads a host differently); with this resolver there is no second lookup.
    """

    def __init__(self) -> None:
        self._pins: dict[str, list[IPAddress]] = {}

    def pin(self, host: str, addresses: list[IPAddress]) -> None:
        self._pins[_pin_key(host)] = addresses

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        addresses = self._pins.get(_pin_key(host))
        if not addresses:
            raise OSError(f"{host}: not resolved and checked by the fetcher")
        return [
            {
                "hostname": host,
                "host": str(address),
                "port": port,
                "family": socket.AF_INET6 if address.version == 6 else socket.AF_INET,
                "proto": 0,
                "flags": 0,
            }
            for address in addresses
        ]

    async def close(self) -> None:
        return None


class StaticResolver(AbstractResolver):
    """Names to fixed addresses: for tests, and for anyone who must pin a host."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        if host not in self.table:
            raise OSError(f"{host}: unknown host")
        address = self.table[host]
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [{"hostname": host, "host": address, "port": port, "family": family, "proto": 0, "flags": 0}]

    async def close(self) -> None:
        return None


@dataclass(frozen=True, slots=True)
class _Target:
    """A URL ready to request: its host is canonical, and `addresses` are the checked ones to connect to."""

    url: URL
    host: IPAddress | str
    addresses: list[IPAddress]


class UrlFetcher:
    """How pages are fetched (limits, address policy, resolver); `fetch` for one page, `session` for many."""

    def __init__(
        self,
        *,
        timeout_seconds: float = 15.0,
        max_bytes: int = 5_000_000,
        policy: AddressPolicy | None = None,
        resolver: AbstractResolver | None = None,
        accepted_formats: Collection[str] = ("html", "text", "markdown"),
    ) -> None:
        self.timeout_seconds = timeout_seconds
        self.max_bytes = max_bytes
        self.policy = policy or AddressPolicy()
        self.resolver = resolver
        self.accepted_formats = frozenset(accepted_formats)

    def session(self) -> FetchSession:
        """Many fetches over kept-alive connections (a feed poll): `async with fetcher.session() as session`."""
        return FetchSession(self)

    async def fetch(
        self,
        url: str,
        *,
        formats: Collection[str] | None = None,
        accept: str = ARTICLE_ACCEPT,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchedPage:
        """The page at `url` in one of `formats` (default: the fetcher's); with validators (`etag`,
        `last_modified`) a conditional request, answered with a status 304 page when nothing changed."""
        async with self.session() as session:
            return await session.fetch(
                url, formats=formats, accept=accept, etag=etag, last_modified=last_modified
            )


class FetchSession:
    """Fetches sharing one connection pool, opened and closed with `async with`.

    Connections are kept alive between fetches to the same host, which saves a connection per page when a poll
    reads hundreds of pages from one site. That is safe because a host is resolved and checked once per session
    and the pool's connector only ever knows the checked answer (`PinnedResolver`): every connection, new or
    kept, goes to an address that was checked. A session lives for one poll, so a changed DNS answer is seen by
    the next one.
    """

    def __init__(self, fetcher: UrlFetcher) -> None:
        self.fetcher = fetcher
        self._resolver: AbstractResolver | None = None
        self._pinned = PinnedResolver()
        # One check per host, shared by the fetches that ask for it at once.
        self._checked_hosts: dict[str, asyncio.Task[list[IPAddress]]] = {}
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> FetchSession:
        self._resolver = self.fetcher.resolver or aiohttp.ThreadedResolver()
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(resolver=self._pinned, use_dns_cache=False),
            headers={"User-Agent": USER_AGENT},
            cookie_jar=aiohttp.DummyCookieJar(),
            trust_env=False,  # no proxy or .netrc from the environment: we connect where we checked
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._resolver is not None and self.fetcher.resolver is None:
            await self._resolver.close()
        for lookup in self._checked_hosts.values():
            lookup.cancel()

    async def fetch(
        self,
        url: str,
        *,
        formats: Collection[str] | None = None,
        accept: str = ARTICLE_ACCEPT,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchedPage:
        """As `UrlFetcher.fetch`, over this session's connections."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        accepted = frozenset(formats) if formats is not None else self.fetcher.accepted_formats
        try:
            async with asyncio.timeout(self.fetcher.timeout_seconds):
                return await self._fetch(url, headers, accepted)
        except TimeoutError:
            raise FetchError(messages.fetch_timed_out(self.fetcher.timeout_seconds)) from None

    async def _fetch(self, url: str, headers: dict[str, str], accepted: frozenset[str]) -> FetchedPage:
        if self._session is None:
            raise RuntimeError("FetchSession.fetch outside `async with`")
        parsed = self._parsed(url)  # a malformed URL is refused before anything else is set up
        for _hop in range(MAX_REDIRECTS + 1):
            target = await self._checked(parsed)
            try:
                async with self._session.get(target.url, headers=headers, allow_redirects=False) as response:
                    if response.status in REDIRECT_STATUSES and "Location" in response.headers:
                        parsed = self._parsed(self._redirect_location(response))
                        continue
                    return await self._read(response, accepted)
            except aiohttp.ClientConnectorError as error:
                raise FetchError(messages.fetch_unreachable(target.url.host or "")) from error
            except aiohttp.ClientError as error:
                raise FetchError(messages.fetch_failed(type(error).__name__)) from error
        raise FetchError(messages.fetch_too_many_redirects(MAX_REDIRECTS))

    @staticmethod
    def _redirect_location(response: aiohttp.ClientResponse) -> str:
        location = response.headers["Location"]
        try:
            return str(response.url.join(URL(location)))
        except ValueError:
            raise FetchError(messages.fetch_bad_url(location)) from None

    @staticmethod
    def _parsed(url: str) -> URL:
        """The URL if it is an http(s) URL without credentials, else FetchError; no connection is made."""
        text = url.strip()
        try:
            parsed = URL(text)
            netloc = urllib.parse.urlsplit(text).netloc
        except ValueError:
            raise FetchError(messages.fetch_bad_url(url)) from None
        if parsed.scheme not in ("http", "https") or not parsed.raw_host:
            raise FetchError(messages.fetch_bad_url(url))
        # Credentials would be sent as Basic auth. Both yarl's reading and the standard library's are checked,
        # so that a URL one of them reads differently (`http://a@b@c/`) is refused too.
        if parsed.raw_user is not None or parsed.raw_password is not None or "@" in netloc:
            raise FetchError(messages.FETCH_CREDENTIALS_REFUSED)
        return parsed

    async def _checked(self, parsed: URL) -> _Target:
        """Normalise the host, find and check every address it stands for; FetchError if any is refused."""
        raw_host = parsed.raw_host or ""
        try:
            host = normalize_host(raw_host)
        except ValueError:
            raise FetchError(messages.fetch_unreadable_host(str(parsed))) from None
        if not isinstance(host, str):
            self.fetcher.policy.check(host)
            # The canonical spelling is what aiohttp gets: it connects to a canonical literal without a lookup.
            canonical = parsed.with_host(str(host))
            if canonical.raw_host is None or ipaddress.ip_address(canonical.raw_host) != host:
                raise FetchError(messages.fetch_unreadable_host(str(parsed)))
            return _Target(canonical, host, [host])
        key = _pin_key(host)
        lookup = self._checked_hosts.get(key)
        if lookup is None:
            lookup = self._checked_hosts[key] = asyncio.ensure_future(
                self._check_host(host, parsed.port or 0)
            )
        # A refused answer fails every fetch of the host in this session, as it should.
        return _Target(parsed, host, await asyncio.shield(lookup))

    async def _check_host(self, host: str, port: int) -> list[IPAddress]:
        """Resolve and check a host, and pin the answer: once per session, never replaced, so the pool's kept
        connections were all made to this answer."""
        addresses = await self._resolve(host, port)
        for address in addresses:
            self.fetcher.policy.check(address)
        self._pinned.pin(host, addresses)
        return addresses

    async def _resolve(self, host: str, port: int) -> list[IPAddress]:
        if self._resolver is None:
            raise RuntimeError("FetchSession.fetch outside `async with`")
        try:
            answers = await self._resolver.resolve(host, port, family=socket.AF_UNSPEC)
            addresses = [ipaddress.ip_address(answer["host"]) for answer in answers]
        except (OSError, ValueError):
            raise FetchError(messages.fetch_unreachable(host)) from None
        if not addresses:
            raise FetchError(messages.fetch_unreachable(host))
        return addresses

    async def _read(self, response: aiohttp.ClientResponse, accepted: frozenset[str]) -> FetchedPage:
        etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        if response.status == 304:
            return FetchedPage(str(response.url), b"", "", "", 304, etag, modified)
        if response.status in RATE_LIMIT_STATUSES and (
            response.status == 429 or "Retry-After" in response.headers
        ):
            raise RateLimited(
                messages.fetch_status(response.status, response.reason or ""),
                retry_after_seconds(response.headers.get("Retry-After")),
            )
        if response.status >= 400:
            raise FetchError(messages.fetch_status(response.status, response.reason or ""))
        fmt = CONTENT_FORMATS.get(response.content_type.lower())
        if fmt is None or fmt not in accepted:
            raise FetchError(messages.fetch_wrong_type(response.content_type or "unknown"))
        max_bytes = self.fetcher.max_bytes
        if response.content_length is not None and response.content_length > max_bytes:
            raise FetchError(messages.fetch_too_large(max_bytes))
        body = bytearray()
        async for chunk in response.content.iter_chunked(CHUNK_BYTES):
            body.extend(chunk)
            if len(body) > max_bytes:
                raise FetchError(messages.fetch_too_large(max_bytes))
        return FetchedPage(
            str(response.url), bytes(body), fmt, response.content_type, response.status, etag, modified
        )


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header (seconds, or an HTTP date) as seconds from now; None when absent or unreadable."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
