"""Ukraine's villages and settlements, read where a text says it names one.

Regional reports place strikes in villages far smaller than any town of the main gazetteer: "у с. Шипувате
Великобурлуцької громади", "у селах Балка та Сподобівка", "the village of Malekhiv". `settlements.csv`
(scripts/build_settlements.py, from the state's codifier KATOTTG) lists all 26,000 with their case forms. Most of
their names are also ordinary words or other places' names ("Балка" is a gully, there are forty Antonivkas), so a
name is read only right after a word that says a settlement follows, and a name several settlements share is the
one in the hromada, raion or oblast the report names.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import iuliia
from rapidfuzz import fuzz

from bot.extract.normalize import name_key, named_after, names_in
from bot.extract.translit import kmu
from bot.models import Entity, EntityKind

VILLAGE = "village"
HROMADA = "hromada"
# How settlements' entity keys begin: "place:ua-village-luzhok-63120130040098836".
SETTLEMENT_KEYS = ("place:ua-village-", "place:ua-settlement-", "place:ua-town-")
UKRAINE = "place:country-ukraine"

_CYRILLIC_NAME = r"[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]+(?:-[А-ЯІЇЄҐЁа-яіїєґё][а-яіїєґё'’ʼ]+)?"
_LATIN_NAME = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?"
# One or two capitalised words; the longer is tried first ("Козача Лопань", "Velyka Pysarivka").
_NAME = re.compile(rf"(?:{_CYRILLIC_NAME}(?:\s+{_CYRILLIC_NAME})?|{_LATIN_NAME}(?:\s+{_LATIN_NAME})?)")
_BOUND = r"(?<![\w.])"
_UNDER_FIRE = (
    r"(?:під|под)\s+(?:[\w'’ʼ-]+,?\s+){0,10}?(?:вогн\w*|огн\w*|обстріл\w*|обстрел\w*|удар\w*|атак\w*|терор\w*)"
    r"\s+(?:[\w'’ʼ-]+,?\s+){0,3}?(?:перебувал[аио]?|находил(?:ись|ось|ся|ась)|були|были)"
    r"|(?i:under)\s+(?:[\w'’-]+,?\s+){0,6}?(?:fire|shelling|attacks?|strikes|airstrikes|bombardment|terror)"
    r"\s+(?:[\w'’-]+,?\s+){0,3}?(?:were|was)"
)
# Words after which a settlement's name follows. Plural ones may begin a list ("у селах А, Б та В").
# "села" and "селища" are plural as often as singular ("обстріляли села Балка та Сподобівка"), so they may too.
SETTLEMENT_MARKER = re.compile(
    _BOUND + r"(?:"
    r"(?P<one>(?i:с\.|сел\.|смт\.?|пгт\.?|с-ще|село|селі|селом|селе|селу|селищі|селищем|селищу|поселок|поселка|"
    r"поселке|поселку|посёлок|посёлка|посёлке|посёлку|пос\.|хутор|хутора|хуторі|хуторе|хутору|хутором|"
    # Russia's villages: "в деревне Золотаревка", Cossack ones in the south "в станице Гривенской".
    r"деревня|деревни|деревне|деревню|деревней|станица|станицы|станице|станицу|станицей)|"
    r"(?:[Tt]he\s+)?(?:village|settlement|hamlet)(?:\s+of)?)"
    r"|(?P<many>(?i:села|селища|селах|селищах|селами|селам|селищам|поселкам|посёлкам|хуторам|сіл|поселках|"
    r"деревням|деревнях|станицам|станицах|населені\s+пункти|"
    r"населених\s+пункт(?:ах|ів)|"
    r"населенные\s+пункты|населенных\s+пункт(?:ах|ов))(?:(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]+)?\s*,?\s+(?:зокрема|серед\s+них|у\s+тому\s+числі|в\s+тому\s+числі|"
    r"в\s+том\s+числе|среди\s+них|а\s+именно|а\s+саме)\s*:?)?"
    # "about 15 settlements, such as Sinkivka, Ivanivka and Stepova Novoselivka", "villages including ...".
    r"|(?:villages|settlements)(?:\s+of|(?:\s+in\s+the\s+[A-Z][\w'’-]+\s+(?:region|oblast|district|raion))?\s*,?\s+"
    r"(?:such\s+as|including|among\s+them|namely))?"
    # "Під ворожим вогнем опинилися Понятівка, Берислав, Михайлівка...": the round-ups' lists of places hit.
    r"|опинил(?:ися|ись|ося|ось|ася|ась)|опинився|оказал(?:ись|ось|ась|ся)"
    # "...під ворожим дроновим терором, авіаційними ударами та обстрілами перебували Антонівка, Садове..." and its
    # English translation "under enemy fire and airstrikes were Antonovka, Romashkovo...": "were" alone says
    # nothing, so only after what the places were under.
    rf"|{_UNDER_FIRE}))"
    r":?\s+(?=\S)"
)
# "- Мохнач, Малиновка, (Чугуевский район);": the villages a round-up lists before their raion in brackets.
_NAMES_BEFORE_RAION = re.compile(
    rf"(?<![\w'’ʼ-])(?P<names>(?:{_CYRILLIC_NAME}(?:\s*,\s*|\s+(?:та|і|й|и)\s+)){{0,8}}{_CYRILLIC_NAME})"
    r"\s*,?\s*\(\s*[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]+(?:ий|ый|ой)\s+(?:район|р-н)\s*\)"
)
# A name of one word, or two when the first is an adjective before a noun ("Красная Яруга", "Новая Таволжанка"):
# not "Белянка Шебекинского округа", nor "Стрелецкое Белгородского района".
_UNLISTED_NAME = re.compile(
    r"(?:[А-ЯЁ][а-яё]+(?:ая|яя|ый|ий|ой|ое|ее|ые)\s+(?![А-ЯЁ][а-яё]+(?:ого|его|ой|ей|ому|ему|ых|их|ым|им)(?!\w)))?"
    rf"{_CYRILLIC_NAME}(?![\w'’ʼ-])"
)
# (A name as English copy writes it, one word or hyphenated, or after an adjective: "Dolgoye", "Novaya Tavolzhanka".)
_UNLISTED_LATIN_NAME = re.compile(
    r"(?<=\s)(?:[A-Z][a-z]+(?:aya|oye|oe|yy|iy|ye|ie|iye|y|oy)\s+(?=[A-Z]))?"
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z'’]{2,}(?:-[A-Z]?[a-z'’]+)*(?![\w'’-])"
)
# After "станице", "деревне" a name made of adjectives agrees with them ("в станице Гривенской"); its own name is in
# the nominative ("Гривенская").
_FEMININE_MARKER = re.compile(r"(?i:деревн|станиц)")
# (One word only: "в деревне Старой Кочетовке" leaves its noun declined too; "Ручей" is no adjective.)
_FEMININE_ADJECTIVE = re.compile(r"(?<=[кцнвлртд])ой$")
# So too after "селе": "в селе Лозовском" is Лозовское.
_NEUTER_MARKER = re.compile(r"(?i:сел[оеау]|селом)$")
_OBLIQUE_NEUTER = re.compile(r"(?<=[кцнвлртдгх])(?:ом|ого)$")
# After "поселке" or "хуторе" a name may be of either gender ("в поселке Ракитном" is Ракитное, "в поселке Сосновом"
# Сосновый), but most agree with the noun: masculine, unless the report named it before in another form.
_MASCULINE_MARKER = re.compile(r"(?i:пос[её]л\w*|хутор\w*)$")


def other_nominatives(name: str) -> list[str]:
    """The nominatives a one-word adjectival name left in an oblique case may have ("Ракитном": Ракитное,
    Ракитный)."""
    if " " in name or not _OBLIQUE_NEUTER.search(name):
        return []
    stem = name.removesuffix("ого").removesuffix("ом")
    return [stem + "ое", stem + ("ий" if stem[-1] in "кгх" else "ый")]


def _nominative(name: str, marker: str) -> str:
    """A village's one-word adjectival name in the nominative, by the gender of the noun before it."""
    if " " in name:
        return name
    if _FEMININE_MARKER.match(marker):
        return _FEMININE_ADJECTIVE.sub("ая", name)
    if _NEUTER_MARKER.search(marker):
        return _OBLIQUE_NEUTER.sub("ое", name)
    if _MASCULINE_MARKER.search(marker) and (found := _OBLIQUE_NEUTER.search(name)) is not None:
        stem = name[: found.start()]
        return stem + ("ий" if stem[-1] in "кгх" else "ый")
    return name


