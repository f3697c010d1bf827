"""Reports and incidents: writing them as the recorder decides, and reading them for answers."""

from __future__ import annotations

import itertools
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from bot.merge import Combined
from bot.store.base import StoreBase

# Counting every match of a common word grows with the corpus: full-text counts stop here (or at the page asked
# for, if later), and answers say "100+".
COUNT_CAP = 100
COMPOUND_TERMS = 400  # SELECTs joined by UNION ALL in one statement (SQLite's limit is 500)


@dataclass(frozen=True, slots=True)
class SourceLine:
    """The article's part of each source line it gives an incident (see `incident_sources`)."""

    article_id: int
    rank_key: str
    title: str
    outlet: str | None
    published_date: date | None
    url: str | None
    path: str | None
    cited: tuple[str, ...]
    kind: str
    language: str = ""


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    sentence_id: int
    measure: str
    value: int
    weapon_key: str | None
    weapon_name: str | None
    sentence: str
    noun: str = ""


@dataclass(frozen=True, slots=True)
class ReportRecord:
    """One article's account of one incident, as it is stored."""

    incident_id: int
    ordinal: int
    day: date
    start: date
    end: date
    date_phrase: str
    summary: str
    sentence_ids: tuple[int, ...]
    snippet: str
    entities: tuple[
        tuple[str, str, int | None], ...
    ]  # (entity key, kind, id of the sentence naming it first)
    claims: tuple[ClaimRecord, ...]


@dataclass(frozen=True, slots=True)
class ReportRow:
    id: int
    rank_key: str
    article_id: int
    ordinal: int
    date: str
    date_start: str
    date_end: str


@dataclass(frozen=True, slots=True)
class IncidentState:
    """What an incident says once its reports are combined."""

    day: str
    start: str
    end: str
    summary: str
    entities: dict[str, str]  # entity key -> weapon | place | actor | origin | within
    names: dict[str, list[str]]  # kind -> display names


