"""News feeds (issue 11): real feed formats, and polling a news site on loopback end to end: conditional requests,
new and edited entries, pages that fail, rate limits, redirect loops, oversized feeds, health and notices, feed
filters, and a burst of entries that becomes one digest."""

from __future__ import annotations

import email.utils
import io
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bench.feedserver import FeedSite, article_page, rss
from bot.cli import main as cli
from bot.config import Settings
from bot.extract.gazetteer import Gazetteer
from bot.feeds import parse_feed_options
from bot.ingest.feeds import FeedError, _recovered_feed, _well_formed_feed, parse_feed
from bot.ingest.fetch import AddressPolicy, UrlFetcher
from bot.poller import FeedPoller
from bot.service import AsyncIncidentDesk

from .conftest import DATA, FIXTURES, NOW, SAMPLE

FEEDS = FIXTURES / "feeds"
GUILD, CHANNEL = 7, 70


def document(name: str, base: str) -> bytes:
    return (FEEDS / name).read_bytes().replace(b"{base}", base.encode())


# ---- reading feeds ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content_type", "title", "entries"),
    [
        ("rss2-wordpress.xml", "application/rss+xml", "Defence Desk", [
            ("http://news.test/?p=101", "http://news.test/2024/08/06/kn23-bila-tserkva/",
             "Russia’s rare use of North Korean missiles marks new escalation", "2024-08-06T14:48:00+00:00"),
            ("http://news.test/?p=99", "http://news.test/2024/05/16/odesa-shahed/", "Shahed drones hit Odesa",
             "2024-05-16T08:10:00+00:00"),
        ]),
        # Relative links resolve against xml:base and the feed's own address.
        ("atom-relative.xml", "application/atom+xml", "Regional Desk", [
            ("tag:regional.example,2024:odesa-port", "http://news.test/news/2024/08/06/odesa-port.html",
             "Drones attack Odesa port overnight", "2024-08-06T06:30:00+00:00"),
            ("tag:regional.example,2024:kyiv-air-defence", "http://news.test/news/2024/08/05/kyiv-air-defence.html",
             "Air defence active over Kyiv", "2024-08-05T19:10:00+00:00"),
        ]),
        ("rss1-rdf.xml", "application/rdf+xml", "Wire Service", [
            ("http://news.test/wire/kharkiv-kn23.html", "http://news.test/wire/kharkiv-kn23.html",
             "North Korean missile hits Kharkiv", "2024-01-02T12:00:00+00:00"),
        ]),
        ("jsonfeed.json", "application/feed+json", "Monitor", [
            ("monitor-2024-07-31-kn23", "http://news.test/monitor/kn23-bila-tserkva.html",
             "KN-23 strike near Bila Tserkva", "2024-08-06T14:48:00+00:00"),
        ]),
    ],
)  # fmt: skip
def test_feed_formats(
    name: str, content_type: str, title: str, entries: list[tuple[str, str, str, str]]
) -> None:
    parsed = parse_feed(document(name, "http://news.test"), "http://news.test/feed", content_type)
    assert parsed.title == title
    assert [
        (e.key, e.link, e.title, e.published.isoformat() if e.published else None) for e in parsed.entries
    ] == [(key, link, entry_title, published) for key, link, entry_title, published in entries]
    assert all(e.content for e in parsed.entries)


@pytest.mark.parametrize("name", ["rss2-wordpress.xml", "rss1-rdf.xml"])
def test_the_fast_reader_and_feedparser_read_a_well_formed_feed_alike(name: str) -> None:
    """A feed read the fast way one poll and by feedparser the next (it broke, then mended) keeps its entries:
    the same keys, links, dates and content hashes, so nothing is read again as edited."""
    raw = document(name, "http://news.test")
    fast = _well_formed_feed(raw, "http://news.test/feed")
    assert fast is not None
    recovered = _recovered_feed(raw, "http://news.test/feed", "application/xml")
    assert fast.title == recovered.title
    assert [(e.key, e.link, e.title, e.published, e.content_hash) for e in fast.entries] == [
        (e.key, e.link, e.title, e.published, e.content_hash) for e in recovered.entries
    ]