# A unit after a name in the genitive: "Ивановского сельсовета", "Беловского района".
_OF_A_UNIT = re.compile(r"\s+(?:сельсовет|сельск|поселени|район|округ|област|кра[яю]|муниципал)\w*")
_OBLIQUE_ADJECTIVE = re.compile(r"(?:ого|его|ой|ей|ых|их)$")


# ("Bilenke village"; and set off by a dash or comma: "атакували Підбірці – село в Личаківському районі".)
_NAME_BEFORE_WORD = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME.pattern})(?=\s+(?:village|settlement)\b|"
    r"\s*[–—,]\s*(?:село|селище|деревня|поселок|посёлок|селение)(?!\w))"
)
# "У Суханівці Слов'янської громади", "у Маяках Святогірської громади": a name right before a hromada in the genitive
# is a settlement of it.
_NAME_BEFORE_HROMADA = re.compile(
    rf"(?<![\w'’ʼ-])(?P<name>{_CYRILLIC_NAME}(?:\s+{_CYRILLIC_NAME})?)(?=\s+[А-ЯІЇЄҐ][А-ЯІЇЄҐа-яіїєґ'’ʼ-]*?"
    r"(?:ськ|цьк|зьк|ск|цк|зк)(?:ої|ой)\s+(?:(?:сільськ|селищн|міськ|територіальн|сельск|поселков|городск)\w*\s+){0,2}"
    r"(?:громади|громады|ОТГ|ТГ)(?!\w))"
)
# "In Shebelynka, Izium district, power lines were hit", "у Шебелинці Ізюмського району": a name right before a
# raion is a settlement of it.
_NAME_BEFORE_DISTRICT = re.compile(
    rf"(?<![\w'’ʼ-])(?P<name>{_LATIN_NAME}(?:\s+{_LATIN_NAME})?)(?=,\s+[A-Z][\w'’-]+\s+(?:district|raion)\b)|"
    rf"(?<![\w'’ʼ-])(?P<cyrillic>{_CYRILLIC_NAME}(?:\s+{_CYRILLIC_NAME})?)(?=,?\s+[А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]*?"
    r"(?:ськ|цьк|зьк|ск|цк|зк)(?:ого|ому|ий|ый)\s+(?:район\w*|р-н)(?!\w))"
)
# "вбили чоловіка у Новобериславі", "a woman was wounded in Novoberyslav": a name where something happened, read
# as a village only with care (see `MarkedName.bare`).
_NAME_AFTER_IN = re.compile(
    rf"(?<![\w'’ʼ-])(?:у|в|in)\s+(?P<name>{_CYRILLIC_NAME}(?:\s+{_CYRILLIC_NAME})?|{_LATIN_NAME}(?:\s+{_LATIN_NAME})?)"
)
_ONES_HOME_BEFORE = re.compile(
    r"(?<![\w'’ʼ-])(?:from|of|resident|native|жител\w*|мешкан\w*|уродженц\w*|уроженц\w*|з|із|зі|из)\s+$",
    re.IGNORECASE,
)
_MOVED_OR_LIVED_BEFORE = re.compile(
    r"(?<![\w'’ʼ-])(?:евакуй?о?ва\w*|евакую\w*|эвакуир\w*|доставл\w*|доставил\w*|госпіталізова\w*|госпитализир\w*|"
    r"перевез\w*|відвез\w*|отвез\w*|вивез\w*|вывез\w*|мешкав|мешкала|мешкали|мешкає|мешкають|прожива\w*|жил\w*|"
    r"жив(?:е|уть|ут|ет)?|evacuated|taken|transported|brought|hospitali[sz]ed|lived|lives|living|moved|fled)"
    r"(?:\s+[\w'’ʼ-]+){0,3}\s*$",
    re.IGNORECASE,
)
# (A name may carry how many times it was hit: "Гремʼяч (двічі), Пушкарі (двічі), Богданове та Леонівка".)
_TIMES_HIT = r"(?:\s*\([^()\n]{1,24}\))?"
# Three or more capitalised names in a row, joined by commas and a last "and" ("Udy, Strilecha, Vovchansk, Budarky
# and Chuhunivka", "Гуляйполя, Роботиного, Лугівського та Лобкового"): a list, which `_list_of_places` reads as
# villages when it is one of places.
_LIST_ITEM = rf"(?:{_CYRILLIC_NAME}|{_LATIN_NAME})(?:\s+(?:{_CYRILLIC_NAME}|{_LATIN_NAME}))?"
_NAME_LIST = re.compile(
    rf"(?<![\w'’ʼ-])(?:{_LIST_ITEM}{_TIMES_HIT}\s*,\s*){{2,}}(?:(?:та|і|й|и|and)\s+)?{_LIST_ITEM}"
    rf"(?:{_TIMES_HIT}\s+(?:та|і|й|и|and)\s+{_LIST_ITEM})?"
)
# Lists of streets ("по вулицях: Шевченка, Польова, Вишнева"), and of where the front runs ("fighting raged near
# Tabaivka, Pishchane and Stelmakhivka"), are no villages hit.
_NOT_PLACES_HIT_BEFORE = re.compile(
    r"(?<![\w'’ʼ-])(?:вулиц\w*|вул\.|улиц\w*|ул\.|провулк\w*|переулк\w*|проспект\w*|streets?|avenues?|near|around|"
    r"fighting|battles?|clashes|бо[їи]\w*|поблизу|біля|возле|около|в\s+районі|в\s+районе|наступ\w*|штурм\w*)"
    r"[\s:,-]*(?:[\w'’ʼ-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# How many of such a list's names must be settlements of the report's oblasts as written.
_LIST_PLACES_AS_WRITTEN = 2
_LIST_JOIN = re.compile(rf"{_TIMES_HIT}(?:\s*,\s*(?:(?:та|і|й|и|and)\s+)?|\s+(?:та|і|й|и|and)\s+)")
# "...Малоданилівської громади", "Покровська, Червоногригорівська та Мирівська громади", "Білгород-Дністровської
# міської територіальної громади": the hromadas a report names, by their adjectives. The noun is found first and
# the adjectives read back from it, within a bound, so a long list of adjectives with no hromada costs nothing.
_HROMADA_NOUN = re.compile(
    r"(?<!\w)(?:громад(?:а|и|і|у|ою|ам|ах|ами|е|ой|ы)?|общин(?:а|ы|е|у|ой|ою|ам|ах|ами)?|О?ТГ)(?!\w)"
)
_HROMADA_ADJECTIVE = r"[А-ЯІЇЄҐ][А-ЯІЇЄҐа-яіїєґ'’ʼ-]*?(?:ськ|цьк|зьк|ск|цк|зк)\w*"
# How the adjectives of a run are joined: "Покровська, Червоногригорівська та Мирівська".
_ADJECTIVE_JOIN = r"(?:\s*,\s*|\s+(?:та|і|й|и)\s+)"
_ADJECTIVES_BEFORE_NOUN = re.compile(
    rf"(?<![\w'’ʼ-])(?:{_HROMADA_ADJECTIVE}{_ADJECTIVE_JOIN})*{_HROMADA_ADJECTIVE}\s+"
    r"(?:(?:сільськ|селищн|міськ|територіальн|сельск|поселков|городск|территориальн)\w*\s+){0,2}$"
)
_ADJECTIVES_WITHIN = 300  # characters before a hromada's noun where its adjectives are looked for
# The noun first, then a colon (or a dash) and the list: "Обстрілів зазнали громади: Білопільська, Краснопільська та
# Миропільська", "накрили вогнем дві громади — Марганецьку та Нікопольську", or as lines of their own after
# "населені пункти таких громад:" ("- Миколаївська сільська").
_KIND_OF_HROMADA = r"(?:\s+(?:сільськ|селищн|міськ)\w*)?"
# (The region may come between: "7 громад Сумщини: Білопільська, ...".)
_REGION_BEFORE_COLON = r"(?:\s+[А-ЯІЇЄҐ][\w'’ʼ-]*){0,2}"
_ADJECTIVES_AFTER_COLON = re.compile(
    rf"{_REGION_BEFORE_COLON}\s*[:—–]\s*(?:{_HROMADA_ADJECTIVE}{_KIND_OF_HROMADA}{_ADJECTIVE_JOIN})*"
    rf"{_HROMADA_ADJECTIVE}{_KIND_OF_HROMADA}(?![\w'’ʼ-])"
)
_OPENS_HROMADA_LIST = re.compile(rf"{_HROMADA_NOUN.pattern}{_REGION_BEFORE_COLON}\s*:\s*$")
_HROMADA_LIST_ITEM = re.compile(rf"\s*[-–—•*]?\s*{_HROMADA_ADJECTIVE}{_KIND_OF_HROMADA}\s*[;,.]?\s*")
_ONE_HROMADA_ADJECTIVE = re.compile(
    r"(?<![\w'’ʼ-])(?P<stem>[А-ЯІЇЄҐ][А-ЯІЇЄҐа-яіїєґ'’ʼ-]*?(?:ськ|цьк|зьк|ск|цк|зк))"
    r"(?:а|ої|ій|у|ою|і|их|ими|им|ая|ой|ую|ие|ых)(?!\w)"
)
# Russia's districts by their adjectives: "В Белгородском районе", "в Грайворонском муниципальном округе",
# "Шебекинского городского округа", "в Белгородском округе" (as Belgorod Oblast's districts are called since 2025).
# Not a city's district, which its city's name follows ("В Пролетарском районе Ростова-на-Дону").
_RUSSIAN_DISTRICT_ENDINGS = r"(?:ий|ого|ому|им|ом)"
# (A compound town's: "над Каменск-Шахтинским районом"; and as Ukrainian copy writes it, "у Брянському районі".)
_RUSSIAN_DISTRICT_ADJECTIVE = (
    rf"(?P<stem>[А-ЯЁІ][а-яёії]+?(?:-[А-ЯЁІ][а-яёії]+?)?(?:ск|цк|ськ|цьк)){_RUSSIAN_DISTRICT_ENDINGS}"
)
_ANY_RUSSIAN_DISTRICT_ADJECTIVE = (
    rf"[А-ЯЁІ][а-яёії]+?(?:-[А-ЯЁІ][а-яёії]+?)?(?:ск|цк|ськ|цьк){_RUSSIAN_DISTRICT_ENDINGS}"
)
_NOT_A_CITYS = (
    # (Its region may follow: "Беловского района Курской области".)
    # (An abbreviation is no city: "над Каменск-Шахтинским районом ПВО сбила".)
    # (Nor a region called by its own name: "Северского района Кубани", "Бугульминского района Татарстана",
    # "Погарского района Брянщины".)
    r"(?!\s+(?:г\.\s*|города\s+)?(?![А-ЯЁ][а-яё]+(?:ой|ого|ом)\s+(?:област|кра[яюе]|республик)|"
    r"[А-ЯЁ][а-яё]+(?:щин|чин)[ыеуо]|"
    r"(?:Кубан|Крым|Подмосков|Ставрополь[еяю]|Приморь|Татарстан|Башкири|Башкортостан|Чечн|Дагестан|Мордови|Удмурти|"
    r"Чуваши|Адыге|Карели|Калмыки|Ингушети)\w*)[А-ЯЁ][а-яё])"
    # ("...попали в Шевченковский район города": the city's, named before.)
    r"(?!\s+(?:города|міста)(?!\w))"
)
_RUSSIAN_DISTRICT = re.compile(
    rf"(?<![\w-]){_RUSSIAN_DISTRICT_ADJECTIVE}\s+"
    # ("В Старооскольском горокруге": a city district, shortened.)
    r"(?:район(?:а|у|ом|е|і)?|(?:(?:муниципальн|городск)(?:ый|ой|ого|ому|ым|им|ом)\s+)?(?:гор)?округ(?:а|у|ом|е)?)(?![\w-])"
    + _NOT_A_CITYS
)
# Several before the plural noun: "в Каменском и Тарасовском районах", "Беловского, Суджанского районов", "над
# Волоколамским и Можайским городскими округами". (The noun
# is found first and the adjectives read back from it, so a long run of capitalised words costs nothing.)
# (Posts put the singular after a list too: "в Неклиновском, Мясниковском и Чертковском районе".)
_RUSSIAN_DISTRICTS_NOUN = re.compile(
    r"\s+(?:(?:муниципальн|городск)(?:ые|ие|ых|их|ым|им|ыми|ими|ый|ой|ого|ому|ом)\s+)?(?:район|округ)(?:(?P<plural>ы|ов|ам|ами|ах)|"
    r"а|у|ом|е)?(?![\w-])" + _NOT_A_CITYS
)
_RUSSIAN_DISTRICTS_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_ANY_RUSSIAN_DISTRICT_ADJECTIVE}(?:\s*,\s*|\s+и\s+))+{_ANY_RUSSIAN_DISTRICT_ADJECTIVE}$"
)
_RUSSIAN_DISTRICT_STEM = re.compile(_RUSSIAN_DISTRICT_ADJECTIVE + r"(?![а-яё])")
_DISTRICTS_WITHIN = 200  # characters before a plural district noun where its adjectives are looked for
# The same in English copy, as it transliterates them: "the Yakovlevsky district", "Shebekinsky urban district".
# (Not a city's district: "the Sovetsky district of Voronezh".)
# (Of a region it is the region's: "the Seversky district of Krasnodar Krai".)
_ENGLISH_RUSSIAN_DISTRICT = re.compile(
    r"(?<![\w-])(?P<adjective>[A-Z][a-z]+(?:sky|skiy|skii))\s+(?i:(?:urban|municipal)\s+)?(?i:district|okrug)\b"
    r"(?!\s+of\s+(?![A-Z][\w-]+\s+(?i:region|oblast|krai|territory|republic)\b)[A-Z])"
)
# Several before the plural noun: "the Belgorod, Rakityansky, Borisovsky, Grayvoronsky and Yakovlevsky districts" (a
# town's name among them is read in `article`, as "the Belgorod district" is).
_ENGLISH_RUSSIAN_DISTRICT_WORD = r"[A-Z][a-z]+(?:sky|skiy|skii)?"
_ENGLISH_RUSSIAN_DISTRICTS = re.compile(
    rf"(?<![\w-])(?:{_ENGLISH_RUSSIAN_DISTRICT_WORD}(?:\s*,\s*(?:and\s+)?|\s+and\s+))+{_ENGLISH_RUSSIAN_DISTRICT_WORD}"
    r"\s+(?i:(?:urban\s+|municipal\s+)?districts)\b"
)
_ENGLISH_LISTED_ADJECTIVE = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:sky|skiy|skii)(?![\w-])")
# ...or after it, as Russian governors list them: "в районах — Каменском, Матвеево-Курганском, Чертковском".
_RUSSIAN_DISTRICTS_AFTER = re.compile(
    rf"\s*[—–:-]?\s*((?:{_ANY_RUSSIAN_DISTRICT_ADJECTIVE}(?:\s*,\s*|\s+и\s+))*{_ANY_RUSSIAN_DISTRICT_ADJECTIVE})"
    r"(?![\w-])(?!\s+(?:район|округ|област|край|кра[яюе]))"
)
# ... or by its town: "the Belgorod district" (read in `article`, where the town is known).
_ENGLISH_TOWNS_DISTRICT = re.compile(r"(?<![\w-])[A-Z][a-z]+\s+(?i:district)\b")
# English copy names a hromada by its adjective, or by a name made from the adjective or its centre's name, before
# the noun or after "of": "the Bilohorod community", "Velykopysarivska hromada", "the communities of Marhanets,
# Pokrovsk, Myrivka, and Chervonohryhorivka". A name stands for the hromadas whose Cyrillic names transliterate to
# it (see `_latin_keys`); which of them is meant, the report's regions decide, as for the Cyrillic adjectives.
_ENGLISH_HROMADA_NOUN = re.compile(r"\b(?i:communit(?:y|ies)|hromadas?)\b")
_ENGLISH_NAME = r"[A-Z][a-z'’ʼ]+(?:-[A-Za-z][a-z'’ʼ]+)?"
_ENGLISH_NAMES = rf"{_ENGLISH_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ENGLISH_NAME}){{0,12}}"
_ENGLISH_NAMES_BEFORE_NOUN = re.compile(
    rf"(?<![\w'’ʼ-])(?P<names>{_ENGLISH_NAMES})\s+(?i:(?:urban|rural|settlement|village|city|town|territorial)\s+)"
    r"{0,2}$"
)
_ENGLISH_NAMES_AFTER_NOUN = re.compile(rf"\s+of\s+(?:the\s+)?(?P<names>{_ENGLISH_NAMES})(?![\w'’ʼ-])")
_NAME_BEFORE_NOUN = re.compile(
    r"(?<![\w'’ʼ-])(?!(?:The|A|An|This|That|These|Those|Its|Their|Our|Other|Local|Neighbouring|Neighboring)\s)"
    r"[A-Z][\w'’ʼ-]*\s+$"
)
_REGION_NOUN_AFTER = re.compile(r"\s+(?i:districts?|raions?|regions?|oblasts?|provinces?)\b")
_ENGLISH_NAME_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# Endings a name may carry in English that its stem does not: "Velykopysarivska", "Myrivka", "Pokrovske".
_LATIN_ENDINGS = ("skaia", "ski", "ska", "sk", "ka", "ki", "ia", "a", "i")
_LATIN_FOLD = (("yi", "i"), ("iy", "i"), ("y", "i"), ("e", "i"), ("g", "h"))
_MIN_LATIN_KEY = 4
# A hromada adjective's suffix: "покровськ" is made from "Покров-", "марганецьк" from "Марганец-".
_ADJECTIVE_SUFFIX = re.compile(r"(?:с|(ц|з))ь?к$")
_APOSTROPHES = re.compile(r"[’ʼ`]")
_SLUG = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"\S+")
_CYRILLIC = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
# One letter for the vowels Ukrainian and Russian spell differently in the same name (Ukrainian і and ї for Russian
# и, и for ы, є for е), none for soft signs and apostrophes; the case ending goes too. Ukrainian і for Russian о or
# е ("Бобрівка", "Бобровка") stays a letter apart, which the similarity allows.
_ONE_SPELLING = str.maketrans({"ы": "и", "і": "и", "ї": "и", "є": "е", "э": "е", "ё": "е", "ь": None, "ъ": None,
                               "'": None, "’": None, "ʼ": None})  # fmt: skip
