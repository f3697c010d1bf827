"""What a name does in its sentence: was the place hit, or launched from, flown over, a reference point, the seat
of someone's office? Did the weapon attack, or defend, or was it itself hit?

Finding names is easy; judging them is the work (see the project notes on real reporting: six of ten place names
in a real report are not targets). Each rule reads a few words around the name, the way a reader does, and is
general: none knows one article.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from bot.extract.cues import ATTACK_PLACED, ATTACK_PLACED_CYRILLIC, BLASTS, reports_an_attack, reports_event
from bot.extract.dates import MONTHS, RECORD_SINCE, WEEKDAYS
from bot.extract.gazetteer import Gazetteer
from bot.extract.grammar import Rule, is_quoted
from bot.extract.normalize import shared_start
from bot.models import Entity, EntityKind, Mention, Role

# Names that only label someone's office ("Kharkiv Oblast Governor", "head of the Kyiv City Military
# Administration") say who spoke, not where anything happened.
_OFFICE_AFTER = Rule(
    r"\s*(?:['’]s\s+)?(?:regional\s+|city\s+|oblast\s+)?(?:governor|mayor|military\s+administration|"
    r"regional\s+(?:military\s+)?administration|state\s+administration|administration|council|police|"
    r"prosecutor|prosecutors|prosecutor's\s+office|authorities|officials?|regime|government|leadership|"
    # "the Krasnodar regional operational headquarters said": the region's office, named after its city.
    r"regional\s+(?:operational\s+|emergency\s+)?(?:headquarters|HQ|task\s+force))\b",
    r"\s*(?:(?:обласн\w*|міськ\w*|районн\w*|областн\w*|городск\w*)\s+)?(?:(?:військов\w*|державн\w*|военн\w*)\s+)?"
    r"(?:адміністрац\w*|администрац\w*|ОВА|ОДА|МВА|КМВА|ОГА|рад[аиіу]|совет\w*|губернатор\w*|поліці\w*|полици\w*|"
    r"прокуратур\w*|ДСНС|ГСЧС|МЧС|влад[аиі]|власт\w*)\b",
)
_OFFICE_BEFORE = Rule(
    r"\b(?:governor|head|mayor|chief|administration|council|prosecutor|police)\s+of\s+(?:the\s+)?$|"
    r"\b(?:regional\s+|local\s+|city\s+)?(?:authorities|officials)\s+in\s+$",
    r"\b(?:мер|мэр|губернатор|голова|глава|начальник|очільник|керівник|руководител|адміністрац|администрац|"
    r"влад|власт|поліці|полици|прокуратур|рад)\w*\s+(?:(?:міста|города|обласн\w*|міськ\w*|областн\w*|"
    r"городск\w*|військов\w*|военн\w*|адміністрац\w*|администрац\w*)\s+){0,3}$",
)
# Where a national body sits, which reports what happened anywhere: "the Defense Ministry in Moscow said it had shot
# down two Ukrainian drones" (not where the drones were, as a city's own officials' city would be).
_NATIONAL_SEAT_BEFORE = Rule(
    r"(?<!regional\s)(?<!city\s)(?<!local\s)(?<!oblast\s)\b(?:ministry|general\s+staff|kremlin|government|"
    r"air\s+force)\s+in\s+$",
    r"(?<!\w)(?:міноборони|минобороны|міністерств\w*|министерств\w*|генштаб\w*|уряд|правительство)\s+(?:у|в)\s+$",
)
# ...as it speaks: a building hit there ("a drone struck the Kremlin in Moscow") is not its seat speaking.
_SEAT_SPEAKS_AFTER = Rule(
    r"[^.;:!?]{0,40}?\b(?:said|says|reported|claimed|announced|stated|confirmed|denied|declined|condemned|"
    r"accused|warned|commented)\b",
    r"[^.;:!?]{0,40}?(?<!\w)(?:заяви\w*|повідоми\w*|сообщи\w*|сообща\w*|повідомля\w*|підтверди\w*|подтверди\w*|"
    r"заявля\w*|засуди\w*|осуди\w*|відмови\w*|отказал\w*)",
)
# A capital that speaks or acts is its state: "Moscow has denied...", "which Kyiv said killed dozens".
_STATE_VERB_AFTER = Rule(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|repeatedly\s+|long\s+|also\s+|apparently\s+|reportedly\s+|"
    r"later\s+|quickly\s+|immediately\s+|swiftly\s+|since\s+|increasingly\s+|previously\s+|now\s+)?"
    r"(?:said|says|claims|claimed|alleges|alleged|maintains|maintained|argues|argued|seeks|sought|hopes|aims|tries|"
    r"tried|stepped\s+up|ramped\s+up|intensified|"
    # "Kyiv has hinted it was behind today's strike", "denied that Kyiv had anything to do with it".
    r"hinted|hints|acknowledged|acknowledges|admitted|admits|vowed|vows|had\s+(?:anything|nothing)\s+to\s+do|"
    # "Kyiv escalating drone attacks on Russia, Moscow claims"; "Kyiv views these strikes as retaliation".
    r"escalated|escalating|stepping\s+up|ramping\s+up|intensifying|views|viewed|regards|regarded|considers|"
    r"considered|"
    r"denies|denied|accuses|accused|insists|insisted|warned|warns|threatened|wants|responded|retaliated|blamed|"
    r"ordered|announced|supplied|sent|used|launched|fired|acquired|received|signed|agreed|rejected|confirmed|"
    r"launches|fires|sends|uses|did\s+not\s+say|didn['’]t\s+say|"
    # "as Kyiv fights to plug a big hole in stocks", "confirmed that Kyiv was behind the attack" (not "Kyiv needs
    # more shelters", "Kyiv struggles with power cuts": the city).
    # "as Kyiv continued its assault on Russian ports".
    r"continued|continues|"
    # Who is held responsible: "Moscow holds Kiev responsible for the attacks".
    r"responsible|accountable|"
    r"fights|fought|(?:was|is|were)\s+behind\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|strikes?|explosions?|blasts?|raids?)|took\s+responsibility|claimed\s+responsibility|"
    # A claim of its forces' in quotes: "Kyiv had "destroyed" the bomber" (not "Kyiv intercepted 12 drones", the city's
    # air defence).
    r"(?<=had\s)[\"“]destroyed(?=[\"”])|"
    # "as Kyiv carries out counter-offensive operations": a state's campaign.
    r"carries\s+out|carried\s+out|conducts|conducted|wages|waged|"
    r"is\s+informing|informs|informed|urges|urged|calls\s+on|called\s+on|demands|demanded|asks|asked|"
    # "Kyiv has called the Russian assertion a lie"
    r"calls\s+(?:the|it|this|that|these|them)|called\s+(?:the|it|this|that|these|them)|"
    # "Kiev has been launching increasingly large-scale drone raids", "Kyiv is stepping up strikes".
    r"(?:(?:has|have|had)\s+been|is|was)\s+(?:increasingly\s+)?(?:launching|firing|sending|using|carrying\s+out|"
    r"conducting|waging|stepping\s+up|ramping\s+up|intensifying|escalating|striking|targeting|attacking)|"
    # "Kyiv is still awaiting word from its Western partners", "Kyiv has long sought permission".
    r"(?:is|was)\s+(?:still\s+)?(?:awaiting\s+(?:word|permission|approval|a\s+decision|a\s+response|an\s+answer|"
    r"deliver(?:y|ies))|seeking|lobbying|pressing|pushing\s+for)|"
    # What a state is given: "gave Kyiv the green light to use the longer-range weapons", "after Kyiv got the green
    # light to fire missiles into Russia".
    r"(?:(?:got|gets|received|receives|won|secured|obtained|was\s+given|has\s+been\s+given)\s+)?(?:the\s+)?"
    r"(?:green\s+light|go-ahead|permission|approval|clearance)\b|"
    r"(?:has|have|had)\s+(?:long\s+|repeatedly\s+)?(?:sought|requested|lobbied|pressed|pushed\s+for|asked\s+for))\b|"
    # "Kyiv had not commented on the explosions at the Russian bases": saying nothing is speaking for the state too.
    r"\s+(?:(?:has|have|had|did|does)\s+(?:not|never)\s+(?:yet\s+|immediately\s+|publicly\s+|officially\s+)?"
    r"(?:commented|comment|responded|respond|"
    r"confirmed|confirm|acknowledged|acknowledge|claimed|claim)|declined\s+to\s+comment|"
    r"(?:has|have|had)\s+yet\s+to\s+(?:comment|respond|confirm|acknowledge))\b|"
    # A capital that downs a warplane or sinks a warship fights as its state: "said Kyiv downed a Russian Su-34 fighter
    # jet" (not the city's air defence downing drones).
    r"\s+(?:(?:has|have|had)\s+)?(?:downed|shot\s+down|destroyed|sank|sunk)\s+(?:a|an|the|two|three|\d+|another)\s+"
    r"(?:Russian\s+)?(?:[\w-]+\s+){0,2}?(?:jets?|planes?|aircraft|helicopters?|bombers?|warships?|ships?|"
    r"vessels?|submarines?)\b|"
    # A capital that strikes: "Kyiv has hit several Russian energy sites", "Kyiv struck back" (a headline's "Kyiv
    # hit hard by", "Kyiv struck overnight" is the city).
    r"\s+(?:(?:has|have|had)\s+(?:already\s+|repeatedly\s+|also\s+)?(?:hit|struck|attacked|targeted)|"
    r"(?:hit|struck|attacked|targeted)\s+(?:back|(?:a|an|the|several|two|three|\d+|Russian|Russia['’]s|its)\s))",
    r"\s+(?:вже\s+|уже\s+|неодноразово\s+|неоднократно\s+|також\s+|также\s+)?(?:заяв\w*|стверджу\w*|утвержда\w*|"
    r"звинувачу\w*|звинуватил\w*|обвиня\w*|обвинил\w*|заперечу\w*|заперечил\w*|отрица\w*|погрожу\w*|угрожа\w*|"
    r"вимага\w*|требу\w*|відповіл\w*|ответил\w*|наполяга\w*|настаива\w*|оголоси\w*|объяви\w*|підтверди\w*|"
    r"подтверди\w*|відкида\w*|отверга\w*|пообіця\w*|пообеща\w*|передал\w*|постача\w*|поставля\w*)",
)
# "launched from the Voronezh region", "fired from the territory of occupied Crimea", "from the direction of
# Kursk", "from ships in the Black Sea": where it came from.
_ORIGIN_BEFORE = Rule(
    r"\bfrom\s+(?:over\s+)?(?:the\s+)?(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|[\w]+-occupied\s+|"
    r"occupied\s+|annexed\s+)?(?:directions?|areas?|"
    r"districts?|regions?|waters?|territory|airspace|airfields?|airbases?|coast|shores?|peninsula)\s+(?:of|in|over|near|at)\s+"
    # "from the airspace of the Russian-occupied part of Ukraine's Zaporizhzhia Oblast"
    r"(?:the\s+)?(?:(?:[\w]+-occupied\s+|occupied\s+)?parts?\s+of\s+)?|(?:[\w-]+\s+){0,3}?(?:ships?|vessels?|submarines?|"
    r"bombers?|aircraft|planes?|jets?|warships?|carriers?|launchers?|positions?)\s+(?:in|over|near|at|from)\s+"
    r"(?:the\s+)?)?(?:(?:temporarily\s+)?occupied\s+)?(?:(?:Russia|Ukraine|Belarus)['’]s?\s+|Russian\s+|"
    r"Ukrainian\s+)?$|"
    # "attacked the city with S-300 missiles deployed in the neighboring Russia's Belgorod region": where the
    # weapons an attack was made with stand is where they were fired from (not "Patriot systems deployed in Kyiv
    # shot down", nor "destroyed two S-400 launchers deployed in Crimea": what defended or was hit).
    r"\b(?:with|using|from|by)\s+(?:(?!Patriot|IRIS|NASAMS|SAMP)(?-i:[A-Z0-9])[\w-]*\s+){0,2}?(?:missiles|rockets|launchers|"
    r"systems|complexes|batteries|aircraft|bombers|jets|planes)\s*,?\s+(?:that\s+(?:are|were)\s+)?"
    r"(?:deployed|stationed|based|positioned|located)\s+(?:(?:across\s+the\s+border\s+)?(?:in|at|near)\s+)"
    r"(?:the\s+)?(?:neighbou?ring\s+|occupied\s+)?(?:(?:Russia|Belarus)['’]s\s+|Russian\s+)?$|"
    # "launched from Russian territory as well as occupied Crimea": the second of two places launched from.
    r"\bfrom\s+(?:the\s+)?(?:Russian|Russia['’]s|Belarusian|Belarus['’])\s+(?:territory|soil|airspace)\s+"
    r"(?:as\s+well\s+as|and|or)\s+(?:from\s+)?(?:the\s+)?(?:(?:temporarily\s+)?occupied\s+)?$|"
    # "from two directions: Cape Chauda and the Kursk region"; translated copy's "attacked 133 drones in the
    # following directions: Millerovo, Kursk" (the Air Force's "з напрямків").
    r"\bfrom\s+(?:\w+\s+)?(?:directions?|areas?|regions?)\s*[:—–-]+\s*(?:the\s+)?$|"
    r"\bin\s+the\s+following\s+directions?\s*[:—–-]+\s*(?:the\s+)?$|"
    # "from the south-eastern direction (Primorsko-Akhtarsk – Russian Federation)"
    r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+)?directions?\s*\(\s*$|"
    # "from the southeast (Primorsko-Akhtarsk)", "з південного сходу (Приморсько-Ахтарськ)": a bearing, then where.
    r"\bfrom\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\s*\(\s*$",
    r"\b(?:з|із|зі|из|с|со)\s+(?:(?:північн\w*|південн\w*|северн\w*|южн\w*)\s+)?(?:сходу|заходу|півдня|півночі|"
    r"востока|запада|юга|севера|(?:юго|северо|південно|північно)-\w+)\s*\(\s*$|"
    # (Not a road's or a town's way out: "атакували авто на виїзді з Білозерки", "на трасі з Херсона".)
    r"(?<!виїзді\s)(?<!виїзду\s)(?<!в['’ʼ]їзді\s)(?<!выезде\s)(?<!въезде\s)(?<!трасі\s)(?<!трассе\s)(?<!дорозі\s)"
    r"(?<!дороге\s)"
    r"\b(?:з|із|зі|из|с|со)\s+(?:(?:північн\w*|південн\w*|східн\w*|західн\w*|северн\w*|южн\w*|восточн\w*|"
    r"западн\w*)\s+)?(?:(?:район\w*|напрямк\w*|направлени\w*|акваторі\w*|акватори\w*|территори\w*|території|"
    r"аеродром\w*|аэродром\w*|бік|боку|сторон\w*|узбережж\w*|побережь\w*|берег\w*|"
    # "пуски осуществлялись из воздушного пространства над Курской областью"
    r"(?:повітрян\w*\s+прост(?:ору|ір)|воздушн\w*\s+пространств\w*)\s+над|"
    # "з полігону «Капустин Яр»": a test range.
    r"полігон\w*|полигон\w*|космодром\w*)\s+)?(?:(?:тимчасово\s+|временно\s+)?(?:окупован\w*|оккупирован\w*)\s+)?"
    r"(?:(?:РФ|Росії|России|російськ\w*|российск\w*)\s+)?[«\"„“]?$|"
    # "ракетами С-300, розміщеними в Бєлгородській області": where the weapons an attack was made with stand (the
    # instrumental case; not "уразили комплекс С-400, розташований у Криму", what was hit).
    # (Nor air defence's: "збили зенітними комплексами Patriot, розміщеними у Києві".)
    r"(?<!зенітними\s)(?<!зенитными\s)(?<!ППО\s)(?<!ПВО\s)"
    r"(?:(?<!\w)(?:ракетами|комплексами|системами|установками)\s*,?\s+(?:[\w«»\"-]+\s*,?\s+){0,2}?(?:які\s+|которые\s+)?"
    r"(?:розміщен|розташован|дислокован|размещ[её]нн|расположенн|дислоцированн)\w*|"
    # "Харків атакували з комплексів С-300, розташованих у Бєлгородській області".
    r"(?<!\w)(?:з|із|из|с)\s+(?:комплексів|комплексов|систем|установок|літаків|самолетов|самолётов|"
    r"бомбардувальників|бомбардировщиков)\s*,?\s+(?:[\w«»\"-]+\s*,?\s+){0,2}?"
    r"(?:розміщених|розташованих|дислокованих|размещенных|расположенных|дислоцированных))\s+(?:в|у|на|під|под)\s+"
    r"(?:(?:сусідн|соседн|прикордонн|приграничн)\w*\s+)?(?:(?:РФ|Росії|России|російськ\w*|российск\w*)\s+)?$|"
    # "з двох напрямків — мис Чауда (Крим) та Курська область".
    r"\b(?:(?:з|із|зі|из|с|со)\s+(?:\w+\s+)?(?:напрямк\w*|напрям\w*|направлени\w*|район\w*)|"
    r"(?:по|за)\s+(?:\w+\s+)?(?:напрямк\w*|напрям\w*|направлени\w*))\s*[:—–-]+\s*$",
)
# A region used to attack from ("використали також Брянську область для того, щоб атакувати саме Київщину", "used
# the Bryansk region to launch drones"), with what it was used for after it (`_USED_FOR_AFTER`; not "використовують
# Херсон як полігон", what is hit).
_USED_BEFORE = Rule(
    r"\b(?:used|using|uses)\s+(?:also\s+)?(?:the\s+)?(?:(?:territory|airspace)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:occupied|Russia['’]s|Russian)\s+)?$",
    r"(?<!\w)(?:використа|використову|использова|использу)\w*\s+(?:також\s+|также\s+|ще\s+|еще\s+|ещё\s+)?"
    r"(?:(?:територі\w*|территори\w*|повітрян\w*\s+прост(?:ір|ору)|воздушн\w*\s+пространств\w*)\s+)?"
    r"(?:(?:окупован\w*|оккупированн\w*|РФ|Росії|России|російськ\w*|российск\w*)\s+)?$",
)
_USED_FOR_AFTER = Rule(
    r"\s+(?:to\s+(?:launch|fire|attack|strike|send)|for\s+(?:launching|attacks|strikes))\b",
    # (Not "використовують Херсон для того, щоб тренувати операторів дронів".)
    r"\s+(?:для\s+(?:запуск\w*|атак\w*|удар\w*|пуск\w*)|(?:для\s+того,?\s+)?(?:щоб|чтобы)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:атакува|атакова|вдари|ударит|ударя|бит|запуска|запусти|обстрілю|обстрелива|наносит|завда))",
)
# "Дрони було запущено з напрямків:", "The drones were launched from the following directions:": a lead whose list
# items, one per line, name where the weapons came from.
_LAUNCH_LIST_LEAD = Rule(
    r"\bfrom\s+(?:the\s+)?(?:following\s+)?(?:directions?|areas?|regions?|locations?)\s*:\s*$",
    r"(?<!\w)(?:з|із|зі|из|с|со)\s+(?:\w+\s+)?(?:напрямк\w*|напрям\w*|направлени\w*|район\w*)\s*:\s*$",
)
# A line of such a list: a bullet, or a few words ending the line ("Курськ;").
_LIST_LINE = re.compile(r"^\s*(?:[-•*–·▪]\s*\S.*|(?:\S+\s+){0,5}\S+[;,.]?)\s*$")


def opens_launch_list(text: str) -> bool:
    return bool(_LAUNCH_LIST_LEAD.search(text))


# A defence ministry's tally of drones downed, by region, as a list: "During the past night, air defense duty forces
# intercepted and destroyed 21 Ukrainian UAVs:" then "7 – over the territory of Smolensk region,".
_DOWNING_LIST_LINE = Rule(
    r"^\W*\d+\s*(?:[–—:-]\s*)?(?:(?:UAVs?|drones?)\s+)?(?:over|above)\s+(?:the\s+)?(?:territor(?:y|ies)\s+of\s+)?",
    r"^\W*\d+\s*(?:[–—:-]\s*)?(?:(?:БпЛА|БПЛА|дрон\w*|безпілотник\w*|беспилотник\w*)\s+)?над\s+"
    r"(?:територі\w*\s+|территори\w*\s+)?",
)


def opens_downing_list(text: str) -> bool:
    """A sentence that tells drones downed and ends in a colon: the list of where follows."""
    return text.rstrip().endswith(":") and _DOWNED.search(text) is not None


def downing_list_line(text: str, mentions: list[Mention]) -> list[Mention] | None:
    """A line of a tally of drones downed by region: the regions it names are where they were downed, as "downed
    over the Bryansk region" says (and a city they flew towards stays so); None when the text is no such line."""
    if not _DOWNING_LIST_LINE.match(text):
        return None
    return [
        replace(m, role=Role.TARGET)
        if m.entity.kind is EntityKind.PLACE and m.role is Role.PASSING and m.entity.category in _REGION_KINDS
        else m
        for m in mentions
    ]


