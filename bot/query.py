"""The command engine: a command as typed in Discord in, an `Answer` out. The same code serves the CLI and the bot.

`incident` resolves the query to entities (exact names and aliases first, then names found inside the query,
then rapidfuzz over the names the bot has incidents for) and falls back to escaped full-text search. `summary`
reads a day or a range. Every answer carries its sources and is paginated, never silently cut.
"""

from __future__ import annotations

import json
import math
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rapidfuzz import process

from bot import messages
from bot.aliases import AliasIndex
from bot.arguments import Values, read_line
from bot.commands import ENGINE_COMMAND_NAMES, ENGINE_COMMANDS
from bot.commands import command as declared
from bot.daterange import DateRangeError, parse_date_range
from bot.extract.gazetteer import Gazetteer
from bot.figures import FigureCommands
from bot.merge import MAX_WINDOW_DAYS
from bot.models import (
    Answer,
    ArticleAnswer,
    ArticleFact,
    ArticleView,
    ClaimView,
    Entity,
    EntityKind,
    HelpAnswer,
    IncidentsAnswer,
    IncidentView,
    Question,
    SearchAnswer,
    SearchHit,
    SourcesAnswer,
    SourceView,
    StatsAnswer,
    SummaryAnswer,
)
from bot.store.store import Store, cited_list, json_list

DEFAULT_PAGE_SIZE = 5
DEFAULT_OUTLINE = Path(__file__).resolve().parent.parent / "data" / "maps" / "ukraine-outline.geojson"
MAX_PAGE_SIZE = 100
# No answer has this many pages; a larger number is a typo (or a probe), answered politely, never sent to SQLite.
MAX_PAGE = 1_000_000
# What a command may be: control characters (NUL ends an FTS5 string) and runaway lengths are never meant.
MAX_COMMAND_CHARS = 2_000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
# A list answer carries this many sources of each incident and says how many there are in all (renderers show
# fewer); `sources <id>` pages through every one.
SOURCES_PER_INCIDENT = 25
# A region asked about is quoted where its places are named; past this many places the region's name must do.
FOCUS_DESCENDANTS = 500
COMMAND_ALIASES = {
    "incidents": "incident", "inc": "incident", "summary": "summary", "day": "summary", "summarize": "summary",
    "find": "search", "articles": "article", "source": "sources", "stat": "stats", "commands": "help",
}  # fmt: skip
COMMAND_NAMES = ENGINE_COMMAND_NAMES
# Answers that are files are made again only when the database changed: a chart asked twice is drawn once.
FILE_CACHE_ENTRIES = 32


@dataclass(frozen=True, slots=True)
class Page:
    number: int = 1
    size: int = DEFAULT_PAGE_SIZE

    @classmethod
    def of(cls, number: int | None, size: int | None) -> Page:
        return cls(min(MAX_PAGE, max(1, number or 1)), min(MAX_PAGE_SIZE, max(1, size or DEFAULT_PAGE_SIZE)))

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def split_command(text: str, prefixes: tuple[str, ...] = ("!", "/")) -> tuple[str, str]:
    """`!incident KN-23` -> ("incident", "KN-23"); the prefix is optional."""
    stripped = text.strip()
    for prefix in sorted(prefixes, key=len, reverse=True):
        if prefix and stripped.startswith(prefix):
            stripped = stripped[len(prefix) :].lstrip()
            break
    name, _, rest = stripped.partition(" ")
    return name.lower(), rest.strip()


