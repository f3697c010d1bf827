"""Raw documents to prepared articles: parse, name the outlet, date, extract. Pure: no database, no network.

Everything slow about adding an article happens here, before the write lock is taken (issue 9), so that it can
run in worker processes (issue 14) while one writer records the results. The work per article is bounded: a
document over the size limit is refused, and extraction reads at most `max_extract_chars` of its text, saying so
in the article's notes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import PurePath
from zoneinfo import ZoneInfo

from htmldate.extractors import extract_url_date
from htmldate.utils import Extractor

from bot import messages
from bot.extract import Gazetteer, extract_article, find_dates
from bot.extract.dates import called_the_day_before, year_from_weekday
from bot.extract.language import LanguageIdentifier
from bot.ingest.parse import ParseError, parse_document
from bot.models import ArticleDraft, EntityKind, Extraction, FileStamp, PreparedArticle, RawSource

# A long report is 10,000-50,000 characters; a body past this is a broken page or a dump, and reading all of it
# for facts would hold up everything else (a 4.9 MB one-sentence file took 20 s before this bound).
MAX_EXTRACT_CHARS = 200_000
# Reporting on this war starts in 2014: an earlier day in an address is a product number or an archive's path.
EARLIEST_ADDRESS_DATE = datetime(2014, 1, 1)


class Preparer:
    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        timezone: str = "Europe/Kyiv",
        max_article_bytes: int = 5_000_000,
        max_extract_chars: int = MAX_EXTRACT_CHARS,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.zone = ZoneInfo(timezone)
        self.max_article_bytes = max_article_bytes
        self.max_extract_chars = max_extract_chars
        self.clock = clock or (lambda: datetime.now(self.zone))
        self.languages = LanguageIdentifier()

    def from_bytes(
        self,
        raw: bytes,
        *,
        name: str,
        url: str | None = None,
        path: str | None = None,
        fmt: str | None = None,
        stamp: FileStamp | None = None,
        published: datetime | None = None,
        notes: tuple[str, ...] = (),
    ) -> PreparedArticle:
        """Parse and extract a document; ParseError (with a message for people) when it is no article.
        `published` dates a document that does not date itself (a feed entry's date); `notes` say how it was read."""
        if len(raw) > self.max_article_bytes:
            raise ParseError(
                f"too large ({len(raw) / 1_000_000:.1f} MB; one article may be at most "
                f"{self.max_article_bytes / 1_000_000:.1f} MB)"
            )
        # Messages name the file, not the folder it is in; the suffix tells the format.
        parsed = parse_document(raw, name=PurePath(name).name, url=url, fmt=fmt)
        if parsed.author and not parsed.outlet and self._known_outlet(parsed.author):
            parsed = replace(
                parsed, outlet=parsed.author, author=None
            )  # "By Reuters": the outlet, not a person
        published = parsed.published or published
        if published is None or _placeholder(published):
            in_address = self.date_in_address(url or name)
            if in_address is not None and in_address.date() != (published and published.date()):
                notes = (
                    *notes,
                    messages.DATED_BY_ADDRESS if published is None else messages.PLACEHOLDER_DATE,
                )
                published = in_address
        elif (
            _day_alone(published)
            and (in_address := self.date_in_address(url or name)) is not None
            and _another_year(published, in_address)
        ):
            # "Oct 29 (EFE).-" read with the only year the text gives ("annexed in 2014"), where the address says
            # 2022-10-29: the address's day is whole, the text's year was a guess or a slip.
            published = in_address
        draft = replace(
            parsed,
            path=path or parsed.path,
            url=url or parsed.url,
            outlet=self.outlet_for(parsed),
            published=published,
            notes=(*parsed.notes, *notes),
        )
        return self.from_draft(draft, raw=RawSource(raw, name, fmt or parsed.format), stamp=stamp)

    def from_draft(
        self,
        draft: ArticleDraft,
        *,
        extraction: Extraction | None = None,
        raw: RawSource | None = None,
        stamp: FileStamp | None = None,
    ) -> PreparedArticle:
        notes = draft.notes
        published = self.local_date(draft.published)
        today = self.clock().date()
        anchor = published or latest_stated_date(draft.body, today) or year_from_weekday(draft.body, today)
        if extraction is None:
            body = draft.body
            if len(body) > self.max_extract_chars:
                cut = body.rfind("\n", 0, self.max_extract_chars)
                body = body[: cut if cut > 0 else self.max_extract_chars]
                notes = (*notes, f"only its first {len(body):,} characters were read for facts")
            extraction = extract_article(
                body, anchor, self.gazetteer, own_outlet=draft.outlet, masked=draft.masked, title=draft.title
            )
        return PreparedArticle(
            draft=draft,
            extraction=extraction,
            published_day=published,
            anchor_day=anchor,
            language=self.languages.identify(f"{draft.title}\n{draft.body}"),
            raw=raw,
            stamp=stamp,
            notes=notes,
        )

    def date_in_address(self, address: str) -> datetime | None:
        """The day a page's address or a file's name gives ("/news/2022/4/11/...", "reuters-2024-05-19-...txt"):
        outlets file reports under their publication day, and people save them so. Read only when the text
        dates itself nowhere, or only by a publishing system's placeholder (1 January at midnight); a day before
        the war's reporting or after today is no publication day."""
        today = self.clock()
        window = Extractor(False, today.replace(tzinfo=None), EARLIEST_ADDRESS_DATE, True, "%Y-%m-%d")
        found = extract_url_date(address, window)
        return datetime.fromisoformat(found) if found else None

    def local_date(self, published: datetime | None) -> date | None:
        if published is None:
            return None
        if published.tzinfo is not None:
            return published.astimezone(self.zone).date()
        return published.date()

    def _known_outlet(self, name: str) -> str | None:
        known = [e for e in self.gazetteer.lookup(name) if e.kind is EntityKind.OUTLET]
        return known[0].name if known else None

    def outlet_for(self, draft: ArticleDraft) -> str | None:
        """The outlet's usual name ("Kyiv Independent" -> The Kyiv Independent), else the URL's site."""
        if draft.outlet:
            known = [e for e in self.gazetteer.lookup(draft.outlet) if e.kind is EntityKind.OUTLET]
            return known[0].name if known else draft.outlet
        if draft.url:
            return self.gazetteer.outlet_for_url(draft.url)
        return None


def _day_alone(published: datetime) -> bool:
    """Whether the text gave a day without its time (a time of day says the page's own stamp was read, whose year
    is no guess)."""
    return (published.hour, published.minute) == (0, 0)


def _another_year(published: datetime, in_address: datetime) -> bool:
    """The same day of the year as the address gives, in another year."""
    return (published.month, published.day) == (in_address.month, in_address.day) and (
        published.year != in_address.year
    )


def _placeholder(published: datetime) -> bool:
    """Midnight of 1 January: the date a publishing system fills in when the real one is missing."""
    return (published.month, published.day, published.hour, published.minute) == (1, 1, 0, 0)


def latest_stated_date(body: str, today: date) -> date | None:
    """For an article with no publication date: the latest full date its text states (not after today), which a
    reader takes as "now" for its relative dates; the day after one it calls the day before ("Минулої доби, 9 серпня
    2024 року, ..."). None when the text gives no full date."""
    text = body[:MAX_EXTRACT_CHARS]
    stated = [
        m.day + timedelta(days=1) if called_the_day_before(text, m.offset) else m.day
        for m in find_dates(text, None)
    ]
    return max((day for day in stated if day <= today), default=None)