@pytest.mark.parametrize(
    "raw",
    [
        # An external entity would read a local file into an entry: feedparser, which resolves none, reads it.
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel>'
        b"<title>T</title><item><title>&x;</title><link>http://news.test/a</link></item></channel></rss>",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Cut',
    ],
)
def test_a_feed_with_a_dtd_or_broken_xml_is_not_read_the_fast_way(raw: bytes) -> None:
    assert _well_formed_feed(raw, "http://news.test/feed") is None
    assert "root:" not in "".join(
        e.title + e.content for e in parse_feed(raw, "http://news.test/feed").entries
    )


def test_a_feed_in_the_wrong_encoding_and_a_truncated_one_are_still_read() -> None:
    broken = parse_feed(document("rss2-broken-encoding.xml", "http://news.test"), "http://news.test/feed")
    assert [e.key for e in broken.entries] == [
        "http://news.test/uk-odesa-1"
    ]  # a guid is a permalink unless it says not
    assert broken.problem is not None
    assert broken.problem.startswith("read, though the feed is not well formed")
    truncated = parse_feed(document("rss2-truncated.xml", "http://news.test"), "http://news.test/feed")
    assert [e.title for e in truncated.entries][:1] == ["Вибухи в Одесі"]
    assert truncated.problem is not None


@pytest.mark.parametrize(
    "raw", [b"<html><body><p>Not a feed</p></body></html>", b"", b"\x00\xff\xfe", b'{"a": 1}']
)
def test_what_is_no_feed_says_so(raw: bytes) -> None:
    with pytest.raises(FeedError, match=r"^that address is not an RSS, Atom or JSON feed$"):
        parse_feed(raw, "http://news.test/feed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ("", 0, False, None)),
        ("KN-23, Kharkiv", ("KN-23, Kharkiv", 0, False, None)),
        ("KN-23 --backfill 5 --announce", ("KN-23", 5, True, None)),
        ("--backfill none --interval 15", ("", 0, False, 900)),
    ],
)
def test_feed_add_options(text: str, expected: tuple[str, int, bool, int | None]) -> None:
    options = parse_feed_options(text)
    assert (options.filter, options.backfill, options.announce, options.interval) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "--backfill all",
            "`all` is not a backfill: use `none` or a number of entries, such as `--backfill 10`",
        ),
        (
            "--loud",
            "`--loud` is not an option of `feed add`: use --backfill N, --announce or --interval MINUTES",
        ),
    ],
)
def test_bad_feed_add_options_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{message}$"):
        parse_feed_options(text)


# ---- polling a site on loopback -----------------------------------------------------------------------------


@dataclass
class Clock:
    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Newsroom:
    site: FeedSite
    desk: AsyncIncidentDesk
    poller: FeedPoller
    clock: Clock
    items: list[dict[str, str]] = field(default_factory=list)

    def publish(self, slug: str, title: str, when: str, paragraphs: list[str], *, page: bool = True) -> None:
        """A new entry on top of the feed, and its article page."""
        link = self.site.url(f"/{slug}/")
        self.items.insert(0, {"title": title, "link": link, "guid": f"post-{slug}", "date": when,
                              "description": paragraphs[0], "content": "".join(f"<p>{p}</p>" for p in paragraphs)})  # fmt: skip
        self.site.put("/feed/", rss("Defence Desk", self.items, base=self.site.base), "application/rss+xml")
        if page:
            published = email.utils.parsedate_to_datetime(when).isoformat()
            self.site.put(f"/{slug}/", article_page(title, published, paragraphs))

    async def poll(self, after_seconds: float = 700) -> list[str]:
        self.clock.advance(after_seconds)
        report = await self.poller.poll_due()
        return [o.status for o in report.outcomes]

    async def articles(self) -> list[tuple[str, str]]:
        answer = await self.desk.ask("!article list", page_size=50)
        return [(a.title, a.url or "") for a in answer.articles]

    async def feed(self, feed_id: int = 1) -> object:
        return await self.desk.read(lambda desk: desk.feeds.get(feed_id, any_owner=True))


SAMPLE_PARAGRAPHS = [p for p in SAMPLE.read_text().split("\n\n")[1:] if p.strip()]
ODESA = ["Russian Shahed drones attacked the port of Odesa overnight on 5 August, the regional governor said.",
         "Two people were injured."]  # fmt: skip


