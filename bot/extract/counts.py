"""Numbers stated about an attack: how many of which weapon were launched and destroyed, how many people killed
and injured.

A figure carries the weapon it counts (issue 10): the weapon named right after its number ("37 Kh-101 cruise
missiles", "six hypersonic missiles X-47M2 Kinzhal"), or the one its "of them" refers back to; otherwise the
kind of thing it counts ("90 drones"), which the whole-article reader resolves to the incident's one weapon of
that kind, if it has exactly one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.extract.grammar import is_cyrillic
from bot.models import WEAPON_MEASURES, CountClaim, Entity, EntityKind, Mention

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ENGLISH_NUMBER_WORDS = {
    **_UNITS, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, **_TENS, "a dozen": 12,
    # "Forty-six of the drones were over the Kursk region"
    **{f"{tens}-{unit}": ten + one for tens, ten in _TENS.items() for unit, one in _UNITS.items()},
}  # fmt: skip
# Ukrainian and Russian numerals in the cases a count takes ("двох ракет", "трьома БпЛА"), and the collective
# ones said of people ("загинули двоє").
_CYRILLIC_NUMBER_WORDS = {
    "один": 1, "одна": 1, "одну": 1, "одного": 1, "одним": 1, "одной": 1, "одніє": 1,
    "два": 2, "дві": 2, "две": 2, "двох": 2, "двома": 2, "двух": 2, "двумя": 2, "двоє": 2, "двое": 2,
    "три": 3, "трьох": 3, "трьома": 3, "трех": 3, "трёх": 3, "тремя": 3, "троє": 3, "трое": 3,
    "чотири": 4, "чотирьох": 4, "чотирма": 4, "четыре": 4, "четырех": 4, "четырёх": 4, "четверо": 4,
    "п'ять": 5, "п’ять": 5, "пʼять": 5, "п'яти": 5, "п’яти": 5, "пʼяти": 5, "пять": 5, "пяти": 5, "п'ятеро": 5,
    "пʼятеро": 5, "пятеро": 5, "шість": 6, "шести": 6, "шесть": 6, "шестеро": 6, "сім": 7, "семи": 7, "семь": 7,
    "семеро": 7, "вісім": 8, "восьми": 8, "восемь": 8, "дев'ять": 9, "девʼять": 9, "дев’ять": 9, "девять": 9,
    "дев'яти": 9, "девʼяти": 9, "девяти": 9, "десять": 10, "десяти": 10,
}  # fmt: skip
_MEASURES = ("launched", "destroyed", "lost", "hit", "killed", "injured")


@dataclass(frozen=True)
class _Grammar:
    """How one language family states figures."""

    patterns: tuple[re.Pattern[str], ...]
    number_words: dict[str, int]
    has_number: re.Pattern[str]
    noun_after: re.Pattern[str]
    noun_kinds: tuple[tuple[str, str], ...]  # (start of the word, kind counted)
    and_number: re.Pattern[str]
    of_them: re.Pattern[str]
    all_of: re.Pattern[str]  # "all (of the)" right before a number: every one launched was destroyed
    various: re.Pattern[str]  # after a figure's noun: "of various types", a figure of every kind at once
    joiner: re.Pattern[str]
    conjunction: str  # what may stand between two counted things
    listed: tuple[
        re.Pattern[str], ...
    ]  # a list item of a weapon count: "12 Kalibr missiles;", "Kh-22: 5", "два КАБ;"
    launch_cue: re.Pattern[str]  # a word that says what follows was launched ("випущені ракети", "used")
    number_before: re.Pattern[str]  # a number and up to three words right before a weapon's name


def _number_before(num: str) -> re.Pattern[str]:
    """ "8 ракет «", "три ", "45 крылатых ракет ", "22 UAVs of the ": a number the weapon named next is counted by,
    with no word between that says it counts something else ("5 громад «Шахедами»", "24 hours after Shahed")."""
    word = rf"(?!{_NOT_OF_WEAPONS})[«\"„“'‘]?[^\W\d][\w-]*[»\"”'’]?"
    return re.compile(rf"{num}\s+(?:{word}\s+){{0,3}}[«\"„“'‘]?$", re.IGNORECASE)


# What a number before a weapon's name may count instead: time, people, places, buildings; or a preposition that
# ends what it counts ("3 cities with Shahed drones").
_NOT_OF_WEAPONS = (
    r"(?:hours?|days?|weeks?|months?|years?|times|people|persons|civilians|residents|children|injured|wounded|"
    r"killed|dead|cities|towns|villages|settlements|communities|regions|districts|houses|homes|buildings|"
    r"with|in|at|on|after|since|by|from|for|against|"
    r"годин\w*|час\w*|дн[іея]\w*|доб\w*|сут\w*|тиж\w*|недел\w*|місяц\w*|месяц\w*|рок\w*|лет|люд\w*|"
    r"поранен\w*|ранен\w*|загибл\w*|погибш\w*|громад\w*|міст\w*|город\w*|сел\w*|населен\w*|район\w*|"
    r"област\w*|будин\w*|дом\w*|об['’ʼ]?[єэ]кт\w*|з|із|зі|по|після|после|через|від|от)(?![\w-])"
)


def _listed_patterns(n: str) -> tuple[re.Pattern[str], ...]:
    """A list item of a weapon count: "12 Kalibr cruise missiles from the Black Sea;", "два КАБ;", "Kinzhal (7)",
    "Kh-22: 5"."""
    return (
        re.compile(rf"^\s*(?:[-•*–]\s*)?(?P<n>{n})\s+(?=\S)", re.IGNORECASE),
        re.compile(
            rf"^\s*(?:[-•*–]\s*)?[^\d(:]{{2,50}}?(?:\(\s*|:\s*)(?P<n>{n})\s*\)?\s*(?:од\.?|шт\.?)?\s*[.;]?\s*$",
            re.IGNORECASE,
        ),
    )


def _english() -> _Grammar:
    n = r"\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(ENGLISH_NUMBER_WORDS, key=len, reverse=True))
    # Not the digits of a designator ("Kh-555", "S-300", "Shahed-136/131"): a count stands on its own.
    # Nor a clock's minutes ("at 18:00", "at 6.30"), nor a share ("90%").
    # Nor one of a kind: "launched one of its biggest aerial assaults with 84 missiles".
    num = (
        rf"(?<![\w/:-])(?<!\d\.)(?P<n>{n})(?![.:]\d|\s*%|\s+per\s*cent|\s+of\s+(?:the|its|their|Russia['’]s|"
        r"Moscow['’]s)\s+(?:[\w-]+\s+){0,2}?(?:biggest|largest|heaviest|most|worst|deadliest|fiercest|strongest|"
        r"longest|major|massive|combined)\b)"
    )
    weapons = (
        r"(?:drones?|UAVs?|missiles?|rockets?|Shaheds?|bombs?|projectiles?|munitions?|aerial\s+targets?|"
        r"targets?|decoys?)"
    )
    launch = (
        r"(?P<launched>launched|fired|sent|used|dropped|attacked\s+(?:\w+\s+){0,3}?with|"
        r"struck\s+(?:\w+\s+){0,3}?with)"
    )
    destroy = r"(?P<destroyed>shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|suppressed)"
    lost = (
        r"(?P<lost>(?:were\s+|was\s+)?(?:(?:locally|location(?:ally)?)\s+lost|lost\s+(?:locally|from\s+radar))|"
        r"failed\s+to\s+reach\s+(?:their\s+)?targets?)"
    )
    kill = r"(?P<killed>killed|dead|died|killing)"
    # How reports round a figure: "more than 400 drones", "about 40 missiles", "up to 10".
    about = (
        # ("over" 100, not "shot down over 15 regions")
        r"(?:(?:at\s+least|about|some|nearly|almost|around|roughly|approximately|more\s+than|up\s+to|"
        r"over(?=\s+[\d,]+\s+(?!(?:(?!(?:in|on|at|of|over|during|for|across)\b)[\w-]+\s+){0,3}?(?:regions?|oblasts?|areas?|"
        r"districts?|cities|towns|settlements|communities|hromadas|locations|countries|provinces|nights?|days?|hours?|"
        r"weeks?|months?)\b)\w)|"
        r"close\s+to|as\s+many\s+as|an\s+estimated|a\s+total\s+of|in\s+total)\s+)?"
    )
    injure = r"(?P<injured>injured|wounded|hurt|injuring|wounding)"
    # Up to four words between the number and what it counts: "50 Shahed-type attack drones".
    gap = r"(?:[\w/-]+\s+){0,4}?"
    # What an attack is said to be made of is weapons: a weapon's noun or name follows, not people or troops.
    of_weapons = (
        r"(?!\s+(?:\w+\s+)?(?:people|civilians|persons|residents|children|troops|soldiers|servicemen|groups?|tanks|"
        r"vehicles|times|killed|injured|wounded|dead|assault|waves?|rounds?|salvos?|volleys?))"
        rf"(?=\s+(?:[\w‘’“”'\"«»/-]+\s+){{0,5}}?(?:{weapons}|[‘'\"“«]?(?-i:[A-Z])))"
    )
    patterns = (
        # "shot down 33 of 37 drones", "downed 17 out of the 22": two figures at once.
        rf"\b{destroy}\s+(?:\w+\s+)?{num}\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<of>{n})\b",
        rf"\b{num}\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(?P<of>{n})\s+{gap}(?:{weapons}[\"”’»]?\s+)?"
        rf"(?:were|was|had\s+been|have\s+been)\s+{destroy}\b",
        # "The strikes included six of the new hypersonic missiles", "the region was hit by ten S-300 missiles",
        # "a strike on Belgorod with two 'Olkha' missiles": what an attack was made of.
        rf"\b(?:strikes?|attacks?|barrage|salvo|assault|bombardment|wave),?\s+(?:[\w-]+,?\s+){{0,5}}?"
        rf"(?P<launched>included|includes|include|involved|consisted\s+of|comprised)\s+{num}\b{of_weapons}",
        rf"\b(?:was|were|been|being)\s+(?P<launched>hit|struck|attacked|targeted|shelled)\s+(?:\w+\s+){{0,2}}?"
        rf"(?:by|with)\s+{about}{num}\b{of_weapons}",
        rf"\b(?P<launched>strikes?|attacks?|assault)\s+on\s+(?:[\w'’-]+\s+){{0,6}}?with\s+{about}{num}\b{of_weapons}",
        # "one of its biggest aerial assaults Thursday with 84 missiles"
        rf"\b(?P<launched>strikes|attacks|assaults?|barrage|bombardment)\s+(?:[\w'’-]+\s+){{0,2}}?with\s+{about}{num}\b"
        rf"{of_weapons}",
        # "struck the Ukrainian city of Zaporizhzhia with two guided aerial bombs", "hit Kharkiv with two Iskander
        # ballistic missiles": what it struck with.
        rf"\b(?P<launched>attacked|struck|hit|targeted|shelled|bombarded|pounded|hammered)\s+"
        rf"(?:[\w'’,-]+\s+){{0,7}}?with\s+{about}{num}\b{of_weapons}",
        # "the missiles shot down included six Kinzhal...": the measure of what the list is made of.
        rf"\b(?:{launch}|{destroy})\s+(?:[\w-]+\s+){{0,3}}?(?:included|includes|include)\s+{num}\b",
        # "launched 50 drones", "shot down 42 of them", "destroyed 12 of the 15 missiles", "attacked with 35 drones"
        rf"\b(?:{launch}|{destroy})\s+(?:all\s+(?:of\s+)?(?:the\s+)?)?{about}{num}\b",
        # "launched a Kinzhal": one, when a weapon is named right after (kept only then, below).
        rf"\b(?:{launch}|{destroy})\s+(?P<n>an?)\b",
        # "37 Kh-101 cruise missiles launched from Tu-95MS bombers", "12 drones shot down over Kyiv"
        rf"^\W*{num}\s+{gap}{weapons}\s+(?:{launch}|{destroy})\b",
        # "50 drones were launched", "42 of them were shot down", "of which 42 were destroyed", "13 were lost",
        # "six hypersonic missiles X-47M2 ‘Kinzhal’ were launched"
        rf"\b{num}\s+{gap}(?:[\"“‘'«]?{weapons}[\"”’'»]?\s+(?:[\w‘’“”'\"«»-]+\s+){{0,4}}?|of\s+them\s+)?"
        rf"(?:(?:were|was|had\s+been|have\s+been)\s+"
        rf"(?:{launch}|{destroy})|{lost})\b",
        # "hits were recorded at 9 locations" counts places, not weapons: only "N hits".
        rf"\b{num}\s+(?:direct\s+)?(?P<hit>hits)\b",
        # "killed three people", "killing at least 7 civilians", "injuring 12"
        rf"\b(?:{kill}|{injure})\s+{about}{num}\b",
        # "three people were killed", "12 were injured", "7 civilians dead"
        rf"\b{num}\s+(?:people|civilians|persons|residents|children|others)?\s*(?:were\s+|have\s+been\s+)?"
        rf"(?:{kill}|{injure})\b",
    )
    return _Grammar(
        patterns=tuple(re.compile(p, re.IGNORECASE) for p in patterns),
        number_words=ENGLISH_NUMBER_WORDS,
        has_number=re.compile(
            r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|dozen)\b", re.I
        ),
        noun_after=re.compile(
            r"\s+(?:[\w-]+\s+){0,3}?(?P<noun>decoys?|drones?|UAVs?|Shaheds?|missiles?|rockets?|bombs?)\b",
            re.IGNORECASE,
        ),
        noun_kinds=(
            ("decoy", "decoy"),
            ("drone", "drone"),
            ("uav", "drone"),
            ("shahed", "drone"),
            ("missile", "missile"),
            ("rocket", "missile"),
            ("bomb", "bomb"),
        ),
        and_number=re.compile(
            rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:(?:including|among\s+them)\s+)?"
            rf"(?P<all>all\s+(?:of\s+)?(?:the\s+)?)?{about}{num}\b",
            re.IGNORECASE,
        ),
        of_them=re.compile(r"\s+(?:out\s+)?of\s+(?:them|these|those|which)\b", re.IGNORECASE),
        # Not "in all 12" (a total) nor "not all 12".
        all_of=re.compile(r"(?<!\bin\s)(?<!\bnot\s)\ball\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE),
        various=re.compile(
            r"(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|drones?))?\s+of\s+(?:various|different|all)\s+"
            r"(?:types|kinds)\b",
            re.IGNORECASE,
        ),
        joiner=re.compile(r"[\s,/\"'«»“”‘’]*(?:and|or|&)?[\s,/\"'«»“”‘’]*", re.IGNORECASE),
        conjunction=r"and|as\s+well",
        listed=_listed_patterns(n),
        launch_cue=re.compile(rf"\b(?:{launch}|included|includes)\b", re.IGNORECASE),
        number_before=_number_before(num),
    )


# A weapon's name or noun in Cyrillic copy, as a figure's neighbour ("завдали удару чотирма ракетами Х-47", "типу
# «Шахед» – 90 одиниць").
_CYRILLIC_WEAPON_WORD = (
    r"(?:ракет|дрон|шахед|Shahed|Герань|Гербер|Циркон|Онікс|Оникс|КАБ|бомб|авіабомб|авиабомб|БпЛА|БПЛА|безпілотник|"
    r"беспилотник|Кинджал|Кинжал|Калібр|Калибр|Іскандер|Искандер|снаряд|[ХX]-\d|[СC]-\d)[\w/-]*"
)
# What a count in units is said in: "90 одиниць", "12 шт.".
_IN_UNITS = r"(?:одиниц\w*|единиц\w*|шт\.?)(?!\w)"


def _cyrillic() -> _Grammar:
    """The Air Force's morning posts and the news that retells them: "противник атакував 90 ударними БпЛА",
    "збито/подавлено 70", "сбиты 17 из 22", "локаційно втрачено 15", "зафіксовано влучання 21 БпЛА"."""
    words = "|".join(sorted((re.escape(w) for w in _CYRILLIC_NUMBER_WORDS), key=len, reverse=True))
    n = rf"\d{{1,3}}(?:[  ]\d{{3}})+|\d+|{words}"
    # "54-ма ударними БпЛА": a numeral may carry its case ending.
    # (Nor a share: "знищується 68% ворожих «Шахедів»".)
    num = (
        rf"(?<![\w/:-])(?<!\d\.)(?P<n>{n})(?:-?(?:ма|ми|ти|ох|ьох|ю|ом|му|х|а|и|ь))?"
        rf"(?![\w-]|[.:]\d|\s*%|\s+(?:відсот|процент))"
    )
    about = (
        r"(?:(?:понад|більше|близько|майже|щонайменше|до|загалом|всього|усього|ще|около|более|свыше|почти|"
        r"не\s+менее|не\s+менше|как\s+минимум|щонайменше|приблизно|примерно)\s+)*"
    )
    launch = (
        r"(?P<launched>атакува\w*|атакова\w*|запусти\w*|запущен\w*|випусти\w*|випущен\w*|выпусти\w*|выпущен\w*|"
        r"застосува\w*|застосован\w*|примени\w*|применен\w*|використа\w*|использова\w*|спрямува\w*|направи\w*|"
        r"залучи\w*|задія\w*|скину\w*|скида\w*|сбросил\w*|сбрасыва\w*)"
    )
    destroy = (
        # (Air defence, "ППО", is feminine: "ППО збила 2 ракети"; a unit masculine: "зенітний підрозділ збив".)
        r"(?P<destroyed>(?:збит\w*|збил[аио]|збив|знищ\w*|сбит\w*|сбил[аио]?|уничтож\w*|перехоп\w*|перехвач\w*|перехвати\w*|"
        r"подавлен\w*|подавил\w*|знешкод\w*|ліквідува\w*|ліквідован\w*|ликвидир\w*|нейтраліз\w*|нейтрализ\w*)"
        r"(?:\s*/\s*\w+)?)"
    )
    lost = (
        r"(?P<lost>локаційно\s+втрачен\w*|локационно\s+потерян\w*|не\s+досягл\w*\s+(?:своїх\s+)?цілей|"
        r"не\s+досягн\w*\s+(?:своїх\s+)?цілей|не\s+достигл\w*\s+(?:своих\s+)?целей)"
    )
    hit = r"(?P<hit>влучан\w*|попадан\w*|прил[іеё]т\w*)"
    kill = r"(?P<killed>загинул\w*|загину\w*|загибл\w*|вбит\w*|убит\w*|погиб\w*|жертв\w*)"
    injure = r"(?P<injured>поранен\w*|ранен\w*|постражда\w*|пострада\w*|травмован\w*|травмирован\w*)"
    of = r"(?:із|зі|з|из)"
    gap = r"(?:[«\"„“]?[^\W\d][\w-]*[»\"”]?\s+){0,5}?"
    place_count = (
        r"(?!\s+(?:[^\W\d]+\s+)?(?:локац\w*|місц\w*|мест\w*|об['’ʼ]?єкт\w*|объект\w*|адрес\w*|район\w*|"
        r"населен\w*|громад\w*|міст\w*|город\w*|област\w*|регіон\w*|регион\w*|сел[аоіх]\w*|раз(?:и|ів|а)?(?!\w)))"
    )
    patterns = (
        # "сили ППО ліквідували 17 із 22", "сбиты 17 из 22 БпЛА": two figures at once.
        rf"{destroy}\s+{gap}{about}{num}\s+{of}\s+(?P<of>{n})\b",
        rf"(?<![\w-]){num}\s+{of}\s+(?P<of>{n})\s+{gap}(?:бул[оиа]\s+|был[оиа]?\s+)?{destroy}",
        # "противник атакував Україну 54-ма ударними БпЛА", "збито/подавлено 33 ворожі БпЛА", "выпустили 20 дронов"
        rf"(?<!\w)(?:{launch}|{destroy})\s+{gap}{about}{num}{place_count}",
        # "запустили по Україні ударні БпЛА типу «Шахед» – 90 одиниць": the figure after a dash, in units.
        # (Of weapons named right before the dash: not "знищили ворожу техніку – 12 одиниць".)
        rf"(?<!\w)(?:{launch}|{destroy})\s+(?:[«\"„“]?[^\W\d][\w-]*[»\"”]?\s+){{0,8}}?[«\"„“]?{_CYRILLIC_WEAPON_WORD}"
        rf"[»\"”]?\s*[–—−-]\s*{about}{num}\s+{_IN_UNITS}",
        # "по місту вдарили двома КАБами", "завдали удару чотирма ракетами Х-47": struck with so many (the
        # weapons in the instrumental case).
        rf"(?<!\w)(?P<launched>(?:завда\w*|нанес\w*)\s+(?:\w+\s+){{0,2}}?удар\w*|вдари\w*|удари\w*)\s+{gap}{about}{num}"
        rf"{place_count}(?=\s+(?:[^\W\d][\w-]*\s+){{0,3}}?{_CYRILLIC_WEAPON_WORD}(?!\w))",
        # "локаційно втрачено 15", "не досягли цілей 10": what the Air Force lost track of, usually to jamming.
        rf"(?<!\w){lost}\s+(?:\w+\s+){{0,2}}?{about}{num}",
        # "15 ворожих БпЛА локаційно втрачені", "ще 12 не досягли цілей", "26 ракет було випущено"
        rf"(?<![\w-]){num}\s+{gap}(?:(?:бул[оиа]\s+|был[оиа]?\s+)?(?:{launch}|{destroy})|{lost})",
        # "зафіксовано влучання 21 ударного БпЛА на восьми локаціях" (21 hits; the places are not counted)
        rf"(?<!\w){hit}\s+{gap}{about}{num}{place_count}",
        rf"(?<![\w-]){num}\s+{hit}",
        # "3 людини загинули", "двоє загиблих", "з 24 постраждалих 4 у важкому стані": a number before its verb
        # or noun is read first, so that the number after the noun is not taken for it
        rf"(?<![\w-]){num}\s+(?:\w+\s+)?(?:{kill}|{injure})",
        # "загинули 3 людини", "поранено щонайменше 12", "погибли двое"
        rf"(?<!\w)(?:{kill}|{injure})\s+(?:\w+\s+){{0,2}}?{about}{num}",
    )
    return _Grammar(
        patterns=tuple(re.compile(p, re.IGNORECASE) for p in patterns),
        number_words=_CYRILLIC_NUMBER_WORDS,
        has_number=re.compile(rf"\d|(?<!\w)(?:{words})(?!\w)", re.IGNORECASE),
        noun_after=re.compile(
            r"(?:-?[^\W\d]{1,3})?\s+(?:[\w-]+\s+){0,3}?(?P<noun>дрон\w*-імітатор\w*|дрон\w*-имитатор\w*|"
            r"імітатор\w*|имитатор\w*|БпЛА|БПЛА|дрон\w*|безпілотник\w*|беспилотник\w*|шахед\w*|ракет\w*|"
            r"авіабомб\w*|авиабомб\w*|бомб\w*|КАБ\w*)",
            re.IGNORECASE,
        ),
        noun_kinds=(
            ("імітатор", "decoy"),
            ("имитатор", "decoy"),
            ("бпла", "drone"),
            ("дрон", "drone"),
            ("безпілотник", "drone"),
            ("беспилотник", "drone"),
            ("шахед", "drone"),
            ("ракет", "missile"),
            ("авіабомб", "bomb"),
            ("авиабомб", "bomb"),
            ("бомб", "bomb"),
            ("каб", "bomb"),
        ),
        and_number=re.compile(
            rf"\s*(?:,\s*(?:(?:і|та|и|а\s+також|а\s+также)\s+)?|\s+(?:і|й|та|и|а\s+також|а\s+также)\s+)"
            rf"(?:(?:у\s+тому\s+числі|в\s+тому\s+числі|в\s+том\s+числе|серед\s+них|среди\s+них)\s+)?{num}",
            re.IGNORECASE,
        ),
        of_them=re.compile(r"\s+(?:з|із|из)\s+(?:них|яких|которых)\b", re.IGNORECASE),
        all_of=re.compile(r"(?<!\w)(?:усі|всі|все|всех|усіх|всіх)\s+$", re.IGNORECASE),
        various=re.compile(
            r"\s+(?:різних\s+типів|разных\s+типов|різного\s+типу|различных\s+типов)(?!\w)", re.IGNORECASE
        ),
        joiner=re.compile(r"[\s,/\"'«»“”„]*(?:і|й|та|и|або|или)?[\s,/\"'«»“”„]*", re.IGNORECASE),
        conjunction=r"і|й|та|и|а\s+також|а\s+также",
        listed=_listed_patterns(n),
        launch_cue=re.compile(rf"(?<!\w){launch}", re.IGNORECASE),
        number_before=_number_before(num),
    )


_ENGLISH = _english()
_CYRILLIC = _cyrillic()


def _grammar(text: str) -> _Grammar:
    return _CYRILLIC if is_cyrillic(text) else _ENGLISH


def find_counts(
    text: str, base: int = 0, weapons: Sequence[Mention] = (), dates: Sequence[tuple[int, int]] = ()
) -> list[CountClaim]:
    """Figures in one sentence (offsets shifted by `base`), each with the weapons it counts when the sentence
    ties them ("37 Kh-101 missiles were launched"). The numbers of `dates` (their offsets, also shifted by
    `base`) are days, not counts: "У ніч на 5 березня противник атакував" launched no 5 of anything."""
    grammar = _grammar(text)
    if not grammar.has_number.search(text):
        return []
    attackers = [m for m in weapons if m.entity.kind is EntityKind.WEAPON and m.attacking]
    claims: list[tuple[CountClaim, int]] = []  # with where its number ends, to find what it counts
    days = [(start - base, end - base) for start, end in dates]
    taken: list[tuple[int, int]] = []
    for pattern in grammar.patterns:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            measure = next(m for m in _MEASURES if groups.get(m))
            value = _number(match.group("n"), grammar)
            if (
                value is None
                or _is_year(match.group("n"))
                or _inside(match.start("n"), days)
                or _COMPOUND_AFTER.match(text, match.end("n"))
                or _MEASURED_AFTER.match(text, match.end("n"))
            ):
                continue
            taken.append((match.start(), match.end()))
            start, end = match.start() + base, match.end() + base
            claims.append((CountClaim(measure, value, match.group(), start, end), match.end("n")))
            of = _number(groups.get("of") or "", grammar)
            if of is None and measure == "destroyed" and grammar.all_of.search(text, 0, match.start("n")):
                of = value  # "shot down all 37 drones": 37 were launched
            if of is not None and measure == "destroyed":
                end_of = match.end("of") if groups.get("of") else match.end("n")
                claims.append((CountClaim("launched", of, match.group(), start, end), end_of))
    claims.extend(_coordinated(text, base, claims, taken + days, grammar))
    if not claims and attackers:
        claims.extend(_listed(text, base, grammar))
    if attackers and not any(claim.measure in WEAPON_MEASURES for claim, _ in claims):
        claims.extend(_enumerated(text, base, attackers, days, grammar))
    claims.sort(key=lambda c: c[0].offset)
    return _with_weapons(text, base, claims, attackers, grammar)


# A number that opens a compound word describes a thing rather than counting: "a destroyed two-story house", "5-поверховий
# будинок" (not a range, "12-15 drones", a case ending, "54-ма ударними БпЛА", nor "60-plus drones").
_COMPOUND_AFTER = re.compile(r"[-‐–](?!plus\b)(?=[^\W\d_]{4})", re.IGNORECASE)
# A quantity in a unit counts no weapon: "Russia has destroyed 13,000 tonnes of grain", "знищено 270 тисяч тонн".
_MEASURED_AFTER = re.compile(
    r"\s*(?:thousand\s+|тисяч\w*\s+|тыс\w*\.?\s+)?(?:tonnes|tons|metric\s+tons|hectares|square|sq\.?|km|kilomet\w+|(?:nautical\s+)?miles|"
    r"metres|meters|litres|liters|barrels|cubic|hryvnias?|UAH|dollars|euros|kg|kilograms?|тонн?\w*|кг|кілограм\w*|"
    r"килограмм\w*|гектар\w*|кв\.|"
    r"км\b|кілометр\w*|километр\w*|миль\w*|мил[ія]\b|метр\w*|літр\w*|литр\w*|барел\w*|баррел\w*|грн|гривень|гривен|доларів|долларов|"
    r"євро|евро|рублів|рублей|руб\.?)(?!\w)",
    re.IGNORECASE,
)


def _coordinated(
    text: str,
    base: int,
    claims: list[tuple[CountClaim, int]],
    taken: list[tuple[int, int]],
    grammar: _Grammar,
) -> list[tuple[CountClaim, int]]:
    """ "shot down 48 missiles and 64 Shahed drones", "launched 70 missiles, 145 drones", "intercepted 483 of
    524 threats, including 442 drones and 34 Kh-101 missiles": the same measure again."""
    more: list[tuple[CountClaim, int]] = []
    # "intercepted 48 of the 54 threats, including 40 drones": the parts are of the first figure, read on past the
    # second.
    destroyed_spans = {(c.offset, c.end_offset) for c, _ in claims if c.measure == "destroyed"}
    pairs = {
        (c.offset, c.end_offset): end
        for c, end in claims
        if c.measure == "launched" and (c.offset, c.end_offset) in destroyed_spans
    }
    for claim, number_end in claims:
        if claim.measure not in WEAPON_MEASURES:
            continue
        twin_end = pairs.get((claim.offset, claim.end_offset))
        if twin_end is not None:
            if claim.measure == "launched":
                continue
            number_end = max(number_end, twin_end)
        while (match := _next_coordinated(text, number_end, grammar)) is not None:
            value = _number(match.group("n"), grammar)
            if (
                value is None
                or any(s <= match.start("n") < e for s, e in taken)
                or _MEASURED_AFTER.match(text, match.end("n"))
            ):
                break
            start, end = match.start() + base, match.end() + base
            more.append(
                (CountClaim(claim.measure, value, match.group().strip(" ,"), start, end), match.end("n"))
            )
            if claim.measure == "destroyed" and match.groupdict().get("all"):
                # "...72 were intercepted, including all 10 Kinzhal": as many were launched.
                more.append(
                    (CountClaim("launched", value, match.group().strip(" ,"), start, end), match.end("n"))
                )
            taken.append((match.start("n"), match.end("n")))
            number_end = match.end("n")
    return more


