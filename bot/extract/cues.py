"""Cues a careful reader takes from a sentence's wording: does it report an event, a plan, a generalisation, a period,
a list item, a weapon identified?"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.dates import CYRILLIC_MONTH, DAYS_ATTACK, GROUND_OPERATION_BEGAN, SUPERLATIVE
from bot.extract.grammar import Rule

# The reader asks the questions below of the same sentence several times (whether it reports an event, up to three
# times); remembering the answers for a report's worth of sentences saves a twentieth of the reading. The answers
# depend on the text alone.
_REMEMBERED = 1024

# The attack just told, placed: "It happened in Shebekino", "Это произошло в Грайвороне", "Це сталося у Сумах". An
# event, and, for a place in it, a hit there.
# (Not "the incident": a report of an attack tells other incidents too, a mine or a crash.)
ATTACK_PLACED = (
    r"(?:it(?:\s+all)?|this|that|the\s+(?:attack|strike|intercepts?|interceptions?))\s+"
    r"(?:happened|occurred|took\s+place)"
)
ATTACK_PLACED_CYRILLIC = (
    r"(?:(?:всё|все|усе)(?:\s+(?:это|це))?|это|це|удар|атака)\s+(?:произош\w*|сталос[яь]|трапилос[яь]|відбул\w*|"
    r"случил\w*)"
)
# Verbs in the past tense report an event; nouns ("an attack", "the launch") only say one is being talked about.
_EVENT_VERBS = (
    # (Not "a direct hit" a shelter is built to withstand, nor "launched the construction of a school".)
    r"attacked|struck|(?<!withstand\sa\sdirect\s)(?<!withstands\sa\sdirect\s)hit|"
    # A defence ministry's tally by region: "14 UAVs over the territory of the Bryansk region" (not "1,000 drones over
    # Christmas", nor a drone show's).
    r"\d+\s+(?:UAVs?|drones?|missiles?)\s*(?:[—–-]\s*)?over\s+(?:the\s+)?territor(?:y|ies)\s+of\s+(?:the\s+)?(?-i:[A-Z])\w*|"
    r"launched(?!\s+(?:the|a|an)\s+(?:construction|building|campaign|project|programme|program|initiative|"
    r"investigation|probe|inquiry|fundraiser|appeal|website|platform|production)\b)|"
    # (A headline's present: "Air defense downs 2 Iranian-made Shahed-136 drones over Kyiv Sea".)
    r"fired|dropped|shot\s+down|downed|intercepted|shooting\s+down|(?<!-)downs|shoots\s+down|(?:neutrali[sz]ed|eliminated)\s+(?:(?!(?:operators?|pilots?|crews?|teams?|groups?)\b)[\w-]+\s+){0,4}?"
    r"(?:drones?|missiles?|targets?|UAVs?|aerial\s+vehicles?)\b(?!\s+(?:operators?|pilots?|crews?|teams?|units?|"
    r"launchers?|systems?|positions?|depots?|warehouses?))|"
    # "Russia's defense ministry also reported destroying two drones over the Bryansk region" (not "is destroying").
    r"(?:reported|claimed|announced)\s+(?:destroying|intercepting)|"
    r"downing(?!\s+street)|destroyed|exploded|detonated|bombed|bombarded|"
    # "Ukrainian drones set fire to an oil depot", "set a refinery ablaze".
    r"set\s+(?:fire\s+to|(?:[\w-]+\s+){1,3}?(?:ablaze|on\s+fire))|"
    r"delivered\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|blows?)|"
    r"carried\s+out|conducted|"
    # "the aggressor aimed FPV drones at Nikopol region"
    r"aimed\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|rockets?|bombs?)\s+at|"
    # "Several groups of combat drones were directed towards Izmail district" (not "criticism directed at Moscow").
    r"(?<!\bfor\s)(?<!\bagainst\s)(?:drones?|missiles?|rockets?|bombs?|UAVs?|Shaheds?)\s+(?:were|was|had\s+been)\s+"
    r"directed\s+(?:at|towards?|against)|"
    # "Russian forces had used S-300 missile systems to attack the regional capital": used to strike, struck.
    # (Not the habit "Russia used to strike Kharkiv", nor "the drones used to attack Kyiv were made in Russia".)
    # ("Russia utilized artillery fire, FPV drones and guided bombs to target the communities of ...")
    r"(?:used|employed|utili[sz]ed|deployed)\s+(?:[\w/,-]+\s+){1,8}?to\s+(?:attack|strike|hit|target|shell|bomb)|"
    r"shelled|targeted|damaged|killed|injured|wounded|(?:people|persons?|residents?|civilians?|children|child|men|women|man|woman|boy|girl|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?)\s+(?:[\w-]+\s+){0,3}?(?:was|were|been)\s+hurt|crashed|fell|landed|pounded|slammed|"
    r"smashed|rocked|"
    # "the main target was the city of Belgorod"
    r"(?:main|primary)\s+targets?\s+(?:was|were)|"
    # "The target was the large Saratov oil refinery"
    r"^\W*the\s+targets?\s+(?:was|were)\s+(?:a|an|the)\s|"
    # "Russian Kh-101 cruise missiles impacted the residential complexes" (not "fuel shortages impacted Zaporizhzhia")
    r"(?:missiles?|drones?|rockets?|bombs?|shells?|debris|fragments|UAVs?)\s+impacted|"
    r"faced|suffered|endured|unleashed|assailed|sustained\s+(?:[\w-]+\s+){0,2}?(?:damage|injuries|wounds)|dispatched|hammered|battered|blasted|swarmed|rained|sparked|ignited|"
    r"(?:ripped|tore)\s+through|set\s+off|knocked\s+out|repelled|repulsed|fended\s+off|"
    # "The Shahed drone blew out a wall and surrounding windows"
    r"(?:blew|blown)\s+out|"
    # "the General Staff confirmed hits on the refinery in Tuapse"
    r"(?<!\bno\s)(?<!\bno\sdirect\s)hits\s+on\s+(?:the|a|an|its|their)\b|"
    # "The cafe and shop were reduced to rubble in the village of Hroza", "a guided bomb reduced a school to rubble"
    # (not "Mariupol, a city reduced to rubble", what a place is known for).
    r"(?:was|were|been)\s+reduced\s+to\s+(?:rubble|ruins|ashes)|reduced\s+(?:[\w-]+\s+){1,5}?to\s+"
    r"(?:rubble|ruins|ashes)|(?:missiles?|drones?|bombs?|rockets?|strikes?)\s+razed\b|"
    # "The occupying authorities of Sevastopol announced an attack by drones on the city."
    r"(?:announced|reported|confirmed)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?)\s+(?:by|on|against)|"
    # "The governors of the Bryansk and Rostov regions reported property damage"
    r"reported\s+(?:[\w-]+\s+){0,2}?damage|"
    # "the attack, which occurred around 10 a.m. in the town of Beryslav" (the incident: see `_BACK_REFERENCE_RE`)
    r"(?:attack|strike|explosion|blast|shelling)\s*,?\s+(?:which|that)\s+(?:occurred|happened|took\s+place)|"
    # "two explosions occurred at a fuel base in the Proletarsky district"
    # (Several, as attacks make them: not "The explosion took place in Dnipro" after a gas leak.)
    r"(?:explosions|blasts)\s+(?:occurred|took\s+place|happened)|"
    # "No details on the damage caused to the Afipsky refinery", "damage to port infrastructure".
    # (Not "no damage to infrastructure", nor aid "to repair damage to energy infrastructure".)
    r"(?<!\bno\s)(?<!\bnor\s)(?<!without\s)(?<!\bany\s)(?<!repair\s)(?<!restore\s)(?<!\bfix\s)"
    r"damage\s+(?:(?:was|were)\s+)?(?:caused\s+|done\s+|inflicted\s+)?to\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:refinery|depot|plant|port|airfield|base|building|buildings|infrastructure|facility|facilities|terminal|"
    r"house|houses|homes|substation|station)\b|"
    # "damage to port infrastructure and residential buildings was recorded in the Izmail district"
    r"damage\b[^.;]{0,80}?\b(?:was|were|has\s+been|have\s+been)\s+(?:recorded|reported|registered|documented)|"
    # "Further destruction was reported in the central city of Kryvyi Rih" (reported as news; destruction
    # "recorded" or "documented" is most often a survey of a war's).
    r"destruction\b[^.;]{0,80}?\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?reported|"
    # A fire where something hit: "the Syzran refinery was on fire", "a fire broke out at the depot".
    # ("footage ... showed a large waterside area on fire")
    r"(?:was|were|area|building|depot|facility|site|tanks?|houses?|warehouse|terminal)\s+on\s+fire|caught\s+fire|fires?\s+broke\s+out|(?:was|were)\s+targeting|"
    # "Apartment blocks and a non-residential building were set alight in the capital's central Shevchenko district":
    # homes on fire (a car or an office "set on fire by" someone is arson).
    r"(?:apartment|residential|high-rise|building|house|home|block)s?\s+(?:[\w-]+\s+){0,6}?(?:were|was)\s+set\s+"
    r"(?:alight|ablaze|on\s+fire)(?!\s+by\b)|"
    # "Drones were also reported over Crimea and the Belgorod region": more of the attack just told, seen where
    # they flew in (not "No drones were reported over Kyiv", nor drones "spotted over" bases with no attack told).
    r"(?<!\bno\s)(?:drones?|missiles?|UAVs?)\s+(?:were|was)\s+also\s+(?:reported|spotted|sighted|detected)\s+"
    r"(?:flying\s+)?over|"
    rf"{ATTACK_PLACED}|"
    # "An attack on Odesa took place overnight", "a missile strike occurred in the centre of Sumy".
    # (Not a cyber, heart, panic, shark, grenade or knife attack.)
    # (Not a cyber, heart, panic, shark, grenade, sabotage or knife attack; a strike only a missile's or a drone's,
    # not lightning's, a bird's or dock workers'.)
    r"\b(?:an?|the)\s+(?:(?!cyber|hack|ddos|heart|panic|shark|grenade|knife|arson|asthma|dog|bear|terror|acid|sabotage)"
    r"[\w'’-]+\s+){0,2}?(?:attack|shelling|bombing|(?:missile|drone|air|rocket|artillery)\s+strike)\s+"
    r"(?:[\w'’-]+\s+){0,4}?"
    r"(?:took\s+place|occurred)\b|"
    # "a fire at an oil depot caused by a Ukrainian strike"
    r"caused\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|shelling|drones?|missiles?)|"
    # "the remains of a missile were found near the village"
    r"(?:found|discovered)\s+(?:\w+\s+){0,3}?(?:debris|remains|wreckage|fragments)|remains\s+of\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:missiles?|drones?|rockets?)|"
    # "It admitted failure to intercept all four Kinzhal", "managed to intercept one Kinzhal": what came.
    r"(?:fail(?:ed|ure)|managed)\s+to\s+(?:intercept|shoot\s+down|down|destroy|stop|repel)|"
    r"came\s+under\s+(?:attack|fire)|under\s+(?:enemy|Russian|hostile)\s+(?:fire|shelling)|"
    r"(?:was|were|been)\s+subjected\s+to\s+(?:an?\s+|the\s+)?(?:(?!cyber|hacker|DDoS)[\w-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|shelling|bombardment|fire)\b|"
    # The Russian ministry's formula: "an attempt by the Kyiv regime to carry out a terrorist attack ... was
    # thwarted", "thwarted an attempted drone attack" (not an attempted robbery, nor attacks "not stopped").
    r"(?:thwarted|foiled|repelled|repulsed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|raids?)|"
    r"attempts?\s+(?:by\s+[^.;]{1,60}?\s+)?to\s+(?:(?:carry\s+out|conduct|launch|stage|commit|make)\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?)|strike|attack|hit)\b[^.;]{0,200}?"
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:thwarted|foiled|stopped|suppressed|prevented|repelled|repulsed|"
    r"cut\s+short)|"
    r"(?:was|were)\s+under\s+(?:[\w-]+\s+){0,2}?(?:fire|shelling|attack)|"
    # Air defence at work somewhere: something flew at it. "Air defences were active over Kyiv", "were called into
    # action in western Khmelnytskyi region", "announced the activation of the anti-aircraft defense system in Kerch".
    r"(?:anti-?aircraft|air)\s+defen[cs]es?\s+(?:systems?\s+|units?\s+)?(?:was|were|is|are|had\s+been|have\s+been)\s+"
    r"(?:activated|active|working|operating|in\s+action|engaged|called\s+into\s+action|brought\s+into\s+action)|"
    r"activation\s+of\s+(?:the\s+)?(?:anti-?aircraft|air)\s+defen[cs]e|"
    # "Air defence worked in the capital Kyiv overnight", as the Ukrainian "працювала ППО".
    r"(?:anti-?aircraft|air)\s+defen[cs]es?\s+(?:systems?\s+|units?\s+)?(?:worked|operated)\s+(?:in|over|near)\b|"
    # "reported hearing air defence systems firing in the area near two Danube ports"
    r"(?:anti-?aircraft|air)\s+defen[cs]es?\s+(?:systems?\s+|units?\s+)?(?:firing|fired|opened\s+fire)\s+"
    r"(?:in|over|near|at|around)\b|"
    # "Ukrainian air defence responded to Russian drones in the city of Odesa", "air defence is responding to the
    # attack": what it answers came (not "responded to the criticism", nor "to Russia's changing tactics").
    r"(?:anti-?aircraft|air)\s+defen[cs]es?\s+(?:forces?\s+|systems?\s+|units?\s+)?(?:responded|reacted|"
    r"(?:is|are|was|were)\s+(?:responding|reacting))\s+to\s+(?:[\w'’-]+\s+){0,3}?(?:drones?|missiles?|UAVs?|"
    r"shaheds?|attacks?|strikes?|raids?|targets?)\b|"
    r"was\s+(?:hit|struck|attacked|targeted)|were\s+(?:hit|struck|launched|fired|"
    r"used|shot\s+down|destroyed|intercepted|downed)"
)
_EVENT_NOUNS = (
    r"attacks?|(?:air\s*)?strikes?|launch(?:es)?|explosions?|blasts?|raids?|barrage|salvo|impacts?|hits|bombardment|shelling|"
    r"assault|used|debris|fragments|wreckage|targets|waves?\s+of\s+(?:[\w-]+\s+){0,3}?(?:drones|missiles|rockets|bombs)|"
    # "Intercepts also took place over the Kharkiv, Kherson, Mykolaiv and Poltava regions."
    r"(?:intercepts|interceptions)\s+(?:also\s+)?(?:took\s+place|were\s+(?:reported|recorded))|"
    # A weapon on its way: "warned of a guided bomb heading towards Kharkiv" (not troops or people heading there).
    r"(?:missiles?|drones?|bombs?|rockets?|shaheds?|UAVs?)\s+(?:[\w-]+\s+){0,3}?(?:heading|headed|flying)\s+"
    r"(?:towards?|for)\s+(?-i:[A-Z])\w*"
)
# Ukrainian and Russian: past tenses and participles of attacking, hitting, launching, downing, killing.
# Air defence, abbreviated or spelled out: "ППО", "Протиповітряна оборона", "противовоздушная оборона".
_AIR_DEFENCE = r"(?:ППО|ПВО|протиповітрян\w+\s+оборон\w+|противовоздушн\w+\s+оборон\w+)"
_AT_WORK = r"(?:працю(?:вала|вали|є|ють)|відпрацю\w+|работа(?:ла|ли|ет|ют)|отработа\w+|сработа\w+)"
# What falls from the sky and is found: a missile, a drone, its debris, remains or fragments.
_FALLEN = r"(?:ракет|дрон|беспилотн|безпілотн|БПЛА|уламк|обломк|остатк|залишк|фрагмент)\w*"
# The other side's forces killing or wounding people, in the active voice: "росіяни вбили двох цивільних".
_OTHER_SIDE_KILLED = (
    r"(?:росіяни|окупанти|рашисти|россияне|оккупанты|ворог|враг|ВСУ|ЗСУ)\s+(?:[\w'’ʼ-]+\s+){0,2}?"
    r"(?:вбили|вбив|убили|убил|поранили|поранив|ранили|ранил)"
)
# Being subjected to an attack: "зазнав удару", "подвергся атаке", "піддалося обстрілу".
_SUBJECTED = (
    r"(?:зазна(?:в|ла|ли|ло)|подверг(?:ся|лась|лись|лось)|подвергает(?:ся)?|підда(?:вся|лася|лися|лося))"
)
# (One attack: "подверглись атакам" in the plural are a season's, as in "попадали под удары".)
_AN_ATTACK = (
    r"(?:атак(?:а|и|і|у|е|ой|ою)|атаці|удар(?:у|а|ом|е)?|обстріл(?:у|ом)?|обстрел(?:у|ом|а)?|наліт(?:у)?|налет(?:у|а)?|"
    r"бомбардування|бомбардировк(?:е|и|у|ой))(?!\w)"
)
# (Words between, not a reason, "подвергся критике за удары", nor a hacker's attack, "подвергся хакерской атаке".)
_ATTACK_GAP = (
    r"(?:(?!(?:за|через|після|после|из-за|від|от)\s)(?!хакер|кібер|кибер|DDoS)[\w«»\"'’ʼ-]+\s+){0,3}?"
)
# The outlet's own earlier report: "Ми писали, що кількість загиблих у Дніпрі зросла", "Также мы рассказали о том,
# что ..." (and the reader's: "А еще вы можете узнать о том, что ..."), its other stories.
_OUTLET_WROTE = (
    r"(?:(?:також|также|а\s+також|а\s+также|а\s+ещ[её]|а\s+ще)\s+)?"
    r"(?:(?:ми|мы)\s+(?:вже\s+|уже\s+|раніше\s+|ранее\s+)?(?:писали|повідомляли|сообщали|рассказывали|розповідали|"
    r"інформували|информировали|(?:рассказали|розповіли|написали)(?=\s+(?:о|об|про)\s|,\s*(?:как|як|что|що)\s))|"
    r"(?:вы|ви)\s+(?:также\s+|також\s+)?(?:можете|зможете)\s+(?:узнать|прочитать|прочесть|почитать|дізнатися|"
    r"прочитати|почитати))"
)
# What flies at a place and attacks it: a missile, a drone, a bomb, or a weapon named in quotes.
_FLYING_WEAPON = (
    r"[«\"]?(?:ракет|дрон|безпілот|беспилот|БпЛА|БПЛА|шахед|Шахед|Герань|Кинжал|Кинджал|Калібр|Калибр|Іскандер|"
    r"Искандер|Циркон|КАБ|Х-\d)\w*"
)
# Weapons flew or headed somewhere, in the past tense.
_FLEW = (
    r"(?:прямувал[иоа]|прямував|летіл[иоа]|летів|летел[иоа]?|рухал(?:ися|ася|ося|ся)|двигал(?:ись|ась|ось|ся)|"
    r"направлял[аио]?сь|направлялись|направлялся)"
)
# When, told between a verb and its strike: "завдали в неділю ракетних ударів", "нанесли в ночь на 2 марта удар".
_TIME_BETWEEN = (
    r"(?:(?:в|у|во)\s+(?:ніч|ночь)\s+(?:на|с|з)\s+\S+(?:\s+на\s+\S+)?|(?:в|у|во)\s+[\w'’ʼ]+|вчора|вчера|сьогодні|"
    r"сегодня|уночі|вночі|ночью|вранці|утром|ввечері|вечером|\d{1,2}\s+[\w]+)"
)
_EVENT_VERBS_CYRILLIC = (
    rf"{ATTACK_PLACED_CYRILLIC}|"
    # (Not the infinitive of an aim: "друга мета - завдати удару по економіці", "пытались нанести удар".)
    # "По Україні сьогодні летіли дві ракети «Циркон»": flew at a country or a place, as the Air Force says.
    r"(?<!\w)по\s+[А-ЯІЇЄҐ]\w+\s+(?:\w+\s+)?(?:летіл[иоа]|летів|летел[иоа]?)(?!\w)|"
    # ...or weapons towards one: "в направлении Львова летели два вражеских «Кинжала»", "ракета летіла у напрямку
    # Києва" (not a plane, a train or a delegation).
    rf"(?:в|у)\s+(?:направлении|напрямку|сторону|бік)\s+[А-ЯІЇЄҐ]\w+\s+(?:\w+\s+)?(?:летіл[иоа]|летів|летел[иоа]?)\s+"
    rf"(?:[\w'’ʼ-]+\s+){{0,3}}?{_FLYING_WEAPON}|"
    rf"{_FLYING_WEAPON}\s+(?:[\w«»\"'’ʼ-]+\s+){{0,2}}?(?:летіл[иоа]|летів|летел[иоа]?)\s+(?:[\w-]+\s+){{0,2}}?(?:в|у)\s+"
    r"(?:направлении|напрямку|сторону|бік)\s+[А-ЯІЇЄҐ]\w*|"
    # ...and to one: "ракета з Житомирщини прямувала на Старокостянтинів", "ракеты летели на Киев", "2 шахеди, які
    # летіли на Київ", "дрони рухалися на Харків" (of a weapon, in the past: not the Air Force's live "летять на").
    rf"{_FLYING_WEAPON}\s*,?\s+(?:[\w«»\"'’ʼ-]+\s+){{0,3}}?{_FLEW}\s+на\s+(?-i:[А-ЯІЇЄҐ])\w*|"
    # A live post's "«Кинджали» на території Львова": weapons over the place, told with no verb.
    rf"^\W*{_FLYING_WEAPON}[»\"”]?\s+(?:на\s+території|на\s+территории|над)\s+(?-i:[А-ЯІЇЄҐ])\w*\W*$|"
    # ...and how they moved: "“шахеди” рухались то групами, то окремо".
    # (Drones, not launchers on the move; not "шахеди не заходили на Київщину".)
    r"(?<!\w)(?:дрон|безпілот|беспилот|БпЛА|БПЛА|шахед|Шахед|Геран|герань)\w*[»\"”]?\s+(?:(?!не(?!\w))[\w-]+\s+)?"
    r"(?:рухал(?:ися|ись|ась)|летіл[иа]|летел[иа]|заходил[иа]|залітал[иа]|залетал[иа])(?!\w)|"
    # ...with the place first: "з Бєлгородщини на Харків летіли шахеди".
    rf"(?<!\w)на\s+(?-i:[А-ЯІЇЄҐ])\w*\s+{_FLEW}\s+(?:[\w-]+\s+){{0,2}}?{_FLYING_WEAPON}|"
    # ...as a headline opens on it: "На Крым полетели ракеты" (not "хочет, чтобы на Москву полетели ракеты").
    rf"^\W*на\s+(?-i:[А-ЯІЇЄҐ])\w*\s+(?:полетіл[иоа]|полетел[иоа]?)\s+(?:[\w-]+\s+){{0,2}}?{_FLYING_WEAPON}|"
    # "у зону відповідальності повітряного командування «Захід» зайшли близько 163 повітряні цілі": the air command's
    # count of what attacked its zone.
    r"(?:зайш|зайд|залеті|влеті|вош|зашл|залете|влете)\w*\s+(?:[\w-]+\s+){0,2}?(?:\d[\d\s]*\s+)?(?:повітрян|воздушн)\w+\s+"
    r"(?:ціл|цел)\w*|"
    # "14 БПЛА — над территорией Брянской области": a tally of drones downed by region.
    r"\d+\s+(?:БПЛА|БпЛА|беспилотник\w*|безпілотник\w*|дрон\w*|ракет\w*)\s*(?:[—–-]\s*)?над\s+"
    r"(?:территори\w*|територі\w*)\s+(?-i:[А-ЯІЇЄҐЁ])\w*|"
    r"атакува\w*|атакова\w*|вдари\w*|удари\w*|"
    # ("нанесла авиаудары по нескольким крупным городам": an air strike is a strike; "завдали в неділю ракетних
    # ударів", with its time between; not a figure of speech: "завдали ще одного болючого удару по бізнесу".)
    rf"(?:завда(?!ти(?!\w)|вати(?!\w))|нанес(?!ти(?!\w)))\w*\s+(?:{_TIME_BETWEEN}\s+)?(?:\w+\s+){{0,2}}?"
    r"(?:авіа|авиа)?удар\w*|"
    # ("завдала 100 артобстрілів по території Гуляйполя": shelling dealt, counted, is a strike too; not "найбільших
    # руйнувань завдали артобстріли", the harm it did.)
    r"(?:завда|нанес)(?!ти(?!\w)|вати(?!\w))\w*\s+(?:\d[\d\s]*|два|дві|три|чотири|кілька|декілька|несколько|"
    r"понад\s+\d+|более\s+\d+)\s+арт(?:ило|илло)?(?:обстріл|обстрел)\w*|"
    # "Противник здійснив масовану атаку", "войска осуществили запуск 101 беспилотника", "провели атаку", "совершили
    # массированную воздушную атаку": carried out
    # (not the nouns "здійснення", "при осуществлении", "о проведении", nor a test launch, nor "ударных групп").
    r"(?:здійсни(?:в|ла|ли|ло)|здійснен(?!н)\w*|осуществи(?:л|ла|ли|ло)|осуществлен(?!и[еяюи])\w*|провел[аио]?|провів|"
    r"соверши(?:л|ла|ли|ло)|совершен[аоы]?(?!\w)|"
    r"проведен(?!н|и[еяюи])\w*)\s+(?!(?:[\w-]+\s+){0,2}?(?:учебн|навчальн|випробувальн|испытательн|тестов)\w*)"
    r"(?:[\w-]+\s+){0,3}?(?:атак(?:а|и|і|у|ою|ой|е|ами|ах)?|(?:авіа|авиа)?удар(?:и|ів|у|а|ом|ами|ах|ов|ы)?|запуск(?:и|ів|у|а|ом|ов)?|"
    r"пуск(?:и|ів|у|а|ом|ов)?|(?:арт)?обстріл\w*|(?:арт)?обстрел\w*|наліт\w*|налет\w*|бомбардува\w*|бомбардиров\w*)(?!\w)|"
    # A drone that "осуществил подрыв нефтебазы" (not saboteurs' "здійснили підрив автомобіля").
    r"(?:аппарат|беспилотник|безпілотник|БПЛА|БпЛА|дрон|ракет)\w*\s+(?:[\w-]+\s+){0,2}?(?:осуществи|здійсни)\w*\s+"
    r"(?:подрыв|підрив)\w*|"
    r"нанесен\w*|завдан(?!н[яіюи]|ь(?!\w))\w*|влучи\w*|влучил\w*|поціли\w*|попал[аио]?|попали|урази\w*|врази\w*|порази\w*|уражен(?!н)\w*|"
    # (Not a campaign, production or a line launched: "запустили рекламную кампанию", "запустили виробництво".)
    r"поражен(?!и[еяюй])\w*|обстріля\w*|обстреля\w*|"
    r"(?:запусти|запущен|випусти|випущен|выпусти|выпущен)\w*(?!\s+(?:[\w-]+\s+){0,3}?(?:рекламн|кампани|кампані|"
    r"проект|производств|виробництв|программ|програм|конвейер|серийн|серійн|сайт|лінію|линию|продаж))|"
    # Verbs and participles of using, not the nouns: "нарощує застосування КАБ" is a trend, not an attack.
    # "росіяни направили на Одесу 15 БпЛА", "спрямували на Київ ракети": sent weapons at a place.
    # (Not money for them: "направила 20 мільйонів на дрони".)
    r"(?:направи(?:в|ла|ли|ло|л)|спрямува(?:в|ла|ли|ло))\s+(?:[\w«»\"'’ʼ-]+\s+){0,4}?(?<!на\s)(?<!для\s)"
    r"(?:ударн\w+\s+)?(?:БпЛА|БПЛА|безпілотник|беспилотник|дрон|ракет|шахед|Shahed)\w*|"
    r"застосува(?!нн)\w*|застосован\w*|примени\w*|применен(?!и[еяю])\w*|використал\w*|використан(?!н)\w*|"
    r"использовал\w*|использован(?!и[еяю])\w*|"
    # (Not troops: "Россия задействовала в боевых действиях в Курской области войска КНДР".)
    r"(?:задіял\w*|задіян(?!н)\w*|задействова(?!ни)\w*)(?![^.;,]{0,50}?(?:войск|військ|солдат|бойц|бійц|підрозділ|"
    r"подразделен|военнослужащ|військовослужбов|наемник|найманц))|"
    # The imperfective past: "По Нікопольщині російська армія застосовувала FPV-дрони", "Потерпали Нікополь, Марганець".
    # "Терористи били у напрямку сіл ...", "армія била по Нікопольщині": struck at, in the past.
    # (Not a figure of speech: "Відключення світла боляче били по бізнесу".)
    r"(?:ворог\w*|окупант\w*|росіян\w*|терорист\w*|армія|армії|військ\w*|РФ|враг\w*|оккупант\w*|россиян\w*|войск\w*)"
    r"\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:бив|била|били|бил)\s+(?:[\w'’ʼ-]+\s+){0,3}?(?:по|у\s+напрямку|в\s+направлении)(?!\w)|"
    # ...or struck with weapons: "били росіяни ракетами «Кинджал» та «Іскандер»".
    r"(?<!\w)(?:бив|била|били|бил)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:ракетами|дронами|шахедами|безпілотниками|"
    r"беспилотниками|БпЛА|БПЛА|КАБами|авіабомбами|авиабомбами|бомбами)(?!\w)|"
    # The same with the attacker left understood from the sentence before: "Бив по самому Нікополю".
    r"^\W*(?:бив|била|били|бил)\s+по(?!\w)|"
    # "агресор цілив по Нікопольщині FPV-дронами": aimed at a place, as "aimed drones at" is.
    # (Not a denial: "армия никогда не целилась по Киеву".)
    r"(?<!не\s)(?:ціли(?:в|ла|ли|вся|лася|лися|лись)|целил(?:ся|ась|ись|и)?)\s+(?:[\w'’ʼ-]+\s+){0,2}?по(?!\w)|"
    # ...with the place first: "По Синельниковскому району агрессор целился беспилотниками".
    r"(?<!\w)[Пп]о\s+(?:[\w'’ʼ-]+\s+){1,5}?(?<!не\s)(?:ціли(?:в|ла|ли|вся|лася|лися|лись)|целил(?:ся|ась|ись|и)?)(?!\w)|"
    # "из-за падения БПЛА произошло возгорание", "падіння уламків дрона": how a drone's hit is told.
    # (Not advice on where debris falls: "не приближаться к местам падения обломков".)
    r"(?<!местам\s)(?<!местах\s)(?<!места\s)(?<!мест\s)(?<!місць\s)(?<!місця\s)(?<!місцях\s)(?<!місцями\s)"
    r"(?:падени|падінн)\w*\s+(?:[\w-]+\s+){0,2}?(?:беспилотник|безпілотник|БПЛА|БпЛА|дрон|обломк|уламк|ракет|шахед)\w*|"
    # A weapon "потрапила в заправку", a region "під обстріл потрапила": hit, came under fire (not "потрапили під
    # санкції", put under sanctions).
    r"(?:ракет|дрон|снаряд|БпЛА|БПЛА|безпілотник|уламк|шахед|бомб|КАБ)\w*\s+(?:[\w'’ʼ-]+\s+){0,2}?"
    r"потрапи(?:в|ла|ли|ло)\s+(?:в|у|на|по)(?!\w)(?!\s+(?:Росію|Україну|руки|Білорусь|Іран))|"
    # ("Під ворожий вогонь потрапили населені пункти громад", "попали под вражеский огонь")
    r"під\s+(?:ворожий\s+|російський\s+)?(?:обстріл|удар|атак|вогонь)\w*\s+потрапи(?:в|ла|ли|ло)(?!\w)|"
    r"потрапи(?:в|ла|ли|ло)\s+під\s+(?:ворожий\s+|російський\s+)?(?:обстріл|удар|атак|вогонь)\w*(?!\s+критик)|"
    r"(?:под\s+(?:вражеский\s+)?огонь\s+попал[иоа]?|попал[иоа]?\s+под\s+(?:вражеский\s+)?огонь)(?!\w)|"
    # A place that "зазнала удару", "подвергся массированной атаке", "піддалося обстрілу": was subjected to one, in
    # either order ("Массированной атаке БПЛА подвергся Новороссийск"); not losses, criticism or checks.
    rf"{_SUBJECTED}\s+{_ATTACK_GAP}{_AN_ATTACK}|{_AN_ATTACK}\s+{_ATTACK_GAP}{_SUBJECTED}(?!\w)|"
    # "россияне стреляли из ЗРК С-300": fired (not the infinitive, nor "стрілянина", a shooting).
    r"(?:стріля|стреля|вистріли|выстрели)(?:в|ла|ли|ло|л)(?!\w)|"
    # The colloquial words of a hit: "У Харкові прилетіло по будинку", "Росіяни гатили по Херсону", "вгатила ракетою",
    # "накрили Нікополь вогнем", "ракета розірвалася біля будинків", "ракета угодила в торговый центр" (not a
    # delegation that "прилетіли до Києва", nor an agreement "розірвали").
    r"прилеті(?:ло|ли)(?=[»\"”]?\s+(?:по|в|у|на)\s)|прилетел[оиа]?(?=[»\"”]?\s+(?:по|в|на)\s)|(?:в|за)?гати(?:в|ла|ли|ло)(?!\w)|"
    # A day's list of what arrived: "В течение суток по региону «прилетело»:".
    r"(?<!\w)по\s+(?:регіону|області|місту|громаді|региону|области|городу|громаде)\s+[«\"“]?"
    r"прилет(?:іло|іли|ело|ели)[»\"”]?\s*:|"
    # "У нічний Нікополь прилетіло понад 50 російських снарядів": shells that arrived at the place named before (not
    # "До Києва прилетіли міністри", nor missiles flown in for Patriot); "Війська рф усю ніч тероризували
    # Нікопольщину", "тероризували обстрілами Херсон" (not a city terrorised under occupation); "Били з «Градів» ... по
    # трьох громадах", its subject in the sentence before (not "Били рекорди").
    r"(?<!\w)(?:у|в|на|по)\s+(?:[\w'’ʼ-]+\s+)?(?-i:[А-ЯІЇЄҐЁ])[\w'’ʼ-]+\s+прилет(?:іло|іли|ело|ели)\s+"
    r"(?:[\w'’ʼ-]+\s+){0,3}?(?:снаряд\w*|ракет(?:а|и|у|ою|ами|ах|ы|ой)?|дрон(?:а|и|ів|ы|ов)?|шахед\w*|КАБ\w*|"
    r"бомб(?:а|и|ы)?|мін(?:а|и)?|мин(?:а|ы)?)(?!\w)|"
    r"(?:(?:усю|всю|цілу|целую)\s+ніч|(?:усю|всю|целую)\s+ночь|вночі|уночі|ночью)\s+(?:[\w'’ʼ-]+\s+){0,3}?"
    r"(?:терориз(?:ува|ова)(?:в|ла|ли|ло)|"
    r"терроризировал[аио]?)(?=\s+(?-i:[А-ЯІЇЄҐЁ]))|"
    r"(?:терориз(?:ува|ова)(?:в|ла|ли|ло)|терроризировал[аио]?)(?=\s+(?:обстріл|обстрел|удар|дрон|ракет|артилері|"
    r"артиллери|шахед)\w*\s+(?-i:[А-ЯІЇЄҐЁ]))|"
    r"^(?:Били|Бил[аи]?|Бив|Била)(?=\s+(?:з|із|зі|с|из)\s+[«\"]?(?:[\w'’ʼ-]+\s+)?(?:Град|Ураган|Смерч|артилері|"
    r"артиллери|міномет|миномет|РСЗВ|РСЗО|ракет|дрон|танк|гармат|ствол|важк|тяжел|FPV|КАБ)[^.;]{0,120}?\sпо\s)|"
    # "агресор бив по Нікополю", "FPV-дрони та артилерія били по Нікопольщині", "враг бил по жилым кварталам" (not
    # "бив по м'ячу", nor a storm or a crisis that "бив по Одесі")
    r"(?:ворог|агресор|окупант|росіян|армі|військ|військ|РФ|Росі|дрон|ракет|артилері|FPV|БпЛА|БПЛА|шахед|КАБ|"
    r"противник|враг|оккупант|россиян|войск)\w*(?:\s+[\w'’ʼ-]+){0,4}?\s+(?:би(?:в|ла|ли|ло)|бил[иао]?)"
    r"(?=\s+по\s+(?:(?-i:[А-ЯІЇЄҐЁ])|(?:міст|сел|громад|будин|інфраструктур|цивільн|житлов|околиц|город|дом|жил|район|"
    r"квартал|обʼєкт|об['’]єкт|объект|позиц)\w*))|"
    r"(?:накри(?:в|ла|ли|ло)|накрыл[аио]?)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:вогнем|огнем|ударом|ударами)|"
    r"розірва(?:вся|лася|лися|лось)|разорвал(?:ся|ась|ись|ось)|угоди(?:л|ла|ли|ло)(?=\s+(?:в|у|по)\s)|"
    # "Уночі росіяни знову кошмарили українців ... дронами, кинджалами", "тероризувала Кривий Ріг та район,
    # спрямувавши безпілотники": terrorised with weapons (not the infinitive of an aim, "щоб тероризувати").
    # "Росіяни били FPV-дронами та важкою артилерією": struck with them.
    r"(?:кошмари(?:в|ла|ли|ло)|тероризува(?:в|ла|ли|ло)|терроризирова(?:л|ла|ли|ло)|(?<!\w)(?:би(?:в|ла|ли)|"
    r"гати(?:в|ла|ли)|луп(?:ив|ила|или|ил)))(?!\w)[^.;!?]{0,80}?(?<!\w)"
    r"(?:дронами|ракетами|шахедами|кинджалами|ударами|бомбами|КАБами|обстрілами|обстрелами|беспилотниками|"
    r"безпілотниками|БпЛА|БПЛА|(?:спрямувавши|направивши|запустивши|випустивши|застосувавши|направив|запустив|"
    r"применив|выпустив)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:безпілотник|беспилотник|дрон|ракет|шахед|БпЛА|БПЛА)\w*)(?!\w)|"
    # "нейтрализовали над Смоленском пять украинских беспилотников"; "Инцидент произошел утром 1 октября".
    # (Weapons, not explosive objects or saboteurs: "нейтрализовала диверсантов".)
    r"(?:нейтрализова(?:л|ла|ли|ло|н|на|но|ны)|нейтралізува(?:в|ла|ли|ло)|нейтралізован\w*|знешкод(?:или|жено))\s+"
    r"(?:[\w-]+\s+){0,4}?(?:БпЛА|БПЛА|беспилотник|безпілотник|дрон|ракет|цел|ціл|шахед)\w*|"
    # ...and the weapons first, over a place: "21 БПЛА нейтрализован над Белгородской областью".
    r"(?:БпЛА|БПЛА|беспилотник|безпілотник|дрон|ракет|шахед)\w*\s+(?:[\w-]+\s+){0,2}?(?:нейтрализова|нейтралізува|"
    r"нейтралізован|знешкоджен|перехвачен|перехоплен)\w*\s+над(?!\w)|"
    # "Силы ПВО их обезвредили", "Їх знешкодили сили ППО": air defence neutralised the weapons just told of (not
    # sappers who "обезвредили неразорвавшуюся ракету").
    r"(?:ППО|ПВО)\s+(?:(?:їх|их)\s+)?(?:обезвреди|знешкоди|нейтрализова|нейтралізува)\w*|"
    r"(?<!\w)(?:їх|их)\s+(?:обезвреди|знешкоди)\w*\s+(?:\w+\s+)?(?:ППО|ПВО)(?!\w)|"
    r"(?:атака|удар)\s+(?:\w+\s+)?(?:произош(?:[её]л|ла)|стався|сталася|відбувся|відбулася)|"
    # ...and the verb first: "на Севастополь произошла массированная атака", "відбувся ракетний удар по Сумах".
    # (Not a hacker's, a stroke, a panic, fraudsters' or lightning: "сталася хакерська атака", "произошел тепловой
    # удар", "произошла атака мошенников", "удар молнии".)
    r"(?:произош(?:[её]л|ла)|стався|сталася|відбувся|відбулася)\s+"
    r"(?:(?!хакер|кібер|кибер|DDoS|теплов|сонячн|солнечн|паніч|панич|серцев|сердеч|мошен|шахра|гидравл|гідравл)"
    r"[\w-]+\s+){0,2}?(?:атака|удар|обстр[еі]л)(?!\w)"
    r"(?!\s+(?:[\w-]+\s+)?(?:хакер|мошенн|шахра|молни|блискавк|грабіжник|грабител|собак|пса))|"
    r"застосовува(?:в|ла|ли|ло)|применял[аио]?|потерпа(?:в|ла|ли|ло)(?!\s+(?:від|от)\s+(?!(?:\w+\s+)?(?:удар|обстріл|"
    r"обстрел|атак))\w)|"
    r"брал[аио]?\s+участь|брал[аио]?\s+участие|участвовал[аио]?|взял[аио]?\s+участь|принял[аио]?\s+участие|скину\w*|скида\w*|сбросил\w*|сбрасыва\w*|збит[оіиаий]\w*|збил\w*|збив(?!\w)|сбит\w*|сбил\w*|знищ\w*|"
    r"уничтож\w*|перехопи\w*|перехоплен\w*|перехвач\w*|перехвати\w*|ліквідува\w*|ліквідован\w*|ликвидир\w*|подавлен\w*|подавил\w*|"
    r"відбил[аио]?|відбито|отбил[аио]?|отразил[аио]?|"
    r"локаційно\s+втрачен\w*|локационно\s+потерян\w*|долет(?:ів|іла|іли|іло|ел|ела|ели|ело)|влет(?:ів|іла|іли|іло|ел|ела|ели|ело)|вр[еі]за(?:в|вс[яь]|ла|лас[яь]|ли|лис[яь]|лос[яь]|лс[яь])|впа(?:в|ла|ли|ло)|упа(?:л|ла|ли|ло)|рухну(?:в|ла|ли|ло|л)|пролуна\w*|лунал[иао]?\s+(?:[\w'’ʼ-]+\s+){0,2}?вибух\w*|прогреме\w*|гремел[иао]?\s+(?:[\w-]+\s+){0,2}?взрыв\w*|вибухну\w*|взорва\w*|загину\w*|загибл\w*|погиб\w*|загинул\w*|поранен\w*|ранен\w*|"
    # The active voice, of the other side's forces (not a crime's "вбили жінку"): "на Херсонщині росіяни вбили двох
    # цивільних та поранили дев'ятьох", "оккупанты ранили мирного жителя".
    # (Not an execution: "Окупанти вбили двох українських військовополонених"; `has_incident_cue` also asks for the
    # means of an attack in the sentence, not a crime's.)
    rf"{_OTHER_SIDE_KILLED}(?!\s+(?:[\w'’ʼ-]+\s+){{0,3}}?(?:військовополонен|полонен|военнопленн|пленн)\w*)|"
    # An attack going on as it is told: "Ворог використовує FPV-дрони та ударні безпілотники типу «Молнія»",
    # "Противник застосовує реактивні системи залпового вогню, міномети та керовані авіабомби".
    r"(?:ворог|противник|окупанти|росіяни|враг|оккупанты|россияне)\s+(?:використовує|використовують|застосовує|"
    r"застосовують|использует|используют|применяет|применяют)(?!\s+(?:для|щоб|чтобы|з\s+метою|с\s+целью)(?!\w))"
    r"(?=\s+(?:[\w'’ʼ«»\"-]+,?\s+){0,8}?(?:FPV|дрон|безпілотник|"
    r"беспилотник|БпЛА|БПЛА|ракет|шахед|КАБ|авіабомб|авиабомб|бомб|снаряд)\w*)|"
    # Killed ("был убит", "вбито"), not the infinitive of a plan ("вбити", "убить"); the active "вбили" is as often a
    # crime's.
    r"вбит(?:[аоі]|ий|их)?(?!\w)|убит(?:[аоы]|ый|ых|ая|ое|ые)?(?!\w)|"
    r"постражда\w*|пострада\w*|травмован\w*|пошкодж\w*|пошкоди\w*|поврежд\w*|повреди\w*|зруйнова\w*|"
    # "Понівечені 8 приватних будинків", "У Нікополі побите підприємство": the damage words of regional posts.
    r"понівеч\w*|побит[аеоіиы]\b|"
    r"зруйнован\w*|разруш\w*|спалахну\w*|вспыхн\w*|загорі\w*|загоре\w*|виникл[аио]?\s+пожеж\w*|возник\w*\s+пожар\w*|"
    r"зафіксова\w*\s+(?:\w+\s+){0,2}?(?:влучан\w*|приліт\w*|падіння|вибух\w*)|"
    r"зафиксирова\w*\s+(?:\w+\s+){0,2}?(?:попадан\w*|прил[её]т\w*|падени\w*|взрыв\w*)|"
    # Live reporting in the present: "загарбники обстрілюють місто", "враг атакует", "під ударом було м. Харків".
    r"обстрілю\w*|обстрелива\w*|атаку(?:є|ють|ет|ют)|завда(?:є|ють)\s+(?:\w+\s+){0,2}?удар\w*|"
    r"нанос(?:ит|ят)\s+(?:\w+\s+){0,2}?удар\w*|влуча(?:є|ють)|попада(?:ет|ют)|"
    # "Удар по ТЦ в Кременчуге наносился ракетами Х-22", "удари завдавалися з Чорного моря": the imperfective past.
    r"удар\w*\s+(?:[\w\"«»'’-]+\s+){0,6}?(?:наноси(?:вс[яь]|лис[яь]|лас[яь]|лос[яь]|лс[яи]|в|л|ла|ли|ло)|"
    r"завдава(?:вс[яь]|лас[яь]|лис[яь]|лос[яь]|в|ла|ли|ло))|"
    r"(?:наноси(?:в|л|ла|ли)|завдава(?:в|ла|ли))\s+(?:\w+\s+){0,2}?удар\w*|"
    r"під\s+(?:ударом|обстрілом|атакою)|под\s+(?:ударом|обстрелом|атакой)|"
    # "пресечена попытка киевского режима осуществить террористическую атаку", "зірвано спробу атаки" (not a foiled
    # robbery or coup, nor a roof "сорвало").
    r"(?:пресечен|предотвращен|сорван|зірван|пресекл|сорвал|зірвал)\w*\s+(?:\w+\s+){0,3}?(?:попытк|спроб)\w*\s+"
    r"(?:[\w-]+\s+){0,6}?(?:атак|удар|нанест|завдат|атакова|атакува)\w*|"
    r"(?:попытк|спроб)\w*\s+(?:[\w-]+\s+){0,6}?(?:атак|удар|нанест|завдат|атакова|атакува)\w*[^.;]{0,200}?"
    r"(?:пресечен|предотвращен|сорван|зірван)\w*|"
    # "У Києві працювала ППО", "над Севастополем работает ПВО", "Работа ПВО зафиксирована и в Керчи": air defence at
    # work there.
    rf"{_AT_WORK}\s+(?:\w+\s+)?{_AIR_DEFENCE}|{_AIR_DEFENCE}\s+(?:\w+\s+)?{_AT_WORK}|"
    rf"(?<!\w)(?:работ[аеуы]|робот[аиуі])\s+{_AIR_DEFENCE}\s+(?:(?!не(?!\w))\w+\s+)?(?:зафиксирова|зафіксова|слыш|чут|"
    r"был[аи]?\s+слыш)\w*|"
    # ("Повідомлялося про роботу ППО у Київській області".)
    # (Told as news, not a spy's reports nor a ban: "агента, який повідомляв про роботу ППО", "не можна повідомляти".)
    rf"(?<!не\s)(?<!\w)(?:повідомлял(?:ося|ось)|сообщал(?:ось|ося)|повідомили|сообщили)\s+(?:про|о|об)\s+"
    rf"(?:роботу|работу|работе)\s+{_AIR_DEFENCE}(?![^.;]*(?:навчан|учени))|"
    # The Air Force's "бойова робота велася на Хмельниччині": air defence in action there.
    r"бойов\w+\s+робот\w+\s+(?:велас[яь]|тривал\w*|триває|ведеться)|боев\w+\s+работ\w+\s+(?:велас[ья]|ведется)|"
    # "Еще одна ракета обнаружена в селе Тарасовка", "возле села Оршанец обнаружены остатки ракеты": what fell found.
    rf"(?:обнаруж|виявл|знайд|найд)\w*\s+(?:\w+\s+){{0,2}}?{_FALLEN}|"
    rf"{_FALLEN}\s+(?:\w+\s+){{0,2}}?(?:обнаружен|виявлен|знайден|найден)\w*|"
    # "мэр писал об ударе беспилотника «Молния» по Шевченковскому району": a strike reported, not speculated on.
    # ("Впоследствии стало известно о возможных пусках ракет": launches at the place.)
    r"(?:писал[аи]?|писав|сообщил[аи]?|повідомив|повідомила|повідомили|доложил[аи]?)\s+(?:об?|про)\s+(?:ударе|ударі|"
    r"удар|ударах|удари|атаке|атаці|атаку|атаках|атаки|обстреле|обстрілі|обстріл)|"
    # (Not planned launches nor tests: "о планируемых пусках ракет «Сармат»", "с полигона Капустин Яр".)
    r"стало\s+(?:известно|відомо)\s+(?:об?|про)\s+(?:(?:возможн|можлив)\w*\s+)?(?:пусках|пуски)\s+"
    r"(?:\w+\s+)?(?:ракет|дрон|беспилот|безпілот|шахед)\w*(?![^.;]*(?:полігон|полигон|испытан|випробув|навчан|учени))|"
    # "ціллю атаки був район міста Старокостянтинів", "целью удара стал аэродром": what the attack was at.
    r"(?:ціллю|целью|метою)\s+(?:(?!хакер|кібер|кибер|мошен|шахра)[\w-]+\s+)?(?:атак|удар|обстріл|обстрел|дрон|ракет)"
    r"\w*\s+(?!(?:хакер|мошен|шахра)\w*)(?:[\w-]+\s+)?(?:був|була|було|були|став|стала|стало|стали|был|была|было|были|"
    r"стал)(?!\w)|"
    # "речь идет о базе отдыха в пгт Затока": what the attack just told struck, named.
    r"речь\s+ид[её]т\s+об?(?!\w)|мова\s+йде\s+про|йдеться\s+про|ідеться\s+про|"
    # "ворог спрямував дрони по Харківщині": where the attack was sent.
    r"спрямува(?:в|ла|ли|ло)|спрямован\w*|направил[аи]?\s+(?:\w+\s+){0,3}?(?:на|по)\s|"
    # "Під ворожим вогнем опинилися Понятівка, Берислав...": the daily round-ups of frontline oblasts.
    r"під\s+(?:\w+\s+)?вогнем|под\s+(?:\w+\s+)?огн[её]м|"
    # "протягом доби по Харківщині прилетіли", "прилетело по городу": weapons arriving on a place are hits, told in
    # the plural or the neuter (not anyone flying in: "по запрошенню Зеленського прилетів прем'єр", "прилетели лидеры",
    # "о 14:00 по Києву прилетів літак").
    r"(?<!\d\s)(?<!\w)по\s+[А-ЯІЇЄҐЁ][\w'’ʼ-]+\s+(?:[\w'’ʼ-]+\s+)?прилет[іе]л[ио](?!\w)(?!\s+(?:[\w'’ʼ-]+\s+)?"
    r"(?:лідер|лидер|делегац|прем|президент|міністр|министр|літак|самол[её]т|глав|керівник|руководител|евакуйован|"
    r"эвакуирован|громадян|граждан|пасажир|пассажир))|"
    r"прилет[іе]л[ио]\s+по\s+(?:[А-ЯІЇЄҐЁ]|міст|город|сел|област|район|громад|будин|дом|підприєм|предприят|об['’ʼ]?[єе]кт)"
)
_EVENT_NOUNS_CYRILLIC = (
    r"атак\w*|(?:авіа|авиа)?удар(?:и|ів|ом|ами|ах|ов|ы|у|а)?|обстріл\w*|обстрел\w*|вибух\w*|взрыв\w*|"
    # The noun of a hit ("приліт", "прильоти", "прилет"), not the verb of anyone arriving ("прилетіла до Києва").
    r"прил[іё]т\w*|прильот\w*|прилет(?:а|ы|ов|ом|ами|ах|е|у)?(?!\w)|влучан\w*|"
    r"попадан\w*|запуск\w*|пуск(?:и|ів|ов|а|ом)?|уламк\w*|обломк\w*|детонац\w*|наліт\w*|налет\w*|"
    r"бомбардува\w*|бомбардиров\w*|застосува\w*|применени\w*|"
    # A weapon on its way: "предупреждал о вражеском КАБ в направлении Харькова", "ракета у напрямку Києва" (not
    # troops advancing "в направлении Курахово").
    r"(?:ракет\w*|дрон\w*|безпілотник\w*|беспилотник\w*|БпЛА|БПЛА|шахед\w*|КАБ\w*|авіабомб\w*|авиабомб\w*)[»\"”]?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:в|у)\s+(?:направлении|напрямку)\s+(?-i:[А-ЯІЇЄҐЁ])\w*|"
    # "8 ракет «Искандер» летели на Киев", "3 «Кинжала» держали курс на Киевскую и Черкасскую области"
    r"(?:ракет\w*|дрон\w*|безпілотник\w*|беспилотник\w*|БпЛА|БПЛА|шахед\w*|\d+\s+[«\"“][^»\"”]{2,20}[»\"”])\s+"
    r"(?:[«\"“][^»\"”]{2,20}[»\"”]\s+)?(?:летел[иао]?|летіл[иао]?|летят|летять|(?:держал|тримал)\w*\s+курс)\s+на\s+"
    r"(?-i:[А-ЯІЇЄҐЁ])\w*"
)
EVENT_VERB_RE = Rule(rf"\b(?:{_EVENT_VERBS})\b", rf"(?<!\w)(?:{_EVENT_VERBS_CYRILLIC})(?!\w)")
# "near the destroyed airport terminal", "a damaged building": a participle after a determiner describes a thing.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"[a-z]+ed", re.IGNORECASE)
# What an attack leaves behind, where it hit: outages, a city left without power, repairs of the grid.
_AFTERMATH = (
    r"emergency\s+(?:services|crews|teams)\s+(?:were|have\s+been|had\s+been)\s+(?:called|dispatched|sent)|"
    # Weapons sent at a place, and what was heard there: "the Russians directed FPV drones at the Zelenodolsk
    # community", "Russian troops sent a drone to the Krasnopilia community", "It was loud in the district center".
    # (Not "The West sent missiles to Ukraine", a supply.)
    r"(?:directed|sent|dispatched)\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|bombs?|UAVs?|rockets?)\s+"
    r"(?:at|towards?|against|to\s+the\s+(?:[\w'’-]+\s+){1,2}?(?:community|communities|hromada|village|district))|"
    r"directed\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|bombs?|UAVs?|rockets?)\s+to|"
    r"it\s+was\s+(?:also\s+)?loud\s+in|"
    # Fires put out where the strike hit: "firefighters were also extinguishing massive fires at energy facilities".
    r"(?:extinguish\w*|put\s+out|putting\s+out)\s+(?:[\w-]+\s+){0,3}?(?:fires?|blazes?|flames)|"
    r"rescuers\s+(?:were|are)\s+(?:working|at\s+the\s+scene)|rescue\s+(?:operations?|work|efforts?)\s+(?:were|was|"
    r"is|are)\s+(?:under\s*way|ongoing|continuing|completed|over)|"
    # "Civilian fatalities were reported in central Dnipropetrovsk ... and the northwestern city of Lutsk" (not "No
    # casualties have been reported in the regions of ...": `has_incident_cue` reads the negation before it).
    r"(?:casualties|fatalities|deaths|injuries)\s+(?:were|have\s+been|had\s+been)\s+reported|"
    # Rubble cleared, people pulled from it: "rescuers are still clearing the rubble in the Darnytskyi district".
    r"(?:clear\w*|search\w*|dig\w*|pull\w*)\s+(?:[\w-]+\s+){0,4}?(?:the\s+)?rubble|"
    # What was used, as the first findings tell it: "Preliminary reports indicate the use of a FAB-500 bomb".
    r"indicat\w*\s+(?:the\s+)?use\s+of|"
    r"(?:power|electricity|blackouts?)\s+(?:outages?|cuts?)|blackouts?|(?:left|are|were|remain(?:ed|s)?)\s+without\s+"
    r"(?:power|electricity|heating|water)|no\s+(?:electricity|power\s+supply)|restor\w+\s+(?:power|electricity|the\s+power\s+supply)"
)
_AFTERMATH_CYRILLIC = (
    # Downings recorded over regions, what was heard there, bombs thrown at a town, a drone that flew into a flat:
    # "Збиття дронів фіксували у Чернігівській, Сумській ... областях", "Гучно було в Марганецькій громаді",
    # "окупанти кинули на Краматорськ дві ФАБ-250", "один из дронов залетел в квартиру".
    r"(?:збиття|сбити[ея])\s+(?:[\w-]+\s+){0,3}?(?:фіксува|зафіксова|фиксирова|зафиксирова)\w*|"
    r"(?:фіксува|зафіксова|фиксирова|зафиксирова)\w*\s+(?:[\w-]+\s+){0,2}?(?:збиття|сбити[ея])|"
    r"(?:гучно|громко)\s+(?:було|было)|(?:було|было)\s+(?:також\s+|теж\s+|тоже\s+|также\s+)?(?:гучно|громко)|"
    r"(?:кинули|кинув|кидали|кидає|кидают)\s+(?:на|по)(?=\s+(?-i:[А-ЯІЇЄҐ]))|"
    r"(?:залетел|залетела|залетели|залетів|залетіла|залетіли)|"
    # "Рятувальники гасили пожежу на енергооб'єкті", "пожарные тушили возгорание".
    r"(?:гасил\w*|гасять|загасил\w*|ліквідува\w*|ліквідовува\w*|тушил\w*|тушат|потушил\w*|ликвидирова\w*)\s+"
    r"(?:[\w'’ʼ-]+\s+){0,2}?(?:пожеж\w*|пожар\w*|загоран\w*|займан\w*|возгоран\w*)|"
    r"(?:рятувальник\w*|екстрені\s+служби|спасател\w*|экстренные\s+службы)\s+(?:працюють|працювали|виїхали|"
    r"работают|работали|выехали)|(?:працюють|працювали|работают|работали)\s+(?:рятувальник\w*|екстрені\s+служби|"
    r"спасател\w*|экстренные\s+службы)|"
    # "Рятувальні роботи на телевежі в Антополі завершені": rescue work where the attack hit.
    r"(?:аварійно-)?рятувальн\w*\s+робот\w*|(?:аварийно-)?спасательн\w*\s+работ\w*|знеструмлен\w*|знеструмил\w*|обесточ\w*|блекаут\w*|без\s+(?:світла|електрики|електроенергії|електропостачання|енергопостачання|электричества|"
    r"света|электроэнергии|электроснабжения|энергоснабжения)|перебо\w*\s+(?:з|с)\s+\w+|"
    # "пожежі зафіксовані, зокрема, у Луцьку", "виникла пожежа", "вспыхнул пожар": fires where the attack hit.
    r"(?:пожеж|пожар|загоран|возгоран)\w*\s+(?:[\w,]+\s+)?(?:зафіксова|зафиксирова|виник|возник|спалахну|вспыхну)\w*|"
    # (Not "сталася пожежа", as often an event of its own: "Окремо у місті сталася пожежа на складі".)
    r"(?:зафіксова|зафиксирова|виник|возник|спалахну|вспыхну)\w*\s+(?:\w+\s+)?(?:пожеж|пожар|загоран|возгоран)\w*|"
    # "У Тернополі ... відсутнє стабільне електропостачання", "частково зникла електроенергія".
    r"(?:відсутн|отсутств|зникл|пропал)\w*\s+(?:\w+\s+)?(?:світло|свет|електро|электро|енерго|энерго)\w*|відновлен\w*\s+(?:електро|енерго|водо)\w*|"
    r"восстановлен\w*\s+(?:электро|энерго|водо)\w*|"
    # "де досі розбирають завали", "из-под завалов извлекли тело": rubble cleared where the attack hit.
    r"(?:розбира|розбир|разбира|разбор)\w*\s+(?:\w+\s+)?завал\w*|(?:з-під|из-под)\s+завал\w*|"
    # Windows blown out, a fence riddled by fragments: "выбило окна в частном доме, посекло забор".
    r"(?:выбил|выбит|вибил|вибит|повибива|повыбива)\w*\s+(?:\w+\s+)?(?:окна|окон|стекла|вікна|вікон|шибки|шибок)|"
    r"посек(?:ло|ли|ла)|посікл[оиа]|посечен\w*|посічен\w*"
)
# What an attack leaves behind, alone: a cue only while nothing else is said to have caused it.
_AFTERMATH_ONLY = Rule(rf"(?:{_AFTERMATH})", rf"(?:{_AFTERMATH_CYRILLIC})")
# Another cause of an outage or a fire, told as its cause, or an outage that goes on or is remembered: not this
# attack's doing ("Через негоду без електропостачання залишилися ...", "пожежі в екосистемах", "left Kharkiv without
# power for hours at a time", "Two years ago, Russian strikes left Kharkiv without power").
_NOT_THE_ATTACKS = Rule(
    r"\b(?:(?:due\s+to|because\s+of)\s+(?:[\w-]+\s+){0,2}?(?:weather|storms?|wind|snow\w*|planned|scheduled|"
    r"maintenance|short\s+circuit|faulty)|wildfires?|forest\s+fires?|grass\s+fires?|repeated|regular(?:ly)?|"
    r"constant(?:ly)?|at\s+a\s+time|per\s+day|every\s+day|last\s+(?:winter|year|summer)|(?:years?|months?)\s+ago|"
    r"winter\s+of|(?:20\d\d)(?:[-/]\d\d)?\s+winter)\b",
    r"(?<!\w)(?:(?:через|из-за|внаслідок|вследствие)\s+(?:\w+\s+){0,2}?(?:негод|погод|снігопад|снегопад|планов|"
    r"ремонт|падінн|падени|аварі|авари|коротк|необережн|неосторожн|несправн|неисправн|нарушени|порушен)\w*|"
    r"екосистем\w*|экосистем\w*|сух\w*\s+трав\w*|лісов\w*\s+пожеж\w*|лесн\w*\s+пожар\w*|графік\w*|график\w*|"
    r"регулярн\w*|постійн\w*|постоянн\w*|щодня|ежедневн\w*|на\s+добу|в\s+сутки|по\s+\d+\s+годин\w*|"
    r"по\s+\d+\s+час\w*|(?:прошл|минул)\w*\s+(?:зим|лет|літ|весн|осен|рок|год)\w*|рок\w*\s+тому|год\w*\s+назад|"
    r"лет\s+назад|техник\w*\s+безопасност\w*|технік\w*\s+безпеки)",
)
INCIDENT_CUE_RE = Rule(
    rf"\b(?:{_EVENT_VERBS}|{_EVENT_NOUNS}|{_AFTERMATH})\b",
    rf"(?<!\w)(?:{_EVENT_VERBS_CYRILLIC}|{_EVENT_NOUNS_CYRILLIC}|{_AFTERMATH_CYRILLIC})(?!\w)",
)
# Which weapon it may have been: "may be a Hwasong-11 (KN23) missile", "what may have been a drone strike".
_GUESSED_WEAPON = (
    r"\s+(?:be|have\s+been)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:missiles?|drones?|rockets?|bombs?|shells?|"
    r"(?-i:[A-Z])[\w]*-?\d[\w-]*)\b"
)
# Plans, capabilities, conditions: not events.
_IRREALIS_RE = Rule(
    # ("may have used": a guess about what happened, which did happen; "might have hit" is most often what did not;
    # "In what may be the first use of hypersonic missiles, Russia said its Kinzhal missiles were used Friday": how
    # the fact may be counted, not whether it happened)
    # (What was heard or seen happened: "multiple explosions could be heard throughout the night".)
    # ("Its fragments indicate that it may be a Hwasong-11": a guess at which weapon did what was done; not "That
    # could be a sign Russia is preparing a bigger strike".)
    rf"\b(?<!\bin\swhat\s)(?:will|would|might(?!{_GUESSED_WEAPON})|"
    rf"(?-i:may)(?!\s+have\s+(?!to\b)\w+ed\b|{_GUESSED_WEAPON})|"
    rf"(?:can|could)(?!\s+not|n['’]t|\s+(?:be\s+)?(?:heard|hear|seen|see|felt|feel)\b|{_GUESSED_WEAPON})|"
    r"should|plans?\s+to|"
    r"planning\s+to|intends?\s+to|"
    r"(?:is|are)\s+preparing\s+(?:to|for)|"
    r"is\s+expected\s+to|are\s+expected\s+to|is\s+due\s+to|are\s+due\s+to|threaten(?:s|ed)?\s+to|capable\s+of|able\s+to|(?:designed|intended|meant)\s+(?:to|for)|if|"
    # "it is not always possible to destroy them at night": what can be done, not what was (not "it was possible to
    # destroy all of them", which tells it was).
    r"(?:not\s+(?:always\s+|yet\s+|even\s+)?possible|impossible)\s+to|"
    # A warning of what may come: "the Air Force warned of the threat of missiles being fired from Kapustin Yar".
    r"warn(?:ed|s)\s+of\s+(?:the\s+|a\s+)?(?:threat|danger|risk)\s+of\s+(?:[\w-]+\s+){0,4}?(?:being\s+)?"
    r"(?:fired|launched|used)\b|"
    # A proposal: "Putin offered to hold a 'duel' in which Russia fires an Oreshnik at Kyiv".
    r"(?:proposed|proposes|offered|offers|suggested|suggests)\s+(?:to|that|a|an)\b|"
    # What a side denies doing is not told as done: "Kyiv denied attacking Moscow", "Russia denies targeting civilians".
    # (Not an aside: "Russia, which denies targeting civilians, attacked Chernihiv with three Iskander missiles".)
    r"(?<!which\s)(?<!which\shas\s)(?<!which\shad\s)(?<!who\s)"
    r"den(?:y|ies|ied|ying)\s+(?:(?:any|its|their)\s+)?(?:attacking|striking|targeting|shelling|launching|firing|hitting|"
    r"involvement|responsibility)|"
    # What a weapon lets its owner do: "ATACMS, which allows Kyiv to strike targets 300 km away".
    r"(?:allows|enables)\s+(?:[\w'’-]+\s+){1,3}?to|"
    # What is feared, in a clause after the fact (not "Amid fears of an offensive, Russian troops shelled
    # Kupiansk"): "banned large gatherings through Thursday for fear of missile strikes".
    r"(?<=\s)for\s+fear\s+of|(?<=,\s)amid\s+fears\s+of|(?<=,\s)fearing|"
    # "...raising concerns over a fresh assault on capital Kyiv".
    r"(?<=,\s)(?:raising|sparking|fuelling|fueling|prompting)\s+(?:concerns?|fears?|worries)\s+(?:over|about|of|that)|"
    # What a weapon can reach, not what it did: "Storm Shadow missiles ... have a range in excess of 150 miles".
    r"(?:has|have|had)\s+a\s+(?:\w+\s+)?range\s+(?:of|in\s+excess\s+of|up\s+to|exceeding|beyond|over)|"
    # A launch in exercises or a test: "fired missiles into the Black Sea near Odesa during naval exercises".
    r"(?:during|in|amid|as\s+part\s+of)\s+(?:[\w-]+\s+){0,2}?(?:exercises|drills|manoeuvres|maneuvers|war\s+games)|"
    r"test-?fir(?:ed|ing|es)|(?:training|test)\s+launch(?:es)?|"
    # A place's use, told in a sentence of its own, not an attack: "It is a key base for missile strikes on Ukraine
    # with Kh-101 cruise missiles" (not "drones attacked Engels, a key base for strikes on Ukraine").
    r"^\W*(?:it|this|the\s+(?:base|airfield|facility))\s+(?:is|was|serves\s+as|has\s+been)\s+(?:\w+\s+){0,3}?"
    r"(?:base|hub|airfield|facility|site|launch\s+pad|platform)\s+(?:\w+\s+){0,2}?for\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes|attacks|raids|launches))\b",
    r"\b(?:буде|будуть|будемо|будет|будут|може|можуть|может|могут|міг\s+би|могл[аи]?\s+б[иы]?|мог\s+бы|мав\s+би|"
    r"мала\s+б|мали\s+б|"
    # Plans, not gliding bombs ("планувальними авіабомбами", "планирующими авиабомбами").
    r"плану(?:є|ють|ю|ємо|вав|вала|вали|вало)|планиру(?:ет|ют|ю|ем|ете)|планировал\w*|"
    r"ма(?:є|ють)\s+намір|намерен\w*|збира\w*ся|собира\w*ся|очікує\w*|"
    r"ожида\w*|погрожу\w*|угрожа\w*|здатн\w*|спроможн\w*|способн\w*|призначен\w*\s+для|предназначен\w*\s+для|"
    r"якщо|если|у\s+разі|в\s+случае|предложи\w*|предлага\w*|запропонува\w*|пропону\w*|"
    # What a side denies: "Киев отрицает причастность к атаке", "Москва заперечує удари по цивільних".
    r"(?<!який\s)(?<!яка\s)(?<!які\s)(?<!который\s)(?<!которая\s)(?<!которые\s)"
    r"(?:заперечу|заперечи|заперечл|отрица|опроверг)\w*\s+(?:свою\s+)?(?:причетн|причастн|атак|удар|обстріл|"
    r"обстрел)\w*|"
    # A launch in exercises or a test: "під час навчань", "в ходе учений", "учебный пуск".
    r"(?:під\s+час|в\s+ході|в\s+ходе|на)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:навчань|навчаннях|учений|учениях|маневрів|маневров|"
    r"випробувань|испытаний)|(?:навчальн\w*|учебн\w*|випробувальн\w*|испытательн\w*)\s+пуск\w*|"
    # "ракеты ATACMS, которые позволят Киеву поражать цели": what a weapon will let its owner do (not "дозволила
    # збити", which did).
    r"позволит|позволят|позволяет|позволяют|дозволить|дозволять|дозволяє|дозволяють|"
    # A place's use, told in a sentence of its own, not an attack: "Це ключовий об'єкт для ракетних ударів по Україні
    # крилатими ракетами Х-101".
    r"^\W*(?:це|это|він|вона|воно|он|она|оно|аеродром|аэродром|база|авіабаза|авиабаза)\s+(?:[\w'’ʼ-]+\s+){0,3}?"
    r"(?:об['’ʼ]єкт|объект|баз[аиуіы]|аеродром|аэродром|майданчик|площадк[аиу]|плацдарм)\w*\s+(?:[\w'’ʼ-]+\s+){0,2}?"
    r"для\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:ударів|атак|ударов|обстрілів|обстрелов|запусків|запусков|пусків|пусков))\b",
)
# How attacks go: "Odesa Oblast and other southern regions are regular targets of Russian attacks", "daily".
_HOW_IT_GOES = (
    r"(?:regular|frequent|constant|common|repeated)\s+targets?|regularly|repeatedly|routinely|"
    # (Not what a leader does each night: "Zelensky said in his nightly address that Russia had used Iskanders".)
    r"(?:daily|nightly)(?!\s+(?:video\s+)?(?:address|speech|message|briefing|update|bulletin|column|newsletter))|"
    # "Russian forces frequently use Iranian drones in their attacks" (not "defences worked constantly for hours")
    r"(?:frequently|constantly)\s+(?:use|target|attack|strike|shell|hit|launch|fire)s?\b|"
    r"every\s+(?:day|night)"
)
_HOW_IT_GOES_CYRILLIC = (
    r"неодноразово|неоднократно|регулярно|систематично|постійно|постоянно|щодня|щоночі|щоденно|ежедневно|еженощно|"
    # "евакуація дітей через постійні обстріли", "Нікополь перебуває під постійними обстрілами": shelling as it goes,
    # a reason or a state (not "Постійні атаки дронів тривали понад п'ять годин", tonight's).
    r"(?:через|из-за|вследствие|під|под|від|от)\s+(?:постійн|регулярн|систематичн|постоянн|систематическ|щоденн|"
    r"ежедневн)\w*\s+(?:обстріл|обстрел|атак|удар)\w*|"
    # "Однак їх не завжди вдається збити": what air defence can do as a rule, not one night's work (not with what
    # came of it that night: "...не завжди встигають збити всі цілі, тож один дрон влучив у порт").
    r"(?:не\s+завжди\s+(?:вдається|може|можуть|встига\w*|збива\w*)|не\s+всегда\s+(?:удается|может|могут|"
    r"успева\w*|сбива\w*))(?![^.!?]*,\s*(?:тож|тому|і\s+тому|через\s+це|поэтому|и\s+поэтому|так\s+что)\s)"
)
# Generalisations and recaps that do not report the article's incident unless they give a date of their own.
_BACKGROUND_RE = Rule(
    r"^(?:earlier(?!\s+(?:on|today|this|that|in\s+the\s+(?:day|night|morning|evening|afternoon))\b)|previously|"
    # "Over the past months …" looks back; "Over the past day" and "In the past 24 hours" are the report's window.
    r"(?:in|over)\s+the\s+past(?!\s+(?:day|night|24\s+hours)\b)|in\s+recent|since|for\s+years|historically|"
    r"background:|context:|reminder:|as\s+a\s+reminder|recall\s+that|let\s+us\s+remind\s+you|we\s+remind|"
    r"for\s+example|for\s+instance|"
    # "The use of S-300 or newer S-400 systems for strikes against ground targets is indiscriminate": what using a
    # weapon is, in the present tense, is a judgement of every use, not a report of this one.
    r"(?:the\s+)?use\s+of\s+(?:[\w/-]+\s+){1,12}?(?:is|are|remains|poses|shows)|"
    # Translated Ukrainian copy recaps its own earlier reports: "As reported by Ukrinform, the number of injured...".
    r"as\s+(?:was\s+)?(?:previously\s+|earlier\s+)?reported|as\s+[\w ]{2,30}?\s+(?:previously|earlier)\s+reported)\b|"
    r"\b(?:it\s+was\s+(?:previously\s+)?reported\s+that|"
    # Attacks of a kind: "Such attacks have killed 50 civilians this year", "Similar strikes are common".
    r"(?:such|similar)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|bombardments)\s+(?:have|has|had|are|were)\b|"
    # A guess drawn from the fact: ", leading to speculation in the Russian press that the attack could have been
    # targeting the nearby Khalino military airfield", ", prompting suggestions the airfield was the target".
    r",\s+(?:leading\s+to|prompting|sparking|fuell?ing|raising)\s+(?:[\w-]+\s+)?(?:speculation|suggestions|"
    r"questions|guesses)\b|"
    # A witness's memory of a day: "Olena recalls how a missile hit her house on June 28".
    r"(?:recalls|recalled|remembers|remembered)\s+(?:how|the\s+(?:night|day|morning|evening)\s+(?:when|that))"
    r"(?=[^.!?]*?\b(?:january|february|march|april|may|june|july|august|september|october|november|december|ago|"
    r"start|beginning|(?:19|20)\d\d)\b)|"
    # "The crisis has been worsened by Ukrainian drone attacks on oil refineries": what attacks have been doing.
    # (Not what one attack caused: "Fires in Odesa's port have been triggered by Russian drone attacks on Sunday".)
    r"(?:has|have)\s+been\s+(?:worsened|exacerbated|compounded|aggravated|driven|fuell?ed)\s+by\s+"
    r"(?:[\w-]+\s+){0,3}?(?:attacks|strikes|raids)\b|"
    # "The region of Pskov was previously targeted by drones in late May": an earlier attack on the place.
    # (Not "earlier", which in breaking news is earlier that day: "Mykolaiv was earlier hit by drones".)
    r"(?:was|were|had\s+been)\s+previously\s+(?:targeted|attacked|struck|hit|shelled|bombed)\b|"
    # A present perfect is a generalisation when it says how often or how many: "has repeatedly struck",
    # "have fired hundreds of"; a plain one is a breaking report ("Ukraine has carried out a strike on...").
    # (Not an aftermath: "Fires broke out; they have already been extinguished".)
    r"(?:has|have)\s+(?:repeatedly|regularly|frequently|already(?!\s+been\s+(?:extinguished|put\s+out|restored|"
    r"contained|localized|localised|evacuated|repaired|eliminated|cleared))|long|often|increasingly|routinely)\s+\w+|"
    r"(?:has|have)\s+(?:launched|fired|used|sent|struck|attacked|targeted)\s+(?:hundreds|thousands|dozens|scores|"
    r"more\s+than|over|well\s+over|at\s+least\s+\d[\d,]*\s+\w+\s+since)|"
    # A count since the war began: "Russia has launched at least 1,961 Shahed drones against Ukraine since the
    # beginning of the full-scale invasion" (not a night's: "has launched 40 drones since midnight").
    r"(?:has|have)\s+(?:already\s+)?(?:launched|fired|used|sent|shot\s+down|downed|destroyed)\s+(?:at\s+least\s+|"
    # (Not a record since then: "the largest number since the start of the war".)
    r"more\s+than\s+|over\s+|nearly\s+|almost\s+|some\s+)?\d[\d,]*\s(?:(?!\b(?:most|largest|biggest|highest|"
    r"heaviest|greatest|record)\b)[^.;]){0,60}?\bsince\s+(?:the\s+(?:start|"
    r"beginning|onset|outbreak)\s+of\s+(?:the\s+|russia['’]s\s+)?(?:full-scale\s+)?(?:war|invasion)|"
    r"(?:russia['’]s\s+|the\s+)?full-scale\s+invasion|the\s+war\s+began|(?:february\s+24,?\s+|24\s+february\s+)?2022)\b|"
    # ("may have used a new bomb in the strikes on Wednesday" guesses at this attack's weapon: no generalisation)
    r"have\s+been\s+(?:used|launched|fired)|(?<!may\s)(?:has|have)\s+used\b|"
    r"(?:has|have)\s+(?:launched|fired|sent|unleashed)\s+(?:waves|barrages|salvos|swarms)\b|"
    # "Ternopil ... has seen few attacks since the onset of the war": how often, not this attack.
    # (Not "has seen several drone attacks overnight", nor "over the past day, the region has seen dozens".)
    r"(?<!day,\s)(?:has|have)\s+seen\s+(?:relatively\s+|very\s+)?(?:few|many|numerous|repeated|frequent|regular|no)\s+"
    r"(?:[\w-]+\s+)?(?:attacks|strikes|shelling|bombardments)\b(?![^.;]{0,60}\b(?:overnight|today|tonight|"
    r"this\s+morning|over\s+the\s+past))|"
    # "Russia has intensified attacks against Ukrainian residential areas in spring 2024": how attacks go.
    r"(?:has|have)\s+(?:intensified|stepped\s+up|ramped\s+up|escalated)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|strikes|shelling|bombardments?|assaults)\b|"
    rf"{_HOW_IT_GOES}|"
    r"more\s+than\s+half\s+of|so\s+far\s+this\s+year|to\s+date|"
    # ("Ukrainian forces recently deployed British Storm Shadow missiles against targets inside Russia")
    # (Not a place described in passing: "Vinnytsia, a usually quiet city 200 km southwest of Kyiv, was hit".)
    r"in\s+recent\s+(?:days|weeks|months|years)|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:often|usually)|"
    # (Not "the recently repaired power plant".)
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)recently\s+(?:deployed|supplied|delivered|provided|"
    r"launched|used|fired|struck|hit|attacked|targeted|intensified|stepped\s+up|carried\s+out)\b|"
    # "Russia carried out repeated strikes on Ukrainian ports, including Odesa" (not "came under repeated attacks
    # overnight", one night's)
    r"(?:carried\s+out|conducted|launched|made|mounted)\s+repeated\s+(?:[\w-]+\s+)?(?:strikes|attacks|shelling|"
    r"bombardments|barrages)|"
    # Side remarks about other days: "the same week, Shahed drones hit...", "a week earlier", "last month".
    r"the\s+same\s+(?:week|month|day)|(?:a|one|two|three|several)\s+(?:days?|weeks?|months?)\s+(?:earlier|ago|before)|"
    r"(?:the\s+)?previous\s+(?:day|night|week|month)|in\s+a\s+similar\s+attack|"
    # "Last week, Russia conducted a large aerial bombardment ... The following day, Ukraine shelled Belgorod".
    r"(?:^|[.;:]\s+)(?:[\"“]\s*)?(?:last\s+(?:week|month)|earlier\s+this\s+(?:week|month)|the\s+following\s+day)\b|"
    # "He recalled that prior to this attack there were strikes on Dnipro...": what came before.
    r"recall(?:ed|s)?\s+that|(?:prior\s+to|before)\s+(?:this|that|the\s+latest)\s+(?:attack|strike|assault)|"
    # What else was happening: "The strike came as Russia fired waves of drones at Kyiv".
    r"(?:comes?|came|coming)\s+(?:as|amid|while|(?:(?:(?:just|only|barely|nearly|almost|exactly|about|around|roughly|"
    r"some|a\s+little|little|(?:more|less)\s+than|over|under)\s+){0,3}(?:(?:a|one|two|three|four|five|"
    r"a\s+few|several|\d+)\s+)?(?:days?|weeks?|months?|hours?)|shortly|soon|not\s+long)\s+after"
    r"(?!\s+the\s+(?:first|initial|previous|earlier)\b)(?!\s+(?:midnight|noon|dawn|daybreak|sunrise|sunset|\d))|"
    # ... or what it came before: "The attack came before Russia's planned ceasefire ... celebrations in Moscow".
    r"(?:(?:just|only|shortly|hours|days|a\s+day)\s+)?before\b)|"
    # ... or what came before it: "The strikes came after multiple attacks on the Russian border region of Belgorod".
    r"(?:comes?|came|coming)\s+after\s+(?:multiple|repeated|several|numerous|recent|a\s+(?:series|spate|wave|string)\s+of)\s|"
    # How attacks go, not an attack: "shelling of the town has almost stopped", "strikes have intensified".
    r"(?:shelling|attacks|strikes|bombardments?)\s+(?:[\w'’]+\s+){0,3}?(?:has\s+|have\s+)?(?:almost\s+|largely\s+)?"
    r"(?:stopped|ceased|intensified|increased|subsided|eased|become\s+more\s+frequent)|"
    # Weapons compared with those of another attack: "missiles like the ones that hit Kharkiv".
    r"(?:like|such\s+as)\s+(?:the\s+ones|those)\s+(?:that|which)\s+(?:hit|struck|attacked|were\s+(?:used|fired))|"
    # A recap of how it began: "the first attack in which the drones were used was on Kupiansk" (not "used guided
    # bombs on Kharkiv for the first time since 2022", nor "drones damaged two facilities in Zaporizhzhia the first
    # time they were used there", nor "In what may be the first use of hypersonic missiles ..., Russia announced that
    # its Kinzhal missiles were used Friday", "It was the first attack on Lviv in weeks": this attack, called a first).
    r"(?<!for\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bmarks\s)(?<!\bmarked\s)(?<!\bmarking\s)"
    r"the\s+first\s+(?:known\s+|reported\s+|recorded\s+|confirmed\s+)?(?:attack|strike|use|case)|"
    r"(?:^|[.;:]\s+)(?:[\"“«]\s*)?the\s+first\s+time|"
    # "During one of the recent attacks, 12 Kh-22 missiles targeted the capital": an attack past, undated.
    r"(?:during|in)\s+one\s+of\s+the\s+(?:recent|latest|previous|earlier)\s+(?:[\w-]+\s+)?(?:attacks|strikes|barrages))\b",
    # Ukrainian and Russian recaps open with "Нагадаємо"/"Напомним" (let us remind you), "Раніше"/"Ранее",
    # "Як повідомлялося"/"Как сообщалось"; generalisations count since the war began or say how often.
    # (Not "Раніше сьогодні", "Ранее утром": earlier the same day, in breaking news. "Ранее в субботу" may be a day
    # before the report's, which the sentence's date does not tell from the day it was said.)
    # A witness's memory of a day, or of a time long past: "Дніпрянка згадує, як 28 червня біля її будинку розірвалася
    # ракета", "згадує, як два роки тому" (not of tonight's blast: "Мешканка згадує, як вибух вибив вікна").
    r"(?<!\w)(?:згаду(?:є|ють)|пригаду(?:є|ють)|згадала|згадав|вспомина(?:ет|ют)|вспомнил[аи]?)\s*,?\s+(?:як|как)\s"
    rf"(?=[^.!?]*?(?:\d{{1,2}}\s+{CYRILLIC_MONTH}|(?<!\w)(?:тому|назад|початку|начале|(?:19|20)\d\d)(?!\w)))|"
    r"^(?:(?:раніше|ранее)(?!\s+(?:сьогодні|сегодня|цього\s+дня|этого\s+дня|вранці|утром|уночі|вночі|ночью|вдень|днем|"
    r"днём|увечері|вечером)(?!\w))|"
    r"нагада\w*|напомни\w*|напомина\w*|як\s+відомо|как\s+известно|також\s+нагада\w*|до\s+цього|"
    # "Впродовж минулого тижня ворожих ударів зазнали 32 населені пункти": a week's or a month's tally, as English
    # "Over the past week" (not the past day's, the report's window).
    r"(?:впродовж|протягом|за|в\s+течение)\s+(?:минул|останн|прошл|прошедш|последн)\w*\s+(?:(?:два|дві|две|три|"
    r"кілька|декілька|несколько)\s+)?(?:тиж\w*|місяц\w*|рок\w*|недел\w*|месяц\w*|год(?:а|у)?|лет)(?!\w)|"
    rf"{_OUTLET_WROTE}|"
    # "...часто сообщают об атаках беспилотников. Последняя из них произошла 27 октября": one of a series told before
    # (not "Последний из них был уничтожен над Броварами", the last of tonight's drones).
    r"(?:последн|остан)\w*\s+(?:из|з|із)\s+(?:них|этих|цих|таких)\s+(?:произош|случил|состоял|відбул|стал[аио]с)\w*|"
    # ("Последняя из них — в ночь на 27 сентября": an attack, of the feminine; not "Последний из них — над Брянском".)
    r"(?:последняя|остання)\s+(?:из|з|із)\s+(?:них|этих|цих|таких)\s*(?:[—–-]|была|була)\s*"
    r"(?=(?:(?:у|в)\s+ніч\s+на\s+|в\s+ночь\s+на\s+)?\d)|"
    # ("Загалом ворог запустив 101 ударний безпілотник", "Загалом сили оборони збили ракети Х-59/69 та 66
    # безпілотників", "Загалом у ніч на 26 вересня в 14 областях...": in all, a count of this attack's weapons, air
    # defence's tally or what one night or day saw, not "in general"; not a unit's career, "Загалом мобільні вогневі
    # групи збили понад 3000 шахедів")
    r"до\s+этого|перед\s+цим|перед\s+этим|наприклад|например|(?:загалом|в\s+целом)(?!,?\s+(?:(?:за\s+даними|"
    r"за\s+інформацією|по\s+данным|по\s+информации)\s+[^,.;]{1,40},\s+)?(?:(?:у|в)\s+ніч|в\s+ночь|"
    r"вночі|ночью|за\s+(?:минулу\s+|прошедшие\s+|минулі\s+)?(?:добу|сутки|ніч|ночь)|минулої\s+(?:ночі|доби)|"
    r"протягом\s+(?:минулої\s+)?(?:доби|ночі)|"
    r"за\s+прошедшие\s+сутки|сьогодні|сегодня|"
    r"вчора|вчера)(?!\w))(?!\s+(?:[\w'’ʼ-]+\s+){0,3}?"
    r"(?:\d[\d\s]*\s+(?:[\w«»\"-]+\s+){0,2}?[«\"]?(?:ракет|дрон|безпілот|беспилот|шахед|КАБ|БпЛА|БПЛА|засоб|"
    r"средств|ціл|цел)\w*|(?:сил[иа]\s+(?:оборони|ППО|протиповітряної\s+оборони)|ППО|ПВО|силы\s+ПВО|"
    r"захисник\w*\s+неба)\s+(?:[\w'’ʼ-]+\s+)?(?:збил|збит|знищи|сбил|уничтожи|перехопи|перехвати)\w*)))\b|"
    r"\b(?:як\s+(?:раніше\s+)?повідомлял\w*|как\s+(?:ранее\s+)?сообщал\w*|раніше\s+повідомля\w*|ранее\s+сообща\w*|"
    # "Як інформував ZAXID.NET, у ніч на 6 жовтня...": what the outlet told before.
    # (Not "Як інформували в ДСНС", today's word from a service.)
    r"як\s+(?:вже|раніше)\s+інформува(?:в|ла|ли|ло)(?!\w)|как\s+(?:уже|ранее)\s+информирова(?:л|ла|ли|ло)(?!\w)|"
    r"як\s+інформува(?:в|ла|ло)\s+(?=[A-ZА-ЯІЇЄҐ«\"])(?!(?:в|у|на)\s)|как\s+информировал[аио]?\s+(?=[A-ZА-ЯЁ«\"])|"
    r"(?<!как\sи\s)(?<!что\sи\s)(?<!чем\s)(?<!\w)в\s+(?:предыдущий|прошлый)\s+раз|"
    r"(?<!як\sі\s)(?<!що\sй\s)(?<!ніж\s)(?<!\w)(?:попереднього|минулого)\s+разу|"
    # "Как писала «Страна», ...": the outlet's own earlier report.
    r"(?:як|как)\s+(?:вже\s+|уже\s+|раніше\s+|ранее\s+)?писал[аои]?\b|"
    r"(?:з|від)\s+початку\s+(?:року|місяця|тижня|повномасштабн\w*|війни|вторгнення|великої\s+війни)|"
    r"(?:с|от)\s+начала\s+(?:года|месяца|недели|полномасштабн\w*|войны|вторжения|СВО|специальной)|"
    rf"{_HOW_IT_GOES_CYRILLIC}|кожн\w+\s+(?:ночі|дня|день|ніч)|каждую\s+ночь|каждый\s+день|вже\s+не\s+вперше|уже\s+не\s+впервые|"
    r"за\s+весь\s+час|за\s+все\s+время|"
    # A career's tally: "пілот за час служби збив 5 крилатих ракет".
    r"за\s+(?:час|время)\s+(?:(?:своєї|своей)\s+)?(?:служби|службы)|за\s+(?:свою|всю)\s+(?:кар['’ʼ]?єру|карьеру)|"
    r"останнім\s+часом|в\s+последнее\s+время|"
    # "Під час одного з останніх обстрілів столицю атакували 12 ракет Х-22": one attack of a time past, undated.
    r"(?:під\s+час|у\s+ході|в\s+ходе|во\s+время)\s+(?:одн\w+\s+(?:з|із|из)\s+)(?:останніх|последних|недавніх|"
    r"нещодавніх|недавних|попередніх|предыдущих)|"
    # "В останні тижні Росія широко застосовувала КАБи проти Харкова": how the weeks went, not one attack.
    r"(?:в|у|протягом|в\s+течение)\s+(?:останні|последние)\s+(?:(?:кілька|декілька|несколько|два|дві|две|три)\s+)?"
    r"(?:дні|тижні|місяці|роки|дни|недели|месяцы|годы)|"
    # "таких ракет - «іскандерів», - як ті, що вдарили по нашому Харкову": another attack's, for comparison.
    r"(?:як|как)\s+(?:ті|те|та|той|і\s+ті|и\s+те)\s*,?\s*(?:що|які|которые|который|которая|что)\s+(?:[\w'’ʼ-]+\s+)?"
    r"(?:вдарил|влучил|удари|атакува|атакова|попал|поцілил|били|застосову|использова|применя)\w*|"
    r"(?:дн(?:я|ів|ей)|тиждень|тижні|тижнів|місяць|місяці|місяців|неделю|недели|недель|месяц|месяца|месяцев)\s+(?:тому|назад)|"
    r"того\s+ж\s+(?:дня|тижня|місяця)|в\s+тот\s+же\s+день|на\s+той\s+же\s+неделе|"
    # ("Такі атаки вже забрали життя 50 мешканців": such attacks, a class of them.)
    r"(?:у\s+|в\s+)?(?:аналогічн\w*|подібн\w*|аналогичн\w*|подобн\w*|такі|такие)\s+(?:атак\w*|удар\w*)|"
    # How shelling goes, not a shelling: "Артилерійські обстріли Золочева майже припинилися, але посилилися
    # обстріли навколишніх сіл".
    r"(?:обстріл\w*|обстрел\w*|атак\w*|удар\w*)\s+(?:[\w'’ʼ]+\s+){0,3}?(?:майже\s+|почти\s+)?(?:припинил\w*|"
    r"посилил\w*|почастішал\w*|стихл\w*|прекратил\w*|усилил\w*|участил\w*|стихли)|"
    # "Росія з середини літа активізувала удари по залізниці", "the enemy stepped up attacks on the railway".
    r"(?:посилил\w*|почастішал\w*|усилил\w*|участил\w*|активізува\w*|активизирова\w*|інтенсифікува\w*|"
    r"интенсифицирова\w*)\s+(?:обстріл\w*|обстрел\w*|атак\w*|удар\w*))\b",
)
# A month's tally: "dipped sharply over August", "156 missiles across the month of August", "протягом серпня",
# "за август" (not "set for March 4").
_MONTH_TALLY_ENGLISH = (
    r"\b(?:over|across|for|throughout|during|in)\s+(?:the\s+(?:whole\s+|entire\s+)?month\s+of\s+)?(?:january|"
    r"february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)"
)
_MONTH_TALLY_CYRILLIC = (
    r"\b(?:протягом|впродовж|в\s+течение|за)\s+(?:(?:всього|всего|весь|увесь)\s+)?(?:січня|лютого|березня|квітня|"
    r"травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|січень|лютий|березень|квітень|травень|червень|"
    r"липень|серпень|вересень|жовтень|листопад|грудень|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
    r"октября|ноября|декабря|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)\b"
    r"(?!\s+\d)"
)
_MONTH_TALLY_RE = Rule(_MONTH_TALLY_ENGLISH, _MONTH_TALLY_CYRILLIC)
# A period instead of a day: "in January", "last week", "this year", "in the first three months of the year". A
# sentence dated only by one is no incident.
_PERIOD_RE = Rule(
    r"\b(?:in|during|since|throughout|through|until|by)\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|"
    r"april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)\b|"
    r"\b(?:last|this|past|previous)\s+(?:week|month|year|winter|summer|spring|autumn)\b|"
    # "struck the facility last April": a month of the year before (not "on the last day of ...").
    r"\blast\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"\bearlier\s+this\s+(?:week|month|year)\b|"
    r"\b(?:in|over|during|for)\s+the\s+(?:first|past|last|previous)\s+(?:(?:few|several|two|three|four|five|six|"
    r"\d+)\s+)?(?:weeks|months|years|quarter|half)\b|"
    r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+year|this\s+year|(?:19|20)\d\d)\b|"
    r"\bso\s+far\s+(?:this|in)\b|"
    # A running total: "since the first Shahed was downed", "З моменту першого збиття ... знищила 223 таких дронів".
    r"\bsince\s+the\s+first\s+(?:[\w-]+\s+){0,2}?(?:was\s+|were\s+)?(?:downed|downing|shot|use|used|attack|launch)\w*|"
    rf"{_MONTH_TALLY_ENGLISH}|"
    # Attacks told as a run over time, in the perfect: "Ukraine has launched a number of missile attacks on
    # Sevastopol", "Russia has carried out repeated strikes on the port" (not "has launched a massive attack").
    # (Not one day's: "have carried out multiple strikes on Kharkiv, killing three people".)
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:launched|carried\s+out|conducted|staged|mounted|made)\s+(?:a\s+number\s+of|"
    r"numerous|repeated|countless|(?:dozens|scores|hundreds|thousands)\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks|strikes|raids|bombardments)\b(?![^.;]*\b(?:killing|wounding|injuring|damaging)\b)",
    r"\b(?:у|в|протягом|в\s+течение|з|с|до|від|от)\s+(?:(?:на)?початку\s+|кінці\s+|середині\s+|начале\s+|конце\s+|"
    r"середине\s+)?(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні|"
    r"январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|"
    r"(?:19|20)\d\d\s+(?:році|року|году|года))\b|"
    # "постраждав внаслідок ракетного удару на початку жовтня 2023 року": part of a month.
    rf"(?<!\w)(?:на|в|у)\s+(?:початку|кінці|середині|начале|конце|середине)\s+{CYRILLIC_MONTH}|"
    r"\b(?:минулого|цього|наступного|прошлого|этого|(?:на|у|в)\s+(?:минулому|цьому|прошлой|этой|прошлом|этом))\s+"
    r"(?:тижня|місяця|року|тижні|місяці|році|неделе|месяце|году)\b|\bторік\b|"
    r"(?<!\w)(?:з|с|від|от)\s+(?:моменту|момента)\s+(?:першого|першої|первого|первой|перших|первых)(?!\w)|"
    # "Всю зиму Росія тероризувала Україну ударами по енергетиці": a season.
    r"\b(?:всю|усю)\s+(?:зиму|весну|осінь|осень)\b|\b(?:все|усе|всё)\s+(?:літо|лето)\b|"
    rf"{_MONTH_TALLY_CYRILLIC}|"
    # "за последний месяц уничтожила уже 233 таких беспилотника", "за останні два тижні", "за неделю", "за цей тиждень".
    r"\bза\s+(?:(?:останн|минул|попередн|последн|прошедш|прошл|минувш|поточн|текущ)\w*\s+|(?:цей|цю|це|эту|этот|это)\s+)?(?:(?:два|дві|две|три|чотири|четыре|"
    r"п[ʼ'’]?ять|пять|кілька|несколько|\d+)\s+)?(?:тиждень|тижні|тижнів|місяць|місяці|місяців|рік|роки|років|"
    r"неделю|недели|недель|месяц|месяца|месяцев|год|года|лет)\b(?!\s+(?:до|перед|после|після|тому|назад)\b)|"
    # "лише протягом одного тижня окупанти застосували понад 1700 ударних безпілотників": a week's tally.
    r"(?<!\w)(?:протягом|впродовж|упродовж|на\s+протязі|в\s+течение|на\s+протяжении)\s+(?:(?:одного|одной|"
    r"минулого|цього|останнього|прошлой|прошлого|этой|этого|последней|последнего)\s+)?(?:тижня|місяця|року|"
    r"недели|месяца|года)(?!\w)",
)
# A piece that remembers an attack on its anniversary retells it dated without a year ("14 July"): that is a year
# or more ago, not the day of publication.
_COMMEMORATES_RE = Rule(
    # (A holiday's commemoration is not an attack's: "Victory Day, commemorating the defeat of Nazi Germany".)
    # (Not a wake an attack hit: "the villagers were holding a memorial service at the cafe that was attacked".)
    r"\b(?:commemorat\w*\s+(?:the\s+)?(?:victims|dead|those\s+killed|people\s+killed)|"
    r"(?<!were\sholding\sa\s)(?<!was\sholding\sa\s)memorial\s+service|"
    r"(?:honou?rs?|honou?red|remember(?:s|ed)?|commemorat\w*)\s+(?:the\s+)?(?:memory|victims)|in\s+memory\s+of|"
    # "laid flowers at a small memorial at the central train station one year after Russian missiles hit it".
    r"(?:laid|lay|laying|placed)\s+flowers)\b",
    # (Those it honours are the dead: not "в день, коли ми вшановуємо тих, хто щодня рятує життя людей".)
    # (The dead in its own clause, or in a relative one: "вшановуємо тих, хто загинув", "46 людей, які загинули";
    # not "коли країна вшановує своїх героїв, росіяни вдарили по Одесі: загинули двоє".)
    r"(?<!\w)(?:(?:вшанову|вшанува|вшанує)\w*\s(?:[^.!?,;:]{0,40}?,\s*(?:хто|які|яка|який|чиє|чиї|чий|чия|кого)\s)?"
    r"[^.!?,;:]{0,40}?(?:пам['’ʼ]ят|жертв|загибл|полегл|загину|померл|вбит|убит|обірва|хвилин\w*\s+мовчання)\w*|"
    r"чтит\w*\s+память|почти\w*\s+память|"
    # ("8 квітня — день пам'яті трагедії, що сталася, коли російські війська вдарили ракетою по вокзалу"; not a
    # holiday's: "У День пам'яті жертв голодоморів росіяни атакували Харків".)
    r"день\s+(?:пам['’ʼ]яті|памяти)\s+(?:трагеді|трагеди|теракт)\w*|"
    r"пам['’ʼ]ять\s+(?:загибл\w*|жертв)|памят\w*\s+(?:погибш\w*|жертв)|(?:поклали|покладали|несли|возложили|"
    r"возлагали|принесли|приносили)\s+(?:\w+\s+)?(?:квіти|цветы))(?!\w)",
)
# An attack's anniversary, not the war's ("as Ukraine marked the second anniversary of the invasion").
_ANNIVERSARY_RE = Rule(
    r"\b(?:anniversary\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|shelling|bombing|tragedy|massacre)|"
    r"(?:one|a|two|three|four)\s+years?\s+(?:after|since)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|missiles?|shelling|bombing|tragedy)|"
    # "A year has passed. Russia has still not been held accountable for this crime" (not the war's years: "two
    # years have passed since the full-scale invasion").
    r"(?:a|one|two|three|four)\s+years?\s+(?:has|have)\s+passed(?!\s+since\s+(?:the\s+)?(?:start|beginning|"
    r"full-scale|invasion|war|Russia['’]s\s+(?:full|invasion)))(?=\s*[.,;:!]))\b",
    # The fortieth (or ninth) day after deaths, which mourning keeps: "5 серпня — сороковий день тієї страшної
    # трагедії".
    r"(?<!\w)(?:сороков|дев['’ʼ]ят)\w*\s+(?:день|дня)\s+(?:[\w'’ʼ-]+\s+){0,3}?(?:трагеді|трагеди|удар|атак|обстріл|"
    r"обстрел|теракт)\w*|"
    r"(?:(?<!\w)(?:роковин\w*|річниц\w*|годовщин\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:удар\w*|атак\w*|обстріл\w*|"
    r"обстрел\w*|трагеді\w*|трагеди\w*|теракт\w*)|(?<!\w)(?:минув\s+рік|минуло\s+(?:два|три|чотири)\s+роки|прош[её]л\s+год|"
    r"прошло\s+(?:два|три|четыре)\s+года)(?=\s*[.,;:!])|"
    # "Вінниця вшановує жертв російського ракетного удару три роки потому", "Три роки від дня, коли російські ракети
    # вдарили" (not a war's or a liberation's years: "Два роки з дня звільнення Херсона").
    r"(?:атак|удар|обстріл|обстрел|трагеді|трагеди)\w*\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:два|дві|три|чотири|п[ʼ'’]?ять|четыре|"
    r"пять|\d+)\s+(?:роки|років|года|лет)\s+(?:потому|спустя)(?!\s+что)|"
    # ("Минають два роки з того часу, як російські сили вчинили трагічний акт насильства проти ... Краматорська".)
    r"(?:два|дві|три|чотири|п[ʼ'’]?ять|четыре|пять|\d+)\s+(?:роки|років|года|лет)\s+(?:від|з|с)\s+(?:того\s+)?"
    r"(?:дня|часу|моменту|времени),?\s+(?:(?:коли|як|как|когда)\s+(?:[\w'’ʼ-]+\s+){0,3}?(?:ракет|дрон|шахед|вдари|"
    r"удари|влучи|обстріля|обстреля|атакува|атакова|вчини|соверши)\w*|"
    # "Сьогодні виповнюється два роки з дня ракетного удару по торговому центру в Кременчуці"
    r"(?:[\w'’ʼ-]+\s+){0,2}?(?:атак|удар|обстріл|обстрел|трагеді|трагеди)\w*))"
    r"(?!\w)",
)
# Time that has passed since an attack, which is history: "Понад два місяці минуло з дня російської ракетної атаки",
# "Two months have passed since the missile strike".
_TIME_SINCE_RE = Rule(
    r"\b(?:a|one|two|three|four|five|six|several)\s+(?:months?|weeks?)\s+(?:has|have)\s+passed\s+since\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:attack|strike|shelling|bombing)\b",
    r"(?<!\w)(?:(?:місяц\w*|тижн\w*|тиждень|месяц\w*|недел\w*)\s+(?:минуло|минув|пройшло|прошло|прош[её]л)|"
    r"(?:минуло|минув|пройшло|прошло|прош[её]л)\s+(?:понад\s+|более\s+|майже\s+|почти\s+)?(?:[\w'’ʼ-]+\s+)?"
    r"(?:місяц\w*|тижн\w*|тиждень|месяц\w*|недел\w*))\s+(?:з|с|після|после)\s+(?:дня\s+|моменту\s+|момента\s+)?"
    r"(?:[\w'’ʼ-]+\s+){0,3}?(?:атак|удар|обстріл|обстрел)\w*(?!\w)|"
    # "Сегодня исполняется ровно месяц со дня обстрела", "спустя месяц после масштабных обстрелов".
    r"(?<!\w)(?:(?:исполня|исполнил|виповню|виповнил|сповню|сповнил)\w*\s+(?:ровно\s+|рівно\s+)?|"
    r"(?:спустя|через|після|после)\s+)(?:[\w'’ʼ-]+\s+)?(?:місяць|місяці|місяців|тиждень|тижні|месяц\w*|недел\w*)\s+"
    r"(?:з|с|со|від|после|після)\s+(?:дня\s+)?(?:[\w'’ʼ-]+\s+){0,3}?(?:атак|удар|обстріл|обстрел)\w*(?!\w)",
)


# An attack told as long ago, in the sentence's own clause: "ЛЬВІВ – Рік тому 4 вересня 2024 року вранці Росія
# здійснила комбінований ракетний удар по Львову", "сорок днів тому росіяни знищили кафе", "LVIV — A year ago, on
# Sept. 4, 2024, Russia struck Lviv with missiles".
_ATTACK_LONG_AGO = Rule(
    r"^(?:[A-Z'’-]+\s*[–—-]\s*)?(?:a|one|two|three|four)\s+years?\s+ago,?\s+(?:[\w'’.,-]+\s+){0,8}?(?:struck|hit|"
    r"attacked|launched|fired|shelled|bombed)\b",
    r"(?:^(?:[А-ЯІЇЄҐЁ'’ʼ-]+\s*[–—-]\s*)?(?:рік|два\s+роки|три\s+роки|чотири\s+роки|год|два\s+года|три\s+года|"
    r"четыре\s+года)|(?<!\w)сорок\s+(?:днів|дней))\s+(?:тому|назад),?\s+(?:[\w'’ʼ-]+\s+){0,8}?(?:вдари|удари|"
    r"атакува|атакова|обстріля|обстреля|знищи|уничтожи|здійснил\w*\s+(?:[\w'’ʼ-]+\s+){0,2}?удар|"
    r"нанесл\w*\s+(?:[\w'’ʼ-]+\s+){0,2}?удар|запустил|випустил|выпустил)\w*",
)


def tells_time_since_an_attack(text: str) -> bool:
    """(Not when the sentence goes on to a fresh attack: "Less than a week has passed since the previous attack on
    Kharkiv, and overnight Russia struck the city again".)"""
    since = _TIME_SINCE_RE.search(text) or _ATTACK_LONG_AGO.search(text)
    return since is not None and not reports_event(text[since.end() :])


# Mourning the dead of the latest attack is no anniversary: "Zelensky honored the memory of those killed in Russia's
# latest attack on Dnipro", "у день жалоби вшанували пам'ять загиблих".
_RECENT_LOSS_RE = Rule(
    r"\b(?:(?:latest|yesterday['’]s|last\s+night['’]s|this\s+week['’]s|today['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|shelling|bombing|tragedy)|days?\s+of\s+mourning|(?:speedy|quick|full)\s+recovery)\b",
    r"(?<!\w)(?:(?:останн\w*|[ув]чорашн\w*|вчерашн\w*|нічн\w*|ночн\w*|последн\w*)\s+(?:[\w'’ʼ-]+\s+){0,3}?"
    r"(?:атак\w*|удар\w*|обстріл\w*|обстрел\w*|трагеді\w*|трагеди\w*)|день\s+жалоби|оголо\w*\s+(?:день\s+)?жалоб\w*|траур\w*|"
    # The wounded wished a recovery are of an attack just told: "Вечная память погибшему и скорейшего выздоровления
    # раненым".
    r"(?:скорейш|скор|быстр|швидш|швидк|якнайшвидш)\w*\s+(?:выздоровлен|одужанн)\w*)(?!\w)",
)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A list item: a count that opens it ("- 37 Kh-101 cruise missiles...", "Six Iskander-M missiles;"), or a short
# name with its count ("Kinzhal (7)", "Kh-22: 5").
_LIST_ITEM = Rule(
    r"^\s*(?:[-•*–]\s*)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b|"
    r"^\s*(?:[-•*–]\s*)?[\w/ -]{2,50}?(?:\(\s*\d[\d,]*\s*\)|[:–—-]\s*\d[\d,]*)\s*[.;]?\s*$",
    r"^\s*(?:[-•*–]\s*)?(?:\d[\d\s]*|одна|один|одну|одного|два|дві|две|двох|двух|три|трьох|трех|трёх|чотири|"
    r"чотирьох|четыре|четырех|четырёх|п['’ʼ]?ять|п['’ʼ]?яти|шість|шести|шесть|сім|семи|семь|вісім|восьми|восемь|"
    r"дев['’ʼ]?ять|дев['’ʼ]?яти|девять|девяти|десять|десяти|десятки)\b|"
    r"^\s*(?:[-•*–]\s*)?[\w/ -]{2,50}?(?:\(\s*\d[\d\s]*\s*\)|[:–—-]\s*\d[\d\s]*)\s*(?:од\.?|шт\.?)?\s*[.;]?\s*$",
)
# The weapon of the report named afterwards: "the missile was an Iskander-M", "identified as Hwasong-11".
_IDENTIFIED = Rule(
    r"\b(?:the\s+)?(?:missile|missiles|drone|drones|weapon|weapons|projectile|projectiles|rocket|rockets)\b"
    r"[^.;]{0,60}?\b(?:was|were|is|are|as)\s+(?:an?\s+|of\s+the\s+|the\s+)?|\bidentified\s+as\b|"
    # "The drones appeared to include Iranian-made Shaheds."
    r"\b(?:missiles|drones|weapons|rockets)\s+(?:appeared|appear|seemed|seem)\s+to\s+include\b|"
    # "According to him, it was a Kh-59 guided cruise missile.", "According to preliminary conclusions of specialists,
    # these are North Korean Hwasong-11Ga (KN-23) missiles".
    r"\b(?:it|they)\s+(?:was|were)\s+(?:an?\s+)?(?-i:[A-Z])|"
    # (A finding, not a description: "These are ATACMS missiles supplied by the United States".)
    r"\b(?:according\s+to|preliminar\w*|experts?|specialists?|investigators?)\b[^.;]{0,80}?\b(?:these|those)\s+"
    r"(?:are|were)\s+(?-i:[A-Z])|"
    # More of what was used, told after it: "So too were one Zircon and more than 100 Kalibr cruise missiles."
    r"^\W*(?:so\s+too|also|as)\s+(?:were|was)\b|^\W*(?:among\s+them|they\s+included)\b|"
    # "...with 84 missiles. This included six hypersonic Kinzhal ballistic missiles that eluded air defenses."
    r"^\W*(?:this|these|they|those|the\s+(?:attack|strike|barrage|salvo|assault)s?)\s+(?:also\s+)?"
    r"(?:included|include|comprised)\b",
    r"^\W*(?:серед\s+них|среди\s+них)\b|^\W*(?:також|также)\s+(?:були|было|были|був|был)\b|"
    # "«Це УМПБ Д-30 СН», - заявив він", "Это был Х-59", "Попередньо встановлено, що це була ракета Х-35".
    r"^\W*(?:це|это)\s+(?:(?:був|була|були|было|был|была|были)\s+)?(?-i:[A-ZА-ЯІЇЄҐ])|"
    # (In a clause only with "was": not "нагадав, що це Харківщина найбільше страждає від ракет С-300".)
    r"(?:,\s*|(?<!\w)(?:що|что)\s+)(?:це|это)\s+(?:був|була|були|было|был|была|были)\s+"
    # ("Відомо, що це була керована авіаційна ракета Х-59": the words before the name in lower case.)
    # (Not a weapon it was not: "що це була не ракета С-300, а КАБ".)
    r"(?:(?!(?:не|ни)\s)(?-i:[а-яіїєґё'’ʼ-]+)\s+){0,3}?(?-i:[A-ZА-ЯІЇЄҐ])|"
    r"\b(?:ракет\w*|дрон\w*|БпЛА|БПЛА|безпілотник\w*|беспилотник\w*|зброя|зброї|оружи\w*|снаряд\w*)\b[^.;]{0,60}?"
    r"\b(?:бул[аио]?|був|был[аио]?|є|являются|являл\w*)\s+|\bідентифікува\w*\s+як\b|\bидентифицирова\w*\s+как\b|"
    r"\bтип(?:у|а)\b",
)


# Explosions or blasts, heard or seen: what an attack is noticed by.
BLASTS = Rule(r"\b(?:explosions?|blasts?)\b", r"(?<!\w)(?:вибух\w*|взрыв\w*)")


# "над територією Буковини було зафіксовано 6 ворожих БпЛА": drones recorded over a region, as its administration
# reports an attack (not a month's tally, "За вересень ... зафіксовано 250 БпЛА").
_RECORDED_OVER = Rule(
    # ...and as its English copy words it: "the air force said it had recorded the launch of several hypersonic
    # Kinzhal missiles".
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!\byet\s)\b(?:recorded|detected|registered|tracked)\s+(?:the\s+)?launch(?:es)?\s+of\s+"
    r"(?!any\b|no\b)(?:[\w-]+\s+){0,4}?"
    r"(?:missiles?|drones?|rockets?|bombs?|Shaheds?|UAVs?)\b",
    r"(?<!\w)(?:зафіксова|зафиксирова)\w*\s+\d+\s+(?:ворож\w+\s+|вражеск\w+\s+|ударн\w+\s+)*(?:БпЛА|БПЛА|"
    r"безпілотник\w*|беспилотник\w*|дрон\w*|ракет\w*|шахед\w*)",
)