@pytest.fixture
async def newsroom(tmp_path: Path, gazetteer: Gazetteer) -> AsyncIterator[Newsroom]:
    site = FeedSite()
    await site.start()
    settings = Settings(db_path=tmp_path / "feeds.db", data_dir=DATA, allow_private_urls=True)
    clock = Clock()
    fetcher = UrlFetcher(policy=AddressPolicy(allow_private=True), timeout_seconds=5)
    desk = AsyncIncidentDesk(settings, gazetteer=gazetteer, clock=clock, fetcher=fetcher)
    room = Newsroom(site, desk, FeedPoller(desk, fetcher), clock)
    room.publish("odesa-shahed", "Shahed drones hit Odesa", "Tue, 06 Aug 2024 08:10:00 +0000", ODESA)
    yield room
    await desk.close()
    await site.stop()


async def subscribe_all(room: Newsroom) -> None:
    await room.desk.subscribe(GUILD, CHANNEL, "", None)


async def queued(room: Newsroom) -> list[tuple[str, bool, int]]:
    """What the alert queue would send now: (kind, digest, incidents) per message."""
    await room.desk.queue_alerts()
    batches = await room.desk.claim_alerts("test")
    for batch in batches:
        await room.desk.alert_delivered(batch, None)
    return [(b.kind, b.digest, len(b.incidents)) for b in batches]


async def test_a_feed_added_marks_what_is_there_as_seen_and_reads_what_comes_next(newsroom: Newsroom) -> None:
    room = newsroom
    added = await room.poller.add(room.site.url("/feed/"), guild_id=GUILD, channel_id=CHANNEL)
    assert added.message == (
        "Feed 1 added: `Defence Desk`, 1 entry now; the 1 entry already there is marked as seen, not announced."
    )
    await subscribe_all(room)
    assert await room.poll() == []  # nothing new: the entry already there is not read, and never announced
    room.publish("kn23-bila-tserkva", "Russia's rare use of North Korean missiles", "Tue, 06 Aug 2024 14:48:00 +0000",
                 SAMPLE_PARAGRAPHS)  # fmt: skip
    assert await room.poll() == ["added"]
    (incident,) = (await room.desk.ask("!incident KN-23")).incidents
    assert (incident.day.isoformat(), incident.places) == ("2024-07-31", ("Bila Tserkva", "Kyiv Oblast"))
    assert incident.sources[0].url == room.site.url("/kn23-bila-tserkva/")
    assert await queued(room) == [("new", False, 1)]
    # A second poll: the feed answers 304 Not Modified, nothing is read or announced.
    assert await room.poll() == []
    assert room.site.not_modified["/feed/"] == 1
    assert await queued(room) == []
    feed = await room.desk.read(lambda desk: desk.feeds.get(1, GUILD))
    assert feed is not None
    assert (feed.failures, feed.last_error, feed.entries_seen) == (0, None, 2)


async def test_an_edited_entry_updates_its_article_and_never_alerts_again(newsroom: Newsroom) -> None:
    room = newsroom
    await room.poller.add(room.site.url("/feed/"), guild_id=GUILD, channel_id=CHANNEL)
    await subscribe_all(room)
    room.publish(
        "kn23-bila-tserkva", "North Korean missile", "Tue, 06 Aug 2024 14:48:00 +0000", SAMPLE_PARAGRAPHS
    )
    assert await room.poll() == ["added"]
    assert await queued(room) == [("new", False, 1)]
    edited = [*SAMPLE_PARAGRAPHS, "Update: the regional administration said four people were injured."]
    room.items[0]["content"] = "".join(f"<p>{p}</p>" for p in edited)
    room.site.put("/feed/", rss("Defence Desk", room.items, base=room.site.base), "application/rss+xml")
    room.site.put(
        "/kn23-bila-tserkva/", article_page("North Korean missile", "2024-08-06T14:48:00+03:00", edited)
    )
    assert await room.poll() == ["updated"]
    assert len(await room.articles()) == 1
    assert await queued(room) == []


async def test_entry_pages_that_fail_are_read_from_the_entry(newsroom: Newsroom) -> None:
    room = newsroom
    await room.poller.add(room.site.url("/feed/"), guild_id=None, channel_id=None)
    room.publish("kharkiv", "Missile hits Kharkiv", "Tue, 02 Jan 2024 12:00:00 +0000",
                 ["A KN-23 ballistic missile struck Kharkiv on Tuesday, 2 January, the governor said."], page=False)  # fmt: skip
    room.publish("empty", "Drones over Sumy", "Wed, 03 Jan 2024 12:00:00 +0000",
                 ["Shahed drones attacked Sumy on Wednesday, 3 January, the regional administration said."])  # fmt: skip
    room.site.put("/empty/", "<html><body><nav>Home</nav></body></html>")
    assert await room.poll() == ["added", "added"]
    notes = await room.desk.read(lambda desk: [json_notes(desk, i) for i in (1, 2)])
    assert notes == [
        [
            "read from the feed entry, not its page (empty has no usable article text (after removing page clutter, "
            "nothing was left))"
        ],
        ["read from the feed entry, not its page (The site answered 404 Not Found)"],
    ]
    assert [i.places for i in (await room.desk.ask("!summary 2024-01-02..2024-01-03")).incidents] == [
        ("Sumy",),
        ("Kharkiv",),
    ]


