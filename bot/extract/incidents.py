"""An article's sentences to its incidents, read the way a careful reader reads a whole report (issue 10).

A report tells one main incident unless the text clearly reports several. The reader finds the main incident in
the lead (its date, or the publication date when the lead reports an attack without one), and gathers its
weapons, places and figures from every sentence that tells it: the headline, the lead, the later paragraph that
identifies the weapon ("the air force said they were Iskander-M missiles"), a list of weapons. Relative dates that
restate the same attack ("overnight", "on Tuesday morning", "late on Monday") are one incident: a day that falls
within a night is that night.

A sentence with a date of its own that is neither the main incident's nor background reports another incident,
and the undated sentences after it in its paragraph continue it; a new paragraph returns to the main story.
Background is kept apart: generalisations and recaps ("has repeatedly struck", "a week earlier"), periods ("in
January"), plans and capabilities, and what a name does in its sentence (see `roles`): launch sites are origins,
places flown over and reference points are nothing, a place named where no attack is told is not a target.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property

from bot.extract.counts import ENGLISH_NUMBER_WORDS
from bot.extract.cues import (
    BLASTS,
    background_from,
    began_before,
    by_ukraines_guns,
    came_under_attack,
    commemorates,
    continues,
    dates_an_attack,
    denies_a_first_time,
    earlier_report,
    fact_before_irrealis,
    fought_on_the_ground,
    gives_an_example,
    has_incident_cue,
    identifies_weapon,
    is_bulleted,
    is_irrealis,
    is_labelled_recap,
    is_list_item,
    is_recap,
    is_recap_heading,
    last_of_a_series,
    names_an_earlier_period,
    names_attack,
    names_only_weapons,
    names_period,
    opens_on_a_memorial,
    prosecutes,
    refers_back_to_the_attack,
    remembers_a_year_past,
    reminds,
    reports_an_attack,
    reports_event,
    reports_event_of_its_own,
    says_there,
    says_which,
    shelled_by_guns_only,
    shows_an_exhibition,
    tallies_a_month,
    tells_a_rebuilding,
    tells_a_round_up,
    tells_an_attack_again,
    tells_another_time,
    tells_first_use,
    tells_hours_earlier,
    tells_how_it_goes,
    tells_of_the_air,
    tells_of_the_same_day,
    tells_repairs,
    tells_time_since_an_attack,
    tells_what_it_followed,
    the_attack_dated,
    without_titles,
)
from bot.extract.dates import SUPERLATIVE, incident_date, is_day_window
from bot.extract.entities import of_one_family, without_mentions
from bot.extract.grammar import Rule
from bot.extract.settlements import hromada_key
from bot.extract.summary import summarize
from bot.models import (
    CountClaim,
    DateKind,
    DateMention,
    Entity,
    EntityKind,
    IncidentDraft,
    Mention,
    Role,
    SentenceFacts,
)

LEAD_SENTENCES = 4
# Said this long after the attack it follows, a sentence is about something else (see `_told_later`).
TOLD_LATER = timedelta(days=2)
# The day the air war this product follows began.
FULL_SCALE_INVASION = date(2022, 2, 24)
# The day the war began is recalled by countless later reports ("On February 24, 2022 Russia launched a special
# military operation"): its attacks are news only in the days after.
INVASION_NEWS_DAYS = 14
# Something that happened, of whatever kind: "Окремо у місті сталася пожежа на складі", "Police detained a man who
# set a car on fire".
_AN_EVENT = Rule(
    r"\b(?:happened|occurred|took\s+place|broke\s+out|detained|arrested|crash(?:ed)?|accident|fires?|collapsed)\b",
    r"(?<!\w)(?:стал(?:ася|ся|ось|ись)|відбул\w*|произош\w*|случил\w*|пожеж\w*|пожар\w*|ДТП|авар[іи]\w*|затрима\w*|"
    r"задержа\w*|підпал\w*|подпал\w*|поджог\w*|поджег\w*|обвал\w*)",
)
# Where a sentence's main clause ends: what follows is an aside ("..., its biggest attack since September").
_CLAUSE_BREAK = re.compile(r"\s*[,;:—–]\s|\s-\s")
# An attack called a record, which the period it names only measures.
_A_RECORD = Rule(
    rf"\b{SUPERLATIVE}\b|\brecord\b",
    r"(?<!\w)(?:найбільш\w*|наймасован\w*|наймасштабн\w*|наймогутн\w*|крупнейш\w*|масштабнейш\w*|"
    r"самы[йем]\s+\w+|сам(?:ая|ой|ую)\s+\w+|рекордн\w*)",
)
# Where a report that has told no incident yet still tells its main one: an attack reported in its first
# paragraphs, dated by the date the text gave before it, else by publication.
OPENING_SENTENCES = 8
# How many days before its report an attack first told past the opening must be, to be an example (see `_aside`).
EXAMPLE_DAYS = 3
# ...and how long before it an attack is past news, when the headline tells of none.
LONG_PAST_DAYS = 30
# An attack this old is no report's news unless its headline tells it.
WEEK_OLD_DAYS = 7
# How long before a report on a case brought over an attack that attack is, at the least, to be the case's subject.
CASE_PAST_DAYS = 7
# What an incident dated only by its report's publication says of its date.
PUBLICATION_DAY_PHRASE = "(publication date)"
# One more of what was told: "Белгород также подвергся обстрелу", "also came under fire".
_ALSO = re.compile(r"(?<!\w)(?:также|тоже|також|теж|знову|снова|вновь|also|again)(?!\w)", re.IGNORECASE)
# Headlines report in the present tense: "Russian missiles kill 6", "Russia strikes Kharkiv".
HEADLINE_VERB_RE = Rule(
    r"\b(?:strikes|hits|attacks|kills?|pounds?|targets|slams?|rocks|downs|shoots\s+down|launches|fires|bombs|"
    r"shells|blasts|batters?|damages?)\b|"
    # ...and after a plural subject: "Russian drones attack Sumy overnight".
    # (Not "Russian troops attack Vovchansk", a ground assault.)
    r"\b(?:drones|missiles|rockets|bombs|shaheds)\s+(?:attack|strike|hit|pound|target|slam|batter|shell|bomb)\b",
    r"\b(?:атаку(?:є|ють|ет|ют)|б['’ʼ]?(?:є|ють)|бьют?|обстрілю\w*|обстрелива\w*|збива\w*|сбива\w*|вбива\w*|убива\w*|"
    r"руйну\w*|разруша\w*|б['’ʼ]?ють|гатить|луп\w*|вдаря\w*|удар(?:ил|ила|или|ят|яет))\b",
)
# A date this close before publication restates the lead's attack when the lead gave none.
REDATE_DAYS = 2
# ...and how long before it the attack whose toll a report updates may be.
TOLL_REDATE_DAYS = 14
_DAYS_APART = Rule(
    r"\b(?P<n>a|one|two|three)\s+days?\s+(?P<way>after|before)\b",
    # "через день після того, як ...", "за два дні до ...", "через день после того, как ..."
    r"(?<!\w)(?:через|за)\s+(?P<n>день|добу|сутки|два|дві|две|три)(?:\s+(?:дні|доби|дня|суток))?\s+"
    # (Not "за день до этого": a day before the one just told, which the sentence goes on to tell.)
    r"(?P<way>після|после|до)(?!\w)(?!\s*\d)(?!\s+(?:цього|этого)(?!\w))"
    r"(?!\s+того(?!\s*,?\s*(?:як|как|коли|когда)(?!\w)))",
)
# An attack told as going on into the night: "The attack began at around 11 p.m. and continued overnight".
_WENT_ON = Rule(
    r"\b(?:continued|continuing|lasted|went\s+on|carried\s+on)\b",
    r"(?<!\w)(?:тривал\w*|продовжувал\w*|продолжал\w*|длил\w*)(?!\w)",
)
# An attack named only as where or whom things happen to afterwards: "at the site of the strike", "the victims of
# the attack", "на місці удару".
_AFTERMATH_OF = Rule(
    r"\b(?:site|scene|victims|aftermath|consequences)\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|strikes?)\b",
    r"(?<!\w)(?:місц\w*|мест\w*|жертв\w*|наслідк\w*|последстви\w*)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:удар\w*|атак\w*)",
)
# A list's heading of weapon kinds alone, before its colon: "Крылатые, баллистические и аэробаллистические ракеты:",
# "Cruise and ballistic missiles:" (not "The new U.S. package includes:", "Україна просить у партнерів:").
_WEAPON_CLASS_COLON = Rule(
    r"^\W*(?:[a-z-]+,?\s+(?:and\s+)?){0,5}(?:missiles?|drones?|bombs?|rockets?|UAVs?)\s*:",
    r"^\W*(?:[а-яіїєґё-]+,?\s+(?:и|і|й|та\s+)?){0,5}(?:ракет\w*|дрон\w*|безпілотник\w*|беспилотник\w*|БпЛА|БПЛА|"
    r"бомб\w*|авіабомб\w*|авиабомб\w*)\s*:",
)
# The most words a sentence that only goes on with a list of weapons has.
SHORT_LIST_WORDS = 14
# How many days apart two attacks a report tells may be and both be its news (see `_goes_on_with_current`).
NEWS_DAYS_APART = 2
_IN_BOTH = Rule(
    r"\b(?:in|during)\s+both\s+(?:the\s+)?(?:attacks|strikes|raids)\b",
    r"(?<!\w)(?:в|у|під\s+час)\s+(?:обох|обеих|обоих)\s+(?:атаках|атак|ударах|ударів|ударов)(?!\w)",
)
_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3, "день": 1, "добу": 1, "сутки": 1, "два": 2, "дві": 2, "две": 2,
         "три": 3}  # fmt: skip
_LATER = frozenset({"after", "після", "после"})
SPECIFIC_PLACE_KINDS = frozenset(
    {
        "city",
        "village",
        "oblast",
        "region",
        "raion",
        "hromada",
        "district",
        "sea",
        "island",
        "strait",
        "cape",
        "airbase",
        "bridge",
    }
)
# "All of them were shot down", "all were destroyed": every launched figure was also destroyed.
_ALL_DESTROYED = Rule(
    r"\ball\s+(?:of\s+)?(?:them|these|the\s+\w+|were|\w+\s+were)\b[^.;]{0,30}?\b(?:shot\s+down|destroyed|"
    r"intercepted|downed|neutrali[sz]ed)\b",
    r"\b(?:усі|всі|все)\s+(?:\w+\s+){0,3}?(?:збит\w*|збили|знищ\w*|сбит\w*|сбили|уничтож\w*|перехоп\w*|перехвач\w*)|"
    r"\b(?:збит\w*|знищ\w*|сбит\w*|уничтож\w*)\s+(?:\w+\s+){0,2}?(?:усі|всі|все)\b",
)
# What kind of thing each weapon category is, for figures that count "drones" or "missiles".
_CATEGORY_NOUN = {"attack drone": "drone", "decoy drone": "decoy", "loitering munition": "drone",
                  "reconnaissance drone": "drone", "guided bomb": "bomb"}  # fmt: skip


def is_specific_place(entity: Entity) -> bool:
    return entity.kind is EntityKind.PLACE and entity.category in SPECIFIC_PLACE_KINDS


def same_time(a: DateMention, b: DateMention) -> bool:
    """Whether two date phrases can tell the same attack: the same day or night, or the morning a night ended
    ("overnight ... on Tuesday"). The day a night began is another day: "on Monday" in a report of the night into
    Tuesday is most often a daytime attack of its own (the evening is said "late on Monday", itself a night).

    A day's window ("over the past day", filed under the day it began; a bare "за сутки", under the report's) is
    that day: a report that tells "shelled 20 villages over the past day" and "downed a drone at night" tells two
    times, as its readers do."""
    if is_day_window(a) or is_day_window(b):
        if is_day_window(a) and is_day_window(b):
            return (a.start, a.end) == (b.start, b.end)
        window, other = (a, b) if is_day_window(a) else (b, a)
        # (A night of the same day stays apart: regional round-ups tell the night's drones and the day's shelling apart.)
        return other.start == other.end and other.day == window.day
    if (a.start, a.end) == (b.start, b.end):
        return True
    if a.start == a.end and b.start < b.end:
        return _morning_after(a, b) or _same_evening(a, b)
    if b.start == b.end and a.start < a.end:
        return _morning_after(b, a) or _same_evening(b, a)
    return False


def _morning_after(day: DateMention, night: DateMention) -> bool:
    """Whether a day is the one a night ended on, told as the day or its morning: not its evening, the night after
    ("Сьогодні ввечері ... збили ракету" and "Нагадаємо, в ніч проти 6 грудня атакувала Україну безпілотниками")."""
    return day.day == night.end and not (
        _EVENING_TOLD.search(day.phrase) is not None and _NIGHT_TOLD.search(night.phrase) is not None
    )


# An evening told with its date: "ввечері 14 лютого", "on the evening of February 14".
_EVENING_TOLD = re.compile(r"(?<!\w)(?:увечері|ввечері|вечером|evening)(?!\w)", re.IGNORECASE)
_LATE_EVENING_TOLD = re.compile(
    r"(?<!\w)(?:(?:пізно|поздно)\s+(?:увечері|ввечері|вечером)|late\s+(?:in\s+the\s+)?evening)(?!\w)",
    re.IGNORECASE,
)


# A night told as one with its date (not a day's window, "за добу 25 жовтня", which holds its evening; nor "третю ніч
# поспіль", told late in the evening of the night it means).
_NIGHT_TOLD = re.compile(
    r"(?<!\w)(?:ніч|ночі|вночі|уночі|ночь|ночью|night|overnight)(?!\w).*\d|\d.*(?<!\w)(?:ніч|ночі|ночь|night)(?!\w)",
    re.IGNORECASE,
)


def _same_evening(day: DateMention, night: DateMention) -> bool:
    """ "Ввечері 14 лютого" and, in a report of the 15th, "вчора ввечері" are one evening (filed under its day); a
    daytime "on Monday" and "Monday night" stay two times. A late evening is the start of the night after it: "пізно
    ввечері 8 січня" and "у ніч із 8 на 9 січня"."""
    if night.start == day.day and _LATE_EVENING_TOLD.search(day.phrase) is not None:
        return True
    return night.day == night.start == day.day and _EVENING_TOLD.search(day.phrase) is not None


# A settlement named by its noun, which the gazetteer may not know: "в городе Губахе", "the town of Shebekino".
_SETTLEMENT_NAMED = re.compile(
    r"(?<!\w)(?:город\w*|міст[оіау]|сел[оаеіу]|селищ\w*|посел\w*|посёл\w*|деревн\w*|станиц\w*|town|village|city)"
    r"\s+(?:of\s+)?[A-ZА-ЯІЇЄҐЁ]"
)


# "Приблизно 70 із них були дронами типу Shahed", "two of them were Kh-101": what some of the weapons just counted
# were.
_OF_THEM = re.compile(r"\b(?:of\s+them|із\s+них|з\s+них|зі\s+них|из\s+них)\b", re.IGNORECASE)
# An attack told on a day as having come the day before: "the general staff said ... that the attack took place the
# previous day", "удар було завдано напередодні".
_ON_THE_DAY_BEFORE = Rule(
    r"\b(?:attack|strike|raid)s?\s+(?:took\s+place|happened|occurred|came|was\s+carried\s+out)\s+(?:on\s+)?the\s+"
    r"(?:previous|preceding)\s+day\b",
    r"(?<!\w)(?:атак\w*|удар\w*)\s+(?:\w+\s+){0,2}?(?:відбул\w*|стал\w*|здійснен\w*|завдан\w*|произош\w*|"
    r"состоял\w*|нанесен\w*|осуществлен\w*)\s+(?:ще\s+|еще\s+)?(?:напередодні|накануне)(?!\w)",
)
# Russia's defence ministry's tally across its regions, not one region's attack: "над регионами России было сбито 54
# беспилотника", "drones were downed over several Russian regions overnight". (Not the Air Force's "збили 40 над 12
# областями", the lead's own night.)
_ACROSS_REGIONS = Rule(
    r"\b(?:over|across)\s+(?:several\s+|multiple\s+|various\s+)?Russian\s+regions\b|"
    r"\b(?:over|across)\s+(?:several\s+|multiple\s+|various\s+)?regions\s+of\s+Russia\b",
    r"(?<!\w)(?:над|по)\s+(?:регион(?:ами|ах|ам)|регіон(?:ами|ах|ам))\s+(?:России|Росії|РФ)(?!\w)|"
    r"(?<!\w)(?:над|по)\s+(?:российскими|російськими)\s+(?:регионами|регіонами)(?!\w)",
)
# A daytime with no day ("вдень", "днем"): the day being told, when the report has just dated one.
_DAYTIME_ALONE = frozenset({"вдень", "удень", "днем", "днём"})
DAYTIME_CARRIES_DAYS = 2
# "The overnight attack" points back at a night the report has told, not at the night before publication.
_THE_OVERNIGHT_ATTACK = re.compile(
    r"\b(?:the|this|that)\s+(?:(?!(?:latest|new|another|fresh|next|second|third|later)\b)\w+\s+){0,2}?overnight\s+"
    r"(?:attacks?|strikes?|barrage|assault|bombardment|raids?)\b",
    re.IGNORECASE,
)


