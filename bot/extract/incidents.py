"""Sentences to incidents: which sentences report an attack, when it happened, and which belong together.

A sentence reports an incident when it has an incident cue (struck, launched, shot down, an attack...) and names
a weapon system or a specific place, and is not a plan, a capability or a generalisation. Its date is its own
(see `dates.incident_date`), or, for an undated sentence, the incident the article is telling about at that point.
Background ("Earlier, it was reported that...", "Russia has launched hundreds of...") only counts when it gives a
specific date of its own. An undated report in the lead that uses a plain past-tense verb ("Russian missiles
struck Kharkiv, officials said") is dated by the publication date, the way a reader dates a news report.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from bot.extract.dates import incident_date
from bot.models import CountClaim, DateKind, DateMention, Entity, EntityKind, IncidentDraft, SentenceFacts

# Verbs in the past tense report an event; nouns ("an attack", "the launch") only say one is being talked about.
_EVENT_VERBS = (
    r"attacked|struck|hit|launched|fired|shot\s+down|downed|intercepted|destroyed|exploded|detonated|bombed|"
    r"carried\s+out|conducted|"
    r"shelled|targeted|damaged|killed|injured|wounded|crashed|fell|pounded|slammed|smashed|rocked|"
    r"came\s+under\s+(?:attack|fire)|was\s+(?:hit|struck|attacked|targeted)|were\s+(?:hit|struck|launched|fired|"
    r"used|shot\s+down|destroyed|intercepted|downed)"
)
_EVENT_NOUNS = (
    r"attacks?|strikes?|launch(?:es)?|explosions?|blasts?|raids?|barrage|salvo|impact|bombardment|shelling|"
    r"assault|used|debris|fragments|wreckage"
)
EVENT_VERB_RE = re.compile(rf"\b(?:{_EVENT_VERBS})\b", re.IGNORECASE)
INCIDENT_CUE_RE = re.compile(rf"\b(?:{_EVENT_VERBS}|{_EVENT_NOUNS})\b", re.IGNORECASE)
# Plans, capabilities, conditions: not events.
_IRREALIS_RE = re.compile(
    r"\b(?:will|would|might|(?-i:may)|can|could(?!\s+not|n['’]t)|should|plans?\s+to|planning\s+to|intends?\s+to|"
    r"is\s+expected\s+to|are\s+expected\s+to|is\s+due\s+to|are\s+due\s+to|threaten(?:s|ed)?\s+to|capable\s+of|able\s+to|designed\s+to|if)\b",
    re.IGNORECASE,
)
# Generalisations and recaps that do not report the article's incident unless they give a date of their own.
_BACKGROUND_RE = re.compile(
    r"^(?:earlier|previously|in\s+the\s+past|in\s+recent|since|over\s+the\s+past|for\s+years|historically)\b|"
    r"\b(?:it\s+was\s+(?:previously\s+)?reported\s+that|"
    # A present perfect is a generalisation when it says how often or how many: "has repeatedly struck",
    # "have fired hundreds of"; a plain one is a breaking report ("Ukraine has carried out a strike on...").
    r"(?:has|have)\s+(?:repeatedly|regularly|frequently|already|long|often|increasingly|routinely)\s+\w+|"
    r"(?:has|have)\s+(?:launched|fired|used|sent|struck|attacked|targeted)\s+(?:hundreds|thousands|dozens|scores|"
    r"more\s+than|over|well\s+over|at\s+least\s+\d[\d,]*\s+\w+\s+since)|"
    r"have\s+been\s+(?:used|launched|fired)|"
    r"more\s+than\s+half\s+of|so\s+far\s+this\s+year|to\s+date|"
    r"in\s+recent\s+(?:days|weeks|months|years)|regularly|repeatedly|routinely|often|usually)\b",
    re.IGNORECASE,
)
# A period instead of a day: "in January", "last week", "this year". A sentence dated only by one is no incident.
_PERIOD_RE = re.compile(
    r"\b(?:in|during|since|throughout|through|until|by)\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b|"
    r"\b(?:last|this|past|previous)\s+(?:week|month|year|winter|summer|spring|autumn)\b|"
    r"\bearlier\s+this\s+(?:week|month|year)\b",
    re.IGNORECASE,
)
# A list item: a count that opens it ("- 37 Kh-101 cruise missiles...", "Six Iskander-M missiles;"), or a short
# name with its count ("Kinzhal (7)", "Kh-22: 5").
_LIST_ITEM = re.compile(
    r"^\s*(?:[-•*–]\s*)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b|"
    r"^\s*(?:[-•*–]\s*)?[\w/ -]{2,50}?(?:\(\s*\d[\d,]*\s*\)|[:–—-]\s*\d[\d,]*)\s*[.;]?\s*$",
    re.IGNORECASE,
)
# The weapon of the report named afterwards: "the missile was an Iskander-M", "identified as Hwasong-11".
_IDENTIFIED = re.compile(
    r"\b(?:the\s+)?(?:missile|missiles|drone|drones|weapon|weapons|projectile|projectiles|rocket|rockets)\b"
    r"[^.;]{0,60}?\b(?:was|were|is|are|as)\s+(?:an?\s+|of\s+the\s+|the\s+)?|\bidentified\s+as\b",
    re.IGNORECASE,
)
LEAD_SENTENCES = 3
MAX_GAP = 4  # sentences between an undated sentence and the report it continues
_DAYS_APART = re.compile(r"\b(?P<n>a|one|two|three)\s+days?\s+(?P<way>after|before)\b", re.IGNORECASE)
_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3}
SPECIFIC_PLACE_KINDS = frozenset({"city", "oblast", "region", "sea", "island", "strait", "cape"})


def is_specific_place(entity: Entity) -> bool:
    return entity.kind is EntityKind.PLACE and entity.category in SPECIFIC_PLACE_KINDS


@dataclass
class _Builder:
    mention: DateMention
    weapons: dict[str, Entity] = field(default_factory=dict)
    places: dict[str, Entity] = field(default_factory=dict)
    origins: dict[str, Entity] = field(default_factory=dict)
    actors: dict[str, Entity] = field(default_factory=dict)
    sentences: list[int] = field(default_factory=list)
    counts: list[tuple[int, CountClaim]] = field(default_factory=list)

    def follows(self, facts: SentenceFacts, within: int = 1) -> bool:
        return bool(self.sentences) and 0 < facts.sentence.index - self.sentences[-1] <= within

    def absorb(self, other: _Builder) -> None:
        for source, target in (
            (other.weapons, self.weapons),
            (other.places, self.places),
            (other.origins, self.origins),
            (other.actors, self.actors),
        ):
            for key, entity in source.items():
                target.setdefault(key, entity)
        self.sentences = sorted({*self.sentences, *other.sentences})
        self.counts.extend(other.counts)

    def add(self, facts: SentenceFacts) -> None:
        for mention in facts.weapons:
            self.weapons.setdefault(mention.entity.key, mention.entity)
        for mention in facts.places:
            if mention.entity.category != "country":
                where = self.origins if mention.origin else self.places
                where.setdefault(mention.entity.key, mention.entity)
        for mention in facts.actors:
            self.actors.setdefault(mention.entity.key, mention.entity)
        if facts.sentence.index not in self.sentences:
            self.sentences.append(facts.sentence.index)
        self.counts.extend((facts.sentence.index, claim) for claim in facts.counts)

    def build(self) -> IncidentDraft:
        weapons = tuple(self.weapons.values())
        places = tuple(self.places.values())
        origins = tuple(o for key, o in self.origins.items() if key not in self.places)
        figures: dict[str, int] = {}
        for _, claim in self.counts:
            figures.setdefault(claim.measure, claim.value)
        return IncidentDraft(
            day=self.mention.day,
            start=self.mention.start,
            end=self.mention.end,
            date_phrase=self.mention.phrase,
            weapons=weapons,
            places=places,
            actors=tuple(self.actors.values()),
            sentence_indexes=tuple(self.sentences),
            summary=summarize(
                [(w.name, w.category) for w in weapons],
                [p.name for p in places],
                figures,
                [o.name for o in origins],
            ),
            counts=tuple(self.counts),
            origins=origins,
        )


def has_incident_cue(text: str) -> bool:
    return bool(INCIDENT_CUE_RE.search(text))


def is_background(text: str) -> bool:
    return bool(_BACKGROUND_RE.search(text.lstrip("\"'“ ")))


def build_incidents(
    sentences: tuple[SentenceFacts, ...], published: date | None
) -> tuple[IncidentDraft, ...]:
    reader = _Reader(published)
    for facts in sentences:
        reader.read(facts)
    return tuple(b.build() for b in reader.builders)


class _Reader:
    """Reads an article's sentences in order, tracking which incident the text is telling about at each point."""

    def __init__(self, published: date | None) -> None:
        self.published = published
        self.builders: list[_Builder] = []
        self.current: _Builder | None = None
        # A date set by a sentence that reports an attack without naming a weapon or a place ("Overnight from
        # Saturday to Sunday, Russia carried out another massive attack"), for the sentences that do.
        self.framing: tuple[int, DateMention] | None = None
        # A lead dated by its publication until the text gives the date ("...63 soldiers killed in a strike on
        # Makiivka. Four rockets hit the building shortly after midnight on Sunday").
        self.tentative: _Builder | None = None
        self.dated_before = (
            False  # once the text has talked about other times, an undated lead is not "today"
        )
        self.prose_sentences = 0

    def read(self, facts: SentenceFacts) -> None:
        text = facts.sentence.text
        if len(text.split()) >= 6:
            self.prose_sentences += 1  # menus and headings before the article do not push it out of the lead
        seen_dates = self.dated_before
        self.dated_before = seen_dates or bool(facts.dates) or bool(_PERIOD_RE.search(text))
        if _IRREALIS_RE.search(text):
            return
        own = incident_date(facts.dates)
        anchored = bool(facts.weapons) or any(is_specific_place(m.entity) for m in facts.places)
        if own is None and anchored and facts.has_incident_cue and self._framed(facts):
            own = self.framing[1] if self.framing else None
        if not facts.has_incident_cue:
            self._continue_quietly(facts, own, anchored)
            return
        if not anchored:
            self._unanchored(facts, own)
            return
        facts, apart = _split_days_apart(facts)
        builder = self._report_of(facts, own, seen_dates)
        if builder is not None:
            builder.add(facts)
            self.current = builder
        reference = builder or self.current
        if apart is not None and reference is not None:
            days, later, phrase = apart
            day = reference.mention.day - timedelta(days=days)
            _builder_for(self.builders, DateMention(DateKind.DAY, day, day, day, phrase, day, 0, 0)).add(
                later
            )

    def _report_of(self, facts: SentenceFacts, own: DateMention | None, seen_dates: bool) -> _Builder | None:
        """The incident an anchored sentence with an incident cue reports, if any."""
        if own is not None:
            return self._dated(facts, own)
        text = facts.sentence.text
        if facts.is_background or _PERIOD_RE.search(text):
            return None
        anchored = bool(facts.weapons) or any(is_specific_place(m.entity) for m in facts.places)
        if self.current is None:
            return self._lead(facts, seen_dates) if anchored else None
        if facts.sentence.index - self.current.sentences[-1] > MAX_GAP:
            return None  # far from the report it would continue, an undated sentence is about something else
        return self.current

    def _framed(self, facts: SentenceFacts) -> bool:
        if self.framing is None or self.current is not None or facts.is_background:
            return False
        # The lead's date holds until another date is given, over the paragraph or two that tell the story.
        close = facts.sentence.index - self.framing[0] <= 2 * MAX_GAP
        return close and not _PERIOD_RE.search(facts.sentence.text)

    def _continue_quietly(self, facts: SentenceFacts, own: DateMention | None, anchored: bool) -> None:
        """A sentence without an incident cue may still continue the report: an enumeration ("12 Kalibr cruise
        missiles from the Black Sea;", "Kinzhal (7)") or the weapon identified ("the missile was an Iskander-M")."""
        current = self.current
        if current is None or own is not None or not anchored or facts.is_background:
            return
        text = facts.sentence.text
        listed = _LIST_ITEM.match(text) and current.follows(facts, within=2)
        identified = facts.weapons and _IDENTIFIED.search(text) and current.follows(facts, within=MAX_GAP)
        if listed or identified:
            current.add(facts)

    def _unanchored(self, facts: SentenceFacts, own: DateMention | None) -> None:
        """An attack without a named weapon or place: it may date what follows, or continue the current report
        ("Two people were killed and 40 injured.")."""
        event = EVENT_VERB_RE.search(facts.sentence.text)
        if own is not None and self.current is None and not facts.is_background and event:
            self.framing = (facts.sentence.index, own)
        tentative = self.tentative
        if own is not None and tentative is not None and tentative is self.current:
            # "...killing four. The strike hit a clinic shortly after midnight on Sunday."
            if tentative.follows(facts, within=MAX_GAP) and not facts.is_background:
                self.tentative = None
                self.current = self._redate(tentative, own)
                self.current.add(facts)
            return
        current = self.current
        if (
            current is not None
            and own is None
            and current.follows(facts, within=2)
            and not facts.is_background
        ):
            current.add(facts)

    def _dated(self, facts: SentenceFacts, own: DateMention) -> _Builder:
        tentative = self.tentative
        self.tentative = None
        if tentative is not None and tentative is self.current and tentative.follows(facts, within=MAX_GAP):
            new_places = {m.entity.key for m in facts.places if is_specific_place(m.entity)}
            if not tentative.places or new_places <= set(tentative.places):
                return self._redate(tentative, own)
        return _builder_for(self.builders, own)

    def _redate(self, builder: _Builder, mention: DateMention) -> _Builder:
        self.builders.remove(builder)
        target = _builder_for(self.builders, mention)
        target.absorb(builder)
        return target

    def _lead(self, facts: SentenceFacts, seen_dates: bool) -> _Builder | None:
        """An undated report in plain past tense happened when it was reported: on the day the sentence says
        it was announced ("the air force said on Friday it had shot down..."), or, in the lead, on the day of
        publication."""
        if not EVENT_VERB_RE.search(facts.sentence.text):
            return None
        reported = next((d for d in facts.dates if d.kind is DateKind.REPORTED), None)
        lead = self.prose_sentences <= LEAD_SENTENCES and not seen_dates
        if reported is None and (self.published is None or not lead):
            return None
        self.tentative = _builder_for(self.builders, reported or _publication_day(self.published or date.min))
        return self.tentative