def launch_list_line(text: str, base: int, mentions: list[Mention]) -> list[Mention] | None:
    """A line of a list of launch sites: its places, as where the weapons came from; None when the text is no
    such line (the list has ended): only places, the territories they lie in, bullets and punctuation."""
    if not _LIST_LINE.match(text) or not mentions:
        return None
    rest = text
    for mention in sorted(mentions, key=lambda m: m.start, reverse=True):
        rest = rest[: mention.start - base] + " " + rest[mention.end - base :]
    if not _ORIGIN_LIST_GAP.match(re.sub(r"[•*·▪.;,:]", " ", rest)):
        return None
    return [
        replace(m, role=Role.ORIGIN)
        if m.entity.kind is EntityKind.PLACE
        and m.role in (Role.NAMED, Role.TARGET, Role.PASSING, Role.ALERTED)
        else m
        for m in mentions
    ]


_LAUNCH_WORDS = Rule(
    r"\b(?:launch(?:ed|es|ing)?|fired|firing|took\s+off|take-?off|taking\s+off|lifted\s+off|flew\s+in|came|"
    r"attacked|sent)\b",
    r"\b(?:запуск\w*|запусти\w*|запущен\w*|випуск\w*|випусти\w*|випущен\w*|выпуск\w*|выпусти\w*|выпущен\w*|"
    r"пуск\w*|злет\w*|злі\w*|взлет\w*|атакува\w*|атакова\w*|застосува\w*|примени\w*|направи\w*|спрямува\w*)\b",
)
# "Удару по Запоріжжю було завдано з районів Мелітополя та Бердянська": a strike made from an area is launched
# from there, when the area is named as one right before the place.
_STRIKE_MADE = Rule(
    r"\bstrikes?\s+(?:was|were)\s+(?:carried\s+out|made)\b",
    r"(?<!\w)(?:завдан\w*|завда\w*|нанесен\w*|нанес\w*)\b",
)
_FROM_AREA_BEFORE = Rule(
    r"\bfrom\s+(?:the\s+)?(?:areas?|districts?|directions?)\s+of\s+$",
    r"(?<!\w)(?:з|із|зі|из|с|со)\s+(?:район\w*|напрямк\w*|направлени\w*)\s+$",
)
# A place said to be hit, in so many words: "struck Belgorod", "drones attacked the Kursk region".
# "over Russian-annexed Crimea", "над окупованим Кримом": who holds a place does not change what happened there.
_HELD_BY = r"(?:(?:[\w]+-)?(?:annexed|occupied|held|controlled)\s+)?"
_HELD_BY_CYRILLIC = (
    r"(?:(?:тимчасово\s+|временно\s+)?(?:окупован\w*|анексован\w*|оккупированн\w*|аннексированн\w*)\s+)?"
)
# What may stand between a verb and the place it hit: "the northeastern city of", "the capital,".
_PLACE_NOUN_OF = r"(?:(?:[\w-]+\s+)?(?:city|town|village|port|region|outskirts)\s+of\s+|capital,?\s+)?"
_HIT_BEFORE = Rule(
    r"\b(?:struck|hit|hitting|striking|attacked|attacking|targeted|targeting|shelled|bombed|pounded|strikes?\s+on|"
    # A headline's present tense: "Drones attack Sevastopol", "Russian missiles pound Kharkiv".
    r"attack|attacks|strike|target|targets|pound|pounds|shell|shells|hits|"
    rf"attacks?\s+on|explosions?\s+in|over)\s+(?:the\s+)?{_PLACE_NOUN_OF}{_HELD_BY}$",
    r"\b(?:атакува\w*|атакова\w*|обстріля\w*|обстреля\w*|вдари\w*|удари\w*|уразил\w*|поразил\w*|удар\w*\s+по|"
    r"атак\w*\s+на|вибух\w*\s+(?:у|в)|взрыв\w*\s+(?:у|в)|по|над|"
    # "массовый налет беспилотников на аэродром Пскова": the facility of the place attacked.
    r"(?:нал[её]т|наліт|нальот|атак|удар)\w*\s+(?:[\w-]+\s+){0,2}?(?:на|по)\s+(?:[\w-]+\s+)?"
    r"(?:аэродром|аеродром|аэропорт|аеропорт|нефтебаз|нафтобаз|НПЗ|завод|порт)\w*)\s+(?:(?:місту|місто|міста|"
    r"городу|город|города|"
    # "над территорией Тульской области", "над территорией Республики Крым"
    rf"селищ\w*|поселк\w*|сел[оуа]|территори\w*|територі\w*)\s+(?:(?-i:Республик|Республік)\w*\s+)?)?"
    rf"{_HELD_BY_CYRILLIC}$",
)
# Where the attackers are: a place there is where the weapons came from, unless the sentence says it was hit.
ATTACKER_COUNTRIES = frozenset({"place:country-russia", "place:country-belarus"})
_HELD_SINCE_2014 = frozenset({"place:ua-region-crimea", "place:ua-city-sevastopol"})