class QueryEngine:
    def __init__(
        self,
        store: Store,
        gazetteer: Gazetteer,
        *,
        today: Callable[[], date],
        prefix: str = "!",
        outline: Path = DEFAULT_OUTLINE,
    ) -> None:
        self.store = store
        self.gazetteer = gazetteer
        self.today = today
        self.prefix = prefix
        self._index: AliasIndex | None = None
        self._index_version = -1
        self.figures = FigureCommands(self, today=today, prefix=prefix, outline=outline)
        self._files: OrderedDict[tuple[str, tuple[tuple[str, str], ...], int, date], Answer] = OrderedDict()
        # Each command's handler, as its declaration names it (bot/commands.py); every one takes the command's
        # arguments by name and the page.
        self._handlers: dict[str, Callable[[Values, Page], Answer]] = {
            c.name: getattr(self, f"_answer_{c.handler}") for c in ENGINE_COMMANDS if c.handler
        }

    # The handlers, by the names bot/commands.py gives them.
    def _answer_incident(self, values: Values, page: Page) -> Answer:
        return self.incident(values.get("query", ""), page)

    def _answer_summary(self, values: Values, page: Page) -> Answer:
        return self.summary(values.get("date", ""), page)

    def _answer_search(self, values: Values, page: Page) -> Answer:
        return self.search(values.get("words", ""), page, language=values.get("language"))

    def _answer_article(self, values: Values, page: Page) -> Answer:
        return self.article(values.get("number", ""), page)

    def _answer_sources(self, values: Values, page: Page) -> Answer:
        return self.sources(values.get("incident", ""), page)

    def _answer_stats(self, _values: Values, _page: Page) -> Answer:
        return self.stats()

    def _answer_help(self, values: Values, _page: Page) -> Answer:
        return self.help(values.get("command", ""))

    def _answer_chart(self, values: Values, _page: Page) -> Answer:
        return self._file(
            "chart", values, lambda: self.figures.chart(values.get("subject", ""), values.get("period", ""))
        )

    def _answer_map(self, values: Values, _page: Page) -> Answer:
        return self._file(
            "map", values, lambda: self.figures.map(values.get("period", ""), values.get("subject", ""))
        )

    def _answer_export(self, values: Values, _page: Page) -> Answer:
        return self._file(
            "export",
            values,
            lambda: self.figures.export(
                values.get("period", ""), values.get("subject", ""), values.get("format", "csv")
            ),
        )

    def _file(self, command: str, values: Values, make: Callable[[], Answer]) -> Answer:
        """A file answer from the cache when the database has not changed since it was made."""
        if not any(value.strip() for value in values.values()):
            return self._usage(command)
        asked = tuple(sorted((name, " ".join(value.split()).lower()) for name, value in values.items()))
        # Today too: "last week" names other days tomorrow.
        key = (command, asked, self.store.version(), self.today())
        cached = self._files.get(key)
        if cached is not None:
            self._files.move_to_end(key)
            return cached
        answer = make()
        self._files[key] = answer
        while len(self._files) > FILE_CACHE_ENTRIES:
            self._files.popitem(last=False)
        return answer

    # ---- dispatch -----------------------------------------------------------------------------------------

    def ask(self, text: str, page: int | None = None, page_size: int | None = None) -> Answer:
        """A question as typed ("!incident KN-23"), read into its command and argument, then answered."""
        text = _CONTROL.sub(" ", text[:MAX_COMMAND_CHARS])
        if page is not None and not 1 <= page <= MAX_PAGE:
            return Answer(split_command(text)[0] or text.strip(), False, messages.page_out_of_range(MAX_PAGE))
        name, argument = split_command(text, (self.prefix, "!", "/"))
        if not name:
            return Answer(text.strip(), False, messages.empty_command(self.prefix))
        return self.answer(Question(name, argument), page, page_size)

    def answer(self, question: Question, page: int | None = None, page_size: int | None = None) -> Answer:
        """A question whose command and argument are already apart (a slash command's options)."""
        name = question.command.strip().lower()
        if page is not None and not 1 <= page <= MAX_PAGE:
            return Answer(name, False, messages.page_out_of_range(MAX_PAGE))
        if not name:
            return Answer("", False, messages.empty_command(self.prefix))
        handler = self._handlers.get(COMMAND_ALIASES.get(name, name))
        if handler is None:
            match = process.extractOne(name, COMMAND_NAMES, score_cutoff=60)
            return Answer(
                name, False, messages.unknown_command(name, self.prefix, match[0] if match else None)
            )
        if question.options:
            values = {key: _CONTROL.sub(" ", value[:MAX_COMMAND_CHARS]) for key, value in question.options}
        else:
            line = _CONTROL.sub(" ", question.argument[:MAX_COMMAND_CHARS])
            declaration = declared(COMMAND_ALIASES.get(name, name))
            values = read_line(declaration, line, lambda text: self.figures.period(text) is not None)
        return handler(values, Page.of(page, page_size))

    def _usage(self, command: str) -> Answer:
        spec = declared(command)
        return Answer(command, False, messages.missing_argument(spec.usage, spec.example, self.prefix))

    # ---- incident -----------------------------------------------------------------------------------------

    def incident(self, query: str, page: Page = Page()) -> Answer:
        query = query.strip()
        if not query:
            return self._usage("incident")
        groups, note = self.resolve(query)
        # "Odesa" is the city and, in most reporting, its region too: reports that name the region itself ("drones
        # attacked the Odesa region") answer it as well, not every incident in a town of that region; so does Kyiv
        # Oblast, beside the city it is named after, and Dnipropetrovsk Oblast, which reports call the Dnipro region;
        # and the district a town is the centre of ("Konotop district"), as regional news and official posts name
        # it. Not "Sumy hromada", which is the town's hromada, not its oblast.
        one_place = [len(g) for g in groups] == [1] and not self.gazetteer.asks_about_hromada(query)
        regions = (
            self.store.named_as_places(self.gazetteer.namesake_regions(groups[0][0])) if one_place else []
        )
        if groups:
            if regions:
                ids, total = self.store.incidents_with_entities(
                    groups[0], page.size, page.offset, named=regions
                )
            else:
                ids, total = self.store.incidents_with_all(groups, page.size, page.offset)
            if total:
                kind = self.gazetteer.category(query)
                shown = [[*groups[0], *regions]] if regions else groups
                what = kind[0] if kind else ", ".join(self.display_names(group) for group in shown)
                return self._incident_answer(
                    IncidentsAnswer,
                    "incident",
                    ids,
                    total,
                    page,
                    messages.incidents_found(total, what, note),
                    self._focus(groups) + tuple(regions),
                )
        match = fts_expression(query)
        if match is not None:
            ids, total, more = self.store.incidents_matching_text(match, page.size, page.offset)
            if total:
                message = messages.text_matches(total, query, more)
                return self._incident_answer(
                    IncidentsAnswer, "incident", ids, total + int(more), page, message
                )
        if _looks_like_date_or_number(query) or self._is_date(query):
            return IncidentsAnswer(
                "incident", True, messages.incident_is_a_date_or_number(query, self.prefix)
            )
        suggestions = self.index().suggest(query)
        return IncidentsAnswer(
            "incident", True, messages.nothing_for(query, suggestions), suggestions=tuple(suggestions)
        )

    def _is_date(self, text: str) -> bool:
        try:
            parse_date_range(text, self.today())
        except DateRangeError:
            return False
        return True

    def resolve(self, query: str) -> tuple[list[list[str]], str]:
        """The entity keys a query names, as groups that must all match (KN-23 AND Kharkiv), and a note when
        the query was read loosely (a typo, an alias)."""
        index = self.index()
        recorded = index.exact(query)
        hromada = self.gazetteer.hromada_named(query)
        if hromada:
            # "Sumy hromada": the hromada reports name, and the towns it may be named after, which lie in it.
            named = [key for place in hromada if (key := self.gazetteer.namesake_hromada(place.key))]
            named += [n.key for n in recorded if n.kind == "place"]
            return [list(dict.fromkeys([*named, *(place.key for place in hromada)]))], ""
        looked_up = self.gazetteer.lookup(query)
        whole = _namesakes(looked_up)
        if whole and whole[0].startswith("place:"):
            # The places of that name incidents name: "Vesele" is the town of the gazetteer and the village of
            # Kherson Oblast a report named; "Malinovka" a Ukrainian town and a village of Belgorod Oblast;
            # "Semenivka" the largest town of the name and the one of Chernihiv Oblast a round-up named.
            whole += [n.key for n in recorded if n.key.startswith("place:") and n.key not in whole]
            # The hromadas named after the towns of the name that reports name stand with them ("Yampil": the
            # Yampilska hromada of Sumy Oblast, not the largest Yampil's); a lone town's own is among its regions
            # (see `incident`).
            towns = dict.fromkeys([*whole, *(e.key for e in looked_up if e.kind is EntityKind.PLACE)])
            own = self.gazetteer.namesake_hromada(whole[0]) if len(whole) == 1 else None
            hromadas = [
                found for key in towns if (found := self.gazetteer.namesake_hromada(key)) and found != own
            ]
            whole += [key for key in self.store.named_as_places(hromadas) if key not in whole]
        whole = whole or [n.key for n in recorded[:1]]
        if whole and whole[0].startswith("weapon:"):
            # "Iskander" is the Iskander-M's name for short and the Iskander-K's family.
            whole += [e.key for e in self.gazetteer.family(query) if e.key not in whole]
        if whole:
            return [whole], ""
        district = self.gazetteer.district_of_town_named(query)
        if district is not None:
            return [[district]], ""
        kind = self.gazetteer.category(query)
        if kind is not None and kind[1]:
            return [list(kind[1])], ""
        if _looks_like_date_or_number(query):
            return [], ""  # never a weapon by fuzzy matching: "2024-07-31" is not Kh-31P
        mentions = self.gazetteer.find(query, ignore_case=True)
        covered = sum(m.end - m.start for m in mentions)
        letters = len(re.sub(r"\W", "", query))
        if mentions and covered >= 0.6 * letters:
            groups: list[list[str]] = []
            for mention in mentions:
                if [mention.entity.key] not in groups:
                    groups.append([mention.entity.key])
            return groups, ""
        fuzzy = index.fuzzy(query)
        if fuzzy:
            best = fuzzy[0][1]
            keys = list(dict.fromkeys(item.key for item, score in fuzzy if score >= best - 0.01))
            names = list(dict.fromkeys(item.name for item, score in fuzzy if score >= best - 0.01))
            return [keys], messages.matched_as(query, names)
        return [], ""

    def display_names(self, keys: list[str]) -> str:
        """The names of what a question asked about, as recorded: of several namesakes ("Kyivskyi district"), the
        ones incidents name."""
        known = self.store.entity_names(keys)
        shown = [key for key in keys if key in known] or keys
        return " or ".join(
            dict.fromkeys(known[key][0] if key in known else self._name_of(key) for key in shown)
        )

    def _name_of(self, key: str) -> str:
        entity = self.gazetteer.get(key)
        return entity.name if entity is not None else key

    # ---- summary ------------------------------------------------------------------------------------------

    def summary(self, text: str, page: Page = Page()) -> Answer:
        try:
            period = parse_date_range(text, self.today())
        except DateRangeError as error:
            return Answer("summary", False, messages.bad_date(str(error), self.prefix))
        ids, total = self.store.incidents_in_window(
            period.start.isoformat(), period.end.isoformat(), page.size, page.offset, MAX_WINDOW_DAYS
        )
        return self._incident_answer(
            SummaryAnswer, "summary", ids, total, page, messages.summary_found(total, period.describe())
        )

    # ---- search -------------------------------------------------------------------------------------------

    def search(self, text: str, page: Page = Page(), language: str | None = None) -> Answer:
        """Sentences with these words, newest report first; `language` (or `lang:uk` among the words) keeps
        articles in that language."""
        text = text.strip()
        if not text:
            return self._usage("search")
        written, text = language_filter(text)
        language = language_code(language) if language else written
        if language is not None and language not in messages.LANGUAGE_NAMES:
            return Answer("search", False, messages.unknown_language(language))
        if not text:
            return self._usage("search")
        match = fts_expression(text)
        if match is None:
            return SearchAnswer("search", True, messages.nothing_to_search(text))
        rows, total, more = self.store.search_sentences(match, page.size, page.offset, language)
        # With more matches than counted, one more page is known to exist.
        pages = math.ceil(total / page.size) + int(more)
        if total and page.number > pages:
            return SearchAnswer(
                "search", False, messages.bad_page(page.number, pages), page=page.number, pages=pages
            )
        hits = tuple(
            SearchHit(
                article_id=int(r["article_id"]),
                sentence_id=int(r["sentence_id"]),
                title=r["title"],
                outlet=r["outlet"] or "",
                published=_date(r["published_date"]),
                url=r["url"],
                path=r["path"],
                snippet=r["snippet"],
                language=r["language"],
            )
            for r in rows
        )
        return SearchAnswer(
            "search",
            True,
            messages.search_found(total, text, more, language),
            hits=hits,
            page=page.number,
            pages=pages,
            total=total,
        )

    # ---- article, sources, stats, help --------------------------------------------------------------------

    def article(self, text: str, page: Page = Page()) -> Answer:
        argument = text.strip()
        if argument.lower().startswith("list"):
            return self.article_list(page)
        article_id = _positive_int(argument)
        if article_id is None:
            if not argument:
                return self._usage("article")
            return Answer(
                "article", False, messages.bad_number("an article number", argument, self.prefix, "article 1")
            )
        row = self.store.article(article_id)
        if row is None:
            return Answer("article", False, messages.no_article(article_id))
        facts = tuple(
            ArticleFact(kind=f["kind"], value=_fact_value(f), surface=f["surface"], sentence=f["sentence"])
            for f in self.store.article_facts(article_id)
        )
        view = _article_view(row, facts)
        ids = self.store.incidents_of_article(article_id)
        return ArticleAnswer(
            "article",
            True,
            messages.article_found(view.title),
            incidents=tuple(self.incident_views(ids)),
            articles=(view,),
            page=1,
            pages=1,
            total=len(ids),
        )

    def article_title(self, article_id: int) -> str:
        stored = self.store.stored_article(article_id)
        return stored.title if stored else ""

    def article_list(self, page: Page = Page(), guild_id: int | None = None) -> Answer:
        rows, total = self.store.list_articles(page.size, page.offset, guild_id)
        pages = math.ceil(total / page.size)
        views = tuple(_article_view(row, ()) for row in rows)
        return ArticleAnswer("article", True, messages.articles_listed(total), articles=views, page=page.number,
                             pages=pages, total=total)  # fmt: skip

    def sources(self, text: str, page: Page = Page()) -> Answer:
        incident_id = _positive_int(text.strip())
        if incident_id is None:
            if not text.strip():
                return self._usage("sources")
            return Answer("sources", False, messages.bad_number("an incident number", text.strip(), self.prefix,
                                                                 "sources 1"))  # fmt: skip
        views = self.incident_views([incident_id], per_incident=page.size, source_offset=page.offset)
        if not views:
            return Answer("sources", False, messages.no_incident(incident_id))
        view = views[0]
        pages = math.ceil(view.sources_total / page.size)
        if page.number > pages:
            return SourcesAnswer(
                "sources", False, messages.bad_page(page.number, pages), page=page.number, pages=pages
            )
        return SourcesAnswer("sources", True, messages.sources_found(incident_id, view.sources_total),
                             incidents=(view,), page=page.number, pages=pages, total=view.sources_total)  # fmt: skip

    def stats(self) -> Answer:
        return StatsAnswer("stats", True, messages.stats_message(), stats=self.store.stats())

    def help(self, text: str = "") -> Answer:
        name = COMMAND_ALIASES.get(text.strip().lower().lstrip("!/"), text.strip().lower().lstrip("!/"))
        specs = ENGINE_COMMANDS
        if name:
            specs = tuple(c for c in ENGINE_COMMANDS if c.name == name)
            if not specs:
                return Answer("help", False, messages.help_unknown(name, self.prefix))
        entries = tuple(
            (f"{self.prefix}{c.usage}", f"{c.summary} Example: `{self.prefix}{c.example}`") for c in specs
        )
        return HelpAnswer("help", True, messages.help_message(self.prefix), entries=entries)

    # ---- autocomplete -------------------------------------------------------------------------------------

    def autocomplete(self, prefix: str, limit: int = 25) -> list[tuple[str, str]]:
        """(label, value) pairs for a partly typed name: "Hwasong-11 → KN-23 (12 incidents)"."""
        found = []
        for item in self.index().complete(prefix, limit):
            label = item.name if item.alias == item.name else f"{item.alias} → {item.name}"
            found.append((f"{label} ({messages.plural(item.incidents, 'incident')})"[:100], item.name[:100]))
        return found

    def index(self) -> AliasIndex:
        version = self.store.version()
        if self._index is None or version != self._index_version:
            self._index = AliasIndex(self.store.used_entities(), self.gazetteer)
            self._index_version = version
        return self._index

    # ---- views --------------------------------------------------------------------------------------------

    def _incident_answer(
        self,
        kind: type[IncidentsAnswer],
        command: str,
        ids: list[int],
        total: int,
        page: Page,
        message: str,
        focus: tuple[str, ...] = (),
    ) -> IncidentsAnswer:
        pages = math.ceil(total / page.size)
        if total and page.number > pages:
            return kind(command, False, messages.bad_page(page.number, pages), page=page.number, pages=pages,
                        total=total)  # fmt: skip
        return kind(command, True, message, incidents=tuple(self.incident_views(ids, focus=focus)),
                    page=page.number, pages=pages, total=total)  # fmt: skip

    def _focus(self, groups: list[list[str]]) -> tuple[str, ...]:
        """What a quote should name: the keys asked about, and the places within an asked-about region."""
        keys = [key for group in groups for key in group]
        for key in list(keys):
            keys.extend(self.gazetteer.descendants(key)[:FOCUS_DESCENDANTS])
        return tuple(dict.fromkeys(keys))

    def incident_views(
        self,
        ids: list[int],
        per_incident: int = SOURCES_PER_INCIDENT,
        source_offset: int = 0,
        focus: tuple[str, ...] = (),
    ) -> list[IncidentView]:
        """Views of incidents with up to `per_incident` of their sources each (from `source_offset`): a list answer
        shows the first ones and says how many there are; `sources <id>` pages through all of them.

        `focus`: the entities the question was about. Each source then quotes the sentence of its report that names
        one of them, when one does (issue 10: a quote must support the answer it is quoted for).
        """
        rows = self.store.incident_rows(ids)
        names: dict[int, dict[str, list[str]]] = {i: json.loads(row["names"]) for i, row in rows.items()}
        sources: dict[int, list[SourceView]] = {i: [] for i in rows}
        by_report: dict[int, dict[str, Any]] = {}
        source_rows = self.store.incident_source_rows(list(rows), per_incident, source_offset)
        quotes = (
            self.store.evidence_sentences([int(r["report_id"]) for r in source_rows], focus) if focus else {}
        )
        for r in source_rows:
            by_report[int(r["report_id"])] = r
            cited = cited_list(r["cited"])
            sources[int(r["incident_id"])].append(
                SourceView(
                    article_id=int(r["article_id"]),
                    title=r["title"],
                    outlet=r["outlet"] or _first(cited) or "unknown outlet",
                    published=_date(r["published_date"]),
                    url=r["url"],
                    path=r["path"],
                    snippet=quotes.get(int(r["report_id"]), r["snippet"]),
                    cited=cited,
                    date_phrase=r["date_phrase"],
                    language=r["language"],
                )
            )
        claims: dict[int, list[ClaimView]] = {i: [] for i in rows}
        for report in by_report.values():
            outlet = report["outlet"] or report["title"]
            claims[int(report["incident_id"])].extend(
                ClaimView(measure, int(value), outlet, int(report["article_id"]), sentence, *extra[:2])
                for measure, value, sentence, *extra in json_list(report["claims"])
            )
        return [
            IncidentView(
                id=incident_id,
                day=date.fromisoformat(rows[incident_id]["date"]),
                start=date.fromisoformat(rows[incident_id]["date_start"]),
                end=date.fromisoformat(rows[incident_id]["date_end"]),
                summary=rows[incident_id]["summary"],
                weapons=tuple(names[incident_id].get("weapon", [])),
                places=tuple(names[incident_id].get("place", [])),
                actors=tuple(names[incident_id].get("actor", [])),
                origins=tuple(names[incident_id].get("origin", [])),
                sources=tuple(sources[incident_id]),
                claims=tuple(claims[incident_id]),
                sources_total=int(rows[incident_id]["report_count"]),
            )
            for incident_id in ids
            if incident_id in rows
        ]


