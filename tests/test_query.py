"""The command engine, as a Discord user would type the commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import render
from bot.models import (
    Answer,
    ArticleAnswer,
    HelpAnswer,
    IncidentsAnswer,
    Question,
    SearchAnswer,
    SourcesAnswer,
    StatsAnswer,
    SummaryAnswer,
)
from bot.query import fts_expression, split_command
from bot.service import IncidentDesk

from .conftest import FIXTURES, SAMPLE

KINZHAL_ARTICLE = """Kinzhal missiles target Kyiv
Published: 16 May 2023 09:00

Russia fired six Kh-47M2 Kinzhal missiles at Kyiv overnight, and air defences shot down all six, the air force said.
"""


@pytest.fixture
def library(desk: IncidentDesk, tmp_path: Path) -> IncidentDesk:
    kinzhal = tmp_path / "kinzhal.txt"
    kinzhal.write_text(KINZHAL_ARTICLE)
    for path in (SAMPLE, FIXTURES / "kharkiv-kn23.html", FIXTURES / "odesa-shahed.md", FIXTURES / "reuters-wire.txt",
                 FIXTURES / "analysis-distractor.txt", kinzhal):  # fmt: skip
        assert desk.ingest_file(path).ok
    return desk


def dates(desk: IncidentDesk, command: str, **paging: int) -> list[str]:
    return [i.day.isoformat() for i in desk.ask(command, **paging).incidents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("!incident KN-23", ("incident", "KN-23")),
        ("incident KN-23", ("incident", "KN-23")),
        ("/incident   KN-23 ", ("incident", "KN-23")),
        ("!SUMMARY 2024-07-31", ("summary", "2024-07-31")),
        ("!", ("", "")),
    ],
)
def test_split_command(text: str, expected: tuple[str, str]) -> None:
    assert split_command(text) == expected


@pytest.mark.parametrize(
    ("query", "expected_dates", "message"),
    [
        ("KN-23", ["2024-07-31", "2024-01-02"], "2 incidents for KN-23."),
        ("kn23", ["2024-07-31", "2024-01-02"], "2 incidents for KN-23."),
        ("KN 23", ["2024-07-31", "2024-01-02"], "2 incidents for KN-23."),
        ("Hwasong-11", ["2024-07-31", "2024-01-02"], "2 incidents for KN-23."),
        ("Kinzal", ["2023-05-16"], "1 incident for Kinzhal (read `Kinzal` as Kinzhal)."),
        ("Kh-47M2", ["2023-05-16"], "1 incident for Kinzhal."),
        ("Geran-2", ["2023-09-25"], "1 incident for Shahed-136."),
        # A city answers with the region named after it: reports often name only the region; the title names it
        # where some report does.
        ("kharkov", ["2024-01-02"], "1 incident for Kharkiv."),
        ("Odesa", ["2023-09-25"], "1 incident for Odesa or Odesa Oblast."),
        ("Odessa region", ["2023-09-25"], "1 incident for Odesa Oblast."),
        ("Kyiv Oblast", ["2024-07-31"], "1 incident for Kyiv Oblast."),
        ("Kyiv region", ["2024-07-31"], "1 incident for Kyiv Oblast."),
        # Kyiv is a city of its own, beside the oblast named after it.
        ("kiev", ["2024-07-31", "2023-12-13", "2023-05-16"], "3 incidents for Kyiv or Kyiv Oblast."),
        ("KN-23 Kharkiv", ["2024-01-02"], "1 incident for KN-23, Kharkiv."),
        ("North Korea", ["2024-07-31", "2024-01-02"], "2 incidents for North Korea."),
    ],
)
def test_incident_finds_names_aliases_and_typos(
    library: IncidentDesk, query: str, expected_dates: list[str], message: str
) -> None:
    answer = library.ask(f"!incident {query}")
    assert (answer.ok, answer.message) == (True, message)
    assert [i.day.isoformat() for i in answer.incidents] == expected_dates


def ingest_reports(desk: IncidentDesk, reports: dict[str, str], said: str) -> None:
    """Short reports by file name, each followed by the same official's words (a report needs a few sentences)."""
    for name, body in reports.items():
        assert desk.ingest_bytes((body + said).encode(), name=name).ok


