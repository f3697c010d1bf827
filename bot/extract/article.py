"""One article's text in, its facts out: sentences, dated mentions, entities, counts and incidents."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

import iuliia

from bot.extract.adjectives import adjective_stem, candidates_of
from bot.extract.counts import find_counts
from bot.extract.cues import (
    background_from,
    continues,
    counts_only,
    has_incident_cue,
    introduces_quote,
    is_bulleted,
    is_caption,
    is_list_item,
    is_plain_caption,
    is_recap,
    is_recap_heading,
    is_unrelated_to_the_attack,
    names_an_event,
    names_where_it_was_felt,
    narrows_previous,
    opens_with_a_count,
    refers_back_to_the_attack,
    reports_event,
    says_which,
    seen_overhead,
    tells_how_it_goes,
    tells_one_more,
    tells_time_since_an_attack,
    turns_apart,
)
from bot.extract.dates import HISTORY_DAYS, find_dates, may_have_dates, told_then
from bot.extract.entities import (
    cited_outlets,
    designators,
    shorthand_designators,
    weighted_models,
    without_mentions,
)
from bot.extract.gazetteer import DISTRICT_KINDS, RUSSIA, UKRAINE, Gazetteer, kilometres
from bot.extract.grammar import Rule, has_ukrainian_letters, is_cyrillic
from bot.extract.incidents import Sides, build_incidents
from bot.extract.normalize import fold, name_key, names_in, shared_start, tokenize
from bot.extract.roles import (
    comes_from,
    downing_list_line,
    launch_list_line,
    named_as_launch_site,
    names_a_ship,
    on_attackers_side,
    opens_downing_list,
    opens_launch_list,
    people_named,
    read_roles,
)
from bot.extract.sentences import split_sentences
from bot.extract.settlements import (
    SETTLEMENT_MARKER,
    VILLAGE,
    MarkedName,
    NamedHromada,
    Settlement,
    Settlements,
    english_hromada_names,
    is_ukrainian_stem,
    may_name_settlement,
    opens_a_district_list,
    opens_hromada_list,
    other_nominatives,
    russian_district,
    russian_districts_in,
    russian_village,
)
from bot.models import (
    DateKind,
    DateMention,
    Entity,
    EntityKind,
    Extraction,
    IncidentDraft,
    Mention,
    Role,
    Sentence,
    SentenceFacts,
)


def extract_article(
    body: str,
    published: date | None,
    gazetteer: Gazetteer,
    *,
    own_outlet: str | None = None,
    masked: tuple[tuple[int, int], ...] = (),
    title: str | None = None,
) -> Extraction:
    """Pure and deterministic: the same body, publication date and gazetteer always give the same facts.

    `masked` ranges (a wire dateline) contribute no dates: they state when the article was filed; a place named
    there is where the reporter filed from (see `Role.DATELINE`). A `title` the body does not begin with is read
    as the report's first paragraph: the headline often names what the lead does not.
    """
    facts: list[SentenceFacts] = []
    cited: dict[str, None] = {}
    found: list[tuple[Sentence, list[Mention]]] = []
    words: list[frozenset[str]] = []
    headline = " ".join((title or "").split())
    # (A body begins with its headline past a dateline: "KYIV-Russia attacked ...".)
    lead = next((body[end:] for start, end in masked if not body[:start].strip()), body).lstrip()
    shortened = headline.endswith("…") and lead.startswith(headline[:-1].rstrip())
    if shortened:
        # A page without a headline has its first sentence for one, shortened for display ("Russia attacked Ukraine
        # with ... all the dr…"): the whole sentence is read as the headline, with its date, for it opens with its
        # news.
        headline = _FIRST_SENTENCE.split(lead.split("\n", 1)[0], maxsplit=1)[0]
    if headline and (shortened or not lead.startswith(headline)):
        shift = len(headline) + 2
        body = f"{headline}\n\n{body}"
        masked = tuple((start + shift, end + shift) for start, end in masked)
    else:
        headline = ""
    for sentence in split_sentences(body, masked):
        tokens = tokenize(sentence.text)
        words.append(frozenset(token.key for token in tokens))
        mentions = gazetteer.find(sentence.text, sentence.start, tokens=tokens)
        mentions += designators(
            sentence.text, sentence.start, gazetteer, [(m.start, m.end) for m in mentions]
        )
        mentions = _model_then_kind(sentence.text, sentence.start, mentions, gazetteer)
        found.append((sentence, [_in_dateline(m, masked) for m in mentions]))
    found = _districts_of_named_cities(found, gazetteer)
    found = [
        (sentence, _districts_of_russian_cities(sentence, mentions, gazetteer))
        for sentence, mentions in found
    ]
    found = _short_names_of_compounds(found)
    found = _ships_named(found)
    hromadas = _hromadas_named(found, gazetteer)
    found = _named_settlements(found, hromadas, gazetteer)
    found = _towns_of_named_oblasts(found, gazetteer)
    found = _hromadas_as_places(found, hromadas, gazetteer)
    found = _variants_named(found)
    found = _variants_by_kind(found, gazetteer)
    capital = _capital_of(found, gazetteer)
    launch_list = False  # the lines read are a list of launch sites (see `roles.opens_launch_list`)
    downing_list = False  # ...or of the regions drones were downed over (see `roles.opens_downing_list`)
    years_told: dict[
        tuple[int, int], int
    ] = {}  # (month, day) -> the year the text gave it (`_in_the_years_told`)
    previous_background, previous_paragraph = False, -1
    recalling = False  # whether the background before, in this paragraph, recalls an earlier report
    last_cue_paragraph = -1  # the paragraph of the last sentence that told an event
    previous_cue = (
        False  # whether the sentence before told an attack, and no other kind of event (`_ANOTHER_EVENT`)
    )
    after_question = False  # the sentence before asked something
    attack_list = False  # the lines read are the items of a list that a sentence telling an attack opened
    recalled_paragraph = -1  # the paragraph under a "Recall" heading
    quote_day: date | None = None  # the day a quote was said, for the paragraph it introduces
    told_day: date | None = None  # the day before publication the lead says it tells of (`_as_told_on`)
    # The paragraph of the first sentence of prose past the headline: a byline or a credit line ("Agencies Moscow")
    # may stand between the headline and the lead.
    lead_paragraph: int | None = None
    quote_paragraph = -1
    last_region: str | None = None  # the oblast or region named last, whose capital "the regional capital" is
    # The region of the place named last, which "в області", "in the region" is in a sentence naming none.
    place_region: str | None = None
    # The raion the sentence before named last, whose centre "райцентр" can be.
    raion_before: str | None = None
    # The capital whose region the sentence before named ("killed one person in the Kyiv region. Fires broke out
    # across five districts in the capital's suburbs"), and that sentence's index.
    capital_region: tuple[Entity, int] | None = None
    # Place names read as a person's in a sentence before ("governor Oleg Nikolayev"): that person still ("Nikolayev
    # said").
    people: set[str] = set()
    for (sentence, mentions), sentence_words in zip(found, words, strict=True):
        text = sentence.text
        if (
            lead_paragraph is None
            and len(sentence_words) >= LEAD_WORDS
            and not (headline and sentence.paragraph == 0)
        ):
            lead_paragraph = sentence.paragraph
        mentions += shorthand_designators(text, sentence.start, gazetteer, mentions)
        mentions = weighted_models(text, sentence.start, gazetteer, mentions)
        if _THE_CAPITAL.search(text):
            # (Not over a capital the sentence itself names before the word: "Meanwhile, missiles hit Kyiv, and in
            # the capital three people were injured".)
            nearby = (
                capital_region[0]
                if capital_region
                and sentence.index - capital_region[1] <= 1
                and not any(m.entity.key in gazetteer.capitals for m in mentions)
                else None
            )
            mentions += _the_capital(text, sentence.start, nearby or capital, mentions, gazetteer)
        if _DISTRICT_CENTRE.search(text):
            mentions += _district_centres(text, sentence.start, mentions, raion_before, gazetteer)
        for mention in mentions:
            centre = gazetteer.centre_of(mention.entity.key) if _is_region(mention.entity) else None
            if centre is not None and centre.key in gazetteer.capitals:
                capital_region = centre, sentence.index
        raion_before = next((m.entity.key for m in reversed(mentions) if m.entity.category == "raion"), None)
        if _REGIONAL_CAPITAL.search(text):
            mentions += _regional_capitals(text, sentence.start, mentions, last_region, gazetteer)
        if place_region is not None and not any(m.entity.kind is EntityKind.PLACE for m in mentions):
            mentions += _the_region(text, sentence.start, place_region, published, gazetteer)
        last_region = next(
            (
                m.entity.key
                for m in reversed(mentions)
                if _is_region(m.entity) and not comes_from(text, m.start - sentence.start)
            ),
            last_region,
        )
        mentions = [
            m
            for m in mentions
            if m.entity.kind is not EntityKind.PLACE
            or not _ANOTHER_NAME_BEFORE.search(
                text, max(0, m.start - sentence.start - 40), m.start - sentence.start
            )
        ]
        if people:
            mentions = [
                m
                for m in mentions
                if m.entity.kind is not EntityKind.PLACE or m.surface not in people or m.role is Role.DATELINE
            ]
        people |= people_named(text, sentence.start, mentions, gazetteer)
        mentions = sorted(read_roles(text, sentence.start, mentions, gazetteer), key=lambda m: m.start)
        place_region = _region_told(mentions, gazetteer) or place_region
        if launch_list:
            listed = launch_list_line(text, sentence.start, mentions)
            # An item ending in a full stop ends the list.
            launch_list = listed is not None and not text.rstrip().endswith(".")
            mentions = listed if listed is not None else mentions
        launch_list = launch_list or opens_launch_list(text)
        if downing_list:
            downed = downing_list_line(text, mentions)
            downing_list = downed is not None and not text.rstrip().endswith(".")
            mentions = downed if downed is not None else mentions
        downing_list = downing_list or opens_downing_list(text)
        dates = []
        if may_have_dates(sentence_words, text) and not is_caption(text):
            # What a quote introduced by a dated sentence calls "today" is the day it was said.
            anchor = (
                quote_day if sentence.paragraph == quote_paragraph and quote_day is not None else published
            )
            dates = [d for d in find_dates(text, anchor, sentence.start) if not _inside(d.offset, masked)]
            dates = _in_the_years_told(dates, years_told, anchor)
            if sentence.paragraph <= 1 or sentence.paragraph == lead_paragraph:
                dates = _filing_date_first(text, sentence.start, dates)
                told_day = told_day or _told_the_day_before(dates, published)
            if told_day is not None and anchor == published:
                dates = _as_told_on(told_day, dates, text, sentence.start)
        if introduces_quote(text):
            said = [d.day for d in dates if d.kind is not DateKind.FUTURE]
            quote_day, quote_paragraph = (said[-1] if said else None), sentence.paragraph + 1
        turn = background_from(text)
        if is_recap_heading(text):
            recalled_paragraph = sentence.paragraph + 1
        elif sentence.paragraph == recalled_paragraph and _IS_CLUTTER_LINE.fullmatch(text):
            recalled_paragraph += 1  # "Background:\n\nAdvertisement:\n\nAir defence forces destroyed ..."
        background = (
            turn is not None
            or is_plain_caption(text)
            # ("Two weeks have passed since the attack on Poltava. Overnight, missiles hit Odesa": not Poltava's.)
            or tells_time_since_an_attack(text)
            or sentence.paragraph == recalled_paragraph
            or (
                # "Russian forces regularly strike Kharkiv... Additionally, the enemy targets the city with...", and
                # one more of what a recap told ("Ранее сообщалось, что в Курске беспилотник врезался в вокзал. ...
                # Еще один беспилотник перехватили в Московской области"; not after how it goes: "Russia has
                # regularly targeted the port. Another drone hit a warehouse in Izmail").
                previous_background
                and sentence.paragraph == previous_paragraph
                and (continues(text) or (recalling and tells_one_more(text)))
            )
        )
        # (A recap goes on past a sentence that names no place nor day: "Ранее сообщалось, что в Курске беспилотник
        # врезался в здание вокзала. После взрыва произошло возгорание. Еще один беспилотник перехватили в
        # Московской области.")
        same_paragraph = sentence.paragraph == previous_paragraph
        carried = (
            recalling
            and same_paragraph
            and not dates
            and not any(m.entity.kind is EntityKind.PLACE for m in mentions)
        )
        # (A recap opens on its word, "Ранее сообщалось", "Нагадаємо", "As reported earlier"; how things go is none.)
        opens_a_recap = is_recap(text) or (turn == 0 and not tells_how_it_goes(text))
        recalling = carried or (background and (opens_a_recap or (recalling and same_paragraph)))
        previous_background, previous_paragraph = background or carried, sentence.paragraph
        trailing = _trailing_background(text, turn)
        if trailing is not None:
            # "...another two hit Starokostiantyniv district, the site of an air base that has been repeatedly
            # attacked": the sentence reports an attack, and what follows the turn describes, and is left out.
            background = False
            cut = sentence.start + trailing
            mentions = [m for m in mentions if m.start < cut]
            dates = [d for d in dates if d.offset < cut]
        dates = told_then(dates, text, sentence.start)
        bullet = is_bulleted(text)
        # "агресор запустив:\n9 крилатих ракет «Іскандер-К»;\n4 балістичні ракети ...": items without a bullet,
        # each opening with its count, until one ends the list with a full stop.
        # ... or on lines of their own that open with a place ("Під ударами ворога були населені пункти таких
        # громад:\nХотінська\nМиропільська", "удару зазнали міста:\nІвано-Франківськ, Хмельницький, ...").
        item = (
            bullet
            or is_list_item(text)
            or (
                attack_list
                and _opens_with_a_place(text, sentence.start, mentions)
                and not _is_a_route(text, sentence.start, mentions)
            )
        )
        cue = (
            has_incident_cue(text)
            # "Однак сталися «прильоти», через які спалахнули пожежі. … Зокрема — у Луцьку та Ковельському районах."
            or (
                (
                    narrows_previous(text)
                    or counts_only(text)
                    or names_where_it_was_felt(text)
                    # a weapon seen overhead, where no place is named (what it flew over is not where it hit)
                    or (
                        seen_overhead(text)
                        and any(m.entity.kind is EntityKind.WEAPON for m in mentions)
                        and not any(m.entity.kind is EntityKind.PLACE for m in mentions)
                    )
                )
                and last_cue_paragraph == sentence.paragraph
            )
            # "Russian air defences have destroyed 158 Ukrainian drones overnight ...\nForty-six of the drones were over
            # the Kursk region on Sunday, where Ukraine has sent its forces": the tally goes on, in wire copy's next
            # paragraph too.
            or (
                trailing is not None
                and opens_with_a_count(text[:trailing])
                and 0 <= sentence.paragraph - last_cue_paragraph <= 1
            )
            # "Под ударом оказались, кроме Харькова:\n- Мохнач, Малиновка (Чугуевский район);": the items of a list
            # an attack's sentence opens are where it went.
            or (item and attack_list)
            # "...caught fire following a drone strike.\nThe inferno at the facility ... in Klintsy": the sentence
            # right after, on a line of its own or not (not after "Separately, a tractor driver was injured when his
            # tractor hit a mine" or "A freight train derailed": "The incident occurred near Unecha" is that one's).
            or (previous_cue and refers_back_to_the_attack(text))
            # "Энергообъекты — по всей стране. Киевская и Хмельницкая область, Львов и Днепр, Винница...": a sentence
            # that only lists places, in a report that has told an attack, lists where it went.
            # (One that says "Це – Київ, Харків і Одеса" is read by what the sentence before told: `says_which`.)
            # (Not the answer to a question of the report's own: "Which cities? Kyiv, Odesa, Lviv and Dnipro.")
            or (
                last_cue_paragraph >= 0
                and not after_question
                and not says_which(text)
                and _lists_places_only(text, sentence.start, mentions)
            )
        )
        previous_cue = cue and _ANOTHER_EVENT.search(text) is None
        after_question = text.rstrip().endswith("?")
        if cue:
            last_cue_paragraph = sentence.paragraph
        attack_list = (cue and text.rstrip().endswith(":")) or (
            attack_list and (bullet or (item and not text.rstrip().endswith(".")))
        )
        for name in cited_outlets(text, mentions, own_outlet):
            cited.setdefault(name, None)
        weapons = tuple(m for m in mentions if m.entity.kind is EntityKind.WEAPON)
        facts.append(
            SentenceFacts(
                sentence=sentence,
                dates=tuple(dates),
                weapons=weapons,
                places=tuple(m for m in mentions if m.entity.kind is EntityKind.PLACE),
                actors=tuple(m for m in mentions if m.entity.kind is EntityKind.ACTOR),
                outlets=tuple(m for m in mentions if m.entity.kind is EntityKind.OUTLET),
                counts=tuple(
                    c
                    for c in find_counts(
                        text, sentence.start, weapons, [(d.offset, d.end_offset) for d in dates]
                    )
                    if trailing is None or c.offset < sentence.start + trailing
                )
                if cue or is_list_item(text)
                else (),
                has_incident_cue=cue,
                is_background=background,
                recalled=sentence.paragraph == recalled_paragraph,
            )
        )
    sentences = _unrelated_events(_headings_of_attacks(tuple(facts), gazetteer))
    # The oblasts and regions the report says were hit (not named in an official's title, as where weapons came
    # from, where sirens sounded or where people came from): where its towns lie, when they lie in one of them.
    named_regions = frozenset(
        m.entity.key for f in sentences for m in f.places if _is_region(m.entity) and m.role is Role.TARGET
    )
    title_sentences = sum(1 for f in sentences if f.sentence.start < len(headline))
    sides = Sides(
        in_attackers_country=lambda place: on_attackers_side(place.key, gazetteer),
        ukraines_weapon=lambda weapon: gazetteer.fired_by_ukraine(weapon.key),
        region_of=lambda place: _region_of(place, gazetteer),
        lies_in=lambda place: _lies_in_places(place, named_regions, gazetteer),
        country_of=lambda place: gazetteer.country_of(place.key),
        raion_centre=lambda place: gazetteer.centre_of(place.key) if place.category == "raion" else None,
    )
    incidents = build_incidents(sentences, published, title_sentences, sides)
    return Extraction(sentences, _news(incidents, published), tuple(cited))


def _news(incidents: tuple[IncidentDraft, ...], published: date | None) -> tuple[IncidentDraft, ...]:
    """The incidents a report tells as news: not one that ended more than `HISTORY_DAYS` before it (a building
    restored, a trial, an anniversary recall an attack long past)."""
    if published is None:
        return incidents
    return tuple(incident for incident in incidents if (published - incident.end).days <= HISTORY_DAYS)


def _trailing_background(text: str, turn: int | None) -> int | None:
    """`turn` (see `cues.background_from`) when the sentence reports an attack before it and turns there, in a
    clause of its own, to what has happened before or usually does ("..., which has been repeatedly attacked",
    "..., as Russia does nightly"); None otherwise."""
    if not turn:
        return None
    before = text[:turn]
    if _CAME_AFTER.match(text, turn) and (
        has_incident_cue(before) or _THE_ATTACK_ITSELF.fullmatch(before.strip())
    ):
        # "The intense barrage and the launching of the Oreshnik missile came days after...", "It came a day after a
        # blast hit Russia's bridge to Crimea": this one's.
        return turn
    # ("Forty-six of the drones were over the Kursk region on Sunday, where Ukraine has sent its forces in recent
    # weeks": the night's tally goes on, and what follows describes the region.)
    told = (reports_event(before) and has_incident_cue(before)) or opens_with_a_count(before)
    if not (told and _CLAUSE_BREAK.search(before)):
        return None
    return turn


_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s")
# What an attack came after or amid, told of the attack the sentence opens with.
_CAME_AFTER = re.compile(r"(?:comes?|came|coming)\s", re.IGNORECASE)
# The attack told before, as the subject of what it came after: "It", "This", "The strike on Odesa".
_THE_ATTACK_ITSELF = re.compile(
    r"(?:it|this|that|the\s+(?:[\w'’-]+\s+){0,4}?(?:attacks?|strikes?|barrage|assault|bombardment|shelling|raid))",
    re.IGNORECASE,
)
# A list item's marker: "- Мохнач, Малиновка", "• Kupiansk", "▪️ чотири БпЛА".
# A clause's start before the turn: a comma, a dash, or a relative word.
_CLAUSE_BREAK = re.compile(
    r",|\s[—–-]\s|\b(?:which|that|where|who|as|while|які|який|яка|яке|де|що|которые|который|которая|где|как)\b",
    re.IGNORECASE,
)


def _model_then_kind(text: str, base: int, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "UMPB D-30 SN guided bombs", "FAB-500 guided bombs": the kind written after a model is that model, not
    another weapon (the generic guided bomb)."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        model = kept[-1] if kept else None
        kind = gazetteer.category(mention.surface) if mention.entity.kind is EntityKind.WEAPON else None
        if (
            model is not None
            and kind is not None
            and model.entity.kind is EntityKind.WEAPON
            and model.entity.key != mention.entity.key
            and not text[model.end - base : mention.start - base].strip()
            and name_key(kind[0]).startswith(name_key(model.entity.category))
        ):
            continue
        kept.append(mention)
    return kept


def _variants_named(found: list[tuple[Sentence, list[Mention]]]) -> list[tuple[Sentence, list[Mention]]]:
    """A weapon named by its family alone ("Iskander missiles", "Іскандерами") is the variant of another kind the
    report names in full ("Iskander-K", a cruise missile), when it names one such variant and never writes out the
    one the family name reads as by default (Iskander-M, a ballistic missile)."""
    weapons = [m for _, mentions in found for m in mentions if m.entity.kind is EntityKind.WEAPON]
    in_full = {m.entity.key for m in weapons if _written_in_full(m)}
    variant_of: dict[str, Entity] = {}
    written_in_full = {_first_key(m): m.entity for m in weapons if m.entity.key in in_full}
    for key in {m.entity.key for m in weapons} - in_full:
        entity = next(m.entity for m in weapons if m.entity.key == key)
        names = [name_key(name) for name in (entity.name, *entity.aliases)]
        written = {_first_key(m) for m in weapons if m.entity.key == key}
        variants = {
            other.key: other
            for generic in written
            for full, other in written_in_full.items()
            # Of another kind: a jet-powered Shahed-238 beside "100 Shahed drones" is one more drone, not them.
            if other.category != entity.category
            and (family := _family(generic, full))
            and any(_is_variant_of(name, family) for name in names)
        }
        if len(variants) == 1:
            variant_of[key] = next(iter(variants.values()))
    if not variant_of:
        return found
    return [
        (sentence, [replace(m, entity=variant_of.get(m.entity.key, m.entity)) for m in mentions])
        for sentence, mentions in found
    ]


def _variants_by_kind(
    found: list[tuple[Sentence, list[Mention]]], gazetteer: Gazetteer
) -> list[tuple[Sentence, list[Mention]]]:
    """A family name said to be of another kind than its default variant is the variant of that kind: "крилатими
    ракетами «Іскандер»", "Iskander cruise missiles" are Iskander-K, the Iskander family's cruise missile."""
    resolved = []
    for sentence, mentions in found:
        changed = []
        for mention in mentions:
            if mention.entity.kind is EntityKind.WEAPON and not _written_in_full(mention):
                at, to = mention.start - sentence.start, mention.end - sentence.start
                kind = _kind_said(mention.surface, sentence.text[max(0, at - _KIND_REACH) : at],
                                  sentence.text[to : to + _KIND_REACH])  # fmt: skip
                if kind is not None and kind != mention.entity.category:
                    sibling = _sibling_of_kind(mention, kind, gazetteer)
                    if sibling is not None:
                        mention = replace(mention, entity=sibling)
            changed.append(mention)
        resolved.append((sentence, changed))
    return resolved


