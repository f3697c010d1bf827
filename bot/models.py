"""Domain objects shared by every layer: plain, typed, immutable.

Extraction produces drafts (`ArticleDraft`, `Extraction`, `IncidentDraft`); the store turns them into rows; the
query engine reads rows back into views (`IncidentView`, `SourceView`, ...) that the renderers and the Discord
adapter show. Nothing here knows about SQL or Discord.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple


class EntityKind(enum.StrEnum):
    WEAPON = "weapon"
    PLACE = "place"
    ACTOR = "actor"
    OUTLET = "outlet"


class DateKind(enum.StrEnum):
    DAY = "day"  # a single calendar day: "on 31 July", "yesterday", "on Monday"
    NIGHT = "night"  # a window across two days: "overnight", "on the night of 5 to 6 August"
    CONTEXT = "context"  # a date that bounds something else: "since 24 February", "by 1 May"
    REPORTED = "reported"  # when something was said: "the ministry said on Monday that..."
    FUTURE = "future"  # after publication: a plan or a forecast, never an incident


@dataclass(frozen=True, slots=True)
class Entity:
    """A weapon system, place, actor or outlet, with every name it goes by."""

    key: str  # "weapon:kn-23", "place:ua-city-bila-tserkva"
    kind: EntityKind
    name: str  # canonical display name
    category: str = ""  # weapon category, place kind (city, oblast...), actor kind
    parent: str | None = None  # a place's containing oblast/region (entity key)
    aliases: tuple[str, ...] = ()


class Role(enum.StrEnum):
    """What a named place or weapon is in its sentence, as a careful reader takes it."""

    NAMED = "named"  # named, no particular role read: counts where the sentence reports the attack
    TARGET = "target"  # hit, aimed at, shot down over ("struck Kharkiv", "in the Kyiv region")
    ORIGIN = "origin"  # launched from ("fired from the Voronezh region", "from the Black Sea")
    # Flown over or along, a reference point ("over the Black Sea", "80 km from Kyiv"); of a weapon, the design
    # another is built on ("made on the basis of the FAB-250").
    PASSING = "passing"
    # Where people took cover or sirens sounded ("в Одесі пролунав сигнал повітряної тривоги"): the attack's place
    # only when the report names no other, as a dateline.
    ALERTED = "alerted"
    DATELINE = "dateline"  # where the reporter filed from: the place only when the text names no other
    DEFENDER = (
        "defender"  # a weapon that defended or was hit ("Patriot systems shot down", "destroyed a HIMARS")
    )


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named in the text, with where it was found (offsets into the article body)."""

    entity: Entity
    surface: str
    start: int
    end: int
    role: Role = Role.NAMED
    # A place flown towards ("ракети летіли в напрямку Львова"; `Role.PASSING`): the attack's place only when the
    # report names no other.
    headed: bool = False
    # A place on the attackers' side named with no verb that launches from or hits it ("вблизи поселка Хомутовка";
    # `Role.PASSING`): where the attack was when the attack was on that side.
    sided: bool = False

    @property
    def origin(self) -> bool:
        return self.role is Role.ORIGIN

    @property
    def attacking(self) -> bool:
        """For a weapon: used in the attack, not one that defended or a design another is built on."""
        return self.role not in (Role.DEFENDER, Role.PASSING, Role.ALERTED)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase found in a sentence and what a careful reader resolves it to."""

    kind: DateKind
    day: date  # the incident's date as reported (for a night: the morning it ended, unless a day is named)
    start: date  # first day of the window
    end: date  # last day of the window
    phrase: str
    anchor: date  # the publication date it was resolved against
    offset: int
    end_offset: int
    pattern: str = ""  # which rule matched: "day_month", "weekday", "overnight"...

    @property
    def is_incident_date(self) -> bool:
        return self.kind in (DateKind.DAY, DateKind.NIGHT)


# What a figure can say of weapons: launched, destroyed (shot down or suppressed), lost (track lost, most often to
# jamming: the Air Force's "локаційно втрачені"), hit (reached a target).
WEAPON_MEASURES = ("launched", "destroyed", "lost", "hit")


@dataclass(frozen=True, slots=True)
class CountClaim:
    """A number the text states about an attack: see WEAPON_MEASURES, and killed, injured."""

    measure: str
    value: int
    surface: str
    offset: int
    end_offset: int
    # The weapons the figure counts ("40 Kh-101 were launched", a records row "Iskander-M/KN-23"); none for a
    # total or for people.
    weapons: tuple[Entity, ...] = ()
    # What a figure with no weapon named counts ("90 drones"): drone | missile | bomb, or "" when unsaid.
    noun: str = ""
    # A part of the figure an earlier sentence gave ("8 of them were shot down", "Of these, 72 missiles..."):
    # the incident reads which.
    of_previous: bool = False

    @property
    def weapon_name(self) -> str | None:
        return "/".join(w.name for w in self.weapons) or None


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class SentenceFacts:
    sentence: Sentence
    dates: tuple[DateMention, ...] = ()
    weapons: tuple[Mention, ...] = ()
    places: tuple[Mention, ...] = ()
    actors: tuple[Mention, ...] = ()
    outlets: tuple[Mention, ...] = ()
    counts: tuple[CountClaim, ...] = ()
    has_incident_cue: bool = False
    is_background: bool = False
    # Under a heading that recalls earlier news ("Recall", "Нагадаємо"): never this report's incident.
    recalled: bool = False


@dataclass(frozen=True, slots=True)
class IncidentDraft:
    """One incident as one article reports it (a "report"), before it is merged with other sources."""

    day: date
    start: date
    end: date
    date_phrase: str
    weapons: tuple[Entity, ...]
    places: tuple[Entity, ...]  # where it hit, was aimed at, was shot down
    actors: tuple[Entity, ...]
    sentence_indexes: tuple[int, ...]  # the first one is the primary snippet
    summary: str
    counts: tuple[tuple[int, CountClaim], ...] = ()  # (sentence index, claim)
    origins: tuple[Entity, ...] = ()  # where it was launched from
    # The sentence that names each entity of the report first (entity key -> sentence index): an answer found by
    # a name quotes the sentence that names it.
    evidence: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    sentences: tuple[SentenceFacts, ...]
    incidents: tuple[IncidentDraft, ...]
    cited_outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """A parsed document, ready for extraction: clean body plus metadata."""

    title: str
    body: str
    published: datetime | None  # timezone-aware when the source says so
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    path: str | None = None
    format: str = "text"
    # Character ranges of the body that are not prose (a wire dateline "KYIV, Dec 14 (Reuters) -"): their dates
    # are the publication date, not an incident's.
    masked: tuple[tuple[int, int], ...] = ()
    kind: str = "article"
    notes: tuple[str, ...] = ()  # what reading it cut or assumed, for the person who added it

    @property
    def source_key(self) -> str:
        return self.path or self.url or f"hash:{self.content_hash}"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(f"{self.title}\n{self.body}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Owner:
    """Who may change or remove an article: the operator (the command line), one guild, or the feed poller.

    The same URL or file added by two owners is two articles (two reports of the same incident), never one
    owner's edit of the other's (issue 9).
    """

    kind: str = "operator"  # operator | guild | feeds
    guild_id: int | None = None

    @classmethod
    def guild(cls, guild_id: int) -> Owner:
        return cls("guild", guild_id)

    @classmethod
    def from_key(cls, key: str) -> Owner:
        """The owner a stored key names: "" (the operator), "guild:123", "feeds"."""
        if key.startswith("guild:"):
            return cls.guild(int(key.partition(":")[2]))
        return cls(key or "operator")

    @property
    def key(self) -> str:
        """The prefix of the owner's source keys: "" for the operator, "guild:123", "feeds"."""
        if self.kind == "guild":
            return f"guild:{self.guild_id}"
        return "" if self.kind == "operator" else self.kind

    def scoped(self, source_key: str) -> str:
        return f"{self.key}|{source_key}" if self.key else source_key


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What a file looked like when it was read: a later run skips it unread when size and time agree."""

    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class RawSource:
    """The bytes an article was read from, kept so that `reindex` can read it again with newer code."""

    data: bytes
    name: str
    format: str | None = None  # html | markdown | text | records | body


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article draft with its extraction: everything recording needs, made before the write lock is taken."""

    draft: ArticleDraft
    extraction: Extraction
    published_day: date | None  # the publication date in the bot's timezone, when known
    anchor_day: (
        date | None
    )  # what relative dates were read against: the publication date, else the latest stated
    language: str = ""  # ISO 639-1 ("en", "uk", "ru"); "" when unknown
    raw: RawSource | None = None
    stamp: FileStamp | None = None
    notes: tuple[str, ...] = ()  # what was cut or assumed ("only the first 400,000 characters were read")


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    name: str
    status: str  # added | updated | unchanged | duplicate | failed | skipped
    article_id: int | None = None
    message: str = ""
    new_incidents: tuple[int, ...] = ()
    merged_incidents: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status in ("added", "updated", "unchanged", "duplicate")