def test_a_city_answers_with_reports_naming_its_region_not_with_every_town_in_it(desk: IncidentDesk) -> None:
    said = " The governor said rescuers were working at the scene and that the damage was being assessed."
    reports = {
        "izmail.txt": "Drones hit Izmail\n\nOn 3 March 2024, Russian drones hit the port of Izmail.",
        "region.txt": "Drones over the Odesa region\n\nOn 5 March 2024, Russian drones attacked the Odesa region.",
        "city.txt": "Missile hits Odesa\n\nOn 7 March 2024, a Russian missile hit Odesa.",
    }
    ingest_reports(desk, reports, said)
    answer = desk.ask("!incident Odesa")
    assert answer.message == "2 incidents for Odesa or Odesa Oblast."
    assert [i.day.isoformat() for i in answer.incidents] == ["2024-03-07", "2024-03-05"]
    assert [i.day.isoformat() for i in desk.ask("!incident Odesa Oblast").incidents] == [
        "2024-03-07",
        "2024-03-05",
        "2024-03-03",
    ]


def test_a_town_answers_with_reports_naming_the_district_it_is_the_centre_of(desk: IncidentDesk) -> None:
    said = " The head of the regional administration said rescuers were working at the scene."
    reports = {
        "town.txt": "Drone hits Konotop\n\nOn 3 March 2024, a Russian drone hit Konotop.",
        "district.txt": "Drones over Konotop district\n\nOn 5 March 2024, Russian drones attacked the Konotop district.",
        "nearby.txt": "Bomb hits Buryn\n\nOn 7 March 2024, a Russian guided bomb hit Buryn.",
        "oblast.txt": "Drones over Kharkiv region\n\nOn 9 March 2024, Russian drones attacked the Kharkiv region.",
        "kharkiv.txt": "Missile hits Kharkiv district\n\nOn 11 March 2024, a Russian missile hit the Kharkiv district.",
    }
    ingest_reports(desk, reports, said)
    answer = desk.ask("!incident Konotop")
    assert answer.message == "2 incidents for Konotop or Konotop district."
    assert [i.day.isoformat() for i in answer.incidents] == ["2024-03-05", "2024-03-03"]
    answer = desk.ask("!incident Konotop district")
    assert answer.message == "1 incident for Konotop district."
    assert [i.day.isoformat() for i in answer.incidents] == ["2024-03-05"]
    # A district asked about by its town's name, any of its spellings; a town the words "district" do not make like
    # another is not read as it ("Hlukhiv district" is not Kharkiv district).
    assert desk.ask("!incident Kharkov raion").message == "1 incident for Kharkiv district."
    answer = desk.ask("!incident Hlukhiv district")
    assert (answer.message, answer.incidents, answer.suggestions) == (
        "No recorded incident matches `Hlukhiv district`.",
        (),
        (),
    )
    # A Russian town's district, which reading names as it meets it ("Грайворонский район").
    reports = {
        "grayvoron.txt": "Дрон атаковал Грайворон\n\n13 марта 2024 года беспилотник атаковал Грайворон.",
        "district-ru.txt": "Дроны над районом\n\n15 марта 2024 года беспилотник атаковал Грайворонский район "
        "Белгородской области.",
    }
    ingest_reports(
        desk, reports, " Губернатор сообщил, что на месте работают спасатели, а ущерб ещё оценивают."
    )
    answer = desk.ask("!incident Graivoron")
    assert answer.message == "2 incidents for Grayvoron or Grayvoronsky district (Grayvoron district)."
    assert [i.day.isoformat() for i in answer.incidents] == ["2024-03-15", "2024-03-13"]
    # An oblast centre: the district and the oblast, each where a report names it, and the count of all three.
    answer = desk.ask("!incident Kharkiv")
    assert answer.message == "2 incidents for Kharkiv district or Kharkiv Oblast."
    assert [i.day.isoformat() for i in answer.incidents] == ["2024-03-11", "2024-03-09"]