def _next_coordinated(text: str, position: int, grammar: _Grammar) -> re.Match[str] | None:
    """The next "and N", ", N", "as well as N" after the words a number counts and where from ("48 | missiles",
    "14 Shahed drones from the Primorsko-Akhtarsk area (Russia) and Cape Chauda (Crimea), | as well as four"),
    within the clause: no other number and no stop between."""
    for match in grammar.and_number.finditer(text, position, position + _COORDINATED_REACH):
        between = text[position : match.start()]
        if _CLAUSE_END.search(between) or _STANDALONE_NUMBER.search(between):
            return None
        if any(word.lower() in grammar.number_words for word in _WORD.findall(between)):
            return None
        if between.strip():
            return match
    return None


_COORDINATED_REACH = 160
# A number on its own, not a designator's digits ("Kh-101", "Shahed-136/131").
_STANDALONE_NUMBER = re.compile(r"(?<![\w/-])\d+(?![\w/-])")
_WORD = re.compile(r"[^\W\d]+")


def _listed(text: str, base: int, grammar: _Grammar) -> list[tuple[CountClaim, int]]:
    """A list item naming a weapon and a count is a count launched (the list says what the attack was made of)."""
    match = next((m for pattern in grammar.listed if (m := pattern.match(text))), None)
    if match is None or not _reads_as_list_item(text):
        return []
    value = _number(match.group("n"), grammar)
    if value is None or _is_year(match.group("n")):
        return []
    start, end = match.start() + base, match.end() + base
    return [(CountClaim("launched", value, match.group().strip(), start, end), match.end("n"))]