def on_attackers_side(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a place lies on the attackers' side of the front: in Russia or Belarus, or in Crimea, which Russia
    has held since 2014 and launches from (a strike there is Ukraine's, with Russia's on the same night)."""
    if gazetteer.country_of(key) in ATTACKER_COUNTRIES:
        return True
    return bool(_HELD_SINCE_2014 & {key, *gazetteer.ancestors(key)})


# What may stand between names of one list of launch sites: "from Kursk, Bryansk and Oryol", "from Cape Chauda
# in occupied Crimea and from the Primorsko-Akhtarsk district of Russia's Krasnodar Krai".
_ORIGIN_LIST_GAP = Rule(
    r"^(?:[\s,()]|[–—-]\s*(?=Russia\b)|and|or|from|the|in|of|near|(?:Russian?-|Moscow-)?occupied|annexed|temporarily|"
    r"district|districts|region|regions|area|areas|Cape|"
    # ("from the Engels air base in the Saratov region": the base's region.)
    r"air|base|airbase|airfield|aerodrome|military|"
    r"Russia['’]s|Russian|Russia|Federation|Ukraine['’]s)*$",
    r"^(?:[\s,;()–—-]|і|й|та|и|а\s+також|а\s+также|з|із|зі|из|с|со|ТОТ|ВОТ|АР|АРК|район\w*|област\w*|напрямк\w*|"
    r"направлени\w*|"
    r"окупован\w*|оккупирован\w*|анексован\w*|аннексированн\w*|тимчасово|временно|РФ|Росії|России|російськ\w*|"
    r"российск\w*)*$",
)
# Where a launch site lies, or the ship off a town it was fired from, on the attackers' side: "из Приморско-Ахтарска
# в Краснодарском крае", "из акватории Черного моря с российского фрегата в районе Ялты" (not "з Курщини у Сумську
# область", where the drones flew in).
_SITE_LIES_IN_GAP = Rule(
    r"(?!)",
    r"^(?:[\s,]|в|у|біля|поблизу|возле|около|районе|районі|акваторі\w*|акватори\w*|фрегат\w*|корабл\w*|корабел\w*|"
    # ("з мису Чауда в анексованому Криму")
    r"судн\w*|катер\w*|з|із|зі|из|с|со|РФ|Росії|России|російськ\w*|российск\w*|анексован\w*|аннексированн\w*|"
    r"окупован\w*|оккупированн\w*|тимчасово|временно)*$",
)
# "launching 83 Shahed drones from the Russian cities of Oryol, Kursk and Millerovo": where a launch came from (not
# "reports of explosions came from the cities of Kursk and Bryansk").
_FROM_TOWNS_OF_BEFORE = Rule(
    r"\bfrom\s+(?:the\s+)?(?:Russian\s+|Belarusian\s+)?(?:cit(?:y|ies)|towns?|settlements?|villages?)\s+of\s+$",
    r"(?!)",
)
# "over the Black Sea", "flew over Belarus", "through Moldovan airspace", "via Moldova": passed, not hit.
_PASSING_BEFORE = Rule(
    r"\b(?:flew|flying|flown|passed|passing|crossed|crossing|routed|heading|headed)\s+(?:over|through|across|"
    r"along|via)\s+(?:the\s+)?$|\b(?:through|via|along)\s+(?:the\s+)?$|"
    # (Not the places hit throughout one: "drones hit 12 locations across Kharkiv", "buildings across the capital".)
    r"(?<!locations\s)(?<!sites\s)(?<!targets\s)(?<!buildings\s)(?<!homes\s)(?<!facilities\s)"
    r"\bacross\s+(?:the\s+)?$|"
    # A place a distance is measured against: "located closer to the Polish border than Kyiv" (not "hit Odesa
    # harder than Kyiv", which was hit too).
    r"\b(?:closer|nearer|farther|further)\b[^.,;]{0,50}?\bthan\s+(?:the\s+)?$",
    r"\b(?:пролет\w*|проліт\w*|пролета\w*|проліта\w*|рухал\w*|двигал\w*|рух\w*|движ\w*)\s+(?:над|через|повз|мимо)"
    r"\s+$|\b(?:через|крізь|повз|мимо|курсом\s+на|у\s+напрямку|в\s+напрямку|в\s+направлении|в\s+сторону|"
    r"у\s+бік|в\s+бік)\s+$|"
    r"(?:повітрян\w*|воздушн\w*)\s+(?:прост(?:ір|ору|орі)|пространств\w*)\s+$|"
    r"(?<!\w)(?:ближче|ближе|далі|дальше)(?!\w)[^.;]{0,50}?,?\s(?:ніж|чем)\s+$",
)
# Which way drones were flying is no place they hit ("рухаються в напрямку Києва"), but which way they were
# launched is where they were sent: "пуски 22 дронов в направлении Николаевской, Запорожской ... областей".
_HEADED_BEFORE = Rule(
    r"(?!)",
    r"(?<!\w)(?:курсом\s+на|у\s+напрямку|в\s+напрямку|в\s+направлении|в\s+сторону|у\s+бік|в\s+бік)\s+$",
)
_FLYING = Rule(
    r"(?!)", r"(?<!\w)(?:лет\w*|летя\w*|літа\w*|рухал\w*|рухаю\w*|двига\w*|движу\w*|прямува\w*|прямую\w*)"
)
# Verbs of weapons in flight (not "літаки", "літальних апаратів", which are aircraft).
_WEAPONS_FLYING = Rule(
    r"(?!)",
    r"(?<!\w)(?:лет[іяеи]\w*|летя\w*|летящ\w*|летяч\w*|полет[іеи]\w*|полеті\w*|рух[ауе]\w*|движ\w*|двига\w*|"
    r"прямув\w*|прямую\w*|прямує)",
)
# (Cyrillic only, as the flight verbs above: English "headed towards" is read by the roles' own patterns.)
_WEAPON_NOUN = Rule(
    r"(?!)",
    r"(?<!\w)(?:ракет|дрон|безпілотн|беспилотн|БпЛА|БПЛА|шахед|кинджал|кинжал|калібр|калибр|іскандер|искандер)",
)
_IN_AIRSPACE_BEFORE = Rule(
    r"\bin\s+(?:the\s+)?airspace\s+(?:of|over)\s+(?:the\s+)?$",
    r"(?<!\w)(?:в|у)\s+(?:повітряному|воздушном)\s+(?:просторі|пространстве)\s+(?:над\s+)?$",
)
_DOWNED_THERE_REACH = 60  # characters between a downing and the airspace it happened in
_AIRSPACE_AFTER = Rule(
    r"(?:['’]s)?\s+airspace\b",
    r"\s+(?:повітрян\w*|воздушн\w*)\s+(?:прост(?:ір|ору|орі)|пространств\w*)\b",
)
# A sector of the front named after a town, where the armies fight on the ground: "the enemy attacked three times in
# the Kharkiv sector near Vovchansk" (not a direction, which is as often where drones flew: "in the Kyiv direction").
_FRONT_SECTOR_AFTER = re.compile(r"\s+sector\b")
# "about 80 kilometres south of Kyiv": a reference point, not where anything happened.
_REFERENCE_BEFORE = Rule(
    # ("15 kilometres to the southwest of the regional capital of Krasnodar")
    r"\b(?:kilomet(?:re|er)s?|km|miles?)\s+(?:\(\d+\s+\w+\)\s+)?(?:to\s+the\s+)?(?:(?:north|south|east|west)"
    r"(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:regional\s+)?(?:city|capital)(?:\s+of|,)?\s+)?$|"
    # "the cities of Shostka and Konotop, northeast of Kyiv": a bearing, not a place hit.
    # (Not a part of it, "in the south of the Odesa region", nor an area launched from, "from the area west of
    # Engels".)
    r"(?:\bto\s+the\s+|(?<!\bthe\s)(?<!\ban\s)(?<!\barea\s)(?<!\bregion\s)(?<!\bdistrict\s)\b)"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:capital,?\s+)?$|"
    # "Kivsharivka, a small town near Kupiansk": where a place lies, not another place hit.
    r"\b(?:town|village|settlement|city|hamlet|suburb|community)\s+(?:(?:just|located|lying)\s+)?(?:near|outside|"
    r"not\s+far\s+from|close\s+to)\s+(?:the\s+)?(?:city\s+of\s+)?$|"
    # "Photo taken in Kyiv on Jan. 11 shows debris of a missile used in a strike on Kharkiv": where a picture was taken.
    r"\b(?:photo|photograph|picture|image|video|footage)s?\s+(?:was\s+|were\s+)?(?:taken|shot|filmed|made)\s+"
    r"(?:in|at|near)\s+(?:the\s+)?$|"
    # "figures excluding Mariupol": a place left out of what is told.
    r"\b(?:excluding|not\s+counting|not\s+including)\s+(?:the\s+)?(?:city\s+of\s+)?$|"
    # "the Ryazan region, which shares a border with the Moscow region": a neighbour, named to say where.
    r"\b(?:(?:shares?|sharing)\s+a\s+border\s+with|borders?|bordering)\s+(?:on\s+|with\s+)?(?:the\s+)?$",
    r"(?<!\w)(?:граничит\w*|граничащ\w*|межу\w*|межує)\s+(?:с|з|із|со)\s+$|"
    r"\b(?:км|кілометр\w*|километр\w*)\s+(?:(?:на\s+)?(?:північ\w*|південь|південн\w*|схід|східн\w*|захід|західн\w*|"
    r"север\w*|юг\w*|восток\w*|запад\w*)\s+)?(?:від|от)\s+$|\b(?:на\s+)?(?:північ|південь|схід|захід|север|юг|восток|"
    r"запад)\s+(?:від|от)\s+$|"
    r"(?<!\w)(?:без\s+урахування|не\s+враховуючи|без\s+учета|не\s+считая|не\s+включая)\s+$",
)
# A capital whose clock a time span is told by: "с 23:00 до 7:00 по Москве", "з 18:00 до 6:00 за Києвом" (not "в 5:00
# по Москве ударили беспилотники", nor "близько 5:00 по Малоданилівській громаді", where it hit). (English copy's "7 a.m. Moscow time" is read as no place already.)
_CLOCK_BEFORE = re.compile(
    r"(?<!\w)(?:до|по)\s+\d{1,2}(?:[:.]\d\d)?\s+(?:(?:утра|вечера|ночи|дня|ранку|вечора|ночі)\s+)?(?:по|за)\s+$",
    re.IGNORECASE,
)
_CLOCK_CITIES = frozenset({"place:ru-city-moscow", "place:ua-city-kyiv"})
# A street named after a person or a town: "на улице Королева в Одессе", "вулиця Київська", "on Kyiv Street" is no
# town ("Kyiv Street" is read by the modifier after it).
_STREET_BEFORE = Rule(
    r"\b(?:street|avenue)\s+$",
    r"(?<!\w)(?:вулиц\w*|улиц\w*|проспект\w*|бульвар\w*|провул\w*|переул\w*|площ\w*|просп\.|вул\.|ул\.|пр\.)\s+$",
)
_SHIP_BEFORE = Rule(
    r"\b(?:cruiser|warship|flagship|ship|vessel|frigate|corvette|submarine|destroyer|tanker|tug|boat|patrol\s+ship|"
    r"landing\s+ship|minesweeper)\s+\*?$|"
    # Ships named after admirals: "the Admiral Makarov frigate", "фрегат «Адмирал Макаров»".
    r"\bAdmiral\s+$",
    r"\b(?:крейсер\w*|корабл\w*|корабель|судн\w*|судов|фрегат\w*|корвет\w*|катер\w*|підводн\w+\s+човн\w*|"
    r"подводн\w+\s+лодк\w*|танкер\w*|буксир\w*|тральщик\w*|есмін\w*|эсмин\w*|БДК|ВДК)\s+[«\"„*]*$|"
    r"(?<!\w)(?:Адмірал|Адмирал)\w*\s+$",
)


def names_a_ship(text: str, start: int) -> bool:
    """Whether the name starting at `start` is a ship's: "the landing ship Novocherkassk", "крейсер «Москва»"."""
    return _SHIP_BEFORE.search(text, max(0, start - 60), start) is not None


# A military unit named after a place: "батальона «Азов»", "the Azov Regiment", "полк «Кракен»".
# (A unit's name is quoted after its noun: "бригади Харкова" are crews of Kharkiv, "полковник" a colonel.)
_UNIT_BEFORE = Rule(
    r"\b(?:regiment|battalion|brigade)\s+[\"“«]+$",
    r"(?<!\w)(?:полк(?:а|у|ом|і|е)?|батальйон(?:у|а|ом|і)?|батальон(?:а|у|ом|е)?|бригад(?:а|и|і|у|ою|ы|е|ой))"
    r"\s+[«\"„“]+$",
)
# "explosions were heard between Pivdennoukrainsk and Voznesensk", "між Південноукраїнськом та Вознесенськом": a
# stretch between two places, neither of them hit.
_BETWEEN_BEFORE = re.compile(
    r"(?<!\w)(?:between\s+(?:the\s+)?(?:cities\s+of\s+|towns\s+of\s+)?|між\s+|между\s+)$", re.IGNORECASE
)
# "in the city of Brovary, near Kyiv": where the place just named lies.
_NEAR_BETWEEN = re.compile(
    r",\s+(?:(?:just|located|lying)\s+)?(?:near|outside|not\s+far\s+from|close\s+to)\s+(?:the\s+)?"
    r"(?:city\s+of\s+|capital,?\s+)?",
    re.IGNORECASE,
)
# "our colleague Steve Rosenberg in Moscow tells us...": where a reporter speaks from (not "journalists in Kramatorsk
# were injured").
_REPORTER_BEFORE = re.compile(
    r"\b(?:correspondents?|colleagues?|reporters?|journalists?|editors?)\s+(?:(?-i:[A-Z])[\w'’-]+\s+){0,3}"
    r"(?:in|from)\s+$",
    re.IGNORECASE,
)
_SAYS_AFTER = re.compile(r",?\s+(?:tells|told|says|said|reports|reported|writes|wrote|explains|explained)\b")
# What a record is measured against: "the deadliest attack in one place since a Sep 30 strike in Ukraine's
# Zaporizhzhia region" names the earlier attack's place (not "without power since a drone attack on Kharkiv").
_RECORD_SINCE_BEFORE = re.compile(
    RECORD_SINCE
    + r"(?:an?|the)\s+(?:[\w'’.-]+\s+){0,4}?(?:strike|attack|barrage|bombardment|assault|raid)s?\s+"
    r"(?:on|in|at|against)\s+(?:the\s+)?(?:city\s+of\s+|\w+['’]s\s+)?$",
    re.IGNORECASE,
)
_UNIT_AFTER = re.compile(r"[\"”»]?\s+(?:regiment|battalion|brigade)\b", re.IGNORECASE)
# A refinery, plant, company or hotel whose name is made from a town's: 'НПЗ "Славянск-ЭКО"' (not the hotel
# "Kharkiv" or the refinery "Ильский", which stand in the town they are named after).
_NAMED_FACILITY_BEFORE = Rule(
    r"\b(?:refinery|plant|factory|company|hotel|mall)\s+[\"“«]+$",
    r"(?<!\w)(?:НПЗ|ТЕЦ|ТЭЦ|ТЕС|ТЭС|ГЕС|ГЭС|ТЦ|ТРЦ|завод\w*|комбінат\w*|комбинат\w*|підприємств\w*|предприяти\w*|"
    r"компані\w*|компани\w*|готел\w*|гостиниц\w*)\s+[«\"„“]+$",
)
# What a quoted place's name names instead, before it: a pipeline, an oil depot, a ship (not an airfield, a port or
# a hotel, most often named after where they are: "аеродром «Енгельс»", "гостиница «Новороссийск»").
_NAMED_THING_BEFORE = Rule(
    r"\b(?:pipeline|oil\s+depot|tank\s+farm|pumping\s+station|cruiser|ship|vessel|tanker|frigate|"
    # ...or a channel, a paper or a club named after its city: "телеканал «Санкт-Петербург» сообщал".
    r"channel|broadcaster|newspaper|agency|club)\s+[\"“«'‘]$",
    r"(?<!\w)(?:нафтопровод\w*|нефтепровод\w*|трубопровод\w*|газопровод\w*|нафтобаз\w*|нефтебаз\w*|ЛВДС|ЛПДС|"
    r"крейсер\w*|корабл\w*|судн\w*|судов?|танкер\w*|фрегат\w*|"
    r"телеканал\w*|канал\w*|радіостанці\w*|радиостанци\w*|газет\w*|видання|издани\w*|агентств\w*|клуб\w*|"
    r"ФК|ХК)\s+[«\"„“']$",
)


def _in_quotes(text: str, start: int, end: int) -> bool:
    """A place's name quoted alone after a pipeline, an oil depot or a ship names it ("нафтопроводу «Дружба»",
    "крейсер «Москва»")."""
    return (
        is_quoted(text, start, end)
        and _NAMED_THING_BEFORE.search(text, max(0, start - 40), start) is not None
    )


# Subjected to, or endured, an attack: "Севастополь подвергся атаке", "Бєлгород зазнав атаки", "Москва пережила
# налет", "Київ витримав атаку".
_ENDURED = r"(?:подверг|зазна|піддав|піддал|пережил|пережив|выдержал|витримал|витримав)\w*"
# Where a capital is a place: "in Moscow", "struck Kyiv", "Moscow region", "Kyiv's Obolon district".
# What a government is given, or asked: "further military aid to Kyiv", "sanctions against Moscow".
_STATE_BEFORE = Rule(
    r"\b(?:aid|assistance|support|weapons|arms|ammunition|supplies|package|loans?|funding|help|sanctions|pressure|"
    # ("another military aid package from the United States to Kiev")
    r"talks|negotiations|relations|ties|deliveries|shipments?|transfers?)\s+(?:from\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"(?:to|for|against|on|with)\s+$|"
    # What a thing is for a state: "Russia's Black Sea fleet is an important target for Kyiv" (not "another blow for
    # Kyiv, where power was cut": the city).
    r"\b(?:targets?|priority|priorities|goal|objective)\s+for\s+$|"
    # Who fights for a state: "mercenaries who have fought for Kyiv".
    r"\b(?:who|that)\s+(?:have\s+|had\s+|has\s+)?(?:fought|fight|fights|served|serve|serves)\s+for\s+$|"
    # Whoever is armed is a government: "supplying Kyiv with Taurus missiles", "to arm Kyiv".
    r"\b(?:supply|supplying|supplied|arm|arming|equip|equipping|equipped|provide|providing|provided)\s+$|"
    # Whom something is blamed on: "drone assaults blamed on Kyiv"; who is accused: "accused Kyiv of yet another attack
    # on Moscow" (not "punished Kyiv with a barrage of Kinzhal missiles", which struck the city).
    r"\b(?:blamed\s+on|attributed\s+to|blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing))\s+$|"
    # Whom a state vows to punish: "a vow by Putin to retaliate against Kyiv for an attack on the Kerch Bridge".
    r"\b(?:retaliat(?:e|es|ed|ing)|revenge)\s+(?:against|on)\s+$|"
    # A headline's source: "Six killed in Russian missile strike in Kharkiv, alleges Kyiv".
    r"[,:]\s*(?:says|said|claims|claimed|alleges|alleged|according\s+to)\s+$|"
    # One of two capitals named together: "as both Moscow and Kyiv reported a wave of attacks".
    r"\b(?:Moscow|Kyiv|Kiev|Minsk|Washington)\s+and\s+$|"
    # Who sent or was given weapons, and who was asked: "two drones sent by Kyiv", "jets supplied to Kyiv by its
    # allies", "no official comment was immediately available from Kyiv".
    r"\b(?:sent|launched|fired)\s+by\s+$|\b(?:supplied|provided|promised|pledged|transferred)\s+to\s+$|"
    r"\b(?:comment|response|reaction|confirmation)\s+(?:[\w-]+\s+){0,4}?from\s+$|"
    # Whom others let act: "calls for allies to allow Kyiv to use Western weapons".
    r"\b(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|authori[sz](?:e|es|ed|ing)|enabl(?:e|es|ed|ing))\s+$|"
    # Whom others promise or urge: "promised Kyiv more air defence", "urged Kyiv to negotiate".
    r"\b(?:promis(?:e|es|ed|ing)|urg(?:e|es|ed|ing))\s+$|"
    # Who holds land: "the parts of Zaporizhzhia region controlled by Kyiv".
    r"\b(?:controlled|held|occupied|governed)\s+by\s+$|\bunder\s+(?:the\s+)?control\s+of\s+$",
    r"(?<!\w)(?:допомог\w*|помощ\w*|підтримк\w*|поддержк\w*|санкці\w*|санкци\w*|переговор\w*|тиск\w*|давлени\w*)"
    r"\s+(?:для|проти|против|на|з|с)\s+$|"
    # Whom something was promised, given or supplied: "систему ПВО Patriot, которую обещали Киеву".
    r"(?<!\w)(?:обіця|обеща|пообіця|пообеща|переда|надал|надав|поставил|поставля|постача)\w*\s+$|"
    # Who is accused: "обвинили Киев в атаке", "звинуватили Київ".
    r"(?<!\w)(?:обвинил|обвиня|звинуватил|звинувачу)\w*\s+$",
)
# Where a weapon was flying when it was downed: "downed a Ukrainian drone en route to Moscow", "heading for Kyiv".
_ON_THE_WAY_TO = r"en\s+route\s+to|(?:heading|headed|bound|flying)\s+(?:to|for)|on\s+(?:its|their)\s+way\s+to"
# The first of two capitals that act as states: "as Kyiv and Moscow trade drone attacks" (not "Kyiv and Moscow both
# came under drone attack").
_CAPITAL_AFTER = Rule(
    r"\s+and\s+(?:Moscow|Kyiv|Kiev|Minsk|Washington)\s+(?:trade|traded|trading|exchange|exchanged|exchanging|"
    r"accuse|accused|blame|blamed|negotiate|negotiated)\b",
    flags=0,
)
_LOCATIVE_BEFORE = Rule(
    r"\b(?:in|on|at|over|near|towards?|into|from|around|outside|across|above|struck|hit|attacked|targeted|"
    rf"shelled|bombed|hitting|striking|attacking|targeting|{_ON_THE_WAY_TO})\s+(?:the\s+)?(?:city\s+of\s+)?$",
    r"\b(?:у|в|на|над|біля|поблизу|під|под|до|по|около|возле|атакува\w*|атакова\w*|обстріля\w*|обстреля\w*|"
    rf"вдари\w*|удари\w*|{_ENDURED})\s+(?:(?:місті|місто|міста|городе|город|города)\s+)?$",
)
_PLACE_AFTER = Rule(
    r"(?:['’]s)?\s+(?:(?:main|central|major|international|northern|southern|eastern|western|three|two|all)\s+){0,2}"
    r"(?:region|oblast|city|district|districts|outskirts|suburbs?|centre|center|airport|airports|"
    r"residents|metro|streets|skies|area|mayor|was\s+hit|was\s+struck|was\s+attacked|came\s+under|"
    # What stands in the city: "hit Kyiv's main television tower", "Kharkiv's power plant".
    # (Not "Kyiv's port infrastructure", "Kyiv's power plants in western Ukraine": the state's.)
    r"(?:television|TV)\s+tower|power\s+(?:plant|station)(?!s)|thermal\s+power|apartment\s+(?:blocks?|buildings?)|"
    r"residential\s+(?:areas?|buildings?)|neighbou?rhoods?|railway\s+station|train\s+station|shopping\s+(?:mall|centre|"
    r"center)|hospitals?)\b",
    r"\s+(?:област\w*|район\w*|околиц\w*|передмісті?\w*|пригород\w*|центр\w*|аеропорт\w*|аэропорт\w*|мешканц\w*|"
    r"жител\w*|метро|вулиц\w*|улиц\w*|неб[оіе]|"
    # "Москва подверглась атаке", "Київ пережив наліт": a city that endured an attack.
    rf"{_ENDURED}\s+(?:[\w-]+\s+){{0,2}}?(?:атак|удар|обстр[еі]л|нал[её]т|наліт)\w*)\b",
)
# Where something landed or was aimed: "struck Kharkiv", "an attack on Odesa", "in the Kyiv region".
_TARGET_BEFORE = Rule(
    r"\b(?:struck|hit|hitting|striking|attacked|attacking|targeted|targeting|shelled|bombed|pounded|at|on|against|"
    # ("targeted the capital, Kyiv, and the northeastern city of Kharkiv")
    rf"in|over|near|into|towards?|across|{_ON_THE_WAY_TO})\s+(?:the\s+)?{_PLACE_NOUN_OF}{_HELD_BY}$",
    r"\b(?:по|на|у|в|над|біля|поблизу|під|под|около|возле|атакува\w*|атакова\w*|обстріля\w*|обстреля\w*|вдари\w*|"
    r"удари\w*|уразил\w*|поразил\w*)\s+(?:(?:місто|міста|місту|місті|городу|город|города|городе|село|села|селі|селе|"
    r"селище|селища|селищі|поселок|поселка|поселке|смт|пгт|м\.|с\.|г\.)\s+)?$",
)
_SEA_KINDS = frozenset({"sea", "strait"})
# "at 11:47 p.m. Kyiv time", "за київським часом": a clock, not a place.
_TIME_ZONE_AFTER = Rule(r"\s+time\b", r"\s+(?:час\w*|времени)\b")

# A weapon that is the object of destruction ("destroyed a HIMARS launcher", "hit a Patriot system") or a
# platform named as such ("S-300 systems") is not what attacked.
_WEAPON_HIT_BEFORE = Rule(
    r"\b(?:hit|struck|destroyed|destroying|targeted|targeting|damaged|eliminated|wiped\s+out|knocked\s+out)\s+"
    r"(?:(?:an?|the|two|three|four|several|\d+)\s+)?(?:(?:Ukrainian|Ukraine['’]s|Russian|Russia['’]s|US|U\.S\.|"
    r"US-made|American|German|Western|enemy)\s+)?(?:(?!(?:with|using|by|from|at|on|in|over)\b)[\w-]+\s+)?$",
    r"\b(?:знищ\w*|уничтож\w*|уражен\w*|уразил\w*|поразил\w*|поражен\w*|вразил\w*|пошкод\w*|поврежд\w*|вивели\s+з\s+ладу|"
    r"вывели\s+из\s+строя)\s+(?:(?:\d+|один|одну|два|дві|три)\s+)?(?:(?:українськ\w*|украинск\w*|російськ\w*|"
    r"российск\w*|американськ\w*|американск\w*|ворож\w*)\s+)?(?:[\w-]+\s+)?$",
)
# The design a weapon is built on: "a UMPB D-30SN, made on the basis of the FAB-250", "a variant of the Kh-55".
_BASE_DESIGN_BEFORE = Rule(
    r"\b(?:(?:built|based|made)\s+on(?:\s+the\s+basis\s+of)?|(?:a|an)\s+(?:modified\s+)?(?:variant|version|"
    r"modification|derivative)\s+of|derived\s+from|converted\s+from)\s+(?:the\s+|an?\s+)?$",
    r"(?<!\w)(?:на\s+базі|на\s+базе|на\s+основі|на\s+основе|модифікаці\w*|модификаци\w*)\s+$",
)
# What a plant makes is no weapon of the attack on it: "hit a facility assembling Iranian-designed Shahed drones",
# "завод, який виробляє шахеди".
# The verbs of making, in Ukrainian and Russian (not a maker's genitive, "безпілотниками іранського виробництва
# «Шахед»": where it was made; nor "випускати", which is as often to launch: "випускали по місту ракети С-300").
_MAKES_CYRILLIC = (
    r"(?:виробля\w*|виробництво|производ(?:ит|ят|ил|ила|или|ство|ящ\w*)|збира(?:є|ють|ли|в)|собира(?:ет|ют|ли|л)|"
    r"виготовля(?:є|ють|в|ли)|изготавлива(?:ет|ют))"
)
_MADE_BEFORE = Rule(
    r"\b(?:plants?|factory|factories|facility|facilities|enterprises?|workshops?|sites?|lines?)\s*,?\s+"
    r"(?:that\s+|which\s+)?(?:assembl(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|makes|making|"
    r"made|builds|building|built)\s+(?:[\w-]+\s+){0,3}?$",
    r"(?<!\w)(?:завод\w*|підприємств\w*|предприяти\w*|цех\w*|фабрик\w*|майданчик\w*|площадк\w*)\s*,?\s+"
    # (After a plant, "випускає" is what it puts out.)
    rf"(?:(?:що|який|яке|яка|котор\w+)\s+)?(?:{_MAKES_CYRILLIC}|випуска(?:є|ють|ли|в)|выпуска(?:ет|ют|ли|л))\s+"
    r"(?:[\w-]+\s+){0,3}?$",
)
# What is made somewhere, the verb a few words before the weapon and no attack between: "там собирают «Шахеды»",
# "На предприятии производят беспилотники, в том числе ударные дроны типа «Шахед»", "plants producing Shahed
# drones". (Not a participle, which is as often the attack's own weapon: "missiles produced in North Korea".)
_WORDS_NOT_ATTACKING = (
    r"(?:(?!(?:attack(?:ed|ing|s)?|struck|strikes?|striking|launch(?:ed|es|ing)?|hit|hits|fired|shot|used|using)\b"
    r"(?!\s+(?:drones?|UAVs?)))[\w-]+,?\s+){0,8}?"
)
_WORDS_NOT_ATTACKING_CYRILLIC = r"(?:(?!(?:атак|удар(?!н)|запуст|обстр|уламк|обломк|фрагмент|збит|сбит|збив|сбив|влуч)\w*)[\w«»\"'’ʼ-]+,?\s+){0,8}?"
_PRODUCED_BEFORE = Rule(
    r"(?<![\w-])(?:produc(?:e|es|ing)|manufactur(?:e|es|ing)|assembl(?:e|es|ing))\s+"
    rf"{_WORDS_NOT_ATTACKING}[\"“«]?$",
    rf"(?<![\w-]){_MAKES_CYRILLIC}\s+{_WORDS_NOT_ATTACKING_CYRILLIC}[«\"„]?$",
)
# ...or stored: "a depot reportedly housing Iskander and Tochka-U missile systems", "склад, де зберігали «Шахеди»" (not
# a house, "houses were damaged where Shahed debris fell", nor "зберігається загроза"; no striking word, place or
# new clause between: not "a hotel housing journalists in Kramatorsk in an Iskander-M strike", "a warehouse storing
# food, and Shahed debris fell").
_WORDS_NOT_STRIKING = (
    r"(?:(?!(?:attack\w*|struck|strikes?|striking|launch\w*|hit|hits|fired|shot|used|using|down\w*|fell|fall\w*|"
    r"crash\w*|land\w*|damag\w*|destroy\w*|explod\w*|debris|wreckage|fragments?|but|as|while|when|after|in|at|on|"
    r"near|from|by|with)\b)(?!(?<=,\s)and\b)[\w-]+,?\s+){0,6}?"
)
_WORDS_NOT_STRIKING_CYRILLIC = (
    r"(?:(?!(?:атак|удар(?!н)|запуст|обстр|уламк|обломк|фрагмент|збит|сбит|влуч|попа|впа|упа|знищ|уничтож|пошкод|поврежд|"
    r"зруйн|разруш)\w*)(?![\w-]*(?:ою|ами|ями)(?!\w))[\w«»\"'’ʼ-]+,?\s+){0,4}?"
)
_STORED_BEFORE = Rule(
    rf"(?<![\w-])(?:storing|stored|stockpiling|stockpiled|housing|housed)\s+{_WORDS_NOT_STRIKING}[\"“«]?$",
    r"(?<![\w-])(?:зберігав(?:ся)?|зберігал\w*|хранил\w*|хранят|хранятся|хранящ\w*|хранивш\w*)\s+"
    rf"{_WORDS_NOT_STRIKING_CYRILLIC}[«\"„]?$",
)
# ...as a weapon stored somewhere: "where Shahed drones were stored", "де зберігалися шахеди" (not "drones kept
# circling").
_STORED_AFTER = Rule(
    r"(?:\s+(?:missiles?|drones?|rockets?|bombs?|systems?|UAVs?))?,?\s+(?:that\s+|which\s+)?(?:were\s+|was\s+|are\s+|is\s+|"
    r"had\s+been\s+|have\s+been\s+)?(?:stored|housed|stockpiled)\b",
    r"(?:\s+(?:ракет\w*|дрон\w*|безпілотник\w*|беспилотник\w*|бомб\w*))?,?\s+(?:(?:які|яких|которые|которых)\s+)?"
    r"(?:зберігал\w*|зберігаю\w*|хранил\w*|хранят\w*|хранятся)",
)
# ...unless the clause goes on to use it: "Kh-101 missiles stored at Engels were used against Kyiv".
_USED_AFTER_IN_CLAUSE = Rule(
    r"[^.;:]{0,80}?\b(?:were|was|been)\s+(?:later\s+)?(?:used|launched|fired)\b",
    r"[^.;:]{0,80}?(?<!\w)(?:використа\w*|застосува\w*|запущен\w*|випущен\w*|выпущен\w*|использова\w*|"
    r"примен\w*|влучи\w*|попа[лв]\w*)",
)
# ...nor the weapon struck with: "attacked a plant producing tank parts with Shahed drones", "North Korea produces the
# KN-23 missiles that Russia fired at Kyiv", "виробляє ракети Х-101, а в неділю запустила їх по Києву".
_STRUCK_WITH_BEFORE = Rule(r"\b(?:with|by)\s+(?:[\w-]+\s+){0,2}?[\"“«]?$")
_ATTACK_AFTER_IN_CLAUSE = Rule(
    r"[^.;:]{0,80}?\b(?:fired|launched|struck|attacked|hit|targeted)\b",
    r"[^.;:]{0,80}?(?<!\w)(?:запусти\w*|запуска\w*|атакува\w*|атаковал\w*|удари\w*|вдари\w*|обстріля\w*|"
    r"обстреля\w*|випусти\w*|выпусти\w*)",
)


def _made_not_used(text: str, start: int, end: int, mention: Mention) -> bool:
    """Whether a weapon is named as what is made or stored, a few words after the verb (or as what was stored), and
    not as what struck."""
    made = _PRODUCED_BEFORE.search(text, max(0, start - 110), start) is not None
    stored = (
        _STORED_BEFORE.search(text, max(0, start - 110), start) is not None
        or _STORED_AFTER.match(text, end) is not None
    ) and not _USED_AFTER_IN_CLAUSE.match(text, end)
    return (
        (made or stored)
        and not _STRUCK_WITH_BEFORE.search(text, max(0, start - 40), start)
        and not _INSTRUMENTAL_END.search(mention.surface)
        and not _ATTACK_AFTER_IN_CLAUSE.match(text, end)
    )


# What can be hit on the ground: "destroyed a HIMARS", "hit a Patriot". A missile or drone that is "destroyed" was
# shot down while attacking ("air defences destroyed 33 Shahed drones").
_GROUND_TARGETS = frozenset({"multiple rocket launcher", "air defence system", "surface-to-air missile"})
# Rocket launchers are the weapon they are named for: "rockets fired from HIMARS launchers".
_LAUNCHER_WEAPONS = frozenset({"multiple rocket launcher"})
_PLATFORM_AFTER = Rule(
    r"\s*(?:air[- ]defen[cs]e\s+)?(?:systems?|batter(?:y|ies)|launchers?|complex(?:es)?|radars?|units?)\b|"
    # (A drone that hunts drones defends: "FPV interceptors", "FPV-перехоплювачі"; not a weapon an interceptor
    # downed, "Shahed drones - interceptors shot down 40", "ракети Іскандер-М перехоплювачами Patriot".)
    r"(?:-|\s)(?:drone\s+)?interceptors?\b",
    r"\s*(?:систем\w*|комплекс\w*|ЗРК|батаре\w*|дивізіон\w*|дивизион\w*|пускову?\s+установ\w*|пусков\w+\s+установ\w*|"
    r"РЛС|радар\w*|установ\w*)\b|-(?:перехоплювач\w*|перехватчик\w*)",
)
# Who flies FPV drones is no drone: "Ukrainian FPV pilots later hit the gun crew", "FPV-пілоти 124-ї бригади".
_FPV_CREW_AFTER = Rule(
    r"[\s-]+(?:pilots?|operators?|crews?|units?|teams?|troops|battalion|company)\b",
    r"[\s-]+(?:пілот\w*|пилот\w*|оператор\w*|екіпаж\w*|экипаж\w*|розрахун\w*|расчет\w*|підрозділ\w*|подразделени\w*)",
)
# ...or before it, as Russian and Ukrainian copy writes it: "по позиции зенитного ракетного дивизиона С-400",
# "сбиты боевыми расчетами ЗРС С-400", "the air defence system S-400".
_PLATFORM_NOUN = r"(?:systems?|batter(?:y|ies)|complex(?:es)?|divisions?)\s+(?:of\s+)?[\"“«]?"
_PLATFORM_NOUN_CYRILLIC = (
    r"(?:ЗРК|ЗРС|ЗРПК|ЗРДН|систем\w*|комплекс\w*|дивізіон\w*|дивизион\w*|батаре\w*)\s+[«\"]?"
)
_PLATFORM_BEFORE = Rule(rf"\b{_PLATFORM_NOUN}$", rf"(?<!\w){_PLATFORM_NOUN_CYRILLIC}$")
# ...unless it is what fired: "із ЗРК С-300 нанесли удар", "стреляли из ЗРК С-300", "применив системы ЗРК С-300",
# "влучання 4 ракет ЗРК С-300", "ракета выпущена украинским зенитным ракетным комплексом С-300", "missiles from S-300
# systems".
_PLATFORM_FIRING = Rule(
    rf"\b(?:from|using|used|with|missiles?(?:\s+of)?)\s+(?:[\w-]+\s+){{0,3}}?{_PLATFORM_NOUN}$",
    rf"(?:(?<!\w)(?:з|із|зі|с|со|из|изо|ракет|ракета|ракети|ракеты|ракетами|ракетою|ракетой)\s+|"
    rf"(?:випущен|выпущен|запущен|застосува|примени|применя|использ|використ|задія|задействова)\w*\s+)"
    rf"(?:[\w-]+\s+){{0,3}}?{_PLATFORM_NOUN_CYRILLIC}$|"
    # (An attack told before it, the platform its subject: "оккупанты ударили по Харькову ЗРК С-300", "по Харькову
    # ударили комплексы С-300", "місто атакував комплекс С-300".)
    r"(?<!\w)(?:вдари|удари|атакува|атакова|обстріля|обстреля|били|бил|нанес|завда)\w*\s+(?:[\w«»\"'’ʼ-]+\s+){0,3}?"
    rf"{_PLATFORM_NOUN_CYRILLIC}$|"
    # (The platform as the instrument: "обстрілюють Харків системами С-300".)
    r"(?<!\w)(?:системами|системою|системой|комплексами|комплексом)\s+[«\"]?$",
)
# An air-defence system attacks only when it is launched at something ("fired Patriot missiles at..."); otherwise
# it is defending ("shot down by Patriot"). S-300 and S-400 are listed as surface-to-air missiles, not systems:
# in this war's reporting they are named when Russia fires them at the ground.
_AIR_DEFENCE = frozenset({"air defence system"})
# Named after a platform noun, these defend or are hit ("ЗРС С-400"); a rocket launcher's system fires ("системи
# «Ураган»").
_SURFACE_TO_AIR = frozenset({"air defence system", "surface-to-air missile"})
_ATTACK_AFTER = Rule(
    r"(?:\s+(?:anti-aircraft\s+|guided\s+|air[- ]defen[cs]e\s+)?missiles?)?\s+(?:were\s+|was\s+|have\s+been\s+)?"
    r"(?:launched|fired|struck|hit|slammed|landed|exploded|used)\b",
    r"(?:\s+(?:зенітн\w*\s+|зенитн\w*\s+|керован\w*\s+|управляем\w*\s+)?ракет\w*)?\s+(?:бул[аио]?\s+|был[аио]?\s+)?"
    r"(?:запущен\w*|випущен\w*|выпущен\w*|влучил\w*|попал\w*|вдарил\w*|ударил\w*|використан\w*|использован\w*)\b",
)
_ATTACK_BEFORE = Rule(
    r"\b(?:launched|fired|firing|launching|with|using|used|converted)\s+(?:\w+\s+){0,3}$",
    r"\b(?:запустил\w*|випустил\w*|выпустил\w*|застосува\w*|примени\w*|використа\w*|использова\w*)\s+(?:\w+\s+){0,3}$",
)


# What a platform fired from attacks: "Russians fired from S-300 systems at Lyubotyn", "обстріляли з комплексів С-300"
# (not "shot down using Patriot systems").
_FIRED_FROM_BEFORE = Rule(
    r"\b(?:fired|launched|struck|attacked|shelled|hit|firing|launching|striking|shelling)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:from|with|using)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$",
    r"(?<!\w)(?:обстріля\w*|обстреля\w*|вдари\w*|удари\w*|атакува\w*|атакова\w*|запусти\w*|випусти\w*|выпусти\w*|"
    r"били|бив|бил)\s+(?:[\w'’ʼ-]+\s+){0,3}?(?:з|із|зі|с|со)\s+(?:[\w-]+\s+)?$",
)


# Air defence that fires from a platform defends: "Russian air defence units fired from S-400 systems".
_AIR_DEFENCE_BEFORE = Rule(
    r"\b(?:air[- ]defen[cs]e|anti-aircraft|interceptors?)\b",
    r"(?<!\w)(?:ППО|ПВО|протиповітрян\w*|противовоздушн\w*|зенітн\w*|зенитн\w*)(?!\w)",
)


# A name that qualifies another word is not where anything happened: "the Moscow-occupied peninsula",
# "Kyiv-based analysts", "Iranian-made drones".
_MODIFIER_AFTER = re.compile(
    r"-(?:occupied|backed|based|made|controlled|installed|annexed|led|appointed|bound|friendly|aligned|held)\b",
    re.IGNORECASE,
)
# "Ukraine's Black Sea city of Odesa", "the Black Sea port of Izmail", "the Black Sea Fleet".
_SEA_AS_ADJECTIVE = re.compile(
    r"\s+(?:(?:oil|grain|naval|main|key|major|largest|deep-water|commercial|beach|seaside)\s+)?(?:city|cities|port|ports|town|coast|coastline|resort|region|fleet|Fleet|grain|corridor|nation)\b"
)


# A train's or a bus's route names where it runs between, not where it was hit: "ударила по поезду Одесса-Днепр",
# "поезд №52 Одесса — Запорожье", "the Kyiv-Kherson train".
_ROUTE = Rule(
    r"\b(?:train|bus|route|flight)\s+(?:(?:No\.?|#)\s*\d+\s+)?(?:[\w+-]+\s+)?(?:(?:travelling|traveling|running|"
    r"going)\s+)?(?:from\s+[A-Z][\w'’]+\s+to\s+[A-Z][\w'’]+|[A-Z][\w'’]+\s*[-–—]\s*[A-Z][\w'’]+)|"
    r"\b[A-Z][\w'’]+(?:\s*[-–—]\s*|\s+to\s+)[A-Z][\w'’]+\s+(?:(?:passenger|night|express|Intercity)\s+)?"
    r"(?:train|bus|route|flight)\b",
    r"(?<!\w)(?:поїзд\w*|потяг\w*|поезд\w*|рейс\w*|маршрут\w*|автобус\w*|електричк\w*|электричк\w*)\s+"
    r"(?:(?:№|N)\s*\d+\s+)?(?:[«\"]?[\w+-]+[»\"]?\s+)?[«\"]?[А-ЯІЇЄҐЁ][\w'’ʼ]+\s*[-–—]\s*[А-ЯІЇЄҐЁ][\w'’ʼ]+",
    flags=0,
)


def _routes_in(text: str) -> list[tuple[int, int]]:
    return [route.span() for route in _ROUTE.of(text).finditer(text)]


def people_named(text: str, base: int, mentions: list[Mention], gazetteer: Gazetteer) -> set[str]:
    """The names of places that an official's title makes a person's name here ("governor Oleg Nikolayev", "acting
    mayor Artem Kobzar", "said Ruslan Osypenko, head of the regional administration"): the same word later in the
    report is that person too ("Nikolayev said"). (Not a word before a name and "said" alone, which is as often an
    institution's: "Kyiv Metro said".)"""
    return {
        m.surface
        for m in mentions
        if m.entity.kind is EntityKind.PLACE
        and m.entity.category == "city"
        and " " not in m.surface
        and (
            _named_by_title(text, m.start - base, m.end - base)
            or (
                not _SURNAME_SPEAKS_AFTER.match(text, m.end - base)
                and _is_officials_name(text, m.start - base, m.end - base, m, gazetteer)
            )
        )
    }


def _named_by_title(text: str, start: int, end: int) -> bool:
    return bool(
        (_TITLE_RIGHT_BEFORE.search(text, max(0, start - 30), start) and _NAME_AFTER.match(text, end))
        or _TITLE_AND_FIRST_NAME_BEFORE.search(text, max(0, start - 60), start)
    )


def read_roles(text: str, base: int, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions of one sentence with their roles; names that only label an office, a ship or a unit are dropped,
    and a capital that speaks for its state becomes that state."""
    read: list[Mention] = []
    offices: list[Mention] = []
    references: set[int] = set()  # where places named only as a reference point start
    last_office: re.Match[str] | None = None
    with_weapon = any(m.entity.kind is EntityKind.WEAPON for m in mentions)
    routes = _routes_in(text)  # the trains' and buses' routes, whose places are no places hit
    for mention in mentions:
        start, end = mention.start - base, mention.end - base
        before = (max(0, start - 60), start)
        kind = mention.entity.kind
        if kind is EntityKind.PLACE and mention.role is Role.DATELINE:
            read.append(mention)  # where the reporter filed from: a capital there is a city, not its state
        elif kind is EntityKind.PLACE:
            if (
                _SHIP_BEFORE.search(text, *before)
                or _STREET_BEFORE.search(text, *before)
                or _UNIT_BEFORE.search(text, *before)
                or _UNIT_AFTER.match(text, end)
                or (_NAMED_FACILITY_BEFORE.search(text, *before) and text[end : end + 1] == "-")
                or _in_quotes(text, start, end)
                or _TIME_ZONE_AFTER.match(text, end)
                or _MODIFIER_AFTER.match(text, end)
                or (mention.entity.category in _SEA_KINDS and _SEA_AS_ADJECTIVE.match(text, end))
                or _is_first_name(text, end, mention, gazetteer)
                or _is_officials_name(text, start, end, mention, gazetteer)
                or any(a <= start and end <= b for a, b in routes)
            ):
                continue
            seat = _NATIONAL_SEAT_BEFORE.search(text, *before)
            if (
                seat is not None
                and _SEAT_SPEAKS_AFTER.match(text, end)
                # ("A drone struck the Defence Ministry in Moscow on Sunday, Mayor Sergei Sobyanin said".)
                and not _HIT_VERB.search(
                    re.split(r"[,;:]", text[max(0, seat.start() - 40) : seat.start()])[-1]
                )
            ):
                continue
            office = _OFFICE_AFTER.match(text, end) or _OFFICE_BEFORE.search(text, *before)
            if (
                not office
                and offices
                and _CONJUNCTION.fullmatch(text, offices[-1].end - base, start)
                and mention.entity.category == offices[-1].entity.category
            ):
                # "Authorities in Bryansk, Pskov, Belgorod and Moscow regions all reported...": each is a seat.
                office = last_office
            last_office = office or None
            capital = gazetteer.capitals.get(mention.entity.key)
            if office:
                # "the Kiev regime", "the Kyiv government": a state named after its capital, not the city's office.
                state = (
                    capital
                    and (
                        _STATE_OFFICE.match(office.group(0))
                        # "an unmanned attack by the Kyiv authorities": who attacked is the state.
                        or _ATTACKER_BEFORE.search(text, max(0, start - 20), start)
                        # "a senior Kyiv official said": one of the state's.
                        or (
                            _SENIOR_BEFORE.search(text, max(0, start - 20), start)
                            and _OFFICIAL.match(office.group(0))
                        )
                    )
                    and not _CITY_WORD.search(mention.surface)
                )
                if _governs(mention, office.group(0), gazetteer) and not state:
                    offices.append(mention)
                continue
            if capital is not None and _speaks_for_state(text, start, end, usually_state=capital[1]):
                read.append(Mention(capital[0], mention.surface, mention.start, mention.end))
                continue
            role = _place_role(text, start, end, mention, with_weapon=with_weapon)
            last = next((m for m in reversed(read) if m.entity.kind is EntityKind.PLACE), None)
            if _only_a_reference(text, base, start, end, last) or _REFERENCE_BEFORE.search(
                text, max(0, start - 60), start
            ):
                role = Role.PASSING
                references.add(mention.start)
            if _SEAT_BEFORE.search(text, max(0, start - 20), start) and _NATIONAL_SPEAKER_AFTER.match(
                text, end
            ):
                # "Meanwhile, in Moscow, the Russian Defense Ministry said it intercepted 16 drones": where a
                # ministry speaks from, not where the drones were.
                role = Role.PASSING
            if (
                capital is not None
                and _SPEAKERS_IN_BEFORE.search(text, max(0, start - 30), start)
                and _SPEAKERS_VERB_AFTER.match(text, end)
            ):
                role = Role.PASSING
            if (
                role is Role.NAMED
                or (role is Role.TARGET and not _HIT_BEFORE.search(text, max(0, start - 60), start))
            ) and _sheltering_near(text, start, end):
                # "Residents of Kyiv scrambled for cover as Russia launched another barrage"
                role = Role.ALERTED
            if role in (Role.NAMED, Role.TARGET) and _warned_of(text, start):
                # "The military message warned of a threat from strike drones targeting Lutsk, Chernivtsi, and Kyiv":
                # where a threat was announced, as where sirens sounded.
                role = Role.ALERTED
            if role in (Role.NAMED, Role.TARGET) and (
                _airport_restricted(text, start, end)
                or (mention.entity.category == "bridge" and _closed_in_its_clause(text, start, end))
            ):
                # "The attack prompted temporary restrictions on flights at Izhevsk and Kazan airports", "на
                # Севастополь произошла массированная атака, а Крымский мост перекрыли": where flights or traffic
                # stopped, as a precaution, not where drones hit.
                role = Role.PASSING
            if role in (Role.NAMED, Role.TARGET) and _VISIT_BEFORE.search(text, max(0, start - 40), start):
                # "...carried out as U.S. Secretary of State Antony Blinken visited the capital, Kyiv": where someone
                # went, not where anything was hit.
                role = Role.PASSING
            if role in (Role.NAMED, Role.TARGET) and _retaliated_for(text, start):
                # "shelled Kyiv in response to the strike on a plant in the Rostov region": the earlier attack
                # it answers is its cause, not a place it hit.
                role = Role.PASSING
            sided = False
            if role in (Role.NAMED, Role.TARGET) and on_attackers_side(mention.entity.key, gazetteer):
                named, role = role is Role.NAMED, _attacker_side(text, start, role, end=end)
                if role is Role.PASSING and _coordinated_with_target(text, base, read, start):
                    # "перехватили над Тульской и Волгоградской областями": what joins a hit place is hit too.
                    role = Role.TARGET
                sided = (
                    named
                    and role is Role.PASSING
                    and not _NOT_WHERE_IT_HIT_BEFORE.search(text, max(0, start - 60), start)
                )
            if (
                role in (Role.NAMED, Role.TARGET)
                and mention.entity.category == "sea"
                and _SEA_NAMES_AFTER.match(text, end)
            ):
                # "the Petro Mohyla Black Sea State University", "the Black Sea port": a name.
                role = Role.PASSING
            # (Weapons flying: not "Ворог атакував у напрямку Курахового", a front, nor a train "в направлении Львова".)
            headed = (
                role is Role.PASSING
                and _HEADED_BEFORE.search(text, max(0, start - 60), start) is not None
                and _WEAPONS_FLYING.search(text) is not None
                and _WEAPON_NOUN.search(text) is not None
            )
            read.append(replace(mention, role=role, headed=headed, sided=sided))
        elif kind is EntityKind.WEAPON:
            read.append(replace(mention, role=_weapon_role(text, start, end, mention)))
        elif kind is EntityKind.ACTOR and (country := _attacked_country(text, start, mention, gazetteer)):
            read.append(Mention(country, mention.surface, mention.start, mention.end, Role.TARGET))
        else:
            read.append(mention)
    if (
        offices
        and (reports_event(text) or reports_an_attack(text))
        and not any(
            m.entity.kind is EntityKind.PLACE
            and m.role is not Role.DATELINE
            and m.entity.category != "country"
            # (Nor one that only says where: "governor of the Kursk oblast north of Belgorod".)
            and m.start not in references
            for m in read
        )
    ):
        # "Kyiv mayor Vitali Klitschko said one person was wounded by falling debris": an office reports what
        # happened where it governs, when the sentence names no other place (not even one flown over: "downed
        # over the waters of the Sea of Azov, Kherson Region Governor Vladimir Saldo reported").
        read += [replace(m, role=Role.NAMED) for m in offices if m.entity.category != "country"]
    read = _where_it_lies_keeps_its_role(text, base, _joined_to_a_hit(text, base, read), gazetteer)
    read = _town_of_a_region_hit(text, base, read, gazetteer)
    read = _seas_beside_a_place(text, base, read)
    return _continue_origin_lists(text, base, _same_weapon_same_role(text, base, read), gazetteer)


# A place named as people's home, a hospital's, or a precaution's: "Пострадавший - житель Шебекино", "доставлен в
# больницу Белгорода", "a resident of Rylsk", "Жители поселка Красная Яруга эвакуированы", "занятия в школах Белгорода".
_NOT_WHERE_IT_HIT_BEFORE = Rule(
    r"\b(?:(?:residents?|natives?)\s+of|hospitals?\s+in)\s+(?:[\w'’-]+\s+)?$|"
    r"\b(?:evacuat\w*|schools?|classes)\b[^.;]{0,40}$",
    # (Right before the name: "жителей Рыльска", "больницу Белгорода"; not "Пострадал мирный житель в районе села
    # Борки", where it happened.)
    r"(?<!\w)(?:жител\w*|мешкан\w*|уроженц\w*|уродженц\w*|больниц\w*|госпитал\w*|лікарн\w*|шпитал\w*)\s+"
    r"(?:[\w'’ʼ-]+\s+)?$|"
    r"(?<!\w)(?:эвакуир\w*|эвакуац\w*|евакуй?о?в\w*|евакуац\w*|школ\w*|заняти\w*)(?!\w)[^.;]{0,40}$",
)


# A sea's name that names something else: "Black Sea Fleet", "Black Sea State University", "a Black Sea port".
_SEA_NAMES_AFTER = Rule(
    # (Not a day or a month after it, as AP style writes them: "struck a ship in the Black Sea Sunday".)
    r"\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
    r"(?:(?-i:[A-Z])[\w'’-]+|ports?|coast\w*|fleet|navy|naval|base|shipping|grain|region|resorts?|cit(?:y|ies)|"
    r"towns?)\b",
    r"(?!)",
)


def _seas_beside_a_place(text: str, base: int, mentions: list[Mention]) -> list[Mention]:
    """A sea named beside a place the sentence says was hit is what names a port, a base or a coast, or where
    weapons flew: "Russia's Black Sea navy base at Novorossiysk", "the port city of Odesa, located on the Black Sea",
    "fired missiles at Sevastopol and targeted a warship in the Black Sea". Alone it is where a ship was hit ("a
    Neptune missile struck a ship in the Black Sea"), and over it is where a weapon was downed ("over the Black Sea,
    an X-59MK2 launched in the direction of Mykolaivshchyna was destroyed")."""
    if not any(
        m.entity.kind is EntityKind.PLACE
        and m.role in (Role.NAMED, Role.TARGET)
        and m.entity.category not in ("sea", "country")
        # (Not a town that only says where at sea: "a container ship in the Black Sea off Odesa", "поблизу Одеси".)
        and not _OFF_A_TOWN_BEFORE.search(text, max(0, m.start - base - 40), m.start - base)
        for m in mentions
    ):
        return mentions
    return [
        replace(m, role=Role.PASSING)
        if m.entity.kind is EntityKind.PLACE
        and m.entity.category == "sea"
        and m.role in (Role.NAMED, Role.TARGET)
        and not _OVER_BEFORE.search(text, max(0, m.start - base - 12), m.start - base)
        else m
        for m in mentions
    ]


_OFF_A_TOWN_BEFORE = Rule(
    r"\b(?:off|near|outside|leaving|left|bound\s+for)\s+(?:the\s+)?(?:(?:port|coast|city|island)\s+of\s+)?$",
    r"(?<!\w)(?:поблизу|біля|неподалік|поруч\s+з|вблизи|возле|около|недалеко\s+от)\s+$",
)
_OVER_BEFORE = Rule(r"\bover\s+(?:the\s+)?$", r"(?<!\w)над\s+$")


# Between a place and the region it lies in: "towards Stryi in the Lviv region", "в напрямку Стрия на Львівщині".
_LIES_IN_GAP = Rule(r"\s+(?:in\s+)?(?:the\s+)?", r"\s+(?:(?:на|у|в)\s+)?")


def _where_it_lies_keeps_its_role(
    text: str, base: int, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """ "Повітряні сили інформували про ракети в напрямку Стрия на Львівщині": the region a place flown towards lies
    in, named right after it to say where it is, is flown towards too, not hit."""
    out = list(mentions)
    places = [i for i, m in enumerate(out) if m.entity.kind is EntityKind.PLACE]
    for before, after in pairwise(places):
        first, second = out[before], out[after]
        if (
            first.role is Role.PASSING
            and second.role in (Role.NAMED, Role.TARGET)
            and second.entity.category in _REGION_KINDS
            and second.entity.key in gazetteer.ancestors(first.entity.key)
            and _LIES_IN_GAP.of(text).fullmatch(text[first.end - base : second.start - base])
        ):
            out[after] = replace(second, role=Role.PASSING)
    return out


_REGION_KINDS = frozenset({"region", "oblast"})


def _town_of_a_region_hit(
    text: str, base: int, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """ "The Novoshakhtinsk oil refinery in Russia's Rostov region ... suspended operations after a drone strike": a
    town on the attackers' side named with no verb of its own, right before the region it lies in, which was hit,
    is where it was hit."""
    out = list(mentions)
    places = [i for i, m in enumerate(out) if m.entity.kind is EntityKind.PLACE]
    for before, after in pairwise(places):
        first, second = out[before], out[after]
        if (
            first.sided
            and second.role is Role.TARGET
            and second.entity.category in _REGION_KINDS
            and second.entity.key in gazetteer.ancestors(first.entity.key)
            and _FACILITY_IN_GAP.fullmatch(text, first.end - base, second.start - base)
        ):
            out[before] = replace(first, role=Role.TARGET, sided=False)
    return out


# What lies between a town and its region when the town names a facility: " oil refinery in Russia's ".
_FACILITY_IN_GAP = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:in|near)\s+(?:the\s+)?(?:Russia['’]s\s+|Russian\s+)?(?:(?:south|north|east|west)\w*\s+)?",
    re.IGNORECASE,
)


def _joined_to_a_hit(text: str, base: int, mentions: list[Mention]) -> list[Mention]:
    """ "The governors of the Kursk and Voronezh regions ... reported drone attacks": a region joined by no more than
    a conjunction to the region after it that was hit was hit too (regions only: a sea or a country flown over
    stays so)."""
    out = list(mentions)
    places = [i for i, m in enumerate(out) if m.entity.kind is EntityKind.PLACE]
    for before, after in reversed(list(pairwise(places))):
        first, second = out[before], out[after]
        if (
            first.role is Role.PASSING
            and second.role is Role.TARGET
            and {first.entity.category, second.entity.category} <= _REGION_KINDS
            and _CONJUNCTION.fullmatch(text, first.end - base, second.start - base) is not None
        ):
            out[before] = replace(first, role=Role.TARGET)
    return out


# Where a national body speaks from: "Meanwhile, in Moscow, the Russian Defense Ministry said…", "У Москві, в
# Міноборони РФ заявили…". The city is its seat, not where the drones it counts were.
_SEAT_BEFORE = Rule(r"(?:^|[,;:]\s*|\bmeanwhile,?\s+)in\s+$", r"(?:^|[,;:]\s*)(?:у|в)\s+$")
_NATIONAL_SPEAKER_AFTER = Rule(
    r"\s*,\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministry|kremlin|government|general\s+staff)\b"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:said|says|reported|announced|claimed|stated)\b",
    r"\s*,?\s*(?:[\w'’-]+\s+){0,2}?(?:міністерств\w*|міноборони|минобороны|министерств\w*|кремл\w*|уряд\w*|"
    r"правительств\w*|генштаб\w*)(?:\s+[\w'’-]+){0,3}?\s+(?:заяви\w*|заявля\w*|повідоми\w*|сообщи\w*)",
)


# Where a state's people speak from: "Two defence sources in Kyiv told AFP that Ukraine was behind the strikes" (a
# capital only: "Sources in Kharkiv said a missile hit a school in the city" tell of the city).
_SPEAKERS_IN_BEFORE = Rule(
    r"\b(?:sources?|diplomats?|analysts?)\s+in\s+$",
    r"(?<!\w)(?:джерел\w*|источник\w*|дипломат\w*|аналітик\w*|аналитик\w*)\s+(?:у|в)\s+$",
)
_SPEAKERS_VERB_AFTER = Rule(
    r"\s+(?:told|said|say|says|reported|confirmed)\b",
    r"\s+(?:повідоми\w*|сообщи\w*|розповіл\w*|рассказал\w*|заяви\w*|сказал\w*|підтверди\w*|подтверди\w*)",
)


_NAMED_AFTER_LETTERS = 4  # letters a region's name shares with the city it is named after, at the least
_REGION_OFFICE = re.compile(r"region|oblast|governor|обласн|областн|ОВА|ОДА|ОГА|губернатор", re.IGNORECASE)


def _attacked_country(text: str, start: int, mention: Mention, gazetteer: Gazetteer) -> Entity | None:
    """ "a massive attack on Ukraine", "удару по території України": a state named as where an attack went is its
    country, a place; not in "Russia's war on Ukraine", which names no attack."""
    if _DEMONYM.search(mention.surface) or not reports_event(text):
        # "attacks on Ukrainian civilians": the people, not the country; "drones used in attacks on Ukraine",
        # in a piece on sanctions, tells no attack.
        return None
    before = _COUNTRY_HIT_BEFORE.search(text, max(0, start - 240), start)
    if (
        before is None
        or _WAR_BEFORE.search(text, max(0, before.start() - 30), before.start())
        # ("В ответ на террористические атаки Украины по гражданским объектам на территории России": the cause.)
        or _retaliated_for(text, start)
    ):
        return None
    country = gazetteer.get(mention.entity.key.replace("actor:", "place:country-", 1))
    return country if country is not None and country.category == "country" else None


_COUNTRY_HIT_BEFORE = Rule(
    r"\b(?:attacks?|strikes?|barrage|assault|drones|missiles|fired|launched)\s+(?:\w+\s+){0,3}?(?:on|against|at|"
    r"across|into)\s+(?:the\s+)?(?:territory\s+of\s+)?$|"
    # The country as what the verb attacked: "Russia attacked Ukraine with Shahed drones overnight".
    r"\b(?:attacked|struck|pounded|bombarded|targeted)\s+$",
    r"(?<!\w)(?:удар\w*|атак\w*|обстріл\w*|обстрел\w*|атакува\w*|атакова\w*|запусти\w*|випусти\w*|выпусти\w*)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:по|на|проти|против)\s+(?:(?:всій|всей)\s+)?(?:територ\w*\s+)?$|"
    # "Вночі росіяни атакували Україну ударними БпЛА": the country in the accusative after the verb.
    r"(?<!\w)(?:атакува|атакова|обстріля|обстреля)\w*\s+$|"
    # What belongs to the country, told in the genitive after what was struck: "нанесли массированный удар, в том числе
    # ... ракетами «Кинжал», по объектам газовой энергетической структуры Украины" (common nouns only between: not
    # "атака на Киев со стороны России", nor "по данным Украины").
    r"(?<!\w)(?:удар\w*|атак\w*|обстріл\w*|обстрел\w*)(?:\s+|[^.;:!?]{0,160}?[\s,])(?:по|на)\s+"
    # (Not where it came from: "по Украине с территории Беларуси".)
    r"(?:(?!(?:с|со|з|із|зі|из|от|від)\s)[\w-]+\s+){0,2}?"
    r"(?:объект|об['’ʼ]?єкт|инфраструктур|інфраструктур|предприяти|підприємств|энергетик|енергетик|энергосистем|"
    r"енергосистем|склад|аэродром|аеродром|позици|позиці|город|міст|порт|нефтебаз|нафтобаз|завод|территори|"
    r"територі|железн\w*\s+дорог|залізниц)\w*\s+"
    r"(?:(?!(?:со|с|из|з|із|зі|від|от|у|в|для|до|на|по|над|під|под|при|за|через)\s)(?-i:[а-яіїєґё])[\w'’-]*\s+){0,4}$",
)
_DEMONYM = re.compile(
    r"(?:ian|ians|ian['’]s)$|ськ|ск(?:ий|ая|ие|их|ого|ому|им|ой|ую)$|військ|войск|окупант|оккупант|сили|силы",
    re.IGNORECASE,
)
_WAR_BEFORE = Rule(
    r"\b(?:war|invasion|aggression)\s*$", r"(?<!\w)(?:війн\w*|войн\w*|вторгнен\w*|агресі\w*)\s*$"
)


def _governs(mention: Mention, office: str, gazetteer: Gazetteer) -> bool:
    """Whether an office governs the very place it is named after: "Kyiv mayor", "Kryvyi Rih's military
    administration", "Kharkiv Oblast governor", "Губернатор Севастополя" (a city no region is named after); not
    "Lviv regional governor" (a region, named after its city)."""
    if not _REGION_OFFICE.search(office) or mention.entity.category != "city":
        return True
    region = gazetteer.get(mention.entity.parent or "")
    if region is None:
        return False
    # (A region named after the city shares the start of its name: "Dnipro governor" is Dnipropetrovsk Oblast's.)
    return shared_start(region.name.split()[0], mention.entity.name) < _NAMED_AFTER_LETTERS


# What a capital names when it is the state: its regime, government or leadership (not "the Kyiv city
# government", nor "the Kyiv Oblast government").
_STATE_OFFICE = re.compile(r"\s*(?:['’]s\s+)?(?:regime|government|leadership)\b", re.IGNORECASE)
_CITY_WORD = re.compile(r"\bcity\b", re.IGNORECASE)
_SENIOR_BEFORE = re.compile(r"\b(?:senior|top|high-ranking|high-level)\s+$", re.IGNORECASE)
_OFFICIAL = re.compile(r"\s*officials?\b", re.IGNORECASE)


# A village that shares its name with a person's first name ("Serhii Popko", "Ivan Fedorov") is that person when a
# capitalised word follows; a town's name followed so is part of a longer name ("Kyiv Independent") anyway.
_NAME_AFTER = re.compile(
    # Not a facility named after its town: "the Afipsky Oil Refinery", "Syzran Refinery", "Engels Air Base".
    r"\s+(?!(?:Oil|Refinery|Refining|Petrochemical|Chemical|Fuel|Gas|Energy|Power|Thermal|Hydroelectric|Nuclear|"
    r"Air|Airfield|Airbase|Airport|Port|Seaport|Plant|Factory|Works|Station|Base|Terminal|Depot|Bridge|Dam|"
    r"Railway|Shipyard|Arsenal|Substation)\b)"
    # (The word whole, hyphens and all: "Сергіївка Білгород-Дністровського району" is a village and its raion.)
    r"[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ'’]+(?:-[A-Za-zА-ЯІЇЄҐа-яіїєґ][a-zа-яіїєґ'’]+)*(?![\w'’-])"
    r"(?!\s+(?:Oblast|Region|Raion|District|Krai|Hromada|област\w*|район\w*|"
    r"громад\w*|округ\w*|р-ну|р-н|обл\.?)(?!\w))"
)
_VILLAGE_POPULATION = 20_000


def _is_first_name(text: str, end: int, mention: Mention, gazetteer: Gazetteer) -> bool:
    population = gazetteer.populations.get(mention.entity.key, 0)
    return (
        mention.entity.category == "city"
        and population < _VILLAGE_POPULATION
        and " " not in mention.surface
        and bool(_NAME_AFTER.match(text, end))
    )


# The titles an official's name follows.
_TITLE = (
    r"mayor|governor|head|chief|spokes(?:man|woman|person)|minister|president|commander|secretary|advis[eo]r|general|"
    r"colonel"
)
_TITLE_CYRILLIC = (
    r"мер|мэр|губернатор|голова|глава|очільник|начальник|речник|міністр|министр|командувач|командующий|радник|"
    r"советник|генерал|полковник"
)
# An official's surname that a small town's name resembles: "Odesa Mayor Hennadii Trukhanov" (not Trukhaniv), "мер
# Геннадій Труханов".
_OFFICIALS_NAME_BEFORE = Rule(
    # ("Mayor Hennadii Trukhanov", "Mayor Trukhanov"; "said Hennadii Trukhanov")
    rf"\b(?i:{_TITLE}|deputy|official)\s+(?:[A-Z][a-z'’]+\s+)?$|"
    # (Not a day or an outlet after the verb: "Governor Vitaliy Kim said Sunday Ochakiv had come under attack".)
    r"\b(?:said|told|added|wrote)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Reuters|AFP|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]+\s+$",
    # ("мер Одеси Геннадій Труханов", "повідомив Геннадій Труханов")
    rf"(?<!\w)(?i:{_TITLE_CYRILLIC}|президент|заступник|заместитель|секретар\w*)\s+"
    r"(?:[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ-]+\s+){0,2}$|"
    # (Not an outlet told, in the dative: "повідомив Суспільному Білозерка знову під обстрілом".)
    r"(?<!\w)(?:повідоми\w*|заяви\w*|сказа\w*|написа\w*|сообщи\w*|рассказа\w*)\s+"
    r"(?![А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]*(?:ому|ові|еві|ам|ям)\s)[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]+\s+$",
    flags=0,
)
# ("Hennadii Trukhanov, the city's mayor, said")
_OFFICIALS_TITLE_AFTER = Rule(
    r",\s+(?:the\s+)?(?:city['’]s\s+|regional\s+|local\s+)?(?i:mayor|governor|head|chief|spokes(?:man|woman))\b",
    r",\s+(?:мер|мэр|губернатор|голова|глава|очільник|начальник|речник)\b",
    flags=0,
)


def _airport_restricted(text: str, start: int, end: int) -> bool:
    """Whether a place is named only for its airport's flights stopping, in a clause that tells no hit ("Drones
    attacked the refinery in Tuapse, Sochi airport suspended flights": Tuapse was hit; "A drone hit the terminal of
    Kazan airport, which was closed": so was Kazan)."""
    clause_start, clause_end = _clause_around(text, start, end)
    return (
        _FLIGHTS_RESTRICTED.search(text) is not None
        and (
            _AIRPORT_AFTER.match(text, end) is not None
            or _AIRPORT_BEFORE.search(text, max(0, start - 60), start) is not None
        )
        and _HIT_VERB.search(text, clause_start, clause_end) is None
    )


def _closed_in_its_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause of a mention tells it closed to traffic, and no hit."""
    clause_start, clause_end = _clause_around(text, start, end)
    return (
        _CLOSED_TO_TRAFFIC.search(text, clause_start, clause_end) is not None
        and _HIT_VERB.search(text, clause_start, clause_end) is None
        # (Not closed for being hit: "Крымский мост перекрыли после того, как его атаковали морские дроны".)
        and _CLOSED_FOR_A_HIT.search(text, end) is None
    )


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of the words from `start` to `end` begins and ends, between commas, semicolons or colons."""
    clause_start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)), default=0)
    clause_end = next((m.start() for m in _CLAUSE_MARK.finditer(text, end)), len(text))
    return clause_start, clause_end


_CLAUSE_MARK = re.compile(r"[,;:]")
_CLOSED_FOR_A_HIT = Rule(
    r"\b(?:after|following|because)\b",
    r"(?<!\w)(?:после\s+того|після\s+того|из-за|через\s+(?:атак|удар))(?!\w)",
)
# Closed to traffic: "the Crimean Bridge was closed", "Крымский мост перекрыли", "рух мостом перекрито".
_CLOSED_TO_TRAFFIC = Rule(
    r"\b(?:closed|shut|(?:traffic|movement)\s+(?:\w+\s+){0,3}?(?:halted|suspended|stopped|blocked))\b",
    r"(?<!\w)(?:перекры\w*|перекри\w*|закры\w*|закри\w*|(?:движение|рух)\s+(?:\w+\s+){0,3}?"
    r"(?:приостанов|останов|ограничен|призупин|зупин|обмеж)\w*)",
)


# Flights restricted or suspended, as a precaution wherever drones may fly: "temporary restrictions on flights", "в
# аэропорту Казани введены ограничения", "аеропорт призупинив роботу". (Not delays, which drones over the city
# itself cause: "Flights were delayed at Moscow's main airports due to the drone attack".)
_FLIGHTS_RESTRICTED = Rule(
    r"\b(?:restrict\w*|suspend\w*|halt\w*|closed|clos(?:ure|ing)|shut|shutting|grounded)\b",
    r"(?<!\w)(?:ограничени\w*|ограничен\w*|обмеженн\w*|обмежен\w*|приостанов\w*|призупин\w*|закрыт\w*|закрит\w*|"
    r"«?ковер\w*)",
)
# The place's airport: "at Izhevsk and Kazan airports", "Kazan airport reopened", "аэропорты Казани и Нижнекамска".
_AIRPORT_AFTER = Rule(
    r"(?:['’]s)?(?:\s*(?:,|and)\s+[A-Z][\w'’-]+)*\s+(?:[Ii]nternational\s+|main\s+)?[Aa]irports?\b",
    r"(?:\s*(?:,|и|і|та)\s+[А-ЯІЇЄҐЁ][\w'’ʼ-]+)*\s+(?:[аА]эропорт|[аА]еропорт)\w*",
    flags=0,
)
# ("airports of Kazan and Izhevsk", "three airports just outside Moscow — Vnukovo, Domodedovo and Zhukovsky", "в
# аеропорту Саратова, а також Волгограда, Пензи")
_AIRPORT_BEFORE = Rule(
    r"\b[Aa]irports?(?:\s+(?:of|in)|[^.;:]{0,40}?\s[—–-])\s+(?:[A-Z][\w'’-]+(?:\s*,\s*|\s+and\s+))*$",
    r"(?<!\w)(?:[аА]эропорт|[аА]еропорт)\w*\s+"
    r"(?:[А-ЯІЇЄҐЁ][\w'’ʼ-]+(?:\s*,\s*(?:а\s+(?:також|также)\s+)?|\s+(?:и|і|та)\s+))*$",
    flags=0,
)


def _is_officials_name(text: str, start: int, end: int, mention: Mention, gazetteer: Gazetteer) -> bool:
    if mention.entity.category != "city" or " " in mention.surface:
        return False
    named = _CAPITALISED_BEFORE.search(text, 0, start) is not None
    if _APPOSITIVE_NAME_BEFORE.search(text, max(0, start - 30), start) and _SPEAKS_AFTER.match(text, end):
        # "the head of Ukraine's national rail system, Oleksandr Kamyshin, said": a name set off by commas that
        # speaks (not "Suspilne Odesa reported", nor ", Suspilne Kharkiv reported", an outlet).
        return True
    if _WORDS_OF_BEFORE.search(text, max(0, start - 20), start):
        # "По словам Николаева, регион атаковали беспилотники": whose words are told is a person's name.
        return True
    if _named_by_title(text, start, end) or (
        _SURNAME_SPEAKS_AFTER.match(text, end)
        and not _NOT_A_FIRST_NAME_BEFORE.search(text, max(0, start - 20), start)
    ):
        # A town of any size whose name is a first name or a surname: "acting mayor Artem Kobzar", "Artem Kobzar
        # said", "Chuvashia governor Oleg Nikolayev".
        return True
    return gazetteer.populations.get(mention.entity.key, 0) < _VILLAGE_POPULATION and (
        _OFFICIALS_NAME_BEFORE.search(text, max(0, start - 60), start) is not None
        or (named and _OFFICIALS_TITLE_AFTER.match(text, end) is not None)
    )


# An official's title right before a name: "acting mayor Artem Kobzar" (in Ukrainian and Russian the title's
# place comes there too: "губернатор Севастополя Михаил Развожаев").
_TITLE_RIGHT_BEFORE = re.compile(rf"\b(?i:{_TITLE})\s+$")
# An official's title and a first name: what follows is the surname ("governor Oleg Nikolayev", "губернатор Олег
# Николаев"; not the place the title is of, which comes before the name: "мер Одеси Геннадій Труханов").
_TITLE_AND_FIRST_NAME_BEFORE = Rule(
    rf"\b(?i:{_TITLE})\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+$",
    # (What the title is of may come between: "Губернатор Чувашии Олег Николаев", "глава Чувашской Республики Олег
    # Николаев".)
    rf"(?<!\w)(?i:{_TITLE_CYRILLIC})\s+(?:[\w'’ʼ-]+\s+){{0,3}}?[А-ЯІЇЄҐЁ][а-яіїєґё'’ʼ]+\s+$",
    flags=0,
)
# A surname after the name, then a verb of saying: "Artem Kobzar said in a video message" (not "Kharkiv Mayor said").
_SURNAME_SPEAKS_AFTER = re.compile(
    r"\s+(?!(?:Mayor|Governor|Head|Chief|City|Council|Region|Oblast|Authorities|Officials?|Police|Military|"
    r"Administration|Emergency|Prosecutor|Governor['’]s|Airport|Airports|Port|Metro|Journal|Times|Today|Post|News|"
    r"Independent|Herald|Daily|Online|Telegraph|Observer|Gazette|Review|Express|Railway|Railways|Energy|Power|"
    r"Utility|Utilities|Zoo|University|Hospital|Television|TV|Radio|Channel)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?,?\s+"
    r"(?:said|says|told|wrote|added|reported|announced|stated)\b"
)
# Where a name followed by a word and "said" is a place: "In Dnipro Lysak said", "President Zelensky's Kharkiv".
_NOT_A_FIRST_NAME_BEFORE = re.compile(
    r"(?:\b(?:in|at|on|near|from|to|over|of|across|outside)\s+(?:the\s+)?|['’]s\s+)$", re.IGNORECASE
)


_SPEAKS_AFTER = re.compile(r",\s+(?:said|says|told|wrote|added|announced|reported|stated)\b")
_WORDS_OF_BEFORE = Rule(r"(?!)", r"(?<!\w)(?:по\s+словам|за\s+словами|со\s+слов|зі\s+слів|із\s+слів)\s+$")
_APPOSITIVE_NAME_BEFORE = re.compile(r",\s+[A-Z][a-z'’]+\s+$")


# A first name right before (not a preposition opening the sentence: "In Vasylkiv, the mayor said").
_CAPITALISED_BEFORE = re.compile(
    r"(?:^|\s)(?!(?:In|On|At|Near|From|Over|Across|Outside|Around|Inside|Meanwhile|Then|And|But|Also|Both|"
    r"В|У|На|Під|Под|Біля|Возле|Около|Из|З|Із|Над|До|Та|І|И|А|Но|Також|Также|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\s)"
    # (Nor a region's possessive: "shelled Kherson Oblast's Bilozerka, regional governor Oleksandr Prokudin said".)
    r"[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґё]+\s+$"
)


# What a clause says was hit before: "Such drone strikes, which have previously hit residential areas in southern
# Krasnodar, ..." (the sentence's own attack is still told: "an oil depot in Feodosia, which had previously been hit
# in March, was struck on Sunday").
_PREVIOUSLY_BEFORE = Rule(
    r"\b(?:which|that|where)\s+(?:had|have|has)\s+(?:also\s+)?previously\b[^,;—–()]{0,100}$",
    r"(?<!\w)(?:які|який|яка|яке|котр\w+|которы\w*|который|которая|которое)\s+(?:раніше|ранее)\s[^,;—–()]{0,100}$",
)


def _only_a_reference(text: str, base: int, start: int, end: int, last: Mention | None) -> bool:
    """Whether a place is named only to say where something else is: either end of a stretch ("between
    Pivdennoukrainsk and Voznesensk"), where the place named just before lies ("Brovary, near Kyiv"), or where a
    reporter speaks from ("Steve Rosenberg in Moscow tells us")."""
    if _BETWEEN_BEFORE.search(text, max(0, start - 30), start):
        return True
    if last is not None and (
        _NEAR_BETWEEN.fullmatch(text, last.end - base, start)
        or (
            _CONJUNCTION.fullmatch(text, last.end - base, start) is not None
            and _BETWEEN_BEFORE.search(text, max(0, last.start - base - 30), last.start - base) is not None
        )
    ):
        return True
    if _FURTHER_AWAY_AFTER.match(text, end) and _DESCRIBED_PLACE_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return True
    return bool(_REPORTER_BEFORE.search(text, max(0, start - 60), start) and _SAYS_AFTER.match(text, end))


# "Mykolaiv, a 'shield' to the port of Odessa, some 130 kilometres further west": a port or city named to describe
# another, told by how far it lies from it (not "Pokrovsk, 50 km west of Donetsk", where the distance is from the
# place after; nor "Drones also struck Odesa, about 130 kilometres further west", nor "In Poltava, some 140 km
# further south-west, a drone damaged an energy facility", places hit).
_DESCRIBED_PLACE_BEFORE = re.compile(r"\b(?:port|city|town|capital|hub)\s+of\s+$", re.IGNORECASE)
_FURTHER_AWAY_AFTER = re.compile(
    r",?\s+(?:some|about|around|roughly|nearly|approximately|just)?\s*\d+\s*(?:kilomet(?:re|er)s|km|miles)\s+"
    r"(?:\(\d+\s+\w+\)\s+)?(?:further|farther)\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
    r"(?:wards?)?\b(?!\s+(?:of|from)\b)",
    re.IGNORECASE,
)


def _place_role(text: str, start: int, end: int, mention: Mention, *, with_weapon: bool) -> Role:
    """`with_weapon`: the sentence names a weapon, so "from X" says where it came from ("12 Kalibr cruise missiles
    from the Black Sea;")."""
    if mention.role is not Role.NAMED:
        return mention.role  # decided before: a dateline
    near = (max(0, start - 60), start)
    if (
        _REFERENCE_BEFORE.search(text, *near)
        or _RECORD_SINCE_BEFORE.search(text, max(0, start - 160), start)
        or _PREVIOUSLY_BEFORE.search(text, max(0, start - 120), start)
    ):
        return Role.PASSING
    if mention.entity.key in _CLOCK_CITIES and _CLOCK_BEFORE.search(text, max(0, start - 20), start):
        return Role.PASSING
    if _SPAN_OF_PLACES_BEFORE.search(text, *near):
        # "over cities from Kharkiv to Zaporizhzhia": the first of a span, not where it came from.
        return Role.NAMED
    if _FROM_TOWNS_OF_BEFORE.search(text, *near) and _STRICT_LAUNCH.search(text, 0, start):
        return Role.ORIGIN
    if _USED_BEFORE.search(text, *near) and _USED_FOR_AFTER.match(text, end):
        return Role.ORIGIN
    if (
        mention.entity.key.startswith("place:ua-oblast-")
        and _ORIGIN_BEFORE.search(text, *near)
        and _WEAPONS_FLYING.search(text, end) is not None
        and not _LAUNCH_WORDS.search(text)
    ):
        # "ракета з Житомирщини прямувала на Старокостянтинів": the Ukrainian region a weapon in flight came from is
        # on its way, not where it was launched from nor what it hit ("шахеди з Курщини летіли на Суми" were launched
        # from Kursk Oblast; Crimea, Belarus and the seas stay launch sites too).
        return Role.PASSING
    if _ORIGIN_BEFORE.search(text, *near) and (
        _LAUNCH_WORDS.search(text)
        or with_weapon
        or (_FROM_AREA_BEFORE.search(text, *near) and _STRIKE_MADE.search(text))
    ):
        return Role.ORIGIN
    if _FRONT_SECTOR_AFTER.match(text, end):
        return Role.PASSING
    if _PASSING_BEFORE.search(text, *near) or _AIRSPACE_AFTER.match(text, end):
        if _launched_towards(text, start, near):
            return Role.TARGET
        downing = max(_DOWNED.finditer(text, 0, start), key=lambda m: m.end(), default=None)
        if (
            (_IN_AIRSPACE_BEFORE.search(text, *near) or _AIRSPACE_AFTER.match(text, end))
            and mention.entity.category != "country"
            # (Downed there, in its clause: not "збито 40 БпЛА, ще 5 дронів перебувають у повітряному просторі".)
            and downing is not None
            and start - downing.end() <= _DOWNED_THERE_REACH
            and not re.search(r"[,;:]", text[downing.end() : start])
        ):
            # "три дрона были сбиты в воздушном пространстве Курской области": downed over the region, as "over" is.
            return Role.TARGET
        return Role.PASSING
    if mention.entity.category in _SEA_KINDS:
        # A sea is where ships sail and missiles fly: launched from when a launch comes just before it ("fired
        # from Tu-22M3 bombers over the Black Sea"), where something was hit when a hit does ("struck the cruiser
        # Moskva in the Black Sea"), otherwise passed over, or where a missile was shot down ("shot down an
        # Iskander-M over the Black Sea").
        if _COAST_OF_BEFORE.search(text, *near):
            return Role.PASSING  # "struck southern Ukraine's coast of the Black Sea": the coast was hit
        role = _attacker_side(text, start, Role.NAMED)
        downed = max((m.end() for m in _DOWNED.finditer(text[:start])), default=-1)
        hit = max((m.end() for m in _SHIP_HIT.finditer(text[:start])), default=-1)
        return Role.PASSING if role is Role.TARGET and downed > hit else role
    if _TARGET_BEFORE.search(text, *near) and not _GROUND_PUSH_INTO.search(text, *near):
        return Role.TARGET
    return Role.NAMED


# The places a span runs across: "When dawn came over cities from Kharkiv to Zaporizhzhia", "regions from Sumy to
# Odesa".
_SPAN_OF_PLACES_BEFORE = Rule(
    r"\b(?:cities|towns|regions|areas|villages|communities|oblasts|provinces|places)\s+(?:[\w-]+\s+){0,2}?from\s+"
    r"(?:the\s+)?$",
    r"(?<!\w)(?:міст\w*|городах|городов|област\w*|регіон\w*|регион\w*)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:від|от)\s+$",
)
# Where troops went, not weapons: "Kyiv's shock incursion into the border region of Kursk".
_GROUND_PUSH_INTO = re.compile(
    r"\b(?:incursion|offensive|invasion|advance|push|counter-?offensive|raid|operation)\s+into\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+)?(?:(?:city|town|village|region)\s+of\s+)?$",
    re.IGNORECASE,
)


def _launched_towards(text: str, start: int, near: tuple[int, int]) -> bool:
    """ "зафиксированы пуски 22 дронов в направлении Николаевской ... областей": launched that way, not "ракеты,
    запущенные из акватории Черного моря, изначально летели в сторону Киева" (flew that way after the launch)."""
    if not _HEADED_BEFORE.search(text, *near):
        return False
    launch = max((m.end() for m in _STRICT_LAUNCH.finditer(text, 0, start)), default=-1)
    return launch >= 0 and not _FLYING.search(text, launch, start)


# Between two places of one list: a conjunction, after a figure in brackets ("по Калужской (12 БПЛА), Смоленской").
_CONJUNCTION = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:,|and|и|і|та|й|а\s+также|а\s+також)\s*(?:the\s+)?", re.IGNORECASE
)


