"""One article's text in, its facts out: sentences, dated mentions, entities, counts and incidents."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from bot.extract.counts import find_counts
from bot.extract.dates import find_dates, may_have_dates
from bot.extract.entities import cited_outlets, designators, shorthand_designators
from bot.extract.gazetteer import Gazetteer
from bot.extract.incidents import build_incidents, has_incident_cue, is_background
from bot.extract.normalize import tokenize
from bot.extract.sentences import split_sentences
from bot.models import Entity, EntityKind, Extraction, Mention, Sentence, SentenceFacts


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
    found: list[tuple[Sentence, list[Mention]]] = []
    words: list[frozenset[str]] = []
    for sentence in split_sentences(body):
        tokens = tokenize(sentence.text)
        words.append(frozenset(token.key for token in tokens))
        mentions = gazetteer.find(sentence.text, sentence.start, tokens=tokens)
        mentions += designators(
            sentence.text, sentence.start, gazetteer, [(m.start, m.end) for m in mentions]
        )
        # A wire dateline's city is where the reporter filed from, not where anything happened.
        found.append((sentence, [m for m in mentions if not _inside(m.start, masked)]))
    capital = _capital_of(found, gazetteer)
    for (sentence, mentions), sentence_words in zip(found, words, strict=True):
        text = sentence.text
        mentions += shorthand_designators(text, sentence.start, gazetteer, mentions)
        if capital is not None:
            mentions += _the_capital(text, sentence.start, capital, mentions)
        mentions = sorted(_read_in_context(text, sentence.start, mentions, gazetteer), key=lambda m: m.start)
        dates = []
        if may_have_dates(sentence_words, text):
            dates = [d for d in find_dates(text, published, sentence.start) if not _inside(d.offset, masked)]
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


_THE_CAPITAL = re.compile(r"\bthe\s+capital\b(?!\s+(?:of|region|city)\b)", re.IGNORECASE)


def _capital_of(found: list[tuple[Sentence, list[Mention]]], gazetteer: Gazetteer) -> Entity | None:
    """The capital "the capital" refers to: the one the article names most (Kyiv in a report on Kyiv)."""
    counts: dict[str, int] = {}
    for _, mentions in found:
        for mention in mentions:
            if mention.entity.key in gazetteer.capitals:
                counts[mention.entity.key] = counts.get(mention.entity.key, 0) + 1
    if not counts:
        return None
    return gazetteer.entities[max(counts, key=lambda key: counts[key])]


def _the_capital(text: str, base: int, capital: Entity, taken: list[Mention]) -> list[Mention]:
    return [
        Mention(capital, match.group(), match.start() + base, match.end() + base)
        for match in _THE_CAPITAL.finditer(text)
        if not any(m.start < match.end() + base and match.start() + base < m.end for m in taken)
    ]


def _inside(offset: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= offset < end for start, end in ranges)


# Names that only label someone's office ("Kharkiv Oblast Governor", "head of the Kyiv City Military
# Administration") say who spoke, not where anything happened.
_OFFICE_AFTER = re.compile(
    r"\s*(?:['’]s\s+)?(?:regional\s+|city\s+|oblast\s+)?(?:governor|mayor|military\s+administration|"
    r"regional\s+(?:military\s+)?administration|state\s+administration|administration|council|police|"
    r"prosecutor|prosecutors|prosecutor's\s+office)\b",
    re.IGNORECASE,
)
_OFFICE_BEFORE = re.compile(
    r"\b(?:governor|head|mayor|chief|administration|council|prosecutor|police)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A capital that speaks or acts is its state: "Moscow has denied...", "which Kyiv said killed dozens".
_STATE_VERB_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|repeatedly\s+|long\s+|also\s+)?(?:said|says|claims|claimed|"
    r"denies|denied|accuses|accused|insists|insisted|warned|warns|threatened|wants|responded|retaliated|blamed|"
    r"ordered|announced|supplied|sent|used|launched|fired|acquired|received|signed|agreed|rejected|confirmed)\b",
    re.IGNORECASE,
)


# "launched from the Voronezh region", "fired from the territory of occupied Crimea": where it came from.
_ORIGIN_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:temporarily\s+)?occupied\s+)?(?:territory\s+of\s+(?:the\s+)?(?:(?:temporarily\s+)?"
    r"occupied\s+)?)?(?:Russia['’]s\s+|Russian\s+)?$",
    re.IGNORECASE,
)
_LAUNCH_WORDS = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fired|firing|took\s+off|lifted\s+off)\b", re.IGNORECASE
)

# "about 80 kilometres south of Kyiv": a reference point, not where anything happened.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:kilomet(?:re|er)s?|km|miles?)\s+(?:\(\d+\s+\w+\)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)


_SHIP_BEFORE = re.compile(
    r"\b(?:cruiser|warship|flagship|ship|vessel|frigate|corvette|submarine|destroyer|tanker|tug|boat|patrol\s+ship|"
    r"landing\s+ship|minesweeper)\s+\*?$",
    re.IGNORECASE,
)
# Where a capital is a place: "in Moscow", "struck Kyiv", "Moscow region", "Kyiv's Obolon district".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|on|at|over|near|towards?|into|from|around|outside|across|above|struck|hit|attacked|targeted|"
    r"shelled|bombed|hitting|striking|attacking|targeting)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:region|oblast|city|district|districts|outskirts|suburbs?|centre|center|airport|airports|"
    r"residents|metro|streets|skies|area|mayor|was\s+hit|was\s+struck|was\s+attacked|came\s+under)\b",
    re.IGNORECASE,
)


def _speaks_for_state(text: str, start: int, end: int, *, usually_state: bool) -> bool:
    """Whether a capital's name stands for its government here ("Moscow has denied", "Kyiv's allies")."""
    if _LOCATIVE_BEFORE.search(text, max(0, start - 30), start) or _PLACE_AFTER.match(text, end):
        return False
    if _STATE_VERB_AFTER.match(text, end) or text.startswith(("'s", "’s"), end):
        return True
    return usually_state


def _read_in_context(text: str, base: int, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    read: list[Mention] = []
    for mention in mentions:
        entity = mention.entity
        if entity.kind is EntityKind.PLACE:
            start, end = mention.start - base, mention.end - base
            before = (max(0, start - 40), start)
            if (
                _OFFICE_AFTER.match(text, end)
                or _OFFICE_BEFORE.search(text, *before)
                or _REFERENCE_BEFORE.search(text, *before)
            ):
                continue
            if _SHIP_BEFORE.search(text, *before):
                continue  # "the cruiser Moskva", "the landing ship Novocherkassk"
            capital = gazetteer.capitals.get(entity.key)
            if capital is not None and _speaks_for_state(text, start, end, usually_state=capital[1]):
                mention = Mention(capital[0], mention.surface, mention.start, mention.end)
            elif _ORIGIN_BEFORE.search(text, *before) and _LAUNCH_WORDS.search(text):
                mention = replace(mention, origin=True)
        read.append(mention)
    return read
