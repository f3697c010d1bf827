"""The recorder: prepared articles in, articles, reports and incidents written through the Store.

Intake (`bot.ingest`) turns files, pasted text, pages, records and feed entries into `PreparedArticle`s without
touching the database; this module is the one writer of what they say. Each article is all or nothing (a
savepoint inside the caller's write transaction). Each of its reports joins the incident it describes (see
`bot.merge`) or starts one, with an outbox event for alerts in the same transaction.

Alerts follow three rules (issue 9): a new incident raises a "new" event; a report from a new article joining a
known incident raises an "update" event (so a subscription the incident now matches hears of it once); an edited
article, a re-read one (`reindex`) and silent imports raise only silent events. An edit also keeps its incidents'
ids where it can: a report that no longer matches anything takes over the incident the article's old report
leaves empty, so an incident that is still the same keeps its id and is never announced twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from bot import messages
from bot.extract.gazetteer import Gazetteer
from bot.extract.summary import PEOPLE_MEASURES, summarize
from bot.merge import Combined, Position, Window, match_score
from bot.models import Extraction, IncidentDraft, IngestOutcome, Owner, PreparedArticle
from bot.store.articles import ArticleValues, StoredArticle
from bot.store.incidents import ClaimRecord, IncidentState, ReportRecord, SourceLine
from bot.store.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RecordOptions:
    """How one article is recorded: by whom, and whether its incidents may alert."""

    owner: Owner = field(default_factory=Owner)
    added_by: str | None = None
    silent: bool = False
    wave_id: int | None = None
    # Re-reading a stored article with newer code (`reindex`): an edit of that article that never alerts.
    reread: int | None = None


class Recorder:
    def __init__(self, store: Store, gazetteer: Gazetteer, *, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.gazetteer = gazetteer
        self.clock = clock

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    # ---- reading before writing ---------------------------------------------------------------------------

    def stored(self, owner: Owner, source_key: str) -> StoredArticle | None:
        return self.store.article_by_source(owner.scoped(source_key))

    # ---- recording ----------------------------------------------------------------------------------------

    def record(self, prepared: PreparedArticle, *, name: str, options: RecordOptions) -> IngestOutcome:
        """Write one prepared article, all or nothing. Call inside `store.write()`."""
        draft = prepared.draft
        with self.store.write():
            if options.reread is not None:
                existing = self.store.stored_article(options.reread)
                if existing is None:
                    return IngestOutcome(name, "skipped", message="removed meanwhile")
                return self._write(prepared, existing, name=name, options=options)
            existing = self.stored(options.owner, draft.source_key)
            content_hash = draft.content_hash
            if existing is not None and existing.content_hash == content_hash:
                if prepared.stamp is not None and prepared.stamp != existing.stamp:
                    self.store.touch_file(existing.id, prepared.stamp)
                return IngestOutcome(name, "unchanged", existing.id, "already ingested, unchanged")
            if existing is None:
                twin = self.store.article_by_hash(content_hash)
                if twin is not None:
                    return IngestOutcome(name, "duplicate", twin.id, _duplicate_message(twin, options.owner))
            return self._write(prepared, existing, name=name, options=options)

    def _write(
        self, prepared: PreparedArticle, existing: StoredArticle | None, *, name: str, options: RecordOptions
    ) -> IngestOutcome:
        draft, extraction = prepared.draft, prepared.extraction
        if not draft.outlet and extraction.cited_outlets:
            # One outlet per article, the same in every answer (issue 10): when the page names no publisher, the
            # outlet it attributes its report to.
            draft = replace(draft, outlet=extraction.cited_outlets[0])
        now = self._now()
        values = ArticleValues(
            draft=draft,
            owner=options.owner,
            published_date=prepared.published_day,
            cited=extraction.cited_outlets,
            notes=prepared.notes,
            stamp=prepared.stamp,
            language=prepared.language,
        )
        edit = existing is not None
        touched: set[int] = set()
        if existing is not None:
            touched.update(self.store.delete_article_content(existing.id))
        article_id = self.store.save_article(
            existing.id if existing else None, values, added_by=options.added_by, now=now
        )
        if prepared.raw is not None:
            self.store.save_source(article_id, prepared.raw)
        day = prepared.published_day or prepared.anchor_day or self.clock().date()
        sentence_ids = self.store.insert_sentences(article_id, day, extraction.sentences)
        self.store.insert_facts(article_id, extraction.sentences, sentence_ids)
        self._upsert_entities(extraction)
        source = SourceLine(
            article_id=article_id,
            rank_key=rank_key(draft.kind, prepared.published_day),
            title=draft.title,
            outlet=draft.outlet,
            published_date=prepared.published_day,
            url=draft.url,
            path=draft.path,
            cited=extraction.cited_outlets,
            kind=draft.kind,
            language=prepared.language,
        )
        # An edit's old incidents: the ones its reports leave empty may be taken over by its new reports.
        orphans = [i for i in sorted(touched) if self.store.report_count(i) == 0]
        new: list[int] = []
        merged: list[int] = []
        # The reports each incident gains, to fold into what it says without reading its others again.
        joined: dict[int, list[tuple[Position, ReportRecord]]] = {}
        silent = options.silent or edit
        for ordinal, incident in enumerate(extraction.incidents):
            incident_id = self._match(incident, official=draft.kind == "record")
            if incident_id is None and orphans:
                incident_id = orphans.pop(0)
            if incident_id is None:
                incident_id = self.store.create_incident(
                    incident.day, incident.start, incident.end, incident.summary, now
                )
                self.store.add_event(incident_id, "new", silent=silent, wave_id=options.wave_id,
                                     article_id=article_id, now=now)  # fmt: skip
                new.append(incident_id)
            elif incident_id not in touched and incident_id not in merged and incident_id not in new:
                self.store.add_event(incident_id, "update", silent=silent, wave_id=options.wave_id,
                                     article_id=article_id, now=now)  # fmt: skip
                merged.append(incident_id)
            report = _report(incident_id, ordinal, incident, extraction, sentence_ids)
            self.store.insert_report(source, report)
            joined.setdefault(incident_id, []).append(((source.rank_key, article_id, ordinal), report))
        self._refresh(touched, now)
        self._fold(joined, set(new), touched, now)
        self.store.bump_version()
        status = "updated" if edit else "added"
        message = _describe(extraction, new, merged, prepared)
        if prepared.notes:
            message += " (" + "; ".join(prepared.notes) + ")"
        return IngestOutcome(name, status, article_id, message, tuple(new), tuple(merged))

    def remove(self, article_id: int) -> bool:
        """Remove an article and what only it supported. Call inside `store.write()`."""
        with self.store.write():
            if self.store.stored_article(article_id) is None:
                return False
            touched = set(self.store.delete_article_content(article_id))
            self.store.delete_article(article_id)
            self._refresh(touched, self._now())
            self.store.bump_version()
        return True

    # ---- incidents ----------------------------------------------------------------------------------------

    def _upsert_entities(self, extraction: Extraction) -> None:
        entities = {}
        for sentence in extraction.sentences:
            for mention in (*sentence.weapons, *sentence.places, *sentence.actors, *sentence.outlets):
                entities[mention.entity.key] = mention.entity
        for key in list(entities):
            for ancestor in self.gazetteer.ancestors(key):
                parent = self.gazetteer.get(ancestor)
                if parent is not None:
                    entities.setdefault(parent.key, parent)
        where = {key: point for key in entities if (point := self.gazetteer.locate(key)) is not None}
        self.store.upsert_entities(entities.values(), where)

    def _match(self, incident: IncidentDraft, *, official: bool) -> int | None:
        report = _entity_kinds(incident)
        candidates = self.store.candidate_incidents(
            incident.day.isoformat(), incident.start.isoformat(), incident.end.isoformat()
        )
        best: tuple[int, int] | None = None
        for candidate_id, entities in candidates.items():
            score = match_score(report, entities, self._region_ancestors, official=official)
            if score and not official and self.store.sourced_by_records_only(candidate_id):
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
        """Recompute these incidents from all their reports (after an edit or a removal), or delete those left
        with none."""
        for incident_id in sorted(incident_ids):
            combined = self.recombined(incident_id)
            if combined is None:
                self.store.delete_incident(incident_id)
            else:
                self.store.update_incident(incident_id, self.state_of(combined), now, combined)

    def _fold(
        self, joined: dict[int, list[tuple[Position, ReportRecord]]], new: set[int], done: set[int], now: str
    ) -> None:
        """Fold each incident's new reports into what it said (new incidents from nothing); `done` were just
        recomputed in full. An incident kept from before the combined state was (NULL) is recomputed in full."""
        for incident_id in sorted(joined.keys() - done):
            kept = Combined() if incident_id in new else self.store.incident_combined(incident_id)
            if kept is None:
                combined = self.recombined(incident_id)
                assert combined is not None, "an incident that just gained a report has reports"
            else:
                combined = kept
                for at, report in joined[incident_id]:
                    combined.add(at, *_report_parts(report))
            self.store.update_incident(incident_id, self.state_of(combined), now, combined)

    def recombined(self, incident_id: int) -> Combined | None:
        """What the incident's reports say together, read from all of them (None: it has none)."""
        reports = self.store.reports_of_incident(incident_id)
        if not reports:
            return None
        entities: dict[int, list[tuple[str, str]]] = {}
        for report_id, key, kind in self.store.report_entity_rows(incident_id):
            entities.setdefault(report_id, []).append((key, kind))
        people: dict[int, list[tuple[int, str, int]]] = {}
        for report_id, sentence_id, measure, value in self.store.report_figures(incident_id, PEOPLE_MEASURES):
            people.setdefault(report_id, []).append((sentence_id, measure, value))
        combined = Combined()
        for r in reports:
            combined.add(
                (r.rank_key, r.article_id, r.ordinal),
                Window(r.date, r.date_start, r.date_end),
                entities.get(r.id, []),
                people.get(r.id, []),
            )
        return combined

    def state_of(self, combined: Combined) -> IncidentState:
        """What an incident says, to store and show, from what its reports say together."""
        window = combined.window()
        entities = combined.kinds()
        # Names from the entities table: it also knows weapons found only by pattern ("Kh-38ML").
        known = self.store.entity_names(list(entities))
        names = {key: known.get(key, (key, ""))[0] for key in entities}
        weapons = [(names[k], known.get(k, (k, ""))[1]) for k, v in entities.items() if v == "weapon"]
        places = [names[k] for k, v in entities.items() if v == "place"]
        origins = [names[k] for k, v in entities.items() if v == "origin"]
        summary = summarize(weapons, places, combined.figures(), origins)
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
        return IncidentState(window.day, window.start, window.end, summary, entities, shown)