# Power cut by an attack, told as done: "Внаслідок атаки безпілотників ... 51 населений пункт залишився без
# електропостачання", "A drone attack left 51 villages without power" (not "remain without power", a state).
_CUT_OFF = Rule(
    r"\b(?:attacks?|strikes?|shelling|bombardment)\b.*?\b(?:(?:left|leaving)\s+(?:[\w,.-]+\s+){0,6}?without\s+"
    r"(?:power|electricity|heating|light)|(?:cut|knocked\s+out)\s+(?:off\s+)?(?:the\s+)?(?:power|electricity))\b",
    r"(?<!\w)(?:атак|удар|обстр[іе]л)\w*.*?(?:(?:залиши[вл]|остал|оказал)\w*\s+без\s+(?:світла|света|"
    r"електро|электро|тепла|енерго|энерго)\w*|(?:знеструмлен|обесточен)(?:о|і|а|ий|ы|ые|их|ими)(?!\w)|"
    r"(?:знеструмил|обесточил)\w*)",
)


def _recorded_over(text: str) -> bool:
    return (bool(_RECORDED_OVER.search(text)) and not _PERIOD_RE.search(text)) or _tallied_by_region(text)


# A defence ministry's tally by region going on in a sentence of its own: "A further were 34 over the Bryansk region,
# 28 over the Voronezh region" (two counts or more; not aircraft's sorties, nor the weather's degrees).
_COUNT_OVER_REGION = re.compile(
    r"(?<![\d,.])\d+\s+(?:(?:were|was)\s+)?over\s+the\s+[A-Z][\w-]+\s+(?:region|oblast|krai|republic)\b"
)
_NOT_WEAPONS_COUNTED = re.compile(
    r"\b(?:sorties|aircraft|jets?|planes?|flights?|helicopters?|temperatures?|degrees|celsius|fahrenheit|"
    r"millimet(?:re|er)s?|percent|per\s+cent)\b",
    re.IGNORECASE,
)


