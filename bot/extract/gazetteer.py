"""The gazetteer: every weapon system, place, actor and outlet the bot knows, and the matcher that finds them.

The data lives in `data/gazetteer/*.csv` (see `data/SOURCES.md` for origins). Matching works on word keys (see
`normalize`): at each word the matcher extends the joined key word by word while it is still a prefix of some
alias, and keeps the longest alias found. That makes "KN-23", "KN 23" and "KN23" one name, finds "Kyiv region"
through the oblast's stems, and costs a few dictionary look-ups per word.
"""

from __future__ import annotations

import csv
import enum
import itertools
import math
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import iuliia

from bot import messages
from bot.extract.adjectives import adjective_stem, candidates_of
from bot.extract.grammar import CLOSING_QUOTES, OPENING_QUOTES, is_quoted
from bot.extract.normalize import (
    WORD_RE,
    Token,
    fold,
    is_capitalised,
    name_key,
    shared_start,
    tokenize,
    word_key,
)
from bot.extract.settlements import (
    SETTLEMENT_KEYS,
    VILLAGE,
    Settlements,
    hromada_key,
    hromada_of,
    russian_district_key,
)
from bot.extract.translit import kmu
from bot.models import Entity, EntityKind, Mention

# Words that turn an oblast's or region's stem into its name: "Kyiv region", "Kharkiv Oblast", "Krasnodar Krai".
REGION_WORDS = ("region", "oblast", "province", "krai", "territory", "republic", "governorate")
PLURAL_REGION_WORDS = ("regions", "oblasts", "provinces")
# A hromada (a municipality) is named with its centre's adjective: "Великописарівській громаді", "Семенівська ТГ",
# in Russian "Юнаковской общине";
# so are a town's refinery and airfield: "Саратовский НПЗ", "Рязанського нафтопереробного заводу", "Рязанский
# нефтезавод".
_HROMADA_NOUN = re.compile(
    r"(?<!\w)(?:(?:сільськ|селищн|міськ|сельск|поселков|городск)\w*\s+)?(?:(?:територіальн|территориальн)\w*\s+)?"
    r"(?:громад[аиіеуою]\w*|общин[аеуыою]\w*|ОТГ|ТГ)(?!\w)"
)
_FACILITY_NOUN = re.compile(
    r"(?<!\w)(?:НПЗ|нафтопереробн\w*\s+завод\w*|нефтеперерабатывающ\w*\s+завод\w*|нефтезавод\w*|нафтозавод\w*|"
    r"аеродром\w*|аэродром\w*|"
    r"аеропорт\w*|аэропорт\w*)(?!\w)"
)
# ...and, when the adjective is written with its capital, the town's port, heat and power plant or oil depot: "в
# Ізмаїльському порту", "Київська ТЕЦ", "Бердянской нефтебазы" (not "морського порту" in lower case, a sea port; nor
# a thermal power plant, named as often after a town it is not in: "Запорізька ТЕС" is in Enerhodar).
_TOWNS_FACILITY_NOUN = re.compile(
    # ("по Одесскому морскому порту", "Ізмаїльський річковий порт": the town's sea or river port.)
    rf"{_FACILITY_NOUN.pattern}|(?<!\w)(?:(?:морськ|морск|річков|речн)\w*\s+)?(?:порт|порту|порті|порта|портом|портів|портов|ТЕЦ|ТЭЦ|"
    r"нафтобаз\w*|нефтебаз\w*)(?!\w)"
)
# (A town of two names makes one adjective of them, each capitalised: "Середино-Будській громаді".)
_ADJECTIVE_STEM = r"[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]*?(?:-[А-ЯІЇЄҐЁа-яіїєґё][а-яіїєґё'’ʼ]*?)?(?:ськ|цьк|зьк|ск|цк|зк)"
_ADJECTIVE_ENDING = r"(?:а|ої|ій|у|ою|ая|ой|ую|и|их|им|ими|ие|ые|ых|ым|ыми|ий|ый|ого|ому|ом|ім)(?!\w)"
# English copy writes a hromada as its Ukrainian adjective transliterated: "Krasnopilska, Bilopilska and Seredyno-
# Budska communities", "the Velykopysarivska hromada".
_LATIN_HROMADA_NOUN = re.compile(
    r"\b(?:(?:territorial|village|settlement|city|town)\s+)?(?:communit(?:y|ies)|hromadas?)\b", re.IGNORECASE
)
_LATIN_ADJECTIVE = (
    r"(?<![\w'’-])(?P<stem>[A-Z][a-z'’]*(?:-[A-Z][a-z'’]*)?(?:sk|tsk|zk))(?:a|yi|iy|y|i)?(?![\w'’-])"
)
_ONE_LATIN_ADJECTIVE = re.compile(_LATIN_ADJECTIVE)


def _latin_stem(adjective: re.Match[str]) -> str:
    return adjective.group("stem").lower().replace("'", "").replace("’", "")


_LATIN_ADJECTIVE_RUN = re.compile(
    rf"(?:{_LATIN_ADJECTIVE.replace('?P<stem>', '')}(?:\s*,\s*|\s+(?:and|or)\s+))*"
    rf"{_LATIN_ADJECTIVE.replace('?P<stem>', '')}\s+(?:(?:territorial|village|settlement|city|town)\s+)?$"
)
_REGION_NOUN = re.compile(r"(?<!\w)(?:област\w*|обл\.|краю|края|краем|крае|край)(?!\w)", re.IGNORECASE)
_REGION_NOUN_FORM = re.compile(r"\sобласт[ьіиейяюмах]+$", re.IGNORECASE)


def _abbreviated_region(form: str) -> str | None:
    """ "Воронезької обл.", "Курской обл.": the form of a region's name with its noun cut short, as posts write it."""
    if not _REGION_NOUN_FORM.search(form):
        return None
    return _REGION_NOUN_FORM.sub(" обл", form)


# A region's adjective with its noun understood: followed by a dash, a figure, a bracket, a comma or a conjunction,
# not by the noun it would qualify ("Московской трассы").
_ELIDED_ADJECTIVE = re.compile(
    r"(?<![\w'’ʼ-])([А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]+(?:ськ|цьк|зьк|ск|цк|зк)(?:ой|ій|ая|а|ую|у|ою|ої))"
    r"(?=\s*(?:[—–,(;.:]|\d|$)|\s+(?:и|і|та|й)\s)"
)
# The same for a district: "в Харківському районі пошкоджений будинок, а в Куп’янському – підприємство".
_ELIDED_DISTRICT_ADJECTIVE = re.compile(
    r"(?<![\w'’ʼ-])([А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]+(?:ськ|цьк|зьк|ск|цк|зк|ів|ов)(?:ому|ім|ого|им|ий|ом|ым|ый))"
    r"(?=\s*(?:[—–,(;.:]|$)|\s+(?:и|і|та|й)\s)"
)
# A district's adjective as the label of a line in a list of them: "Солом'янський: пошкоджено офісну будівлю."
_DISTRICT_LABEL = re.compile(
    r"^\s*(?:[-•*–—]\s*)?([А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]+(?:ськ|цьк|зьк|ск|цк|зк)ий)\s*(?=[:—–])"
)
_DISTRICT_NOUN = re.compile(r"(?<!\w)район(?:і|у|ом|е|а|ах|ів|ов)?(?!\w)", re.IGNORECASE)
_DISTRICT_NOUN_FORMS = ("районі", "району", "районом", "район", "районе", "района")
_HROMADA_ADJECTIVE = re.compile(rf"(?<![\w'’ʼ-])(?P<adjective>{_ADJECTIVE_STEM}){_ADJECTIVE_ENDING}")
_ONE_ADJECTIVE = rf"(?<![\w'’ʼ-]){_ADJECTIVE_STEM}{_ADJECTIVE_ENDING}"
_ADJECTIVE_RUN = re.compile(
    rf"(?:{_ONE_ADJECTIVE}(?:\s*,\s*|\s+(?:та|і|й|и|або|или)\s+))*{_ONE_ADJECTIVE}\s+$"
)
# Before a refinery or an airfield the adjective is written in lower case, as Russian writes a town's adjective
# ("курского аэродрома", "рязанский НПЗ"); a hromada's is capitalised as its name is.
_LOWER_ADJECTIVE_STEM = _ADJECTIVE_STEM.replace("[А-ЯІЇЄҐЁ]", "[А-ЯІЇЄҐЁа-яіїєґё]")
_FACILITY_ADJECTIVE = re.compile(rf"(?<![\w'’ʼ-])(?P<adjective>{_LOWER_ADJECTIVE_STEM}){_ADJECTIVE_ENDING}")
_ONE_FACILITY_ADJECTIVE = rf"(?<![\w'’ʼ-]){_LOWER_ADJECTIVE_STEM}{_ADJECTIVE_ENDING}"
_FACILITY_ADJECTIVE_RUN = re.compile(
    rf"(?:{_ONE_FACILITY_ADJECTIVE}(?:\s*,\s*|\s+(?:та|і|й|и|або|или)\s+))*{_ONE_FACILITY_ADJECTIVE}\s+$"
)
# Adjectives of countries and regions, which some village's name could also make: "Українська громада Польщі" is
# a community abroad, "Кримський аеродром" is in Crimea, not in Krymka.
_NOT_A_TOWNS_ADJECTIVE = frozenset(
    adjective_stem(a)
    for a in (
        "український", "украинский", "російський", "российский", "кримський", "крымский", "європейський",
        "европейский", "польський", "польский", "американський", "американский", "німецький", "немецкий",
        "британський", "британский", "французький", "французский", "білоруський", "белорусский", "турецький",
        "турецкий", "румунський", "румынский", "молдовський", "молдавский", "угорський", "венгерский",
        "словацький", "словацкий", "чеський", "чешский", "литовський", "литовский", "латвійський", "латвийский",
        "естонський", "эстонский", "грузинський", "грузинский", "ізраїльський", "израильский", "іранський",
        "иранский", "китайський", "китайский", "корейський", "корейский", "сільський", "сельский", "міський",
        "городской", "селищний", "обласний", "областной", "районний", "районный", "заводський", "заводской",
        "морський", "морской", "чорноморський", "черноморский", "цивільний", "гражданский", "військовий", "военный",
    )
)  # fmt: skip
# "з районів Курська та Бердянська": a town in "-ськ" in the genitive is written as its adjective's feminine, which
# the generated forms leave out ("Курська область"); it is the town after a word that governs the genitive, or after
# a town of the same list, when no word follows that the adjective would go with.
_SK_GENITIVE = re.compile(r"(?<![\w'’ʼ-])(?P<town>[А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]*(?:ськ|цьк|зьк))а(?![\w'’ʼ-])")
_GENITIVE_GOVERNOR = re.compile(
    r"(?<![\w'’ʼ-])(?:з|із|зі|від|до|біля|поблизу|неподалік|околиць|району|районів|напрямку|бік|межах|мешканців|"
    r"жителів|"
    # A part of the town or what is in it: "на території Луцька", "у спальному районі Краматорська", "на центр
    # Куп'янська", "будинок Донецька".
    r"території|територію|центр|центру|центрі|районі|районах|околиці|околицях|околицю|передмісті|передмістя|"
    r"частині|частину|мікрорайоні|вулицях|вулиці|мешканці|жителі|мешканцям|жителям|напрямків|будинок|будинки|"
    r"інфраструктури|інфраструктуру|мер|мера|голова|голови|над|небі)\s+$",
    re.IGNORECASE,
)
# How close before it the town of the same list ends: ", " or " та ", with a little room.
_LIST_GAP_CHARS = 8
_LIST_BEFORE = re.compile(r"(?:,|\s(?:та|і|й))\s+$")
# (A preposition cannot follow an adjective before its noun: "з Курська у напрямку Харкова".)
_NOTHING_AGREES = re.compile(
    r"\s*(?:[,.;:!?)»\"—–]|\s(?:та|і|й|а|у|в|на|до|по|над|під|біля|поблизу|через|протягом)\s|$)"
)
# A question about a hromada: "Sumy hromada", "Калинівська громада", "Покровская территориальная община".
_HROMADA_QUESTION = re.compile(
    r"(?P<name>.+?)\s+(?:(?:urban|rural|settlement|territorial|міська|сільська|селищна|територіальна|городская|"
    r"сельская|поселковая|территориальная)\s+)?(?:hromada|community|громада|община)",
    re.IGNORECASE,
)