_LANGUAGE_FILTER = re.compile(r"(?:^|\s)(?:lang|language):(?P<code>\S+)(?=\s|$)", re.IGNORECASE)


def _namesakes(entities: list[Entity]) -> list[str]:
    """The keys a name asks about: the first place it names, or every city district of that name ("Kyivskyi
    district": Kharkiv's, Odesa's...), which no question tells apart without its city."""
    if not entities:
        return []
    if entities[0].category == "district":
        return [e.key for e in entities if e.category == entities[0].category]
    return [entities[0].key]


def language_filter(text: str) -> tuple[str | None, str]:
    """ "lang:uk ракета" -> ("uk", "ракета"); a language's English name works too ("language:Ukrainian")."""
    found = _LANGUAGE_FILTER.search(text)
    if found is None:
        return None, text
    return language_code(found.group("code")), (text[: found.start()] + " " + text[found.end() :]).strip()


def language_code(asked: str) -> str:
    """ "uk", "UK" or "Ukrainian" -> "uk"; anything else is returned lower-cased, for the caller to refuse."""
    asked = asked.strip().lower()
    return next((c for c, name in messages.LANGUAGE_NAMES.items() if name.lower() == asked), asked)


def fts_expression(text: str) -> str | None:
    """User words as an FTS5 query that cannot be read as syntax: each word a quoted string (quotes doubled),
    words without letters or digits dropped. `"KN-23` becomes `\"\"\"KN-23\"`, `NEAR(` becomes `\"NEAR(\"`."""
    words = [word for word in text.split() if re.search(r"[^\W_]", word)]
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


