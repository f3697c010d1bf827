"""One article's text in, its facts out: sentences, dated mentions, entities, counts and incidents."""

from __future__ import annotations

from datetime import date

from bot.extract.counts import find_counts
from bot.extract.dates import find_dates
from bot.extract.entities import cited_outlets, designators
from bot.extract.gazetteer import Gazetteer
from bot.extract.incidents import build_incidents, has_incident_cue, is_background
from bot.extract.sentences import split_sentences
from bot.models import EntityKind, Extraction, SentenceFacts


def extract_article(
    body: str,
    published: date | None,
    gazetteer: Gazetteer,
    *,
    own_outlet: str | None = None,
    masked: tuple[tuple[int, int], ...] = (),
) -> Extraction:
    """Pure and deterministic: the same body, publication date and gazetteer always give the same facts.

    `masked` ranges (a wire dateline) contribute no dates: they state when the article was filed.
    """
    facts: list[SentenceFacts] = []
    cited: dict[str, None] = {}
    for sentence in split_sentences(body):
        text = sentence.text
        mentions = gazetteer.find(text, sentence.start)
        mentions += designators(text, sentence.start, gazetteer, [(m.start, m.end) for m in mentions])
        mentions.sort(key=lambda m: m.start)
        dates = [
            d
            for d in find_dates(text, published, sentence.start)
            if not any(start <= d.offset < end for start, end in masked)
        ]
        cue = has_incident_cue(text)
        for name in cited_outlets(text, mentions, own_outlet):
            cited.setdefault(name, None)
        facts.append(
            SentenceFacts(
                sentence=sentence,
                dates=tuple(dates),
                weapons=tuple(m for m in mentions if m.entity.kind is EntityKind.WEAPON),
                places=tuple(m for m in mentions if m.entity.kind is EntityKind.PLACE),
                actors=tuple(m for m in mentions if m.entity.kind is EntityKind.ACTOR),
                outlets=tuple(m for m in mentions if m.entity.kind is EntityKind.OUTLET),
                counts=tuple(find_counts(text, sentence.start)) if cue else (),
                has_incident_cue=cue,
                is_background=is_background(text),
            )
        )
    sentences = tuple(facts)
    return Extraction(sentences, build_incidents(sentences, published), tuple(cited))
