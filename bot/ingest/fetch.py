"""Fetching an article by URL (`article add https://...`): a careful HTTP client, nothing Discord-specific.

A URL typed by a moderator is fetched from the bot's own network, so the fetcher refuses to reach what the
public internet could not (SSRF): loopback, private, link-local (cloud metadata at 169.254.169.254), multicast,
reserved and unspecified addresses. It checks twice, because either check alone can be dodged:

- every URL it is about to request, the first and each redirect hop (followed by hand, at most
  `MAX_REDIRECTS`), when its host is an IP literal (aiohttp connects to literals without resolving them);
- every address a host name resolves to, inside the connector's resolver (`GuardedResolver`), so what is checked
  is exactly what is connected to: a name that resolves to 127.0.0.1, or DNS rebinding between a check and a
  connection, is refused too.

Bodies are streamed and abandoned past `max_bytes`; only HTML, plain text and Markdown are accepted. The resolver
is injectable (tests resolve names to a local test server); `allow_private` lifts the address rule, for testing on
one's own network.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Collection
from dataclasses import dataclass, field

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
}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class FetchError(Exception):
    """A page could not be fetched; the message says why, for the person who asked."""


@dataclass(frozen=True, slots=True)
class FetchedPage:
    url: str  # after redirects
    body: bytes
    format: str  # html | text | markdown, as `parse_document` reads it
    content_type: str


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    allow_private: bool = False
    # Addresses to treat as public: only tests use it, to stand a loopback server in for a public one.
    treat_as_public: frozenset[IPAddress] = field(default_factory=frozenset)

    def refusal(self, address: IPAddress) -> str | None:
        """Why the address may not be fetched from, or None when it may."""
        if self.allow_private or address in self.treat_as_public:
            return None
        mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
        if mapped is not None:
            return self.refusal(mapped)
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
                return messages.fetch_refused_address(str(address), kind)
        return None

    def check(self, address: IPAddress) -> None:
        reason = self.refusal(address)
        if reason is not None:
            raise FetchError(reason)


class GuardedResolver(AbstractResolver):
    """Resolves through `inner`, then refuses the whole answer if any address is not public."""

    def __init__(self, inner: AbstractResolver, policy: AddressPolicy) -> None:
        self.inner = inner
        self.policy = policy

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self.inner.resolve(host, port, family)
        for result in results:
            self.policy.check(ipaddress.ip_address(result["host"]))
        return results

    async def close(self) -> None:
        await self.inner.close()


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


class UrlFetcher:
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
        self._resolver = resolver
        self.accepted_formats = frozenset(accepted_formats)

    async def fetch(self, url: str) -> FetchedPage:
        try:
            async with asyncio.timeout(self.timeout_seconds):
                return await self._fetch(url)
        except TimeoutError:
            raise FetchError(messages.fetch_timed_out(self.timeout_seconds)) from None

    async def _fetch(self, url: str) -> FetchedPage:
        target = self._checked(url)
        resolver = GuardedResolver(self._resolver or aiohttp.ThreadedResolver(), self.policy)
        # No DNS cache: every connection asks the guarded resolver, so a rebinding answer is seen and refused.
        connector = aiohttp.TCPConnector(resolver=resolver, use_dns_cache=False, force_close=True)
        async with aiohttp.ClientSession(
            connector=connector,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html, text/plain, text/markdown;q=0.9, */*;q=0.1",
            },
            cookie_jar=aiohttp.DummyCookieJar(),
        ) as session:
            for _hop in range(MAX_REDIRECTS + 1):
                try:
                    async with session.get(target, allow_redirects=False) as response:
                        if response.status in REDIRECT_STATUSES and "Location" in response.headers:
                            target = self._checked(str(response.url.join(URL(response.headers["Location"]))))
                            continue
                        return await self._read(response)
                except aiohttp.ClientConnectorError as error:
                    raise FetchError(messages.fetch_unreachable(target.host or "")) from error
                except aiohttp.ClientError as error:
                    raise FetchError(messages.fetch_failed(type(error).__name__)) from error
        raise FetchError(messages.fetch_too_many_redirects(MAX_REDIRECTS))

    def _checked(self, url: str) -> URL:
        try:
            parsed = URL(url.strip())
        except ValueError:
            raise FetchError(messages.fetch_bad_url(url)) from None
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise FetchError(messages.fetch_bad_url(url))
        try:
            literal: IPAddress | None = ipaddress.ip_address(parsed.host)
        except ValueError:
            literal = None
        if literal is not None:
            self.policy.check(literal)
        return parsed

    async def _read(self, response: aiohttp.ClientResponse) -> FetchedPage:
        if response.status >= 400:
            raise FetchError(messages.fetch_status(response.status, response.reason or ""))
        fmt = CONTENT_FORMATS.get(response.content_type.lower())
        if fmt is None or fmt not in self.accepted_formats:
            raise FetchError(messages.fetch_wrong_type(response.content_type or "unknown"))
        if response.content_length is not None and response.content_length > self.max_bytes:
            raise FetchError(messages.fetch_too_large(self.max_bytes))
        body = bytearray()
        async for chunk in response.content.iter_chunked(CHUNK_BYTES):
            body.extend(chunk)
            if len(body) > self.max_bytes:
                raise FetchError(messages.fetch_too_large(self.max_bytes))
        return FetchedPage(str(response.url), bytes(body), fmt, response.content_type)