def rank_key(kind: str, published: date | None) -> str:
    """Where a source is listed among an incident's: articles before official records, then oldest first
    (undated last); the article id and the report's ordinal break ties."""
    return f"{0 if kind == 'article' else 1}{published.isoformat() if published else '9999-12-31'}"


def _entity_kinds(incident: IncidentDraft) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for entity in (*incident.weapons, *incident.places, *incident.actors):
        kinds.setdefault(entity.key, entity.kind.value)
    for entity in incident.origins:
        kinds.setdefault(entity.key, "origin")
    return kinds


def _report(
    incident_id: int, ordinal: int, incident: IncidentDraft, extraction: Extraction, sentence_ids: list[int]
) -> ReportRecord:
    evidence = dict(incident.evidence)
    first = incident.sentence_indexes[0]
    return ReportRecord(
        incident_id=incident_id,
        ordinal=ordinal,
        day=incident.day,
        start=incident.start,
        end=incident.end,
        date_phrase=incident.date_phrase,
        summary=incident.summary,
        sentence_ids=tuple(sentence_ids[i] for i in incident.sentence_indexes),
        snippet=extraction.sentences[first].sentence.text,
        entities=tuple(
            (key, kind, sentence_ids[evidence[key]] if key in evidence else None)
            for key, kind in _entity_kinds(incident).items()
        ),
        claims=tuple(
            ClaimRecord(
                sentence_ids[index],
                claim.measure,
                claim.value,
                claim.weapons[0].key if claim.weapons else None,
                claim.weapon_name,
                extraction.sentences[index].sentence.text,
                claim.noun,
            )
            for index, claim in incident.counts
        ),
    )


