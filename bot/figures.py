"""The commands that answer with a file: `chart`, `map` and `export` (issue 13).

Each reads what it counts through the store (figures per weapon per incident, incidents per day, incidents per
place), draws or writes it, and answers with the file and, in words, what the file shows (totals for people who
cannot or prefer not to look at a picture). A figure is counted once per incident: the value its best-listed source
states (articles before official records, oldest first), as `incident` answers show it.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot import messages
from bot.commands import EXPORT_FORMATS
from bot.daterange import DateRange, DateRangeError, parse_date_range
from bot.models import Answer, Attachment, EntityKind, FileAnswer, IncidentView
from bot.pictures import Chart, MapMark, MapPicture, draw_chart, draw_map

if TYPE_CHECKING:
    from bot.query import QueryEngine

# Past this many days a chart shows weeks: a bar a day stops being readable.
WEEKLY_FROM_DAYS = 120
# The most incidents one export holds: a larger range is refused with a suggestion, not cut.
EXPORT_MAX_INCIDENTS = 5_000
# What a chart of a weapon counts, and the words it uses.
CHART_MEASURES = (("launched", "launched"), ("destroyed", "shot down"))
CREDIT = "Incident Desk: incidents read from news reports and the Ukrainian Air Force's official records"
MAP_CREDIT = (
    "Outline of Ukraine: lukef533/Ukraine-Missle-Strikes-Data (from Petro Ivaniuk's compilation); places: GeoNames "
    "(CC BY 4.0)"
)


@dataclass(frozen=True, slots=True)
class Subject:
    """What a chart, map or export is about: weapons, places, or everything."""

    text: str
    name: str
    weapons: tuple[str, ...] = ()
    places: tuple[str, ...] = ()

    @property
    def keys(self) -> tuple[str, ...]:
        return self.weapons + self.places


class FigureCommands:
    def __init__(self, engine: QueryEngine, *, today: Callable[[], date], prefix: str, outline: Path) -> None:
        """`engine` resolves names and reads incident views; these commands are part of it."""
        self.engine = engine
        self.store = engine.store
        self.gazetteer = engine.gazetteer
        self.today = today
        self.prefix = prefix
        self.outline = outline

    # ---- chart --------------------------------------------------------------------------------------------

    def chart(self, subject_text: str, period_text: str) -> Answer:
        """`chart Shahed 2025-01..2025-06`, `chart ballistic missile last 30 days`, `chart Kharkiv 2024`."""
        period = self.period(period_text)
        if period is None:
            return self._needs_period("chart")
        subject = self._subject(subject_text)
        weekly = period.days > WEEKLY_FROM_DAYS
        buckets = _buckets(period, weekly)
        start, end = period.start.isoformat(), period.end.isoformat()
        if subject.weapons:
            rows = self.store.weapon_figures(subject.weapons, start, end, [m for m, _ in CHART_MEASURES])
            chosen: dict[tuple[int, str, str], tuple[str, int]] = {}
            for day, incident_id, weapon, measure, value in rows:
                chosen.setdefault((incident_id, weapon, measure), (day, value))  # the best-listed source's
            totals = {measure: Counter[date]() for measure, _ in CHART_MEASURES}
            for (_, _, measure), (day, value) in chosen.items():
                totals[measure][_bucket(date.fromisoformat(day), period.start, weekly)] += value
            incidents = len({incident_id for incident_id, _, _ in chosen})
            series = tuple(
                (label, tuple(totals[measure][b] for b in buckets)) for measure, label in CHART_MEASURES
            )
            chart = Chart(messages.chart_title_weapons(subject.name), _period_text(period, weekly), "weapons",
                          buckets, series, f"{CREDIT} ({messages.plural(incidents, 'incident')}).",
                          7 if weekly else 1)  # fmt: skip
            summary = messages.chart_weapons_found(
                subject.name, period.describe(), *[sum(v) for _, v in series]
            )
        else:
            dated = self.store.incident_dates(self._with_places_within(subject.places), start, end)
            per_bucket = Counter(_bucket(date.fromisoformat(day), period.start, weekly) for day, _ in dated)
            incidents = len({incident_id for _, incident_id in dated})
            series = (("incidents", tuple(per_bucket[b] for b in buckets)),)
            chart = Chart(messages.chart_title_incidents(subject.name), _period_text(period, weekly), "incidents",
                          buckets, series, f"{CREDIT}.", 7 if weekly else 1)  # fmt: skip
            summary = messages.chart_incidents_found(subject.name, period.describe(), incidents)
        return FileAnswer("chart", True, summary, total=incidents,
                          attachment=Attachment(_file_name("chart", subject, period, "png"), "image/png",
                                                draw_chart(chart), summary))  # fmt: skip

    # ---- map ----------------------------------------------------------------------------------------------

    def map(self, period_text: str, subject_text: str) -> Answer:
        """`map 2025-01`, `map last week Shahed`, `map 2024 Kharkiv Oblast`."""
        period = self.period(period_text)
        if period is None:
            return self._needs_period("map")
        subject = self._subject(subject_text)
        rows = self.store.places_of_incidents(period.start.isoformat(), period.end.isoformat())
        wanted = self._incidents_about(subject, period) if subject.keys else None
        counts: Counter[tuple[str, str]] = Counter()
        incidents: set[int] = set()
        for incident_id, key, kind in rows:
            if wanted is not None and incident_id not in wanted:
                continue
            counts[(key, kind)] += 1
            incidents.add(incident_id)
        marks = []
        for (key, kind), count in counts.most_common():
            entity = self.gazetteer.get(key)
            point = self.gazetteer.locate(key)
            if entity is None or point is None or entity.category in ("country", "sea", "strait"):
                continue
            shown = (
                "origin"
                if kind == "origin"
                else "region"
                if entity.category in ("oblast", "region")
                else "target"
            )
            marks.append(MapMark(entity.name, point[0], point[1], count, shown))
        # Most reported first; ties by name, not by the order storage returns them in.
        marks.sort(key=lambda m: (-m.incidents, m.name))
        picture = MapPicture(messages.map_title(subject.name), period.describe(), tuple(marks),
                             f"{CREDIT}. {MAP_CREDIT}.")  # fmt: skip
        targets = [m for m in marks if m.kind != "origin"]
        summary = messages.map_found(period.describe(), subject.name, len(incidents),
                                     [(m.name, m.incidents) for m in targets[:10]])  # fmt: skip
        return FileAnswer("map", True, summary, total=len(incidents),
                          attachment=Attachment(_file_name("map", subject, period, "png"), "image/png",
                                                draw_map(picture, self.outline), summary))  # fmt: skip

    # ---- export -------------------------------------------------------------------------------------------

    def export(self, period_text: str, subject_text: str, fmt: str = "csv") -> Answer:
        """`export 2025-01 --format csv`, `export last week Kinzhal --format json`."""
        fmt = fmt.strip().lower()
        if fmt not in EXPORT_FORMATS:
            return Answer("export", False, messages.export_bad_format(fmt))
        period = self.period(period_text)
        if period is None:
            return self._needs_period("export")
        subject = self._subject(subject_text)
        ids, total = self.store.incident_ids_dated(period.start.isoformat(), period.end.isoformat(),
                                                   EXPORT_MAX_INCIDENTS + 1)  # fmt: skip
        if subject.keys:
            wanted = self._incidents_about(subject, period)
            ids = [i for i in ids if i in wanted]
            total = len(ids)
        if total > EXPORT_MAX_INCIDENTS:
            return Answer(
                "export", False, messages.export_too_large(total, EXPORT_MAX_INCIDENTS, period.describe())
            )
        views = self.engine.incident_views(ids)
        rows = [_export_row(view) for view in views]
        data = _csv(views) if fmt == "csv" else json.dumps(rows, ensure_ascii=False, indent=2).encode()
        summary = messages.export_made(len(rows), period.describe(), subject.name, fmt)
        return FileAnswer("export", True, summary, total=len(rows),
                          attachment=Attachment(_file_name("incidents", subject, period, fmt),
                                                "text/csv" if fmt == "csv" else "application/json", data,
                                                summary))  # fmt: skip

    # ---- arguments ----------------------------------------------------------------------------------------

    def period(self, text: str) -> DateRange | None:
        """The day or range `text` names, or None."""
        if not text.strip():
            return None
        try:
            return parse_date_range(text, self.today())
        except DateRangeError:
            return None

    def _needs_period(self, command: str) -> Answer:
        return Answer(command, False, messages.figure_needs_period(command, self.prefix))

    def _subject(self, text: str) -> Subject:
        if not text.strip():
            return Subject("", "")
        groups, _ = self.engine.resolve(text)
        keys = [key for group in groups for key in group]
        kind = self.gazetteer.category(text)
        name = kind[0] if kind else ", ".join(self.engine.display_names(group) for group in groups) or text
        weapons = tuple(k for k in keys if self._kind(k) is EntityKind.WEAPON)
        places = tuple(k for k in keys if self._kind(k) is EntityKind.PLACE)
        return Subject(text, name, weapons, places)

    def _kind(self, key: str) -> EntityKind | None:
        entity = self.gazetteer.get(key)
        if entity is not None:
            return entity.kind
        return EntityKind.WEAPON if key.startswith("weapon:") else None

    def _with_places_within(self, keys: Sequence[str]) -> list[str]:
        expanded = list(keys)
        for key in keys:
            expanded.extend(self.gazetteer.descendants(key))
        return list(dict.fromkeys(expanded))

    def _incidents_about(self, subject: Subject, period: DateRange) -> set[int]:
        keys = list(subject.weapons) + self._with_places_within(subject.places)
        return {
            i for _, i in self.store.incident_dates(keys, period.start.isoformat(), period.end.isoformat())
        }


def _buckets(period: DateRange, weekly: bool) -> tuple[date, ...]:
    step = 7 if weekly else 1
    return tuple(period.start + timedelta(days=d) for d in range(0, period.days, step))


def _bucket(day: date, start: date, weekly: bool) -> date:
    return start + timedelta(days=(day - start).days // 7 * 7) if weekly else day


def _period_text(period: DateRange, weekly: bool) -> str:
    return period.describe() + (", by week" if weekly else ", by day")


def _file_name(kind: str, subject: Subject, period: DateRange, suffix: str) -> str:
    about = "-".join(w for w in "".join(c if c.isalnum() else " " for c in subject.name.lower()).split())
    return (
        f"{kind}{'-' + about if about else ''}-{period.start.isoformat()}-{period.end.isoformat()}.{suffix}"
    )


def _export_row(view: IncidentView) -> dict[str, Any]:
    return {
        "id": view.id,
        "date": view.day.isoformat(),
        "date_start": view.start.isoformat(),
        "date_end": view.end.isoformat(),
        "summary": view.summary,
        "weapons": list(view.weapons),
        "figures": [
            {
                "weapon": c.weapon,
                "counts": c.counts,
                "measure": c.measure,
                "value": c.value,
                "outlet": c.outlet,
            }
            for c in view.claims
        ],
        "places": list(view.places),
        "launch_sites": list(view.origins),
        "sources": [
            {
                "outlet": s.outlet,
                "title": s.title,
                "url": s.url or s.path or "",
                "published": s.published.isoformat() if s.published else "",
                "quote": s.snippet,
                "language": s.language,
            }
            for s in view.sources
        ],
        "sources_total": view.sources_total,
    }


CSV_COLUMNS = ("id", "date", "date_start", "date_end", "summary", "weapons", "figures", "places", "launch_sites",
               "sources", "sources_total")  # fmt: skip


def _csv(views: Sequence[IncidentView]) -> bytes:
    """One row per incident; lists joined with "; ", each source as "outlet | title | url | quote", sources
    joined with " || "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for view in views:
        figures = "; ".join(
            f"{c.counts + ' ' if c.counts else ''}{c.measure} {c.value} ({c.outlet})" for c in view.claims
        )
        sources = " || ".join(
            f"{s.outlet} | {s.title} | {s.url or s.path or ''} | {s.snippet}" for s in view.sources
        )
        writer.writerow([view.id, view.day.isoformat(), view.start.isoformat(), view.end.isoformat(), view.summary,
                         "; ".join(view.weapons), figures, "; ".join(view.places), "; ".join(view.origins), sources,
                         view.sources_total])  # fmt: skip
    return out.getvalue().encode("utf-8")