def _enumerated(
    text: str, base: int, attackers: list[Mention], days: list[tuple[int, int]], grammar: _Grammar
) -> list[tuple[CountClaim, int]]:
    """ "опознали выпущенные ракеты так: одна Х-47М2 «Кинжал», три «Искандера», четыре «Калибра»", "13 ракет (8
    ракет «Калібр» та 5 ракет Х-22)": weapons counted by the numbers before their names, with no verb of their
    own, are what was launched when the sentence says so, or when it opens with such a count."""
    if not (grammar.launch_cue.search(text) or _OPENS_WITH_COUNT.match(text)):
        return []
    found: list[tuple[CountClaim, int]] = []
    for mention in sorted(attackers, key=lambda m: m.start):
        start = mention.start - base
        words = _WORD_START.finditer(text, max(0, start - _BETWEEN_NUMBER_AND_WEAPON), start)
        # The nearest number: "три «Іскандери» та чотири «Калібри»" counts four Kalibrs, not three.
        match = next(
            (
                m
                for word in reversed(list(words))
                if (m := grammar.number_before.match(text, word.start(), start))
            ),
            None,
        )
        if match is None or _inside(match.start("n"), days) or _is_year(match.group("n")):
            continue
        if found and found[-1][1] == match.end("n"):
            continue  # "20 Kh-101 and Kh-555": one number for both
        value = _number(match.group("n"), grammar)
        if value is None:
            continue
        claim = CountClaim(
            "launched", value, text[match.start() : mention.end - base], match.start() + base, mention.end
        )
        found.append((claim, match.end("n")))
    return found


