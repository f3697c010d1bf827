"""Official attack records (the Air Force's daily reports, as compiled in `data/records/`) as incidents.

One record article per post: a post reports one attack wave, one row per weapon type. Each row becomes one
sentence of the record's body ("From 18:00 on 6 February 2026 to 08:30 on 7 February 2026: 101 Shahed-136/131
launched from ...; 69 shot down or suppressed."), so every fact still points back to a sentence, and the record
cites the post it came from as a link. Names follow the Ukrainian transliteration of Cyrillic (`X-101` is Kh-101,
`C-300` is S-300); the gazetteer holds both spellings.
"""

from __future__ import annotations

import ast
import csv
import json
import math
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from bot import messages
from bot.extract.gazetteer import Gazetteer
from bot.extract.summary import summarize
from bot.ingest.files import printable
from bot.models import (
    ArticleDraft,
    CountClaim,
    DateKind,
    DateMention,
    Entity,
    EntityKind,
    Extraction,
    IncidentDraft,
    IngestOutcome,
    Mention,
    PreparedArticle,
    RawSource,
    Role,
    Sentence,
    SentenceFacts,
)

DATASET_CREDIT = "Petro Ivaniuk's Massive Missile Attacks on Ukraine dataset"
# The posts' pages: which command of the Armed Forces of Ukraine published them.
PUBLISHERS = {
    "kpszsu": "Ukrainian Air Force",
    "pvkpivden": "Air Command South",
    "pvkshid": "Air Command East",
    "pvkzahid": "Air Command West",
    "pvkcenter": "Air Command Center",
    "generalstaff.ua": "General Staff of the Armed Forces of Ukraine",
    "cincafu": "Commander-in-Chief of the Armed Forces of Ukraine",
}
RECORDS_HEADER = frozenset({"time_start", "time_end", "model", "launched", "destroyed"})
# No wave was ever this large; a larger figure is a broken cell ("1e999", "inf"), not a count.
MAX_COUNT = 100_000
_TIME = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2})(?:\s+(?P<h>\d{1,2}):(?P<m>\d{2}))?")
_GENERIC_MODELS = {"unknown uav", "reconnaissance uav", "unknown missile", "ballistic missile", "aerial bomb",
                   "intercontinental ballistic missile", "cruise missile"}  # fmt: skip
_NOT_PLACES = {"ukraine", "south", "north", "east", "west", "center", "centre", "south-east", "south-west",
               "north-east", "north-west", ""}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Row:
    start: datetime
    end: datetime
    model: str
    launched: int | None
    destroyed: int | None
    launch_places: tuple[str, ...]
    targets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RecordPost:
    """One post of the compilation as a prepared article, with the name it is reported under."""

    name: str
    prepared: PreparedArticle


def is_records_csv(head: str) -> bool:
    """Whether a CSV's header line is the records format."""
    return {column.strip() for column in head.split(",")} >= RECORDS_HEADER