@dataclass
class _Incident:
    mention: DateMention
    tentative: bool = False  # dated by publication until the text gives the date
    # Dated by the day it was reported ("officials said Saturday"), until a sentence about the same place or weapon
    # says when it happened ("The aerial barrage on Friday evening struck … Kharkiv").
    said_on: bool = False
    # Dated by the day its toll was brought up to date ("the death toll ... rose to 40 on Monday"), until a sentence
    # dates the strike itself ("wounded in the strike on Saturday").
    toll_update: bool = False
    # Started by a sentence of background ("Ці пристрої вже не раз застосовувалися ..., зокрема 17 жовтня ...").
    from_background: bool = False
    weapons: dict[str, Entity] = field(default_factory=dict)
    places: dict[str, Entity] = field(default_factory=dict)
    origins: dict[str, Entity] = field(default_factory=dict)
    datelines: dict[str, Entity] = field(default_factory=dict)
    alerted: dict[str, Entity] = field(default_factory=dict)  # where sirens sounded (`Role.ALERTED`)
    # Where its weapons flew towards (`Mention.headed`).
    headed: dict[str, Entity] = field(default_factory=dict)
    # Places on the attackers' side named with no verb (`Mention.sided`).
    sided: dict[str, tuple[Entity, int]] = field(default_factory=dict)
    # Countries named where it hit ("drones crashed in Poland"): where it hit when nothing nearer is named.
    countries: dict[str, tuple[Entity, int]] = field(default_factory=dict)
    actors: dict[str, Entity] = field(default_factory=dict)
    sentences: list[int] = field(default_factory=list)
    counts: list[tuple[int, CountClaim]] = field(default_factory=list)
    evidence: dict[str, int] = field(default_factory=dict)
    all_destroyed: list[int] = field(default_factory=list)

    @property
    def anchored(self) -> bool:
        """An attack is told by where it hit, where it came from, or how many were fired or downed: weapons named
        alone are as often production, sanctions or supplies ("a factory making Geran-2 drones", "sanctions on
        Iran for the Shaheds")."""
        weapon_figures = any(c.measure in ("launched", "destroyed") for _, c in self.counts)
        return bool(self.places or self.origins or weapon_figures)

    def takes(self, mention: DateMention, *, told_of: bool = False) -> None:
        """A date restating this incident's: it dates one dated only by publication, or only by the day it was
        reported when the sentence giving it names the incident's place or weapon (`told_of`); a night widens a
        day to the night ("overnight ... on Tuesday")."""
        if self.tentative or (self.said_on and told_of):
            self.mention, self.tentative, self.said_on = mention, False, False
        elif self.said_on and mention.kind is DateKind.DAY and mention.day == self.mention.day:
            # "...reported on 9 February. On 9 February, Russian troops attacked the Sumy district": the day it
            # was reported is the attack's, whatever the sentence names; a later "over the past day" only widens it.
            self.mention, self.said_on = mention, False
        elif mention.kind is DateKind.NIGHT and self.mention.start == self.mention.end:
            self.mention = replace(mention, day=self.mention.day)

    def note(self, index: int) -> None:
        if index not in self.sentences:
            self.sentences.append(index)

    def add_entity(self, into: dict[str, Entity], entity: Entity, index: int) -> None:
        into.setdefault(entity.key, entity)
        self.evidence.setdefault(entity.key, index)
        self.note(index)


@dataclass(frozen=True)
class Sides:
    """Which side of the front a report's names are on: a place in Russia or Belarus (`in_attackers_country`), a
    weapon only Ukraine's side fires (`ukraines_weapon`)."""

    in_attackers_country: Callable[[Entity], bool] = lambda _place: False
    ukraines_weapon: Callable[[Entity], bool] = lambda _weapon: False
    # The oblast or region a place lies in (itself, for one), None for a country.
    region_of: Callable[[Entity], str | None] = lambda _place: None
    # What a place of an incident says it lies in, nearest first: a city's district its city ("Kholodnohirskyi
    # district (Kharkiv)": Kharkiv), a place the oblast the report names that it lies in.
    lies_in: Callable[[Entity], list[Entity]] = lambda _place: []
    # The key of the country a place lies in.
    country_of: Callable[[Entity], str | None] = lambda _place: None
    # The town a raion is named after and governed from ("Kupiansk district" -> Kupiansk), None for other places.
    raion_centre: Callable[[Entity], Entity | None] = lambda _place: None