_WORD_START = re.compile(r"(?<!\w)\w")
# "13 ракет (8 ракет «Калібр» ...)": a line that is a count of what came.
_OPENS_WITH_COUNT = re.compile(r"^\W*\d+\s+[^\W\d]")


# "Of these, 72 missiles were intercepted": a part of the figure before, whatever noun it names.
_OF_THESE_BEFORE = re.compile(
    r"(?:\bof\s+(?:these|them|those|which)|(?<!\w)(?:з|із|из)\s+(?:них|яких|которых))\W*$", re.I
)


def _reads_as_list_item(text: str) -> bool:
    """A bulleted line, a line that does not end a sentence ("12 Kalibr missiles from the Black Sea;"), or a
    short one: not a sentence that merely begins with a number ("Three Shahed drones flew into Lviv region.")."""
    stripped = text.strip()
    return stripped[:1] in "-•*–" or not stripped.endswith(".") or len(stripped.split()) <= _LIST_ITEM_WORDS


_LIST_ITEM_WORDS = 6


def _with_weapons(
    text: str, base: int, claims: list[tuple[CountClaim, int]], weapons: list[Mention], grammar: _Grammar
) -> list[CountClaim]:
    tied: list[CountClaim] = []
    for claim, number_end in claims:
        if claim.measure not in WEAPON_MEASURES:
            tied.append(claim)
            continue
        # ("ракети Х-101 – 12 одиниць та ударні БпЛА типу «Шахед» – 38 одиниць": the 12 are Kh-101s.)
        dash = _dash_before_units(text, number_end)
        named = _named_before(dash, base, weapons) or _named_after(text, base, number_end, weapons, grammar)
        of_them = (
            grammar.of_them.match(text, number_end) is not None
            or _OF_THESE_BEFORE.search(text, max(0, claim.offset - base - 20), claim.offset - base)
            is not None
        )
        if not named and of_them and tied:
            named = tied[-1].weapons  # "shot down 20 of them": of what the sentence counted before
        if named:
            tied.append(replace(claim, weapons=named))
            continue
        if claim.value == 1 and re.search(r"\ban?\s*$", text[:number_end]):
            continue  # "shot down a drone", "launched an attack": an article, not a count
        # ("крилаті ракети – 12 одиниць та ударні БпЛА": missiles, the noun before the dash, not the one after.)
        kind = _kind_before(dash, text, grammar)
        noun = None if kind else grammar.noun_after.match(text, number_end)
        if noun is not None and grammar.various.match(text, noun.end()):
            noun = None  # "99 rockets and cruise missiles of various types": of every kind at once
        if noun is not None:
            kind = _kind_of(noun.group("noun"), grammar)
        # "8 of them": of what an earlier sentence counted, which the incident reads.
        tied.append(replace(claim, noun=kind, of_previous=of_them))
    return _share_pairs(tied)