def _sibling_of_kind(mention: Mention, kind: str, gazetteer: Gazetteer) -> Entity | None:
    family = _first_key(mention)
    siblings = [
        weapon
        for weapon in gazetteer.weapons_of_category(kind)
        if any(_is_variant_of(name_key(name), family) for name in (weapon.name, *weapon.aliases))
    ]
    return siblings[0] if len(siblings) == 1 else None


def _kind_said(surface: str, before: str, after: str) -> str | None:
    """The kind a weapon's name is said to be, by its own words ("Iskander cruise missiles"), the word right
    after it ("Iskander cruise"), or the words right before ("крилатими ракетами «Іскандер»", "балістичні
    «Іскандер»")."""
    for kind, (own, right_after, right_before) in _KIND_CUES.items():
        if own.search(surface) or right_after.match(after) or right_before.search(before):
            return kind
    return None


_KIND_REACH = 40
_VERSION = r"(?:(?:version|variant|modification)\s+of(?:\s+the)?|верс\w+|модифікаці\w+|модификаци\w+)"
_KIND_CUES = {
    kind: (
        re.compile(rf"\b(?:{words})", re.IGNORECASE),
        re.compile(rf"\s*(?:{words})", re.IGNORECASE),
        # (Or the kind alone: "гіперзвукові «Циркон», балістичні «Іскандер» та крилаті Х-101"; or of a version:
        # "крилату версію ракет «Іскандер»", "the cruise version of the Iskander".)
        re.compile(
            rf"(?:{words})\w*\s+(?:{_VERSION}\s+)?(?:(?:ракет\w*|missiles?)\s*)?[«\"“'„]?\s*$", re.IGNORECASE
        ),
    )
    for kind, words in (
        ("cruise missile", r"cruise|крилат|крылат"),
        ("ballistic missile", r"ballistic|балістичн|баллистическ"),
    )
}