class _Reader:
    def __init__(self, published: date | None, sides: Sides) -> None:
        self.published = published
        self.sides = sides
        self.incidents: list[_Incident] = []
        self.main: _Incident | None = None
        self.current: _Incident | None = None
        self.paragraph = -1
        self.last_told_attack = False  # whether the sentence before, in this paragraph, told an attack
        # Whether a sentence of this paragraph turned to another time than the attack it follows ("18 сентября
        # Слюсарь сообщил, что ... сбили беспилотники"): the undated sentences after it go on about that time.
        self.another_time_told = False
        # Whether a recap of this paragraph named a place on another day: the undated sentences after it that name
        # no place of the attack being told go on about that day.
        self.recalled_another_day = False
        self.recalled_places: set[str] = set()  # the places that recap named
        self.prose_sentences = 0
        self.seen_dates = False
        # A date given by a sentence that reports an attack without naming a weapon or a place ("Overnight from
        # Saturday to Sunday, Russia carried out another massive attack"), for the sentences that do.
        self.framing: DateMention | None = None
        # The last date the opening stated at all ("Kyiv witnessed a wave of drones on Monday"), for an attack
        # told after it that gives none.
        self.opening_date: DateMention | None = None
        # A report whose attack no sentence anchors is still evidence of one: dated by the first sentence of its
        # opening that reports a dated attack ("faced a massive missile attack Thursday"), else, when its lead
        # tells an attack before any date, by its publication.
        self.lead_frame: DateMention | None = None
        self.lead_report: DateMention | None = None
        # Whether the opening updates a toll ("The death toll from a Russian missile strike on Dnipro has risen"): its
        # attack came days before, on the day the report dates it, if only in its background.
        self.lead_updates_toll = False
        self.headline_updates_toll = False
        self.lead_reports_attack = False  # an opening sentence tells an attack, not only a toll
        # Whether the report opens on a period and no day ("Kyiv spent almost 700 hours in a state of air alert in
        # 2022"): the attacks it goes on to count undated are that period's ("Kyiv endured 52 air strikes"), not
        # today's (unlike one it tells: "Російський дрон влучив у житловий будинок у Києві").
        self.opens_on_a_period = False
        # The headline's sentences that told the main attack (read apart from the body's).
        self.headline_facts: list[SentenceFacts] = []
        # Whether the report has a headline, and whether it (else the first sentence) tells of an attack at all (a
        # statement, a delivery, a plan does not): a report under one that does not is not news of an attack long past.
        self.headline_read = False
        self.headline_text = ""
        self.headline_tells_attack = False
        # A headline that names an attack without telling it ("Атака «шахедів» на Київ").
        self.named_in_headline: list[SentenceFacts] = []
        # Whether the main attack's date is still only its headline's: the body's first date for it is surer.
        self.dated_by_headline = False
        # The headline's date the lead's replaced, until the body tells an attack on it after all.
        self.headline_date: DateMention | None = None
        # The incident and sentence that last told weapons used, for a list that goes on in the next sentence.
        self.weapons_told: tuple[_Incident, int] | None = None
        # Every sentence read (not plans), for the report read whole and for telling two attacks apart.
        self.read_facts: list[SentenceFacts] = []
        # The sentence read just before, for one that opens at the place it named ("Здесь...", "There, ...").
        self.previous: SentenceFacts | None = None
        # Whether it remembers an attack on its anniversary.
        self.commemorative = False
        # Whether it opens on rebuilding what an attack damaged: the attack it tells undated is that one, history.
        self.rebuilding = False
        # Whether it opens on repairs (rebuilding, power brought back): an attack it dates a week or more before is
        # what is being repaired, not news.
        self.repairing = False
        self.time_since_told = False  # what made it commemorative is time passed since an attack (see `read`)
        # Whether its opening tells a case brought over an attack (a suspicion, a charge, a verdict).
        self.prosecutes = False
        # Whether a sentence has named what the report is about (a place, a weapon, a day, an attack): until one
        # does, what is read is a page's clutter ("0 out of 25,000", "News Feed") and the opening is still to come.
        self.subject_told = False
        # The sentences of the opening (see `_aside`).
        self.opening: set[int] = set()
        # Sentences of the opening that tell of the attack before any sentence dates it ("A million people are
        # without power...", "There is no electricity in Kharkiv..."): the main incident's, once one does.
        self.told_before: list[SentenceFacts] = []
        # The first sentence after the main attack's that recalls the outlet's earlier reports ("As reported earlier, ...",
        # "Нагадаємо, ..."): earlier attacks told from there on are what the report recalls.
        self.recap_from: int | None = None
        # A recap past the opening of a report that has told no attack yet ("As Ukrainian News Agency earlier
        # reported, on the night of December 9-10, Russia attacked..." under news of power restored): what it
        # recalls is the report's background, not its news.
        self.recalled_before_any: int | None = None
        # The first sentence after the main attack's that turns to how things go ("... are regular targets of
        # Russian attacks"): an earlier attack told in passing after it is background even in the opening.
        self.generalised_from: int | None = None

    # ---- reading ------------------------------------------------------------------------------------------

    def read(self, facts: SentenceFacts) -> None:
        text = facts.sentence.text
        facts = _daytime_of_the_day_told(facts, self.previous)
        facts = self._counted_from_the_story(facts)
        previous, self.previous = self.previous, facts
        if len(text.split()) >= 6:
            if self.prose_sentences == 0 and not self.headline_read:
                # A report without a headline opens with its news.
                self.headline_tells_attack = facts.has_incident_cue
            if self.prose_sentences == 0:
                self.opens_on_a_period = names_period(text) and incident_date(facts.dates) is None
            self.prose_sentences += 1  # menus and headings before the article do not push it out of the lead
        if self._in_opening():
            self.opening.add(facts.sentence.index)
        if self.recap_from is None and (is_recap(text) or is_recap_heading(text)):
            if self.main is not None:
                self.recap_from = facts.sentence.index
            # (A paragraph labelled as recalled is background in the opening too: "Background: The Russians ...".)
            elif self.recalled_before_any is None and (not self._in_opening() or is_labelled_recap(text)):
                self.recalled_before_any = facts.sentence.index
        if self.generalised_from is None and self.main is not None and _generalises(facts):
            self.generalised_from = facts.sentence.index
        if facts.sentence.paragraph != self.paragraph:
            self.paragraph = facts.sentence.paragraph
            self.last_told_attack = False
            self.another_time_told = self.recalled_another_day = False
            if not is_list_item(text) and not self._goes_on_with_current(facts):
                self.current = self.main  # a new paragraph returns to the main story unless it dates another
        # "...маємо трагічні наслідки атаки. Це – Київ, Черкаси, Дрогобич": says where the sentence before hit.
        says_where = self.last_told_attack and says_which(text)
        # "...the Snihurivka community was hit by enemy rocket fire. S-300 anti-aircraft missile systems": a line
        # that only names weapons after an attack told names its means.
        names_its_means = self.last_told_attack and names_only_weapons(
            text, without_mentions(text, facts.sentence.start, facts.weapons)
        )
        # (A plan or a possibility told is no attack told: "Росія може атакувати й інші міста. Це – Київ...".)
        self.last_told_attack = facts.has_incident_cue and not facts.is_background and not is_irrealis(text)
        seen_dates = self.seen_dates
        # A lead that says when it was reported ("officials said on Sunday") has not talked about other times.
        stated = any(d.kind is not DateKind.REPORTED for d in facts.dates)
        self.seen_dates = seen_dates or stated or names_period(text)
        own = incident_date(facts.dates)
        if own is not None and self.main is None and not facts.is_background and self._in_opening():
            self.opening_date = own
        if self._in_opening() and commemorates(text):
            self.commemorative = True
        elif self._in_opening() and not self.commemorative and tells_time_since_an_attack(text):
            self.commemorative = self.time_since_told = True
        elif (
            self.commemorative
            and self._in_opening()
            # (After "Two weeks have passed since the attack on Poltava", any attack of the day is news; on an
            # anniversary, one told "again": a year-less day is the anniversary's own.)
            and (
                tells_an_attack_again(text)
                # (Not the time told again: "Сегодня исполняется ровно месяц со дня обстрела".)
                or (self.time_since_told and facts.has_incident_cue and not tells_time_since_an_attack(text))
            )
            and (own_day := incident_date(facts.dates)) is not None
            and self.published is not None
            and 0 <= (self.published - own_day.end).days <= 1
        ):
            # "A year has passed. On Sunday Russian missiles again hit Hroza": an anniversary's fresh attack is news.
            self.commemorative = False
        # What the report is about: its first sentence, or past a page's clutter a line of its own before anything
        # is named ("0 out of 25,000 ... News Feed\nMan who aided Russian strikes on central Kharkiv sentenced to
        # life in prison"), not a case it mentions later.
        about = not self.read_facts or (not self.subject_told and not text.rstrip().endswith((".", "!", "?")))
        if about and prosecutes(text):
            self.prosecutes = True
        elif (
            self._in_opening()
            and prosecutes(text)
            and self.published is not None
            and (case_day := incident_date(facts.dates)) is not None
            and (self.published - case_day.end).days >= CASE_PAST_DAYS
        ):
            # "Служба безпеки зібрала доказову базу на ... причетні до авіаатаки по Черкащині 28 квітня 2023 року"
            # under a stray first line: a case over an attack long past, told in the opening, is what it reports.
            self.prosecutes = True
        if (not self.read_facts or not self.subject_told) and (
            self._shows_an_exhibition(facts) or (opens_on_a_memorial(text) and not reports_event(text))
        ):
            # A report that opens on an exhibition, or on a memorial to an attack's victims, tells the attack as
            # history.
            self.commemorative = True
        if (not self.read_facts or not self.subject_told) and self._tells_a_rebuilding(facts):
            self.rebuilding = True
        if (not self.read_facts or not self.subject_told) and tells_repairs(text):
            self.repairing = True
        self.subject_told = self.subject_told or _names_anything(facts)
        turn = background_from(text)
        # A plan or condition told after the sentence turns to something else ("...came days after Ukraine reported
        # progress on how to defend the country if a peace deal is struck"), or in a clause of its own ("..., and
        # the attacks followed warnings that Iran could provide missiles"), does not unsay its opening.
        told = fact_before_irrealis(text)
        if told is not None and is_irrealis(text[:told]):
            told = None
        if told is not None:
            facts = replace(
                _facts_before(facts, facts.sentence.start + told),
                # What could be is no attack told: "...supplying Kyiv with cruise missiles, which will allow it to hit".
                has_incident_cue=has_incident_cue(text[:told]),
            )
        elif is_irrealis(text if turn is None else text[:turn]):
            if own is None or not _dates_an_attack(facts, own):
                return
            # "...may still be trapped under rubble after Tuesday's strike": the strike happened all the same, but
            # nothing else the sentence says is told as fact ("unclear if Kinzhals were used in Friday's raid").
            facts = replace(facts, weapons=(), places=(), actors=(), counts=())
        self.read_facts.append(facts)
        if self._in_opening() and not facts.is_background:
            if _TOLL_UPDATED.search(text):
                self.lead_updates_toll = True
            elif reports_event(text):
                self.lead_reports_attack = True
        if (
            self.lead_frame is None
            and self.recalled_before_any is None
            and facts.has_incident_cue
            and not facts.is_background
            and not names_period(text)
            and self._in_opening()
            and reports_event(text)
        ):
            if own is not None:
                self.lead_frame = own
            elif (
                self.published is not None
                and self.lead_report is None
                and not self.seen_dates  # this sentence's own dates too: "between 10 October 2022 and..."
                and self.prose_sentences <= LEAD_SENTENCES
            ):
                # "Poland scrambled jets after Russia launched a large-scale attack": a report of an attack
                # published on a day is evidence of an attack that day; one the lead says was reported on a day
                # ("Russia attacked Ukraine with drones, the air force said Wednesday"), of an attack that day.
                said = next((d for d in facts.dates if d.kind is DateKind.REPORTED), None)
                self.lead_report = said or _publication_day(self.published)
        facts, apart = _split_days_apart(facts)
        main = self.main
        if main is not None and main.said_on and own is None and _ON_THE_DAY_BEFORE.search(text):
            # "..., Ukraine's general staff said Thursday. ... the attack took place the previous day."
            day = main.mention.day - timedelta(days=1)
            self._redate(
                main, DateMention(DateKind.DAY, day, day, day, "the previous day", main.mention.anchor, 0, 0)
            )
        incident = self._incident_of(facts, seen_dates)
        if incident is not None:
            self._attach(incident, facts, says_where=says_where, names_its_means=names_its_means)
            if previous is not None and _says_there(facts, previous):
                # Quoted from the sentence that names the place: the one saying "here" does not.
                for mention in previous.places:
                    if (
                        mention.role in (Role.NAMED, Role.TARGET, Role.PASSING)
                        and mention.entity.category != "country"
                    ):
                        incident.add_entity(incident.places, mention.entity, previous.sentence.index)
            if _IN_BOTH.search(text):
                self._share_weapons(incident, facts)
        elif self._tells_before_a_date(facts):
            self.told_before.append(facts)
        reference = incident or self.current or self.main
        if apart is not None and reference is not None:
            days, later, phrase = apart
            day = reference.mention.day - timedelta(days=days)
            other = self._incident_at(DateMention(DateKind.DAY, day, day, day, phrase, day, 0, 0))
            self._attach(other, later)

    def _counted_from_the_story(self, facts: SentenceFacts) -> SentenceFacts:
        """ "On October 10, drones struck Odesa. A day earlier, a missile hit Izmail": a day counted back with nothing
        to count from in its own sentence (see `dates._counted_back`) counts from the attack being told."""
        current = self.current
        if current is None or current.tentative or self.published is None:
            return facts
        dates = tuple(
            replace(m, day=day, start=day, end=day, anchor=current.mention.day)
            if m.pattern == "days_earlier" and m.kind is DateKind.DAY and m.anchor == self.published
            and (day := current.mention.day - (m.anchor - m.day)) != m.day
            else m
            for m in facts.dates
        )  # fmt: skip
        return replace(facts, dates=dates) if dates != facts.dates else facts

    def read_headline(self, facts: SentenceFacts) -> None:
        """A headline that reports an attack ("Russian missiles kill 6 in Kryvyi Rih") starts the main incident,
        dated as the lead will date it (or by publication, until the text gives the date)."""
        text = facts.sentence.text
        self.headline_read = True
        self.headline_text = text
        self.prosecutes = self.prosecutes or prosecutes(text)
        # ("Гладков почтил память погибших при обстреле Белгорода в 2023 году", "Сегодня – годовщина теракта в
        # Учкуевке")
        self.commemorative = (
            self.commemorative
            or self._shows_an_exhibition(facts)
            or remembers_a_year_past(text)
            or (_ANNIVERSARY.search(text) is not None and commemorates(text))
        )
        self.rebuilding = self.rebuilding or self._tells_a_rebuilding(facts)
        self.repairing = self.repairing or tells_repairs(text)
        self.subject_told = self.subject_told or _names_anything(facts)
        self.headline_tells_attack = self.headline_tells_attack or facts.has_incident_cue
        # ("Атака на Харків: в Епіцентрі зросло число жертв": a toll's update, whatever starts the incident.)
        self.headline_updates_toll = self.headline_updates_toll or _TOLL_UPDATED.search(text) is not None
        if is_irrealis(text) or facts.is_background or names_period(text):
            return  # "...fired five Zircon missiles at Kyiv this year" counts a period's attacks
        own = incident_date(facts.dates)
        if not _anchored(facts):
            if own is not None and facts.has_incident_cue and self.framing is None:
                # "В ночь на 23 октября армия снова терроризировала Украину дроновыми атаками": the night the body's
                # figures and launch sites are of.
                self.framing = self.lead_frame = own
            return
        if not (reports_event(text) or HEADLINE_VERB_RE.search(text)):
            if names_attack(text):
                # "Атака «шахедів» на Київ: показали наслідки": a headline naming the attack, verb or none, tells
                # what weapons the body's attack at its place used, once the body has told one there.
                self.named_in_headline.append(facts)
            return
        if self.main is None:
            if own is not None:
                self._start(own)
                self.dated_by_headline = True
            elif self.published is not None:
                # "У Полтаві зросла кількість загиблих внаслідок удару": a toll's update is told days after the attack.
                self._start(_publication_day(self.published), tentative=True).toll_update = bool(
                    _TOLL_UPDATED.search(text)
                )
            else:
                return
        assert self.main is not None
        # ("Missiles struck Kyiv ..., two days after an attack on a key bridge linking Russia to Crimea": not Crimea.)
        facts = _split_days_apart(facts)[0]
        self.headline_facts.append(facts)
        self._attach(self.main, facts)

    def _incident_of(self, facts: SentenceFacts, seen_dates: bool) -> _Incident | None:
        """The incident a sentence tells, if any; creating it when the sentence reports a new one."""
        text = facts.sentence.text
        own = incident_date(facts.dates)
        current = self.current
        if (
            own is not None
            and own.phrase.lower() in _DAYTIME_ALONE
            and current is not None
            and not current.tentative
            and 0 < (own.day - current.mention.day).days <= DAYTIME_CARRIES_DAYS
        ):
            # "У п'ятницю, 17 листопада, у Запоріжжі спалахнули дві будівлі ... Також вдень ... спалахнув будинок":
            # a daytime alone goes on with the day being told, not the day of publication.
            return current
        if facts.recalled and (own is None or self._find(own) is not None):
            # What a "Recall" heading stands over is another attack, even on this one's day; one it dates to
            # another day is an incident of its own, which `_aside` judges as it does an inline recap.
            return None
        event = facts.has_incident_cue
        anchored = _anchored(facts)
        if own is not None:
            if not event:
                main = self.main
                if (
                    main is not None
                    and main is current
                    and main.tentative
                    and refers_back_to_the_attack(text)
                    and not self._other_event_between(main, facts)
                    and self._restates_lead(own, facts)
                ):
                    # "В Рыльском районе ... в результате атаки FPV-дрона пострадали два человека. ... инцидент
                    # произошел накануне вечером": when the attack just told happened, though no verb tells it again.
                    return self._redate(main, own)
                return None
            if own.pattern == "overnight" and tallies_a_month(text):
                # "4,132 drones at Ukraine in overnight attacks over the month of August": a tally, not last night.
                return None
            if facts.is_background and not (reports_event(text) and anchored):
                self._note_recap_of_another_time(facts)
                return None
            lead = self.lead_frame
            if self.main is None and lead is not None and _points_back(lead, own, facts):
                own = lead  # "the overnight barrage" after a lead that dated it ("...across Ukraine early yesterday")
            known = self._find(own)
            if known is not None and known.tentative and own.pattern == "eve":
                known = None  # "Накануне вечером в Губахе ...": the evening before the report's day, another event
            if (
                known is not None
                # ("Hours earlier, four people had been killed on Monday evening when a shopping centre was hit by
                # shelling in the Kursk region", after the night's drones on Moscow: another attack, however near.)
                and own.day != known.mention.day
                and (
                    (known.tentative and continues(text) and self._names_another_place(facts, known))
                    or (tells_hours_earlier(text) and self._names_another_place(facts, known, regions=True))
                    # (Not an attack that began the evening before and went on: "This followed a Russian missile
                    # attack that began late on Monday evening".)
                    or (
                        tells_what_it_followed(text)
                        and own.day < known.mention.day
                        and not began_before(text)
                    )
                )
            ):
                # "In the morning, the army attacked Nikopol ... In addition, yesterday evening the enemy launched a
                # missile attack on the Kryvyi Rih district": what the report adds on another day, elsewhere, is
                # another attack (not "In addition, late on Sunday debris fell in the Obolon district" of Kyiv's).
                known = None
            if known is None and self._points_back_at_main(own, facts):
                known = self.main
            if self.dated_by_headline and not facts.is_background:
                self.dated_by_headline = False
                if known is None and self._restates_headline(own, facts):
                    # "Overnight, the Russian army shelled 15 settlements" over "Yesterday, the Russian army
                    # targeted 15 settlements ...": a headline's loose date gives way to the lead's.
                    assert self.main is not None
                    self.headline_date = self.main.mention
                    return self._redate(self.main, own)
            if (
                known is None
                and self.headline_date is not None
                and same_time(own, self.headline_date)
                and event
                and _WENT_ON.search(text) is None
            ):
                # "...hit Kharkiv on Sunday. Overnight, drones struck the city": the headline's night was an attack
                # of its own after all, and what the headline told is its.
                incident = self._start(own)
                for headline in self.headline_facts:
                    self._attach(incident, headline)
                self.headline_date = None
                return incident
            if (
                known is not None
                and known is self.main
                and facts.is_background
                and self.recap_from is not None
                and facts.sentence.index >= self.recap_from
                and not any(m.attacking for m in facts.weapons)
                # (The night before the day's attack: not the same night's, which is the same attack told region by
                # region: "Нагадаємо, уночі 28 травня російська армія вкотре атакувала Київ" under that night's
                # strike on Zhytomyr. A day's recalled in its own words is the outlet's other report of the day:
                # "Напомним, сегодня около 16.30 Россия нанесла ракетный удар по Львову" under a strike on Dubno.)
                and (own.start < known.mention.start or (own.kind is DateKind.DAY and reminds(text)))
                # (A country is no other place: "Нагадаємо, 21 вересня російська армія атакувала Україну, випустивши
                # 43 ракети" under that day's strike on Cherkasy is the same attack.)
                and (named := {place.key for place in _places_named(facts)})
                and not named & set(known.places)
            ):
                # "Нагадаємо, протягом минулої ночі Росія завдала ударів по Києву, Дніпру..." under a report of the
                # day's strike on Kostiantynivka: the outlet's other report of that night, not this attack's places.
                return self._start(own, background=True)
            if known is not None:
                known.takes(own, told_of=_tells_of(known, facts))
                self.current = known
                return known
            if not anchored:
                main = self.main
                if (
                    main is not None
                    and (
                        (
                            main.tentative
                            and (
                                reports_event(text)
                                or _dates_an_attack(facts, own)
                                # "Инцидент произошел утром в воскресенье": the attack just told, dated.
                                or refers_back_to_the_attack(text)
                            )
                        )
                        # "The death toll ... rose to 40 on Monday. ... 75 people were wounded in the strike on
                        # Saturday": dated by the day it was told of until the text dates the strike itself.
                        or (main.said_on and main.toll_update and _dates_the_attack(facts, own))
                    )
                    and self._restates_lead(own, facts)
                ):
                    # "...killing four. The strike hit a clinic shortly after midnight on Sunday.", "...may still be
                    # trapped under rubble after Tuesday's strike on a private clinic".
                    return self._redate(main, own)
                if (
                    not facts.is_background
                    and main is None
                    and (reports_event(text) or (self._in_opening() and names_attack(text)))
                ):
                    # "Overnight from Saturday to Sunday, Russia carried out another massive attack", "в ночь на 23
                    # октября армия снова терроризировала Украину дроновыми атаками".
                    self.framing = own
                return None
            main = self.main
            if main is not None and main.tentative and self._restates_lead(own, facts):
                return self._redate(main, own)
            if main is not None and not _names_something(facts):
                return None  # a figure alone ("99 drones overnight") does not make a second incident
            if not (
                reports_event(text)
                or _names_target(facts)
                or _counts_weapons(facts)
                or came_under_attack(text)
            ):
                return None  # "footage broadcast on Sunday showed rows of Geran-2 drones": no attack told
            return self._start(own, background=facts.is_background and not _trails(facts, own))
        if facts.is_background and self.current is not None and _earlier_word_on(self.current, facts):
            return self.current
        told = self.current
        if (
            told is not None
            and tells_of_the_same_day(text)
            and not (self.recap_from is not None and facts.sentence.index >= self.recap_from)
            and reports_event(text)
            and self._names_another_place(facts, told)
        ):
            # "On the same day, Russian forces launched two ballistic missiles at port infrastructure in Odesa": an
            # attack elsewhere on the day just told (not "On the same day last year", nor in a recap).
            return self._start(told.mention)
        if facts.is_background:
            self._note_recap_of_another_time(facts)
        if (
            facts.is_background
            # (A line that opens with a count may tally the report's own period; not one told of an earlier one:
            # "Dozens of people were killed earlier this month in Russian strikes on ... Kramatorsk".)
            or (names_period(text) and (not is_list_item(text) or names_an_earlier_period(text)))
            or self.another_time_told
            # ("... В Армавире пострадал один человек" after a recap of Gelendzhik goes on with the attack on
            # Armavir; not after a recap of Armavir's own earlier attack, nor for a region both lie in.)
            or (self.recalled_another_day and not self._names_its_own_town(facts))
        ):
            return None
        if self.current is not None:
            said = next((d for d in facts.dates if d.kind is DateKind.REPORTED), None)
            if (
                self.current.tentative
                and said is not None
                and said.day < self.current.mention.start
                # (Not days before: "18 сентября Слюсарь сообщил, что ... сбили" after a report of Monday's
                # attack is an earlier one.)
                and (self.current.mention.start - said.day).days <= REDATE_DAYS
                and reports_event(text)
                and (
                    _tells_of(self.current, facts)
                    # (A headline that named nothing, restated by the lead: "Russia attacked Ukraine with more than
                    # a dozen attack drones ..., the Ukrainian air force said Wednesday"; or a lead that names
                    # nothing the headline did not and repeats its figure: "Russian forces fired drones at ...
                    # Ukraine's second-largest city, killing four people, local authorities said Thursday" under "A
                    # drone attack kills four people in Kharkiv", not a country's toll under a city's attack.)
                    or (
                        self._in_opening()
                        and (
                            (not self.current.places and not self.current.weapons)
                            or (not _names_any(facts) and _shares_a_number(self.headline_text, text))
                        )
                    )
                )
            ):
                # "Russian strikes killed six people in Kharkiv, officials said on Friday", under a headline dated
                # only by its Saturday publication: the attack is the one told on Friday.
                incident = self._redate(self.current, said)
                incident.said_on = True
                return incident
            if _told_later(facts, self.current.mention):
                # (Only an attack told of that time: not "Zelensky said on Friday that Ukraine needed more air defence".)
                self.another_time_told = reports_event(text) or names_attack(text)
                return None
            return self._on_its_side(facts, self.current)
        if not (event and anchored):
            return None
        if self.framing is not None:
            return None if _told_later(facts, self.framing) else self._start(self.framing)
        reported = next((d for d in facts.dates if d.kind is DateKind.REPORTED), None)
        toll = _TOLL_UPDATED.search(text) is not None
        if (
            reported is not None
            and (reports_event(text) or toll)
            and (_names_target(facts) or _counts_weapons(facts))
        ):
            # "the air force said on Monday it shot down 20 drones", "the death toll from a strike on Kharkiv rose to
            # 4 on Sunday": not "Putin said on Feb. 29 that Russia had used Zircon", which dates no attack.
            incident = self._start(reported, said_on=True)
            incident.toll_update = toll
            return incident
        if (
            not (reports_event(text) or reports_an_attack(text))
            or not self._in_opening()
            or not _names_target(facts)
        ):
            return None
        if self.opening_date is not None:
            return self._start(self.opening_date)
        in_lead = self.prose_sentences <= LEAD_SENTENCES and not seen_dates
        if (
            (in_lead or self.main is None)
            and self.published is not None
            and not (self.opens_on_a_period and _COUNTS_ATTACKS.search(text))
        ):
            return self._start(self.lead_report or _publication_day(self.published), tentative=True)
        return None

    def _tells_before_a_date(self, facts: SentenceFacts) -> bool:
        """Whether an undated sentence of the opening tells the attack the report has yet to date or place: where
        it hit, or how many of its weapons came ("destroyed all 14 enemy Shahed drones"), or what they were
        ("Приблизно 70 із них були дронами типу Shahed")."""
        text = facts.sentence.text
        # What "70 of them" were, not what the drones Russia uses are in general.
        identifies = identifies_weapon(text) and _OF_THEM.search(text) is not None
        return (
            self.main is None
            and self._in_opening()
            and (facts.has_incident_cue or identifies)
            and not facts.is_background
            and not any(d.kind is not DateKind.REPORTED for d in facts.dates)
            and not names_period(text)
            and (
                (facts.has_incident_cue and any(m.role in (Role.NAMED, Role.TARGET) for m in facts.places))
                or (
                    any(m.attacking for m in facts.weapons)
                    # "the ministry said it had carried out a group strike using … Kinzhal hypersonic missiles";
                    # "Зверские удары ... – почти 500 ударных беспилотников и более 40 ракет, в том числе «кинжалы»".
                    and (
                        _counts_weapons(facts)
                        or reports_event(text)
                        or identifies
                        or _NUMBERED_WEAPONS.search(text) is not None
                    )
                )
            )
        )

    def _share_weapons(self, incident: _Incident, facts: SentenceFacts) -> None:
        """ "KAB-type glide bombs were used in both attacks": the weapons are every attack's the report told."""
        used = [m.entity for m in facts.weapons if m.attacking]
        for other in (i for i in self.incidents if i is not incident):
            for weapon in used:
                other.add_entity(other.weapons, weapon, facts.sentence.index)

    def _points_back_at_main(self, own: DateMention, facts: SentenceFacts) -> bool:
        """Whether a bare "the overnight attack" means the night the report already dated ("...officials said
        yesterday. ... four people were killed in Kyiv during the overnight attack", in a paper printed a day on);
        not one the sentence dates by when it was said ("the overnight attack on Odesa injured two, the governor
        said on Tuesday")."""
        main = self.main
        return (
            main is not None
            and not main.tentative
            and main.mention.kind is DateKind.NIGHT
            and _points_back(main.mention, own, facts)
        )

    def _refining(self, main: _Incident, facts: SentenceFacts) -> tuple[Mention, ...]:
        """The place a headline names that says where in a region the body's attack hit, when the body names only
        the region ("Shahed drone attack on Sumy: nine casualties reported" over a body naming Sumy Oblast)."""
        refining = []
        for mention in facts.places:
            region = self.sides.region_of(mention.entity)
            if (
                mention.role in (Role.NAMED, Role.TARGET)
                and region is not None
                and region != mention.entity.key
                and region in main.places
                and not any(
                    self.sides.region_of(place) == region and key != region
                    for key, place in main.places.items()
                )
            ):
                refining.append(mention)
        return tuple(refining)

    def _on_its_side(self, facts: SentenceFacts, current: _Incident) -> _Incident:
        """The incident an undated sentence goes on with: the one being told, unless it names only places in Russia
        while that one's lie in Ukraine and the report has told Ukraine's strike apart ("...Odesa overnight into
        Friday. ... Meanwhile, Ukraine said it struck a major Russian oil refinery on Thursday using Storm Shadow
        missiles. ¶ Ukraine's General Staff said its forces hit the Novoshakhtinsk refinery")."""
        named = _places_named(facts)
        in_russia = self.sides.in_attackers_country
        if not named or not all(in_russia(p) for p in named) or not current.places:
            return current
        if any(m.attacking and not self.sides.ukraines_weapon(m.entity) for m in facts.weapons):
            return current  # "One of the Shahed drones crashed in a village in the Kursk region"
        if any(in_russia(p) for p in current.places.values()):
            return current
        ukraines = next(
            (
                i
                for i in reversed(self.incidents)
                if i is not current
                and (
                    (i.places and all(in_russia(p) for p in i.places.values()))
                    or any(self.sides.ukraines_weapon(w) for w in i.weapons.values())
                )
            ),
            None,
        )
        return ukraines or current

    def _note_recap_of_another_time(self, facts: SentenceFacts) -> None:
        """A recap that names a place and another day than the attack being told: the undated sentences after it in
        its paragraph go on about that day ("Напомним, что в ночи на 27 мая пресечена попытка атаки на Геленджик.
        В селе Криниц обломки БпЛА нанесли ущерб...")."""
        current = self.current
        if (
            current is not None
            and facts.dates
            and _anchored(facts)
            and not any(same_time(d, current.mention) for d in facts.dates)
        ):
            self.recalled_another_day = True
            self.recalled_places = _place_keys(facts)

    def _names_its_own_town(self, facts: SentenceFacts) -> bool:
        """Whether a sentence names a place short of a region that the attack being told hit and the recap before
        it did not name."""
        current = self.current
        return current is not None and any(
            place.key in current.places
            and place.key not in self.recalled_places
            and self.sides.region_of(place) != place.key
            for place in _places_named(facts)
        )

    def _names_another_place(
        self, facts: SentenceFacts, incident: _Incident, *, regions: bool = False
    ) -> bool:
        """Whether a sentence names places short of a region (or, with `regions`, regions too), none of them the
        incident's or in one of its own (nor, with `regions`, holding one of its own)."""
        named = [
            place for place in _places_named(facts) if regions or self.sides.region_of(place) != place.key
        ]
        holding = (
            {whole.key for place in incident.places.values() for whole in self.sides.lies_in(place)}
            if regions
            else set()
        )
        return bool(named) and not any(
            place.key in incident.places
            or place.key in holding
            or any(whole.key in incident.places for whole in self.sides.lies_in(place))
            for place in named
        )

    def _told_afresh(self, draft: IncidentDraft) -> bool:
        """Whether a sentence of the draft, other than one of rebuilding, tells its attack with a verb of its own."""
        return any(
            (facts := self._read_by_index.get(index)) is not None
            and not facts.is_background
            and not tells_a_rebuilding(facts.sentence.text)
            and reports_event_of_its_own(facts.sentence.text)
            for index in draft.sentence_indexes
        )

    def _tells_a_rebuilding(self, facts: SentenceFacts) -> bool:
        """A sentence of rebuilding what an attack damaged, dating no attack and telling none itself."""
        text = facts.sentence.text
        return tells_a_rebuilding(text) and incident_date(facts.dates) is None

    def _goes_on_with_current(self, facts: SentenceFacts) -> bool:
        """Whether a new paragraph goes on with the attack being told rather than the main one: it names a place
        that one hit and none of the main one's, and that one came in the days after the main one. Wire copy writes
        a paragraph a sentence: "The Ukrainian capital again came under fire from Iranian-made drones on Monday. ¶
        Kyiv Mayor Vitali Klitschko reported an explosion in north-eastern Kyiv" (not "On September 5, a missile
        strike on Zaporizhzhia killed two people. ¶ In Zaporizhzhia, three people were injured ...", under an
        attack in October: the news again)."""
        current, main = self.current, self.main
        if current is None or main is None or current is main or not main.places:
            return False
        aftermath = _AFTERMATH_OPENING.search(facts.sentence.text) is not None
        if current.from_background and not aftermath:
            return False
        # (Told after the main attack and not long after it: not an earlier strike told as an aside, which the
        # next paragraph's "drone debris" in the same city leaves for the main attack again.)
        apart = (current.mention.day - main.mention.day).days
        # (Or an earlier one, when the paragraph opens on that attack's aftermath: "Recall that on March 25, the
        # occupiers massively attacked Kryvyi Rih ... ¶ As a result of the attack, at least 15 explosions were
        # recorded in Kryvyi Rih".)
        if not (0 <= apart <= NEWS_DAYS_APART or (-NEWS_DAYS_APART <= apart < 0 and aftermath)):
            return False
        named = {place.key for place in _places_named(facts)}
        return bool(named & current.places.keys()) and not named & main.places.keys()

    def _in_opening(self) -> bool:
        return self.prose_sentences <= OPENING_SENTENCES

    def _attach(
        self,
        incident: _Incident,
        facts: SentenceFacts,
        *,
        says_where: bool = False,
        names_its_means: bool = False,
    ) -> None:
        """`says_where`: the sentence names what the one before it told of ("Серед них – ...", "They included...");
        `names_its_means`: the sentence only names the weapons of the attack the one before it told."""
        index = facts.sentence.index
        text = facts.sentence.text
        tells_attack = facts.has_incident_cue or is_list_item(text)
        # (Places shelled by guns alone beside an air attack already told are the front's, not the attack's; a day's
        # round-up tells the enemy's shelling that day too: "За добу ворог здійснив понад 120 обстрілів ... 101
        # артилерійський обстріл прийшовся по території Гуляйполя, Оріхова", not another day's nor Ukraine's own.)
        places_attacked = not (
            facts.weapons == ()
            and shelled_by_guns_only(text)
            and not (is_day_window(incident.mention) and not facts.dates and not by_ukraines_guns(text))
            and self._told_from_the_air(incident)
        )
        listed = self._continues_weapons(incident, facts)
        # (A sentence that says where it hit needs no place read from its side: "...атаки FPV-дрона в Грайвороне,
        # доставлен в больницу Белгорода"; nor does fighting on the ground tell where an attack from the air was.)
        hit_here = any(m.sided for m in facts.places) and (
            bool(_places_named(facts)) or fought_on_the_ground(text)
        )
        for mention in facts.weapons:
            if not mention.attacking:
                continue
            if tells_attack or listed or names_its_means or identifies_weapon(text):
                incident.add_entity(incident.weapons, mention.entity, index)
                self.weapons_told = (incident, index)
        for mention in facts.places:
            if mention.entity.category == "country":
                if mention.role in (Role.NAMED, Role.TARGET) and tells_attack:
                    incident.countries.setdefault(mention.entity.key, (mention.entity, index))
                continue
            if mention.role is Role.ORIGIN:
                incident.add_entity(incident.origins, mention.entity, index)
            elif mention.role is Role.DATELINE:
                incident.datelines.setdefault(mention.entity.key, mention.entity)
                incident.evidence.setdefault(mention.entity.key, index)
            elif mention.role is Role.ALERTED and tells_attack:
                incident.alerted.setdefault(mention.entity.key, mention.entity)
                incident.evidence.setdefault(mention.entity.key, index)
            elif (
                mention.sided
                and mention.role is Role.PASSING
                and tells_attack
                and places_attacked
                and not hit_here
            ):
                incident.sided.setdefault(mention.entity.key, (mention.entity, index))
            elif mention.headed:
                incident.headed.setdefault(mention.entity.key, mention.entity)
                incident.evidence.setdefault(mention.entity.key, index)
            elif (
                mention.role in (Role.NAMED, Role.TARGET) and (tells_attack or says_where) and places_attacked
            ):
                incident.add_entity(incident.places, mention.entity, index)
        named = any(incident.evidence.get(m.entity.key) == index for m in (*facts.weapons, *facts.places))
        for mention in facts.actors:
            if tells_attack and named:
                # Who acted, from the sentences that tell what and where: not every body a report quotes.
                incident.actors.setdefault(mention.entity.key, mention.entity)
        if tells_attack:
            incident.counts.extend((index, claim) for claim in facts.counts)
            if facts.counts or reports_event(text):
                incident.note(index)  # the sentences an incident rests on are what full-text questions search
            if _ALL_DESTROYED.search(text):
                incident.all_destroyed.append(index)

    def _told_from_the_air(self, incident: _Incident) -> bool:
        """Whether the incident is an attack from the air: its weapons, or a sentence of it naming drones, missiles,
        bombs or a strike."""
        return bool(incident.weapons) or any(
            tells_of_the_air(self._read_by_index[i].sentence.text)
            for i in incident.sentences
            if i in self._read_by_index
        )

    def _continues_weapons(self, incident: _Incident, facts: SentenceFacts) -> bool:
        """Whether a short list of weapons alone goes on with the weapons the sentence before used ("...применили
        дроны различных типов, в частности "шахеды". Крылатые, баллистические и аэробаллистические ракеты:
        "цирконы", "искандеры", "кинжалы".")."""
        attacking = [m for m in facts.weapons if m.attacking]
        told = self.weapons_told
        return (
            told is not None
            and told[0] is incident
            and told[1] == facts.sentence.index - 1
            and bool(attacking)
            and not facts.places
            and not facts.dates
            and not facts.is_background
            and _WEAPON_CLASS_COLON.match(facts.sentence.text) is not None
            and not any(self.sides.ukraines_weapon(m.entity) for m in attacking)
            and len(facts.sentence.text.split()) <= SHORT_LIST_WORDS
        )

    # ---- incidents ----------------------------------------------------------------------------------------

    def _find(self, mention: DateMention) -> _Incident | None:
        """The incident of this time; of two, the one told as this one is ("the Sunday evening drone attack" is the
        Sunday evening's, not the overnight attack's into Monday that same_time also takes in)."""
        found = [i for i in self.incidents if same_time(i.mention, mention)]
        return next(
            (i for i in found if (i.mention.kind, i.mention.day) == (mention.kind, mention.day)),
            found[0] if found else None,
        )

    def _incident_at(self, mention: DateMention) -> _Incident:
        known = self._find(mention)
        return known if known is not None else self._start(mention, make_current=False)

    def _start(
        self,
        mention: DateMention,
        *,
        tentative: bool = False,
        said_on: bool = False,
        background: bool = False,
        make_current: bool = True,
    ) -> _Incident:
        incident = _Incident(mention, tentative=tentative, said_on=said_on, from_background=background)
        self.incidents.append(incident)
        if self.main is None and not background:
            self.main = incident
            for told in self.told_before:
                self._attach(incident, told)
            self.told_before.clear()
        if make_current:
            self.current = incident
        return incident

    def _other_event_between(self, incident: _Incident, now: SentenceFacts) -> bool:
        """Whether a sentence between the incident's last one and this one tells an event of its own ("Окремо у місті
        сталася пожежа на складі"), which "the incident" may as well be."""
        last = max(incident.sentences, default=-1)
        return any(
            last < facts.sentence.index < now.sentence.index
            and (
                facts.has_incident_cue
                or reports_event(facts.sentence.text)
                or _AN_EVENT.search(facts.sentence.text) is not None
            )
            for facts in self.read_facts
        )

    def _restates_lead(self, mention: DateMention, facts: SentenceFacts) -> bool:
        """A lead dated by its publication takes the first date the text gives it, when that date is close and
        the sentence names no new target ("...killing four. The strike hit a clinic after midnight on Sunday.")."""
        main = self.main
        if main is None or self.published is None or facts.is_background:
            return False
        if tells_hours_earlier(facts.sentence.text):
            return False  # "Hours earlier, ...": what came before the news, not the news dated
        named = [m for m in facts.places if m.role in (Role.NAMED, Role.TARGET)]
        if (
            mention.pattern == "eve"
            and (mention.kind is not DateKind.NIGHT or named or _SETTLEMENT_NAMED.search(facts.sentence.text))
            # (Unless it names only where the headline's toll was: "Число погибших увеличилось до 24 человек: что
            # известно об обстреле Белгорода" over "Накануне днем центр Белгорода подвергся массированному обстрелу".)
            and not (
                main.toll_update
                and named
                and all(m.entity.key in main.places for m in named)
                # (Not one told as another: "Накануне днем Белгород также подвергся обстрелу из РСЗО".)
                and _ALSO.search(facts.sentence.text) is None
            )
        ):
            # "Накануне в городе Губахе беспилотник атаковал...", "Накануне над регионом сбили 47 дронов": the day
            # before the report's, another event (not "Накануне вечером оккупанты запустили по городу около десяти
            # дронов", the evening of the report's own).
            return False
        days = (self.published - mention.day).days
        if days < 0 or days > (TOLL_REDATE_DAYS if main.toll_update else REDATE_DAYS):
            return False
        if days > REDATE_DAYS and not _dates_the_attack_noun(facts, mention):
            # A toll's attack days back is the one its consequences name ("постраждали внаслідок удару 3 вересня"),
            # not another the report goes on to ("3 жовтня ворожі дрони атакували Полтаву").
            return False
        told = {m.entity.key: m.entity for m in facts.weapons if m.attacking}
        # (A model of the family told is no other weapon: "скинула на Куп'янськ 10 авіабомб ФАБ-250" under
        # "...знешкодження ФАБів, які РФ скидає на Куп'янський район".)
        same_weapons = bool(main.weapons and told) and bool(
            told.keys() & main.weapons.keys()
            or any(of_one_family(a, b) for a in told.values() for b in main.weapons.values())
        )
        if main.weapons and told and not same_weapons:
            return False  # "Russian glide bomb hits Saltivskyi district" over "...struck Kharkiv with Shahed drones"
        if main.places and _ACROSS_REGIONS.search(facts.sentence.text):
            return False  # "В ночь на 29 августа над регионами России было сбито 54 беспилотника": a country's tally
        if _MORE_WEAPONS.search(facts.sentence.text):
            return False  # "On September 25, more Iranian-made drones fell on the city": another attack
        if _also_then(facts, mention):
            return False  # "Росіяни атакували місто і в ніч на четвер": another attack, on another night
        # (Nor is the country of a place it told: "...attacked Kyiv. Overnight on 13 October Russia attacked Ukraine
        # with 52 Shaheds".)
        countries = {self.sides.country_of(place) for place in main.places.values()}
        new_places = {
            m.entity.key
            for m in facts.places
            if m.role in (Role.NAMED, Role.TARGET)
            and not (m.entity.category == "country" and m.entity.key in countries)
        }
        # (The region of a place it told is no new place: "...a hotel in Cherkasy. Context: overnight on 21
        # September four missiles were shot down over the Cherkasy region.")
        regions = {
            region for place in main.places.values() if (region := self.sides.region_of(place)) is not None
        }
        # (Nor the city of a district it told: "Армія рф вдарила КАБом по Салтівському району. 30 жовтня армія рф
        # обстріляла Харків.")
        around = {e.key for place in main.places.values() for e in self.sides.lies_in(place)}
        # (Nor the town a district it told is named after, struck by the same weapons: "скинула на місто Куп'янськ 10
        # авіабомб ФАБ-250" under "ФАБів, які РФ скидає на Куп'янський район"; not an Iskander on Sumy after drones
        # on the Sumy district.)
        if same_weapons:
            around |= {
                centre.key
                for place in main.places.values()
                if (centre := self.sides.raion_centre(place)) is not None
            }
        # (Nor a place in the region it told, when it told only regions and no weapon: "наслідки ударів по
        # Миколаївській області" told by "Вчора ворог атакував Очаківську та Галицинівську громади"; not a town after
        # another town, nor "Вчора ворог атакував шахедами Ізмаїл" under "Шахеди атакували Одещину", which may be the
        # night's attack the body goes on to.)
        only_regions = not main.weapons and all(
            self.sides.region_of(place) == place.key for place in main.places.values()
        )
        within = (
            {m.entity.key for m in facts.places if self.sides.region_of(m.entity) in main.places}
            if only_regions
            else set()
        )
        return not main.places or new_places <= set(main.places) | regions | around | within

    def _restates_headline(self, mention: DateMention, facts: SentenceFacts) -> bool:
        """Whether the body's first dated sentence tells the attack the headline dated a day off: the same places
        and no new one, not said on a day, and not another attack ("also", "again")."""
        main = self.main
        if (
            main is None
            or mention.kind is DateKind.REPORTED
            or abs((mention.day - main.mention.day).days) != 1
        ):
            return False
        told = {m.entity.key for m in facts.places if m.role in (Role.NAMED, Role.TARGET)}
        return bool(told) and told <= set(main.places) and _ANOTHER_ATTACK.search(facts.sentence.text) is None

    def _redate(self, incident: _Incident, mention: DateMention) -> _Incident:
        incident.mention = mention
        incident.tentative = False
        merged = self._find_other(incident)
        if merged is not None:
            _absorb(merged, incident)
            self.incidents.remove(incident)
            if self.main is incident:
                self.main = merged
            incident = merged
        self.current = incident
        return incident

    def _find_other(self, incident: _Incident) -> _Incident | None:
        return next(
            (i for i in self.incidents if i is not incident and same_time(i.mention, incident.mention)), None
        )

    # ---- finishing ----------------------------------------------------------------------------------------

    def _take_named_headlines(self, main: _Incident) -> None:
        """What a headline naming the attack tells of the body's attack at its place: its weapons, and where in
        the body's region it hit."""
        for facts in self.named_in_headline:
            named = {m.entity.key for m in facts.places if m.role in (Role.NAMED, Role.TARGET)}
            refining = self._refining(main, facts)
            if len(named) == 1 and (_tells_of(main, facts) or refining):
                # Only from a headline of one place: a digest's "Атака «шахедів» на Одесу та КАБи по Харкову" tells
                # two attacks.
                # (Read for the main incident, then for the report whole: kept once.)
                if facts not in self.headline_facts:
                    self.headline_facts.append(facts)
                self._attach(main, replace(facts, places=refining, counts=(), actors=()))

    def _updates_a_recalled_attack(self) -> None:
        """A toll update dated only by its publication ("Число погибших в Днепре возросло до 46") whose report
        recalls the attack at its place (or at none it names) in the two weeks before ("Напомним, что в субботу,
        14 января, ... ударили по жилому дому в Днепре") is the update of that attack: one incident, dated by the
        attack."""
        main = self.main
        if main is None or not main.tentative:
            return
        # (A lead that says the toll rose updates an attack it recalls only when it tells none of its own: not
        # "Russian forces dropped guided bombs on Kharkiv ... The number of injured has risen to 12".)
        updates_toll = (
            main.toll_update
            or self.headline_updates_toll
            or (self.lead_updates_toll and not self.lead_reports_attack)
        )
        # An attack the lead told as recent, undated ("Трипільську ТЕС нещодавно атакували 19 дронами"), is the one
        # the report dates later at its place ("...атакувала Трипільську ТЕС уночі 8 вересня").
        told_recently = any(
            _RECENTLY.search(facts.sentence.text)
            for index in main.sentences
            if (facts := self._read_by_index.get(index)) is not None
        )
        if told_recently:
            recap_from = min(main.sentences, default=0)
        elif updates_toll and self.recap_from is not None:
            # (Recalled under "Напомним", "As reported": not another attack the report goes on to, "3 жовтня ворожі
            # дрони атакували Полтаву, тоді поранено одну людину".)
            recap_from = self.recap_from
        else:
            return
        earlier = [
            incident
            for incident in self.incidents
            if incident is not main
            # (Not one the report tells as before it: "Раніше, 7 жовтня, дрон влучив у багатоповерхівку в Сумах".)
            and not (told_recently and incident.from_background)
            and min(incident.sentences, default=-1) >= recap_from
            and incident.mention.end < main.mention.start
            and (main.mention.start - incident.mention.end).days <= TOLL_REDATE_DAYS
        ]
        # At its place, else at no place it names ("Нагадаємо, 25 травня росіяни завдали ударів двома КАБами по
        # Епіцентру").
        recalled = [i for i in earlier if set(i.places) & set(main.places)] or [
            i for i in earlier if not i.places and not told_recently
        ]
        if len(recalled) != 1:
            return
        attack = recalled[0]
        _absorb(attack, main)
        self.incidents.remove(main)
        self.main = self.current = attack

    def finish(self) -> tuple[IncidentDraft, ...]:
        self._updates_a_recalled_attack()
        if self.main is not None:
            self._take_named_headlines(self.main)
        drafts = self._drafts()
        frame = self.lead_frame or self.lead_report or self._late_frame()
        if (
            not drafts
            and frame is not None
            and not self._past_news(frame, [f for f in self.read_facts if frame in f.dates])
            and not self._recalled_under_other_news(frame)
        ):
            whole = self._whole_report(frame)
            if frame is self.lead_report and self.lead_updates_toll:
                dated = self._toll_attack_dated(frame, whole)
                if dated is not None:
                    whole = self._whole_report(dated)
            self._take_named_headlines(whole)
            if not whole.anchored and frame is self.lead_frame:
                # A dated attack told in the lead with no place nearer than a country (a drone down in Poland)
                # is an attack on that country.
                for entity, index in whole.countries.values():
                    whole.add_entity(whole.places, entity, index)
            # A lead that tells an attack and names no place is a report of an attack across the country ("a
            # massive missile attack on Thursday"), unless it names weapons: then it is a weapon talked about
            # (a factory, a test, a supply), as `anchored` says of weapons named alone.
            # (Not a dateline: a report no sentence anchors is as often about weapons made or sold there.)
            _stand_in_places(whole, datelines=False)
            # (Nor an attack a speaker mentions, undated and named by no place or weapon, under news of something else:
            # "Писториус упомянул о последнем массированном обстреле Украины, во время которого Россия
            # использовала более 580 дронов".)
            told = self.headline_tells_attack or frame is self.lead_frame or whole.weapons or whole.places
            if (
                told
                and not self._by_a_third_country(whole)
                and (whole.anchored or (frame is self.lead_frame and not whole.weapons))
            ):
                drafts = [_draft(whole)]
        if self.commemorative:
            # A piece that remembers an attack on its anniversary reports none: the attack is history, told by the
            # reports of its day (and a day near the publication is a year-less date read in the wrong year).
            return ()
        if self.rebuilding:
            # "У Миколаєві завершили відновлення будинку, зруйнованого ракетним ударом": the attack it tells with no
            # day of its own is the one whose damage is being repaired (not one the report dates, "Crews are
            # restoring homes in Kyiv. Russian drones attacked the city overnight", nor one it tells as news: "A
            # Russian missile struck a residential area of Kharkiv, injuring 12 people").
            drafts = [d for d in drafts if d.date_phrase != PUBLICATION_DAY_PHRASE or self._told_afresh(d)]
        if (self.repairing or self.rebuilding) and self.published is not None:
            # "На Харківщині відновили електропостачання після авіаудару РФ по Золочеву ... знеструмлені 25 лютого
            # внаслідок ворожого обстрілу", filed on 17 March: the attack is the repair's cause, reported then.
            drafts = [d for d in drafts if (self.published - d.end).days < WEEK_OLD_DAYS]
        if self.prosecutes and self.published is not None:
            # A report whose headline or first sentence tells a case brought over an attack (a suspicion, a charge, a
            # verdict) tells that attack as the case's subject, reported when it happened: one long past, one it never
            # dates, and one dated by the case ("A Ukrainian court sentenced a Russian pilot ... this Saturday") are no
            # news (a fresh attack told beside the case is).
            drafts = [d for d in drafts if not self._the_cases(d, self.published)]
        elif (
            self.published is not None
            and not any((self.published - d.end).days < CASE_PAST_DAYS for d in drafts)
            and any(prosecutes(f.sentence.text) for f in self.read_facts)
        ):
            # A case told further down a report of no fresh attack ("Повідомляється, що 19 серпня 2023 року ...
            # здійснили ракетний удар ... слідчі СБУ повідомили про підозру") is the subject of the attack long past
            # that the report retells (not of a round-up's week-old attacks beside a case of another).
            drafts = []
        main = self.main
        if (
            main is not None
            and self.published is not None
            # (Dated by the text, not by publication alone, nor a period's tally: a feature's headline is no attack
            # of the day, nor is a week's tally told on a day.)
            and not main.tentative
            and not any(
                names_period(facts.sentence.text)
                for index in main.sentences[:1]
                if (facts := self._read_by_index.get(index)) is not None
            )
            and main.mention.phrase != PUBLICATION_DAY_PHRASE
            and (self.published - main.mention.end).days <= REDATE_DAYS
            and any(d.day == main.mention.day for d in drafts)
        ):
            # News of a fresh attack is of one week: an attack a week or more before it is one the report recalls
            # ("Що відомо: - 22 жовтня ... завдали удари по об'єктах критичної інфраструктури" under the 15 November
            # strike), where a month's review or a feature tells each attack of its time.
            drafts = [d for d in drafts if (main.mention.start - d.end).days < WEEK_OLD_DAYS]
        if self.published is not None and self.published >= FULL_SCALE_INVASION:
            # What a report of this war tells from before it ("the most notorious incident, the explosion of a
            # prototype on 8 August 2019") is history, in a piece about something else.
            drafts = [
                d
                for d in drafts
                if d.day > FULL_SCALE_INVASION
                or (d.day == FULL_SCALE_INVASION and (self.published - d.day).days <= INVASION_NEWS_DAYS)
            ]
        return tuple(drafts)

    def _the_cases(self, draft: IncidentDraft, published: date) -> bool:
        return (
            (published - draft.end).days >= CASE_PAST_DAYS
            or draft.date_phrase == PUBLICATION_DAY_PHRASE
            or any(
                draft.date_phrase in clause and prosecutes(clause)
                for index in draft.sentence_indexes
                if (facts := self._read_by_index.get(index)) is not None
                for clause in re.split(r"[,;:]", facts.sentence.text)
            )
        )

    def _recalled_under_other_news(self, frame: DateMention) -> bool:
        """An attack days before publication that no sentence anchors, under a headline that tells none, is what the
        news of something else recalls ("Ukraine could soon deploy 1,000 interceptor drones per day ... Mass attacks
        continued into the fall, with a record 810 drones launched overnight on Sept. 7")."""
        return (
            not (self.headline_tells_attack or self.headline_updates_toll)
            and self.published is not None
            and (self.published - frame.end).days >= (EXAMPLE_DAYS if self.headline_read else WEEK_OLD_DAYS)
            # (Not the attack the first sentence tells: "Death toll rises to 14" over "Russia launched a massive
            # missile attack on Ukraine on Thursday, Oct. 10, killing 14 people".)
            and not any(frame in facts.dates for facts in self.read_facts[:1])
        )

    def _past_news(self, attack: DateMention, told_in: list[SentenceFacts]) -> bool:
        """ "Лукашенко заявив, що «Орєшнік» заступає на бойове чергування ... Ракету «Орєшнік» російські військові
        вперше застосували 21 листопада 2024 року": under a headline telling no attack, a weapon's first use over a
        month before is what the news recalls of it. (A review of a month, or an anniversary, tells its attacks.)"""
        return (
            self.published is not None
            and not self.headline_tells_attack
            and (self.published - attack.end).days >= LONG_PAST_DAYS
            and any(tells_first_use(f.sentence.text) for f in told_in)
        )

    def _toll_attack_dated(self, frame: DateMention, whole: _Incident) -> DateMention | None:
        """The day a toll update's report dates the attack at its places, in the two weeks before, wherever it does
        ("Background: On the evening of 25 October, Russian troops launched a missile attack on Dnipro")."""
        dated = [
            (facts, own)
            for facts in self.read_facts
            if (own := incident_date(facts.dates)) is not None
            and 0 < (frame.day - own.day).days <= TOLL_REDATE_DAYS
            and reports_event(facts.sentence.text)
            and any(m.entity.key in whole.places for m in facts.places if m.role in (Role.NAMED, Role.TARGET))
        ]
        # One day only: a report that dates several attacks there ("On 5 October ..., and on 9 October ...") does not
        # say which one its toll is of, nor one it tells as another ("Dnipro was also attacked on 6 October").
        if len({own.day for _, own in dated}) != 1 or any(
            _ANOTHER_ATTACK.search(f.sentence.text) for f, _ in dated
        ):
            return None
        return dated[0][1]

    def _late_frame(self) -> DateMention | None:
        """The day a report whose headline tells an attack gives only past its opening, in a sentence that dates
        what happened and anchors nothing ("Romanian president condemned the Russian attack on the Danube ports of
        Izmail and Reni ... The explosions occurred in the early morning hours of Monday, July 24"), when it is the
        day of publication or the day before."""
        frame = self.framing
        if (
            frame is None
            or not self.headline_tells_attack
            or self.published is None
            or not 0 <= (self.published - frame.end).days <= 1
        ):
            return None
        return frame

    def _whole_report(self, frame: DateMention) -> _Incident:
        """The one incident of a report whose opening tells a dated attack that no single sentence anchors: what
        it names in the sentences that tell of an attack on that day (or give no day) is that attack's."""
        incident = _Incident(frame)
        for facts in self.read_facts:
            own = incident_date(facts.dates)
            if (
                facts.is_background
                or (own is not None and not same_time(own, frame))
                or _told_later(facts, frame)
            ):
                continue
            day_told = _without_a_periods_aside(facts)
            if day_told is None:
                continue
            if own is not None and facts.has_incident_cue:
                incident.note(facts.sentence.index)
            # (Not what a day before or after was: "...approved on Monday, a day after Russia attacked Kyiv".)
            self._attach(incident, _split_days_apart(day_told)[0])
        return incident

    @staticmethod
    def _shows_an_exhibition(facts: SentenceFacts) -> bool:
        """An exhibition opened, in a sentence that tells no attack ("A Russian drone hit a cultural centre during
        the opening of a photo exhibition" is news)."""
        text = facts.sentence.text
        untitled = without_titles(text)
        return (
            not has_incident_cue(untitled) and not BLASTS.search(untitled) and shows_an_exhibition(untitled)
        )

    def _places_on_its_side(self, incident: _Incident) -> None:
        """An attack on the attackers' side (every place it hit in Russia, Belarus or Crimea) was also where the
        report names places of that side with no verb: "...ударе FPV-дрона по автомобилю в районе села Борки" with
        "Инцидент произошел вблизи поселка Хомутовка"."""
        if not incident.places or not all(
            self.sides.in_attackers_country(p) for p in incident.places.values()
        ):
            return
        # (In the regions it hit: not the airports shut across the country, "в аеропорту Саратова, а також
        # Волгограда, Пензи, Сочі".)
        regions = self._regions(incident)
        for entity, index in incident.sided.values():
            if self.sides.region_of(entity) in regions:
                incident.add_entity(incident.places, entity, index)

    def _regions(self, incident: _Incident) -> set[str]:
        return {
            region
            for place in incident.places.values()
            if (region := self.sides.region_of(place)) is not None
        }

    def _drafts(self) -> list[IncidentDraft]:
        pieces: list[_Incident] = []
        for incident in self.incidents:
            if self._aside(incident):
                continue
            self._places_on_its_side(incident)
            if incident is self.main:
                _stand_in_places(incident)
            for part in (r for side in self._by_side(incident) for r in self._by_region(side)):
                pieces.extend(self._ukraines_strike_apart(part))
        kept = [p for p in pieces if p.anchored and p.sentences and not self._by_a_third_country(p)]
        for piece in pieces:
            if piece not in kept and piece.weapons and piece.sentences:
                self._weapons_onto_their_day(piece, kept)
        for piece in kept:
            self._with_what_places_lie_in(piece)
        return [_draft(piece) for piece in kept]

    def _weapons_onto_their_day(self, piece: _Incident, kept: list[_Incident]) -> None:
        """A weapon told striking, where the sentence names no place, is the one attack's of that day the report
        places: "За добу в Чернігівській області двоє людей загинули ... Вночі російський «Шахед» ударив по
        будинку" (the night of that day). Not when the report places two that day, nor a weapon only Ukraine
        fires onto an attack on Ukraine."""
        told = self._sentences_of(piece)
        if told is None or any(tells_another_time(facts.sentence.text) for facts in told):
            return  # ("Минулого року вночі «Кинджал» ударив по ТЕЦ", "In 2022, an Iskander struck a house at night")
        same_day = [k for k in kept if k.mention.start <= piece.mention.day <= k.mention.end]
        if len(same_day) != 1:
            return
        (incident,) = same_day
        on_russia = bool(incident.places) and all(
            self.sides.in_attackers_country(place) for place in incident.places.values()
        )
        for key, weapon in piece.weapons.items():
            if self.sides.ukraines_weapon(weapon) == on_russia:
                incident.add_entity(incident.weapons, weapon, piece.evidence.get(key, min(piece.sentences)))

    def _by_a_third_country(self, incident: _Incident) -> bool:
        """Launches told with nothing named but counts, by a state that is neither side of this war: "КНДР запустила
        дві балістичні ракети у бік Японського моря" is North Korea's test, not an attack."""
        if incident.places or incident.origins or incident.weapons:
            return False
        states = {
            m.entity.key
            for facts in self.read_facts
            if facts.sentence.index in incident.sentences
            for m in facts.actors
            if m.entity.category == "state"
        }
        return bool(states) and not states & _WAR_SIDES

    def _with_what_places_lie_in(self, incident: _Incident) -> None:
        """A strike on a district of a city is a strike on the city, and one on a town of an oblast the report
        says was hit a strike there: "a drone hit the Obolonskyi district" places it in Kyiv too, "a drone hit a
        house in Zaporizhzhia ... the Zaporizhzhia region was attacked overnight" in Zaporizhzhia Oblast, as every
        reader takes it; the incident lists them after the places named. The sentence naming the place is theirs as
        evidence."""
        wholes: dict[str, Entity] = {}
        for key, place in incident.places.items():
            for whole in self.sides.lies_in(place):
                if whole.key not in incident.places:
                    wholes.setdefault(whole.key, whole)
                    incident.evidence.setdefault(
                        whole.key, incident.evidence.get(key, min(incident.sentences))
                    )
        incident.places.update(wholes)

    def _aside(self, incident: _Incident) -> bool:
        """An earlier attack told in one sentence past the opening of a report on a later one, naming no weapon ("A
        mass attack against Lviv on Sept. 4 killed seven people", "Нагадаємо, 9 жовтня росіяни обстріляли
        балістикою...") is its background, as a careful reader takes it, not an incident the report tells. One that
        names its weapon ("a KN-23 hit Kyiv on 24 April") tells more than background, and is kept. What a report
        that told no attack recalls past its opening ("As reported earlier, ...") is background too."""
        main = self.main
        first = min(incident.sentences, default=-1)
        if self.recalled_before_any is not None and first >= self.recalled_before_any:
            return True
        if (
            incident is main
            and self.published is not None
            and not self.opening.intersection(incident.sentences)
            and (self.published - incident.mention.end).days >= EXAMPLE_DAYS
        ):
            # "Cities in the east are also subject to attack by Iskander systems. Russian forces launched two
            # Iskander missiles at Kramatorsk on June 27.": an attack days old, first told past the opening of a
            # report that told none, is an example for its argument, not its news.
            return True
        if (
            (incident is main or main is None or main.tentative)
            # (Not one of the attacks a feature goes through: "North Korean missiles hit Kharkiv on 2 January ...".)
            and sum(not i.tentative for i in self.incidents) == 1
            and self.published is not None
            and not (self.headline_tells_attack or self.headline_updates_toll or self.lead_updates_toll)
            and (self.published - incident.mention.end).days >= WEEK_OLD_DAYS
            # (Not the attack the report's lead dates, whatever it opens with: "The funeral of the victims took
            # place in Kharkiv on Monday. A Russian guided bomb hit ... Kharkiv on October 4, killing six.")
            and not any(
                same_time(d, incident.mention)
                for facts in self.read_facts[:LEAD_SENTENCES]
                for d in facts.dates
            )
        ):
            # "Russia continues to produce cruise missiles, despite the sanctions ... its experts were in Kyiv on
            # November 23, when Russia launched about 70 cruise missiles": an attack a week or more old, in a
            # report whose headline or first sentence tells none, is what its news of something else recalls.
            return True
        if incident is main and self._past_news(
            incident.mention, [self._read_by_index[i] for i in incident.sentences if i in self._read_by_index]
        ):
            return True
        started = self._read_by_index.get(first)
        if main is None and incident.from_background and started is not None:
            text = started.sentence.text
            if gives_an_example(text) and not self.headline_tells_attack:
                # A dated example of what has happened more than once, in a report that tells no attack of its own
                # ("Ці пристрої вже не раз застосовувалися для атаки на Україну, зокрема 17 жовтня ...", under news
                # of sanctions).
                return True
            if last_of_a_series(text) and not (self.lead_updates_toll or self.headline_updates_toll):
                # The latest of a series of attacks told in general ("Власти Севастополя часто сообщают об атаках
                # беспилотников. Последняя из них произошла 27 октября"): the series' history, not the news.
                return True
        if (
            main is not None
            and incident is not main
            and incident.from_background
            and not incident.weapons
            and self.recap_from is not None
            and first >= self.recap_from
        ):
            # "Нагадаємо, минулої доби окупанти завдали 580 ударів по Запорізькій області": what the outlet reported
            # before, recalled under the report's own attack, whatever day it was (one that names its weapon tells
            # more, as below).
            return True
        if main is None or incident is main or not incident.mention.end < main.mention.start:
            return False
        if self.recap_from is not None and first >= self.recap_from:
            return True  # recalled after the report turned to what came before
        if (
            first > min(main.sentences, default=first)
            and not main.tentative
            and main.mention.phrase != PUBLICATION_DAY_PHRASE
            and (main.mention.start - incident.mention.end).days >= LONG_PAST_DAYS
            and self._regions(incident) & self._regions(main)
        ):
            # An attack on the same region a month or more before the news, told after it, is what the report
            # recalls of the place ("Утром 28 апреля российская ракета попала в многоэтажку в Умани ... ракетой
            # Х-101", in a report on June's strike on the Uman district), whatever it names. (Not the attacks a
            # feature goes through under news it dates by its publication.)
            return True
        if (
            first not in self.opening
            and first in self._read_by_index
            and is_bulleted(self._read_by_index[first].sentence.text)
        ):
            # "- Вночі 8 липня ворог також атакував Балаклію ...": an earlier attack opening a bulleted line past the
            # opening is one of the links to earlier news a page lists under its report.
            return True
        if (
            self.generalised_from is not None
            and first > self.generalised_from
            and (not incident.weapons or (main.mention.start - incident.mention.end).days >= LONG_PAST_DAYS)
        ):
            # "Explosions and massive fires regularly occur on the territory of the Russian Federation. ... On
            # December 16, Russian occupiers complained about a supposed drone attack on ... Crimea": examples of how
            # it goes, after the report turned to it (with their weapons, when they are long past: "It is not the
            # first time that missiles endanger the security of Taganrog. On March 1, 2022, a Ukrainian Tochka-U ...").
            return True
        return (
            len(incident.sentences) == 1
            and not incident.weapons
            and (
                not self.opening.intersection(incident.sentences)
                or (self.generalised_from is not None and first > self.generalised_from)
                # "Окупанти раніше атакували Житомирщину у ніч на 9 червня": told as earlier, in the opening too.
                or (
                    first in self._read_by_index
                    and _EARLIER.search(self._read_by_index[first].sentence.text) is not None
                )
            )
        )

    @cached_property
    def _read_by_index(self) -> dict[int, SentenceFacts]:
        """The sentences read, the headline's among them, by index: asked for only once reading is done (in
        `finish`)."""
        return {facts.sentence.index: facts for facts in (*self.headline_facts, *self.read_facts)}

    def _sentences_of(self, incident: _Incident) -> list[SentenceFacts] | None:
        """The sentences an incident rests on, in order; None when one of them was not read (too little to tell two
        attacks apart)."""
        read = self._read_by_index
        told = [read.get(index) for index in sorted({*incident.sentences, *incident.evidence.values()})]
        return None if None in told else [facts for facts in told if facts is not None]

    def _by_side(self, incident: _Incident) -> list[_Incident]:
        """Drones on Moscow and missiles on Kyiv the same night are two attacks: an incident whose targets lie on
        both sides of the front becomes one per side, each with what the sentences naming its targets name.
        Sentences that name no target stay with the attack on Ukraine, unless the weapons they name are only
        Ukraine's ("Ukraine fired Vampire rockets at Russia") and Ukraine is not told striking a place on this side
        of the front ("Ukraine attacked occupied Melitopol ... Balitsky also said that HIMARS missiles were used",
        with blasts in Crimea)."""
        sides = {key: self.sides.in_attackers_country(place) for key, place in incident.places.items()}
        if len(set(sides.values())) < 2:
            return [incident]
        told = self._sentences_of(incident)
        if told is None:
            return [incident]
        struck_this_side = any(
            _UKRAINE_STRUCK.search(facts.sentence.text)
            and _HELD_BY_RUSSIA.search(facts.sentence.text)
            and any(
                m.role in (Role.NAMED, Role.TARGET) and sides.get(m.entity.key) is False for m in facts.places
            )
            for facts in told
        )
        parts = {False: _Incident(incident.mention), True: _Incident(incident.mention)}
        last_named: set[bool] = set()
        for facts in told:
            named = {sides[m.entity.key] for m in facts.places if m.entity.key in sides}
            attacking = [
                m.entity
                for m in facts.weapons
                if m.attacking and m.entity.category not in _DEFENDING_CATEGORIES
            ]
            ukraines_only = bool(attacking) and all(self.sides.ukraines_weapon(w) for w in attacking)
            # (Not after a sentence on the other side: "Explosions also rocked Belgorod ... Gladkov said the city was
            # hit by Vampire rockets".)
            on_russias = ukraines_only and not (struck_this_side and last_named == {False})
            for side in named or {on_russias}:
                self._attach(parts[side], facts)
            last_named = named or last_named
        for side, part in parts.items():
            for key in [key for key, place in part.places.items() if sides.get(key, side) is not side]:
                del part.places[key]
        return [part for part in parts.values() if part.places]

    def _by_region(self, incident: _Incident) -> list[_Incident]:
        """A round-up that tells, sentence by sentence, Kalibr missiles on Odesa and Shahed drones on the
        Dnipropetrovsk region the same night tells two attacks: an incident whose sentences each name places of one
        region becomes one per region when the regions have weapons of their own (in at least two, none shared) or
        each region after the first opens a paragraph of its own with its own date and attack. Sentences that name
        no place stay with the region told last (the lead's, with the first). A list of regions in one sentence is
        one attack across them, and so is a night whose regions share their weapons, told as one."""
        regions = {key: self.sides.region_of(place) for key, place in incident.places.items()}
        if len({r for r in regions.values() if r is not None}) < 2:
            return [incident]
        told = self._sentences_of(incident)
        if told is None:
            return [incident]
        groups: dict[str, list[SentenceFacts]] = {}
        lead: list[SentenceFacts] = []  # before any region is named: the first region's
        listed: list[SentenceFacts] = []  # a lead that lists the regions: each region's, for its own places
        current: str | None = None
        for facts in told:
            named = {
                region
                for m in facts.places
                if m.role in (Role.NAMED, Role.TARGET) and (region := regions.get(m.entity.key)) is not None
            }
            if len(named) > 1:
                if groups:
                    return [incident]
                listed.append(facts)
                continue
            if named:
                current = next(iter(named))
                if not groups:
                    groups[current] = lead
                groups.setdefault(current, []).append(facts)
            elif current is None:
                lead.append(facts)
            else:
                groups[current].append(facts)
        if len(groups) < 2:
            return [incident]
        parts: list[_Incident] = []
        for region, told_of in groups.items():
            part = _Incident(incident.mention)
            # The lead's figures are the whole round-up's ("killed one person and wounded another 19"): they go
            # with the first region only, as they would with the whole.
            lead_for_part = listed if not parts else [replace(f, counts=()) for f in listed]
            for facts in sorted((*lead_for_part, *told_of), key=lambda f: f.sentence.index):
                self._attach(part, facts)
            # A region the lead lists and no sentence tells apart stays with the first.
            own = {region} if parts else {region, *(r for r in regions.values() if r not in groups)}
            for key in [key for key in part.places if regions.get(key) not in (*own, None)]:
                del part.places[key]
            parts.append(part)
        armed = [set(part.weapons) for part in parts if part.weapons]
        # (Not a night told as one attack on the whole country first: "Russia launched a country-wide drone attack
        # against Ukraine overnight ... Russia also used S-300 missiles to attack the Zaporizhzhia region".)
        on_the_country = any(
            m.entity.category == "country" and m.role is Role.TARGET for f in told[:1] for m in f.places
        ) and not any(f.dates for told_of in list(groups.values())[1:] for f in told_of[:1])
        # (A region whose telling gives its own time is told apart: "On Monday afternoon, a guided bomb hit Kharkiv".)
        apart_by_weapons = (
            not on_the_country
            and len(armed) >= 2
            and not any(a & b for i, a in enumerate(armed) for b in armed[i + 1 :])
        )
        # "...Інформація щодо постраждалих уточнюється. ¶ Цієї ночі російські окупанти атакували Запоріжжя.": a
        # region whose telling opens a paragraph with its own date and an attack is told as an event of its own.
        apart_by_telling = all(
            self._opens_its_own_telling(told_of[0]) for told_of in list(groups.values())[1:]
        )
        # "In the eastern Donetsk Oblast, one person was killed ... ¶ In Kharkiv Oblast, Russian strikes ...": a
        # round-up of a day's attacks ("Russia's recent attacks against ... oblasts") that gives each region
        # paragraphs of its own, naming no weapon, tells each region's day as an event of its own (not a night's
        # drones on Kyiv, with a paragraph on the debris that fell in Brovary).
        paragraphs = [{f.sentence.paragraph for f in told_of} for told_of in groups.values()]
        apart_by_paragraphs = (
            not armed
            and any(tells_a_round_up(f.sentence.text) for f in told)
            and not any(a & b for i, a in enumerate(paragraphs) for b in paragraphs[i + 1 :])
            # (Not the items of one list: "Под ударом оказались: - Безруки; - Золочев.")
            and not any(is_bulleted(f.sentence.text) for told_of in groups.values() for f in told_of)
        )
        if not (apart_by_weapons or apart_by_telling or apart_by_paragraphs):
            return [incident]
        return [part for part in parts if part.places]

    def _opens_its_own_telling(self, facts: SentenceFacts) -> bool:
        """Whether a sentence opens a paragraph by telling an attack with its own date."""
        before = self._read_by_index.get(facts.sentence.index - 1)
        return (
            before is not None
            and before.sentence.paragraph != facts.sentence.paragraph
            and any(d.kind is not DateKind.REPORTED for d in facts.dates)
            and reports_event(facts.sentence.text)
        )

    def _ukraines_strike_apart(self, incident: _Incident) -> list[_Incident]:
        """Kinzhals on Kyiv and, the same night, Russia's claim to have shot down seven Storm Shadows are two
        attacks: a weapon only Ukraine fires, named only in sentences that name no place, is an attack of its own
        beside one with weapons of its own whose places all lie in Ukraine."""
        ukraines = {key for key, weapon in incident.weapons.items() if self.sides.ukraines_weapon(weapon)}
        if not ukraines or any(self.sides.in_attackers_country(p) for p in incident.places.values()):
            return [incident]
        told = self._sentences_of(incident)
        if told is None:
            return [incident]
        rest, apart = _Incident(incident.mention), _Incident(incident.mention)
        for facts in told:
            names_place = bool(_places_named(facts))
            names_ukraines = any(m.entity.key in ukraines for m in facts.weapons)
            self._attach(apart if names_ukraines and not names_place else rest, facts)
        if not apart.weapons or ukraines & set(rest.weapons):
            return [incident]
        if set(rest.weapons) <= set(apart.weapons) and not (
            _told_struck(_RUSSIA_STRUCK, told, rest) and _told_struck(_UKRAINE_STRUCK, told, apart)
        ):
            # Not two attacks unless the strike on Ukraine has weapons of its own, or each is told as its side's
            # ("Russia has launched over 40 missiles ... Ukraine claimed on Tuesday to have carried out the most
            # massive attack ... using six ATACMS"): a strike on an occupied town and Russia's claim to have downed
            # ATACMS that night are one, as are strikes on occupied airfields and "Ukraine fired ATACMS".
            return [incident]
        for key in [key for key in apart.weapons if key not in ukraines]:
            rest.add_entity(rest.weapons, apart.weapons.pop(key), apart.evidence[key])
        return [rest, apart]