def test_a_town_answers_with_reports_naming_its_hromada(desk: IncidentDesk) -> None:
    said = " Голова громади повідомив, що на місці працюють рятувальники."
    reports = {
        "village.txt": "Удар по Юнаківці\n\n3 березня 2024 року російський дрон атакував село Юнаківка.",
        "hromada.txt": "Обстріл громади\n\n5 березня 2024 року російські КАБи влучили по Юнаківській громаді "
        "Сумського району.",
        "russian.txt": "Обстрел общины\n\n7 марта 2024 года российские дроны атаковали Юнаковскую общину.",
        "sumy.txt": "Удар по Сумах\n\n9 березня 2024 року російська ракета влучила по Сумах.",
    }
    ingest_reports(desk, reports, said)
    answer = desk.ask("!incident Yunakivka")
    assert answer.message == "3 incidents for Yunakivka or Yunakivska hromada (Yunakivka hromada)."
    assert [i.day.isoformat() for i in answer.incidents] == ["2024-03-07", "2024-03-05", "2024-03-03"]
    assert answer.incidents[0].places == ("Yunakivska hromada (Yunakivka hromada)",)
    # The hromada asked about, by either of its names, in either script: the hromada, and the town it is named
    # after, which lies in it.
    for asked in ("Yunakivska hromada", "Yunakivka hromada", "Юнаківська громада"):
        answer = desk.ask(f"!incident {asked}")
        assert [i.day.isoformat() for i in answer.incidents] == ["2024-03-07", "2024-03-05", "2024-03-03"], (
            asked
        )
    # A town of a name several towns have answers with the hromada of the one a report names.
    reports = {"yampil.txt": "Обстріл громади\n\n11 березня 2024 року дрони атакували Ямпільську громаду "
               "Шосткинського району."}  # fmt: skip
    ingest_reports(desk, reports, said)
    answer = desk.ask("!incident Yampil")
    assert [(i.day.isoformat(), i.places) for i in answer.incidents] == [
        ("2024-03-11", ("Yampilska hromada (Yampil hromada)", "Shostka district"))
    ]
    # Another town's hromada is not Sumy's: "Sumy" answers with the city and Sumy district, which the hromada's
    # report names, and not with Yunakivka's hromada.
    answer = desk.ask("!incident Sumy")
    assert answer.message == "2 incidents for Sumy or Sumy district."
    assert [i.day.isoformat() for i in answer.incidents] == ["2024-03-09", "2024-03-05"]


def test_incident_falls_back_to_full_text(library: IncidentDesk) -> None:
    answer = library.ask("!incident residential building")
    assert answer.message == "1 incident whose reports mention `residential building`."
    assert [i.day.isoformat() for i in answer.incidents] == ["2023-12-13"]


def _outlet_and_incident(
    desk: IncidentDesk, raw: str, name: str, place: str
) -> tuple[str | None, str, tuple[str, ...]]:
    """One wire report ingested: its outlet, and the day and places of the one incident asked for by place."""
    outcome = desk.ingest_bytes(raw.encode(), name=name)
    (article,) = desk.ask(f"!article {outcome.article_id}").articles  # type: ignore[attr-defined]
    (incident,) = desk.ask(f"!incident {place}").incidents
    return article.outlet, incident.day.isoformat(), incident.places


def test_an_efe_dateline_is_read_and_masked(desk: IncidentDesk) -> None:
    # EFE closes its dateline with a stop before the dash; "Moscow" is where it filed, not a place of the attack.
    raw = (
        "Drone attack on Belgorod\n\nMoscow, Oct 12 (EFE).- Three civilians were killed in a Ukrainian drone "
        "attack on Belgorod on Wednesday, the region's governor said, the deadliest there in 2023."
    )
    assert _outlet_and_incident(desk, raw, "efe.txt", "Belgorod") == ("EFE", "2023-10-11", ("Belgorod",))


def test_an_efe_dateline_of_two_cities_is_masked_and_its_year_kept_from_the_address(
    desk: IncidentDesk,
) -> None:
    # "Moscow/Lviv, Ukraine, Oct 29": neither city is the attack's. The text's only year ("annexed in 2014") puts
    # 29 October on a Wednesday, which the lead's Saturday denies: the address dates the report instead.
    raw = (
        "Drone attack on Black Sea vessels\n\nMoscow/Lviv, Ukraine, Oct 29 (EFE).- Russia's Black Sea Fleet "
        "repelled a Ukrainian drone attack near Sevastopol on Saturday, the governor of the city claimed.\n\n"
        "Russia annexed Sevastopol from Ukraine in 2014."
    )
    assert _outlet_and_incident(desk, raw, "efe-2022-10-29-sevastopol.txt", "Sevastopol") == (
        "EFE",
        "2022-10-29",
        ("Sevastopol",),
    )