def _coordinated_with_target(text: str, base: int, read: list[Mention], start: int) -> bool:
    """Whether the place before this one, joined to it by no more than a conjunction, was hit; or written right
    before it, this one being its address ("в деревне Золотаревка Рыльского района Курской области")."""
    last = next((m for m in reversed(read) if m.entity.kind is EntityKind.PLACE), None)
    return (
        last is not None
        and last.role is Role.TARGET
        and (
            _CONJUNCTION.fullmatch(text, last.end - base, start) is not None
            or not text[last.end - base : start].strip()
        )
    )


_FROM_UKRAINE_ONTO = Rule(
    r"\bfrom\s+(?:the\s+)?(?:Ukrainian\s+side|Ukraine|Ukrainian\s+territory)\s+(?:onto|into|at)\s+(?:the\s+)?"
    r"(?:territory\s+of\s+(?:the\s+)?)?(?:(?:village|town|city|settlement)\s+of\s+)?$",
    r"(?<!\w)(?:со\s+стороны|з\s+боку)\s+(?:Украины|України|ВСУ|ЗСУ|украинск\w+|українськ\w+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:на\s+территори[юи]|по\s+территории|по)\s+(?:(?:посёлка|поселка|посёлку|поселку|села|селу|города|городу|"
    r"деревни|деревне|района|району|области|хутора)\s+)?$",
)