# A side told as the one that struck: "Russia has launched over 40 missiles", "Ukraine claimed to have carried out
# the most massive attack", "ЗСУ завдали удару", "россияне выпустили"; not one side saying the other struck ("Russia
# said Ukraine had attacked", "Россия заявила, что ВСУ ударили").
_STRIKE_VERB = r"\b(?:attacked|struck|fired|launched|hit|targeted|carried\s+out|conducted)\b"
_STRIKE_VERB_CYRILLIC = (
    r"(?<!\w)(?:атакува|атакова|завда\w*\s+(?:\w+\s+){0,2}?удар|нанес\w*\s+(?:\w+\s+){0,2}?удар|удари|вдари|"
    r"запусти|выпусти|випусти)\w*"
)
_UKRAINE_NAMED = r"Ukrain|Kyiv|Kiev|Україн|Украин|ЗСУ|ВСУ|Київ|Киев"
_RUSSIA_NAMED = r"Russia|Moscow|Kremlin|Росі|Росс|РФ|Москв|Кремл"


# A sentence that opens on the aftermath of the attack just told: "As a result of the attack, ...", "Внаслідок
# атаки ...", "В результате удара ...".
_AFTERMATH_OPENING = Rule(
    r"^(?:as\s+a\s+result\s+of\s+(?:the|this|that)\s+(?:attack|strike|shelling)|after\s+(?:the|this)\s+attack)\b",
    r"^(?:внаслідок|в\s+результаті|у\s+результаті|в\s+результате)\s+(?:ц(?:ієї|ього)\s+|этой\s+|этого\s+)?"
    r"(?:атаки|удару|обстрілу|удара|обстрела)(?!\w)",
)
# Attacks tallied, ten or more: "Kyiv endured 52 air strikes", "attacked the capital 52 times", "зазнав 52 ударів"
# (not "5 ударними БпЛА", strike drones, nor "2 удари по місту", a day's).
_COUNTS_ATTACKS = Rule(
    r"\b(?:\d{2,}|\d{1,3}(?:,\d{3})+)\s+(?:[\w-]+\s+){0,3}?(?:attacks|strikes|raids|bombardments|times)\b",
    r"(?<![\w,.])\d{2,}\s+(?:[\w'’ʼ-]+\s+){0,3}?(?:атак[иу]?|удар(?:и|ів|у|а|ов|ам|ами)?|обстріл(?:и|ів)?|"
    r"обстрел(?:ы|ов|а)?|нальот(?:и|ів)|налет(?:ы|ов|а)|рази|раз)(?!\w)",
)
# A place told as held by Russia, on Ukraine's side of the front in the gazetteer: "occupied Melitopol".
_HELD_BY_RUSSIA = Rule(
    r"\b(?:(?:Russian?|Moscow)-(?:occupied|controlled|held)|occupied)\b",
    r"(?<!\w)(?:окупован|оккупирован|тимчасово\s+окупован|временно\s+оккупирован)\w*",
)