@dataclass(frozen=True, slots=True)
class IngestReport:
    outcomes: tuple[IngestOutcome, ...] = ()
    # The database stayed locked by another process past the busy timeout: what is listed was written, the rest
    # was not (issue 9: an ingest that cannot write says so and exits non-zero).
    interrupted: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def stored(self) -> int:
        return sum(1 for o in self.outcomes if o.ok)

    @property
    def new_incidents(self) -> tuple[int, ...]:
        return tuple(i for o in self.outcomes for i in o.new_incidents)


# ---- views: what the query engine answers with -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceView:
    article_id: int
    title: str
    outlet: str
    published: date | None
    url: str | None
    path: str | None
    snippet: str
    cited: tuple[str, ...] = ()
    date_phrase: str = ""
    language: str = ""  # of the article, so a quote in Ukrainian says so


@dataclass(frozen=True, slots=True)
class ClaimView:
    measure: str
    value: int
    outlet: str
    article_id: int
    sentence: str
    weapon: str | None = None  # what the figure counts; None: a total, or people
    noun: str = ""  # what a figure without a weapon counts: drone | missile | bomb, or "" for a total

    @property
    def counts(self) -> str:
        """What the figure is of, for people: "Kh-101", "drones", or "" (a total, or people)."""
        return self.weapon or (f"{self.noun}s" if self.noun else "")