def read_records(path: Path, gazetteer: Gazetteer) -> tuple[list[RecordPost], list[IngestOutcome]]:
    """The posts of a records CSV, and a failed outcome for each row that could not be read."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except UnicodeDecodeError:
        return [], [IngestOutcome(printable(path), "failed", message=messages.CSV_NOT_UTF8)]
    except (OSError, csv.Error) as error:
        return [], [IngestOutcome(printable(path), "failed", message=messages.csv_unreadable(str(error)))]
    posts: OrderedDict[tuple[str, date], list[tuple[int, dict[str, str]]]] = OrderedDict()
    problems: list[IngestOutcome] = []
    for number, raw in enumerate(rows, start=2):
        row = _parse_row(raw)
        if row is None:
            problems.append(
                IngestOutcome(f"{printable(path)}:{number}", "failed", message="no readable attack window")
            )
            continue
        # One wave per post and day: the compilation sometimes cites the same post for waves weeks apart.
        posts.setdefault(((raw.get("source") or "").strip(), row.end.date()), []).append((number, raw))
    found = []
    for (source, day), numbered in posts.items():
        rows_of_post = [{k: v for k, v in raw.items() if isinstance(k, str)} for _, raw in numbered]
        found.append(
            RecordPost(
                f"{printable(path.name)}: {source} ({day})",
                prepare_post(rows_of_post, gazetteer, file_name=printable(path.name)),
            )
        )
    return found, problems


def prepare_post(rows: list[dict[str, str]], gazetteer: Gazetteer, *, file_name: str) -> PreparedArticle:
    """One post's rows (as the CSV gives them) as a prepared article. Its source is those rows as JSON, so that
    `reindex` reads it again the same way."""
    parsed = [row for row in map(_parse_row, rows) if row is not None]
    source = (rows[0].get("source") or "").strip()
    day = max(r.end for r in parsed).date()
    raw = RawSource(
        json.dumps({"file": file_name, "rows": rows}, ensure_ascii=False).encode(), file_name, "records"
    )
    return _post(parsed, gazetteer, file_name, source, day, raw)


def prepare_stored_post(raw: RawSource, gazetteer: Gazetteer) -> PreparedArticle:
    document = json.loads(raw.data)
    return prepare_post(document["rows"], gazetteer, file_name=document["file"])


def _post(
    rows: list[_Row], gazetteer: Gazetteer, file_name: str, source: str, day: date, raw: RawSource
) -> PreparedArticle:
    url = post_url(source)
    publisher = PUBLISHERS.get(source.split("/", 1)[0].lower(), "Armed Forces of Ukraine")
    end = max(r.end for r in rows)
    start = min(r.start for r in rows)
    sentences: list[SentenceFacts] = []
    body_parts: list[str] = []
    offset = 0
    for index, row in enumerate(rows):
        text = _sentence(row)
        sentence = Sentence(index, offset, offset + len(text), text, index)
        sentences.append(_facts(gazetteer, sentence, row))
        body_parts.append(text)
        offset += len(text) + 2
    body = "\n\n".join(body_parts)
    window_start = start.date()
    mention = DateMention(
        DateKind.NIGHT if window_start != day else DateKind.DAY,
        day,
        window_start,
        day,
        f"{start:%d %B %Y %H:%M} to {end:%d %B %Y %H:%M}",
        day,
        0,
        0,
    )
    weapons = _unique(m.entity for f in sentences for m in f.weapons)
    places = _unique(m.entity for f in sentences for m in f.places if not m.origin)
    origins = tuple(
        e for e in _unique(m.entity for f in sentences for m in f.places if m.origin) if e not in places
    )
    counts = tuple((f.sentence.index, c) for f in sentences for c in f.counts)
    evidence: dict[str, int] = {}
    for facts in sentences:
        for mention_ in (*facts.weapons, *facts.places):
            evidence.setdefault(mention_.entity.key, facts.sentence.index)
    incident = IncidentDraft(
        day=mention.day,
        start=mention.start,
        end=mention.end,
        date_phrase=mention.phrase,
        weapons=weapons,
        places=places,
        actors=(),
        sentence_indexes=tuple(f.sentence.index for f in sentences),
        summary=summarize(
            [(w.name, w.category) for w in weapons],
            [p.name for p in places],
            {},
            [o.name for o in origins],
        ),
        counts=counts,
        origins=origins,
        evidence=tuple(evidence.items()),
    )
    draft = ArticleDraft(
        title=f"{publisher} report, {day:%-d %B %Y}",
        body=body,
        published=datetime.combine(day, end.time()),
        outlet=publisher,
        url=url,
        path=f"{file_name}#{source or 'no-source'}@{day.isoformat()}",
        format="records",
        kind="record",
    )
    extraction = Extraction(tuple(sentences), (incident,), (DATASET_CREDIT,))
    return PreparedArticle(draft, extraction, published_day=day, anchor_day=day, raw=raw)


def post_url(source: str) -> str | None:
    source = source.strip()
    if not source:
        return None
    if source.startswith("http"):
        return source
    first = source.split("/", 1)[0]
    return (
        f"https://{source}"
        if "." in first and first != "GeneralStaff.ua"
        else f"https://www.facebook.com/{source}"
    )


def _parse_row(raw: dict[str, str]) -> _Row | None:
    start = _time(raw.get("time_start", ""))
    end = _time(raw.get("time_end", "")) or start
    if start is None or end is None:
        return None
    if end < start:
        start, end = end, start
    return _Row(
        start=start,
        end=end,
        model=(raw.get("model") or "").strip(),
        launched=_count(raw.get("launched")),
        destroyed=_count(raw.get("destroyed")),
        launch_places=_places(raw.get("launch_place")),
        targets=_places(raw.get("target"), raw.get("target_main"), raw.get("affected region")),
    )


def _time(value: str) -> datetime | None:
    match = _TIME.search(value or "")
    if match is None:
        return None
    day = date.fromisoformat(match.group("date"))
    hour, minute = int(match.group("h") or 0), int(match.group("m") or 0)
    return datetime(day.year, day.month, day.day, min(hour, 23), min(minute, 59))


def _count(value: str | None) -> int | None:
    try:
        number = float(value or "")
    except ValueError:
        return None
    return int(number) if math.isfinite(number) and 0 <= number <= MAX_COUNT else None


def _places(*values: str | None) -> tuple[str, ...]:
    names: list[str] = []
    for value in values:
        text = (value or "").strip()
        if text.startswith("["):
            try:
                items = [str(item) for item in ast.literal_eval(text)]
            except (ValueError, SyntaxError):
                items = []
        else:
            items = re.split(r"\s+and\s+", text)
        for item in items:
            for part in item.split(","):
                name = re.sub(r"\s+raion$", "", part.strip(), flags=re.IGNORECASE)
                if name.lower() not in _NOT_PLACES and name not in names:
                    names.append(name)
    return tuple(names)


def _sentence(row: _Row) -> str:
    if row.start == row.end:
        window = f"On {row.start:%-d %B %Y}" + (
            f" at {row.start:%H:%M}" if row.start.time() != time(0) else ""
        )
    elif row.start.date() == row.end.date():
        window = f"On {row.start:%-d %B %Y} from {row.start:%H:%M} to {row.end:%H:%M}"
    else:
        window = f"From {row.start:%H:%M} on {row.start:%-d %B %Y} to {row.end:%H:%M} on {row.end:%-d %B %Y}"
    what = f"{row.launched} {row.model}" if row.launched is not None else row.model
    text = f"{window}: {what} launched"
    if row.launch_places:
        text += f" from {', '.join(row.launch_places)}"
    if row.targets:
        text += f" at {', '.join(row.targets)}"
    if row.destroyed is not None:
        text += f"; {row.destroyed} shot down or suppressed"
    return text + "."


def _facts(gazetteer: Gazetteer, sentence: Sentence, row: _Row) -> SentenceFacts:
    named = _weapons(gazetteer, row.model)
    weapons = [Mention(e, row.model, sentence.start, sentence.end) for e in named]
    places = [
        Mention(entity, name, sentence.start, sentence.end, role)
        for names, role in ((row.targets, Role.TARGET), (row.launch_places, Role.ORIGIN))
        for name in names
        if (entity := _place(gazetteer, name)) is not None
    ]
    counts = [
        CountClaim(measure, value, f"{value} {measure}", sentence.start, sentence.end, tuple(named))
        for measure, value in (("launched", row.launched), ("destroyed", row.destroyed))
        if value is not None
    ]
    return SentenceFacts(
        sentence=sentence,
        weapons=tuple(weapons),
        places=tuple(places),
        counts=tuple(counts),
        has_incident_cue=True,
    )


def _weapons(gazetteer: Gazetteer, model: str) -> list[Entity]:
    found: list[Entity] = []
    # "Shahed-136/131" names two models; "X-101/X-555" too; "Iskander-M/KN-23" two systems.
    model = re.sub(r"\b([A-Za-z]+-)(\d+)/(\d+)\b", r"\1\2/\1\3", model)
    for part in re.split(r"\s+and\s+|/(?=[A-ZА-ЯХС])", model):
        name = part.strip()
        if not name or name.lower() in _GENERIC_MODELS:
            continue
        known = [e for e in gazetteer.lookup(name) if e.kind is EntityKind.WEAPON]
        if not known:
            known = [m.entity for m in gazetteer.find(name) if m.entity.kind is EntityKind.WEAPON]
        if known:
            found.append(known[0])
        elif re.search(r"[A-Za-zА-Яа-яІіЇїЄє]", name):
            found.append(
                Entity(f"weapon:{name.lower().replace(' ', '-')}", EntityKind.WEAPON, name, "weapon")
            )
    return list(_unique(found))


def _place(gazetteer: Gazetteer, name: str) -> Entity | None:
    for entity in gazetteer.lookup(name):
        if entity.kind is EntityKind.PLACE:
            return entity
    mentions = [m.entity for m in gazetteer.find(name) if m.entity.kind is EntityKind.PLACE]
    return mentions[0] if mentions else None


def _unique(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    seen: dict[str, Entity] = {}
    for entity in entities:
        seen.setdefault(entity.key, entity)
    return tuple(seen.values())