def test_a_page_stamped_with_its_time_keeps_its_year_whatever_the_address_says(desk: IncidentDesk) -> None:
    # The text's own stamp, with a time of day, is no guess: the file's name does not correct its year.
    raw = (
        "Drones hit Sevastopol\n\nOctober 29, 2023 10:15 AM\n\nUkrainian drones attacked Sevastopol on Sunday, the "
        "city's Russian-installed governor said, and a fire broke out at a fuel depot."
    )
    desk.ingest_bytes(raw.encode(), name="report-2022-10-29.txt")
    (incident,) = desk.ask("!incident Sevastopol").incidents
    assert incident.day.isoformat() == "2023-10-29"


def test_an_app_dateline_inside_the_body_is_read_and_masked(desk: IncidentDesk) -> None:
    # Pakistan's APP, relayed: the city it filed from is no place of the attack, and it is the outlet.
    raw = (
        "Russian missile kills five in east Ukraine town\n\nBy Staff Published February 04, 2025 | 08:26 PM\n\n"
        "Kyiv, (APP - UrduPoint / Pakistan Point News - 4th Feb, 2025) A Russian missile attack Tuesday on the "
        "Ukrainian city of Izyum killed five people and wounded 38, officials said."
    )
    assert _outlet_and_incident(desk, raw, "app.txt", "Izium") == ("APP", "2025-02-04", ("Izium",))


def test_a_city_district_is_a_place_of_its_city(library: IncidentDesk) -> None:
    answer = library.ask("!incident Darnytskyi district")
    assert answer.message == "1 incident for Darnytskyi district (Kyiv)."
    assert [i.day.isoformat() for i in library.ask("!incident Kyiv").incidents] == [
        "2024-07-31",  # Kyiv Oblast's
        "2023-12-13",
        "2023-05-16",
    ]


def test_a_typo_with_noise_still_finds_the_name(library: IncidentDesk) -> None:
    answer = library.ask("!incident Kalibrr zzz")
    assert answer.message == "1 incident for Kalibr (read `Kalibrr zzz` as Kalibr)."


def test_incident_that_matches_nothing_suggests_names(library: IncidentDesk) -> None:
    answer = library.ask("!incident Kolibri")
    assert answer.ok
    assert answer.incidents == ()
    assert answer.suggestions[0] == "Kalibr"
    assert answer.message.startswith("No recorded incident matches `Kolibri`. Closest names I know: Kalibr")
    assert library.ask("!incident Zzyzx").message == "No recorded incident matches `Zzyzx`."


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ('!incident "KN-23', "2 incidents for KN-23."),
        ("!incident kn23)", "2 incidents for KN-23."),
        ("!incident KN-23*", "2 incidents for KN-23."),
        ('!search "KN-23', '6 sentences mention `"KN-23` (newest reports first).'),
        ("!search KN-23*", "6 sentences mention `KN-23*` (newest reports first)."),
        ("!search NEAR(", "No sentence mentions `NEAR(`."),
        ("!search AND OR", "No sentence mentions `AND OR`."),
        ("!search NOT", "2 sentences mention `NOT` (newest reports first)."),
        ("!search a:b", "No sentence mentions `a:b`."),
        ("!search -", "`-` has no words to search for. Try a weapon, a place or a phrase."),
        ('!search "', '`"` has no words to search for. Try a weapon, a place or a phrase.'),
        ("!incident *", "No recorded incident matches `*`."),
        ("!incident -", "No recorded incident matches `-`."),
    ],
)
def test_fts_syntax_in_queries_is_read_as_words(library: IncidentDesk, command: str, message: str) -> None:
    answer = library.ask(command)
    assert (answer.ok, answer.message) == (True, message)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"KN-23', '"""KN-23"'),
        ("NEAR(", '"NEAR("'),
        ("*", None),
        ("- AND", '"AND"'),
        ("ballistic missile", '"ballistic" "missile"'),
    ],
)
def test_fts_expression_quotes_everything(text: str, expected: str | None) -> None:
    assert fts_expression(text) == expected