def _hromada_question(words: str) -> re.Match[str] | None:
    question = _HROMADA_QUESTION.fullmatch(" ".join(words.split()))
    return question if question is not None and question.group("name").strip() else None


_CYRILLIC_LETTER = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
_CYRILLIC_TOWN = re.compile(r"[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]+(?:[- ][А-ЯІЇЄҐЁа-яіїєґё][а-яіїєґё'’ʼ]+)?")
# The suffix of a Ukrainian adjective's stem, which Russian writes without the soft sign: "-ськ", "-цьк", "-зьк".
_RUSSIAN_SUFFIX = re.compile(r"([сцз])ьк$")
_RUSSIAN_LETTERS = str.maketrans({"і": "и", "ї": "и", "є": "е", "'": None})
UKRAINE = "place:country-ukraine"
RUSSIA = "place:country-russia"
_COUNTRY_BY_KEY = {"ua-": UKRAINE, "ru-": RUSSIA, "by-": "place:country-belarus"}
# "several oblasts, including Kyiv, Donetsk...", "the following regions: Sumy, Poltava": the names listed are regions.
# So are those after "the regions of": "Russia's western regions of Belgorod and Rostov", "the northeastern
# Ukrainian region of Kharkiv", "over the territories of Belgorod, Bryansk and Kursk".
_REGIONS_THEN_NAMES = re.compile(
    r"\b(?:(?:regions|oblasts|provinces)\s*(?:,\s*)?(?:including|such\s+as|namely|notably|among\s+them|:|—|–|of)|"
    r"(?:region|oblast|province|territories)\s+of)\s*(?:the\s+)?",
    re.IGNORECASE,
)
# And those before "and several other regions": "in the areas of Poltava, Sumy, Kharkiv, and several other regions".
_NAMES_THEN_OTHER_REGIONS = re.compile(
    r",?\s+(?:and|or)\s+(?:(?:several|many|a\s+few|a\s+number\s+of|some|two|three|four|five)\s+)?other\s+"
    r"(?:(?:western|southern|northern|eastern|central|border)\s+)?(?:regions|oblasts|provinces)\b",
    re.IGNORECASE,
)
# Where a region lies, said before its name in a list of regions: "the northern Chernihiv and eastern Donetsk
# regions".
_COMPASS_WORD = re.compile(
    r"\b(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|border)\s*", re.IGNORECASE
)
_COMPASS_BEFORE = re.compile(rf"(?:{_COMPASS_WORD.pattern})$", re.IGNORECASE)
_THE_BEFORE = re.compile(rf"\bthe\s+(?:{_COMPASS_WORD.pattern})?$", re.IGNORECASE)
# A name that reports, or is called an outlet, is the outlet where it names a place too ("Pravda").
_REPORTS_AFTER = re.compile(
    r"\s+(?:reported|reports|said|says|wrote|writes|повідомил\w*|повідомляє|пише|писала|сообщил\w*|сообщает|"
    r"пишет|писала)\b",
    re.IGNORECASE,
)
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:village|town|city|settlement)\s+of\s+$|(?<!\w)(?:селі|село|селища|селище|місто|міста|деревни|деревня|"
    r"города|город)\s+$",
    re.IGNORECASE,
)
_OUTLET_BEFORE = re.compile(
    r"\b(?:outlet|newspaper|news\s+site|website|publication|edition|видання|издание)\s+$", re.IGNORECASE
)
_SAYS_AFTER = re.compile(r"\s+(?:said|says|reported|announced|claimed|stated|added)\b", re.IGNORECASE)
# A defence ministry's tally, region by region: "including 28 over Belgorod, 11 over Voronezh" (two or more such).
_COUNT_OVER = re.compile(r"\b\d+\s+(?:\w+\s+){0,2}?over\s+(?:the\s+)?", re.IGNORECASE)
_TALLY_GAP = 30  # characters from one count's "over" to the next count: a name and a comma
# The same plurals in Ukrainian and Russian, in every case: "у Курській та Бєлгородській областях".
CYRILLIC_PLURAL_REGION_WORDS = frozenset(
    (
        "області",
        "областей",
        "областям",
        "областями",
        "областях",
        "области",
        "краї",
        "краів",
        "краям",
        "краях",
        "края",
    )
)
# Before a name, another region's adjective joined by a comma or "and": "Курській та ", "Харьковской, ".
_COORDINATED_ADJECTIVE = re.compile(r"([^\W\d_][\w'’ʼ-]*)\s*(?:,|\s(?:і|й|та|и|а\s+також|а\s+также))\s*$")
# Places inside a city or an oblast that share names across them.
DISTRICT_KINDS = frozenset({"district", "raion"})
CITY_DISTRICT = frozenset({"district"})
# Names listed before a plural district: "Sviatoshynskyi and Darnytskyi districts", "Святошинському та Дарницькому
# районах" (an adjective before a plural noun takes the case its singular would have).
_PLURAL_DISTRICTS = re.compile(
    r"(?P<names>(?:[A-ZА-ЯІЇЄҐ][\w'’ʼ-]+(?:,\s*|,?\s+(?:and|or|і|й|та|и)\s+)){1,8}[A-ZА-ЯІЇЄҐ][\w'’ʼ-]+)\s+"
    r"(?P<noun>districts|raions|райони|районів|районам|районами|районах|районы|районов)\b"
)
# Names listed after a city's districts: "multiple districts of the capital, including Darnytsia, Pechersk,
# Shevchenkivskyi and Sviatoshynskyi".
_DISTRICTS_THEN_NAMES = re.compile(
    r"\bdistricts\s+(?:of\s+(?:the\s+)?[\w'’ -]{2,30}?\s*)?,?\s*(?:including|such\s+as|namely|:)\s+"
    r"(?P<names>(?:[A-Z][\w'’-]+(?:,\s*|,?\s+and\s+)){1,8}[A-Z][\w'’-]+)"
)
# ...and in Ukrainian and Russian, districts or raions: "у різних районах міста: Шевченківському, Київському,
# Салтівському та Слобідському".
_DISTRICTS_THEN_ADJECTIVES = re.compile(
    r"(?<!\w)(?P<noun>райони|районів|районам|районами|районах|районы|районов)(?:\s+[\w'’ʼ-]+){0,2}?\s*"
    r"(?::|\s[-–—]|,\s+(?:а\s+саме|а\s+именно|зокрема|в\s+частности))\s*"
    r"(?P<names>(?:[А-ЯІЇЄҐ][\w'’ʼ-]+(?:,\s*|,?\s+(?:і|й|та|и)\s+)){1,8}[А-ЯІЇЄҐ][\w'’ʼ-]+)"
)
_LISTED_NAME = re.compile(r"[A-ZА-ЯІЇЄҐ][\w'’ʼ-]+")
# A city's district by the name its adjective is made from, as English copy often gives it: "the Kyiv district of
# Kharkiv", "Kyiv's Obolon district" (the Kyivskyi, the Obolonskyi district).
_DISTRICT_OF_CITY = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+)\s+district\s+of\s+(?:the\s+city\s+of\s+)?(?P<city>[A-Z][\w'’-]+)|"
    r"\b(?P<city_before>[A-Z][\w'’-]+)['’]s\s+(?P<name_after>[A-Z][\w'’-]+)\s+district\b|"
    # "the city's central Kyiv district": which city's, the report says (`article._districts_of_named_cities`).
    r"\bthe\s+(?:city|capital)['’]s\s+(?:(?:central|northern|southern|eastern|western|[a-z]+ern)\s+)?"
    r"(?P<name_of_city>[A-Z][\w'’-]+)\s+district\b"
)
# The fewest letters a district's adjective shares with the name it is made from ("Desna": "Desnianskyi").
_MADE_FROM_LETTERS = 4
_SINGULAR_DISTRICT = {
    "districts": ("district",), "raions": ("district",), "райони": ("район",), "районы": ("район",),
    "районів": ("району",), "районов": ("района",), "районам": ("району",), "районами": ("районом",),
    "районах": ("районі", "районе"),
}  # fmt: skip
# Between the words of one name only these may stand: "KN-23", "Bila Tserkva", "U.S.".
_JOINABLE_GAP = re.compile(r"[ \t\-‐‑–/.]{1,2}")
# Short all-capital aliases (US, UN, AP, SBU, KAB) are only names when written exactly so: "us" is a pronoun.
_SHORT_CAPS = re.compile(r"[A-Z]{1,5}")
_NON_WORD = re.compile(r"\W+")

_KIND_PRIORITY = {EntityKind.WEAPON: 0, EntityKind.ACTOR: 1, EntityKind.PLACE: 2, EntityKind.OUTLET: 3}
_PLACE_PRIORITY = {
    "oblast": 0,
    "region": 0,
    "city": 1,
    "village": 1,
    "island": 1,
    "sea": 1,
    "strait": 1,
    "cape": 1,
    "bridge": 1,
    "country": 2,
}


# Who makes the weapons Russia fires: a weapon made elsewhere is fired by Ukraine's side.
ATTACKER_MAKERS = frozenset({"Russia", "Iran", "North Korea", "Belarus"})


class CaseRule(enum.Enum):
    ANY = "any"  # "glide bombs": any case
    CAPITALISED = "capitalised"  # proper names: "Bar" the town is not "bar" the noun
    EXACT = "exact"  # "US", "AP": exactly as written
    # A weapon's name translated word for word, listed in quotation marks ("“Dagger”" for Kinzhal): read only in
    # quotation marks, as translated copy writes it ("six “Daggers”"), never the common word.
    QUOTED = "quoted"
    # A case form that is also another word's ("Оріхова": Orikhiv's genitive, or "nutty"; "Кремінній"): a name only
    # capitalised inside a sentence, where the other word would not be.
    INNER = "inner"


@dataclass(frozen=True, slots=True)
class _Alias:
    entity: Entity
    written: str
    rule: CaseRule
    rank: tuple[int, int, int, int]

    @property
    def case_form(self) -> bool:
        """A case form the tables generated, not a name as written in the data (see `Gazetteer._add`'s rank)."""
        return bool(self.rank[1])

    def accepts(self, surface: str) -> bool:
        if self.rule is CaseRule.ANY:
            return True
        if self.rule in (CaseRule.CAPITALISED, CaseRule.INNER):
            return is_capitalised(surface)
        if self.rule is CaseRule.QUOTED:
            return False  # (only quoted in the text: see `find`)
        return _NON_WORD.sub("", surface) == _NON_WORD.sub("", self.written)


def _split_one_word_place(alias: _Alias, surface: str) -> bool:
    """A place named in one word is not two words of the text joined: "War II" is no Wary (Vary), though the
    keys meet; a weapon's designator may stand apart ("Kh 101")."""
    return (
        alias.entity.kind is EntityKind.PLACE
        and any(c.isspace() for c in surface)
        and not any(c.isspace() or c in "-‐‑" for c in alias.written)
    )


# Cyrillic prepositions that put the name after them in an oblique case.
_CASE_PREPOSITION = re.compile(
    r"(?<![\w'’ʼ-])(?:во|в|у|на|із|из|зі|со|до|від|от|под|під|по|при|біля|около)\s+$", re.IGNORECASE
)


def _as_spelt_first(entries: list[_Alias], surface: str) -> list[_Alias]:
    """Aliases whose spelling is the surface's (folding only case and marks) before those that share its key only
    through the folding of "y" and "i" (`normalize.word_key`): Primorsk and Prymorsk are two towns."""
    if len(entries) < 2:
        return entries
    spelt = _spelling(surface)
    return sorted(entries, key=lambda a: _spelling(a.written) != spelt)


def _spelling(text: str) -> str:
    return _NON_WORD.sub("", fold(text))


_PERMISSIVENESS = {
    CaseRule.QUOTED: -1,
    CaseRule.EXACT: 0,
    CaseRule.INNER: 0,
    CaseRule.CAPITALISED: 1,
    CaseRule.ANY: 2,
}
# What may stand before a sentence's or a quotation's first word: a word there is capitalised whatever it is.
_OPENING = re.compile(r"(?:^|[.!?:;«\"„“”(\[—–•·-])[\s\"'«»„“”‘’*]*$")


# A town's abbreviation before its name ends in a full stop that ends no sentence: "обстрілу м. Оріхова".
_TOWN_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:м|смт|с|г|пос|п)\.\s*$", re.IGNORECASE)
# A person's name before a word, or "named after": "Ирина Василькова", "імені Бориса Змієва" (a surname, not a town).
_NAMED_BEFORE = re.compile(r"(?:\b[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]+|(?<![^\W\d_])(?:імені|имени|ім\.|им\.))\s+$")