class IncidentStore(StoreBase):
    # ---- writing ------------------------------------------------------------------------------------------

    def insert_report(self, source: SourceLine, report: ReportRecord) -> int:
        report_id = self._insert(
            "reports",
            {
                "incident_id": report.incident_id,
                "article_id": source.article_id,
                "ordinal": report.ordinal,
                "date": report.day.isoformat(),
                "date_start": report.start.isoformat(),
                "date_end": report.end.isoformat(),
                "date_phrase": report.date_phrase,
                "summary": report.summary,
                "rank_key": source.rank_key,
            },
        )
        self._insert(
            "incident_sources",
            {
                "incident_id": report.incident_id,
                "rank_key": source.rank_key,
                "report_id": report_id,
                "article_id": source.article_id,
                "title": source.title,
                "outlet": source.outlet,
                "published_date": source.published_date.isoformat() if source.published_date else None,
                "url": source.url,
                "path": source.path,
                "cited": json.dumps(list(source.cited), ensure_ascii=False),
                "kind": source.kind,
                "language": source.language,
                "date_phrase": report.date_phrase,
                "snippet": report.snippet,
                "claims": json.dumps(
                    [[c.measure, c.value, c.sentence, c.weapon_name, c.noun] for c in report.claims],
                    ensure_ascii=False,
                ),
            },
        )
        self.conn.executemany(
            "INSERT INTO report_sentences (report_id, rank, sentence_id) VALUES (?, ?, ?)",
            [(report_id, rank, sid) for rank, sid in enumerate(report.sentence_ids)],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO report_entities (report_id, entity_key, kind, sentence_id, n) VALUES (?, ?, ?, ?, ?)",
            [
                (report_id, key, kind, sentence_id, n)
                for n, (key, kind, sentence_id) in enumerate(report.entities)
            ],
        )
        self.conn.executemany(
            "INSERT INTO claims (report_id, sentence_id, measure, value, weapon_key) VALUES (?, ?, ?, ?, ?)",
            [(report_id, c.sentence_id, c.measure, c.value, c.weapon_key) for c in report.claims],
        )
        return report_id

    def candidate_incidents(self, day: str, start: str, end: str) -> dict[int, dict[str, str]]:
        """Incidents dated `day`, or covering exactly the night [start, end], with their entity keys and kinds.

        Consecutive overnight waves share a calendar day (the night of 6-7 and the night of 7-8 both touch the
        7th), so a shared day in the window is not enough: that chained a month of waves into one incident.
        """
        found: dict[int, dict[str, str]] = {}
        rows = self.conn.execute(
            "SELECT i.id, ie.entity_key, ie.kind FROM incidents i "
            "LEFT JOIN incident_entities ie ON ie.incident_id = i.id AND ie.kind != 'within' "
            "WHERE i.date = ? OR (i.date_start = ? AND i.date_end = ? AND i.date_start < i.date_end)",
            [day, start, end],
        )
        for incident_id, key, kind in rows:
            entities = found.setdefault(int(incident_id), {})
            if key is not None:
                entities[str(key)] = str(kind)
        return found

    def sourced_by_records_only(self, incident_id: int) -> bool:
        """Whether every source of the incident is an official record: its first-listed source is one (articles are
        listed first), read without reading the hundreds of sources a much-reported incident has."""
        first = self.conn.execute(
            "SELECT kind FROM incident_sources WHERE incident_id = ? ORDER BY rank_key LIMIT 1", [incident_id]
        ).fetchone()
        return first is not None and first[0] == "record"

    def create_incident(self, day: date, start: date, end: date, summary: str, now: str) -> int:
        return self._insert(
            "incidents",
            {
                "date": day.isoformat(),
                "date_start": start.isoformat(),
                "date_end": end.isoformat(),
                "summary": summary,
                "created_at": now,
                "updated_at": now,
            },
        )

    def report_count(self, incident_id: int) -> int:
        return int(self._one("SELECT count(*) FROM reports WHERE incident_id = ?", [incident_id]))

    def reports_of_incident(self, incident_id: int) -> list[ReportRow]:
        """The incident's reports in listing order (articles before records, oldest first): never by row id,
        which an edited article's new report changes."""
        return [
            ReportRow(*row)
            for row in self.conn.execute(
                "SELECT id, rank_key, article_id, ordinal, date, date_start, date_end FROM reports "
                "WHERE incident_id = ? ORDER BY rank_key, article_id, ordinal",
                [incident_id],
            )
        ]

    def report_entity_rows(self, incident_id: int) -> list[tuple[int, str, str]]:
        """(report id, entity key, kind) of every report of the incident, in listing order and each report's
        order of naming them."""
        return [
            (int(report_id), str(key), str(kind))
            for report_id, key, kind in self.conn.execute(
                "SELECT r.id, re.entity_key, re.kind FROM report_entities re JOIN reports r ON r.id = re.report_id "
                "WHERE r.incident_id = ? ORDER BY r.rank_key, r.article_id, r.ordinal, re.n",
                [incident_id],
            )
        ]

    def report_figures(self, incident_id: int, measures: Sequence[str]) -> list[tuple[int, int, str, int]]:
        """(report id, sentence id, measure, value) of the incident's figures of these measures, in listing order
        and each report's order of giving them."""
        marks = ", ".join("?" for _ in measures)
        return [
            (int(report_id), int(sentence_id), str(measure), int(value))
            for report_id, sentence_id, measure, value in self.conn.execute(
                "SELECT r.id, c.sentence_id, c.measure, c.value FROM claims c JOIN reports r ON r.id = c.report_id "
                f"WHERE r.incident_id = ? AND c.measure IN ({marks}) "
                "ORDER BY r.rank_key, r.article_id, r.ordinal, c.sentence_id, c.id",
                [incident_id, *measures],
            )
        ]

    def incident_combined(self, incident_id: int) -> Combined | None:
        """What the incident's reports say together, if it is kept (an incident stored before it was is not)."""
        row = self.conn.execute("SELECT combined FROM incidents WHERE id = ?", [incident_id]).fetchone()
        if row is None or row[0] is None:
            return None
        days, entities, people = json.loads(zlib.decompress(row[0]))
        return Combined(days, entities, people)

    def update_incident(self, incident_id: int, state: IncidentState, now: str, combined: Combined) -> None:
        """Set an incident's dates, summary, display names and the entity keys it is found by.

        Only the entity rows that change are written: a report merged into a large incident seldom changes what
        it is found by, and when it adds a weapon the other rows stay where they are. Each row sits in its key's
        run of the newest-first index, a page of its own, so rewriting them all was, at 300,000 articles, two
        thirds of every page ingest wrote (issue 14). A new date moves every row, and rewrites them."""
        old = self._incident_entity_kinds(incident_id)
        old_day = self._one("SELECT date FROM incidents WHERE id = ?", [incident_id])
        self.conn.execute(
            "UPDATE incidents SET date = ?, date_start = ?, date_end = ?, summary = ?, updated_at = ?, names = ?, "
            "combined = ?, report_count = (SELECT count(*) FROM reports WHERE incident_id = ?) WHERE id = ?",
            [state.day, state.start, state.end, state.summary, now, json.dumps(state.names, ensure_ascii=False),
             _compressed([combined.days, combined.entities, combined.people]), incident_id, incident_id],
        )  # fmt: skip
        if old == state.entities and old_day == state.day:
            return
        new = state.entities
        if old_day == state.day:
            gone = [(incident_id, key) for key in old.keys() - new.keys()]
            added = {key: kind for key, kind in new.items() if key not in old}
            changed = [
                (kind, incident_id, key) for key, kind in new.items() if key in old and old[key] != kind
            ]
        else:
            gone, added, changed = [], dict(new), []
            self.conn.execute("DELETE FROM incident_entities WHERE incident_id = ?", [incident_id])
        self.conn.executemany("DELETE FROM incident_entities WHERE incident_id = ? AND entity_key = ?", gone)
        self.conn.executemany(
            "UPDATE incident_entities SET kind = ? WHERE incident_id = ? AND entity_key = ?", changed
        )
        self.conn.executemany(
            "INSERT INTO incident_entities (incident_id, entity_key, kind, date) VALUES (?, ?, ?, ?)",
            [(incident_id, key, kind, state.day) for key, kind in added.items()],
        )
        self._recount_entities(old, new)

    def delete_incident(self, incident_id: int) -> None:
        self._recount_entities(self._incident_entity_kinds(incident_id), {})
        self.conn.execute("DELETE FROM incidents WHERE id = ?", [incident_id])

    def _incident_entity_kinds(self, incident_id: int) -> dict[str, str]:
        return {
            str(key): str(kind)
            for key, kind in self.conn.execute(
                "SELECT entity_key, kind FROM incident_entities WHERE incident_id = ?", [incident_id]
            )
        }

    def _recount_entities(self, old: dict[str, str], new: dict[str, str]) -> None:
        """Move each entity's count of incidents, and of incidents it was a target of (places hit, not launch sites:
        `stats` ranks places by it), from an incident's old entity kinds to its new ones, touching only the entities
        whose counts change."""
        changes: list[tuple[int, int, str]] = []
        for key in sorted(old.keys() | new.keys()):
            incidents = (key in new) - (key in old)
            targets = (new.get(key) == "place") - (old.get(key) == "place")
            if incidents or targets:
                changes.append((incidents, targets, key))
        if changes:
            self.conn.executemany(
                "UPDATE entities SET incidents = incidents + ?, targets = targets + ? WHERE key = ?", changes
            )

    # ---- reading incidents --------------------------------------------------------------------------------

    def incidents_with_entities(
        self, keys: Sequence[str], limit: int, offset: int, *, named: Sequence[str] = ()
    ) -> tuple[list[int], int]:
        """Incidents that mention one of `keys` (a region also by the towns in it), or name one of the `named`
        places itself (a region, not through its towns)."""
        if not keys and not named:
            return [], 0
        sources = [(key, None) for key in keys] + [(key, "place") for key in named]
        return self._newest_of(sources, limit, offset), self._count_of(keys, named)

    def _count_of(self, keys: Sequence[str], named: Sequence[str]) -> int:
        """How many incidents `incidents_with_entities` finds. A key alone is a range of its index; a city and the
        regions named after it (the common question: "Konotop" is also the Konotop district and, for an oblast
        centre, the oblast) count by inclusion and exclusion: each region's count of incidents that name it is
        kept in `entities.targets`, and each overlap is read from the smallest range it lies in. Anything else
        counts the union."""
        if len(keys) == 1:
            members = [(keys[0], False), *((key, True) for key in named)]
            sizes: dict[str, int] = {}
            if named:
                sizes = dict(
                    self.conn.execute(
                        f"SELECT key, incidents FROM entities WHERE key IN ({', '.join('?' for _ in members)})",
                        [key for key, _ in members],
                    ).fetchall()
                )
            return sum(
                (-1) ** (size + 1) * self._count_naming_all(together, sizes)
                for size in range(1, len(members) + 1)
                for together in itertools.combinations(members, size)
            )
        where = f"entity_key IN ({', '.join('?' for _ in keys)})"
        if named:
            where = f"({where} OR (entity_key IN ({', '.join('?' for _ in named)}) AND kind = 'place'))"
        return int(
            self._one(
                f"SELECT count(DISTINCT incident_id) FROM incident_entities WHERE {where}", [*keys, *named]
            )
        )

    def _count_naming_all(self, members: Sequence[tuple[str, bool]], sizes: dict[str, int]) -> int:
        """Incidents that have every one of `members`: a key, and whether only where the incident names it as a
        place itself (a region, not through its towns). `sizes`: each key's rows, to walk the smallest range."""
        if len(members) == 1 and members[0][1]:
            return int(
                self._one("SELECT coalesce(max(targets), 0) FROM entities WHERE key = ?", [members[0][0]])
            )
        # The outer loop walks the smallest range; CROSS JOIN keeps SQLite from choosing a larger one.
        first, *others = sorted(members, key=lambda member: sizes.get(member[0], 0))
        sql = "SELECT count(*) FROM incident_entities m0"
        params: list[str] = []
        for number, (key, as_place) in enumerate(others, start=1):
            sql += (
                f" CROSS JOIN incident_entities m{number} ON m{number}.incident_id = m0.incident_id"
                f" AND m{number}.entity_key = ?" + (f" AND m{number}.kind = 'place'" if as_place else "")
            )
            params.append(key)
        sql += " WHERE m0.entity_key = ?" + (" AND m0.kind = 'place'" if first[1] else "")
        return int(self._one(sql, [*params, first[0]]))

    def _newest_of(self, sources: Sequence[tuple[str, str | None]], limit: int, offset: int) -> list[int]:
        """A page of the incidents of several keys, newest first: each key's index read in date order for as
        many rows as the page needs, and the runs merged. One sorted query over every row of every key cost
        50-120 ms for a city and its region at 235,000 articles (issue 14); this costs the page.

        Each key holds an incident once, so once `offset + limit` distinct incidents are in hand, no incident left
        unread can rank above the last of them: it would sit below that many rows of its own key."""
        wanted = offset + limit
        fetch = wanted
        while True:
            newest: dict[int, str] = {}
            exhausted = True
            for key, kind in sources:
                rows = self.conn.execute(
                    "SELECT incident_id, date FROM incident_entities WHERE entity_key = ?"
                    + (" AND kind = ?" if kind else "")
                    + " ORDER BY date DESC, incident_id DESC LIMIT ?",
                    [key, *([kind] if kind else []), fetch],
                ).fetchall()
                exhausted = exhausted and len(rows) < fetch
                newest.update((int(incident_id), str(date)) for incident_id, date in rows)
            if len(newest) >= wanted or exhausted:
                ordered = sorted(
                    newest, key=lambda incident_id: (newest[incident_id], incident_id), reverse=True
                )
                return ordered[offset:wanted]
            fetch *= 2

    def incidents_with_all(
        self, groups: Sequence[Sequence[str]], limit: int, offset: int
    ) -> tuple[list[int], int]:
        """Incidents that mention at least one key of every group (KN-23 AND one of Kharkiv's places)."""
        if len(groups) == 1:
            return self.incidents_with_entities(groups[0], limit, offset)
        parts: list[str] = []
        params: list[str] = []
        for group in groups:
            parts.append(
                f"SELECT incident_id FROM incident_entities WHERE entity_key IN ({', '.join('?' for _ in group)})"
            )
            params.extend(group)
        both = " INTERSECT ".join(parts)
        total = int(self._one(f"SELECT count(*) FROM ({both})", params))
        ids = [
            int(r[0])
            for r in self.conn.execute(
                f"SELECT id FROM incidents WHERE id IN ({both}) ORDER BY date DESC, id DESC LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        ]
        return ids, total

    def incidents_in_window(
        self, start: str, end: str, limit: int, offset: int, max_window_days: int
    ) -> tuple[list[int], int]:
        # Windows are at most `max_window_days` long, so the start bound keeps the scan to an index range.
        where = "date_start <= ? AND date_start >= date(?, ?) AND date_end >= ?"
        params = [end, start, f"-{max_window_days} days", start]
        total = int(self._one(f"SELECT count(*) FROM incidents WHERE {where}", params))
        ids = [
            int(r[0])
            for r in self.conn.execute(
                f"SELECT id FROM incidents WHERE {where} ORDER BY date DESC, id DESC LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        ]
        return ids, total

    def incidents_matching_text(self, match: str, limit: int, offset: int) -> tuple[list[int], int, bool]:
        """Incidents one of whose supporting sentences matches an (escaped) FTS5 expression: a page, the count
        (up to the cap) and whether there are more than counted."""
        base = (
            "SELECT DISTINCT r.incident_id AS id FROM sentences_fts f "
            "JOIN report_sentences rs ON rs.sentence_id = f.rowid JOIN reports r ON r.id = rs.report_id "
            "WHERE sentences_fts MATCH ?"
        )
        cap = max(COUNT_CAP, offset + limit)
        total = int(self._one(f"SELECT count(*) FROM ({base} LIMIT {cap + 1})", [match]))
        ids = [
            int(r[0])
            for r in self.conn.execute(
                f"SELECT i.id FROM incidents i WHERE i.id IN ({base}) ORDER BY i.date DESC, i.id DESC LIMIT ? OFFSET ?",
                [match, limit, offset],
            )
        ]
        return ids, min(total, cap), total > cap

    def evidence_sentences(self, report_ids: Sequence[int], keys: Sequence[str]) -> dict[int, str]:
        """For each report, the first sentence naming one of `keys` (report id -> sentence), where one does."""
        if not report_ids or not keys:
            return {}
        first: dict[int, tuple[int, str]] = {}
        for chunk in _chunks(list(keys), 500):
            rows = self.conn.execute(
                "SELECT re.report_id, s.id, s.text FROM report_entities re JOIN sentences s ON s.id = re.sentence_id "
                f"WHERE re.report_id IN ({', '.join('?' for _ in report_ids)}) "
                f"AND re.entity_key IN ({', '.join('?' for _ in chunk)})",
                [*report_ids, *chunk],
            )
            for report_id, sentence_id, text in rows:
                known = first.get(int(report_id))
                if known is None or int(sentence_id) < known[0]:
                    first[int(report_id)] = (int(sentence_id), str(text))
        return {report_id: text for report_id, (_, text) in first.items()}

    def incident_rows(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        return {
            int(r["id"]): r
            for r in self._rows(
                "SELECT id, date, date_start, date_end, summary, names, report_count FROM incidents "
                f"WHERE id IN ({marks})",
                ids,
            )
        }

    def incident_source_rows(self, ids: Sequence[int], limit: int, offset: int = 0) -> list[dict[str, Any]]:
        """Up to `limit` sources of each incident (from `offset`) in listing order: articles before official
        records, oldest first. Each incident's page is one contiguous read of incident_sources."""
        rows: list[dict[str, Any]] = []
        # SQLite allows 500 terms in a compound SELECT: an export of a busy month lists thousands of incidents.
        for start in range(0, len(ids), COMPOUND_TERMS):
            chunk = ids[start : start + COMPOUND_TERMS]
            pages = " UNION ALL ".join(
                "SELECT * FROM (SELECT * FROM incident_sources WHERE incident_id = ? "
                "ORDER BY rank_key, report_id LIMIT ? OFFSET ?)"
                for _ in chunk
            )
            params: list[int] = []
            for incident_id in chunk:
                params.extend((incident_id, limit, offset))
            rows.extend(self._rows(pages, params))
        return rows

    def article_reports(self, article_id: int) -> list[dict[str, Any]]:
        """An article's own reading of each incident it reports (before merging): dates and entity names."""
        reports = self._rows(
            "SELECT id, incident_id, date, date_start, date_end, date_phrase FROM reports "
            "WHERE article_id = ? ORDER BY ordinal",
            [article_id],
        )
        for report in reports:
            names = self.conn.execute(
                "SELECT re.kind, coalesce(e.name, re.entity_key) FROM report_entities re "
                "LEFT JOIN entities e ON e.key = re.entity_key WHERE re.report_id = ? ORDER BY re.n",
                [report["id"]],
            ).fetchall()
            for kind in ("weapon", "place", "actor", "origin"):
                report[f"{kind}s"] = [str(name) for k, name in names if k == kind]
        return reports

    def incidents_of_article(self, article_id: int) -> list[int]:
        return [
            int(r[0])
            for r in self.conn.execute(
                "SELECT DISTINCT incident_id FROM reports WHERE article_id = ? ORDER BY incident_id",
                [article_id],
            )
        ]

    # ---- full text ----------------------------------------------------------------------------------------

    def search_sentences(
        self, match: str, limit: int, offset: int, language: str | None = None
    ) -> tuple[list[dict[str, Any]], int, bool]:
        """A page of matching sentences, newest first, with the count (up to the cap) and whether there are more;
        `language` keeps only sentences of articles in that language ("uk").

        Newest first by rowid: it stops after the page, where ranking by bm25 reads every match (at 100,000
        articles a common word costs tens of milliseconds ranked, a tenth of one this way).
        """
        cap = max(COUNT_CAP, offset + limit)
        joins = (
            "FROM sentences_fts f JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id "
        )
        where = "WHERE sentences_fts MATCH ?" + (" AND a.language = ?" if language else "")
        params: list[Any] = [match, language] if language else [match]
        # Without a language to filter by, the full-text index alone counts: no row of a match is read.
        counted = joins + where if language else "FROM sentences_fts f WHERE sentences_fts MATCH ?"
        total = int(self._one(f"SELECT count(*) FROM (SELECT f.rowid {counted} LIMIT {cap + 1})", params))
        rows = self._rows(
            "SELECT f.rowid AS sentence_id, snippet(sentences_fts, 0, '**', '**', '…', 32) AS snippet, "
            f"a.id AS article_id, a.title, a.outlet, a.published_date, a.url, a.path, a.language {joins}{where} "
            "ORDER BY f.rowid DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return rows, min(total, cap), total > cap

    # ---- stats --------------------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        counts: dict[str, Any] = {
            name: int(self._one(f"SELECT count(*) FROM {name}"))
            for name in ("articles", "sentences", "incidents", "reports")
        }
        counts["records"] = int(self._one("SELECT count(*) FROM articles WHERE kind = 'record'"))
        first, last = self.conn.execute("SELECT min(date), max(date) FROM incidents").fetchone()
        counts["first_incident"] = first
        counts["last_incident"] = last
        for kind, column in (("weapon", "incidents"), ("place", "targets")):
            counts[f"top_{kind}s"] = [
                (str(name), int(n))
                for name, n in self.conn.execute(
                    f"SELECT name, {column} FROM entities WHERE kind = ? AND {column} > 0 "
                    f"ORDER BY {column} DESC, name LIMIT 5",
                    [kind],
                )
            ]
        return counts


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@lru_cache(maxsize=8192)
def json_list(value: str) -> tuple[Any, ...]:
    """A stored JSON list as a tuple (of tuples), decoded once: pages repeat the same few values ("[]")."""
    return tuple(tuple(item) if isinstance(item, list) else item for item in json.loads(value))


def cited_list(value: str | None) -> tuple[str, ...]:
    return json_list(value or "[]")


def _compressed(value: Any) -> bytes:
    """JSON, deflated: an incident's combined state is read whole and never searched (a few hundred bytes a
    much-reported incident, a third of its JSON)."""
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(), 6)