def test_odd_query_answers(library: IncidentDesk) -> None:
    assert library.ask('!incident "KN-23').message == "2 incidents for KN-23."
    assert (
        library.ask("!search *").message
        == "`*` has no words to search for. Try a weapon, a place or a phrase."
    )
    assert library.ask("!incident").ok is False
    assert (
        library.ask("!incident").message
        == "Usage: `!incident <weapon, place or actor>` (for example `!incident KN-23`)."
    )


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2024-07-31", ["2024-07-31"]),
        ("31 July 2024", ["2024-07-31"]),
        ("July 31, 2024", ["2024-07-31"]),
        ("July 2024", ["2024-07-31"]),
        ("2024-07", ["2024-07-31"]),
        ("2024-07-29..2024-08-04", ["2024-07-31"]),
        ("2024-07-29 to 2024-08-04", ["2024-07-31"]),
        ("2023", ["2023-12-13", "2023-09-25", "2023-05-16"]),
        # The Odesa attack was overnight 24-25 September: either day finds it.
        ("2023-09-24", ["2023-09-25"]),
        ("2023-09-25", ["2023-09-25"]),
        ("2023-09-26", []),
    ],
)
def test_summary_periods(library: IncidentDesk, period: str, expected: list[str]) -> None:
    answer = library.ask(f"!summary {period}")
    assert answer.ok
    assert dates(library, f"!summary {period}") == expected


def test_summary_relative_periods(desk: IncidentDesk, tmp_path: Path) -> None:
    # The clock is stopped at Wednesday 25 November 2026.
    for name, published, when in (("y.txt", "25 November 2026 10:00", "yesterday"),
                                  ("w.txt", "18 November 2026 10:00", "this morning")):  # fmt: skip
        path = tmp_path / name
        path.write_text(f"Report\n{published}\n\nRussian drones struck Kharkiv {when}, the mayor said.\n")
        assert desk.ingest_file(path).new_incidents
    assert dates(desk, "!summary yesterday") == ["2026-11-24"]
    assert dates(desk, "!summary today") == []
    assert dates(desk, "!summary last week") == ["2026-11-18"]
    assert dates(desk, "!summary this week") == ["2026-11-24"]
    assert dates(desk, "!summary last 10 days") == ["2026-11-24", "2026-11-18"]


@pytest.mark.parametrize(
    ("period", "message"),
    [
        ("2024-02-30", "Sorry, `2024-02-30` is not a date: February 2024 has 29 days."),
        ("2023-13-01", "Sorry, `2023-13-01` is not a date: there is no month 13."),
        ("30 February 2024", "Sorry, `30 February 2024` is not a date: February 2024 has 29 days."),
        ("someday", "Sorry, I could not read `someday` as a date."),
        ("2024-08-04..2024-07-29", "Sorry, the range `2024-08-04..2024-07-29` ends before it starts."),
    ],
)
def test_summary_rejects_impossible_dates_politely(library: IncidentDesk, period: str, message: str) -> None:
    answer = library.ask(f"!summary {period}")
    assert answer.ok is False
    assert answer.message.startswith(message)


def test_summary_without_a_date_explains(library: IncidentDesk) -> None:
    answer = library.ask("!summary")
    assert answer.ok is False
    assert answer.message.startswith("Which day? For example `!summary 2024-07-31`.")


def test_pagination_turns_pages_and_never_drops(library: IncidentDesk) -> None:
    every = dates(library, "!summary 1990-01-01..2035-12-31", page_size=100)
    assert every == ["2024-07-31", "2024-01-02", "2023-12-13", "2023-09-25", "2023-05-16"]
    pages = [dates(library, "!summary 1990-01-01..2035-12-31", page=n, page_size=2) for n in (1, 2, 3)]
    assert pages == [every[0:2], every[2:4], every[4:5]]
    answer = library.ask("!summary 1990-01-01..2035-12-31", page=4, page_size=2)
    assert (answer.ok, answer.message, answer.pages) == (False, "There is no page 4: there are 3 pages.", 3)