def _opens_sentence(text: str, start: int) -> bool:
    """Whether a word starts a sentence or a quotation, where it is capitalised whatever it is."""
    before = text[max(0, start - 12) : start]
    return _OPENING.search(before) is not None and _TOWN_ABBREVIATION.search(before) is None


def _reads_as_other_word(text: str, start: int) -> bool:
    """Whether a town's case form that is also another word (`CaseRule.INNER`) is that word here: capitalised as a
    sentence's or a quotation's first word, or as a person's surname after a name ("Людмила Василькова")."""
    return _opens_sentence(text, start) or _NAMED_BEFORE.search(text, max(0, start - 30), start) is not None


def _case_rule(alias: str) -> CaseRule:
    if alias[:1] in OPENING_QUOTES and alias[-1:] in CLOSING_QUOTES:
        return CaseRule.QUOTED
    compact = _NON_WORD.sub("", alias)
    if _SHORT_CAPS.fullmatch(compact):
        return CaseRule.EXACT
    return CaseRule.CAPITALISED if is_capitalised(alias) else CaseRule.ANY


def slug(name: str) -> str:
    return "-".join(m.group().lower() for m in WORD_RE.finditer(name))


EARTH_RADIUS_KM = 6371.0


def kilometres(a: tuple[float, float], b: tuple[float, float]) -> float:
    """The great-circle distance between two (lat, lon) points."""
    (lat1, lon1), (lat2, lon2) = (tuple(math.radians(x) for x in point) for point in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


class Gazetteer:
    """Entities with their aliases, a matcher over text, and the place hierarchy."""

    def __init__(
        self,
        entities: Iterable[Entity],
        stems: dict[str, list[str]] | None = None,
        populations: dict[str, int] | None = None,
        forms: dict[str, tuple[str, ...]] | None = None,
        adjectives: dict[str, tuple[str, ...]] | None = None,
        inner_forms: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        """`forms`: other forms of entities' names (by entity key) that the matcher knows but never offers.
        `adjectives`: the case forms of regions' Ukrainian and Russian adjectives ("Курській"), names only
        beside a plural ("у Курській та Бєлгородській областях"). `inner_forms`: case forms that are also other
        words, names only where a capital inside a sentence says so (`CaseRule.INNER`)."""
        self.entities: dict[str, Entity] = {}
        self._table: dict[str, list[_Alias]] = {}
        self._prefixes: set[str] = set()
        self._ranks: dict[tuple[int, int, int, int], tuple[int, int, int, int]] = {}
        self._children: dict[str, list[str]] = {}
        self._stem_regions: dict[str, Entity] = {}
        self._adjective_regions: dict[str, Entity] = {}
        self._adjective_towns: dict[str, list[Entity]] | None = None
        # A town key -> the stems of the hromadas the codifier says are named after it (hromada_towns.csv).
        self._hromada_stems: dict[str, set[str]] = {}
        # A town key -> the stem of the hromada the codifier names after it, as Ukrainian spells it.
        self._hromada_of_town: dict[str, str] = {}
        self._cities_with_districts: list[Entity] | None = None
        self._latin_adjective_towns: dict[str, list[Entity]] | None = None
        self._weapons_by_category: dict[str, list[Entity]] | None = None
        # The first words of weapons' names, folded ("iskander", "fab") -> the weapons named so (see `family`).
        self._families: dict[str, list[Entity]] | None = None
        # A town's hyphenated Cyrillic name's two folded parts, by the first part's first three letters (see
        # `_compound_town`).
        # (Its last part folded, and as written in lower case, whose ending tells an adjective's gender.)
        self._compound_towns: dict[str, list[tuple[str, str, str, Entity]]] | None = None
        self._settlements_file: Path | None = None
        self._settlements: Settlements | None = None
        self._settlements_keys: Settlements | None = None  # see `_settlements_by_key`
        self._settlements_lock = threading.Lock()
        self.max_words = 1
        self.domains: dict[str, str] = {}  # "reuters.com" or "facebook.com/kpszsu" -> outlet name
        self._written: dict[str, list[str]] = {}  # entity key -> the names people write, for autocomplete
        # A capital that speaks or acts is its state ("Moscow has denied..."): place key -> (actor, whether the
        # name usually means the state rather than the city in this war's reporting: Moscow yes, Kyiv no).
        self.capitals: dict[str, tuple[Entity, bool]] = {}
        # Words for a kind of weapon ("drones", "ballistic missiles", "UAV") -> (what to call it, the weapons of that
        # kind): a question about a kind finds every weapon of it.
        self.categories: dict[str, tuple[str, tuple[str, ...]]] = {}
        populations = populations or {}
        self.populations = populations
        # Where places are (lat, lon), for maps: GeoNames' coordinates for towns, the population-weighted centre
        # of its towns for a region (see `locate`).
        self.coordinates: dict[str, tuple[float, float]] = {}
        self._centres: dict[str, str] = {}
        self._district_of_centre: dict[str, str] = {}
        # (Russian region key, a district's adjective stem) -> the town it is named after (district_towns.csv).
        self._district_towns: dict[tuple[str, str], str] = {}
        self._district_town_stems: frozenset[str] = frozenset()
        self._district_town_names: frozenset[tuple[str, str]] = (
            frozenset()
        )  # (region key, town's name folded)
        self._region_stems: dict[str, list[str]] = stems or {}
        # The weapons only Ukraine's side fires, by their makers in weapons.csv (see `fired_by_ukraine`).
        self.ukraines_weapons: frozenset[str] = frozenset()
        for entity in entities:
            self.entities[entity.key] = entity
        for entity in self.entities.values():
            if entity.parent:
                self._children.setdefault(entity.parent, []).append(entity.key)
        for entity in self.entities.values():
            for alias in (entity.name, *entity.aliases):
                self._add(alias, entity, populations)
        for key, declined in (forms or {}).items():
            if key in self.entities:
                for form in declined:
                    self._add(form, self.entities[key], populations, listed=False, whole_words=True)
                    if (short := _abbreviated_region(form)) is not None:
                        self._add(short, self.entities[key], populations, listed=False, whole_words=True)
        for key, declined in (inner_forms or {}).items():
            if key in self.entities:
                for form in declined:
                    self._add(
                        form, self.entities[key], populations, CaseRule.INNER, listed=False, whole_words=True
                    )
        for key, words in (adjectives or {}).items():
            if key in self.entities:
                for word in words:
                    self._adjective_regions.setdefault(word_key(word), self.entities[key])
        for key, region_stems in (stems or {}).items():
            region = self.entities[key]
            for stem in region_stems:
                stem_key = name_key(stem)
                self._stem_regions.setdefault(stem_key, region)
                for word in REGION_WORDS + PLURAL_REGION_WORDS:
                    listed = word in ("region", "oblast") and f"{stem} {word}".lower() != region.name.lower()
                    self._add(f"{stem} {word}", region, populations, rule=CaseRule.CAPITALISED, listed=listed)
        for key, entries in self._table.items():
            if any(e.entity.kind is EntityKind.ACTOR for e in entries):
                # A country that is also an actor (Russia, Ukraine) is named as the actor; its place row only
                # anchors the hierarchy.
                self._table[key] = entries = [e for e in entries if e.entity.category != "country"]
            entries.sort(key=lambda a: a.rank)

    def _add(
        self,
        alias: str,
        entity: Entity,
        populations: dict[str, int],
        rule: CaseRule | None = None,
        *,
        listed: bool = True,
        whole_words: bool = False,
    ) -> None:
        """`whole_words`: the alias is only ever written word for word as here (a generated form), so only the
        prefixes the matcher can reach word by word are kept, which saves memory for tens of thousands of forms."""
        key = name_key(alias)
        if not key:
            return
        if listed:
            self._written.setdefault(entity.key, []).append(alias)
        entries = self._table.setdefault(key, [])
        rule = rule or _case_rule(alias)
        for index, existing in enumerate(entries):
            if existing.entity.key == entity.key:
                # "Шахед" and "шахед": the same name, written in lower case too, may be written so.
                if _PERMISSIVENESS[rule] > _PERMISSIVENESS[existing.rule]:
                    entries[index] = replace(existing, written=alias, rule=rule)
                return
        place_rank = _PLACE_PRIORITY.get(entity.category, 1) if entity.kind is EntityKind.PLACE else 0
        # A name as written in the data beats another entity's generated case form of the same spelling.
        rank = (_KIND_PRIORITY[entity.kind], int(whole_words), place_rank, -populations.get(entity.key, 0))
        # Tens of thousands of generated forms share a few thousand ranks: one tuple each saves megabytes.
        entries.append(_Alias(entity, alias, rule, self._ranks.setdefault(rank, rank)))
        if whole_words:
            joined = ""
            for word in WORD_RE.findall(alias)[:-1]:
                joined += word_key(word)
                self._prefixes.add(joined)
            self._prefixes.add(key)  # the whole key is the table's own string, not a copy of it
        else:
            for end in range(1, len(key) + 1):
                self._prefixes.add(key[:end])
        self.max_words = max(self.max_words, len(WORD_RE.findall(alias)) + 1)

    # ---- loading ------------------------------------------------------------------------------------------

    @classmethod
    def load(cls, data_dir: Path) -> Gazetteer:
        """FileNotFoundError when the folder holds no gazetteer: an empty one would answer nothing, silently."""
        folder = data_dir / "gazetteer"
        if not (folder / "weapons.csv").is_file() or not (folder / "places.csv").is_file():
            raise FileNotFoundError(messages.gazetteer_missing(str(folder)))
        entities: list[Entity] = []
        stems: dict[str, list[str]] = {}
        populations: dict[str, int] = {}
        coordinates: dict[str, tuple[float, float]] = {}
        centres: dict[str, str] = {}  # raion -> the town it is named after
        ukraines: set[str] = set()
        for row in _rows(folder / "weapons.csv"):
            makers = set(_split(row.get("origin", "").replace("/", "|")))
            if makers and not makers & ATTACKER_MAKERS:
                ukraines.add(f"weapon:{slug(row['name'])}")
            entities.append(
                Entity(
                    key=f"weapon:{slug(row['name'])}",
                    kind=EntityKind.WEAPON,
                    name=row["name"],
                    category=row.get("category", ""),
                    aliases=_split(row.get("aliases")),
                )
            )
        capitals: dict[str, str] = {}
        state_capitals: set[str] = set()
        for row in _rows(folder / "actors.csv"):
            if row.get("capital"):
                capitals[row["capital"]] = f"actor:{slug(row['name'])}"
                if row.get("capital_usually") == "state":
                    state_capitals.add(row["capital"])
            entity = Entity(
                key=f"actor:{slug(row['name'])}",
                kind=EntityKind.ACTOR,
                name=row["name"],
                category=row.get("kind", ""),
                aliases=_split(row.get("aliases")),
            )
            entities.append(entity)
        # places_extra.csv is already merged into places.csv by scripts/build_gazetteer.py.
        ukrainian: list[int] = []  # indexes of Ukraine's places among the entities
        for row in _rows(folder / "places.csv"):
            entity = _place(row)
            if row.get("country") == "UA":
                ukrainian.append(len(entities))
            entities.append(entity)
            if row.get("population", "").isdigit():
                populations[entity.key] = int(row["population"])
            if row.get("lat") and row.get("lon"):
                coordinates[entity.key] = (float(row["lat"]), float(row["lon"]))
            if row.get("stems"):
                stems[entity.key] = list(_split(row["stems"]))
        _spell_as_russian_copy(entities, ukrainian, populations)
        # Raions and city districts (scripts/build_raions.py): "у Ніжинському районі", "Немишлянський район".
        for row in _rows(folder / "raions.csv"):
            entities.append(_place(row))
            if row.get("centre"):
                centres[f"place:{row['key']}"] = f"place:{row['centre']}"
        domains: dict[str, str] = {}
        for row in _rows(folder / "outlets.csv"):
            entities.append(
                Entity(
                    key=f"outlet:{slug(row['name'])}",
                    kind=EntityKind.OUTLET,
                    name=row["name"],
                    category="outlet",
                    aliases=_split(row.get("aliases")),
                )
            )
            domains.update({domain.lower(): row["name"] for domain in _split(row.get("domains"))})
        # Hand-written extra names for entities of the files above ("the Ukrainian capital" is Kyiv).
        extra: dict[tuple[str, str], tuple[str, ...]] = {
            (row["kind"], row["name"]): _split(row.get("aliases")) for row in _rows(folder / "aliases.csv")
        }
        entities = [
            replace(e, aliases=(*e.aliases, *extra[(e.kind.value, e.name)]))
            if (e.kind.value, e.name) in extra
            else e
            for e in entities
        ]
        # Case forms of the Ukrainian and Russian names ("у Києві", "Київській області"), made by
        # scripts/build_inflections.py.
        declined = _rows(folder / "inflections.csv")
        forms = {row["key"]: _split(row.get("forms")) for row in declined}
        adjectives = {row["key"]: _split(row.get("adjectives")) for row in declined}
        inner = {row["key"]: _split(row.get("inner_forms")) for row in declined}
        gazetteer = cls(entities, stems, populations, forms, adjectives, inner)
        gazetteer.domains = domains
        gazetteer.coordinates = coordinates
        gazetteer._centres = centres
        gazetteer._district_of_centre = {centre: district for district, centre in centres.items()}
        gazetteer.ukraines_weapons = frozenset(ukraines)
        if (folder / "settlements.csv").is_file():
            gazetteer._settlements_file = folder / "settlements.csv"
        # Hromadas named after a town with adjectives its name is not seen to make ("Шосткинська": Shostka), by
        # scripts/build_hromada_towns.py; Russian copy spells them the Russian way ("Шосткинской").
        for row in _rows(folder / "hromada_towns.csv"):
            stem = row["hromada"]
            gazetteer._hromada_of_town.setdefault(f"place:{row['town']}", stem)
            gazetteer._hromada_stems.setdefault(f"place:{row['town']}", set()).update(
                {stem, _russian_stem(stem)}
            )
        # Russia's smaller towns near Ukraine, by the adjectives their districts are named with
        # (scripts/build_district_towns.py); a stem two towns of a region make names neither.
        named: dict[tuple[str, str], set[str]] = {}
        for row in _rows(folder / "district_towns.csv"):
            for stem in _split(row.get("stems")):
                named.setdefault((row["region"], stem), set()).add(row["name"])
        gazetteer._district_towns = {
            (f"place:{region}", stem): towns.pop()
            for (region, stem), towns in named.items()
            if len(towns) == 1
        }
        gazetteer._district_town_stems = frozenset(stem for _, stem in gazetteer._district_towns)
        gazetteer._district_town_names = frozenset(
            (region, town.casefold()) for (region, _), town in gazetteer._district_towns.items()
        )
        for row in _rows(folder / "categories.csv"):
            kinds = frozenset(_split(row.get("categories")))
            members = tuple(
                e.key
                for e in gazetteer.entities.values()
                if e.kind is EntityKind.WEAPON and e.category in kinds
            )
            for word in (row["name"], *_split(row.get("words"))):
                gazetteer.categories.setdefault(name_key(word), (row["name"], members))
        for capital, actor in capitals.items():
            for place in gazetteer.lookup(capital):
                if place.kind is EntityKind.PLACE:
                    gazetteer.capitals[place.key] = (gazetteer.entities[actor], capital in state_capitals)
        return gazetteer

    # ---- lookups ------------------------------------------------------------------------------------------

    def get(self, key: str) -> Entity | None:
        """Villages are known once a report named one (`add_place`), or read from the settlements table when a
        question or a stored incident names one by its key."""
        entity = self.entities.get(key)
        if entity is None and key.startswith(SETTLEMENT_KEYS):
            table = self._settlements or self._settlements_by_key()
            known = table.entity_of(key) if table is not None else None
            if known is not None:
                entity = self.add_place(known)
        return entity

    @property
    def settlements(self) -> Settlements | None:
        """Ukraine's villages (see `settlements`), read from disk when a text first names one: most questions
        and many reports never need the 26,000 of them."""
        if self._settlements is None and self._settlements_file is not None:
            # The reader and the writer threads may both ask first; one reads the file.
            with self._settlements_lock:
                if self._settlements is None:
                    self._settlements = Settlements.load(self._settlements_file)
        return self._settlements

    def _settlements_by_key(self) -> Settlements | None:
        """The settlements without their names' index: enough to know a stored village by its key."""
        if self._settlements_keys is None and self._settlements_file is not None:
            with self._settlements_lock:
                if self._settlements_keys is None:
                    self._settlements_keys = Settlements.load(self._settlements_file, names=False)
        return self._settlements_keys

    def add_place(self, entity: Entity) -> Entity:
        """A place read outside the gazetteer's own tables (a village), so that its hierarchy is known; the one
        already held under its key if any."""
        held = self.entities.setdefault(entity.key, entity)
        if held is entity and entity.parent:
            self._children.setdefault(entity.parent, []).append(entity.key)
        return held

    def _compound_town(self, first: str, second: str) -> tuple[Entity, bool] | None:
        """The town whose double name ("Білгород-Дністровський") the two words of a hyphenated Cyrillic compound
        are case forms of: each word keeps its name's part but for an ending of up to three letters; and whether
        the last word can be a case form of the name's: a name ending in an adjective is not one of another
        gender ("Свято-Покровський" beside the town Свято-Покровське), while a noun's genitive may look like one
        ("Івано-Франківська", of Івано-Франківськ)."""
        if not _CYRILLIC_LETTER.match(first):
            return None
        if self._compound_towns is None:
            self._compound_towns = {}
            for entity in self.entities.values():
                if entity.kind is not EntityKind.PLACE or entity.category != "city":
                    continue
                for alias in {entity.name, *entity.aliases}:
                    parts = alias.split("-")
                    if len(parts) == 2 and _CYRILLIC_LETTER.match(alias) and min(map(len, parts)) >= 4:
                        head, tail = fold(parts[0]), fold(parts[1])
                        entry = (head, tail, parts[1].lower(), entity)
                        self._compound_towns.setdefault(head[:3], []).append(entry)
        # (Genders by the letters as written: folding makes "й" an "и".)
        written, first, second = second.lower(), fold(first), fold(second)
        return next(
            (
                (entity, _gender(written_tail) is None or _gender(written) in (None, _gender(written_tail)))
                for head, tail, written_tail, entity in self._compound_towns.get(first[:3], ())
                if _same_stem(first, head) and _same_stem(second, tail)
            ),
            None,
        )

    def lookup(self, name: str) -> list[Entity]:
        """Entities whose name or alias has the same key as `name` ("KN 23" -> KN-23), best first: one spelt as
        written before one the key only folds to ("Primorsk" is Russia's port before Ukraine's Prymorsk)."""
        return [a.entity for a in _as_spelt_first(self._table.get(name_key(name), []), name)]

    def hromada_of(self, town: Entity) -> Entity:
        """The hromada named after a town of Ukraine: keyed by its one centre (see `hromada_centre`) and named as the
        codifier names it, whatever a text's spelling, so that it has one key and one name."""
        centre = self.hromada_centre(town)
        return hromada_of(centre, self._hromada_stem(centre) or self._hromada_stem(town))

    def _hromada_stem(self, town: Entity) -> str | None:
        """The stem of the adjective the codifier names the hromada a town is the centre of with ("сумськ" for Sumy,
        "юнаківськ" for Yunakivka): by hromada_towns.csv, else by the settlement's row, else by a centre of the
        town's name in its oblast."""
        stem = self._hromada_of_town.get(town.key)
        settlements = self.settlements
        if stem is not None or settlements is None:
            return stem
        oblast = self.oblast_of(town.key)
        return settlements.centres_hromada(town.key) or (
            settlements.hromada_of_centre_named(town.name, oblast) if oblast is not None else None
        )

    def hromada_named(self, words: str) -> list[Entity] | None:
        """What a question naming a hromada asks about: the places it may be named after ("Sumy hromada": Sumy;
        "Калинівська громада": every Kalynivka, towns largest first, then villages). None when the words name no
        hromada; an empty list when they name one this gazetteer does not know."""
        question = _hromada_question(words)
        if question is None:
            return None
        name = question.group("name")
        if found := self.lookup(name):
            return found
        towns: list[Entity] = []
        if adjective := _ONE_LATIN_ADJECTIVE.fullmatch(name):
            # "Nikopolska hromada": the adjective as English copy transliterates it names its town, as in a report.
            towns = self._towns_by_latin_adjective().get(_latin_stem(adjective), [])
        settlements = self._settlements or self._settlements_by_key()
        # The noun is put back as the name's own script writes it: an English name ("Velykopysarivska hromada")
        # is read as English copy names a hromada, a Cyrillic one by its adjective.
        noun = "громада" if _CYRILLIC_LETTER.search(name) else "hromada"
        named = settlements.hromadas_in(f"{name} {noun}") if settlements is not None else []
        return list(
            dict.fromkeys(
                [
                    *towns,
                    *(town for hromada in named for town in self.towns_by_adjective(hromada.stem)),
                    *(centre.entity() for hromada in named for centre in hromada.centres),
                ]
            )
        )

    def weapons_of_category(self, category: str) -> list[Entity]:
        if self._weapons_by_category is None:
            by_category: dict[str, list[Entity]] = {}
            for entity in list(self.entities.values()):
                if entity.kind is EntityKind.WEAPON:
                    by_category.setdefault(entity.category, []).append(entity)
            self._weapons_by_category = by_category
        return self._weapons_by_category.get(category, [])

    @staticmethod
    def asks_about_hromada(words: str) -> bool:
        """Whether a question names a hromada ("Sumy hromada"), without looking it up."""
        return _hromada_question(words) is not None

    def category(self, words: str) -> tuple[str, tuple[str, ...]] | None:
        """The weapon kind some words name ("drone", "Ballistic missiles"), with its weapons' keys."""
        return self.categories.get(name_key(words))

    def family(self, name: str) -> list[Entity]:
        """The weapons whose names go on from `name` ("Iskander" -> Iskander-M, Iskander-K; "FAB" -> FAB-250,
        FAB-500...): a question about a family's name asks about all of it."""
        if self._families is None:
            self._families = {}
            for entity in self.entities.values():
                if entity.kind is not EntityKind.WEAPON:
                    continue
                for alias in (entity.name, *entity.aliases):
                    folded = fold(alias)
                    for cut in (i for i, ch in enumerate(folded) if ch in "- "):
                        members = self._families.setdefault(folded[:cut], [])
                        if entity not in members:
                            members.append(entity)
        return list(self._families.get(fold(" ".join(name.split())), ()))

    def written_names(self, key: str) -> list[str]:
        held = self._written.get(key)
        if held is None and (entity := self.get(key)) is not None:
            return [entity.name, *entity.aliases]
        return held or []

    def outlet_for_url(self, url: str) -> str | None:
        """The outlet a URL belongs to: a known domain ("www.reuters.com" -> Reuters), else the host name."""
        parsed = urlsplit(url if "//" in url else f"//{url}")
        host = (parsed.hostname or "").lower().removeprefix("www.")
        if not host:
            return None
        first_segment = parsed.path.strip("/").split("/", 1)[0].lower()
        for candidate in (f"{host}/{first_segment}", host):
            labels = candidate.split(".")
            for start in range(len(labels) - 1):
                name = self.domains.get(".".join(labels[start:]))
                if name:
                    return name
        return host

    def locate(self, key: str) -> tuple[float, float] | None:
        """Where a place is drawn on a map: its own coordinates; a raion's town's; a city district's city's; for a
        region, the centre of its towns weighted by population (computed once)."""
        if key in self.coordinates:
            return self.coordinates[key]
        entity = self.entities.get(key)
        if entity is None or entity.kind is not EntityKind.PLACE:
            return None
        point: tuple[float, float] | None = None
        if key in self._centres:
            point = self.coordinates.get(self._centres[key])
        elif entity.category == "district" and entity.parent:
            point = self.coordinates.get(entity.parent)
        elif entity.category in ("oblast", "region", "country"):
            towns = [
                (self.coordinates[k], self.populations.get(k, 1))
                for k in self.descendants(key)
                if k in self.coordinates and self.entities[k].category == "city"
            ]
            weight = sum(w for _, w in towns)
            if weight:
                point = (
                    sum(lat * w for (lat, _), w in towns) / weight,
                    sum(lon * w for (_, lon), w in towns) / weight,
                )
        if point is not None:
            self.coordinates[key] = point
        return point

    def ancestors(self, key: str) -> list[str]:
        chain: list[str] = []
        entity = self.entities.get(key)
        while entity is not None and entity.parent and entity.parent not in chain:
            chain.append(entity.parent)
            entity = self.entities.get(entity.parent)
        return chain

    def region_named_after(self, key: str) -> Entity | None:
        """The region that bears a city's name ("Odesa" -> Odesa Oblast, "Belgorod" -> Belgorod Oblast), if any."""
        entity = self.entities.get(key)
        region = self.entities.get(entity.parent) if entity is not None and entity.parent else None
        if entity is None or region is None or entity.category != "city":
            return None
        return region if region.name.startswith(f"{entity.name} ") else None

    def namesake_region(self, key: str) -> Entity | None:
        """The oblast named after a city, whether the city lies in it or not: Odesa's, and Kyiv's, which is a city
        of its own beside Kyiv Oblast."""
        entity = self.entities.get(key)
        if entity is None or entity.category != "city":
            return None
        return self.region_named_after(key) or next(
            (e for e in self.lookup(f"{entity.name} Oblast") if e.category == "oblast"), None
        )

    def namesake_district(self, key: str) -> str | None:
        """The key of the district a town is the centre of ("Konotop" -> Konotop district); of a Russian town, the
        district reading adds as it meets it ("Graivoron" -> Grayvoronsky district)."""
        district = self._district_of_centre.get(key)
        entity = self.entities.get(key)
        if (
            district is None
            and entity is not None
            and entity.category == "city"
            and key.startswith("place:ru-city-")
            and (entity.parent or "").startswith("place:ru-region-")
        ):
            district = russian_district_key(entity.name, entity.parent or "")
        return district

    def namesake_hromada(self, key: str) -> str | None:
        """The key of the hromada named after a town or village of Ukraine ("Yunakivka" -> Yunakivska hromada), which
        reports name where they say the hromada was hit."""
        entity = self.get(key)
        if entity is None or entity.category not in ("city", VILLAGE) or self.country_of(key) != UKRAINE:
            return None
        return hromada_key(self.hromada_centre(entity).key)

    def hromada_centre(self, town: Entity) -> Entity:
        """The town a hromada is keyed by: a town of the codifier's table as the one town GeoNames' table holds of
        its name in its oblast (Zolochiv of Kharkiv Oblast is in both), so that the hromada has one key."""
        if not town.key.startswith(SETTLEMENT_KEYS):
            return town
        oblast = self.oblast_of(town.key)
        same = [e for e in self.lookup(town.name) if e.category == "city" and self.oblast_of(e.key) == oblast]
        return same[0] if oblast is not None and len(same) == 1 else town

    def oblast_of(self, key: str) -> str | None:
        """The key of the oblast a place lies in, or is."""
        return next(
            (
                a
                for a in (key, *self.ancestors(key))
                if (e := self.entities.get(a)) and e.category == "oblast"
            ),
            None,
        )

    def namesake_regions(self, key: str) -> list[str]:
        """The keys of the regions a question about a town also means, where reports name them rather than the
        town: its hromada and district (see `namesake_hromada`, `namesake_district`) and the oblast named after
        it."""
        oblast = self.namesake_region(key)
        named = (self.namesake_hromada(key), self.namesake_district(key), oblast.key if oblast else None)
        return [found for found in named if found]

    def district_of_town_named(self, words: str) -> str | None:
        """The key of the district a question names by its town ("Chervonohrad district", the town's old name for
        Sheptytskyi district; "Kharkov raion"), when the words are a town's name and "district"."""
        named = _TOWNS_DISTRICT.fullmatch(words.strip())
        towns = self.lookup(named.group("town")) if named is not None else []
        return next((found for town in towns if (found := self.namesake_district(town.key))), None)

    def centre_of(self, key: str) -> Entity | None:
        """A raion's administrative centre ("Нікопольський район" -> Nikopol); a region's, its city of one of the
        names it goes by ("Zaporizhzhia Oblast" -> Zaporizhzhia, "Dnipropetrovsk Oblast" -> Dnipro)."""
        centre = self._centres.get(key)
        if centre is not None:
            return self.entities.get(centre)
        cities = [
            city
            for stem in self._region_stems.get(key, ())
            for city in self.lookup(stem)
            if city.category == "city" and (city.parent == key or not city.parent)
        ]
        return max(cities, key=lambda c: self.populations.get(c.key, 0), default=None)

    def fired_by_ukraine(self, key: str) -> bool:
        """Whether a weapon is one only Ukraine's side fires: made in Ukraine or by its allies (Storm Shadow,
        ATACMS, Neptune), not in Russia or by the states that supply it (Iran, North Korea)."""
        return key in self.ukraines_weapons

    def country_of(self, key: str) -> str | None:
        """The key of the country a place is in ("place:country-russia"), or None."""
        entity = self.entities.get(key)
        if entity is not None and entity.category == "country":
            return entity.key
        for ancestor in self.ancestors(key):
            found = self.entities.get(ancestor)
            if found is not None and found.category == "country":
                return found.key
        # Moscow, Kyiv, Sevastopol: cities that are regions of their own have no country above them; their keys
        # say where they are.
        return _COUNTRY_BY_KEY.get(key.removeprefix("place:")[:3])

    def descendants(self, key: str) -> list[str]:
        found: list[str] = []
        stack = list(self._children.get(key, ()))
        while stack:
            child = stack.pop()
            found.append(child)
            stack.extend(self._children.get(child, ()))
        return found

    # ---- matching -----------------------------------------------------------------------------------------

    def find(
        self, text: str, base: int = 0, *, ignore_case: bool = False, tokens: list[Token] | None = None
    ) -> list[Mention]:
        """Every known name in `text`, longest first, with offsets shifted by `base`.

        `ignore_case` is for what users type ("kn-23 kharkiv"); article text keeps the case rules. `tokens` are
        the text's own, when the caller has them already.
        """
        tokens = tokenize(text) if tokens is None else tokens
        mentions: list[Mention] = []
        count = len(tokens)
        i = 0
        while i < count:
            joined = ""
            best: tuple[int, Entity] | None = None
            limit = min(count, i + self.max_words)
            for j in range(i, limit):
                if j > i and not _JOINABLE_GAP.fullmatch(text, tokens[j - 1].end, tokens[j].start):
                    break
                piece = tokens[j].key
                if joined + piece not in self._prefixes:
                    # "KN-23s", "Iskanders": the plural of a weapon's name.
                    if piece.endswith("s") and len(piece) > 1:
                        plural = next(
                            (
                                a
                                for a in self._table.get(joined + piece[:-1], ())
                                if a.entity.kind is EntityKind.WEAPON
                            ),
                            None,
                        )
                        if plural is not None and (
                            ignore_case or plural.accepts(text[tokens[i].start : tokens[j].end])
                        ):
                            best = (j, plural.entity)
                    break
                joined += piece
                entries = self._table.get(joined)
                if entries and _cuts_designator(text, tokens, j):
                    # "3 «Шахеди-136» збито", "Гераней-2": a weapon's name declined before its own designator.
                    designator = text[tokens[j + 1].start : tokens[j + 1].end]
                    surface = text[tokens[i].start : tokens[j].end]
                    weapon = next(
                        (
                            found
                            for a in entries
                            if a.entity.kind is EntityKind.WEAPON and (ignore_case or a.accepts(surface))
                            for found in [self._with_designator(a.entity, designator)]
                            if found is not None
                        ),
                        None,
                    )
                    if weapon is not None:
                        best = (j + 1, weapon)
                elif entries:
                    surface = text[tokens[i].start : tokens[j].end]
                    if len(entries) > 1 and _CASE_PREPOSITION.search(
                        text, max(0, tokens[i].start - 5), tokens[i].start
                    ):
                        # "во Львове": after a preposition a name is in a case, so Lviv's case form, not the
                        # village Львове of Kherson Oblast, whose name as written it also is.
                        entries = sorted(entries, key=lambda a: not a.case_form)
                    if (
                        entries[0].entity.kind is EntityKind.PLACE
                        and any(a.entity.kind is EntityKind.OUTLET for a in entries)
                        and (
                            _OUTLET_BEFORE.search(text, max(0, tokens[i].start - 40), tokens[i].start)
                            or (
                                _REPORTS_AFTER.match(text, tokens[j].end)
                                and not _SETTLEMENT_BEFORE.search(
                                    text, max(0, tokens[i].start - 40), tokens[i].start
                                )
                            )
                        )
                    ):
                        # "The Ukrainian news outlet Pravda reported...": the outlet, not the village.
                        entries = sorted(entries, key=lambda a: a.entity.kind is not EntityKind.OUTLET)
                    for alias in _as_spelt_first(entries, surface):
                        if _split_one_word_place(alias, surface):
                            continue
                        if (
                            not ignore_case
                            and alias.rule is CaseRule.INNER
                            and _reads_as_other_word(text, tokens[i].start)
                        ):
                            continue
                        if (
                            ignore_case
                            or alias.accepts(surface)
                            or (
                                # A weapon's name in quotation marks is its name even in lower case: "влучила
                                # російська “молния”" (Molniya, not lightning).
                                alias.entity.kind is EntityKind.WEAPON
                                and is_quoted(text, tokens[i].start, tokens[j].end)
                            )
                        ):
                            best = (j, alias.entity)
                            break
            if (
                not ignore_case
                and (best is None or best[0] == i)
                and (last := _compound_end(text, tokens, i)) == i + 1
                and (compound := self._compound_town(tokens[i].surface, tokens[last].surface)) is not None
            ):
                town, agrees = compound
                if not agrees:
                    # "Свято-Покровський собор", "Івано-Франківська ОВА": an adjective made from the double name
                    # (another gender than the town's), naming something else; not the town its first word names.
                    i = last + 1
                    continue
                # "у Білгороді-Дністровському", "в Каменце-Подольском": a town's double name with both words
                # declined, which its tables (declining the last word) lack; not the town its first word names.
                best = (last, town)
            if best is None:
                i += 1
                continue
            j, entity = best
            start, end = tokens[i].start, tokens[j].end
            if (
                entity.kind is EntityKind.PLACE
                and _QUALIFIES_PEOPLE.match(text, end)
                and _named_like_an_adjective(entity, text[start:end])
            ):
                # "Мирный житель погиб": a civilian, not the town Myrnyi.
                i = j + 1
                continue
            if entity.kind is EntityKind.PLACE and _names_the_stavka(text, start, end):
                # "засідання Ставки": the Supreme Commander's headquarters, not the village Stavky.
                i = j + 1
                continue
            if (
                entity.kind is EntityKind.PLACE
                and entity.category == "city"
                and entity.name in RIVER_NAMES
                and _names_a_river(text, start, end)
            ):
                # "на березі Дніпра", "the left bank of the Dnipro": the river the city is named after.
                i = j + 1
                continue
            if (
                entity.kind is EntityKind.PLACE
                and _STREET_AFTER.match(text, end)
                and (_ADJECTIVAL_FORM.search(text, start, end) or _street_adjective(text, start, end))
            ):
                # "на Ленинском проспекте", "на Курском вокзале": a street or station named after a town, where
                # the town's case form is also the adjective's.
                i = j + 1
                continue
            if entity.kind is EntityKind.PLACE and _in_longer_compound(text, start, end, entity):
                last = _compound_end(text, tokens, j)
                if not _declines_own_compound(entity, text[end : tokens[last].end]):
                    # "В Славянске-на-Кубани", "Интерфакс-Россия": a name the table lacks, of which a known one is
                    # only a part.
                    i = last + 1
                    continue
                j, end = last, tokens[last].end  # "Ростова-на-Дону": a case form of the name's first word
            if entity.kind is EntityKind.PLACE and self._ends_unknown_compound(text, start):
                # "офис «Транснефть-Дружбы»": the end of a name the table lacks (a company's), not the village.
                i = j + 1
                continue
            mentions.append(Mention(entity, text[start:end], start + base, end + base))
            i = j + 1
        mentions = self._widen_coordinated_regions(text, mentions, base)
        mentions = self._city_and_its_region(text, mentions, base)
        if self._adjective_regions:
            mentions = self._coordinated_adjectives(text, mentions, base)
            mentions = self._elided_regions(text, mentions, base)
        if not ignore_case:
            mentions = self._coordinated_districts(text, mentions, base)
            if "district" in text:
                mentions = self._districts_by_noun(text, mentions, base)
            if _DISTRICT_NOUN.search(text):
                mentions = self._elided_districts(text, mentions, base)
            elif _DISTRICT_LABEL.match(text):
                mentions = _with_standalone(text, mentions, base, _DISTRICT_LABEL, self._district_named)
            if "ська" in text or "цька" in text or "зька" in text:
                mentions = self._sk_genitives(text, mentions, base)
            if _HROMADA_NOUN.search(text):
                mentions = self._by_adjective(text, mentions, base, _HROMADA_NOUN, countries=(UKRAINE,))
            if _LATIN_HROMADA_NOUN.search(text):
                mentions = self._by_latin_adjective(text, mentions, base)
            if _TOWNS_FACILITY_NOUN.search(text):
                mentions = self._by_adjective(
                    text, mentions, base, _TOWNS_FACILITY_NOUN, countries=(UKRAINE, RUSSIA)
                )
                if _FACILITY_NOUN.search(text):  # (one of the nouns above: searched only where those are)
                    # In lower case, as Russian writes a town's adjective ("курского аэродрома"), only Russia's
                    # towns: a Ukrainian town's lower-case namesake is most often a common word ("заводской
                    # аэродром").
                    mentions = self._by_adjective(
                        text, mentions, base, _FACILITY_NOUN, countries=(RUSSIA,), lower_case=True
                    )
        return mentions

    def _sk_genitives(self, text: str, mentions: list[Mention], base: int) -> list[Mention]:
        found: list[Mention] = []
        ends = {m.end - base for m in mentions if m.entity.kind is EntityKind.PLACE}
        for word in _SK_GENITIVE.finditer(text):
            start, end = word.start(), word.end()
            if any(m.start - base < end and start < m.end - base for m in mentions):
                continue
            if not _NOTHING_AGREES.match(text, end):
                continue
            before = text[max(0, start - 40) : start]
            listed = _LIST_BEFORE.search(before) and any(start - _LIST_GAP_CHARS <= e < start for e in ends)
            if not (_GENITIVE_GOVERNOR.search(before) or listed):
                continue
            town = next((e for e in self.lookup(word.group("town")) if e.category == "city"), None)
            if town is not None:
                found.append(Mention(town, word.group(), start + base, end + base))
                ends.add(end)
        return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

    def _by_adjective(
        self,
        text: str,
        mentions: list[Mention],
        base: int,
        nouns: re.Pattern[str],
        *,
        countries: tuple[str, ...],
        lower_case: bool = False,
    ) -> list[Mention]:
        """ "у Великописарівській громаді", "Краснопільська та Миропільська громади", "в Белогородской громаде",
        "Саратовский НПЗ": a hromada, refinery or airfield is read as the town its adjective is made from (of
        namesakes in `countries`, one in a region the text names, else the largest). The generated case forms know
        the adjectives the dictionaries do; this reads the others (compound names, Russian spellings)."""

        def stem(word: re.Match[str]) -> str | None:
            found = adjective_stem(word.group("adjective") + "ий")
            return None if found in _NOT_A_TOWNS_ADJECTIVE else found

        return self._towns_before(
            text,
            mentions,
            base,
            nouns,
            _FACILITY_ADJECTIVE_RUN if lower_case else _ADJECTIVE_RUN,
            _FACILITY_ADJECTIVE if lower_case else _HROMADA_ADJECTIVE,
            stem,
            self._towns_by_adjective,
            countries,
        )

    def _by_latin_adjective(self, text: str, mentions: list[Mention], base: int) -> list[Mention]:
        """ "Krasnopilska, Bilopilska and Khotynska communities": each adjective, transliterated the national way,
        is the hromada's town, read as `_by_adjective` reads the Cyrillic ones."""

        return self._towns_before(
            text,
            mentions,
            base,
            _LATIN_HROMADA_NOUN,
            _LATIN_ADJECTIVE_RUN,
            _ONE_LATIN_ADJECTIVE,
            _latin_stem,
            self._towns_by_latin_adjective,
            (UKRAINE,),
        )

    def _towns_before(
        self,
        text: str,
        mentions: list[Mention],
        base: int,
        nouns: re.Pattern[str],
        run_before: re.Pattern[str],
        words: re.Pattern[str],
        stem_of: Callable[[re.Match[str]], str | None],
        towns_by_stem: Callable[[], dict[str, list[Entity]]],
        countries: tuple[str, ...],
    ) -> list[Mention]:
        """The towns whose adjectives stand in a run before each noun ("громади", "communities", "НПЗ"); the table
        of towns by stem is built only when a report first has such a run."""
        named_regions = {a for m in mentions for a in (m.entity.key, *self.ancestors(m.entity.key))}
        found: list[Mention] = []
        for noun in nouns.finditer(text):
            run = run_before.search(text, max(0, noun.start() - 200), noun.start())
            if run is None:
                continue
            taken = [(m.start - base, m.end - base) for m in (*mentions, *found)]
            for word in words.finditer(text, run.start(), run.end()):
                start, end = word.start(), word.end()
                if any(s < end and start < e for s, e in taken):
                    continue
                stem = stem_of(word)
                towns = [
                    t for t in towns_by_stem().get(stem or "", []) if self.country_of(t.key) in countries
                ]
                if towns:
                    town = next((t for t in towns if t.parent in named_regions), towns[0])
                    found.append(Mention(town, word.group(), start + base, end + base))
        return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

    def _towns_by_latin_adjective(self) -> dict[str, list[Entity]]:
        """`_towns_by_adjective` keyed by the stems transliterated: "краснопільськ" is "krasnopilsk"."""
        if self._latin_adjective_towns is None:
            latin: dict[str, list[Entity]] = {}
            for stem, towns in self._towns_by_adjective().items():
                held = latin.setdefault(kmu(stem), [])
                held.extend(town for town in towns if town not in held)
            self._latin_adjective_towns = latin
        return self._latin_adjective_towns

    def _with_designator(self, weapon: Entity, designator: str) -> Entity | None:
        """The weapon of a family named with this designator: "Шахеди" before "-131" is Shahed-131, before "-136"
        Shahed-136."""
        for name in (weapon.name, *weapon.aliases):
            family, hyphen, _ = name.rpartition("-")
            if hyphen:
                found = [e for e in self.lookup(f"{family}-{designator}") if e.kind is EntityKind.WEAPON]
                if found:
                    return found[0]
        return None

    def names_a_district_town(self, stem: str) -> bool:
        """Whether the stem is the adjective of one of Russia's smaller towns near Ukraine ("ракитянск")."""
        return stem in self._district_town_stems

    def is_district_town(self, name: str, region: str) -> bool:
        """Whether one of `region`'s smaller towns its districts are named after goes by this name ("Rakitnoye" in
        Belgorod Oblast), as English copy names the district ("the Rakitnoye district")."""
        return (region, name.casefold()) in self._district_town_names

    def district_town(self, stem: str, region: str) -> str | None:
        """The smaller Russian town a district of `region` named with this adjective stem is named after
        ("борисовск" in Belgorod Oblast: Borisovka), if the table holds one."""
        return self._district_towns.get((region, stem))

    def towns_by_adjective(self, stem: str) -> list[Entity]:
        """Ukraine's and Russia's towns whose Cyrillic name makes an adjective of this stem ("покровськ": Pokrovsk,
        Pokrovske...), largest first."""
        return self._towns_by_adjective().get(stem, [])

    def _towns_by_adjective(self) -> dict[str, list[Entity]]:
        """Ukraine's and Russia's towns by the stems of the adjectives their Cyrillic names could make, largest
        first; built when a text first names a hromada, refinery or airfield."""
        if self._adjective_towns is None:
            towns: dict[str, list[Entity]] = {}
            cities = sorted(
                (
                    e
                    # A snapshot: another thread may add a village meanwhile (`add_place`).
                    for e in list(self.entities.values())
                    if e.category == "city" and self.country_of(e.key) in (UKRAINE, RUSSIA)
                ),
                key=lambda e: -self.populations.get(e.key, 0),
            )
            for town in cities:
                stems = set(self._hromada_stems.get(town.key, ()))
                for name in (town.name, *town.aliases):
                    if _CYRILLIC_TOWN.fullmatch(name):
                        stems.update(adjective_stem(candidate) for candidate in candidates_of(name))
                for stem in stems:
                    towns.setdefault(stem, []).append(town)
            self._adjective_towns = towns
        return self._adjective_towns

    def _coordinated_districts(self, text: str, mentions: list[Mention], base: int) -> list[Mention]:
        """ "in the Sviatoshynskyi and Darnytskyi districts", "у Святошинському та Дарницькому районах": each name
        before a plural district is a district (or raion), read as the singular would be."""
        found: list[Mention] = []
        listings = [
            (match, _SINGULAR_DISTRICT[match.group("noun").lower()], DISTRICT_KINDS)
            for match in _PLURAL_DISTRICTS.finditer(text)
        ]
        # After the noun, only a city's districts: a raion is said of a region ("the Dnipro district").
        listings += [(match, ("district",), CITY_DISTRICT) for match in _DISTRICTS_THEN_NAMES.finditer(text)]
        listings += [
            (match, _SINGULAR_DISTRICT[match.group("noun").lower()], DISTRICT_KINDS)
            for match in _DISTRICTS_THEN_ADJECTIVES.finditer(text)
        ]
        for match, singulars, kinds in listings:
            for name in _LISTED_NAME.finditer(match.group("names")):
                start, end = match.start("names") + name.start(), match.start("names") + name.end()
                overlapping = [
                    m for m in (*mentions, *found) if m.start - base < end and start < m.end - base
                ]
                # A town read where the plural makes its name a district's ("the Kharkiv and Izium districts")
                # gives way; anything else read there stands.
                if any(
                    not _same_span(m, start + base, end + base) or m.entity.category != "city"
                    for m in overlapping
                ):
                    continue
                places = [
                    e
                    for singular in singulars
                    for e in self.lookup(f"{name.group()} {singular}")
                    if e.category in kinds
                ]
                if places:
                    mentions = [m for m in mentions if m not in overlapping]
                    found.append(Mention(places[0], name.group(), start + base, end + base))
        return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

    def _districts_by_noun(self, text: str, mentions: list[Mention], base: int) -> list[Mention]:
        """ "the Kyiv district of Kharkiv", "Kyiv's Obolon district": the city's district whose adjective is made from
        the name, where the city has one (not "the Zolochiv district of Lviv", the region's)."""
        for match in _DISTRICT_OF_CITY.finditer(text):
            named = next(group for group in ("name", "name_after", "name_of_city") if match.group(group))
            name = match.group(named)
            city = match.group("city") or match.group("city_before")
            towns = (
                [town for town in self.lookup(city) if town.category == "city"]
                if city
                else self._district_cities()
            )
            district = next(
                (
                    district
                    for town in towns
                    for key in self._children.get(town.key, ())
                    if (district := self.entities[key]).category in CITY_DISTRICT
                    and _made_from(name, district.name.split()[0])
                ),
                None,
            )
            start, end = match.start(named), match.end(named)
            overlapping = [m for m in mentions if m.start - base < end and start < m.end - base]
            if district is None or any(m.entity.category != "city" for m in overlapping):
                continue
            mentions = sorted(
                [
                    *(m for m in mentions if m not in overlapping),
                    Mention(district, name, start + base, end + base),
                ],
                key=lambda m: m.start,
            )
        return mentions

    def _district_cities(self) -> list[Entity]:
        """The cities that have districts (any of them names "the city's ... district"; which one, the report says);
        built when a text first needs them (the table's districts are all loaded by then)."""
        if self._cities_with_districts is None:
            parents = dict.fromkeys(e.parent for e in self.entities.values() if e.category in CITY_DISTRICT)
            self._cities_with_districts = [
                city for key in parents if key and (city := self.entities.get(key)) is not None
            ]
        return self._cities_with_districts

    def _elided_districts(self, text: str, mentions: list[Mention], base: int) -> list[Mention]:
        """ "у Харківському районі пошкоджений будинок, а в Куп’янському – підприємство": in a sentence that names
        a district, a district's adjective standing alone is a district too."""
        # The district named in full says whose districts the sentence speaks of: the same city's or oblast's.
        parents = {m.entity.parent for m in mentions if m.entity.category in DISTRICT_KINDS}
        if not parents:
            return mentions

        def district(adjective: str) -> Entity | None:
            places = [
                e
                for noun in _DISTRICT_NOUN_FORMS
                for e in self.lookup(f"{adjective} {noun}")
                if e.category in DISTRICT_KINDS
            ]
            # A city's districts are told apart by the city the article names (`article._districts_of_named_cities`).
            places.sort(key=lambda e: e.parent not in parents)
            return places[0] if places else None

        return _with_standalone(text, mentions, base, _ELIDED_DISTRICT_ADJECTIVE, district)

    def _district_named(self, adjective: str) -> Entity | None:
        """A city's district by its adjective alone (which city's, `article._districts_of_named_cities` tells); none
        when a raion has the name too, whose adjective labelling a line is as often a surname ("Березовський: ...",
        "Покровський: ...")."""
        named = self.lookup(f"{adjective} район")
        if any(e.category not in CITY_DISTRICT for e in named):
            return None
        return next((e for e in named if e.category in CITY_DISTRICT), None)

    def namesakes(self, entity: Entity) -> list[Entity]:
        """The districts and raions that share a name with this one ("Шевченківський район" of Kyiv, Kharkiv,
        Lviv...), best first; the entity itself among them."""
        keys = dict.fromkeys(name_key(alias) for alias in (entity.name, *entity.aliases))
        same = {
            e.key: e
            for key in keys
            for a in self._table.get(key, ())
            if (e := a.entity).category in DISTRICT_KINDS
        }
        return list(same.values()) or [entity]

    def _coordinated_adjectives(self, text: str, mentions: list[Mention], base: int) -> list[Mention]:
        """ "у Курській та Бєлгородській областях": the regions whose adjectives stand before a plural region."""
        widened: list[Mention] = []
        for mention in mentions:
            last_word = mention.surface.rsplit(maxsplit=1)[-1].lower()
            if mention.entity.kind is EntityKind.PLACE and last_word in CYRILLIC_PLURAL_REGION_WORDS:
                before: list[Mention] = []
                position = mention.start - base
                floor = widened[-1].end - base if widened else 0
                while (
                    found := _COORDINATED_ADJECTIVE.search(text, max(floor, position - 60), position)
                ) and (region := self._adjective_regions.get(word_key(found.group(1)))):
                    before.append(Mention(region, found.group(1), found.start(1) + base, found.end(1) + base))
                    position = found.start(1)
                widened.extend(reversed(before))
            widened.append(mention)
        return widened

    def _elided_regions(self, text: str, mentions: list[Mention], base: int) -> list[Mention]:
        """ "над Ростовской областью было уничтожено 20 дронов, над Волгоградской — 19, над Брянской — 17", "по
        Калужской (12 БПЛА), Смоленской (11) и Московской (9) областям": in a sentence that speaks of regions, a
        region's adjective standing alone (its noun understood or far) is a region too."""
        if not _REGION_NOUN.search(text):
            return mentions
        return _with_standalone(
            text, mentions, base, _ELIDED_ADJECTIVE, lambda word: self._adjective_regions.get(word_key(word))
        )

    def _widen_coordinated_regions(self, text: str, mentions: list[Mention], base: int) -> list[Mention]:
        """ "Kyiv and Kharkiv regions": the plural makes each listed name a region, not only the last. So does a
        plural before the list: "over several oblasts, including Kyiv, Donetsk and Kherson"."""
        for index, mention in enumerate(mentions):
            words = mention.surface.split()
            if len(words) < 2 or words[-1].lower() not in PLURAL_REGION_WORDS:
                continue
            self._regions_back(text, mentions, base, index - 1, mention.start - base)
        for plural in _REGIONS_THEN_NAMES.finditer(text):
            cursor = plural.end()
            for index, candidate in enumerate(mentions):
                if candidate.start - base < cursor:
                    continue
                region = self._stem_regions.get(name_key(candidate.surface))
                if (
                    region is None
                    or text[cursor : candidate.start - base].strip(" ,") not in ("", "and", "or")
                    # (Not the government that says so, after a comma: "in the central Ukraine region of Vinnytsia,
                    # Kyiv said"; not "the governor of the region of Cherkasy said", nor "the regions of Kharkiv,
                    # Sumy and Poltava reported damage".)
                    or (
                        cursor > plural.end()
                        and text[cursor : candidate.start - base].strip() == ","
                        and _SAYS_AFTER.match(text, candidate.end - base)
                    )
                ):
                    break
                mentions[index] = Mention(region, candidate.surface, candidate.start, candidate.end)
                cursor = candidate.end - base
        for others in _NAMES_THEN_OTHER_REGIONS.finditer(text):
            last = sum(1 for m in mentions if m.end - base <= others.start()) - 1
            self._regions_back(text, mentions, base, last, others.start())
        # (Listed one after another, not two speakers' counts: "5 drones over Moscow were shot down, while the
        # ministry reported 20 over Kursk".)
        ends = {
            count.end()
            for a, b in itertools.pairwise(_COUNT_OVER.finditer(text))
            if b.start() - a.end() <= _TALLY_GAP
            for count in (a, b)
        }
        if ends:
            for index, candidate in enumerate(mentions):
                region = self._stem_regions.get(name_key(candidate.surface))
                if candidate.start - base in ends and region is not None:
                    mentions[index] = Mention(region, candidate.surface, candidate.start, candidate.end)
        return mentions

    def _city_and_its_region(self, text: str, mentions: list[Mention], base: int) -> list[Mention]:
        """ "атаковала Киев и область", "у Харкові та області", "Odesa and the region": the city and the region
        named after it, which the word "область" stands for; "Кривий Ріг та район": the town and the district it
        is the centre of."""
        added = []
        for mention in mentions:
            after = _AND_ITS_REGION.match(text, mention.end - base)
            if after is None or any(
                m.start - base < after.end() and after.start() < m.end - base for m in mentions
            ):
                continue
            if after.group("district"):
                region = self.entities.get(self.namesake_district(mention.entity.key) or "")
            else:
                region = self.namesake_region(mention.entity.key)
            if region is not None:
                added.append(
                    Mention(region, after.group("word"), after.start("word") + base, after.end() + base)
                )
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _ends_unknown_compound(self, text: str, start: int) -> bool:
        """Whether the name at `start` ends a hyphenated name whose first word is capitalised and no place:
        "Транснефть-Дружба" is a company (but "пів-Харкова" is half of Kharkiv, "Kramatorsk-Sloviansk" two towns)."""
        if start < 2 or text[start - 1] not in _HYPHEN or not text[start - 2].isalpha():
            return False
        word = _WORD_BEFORE_HYPHEN.search(text, 0, start - 1)
        return (
            word is not None
            and word.group()[0].isupper()
            and not any(e.kind is EntityKind.PLACE for e in self.lookup(word.group()))
        )

    def _regions_back(self, text: str, mentions: list[Mention], base: int, last: int, cursor: int) -> None:
        """Make regions of the names that stand, joined by commas or "and", right before `cursor`, from mention
        `last` back; past a city no region is named after, which the list names as itself ("the Zhytomyr,
        Khmelnytsky, Kryvyi Rih, Ternopil and Lviv regions")."""
        # A list opened by "the" is of regions whatever lies between its names ("the Kyiv, Odesa and western Lviv
        # regions"); one that is not says where each region lies of each ("the northern Chernihiv and eastern
        # Donetsk regions"), not "Kharkiv, northern Sumy and Chernihiv regions", where Kharkiv is the city.
        opened_by_the = _THE_BEFORE.search(
            text, 0, mentions[_list_start(text, mentions, base, last, cursor)].start - base
        )
        for index in range(last, -1, -1):
            candidate = mentions[index]
            gap = text[candidate.end - base : cursor]
            if not _joins_a_list(gap):
                return
            if (
                _COMPASS_WORD.search(gap)
                and not opened_by_the
                and not _COMPASS_BEFORE.search(text, 0, candidate.start - base)
            ):
                return
            region = self._stem_regions.get(name_key(candidate.surface))
            if region is None:
                if (
                    candidate.entity.category != "city"
                    or self.namesake_region(candidate.entity.key) is not None
                ):
                    return
                cursor = candidate.start - base
                continue
            mentions[index] = Mention(region, candidate.surface, candidate.start, candidate.end)
            cursor = candidate.start - base


def _joins_a_list(gap: str) -> bool:
    """Whether what stands between two names joins them in one list: a comma, "and", "or", compass words."""
    return _COMPASS_WORD.sub("", gap).strip(" ,") in ("", "and", "or")


def _list_start(text: str, mentions: list[Mention], base: int, last: int, cursor: int) -> int:
    """The first mention of the list of names that stand, joined by commas, "and" or compass words, before
    `cursor` from mention `last` back."""
    first = last
    for index in range(last, -1, -1):
        candidate = mentions[index]
        if not _joins_a_list(text[candidate.end - base : cursor]):
            break
        first, cursor = index, candidate.start - base
    return first


def _made_from(name: str, adjective: str) -> bool:
    """Whether a district's adjective is made from a name: "Kyiv" -> "Kyivskyi", "Solomianka" -> "Solomianskyi",
    "Shevchenko" -> "Shevchenkivskyi" (the name's ending may change, its stem stays)."""
    return len(adjective) > len(name) and shared_start(name, adjective) >= max(
        _MADE_FROM_LETTERS, len(name) - 2
    )


def _same_span(mention: Mention, start: int, end: int) -> bool:
    return mention.start == start and mention.end == end


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _russian_stem(stem: str) -> str:
    """A Ukrainian adjective's stem as Russian most often spells it: "шосткинськ" -> "шосткинск", "феодосійськ" ->
    "феодосийск"."""
    return _RUSSIAN_SUFFIX.sub(r"\1к", stem).translate(_RUSSIAN_LETTERS)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split("|") if part.strip())


def _spell_as_russian_copy(entities: list[Entity], ukrainian: list[int], populations: dict[str, int]) -> None:
    """Ukraine's towns as English copy translated from Russian spells them, from their Russian names: Константиновка
    is Konstantinovka (Kostiantynivka), Горловка Gorlovka, Новая Каховка Novaya Kakhovka. A spelling that already
    names a place stays that place's: always one of another country ("Primorsk" is Russia's, not Prymorsk), and a
    Ukrainian one unless the town is ten times its size (Konstantinovka, a Crimean village of 1,354, is not what the
    copy means; Sadove of 1,020 is no smaller namesake of Sadovoye's 2,874, whose Ukrainian name Садове spells it). Towns
    only: see `_TOWN_COPY_NAMES`."""
    owners: dict[str, list[str]] = {}
    for e in entities:
        if e.kind is EntityKind.PLACE:
            for name in {name_key(n) for n in (e.name, *e.aliases)}:
                owners.setdefault(name, []).append(e.key)
    for index in ukrainian:
        place = entities[index]
        size = populations.get(place.key, 0)
        if size < _TOWN_COPY_NAMES:
            continue
        known = {name_key(name) for name in (place.name, *place.aliases)}
        spellings = []
        for name in place.aliases:
            if not _RUSSIAN_NAME.fullmatch(name):
                continue
            latin = iuliia.WIKIPEDIA.translate(name)
            key = name_key(latin)
            if key in known or any(
                not owner.startswith(_UKRAINE_PLACE) or populations.get(owner, 0) * _NAMESAKE_RATIO > size
                for owner in owners.get(key, ())
            ):
                continue
            known.add(key)
            spellings.append(latin)
        if spellings:
            entities[index] = replace(place, aliases=(*place.aliases, *spellings))


_NAMESAKE_RATIO = 10
# Only towns English copy writes of by their Russian names: a village's Russian name is as often a Russian or
# Belarusian village's own (Podgornoye of Voronezh Oblast, Mogilev), and only the text's region tells them apart.
_TOWN_COPY_NAMES = 10_000


_UKRAINE_PLACE = "place:ua-"
# A name in Russian: Cyrillic without the letters only Ukrainian (і, ї, є, ґ, the apostrophe) or Belarusian (ў) writes.
_RUSSIAN_NAME = re.compile(r"[А-ЯЁ][а-яА-ЯЁё]*(?:[ -][а-яА-ЯЁё]+)*")


def _place(row: dict[str, str]) -> Entity:
    """A place from a row of places.csv or raions.csv."""
    return Entity(
        key=f"place:{row['key']}",
        kind=EntityKind.PLACE,
        name=row["name"],
        category=row["kind"],
        parent=f"place:{row['parent']}" if row.get("parent") else None,
        aliases=_split(row.get("aliases")),
    )


# A town named like an adjective, before the people it then describes: "Мирный житель", "Мирні мешканці".
_QUALIFIES_PEOPLE = re.compile(r"\s+(?:жител|мешкан|населен|люд|граждан|громадян)\w*", re.IGNORECASE)
_ADJECTIVE_END = re.compile(r"(?:ый|ий|ій|ая|ое|ые|ні|на|не)$")


def _named_like_an_adjective(entity: Entity, surface: str) -> bool:
    """Whether the surface is the place's own name (not a case form the tables made) and reads as an adjective."""
    folded = fold(surface)
    return _ADJECTIVE_END.search(surface.lower()) is not None and any(
        fold(name) == folded for name in (entity.name, *entity.aliases)
    )


# The Supreme Commander's headquarters, the Stavka, met or named in full: "засідання Ставки", "на засіданні Ставки",
# "Ставка Верховного Головнокомандувача" (its genitive is the village Stavky's name).
_STAVKA_BEFORE = re.compile(r"(?:засідан|заседан|член|рішення|решени)\w*\s+$", re.IGNORECASE)
_STAVKA_AFTER = re.compile(r"\s+(?:Верховн|ВГК)", re.IGNORECASE)
_STAVKA = re.compile(r"Ставк\w*")


def _names_the_stavka(text: str, start: int, end: int) -> bool:
    return _STAVKA.fullmatch(text, start, end) is not None and (
        _STAVKA_BEFORE.search(text, max(0, start - 20), start) is not None
        or _STAVKA_AFTER.match(text, end) is not None
    )


_STREET_AFTER = re.compile(
    r"\s+(?:проспект|улиц|вулиц|шосе|шоссе|бульвар|провулк|переул|площ|набережн|вокзал)\w*", re.IGNORECASE
)
_ADJECTIVAL_FORM = re.compile(
    r"(?:ск|цк|зк|ськ|цьк|зьк)(?:ом|ой|ому|им|ім|ій|ої|ого|ая|ий|ый)$", re.IGNORECASE
)
# The same endings a town in "-ськ" takes as a noun, which are a street's adjective when they agree with the street
# word after them: "на Слов'янську вулицю", "У Павлівську площу" (not "У Покровську вулиця Шмідта постраждала", the
# town's locative before a street in the nominative).
_FEMININE_STREET_CASES = (
    ("у", ("вулицю", "улицу", "площу", "площадь", "набережну", "набережную")),
    ("а", ("вулиця", "улица", "площа", "площадь", "набережна", "набережная")),
    ("ою", ("вулицею", "улицей", "площею", "площадью", "набережною", "набережной")),
)
_FEMININE_STREET_STEMS = ("ськ", "цьк", "зьк", "ск", "цк", "зк")
_NEXT_WORD = re.compile(r"\s+(\w+)")


def _street_adjective(text: str, start: int, end: int) -> bool:
    """Whether a feminine form in "-ськ..." agrees, as an adjective, with the street word after it."""
    surface = text[start:end].lower()
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1).lower()
    return any(
        surface.endswith(tuple(stem + ending for stem in _FEMININE_STREET_STEMS)) and word in words
        for ending, words in _FEMININE_STREET_CASES
    )