def _gap_without(other: str) -> str:
    return rf"(?:(?!{other})[^.;]){{0,80}}?"


_RUSSIA_STRUCK = Rule(
    rf"\b(?:Russia|Moscow|Russian\s+(?:forces|troops|military|army|armed\s+forces)){_gap_without(_UKRAINE_NAMED)}"
    rf"{_STRIKE_VERB}",
    rf"(?<!\w)(?:Росія|Россия|РФ|росіяни|россияне|окупанти|оккупанты|ворог|враг|противник)"
    rf"{_gap_without(_UKRAINE_NAMED)}{_STRIKE_VERB_CYRILLIC}",
)
_UKRAINE_STRUCK = Rule(
    rf"\b(?:Ukraine|Kyiv|Ukrainian\s+(?:forces|troops|military|army|armed\s+forces)){_gap_without(_RUSSIA_NAMED)}"
    rf"{_STRIKE_VERB}",
    rf"(?<!\w)(?:Україна|Украина|ЗСУ|ВСУ|Сили\s+оборони|Силы\s+обороны|українські\s+військові|украинские\s+военные)"
    rf"{_gap_without(_RUSSIA_NAMED)}{_STRIKE_VERB_CYRILLIC}",
)


# A headline of an attack's anniversary: "Сегодня – годовщина теракта в Учкуевке" (not one honouring the dead of the
# attack it reports: "Zelensky honoured the victims of the Kramatorsk strike").
_ANNIVERSARY = Rule(r"\banniversary\b", r"(?<!\w)(?:роковин|річниц|годовщин)\w*")