_DATE_OR_NUMBER = re.compile(r"^[\s\d.,:/#-]+$")


def _looks_like_date_or_number(text: str) -> bool:
    return bool(_DATE_OR_NUMBER.match(text)) and any(ch.isdigit() for ch in text)


def _positive_int(text: str) -> int | None:
    cleaned = text.lstrip("#")
    # ASCII digits only: "²".isdigit() is true, int("²") is not.
    if not (cleaned.isascii() and cleaned.isdigit()):
        return None
    value = int(cleaned)
    return value if 0 < value < 2**62 else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _first(values: tuple[str, ...]) -> str | None:
    return values[0] if values else None


def _fact_value(fact: dict[str, Any]) -> str:
    """What an article fact says: a name, or for a figure its measure, value and weapon ("launched=2 Iskander-M")."""
    if fact["kind"] == "count" and fact["entity_key"]:
        return f"{fact['value']} {fact['name']}"
    return str(fact["name"])


def _article_view(row: dict[str, object], facts: tuple[ArticleFact, ...]) -> ArticleView:
    published = row.get("published")
    return ArticleView(
        id=int(str(row["id"])),
        title=str(row["title"]),
        outlet=str(row.get("outlet") or ""),
        author=str(row["author"]) if row.get("author") else None,
        published=datetime.fromisoformat(str(published)) if published else None,
        url=str(row["url"]) if row.get("url") else None,
        path=str(row["path"]) if row.get("path") else None,
        kind=str(row.get("kind") or "article"),
        sentences=int(str(row.get("sentence_count") or 0)),
        ingested_at=str(row.get("ingested_at") or ""),
        facts=facts,
        cited=cited_list(str(row.get("cited") or "[]")),
        language=str(row.get("language") or ""),
    )