def _attacker_side(text: str, start: int, role: Role, *, end: int | None = None) -> Role:
    """A place in Russia or Belarus is where the weapons came from when the nearest verb before it launches them
    ("launched from Tu-95 bombers in the Engels area"), a target when it hits ("drones were downed over the
    Belgorod region") or, with `end` and no verb before, when its own clause goes on to a hit ("у російській
    Рязані мешканці чули звуки вибухів"); named with none, it is not a target."""
    clause = text[:start]
    if _RIGHT_FROM_BEFORE.search(text, max(0, start - 60), start) or _LAUNCHED_OVER_BEFORE.search(
        text, max(0, start - 80), start
    ):
        # "сообщения о «второй волне» обстрелов из Астрахани", "Tu-95 bombers from the Engels air base": where the
        # shelling came from.
        return Role.ORIGIN
    launch = max((m.end() for m in _STRICT_LAUNCH.finditer(clause)), default=-1)
    hit = max((m.end() for m in _HIT_VERB.finditer(clause)), default=-1)
    if (
        _HIT_BEFORE.search(text, max(0, start - 60), start)
        or _RESULT_OF_STRIKE_BEFORE.search(text, max(0, start - 120), start)
        or hit > launch
    ):
        return Role.TARGET
    if (
        launch >= 0
        and not _ORIGIN_WORD.search(clause, launch)
        and (_AIMED_AT.match(clause, launch) or _AIMED_RIGHT_BEFORE.search(text, max(0, start - 20), start))
        # (Not troops sent in: "Ukraine launched its incursion into Russia's Kursk region on Aug. 6".)
        and not _GROUND_PUSH_INTO.search(text, max(0, start - 80), start)
    ):
        # "others were fired at the Kursk, Belgorod and Tula regions", "fired ten ATACMS missiles, HAMMER guided
        # bombs and HARM missiles at Crimea"
        return Role.TARGET
    if launch > hit:
        return Role.ORIGIN
    if _FROM_UKRAINE_ONTO.search(text, max(0, start - 120), start):
        # "Сегодня со стороны Украины на территорию посёлка Климово был произведен пуск ракеты «Точка-У»": where
        # the launch from the other side went.
        return Role.TARGET
    if end is not None and launch < 0 and hit < 0 and not comes_from(text, start):
        if _FRAME_BEFORE.search(text, 0, start) is not None:
            # "In the southwestern Bryansk region, which borders Ukraine, Governor Alexander Bogomaz said "the enemy
            # carried out a mass terrorist attack"": a sentence opening on a place tells what happened there, whoever
            # tells it.
            after = _HIT_VERB.search(text, end)
            if (
                after is not None
                and not _CLAUSE_TURNS.search(text, end, after.start())
                # (Not a hit told of another place: "..., Governor Smirnov said Russian forces carried out a massive
                # strike on Ukrainian troops near Sumy".)
                and not _NAME_AFTER_HIT.search(text, after.end())
            ):
                return Role.TARGET
        aside = _ASIDE_AFTER.match(text, end)
        reach = _HIT_AFTER_REACH + (aside.end() - end if aside is not None else 0)
        after = _HIT_VERB.search(text, end, end + reach)
        if after is not None and not _SPEECH_OR_CLAUSE.search(text, end, after.start()):
            return Role.TARGET
    return Role.PASSING if role is Role.NAMED else role


