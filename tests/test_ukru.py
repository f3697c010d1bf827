"""Ukrainian and Russian reports (issue 12): names in their case forms, languages, dates, figures, questions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.extract import Gazetteer
from bot.extract.counts import find_counts
from bot.extract.language import LanguageIdentifier
from bot.extract.normalize import name_key

ROOT = Path(__file__).resolve().parent.parent


def found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entity.name) for m in gazetteer.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вибухи у Києві, Києва, над Києвом", [("Києві", "Kyiv"), ("Києва", "Kyiv"), ("Києвом", "Kyiv")]),
        ("у Київській області та на Київщині", [("Київській області", "Kyiv Oblast"), ("Київщині", "Kyiv Oblast")]),
        ("по Харкову і Харківщині", [("Харкову", "Kharkiv"), ("Харківщині", "Kharkiv Oblast")]),
        ("в Одесі та на Одещині", [("Одесі", "Odesa"), ("Одещині", "Odesa Oblast")]),
        ("у Дніпрі, на Дніпропетровщині", [("Дніпрі", "Dnipro"), ("Дніпропетровщині", "Dnipropetrovsk Oblast")]),
        ("в Киеве и Харьковской области", [("Киеве", "Kyiv"), ("Харьковской области", "Kharkiv Oblast")]),
        ("в Курской и Белгородской областях", [("Курской", "Kursk Oblast"), ("Белгородской областях", "Belgorod Oblast")]),
        ("у Сумах, Білій Церкві та Кривому Рогу", [("Сумах", "Sumy"), ("Білій Церкві", "Bila Tserkva"), ("Кривому Рогу", "Kryvyi Rih")]),
        ("шахедами, Калібрами та Кинджалами", [("шахедами", "Shahed-136"), ("Калібрами", "Kalibr"), ("Кинджалами", "Kinzhal")]),
        ("ракети Х-101 та Х-22, «Искандеры»", [("Х-101", "Kh-101"), ("Х-22", "Kh-22"), ("Искандеры", "Iskander-M")]),
    ],
)  # fmt: skip
def test_declined_names(gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(gazetteer, text) == expected


def test_a_declined_common_word_is_no_name(gazetteer: Gazetteer) -> None:
    # "суми" is also "sums"; forms keep the name's capital, so only the town's are names.
    assert found(gazetteer, "на суму 5 мільйонів, у сумах грошей") == []


def test_the_inflection_table_is_what_the_script_makes() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/build_inflections.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert (result.returncode, result.stdout) == (0, "data/gazetteer/inflections.csv is up to date\n")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("У ніч на 5 березня противник атакував Україну ударними БпЛА типу Shahed, повідомили Повітряні сили.", "uk"),
        ("В ночь на 2 марта российские войска атаковали Одессу беспилотниками, сообщили в ОВА.", "ru"),
        ("Russia launched 90 drones and 5 missiles at Ukraine overnight, the air force said.", "en"),
        ("Ok.", ""),
        ("", ""),
    ],
)  # fmt: skip
def test_language_of_an_article(text: str, code: str) -> None:
    assert LanguageIdentifier().identify(text) == code


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The Air Force's morning post, line by line.
        ("У ніч на 5 березня противник атакував Україну 54-ма ударними БпЛА типу Shahed.", [("launched", 54, "drone")]),
        ("Протиповітряною обороною збито/подавлено 33 ворожі БпЛА.", [("destroyed", 33, "drone")]),
        ("Зафіксовано влучання 21 ударного БпЛА на восьми локаціях.", [("hit", 21, "drone")]),
        ("Зафіксовано влучання на 9 локаціях.", []),
        ("Ще 15 ворожих БпЛА локаційно втрачені.", [("lost", 15, "drone")]),
        ("Сили ППО ліквідували 17 із 22 БпЛА.", [("destroyed", 17, "drone"), ("launched", 22, "drone")]),
        ("Всього окупанти застосували до 26 ударних дронів.", [("launched", 26, "drone")]),
        # Russian.
        ("Россияне выпустили по Украине 20 дронов-камикадзе.", [("launched", 20, "drone")]),
        ("Силами ПВО были сбиты семь крылатых ракет.", [("destroyed", 7, "missile")]),
        ("Из 24 пострадавших 4 находятся в тяжелом состоянии.", [("injured", 24, "")]),
        # People.
        ("Загинули двоє людей, ще 12 постраждали.", [("killed", 2, ""), ("injured", 12, "")]),
        ("Внаслідок удару загинули 3 людини.", [("killed", 3, "")]),
        # Years and thousands are no counts of weapons.
        ("У 2024 році противник застосував понад 1 000 ракет.", [("launched", 1000, "missile")]),
    ],
)  # fmt: skip
def test_figures_in_ukrainian_and_russian(sentence: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(c.measure, c.value, c.noun) for c in find_counts(sentence)] == expected


def test_figures_carry_the_weapon_named_after_them(gazetteer: Gazetteer) -> None:
    sentence = "Противник випустив 4 ракети Х-101 та 2 Кинджали."
    weapons = gazetteer.find(sentence)
    assert [(c.measure, c.value, c.weapon_name) for c in find_counts(sentence, 0, weapons)] == [
        ("launched", 4, "Kh-101"),
        ("launched", 2, "Kinzhal"),
    ]


@pytest.mark.parametrize(
    ("word", "same_as"),
    [("Cевастополь", "Севастополь"), ("Kиїв", "Київ"), ("Xарків", "Харків"), ("Кh-101", "Kh-101")],
)
def test_words_typed_in_two_scripts_are_read_in_one(word: str, same_as: str) -> None:
    assert name_key(word) == name_key(same_as)