def _told_struck(side: Rule, told: list[SentenceFacts], incident: _Incident) -> bool:
    """Whether a sentence of an incident tells this side as the one that struck."""
    return any(
        side.search(facts.sentence.text) for facts in told if facts.sentence.index in incident.sentences
    )


# What shoots down rather than strikes: a sentence naming Patriot or NASAMS tells Ukraine's defence, not its strike.
_DEFENDING_CATEGORIES = frozenset({"air defence system"})


def build_incidents(
    sentences: tuple[SentenceFacts, ...],
    published: date | None,
    title_sentences: int = 0,
    sides: Sides = Sides(),
) -> tuple[IncidentDraft, ...]:
    """`title_sentences`: how many of the first sentences are the headline, read last and only for the main
    incident (a headline sums up the report; it does not start one). `sides`: which side of the front places and
    weapons are on (strikes on Russia and strikes on Ukraine the same night are two attacks)."""
    reader = _Reader(published, sides)
    for facts in sentences[:title_sentences]:
        reader.read_headline(facts)
    for facts in sentences[title_sentences:]:
        reader.read(facts)
    return reader.finish()


# More weapons than those told: another attack ("more Iranian-made drones fell on the city", "ще кілька дронів").
_MORE_WEAPONS = Rule(
    # (Not a count's "two more HIMARS rockets had been shot down", of the same attack.)
    r"(?<!\d\s)(?<!one\s)(?<!two\s)(?<!three\s)(?<!four\s)(?<!five\s)(?<!six\s)(?<!seven\s)(?<!eight\s)(?<!nine\s)"
    r"(?<!ten\s)(?<!dozen\s)(?<!several\s)\bmore\s+(?!than\b)(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|bombs|"
    r"shaheds)\b",
    # (Nor a count of them: "ще 5 дронів", "ще чотири", "ещё несколько".)
    r"(?<!\w)(?:ще|еще|ещё)\s+(?!\d|(?:кільк|декільк|нескольк|пар|один|одн|дв|три|трь|чотир|четыр|п['’ʼ]?ят|шіст|"
    r"шест|сім|сем|вісім|восем|дев|десят|дюжин)\w*)(?:\w+\s+){0,2}?"
    r"(?:дрон\w*|ракет\w*|шахед\w*|безпілотник\w*|беспилотник\w*|БпЛА)",
)
_ANOTHER_ATTACK = Rule(
    r"\b(?:also|again|another|earlier|previous(?:ly)?)\b",
    r"(?<!\w)(?:також|теж|знову|ще\s+одн\w*|также|тоже|снова|ещё\s+одн\w*|еще\s+одн\w*|раніше|ранее|попередн\w*|предыдущ\w*)(?!\w)",
)