def test_search_highlights_stems_and_counts(library: IncidentDesk) -> None:
    answer = library.ask("!search ballistic missiles")
    assert answer.message == "4 sentences mention `ballistic missiles` (newest reports first)."
    # Newest report first (the sample, 6 August 2024, before the Kharkiv page of 3 January 2024, though it was
    # added first), its later sentences first; "missiles" also finds "missile" (Porter stemming).
    assert [(h.article_id, h.snippet) for h in answer.hits] == [
        (1, "For example, North Korean **ballistic** **missiles** were used against Ukraine, as confirmed by UN experts."),
        (1, "It is now certain that the Russian occupiers used a North Korean-made **ballistic** **missile** during a "
            "massive attack on Ukraine."),
        (1, "Russia used a North Korean KN-23 **ballistic** **missile** during an attack on Ukraine on 31 July."),
        (2, "Russian forces struck Kharkiv with North Korean KN-23 **ballistic** **missiles** on 2 January, regional "
            "governor Oleh Syniehubov said."),
    ]  # fmt: skip
    assert answer.hits[-1].title == "Russia strikes Kharkiv with North Korean missiles"
    assert (answer.page, answer.pages, answer.total) == (1, 1, 4)
    assert library.ask("!search zzzqqq").message == "No sentence mentions `zzzqqq`."


def test_article_and_sources(library: IncidentDesk) -> None:
    article = library.ask("!article 1")
    assert article.ok
    (view,) = article.articles
    assert (view.title, view.author, view.cited) == (
        "Russia's rare use of North Korean missiles marks new escalation",
        "Jakub Artych",
        ("Defence Express",),
    )
    facts = {(f.kind, f.value) for f in view.facts}
    assert {("weapon", "KN-23"), ("place", "Bila Tserkva"), ("place", "Kyiv Oblast"), ("date:day", "2024-07-31"),
            ("outlet", "Defence Express")} <= facts  # fmt: skip
    assert [i.day.isoformat() for i in article.incidents] == ["2024-07-31"]
    sources = library.ask(f"!sources {article.incidents[0].id}")
    assert sources.message == f"Incident {article.incidents[0].id} rests on 1 source."
    assert library.ask("!article 99").message == "There is no article 99. `article list` shows the articles."
    assert library.ask("!article abc").message == "`abc` is not an article number. Try `!article 1`."
    assert library.ask("!sources 999").message == "There is no incident 999."


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("!incident KN-23", IncidentsAnswer),
        ("!summary 2024-07-31", SummaryAnswer),
        ("!sources 1", SourcesAnswer),
        ("!search missile", SearchAnswer),
        ("!article 1", ArticleAnswer),
        ("!article list", ArticleAnswer),
        ("!stats", StatsAnswer),
        ("!help", HelpAnswer),
        # What could not be answered at all carries nothing but its message.
        ("!incident", Answer),
        ("!nonsense", Answer),
        ("!sources 999", Answer),
    ],
)
def test_each_command_answers_with_its_own_type(
    library: IncidentDesk, question: str, kind: type[Answer]
) -> None:
    assert type(library.ask(question)) is kind


@pytest.mark.parametrize(
    ("question", "typed"),
    [
        (Question("incident", "KN-23 Kharkiv"), "!incident KN-23 Kharkiv"),
        (Question("INCIDENT", "kharkov"), "!incident kharkov"),
        (Question("summary", "2024-07-31"), "!summary 2024-07-31"),
        (Question("article", "list"), "!article list"),
        (Question("stats"), "!stats"),
        (Question("incident"), "!incident"),
        (Question("incidnet", "KN-23"), "!incidnet KN-23"),
    ],
)
def test_a_question_apart_answers_as_the_same_question_typed(
    library: IncidentDesk, question: Question, typed: str
) -> None:
    assert render.to_json(library.answer(question)) == render.to_json(library.ask(typed))


def test_a_question_without_a_command_says_so(library: IncidentDesk) -> None:
    answer = library.answer(Question("  "))
    assert (type(answer), answer.ok, answer.message) == (Answer, False, library.ask("!").message)