# "ударні БпЛА типу «Шахед» – 90 одиниць": a figure in units after a dash counts the weapon named before it.
_DASH_BEFORE = re.compile(r"[»\"”]?\s*[–—−-]\s*(?:[^\W\d]+\s+)?\S+$")
_UNITS_AFTER = re.compile(rf"\s+{_IN_UNITS}", re.IGNORECASE)


def _dash_before_units(text: str, number_end: int) -> re.Match[str] | None:
    if not _UNITS_AFTER.match(text, number_end):
        return None
    return _DASH_BEFORE.search(text, 0, number_end)


def _named_before(dash: re.Match[str] | None, base: int, weapons: list[Mention]) -> tuple[Entity, ...]:
    """The weapons named right before a figure's dash ("ракети Х-101 – 12 одиниць": Kh-101)."""
    return () if dash is None else tuple(m.entity for m in weapons if m.end - base == dash.start())


def _kind_before(dash: re.Match[str] | None, text: str, grammar: _Grammar) -> str:
    """What a figure in units counts, by the noun before its dash ("крилаті ракети – 12 одиниць": missiles)."""
    word = re.search(r"[\w-]+$", text[: dash.start()]) if dash is not None else None
    return _kind_of(word.group(), grammar) if word is not None else ""


def _share_pairs(claims: list[CountClaim]) -> list[CountClaim]:
    """ "shot down 33 out of 37 Shahed drones": the 33 counts what the 37 counts."""
    by_span = {(c.offset, c.end_offset): c for c in claims if c.measure == "launched"}
    shared = []
    for claim in claims:
        twin = by_span.get((claim.offset, claim.end_offset))
        if claim.measure == "destroyed" and twin is not None and not claim.weapons and not claim.noun:
            claim = replace(claim, weapons=twin.weapons, noun=twin.noun)
        shared.append(claim)
    return shared


