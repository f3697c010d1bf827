"""Ukrainian and Russian date phrases, read as a careful reader reads their English translations
(see ../shared/notes/dates.md and tests/test_dates.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bot.daterange import DateRange, DateRangeError, parse_date_range
from bot.extract.dates import find_dates, line_date, may_have_dates
from bot.extract.normalize import tokenize
from bot.models import DateKind

from .conftest import incident_date_reading

TUESDAY = date(2024, 8, 6)  # the English tests' sample publication date, a Tuesday
MONDAY = date(2024, 12, 16)
NEW_YEAR_TUESDAY = date(2024, 1, 2)

Expected = tuple[str, str, str, str]


def day(iso: str) -> Expected:
    return ("day", iso, iso, iso)


def night_to(iso: str) -> Expected:
    """The night that ended on the morning of `iso`."""
    evening = (date.fromisoformat(iso) - timedelta(days=1)).isoformat()
    return ("night", iso, evening, iso)


def night_after(iso: str) -> Expected:
    """The night that began on the evening of `iso` ("Monday night", "late on Monday", "yesterday night")."""
    morning = (date.fromisoformat(iso) + timedelta(days=1)).isoformat()
    return ("night", iso, iso, morning)


INCIDENT_DATES: list[tuple[str, date | None, Expected | None]] = [
    # Day and month: the month in the genitive; the latest such day on or before publication.
    ("31 липня росіяни атакували Харків ракетами.", TUESDAY, day("2024-07-31")),
    ("31 июля российские войска атаковали Харьков ракетами.", TUESDAY, day("2024-07-31")),
    ("Росіяни атакували Харків 31 липня 2024 року.", None, day("2024-07-31")),
    ("Российские войска атаковали Харьков 31 июля 2024 года.", None, day("2024-07-31")),
    ("Росіяни атакували Суми 31 липня 2024 р.", None, day("2024-07-31")),
    ("Российские войска атаковали Сумы 31 июля 2024 г.", None, day("2024-07-31")),
    ("Удар по Одесі 24-го липня зруйнував склад.", TUESDAY, day("2024-07-24")),
    ("Вранці 5 серпня ракета влучила в Дніпро.", TUESDAY, day("2024-08-05")),
    # "As of the morning of 5 August": when the count was made; the attack is the Monday's.
    (
        "По состоянию на утро 5 августа подтверждена гибель 23 человек после удара в понедельник.",
        TUESDAY,
        day("2024-08-05"),
    ),
    ("Дрони атакували Харків 2 січня минулого року.", TUESDAY, day("2023-01-02")),
    ("Дроны атаковали Харьков 24 апреля этого года.", TUESDAY, day("2024-04-24")),
    # Consecutive days are a night, a longer span is a period (as "5-6 August" and "1-10 August").
    ("1-2 березня дрони атакували Одесу.", TUESDAY, night_to("2024-03-02")),
    ("1–2 марта беспилотники атаковали Одессу.", TUESDAY, night_to("2024-03-02")),
    ("1 і 2 березня дрони атакували Одесу.", TUESDAY, night_to("2024-03-02")),
    ("1-10 березня тривали обстріли Херсона.", TUESDAY, None),
    ("Это случилось 30 февраля.", TUESDAY, None),
    # The night named by the morning it ended.
    ("У ніч на 14 грудня росіяни атакували Київ ударними БпЛА.", MONDAY, night_to("2024-12-14")),
    ("В ночь на 2 марта российские войска атаковали Одессу.", TUESDAY, night_to("2024-03-02")),
    ("У ніч проти 21 вересня ворог атакував Запоріжжя.", MONDAY, night_to("2024-09-21")),
    ("Вночі проти 21 вересня ворог атакував Запоріжжя.", MONDAY, night_to("2024-09-21")),
    ("В ночь с 1 на 2 марта дроны атаковали Курскую область.", TUESDAY, night_to("2024-03-02")),
    ("У ніч з 1 на 2 березня дрони атакували Київщину.", TUESDAY, night_to("2024-03-02")),
    ("У ніч з 31 грудня на 1 січня дрони атакували Київ.", NEW_YEAR_TUESDAY, night_to("2024-01-01")),
    ("В ночь на 5 марта 2023 года дроны атаковали Крым.", None, night_to("2023-03-05")),
    ("У ніч з 1 на 3 березня дрони атакували Київ.", TUESDAY, None),
    ("У ніч на 30 лютого дрони атакували Київ.", TUESDAY, None),
    ("В ночь на 2-е марта дроны атаковали Крым.", TUESDAY, night_to("2024-03-02")),
    # The air force counts a night from 19:00 the evening before.
    ("Противник атакував з 19:00 13 грудня до 07:00 14 грудня.", MONDAY, night_to("2024-12-14")),
    ("Противник атаковал с 19:00 13 декабря ударными беспилотниками.", MONDAY, night_to("2024-12-14")),
    # From an evening, or an evening and the night after it, is that night.
    ("Противник атакував з вечора 13 грудня ударними дронами.", MONDAY, night_to("2024-12-14")),
    (
        "Армия вечером 13 декабря и ночью 14 декабря обстреляла области Украины.",
        MONDAY,
        night_to("2024-12-14"),
    ),
    ("Росія ввечері 13 та вночі 14 грудня атакувала Одещину.", MONDAY, night_to("2024-12-14")),
    ("Вечером 13 декабря и ночью дроны атаковали Одессу.", MONDAY, night_to("2024-12-14")),
    ("Вечером 13 декабря дроны атаковали Одессу.", MONDAY, day("2024-12-13")),
    # The month named once is the night's: the evening is the day before it, across a month's end.
    ("Росія ввечері 30 та вночі 1 грудня атакувала Одещину.", MONDAY, night_to("2024-12-01")),
    (
        "С 23:00 по московскому времени пятницы, 13 декабря, до 7:00 сбиты 40 БПЛА.",
        MONDAY,
        night_to("2024-12-14"),
    ),
    ("У ніч на 14 грудня (з 18:00 13 грудня) ворог атакував Київ.", MONDAY, night_to("2024-12-14")),
    # A night between weekdays: the most recent such night; a date beside the weekday decides the week.
    ("У ніч на понеділок ворог атакував Харків.", MONDAY, night_to("2024-12-16")),
    ("В ночь на понедельник враг атаковал Харьков.", MONDAY + timedelta(days=1), night_to("2024-12-16")),
    ("У ніч з неділі на понеділок ворог атакував Одесу.", MONDAY + timedelta(days=1), night_to("2024-12-16")),
    (
        "В ночь с воскресенья на понедельник враг атаковал Одессу.",
        MONDAY + timedelta(days=1),
        night_to("2024-12-16"),
    ),
    ("У ніч на неділю, 14 грудня, ворог атакував Київ.", date(2024, 12, 20), night_to("2024-12-14")),
    ("У ніч з п'ятниці на суботу, 14 грудня 2024 року, ворог атакував Київ.", None, night_to("2024-12-14")),
    ("У ніч з суботи на понеділок ворог атакував Київ.", MONDAY, None),
    # Overnight: the night that ended on the day of publication.
    ("Минулої ночі ворог атакував Київ.", TUESDAY, night_to("2024-08-06")),
    ("Цієї ночі ворог атакував Київ.", TUESDAY, night_to("2024-08-06")),
    ("Вночі ворог атакував Київ.", TUESDAY, night_to("2024-08-06")),
    ("Уночі ворог атакував Київ.", TUESDAY, night_to("2024-08-06")),
    ("Сьогодні вночі ворог атакував Київ.", TUESDAY, night_to("2024-08-06")),
    ("Протягом ночі ворог атакував Київ.", TUESDAY, night_to("2024-08-06")),
    ("Прошлой ночью враг атаковал Киев.", TUESDAY, night_to("2024-08-06")),
    ("Этой ночью враг атаковал Киев.", TUESDAY, night_to("2024-08-06")),
    ("Ночью враг атаковал Киев.", TUESDAY, night_to("2024-08-06")),
    ("Минувшей ночью враг атаковал Киев.", TUESDAY, night_to("2024-08-06")),
    ("В течение ночи враг атаковал Киев.", TUESDAY, night_to("2024-08-06")),
    ("На світанку ворог атакував Київ.", TUESDAY, night_to("2024-08-06")),
    ("Другу ніч поспіль дрони атакують Одесу.", TUESDAY, night_to("2024-08-06")),
    ("Третью ночь подряд дроны атакуют Одессу.", TUESDAY, night_to("2024-08-06")),
    # "Over the past day", "in the past 24 hours" span the same two days, but are mostly yesterday, and filed
    # under it, as English "over the past day"; a day not said to be past may be any day.
    ("За минулу добу ворог атакував 12 громад.", TUESDAY, night_after("2024-08-05")),
    ("Протягом доби ворог атакував 12 громад.", TUESDAY, night_to("2024-08-06")),
    ("За прошедшие сутки враг атаковал 12 населенных пунктов.", TUESDAY, night_after("2024-08-05")),
    ("За останні 24 години ворог атакував 12 громад.", TUESDAY, night_after("2024-08-05")),
    ("За последние 24 часа враг атаковал 12 населенных пунктов.", TUESDAY, night_after("2024-08-05")),
    # "Overnight on 31 December": a night part beside a date is the night that ended that day.
    ("Вночі 31 грудня дрони атакували Київ.", NEW_YEAR_TUESDAY, night_to("2023-12-31")),
    # Yesterday, the day before, today.
    ("Вчора ворог атакував Харків.", TUESDAY, day("2024-08-05")),
    ("Учора ворог атакував Харків.", TUESDAY, day("2024-08-05")),
    ("Вчера враг атаковал Харьков.", TUESDAY, day("2024-08-05")),
    ("Вчора ввечері ворог атакував Суми.", TUESDAY, night_after("2024-08-05")),  # "yesterday evening"
    ("Вчера вечером враг атаковал Сумы.", TUESDAY, night_after("2024-08-05")),
    ("Вчора вночі ворог атакував Суми.", TUESDAY, night_after("2024-08-05")),  # "yesterday night"
    ("Вчера ночью враг атаковал Сумы.", TUESDAY, night_after("2024-08-05")),
    ("Позавчора ворог атакував Суми.", TUESDAY, day("2024-08-04")),
    ("Позавчера враг атаковал Сумы.", TUESDAY, day("2024-08-04")),
    ("Сьогодні ворог атакував Дніпро.", TUESDAY, day("2024-08-06")),
    ("Сьогодні вранці ракета влучила в Дніпро.", TUESDAY, day("2024-08-06")),
    ("Зранку ракета влучила в Дніпро.", TUESDAY, day("2024-08-06")),
    ("Вранці ракета влучила в Дніпро.", TUESDAY, day("2024-08-06")),
    ("Сегодня враг атаковал Днепр.", TUESDAY, day("2024-08-06")),
    ("Сегодня утром ракета попала в Днепр.", TUESDAY, day("2024-08-06")),
    ("Утром ракета попала в Днепр.", TUESDAY, day("2024-08-06")),
    ("Днем до Харькова долетел российский беспилотник.", TUESDAY, day("2024-08-06")),  # "in the daytime"
    ("Вдень ракета влучила в Дніпро.", TUESDAY, day("2024-08-06")),
    ("Днем ранее ракета попала в Харьков.", TUESDAY, None),  # "a day earlier"
    ("З кожним днем ворог атакує Харків.", TUESDAY, None),  # "with every day"
    ("День за днем ворог обстрілює Херсон.", TUESDAY, None),  # "day after day"
    ("Напередодні ворог атакував Харків.", TUESDAY, day("2024-08-05")),
    ("Напередодні ввечері ворог атакував Харків.", TUESDAY, night_after("2024-08-05")),
    ("Ворог атакував Харків напередодні.", TUESDAY, day("2024-08-05")),
    ("Накануне враг атаковал Харьков.", TUESDAY, day("2024-08-05")),
    ("Накануне вечером враг атаковал Харьков.", TUESDAY, night_after("2024-08-05")),
    ("Напередодні Різдва ворог атакував Харків.", TUESDAY, None),  # "on the eve of Christmas"
    ("Накануне выборов враг атаковал Харьков.", TUESDAY, None),
    ("Два дні тому ракета влучила в Дніпро.", TUESDAY, day("2024-08-04")),
    ("П'ять днів тому ракета влучила в Дніпро.", TUESDAY, day("2024-08-01")),
    ("Три дня назад ракета попала в Днепр.", TUESDAY, day("2024-08-03")),
    # Weekdays after their preposition, against a Tuesday: the most recent such day, the same day included.
    ("Ракети вдарили по Одесі у понеділок.", TUESDAY, day("2024-08-05")),
    ("Ракети вдарили по Одесі в понеділок.", TUESDAY, day("2024-08-05")),
    ("Ракеты ударили по Одессе в понедельник.", TUESDAY, day("2024-08-05")),
    ("Ракети вдарили по Одесі у вівторок.", TUESDAY, day("2024-08-06")),
    ("Ракеты ударили по Одессе во вторник.", TUESDAY, day("2024-08-06")),
    ("Ракети вдарили по Одесі у середу.", TUESDAY, day("2024-07-31")),
    ("Ракеты ударили по Одессе в среду.", TUESDAY, day("2024-07-31")),
    ("Ракети вдарили по Одесі в четвер.", TUESDAY, day("2024-08-01")),
    ("Ракеты ударили по Одессе в четверг.", TUESDAY, day("2024-08-01")),
    ("Ракети вдарили по Одесі у п'ятницю.", TUESDAY, day("2024-08-02")),
    ("Ракети вдарили по Одесі у п’ятницю.", TUESDAY, day("2024-08-02")),
    ("Ракети вдарили по Одесі у пʼятницю.", TUESDAY, day("2024-08-02")),
    ("Ракеты ударили по Одессе в пятницу.", TUESDAY, day("2024-08-02")),
    ("Ракети вдарили по Одесі у суботу.", TUESDAY, day("2024-08-03")),
    ("Ракеты ударили по Одессе в субботу.", TUESDAY, day("2024-08-03")),
    ("Ракети вдарили по Одесі у неділю.", TUESDAY, day("2024-08-04")),
    ("Ракеты ударили по Одессе в воскресенье.", TUESDAY, day("2024-08-04")),
    ("У понеділок ракети вдарили по Одесі.", TUESDAY, day("2024-08-05")),
    # "Last Tuesday" on a Tuesday is the week before; "last Thursday" the latest Thursday.
    ("Минулого вівторка дрони атакували Суми.", TUESDAY, day("2024-07-30")),
    ("В прошлый вторник дроны атаковали Сумы.", TUESDAY, day("2024-07-30")),
    ("Минулого четверга дрони атакували Суми.", TUESDAY, day("2024-08-01")),
    ("В прошлый четверг дроны атаковали Сумы.", TUESDAY, day("2024-08-01")),
    ("Минулого понеділка дрони атакували Суми.", TUESDAY, day("2024-08-05")),
    ("В прошлый понедельник дроны атаковали Сумы.", TUESDAY, day("2024-08-05")),
    ("У минулу п'ятницю дрони атакували Суми.", TUESDAY, day("2024-08-02")),
    # "Monday evening", "Monday night" and "late on Sunday": the night that began then, dated by its evening (an
    # attack that began in the evening is most often reported again the next morning).
    ("У понеділок увечері ворог атакував Київ.", TUESDAY, night_after("2024-08-05")),
    ("В понедельник вечером враг атаковал Киев.", TUESDAY, night_after("2024-08-05")),
    ("У понеділок вночі ворог атакував Київ.", TUESDAY, night_after("2024-08-05")),
    ("В понедельник ночью враг атаковал Киев.", TUESDAY, night_after("2024-08-05")),
    ("Пізно ввечері в неділю вибухи пролунали в Києві.", TUESDAY, night_after("2024-08-04")),
    ("Поздно вечером в воскресенье взрывы прогремели в Киеве.", TUESDAY, night_after("2024-08-04")),
    ("У понеділок, 29 липня, ворог атакував Київ.", TUESDAY, day("2024-07-29")),
    # Month and year boundaries: a report of 2 January 2024 (a Tuesday).
    ("Дрони атакували Харків у неділю.", NEW_YEAR_TUESDAY, day("2023-12-31")),
    ("Дроны атаковали Харьков в воскресенье.", NEW_YEAR_TUESDAY, day("2023-12-31")),
    ("Дрони атакували Харків 31 грудня.", NEW_YEAR_TUESDAY, day("2023-12-31")),
    ("Дроны атаковали Харьков 31 декабря.", NEW_YEAR_TUESDAY, day("2023-12-31")),
    ("Дрони атакували Харків 30 грудня минулого року.", date(2024, 1, 3), day("2023-12-30")),
    ("У ніч на неділю дрони атакували Харків.", NEW_YEAR_TUESDAY, night_to("2023-12-31")),
    ("В ночь на 1 января дроны атаковали Харьков.", NEW_YEAR_TUESDAY, night_to("2024-01-01")),
    # The first days of a month are often written as ordinal words.
    ("У ніч на перше січня дрони атакували Харків.", NEW_YEAR_TUESDAY, night_to("2024-01-01")),
    ("В ночь на первое января дроны атаковали Харьков.", NEW_YEAR_TUESDAY, night_to("2024-01-01")),
    ("Вранці десятого жовтня ракети влучили в Хмельницький.", date(2024, 10, 14), day("2024-10-10")),
    ("Третього травня ракета влучила в Дніпро.", date(2024, 10, 14), day("2024-05-03")),
    ("Друге місто країни атакували 5 травня.", date(2024, 10, 14), day("2024-05-05")),
    ("У ніч на двадцять перше вересня дрони атакували Харків.", date(2024, 10, 14), night_to("2024-09-21")),
    ("Одинадцятого жовтня ракета влучила в Дніпро.", date(2024, 10, 14), day("2024-10-11")),
    ("В ночь на двадцатое сентября дроны атаковали Харьков.", date(2024, 10, 14), night_to("2024-09-20")),
    ("Вчора дрони атакували Харків.", date(2024, 3, 1), day("2024-02-29")),
    # Numeric dates are the same in every language.
    ("Ракета влучила в Дніпро 31.07.2024.", None, day("2024-07-31")),
    ("Ракета попала в Днепр 31.07.2024 года.", None, day("2024-07-31")),
    # Durations, spans and years alone are not dates of an incident.
    ("Це перше застосування цієї ракети за п'ять місяців.", TUESDAY, None),
    ("Это первое применение этой ракеты за пять месяцев.", TUESDAY, None),
    ("Путін уперше за 24 роки відвідав КНДР.", TUESDAY, None),
    ("Путин впервые за 24 года посетил КНДР.", TUESDAY, None),
    ("Ракети такого типу буде знято з озброєння через 24 роки.", TUESDAY, None),
    ("Ракеты этого типа снимут с вооружения через 24 года.", TUESDAY, None),
    ("Протягом п'яти місяців ворог не застосовував ці ракети.", TUESDAY, None),
    ("В течение пяти месяцев враг не применял эти ракеты.", TUESDAY, None),
    ("З 2022 року Росія випустила тисячі ракет.", TUESDAY, None),
    ("С 2022 года Россия выпустила тысячи ракет.", TUESDAY, None),
    ("Бої тривали весь липень 2024 року.", TUESDAY, None),
    ("За добу до виборів ворог не атакував.", TUESDAY, None),  # "a day before the elections"
    ("Виробники забруднюють навколишнє середовище.", TUESDAY, None),
    ("Заводы загрязняют окружающую среду.", TUESDAY, None),  # "среда" is also "environment"
    ("Наступного понеділка відбудеться зустріч.", TUESDAY, None),  # next Monday: a plan
]


@pytest.mark.parametrize(("sentence", "anchor", "expected"), INCIDENT_DATES)
def test_incident_date_of_a_sentence(sentence: str, anchor: date | None, expected: Expected | None) -> None:
    assert incident_date_reading(sentence, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # A date bounding a span or naming a deadline is context.
        ("Росія випустила 500 дронів з 24 лютого 2022 року.", [DateKind.CONTEXT]),
        ("Россия выпустила 500 дронов с 24 февраля 2022 года.", [DateKind.CONTEXT]),
        ("З 24 лютого ворог щодня обстрілює місто.", [DateKind.CONTEXT]),
        ("Угоду мали підписати до 1 травня 2024 року.", [DateKind.CONTEXT]),
        ("Після 5 березня атаки посилились.", [DateKind.CONTEXT]),
        ("После 5 марта атаки усилились.", [DateKind.CONTEXT]),
        ("Починаючи з 1 березня, ворог щоночі атакує Одесу.", [DateKind.CONTEXT]),
        ("Начиная с 1 марта враг каждую ночь атакует Одессу.", [DateKind.CONTEXT]),
        ("Станом на 09:00 5 серпня збито 40 дронів.", [DateKind.CONTEXT]),
        ("По состоянию на 5 августа сбито 40 дронов.", [DateKind.CONTEXT]),
        ("З 1 по 10 березня ворог обстрілював Херсон.", [DateKind.CONTEXT]),
        ("Противник атакував з 08:00 5 серпня.", [DateKind.CONTEXT]),  # a morning start bounds a period
        ("Обстріли тривали до понеділка.", [DateKind.CONTEXT]),
        # A page's stamp run into its text is when it was filed.
        (
            "після авіаудару РФ по Золочеву 17.03.2024 17:49 Укрінформ У Золочеві відновили світло",
            [DateKind.REPORTED],
        ),
        ("Ворог атакував Золочів 17.03.2024.", [DateKind.DAY]),
        # A date right after a reporting verb, or opening a clause that goes on to one, is when it was said.
        ("Повітряні сили повідомили 5 березня, що ворог атакував Київ.", [DateKind.REPORTED]),
        ("Ворог атакував Харків, заявили в понеділок у ЗСУ.", [DateKind.REPORTED]),
        ("Враг атаковал Харьков, заявили в понедельник в ВСУ.", [DateKind.REPORTED]),
        ("В ОВА сообщили в среду, что враг атаковал Одессу.", [DateKind.REPORTED]),
        ("У понеділок Повітряні сили повідомили, що ворог атакував Київ.", [DateKind.REPORTED]),
        ("В понедельник ВВС сообщили, что враг атаковал Киев.", [DateKind.REPORTED]),
        # ...unless the event comes first: then the date is the event's.
        ("31 липня росіяни атакували Харків, повідомили в ОВА.", [DateKind.DAY]),
        ("Удар по Харкову в понеділок забрав життя п'ятьох людей, повідомили в ОВА.", [DateKind.DAY]),
        # After publication: a plan or forecast.
        ("Зустріч відбудеться 20 вересня 2024 року.", [DateKind.FUTURE]),
        ("Встреча состоится 20 сентября 2024 года.", [DateKind.FUTURE]),
        ("Наступного понеділка відбудеться зустріч.", [DateKind.FUTURE]),
        ("В следующий понедельник состоится встреча.", [DateKind.FUTURE]),
        # A past day without a year is the latest one: tense decides, not the date.
        ("Зустріч відбудеться 20 вересня.", [DateKind.DAY]),
        ("За минулу добу ворог атакував 12 громад.", [DateKind.NIGHT]),
    ],
)
def test_dates_that_are_not_incident_dates(sentence: str, kinds: list[DateKind]) -> None:
    assert [m.kind for m in find_dates(sentence, TUESDAY)] == kinds


@pytest.mark.parametrize(
    ("sentence", "phrase", "pattern"),
    [
        ("Ракета влучила в Одесу у понеділок.", "у понеділок", "weekday"),
        ("У ніч на 14 грудня росіяни атакували Київ.", "У ніч на 14 грудня", "night_dates"),
        (
            "В ночь с воскресенья на понедельник враг атаковал.",
            "В ночь с воскресенья на понедельник",
            "night_weekdays",
        ),
        ("Противник атакував з 19:00 13 грудня.", "з 19:00 13 грудня", "night_from_evening"),
        ("Атака 31 липня 2024 року забрала життя двох людей.", "31 липня 2024 року", "day_month"),
        ("Атака 31 июля 2024 г. унесла жизни двух человек.", "31 июля 2024 г", "day_month"),
        ("Минулої ночі ворог атакував Київ.", "Минулої ночі", "overnight"),
        ("Вчора ввечері ворог атакував Суми.", "Вчора ввечері", "yesterday"),
    ],
)
def test_every_mention_keeps_its_phrase_and_anchor(sentence: str, phrase: str, pattern: str) -> None:
    (mention,) = find_dates(sentence, MONDAY)
    assert (mention.phrase, mention.anchor, mention.pattern) == (phrase, MONDAY, pattern)
    assert sentence[mention.offset : mention.end_offset].rstrip(".") == phrase


def test_a_date_is_never_after_publication() -> None:
    (mention,) = find_dates("Ракета влучила в Одесу 31 грудня.", TUESDAY)
    assert mention.day == date(2023, 12, 31)


def test_a_cyrillic_designator_leaves_an_english_sentence_english() -> None:
    # "Х-101" typed with a Cyrillic Х: the English grammar still reads the sentence.
    (mention,) = find_dates("Russia fired Х-101 missiles at Kyiv overnight.", TUESDAY)
    assert (mention.kind, mention.phrase, mention.start, mention.end) == (
        DateKind.NIGHT,
        "overnight",
        date(2024, 8, 5),
        TUESDAY,
    )


@pytest.mark.parametrize("sentence", [s for s, _, expected in INCIDENT_DATES if expected is not None])
def test_sentences_with_dates_pass_the_cheap_test(sentence: str) -> None:
    words = frozenset(token.key for token in tokenize(sentence))
    assert may_have_dates(words, sentence)


@pytest.mark.parametrize(
    "sentence", ["Ворог атакував Харків ракетами.", "Враг атаковал Харьков ракетами.", "Сили ППО працювали."]
)
def test_sentences_without_date_words_are_spared(sentence: str) -> None:
    words = frozenset(token.key for token in tokenize(sentence))
    assert not may_have_dates(words, sentence)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("21 вересня 2025, 09:14", datetime(2025, 9, 21, 9, 14)),
        ("21 сентября 2025 09:14", datetime(2025, 9, 21, 9, 14)),
        ("Понеділок, 25 березня 2024, 11:47", datetime(2024, 3, 25, 11, 47)),
        (
            "Максим Олійник, Українська правда — Понеділок, 25 березня 2024, 11:47",
            datetime(2024, 3, 25, 11, 47),
        ),
        ("21 сентября 2025 г. в 09:14", datetime(2025, 9, 21, 9, 14)),
        ("25 березня 2024 року о 11:47", datetime(2024, 3, 25, 11, 47)),
        ("Оновлено: 18.11.2024 16:40", datetime(2024, 11, 18, 16, 40)),
        ("Ukrainska Pravda — 25 березня 2024, 11:47", datetime(2024, 3, 25, 11, 47)),
        ("31 лютого 2024, 09:14", None),
        ("Новини за тиждень", None),
        # Glued to a byline by a scraper.
        ("by The Kyiv Independent news deskOctober 22, 2022 11:31 am", datetime(2022, 10, 22, 11, 31)),
        # A header's time in an American zone: "11:00 PM EST" on Thursday is Friday morning in Kyiv.
        (
            "Thursday, 08 January 2026 11:00 PM EST",
            datetime(2026, 1, 8, 23, 0, tzinfo=timezone(timedelta(hours=-5))),
        ),
        # Slashed and stamped in an American zone: month first. Dotted, or with no zone: day first.
        ("06/05/2022 | 05:50pm EDT", datetime(2022, 6, 5, 17, 50, tzinfo=timezone(timedelta(hours=-4)))),
        ("06/05/2022 | 05:50pm", datetime(2022, 5, 6, 17, 50)),
        # With seconds on a twelve-hour clock, as American software stamps it (MENAFN): month first.
        ("5/3/2024 5:16:54 AM", datetime(2024, 5, 3, 5, 16)),
        # (Not against the weekday beside it, nor on a Ukrainian page.)
        ("Friday, 06/05/2022 05:50:12 PM", datetime(2022, 5, 6, 17, 50)),
        ("Опубліковано 06/05/2022 05:50:12 PM", datetime(2022, 5, 6, 17, 50)),
        ("06.05.2022 17:50", datetime(2022, 5, 6, 17, 50)),
        # Either way round, the weekday beside it decides: 4 February 2026 was a Wednesday, 2 April a Thursday.
        ("Надіслав: ilona , дата: ср, 02/04/2026 - 08:54", datetime(2026, 2, 4, 8, 54)),
        ("Thu, 02/04/2026", datetime(2026, 4, 2)),
        ("Wed 12.07.2024", datetime(2024, 7, 12)),
        # (Only a weekday right before the date: "ВС" here is the armed forces.)
        ("ВС РФ | 03.10.2024 10:15", datetime(2024, 10, 3, 10, 15)),
    ],
)
def test_line_date(line: str, expected: datetime | None) -> None:
    assert line_date(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 липня 2024", ("2024-07-31", "2024-07-31")),
        ("31 июля 2024", ("2024-07-31", "2024-07-31")),
        ("31 липня 2024 року", ("2024-07-31", "2024-07-31")),
        ("31 июля 2024 г.", ("2024-07-31", "2024-07-31")),
        ("липень 2024", ("2024-07-01", "2024-07-31")),
        ("Июль 2024", ("2024-07-01", "2024-07-31")),
        ("лютий 2024 року", ("2024-02-01", "2024-02-29")),
        ("вчора", ("2024-08-05", "2024-08-05")),
        ("Учора", ("2024-08-05", "2024-08-05")),
        ("вчера", ("2024-08-05", "2024-08-05")),
        ("сьогодні", ("2024-08-06", "2024-08-06")),
        ("сегодня", ("2024-08-06", "2024-08-06")),
        ("минулого тижня", ("2024-07-29", "2024-08-04")),
        ("на прошлой неделе", ("2024-07-29", "2024-08-04")),
        ("31 липня", ("2024-07-31", "2024-07-31")),
        ("у понеділок", ("2024-08-05", "2024-08-05")),
        ("31 липня 2024 - 2 серпня 2024", ("2024-07-31", "2024-08-02")),
        # The English forms give the same ranges.
        ("31 July 2024", ("2024-07-31", "2024-07-31")),
        ("July 2024", ("2024-07-01", "2024-07-31")),
        ("yesterday", ("2024-08-05", "2024-08-05")),
        ("today", ("2024-08-06", "2024-08-06")),
    ],
)
def test_summary_periods(text: str, expected: tuple[str, str]) -> None:
    period = parse_date_range(text, TUESDAY)
    assert (period.start.isoformat(), period.end.isoformat()) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("30 лютого 2024", "`30 лютого 2024` is not a date: February 2024 has 29 days"),
        ("31 лиипня 2024", "`лиипня` is not a month"),
    ],
)
def test_summary_rejects_impossible_dates(text: str, message: str) -> None:
    with pytest.raises(DateRangeError, match=message):
        parse_date_range(text, TUESDAY)


def test_ukrainian_and_russian_name_the_same_range_as_english() -> None:
    for english, ukrainian, russian in (
        ("31 July 2024", "31 липня 2024", "31 июля 2024"),
        ("July 2024", "липень 2024", "июль 2024"),
        ("yesterday", "вчора", "вчера"),
        ("today", "сьогодні", "сегодня"),
    ):
        expected: DateRange = parse_date_range(english, TUESDAY)
        assert parse_date_range(ukrainian, TUESDAY) == expected
        assert parse_date_range(russian, TUESDAY) == expected