def test_an_argument_is_never_read_as_a_command(library: IncidentDesk) -> None:
    """A slash option holding "!stats" or a newline is the argument it is, not another command."""
    answer = library.answer(Question("search", "!stats\nmissile"))
    assert (type(answer), answer.ok) == (SearchAnswer, True)


def test_stats_and_help(library: IncidentDesk) -> None:
    stats = library.ask("!stats").stats
    assert (stats["articles"], stats["incidents"], stats["records"]) == (6, 5, 0)
    assert stats["top_weapons"][0] == ("KN-23", 2)
    help_answer = library.ask("!help")
    assert [usage for usage, _ in help_answer.entries] == [
        "!incident <weapon, place or actor>", "!summary <day or range>", "!search [lang:uk] <words>", "!article <id>",
        "!sources <incident id>", "!chart [weapon, kind or place] <day or range>",
        "!map <day or range> [weapon, kind or place]", "!export <day or range> [filter] [--format csv|json]", "!stats",
        "!help [command]",
    ]  # fmt: skip
    assert [usage for usage, _ in library.ask("!help summary").entries] == ["!summary <day or range>"]


def test_unknown_command_suggests_the_closest(library: IncidentDesk) -> None:
    answer = library.ask("!incidnet KN-23")
    assert (answer.ok, answer.message) == (
        False, "I don't know the command `incidnet`. Did you mean `!incident`? Type `!help` for the list."
    )  # fmt: skip
    assert library.ask("!nonsense").ok is False


def test_autocomplete_prefers_prefixes_and_shows_aliases(library: IncidentDesk) -> None:
    assert library.autocomplete("hwa") == [("Hwasong-11 → KN-23 (2 incidents)", "KN-23")]
    assert library.autocomplete("kn") == [("KN-23 (2 incidents)", "KN-23")]
    # With nothing typed, the most reported names come first, each under its own name.
    first, *rest = library.autocomplete("", limit=5)
    assert first == ("Russia (5 incidents)", "Russia")
    counts = [int(label.rsplit("(", 1)[1].split()[0]) for label, _ in rest]
    assert counts == sorted(counts, reverse=True)
    assert [value for _, value in library.autocomplete("kinz")] == ["Kinzhal"]


def test_a_weapon_found_only_by_its_designator_keeps_its_name(desk: IncidentDesk) -> None:
    raw = b"Report\n14 October 2024 10:00\n\nOn Sunday, a Kh-38ML missile hit Kherson, the governor said.\n"
    desk.ingest_bytes(raw, name="kh38.txt")
    answer = desk.ask("!incident Kh-38ML")
    assert answer.message == "1 incident for Kh-38ML."
    assert [(i.weapons, i.summary) for i in answer.incidents] == [
        (("Kh-38ML",), "Kh-38ML missile attack: Kherson")
    ]


def test_a_family_name_asks_about_every_weapon_of_the_family(desk: IncidentDesk) -> None:
    raw = (
        b"Report\n14 October 2024 10:00\n\nOn Sunday, three Iskander-K cruise missiles hit Chernihiv, and a FAB-500 "
        b"bomb hit Kharkiv, the governors said.\n"
    )
    desk.ingest_bytes(raw, name="families.txt")
    for command in ("!incident Iskander", "!incident Іскандер", "!incident FAB"):
        answer = desk.ask(command)
        assert [(i.day.isoformat(), i.weapons, i.places) for i in answer.incidents] == [
            ("2024-10-13", ("Iskander-K", "FAB-500"), ("Chernihiv", "Kharkiv"))
        ], command
    # A model's own name asks about that model only.
    assert desk.ask("!incident Iskander-M").incidents == ()


def test_drones_include_an_fpv_drone(desk: IncidentDesk, tmp_path: Path) -> None:
    report = tmp_path / "kherson.txt"
    report.write_text(
        "FPV drone hits car in Kherson\n\nPublished: 2024-10-14\n\n"
        "On Sunday a Russian FPV drone hit a car in Kherson, the regional governor said.\n"
    )
    assert desk.ingest_file(report).ok
    for command in ("!incident drones", "!incident FPV", "!incident FPV drone"):
        (incident,) = desk.ask(command).incidents
        assert (incident.day.isoformat(), incident.summary) == ("2024-10-13", "FPV drone attack: Kherson")