def json_notes(desk: object, article_id: int) -> list[str]:
    import json

    row = desk.store.article(article_id)  # type: ignore[attr-defined]
    return list(json.loads(row["notes"]))


@pytest.mark.parametrize(
    ("setup", "error"),
    [
        (lambda site: site.put("/feed/", "slow down", "text/plain", status=429, headers={"Retry-After": "7200"}),
         "The site answered 429 Too Many Requests."),
        (lambda site: site.put("/feed/", "", "text/plain", status=301, headers={"Location": "/feed/"}),
         "The page redirected more than 5 times."),
        (lambda site: site.put("/feed/", b"<rss>" + b"x" * 6_000_000, "application/rss+xml"),
         "The page is larger than 5 MB"),
        (lambda site: site.put("/feed/", "<html><body>Moved</body></html>"),
         "that address is not an RSS, Atom or JSON feed"),
    ],
)  # fmt: skip
async def test_a_failing_feed_backs_off_says_why_and_pauses_with_one_notice(
    newsroom: Newsroom, setup: object, error: str
) -> None:
    room = newsroom
    await room.poller.add(room.site.url("/feed/"), guild_id=GUILD, channel_id=CHANNEL)
    setup(room.site)  # type: ignore[operator]
    waits = []
    for _ in range(5):
        before = room.clock.now
        assert await room.poll(after_seconds=8 * 3600) == []
        feed = await room.desk.read(lambda desk: desk.feeds.get(1, GUILD))
        assert feed is not None
        assert feed.last_error is not None
        assert feed.last_error.startswith(error)
        waits.append((datetime.fromisoformat(feed.next_poll_at) - before).total_seconds() - 8 * 3600)
    assert waits[0] >= (7200 if "429" in error else 1200)  # backed off, and never before a Retry-After
    assert (feed.status, feed.failures) == ("paused", 5)
    notices = await room.desk.read(lambda desk: desk.feeds.notices())
    assert [(channel, text.split(". Last error")[0]) for _, channel, text in notices] == [
        (CHANNEL, "Feed 1 (`Defence Desk`) failed 5 times in a row and is paused")
    ]
    assert await room.poll(after_seconds=8 * 3600) == []  # paused: not polled
    resumed = await room.desk.write(lambda desk: desk.feeds.resume(1, GUILD))
    assert resumed is not None
    assert (resumed.status, resumed.failures) == ("active", 0)


async def test_one_report_in_two_feeds_is_one_article(newsroom: Newsroom) -> None:
    room = newsroom
    room.site.put("/mirror/", rss("Mirror", room.items, base=room.site.base), "application/rss+xml")
    await room.poller.add(room.site.url("/feed/"), guild_id=GUILD, channel_id=CHANNEL, backfill=1)
    await room.poller.add(room.site.url("/mirror/"), guild_id=8, channel_id=80, backfill=1)
    assert len(await room.articles()) == 1
    assert room.site.hits["/odesa-shahed/"] == 2  # read twice, stored once


async def test_a_feed_filter_limits_which_incidents_alert(newsroom: Newsroom) -> None:
    room = newsroom
    added = await room.poller.add(
        room.site.url("/feed/"), guild_id=GUILD, channel_id=CHANNEL, filter_text="KN-23"
    )
    assert added.feed is not None
    assert added.feed.filter.labels == ("KN-23",)
    await subscribe_all(room)
    room.publish("kn23", "North Korean missile", "Tue, 06 Aug 2024 14:48:00 +0000", SAMPLE_PARAGRAPHS)
    room.publish("shahed-kyiv", "Drones over Kyiv", "Wed, 07 Aug 2024 06:00:00 +0000",
                 ["Shahed drones attacked Kyiv overnight on 7 August, the city administration said."])  # fmt: skip
    assert await room.poll() == ["added", "added"]
    assert [i.id for i in (await room.desk.ask("!summary 2024-07-31..2024-08-07")).incidents] == [1, 2]
    alerts = await room.desk.write(lambda desk: desk.alerts.queue())
    assert alerts == 1  # the KN-23 incident only


