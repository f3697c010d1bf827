"""chart, map and export (issue 13): the files, and that what they show is what the answer says in words."""

from __future__ import annotations

import csv
import io
import json
import struct
from datetime import date, timedelta
from pathlib import Path

import pytest

from bot import figures
from bot.cli import main as cli
from bot.models import Answer, FileAnswer
from bot.service import IncidentDesk

from .conftest import FIXTURES, SAMPLE


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture
def records_desk(desk: IncidentDesk) -> IncidentDesk:
    """The official records fixture (an Iskander-M/KN-23 night, a Shahed night, a Kh-101/Kalibr night, an S-300
    launch at Kharkiv) and the sample article (the KN-23 at Bila Tserkva)."""
    desk.import_records(FIXTURES / "records.csv")
    assert desk.ingest_file(SAMPLE).status == "added"
    return desk


@pytest.mark.parametrize(
    ("question", "message", "filename"),
    [
        # The fixture's Shahed night: 20 launched, 18 shot down (records.csv, 2024-07-30/31); "Shahed" is its family.
        ("chart Shahed 2024-07-25..2024-08-10",
         "Shahed-136 or Shahed-131, 2024-07-25 to 2024-08-10: 20 launched, 18 shot down (as the best-listed source states them).",
         "chart-shahed-136-or-shahed-131-2024-07-25-2024-08-10.png"),
        ("chart drones 2024-07", "drones, 2024-07-01 to 2024-07-31: 20 launched, 18 shot down (as the best-listed "
         "source states them).", "chart-drones-2024-07-01-2024-07-31.png"),
        ("chart Kharkiv 2024-08", "1 incident for Kharkiv on 2024-08-01 to 2024-08-31.",
         "chart-kharkiv-2024-08-01-2024-08-31.png"),
        ("chart 2024", "4 incidents on 2024-01-01 to 2024-12-31.", "chart-2024-01-01-2024-12-31.png"),
    ],
)  # fmt: skip
def test_charts(records_desk: IncidentDesk, question: str, message: str, filename: str) -> None:
    answer = records_desk.ask(f"!{question}")
    assert (answer.ok, answer.message) == (True, message)
    assert answer.attachment is not None
    assert (answer.attachment.filename, answer.attachment.content_type) == (filename, "image/png")
    assert answer.attachment.description == message
    assert png_size(answer.attachment.data) == (1000, 500)


def test_a_chart_counts_each_incidents_figure_once_as_its_best_source_states_it(
    records_desk: IncidentDesk,
) -> None:
    start, end = "2024-07-25", "2024-08-10"
    shahed = [e.key for e in records_desk.gazetteer.lookup("Shahed-136")]
    rows = records_desk.store.weapon_figures(shahed, start, end, ["launched", "destroyed"])
    assert [(day, measure, value) for day, _, _, measure, value in rows] == [
        ("2024-07-31", "launched", 20), ("2024-07-31", "destroyed", 18)
    ]  # fmt: skip


def test_maps(records_desk: IncidentDesk) -> None:
    answer = records_desk.ask("!map 2024-07-30..2024-08-06")
    assert answer.message == (
        "3 incidents on 2024-07-30 to 2024-08-06. Most reported: Bila Tserkva (1), Kharkiv (1), Kyiv Oblast (1)."
    )
    assert answer.attachment is not None
    assert answer.attachment.filename == "map-2024-07-30-2024-08-06.png"
    assert png_size(answer.attachment.data) == (1000, 700)
    filtered = records_desk.ask("!map 2024-07 KN-23")
    assert filtered.message == (
        "1 incident for KN-23 on 2024-07-01 to 2024-07-31. Most reported: Bila Tserkva (1), Kyiv Oblast (1)."
    )


def test_export_csv_and_json(records_desk: IncidentDesk) -> None:
    answer = records_desk.ask("!export 2024-07-30..2024-08-06")
    assert answer.message == "3 incidents on 2024-07-30 to 2024-08-06, as CSV."
    assert answer.attachment is not None
    assert (answer.attachment.filename, answer.attachment.content_type) == (
        "incidents-2024-07-30-2024-08-06.csv", "text/csv"
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(answer.attachment.data.decode())))
    # The records' Shahed and KN-23 waves of one night are one incident with the article's KN-23 report.
    assert [(r["id"], r["date"], r["weapons"], r["places"], r["launch_sites"]) for r in rows] == [
        ("1", "2024-07-31", "KN-23; Iskander-M; Shahed-136; Shahed-131", "Bila Tserkva; Kyiv Oblast",
         "Kursk Oblast; Primorsko-Akhtarsk"),
        ("2", "2024-08-06", "Kh-101; Kh-555; Kalibr", "", "Caspian Sea; Black Sea"),
        ("3", "2024-08-06", "S-300", "Kharkiv", "Belgorod Oblast"),
    ]  # fmt: skip
    assert rows[0]["sources"].startswith(
        "Defence Express | Russia's rare use of North Korean missiles marks new escalation | "
    )
    assert rows[0]["sources_total"] == "2"
    exported = records_desk.ask("!export 2024-07-30..2024-08-06 --format json").attachment
    assert exported is not None
    as_json = json.loads(exported.data)
    assert [(r["id"], r["date"], len(r["sources"])) for r in as_json] == [
        (1, "2024-07-31", 2), (2, "2024-08-06", 1), (3, "2024-08-06", 1)
    ]  # fmt: skip
    assert as_json[0]["figures"][:3] == [
        {"weapon": "KN-23", "counts": "KN-23", "measure": "launched", "value": 1, "outlet": "Defence Express"},
        {"weapon": "Iskander-M/KN-23", "counts": "Iskander-M/KN-23", "measure": "launched", "value": 2,
         "outlet": "Ukrainian Air Force"},
        {"weapon": "Iskander-M/KN-23", "counts": "Iskander-M/KN-23", "measure": "destroyed", "value": 1,
         "outlet": "Ukrainian Air Force"},
    ]  # fmt: skip


