"""Each command declared once (issue 13): a prefix line is read into the declared arguments, and a slash
command's options, given by name, are answered exactly as the same question typed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import render
from bot.arguments import read_line
from bot.commands import ENGINE_COMMAND_NAMES, ENGINE_COMMANDS, HELP_TOPICS, ArgumentKind
from bot.commands import command as declared
from bot.config import Settings
from bot.daterange import DateRangeError, parse_date_range
from bot.extract.gazetteer import Gazetteer
from bot.models import Question
from bot.service import IncidentDesk
from bot.store.store import Store

from .conftest import FIXTURES, SAMPLE

TODAY = date(2025, 2, 1)


def is_period(text: str) -> bool:
    try:
        parse_date_range(text, TODAY)
    except DateRangeError:
        return False
    return True


@pytest.mark.parametrize(
    ("command", "line", "expected"),
    [
        ("incident", "KN-23 Kharkiv", {"query": "KN-23 Kharkiv"}),
        ("incident", "", {}),
        ("chart", "Shahed 2025-01..2025-06", {"subject": "Shahed", "period": "2025-01..2025-06"}),
        ("chart", "ballistic missile last 30 days", {"subject": "ballistic missile", "period": "last 30 days"}),
        ("chart", "2024", {"period": "2024"}),
        ("chart", "Shahed", {"subject": "Shahed"}),
        ("map", "2024 Kharkiv Oblast", {"period": "2024", "subject": "Kharkiv Oblast"}),
        ("map", "last week Shahed", {"period": "last week", "subject": "Shahed"}),
        ("map", "Kharkiv", {"subject": "Kharkiv"}),
        ("export", "2025-01 Kinzhal --format json", {"format": "json", "period": "2025-01", "subject": "Kinzhal"}),
        ("export", "--format csv last week", {"format": "csv", "period": "last week"}),
        ("export", "2025-01 format:JSON", {"format": "JSON", "period": "2025-01"}),
        ("export", "2025-01 --format", {"format": "", "period": "2025-01"}),
        ("export", "2025-01 Kinzhal format: json", {"format": "json", "period": "2025-01", "subject": "Kinzhal"}),
        # A designator is never a day, whatever a date parser makes of its digits.
        ("chart", "9M723 2024", {"subject": "9M723", "period": "2024"}),
        ("map", "2024 Tu-22M3", {"period": "2024", "subject": "Tu-22M3"}),
        ("map", "2024-07 S-300", {"period": "2024-07", "subject": "S-300"}),
        ("search", "ballistic missile --language uk", {"language": "uk", "words": "ballistic missile"}),
        ("search", "lang:uk ракета", {"words": "lang:uk ракета"}),  # the engine's own filter reads it
        ("help", "summary", {"command": "summary"}),
        ("stats", "anything", {}),
    ],
)  # fmt: skip
def test_a_line_is_read_into_the_declared_arguments(
    command: str, line: str, expected: dict[str, str]
) -> None:
    assert read_line(declared(command), line, is_period) == expected


@pytest.mark.parametrize("text", ["9M723", "9M723 2024", "2024 Tu-22M3", "2024-07 S-300", "Kh-101"])
def test_a_designator_is_no_period(text: str) -> None:
    with pytest.raises(DateRangeError):
        parse_date_range(text, TODAY)


def test_declarations_a_line_can_be_read_into() -> None:
    """Two positional arguments are told apart only by one of them being a period; help offers every command."""
    for command in ENGINE_COMMANDS:
        positional = [a for a in command.arguments if not a.flag]
        assert len(positional) <= 2, command.name
        if len(positional) == 2:
            assert [a.kind is ArgumentKind.PERIOD for a in positional].count(True) == 1, command.name
        for argument in command.arguments:
            assert (argument.kind is ArgumentKind.CHOICE) == bool(argument.choices), argument.name
            assert not argument.flag or not argument.required, argument.name
    assert HELP_TOPICS == ENGINE_COMMAND_NAMES


@pytest.fixture
def records_desk(desk: IncidentDesk) -> IncidentDesk:
    desk.import_records(FIXTURES / "records.csv")
    assert desk.ingest_file(SAMPLE).status == "added"
    return desk


@pytest.mark.parametrize(
    ("options", "typed"),
    [
        ((("query", "KN-23"),), "!incident KN-23"),
        ((("date", "2024-07-31"),), "!summary 2024-07-31"),
        ((("words", "missile"), ("language", "en")), "!search missile lang:en"),
        ((("words", "missile"), ("language", "English")), "!search missile --language en"),
        ((("incident", "1"),), "!sources 1"),
        ((("subject", "Shahed"), ("period", "2024-07")), "!chart Shahed 2024-07"),
        ((("period", "2024-07-30..2024-08-06"), ("subject", "Kharkiv")), "!map 2024-07-30..2024-08-06 Kharkiv"),
        ((("period", "2024"), ("format", "json")), "!export 2024 --format json"),
        ((("period", "2024"), ("subject", "KN-23")), "!export 2024 KN-23"),
        ((("subject", "Shahed"),), "!chart Shahed"),
        ((("format", "xml"), ("period", "2024")), "!export 2024 --format xml"),
        ((("command", "map"),), "!help map"),
    ],
)  # fmt: skip
def test_options_by_name_answer_as_the_same_question_typed(
    records_desk: IncidentDesk, options: tuple[tuple[str, str], ...], typed: str
) -> None:
    name = typed.split()[0].lstrip("!")
    by_name = records_desk.answer(Question(name, options=options))
    as_typed = records_desk.ask(typed)
    assert render.to_json(by_name) == render.to_json(as_typed)
    attachment = getattr(as_typed, "attachment", None)
    if attachment is not None:
        assert by_name.attachment.data == attachment.data  # type: ignore[attr-defined]


def test_a_relative_period_is_read_again_on_another_day(settings: Settings, gazetteer: Gazetteer) -> None:
    """A file is made once per question and database, and day: "last week" names other days tomorrow."""
    now = [datetime(2024, 8, 1, 12, 0, tzinfo=ZoneInfo("Europe/Kyiv"))]
    desk = IncidentDesk(settings, store=Store.memory(), gazetteer=gazetteer, clock=lambda: now[0])
    try:
        desk.import_records(FIXTURES / "records.csv")
        first = desk.ask("!map yesterday")
        assert (first.ok, first.total) == (True, 1)  # the KN-23 and Shahed night of 30-31 July
        assert desk.ask("!map yesterday") is first
        now[0] += timedelta(days=5)
        later = desk.ask("!map yesterday")
        assert (later.ok, later.total) == (True, 0)
    finally:
        desk.close()


def test_a_json_export_asked_by_name(records_desk: IncidentDesk) -> None:
    answer = records_desk.answer(Question("export", options=(("period", "2024-07"), ("format", "json"))))
    # One post of the records fixture reports the night of 30-31 July (KN-23 and Shahed); the sample joins it.
    assert (answer.ok, answer.message) == (True, "1 incident on 2024-07-01 to 2024-07-31, as JSON.")
    assert answer.attachment.filename == "incidents-2024-07-01-2024-07-31.json"  # type: ignore[attr-defined]