async def test_a_burst_of_entries_is_one_digest(newsroom: Newsroom) -> None:
    room = newsroom
    await room.poller.add(room.site.url("/feed/"), guild_id=GUILD, channel_id=CHANNEL)
    await subscribe_all(room)
    for day in range(1, 21):
        room.publish(f"kharkiv-{day}", f"Strike on Kharkiv, {day} June", f"Sat, {day:02d} Jun 2024 10:00:00 +0000",
                     [f"A Russian missile struck Kharkiv on {day} June 2024, the governor said."])  # fmt: skip
    assert await room.poll() == ["added"] * 20
    assert await queued(room) == [("new", True, 20)]


async def test_adding_a_feed_with_backfill_reads_the_latest_entries_now(newsroom: Newsroom) -> None:
    room = newsroom
    room.publish("kn23", "North Korean missile", "Tue, 06 Aug 2024 14:48:00 +0000", SAMPLE_PARAGRAPHS)
    await subscribe_all(room)
    added = await room.poller.add(room.site.url("/feed/"), guild_id=GUILD, channel_id=CHANNEL, backfill=1)
    assert added.message == (
        "Feed 1 added: `Defence Desk`, 2 entries now; the latest 1 entry will be read now and filed silently; "
        "the rest are marked as seen."
    )
    assert [o.status for o in added.report.outcomes] == ["added"]
    assert await queued(room) == []  # filed silently
    assert await room.poll() == []  # the other entry was marked as seen


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:1/feed", "I could not add `http://127.0.0.1:1/feed`: "),
        ("file:///etc/passwd", "I could not add `file:///etc/passwd`: "),
    ],
)
async def test_a_feed_that_cannot_be_read_is_not_added(newsroom: Newsroom, url: str, message: str) -> None:
    added = await newsroom.poller.add(url, guild_id=GUILD, channel_id=CHANNEL)
    assert added.feed is None
    assert added.message.startswith(message)
    assert await newsroom.desk.read(lambda desk: desk.feeds.feeds(GUILD)) == []


# ---- the command line ---------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.setenv("ALLOW_PRIVATE_URLS", "true")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "cli.db"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


async def test_feeds_from_the_command_line(newsroom: Newsroom, cli_env: Path) -> None:
    db, url = str(cli_env), newsroom.site.url("/feed/")
    code, out, _ = await _in_thread(run, "feed", "add", url, "--backfill", "1", "--db", db)
    assert (code, out) == (0, "Feed 1 added: `Defence Desk`, 1 entry now; the latest 1 entry will be read now "
                              "and filed silently; the rest are marked as seen.\n")  # fmt: skip
    code, out, _ = await _in_thread(run, "feed", "list", "--json", "--db", db)
    import json

    (listed,) = json.loads(out)
    assert (listed["id"], listed["title"], listed["status"], listed["entries_seen"]) == (
        1,
        "Defence Desk",
        "active",
        1,
    )
    assert (await _in_thread(run, "feed", "pause", "1", "--db", db))[1] == (
        "Feed 1 (`Defence Desk`) paused; `feed resume 1` starts it again.\n"
    )
    assert (await _in_thread(run, "feed", "poll", "--once", "--db", db))[1] == "No feed was due.\n"
    assert (await _in_thread(run, "feed", "resume", "1", "--db", db))[0] == 0
    newsroom.publish("kn23", "North Korean missile", "Tue, 06 Aug 2024 14:48:00 +0000", SAMPLE_PARAGRAPHS)
    code, out, _ = await _in_thread(run, "feed", "poll", "--once", "--db", db)
    assert (code, out) == (
        0,
        "Polled 1 feed: 1 article read, 0 unchanged, 0 failed (`feed list` says why).\n",
    )
    assert (await _in_thread(run, "feed", "remove", "1", "--db", db))[1] == (
        "Feed 1 (`Defence Desk`) removed; the articles read from it stay.\n"
    )
    assert await _in_thread(run, "feed", "remove", "1", "--db", db) == (1, "", "There is no feed 1.\n")


async def _in_thread(function: object, *args: str) -> tuple[int, str, str]:
    """The CLI runs its own event loop: call it from a thread while this test's loop serves the site."""
    import asyncio

    return await asyncio.to_thread(function, *args)  # type: ignore[arg-type]