def _split_days_apart(facts: SentenceFacts) -> tuple[SentenceFacts, tuple[int, SentenceFacts, str] | None]:
    """ "The attack came a day after a Russian strike on Poltava killed 50": what follows the phrase is another,
    earlier incident (later for "a day before")."""
    match = _DAYS_APART.search(facts.sentence.text)
    if match is None:
        return facts, None
    cut = facts.sentence.start + match.end()
    later = replace(
        facts,
        weapons=tuple(m for m in facts.weapons if m.start >= cut),
        places=tuple(m for m in facts.places if m.start >= cut),
        counts=(),
    )
    if not later.weapons and not later.places:
        return facts, None
    before = replace(
        facts,
        weapons=tuple(m for m in facts.weapons if m.start < cut),
        places=tuple(m for m in facts.places if m.start < cut),
    )
    days = _DAYS[match.group("n").lower()] * (1 if match.group("way").lower() == "after" else -1)
    return before, (days, later, match.group())


def _builder_for(builders: list[_Builder], mention: DateMention) -> _Builder:
    key = (mention.day, mention.start, mention.end)
    for builder in builders:
        if (builder.mention.day, builder.mention.start, builder.mention.end) == key:
            return builder
    builder = _Builder(mention)
    builders.append(builder)
    return builder


