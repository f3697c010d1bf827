"""Incident dates as a careful reader resolves them (see ../shared/notes/dates.md)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.extract.dates import find_dates, parse_date_text
from bot.models import DateKind

from .conftest import incident_date_reading

SAMPLE_PUBLISHED = date(2024, 8, 6)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        # The sample article's own sentences.
        ("Russia used a North Korean KN-23 ballistic missile during an attack on Ukraine on 31 July.",
         SAMPLE_PUBLISHED, ("day", "2024-07-31", "2024-07-31", "2024-07-31")),
        ("This was Russia's first recorded use of this missile in the past five months.", SAMPLE_PUBLISHED, None),
        ("Vladimir Putin made his first visit to North Korea in 24 years.", SAMPLE_PUBLISHED, None),
        ("It is now certain that the Russian occupiers used a North Korean-made ballistic missile.",
         SAMPLE_PUBLISHED, None),
        # Relative days against a Tuesday.
        ("Russia attacked Kyiv overnight.", SAMPLE_PUBLISHED, ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        # "day" alone: the rule was there, but no word of it opened the grammar. A morning's past day is mostly
        # yesterday: the window is a night's, the day it is filed under the one it began.
        ("Russian forces shelled Kherson Oblast over the past day, the governor said.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-05", "2024-08-06")),
        ("Air defence destroyed 20 drones in the past 24 hours.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-05", "2024-08-06")),
        ("The strike happened yesterday.", SAMPLE_PUBLISHED, ("day", "2024-08-05", "2024-08-05", "2024-08-05")),
        ("Missiles hit Odesa on Monday.", SAMPLE_PUBLISHED, ("day", "2024-08-05", "2024-08-05", "2024-08-05")),
        ("Missiles hit Odesa on Tuesday.", SAMPLE_PUBLISHED, ("day", "2024-08-06", "2024-08-06", "2024-08-06")),
        ("Drones hit Sumy last Tuesday.", SAMPLE_PUBLISHED, ("day", "2024-07-30", "2024-07-30", "2024-07-30")),
        ("Drones hit Sumy last Thursday.", SAMPLE_PUBLISHED, ("day", "2024-08-01", "2024-08-01", "2024-08-01")),
        ("Russia attacked on Monday night.", SAMPLE_PUBLISHED, ("night", "2024-08-05", "2024-08-05", "2024-08-06")),
        # An evening is the start of a night: the attack that began then is often told again "on Tuesday morning".
        ("Missiles hit Kyiv on Monday evening.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-05", "2024-08-06")),
        ("Drones attacked Sumy yesterday evening.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-05", "2024-08-06")),
        ("Explosions were heard late on Sunday.", SAMPLE_PUBLISHED,
         ("night", "2024-08-04", "2024-08-04", "2024-08-05")),
        # ... and late on a day named by its date.
        ("Explosions were heard during an air attack launched late on August 4.", SAMPLE_PUBLISHED,
         ("night", "2024-08-04", "2024-08-04", "2024-08-05")),
        ("Drones attacked Sumy late on the 4th of August.", SAMPLE_PUBLISHED,
         ("night", "2024-08-04", "2024-08-04", "2024-08-05")),
        ("On the night of 5 to 6 August drones attacked.", SAMPLE_PUBLISHED,
         ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        ("On the night of August 5 to 6, drones attacked.", SAMPLE_PUBLISHED,
         ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        ("On the night of July 31 to August 1, 2024, drones attacked.", SAMPLE_PUBLISHED,
         ("night", "2024-08-01", "2024-07-31", "2024-08-01")),
        ("During the night of Monday to Tuesday drones attacked.", SAMPLE_PUBLISHED,
         ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        ("Drones attacked overnight on Monday.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-04", "2024-08-05")),
        ("This morning a missile hit Dnipro.", SAMPLE_PUBLISHED, ("day", "2024-08-06", "2024-08-06", "2024-08-06")),
        ("For the second night in a row, drones hit Odesa.", SAMPLE_PUBLISHED,
         ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        ("Drones hit Odesa for the third consecutive night.", SAMPLE_PUBLISHED,
         ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        ("A missile hit Dnipro two days ago.", SAMPLE_PUBLISHED, ("day", "2024-08-04", "2024-08-04", "2024-08-04")),
        # A day of the month alone, as Korean wire copy writes it: this month's, or last month's when this month's
        # is still to come; not an anniversary or a floor.
        ("On the 5th, the Russian military launched a missile strike on Odesa.", SAMPLE_PUBLISHED,
         ("day", "2024-08-05", "2024-08-05", "2024-08-05")),
        ("Russia attacked Kyiv on the 28th (local time).", SAMPLE_PUBLISHED,
         ("day", "2024-07-28", "2024-07-28", "2024-07-28")),
        ("The strike fell on the 10th anniversary of the annexation.", SAMPLE_PUBLISHED, None),
        ("A fire broke out on the 5th and 6th floors.", SAMPLE_PUBLISHED, None),
        ("Windows were blown out on the 5th, 6th and 7th floors.", SAMPLE_PUBLISHED, None),
        # Year boundaries: a report of 2 January about "Sunday" and "30 December".
        ("Drones struck Kharkiv on Sunday.", date(2024, 1, 2), ("day", "2023-12-31", "2023-12-31", "2023-12-31")),
        ("Drones struck Kharkiv on 30 December.", date(2024, 1, 3),
         ("day", "2023-12-30", "2023-12-30", "2023-12-30")),
        ("Drones struck Kharkiv on Dec. 29.", date(2024, 1, 3), ("day", "2023-12-29", "2023-12-29", "2023-12-29")),
        # Absolute dates in several forms.
        ("The attack on 31 July 2024 killed two.", None, ("day", "2024-07-31", "2024-07-31", "2024-07-31")),
        ("The attack on July 31, 2024 killed two.", None, ("day", "2024-07-31", "2024-07-31", "2024-07-31")),
        ("Recorded on 2024-07-31 by the air force.", None, ("day", "2024-07-31", "2024-07-31", "2024-07-31")),
        ("Recorded on 31.07.2024 by the air force.", None, ("day", "2024-07-31", "2024-07-31", "2024-07-31")),
        # Slashed dates: a number over 12 is the day; otherwise the reading nearer the publication, day first
        # without one.
        ("A drone hit Odesa on 14/07/2025.", None, ("day", "2025-07-14", "2025-07-14", "2025-07-14")),
        ("A drone hit Odesa on 7/14/2025.", None, ("day", "2025-07-14", "2025-07-14", "2025-07-14")),
        ("Missiles hit Kharkiv on 05/03/2024.", None, ("day", "2024-03-05", "2024-03-05", "2024-03-05")),
        ("Missiles hit Kharkiv on 05/03/2024.", date(2024, 3, 6), ("day", "2024-03-05", "2024-03-05", "2024-03-05")),
        ("Missiles hit Kharkiv on 05/03/2024.", date(2024, 5, 4), ("day", "2024-05-03", "2024-05-03", "2024-05-03")),
        ("Missiles hit Kharkiv on 31/02/2024.", None, None),
        # Both readings near the publication: the one before it, not the one after.
        ("Missiles hit Kharkiv on 3/4/2024.", date(2024, 3, 20), ("day", "2024-03-04", "2024-03-04", "2024-03-04")),
        ("The 5 may be launched later.", SAMPLE_PUBLISHED, None),
        ("It happened on 30 February.", SAMPLE_PUBLISHED, None),
        # A weekday's night is the night after it; in Russian or Ukrainian, in a report of that very day, the night
        # into it ("во вторник ночью", published on the Tuesday).
        ("Drones hit Kyiv on Monday night.", SAMPLE_PUBLISHED, ("night", "2024-08-05", "2024-08-05", "2024-08-06")),
        ("Drones hit Kyiv on Tuesday night.", SAMPLE_PUBLISHED, ("night", "2024-08-06", "2024-08-06", "2024-08-07")),
        ("Армия во вторник ночью нанесла удар по Белгороду.", SAMPLE_PUBLISHED,
         ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        ("Армия в понедельник ночью нанесла удар по Белгороду.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-05", "2024-08-06")),
        # "The night's attack", as "the overnight attack"; "night attacks" are many, and no date.
        ("Целью ночного удара РФ по Львову была военная академия.", SAMPLE_PUBLISHED,
         ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        ("Унаслідок нічної масованої атаки на Київ пошкоджено будинки.", SAMPLE_PUBLISHED,
         ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        ("Нічні атаки на Київ тривають уже третій рік.", SAMPLE_PUBLISHED, None),
        # A ministry's night, counted from the evening before.
        ("Air defence destroyed 103 drones between 11 p.m. Moscow time on August 4 and 7 a.m. on August 5.",
         SAMPLE_PUBLISHED, ("night", "2024-08-05", "2024-08-04", "2024-08-05")),
        ("Air defence destroyed 40 drones from 20:00 on 4 August to 07:00 on 5 August.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-04", "2024-08-05")),
        ("From the evening of August 4 to 4 a.m. on August 5, the invaders attacked Ukraine with drones.",
         SAMPLE_PUBLISHED, ("night", "2024-08-05", "2024-08-04", "2024-08-05")),
        # ...and from an evening into the next morning; an evening alone is its day, and so is an evening until an
        # hour of it.
        ("Russia launched 208 drones on the evening of Aug. 4 and into the early morning hours of Aug. 5.",
         SAMPLE_PUBLISHED, ("night", "2024-08-05", "2024-08-04", "2024-08-05")),
        ("Russia launched 208 drones on the evening of 4 August, into the night.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-04", "2024-08-05")),
        ("Russia launched 208 drones on the evening of 4 August.", SAMPLE_PUBLISHED,
         ("day", "2024-08-04", "2024-08-04", "2024-08-04")),
        ("The attack began on the evening of August 4 and continued into the early hours of August 5.",
         SAMPLE_PUBLISHED, ("night", "2024-08-05", "2024-08-04", "2024-08-05")),
        ("Russian forces shelled Nikopol on the evening of Aug. 4 until 9 p.m.", SAMPLE_PUBLISHED,
         ("day", "2024-08-04", "2024-08-04", "2024-08-04")),
        # At night in a place ("Вночі на Харківщині") is the night; "вночі на 5 серпня" names the night itself.
        ("Вночі на Харківщині пролунали вибухи.", SAMPLE_PUBLISHED, ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        ("Вночі на 5 серпня ворог атакував Харків.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-04", "2024-08-05")),
        ("Strikes went on from 1-10 August.", SAMPLE_PUBLISHED, None),
        # A year is no evening's hour.
        ("The plant has made drones from 2023 4 August, the ministry said.", SAMPLE_PUBLISHED, None),
        ("Fighting raged throughout July 2024.", SAMPLE_PUBLISHED, None),
        # A weekday beside a date says which week, and of a year the text does not give, which year: 19 August was
        # a Saturday in 2023.
        ("On Saturday, August 19, around 11:30 a.m., Russian troops fired a ballistic missile into Chernihiv.",
         date(2024, 11, 30), ("day", "2023-08-19", "2023-08-19", "2023-08-19")),
        ("У суботу, 19 серпня, росіяни вдарили ракетою по Чернігову.", date(2024, 11, 30),
         ("day", "2023-08-19", "2023-08-19", "2023-08-19")),
        ("On Saturday, October 8, a truck bomb damaged the Crimean Bridge.", date(2024, 10, 14),
         ("day", "2022-10-08", "2022-10-08", "2022-10-08")),
        ("On Monday, August 5, Russian drones hit Kyiv.", SAMPLE_PUBLISHED,
         ("day", "2024-08-05", "2024-08-05", "2024-08-05")),
        # A night named by the day it ran into.
        ("Russia bombarded Ukraine with drones overnight into Monday.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-04", "2024-08-05")),
        ("Russia attacked Kyiv overnight Monday into Tuesday.", SAMPLE_PUBLISHED,
         ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        ("Drones struck Kyiv in the early hours of Monday.", SAMPLE_PUBLISHED,
         ("night", "2024-08-05", "2024-08-04", "2024-08-05")),
        ("Drones struck Kyiv on the night to Tuesday.", SAMPLE_PUBLISHED,
         ("night", "2024-08-06", "2024-08-05", "2024-08-06")),
        # (After two reads: an attack's day that "came as" something else dates it still; a dated headline's bracket
        # is no source's credit; a feast's capitalised day is the day.)
        ("Saturday's attack came as Zelensky visited frontline positions.", SAMPLE_PUBLISHED,
         ("day", "2024-08-03", "2024-08-03", "2024-08-03")),
        ("Обстріл Харкова (03.08.2024) – наслідки: російські КАБи зруйнували два будинки.", SAMPLE_PUBLISHED,
         ("day", "2024-08-03", "2024-08-03", "2024-08-03")),
        ("Окупанти у Страсну П'ятницю вдарили ракетами по Харкову.", SAMPLE_PUBLISHED,
         ("day", "2024-08-02", "2024-08-02", "2024-08-02")),
        # A toll of strikes "a day earlier" that rose is the strikes' day.
        ("The toll of Russian missile strikes on the city a day earlier rose to 11.", SAMPLE_PUBLISHED,
         ("day", "2024-08-05", "2024-08-05", "2024-08-05")),
    ],
)  # fmt: skip
def test_incident_date_of_a_sentence(
    sentence: str, anchor: date | None, expected: tuple[str, str, str, str] | None
) -> None:
    assert incident_date_reading(sentence, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Russia has launched 500 drones since 24 February 2022.", DateKind.CONTEXT),
        ("The deal had to be signed by 1 May 2024.", DateKind.CONTEXT),
        ("The deal must be signed by 1 May 2025.", DateKind.FUTURE),
        (
            "Kim will visit Moscow on 20 September.",
            DateKind.DAY,
        ),  # a past 20 September: tense decides, not the date
        ("Kim will visit Moscow on 20 September 2024.", DateKind.FUTURE),
        # A live blog's entry stamp, even run into the headline before it.
        (
            "Missiles hit Kramatorsk - Ukrainepublished at 14:22 British Summer Time 28 June 2023",
            DateKind.REPORTED,
        ),
        # A weekday straight after the reporting verb, with no "on".
        ("The commander said Saturday that air defences were working.", DateKind.REPORTED),
        # A weekday that ends a span, straight after its word.
        ("Kyiv authorities banned large gatherings in the capital through Thursday.", DateKind.CONTEXT),
        ("Schools stayed closed until Friday.", DateKind.CONTEXT),
        # The attack told, named to date what it came after.
        ("Monday's attack came the day after Russia bombarded Kharkiv.", DateKind.CONTEXT),
    ],
)
def test_dates_that_are_not_incident_dates(sentence: str, kind: DateKind) -> None:
    mentions = find_dates(sentence, SAMPLE_PUBLISHED)
    assert [m.kind for m in mentions] == [kind]


def test_a_date_is_never_after_publication() -> None:
    # "on 31 December" in an article of 6 August 2024 is the previous 31 December.
    (mention,) = find_dates("It struck on 31 December.", SAMPLE_PUBLISHED)
    assert mention.day == date(2023, 12, 31)


def test_every_mention_keeps_its_phrase_and_anchor() -> None:
    (mention,) = find_dates("A missile hit Odesa on Monday.", SAMPLE_PUBLISHED)
    assert (mention.phrase, mention.anchor, mention.pattern) == ("on Monday", SAMPLE_PUBLISHED, "weekday")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 August 2024 17:48", "2024-08-06T17:48:00"),
        ("Monday, 25 March 2024, 16:50", "2024-03-25T16:50:00"),
        ("Published: December 14, 2023 7:05 AM GMT+2", "2023-12-14T07:05:00+02:00"),
        # American and British zones, kept so that the day is Kyiv's.
        ("Jan 8, 2026, 11:30 PM EST", "2026-01-08T23:30:00-05:00"),
        ("8 January 2026 10:00 BST", "2026-01-08T10:00:00+01:00"),
        ("someday", None),
        ("2024-02-30", None),
    ],
)
def test_parse_date_text(text: str, expected: str | None) -> None:
    parsed = parse_date_text(text)
    assert (parsed.isoformat() if parsed else None) == expected