_ENDING = re.compile(r"[аеиоуяюй]+$")
_ALEXANDER = re.compile(r"\bалекс")
_NICHOLAS = re.compile(r"никол")  # Russian "Новониколаевка", Ukrainian "Новомиколаївка"
_VOWELS = re.compile(r"[аеиоуяюйіїєёыэ]")
_MIN_CONSONANTS = 4  # of a name's consonants, compared alone: fewer fit too many names
_MIN_RESPELT = 5  # letters of a name's skeleton: a shorter one is too like too many others
_RESPELT_RATIO = 80
_RESPELT_LATIN_RATIO = 85


@dataclass(frozen=True, slots=True)
class Settlement:
    key: str
    name: str
    kind: str
    oblast: str
    raion: str
    hromada: str  # the stem of its hromada's adjective, lower case: "великобурлуцьк"
    uk: str
    centre: bool = False  # its hromada is named after it

    def entity(self) -> Entity:
        return Entity(
            key=f"place:{self.key}",
            kind=EntityKind.PLACE,
            name=self.name,
            category="city" if self.kind == "town" else VILLAGE,
            parent=f"place:{self.raion or self.oblast}",
            aliases=(self.uk,),
        )


@dataclass(frozen=True, slots=True)
class MarkedName:
    """A name written where a settlement's name goes, and the settlements it may be."""

    start: int
    end: int
    candidates: tuple[Settlement, ...]
    # False for a name read only because it stands in a list of places: a town read there is not the village.
    marked: bool = True
    # A name read because a raion follows it: a village of that raion, or none ("Графовку Белгородского района").
    in_district: bool = False
    # A name read with no marker at all, where it is said something happened ("вбили чоловіка у Новобериславі"):
    # a village only in a report on villages, in the oblast the report names, and where nothing else is read.
    bare: bool = False


