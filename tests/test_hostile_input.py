"""Any input gets a clean, polite answer (issue 9): generated commands, arguments and page numbers, never an
exception; what a person typed is echoed literally, never as a live link."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import render
from bot.config import Settings
from bot.extract.gazetteer import Gazetteer
from bot.models import Answer
from bot.service import IncidentDesk
from bot.store.store import Store

from .conftest import DATA, FIXTURES, NOW, SAMPLE

COMMANDS = ["incident", "summary", "search", "article", "sources", "stats", "help", "article list", "", "incidnet",
            "!", "/incident", "INCIDENT", "summary summary"]  # fmt: skip
PIECES = [
    # full-text syntax and quoting
    '"', '""', "'", "AND", "OR", "NOT", "NEAR(", "NEAR(a b)", "*", "^", ":", "(", ")", "-", "+", "a:b", "{", "}",
    # control characters and odd Unicode
    "\x00", "\x07", "\x1b[31m", "\u200b", "\ufeff", "\u202e", "²", "٣", "𝟙", "🚀", "Ω", "ﬁ", "\t", "\n",
    # chat formatting and mentions
    "[x](https://example.invalid/)", "**bold**", "`code`", "```", "||spoiler||", "> quote", "@everyone", "@here",
    "<@123456>", "<#123>", "<@&42>", "https://example.invalid/a?b=c",
    # dates at and past every edge
    "0000-01-01", "1 January 0000", "January 0000", "0001-01-01", "9999-12-31", "10000-01-01", "2024-02-30",
    "2024-13-01", "31.02.2024", "last 999 days", "last 0 days", "yesterday..tomorrow", "2024-07-31..2024-07-29",
    "1900", "2101", "July", "Monday", "December 32", "-1", "99999999999999999999", "1e999", "inf", "NaN",
    # names
    "KN-23", "Kinzal", "Kyiv Oblast", "Х-101", "Шахед", "#1", "1", "0", "#", "list", "2024-07-31",
]  # fmt: skip
argument = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=6).map(" ".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=5).map("".join),
)
page_number = st.one_of(
    st.none(), st.integers(min_value=-(2**70), max_value=2**70), st.sampled_from([1, 2, 999])
)
_LINK = re.compile(r"\]\(https?://")


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[IncidentDesk]:
    gazetteer = Gazetteer.load(DATA)
    settings_ = Settings(db_path=Path(tmp_path_factory.mktemp("db")) / "x.db", data_dir=DATA)
    desk = IncidentDesk(settings_, store=Store.memory(), gazetteer=gazetteer, clock=lambda: NOW)
    for path in (
        SAMPLE,
        FIXTURES / "kharkiv-kn23.html",
        FIXTURES / "odesa-shahed.md",
        FIXTURES / "reuters-wire.txt",
    ):
        assert desk.ingest_file(path).ok
    yield desk
    desk.close()


def _outside_code(message: str, position: int) -> bool:
    return message.count("`", 0, position) % 2 == 0


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(COMMANDS), argument, page_number, page_number)
def test_every_input_gets_a_clean_answer(
    library: IncidentDesk, command: str, text: str, page: int | None, size: int | None
) -> None:
    answer = library.ask(f"!{command} {text}", page, size)
    assert isinstance(answer, Answer)
    assert answer.message.strip()
    # Both front ends can show it: as text, as JSON.
    assert render.to_text(answer).startswith(answer.message)
    assert render.to_json(answer)["ok"] is answer.ok
    # A link typed by someone comes back literal (in code quotes), never live.
    assert not any(_outside_code(answer.message, m.start()) for m in _LINK.finditer(answer.message))


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("!summary 0000-01-01", "Sorry, `0000-01-01` is not a year I can look up: years go from 1900 to 2100."),
        ("!summary 1 January 0000", "Sorry, `1 January 0000` is not a year I can look up: years go from 1900 to 2100."),
        ("!summary January 0000", "Sorry, `January 0000` is not a year I can look up: years go from 1900 to 2100."),
        ("!article ²", "`²` is not an article number. Try `!article 1`."),
        ("!sources ²", "`²` is not an incident number. Try `!sources 1`."),
        ("!search a\x00b", "No sentence mentions `a b`."),
        ("!incident zzz\x00OR", "No recorded incident matches `zzz OR`."),
        ("!incident [x](https://example.invalid/)", "No recorded incident matches `[x](https://example.invalid/)`."),
        # What was typed is echoed shortened to 100 characters, so the reply stays well within a message.
        ("!incident " + "zzyzx " * 330, "No recorded incident matches `" + ("zzyzx " * 17)[:99] + "…`."),
    ],
)  # fmt: skip
def test_inputs_that_once_raised_are_answered(library: IncidentDesk, command: str, message: str) -> None:
    answer = library.ask(command)
    assert answer.message.startswith(message)


def test_page_numbers_of_any_size_are_answered(library: IncidentDesk) -> None:
    huge = library.ask("!search Kyiv", page=9223372036854775807)
    assert (huge.ok, huge.message) == (False, "Pages are numbered from 1 to 1,000,000.")
    assert library.ask("!search Kyiv", page=1, page_size=10**30).ok is True