def _publication_day(published: date) -> DateMention:
    return DateMention(DateKind.DAY, published, published, published, "(publication date)", published, 0, 0)


def summarize(
    weapons: Sequence[tuple[str, str]],
    places: Sequence[str],
    figures: Mapping[str, int],
    origins: Sequence[str] = (),
) -> str:
    """A one-line description from the facts: "KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast".

    `weapons` are (name, category) pairs; `figures` the first stated count of each measure; `origins` where it
    was launched from, named when no target is.
    """
    if weapons:
        kinds = {_WEAPON_NOUNS.get(category, category) for _, category in weapons}
        kind = f" {kinds.pop()}" if len(kinds) == 1 and "" not in kinds else ""
        names = [name for name, _ in weapons[:3]]
        if len(weapons) > 3:
            names.append(f"{len(weapons) - 3} more")
        head = f"{_join(names)}{kind} attack"
    else:
        head = "Attack"
    if places:
        line = f"{head}: {_join(list(places[:3]))}"
    elif origins:
        line = f"{head} from {_join(list(origins[:3]))}"
    else:
        line = head
    if figures:
        line += " (" + ", ".join(f"{value} {measure}" for measure, value in figures.items()) + ")"
    return line


# How a summary names a weapon's category: "Shahed-136 drone attack", not "Shahed-136 attack drone attack".
_WEAPON_NOUNS = {
    "attack drone": "drone",
    "loitering munition": "drone",
    "reconnaissance drone": "drone",
    "decoy drone": "drone",
    "guided bomb": "glide bomb",
    "multiple rocket launcher": "rocket",
    "surface-to-air missile": "missile",
    "air-to-surface missile": "missile",
    "anti-radiation missile": "missile",
    "intermediate-range ballistic missile": "ballistic missile",
}


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