def may_name_settlement(text: str) -> bool:
    """Whether a text has a word that says a settlement's or hromada's name is near; a cheap test before reading
    it."""
    return (
        SETTLEMENT_MARKER.search(text) is not None
        or _NAME_BEFORE_WORD.search(text) is not None
        or _NAMES_BEFORE_RAION.search(text) is not None
        or _NAME_LIST.search(text) is not None
        or _NAME_BEFORE_DISTRICT.search(text) is not None
        or _HROMADA_NOUN.search(text) is not None
        or _ENGLISH_HROMADA_NOUN.search(text) is not None
        or _RUSSIAN_DISTRICT.search(text) is not None
        or _RUSSIAN_DISTRICTS_NOUN.search(text) is not None
        or _ENGLISH_RUSSIAN_DISTRICT.search(text) is not None
        or _ENGLISH_RUSSIAN_DISTRICTS.search(text) is not None
        or _ENGLISH_TOWNS_DISTRICT.search(text) is not None
    )


@dataclass(frozen=True, slots=True)
class NamedHromada:
    """A hromada named by its adjective, and the settlements it may be named after."""

    start: int
    end: int
    stem: str
    centres: tuple[Settlement, ...]


class Settlements:
    def __init__(self, settlements: Sequence[Settlement], forms: dict[str, int | tuple[int, ...]]) -> None:
        self._settlements = settlements
        # The name key of each of their names and case forms -> the settlement(s) it names: one index, or a
        # tuple of them (a plain int for the four names in five that are one settlement's saves a third of the
        # index's memory).
        self._forms = forms
        # Each oblast's settlements with their skeletons, as Ukrainian spells them and as Russian would, by the first
        # letter of the skeleton (a respelling keeps it), in table order: made when a report first needs them.
        self._by_oblast: dict[str, dict[str, list[tuple[str, str, Settlement]]]] = {}
        self._by_key: dict[str, Settlement] | None = None
        # A hromada's adjective stem -> the settlements it is named after.
        self._centres: dict[str, list[int]] = {}
        self._unplaced: dict[str, list[Settlement]] | None = None  # see `entity_of`
        self._by_latin_hromada: dict[str, set[str]] | None = None  # see `_latin_hromadas`
        self._centres_by_name: dict[tuple[str, str], str] | None = None  # see `hromada_of_centre_named`
        for index, settlement in enumerate(settlements):
            if settlement.centre:
                self._centres.setdefault(settlement.hromada, []).append(index)

    @classmethod
    def load(cls, path: Path, *, names: bool = True) -> Settlements:
        """`names=False`: without the index of names and case forms, for what only looks settlements up by key (a
        process answering questions about stored villages); it holds a third of the memory."""
        settlements: list[Settlement] = []
        forms: dict[str, int | tuple[int, ...]] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            for index, row in enumerate(csv.DictReader(handle)):
                settlements.append(
                    Settlement(
                        row["key"],
                        row["name"],
                        sys.intern(row["kind"]),
                        sys.intern(row["oblast"]),
                        sys.intern(row["raion"]),
                        sys.intern(row["hromada"]),
                        row["uk"],
                        row["centre"] == "1",
                    )
                )
                for written in (
                    {row["name"], row["uk"], *filter(None, row["forms"].split("|"))} if names else ()
                ):
                    key = name_key(written)
                    held = forms.get(key)
                    if held is None:
                        forms[key] = index
                    elif isinstance(held, int):
                        forms[key] = (held, index) if held != index else held
                    elif index not in held:
                        forms[key] = (*held, index)
        return cls(settlements, forms)

    def by_key(self, key: str) -> Settlement | None:
        """The settlement whose entity has this key ("place:ua-village-..."); None for another key."""
        if self._by_key is None:
            self._by_key = {f"place:{s.key}": s for s in self._settlements}
        return self._by_key.get(key)

    def centres_hromada(self, key: str) -> str | None:
        """The stem of the adjective the codifier names a hromada with, when the settlement of this key is its
        centre (Юнаківка: "юнаківськ")."""
        settlement = self.by_key(key)
        return settlement.hromada if settlement is not None and settlement.centre else None

    def hromada_of_centre_named(self, name: str, oblast: str) -> str | None:
        """The same, for the centre of this English name in this oblast ("place:ua-oblast-kharkiv"): a town both
        tables hold (Zolochiv of Kharkiv Oblast) is named by GeoNames' row."""
        if self._centres_by_name is None:
            self._centres_by_name = {
                (f"place:{each.oblast}", name_key(each.name)): each.hromada
                for indices in self._centres.values()
                for each in (self._settlements[i] for i in indices)
            }
        return self._centres_by_name.get((oblast, name_key(name)))

    def entity_of(self, key: str) -> Entity | None:
        """The entity a key names: one settlement's, or a name several share and a report left unplaced
        ("place:ua-village-antonivka"), as a process that did not read that report makes it again."""
        settlement = self.by_key(key)
        if settlement is not None:
            return settlement.entity()
        if self._unplaced is None:
            unplaced: dict[str, list[Settlement]] = {}
            for each in self._settlements:
                unplaced.setdefault(_unplaced_key(each.name), []).append(each)
            self._unplaced = unplaced
        namesakes = self._unplaced.get(key)
        return self.unplaced(namesakes) if namesakes else None

    def __len__(self) -> int:
        return len(self._settlements)

    def named_in(self, text: str, regions: frozenset[str] = frozenset()) -> Iterator[MarkedName]:
        """The names `text` writes where a settlement's name goes and some settlement has. `regions`: the keys of
        the oblasts the report names, whose villages a name spelt the Russian way may be (see `_respelt`)."""
        for marker in SETTLEMENT_MARKER.finditer(text):
            yield from self._listed(text, marker.end(), regions, listed=marker.group("many") is not None)
        for names in _NAMES_BEFORE_RAION.finditer(text):
            yield from self._listed(text, names.start("names"), regions, listed=True, end=names.end("names"))
        for written in _NAME_AFTER_IN.finditer(text):
            if _MOVED_OR_LIVED_BEFORE.search(text, max(0, written.start() - 40), written.start()):
                continue  # where the wounded were taken, or where someone lived, is no place hit
            start = written.start("name")
            ends = [start + word.end() for word in reversed(list(_WORD.finditer(written.group("name"))))]
            name = self._as_written(text, [(start, end) for end in ends])
            if name is not None and regions and not self.elsewhere(name.candidates, regions):
                yield replace(name, marked=False, bare=True)
        if regions:
            for names in _NAME_LIST.finditer(text):
                if not _NOT_PLACES_HIT_BEFORE.search(text, max(0, names.start() - 40), names.start()):
                    yield from self._list_of_places(text, names.start(), names.end(), regions)
        for written in (
            *_NAME_BEFORE_WORD.finditer(text),
            *_NAME_BEFORE_HROMADA.finditer(text),
            *_NAME_BEFORE_DISTRICT.finditer(text),
        ):
            in_district = written.re is _NAME_BEFORE_DISTRICT
            if in_district and _ONES_HOME_BEFORE.search(text, max(0, written.start() - 40), written.start()):
                continue  # "a man from Kindrashivka, Kupiansk district": where he lives, not where it hit
            # "Kherson Oblast's Bilozerka village": the words nearest the marker are the name.
            end = written.end()
            starts = [written.start() + word.start() for word in _WORD.finditer(written.group())][-2:]
            if (name := self._name_among(text, [(start, end) for start in starts], regions)) is not None:
                yield replace(name, in_district=in_district)

    def unlisted_named_in(self, text: str, *, listed_too: bool = False) -> Iterator[tuple[int, int, str]]:
        """Where a Cyrillic marker is followed by a name no settlement of this table has ("в селе Белянка", "в
        селах Сурково и Бессоновка"): the spans of those names, which a report on Russia's side of the border
        reads as its villages (the table holds Ukraine's), each with the name in the nominative. `listed_too`: every
        name after such a marker, for a report on Russia's side alone, whose "поселок Малиновка" is its own, not one
        of Ukraine's Malynivkas."""
        for marker in SETTLEMENT_MARKER.finditer(text):
            # English copy names them as it transliterates them: "in the village of Dolgoye".
            latin = not _CYRILLIC.search(marker.group())
            if latin and (marker.group("one") is None or not marker.group().rstrip().endswith("of")):
                continue  # ("the village of Dolgoye", not "attacked the village Sunday", "any peace settlement Kyiv")
            at = marker.end()
            while (
                written := (_UNLISTED_LATIN_NAME if latin else _UNLISTED_NAME).match(text, at)
            ) is not None:
                name = written.group()
                if _OF_A_UNIT.match(text, written.end()) and _OBLIQUE_ADJECTIVE.search(name):
                    break  # "в деревне Ивановского сельсовета": the village's unit, not its name
                if (listed_too and not latin) or not self._ukraines(text, at, name, latin=latin):
                    yield (
                        written.start(),
                        written.end(),
                        name if latin else _nominative(name, marker.group().strip()),
                    )
                joined = _LIST_JOIN.match(text, written.end())
                if marker.group("many") is None or joined is None:
                    break
                at = joined.end()

    def _ukraines(self, text: str, at: int, name: str, *, latin: bool) -> bool:
        """Whether a name after a settlement's marker is one of this table's villages: "hit the village of Khotin"
        after a launch from the Kursk region is Ukraine's (not one spelt with the Russian "g" for Ukraine's "h"
        whose Ukrainian namesakes all lie far from the border: "the village of Pogar" of Bryansk region, not
        Ukraine's Pohar in Lviv Oblast; "the village of Glyboke" hit from Belgorod region is Kharkiv Oblast's
        Hlyboke)."""
        found = self._name_at(text, at, frozenset(), listed=True)
        if found is None:
            return False
        return not (
            latin
            and _RUSSIAN_G.search(name) is not None
            and not any(s.oblast in _BORDER_OBLASTS for s in found.candidates)
        )

    def _listed(
        self, text: str, at: int, regions: frozenset[str], *, listed: bool, end: int | None = None
    ) -> Iterator[MarkedName]:
        """The settlements named from `at`: one name, or with `listed` each name of a list ("у селах А, Б та В"),
        up to `end`."""
        while (end is None or at < end) and (written := _NAME.match(text, at)) is not None:
            name = self._name_at(text, at, regions, listed=listed)
            if name is not None:
                yield name
            elif not listed:
                return
            # A list goes on past a name that is no settlement of this table (a town: "Понятівка, Берислав"), and
            # past the words of a name that only begin one ("Krasny Mayak": "Krasny" alone is Красне).
            joined = _LIST_JOIN.match(
                text, max(name.end, written.end()) if name is not None else written.end()
            )
            if not listed or joined is None:
                return
            at = joined.end()

    def _list_of_places(
        self, text: str, start: int, end: int, regions: frozenset[str]
    ) -> Iterator[MarkedName]:
        """A list of names with no marker before it ("air strikes hit Kozacha Lopan, Vovchansk, Okhrymivka,
        Kupyansk, Sadove, Tabaivka, and Cherneshchyna") is a list of places when enough of its names are, as
        written, settlements of the report's oblasts: then each of its names is read as a settlement's."""
        names = list(self._listed(text, start, regions, listed=True, end=end))
        exact = [n for n in names if name_key(text[n.start : n.end]) in self._forms]
        if sum(1 for n in exact if not self.elsewhere(n.candidates, regions)) < _LIST_PLACES_AS_WRITTEN:
            return
        # Read back from the Russian spelling only in Latin letters ("Novoberislav, Veletenskoye"): a Cyrillic list
        # without a marker is as often one of cities in their cases ("по Харкову, Дніпру, Житомиру"), which
        # respelt come close to villages' names.
        for name in names if not _CYRILLIC.search(text[start:end]) else exact:
            yield replace(name, marked=False)

    def _name_at(
        self, text: str, at: int, regions: frozenset[str], *, listed: bool = False
    ) -> MarkedName | None:
        """ "с. Козача Лопань", "с. Лужок Малоданилівської громади": the longest run of words from `at` that names
        a settlement."""
        written = _NAME.match(text, at)
        if written is None:
            return None
        ends = [at + word.end() for word in reversed(list(_WORD.finditer(written.group())))]
        if listed and not _CYRILLIC.search(written.group()):
            # An English list's item is its whole name: "Krasny" of "Krasny Mayak" is not the village Красне.
            ends = ends[:1]
        return self._name_among(text, [(at, end) for end in ends], regions, listed=listed)

    def _name_among(
        self, text: str, spans: list[tuple[int, int]], regions: frozenset[str], *, listed: bool = False
    ) -> MarkedName | None:
        """The first span, longest first, that names a settlement of the report's regions as written; else one
        spelt the Russian way ("Дубовка" is a village of other oblasts, and Дубівка of this one); else the first
        that names any."""
        exact = self._as_written(text, spans)
        if exact is not None and not self.elsewhere(exact.candidates, regions):
            return exact
        for start, end in spans:
            respelt = self._respelt(text[start:end], regions, listed=listed)
            if respelt:
                return MarkedName(start, end, respelt)
        return exact

    def _as_written(self, text: str, spans: list[tuple[int, int]]) -> MarkedName | None:
        """The first span, longest first, that is a form of some settlement's name as written."""
        for start, end in spans:
            found = self._forms.get(name_key(text[start:end]))
            if found is not None:
                indices = (found,) if isinstance(found, int) else found
                return MarkedName(start, end, tuple(self._settlements[i] for i in indices))
        return None

    def _respelt(
        self, written: str, regions: frozenset[str], *, listed: bool = False
    ) -> tuple[Settlement, ...]:
        """The village of a named oblast that a Cyrillic name is another spelling of: Russian-language reports
        spell Ukraine's villages the Russian way ("с. Бобровка", "Староверовка", "Осиново" for Бобрівка,
        Старовірівка, Осинове). Compared letter by letter once the letters the two languages write differently
        for one sound are made one, and endings dropped; only a long name, close, and closer than any other."""
        least = _RESPELT_RATIO
        if not _CYRILLIC.search(written):
            # Copy translated from Russian spells a round-up's villages the Russian way in Latin letters
            # ("Romashkovo, Novotyaginka" for Ромашкове, Новотягинка): read back into Cyrillic, they compare as a
            # Russian-language report's do, a little closer, for the reading back is a guess of its own. Only in a
            # list: one "village of Marino" in English is as likely Russia's as a respelt Ukrainian one.
            if not listed:
                return ()
            written, least = _cyrillic_of_russian_latin(written), _RESPELT_LATIN_RATIO
        skeleton = _skeleton(written)
        if not regions or len(skeleton) < _MIN_RESPELT:
            return ()
        whole = _one_spelling(written)
        best: list[tuple[tuple[float, float], Settlement]] = []
        for region in sorted(regions):
            for other, as_russian, settlement in self._skeletons(region, skeleton[0]):
                if abs(len(other) - len(skeleton)) <= 2:
                    # "Дубовка" is Дубівка as Russian spells it, not Дубове, which is a letter nearer as written.
                    score = max(fuzz.ratio(skeleton, other), fuzz.ratio(skeleton, as_russian))
                    if score >= least:
                        # Skeletons alike, the whole names decide: "Боровая" is Борова, not Борове.
                        best.append(((score, fuzz.ratio(whole, _one_spelling(settlement.uk))), settlement))
        if not best:
            # Letter by letter they differ too much, consonant by consonant they may be the same: only a name
            # with enough of them, and only when that leaves one name in the report's regions.
            consonants = _consonants(skeleton)
            if len(consonants) < _MIN_CONSONANTS:
                return ()
            alike = [
                settlement
                for region in sorted(regions)
                for other, _, settlement in self._skeletons(region, skeleton[0])
                if _consonants(other) == consonants
            ]
            return tuple(alike) if len({s.uk for s in alike}) == 1 else ()
        top = max((score for score, _ in best), default=(0.0, 0.0))
        # Equally close namesakes are all candidates: the hromada or raion the report names may decide.
        return tuple(settlement for score, settlement in best if score == top)

    def _skeletons(self, oblast: str, initial: str) -> list[tuple[str, str, Settlement]]:
        """An oblast's settlements whose skeleton begins with `initial`: each skeleton, as written and as Russian
        spells it."""
        if oblast not in self._by_oblast:
            by_initial: dict[str, list[tuple[str, str, Settlement]]] = {}
            for settlement in self._settlements:
                if settlement.oblast == oblast:
                    other = _skeleton(settlement.uk)
                    by_initial.setdefault(other[:1], []).append(
                        (other, _skeleton(_russian_spelling(settlement.uk)), settlement)
                    )
            self._by_oblast[oblast] = by_initial
        return self._by_oblast[oblast].get(initial, [])

    def hromadas_in(self, text: str) -> list[NamedHromada]:
        """The hromadas a text names, by their adjectives ("Малоданилівської громади" -> "малоданилівськ") or, in
        English, by their names ("the Bilohorod community" -> "білогородськ"), each with the settlements of this table
        a hromada of that name is named after ("Мирівська громада": Мирове)."""
        named = list(_hromada_adjectives(text))
        if _ENGLISH_HROMADA_NOUN.search(text):
            named += self._english_hromadas(text)
        return [self._named(start, end, stem) for start, end, stem in named]

    def listed_hromada(self, text: str) -> list[NamedHromada]:
        """The hromada a line of a list of them names ("- Садівська", "- Миколаївська сільська"), if it is one."""
        if _HROMADA_LIST_ITEM.fullmatch(text) is None:
            return []
        return [self._named(start, end, stem) for start, end, stem in _adjectives_in(text, 0, len(text))]

    def _named(self, start: int, end: int, stem: str) -> NamedHromada:
        return NamedHromada(
            start, end, stem, tuple(self._settlements[i] for i in self._centres.get(stem, ()))
        )

    def _english_hromadas(self, text: str) -> Iterator[tuple[int, int, str]]:
        for start, end in _english_hromada_names(text):
            keys = _latin_keys(text[start:end])
            for stem in sorted({stem for key in keys for stem in self._latin_hromadas().get(key, ())}):
                yield start, end, stem

    def _latin_hromadas(self) -> dict[str, set[str]]:
        """The hromadas' stems by the keys of their English names: the adjective's stem transliterated, with and
        without its suffix ("покровськ": "pokrovsk", "pokrov"), and the centre's name ("Мирове": "mirovi", "mirov").
        Built when a report first names a hromada in English."""
        if self._by_latin_hromada is None:
            index: dict[str, set[str]] = {}
            for settlement in self._settlements:
                stem = settlement.hromada
                for key in (_latin_fold(kmu(stem)), _latin_fold(kmu(_ADJECTIVE_SUFFIX.sub(r"\1", stem)))):
                    index.setdefault(key, set()).add(stem)
                if settlement.centre:
                    for key in _latin_keys(kmu(settlement.uk)):
                        index.setdefault(key, set()).add(stem)
            self._by_latin_hromada = {
                key: stems for key, stems in index.items() if len(key) >= _MIN_LATIN_KEY
            }
        return self._by_latin_hromada

    @staticmethod
    def choose(
        candidates: Sequence[Settlement], places: set[str], hromadas: set[str]
    ) -> tuple[Settlement | None, bool]:
        """The settlement a name is, and whether the report's context says so: the one in a hromada the report
        names, else in a raion, else in an oblast it names. A name only one settlement has (or a village and a
        settlement side by side) is that one, unconfirmed. (None, False) when several share the name and nothing
        decides."""
        tests: tuple[Callable[[Settlement], bool], ...] = (
            lambda s: s.hromada in hromadas,
            lambda s: f"place:{s.raion}" in places,
            lambda s: f"place:{s.oblast}" in places,
        )
        narrowed = False
        for fits in tests:
            fitting = [s for s in candidates if fits(s)]
            if len(fitting) == 1:
                return fitting[0], True
            if fitting:
                candidates, narrowed = fitting, True
        if len({(s.name, s.oblast) for s in candidates}) == 1:
            # "с. Шипувате" and "сел. Шипувате" of one hromada: either is the place; the village is named first.
            return min(candidates, key=lambda s: s.kind != VILLAGE), narrowed
        return None, False

    @staticmethod
    def elsewhere(candidates: Sequence[Settlement], regions: frozenset[str]) -> bool:
        """Whether a report that names some regions names a settlement in none of them: a Ukrainian village of
        that name elsewhere is not what it means (a Russian village, or another spelling of one of the region's
        own)."""
        return bool(regions) and not any(s.oblast in regions for s in candidates)

    @staticmethod
    def unplaced(candidates: Sequence[Settlement]) -> Entity:
        """A name several settlements share, when the report does not say which: the village is known, its oblast
        is not ("Antonivka", in Ukraine)."""
        name = Counter(s.name for s in candidates).most_common(1)[0][0]
        return Entity(
            key=_unplaced_key(name),
            kind=EntityKind.PLACE,
            name=name,
            category=VILLAGE,
            parent=UKRAINE,
        )