# A town named after its river, where the river is meant: what has banks or runs ("the left bank of the Dnipro",
# "Dnipro River", "на березі Дніпра", "вздовж річки Дніпро"). Only for towns that bear a river's name: the left bank
# of Kyiv is a part of the city, and "the Izmail river port" is Izmail's.
RIVER_NAMES = frozenset({"Dnipro", "Desna", "Inhulets", "Oskil", "Samara"})
_RIVER_BEFORE = re.compile(
    r"(?:\b(?:banks?|shores?)\s+of\s+the\s+|(?<!\w)(?:берег\w*|березі|лівобережж\w*|правобережж\w*|левобережь\w*|"
    r"правобережь\w*|русл\w*|вздовж|уздовж|вдоль|річк[аиоуі]\w*|рек[аиеу]|рекой)\s+)$",
    re.IGNORECASE,
)
_RIVER_AFTER = re.compile(
    r"\s+(?:[Rr]iver\b(?!\s+port)|[Рр]іч\w*|[Рр]ек[аиеу]\b)|['’]s\s+(?:left|right|east\w*|west\w*)\s+bank"
)


def _names_a_river(text: str, start: int, end: int) -> bool:
    return bool(_RIVER_BEFORE.search(text, max(0, start - 30), start) or _RIVER_AFTER.match(text, end))


