"""Ingestion: documents in, facts and incidents stored, one transaction per article.

Files and folders, pasted text, attachments and fetched pages all end in `Ingestor.store_article`, which writes
the article, its sentences, facts and reports, merges each report into an incident (or creates one, with an
outbox event for alerts) inside one transaction. A failure anywhere rolls the whole article back.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.extract import Gazetteer, extract_article, find_dates
from bot.extract.incidents import summarize
from bot.ingest.parse import ARTICLE_SUFFIXES, ParseError, parse_document
from bot.merge import Window, combine_dates, match_score
from bot.models import ArticleDraft, EntityKind, Extraction, IncidentDraft
from bot.store.store import Store

log = logging.getLogger(__name__)

# Files that live beside articles but are not articles.
_DOCUMENT_NAMES = {"readme", "sources", "license", "licence", "changelog", "notes", "contributing"}
COMMIT_BATCH = 64
RECORDS_HEADER = {"time_start", "time_end", "model", "launched", "destroyed"}


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
    outcomes: tuple[IngestOutcome, ...] = field(default_factory=tuple)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def stored(self) -> int:
        return sum(1 for o in self.outcomes if o.ok)

    @property
    def new_incidents(self) -> tuple[int, ...]:
        return tuple(i for o in self.outcomes for i in o.new_incidents)


Progress = Callable[[int, int, IngestOutcome], None]


class Ingestor:
    def __init__(
        self,
        store: Store,
        gazetteer: Gazetteer,
        *,
        timezone: str = "Europe/Kyiv",
        max_article_bytes: int = 5_000_000,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.store = store
        self.gazetteer = gazetteer
        self.zone = ZoneInfo(timezone)
        self.max_article_bytes = max_article_bytes
        self.clock = clock or (lambda: datetime.now(self.zone))

    # ---- entry points -------------------------------------------------------------------------------------

    def ingest_paths(
        self, paths: Iterable[Path], *, silent: bool = False, progress: Progress | None = None
    ) -> IngestReport:
        files = list(_expand(paths))
        outcomes: list[IngestOutcome] = []
        # Files are committed in batches: one commit per article costs more than extracting it. Each article is
        # still all-or-nothing (a savepoint inside the batch); a crash loses at most the uncommitted batch, which
        # the next run ingests again.
        for first in range(0, len(files), COMMIT_BATCH):
            with self.store.atomic():
                for index, (path, skip_reason) in enumerate(
                    files[first : first + COMMIT_BATCH], start=first + 1
                ):
                    outcome, produced = self._ingest_one(path, skip_reason, silent=silent)
                    outcomes.extend(produced)
                    if progress:
                        progress(index, len(files), outcome)
        return IngestReport(tuple(outcomes))

    def _ingest_one(
        self, path: Path, skip_reason: str | None, *, silent: bool
    ) -> tuple[IngestOutcome, list[IngestOutcome]]:
        """The outcome to show for one path, and the outcomes it produced (a records file produces many)."""
        from bot.ingest.records import import_records  # records build on this module

        if skip_reason:
            status = "failed" if skip_reason == "missing" else "skipped"
            outcome = IngestOutcome(str(path), status, message=_SKIP_MESSAGES[skip_reason])
            return outcome, [outcome]
        if path.suffix.lower() != ".csv":
            outcome = self._guarded(path, silent=silent)
            return outcome, [outcome]
        if not _is_records_csv(path):
            outcome = IngestOutcome(str(path), "skipped", message="a CSV file that is not attack records")
            return outcome, [outcome]
        report = import_records(self, path, silent=True)
        return IngestOutcome(str(path), "added", message=f"{report.stored} official records"), list(
            report.outcomes
        )

    def _guarded(self, path: Path, *, silent: bool) -> IngestOutcome:
        """One file's bug must not stop a folder: its transaction is rolled back and the rest still go in."""
        try:
            return self.ingest_file(path, silent=silent)
        except Exception as error:
            log.exception("ingesting %s failed", path)
            return IngestOutcome(
                str(path), "failed", message=f"an internal error ({type(error).__name__}); see the log"
            )

    def ingest_file(self, path: Path, *, silent: bool = False) -> IngestOutcome:
        name = str(path)
        try:
            size = path.stat().st_size
            if size > self.max_article_bytes:
                return IngestOutcome(name, "failed", message=_too_large(size, self.max_article_bytes))
            raw = path.read_bytes()
        except OSError as error:
            return IngestOutcome(
                name, "failed", message=f"could not read the file ({error.strerror or error})"
            )
        return self.ingest_bytes(raw, name=name, path=str(path.resolve()), silent=silent)

    def ingest_bytes(
        self,
        raw: bytes,
        *,
        name: str,
        url: str | None = None,
        path: str | None = None,
        fmt: str | None = None,
        added_by: str | None = None,
        guild_id: int | None = None,
        silent: bool = False,
    ) -> IngestOutcome:
        if len(raw) > self.max_article_bytes:
            return IngestOutcome(name, "failed", message=_too_large(len(raw), self.max_article_bytes))
        try:
            draft = parse_document(raw, name=Path(name).name, url=url, fmt=fmt)
        except ParseError as error:
            return IngestOutcome(name, "failed", message=str(error))
        draft = _with_source(draft, path=path, url=url, outlet=self._outlet_for(draft))
        return self.store_article(draft, name=name, added_by=added_by, guild_id=guild_id, silent=silent)

    def store_article(
        self,
        draft: ArticleDraft,
        *,
        name: str,
        extraction: Extraction | None = None,
        added_by: str | None = None,
        guild_id: int | None = None,
        silent: bool = False,
    ) -> IngestOutcome:
        existing = self.store.article_by_source(draft.source_key)
        content_hash = draft.content_hash
        if existing is not None and existing.content_hash == content_hash:
            return IngestOutcome(name, "unchanged", existing.id, "already ingested, unchanged")
        if existing is None:
            twin = self.store.article_by_hash(content_hash)
            if twin is not None:
                return IngestOutcome(
                    name, "duplicate", twin.id, f"same text as article {twin.id} ({twin.source_key})"
                )
        published = self.local_date(draft.published)
        if extraction is None:
            anchor = published or latest_stated_date(draft.body, self.clock().date())
            extraction = extract_article(
                draft.body, anchor, self.gazetteer, own_outlet=draft.outlet, masked=draft.masked
            )
        now = self.clock().isoformat(timespec="seconds")
        with self.store.atomic():
            values = {
                "source_key": draft.source_key,
                "content_hash": content_hash,
                "kind": draft.kind,
                "title": draft.title,
                "outlet": draft.outlet,
                "author": draft.author,
                "published": draft.published.isoformat() if draft.published else None,
                "published_date": published.isoformat() if published else None,
                "url": draft.url,
                "path": draft.path,
                "format": draft.format,
                "cited": json.dumps(list(extraction.cited_outlets)),
                "updated_at": now,
            }
            touched: set[int] = set()
            if existing is not None:
                article_id = existing.id
                touched.update(self.store.delete_article_content(article_id))
                self.store.update_article(article_id, values)
            else:
                article_id = self.store.insert_article(
                    {**values, "ingested_at": now, "added_by": added_by, "guild_id": guild_id}
                )
            self.store.set_article_text(article_id, draft.body)
            new, merged = self._store_facts(
                article_id,
                extraction,
                touched,
                now,
                silent=silent,
                official=draft.kind == "record",
                source={
                    "rank_key": _rank_key(draft.kind, published),
                    "article_id": article_id,
                    "title": draft.title,
                    "outlet": values["outlet"],
                    "published_date": values["published_date"],
                    "url": draft.url,
                    "path": draft.path,
                    "cited": values["cited"],
                    "kind": draft.kind,
                },
            )
            self._refresh(touched | set(new) | set(merged), now)
            self.store.bump_version()
        status = "updated" if existing is not None else "added"
        return IngestOutcome(
            name, status, article_id, _describe(extraction, new, merged), tuple(new), tuple(merged)
        )

    def remove_article(self, article_id: int) -> bool:
        if self.store.article(article_id) is None:
            return False
        now = self.clock().isoformat(timespec="seconds")
        with self.store.atomic():
            touched = set(self.store.delete_article_content(article_id))
            self.store.delete_article(article_id)
            self._refresh(touched, now)
            self.store.bump_version()
        return True

    def local_date(self, published: datetime | None) -> date | None:
        if published is None:
            return None
        if published.tzinfo is not None:
            return published.astimezone(self.zone).date()
        return published.date()

    # ---- storing facts and incidents ----------------------------------------------------------------------

    def _store_facts(
        self,
        article_id: int,
        extraction: Extraction,
        touched: set[int],
        now: str,
        *,
        silent: bool,
        official: bool,
        source: dict[str, Any],
    ) -> tuple[list[int], list[int]]:
        """Sentences, facts and reports of an article; each report joins an incident (or starts one) and is
        listed among its sources (`source`: the article's part of a source line)."""
        sentence_ids = self.store.insert_sentences(
            article_id,
            (
                (f.sentence.index, f.sentence.start, f.sentence.end, f.sentence.text)
                for f in extraction.sentences
            ),
        )
        facts: list[tuple[int, int, str, str | None, str, str, int, int]] = []
        entities = {}
        for sentence_facts, sentence_id in zip(extraction.sentences, sentence_ids, strict=True):
            for d in sentence_facts.dates:
                value = (
                    d.day.isoformat() if d.start == d.end else f"{d.start.isoformat()}..{d.end.isoformat()}"
                )
                facts.append(
                    (
                        article_id,
                        sentence_id,
                        f"date:{d.kind.value}",
                        None,
                        value,
                        d.phrase,
                        d.offset,
                        d.end_offset,
                    )
                )
            for mention in (
                *sentence_facts.weapons,
                *sentence_facts.places,
                *sentence_facts.actors,
                *sentence_facts.outlets,
            ):
                entity = mention.entity
                entities[entity.key] = entity
                facts.append((article_id, sentence_id, entity.kind.value, entity.key, entity.name, mention.surface,
                              mention.start, mention.end))  # fmt: skip
            for claim in sentence_facts.counts:
                facts.append((article_id, sentence_id, "count", None, f"{claim.measure}={claim.value}", claim.surface,
                              claim.offset, claim.end_offset))  # fmt: skip
        for key in list(entities):
            for ancestor in self.gazetteer.ancestors(key):
                parent = self.gazetteer.get(ancestor)
                if parent is not None:
                    entities.setdefault(parent.key, parent)
        self.store.upsert_entities(
            (e.key, e.kind.value, e.name, e.category, e.parent) for e in entities.values()
        )
        self.store.insert_facts(facts)

        new: list[int] = []
        merged: list[int] = []
        for ordinal, incident in enumerate(extraction.incidents):
            report_entities = _entity_kinds(incident)
            incident_id = self._match(incident, report_entities, official=official)
            if incident_id is None:
                incident_id = self.store.create_incident(
                    incident.day.isoformat(),
                    incident.start.isoformat(),
                    incident.end.isoformat(),
                    incident.summary,
                    now,
                )
                self.store.add_event(incident_id, "new", silent, now)
                new.append(incident_id)
            elif incident_id not in touched:
                merged.append(incident_id)
            report_id = self.store.insert_report(
                {
                    "incident_id": incident_id,
                    "article_id": article_id,
                    "ordinal": ordinal,
                    "date": incident.day.isoformat(),
                    "date_start": incident.start.isoformat(),
                    "date_end": incident.end.isoformat(),
                    "date_phrase": incident.date_phrase,
                    "summary": incident.summary,
                    "rank_key": source["rank_key"],
                }
            )
            self.store.insert_incident_source(
                {
                    **source,
                    "incident_id": incident_id,
                    "report_id": report_id,
                    "date_phrase": incident.date_phrase,
                    "snippet": extraction.sentences[incident.sentence_indexes[0]].sentence.text,
                    "claims": json.dumps(
                        [
                            [c.measure, c.value, extraction.sentences[i].sentence.text]
                            for i, c in incident.counts
                        ],
                        ensure_ascii=False,
                    ),
                }
            )
            self.store.insert_report_details(
                report_id,
                [sentence_ids[i] for i in incident.sentence_indexes],
                report_entities.items(),
                [(sentence_ids[i], claim.measure, claim.value) for i, claim in incident.counts],
            )
        return new, merged

    def _match(self, incident: IncidentDraft, report: dict[str, str], *, official: bool) -> int | None:
        candidates = self.store.candidate_incidents(
            incident.day.isoformat(), incident.start.isoformat(), incident.end.isoformat()
        )
        best: tuple[int, int] | None = None
        for candidate_id, entities in candidates.items():
            score = match_score(report, entities, self._region_ancestors, official=official)
            if score and not official and self.store.incident_sources_kinds(candidate_id) == {"record"}:
                score = match_score(report, entities, self._region_ancestors, official=True)
            if score and (best is None or score > best[0]):
                best = (score, candidate_id)
        return None if best is None else best[1]

    def _region_ancestors(self, key: str) -> list[str]:
        """A place's containing oblasts/regions (never the country: all of Ukraine is not a match)."""
        return [
            a
            for a in self.gazetteer.ancestors(key)
            if (e := self.gazetteer.get(a)) and e.category != "country"
        ]

    def _refresh(self, incident_ids: set[int], now: str) -> None:
        for incident_id in sorted(incident_ids):
            reports = self.store.reports_of_incident(incident_id)
            if not reports:
                self.store.delete_incident(incident_id)
                continue
            window = combine_dates([Window(r.date, r.date_start, r.date_end) for r in reports])
            entities: dict[str, str] = {}
            for key, kind in self.store.report_entity_keys(incident_id):
                # A place one source says was hit and another says was launched from is a place.
                if entities.get(key) != "place":
                    entities[key] = kind
            # Names from the entities table: it also knows weapons found only by pattern ("Kh-38ML").
            known = self.store.entity_names(list(entities))
            names = {key: known.get(key, (key, ""))[0] for key in entities}
            weapons = [(names[k], known.get(k, (k, ""))[1]) for k, v in entities.items() if v == "weapon"]
            places = [names[k] for k, v in entities.items() if v == "place"]
            origins = [names[k] for k, v in entities.items() if v == "origin"]
            figures: dict[str, int] = {}
            for measure, value in self.store.incident_claim_rows(incident_id):
                figures.setdefault(measure, value)
            summary = summarize(weapons, places, figures, origins)
            # The oblasts and regions containing its places are indexed too ("within"), so that a question about
            # Kyiv Oblast is one index range however many of its towns were hit.
            for key, kind in list(entities.items()):
                if kind in ("place", "origin"):
                    for region in self._region_ancestors(key):
                        entities.setdefault(region, "within")
            shown = {
                "weapon": [name for name, _ in weapons],
                "place": places,
                "actor": [names[k] for k, v in entities.items() if v == "actor"],
                "origin": origins,
            }
            self.store.update_incident(
                incident_id, window.day, window.start, window.end, summary, entities, shown, now
            )

    def _outlet_for(self, draft: ArticleDraft) -> str | None:
        if draft.outlet:
            known = [e for e in self.gazetteer.lookup(draft.outlet) if e.kind is EntityKind.OUTLET]
            return known[0].name if known else draft.outlet
        if draft.url:
            return self.gazetteer.outlet_for_url(draft.url)
        return None