def russian_districts_in(text: str) -> Iterator[tuple[int, int, str, str | None]]:
    """Where a text names a district of Russia by its adjective, the adjective's Cyrillic stem ("белгородск"), and,
    in English, the adjective as written ("Yakovlevsky"), which names the district as English copy does."""
    for found in _RUSSIAN_DISTRICT.finditer(text):
        yield found.start(), found.end(), _russian_stem(found.group("stem")), None
    for noun in _RUSSIAN_DISTRICTS_NOUN.finditer(text):
        if noun.group("plural") is not None and (listed := _RUSSIAN_DISTRICTS_AFTER.match(text, noun.end())):
            for found in _RUSSIAN_DISTRICT_STEM.finditer(text, listed.start(1), listed.end(1)):
                yield found.start(), found.end(), _russian_stem(found.group("stem")), None
        at = max(0, noun.start() - _DISTRICTS_WITHIN)
        if (listed := _RUSSIAN_DISTRICTS_BEFORE.search(text, at, noun.start())) is None:
            continue
        for found in _RUSSIAN_DISTRICT_STEM.finditer(listed.group()):
            if noun.group("plural") is None and listed.start() + found.end() == noun.start():
                continue  # (the one before a singular noun is read as any district is)
            yield (
                listed.start() + found.start(),
                listed.start() + found.end(),
                _russian_stem(found.group("stem")),
                None,
            )
    for found in _ENGLISH_RUSSIAN_DISTRICT.finditer(text):
        yield (
            found.start("adjective"),
            found.end(),
            _stem_of_english(found.group("adjective")),
            found.group("adjective"),
        )
    # (A list's adjectives stand before a comma, "and" or the plural noun: none is read as one district above.)
    for listed in _ENGLISH_RUSSIAN_DISTRICTS.finditer(text):
        for found in _ENGLISH_LISTED_ADJECTIVE.finditer(text, listed.start(), listed.end()):
            yield found.start(), found.end(), _stem_of_english(found.group()), found.group()