def _written_in_full(weapon: Mention) -> bool:
    """ "Iskander-M", "Х-101", "Shahed 136", "Iskander M": a name written with its variant."""
    words = weapon.surface.split()
    if not words:
        return False
    if any(c.isdigit() or c in "-‐‑" for c in words[0]):
        return True
    return len(words) > 1 and len(words[1]) <= _VARIANT_LETTERS and (words[1].isdigit() or words[1].isupper())


def _first_key(weapon: Mention) -> str:
    words = weapon.surface.split()
    return name_key(words[0]) if words else ""


def _family(generic: str, variant: str) -> str | None:
    """The family two names share when the second is the first's stem with a short variant ("іскандерами",
    "іскандерк" -> "іскандер"); None otherwise."""
    length = 0
    while length < min(len(generic), len(variant)) and generic[length] == variant[length]:
        length += 1
    family = variant[:length]
    return family if length >= _FAMILY_LETTERS and _is_variant_of(variant, family) else None


def _is_variant_of(name: str, family: str) -> bool:
    return name.startswith(family) and 1 <= len(name) - len(family) <= _VARIANT_LETTERS


_VARIANT_LETTERS = 3  # "-M", "-K", "-136"
_FAMILY_LETTERS = 4


def _named_settlements(
    found: list[tuple[Sentence, list[Mention]]],
    hromadas: list[list[NamedHromada]] | None,
    gazetteer: Gazetteer,
) -> list[tuple[Sentence, list[Mention]]]:
    """Villages named after a word that says so ("у с. Лужок", "the village of Malekhiv"; see `settlements`), and
    hromadas named after a village, each the one in the hromada, raion or oblast the report names. Such a name
    replaces a town of the same name that lies outside every region the report names. `hromadas`: those each
    sentence names (see `_hromadas_named`), None where the report names no settlement."""
    settlements = gazetteer.settlements
    if hromadas is None or settlements is None:
        return found
    villages_read: set[str] = set()  # the keys of Russia's villages read so far, by their names
    where = _Whereabouts.of(found, hromadas, gazetteer)
    resolved = []
    for (sentence, mentions), named in zip(found, hromadas, strict=True):
        mentions = _read_hromadas(sentence, mentions, named, where, gazetteer)
        listed = _listed(sentence, mentions, settlements, gazetteer)
        here = where if listed is None else where.within(listed.region, gazetteer)
        mentions = _read_villages(sentence, mentions, here, settlements, gazetteer, villages_read)
        if listed is not None:
            mentions = listed.kept(mentions, gazetteer)
        resolved.append((sentence, sorted(mentions, key=lambda m: m.start)))
    return resolved


def _hromadas_as_places(
    found: list[tuple[Sentence, list[Mention]]], named: list[list[NamedHromada]] | None, gazetteer: Gazetteer
) -> list[tuple[Sentence, list[Mention]]]:
    """Each town read where a hromada is named, once the report's regions have said which town of the name it is,
    as the hromada (see `_as_hromadas`)."""
    if named is None:
        return found
    return [
        (sentence, _as_hromadas(sentence, mentions, hromadas, gazetteer))
        for (sentence, mentions), hromadas in zip(found, named, strict=True)
    ]


def _as_hromadas(
    sentence: Sentence, mentions: list[Mention], hromadas: list[NamedHromada], gazetteer: Gazetteer
) -> list[Mention]:
    """A town of Ukraine read where a hromada is named ("у Юнаківській громаді", "the Yunakivka community") is the
    hromada named after it, which takes in the villages around the town: the attack was somewhere in it."""
    spans = [(sentence.start + h.start, sentence.start + h.end) for h in hromadas]
    # (English copy names a town's hromada by the town's name: "the Sumy community", "Seredyna-Buda hromada".)
    spans += [(sentence.start + at, sentence.start + to) for at, to in english_hromada_names(sentence.text)]
    if not spans:
        return mentions
    read = []
    for mention in mentions:
        town = mention.entity
        if (
            any(mention.start < end and start < mention.end for start, end in spans)
            and _is_settlement(town)
            and town.parent  # (Kyiv is a region of its own, not a hromada: "the Kyiv community" is its people)
            and gazetteer.country_of(town.key) == UKRAINE
        ):
            mention = replace(mention, entity=gazetteer.add_place(gazetteer.hromada_of(town)))
        read.append(mention)
    return read


def _hromadas_named(
    found: list[tuple[Sentence, list[Mention]]], gazetteer: Gazetteer
) -> list[list[NamedHromada]] | None:
    """The hromadas each sentence names: by adjective and noun, or as the lines of a list a sentence announced
    ("населені пункти таких громад:" over "- Садівська", "- Юнаківська"). None where the report names no settlement
    or hromada, or the gazetteer has no table of them."""
    if not any(may_name_settlement(sentence.text) for sentence, _ in found):
        return None
    settlements = gazetteer.settlements
    if settlements is None:
        return None
    named: list[list[NamedHromada]] = []
    listing = False
    for sentence, _ in found:
        listed = settlements.listed_hromada(sentence.text) if listing else []
        named.append([*settlements.hromadas_in(sentence.text), *listed])
        listing = opens_hromada_list(sentence.text) or bool(listed)
    return named