def _tallied_by_region(text: str) -> bool:
    return len(_COUNT_OVER_REGION.findall(text)) >= 2 and _NOT_WEAPONS_COUNTED.search(text) is None


# What else hits: "The shortages have hit hardest in Russia's Far East and Crimea", "prices hit a record".
_HIT_BY_NO_WEAPON = re.compile(
    r"\b(?:shortages?|prices?|sanctions|inflation|crisis|recession|tariffs?|frosts?|storms?|heatwave|drought|floods?)"
    r"\s+(?:have\s+|has\s+|had\s+)?$",
    re.IGNORECASE,
)


# A place that came under attack: "наша громада вчергове зазнала ворожого обстрілу", "город подвергся атаке",
# "the city came under drone attack". It tells an attack of its own in a sentence that dates one, not an earlier
# attack recalled ("Ранее ... Одесса также подверглась атаке дронов"), which an event verb would make an incident.
_CAME_UNDER_ATTACK = Rule(
    r"\bcame\s+under\s+(?:[\w-]+\s+){0,2}?(?:attack|fire|shelling|bombardment)\b",
    r"(?<!\w)(?:зазна(?:в|ла|ли|ло)|подверг(?:ся|лась|лись|лось))\s+(?:[\w-]+\s+){0,3}?(?:атак\w*|удар\w*|"
    r"обстріл\w*|обстрел\w*|наліт\w*|налет\w*|бомбардува\w*|бомбардиров\w*)",
)


def came_under_attack(text: str) -> bool:
    return bool(_CAME_UNDER_ATTACK.search(text))


_WITH_SANCTIONS = re.compile(
    r"[^.;:,]{0,60}?\bwith\s+(?:[\w-]+\s+){0,4}?(?:sanctions|tariffs|penalties|fines|export\s+controls|lawsuits?)\b",
    re.IGNORECASE,
)
_WEAPON_NOUN_BEFORE = re.compile(r"\b(?:drones?|missiles?|weapons?|UAVs?|munitions|arms)\s+$", re.IGNORECASE)
# An attack named by its noun, which a pause can stand before (its verbs tell one that happened: "struck").
_CUE_NOUN = re.compile(
    r"strikes?|attacks?|shelling|bombardments?|raids?|удар(?:и|ів|ам|ах|у)?|удары|ударов|атак(?:и|у|ам|ах)?|"
    r"обстріл(?:и|ів)?|обстрел(?:ы|ов)?",
    re.IGNORECASE,
)
# Strikes paused, halted or under a moratorium are no strikes told: "Russia agrees to 30-day pause of energy
# infrastructure strikes", "a moratorium on strikes", "мораторій на удари по енергетиці".
_HALTED_BEFORE = Rule(
    r"\b(?:(?:pause|halt|moratorium|ceasefire|truce|ban|suspension)\s+(?:of|on|to|in)|(?:agree\w*|promis\w*|"
    r"pledg\w*|offer\w*|propos\w*)\s+to\s+(?:halt|pause|suspend|stop))\s+(?:[\w-]+\s+){0,3}?$",
    r"(?<!\w)(?:морато\w*|пауз\w*|припинен\w*|прекращени\w*|перемир['’ʼ]?\w*|призупинен\w*|приостановк\w*)\s+"
    r"(?:на|щодо|(?:в|у))\s+(?:[\w-]+\s+){0,3}?$|"
    # ("призупинення ударів по енергетиці", "приостановка ударов"; not "припинення вогню обстріли тривали".)
    r"(?<!\w)(?:припинен|прекращени|призупинен|приостановк)\w*\s+$",
)
_BY_RUSSIA_IN_THE_WAR = re.compile(
    r"\s+by\s+(?:Russia|Moscow|Russian\s+(?:forces|troops|army))\s+(?:in|against)\s+(?:Ukraine|its\s+war|the\s+war)\b",
    re.IGNORECASE,
)
_CASUALTIES = re.compile(r"(?:casualties|fatalities|deaths|injuries)\b", re.IGNORECASE)
_NONE_BEFORE = re.compile(r"\b(?:no|any|without|zero)\b[^,.;:]*$", re.IGNORECASE)


_ACTIVE_KILLING = re.compile(_OTHER_SIDE_KILLED, re.IGNORECASE)
# The means of an attack from the air or by fire: what makes a killing told an attack.
_ATTACK_MEANS = re.compile(
    r"(?<!\w)(?:удар|обстріл|обстрел|атак|дрон|безпілотник|беспилотник|БпЛА|БПЛА|ракет|КАБ|авіабомб|авиабомб|бомб|"
    r"снаряд|артилері|артиллери|FPV|шахед)\w*",
    re.IGNORECASE,
)


@lru_cache(maxsize=_REMEMBERED)
def has_incident_cue(text: str) -> bool:
    return _recorded_over(text) or any(
        not (
            cue.group().lower() == "hit"
            and _HIT_BY_NO_WEAPON.search(text, max(0, cue.start() - 30), cue.start())
        )
        # ("No immediate casualties were reported", "No injuries or casualties were reported in the Chernihiv region")
        and not (
            _CASUALTIES.match(cue.group())
            and _NONE_BEFORE.search(text, max(0, cue.start() - 40), cue.start())
        )
        # ("The administration targeted Iran with a slew of sanctions", "hit five companies with sanctions")
        and not _WITH_SANCTIONS.match(text, cue.end())
        and not (
            _CUE_NOUN.fullmatch(cue.group())
            and _HALTED_BEFORE.search(text, max(0, cue.start() - 60), cue.start())
        )
        # (The other side's forces killing people, with no means of attack told, is as often a crime's: "окупанти
        # вбили священника під час допиту".)
        and not (_ACTIVE_KILLING.fullmatch(cue.group()) and not _ATTACK_MEANS.search(text))
        # (An outage or fire of another cause, or one that goes on: "Через негоду без електропостачання залишилися
        # 120 населених пунктів", "пожежі в екосистемах", "left Kharkiv without power for hours at a time".)
        and not (_AFTERMATH_ONLY.of(text).fullmatch(cue.group()) and _NOT_THE_ATTACKS.search(text))
        # (A kind of weapon, not an attack: "parts for drones used by Russia in Ukraine".)
        and not (
            cue.group().lower() == "used"
            and _WEAPON_NOUN_BEFORE.search(text, max(0, cue.start() - 20), cue.start())
            and _BY_RUSSIA_IN_THE_WAR.match(text, cue.end())
        )
        for cue in INCIDENT_CUE_RE.finditer(text)
    )


@lru_cache(maxsize=_REMEMBERED)
def reports_event(text: str) -> bool:
    """A verb in the past tense that reports an event (nouns only say one is being talked about). A present tense
    in a relative clause describes what something is for: "поставки дронов, которыми атакуют Украину". Ordnance
    found and destroyed where it lay is no event of the war: "Небезпечну знахідку було вилучено та знищено"."""
    disposed = [found.span() for rule in (_DISPOSAL, _PAID_FOR) for found in rule.finditer(text)]
    return (
        _recorded_over(text)
        or (_CUT_OFF.search(text) is not None and _NOT_THE_ATTACKS.search(text) is None)
        or any(
            not any(start <= verb.start() < end for start, end in disposed)
            and not (
                _PARTICIPLE.fullmatch(verb.group())
                and _DETERMINER_BEFORE.search(text, max(0, verb.start() - 8), verb.start())
            )
            and not (
                _PRESENT_TENSE.search(verb.group())
                and _RELATIVE_BEFORE.search(text, max(0, verb.start() - 30), verb.start())
            )
            for verb in EVENT_VERB_RE.finditer(text)
        )
    )


# Shelling by guns alone (artillery, mortars, tanks), which the reports of air strikes tell beside them: "Терористи із
# артилерії, мінометів та АГС обстрілювали Новгород-Сіверський та Корюківський райони". It names the guns and
# shells with them (not "hit a depot storing artillery shells", nor "танкову ферму", a tank farm); not rocket
# launchers, drones, missiles, bombs or aircraft.
_GUNS = Rule(
    # (Not "tanks" in English, most often an oil depot's.)
    r"\b(?:artillery|mortars?|howitzers?|grenade\s+launchers?|small\s+arms)\b",
    r"(?<!\w)(?:артил+ер\w*|арт(?:обстр[іе]л|удар)\w*|міномет\w*|миномет\w*|АГС|танк(?:и|ів|ов|ами|ах|ом|а|у)?|гаубиц\w*|гранатомет\w*|"
    r"стрілецьк\w*|стрелков\w*|ствольн\w*)(?!\w)",
)
_SHELLED = Rule(
    r"\b(?:shell(?:ed|ing|s)?|fired\s+(?:at|on)|pounded|bombarded|used|using)\b",
    r"(?<!\w)(?:обстр[іе]л\w*|стріля\w*|стреля\w*|гатил\w*|гатив|били|бив|бил|лупил\w*|накрил\w*|накрыл\w*|"
    r"застосов\w*|применя\w*|примени\w*)",
)
_FROM_THE_AIR = Rule(
    r"\b(?:drones?|UAVs?|missiles?|rockets?|bombs?|aviation|air\s*strikes?|airstrikes?|aircraft|FPV|KABs?|Shaheds?|"
    r"MLRS|Grad|copters?)\b",
    r"(?<!\w)(?:дрон|БпЛА|БПЛА|безпілот|беспилот|ракет|бомб|авіа|авиа|КАБ|FPV|шахед|РСЗВ|РСЗО|Град|реактивн|коптер|"
    r"скид|удар|вдар)\w*",
)


def shelled_by_guns_only(text: str) -> bool:
    """Whether a sentence tells shelling by guns and no weapon from the air: what a report of air strikes tells of
    the front beside them."""
    return (
        _GUNS.search(text) is not None
        and _SHELLED.search(text) is not None
        and _FROM_THE_AIR.search(text) is None
    )


# Ukraine's own guns: "Українські артилеристи у відповідь обстріляли позиції окупантів в Олешках".
_UKRAINES_GUNS = Rule(
    r"\b(?:Ukrain\w*|Kyiv['’]s)\s+(?:artillery|gunners|forces|troops|military|army|defenders)\b|\bAFU\b",
    r"(?<!\w)(?:(?:українськ|украинск)\w*\s+(?:артилерист|артиллерист|військов|военн|сил|захисник|оборонц|бійц|"
    r"боец|бойц)\w*|ЗСУ|ВСУ|Сил[иа]\s+оборони)(?!\w)",
)


def by_ukraines_guns(text: str) -> bool:
    return _UKRAINES_GUNS.search(text) is not None


# Fighting on the ground: "отразили атаку украинских диверсантов", "a sabotage and reconnaissance group", "the
# assault on the village" by infantry.
_ON_THE_GROUND = Rule(
    r"\b(?:saboteurs?|sabotage\s+(?:and\s+reconnaissance\s+)?groups?|infantry|assault\s+(?:groups?|troops)|"
    r"ground\s+(?:assault|attack|troops|forces)|offensive|counter-?attacks?|counter-?offensive|fighting|battles?)\b",
    r"(?<!\w)(?:диверсант\w*|ДРГ|диверсійно-розвідувальн\w*|диверсионно-разведывательн\w*|піхот\w*|пехот\w*|"
    # (The offensive's nouns, not Ukrainian "наступного дня", the next day.)
    r"штурм\w*|наступлени\w*|наступ(?:у|ом|і)?|контратак\w*|контрнаступ\w*|бо[ийяї]|боев\w*|бойов\w*)(?!\w)",
)


def fought_on_the_ground(text: str) -> bool:
    """Whether a sentence tells fighting on the ground (saboteurs, infantry, assault groups), no attack from the air
    however it is called."""
    return _ON_THE_GROUND.search(text) is not None


def tells_of_the_air(text: str) -> bool:
    """Whether a sentence names a weapon from the air (drones, missiles, bombs, aircraft) or a strike."""
    return _FROM_THE_AIR.search(text) is not None


# A find made safe: "the unexploded warhead was destroyed by sappers" (not "Rescuers found two bodies after a drone
# destroyed a house"), "Небезпечну знахідку було вилучено
# та знищено", "взрывоопасный предмет обезвредили".
_DISPOSAL = Rule(
    r"\b(?:unexploded|bomb\s+disposal|sappers|deminers|explosive\s+ordnance)\b[^.;]{0,80}?"
    r"\b(?:defused|destroyed|neutrali[sz]ed|detonated|removed|disposed)\b"
    r"(?:,?\s+(?:and|or)?\s*(?:defused|destroyed|neutrali[sz]ed|detonated|removed|disposed)\b)*",
    r"(?<!\w)(?:знахідк|нерозірван|вибухонебезпечн|сапер|находк|невзорвавш|неразорвавш|взрывоопасн)\w*[^.;]{0,80}?"
    r"(?:знищ|знешкод|вилуч|уничтож|обезвре|изъя)\w*"
    r"(?:,?\s+(?:та|і|й|и|или|або)?\s*(?:знищ|знешкод|вилуч|уничтож|обезвре|изъя)\w*)*",
)
# Money paid for what an attack damaged, an aftermath rather than the attack: "В Курске жителям выплатили 6,3 млн руб
# за поврежденные обломками БПЛА автомобили", "compensation was paid for homes damaged by drones".
_PAID_FOR = Rule(
    r"\b(?:paid|compensated|reimbursed|compensation)\b[^.;]{0,60}?\bfor\b[^.;]*",
    r"(?<!\w)(?:выплат|виплат|компенс|возмест|відшкод)\w*[^.;]{0,60}?(?<!\w)за\s[^.;]*",
)
_PRESENT_TENSE = re.compile(r"(?:ють|ує|ует|ют|ет|ить|ят|ять)$", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(
    r"(?<!\w)(?:котор\w+|як(?:ими|ий|а|е|і|их|ого|ої|им|ою)|чим|чем)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)


# A day's possessive before the attack it dates: "trapped under rubble after Tuesday's strike on a private clinic",
# "Sunday's missile and drone attack". The attack is told as surely as by a verb.
def dates_an_attack(text: str, date_end: int) -> bool:
    """Whether the date phrase ending at `date_end` is a possessive dating an attack noun ("Tuesday's strike")."""
    return DAYS_ATTACK.match(text, date_end) is not None


# The attack the report tells, dated after its noun: "were wounded in the strike on Saturday"; or, as the sentence's
# subject, after what it hit: "The strike on the building on Saturday came amid a barrage" (not "condemned the attack
# on civilians on Sunday", the day of condemning).
_THE_ATTACK_ON = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|bombardment|barrage|raid|shelling)\s*$", re.IGNORECASE
)
_THE_ATTACK_ON_WHAT_OPENS = re.compile(
    r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|bombardment|barrage|raid|shelling)\s+(?:on|in|at|against)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:\s+on)?\s*$",
    re.IGNORECASE,
)


def the_attack_dated(text: str, date_start: int) -> bool:
    """Whether the date phrase starting at `date_start` dates "the" attack named just before it ("in the strike on
    Saturday"; the phrase may begin with its "on")."""
    return (
        _THE_ATTACK_ON.search(text, max(0, date_start - 60), date_start) is not None
        or _THE_ATTACK_ON_WHAT_OPENS.match(text[:date_start]) is not None
    )


# An explicit reminder of the outlet's own reports ("Напомним, ...", "Нагадаємо, ...", "As a reminder, ..."), as
# opposed to a report cited ("Как писал Хинштейн, ..."), which may be the day's news.
_REMINDER_ENGLISH = r"as\s+a\s+reminder|recall\s+that|let\s+us\s+remind\s+you|we\s+remind"
_REMINDER_CYRILLIC = r"нагада\w*|напомни\w*|напомина\w*|також\s+нагада\w*"
# A recap of the outlet's own earlier reports: "As reported earlier, on November 13...", "Нагадаємо, 9 жовтня...".
_RECAP_RE = Rule(
    r"^(?:" + _REMINDER_ENGLISH + "|"
    # ("Earlier we reported that on July 5, explosions occurred in Yasynuvata".)
    r"(?:(?:earlier|previously),?\s+)?we\s+(?:have\s+)?(?:already\s+)?(?:earlier\s+|previously\s+)?(?:wrote|written|"
    r"reported)\s+(?:earlier\s+|previously\s+|before\s+)?that)\b|"
    r"\bas\s+we\s+(?:have\s+)?(?:already\s+)?(?:wrote|written|reported)\b|"
    r"\bas\s+(?:was\s+)?(?:previously\s+|earlier\s+)?reported(?:\s+(?:earlier|previously))?\s*,|"
    # "As reported earlier by Ukrinform, the enemy shelled 27 settlements": an outlet's name, earlier (not "As reported
    # by the regional governor, a missile also struck Chuhuiv", today's news).
    r"\bas\s+(?:was\s+)?(?:(?:previously|earlier)\s+reported|reported\s+(?:earlier|previously))\s+by\s+"
    r"(?-i:[A-Z])[\w.’'-]*(?:\s+(?-i:[A-Z])[\w.’'-]*){0,2}\s*,|"
    r"\bas\s+[\w ]{2,30}?\s+(?:previously|earlier)\s+reported\b",
    r"^(?:" + _REMINDER_CYRILLIC + r")\b|"
    rf"^{_OUTLET_WROTE}\b|"
    # ("Як ми повідомляли, 11 жовтня...", "Как мы уже писали...".)
    rf"\b(?:як|как)\s+{_OUTLET_WROTE}\b|"
    r"\b(?:як\s+(?:раніше\s+)?повідомлял\w*|как\s+(?:ранее\s+)?сообщал\w*|"
    # "В предыдущий раз над Ростовской областью было уничтожено четыре дрона": the attack before this one.
    r"(?<!как\sи\s)(?<!что\sи\s)(?<!чем\s)(?<!\w)в\s+(?:предыдущий|прошлый)\s+раз|"
    r"(?<!як\sі\s)(?<!що\sй\s)(?<!ніж\s)(?<!\w)(?:попереднього|минулого)\s+разу|"
    # "Як писала «ДС», у ніч проти 23 липня...", "Как писали Юга.ру, 10 ноября...": the outlet's own earlier report,
    # named (not "як писали місцеві телеграм-канали", who wrote of today's).
    r"(?:як|как)\s+(?:вже\s+|уже\s+|раніше\s+|ранее\s+)?(?:писал[аои]?\s+[«\"“]|писали\s+"
    r"(?!(?:ЗМІ|СМИ|Медіа|Медиа|Telegram|Телеграм|Соцмереж|Соцсет)(?![а-яіїєґ]))(?-i:[A-ZА-ЯІЇЄҐ])[\w-]*\.[\w.-]*,))|"
    # "Последний раз Россия атаковала Одессу ракетами 29 апреля": the attack before this one.
    r"^(?:в\s+)?(?:последний|останній)\s+раз\b|^востаннє\b",
)


# A photo's caption: people in the present, at a scene ("Local residents stand next to the buildings damaged as a
# result of a missile strike in Odesa on July 23, 2023", "Rescuers work at the site of..."). A file photo's date is
# not the report's attack; a body sentence may read so too, so only the date is left out.
_SCENE_RE = Rule(
    r"^(?:[A-Za-z'’-]+\s+){0,4}?(?:stands?|sits?|walks?|inspects?|works?|clears?|removes?|carries?|hugs?|reacts?|"
    r"mourns?|gathers?|waits?|examines?|cries|rests?|passes|pass)\s+(?:at|next\s+to|near|by|in|on|outside|inside|"
    r"among|amid|past|through|over)\b",
    r"^(?:[А-ЯІЇЄҐЁа-яіїєґё'’ʼ-]+\s+){0,4}?(?:стоїть|стоять|працюють|працює|розбирають|оглядають|стоит|работают|"
    r"работает|разбирают|осматривают)\s+(?:біля|поруч|серед|на|у|в|возле|рядом|среди)\b",
)
# What closes a caption and nothing else: a photographer's credit, a wire picture's boilerplate, or where and when
# it was taken in brackets.
_CAPTION_TAIL_RE = Rule(
    # "... in Vinnytsia, Ukraine on July 15, 2022 [Valentyn Ogirenko/Reuters]" (a name of two words or more, then the
    # agency: not "(GMT/UTC)").
    r"[\[(](?:photo:?\s*)?(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+)+\s*/\s*[\w.&'’ -]+[\])]\s*$|"
    # "... amid Russia's attack on Ukraine, in Kyiv, Ukraine October 17, 2022." (no "on" before the day), "..., in
    # Zaporizhzhia region, Ukraine June 15, 2023. REUTERS/Stringer/file photo".
    # (Not a news sentence that ends on a day: "..., Mayor Vitali Klitschko said on Sunday October 13, 2024.")
    r"\bamid\s+Russia['’]s\s+(?:attack\s+on|invasion\s+of)\s+Ukraine,\s+[^.;!?]{0,120}?(?-i:Ukraine|Russia|Crimea),?\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},\s+"
    r"\d{4}\.?(?:\s+REUTERS/[\w/ .'’-]*)?$|"
    # A wire picture's own words for itself: "..., in this image taken on December 16, 2025.", "..., in this still
    # image taken from a handout video released February 14, 2023".
    r"\bin\s+this\s+(?:[\w-]+\s+){0,2}?(?:image|picture|photo|photograph|screengrab|screen\s+grab)\s+(?:taken|"
    r"released|obtained|made|grabbed|provided|published|distributed)\b[^.;!?]{0,120}?(?:19|20)\d\d\.?"
    r"(?:\s*(?-i:Reuters|REUTERS)[\w/ .'’-]*)?$",
    # As Radio Liberty's services caption: "Украинская полиция целится в дрон во время одного из обстрелов (Киев,
    # 17 октября)."
    r"\((?-i:[А-ЯІЇЄҐЁ])[\w'’ʼ-]+(?:\s+[\w'’ʼ-]+)?,\s+\d{1,2}\s+(?:січня|лютого|березня|квітня|травня|червня|липня|"
    r"серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря)(?:\s+\d{4}(?:\s+(?:года|року|г\.))?)?\)\.?$",
)


def is_caption(text: str) -> bool:
    """A photo's caption, or a sentence that reads as one: people at a scene, in the present ("Rescuers work at the
    site of..."), or a line closed by a photographer's credit. Its date is the picture's."""
    stripped = text.strip()
    return bool(_SCENE_RE.search(stripped) or _CAPTION_TAIL_RE.search(stripped))


def is_plain_caption(text: str) -> bool:
    """A line that can only be a caption (closed by a credit, a wire's boilerplate, or a place and day in brackets):
    side matter, not the report."""
    return bool(_CAPTION_TAIL_RE.search(text.strip()))


# A sentence that goes on with the one before: "Additionally, ...", "Крім того, ...".
_CONTINUES_RE = Rule(
    r"^(?:additionally|also|moreover|furthermore|in\s+addition|besides)\b",
    # ("Напомним, ... признал причастность к атакам на аэродромы. В данном случае речь идет об объектах в
    # Саратовской, Рязанской и Курской областях.": what the recap speaks of, not "В данном случае беспилотник попал").
    r"^(?:крім\s+того|окрім\s+того|також|кроме\s+того|также|помимо\s+этого|"
    r"в\s+данном\s+случае,?\s+речь\s+ид[её]т|у\s+(?:цьому|даному)\s+випадку,?\s+(?:йдеться|мова\s+йде))\b",
)


# What came hours before the news just told: "Hours earlier, four people had been killed on Monday evening when a
# shopping centre was hit by shelling in the Kursk region".
_HOURS_EARLIER_RE = Rule(
    r"^(?:(?:some|a\s+few|several|just|only)\s+)?(?:hours|minutes)\s+(?:earlier|before)\b",
    r"^(?:(?:за\s+)?(?:кілька|декілька|несколько)\s+годин\w*\s+(?:раніше|до\s+того)|(?:кількома|декількома|"
    r"несколькими)\s+(?:годинами|часами)\s+(?:раніше|ранее))(?!\w)",
)


def tells_hours_earlier(text: str) -> bool:
    return bool(_HOURS_EARLIER_RE.search(_unquoted(text)))


# What the news just told followed: "This followed a report Sunday evening by the governor ... that debris from a
# downed drone sparked a fire in Kurchatov", "Saturday's attack came the day after Russia bombarded Ukraine".
_FOLLOWED_RE = Rule(
    r"^(?:this|that|it|(?:the|[\w]+['’]s)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|barrage))\s+(?:followed|"
    r"came\s+(?:(?:just\s+)?(?:a\s+day|the\s+day|a\s+few\s+hours|hours|days|two\s+days|a\s+week)\s+)?after)\b",
)


def tells_what_it_followed(text: str) -> bool:
    return bool(_FOLLOWED_RE.search(_unquoted(text)))


# What a sentence tells is of the day just told: "On the same day, ...", "Того ж дня ...", "В тот же день ...".
_ON_THE_SAME_DAY = Rule(
    r"^\W*(?:on\s+)?the\s+same\s+day\b",
    r"^\W*(?:того\s+ж(?:е)?\s+дня|цього\s+ж\s+дня|(?:в|у)\s+(?:той|тот|цей|этот)\s+же?\s+день)(?!\w)",
)
# ...of a year before, which `_YEARS_AGO` does not say: "On the same day last year", "Того ж дня минулого року".
_LAST_YEAR = Rule(
    r"\b(?:last\s+year|a\s+year\s+(?:earlier|before))\b",
    r"(?<!\w)(?:минулого\s+року|торік|роком\s+раніше|годом\s+ранее|прошлого\s+года|в\s+прошлом\s+году)(?!\w)",
)


def tells_of_the_same_day(text: str) -> bool:
    """Whether a sentence opens on the day just told, not that day a year or years before."""
    return (
        _ON_THE_SAME_DAY.search(text) is not None
        and _LAST_YEAR.search(text) is None
        and _YEARS_AGO.search(text) is None
    )


# (Not "started a large fire": what began, not what it caused.)
_BEGAN = Rule(
    r"\b(?:began|begun|started)\b(?!\s+(?:a|an|the|several|two|three)\b)",
    r"(?<!\w)(?:почал\w*|розпочал\w*|началась|начался|почалась|почався)(?!\w)",
)


def began_before(text: str) -> bool:
    """Whether a sentence tells something that began (and so may have gone on into what followed it)."""
    return _BEGAN.search(text) is not None


def _unquoted(text: str) -> str:
    """A sentence from its first word: rules that read its opening skip a quotation's opening mark."""
    return text.lstrip("\"'“ ")


def continues(text: str) -> bool:
    return bool(_CONTINUES_RE.search(_unquoted(text)))


# One more of what the sentence before told: "Еще один беспилотник перехватили в Московской области", "Another drone
# was shot down".
_ONE_MORE_RE = Rule(
    r"^(?:another|one\s+more)\b",
    r"^(?:ещ[её]|ще)\s+(?:один|одна|одно|одне|одного|одну|двоє|два|две|дві|три)(?!\w)",
)


def tells_one_more(text: str) -> bool:
    return bool(_ONE_MORE_RE.search(_unquoted(text)))


# A fragment that narrows down what its paragraph has just told: "Зокрема — у Луцьку та Ковельському районах", "In
# particular, in Kharkiv and Sumy." It has no verb of its own; what it names is where that event was.
_NARROWS_RE = Rule(
    r"^(?:in\s+particular|particularly|notably|including|among\s+them|specifically|and\s+also\s+on)\b",
    r"^(?:зокрема|в\s+тому\s+числі|у\s+тому\s+числі|серед\s+них|в\s+частности|в\s+том\s+числе|среди\s+них|"
    # "Также сообщается о ракетных ударах по Львову, ... А также по Винницкой ... областям."
    r"(?:а|і|и|та)\s+(?:також|также)\s+по)(?!\w)|"
    # With its verb left out, what hit where: "КАБом – по Покровській громаді", "По Марганецькій громаді – FPV-дронами".
    r"^[\w«»\"'’ʼ-]+\s*[–—-]\s*по\s|^по\s+[^.;–—]{2,60}?\s[–—]\s*[\w«»\"'’ʼ-]+(?:ом|ами|ою|ем|им)(?!\w)",
)
_NARROWING_WORDS = 12


# Where else the people the sentence before counted were hurt, its verb left out: "У с. Новоосинове Курилівської
# громади – 33-річна жінка та дівчатка 13 і 7 років", "In Kupiansk – two men".
_CASUALTIES_ELSEWHERE = Rule(
    r"^in\s+[^.;–—]{2,60}?\s[–—]\s*(?:an?\s|\d|one|two|three|four|five|six|seven|eight|nine|ten)",
    r"^(?:у|в)\s+(?:(?:с|м|смт|сел|пос)\.\s*)?[^.;–—]{2,60}?\s[–—]\s*(?:\d|одн|дв|тр|чотир|четыр|п['’ʼ]?ят|жін|чолов|"
    r"жен|мужч|дит|реб|підліт|"
    r"подрост)",
)
_CASUALTIES_ELSEWHERE_WORDS = 20


def narrows_previous(text: str) -> bool:
    unquoted = _unquoted(text)
    words = len(text.split())
    return (words <= _NARROWING_WORDS and bool(_NARROWS_RE.search(unquoted))) or (
        words <= _CASUALTIES_ELSEWHERE_WORDS and bool(_CASUALTIES_ELSEWHERE.search(unquoted))
    )


# What the attack its paragraph has just told left, or hit, named again to say where it is: "Four tanks at an oil
# depot in western Russia caught fire following a drone strike. The inferno at the facility ... in Klintsy, Bryansk
# Region".
_BACK_REFERENCE_RE = Rule(
    # (Also as someone said it: "Golubev said the fire, at a depot in Rostov region's Tsimlyansky district, had...")
    r"^(?:(?:[\w'’.-]+\s+){1,4}?(?:said|says|added|reported|wrote)\s+(?:that\s+)?)?"
    r"the\s+(?:(?:resulting|ensuing|subsequent|huge|large|massive)\s+)?(?:fire|blaze|inferno|explosion|blast)s?"
    r"\s*,?\s+(?:at|in|on|near|hit|broke|engulfed|spread|was|were|covered|destroyed|damaged)\b|"
    # Right after the attack, "the incident" is it: "...investigation into the incident, which occurred around
    # 10 a.m. in the town of Beryslav", "The incident occurred in Bila Tserkva" (alone it may be a crash or a mine's).
    r"\bthe\s+incident\s*,?\s+(?:(?:which|that)\s+(?:occurred|happened|took\s+place)\b|(?:occurred|happened|took\s+place)"
    r"\s+(?:in|near|at|on\s+the\s+outskirts\s+of)\b)",
    # (Ukrainian and Russian copy tells a fire with a verb of its own, "Пожар ... охватил ...": only the incident.)
    r"(?<!\w)(?:инцидент|інцидент)\s+(?:\w+\s+)?(?:произош(?:[её]л|ла)|стався|відбувся)(?!\w)",
)


# Another event told beside the attack and said to have nothing to do with it: "authorities said the blast was
# unrelated to Russia's aerial campaign", "вибух не пов'язаний з обстрілом".
_UNRELATED = Rule(
    r"\b(?:(?:was|were|is|are|be)\s+(?:not\s+related|unrelated|not\s+connected|not\s+linked)|no\s+(?:connection|link))"
    r"\s+(?:to|with)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:attacks?|strikes?|shelling|campaign|bombardment|war)\b",
    r"(?<!\w)(?:не\s+пов['’ʼ]язан\w*|не\s+связан\w*)\s+(?:з|із|с|со)\s+(?:\w+\s+){0,2}?(?:атак|обстр|удар|війн|войн)\w*",
)


def is_unrelated_to_the_attack(text: str) -> bool:
    return _UNRELATED.search(text) is not None


# An event named by its noun, which "the blast" of a sentence after may refer to.
_AN_EVENT_NOUN = Rule(
    r"\b(?:explosions?|blasts?|fires?|incident)\b",
    r"(?<!\w)(?:вибух\w*|пожеж\w*|взрыв\w*|пожар\w*|інцидент\w*|инцидент\w*)",
)


def names_an_event(text: str) -> bool:
    return _AN_EVENT_NOUN.search(text) is not None


# A sentence that turns to something apart from what was told: "Separately, ...", "Окремо ...".
_TURNS_APART = Rule(r"^\W*(?:separately|in\s+a\s+separate\s+\w+)\b", r"^\W*(?:окремо|отдельно)(?!\w)")


def turns_apart(text: str) -> bool:
    return _TURNS_APART.search(text) is not None


def refers_back_to_the_attack(text: str) -> bool:
    return bool(_BACK_REFERENCE_RE.search(_unquoted(text)))


# Where the attack its paragraph has just told was felt: "Nikopol itself, as well as the communities of Marhanets
# and Pokrovsk, were affected." Alone, "affected" tells no attack (a power cut, a decision): only after one.
# Only places: a community, village or town, or a name that opens the sentence ("Nikopol itself, as well as ...");
# not "Train services were also affected", nor "No buildings in Chornomorsk were affected".
_AFFECTED_RE = Rule(
    r"^(?:(?-i:[A-Z])[\w'’-]+\s+itself\b|.*\b(?:communit(?:y|ies)|hromadas?|villages?|settlements?|towns?))"
    r"[^.]*\b(?:was|were)\s+(?:also\s+)?(?:affected|impacted)\b"
)
_NEGATED_RE = Rule(r"\b(?:no|not|none|neither|nor|nothing)\b")


# An earlier word from a named source: "Earlier, Terekhov reported that a Shahed drone had struck a private house",
# "Ранее Telegram-канал «Иди и смотри» сообщил, что над Севастополем была сбита ракета".
_EARLIER_REPORT_RE = Rule(
    r"^earlier,?\s+(?:[\w.'’“”\"-]+,?\s+){0,6}?(?:reported|said|wrote|stated|announced)\b|"
    # "As reported by Ukrinform earlier, Russian forces struck Kharkiv using a Molniya-type drone".
    r"^as\s+(?:was\s+)?(?:previously\s+|earlier\s+)?reported(?:\s+by\s+[\w.'’-]+(?:\s+[\w.'’-]+)?)?"
    r"(?:\s+(?:earlier|previously))?\s*,",
    r"^(?:раніше|ранее),?\s+(?:[\w.'’«»\"-]+,?\s+){0,6}?(?:повідоми\w*|повідомля\w*|сообщи\w*|сообща\w*|"
    r"написа\w*|заяви\w*)(?!\w)|"
    r"^(?:як|как)\s+(?:вже\s+|уже\s+|раніше\s+|ранее\s+)?(?:повідомлял\w*|сообщал\w*)\s*,",
)


def earlier_report(text: str) -> bool:
    """Whether a sentence is an earlier word from a source and, past that opening, looks back no further: not
    "Earlier, Syniehubov reported that Russian forces had struck Kharkiv with Iskander missiles last week"."""
    opening = _EARLIER_REPORT_RE.search(text)
    if opening is None:
        return False
    said = text[opening.end() :]
    return background_from(said) is None and not names_period(said)


def names_where_it_was_felt(text: str) -> bool:
    return bool(_AFFECTED_RE.search(text)) and not _NEGATED_RE.search(text)


# A weapon seen flying over, told after the attack in its paragraph: "he saw an Iranian Shahed-136 drone fly
# overhead", "бачив, як над головою пролетів іранський безпілотник Shahed-136".
_OVERHEAD_RE = Rule(
    r"\b(?:flew|fly|flying|flown)\s+(?:right\s+|low\s+|directly\s+)?(?:over|above|overhead)\b",
    r"(?<!\w)(?:пролеті(?:в|ла|ли|ло)|пролетел[аио]?|пролітав|пролітала?|пролітали|пролетал[аи]?)(?!\w)",
)


def seen_overhead(text: str) -> bool:
    return bool(_OVERHEAD_RE.search(text))


# A fragment that only counts what came, after the sentence telling the attack: "Более сотни ракет разных типов и
# около сотни «шахедов».", "More than 100 missiles of various types and about 100 Shaheds."
_COUNTS_ONLY_RE = Rule(
    r"^(?:(?:about|around|nearly|almost|some|more\s+than|over|up\s+to|a\s+further|another)\s+)?"
    # ("Forty-six of the drones were over the Kursk region")
    r"(?:\d[\d,]*|hundreds|dozens|a\s+hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)\s+(?:of\s+(?:the|them|these)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:missiles|drones|rockets|bombs|shaheds)\b",
    r"^(?:(?:крім\s+того|окрім\s+того|також|а\s+також|кроме\s+того|также|а\s+также)\s*,?\s+)?"
    r"(?:(?:понад|більше|близько|майже|до|около|более|почти|свыше)\s+)?(?:\d[\d\s]*|сто|сотн\w+|десят\w+|дв[іу]х?\s+сотен|"
    r"сотни)\s+(?:[\w-]+\s+){0,3}?[«\"„]?(?:ракет\w*|дрон\w*|безпілотник\w*|беспилотник\w*|БпЛА|БПЛА|шахед\w*|"
    r"авіабомб\w*|авиабомб\w*|КАБ\w*)",
)


# What is made, or how many a month, is production: "Около 2000 «шахедов» в месяц собирают в Елабуге".
_PRODUCTION_RE = Rule(
    r"\b(?:a|per|each|every)\s+(?:day|week|month|year)\b|\bmonthly\b|\b(?:produc|manufactur|assembl|buil|mak)\w*",
    r"(?<!\w)(?:в|на)\s+(?:день|тиждень|неделю|місяць|месяц|рік|год)(?!\w)|щодня|щотижня|щомісяця|щороку|ежедневно|"
    r"ежемесячно|(?:вироб|производ|виготов|изготов|збира|собира|склада)\w*",
)


def counts_only(text: str) -> bool:
    return len(text.split()) <= _NARROWING_WORDS and opens_with_a_count(text)


def opens_with_a_count(text: str) -> bool:
    """Whether a sentence opens by counting weapons ("Forty-six of the drones were over the Kursk region"), not
    made."""
    return bool(_COUNTS_ONLY_RE.search(_unquoted(text))) and not _PRODUCTION_RE.search(text)


# An attack reported as such, though no verb tells it: "Locals reported a drone attack in the Rostov Region", "The
# governor confirmed a massive drone strike", "жителі повідомили про вибухи".
_REPORTED_AN_ATTACK = Rule(
    # (An attack from the air, one: not "recorded 48 Russian attacks near Kurakhove", "reported repelling attacks",
    # "announced sanctions over the strike", "neither confirmed nor denied a strike".)
    r"(?<!\bnor\s)(?<!\bnot\s)\b(?:reported|confirmed|announced|heard)\s+(?:an?\s+|the\s+)(?:[\w\"“”'’-]+\s+){0,2}?"
    r"[\"“]?(?:drone|missile|rocket|air|aerial|bomb|massive|massed|combined|UAV)[\"”]?\s+(?:attack|strike|raid)\b|"
    r"(?<!\bnor\s)(?<!\bnot\s)\b(?:reported|heard)\s+(?:(?:loud|several|multiple|powerful|a\s+series\s+of)\s+)?"
    r"(?:explosions|blasts)\b",
    # ("повідомили про атаку дронів", "сообщили о взрывах", "чули вибухи"; not "сообщил о 150 атаках на Покровском
    # направлении", ground attacks counted.)
    r"(?<!\w)(?:(?:повідоми\w*|сообщи\w*)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:про|об?)\s+(?:[\w'’ʼ«»\"-]+\s+){0,2}?"
    r"(?:(?:атак\w*|удар\w*|наліт\w*|налет\w*)\s+(?:дрон|безпілотник|беспилотник|БпЛА|БПЛА|ракет|шахед)\w*|"
    r"вибух\w*|взрыв\w*)|(?:чули|слышали)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:вибух\w*|взрыв\w*)|"
    # An attack from the air repelled: "сообщил об отражении «самой массированной за последнее время» атаки на город".
    r"(?:отражени|відбитт)\w*\s+(?:[«»\"\w'’ʼ-]+\s+){0,6}?(?:атак\w*\s+(?:на\s+(?:город|місто)|(?:беспилотник|"
    r"безпілотник|дрон|ракет|БПЛА|БпЛА)\w*)|(?:воздушн|повітрян|ракетн)\w*[»\"]?\s+(?:[\w«»\"'’ʼ-]+\s+){0,4}?атак\w*))"
    r"(?!\w)",
)


def reports_an_attack(text: str) -> bool:
    return _REPORTED_AN_ATTACK.search(text) is not None


# An attack named as such: a sentence with a day and an attack, though no verb tells it ("drone attacks in the night
# of 23 October").
_ATTACK_NAMED_RE = Rule(
    r"\b(?:attacks?|strikes?|barrages?|salvos?|raids?|bombardment)\b",
    r"(?<!\w)(?:атак\w*|удар(?:и|ів|ом|ами|ах|ов|ы|у|а)?|обстріл\w*|обстрел\w*|наліт\w*|налет\w*)(?!\w)",
)


@lru_cache(maxsize=_REMEMBERED)
def names_attack(text: str) -> bool:
    """Whether a sentence names an attack as such ("drone attacks", "масованого удару"), verb or none."""
    return bool(_ATTACK_NAMED_RE.search(text))


# The label of a paragraph: "Background: The Russians conducted a large-scale attack on the night of 2-3 March".
# (Ukrainian and Russian copy's "Довідка:" labels a heading of its own, which `is_recap_heading` reads.)
_LABELLED_RECAP = Rule(
    r"^(?:background|recall|reminder|for\s+reference)\s*:", r"^(?:довідка|довідково|справка)\s*:\s*$"
)


_REMINDER = Rule(r"^(?:" + _REMINDER_ENGLISH + r")\b", r"^(?:" + _REMINDER_CYRILLIC + r")(?!\w)")


def reminds(text: str) -> bool:
    """Whether a sentence opens by reminding the reader of the outlet's earlier reports ("Напомним, сегодня ...")."""
    return _REMINDER.search(text.lstrip(" -–—•*")) is not None


def is_recap(text: str) -> bool:
    return bool(_RECAP_RE.search(_unquoted(text))) or is_labelled_recap(text)


def is_labelled_recap(text: str) -> bool:
    """Whether a paragraph opens with its label as what the report recalls ("Background:", "Довідка:")."""
    return bool(_LABELLED_RECAP.search(text))


# A heading over what a report recalls: UNN's "Recall" (its "Нагадаємо" translated), "Background", "Довідково".
_RECAP_HEADING_RE = Rule(
    r"^(?:recall|reminder|background|for\s+reference|context)\s*[.:]?$|"
    # "Situation in Kharkiv and the region": the outlet's summary of the days before.
    r"^(?:the\s+)?situation\s+(?:in|on|at|around)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
    r"(?:\s+and\s+(?:the\s+)?(?:region|oblast|(?-i:[A-Z])[\w'’-]+))?$|"
    # "Situation in the region": the region's day before, under a regional outlet's report.
    r"^(?:the\s+)?situation\s+in\s+the\s+(?:region|oblast)$",
    r"^(?:нагадаємо|нагадуємо|напомним|напоминаем|довідково|довідка|справка)\s*[.:]?$|"
    r"^(?:ситуація|ситуация|обстановка)\s+(?:в|у|на|навколо|вокруг)\s+(?-i:[А-ЯІЇЄҐ])[\w'’ʼ-]+"
    r"(?:\s+(?:і|та|и)\s+(?:област\w*|регіон\w*|регион\w*|(?-i:[А-ЯІЇЄҐ])[\w'’ʼ-]+))?$|"
    r"^(?:ситуація|ситуация|обстановка)\s+(?:в|у)\s+(?:регіоні|регионе|області|области)$",
)


# "Zelensky posted on X late Sunday night:", "— написав він у неділю:": what follows is quoted, and its "today" is
# the day it was said.
_INTRODUCES_QUOTE = Rule(
    r"\b(?:said|says|wrote|writes|posted|tweeted|added|stated|announced|declared)\b[^.!?]*:\s*$",
    r"(?<!\w)(?:написа\w*|заяви\w*|сказа\w*|повідоми\w*|сообщи\w*|зазначи\w*|отмети\w*|додав\w*|добавил\w*)"
    r"[^.!?]*:\s*$",
)


def introduces_quote(text: str) -> bool:
    return text.rstrip().endswith(":") and bool(_INTRODUCES_QUOTE.search(text))


def is_recap_heading(text: str) -> bool:
    return bool(_RECAP_HEADING_RE.search(text.strip()))


def is_background(text: str) -> bool:
    return background_from(text) is not None


# A record is measured against the whole war: "найбільшої ... атаки за весь час війни", "the largest attack to
# date", "one of the most intense drone attacks in recent months" report this attack; the words that would look back ("за весь час", "to date") only say what it beat. Only
# those words, and only after an attack (or an alert) called the largest, or counted ("Двісті п'ятдесята повітряна
# тривога ... з початку повномасштабної війни"), or told "for the first time".
_WHOLE_WAR = Rule(
    r"^(?:to\s+date|since|in\s+recent(?:\s+(?:days|weeks|months|years))?)$",
    r"^(?:за\s+весь\s+час|за\s+все\s+время|(?:з|с)\s+(?:початку|начала)\s+(?:повномасштабн\w*|війни|войны|"
    r"вторгнення|вторжения|великої\s+війни)|(?:в|у|протягом|в\s+течение)\s+(?:останні|последние)\s+"
    r"(?:(?:кілька|декілька|несколько|два|дві|две|три)\s+)?(?:дні|тижні|місяці|роки|дни|недели|месяцы|годы)|"
    # "один із наймасштабніших комбінованих ударів останнім часом"
    r"останнім\s+часом|в\s+последнее\s+время|за\s+(?:останній|последнее)\s+(?:час|время))$",
)
_ATTACK_NOUN = r"(?:attack|strike|barrage|assault|bombardment|wave|salvo)"
_ONE_RECORD = re.compile(
    rf"\bone\s+of\s+(?:the|its|their|(?:Russia|Moscow)['’]s)\b|\b{SUPERLATIVE}\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"{_ATTACK_NOUN}(?!s)\b",
    re.IGNORECASE,
)
_ATTACK_NOUN_CYRILLIC = r"(?:атак|удар|обстріл|обстрел|наліт|налет|тривог|тревог)"
_RECORD_RE = Rule(
    r"\b(?:largest|biggest|heaviest|deadliest|worst|most\s+(?:massive|intense|powerful|destructive)|record)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_ATTACK_NOUN}\w*(?:[^.;:!?]{{0,60}})$|"
    r"\bfor\s+the\s+first\s+time\s*$",
    r"(?<!\w)(?:(?:най\w{3,}|наи\w{3,}|крупнейш\w*|мощнейш\w*|масштабнейш\w*|рекордн\w*|"
    r"сам(?:ый|ая|ой|ое|ую|ых|ом)\s+(?:масштабн|массированн|мощн|крупн|смертоносн)\w*|"
    r"\d+-?(?:й|а|я|та|ша|тя|ма|ий|ое)|(?:перш|друг|трет|четверт|п['’ʼ]?ят|шост|сьом|восьм|дев['’ʼ]?ят|десят|"
    r"[\w'’ʼ]+десят|сот|[\w'’ʼ]+сот|тисячн|тысячн)(?:а|я|ий|ій|ої|ая|ой|ый|ое|ого|ої))\s+"
    rf"(?:[\w'’ʼ-]+\s+){{0,3}}?{_ATTACK_NOUN_CYRILLIC}\w*|вперше|впервые)(?:[^.;:!?]{{0,60}})$|"
    # The measure between the superlative and its noun: "зазнав наймасованішої з початку вторгнення атаки".
    r"(?<!\w)(?:най\w{3,}|наи\w{3,}|крупнейш\w*|мощнейш\w*|масштабнейш\w*)\s+$",
)
# "До этого, еще в 11 часов утра, ... писал об ударе ...", "Earlier, at 11 a.m., ...": what came before on the same
# day, at an hour of it, is no look back. Only after "before that" and "earlier", not a recap's "Нагадаємо".
_BEFORE_THAT = Rule(r"^earlier$", r"^(?:ранее|раніше|до\s+этого|до\s+цього|перед\s+цим|перед\s+этим)$")
_SAME_DAY_AFTER = Rule(
    r"\s*,?\s*at\s+(?:about\s+|around\s+)?\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|h\b|hours)",
    r"\s*,?\s*(?:ещ[её]\s+|ще\s+)?(?:в|о|об|около|близько|приблизно)\s+\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:час\w*|годин\w*|ранку|утра|ночі|ночи|вечора|вечера|дня)(?!\w)",
)


# "often" describing a noun: "the often targeted district", "- and often targeted -", "its often shelled port".
_ATTRIBUTIVE_OFTEN = re.compile(
    r"(?:\b(?:the|a|an|and|its|their)|[-–—,])\s+(?:often|usually|repeatedly|regularly|frequently|constantly)[\s-]+"
    r"(?:targeted|shelled|attacked|hit|struck|bombed)"
    r"\b(?:\s*[-–—,]|\s+(?:[a-z'’-]+\s+){0,2}?(?:[A-Z][\w'’-]+\s+)?(?:district|city|town|village|port|area|region|"
    r"neighbou?rhood|suburb|capital)\b)",
    re.IGNORECASE,
)


# A state that has lasted since a ground operation began: "Towns of the Kharkiv Oblast came under massive shelling and
# airstrikes since Russia launched a new ground offensive ... on May 10" (not a record measured against it: "the
# deadliest attack on the capital since Russia began its full-scale invasion").
_SINCE_GROUND_OPERATION = re.compile(
    rf"\bsince\s+(?:[\w'’-]+\s+){{1,5}}?{GROUND_OPERATION_BEGAN}", re.IGNORECASE
)
_COUNTED_SINCE = re.compile(
    rf"\b(?:{SUPERLATIVE}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_ATTACK_NOUN}s?\b[^.;]{{0,80}}?\b(?P<since>since)\b[^,.;]*$",
    re.IGNORECASE,
)
_MEASURED_AGAINST = re.compile(
    rf"\b(?:{SUPERLATIVE}|highest|latest|first|record|\d+(?:st|nd|rd|th))\b", re.IGNORECASE
)


_CLAUSE_END = re.compile(r"[,.;]")


def _clause_from(text: str, start: int) -> str:
    """The clause that opens at `start`, up to the next comma, semicolon or full stop."""
    end = _CLAUSE_END.search(text, start)
    return text[start : end.start() if end is not None else len(text)]


# What has happened more than once, told with an example: "Ці пристрої вже не раз застосовувалися для атаки на Україну,
# зокрема 17 жовтня ...", "Kyiv has repeatedly been hit by such drones, including on 17 October".
_HABIT_WITH_EXAMPLE = Rule(
    r"\b(?:repeatedly|more\s+than\s+once|time\s+and\s+again|regularly|routinely|many\s+times|"
    r"not\s+for\s+the\s+first\s+time)\b[^.;!?]{0,160}?\b(?:in\s+particular|including|for\s+example|"
    r"for\s+instance|such\s+as|notably)\b",
    r"(?<!\w)(?:не\s+раз|неодноразово|неоднократно|регулярно|не\s+вперше|не\s+впервые|багато\s+разів|много\s+раз|"
    r"систематично)(?!\w)[^.;!?]{0,160}?(?<!\w)(?:зокрема|наприклад|например|в\s+частности|в\s+том\s+числе|"
    r"у\s+тому\s+числі|як-от)(?!\w)",
)


def gives_an_example(text: str) -> bool:
    """Whether the sentence gives a dated example of what has happened more than once (not "hit the repeatedly
    shelled town of Nikopol ..., including a five-storey building")."""
    habit = _HABIT_WITH_EXAMPLE.search(text)
    return (
        habit is not None
        and _DAY_AFTER_EXAMPLE.match(text, habit.end()) is not None
        and not _ATTRIBUTIVE_OFTEN.search(text, max(0, habit.start() - 8), habit.start() + 40)
    )


# A day right after the example's word: "..., зокрема 17 жовтня", "including on October 17", "such as on Sunday".
_DAY_AFTER_EXAMPLE_MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAY_AFTER_EXAMPLE = re.compile(
    rf"[\s,:—–-]*(?:(?:on|in|у|в|во)\s+)?(?:the\s+)?(?:\d|[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ]+day\b|ніч|ночь|night|"
    rf"(?:{_DAY_AFTER_EXAMPLE_MONTHS})\b\.?\s*\d)",
    re.IGNORECASE,
)


def background_from(text: str) -> int | None:
    """Where a sentence turns to generalisation or recap, if it does."""
    turn = _background_from(text)
    if not gives_an_example(text):
        return turn
    habit = _HABIT_WITH_EXAMPLE.search(text)
    assert habit is not None
    return habit.start() if turn is None else min(turn, habit.start())


# "...часто сообщают об атаках беспилотников. Последняя из них произошла 27 октября": the last of a series told before.
_LAST_OF_A_SERIES = Rule(
    r"\b(?:the\s+)?(?:latest|last|most\s+recent)\s+of\s+(?:them|these|those)\b",
    r"(?<!\w)(?:последн|остан)\w*\s+(?:из|з|із)\s+(?:них|этих|цих|таких)(?!\w)",
)


def last_of_a_series(text: str) -> bool:
    return _LAST_OF_A_SERIES.search(text) is not None


@lru_cache(maxsize=_REMEMBERED)
def _background_from(text: str) -> int | None:
    stripped = _unquoted(text)
    shift = len(text) - len(stripped)
    since = _SINCE_GROUND_OPERATION.search(stripped)
    if since is not None and _MEASURED_AGAINST.search(stripped, 0, since.start()):
        since = None
    for found in _BACKGROUND_RE.finditer(stripped):
        if since is not None and since.start() < found.start():
            break
        cue = found.group().strip().lower()
        # (In recent weeks, only one attack measured: "one of the most intense drone attacks in recent months", "one of
        # its largest drone salvos at Ukraine in recent months", not "its largest drone attacks on Kharkiv in recent
        # weeks".)
        if (
            _WHOLE_WAR.search(cue)
            and _RECORD_RE.search(stripped, 0, found.start())
            and (not cue.startswith("in recent") or _ONE_RECORD.search(stripped, 0, found.start()))
        ):
            continue
        if _BEFORE_THAT.search(cue) and _SAME_DAY_AFTER.match(stripped, found.end()):
            continue
        counted = _COUNTED_SINCE.search(stripped, 0, found.start())
        if counted is not None and not EVENT_VERB_RE.search(_clause_from(stripped, counted.start("since"))):
            # "In its seventh major attack on Ukrainian power plants since Moscow intensified energy infrastructure
            # attacks three months ago, Russia fired...": what this attack is counted from, not a look back (not
            # "the first major attack on the city since Shahed drones hit Konotop two weeks ago", an earlier attack).
            continue
        if _ATTRIBUTIVE_OFTEN.search(stripped, max(0, found.start() - 8), found.end() + 40):
            # "Kyiv's central - and often targeted - Shevchenkivskyi district", "a repeatedly bombed Ukrainian
            # city": a description of the place, not a rule
            continue
        return found.start() + shift
    return None if since is None else since.start() + shift


_HOW_IT_GOES_RE = Rule(rf"\b(?:{_HOW_IT_GOES})\b", rf"(?<!\w)(?:{_HOW_IT_GOES_CYRILLIC})(?!\w)")


_NOT_THE_FIRST_TIME = Rule(
    r"\bnot\s+(?:for\s+)?the\s+first\s+time\b",
    r"(?<!\w)(?:не\s+вперше|не\s+впервые|не\s+в\s+первый\s+раз)(?!\w)",
)


def denies_a_first_time(text: str) -> bool:
    """ "It is not the first time that missiles endanger the security of Taganrog" (not "Губернатор уже не впервые
    просит жителей оставаться в укрытиях", of no attack)."""
    return _NOT_THE_FIRST_TIME.search(text) is not None and _ATTACK_WORD.search(text) is not None


_ATTACK_WORD = Rule(
    r"\b(?:missiles?|drones?|rockets?|bombs?|attack\w*|strikes?|struck|hit|shell\w*)\b",
    r"(?<!\w)(?:ракет\w*|дрон\w*|безпілот\w*|беспилот\w*|бомб\w*|атак\w*|удар\w*|обстріл\w*|обстрел\w*|"
    r"шахед\w*|прил[іе]т\w*)",
)


def tells_how_it_goes(text: str) -> bool:
    return bool(_HOW_IT_GOES_RE.search(text))


def is_irrealis(text: str) -> bool:
    return bool(_IRREALIS_RE.search(text))


# A clause joined on with its own subject: "Ukraine identified the drones as Shahed drones made by Iran, and the
# latest attacks followed warnings that Iran could provide Russia with ballistic missiles".
_NEXT_CLAUSE = re.compile(
    r",\s+(?:(?:and|but|while|whereas)\s+(?:the|a|an|its|their|this|that|these|those)\s|"
    # A guess drawn from the fact: "..., suggesting this could be the Ukrainians' target".
    r"(?:suggesting|indicating|implying)\s+(?:that\s+)?(?:this|it|they|these|the\s+\w+)\s+(?:could|may|might|would)\b|"
    # How the fact may be counted: "..., in what would be the latest strike on a major Russian refinery".
    r"in\s+what\s+(?:would|could|may|might)\s+be\b|"
    # An aside on what something can do or what lets it happen: "...Crimea with ATACMS, which allows Kyiv to strike
    # targets 300 km away", "..., as the city's proximity to the border allows Russia to hit it within a minute",
    # "..., що дозволяє їй уражати місто".
    r"(?:which|as|because|since)\s|(?:котор\w+|що|что|який|яка|яке|які|оскільки|поскольку)\s)|"
    # A clause after a dash: "ракеты Х-22, которые ... ударили по поселку, имеют большую скорость — средства ПВО не
    # всегда могут их обнаружить".
    r"\s[—–]\s|"
    # A quotation after the fact: "...reported a strike on a residential building in Kryvyi Rih, warning on
    # Telegram: “There may be people under the rubble.”"
    r":\s*[“\"«„]|"
    # What is feared: "Russian missiles struck Dnipro on Sunday, killing three, amid fears of a new winter campaign".
    r",?\s+(?:amid\s+fears\s+of|fearing|for\s+fear\s+of|(?:raising|sparking|fuelling|fueling|prompting)\s+"
    r"(?:concerns?|fears?|worries)\s+(?:over|about|of|that))\b|"
    # What was said before the attack, after the one who reports it: "..., killing 22 people, Zelenskyy said after
    # warning for days that Moscow might attempt something particularly cruel".
    r"\s(?:said|says)\s+(?:after|before|while)\s+(?:(?:days|weeks)\s+of\s+)?(?:warning|warnings|predicting|"
    r"threatening|vowing|saying|claiming)\b",
    re.IGNORECASE,
)


def fact_before_irrealis(text: str) -> int | None:
    """Where a sentence that tells a fact goes on, in a clause of its own, to what could or will be: the end of the
    told part, or None when the sentence does not (or is irrealis from the start)."""
    irrealis = _IRREALIS_RE.search(text)
    if irrealis is None:
        return None
    breaks = [
        m.start()
        for m in _NEXT_CLAUSE.finditer(text)
        if m.start() < irrealis.start()
        # (A dash or a quotation parts a clause from an event told before it, not from a plan or a threat: "Russia
        # is preparing a massive strike on Kyiv — it could come within days", "заявив про підготовку масованого
        # удару по Києву: «Росія може застосувати до 100 ракет»".)
        and (not m.group().lstrip().startswith(("—", "–", ":")) or reports_event(text[: m.start()]))
    ]
    return breaks[-1] if breaks else None


# "...россияне снова атаковали": an attack told "again" after an anniversary is a new attack on the day.
_AGAIN = Rule(
    r"\b(?:again|once\s+more)\b", r"(?<!\w)(?:знову|знов|вновь|снова|ще\s+раз|еще\s+раз|опять)(?!\w)"
)
_AGAIN_REACH = 40
_RECALLED_NEAR = Rule(
    r"\b(?:recall\w*|remember\w*|mourn\w*|how)\b", r"(?<!\w)(?:згад\w*|вспомин\w*|вспомн\w*|як|как)(?!\w)"
)
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:where|when|which|who|that|де|коли|який|яка|яке|які|где|когда|котор\w+)\b[^,]*,", re.IGNORECASE
)


_WAKE_HIT = re.compile(
    # (Not relatives holding one for people killed before: no year, month, "last", "ago" or present tense between.)
    r"\b(?:killed|killing|injured|wounded|hit|struck)\b(?:(?!\b(?:(?:19|20)\d\d|last|ago|are|is|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b)[^.;]){0,80}?\b(?:attending|holding)\s+a\s+"
    r"memorial\s+service",
    re.IGNORECASE,
)


def tells_an_attack_again(text: str) -> bool:
    """Whether a sentence tells an attack "again" ("On Sunday Russian missiles again hit Hroza")."""
    return any(_attack_again(text, again) for again in _AGAIN.finditer(text))


def _attack_again(text: str, again: re.Match[str]) -> bool:
    """Whether an attack is told right next to an "again" ("was targeted again", "знову потрапило під обстріл"),
    not recalled ("again recalled how a missile killed 13")."""
    after = text[again.end() : again.end() + _AGAIN_REACH]
    # (Before it in its clause, a verb: "Kremenchuk was targeted again", "Russian missiles hit the city again"; not
    # the anniversary's own noun, "the Amstor strike, ... again", nor a clause before, "in which a missile killed 13,
    # was marked again".)
    before = re.split(r"[,;:]", text[: again.start()])[-1]
    return not _RECALLED_NEAR.search(after) and (has_incident_cue(after) or reports_event(before))


# An exhibition opened or shown, which tells the war's attacks through its relics: "In the newly opened main building
# of the War Museum, you can see the exhibition", "відкрилась виставка" (not "the exhibition centre", which missiles
# hit).
_SHOWN = (
    r"opened|opens|unveiled|unveils|presented|presents|showcases|premiered|screened|can\s+see|on\s+display"
)
_SHOWN_CYRILLIC = (
    r"відкри\w*|відкритт\w*|откры\w*|открыти\w*|представлен\w*|презент\w*|можна\s+побачити|можно\s+увидеть|"
    r"показали|показа(?:ла|в)|показан\w*"
)
# (And a documentary shown, which retells an attack as its subject: "Odesa journalists presented their investigation
# film".)
_EXHIBITION = r"(?:exhibition(?!\s+(?:cent(?:re|er)|hall|complex|grounds))|documentary|film)"
_EXHIBITION_CYRILLIC = (
    r"(?:(?:виставк|выставк|експозиці|экспозици)(?:а|и|у|ою|ой|і|е|ї|я|ю|ей|ям|ях|ах|ам)|"
    r"(?:фільм|фильм)(?:и|у|ом|ів|ов|ами)?)"
)
# A museum's exhibits of the war: "тисячу експонатів війни зібрали в чернігівському музеї".
_MUSEUM_EXHIBITS = r"(?:експонат|экспонат)\w*\s+(?:[\w'’ʼ-]+\s+){0,6}?(?:музе[йюїяе]\w*)"
_NEAR = r"\W+(?:[\w'’ʼ«»\"“”-]+\W+){0,6}?"
_SHOWS_AN_EXHIBITION = Rule(
    rf"\b(?:(?:{_SHOWN}){_NEAR}{_EXHIBITION}|{_EXHIBITION}{_NEAR}(?:{_SHOWN}))\b",
    rf"(?<!\w)(?:(?:{_SHOWN_CYRILLIC}){_NEAR}{_EXHIBITION_CYRILLIC}|{_EXHIBITION_CYRILLIC}{_NEAR}(?:{_SHOWN_CYRILLIC})|"
    rf"{_MUSEUM_EXHIBITS})(?!\w)",
)


# A memorial made to an attack's victims, what a report that opens on it is about (not flowers brought to one in a
# report that tells the attack first): "москвичи организовали стихийный мемориал в память о жертвах российского
# ракетного удара по Днепру".
_OPENS_ON_A_MEMORIAL = Rule(
    r"\bmemorial\s+(?:\w+\s+){0,3}?(?:in\s+memory\s+of|to\s+the\s+victims|for\s+the\s+victims)\b",
    r"(?<!\w)(?:меморіал\w*|мемориал\w*)\s+(?:[\w'’ʼ]+\s+){0,3}?(?:в\s+пам['’ʼ]?ять|в\s+память|пам['’ʼ]яті)\s+"
    r"(?:про\s+|о\s+|об\s+)?(?:загибл\w*|погибш\w*|жертв\w*)",
)


def opens_on_a_memorial(text: str) -> bool:
    return _OPENS_ON_A_MEMORIAL.search(text) is not None


# Rebuilding what an attack damaged, which a report that opens on it is about: "У Миколаєві завершили відновлення
# будинку, зруйнованого ракетним ударом", "Ukraine Allocates ₴33.2M for Odesa Building Restoration After Russian
# Attack" (not power restored, nor a roof patched the morning after: the sentence then dates the attack).
_BUILDING = (
    r"(?:building|house|home|school|lyceum|theat(?:re|er)|hospital|apartment|block|church|cathedral|museum|station|"
    r"bridge|library|road)s?"
)
_SUPPLY = (
    r"(?:power|electricity|traffic|supply|supplies|heating|water|gas|service|електро|электро|енерго|энерго|світл|свет|"
    r"газ|водо|тепло|руху|движени)"
)
_TELLS_A_REBUILDING = Rule(
    # (Not power or traffic restored to them: "restoring power to homes", "restored traffic on the bridge".)
    rf"\b(?:(?:restor(?:ation|ing|ed|e)|reconstruct(?:ion|ing|ed)?|rebuil(?:t|d|ding)|repair(?:s|ed|ing)?)\s+"
    rf"(?:(?:of|on|work\s+on|works\s+on)\s+)?(?:(?!{_SUPPLY})[\w'’-]+\s+){{0,4}}?{_BUILDING}|"
    rf"{_BUILDING}\s+(?:restoration|reconstruction|repairs?|rebuilding))\b",
    # (Nor "ремонтників" attacked on the road, nor "електропостачання будинків" restored.)
    r"(?<!\w)(?:відновлен\w*|відновлю\w*|відновил\w*|відбудов\w*|відремонт\w*|ремонт(?!ник)\w*|реконструкц\w*|"
    # ("У Київській області відновлено вже на 80% пошкоджених російськими ударами будинків".)
    rf"восстановлен\w*|восстанавлива\w*|восстановил\w*|отстро\w*|отремонтир\w*)\s+(?:(?!{_SUPPLY})[\w'’ʼ«»%-]+\s+){{0,6}}?"
    r"(?:будин|будівл|школ|ліце|театр|лікарн|дах|покрівл|квартир|багатоповерхів|дом|здани|школ|лице|больниц|крыш|"
    r"вокзал|храм|собор|церкв|музе|бібліотек|библиотек|доріг|дорог|дорожн|мост|міст(?:а|у)\s+через)\w*",
)


# Repairs a report that opens on them is about: power brought back ("На Харківщині відновили електропостачання після
# авіаудару РФ по Золочеву", "Power was restored to Okhmatdyt"); not the aftermath cleared, which a toll's update
# opens on too.
_TELLS_REPAIRS = Rule(
    r"\b(?:restored|restoring|restore)\s+(?:the\s+)?(?:power|electricity|light|heating)\b|"
    r"\b(?:power|electricity|light|heating)\s+(?:(?:was|has\s+been|had\s+been|is)\s+)?(?:fully\s+)?restored\b|"
    r"\b(?:restoration|repair|reconstruction)\s+works?\s+(?:continue|are\s+(?:under\s+way|continuing|ongoing))\b",
    r"(?<!\w)(?:відновил\w*|відновлен\w*|восстановил\w*|восстановлен\w*|заживил\w*|заживлен\w*)\s+"
    r"(?:\w+\s+)?(?:електро|энерго|енерго|электро|світл|свет|тепло)\w*|"
    # "У Миколаєві тривають аварійно-відновлювальні роботи після російської атаки вночі 2 серпня".
    r"(?:трива\w*|продовжу\w*|продолжа\w*|ид(?:ут|ет|ёт))\s+(?:\w+\s+)?(?:\w+-)?(?:відновлювальн|восстановительн)\w*\s+"
    r"(?:робот|работ)\w*|"
    r"(?:відновлювальн|восстановительн)\w*\s+(?:робот|работ)\w*\s+(?:трива|продовжу|продолжа)\w*",
)


def tells_repairs(text: str) -> bool:
    """Whether a sentence tells of repairs after an attack, and no attack before them."""
    found = _TELLS_REPAIRS.search(text)
    return found is not None and not reports_event(_without_relative_clauses(text[: found.start()]))


# A relative clause, which tells what a place or thing had undergone, not the sentence's news: ", куда попала
# российская ракета ночью 18 октября,", ", в которые врезались беспилотники".
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:(?:в|во|на|у|із|з|по|до|за)\s+)?(?:котор\w+|куда|где|як\w+|куди|де|which|where|that)\b[^,.;]*",
    re.IGNORECASE,
)


def _without_relative_clauses(text: str) -> str:
    return _RELATIVE_CLAUSE.sub(" ", text)


# Any word of repairs: a sentence that has one tells what the repairs were for, not an attack afresh ("специалисты
# отремонтировали инженерные коммуникации, провели замену повреждённых элементов").
_REPAIR_WORD = Rule(
    r"\b(?:repair|rebuil|restor|replac|reconstruct)\w*",
    r"(?<!\w)(?:ремонт|отремонт|відремонт|замін|замен|восстан|віднов|відбуд|отстро|устран|усун)\w*",
)


_MEANS_OF_ATTACK = Rule(
    r"\b(?:drones?|missiles?|rockets?|bombs?|shell(?:s|ing)|UAVs?|Shaheds?)\b", _ATTACK_MEANS.pattern
)


def reports_event_of_its_own(text: str) -> bool:
    """Whether a sentence reports an event outside its relative clauses ("в домах, в которые врезались беспилотники,
    провели ремонт" reports none), and is no sentence of repairs that names no means of attack ("Все повреждения
    устранены"; not "drones hit a clinic that had just been repaired")."""
    own = _DAMAGED_AS_AN_ATTRIBUTE.sub(" ", _without_relative_clauses(text))
    if _REPAIR_WORD.search(own) and not _MEANS_OF_ATTACK.search(own):
        return False
    return reports_event(own)


# Damaged or destroyed as what a thing is, in an oblique case, not as what befell it: "понад 24 тисячі об'єктів із 30
# тисяч пошкоджених або зруйнованих", "восстановление разрушенных домов".
_DAMAGED_AS_AN_ATTRIBUTE = re.compile(
    r"(?<!\w)(?:пошкоджен|зруйнован|знищен|поврежд[её]нн|разрушенн|уничтоженн)"
    r"(?:их|ых|ого|ому|им|ими|ым|ыми|ої|ій|ую|ою|ой)(?!\w)",
    re.IGNORECASE,
)


def tells_a_rebuilding(text: str) -> bool:
    """Whether a sentence tells of rebuilding what an attack damaged, and no attack before it ("Росіяни атакували
    дроном дорожників, які ремонтували дорогу" tells the attack)."""
    found = _TELLS_A_REBUILDING.search(text)
    return found is not None and not reports_event(text[: found.start()])


def shows_an_exhibition(text: str) -> bool:
    """Whether a sentence tells an exhibition opened or shown (what a report is about when it opens so)."""
    return _SHOWS_AN_EXHIBITION.search(text) is not None


# An exhibition's or a film's title in quotes ("their investigation film "Terrorist Attack in Serhiyivka""), or what
# it is said to be about.
_TITLE_QUOTED = re.compile(
    rf"((?:{_EXHIBITION}|{_EXHIBITION_CYRILLIC})\s*)"
    # (...or what it is about: "a new documentary about the 2022 strike on Kramatorsk railway station".)
    r"(?:[\"“«][^\"”»]{1,150}[\"”»]|(?:about|on|про|о|об)\s+[^,.;:]{1,100}?"
    rf"(?=\s+(?:{_SHOWN}|{_SHOWN_CYRILLIC}|was\s+shown)(?!\w)|[,.;:]|$))",
    re.IGNORECASE,
)


def without_titles(text: str) -> str:
    """The sentence without the titles of exhibitions and films it quotes, or what it says they are about: they name
    their subject, which is no attack told."""
    return _TITLE_QUOTED.sub(r"\1", text)


# Grief for the dead tells no attack of its own: "На знак скорботи за загиблими, у Вінниці в річницю обстрілу".
_MOURNING_FOR = Rule(
    r"\b(?:mourning|grief|sorrow)\s+for\s+(?:the\s+)?(?:dead|victims|those\s+killed)\b",
    r"(?<!\w)(?:скорбот\w*|скорб\w*|жалоб\w*|траур\w*)\s+(?:за|по)\s+(?:загибл\w*|погибш\w*|жертв\w*)(?!\w)",
)


def remembers_a_year_past(text: str) -> bool:
    """A headline that remembers an attack of a year it names ("Гладков почтил память погибших при обстреле Белгорода
    в 2023 году"), or years ago ("Одесити несуть квіти на місце, де рік тому загинули 5 дітей від російської атаки"),
    not one that mourns a fresh attack's dead ("Zelensky honoured the victims of the Kramatorsk strike" over its
    report)."""
    return (commemorates(text) or _TRIBUTE.search(text) is not None) and (
        _A_YEAR.search(text) is not None or _YEARS_AGO.search(text) is not None
    )


# What people bring or hold to remember the dead.
_TRIBUTE = Rule(
    # (Not a museum's name: "the National Literary and Memorial Museum of Hryhorii Skovoroda".)
    r"\b(?:flowers|candles|toys|memorial(?!\s+museum)|tribute|remember(?:ed|s)?|honou?r(?:ed|s)?|commemorat\w*)\b",
    r"(?<!\w)(?:квіт\w*|цвет\w*|свічк\w*|свеч\w*|іграшк\w*|игрушк\w*|меморіал\w*|мемориал\w*|вшан\w*|почти\w*|"
    r"пам['’ʼ]?ят\w*|памят\w*)",
)


_YEARS_AGO = Rule(
    r"\b(?:a|one|two|three|four|\d+)\s+years?\s+ago\b",
    r"(?<!\w)(?:(?:рік|два\s+роки|три\s+роки|чотири\s+роки|\d+\s+рок\w*)\s+тому|"
    r"(?:год|два\s+года|три\s+года|четыре\s+года|\d+\s+(?:год|года|лет))\s+назад)(?!\w)",
)


def commemorates(text: str) -> bool:
    anniversary = _ANNIVERSARY_RE.search(text)
    # An attack the sentence tells in its own clause before it sets it against an earlier one, or tells "again"
    # after it, is news, not a day of remembrance: "A Russian missile also hit a cluster of buildings in Kremenchuk,
    # ..., exactly a year after an attack on a shopping mall there", "В годовщину удара по ТЦ «Амстор» ... россияне
    # снова атаковали", "Exactly a year after the Amstor mall strike, Kremenchuk was targeted again" (not "Residents
    # of Kramatorsk, where a Russian missile killed 13 people, marked the first anniversary", nor "residents again
    # recalled how a missile killed 13").
    head = _RELATIVE_CLAUSE.sub(" ", text[: anniversary.start()]) if anniversary is not None else ""
    news = anniversary is not None and (
        reports_event(_MOURNING_FOR.of(head).sub(" ", head))
        or any(_attack_again(text, again) for again in _AGAIN.finditer(text, anniversary.end()))
    )
    # (Not a wake an attack hit: "A Russian missile killed 52 people attending a memorial service".)
    memorial = _COMMEMORATES_RE.search(text) is not None and _WAKE_HIT.search(text) is None
    # (Mourning the latest attack's dead is no remembrance, unless of an attack dated with its year, which is history
    # however it is called: "the April 8, 2022 strike"; a day of mourning on an attack's anniversary is one: "у
    # Вінниці в річницю обстрілу «Калібрами» площі Перемоги, оголосили День жалоби".)
    mourning = _RECENT_LOSS_RE.search(text) is not None and not _A_YEAR.search(text)
    return (memorial and not mourning) or (anniversary is not None and not news)


# A case brought over an attack: a suspicion served, a charge, a trial in absentia, a verdict, or the perpetrators
# identified.
_PROSECUTES_RE = Rule(
    r"\b(?:(?:notified|notice|served|informed)\s+(?:\w+\s+){0,2}?(?:of\s+)?(?:the\s+)?suspicion|"
    # (Not "a drone charged with explosives".)
    r"charged\s+(?:[\w-]+\s+){0,4}?(?:with|over|for)\s+(?:violat\w*\s+the\s+laws|war\s+crimes?|(?:premeditated\s+)?"
    r"murder|terrorism|ordering|(?:the|an?)\s+(?:[\w-]+\s+)?(?:attack|strike|shelling|bombing))|(?:brought|filed|pressed)\s+charges|indicted|sentenced|convicted|"
    r"in\s+absentia|on\s+trial|pleaded\s+(?:not\s+)?guilty|(?:admitted|testified|told)\s+in\s+court|"
    r"(?:suspected|accused)\s+of\s+(?:ordering|commanding)|remanded|"
    r"identified\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:commander|general|pilot|officer|crew|perpetrators?)|"
    # "gathered evidence against two more senior officers involved in the strike".
    r"(?:gathered|collected)\s+evidence\s+(?:against|on))\b",
    # (Not "засудили удар", condemned it.)
    r"(?<!\w)(?:підозр(?:а|и|у|ою|і|юван\w*|юється)(?!\w)|подозрени\w*|подозреваем\w*|подозревается|вирок\w*|приговор\w*|обвинувальн\w*|обвинительн\w*|заочно|"
    r"засуди\w*\s+до\s+\d+|осуди\w*\s+на\s+\d+|висунул\w*\s+(?:\w+\s+)?обвинувачен\w*|предъяви\w*\s+(?:\w+\s+)?обвинени\w*|"
    # "Прокурори передали до суду справу стосовно вищого командування РФ": a case sent to court.
    r"(?:переда|направи|скерува)\w*\s+(?:до\s+суду|в\s+суд)|(?:передан|направлен|скерован)\w*\s+(?:до\s+суду|в\s+суд)|"
    # An accusation: "Полковника армии РФ обвиняют в том, что он отдал приказ ударить ракетами по Одессе".
    r"(?:обвиня|звинувачу)\w*\s+(?:[\w-]+\s+){0,2}?(?:в|у)\s+(?:том|тому)(?!\w)|"
    # A trial: "Прокурор-зрадник у суді визнав", "тривають судові засідання за звинуваченням" (not a hearing a
    # strike on a court interrupted).
    r"(?:у|в)\s+суд[іе]\s+(?:визна|призна)\w*|за\s+звинуваченням|по\s+обвинению|судитим\w*|"
    # Custody ordered: "Суд ув'язнив командира", "обрав запобіжний захід у вигляді тримання під вартою".
    r"суд\s+(?:ув['’]язни|заарештува|арестова)\w*|запобіжн\w*\s+захо?д\w*|мер\w*\s+пресечени\w*|"
    # "суд відправив під варту без права внесення застави", "заключил под стражу".
    r"під\s+варт(?:у|ою)|под\s+страж(?:у|ей)|"
    # "предварительная экспертиза подтверждает, что российские войска использовали ракеты из Северной Кореи"
    r"(?:експертиз|экспертиз)\w*\s+(?:[\w-]+\s+){0,2}?(?:підтвердж|подтвержд)\w*|"
    # Evidence gathered against those behind it: "СБУ зібрала доказову базу на ще двох високопосадовців російської
    # армії, які причетні до авіаатаки по Черкащині".
    r"(?:доказов\w*\s+баз\w*|зібрал\w*\s+докази|собрал\w*\s+доказательств\w*)(?=[^.;]{0,120}?(?:причетн|причастн)\w*\s+"
    r"до|[^.;]{0,120}?(?:причастн)\w*\s+к))(?!\w)",
)


def prosecutes(text: str) -> bool:
    return _PROSECUTES_RE.search(text) is not None


# A clause after the attack that sets it against a stretch of time: "..., ending a two-week lull in the airstrikes it
# has launched almost weekly since October", "..., marking one of the most significant attacks since the war began in
# 2022".
_TRAILING_SPAN = re.compile(
    r",\s+(?:ending|marking|breaking|bringing|continuing|extending|capping)\s+(?:a|an|the|its|their|one\s+of)\b|"
    # ...or ranks it in one: "..., and are considered some of the deadliest assaults on the region since the
    # full-scale war began in February 2022".
    r"(?:,|\s+and)\s+(?:[\w-]+\s+){0,3}?(?:(?:one|some)\s+of\s+the|the)\s+(?:deadliest|largest|biggest|heaviest|worst|longest|fiercest|strongest|"
    r"greatest|most\s+[\w-]+)\s+(?:[\w'’-]+\s+){0,6}?since\b|"
    # ...or a run of attacks, which the attack belongs to: "...blasts in Kyiv, Kryvyi Rih and Kharkiv, warning of a
    # new barrage of the Russian strikes that have occurred intermittently since mid-October".
    # (Not a tally's: "more than 500 air attacks that have damaged energy facilities since March".)
    r"\b(?:the|these|those|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:strikes|attacks|raids|bombardments|barrages|shelling)\s+"
    r"(?:that|which)\s+(?:have|has|had)\s",
    re.IGNORECASE,
)


def tells_another_time(text: str) -> bool:
    """Whether a sentence names a year, years ago or a period ("In 2022", "рік тому", "Минулого року", "last week"):
    what it tells is no day's news."""
    return _A_YEAR.search(text) is not None or _YEARS_AGO.search(text) is not None or names_period(text)


# A clause set off by a comma that tells how a place came to be held dates that, not the sentence's news: "...
# drones that were launched from Russian territory and the occupied Crimean peninsula, which Moscow seized and annexed
# in 2014, the air force said" (not a clause that dates an attack: "The strike on the mall, which came in June 2022,
# killed 22 people").
_DESCRIBING_CLAUSE = re.compile(
    r",\s+(?:which|яку|який|яке|які|якого|якій|которую|который|которое|которые|которого|которая)\s"
    r"(?=[^,;.]*?(?:annex|seiz|occup|captur|liberat|recaptur|анекс|окуп|захопи|звільни|аннекс|оккуп|захвати|"
    r"освободи))[^,;.]*",
    re.IGNORECASE,
)


def names_period(text: str) -> bool:
    """Whether the sentence is dated by a period ("in January", "last week", "since October") rather than a day;
    not by one in a clause that only measures the attack against a stretch of time, nor by one in a clause that
    describes a thing it names."""
    text = _DESCRIBING_CLAUSE.sub(lambda clause: " " * len(clause.group()), text)
    aside = _TRAILING_SPAN.search(text)
    if aside is None:
        return bool(_PERIOD_RE.search(text))
    # (What follows an aside in the middle still dates the sentence: "The attack on Ternopil, one of the deadliest
    # since the invasion, killed 16 people last November.")
    after = text.find(",", aside.end())
    return bool(_PERIOD_RE.search(text[: aside.start()]) or (after != -1 and _PERIOD_RE.search(text, after)))


# A period before the report's own: "earlier this month", "last week", "минулого тижня", "в прошлом месяце" (not one
# the sentence compares with: "the highest toll since last month", "compared with 30 last week", "как и на прошлой
# неделе", "больше, чем в прошлом месяце").
_EARLIER_PERIOD_RE = Rule(
    r"\b(?:earlier\s+this|last|(?:the\s+)?previous)\s+(?:week|month|year)\b",
    r"(?<!\w)(?:(?:минулого|попереднього|прошлого|предыдущего)\s+(?:тижня|місяця|року|месяца|года)|"
    r"(?:на|у|в)\s+(?:минулому|попередньому|прошлом|предыдущем)\s+(?:тижні|місяці|році|месяце|году)|"
    r"(?:на|в)\s+(?:минулому|прошлой|предыдущей)\s+(?:тижні|неделе))(?!\w)",
)
_COMPARED_BEFORE = Rule(
    r"\b(?:since|than|compared\s+(?:with|to)|after|like|as)\s+(?:[\w'’-]+\s+){0,3}$",
    r"(?<!\w)(?:ніж|чим|чем|як\s+і|как\s+и|порівняно\s+з|по\s+сравнению\s+с|після|после|з|с)\s+"
    r"(?:[\w'’ʼ-]+\s+){0,3}$",
)


def names_an_earlier_period(text: str) -> bool:
    return any(
        not _COMPARED_BEFORE.search(text, 0, found.start()) for found in _EARLIER_PERIOD_RE.finditer(text)
    )


def tallies_a_month(text: str) -> bool:
    return bool(_MONTH_TALLY_RE.search(text))


_BULLET = re.compile(r"^\s*[-•*–▪►◦·]\s*\S")
# What a round-up of a day's attacks says of itself: "Russian attacks over the past day killed...", "Russia's recent
# attacks against Kherson, Donetsk, and Kharkiv oblasts", "За минулу добу ворог 20 разів обстріляв".
_ROUND_UP = Rule(
    r"\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)|recent\s+(?:attacks|strikes|shelling)|"
    r"(?:attacks|strikes)\s+(?:\w+\s+){0,3}?(?:against|on|in|across)\s+[^.;]{0,80}?\b(?:oblasts|regions))\b",
    r"(?<!\w)(?:за\s+(?:минулу\s+|прошедшие\s+|минувшие\s+|последние\s+)?(?:добу|сутки)|протягом\s+(?:минулої\s+)?доби|"
    r"в\s+течение\s+(?:прошедших\s+)?суток)(?!\w)",
)


def tells_a_round_up(text: str) -> bool:
    """Whether a sentence says it sums up a day's attacks, across regions or over a day."""
    return bool(_ROUND_UP.search(text))


def is_bulleted(text: str) -> bool:
    """Whether a line is an item of a bulleted list ("- Безруки (Дергачевский район);")."""
    return _BULLET.match(text) is not None


def is_list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text))


# A weapon's first use: "Russia first used the Oreshnik on...", "Ракету «Орєшнік» російські військові вперше
# застосували 21 листопада 2024 року".
_FIRST_USE = Rule(
    r"\bfirst\s+(?:used|fired|launched|deployed|employed)\b|\bfirst\s+(?:combat\s+)?use\s+of\b|"
    r"\b(?:was|were)\s+(?:[\w-]+\s+){0,2}?used\s+for\s+the\s+first\s+time\b",
    r"(?<!\w)(?:вперше|впервые)\s+(?:[\w'’ʼ«»\"-]+\s+){0,3}?(?:застосува|використа|примени|примен|использова|"
    r"запусти|випусти|выпусти)\w*",
)


def tells_first_use(text: str) -> bool:
    return bool(_FIRST_USE.search(text))


def identifies_weapon(text: str) -> bool:
    return bool(_IDENTIFIED.search(text))


# What a line that only names a weapon holds besides its names: "S-300 anti-aircraft missile systems.", "Ракети
# Х-59 та Х-22."
_WEAPON_WORDS_ONLY = Rule(
    r"[\W\d]*(?:(?:an?|the|and|or|of|type|types|anti-aircraft|air-defen[cs]e|surface-to-air|air-to-surface|guided|"
    r"cruise|ballistic|aeroballistic|hypersonic|tactical|missiles?|rockets?|systems?|complex(?:es)?|launchers?|drones?|"
    r"UAVs?|unmanned|aerial|vehicles?|attack|kamikaze|strike|bombs?|glide|munitions?)\b[\W\d]*)*"
    # (Quoted, with who said it: "S-300 anti-aircraft missile systems," Mykolaiv Governor Vitaliy Kim said.)
    r"(?:(?<=[\"”,])\s*(?:[\w.'’-]+\s+){1,6}?(?:said|says|wrote|added|reported)\b(?:\s+(?:on|in)(?:\s+[\w'’-]+){1,3}){0,2}[.!]?\s*)?",
    r"[\W\d]*(?:(?:зенітн\w*|зенитн\w*|ракетн\w*|комплекс\w*|систем\w*|ракет\w*|крилат\w*|крылат\w*|балістичн\w*|"
    r"баллистическ\w*|керован\w*|управляем\w*|авіабомб\w*|авиабомб\w*|бомб\w*|дрон\w*|безпілотник\w*|беспилотник\w*|"
    r"БпЛА|БПЛА|ударн\w*|типу|типа|та|і|й|и|з|с)(?!\w)[\W\d]*)*"
    r"(?:(?<=[\"»,])\s*[-–—]?\s*(?:[\w.'’-]+\s+){0,6}?(?:заяви|повідоми|написа|сообщи)\w*(?!\w)(?:\s+(?:у|в)\s+(?:[\w'’ʼ-]+\s*){1,3})?"
    # (Who said it may follow the verb: "- повідомив у Telegram голова ОВА Олег Синєгубов".)
    r"(?:\s+(?:голова|начальник|очільник|губернатор|мер|мэр|речник|глава|ОВА|ХОВА|ОГА|(?-i:[А-ЯІЇЄҐЁ])[\w'’ʼ-]+)){0,5}"
    r"[.!]?\s*)?",
)
# The most words a line that only names a weapon has, with who said it.
WEAPON_LINE_WORDS = 14


def names_only_weapons(text: str, without_weapons: str) -> bool:
    """Whether a sentence is only a weapon's names and the words that describe it ("S-300 anti-aircraft missile
    systems."), given the sentence with its weapons' names blanked out."""
    return (
        len(text.split()) <= WEAPON_LINE_WORDS
        and _WEAPON_WORDS_ONLY.of(text).fullmatch(without_weapons) is not None
    )


# A sentence that opens by saying which: "Це – Київ, Черкаси, Дрогобич", "Серед них Харків", "They included Kyiv"
# (not "They were taken to a hospital", nor "Це Зеленський підтвердив").
_SAYS_WHICH = Rule(
    r"^\W*(?:among\s+them\s+(?:were|are)|they\s+included|these\s+(?:were|included))\s+(?-i:[A-Z])",
    r"^\W*(?:(?:серед|среди)\s+них\s*(?:[–—:-]\s*|(?:були|были|є)\s+)?|(?:це|это)\s*[–—:]\s*)(?-i:[А-ЯІЇЄҐЁ])",
)


def says_which(text: str) -> bool:
    return bool(_SAYS_WHICH.search(text))


# A sentence that opens at the place the one before named: "...на территории нефтебазы Темрюкского района. Здесь
# из-за воздушного удара пострадала инфраструктура", "There, an agricultural hangar was destroyed" (not "There were
# no casualties", nor "Там заявили...", an office that speaks).
_SAYS_THERE = Rule(
    # (Not a speaker there: "There, he said a drone hit...".)
    r"^\W*(?:here|there),\s(?!(?:he|she|they|we|officials?|the\s+\w+)\s+(?:said|says|told|added|noted|stressed)\b)",
    r"^\W*(?:здесь|тут|там)(?:\s+(?:же|і|и|також|также))?\s+(?!(?:\w+\s+)?(?:заяв|уточн|добав|дода|отмет|зазнач|сообщ|"
    r"повідом|поясн|объясн|назва|назв|вирішил|решил|говор|каж|счита|вважа|підтверд|подтверд|розпов|рассказ|"
    r"наход|знаход|готов|провод|працю|работа|"
    # Nor "here" of an argument: "Здесь важно понимать...", "Тут варто нагадати...".
    r"важн|варт|сто[иі]т|слід|нужн|треба|необхідн|необходим|следует|можн)\w*)",
)


def says_there(text: str) -> bool:
    return bool(_SAYS_THERE.search(text))