_HIT_AFTER_REACH = 80
# A sentence opening on where it happened: "In the southwestern Bryansk region, ...", "В Брянской области ...".
_FRAME_BEFORE = Rule(
    r"^\W*(?:In|Across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    r"^\W*(?:В|У|На)\s+(?:[\w'’ʼ-]+\s+){0,2}$",
    flags=0,
)
_NAME_AFTER_HIT = re.compile(
    rf"\s(?!(?i:{'|'.join(sorted((*MONTHS, *WEEKDAYS), key=len, reverse=True))})\b|(?:Ukrainian|Russian|Telegram)\b)"
    r"(?:[A-Z][a-z]|[А-ЯІЇЄҐЁ][а-яіїєґё])"
)
_CLAUSE_TURNS = Rule(
    r"\b(?:while|whereas|but|meanwhile)\b|[;:]",
    r"(?<!\w)(?:тоді\s+як|тогда\s+как|але|но|однак|однако)(?!\w)|[;]",
)
# What a place is, told between commas after it, is no distance from what happened there: "Governor Gladkov of the
# Belgorod region, which also borders Ukraine, said ... homes had been damaged".
_ASIDE_AFTER = Rule(
    # (", bordering Ukraine,": where it lies, as a relative clause says it.)
    r"\s*,\s*(?:which|where|bordering|near|next\s+to|close\s+to|on\s+the\s+border\s+with)\s+[^,.;:]{1,80},",
    r"\s*,\s*(?:який|яка|яке|які|котор\w+|де|где|що\s+межує|межуюч\w*|граничащ\w*)\s+[^,.;:]{1,80},",
)
# "російські війська з Курської області обстріляли Сумщину": where the hit came from.
# An attack or launch "from" right before the place ("с" is also "with": "вместе с Москвой"; "video from
# Belgorod" is no attack's origin).
_RIGHT_FROM_BEFORE = Rule(
    r"\b(?:attacks?|strikes?|shelling|fire|launch(?:es|ed)?|fired|bombers?|aircraft|planes?|jets?|warships?|ships?)"
    r"\s+(?:[\w'’-]+\s+){0,2}?from\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?$",
    r"(?<!\w)(?:обстріл\w*|обстрел\w*|удар\w*|атак\w*|пуск\w*|запуск\w*|бомбардувальник\w*|бомбардировщик\w*|"
    r"літак\w*|самол[её]т\w*|корабл\w*)\s+(?:[\w«»\"'’ʼ-]+\s+){0,2}?(?:из|з|із|зі|с|со)\s+"
    r"(?:(?:территории|території)\s+)?$|"
    # "ракетний удар по Кременчуку було завдано з території Курської області": where the strike was dealt from.
    r"(?<!\w)(?:завдано|завдан[іий]|завдавал\w*|нанесен\w*|нанесл\w*|здійснен\w*|здійснювал\w*|осуществл\w*)\s+"
    r"(?:из|з|із|зі|с|со)\s+(?:(?:территории|території)\s+)?$",
)
# "launched by jets over Russian-occupied Crimea": a launch just before "over" says where they flew from.
# A side named in a compound with the verb: "Ukraine-launched drones" were launched by Ukraine, not from where the
# sentence goes on to name.
_SIDE_LAUNCHED = r"(?<!Ukraine-)(?<!Ukrainian-)(?<!Russia-)(?<!Russian-)(?<!Kyiv-)(?<!Moscow-)(?<!Kremlin-)"
_LAUNCHED_OVER_BEFORE = Rule(
    rf"{_SIDE_LAUNCHED}\b(?:launch(?:ed|es|ing)?|fired|firing|dropped)\s+(?:[\w'’-]+\s+){{0,3}}?over\s+(?:the\s+)?{_HELD_BY}$",
    r"(?<!\w)(?:запущен\w*|випущен\w*|выпущен\w*|скинут\w*|сброшен\w*)\s+(?:[\w'’ʼ-]+\s+){0,3}?над\s+"
    rf"{_HELD_BY_CYRILLIC}$",
)
_FROM_BEFORE = Rule(
    r"\bfrom\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", r"(?<!\w)(?:з|із|зі|из|с|со)\s+(?:[\w'’-]+\s+){0,2}$"
)
_FROM_REACH = 40  # characters before a place where "from" is looked for


def named_as_launch_site(text: str, start: int) -> bool:
    """Whether the place at `start` is named as where the weapons were launched from ("запустили по Харькову 4
    ракеты с территории Белгородской области")."""
    return (
        _ORIGIN_BEFORE.search(text, max(0, start - 60), start) is not None
        and _LAUNCH_WORDS.search(text) is not None
    )


def comes_from(text: str, start: int) -> bool:
    """Whether "from" ("з", "из") comes right before the place at `start`, a word or two ahead of it."""
    return _FROM_BEFORE.search(text, max(0, start - _FROM_REACH), start) is not None


# A hit told after a place, but in a clause of its own: "у Москві заявили, що дрони вдарили по Курську". In English
# a speech verb does not part them: "The governor of Russia's Saratov region said air defence had shot down…" and
# "Krasnodar Krai's headquarters reported that debris fell…" speak of their own region.
_SPEECH_OR_CLAUSE = Rule(
    r"\b(?:while|whereas|but)\b|[;:]",
    r"(?<!\w)(?:заяви\w*|сказа\w*|повідоми\w*|сообщи\w*|зазначи\w*|отмети\w*|за\s+даними|по\s+данным|"
    r"тоді\s+як|тогда\s+как|але|но|однак|однако)(?!\w)|[;:]",
)


# People taking cover: "scrambled for cover", "sheltering in", "повітряна тривога".
_SHELTERING = Rule(
    r"\b(?:took\s+(?:cover|shelter)|tak(?:e|es|ing)\s+(?:cover|shelter)|scrambl\w+\s+(?:for|to)\s+(?:cover|shelter)|"
    r"shelter(?:ed|ing)\s+in|air[- ]raid\s+(?:alerts?|sirens?|warnings?)|sirens?\s+(?:sounded|wailed|blared|went\s+off))\b",
    r"(?<!\w)(?:(?:повітрян\w*|воздушн\w*)\s+тривог\w*|(?:повітрян\w*|воздушн\w*)\s+тревог\w*|"
    r"ховал(?:ися|ись|ась|ася|ся)|укрива(?:лися|лись)|прятал(?:ись|ся|ась)|в\s+укритт\w*|в\s+укрыти\w*)",
)
_SHELTER_REACH = 80
_BLASTS_REACH = 40
_BLASTS_BEFORE_REACH = 60
_CLAUSE_TURN = Rule(
    r"[;:]|,\s+(?:while|whereas|but|and\s+(?:the|in)|as|where)\b|\bwhile\b",
    r"[;:]|,\s+(?:а|але|тоді\s+як|в\s+той\s+час\s+як|но|тогда\s+как|в\s+то\s+время\s+как|і\s+в|и\s+в)(?!\w)",
)


# Where someone visits: "as Blinken visited the capital, Kyiv", "during a trip to Odesa", "під час візиту до Одеси".
_VISIT_BEFORE = Rule(
    r"\b(?:visit(?:s|ed|ing)?(?:\s+to)?|trip\s+to|travel(?:l)?(?:ed|ing)\s+to|tour(?:ed|ing)?(?:\s+of)?)\s+"
    r"(?:the\s+(?:(?:Ukrainian|Russian)\s+)?(?:capital|city|port|town)(?:\s+of|,)?\s+)?$|"
    # ("Hanna Malyar, at a briefing in Kyiv, described the attack": where someone spoke.)
    r"\b(?:at|during)\s+(?:a|the|an)\s+(?:(?:news|press)\s+)?(?:briefing|conference|summit|forum|meeting)\s+in\s+$",
    r"(?<!\w)(?:візит\w*\s+(?:до|у|в)|відвіда\w*|поїздк\w*\s+(?:до|у|в)|визит\w*\s+(?:в|во)|посети\w*|посеща\w*|"
    r"поездк\w*\s+(?:в|во))\s+(?:(?:міста|город|города|столиц\w*)\s+)?$",
)
_IN_RETALIATION = Rule(
    r"\b(?:in\s+(?:response|retaliation|revenge)\s+(?:to|for)|retaliat\w*\s+for|as\s+(?:revenge|retaliation)\s+for|"
    # "...came under Russian attack in the wake of Saturday's huge explosion that hit a ... bridge in the Crimea"
    r"in\s+the\s+wake\s+of|reprisals?\s+(?:for|after))\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:strikes?|attacks?|shelling|raids?|bombardment|bombing|explosions?|blasts?)\b",
    r"(?<!\w)(?:у\s+відповідь\s+на|в\s+ответ\s+на|як\s+помст\w*\s+за|в\s+отместку\s+за|в\s+качестве\s+ответа\s+на)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:удар|атак|обстріл|обстрел)\w*",
)
# What a strike is said to avenge, the place named right after: "назвали «ударами возмездия» за Крымский мост",
# "revenge for the Crimean Bridge" (not "Vowing revenge for Bryansk, Russia battered Odesa": Odesa is further on).
_AVENGED = Rule(
    r"\b(?:retaliation|revenge|reprisals?)\s+for\s+(?:the\s+)?$",
    r"(?<!\w)(?:возмезди\w*|відплат\w*|помст\w*|мест(?:ь|и|ью))[»\"”]?\s+за\s+$",
)
_RETALIATION_REACH = 120


def _retaliated_for(text: str, start: int) -> bool:
    """Whether a place is where the earlier attack an attack answers happened, given as its reason: after "in
    response to Ukrainian shelling of", "в ответ на удар по", with nothing hit between."""
    if _AVENGED.search(text, max(0, start - _RETALIATION_REACH), start):
        return True
    cause = max(
        _IN_RETALIATION.finditer(text, max(0, start - _RETALIATION_REACH), start),
        key=lambda m: m.end(),
        default=None,
    )
    return cause is not None and not any(
        not _RELATIVE_PRONOUN_BEFORE.search(text, max(0, hit.start() - 12), hit.start())
        for hit in _HIT_VERB.finditer(text, cause.end(), start)
    )


_WARNING = Rule(
    r"\bwarn(?:ed|ing|s)?\s+(?:of|about)\s+(?:an?\s+|the\s+)?(?:possible\s+)?(?:threat|danger)\b",
    r"(?<!\w)(?:попереди\w*|предупреди\w*|попереджа\w*|предупрежда\w*)\s+(?:про|о|об)\s+(?:загроз|угроз|небезпек|опасност)\w*",
)
# What was said to happen after a warning: "...warned of a threat to Kharkiv, and drones struck the city".
_HAPPENED = re.compile(
    r"\b(?:struck|hit|attacked|shelled|bombed|exploded|damaged|killed|injured)\b|(?<!\w)(?:влучи|вдари|атакува|"
    r"поцілил|пошкод|загину|поранен|попал|удари|атакова|поврежд|погиб|ранен)\w*",
    re.IGNORECASE,
)
_WARNING_REACH = 120


def _warned_of(text: str, start: int) -> bool:
    """Whether a place is named as where a threat was announced, with nothing said to have happened since."""
    warning = max(
        _WARNING.finditer(text, max(0, start - _WARNING_REACH), start), key=lambda m: m.end(), default=None
    )
    return warning is not None and _HAPPENED.search(text, warning.end(), start) is None


# A hit in a relative clause tells the earlier attack itself: "the explosion that hit a bridge in the Crimea".
_RELATIVE_PRONOUN_BEFORE = re.compile(
    r"\b(?:that|which)\s+$|(?<!\w)(?:который|которая|которые|який|яка|які)\s+$"
)


def _sheltering_near(text: str, start: int, end: int) -> bool:
    """People taking cover in or from a place, with nothing said to hit between: a place alerted, not attacked
    ("Residents of Kyiv ... scrambled for cover", "people sheltering in subway stations in the capital, Kyiv")."""
    after = _SHELTERING.search(text, end, end + _SHELTER_REACH)
    if after is not None and _HIT_VERB.search(text, end, after.start()) is None:
        # ("В Виннице во время воздушной тревоги прогремели взрывы": the blasts came where the alert was; so did
        # "reports of explosions in Odesa, Dnipro and Lviv ..., as air-raid alerts sounded in every region".)
        blasts_before = BLASTS.search(text, max(0, start - _BLASTS_BEFORE_REACH), start)
        return BLASTS.search(text, after.end(), after.end() + _BLASTS_REACH) is None and (
            # (Not across a clause: "Explosions were heard in Kyiv, while the Chernihiv and Sumy regions remained
            # under air raid alerts".)
            blasts_before is None or _CLAUSE_TURN.search(text, blasts_before.end(), start) is not None
        )
    before = max(
        _SHELTERING.finditer(text, max(0, start - _SHELTER_REACH), start), key=lambda m: m.end(), default=None
    )
    # "...took cover as Russia fired at Odesa": the launch at the place comes between. ("Під час повітряної тривоги
    # мешканці Хмельницької області чули вибухи": the blasts came where the alert was.)
    return (
        before is not None
        and _HIT_VERB.search(text, before.end(), start) is None
        and _STRICT_LAUNCH.search(text, before.end(), start) is None
        and BLASTS.search(text, end, end + _BLASTS_REACH) is None
    )


_COAST_OF_BEFORE = Rule(
    r"\b(?:coast|coastline|shores?)\s+of\s+(?:the\s+)?$",
    r"(?<!\w)(?:узбережж\w*|побережь\w*|берег\w*)\s+$",
)
_AIMED_RIGHT_BEFORE = Rule(
    r"\b(?:at|towards?|against)\s+(?:the\s+)?(?:(?:temporarily\s+)?occupied\s+)?$",
    r"(?<!\w)(?:по|в\s+напрям\w*|у\s+напрям\w*|в\s+направлени\w*)\s+(?:(?:тимчасово\s+|временно\s+)?(?:окупован|оккупирован)\w*\s+)?$",
)
# Where a launch was aimed, between the launch and the place: "fired at", "launched towards", "fired ATACMS missiles
# into Russia's Bryansk region", "в напрямку".
_AIMED_AT = Rule(
    r"\s+(?:[\w-]+\s+){0,4}?(?:at(?!\s+(?:least|night|around|about|dawn|noon|midnight|once|first|the\s+same|"
    r"that\s+time|\d))|towards?|against|into|in\s+the\s+direction\s+of)\b",
    r"\s+(?:[\w-]+\s+){0,4}?(?:по|в\s+напрям\w*|у\s+напрям\w*|в\s+направлени\w*|в\s+сторону)(?!\w)",
)
_ORIGIN_WORD = Rule(r"\bfrom\b", r"\b(?:з|із|зі|из|с|со)\b")
_DOWNED = Rule(
    r"\b(?:downed|shot\s+down|intercepted|destroyed)\b",
    r"\b(?:збит\w*|збил\w*|сбит\w*|сбил\w*|знищ\w*|уничтож\w*|перехоп\w*|перехват\w*|перехвач\w*)\b",
)
_SHIP_HIT = Rule(
    r"\b(?:struck|hit|attacked|targeted|damaged|sank|sunk)\b",
    r"\b(?:атакува\w*|атакова\w*|вдари\w*|удари\w*|уражен\w*|поражен\w*|пошкод\w*|поврежд\w*|потопл\w*)\b",
)
_STRICT_LAUNCH = Rule(
    # (Not a side's compound: "two Ukraine-launched drones over the Belgorod region" were downed there; "Kh-101
    # missiles air-launched over the Caspian Sea" were launched there.)
    rf"{_SIDE_LAUNCHED}\b(?:launch(?:ed|es|ing)?|fired|firing|took\s+off|take-?off|taking\s+off|"
    r"from\s+(?:\w+\s+)?directions?)\b",
    r"\b(?:запуск\w*|запусти\w*|запущен\w*|випуск\w*|випусти\w*|випущен\w*|выпуск\w*|выпусти\w*|выпущен\w*|"
    r"пуск\w*|злет\w*|злі\w*|взлет\w*|"
    # "атакували ... 48 БпЛА із трьох напрямків у Росії, а також мису Чауда": where they came from, listed.
    r"(?:з|із|зі|с|со)\s+(?:\w+\s+)?(?:напрямк\w*|направлени\w*))\b",
)
_HIT_VERB = Rule(
    # ("the main target was the city of Belgorod")
    # ("launched at least 70 drones to strike Russia's Morozovsk Airfield": what the launch was for.)
    r"\b(?:struck|hit|attacked|targeted|targeting|attacking|striking|shelled|bombed|downed|shot\s+down|"
    r"to\s+(?:strike|hit|attack|target)|"
    r"targets?\s+(?:was|were|is|are)|(?:the\s+)?(?:downing|destruction|interception)\s+of|"
    r"intercepted|destroyed|exploded|(?:drone|missile|rocket)\s+(?:attacks?|strikes?)|"
    r"explosions?|blasts?|strikes?\s+on|hits\s+(?:on|in|at)|attacks?\s+(?:by\s+(?:[\w'’-]+\s+){1,5}?)?on|damaged|fire\s+broke\s+out|sparked\s+(?:an?\s+)?(?:\w+\s+)?fires?|"
    r"caught\s+fire|set\s+(?:on\s+)?fire|(?:caused|started|triggered)\s+(?:an?\s+)?(?:\w+\s+)?fires?|fires?\s+at|"
    r"ablaze|on\s+fire|debris\s+fell|crashed\s+(?:into|in|on)|reported\s+(?:[\w-]+\s+){0,2}?damage|"
    # ("launched two US ATACMS missiles, which fell near the village of Olenivka": where they came down.)
    r"fell\s+(?:near|on|onto|in|into|close\s+to)\b|"
    r"damage\s+(?:(?:was|were)\s+)?(?:caused|done|inflicted)\s+to|"
    # "drones caused extensive damage to the energy infrastructure of the Belgorod region"
    r"(?:caused|causing|inflicted|inflicting)\s+(?:[\w-]+\s+)?damage\s+(?:to|in|at)\b|"
    r"(?<!\bno\s)(?:extensive|significant|serious|severe|heavy|considerable|major)\s+damage\s+(?:to|in|at)\b|"
    # "strikes knocked out power to the entire Zaporizhzhia region"
    r"knock(?:ed|s|ing)?\s+out|"
    # "Russia's southern Rostov region ... was "subjected to a massive attack by the enemy"", as governors word it.
    r"(?:was|were|been)\s+[\"“]?subjected\s+to\s+(?:an?\s+|the\s+)?"
    r"(?:(?!(?:cyber|hacker|hacking|DDoS|disinformation|information|propaganda|media)\b)[\w-]+\s+){0,2}?(?:attacks?|strikes?|shelling|"
    r"bombardment|raids?)\b|"
    # "Ukraine launched attacks by using drones over the territories of Belgorod, Bryansk…": attacks, not launches.
    r"launch(?:ed|es|ing)?\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|assaults?)|"
    # "Belgorod came under drone attack", "was under fire"
    r"(?:came|comes|come|was|were|is|are)\s+under\s+(?:[\w-]+\s+){0,2}?(?:attack|fire|shelling)|"
    rf"{ATTACK_PLACED}|"
    # "flights were delayed at Moscow's main airports due to the drone attack"
    r"(?:due\s+to|because\s+of)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?))\b",
    r"\b(?:атакува\w*|атакова\w*|вдари\w*|удари\w*|удар\w*\s+(?:(?:при[шй]ш?[её]?л\w*|прийшов\w*)\s+)?по|атак\w*\s+на|обстріл\w*|обстрел\w*|збит\w*|збил\w*|"
    r"сбит\w*|сбил\w*|знищ\w*|уничтож\w*|вибух\w*|взрыв\w*|пожеж\w*|пожар\w*|уражен\w*|поражен\w*|влуча\w*|"
    # "атаке беспилотников, которой подверглись Саратов и Энгельс": subjected to it (not to criticism, nor delays).
    r"(?:атак|удар|обстрел|нападени)\w*(?:\s+[\w-]+){0,2},?\s+(?:котор\w+|як\w+)\s+подверг\w*|"
    r"подверг\w*\s+(?:[\w-]+\s+){0,2}?(?:атак|удар|обстрел|нападени)\w*|"
    # "загорелся Новошахтинский НПЗ": a fire where the drones came.
    r"загорел\w*|загорі\w*|загорів|спалахну\w*|вспыхн\w*|"
    r"влучи\w*|попадан\w*|попал\w*|пошкод\w*|поврежд\w*|"
    # Brought down by jamming or intercepted, or fallen: "подавлен на окраине города Брянска силами РЭБ".
    r"подавл\w*|придуш\w*|перехоп\w*|перехвач\w*|перехвати\w*|упал[аио]?|упав|впал[аио]?|впав|падени\w*|падінн\w*|"
    r"упавш\w*|впавш\w*|посек(?:ло|ли|ла)|посікл[оиа]|"
    # "БПЛА врезался в стену жилого дома в центре Воронежа", "аппарат осуществил подрыв нефтебазы в с. Стальной Конь"
    # (a drone's: not saboteurs' "партизани здійснили підрив автомобіля").
    r"вр[еі]за(?:в|вс[яь]|ла|лас[яь]|ли|лис[яь]|лос[яь]|лс[яь])|"
    # "По штабу флота в Севастополе нанесли ракетный удар", "завдали удару"
    r"(?:нан[еоё]с|завда)\w*\s+(?:[\w-]+\s+){0,2}?удар\w*|"
    # "в аэропорту Пскова отбивают атаку беспилотников": where an attack from the air is repelled was attacked (not
    # "отразили атаку украинских диверсантов в районе Тёткино", on the ground).
    r"(?:отбива|отбил|отража|отрази|відбива|відбил)\w*\s+(?:[\w-]+\s+){0,2}?атак\w*\s+(?:[\w-]+\s+)?"
    r"(?:беспилотник|безпілотник|дрон|БПЛА|БпЛА|ракет|шахед)\w*|"
    # "ціллю атаки був район міста Старокостянтинів"
    r"(?:ціллю|целью|метою)\s+(?:[\w-]+\s+)?(?:атак|удар|обстріл|обстрел|дрон|ракет)\w*\s+(?:[\w-]+\s+)?"
    r"(?:був|була|було|були|став|стала|стало|стали|был|была|было|были|стал)(?!\w)|"
    r"(?:аппарат|беспилотник|безпілотник|БПЛА|БпЛА|дрон|ракет)\w*\s+(?:[\w-]+\s+){0,2}?(?:осуществи|здійсни)\w*\s+"
    r"(?:подрыв|підрив)\w*|"
    rf"{ATTACK_PLACED_CYRILLIC}|"
    # "Севастополь подвергся атаке", "Бєлгород зазнав атаки дронів", "Белгород пережил массированную атаку"
    rf"{_ENDURED}\s+(?:[\w-]+\s+){{0,2}}?(?:атак|удар|обстр[еі]л|нал[её]т|наліт)\w*|"
    # "під атаку дронів потрапив населений пункт Унеча", "попал под обстрел Шебекино".
    r"(?:під|под)\s+(?:атак|удар|обстр[еі]л)\w*\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:потрапи|попа)\w*|"
    r"(?:потрапи|попа)\w*\s+(?:під|под)\s+(?:атак|удар|обстр[еі]л)\w*|"
    # "...налету беспилотников подверглись Курская, Брянская области", "Массовый налет украинских беспилотников в
    # воскресенье, 4 января, пережила Москва"
    rf"(?:атак|удар|обстр[еі]л|нал[её]т|наліт)\w*\s+(?:[\w-]+,?\s+){{0,6}}?{_ENDURED}|"
    # "ПВО отражали атаку в районе Новороссийска": what air defence repelled came there (not the ground fighting
    # of "войска отразили атаку диверсантов в районе Тёткино").
    r"(?:ПВО|ППО|противовоздушн\w*\s+оборон\w*|протиповітрян\w*\s+оборон\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:отража|отрази|отбива|отби|відбива|відби)\w*\s+(?:[\w-]+\s+){0,2}?(?:атак|удар|нал[её]т|наліт)\w*)\b",
)
# Where the strike a consequence came from was, told right after it: "ранения в результате удара украинского
# беспилотника в деревне Золотаревка", "внаслідок атаки на Бєлгород" (not a place named further on: "...в
# результате атаки FPV-дрона в Грайвороне, доставлен в больницу Белгорода").
_RESULT_OF_STRIKE_BEFORE = Rule(
    r"(?!)",
    r"(?<!\w)(?:в\s+результате|внаслідок|у\s+результаті|в\s+результаті)\s+(?:удар|атак)\w*\s+"
    r"(?:[\w«»\"'’ʼ-]+\s+){0,4}?(?:в|во|у|по|на)\s+(?:(?:деревн|сел|поселк|посёлк|станиц|хутор|город|міст)\w*\s+)?"
    rf"{_HELD_BY_CYRILLIC}$",
)


# What a factory makes, named after it or before it: "завод «Шахедів»", "a Shahed factory", "підприємства з
# виробництва російських військових дронів, зокрема Shahed".
_FACTORY_OF_BEFORE = Rule(
    r"\b(?:plants?|factory|factories|production|manufacturing|assembly|maker|makers|manufacturers?)"
    r"(?:\s+(?:facilit(?:y|ies)|sites?|plants?|lines?))?\s+(?:of|for)\s+"
    r"(?:(?:the|Iranian|Russian|Iranian-designed|Russian-made)\s+)?$",
    # (The product named in quotes after the noun, "завод «Шахедів»": not "атакували завод шахедами", the weapon.)
    r"(?<!\w)(?:(?:завод|заводу|заводів|заводов|фабрик[аи]?|виробник\w*|производител\w*)\s+[«\"]|"
    r"(?:виробництв\w*|производств\w*)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:дронів|дронов|безпілотник\w*|беспилотник\w*|ракет)\s*,?\s+(?:зокрема|в\s+тому\s+числі|"
    r"в\s+том\s+числе|включая|у\s+тому\s+числі)\s+[«\"]?)$",
)
# A weapon in the instrumental is what struck: "по заводу «Искандерами» ударили".
_INSTRUMENTAL_END = re.compile(r"(?:ами|ями|ом|ем|ою|ею|ой)\W*$")
_FACTORY_AFTER = Rule(
    r"[»\"”]?[\s-]+(?:drone\s+)?(?:factory|factories|plant|plants|production\s+(?:facility|plant|site))\b",
    r"(?!)",
)


def _weapon_role(text: str, start: int, end: int, mention: Mention) -> Role:
    before = (max(0, start - 50), start)
    if mention.surface.upper() == "FPV" and _FPV_CREW_AFTER.match(text, end):
        return Role.PASSING
    if (
        _BASE_DESIGN_BEFORE.search(text, *before)
        or _MADE_BEFORE.search(text, *before)
        or _made_not_used(text, start, end, mention)
        or (
            _FACTORY_OF_BEFORE.search(text, max(0, start - 90), start)
            and not _INSTRUMENTAL_END.search(mention.surface)
        )
        or _FACTORY_AFTER.match(text, end)
        or _COMPARED_WITH_BEFORE.search(text, max(0, start - 80), start)
    ):
        return Role.PASSING
    if mention.entity.category in _GROUND_TARGETS and (
        _WEAPON_HIT_BEFORE.search(text, *before)
        or (
            mention.entity.category in _SURFACE_TO_AIR
            and _PLATFORM_BEFORE.search(text, *before)
            and not _FIRED_FROM_BEFORE.search(text, *before)
            and not _PLATFORM_FIRING.search(text, max(0, start - 80), start)
        )
    ):
        return Role.DEFENDER
    if (
        _PLATFORM_AFTER.match(text, end)
        and mention.entity.category not in _LAUNCHER_WEAPONS
        and not (
            _FIRED_FROM_BEFORE.search(text, *before)
            and not _AIR_DEFENCE_BEFORE.search(text, max(0, start - 80), start)
        )
    ):
        return Role.DEFENDER
    if mention.entity.category in _AIR_DEFENCE and not (
        _ATTACK_AFTER.match(text, end) or _ATTACK_BEFORE.search(text, *before)
    ):
        return Role.DEFENDER
    return Role.NAMED


# What a weapon is compared with is no weapon of the attack: "HIMARS have a longer range compared with the
# Soviet-designed Smerch, Uragan and Tornado launchers", "на відміну від «Шахедів»" (a list of names; not a time or a
# place compared before the clause goes on: "Unlike last night, Shahed drones attacked Kharkiv", "Unlike in
# Kharkiv, Russian Shahed drones targeted Sumy").
_COMPARED_WITH_BEFORE = Rule(
    # ("a missile that differs from the Iskander-M", "rather than Kalibr": what it was not.)
    r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|unlike|differ(?:s|ed|ing)?\s+from|"
    r"different\s+(?:from|to)|distinct\s+from|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:(?!(?:Russian|Ukrainian|Iranian|Russia|Ukraine|Iran)\b)(?-i:[A-Z])[\w-]*,?\s+(?:and\s+|or\s+)?){0,3}?"
    r"[\"“«]?$",
    r"(?<!\w)(?:порівняно\s+з|порівняно\s+із|у\s+порівнянні\s+з|на\s+відміну\s+від|по\s+сравнению\s+с|"
    r"в\s+сравнении\s+с|в\s+отличие\s+от|відрізня\w*\s+від|отлича\w*\s+от|замість|вместо)\s+(?:[\w«»\"'’ʼ-]+\s+(?:(?:і|и|та)\s+)?){0,2}?[«\"„]?$",
)
_NAME_GAP = re.compile(r"[\s\"'«»“”„(]*")


def _same_weapon_same_role(text: str, base: int, mentions: list[Mention]) -> list[Mention]:
    """ "a Russian S-400 "Triumf" system": a weapon's second name right after its first is the same weapon, in
    the same role."""
    out = list(mentions)
    for index in range(1, len(out)):
        previous, mention = out[index - 1], out[index]
        if (
            mention.entity.key == previous.entity.key
            and mention.role is not previous.role
            and _NAME_GAP.fullmatch(text[previous.end - base : mention.start - base])
        ):
            out[index] = replace(mention, role=previous.role)
    return out


def _continue_origin_lists(
    text: str, base: int, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """ "from Kursk, Bryansk and Oryol": every place of a list that begins at a launch site is one; past a semicolon
    only the attackers' ("from Cape Chauda - Crimea; Yeysk and Kursk", not "from Kursk; Kharkiv and Sumy came
    under attack")."""
    out = list(mentions)
    # The last place, not the last name: "Приморсько-Ахтарськ (РФ) та Чауда" names Russia between.
    previous: Mention | None = None
    for index, mention in enumerate(out):
        if mention.entity.kind is not EntityKind.PLACE:
            continue
        gap = text[previous.end - base : mention.start - base] if previous is not None else ""
        if (
            previous is not None
            and previous.role is Role.ORIGIN
            and mention.role in (Role.NAMED, Role.TARGET, Role.PASSING, Role.ALERTED)
            and (
                _ORIGIN_LIST_GAP.match(gap)
                or _territory_of_site(gap, mention)
                or (_SITE_LIES_IN_GAP.match(gap) and on_attackers_side(mention.entity.key, gazetteer))
                or (
                    _ORIGIN_LIST_GAP.match(gap.replace(";", ","))
                    and on_attackers_side(mention.entity.key, gazetteer)
                )
            )
        ):
            mention = out[index] = replace(mention, role=Role.ORIGIN)
        previous = mention
    return out


def _territory_of_site(gap: str, mention: Mention) -> bool:
    """ "Chauda – Crimea", "Primorsko-Akhtarsk – Russia": after a dash, the region or country a launch site lies in,
    not the next sentence's places ("launched from Kursk - Kharkiv and Sumy were hit")."""
    return bool(_DASH_GAP.fullmatch(gap)) and mention.entity.category in ("region", "oblast", "country")


_DASH_GAP = re.compile(r"\s*[–—-]\s*(?:ТОТ|ВОТ|АР|АРК|TOT|occupied\s+)?\s*")


# What says a capital is the city: "over the capital city Moscow", "the southern edge of Moscow".
_CITY_BEFORE = re.compile(
    r"\b(?:capital(?:\s+city)?,?|city\s+of|(?:edge|outskirts|suburbs?|centre|center|skies)\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A state that strikes, its capital in the nominative: "Киев совершил преднамеренный удар", "Київ завдав удару" (not
# "Ущерб Киеву нанес удар по ТЭЦ", where the city was hit).
_STATE_STRIKES_AFTER = re.compile(
    r"\s+(?:вновь\s+|знову\s+|снова\s+|также\s+|також\s+)?(?:соверши[лв]|нан[её]с|здійснив|завдав|выпустил|випустив|"
    r"запустил|запустив|применил|застосував)(?!\w)",
    re.IGNORECASE,
)
_NOMINATIVE_CAPITALS = frozenset({"Киев", "Київ", "Москва", "Минск", "Мінськ"})
# Whom weapons or leave are given or sold: "to buy Kyiv weapons", "gave Kyiv more air defence", "for Kyiv to be given
# more Western air defence systems".
_GIVEN_BEFORE = Rule(
    r"\b(?:give|gives|gave|giving|sell|sells|sold|selling|send|sends|sending|offer|offers|offered|offering|grant|"
    r"grants|granted|lend|lends|lent|buy|buys|bought|buying|hand|hands|handed|for)\s+$"
)
_THING_GIVEN_AFTER = Rule(
    r"\s+(?:(?:more|additional|extra|new|further|modern|western|its|the|a|an|long-range|longer-range)\s+)*"
    r"(?:weapons|arms|missiles|jets|tanks|aid|ammunition|air\s+defen[cs]es?|systems|guarantees|security|"
    r"Patriots?|Tomahawks?|Taurus|ATACMS|F-16s?)\b|"
    r"\s+to\s+(?:be\s+(?:given|allowed|permitted|supplied)|get|receive|obtain|acquire|use|strike|fire|hit)\b"
)
# Who attacked: "repelled an unmanned attack by the Kyiv authorities", "an attack by Kyiv" (its authorities too).
_ATTACKER_BEFORE = Rule(r"\b(?:attacks?|strikes?|raids?)\s+by\s+(?:the\s+)?$")


def _speaks_for_state(text: str, start: int, end: int, *, usually_state: bool) -> bool:
    """Whether a capital's name stands for its government here ("Moscow has denied", "Kyiv's allies", "aid to
    Kyiv", "Moscow's deadliest attack")."""
    if _ATTACKER_BEFORE.search(text, max(0, start - 20), start):
        return True
    if _GIVEN_BEFORE.search(text, max(0, start - 20), start) and _THING_GIVEN_AFTER.match(text, end):
        return True
    if _PLACE_AFTER.match(text, end):
        return False  # "Moscow's main airports", "..., said Kyiv residents"
    if _STATE_BEFORE.search(text, max(0, start - 40), start):
        return True
    if text[:start].rstrip().endswith(":") and not text[end:].strip(" .\"'”"):
        return True  # a headline's source after a colon: "Russia fired four Kinzhal missiles at western Ukraine: Kyiv"
    if text[start:end].endswith(("'s", "’s")):
        return True
    if _LOCATIVE_BEFORE.search(text, max(0, start - 30), start) or _CITY_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return False
    if _STATE_VERB_AFTER.match(text, end) or text.startswith(("'s", "’s"), end):
        return True
    if text[start:end] in _NOMINATIVE_CAPITALS and _STATE_STRIKES_AFTER.match(text, end):
        return True
    if _CAPITAL_AFTER.match(text, end):
        return True
    return usually_state