@dataclass(frozen=True)
class _List:
    """A list of the places hit ("під ворожим вогнем опинилися Понятівка, Берислав, Михайлівка..."), from `start`
    to `end` (in the text), and the oblast most of its names can lie in."""

    start: int
    end: int
    region: str

    def kept(self, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
        """The list's names, each the namesake in its region: a town of another oblast that no village of this one
        replaced ("Михайлівка" read as the Zaporizhzhia town) is not what the list means. A city is itself
        wherever it stands ("Харків, Чугуїв, Ізюм, Балаклія та Одеса")."""
        kept = []
        for mention in mentions:
            entity = mention.entity
            if (
                not self.start <= mention.start < self.end
                or not _is_settlement(entity)
                or gazetteer.oblast_of(entity.key) == self.region
                or gazetteer.populations.get(entity.key, 0) >= _CITY_POPULATION
            ):
                kept.append(mention)
                continue
            here = _namesakes_in(entity, {self.region}, gazetteer)
            if len(here) == 1:
                kept.append(replace(mention, entity=here[0]))
        return kept


_CITY_POPULATION = 100_000
# How many of a list's names, and what share of them, must be able to lie in one oblast for it to be that oblast's.
_LIST_NAMES = 3
_LIST_SHARE = 2 / 3


def _listed(
    sentence: Sentence, mentions: list[Mention], settlements: Settlements, gazetteer: Gazetteer
) -> _List | None:
    """A sentence's list of places hit, when most of its names can lie in one oblast: a town or village of that
    name is there. Frontline oblasts' round-ups list a dozen villages, many of which share their names with towns
    elsewhere."""
    start = next((m.end() for m in SETTLEMENT_MARKER.finditer(sentence.text) if m.group("many")), None)
    if start is None:
        return None
    could_be: dict[int, set[str]] = {}  # a listed name's start -> the oblasts it can lie in
    end = start  # where the list's last settlement ends
    for mention in mentions:
        if mention.start - sentence.start >= start and _is_settlement(mention.entity):
            namesakes = gazetteer.lookup(mention.entity.name) or [mention.entity]
            could_be.setdefault(mention.start - sentence.start, set()).update(
                oblast for e in namesakes if (oblast := gazetteer.oblast_of(e.key))
            )
            end = max(end, mention.end - sentence.start)
    # A village spelt the Russian way is read against the oblasts the list's towns can lie in, and the one the
    # sentence names last before it ("населені пункти Харківщини, зокрема ...", not "forces from the Sumy region
    # shelled settlements in the Kursk region, including ...").
    before = [m.entity.key for m in mentions if _is_region(m.entity) and m.start - sentence.start < start]
    named = set(before[-1:])
    towns_regions = frozenset(
        o.removeprefix("place:") for oblasts in (*could_be.values(), named) for o in oblasts
    )
    for name in settlements.named_in(sentence.text, towns_regions):
        if name.start >= start:
            could_be.setdefault(name.start, set()).update(f"place:{s.oblast}" for s in name.candidates)
            end = max(end, name.end)
    votes = Counter(oblast for oblasts in could_be.values() for oblast in oblasts)
    if not votes:
        return None
    region, count = votes.most_common(1)[0]
    if count < _LIST_NAMES or count < _LIST_SHARE * len(could_be):
        return None
    return _List(sentence.start + start, sentence.start + end, region)


def _is_settlement(place: Entity) -> bool:
    return place.kind is EntityKind.PLACE and place.category in ("city", "village", "settlement", "town")


# How far from its centre a raion's towns lie: Ukraine's raions since 2020 span up to about 100 km across, and their
# centres are seldom at their middle.
RAION_REACH_KM = 60.0
# How far across a raion may reach from its centre at most, and how much farther the next namesake must be for the
# nearest to be the one meant.
RAION_SPAN_KM = 100.0
NEAREST_MARGIN = 1.5


# Words a report uses when it tells of an attack from Ukraine's side.
_UKRAINES_SIDE = re.compile(
    r"(?<!\w)(?:оккупант\w*|окупант\w*|рашист\w*|орк\w*|россиян\w*|росіян\w*|враг\w*|ворог\w*|агрессор\w*|"
    r"агресор\w*|российск\w+\s+(?:войск|арми|армия|авиаци|оккупац)\w*|(?:войск\w*|арми\w*|ВС|ЗС)\s+РФ|ЗСУ|"
    r"Сил\w*\s+оборони)(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Whereabouts:
    """Where a report is, by the places it names."""

    places: set[str]  # every place it names, and the regions they lie in
    regions: frozenset[str]  # of those, the oblasts and regions (keys without "place:", as the codifier's)
    # The regions it names in words, not only through a town (which may be the very town a name is read against):
    # a town the matcher read is elsewhere when it lies in none of them.
    named_regions: set[str]
    named_areas: set[str]  # those, and the raions it names with theirs
    hromadas: set[str]  # the stems of the hromada adjectives it names
    raions: frozenset[str]  # the raions it names
    # The regions of the places it names, but for Ukraine's small towns and villages, whose names Russia's share;
    # kept only where there are several such towns, and no oblast of Ukraine holds most of them.
    sure_regions: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        found: list[tuple[Sentence, list[Mention]]],
        hromadas: list[list[NamedHromada]],
        gazetteer: Gazetteer,
    ) -> _Whereabouts:
        named = [m.entity for _, mentions in found for m in mentions if m.entity.kind is EntityKind.PLACE]
        places = {e.key for e in named} | {a for e in named for a in gazetteer.ancestors(e.key)}
        regions = frozenset(key.removeprefix("place:") for key in places if _is_region(gazetteer.get(key)))
        # (Not where the weapons were launched from: "российские оккупанты с территории Белгородской области
        # запустили по Харькову 4 ракеты" is a report on Kharkiv, whose districts are Ukraine's.)
        named_regions = {
            m.entity.key
            for sentence, mentions in found
            for m in mentions
            if _is_region(m.entity) and not named_as_launch_site(sentence.text, m.start - sentence.start)
        }
        named_raions = {e.key for e in named if e.category == "raion"}
        # A raion's oblast, not its country: a town elsewhere in Ukraine is not in the raion's area.
        raions = named_raions | {
            a for key in named_raions for a in gazetteer.ancestors(key) if _is_region(gazetteer.get(a))
        }
        stems = {hromada.stem for named in hromadas for hromada in named}
        small = [
            e
            for e in named
            if _is_settlement(e)
            and gazetteer.country_of(e.key) == UKRAINE
            and gazetteer.populations.get(e.key, 0) < _TOWN_POPULATION
        ]
        # (A Belgorod report's Maksimovka, Bezlyudovka, Gora, Borki, read as Ukraine's, lie all over the country;
        # "з Бєлгородщини обстріляли Вовчанськ і Липці" names Kharkiv Oblast's, and one town says nothing.)
        oblasts = Counter(oblast for e in small if (oblast := gazetteer.oblast_of(e.key)) is not None)
        scattered = len(small) >= 2 and not (oblasts and 2 * oblasts.most_common(1)[0][1] > len(small))
        sure = {region for e in named if e not in small and (region := _region_of(e, gazetteer)) is not None}
        # (Told from Russia's side: "Из Белгорода оккупанты обстреляли Глубокое, Веселое ... и Циркуны" is Ukraine's
        # side telling of Kharkiv Oblast's villages.)
        text = " ".join(sentence.text for sentence, _ in found)
        if not scattered or _UKRAINES_SIDE.search(text):
            sure = set()
        return cls(
            places,
            regions,
            named_regions,
            named_regions | raions,
            stems,
            frozenset(named_raions),
            frozenset(sure),
        )

    def within(self, region: str, gazetteer: Gazetteer) -> _Whereabouts:
        """Where a list of places hit is: its oblast, and what the report names in it."""
        inside = {key for key in self.places if key == region or region in gazetteer.ancestors(key)}
        return _Whereabouts(
            inside,
            frozenset({region.removeprefix("place:")}),
            {region},
            {region} | (self.named_areas & inside),
            self.hromadas,
            frozenset(self.raions & inside),
        )

    def in_named_raion(self, towns: list[Entity], gazetteer: Gazetteer) -> list[Entity]:
        """Of namesake towns, the one near the centre of a raion the report names, when the others are far from
        every one: Pokrovske of Nikopol district, not Pokrovske of Synelnykove district, for "Покровська громада"
        in a report on Nikopol district. The towns themselves when none or several are near."""
        centres = [point for key in self.raions if (point := gazetteer.locate(key)) is not None]
        if not centres:
            return towns
        near = [
            town for distance, town in _by_distance(towns, centres, gazetteer) if distance <= RAION_REACH_KM
        ]
        return near if len(near) == 1 else towns


def _read_hromadas(
    sentence: Sentence,
    mentions: list[Mention],
    hromadas: list[NamedHromada],
    where: _Whereabouts,
    gazetteer: Gazetteer,
) -> list[Mention]:
    """ "Покровська громада" of a report on Nikopol district is named after Pokrovske there, not Pokrovsk of Donetsk
    Oblast, which makes the same adjective; "Мирівська" after the village Мирове."""
    for hromada in hromadas:
        at, to = hromada.start, hromada.end
        start, end = sentence.start + at, sentence.start + to
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if overlapping and not all(_elsewhere(m, where.named_areas, gazetteer) for m in overlapping):
            # "Межівській та Покровській громадах Синельниківщини": the raion its sentence names says which.
            own = _by_sentence_raion(gazetteer.towns_by_adjective(hromada.stem), mentions, gazetteer)
            if own is None or any(m.entity.key == own.key for m in overlapping):
                continue
            mentions = [m for m in mentions if m not in overlapping]
            mentions.append(Mention(gazetteer.add_place(own), sentence.text[at:to], start, end))
            continue
        # Where the report is: the regions it names in words when a town read here is to be replaced (that town's
        # own region says nothing), else every place it names.
        context = where.named_areas if overlapping else where.places
        towns = [
            t for t in gazetteer.towns_by_adjective(hromada.stem) if context & set(gazetteer.ancestors(t.key))
        ]
        # The codifier and GeoNames may both list a town (Semenivka of Chernihiv Oblast): the same place, and
        # GeoNames' row (with its coordinates) is the one kept.
        listed = {(t.name, gazetteer.oblast_of(t.key)) for t in towns}
        villages = [
            _as_listed_town(v, gazetteer)
            for v in hromada.centres
            if {f"place:{v.oblast}", f"place:{v.raion}"} & context
            and (v.name, f"place:{v.oblast}") not in listed
        ]
        centres = villages + towns
        if len(centres) > 1:
            centres = where.in_named_raion(centres, gazetteer)
        if len(centres) > 1:
            centres = _far_the_largest(centres, gazetteer)
        if not centres or (len(centres) > 1 and not is_cyrillic(sentence.text[at:to])):
            # (An English name several hromadas of the region share, "the Mykolaivka community", stays the town
            # the matcher read: its name is right, if not surely its oblast.)
            continue
        # Of two there (Pokrov and Pokrovske both make "Покровська"), the report does not say which; the town
        # elsewhere it is not.
        mentions = [m for m in mentions if m not in overlapping]
        if len(centres) == 1:
            mentions.append(Mention(gazetteer.add_place(centres[0]), sentence.text[at:to], start, end))
    return mentions


# How many times the next town's people the largest must have to be the one a hromada is named after.
_LARGEST_BY = 5


def _far_the_largest(towns: list[Entity], gazetteer: Gazetteer) -> list[Entity]:
    """A hromada is named after its centre, its largest place: of towns of 6,000 and of 1,000 that make the same
    adjective ("the Chutiv community": Chutove and Chutivka), the first; of two of a size, still both."""
    people = sorted(((gazetteer.populations.get(t.key, 0), t) for t in towns), key=lambda p: -p[0])
    if people[1][0] and people[0][0] >= _LARGEST_BY * people[1][0]:
        return [people[0][1]]
    return towns  # (a village's people the tables do not count: no telling)


def _by_sentence_raion(towns: list[Entity], mentions: list[Mention], gazetteer: Gazetteer) -> Entity | None:
    """Of namesake towns, the one clearly nearest the centre of a raion the sentence names (a raion spans up to
    100 km, and its centre is seldom in its middle): within that reach, and half as far again to the next."""
    centres = [
        point
        for m in mentions
        if m.entity.category == "raion" and (point := gazetteer.locate(m.entity.key)) is not None
    ]
    if not centres:
        return None
    distances = _by_distance(towns, centres, gazetteer)
    if not distances or distances[0][0] > RAION_SPAN_KM:
        return None
    if len(distances) > 1 and distances[1][0] < NEAREST_MARGIN * distances[0][0]:
        return None
    return distances[0][1]


def _by_distance(
    towns: list[Entity], centres: list[tuple[float, float]], gazetteer: Gazetteer
) -> list[tuple[float, Entity]]:
    """The towns located, nearest first, each with its distance in km from the nearest of `centres`."""
    located = [
        (min(kilometres(point, centre) for centre in centres), town)
        for town in towns
        if (point := gazetteer.locate(town.key)) is not None
    ]
    return sorted(located, key=lambda pair: pair[0])


def _as_listed_town(settlement: Settlement, gazetteer: Gazetteer) -> Entity:
    """A codifier town as GeoNames' row of the same name in the same oblast, when there is one: GeoNames may list it
    without its Cyrillic name (Semenivka of Chernihiv Oblast), and one town has one key."""
    if settlement.kind == "town":
        same = [
            e
            for e in gazetteer.lookup(settlement.name)
            if e.category == "city" and gazetteer.oblast_of(e.key) == f"place:{settlement.oblast}"
        ]
        if len(same) == 1:
            return same[0]
    return settlement.entity()


# A place this large is what its name means, whatever region a report names.
_TOWN_POPULATION = 20_000


def _read_villages(
    sentence: Sentence,
    mentions: list[Mention],
    where: _Whereabouts,
    settlements: Settlements,
    gazetteer: Gazetteer,
    villages_read: set[str],
) -> list[Mention]:
    """ "у с. Лужок Малоданилівської громади", "the village of Malekhiv": the village the report's places say it
    is; one that several share and nothing decides is the name alone, in Ukraine. In a report whose regions are all
    Russia's, a name after a Cyrillic marker is a village there ("по поселкам Малиновка и Октябрьский" of a Belgorod
    report), whether or not Ukraine has one of the name; in any report, so is one a Russian region follows ("В селе
    Пороз Белгородской области"), and a district by its adjective ("В Кардымовском районе Смоленской области")."""
    region = _russian_region(where, gazetteer)
    if region is None:
        mentions = _read_ukraines_villages(sentence, mentions, where, settlements, gazetteer)
    for name_start, name_end, nominative in settlements.unlisted_named_in(sentence.text, listed_too=True):
        start, end = sentence.start + name_start, sentence.start + name_end
        # In a report on both sides, a village whose Russian region follows it: "В селе Пороз Белгородской области".
        where_in = region or _russian_region_after(end, mentions, gazetteer)
        if where_in is None:
            continue
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        # (A town whose name is only part of the village's is no rival: "the village of Lozovaya Rudka" is not
        # Lozova.)
        rivals = [
            m
            for m in overlapping
            if not (start <= m.start and m.end <= end and m.end - m.start < end - start)
        ]
        if not all(_elsewhere(m, where.named_regions, gazetteer) for m in rivals) or any(
            gazetteer.populations.get(m.entity.key, 0) >= _TOWN_POPULATION for m in rivals
        ):
            # ("Под ударами оказались Киев, Харьков, Одесса" in a report naming Murmansk Oblast, where the bombers
            # took off: Kyiv, not a village of that name there.)
            continue
        written = sentence.text[name_start:name_end]
        # "в поселке Разумном": a town the gazetteer holds in the region, by the name's other nominative (Разумное).
        known = next(
            (
                town
                for form in other_nominatives(written)
                for town in gazetteer.lookup(form)
                if town.kind is EntityKind.PLACE and where_in in gazetteer.ancestors(town.key)
            ),
            None,
        )
        if known is not None:
            mentions = [m for m in mentions if m not in overlapping] + [Mention(known, written, start, end)]
            continue
        # "поселок Ракитное ... В поселке Ракитном": a name in another case is the village the report named before.
        entity = next(
            (
                named
                for form in other_nominatives(written)
                if (named := russian_village(form, where_in, surface=written)).key in villages_read
            ),
            None,
        ) or russian_village(nominative, where_in, surface=written)
        villages_read.add(entity.key)
        village = Mention(gazetteer.add_place(entity), written, start, end)
        mentions = [m for m in mentions if m not in overlapping] + [village]
    for at, to, stem, english in russian_districts_in(sentence.text):
        start, end = sentence.start + at, sentence.start + to
        towns = gazetteer.towns_by_adjective(stem)
        if is_ukrainian_stem(sentence.text[at:to].split()[0]) and not (
            (towns and gazetteer.country_of(towns[0].key) == RUSSIA) or gazetteer.names_a_district_town(stem)
        ):
            continue  # Ukrainian copy's "Сумський район" is Ukraine's, whatever Russian region the report names
        where_in = (
            # (The region named right after it first: "Северского района Кубани" in a report on Krasnodar Krai and
            # Rostov Oblast is Krasnodar's, not Tomsk Oblast's Seversk district.)
            _russian_region_after(end, mentions, gazetteer, within=sentence)
            or region
            or _named_towns_region(stem, where, gazetteer)
            or _sentences_one_russian_region(sentence.text, sentence.start, mentions, gazetteer)
        )
        if where_in is None:
            continue
        city_districts = _named_citys_districts(stem, where, gazetteer) if english is None else []
        if city_districts:
            # "Прилеты зафиксированы в Киевском и Холодногорском районах" after Kharkiv: the city's districts,
            # whatever Russian region the report names (where the bombers took off); of several named cities,
            # none is read.
            mentions = [m for m in mentions if not (m.start < end and start < m.end)]
            if len(city_districts) == 1:
                mentions.append(Mention(city_districts[0], sentence.text[at:to], start, end))
            continue
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if english is not None:
            # English copy's "Tsimlyansky district": named as written, as English copy and its readers name it
            # (Russian copy's is named by its town); the town the gazetteer may read in the adjective stays, not
            # Ukraine's raion of a like name ("the Siversky and Kushchevsky districts" of Krasnodar Krai are no
            # Siversk district of Donetsk Oblast).
            district = russian_district(
                stem, None, _district_town(stem, where_in, [], gazetteer)[1], written=english
            )
            overlapping = [
                m
                for m in overlapping
                if m.entity.category in DISTRICT_KINDS and gazetteer.country_of(m.entity.key) == UKRAINE
            ]
        else:
            district = russian_district(stem, *_district_town(stem, where_in, mentions, gazetteer))
        mentions = [m for m in mentions if m not in overlapping]
        mentions.append(Mention(gazetteer.add_place(district), sentence.text[at:to], start, end))
    if region is not None and where.sure_regions and not has_ukrainian_letters(sentence.text):
        mentions = [_russias_namesake(m, region, where, gazetteer, villages_read) for m in mentions]
    return _districts_named_by_town(sentence, mentions, gazetteer, region)


def _russias_namesake(
    mention: Mention, region: str, where: _Whereabouts, gazetteer: Gazetteer, villages_read: set[str]
) -> Mention:
    """In a Russian-language report on Russia's side alone, a small Ukrainian town or village read by a Russian name
    is the region's village of that name ("в Максимовке ..., в Безлюдовке" of a Belgorod report), not Poltava
    Oblast's Maksymivka: the report names no region of Ukraine it could lie in, and its small towns read as
    Ukraine's lie all over the country (`_Whereabouts.sure_regions`)."""
    entity = mention.entity
    if (
        not _is_settlement(entity)
        or not is_cyrillic(mention.surface)
        or gazetteer.country_of(entity.key) != UKRAINE
        or gazetteer.populations.get(entity.key, 0) >= _TOWN_POPULATION
        or gazetteer.oblast_of(entity.key) in where.named_areas
    ):
        return mention
    village = russian_village(
        _russian_nominative(mention.surface, gazetteer.written_names(entity.key)), region
    )
    villages_read.add(village.key)
    return replace(mention, entity=gazetteer.add_place(village))


def _russian_nominative(surface: str, names: list[str]) -> str:
    """The name in Russian that a form in a case was read by ("Максимовке": Максимовка), else the form itself."""
    russian = [name for name in names if is_cyrillic(name) and not has_ukrainian_letters(name)]
    best = max(russian, key=lambda name: shared_start(name, surface), default=None)
    if best is not None and shared_start(best, surface) >= len(best) - 2:
        return best
    # ("в Журавлевке": Журавлевка.)
    return _FEMININE_LOCATIVE.sub("а", surface)


_FEMININE_LOCATIVE = re.compile(r"(?<=[кнл])е$")


def _named_citys_districts(stem: str, where: _Whereabouts, gazetteer: Gazetteer) -> list[Entity]:
    """The districts of the Ukrainian cities the report names that a Russian adjective names ("в Киевском районе"
    of Kharkiv)."""
    found = [m.entity for m in gazetteer.find(f"{stem[:1].upper()}{stem[1:]}ий район")]
    # The district the name is first, then the others that share it (a former name, another city's).
    for candidates in (found, [e for entity in found for e in gazetteer.namesakes(entity)]):
        districts = {e.key: e for e in candidates if e.category == "district" and e.parent in where.places}
        if districts:
            return list(districts.values())
    return []


# "several settlements in the Belgorod district", "the Graivoron district of the Belgorod region": English copy
# names a Russian district by its town (not "the Sovetsky district of Voronezh", a city's district, nor "the
# Belgorod urban district", the city itself, nor "the Belgorod district heating plant").
_DISTRICT_AFTER_TOWN = re.compile(
    r"\s+district\b(?!\s+(?:heating|No\b))(?!\s+of\s+(?!(?:the\s+|Russia['’]s\s+)?[A-Z][a-z]+\s+(?:region|oblast|krai)\b))",
    re.IGNORECASE,
)


_ENDS_IN_CONSONANT = re.compile(r"[бвгджзклмнпрстфхцчшщ]$", re.IGNORECASE)


def _filing_date_first(text: str, base: int, dates: list[DateMention]) -> list[DateMention]:
    """A day that heads the text before a colon is when it was filed: "July 29, 2023: yesterday the residential area
    in downtown Taganrog got damaged" (not an entry of a timeline or a live blog further down)."""
    if (
        len(dates) > 1  # "yesterday" after it: the day told from that one (not a timeline's "10 жовтня: ...")
        and dates[0].kind is DateKind.DAY
        and not text[: dates[0].offset - base].strip()
        and _COLON_AFTER.match(text, dates[0].end_offset - base)
    ):
        return [replace(dates[0], kind=DateKind.REPORTED), *dates[1:]]
    return dates


_COLON_AFTER = re.compile(r"\s*:(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DIGIT = re.compile(r"\d")


def _in_the_years_told(
    dates: list[DateMention], years_told: dict[tuple[int, int], int], anchor: date | None
) -> list[DateMention]:
    """A day the text gave with its year, named again without one on its anniversary (the day of publication), is in
    that year: "Ровно год назад, 26 декабря 2022 года, ... жители Энгельса услышали мощный хлопок. ... Позже в
    министерстве обороны рассказали, что ... 26 декабря около 2:35 ..." is 2022's, not the publication's (not "On
    October 7, a guided bomb hit Kupiansk" a week after publication, after "Hamas's assault on October 7, 2023").
    Records each day given with its year in `years_told`."""
    read = []
    for mention in dates:
        key = (mention.day.month, mention.day.day)
        if _YEAR.search(mention.phrase):
            years_told.setdefault(key, mention.day.year)
        elif (
            _DIGIT.search(mention.phrase)
            and key in years_told
            and years_told[key] != mention.day.year
            and mention.day == anchor
            and mention.kind in (DateKind.DAY, DateKind.NIGHT, DateKind.REPORTED, DateKind.CONTEXT)
        ):
            shift = date(years_told[key], *key) - mention.day
            mention = replace(
                mention, day=mention.day + shift, start=mention.start + shift, end=mention.end + shift
            )
        read.append(mention)
    return read


def _regular_adjective_stem(town: Entity, gazetteer: Gazetteer) -> str | None:
    """The stem of a Russian town's adjective when it is made regularly, by "-ский" after the name's final consonant
    (Белгород: белгородск, Курск: курск) or in place of its final "-о" or "-е" (Шебекино: шебекинск), and names the
    town in the gazetteer's adjectives; else None."""
    russian = next((name for name in town.aliases if iuliia.WIKIPEDIA.translate(name) == town.name), None)
    if russian is None:
        return None
    name = russian.lower()
    if _ENDS_IN_CONSONANT.search(russian):
        stem = name if name.endswith("ск") else name + "ск"
    elif name.endswith(("о", "е")):
        stem = name[:-1] + "ск"
    else:
        return None
    return stem if town in gazetteer.towns_by_adjective(stem) else None


def _districts_named_by_town(
    sentence: Sentence, mentions: list[Mention], gazetteer: Gazetteer, region: str | None = None
) -> list[Mention]:
    """A Russian town written before "district" in English is the district named after it, read as Russian copy's
    adjective reads it ("Белгородский район": Belgorodsky district (Belgorod district)), where the adjective is
    the regular one; a town whose adjective is not ("Суджа": "Суджанский") stays the town. In a report on Russia's
    `region`, a smaller town of it a district is named after is that district, whatever Ukrainian town the name
    also reads as ("the Rakitnoye district" of a Belgorod report is no Rokytne)."""
    read = []
    for mention in mentions:
        town = mention.entity
        after = _DISTRICT_AFTER_TOWN.match(sentence.text, mention.end - sentence.start)
        if (
            after is not None
            and region is not None
            and town.category in ("city", VILLAGE)
            and gazetteer.is_district_town(mention.surface, region)
        ):
            written = sentence.text[mention.start - sentence.start : after.end()]
            read.append(_district_of_town(mention.surface, region, written, mention.start, gazetteer))
            continue
        listed = opens_a_district_list(sentence.text, mention.start - sentence.start)
        if (after or listed) and town.category == "city" and gazetteer.country_of(town.key) == RUSSIA:
            end = sentence.start + after.end() if after is not None else mention.end
            # (Not a town read in an adjective the district was read from already: "Tsimlyansky district".)
            read_in_district = any(
                other.entity.category == "raion" and other.start < end and mention.start < other.end
                for other in mentions
            )
            stem = None if read_in_district else _regular_adjective_stem(town, gazetteer)
            if stem is not None:
                district = russian_district(stem, town.name, town.parent or RUSSIA)
                written = sentence.text[mention.start - sentence.start : end - sentence.start]
                mention = Mention(gazetteer.add_place(district), written, mention.start, end)
        read.append(mention)
    if region is not None:
        # (...and one the gazetteer reads as no place at all: "in the Krasnaya Yaruga district".)
        # (Over what the name's words read as: "Krasnaya" is no village Krasna.)
        for named in _TOWNS_DISTRICT.finditer(sentence.text):
            start, end = sentence.start + named.start(), sentence.start + named.end()
            inside = [m for m in read if m.start < end and start < m.end]
            if all(
                start <= m.start and m.end <= end and m.entity.category in ("city", VILLAGE) for m in inside
            ) and (gazetteer.is_district_town(named.group("town"), region)):
                read = [m for m in read if m not in inside]
                read.append(_district_of_town(named.group("town"), region, named.group(), start, gazetteer))
        read.sort(key=lambda m: m.start)
    return read


# A town's name before "district" in English: "the Krasnaya Yaruga district".
_TOWNS_DISTRICT = re.compile(
    r"(?P<town>(?-i:[A-Z])[\w'’]+(?:[ -](?-i:[A-Z])[\w'’]+)?)\s+district\b", re.IGNORECASE
)


def _district_of_town(town: str, region: str, written: str, start: int, gazetteer: Gazetteer) -> Mention:
    """The district of Russia's `region` named after its smaller town, as English copy writes it."""
    district = russian_district("", None, region, written=town)
    return Mention(gazetteer.add_place(district), written, start, start + len(written))


def _named_towns_region(stem: str, where: _Whereabouts, gazetteer: Gazetteer) -> str | None:
    """The region of a Russian town the report names that the district's adjective is made from: "над Брянским
    районом" of a report on drones near Bryansk is Bryansk's district, not Ukraine's Brianka."""
    return next(
        (
            town.parent
            for town in gazetteer.towns_by_adjective(stem)
            if town.key in where.places and town.parent and gazetteer.country_of(town.key) == RUSSIA
        ),
        None,
    )


def _sentences_one_russian_region(
    text: str, base: int, mentions: list[Mention], gazetteer: Gazetteer
) -> str | None:
    """The one Russian region a sentence names, wherever: "two explosions occurred at a fuel base in the Proletarsky
    district ..., according to Vasily Golubev, governor of the Rostov region"; not one the attack came from ("из
    Белгородской области обстреляли Богодуховский район"), nor in a sentence that names a Ukrainian region."""
    regions = set()
    for m in mentions:
        if not _is_region(m.entity):
            continue
        if gazetteer.country_of(m.entity.key) != RUSSIA:
            return None
        if not comes_from(text, m.start - base):
            regions.add(m.entity.key)
    return next(iter(regions)) if len(regions) == 1 else None


def _russian_region_after(
    end: int, mentions: list[Mention], gazetteer: Gazetteer, *, within: Sentence | None = None
) -> str | None:
    """The Russian region named right after a place ("... Белгородской области"), which says the place is in it;
    `within` the sentence, not past a comma (", Брянской и Белгородской областями" goes on with a list)."""
    return next(
        (
            m.entity.key
            for m in mentions
            if 0 < m.start - end <= 2
            and _is_region(m.entity)
            and gazetteer.country_of(m.entity.key) == RUSSIA
            and (within is None or "," not in within.text[end - within.start : m.start - within.start])
        ),
        None,
    )


def _read_ukraines_villages(
    sentence: Sentence,
    mentions: list[Mention],
    where: _Whereabouts,
    settlements: Settlements,
    gazetteer: Gazetteer,
) -> list[Mention]:
    """Ukraine's villages and settlements the sentence names, by the table of them (see `_read_villages`)."""
    for name in settlements.named_in(sentence.text, where.regions):
        if settlements.elsewhere(name.candidates, where.regions):
            continue
        start, end = sentence.start + name.start, sentence.start + name.end
        if _in_russian_region(start, end, mentions, gazetteer):
            continue
        overlapping = [m for m in mentions if m.start < end and start < m.end]
        if name.bare and (
            overlapping or not any(f"place:{s.oblast}" in where.named_regions for s in name.candidates)
        ):
            continue
        if overlapping:
            respelt = _respelt(name, sentence.text)
            # (A city written as itself is no village its name only resembles, even in a marked list: "під ударами
            # опинилися Київ, Дніпро, Сумська область" is Dnipro, not Dnipropetrovsk Oblast's Дніпрове.)
            if (not name.marked or respelt) and any(
                _a_town_listed(m, gazetteer, respelt=respelt and not name.marked) for m in overlapping
            ):
                continue
        settlement, confirmed = settlements.choose(name.candidates, where.places, where.hromadas)
        if name.in_district and (settlement is None or f"place:{settlement.raion}" not in where.places):
            continue
        # A town of that name read where the report names no region of its ("Веселовка Житомирской области" is no
        # Veselovka of Crimea) gives way to the village, when the report says which village or every village of the
        # name lies in the regions it names.
        in_named_regions = [s for s in name.candidates if f"place:{s.oblast}" in where.named_regions]
        # A town whose name is part of the village's is no rival: "the village of Borivska Andriivka" is not
        # Andriivka.
        contested = [
            m
            for m in overlapping
            if not (name.marked and start <= m.start and m.end <= end and m.end - m.start < end - start)
        ]
        if contested and not (
            (confirmed or in_named_regions)
            and all(_elsewhere(m, where.named_areas, gazetteer) for m in contested)
        ):
            continue
        candidates: Sequence[Settlement] = name.candidates
        if contested and not confirmed:
            candidates = in_named_regions
            settlement, _ = settlements.choose(candidates, where.places, where.hromadas)
        entity = settlement.entity() if settlement is not None else settlements.unplaced(candidates)
        village = Mention(gazetteer.add_place(entity), sentence.text[name.start : name.end], start, end)
        mentions = [m for m in mentions if m not in overlapping] + [village]
    return mentions


def _a_town_listed(mention: Mention, gazetteer: Gazetteer, *, respelt: bool) -> bool:
    """Whether a name a list of places gives is the city it names, not a village its case recalls ("по Києву,
    Харкову, Кривому Рогу"), or the Ukrainian town, when the village is one spelt nearly so (`respelt`: "Odesa,
    Konotop and Lviv" is no Konotopy of Lviv Oblast; a Kharkiv round-up's "Rubizhne" is its village, not the
    Luhansk town). A Russian town's name is as often a Ukrainian village's as Russian copy spells it ("Mikhaylovka"
    in a Kherson round-up)."""
    population = gazetteer.populations.get(mention.entity.key, 0)
    return population >= _CITY_POPULATION or (
        respelt and population >= _TOWN_POPULATION and gazetteer.country_of(mention.entity.key) == UKRAINE
    )


def _respelt(name: MarkedName, text: str) -> bool:
    """Whether none of the settlements a name was read as is called so as written."""
    written = name_key(text[name.start : name.end])
    return not any(written in (name_key(s.name), name_key(s.uk)) for s in name.candidates)


def _in_russian_region(start: int, end: int, mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether the sentence places a name in a Russian region: the region it names last before the name is Russia's,
    and none of Ukraine's follows ("shelled settlements in the Kursk region, including Oleshnya, Kurilovka")."""
    before = [m for m in mentions if m.end <= start and _is_region(m.entity)]
    if not before or gazetteer.country_of(before[-1].entity.key) != RUSSIA:
        return False
    return not any(
        m.start >= end and _is_region(m.entity) and gazetteer.country_of(m.entity.key) != RUSSIA
        for m in mentions
    )


def _district_town(
    stem: str, region: str, mentions: list[Mention], gazetteer: Gazetteer
) -> tuple[str | None, str]:
    """The town a district of Russia is named after, and the region it lies in: the region's town of that adjective
    (of a report on several regions, Russia's, in its own region), else a village the sentence names that makes it
    ("поселок Прохоровка в Прохоровском районе"), else none (the region the report is about)."""
    town = next(
        (
            t
            for t in gazetteer.towns_by_adjective(stem)
            if t.parent == region or (region == RUSSIA and gazetteer.country_of(t.key) == RUSSIA)
        ),
        None,
    )
    if town is not None:
        return town.name, town.parent or region
    if (smaller := gazetteer.district_town(stem, region)) is not None:
        return smaller, region
    village = next(
        (
            m.entity.name
            for m in mentions
            if m.entity.category == VILLAGE
            and any(adjective_stem(c) == stem for c in candidates_of(m.surface))
        ),
        None,
    )
    return village, region


def _russian_region(where: _Whereabouts, gazetteer: Gazetteer) -> str | None:
    """The Russian region a report is about, when the regions it names in words are all Russia's: the one, or
    Russia when it names several. A report that names none goes by its places' (Shebekino's, in a Belgorod
    report that names the villages hit around it and never the region)."""
    named = where.named_regions or set(where.sure_regions)
    russian = {key for key in named if gazetteer.country_of(key) == RUSSIA}
    if not russian or russian != named:
        return None
    return next(iter(russian)) if len(russian) == 1 else RUSSIA


def _is_region(place: Entity | None) -> bool:
    return place is not None and place.category in ("oblast", "region")


def _region_of(place: Entity, gazetteer: Gazetteer) -> str | None:
    """The oblast or region a place lies in, itself for one; a city in none is its namesake oblast's (Kyiv, told
    with "Київ і область" as one attack), else its own."""
    if _is_region(place):
        return place.key
    region = next((a for a in gazetteer.ancestors(place.key) if _is_region(gazetteer.get(a))), None)
    if region is None and place.category == "city":
        namesake = gazetteer.namesake_region(place.key)
        return namesake.key if namesake is not None else place.key
    return region


def _lies_in_places(place: Entity, named_regions: frozenset[str], gazetteer: Gazetteer) -> list[Entity]:
    """What a place of an incident says it lies in, nearest first: a city's district its city, and a place the
    oblast or region it lies in when the report says that region was hit ("a drone hit a house in Zaporizhzhia
    ... the Zaporizhzhia region was attacked overnight"); nothing for a region itself, or a country."""
    if _is_region(place):
        return []
    found = []
    for key in gazetteer.ancestors(place.key):
        whole = gazetteer.get(key)
        if whole is None:
            continue
        if whole.category == "city" and place.category == "district":
            found.append(whole)
        elif _is_region(whole):
            if key in named_regions:
                found.append(whole)
            break
    return found


def _towns_of_named_oblasts(
    found: list[tuple[Sentence, list[Mention]]], gazetteer: Gazetteer
) -> list[tuple[Sentence, list[Mention]]]:
    """A town that shares its name with a town of an oblast the report names, and lies in none itself, is that
    oblast's: "місто Семенівка на Чернігівщині" is Chernihiv Oblast's Semenivka, not the larger one of Poltava
    Oblast the name alone reads as. A city is itself wherever it stands, unless it stands in another country than
    every oblast named, its own region is not named, and a town of some size of an oblast its sentence or the one
    before names has its name: "Novomoskovsk, Dnipropetrovsk Oblast" is Ukraine's (now Samar), not Russia's."""
    areas = [
        m.entity
        for _, mentions in found
        for m in mentions
        if m.entity.kind is EntityKind.PLACE and m.entity.category != "city"
    ]
    named = {oblast for area in areas if (oblast := gazetteer.oblast_of(area.key)) is not None}
    if not named:
        return found
    countries = {gazetteer.country_of(oblast) for oblast in named}
    # (Any country's: "Dzerzhinsk, Nizhny Novgorod Oblast" is that one, whatever oblast of Ukraine is named too.)
    regions = {region for area in areas if (region := _region_of(area, gazetteer)) is not None}

    def of_named_oblast(mention: Mention, mentions: list[Mention]) -> Mention:
        entity = mention.entity
        if entity.category != "city" or gazetteer.oblast_of(entity.key) in named:
            return mention
        if _region_of(entity, gazetteer) in regions:
            return mention
        large = gazetteer.populations.get(entity.key, 0) >= _CITY_POPULATION
        if large and gazetteer.country_of(entity.key) in countries:
            return mention
        # (A large city gives way only to a town of an oblast its own sentence or the one before names:
        # "Novomoskovsk, Dnipropetrovsk Oblast", not "drones struck ... Dzerzhinsk overnight. Meanwhile, shelling
        # of Donetsk Oblast ...".)
        oblasts = (
            {o for m in mentions if (o := gazetteer.oblast_of(m.entity.key)) is not None} if large else named
        )
        here = [
            e
            for e in _namesakes_in(entity, oblasts & named, gazetteer)
            if e.category == "city"
            # (A large city gives way only to a town of some size: not Russia's Kostroma to a village of Poltava
            # Oblast in a report that names Poltava Oblast.)
            and (not large or gazetteer.populations.get(e.key, 0) >= _TOWN_POPULATION)
        ]
        return replace(mention, entity=here[0]) if len(here) == 1 else mention

    return [
        (sentence, [of_named_oblast(m, mentions + before) for m in mentions])
        for (sentence, mentions), before in zip(
            found, [[], *(mentions for _, mentions in found)], strict=False
        )
    ]


def _namesakes_in(place: Entity, oblasts: set[str], gazetteer: Gazetteer) -> list[Entity]:
    """The places of a place's name (either name of a renamed town: "Pivdenne (Yuzhne)") that lie in one of these
    oblasts."""
    namesakes = {e.key: e for name in names_in(place.name) for e in gazetteer.lookup(name)}
    return [e for e in namesakes.values() if gazetteer.oblast_of(e.key) in oblasts]


def _elsewhere(mention: Mention, named_regions: set[str], gazetteer: Gazetteer) -> bool:
    """Whether a town the matcher read lies outside every region the report names: "с. Олександрівка" in a report
    on Kherson Oblast is not the town Oleksandrivka of Kirovohrad Oblast. A report that names no region leaves
    every town where it is."""
    return (
        mention.entity.category == "city"
        and bool(named_regions)
        and not named_regions & set(gazetteer.ancestors(mention.entity.key))
    )


def _short_names_of_compounds(
    found: list[tuple[Sentence, list[Mention]]],
) -> list[tuple[Sentence, list[Mention]]]:
    """A report that names a place of a hyphenated name ("Slavyansk-na-Kubani", "Kamensk-Shakhtinsky") means it by
    the name's first word alone ("one person was killed in Slavyansk"), not a namesake elsewhere (Sloviansk)."""
    compounds: dict[str, Entity] = {}
    for _, mentions in found:
        for mention in mentions:
            if mention.entity.kind is EntityKind.PLACE and (first := _first_of_compound(mention.surface)):
                compounds.setdefault(first, mention.entity)
    if not compounds:
        return found

    def short_name_of(mention: Mention) -> Mention:
        whole = compounds.get(fold(mention.surface)) if mention.entity.kind is EntityKind.PLACE else None
        return mention if whole is None else replace(mention, entity=whole)

    return [(sentence, [short_name_of(m) for m in mentions]) for sentence, mentions in found]


def _ships_named(found: list[tuple[Sentence, list[Mention]]]) -> list[tuple[Sentence, list[Mention]]]:
    """A town's name given to a ship ("the Russian landing ship Novocherkassk, docked at Feodosia") names the ship
    where the report repeats it as a ship's, with an article or in quotes ("the strike on the Novocherkassk",
    "«Ростов-на-Дону»"); bare, it is still the town ("drones attacked Rostov-on-Don")."""
    ships = {
        fold(mention.surface)
        for sentence, mentions in found
        for mention in mentions
        if mention.entity.kind is EntityKind.PLACE
        and names_a_ship(sentence.text, mention.start - sentence.start)
    }
    if not ships:
        return found

    def the_ship(sentence: Sentence, mention: Mention) -> bool:
        start, end = mention.start - sentence.start, mention.end - sentence.start
        return (
            mention.entity.kind is EntityKind.PLACE
            and fold(mention.surface) in ships
            and _AS_A_SHIP_BEFORE.search(sentence.text, max(0, start - 8), start) is not None
            and _PLACE_NOUN_AFTER.match(sentence.text, end) is None
        )

    return [(sentence, [m for m in mentions if not the_ship(sentence, m)]) for sentence, mentions in found]


# How a report names a ship again: with the article a town never takes ("the Novocherkassk"), or in quotes.
_AS_A_SHIP_BEFORE = re.compile(r"(?:\bthe\s+|[«\"„“]\s*)$", re.IGNORECASE)
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:region|oblast|district|city|port|refinery|airport|airfield|plant|area|oil|railway|station)\b",
    re.IGNORECASE,
)


def _first_of_compound(surface: str) -> str | None:
    first, hyphen, rest = surface.partition("-")
    return fold(first) if hyphen and rest and first and " " not in first else None


def _districts_of_named_cities(
    found: list[tuple[Sentence, list[Mention]]], gazetteer: Gazetteer
) -> list[tuple[Sentence, list[Mention]]]:
    """A district name several cities have ("Шевченківський район": Kyiv, Kharkiv, Lviv...) is the district of the
    city its own sentence, else the sentence before, names (a city, or a district only that city has: "the city's
    Kholodnohirskyi and Shevchenkivskyi districts" are Kharkiv's), else of the city the report names most; of none,
    the raion of that name ("Покровський район": Pokrovsk district), if there is one, else it is left unread."""
    named: dict[str, int] = {}
    for _, mentions in found:
        for mention in mentions:
            if mention.entity.kind is EntityKind.PLACE:
                named[mention.entity.key] = named.get(mention.entity.key, 0) + 1
    resolved = []
    nearby: set[str] = set()  # the cities and oblasts the sentence before names
    for sentence, mentions in found:
        kept = []
        here = _cities_and_oblasts_named(mentions, gazetteer)
        for mention in mentions:
            if mention.entity.category in DISTRICT_KINDS:
                homonyms = gazetteer.namesakes(mention.entity)
                districts = [e for e in homonyms if e.category == "district"]
                raions = [e for e in homonyms if e.category == "raion"]
                local = next(
                    (
                        [e for e in homonyms if _in_named(e, named_here, gazetteer)]
                        for named_here in (here, nearby)
                        if any(_in_named(e, named_here, gazetteer) for e in homonyms)
                    ),
                    None,
                )
                if len(homonyms) > 1 and local is not None and len(local) == 1:
                    mention = replace(mention, entity=local[0])
                elif len(homonyms) > 1:
                    best = max(districts, key=lambda e: named.get(e.parent or "", 0), default=None)
                    # A raion of an oblast the report names more often than that city is the raion: "Покровський
                    # район" in a Donetsk Oblast round-up that mentions Mariupol once.
                    raion = max(
                        raions, key=lambda e: named.get(gazetteer.oblast_of(e.key) or "", 0), default=None
                    )
                    city_count = named.get(best.parent or "", 0) if best is not None else 0
                    oblast_count = (
                        named.get(gazetteer.oblast_of(raion.key) or "", 0) if raion is not None else 0
                    )
                    if best is not None and city_count and city_count >= oblast_count:
                        mention = replace(mention, entity=best)
                    elif raion is not None:
                        mention = replace(mention, entity=raion)
                    else:
                        continue
                elif (
                    mention.entity.category == "district"
                    and mention.entity.parent not in named
                    and _tells_of_russia(mentions, gazetteer)
                ):
                    # A Ukrainian city's district, in a sentence on Russia of a report that never names the city, is
                    # another place of that name: "Elsewhere in Russia, ... a fuel base in the Proletarsky district
                    # ..., governor of the Rostov region" is no district of Donetsk (once Proletarskyi).
                    continue
            kept.append(mention)
        resolved.append((sentence, kept))
        nearby = here
    return resolved


# What may stand between the places of a bare list: conjunctions, and parts of the country ("..., Кировоградщина,
# юг"); one misspelt name may be left over ("Житормирщина").
_LIST_CONJUNCTIONS = frozenset(
    [
        "і",
        "й",
        "та",
        "и",
        "а",
        "and",
        "or",
        "the",
        "south",
        "north",
        "east",
        "west",
        "юг",
        "север",
        "восток",
        "запад",
        "південь",
        "північ",
        "схід",
        "захід",
    ]
)
_PLACES_IN_A_BARE_LIST = 3
_LIST_LABEL = re.compile(
    r"(?<!\w)(?:tags?|topics?|теги|тэги|теми|темы|тривога|тревога|alerts?)(?!\w)", re.IGNORECASE
)
_WORDS_LEFT_OVER = 1


# Another kind of event than an attack, which "the incident" after it refers to: "a helicopter crashed", "his tractor
# hit a mine", "a freight train derailed".
_ANOTHER_EVENT = re.compile(
    r"\b(?:crash(?:ed|es)?|derail\w*|(?:land)?mines?|accident|collided|collision)\b|(?<!\w)(?:ДТП|аварі\w*|авари\w*|"
    r"мін[іуиа]|мине|мину|мина|підірвал?\w*\s+на|подорвал?\w*\s+на|сош[её]л\w*\s+с\s+рельс|зійш\w*\s+з\s+рейок|"
    r"розбився|разбился)(?!\w)",
    re.IGNORECASE,
)


def _headings_of_attacks(facts: tuple[SentenceFacts, ...], gazetteer: Gazetteer) -> tuple[SentenceFacts, ...]:
    """A line that names only a place or two, over a paragraph that tells an attack, says where it went, as a live
    blog's or a regional post's heading does: "Kryvyi Rih\n“Few missile strikes. Stay in shelters,” Vilkul said",
    "Синельниківщина.\nВнаслідок атаки безпілотниками виникли пожежі", "Криворізький район\n- По Кривому Рогу
    вдарив ворожий БпЛА"."""
    read = list(facts)
    for index, heading in enumerate(facts):
        if heading.has_incident_cue or heading.is_background or not _names_only_places(heading):
            continue
        paragraph = heading.sentence.paragraph
        below = facts[index + 1] if index + 1 < len(facts) else None
        if (
            below is not None
            and below.sentence.paragraph in (paragraph, paragraph + 1)
            and below.has_incident_cue
            and not below.is_background
            # (Not over a paragraph that names places of its own: "Kyiv\nIn a separate attack, drones struck Sumy";
            # "Київ та область\nПриблизно о 8:30 росіяни обстріляли Київ" names the heading's, or places in them.)
            and all(
                _lies_in(m.entity.key, {h.entity.key for h in heading.places}, gazetteer)
                for m in below.places
                if m.role in (Role.NAMED, Role.TARGET)
            )
        ):
            read[index] = replace(heading, has_incident_cue=True)
    return tuple(read)


def _lies_in(key: str, areas: set[str], gazetteer: Gazetteer) -> bool:
    """Whether a place is one of the areas or lies in one: its oblast, or the district or hromada it is the centre
    of."""
    return bool(areas & {key, *gazetteer.ancestors(key), *gazetteer.namesake_regions(key)})


def _names_only_places(facts: SentenceFacts) -> bool:
    """Whether a sentence is a place or two and nothing else ("Kryvyi Rih", "Chernihiv region, Desna.")."""
    places = [m for m in facts.places if m.role in (Role.NAMED, Role.TARGET)]
    if not places or len(places) > 2 or facts.weapons or facts.dates or "#" in facts.sentence.text:
        return False  # (nor a line of tags: "#Kharkiv #Kyiv")
    return not _words_besides(without_mentions(facts.sentence.text, facts.sentence.start, places))


def _opens_with_a_place(text: str, base: int, mentions: list[Mention]) -> bool:
    """Whether a line's first word is a place's name."""
    first = len(text) - len(text.lstrip())
    return any(m.entity.kind is EntityKind.PLACE and m.start - base == first for m in mentions)


# Two places joined by a dash: a route ("Київ — Львів (на 40 хв)", a train an attack delayed), not a place hit.
_DASH_BETWEEN = re.compile(r"\s*[—–-]\s*")


def _is_a_route(text: str, base: int, mentions: list[Mention]) -> bool:
    places = sorted((m for m in mentions if m.entity.kind is EntityKind.PLACE), key=lambda m: m.start)
    return any(
        _DASH_BETWEEN.fullmatch(text[a.end - base : b.start - base]) is not None for a, b in pairwise(places)
    )


def _lists_places_only(text: str, base: int, mentions: list[Mention]) -> bool:
    """Whether a sentence is nothing but a list of three places or more."""
    places = [m for m in mentions if m.entity.kind is EntityKind.PLACE]
    if len(places) < _PLACES_IN_A_BARE_LIST:
        return False
    left = without_mentions(text, base, places)
    if ":" in left or _LIST_LABEL.search(left):
        return False  # a label's list ("Tags: ...", "Тривога: Київщина, Чернігівщина, ...")
    return len(_words_besides(left)) <= _WORDS_LEFT_OVER


def _words_besides(left: str) -> list[str]:
    """The words left beside the places, but the conjunctions and bearings that join a list of them."""
    return [w for w in re.findall(r"[^\W\d_][\w'’ʼ-]*", left) if w.lower() not in _LIST_CONJUNCTIONS]


def _tells_of_russia(mentions: list[Mention], gazetteer: Gazetteer) -> bool:
    """Whether a sentence names a place in Russia: a region or a town, not Russia itself ("російські окупанти
    вдарили по Солом'янському району" is about Kyiv)."""
    return any(
        m.entity.kind is EntityKind.PLACE
        and m.entity.key != RUSSIA
        and gazetteer.country_of(m.entity.key) == RUSSIA
        for m in mentions
    )


# A district of a city of Russia, beside the city's name: "в железнодорожном районе Курска", "в Советском районе
# Казани", "the Sovetsky district of Voronezh" (the city after it); "Kursk's Zheleznodorozhny district" (before).
_RUSSIAN_CITYS_DISTRICT = Rule(
    r"(?:\bthe\s+(?P<adjective>[A-Z][a-z]+(?:y|iy|yy|oy|i))\s+district\s+of\s+(?=[A-Z])|"
    r"'s\s+(?P<owned>[A-Z][a-z]+(?:y|iy|yy|oy|i))\s+district\b)",
    # (A name, capitalised or one of the names city districts share that copy may write in lower case: not "в спальном
    # районе Белгорода", "в этом районе Курска", "в городском округе Подольск".)
    r"(?<![\w-])(?P<adjective>[А-ЯЁ][а-яё]+?|(?:железнодорожн|центральн|промышленн|заводск|ленинск|советск|"
    r"октябрьск|кировск|приволжск|московск|сеймск))(?:ом|ого|ому|ым|ий|ый|ой)\s+(?:район|округ)(?:е|а|у|ом)?\s+"
    r"(?=[А-ЯЁ])",
    flags=0,
)


_SKY = re.compile(r"(?:sky|skiy|skii)$")
# The names many cities' districts share (after the Soviet state and its figures), not a region's towns.
_CITY_DISTRICT_NAME = re.compile(
    r"Sovetsk\w+|Lenin\w+|Kirov\w+|Oktyabr\w+|Moskov\w+|Kuibyshev\w+|Kuybyshev\w+|Frunzen\w+|Kalinin\w+|"
    r"Dzerzhin\w+|Pervomai\w+|Pervomay\w+|Proletar\w+|Privolzh\w+"
)


def _districts_of_russian_cities(
    sentence: Sentence, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """A district of a city of Russia the sentence names, as "Zheleznodorozhny district (Kursk)": the part of the
    city that was hit, which no table holds (Ukraine's cities' districts are in `districts.csv`)."""
    cities = [
        m for m in mentions if m.entity.category == "city" and gazetteer.country_of(m.entity.key) == RUSSIA
    ]
    if not cities:
        return mentions
    read = list(mentions)
    for found in _RUSSIAN_CITYS_DISTRICT.finditer(sentence.text):
        group = "adjective" if found.group("adjective") is not None else "owned"
        adjective = found.group(group)
        if group == "adjective":
            city = next((m for m in cities if m.start == sentence.start + found.end()), None)
        else:
            # (The matcher may read the possessive with the name: "Kursk's".)
            city = next(
                (m for m in cities if m.end - sentence.start in (found.start(), found.start() + 2)), None
            )
        if city is None:
            continue
        region = city.entity.parent
        if is_cyrillic(adjective):
            # (Not Ukrainian copy's, nor the region's district its town is named after: "в Шебекинском районе
            # Белгорода".)
            if has_ukrainian_letters(adjective) or any(
                region in (town.parent for town in gazetteer.towns_by_adjective(stem))
                for _, _, stem, _ in russian_districts_in(found.group())
            ):
                continue
            stem = adjective.lower()
            adjective = iuliia.WIKIPEDIA.translate(
                stem.capitalize() + ("ий" if stem[-1] in "кгхжшчщ" else "ый")
            )
        elif (_SKY.search(adjective) and not _CITY_DISTRICT_NAME.fullmatch(adjective)) or any(
            e.parent == region for e in gazetteer.lookup(adjective)
        ):
            # "Kursk's Sudzhansky district", "the Shebekinsky district of Belgorod", "Belgorod's Valuyki district":
            # the region's, which English copy names by its capital.
            continue
        district = Entity(
            key=f"{city.entity.key}-district-{name_key(adjective)}",
            kind=EntityKind.PLACE,
            name=f"{adjective} district ({city.entity.name})",
            category="district",
            parent=city.entity.key,
        )
        start, end = found.start(group), len(found.group().rstrip()) + found.start()
        written = sentence.text[start:end]
        start, end = sentence.start + start, sentence.start + end
        read = [m for m in read if not (m.start < end and start < m.end)]
        read.append(Mention(gazetteer.add_place(district), written, start, end))
    return sorted(read, key=lambda m: m.start)


def _unrelated_events(sentences: tuple[SentenceFacts, ...]) -> tuple[SentenceFacts, ...]:
    """An event told beside the attack, then said to be unrelated to it ("Separately, ... an explosion in the western
    city of Lviv killed one person. ... authorities said the blast was unrelated to Russia's aerial campaign"): the
    sentence that tells it and the one that says so tell no attack."""
    read = list(sentences)
    for i, facts in enumerate(sentences):
        text = facts.sentence.text
        # (Not one that tells the attack too: "Russian drones hit Odesa ...; a fire in Izmail was unrelated".)
        if not is_unrelated_to_the_attack(text) or facts.weapons or reports_event(text):
            continue
        read[i] = replace(read[i], has_incident_cue=False, is_background=True)
        before = sentences[i - 1] if i else None
        # (The sentence before only when it turns to the event apart from the attack, "Separately, ...", and the
        # unrelated one refers back to it: "the blast was unrelated".)
        if (
            before is not None
            and not facts.places
            and not before.weapons
            and turns_apart(before.sentence.text)
            and names_an_event(before.sentence.text)
        ):
            read[i - 1] = replace(read[i - 1], has_incident_cue=False, is_background=True)
    return tuple(read)


def _cities_and_oblasts_named(mentions: list[Mention], gazetteer: Gazetteer) -> set[str]:
    """The cities and oblasts a sentence names: by name, or by a district only one city has."""
    named = set()
    for mention in mentions:
        if mention.entity.category in ("city", "oblast"):
            named.add(mention.entity.key)
        elif (
            mention.entity.category == "district"
            and mention.entity.parent is not None
            and _only_of_its_city(mention.entity, gazetteer)
        ):
            named.add(mention.entity.parent)
    return named


def _only_of_its_city(district: Entity, gazetteer: Gazetteer) -> bool:
    """Whether no other city's district, nor a raion, is named as this one is now: Kholodnohirskyi is Kharkiv's
    alone, though its former name, Leninskyi, is many cities'; "Покровський" may be a raion."""

    def bare(e: Entity) -> str:
        return e.name.split(" (")[0]  # "Kholodnohirskyi district (Kharkiv)": without its city

    namesakes = gazetteer.namesakes(district)
    return all(e.category == "district" for e in namesakes) and [
        e for e in namesakes if bare(e) == bare(district)
    ] == [district]


def _in_named(district: Entity, named: set[str], gazetteer: Gazetteer) -> bool:
    """Whether a city's district lies in a city named, or a raion in an oblast named."""
    if district.category == "district":
        return district.parent in named
    return gazetteer.oblast_of(district.key) in named


# A sentence of fewer words is a label, a byline or a credit line, not the lead.
LEAD_WORDS = 8


def _told_the_day_before(dates: list[DateMention], published: date | None) -> date | None:
    """The day a lead says it was told, when that is the day before publication: "Ukraine said on Sunday a man had
    died ..." in Monday's paper (wire copy printed the next morning)."""
    if published is None:
        return None
    before = published - timedelta(days=1)
    return next(
        (d.day for d in dates if d.kind is DateKind.REPORTED and d.pattern == "weekday" and d.day == before),
        None,
    )


# The date phrases that count from the day they are told: "overnight", "today", "yesterday" (not a tally's "in the
# last 24 hours", "за минулу добу", which the report dates by its own day).
_COUNTED_FROM_TELLING = frozenset({"overnight", "today", "yesterday"})
_TALLY_SPAN = re.compile(r"\d|доб|сут|(?:past|last)\s+day|hours", re.IGNORECASE)


def _as_told_on(told: date, dates: list[DateMention], text: str, base: int) -> list[DateMention]:
    """What a report told on `told` calls "overnight", "today" or "yesterday" counts from that day, not from the
    next day's paper it was printed in."""

    def counted(mention: DateMention) -> bool:
        return mention.pattern in _COUNTED_FROM_TELLING and not _TALLY_SPAN.search(mention.phrase)

    if not any(counted(d) for d in dates):
        return dates
    retold = {d.offset: d for d in find_dates(text, told, base) if counted(d)}
    return [retold.get(d.offset, d) if counted(d) else d for d in dates]


def _in_dateline(mention: Mention, masked: tuple[tuple[int, int], ...]) -> Mention:
    """A place in a wire dateline is where the reporter filed from."""
    if mention.entity.kind is EntityKind.PLACE and _inside(mention.start, masked):
        return replace(mention, role=Role.DATELINE)
    return mention


_THE_CAPITAL = re.compile(
    r"\bthe\s+capital\b(?!\s+(?:of|region|city)\b)|"
    r"\bстолиц(?:я|і|ю|ею|е|у|ы|ей)\b(?!\s+(?:України|Украины|Росії|России|регіону|региона)\b)",
    re.IGNORECASE,
)


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


# A capital named as one ("the Ukrainian capital"), not by its name, which may be its government's ("Moscow launched").
_THE_CAPITAL_WORD = re.compile(r"(?i:capital|столиц)")


def _the_capital(
    text: str, base: int, capital: Entity | None, taken: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """ "The capital" as the capital its sentence called one before it ("as the Ukrainian capital prepared to
    celebrate ..., targeting the capital"), else the one the report names most; not one named right after it ("на
    столицю Київ", "the capital, Kyiv"), which the matcher reads."""
    found = []
    for match in _THE_CAPITAL.finditer(text):
        start, end = match.start() + base, match.end() + base
        if any(
            (m.start < end and start < m.end)
            or (m.entity.kind is EntityKind.PLACE and 0 < m.start - end <= 2)
            for m in taken
        ):
            continue
        before = [m for m in taken if m.end <= start and m.entity.key in gazetteer.capitals]
        # (Called a capital before, else named before: "Kyiv Mayor Vitali Klitschko said ... buildings across the
        # capital" is Kyiv in a report that names Moscow more.)
        called = [m.entity for m in before if _THE_CAPITAL_WORD.search(m.surface)] or [
            m.entity for m in before
        ]
        meant = (
            called[-1] if called else _country_as_place_before(text, base, start, taken, gazetteer) or capital
        )
        if meant is not None:
            found.append(Mention(meant, match.group(), start, end))
    return found


# A country named as the ground things happen on: "over Russian territory", "across Russia", "на території Росії".
_FROM_BEFORE_COUNTRY = re.compile(r"(?<!\w)(?:from|з|із|из)(?!\w)[^,.;]{0,50}$", re.IGNORECASE)
_GROUND_AFTER = re.compile(r"\s+(?:territory|airspace|soil)\b", re.IGNORECASE)
_GROUND_BEFORE = re.compile(
    r"(?:\b(?:over|across|in|inside|into|throughout)\s+(?:the\s+)?(?:territory\s+of\s+)?|"
    r"\b(?:attacked|bombarded|pounded|struck|hit|targeted|shelled)\s+|"
    r"(?<!\w)(?:над|по|на|в|у)\s+(?:територією|території|территорией|территории)\s+)$",
    re.IGNORECASE,
)


def _country_as_place_before(
    text: str, base: int, start: int, taken: list[Mention], gazetteer: Gazetteer
) -> Entity | None:
    """The capital of the country the sentence last named as the ground things happened on, before "the capital"
    ("shot down 20 drones over Russian territory, including the capital" is Moscow in a report on Kyiv)."""
    # (Past a state named otherwise after it: "Russia bombarded Ukraine ..., according to Ukrainian officials, killing
    # at least four people in the capital" is Kyiv.)
    grounds = [
        m
        for m in taken
        if m.end <= start
        and _state_key(m.entity) is not None
        and (_GROUND_AFTER.match(text, m.end - base) or _GROUND_BEFORE.search(text, 0, m.start - base))
    ]
    if not grounds:
        return None
    last = grounds[-1]
    if _FROM_BEFORE_COUNTRY.search(text, max(0, last.start - base - 60), last.start - base):
        return None  # "launched from Primorsko-Akhtarsk in Russia, targeted the capital"
    key = _state_key(last.entity)
    return next(
        (gazetteer.get(place) for place, (actor, _) in gazetteer.capitals.items() if actor.key == key), None
    )


def _state_key(entity: Entity) -> str | None:
    """The actor key of a state named as one ("Russian", "Росії") or as a country's place."""
    if entity.kind is EntityKind.ACTOR and entity.category == "state":
        return entity.key
    if entity.kind is EntityKind.PLACE and entity.category == "country":
        return "actor:" + entity.key.removeprefix("place:country-")
    return None


# Dnipropetrovsk's daily posts: "атакували Нікопольський район – райцентр, Марганецьку та Покровську громади".
_DISTRICT_CENTRE = re.compile(
    r"(?<!\w)(?:райцентр|районн(?:ий|ый)\s+центр)(?:і|у|ом|е|а)?(?!\w)", re.IGNORECASE
)


_NAMED_AFTER = re.compile(r"\s*[—–:-]?\s*")
# A page's label between a heading and what it heads: "Advertisement:", "Реклама".
_IS_CLUTTER_LINE = re.compile(r"\W*(?i:advertisement|advert|ad|реклама|читайте\s+також|читайте\s+также)\W*")


def _district_centres(
    text: str, base: int, taken: list[Mention], raion_before: str | None, gazetteer: Gazetteer
) -> list[Mention]:
    """ "райцентр" is the centre of the raion named right after it ("райцентр Ізюмського району"), else before it
    in the sentence, else in the sentence before ("По Нікопольському району ... . Потерпали райцентр, Марганецька й
    Покровська громади"); none where the sentence names the town itself ("по райцентру — Шостці")."""
    found = []
    for match in _DISTRICT_CENTRE.finditer(text):
        start, end = match.start() + base, match.end() + base
        after = [
            m
            for m in taken
            if 0 <= m.start - end <= 4 and _NAMED_AFTER.fullmatch(text, end - base, m.start - base)
        ]
        if any(m.entity.category != "raion" for m in after):
            continue
        raions = [m.entity.key for m in taken if m.entity.category == "raion" and m.end <= start]
        raion = after[0].entity.key if after else raions[-1] if raions else raion_before
        centre = gazetteer.centre_of(raion) if raion is not None else None
        if centre is not None:
            found.append(Mention(centre, match.group(), start, end))
    return found


# Another name of a place just named is no place of its own: "Dnipro, known as Dnepr in Russian and formerly called
# Dnipropetrovsk", "Кропивницький (колишній Кіровоград)".
_ANOTHER_NAME_BEFORE = re.compile(
    r"(?:(?:formerly|previously|also|once)\s+(?:called|known\s+as|named)|known\s+as|(?:колишн|бывш)\w*|"
    r"(?:раніше|ранее)\s+(?:називав|называв)\w*)\s*[\"“«]?$",
    re.IGNORECASE,
)
# "the regional capital", "обласний центр", "областной центр": the capital of the region named last.
# (Lower case: "the Regional Center for Social Services" is an office; nor one followed by what it is a centre of,
# "обласного центру соціальних служб".)
_REGIONAL_CAPITAL = re.compile(
    r"(?<!\w)(?:(?:regional|oblast)\s+(?:capital|cent(?:er|re))(?!\s+(?:for|of)\s+[a-z])|region['’]s\s+capital|"
    r"(?:обласн(?:ий|ого|ому|им|ім)|областн(?:ой|ого|ому|ым|ом))\s+центр(?:і|у|ом|е|а)?(?!\s+[а-яіїєґё]))(?!\w)"
)
_OF_AFTER = re.compile(r"\s+(?:of\s+)?")


# The region, named bare in a sentence that names no place: "До самого ранку Черкащина була на тривозі. ... В області
# працювали сили та засоби ППО", "Russian drones attacked Sumy overnight. In the region, five houses were damaged".
_THE_REGION = re.compile(
    r"(?<!\w)(?:(?:in|over|across)\s+the\s+(?:region|oblast)(?!['’]s|\s+of\b)|(?:в|у|на\s+території|над|по)\s+"
    r"(?:області|областю|регіоні|регіоном|области|областью|регионе|регионом))(?!\w)",
    re.IGNORECASE,
)


def _region_told(mentions: list[Mention], gazetteer: Gazetteer) -> str | None:
    """The region of the last place a sentence tells hit, or of the region it names (not where weapons came from,
    a victim's home, a government's seat)."""
    for mention in reversed(mentions):
        entity = mention.entity
        if entity.kind is not EntityKind.PLACE or entity.category == "country":
            continue
        if mention.role is Role.TARGET or (mention.role is Role.NAMED and _is_region(entity)):
            region = _region_of(entity, gazetteer)
            if region is not None and _is_region(gazetteer.get(region)):
                return region
    return None


def _the_region(
    text: str, base: int, region_key: str, published: date | None, gazetteer: Gazetteer
) -> list[Mention]:
    """The region of the place the report named last, where a sentence that names no place and no time of its own
    says "in the region" ("в області"; not "Накануне над регионом сбили 47 дронов", another day's)."""
    found = _THE_REGION.search(text)
    region = gazetteer.get(region_key)
    if found is None or region is None or any(m.is_incident_date for m in find_dates(text, published)):
        return []
    return [Mention(region, found.group(), found.start() + base, found.end() + base)]


def _regional_capitals(
    text: str, base: int, taken: list[Mention], last_region: str | None, gazetteer: Gazetteer
) -> list[Mention]:
    """ "Zaporizhzhia Oblast Governor Starukh reported that Russian forces attacked the regional capital": the capital
    of the region named right after the words ("the regional capital of Kherson Oblast"), else of the one the
    sentence names before them, else of the one the report named last; none where a city just named is the
    capital ("Sumy, the regional capital"), nor of a region the weapons came from ("three S-300 missiles from
    Belgorod Oblast")."""
    found = []
    regions = [m for m in taken if _is_region(m.entity)]
    for match in _REGIONAL_CAPITAL.finditer(text):
        start, end = match.start() + base, match.end() + base
        after = [
            m
            for m in regions
            if 0 <= m.start - end <= 5 and _OF_AFTER.fullmatch(text, end - base, m.start - base)
        ]
        before = [m.entity.key for m in regions if m.end <= start and not comes_from(text, m.start - base)]
        named_city = any(m.entity.category == "city" and 0 <= start - m.end <= 6 for m in taken)
        region = after[0].entity.key if after else (before[-1] if before else last_region)
        capital = gazetteer.centre_of(region) if region is not None and not named_city else None
        if capital is not None:
            found.append(Mention(capital, match.group(), start, end))
    return found


def _inside(offset: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= offset < end for start, end in ranges)