def _report_parts(report: ReportRecord) -> tuple[Window, list[tuple[str, str]], list[tuple[int, str, int]]]:
    """What a report adds to its incident's combined state: its window, its entities in order, and its figures of
    people in the order the store lists them (by sentence, then as given)."""
    people = sorted(
        ((c.sentence_id, c.measure, c.value) for c in report.claims if c.measure in PEOPLE_MEASURES),
        key=lambda claim: claim[0],
    )
    return (
        Window(report.day.isoformat(), report.start.isoformat(), report.end.isoformat()),
        [(key, kind) for key, kind, _ in report.entities],
        people,
    )


def _duplicate_message(twin: StoredArticle, owner: Owner) -> str:
    if twin.owner != owner.key and twin.owner.startswith("guild:"):
        return f"same text as article {twin.id}, which another server added"
    return f"same text as article {twin.id} ({twin.source_key.partition('|')[2] or twin.source_key})"


def _describe(extraction: Extraction, new: list[int], merged: list[int], prepared: PreparedArticle) -> str:
    if not extraction.incidents:
        return messages.no_incident_found(
            language=prepared.language,
            names=sum(len(f.weapons) + len(f.places) for f in extraction.sentences),
            dated=prepared.anchor_day is not None or any(f.dates for f in extraction.sentences),
        )
    parts = []
    if new:
        parts.append(f"{len(new)} new incident{'s' if len(new) != 1 else ''}")
    if merged:
        parts.append(f"{len(merged)} matched to known incident{'s' if len(merged) != 1 else ''}")
    return ", ".join(parts) or "incidents updated"