# "also" just before a date: the same again at another time ("struck the city also on Thursday", "атакували також
# у ніч на четвер"); a bare "і"/"и" only before a date that ends the sentence ("Росіяни атакували місто і в ніч на
# четвер.", not "запустили дрони і в ніч на неділю пошкодили підстанцію", which joins what followed).
_ALSO_THEN = Rule(r"\b(?:also|too)\s+$", r"(?<!\w)(?:також|теж|также|тоже)\s+$")
_AND_THEN = re.compile(r"(?<!\w)(?:і|й|и)\s+$")  # (English says "also": "and on Thursday" joins what follows)


def _also_then(facts: SentenceFacts, mention: DateMention) -> bool:
    text, start = facts.sentence.text, facts.sentence.start
    before = text[: mention.offset - start]
    if _ALSO_THEN.search(before):
        return True
    return _AND_THEN.search(before) is not None and not text[mention.end_offset - start :].strip(" .!…")


# An attack told as an earlier one (of a sentence dated before the report's attack): the adverb on its verb, not
# "ранее сообщил губернатор" (said earlier) nor "a previously undamaged school".
_EARLIER = Rule(
    r"^\W*(?:earlier|previously)\b(?!\s+(?:today|this|tonight)\b)|\b(?:earlier|previously)\s+(?:\w+\s+){0,3}?"
    r"(?:attacked|struck|hit|shelled|targeted|bombed)\b",
    r"^\W*(?:раніше|ранее|до\s+цього|до\s+этого|прежде)(?!\w)(?!\s+(?:сьогодні|сегодня)(?!\w))|"
    r"(?<!\w)(?:раніше|ранее)\s+(?:[\w'’ʼ-]+\s+){0,3}?(?:атакува|атакова|вдари|удари|обстріля|обстреля|бил|били|бив)\w*",
)


_WAR_SIDES = frozenset({"actor:russia", "actor:ukraine"})


def _anchored(facts: SentenceFacts) -> bool:
    """Whether a sentence names what an incident needs: an attacking weapon, a place that could be hit, or a
    count of weapons."""
    if any(m.attacking for m in facts.weapons):
        return True
    if any(
        m.role in (Role.NAMED, Role.TARGET, Role.DATELINE) and is_specific_place(m.entity)
        for m in facts.places
    ):
        return True
    return any(c.measure in ("launched", "destroyed") and (c.weapons or c.noun) for c in facts.counts)