@dataclass(frozen=True, slots=True)
class IncidentView:
    id: int
    day: date
    start: date
    end: date
    summary: str
    weapons: tuple[str, ...]
    places: tuple[str, ...]
    actors: tuple[str, ...]
    sources: tuple[SourceView, ...]
    claims: tuple[ClaimView, ...] = ()
    sources_total: int = 0  # all the sources the incident has; `sources` may be one page of them
    origins: tuple[str, ...] = ()  # where it was launched from


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: int
    sentence_id: int
    title: str
    outlet: str
    published: date | None
    url: str | None
    path: str | None
    snippet: str
    language: str = ""


@dataclass(frozen=True, slots=True)
class ArticleFact:
    kind: str
    value: str
    surface: str
    sentence: str


@dataclass(frozen=True, slots=True)
class ArticleView:
    id: int
    title: str
    outlet: str
    author: str | None
    published: datetime | None
    url: str | None
    path: str | None
    kind: str
    sentences: int
    ingested_at: str
    facts: tuple[ArticleFact, ...] = ()
    cited: tuple[str, ...] = ()
    language: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file an answer carries (a chart, a map, an export), with what it shows in words."""

    filename: str
    content_type: str
    data: bytes
    description: str


class Question(NamedTuple):
    """What is asked of the engine: a command and either the rest of the line as the user typed it ("export",
    "2025-01 Kinzhal --format csv") or its arguments by name, as a slash command's options give them
    (("period", "2025-01"), ("subject", "Kinzhal"), ("format", "csv"))."""

    command: str
    argument: str = ""
    options: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    """What every command returns. `ok` is False when the command could not be answered as asked.

    A command that cannot be answered at all (an unknown command, a missing argument) returns this; each
    command's answer is one of the types below, carrying only what that command says.
    """

    command: str
    ok: bool
    message: str


@dataclass(frozen=True, slots=True)
class PagedAnswer(Answer):
    """An answer that lists: which page of how many, and how many things in all."""

    page: int = 1
    pages: int = 0
    total: int = 0


@dataclass(frozen=True, slots=True)
class IncidentsAnswer(PagedAnswer):
    """`incident`: the incidents that match, newest first; names the user may have meant when none does."""

    incidents: tuple[IncidentView, ...] = ()
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SummaryAnswer(IncidentsAnswer):
    """`summary`: the incidents of a day or range, shown day by day."""


@dataclass(frozen=True, slots=True)
class SourcesAnswer(IncidentsAnswer):
    """`sources`: one incident with every source and every figure as reported."""


@dataclass(frozen=True, slots=True)
class ArticleAnswer(PagedAnswer):
    """`article`: one article with its facts and the incidents it reports, or a page of the article list."""

    articles: tuple[ArticleView, ...] = ()
    incidents: tuple[IncidentView, ...] = ()


@dataclass(frozen=True, slots=True)
class SearchAnswer(PagedAnswer):
    """`search`: sentences of reports that match, newest report first."""

    hits: tuple[SearchHit, ...] = ()


@dataclass(frozen=True, slots=True)
class StatsAnswer(Answer):
    """`stats`: what the database holds."""

    stats: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class HelpAnswer(Answer):
    """`help`: (usage, description) of every command, or of the one asked about."""

    entries: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class FileAnswer(PagedAnswer):
    """`chart`, `map`, `export`: a file, and in words what it shows (`total`: the incidents or rows in it)."""

    attachment: Attachment | None = None