def opens_a_district_list(text: str, at: int) -> bool:
    """Whether a town's name at `at` is the first of districts listed before their plural noun ("the Belgorod,
    Rakityansky and Yakovlevsky districts"): its district, not the town."""
    return _ENGLISH_RUSSIAN_DISTRICTS.match(text, at) is not None


def _stem_of_english(adjective: str) -> str:
    return re.sub(r"(?:ий|ый|ии|ы|и)$", "", _cyrillic_of_russian_latin(adjective))


def _russian_stem(stem: str) -> str:
    """A Russian district's adjective stem in Russian's letters, as Ukrainian copy may spell it ("брянськ")."""
    stem = stem.lower()
    if stem.endswith(("ськ", "цьк")):
        stem = _russian_spelling(stem[:-3]) + stem[-3] + "к"
    return stem


def is_ukrainian_stem(word: str) -> bool:
    """Whether an adjective (or its stem) is spelt the Ukrainian way ("брянськ", "Сумському")."""
    return "ськ" in word.lower() or "цьк" in word.lower()


def hromada_key(centre: str) -> str:
    """The key of the hromada of Ukraine named after the town of this key, its centre."""
    return "place:ua-hromada-" + centre.removeprefix("place:").removeprefix("ua-")


def hromada_of(centre: Entity, stem: str | None) -> Entity:
    """A hromada of Ukraine, named both ways reports name it when its adjective's stem is known ("Yunakivska
    hromada (Yunakivka hromada)"), else by its centre's name ("Sumy hromada"); it lies where its centre does."""
    by_centre = named_after(centre.name, "hromada")
    adjective = "-".join(part.capitalize() for part in kmu(stem + "а").split("-")) if stem else None
    # (A renamed town's: "Samarivska hromada (Samar hromada, Novomoskovsk hromada)".)
    told = ", ".join(f"{name} hromada" for name in names_in(centre.name)[1:]) or by_centre
    return Entity(
        key=hromada_key(centre.key),
        kind=EntityKind.PLACE,
        name=f"{adjective} hromada ({told})" if adjective and adjective != centre.name else by_centre,
        category=HROMADA,
        parent=centre.parent,
    )