def test_an_export_of_more_incidents_than_one_sql_statement_holds(desk: IncidentDesk, tmp_path: Path) -> None:
    """SQLite joins at most 500 SELECTs in one statement: a busy range lists more incidents than that."""
    header = (FIXTURES / "records.csv").read_text().splitlines()[0]
    first = date(2023, 1, 1)
    nights = [
        f"{first + timedelta(days=n)} 21:00,{first + timedelta(days=n + 1)} 05:00,Shahed-136/131,Kursk oblast,"
        f"Sumy oblast,,10.0,8.0,,,{{}},,,,,,,,,,,kpszsu/posts/night{n}"
        for n in range(600)
    ]
    records = tmp_path / "records.csv"
    records.write_text("\n".join([header, *nights]) + "\n")
    desk.import_records(records)
    answer = desk.ask("!export 2023-01-01..2024-12-31 --format json")
    assert isinstance(answer, FileAnswer)
    assert answer.attachment is not None
    rows = json.loads(answer.attachment.data)
    assert (answer.ok, answer.total, len(rows), len({row["id"] for row in rows})) == (True, 600, 600, 600)
    assert all(len(row["sources"]) == 1 for row in rows)


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("!chart", "Usage: `!chart [weapon, kind or place] <day or range>` (for example `!chart Shahed 2025-01..2025-06`)."),
        ("!chart Shahed", "Which period? For example `!chart Shahed 2025-01..2025-06`. I understand `2024-07-31`, "
         "`31 July 2024`, `July 2024`, `2024-07-29..2024-08-04`, `yesterday` or `last week`."),
        ("!map Kharkiv", "Which period? For example `!map 2025-01 Shahed`. I understand `2024-07-31`, `31 July 2024`, "
         "`July 2024`, `2024-07-29..2024-08-04`, `yesterday` or `last week`."),
        ("!export 2024 --format xml", "`xml` is not an export format: use `--format csv` or `--format json`."),
    ],
)  # fmt: skip
def test_questions_without_what_they_need(records_desk: IncidentDesk, question: str, message: str) -> None:
    answer = records_desk.ask(question)
    assert (type(answer), answer.ok, answer.message) == (Answer, False, message)  # a refusal carries no file


def test_an_export_too_large_says_so(records_desk: IncidentDesk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figures, "EXPORT_MAX_INCIDENTS", 2)
    answer = records_desk.ask("!export 2024")
    assert answer.message == (
        "2024-01-01 to 2024-12-31 has 4 incidents; one export holds at most 2. Export a shorter period (a month at "
        "a time), or add a filter."
    )


def test_files_are_made_once_per_database_version(records_desk: IncidentDesk) -> None:
    first = records_desk.ask("!chart Shahed 2024-07")
    assert records_desk.ask("!chart  shahed 2024-07") is first  # the same question, the same database
    records_desk.ingest_file(FIXTURES / "odesa-shahed.md")
    assert records_desk.ask("!chart Shahed 2024-07") is not first


def test_the_command_line_writes_the_file(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    assert (
        cli(["import", str(FIXTURES / "records.csv"), "--db", db], out=io.StringIO(), err=io.StringIO()) == 0
    )
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "chart.png"
    code = cli(["ask", "!chart Shahed 2024-07", "--out", str(target), "--db", db], out=out, err=err)
    size = target.stat().st_size
    assert (code, out.getvalue()) == (0, "Shahed-136 or Shahed-131, 2024-07-01 to 2024-07-31: 20 launched, 18 shot down (as the "
                                         f"best-listed source states them).\nSaved {target} ({size:,} bytes).\n")  # fmt: skip
    assert png_size(target.read_bytes()) == (1000, 500)
    out, err = io.StringIO(), io.StringIO()
    assert cli(["ask", "!export 2024-07 --format json", "--db", db], out=out, err=err) == 0
    assert [r["date"] for r in json.loads(out.getvalue())] == ["2024-07-31"]
    assert err.getvalue() == "1 incident on 2024-07-01 to 2024-07-31, as JSON.\n"