_TOWNS_DISTRICT = re.compile(r"(?P<town>.+?)\s+(?:district|raion|rayon)", re.IGNORECASE)
_AND_ITS_REGION = re.compile(
    r"\s+(?:і|й|та|и|and\s+the)\s+(?P<word>област[ьіиюі]|областю|областью|region|oblast|"
    # (The district only where the word ends the phrase: "Кривий Ріг та район, ...", not "Одесу та район порту", a
    # part of the city.)
    r"(?P<district>(?:район(?:у|і|а|е|ом)?|district)(?=\s*(?:[,.;:!?)»\"”—–]|$)|\s+(?:та|і|й|и|а|де|где|and)\s)))"
    r"(?!\w)",
    re.IGNORECASE,
)
_HYPHEN = "-‐‑"
_WORD_BEFORE_HYPHEN = re.compile(r"\w+$")
_CYRILLIC_LETTER = re.compile(r"[А-ЯІЇЄҐЁа-яіїєґё]")
_NAMED_ON_A_RIVER = re.compile(rf"[{_HYPHEN}](?:на|над|on)[{_HYPHEN}]\w", re.IGNORECASE)


def _in_longer_compound(text: str, start: int, end: int, entity: Entity) -> bool:
    """Whether a name is the first part of a longer one made with "-на-" or "-on-" ("Славянске-на-Кубани"), or a
    country named at the end of one (an agency: "Интерфакс-Россия"). A station, an airfield, a business district or
    a route named after a city is the city ("Харків-Пасажирський", "Курск-Восточный", "Москва-Сити",
    "потяг Харків-Київ"), and so is half of it ("пів-Харкова"). (English copy's "Kyiv-bound drones" and
    "Moscow-installed officials" are the places' own adjectives.)"""
    if _NAMED_ON_A_RIVER.match(text, end):
        return True  # (English copy's too: "Slavyansk-on-Kuban" is no Sloviansk.)
    if not _CYRILLIC_LETTER.search(text, start, end):
        return False
    return (
        entity.category == "country"
        and start >= 2
        and text[start - 1] in _HYPHEN
        and text[start - 2].isalpha()
    )