def latest_stated_date(body: str, today: date) -> date | None:
    """For an article with no publication date: the latest full date its text states (not after today), which a
    reader takes as "now" for its relative dates. None when the text gives no full date."""
    stated = [m.day for m in find_dates(body, None) if m.day <= today]
    return max(stated, default=None)


def _rank_key(kind: str, published: date | None) -> str:
    """Where a source is listed among an incident's: articles before official records, then oldest first
    (undated last); the report id breaks ties in the index."""
    return f"{0 if kind == 'article' else 1}{published.isoformat() if published else '9999-12-31'}"


def _entity_kinds(incident: IncidentDraft) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for entity in (*incident.weapons, *incident.places, *incident.actors):
        kinds.setdefault(entity.key, entity.kind.value)
    for entity in incident.origins:
        kinds.setdefault(entity.key, "origin")
    return kinds


def _with_source(
    draft: ArticleDraft, *, path: str | None, url: str | None, outlet: str | None
) -> ArticleDraft:
    return replace(draft, path=path or draft.path, url=url or draft.url, outlet=outlet)


def _describe(extraction: Extraction, new: list[int], merged: list[int]) -> str:
    if not extraction.incidents:
        return "no incident reported"
    parts = []
    if new:
        parts.append(f"{len(new)} new incident{'s' if len(new) != 1 else ''}")
    if merged:
        parts.append(f"{len(merged)} matched to known incident{'s' if len(merged) != 1 else ''}")
    return ", ".join(parts) or "incidents updated"


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / 1_000_000:.1f} MB; one article may be at most {limit / 1_000_000:.1f} MB)"


_SKIP_MESSAGES = {
    "missing": "no such file or folder",
    "document": "a documentation file, not an article",
    "suffix": "not an article file (.txt, .md, .html) or records (.csv)",
    "hidden": "a hidden file",
}


def _expand(paths: Iterable[Path]) -> Iterator[tuple[Path, str | None]]:
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    reason = _skip_reason(child)
                    # Inside a folder, files that are plainly not articles are passed over quietly.
                    if reason is None:
                        yield child, None
        elif path.is_file():
            reason = _skip_reason(path)
            # A file named explicitly is read whatever its suffix: the user asked for it.
            yield path, reason if reason in ("document",) else None
        else:
            yield path, "missing"


def _skip_reason(path: Path) -> str | None:
    if path.name.startswith("."):
        return "hidden"
    if path.stem.lower() in _DOCUMENT_NAMES:
        return "document"
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES and suffix != ".csv":
        return "suffix"
    return None


def _is_records_csv(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            header = handle.readline()
    except OSError:
        return False
    return {column.strip() for column in header.split(",")} >= RECORDS_HEADER