def _kind_of(noun: str, grammar: _Grammar) -> str:
    lowered = noun.lower()
    return next((kind for part, kind in grammar.noun_kinds if part in lowered), "")


def _named_after(
    text: str, base: int, position: int, weapons: list[Mention], grammar: _Grammar
) -> tuple[Entity, ...]:
    """The weapons named right after a number, before any other number: "37 Kh-101", "six missiles X-47M2",
    "20 Kh-101 and Kh-555 missiles"."""
    found: list[Entity] = []
    cursor = position
    for mention in sorted(weapons, key=lambda m: m.start):
        start = mention.start - base
        if start < position:
            continue
        gap = text[cursor:start]
        if start - position > _BETWEEN_NUMBER_AND_WEAPON or grammar.has_number.search(gap):
            break  # "90 drones and two Iskander-M missiles": the weapon after another number is that number's
        if (found and not grammar.joiner.fullmatch(gap)) or (not found and _CLAUSE_END.search(gap)):
            break
        found.append(mention.entity)
        cursor = mention.end - base
    return tuple(dict.fromkeys(found))


_BETWEEN_NUMBER_AND_WEAPON = 70
_CLAUSE_END = re.compile(r"[.;:]")


def _number(text: str, grammar: _Grammar) -> int | None:
    lowered = text.lower()
    if lowered in ("a", "an"):
        return 1
    if lowered in grammar.number_words:
        return grammar.number_words[lowered]
    try:
        return int(re.sub(r"[,  ]", "", lowered))
    except ValueError:
        return None


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text.startswith(("19", "20"))