# How many letters a case ending may change: "Кам'янець" -> "Кам'янці", "Дністровський" -> "Дністровському".
_CASE_ENDING_LETTERS = 3


def _same_stem(word: str, name: str) -> bool:
    """Whether a folded word is a case form of a folded name: they differ only in an ending of a few letters."""
    shared = shared_start(word, name)
    # (Three letters: short first words change in their stem too, "Рава" -> "Раві", "Камінь" -> "Камені".)
    return (
        shared >= 3
        and shared >= len(name) - _CASE_ENDING_LETTERS
        and len(word) - shared <= _CASE_ENDING_LETTERS + 1
    )


def _gender(word: str) -> str | None:
    """The gender an adjective's nominative ending shows ("-ський", "-ська", "-ське"); None for another case or
    for a noun ("Луга", "Луге")."""
    if word.endswith(("ий", "ый", "ой")):
        return "masculine"
    if word.endswith(("ська", "цька", "зька", "ская", "цкая", "зкая", "ая", "яя")):
        return "feminine"
    if word.endswith(("ське", "цьке", "зьке", "ское", "цкое", "зкое", "ое", "ее")):
        return "neuter"
    return None


def _declines_own_compound(entity: Entity, tail: str) -> bool:
    """Whether `tail` ("-на-Дону") ends one of the entity's own names: the text declined the first word of it."""
    folded = fold(tail)
    return any(fold(alias).endswith(folded) for alias in (entity.name, *entity.aliases) if "-" in alias)