def russian_district_key(name: str, region: str) -> str:
    """The key of a district of Russia's side named after `name` (its town's, else its adjective) in `region`."""
    return f"place:ru-raion-{_slug(name)}-{region.rsplit('-', 1)[-1]}"


def russian_district(stem: str, town: str | None, region: str, *, written: str | None = None) -> Entity:
    """A district of Russia's side, named both ways English copy names it when its town is known ("Belgorodsky
    district (Belgorod district)"), else by its adjective ("Krasnoyaruzhsky district"); one English copy names is
    named as `written` ("Tsimlyansky")."""
    adjective = written or iuliia.WIKIPEDIA.translate(
        "-".join(p.capitalize() for p in stem.split("-")) + "ий"
    )
    name = (
        f"{adjective} district"
        if written or town is None or town == adjective
        else f"{adjective} district ({town} district)"
    )
    return Entity(
        key=russian_district_key(written or town or adjective, region),
        kind=EntityKind.PLACE,
        name=name,
        category="raion",
        parent=region,
    )


def russian_village(written: str, region: str, *, surface: str | None = None) -> Entity:
    """A village of Russia's side the table does not hold, named as English copy transliterates Russian
    (Wikipedia's system: "Стрелецкое" -> "Streletskoye", "Октябрьский" -> "Oktyabrsky"), in `region`; a name a
    Ukrainian report spells its way ("Вигоничі") is put in Russian's letters first ("Vigonichi", not "Vigonichі").
    `written` is the name in the nominative; `surface` the form the text gave, when another ("Гривенской")."""
    name = iuliia.WIKIPEDIA.translate(
        _russian_spelling(written) if _UKRAINIAN_LETTERS.search(written) else written
    )
    return Entity(
        key=f"place:ru-{VILLAGE}-{_slug(name)}-{region.rsplit('-', 1)[-1]}",
        kind=EntityKind.PLACE,
        name=name,
        category=VILLAGE,
        parent=region,
        aliases=tuple(dict.fromkeys((written, surface or written))),
    )


