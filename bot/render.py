"""Answers as plain text for people and as JSON for scripts (the `ask --json` contract documented in README.md).

Discord rendering (embeds, pagination) lives in the adapter, `bot/discord_app/`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from bot import messages
from bot.feeds import Feed
from bot.messages import language_name
from bot.models import (
    WEAPON_MEASURES,
    Answer,
    ArticleAnswer,
    ArticleView,
    FileAnswer,
    HelpAnswer,
    IncidentsAnswer,
    IncidentView,
    PagedAnswer,
    SearchAnswer,
    SearchHit,
    SourcesAnswer,
    SourceView,
    StatsAnswer,
    SummaryAnswer,
)


def to_json(answer: Answer) -> dict[str, Any]:
    """The stable `ask --json` shape. Keys beyond the documented ones are additions, never changes."""
    document: dict[str, Any] = {
        "command": answer.command,
        "ok": answer.ok,
        "message": answer.message,
        "incidents": [],
        "page": 1,
        "pages": 0,
        "total": 0,
    }
    if isinstance(answer, PagedAnswer):
        document.update(page=answer.page, pages=answer.pages, total=answer.total)
    match answer:
        case IncidentsAnswer(incidents=incidents, suggestions=suggestions):
            document["incidents"] = [incident_json(i) for i in incidents]
            if suggestions:
                document["suggestions"] = list(suggestions)
        case ArticleAnswer(articles=articles, incidents=incidents):
            document["incidents"] = [incident_json(i) for i in incidents]
            document["articles"] = [article_json(a) for a in articles]
        case SearchAnswer(hits=hits) if hits:
            document["results"] = [hit_json(h) for h in hits]
        case StatsAnswer(stats=stats):
            document["stats"] = stats
        case HelpAnswer(entries=entries):
            document["help"] = [{"usage": usage, "description": text} for usage, text in entries]
        case FileAnswer(attachment=attachment) if attachment is not None:
            # The file itself is not in the JSON: `ask ... --out FILE` writes it.
            document["attachment"] = {"filename": attachment.filename,
                                      "content_type": attachment.content_type,
                                      "bytes": len(attachment.data)}  # fmt: skip
    return document


def article_json(article: ArticleView) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "path": article.path,
        "kind": article.kind,
        "language": article.language,
        "sentences": article.sentences,
        "cited": list(article.cited),
        "facts": [
            {"kind": f.kind, "value": f.value, "text": f.surface, "sentence": f.sentence}
            for f in article.facts
        ],
    }


def incident_json(incident: IncidentView) -> dict[str, Any]:
    return {
        "id": incident.id,
        "date": incident.day.isoformat(),
        "date_start": incident.start.isoformat(),
        "date_end": incident.end.isoformat(),
        "summary": incident.summary,
        "launched_from": list(incident.origins),
        "weapons": list(incident.weapons),
        "places": list(incident.places),
        "actors": list(incident.actors),
        "sources": [source_json(s) for s in incident.sources],
        "sources_total": incident.sources_total,
        "claims": [
            {
                "measure": c.measure,
                "value": c.value,
                "weapon": c.weapon,
                "outlet": c.outlet,
                "article_id": c.article_id,
                "sentence": c.sentence,
            }
            for c in incident.claims
        ],
    }


def source_json(source: SourceView) -> dict[str, Any]:
    return {
        "article_id": source.article_id,
        "title": source.title,
        "outlet": source.outlet,
        "published": source.published.isoformat() if source.published else "",
        "url": source.url,
        "path": source.path,
        "snippet": source.snippet,
        "cited": list(source.cited),
        "date_phrase": source.date_phrase,
        "language": source.language,
    }


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "article_id": hit.article_id,
        "sentence_id": hit.sentence_id,
        "title": hit.title,
        "outlet": hit.outlet,
        "published": hit.published.isoformat() if hit.published else "",
        "url": hit.url,
        "path": hit.path,
        "snippet": hit.snippet,
        "language": hit.language,
    }


# ---- text ---------------------------------------------------------------------------------------------------


def format_day(incident: IncidentView) -> str:
    """ "2024-07-31", or for a night "2024-08-05/06 (overnight)"."""
    if incident.start == incident.end:
        return incident.day.isoformat()
    start, end = incident.start, incident.end
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.isoformat()}/{end.day:02d} (overnight)"
    return f"{start.isoformat()}/{end.isoformat()} (overnight)"


def source_line(source: SourceView) -> str:
    when = source.published.isoformat() if source.published else "date unknown"
    cited = (
        f", citing {', '.join(source.cited[:3])}"
        if source.cited and source.outlet not in source.cited
        else ""
    )
    where = source.url or source.path or ""
    return f"— {source.title} ({source.outlet}, {when}{in_language(source.language)}{cited})" + (
        f" {where}" if where else ""
    )


def in_language(code: str) -> str:
    """ ", in Ukrainian" beside a source whose quote is not in English (the answers' language); else ""."""
    return f", in {language_name(code)}" if code and code != "en" else ""


def to_text(answer: Answer) -> str:
    lines = [answer.message]
    match answer:
        case SummaryAnswer(incidents=incidents):
            lines.extend(_grouped_by_day(incidents))
        case IncidentsAnswer(incidents=incidents):
            full = isinstance(answer, SourcesAnswer)
            for incident in incidents:
                lines.extend(["", *incident_text(incident, full=full)])
        case ArticleAnswer(articles=articles, incidents=incidents):
            for incident in incidents:
                lines.extend(["", *incident_text(incident)])
            for article in articles:
                lines.extend(["", *_article_text(article)])
        case SearchAnswer(hits=hits):
            for hit in hits:
                lines.extend(["", *_hit_text(hit)])
        case StatsAnswer(stats=stats):
            lines.extend(["", *stats_lines(stats)])
        case HelpAnswer(entries=entries):
            for usage, description in entries:
                lines.extend([f"  {usage}", f"      {description}"])
    if isinstance(answer, PagedAnswer) and answer.pages > 1:
        lines.extend(["", f"Page {answer.page} of {answer.pages} (use --page N)."])
    return "\n".join(lines)


def incident_text(incident: IncidentView, *, full: bool = False) -> list[str]:
    lines = [f"#{incident.id}  {format_day(incident)}  {incident.summary}"]
    facts = []
    if incident.weapons:
        facts.append("Weapons: " + ", ".join(incident.weapons))
    if incident.places:
        facts.append("Places: " + ", ".join(incident.places))
    if incident.origins:
        facts.append("Launched from: " + ", ".join(incident.origins))
    if incident.actors:
        facts.append("Actors: " + ", ".join(incident.actors))
    if facts:
        lines.append("    " + " · ".join(facts))
    sources = incident.sources if full else incident.sources[:3]
    for source in sources:
        lines.append(f"    “{source.snippet}”")
        lines.append(f"    {source_line(source)}")
    if not full and incident.sources_total > len(sources):
        lines.append(f"    …and {messages.plural(incident.sources_total - len(sources), 'more source')} "
                     f"(sources {incident.id})")  # fmt: skip
    for line in figure_lines(incident):
        lines.append(f"    {line}")
    if full and incident.claims:
        lines.append("    Figures as reported:")
        for claim in incident.claims:
            what = f"{claim.counts} " if claim.counts else ""
            lines.append(f"      {what}{claim.measure}: {claim.value} ({claim.outlet})")
    elif disagreements(incident):
        lines.append("    Reports differ: " + "; ".join(disagreements(incident)))
    return lines


def figure_lines(incident: IncidentView) -> list[str]:
    """The incident's figures a line per weapon (or kind counted), as the best-listed source states them, then the
    total of the weapons' figures when there are several: "Kh-101: 40 launched, 38 destroyed"."""
    stated: dict[str, dict[str, int]] = {}
    for claim in incident.claims:
        if claim.measure in WEAPON_MEASURES:
            stated.setdefault(claim.counts, {}).setdefault(claim.measure, claim.value)
    lines = [
        f"{what or 'In all'}: " + ", ".join(f"{value:,} {measure}" for measure, value in figures.items())
        for what, figures in stated.items()
    ]
    weapons = [figures for what, figures in stated.items() if what in incident.weapons]
    if len(weapons) > 1 and "" not in stated:
        total = {
            m: sum(f.get(m, 0) for f in weapons) for m in WEAPON_MEASURES if any(m in f for f in weapons)
        }
        lines.append("In all: " + ", ".join(f"{value:,} {measure}" for measure, value in total.items()))
    return lines


def disagreements(incident: IncidentView) -> list[str]:
    """Like figures that sources state differently, each value with its outlets: "Kinzhal launched 4 (Air Force),
    6 (an outlet)", "killed 2 (Kyiv Independent), 3 (AP)". Figures of different weapons are never compared."""
    by_figure: dict[tuple[str, str], dict[int, list[str]]] = {}
    for claim in incident.claims:
        outlets = by_figure.setdefault((claim.counts, claim.measure), {}).setdefault(claim.value, [])
        if claim.outlet not in outlets:
            outlets.append(claim.outlet)
    return [
        f"{what + ' ' if what else ''}{measure} "
        + ", ".join(f"{value} ({', '.join(outlets)})" for value, outlets in values.items())
        for (what, measure), values in by_figure.items()
        if len(values) > 1 and len({o for outlets in values.values() for o in outlets}) > 1
    ]


def _grouped_by_day(incidents: Iterable[IncidentView]) -> list[str]:
    lines: list[str] = []
    current: date | None = None
    for incident in incidents:
        if incident.day != current:
            current = incident.day
            lines.extend(["", f"{current:%A %-d %B %Y}"])
        lines.extend(incident_text(incident))
    return lines


def _hit_text(hit: SearchHit) -> list[str]:
    when = hit.published.isoformat() if hit.published else "date unknown"
    return [
        f"“{hit.snippet}”",
        f"— {hit.title} ({hit.outlet or 'unknown outlet'}, {when}{in_language(hit.language)}), article {hit.article_id}",
    ]


def _article_text(article: ArticleView) -> list[str]:
    published = article.published.isoformat(sep=" ") if article.published else "unknown"
    lines = [f"Article {article.id}: {article.title}"]
    lines.append(
        f"    Outlet: {article.outlet or 'unknown'} · Author: {article.author or 'unknown'} · Published: {published}"
        f" · Language: {language_name(article.language) or 'unknown'}"
    )
    if article.url or article.path:
        lines.append(f"    {article.url or article.path}")
    if article.cited:
        lines.append("    Cites: " + ", ".join(article.cited))
    for label, values in facts_by_kind(article):
        lines.append(f"    {label.capitalize()}s: " + "; ".join(values))
    return lines


FACT_KINDS = ("date", "weapon", "place", "actor", "outlet", "count")


def facts_by_kind(article: ArticleView) -> list[tuple[str, list[str]]]:
    """An article's distinct facts grouped by kind, in a fixed order: ("date", ["31 July → 2024-07-31"]), ..."""
    by_kind: dict[str, list[str]] = {}
    for fact in article.facts:
        label = fact.kind.split(":")[0]
        value = fact.value if label != "date" else f"{fact.surface} → {fact.value}"
        if value not in by_kind.setdefault(label, []):
            by_kind[label].append(value)
    return [(label, by_kind[label]) for label in FACT_KINDS if by_kind.get(label)]


def stats_lines(stats: dict[str, Any]) -> list[str]:
    lines = [
        f"Articles: {stats['articles']:,} ({stats['records']:,} official records) · Sentences: {stats['sentences']:,}",
        f"Incidents: {stats['incidents']:,}"
        + (
            f" from {stats['first_incident']} to {stats['last_incident']}"
            if stats.get("first_incident")
            else ""
        ),
    ]
    for kind in ("weapons", "places"):
        top = stats.get(f"top_{kind}") or []
        if top:
            lines.append(f"Most reported {kind}: " + ", ".join(f"{name} ({count})" for name, count in top))
    return lines


# ---- feeds --------------------------------------------------------------------------------------------------


def feed_json(feed: Feed) -> dict[str, Any]:
    return {
        "id": feed.id, "title": feed.title, "url": feed.url, "status": feed.status,
        "paused_reason": feed.paused_reason, "filter": feed.filter.text, "interval_seconds": feed.interval_seconds,
        "last_success": feed.last_success_at, "last_error": feed.last_error, "last_error_at": feed.last_error_at,
        "failures": feed.failures, "entries_seen": feed.entries_seen, "next_poll": feed.next_poll_at,
        "guild_id": feed.guild_id,
    }  # fmt: skip


def feed_lines(feed: Feed) -> list[str]:
    """A feed's status as `feed list` shows it: what it is, whether it works, when it is polled next."""
    state = "active" if feed.active else f"paused ({feed.paused_reason or 'by a moderator'})"
    lines = [f"#{feed.id}  {feed.title or feed.url}  [{state}]", f"    {feed.url}"]
    details = [
        f"every {feed.interval_seconds // 60} min",
        f"{messages.plural(feed.entries_seen, 'entry', 'entries')} seen",
    ]
    if feed.filter.text:
        details.append(f"filter: {feed.filter.text}")
    details.append(f"last success: {feed.last_success_at or 'never'}")
    if feed.active:
        details.append(f"next poll: {feed.next_poll_at}")
    lines.append("    " + " · ".join(details))
    if feed.last_error:
        lines.append(f"    last error ({feed.last_error_at or 'read with a problem'}): {feed.last_error}")
    return lines