_NUMBER = re.compile(
    r"\b(?:\d+|" + "|".join(sorted(map(re.escape, ENGLISH_NUMBER_WORDS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _shares_a_number(headline: str, text: str) -> bool:
    """Whether a sentence repeats a number the headline gives ("kills four" and "killing four people")."""
    told = {m.group().lower() for m in _NUMBER.finditer(headline)}
    return any(m.group().lower() in told for m in _NUMBER.finditer(text))


def _names_any(facts: SentenceFacts) -> bool:
    """Whether a sentence names a place as hit or a weapon as used."""
    return any(m.role in (Role.NAMED, Role.TARGET) for m in facts.places) or any(
        m.attacking for m in facts.weapons
    )


def _tells_of(incident: _Incident, facts: SentenceFacts) -> bool:
    """Whether a sentence names a place the incident hit or a weapon it used."""
    return any(
        _is_a_place_of(incident, m.entity) for m in facts.places if m.role in (Role.NAMED, Role.TARGET)
    ) or any(m.entity.key in incident.weapons for m in facts.weapons if m.attacking)


def _dates_an_attack(facts: SentenceFacts, own: DateMention) -> bool:
    """Whether the sentence's date is a day's possessive before an attack noun ("after Tuesday's strike")."""
    return dates_an_attack(facts.sentence.text, own.end_offset - facts.sentence.start)


def _dates_the_attack(facts: SentenceFacts, own: DateMention) -> bool:
    """Whether the sentence's date dates the attack by its noun: "Tuesday's strike", "the strike on Saturday"."""
    return _dates_an_attack(facts, own) or the_attack_dated(
        facts.sentence.text, own.offset - facts.sentence.start
    )


_ATTACK_NOUN_BEFORE = Rule(
    r"\b(?:strikes?|attacks?|shelling|bombardment)\b[^.;]{0,60}$",
    r"(?<!\w)(?:удар\w*|атак\w*|обстріл\w*|обстрел\w*)[^.;]{0,60}$",
)


def _dates_the_attack_noun(facts: SentenceFacts, own: DateMention) -> bool:
    """Whether the sentence's date comes after the attack it dates, named as a noun ("внаслідок удару по Інституту
    зв'язку 3 вересня", "after the strike on Poltava on October 8"), and not as another attack."""
    text = facts.sentence.text
    return (
        _ATTACK_NOUN_BEFORE.search(text[: own.offset - facts.sentence.start]) is not None
        and _ANOTHER_ATTACK.search(text) is None
    )


def _names_something(facts: SentenceFacts) -> bool:
    return any(m.attacking for m in facts.weapons) or _names_target(facts)


def _trails(facts: SentenceFacts, own: DateMention) -> bool:
    """Whether a sentence's generalisation comes after the attack it dates: "The Tuesday evening attack on
    Kramatorsk wounded 56 people, in the latest bombardment, a tactic Russia has used heavily"."""
    turn = background_from(facts.sentence.text)
    return turn is not None and turn > own.end_offset - facts.sentence.start


# Weapons counted by a number before their noun, with no verb of launching: "почти 500 ударных беспилотников".
_NUMBERED_WEAPONS = Rule(
    r"\b\d+\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|UAVs|Shaheds)\b",
    r"(?<!\w)\d+\s+(?:[\w-]+\s+){0,2}?(?:ракет|беспилотник|безпілотник|дрон|шахед|БпЛА|БПЛА)\w*",
)


def _counts_weapons(facts: SentenceFacts) -> bool:
    return any(c.measure in ("launched", "destroyed") for c in facts.counts)


def _names_target(facts: SentenceFacts) -> bool:
    """An attack told without a date must say where it hit: weapons named alone are as often production, supply
    or sanctions."""
    return any(m.role in (Role.NAMED, Role.TARGET) and is_specific_place(m.entity) for m in facts.places)


# Told as lately, with no day: "нещодавно атакували", "недавно", "recently".
_RECENTLY = Rule(r"\b(?:recently|lately)\b", r"(?<!\w)(?:нещодавно|недавно)(?!\w)")


def _absorb(target: _Incident, other: _Incident) -> None:
    for name in ("weapons", "places", "origins", "datelines", "actors"):
        into: dict[str, Entity] = getattr(target, name)
        for key, entity in getattr(other, name).items():
            into.setdefault(key, entity)
    for key, index in other.evidence.items():
        target.evidence.setdefault(key, index)
    target.sentences = sorted({*target.sentences, *other.sentences})
    target.counts.extend(other.counts)
    target.all_destroyed.extend(other.all_destroyed)


def _stand_in_places(incident: _Incident, *, datelines: bool = True) -> None:
    """Where an attack that names no place was: the one place the report says sirens sounded (an attack it names
    no weapon of: "В Одесі пролунав сигнал повітряної тривоги. ... прогримів вибух"; not a launch the alert
    warned of, nor a nationwide alert), else where its weapons flew ("в направлении Львова летели два
    «Кинжала». Силы ПВО их обезвредили"), else (with `datelines`) where the reporter filed."""
    if incident.places:
        return
    alerted = incident.alerted if len(incident.alerted) == 1 and not incident.weapons else {}
    # (Not where weapons flew when they came down in a country it names: "летів у напрямку Ізмаїла, але впав на
    # території Румунії".)
    headed = {} if incident.countries else incident.headed
    for key, entity in (alerted or headed or (incident.datelines if datelines else {})).items():
        incident.add_entity(incident.places, entity, incident.evidence[key])


_SEVERAL_DAYS = Rule(
    r"\b(?:past|last|previous)\s+(?:few|several|couple\s+of|two|three|four|five|six|seven|\d+)\s+(?:days|hours)\b",
    r"(?<!\w)(?:(?:останні|последние|минулі|прошедшие)\s+(?:кілька|декілька|несколько|пару|два|дві|три|чотири|четыре|"
    r"\d+)\s+(?:дні|днів|дня|дней|діб|суток)|(?:протягом|упродовж|за|в\s+течение)\s+(?:минулого\s+|прошлой\s+|"
    r"останнього\s+|последней\s+)?(?:тижня|тиждень|недели|неделю|місяця|месяца))(?!\w)",
)


def _is_a_place_of(incident: _Incident, place: Entity) -> bool:
    """Whether a place is one of the attack's, or a town's hromada where the other is ("Краматорську громаду" of an
    attack on Kramatorsk)."""
    return (
        place.key in incident.places
        or hromada_key(place.key) in incident.places
        or any(place.key == hromada_key(key) for key in incident.places)
    )


def _earlier_word_on(incident: _Incident, facts: SentenceFacts) -> bool:
    """Whether an undated "earlier, <someone> reported that ..." is an earlier word on this attack rather than a
    recap of another: every place it names is the attack's, or lies in one of the attack's ("Earlier, Terekhov
    reported that a Shahed drone had struck a private house in the Kholodnohirskyi district of Kharkiv")."""
    places = [m.entity for m in facts.places if m.role in (Role.NAMED, Role.TARGET)]
    weapons = {m.entity.key for m in facts.weapons if m.attacking}
    return (
        not facts.dates
        # (Not what was told of several days: "...dropped three FAB-500 bombs on Belgorod region in the course of
        # the past few days".)
        and _SEVERAL_DAYS.search(facts.sentence.text) is None
        and bool(places)
        and all(_is_a_place_of(incident, p) or p.parent in incident.places for p in places)
        # (Another weapon than the attack's is another attack: "Russia struck Odesa with Iskander-M missiles ... As
        # reported, Russian forces attacked Odesa with Shahed drones".)
        and not (weapons and incident.weapons and not weapons & set(incident.weapons))
        and earlier_report(facts.sentence.text)
    )


# A part of the day said alone, which a report reads as today's unless the sentence before dated a day.
_BARE_DAYTIME = _DAYTIME_ALONE | {"утром", "вранці", "уранці", "зранку"}
# "Вранці окупанти знову вдарили по Одесі": a new attack, on the day of publication.
_AGAIN = re.compile(
    r"(?<!\w)(?:знову|знов|снова|вновь|опять|ще\s+раз|ещё\s+раз|еще\s+раз)(?!\w)", re.IGNORECASE
)
# How far back a day told just before may lie for a part of the day to be its: a recap of last week's attack.
DAYTIME_TOLD_DAYS = 7


def _just_before(previous: SentenceFacts, facts: SentenceFacts) -> bool:
    """Whether a sentence is the one right before another, in the same paragraph."""
    return (
        previous.sentence.index == facts.sentence.index - 1
        and previous.sentence.paragraph == facts.sentence.paragraph
    )


def _daytime_of_the_day_told(facts: SentenceFacts, previous: SentenceFacts | None) -> SentenceFacts:
    """ "Напомним, что в субботу, 14 января, Россия устроила массированную атаку. Утром взрывы прогремели в Киеве.
    Днем россияне ударили по жилому дому в Днепре": a morning or a day said alone right after a sentence that dated a
    day is that day's, not the day of publication."""
    if (
        previous is None
        or not _just_before(previous, facts)
        or not previous.has_incident_cue
        or len(facts.dates) != 1
        or _AGAIN.search(facts.sentence.text)
    ):
        return facts
    own, told = facts.dates[0], incident_date(previous.dates)
    if (
        own.pattern != "today"
        or own.phrase.lower() not in _BARE_DAYTIME
        or told is None
        or told.kind is not DateKind.DAY
        or not 0 < (own.day - told.day).days <= DAYTIME_TOLD_DAYS
    ):
        return facts
    return replace(facts, dates=(replace(own, day=told.day, start=told.day, end=told.day),))


def _points_back(told: DateMention, own: DateMention, facts: SentenceFacts) -> bool:
    """Whether a sentence's "the overnight attack", dated by publication, is the attack told on the day or night
    before rather than a night of its own."""
    return (
        own.pattern == "overnight"
        and not any(d.kind is DateKind.REPORTED for d in facts.dates)
        and 0 < (own.day - told.day).days <= 1
        and _THE_OVERNIGHT_ATTACK.search(facts.sentence.text) is not None
    )


def _says_there(facts: SentenceFacts, previous: SentenceFacts) -> bool:
    """Whether a sentence that tells an attack and names no place of its own opens at the place the sentence just
    before it named ("...на территории нефтебазы Темрюкского района. Здесь из-за удара пострадала инфраструктура")."""
    return (
        facts.has_incident_cue
        and not facts.is_background
        and not previous.is_background
        and _just_before(previous, facts)
        and not any(m.entity.category != "country" for m in facts.places)
        and says_there(facts.sentence.text)
    )


def _generalises(facts: SentenceFacts) -> bool:
    """Whether a sentence turns from the attack to how things go ("Odesa Oblast and other southern regions are
    regular targets of Russian missile attacks", "It is not the first time that missiles endanger the security of
    Taganrog"): background, or a first time denied, with no day of its own."""
    text = facts.sentence.text
    return not facts.dates and (
        (facts.is_background and tells_how_it_goes(text)) or denies_a_first_time(text)
    )


_TOLL_UPDATED = Rule(
    r"\b(?:death\s+)?toll\b|\bnumber\s+of\s+(?:the\s+)?(?:dead|killed|injured|wounded|victims)\b",
    r"(?<!\w)(?:кількість|число|количество)\s+(?:загибл\w*|жертв|постраждал\w*|поранен\w*|погибш\w*|"
    r"пострадавш\w*|раненых)(?!\w)",
)


def _without_a_periods_aside(facts: SentenceFacts) -> SentenceFacts | None:
    """A sentence that names a period: None when its main clause counts the period's attacks ("It launched more than
    1,300 Shahed drones at Ukraine in September alone", "In June alone Moscow launched 2,736 Shahed drones"); what its
    main clause names when the period is an aside after it ("Russia launched 80 Shahed drones, compared with more
    than 1,300 in September", "..., with two separate attacks last week targeting Rostov"); the whole sentence when
    the period measures a record ("its biggest attack since September") or it is a list's item."""
    text = facts.sentence.text
    if is_list_item(text) or not names_period(text):
        return facts
    record = _A_RECORD.search(text)
    if record is not None and not names_period(text[: record.start()]):
        return facts  # (not "In September, Russia launched a record number of Shahed drones": the month's record)
    aside = _CLAUSE_BREAK.search(text)
    if aside is None or names_period(text[: aside.start()]):
        return None
    return _facts_before(facts, facts.sentence.start + aside.start())


def _facts_before(facts: SentenceFacts, cut: int) -> SentenceFacts:
    """What a sentence names before an offset: its opening clause's weapons, places and figures."""
    return replace(
        facts,
        weapons=tuple(m for m in facts.weapons if m.start < cut),
        places=tuple(m for m in facts.places if m.start < cut),
        counts=tuple(c for c in facts.counts if c.end_offset <= cut),
    )


def _place_keys(facts: SentenceFacts) -> set[str]:
    return {place.key for place in _places_named(facts)}


def _told_later(facts: SentenceFacts, attack: DateMention) -> bool:
    """Whether a sentence was said days after the attack it follows and names neither a weapon nor the attack
    ("On July 11, the head of the city said a system is being launched in Kyiv", a week on): about something else
    then. "On Monday investigators said Iskander-M missiles had been used in the attack" is still about it. Said
    before the attack began, it is about something else whatever it names ("23 сентября Хинштейн сообщал об
    обстреле Льгова", after an attack of the 25th)."""
    said = [d for d in facts.dates if d.kind is DateKind.REPORTED]
    if any(d.day < attack.start for d in said):
        return True
    return (
        not facts.weapons
        and not names_attack(facts.sentence.text)
        and any(d.day - attack.end > TOLD_LATER for d in said)
    )


def _draft(incident: _Incident) -> IncidentDraft:
    weapons = tuple(incident.weapons.values())
    places = tuple(incident.places.values())
    origins = tuple(o for key, o in incident.origins.items() if key not in incident.places)
    counts = _resolved_counts(incident, weapons)
    figures: dict[str, int] = {}
    for _, claim in counts:
        figures.setdefault(claim.measure, claim.value)
    return IncidentDraft(
        day=incident.mention.day,
        start=incident.mention.start,
        end=incident.mention.end,
        date_phrase=incident.mention.phrase,
        weapons=weapons,
        places=places,
        actors=tuple(incident.actors.values()),
        sentence_indexes=tuple(sorted(incident.sentences, key=lambda i: (i not in _quotable(incident), i))),
        summary=summarize(
            [(w.name, w.category) for w in weapons], [p.name for p in places], figures, [o.name for o in origins]
        ),
        counts=tuple(counts),
        origins=origins,
        evidence=tuple((key, index) for key, index in incident.evidence.items() if key not in incident.datelines
                       or key in incident.places),
    )  # fmt: skip


def _quotable(incident: _Incident) -> set[int]:
    """Sentences that name something of the incident: the first of them is its quote."""
    return set(incident.evidence.values())


def _resolved_counts(incident: _Incident, weapons: tuple[Entity, ...]) -> list[tuple[int, CountClaim]]:
    """Figures with their weapons: a figure of "90 drones" is the incident's drone when it has one kind of drone, or
    those of the launched figure before it; "all of them were shot down" makes each launched figure of the sentence
    before a destroyed one too."""
    by_noun: dict[str, list[Entity]] = {}
    for weapon in weapons:
        by_noun.setdefault(_noun_of(weapon), []).append(weapon)
    resolved: list[tuple[int, CountClaim]] = []
    last_launched: dict[str, tuple[Entity, ...]] = {}  # by noun: the weapons of the last launched figure
    before: CountClaim | None = None  # the last launched figure of any kind
    for index, claim in incident.counts:
        total_before = before is not None and not before.weapons and not before.noun
        if claim.of_previous and before is not None and (total_before or claim.noun in ("", before.noun)):
            # "Уночі атакували 14 шахедами. 8 з них збили.", "a total of 99 of various types. Of these, 72
            # missiles...": of the last figure launched before it, a total when that was one.
            claim = replace(claim, weapons=before.weapons, noun=before.noun)
        elif not claim.weapons and claim.noun:
            if len(by_noun.get(claim.noun, [])) == 1:
                claim = replace(claim, weapons=(by_noun[claim.noun][0],))
            elif claim.measure != "launched" and claim.noun in last_launched:
                # "14 Shahed-136/131 drones were launched... 11 drones were destroyed": of those launched.
                claim = replace(claim, weapons=last_launched[claim.noun])
        nouns = {_noun_of(weapon) for weapon in claim.weapons}
        if claim.measure == "launched":
            before = claim
            if len(nouns) == 1:
                last_launched[nouns.pop()] = claim.weapons
        resolved.append((index, claim))
    for index in incident.all_destroyed:
        launched = [(i, c) for i, c in resolved if c.measure == "launched" and i <= index]
        stated = {(c.weapon_name, c.measure) for _, c in resolved}
        for _, claim in launched:
            if (claim.weapon_name, "destroyed") not in stated:
                resolved.append((index, replace(claim, measure="destroyed")))
    return resolved + _launched_when_all_destroyed(resolved)


def _launched_when_all_destroyed(resolved: list[tuple[int, CountClaim]]) -> list[tuple[int, CountClaim]]:
    """ "Shot down all 18 missiles... the missiles shot down included six Kinzhal, nine Kalibr and three
    Iskander": when a total says every one launched was destroyed, so does each weapon's part of it."""
    spans = {
        (c.offset, c.end_offset, c.value) for _, c in resolved if c.measure == "launched" and not c.weapons
    }
    totals = [
        c
        for _, c in resolved
        if c.measure == "destroyed" and not c.weapons and (c.offset, c.end_offset, c.value) in spans
    ]
    stated = {(c.weapon_name, c.measure) for _, c in resolved}
    added: list[tuple[int, CountClaim]] = []
    for total in totals:
        parts = [
            (i, c)
            for i, c in resolved
            if c.measure == "destroyed"
            and c.weapons
            and (not total.noun or all(_noun_of(w) == total.noun for w in c.weapons))
        ]
        if parts and sum(c.value for _, c in parts) <= total.value:
            for index, claim in parts:
                if (claim.weapon_name, "launched") not in stated:
                    stated.add((claim.weapon_name, "launched"))
                    added.append((index, replace(claim, measure="launched")))
    return added


def _noun_of(weapon: Entity) -> str:
    if weapon.category in _CATEGORY_NOUN:
        return _CATEGORY_NOUN[weapon.category]
    return "missile" if "missile" in weapon.category else weapon.category


# "Russia's large-scale attack came after Moscow claimed that Ukraine targeted the residence of President Vladimir
# Putin in Russia's northern Novgorod region": what an attack came after is another, earlier event.
_CAME_AFTER_CLAUSE = Rule(r"\b(?:came|comes|coming)\s+(?:just\s+|shortly\s+|soon\s+)?after\b")


def _without_what_it_came_after(facts: SentenceFacts) -> SentenceFacts:
    """A sentence that says its attack came after something else, and neither how long before nor when, names
    that something's places and weapons for no day of its own: they are left out."""
    match = _CAME_AFTER_CLAUSE.search(facts.sentence.text)
    if match is None or not (facts.places or facts.weapons):
        return facts
    cut = facts.sentence.start + match.end()
    if any(d.offset >= cut for d in facts.dates):
        # "The attack came after another on Friday that wounded 15 people in Kharkiv": dated, that one is told.
        return facts
    return replace(
        facts,
        places=tuple(m for m in facts.places if m.start < cut),
        weapons=tuple(m for m in facts.weapons if m.start < cut),
    )


def _places_named(facts: SentenceFacts) -> list[Entity]:
    """The places a sentence names, or names as hit, short of a country (no other place beside its own towns)."""
    return [
        m.entity
        for m in facts.places
        if m.role in (Role.NAMED, Role.TARGET) and m.entity.category != "country"
    ]


def _names_anything(facts: SentenceFacts) -> bool:
    return bool(facts.places or facts.weapons or facts.dates or facts.has_incident_cue)


def _split_days_apart(facts: SentenceFacts) -> tuple[SentenceFacts, tuple[int, SentenceFacts, str] | None]:
    """ "Drones hit Lviv, a day after a Russian strike on Poltava killed 50": what follows the phrase is another,
    earlier incident (later for "a day before"). (What an attack "came a day after" is background: see
    `cues.background_from`.)"""
    text = facts.sentence.text
    match = _DAYS_APART.search(text)
    if match is None:
        return _without_what_it_came_after(facts), None
    cut = facts.sentence.start + match.end()
    # "A day after Russia accused Ukraine of attacking Moscow, the governor said a drone hit the refinery": opening
    # the sentence, the phrase's clause ends at the comma, and what follows is this report's.
    comma = text.find(",", match.end()) if not text[: match.start()].strip(" \"'“‘«") else -1
    until = facts.sentence.start + comma if comma >= 0 else facts.sentence.end

    def other(mention: Mention) -> bool:
        return cut <= mention.start < until

    later = replace(
        facts,
        weapons=tuple(m for m in facts.weapons if other(m)),
        places=tuple(m for m in facts.places if other(m)),
        counts=(),
    )
    days = _DAYS[match.group("n").lower()] * (1 if match.group("way").lower() in _LATER else -1)
    if not later.weapons and not later.places:
        head, clause = text[: match.start()], text[match.end() : until - facts.sentence.start]
        if (
            head.strip(" \"'“‘«")
            and not (
                reports_event(head)
                or names_attack(_AFTERMATH_OF.of(head).sub(" ", head))
                or BLASTS.search(head)
            )
            and (reports_event(clause) or names_attack(clause))
        ):
            # "Rescue workers in Dnipro held little hope last night, a day after the building was hit": the
            # sentence's attack is the clause's, and its day is the day before the one the sentence gives.
            return replace(facts, dates=tuple(_days_earlier(d, days) for d in facts.dates)), None
        return facts, None
    before = replace(
        facts,
        weapons=tuple(m for m in facts.weapons if not other(m)),
        places=tuple(m for m in facts.places if not other(m)),
    )
    return before, (days, later, match.group())


def _days_earlier(mention: DateMention, days: int) -> DateMention:
    """The day `days` before a date the sentence gives (before a night's evening), for the attack it says came
    that long before; a date it was said on stays."""
    if mention.kind is DateKind.REPORTED:
        return mention
    day = (mention.start if mention.kind is DateKind.NIGHT else mention.day) - timedelta(days=days)
    return replace(mention, kind=DateKind.DAY, day=day, start=day, end=day)


def _publication_day(published: date) -> DateMention:
    return DateMention(DateKind.DAY, published, published, published, PUBLICATION_DAY_PHRASE, published, 0, 0)