# Ukrainian letters Russian does not have, as the Russian letters they most often stand for. (Which of и and ы a
# Ukrainian "и" is, and whether an "і" was an "е", only the Russian name says: they are left as they are.)
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ'’ʼ]")
_UKRAINIAN_TO_RUSSIAN = str.maketrans({"і": "и", "І": "И", "ї": "и", "Ї": "И", "є": "е", "Є": "Е", "ґ": "г",
                                       "Ґ": "Г", "'": None, "’": None, "ʼ": None})  # fmt: skip
# Ukrainian "і" for Russian "о" where a suffix closes the syllable: "Малинівка" is "Малиновка", "Любимівка"
# "Любимовка".
_CLOSED_I = re.compile(r"ів(?=к[аиуеі]?$|ськ)")


def _russian_spelling(name: str) -> str:
    """ "Вигоничі" -> "Вигоничи", "Малинівка" -> "Малиновка": a Russian place as a Ukrainian report spells it, in
    Russian's letters."""
    return _CLOSED_I.sub("ов", name).translate(_UKRAINIAN_TO_RUSSIAN)


def _one_spelling(name: str) -> str:
    return name.lower().translate(_ONE_SPELLING)


# Russian names as English copy writes them, letter groups first: "Shlyakhovoe" is Шляховое, "Gavrilovka" Гавриловка.
_RUSSIAN_LATIN = re.compile(r"shch|sch|zh|kh|ts|ch|sh|yu|ya|yo|ye|iy|yy|[a-z']")
_RUSSIAN_LETTERS = {
    "shch": "щ", "sch": "щ", "zh": "ж", "kh": "х", "ts": "ц", "ch": "ч", "sh": "ш", "yu": "ю", "ya": "я", "yo": "ё",
    "ye": "е", "iy": "ий", "yy": "ый", "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з",
    "i": "и", "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т",
    "u": "у", "f": "ф", "h": "х", "c": "ц", "w": "в", "x": "кс", "q": "к", "'": "ь",
}  # fmt: skip


def _cyrillic_of_russian_latin(name: str) -> str:
    """ "Belozerka" -> "белозерка"; a "y" next to a vowel is "й" ("Maydan", "Yasnoe"), after a consonant "ы"
    ("Krasny")."""

    def letter(match: re.Match[str]) -> str:
        if match.group() != "y":
            return _RUSSIAN_LETTERS.get(match.group(), match.group())
        text, at = match.string, match.start()
        beside = text[at - 1 : at] + text[at + 1 : at + 2]
        return "й" if any(c in "aeiou" for c in beside) else "ы"

    return _RUSSIAN_LATIN.sub(letter, name.lower())


def _skeleton(name: str) -> str:
    """ "Староверовка" and "Старовірівка" -> "староверовк", "староверивк": one letter apart. Names after Alexander
    begin "Алекс" in Russian and "Олекс" in Ukrainian; after Nicholas, "Никол" and "Микол"."""
    return _ENDING.sub("", _NICHOLAS.sub("микол", _ALEXANDER.sub("олекс", _one_spelling(name))))


def _consonants(skeleton: str) -> str:
    """A skeleton's consonants: the two languages' vowels differ most where their spellings of one name do
    ("Белозерка" and "Білозерка", "Потемкино" and "Потьомкине", "Змиевка" and "Зміївка")."""
    return _VOWELS.sub("", skeleton)


def _unplaced_key(name: str) -> str:
    return f"place:ua-{VILLAGE}-{_slug(name)}"


def _slug(name: str) -> str:
    return _SLUG.sub("-", name.lower()).strip("-")


def english_hromada_names(text: str) -> list[tuple[int, int]]:
    """Where each name of a hromada stands in English text ("the Seredyna-Buda community"), known or not."""
    return list(_english_hromada_names(text)) if _ENGLISH_HROMADA_NOUN.search(text) else []


def _english_hromada_names(text: str) -> Iterator[tuple[int, int]]:
    """Where each name of a hromada stands in English text: the names in a run before "community"/"communities"
    and after "communities of"."""
    for noun in _ENGLISH_HROMADA_NOUN.finditer(text):
        run = _ENGLISH_NAMES_BEFORE_NOUN.search(text, max(0, noun.start() - _ADJECTIVES_WITHIN), noun.start())
        after = _ENGLISH_NAMES_AFTER_NOUN.match(text, noun.end())
        # Not "the communities of Kupiansk district", the district's, nor "the Jewish community of Dnipro", its people
        # (a name before the noun is the hromada's, if any).
        if after is not None and (
            _REGION_NOUN_AFTER.match(text, after.end()) or _NAME_BEFORE_NOUN.search(text, 0, noun.start())
        ):
            after = None
        for names in (run, after):
            if names is not None:
                start = names.start("names")
                for join in _ENGLISH_NAME_JOIN.finditer(text, start, names.end("names")):
                    yield start, join.start()
                    start = join.end()
                yield start, names.end("names")


# The oblasts on Russia's border and the front, whose villages reports on Russia's side name too.
_BORDER_OBLASTS = frozenset(
    f"ua-oblast-{name}"
    for name in (
        "chernihiv",
        "sumy",
        "kharkiv",
        "luhansk",
        "donetsk",
        "zaporizhzhia",
        "kherson",
        "dnipropetrovsk",
    )
)
# A Latin "g" where Ukraine's national transliteration writes "h" (its "zgh" aside): a name spelt from Russian.
_RUSSIAN_G = re.compile(r"g(?!h)", re.IGNORECASE)


def _latin_fold(name: str) -> str:
    """A name in Latin letters as the spellings of one Ukrainian or Russian name agree: "Hrushevsk" and
    "Hrushivsk", "Velikopisarevskaya" and "Velykopysarivska" are one."""
    folded = _APOSTROPHES.sub("", name.lower()).replace("'", "").replace("-", "").replace(" ", "")
    for letters, one in _LATIN_FOLD:
        folded = folded.replace(letters, one)
    return folded


def _latin_keys(name: str) -> set[str]:
    """A name in Latin letters, folded, with and without each ending English may give it."""
    folded = _latin_fold(name)
    keys = {folded}
    for ending in _LATIN_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= _MIN_LATIN_KEY:
            keys.add(folded[: -len(ending)])
    return keys


def opens_hromada_list(text: str) -> bool:
    """Whether a line ends by announcing a list of hromadas: "Під ударами були населені пункти таких громад:"."""
    return _OPENS_HROMADA_LIST.search(text) is not None


def _hromada_adjectives(text: str) -> Iterator[tuple[int, int, str]]:
    for noun in _HROMADA_NOUN.finditer(text):
        before = _ADJECTIVES_BEFORE_NOUN.search(text, max(0, noun.start() - _ADJECTIVES_WITHIN), noun.start())
        after = _ADJECTIVES_AFTER_COLON.match(text, noun.end())
        for run in (before, after):
            if run is not None:
                yield from _adjectives_in(text, run.start(), run.end())


def _adjectives_in(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    for adjective in _ONE_HROMADA_ADJECTIVE.finditer(text, start, end):
        yield adjective.start(), adjective.end(), _APOSTROPHES.sub("'", adjective.group("stem")).lower()