def _compound_end(text: str, tokens: list[Token], j: int) -> int:
    """The last token of the hyphenated compound token `j` belongs to."""
    while j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end + 1 and text[tokens[j].end] in _HYPHEN:
        j += 1
    return j


def _cuts_designator(text: str, tokens: list[Token], j: int) -> bool:
    """Whether a name ending at token `j` would cut a designator in two: "Russian S" + "-300" is not "Russians"."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        after is not None
        and after.start == tokens[j].end + 1
        and text[tokens[j].end] in "-‐‑–"
        and text[after.start].isdigit()
    )


def _with_standalone(
    text: str,
    mentions: list[Mention],
    base: int,
    pattern: re.Pattern[str],
    entity_of: Callable[[str], Entity | None],
) -> list[Mention]:
    """The mentions, with an entity for each match of `pattern` (its first group) that no mention covers and that
    `entity_of` knows: an adjective whose noun the sentence leaves understood."""
    taken = [(m.start - base, m.end - base) for m in mentions]
    found = [
        Mention(entity, word.group(1), word.start(1) + base, word.end(1) + base)
        for word in pattern.finditer(text)
        if not any(s < word.end(1) and word.start(1) < e for s, e in taken)
        and (entity := entity_of(word.group(1))) is not None
    ]
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions
