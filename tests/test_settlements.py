"""Villages and settlements (issues 10 and 12): read where a text says a settlement is named, placed by the hromada,
raion or oblast the report names, spelt the Russian way too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot import render
from bot.config import Settings
from bot.extract import Gazetteer, extract_article
from bot.extract.adjectives import candidates_of
from bot.extract.settlements import (
    Settlement,
    Settlements,
    _cyrillic_of_russian_latin,
    may_name_settlement,
    russian_districts_in,
)
from bot.models import Entity, EntityKind
from bot.service import IncidentDesk
from tests.conftest import DATA

PUBLISHED = date(2025, 9, 13)


@pytest.mark.parametrize(
    ("text", "stems"),
    [
        ("уничтожены БПЛА в Таганроге, Каменском и Тарасовском районах.", ["каменск", "тарасовск"]),
        ("обломки упали в Беловском, Суджанском и Курчатовском районах Курской области.",
         ["беловск", "суджанск", "курчатовск"]),
        # A city's districts so listed are its own, not Russia's districts: the city follows, or "города".
        ("обломки упали в Коминтерновском и Советском районах Воронежа.", []),
        ("обломки упали в Ворошиловском и Советском районах города.", []),
    ],
)  # fmt: skip
def test_districts_of_russia_listed_before_the_plural_noun(text: str, stems: list[str]) -> None:
    assert [stem for _, _, stem, _ in russian_districts_in(text)] == stems


def places(gazetteer: Gazetteer, text: str) -> list[tuple[str, str, str | None]]:
    extraction = extract_article(text, PUBLISHED, gazetteer)
    return [(m.surface, m.entity.name, m.entity.parent) for f in extraction.sentences for m in f.places]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The hromada named beside it says which of the three villages called Лужок it is.
        (
            "Внаслідок обстрілу у с. Лужок Малоданилівської громади поранена дівчина.",
            [("Лужок", "Luzhok", "place:ua-raion-kharkiv"),
             ("Малоданилівської", "Malodanylivska hromada (Mala Danylivka hromada)", "place:ua-oblast-kharkiv")],
        ),
        # A plural marker opens a list; the oblast named says which Balka (there are five).
        (
            "Уночі дрони атакували Харківщину: пошкоджено будинки у селах Балка та Сподобівка.",
            [("Харківщину", "Kharkiv Oblast", "place:country-ukraine"),
             ("Балка", "Balka", "place:ua-raion-kupiansk"), ("Сподобівка", "Spodobivka", "place:ua-raion-kupiansk")],
        ),
        (
            "Russian drones attacked warehouses in the village of Malekhiv on Lviv's northern outskirts on Saturday.",
            [("Malekhiv", "Malekhiv", "place:ua-raion-lviv"), ("Lviv's", "Lviv", "place:ua-oblast-lviv")],
        ),
        # The name before the word: "Ilavche village".
        (
            "A missile hit Ilavche village, Ternopil Oblast.",
            [("Ilavche", "Ilavche", "place:ua-raion-ternopil"),
             ("Ternopil Oblast", "Ternopil Oblast", "place:country-ukraine")],
        ),
        # Russian-language copy spells Бобрівка the Russian way.
        (
            "Харьковская область. Поврежден частный дом (с. Бобровка).",
            [("Харьковская область", "Kharkiv Oblast", "place:country-ukraine"),
             ("Бобровка", "Bobrivka", "place:ua-raion-kharkiv")],
        ),
        # Дубівка as Russian spells it, not Дубове, a letter nearer as written; a town of Crimea spelt so
        # ("Веселовка") gives way to the village of the oblast named right after it, Веселівка of Zhytomyr Oblast.
        (
            "Харьковская область. Поврежден частный дом (с. Дубовка Дергачевской громады).",
            [("Харьковская область", "Kharkiv Oblast", "place:country-ukraine"),
             ("Дубовка", "Dubivka", "place:ua-raion-kharkiv"), ("Дергачевской", "Derhachivska hromada (Derhachi hromada)", "place:ua-oblast-kharkiv")],
        ),
        (
            "Уничтожены склады в районах населенных пунктов Ушомир и Веселовка Житомирской области.",
            [("Ушомир", "Ushomyr", "place:ua-oblast-zhytomyr"), ("Веселовка", "Veselivka", "place:ua-raion-korosten"),
             ("Житомирской области", "Zhytomyr Oblast", "place:country-ukraine")],
        ),
        # A declined name: "у Шипуватому".
        (
            "Загинув чоловік у селі Шипуватому на Харківщині.",
            [("Шипуватому", "Shypuvate", "place:ua-raion-kupiansk"),
             ("Харківщині", "Kharkiv Oblast", "place:country-ukraine")],
        ),
        # A hromada is read as the village it is named after, the one of the oblast the report names.
        (
            "Уночі дрони атакували Кіндрашівську громаду Харківської області.",
            [("Кіндрашівську", "Kindrashivska hromada (Kindrashivka hromada)", "place:ua-raion-kupiansk"),
             ("Харківської області", "Kharkiv Oblast", "place:country-ukraine")],
        ),
        # A raion alone says where hromadas are: Мирівська громада of Nikopol district is Myrove's, not Myrivka's
        # of Kyiv Oblast; of the towns near the raion's centre, Pokrov (Pokrovsk of Donetsk Oblast is far).
        (
            "Росіяни обстріляли Нікопольський район. Потерпали Марганецька та Мирівська громади, а найбільше "
            "Покровська громада.",
            [("Нікопольський район", "Nikopol district", "place:ua-oblast-dnipropetrovsk"),
             ("Марганецька", "Marhanetska hromada (Marhanets hromada)", "place:ua-oblast-dnipropetrovsk"),
             ("Мирівська", "Myrivska hromada (Myrove hromada)", "place:ua-oblast-dnipropetrovsk"),
             ("Покровська", "Pokrovska hromada (Pokrov hromada)", "place:ua-oblast-dnipropetrovsk")],
        ),
        # A round-up's list of places hit: most of its names can lie in Kherson Oblast, so each is its namesake
        # there (Михайлівка is no longer the Zaporizhzhia town), the list going on past towns of the gazetteer.
        (
            "Під ворожим вогнем опинилися Понятівка, Берислав, Михайлівка, Тягинка та місто Херсон.",
            [("Понятівка", "Poniativka", "place:ua-raion-kherson"),
             ("Берислав", "Beryslav", "place:ua-oblast-kherson"),
             ("Михайлівка", "Mykhailivka", "place:ua-raion-beryslav"),
             ("Тягинка", "Tiahynka", "place:ua-raion-beryslav"), ("Херсон", "Kherson", "place:ua-oblast-kherson")],
        ),
        (
            "Ворог завдав 404 удари по 4 населених пунктах: Степногірськ, Приморське, Малокатеринівка та Біленьке.",
            [("Степногірськ", "Stepnohirsk", "place:ua-oblast-zaporizhzhia"),
             ("Приморське", "Prymorske", "place:ua-oblast-zaporizhzhia"),
             ("Малокатеринівка", "Malokaterynivka", "place:ua-oblast-zaporizhzhia"),
             ("Біленьке", "Bilenke", "place:ua-raion-zaporizhzhia")],
        ),
        # The words nearest "village" are its name; a sentence may open with "Село"; "села" may begin a list.
        (
            "Russian shelling hit Kherson Oblast's Bilozerka village on Monday.",
            [("Kherson Oblast's", "Kherson Oblast", "place:country-ukraine"),
             ("Bilozerka", "Bilozerka", "place:ua-oblast-kherson")],
        ),
        (
            "Село Лужок Малоданилівської громади обстріляли вночі.",
            [("Лужок", "Luzhok", "place:ua-raion-kharkiv"),
             ("Малоданилівської", "Malodanylivska hromada (Mala Danylivka hromada)", "place:ua-oblast-kharkiv")],
        ),
        (
            "Окупанти обстріляли села Балка та Сподобівка на Харківщині.",
            [("Балка", "Balka", "place:ua-raion-kupiansk"), ("Сподобівка", "Spodobivka", "place:ua-raion-kupiansk"),
             ("Харківщині", "Kharkiv Oblast", "place:country-ukraine")],
        ),
        # Of the Kharkiv Oblast settlements like "Боровая", the whole name decides: Борова, not Борове.
        (
            "Харьковская область. Поврежден многоквартирный дом (пгт. Боровая).",
            [("Харьковская область", "Kharkiv Oblast", "place:country-ukraine"),
             ("Боровая", "Borova", "place:ua-raion-chuhuiv")],
        ),
        # A hromada's adjective read as a town of another oblast is the town of the oblast the report names: the
        # hyphenated Білгород-Дністровська (not Belgorod of Russia), Семенівська of Chernihiv Oblast (not Poltava's).
        (
            "Вибухи у Білгород-Дністровській міській територіальній громаді Одеської області.",
            [("Білгород-Дністровській", "Bilhorod-Dnistrovska hromada (Bilhorod-Dnistrovskyi hromada)", "place:ua-oblast-odesa"),
             ("Одеської області", "Odesa Oblast", "place:country-ukraine")],
        ),
        (
            # The town the codifier lists is GeoNames' Semenivka of Chernihiv Oblast: one town, one key.
            "У Семенівській громаді Чернігівської області через удар безпілотником.",
            [("Семенівській", "Semenivska hromada (Semenivka hromada)", "place:ua-oblast-chernihiv"),
             ("Чернігівської області", "Chernihiv Oblast", "place:country-ukraine")],
        ),
        # A round-up's list after what the places were under; "were" alone opens none.
        (
            "Минулої доби під ворожим дроновим терором, авіаційними ударами та обстрілами перебували Розлив, "
            "Томарине та місто Херсон Херсонської області.",
            [("Розлив", "Rozlyv", "place:ua-raion-kherson"), ("Томарине", "Tomaryne", "place:ua-raion-beryslav"), ("Херсон", "Kherson", "place:ua-oblast-kherson"),
             ("Херсонської області", "Kherson Oblast", "place:country-ukraine")],
        ),
        ("У Херсонській області перебували Розлив і Томарине.",
         [("Херсонській області", "Kherson Oblast", "place:country-ukraine")]),
        # Copy translated from Russian writes the region's villages the Russian way in Latin letters.
        (
            "Over the past day under enemy fire and airstrikes were Romashkovo, Novotyaginka and Gavrilovka "
            "in the Kherson region.",
            [("Romashkovo", "Romashkove", "place:ua-raion-kherson"),
             ("Novotyaginka", "Novotiahynka", "place:ua-raion-kherson"),
             ("Gavrilovka", "Havrylivka", "place:ua-raion-beryslav"),
             ("Kherson region", "Kherson Oblast", "place:country-ukraine")],
        ),
        # An English list's item is its whole name ("Krasny Mayak" is not Красне, nor the Donetsk town Mayak), and the
        # list goes on past it; "Novonikolaevka" is Новомиколаївка; a name whose vowels differ more is still its
        # consonants ("Zmiyevka", Зміївка).
        (
            "Over the past day under enemy fire and airstrikes were Antonovka, Romashkovo, Krasny Mayak, Zmiyevka, "
            "Novonikolaevka, Berislav and the city of Kherson.",
            [("Antonovka", "Antonivka", "place:ua-oblast-kherson"),
             ("Romashkovo", "Romashkove", "place:ua-raion-kherson"),
             ("Zmiyevka", "Zmiivka", "place:ua-raion-beryslav"),
             ("Novonikolaevka", "Novomykolaivka", "place:ua-raion-beryslav"),
             ("Berislav", "Beryslav", "place:ua-oblast-kherson"),
             ("Kherson", "Kherson", "place:ua-oblast-kherson")],
        ),
        # Names that are also towns elsewhere ("Aleksandrovka" in Crimea, "Mikhaylovka" in Russia) are the villages
        # of the oblast most of the list can lie in, its Russian spellings counted.
        (
            "Over the past day under enemy fire and airstrikes were Romashkovo, Mikhaylovka, Pridneprovskoe, "
            "Gavrilovka, Novotyaginka, Veletenskoe and the city of Kherson.",
            [("Romashkovo", "Romashkove", "place:ua-raion-kherson"),
             ("Mikhaylovka", "Mykhailivka", "place:ua-raion-beryslav"),
             ("Pridneprovskoe", "Prydniprovske", "place:ua-raion-kherson"),
             ("Gavrilovka", "Havrylivka", "place:ua-raion-beryslav"),
             ("Novotyaginka", "Novotiahynka", "place:ua-raion-kherson"),
             ("Veletenskoe", "Veletenske", "place:ua-raion-kherson"),
             ("Kherson", "Kherson", "place:ua-oblast-kherson")],
        ),
        # A name right before a hromada in the genitive is a settlement of it.
        ("У Львівці Олександрівської громади Донеччини поранено людину.",
         [("Львівці", "Lvivka", "place:ua-raion-kramatorsk"), ("Олександрівської", "Oleksandrivska hromada (Oleksandrivka hromada)", "place:ua-raion-kramatorsk"),
          ("Донеччини", "Donetsk Oblast", "place:country-ukraine")]),
        # A round-up's list names its villages before their raion in brackets, without "с.".
        ("Под ударом оказались в Харьковской области:\n- Мохнач, Малиновка, (Чугуевский район);\n- Циркуны и "
         "Слободское (Харьковский район).",
         [("Харьковской области", "Kharkiv Oblast", "place:country-ukraine"),
          ("Мохнач", "Mokhnach", "place:ua-raion-chuhuiv"), ("Малиновка", "Malynivka", "place:ua-oblast-kharkiv"),
          ("Чугуевский район", "Chuhuiv district", "place:ua-oblast-kharkiv"),
          ("Циркуны", "Tsyrkuny", "place:ua-oblast-kharkiv"), ("Слободское", "Slobidske", "place:ua-raion-kharkiv"),
          ("Харьковский район", "Kharkiv district", "place:ua-oblast-kharkiv")]),
        # "such as", "зокрема" after the plural noun begin its list; the oblast the sentence names places it.
        ("Russian drones struck 15 settlements in the Kharkiv region, such as Sinkivka and Stepova Novoselivka.",
         [("Kharkiv region", "Kharkiv Oblast", "place:country-ukraine"),
          ("Sinkivka", "Synkivka", "place:ua-raion-kupiansk"),
          ("Stepova Novoselivka", "Stepova Novoselivka", "place:ua-raion-kupiansk")]),
        ("Росіяни обстріляли населені пункти Харківщини, зокрема Синьківку та Степову Новоселівку.",
         [("Харківщини", "Kharkiv Oblast", "place:country-ukraine"),
          ("Синьківку", "Synkivka", "place:ua-raion-kupiansk"),
          ("Степову Новоселівку", "Stepova Novoselivka", "place:ua-raion-kupiansk")]),
        # A list of names, enough of them villages of the report's oblast as written, is one of villages.
        ("Air strikes hit Kozacha Lopan, Vovchansk, Okhrymivka, Sadove, Tabaivka, and Cherneshchyna in the Kharkiv "
         "region.",
         [("Kozacha Lopan", "Kozacha Lopan", "place:ua-oblast-kharkiv"),
          ("Vovchansk", "Vovchansk", "place:ua-oblast-kharkiv"),
          ("Okhrymivka", "Okhrimivka", "place:ua-raion-chuhuiv"), ("Sadove", "Sadove", "place:ua-raion-kupiansk"),
          ("Tabaivka", "Tabaivka", "place:ua-raion-kupiansk"),
          ("Cherneshchyna", "Cherneshchyna", "place:ua-raion-bohodukhiv"),
          ("Kharkiv region", "Kharkiv Oblast", "place:country-ukraine")]),
        # Not a list of cities in their cases, whose names come close to villages'.
        ("Ракети влучили по Києву, Харкову, Львову, Кривому Рогу, Хмельницькому та Житомиру.",
         [("Києву", "Kyiv", None), ("Харкову", "Kharkiv", "place:ua-oblast-kharkiv"),
          ("Львову", "Lviv", "place:ua-oblast-lviv"), ("Кривому Рогу", "Kryvyi Rih", "place:ua-oblast-dnipropetrovsk"),
          ("Хмельницькому", "Khmelnytskyi", "place:ua-oblast-khmelnytskyi"),
          ("Житомиру", "Zhytomyr", "place:ua-oblast-zhytomyr")]),
        # A list's town is the town over a village of a named oblast only spelt nearly so (Konotopy, Lviv Oblast);
        # a village of the named oblast called so as written is the village (not Rubizhne, the Luhansk town).
        ("Missiles were also launched at Zaporizhzhia, Kharkiv, Odesa, Konotop and Lviv, in the west. A warehouse "
         "burned in the Lviv region.",
         [("Zaporizhzhia", "Zaporizhzhia", "place:ua-oblast-zaporizhzhia"),
          ("Kharkiv", "Kharkiv", "place:ua-oblast-kharkiv"), ("Odesa", "Odesa", "place:ua-oblast-odesa"),
          ("Konotop", "Konotop", "place:ua-oblast-sumy"), ("Lviv", "Lviv", "place:ua-oblast-lviv"),
          ("Lviv region", "Lviv Oblast", "place:country-ukraine")]),
        ("Over the past day, Russian troops shelled Kupiansk, Kozacha Lopan, Rubizhne, Vovchansk, Tykhe and Starytsia "
         "in the Kharkiv region, Governor Oleh Syniehubov said.",
         [("Kupiansk", "Kupiansk", "place:ua-oblast-kharkiv"), ("Kozacha Lopan", "Kozacha Lopan", "place:ua-oblast-kharkiv"),
          ("Rubizhne", "Rubizhne", "place:ua-raion-lozova"), ("Vovchansk", "Vovchansk", "place:ua-oblast-kharkiv"),
          ("Tykhe", "Tykhe", "place:ua-raion-chuhuiv"), ("Starytsia", "Starytsia", "place:ua-raion-chuhuiv"),
          ("Kharkiv region", "Kharkiv Oblast", "place:country-ukraine")]),
        # A name right before its raion is a settlement of it.
        ("In Shebelynka, Izium district, power lines were hit.",
         [("Shebelynka", "Shebelynka", "place:ua-raion-izium"), ("Izium district", "Izium district", "place:ua-oblast-kharkiv")]),
        ("У Шебелинці Ізюмського району пошкоджено лінії електропередач.",
         [("Шебелинці", "Shebelynka", "place:ua-raion-izium"),
          ("Ізюмського району", "Izium district", "place:ua-oblast-kharkiv")]),
        # Not where a casualty came from, nor a name before a raion of Russia.
        ("Поранено 60-річного жителя Кіндрашівки Куп'янського району.",
         [("Куп'янського району", "Kupiansk district", "place:ua-oblast-kharkiv")]),
        # Without a word that says a settlement follows, "Балка" (a gully) is no place.
        ("За балкою біля Балки нічого не сталося.", []),
    ],
)  # fmt: skip
def test_villages_are_read_after_a_marker_and_placed_by_the_report(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert places(gazetteer, text) == expected


def test_a_name_several_villages_share_is_left_unplaced_when_the_report_does_not_say_which(
    gazetteer: Gazetteer,
) -> None:
    assert places(gazetteer, "Дрон атакував село Сподобівка-Друга і село Лужок, поранено чоловіка.") == [
        ("Лужок", "Luzhok", "place:country-ukraine")
    ]


def test_a_russian_village_is_not_a_ukrainian_namesake(gazetteer: Gazetteer) -> None:
    """A report on Kursk Oblast names no Ukrainian oblast: its "село Лужок" is Kursk's, not one of the three
    Ukrainian villages of that name."""
    assert places(gazetteer, "В Курской области дрон атаковал село Лужок.") == [
        ("Курской области", "Kursk Oblast", "place:country-russia"),
        ("Лужок", "Luzhok", "place:ru-region-kursk"),
    ]


def test_choosing_among_namesakes() -> None:
    def village(key: str, oblast: str, raion: str = "", hromada: str = "") -> Settlement:
        return Settlement(key, "Balka", "village", oblast, raion, hromada, "Балка")

    kharkiv = village("a", "ua-oblast-kharkiv", hromada="великобурлуцьк")
    odesa = village("b", "ua-oblast-odesa", raion="ua-raion-odesa")
    poltava = village("c", "ua-oblast-poltava")
    every = [kharkiv, odesa, poltava]
    assert Settlements.choose(every, set(), {"великобурлуцьк"}) == (kharkiv, True)
    assert Settlements.choose(every, {"place:ua-raion-odesa"}, set()) == (odesa, True)
    assert Settlements.choose(every, {"place:ua-oblast-poltava"}, set()) == (poltava, True)
    assert Settlements.choose(every, set(), set()) == (None, False)
    assert Settlements.choose([odesa], set(), set()) == (odesa, False)
    # A village and a settlement of one name side by side: the village, confirmed only by what the report names.
    side_by_side = Settlement("d", "Balka", "settlement", "ua-oblast-kharkiv", "", "великобурлуцьк", "Балка")
    assert Settlements.choose([side_by_side, kharkiv], set(), set()) == (kharkiv, False)
    assert Settlements.choose([side_by_side, kharkiv], {"place:ua-oblast-kharkiv"}, set()) == (kharkiv, True)


_LUZHOK = (
    "Уночі 13 вересня 2025 року російський дрон атакував Харківщину. "
    "У с. Лужок Малоданилівської громади пошкоджено приватний будинок, поранена жінка."
)


def test_a_village_is_asked_about_by_either_name(desk: IncidentDesk) -> None:
    assert desk.ingest_bytes(_LUZHOK.encode(), name="luzhok.txt").status == "added"
    for question in ("!incident Luzhok", "!incident Лужок"):
        answer = render.to_json(desk.ask(question))
        assert [(i["date"], i["places"]) for i in answer["incidents"]] == [
            ("2025-09-13", ["Kharkiv Oblast", "Luzhok", "Malodanylivska hromada (Mala Danylivka hromada)"])
        ], question
    # The oblast's question finds the village's incident through the hierarchy the codifier gives.
    assert [i["places"] for i in render.to_json(desk.ask("!incident Kharkiv Oblast"))["incidents"]] == [
        ["Kharkiv Oblast", "Luzhok", "Malodanylivska hromada (Mala Danylivka hromada)"]
    ]


_NIKOPOL_DISTRICT = (
    "Уночі 13 вересня 2025 року росіяни обстріляли Нікопольський район. У Нікополі побите приватне підприємство. "
    "Від ударів потерпали Марганецька та Мирівська громади."
)
_KALYNIVKA = (
    "Уночі 13 вересня 2025 року дрони атакували Калинівську громаду Вінницької області. "
    "Пошкоджено складські приміщення, постраждалих немає."
)
_VESELE = (
    "Уночі 13 вересня 2025 року окупанти скинули чотири КАБи на села Веселе та Козацьке Новокаховської громади "
    "Херсонщини. Поранено трьох людей."
)
_SEMENIVKA = (
    "13 вересня 2025 року ворог атакував FPV-дронами місто Семенівка на Чернігівщині, пошкоджено будинок."
)
_BELGOROD_DISTRICT = (
    "13 сентября 2025 года Белгородская область подверглась атаке. В Белгородском районе по поселку Малиновка "
    "нанесен удар беспилотника, поврежден дом."
)
_KHARKIV_DISTRICT = (
    "On Sept. 13, 2025, a guided bomb hit Kharkiv's Kyivskyi district, injuring six people. "
    "The blast damaged a school and several apartment buildings, the mayor said."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A hromada, asked about by its town's name or by its own adjective, in either language.
        ("!incident Myrove hromada", "1 incident for Myrivska hromada (Myrove hromada)."),
        ("!incident Мирівська громада", "1 incident for Myrivska hromada (Myrove hromada)."),
        ("!incident Калинівська громада", "1 incident for Kalynivska hromada (Kalynivka hromada)."),
        ("!incident Kalynivka hromada", "1 incident for Kalynivska hromada (Kalynivka hromada)."),
        # ... and by its adjective as English copy transliterates it.
        ("!incident Kalynivska hromada", "1 incident for Kalynivska hromada (Kalynivka hromada)."),
        ("!incident Nikopolska hromada", "1 incident for Nikopol."),
        # The town's hromada is not its oblast: "Nikopol" alone answers for the raion named after it too.
        ("!incident Nikopol hromada", "1 incident for Nikopol."),
        # A village that shares a town's name: the one an incident names.
        ("!incident Vesele", "1 incident for Vesele."),
        # ... and a town that shares a larger town's name.
        ("!incident Semenivka", "1 incident for Semenivka."),
        # A district several cities have, asked about without its city.
        ("!incident Kyivskyi district", "1 incident for Kyivskyi district (Kharkiv)."),
        ("!incident Київський район", "1 incident for Kyivskyi district (Kharkiv)."),
        # A village of Russia's side that shares a Ukrainian town's name, and a district of Russia.
        ("!incident Malinovka", "1 incident for Malinovka."),
        # A district of Russia, named both ways English copy names it, and asked about by either.
        ("!incident Belgorod district", "1 incident for Belgorodsky district (Belgorod district)."),
        ("!incident Belgorodsky district", "1 incident for Belgorodsky district (Belgorod district)."),
    ],
)
def test_hromadas_and_districts_are_asked_about_by_their_names(
    desk: IncidentDesk, question: str, expected: str
) -> None:
    for number, text in enumerate(
        (_NIKOPOL_DISTRICT, _KALYNIVKA, _KHARKIV_DISTRICT, _VESELE, _BELGOROD_DISTRICT, _SEMENIVKA)
    ):
        assert desk.ingest_bytes(text.encode(), name=f"{number}.txt").status == "added"
    assert desk.ask(question).message.splitlines()[0] == expected


def test_a_town_is_the_namesake_in_the_oblast_the_report_names(gazetteer: Gazetteer) -> None:
    (incident,) = extract_article(_SEMENIVKA, date(2025, 9, 14), gazetteer).incidents
    assert sorted(p.key for p in incident.places) == [
        "place:ua-city-semenivka-chernihiv",
        "place:ua-oblast-chernihiv",
    ]


def test_a_process_that_only_answers_knows_stored_villages_without_their_names_index(
    settings: Settings, gazetteer: Gazetteer
) -> None:
    """The bot's reader and a CLI question open the database with a gazetteer of their own: a village stored by
    another process is known by its key, and by its Ukrainian name, without loading the index of every village's
    case forms (a third of the table's memory)."""
    writer = IncidentDesk(settings, gazetteer=gazetteer)
    assert writer.ingest_bytes(_LUZHOK.encode(), name="luzhok.txt").status == "added"
    writer.close()
    fresh = Gazetteer.load(DATA)
    reader = IncidentDesk(settings, gazetteer=fresh)
    for question in ("!incident Luzhok", "!incident Лужок"):
        answer = render.to_json(reader.ask(question))
        assert [i["places"] for i in answer["incidents"]] == [
            ["Kharkiv Oblast", "Luzhok", "Malodanylivska hromada (Mala Danylivka hromada)"]
        ], question
    assert fresh.get("place:ua-village-luzhok-63120130040098836") == Entity(
        "place:ua-village-luzhok-63120130040098836", EntityKind.PLACE, "Luzhok", "village", "place:ua-raion-kharkiv",
        ("Лужок",),
    )  # fmt: skip
    assert fresh._settlements is None, "answering questions loaded the index of every village's names"
    reader.close()


def test_the_table_holds_every_village_with_its_forms(gazetteer: Gazetteer) -> None:
    settlements = Settlements.load(Path(DATA) / "gazetteer" / "settlements.csv")
    assert len(settlements) == 26497
    # "у с. Лужку": a case form, of the three villages called Лужок.
    (luzhku,) = settlements.named_in("Удар по с. Лужку.")
    assert sorted(s.oblast for s in luzhku.candidates) == [
        "ua-oblast-kharkiv",
        "ua-oblast-kirovohrad",
        "ua-oblast-vinnytsia",
    ]
    # A name a report left unplaced is known again by its key in a process that never read that report.
    assert settlements.entity_of("place:ua-village-antonivka") == Entity(
        "place:ua-village-antonivka", EntityKind.PLACE, "Antonivka", "village", "place:country-ukraine"
    )
    luzhok = settlements.by_key("place:ua-village-luzhok-63120130040098836")
    assert luzhok == Settlement(
        "ua-village-luzhok-63120130040098836", "Luzhok", "village", "ua-oblast-kharkiv", "ua-raion-kharkiv",
        "малоданилівськ", "Лужок", False,
    )  # fmt: skip
    # Кіндрашівка gives Кіндрашівська громада its name; its raion is Куп'янський, which the codifier names (the
    # dictionaries do not know the adjective).
    assert settlements.by_key("place:ua-village-kindrashivka-63080070010082928") == Settlement(
        "ua-village-kindrashivka-63080070010082928", "Kindrashivka", "village", "ua-oblast-kharkiv", "ua-raion-kupiansk",
        "кіндрашівськ", "Кіндрашівка", True,
    )  # fmt: skip


def test_a_neuter_adjective_name_makes_its_hromadas_adjective() -> None:
    assert [c for c in candidates_of("Покровське") if c.endswith("ий")][-1:] == ["покровський"]
    assert [c for c in candidates_of("Покровское") if c.endswith("ий")][-1:] == ["покровский"]


def test_only_a_hromada_not_a_citizen_makes_a_report_read_for_settlements() -> None:
    assert may_name_settlement("Громадяни громадської організації зібралися.") is False
    assert may_name_settlement("Вибухи у Роменській громаді.") is True
    assert may_name_settlement("обстріл Сумської та Роменської громад") is True


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Krasny", "красны"),  # "y" after a consonant
        ("Maydan", "майдан"),  # "y" after a vowel
        ("Yasnoe", "ясное"),
        ("Shlyakhovoe", "шляховое"),  # letter groups before single letters
        ("Novotyaginka", "новотягинка"),
    ],
)
def test_russian_names_in_latin_letters_are_read_back(latin: str, cyrillic: str) -> None:
    assert _cyrillic_of_russian_latin(latin) == cyrillic


def test_a_russian_village_a_ukrainian_report_names_is_spelt_in_russian_letters(gazetteer: Gazetteer) -> None:
    """ "у селищі Вигоничі" of a report on Bryansk Oblast: Ukrainian letters would make "Vigonichі"."""
    assert places(gazetteer, "Увечері у Брянській області дрони атакували підстанцію у селищі Вигоничі.") == [
        ("Брянській області", "Bryansk Oblast", "place:country-russia"),
        ("Вигоничі", "Vigonichi", "place:ru-region-bryansk"),
    ]
